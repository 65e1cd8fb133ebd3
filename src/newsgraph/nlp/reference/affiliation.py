"""Whom a speaker speaks for: "a spokesperson for X", "X's spokesman", "X official Y".

A speaker described by a role that exists to speak for or work in an organisation
(`SPEAKING_ROLES`) carries that organisation as `affiliation`, read from the role noun's own
dependents, in the order of `AFFILIATION_LINKS`. A named speaker takes it from the role
noun in apposition ("Ada Lin, a spokeswoman for Northwind") or in front of the name
("Northwind spokesperson Ada Lin"). The organisation is named as its entity in the article
when it has one, else as written, less its article.
"""
from __future__ import annotations

from spacy.tokens import Token

from .entities import EntityTable
from .lexicon import ORG_NOUNS

SPEAKING_ROLES = frozenset("""
spokesperson spokesman spokeswoman spokespeople spokesmen spokeswomen official officials
representative representatives aide aides adviser advisers advisor advisors staffer staffers
executive executives lawyer lawyers attorney attorneys economist economists analyst analysts
source sources insider insiders employee employees researcher researchers strategist
strategists
""".split())

# (dependency of the organisation on the role noun, the preposition when there is one);
# the first that names an organisation wins
AFFILIATION_LINKS = (
    ("prep", frozenset({"for", "at", "with", "from", "in", "of"})),
    ("poss", None),
    ("compound", None),
)
ORG_TYPES = frozenset({"ORG", "GPE", "NORP"})
ORG_HEADS = ORG_NOUNS | {"authority", "authorities", "ministries", "agencies", "companies", "firms"}


def _organisation(tok: Token, entities: EntityTable) -> str | None:
    cluster = entities.at(tok.i)
    if cluster is not None and cluster.type in ORG_TYPES:
        return cluster.name
    # a capitalised word inside the sentence is a name even when the tagger calls it a noun
    named = tok.is_title and (tok.i > tok.sent.start or tok.dep_ in {"compound", "poss"})
    if tok.ent_type_ in ORG_TYPES or tok.pos_ == "PROPN" or named or tok.lower_ in ORG_HEADS:
        # the organisation's own words before its head ("the Lisbon port authority"), no article
        words = [t for t in tok.subtree if t.i <= tok.i and t.dep_ not in {"det", "case", "poss"}]
        return " ".join(t.text for t in words) or None
    return None


def _from_role(role: Token, entities: EntityTable) -> str | None:
    for dep, preps in AFFILIATION_LINKS:
        for child in role.children:
            if child.dep_ != dep:
                continue
            if preps is None:
                found = _organisation(child, entities)
            elif child.lower_ in preps:
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                found = _organisation(pobj, entities) if pobj is not None else None
            else:
                continue
            if found:
                return found
    return None


def affiliation(tok: Token, entities: EntityTable) -> str | None:
    """The organisation the speaker whose head token is `tok` speaks for, or None."""
    if tok.lower_ in SPEAKING_ROLES:
        return _from_role(tok, entities)
    for child in tok.children:
        if child.dep_ in {"appos", "compound"} and child.lower_ in SPEAKING_ROLES:
            found = _from_role(child, entities)
            if found:
                return found
    # "Acme's spokesman, Tom Reilly": the name is in apposition to the role
    if tok.dep_ == "appos" and tok.head.lower_ in SPEAKING_ROLES:
        return _from_role(tok.head, entities)
    return None
