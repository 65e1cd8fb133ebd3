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
def test_workers_give_identical_output(tmp_path, reference_text):
    corpus = tmp_path / "c.jsonl"
    with corpus.open("w") as f:
        for i in range(12):
            f.write(json.dumps({"id": f"a{i}", "text": reference_text if i % 3 else "Bo said no."}) + "\n")
        f.write("not json\n")
    outs = []
    for workers in ("1", "2"):
        proc = subprocess.run([sys.executable, "-m", "newsgraph", "extract", str(corpus),
                               "--workers", workers], capture_output=True, text=True)
        assert proc.returncode == 1
        assert "Traceback" not in proc.stderr
        outs.append(proc.stdout)
    assert outs[0] == outs[1] and len(records(outs[0])) == 13
