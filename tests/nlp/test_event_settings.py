"""Where, when and how an act happened is no target of it (nlp/events/settings.py)."""
import pytest
import spacy

from newsgraph import extract
from newsgraph.nlp.events.settings import is_setting


def targets(text):
    return [(e.type, e.target["text"] if e.target else None) for e in extract(text).events]


@pytest.mark.parametrize("text, etype", [
    ("Grace Okafor protested at the convention.", "PROTEST"),
    ("The senator resigned in protest.", "RETREAT"),
    ("Ines Madaki demonstrated in several speeches.", "PROTEST"),
    ("Ines Madaki said she would protest in a while.", "THREATEN"),
])
def test_a_setting_is_not_the_target(text, etype):
    assert targets(text) == [(etype, None)]


def test_a_stretch_of_time_is_not_the_target_but_the_object_is():
    found = targets("Daniel Adeyemi refused to endorse the measure this cycle.")
    assert ("REJECT", "this cycle") not in found and ("REJECT", "the measure") in found


def test_a_place_after_in_stays_the_target():
    assert targets("The allies agreed to stay in the troubled republic.") == [("AGREE", "the troubled republic")]


def _hand_built(words, prep_at, obj_at, lemma=""):
    doc = spacy.blank("en")(words)
    doc[0].lemma_ = lemma
    doc[prep_at].dep_, doc[obj_at].dep_ = "prep", "pobj"
    doc[prep_at].head, doc[obj_at].head = doc[0], doc[prep_at]
    return doc[obj_at]


def test_with_is_a_partner_for_talks_and_a_manner_otherwise():
    voice = _hand_built("spoke with one voice", 1, 3)
    assert not is_setting(voice, "CONSULT")
    assert is_setting(voice, "SUPPORT")


def test_in_and_at_are_arguments_of_some_verbs():
    election = _hand_built("interfered in elections", 1, 2, "interfere")
    assert not is_setting(election, "ACCUSE")
    rally = _hand_built("spoke at rallies", 1, 2, "speak")
    assert is_setting(rally, "ACCUSE")


@pytest.mark.parametrize("text", [
    "Senator Ada Okafor pledged to cut property taxes.",
    "Kofi Mensah vowed to keep his bid alive until the final vote.",
])
def test_a_promise_to_no_one_of_no_cooperation_is_no_agreement(text):
    assert not [e for e in extract(text).events if e.type == "AGREE"]


@pytest.mark.parametrize("text", [
    "Marovia is willing to withdraw its troops from the border zone.",   # a cooperative act promised
    "Bayland promised Korvia a new trade deal.",                        # a party promised
])
def test_a_promise_of_cooperation_or_to_a_party_stays_an_agreement(text):
    assert [e for e in extract(text).events if e.type == "AGREE"]


def test_calling_someone_something_is_naming_not_a_call():
    text = "Kofi Mensah says he admires Ada Okafor and calls her “a brilliant lawyer with a fine record.”"
    assert not [e for e in extract(text).events if e.type == "CONSULT"]
    for text in ("Grace Okafor called Kofi Mensah to discuss the budget.",
                 "Grace Okafor, who called Kofi Mensah shortly after the vote, conceded."):
        assert [e for e in extract(text).events if e.type == "CONSULT"], text


def test_a_party_inside_a_clause_of_the_object_is_no_recipient():
    e = [e for e in extract("Governor Ada Okafor vetoed a bill that critics said discriminated against "
                            "Korvian migrants.").events if e.type == "REJECT"][0]
    assert not e.recipient and e.target["text"] == "a bill"
    e = [e for e in extract("Bayland condemned the sanctions imposed on Korvia.").events if e.type == "ACCUSE"][0]
    assert [a.name for a in e.recipient] == ["Korvia"]     # a participle is no clause of its own
