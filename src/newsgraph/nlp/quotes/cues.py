"""Which verbs are attribution cues, and where their content lies.

Two sources, learned first: a table of how often each (verb lemma, complement kind) was a
cue in PolNeAR's training articles (`data/cue_lexicon.json`, built by
`python -m newsgraph.train.cue_lexicon`), and, for pairs the table has too few examples
of, the hand-written lists in `lexicon.py`.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..reference.lexicon import CALLED_ON_PREPS, CUE_VERBS, DOBJ_CUES, SPEECH_VERBS, XCOMP_CUES
from ..reference.subjects import is_infinitive

NAMED_TYPES = {"PERSON", "ORG", "GPE", "NORP"}
PERSONAL_PRONOUNS = {"i", "we", "you", "he", "she", "they"}
CUE_THRESHOLD = 0.4          # smoothed share of training occurrences that were cues
MIN_EXAMPLES = 3
NOUN_MIN_EXAMPLES = 5        # noun cues are rarer and noisier: ask for more evidence
PARENTHETICAL = frozenset({"say", "add", "note", "explain", "write", "tell", "argue", "insist",
                           "continue", "warn", "claim", "suggest", "recall"})
_HAND = {"ccomp": CUE_VERBS, "xcomp": XCOMP_CUES, "dobj": DOBJ_CUES, "parataxis": PARENTHETICAL,
         "prep": frozenset(), "none": SPEECH_VERBS}
_OBJECT_PREPS = {"as", "of", "for", "about", "over", "against"}
QUESTION_MARKS = frozenset({"if", "whether"})


def complement_kind(tok: Token) -> str:
    """The kind of dependent that would hold a cue's content."""
    deps = {c.dep_ for c in tok.children}
    if "ccomp" in deps or any(_embedded_question(tok, c) for c in tok.children):
        return "ccomp"
    if "xcomp" in deps or any(infinitive_advcl(tok, c) for c in tok.children):
        return "xcomp"
    if "dobj" in deps:
        return "dobj"
    if tok.dep_ == "parataxis":
        return "parataxis"
    if "prep" in deps:
        return "prep"
    return "none"


def _embedded_question(verb: Token, child: Token) -> bool:
    """"asked if she would run again": a yes-no question the parse hung as advcl (not "as if",
    "even if")."""
    return (child.dep_ == "advcl" and child.i > verb.i and any(
        c.dep_ == "mark" and c.lower_ in QUESTION_MARKS and c.i > 0 and c.nbor(-1).lower_ not in {"as", "even"}
        for c in child.children))


def infinitive_advcl(verb: Token, child: Token) -> bool:
    """"urges the crowd at the fair to “vote …”": an infinitive the parse hung as advcl."""
    return child.dep_ == "advcl" and child.i > verb.i and is_infinitive(child)


def _object_preposition(tok: Token) -> Token | None:
    """The first preposition after the word with an object of its own."""
    for c in tok.children:
        if c.dep_ == "prep" and c.i > tok.i and any(p.dep_ in {"pobj", "pcomp"} for p in c.children):
            return c
    return None


def content_preposition(tok: Token) -> str | None:
    """The preposition that carries a cue's object ("called for …", "criticism of …"). "Vote
    for" is a cue far more often than "vote in", so the cue table keeps a cell per
    preposition ("prep:for")."""
    prep = _object_preposition(tok)
    return prep.lower_ if prep is not None else None


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


def subject_class(verb: Token) -> str:
    """Who the verb's own subject is: a named party or personal pronoun, something else, or none."""
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None:
        return "none"
    if subj.ent_type_ in NAMED_TYPES or subj.lower_ in PERSONAL_PRONOUNS:
        return "named"
    return "other"


