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
