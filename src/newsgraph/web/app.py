"""`newsgraph serve`: HTML pages over a store, each with a JSON twin, and a REST API.

Article text is hostile: templates autoescape everything and nothing from an article is
ever marked safe; every query is parameterised and runs on a read-only connection;
request bodies are size-limited; the server binds to 127.0.0.1 unless told otherwise.
"""
from __future__ import annotations

import json
from pathlib import Path

from fastapi import FastAPI, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from fastapi.staticfiles import StaticFiles

from ..errors import NewsgraphError, StoreError
from ..nlp.events.check import packaged_event_check
from ..store import open_store
from .extract import DEFAULT_MAX_CHARS, DEFAULT_TIMEOUT, EXTRACT_BODY_SCHEMA, ApiError, ExtractService, read_json_body
from .guards import allowed_hosts as guard_hosts, error_body, install_guards
from .highlight import article_segments
from .lists import MAX_PAGE, add_list_pages
from .views import add_views

TEMPLATES = Path(__file__).parent / "templates"
STATIC = Path(__file__).parent / "static"
MAX_BODY = 1_000_000           # bytes accepted by POST /api/extract


# every API error answers in one shape; the OpenAPI document says which statuses can come
ERROR_SCHEMA = {"type": "object", "required": ["error"], "properties": {"error": {
    "type": "object", "required": ["status", "type", "message"],
    "properties": {"status": {"type": "integer"}, "type": {"type": "string"}, "message": {"type": "string"}}}}}


def _errors(*statuses: int) -> dict:
    text = {400: "bad request or Host", 403: "cross-site request", 404: "not found", 413: "body or article too large",
            415: "not application/json", 422: "invalid parameters", 503: "store unavailable, busy or timed out"}
    return {s: {"description": text[s], "content": {"application/json": {"schema": ERROR_SCHEMA}}} for s in statuses}


READ_ERRORS = _errors(400, 404, 422, 503)


class _Context:
    """What the route handlers share: the store, the templates, the limits."""

    def __init__(self, db: str | Path, max_body: int, origins: frozenset[str], extract: ExtractService):
        self.db = Path(db)
        self.max_body = max_body
        self.origins = origins
        self.templates = Jinja2Templates(directory=str(TEMPLATES))   # autoescape is on for .html
        # the event lists, network and map offer the events the check passes (min_check)
        self.templates.env.globals["event_check_threshold"] = packaged_event_check().threshold
        self.extract = extract

    def store(self):
        try:
            return open_store(self.db)
        except StoreError as exc:
            raise ApiError(503, exc.type, exc.message) from exc

    def respond(self, request: Request, template: str, data: dict, status: int = 200):
        if request.url.path.endswith(".json"):
            return JSONResponse(_jsonable(data), status_code=status)
        return self.templates.TemplateResponse(request, template, {"data": data}, status_code=status)


def create_app(db: str | Path, *, max_body: int = MAX_BODY, model: str | None = None,
               host: str | None = None, allowed_hosts: tuple[str, ...] = (), allowed_origins: tuple[str, ...] = (),
               max_chars: int = DEFAULT_MAX_CHARS, timeout: float = DEFAULT_TIMEOUT, workers: int = 1) -> FastAPI:
    """The web app over a store. It answers only for 127.0.0.1, localhost, `host` and
    `allowed_hosts`; POST /api/extract only for its own origin and `allowed_origins`."""
    app = FastAPI(title="newsgraph", description="Who said what, who did what to whom, when.",
                  version="0.1.0")
    service = ExtractService(model, workers=workers, timeout=timeout, max_chars=max_chars)
    ctx = _Context(db, max_body, frozenset(allowed_origins), service)
    install_guards(app, hosts=guard_hosts(host, allowed_hosts), max_body=max_body)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    _add_error_handlers(app, ctx)
    add_list_pages(app, ctx)
    add_views(app, ctx)
    _add_pages(app, ctx)
    _add_api(app, ctx)
    return app


