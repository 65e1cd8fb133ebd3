"""Second-hand sourcing and medium of a quote, read from its cue's sentence."""
from __future__ import annotations

from spacy.tokens import Doc

from ..reference.lexicon import MEDIUM_BY_CUE, MEDIUM_WORDS, is_outlet
from .spans import SOURCING_PREPS, strip_the


def add_sourcing(doc: Doc, g, in_direct: dict) -> None:
    """Second-hand source and medium: ", per AP News", "told CNN", "in a statement", "tweeted"."""
    if g.cue:
        sent = doc.char_span(g.cue[0][0], g.cue[0][1], alignment_mode="expand").sent
    else:
        sent = doc.char_span(g.content[-1][0], g.content[-1][1], alignment_mode="expand")[-1].sent
    speaker_tokens = set(range(g.speaker.start, g.speaker.end)) if g.speaker else set()
    for t in sent:
        low = t.lower_
        if low in SOURCING_PREPS and t.pos_ == "ADP" or (
                low == "to" and t.i > 0 and doc[t.i - 1].lower_ == "according"):
            pobj = next((c for c in t.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.i not in speaker_tokens and pobj.i not in in_direct:
                name = doc[pobj.left_edge.i:pobj.i + 1].text
                if is_outlet(name) or pobj.ent_type_ == "ORG":
                    g.reported_by = strip_the(name)
        elif low in {"interview", "interviews"}:
            g.medium = g.medium or "interview"
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ == "with":
                    pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
                    if pobj is not None and is_outlet(doc[pobj.left_edge.i:pobj.i + 1].text):
                        g.reported_by = strip_the(doc[pobj.left_edge.i:pobj.i + 1].text)
    if g.cue_lemma == "tell" and g.cue:
        verb = doc.char_span(*g.cue[0], alignment_mode="expand")[0]
        for c in verb.children:
            if c.dep_ in {"dobj", "dative"}:
                name = doc[c.left_edge.i:c.i + 1].text
                if is_outlet(name):
                    g.reported_by = g.reported_by or strip_the(name)
                    g.medium = g.medium or "interview"
                elif c.lower_ == "reporters":
                    g.medium = g.medium or "remarks to reporters"
    if g.cue_lemma in MEDIUM_BY_CUE:
        g.medium = g.medium or MEDIUM_BY_CUE[g.cue_lemma]
    if g.medium is None and g.cue:
        verb = doc.char_span(*g.cue[0], alignment_mode="expand")[0]
        for c in verb.children:
            if c.dep_ == "prep":
                for t in c.subtree:
                    hit = MEDIUM_WORDS.get(t.lower_)
                    if hit and t.pos_ in {"NOUN", "PROPN"}:
                        g.medium = hit
                        break
            if g.medium:
                break
