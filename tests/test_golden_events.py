"""The reference article's events (published 2023-03-20)."""
import pytest

from newsgraph import extract

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def events(reference_text):
    return extract(reference_text, published="2023-03-20").events


def find(events, etype, actor, recipient=None):
    for e in events:
        if e.type == etype and actor in {a.name for a in e.actor} and (
                recipient is None or recipient in {a.name for a in e.recipient}):
            return e
    raise AssertionError(f"no {etype} {actor} -> {recipient}: "
                         f"{[(e.type, [a.name for a in e.actor], [a.name for a in e.recipient]) for e in events]}")


def test_xi_visits_russia(events):
    e = find(events, "CONSULT", "Xi Jinping", "Russia")
    assert e.mode == "visit" and e.date.value == "2023-03-20"
    assert (e.actor[0].country, e.actor[0].sector) == ("CHN", "GOV")


def test_qin_and_kuleba_consult_on_thursday(events):
    e = find(events, "CONSULT", "Qin Gang", "Dmytro Kuleba")
    assert e.date.value == "2023-03-16"
    kuleba = next(a for a in e.actor + e.recipient if a.name == "Dmytro Kuleba")
    assert (kuleba.country, kuleba.sector) == ("UKR", "GOV")


def test_kuleba_consults_blinken(events):
    e = find(events, "CONSULT", "Dmytro Kuleba", "Antony Blinken")
    assert (e.recipient[0].country, e.recipient[0].sector) == ("USA", "GOV")


def test_china_accuses_nato_and_the_us(events):
    e = find(events, "ACCUSE", "China", "NATO")
    assert {"NATO", "United States"} <= {a.name for a in e.recipient}


def test_qin_urges_negotiations(events):
    e = find(events, "REQUEST", "Qin Gang")
    assert (e.actor[0].country, e.actor[0].sector) == ("CHN", "GOV")


def test_putin_invitation_in_december(events):
    # an invitation proposes a meeting; "third-party" is the manual's mode for one a third party hosts
    e = next(e for e in events if e.type == "CONSULT" and e.trigger_text == "extended")
    assert e.mode is None
    assert [a.name for a in e.actor] == ["Vladimir Putin"] and [a.name for a in e.recipient] == ["Xi Jinping"]
    assert e.date.value == "2022-12"


def test_announced_meeting_between_xi_and_putin(events):
    e = next(e for e in events if e.type == "CONSULT" and e.trigger_text == "meeting")
    assert {a.name for a in e.actor} == {"Xi Jinping", "Vladimir Putin"}
    assert e.date.value != "2023-03-17"      # Friday is when it was announced, not when it happens


def test_december_video_call(events):
    # the manual's mode for a meeting over any remote medium is "phone"
    e = next(e for e in events if e.type == "CONSULT" and e.trigger_text == "call")
    assert e.mode == "phone"
    assert {a.name for a in e.actor} == {"Vladimir Putin", "Xi Jinping"} and e.date.value == "2022-12"


def test_the_encouraged_negotiations_are_a_request_to_the_ukrainian_minister(events):
    [request] = [e for e in events if e.type == "REQUEST" and e.trigger_text == "encouraged"]
    assert [a.name for a in request.recipient] == ["Dmytro Kuleba"]
    # "stated that … sovereignty must be respected" asks it of no one named (PLV codes such
    # passive demands REQUEST): no recipient, what is asked for is the target
    others = [e for e in events if e.type == "REQUEST" and e is not request]
    assert all(not e.recipient and e.target for e in others)


def test_the_concerns_to_kuleba_are_a_consultation_not_an_accusation(events):
    assert not any(e.type == "ACCUSE" and any(a.name == "Dmytro Kuleba" for a in e.recipient) for e in events)
    assert any(e.type == "CONSULT" and e.trigger_text == "expressed" for e in events)
