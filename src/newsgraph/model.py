"""The record newsgraph returns: frozen dataclasses, every fact with character offsets.

Offsets are Python ``str`` indices into ``Article.text`` (half-open ``[start, end)``).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any

Span = tuple[int, int]


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    title: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    path: str | None = None
    warnings: tuple[str, ...] = ()
    author: str | None = None        # the byline: who writes in the article's own voice


@dataclass(frozen=True)
class Entity:
    id: str
    name: str
    type: str                       # PERSON | ORG | GPE | NORP | LOC | FAC | ...
    mentions: tuple[Span, ...]
    aliases: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    country: str | None = None       # ISO3

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "type": self.type,
                "mentions": [list(m) for m in self.mentions],
                "aliases": list(self.aliases), "titles": list(self.titles),
                "country": self.country}


@dataclass(frozen=True)
class Speaker:
    mention: Span
    text: str
    entity: str | None
    name: str | None                # None when the mention ("he", "who") is resolved to no one
    kind: str                       # person | organization | group | unknown
    co_speakers: tuple[str, ...] = ()  # names of the other conjuncts ("Varga and Brell")
    affiliation: str | None = None     # whom a spokesperson or official speaks for

    def to_dict(self) -> dict[str, Any]:
        return {"mention": list(self.mention), "text": self.text, "entity": self.entity,
                "name": self.name, "kind": self.kind, "co_speakers": list(self.co_speakers),
                "affiliation": self.affiliation}


@dataclass(frozen=True)
class Quote:
    id: str
    kind: str                       # direct | indirect | mixed
    content: tuple[Span, ...]
    text: str
    cue: tuple[Span, ...]
    cue_lemma: str | None
    speaker: Speaker | None
    reported_by: str | None = None
    medium: str | None = None
    confidence: float = 0.5
    sentence: Span | None = None
    date: DateRef | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind,
                "content": [list(c) for c in self.content], "text": self.text,
                "cue": [list(c) for c in self.cue], "cue_lemma": self.cue_lemma,
                "speaker": self.speaker.to_dict() if self.speaker else None,
                "reported_by": self.reported_by, "medium": self.medium,
                "date": self.date.to_dict() if self.date else None,
                "confidence": round(self.confidence, 3)}


@dataclass(frozen=True)
class DateMention:
    span: Span
    text: str
    value: str | None                # TimeML value; None when it cannot be fixed
    granularity: str | None          # day | week | month | quarter | season | year | decade | ...
    type: str = "DATE"               # DATE | TIME | DURATION
    relative: str | None = None      # the relative meaning, when there is no anchor
    anchor: str = "publication"      # what a relative value is counted from: publication | quote

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["span"] = list(self.span)
        return d


@dataclass(frozen=True)
class DateRef:
    """The date of a quote or event: the expression governing it, else the publication date."""
    value: str | None
    granularity: str | None
    inferred: bool
    text: str | None = None
    span: Span | None = None
    reason: str | None = None        # which rule set it: "governs its clause", "publication date" …

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "granularity": self.granularity, "inferred": self.inferred,
                "text": self.text, "span": list(self.span) if self.span else None, "reason": self.reason}


@dataclass(frozen=True)
class EventActor:
    text: str
    span: Span
    entity: str | None
    name: str
    country: str | None               # ISO3, or "IGO"
    sector: str | None                # PLOVER sector: GOV, MIL, REB, IGO members' GOV, ...

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "span": list(self.span), "entity": self.entity, "name": self.name,
                "country": self.country, "sector": self.sector}


@dataclass(frozen=True)
class Event:
    id: str
    type: str                          # PLOVER v2 event type
    trigger: Span
    trigger_text: str
    sentence: Span
    actor: tuple[EventActor, ...] = ()
    recipient: tuple[EventActor, ...] = ()
    mode: str | None = None
    context: str | None = None
    date: DateRef | None = None
    location: dict | None = None
    quote: str | None = None           # id of the quote the event is reported in
    negated: bool = False
    hypothetical: bool = False
    confidence: float = 0.5
    reason: str = ""
    # what the event is done to when that is no party ("the deal"): {"text", "span"}
    target: dict | None = None
    # the event check's probability that the event is right (nlp/events/check.py: learned
    # from events of US political news judged by hand; not calibrated for conflict news)
    check: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "type": self.type, "mode": self.mode, "context": self.context,
                "actor": [a.to_dict() for a in self.actor],
                "recipient": [a.to_dict() for a in self.recipient],
                "target": dict(self.target) if self.target else None,
                "trigger": {"span": list(self.trigger), "text": self.trigger_text},
                "date": self.date.to_dict() if self.date else None, "location": self.location,
                "sentence": list(self.sentence), "quote": self.quote, "negated": self.negated,
                "hypothetical": self.hypothetical, "confidence": round(self.confidence, 3),
                "check": self.check, "reason": self.reason}


@dataclass(frozen=True)
class Record:
    """Everything newsgraph extracted from one article."""
    article: Article
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    dates: tuple[DateMention, ...] = ()
    events: tuple[Event, ...] = ()
    warnings: tuple[str, ...] = field(default=())

    @property
    def id(self) -> str:
        return self.article.id

    def with_min_confidence(self, threshold: float) -> "Record":
        """The record keeping only the quotes whose confidence is at least `threshold`."""
        kept = tuple(q for q in self.quotes if q.confidence >= threshold)
        return self if len(kept) == len(self.quotes) else replace(self, quotes=kept)

    def with_event_check(self, threshold: float) -> "Record":
        """The record keeping only the events whose check is at least `threshold` (an event
        with no check, from a pipeline without one, is kept)."""
        kept = tuple(e for e in self.events if e.check is None or e.check >= threshold)
        return self if len(kept) == len(self.events) else replace(self, events=kept)

    def to_dict(self) -> dict[str, Any]:
        a = self.article
        out = {"id": a.id, "title": a.title, "published": a.published, "source": a.source,
               "url": a.url, "author": a.author, "text": a.text,
               "entities": [e.to_dict() for e in self.entities],
               "quotes": [q.to_dict() for q in self.quotes],
               "dates": [d.to_dict() for d in self.dates],
               "events": [e.to_dict() for e in self.events]}
        if self.warnings:
            out["warnings"] = list(self.warnings)
        return out


@dataclass(frozen=True)
class Failure:
    """An article that could not be processed, in the one JSON error shape."""
    id: str
    type: str
    message: str
    path: str | None = None

    def to_dict(self) -> dict[str, Any]:
        err = {"type": self.type, "message": self.message}
        if self.path:
            err["path"] = self.path
        return {"id": self.id, "error": err}