class CueTable:
    """How often each (lemma, complement kind) introduced an attribution in PolNeAR train
    (`newsgraph.train.cue_lexicon`), with the hand-written word lists where the table has
    too few examples. Loaded by the quotes component's `initialize` or `from_disk`."""

    def __init__(self, counts: dict[str, dict[str, list[int]]], threshold: float = CUE_THRESHOLD,
                 min_examples: int = MIN_EXAMPLES, noun_min_examples: int = NOUN_MIN_EXAMPLES):
        self.counts = counts
        self.threshold = threshold
        self.min_examples = min_examples
        self.noun_min_examples = noun_min_examples

    def rate(self, lemma: str, kind: str, min_examples: int | None = None) -> float | None:
        cell = self.counts.get(lemma, {}).get(kind)
        if cell is None or cell[1] < (self.min_examples if min_examples is None else min_examples):
            return None
        return cell[0] / (cell[1] + 2)

    def is_cue(self, lemma: str, kind: str, subject: str | None = None,
               preposition: str | None = None) -> tuple[bool, float]:
        """Whether a verb (or noun) with this complement kind is a cue, and how sure that is.

        With `preposition` (see `content_preposition`) a "prep" kind first asks the cell of
        that preposition ("call" + "for" is not "call" + "at"). With `subject` (see
        `subject_class`) the finer (kind, subject) cell is used when the table has enough
        examples of it: a named person "wants to …" is reported far more often than "the
        bill wants to …"."""
        least = self.noun_min_examples if kind.startswith("noun:") else self.min_examples
        rate = None
        if preposition and kind.endswith("prep"):
            rate = self.rate(lemma, f"{kind}:{preposition}", least)
        if rate is None and subject:
            rate = self.rate(lemma, f"{kind}|{subject}", least)
        if rate is None:
            rate = self.rate(lemma, kind, least)
        if rate is not None:
            return rate >= self.threshold, rate
        hand = lemma in _HAND.get(kind, ())
        return hand, 0.6 if hand else 0.0

    def can_introduce_quote(self, lemma: str) -> bool:
        """Whether the verb may attribute a direct quotation standing next to it."""
        if lemma in SPEECH_VERBS:
            return True
        cells = self.counts.get(lemma, {})
        return any(n >= self.min_examples and a / (n + 2) >= self.threshold
                   for kind, (a, n) in cells.items() if not kind.startswith(("noun:", "adj:")) and "|" not in kind)


# prepositions whose object is the one an infinitive cue calls on to act: those of the
# speaker rule (`controller_of`), and "called for X to act", which PolNeAR's contents take in too
CONTROLLER_PREPS = CALLED_ON_PREPS | {"for"}
TIME_ENTITIES = frozenset({"DATE", "TIME"})    # "sought on Monday to …", "declined for years to …"


def content_children(verb: Token, kind: str) -> list[Token]:
    """The dependents whose subtrees hold what the cue reports."""
    children = list(verb.children)
    if kind == "ccomp":
        return [c for c in children if c.dep_ == "ccomp" or _embedded_question(verb, c)]
    if kind == "xcomp":
        xcomps = [c for c in children if c.dep_ == "xcomp" or infinitive_advcl(verb, c)]
        # "urged supporters to monitor": the persuaded party is part of the content
        objs = [c for c in children if c.dep_ == "dobj" and c.i < xcomps[0].i]
        # "called on the council to act": so is the one called on, without the preposition
        objs += [p for c in children if c.dep_ == "prep" and c.lower_ in CONTROLLER_PREPS and verb.i < c.i < xcomps[0].i
                 for p in c.children if p.dep_ == "pobj" and p.ent_type_ not in TIME_ENTITIES]
        return sorted(objs, key=lambda t: t.i) + xcomps
    if kind == "dobj":
        return [c for c in children if c.dep_ in {"dobj", "oprd"}
                or c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS and c.i > verb.i]
    if kind == "prep":
        prep = _object_preposition(verb)
        if prep is not None:
            return [p for p in prep.children if p.dep_ in {"pobj", "pcomp"}]
    return []
