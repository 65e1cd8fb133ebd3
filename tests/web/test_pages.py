"""The research pages over a made-up port corpus: lists with facets and downloads, the
actor page's paging, the timeline across a new year, the network, the map."""
import csv
import io

import pytest


@pytest.fixture(scope="module")
def port(port_db):
    from fastapi.testclient import TestClient
    from newsgraph.web import create_app
    return TestClient(create_app(port_db, allowed_hosts=("testserver",)), raise_server_exceptions=False)


def _madaki(port):
    return port.get("/api/actors", params={"name": "Ines Madaki"}).json()["items"][0]["actor_id"]


def test_search_narrowed_twice_and_its_csv_equals_its_json(port):
    first = port.get("/search.json", params={"q": "season"}).json()
    assert first["total"] >= 60 and "facets" in first and first["facets"]["speaker"]
    link = next(v for v in first["facets"]["source"] if v["value"] == "Coastal Wire")
    second = port.get("/search.json", params={"q": "season", "source": "Coastal Wire"}).json()
    assert second["total"] == link["count"] == 20
    third = port.get("/search.json", params={"q": "season", "source": "Coastal Wire", "year": "2023"}).json()
    assert 0 < third["total"] < second["total"]
    rows = list(csv.DictReader(io.StringIO(port.get(
        "/search.csv", params={"q": "season", "source": "Coastal Wire", "year": "2023"}).text)))
    assert [(r["article_id"], r["quote_id"]) for r in rows] == [(r["article_id"], r["quote_id"]) for r in third["rows"]]
    html = port.get("/search", params={"q": "season", "source": "Coastal Wire"}).text
    assert "<mark>season</mark>" in html and 'id="download-csv"' in html


@pytest.mark.parametrize("path,filters", [("/events", {"type": "ACCUSE"}), ("/actors", {"type": "GPE"}),
                                          ("/articles", {"source": "Bay Herald"}),
                                          ("/statements", {"min_outlets": "1"})])
def test_every_list_has_facets_paging_and_twins(port, path, filters):
    data = port.get(path + ".json", params={**filters, "limit": 5}).json()
    assert data["total"] >= 1 and len(data["rows"]) <= 5 and data["facets"]
    if data["total"] > 5:
        assert data["next"] and "offset=5" in data["next"]
    csv_rows = list(csv.reader(io.StringIO(port.get(path + ".csv", params=filters).text)))
    assert len(csv_rows) - 1 == data["total"]
    assert port.get(path, params=filters).status_code == 200


def test_an_actor_with_more_than_a_hundred_quotes_is_paged(port):
    aid = _madaki(port)
    page = port.get(f"/actors/{aid}.json").json()
    assert page["quotes_total"] >= 120 and len(page["quotes"]) == 50 and page["next"]
    last = port.get(f"/actors/{aid}.json", params={"offset": 100}).json()
    assert len(last["quotes"]) == page["quotes_total"] - 100 and last["prev"] and not last["next"]
    assert not {q["quote_id"] + q["article_id"] for q in last["quotes"]} & \
        {q["quote_id"] + q["article_id"] for q in page["quotes"]}
    assert all(q["date"][:4].isdigit() for q in page["quotes"])
    assert any(p["name"] == "Kofi Mensah" for p in page["partners"])
    assert page["profile"]["titles"][0]["title"].lower().endswith("commissioner")


def test_the_timeline_reads_across_a_new_year(port):
    data = port.get("/timeline.json", params={"type": "ACCUSE"}).json()
    assert data["step"] == "week" and data["dated"] == 60
    assert {"Jan 2023"} <= {t["text"] for t in data["chart"]["ticks"] if t["year"]}
    assert port.get("/timeline.json", params={"actor": "Ghana"}).json()["events"] >= 60
    empty = port.get("/timeline", params={"actor": "Nobody At All"}).text
    assert 'id="timeline-empty"' in empty and "Nobody At All" in empty
    quotes = port.get("/timeline.json", params={"what": "quotes", "speaker": "Ines Madaki"}).json()
    assert quotes["quotes"] >= 120


def test_the_network_and_the_map(port):
    net = port.get("/graph.json").json()
    assert {"Ghana", "Nigeria", "Ines Madaki"} <= {n["name"] for n in net["nodes"]}
    assert {n["type"] for n in net["nodes"]} <= {"PERSON", "ORG", "GPE", "NORP"}
    only = port.get("/graph.json", params={"type": "CONSULT"}).json()
    assert only["edges"] and {e["type"] for e in only["edges"]} == {"CONSULT"}
    m = port.get("/map.json").json()
    assert {c["country"]: c["events"] for c in m["countries"]}["GHA"] >= 60
    ghana = port.get("/map.json", params={"country": "GHA"}).json()
    assert ghana["events"]["total"] >= 60 and any(a["name"] == "Ghana" for a in ghana["actors"])


@pytest.mark.parametrize("path", ["/", "/search?q=bridge", "/search?q=bridge&source=%3Cb%3EEvil%3C%2Fb%3E+Wire", "/events", "/actors", "/articles", "/statements",
                                  "/timeline", "/timeline?what=quotes", "/graph", "/map", "/map?country=GHA",
                                  "/articles?source=%3Cb%3EEvil%3C%2Fb%3E+Wire"])
def test_hostile_text_is_escaped_on_every_page(port, path):
    html = port.get(path).text
    assert "<script>alert" not in html and "<img src=x" not in html and "<b>Evil</b>" not in html
    if path == "/articles?source=%3Cb%3EEvil%3C%2Fb%3E+Wire":
        assert "&lt;script&gt;alert" in html          # the hostile title is there, as text


def test_hostile_values_show_as_text_where_they_are_listed(port):
    assert "&lt;b&gt;Evil&lt;/b&gt; Wire" in port.get("/articles").text
    assert "&lt;img src=x" in port.get("/search", params={"q": "bridge"}).text
