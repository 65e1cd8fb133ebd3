


def test_overview_and_its_json_twin(client):
    html = client.get("/")
    assert html.status_code == 200 and "Most quoted" in html.text
    data = client.get("/index.json").json()
    assert data["stats"]["articles"] == 8 and data["speakers"]


def test_article_page_highlights_and_escapes(client):
    page = client.get("/articles/harbour-talks")
    assert page.status_code == 200
    assert 'class="hl-speaker"' in page.text and 'class="hl-cue"' in page.text and 'class="hl-content"' in page.text
    evil = client.get("/articles/evil%3Cscript%3E")
    assert evil.status_code == 200
    assert "<script>alert(" not in evil.text and "&lt;script&gt;alert(" in evil.text
    assert "<img src=x" not in evil.text


def test_article_json_twin_and_api_agree(client):
    twin = client.get("/articles/harbour-talks.json").json()
    api = client.get("/api/articles/harbour-talks").json()
    assert twin == api and twin["article"]["article_id"] == "harbour-talks" and twin["quotes"]


def test_actor_page_lists_quotes_and_events(client):
    actors = client.get("/api/actors", params={"name": "Mendez"}).json()["items"]
    assert actors and actors[0]["name"] == "Carla Mendez"
    data = client.get(f"/actors/{actors[0]['actor_id']}.json").json()
    assert len(data["quotes"]) == 2 and data["events_as_actor"]
    assert client.get(f"/actors/{actors[0]['actor_id']}").status_code == 200


