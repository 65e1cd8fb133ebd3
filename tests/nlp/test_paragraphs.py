"""Paragraph breaks are sentence breaks, set before the parser runs."""
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
