"""newsgraph: who said what, who did what to whom, when - and according to whom."""
from __future__ import annotations

from .errors import (ArticleTooLargeError, BinaryInputError, DuplicateIdError, EmptyArticleError, EvalError,
                     ExtractionError, InputError, ModelError, NewsgraphError, StoreCorruptError,
                     StoreError, StoreLockedError)
from .model import Article, DateMention, Entity, Event, Failure, Quote, Record, Speaker

__version__ = "0.1.0"

__all__ = [
    "extract", "extract_articles", "read_paths", "open", "load", "to_record",
    "Article", "Record", "Entity", "Quote", "Speaker", "DateMention", "Event", "Failure",
    "NewsgraphError", "InputError", "EmptyArticleError", "BinaryInputError", "DuplicateIdError",
    "ArticleTooLargeError", "ModelError", "ExtractionError", "EvalError",
    "StoreError", "StoreLockedError", "StoreCorruptError",
]


def extract(text: str, published: str | None = None, source: str | None = None, *,
            id: str = "text", title: str | None = None, url: str | None = None,
            author: str | None = None, model: str | None = None) -> Record:
    """Extract the record of one article given as text."""
    from .runner import Extractor
    if not isinstance(text, str):
        raise InputError(f"text must be a str, not {type(text).__name__}", article_id=id)
    article = Article(id=id, text=text, published=published, source=source, title=title, url=url,
                      author=author)
    return Extractor(model).extract(article)


def load(model=None):
    """The full pipeline as a `spacy.Language`: an installed spaCy model (default: the
    English model) with newsgraph's components, or a directory saved with `nlp.to_disk()`.
    Set ``doc._.published`` (ISO date) on a Doc before processing it to resolve its dates."""
    from .nlp.pipeline import build
    return build(model)


def to_record(doc, article: Article | None = None) -> Record:
    """The Record of a Doc processed by `load()`'s pipeline (`article` gives id and metadata)."""
    from .record import build_record
    return build_record(article, doc)


def extract_articles(articles, *, model: str | None = None, workers: int = 1):
    """Records (or Failures) for an iterable of Articles, in order."""
    from .runner import extract_items
    return extract_items(articles, model=model, workers=workers)


def read_paths(paths, **kwargs):
    """Articles (or Failures) from files, folders, JSONL and ``-``; see `newsgraph.io`."""
    from .io import read_paths as _read
    return _read(paths, **kwargs)


def open(path="newsgraph.duckdb"):  # noqa: A001 - mirrors sqlite3.connect / duckdb.connect
    """Open a store written by `newsgraph ingest` for reading: `.quotes()`, `.events()`,
    `.actors()`, `.stats()`, `.sql()`; results convert with `.to_arrow()` / `.to_pandas()`."""
    from .store import open_store
    return open_store(path)
