"""Names NER ran on, and how a mention's name is written.

spaCy's NER often takes more than the name ("Ana Ruiz 384" in a delegate tally, "Ana Ruiz
Slams Tax Plan" in a headline, "Ana Ruiz Sunday night"); these helpers trim a PERSON span
back to the name and write a mention's name without honorifics, "the" or "'s". Used by
`entities.py` when it clusters an article's mentions.
"""
from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from .lexicon import HONORIFICS, ROLE_NOUNS, TITLE_NOUNS

_POSSESSIVE = {"'s", "’s", "'", "’"}


def _name_tokens(span: Span) -> list[Token]:
    toks = list(span)
    while toks and (toks[-1].text in _POSSESSIVE or toks[-1].is_punct and toks[-1].text != "."):
        toks.pop()
    while toks and (toks[0].lower_ in HONORIFICS | {"the", "a", "an"} or toks[0].is_punct or toks[0].is_space
                    or len(toks) > 1 and (toks[0].lower_ in TITLE_NOUNS or toks[0].lower_ in ROLE_NOUNS)
                    and span.label_ == "PERSON"
                    # "Asserting Okafor lied, …": NER took the sentence's opening verb into the name
                    or len(toks) > 1 and toks[0].tag_ in _VERB_TAGS and toks[0].is_sent_start):
        toks.pop(0)
    return toks


_VERB_TAGS = frozenset({"VBG", "VBD", "VBN", "VBZ", "VB"})


def _name_words(span: Span) -> list[str]:
    return [t.text for t in _name_tokens(span) if (not t.is_punct or t.text in {"-", "."}) and not t.is_space]


def _name_units(span: Span) -> list[str]:
    """The name's words as written between spaces: "Ana Ruiz-Santos" is two, "Ruiz-Santos" one."""
    toks = _name_tokens(span)
    if not toks:
        return []
    return [w for w in span.doc[toks[0].i:toks[-1].i + 1].text.split() if any(ch.isalnum() for ch in w)]


def _name_text(span: Span) -> str:
    """The name as written, without honorifics, "the" or "'s"; a line break or a no-break
    space inside it is a space ("Ana\u00a0Ruiz" is "Ana Ruiz")."""
    toks = _name_tokens(span)
    if not toks:
        return " ".join(span.text.split())
    return " ".join(span.doc[toks[0].i:toks[-1].i + 1].text.split())


def _clean_span(span: Span) -> Span:
    """Drop a trailing possessive and edge punctuation or line breaks from a mention."""
    start, end = span.start, span.end
    doc = span.doc
    while end > start and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].is_space or doc[end - 1].is_punct
                           and doc[end - 1].text not in {".", ")"}):
        end -= 1
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return Span(doc, start, end, label=span.label) if end > start else span


_NAME_BREAK_TAGS = frozenset({"VBZ", "VBD", "VBP", "IN", "CD"})
_SPACED_DASHES = frozenset({"-", "–", "—", "--"})
_NAME_SUFFIX_WORDS = frozenset({"led", "backed", "based", "era", "style", "owned", "run", "controlled",
                                "funded", "aligned", "allied", "friendly", "like", "type", "inspired",
                                "appointed", "endorsed", "supporting", "hating", "loving"})
# "Ana Ruiz Sunday night": the time NER ran on into the name
_TIME_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                         "night", "morning", "afternoon", "evening", "today", "yesterday", "tonight"})


def _split_at_spaced_dash(span: Span, persons: frozenset[str]) -> Span:
    """NER runs a mention across a spaced dash: a wire dateline before a name ("PORT MARA - Ana
    Ruiz", often tagged ORG), or a small word on one side ("the Harbour Council - before").
    Keep the side that names something; a name after a dateline is a person when the article
    names that person, or a person of that surname, elsewhere (`persons`: the article's
    PERSON mentions and their last words)."""
    doc = span.doc
    cut = next((i for i in range(span.start + 1, span.end - 1) if doc[i].text in _SPACED_DASHES
                and (doc[i].whitespace_ or doc[i - 1].whitespace_)), None)
    if cut is None:
        return span
    left, right = doc[span.start:cut], doc[cut + 1:span.end]
    named = [any(t.text[:1].isupper() for t in side) for side in (left, right)]
    if _dateline(left):
        if not named[1]:
            return Span(doc, left.start, left.end, label="GPE")
        if right.text in persons or right[-1].text in persons:
            return Span(doc, right.start, right.end, label="PERSON")
        if not any(t.pos_ == "PROPN" for t in right):
            return Span(doc, left.start, left.end, label="GPE")     # "PORT MARA - Presidential hopefuls"
        return Span(doc, right.start, right.end, label=span.label)
    if named[0] and not named[1]:
        return Span(doc, left.start, left.end, label=span.label)
    if named[1] and not named[0]:
        return Span(doc, right.start, right.end, label=span.label)
    return span


