"""Hostile and colliding inputs: no input stops a run, no article replaces another."""
import json

import pytest

from newsgraph.io import read_paths
from newsgraph.model import Article, Failure


def _items(*paths):
    return list(read_paths([str(p) for p in paths]))


def test_colliding_stems_get_paths_as_ids(tmp_path):
    for year in ("2015", "2016"):
        (tmp_path / year).mkdir()
        (tmp_path / year / "report.txt").write_text(f"Mayor Ann Lee said in {year} the road would reopen.")
    (tmp_path / "report.htm").write_bytes(b"\x00\x01binary")
    (tmp_path / "lone.txt").write_text("Port chief Bo Chan said the strike was over.")
    items = _items(tmp_path)
    ids = [i.id for i in items]
    assert sorted(ids) == ["2015/report", "2016/report", "lone", "report"]
    assert len(set(ids)) == len(ids)
    assert isinstance(next(i for i in items if i.id == "report"), Failure)     # the binary one


def test_the_same_id_twice_in_one_input_is_an_error_for_the_second(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(json.dumps({"id": "x", "text": t}) for t in ("First text.", "Second text.")) + "\n")
    first, second = _items(corpus)
    assert isinstance(first, Article) and first.text == "First text."
    assert isinstance(second, Failure) and second.type == "DuplicateIdError" and second.id != "x"
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "r.txt").write_text("One said so.")
    (tmp_path / "b" / "r.txt").write_text("Two said so.")
    one, two = _items(tmp_path / "a" / "r.txt", tmp_path / "b" / "r.txt")
    assert one.id == "r" and isinstance(two, Failure) and two.id.endswith("r.txt")


def test_lone_surrogates_are_replaced_offsets_kept(tmp_path):
    corpus = tmp_path / "s.jsonl"
    corpus.write_text('{"id": "s\\ud800", "title": "T\\udfff", "text": "Ann Lee said \\ud800 it was over."}\n')
    [art] = _items(corpus)
    assert isinstance(art, Article)
    assert art.text == "Ann Lee said \ufffd it was over." and art.title == "T\ufffd" and art.id == "s\ufffd"
    assert any("surrogate" in w for w in art.warnings)
    art.text.encode("utf-8")        # storable


def test_deep_json_is_an_error_record_not_a_crash(tmp_path):
    corpus = tmp_path / "d.jsonl"
    corpus.write_text('{"id": "deep", "x": ' + "[" * 3000 + "]" * 3000 + ', "text": "a"}\n'
                      + json.dumps({"id": "ok", "text": "Ann Lee said it was over."}) + "\n")
    bad, good = _items(corpus)
    assert isinstance(bad, Failure) and "nested too deeply" in bad.message
    assert isinstance(good, Article)


def test_byte_order_marks_and_late_nul_bytes(tmp_path):
    (tmp_path / "u16.txt").write_bytes("Ann Lee said it was over.".encode("utf-16"))
    (tmp_path / "bom.jsonl").write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "b", "text": "Bo said no."}).encode())
    (tmp_path / "nul.txt").write_bytes(b"Ann Lee said so. " * 1000 + b"\x00 tail")
    by_id = {i.id: i for i in _items(tmp_path)}
    assert by_id["u16"].text == "Ann Lee said it was over."
    assert isinstance(by_id["b"], Article) and by_id["b"].text == "Bo said no."
    assert isinstance(by_id["nul"], Failure) and by_id["nul"].type == "BinaryInputError"


@pytest.mark.slow
def test_ingest_twice_over_colliding_stems_stores_every_file_once(tmp_path):
    import newsgraph
    from newsgraph.store import ingest
    for year in ("2015", "2016"):
        (tmp_path / "c" / year).mkdir(parents=True)
        (tmp_path / "c" / year / "report.txt").write_text(f"Mayor Ann Lee said in {year} the road would reopen.")
    db = tmp_path / "s.duckdb"
    first = ingest(read_paths([tmp_path / "c"]), db)
    again = ingest(read_paths([tmp_path / "c"]), db)
    assert (first.stored, again.stored, again.skipped) == (2, 0, 2)
    rows = newsgraph.open(db).articles().to_dicts()
    assert sorted(r["article_id"] for r in rows) == ["2015/report", "2016/report"]
    assert all(r["status"] == "ok" for r in rows)


@pytest.mark.slow
def test_surrogates_and_deep_json_do_not_stop_an_ingest(tmp_path):
    import newsgraph
    from newsgraph.store import ingest
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "s", "title": "\\ud800", "text": "Ann Lee said \\ud800 it was over."}\n'
                      + '{"id": "d", "x": ' + "[" * 3000 + "]" * 3000 + "}\n"
                      + json.dumps({"id": "ok", "text": "Bo Chan said the strike was over."}) + "\n")
    stats = ingest(read_paths([corpus]), tmp_path / "s.duckdb")
    assert (stats.stored, stats.failed) == (2, 1)
    assert newsgraph.open(tmp_path / "s.duckdb").stats()["quotes"] >= 2
