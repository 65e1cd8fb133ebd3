"""Paragraph breaks are sentence breaks.

The parser happily runs a sentence on across a blank line ("Live updates from the count:
\\n\\n7 p.m.\\n\\nInes Varga is ..."), which hands the dateline the next paragraph's
verb. Marking the first token after a line break as a sentence start before the parser
runs keeps headlines, datelines and timestamps apart from the paragraphs they precede.

A title's full stop is no sentence break: "Sgt." before a name stays with it ("Sgt.\nFirst
Last" excepted), where the parser would otherwise end a sentence on it, the more so at
the start of a paragraph; nor is the space between a paragraph's first two capitalised
words, where the parser sometimes cuts a name off ("Port | Mara city council voted").
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from . import component  # noqa: F401  (registers the Doc extensions)
from .reference.lexicon import HONORIFICS, TITLE_ABBREVIATIONS

_TITLE_STOPS = frozenset(TITLE_ABBREVIATIONS) | {h for h in HONORIFICS if h.endswith(".")}


# a wire dateline opening a paragraph: "LIMA (AP) —", "OSLO, June 3 (Reuters) –", "DES MOINES, Iowa —",
# "PORT MARA, Bayland -- ", "LIMA - "
DATELINE = re.compile(r"^[A-Z][A-Z.\-]+(?: [A-Z.\-]+){0,3}(?:, [A-Z][A-Za-z.]+)?(?:(?:,| \()[^\n]{0,40}?)? ?(?:—|--|–| - )",
                      re.M)


def datelines(text: str) -> list[tuple[int, int]]:
    """Character spans of the datelines that open paragraphs: where and who filed, not the story."""
    return [(m.start(), m.end()) for m in DATELINE.finditer(text)]


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


MAX_SENTENCE_TOKENS = 250


def forced_breaks(doc: Doc, starts: set[int], cap: int) -> list[int]:
    """Where to break stretches of more than `cap` tokens with no sentence start the
    tokenizer's punctuation could give: after the last comma, semicolon or dash in the
    window, else at the cap. Without them one run-on "sentence" of many thousand tokens
    costs the stages after the parser quadratic time."""
    out, last = [], 0
    i = 1
    while i < len(doc):
        if i in starts or doc[i - 1].text in {".", "!", "?"}:
            last = i
        elif i - last >= cap:
            window = range(i - 1, last + cap // 2, -1)
            cut = next((k + 1 for k in window if doc[k].text in {",", ";", "—", "–", "-", ":"}), i)
            out.append(cut)
            last = cut
            i = cut
        i += 1
    return out


def _name_word(tok) -> bool:
    return tok.is_alpha and tok.is_title


class ParagraphBreaks:
    def __init__(self, nlp: Language, name: str, max_sentence_tokens: int = MAX_SENTENCE_TOKENS):
        self.name = name
        self.max_sentence_tokens = max_sentence_tokens

    def __call__(self, doc: Doc) -> Doc:
        starts = line_starts(doc)
        for i in starts:
            doc[i].is_sent_start = True
        begins = set(starts)
        for tok in doc[:-1]:
            if tok.lower_ in _TITLE_STOPS and tok.i + 1 not in begins and doc[tok.i + 1].is_title:
                doc[tok.i + 1].is_sent_start = False
        for i in starts:    # "Port Mara city council voted …": no break after a paragraph's first word
            if i + 1 < len(doc) and i + 1 not in begins and _name_word(doc[i]) and _name_word(doc[i + 1]) \
                    and doc[i].whitespace_:
                doc[i + 1].is_sent_start = False
        forced = forced_breaks(doc, set(starts), self.max_sentence_tokens)
        for i in forced:
            doc[i].is_sent_start = True
        if forced:
            doc._.ng_warnings = [f"{len(forced)} run-on stretch(es) of over {self.max_sentence_tokens} tokens "
                                 "were split into sentences before parsing"]
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)


@Language.factory("newsgraph_paragraphs", default_config={"max_sentence_tokens": MAX_SENTENCE_TOKENS},
                  assigns=["token.is_sent_start"])
def make_paragraph_breaks(nlp: Language, name: str, max_sentence_tokens: int) -> ParagraphBreaks:
    return ParagraphBreaks(nlp, name, max_sentence_tokens)


HEADLINE_MAX_WORDS = 25


_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
# a line holding only a day: "Saturday, March 2, 2024", "2 March 2024", "2024-03-02"
DATE_LINE = re.compile(
    r"[ \t]*(?:(?:published|updated|posted)(?: on)?:?\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\s*,?\s*\d{{4}}|\d{{1,2}}\s+{_MONTH}\s*,?\s*\d{{4}}"
    r"|\d{4}-\d\d-\d\d)[ \t]*", re.I)


def headline_end(text: str) -> int:
    """Where the headline ends, or 0: a first paragraph of one short line, followed by a blank
    line (or by a dateline, a line holding only a day) and more text, is the article's title,
    and a title reports no one's words. So is a short title ending in ";" with its deck on the
    next line."""
    stripped = text.lstrip()
    start = len(text) - len(stripped)
    cut = stripped.find("\n\n")
    first = stripped.find("\n")
    if 0 < first < cut or cut < 0 < first:
        following = stripped[first + 1:].split("\n", 1)
        if len(following) == 2 and DATE_LINE.fullmatch(following[0]) and following[1].strip():
            cut = first       # "Title\nMarch 2, 2024\nThe council …"
    if cut < 0 or not stripped[cut:].strip():
        return 0
    lines = stripped[:cut].split("\n")
    with_deck = len(lines) == 2 and lines[0].rstrip().endswith(";")    # as news databases join them
    if len(lines) > 1 and not with_deck:
        return 0
    return start + cut if all(len(line.split()) <= HEADLINE_MAX_WORDS for line in lines) else 0
