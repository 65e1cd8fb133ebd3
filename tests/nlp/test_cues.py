"""Complement kinds and content dependents on hand-built parses."""
import spacy
from spacy.tokens import Doc

from newsgraph.nlp.quotes.cues import complement_kind, content_children

VOCAB = spacy.blank("en").vocab


def test_infinitive_hung_as_adverbial_clause_counts_as_xcomp():
    # "Okafor tells supporters at rallies to vote ." with "vote" parsed as advcl
    words = ["Okafor", "tells", "supporters", "at", "rallies", "to", "vote", "."]
    doc = Doc(VOCAB, words=words, heads=[1, 1, 1, 1, 3, 6, 1, 1],
              deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "aux", "advcl", "punct"],
              tags=["NNP", "VBZ", "NNS", "IN", "NNS", "TO", "VB", "."])
    assert complement_kind(doc[1]) == "xcomp"
    assert [t.text for t in content_children(doc[1], "xcomp")] == ["supporters", "vote"]


def _called_on(obj_ent):
    # "Okafor called on <obj> to act ."
    words = ["Okafor", "called", "on", "Monday" if obj_ent else "Berg", "to", "act", "."]
    ents = ["O", "O", "O", "B-DATE" if obj_ent else "B-PERSON", "O", "O", "O"]
    return Doc(VOCAB, words=words, heads=[1, 1, 1, 2, 5, 1, 1],
               deps=["nsubj", "ROOT", "prep", "pobj", "aux", "xcomp", "punct"],
               tags=["NNP", "VBD", "IN", "NNP", "TO", "VB", "."], ents=ents)


def test_the_one_called_on_to_act_is_part_of_the_content():
    doc = _called_on(obj_ent=False)
    assert [t.text for t in content_children(doc[1], "xcomp")] == ["Berg", "act"]


def test_a_date_after_the_preposition_is_not_called_on():
    doc = _called_on(obj_ent=True)
    assert [t.text for t in content_children(doc[1], "xcomp")] == ["act"]


def test_a_yes_no_question_hung_as_adverbial_clause_counts_as_ccomp():
    # "Okafor asked if Berg would run ." with "run" parsed as advcl
    words = ["Okafor", "asked", "if", "Berg", "would", "run", "."]
    doc = Doc(VOCAB, words=words, heads=[1, 1, 5, 5, 5, 1, 1],
              deps=["nsubj", "ROOT", "mark", "nsubj", "aux", "advcl", "punct"])
    assert complement_kind(doc[1]) == "ccomp"
    assert [t.text for t in content_children(doc[1], "ccomp")] == ["run"]


def test_as_if_is_no_question():
    # "Okafor acted as if Berg would run ."
    words = ["Okafor", "acted", "as", "if", "Berg", "would", "run", "."]
    doc = Doc(VOCAB, words=words, heads=[1, 1, 6, 6, 6, 6, 1, 1],
              deps=["nsubj", "ROOT", "advmod", "mark", "nsubj", "aux", "advcl", "punct"])
    assert complement_kind(doc[1]) != "ccomp"


def test_plain_object_stays_dobj():
    words = ["Okafor", "denied", "the", "report", "."]
    doc = Doc(VOCAB, words=words, heads=[1, 1, 3, 1, 1], deps=["nsubj", "ROOT", "det", "dobj", "punct"],
              tags=["NNP", "VBD", "DT", "NN", "."])
    assert complement_kind(doc[1]) == "dobj"


def test_subject_class_names_parties_and_pronouns():
    from newsgraph.nlp.quotes.cues import subject_class
    words = ["Okafor", "wants", "to", "win", "."]
    doc = Doc(VOCAB, words=words, heads=[1, 1, 3, 1, 1], deps=["nsubj", "ROOT", "aux", "xcomp", "punct"],
              ents=["B-PERSON", "O", "O", "O", "O"])
    assert subject_class(doc[1]) == "named"
    doc = Doc(VOCAB, words=["The", "bill", "wants", "to", "win", "."], heads=[1, 2, 2, 4, 2, 2],
              deps=["det", "nsubj", "ROOT", "aux", "xcomp", "punct"])
    assert subject_class(doc[2]) == "other"
    doc = Doc(VOCAB, words=["Wants", "to", "win", "."], heads=[0, 2, 0, 0], deps=["ROOT", "aux", "xcomp", "punct"])
    assert subject_class(doc[0]) == "none"


def test_finer_subject_cell_wins_only_with_enough_examples():
    from newsgraph.nlp.quotes.cues import CueTable
    cues = CueTable({"want": {"xcomp": [30, 100], "xcomp|named": [40, 60], "xcomp|other": [1, 2]}})
    assert cues.is_cue("want", "xcomp", subject="named")[0]          # 40/62
    assert not cues.is_cue("want", "xcomp", subject="other")[0]      # too few: falls back to 30/102
    assert not cues.is_cue("want", "xcomp")[0]


def test_threshold_comes_from_the_table_settings():
    from newsgraph.nlp.quotes.cues import CueTable
    counts = {"mention": {"ccomp": [5, 10]}}                          # 5/12 = 0.42
    assert CueTable(counts, threshold=0.4).is_cue("mention", "ccomp")[0]
    assert not CueTable(counts, threshold=0.5).is_cue("mention", "ccomp")[0]
    # noun cues need more examples than verbs before the table is trusted
    nouns = {"remark": {"noun:that": [4, 4]}}
    assert CueTable(nouns).rate("remark", "noun:that") is not None
    assert CueTable(nouns).is_cue("remark", "noun:that") == (False, 0.0)


def test_preposition_cell_decides_before_the_subject_cell():
    from newsgraph.nlp.quotes.cues import CueTable
    cues = CueTable({"speak": {"prep": [20, 100], "prep|named": [10, 40],
                               "prep:about": [18, 20], "prep:to": [2, 40], "prep:of": [1, 1],
                               "dobj": [0, 30], "dobj:about": [9, 9]}})
    assert cues.is_cue("speak", "prep", subject="named", preposition="about")[0]      # 18/22
    assert not cues.is_cue("speak", "prep", subject="named", preposition="to")[0]     # 2/42
    # too few examples of "of": the subject cell decides (10/42), as it did before
    assert cues.is_cue("speak", "prep", subject="named", preposition="of")[1] == 10 / 42
    # a preposition never reaches a kind that is not prepositional
    assert cues.is_cue("speak", "dobj", preposition="about") == (False, 0.0)


def test_content_preposition_is_the_first_with_an_object():
    from newsgraph.nlp.quotes.cues import content_preposition
    # "Okafor spoke at length about taxes ." with "at length" and "about taxes" on "spoke"
    words = ["Okafor", "spoke", "at", "length", "about", "taxes", "."]
    doc = Doc(VOCAB, words=words, heads=[1, 1, 1, 2, 1, 4, 1],
              deps=["nsubj", "ROOT", "prep", "pobj", "prep", "pobj", "punct"])
    assert content_preposition(doc[1]) == "at"
    doc = Doc(VOCAB, words=["Okafor", "spoke", "up", "about", "taxes", "."], heads=[1, 1, 1, 1, 3, 1],
              deps=["nsubj", "ROOT", "prt", "prep", "pobj", "punct"])
    assert content_preposition(doc[1]) == "about"
    doc = Doc(VOCAB, words=["Okafor", "spoke", "."], heads=[1, 1, 1], deps=["nsubj", "ROOT", "punct"])
    assert content_preposition(doc[1]) is None
