"""Every event mode newsgraph can emit is one the PLOVER v2 manual lists for that type."""
import re

import pytest

from newsgraph.nlp.events import lexicon
from newsgraph.plover import EVENT_TYPES

from .conftest import SHARED

MANUAL = SHARED / "data" / "plover" / "PLOVER_MANUAL.tex"
CAPTION = re.compile(r"\\caption\{(?:\\plcat\{)?([A-Z]+)\}? modes")


def manual_modes() -> dict[str, set[str]]:
    if not MANUAL.exists():
        pytest.skip(f"needs the gold data: the PLOVER manual {MANUAL}")
    out: dict[str, set[str]] = {}
    lines = MANUAL.read_text("utf-8").splitlines()
    for i, line in enumerate(lines):
        m = CAPTION.search(line)
        if not m:
            continue
        modes = out.setdefault(m.group(1), set())
        for row in lines[i + 1:]:
            if "\\end{tabular}" in row:
                break
            cell = row.split("&")[0].strip()
            if "&" in row and cell and cell != "Name" and not cell.startswith("%"):   # % rows are commented out
                modes.add(cell.replace("\\_", "_").replace("\\", ""))
    return out


def test_the_type_table_lists_exactly_the_manuals_modes():
    manual = manual_modes()
    assert set(manual) >= {"CONSULT", "REQUEST", "ACCUSE", "ASSAULT"}
    for name, modes in manual.items():
        assert set(EVENT_TYPES[name].modes) == modes, name
    for name, t in EVENT_TYPES.items():
        if name not in manual:
            assert not t.modes, name


def _table_modes():
    for table in (lexicon.VERB_TRIGGERS, lexicon.PHRASE_TRIGGERS, lexicon.NOUN_TRIGGERS):
        for key, value in table.items():
            if isinstance(value, tuple) and len(value) == 2 and value[1] is not None:
                yield key, value[0], value[1]


@pytest.mark.parametrize("key, etype, mode", list(_table_modes()))
def test_every_mode_in_the_trigger_tables_belongs_to_its_type(key, etype, mode):
    assert mode in EVENT_TYPES[etype].modes, (key, etype, mode)


def test_remote_meetings_are_the_phone_mode():
    assert set(lexicon.NOUN_MODES.values()) <= set(EVENT_TYPES["CONSULT"].modes)


def test_an_invitation_is_not_a_meeting_hosted_by_a_third_party():
    from newsgraph import extract
    events = extract("During their video call, President Ana Ruiz invited Prime Minister Tomas Brell to visit Lima. "
                     "Ruiz extended an invitation to Brell.").events
    assert events and all(e.mode in EVENT_TYPES[e.type].modes or e.mode is None for e in events)
    assert not any(e.mode == "third-party" for e in events)
