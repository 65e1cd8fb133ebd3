"""A cue in an "as" clause reports the main clause (nlp/quotes/as_clause.py)."""
import pytest


@pytest.mark.parametrize("text, content, speaker", [
    ("But as a local reporter noted, he did not even fill the hall to the back row.",
     "he did not even fill the hall to the back row", "local reporter"),
    ("As the paper noted in an editorial on Thursday, the mayor has surprisingly earned a few fans.",
     "the mayor has surprisingly earned a few fans", "paper"),
    ("Okafor raised more than $1 million from bankers, as the Harbour Times reported.",
     "Okafor raised more than $1 million from bankers", "Harbour Times"),
    # "put it" is a way of saying; its object "it" is not what was said
    ("As Ana Ruiz put it in her memo, the merger will take a year.",
     "the merger will take a year", "Ana Ruiz"),
    ("Or, as Tomas Berg put it: “The trains are no longer on time.”",
     "“The trains are no longer on time.”", "Tomas Berg"),
])
def test_the_main_clause_is_what_the_as_clause_cue_said(candidates, text, content, speaker):
    quotes = [g for g in candidates(text) if g.via.endswith("in an as-clause")]
    assert len(quotes) == 1
    g = quotes[0]
    assert [text[s:e] for s, e in g.content] == [content]
    assert g.speaker.name == speaker


@pytest.mark.parametrize("text", [
    "As expected, the mayor lost the vote by a wide margin.",
    "In 1992 the county flipped to the other party, as voters responded to the crackdown on the harbour.",
    "As the clerk put the ballots away, the count began again.",
])
def test_an_as_clause_of_time_or_manner_reports_nothing(candidates, text):
    assert not any(g.via.endswith("in an as-clause") for g in candidates(text))
