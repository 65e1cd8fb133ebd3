"""Events whose trigger is a verb (alone, or with its object or particle)."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..reference.actors import code_actor
from ..reference.lexicon import country_of
from ..reference.subjects import controller_of, participle_agent, subject_of
from .codebook import EventGuess
from .guards import VerbContext, rejected
from .lexicon import (ACCUSATION_NOUNS, AGREEMENT_WORDS, AID_OBJECTS, AID_PERSONNEL, COMMITMENT_NOUNS, CONCERN_NOUNS,
                      INTENT_NOUNS, LIGHT_VERBS,
                      CONCERN_OBJECT_PREPS, CONDITION_MARKS, DOCUMENT_NOUNS, FORCE_VERBS, FREEING_VERBS,
                      MISSION_NOUNS, NEGOTIATION_NOUNS, NOUN_TRIGGERS, ONE_WAY_VERBS,
                      PARTY_OBJECTS, PEACEKEEPING_VERBS, PEACEKEEPING_WORDS, PLACED_TYPES, POSSESSOR_GENDER,
                      POSSESSOR_OF, RECEIVING_VERBS, RECIPROCAL, SELF_OBJECT_TYPES, STATE_ACTS, TALK_NOUNS,
                      TALK_VERBS, TOPIC_VERBS, UNDIRECTED, VERB_TRIGGERS, VIOLENT_ACTS, WEAK, XCOMP_TRIGGERS)
from .triggers import intended_by, noun_key as _noun_key, phrase as _phrase


class VerbTriggers:
    """Mixed into `EventFinder`, whose actor and recipient methods it uses."""

    def _from_verb(self, verb: Token) -> EventGuess | None:
        lemma = _verb_lemma(verb)
        found = self._verb_trigger(verb, lemma)
        if found is None:
            return None
        (etype, mode), how, trigger_obj, objs = found
        parties = self._verb_parties(verb, lemma, etype, trigger_obj, objs)
        if parties is None:
            return None
        actors, recipients, gift = parties
        if lemma != verb.lemma_.lower():      # "let free the prisoners": the party, not "free …"
            recipients = [_after_free(r, verb) for r in recipients]
        about = self._concern_objects(verb, trigger_obj) if etype == "ACCUSE" else []
        recipients = recipients + [a for a in about if all(a.start != r.start for r in recipients)]
        if etype == "REJECT":
            recipients = self._not_the_defended(verb, recipients)
        if lemma == "boycott" and how.startswith("verb") and not any(a.sector in {"GOV", "IGO"} for a in actors):
            etype, mode = "PROTEST", "boycott"    # a boycott by citizens or parties is a protest
        if not recipients and etype not in UNDIRECTED:
            return None
        if etype != "CONSULT" and not any(a.party for a in actors + recipients):
            confidence_penalty = 0.2
        else:
            confidence_penalty = 0.0
        if lemma == "grant" and how.startswith("verb") and not gift:
            etype, how = "CONCEDE", "'grant' (a permission or request, not aid)"   # the codebook: yielding
        if rejected(VerbContext(verb, lemma, how.startswith("verb"), etype, actors, recipients, trigger_obj,
                                gift, self.entities)):
            return None
        if how.startswith("verb") and self._own_thing_only(etype, actors, recipients):
            return None     # a guard that needs the pronoun resolver, so it lives here
        if lemma == "call" and how.startswith("verb"):
            called_someone = any(c.dep_ == "dobj" for c in verb.children)     # "called X to congratulate him"
            if any(c.dep_ == "xcomp" for c in verb.children) and not called_someone or any(
                    c.dep_ == "prep" and c.lower_ in {"for", "on"} and not any(
                        p.ent_type_ in {"DATE", "TIME"} for p in c.children) for c in verb.children):
                etype, mode = "REQUEST", None     # "called on X to", "called for talks" (not "on Monday")
            else:
                etype, mode = "CONSULT", "phone"
        if lemma in {"visit", "travel"} and etype == "CONSULT":
            mode = "visit"
        negated, hypothetical = self._modality(verb)
        conf = 0.6 + (0.2 if actors and recipients else 0) - (0.2 if lemma in WEAK else 0) - confidence_penalty
        guess = EventGuess(etype, mode, (verb.i, verb.i + 1), actors, recipients, negated, hypothetical,
                           conf, f"{how} -> {etype}; subject = actor, object/prepositional object = recipient",
                           location=self._location(verb))
        if etype == "REQUEST":
            self._negotiation_partner(guess, verb)
        return self._concern_told(guess, about) if about or self._is_concern(trigger_obj) else guess

    @staticmethod
    def _not_the_defended(verb: Token, recipients: list) -> list:
        """"rejected the accusations against its army": the one accused is defended, not
        rejected; the accuser ("X's accusations", "the charges by X") is the recipient."""
        spans = [(p.left_edge.i, p.right_edge.i + 1) for o in verb.children
                 if o.dep_ == "dobj" and o.lemma_.lower() in ACCUSATION_NOUNS
                 for p in o.children if p.dep_ == "prep" and p.lower_ in {"of", "against", "on"}]
        return [r for r in recipients if not any(a <= r.start < b for a, b in spans)]

    def _negotiation_partner(self, g: EventGuess, verb: Token) -> None:
        """"Encouraged negotiations with X": X is the other side; the one urged is whom the
        same actor addressed in the same sentence (filled in by `EventFinder.run`)."""
        partners = [r for r in g.recipients if _with_negotiation(self.doc[r.start:r.end].root, verb)]
        if partners:
            g.recipients = [r for r in g.recipients if r not in partners]
            g.extra["negotiation_partners"] = partners

    @staticmethod
    def _is_concern(noun: Token | None) -> bool:
        return noun is not None and (noun.lemma_.lower() in CONCERN_NOUNS or noun.lower_ in CONCERN_NOUNS)

    def _concern_objects(self, verb: Token, concern: Token | None) -> list:
        """What a voiced concern is about: "concern over X", "concern about X"."""
        if not self._is_concern(concern):
            return []
        return [a for head in (concern, verb) for prep in head.children
                if prep.dep_ == "prep" and prep.lower_ in CONCERN_OBJECT_PREPS
                for pobj in prep.children if pobj.dep_ == "pobj" for a in self._entity_actors(pobj)]

    def _concern_told(self, g: EventGuess, about: list) -> EventGuess | None:
        """"Expressed concerns to X (over Y)": a consultation with X, and an accusation only
        of what the concern is about."""
        told = [r for r in g.recipients if self.doc[r.start:r.end].root.head.lower_ == "to"]
        if not told:
            return g
        about = [a for a in g.recipients if a not in told and any(a.start == b.start for b in about)]
        consult = EventGuess("CONSULT", None, g.trigger, g.actors, told, g.negated, g.hypothetical, g.confidence,
                             f"{g.reason.split(' -> ')[0]}, told to the recipient -> CONSULT (a concern "
                             "voiced to someone consults them; it accuses what it is about)", location=g.location)
        if not about:
            return consult
        g.recipients = about
        g.extra["also"] = consult
        return g

    def _verb_trigger(self, verb: Token, lemma: str):
        """((type, mode), how it was found, the object that completes the trigger, the verb's
        objects), or None when the verb triggers nothing."""
        hit, how, trigger_obj = None, "", None
        objs = [c for c in verb.children if c.dep_ in {"dobj", "prt", "oprd", "acomp"}
                or (c.dep_ in {"xcomp", "ccomp"} and c.pos_ == "ADJ")]      # "found X guilty"
        objs += [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
        # "declared a state of emergency": the noun after "of" names the act
        objs += [p for c in objs if c.dep_ == "dobj" for pr in c.children if pr.dep_ == "prep" and pr.lower_ == "of"
                 for p in pr.children if p.dep_ == "pobj"]
        # "expressed its rejection and condemnation of X": each conjoined object may name the act
        objs += [c for o in objs if o.dep_ == "dobj" for c in o.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
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
        if hit is None and lemma in PEACEKEEPING_VERBS and _by_peacekeepers(verb):
            # the manual's AID includes military personnel sent to assist: "peacekeepers
            # arrived in X", "troops take part in peacekeeping in X", "deployed observers in X"
            hit, how = ("AID", None), f"'{lemma}' by peacekeepers or observers"
        if hit is None and lemma in VERB_TRIGGERS:
            hit, how = VERB_TRIGGERS[lemma], f"verb '{lemma}'"
            if lemma in XCOMP_TRIGGERS and not any(c.dep_ == "xcomp" for c in verb.children):
                return None     # "ordered X to leave" is a demand; "ordered the arrest of X" is the arrest
            if lemma in FORCE_VERBS and not any(c.dep_ in {"dobj", "nsubjpass"} and code_actor(
                    self.doc[c.left_edge.i:c.i + 1].text, None)[1] in {"MIL", "COP"} for c in verb.children):
                return None     # "intensified its bombardment", "reinforced the stigma": no forces mobilised
        if hit is None:
            return None
        return hit, how, trigger_obj, objs

    def _verb_parties(self, verb: Token, lemma: str, etype: str, trigger_obj: Token | None, objs: list[Token]):
        """(actors, recipients, whether aid is handed over), or None when there is no actor."""
        subject = _owner_of_noun(verb) or controller_of(verb) or subject_of(verb)
        agent, done_to = participle_agent(verb), []
        if agent is not None and subject is not None and agent.i != subject.i:
            # "Asked by X to respond, Y said …", "a candidate backed by X": X acts on Y
            done_to, subject = self._actors(subject), agent
        elif subject is not None and subject.i == verb.head.i and self.entities.at(subject.i) is None \
                and subject.pos_ == "NOUN":
            subject = None      # "an invitation to visit": the noun is not the visitor
        actors = self._actors(subject) if subject is not None else []
        if subject is not None and NOUN_TRIGGERS.get(_noun_key(subject), ("",))[0] in VIOLENT_ACTS:
            actors = self._act_agents(subject) or actors     # "a bombing by X killed …": X acted
        passive = any(c.dep_ == "nsubjpass" for c in verb.children)
        skip = {subject.i} if subject is not None else set()
        if trigger_obj is not None and trigger_obj.lemma_.lower() not in PARTY_OBJECTS \
                and trigger_obj.lower_ not in PARTY_OBJECTS:
            skip.add(trigger_obj.i)   # "expressed concern": the object is the trigger; "summoned the ambassador": a party
        carrier = trigger_obj if trigger_obj is not None and trigger_obj.i in skip else None
        if carrier is not None and carrier.dep_ == "compound":
            carrier = carrier.head      # "ended mediation efforts between X": the phrase's head
        recipients = self._recipients(verb, skip, fallback_in=etype != "CONSULT", carrier=carrier)
        if carrier is not None:     # "began a round of joint exercises": the act is no recipient of itself
            recipients = [r for r in recipients if not r.start <= trigger_obj.i < r.end]
        recipients = done_to + recipients
        if lemma in TOPIC_VERBS:
            # "discussed the drought in the south with X": what is discussed is no party to it;
            # a topic discussed with no one named is no consultation ("he discussed X's record")
            partners = [r for r in recipients if self.doc[r.start:r.end].root.head.lower_ == "with"] or [
                a for t in verb.subtree if t.dep_ == "pobj" and t.head.lower_ == "with" and t.head.head.dep_ != "relcl"
                for a in self._entity_actors(t) if a.party]     # "discussed X and Y, with the leaders of Z"
            recipients = partners or (self._talked_to(verb.head) or recipients if _purpose_of_talks(verb) else [])
            if not recipients and len(actors) < 2:
                return None
        if passive:
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            if agent is None:
                actors = self._state_where(verb) if etype in STATE_ACTS else []
        if not actors:
            return None
        if not recipients:
            recipients = self._complement_recipients(verb, etype, skip)
        if not any(r.party for r in recipients) and any(c.dep_ == "neg" for c in verb.children):
            # "will not lift the embargo until X votes": the refusal is put to X, the embargo
            # stays beside it as the target
            recipients = self._condition_party(verb) + recipients
        if etype in PLACED_TYPES and recipients and not any(
                r.party or self._is_person_object(r) for r in recipients):
            # "agreed to hand in their rifles in the border region": the place, not the weapons
            recipients = self._destination(verb, subject) or recipients
        # "the president pardoned him": a pronoun object resolved to the subject is a misresolution
        recipients = [r for r in recipients if not r.pronoun or all(r.cluster is not a.cluster for a in actors)]
        reciprocal = (etype in RECIPROCAL and lemma not in ONE_WAY_VERBS) or any(
            o.lemma_.lower() in AGREEMENT_WORDS for o in objs)     # "X and Y both visited Ohio": not each other
        if reciprocal and len(actors) == 1 and subject is not None:
            actors = self._coordinated_within(subject) or actors    # "Bayland and Korvia's envoys met"
        if reciprocal and len(actors) > 1 and not any(_met_with(self.doc[r.start:r.end].root) for r in recipients):
            # "Varga and Brell met", "X and Y agreed to share data on Z": each with the other
            # (and with Z); a third party met "with" is the one met
            recipients = list(actors) + [r for r in recipients if all(r.start != a.start for a in actors)]
        gift = etype == "AID" and any(_aid_object(o) for o in verb.children if o.dep_ == "dobj")
        if gift and not any(r.named for r in recipients):
            wider = self._recipients(verb, skip, fallback_in=True)
            recipients = [r for r in wider if r.named] or [
                r for r in recipients if self.doc[r.start:r.end].root.dep_ != "dobj"] or self._destination(verb, subject)
        elif not recipients and etype == "AID":
            # "gave $5 million to help families in Chad": the aid's destination
            recipients = self._destination(verb, subject)
        return actors, recipients, gift

    def _own_thing_only(self, etype: str, actors: list, recipients: list) -> bool:
        """"defended his executive actions", "suspended his campaign": the actor's own position
        or undertaking, no other party to the event ("praised her effort" has one: her)."""
        if etype not in SELF_OBJECT_TYPES or not recipients or any(self.is_party(r) for r in recipients):
            return False
        own = {a.cluster.index for a in actors if a.cluster is not None}
        pronouns = {a.text.lower() for a in actors if a.pronoun}
        for r in recipients:
            root = self.doc[r.start:r.end].root
            poss = next((p for p in root.children if p.dep_ == "poss" and p.pos_ == "PRON"), None)
            if poss is None:
                return False
            cluster = self.resolver.resolve(poss).cluster
            if cluster is not None and cluster.index not in own or self._another_person(poss, own):
                return False        # "praised her effort": someone else's, or it may be
            if cluster is None and not (POSSESSOR_OF.get(poss.lower_) in pronouns or self._agrees(poss, actors)):
                return False
        return True

    def _another_person(self, poss: Token, own: set) -> bool:
        """"congratulated Y … and praised her effort": "his"/"her" may be another person named
        in the sentence."""
        if poss.lower_ not in POSSESSOR_GENDER:
            return False
        sent = poss.sent
        return any(c is not None and c.type == "PERSON" and c.index not in own
                   for c in (self.entities.at(i) for i in range(sent.start, sent.end)))

    def _agrees(self, poss: Token, actors: list) -> bool:
        """An unresolved possessive that can only be the one actor's ("the senator … his")."""
        if len(actors) != 1 or actors[0].pronoun:
            return False        # a pronoun actor agrees only with its own possessive ("he … his")
        actor = actors[0]
        gender = actor.cluster.gender if actor.cluster is not None else None
        if gender and POSSESSOR_GENDER.get(poss.lower_, gender) != gender:
            return False
        plural = self.doc[actor.start:actor.end].root.tag_ in {"NNS", "NNPS"}
        return (poss.lower_ == "their") == plural

    def _talked_to(self, head: Token) -> list:
        """The party a call or meeting is with ("called X to discuss", "called on X", "met with X")."""
        objs = [c for c in head.children if c.dep_ == "dobj"]
        objs += [p for c in head.children if c.dep_ == "prep" and c.lower_ in {"on", "with"} for p in c.children
                 if p.dep_ == "pobj"]
        return [a for o in objs for a in self._entity_actors(o) if a.party]

    def _state_where(self, verb: Token) -> list:
        """"was arrested in X", "were released from captivity in X": with no agent named, the
        state of the country where it happened acted (its authorities arrest and release)."""
        preps = [c for c in verb.children if c.dep_ == "prep"]
        preps += [p for c in preps for o in c.children if o.dep_ == "pobj" for p in o.children if p.dep_ == "prep"]
        for prep in preps:
            if prep.lower_ == "in":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and pobj.ent_type_ == "GPE" and country_of(pobj.text):
                        return [a for a in self._actors(pobj) if a.country]
        return []

    def _mission_place(self, r):
        """"sent troops to the peacekeeping force in X": the country the mission serves is the
        one assisted, not the mission."""
        root = self.doc[r.start:r.end].root
        if root.dep_ in {"compound", "nmod", "poss"} and root.head.lemma_.lower() in MISSION_NOUNS:
            root = root.head      # "an African Union force in X": the named owner of the force
        if root.lemma_.lower() not in MISSION_NOUNS:
            return None
        for prep in root.children:
            if prep.dep_ == "prep" and prep.lower_ == "in":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and pobj.ent_type_ in {"GPE", "LOC"}:
                        return next(iter(self._actors(pobj)), None)
        return None

    def _act_agents(self, act: Token) -> list:
        """Who did a violent act named as a subject: its "by" party ("a bombing by X"), else a
        named party that modifies it ("a Korvian offensive", "Bayland's attack")."""
        for prep in act.children:
            if prep.dep_ == "prep" and prep.lower_ == "by":
                found = [a for p in prep.children if p.dep_ == "pobj" for a in self._actors(p) if a.party]
                if found:
                    return found
        for m in act.children:
            if m.dep_ in {"compound", "amod", "poss"} and m.i < act.i and (
                    m.ent_type_ in {"NORP", "GPE", "ORG"}):
                a = self._actor(m)
                if a is not None and a.party:
                    return [a]
        return []

    def _condition_party(self, verb: Token) -> list:
        """"Will not end the strike until the port authority pays": a refusal is directed at
        the party whose act is its condition."""
        for clause in verb.children:
            if clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS
                                              for m in clause.children):
                subj = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
                if subj is not None:
                    return [a for a in self._entity_actors(subj) if self.is_party(a)]
        return []


