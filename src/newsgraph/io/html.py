"""HTML to article text and metadata, through trafilatura."""
from __future__ import annotations

import re

from ..errors import InputError


def html_to_fields(html: str) -> dict:
    """Main text, title, publication date, site name, URL and author of a page.

    Only what the page itself says: no date is guessed from the clock.
    """
    try:
        import trafilatura
    except ImportError as exc:  # pragma: no cover - trafilatura is a dependency
        raise InputError(f"HTML input needs trafilatura: {exc}") from exc
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except Exception as exc:  # trafilatura raises assorted lxml errors on hostile markup
        raise InputError(f"could not parse HTML: {exc}") from exc
    if doc is None or not (doc.text or "").strip():
        raise InputError("no article text found in the HTML")
    return {"text": doc.text, "title": doc.title, "published": doc.date,
            "source": doc.sitename, "url": doc.url, "author": doc.author}


_TAG = re.compile(r"<[A-Za-z!/][^<>]{0,500}>")
_BLOCK = re.compile(r"</?(?:p|div|article|section|nav|header|footer|main|aside|ul|li|table|h[1-6])\b", re.I)
SNIFFED = "the text looked like HTML and was read as HTML"


def looks_like_html(text: str) -> bool:
    """A document that is HTML although it came as text: it opens with a doctype or an
    <html> tag, or tags make up most of it."""
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html", "<body", "<head")):
        return True
    # a page body without its head: many tags, block elements among them, most of the text
    # (a sentence quoting a tag or two, even hostile ones, stays text)
    sample = text[:20000]
    tags = _TAG.findall(sample)
    blocks = sum(1 for t in tags if _BLOCK.match(t))
    return len(tags) >= 10 and blocks >= 3 and sum(map(len, tags)) > 0.4 * len(sample.strip())
