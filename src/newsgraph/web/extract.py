"""POST /api/extract: read a bounded JSON body, run the pipeline off the event loop in a
small pool with a timeout, so that no request can freeze the server for the others."""
from __future__ import annotations

import asyncio
import json
from concurrent.futures import ThreadPoolExecutor
from datetime import date

from fastapi import Request

from .guards import same_origin

DEFAULT_MAX_CHARS = 200_000      # the API's article limit (the CLI's is --max-chars)
DEFAULT_TIMEOUT = 60.0           # seconds one extraction may take before the client is told
# one character that is not white space to the server (Python's str.isspace). The schema's
# regex dialect (ECMA-262) leaves the separators U+001C-U+001F and U+0085 out of \s, and a
# text of those alone is refused as empty: the class names them.
TEXT_PATTERN = "[^\\s\\x1c-\\x1f\\x85]"
EXTRACT_BODY_SCHEMA = {
    "type": "object", "required": ["text"], "additionalProperties": True,
    "properties": {
        "text": {"type": "string", "minLength": 1, "maxLength": DEFAULT_MAX_CHARS, "pattern": TEXT_PATTERN,
                 "description": "the article's text, not only white space"},
        "published": {"type": "string", "format": "date", "description": "YYYY-MM-DD"},
        "source": {"type": "string"}, "title": {"type": "string"}, "url": {"type": "string"},
        "author": {"type": "string"}, "id": {"type": "string"},
    },
}


class ApiError(Exception):
    def __init__(self, status: int, type_: str, message: str):
        self.status, self.type, self.message = status, type_, message


async def read_json_body(request: Request, max_body: int, origins: frozenset[str] = frozenset()) -> dict:
    """The request's JSON object: only application/json (no simple cross-site form posts),
    only from this origin, the bytes counted as they arrive (chunked uploads included)."""
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype != "application/json":
        raise ApiError(415, "UnsupportedMediaType", "send the article as application/json")
    if not same_origin(request, origins):
        raise ApiError(403, "CrossOriginRequest", "requests from other sites are refused")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > max_body:
            raise ApiError(413, "PayloadTooLarge", f"request body over {max_body:,} bytes")
        chunks.append(chunk)
    try:
        body = json.loads(b"".join(chunks) or b"{}")
    except (ValueError, UnicodeDecodeError):
        raise ApiError(400, "InvalidJSON", "the body is not JSON") from None
    except RecursionError:
        raise ApiError(400, "InvalidJSON", "the body is JSON nested too deeply") from None
    if not isinstance(body, dict):
        raise ApiError(400, "InvalidRequest", "the body must be a JSON object")
    return body


class ExtractService:
    """One pipeline, run in `workers` threads; callers past the queue's length are told to
    come back, and a call that outlives `timeout` is answered 503 (its thread finishes)."""

    def __init__(self, model: str | None, *, workers: int = 1, timeout: float = DEFAULT_TIMEOUT,
                 max_chars: int = DEFAULT_MAX_CHARS, queue: int = 4):
        self.model, self.timeout, self.max_chars = model, timeout, max_chars
        self.pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="newsgraph-extract")
        self.slots = asyncio.Semaphore(workers + queue)
        self._extractor = None

    def _extract(self, article):
        from ..runner import Extractor
        if self._extractor is None:
            self._extractor = Extractor(self.model)
        return self._extractor.extract(article).to_dict()

    def article(self, body: dict):
        from ..io.readers import article_from_dict
        from ..model import Failure
        item = article_from_dict({"id": "request", **body}, default_id="request", max_chars=self.max_chars)
        if isinstance(item, Failure):
            status = 413 if item.type == "ArticleTooLargeError" else 400
            raise ApiError(status, item.type, item.message)
        if body.get("published") is not None:
            try:
                date.fromisoformat(str(body["published"]))
            except ValueError:
                raise ApiError(400, "InvalidDate", "published must be YYYY-MM-DD") from None
        return item

    async def run(self, article) -> dict:
        if self.slots.locked():
            raise ApiError(503, "Busy", "too many extractions are waiting; try again shortly")
        async with self.slots:
            future = asyncio.get_running_loop().run_in_executor(self.pool, self._extract, article)
            try:
                return await asyncio.wait_for(asyncio.shield(future), self.timeout)
            except asyncio.TimeoutError:
                raise ApiError(503, "ExtractionTimeout",
                               f"the article took over {self.timeout:g} s; send a shorter one") from None
