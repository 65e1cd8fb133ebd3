import pytest


@pytest.fixture(scope="session")
def candidates(nlp):
    """The finder's candidate quotes for a text, before the scorer (the shipped tables)."""
    from newsgraph.nlp.quotes.finder import QuoteFinder
    stage = nlp.get_pipe("newsgraph_quotes")

    def run(text):
        return QuoteFinder(nlp(text), stage.cues, stage.bounds).run()
    return run
