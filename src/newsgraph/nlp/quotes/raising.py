"""Raising verbs: "the mayor seemed to waver", "turnout is expected to fall", "it seems the
vote is lost". PolNeAR's annotators mark the writer's own reading of the subject as an
attribution with no source, its content the clause without the cue (about 245 such on
train for "seem", "appear" and an agentless passive "expect"). Before this reading the
subject was taken as the speaker, and the scorer dropped nearly all of them.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..reference.subjects import agent_objects
from .cues import CueTable, complement_kind
from .direct import DirectQuotes, QuoteGuess
from .spans import tok_range_chars, trim

# the verbs, by the dependency their subject takes
RAISING_VERBS = {"seem": "nsubj", "appear": "nsubj", "expect": "nsubjpass"}
RAISED_DEPS = frozenset({"xcomp", "acomp", "ccomp", "attr", "oprd"})
UNRAISED_LEFT = frozenset({"aux", "auxpass", "neg", "punct", "cc", "mark", "advmod"})


def from_raising(doc: Doc, verb: Token, lemma: str, cues: CueTable, marks: DirectQuotes) -> QuoteGuess | None:
    """The writer's reading with no speaker, or None. "She seemed to suggest that …" is
    hers: an infinitive that is a cue with a clause of its own keeps the usual reading."""
    subj = next((c for c in verb.lefts if c.dep_ == RAISING_VERBS[lemma]), None)
    comps = [c for c in verb.rights if c.dep_ in RAISED_DEPS or c.dep_ == "prep" and c.lower_ == "like"]
    if subj is None or not comps or agent_objects(verb):
        return None
    xcomp = next((c for c in comps if c.dep_ == "xcomp"), None)
    if xcomp is not None and complement_kind(xcomp) == "ccomp" and cues.is_cue(xcomp.lemma_.lower(), "ccomp")[0]:
        return None
    if subj.lower_ == "it" and comps[0].dep_ == "ccomp":
        left = None                   # "it seems (that) …": the pronoun holds no content
    else:
        # from the subject on: a setting before it ("In the west, turnout seems …") is the writer's
        left = [c for c in verb.lefts if c.dep_ not in UNRAISED_LEFT and c.i >= subj.i]
    pieces = [trim(doc, comps[0].left_edge.i, max(c.right_edge.i for c in comps) + 1)]
    if left:
        pieces.insert(0, trim(doc, left[0].left_edge.i, left[-1].right_edge.i + 1))
    g = marks.with_direct([p for p in pieces if p[1] > p[0]], verb)
    if g is None:
        return None
    if left and pieces[0][1] - pieces[0][0] == 1 and g.content[0][0] > doc[pieces[0][0]].idx:
        g.content.insert(0, tok_range_chars(doc, *pieces[0]))    # "He seemed uneasy"
    g.cue = [(verb.idx, verb.idx + len(verb))]
    g.cue_lemma = lemma
    g.confidence = 0.6
    g.via = f"raising verb '{lemma}' with {comps[0].dep_}"
    return g
