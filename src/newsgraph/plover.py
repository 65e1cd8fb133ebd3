"""The PLOVER v2 event inventory, in one table: each type's quad class, its modes, whether it
needs a recipient, and the manual's recodings for the future and for refusals.

Events (coding), the web UI (colours, legends) and `eval plover` all read this table; none
keeps a list of its own. From the PLOVER v2 manual (Open Event Data Alliance, CC BY-SA 4.0):
the per-type sections give quad class and recipient rule (the manual's summary table files
SANCTION under verbal conflict once; its own section says material conflict, used here).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EventType:
    name: str
    quad: str                          # verbal/material cooperation/conflict
    modes: tuple[str, ...]             # the manual's modes for the type (may be empty)
    needs_recipient: bool
    future: str | None = None          # the type reported in the future is this type
    refusal_mode: str | None = None    # a refusal of it is REJECT with this mode
    # the mode the future type takes, by this type's mode (None: any other mode)
    future_modes: tuple[tuple[str | None, str], ...] = ()

    @property
    def cooperation(self) -> bool:
        return self.quad.endswith("cooperation")


_REQUEST_MODES = ("assist", "change", "yield", "meet")

EVENT_TYPES: dict[str, EventType] = {t.name: t for t in (
    EventType("AGREE", "verbal cooperation", (), False, refusal_mode="assist"),
    EventType("CONSULT", "verbal cooperation", ("visit", "third-party", "multilateral", "phone"), False,
              future="AGREE", refusal_mode="meet"),
    EventType("SUPPORT", "verbal cooperation", (), False, future="AGREE", refusal_mode="assist"),
    EventType("CONCEDE", "verbal cooperation", (), False, refusal_mode="yield"),
    EventType("COOPERATE", "material cooperation", (), True, future="AGREE", refusal_mode="assist"),
    EventType("AID", "material cooperation", (), True, future="AGREE", refusal_mode="assist"),
    EventType("RETREAT", "material cooperation",
              ("withdraw", "release", "disarm", "ceasefire", "access", "resign"), False,
              future="CONCEDE", refusal_mode="yield"),
    EventType("REQUEST", "verbal conflict", _REQUEST_MODES, False),
    EventType("ACCUSE", "verbal conflict", ("disapprove", "investigate", "allege"), False),
    EventType("REJECT", "verbal conflict", _REQUEST_MODES, False),
    EventType("THREATEN", "verbal conflict",
              ("restrict", "arrest", "relations", "expel", "territory", "violence"), False),
    # a conflictual act announced for the future is a threat of it (the manual's THREATEN:
    # "the mode is the content of the threat"; boycotts, strikes, blockades and curfews are
    # its 'restrict'; and "THREATEN could be ASSAULT + hypothetical": code the one category)
    EventType("PROTEST", "material conflict",
              ("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"), False,
              future="THREATEN", future_modes=((None, "restrict"),)),
    EventType("SANCTION", "material conflict", ("convict", "expel", "withdraw", "discontinue"), True,
              future="THREATEN", future_modes=(("expel", "expel"), (None, "relations"))),
    EventType("MOBILIZE", "material conflict", ("troops", "weapons", "police", "militia"), False),
    EventType("COERCE", "material conflict",
              ("seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
               "misinformation", "cyber"), False,
              future="THREATEN", future_modes=(("arrest", "arrest"), ("deport", "expel"), ("seize", "territory"),
                                               (None, "restrict"))),
    EventType("ASSAULT", "material conflict",
              ("abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
               "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
               "unconventional"), False, future="THREATEN", future_modes=((None, "violence"),)),
)}

COOPERATION_TYPES = frozenset(n for n, t in EVENT_TYPES.items() if t.cooperation)
FUTURE_RECODE = {n: t.future for n, t in EVENT_TYPES.items() if t.future}


def future_mode(event_type: str, mode: str | None) -> str | None:
    """The mode a future event of this type and mode takes once recoded (None: none)."""
    table = dict(EVENT_TYPES[event_type].future_modes)
    return table.get(mode, table.get(None, mode))
REFUSAL_MODES = {n: t.refusal_mode for n, t in EVENT_TYPES.items() if t.refusal_mode}
# PLOVER 0.5 labels (the gold records, PLV) under their v2 names
V05_TO_V2 = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


def quad_of(event_type: str) -> str | None:
    t = EVENT_TYPES.get(event_type)
    return t.quad if t else None


__all__ = ["EventType", "EVENT_TYPES", "COOPERATION_TYPES", "FUTURE_RECODE", "REFUSAL_MODES",
           "V05_TO_V2", "future_mode", "quad_of"]
