"""Events whose trigger is a noun ("the talks between X and Y", "criticism from Z")."""
from __future__ import annotations

from spacy.tokens import Token

from ..reference.actors import ActorGuess
from ..reference.subjects import agent_objects, subject_of
from .codebook import EventGuess
from .lexicon import (AMBIGUOUS_NOUNS, AUDIENCE_MODIFIERS, EXERCISE_NOUNS, FORCE_VERBS, GIVEN_NOUNS, MESSAGE_OBJECTS,
                      PRESS_NOUNS,
                      MOVEMENT_NOUNS, NOUN_MODES, THREAT_VERBS,
                      NOUN_TRIGGERS, RECEIVING_VERBS, RECIPIENT_PREPS, RECIPROCAL, TRANSFER_VERBS, UNDOING_VERBS,
                      VERB_TRIGGERS, VOICED, WINNING_VERBS, XCOMP_TRIGGERS)
from .triggers import noun_key as _noun_key, phrase as _phrase

PLURAL_POSSESSIVES = frozenset({"their", "our"})


class NominalTriggers:
    """Mixed into `EventFinder`, whose actor and recipient methods it uses."""

    def _from_noun(self, noun: Token) -> EventGuess | None:
        etype, mode = NOUN_TRIGGERS[_noun_key(noun)]
        if noun.lower_ in EXERCISE_NOUNS and not any(c.lower_ in {"joint", "military", "war", "naval", "combined"}
                                                     for c in noun.children):
            return None     # "exercise" alone is not a joint military exercise
        if any(c.dep_ in {"compound", "amod"} and c.lower_ in AUDIENCE_MODIFIERS for c in noun.children):
            return None     # "a press conference": an audience, no party met
        if etype == "CONSULT" and any(c.dep_ == "prep" and c.lower_ == "with" and any(
                p.dep_ == "pobj" and p.lower_ in PRESS_NOUNS for p in c.children) for c in noun.children):
            return None     # "a meeting with reporters": an interview
        if noun.lemma_.lower() == "threat" and not _threat_made(noun):
            return None     # "a big threat to X", "face the threat of terrorism": a danger, no threat made
        for c in noun.children:
            if c.dep_ in {"compound", "amod"} and c.lower_ in NOUN_MODES:
                mode = NOUN_MODES[c.lower_]
        actors, by_party = self._noun_actors(noun, etype)
        recipients = self._noun_recipients(noun, etype, by_party)
        governing = noun.head
        if noun.dep_ == "pobj" and governing.dep_ == "prep":
            governing = governing.head
        plural_poss = any(c.dep_ == "poss" and c.lower_ in PLURAL_POSSESSIVES for c in noun.children)
        if not actors and plural_poss and etype in RECIPROCAL and governing.pos_ == "VERB":
            # "during their video call, Varga invited Brell": "their" is the clause's two parties
            subj = subject_of(governing)
            parties = self._actors(subj) if subj is not None else []
            parties += self._recipients(governing, {subj.i} if subj is not None else set())
            parties = [a for a in parties if a.cluster is not None]
            if len(parties) > 1:
                return EventGuess(etype, mode, (noun.i, noun.i + 1), parties, list(parties), False, False, 0.5,
                                  f"noun '{noun.lower_}' -> {etype}; 'their' = the clause's actor and recipient",
                                  extra={"date_head": governing.i})
        if by_party and not recipients:
            subj = subject_of(governing) if governing.pos_ == "VERB" else None
            if subj is not None and (governing.lemma_.lower() in RECEIVING_VERBS or etype == "AID"):
                # "the regime faces condemnation from the EU", "would forsake donations from X": who receives it
                recipients = self._actors(subj)
            else:       # "to answer warnings from the junta": the clause's subject acts on the party
                recipients, actors = actors, []
        if governing.pos_ == "VERB" and governing.lemma_.lower() in UNDOING_VERBS:
            return None      # "violated the ceasefire agreement": not an agreement made
        conveyed = governing.lemma_.lower() in TRANSFER_VERBS and noun.lemma_.lower() in MESSAGE_OBJECTS
        if governing.pos_ == "VERB" and governing.lemma_.lower() not in RECEIVING_VERBS and not conveyed and (
                governing.lemma_.lower() in VERB_TRIGGERS.keys() - XCOMP_TRIGGERS - FORCE_VERBS or any(
                _phrase(governing.lemma_.lower(), c) is not None for c in governing.children)):
            return None      # "encouraged negotiations", "extended an invitation": the verb's event
        if recipients and noun.dep_ == "dobj" and governing.lemma_.lower() in WINNING_VERBS \
                and noun.lemma_.lower() in GIVEN_NOUNS \
                and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
            subj = subject_of(governing)
            if subj is not None:    # "won the endorsement of the union": the union endorses the winner
                actors, recipients = recipients, self._actors(subj)
        if not actors and noun.dep_ == "nsubjpass":
            # "the drill was held by Peruvian and Chilean navies"
            by = agent_objects(governing)
            if by:
                actors = self._actors(by[-1])
        if not actors and governing.pos_ in {"VERB", "AUX"} and noun.dep_ in {"pobj", "dobj", "attr"}:
            subj = subject_of(governing)
            actors = self._actors(subj) if subj is not None else []
            if etype == "CONSULT" and mode == "visit" and not recipients:
                for c in governing.children:
                    if c.dep_ == "prep" and c.lower_ in {"in", "to"}:
                        for pobj in c.children:
                            if pobj.dep_ == "pobj":
                                recipients += self._entity_actors(pobj)
        if etype in RECIPROCAL and not recipients and len(actors) > 1:
            recipients = list(actors)       # "the drill was held by Peruvian and Chilean navies"
        if actors and not recipients and governing.pos_ == "VERB" and noun.dep_ == "dobj":
            # "announced a truce in the north", "launched legal action against X"
            recipients = self._recipients(governing, {noun.i} | {a.start for a in actors} | {
                t.i for t in governing.children if t.dep_ in {"nsubj", "nsubjpass"}}, fallback_in=etype != "CONSULT")
        if noun.lower_ in AMBIGUOUS_NOUNS:     # "the release of the report" is no event
            recipients = [r for r in recipients if r.party]
        if not actors or not (recipients or etype in {"PROTEST"}):
            return None
        # "X's accusations could galvanize Y": what the act may cause is modal, not the act
        clause = governing if governing.pos_ in {"VERB", "AUX"} and noun.dep_ not in {"nsubj", "nsubjpass"} else noun
        negated, hypothetical = self._modality(clause)
        return EventGuess(etype, mode, (noun.i, noun.i + 1), actors, recipients, negated, hypothetical,
                          0.5 + (0.2 if recipients else 0),
                          f"noun '{noun.lower_}' -> {etype}; possessor or governing subject = actor",
                          location=self._location(governing) if governing.pos_ == "VERB" else None,
                          extra=self._noun_date_head(noun, governing))

    def _noun_actors(self, noun: Token, etype: str) -> tuple[list[ActorGuess], bool]:
        """The nominal's own actor (possessor, "by"/"from" party, "between" parties), and
        whether it came from a "by"/"from" phrase."""
        actors: list[ActorGuess] = []
        by_party = False
        for c in noun.children:
            if c.dep_ == "poss" and c.lower_ in PLURAL_POSSESSIVES:
                continue    # "their call": the clause's parties (find), not an antecedent
            if c.dep_ == "poss":
                actors = self._actors(c)
            elif c.dep_ == "prep" and (c.lower_ == "by" or c.lower_ == "from" and etype in VOICED | {"AID"}) \
                    and not actors:     # "donations from oil companies": the donors gave
                # "condemnation from the EU", "an invitation from the premier", "threats by the junta"
                actors = [a for p in c.children if p.dep_ == "pobj" for a in self._actors(p)
                          if a.party or etype == "AID"]     # "donations from individuals": the donors
                by_party = bool(actors)
            elif c.dep_ == "prep" and c.lower_ == "between" and etype == "CONSULT":
                for pobj in c.children:   # "the meeting between Varga and Brell"
                    if pobj.dep_ == "pobj":
                        actors = [a for a in self._actors(pobj) if a.cluster is not None]
                        if len(actors) < 2:
                            actors = self._parties_within(pobj) or actors
        if not actors and etype == "AID" and noun.dep_ == "dobj":
            # "accepts donations from individuals", the parse hanging "from" on the verb
            actors = [a for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "from"
                      for p in c.children if p.dep_ == "pobj" for a in self._actors(p)]
            by_party = bool(actors)
        return actors, by_party

    def _noun_recipients(self, noun: Token, etype: str, by_party: bool) -> list[ActorGuess]:
        recipients = []
        if noun.lower_ in MOVEMENT_NOUNS:
            # "the deployment of 200 troops to Bolivia": where they go, not what is sent
            around = list(noun.subtree) + ([t for p in noun.head.children if p.dep_ == "prep" for t in p.children]
                                           if noun.dep_ == "dobj" else [])
            recipients = [a for t in around if t.dep_ == "pobj" and t.head.lower_ in {"to", "into", "from"}
                          for a in self._entity_actors(t)]
        for c in [] if recipients else noun.children:
            if c.dep_ == "prep" and c.lower_ in RECIPIENT_PREPS | {"of"} and not (by_party and c.lower_ == "from"):
                for pobj in c.children:
                    if pobj.dep_ == "pobj":
                        recipients += self._entity_actors(pobj)
            elif c.dep_ in {"acl", "ccomp"} and etype in {"REQUEST", "THREATEN", "ACCUSE"} and not recipients:
                # "its demand that the US ease sanctions": the party asked
                subj = next((x for x in c.children if x.dep_ in {"nsubj", "nsubjpass"}), None)
                if subj is not None:
                    recipients += [a for a in self._entity_actors(subj) if a.party]
        return recipients


def _threat_made(noun: Token) -> bool:
    """A threat someone issued ("issued a threat", "her threats to …", "threats from X")."""
    if any(c.dep_ == "poss" for c in noun.children) or any(
            c.dep_ == "prep" and c.lower_ in {"by", "from"} for c in noun.children):
        return True
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in THREAT_VERBS
