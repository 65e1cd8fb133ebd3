"""Token-range helpers for quote content: trimming, cutting and merging spans."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..component import token_chars as tok_range_chars  # noqa: F401  (the quote stages' name for it)
from .cues import CueTable, complement_kind
from ..reference.lexicon import MEDIUM_WORDS, SPEECH_VERBS
from ..reference.pronouns import SUBJECT_DEPS

# relative and interrogative pronouns ("which", "who", "whose"): they point at a referent
# named elsewhere, so alone they are no finding and no content
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
# as tokens: wire copy writes a quotation mark as two apostrophes ('') or backticks (``)
OPEN_MARKS = {"“", "\"", "«", "„", "''", "``"}
CLOSE_MARKS = {"”", "\"", "»", "''"}
SOURCING_PREPS = {"per"}
# "in favour of", "with admiration for": the noun's stance is the subject's
STANCE_PREPS = frozenset({"in", "with"})
# a participle clause before a cue ("Asked about it, …", "Pressing the point, …")
PARTICIPLE_TAGS = frozenset({"VBN", "VBG"})
# verbs whose subject is the target of a claim, question or criticism, or its cause
RECEIVING_VERBS = frozenset("""
face draw receive field attract endure weather encounter invite provoke spark prompt trigger
""".split())


def is_gap(tok: Token) -> bool:
    return tok.is_punct or tok.is_space


def tells_how_it_was_said(doc: Doc, a: int, b: int) -> bool:
    """The range is one phrase that sets the scene of the speaking, not of what was said:
    a participle clause ("Asked about the delay", "Pressing the point"), a phrase naming the
    medium ("In an interview with the Courier", "On a morning show"), or a "when" clause of
    speech ("When she first described the plan"). No quotation mark may stand in it."""
    a, b = trim(doc, a, b)
    if b <= a or any(t.text in OPEN_MARKS or t.text in CLOSE_MARKS for t in doc[a:b]):
        return False
    roots = [t for t in doc[a:b] if not a <= t.head.i < b]
    if len(roots) != 1 or roots[0].left_edge.i != a:
        return False
    root = roots[0]
    if root.dep_ == "advcl" and root.tag_ in PARTICIPLE_TAGS and root.i == a:
        return True
    if root.dep_ == "prep":
        return any(t.lower_ in MEDIUM_WORDS for t in root.subtree if t.dep_ in {"pobj", "compound"})
    return (root.dep_ == "advcl" and root.lemma_.lower() in SPEECH_VERBS
            and any(c.dep_ == "advmod" and c.lower_ == "when" for c in root.children))


def trim(doc: Doc, a: int, b: int) -> tuple[int, int]:
    while a < b and (is_gap(doc[a]) and doc[a].text not in OPEN_MARKS):
        a += 1
    while b > a and (is_gap(doc[b - 1]) and doc[b - 1].text not in CLOSE_MARKS):
        b -= 1
    return a, b


def cut_open_parenthesis(doc: Doc, a: int, b: int) -> int:
    """A content range that ends inside a parenthesis ends before it."""
    depth_at = None
    for i in range(a, b):
        if doc[i].text == "(":
            depth_at = i
        elif doc[i].text == ")":
            depth_at = None
    return depth_at if depth_at is not None and depth_at > a else b


def after_datelines(content: list[tuple[int, int]], lines: list[tuple[int, int]],
                    text: str) -> list[tuple[int, int]]:
    """"WASHINGTON (AP) — X has invested …, a filing shows": a content that opens its
    paragraph starts after the wire's dateline."""
    for begin, stop in lines:
        if content and begin <= content[0][0] < stop < content[0][1]:
            start = stop
            while start < content[0][1] and text[start].isspace():
                start += 1
            content = [(start, content[0][1])] + content[1:]
    return content


def within_paragraph(doc: Doc, verb: Token, a: int, b: int) -> tuple[int, int]:
    """Content found by the parse stays in the cue's paragraph (sentences can run across)."""
    for i in range(verb.i - 1, a - 1, -1):
        if "\n" in doc[i].text:
            a = i + 1
            break
    for i in range(verb.i + 1, b):
        if "\n" in doc[i].text:
            b = i
            break
    return a, b


def has_subject(tok: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS for c in tok.children)


