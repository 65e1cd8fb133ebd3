"""Where reported content ends: learned decisions about the constituent at its edge.

A reported clause's last constituent is often the writer's, not the speaker's
("…, who is 70", "… on Twitter"), and the parse often hangs the speaker's own words
outside the clause ("…, but would not say so in public"). Two decisions, each looked up
in a table of how often it improved the overlap with PolNeAR train's gold content
(`data/quote_bounds.json`, built by `python -m newsgraph.train.quote_bounds`):

- extend: take in the constituent that follows the content in the same sentence;
- cut: drop the content's last comma-separated constituent.

The key of a decision is the constituent's dependency label, where it hangs (on the cue,
inside the content, elsewhere) and its first word when that is a function word. Without
the table nothing changes.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..reference.lexicon import SPEECH_VERBS
from .spans import is_gap

FUNCTION_POS = {"CCONJ", "SCONJ", "ADP", "PRON", "PUNCT", "PART", "DET"}
MIN_EXAMPLES = 8
MAX_EXTENSIONS = 3
MIN_RATE = 0.6      # smoothed share of changes that made a match; 0.5 gained less on dev
CUT_MARKS = {",", "—", "--", "―", "–"}


def _word(tok: Token) -> str:
    return tok.lower_ if tok.pos_ in FUNCTION_POS else tok.pos_


def _where(head: Token, verb: Token, a: int, b: int) -> str:
    if head.i == verb.i:
        return "cue"
    return "in" if a <= head.i < b else "out"


def _top(tok: Token, lo: int, hi: int) -> Token:
    """The highest ancestor of tok still inside [lo, hi)."""
    while tok.head.i != tok.i and lo <= tok.head.i < hi:
        tok = tok.head
    return tok


def extension(doc: Doc, verb: Token, a: int, b: int, limit: int) -> tuple[int, str] | None:
    """The constituent after content [a, b) up to `limit`: (new end, key)."""
    k = b
    while k < limit and is_gap(doc[k]) and doc[k].text not in CUT_MARKS:
        k += 1
    first = k
    while k < limit and is_gap(doc[k]):
        k += 1
    if k >= limit:
        return None
    top = _top(doc[k], first, limit)
    speech = ""
    if top.dep_ == "cc":
        # "said she had no plans and hoped …": the conjunction and its conjunct are one step,
        # and a conjunct that is itself a speech verb ("and added …") is a decision of its own
        conj = next((c for c in top.head.rights if c.dep_ == "conj" and c.i > top.i), None)
        if conj is not None and conj.right_edge.i < limit:
            top = conj
            speech = "|speech" if conj.lemma_.lower() in SPEECH_VERBS else ""
    elif top.dep_ == "advcl" and top.tag_ == "VBG" and top.lemma_.lower() in SPEECH_VERBS:
        speech = "|speech"      # "said it would fail, adding …": more words of the same speaker
    end = min(top.right_edge.i + 1, limit)
    if end <= k:
        return None
    key = f"x|{top.dep_}|{_where(top.head, verb, a, b)}|{_word(doc[first])}{speech}"
    return end, key


def cut(doc: Doc, verb: Token, a: int, b: int) -> tuple[int, str] | None:
    """The content's last comma-separated constituent: (new end, key)."""
    for j in range(b - 2, a + 2, -1):
        if doc[j].text not in CUT_MARKS:
            continue
        if j + 1 >= b:
            return None
        top = _top(doc[j + 1], j + 1, b)
        if top.right_edge.i + 1 < b - 1:
            return None
        key = f"c|{top.dep_}|{_where(top.head, verb, a, j)}|{_word(doc[j + 1])}"
        return j, key
    return None


def better(key: str, table: dict[str, list[int]]) -> bool:
    """Whether the change this key names improved the content more often than not."""
    cell = table.get(key)
    if cell is None or cell[1] < MIN_EXAMPLES:
        return False
    return cell[0] / (cell[1] + 1) > MIN_RATE


def adjust_end(doc: Doc, verb: Token, a: int, b: int, limit: int,
               table: dict[str, list[int]]) -> int:
    """The content's end after the learned decisions: take in constituents while the table
    says so, else drop the last one when it says so."""
    end = b
    for _ in range(MAX_EXTENSIONS):
        ext = extension(doc, verb, a, end, limit)
        if ext is None or not better(ext[1], table):
            break
        end = ext[0]
    if end != b:
        return end
    shorter = cut(doc, verb, a, b)
    if shorter is not None and better(shorter[1], table):
        return shorter[0]
    return b
