"""An event's two sides (nlp/events/sides.py): a description or pronoun is never read as the
party the other side names."""
import pytest
from newsgraph import extract


def _parties(text, etype):
    return [([a.name for a in e.actor], [r.name for r in e.recipient]) for e in extract(text).events
            if e.type == etype]


@pytest.mark.parametrize("text, etype, actor, recipient", [
    ("Governor Kofi Mensah lost the primary in May. Mensah pledged on Tuesday to support the nominee.",
     "AGREE", "Kofi Mensah", "nominee"),
    ("Ines Madaki spoke at the rally. Madaki said she would meet the mayor on Friday.",
     "CONSULT", "Ines Madaki", "mayor"),
])
def test_a_description_is_not_the_party_across_from_it(text, etype, actor, recipient):
    found = _parties(text, etype)
    assert found, "the event itself should still be found"
    for actors, recipients in found:
        assert actors == [actor]
        assert recipients == [recipient]


def test_a_reciprocal_event_keeps_both_parties_on_both_sides():
    found = _parties("Tomas Berg and Ada Varga met in Port Mara on Monday.", "CONSULT")
    assert found == [(["Tomas Berg", "Ada Varga"], ["Tomas Berg", "Ada Varga"])]
