"""Campaign idiom in the words of diplomacy: no event, whatever the trigger word says.

"His appeal to young voters", "appealing to farmers' anger" court an audience; they ask
no one for anything (the manual's REQUEST asks a party to act). "Visited a small bakery",
"a stop in every county" go somewhere and meet no one (the manual's CONSULT is
between parties).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .triggers import infinitive_to

COURTING_WORDS = frozenset({"appeal", "appeals"})
# what a real appeal asks for: "appealed to X to release …", "an appeal for calm"
ASKED_FOR_PREPS = frozenset({"for", "against"})


def campaign_idiom(doc: Doc, g) -> bool:
    return _courting(doc, g) or _visit_to_no_one(g)


def _courting(doc: Doc, g) -> bool:
    """An appeal that asks for nothing: no act requested, nothing appealed for."""
    trigger = doc[g.trigger[0]]
    if g.type != "REQUEST" or trigger.lemma_.lower() not in COURTING_WORDS and trigger.lower_ not in COURTING_WORDS:
        return False
    return not any(_asks(t) for t in trigger.subtree if t.i != trigger.i)


def _asks(tok: Token) -> bool:
    if tok.dep_ in {"xcomp", "ccomp"} or tok.dep_ in {"acl", "advcl", "relcl"} and tok.pos_ == "VERB" and (
            infinitive_to(tok) is not None):
        return True
    return tok.dep_ == "prep" and tok.lower_ in ASKED_FOR_PREPS


def _visit_to_no_one(g) -> bool:
    """A visit with no party at its end: a place seen, no one met."""
    return g.type == "CONSULT" and g.mode == "visit" and not g.recipients
