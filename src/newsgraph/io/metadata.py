"""A metadata table for a folder of plain-text articles (CSV or TSV, one row per article).

The id column may be called `id`, `filename`, `file` or `doc_id` (a file name's extension
is dropped); the other columns may be called as PolNeAR's `metadata.tsv` calls them
(`publisher`, `publication_date`) or as the JSONL fields are (`source`, `published`).
"""
from __future__ import annotations

import csv
from pathlib import Path

from ..errors import InputError

ID_COLUMNS = ("id", "filename", "file", "doc_id", "doc")
FIELD_COLUMNS = {
    "published": ("published", "publication_date", "date", "pubdate"),
    "source": ("source", "publisher", "outlet"),
    "title": ("title", "headline"),
    "url": ("url", "link"),
    "author": ("author", "byline", "authors"),
}
_EMPTY = {"", "none", "null", "na", "n/a"}


def _stem(value: str) -> str:
    name = Path(value.strip()).name
    return name.rsplit(".", 1)[0] if name.lower().endswith((".txt", ".text", ".html", ".htm")) else name


def load_metadata(path: str | Path) -> dict[str, dict[str, str]]:
    """id -> {published, source, title, url, author} (only the fields the table fills)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read metadata file: {exc}", path=str(path)) from None
    first = text.splitlines()[0] if text.strip() else ""
    delimiter = "\t" if "\t" in first else ","
    reader = csv.DictReader(text.splitlines(), delimiter=delimiter)
    columns = {c.strip().lower(): c for c in reader.fieldnames or []}
    id_col = next((columns[c] for c in ID_COLUMNS if c in columns), None)
    if id_col is None:
        raise InputError(f"metadata file has no id column (one of {', '.join(ID_COLUMNS)})", path=str(path))
    found = {field: next((columns[c] for c in names if c in columns), None)
             for field, names in FIELD_COLUMNS.items()}
    table: dict[str, dict[str, str]] = {}
    for row in reader:
        key = _stem(row.get(id_col) or "")
        if not key:
            continue
        table[key] = {field: row[col].strip() for field, col in found.items()
                      if col and row.get(col) and row[col].strip().lower() not in _EMPTY}
    return table
