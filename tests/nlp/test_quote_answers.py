"""One-word answers after a verb of answering (nlp/quotes/answers.py)."""
import pytest

from .helpers import content_pieces


@pytest.mark.parametrize("text, answer", [
    ("Asked whether the harbour fees were fair, a third of members said yes.", "yes"),
    ("Asked whether he would run again, the mayor said no.", "no"),
])
def test_a_one_word_answer_is_what_was_said(candidates, text, answer):
    found = [g for g in candidates(text) if g.cue_lemma == "say"]
    assert len(found) == 1
    assert content_pieces(text, found[0]) == [answer]


def test_saying_no_to_something_is_no_answer(candidates):
    text = "She said no to the bailout of the big banks."
    assert not any(content_pieces(text, g) == ["no"] for g in candidates(text))