def _dateline(left: Span) -> bool:
    """A wire dateline: capitals only ("PORT MARA", "PORT MARA, KORVIA"), at the start of a line."""
    doc = left.doc
    at_line_start = left.start == 0 or "\n" in doc[left.start - 1].text_with_ws
    return at_line_start and all(t.is_upper or t.is_punct for t in left) and any(t.is_alpha for t in left)


def _trim_person(span: Span, alone: frozenset[str] = frozenset()) -> Span:
    """NER runs words on into a name: a number, a spaced dash and a small word, a slash, a
    possessive, a day or time of day, or a hyphenated small word anywhere ("Ana Ruiz 384" in a
    tally, "Ana Ruiz - won", "Ana Ruiz / Wire", "Ana Ruiz's Atlas", "Ana Ruiz Sunday night",
    "Ana Ruiz-led"), and in a headline a verb or a preposition too ("Ana Ruiz Slams Tax Plan",
    "Ana Ruiz of Acme"). In the body a name after the possessive is the one meant ("the
    site's Ana Ruiz", "Ruiz's niece Marion")."""
    doc, start, end = span.doc, span.start, span.end
    in_title = cache(lambda: _in_title_case(span))      # a walk over the line: only where it decides
    while start < end - 1 and doc[start].text in _POSSESSIVE:
        start += 1      # "’s Ana Ruiz": a possessive the NER took from the word before
    owned = next((i for i in range(start + 1, end - 1) if doc[i].text in _POSSESSIVE), None)
    if owned is not None and _names_someone(doc[owned + 1:end]) and not in_title():
        start = owned + 1
        while start < end - 1 and doc[start].text[:1].islower():
            start += 1      # "niece"
    for i in range(start + 1, end):
        tok = doc[i]
        if (tok.like_num or _spaced_break(doc, i, end, alone) or tok.text in _POSSESSIVE
                or tok.lower_ in _TIME_WORDS or _suffix_hyphen(doc, i, end)
                or tok.tag_ in _NAME_BREAK_TAGS and in_title()):
            end = i
            break
    return Span(doc, start, end, label=span.label) if (start, end) != (span.start, span.end) else span


def _suffix_hyphen(doc: Doc, i: int, end: int) -> bool:
    """"Ana Ruiz-led", "Ruiz-backed": a hyphen joined to one of these words ends the name
    ("Ban Ki-moon" keeps its syllable)."""
    return (doc[i].text == "-" and not doc[i].whitespace_ and i + 1 < end
            and doc[i + 1].lower_ in _NAME_SUFFIX_WORDS)


def _names_someone(after: Span) -> bool:
    """What follows a possessive names a person: "Ana Ruiz" or "niece Marion" ("Ruiz's
    Atlas" does not: the possessive ends the name)."""
    return (len(after) >= 2 and all(t.text[:1].isupper() for t in after)
            or after[0].text[:1].islower() and after[-1].text[:1].isupper())


def _spaced_break(doc: Doc, i: int, end: int, alone: frozenset[str] = frozenset()) -> bool:
    """A slash ("Ana Ruiz / Reuters") or a spaced dash before a small word ("Ana Ruiz - won")
    or before a name the article also writes alone ("Ana Ruiz - Ott's partner -" where "Ott"
    is someone else); "Ines Reynolds - Santos" is otherwise one name as written."""
    tok = doc[i]
    if tok.text == "/":
        return True
    return tok.text in _SPACED_DASHES and bool(tok.whitespace_ or doc[i - 1].whitespace_) and (
        i + 1 >= end or not doc[i + 1].text[:1].isupper() or doc[i + 1].text in alone)


def _in_title_case(span: Span) -> bool:
    """Whether the span stands in a line written in title case (a headline, a subhead), where
    the tagger reads every word as a proper noun."""
    doc = span.doc
    begin, stop = span.start, span.end
    while begin > 0 and "\n" not in doc[begin - 1].text:
        begin -= 1
    while stop < len(doc) and "\n" not in doc[stop].text:
        stop += 1
    words = [t.text for t in doc[begin:stop] if t.is_alpha]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _trim_headline_names(persons: list[Span]) -> list[Span]:
    """In a title-case headline every word is a proper noun to the tagger ("Ana Ruiz Slams
    Tax Plan"): a headline name that runs on past a name the article writes elsewhere ends
    where that name ends."""
    if not persons:
        return persons
    doc = persons[0].doc
    known = {tuple(_name_words(p)) for p in persons}
    out = []
    for p in persons:
        words = _name_words(p)
        if len(words) > 2 and _in_title_case(p):
            k = next((k for k in range(len(words) - 1, 1, -1) if tuple(words[:k]) in known), None)
            if k is not None:
                toks = _name_tokens(p)
                p = Span(doc, toks[0].i, toks[k - 1].i + 1, label=p.label)
        out.append(p)
    return out
