"""How many articles an input holds, counted cheaply for a progress bar (no parsing)."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

from .readers import JSONL_SUFFIXES, _walk
from .warc import is_warc


def _lines(path: Path) -> int:
    n, last = 0, b"\n"
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            n += chunk.count(b"\n")
            last = chunk[-1:]
    return n + (last != b"\n")


def count_articles(paths: Iterable[str | os.PathLike]) -> int | None:
    """Articles in files and folders (a JSONL file counts its lines), or None when the
    input cannot be counted without reading it (stdin, crawl archives)."""
    total = 0
    for raw in paths:
        if str(raw) == "-":
            return None
        path = Path(raw)
        files = list(_walk(path)) if path.is_dir() else [path] if path.exists() else []
        for f in files:
            if is_warc(f):
                return None
            try:
                total += _lines(f) if f.suffix.lower() in JSONL_SUFFIXES else 1
            except OSError:
                total += 1
    return total
