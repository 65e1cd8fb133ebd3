from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
REFERENCE = SHARED / "examples" / "xi-visits-russia.txt"
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def nlp():
    from newsgraph.nlp import load_pipeline
    return load_pipeline()


@pytest.fixture(scope="session")
def reference_text() -> str:
    if REFERENCE.exists():
        return REFERENCE.read_bytes().decode("utf-8")
    return (FIXTURES / "reference-missing.txt").read_text("utf-8")
