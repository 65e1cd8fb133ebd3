"""The PLOVER v2 manual's cross-cutting coding rules, applied to each event found.

The trigger gives a type; these rules rewrite it where the manual says the tense or the
parties change the category: cooperation reported in the future is AGREE, a future retreat
CONCEDE, a refusal or failure to cooperate REJECT (with the manual's mode), and one unarmed
person "attacking" another ACCUSE. Each rewrite is appended to the event's ``reason``.
`under_modal` tells whether a modal verb above an event makes it hypothetical, which the
tense rules and the finder's modality both need.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..reference.actors import ActorGuess
from ...plover import future_mode
from .lexicon import (COMMITMENT_NOUNS, CONFLICT_FUTURE_ADJ, CONFLICT_FUTURE_HEADS, FUTURE_ADJ, FUTURE_AUX,
                      FUTURE_HEADS, FUTURE_RECODE, MODAL_AUX, NEGATING_HEADS, REFUSALS, VERBAL_ATTACK_WORDS,
                      ELECTION_PEOPLE, VERBAL_INSTRUMENTS)


@dataclass
class EventGuess:
    type: str
    mode: str | None
    trigger: tuple[int, int]               # token span
    actors: list[ActorGuess]
    recipients: list[ActorGuess]
    negated: bool
    hypothetical: bool
    confidence: float
    reason: str
    location: dict | None = None
    extra: dict = field(default_factory=dict)
    context: str | None = None


def apply_codebook(doc: Doc, g: EventGuess) -> EventGuess:
    return _recode_future(doc, _recode_verbal(doc, g))


# what a person can attack with force: "the gunman attacked the nightclub" stays an assault
PHYSICAL_TARGETS = frozenset("""
    building buildings club nightclub school church mosque synagogue temple embassy consulate compound
    office offices station base camp convoy vehicle car bus train plane aircraft ship boat village town
    city checkpoint hotel restaurant market home house houses hospital clinic airport bank store shop
    mall theater theatre stadium office headquarters facility facilities plant
