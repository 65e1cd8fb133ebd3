"""Which verbs are attribution cues, and where their content lies.

Two sources, learned first: a table of how often each (verb lemma, complement kind) was a
cue in PolNeAR's training articles (`data/cue_lexicon.json`, built by
`python -m newsgraph.train.cue_lexicon`), and, for pairs the table has too few examples
of, the hand-written lists in `lexicon.py`.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from ..reference.lexicon import CUE_VERBS, DOBJ_CUES, SPEECH_VERBS, XCOMP_CUES

NAMED_TYPES = {"PERSON", "ORG", "GPE", "NORP"}
PERSONAL_PRONOUNS = {"i", "we", "you", "he", "she", "they"}
CUE_THRESHOLD = 0.4          # smoothed share of training occurrences that were cues
MIN_EXAMPLES = 3
PARENTHETICAL = frozenset({"say", "add", "note", "explain", "write", "tell", "argue", "insist",
                           "continue", "warn", "claim", "suggest", "recall"})
_HAND = {"ccomp": CUE_VERBS, "xcomp": XCOMP_CUES, "dobj": DOBJ_CUES, "parataxis": PARENTHETICAL,
         "prep": frozenset(), "none": SPEECH_VERBS}
_OBJECT_PREPS = {"as", "of", "for", "about", "over", "against"}


def complement_kind(tok: Token) -> str:
    """The kind of dependent that would hold a cue's content."""
    deps = {c.dep_ for c in tok.children}
    if "ccomp" in deps:
        return "ccomp"
    if "xcomp" in deps or any(_infinitive_advcl(tok, c) for c in tok.children):
        return "xcomp"
    if "dobj" in deps:
        return "dobj"
    if tok.dep_ == "parataxis":
        return "parataxis"
    if "prep" in deps:
        return "prep"
    return "none"


def _infinitive_advcl(verb: Token, child: Token) -> bool:
    """"tells his supporters at a rally to “go …”": an infinitive the parse hung as advcl."""
    return (child.dep_ == "advcl" and child.i > verb.i and child.tag_ == "VB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children))


def noun_complement_kind(tok: Token) -> str:
    """For a noun cue: a "that" clause ("the claim that ..."), an "of/about" object, or none."""
    for c in tok.children:
        if c.dep_ in {"acl", "ccomp", "relcl"} and c.i > tok.i and any(
                t.lower_ == "that" and t.dep_ == "mark" for t in c.children):
            return "that"
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in {"of", "about", "on", "over", "against", "for"} and c.i > tok.i:
            return "prep"
    return "none"


@lru_cache(maxsize=1)
def learned_counts() -> dict[str, dict[str, list[int]]]:
    try:
        raw = resources.files("newsgraph.data").joinpath("cue_lexicon.json").read_text("utf-8")
    except FileNotFoundError:     # degrade to the hand-written lists
        return {}
    return json.loads(raw)["counts"]


def cue_rate(lemma: str, kind: str, min_examples: int = MIN_EXAMPLES) -> float | None:
    cell = learned_counts().get(lemma, {}).get(kind)
    if cell is None or cell[1] < min_examples:
        return None
    return cell[0] / (cell[1] + 2)


def subject_class(verb: Token) -> str:
    """Who the verb's own subject is: a named party or personal pronoun, something else, or none."""
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None:
        return "none"
    if subj.ent_type_ in NAMED_TYPES or subj.lower_ in PERSONAL_PRONOUNS:
        return "named"
    return "other"


def is_cue(lemma: str, kind: str, threshold: float = CUE_THRESHOLD,
           min_examples: int = MIN_EXAMPLES, subject: str | None = None) -> tuple[bool, float]:
    """Whether a verb (or noun) with this complement kind is a cue, and how sure that is.

    With `subject` (see `subject_class`) the finer (kind, subject) cell is used when the
    table has enough examples of it: "Clinton wants to …" is reported far more often than
    "the bill wants to …"."""
    rate = cue_rate(lemma, f"{kind}|{subject}", min_examples) if subject else None
    if rate is None:
        rate = cue_rate(lemma, kind, min_examples)
    if rate is not None:
        return rate >= threshold, rate
    hand = lemma in _HAND.get(kind, ())
    return hand, 0.6 if hand else 0.0


def can_introduce_quote(lemma: str, threshold: float = CUE_THRESHOLD) -> bool:
    """Whether the verb may attribute a direct quotation standing next to it."""
    if lemma in SPEECH_VERBS:
        return True
    cells = learned_counts().get(lemma, {})
    return any(n >= MIN_EXAMPLES and a / (n + 2) >= threshold
               for kind, (a, n) in cells.items() if not kind.startswith("noun:") and "|" not in kind)


def content_children(verb: Token, kind: str) -> list[Token]:
    """The dependents whose subtrees hold what the cue reports."""
    children = list(verb.children)
    if kind == "ccomp":
        return [c for c in children if c.dep_ == "ccomp"]
    if kind == "xcomp":
        xcomps = [c for c in children if c.dep_ == "xcomp" or _infinitive_advcl(verb, c)]
        # "urged supporters to monitor": the persuaded party is part of the content
        objs = [c for c in children if c.dep_ == "dobj" and c.i < xcomps[0].i]
        return objs + xcomps
    if kind == "dobj":
        return [c for c in children if c.dep_ in {"dobj", "oprd"}
                or c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS and c.i > verb.i]
    if kind == "prep":
        for c in children:
            if c.dep_ == "prep" and c.i > verb.i:
                objs = [p for p in c.children if p.dep_ in {"pobj", "pcomp"}]
                if objs:
                    return objs
    return []