def _add_error_handlers(app: FastAPI, ctx: _Context) -> None:
    templates = ctx.templates

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError):
        return _error_response(request, templates, exc.status, exc.type, exc.message)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException):
        response = _error_response(request, templates, exc.status_code, "HTTPError", str(exc.detail))
        for key, value in (exc.headers or {}).items():     # "Allow" on a 405
            response.headers[key] = value
        return response

    @app.exception_handler(NewsgraphError)
    async def _ng_error(request: Request, exc: NewsgraphError):
        return _error_response(request, templates, 400, exc.type, exc.message)

    from fastapi.exceptions import RequestValidationError

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        msg = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
        return _error_response(request, templates, 422, "ValidationError", msg)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        return _error_response(request, templates, 500, "InternalError", "the server failed on this request")



def _add_pages(app: FastAPI, ctx: _Context) -> None:
    store, respond = ctx.store, ctx.respond

    # -- pages with JSON twins (the lists, overview, actor, timeline, network and map: lists.py, views.py)
    # ids may hold "/" (files named by their path): the path converter takes them whole
    @app.get("/articles/{article_id:path}", response_class=HTMLResponse, include_in_schema=False)
    @app.get("/articles/{article_id:path}.json", include_in_schema=False)   # registered first: wins
    def article_page(request: Request, article_id: str):
        with store().session() as s:
            return respond(request, "article.html", _article(s, article_id))

    @app.get("/statements/{statement_id}", response_class=HTMLResponse, include_in_schema=False)
    @app.get("/statements/{statement_id}.json", include_in_schema=False)
    def statement_page(request: Request, statement_id: str):
        return respond(request, "statement.html", _statement(store(), statement_id))


