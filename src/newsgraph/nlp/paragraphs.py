"""Paragraph breaks are sentence breaks.

The parser happily runs a sentence on across a blank line ("Live updates from the count:
\\n\\n7 p.m.\\n\\nInes Varga is ..."), which hands the dateline the next paragraph's
verb. Marking the first token after a line break as a sentence start before the parser
runs keeps headlines, datelines and timestamps apart from the paragraphs they precede.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


def line_starts(doc: Doc, first: bool = False) -> list[int]:
    """Token indices that begin a line; the first line's too when `first`."""
    out = []
    broken = first
    for tok in doc:
        if tok.is_space:
            broken = broken or "\n" in tok.text
            continue
        if broken:
            out.append(tok.i)
        broken = "\n" in tok.whitespace_
    return out


class ParagraphBreaks:
    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        for i in line_starts(doc):
            doc[i].is_sent_start = True
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)


@Language.factory("newsgraph_paragraphs")
def make_paragraph_breaks(nlp: Language, name: str) -> ParagraphBreaks:
    return ParagraphBreaks(nlp, name)
