"""A record as table rows: the one mapping used by the DuckDB store, the exports and Spark."""
from __future__ import annotations

import hashlib
import json
import re

from ..model import Failure, Record
from ..names import HONORIFICS, actor_name, countries, normalise_name

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*", re.UNICODE)
STOPWORDS = frozenset("""
a an the and or but if of to in on at by for with from as is are was were be been being
it its this that these those he she they we you i his her their our your my me him them us
not no so than then there here what which who whom whose will would could should can may
might must do does did has have had about into over after before up down out more most
""".split())


def content_hash(text: str, title: str | None = None, published: str | None = None,
                 source: str | None = None, url: str | None = None) -> str:
    h = hashlib.sha256()
    for part in (text, title, published, source, url):
        h.update((part or "").encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()[:32]


def actor_key(name: str, type_: str, country: str | None) -> str:
    hit = countries().get(normalise_name(name))
    if type_ == "GPE" and country and hit and hit["how"] == "name":
        return f"country:{country}"     # "U.S." and "the United States"; a capital stays a place
    if type_ == "PERSON":
        words = [w for w in normalise_name(name).replace(".", " ").split() if w not in HONORIFICS]
        return "person:" + " ".join(words)
    if type_ == "NORP" and country:
        return f"norp:{country}"
    return f"{type_.lower()}:{normalise_name(name)}"


def actor_id(key: str) -> str:
    return "a" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def terms(text: str) -> set[str]:
    return {w for w in (m.group().lower() for m in _WORD.finditer(text))
            if len(w) > 1 and w not in STOPWORDS}


def record_rows(record: Record | Failure, *, path: str | None = None) -> dict[str, list[dict]]:
    """Rows for every table (articles, entities, quotes, dates, events, actors, quote_terms)."""
    if isinstance(record, Failure):
        return {"articles": [{
            "article_id": record.id, "content_hash": None, "status": "failed", "title": None,
            "published": None, "source": None, "url": None, "path": record.path or path,
            "text": None, "error_type": record.type, "error_message": record.message,
            "warnings": [], "n_quotes": 0, "n_entities": 0, "n_events": 0, "author": None}]}
    a = record.article
    aid = a.id
    out: dict[str, list[dict]] = {k: [] for k in
                                  ("articles", "entities", "quotes", "dates", "events", "actors", "quote_terms")}
    out["articles"].append({
        "article_id": aid, "content_hash": content_hash(a.text, a.title, a.published, a.source, a.url),
        "status": "ok", "title": a.title, "published": a.published, "source": a.source,
        "url": a.url, "path": a.path or path, "text": a.text, "error_type": None,
        "error_message": None, "warnings": list(record.warnings), "n_quotes": len(record.quotes),
        "n_entities": len(record.entities), "n_events": len(record.events), "author": a.author})
    actor_of: dict[str, str] = {}
    for e in record.entities:
        name = actor_name(e.name, e.type)       # None: a pronoun or a clause is no actor
        key = actor_key(name, e.type, e.country) if name else None
        act = actor_id(key) if key else None
        if act:
            actor_of[e.id] = act
            out["actors"].append({"actor_id": act, "name": name, "type": e.type, "country": e.country,
                                  "key": key, "aliases": list(e.aliases), "titles": list(e.titles),
                                  "merged_into": None, "merge_reason": None})
        out["entities"].append({
            "article_id": aid, "entity_id": e.id, "actor_id": act, "name": e.name, "type": e.type,
            "country": e.country, "titles": list(e.titles), "aliases": list(e.aliases),
            "mentions": json.dumps([list(m) for m in e.mentions]), "n_mentions": len(e.mentions),
            "own_actor_id": act})
    for q in record.quotes:
        sp = q.speaker
        speaker_actor = actor_of.get(sp.entity) if sp and sp.entity else None
        out["quotes"].append({
            "article_id": aid, "quote_id": q.id, "kind": q.kind, "text": q.text,
            "content": json.dumps([list(c) for c in q.content]),
            "cue": json.dumps([list(c) for c in q.cue]), "cue_lemma": q.cue_lemma,
            "speaker_text": sp.text if sp else None,
            "speaker_start": sp.mention[0] if sp else None, "speaker_end": sp.mention[1] if sp else None,
            "speaker_entity_id": sp.entity if sp else None, "speaker_actor_id": speaker_actor,
            "speaker_name": sp.name if sp else None, "speaker_kind": sp.kind if sp else None,
            "co_speakers": list(sp.co_speakers) if sp else [], "reported_by": q.reported_by,
            "speaker_affiliation": sp.affiliation if sp else None,
            "medium": q.medium, "confidence": round(q.confidence, 3),
            "date_value": q.date.value if q.date else None,
            "date_granularity": q.date.granularity if q.date else None,
            "date_inferred": q.date.inferred if q.date else None,
            "published": a.published, "source": a.source,
            "date_text": q.date.text if q.date else None,
            "date_reason": q.date.reason if q.date else None})
        for term in terms(q.text):
            out["quote_terms"].append({"term": term, "article_id": aid, "quote_id": q.id})
    for i, d in enumerate(record.dates):
        out["dates"].append({"article_id": aid, "date_index": i, "start": d.span[0], "end": d.span[1],
                             "text": d.text, "value": d.value, "granularity": d.granularity,
                             "type": d.type, "relative": d.relative})
    for ev in record.events:
        data = ev.to_dict()
        out["events"].append({
            "article_id": aid, "event_id": ev.id, "type": ev.type, "mode": data.get("mode"),
            "actor_names": [x.get("name") for x in data.get("actor", [])],
            "actor_ids": [actor_of.get(x.get("entity")) for x in data.get("actor", [])],
            "recipient_names": [x.get("name") for x in data.get("recipient", [])],
            "recipient_ids": [actor_of.get(x.get("entity")) for x in data.get("recipient", [])],
            "trigger_start": ev.trigger[0], "trigger_end": ev.trigger[1],
            "date_value": (data.get("date") or {}).get("value"), "quote_id": data.get("quote"),
            "negated": data.get("negated"), "hypothetical": data.get("hypothetical"),
            "confidence": data.get("confidence"), "record": json.dumps(data),
            "target_text": (data.get("target") or {}).get("text"),
            "date_text": (data.get("date") or {}).get("text"),
            "date_reason": (data.get("date") or {}).get("reason"),
            "countries": event_countries(data)})
    return out


def event_countries(event: dict) -> list[str]:
    """The ISO3 codes of an event's parties and place, sorted (schema.EVENT_COUNTRIES_SQL)."""
    parties = (event.get("actor") or []) + (event.get("recipient") or [])
    found = {p.get("country") for p in parties} | {(event.get("location") or {}).get("country")}
    return sorted(c for c in found if c)
