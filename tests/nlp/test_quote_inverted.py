"""A quotation split by an inverted cue with an apposition (nlp/quotes/inverted.py)."""
import pytest

from newsgraph import extract


@pytest.mark.parametrize("text", [
    "The port reopened on Monday.\n\n“The danger,” said Tomas Berg, an engineer, “is that the wall will not hold.”",
    "“The danger,” said Tomas Berg, an engineer who runs the harbour office in Port Mara, "
    "“is that the wall will not hold.”",
])
def test_both_halves_are_the_named_speakers(text):
    [q] = extract(text).quotes
    assert [text[s:e] for s, e in q.content] == ["“The danger,”", "“is that the wall will not hold.”"]
    assert q.kind == "direct" and q.speaker.name == "Tomas Berg"


def test_a_quotation_after_a_full_stop_is_not_the_second_half():
    text = "“The danger is real,” said Tomas Berg, an engineer. Later, “the wall held,” a clerk wrote."
    quotes = extract(text).quotes
    first = next(q for q in quotes if text[q.content[0][0]:q.content[0][1]] == "“The danger is real,”")
    assert len(first.content) == 1 and first.speaker.name == "Tomas Berg"


@pytest.mark.parametrize("text, content", [
    # the parse makes "said" a conjunct of "hanging"
    ("In nearby Port Mara, the paper mill is staying afloat, but it is under heavy pressure "
     "from cheap imports, said its owner, Tomas Berg.",
     "In nearby Port Mara, the paper mill is staying afloat, but it is under heavy pressure from cheap imports"),
])
def test_a_cue_that_closes_its_sentence_reports_what_precedes_it(text, content):
    quotes = [q for q in extract(text).quotes if q.cue_lemma == "say"]
    assert len(quotes) == 1
    q = quotes[0]
    assert [text[s:e] for s, e in q.content] == [content]
    assert q.speaker.name == "Tomas Berg"

