"""The shape every newsgraph spaCy component shares (after spaCy's own components).

A subclass names the Doc extension it fills and implements `predict(doc)`, which reads
the Doc and returns its results without side effects; `set_annotations` stores them.
"""
from __future__ import annotations

from typing import Any, Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc


class Component:
    extension: str = ""

    def __init__(self, nlp: Language, name: str):
        self.name = name
        if not Doc.has_extension(self.extension):
            Doc.set_extension(self.extension, default=None)

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
