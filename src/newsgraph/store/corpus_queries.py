"""Queries across the corpus: statements, their occurrences and wording, citations and
the outlet graph. A part of `Store` (mixed in); every value is a bound parameter."""
from __future__ import annotations

import difflib
import re
from typing import Any

from ..names import title_of
from ..outlets import outlet_key
from .browse import statement_actors
from .query_util import ACTOR_AND_MERGED, clamp_limit, contains_pattern, date_range

_TOKEN = re.compile(r"\S+")
_PLAIN = re.compile(r"[^\w']+")
STATEMENT_COLUMNS = ["statement_id", "speaker", "text", "n_outlets", "outlets", "n_quotes", "n_variants",
                     "first_published", "first_source", "first_article_id", "conflict", "speakers"]


def marked_words(text: str, reference: str) -> list[dict[str, Any]]:
    """The words of `text`, each marked `same` when it is in `reference` at the matching
    place (case and punctuation aside) and `changed` when not."""
    words = _TOKEN.findall(text or "")
    plain = [_PLAIN.sub("", w.lower().replace("’", "'")) for w in words]
    ref = [_PLAIN.sub("", w.lower().replace("’", "'")) for w in _TOKEN.findall(reference or "")]
    same = [False] * len(words)
    for block in difflib.SequenceMatcher(None, plain, ref, autojunk=False).get_matching_blocks():
        for i in range(block.a, block.a + block.size):
            same[i] = True
    return [{"word": w, "same": s or not p} for w, p, s in zip(words, plain, same)]


# every party of every event, with the corpus actor its entity belongs to now
_PARTIES = """(SELECT p.article_id, en.actor_id, p.party.country AS country, p.party.sector AS sector
    FROM (SELECT article_id, unnest(from_json(json_extract(record, '$.actor'), '[{"entity":"VARCHAR","country":"VARCHAR","sector":"VARCHAR"}]')
                                    || from_json(json_extract(record, '$.recipient'), '[{"entity":"VARCHAR","country":"VARCHAR","sector":"VARCHAR"}]')) AS party
          FROM events WHERE record IS NOT NULL
           AND list_has_any(actor_ids || recipient_ids, _ACTOR_IDS)) p
    JOIN entities en ON en.article_id = p.article_id AND en.entity_id = p.party.entity)""".replace(
    "_ACTOR_IDS", ACTOR_AND_MERGED.replace("?", "$1"))   # the queries bind the actor once, as $1


