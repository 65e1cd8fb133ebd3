"""The quotes stage as a spaCy component.

The rules of `finder.py` propose candidates; the quote scorer (`scorer.py`, trained by
`python -m newsgraph.train.quotes`) gives each its confidence and drops those below its
threshold. Its three learned tables (cue rates, content-end decisions, scorer weights; see
`newsgraph.train`) are loaded by `initialize` from the package's data, and travel with a
saved pipeline through `to_disk` / `from_disk`. A table that is missing or unreadable is a
`ModelError`: the component never falls back to rules silently.
"""
from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from ...errors import ModelError
from ..component import Component, doc_text, token_chars
from ..furniture import holds_markup, in_lines, link_lines, markup_tags, outside_tags, touches_tags
from ..paragraphs import headline_end
from ..tables import packaged_json, packaged_text, read_json
from .cues import MIN_EXAMPLES, NOUN_MIN_EXAMPLES, CueTable
from .features import DocView, quote_features
from .finder import QuoteFinder, QuoteGuess
from .marks import strip_marks
from .scorer import SCORER_FILE, QuoteScorer

CUE_FILE = "cue_lexicon.json"
BOUNDS_FILE = "quote_bounds.json"


def _read_counts(raw: str, where: str) -> dict:
    try:
        counts = json.loads(raw)["counts"]
    except (ValueError, KeyError, TypeError) as exc:
        raise ModelError(f"learned table {where} is unreadable: {exc}") from None
    if not isinstance(counts, dict):
        raise ModelError(f"learned table {where} has no 'counts' mapping")
    return counts


def packaged_table(name: str) -> dict:
    """A learned table of counts shipped in `newsgraph/data`."""
    return _read_counts(packaged_text(name), name)


def packaged_cue_table() -> CueTable:
    return CueTable(packaged_table(CUE_FILE))


