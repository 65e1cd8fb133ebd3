import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
REFERENCE = SHARED / "examples" / "xi-visits-russia.txt"


@pytest.fixture(scope="session")
def nlp():
    from newsgraph.nlp import load_pipeline
    return load_pipeline()


@pytest.fixture(scope="session")
def reference_text() -> str:
    if not REFERENCE.exists():
        pytest.skip(f"needs the gold data: the reference article {REFERENCE} (../shared beside a clone "
                    "on the project's machines)")
    return REFERENCE.read_bytes().decode("utf-8")


HOSTILE = ("<script>alert('x')</script> Mayor <b>Ann</b> Lee said that the <img src=x onerror=alert(1)> "
           "bridge would reopen on Friday.")


@pytest.fixture(scope="session")
def web_db(tmp_path_factory):
    """The shipped examples plus one hostile article: runs from a bare clone."""
    from newsgraph.demo import examples_dir
    from newsgraph.io import read_paths
    from newsgraph.store import ingest
    tmp = tmp_path_factory.mktemp("web")
    corpus = tmp / "c.jsonl"
    rows = [{"id": "evil<script>", "text": HOSTILE, "published": "2023-03-21",
             "title": "<script>alert('title')</script>"}]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    path = tmp / "web.duckdb"
    ingest(read_paths([examples_dir(), corpus]), path)
    return path



PORT_ITEMS = ("berths", "cranes", "ferry slots", "cargo lanes", "night sailings", "ticket offices", "loading bays")
PORT_OUTLETS = ("Bay Herald", "Coastal Wire", "Harbour Times")


def port_articles(n: int = 60) -> list[dict]:
    """Made-up articles, three days apart from November 2022 (so across a new year): two
    quotes of one commissioner each (120 in all), an accusation between two countries, a
    meeting. For the lists, paging, the timeline, the network and the map."""
    import datetime
    days = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
    rows = []
    for i in range(n):
        item = PORT_ITEMS[i % len(PORT_ITEMS)]
        published = datetime.date(2022, 11, 1) + datetime.timedelta(days=3 * i)
        text = (f'"The {item} will change before the season {i} review," Harbour Commissioner Ines Madaki '
                f'said on {days[i % 5]}. Madaki said that the port of Lagos would reopen {i + 2} {item} by '
                f'the end of the month. Ghana accused Nigeria of delaying the ferry talks. '
                f'Accra Mayor Kofi Mensah met Madaki in Lagos.')
        rows.append({"id": f"port-{i:03d}", "text": text, "published": published.isoformat(),
                     "source": PORT_OUTLETS[i % 3], "title": f"Port update {i}"})
    return rows


@pytest.fixture(scope="session")
def port_db(tmp_path_factory):
    """A store of `port_articles` plus one hostile article."""
    from newsgraph.io import read_paths
    from newsgraph.store import ingest
    tmp = tmp_path_factory.mktemp("port")
    corpus = tmp / "port.jsonl"
    rows = port_articles() + [{"id": "evil<script>", "text": HOSTILE, "published": "2023-01-02",
                               "source": "<b>Evil</b> Wire", "title": "<script>alert('title')</script>"}]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    path = tmp / "port.duckdb"
    ingest(read_paths([corpus]), path)
    return path


def pytest_sessionfinish(session, exitstatus):
    """On CI every test runs: a skip there means a missing install step, so the run fails."""
    if os.environ.get("CI") != "true" or exitstatus != 0:
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = reporter.stats.get("skipped", []) if reporter else []
    if skipped:
        reasons = sorted({str(r.longrepr[-1]) if isinstance(r.longrepr, tuple) else str(r.longrepr)
                          for r in skipped})
        print(f"\nCI: {len(skipped)} test(s) skipped, which CI does not allow: " + "; ".join(reasons))
        session.exitstatus = 1
