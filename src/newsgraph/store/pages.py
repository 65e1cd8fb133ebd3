"""The queries behind the web pages (overview, actor, article, search, graph): a part of
`Store`, kept apart from the general query API. Every value is a bound parameter."""
from __future__ import annotations

import json
from typing import Any

from .query_util import ACTOR_AND_MERGED, EVENT_DATE, PARTY_TYPES, QUOTE_DATE, contains_pattern

ACTOR_PAGE_LIMIT = 500


class PageQueries:
    """Mixed into `Store`; relies on its `sql()`."""

    def top_speakers(self, limit: int = 15) -> list[dict[str, Any]]:
        """The most quoted corpus actors: names only (a quote whose speaker resolved to no
        actor, "he" or "the official", is not counted for anyone)."""
        return self.sql("""SELECT a.name AS speaker, a.actor_id, count(*) AS quotes
                           FROM quotes q JOIN actors a ON a.actor_id = q.speaker_actor_id
                           WHERE a.merged_into IS NULL AND a.type IN (SELECT unnest(?::VARCHAR[]))
                           GROUP BY 1, 2 ORDER BY quotes DESC, speaker LIMIT ?""",
                        [list(PARTY_TYPES), limit]).to_dicts()

    def event_type_counts(self) -> list[dict[str, Any]]:
        return self.sql("""SELECT type, count(*) AS events FROM events
                           GROUP BY type ORDER BY events DESC, type""").to_dicts()

    def actor(self, actor_id: str) -> dict[str, Any] | None:
        rows = self.sql("SELECT * FROM actors WHERE actor_id = ?", [actor_id]).to_dicts()
        return rows[0] if rows else None

    def actor_events(self, actor_id: str, role: str, limit: int = ACTOR_PAGE_LIMIT) -> list[dict[str, Any]]:
        """Events with the actor as `role` ("actor" or "recipient"), including those of
        the actors merged into it (an event keeps the ids its article gave)."""
        column = {"actor": "actor_ids", "recipient": "recipient_ids"}[role]
        return self.sql(f"""SELECT e.article_id, a.title, e.event_id, e.type, e.mode, e.actor_names,
                                   e.recipient_names, e.date_value AS date
                            FROM events e LEFT JOIN articles a USING (article_id)
                            WHERE list_has_any(e.{column}, {ACTOR_AND_MERGED})
                            ORDER BY e.date_value DESC NULLS LAST LIMIT ?""", [actor_id, actor_id, limit]).to_dicts()

    def actor_activity(self, actor_id: str) -> list[dict[str, Any]]:
        """(day, "quotes" or "events") of every quote by the actor and every event it is a
        party to, dated by a real date (not "PAST_REF")."""
        return self.sql(f"""
            SELECT day, what FROM (
                SELECT {QUOTE_DATE} AS day, 'quotes' AS what FROM quotes q WHERE q.speaker_actor_id = ?
                UNION ALL
                SELECT {EVENT_DATE}, 'events' FROM events e
                WHERE list_has_any(e.actor_ids || e.recipient_ids, {ACTOR_AND_MERGED}))
            WHERE day IS NOT NULL""", [actor_id] * 3).to_dicts()

    def actor_partners(self, actor_id: str, limit: int = 15) -> list[dict[str, Any]]:
        """The actors this one has most events with, either way, with the count per type."""
        rows = self.sql(f"""
            WITH ids AS (SELECT {ACTOR_AND_MERGED} AS l),
                 other AS (SELECT unnest(e.recipient_ids) AS o, e.type, 'to' AS direction FROM events e, ids
                           WHERE list_has_any(e.actor_ids, ids.l)
                           UNION ALL
                           SELECT unnest(e.actor_ids), e.type, 'from' FROM events e, ids
                           WHERE list_has_any(e.recipient_ids, ids.l))
            SELECT coalesce(a.merged_into, a.actor_id) AS partner, other.type, other.direction, count(*) AS n
            FROM other JOIN actors a ON a.actor_id = other.o
            GROUP BY 1, 2, 3""", [actor_id, actor_id]).rows
        by_partner: dict[str, dict] = {}
        for partner, type_, direction, n in rows:
            if partner == actor_id:
                continue
            p = by_partner.setdefault(partner, {"actor_id": partner, "events": 0, "types": {}})
            p["events"] += n
            key = f"{type_} {'→' if direction == 'to' else '←'}"
            p["types"][key] = p["types"].get(key, 0) + n
        top = sorted(by_partner.values(), key=lambda p: (-p["events"], p["actor_id"]))[:limit]
        names = dict(self.sql("SELECT actor_id, name FROM actors WHERE actor_id IN (SELECT unnest(?::VARCHAR[]))",
                              [[p["actor_id"] for p in top]]).rows) if top else {}
        for p in top:
            p["name"] = names.get(p["actor_id"])
            p["types"] = dict(sorted(p["types"].items(), key=lambda kv: (-kv[1], kv[0])))
        return top

    def search_articles(self, text: str, limit: int, offset: int) -> list[dict[str, Any]]:
        like = contains_pattern(text)
        return self.sql("""SELECT article_id, title, published, source FROM articles
                           WHERE status = 'ok' AND (title ILIKE ? ESCAPE '\\' OR text ILIKE ? ESCAPE '\\')
                           ORDER BY published DESC NULLS LAST, article_id LIMIT ? OFFSET ?""",
                        [like, like, limit, offset]).to_dicts()

    def article_page(self, article_id: str) -> dict[str, Any] | None:
        """An article with its quotes, events, entities and dates (JSON columns decoded)."""
        rows = self.sql("SELECT * FROM articles WHERE article_id = ?", [article_id]).to_dicts()
        if not rows:
            return None
        quotes = self.sql("""SELECT q.*, a.name AS actor_name FROM quotes q
                             LEFT JOIN actors a ON a.actor_id = q.speaker_actor_id
                             WHERE q.article_id = ? ORDER BY q.quote_id""", [article_id]).to_dicts()
        quotes.sort(key=lambda q: int(q["quote_id"][1:]) if q["quote_id"][1:].isdigit() else 0)
        events = self.sql("SELECT * FROM events WHERE article_id = ? ORDER BY event_id", [article_id]).to_dicts()
        entities = self.sql("SELECT * FROM entities WHERE article_id = ? ORDER BY entity_id",
                            [article_id]).to_dicts()
        dates = self.sql("SELECT * FROM dates WHERE article_id = ? ORDER BY date_index", [article_id]).to_dicts()
        for q in quotes:
            q["content"] = json.loads(q["content"])
            q["cue"] = json.loads(q["cue"])
        for e in events:
            e["record"] = json.loads(e["record"]) if e.get("record") else None
        for e in entities:
            e["mentions"] = json.loads(e["mentions"])
        return {"article": rows[0], "quotes": quotes, "events": events, "entities": entities, "dates": dates}

    def quotes_in_order(self, limit: int = 10_000) -> list[dict[str, Any]]:
        """Quotes article by article, in text order, with the article's title and the
        speaker's corpus name (the demo's who-said-what table)."""
        return self.sql("""SELECT q.article_id, a.title,
                                  coalesce(act.name, q.speaker_name, '[' || q.speaker_text || ']') AS speaker,
                                  q.kind, q.cue_lemma AS cue, q.text AS quote,
                                  coalesce(q.reported_by, q.source) AS source,
                                  q.date_value AS date, q.date_inferred
                           FROM quotes q JOIN articles a USING (article_id)
                           LEFT JOIN actors act ON act.actor_id = q.speaker_actor_id
                           ORDER BY q.article_id, try_cast(substr(q.quote_id, 2) AS INTEGER) LIMIT ?""",
                        [limit]).to_dicts()
