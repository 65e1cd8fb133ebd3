"""Complement kinds and content dependents on hand-built parses."""
import spacy
from spacy.tokens import Doc

from newsgraph.nlp.cues import complement_kind, content_children

VOCAB = spacy.blank("en").vocab


def test_infinitive_hung_as_adverbial_clause_counts_as_xcomp():
    # "Okafor tells supporters at rallies to vote ." with "vote" parsed as advcl
    words = ["Okafor", "tells", "supporters", "at", "rallies", "to", "vote", "."]
    doc = Doc(VOCAB, words=words, heads=[1, 1, 1, 1, 3, 6, 1, 1],
              deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "aux", "advcl", "punct"],
              tags=["NNP", "VBZ", "NNS", "IN", "NNS", "TO", "VB", "."])
    assert complement_kind(doc[1]) == "xcomp"
    assert [t.text for t in content_children(doc[1], "xcomp")] == ["supporters", "vote"]


def test_plain_object_stays_dobj():
    words = ["Okafor", "denied", "the", "report", "."]
    doc = Doc(VOCAB, words=words, heads=[1, 1, 3, 1, 1], deps=["nsubj", "ROOT", "det", "dobj", "punct"],
              tags=["NNP", "VBD", "DT", "NN", "."])
    assert complement_kind(doc[1]) == "dobj"
