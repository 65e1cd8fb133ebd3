"""One exception tree: every error newsgraph raises derives from NewsgraphError.

Errors carry the context a user needs to find the problem (article id, path,
offset) and render to the one JSON error shape ``{"type", "message"}``.
"""
from __future__ import annotations


class NewsgraphError(Exception):
    """Base class of every newsgraph error."""

    def __init__(self, message: str, *, article_id: str | None = None,
                 path: str | None = None, offset: int | None = None):
        super().__init__(message)
        self.message = message
        self.article_id = article_id
        self.path = path
        self.offset = offset

    @property
    def type(self) -> str:
        return type(self).__name__

    def to_dict(self) -> dict:
        out = {"type": self.type, "message": self.message}
        if self.path is not None:
            out["path"] = self.path
        if self.offset is not None:
            out["offset"] = self.offset
        return out

    def __str__(self) -> str:
        where = []
        if self.path is not None:
            where.append(self.path if self.offset is None else f"{self.path}:{self.offset}")
        if self.article_id is not None:
            where.append(f"article {self.article_id!r}")
        return f"{self.message} ({', '.join(where)})" if where else self.message


class InputError(NewsgraphError):
    """An article could not be read: missing file, undecodable bytes, broken JSON."""


class EmptyArticleError(InputError):
    """The article has no text."""


class BinaryInputError(InputError):
    """The input looks like a binary file, not text."""


class ArticleTooLargeError(InputError):
    """The article is larger than the configured limit."""


class DuplicateIdError(InputError):
    """Two articles of one input have the same id; the second is left out."""


class ModelError(NewsgraphError):
    """The spaCy model could not be loaded."""


class ExtractionError(NewsgraphError):
    """Extraction failed on one article."""


class EvalError(NewsgraphError):
    """Gold data could not be read or scored."""


class StoreError(NewsgraphError):
    """The DuckDB store could not be opened, read or written."""


class StoreLockedError(StoreError):
    """Another process is writing to the store."""


class StoreCorruptError(StoreError):
    """The file is not a DuckDB database newsgraph can read; it is left untouched."""
