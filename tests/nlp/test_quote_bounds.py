"""Edge decisions for reported content, on hand-built parses and hand-made tables."""
import spacy
from spacy.tokens import Doc

from newsgraph.nlp.quotes.bounds import adjust_end, better, cut, extension

VOCAB = spacy.blank("en").vocab


def parsed(words, heads, deps, pos):
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos)


# "Lee said the port will close , because storms are coming ."
WORDS = ["Lee", "said", "the", "port", "will", "close", ",", "because", "storms", "are", "coming", "."]
HEADS = [1, 1, 3, 5, 5, 1, 1, 10, 10, 10, 1, 1]
DEPS = ["nsubj", "ROOT", "det", "nsubj", "aux", "ccomp", "punct", "mark", "nsubj", "aux", "advcl", "punct"]
POS = ["PROPN", "VERB", "DET", "NOUN", "AUX", "VERB", "PUNCT", "SCONJ", "NOUN", "AUX", "VERB", "PUNCT"]


def test_extension_names_the_trailing_clause():
    doc = parsed(WORDS, HEADS, DEPS, POS)
    end, key = extension(doc, doc[1], 2, 6, 11)
    assert end == 11 and key == "x|advcl|cue|,"


def test_cut_names_the_last_comma_constituent():
    doc = parsed(WORDS, HEADS, DEPS, POS)
    j, key = cut(doc, doc[1], 2, 11)
    assert j == 6 and key == "c|advcl|cue|because"


def test_decisions_follow_the_table_and_need_enough_examples():
    doc = parsed(WORDS, HEADS, DEPS, POS)
    assert adjust_end(doc, doc[1], 2, 6, 11, table={"x|advcl|cue|,": [18, 20]}) == 11
    assert adjust_end(doc, doc[1], 2, 6, 11, table={"x|advcl|cue|,": [3, 20]}) == 6
    assert not better("x|advcl|cue|,", {"x|advcl|cue|,": [3, 3]})
    assert adjust_end(doc, doc[1], 2, 11, 11, table={"c|advcl|cue|because": [15, 16]}) == 6


# "Lee said the port was closed and hoped it would open ." — the parse hangs the
# conjunct on the content's verb, after an edge the finder cut at "closed"
CONJ_WORDS = ["Lee", "said", "the", "port", "was", "closed", "and", "hoped", "it", "would", "open", "."]
CONJ_HEADS = [1, 1, 3, 5, 5, 1, 5, 5, 10, 10, 7, 1]
CONJ_DEPS = ["nsubj", "ROOT", "det", "nsubjpass", "auxpass", "ccomp", "cc", "conj", "nsubj", "aux", "ccomp",
             "punct"]
CONJ_POS = ["PROPN", "VERB", "DET", "NOUN", "AUX", "VERB", "CCONJ", "VERB", "PRON", "AUX", "VERB", "PUNCT"]


def test_a_conjunction_and_its_conjunct_are_one_step():
    doc = Doc(VOCAB, words=CONJ_WORDS, heads=CONJ_HEADS, deps=CONJ_DEPS, pos=CONJ_POS,
              lemmas=[w.lower() for w in CONJ_WORDS])
    end, key = extension(doc, doc[1], 2, 6, 11)
    assert end == 11 and key == "x|conj|in|and"


def test_a_conjoined_speech_verb_is_its_own_decision():
    words = ["Lee", "said", "the", "port", "was", "closed", "and", "added", "it", "would", "open", "."]
    lemmas = ["lee", "say", "the", "port", "be", "close", "and", "add", "it", "would", "open", "."]
    heads = [1, 1, 3, 5, 5, 1, 1, 1, 10, 10, 7, 1]
    deps = ["nsubj", "ROOT", "det", "nsubjpass", "auxpass", "ccomp", "cc", "conj", "nsubj", "aux", "ccomp", "punct"]
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, pos=CONJ_POS, lemmas=lemmas)
    end, key = extension(doc, doc[1], 2, 6, 11)
    assert end == 11 and key == "x|conj|cue|and|speech"


def test_a_speech_participle_after_the_content_is_its_own_decision():
    # "Lee said the port will close , adding that storms are coming ."
    words = ["Lee", "said", "the", "port", "will", "close", ",", "adding", "that", "storms", "are", "coming", "."]
    lemmas = ["lee", "say", "the", "port", "will", "close", ",", "add", "that", "storm", "be", "come", "."]
    heads = [1, 1, 3, 5, 5, 1, 1, 1, 11, 11, 11, 7, 1]
    deps = ["nsubj", "ROOT", "det", "nsubj", "aux", "ccomp", "punct", "advcl", "mark", "nsubj", "aux", "ccomp",
            "punct"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "AUX", "VERB", "PUNCT", "VERB", "SCONJ", "NOUN", "AUX", "VERB", "PUNCT"]
    tags = ["NNP", "VBD", "DT", "NN", "MD", "VB", ",", "VBG", "IN", "NNS", "VBP", "VBG", "."]
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, tags=tags)
    end, key = extension(doc, doc[1], 2, 6, 12)
    assert end == 12 and key == "x|advcl|cue|,|speech"