def _purpose_of_talks(verb: Token) -> bool:
    """"called X to discuss …", "held talks with X to discuss …": the talks' partner is the one
    the discussion is with."""
    head = verb.head
    return verb.dep_ in {"advcl", "xcomp", "conj"} and (
        VERB_TRIGGERS.get(head.lemma_.lower(), ("",))[0] == "CONSULT" or head.lemma_.lower() in TALK_VERBS
        or any(c.dep_ == "dobj" and c.lemma_.lower() in TALK_NOUNS for c in head.children))


def _owner_of_noun(verb: Token) -> Token | None:
    """Who acts in a verb that describes a noun: the author of a document ("issued a statement
    condemning X", "filed a lawsuit accusing X"), the owner of a commitment ("reiterated its
    commitment to support X"): the noun's possessor, else the subject of the verb governing it."""
    intended = intended_by(verb)
    noun = intended if intended is not None else verb.head
    if verb.dep_ == "pcomp" and noun.lower_ == "to":
        noun = noun.head       # "commitment to supporting X"
    word = noun.lemma_.lower()
    if intended is None and (verb.dep_ not in {"acl", "pcomp"} or noun.pos_ != "NOUN") or word not in (
            DOCUMENT_NOUNS | COMMITMENT_NOUNS | INTENT_NOUNS):
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    if owner is None and noun.head.pos_ == "VERB":
        if word in INTENT_NOUNS and noun.head.lemma_.lower() not in LIGHT_VERBS:
            return noun     # "mocked the vow to arrest X": whose vow is not said; no party acts
        owner = subject_of(noun.head)
    return owner


