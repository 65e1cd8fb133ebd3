"""Readers yield Articles (or Failures) lazily, in input order.

Text is kept exactly as decoded: every offset newsgraph reports indexes this string,
so newlines and Unicode are never normalised.
"""
from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import (ArticleTooLargeError, BinaryInputError, DuplicateIdError, EmptyArticleError,
                      InputError, NewsgraphError)
from ..model import Article, Failure
from .html import SNIFFED, html_to_fields, looks_like_html
from .warc import is_warc, read_warc

TEXT_SUFFIXES = {".txt", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES
DEFAULT_MAX_CHARS = 1_000_000
FALLBACK_ENCODING = "cp1252"

Item = Article | Failure


def _failure(article_id: str, exc: NewsgraphError, path: str | None) -> Failure:
    return Failure(id=article_id, type=exc.type, message=exc.message, path=path)


def looks_binary(data: bytes) -> bool:
    if b"\x00" in data:        # anywhere, not only in the first block
        return True
    head = data[:8192]
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return bool(head) and controls / len(head) > 0.1


def decode_bytes(data: bytes) -> tuple[str, tuple[str, ...]]:
    """UTF-8 (BOM dropped), UTF-16 with a BOM, else a Windows-1252/Latin-1 fallback that is
    reported."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), ()
        except UnicodeDecodeError as exc:
            raise InputError(f"text has a UTF-16 byte-order mark but is not UTF-16 (byte {exc.start})") from None
    if looks_binary(data):
        raise BinaryInputError("input looks binary, not text")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError as exc:
        bad = exc.start
    try:
        text = data.decode(FALLBACK_ENCODING)
        enc = FALLBACK_ENCODING
    except UnicodeDecodeError:
        text, enc = data.decode("latin-1"), "latin-1"
    return text, (f"not valid UTF-8 (first bad byte at {bad}); decoded as {enc}",)


_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_surrogates(value: str | None) -> tuple[str | None, bool]:
    """Lone surrogates (from JSON escapes such as "\\ud800") are no text: each becomes
    U+FFFD, one character for one, so every offset stays where it was."""
    if value is None or not _SURROGATE.search(value):
        return value, False
    return _SURROGATE.sub("\ufffd", value), True


def _check_text(text: str, max_chars: int) -> None:
    if not text.strip():
        raise EmptyArticleError("article has no text")
    if len(text) > max_chars:
        raise ArticleTooLargeError(
            f"article has {len(text):,} characters, over the limit of {max_chars:,}")


def apply_defaults(article: Article, published: str | None, source: str | None) -> Article:
    if (published and not article.published) or (source and not article.source):
        from dataclasses import replace
        article = replace(article, published=article.published or published,
                          source=article.source or source)
    return article


def read_text_file(path: Path, *, article_id: str | None = None,
                   max_chars: int = DEFAULT_MAX_CHARS) -> Item:
    article_id = article_id or path.stem
    try:
        data = path.read_bytes()
    except OSError as exc:
        return _failure(article_id, InputError(f"cannot read file: {exc.strerror}"), str(path))
    try:
        text, warnings = decode_bytes(data)
        fields, warnings = _sniff_html(text, warnings)
        _check_text(fields["text"], max_chars)
    except NewsgraphError as exc:
        return _failure(article_id, exc, str(path))
    meta, meta_warnings = read_sidecar(path)
    fields.update(meta)         # the sidecar says more than the page's own metadata
    return Article(id=article_id, path=str(path), warnings=warnings + meta_warnings, **fields)


def _sniff_html(text: str, warnings: tuple[str, ...]) -> tuple[dict, tuple[str, ...]]:
    """The fields of a text that is really an HTML page (with a warning), else the text."""
    if not looks_like_html(text):
        return {"text": text}, warnings
    fields = {k: v for k, v in html_to_fields(text).items() if v is not None}
    return fields, warnings + (SNIFFED,)


METADATA_FIELDS = ("title", "published", "source", "url", "author")


def read_sidecar(path: Path) -> tuple[dict[str, str], tuple[str, ...]]:
    """Metadata from ``NAME.json`` beside ``NAME.txt``: any of title, published, source, url, author.
    A sidecar that cannot be read is a warning on the article, never a lost article."""
    side = path.with_suffix(".json")
    if not side.is_file():
        return {}, ()
    try:
        obj = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        return {}, (f"metadata file {side.name} ignored: {type(exc).__name__}",)
    if not isinstance(obj, dict):
        return {}, (f"metadata file {side.name} ignored: not a JSON object",)
    meta = {k: str(obj[k]) for k in METADATA_FIELDS if obj.get(k) is not None}
    return meta, ()


def read_html_file(path: Path, *, article_id: str | None = None, max_chars: int = DEFAULT_MAX_CHARS) -> Item:
    article_id = article_id or path.stem
    try:
        html, warnings = decode_bytes(path.read_bytes())
        fields = html_to_fields(html)
        _check_text(fields["text"], max_chars)
    except OSError as exc:
        return _failure(article_id, InputError(f"cannot read file: {exc.strerror}"), str(path))
    except NewsgraphError as exc:
        return _failure(article_id, exc, str(path))
    return Article(id=article_id, path=str(path), warnings=warnings, **fields)


def article_from_dict(obj: object, *, default_id: str, path: str | None = None,
                      max_chars: int = DEFAULT_MAX_CHARS) -> Item:
    """One JSONL object to an Article: `id`, `text` or `html`, optional metadata."""
    if not isinstance(obj, dict):
        return _failure(default_id, InputError("JSON line is not an object"), path)
    raw_id = obj.get("id")
    article_id = str(raw_id) if isinstance(raw_id, (str, int)) and str(raw_id) else default_id
    article_id, bad_id = clean_surrogates(article_id)
    try:
        meta = {}
        for key in METADATA_FIELDS:
            value = obj.get(key)
            if value is not None and not isinstance(value, str):
                value = str(value)
            meta[key] = value
        warnings: tuple[str, ...] = ()
        if "text" in obj and obj["text"] is not None:
            text = obj["text"]
            if not isinstance(text, str):
                raise InputError(f"'text' is a {type(text).__name__}, not a string")
            fields, warnings = _sniff_html(text, ())
            text = fields.pop("text")
            meta = {k: meta[k] or fields.get(k) for k in meta}
        elif "html" in obj and obj["html"] is not None:
            if not isinstance(obj["html"], str):
                raise InputError(f"'html' is a {type(obj['html']).__name__}, not a string")
            fields = html_to_fields(obj["html"])
            text = fields.pop("text")
            meta = {k: meta[k] or fields.get(k) for k in meta}
        else:
            raise InputError("JSON object has no 'text' or 'html' field")
        _check_text(text, max_chars)
    except NewsgraphError as exc:
        return _failure(article_id, exc, path)
    text, bad = clean_surrogates(text)
    for key in meta:
        meta[key], bad_meta = clean_surrogates(meta[key])
        bad = bad or bad_meta
    if bad or bad_id:
        warnings += ("lone surrogate code points replaced by U+FFFD",)
    return Article(id=article_id, text=text, path=path, warnings=warnings, **meta)


def read_jsonl_lines(lines: Iterable[bytes], *, name: str, path: str | None = None,
                     max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Item]:
    for lineno, raw in enumerate(lines, 1):
        default_id = f"{name}:{lineno}"
        where = f"{path or name}:{lineno}"
        if lineno == 1 and isinstance(raw, bytes) and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]       # a UTF-8 byte-order mark
        try:
            line = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        except UnicodeDecodeError:
            yield _failure(default_id, InputError("line is not valid UTF-8"), where)
            continue
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield _failure(default_id, InputError(f"line is not valid JSON: {exc.msg} at column {exc.colno}"), where)
            continue
        except RecursionError:
            yield _failure(default_id, InputError("line is JSON nested too deeply to read"), where)
            continue
        yield article_from_dict(obj, default_id=default_id, path=where, max_chars=max_chars)


def read_jsonl_file(path: Path, *, name: str | None = None, max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Item]:
    name = name or path.stem
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield _failure(name, InputError(f"cannot read file: {exc.strerror}"), str(path))
        return
    with handle:
        yield from read_jsonl_lines(handle, name=name, path=str(path), max_chars=max_chars)


def _walk(directory: Path) -> Iterator[Path]:
    """Known article files below `directory`, in sorted path order (dot-files skipped)."""
    found = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            p = Path(root, name)
            if (p.suffix.lower() in KNOWN_SUFFIXES or is_warc(p)) and not name.startswith("."):
                found.append(p)
    yield from sorted(found, key=lambda p: p.relative_to(directory).parts)


def read_stdin(*, max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Item]:
    data = sys.stdin.buffer.read()
    if data.lstrip()[:1] == b"{":
        yield from read_jsonl_lines(data.splitlines(), name="stdin", path="-", max_chars=max_chars)
        return
    try:
        text, warnings = decode_bytes(data)
        fields, warnings = _sniff_html(text, warnings)
        _check_text(fields["text"], max_chars)
    except NewsgraphError as exc:
        yield _failure("stdin", exc, "-")
        return
    yield Article(id="stdin", path="-", warnings=warnings, **fields)


def read_path(path: Path, *, article_id: str | None = None, max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Item]:
    """The articles of one file; `article_id` (default: the file's stem) names it."""
    suffix = path.suffix.lower()
    if is_warc(path):
        yield from read_warc(path, max_chars=max_chars)
    elif suffix in JSONL_SUFFIXES:
        yield from read_jsonl_file(path, name=article_id, max_chars=max_chars)
    elif suffix in HTML_SUFFIXES:
        yield read_html_file(path, article_id=article_id, max_chars=max_chars)
    else:
        yield read_text_file(path, article_id=article_id, max_chars=max_chars)


def file_ids(directory: Path, files: list[Path]) -> dict[Path, str]:
    """Each file's id: its stem, unless another file below `directory` has that stem; then
    its path relative to `directory` without the extension (with it, if that collides too).
    Ids are never shared: two articles can never overwrite each other in a store."""
    from collections import Counter
    stems = Counter(p.stem for p in files)
    bare = Counter(p.relative_to(directory).with_suffix("").as_posix() for p in files)
    out = {}
    for p in files:
        rel = p.relative_to(directory)
        if stems[p.stem] == 1:
            out[p] = p.stem
        elif bare[rel.with_suffix("").as_posix()] == 1:
            out[p] = rel.with_suffix("").as_posix()
        else:
            out[p] = rel.as_posix()
    return out


def _read_directory(directory: Path, max_chars: int) -> Iterator[Item]:
    files = list(_walk(directory))
    ids = file_ids(directory, files)
    for p in files:
        yield from read_path(p, article_id=ids[p], max_chars=max_chars)


def _unique(item: Item, seen: dict[str, str]) -> Item:
    """An article whose id an earlier article of this input already has is an error, named
    after where it was read, so that it can never replace the first one."""
    where = item.path or item.id
    first = seen.get(item.id)
    if first is None:
        seen[item.id] = where
        return item
    if isinstance(item, Failure) and where == first:
        return item
    err = DuplicateIdError(f"id {item.id!r} was already read from {first}; this article is left out")
    own = where if where not in seen else f"{where}#duplicate"
    seen.setdefault(own, own)
    return Failure(id=own, type=err.type, message=err.message, path=item.path)


def apply_metadata(article: Article, table: dict[str, dict[str, str]]) -> Article:
    """Fill what the article does not say itself from a metadata table (by id, else file stem)."""
    row = table.get(article.id)
    if row is None and article.path:
        row = table.get(Path(article.path).stem)
    if not row:
        return article
    from dataclasses import replace
    return replace(article, **{k: getattr(article, k) or v for k, v in row.items()})


def read_paths(paths: Iterable[str | os.PathLike], *, published: str | None = None,
               source: str | None = None, max_chars: int = DEFAULT_MAX_CHARS,
               metadata: dict[str, dict[str, str]] | None = None) -> Iterator[Item]:
    """Articles from files, directories (recursive, sorted) and ``-`` (stdin), in order.

    `metadata` (see `load_metadata`), then `published` and `source`, fill in what an
    article does not say itself.
    """
    seen: dict[str, str] = {}      # id -> where it was first read
    for raw in paths:
        if str(raw) == "-":
            items = read_stdin(max_chars=max_chars)
        else:
            path = Path(raw)
            if path.is_dir():
                items = _read_directory(path, max_chars)
            elif path.exists():
                items = read_path(path, max_chars=max_chars)
            else:
                items = iter([_failure(path.stem or str(raw), InputError("no such file or directory"), str(raw))])
        for item in items:
            if isinstance(item, Article):
                if metadata:
                    item = apply_metadata(item, metadata)
                item = apply_defaults(item, published, source)
            yield _unique(item, seen)
