"""Events: who did what to whom, coded in PLOVER v2.

A trigger (a verb, a verb with its object or particle, or an event noun) gives the type
and mode; the dependency parse gives actors and recipients, which are resolved to the
article's entities (pronouns and descriptions through the speaker resolver) and coded
with a country and a PLOVER sector. Negated, conditional and merely threatened or
planned events are marked, not dropped.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..reference.actors import ActorGuess, code_actor
from .codebook import EventGuess, apply_codebook
from .contexts import context_of
from .lexicon import (
    AGREEMENT_WORDS, AID_OBJECTS, AMBIGUOUS_NOUNS, BENEFICIARY_TYPES, DEMAND_SPEECH,
    CAPTURE_VERBS, EXERCISE_NOUNS, FORCE_VERBS, MESSAGE_OBJECTS, HYPOTHETICAL_AUX, HYPOTHETICAL_HEADS, MOVEMENT_NOUNS,
    NEGATING_HEADS, NOUN_MODES, NOUN_TRIGGERS, OBLIGATION, PARTY_OBJECTS, PARTY_VERBS,
    PHRASE_TRIGGERS, PLACED_TYPES, PLACE_NOUNS, QUANTIFIERS, RECEIVING_VERBS, RECIPIENT_PREPS,
    RECIPROCAL, REPORTING_VERBS, TOPIC_VERBS, TRANSFER_VERBS, UNDIRECTED,
    UNDOING_VERBS, VERB_TRIGGERS, VOICED, WEAK, WILLING, XCOMP_TRIGGERS)
from ..reference.gazetteer import SECTOR_WORDS
from ..reference.lexicon import country_of
from ..reference.speakers import SpeakerResolver, subject_of


def _noun_key(tok: Token) -> str:
    """The noun as the lexicon spells it: hyphenated compounds are split by the tokenizer."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ and not doc[tok.i - 2].whitespace_:
        return f"{doc[tok.i - 2].lower_}-{tok.lower_}"
    return tok.lower_


def _phrase(lemma: str, obj: Token) -> tuple[str, str | None] | None:
    """The (type, mode) a verb makes with this object or particle, if the lexicon has it."""
    return PHRASE_TRIGGERS.get((lemma, obj.lemma_.lower())) or PHRASE_TRIGGERS.get(
        (lemma, _noun_key(obj).replace("-", "")))     # "a cease-fire"


