"""A person pronoun read from its own sentence, before the article around it.

"Ana Ruiz was able to buy the gun she used": the parse says who "she" is, whoever the
article named before. The speaker resolver asks here first and falls back on recency.
"""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc, Token

from .entities import EntityCluster, EntityTable
from .lexicon import FEMALE_PRONOUNS, MALE_PRONOUNS, PERSON_PRONOUNS

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "expl"}
CLAUSE_DEPS = {"ROOT", "ccomp", "xcomp", "advcl", "relcl", "conj", "csubj", "acl", "pcomp", "parataxis"}
QUOTE_CHARS = frozenset('"“”')
# the arguments and complements a subject commands: not conjuncts, adverbial or relative
# clauses, appositions, parentheses, nor a name used as a modifier (compound)
COMMANDED_DEPS = frozenset(("dobj", "dative", "prep", "pobj", "ccomp", "xcomp", "nsubj", "nsubjpass",
                            "attr", "oprd", "agent", "poss", "pcomp"))

Compatible = Callable[[EntityCluster, str], bool]      # may this person be meant by this pronoun?


def antecedent_in_sentence(tok: Token, entities: EntityTable, compatible: Compatible) -> EntityCluster | None:
    """A person pronoun's antecedent inside its own sentence, read from the parse, before
    anyone of an earlier sentence, the last speaker and a person of known sex:
    - the subject of an adverbial clause that opens the pronoun's own clause ("If Ruiz
      wins, she will …", "When Ruiz arrived, she thanked them");
    - else the subject of the highest clause above the pronoun's, its apposition first
      ("Ana Ruiz was able to buy the gun she used", "Ruiz's aide, Ben Ott, said he …",
      "Ruiz's campaign said she …", the possessor only one clause up); where that subject
      is itself a pronoun the sentence says nothing new and the usual reading decides.
    An object pronoun never means its own clause's subject, nor the one who controls it
    ("Ruiz praised her", "Ruiz offered to help her"), a pronoun outside a quotation no
    one named inside it, and the subject of a parenthetical "he said" no one in the clause
    it reports."""
    own = clause_of(tok)
    if own.dep_ == "parataxis":
        return None     # "Ruiz, he said, will lose": who reports is not in what is reported
    if tok.tag_ == "PRP" and tok.dep_ not in SUBJECT_DEPS:
        # a clause with no subject of its own is its controller's ("Ruiz offered to help her")
        while own.head.i != own.i and not any(c.dep_ in SUBJECT_DEPS for c in own.children):
            own = clause_of(own.head)
    reports = any(c.dep_ == "ccomp" and c.i > tok.i for c in own.children)
    for child in own.children:      # not "If Ruiz wins, he said, …": the one who says
        if child.dep_ == "advcl" and child.i < tok.i and not reports:
            found = _person_subject(child, tok, entities, compatible, possessor=False)
            if isinstance(found, EntityCluster):
                return found
    best: EntityCluster | str | None = None
    clause, level = own, 0
    while True:
        if clause.i != own.i or tok.tag_ == "PRP$":
            found = _person_subject(clause, tok, entities, compatible, possessor=level == 1)
            if found is not None:
                best = found
        if clause.head.i == clause.i:
            break
        clause, level = clause_of(clause.head), level + 1
    return best if isinstance(best, EntityCluster) else None


def _person_subject(clause: Token, tok: Token, entities: EntityTable, compatible: Compatible,
                    possessor: bool) -> EntityCluster | str | None:
    """The person a clause's subject names, if compatible with the pronoun `tok` and before
    it outside any quotation between them; "pronoun" for a compatible pronoun subject."""
    for subj in clause.children:
        if subj.dep_ not in SUBJECT_DEPS or subj.i >= tok.i or _quotation_between(tok.doc, subj.i, tok.i):
            continue
        if subj.lower_ in PERSON_PRONOUNS:
            return "pronoun" if _same_pronoun_sex(subj.lower_, tok.lower_) else None
        named = [c.i for c in subj.children if c.dep_ == "appos"] + [subj.i]
        if possessor:
            named += [c.i for c in subj.children if c.dep_ == "poss"]
        for i in named:
            cluster = entities.at(i)
            if cluster is not None and cluster.type == "PERSON" and compatible(cluster, tok.lower_):
                return cluster
    return None


def in_main_clause(tok: Token) -> bool:
    """Whether the token hangs on the sentence's main verb, or on a verb joined to it."""
    verb = tok.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def modifies_a_noun(last: Token, end: int) -> bool:
    """Whether the mention ending in `last` (before token `end`) only modifies a noun after it
    ("German law", "LGBT leaders"): no group or organisation a pronoun could take up."""
    return last.dep_ in {"amod", "compound", "nmod"} and last.head.i >= end and last.head.pos_ in {"NOUN", "PROPN"}


def clause_of(tok: Token) -> Token:
    """The head of the smallest clause holding `tok` (a conjoined noun is no clause)."""
    while tok.head.i != tok.i and (tok.dep_ not in CLAUSE_DEPS
                                   or tok.dep_ == "conj" and tok.pos_ not in {"VERB", "AUX"}):
        tok = tok.head
    return tok


def _same_pronoun_sex(a: str, b: str) -> bool:
    """Two person pronouns that may name the same person ("he" … "his", not "he" … "she")."""
    return not (a in FEMALE_PRONOUNS and b in MALE_PRONOUNS or a in MALE_PRONOUNS and b in FEMALE_PRONOUNS)


def _quotation_between(doc: Doc, start: int, end: int) -> bool:
    """An odd number of quotation marks between two tokens: one is inside a quotation."""
    text = doc[start:end].text      # not doc.text: that joins the whole article on every call
    return (sum(ch in QUOTE_CHARS for ch in text) + text.count("''") + text.count("``")) % 2 == 1


def commanded_persons(tok: Token, entities: EntityTable) -> list[EntityCluster]:
    """Whom a subject pronoun's own clause names after it as an argument ("he told Ruiz",
    "he said of Ruiz", "he asked them to disavow Ruiz", "he criticized Ruiz's plan"): the
    pronoun is someone else, as a name the subject commands never means the subject.
    Conjoined, adverbial and relative clauses and parentheses are left out: writers repeat a
    name there ("he said after the judge read the facts Ruiz admitted"), as in a name used as
    a modifier ("a Ruiz sign"). A reflexive is no subject, and a name before the pronoun
    ("After Ruiz spoke, she left") may be it."""
    if tok.dep_ not in {"nsubj", "nsubjpass"}:
        return []
    found: list[EntityCluster] = []
    todo = [c for c in tok.head.children if c.i > tok.i and c.dep_ in COMMANDED_DEPS]
    while todo:
        t = todo.pop()
        c = entities.at(t.i)
        if c is not None and c.type == "PERSON" and all(c is not f for f in found):
            found.append(c)
        todo.extend(x for x in t.children if x.dep_ in COMMANDED_DEPS)
    return found