class CorpusQueries:
    """Mixed into `Store`; relies on its `sql()`."""

    def statements(self, *, speaker: str | None = None, min_outlets: int = 1, since: str | None = None,
                   until: str | None = None, about: str | None = None, conflict: bool | None = None,
                   limit: int = 100, offset: int = 0):
        """Statements, the most widely carried first; `speaker` matches any name given."""
        where, params = ["s.n_outlets >= ?"], [max(0, int(min_outlets))]
        if speaker:
            where.append("array_to_string(s.speakers, '|') ILIKE ? ESCAPE '\\'")
            params.append(contains_pattern(speaker))
        dated, dated_params = date_range("s.first_published", since, until)
        where += dated
        params += dated_params
        if about:
            where.append("s.text ILIKE ? ESCAPE '\\'")
            params.append(contains_pattern(about))
        if conflict is not None:
            where.append("s.conflict = ?")
            params.append(bool(conflict))
        cols = ", ".join(f"s.{c}" for c in STATEMENT_COLUMNS)
        return self.sql(f"""SELECT {cols} FROM statements s WHERE {' AND '.join(where)}
                            ORDER BY s.n_outlets DESC, s.n_quotes DESC, s.first_published NULLS LAST,
                                     s.statement_id LIMIT ? OFFSET ?""",
                        params + [clamp_limit(limit), max(0, int(offset))])

    def statement(self, statement_id: str) -> dict[str, Any] | None:
        """A statement with its occurrences in time order, each with its wording marked
        against the statement's longest text, and its wording variants."""
        rows = self.sql("SELECT * FROM statements WHERE statement_id = ?", [statement_id]).to_dicts()
        if not rows:
            return None
        statement = rows[0]
        occurrences = self.sql("""
            SELECT q.article_id, art.title, q.quote_id, q.source, q.published, q.kind, q.text,
                   coalesce(act.name, q.speaker_name) AS speaker, q.speaker_actor_id AS actor_id,
                   q.speaker_text, q.reported_by, qs.variant_id, q.content
            FROM quote_statements qs
            JOIN quotes q ON q.article_id = qs.article_id AND q.quote_id = qs.quote_id
            LEFT JOIN articles art ON art.article_id = q.article_id
            LEFT JOIN actors act ON act.actor_id = q.speaker_actor_id
            WHERE qs.statement_id = ?
            ORDER BY q.published NULLS LAST, q.source NULLS LAST, q.article_id,
                     try_cast(substr(q.quote_id, 2) AS INTEGER)""", [statement_id]).to_dicts()
        variants: dict[str, dict[str, Any]] = {}
        for occ in occurrences:
            occ["words"] = marked_words(occ["text"], statement["text"])
            occ["changed"] = sum(1 for w in occ["words"] if not w["same"])
            v = variants.setdefault(occ["variant_id"], {"variant_id": occ["variant_id"], "text": occ["text"],
                                                        "words": occ["words"], "speakers": [], "outlets": [],
                                                        "first_published": occ["published"]})
            for key, value in (("speakers", occ["speaker"]), ("outlets", occ["source"])):
                if value and value not in v[key]:
                    v[key].append(value)
        statement["occurrences"] = occurrences
        statement["variants"] = list(variants.values())
        with self.reading() as con:
            statement_actors(con, [statement])     # as the statement lists name it
        statement["citations"] = self.citations(statement_id=statement_id)
        return statement

    def citations(self, *, statement_id: str | None = None, limit: int = 10_000) -> list[dict[str, Any]]:
        """Quotes that cite an outlet ("per AP", "told CNN"), each linked to the cited
        outlet's own occurrence of the statement when that outlet's article is stored."""
        where, params = ["q.reported_by IS NOT NULL"], []
        if statement_id:
            where.append("qs.statement_id = ?")
            params.append(statement_id)
        cites = self.sql(f"""SELECT q.article_id, q.quote_id, q.source, q.published, q.reported_by, qs.statement_id
                             FROM quotes q LEFT JOIN quote_statements qs
                               ON qs.article_id = q.article_id AND qs.quote_id = q.quote_id
                             WHERE {' AND '.join(where)}
                             ORDER BY q.article_id, q.quote_id LIMIT ?""", params + [limit]).to_dicts()
        sids = sorted({c["statement_id"] for c in cites if c["statement_id"]})
        carried: dict[str, list[dict[str, Any]]] = {}
        if sids:
            for row in self.sql("""SELECT qs.statement_id, q.article_id, q.quote_id, q.source, q.published
                                   FROM quote_statements qs JOIN quotes q
                                     ON q.article_id = qs.article_id AND q.quote_id = qs.quote_id
                                   WHERE qs.statement_id IN (SELECT unnest(?::VARCHAR[]))
                                   ORDER BY q.published NULLS LAST, q.article_id, q.quote_id""", [sids]):
                carried.setdefault(row["statement_id"], []).append(row)
        for c in cites:
            c["citing_outlet"], c["cited_outlet"] = outlet_key(c["source"]), outlet_key(c["reported_by"])
            own = [o for o in carried.get(c["statement_id"], [])
                   if o["article_id"] != c["article_id"] and outlet_key(o["source"]) == c["cited_outlet"]]
            c["cited_article_id"] = own[0]["article_id"] if own else None
            c["cited_quote_id"] = own[0]["quote_id"] if own else None
        return cites

    def outlet_graph(self) -> list[dict[str, Any]]:
        """Who cites whom: (citing outlet, cited outlet, quotes, of which the cited
        outlet's own article is in the store), most frequent first."""
        edges: dict[tuple, dict[str, Any]] = {}
        for c in self.citations(limit=1_000_000):
            if not c["citing_outlet"] or not c["cited_outlet"] or c["citing_outlet"] == c["cited_outlet"]:
                continue
            e = edges.setdefault((c["citing_outlet"], c["cited_outlet"]),
                                 {"citing": c["citing_outlet"], "cited": c["cited_outlet"], "quotes": 0, "linked": 0})
            e["quotes"] += 1
            e["linked"] += c["cited_article_id"] is not None
        return sorted(edges.values(), key=lambda e: (-e["quotes"], e["citing"], e["cited"]))

    def quote_statement(self, article_id: str) -> dict[str, dict[str, Any]]:
        """quote id -> its statement's id and reach, for one article's page."""
        rows = self.sql("""SELECT qs.quote_id, s.statement_id, s.n_outlets, s.n_quotes
                           FROM quote_statements qs JOIN statements s USING (statement_id)
                           WHERE qs.article_id = ?""", [article_id]).to_dicts()
        return {r["quote_id"]: r for r in rows}

    def actor_profile(self, actor_id: str) -> dict[str, list[dict[str, Any]]]:
        """What the corpus says about an actor, with the number of articles saying each:
        its titles (cleaned: "12 percent . Sen." is "Sen."), countries and sectors (from the
        events it is a party to), over every entity merged into it."""
        raw = self.sql("""SELECT t, list(DISTINCT article_id) FROM entities, unnest(titles) AS u(t)
                          WHERE actor_id = ? GROUP BY 1""", [actor_id]).rows
        by_title: dict[str, tuple[str, set]] = {}
        for text, articles in raw:
            title = title_of(text)
            if title:
                by_title.setdefault(title.lower(), (title, set()))[1].update(articles)
        titles = sorted(({"title": t, "articles": len(a)} for t, a in by_title.values()),
                        key=lambda r: (-r["articles"], r["title"]))
        countries = self.sql("""SELECT country, count(DISTINCT article_id) AS articles FROM (
                                    SELECT article_id, country FROM entities WHERE actor_id = $1 AND country IS NOT NULL
                                    UNION ALL
                                    SELECT article_id, country FROM _parties WHERE actor_id = $1 AND country IS NOT NULL)
                                GROUP BY 1 ORDER BY articles DESC, country""".replace("_parties", _PARTIES),
                             [actor_id]).to_dicts()
        sectors = self.sql("""SELECT sector, count(DISTINCT article_id) AS articles FROM _parties
                              WHERE actor_id = $1 AND sector IS NOT NULL
                              GROUP BY 1 ORDER BY articles DESC, sector""".replace("_parties", _PARTIES),
                           [actor_id]).to_dicts()
        return {"titles": titles, "countries": countries, "sectors": sectors}

    def explain_actor(self, name: str, limit: int = 5) -> list[dict[str, Any]]:
        """For each actor a name finds: the names its mentions gave, with how many articles
        gave each, its titles and countries with counts, and every actor merged into it
        with the reason."""
        found = self.actors(name=name, limit=limit).to_dicts()
        out = []
        for actor in found:
            aid = actor["actor_id"]
            names = self.sql("""SELECT e.name, count(DISTINCT e.article_id) AS articles, e.own_actor_id = ? AS own
                                FROM entities e WHERE e.actor_id = ? GROUP BY 1, 3
                                ORDER BY articles DESC, e.name""", [aid, aid]).to_dicts()
            profile = self.actor_profile(aid)
            merged = self.sql("""SELECT a.actor_id, a.name, a.key, a.merge_reason AS reason,
                                        count(DISTINCT e.article_id) AS articles
                                 FROM actors a LEFT JOIN entities e ON e.own_actor_id = a.actor_id
                                 WHERE a.merged_into = ? GROUP BY 1, 2, 3, 4
                                 ORDER BY articles DESC, a.name""", [aid]).to_dicts()
            key = self.sql("SELECT key FROM actors WHERE actor_id = ?", [aid]).rows[0][0]
            out.append({**actor, "key": key, "names": names, **profile, "merged": merged})
        return out
