"""Precision guards for verb triggers: uses of an event verb that are no PLOVER event.

A table of named rules, each a predicate over the trigger's context that rejects the event
when it holds. The guards run after the trigger's parties are found and its type is final
(`verbs.py`); their order does not matter. Each one exists for a pattern seen many times in
news (political campaign coverage above all), never for one sentence.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ...plover import EVENT_TYPES
from ..reference.actors import ActorGuess
from ..reference.entities import EntityTable
from ..reference.gazetteer import SECTOR_WORDS
from ..reference.lexicon import is_outlet
from .lexicon import (AGREEMENT_WORDS, ARMED_ONLY_VERBS, CAPTURE_VERBS, ELECTORAL_PRIZES, FORCE_OBJECTS,
                      HOSTED_EVENTS, MESSAGE_OBJECTS, PARTY_VERBS, PARTYLESS_TARGETS, PUBLISHED_THINGS, TRANSFER_VERBS,
                      VERB_TRIGGERS, WEAK, WEAK_WITH_PEOPLE)
from .settings import TIME_NOUNS
from .triggers import people_noun

# a promise is an AGREE only with a party on its receiving end or a cooperative act promised
# (the manual's AGREE: "indicate willingness or commitment to cooperate"); "pledged to cut
# taxes", "vowed to lower bus fares" promise no one anything
PROMISE_WORDS = {"pledge", "vow", "promise", "willing", "ready", "prepared", "commit"}
COOPERATIVE_ACTS = {"AID", "COOPERATE", "CONSULT", "RETREAT", "CONCEDE", "YIELD", "AGREE", "SUPPORT"}


@dataclass
class VerbContext:
    verb: Token
    lemma: str
    by_verb: bool                  # the verb alone triggered (not a verb + object phrase)
    etype: str
    actors: list[ActorGuess]
    recipients: list[ActorGuess]
    trigger_obj: Token | None
    gift: bool                     # money or aid objects handed over
    entities: EntityTable

    @property
    def armed(self) -> bool:
        return any(a.sector in {"MIL", "REB"} for a in self.actors + self.recipients)

    def has_child(self, deps: set[str], words: set[str] | None = None) -> bool:
        return any(c.dep_ in deps and (words is None or c.lower_ in words) for c in self.verb.children)

    def objects_in(self, words: set[str] | frozenset[str], as_written: bool = False) -> list[Token]:
        """The verb's direct objects whose lemma (or, with `as_written`, form) is in `words`."""
        return [c for c in self.verb.children if c.dep_ == "dobj" and (
            c.lemma_.lower() in words or as_written and c.lower_ in words)]

    def party_or_people(self, r: ActorGuess) -> bool:
        """A party, or people a word names ("its owner", "the prisoners")."""
        return r.party or people_noun(self.verb.doc[r.start:r.end].root)

    def root_word_before(self, r: ActorGuess) -> str:
        doc = self.verb.doc
        return doc[r.start:r.end].root.head.lower_


def _not_a_demonstration(c: VerbContext) -> bool:
    """"demonstrate the strength of", "rally the coalition": not protesting."""
    return c.lemma in {"demonstrate", "rally", "march"} and c.has_child({"dobj", "ccomp"})


def _weak_verb_without_party(c: VerbContext) -> bool:
    """"struck a deal", "gave a speech"; "troops struck rebels" is an attack."""
    return (c.lemma in WEAK and c.by_verb and not c.gift and not c.armed
            and not any(r.named or (c.lemma in WEAK_WITH_PEOPLE and c.party_or_people(r)) for r in c.recipients))


def _speaking_to_an_audience(c: VerbContext) -> bool:
    """"speaking to pupils", "speaking at a county fair": no consultation."""
    return (c.lemma in {"speak", "talk"} and c.by_verb and not c.has_child({"prep"}, {"with"})
            and not any((r.cluster is not None and r.cluster.type in {"PERSON", "GPE"} or r.sector in {"GOV", "IGO"})
                        and c.root_word_before(r) == "to" for r in c.recipients))


def _received_no_one(c: VerbContext) -> bool:
    """"police received emergency calls": received no one."""
    return c.lemma == "receive" and c.by_verb and not any(
        ch.dep_ == "dobj" and (c.entities.at(ch.i) is not None or ch.lower_ in SECTOR_WORDS
                               or ch.lemma_.lower() in SECTOR_WORDS) for ch in c.verb.children)


