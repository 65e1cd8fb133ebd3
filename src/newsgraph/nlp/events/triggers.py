"""How a trigger word is looked up in the lexicon."""
from __future__ import annotations

from spacy.tokens import Token

from .lexicon import PHRASE_TRIGGERS


def noun_key(tok: Token) -> str:
    """The noun as the lexicon spells it: hyphenated compounds are split by the tokenizer."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ and not doc[tok.i - 2].whitespace_:
        return f"{doc[tok.i - 2].lower_}-{tok.lower_}"
    return tok.lower_


def phrase(lemma: str, obj: Token) -> tuple[str, str | None] | None:
    """The (type, mode) a verb makes with this object or particle, if the lexicon has it."""
    return PHRASE_TRIGGERS.get((lemma, obj.lemma_.lower())) or PHRASE_TRIGGERS.get(
        (lemma, noun_key(obj).replace("-", "")))     # "a cease-fire"
