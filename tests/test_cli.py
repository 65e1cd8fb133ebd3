import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from newsgraph.cli import main


def run(*args, input=None):
    result = CliRunner().invoke(main, list(args), input=input)
    return result


def records(output: str):
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_extract_reference_article_to_file(tmp_path, reference_text):
    src = tmp_path / "xi.txt"
    src.write_text(reference_text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run("extract", str(src), "-o", str(out), "--published", "2023-03-20", "--source", "Wire")
    assert result.exit_code == 0, result.output
    [rec] = records(out.read_text("utf-8"))
    assert rec["id"] == "xi" and rec["published"] == "2023-03-20" and rec["source"] == "Wire"
    assert rec["text"] == reference_text
    assert {"entities", "quotes", "dates", "events", "title", "url"} <= set(rec)
    q = rec["quotes"][0]
    assert {"id", "kind", "content", "text", "cue", "cue_lemma", "speaker", "reported_by",
            "medium", "confidence"} <= set(q)


def test_bad_inputs_get_error_records_and_the_rest_is_processed(tmp_path):
    (tmp_path / "a_good.txt").write_text("Mayor Ann Lee said the road would reopen.")
    (tmp_path / "b_empty.txt").write_text("")
    (tmp_path / "c_binary.txt").write_bytes(b"\x00\xff\x00\x01" * 100)
    (tmp_path / "d_latin.txt").write_bytes("Caf\xe9 owner Bo Chan said business was good.".encode("latin-1"))
    (tmp_path / "e_corpus.jsonl").write_text(
        '{"id": "ok", "text": "Jo Park said it rained."}\n{broken\n{"id": "num", "text": 5}\n')
    (tmp_path / "f_quotes.txt").write_text("He said “unbalanced and “odd” marks” here “ and there.")
    result = run("extract", str(tmp_path))
    assert result.exit_code == 1
    recs = records(result.stdout)
    ids = [r["id"] for r in recs]
    assert ids == ["a_good", "b_empty", "c_binary", "d_latin", "ok", "e_corpus:2", "num", "f_quotes"]
    errors = {r["id"]: r["error"]["type"] for r in recs if "error" in r}
    assert errors == {"b_empty": "EmptyArticleError", "c_binary": "BinaryInputError",
                      "e_corpus:2": "InputError", "num": "InputError"}
    latin = next(r for r in recs if r["id"] == "d_latin")
    assert "Café" in latin["text"] and latin["warnings"]
    assert "Traceback" not in result.stderr
    assert "4 of 8 articles failed" in result.stderr


def test_bad_published_date_is_a_usage_error(tmp_path):
    (tmp_path / "a.txt").write_text("Text.")
    result = run("extract", str(tmp_path / "a.txt"), "--published", "20-03-2023")
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.stderr


def test_stdin(tmp_path):
    result = run("extract", "-", input="Officials said the talks would resume.")
    assert result.exit_code == 0
    [rec] = records(result.stdout)
    assert rec["id"] == "stdin" and rec["quotes"]


@pytest.mark.slow
def test_workers_give_identical_output(tmp_path):
    from newsgraph.demo import examples_dir
    wire = (examples_dir() / "harbour-talks.txt").read_text(encoding="utf-8")
    corpus = tmp_path / "c.jsonl"
    with corpus.open("w") as f:
        for i in range(12):
            f.write(json.dumps({"id": f"a{i}", "text": wire if i % 3 else "Bo said no."}) + "\n")
        f.write("not json\n")
    outs = []
    for workers in ("1", "2"):
        proc = subprocess.run([sys.executable, "-m", "newsgraph", "extract", str(corpus),
                               "--workers", workers], capture_output=True, text=True)
        assert proc.returncode == 1
        assert "Traceback" not in proc.stderr
        outs.append(proc.stdout)
    assert outs[0] == outs[1] and len(records(outs[0])) == 13


@pytest.mark.parametrize("args, message", [
    (["extract", "/no/such/file.txt"], "no such file or directory: /no/such/file.txt"),
    (["extract", "--published", "2023-02-30", "x.txt"], "'2023-02-30' is not a date"),
    (["quotes", "--since", "notadate"], "'notadate' is not a date"),
    (["quotes", "--until", "2024-13-01"], "'2024-13-01' is not a date"),
    (["events", "--type", "BOGUS"], "'BOGUS' is not one of"),
    (["extract"], "Missing argument"),
])
def test_usage_errors_are_one_line_and_exit_2(args, message):
    result = run(*args)
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("newsgraph: error: ") and message in lines[0], result.output


def test_ingest_of_a_missing_or_empty_folder_writes_nothing(tmp_path):
    db = tmp_path / "s.duckdb"
    result = run("ingest", str(tmp_path / "nope"), "--db", str(db))
    assert result.exit_code == 2 and "no such file or directory" in result.output
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.md").write_text("# not an article")
    result = run("ingest", str(tmp_path / "empty"), "--db", str(db))
    assert result.exit_code == 2 and "no articles found in" in result.output and ".txt" in result.output
    assert not db.exists()


def test_folders_read_only_article_files(tmp_path):
    (tmp_path / "story.txt").write_text("Mayor Ann Lee said the road would reopen.")
    (tmp_path / "README.md").write_text("Mayor Bo Chan said nothing at all.")
    (tmp_path / "story.json").write_text('{"title": "Road to reopen", "published": "2024-02-01"}')
    result = run("extract", str(tmp_path))
    [rec] = records(result.output)
    assert rec["id"] == "story" and rec["title"] == "Road to reopen" and rec["published"] == "2024-02-01"


def test_metadata_table_fills_titles_dates_and_outlets(tmp_path):
    corpus = tmp_path / "texts"
    corpus.mkdir()
    (corpus / "herald_2016-05-01_road.txt").write_text("Mayor Ann Lee said on Monday the road would reopen.")
    (corpus / "post_2016-05-02_port.txt").write_text("Port chief Bo Chan said the strike was over.")
    meta = tmp_path / "metadata.tsv"      # the PolNeAR layout: filename, publisher, publication_date, title
    meta.write_text("compartment\tfilename\tpublisher\tpublication_date\ttitle\n"
                    "train\therald_2016-05-01_road\therald\t2016-05-01\tRoad to reopen\n"
                    "train\tpost_2016-05-02_port.txt\tpost\t2016-05-02\tNone\n")
    result = run("extract", str(corpus), "--metadata", str(meta))
    assert result.exit_code == 0, result.output
    by_id = {r["id"]: r for r in records(result.output)}
    road = by_id["herald_2016-05-01_road"]
    assert (road["source"], road["published"], road["title"]) == ("herald", "2016-05-01", "Road to reopen")
    port = by_id["post_2016-05-02_port"]
    assert port["source"] == "post" and port["title"] is None          # "None" is no title
    assert road["dates"] and road["dates"][0]["value"].startswith("2016-")   # resolved: the table gave a date
    plain = records(run("extract", str(corpus)).output)
    assert all(r["published"] is None and r["dates"][0]["value"] is None for r in plain if r["dates"])


def test_metadata_csv_and_bad_tables(tmp_path):
    from newsgraph.errors import InputError
    from newsgraph.io.metadata import load_metadata
    good = tmp_path / "m.csv"
    good.write_text("id,source,url,published\na1,Wire,https://x.example/a1,2024-01-02\n")
    assert load_metadata(good) == {"a1": {"source": "Wire", "url": "https://x.example/a1", "published": "2024-01-02"}}
    bad = tmp_path / "bad.csv"
    bad.write_text("name,source\na1,Wire\n")
    with pytest.raises(InputError, match="no id column"):
        load_metadata(bad)
    result = run("extract", str(good), "--metadata", str(bad))
    assert result.exit_code == 2 and "no id column" in result.output


def test_progress_bar_has_a_total_and_stays_off_without_a_terminal(tmp_path):
    for i in range(3):
        (tmp_path / f"s{i}.txt").write_text(f"Mayor Ann Lee said road {i} would reopen.")
    db = str(tmp_path / "p.duckdb")
    shown = CliRunner().invoke(main, ["ingest", str(tmp_path), "--db", db, "--progress"])
    assert shown.exit_code == 0 and "3/3" in shown.output
    quiet = CliRunner().invoke(main, ["ingest", str(tmp_path), "--db", db])   # not a terminal
    assert quiet.exit_code == 0 and "%|" not in quiet.output and "3 unchanged" in quiet.output


def test_pretty_format_reads_as_who_said_what(tmp_path):
    (tmp_path / "s.txt").write_text('"The bridge will reopen in June," Mayor Ann Lee told reporters. '
                                    "Chile accused Peru of spying.")
    (tmp_path / "e.txt").write_text("")
    result = run("extract", str(tmp_path), "--format", "pretty", "--published", "2024-03-01")
    assert result.exit_code == 1          # the empty article failed, and says so
    assert "Ann Lee — tell — “The bridge will reopen in June,” (remarks to reporters" in result.output
    assert "Chile → ACCUSE → Peru" in result.output
    assert "✗ e: EmptyArticleError" in result.output


def test_min_confidence_leaves_out_the_less_certain_quotes(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("“The port reopens on Monday,” said harbour master Ines Olsen. Traders argued that "
                   "prices might fall, and some said the strike had cost them dearly.", encoding="utf-8")
    [every] = records(run("extract", str(src)).stdout)
    confidences = sorted(q["confidence"] for q in every["quotes"])
    assert len(confidences) >= 2 and confidences[0] < confidences[-1]
    cut = (confidences[0] + confidences[-1]) / 2
    result = run("extract", str(src), "--min-confidence", str(cut))
    assert result.exit_code == 0
    [fewer] = records(result.stdout)
    assert 0 < len(fewer["quotes"]) < len(every["quotes"])
    assert all(q["confidence"] >= cut for q in fewer["quotes"])
    assert fewer["entities"] == every["entities"] and fewer["events"] == every["events"]


def test_event_check_leaves_out_the_events_the_check_does_not_pass(tmp_path):
    from newsgraph.nlp.events.check import packaged_event_check
    threshold = packaged_event_check().threshold
    src = tmp_path / "council.txt"
    src.write_text("Port Mara, Friday\n\nThe mayor, Grace Okafor, praised Tomas Berg for the new bridge. "
                   "Okafor also opposed the harbour tax plan, and she defended the budget on Friday.",
                   encoding="utf-8")
    [every] = records(run("extract", str(src)).stdout)
    checks = [e["check"] for e in every["events"]]
    assert any(c >= threshold for c in checks) and any(c < threshold for c in checks)
    result = run("extract", str(src), "--event-check")
    assert result.exit_code == 0
    [fewer] = records(result.stdout)
    assert [e for e in every["events"] if e["check"] >= threshold] == fewer["events"]
    assert fewer["quotes"] == every["quotes"] and fewer["entities"] == every["entities"]


def test_events_checked_lists_only_the_stored_events_the_check_passes(tmp_path):
    from newsgraph.nlp.events.check import packaged_event_check
    threshold = packaged_event_check().threshold
    src = tmp_path / "c.txt"
    src.write_text("Grace Okafor endorsed Tomas Berg on Monday. Okafor also opposed the harbour tax plan.",
                   encoding="utf-8")
    db = str(tmp_path / "n.duckdb")
    assert run("ingest", str(src), "--db", db).exit_code == 0
    every = json.loads(run("events", "--db", db, "--format", "json").stdout)
    checked = json.loads(run("events", "--db", db, "--format", "json", "--checked").stdout)
    assert len(every) == 2 and [e["check"] >= threshold for e in every].count(True) == 1
    assert checked == [e for e in every if e["check"] >= threshold]


def test_min_confidence_outside_zero_to_one_is_a_usage_error(tmp_path):
    (tmp_path / "a.txt").write_text("Text.")
    result = run("extract", str(tmp_path / "a.txt"), "--min-confidence", "1.5")
    assert result.exit_code == 2 and "min-confidence" in result.stderr
