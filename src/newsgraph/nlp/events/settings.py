"""Where, when and how an act happened is no target of it.

An event's target is what the act is done to or about ("rejected the deal", "talks on
trade"). A prepositional phrase that sets the scene — "in an interview", "at the rally",
"on television", "on the eve of the vote", "in the future", "with a shrug" — names the
act's setting, time or manner, and the parse hangs it on the trigger like an object.
"""
from __future__ import annotations

from spacy.tokens import Token

from .lexicon import PLACE_NOUNS

# "in X" and "at X" set the scene unless the verb takes them as its argument
SCENE_PREPS = frozenset({"in", "at", "during", "throughout", "amid"})
ARGUMENT_PREPS = frozenset({
    ("interfere", "in"), ("intervene", "in"), ("meddle", "in"), ("invest", "in"), ("participate", "in"),
    ("engage", "in"), ("involve", "in"), ("involvement", "in"), ("interference", "in"),
    ("intervention", "in"), ("role", "in"), ("aim", "at"), ("fire", "at"), ("shoot", "at"),
    ("lash", "at"), ("swipe", "at"), ("jab", "at"), ("strike", "at"), ("hit", "at"), ("point", "at"),
    ("direct", "at"), ("target", "at"), ("rail", "at"),
})
# a stretch of time is never what an act is done to ("won't back anyone this spring")
TIME_NOUNS = frozenset("""
    eve day days night nights morning mornings afternoon evening week weekend weekends month months
    year years future past cycle while era season
""".split())
# after "on", "in" or "at": a moment, an occasion, a medium ("at one point", "on the record")
SETTING_NOUNS = TIME_NOUNS | frozenset("""
    present start beginning end outset time times moment point occasion occasions stage sidelines
    sideline record television tv air airwaves radio show shows program programme broadcast podcast
    page website site blog feed account camera interview interviews rally rallies debate debates
    ballot trail tour phone behalf basis condition
""".split())
# "in the troubled republic" is where, and the place is what a mission or a fight is about
SCENE_PLACES = frozenset(PLACE_NOUNS | set("""
    republic country nation state kingdom island islands peninsula capital border borders county
    coast valley strip region regions territories streets street square
""".split()))
# acts whose "with X" is a partner or a charge ("talks with X", "charged with fraud"), not a manner
WITH_PARTNER_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "ACCUSE", "REJECT", "COERCE", "SANCTION"})


def is_setting(root: Token, etype: str) -> bool:
    """The head word of a non-party object names the act's setting, time or manner."""
    lemma = root.lemma_.lower()
    if root.ent_type_ in {"DATE", "TIME"} or lemma in TIME_NOUNS:
        return True
    if root.dep_ != "pobj":
        return False
    prep = root.head.lower_
    if prep in SCENE_PREPS:
        if (root.head.head.lemma_.lower(), prep) in ARGUMENT_PREPS:
            return False
        return not (root.ent_type_ in {"GPE", "LOC", "FAC"} or lemma in SCENE_PLACES)
    if prep == "with":
        return etype not in WITH_PARTNER_TYPES
    if prep in {"on", "upon"}:
        return lemma in SETTING_NOUNS
    return False
