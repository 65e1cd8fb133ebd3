"""The list pages (quotes as /search, events, actors, articles, statements): facets with
counts, sorting, paging with a total, matched words marked, and JSON and CSV twins of
exactly the filtered rows. The state is all in the URL, so a view can be shared."""
from __future__ import annotations

import csv
import io
from typing import Any, Iterator

from fastapi import Query, Request
from fastapi.responses import HTMLResponse, StreamingResponse

from ..store.browse import LISTS, list_filters
from ..store.rows import _WORD, terms

MAX_PAGE = 500              # rows a page may ask for: every list, page and API route
# list -> (page path, title, facet labels)
PAGES = {
    "quotes": ("/search", "Quotes", {"speaker": "speaker", "source": "outlet", "kind": "kind",
                                      "country": "speaker's country", "year": "year"}),
    "events": ("/events", "Events", {"type": "event type", "quad": "quad class", "country": "country",
                                      "source": "outlet", "year": "year"}),
    "actors": ("/actors", "Actors", {"type": "type", "country": "country"}),
    "articles": ("/articles", "Articles", {"source": "outlet", "year": "year"}),
    "statements": ("/statements", "Statements", {"speaker": "speaker", "outlet": "outlet", "year": "year"}),
}


def marked(text: str | None, words: set[str]) -> list[dict[str, Any]]:
    """The text in pieces, the words of the search marked (each piece is escaped by the
    template: nothing here is markup)."""
    text = text or ""
    if not words:
        return [{"text": text, "hit": False}]
    out, last = [], 0
    for m in _WORD.finditer(text):
        if m.group().lower() in words:
            if m.start() > last:
                out.append({"text": text[last:m.start()], "hit": False})
            out.append({"text": m.group(), "hit": True})
            last = m.end()
    if last < len(text):
        out.append({"text": text[last:], "hit": False})
    return out


def query_filters(request: Request, names) -> dict[str, str]:
    """The URL's values for these parameters (the others are ignored), each capped."""
    return {k: v[:500] for k, v in request.query_params.items() if k in names and v}


def pager(url, offset: int, limit: int, total: int) -> tuple[str | None, str | None]:
    """The next and the previous page's URLs: this one with another offset."""
    nxt = str(url.include_query_params(offset=offset + limit)) if offset + limit < total else None
    prev = str(url.include_query_params(offset=max(0, offset - limit))) if offset > 0 else None
    return nxt, prev


def _csv_lines(rows: Iterator[tuple]) -> Iterator[str]:
    buf = io.StringIO()
    writer = csv.writer(buf)
    for row in rows:
        writer.writerow(["|".join(str(x) for x in v) if isinstance(v, list) else v for v in row])
        if buf.tell() > 64_000:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()


def list_page(ctx, request: Request, name: str, limit: int, offset: int, order: str | None,
              extra: dict | None = None):
    """The page, its .json twin or its .csv download, by the path's suffix."""
    filters = query_filters(request, list_filters(name))
    store = ctx.store()
    path = request.url.path
    if path.endswith(".csv"):
        return StreamingResponse(_csv_lines(store.browse_rows(name, filters, order=order)),
                                 media_type="text/csv; charset=utf-8",
                                 headers={"Content-Disposition": f'attachment; filename="{name}.csv"'})
    with store.session():
        page = store.browse(name, filters, order=order, limit=limit, offset=offset)
        if extra is not None and "articles" in extra:
            extra = {**extra, "articles": extra["articles"](store)}
    url = request.url
    base, title, labels = PAGES[name]
    words = terms(filters.get("q", "")) if name in ("quotes", "statements") else set()
    for row in page["rows"]:
        if "text" in row:
            row["marked"] = marked(row["text"], words)
    # a facet's value sets the filter of the same name
    facets = [{"name": f, "label": labels.get(f, f), "active": filters.get(f),
               "options": [{**v, "url": str(url.include_query_params(**{f: v["value"]})
                                           .remove_query_params("offset"))} for v in vals]}
              for f, vals in page["facets"].items()]
    active = [{"name": k, "value": v, "remove": str(url.remove_query_params([k, "offset"]))}
              for k, v in filters.items()]
    nxt, prev = pager(url, offset, limit, page["total"])
    query = url.query
    data = {"list": name, "title": title, "path": base, "filters": filters,
            "search_params": list_filters(name), "total": page["total"],
            "limit": limit, "offset": offset, "order": page["order"], "orders": list(LISTS[name].orders),
            "rows": page["rows"], "facets": {f["name"]: page["facets"][f["name"]] for f in facets},
            "facet_links": facets, "active": active, "next": nxt, "prev": prev,
            "json": f"{base}.json" + (f"?{query}" if query else ""),
            "csv": f"{base}.csv" + (f"?{query}" if query else ""),
            "order_links": {o: str(url.include_query_params(order=o).remove_query_params("offset"))
                            for o in LISTS[name].orders}}
    if name == "quotes":
        data["quotes"] = data["rows"]      # the search page's name for them
        data["q"] = filters.get("q", "")
    data.update(extra or {})
    return ctx.respond(request, "list.html", data)


def add_list_pages(app, ctx) -> None:
    def register(name: str):
        base = PAGES[name][0]
        first_order = next(iter(LISTS[name].orders))

        def handler(request: Request, limit: int = Query(50, ge=1, le=MAX_PAGE),
                    offset: int = Query(0, ge=0, le=10**9),
                    order: str = Query(first_order, max_length=20)):
            extra = None
            if name == "quotes" and request.query_params.get("q", "").strip():
                text = request.query_params["q"][:500]
                extra = {"articles": lambda store: store.search_articles(text, 10, 0)}
            return list_page(ctx, request, name, limit, offset, order, extra)

        handler.__name__ = f"list_{name}"
        for suffix in (".csv", ".json", ""):
            app.get(base + suffix, response_class=HTMLResponse, include_in_schema=False)(handler)

    for name in PAGES:
        register(name)


__all__ = ["add_list_pages", "marked", "pager", "query_filters", "PAGES"]
