"""Cross-document actors: one id per person, organisation or country across the store.

Every entity gets a stable actor id from a key (a person's full name without honorifics
or titles, a country's ISO3 code, an organisation's normalised name), so the same key
gives the same id in any run, on any machine and in Spark; the entity keeps that id as
`own_actor_id`. After each write the store's person merges are redone from those keys
alone, so the order articles arrived in never matters:

1. names that differ only by initials ("Ana J. Ruiz") join the plain name, unless two
   different initials are in the store;
2. a name with a middle name ("Ann Marie Okafor") joins the same first and last name;
3. a lone surname ("Okafor") joins the only full-named person of the store who bears it,
   or the one named in at least DOMINANT of the articles that name any of them, unless the
   word names full-named people as a first name in as many articles as a surname, it is
   only ever written in capitals (a label: "WIRE"), or the store names it as a place or
   an organisation in more articles than as these people (a town that shares a senator's
   surname); a full name the store more often gives a place or an organisation bears no
   surname.

Each merged actor keeps its row, with `merged_into` and `merge_reason`, for `--explain`.
"""
from __future__ import annotations

from typing import Iterable

from .connection import transaction

DOMINANT = 0.8       # share of the surname's articles a full name needs to take the lone surname
DOMINANT_MIN_ARTICLES = 3
# the only bearer takes a lone surname when an article names both, or when the two are
# named in this many articles between them: hand-judged on PolNeAR, a surname and a full
# name seen once each were another person ("Judge X" vs a lobbyist X, a maiden name, a
# company and its founder) about as often as the same one
ONLY_BEARER_MIN_ARTICLES = 3


def _words(key: str) -> list[str]:
    return key.split(":", 1)[1].split()


def _plain(words: list[str]) -> list[str]:
    """Without initials, when a first and a last name remain. A suffix stays: "Jr." is
    another person (hand-judged: a son joined his father)."""
    kept = [w for w in words if len(w) > 1]
    return kept if len(kept) >= 2 else words


def _initials(words: list[str]) -> tuple[str, ...]:
    return tuple(w for w in words[1:-1] if len(w) == 1)


def plan_merges(people: list[tuple[str, str, int]], weak: frozenset[str] = frozenset(),
                elsewhere: dict[str, int] | None = None,
                together: frozenset[tuple[str, str]] = frozenset(),
                first_names: dict[str, int] | None = None) -> dict[str, tuple[str, str]]:
    """actor id -> (the actor it joins, why), from (actor id, key, articles) of every person;
    `weak`: the lone names only ever written in capitals;
    `elsewhere`: a name (lower case) -> the articles naming it as something other than a person;
    `together`: (lone name's actor id, full name's key) named in one article;
    `first_names`: word -> articles naming a full-named person with that first name, the
    store's (when `people` is only some of its persons)."""
    elsewhere = elsewhere or {}
    by_key = {key: (aid, n) for aid, key, n in people}
    merges: dict[str, tuple[str, str]] = {}
    groups: dict[str, list[tuple[str, str, int]]] = {}
    for aid, key, n in people:
        words = _words(key)
        if len(words) >= 2:
            groups.setdefault(" ".join(_plain(words)), []).append((aid, key, n))
    heads: dict[str, tuple[str, int]] = {}         # plain name -> (actor id, articles)
    for plain, members in sorted(groups.items()):
        if len({_initials(_words(k)) for _, k, _ in members} - {()}) > 1:
            continue        # "George W. Bush" and "George P. Bush": the initials tell people apart
        exact = by_key.get(f"person:{plain}")
        head = exact[0] if exact else min(members, key=lambda m: (-m[2], m[0]))[0]
        for aid, key, _ in members:
            if aid != head:
                merges[aid] = (head, f"the same name as {plain!r} without initials")
        heads[plain] = (head, sum(m[2] for m in members))
    for plain in sorted(heads):
        words = plain.split()
        short = f"{words[0]} {words[-1]}"
        if len(words) >= 3 and short in heads:
            merges[heads[plain][0]] = (heads[short][0], f"the same first and last name as {short!r}")
    full = {}
    for plain, (head, n) in heads.items():
        # a "full name" the store more often names as a place or an organisation (a town
        # or a school named after someone) bears no one's surname
        if head not in merges and elsewhere.get(plain, 0) <= n:
            full.setdefault(plain.split()[-1], []).append((head, n, plain))
    # a word that is some full-named person's first name is no surname ("Mike", "Tom")
    if first_names is None:
        first_names = {}
        for plain, (_, n) in heads.items():
            first_names[plain.split()[0]] = first_names.get(plain.split()[0], 0) + n
    for aid, key, n in people:
        words = _words(key)
        if len(words) != 1 or words[0] not in full or aid in weak:
            continue
        bearers = sorted(full[words[0]], key=lambda b: (-b[1], b[0]))
        total = sum(b[1] for b in bearers)
        if first_names.get(words[0], 0) >= total:
            continue        # named more as a first name ("Mike") than as a surname
        if elsewhere.get(words[0], 0) > n + total:
            continue
        if len(bearers) == 1:
            plain = bearers[0][2]
            named_together = any((aid, k) in together for _, k, _ in groups.get(plain, []))
            if not named_together and n + bearers[0][1] < ONLY_BEARER_MIN_ARTICLES:
                continue
            merges[aid] = (bearers[0][0], f"the only full-named {words[0]!r} in the store: {bearers[0][2]!r}")
        elif bearers[0][1] >= DOMINANT * total and bearers[0][1] >= DOMINANT_MIN_ARTICLES:
            merges[aid] = (bearers[0][0], f"{bearers[0][2]!r} is named in {bearers[0][1]} of the {total} "
                                          f"articles naming a full-named {words[0]!r}")
    return {aid: (_final(merges, dst), why) for aid, (dst, why) in merges.items()}