def test_search_timeline_graph(client):
    data = client.get("/search.json", params={"q": "whole season"}).json()
    assert data["quotes"] and all("season" in q["text"].lower() for q in data["quotes"])
    assert client.get("/search", params={"q": "<script>"}).status_code == 200
    t = client.get("/timeline.json", params={"actor": "Chile"}).json()
    assert t["events"] >= 1 and t["buckets"] and sum(b["total"] for b in t["buckets"]) == t["dated"]
    assert "<svg" in client.get("/timeline").text
    g = client.get("/graph.json").json()
    assert g["edges"] and {e["kind"] for e in g["edges"]} <= {"cooperation", "conflict"}
    ids = {n["id"] for n in g["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids for e in g["edges"])
    assert 'id="network-data"' in client.get("/graph").text


def test_quotes_events_api_with_pagination(client):
    page = client.get("/api/quotes", params={"speaker": "Brell", "limit": 1}).json()
    assert len(page["items"]) == 1 and page["next"] and "offset=1" in page["next"]
    nxt = client.get(page["next"]).json()
    assert nxt["items"] and nxt["items"][0] != page["items"][0]
    ev = client.get("/api/events", params={"type": "CONSULT"}).json()["items"]
    assert ev and all(e["type"] == "CONSULT" for e in ev)
    every = client.get("/api/events", params={"limit": 500}).json()["items"]
    cut = max(e["check"] for e in every)
    sure = client.get("/api/events", params={"limit": 500, "min_check": cut}).json()["items"]
    assert sure == [e for e in every if e["check"] >= cut] and len(sure) < len(every)
    sure_page = client.get("/events.json", params={"min_check": cut}).json()
    assert sure_page["total"] == len(sure)
    assert client.get("/api/events", params={"min_check": 2}).status_code == 422
    for page in ("/events", "/graph", "/map"):
        plain, sure = client.get(page).text, client.get(page, params={"min_check": cut}).text
        assert 'name="min_check"' in plain and 'name="min_check" value="0.' in plain
        assert "surer events only" in plain and " checked>" not in plain.split('name="min_check"')[1][:60]
        assert " checked>" in sure.split('name="min_check"')[-1][:60]
    assert 'name="min_check"' not in client.get("/search").text
    edges = client.get("/graph.json", params={"min_check": 1}).json()["edges"]
    assert edges == []
    assert client.get("/map.json", params={"min_check": 1}).json()["countries"] == []


def test_one_error_shape(client):
    for url in ("/api/articles/nope", "/articles/nope.json", "/api/quotes?limit=0", "/api/nothing"):
        r = client.get(url)
        assert r.status_code in {404, 422}, url
        body = r.json()
        assert set(body) == {"error"} and {"status", "type", "message"} <= set(body["error"])
    page = client.get("/articles/nope")
    assert page.status_code == 404 and "text/html" in page.headers["content-type"]


def test_post_extract(client):
    r = client.post("/api/extract", json={"text": "Mayor Ann Lee said the bridge would reopen.",
                                         "published": "2023-03-20"})
    assert r.status_code == 200 and r.json()["quotes"][0]["speaker"]["name"] == "Ann Lee"
    bad = client.post("/api/extract", content=b"not json", headers={"content-type": "application/json"})
    assert bad.json()["error"]["type"] == "InvalidJSON"
    assert client.post("/api/extract", content=b"not json").status_code == 415
    assert client.post("/api/extract", json={"text": 5}).status_code == 400
    big = client.post("/api/extract", json={"text": "x" * 1_100_000})
    assert big.status_code == 413 and big.json()["error"]["type"] == "PayloadTooLarge"


def test_openapi(client):
    spec = client.get("/openapi.json").json()
    assert "/api/quotes" in spec["paths"] and "/api/extract" in spec["paths"]


def test_highlights_carry_the_resolved_speaker_on_hover(client):
    page = client.get("/articles/drought-roundup").text
    assert 'title="Elena Marsh · via Andean Herald' in page


def test_statement_pages_trace_a_quote_through_two_outlets(client):
    listed = client.get("/api/statements", params={"min_outlets": 2}).json()["items"]
    assert len(listed) == 1 and listed[0]["speaker"] == "Tomas Brell"
    assert listed[0]["outlets"] == ["Bay Herald", "Coastal Wire"] and listed[0]["first_source"] == "Coastal Wire"
    sid = listed[0]["statement_id"]
    api = client.get(f"/api/statements/{sid}").json()
    assert api == client.get(f"/statements/{sid}.json").json()
    assert [o["source"] for o in api["occurrences"]] == ["Coastal Wire", "Bay Herald"]
    assert api["actor"] == "Tomas Brell" and api["actor_id"]
    assert api["citations"][0]["cited_article_id"] == "harbour-talks"
    page = client.get(f"/statements/{sid}")
    assert page.status_code == 200 and "Bay Herald" in page.text and "Timeline" in page.text
    assert client.get("/statements").status_code == 200
    csv = client.get("/statements.csv", params={"min_outlets": 2})
    assert csv.headers["content-type"].startswith("text/csv") and csv.text.count("\n") == 2
    assert "carried by 2 outlet(s)" in client.get("/articles/harbour-followup").text
    assert client.get("/api/statements/nope").status_code == 404
    graph = client.get("/api/outlets").json()["items"]
    assert {"citing": "bay herald", "cited": "coastal wire", "quotes": 1, "linked": 1} in graph


# ECMA-262's \s, the dialect of an OpenAPI pattern (not Python's, which adds U+001C-U+001F and U+0085)
ECMA_SPACE = "\t\n\v\f\r \xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a" \
             "\u2028\u2029\u202f\u205f\u3000\ufeff"


def test_a_text_the_schema_allows_is_never_one_the_server_calls_empty():
    import re

    from newsgraph.web.extract import TEXT_PATTERN
    assert TEXT_PATTERN.startswith("[^\\s") and TEXT_PATTERN.endswith("]")
    ecma = re.compile("[^" + re.escape(ECMA_SPACE) + TEXT_PATTERN[len("[^\\s"):])
    allowed_but_empty = [hex(i) for i in range(0x3000 + 1) if ecma.fullmatch(chr(i)) and not chr(i).strip()]
    assert allowed_but_empty == []


def test_separator_characters_alone_are_refused_as_empty_text(client):
    response = client.post("/api/extract", json={"text": "\x1d\x1c "})
    assert response.status_code == 400 and response.json()["error"]["type"] == "EmptyArticleError"