def _aid_object(obj: Token) -> bool:
    """Money or aid handed over: the object, its modifier ("shelter materials") or what it is
    made of ("a team of experts, equipment and drugs")."""
    words = [obj] + [c for c in obj.children if c.dep_ == "compound"]
    made_of = [p for pr in obj.children if pr.dep_ == "prep" and pr.lower_ == "of"
               for p in pr.children if p.dep_ == "pobj"]
    # "a team of experts" alone may be investigators; "experts, equipment and drugs" is aid
    words += [c for w in words + made_of for c in w.children if c.dep_ == "conj"]
    words += [p for p in made_of if p.lower_ not in AID_PERSONNEL]
    return any(w.ent_type_ == "MONEY" or w.lemma_.lower() in AID_OBJECTS or w.lower_ in AID_OBJECTS for w in words)


def _verb_lemma(verb: Token) -> str:
    """The verb's lemma, except that "let free" and "set free" are "free"."""
    lemma = verb.lemma_.lower()
    if lemma in FREEING_VERBS and verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].lower_ == "free":
        return "free"
    return lemma


def _after_free(r, verb: Token):
    """A recipient span that starts with the "free" of "let free" starts after it."""
    if r.start != verb.i + 1 or r.end <= r.start + 1:
        return r
    doc = verb.doc
    name = r.name[5:] if r.name.lower().startswith("free ") else r.name
    return replace(r, start=r.start + 1, text=doc[r.start + 1:r.end].text, name=name)


def _by_peacekeepers(verb: Token) -> bool:
    """Whether the verb's subject, object or prepositional phrase names a peacekeeping force."""
    for c in verb.children:
        if c.dep_ in {"nsubj", "nsubjpass", "dobj", "prep"} and any(
                t.lower_ in PEACEKEEPING_WORDS for t in c.subtree):
            return True
    return False


def _met_with(tok: Token) -> bool:
    """Whether a name is the object of "with" ("met with King X", "talks with Y")."""
    while tok.dep_ in {"compound", "flat", "appos", "conj"} and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "with"


def _with_negotiation(tok: Token, verb: Token) -> bool:
    """Whether tok is X in "<verb> negotiations with X"."""
    prep = tok.head
    noun = prep.head
    return (tok.dep_ == "pobj" and prep.lower_ == "with" and noun.head.i == verb.i
            and (noun.lemma_.lower() in NEGOTIATION_NOUNS or noun.lower_ in NEGOTIATION_NOUNS))
