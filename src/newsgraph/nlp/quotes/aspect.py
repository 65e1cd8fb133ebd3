"""Verbs of aspect and attempt that hand their infinitive the report: "continued to question
the plan", "went on to praise the mayor", "seemed to suggest that …", "tried to blame …".
PolNeAR's annotators mark the infinitive's cue (the aspect verb in its span) and the
infinitive's own complement as what was said; the aspect verb reports nothing by itself.
On train, of the "continue" and "go" candidates touching a gold content, 34 had that content
start inside the infinitive's complement and none with the infinitive. Handing the report
over moved train attributions 10,693 → 10,715, with 27 more candidates kept.
"""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from .cues import infinitive_advcl

# "seem" and "appear" too, before the raising reading (raising.py): "seemed to recognize the
# stakes" is the infinitive's report, "seemed to waver" (no cue) the writer's reading
ASPECT_VERBS = frozenset({"continue", "go", "tend", "seem", "appear", "begin", "start", "proceed", "try"})


def reporting_infinitive(verb: Token, is_cue: Callable[[Token], bool]) -> Token | None:
    """The infinitive an aspect verb hands its report to, when that infinitive is a cue."""
    if verb.lemma_.lower() not in ASPECT_VERBS:
        return None
    inner = next((c for c in verb.rights if c.pos_ == "VERB" and (
        c.dep_ == "xcomp" or infinitive_advcl(verb, c))), None)     # "went on to …": advcl
    if inner is None or not is_cue(inner):
        return None
    return inner


def aspect_cue_start(verb: Token, is_cue: Callable[[Token], bool]) -> int | None:
    """Where the cue of an infinitive under an aspect verb starts: at the aspect verb."""
    head = verb.head
    if head.i >= verb.i:
        return None
    inner = reporting_infinitive(head, is_cue)
    return head.idx if inner is not None and inner.i == verb.i else None
