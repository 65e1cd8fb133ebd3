"""Statements: the quotes of one utterance, across articles and outlets.

A quote's words are normalised (case, curly apostrophes, punctuation, bracketed
insertions such as "[the]"; an ellipsis is a break) and cut into word 4-gram shingles.
Quotes with the same words and the same speaker name are one *variant*. Two variants that
share shingles are candidates; they are *linked* when enough of the shorter one's words
align, in runs of three or more, with the longer one's (its containment), so a fragment
links to the quote it was cut from, a paraphrase to its direct quote, and one changed word
costs one word, not the four shingles around it. A statement is a connected component of
linked variants.

Candidate pairs come from an exact join on shingles in DuckDB, never from all pairs, and
whether two variants link depends on those two alone: ingesting articles one batch at a
time gives the same statements as one ingest of them all (tests/store/test_statements.py).
"""
from __future__ import annotations

import difflib
import hashlib
import re
import unicodedata
from dataclasses import dataclass

from .rows import _WORD, STOPWORDS

SHINGLE = 4              # words per shingle
# A shorter quote ("a disaster", "using a private server") is said again and again, by
# one person or many: it is a statement of its own, grouped with nothing.
MIN_WORDS = 6
CANDIDATE_SHINGLES = 2   # shingles two variants share before their words are aligned
RUN = 3                  # aligned words count in runs of at least this many
# (aligned content words, containment of the shorter's content words) a link needs. On the
# PolNeAR store, links below containment 0.6 were mostly two utterances sharing a phrase
# ("... from entering the United States");
# above it, mostly one. A paraphrase is held to more: two reports of a policy share words
# without anyone having said them; a different speaker needs near-identical words, so a
# phrase two people repeat stays apart (and one that joins is flagged as a conflict).
LINK_COMPATIBLE = (5, 0.6)         # 4 would join any two quotes of a four-word slogan
LINK_PARAPHRASE = (8, 0.8)          # hand-judged: at 5, two reports of a policy joined
LINK_CONFLICTING = (8, 0.8)        # and both quoted directly: a misattribution to flag

DIRECT_KINDS = frozenset({"direct", "mixed"})
_BRACKETED = re.compile(r"\[[^\]]{0,40}\]")
_ELLIPSIS = re.compile(r"\.\s*\.\s*\.|…")


def segments(text: str) -> list[list[str]]:
    """The quote's words, lower-cased, in runs an ellipsis separates."""
    text = _BRACKETED.sub(" ", (text or "").replace("’", "'").replace("‘", "'"))
    return [[m.group().lower() for m in _WORD.finditer(part)] for part in _ELLIPSIS.split(text)]


def shingles(segs: list[list[str]]) -> set[int]:
    """Signed 64-bit hashes of the word 4-grams inside each segment."""
    if sum(len(s) for s in segs) < MIN_WORDS:
        return set()
    out = set()
    for words in segs:
        for i in range(len(words) - SHINGLE + 1):
            gram = words[i:i + SHINGLE]
            if all(w in STOPWORDS for w in gram):
                continue        # "and that it was" is in everyone's mouth
            digest = hashlib.blake2b(" ".join(gram).encode("utf-8"), digest_size=8).digest()
            out.add(int.from_bytes(digest, "big", signed=True))
    return out


def speaker_key(name: str | None) -> str:
    """Lower case, no accents, no dots: "Felipe Calderón" and "Felipe Calderon" agree."""
    plain = unicodedata.normalize("NFKD", name or "")
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return " ".join(plain.lower().replace(".", " ").split())


def variant_id(segs: list[list[str]], speaker: str, direct: bool) -> str:
    words = " | ".join(" ".join(s) for s in segs if s)
    return "v" + hashlib.sha1(f"{words}\x00{speaker}\x00{int(direct)}".encode("utf-8")).hexdigest()[:16]


def compatible(a: str, b: str) -> bool:
    """Unknown speakers agree with anyone; named ones when one name ends the other
    ("obama", "barack obama", "harbour commissioner ines madaki") or, failing that, their
    last names agree and their first names (or an initial) do."""
    if not a or not b:
        return True
    wa, wb = a.split(), b.split()
    short, long_ = sorted((wa, wb), key=len)
    if long_[len(long_) - len(short):] == short:
        return True
    if wa[-1] != wb[-1]:
        return False
    first_a, first_b = wa[0], wb[0]
    if len(first_a) == 1 or len(first_b) == 1:
        return first_a[0] == first_b[0]
    return first_a == first_b


def conflicting(keys) -> bool:
    """Whether any two of these speaker keys name different people."""
    named = sorted({k for k in keys if k})
    return any(not compatible(a, b) for i, a in enumerate(named) for b in named[i + 1:])


def content_words(words: list[str]) -> int:
    return sum(1 for w in words if w not in STOPWORDS and w != "…")


def aligned(words_a: list[str], words_b: list[str]) -> int:
    """How many content words (not stopwords) of the two align, in runs of at least RUN
    words: "and we are going to" in two different speeches counts one word, not five."""
    matcher = difflib.SequenceMatcher(None, words_a, words_b, autojunk=False)
    return sum(content_words(words_a[b.a:b.a + b.size]) for b in matcher.get_matching_blocks()
               if b.size >= RUN)


def linked(shared: int, n_a: int, n_b: int, speaker_a: str, speaker_b: str,
           direct_a: bool = True, direct_b: bool = True) -> bool:
    """`shared` aligned content words of `n_a` and `n_b`."""
    if not n_a or not n_b:
        return False
    if not compatible(speaker_a, speaker_b):
        if not (direct_a and direct_b):
            return False        # two descriptions of one policy, by different people
        need_shared, need_containment = LINK_CONFLICTING
    elif direct_a and direct_b:
        need_shared, need_containment = LINK_COMPATIBLE
    else:
        need_shared, need_containment = LINK_PARAPHRASE
    return shared >= need_shared and shared / min(n_a, n_b) >= need_containment


@dataclass(frozen=True)
class Variant:
    variant_id: str
    words: str
    speaker_key: str
    direct: bool
    shingles: frozenset[int]


def variant_of(text: str | None, speaker_name: str | None, kind: str | None,
               occurrence: tuple[str, str]) -> Variant:
    """`occurrence` (article id, quote id) keeps a short quote a variant of its own."""
    segs = segments(text or "")
    key = speaker_key(speaker_name)
    direct = kind in DIRECT_KINDS
    words = " … ".join(" ".join(s) for s in segs if s)
    # a short paraphrase ("a ban on ... entering the country") describes a position more
    # often than it reports an utterance: it joins nothing, not even its own words elsewhere
    short_paraphrase = not direct and content_words([w for seg in segs for w in seg]) < LINK_PARAPHRASE[0]
    if sum(len(s) for s in segs) < MIN_WORDS or short_paraphrase:
        unique = f"{key}\x00{occurrence[0]}\x00{occurrence[1]}"
        return Variant(variant_id(segs, unique, direct), words, key, direct, frozenset())
    return Variant(variant_id(segs, key, direct), words, key, direct, frozenset(shingles(segs)))


def statement_id(variant_ids) -> str:
    return "s" + min(variant_ids)[1:13]


def components(nodes: set[str], edges) -> dict[str, str]:
    """variant -> statement id over these nodes (union-find; each edge within `nodes`)."""
    parent = {n: n for n in nodes}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = {}
    for n in nodes:
        groups.setdefault(find(n), []).append(n)
    return {n: statement_id(members) for members in groups.values() for n in members}
