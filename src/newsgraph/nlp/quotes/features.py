"""What the quote scorer sees of one candidate quote: a small dict of named features.

The rules of `finder.py` propose candidates; `scorer.py` weighs these features with
weights learned from PolNeAR train (`python -m newsgraph.train.quotes`). Feature names are
strings ("kind=direct", "cue=say") with numeric values, so the scorer's weights are a plain
table and a feature the training data never showed simply weighs nothing.
"""
from __future__ import annotations

import math
import re

from spacy.tokens import Doc, Token

from ..component import doc_text
from .direct import QuoteGuess

# the rule that proposed the quote, with the cue lemma taken out ("cue verb 'say' with ccomp")
_VIA_LEMMA = re.compile(r"'[^']*'")
MODALS = frozenset({"would", "could", "might", "may", "should", "can", "will", "must"})
QUESTION_END = re.compile(r"\?[\"'”’)]*\s*$")
# opening marks, and straight marks of either side ('' and `` as in wire copy)
QUOTE_MARK = re.compile(r"''|``|[“\"«„]")
SECTION_LABEL = re.compile(r"^[A-Z][A-Z0-9 .,'&/-]{1,40}:")


class DocView:
    """What the features need of the whole document, computed once per Doc."""

    def __init__(self, doc: Doc, headline_end: int):
        self.doc = doc
        self.text = doc_text(doc)
        self.headline_end = headline_end
        self.n_chars = max(1, len(self.text))

    def paragraph_of(self, char: int) -> tuple[int, int]:
        start = self.text.rfind("\n", 0, char) + 1
        end = self.text.find("\n", char)
        return start, len(self.text) if end < 0 else end

    def token_at(self, char: int) -> Token | None:
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None


def quote_features(view: DocView, g: QuoteGuess) -> dict[str, float]:
    """Named features of one candidate; see the module docstring."""
    text = view.text
    start, end = g.content[0][0], g.content[-1][1]
    size = sum(e - s for s, e in g.content)
    content = "".join(text[s:e] for s, e in g.content)
    quoted = len(QUOTE_MARK.findall(content))
    f: dict[str, float] = {
        "bias": 1.0,
        f"kind={g.kind}": 1.0,
        f"via={_VIA_LEMMA.sub('X', g.via) or 'none'}": 1.0,
        "rule_confidence": g.confidence,
        "log_chars": math.log1p(size),
        "pieces": min(len(g.content), 4),
        "quote_marks": min(quoted, 4),
        "position": start / view.n_chars,
        "in_headline": 1.0 if start < view.headline_end else 0.0,
        "question": 1.0 if QUESTION_END.search(content) else 0.0,
    }
    para_start, para_end = view.paragraph_of(start)
    if start - para_start <= 1:
        f["starts_paragraph"] = 1.0
    if end >= para_end - 2:
        f["ends_paragraph"] = 1.0
    if SECTION_LABEL.match(text[para_start:para_start + 45]):
        f["section_label_shape"] = 1.0
    _cue_features(view, g, f)
    _speaker_features(g, f)
    _content_features(view, g, f)
    return f


def _content_features(view: DocView, g: QuoteGuess, f: dict[str, float]) -> None:
    """How the content opens and closes: the annotators' spans open on "that", "to", a
    determiner or a quotation mark and close at a clause's end far more often than not."""
    first = view.token_at(g.content[0][0])
    last = view.token_at(g.content[-1][1] - 1)
    if first is not None:
        f[f"content_first={first.tag_}"] = 1.0
    if last is not None:
        f[f"content_last={last.tag_}"] = 1.0
        nxt = view.doc[last.i + 1] if last.i + 1 < len(view.doc) else None
        if nxt is None or nxt.is_sent_start or nxt.text in {".", "?", "!"} or "\n" in nxt.text:
            f["content_ends_sentence"] = 1.0
        elif nxt.text in {",", ";", "—", "–", "-", ":"}:
            f[f"content_then={nxt.text}"] = 1.0


def _cue_features(view: DocView, g: QuoteGuess, f: dict[str, float]) -> None:
    if not g.cue:
        f["no_cue"] = 1.0
        return
    f[f"cue={g.cue_lemma or '?'}"] = 1.0
    tok = view.token_at(g.cue[0][0])
    if tok is None:
        return
    f[f"cue_tag={tok.tag_}"] = 1.0
    f[f"cue_dep={tok.dep_}"] = 1.0
    children = list(tok.children)
    if any(c.dep_ == "neg" for c in children):
        f["cue_negated"] = 1.0
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in children):
        f["cue_modal"] = 1.0
    if tok.idx < g.content[0][0]:
        f["cue_before"] = 1.0
        gap = g.content[0][0] - (tok.idx + len(tok))
    elif tok.idx >= g.content[-1][1]:
        f["cue_after"] = 1.0
        gap = tok.idx - g.content[-1][1]
    else:
        f["cue_inside"] = 1.0
        gap = 0
    f["log_cue_gap"] = math.log1p(max(0, gap))
    if tok.sent.start == tok.i or tok.i - tok.sent.start <= 1:
        f["cue_sentence_start"] = 1.0


def _speaker_features(g: QuoteGuess, f: dict[str, float]) -> None:
    sp = g.speaker
    if sp is None:
        f["no_speaker"] = 1.0
        return
    f[f"speaker_kind={sp.kind}"] = 1.0
    f[f"speaker_via={sp.via}"] = 1.0
    if sp.name is None:
        f["speaker_unnamed"] = 1.0
    if sp.cluster is None:
        f["speaker_no_entity"] = 1.0
    f[f"speaker_pos={sp.token.pos_}"] = 1.0
    if sp.end - sp.start == 1 and len(sp.token.text) <= 2:
        f["speaker_letter"] = 1.0        # "Q:" and "A:" of an interview, "I", "we"
    if sp.token.ent_type_:
        f[f"speaker_ent={sp.token.ent_type_}"] = 1.0
