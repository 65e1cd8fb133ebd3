"""HTML to article text and metadata, through trafilatura."""
from __future__ import annotations

from ..errors import InputError


def html_to_fields(html: str) -> dict:
    """Main text, title, publication date, site name and URL of a page.

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
            "source": doc.sitename, "url": doc.url}