def cut_matrix_continuation(doc: Doc, matrix: Token, roots: list[Token], a: int, b: int) -> int:
    """End a clausal content where the sentence goes back to its own subject.

    "X said A and then did B": a coordinated verb with no subject of its own belongs to
    the speaker, not to what was said; so does a trailing "though she noted ..." clause.
    """
    if b <= matrix.i:
        return b        # "A and would go on doing B, he said": the speaker's sentence comes after
    cut = b
    for root in roots:
        for child in root.children:
            if child.i <= root.i or child.i >= cut:
                continue
            quoted = any(t.text in OPEN_MARKS for t in child.subtree)
            if (child.dep_ == "conj" and child.pos_ in {"VERB", "AUX"} and not has_subject(child)
                    and not quoted and (child.tag_ == matrix.tag_ or child.lemma_.lower() in SPEECH_VERBS)):
                start = child.left_edge.i
                while start > a and (doc[start - 1].dep_ == "cc" or doc[start - 1].is_punct
                                     or doc[start - 1].dep_ == "advmod"):
                    start -= 1
                cut = min(cut, start)
            elif (child.dep_ in {"advcl", "conj", "parataxis"} and child.pos_ == "VERB"
                  and child.lemma_.lower() in SPEECH_VERBS and has_subject(child)
                  and not (child.dep_ == "conj" and _marked_that(child))):
                # ("said A and that B would go on": B is a second thing said)
                start = child.left_edge.i
                while start > a and (doc[start - 1].dep_ == "cc" or doc[start - 1].is_punct):
                    start -= 1
                cut = min(cut, start)
    return cut if cut > a else b


def _marked_that(verb: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def take_dangling_conjunct(doc: Doc, verb: Token, a: int, b: int) -> int:
    """"announced that X was careless and in any case would have been fired": the parse
    hung the second conjunct on the cue and left its "and" at the content's end. A
    conjunct with no subject of its own right after that "and" belongs to the content;
    with none, the "and" goes."""
    last = b - 1
    while last > a and doc[last].is_punct:
        last -= 1
    if last <= a or doc[last].dep_ != "cc" or any(c.dep_ == "conj" and c.i > last for c in doc[last].head.children):
        return b
    for child in verb.children:
        if child.dep_ == "conj" and child.left_edge.i == last + 1 and not has_subject(child):
            return child.right_edge.i + 1
    return last


def cut_nested_cue(doc: Doc, a: int, b: int, cues: CueTable) -> int:
    """"mocked the complaint, saying …": the second cue gets its own quote."""
    for i in range(a + 2, b):
        t = doc[i]
        if t.pos_ != "VERB" or t.dep_ not in {"advcl", "acl", "conj"}:
            continue
        lemma = t.lemma_.lower()
        speech = (lemma in SPEECH_VERBS and t.tag_ in {"VBG", "VBD", "VBZ", "VBP"}
                  and any(c.dep_ == "ccomp" for c in t.children))
        participle = t.tag_ == "VBG" and t.dep_ == "advcl" and cues.is_cue(lemma, complement_kind(t))[0]
        if speech or participle:       # "…, citing the report" is its own attribution
            cut = t.left_edge.i if t.left_edge.i > a else i
            while cut > a and (doc[cut - 1].is_punct or doc[cut - 1].dep_ in {"cc", "mark"}):
                cut -= 1
            return cut if cut > a else b
    return b


def cut_sourcing(doc: Doc, a: int, b: int) -> int:
    """End a content range before a trailing ", per X" or ", according to X"."""
    for i in range(a + 1, b):
        t = doc[i]
        if (t.lower_ in SOURCING_PREPS and t.pos_ == "ADP") or (
                t.lower_ == "according" and i + 1 < b and doc[i + 1].lower_ == "to"):
            if i > a + (b - a) // 2:
                return i
    return b


def noun_holder(noun: Token) -> Token | None:
    """Whose claim: "Varga's claim", "a claim by Varga", "Varga made the claim"."""
    for c in noun.children:
        if c.dep_ == "poss" or c.dep_ == "nsubj" and c.i < noun.i:
            return c    # nsubj: "Varga claims that …" parsed with "claims" as a noun
        if c.dep_ == "compound" and c.pos_ == "PROPN" and noun.dep_ == "ROOT":
            return c    # or parsed as the compound noun "Varga claims"
        if c.dep_ == "prep" and c.lower_ == "by":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    if noun.dep_ in {"dobj", "attr"} and noun.head.pos_ in {"VERB", "AUX"}:
        if noun.head.lemma_.lower() in RECEIVING_VERBS:
            return None     # "she faced sharp criticism": the one criticised, not the critic
        return next((c for c in noun.head.children if c.dep_ in {"nsubj"}), None)
    if noun.dep_ == "appos" and noun.head.pos_ in {"PROPN", "PRON", "NOUN"}:
        return noun.head    # "Ada Varga, a critic of the plan, …"
    stance = noun.head
    if noun.dep_ == "pobj" and stance.lower_ in STANCE_PREPS and stance.head.pos_ in {"VERB", "AUX"}:
        # "spoke in favour of", "was in support of", "wrote with admiration of"
        return next((c for c in stance.head.children if c.dep_ == "nsubj"), None)
    return None


def strip_the(name: str) -> str:
    return name[4:] if name.lower().startswith("the ") else name


def overlaps(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def merge_spans(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Union of spans; pieces separated only by spaces on one line become one span."""
    spans = sorted(spans)
    out = [spans[0]]
    for s, e in spans[1:]:
        ps, pe = out[-1]
        if s <= pe or (not text[pe:s].strip() and "\n" not in text[pe:s]):
            out[-1] = (ps, max(pe, e))
        else:
            out.append((s, e))
    return out
