"""The article's quotation marks, and which quotation each quote has claimed.

A quotation belongs to one quote at most (attribution is univocal): `claim` marks it taken,
`release` frees it again when the quote that took it is dropped. Every reading of that
state goes through this class, so the finder's stages see one consistent picture.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..component import doc_text
from ..reference.lexicon import SPEECH_VERBS
from ..reference.speakers import SpeakerGuess
from ..reference.subjects import subject_of
from .answers import is_answer_word
from .marks import QuoteSpans, find_direct_quotes
from .spans import CLOSE_MARKS, RELATIVE_TAGS, is_gap, merge_spans, tok_range_chars, trim

SETTING_DEPS = frozenset({"prep", "npadvmod"})
MAX_GAP_TOKENS = 6
# “…,” Okafor, the chair of the regional board for the northern district, said: the walk back
# from the cue passes only the speaker's own phrase, which may run long (it stopped at 12 tokens)
MAX_SPEAKER_TOKENS = 40
ONE_WORD_CONTENT_POS = frozenset({"PROPN", "NOUN", "PRON"})
MAX_SIGNATURE_GAP = 4
CLOSING_CHARS = "”\"'’» \u00a0"
HANDOVER_MARKS = frozenset(",?!—–-…")
TITLE_DEPS = frozenset({"pobj", "appos", "compound", "poss"})    # where a quoted title stands


@dataclass
class DirectQuote:
    spans: QuoteSpans
    tok_start: int
    tok_end: int
    used: bool = False

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]


@dataclass
class QuoteGuess:
    kind: str
    content: list[tuple[int, int]]            # character spans
    cue: list[tuple[int, int]]                # character spans
    cue_lemma: str | None
    anchor: int                               # token index that orders and locates it
    subject: Token | None = None
    speaker: SpeakerGuess | None = None
    reported_by: str | None = None
    medium: str | None = None
    confidence: float = 0.5
    via: str = ""
    extra: dict = field(default_factory=dict)


def phrase_guess(marks: "DirectQuotes", rng: tuple[int, int], anchor: Token, cue: tuple[int, int],
                 cue_lemma: str, subject: Token | None, via: str, confidence: float = 0.7) -> QuoteGuess | None:
    """A guess from one content range (with the quotations it touches) and a cue that is not
    a verb with a clause: "according to X", "in a poll", a cue noun or adjective."""
    g = marks.with_direct([rng], anchor)
    if g is None:
        return None
    g.cue = [cue]
    g.cue_lemma = cue_lemma
    g.subject = subject
    g.confidence = confidence
    g.via = via
    return g


class DirectQuotes:
    """The quotations of one document, by token, with their claimed state."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.direct: list[DirectQuote] = []
        self.in_direct: dict[int, DirectQuote] = {}
        self.text = doc_text(doc)
        for spans in find_direct_quotes(self.text):
            span = doc.char_span(spans[0][0], spans[-1][1], alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            dq = DirectQuote(spans, span.start, span.end)
            self.direct.append(dq)
            for i in range(span.start, span.end):
                self.in_direct[i] = dq

    @staticmethod
    def claim(dq: DirectQuote) -> None:
        dq.used = True

    @staticmethod
    def release(dq: DirectQuote) -> None:
        dq.used = False

    def unclaimed(self) -> list[DirectQuote]:
        return [dq for dq in self.direct if not dq.used]

    def chain_following(self, g: QuoteGuess) -> None:
        """“A,” she said. “B.” “C.” - back-to-back quotations in one paragraph go on."""
        text = self.text
        while True:
            end = g.content[-1][1]
            nxt = next((dq for dq in self.direct if dq.start >= end and not dq.used), None)
            if nxt is None:
                return
            gap = text[end:nxt.start]
            if gap.strip() or "\n" in gap:
                return
            self.claim(nxt)
            g.content.extend(nxt.spans)

    def before(self, verb: Token) -> DirectQuote | None:
        """The quotation that ends just before the cue: “…,” Okafor said."""
        doc = self.doc
        subject = subject_of(verb, reporting=True)
        allowed = {t.i for t in subject.subtree} if subject is not None else set()
        j = verb.i - 1
        # the walk stops at a quotation's closing mark even inside the subject's subtree: the
        # parse sometimes hangs the quotation on the speaker ("“…,” Okafor, 61, told …")
        while j >= 0 and not (doc[j].text in CLOSE_MARKS and j in self.in_direct) and "\n" not in doc[j].text and (
                is_gap(doc[j]) and doc[j].text not in CLOSE_MARKS or j in allowed
                or doc[j].dep_ in {"aux", "advmod", "neg"} and doc[j].head.i == verb.i):
            j -= 1
        if j >= 0 and doc[j].text in CLOSE_MARKS and j in self.in_direct and verb.i - j <= MAX_SPEAKER_TOKENS:
            dq = self.in_direct[j]
            if not dq.used and dq.tok_end - 1 == j:
                return dq
        return None

    def token_before(self, k: int) -> Token | None:
        """The last token before token k that is not white space."""
        j = k - 1
        while j >= 0 and self.doc[j].is_space:
            j -= 1
        return self.doc[j] if j >= 0 else None

    def colon_before(self, k: int) -> bool:
        tok = self.token_before(k)
        return tok is not None and tok.text == ":"

    def adjacent(self, verb: Token) -> DirectQuote | None:
        """The quotation just before the cue or, failing that, just after it."""
        return self.before(verb) or self.after(verb)

    def after(self, verb: Token) -> DirectQuote | None:
        """The quotation that opens just after the cue: the mayor said: “…” / He says, “…”."""
        doc = self.doc
        subject = subject_of(verb, reporting=True)
        allowed = {t.i for t in subject.subtree} if subject is not None else set()
        # "saying at one point, “…”": where or when it was said may stand between
        allowed.update(t.i for c in verb.rights if c.dep_ in SETTING_DEPS for t in c.subtree)
        k = verb.i + 1
        n = 0
        while k < len(doc) and n <= MAX_GAP_TOKENS and k not in self.in_direct:
            t = doc[k]
            if "\n" in t.text and not self.colon_before(k):
                return None      # a quotation in the next paragraph needs a colon to hang on
            if t.text in {".", "?", "!"}:
                return None      # "He doesn't think so. “…,” he said": the cue's sentence is over
            if not is_gap(t):
                if not (t.head.i == verb.i or t.head.head.i == verb.i or k in allowed) or t.pos_ == "VERB":
                    return None
                n += 1
            k += 1
        if k < len(doc) and k in self.in_direct:
            dq = self.in_direct[k]
            if not dq.used and dq.tok_start == k and not self.signed_after(dq):
                return dq
        return None

    def hands_over(self, dq: DirectQuote) -> bool:
        """Whether the quotation ends on a comma, question or exclamation mark inside its
        closing marks ("…,”): news hands such a quotation over to who said it."""
        return self.text[:dq.end].rstrip(CLOSING_CHARS)[-1:] in HANDOVER_MARKS

    def names_a_title(self, dq: DirectQuote, speaker: set[int]) -> bool:
        """“…,” said Ruiz, author of “Harbour Days.”, “…,” she told “Morning Desk.”: a
        quotation in the speaker's phrase (token indices `speaker`) or after a preposition
        names a work or a show; the quotation before the cue does not resume there."""
        doc = self.doc
        root = next((t for t in doc[dq.tok_start:dq.tok_end] if not (t.is_punct or t.is_space)
                     and not dq.tok_start <= t.head.i < dq.tok_end), None)
        return root is not None and (root.i in speaker or root.dep_ in TITLE_DEPS)

    def signed_after(self, dq: DirectQuote) -> bool:
        """“…,” he said: a quotation that hands over with a comma (or a question or exclamation
        mark) to a verb and its subject is theirs, not the colon's before it ("X saw it
        differently: “…,” he said")."""
        if not self.hands_over(dq):
            return False
        k = dq.tok_end
        while k < len(self.doc) and self.doc[k].is_space:
            k += 1
        for tok in self.doc[k:k + MAX_SIGNATURE_GAP]:
            if tok.pos_ == "VERB":
                return tok.lemma_.lower() in SPEECH_VERBS and self.before(tok) is dq
            if tok.is_punct or "\n" in tok.text:
                return False
        return False

    def _without_claimed(self, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
        out = []
        for a, b in pieces:
            start = a
            for i in range(a, b + 1):
                claimed = i < b and i in self.in_direct and self.in_direct[i].used
                if claimed or i == b:
                    if i > start:
                        out.append(trim(self.doc, start, i))
                    start = i + 1
        kept = [p for p in out if p[1] - p[0] >= 2 or self.one_word_content([p])]
        if kept and len(out) > 1 and out[0] not in kept and self.opens_relative_clause(out[0]):
            kept.insert(0, out[0])  # "the plan, which critics say will fail": "which" + "will fail"
        return kept

    def opens_relative_clause(self, piece: tuple[int, int]) -> bool:
        """A one-word piece that is a relative pronoun: it opens what a cue inside its
        relative clause reports (PolNeAR marks "which" + "will fail" as the content)."""
        return piece[1] - piece[0] == 1 and self.doc[piece[0]].tag_ in RELATIVE_TAGS

    def one_word_content(self, pieces: list[tuple[int, int]]) -> bool:
        """"endorsed Okafor", "criticized him": one word can be all that is reported when it
        names the party or thing (PolNeAR train: about 980 such contents, one in twenty). Not
        a date ("spoke on Monday"), and not a relative pronoun: "the plan, which she opposed"
        reported as "which" would be half an answer (on train such one-word candidates were
        right 20 times and wrong 30)."""
        if len(pieces) != 1 or pieces[0][1] - pieces[0][0] != 1:
            return False
        tok = self.doc[pieces[0][0]]
        return (tok.pos_ in ONE_WORD_CONTENT_POS and tok.ent_type_ not in {"DATE", "TIME"}
                and tok.tag_ not in RELATIVE_TAGS) or is_answer_word(tok)

    def cued(self, pieces: list[tuple[int, int]], verb: Token, subject: Token | None,
             via: str, confidence: float = 0.7) -> QuoteGuess | None:
        """A guess for a cue verb's content pieces (see `with_direct`), its cue the verb."""
        g = self.with_direct(pieces, verb)
        if g is None:
            return None
        g.cue = [(verb.idx, verb.idx + len(verb))]
        g.cue_lemma = verb.lemma_.lower()
        g.subject = subject
        g.confidence = confidence
        g.via = via
        return g

    def with_direct(self, pieces: list[tuple[int, int]], anchor: Token,
                     merge: bool = True) -> QuoteGuess | None:
        """Make a guess from token ranges, merging any direct quotes they touch.

        A quotation another cue already claimed is cut out, never shared.
        """
        pieces = self._without_claimed(pieces)
        if not pieces:
            return None
        touched: list[DirectQuote] = []
        for a, b in pieces:
            for i in range(a, b):
                dq = self.in_direct.get(i)
                if dq is not None and dq not in touched:
                    touched.append(dq)
        spans = [tok_range_chars(self.doc, a, b) for a, b in pieces]
        if not touched:
            return QuoteGuess("indirect", spans, [], None, anchor.i)
        a, b = pieces[0][0], pieces[-1][1]
        if len(touched) == 1 and touched[0].tok_start <= a and b <= touched[0].tok_end:
            if not merge:
                return QuoteGuess("direct", spans, [], None, anchor.i)
            self.claim(touched[0])
            return QuoteGuess("direct", list(touched[0].spans), [], None, anchor.i)
        if not merge:
            return QuoteGuess("mixed", spans, [], None, anchor.i)
        for dq in touched:
            self.claim(dq)
            spans.extend(dq.spans)
        return QuoteGuess("mixed", merge_spans(spans, self.text), [], None, anchor.i)


class OverQuotes:
    """A stage that reads a document's quotation marks (and claims them through `marks`)."""

    def __init__(self, doc: Doc, marks: DirectQuotes):
        self.doc = doc
        self.marks = marks
        self.text = marks.text
        self.direct = marks.direct
        self.in_direct = marks.in_direct
