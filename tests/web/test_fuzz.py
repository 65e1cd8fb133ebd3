"""Property test: no query string makes the API fail with a 500."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ENDPOINTS = ["/api/quotes", "/api/events", "/api/actors", "/api/articles", "/api/statements", "/search.json",
             "/events.json", "/actors.json", "/articles.json", "/statements.json", "/timeline.json", "/graph.json",
             "/map.json", "/index.json"]
PARAMS = ["speaker", "q", "since", "until", "actor", "recipient", "type", "name", "limit", "offset", "source",
          "kind", "country", "year", "quad", "order", "min_outlets", "outlet", "conflict", "top", "what", "step",
          "actor_id", "article"]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=st.sampled_from(ENDPOINTS),
       params=st.dictionaries(st.sampled_from(PARAMS), st.text(max_size=40), max_size=4))
def test_no_500s(client, path, params):
    r = client.get(path, params=params)
    assert r.status_code < 500, (path, params, r.text[:200])
    assert r.headers["content-type"].startswith("application/json")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(article=st.text(min_size=1, max_size=30))
def test_article_ids_never_500(client, article):
    from urllib.parse import quote
    r = client.get("/api/articles/" + quote(article, safe=""))
    assert r.status_code < 500
