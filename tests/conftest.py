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
        pytest.skip(f"reference article not found at {REFERENCE} (shared/ sits beside the repo)")
    return REFERENCE.read_bytes().decode("utf-8")
