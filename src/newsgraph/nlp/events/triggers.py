"""How a trigger word, or a people word, is looked up in the lexicon."""
from __future__ import annotations

from spacy.tokens import Token

from ..reference.gazetteer import SECTOR_WORDS
from .lexicon import (HUMAN_GROUP_NOUNS, HYPOTHETICAL_HEADS, INQUIRY_NOUNS, INTENT_NOUNS, LEANING_PREPS, PARTY_OBJECTS,
                      PHRASE_TRIGGERS)

# sectors of people with no office: a word naming them names people acted on
PEOPLE_SECTORS = frozenset({"CVL", "LAB", "REF", "OPP", "EDU", "MED", "AGR"})


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


def people_noun(tok: Token) -> bool:
    """Prisoners, hostages, protesters, voters: people that a word names, with no name."""
    words = {tok.lower_, tok.lemma_.lower()}
    return bool(words & (PARTY_OBJECTS | HUMAN_GROUP_NOUNS)) or any(
        SECTOR_WORDS.get(w) in PEOPLE_SECTORS for w in words)


def inquired_into(inquiry: Token, prep: Token) -> list[Token]:
    """Who an inquiry is into when a clause says it: "an investigation into whether X was …",
    "a probe into claims that X abused …" (the clause's subject), else nothing."""
    if inquiry.lemma_.lower() not in INQUIRY_NOUNS or prep.lower_ != "into":
        return []
    clauses = [c for c in prep.children if c.dep_ == "pcomp" and c.pos_ in {"VERB", "AUX"}]
    clauses += [cl for o in prep.children if o.dep_ == "pobj" for cl in o.children
                if cl.dep_ in {"acl", "ccomp"} and any(m.dep_ == "mark" and m.lower_ == "that" for m in cl.children)]
    return [s for cl in clauses for s in cl.children if s.dep_ in {"nsubj", "nsubjpass"} and s.pos_ != "PRON"]


def infinitive_to(verb: Token) -> Token | None:
    """The "to" of an infinitive verb ("to ban"), if it is one."""
    return next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)


def intended_by(verb: Token) -> Token | None:
    """The noun of intent whose act `verb` is: "her plan to deport X" (an infinitive of the
    noun), also where the parse hangs the infinitive on the clause's verb ("decried his
    calls to ban X" read as a purpose clause of "decried")."""
    head = verb.head
    if verb.dep_ == "acl" and head.pos_ == "NOUN" and head.lemma_.lower() in INTENT_NOUNS:
        return head
    to = infinitive_to(verb)
    if verb.dep_ != "advcl" or to is None or to.i == 0:
        return None
    noun = verb.doc[to.i - 1]
    if noun.lemma_.lower() in INTENT_NOUNS and noun.dep_ in {"dobj", "pobj", "nsubj"} and noun.pos_ == "NOUN" and not (
            noun.lemma_.lower() == "call" and any(c.dep_ == "compound" for c in noun.children)):
        return noun     # not "held a conference call to defend X": a call made, with a purpose
    return None


def within_phrase(tok: Token) -> list[Token]:
    """The words of a noun phrase short of the clauses inside it: in "vetoed a bill that
    critics said discriminated against X", X is no party to the veto."""
    inner = {c.i for t in tok.subtree if t.i != tok.i and _clause(t) for c in t.subtree}
    return [t for t in tok.subtree if t.i not in inner]


def _clause(t: Token) -> bool:
    if t.dep_ in {"relcl", "advcl", "ccomp", "csubj"}:
        return True
    # a finite clause; "sanctions imposed on X" and "an effort to end the rift between X and Y" stay
    return t.dep_ == "acl" and any(c.dep_ == "nsubj" for c in t.children)


def leaning_toward(tok: Token) -> bool:
    """"leaning toward backing X": an act one inclines to, not yet done (a gerund after
    "toward" under a verb of intent)."""
    prep = tok.head
    return tok.dep_ == "pcomp" and prep.lower_ in LEANING_PREPS and prep.head.lemma_.lower() in HYPOTHETICAL_HEADS
