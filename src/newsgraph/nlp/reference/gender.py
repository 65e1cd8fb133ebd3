"""A person's gender, as far as the article shows it, for matching "he" and "she".

The person's own titles and the word before a mention ("Mrs.", "spokeswoman") decide.
Else two kinds of evidence are counted, one vote each: every possessive or reflexive the
article uses in a clause right after naming the person as its subject ("Kofi Mensah thanked
his staff", "Ines Madaki defended herself"), and the sex most bearers of the first name have
(`data/first_names.tsv`, from the US census) unless the person's name forms disagree (one
cluster holding "Ada Okafor" and "Ben Okafor"). A tie says nothing.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from .lexicon import FEMALE_PRONOUNS, FEMALE_WORDS, MALE_WORDS, first_name_genders

if TYPE_CHECKING:
    from .entities import EntityCluster

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
OTHER_CLAUSE_DEPS = frozenset({"ccomp", "csubj", "advcl", "relcl", "acl", "parataxis", "conj", "xcomp"})
QUOTE_MARKS = frozenset({"“", "”", "\"", "''", "``", "«", "»", "„"})


def gender_of(doc: Doc, cluster: EntityCluster) -> str | None:
    """"F", "M" or None (the article does not say, or says both)."""
    words = set()
    for s, _ in cluster.mentions:
        words.update(t.lower_ for t in doc[max(0, s - 1):s + 1])
    for title in cluster.titles:
        words.update(title.lower().split())
    female, male = bool(words & FEMALE_WORDS), bool(words & MALE_WORDS)
    if female != male:
        return "F" if female else "M"
    if female:
        return None
    f, m = pronoun_votes(doc, cluster)
    by_name = first_name_gender([cluster.name, *cluster.aliases])
    # the first name weighs as much as one pronoun: a lone "his" against a woman's name is a
    # tie (no gender said), two of them win
    f += by_name == "F"
    m += by_name == "M"
    if f != m:
        return "F" if f > m else "M"
    return None


def first_name_gender(names: list[str]) -> str | None:
    """The census gender of the first names of the multi-word names, when they agree."""
    table = first_name_genders()
    found = {table.get(n.split()[0]) for n in names if len(n.split()) >= 2}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def pronoun_votes(doc: Doc, cluster: EntityCluster) -> tuple[int, int]:
    """(female, male): for each mention that is its clause's subject, the first gendered
    pronoun inside that clause after it, when no other name stands between them."""
    own = {i for s, e in cluster.mentions for i in range(s, e)}
    female = male = 0
    for s, e in cluster.mentions:
        head = _mention_head(doc, s, e)
        if head is None or head.dep_ not in SUBJECT_DEPS:
            continue
        pronoun = _first_pronoun_after(doc, head.head, e, own)
        if pronoun is None:
            continue
        if pronoun.lower_ in FEMALE_PRONOUNS:
            female += 1
        else:
            male += 1
    return female, male


def _mention_head(doc: Doc, s: int, e: int) -> Token | None:
    return next((t for t in doc[s:e] if not s <= t.head.i < e or t.head.i == t.i), None)


def _first_pronoun_after(doc: Doc, verb: Token, after: int, own: set[int]) -> Token | None:
    for t in verb.subtree:
        if t.i < after:
            continue
        if t.ent_type_ == "PERSON" and t.i not in own or t.text in QUOTE_MARKS:
            return None      # "Ada Okafor told Ben Mensah his …", or a quotation: whose, is unclear
        if _may_be_the_subjects(t) and _in_own_clause(t, verb):
            return t
    return None


def _may_be_the_subjects(tok: Token) -> bool:
    """A possessive or reflexive can be the clause subject's ("Ada thanked her staff", "…
    defended herself"); an object pronoun cannot ("Ada praised her" is someone else)."""
    low = tok.lower_
    if low in {"himself", "herself"}:
        return True
    return low in {"his", "her"} and tok.dep_ == "poss"


def _in_own_clause(tok: Token, verb: Token) -> bool:
    """Whether tok hangs on the verb without crossing into another clause: in "Ada said the
    delay hurt his farm", "his" is inside what she said and may be anyone's."""
    while tok.i != verb.i:
        if tok.dep_ in OTHER_CLAUSE_DEPS:
            return False
        tok = tok.head
    return True
