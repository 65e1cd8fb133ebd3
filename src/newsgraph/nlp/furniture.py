"""Page furniture: lines of a news page that are not the article's own text.

A line that links to another story ("READ MORE: Council votes …", "WATCH: …") holds that
story's headline; neither the quotes nor the events stage reads anything from it.
"""
from __future__ import annotations

import re

from .reference.lexicon import LINK_LABEL_HEADS, LINK_LABEL_WORDS

_LABELLED_LINE = re.compile(r"^[ \t]*([A-Za-z' ]{2,30}):", re.MULTILINE)


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
