"""A quotation signed by a finite verb and its person subject, whatever the verb: one that
hands over to them (“…,” Okafor fumed) or one they open (Okafor gloated: “…”). The cue
table does not know "fume" or "gloat"; the quotation and its punctuation show they report.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..reference.subjects import subject_of
from .direct import DirectQuote, DirectQuotes

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
SIGNING_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})
UNKNOWN_SURNAME_TYPES = frozenset({"", "NORP"})     # NER often misses or mislabels a surname
INTRODUCING_MARKS = frozenset({":", ","})
OPENING_CHARS = "\"'“‘«"


def signed_quotation(verb: Token, marks: DirectQuotes) -> DirectQuote | None:
    """The quotation the verb signs: before it, handed over with a comma, question or
    exclamation mark; or after it, opened with a colon or comma and a capital letter."""
    if verb.tag_ not in FINITE_TAGS:
        return None
    subject = subject_of(verb, reporting=True)
    if subject is None or not (
            subject.ent_type_ == "PERSON" or subject.lower_ in SIGNING_PRONOUNS
            or subject.pos_ == "PROPN" and subject.ent_type_ in UNKNOWN_SURNAME_TYPES):
        return None
    dq = marks.before(verb)
    if dq is not None:
        return dq if marks.hands_over(dq) else None
    dq = marks.after(verb)
    return dq if dq is not None and _introduced(marks, dq) else None


def _introduced(marks: DirectQuotes, dq: DirectQuote) -> bool:
    """Whether a quotation follows a colon or comma and opens with a capital letter."""
    mark = marks.token_before(dq.tok_start)
    opening = marks.text[dq.start:dq.end].lstrip(OPENING_CHARS + " ")
    return mark is not None and mark.text in INTRODUCING_MARKS and opening[:1].isupper()
