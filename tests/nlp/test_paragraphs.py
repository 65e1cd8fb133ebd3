"""Paragraph breaks are sentence breaks, set before the parser runs."""
import pytest

from newsgraph import extract
from newsgraph.nlp.paragraphs import line_starts
from newsgraph.nlp.pipeline import load_pipeline


def test_line_starts_on_a_hand_built_doc():
    import spacy
    from spacy.tokens import Doc
    doc = Doc(spacy.blank("en").vocab, words=["Update", ":", "\n\n", "7", "p.m.", "\n\n", "Officials", "said", "so", "."],
              spaces=[False, False, False, True, False, False, True, True, False, False])
    assert line_starts(doc) == [3, 6]


def test_a_dateline_paragraph_does_not_become_the_speaker():
    text = ("The Update on the harbour strike (all times local):\n\n6 p.m.\n\n"
            "Mayor Ines Duarte is once again questioning the safety of the cranes.")
    doc = load_pipeline()(text)
    assert [s.text.strip() for s in doc.sents][-1].startswith("Mayor Ines Duarte")
    q = next(q for q in extract(text).quotes if q.cue_lemma == "question")
    assert text[q.speaker.mention[0]:q.speaker.mention[1]] == "Mayor Ines Duarte"


def test_run_on_stretches_are_split_before_the_parser(nlp):
    text = ("the minister said that the harbour talks would resume next week, and officials said that " * 120)
    doc = nlp(text)
    assert max(len(s) for s in doc.sents) <= 250
    assert doc._.ng_warnings and "run-on" in doc._.ng_warnings[0]
    normal = nlp("Ann Lee said the road would reopen. Bo Chan disagreed.")
    assert not normal._.ng_warnings


def test_forced_breaks_prefer_punctuation():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab
    from newsgraph.nlp.paragraphs import forced_breaks
    words = (["word"] * 7 + [","]) * 10
    doc = Doc(Vocab(), words=words)
    cuts = forced_breaks(doc, set(), 20)
    assert cuts and all(doc[c - 1].text == "," for c in cuts)
    assert all(b - a <= 20 for a, b in zip([0] + cuts, cuts + [len(doc)]))


@pytest.mark.parametrize("text, dateline", [
    ("PORT MARA, Bayland -- A court said", "PORT MARA, Bayland --"),
    ("PORT MARA - A court said", "PORT MARA - "),
    ("WASHINGTON — The court said", "WASHINGTON —"),
    ("LIMA (AP) — The court said", "LIMA (AP) —"),
])
def test_datelines_of_every_wire_style(text, dateline):
    from newsgraph.nlp.paragraphs import datelines
    [(start, end)] = datelines(text)
    assert text[start:end] == dateline


def test_a_lower_case_dash_is_no_dateline():
    from newsgraph.nlp.paragraphs import datelines
    assert datelines("FBI agents - who had waited - moved in.\nA - B") == []


def test_a_paragraph_opening_name_is_not_cut_after_its_first_word(nlp):
    text = ("Council freezes fares\n\nPosted: Nov 12, 2026 4:15 PM ET\n\n"
            "Port Mara city council said Tuesday it would freeze transit fares for another year.")
    doc = nlp(text)
    assert [s.text.strip() for s in doc.sents][-1].startswith("Port Mara city council")
    q = next(q for q in extract(text).quotes if q.cue_lemma == "say")
    assert q.speaker.text == "Port Mara city council"
