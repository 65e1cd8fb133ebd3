"""The speaker named after a quotation the parse misread: “…,” Brell, a union organiser, said.

A quotation before its cue often leaves the parse with a noun inside the quotation as the
verb's subject, and the name after the closing mark hung on that noun as an apposition (or
swallowed into the content). Two helpers find the noun phrase between the closing mark and
the cue instead. After an inverted cue (“…,” said Brell, half joking) the parse may make the
name the subject of the aside that follows; the third takes the name just after the cue.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .direct import MAX_SPEAKER_TOKENS
from .spans import trim

NOMINALS = frozenset({"PROPN", "NOUN", "PRON"})
# what may open the phrase before its head: "the", "former", "58-year-old", "Sen."
SPEAKER_OPENERS = frozenset({"DET", "ADJ", "NUM", "PROPN", "NOUN", "PRON", "ADV"})
MAX_OPENER_TOKENS = 4       # "said the former state senator"
MAX_NAME_TOKENS = 8         # "said Harbour Board deputy chair Ada Varga"


def _name_head(doc: Doc, head: Token, limit: int) -> Token:
    """The last word of the name `head` opens ("Ada" in "Ada Varga" → "Varga")."""
    while head.i + 1 < limit and doc[head.i + 1].dep_ in {"flat", "compound"} or (
            head.dep_ == "compound" and head.i < head.head.i < limit):
        head = head.head if head.dep_ == "compound" else doc[head.i + 1]
    return head


def split_trailing_speaker(doc: Doc, in_direct: dict, rng: tuple[int, int], verb: Token):
    """([content], speaker) when the content range runs on past its quotation into the name
    before the cue; ([rng], None) otherwise."""
    a, b = rng
    j = b - 1
    dq = None
    for i in range(b - 1, a - 1, -1):
        if i in in_direct:
            dq = in_direct[i]
            j = i
            break
    if dq is None or dq.tok_end - 1 != j or j + 1 >= b or b + 3 < verb.i:
        return [rng], None
    tail = doc[j + 1:b]
    if any(t.pos_ in {"VERB", "AUX"} for t in tail) or not any(t.pos_ in NOMINALS for t in tail):
        return [rng], None
    head = next((t for t in tail if t.pos_ in NOMINALS), tail.root)
    return [trim(doc, a, j + 1)], _name_head(doc, head, b)


def speaker_after_quotation(doc: Doc, in_direct: dict, end: int, verb: Token) -> Token | None:
    """The head of the phrase between a quotation ending at token `end` and its cue, when the
    cue has no subject of its own outside the quotation."""
    dq = in_direct.get(end - 1)
    if dq is None or dq.tok_end != end or verb.i - end > MAX_SPEAKER_TOKENS:
        return None
    tail = [t for t in doc[end:verb.i] if not t.is_punct and not t.is_space]
    head = next((t for t in tail if t.pos_ in NOMINALS), None)
    if head is None or head.i in in_direct or any(
            t.pos_ not in SPEAKER_OPENERS for t in tail if t.i < head.i):
        return None
    return _name_head(doc, head, verb.i)


def speaker_after_cue(doc: Doc, in_direct: dict, end: int, verb: Token) -> Token | None:
    """“…,” said Ada Varga, half joking: the name just after an inverted cue, when the parse
    made it the subject of the aside that follows and left the cue with none. The quotation
    holding token `end - 1` must close right before the cue."""
    dq = in_direct.get(end - 1)
    if dq is None or dq.tok_end > verb.i or any(not t.is_space for t in doc[dq.tok_end:verb.i]):
        return None
    phrase = []
    for t in doc[verb.i + 1:min(len(doc), verb.i + 1 + MAX_NAME_TOKENS)]:
        if t.is_space or t.is_punct or t.i in in_direct:
            break
        phrase.append(t)
    person = next((t for t in phrase if t.ent_type_ == "PERSON"), None)
    if person is not None:      # "said Harbour Board chair Ada Varga": the person, not the board
        return _name_head(doc, person, len(doc))
    head = None
    for t in phrase[:MAX_OPENER_TOKENS]:
        if t.pos_ in {"PROPN", "NOUN"} or t.lower_ in {"he", "she"}:
            head = t
            break
        if t.pos_ not in SPEAKER_OPENERS:
            return None
    return _name_head(doc, head, len(doc)) if head is not None else None

