"""What stands between the network and the app: a Host allow-list (no DNS rebinding), a body
limit that also counts chunked uploads, and security headers on every response."""
from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")
# pages load their scripts and styles from /static only; nothing inline, nothing framed. The
# one inline stylesheet allowed, by its hash, is the fixed one vendored cytoscape inserts.
CYTOSCAPE_STYLE = "'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='"
SECURITY_HEADERS = {
    "Content-Security-Policy": ("default-src 'none'; script-src 'self'; "
                                f"style-src 'self' {CYTOSCAPE_STYLE}; img-src 'self' data:; "
                                "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def error_body(status: int, type_: str, message: str) -> dict:
    """The one JSON error shape."""
    return {"error": {"status": status, "type": type_, "message": message}}


def host_name(host_header: str) -> str:
    """The name in a Host header, without its port ("[::1]:8000" -> "::1")."""
    host = host_header.strip().lower()
    if host.startswith("["):
        return host[1:host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def allowed_hosts(bind_host: str | None, extra: tuple[str, ...] = ()) -> frozenset[str]:
    names = set(LOCAL_HOSTS) | {h.lower() for h in extra}
    if bind_host and bind_host not in {"0.0.0.0", "::"}:
        names.add(bind_host.lower())
    return frozenset(names)


def _with_headers(response):
    for key, value in SECURITY_HEADERS.items():
        response.headers.setdefault(key, value)
    return response


def install_guards(app: FastAPI, *, hosts: frozenset[str], max_body: int) -> None:
    @app.middleware("http")
    async def guard(request: Request, call_next):
        name = host_name(request.headers.get("host", ""))
        if name not in hosts:
            return _with_headers(JSONResponse(error_body(400, "InvalidHost", "this server does not answer "
                                                         "for that Host name"), status_code=400))
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > max_body):
            return _with_headers(JSONResponse(error_body(413, "PayloadTooLarge",
                                                         f"request body over {max_body:,} bytes"), status_code=413))
        return _with_headers(await call_next(request))


def same_origin(request: Request, extra_origins: frozenset[str] = frozenset()) -> bool:
    """A browser's cross-site request carries an Origin that is not this server's."""
    origin = request.headers.get("origin")
    if origin is None:
        return True         # not sent by a browser page (curl, scripts, the tests)
    if origin in extra_origins:
        return True
    netloc = origin.split("://", 1)[-1].rstrip("/").lower()
    return netloc == request.headers.get("host", "").lower()
