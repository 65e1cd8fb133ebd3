"""Events: who did what to whom, coded in PLOVER v2.

A trigger (a verb, a verb with its object or particle, or an event noun) gives the type
and mode; the dependency parse gives actors and recipients, which are resolved to the
article's entities (pronouns and descriptions through the speaker resolver) and coded
with a country and a PLOVER sector. Negated, conditional and merely threatened or
planned events are marked, not dropped.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..component import entity_span
from ..dates.timex import MONTHS
from ..reference.actors import ActorGuess, code_actor
from ..reference.gazetteer import SECTOR_WORDS
from ..reference.lexicon import country_of
from ..reference.speakers import SpeakerResolver
from ...plover import EVENT_TYPES
from .campaign import campaign_idiom
from .codebook import EventGuess, apply_codebook, under_modal
from .contexts import context_of
from .guards import aimless
from .lexicon import (BENEFICIARY_TYPES, CREATION_VERBS, DEMAND_SPEECH, FORCE_OBJECTS, MOVING_VERBS,
                      ABSTAINING_HEADS, AVOIDING_HEADS, HYPOTHETICAL_AUX, HYPOTHETICAL_HEADS, NEGATING_HEADS,
                      NEGATING_NOUNS, NOT_YET, NOT_YET_HEADS,
                      HUMAN_GROUP_NOUNS, NOUN_TRIGGERS, PARTY_OBJECTS, PHRASE_TRIGGERS, PLACE_NOUNS, QUANTIFIERS,
                      RECIPIENT_PREPS, REPORTING_VERBS, TRANSFER_VERBS, VERB_TRIGGERS, VIOLENT_ACTS, WILLING)
from .nominals import NominalTriggers
from .settings import is_setting
from .sides import keep_sides_apart
from .speech import SpeechTriggers
from .triggers import (infinitive_to, intended_by, inquired_into, leaning_toward, noun_key as _noun_key,
                       people_noun as _people_noun, within_phrase as _within_phrase)
from .verbs import VerbTriggers


# a proper noun is a party (a name NER missed) unless NER says it is something else
NOT_PARTY_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "LAW",
                            "WORK_OF_ART", "PRODUCT", "EVENT", "LANGUAGE", "FAC"})


class EventFinder(VerbTriggers, NominalTriggers, SpeechTriggers):
    """The events of one parsed document: verb triggers in `verbs.py`, noun triggers in
    `nominals.py`; the parties (actors, recipients) are found here."""

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
            if g is None:
                continue
            for each in (g, g.extra.pop("also", None)):     # one trigger may report two events
                if each is not None and any(self.is_party(a) for a in each.actors):
                    # "incomes forced households to …", "the proposal drew criticism": no party acts
                    done = self._finish(each)
                    if any(self.is_party(a) for a in done.actors) and not aimless(self.doc, done) \
                            and not campaign_idiom(self.doc, done):
                        out.append(done)
        for g in out:
            if "negotiation_partners" in g.extra:
                self._urged_party(g, out)
        return out

    def _urged_party(self, g: EventGuess, events: list[EventGuess]) -> None:
        """A request for talks with X goes to the party the same actor addressed in the same
        sentence ("told Y …, and urged negotiations with X": Y); failing that it has no
        recipient, and the talks are its target."""
        partners = g.extra.pop("negotiation_partners")
        sent = self.doc[g.trigger[0]].sent
        actors = {a.name for a in g.actors}
        for other in events:
            if other is g or not sent.start <= other.trigger[0] < sent.end or actors != {a.name for a in other.actors}:
                continue
            addressed = [r for r in other.recipients if r.name not in {p.name for p in partners} and r.name not in actors]
            if addressed:
                g.recipients = list(addressed)
                g.reason += "; talks with the other side: the request goes to the party addressed"
                return
        if not g.recipients and "target" not in g.extra:
            p = partners[0]
            root = self.doc[p.start:p.end].root.head.head      # "negotiations" of "negotiations with X"
            g.extra["target"] = (root.left_edge.i, p.end)

    def _finish(self, g: EventGuess) -> EventGuess:
        if g.type in {"AID", "AGREE"}:       # aid, or aid offered, to a mission goes to where it serves
            g.recipients = [self._mission_place(r) or r for r in g.recipients]
        g.recipients = list({(r.start, r.end, r.name): r for r in g.recipients}.values())    # each party once
        g.recipients = self._without_the_venue(g)
        keep_sides_apart(self.doc, g, self.resolver.phrase_name)
        g = apply_codebook(self.doc, g)
        if g.mode is not None and g.mode not in EVENT_TYPES[g.type].modes:
            g.mode = None       # a mode is only ever one the manual lists for the event's type
        self._split_target(g)
        g.context = context_of(self.doc[g.trigger[0]].sent, [(a.country, a.sector) for a in g.actors + g.recipients])
        return g

    def _without_the_venue(self, g: EventGuess) -> list[ActorGuess]:
        """"opposed him on Capitol Hill", "criticized her at the United Nations": beside another
        party, a place or body the trigger stands "on" or "at" is where it happened."""
        def venue(r: ActorGuess) -> bool:
            root = self.doc[r.start:r.end].root
            places = {"GPE", "LOC", "FAC", "ORG"} if root.head.lower_ == "at" else {"GPE", "LOC", "FAC"}
            return root.ent_type_ in places and root.dep_ == "pobj" \
                and root.head.lower_ in {"on", "at"} and root.head.head.i == g.trigger[0]
        others = [r for r in g.recipients if not venue(r)]
        return others or g.recipients

    def _capitalised_name(self, tok: Token) -> bool:
        """A capitalised "verb" inside a lower-case sentence is a name: a month ("March"),
        a programme ("Meet the Press"). Title-case headlines keep their verbs."""
        if not tok.text[:1].isupper() or tok.is_sent_start:
            return False
        words = [t for t in tok.sent if t.is_alpha]
        if sum(t.text[:1].isupper() for t in words) > 0.6 * len(words):
            return False
        following = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else tok
        return tok.lower_ in MONTHS or bool(tok.ent_type_) or following.text[:1].isupper()

    def _split_target(self, g: EventGuess) -> None:
        """Recipients are parties; an object that is none ("the deal", "the idea") is the
        event's target, kept beside it, and out of the network."""
        parties, others = [], []
        for r in g.recipients:
            (parties if self.is_party(r) else others).append(r)
        # "criticized him in an interview", "spoke on television": the scene, not the target
        others = [o for o in others if not is_setting(self.doc[o.start:o.end].root, g.type)]
        if others:
            g.extra["target"] = (others[0].start, others[0].end)
        g.recipients = parties

    def is_party(self, a: ActorGuess) -> bool:
        """A person, organisation, country, a group a sector word names, or people the words
        mark as such (a dative, prisoners, students)."""
        if a.party:
            return True
        root = self.doc[a.start:a.end].root
        root = self._counted_party(root) or root     # "a majority of the nurses"
        words = {root.lemma_.lower(), root.lower_}
        return root.dep_ == "dative" or bool(words & (PARTY_OBJECTS | HUMAN_GROUP_NOUNS)) \
            or root.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} \
            or root.pos_ == "PROPN" and root.ent_type_ not in NOT_PARTY_ENTS \
            or self._acronym(root) or _titled_name(root)

    @staticmethod
    def _acronym(tok: Token) -> bool:
        """"ICE returned …": an agency's capitals the tagger read as a common noun (not in
        a headline written all in capitals)."""
        if not (tok.is_alpha and tok.text.isupper() and 2 <= len(tok.text) <= 6) or tok.ent_type_ in NOT_PARTY_ENTS:
            return False
        words = [t for t in tok.sent if t.is_alpha]
        return sum(t.text.isupper() for t in words) <= len(words) // 2

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
        if guess.cluster is None and tok.pos_ == "PRON":
            matrix = self._reporting_subject(tok)
            return self._actor(matrix) if matrix is not None else None
        if tok.ent_type_ in {
                "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"}:
            return None
        text = self.doc[start:end].text
        return ActorGuess(start, end, text, guess.name, guess.cluster, *code_actor(text, guess.cluster),
                          pronoun=tok.pos_ == "PRON")

    @staticmethod
    def _reporting_subject(tok: Token) -> Token | None:
        """"The strike committee said it will not …", "the guards say they …": an "it" or
        "they" naming no entity is the subject of the clause that reports its own."""
        if tok.lower_ not in {"it", "they"} or tok.dep_ not in {"nsubj", "nsubjpass"} or tok.head.dep_ != "ccomp":
            return None
        return next((c for c in tok.head.head.children
                     if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"} and c.i < tok.i), None)

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
            # "expressed concerns to the envoy", "voiced support for X", "remained on alert in
            # Manila": the trigger's object carries the recipient
            # "lifted the sanctions imposed on X": the participle's preposition too
            preps = list(carrier.children) + [p for a in carrier.children if a.dep_ == "acl" for p in a.children]
            for p in preps:
                if p.dep_ == "prep" and (p.lower_ in RECIPIENT_PREPS | {"for", "by", "between"}
                                         or (fallback_in and p.lower_ == "in")):
                    heads += inquired_into(carrier, p) or [o for o in p.children if o.dep_ == "pobj"]
                elif p.dep_ == "compound" and (p.ent_type_ in {"ORG", "GPE", "PERSON", "NORP"}
                                               or p.lower_ in SECTOR_WORDS or p.lemma_.lower() in SECTOR_WORDS):
                    heads.append(p)      # "gave the Pentagon permission", parsed as one noun phrase
        if lemma in CREATION_VERBS or lemma == "set" and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
            # "set up an institute in X": what is made is no party to it; the place is
            place = next((t for t in verb.subtree if t.dep_ == "pobj" and t.head.lower_ == "in"
                          and t.ent_type_ in {"GPE", "LOC"}), None)
            if place is not None:
                return self._entity_actors(place)
        for child in verb.children:
            if child.i in skip:
                continue
            if child.dep_ == "ccomp" and child.pos_ == "ADJ":
                heads += [c for c in child.children if c.dep_ == "nsubj"]     # "found X guilty"
            elif child.dep_ in {"dobj", "dative", "nsubjpass"}:
                if child.dep_ == "dobj" and (etype == "MOBILIZE" or lemma in MOVING_VERBS and child.lower_ in FORCE_OBJECTS):
                    continue      # "mobilized troops", "withdraw its troops from": the forces, not their target
                heads.append(child)
            elif child.dep_ == "prep" and child.lower_ in RECIPIENT_PREPS:
                # "on 1 April" is a date, no party
                heads += [p for p in child.children if p.dep_ == "pobj" and p.i not in skip
                          and p.ent_type_ not in {"DATE", "TIME"}]
        if not heads and etype == "MOBILIZE":
            # "mobilized the army for a ground assault against X"
            heads += [t for t in verb.subtree if t.dep_ == "pobj" and t.head.lower_ in {"against", "toward", "towards"}]
        if not heads and fallback_in:   # "fighting broke out in the province": the place is the target
            for child in verb.children:
                if child.dep_ == "prep" and child.lower_ == "in":
                    heads += [p for p in child.children if p.dep_ == "pobj"]
        if lemma in TRANSFER_VERBS and not any(h.dep_ == "dative" or h.dep_ == "pobj" and h.head.lower_ == "to"
                                              for h in heads):
            # "returned the statue stolen from X in 1990 to its owner": the parse hangs "to"
            # inside the object; the last "to" of the clause is the receiver
            receivers = [t for t in verb.subtree if t.dep_ == "pobj" and t.head.lower_ == "to" and t.i > verb.i]
            if receivers:
                heads.insert(0, receivers[-1])
        if lemma in TRANSFER_VERBS:
            # "returned the painting to its owner": the receiver, not the thing handed over
            heads.sort(key=lambda h: 0 if h.dep_ == "dative" or (
                h.dep_ == "pobj" and h.head.lower_ in {"to", "for"}) else 1)
        elif etype in BENEFICIARY_TYPES:
            # "offered aid to X", "agreed with X": the prepositional object is the recipient
            heads.sort(key=lambda h: 0 if h.dep_ == "pobj" and h.head.lower_ in {"to", "with", "for"} else 1)
        # said of a violent act ("condemned the invasion of X"), the act's sufferer is no recipient
        verbal = etype in EVENT_TYPES and EVENT_TYPES[etype].quad.startswith("verbal")
        found = [self._entity_actors(head, act_agent_only=verbal) for head in heads]
        if lemma in TRANSFER_VERBS and heads and heads[0].dep_ != "dobj" and found[0]:
            return found[0]
        people = [a for h, each in zip(heads, found) if h.dep_ == "dobj" and _people_noun(h) for a in each]
        if people and sum(c.dep_ == "dobj" for c in verb.children) == 1:
            # "freed prisoners from a jail in X", "fired on protesters in X": the people acted
            # on, not the place a prepositional phrase names
            return people + [a for h, each in zip(heads, found) if h.dep_ in {"dative", "dobj"} or
                             h.dep_ == "pobj" and h.head.lower_ in {"to", "with", "against"}
                             for a in each if a.named and a not in people]
        named = [a for each in found for a in each if a.named]
        return named or [a for each in found for a in each if not a.named][:1]

    def _complement_recipients(self, verb: Token, etype: str, skip: set[int]) -> list[ActorGuess]:
        """"agreed to offer aid to X", "demanded that X apologize": the recipient sits in the complement."""
        for child in verb.children:
            if child.dep_ == "xcomp" and etype != "REQUEST":
                # "called to ban X", "was asked to condemn X": X is what the act requested is
                # done to; the one asked is unnamed (or the passive subject)
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

    def _entity_actors(self, tok: Token, act_agent_only: bool = False) -> list[ActorGuess]:
        """An object's entity ("sanctions on Iran" -> Iran), else the object itself. With
        `act_agent_only`, an object that is a violent act ("the invasion of X", "the attack on
        X") gives only its "by" agent: the one condemned for it, not the one who suffered it."""
        found = self._actors(tok)
        if act_agent_only and NOUN_TRIGGERS.get(_noun_key(tok), ("",))[0] in VIOLENT_ACTS:
            agents = [self._actor(p) for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "by"
                      for p in prep.children if p.dep_ == "pobj"]
            return [a for a in agents if a is not None and a.party] or found
        if any(a.named for a in found) or tok.lemma_.lower() in PLACE_NOUNS:
            return found      # "the rebel-held district near the capital" is itself the target
        if found and not found[0].pronoun and self.doc[found[0].start:found[0].end].root.lower_ in HUMAN_GROUP_NOUNS:
            return found      # people ("refugees fleeing X", "students from X") are the party themselves
        phrase = _within_phrase(tok)
        for t in phrase:
            if t.i != tok.i and t.ent_type_ in {"GPE", "ORG", "PERSON", "NORP"} and t.dep_ in {"pobj", "poss", "compound"}:
                while t.dep_ == "compound" and t.head.pos_ == "PROPN" and t.head.i != tok.i:
                    t = t.head      # "by Chilean President Rosa Vidal": the whole name, not "Chilean"
                a = self._actor(t)
                if a is not None:
                    return [a]
        # "the appeal of a detained citizen", "a plea from the governor": a party
        # inside an abstract object is the recipient
        if any(a.sector for a in found):
            return found
        for t in phrase:
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

    def _coordinated_within(self, head: Token) -> list[ActorGuess]:
        """The two sides of one noun phrase whose modifier is coordinated: "Bayland and
        Korvia's envoys" (Bayland; Korvia's envoys), "Bayland and Korvian negotiators",
        "the armies of Bayland and Korvia" (the armies of Bayland; Korvia). Used for
        reciprocal events, where each side acts with the other."""
        for m in head.children:
            of_phrase = m.dep_ == "prep" and m.lower_ in {"of", "from"}
            first = next((p for p in m.children if p.dep_ == "pobj"), None) if of_phrase else (
                m if m.dep_ in {"amod", "compound", "poss", "nmod"} else None)
            if first is None or not (first.ent_type_ in {"GPE", "NORP", "ORG", "PERSON"} or first.pos_ == "PROPN"):
                continue
            second = next((c for c in first.children if c.dep_ == "conj"), None)
            if second is None or not any(c.dep_ == "cc" for c in first.children):
                continue
            cc = min(c.i for c in first.children if c.dep_ in {"cc", "conj"})
            if of_phrase:
                sides = [(head.left_edge.i, cc), (second.left_edge.i, second.right_edge.i + 1)]
            else:
                sides = [(first.left_edge.i, cc), (second.left_edge.i, head.i + 1)]
            out = []
            for start, end in sides:
                span = self.doc[start:end]
                cluster = self.entities.at(span.root.i) or next(
                    filter(None, (self.entities.at(t.i) for t in span)), None)
                name = cluster.name if cluster is not None else span.text
                out.append(ActorGuess(start, end, span.text, name, cluster, *code_actor(span.text, cluster)))
            return out
        return []

    def _is_person_object(self, a: ActorGuess) -> bool:
        """A receiver the words mark as people: a dative ("awarded the Warmbiers …") or
        prisoners, hostages, detainees, owners."""
        root = self.doc[a.start:a.end].root
        return root.dep_ == "dative" or _people_noun(root)

    def _parties_within(self, tok: Token) -> list[ActorGuess]:
        """Each named party in a phrase the parse did not split into conjuncts ("Varga and
        Chilean President Tomas Brell" parsed as one name)."""
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
                ent = entity_span(t)
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

    # -- modality -----------------------------------------------------------------------
    def _modality(self, tok: Token) -> tuple[bool, bool]:
        before = self.doc[tok.i - 2].lemma_.lower() if tok.i >= 2 and self.doc[tok.i - 1].lower_ == "to" else ""
        # "his hesitancy to condemn X", "their refusal to disavow Y": however the parse hangs it
        negated = any(c.dep_ == "neg" for c in tok.children) or before in NEGATING_NOUNS \
            or tok.dep_ == "pcomp" and tok.head.lower_ == "from" and tok.head.head.lemma_.lower() in ABSTAINING_HEADS
        hypothetical = any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX for c in tok.children) or under_modal(tok)
        head = tok
        for _ in range(3):
            if head.dep_ in {"xcomp", "ccomp"} and head.head.lemma_.lower() in HYPOTHETICAL_HEADS or (
                    intended_by(head) is not None) or leaning_toward(head):
                hypothetical = True     # "urged X to …", "his calls to ban X"
            if any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in head.children):
                hypothetical = True
            if any(c.dep_ == "mark" and c.lower_ == "for" for c in head.children) and infinitive_to(head) is not None:
                hypothetical = True     # "called for the governor to resign": wished, not done
            if head.head.i == head.i:
                break
            if head.dep_ in {"xcomp"}:
                # "did not agree to …", "failed to reach …"
                negated = negated or head.head.lemma_.lower() in NEGATING_HEADS | AVOIDING_HEADS or any(
                    c.dep_ == "neg" or c.lower_ in NOT_YET and head.head.lemma_ in NOT_YET_HEADS
                    for c in head.head.children)
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


__all__ = ["EventFinder", "EventGuess", "ActorGuess", "code_actor"]


def _titled_name(tok: Token) -> bool:
    """"Action Against Hunger", "Doctors Without Borders": a capitalised preposition inside a
    noun phrase marks an organisation's name that NER missed."""
    return tok.text[:1].isupper() and any(
        c.dep_ == "prep" and c.text[:1].isupper() and c.i > tok.i and any(p.text[:1].isupper() for p in c.children)
        for c in tok.children)
