"""Campaign idiom in the words of diplomacy (nlp/events/campaign.py)."""
import pytest

from newsgraph import extract


def types(text):
    return [e.type for e in extract(text).events]


@pytest.mark.parametrize("text", [
    "Ines Madaki's appeal to young voters has grown since the spring.",
    "Kofi Mensah hopes to appeal to the anger of farmers in the north.",
])
def test_courting_an_audience_is_no_request(text):
    assert "REQUEST" not in types(text)


@pytest.mark.parametrize("text", [
    "Bayland appealed to Korvia to release the detained sailors.",
    "The governor of Port Mara appealed to residents for calm.",
    "Bayland made an urgent appeal to Korvia for food aid.",
])
def test_an_appeal_that_asks_for_something_is_a_request(text):
    assert "REQUEST" in types(text)


def test_a_visit_to_a_place_where_no_one_is_met_is_no_consultation():
    assert "CONSULT" not in types("Ines Madaki visited a small bakery on Thursday.")
    assert "CONSULT" in types("The Korvian foreign minister visited Bayland on Thursday.")


@pytest.mark.parametrize("text", [
    "Korvia prefers local rules, as opposed to the regional framework Bayland wants.",
    "Voters chose Ines Madaki as opposed to Kofi Mensah.",
])
def test_as_opposed_to_compares(text):
    assert "REJECT" not in types(text)
    assert "REJECT" in types("Bayland opposed the Korvian plan.")


def test_the_object_of_an_act_asked_for_is_not_the_one_asked():
    # "called to expel X": X is not asked anything; "was asked to condemn X": nor is X
    for text, wrong in (("Kofi Mensah called to expel the Korvian traders from Bayland.", "Korvian traders"),
                        ("Ines Madaki was criticized when asked to condemn the Free Front.", "Free Front")):
        requests = [e for e in extract(text).events if e.type == "REQUEST"]
        assert all(wrong not in {a.name for a in e.recipient} for e in requests), text
    e = [e for e in extract("Kofi Mensah urged Korvia to release the sailors.").events if e.type == "REQUEST"][0]
    assert [a.name for a in e.recipient] == ["Korvia"]


@pytest.mark.parametrize("said", [
    "“It should alarm everyone that Bayland is doing this,” said Ines Madaki.",
    "Ines Madaki said it must fit into a wider plan.",
])
def test_it_is_asked_nothing_whatever_it_resolves_to(said):
    text = "Bayland's parliament debated the new tariffs on Monday.\n\n" + said
    assert "REQUEST" not in types(text)


def test_a_person_attacking_a_thing_no_one_can_strike_attacks_in_words():
    text = "Kofi Mensah's repeated attacks on the voting rules worried his aide."
    assert types(text) == ["ACCUSE"]


def test_a_building_attacked_stays_an_assault():
    import spacy

    from newsgraph.nlp.events.codebook import EventGuess, apply_codebook
    from newsgraph.nlp.reference.actors import ActorGuess
    from newsgraph.nlp.reference.entities import EntityCluster

    doc = spacy.blank("en")("Mensah attacked the embassy")
    for tok, lemma in zip(doc, ["Mensah", "attack", "the", "embassy"]):
        tok.lemma_ = lemma
    person = EntityCluster(index=0, type="PERSON", name="Kofi Mensah")
    actor = ActorGuess(0, 1, "Mensah", "Kofi Mensah", person, None, None)

    def coded(thing_at):
        thing = ActorGuess(thing_at, thing_at + 1, doc[thing_at].text, doc[thing_at].text, None, None, None)
        g = EventGuess("ASSAULT", None, (1, 2), [actor], [thing], False, False, 0.5, "test")
        return apply_codebook(doc, g).type
    assert coded(3) == "ASSAULT"
    doc[3].lemma_ = "process"
    assert coded(3) == "ACCUSE"


@pytest.mark.parametrize("text", [
    "The minister of Korvia resigned on Monday.",
    "Kofi Mensah announced his resignation from the cabinet.",
])
def test_a_resignation_is_a_retreat_with_the_manuals_resign_mode(text):
    assert [(e.type, e.mode) for e in extract(text).events] == [("RETREAT", "resign")]


def test_pulling_out_a_thing_is_no_withdrawal():
    assert not types("Kofi Mensah pulled out a surprise victory in Port Mara.")
    assert types("Korvia pulled out its troops from Bayland.") == ["RETREAT"]


@pytest.mark.parametrize("text, owner", [
    ("Ines Madaki condemned Kofi Mensah's calls to ban the Korvian unions.", "Kofi Mensah"),
    ("Kofi Mensah made a vow to arrest the protesters.", "Kofi Mensah"),
])
def test_an_act_intended_is_its_owners_and_hypothetical(text, owner):
    acts = [e for e in extract(text).events if e.type == "COERCE"]
    assert acts and [a.name for a in acts[0].actor] == [owner] and acts[0].hypothetical


def test_whose_intention_is_not_said_no_one_acts():
    assert not [e for e in extract("Grace Okafor mocked the vow to arrest the protesters.").events
                if e.type == "COERCE"]


def test_an_act_called_for_is_hypothetical():
    acts = [e for e in extract("Kofi Mensah called for the governor to resign.").events if e.type == "RETREAT"]
    assert acts and acts[0].hypothetical


def test_going_back_somewhere_this_week_returns_nothing():
    assert not types("Ines Madaki returns to the Port Mara theatre next week for a concert.")
    assert types("Korvia returned the seized ships to Bayland this week.") == ["RETREAT"]


def test_the_one_called_on_does_the_conjoined_act_too():
    text = "The union is calling on Ines Madaki to stop the cuts and ask Kofi Mensah to resign."
    requests = [e for e in extract(text).events if e.trigger_text == "ask"]
    assert all([a.name for a in e.actor] != ["union"] for e in requests)


@pytest.mark.parametrize("text", [
    "Senator Mary Jones recognized that the rules had to change.",
    "Kofi Mensah recognized the need to change his tone.",
])
def test_realising_something_is_no_recognition(text):
    assert "SUPPORT" not in types(text)
    assert "SUPPORT" in types("Chile formally recognized Kosovo as an independent state.")
