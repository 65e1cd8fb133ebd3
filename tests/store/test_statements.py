"""Statements: quotes of one utterance grouped across articles and outlets."""
import duckdb
import pytest

from newsgraph.io import read_paths
from newsgraph.store import ingest
from newsgraph.store.statements import (aligned, compatible, conflicting, linked, segments, shingles,
                                        speaker_key, variant_of)

from .test_store import write_corpus

PIERS = "We will not raise the ferry fares this year, and we will build two new piers before the winter"
CORPUS = [
    {"id": "wire-1", "published": "2024-05-01", "source": "Coastal Wire",
     "text": f"“{PIERS},” said Harbour Commissioner Ines Madaki on Monday."},
    {"id": "daily-1", "published": "2024-05-02", "source": "Daily",
     "text": f"Harbour Commissioner Ines Madaki said on Monday: “{PIERS.replace('the ferry', '[the] ferry').replace('new', 'more')}.”"},
    {"id": "gazette-1", "published": "2024-05-02", "source": "Gazette",
     "text": "Commissioner Ines Madaki promised that “we will build two new piers before the winter,” according to the Coastal Wire."},
    {"id": "courier-1", "published": "2024-05-03", "source": "Courier",
     "text": "“The winter storms cost the port a great deal of money last year,” Ines Madaki said."},
    {"id": "times-1", "published": "2024-05-03", "source": "Times",
     "text": "“The ferry fares are far too high for the families of this town,” said union leader Tomas Berg."},
]


def test_words_are_normalised_and_an_ellipsis_is_a_break():
    assert segments("“Don’t [the] STOP,” he … said") == [["don't", "stop", "he"], ["said"]]
    a = shingles(segments("we will build two new piers before the winter"))
    b = shingles(segments("We will build two new piers, before the winter!"))
    assert a == b and len(a) == 6
    assert shingles(segments("far too short")) == set()
    # grams of stopwords alone are no evidence: "and that it was" is in everyone's mouth
    assert len(shingles(segments("and that it was the harbour"))) == 1


def test_speakers_agree_by_last_name_and_first_name_when_both_have_one():
    assert speaker_key("Felipe Calderón") == speaker_key("felipe calderon")
    assert compatible("ines madaki", "madaki") and compatible("", "tomas berg")
    assert not compatible("ines madaki", "tomas berg")
    assert not compatible("ines madaki", "oskar madaki")
    assert compatible("i madaki", "ines madaki") and not compatible("o madaki", "ines madaki")
    assert compatible("harbour commissioner ines madaki", "ines madaki")
    assert conflicting(["ines madaki", "tomas berg"]) and not conflicting(["madaki", "ines madaki", ""])


def test_links_need_more_from_a_paraphrase_and_from_a_different_speaker():
    assert linked(5, 7, 20, "madaki", "ines madaki")                 # 0.71 of the fragment
    assert not linked(4, 4, 20, "madaki", "ines madaki")             # too few words
    assert not linked(5, 7, 20, "madaki", "ines madaki", True, False)   # paraphrase needs 0.8
    assert not linked(7, 8, 8, "ines madaki", "tomas berg")          # someone else: 0.8 and 8
    assert linked(9, 10, 10, "ines madaki", "tomas berg")
    assert not linked(9, 10, 10, "ines madaki", "tomas berg", True, False)


def test_words_align_in_runs_so_one_changed_word_costs_one_word():
    a = "we will not raise the ferry fares and we will build two new piers".split()
    b = "we will not raise ferry fares and we will build two more piers".split()
    # content words in "we will not raise" and "ferry fares and we will build two"
    assert aligned(a, b) == 1 + 4
    assert aligned("quiet ferry harbour … night piers winter".split(),
                   "quiet ferry harbour … night piers winter".split()) == 6


def test_a_short_quote_is_a_statement_of_its_own():
    a = variant_of("a total disaster", "Ines Madaki", "direct", ("x", "q1"))
    b = variant_of("a total disaster", "Ines Madaki", "direct", ("y", "q1"))
    c = variant_of(PIERS, "Ines Madaki", "direct", ("x", "q2"))
    d = variant_of(PIERS, "Ines Madaki", "direct", ("y", "q2"))
    assert a.variant_id != b.variant_id and not a.shingles
    assert c.variant_id == d.variant_id and c.shingles


def _tables(path):
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
                for t in ("statements", "quote_statements", "quote_variants", "variant_links")}
    finally:
        con.close()


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("statements")
    path = tmp / "all.duckdb"
    ingest(read_paths([write_corpus(tmp / "all.jsonl", CORPUS)]), path)
    return tmp, path


def test_one_utterance_in_three_outlets_is_one_statement(corpus_store):
    _, path = corpus_store
    con = duckdb.connect(str(path), read_only=True)
    rows = con.execute("""SELECT n_outlets, outlets, first_source, first_published, speaker, conflict, n_variants
                          FROM statements ORDER BY n_outlets DESC, statement_id""").fetchall()
    con.close()
    assert rows[0] == (3, ["Coastal Wire", "Daily", "Gazette"], "Coastal Wire", "2024-05-01", "Ines Madaki", False, 3)
    assert all(r[0] == 1 for r in rows[1:])      # the storm and the union leader stay apart


