"""An event's two sides are two parties.

The resolver reads a description or a pronoun on its own, so it can take "the nominee" in
"X pledged to back the nominee" to X, and the record says X backs X. When a party found by
reference is the very entity the other side names, the reference is read wrong: a
description stays the phrase, unresolved; a pronoun is dropped. A reflexive ("defended
himself") is meant to be the same party and is kept.
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from ..reference.actors import ActorGuess, code_actor

REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself",
                        "yourselves", "oneself", "themself"})


def by_reference(a: ActorGuess) -> bool:
    """Resolved to an entity none of whose mentions the party's own words hold."""
    return a.cluster is not None and not any(a.start <= s and e <= a.end for s, e in a.cluster.mentions)


def _apart(doc: Doc, parties: list[ActorGuess], taken: set[int],
           phrase_name: Callable[[int, int], str]) -> list[ActorGuess]:
    out = []
    for a in parties:
        span = doc[a.start:a.end]
        if not by_reference(a) or id(a.cluster) not in taken or span.root.lower_ in REFLEXIVES:
            out.append(a)
        elif span.root.pos_ != "PRON":
            out.append(ActorGuess(a.start, a.end, a.text, phrase_name(a.start, a.end), None,
                                  *code_actor(a.text, None)))
    return out


def keep_sides_apart(doc: Doc, g, phrase_name: Callable[[int, int], str]) -> None:
    """Recipients first, against every actor (even one itself found by reference: "he" and
    "him" are not both the same man); then actors, against the recipients named outright.
    A reciprocal event ("X and Y met") has each actor among its recipients by design."""
    if len(g.actors) > 1 and {(a.start, a.end) for a in g.actors} <= {(r.start, r.end) for r in g.recipients}:
        return
    actors = {id(a.cluster) for a in g.actors if a.cluster is not None}
    g.recipients = _apart(doc, g.recipients, actors, phrase_name)
    named = {id(r.cluster) for r in g.recipients if r.cluster is not None and not by_reference(r)}
    g.actors = _apart(doc, g.actors, named, phrase_name)
