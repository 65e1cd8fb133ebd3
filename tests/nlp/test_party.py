"""Party and state tags after a name (nlp/reference/party.py) name "the Bayland Republican"."""
import pytest

from newsgraph import extract
from newsgraph.nlp.reference.entities import EntityTable
from newsgraph.nlp.reference.party import party_state_words

TAGGED = ("Sen. Zephyr Quill (R-Ky.) and Rep. Tomas Berg, D-Wis., met President Kofi Mensah on Monday.\n\n"
          "Mensah spoke first. “We will pass the bill,” the Kentucky Republican said.\n\n"
          "“We will not,” the Wisconsin Democrat said.\n\n“We agree,” the Kentucky senator said.")


def test_the_tags_are_read_after_the_name(nlp):
    doc = nlp(TAGGED)
    words = {c.name: party_state_words(doc, c) for c in EntityTable(doc).clusters if c.type == "PERSON"}
    assert words["Zephyr Quill"] == {"republican", "kentucky"}
    assert words["Tomas Berg"] == {"democrat", "wisconsin"}
    assert words["Kofi Mensah"] == set()


def test_a_tag_that_ends_its_sentence_is_read(nlp):
    doc = nlp("Mayor Ines Okafor met Sen. Zephyr Quill, R-Iowa. They spoke for an hour.")
    words = {c.name: party_state_words(doc, c) for c in EntityTable(doc).clusters if c.type == "PERSON"}
    assert words["Zephyr Quill"] == {"republican", "iowa"}


def test_a_description_by_state_and_party_names_the_tagged_person():
    names = [q.speaker.name for q in extract(TAGGED).quotes]
    assert names == ["Zephyr Quill", "Tomas Berg", "Zephyr Quill"]


@pytest.mark.parametrize("text", [
    # untagged: the last one named of the party, never one written with another state
    "Governor Tomas Berg signed the plan on Monday. Sen. Zephyr Quill (R-Ky.) praised it.\n\n"
    "“It is a good day,” the Wisconsin Republican said.",
])
def test_a_person_written_with_another_state_is_not_the_description(text):
    [q] = [q for q in extract(text).quotes if q.speaker.text.endswith("Republican")]
    assert q.speaker.name == "Tomas Berg"
