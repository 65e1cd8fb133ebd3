import json

import pytest

from newsgraph.io import read_paths
from newsgraph.store import ingest

HOSTILE = ("<script>alert('x')</script> Mayor <b>Ann</b> Lee said that the <img src=x onerror=alert(1)> "
           "bridge would reopen on Friday.")


@pytest.fixture(scope="session")
def web_db(tmp_path_factory, reference_text):
    tmp = tmp_path_factory.mktemp("web")
    corpus = tmp / "c.jsonl"
    rows = [{"id": "xi", "text": reference_text, "published": "2023-03-20", "title": "Xi visits Russia",
             "source": "Aggregator"},
            {"id": "evil<script>", "text": HOSTILE, "published": "2023-03-21",
             "title": "<script>alert('title')</script>"}]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    path = tmp / "web.duckdb"
    ingest(read_paths([corpus]), path)
    return path


@pytest.fixture(scope="session")
def client(web_db):
    from fastapi.testclient import TestClient
    from newsgraph.web import create_app
    return TestClient(create_app(web_db), raise_server_exceptions=False)