def _figurative_delivery(c: VerbContext) -> bool:
    """"giving him a head start", "deliver a closing address"."""
    return c.etype == "AID" and c.lemma in WEAK | {"deliver"} and c.by_verb and not c.gift


def _election_captured(c: VerbContext) -> bool:
    """A candidate "captured" a state, a party "captures the Senate": an election won."""
    if c.lemma not in CAPTURE_VERBS or c.armed:
        return False
    return bool(c.objects_in(ELECTORAL_PRIZES)) or all(a.cluster is not None and a.cluster.type == "PERSON" for a in c.actors)


def _message_sent(c: VerbContext) -> bool:
    """"sent a message to voters": no aid."""
    return c.lemma in TRANSFER_VERBS and bool(c.objects_in(MESSAGE_OBJECTS))


def _figurative_shield(c: VerbContext) -> bool:
    """"using someone as a shield": only a human shield is an assault."""
    return (c.trigger_obj is not None and c.trigger_obj.lemma_.lower() == "shield"
            and not any(ch.lower_ == "human" for ch in c.trigger_obj.children))


def _question_asked(c: VerbContext) -> bool:
    """"asked what X thought", "Asked if …": a question, not a request."""
    return c.lemma == "ask" and c.by_verb and not any(
        ch.dep_ == "xcomp" or (ch.dep_ == "prep" and ch.lower_ == "for") for ch in c.verb.children)


def _crime_committed(c: VerbContext) -> bool:
    """"committed a crime" is no commitment."""
    return c.lemma == "commit" and c.by_verb and not any(
        ch.dep_ == "xcomp" or (ch.dep_ == "prep" and ch.lower_ == "to") for ch in c.verb.children)


def _seized_upon(c: VerbContext) -> bool:
    """"seized upon the remark": figurative."""
    return c.lemma == "seize" and c.has_child({"prep"}, {"on", "upon"})


def _no_party_acted_on(c: VerbContext) -> bool:
    """"police released video", "burning a flag": no party acted on."""
    return c.lemma in PARTY_VERBS and c.by_verb and not c.armed and not any(c.party_or_people(r) for r in c.recipients)


def _signed_a_document(c: VerbContext) -> bool:
    """"signed a bill into law", "signed an open letter", "sign up donors": signing is an
    agreement only with a party ("signed with X") or over an accord ("signed a treaty")."""
    if c.lemma != "sign" or not c.by_verb or c.has_child({"prep"}, {"with"}):
        return False
    return not any(o.dep_ == "dobj" and (o.lemma_.lower() in SIGNED_ACCORDS or o.lower_ in SIGNED_ACCORDS)
                   for o in c.verb.children)


def _struck_down(c: VerbContext) -> bool:
    """"the court struck down the law", "shot down the proposal": annulled, not attacked."""
    return c.etype == "ASSAULT" and not c.armed and c.has_child({"prt"}, {"down"})


def _went_back(c: VerbContext) -> bool:
    """"returns to Washington", "returning to his central themes": going back, not handing
    anything back (that takes an object: "returned the artefacts to X")."""
    objects = [ch for ch in c.verb.children if ch.dep_ in {"dobj", "dative", "nsubjpass", "attr", "npadvmod",
                                                           "oprd", "ccomp"}]
    # "returns to the stage this week": a time is no thing handed back
    objects = [o for o in objects if not (o.dep_ == "npadvmod" and (
        o.lemma_.lower() in TIME_NOUNS or o.ent_type_ in {"DATE", "TIME"}))]
    return c.lemma == "return" and c.by_verb and not objects and not c.gift


def _called_it_something(c: VerbContext) -> bool:
    """"called it a mistake", "called the senator “a disgrace”", "calling them names": naming,
    not a call. The parse often loses the second noun phrase, so a name, an article or a
    quotation mark straight after the object gives it away ("called her aide her rock")."""
    if c.lemma != "call" or not c.by_verb:
        return False
    objects = [o for o in c.verb.children if o.dep_ in {"dobj", "dative", "oprd"}]
    if c.has_child({"oprd"}) or len(objects) > 1:
        return True
    doc = c.verb.doc
    for o in objects:
        after = doc[o.right_edge.i + 1] if o.right_edge.i + 1 < len(doc) else None
        if after is not None and (after.text in NAMING_QUOTES or after.tag_ in NAME_STARTS
                                  and after.head.lemma_.lower() not in TIME_NOUNS):
            return True      # not "called her this morning"
        if o.i + 1 < len(doc) and doc[o.i + 1].text in NAMING_QUOTES:
            return True
        if any(t.text in NAMING_QUOTES for t in o.subtree):
            return True      # "called the pact “insanity”", parsed with the name as the object
    return False


