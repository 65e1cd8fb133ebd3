"""Cross-document actors: one id per person, organisation or country across the store.

Every entity gets a stable actor id from a key (a person's full name without
honorifics or titles, a country's ISO3 code, an organisation's normalised name), so the
same key gives the same id in any run, on any machine and in Spark. After a write, a
person known only by a surname ("Okafor") joins the single full-named person of the
store with that surname; two people sharing a surname are both kept apart from it.
"""
from __future__ import annotations

from .connection import transaction


def relink_surnames(con) -> int:
    rows = con.execute("""
        WITH lone AS (
            SELECT actor_id, split_part(key, ':', 2) AS word
            FROM actors WHERE type = 'PERSON' AND key LIKE 'person:%'
              AND strpos(split_part(key, ':', 2), ' ') = 0),
        fullnamed AS (
            SELECT actor_id, split_part(key, ':', 2) AS fullname
            FROM actors WHERE type = 'PERSON' AND key LIKE 'person:% %'),
        candidates AS (
            SELECT lone.actor_id AS lone_id, fullnamed.actor_id AS full_id
            FROM lone JOIN fullnamed ON fullnamed.fullname LIKE '% ' || lone.word),
        unique_match AS (
            SELECT lone_id, min(full_id) AS full_id FROM candidates
            GROUP BY lone_id HAVING count(*) = 1)
        SELECT lone_id, full_id FROM unique_match""").fetchall()
    if not rows:
        return 0
    with transaction(con):
        for lone_id, full_id in rows:
            con.execute("UPDATE entities SET actor_id = ? WHERE actor_id = ?", [full_id, lone_id])
            con.execute("UPDATE quotes SET speaker_actor_id = ? WHERE speaker_actor_id = ?", [full_id, lone_id])
            con.execute("""UPDATE actors SET aliases = list_distinct(list_concat(aliases,
                           (SELECT [name] FROM actors WHERE actor_id = ?))) WHERE actor_id = ?""",
                        [lone_id, full_id])
            con.execute("DELETE FROM actors WHERE actor_id = ?", [lone_id])
    return len(rows)
