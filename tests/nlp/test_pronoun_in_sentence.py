"""A person pronoun read from its own sentence first (nlp/reference/speakers.py)."""
import pytest

from newsgraph.nlp.reference.speakers import SpeakerResolver


@pytest.fixture(scope="module")
def resolve(nlp):
    def run(text: str, word: str) -> str | None:
        doc = nlp(text)
        tok = next(t for t in doc if t.text == word)
        return SpeakerResolver(doc).resolve(tok).name
    return run


def test_the_subject_of_a_clause_above_wins_over_a_man_named_before(resolve):
    text = ("Mr. Kofi Mensah opened the depot on Monday.\n\n"
            "The review found that Zephyr Quill was able to buy the rifle he used.")
    assert resolve(text, "he") == "Zephyr Quill"


def test_the_possessor_of_the_subject_one_clause_up(resolve):
    text = "Kofi Mensah toured the port.\n\nGrace Okafor's campaign said she would not resign."
    assert resolve(text, "she") == "Grace Okafor"


def test_the_subject_of_an_opening_condition(resolve):
    text = ("Mr. Kofi Mensah spoke on Monday.\n\n"
            "Ines Madaki said that if Zephyr Quill wins, he will cut the port fees.")
    assert resolve(text, "he") == "Zephyr Quill"


def test_an_object_pronoun_is_not_the_one_who_controls_its_clause(resolve):
    text = "Mr. Kofi Mensah arrived in Port Mara on Monday.\n\nZephyr Quill offered to help him."
    assert resolve(text, "him") == "Kofi Mensah"


def test_a_parenthetical_reporter_is_not_in_what_he_reports(resolve):
    text = ("Mr. Kofi Mensah spoke in Port Mara on Monday.\n\n"
            "Zephyr Quill, he said, “will lose the vote in March.”")
    assert resolve(text, "he") == "Kofi Mensah"
    text = ("Mr. Kofi Mensah was asked about the race on Monday.\n\n"
            "If Zephyr Quill wins, he said, the port fees will rise.")
    assert resolve(text, "he") == "Kofi Mensah"


def test_the_apposition_before_the_possessor(resolve):
    text = "Grace Okafor's spokesman, Zephyr Quill, said he would resign."
    assert resolve(text, "he") == "Zephyr Quill"


def test_a_description_by_place_and_title_names_the_titled_person(nlp):
    from newsgraph import extract
    text = ("Ohio Sen. Zephyr Quill and former Ohio Gov. Tomas Berg toured the plant on Monday.\n\n"
            "“We will keep it open,” the Ohio senator said.\n\n"
            "“The workers deserve better,” the former Ohio governor said.")
    names = {q.text: q.speaker.name for q in extract(text).quotes if q.speaker}
    assert names == {"We will keep it open,": "Zephyr Quill", "The workers deserve better,": "Tomas Berg"}


def test_a_phrase_speaker_is_named_as_written(resolve):
    text = "The GOP front-runner's campaign said the numbers were wrong."
    assert resolve(text, "campaign") == "GOP front-runner's campaign"


def test_a_part_of_a_group_is_named_by_the_group(resolve):
    assert resolve("Some of her followers said the plan was unfair.", "Some") == "her followers"
    assert resolve("Most of the delegates said they would stay.", "Most") == "delegates"
    assert resolve("Many said the vote was rigged.", "Many") == "Many"


def test_a_possessive_pronoun_in_a_phrase_speaker_is_named(nlp):
    from newsgraph import extract
    text = ("Grace Okafor spoke in Port Mara on Monday.\n\nHer campaign said the numbers were wrong. "
            "Kofi Mensah was there too. His aides said nothing.")
    names = [q.speaker.name for q in extract(text).quotes if q.speaker]
    assert names == ["Grace Okafor's campaign", "Kofi Mensah's aides"]
