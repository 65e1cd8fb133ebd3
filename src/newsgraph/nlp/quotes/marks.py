"""Direct quotations found by their quote marks, character by character.

News conventions: a paragraph that opens a quote and does not close it continues in
the next paragraph when that one opens with a quote mark; one stray mark must not
swallow the rest of the article, so an open quote never runs past its paragraph
otherwise. Single quotes are ignored: ’ is far more often an apostrophe.
"""
from __future__ import annotations

import re

OPENERS = {"“", "«", "„"}
CLOSERS = {"”", "»"}
STRAIGHT = '"'
_PARAGRAPH = re.compile(r"[^\n]+")
_MARK = re.compile(r"''|``|[“”«»„\"]")   # '' and `` stand for " in some wire copy

QuoteSpans = list[tuple[int, int]]   # one span per paragraph, quote marks included


def _straight_is_open(text: str, pos: int, end: int, inside: bool) -> bool:
    before = text[pos - 1] if pos > 0 else " "
    after = text[end] if end < len(text) else " "
    if before.isspace() or before in "([{—–-/":
        return not after.isspace()
    if after.isspace() or after in ".,;:!?)]}":
        return False
    return not inside


def find_direct_quotes(text: str) -> list[QuoteSpans]:
    quotes: list[QuoteSpans] = []
    carry: QuoteSpans | None = None
    for para in _PARAGRAPH.finditer(text):
        p_start, p_end = para.span()
        while p_end > p_start and text[p_end - 1].isspace():
            p_end -= 1
        lead = p_start
        while lead < p_end and text[lead].isspace():
            lead += 1
        pieces: QuoteSpans = []
        open_at: int | None = None
        for m in _MARK.finditer(text, p_start, p_end):
            pos, ch = m.start(), m.group()
            if ch == "''":
                ch = STRAIGHT
            elif ch == "``":
                ch = "“"
            if ch == STRAIGHT:
                is_open = _straight_is_open(text, pos, m.end(), open_at is not None)
            else:
                # ”Mr. Halden is …” - a closing mark where nothing is open, before a word, opens;
                # “It is over,“ he said - an opening mark that ends a word while a quote is
                # open, before a space or the paragraph's end, closes
                is_open = ch in OPENERS and not (
                    open_at is not None and pos > 0 and not text[pos - 1].isspace()
                    and (m.end() >= p_end or text[m.end()].isspace())) or (
                    ch in CLOSERS and open_at is None and (pos == 0 or text[pos - 1].isspace())
                    and m.end() < p_end and text[m.end()].isalnum())
            if is_open:
                if carry is not None and pos == lead and open_at is None:
                    pieces = carry          # the quote goes on from the last paragraph
                carry = None
                if open_at is not None and pieces is not None:
                    pieces = []             # the earlier mark was stray
                open_at = pos
            elif open_at is not None:
                pieces.append((open_at, m.end()))
                quotes.append(pieces)
                pieces, open_at = [], None
        carry = pieces + [(open_at, p_end)] if open_at is not None else None
    return quotes


def strip_marks(s: str) -> str:
    return s.strip().strip("“”«»„\"'`").strip()
