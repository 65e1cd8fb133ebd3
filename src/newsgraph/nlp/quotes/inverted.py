"""Inverted cues the parse misreads: a quotation split by one (“The risk,” said Ada Brell, an
engineer, “is …”), and one that closes its sentence ("The plant is struggling, said X.").

The parse often reads the name after the cue as the subject of the second half ("Brell …
is that …") and leaves the cue with no subject, so the usual reading gives the name and
its apposition as the content and no speaker. Here the marks decide: a quotation that
hands over to a speech verb, a name right after the verb, and a quotation that opens after
the name's comma are one quote of that name.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..reference.lexicon import SPEECH_VERBS, TITLE_ABBREVIATIONS, TITLE_NOUNS
from ..reference.subjects import subject_of
from .direct import DirectQuotes, QuoteGuess
from .spans import trim, within_paragraph

MAX_APPOSITION_TOKENS = 40      # "said X, director of international studies at the Y in Z,"
SENTENCE_ENDS = frozenset({".", "?", "!", ";"})
# what may follow a cue that closes its sentence besides its speaker: "on Tuesday", "in a statement"
ASIDE_DEPS = frozenset({"prep", "npadvmod", "advmod", "agent", "punct"})


def from_inverted_split(doc: Doc, verb: Token, lemma: str, marks: DirectQuotes) -> QuoteGuess | None:
    if lemma not in SPEECH_VERBS:
        return None
    name = _name_after(doc, verb)
    if name is None:
        return None
    second = _quotation_after_comma(doc, name, marks)
    if second is None or subject_of(verb) is not None:
        return None     # a cue with its subject is read the usual way
    first = marks.before(verb)
    if first is None or not marks.hands_over(first):
        return None
    marks.claim(first)
    marks.claim(second)
    g = QuoteGuess("direct", list(first.spans) + list(second.spans), [(verb.idx, verb.idx + len(verb))],
                   lemma, verb.i)
    g.subject = name
    g.confidence = 0.9
    g.via = f"quotation split by an inverted cue '{lemma}'"
    marks.chain_following(g)
    return g


def _name_after(doc: Doc, verb: Token) -> Token | None:
    """The last word of the name right after the cue ("said Sen. Ada Brell" -> Brell), or None
    when something else follows it."""
    k = verb.i + 1
    while k < len(doc) and (doc[k].lower_ in TITLE_NOUNS or doc[k].lower_ in TITLE_ABBREVIATIONS):
        k += 1
    if k >= len(doc) or doc[k].pos_ != "PROPN":
        return None
    while k + 1 < len(doc) and doc[k + 1].pos_ == "PROPN":
        k += 1
    return doc[k]


def _quotation_after_comma(doc: Doc, name: Token, marks: DirectQuotes):
    """The quotation that opens after the comma that closes the name or its apposition."""
    k = name.i + 1
    if k >= len(doc) or doc[k].text != ",":
        return None
    for i in range(k, min(len(doc), k + MAX_APPOSITION_TOKENS)):
        tok = doc[i]
        if i in marks.in_direct:
            dq = marks.in_direct[i]
            usable = dq.tok_start == i and not dq.used and doc[i - 1].text == ","
            return dq if usable else None
        if tok.text in SENTENCE_ENDS or "\n" in tok.text:
            return None
    return None


def from_sentence_final_cue(doc: Doc, verb: Token, lemma: str, marks: DirectQuotes) -> QuoteGuess | None:
    """"The plant is struggling, but it will survive, said Tomas Berg." The parse often makes
    such a cue a conjunct of the sentence's first verb, or reads the words before it as a
    second subject; either way the usual reading finds no content. What precedes the comma,
    from the sentence's start, is what was said."""
    if lemma not in SPEECH_VERBS or verb.i < 3 or doc[verb.i - 1].text != ",":
        return None
    speaker = next((c for c in verb.rights if c.dep_ == "nsubj"), None)
    if speaker is None or any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return None
    misread = verb.dep_ == "conj" or any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
    if not misread or not _closes_sentence(doc, verb, speaker):
        return None
    a, b = trim(doc, *within_paragraph(doc, verb, verb.sent.start, verb.i - 1))
    if b - a < 3:
        return None
    # the via is the reading the parse should have given
    return marks.cued([(a, b)], verb, speaker, f"cue verb '{lemma}' with ccomp")


def _closes_sentence(doc: Doc, verb: Token, speaker: Token) -> bool:
    """Only the speaker, asides of the cue and punctuation follow it in its sentence."""
    own = {t.i for t in speaker.subtree}
    for tok in doc[verb.i + 1:verb.sent.end]:
        if tok.i in own or tok.is_punct or tok.is_space:
            continue
        top = tok
        while top.head.i != verb.i and top.head.i != top.i:
            top = top.head
        if top.head.i != verb.i or top.dep_ not in ASIDE_DEPS:
            return False
    return True