def _add_api(app: FastAPI, ctx: _Context) -> None:
    store, max_body = ctx.store, ctx.max_body

    # -- REST API -------------------------------------------------------------------------
    def page(items: list[dict], request: Request, limit: int, offset: int) -> dict:
        nxt = None
        if len(items) == limit:
            nxt = str(request.url.include_query_params(offset=offset + limit))
        return {"items": _jsonable(items), "limit": limit, "offset": offset, "next": nxt}

    @app.get("/api/articles", responses=READ_ERRORS)
    def api_articles(request: Request, limit: int = Query(50, ge=1, le=MAX_PAGE),
                     offset: int = Query(0, ge=0, le=10**9)):
        return page(store().articles(limit=limit, offset=offset).to_dicts(), request, limit, offset)

    @app.get("/api/articles/{article_id:path}", responses=READ_ERRORS)
    def api_article(article_id: str):
        return JSONResponse(_jsonable(_article(store(), article_id)))

    @app.get("/api/quotes", responses=READ_ERRORS)
    def api_quotes(request: Request, speaker: str | None = Query(None, max_length=200),
                   q: str | None = Query(None, max_length=500),
                   since: str | None = Query(None, max_length=32), until: str | None = Query(None, max_length=32),
                   limit: int = Query(50, ge=1, le=MAX_PAGE), offset: int = Query(0, ge=0, le=10**9)):
        rows = store().quotes(speaker=speaker, about=q, since=since, until=until, limit=limit, offset=offset)
        return page(rows.to_dicts(), request, limit, offset)

    @app.get("/api/events", responses=READ_ERRORS)
    def api_events(request: Request, actor: str | None = Query(None, max_length=200),
                   recipient: str | None = Query(None, max_length=200),
                   type: str | None = Query(None, max_length=32),
                   min_check: float | None = Query(None, ge=0, le=1),
                   limit: int = Query(50, ge=1, le=MAX_PAGE), offset: int = Query(0, ge=0, le=10**9)):
        rows = store().events(actor=actor, recipient=recipient, type=type, min_check=min_check,
                              limit=limit, offset=offset)
        return page(rows.to_dicts(), request, limit, offset)

    @app.get("/api/actors", responses=READ_ERRORS)
    def api_actors(request: Request, name: str | None = Query(None, max_length=200),
                   limit: int = Query(50, ge=1, le=MAX_PAGE), offset: int = Query(0, ge=0, le=10**9)):
        return page(store().actors(name=name, limit=limit, offset=offset).to_dicts(), request, limit, offset)

    @app.get("/api/statements", responses=READ_ERRORS)
    def api_statements(request: Request, speaker: str | None = Query(None, max_length=200),
                       min_outlets: int = Query(1, ge=1, le=10_000),
                       since: str | None = Query(None, max_length=32), until: str | None = Query(None, max_length=32),
                       limit: int = Query(50, ge=1, le=MAX_PAGE), offset: int = Query(0, ge=0, le=10**9)):
        """Statements: quotes of one utterance across articles and outlets, most widely carried first."""
        rows = store().statements(speaker=speaker, min_outlets=min_outlets, since=since, until=until,
                                  limit=limit, offset=offset)
        return page(rows.to_dicts(), request, limit, offset)

    @app.get("/api/statements/{statement_id}", responses=READ_ERRORS)
    def api_statement(statement_id: str):
        """One statement: its occurrences in time order with their wording marked, variants, citations."""
        return JSONResponse(_jsonable(_statement(store(), statement_id)))

    @app.get("/api/outlets", responses=READ_ERRORS)
    def api_outlets():
        """Who cites whom: (citing, cited, quotes, linked to the cited outlet's own article)."""
        return {"items": _jsonable(store().outlet_graph())}

    @app.post("/api/extract", responses=_errors(400, 403, 413, 415, 503),
              openapi_extra={"requestBody": {"required": True, "content": {
                  "application/json": {"schema": EXTRACT_BODY_SCHEMA}}}})
    async def api_extract(request: Request):
        """Extract one article sent as JSON (`text` or `html`, optional metadata)."""
        body = await read_json_body(request, max_body, ctx.origins)
        article = ctx.extract.article(body)
        return JSONResponse(await ctx.extract.run(article))


def _error_response(request: Request, templates, status: int, type_: str, message: str):
    body = error_body(status, type_, message)
    path = request.url.path
    if path.startswith("/api/") or path.endswith(".json") or path == "/openapi.json":
        return JSONResponse(body, status_code=status)
    return templates.TemplateResponse(request, "error.html", {"data": body["error"]}, status_code=status)


def _jsonable(value):
    return json.loads(json.dumps(value, default=str))


def _article(s, article_id: str) -> dict:
    page = s.article_page(article_id)
    if page is None:
        raise ApiError(404, "NotFound", f"no article {article_id!r}")
    art, quotes, events = page["article"], page["quotes"], page["events"]
    segments = article_segments(art.get("text") or "", quotes, events)
    hover = {q["quote_id"]: " · ".join(x for x in (
        q.get("actor_name") or q.get("speaker_name") or "unknown speaker",
        f"via {q['reported_by']}" if q.get("reported_by") else "", q.get("medium") or "",
        q.get("date_value") or "") if x) for q in quotes}
    for seg in segments:
        if seg["quote"]:
            seg["title"] = hover.get(seg["quote"], "")
    for e in events:
        actors = set(e.get("actor_names") or [])
        e["shown_recipients"] = [r for r in e.get("recipient_names") or [] if r not in actors]
        e["mutual"] = bool(e.get("recipient_names")) and not e["shown_recipients"]
    reach = s.quote_statement(article_id)
    for q in quotes:
        q["statement"] = reach.get(q["quote_id"])
    return {**page, "segments": segments}


def _statement(s, statement_id: str) -> dict:
    found = s.statement(statement_id)
    if found is None:
        raise ApiError(404, "NotFound", f"no statement {statement_id!r}")
    return found
