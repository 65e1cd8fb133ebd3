"""A poll's findings as attributions: hand-built parses for the rule, the model for the whole."""
import spacy
from spacy.tokens import Doc

from newsgraph import extract
from newsgraph.nlp.quotes.direct import DirectQuotes
from newsgraph.nlp.quotes.polls import from_poll

VOCAB = spacy.blank("en").vocab


def parsed(rows):
    """rows of (word, head index, dep, tag, pos)"""
    words, heads, deps, tags, pos = zip(*rows)
    doc = Doc(VOCAB, words=list(words), heads=list(heads), deps=list(deps), tags=list(tags), pos=list(pos),
              lemmas=[w.lower() for w in words], sent_starts=[True] + [False] * (len(words) - 1))
    return doc


def text_of(doc, g):
    return " | ".join(doc.text[s:e] for s, e in g.content)


# "In a new poll , Madaki leads Mensah by six points ."
OPENING = [("In", 6, "prep", "IN", "ADP"), ("a", 3, "det", "DT", "DET"), ("new", 3, "amod", "JJ", "ADJ"),
           ("poll", 0, "pobj", "NN", "NOUN"), (",", 6, "punct", ",", "PUNCT"),
           ("Madaki", 6, "nsubj", "NNP", "PROPN"), ("leads", 6, "ROOT", "VBZ", "VERB"),
           ("Mensah", 6, "dobj", "NNP", "PROPN"), ("by", 6, "prep", "IN", "ADP"),
           ("six", 10, "nummod", "CD", "NUM"), ("points", 8, "pobj", "NNS", "NOUN"), (".", 6, "punct", ".", "PUNCT")]

# "By May , Madaki had a lead in the polls ."
TRAILING = [("By", 4, "prep", "IN", "ADP"), ("May", 0, "pobj", "NNP", "PROPN"), (",", 4, "punct", ",", "PUNCT"),
            ("Madaki", 4, "nsubj", "NNP", "PROPN"), ("had", 4, "ROOT", "VBD", "VERB"),
            ("a", 6, "det", "DT", "DET"), ("lead", 4, "dobj", "NN", "NOUN"), ("in", 6, "prep", "IN", "ADP"),
            ("the", 9, "det", "DT", "DET"), ("polls", 7, "pobj", "NNS", "NOUN"), (".", 4, "punct", ".", "PUNCT")]

# "Mensah gained before his drop in the polls ."
INSIDE = [("Mensah", 1, "nsubj", "NNP", "PROPN"), ("gained", 1, "ROOT", "VBD", "VERB"),
          ("before", 1, "prep", "IN", "ADP"), ("his", 4, "poss", "PRP$", "PRON"), ("drop", 2, "pobj", "NN", "NOUN"),
          ("in", 4, "prep", "IN", "ADP"), ("the", 7, "det", "DT", "DET"), ("polls", 5, "pobj", "NNS", "NOUN"),
          (".", 1, "punct", ".", "PUNCT")]


def _poll_lemmas(doc):
    for t in doc:
        if t.lower_ == "polls":
            t.lemma_ = "poll"
    return doc


def test_opening_poll_attributes_the_clause_after_it():
    doc = _poll_lemmas(parsed(OPENING))
    g = from_poll(doc, doc[0], DirectQuotes(doc))
    assert text_of(doc, g) == "Madaki leads Mensah by six points"
    assert g.cue_lemma == "in" and g.subject.text == "poll"


def test_trailing_poll_attributes_the_clause_from_its_subject():
    doc = _poll_lemmas(parsed(TRAILING))
    g = from_poll(doc, doc[7], DirectQuotes(doc))
    assert text_of(doc, g) == "Madaki had a lead"       # the opening "By May," is the writer's
    assert g.subject.text == "polls"


def test_a_poll_inside_another_phrase_reports_nothing():
    doc = _poll_lemmas(parsed(INSIDE))
    assert from_poll(doc, doc[5], DirectQuotes(doc)) is None
    assert from_poll(doc, doc[2], DirectQuotes(doc)) is None      # "before" is no "in"


def test_poll_finding_through_the_pipeline():
    qs = extract("In a Harbour Times poll released Monday, Ines Madaki had a six-point lead over "
                 "Kofi Mensah among Bayland voters.").quotes
    assert len(qs) == 1
    q = qs[0]
    assert q.text.startswith("Ines Madaki had a six-point lead") and q.cue_lemma == "in"
    assert "poll" in q.speaker.text
