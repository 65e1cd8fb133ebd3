"""Party and state written after a US politician's name: "Sen. Ana Ruiz (R-Ky.)", "Rep. Ana
Ruiz, D-N.Y., said" (AP and newspaper style). They let "the Kentucky Republican" and "the
Kentucky senator" name the person, where the last person named is often someone else.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from .entities import EntityCluster

# state name -> the forms news writes after a party letter (AP abbreviations, postal codes)
STATES = {
    "alabama": "ala al", "alaska": "alaska ak", "arizona": "ariz az", "arkansas": "ark ar",
    "california": "calif ca", "colorado": "colo co", "connecticut": "conn ct", "delaware": "del de",
    "florida": "fla fl", "georgia": "ga", "hawaii": "hawaii hi", "idaho": "idaho id",
    "illinois": "ill il", "indiana": "ind in", "iowa": "iowa ia", "kansas": "kan kans ks",
    "kentucky": "ky", "louisiana": "la", "maine": "maine me", "maryland": "md", "massachusetts": "mass ma",
    "michigan": "mich mi", "minnesota": "minn mn", "mississippi": "miss ms", "missouri": "mo",
    "montana": "mont mt", "nebraska": "neb ne", "nevada": "nev nv", "new hampshire": "n.h nh",
    "new jersey": "n.j nj", "new mexico": "n.m nm", "new york": "n.y ny", "north carolina": "n.c nc",
    "north dakota": "n.d nd", "ohio": "ohio oh", "oklahoma": "okla ok", "oregon": "ore or",
    "pennsylvania": "pa", "rhode island": "r.i ri", "south carolina": "s.c sc", "south dakota": "s.d sd",
    "tennessee": "tenn tn", "texas": "texas tex tx", "utah": "utah ut", "vermont": "vt",
    "virginia": "va", "washington": "wash wa", "west virginia": "w.va wva wv", "wisconsin": "wis wisc wi",
    "wyoming": "wyo wy",
}
STATE_FORMS = {form: state for state, forms in STATES.items() for form in forms.split() + [state]}
PARTY_LETTERS = {"R": "republican", "D": "democrat", "I": "independent"}
# a party word before a person's role or in a title: "the GOP nominee", "a Democratic strategist"
PARTY_MODIFIERS = {"gop": "republican", "republican": "republican", "democratic": "democrat", "democrat": "democrat"}
# right after the name: "(R-Ky.)", ", D-N.Y.,", "(I-Vt.)", and at a sentence's end ", R-Iowa."
TAG_TOKENS = 10
_TAG = re.compile(r"\s*[(,]\s*([RDI])\s*[-–]\s*([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)\s*(?:[),]|\.(?!\S))")


def party_state_words(doc: Doc, cluster: EntityCluster) -> frozenset[str]:
    """The party and state words of a person written with a party tag somewhere in the
    article ({"republican", "kentucky"}), empty when none is written."""
    for _start, end in cluster.mentions:
        # the few tokens after the name, as written (Doc.text would rebuild the whole article)
        after = "".join(t.text_with_ws for t in doc[end - 1:end + TAG_TOKENS])[len(doc[end - 1].text):]
        m = _TAG.match(after)
        if m is None:
            continue
        state = STATE_FORMS.get(m.group(2).lower().rstrip("."))
        if state is not None:
            return frozenset({PARTY_LETTERS[m.group(1)]} | set(state.split()))
    return frozenset()
