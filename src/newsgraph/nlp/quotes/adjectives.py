"""Stance adjectives as cues: "X is skeptical of Y", "X was confident that Y", "X is eager
to Y". PolNeAR's annotators mark such beliefs and attitudes as attributions (about 200 such
cues on train, over nearly a hundred adjectives). Each (adjective, complement kind) gets its rate from
the learned cue table like a verb ("adj:prep", "adj:that", "adj:xcomp"); the content is the
complement, the source the subject of the copula.
"""
from __future__ import annotations

from spacy.tokens import Token

COPULAS = frozenset({"be", "seem", "remain", "appear", "feel", "sound", "look", "become", "grow", "stay"})
COMPLEMENT_KINDS = (("prep", "prep"), ("ccomp", "that"), ("xcomp", "xcomp"))


def adjective_complement(adj: Token) -> tuple[str, Token] | None:
    """("adj:KIND", the complement's top token) for a predicate adjective after a copula."""
    if adj.pos_ != "ADJ" or adj.dep_ != "acomp" or adj.head.lemma_.lower() not in COPULAS:
        return None
    for child in adj.children:
        if child.i < adj.i:
            continue
        for dep, kind in COMPLEMENT_KINDS:
            if child.dep_ != dep:
                continue
            if dep == "prep":
                obj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
                if obj is None:
                    continue
                return f"adj:{kind}", obj
            return f"adj:{kind}", child
    return None
