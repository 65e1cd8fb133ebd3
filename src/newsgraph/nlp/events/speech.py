"""Events reported as speech or stance: "X said Y must …" (REQUEST), "X is willing to …" (AGREE).

Mixed into `EventFinder`, whose actor and recipient methods they use.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..reference.subjects import subject_of
from .codebook import EventGuess
from .lexicon import OBLIGATION


class SpeechTriggers:
    def _demand_in_speech(self, verb: Token) -> EventGuess | None:
        """"X said Y must …": a demand on Y (REQUEST) reported as speech."""
        for c in verb.children:
            if c.dep_ != "ccomp":
                continue
            subj = next((x for x in c.children if x.dep_ in {"nsubj", "nsubjpass"}), None)
            if subj is None:
                continue
            # "Y should go" asks; "should Y go, …" (the modal before its subject) supposes
            modal = any(a.dep_ == "aux" and a.lower_ in OBLIGATION and a.i > subj.i for a in c.children) or (
                c.lemma_ == "need" and any(x.dep_ == "xcomp" for x in c.children))
            if not modal:
                continue
            speaker = subject_of(verb)
            actors = self._actors(speaker) if speaker is not None else []
            passive = subj.dep_ == "nsubjpass" or any(x.dep_ == "auxpass" and x.lemma_ != "get" for x in c.children)
            if passive and subj.pos_ == "PRON":
                continue    # "things should be wrapped up", "it must be said": nothing asked for
            # the subject or a place it names ("forces in Yemen must …"), not a name inside a
            # clause or a possessor ("the notion that X could … should …"), and not the speaker
            recipients = [] if passive else [
                r for r in self._entity_actors(subj) if r.party and _in_phrase(self.doc[r.start:r.end].root, subj)
                and not (r.cluster is not None and any(a.cluster is r.cluster for a in actors))
                and self.doc[r.start:r.end].root.lower_ != "it"]     # "it should shock": no one
            if actors and (recipients or passive):
                negated, hypothetical = self._modality(verb)
                g = EventGuess("REQUEST", None, (verb.i, verb.i + 1), actors, recipients, negated,
                               hypothetical, 0.5, f"'{verb.lemma_} … {subj.text} must/should' -> REQUEST",
                               location=self._location(verb))
                if passive:     # "said the intervention must be avoided": what is asked for, of no one named
                    g.extra["target"] = (subj.left_edge.i, subj.right_edge.i + 1)
                return g
        return None

    def _willing(self, adj: Token) -> EventGuess | None:
        """"Chile is willing to pull back …": an offer, AGREE."""
        verb = adj.head
        xcomp = next((c for c in adj.children if c.dep_ == "xcomp"), None)
        if xcomp is None:
            return None
        subj = subject_of(verb)
        actors = self._actors(subj) if subj is not None else []
        recipients = self._recipients(xcomp, set(), fallback_in=True)
        if not actors or not recipients:
            return None
        negated, hypothetical = self._modality(verb)
        return EventGuess("AGREE", None, (adj.i, adj.i + 1), actors, recipients, negated, hypothetical, 0.5,
                          f"'{adj.text} to …' -> AGREE (an offer)", location=self._location(xcomp))


_CLAUSE_DEPS = frozenset({"acl", "relcl", "ccomp", "advcl", "poss", "nsubj", "nsubjpass", "dobj", "xcomp"})


def _in_phrase(tok: Token, head: Token) -> bool:
    """Whether `tok` is `head`, one of its conjuncts, or hangs from it through prepositions and
    modifiers only ("forces in Yemen"), not through a clause or a possessor."""
    heads = {head.i} | {x.i for x in head.conjuncts}
    for _ in range(8):
        if tok.i in heads:
            return True
        if tok.dep_ in _CLAUSE_DEPS or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False
