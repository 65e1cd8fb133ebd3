"""The event check: the probability that an event the rules found is right.

The rules find events with words that campaign news uses in other senses ("attacked",
"supports the plan", "visited the state"), and their parties come from parses of long
sentences. A logistic model over the finished event — its type and trigger lemma, which
kinds of party fill its roles, whether a policy or other object stands where a party should,
modality and the words just before the trigger — gives each event a probability of being
right, learned from events judged by hand against the PLOVER manual
(`python -m newsgraph.train.event_check`, weights in `data/event_check.json`). Every event
carries it as `check`, beside the rules' `confidence`; nothing is dropped by default, as the
check learned from US political news and would drop most events of conflict news, and
`extract --event-check`, `events --checked` and the web's `min_check` keep those at or above
its threshold. A table that is missing or malformed is a `ModelError`, never a silent fall-back.
"""
from __future__ import annotations

import math
import re

from ..tables import LogisticTable, packaged_json

CHECK_FILE = "event_check.json"

PRONOUNS = frozenset("he she they it him her them his its their we i you us me who which that".split())
DETERMINERS = frozenset("the a an some several many no both all his her their its other".split())
# words in the four before a trigger that make it a plan, a condition or a prediction
MODAL_WORDS = frozenset("will would should could can might may must if wants want plans vowed vows".split())
NEGATION_WORDS = frozenset(("not", "n't", "never", "no"))
# a distance in characters is given in units of this many, and capped
DISTANCE_UNIT = 150
SENTENCE_UNIT = 300
CAP = 1.5

_REASON = re.compile(r"(\w+) '([^']+)'")
# markup or mojibake in a party's words ('datetime="2016')
ODD_CHARACTERS = re.compile(r"[=<>\"{}|\\/@#_]")


def _trigger_lemma(event: dict) -> tuple[str, str]:
    """(part of speech, lemma) from the rule's reason ("verb 'support' -> …")."""
    m = _REASON.match(event.get("reason") or "")
    if m:
        return m.group(1), m.group(2)
    return "?", event["trigger_text"].lower()


def _party_features(role: str, parties: list[dict], entities: list[dict], event_type: str,
                    f: dict[str, float]) -> None:
    count = f"{role}n={min(len(parties), 2)}"
    f[count] = 1.0
    f[f"{event_type}:{count}"] = 1.0
    for p in parties[:2]:
        text = p["text"]
        low = text.lower()
        index = p.get("entity")
        entity = entities[index] if index is not None and 0 <= index < len(entities) else None
        kind = entity["type"] if entity else "NONE"
        if entity:
            # the article's main actors are seldom a misreading
            f[role + "mentions"] = min(math.log1p(len(entity["mentions"])) / 3, CAP)
        if ODD_CHARACTERS.search(text):
            f[role + "odd"] = 1.0
        f[f"{role}lab={kind}"] = 1.0
        f[f"{event_type}:{role}lab={kind}"] = 1.0
        words = low.split()
        if low in PRONOUNS:
            f[role + "pron"] = 1.0
        if words and words[0] in DETERMINERS:
            f[role + "det"] = 1.0
        if text == low:
            f[role + "lower"] = 1.0
        if p.get("sector"):
            f[role + "sec"] = 1.0
        if p.get("country"):
            f[role + "country"] = 1.0
        name = p.get("name") or ""
        if kind == "PERSON" and len(name.split()) >= 2:
            f[role + "fullname"] = 1.0
        if name[:1].islower():
            f[role + "lowname"] = 1.0
        if entity and (low in PRONOUNS or words and words[0] in DETERMINERS):
            _reference_features(role, p["span"], index, entities, f)


def _reference_features(role: str, span: list[int], index: int, entities: list[dict],
                        f: dict[str, float]) -> None:
    """How far back a pronoun or description found its person, and how many other persons
    the article named in between: a resolution across a crowd is the likeliest to be wrong."""
    start = span[0]
    earlier = [s for s, e in entities[index].get("chars") or [] if e <= start]
    if not earlier:
        f[role + "ref_none"] = 1.0
        return
    anchor = max(earlier)
    f[role + "ref_gap"] = min((start - anchor) / DISTANCE_UNIT, CAP * 2) / 2
    rivals = sum(1 for k, other in enumerate(entities) if k != index and other["type"] == "PERSON"
                 and any(anchor < s < start for s, _ in other.get("chars") or []))
    f[role + "ref_rivals"] = min(rivals, 3) / 3


def _before_trigger(event: dict, text: str, f: dict[str, float]) -> None:
    start = event["trigger"][0]
    words = text[max(event["sentence"][0], start - 40):start].lower().replace("’", "'").split()
    for w in words[-4:]:
        if w in MODAL_WORDS:
            f["pre_modal"] = 1.0
        if w in NEGATION_WORDS or w.endswith("n't"):
            f["pre_neg"] = 1.0
    if words and words[-1] == "to":
        f["pre_to"] = 1.0


def article_event_features(events: list[dict], text: str, entities: list[dict]) -> list[dict[str, float]]:
    """Features of each event of an article as the events stage stores them
    (`doc._.ng_events`), given the article's text and its entities (`doc._.ng_entities`)."""
    crowd: dict[tuple, int] = {}
    for e in events:
        crowd[tuple(e["sentence"])] = crowd.get(tuple(e["sentence"]), 0) + 1
    return [event_features(e, text, entities, crowd[tuple(e["sentence"])]) for e in events]


def event_features(event: dict, text: str, entities: list[dict], crowd: int = 1) -> dict[str, float]:
    """Features of one event; `crowd` is the number of events found in its sentence."""
    event_type = event["type"]
    pos, lemma = _trigger_lemma(event)
    f: dict[str, float] = {"bias": 1.0, f"type={event_type}": 1.0, f"pos={pos}": 1.0, f"lem={lemma}": 1.0,
                           "conf": float(event["confidence"])}
    for flag, name in ((event["negated"], "neg"), (event["hypothetical"], "hyp"),
                       (event["quote"] is not None, "quote")):
        if flag:
            f[name] = 1.0
    if event.get("target"):
        f["target"] = 1.0
        f[f"{event_type}:target"] = 1.0
    _party_features("a_", event["actors"], entities, event_type, f)
    _party_features("r_", event["recipients"], entities, event_type, f)
    f["crowd"] = min(crowd - 1, 3) / 3
    own = {p.get("entity") for p in event["actors"]} - {None}
    if own & ({p.get("entity") for p in event["recipients"]} - {None}):
        f["same"] = 1.0
    s, e = event["sentence"]
    f["len"] = min((e - s) / SENTENCE_UNIT, CAP)
    _before_trigger(event, text, f)
    at = event["trigger"][0]
    for role, parties in (("a", event["actors"]), ("r", event["recipients"])):
        if parties:
            f[role + "dist"] = min(abs(parties[0]["span"][0] - at) / DISTANCE_UNIT, CAP)
        if any(p["span"][0] < s or p["span"][1] > e for p in parties):
            f[role + "_outside"] = 1.0
    return f


class EventCheck(LogisticTable):
    KIND = "event check"

    @classmethod
    def from_data(cls, data: object, where: str = CHECK_FILE) -> "EventCheck":
        return cls(*cls.parse(data, where))


def packaged_event_check() -> EventCheck:
    return EventCheck.from_data(packaged_json(CHECK_FILE), CHECK_FILE)
