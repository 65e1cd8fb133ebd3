"""The research pages: overview, actor, timeline, network and map, each with a JSON twin.
The network and the map draw in the browser (vendored cytoscape, d3-geo) from the JSON
the page embeds; everything else is rendered here and escaped by the templates."""
from __future__ import annotations

from fastapi import Query, Request
from fastapi.responses import HTMLResponse

from ..plover import COOPERATION_TYPES, EVENT_TYPES
from .extract import ApiError
from .lists import MAX_PAGE, pager, query_filters
from .timeline import layout, series_counts

TIMELINE_FILTERS = ("actor", "recipient", "country", "type", "quad", "since", "until")
TIMELINE_QUOTE_FILTERS = ("speaker", "source", "kind", "q", "since", "until")
NETWORK_FILTERS = ("type", "quad", "country", "since", "until", "source", "min_check")


def add_views(app, ctx) -> None:
    store, respond = ctx.store, ctx.respond

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    @app.get("/index.json", include_in_schema=False)
    def overview(request: Request):
        with store().session() as s:
            return respond(request, "index.html", _overview(s))

    @app.get("/actors/{actor_id:path}", response_class=HTMLResponse, include_in_schema=False)
    @app.get("/actors/{actor_id:path}.json", include_in_schema=False)
    def actor_page(request: Request, actor_id: str, limit: int = Query(50, ge=1, le=MAX_PAGE),
                   offset: int = Query(0, ge=0, le=10**9)):
        with store().session() as s:
            return respond(request, "actor.html", _actor(s, request, actor_id, limit, offset))

    @app.get("/timeline.json", include_in_schema=False)
    @app.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
    def timeline_page(request: Request, what: str = Query("events", pattern="^(events|quotes)$"),
                      step: str = Query("", pattern="^(|day|week|month|year)$")):
        with store().session() as s:
            return respond(request, "timeline.html", _timeline(s, request, what, step or None))

    @app.get("/graph.json", include_in_schema=False)
    @app.get("/graph", response_class=HTMLResponse, include_in_schema=False)
    def graph_page(request: Request, top: int = Query(40, ge=1, le=MAX_PAGE)):
        filters = query_filters(request, NETWORK_FILTERS)
        net = store().network(filters, top=top)
        for e in net["edges"]:
            e["kind"] = "cooperation" if e["type"] in COOPERATION_TYPES else "conflict"
        return respond(request, "graph.html", {**net, "filters": filters, "top": top,
                                               "types": sorted(EVENT_TYPES)})

    @app.get("/map.json", include_in_schema=False)
    @app.get("/map", response_class=HTMLResponse, include_in_schema=False)
    def map_page(request: Request):
        filters = query_filters(request, ("type", "quad", "since", "until", "country", "min_check"))
        with store().session() as s:
            return respond(request, "map.html", _map(s, filters))


def _overview(s) -> dict:
    statements = s.browse("statements", {"min_outlets": 2}, limit=5, facets=False)["rows"]
    types = [{**t, "quad": EVENT_TYPES[t["type"]].quad if t["type"] in EVENT_TYPES else None}
             for t in s.event_type_counts()]
    return {"stats": s.stats(), "latest": s.articles(limit=10).to_dicts(),
            "speakers": s.top_speakers(15), "statements": statements, "event_types": types,
            "outlets": s.browse("articles", {}, limit=1)["facets"]["source"]}


def _map(s, filters: dict) -> dict:
    data = {"filters": filters, "countries": s.events_by_country(filters), "types": sorted(EVENT_TYPES)}
    country = filters.get("country")
    if country:
        data["events"] = s.browse("events", filters, limit=50, facets=False)
        data["actors"] = s.browse("actors", {"country": country}, order="articles", limit=20,
                                  facets=False)["rows"]
    return data


def _actor(s, request: Request, actor_id: str, limit: int, offset: int) -> dict:
    actor = s.actor(actor_id)
    if actor is None:
        raise ApiError(404, "NotFound", f"no actor {actor_id!r}")
    if actor.get("merged_into"):
        merged = s.actor(actor["merged_into"])
        actor = {**actor, "merged_into_name": merged["name"] if merged else None}
    quotes = s.browse("quotes", {"actor_id": actor_id}, limit=limit, offset=offset, facets=False)
    nxt, prev = pager(request.url, offset, limit, quotes["total"])
    activity = s.actor_activity(actor_id)
    counts = series_counts([(r["day"], r["what"]) for r in activity])
    return {"actor": actor, "profile": s.actor_profile(actor_id),
            "quotes": quotes["rows"], "quotes_total": quotes["total"], "limit": limit, "offset": offset,
            "next": nxt, "prev": prev,
            "events_as_actor": s.actor_events(actor_id, "actor", 100),
            "events_as_recipient": s.actor_events(actor_id, "recipient", 100),
            "partners": s.actor_partners(actor_id),
            "activity": {"step": counts["step"], "buckets": counts["buckets"], "before": counts["before"],
                         "after": counts["after"]},
            "chart": layout(counts, width=700, height=90)}


def _timeline(s, request: Request, what: str, step: str | None) -> dict:
    if what == "quotes":
        filters = query_filters(request, TIMELINE_QUOTE_FILTERS)
        items = [(day, kind or "quote", n) for day, kind, n in s.browse_counts("quotes", "kind", filters)]
    else:
        filters = query_filters(request, TIMELINE_FILTERS)
        items = s.browse_counts("events", "type", filters)
    # a range the user chose is shown whole
    counts = series_counts(items, step, trim=not (filters.get("since") or filters.get("until")))
    return {"what": what, "filters": filters, "step": counts["step"], "buckets": counts["buckets"],
            "series": counts["series"], "dated": counts["dated"], "undated": counts["undated"],
            "before": counts["before"], "after": counts["after"],
            what: counts["dated"] + counts["undated"] + counts["before"] + counts["after"],
            "chart": layout(counts), "types": sorted(EVENT_TYPES)}


__all__ = ["add_views"]
