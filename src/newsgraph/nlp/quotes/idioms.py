"""Saying and finding verbs inside idioms that report no one's words: "That said, …",
"needless to say", "found herself stuck in traffic", "talked on background"."""
from __future__ import annotations

from spacy.tokens import Token

# Phrases built on a saying verb that only link two sentences ("That said, the council …"):
# said before a comma at the start of a clause, they report no one's words.
DISCOURSE_IDIOMS = frozenset({"that said", "this said", "that being said", "this being said", "having said that",
                              "having said this", "needless to say", "suffice it to say", "that is to say"})
SELF_FINDING_VERBS = frozenset({"find"})
REFLEXIVE_PRONOUNS = frozenset({"myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves",
                                "themselves"})


# "talked on condition that her name be withheld", "commented on background": the
# terms of the talk, not what was said
TERMS_VERBS = frozenset({"speak", "talk", "comment"})
TERMS_NOUNS = frozenset({"condition", "background"})


def states_its_terms(verb: Token) -> bool:
    """The verb's complement is the terms it was said on (on PolNeAR train, 4 such
    candidates kept by the scorer, none an attribution)."""
    if verb.lemma_.lower() not in TERMS_VERBS:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "on" and c.i > verb.i and any(
        p.dep_ == "pobj" and p.lemma_.lower() in TERMS_NOUNS for p in c.children) for c in verb.children)


def finds_itself(verb: Token) -> bool:
    """"The mayor found herself stuck in traffic": a state the subject ended up in, not a
    finding (on PolNeAR train 6 such candidates, none an attribution)."""
    if verb.lemma_.lower() not in SELF_FINDING_VERBS:
        return False
    nxt = next((t for t in verb.doc[verb.i + 1:verb.i + 3] if not t.is_space), None)
    return nxt is not None and nxt.lower_ in REFLEXIVE_PRONOUNS


def in_discourse_idiom(verb: Token) -> bool:
    """The verb is part of a linking phrase opening its clause, up to a comma."""
    doc = verb.doc
    start = verb.sent.start
    while start < verb.i and (doc[start].is_punct or doc[start].dep_ == "cc" or doc[start].is_space):
        start += 1      # "(That said, …", "But having said that, …"
    end = verb.i + 1
    while end < len(doc) and end - start < 5 and doc[end].text != ",":
        end += 1
    if end >= len(doc) or doc[end].text != ",":
        return False
    return " ".join(t.lower_ for t in doc[start:end]) in DISCOURSE_IDIOMS