class EventFinder:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.resolver = SpeakerResolver(doc)
        self.entities = self.resolver.entities

    def run(self) -> list[EventGuess]:
        out = []
        for tok in self.doc:
            g = None
            if tok.pos_ == "VERB" and tok.lemma_.lower() in DEMAND_SPEECH and not any(
                    (tok.lemma_.lower(), c.lemma_.lower()) in PHRASE_TRIGGERS for c in tok.children):
                g = self._demand_in_speech(tok) or self._from_verb(tok)
            elif tok.pos_ == "VERB" and not self._capitalised_name(tok):
                g = self._from_verb(tok)
            elif tok.pos_ == "ADJ" and tok.lower_ in WILLING and tok.dep_ == "acomp":
                g = self._willing(tok)
            elif tok.pos_ in {"NOUN", "PROPN"} and _noun_key(tok) in NOUN_TRIGGERS:
                g = self._from_noun(tok)
            if g is not None:
                g = apply_codebook(self.doc, g)
                g.context = context_of(self.doc[g.trigger[0]].sent,
                                       [(a.country, a.sector) for a in g.actors + g.recipients])
                out.append(g)
        return out

    def _capitalised_name(self, tok: Token) -> bool:
        """A capitalised "verb" inside a lower-case sentence is a name: the month "March",
        a programme ("Meet the Press"). Title-case headlines keep their verbs."""
        if not tok.text[:1].isupper() or tok.is_sent_start:
            return False
        words = [t for t in tok.sent if t.is_alpha]
        if sum(t.text[:1].isupper() for t in words) > 0.6 * len(words):
            return False
        following = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else tok
        return tok.text == "March" or bool(tok.ent_type_) or following.text[:1].isupper()

    # -- actors -------------------------------------------------------------------------
    def _actor(self, tok: Token) -> ActorGuess | None:
        party = self._counted_party(tok)
        if party is not None:       # "dozens of demonstrators": the demonstrators, counted
            a = self._actor(party)
            if a is not None:
                a.start, a.text = tok.left_edge.i, self.doc[tok.left_edge.i:a.end].text
            return a
        if tok.pos_ not in {"PROPN", "NOUN", "PRON"} and not tok.ent_type_:
            return None
        guess = self.resolver.resolve(tok)
        if guess.via == "author":     # "a request by President X": the party is X
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ in {"by", "from"}:
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj" and self.entities.at(pobj.i) is guess.cluster:
                            return self._actor(pobj)
        start, end = guess.start, guess.end
        if tok.pos_ == "PRON" and guess.cluster is not None:
            # "X says it will …": report the actor at its name earlier in the sentence
            sent = tok.sent
            earlier = [m for m in guess.cluster.mentions if sent.start <= m[0] and m[1] <= tok.i]
            if earlier:
                root = self.doc[earlier[-1][0]:earlier[-1][1]].root
                while root.dep_ in {"amod", "compound"} and root.head.pos_ in {"NOUN", "PROPN"} and root.head.i < tok.i:
                    root = root.head    # "the Israeli military", not "Israeli"
                start, end = max(root.left_edge.i, sent.start), max(root.i + 1, earlier[-1][1])
        # actor spans stop at a conjunction: each conjunct is its own actor
        for i in range(start, end):
            if self.doc[i].dep_ == "cc" and i > tok.i:
                end = i
                break
        if guess.cluster is None and tok.pos_ == "PRON" or tok.ent_type_ in {
                "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"}:
            return None
        text = self.doc[start:end].text
        return ActorGuess(start, end, text, guess.name, guess.cluster, *code_actor(text, guess.cluster),
                          pronoun=tok.pos_ == "PRON")

    @staticmethod
    def _counted_party(tok: Token) -> Token | None:
        """The party in "dozens of X", "one of two men", "some of the prisoners"."""
        if not (tok.ent_type_ in {"CARDINAL", "QUANTITY"} or tok.pos_ == "NUM" or tok.lower_ in QUANTIFIERS):
            return None
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                return next((p for p in prep.children if p.dep_ == "pobj" and p.pos_ in {"NOUN", "PROPN", "NUM"}), None)
        return None

    def _actors(self, tok: Token | None) -> list[ActorGuess]:
        if tok is None:
            return []
        pair = self._the_two(tok)
        if pair:
            return pair
        out = []
        for t in [tok, *tok.conjuncts]:
            a = self._actor(t)
            if a is not None:
                out.append(a)
        return out

    def _recipients(self, verb: Token, skip: set[int], fallback_in: bool = False,
                    carrier: Token | None = None) -> list[ActorGuess]:
        """Objects and prepositional objects; parties win over plain nouns."""
        lemma = verb.lemma_.lower()
        etype = VERB_TRIGGERS.get(lemma, ("",))[0]
        heads: list[Token] = []
        if carrier is not None:
            # "expressed concerns to Kuleba", "voiced support for X", "remained on alert in
            # Manila": the trigger's object carries the recipient
            for p in carrier.children:
                if p.dep_ == "prep" and (p.lower_ in RECIPIENT_PREPS | {"for", "by", "between"}
                                         or (fallback_in and p.lower_ == "in")):
                    heads += [o for o in p.children if o.dep_ == "pobj"]
                elif p.dep_ == "compound" and (p.ent_type_ in {"ORG", "GPE", "PERSON", "NORP"}
                                               or p.lower_ in SECTOR_WORDS or p.lemma_.lower() in SECTOR_WORDS):
                    heads.append(p)      # "gave the Pentagon permission", parsed as one noun phrase
        for child in verb.children:
            if child.i in skip:
                continue
            if child.dep_ in {"dobj", "dative", "nsubjpass"}:
                if etype == "MOBILIZE" and child.dep_ == "dobj":
                    continue      # "mobilized troops": the forces, not their target
                heads.append(child)
            elif child.dep_ == "prep" and child.lower_ in RECIPIENT_PREPS:
                heads += [p for p in child.children if p.dep_ == "pobj" and p.i not in skip]
        if not heads and etype == "MOBILIZE":
            # "mobilized the army for a ground assault against X"
            heads += [t for t in verb.subtree if t.dep_ == "pobj" and t.head.lower_ in {"against", "toward", "towards"}]
        if not heads and fallback_in:   # "fighting erupted in Thailand": the place is the target
            for child in verb.children:
                if child.dep_ == "prep" and child.lower_ == "in":
                    heads += [p for p in child.children if p.dep_ == "pobj"]
        if lemma in TRANSFER_VERBS:
            # "returned the painting to its owner": the receiver, not the thing handed over
            heads.sort(key=lambda h: 0 if h.dep_ == "dative" or (
                h.dep_ == "pobj" and h.head.lower_ in {"to", "for"}) else 1)
        elif etype in BENEFICIARY_TYPES:
            # "offered aid to X", "agreed with X": the prepositional object is the recipient
            heads.sort(key=lambda h: 0 if h.dep_ == "pobj" and h.head.lower_ in {"to", "with", "for"} else 1)
        found = [self._entity_actors(head) for head in heads]
        if lemma in TRANSFER_VERBS and heads and heads[0].dep_ != "dobj" and found[0]:
            return found[0]
        named = [a for each in found for a in each if a.named]
        return named or [a for each in found for a in each if not a.named][:1]

    def _complement_recipients(self, verb: Token, etype: str, skip: set[int]) -> list[ActorGuess]:
        """"agreed to offer aid to X", "demanded that X apologize": the recipient sits in the complement."""
        for child in verb.children:
            if child.dep_ == "xcomp":
                found = self._recipients(child, skip, fallback_in=True)
                if found:
                    return found
            elif child.dep_ == "ccomp" and etype in {"REQUEST", "THREATEN", "ACCUSE", "REJECT", "SUPPORT"}:
                subj = next((c for c in child.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
                if subj is not None:
                    found = self._entity_actors(subj)
                    if found:
                        return found
        return []

    def _entity_actors(self, tok: Token) -> list[ActorGuess]:
        """An object's entity ("sanctions on Iran" -> Iran), else the object itself."""
        found = self._actors(tok)
        if any(a.named for a in found) or tok.lemma_.lower() in PLACE_NOUNS:
            return found      # "the rebel-held region near Damascus" is itself the target
        for t in tok.subtree:
            if t.i != tok.i and t.ent_type_ in {"GPE", "ORG", "PERSON", "NORP"} and t.dep_ in {"pobj", "poss", "compound"}:
                while t.dep_ == "compound" and t.head.pos_ == "PROPN" and t.head.i != tok.i:
                    t = t.head      # "by Chilean President Ana Soto": the whole name, not "Chilean"
                a = self._actor(t)
                if a is not None:
                    return [a]
        # "the appeal of an Australian citizen", "a request from the prime minister": a party
        # inside an abstract object is the recipient
        if any(a.sector for a in found):
            return found
        for t in tok.subtree:
            if (t.i != tok.i and t.dep_ == "pobj" and t.head.lower_ in {"of", "from", "to", "for", "against", "by",
                                                                       "on", "into", "with"}
                    and t.pos_ in {"NOUN", "PROPN"}):
                a = self._actor(t)
                if a is not None and a.party:
                    return [a]
        return found

    @staticmethod
    def _noun_date_head(noun: Token, governing: Token) -> dict:
        """Where the nominal's date is read: its clause's verb, except a verb that only
        reports or schedules it ("the meeting was announced on Friday")."""
        if governing.pos_ in {"VERB", "AUX"} and governing.lemma_.lower() in REPORTING_VERBS:
            return {"date_head": noun.i, "own_date_only": True}
        return {"date_head": governing.i if governing.pos_ in {"VERB", "AUX"} else noun.i}

    def _the_two(self, tok: Token) -> list[ActorGuess]:
        """"The two leaders", "both countries": each of the two parties named before."""
        pair = self.resolver.pair(tok)
        if not pair:
            return []
        start, end = tok.left_edge.i, tok.i + 1
        text = self.doc[start:end].text
        return [ActorGuess(start, end, text, c.name, c, *code_actor(c.name, c)) for c in pair]

    def _is_person_object(self, a: ActorGuess) -> bool:
        """A receiver the words mark as people: a dative ("awarded the Warmbiers …") or
        prisoners, hostages, detainees."""
        root = self.doc[a.start:a.end].root
        return root.dep_ == "dative" or root.lemma_.lower() in PARTY_OBJECTS or root.lower_ in PARTY_OBJECTS

    def _parties_within(self, tok: Token) -> list[ActorGuess]:
        """Each named party in a phrase the parse did not split into conjuncts ("Xi and
        Russian President Vladimir Putin" parsed as one name)."""
        out: list[ActorGuess] = []
        seen: set[int] = set()
        for t in tok.subtree:
            cluster = self.entities.at(t.i)
            if cluster is None or id(cluster) in seen or t.ent_type_ not in {"PERSON", "ORG", "GPE"}:
                continue
            if t.i + 1 < len(self.doc) and self.doc[t.i + 1].ent_iob_ == "I":
                continue      # use the last token of the name
            a = self._actor(t)
            if a is not None:
                seen.add(id(cluster))
                ent = next((e for e in self.doc.ents if e.start <= t.i < e.end), None)
                if ent is not None and a.end - a.start > ent.end - ent.start + 3:
                    a.start, a.end, a.text = ent.start, ent.end, ent.text     # not the whole run-on phrase
                out.append(a)
        return out if len(out) > 1 else []

    def _destination(self, verb: Token, subject: Token | None) -> list[ActorGuess]:
        """The first place or party named in the verb's clause outside its subject."""
        inside_subject = {t.i for t in subject.subtree} if subject is not None else set()
        for t in verb.subtree:
            if t.i not in inside_subject and t.ent_type_ in {"GPE", "NORP"} and t.dep_ in {"pobj", "compound", "amod", "dobj"}:
                while t.dep_ in {"compound", "amod"} and t.head.pos_ in {"NOUN", "PROPN"} and t.head.i not in inside_subject:
                    t = t.head
                a = self._actor(t)
                if a is not None:
                    return [a]
        return []

    def _demand_in_speech(self, verb: Token) -> EventGuess | None:
        """"X said Y must …": a demand on Y (REQUEST) reported as speech."""
        for c in verb.children:
            if c.dep_ != "ccomp":
                continue
            modal = any(a.dep_ == "aux" and a.lower_ in OBLIGATION for a in c.children) or (
                c.lemma_ == "need" and any(x.dep_ == "xcomp" for x in c.children))
            subj = next((x for x in c.children if x.dep_ in {"nsubj", "nsubjpass"}), None)
            if not modal or subj is None:
                continue
            speaker = subject_of(verb)
            actors = self._actors(speaker) if speaker is not None else []
            recipients = [r for r in self._entity_actors(subj) if r.party]
            if actors and recipients:
                negated, hypothetical = self._modality(verb)
                return EventGuess("REQUEST", None, (verb.i, verb.i + 1), actors, recipients, negated,
                                  hypothetical, 0.5, f"'{verb.lemma_} … {subj.text} must/should' -> REQUEST",
                                  location=self._location(verb))
        return None

    def _willing(self, adj: Token) -> EventGuess | None:
        """"Russia is willing to withdraw …": an offer, AGREE."""
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

    # -- modality -----------------------------------------------------------------------
    def _modality(self, tok: Token) -> tuple[bool, bool]:
        negated = any(c.dep_ == "neg" for c in tok.children)
        hypothetical = any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX for c in tok.children)
        head = tok
        for _ in range(3):
            if head.dep_ in {"xcomp", "ccomp"} and head.head.lemma_.lower() in HYPOTHETICAL_HEADS:
                hypothetical = True
            if any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in head.children):
                hypothetical = True
            if head.head.i == head.i:
                break
            if head.dep_ in {"xcomp"}:
                # "did not agree to …", "failed to reach …"
                negated = negated or head.head.lemma_.lower() in NEGATING_HEADS or any(
                    c.dep_ == "neg" for c in head.head.children)
            head = head.head
        return negated, hypothetical

    def _location(self, tok: Token) -> dict | None:
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in {"in", "at"}:
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and pobj.ent_type_ in {"GPE", "LOC", "FAC"}:
                        span = self.doc[pobj.left_edge.i:pobj.i + 1]
                        return {"text": span.text, "country": country_of(pobj.text)}
        return None

    # -- triggers -----------------------------------------------------------------------
    def _from_verb(self, verb: Token) -> EventGuess | None:
        lemma = verb.lemma_.lower()
        hit, how, trigger_obj = None, "", None
        objs = [c for c in verb.children if c.dep_ in {"dobj", "prt", "oprd", "acomp"}
                or (c.dep_ == "xcomp" and c.pos_ == "ADJ")]      # "found X guilty"
        objs += [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
        # "declared a state of emergency": the noun after "of" names the act
        objs += [p for c in objs if c.dep_ == "dobj" for pr in c.children if pr.dep_ == "prep" and pr.lower_ == "of"
                 for p in pr.children if p.dep_ == "pobj"]
        # "ended mediation efforts", "launched peace talks": the modifier names the act
        objs += [m for c in objs if c.dep_ == "dobj" for m in c.children if m.dep_ == "compound" and m.pos_ in {"NOUN", "PROPN"}]
        for o in objs:
            hit = _phrase(lemma, o)
            if hit is not None:
                how, trigger_obj = f"'{lemma} {o.text}'", o
                break
        if hit is None and lemma in RECEIVING_VERBS and any(
                c.dep_ == "dobj" and _noun_key(c) in NOUN_TRIGGERS for c in verb.children):
            return None     # "received an invitation from X": the noun is the event, X its actor
        if hit is None and lemma in VERB_TRIGGERS:
            hit, how = VERB_TRIGGERS[lemma], f"verb '{lemma}'"
            if lemma in XCOMP_TRIGGERS and not any(c.dep_ == "xcomp" for c in verb.children):
                return None     # "ordered X to leave" is a demand; "ordered the arrest of X" is the arrest
            if lemma in FORCE_VERBS and not any(c.dep_ in {"dobj", "nsubjpass"} and code_actor(
                    self.doc[c.left_edge.i:c.i + 1].text, None)[1] in {"MIL", "COP"} for c in verb.children):
                return None     # "intensified its bombardment", "reinforced the stigma": no forces mobilised
        if hit is None:
            return None
        etype, mode = hit
        subject = subject_of(verb)
        if subject is not None and subject.i == verb.head.i and self.entities.at(subject.i) is None \
                and subject.pos_ == "NOUN":
            subject = None      # "an invitation to visit": the noun is not the visitor
        actors = self._actors(subject) if subject is not None else []
        passive = any(c.dep_ == "nsubjpass" for c in verb.children)
        skip = {subject.i} if subject is not None else set()
        if trigger_obj is not None and trigger_obj.lemma_.lower() not in PARTY_OBJECTS \
                and trigger_obj.lower_ not in PARTY_OBJECTS:
            skip.add(trigger_obj.i)   # "expressed concern": the object is the trigger; "summoned the ambassador": a party
        carrier = trigger_obj if trigger_obj is not None and trigger_obj.i in skip else None
        if carrier is not None and carrier.dep_ == "compound":
            carrier = carrier.head      # "ended mediation efforts between X": the phrase's head
        recipients = self._recipients(verb, skip, fallback_in=etype != "CONSULT", carrier=carrier)
        if lemma in TOPIC_VERBS:
            # "discussed the war in Ukraine with X": what is discussed is no party to it
            recipients = [r for r in recipients
                          if self.doc[r.start:r.end].root.head.lower_ == "with"] or (recipients if len(actors) < 2 else [])
        if passive:
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            if agent is None:
                actors = []
        if not actors:
            return None
        if not recipients:
            recipients = self._complement_recipients(verb, etype, skip)
        if etype in PLACED_TYPES and recipients and not any(
                r.party or self._is_person_object(r) for r in recipients):
            # "agreed to lay down their weapons in eastern Lebanon": the place, not the weapons
            recipients = self._destination(verb, subject) or recipients
        # "Kiir pardoned him": a pronoun object resolved to the subject is a misresolution
        recipients = [r for r in recipients if not r.pronoun or all(r.cluster is not a.cluster for a in actors)]
        reciprocal = etype in RECIPROCAL or any(o.lemma_.lower() in AGREEMENT_WORDS for o in objs)
        if reciprocal and len(actors) > 1 and not any(r.named for r in recipients):
            recipients = list(actors)      # "Xi and Putin met": each met the other
        gift = etype == "AID" and any(o.dep_ == "dobj" and (o.ent_type_ == "MONEY" or o.lemma_.lower() in AID_OBJECTS
                                                            or o.lower_ in AID_OBJECTS)
                                      for o in verb.children)
        if gift and not any(r.named for r in recipients):
            wider = self._recipients(verb, skip, fallback_in=True)
            recipients = [r for r in wider if r.named] or [
                r for r in recipients if self.doc[r.start:r.end].root.dep_ != "dobj"] or self._destination(verb, subject)
        elif not recipients and etype == "AID":
            # "provided €28 million to help people in Yemen": the aid's destination
            recipients = self._destination(verb, subject)
        if lemma == "boycott" and how.startswith("verb") and not any(a.sector in {"GOV", "IGO"} for a in actors):
            etype, mode = "PROTEST", "boycott"    # a boycott by citizens or parties is a protest
        if not recipients and etype not in UNDIRECTED:
            return None
        if lemma in {"demonstrate", "rally", "march"} and any(c.dep_ in {"dobj", "ccomp"} for c in verb.children):
            return None      # "demonstrate the strength of", "rally the coalition": not protesting
        if etype != "CONSULT" and not any(a.party for a in actors + recipients):
            confidence_penalty = 0.2
        else:
            confidence_penalty = 0.0
        if lemma == "grant" and how.startswith("verb") and not gift:
            etype, how = "CONCEDE", "'grant' (a permission or request, not aid)"   # the codebook: yielding
        armed = any(a.sector in {"MIL", "REB"} for a in actors + recipients)
        if lemma in WEAK and how.startswith("verb") and not gift and not armed \
                and not any(r.named for r in recipients):
            return None     # "struck a deal", "gave a speech"; "troops struck rebels" is an attack
        if lemma in {"speak", "talk"} and how.startswith("verb") and not any(
                c.dep_ == "prep" and c.lower_ == "with" for c in verb.children) and not any(
                (r.cluster is not None and r.cluster.type in {"PERSON", "GPE"} or r.sector in {"GOV", "IGO"})
                and self.doc[r.start:r.end].root.head.lower_ == "to" for r in recipients):
            return None     # "speaking to students", "speaking at a town hall in Salem": no consultation
        if lemma == "receive" and how.startswith("verb") and not any(
                c.dep_ == "dobj" and (self.entities.at(c.i) is not None or c.lower_ in SECTOR_WORDS
                                      or c.lemma_.lower() in SECTOR_WORDS) for c in verb.children):
            return None     # "police received 911 calls": received no one
        if etype == "AID" and lemma in WEAK | {"deliver"} and how.startswith("verb") and not gift:
            return None     # "giving her an early advantage", "deliver a victory speech"
        if lemma in CAPTURE_VERBS and not armed and all(a.cluster is not None and a.cluster.type == "PERSON"
                                                          for a in actors):
            return None     # "Sanders captured his home state": an election won
        if lemma in TRANSFER_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in MESSAGE_OBJECTS
                                           for c in verb.children):
            return None     # "sent a message to voters": no aid
        if trigger_obj is not None and trigger_obj.lemma_.lower() == "shield" and not any(
                c.lower_ == "human" for c in trigger_obj.children):
            return None     # "using Obama as a shield": figurative
        if lemma == "ask" and how.startswith("verb") and not any(
                c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in verb.children):
            return None     # "asked what X thought", "Asked if …": a question, not a request
        if lemma == "commit" and how.startswith("verb") and not any(
                c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "to") for c in verb.children):
            return None     # "committed a crime" is no commitment
        if lemma == "seize" and any(c.dep_ == "prep" and c.lower_ in {"on", "upon"} for c in verb.children):
            return None     # "seized upon the remark": figurative
        if lemma in PARTY_VERBS and how.startswith("verb") and not armed and not any(r.party for r in recipients):
            return None     # "police released video", "burning the Constitution": no party acted on
        if lemma == "call" and how.startswith("verb"):
            if any(c.dep_ == "oprd" for c in verb.children):
                return None      # "called it a mistake"
            if any(c.dep_ == "xcomp" for c in verb.children) or any(
                    c.dep_ == "prep" and c.lower_ in {"for", "on"} for c in verb.children):
                etype, mode = "REQUEST", None     # "called on X to", "called for talks"
            else:
                etype, mode = "CONSULT", "phone"
        if lemma in {"visit", "travel"} and etype == "CONSULT":
            mode = "visit"
        negated, hypothetical = self._modality(verb)
        conf = 0.6 + (0.2 if actors and recipients else 0) - (0.2 if lemma in WEAK else 0) - confidence_penalty
        return EventGuess(etype, mode, (verb.i, verb.i + 1), actors, recipients, negated, hypothetical,
                          conf, f"{how} -> {etype}; subject = actor, object/prepositional object = recipient",
                          location=self._location(verb))

    def _from_noun(self, noun: Token) -> EventGuess | None:
        etype, mode = NOUN_TRIGGERS[_noun_key(noun)]
        if noun.lower_ in EXERCISE_NOUNS and not any(c.lower_ in {"joint", "military", "war", "naval", "combined"}
                                                     for c in noun.children):
            return None     # "exercise" alone is not a joint military exercise
        for c in noun.children:
            if c.dep_ in {"compound", "amod"} and c.lower_ in NOUN_MODES:
                mode = NOUN_MODES[c.lower_]
        actors: list[ActorGuess] = []
        by_party = False
        for c in noun.children:
            if c.dep_ == "poss":
                actors = self._actors(c)
            elif c.dep_ == "prep" and (c.lower_ == "by" or c.lower_ == "from" and etype in VOICED) and not actors:
                # "criticism from the U.N.", "an invitation from Putin", "threats by Erdogan"
                actors = [a for p in c.children if p.dep_ == "pobj" for a in self._actors(p)
                          if a.party]
                by_party = bool(actors)
            elif c.dep_ == "prep" and c.lower_ == "between" and etype == "CONSULT":
                for pobj in c.children:   # "the meeting between Xi and Putin"
                    if pobj.dep_ == "pobj":
                        actors = [a for a in self._actors(pobj) if a.cluster is not None]
                        if len(actors) < 2:
                            actors = self._parties_within(pobj) or actors
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
        governing = noun.head
        if noun.dep_ == "pobj" and governing.dep_ == "prep":
            governing = governing.head
        plural_poss = any(c.dep_ == "poss" and c.lower_ in {"their", "our"} for c in noun.children)
        if not actors and plural_poss and etype in RECIPROCAL and governing.pos_ == "VERB":
            # "during their video call, Putin invited Xi": "their" is the clause's two parties
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
            if subj is not None and governing.lemma_.lower() in RECEIVING_VERBS:
                recipients = self._actors(subj)   # "Iran faces criticism from the U.N.": who receives it
            else:       # "to counter threats from Iran": the clause's subject acts on the party
                recipients, actors = actors, []
        if governing.pos_ == "VERB" and governing.lemma_.lower() in UNDOING_VERBS:
            return None      # "violated the ceasefire agreement": not an agreement made
        conveyed = governing.lemma_.lower() in TRANSFER_VERBS and noun.lemma_.lower() in MESSAGE_OBJECTS
        if governing.pos_ == "VERB" and governing.lemma_.lower() not in RECEIVING_VERBS and not conveyed and (
                governing.lemma_.lower() in VERB_TRIGGERS.keys() - XCOMP_TRIGGERS - FORCE_VERBS or any(
                _phrase(governing.lemma_.lower(), c) is not None for c in governing.children)):
            return None      # "encouraged negotiations", "extended an invitation": the verb's event
        if not actors and noun.dep_ == "nsubjpass":
            # "the war game was staged by U.S. marines and Jordanian forces"
            for agent in governing.children:
                if agent.dep_ == "agent":
                    for pobj in agent.children:
                        if pobj.dep_ == "pobj":
                            actors = self._actors(pobj)
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
            recipients = list(actors)       # "the war game was staged by U.S. and Jordanian forces"
        if actors and not recipients and governing.pos_ == "VERB" and noun.dep_ == "dobj":
            # "announced a ceasefire in Idlib", "launched legal action against X"
            recipients = self._recipients(governing, {noun.i} | {a.start for a in actors} | {
                t.i for t in governing.children if t.dep_ in {"nsubj", "nsubjpass"}}, fallback_in=etype != "CONSULT")
        if noun.lower_ in AMBIGUOUS_NOUNS:     # "the release of the report" is no event
            recipients = [r for r in recipients if r.party]
        if not actors or not (recipients or etype in {"PROTEST"}):
            return None
        negated, hypothetical = self._modality(governing if governing.pos_ in {"VERB", "AUX"} else noun)
        return EventGuess(etype, mode, (noun.i, noun.i + 1), actors, recipients, negated, hypothetical,
                          0.5 + (0.2 if recipients else 0),
                          f"noun '{noun.lower_}' -> {etype}; possessor or governing subject = actor",
                          location=self._location(governing) if governing.pos_ == "VERB" else None,
                          extra=self._noun_date_head(noun, governing))


__all__ = ["EventFinder", "EventGuess", "ActorGuess", "code_actor"]
