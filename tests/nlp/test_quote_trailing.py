"""The speaker named between a quotation and its cue (`nlp/quotes/trailing.py`)."""
from newsgraph.nlp.quotes.direct import DirectQuotes
from newsgraph.nlp.quotes.trailing import speaker_after_cue, speaker_after_quotation

from .helpers import hand_parsed

# “ Fine work , this bridge , ” Okafor , the county engineer , said .
# The parse the rule mends: "bridge" (inside the quotation) as the subject of "said", the name
# hung on it as an apposition.
WORDS = ["“", "Fine", "work", ",", "this", "bridge", ",", "”", "Okafor", ",", "the", "county", "engineer",
         ",", "said", "."]
HEADS = [2, 2, 14, 2, 5, 14, 5, 5, 5, 8, 12, 12, 8, 5, 14, 14]
DEPS = ["punct", "amod", "nsubj", "punct", "det", "nsubj", "punct", "punct", "appos", "punct", "det",
        "compound", "appos", "punct", "ROOT", "punct"]
TAGS = ["``", "JJ", "NN", ",", "DT", "NN", ",", "''", "NNP", ",", "DT", "NN", "NN", ",", "VBD", "."]
POS = ["PUNCT", "ADJ", "NOUN", "PUNCT", "DET", "NOUN", "PUNCT", "PUNCT", "PROPN", "PUNCT", "DET", "NOUN",
       "NOUN", "PUNCT", "VERB", "PUNCT"]


SIGNED = (WORDS, HEADS, DEPS, TAGS, POS)


def _doc(parse=SIGNED, words=None, pos=None):
    """The hand-built parse, with its words or parts of speech changed where a test says."""
    default_words, heads, deps, tags, default_pos = parse
    return hand_parsed(list(words or default_words), heads, deps, tags, list(pos or default_pos))


def test_the_name_after_the_closing_mark_is_the_speaker():
    doc = _doc()
    marks = DirectQuotes(doc)
    head = speaker_after_quotation(doc, marks.in_direct, 8, doc[14])
    assert head is not None and head.text == "Okafor"


def test_no_speaker_when_the_content_does_not_end_at_a_closing_mark():
    doc = _doc()
    marks = DirectQuotes(doc)
    assert speaker_after_quotation(doc, marks.in_direct, 7, doc[14]) is None


def test_no_speaker_when_a_verb_comes_before_the_name():
    pos = list(POS)
    pos[8] = "VERB"         # "… ,” wrote, the county engineer, …": a clause, not a name
    doc = _doc(pos=pos)
    marks = DirectQuotes(doc)
    assert speaker_after_quotation(doc, marks.in_direct, 8, doc[14]) is None


# “ Fine work , ” said Peter Okafor , half joking .
# The parse the rule mends: the name as the subject of the aside "half joking", the cue with none.
AFTER_WORDS = ["“", "Fine", "work", ",", "”", "said", "Peter", "Okafor", ",", "half", "joking", "."]
AFTER_HEADS = [5, 2, 5, 5, 5, 5, 7, 10, 7, 10, 5, 5]
AFTER_DEPS = ["punct", "amod", "ccomp", "punct", "punct", "ROOT", "compound", "nsubj", "punct", "npadvmod",
              "ccomp", "punct"]
AFTER_TAGS = ["``", "JJ", "NN", ",", "''", "VBD", "NNP", "NNP", ",", "NN", "VBG", "."]
AFTER_POS = ["PUNCT", "ADJ", "NOUN", "PUNCT", "PUNCT", "VERB", "PROPN", "PROPN", "PUNCT", "NOUN", "VERB",
             "PUNCT"]
INVERTED = (AFTER_WORDS, AFTER_HEADS, AFTER_DEPS, AFTER_TAGS, AFTER_POS)


def test_the_name_after_an_inverted_cue_is_the_speaker():
    doc = _doc(INVERTED)
    marks = DirectQuotes(doc)
    head = speaker_after_cue(doc, marks.in_direct, 3, doc[5])
    assert head is not None and head.text == "Okafor"


def test_no_name_after_the_cue_when_no_quotation_closes_right_before_it():
    # "Fine work, then said Peter …": words between the content and the cue
    doc = _doc(INVERTED, ["‘", "Fine", "work", ",", "then", "said", "Peter", "Okafor", ",", "half", "joking", "."])
    marks = DirectQuotes(doc)
    assert speaker_after_cue(doc, marks.in_direct, 3, doc[5]) is None