def _speaking_to_a_gathering(c: VerbContext) -> bool:
    """"speaking to the Conference of Mayors", "addressed a rally": an audience, no counterpart."""
    doc = c.verb.doc
    return c.etype == "CONSULT" and c.by_verb and bool(c.recipients) and all(
        doc[r.start:r.end].root.lemma_.lower() in GATHERING_NOUNS for r in c.recipients)


def _pulled_out_a_thing(c: VerbContext) -> bool:
    """"pulled out a narrow win", "pulling out her credentials": produced, not withdrawn
    ("pulled out its troops" is a withdrawal)."""
    if c.lemma != "pull" or not c.has_child({"prt"}, {"out"}):
        return False
    return c.has_child({"dobj"}) and not c.objects_in(FORCE_OBJECTS, as_written=True)


# what one realises, not recognises: "recognized the need to …", "recognize the folly of …"
REALISED_THINGS = frozenset("need needs significance importance folly danger dangers risk risks value reality fact "
                            "facts problem problems limits truth urgency".split())


def _realised(c: VerbContext) -> bool:
    """"recognized that the rules must change", "recognize how absurd it is", "recognized the
    need to …": realising something, not recognising a state or a party (the manual's SUPPORT)."""
    if c.lemma not in {"recognize", "recognise"}:
        return False
    return c.has_child({"ccomp"}) or bool(c.objects_in(REALISED_THINGS))


def _as_opposed_to(c: VerbContext) -> bool:
    """"as opposed to X" compares; no one opposes anyone."""
    i = c.verb.i
    return c.lemma == "oppose" and i > 0 and c.verb.doc[i - 1].lower_ == "as" and c.verb.tag_ == "VBN"


def _participle_modifier(c: VerbContext) -> bool:
    """"pledged delegates", "allied groups": a participle describing a noun reports no act,
    however the parse reads it ("leads by 271 pledged delegates": a verb with no subject)."""
    if c.by_verb and c.verb.dep_ == "amod":
        return True
    return c.lemma == "pledge" and c.verb.tag_ in {"VBN", "VBD"} and not c.has_child({"nsubj", "nsubjpass"}) and any(
        o.dep_ == "dobj" and o.lemma_.lower() == "delegate" and o.i == c.verb.i + 1 for o in c.verb.children)


def _byline_contribution(c: VerbContext) -> bool:
    """"X contributed from Albuquerque", "contributed to this report", "contributed reporting":
    a byline, not aid."""
    return c.lemma == "contribute" and c.by_verb and any(
        ch.dep_ == "prep" and (ch.lower_ == "from" or ch.lower_ == "to" and any(
            p.dep_ == "pobj" and p.lemma_.lower() in BYLINE_OBJECTS for p in ch.children))
        or ch.dep_ in {"dobj", "xcomp"} and ch.lower_ in BYLINE_OBJECTS      # "contributed reporting from"
        for ch in c.verb.children)


def _trained_no_one(c: VerbContext) -> bool:
    """"trained in Miami", "trained as a lawyer": training is cooperation only when it trains
    someone."""
    return c.lemma in OBJECT_ONLY_VERBS and c.by_verb and not c.has_child({"dobj"})


def _unarmed_departure(c: VerbContext) -> bool:
    """"she left the stage", "left the party": leaving is a retreat only for armed forces."""
    return c.lemma in ARMED_ONLY_VERBS and not any(a.sector in {"MIL", "REB", "UAF"} for a in c.actors)


def _warning_without_threat(c: VerbContext) -> bool:
    """"warned that the party is nervous", "warned of the dangers": a prediction, no threat. A
    warning threatens when it is put to someone ("warned X", "warned X not to …", "warned
    against") or says what will be done ("warned that it would retaliate")."""
    if c.lemma != "warn" or not c.by_verb:
        return False
    if c.has_child({"dobj", "dative", "xcomp"}) or c.has_child({"prep"}, {"against"}):
        return False
    return not any(ch.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in FUTURE_WORDS for a in ch.children)
                   for ch in c.verb.children)