def _final(merges: dict[str, tuple[str, str]], aid: str) -> str:
    seen = set()
    while aid in merges and aid not in seen:
        seen.add(aid)
        aid = merges[aid][0]
    return aid


def _weak_lone_names(con) -> frozenset[str]:
    """One-word person actors written in capitals wherever they are named (the entity's
    name and every alias): a label or a headline word ("NETWORK", "BOWL") more often than a
    surname. (Opening a sentence is no such sign: a lone surname opens half the sentences
    it is in.) From the entities alone, so the Spark job's driver can run it too."""
    rows = con.execute("""
        SELECT a.actor_id FROM actors a JOIN entities e ON e.own_actor_id = a.actor_id
        WHERE a.type = 'PERSON' AND a.key LIKE 'person:%' AND NOT contains(a.key, ' ')
        GROUP BY a.actor_id
        HAVING bool_and(upper(e.name) = e.name AND length(e.name) > 1
                        AND len(list_filter(coalesce(e.aliases, []), lambda x: upper(x) <> x)) = 0)""").fetchall()
    return frozenset(r[0] for r in rows)


def _named_together(con) -> frozenset[tuple[str, str]]:
    """(one-word person's actor id, key of a longer person name ending in that word) named
    in the same article."""
    rows = con.execute("""
        WITH p AS (SELECT e.article_id, a.actor_id, a.key, string_split(substr(a.key, 8), ' ') AS words
                   FROM entities e JOIN actors a ON a.actor_id = e.own_actor_id
                   WHERE a.type = 'PERSON' AND a.key LIKE 'person:%')
        SELECT DISTINCT lone_name.actor_id, full_name.key FROM p lone_name JOIN p full_name
          ON full_name.article_id = lone_name.article_id AND len(lone_name.words) = 1
         AND len(full_name.words) > 1 AND full_name.words[-1] = lone_name.words[1]""").fetchall()
    return frozenset((a, k) for a, k in rows)


def _named_otherwise(con) -> dict[str, int]:
    rows = con.execute("""
        SELECT lower(a.name), count(DISTINCT e.article_id) FROM actors a JOIN entities e ON e.own_actor_id = a.actor_id
        WHERE a.type <> 'PERSON' AND a.name IS NOT NULL GROUP BY 1""").fetchall()
    return dict(rows)


def affected_words(touched: Iterable[tuple[str | None, str | None, str | None]]) -> set[str]:
    """The surnames whose merges may change when these actors (key, type, name) appear or
    go: a person's last word (its group) and first word (a first name is no surname), the
    last word of anything else (a place named like a surname)."""
    words = set()
    for key, type_, name in touched:
        if type_ == "PERSON" and key and key.startswith("person:"):
            parts = _words(key)
            words.add(parts[-1])
            plain = _plain(parts)
            if len(plain) >= 2:
                words.add(plain[0])
        elif name:
            words.add(name.lower().split()[-1])
    return words


