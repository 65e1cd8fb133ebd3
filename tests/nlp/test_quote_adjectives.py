"""Stance adjectives as cues: hand-built parses for the complement, the model for the candidate."""
import spacy
from spacy.tokens import Doc

from newsgraph.nlp.quotes.adjectives import adjective_complement

VOCAB = spacy.blank("en").vocab


def parsed(rows):
    words, heads, deps, pos, lemmas = zip(*rows)
    return Doc(VOCAB, words=list(words), heads=list(heads), deps=list(deps), pos=list(pos), lemmas=list(lemmas))


# "Madaki is skeptical of the plan ."
PREP = [("Madaki", 1, "nsubj", "PROPN", "Madaki"), ("is", 1, "ROOT", "AUX", "be"),
        ("skeptical", 1, "acomp", "ADJ", "skeptical"), ("of", 2, "prep", "ADP", "of"),
        ("the", 5, "det", "DET", "the"), ("plan", 3, "pobj", "NOUN", "plan"), (".", 1, "punct", "PUNCT", ".")]

# "Mensah seems eager to talk ."
XCOMP = [("Mensah", 1, "nsubj", "PROPN", "Mensah"), ("seems", 1, "ROOT", "VERB", "seem"),
         ("eager", 1, "acomp", "ADJ", "eager"), ("to", 4, "aux", "PART", "to"),
         ("talk", 2, "xcomp", "VERB", "talk"), (".", 1, "punct", "PUNCT", ".")]

# "The red bridge opened ." — an attributive adjective is no cue
ATTRIBUTIVE = [("The", 2, "det", "DET", "the"), ("red", 2, "amod", "ADJ", "red"),
               ("bridge", 3, "nsubj", "NOUN", "bridge"), ("opened", 3, "ROOT", "VERB", "open"),
               (".", 3, "punct", "PUNCT", ".")]


def test_prepositional_complement_is_its_object():
    doc = parsed(PREP)
    kind, top = adjective_complement(doc[2])
    assert kind == "adj:prep" and doc[top.left_edge.i:top.right_edge.i + 1].text == "the plan"


def test_infinitive_complement_after_another_copula():
    doc = parsed(XCOMP)
    kind, top = adjective_complement(doc[2])
    assert kind == "adj:xcomp" and doc[top.left_edge.i:top.right_edge.i + 1].text == "to talk"


def test_adjective_without_copula_or_complement_is_none():
    doc = parsed(ATTRIBUTIVE)
    assert adjective_complement(doc[1]) is None


def test_stance_adjective_is_a_candidate_with_the_copula_subject_as_source(nlp):
    from newsgraph.nlp.quotes.finder import QuoteFinder
    text = "Ines Madaki was skeptical of the new harbour tax. The council meets on Monday."
    doc = nlp(text)
    stage = nlp.get_pipe("newsgraph_quotes")
    found = [g for g in QuoteFinder(doc, stage.cues, stage.bounds).run() if g.cue_lemma == "skeptical"]
    assert len(found) == 1
    g = found[0]
    assert text[g.content[0][0]:g.content[-1][1]] == "the new harbour tax"
    assert g.speaker is not None and g.speaker.name == "Ines Madaki"



def test_cue_verb_under_a_stance_adjective_keeps_its_own_reading(candidates):
    """"was quick to stress that …": the cue is the infinitive, the content its clause."""
    text = "Kofi Mensah was quick to stress that the ferry had been paid for by the county."
    found = candidates(text)
    assert [g.cue_lemma for g in found] == ["stress"]
    g = found[0]
    assert text[g.content[0][0]:g.content[-1][1]] == "that the ferry had been paid for by the county"
    assert g.speaker is not None and g.speaker.name == "Kofi Mensah"


def test_stance_adjective_with_a_plain_infinitive_stays_the_cue(candidates):
    assert [g.cue_lemma for g in candidates("The growers were eager to sell their land.")] == ["eager"]
