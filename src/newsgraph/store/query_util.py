"""Pieces every query builds from: LIKE patterns (user text is always matched
literally), date-range filters and the row limit."""
from __future__ import annotations

MAX_LIMIT = 100_000
# the actor ids that are this actor (one bound id, twice): its own and those merged into it
ACTOR_AND_MERGED = "(SELECT list(actor_id) FROM actors WHERE actor_id = ? OR merged_into = ?)"
# a date value that is a date ("PAST_REF" and the like are no point on a time axis)
QUOTE_DATE = ("(CASE WHEN regexp_full_match(coalesce(q.date_value, ''), '[0-9]{4}.*') "
              "THEN q.date_value ELSE q.published END)")
EVENT_DATE = "(CASE WHEN regexp_full_match(coalesce(e.date_value, ''), '[0-9]{4}.*') THEN e.date_value END)"
# the event check's probability, kept in the event's record (nlp/events/check.py)
EVENT_CHECK = "TRY_CAST(json_extract_string(e.record, '$.check') AS DOUBLE)"
# an event whose check is at least ?; one stored without a check, by an older newsgraph, passes
EVENT_CHECK_AT_LEAST = f"coalesce({EVENT_CHECK} >= ?, TRUE)"
# the kinds of actor the network, the map and the top speakers show: parties, never
# abstract nouns (an event party that is no named entity has no actor id at all)
PARTY_TYPES = ("PERSON", "ORG", "GPE", "NORP")


def clamp_limit(limit: int) -> int:
    return max(0, min(int(limit), MAX_LIMIT))


def date_range(expr: str, since: str | None, until: str | None) -> tuple[list[str], list[str]]:
    """WHERE clauses and their parameters for ``since <= expr`` and ``expr``'s day <= ``until``."""
    clauses, params = [], []
    if since:
        clauses.append(f"{expr} >= ?")
        params.append(since)
    if until:
        clauses.append(f"left({expr}, 10) <= ?")
        params.append(until)
    return clauses, params


def escape_like(text: str) -> str:
    """Literal text for a LIKE pattern with ESCAPE '\\'."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def contains_pattern(text: str) -> str:
    """A LIKE pattern (with ESCAPE '\\') matching any value that contains ``text`` literally."""
    return f"%{escape_like(text)}%"