def _first_names(con) -> dict[str, int]:
    """The first word of every full-named person of the store (initials aside), with the
    articles naming such a person: a headline fragment ("Okafor Seeks …") that made a
    surname a "first name" once is outweighed by the surname's own use."""
    rows = con.execute("""SELECT a.key, count(DISTINCT e.article_id) FROM actors a
                          JOIN entities e ON e.own_actor_id = a.actor_id
                          WHERE a.type = 'PERSON' AND a.key LIKE 'person:% %' GROUP BY 1""").fetchall()
    out: dict[str, int] = {}
    for key, n in rows:
        plain = _plain(_words(key))
        if len(plain) >= 2:
            out[plain[0]] = out.get(plain[0], 0) + n
    return out


def relink_surnames(con, touched: Iterable[tuple] | None = None) -> int:
    """Redo the person merges of the surnames `touched` actors (key, type, name) bear, or
    of every surname when None; returns how many actors those merges join. Each surname's
    merges depend on its own people, the store's first names and what else the word
    names, so redoing only the touched ones gives what redoing all of them gives."""
    words = None if touched is None else sorted(affected_words(touched))
    if words == []:
        return 0
    people = con.execute("""
        SELECT a.actor_id, a.key, count(DISTINCT e.article_id)
        FROM actors a JOIN entities e ON e.own_actor_id = a.actor_id
        WHERE a.type = 'PERSON' AND a.key LIKE 'person:%'
          AND (? OR string_split(substr(a.key, 8), ' ')[-1] IN (SELECT unnest(?::VARCHAR[])))
        GROUP BY 1, 2 ORDER BY 1""", [words is None, words or []]).fetchall()
    merges = plan_merges(people, _weak_lone_names(con), _named_otherwise(con), _named_together(con),
                         first_names=_first_names(con))
    group = sorted(aid for aid, _, _ in people)
    import pyarrow as pa
    everyone = words is None
    with transaction(con):
        # the group's entities and quotes go back to their own actors (new entities are
        # there already), then take the group's merges
        con.execute("""UPDATE entities SET actor_id = own_actor_id WHERE actor_id IS DISTINCT FROM own_actor_id
                       AND (? OR own_actor_id IN (SELECT unnest(?::VARCHAR[])))""", [everyone, group])
        con.execute("""UPDATE quotes SET speaker_actor_id = e.own_actor_id FROM entities e
                       WHERE e.article_id = quotes.article_id AND e.entity_id = quotes.speaker_entity_id
                         AND quotes.speaker_actor_id IS DISTINCT FROM e.own_actor_id
                         AND (? OR e.own_actor_id IN (SELECT unnest(?::VARCHAR[])))""", [everyone, group])
        con.execute("""UPDATE actors SET merged_into = NULL, merge_reason = NULL WHERE merged_into IS NOT NULL
                       AND (? OR actor_id IN (SELECT unnest(?::VARCHAR[])))""", [everyone, group])
        # aliases and titles from every entity, not from whichever article came first
        keys = None if everyone else sorted({k for k, _, _ in touched if k})
        con.execute("""UPDATE actors SET aliases = x.aliases, titles = x.titles FROM (
                           SELECT own_actor_id,
                                  list_sort(list_distinct(flatten(list(aliases)))) AS aliases,
                                  list_sort(list_distinct(flatten(list(titles)))) AS titles
                           FROM entities WHERE own_actor_id IS NOT NULL GROUP BY 1) x
                       WHERE actors.actor_id = x.own_actor_id
                         AND (? OR actors.key IN (SELECT unnest(?::VARCHAR[])))
                         AND (actors.aliases IS DISTINCT FROM x.aliases OR actors.titles IS DISTINCT FROM x.titles)""",
                    [everyone, keys or []])
        if merges:
            ids = sorted(merges)
            con.register("_merges", pa.table({"src": ids, "dst": [merges[i][0] for i in ids],
                                              "why": [merges[i][1] for i in ids]}))
            try:
                con.execute("UPDATE entities SET actor_id = m.dst FROM _merges m WHERE entities.own_actor_id = m.src")
                con.execute("""UPDATE quotes SET speaker_actor_id = m.dst FROM _merges m
                               WHERE quotes.speaker_actor_id = m.src""")
                con.execute("""UPDATE actors SET merged_into = m.dst, merge_reason = m.why FROM _merges m
                               WHERE actors.actor_id = m.src""")
            finally:
                con.unregister("_merges")
    return len(merges)
