
import pytest


@pytest.fixture(scope="session")
def client(web_db):
    from fastapi.testclient import TestClient
    from newsgraph.web import create_app
    return TestClient(create_app(web_db, allowed_hosts=("testserver",)), raise_server_exceptions=False)
