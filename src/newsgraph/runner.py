"""Run the pipeline over a stream of articles, in order, on one or several processes."""
from __future__ import annotations

import itertools
import multiprocessing as mp
import os
from typing import Iterable, Iterator

from .errors import ExtractionError, NewsgraphError
from .model import Article, Failure, Record

Item = Article | Failure
Result = Record | Failure
BATCH = 32
# spaCy's string store keeps every new token string it sees: on a long run of distinct
# articles it grows without end, so the pipeline is rebuilt after this many articles
RECYCLE_EVERY = int(os.environ.get("NEWSGRAPH_RECYCLE_EVERY", "400"))


class Extractor:
    """Holds a loaded pipeline; turns articles into records."""

    def __init__(self, model: str | None = None, recycle_every: int | None = None):
        from .nlp import load_pipeline
        self.model = model
        self.nlp = load_pipeline(model)
        self.recycle_every = RECYCLE_EVERY if recycle_every is None else recycle_every
        self._since_recycle = 0

    def _count(self, n: int) -> None:
        """Rebuild the pipeline (a fresh vocabulary) every `recycle_every` articles; the
        records are the same either way (tested), only the memory stays flat."""
        self._since_recycle += n
        if self.recycle_every and self._since_recycle >= self.recycle_every:
            from .nlp.pipeline import build, load_pipeline
            load_pipeline.cache_clear()      # let the old pipeline and its strings go
            self.nlp = None
            self.nlp = build(self.model)
            self._since_recycle = 0

    def doc_of(self, article: Article):
        """The article's unprocessed Doc, carrying its publication date for the dates stage."""
        doc = self.nlp.make_doc(article.text)
        doc._.published = article.published
        doc._.author = article.author
        return doc

    def extract(self, article: Article) -> Record:
        from .record import build_record
        return build_record(article, self.nlp(self.doc_of(article)))

    def process(self, items: Iterable[Item], batch_size: int = BATCH) -> Iterator[Result]:
        """Records (or Failures) for a stream of items, in input order, streaming."""
        it = iter(items)
        while True:
            chunk = list(itertools.islice(it, batch_size))
            if not chunk:
                return
            yield from self._process_chunk(chunk)

    def _process_chunk(self, chunk: list[Item]) -> list[Result]:
        from .record import build_record
        articles = [x for x in chunk if isinstance(x, Article)]
        by_id: dict[int, Result] = {}
        try:
            for article, doc in zip(articles, self.nlp.pipe(self.doc_of(a) for a in articles)):
                by_id[id(article)] = self._safe_build(article, doc, build_record)
        except Exception:
            # One article broke the batch: redo them one by one to isolate it.
            for article in articles:
                if id(article) not in by_id:
                    by_id[id(article)] = self._one(article)
        self._count(len(articles))
        return [x if isinstance(x, Failure) else by_id[id(x)] for x in chunk]

    @staticmethod
    def _safe_build(article, doc, build_record) -> Result:
        try:
            return build_record(article, doc)
        except Exception as exc:  # a bug on one article must not stop the corpus
            return _failure(article, exc)

    def _one(self, article: Article) -> Result:
        try:
            return self.extract(article)
        except Exception as exc:
            return _failure(article, exc)


def _failure(article: Article, exc: Exception) -> Failure:
    if isinstance(exc, NewsgraphError):
        return Failure(article.id, exc.type, exc.message, article.path)
    err = ExtractionError(f"extraction failed: {type(exc).__name__}: {exc}")
    return Failure(article.id, err.type, err.message, article.path)


_worker: Extractor | None = None
_worker_error: Exception | None = None


def _init_worker(model: str | None) -> None:
    # A failing initializer makes a Pool restart its workers forever: keep the error and
    # raise it from the first task instead, so the parent sees it.
    global _worker, _worker_error
    from .store.connection import drop_inherited_locks
    drop_inherited_locks()
    try:
        _worker = Extractor(model)
    except Exception as exc:
        _worker_error = exc


def _work(chunk: list[Item]) -> list[Result]:
    if _worker is None:
        raise _worker_error or ExtractionError("worker process has no pipeline")
    return list(_worker.process(chunk))


def extract_items(items: Iterable[Item], *, model: str | None = None, workers: int = 1,
                  batch_size: int = BATCH, progress=None) -> Iterator[Result]:
    """Process items with `workers` processes; the output order is the input order.
    `progress` (a tqdm-like object, or None) is updated once per result."""
    for result in _extract_items(items, model=model, workers=workers, batch_size=batch_size):
        if progress is not None:
            progress.update(1)
        yield result


def _extract_items(items: Iterable[Item], *, model: str | None, workers: int,
                   batch_size: int) -> Iterator[Result]:
    if workers <= 1:
        yield from Extractor(model).process(items, batch_size)
        return
    Extractor(model)   # load once here first: a broken model or install fails fast and clearly
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    chunks = iter(lambda it=iter(items): list(itertools.islice(it, batch_size)), [])
    window = workers * 2   # bounded look-ahead keeps memory flat on any corpus size
    with ctx.Pool(workers, initializer=_init_worker, initargs=(model,)) as pool:
        while True:
            batch = list(itertools.islice(chunks, window))
            if not batch:
                break
            for results in pool.imap(_work, batch):
                yield from results
