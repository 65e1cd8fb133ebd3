"""Raising verbs ("seems to", "is expected to"): the writer's reading, with no speaker."""
from .helpers import content_pieces


def test_expected_to_is_the_writers_reading_of_its_subject(candidates):
    text = "Turnout in the northern districts is expected to fall sharply this year."
    found = [g for g in candidates(text) if g.cue_lemma == "expect"]
    assert len(found) == 1
    g = found[0]
    assert content_pieces(text, g) == ["Turnout in the northern districts", "to fall sharply this year"]
    assert g.speaker is None and g.via.startswith("raising verb")


def test_seemed_keeps_a_one_word_subject(candidates):
    text = "The vote was close. She seemed uneasy about the result."
    found = [g for g in candidates(text) if g.cue_lemma == "seem"]
    assert len(found) == 1
    assert content_pieces(text, found[0])[0] == "She" and found[0].speaker is None


def test_a_cue_infinitive_keeps_its_speaker(candidates):
    text = "Ines Madaki seemed to suggest that the vote would be delayed."
    found = candidates(text)
    assert found and not any(g.via.startswith("raising verb") for g in found)
    assert any(g.speaker is not None and g.speaker.name == "Ines Madaki" for g in found)


def test_an_agent_makes_the_passive_no_raising(candidates):
    text = "The harbour bill was expected by analysts to pass."
    assert not any(g.via.startswith("raising verb") for g in candidates(text))


def test_a_setting_before_the_subject_is_not_part_of_the_reading(candidates):
    text = "In the northern districts, which vote first, turnout seems to be falling."
    found = [g for g in candidates(text) if g.cue_lemma == "seem"]
    assert len(found) == 1
    assert content_pieces(text, found[0]) == ["turnout", "to be falling"]
