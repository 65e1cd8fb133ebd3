"""PLOVER contexts for an event: what its sentence is about, where the words say so.

The manual's contexts (military, diplomatic, legal, economic, election, terrorism …) are
given only when a word of the event's sentence names one (``CONTEXT_WORDS``), plus
"military" when an actor or recipient is a state military and "diplomatic" when the parties
are the governments of two states (or a state and an IGO). Several contexts are joined
with ", " in order of first mention, as the PLOVER gold records write them.
"""
from __future__ import annotations

from spacy.tokens import Span

from .lexicon import CONTEXT_WORDS

MAX_CONTEXTS = 3
_CONTENT_POS = {"NOUN", "VERB", "ADJ", "ADV"}


def context_of(sentence: Span, parties: list[tuple[str | None, str | None]]) -> str | None:
    """``parties``: (country, sector) of each actor and recipient."""
    found: list[str] = []

    def add(context: str | None) -> None:
        if context and context not in found:
            found.append(context)

    for i, tok in enumerate(sentence):
        if i + 1 < len(sentence):
            add(CONTEXT_WORDS.get(f"{tok.lower_} {sentence[i + 1].lower_}"))
        if tok.pos_ in _CONTENT_POS:       # "Bill Halden" is no bill
            add(CONTEXT_WORDS.get(tok.lower_) or CONTEXT_WORDS.get(tok.lemma_.lower()))
    sectors = {sector for _, sector in parties}
    if "MIL" in sectors and "military" not in found:
        found.insert(0, "military")
    states = {country for country, sector in parties if country and sector in {"GOV", "MIL"} or country == "IGO"}
    if len(states) > 1 and "diplomatic" not in found:
        found.append("diplomatic")     # governments of two states, or a state and an IGO
    return ", ".join(found[:MAX_CONTEXTS]) or None


__all__ = ["context_of"]