def _accepted_no_proposal(c: VerbContext) -> bool:
    """"accepted the nomination", "accepting millions from donors": taking, not agreeing."""
    return c.lemma == "accept" and c.by_verb and any(
        o.dep_ == "dobj" and (o.lemma_.lower() in NOT_PROPOSALS or o.ent_type_ in {"MONEY", "CARDINAL"})
        for o in c.verb.children)


def _press_interview(c: VerbContext) -> bool:
    """"spoke with X on its podcast", "visited NBC's Today": an interview with the press, no
    consultation between parties (a demand made of a network stays one)."""
    if c.etype != "CONSULT" or not c.by_verb:
        return False
    return any(a.sector == "JRN" or is_outlet(a.text) for a in c.actors + c.recipients)


def _opinion_shared(c: VerbContext) -> bool:
    """"a quarter of Americans agree with him": sharing a view, not agreeing to anything."""
    return c.lemma == "agree" and c.by_verb and c.has_child({"prep"}, {"with"}) and not c.has_child(
        {"xcomp", "ccomp", "dobj"}) and not c.has_child({"prep"}, {"on", "to", "upon"})


def _unnamed_source_boilerplate(c: VerbContext) -> bool:
    """"speaking on condition of anonymity to discuss …", "not authorized to discuss …"."""
    return c.lemma in {"discuss", "talk", "speak", "comment"} and any(
        t.lower_ in {"anonymity", "authorized", "authorised"} for t in c.verb.sent)


def _met_a_standard(c: VerbContext) -> bool:
    """"met the citizenship criteria", "met the deadline": fulfilling a condition, no meeting."""
    return c.lemma == "meet" and c.by_verb and bool(c.objects_in(STANDARD_NOUNS))


def _no_comment(c: VerbContext) -> bool:
    """"declined to comment", "refused to respond to a question": no request by anyone named
    is rejected ("declined a request from X to comment" stays a REJECT of X)."""
    return c.lemma in {"decline", "refuse"} and c.by_verb and not any(c.party_or_people(r) for r in c.recipients) \
        and any(x.dep_ == "xcomp" and x.lemma_.lower() in COMMENT_VERBS
                and not any(t.lemma_.lower() in REQUEST_NOUNS for t in x.subtree)     # "to respond to a request"
                for x in c.verb.children)


def _campaign_suspended(c: VerbContext) -> bool:
    """"suspended his campaign", "ended her bid": a candidate's own run, not a sanction
    ("suspended its campaign of airstrikes" is another matter)."""
    return c.etype == "SANCTION" and c.by_verb and any(
        o.dep_ == "dobj" and o.lemma_.lower() in CANDIDACY_NOUNS and not any(p.dep_ == "prep" for p in o.children)
        for o in c.verb.children)


def _refused_conflict(c: VerbContext) -> bool:
    """"refusing to attack his rivals", "refused to fight in the war": declining a conflictual
    act rejects no one's request."""
    return c.lemma in {"refuse", "decline"} and c.by_verb and any(
        x.dep_ == "xcomp" and VERB_TRIGGERS.get(x.lemma_.lower(), ("",))[0] in {"ASSAULT", "COERCE"}
        for x in c.verb.children)


def _charged_with(c: VerbContext) -> bool:
    """"arrested for collaborating with X", "accused Y of attacking Z": the charge against
    someone reports no act of theirs, only the accuser's (the arrest, the accusation)."""
    verb = c.verb
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head        # "accused of plotting to attack X"
    head = verb.head
    if verb.dep_ != "pcomp" or head.lower_ not in {"for", "of"}:
        return False
    return VERB_TRIGGERS.get(head.head.lemma_.lower(), ("",))[0] in CHARGING_TYPES


def _event_hosted(c: VerbContext) -> bool:
    """"co-host a fundraiser", "set to host the nomination contest": an event held, no visit
    ("hosting a dinner for the visiting premier" honours a guest: it stays)."""
    objects = c.objects_in(HOSTED_EVENTS)
    return c.lemma in {"host", "co-host", "cohost"} and bool(objects) and not any(
        p.dep_ == "prep" and p.lower_ == "for" for o in objects for p in [*o.children, *c.verb.children])


