"""From a Doc processed by newsgraph's pipeline to the public, frozen Record.

A pure converter: it reads the components' plain data (``doc._.ng_*``) and builds the
`model.py` dataclasses. Every decision, date resolution included, was made in the pipeline.
"""
from __future__ import annotations

from spacy.tokens import Doc

from .model import Article, DateMention, DateRef, Entity, Event, EventActor, Quote, Record, Speaker


def build_record(article: Article | None, doc: Doc) -> Record:
    """The record of a processed Doc; `article` gives the id and metadata (default: the
    Doc's text with `doc._.published`, id "text")."""
    if article is None:
        article = Article(id="text", text=doc.text, published=doc._.published, author=doc._.author)
    entity_ids = {i: f"e{i + 1}" for i in range(len(doc._.ng_entities or []))}
    return Record(
        article=article,
        entities=tuple(_entity(f"e{i + 1}", d) for i, d in enumerate(doc._.ng_entities or [])),
        quotes=tuple(_quote(f"q{i + 1}", d, entity_ids) for i, d in enumerate(doc._.ng_quotes or [])),
        dates=tuple(_date_mention(d) for d in doc._.ng_dates or []),
        events=tuple(_event(f"v{i + 1}", d, entity_ids) for i, d in enumerate(doc._.ng_events or [])),
        warnings=tuple(article.warnings) + tuple(doc._.ng_warnings or ()))


def _span(pair) -> tuple[int, int]:
    return int(pair[0]), int(pair[1])


def _spans(pairs) -> tuple[tuple[int, int], ...]:
    return tuple(_span(p) for p in pairs)


def _entity(eid: str, d: dict) -> Entity:
    # mentions are token spans on the Doc; the record gives characters
    return Entity(id=eid, name=d["name"], type=d["type"], mentions=tuple(_span(m) for m in d["chars"]),
                  aliases=tuple(d["aliases"]), titles=tuple(d["titles"]), country=d["country"])


def _date_ref(d: dict | None) -> DateRef | None:
    if d is None:
        return None
    return DateRef(d["value"], d["granularity"], d["inferred"], d["text"],
                   _span(d["span"]) if d["span"] else None, d.get("reason"))


def _date_mention(d: dict) -> DateMention:
    return DateMention(span=_span(d["span"]), text=d["text"], value=d["value"],
                       granularity=d["granularity"], type=d["type"], relative=d["relative"],
                       anchor=d.get("anchor", "publication"))


def _quote(qid: str, d: dict, entity_ids: dict[int, str]) -> Quote:
    sp = d["speaker"]
    speaker = None if sp is None else Speaker(
        mention=_span(sp["mention"]), text=sp["text"], entity=entity_ids.get(sp["entity"]),
        name=sp["name"], kind=sp["kind"], co_speakers=tuple(sp["co_speakers"]),
        affiliation=sp.get("affiliation"))
    return Quote(id=qid, kind=d["kind"], content=_spans(d["content"]), text=d["text"],
                 cue=_spans(d["cue"]), cue_lemma=d["cue_lemma"], speaker=speaker,
                 reported_by=d["reported_by"], medium=d["medium"], confidence=d["confidence"],
                 sentence=_span(d["sentence"]) if d["sentence"] else None, date=_date_ref(d["date"]))


def _actors(items: list[dict], entity_ids: dict[int, str]) -> tuple[EventActor, ...]:
    return tuple(EventActor(text=a["text"], span=_span(a["span"]), entity=entity_ids.get(a["entity"]),
                            name=a["name"], country=a["country"], sector=a["sector"]) for a in items)


def _event(vid: str, d: dict, entity_ids: dict[int, str]) -> Event:
    return Event(
        id=vid, type=d["type"], trigger=_span(d["trigger"]), trigger_text=d["trigger_text"],
        sentence=_span(d["sentence"]), actor=_actors(d["actors"], entity_ids),
        recipient=_actors(d["recipients"], entity_ids), mode=d["mode"], context=d["context"],
        date=_date_ref(d["date"]), location=d["location"],
        quote=f"q{d['quote'] + 1}" if d["quote"] is not None else None,
        negated=d["negated"], hypothetical=d["hypothetical"], confidence=d["confidence"],
        reason=d["reason"], target=_target(d.get("target")), check=d.get("check"))


def _target(t: dict | None) -> dict | None:
    # plain data read back from a DocBin holds tuples where it held lists
    return None if t is None else {"text": t["text"], "span": list(t["span"])}