def test_batches_in_any_order_give_the_statements_of_one_ingest(corpus_store):
    tmp, path = corpus_store
    expected = _tables(path)
    for name, order in (("forward", CORPUS), ("backward", CORPUS[::-1])):
        target = tmp / f"{name}.duckdb"
        for i, article in enumerate(order):
            ingest(read_paths([write_corpus(tmp / f"{name}{i}.jsonl", [article])]), target)
        assert _tables(target) == expected, name


def test_a_replaced_article_leaves_no_trace_in_its_old_statement(corpus_store):
    tmp, path = corpus_store
    target = tmp / "replaced.duckdb"
    ingest(read_paths([write_corpus(tmp / "r.jsonl", CORPUS)]), target)
    changed = dict(CORPUS[0], text="“The harbour will stay open all night,” said Ines Madaki.")
    ingest(read_paths([write_corpus(tmp / "r2.jsonl", [changed])]), target)
    con = duckdb.connect(str(target), read_only=True)
    # without the wire's full quote, the daily's changed wording and the gazette's fragment part
    reach = dict(con.execute("""SELECT qs.article_id, s.outlets FROM quote_statements qs
                                JOIN statements s USING (statement_id)""").fetchall())
    orphans = con.execute("""SELECT count(*) FROM quote_variants v WHERE NOT EXISTS
                             (SELECT 1 FROM quote_statements qs WHERE qs.variant_id = v.variant_id)""").fetchone()[0]
    con.close()
    assert reach["daily-1"] == ["Daily"] and reach["gazette-1"] == ["Gazette"] and orphans == 0
    fresh = tmp / "fresh.duckdb"
    ingest(read_paths([write_corpus(tmp / "r3.jsonl", [changed] + CORPUS[1:])]), fresh)
    assert _tables(fresh) == _tables(target)


def test_a_store_written_by_the_previous_release_is_migrated_with_its_statements(tmp_path):
    """data/store-v5.duckdb.gz: the shipped examples, ingested by newsgraph at schema 5."""
    import gzip
    import shutil
    from pathlib import Path

    from click.testing import CliRunner

    import newsgraph
    from newsgraph.cli import main
    from newsgraph.errors import StoreError
    path = tmp_path / "v5.duckdb"
    with gzip.open(Path(__file__).parent / "data" / "store-v5.duckdb.gz") as src, open(path, "wb") as dst:
        shutil.copyfileobj(src, dst)
    with pytest.raises(StoreError, match="newsgraph migrate"):
        newsgraph.open(path)
    result = CliRunner().invoke(main, ["migrate", "--db", str(path)])
    from newsgraph.store.schema import SCHEMA_VERSION
    assert result.exit_code == 0 and f"schema 5 -> {SCHEMA_VERSION}" in result.output
    store = newsgraph.open(path)
    quotes = store.stats()["quotes"]
    assert quotes == 44
    members = store.sql("SELECT count(*), count(statement_id) FROM quote_statements").rows[0]
    assert members == (quotes, quotes)
    assert store.sql("SELECT sum(n_quotes) FROM statements").rows[0][0] == quotes
    assert CliRunner().invoke(main, ["migrate", "--db", str(path)]).output.strip().endswith("(already current)")


def test_cli_lists_statements_shows_one_with_its_changed_words_and_the_outlet_graph(corpus_store):
    import json

    from click.testing import CliRunner

    from newsgraph.cli import main
    _, path = corpus_store
    run = CliRunner().invoke
    listed = run(main, ["statements", "--db", str(path), "--min-outlets", "2", "--format", "json"])
    rows = json.loads(listed.output)
    assert listed.exit_code == 0 and len(rows) == 1 and rows[0]["first_source"] == "Coastal Wire"
    shown = run(main, ["statement", rows[0]["statement_id"], "--db", str(path)])
    # the longest wording is the reference: the wire's "new" is where the daily says "more"
    assert shown.exit_code == 0 and "«new»" in shown.output and "per Coastal Wire" in shown.output
    assert shown.output.index("wire-1") < shown.output.index("daily-1")
    graph = run(main, ["outlets", "--db", str(path), "--format", "json"])
    assert {"citing": "gazette", "cited": "coastal wire", "quotes": 1, "linked": 1} in json.loads(graph.output)
    missing = run(main, ["statement", "s000", "--db", str(path)])
    assert missing.exit_code == 2 and "no statement" in missing.output


def test_batches_give_the_actors_and_merges_of_one_ingest(corpus_store):
    tmp, path = corpus_store

    def actors(p):
        con = duckdb.connect(str(p), read_only=True)
        try:
            return (con.execute("SELECT actor_id, key, aliases, titles, merged_into FROM actors ORDER BY ALL").fetchall(),
                    con.execute("SELECT article_id, entity_id, actor_id FROM entities ORDER BY ALL").fetchall())
        finally:
            con.close()
    assert actors(tmp / "backward.duckdb") == actors(path) == actors(tmp / "forward.duckdb")