def _published(c: VerbContext) -> bool:
    """"released a statement", "released data showing …": published, no one freed."""
    return c.lemma in {"release", "publish", "issue", "unveil"} and bool(
        c.objects_in(PUBLISHED_THINGS, as_written=True))     # "data": its lemma is "datum"


VERB_GUARDS = (
    _not_a_demonstration, _weak_verb_without_party, _speaking_to_an_audience, _received_no_one,
    _figurative_delivery, _election_captured, _message_sent, _figurative_shield, _question_asked,
    _crime_committed, _seized_upon, _no_party_acted_on, _called_it_something, _as_opposed_to, _realised,
    _pulled_out_a_thing, _participle_modifier, _byline_contribution, _signed_a_document, _struck_down,
    _went_back, _charged_with,
    _trained_no_one, _unarmed_departure, _warning_without_threat, _accepted_no_proposal,
    _refused_conflict, _campaign_suspended, _speaking_to_a_gathering, _press_interview, _opinion_shared,
    _unnamed_source_boilerplate, _met_a_standard, _no_comment, _published,
    _event_hosted,
)
CHARGING_TYPES = frozenset({"COERCE", "ACCUSE", "SANCTION"})
OBJECT_ONLY_VERBS = frozenset({"train"})
NAMING_QUOTES = frozenset({"“", '"', "‘", "'", "``", "''"})
# a second noun phrase straight after the object: "called her aide her rock", "called X an ace"
NAME_STARTS = frozenset({"DT", "PRP$", "JJ"})
# an assembly one speaks to: its members are an audience
GATHERING_NOUNS = frozenset("conference convention rally crowd audience congregation gathering forum luncheon "
                            "dinner assembly meeting caucus".split())
STANDARD_NOUNS = frozenset("criterion criteria requirement standard goal target threshold deadline expectation "
                           "quota condition benchmark".split())
REQUEST_NOUNS = frozenset("request demand call appeal plea".split())
COMMENT_VERBS = frozenset("comment respond answer elaborate discuss say speculate confirm".split())
CANDIDACY_NOUNS = frozenset("campaign bid candidacy run".split())
FUTURE_WORDS = frozenset({"will", "would", "'ll", "wo", "shall"})
# what is accepted without agreeing to anyone's proposal
NOT_PROPOSALS = frozenset("nomination nominations award awards prize job position post role interview money "
                          "donation donations contribution contributions support endorsement cash check "
                          "millions billions".split())
BYLINE_OBJECTS = frozenset("report story article reporting".split())
SIGNED_ACCORDS = AGREEMENT_WORDS | frozenset("pledge pledges declaration communique protocol charter convention".split())


def rejected(context: VerbContext) -> bool:
    return any(guard(context) for guard in VERB_GUARDS)


def _cooperation_promised(word: Token) -> bool:
    """"is willing to withdraw its troops", "pledged to send aid": the act promised is itself
    one of the manual's cooperative acts, so the promise is a commitment to cooperate."""
    acts = [c for c in word.children if c.dep_ == "xcomp"]
    acts += [c for a in acts for c in a.conjuncts]
    return any(VERB_TRIGGERS.get(a.lemma_.lower(), ("",))[0] in COOPERATIVE_ACTS for a in acts)


def aimless(doc: Doc, g) -> bool:
    """An event with no party on its receiving end, of a type the manual says requires a
    recipient, or of a type that needs one (`PARTYLESS_TARGETS`) whose target,
    the trigger's own object, that is none of the things the type may be done to without
    one ("agreed to allow aid into the region" keeps its AGREE: the act promised is there).
    A promise to no one (`PROMISE_WORDS`) must name such a thing or a cooperative act."""
    if g.recipients:
        return False
    if EVENT_TYPES[g.type].needs_recipient:
        return True     # the manual: "Requires recipient: Yes" (aid, cooperation, sanctions)
    allowed = PARTYLESS_TARGETS.get(g.type)
    if allowed is None:
        return False
    trigger = doc[g.trigger[0]]
    promise = g.type == "AGREE" and trigger.lemma_.lower() in PROMISE_WORDS
    if promise and _cooperation_promised(trigger):
        return False
    target = g.extra.get("target")
    if target is None:
        return True
    root = doc[target[0]:target[1]].root
    if not (root.head == trigger or root.head.dep_ == "prep" and root.head.head == trigger):
        return promise
    return root.lemma_.lower() not in allowed and root.lower_ not in allowed
