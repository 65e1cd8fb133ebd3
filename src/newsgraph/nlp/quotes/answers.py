"""One-word answers: "a third of members said yes", "the mayor said no", "most said so".

The word after the verb is all that was said, and PolNeAR's annotators mark it as the
content (on train 14 of 20 such answers after "say", "answer" or "reply"; the others are
"said no to …" and hypotheticals). The parse hangs "yes" and "no" as interjections and
"so" as an adverb, so the usual reading finds no complement at all.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ..reference.subjects import subject_of

if TYPE_CHECKING:       # direct.py asks `is_answer_word` whether one word may be a content
    from .direct import DirectQuotes, QuoteGuess

ANSWER_VERBS = frozenset({"say", "answer", "reply"})
ANSWER_WORDS = frozenset({"yes", "no", "so"})
ANSWER_DEPS = frozenset({"intj", "advmod", "dobj"})


def is_answer_word(word: Token) -> bool:
    """Whether the word is a one-word answer right after a verb of answering. "Said no to the
    plan" refuses the plan, whichever word the parse hangs "to" on."""
    verb = word.head
    refusal = word.i + 1 < len(word.doc) and word.nbor(1).lower_ == "to"
    return (word.lower_ in ANSWER_WORDS and word.dep_ in ANSWER_DEPS and verb.i == word.i - 1
            and verb.lemma_.lower() in ANSWER_VERBS and not refusal and not any(True for _ in word.children))


def from_answer_word(doc: Doc, verb: Token, lemma: str, marks: DirectQuotes) -> QuoteGuess | None:
    if lemma not in ANSWER_VERBS or verb.i + 1 >= len(doc) or not is_answer_word(doc[verb.i + 1]):
        return None
    word = doc[verb.i + 1]
    return marks.cued([(word.i, word.i + 1)], verb, subject_of(verb, reporting=True),
                      f"cue verb '{lemma}' with a one-word answer", confidence=0.6)