class QuoteExtractor(Component):
    """spaCy component: quotes in ``doc._.ng_quotes`` (plain dicts with character spans and
    the speaker's entity index) and the span groups ``newsgraph_quotes`` (content, labelled
    by kind), ``newsgraph_cues`` and ``newsgraph_speakers``."""
    extension = "ng_quotes"

    def __init__(self, nlp: Language, name: str, cue_threshold: float | None, cue_min_examples: int,
                 noun_cue_min_examples: int, cue_table: str, bounds_table: str, skip_headline: bool = True,
                 scorer_table: str = SCORER_FILE):
        super().__init__(nlp, name)
        self.skip_headline = skip_headline
        self.settings = {"threshold": cue_threshold, "min_examples": cue_min_examples,
                         "noun_min_examples": noun_cue_min_examples}
        self.table_names = (cue_table, bounds_table, scorer_table)
        self.cues: CueTable | None = None
        self.bounds: dict | None = None
        self.scorer: QuoteScorer | None = None

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        cue_name, bounds_name, scorer_name = self.table_names
        self._set_tables(packaged_table(cue_name), packaged_table(bounds_name),
                         QuoteScorer.from_data(packaged_json(scorer_name), scorer_name))

    def _set_tables(self, cue_counts: dict, bounds: dict, scorer: QuoteScorer) -> None:
        # the scorer was trained on the candidates its own cue threshold proposes; a threshold
        # set in the config overrides it
        settings = dict(self.settings)
        if settings["threshold"] is None:
            settings["threshold"] = scorer.cue_threshold
        self.cues = CueTable(cue_counts, **settings)
        self.bounds = bounds
        self.scorer = scorer

    def predict(self, doc: Doc) -> list[QuoteGuess]:
        if self.cues is None or self.bounds is None or self.scorer is None:
            raise ModelError(f"component {self.name!r} is not initialized: call nlp.initialize() "
                             "or load a saved pipeline with newsgraph.load(DIR)")
        guesses = propose(doc, self.cues, self.bounds, self.skip_headline)
        view = DocView(doc, headline_end(doc_text(doc)))
        kept = []
        for g in guesses:
            g.confidence = self.scorer.probability(quote_features(view, g))
            if g.confidence >= self.scorer.threshold:
                kept.append(g)
        return kept

    def set_annotations(self, doc: Doc, result: list[QuoteGuess]) -> None:
        text = doc_text(doc)
        doc._.ng_quotes = [quote_data(doc, text, g) for g in result]
        doc.spans["newsgraph_quotes"] = _spans(doc, ((s, e, g.kind) for g in result for s, e in g.content))
        doc.spans["newsgraph_cues"] = _spans(doc, ((s, e, "CUE") for g in result for s, e in g.cue))
        doc.spans["newsgraph_speakers"] = [Span(doc, g.speaker.start, g.speaker.end, label=g.speaker.kind)
                                           for g in result if g.speaker is not None]

    # -- serialisation: the learned tables travel with a saved pipeline -----------------
    def to_disk(self, path, *, exclude=()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        if self.cues is None or self.bounds is None or self.scorer is None:
            raise ModelError(f"component {self.name!r} is not initialized; nothing to save")
        (path / CUE_FILE).write_text(json.dumps({"counts": self.cues.counts}), encoding="utf-8")
        (path / BOUNDS_FILE).write_text(json.dumps({"counts": self.bounds}), encoding="utf-8")
        (path / SCORER_FILE).write_text(json.dumps(self.scorer.to_data()), encoding="utf-8")

    def from_disk(self, path, *, exclude=()) -> "QuoteExtractor":
        path = Path(path)
        tables = []
        for name in (CUE_FILE, BOUNDS_FILE):
            try:
                raw = (path / name).read_text(encoding="utf-8")
            except OSError as exc:
                raise ModelError(f"learned table {path / name} cannot be read: {exc}") from None
            tables.append(_read_counts(raw, str(path / name)))
        self._set_tables(*tables, QuoteScorer.from_data(read_json(path / SCORER_FILE), str(path / SCORER_FILE)))
        return self


def propose(doc: Doc, cues: CueTable, bounds: dict, skip_headline: bool) -> list[QuoteGuess]:
    """The rules' candidate quotes, before the scorer sees them."""
    guesses = QuoteFinder(doc, cues, bounds).run()
    links = link_lines(doc_text(doc))
    if links:       # another story's headline, linked from this page, reports nothing here
        guesses = [g for g in guesses if not in_lines(g.content[0][0], links)]
    if skip_headline:
        end = headline_end(doc_text(doc))
        guesses = [g for g in guesses if g.content[0][0] >= end]
    tags = markup_tags(doc_text(doc))
    if tags:
        guesses = [g for g in guesses if _clear_of_markup(doc, g, tags)]
    return guesses


def _clear_of_markup(doc: Doc, g: QuoteGuess, tags) -> bool:
    """Cut markup out of the guess's content and speaker mention ("<b>Ann</b> Lee said": "Lee");
    False when its cue or the speaker's head word was read from a tag (`<tweet author="…">`),
    the speaker's name holds a piece of one (a "who" whose antecedent the parse found in a
    tag), or nothing but markup was quoted."""
    if touches_tags(g.cue, tags):
        return False
    speaker = g.speaker
    if speaker is not None:
        if speaker.name and holds_markup(speaker.name):
            return False
        marked = [i for i in range(speaker.start, speaker.end) if touches_tags([token_chars(doc, i, i + 1)], tags)]
        if speaker.token.i in marked:
            return False
        if marked:
            head = speaker.token.i
            g.speaker = replace(speaker, start=max([i + 1 for i in marked if i < head], default=speaker.start),
                                end=min([i for i in marked if i > head], default=speaker.end))
    g.content = outside_tags(doc_text(doc), g.content, tags)
    return bool(g.content)


def _spans(doc: Doc, triples) -> list[Span]:
    out = []
    for s, e, label in triples:
        span = doc.char_span(s, e, label=label, alignment_mode="expand")
        if span is not None and len(span):
            out.append(span)
    return out


def quote_data(doc: Doc, text: str, g: QuoteGuess) -> dict:
    """A quote as plain data; its date is added by the dates stage."""
    speaker = None
    if g.speaker is not None:
        sp = g.speaker
        speaker = {"mention": list(token_chars(doc, sp.start, sp.end)), "text": doc[sp.start:sp.end].text,
                   "entity": sp.cluster.index if sp.cluster is not None else None,
                   "name": sp.name, "kind": sp.kind, "co_speakers": list(sp.co_speakers),
                   "affiliation": sp.affiliation}
    if g.kind == "direct":
        quote_text = " ".join(strip_marks(text[s:e]) for s, e in g.content)
    else:
        quote_text = " ".join(text[s:e] for s, e in g.content)
    first = doc.char_span(g.content[0][0], g.content[0][1], alignment_mode="expand")
    return {"kind": g.kind, "content": [list(c) for c in g.content], "text": quote_text,
            "cue": [list(c) for c in g.cue], "cue_lemma": g.cue_lemma, "speaker": speaker,
            "reported_by": g.reported_by, "medium": g.medium,
            "confidence": max(0.0, min(1.0, g.confidence)),
            "sentence": [first.sent.start_char, first.sent.end_char] if first is not None else None,
            "date": None}


@Language.factory(
    "newsgraph_quotes",
    default_config={"cue_threshold": None, "cue_min_examples": MIN_EXAMPLES,
                    "noun_cue_min_examples": NOUN_MIN_EXAMPLES, "cue_table": CUE_FILE,
                    "bounds_table": BOUNDS_FILE, "skip_headline": True, "scorer_table": SCORER_FILE},
    assigns=["doc._.ng_quotes", "doc.spans"],
    requires=["doc._.ng_entities", "token.dep", "token.lemma", "token.ent_type"])
def make_quote_extractor(nlp: Language, name: str, cue_threshold: float | None, cue_min_examples: int,
                         noun_cue_min_examples: int, cue_table: str, bounds_table: str,
                         skip_headline: bool, scorer_table: str) -> QuoteExtractor:
    return QuoteExtractor(nlp, name, cue_threshold, cue_min_examples, noun_cue_min_examples,
                          cue_table, bounds_table, skip_headline, scorer_table)
