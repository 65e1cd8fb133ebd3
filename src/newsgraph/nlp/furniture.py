"""Page furniture: lines of a news page that are not the article's own text.

A line that links to another story ("READ MORE: Council votes …", "WATCH: …") holds that
story's headline; neither the quotes nor the events stage reads anything from it. A tag left
in a plain text by the page it was copied from (`<tweet author="…" id="…">`) is markup, not
words: no entity, event, speaker, cue or content is read from it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .reference.lexicon import LINK_LABEL_HEADS, LINK_LABEL_WORDS

_LABELLED_LINE = re.compile(r"^[ \t]*([A-Za-z' ]{2,30}):", re.MULTILINE)
# an element name with attributes, or a bare closing or empty element: "x < y > z" is no tag
_TAG = re.compile(r"""</?[A-Za-z][\w-]*(?:\s+[\w-]+=(?:"[^"<>]*"|'[^'<>]*'))*\s*/?>""")


def link_lines(text: str) -> list[tuple[int, int]]:
    """Character ranges of the lines that link to another story ("READ MORE: …", "WATCH: …")."""
    out = []
    for m in _LABELLED_LINE.finditer(text):
        words = m.group(1).lower().split()
        if words and set(words) <= LINK_LABEL_WORDS and set(words) & LINK_LABEL_HEADS:
            end = text.find("\n", m.end())
            out.append((m.start(), len(text) if end < 0 else end))
    return out


def in_lines(at: int, lines: list[tuple[int, int]]) -> bool:
    return any(s <= at < e for s, e in lines)


@lru_cache(maxsize=4)
def markup_tags(text: str) -> tuple[tuple[int, int], ...]:
    """Character ranges of the markup tags a plain text kept from its page. Kept for the
    last few texts: the entities, quotes and events stages each ask for one article's."""
    return tuple(m.span() for m in _TAG.finditer(text))


_MARKUP_PIECE = re.compile(r"""[\w-]+=["']|["']>|</?[A-Za-z]""")


def holds_markup(words: str) -> bool:
    """Whether a name or phrase carries a piece of a tag ('datetime="2016', '2016">Voss')."""
    return bool(_MARKUP_PIECE.search(words))


def touches_tags(spans, tags) -> bool:
    """Whether any of the character `spans` shares a character with a tag."""
    return any(s < e2 and s2 < e for s, e in spans for s2, e2 in tags)


def outside_tags(text: str, spans: list[tuple[int, int]], tags) -> list[tuple[int, int]]:
    """`spans` with the characters of `tags` cut out and the white space left at the cut
    trimmed; a span a tag splits becomes two, a span that was all markup goes."""
    pieces = []
    for start, end in spans:
        for s, e in tags:
            if s < end and e > start:
                pieces.append((start, min(s, end)))
                start = max(start, e)
        pieces.append((start, end))
    out = []
    for start, end in pieces:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            out.append((start, end))
    return out
