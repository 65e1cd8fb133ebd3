"""What a poll found: "In a Harbour Times poll, Madaki leads by six points" and "Madaki
leads by six points in the latest survey" attribute the finding to the poll.

PolNeAR's annotators mark such findings as attributions with the poll as Source and "in"
as Cue (about 60 on train, most of which no cue verb reaches). The content is what the poll
is said to show: the clause after an opening "In a … poll," up to the end of the sentence,
or the clause the trailing "in … polls" hangs on, up to the "in".
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .direct import DirectQuotes, QuoteGuess, phrase_guess
from .spans import RELATIVE_TAGS, trim

POLL_NOUNS = frozenset({"poll", "survey"})
# words that open a clause without being part of what was found ("as X leads …", "why X leads …")
CLAUSE_OPENERS = frozenset({"mark", "cc", "punct"})
MIN_TOKENS = 3


def poll_object(tok: Token) -> Token | None:
    """The poll named by the preposition `tok` ("in the latest poll"), if it is one."""
    if tok.lower_ != "in" or tok.dep_ != "prep":
        return None
    pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.lemma_.lower() not in POLL_NOUNS:
        return None
    return pobj


def _clause_of(tok: Token) -> Token | None:
    """The verb of the clause the phrase hangs on, through its objects ("a lead in the
    polls") and controlled infinitives; None when the phrase sits inside another phrase
    ("before his drop in the polls" reports no finding of the clause)."""
    head = tok.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        if head.dep_ in ("pobj", "prep"):
            return None
        head = head.head
    while head.dep_ == "xcomp" and head.head.i != head.i:
        head = head.head
    return head


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)


def _finding(doc: Doc, tok: Token, pobj: Token) -> tuple[int, int] | None:
    sent = tok.sent
    clause = _clause_of(tok)
    if clause is None:
        return None
    subject = _subject(clause)
    if subject is not None and subject.tag_ in RELATIVE_TAGS:
        return None       # "X, who leads in the polls": the finding is about X, said elsewhere
    phrase_end = pobj.right_edge.i + 1
    # the finding starts at the clause's subject, after an opening "In the fall," or "By May,"
    start = subject.left_edge.i if subject is not None else clause.left_edge.i
    if tok.i < clause.i:
        lo, hi = trim(doc, max(phrase_end, start), sent.end)
    else:
        start = max(start, sent.start)
        while start < tok.i and (doc[start].dep_ in CLAUSE_OPENERS or doc[start].tag_ == "WRB"):
            start += 1
        lo, hi = trim(doc, start, tok.i)
    return (lo, hi) if hi - lo >= MIN_TOKENS else None


def from_poll(doc: Doc, tok: Token, marks: DirectQuotes) -> QuoteGuess | None:
    """A candidate quote for "in a poll", or None."""
    pobj = poll_object(tok)
    if pobj is None:
        return None
    rng = _finding(doc, tok, pobj)
    if rng is None:
        return None
    return phrase_guess(marks, rng, tok, (tok.idx, tok.idx + len(tok)), "in", pobj, "in a poll")
