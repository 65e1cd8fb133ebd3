import json

import pytest

from newsgraph.demo import examples_dir
from newsgraph.io import read_paths
from newsgraph.store import ingest

HOSTILE = ("<script>alert('x')</script> Mayor <b>Ann</b> Lee said that the <img src=x onerror=alert(1)> "
           "bridge would reopen on Friday.")


@pytest.fixture(scope="session")
def web_db(tmp_path_factory):
    """The shipped examples plus one hostile article: runs from a bare clone."""
    tmp = tmp_path_factory.mktemp("web")
    corpus = tmp / "c.jsonl"
    rows = [{"id": "evil<script>", "text": HOSTILE, "published": "2023-03-21",
             "title": "<script>alert('title')</script>"}]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    path = tmp / "web.duckdb"
    ingest(read_paths([examples_dir(), corpus]), path)
    return path


@pytest.fixture(scope="session")
def client(web_db):
    from fastapi.testclient import TestClient
    from newsgraph.web import create_app
    return TestClient(create_app(web_db), raise_server_exceptions=False)