""".split())


def _recode_verbal(doc: Doc, g: EventGuess) -> EventGuess:
    """A politician or any unarmed person "attacking" another is criticism: ACCUSE 'disapprove'."""
    if g.type != "ASSAULT" or doc[g.trigger[0]].lemma_.lower() not in VERBAL_ATTACK_WORDS:
        return g
    people = [a for a in g.actors + g.recipients]
    unarmed = not any(a.sector in {"MIL", "REB", "UAF", "COP"} for a in people)
    things = [a for a in g.recipients if not a.party]

    def person(a) -> bool:          # "his rivals", "the candidates": the people of an election
        return a.cluster is not None and a.cluster.type == "PERSON" or \
            doc[a.start:a.end].root.lemma_.lower() in ELECTION_PEOPLE
    persons = people and all(person(a) for a in people)
    # a party or a PAC attacks with ads and statements, never with force
    politicians = g.actors and all((person(a) and (a.cluster is None or a.sector in {
        "GOV", "LEG", "PTY", "ELI", "OPP", "JRN"})) or a.sector == "PTY" for a in g.actors)
    places = any(a.cluster is not None and a.cluster.type in {"GPE", "LOC", "FAC"} or (a.cluster is None and a.country)
                 for a in g.recipients)
    trigger = doc[g.trigger[0]]
    with_words = any(c.dep_ == "prep" and c.lower_ == "with" and any(
        p.dep_ == "pobj" and p.lemma_.lower() in VERBAL_INSTRUMENTS for p in c.children) for c in trigger.children)
    if unarmed and with_words:      # "hitting X with ads in Iowa": words, where they ran is no party
        g.reason = f"{g.reason}; attacked with words: a verbal attack, ACCUSE"
        g.type, g.mode = "ACCUSE", "disapprove"
        g.recipients = [a for a in g.recipients if not (a.cluster is not None and a.cluster.type in {
            "GPE", "LOC", "FAC"})] or g.recipients
    elif unarmed and not places and (persons or politicians):
        g.reason = f"{g.reason}; between persons, unarmed: a verbal attack, ACCUSE"
        g.type, g.mode = "ACCUSE", "disapprove"
    elif unarmed and not places and things and len(things) == len(g.recipients) and all(
            person(a) for a in g.actors) and not any(
            doc[a.start:a.end].root.lemma_.lower() in PHYSICAL_TARGETS for a in things):
        # "her attacks on the voting rules": a person attacking no party, nothing one can
        # strike, attacks in words
        g.reason = f"{g.reason}; a person attacking a thing no one can strike: a verbal attack, ACCUSE"
        g.type, g.mode = "ACCUSE", "disapprove"
    return g


def _recode_future(doc: Doc, g: EventGuess) -> EventGuess:
    """The codebook's tense rules: future cooperation is AGREE, a future retreat CONCEDE, a
    future conflictual act THREATEN (with the act as the threat's mode), and a refusal stated
    for the future ("will not meet", "would not release") REJECT."""
    tok = doc[g.trigger[0]]
    if tok.lemma_.lower() in {"invitation", "invite"}:
        return g     # an invitation is reported as the meeting it proposes
    if g.negated:
        if g.type in REFUSALS and (_future_marker(tok, FUTURE_AUX | {"would", "wo"})
                                   or (tok.dep_ == "xcomp" and tok.head.lemma_.lower() in NEGATING_HEADS)):
            g.reason = f"{g.reason}; refused or failed: REJECT (codebook)"
            g.type, g.mode, g.negated, g.hypothetical = "REJECT", REFUSALS[g.type], False, False
        return g
    if g.type not in FUTURE_RECODE:
        return g
    if FUTURE_RECODE[g.type] == "AGREE" and _committed_to(tok):
        return _as_future(g, f"'{_committed_to(tok)} to'")
    conflict = FUTURE_RECODE[g.type] == "THREATEN"
    adjectives = CONFLICT_FUTURE_ADJ if conflict else FUTURE_ADJ     # "a planned attack" was premeditated
    if tok.pos_ in {"NOUN", "PROPN"} and any(c.dep_ == "amod" and c.lower_ in adjectives for c in tok.children):
        return _as_future(g, f"'{tok.text}' planned")
    why = _future_marker(tok, FUTURE_AUX, heads=CONFLICT_FUTURE_HEADS if conflict else FUTURE_HEADS)
    if conflict and not why and tok.dep_ == "ccomp" and any(
            c.dep_ == "aux" and c.lower_ == "would" for c in tok.children):
        why = "reported future"     # "said they would boycott the vote"
    return _as_future(g, why) if why else g


def _committed_to(tok: Token) -> str | None:
    """"its commitment to support X": the noun of intention a verb describes, if any."""
    noun = tok.head.head if tok.dep_ == "pcomp" and tok.head.lower_ == "to" else tok.head
    if tok.dep_ in {"acl", "pcomp"} and noun.lemma_.lower() in COMMITMENT_NOUNS:
        return noun.text
    return None


def _future_marker(tok: Token, aux: set[str], heads: set[str] = frozenset()) -> str | None:
    if tok.pos_ in {"NOUN", "PROPN"}:
        tok = tok.head.head if tok.dep_ == "pobj" else tok.head
    head = tok
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in aux for c in head.children):
            return "future tense"
        if head.dep_ == "xcomp" and head.head.lemma_.lower() in heads:
            return f"'{head.head.lemma_} to'"
        if head.dep_ not in {"xcomp", "conj"} or head.head.i == head.i:
            break
        head = head.head
    return None


def _as_future(g: EventGuess, why: str) -> EventGuess:
    g.reason = f"{g.reason}; {why}: future {g.type} coded {FUTURE_RECODE[g.type]} (codebook)"
    g.type, g.mode, g.hypothetical = FUTURE_RECODE[g.type], future_mode(g.type, g.mode), False
    return g


def under_modal(tok: Token) -> bool:
    """"would use the proceeds to cut rates and give workers a credit": a modal governs its
    conjuncts, its infinitives and the means it names ("might do better by coordinating with
    X"), not an adverbial clause ("…, conceding the race")."""
    head = tok
    for _ in range(3):
        if head.dep_ == "pcomp" and head.head.lower_ == "by" and head.head.head.i != head.head.i:
            head = head.head.head
        elif head.dep_ not in {"xcomp", "conj"} or head.head.i == head.i:
            return False
        else:
            head = head.head
        if any(c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in head.children):
            return True
    return False


__all__ = ["EventGuess", "apply_codebook", "under_modal"]
