"""The events stage as a spaCy component: the finder's guesses stored as plain data, each
with the event check's probability (`check.py`, a learned table loaded by `initialize` and
saved with the pipeline) that it is right."""
from __future__ import annotations

import json
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from ...errors import ModelError
from ..component import Component, doc_text, token_chars
from ..reference.actors import ActorGuess
from ..furniture import holds_markup, in_lines, link_lines, markup_tags, touches_tags
from ..paragraphs import headline_end
from ..tables import packaged_json, read_json
from .check import CHECK_FILE, EventCheck, article_event_features
from .codebook import EventGuess
from .finder import EventFinder


class EventExtractor(Component):
    """spaCy component: PLOVER events in ``doc._.ng_events`` (plain dicts with character
    spans; each linked to the quote it sits in) and ``doc.spans["newsgraph_triggers"]``."""
    extension = "ng_events"

    def __init__(self, nlp: Language, name: str, min_confidence: float, skip_headline: bool = True,
                 check: bool = True, check_table: str = CHECK_FILE):
        super().__init__(nlp, name)
        self.min_confidence = min_confidence
        self.skip_headline = skip_headline
        # the training recipe of the check itself runs without one
        self.use_check = check
        self.check_table = check_table
        self.check: EventCheck | None = None

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        if self.use_check:
            self.check = EventCheck.from_data(packaged_json(self.check_table), self.check_table)

    def predict(self, doc: Doc) -> list[tuple[EventGuess, dict]]:
        if self.use_check and self.check is None:
            raise ModelError(f"component {self.name!r} is not initialized: call nlp.initialize() "
                             "or load a saved pipeline with newsgraph.load(DIR)")
        # a title repeats the body in headline words ("X Refuses to Disavow Y"), which the
        # parse reads poorly; like the quotes stage, events come from the body
        text = doc_text(doc)
        title_end = headline_end(text) if self.skip_headline else 0
        links = link_lines(text)
        quotes = doc._.ng_quotes or []
        found = [(g, event_data(doc, g, quotes)) for g in EventFinder(doc).run()
                 if g.confidence >= self.min_confidence and doc[g.trigger[0]].idx >= title_end
                 and not in_lines(doc[g.trigger[0]].idx, links)]
        tags = markup_tags(text)
        if tags:    # no trigger or party read from a tag's attributes
            found = [(g, data) for g, data in found if not _read_from_markup(data, tags)]
        if self.check is not None:
            features = article_event_features([data for _, data in found], text, doc._.ng_entities or [])
            for (_, data), f in zip(found, features):
                data["check"] = round(self.check.probability(f), 4)
        return found

    def set_annotations(self, doc: Doc, result: list[tuple[EventGuess, dict]]) -> None:
        doc._.ng_events = [data for _, data in result]
        doc.spans["newsgraph_triggers"] = [Span(doc, g.trigger[0], g.trigger[1], label=g.type) for g, _ in result]

    # -- serialisation: the learned check travels with a saved pipeline -----------------
    def to_disk(self, path, *, exclude=()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        if self.check is not None:
            (path / CHECK_FILE).write_text(json.dumps(self.check.to_data()), encoding="utf-8")

    def from_disk(self, path, *, exclude=()) -> "EventExtractor":
        if self.use_check:
            where = Path(path) / CHECK_FILE
            self.check = EventCheck.from_data(read_json(where), str(where))
        return self


def _actor_data(doc: Doc, a: ActorGuess) -> dict:
    return {"text": a.text, "span": list(token_chars(doc, a.start, a.end)),
            "entity": a.cluster.index if a.cluster is not None else None, "name": a.name,
            "country": a.country, "sector": a.sector}


def _target_data(doc: Doc, target: tuple[int, int] | None) -> dict | None:
    if target is None:
        return None
    return {"text": doc[target[0]:target[1]].text, "span": list(token_chars(doc, *target))}


def event_data(doc: Doc, g: EventGuess, quotes: list[dict]) -> dict:
    """An event as plain data: character spans, the entity index of each party, the index
    of the quote whose content holds the trigger; its date is added by the dates stage."""
    trig = doc[g.trigger[0]:g.trigger[1]]
    at = trig.start_char
    quote = next((i for i, q in enumerate(quotes) if any(s <= at < e for s, e in q["content"])), None)
    return {"type": g.type, "mode": g.mode, "trigger": [trig.start_char, trig.end_char],
            "trigger_text": trig.text, "trigger_tokens": list(g.trigger),
            "sentence": [trig.sent.start_char, trig.sent.end_char],
            "actors": [_actor_data(doc, a) for a in g.actors],
            "recipients": [_actor_data(doc, a) for a in g.recipients],
            "target": _target_data(doc, g.extra.get("target")),
            "context": g.context, "location": g.location, "quote": quote,
            "negated": g.negated, "hypothetical": g.hypothetical,
            "confidence": max(0.05, min(0.99, g.confidence)), "check": None, "reason": g.reason,
            "date_head": g.extra.get("date_head"), "own_date_only": bool(g.extra.get("own_date_only")),
            "date": None}


@Language.factory("newsgraph_events",
                  default_config={"min_confidence": 0.0, "skip_headline": True, "check": True,
                                  "check_table": CHECK_FILE},
                  assigns=["doc._.ng_events", "doc.spans"],
                  requires=["doc._.ng_entities", "doc._.ng_quotes", "token.dep", "token.lemma"])
def make_event_extractor(nlp: Language, name: str, min_confidence: float, skip_headline: bool,
                         check: bool, check_table: str) -> EventExtractor:
    return EventExtractor(nlp, name, min_confidence, skip_headline, check, check_table)


def _read_from_markup(data: dict, tags) -> bool:
    parties = [p for side in ("actors", "recipients") for p in data.get(side) or []]
    return touches_tags([tuple(data["trigger"])] + [tuple(p["span"]) for p in parties], tags) \
        or any(holds_markup(p.get("name") or "") for p in parties)
