"""Crawl archives: each HTML response in a WARC file is an article (needs `warcio`)."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from ..errors import InputError, NewsgraphError
from ..model import Article, Failure
from .html import html_to_fields

WARC_SUFFIXES = (".warc", ".warc.gz")


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


def read_warc(path: Path, *, max_chars: int) -> Iterator[Article | Failure]:
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        yield Failure(path.name, "InputError", "reading WARC files needs warcio: pip install 'newsgraph[warc]'",
                      str(path))
        return
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield Failure(path.name, "InputError", f"cannot read file: {exc.strerror}", str(path))
        return
    with handle:
        try:
            for n, record in enumerate(ArchiveIterator(handle), 1):
                if record.rec_type != "response":
                    continue
                ctype = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
                if "html" not in ctype.lower():
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                article_id = record.rec_headers.get_header("WARC-Record-ID") or f"{path.name}:{n}"
                article_id = article_id.strip("<>").removeprefix("urn:uuid:")
                date = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
                try:
                    raw = record.content_stream().read()
                    html = raw.decode("utf-8", errors="replace")
                    fields = html_to_fields(html)
                    if len(fields["text"]) > max_chars:
                        raise InputError(f"article has {len(fields['text']):,} characters, over the limit")
                except NewsgraphError as exc:
                    yield Failure(article_id, exc.type, exc.message, f"{path}:{n}")
                    continue
                # the page's own date first; the crawl date only says when it was fetched
                yield Article(id=article_id, text=fields["text"], title=fields["title"],
                              published=fields["published"], source=fields["source"],
                              url=fields["url"] or url, path=f"{path}:{n}",
                              warnings=() if fields["published"] or not date else
                              (f"no publication date in the page; crawled {date}",))
        except Exception as exc:  # warcio raises assorted errors on truncated archives
            yield Failure(path.name, "InputError", f"unreadable WARC archive: {exc}", str(path))
