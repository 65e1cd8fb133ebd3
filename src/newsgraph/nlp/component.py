"""The shape every newsgraph spaCy component shares, and the Doc extensions they fill.

A subclass names the Doc extension it fills and implements `predict(doc)`, which reads
the Doc and returns its results without side effects; `set_annotations` stores them as
plain data (dicts, lists, strings, numbers), so a processed Doc survives `DocBin`,
`Doc.to_bytes` and `nlp.pipe(..., n_process=N)`.
"""
from __future__ import annotations

import weakref
from typing import Any, Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

# Doc extensions, all plain data. `published` is set by the caller before the pipeline runs
# (ISO date or None); the others are the components' output.
DOC_EXTENSIONS = ("published", "author", "ng_entities", "ng_quotes", "ng_events", "ng_dates", "ng_warnings")


def register_extensions() -> None:
    for name in DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register_extensions()


_TEXTS: "weakref.WeakKeyDictionary[Doc, str]" = weakref.WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """The Doc's text, joined once: `Doc.text` rebuilds the whole string from its tokens on
    every access (2 ms for a news article), and every stage reads it. A Doc's text never
    changes after tokenization (merging tokens keeps it), so one copy per live Doc serves."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


def entity_span(tok: Token) -> Span | None:
    """The named entity the token belongs to, if any."""
    return next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)


def token_chars(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The character span of tokens start..end (end exclusive), as the record gives it."""
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


class Component:
    extension: str = ""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def predict(self, doc: Doc) -> Any:
        raise NotImplementedError

    def set_annotations(self, doc: Doc, result: Any) -> None:
        doc._.set(self.extension, result)

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.predict(doc))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)
