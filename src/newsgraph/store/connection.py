"""Opening the DuckDB file, with clear errors; reads are read-only."""
from __future__ import annotations

import fcntl
import os
import time
from contextlib import contextmanager
from pathlib import Path

from ..errors import StoreCorruptError, StoreError, StoreLockedError

LOCK_WAIT_SECONDS = 30.0


def _is_lock_error(exc: Exception) -> bool:
    text = str(exc).lower()
    return "lock" in text and ("conflicting" in text or "could not set" in text or "lock on file" in text)


def connect(path: str | os.PathLike, *, read_only: bool, wait: float = LOCK_WAIT_SECONDS):
    """A DuckDB connection; waits for a writer's batch to finish rather than failing."""
    import duckdb
    path = Path(path)
    if read_only and not path.exists():
        raise StoreError(f"no store at {path} (run `newsgraph ingest` first)", path=str(path))
    if path.exists() and path.is_dir():
        raise StoreError(f"{path} is a directory, not a DuckDB file", path=str(path))
    deadline = time.monotonic() + wait
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.Error as exc:
            if _is_lock_error(exc) and time.monotonic() < deadline:
                time.sleep(0.2)
                continue
            if _is_lock_error(exc):
                raise StoreLockedError(f"{path} is locked by another process", path=str(path)) from exc
            msg = str(exc).splitlines()[0]
            low = msg.lower()
            if "permission denied" in low or "read-only" in low or "readonly" in low:
                raise StoreError(f"cannot open {path} for {'reading' if read_only else 'writing'}: {msg}",
                                 path=str(path)) from exc
            raise StoreCorruptError(f"{path} is not a DuckDB database newsgraph can open "
                                    f"({msg}); it was left untouched", path=str(path)) from exc


_HELD_LOCKS: list = []      # this process's writer-lock files, for forked workers to drop


def lock_path_of(path: str | os.PathLike) -> Path:
    """The writer lock beside the store's real file: a symlink and its target share one lock."""
    return Path(f"{os.path.realpath(path)}.writer.lock")


def drop_inherited_locks() -> None:
    """In a forked worker: close the lock files inherited from the parent, so that the lock
    dies with the parent (a flock lives as long as any process holds the file open)."""
    while _HELD_LOCKS:
        try:
            _HELD_LOCKS.pop().close()
        except OSError:
            pass


@contextmanager
def writer_lock(path: str | os.PathLike):
    """One writer at a time: an exclusive lock on a file beside the store, held all run."""
    lock_path = lock_path_of(path)
    try:
        handle = open(lock_path, "a+")      # Python opens it close-on-exec
    except OSError as exc:
        raise StoreError(f"cannot create the writer lock {lock_path}: {exc.strerror}", path=str(path)) from exc
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise StoreLockedError(f"another newsgraph process ({holder}) is writing to {path}; "
                                   "wait for it to finish", path=str(path)) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}")
        handle.flush()
        _HELD_LOCKS.append(handle)
        yield
    finally:
        if handle in _HELD_LOCKS:
            _HELD_LOCKS.remove(handle)
        try:
            fcntl.flock(handle, fcntl.LOCK_UN)
        finally:
            handle.close()


@contextmanager
def transaction(con):
    """BEGIN ... COMMIT, or ROLLBACK on any error."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield con
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")
