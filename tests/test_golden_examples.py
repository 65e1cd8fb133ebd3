"""Golden tests on the example articles shipped in the package: they run from a bare clone."""
import pytest

import newsgraph
from newsgraph.demo import examples_dir
from newsgraph.model import Article

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def records():
    items = list(newsgraph.read_paths([examples_dir()]))
    assert all(isinstance(i, Article) for i in items), items
    return {r.article.id: r for r in newsgraph.extract_articles(items)}


def _quote(record, fragment):
    found = [q for q in record.quotes if fragment in q.text]
    assert found, f"no quote with {fragment!r}: {[q.text for q in record.quotes]}"
    return found[0]


def test_every_example_is_read_with_its_metadata(records):
    assert set(records) == {"harbour-talks", "drought-roundup", "transcript-energy", "summit-page",
                            "ministry-statement", "trade-note", "harbour-followup"}
    harbour = records["harbour-talks"].article
    assert (harbour.published, harbour.source) == ("2024-05-14", "Coastal Wire")
    assert harbour.title.startswith("Chile and Peru agree")
    page = records["summit-page"].article
    assert (page.published, page.source) == ("2024-05-17", "The Meridian Post")
    assert "ADVERTISEMENT" not in page.text and "Subscribe" not in page.text


def test_wire_copy_split_quote_with_its_speaker_and_medium(records):
    r = records["harbour-talks"]
    q = _quote(r, "We have lost a whole season")
    assert q.kind == "direct" and len(q.content) == 2          # split around "Vidal told reporters"
    assert q.speaker.name == "Rosa Vidal" and q.medium == "remarks to reporters"
    assert "Our fishermen cannot wait another year." in q.text
    q = _quote(r, "We are not asking for anything new")
    assert q.speaker.name == "Tomas Brell" and q.date.value == "2024-05-14"
    assert _quote(r, "Every week without an agreement").speaker.name == "Ana Quiroga"


def test_wire_copy_dates_and_events(records):
    r = records["harbour-talks"]
    meet = next(e for e in r.events if e.trigger_text == "meet")
    assert meet.type == "CONSULT" and meet.date.value == "2024-W21"     # "next week"
    assert any(e.type == "COERCE" and e.trigger_text == "detained" for e in r.events)
    assert any(e.type == "ACCUSE" and [a.text for a in e.recipient] == ["Chilean crews"] for e in r.events)
    monday = next(d for d in r.dates if d.text.startswith("Monday"))
    assert monday.value.startswith("2024-05-13")


def test_aggregator_sources_are_the_outlets_cited(records):
    r = records["drought-roundup"]
    q = _quote(r, "a state of emergency")
    assert q.speaker.name == "Elena Marsh" and q.reported_by == "Andean Herald"
    assert _quote(r, "reservoirs in the region").speaker.name == "Radio Sur"
    post = _quote(r, "I have asked the national government for help")
    assert post.kind == "direct" and post.speaker.name == "Elena Marsh"
    assert post.date.value.startswith("2024-05-15")                      # "Wednesday night"


def test_transcript_turns_are_quotes_of_the_labelled_speaker(records):
    r = records["transcript-energy"]
    turns = [q for q in r.quotes if q.speaker and q.speaker.text == "VARGA"]
    assert len(turns) == 3 and all(q.kind == "direct" for q in turns)
    assert any("Prices will fall" in q.text for q in turns)
    voss = _quote(r, "promising what she cannot deliver")
    assert voss.kind == "mixed" and voss.speaker.name == "Piet Voss"


def test_jsonl_articles_and_mixed_quotes(records):
    r = records["ministry-statement"]
    assert r.article.source == "Ministry of Transport"
    q = _quote(r, "unacceptable for the families")
    assert q.kind == "mixed" and q.speaker.name == "Carla Mendez"
    assert _quote(r, "We will stay out").speaker.name == "Hugo Salas"
    rios = _quote(records["trade-note"], "It is a small step")
    assert rios.speaker.name == "Clara Rios" and len(rios.content) == 2


def test_web_page_quotes(records):
    r = records["summit-page"]
    q = _quote(r, "This river feeds eleven million people")
    assert q.speaker.name == "Marco Leal" and "We cannot keep treating it as a drain." in q.text
    assert _quote(r, "A pledge is not a treatment plant").speaker.name == "Dara Okoye"


def test_demo_builds_a_store_whose_queries_return_rows(tmp_path):
    from click.testing import CliRunner
    from newsgraph.cli import main
    out = CliRunner().invoke(main, ["demo", str(tmp_path / "demo")])
    assert out.exit_code == 0, out.output
    assert "Rosa Vidal" in out.output and "newsgraph serve --db" in out.output
    db = str(tmp_path / "demo" / "newsgraph.duckdb")
    for args in (["quotes", "--speaker", "Rosa Vidal", "--about", "season", "--since", "2024-05-01"],
                 ["events", "--actor", "Chile", "--type", "AGREE"], ["actors", "--name", "Varga"]):
        res = CliRunner().invoke(main, [*args, "--db", db, "--format", "jsonl"])
        assert res.exit_code == 0 and res.output.strip(), (args, res.output)
    store = newsgraph.open(db)
    assert store.quotes(speaker="Rosa Vidal").to_dicts()
    again = CliRunner().invoke(main, ["demo", str(tmp_path / "demo")])
    assert again.exit_code == 0 and store.stats()["articles"] == 7      # a rerun adds nothing
