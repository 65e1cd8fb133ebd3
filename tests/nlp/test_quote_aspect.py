"""Verbs of aspect ("continued to", "went on to", "tends to") hand the report to their
infinitive: its cue, its complement, the aspect verb's subject."""
import pytest

from newsgraph.nlp.quotes.aspect import aspect_cue_start, reporting_infinitive

from .helpers import content_pieces, hand_parsed


@pytest.mark.parametrize("text, lemma, content, cue", [
    ("Tomas Berg continued to question the harbour board's spending on new cranes.",
     "question", "the harbour board's spending on new cranes", "continued to question"),
    ("Ada Varga went on to criticize the new tax plan in her speech.",
     "criticize", "the new tax plan", "went on to criticize"),
])
def test_the_infinitive_reports_under_an_aspect_verb(candidates, text, lemma, content, cue):
    found = candidates(text)
    assert [g.cue_lemma for g in found] == [lemma]
    g = found[0]
    assert content_pieces(text, g) == [content]
    assert text[g.cue[0][0]:g.cue[0][1]] == cue
    assert g.speaker is not None and g.speaker.name == text.split(" went")[0].split(" continued")[0]


def test_a_clause_under_an_aspect_verb_is_reported_by_its_own_cue(candidates):
    text = "Kofi Mensah continued to insist that the ferry would sail on time."
    found = candidates(text)
    assert [g.cue_lemma for g in found] == ["insist"]
    assert content_pieces(text, found[0]) == ["that the ferry would sail on time"]


def test_an_infinitive_that_is_no_cue_leaves_the_aspect_verb_alone(candidates):
    text = "Port Mara officials tend to favor a later vote on the levy."
    assert [g.cue_lemma for g in candidates(text)] == ["tend"]


def _went_on_to_say():
    # "Grace went on to say it": the parse hangs the infinitive as advcl, not xcomp
    return hand_parsed(words=["Grace", "went", "on", "to", "say", "it"], heads=[1, 1, 1, 4, 1, 4],
                       deps=["nsubj", "ROOT", "prt", "aux", "advcl", "dobj"],
                       tags=["NNP", "VBD", "RP", "TO", "VB", "PRP"],
                       pos=["PROPN", "VERB", "ADP", "PART", "VERB", "PRON"],
                       lemmas=["Grace", "go", "on", "to", "say", "it"])


def test_an_infinitive_hung_as_advcl_is_handed_the_report():
    doc = _went_on_to_say()
    assert reporting_infinitive(doc[1], lambda t: True).i == 4
    assert aspect_cue_start(doc[4], lambda t: True) == doc[1].idx


def test_no_hand_over_when_the_infinitive_is_no_cue():
    doc = _went_on_to_say()
    assert reporting_infinitive(doc[1], lambda t: False) is None
    assert aspect_cue_start(doc[4], lambda t: False) is None


def test_a_cue_infinitive_under_seem_is_the_infinitives_report(candidates):
    text = "Ines Madaki seemed to recognize the size of the harbour deficit."
    found = candidates(text)
    assert not any(g.via.startswith("raising verb") for g in found)
    assert [(g.cue_lemma, content_pieces(text, g)) for g in found] == [
        ("recognize", ["the size of the harbour deficit"])]
