"""LIKE patterns for text filters: user text is always matched literally."""
from __future__ import annotations


def escape_like(text: str) -> str:
    """Literal text for a LIKE pattern with ESCAPE '\\'."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def contains_pattern(text: str) -> str:
    """A LIKE pattern (with ESCAPE '\\') matching any value that contains ``text`` literally."""
    return f"%{escape_like(text)}%"
