"""The store under faults: replaced articles leave no orphans, a refused article fails alone,
the writer lock holds across symlinks and dies with its process, damaged files are store
errors that name the file."""
import json
import os
import signal
import subprocess
import sys
import time

import pytest

import newsgraph
from newsgraph.errors import StoreLockedError
from newsgraph.io import read_paths
from newsgraph.model import Failure
from newsgraph.store import StoreWriter, ingest
from newsgraph.store.connection import writer_lock

pytestmark = pytest.mark.slow


def _corpus(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_replacing_an_article_deletes_the_actors_only_it_named(tmp_path):
    db = tmp_path / "s.duckdb"
    ingest(read_paths([_corpus(tmp_path / "a.jsonl", [{"id": "a", "text": "Mayor Ann Lee said the road would reopen."}])]), db)
    assert {a["name"] for a in newsgraph.open(db).actors().to_dicts()} == {"Ann Lee"}
    ingest(read_paths([_corpus(tmp_path / "b.jsonl", [{"id": "a", "text": "Port chief Bo Chan said the strike was over."}])]), db)
    store = newsgraph.open(db)
    assert {a["name"] for a in store.actors().to_dicts()} == {"Bo Chan"}
    assert store.stats()["actors"] == 1


def test_an_article_the_store_refuses_fails_alone(tmp_path, monkeypatch):
    from newsgraph.store import writer as writer_module
    real = writer_module.record_rows

    def refusing(result, **kw):
        rows = real(result, **kw)
        if result.id == "bad" and not isinstance(result, Failure):
            rows["articles"][0]["n_quotes"] = "not a number"      # the INSERT's cast fails
        return rows
    monkeypatch.setattr(writer_module, "record_rows", refusing)
    db = tmp_path / "s.duckdb"
    stats = ingest(read_paths([_corpus(tmp_path / "c.jsonl", [
        {"id": "good", "text": "Mayor Ann Lee said the road would reopen."},
        {"id": "bad", "text": "Port chief Bo Chan said the strike was over."}])]), db)
    assert (stats.stored, stats.failed) == (1, 1)
    rows = {r["article_id"]: r for r in newsgraph.open(db).articles().to_dicts()}
    assert rows["good"]["status"] == "ok"
    assert rows["bad"]["status"] == "failed" and rows["bad"]["error_type"] == "StoreError"


def test_a_symlinked_store_shares_the_writer_lock(tmp_path):
    db = tmp_path / "real.duckdb"
    link = tmp_path / "link.duckdb"
    link.symlink_to(db)
    with writer_lock(db):
        with pytest.raises(StoreLockedError):
            with writer_lock(link):
                pass


def test_workers_do_not_keep_the_lock_after_kill_9(tmp_path):
    rows = [{"id": f"k{i}", "text": f"Mayor Ann Lee{i} said that road {i} would reopen soon."} for i in range(300)]
    corpus = _corpus(tmp_path / "k.jsonl", rows)
    db = tmp_path / "k.duckdb"
    proc = subprocess.Popen([sys.executable, "-m", "newsgraph", "ingest", str(corpus), "--db", str(db),
                             "--workers", "2", "--no-progress"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=False,
                            env=dict(os.environ, NEWSGRAPH_INGEST_BATCH="20"))
    deadline = time.time() + 120
    while time.time() < deadline and proc.poll() is None:
        try:
            if db.exists() and newsgraph.open(db).stats()["articles"] >= 20:
                break
        except Exception:
            pass
        time.sleep(0.2)
    assert proc.poll() is None, "ingest finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)       # the parent only: its workers are orphaned
    proc.wait()
    time.sleep(1.0)
    try:
        with StoreWriter(db):               # the orphans must not hold the lock
            pass
    finally:
        subprocess.run(["pkill", "-KILL", "-f", f"newsgraph ingest {corpus}"], check=False)


def test_a_truncated_store_is_a_store_error_naming_the_file(tmp_path):
    from click.testing import CliRunner
    from newsgraph.cli import main
    db = tmp_path / "s.duckdb"
    ingest(read_paths([_corpus(tmp_path / "a.jsonl", [{"id": "a", "text": "Mayor Ann Lee said the road would reopen."}])]), db)
    data = db.read_bytes()
    db.write_bytes(data[:5000] + b"\xde\xad" * 3000)       # cut off mid-file, garbage after
    result = CliRunner().invoke(main, ["stats", "--db", str(db)])
    assert result.exit_code == 3 and str(db) in result.output and "internal error" not in result.output
