"""Quotations: direct, indirect and mixed, with cue, speaker and second-hand source.

The finder reads the parse and returns QuoteGuess objects (token and character spans);
the quotes component (`component.py`) stores them on the Doc as plain data.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from .cues import (PARENTHETICAL, CueTable, complement_kind, content_children,
                   noun_complement_kind, subject_class)
from ..reference.lexicon import CUE_VERBS, SPEECH_VERBS, is_outlet
from ..paragraphs import line_starts
from .bounds import adjust_end
from .marks import QuoteSpans, find_direct_quotes
from .spans import (CLOSE_MARKS, OPEN_MARKS, cut_matrix_continuation, cut_nested_cue,
                          cut_open_parenthesis, cut_sourcing, has_subject, is_gap, merge_spans, noun_holder,
                          overlaps, tok_range_chars, trim)
from .sourcing import add_sourcing
from ..reference.speakers import SpeakerGuess, SpeakerResolver, subject_of

MAX_GAP_TOKENS = 6
RESUMING_MARKS = {"until", "because", "since", "unless", "although", "though", "while"}


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


class QuoteFinder:
    """All quotes of one parsed document."""

    def __init__(self, doc: Doc, cues: CueTable, bounds: dict[str, list[int]], adjust_end=adjust_end):
        self.doc = doc
        self.cues = cues
        self.bounds = bounds
        self.adjust_end = adjust_end     # the training recipe swaps in a recorder
        self.direct: list[DirectQuote] = []
        self.in_direct: dict[int, DirectQuote] = {}
        self.text = doc.text      # Doc.text rebuilds the string on every access
        for spans in find_direct_quotes(self.text):
            span = doc.char_span(spans[0][0], spans[-1][1], alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            dq = DirectQuote(spans, span.start, span.end)
            self.direct.append(dq)
            for i in range(span.start, span.end):
                self.in_direct[i] = dq

    # -- candidates -------------------------------------------------------------------
    def run(self) -> list[QuoteGuess]:
        guesses: list[QuoteGuess] = []
        for tok in self.doc:
            if tok.i in self.in_direct:
                continue
            if tok.lower_ == "according" and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ == "to":
                g = self._from_according(tok)
            elif tok.pos_ == "VERB":
                g = self._from_verb(tok)
            elif tok.pos_ == "NOUN":
                g = self._from_noun(tok)
            else:
                g = None
            if g is not None:
                guesses.append(g)
        guesses.extend(self._speaker_lines(guesses))
        guesses = self._drop_nested(guesses)
        guesses.extend(self._floating())
        guesses.sort(key=lambda g: g.content[0][0])
        guesses = self._merge_continued(guesses)
        self._absorb_later_sentences(guesses)
        self._resolve_speakers(guesses)
        for g in guesses:
            add_sourcing(self.doc, g, self.in_direct)
        return guesses

    def _from_verb(self, verb: Token) -> QuoteGuess | None:
        doc = self.doc
        lemma = verb.lemma_.lower()
        passive = self._passive_with_agent(verb, lemma)
        if passive is not None:
            return passive
        aside = self._parenthetical(verb, lemma)
        if aside is not None:
            return aside
        kind = complement_kind(verb)
        cue, rate = self.cues.is_cue(lemma, kind, subject=subject_class(verb)) if kind != "none" else (False, 0.0)
        children = content_children(verb, kind) if cue else []
        if kind == "ccomp" and len(children) > 1:
            # "Writing for a panel that agreed Pence won, X noted that …": a clause the parse
            # hung on the cue from the sentence's opening phrase is not reported
            right = [c for c in children if c.i > verb.i]
            left = [c for c in children if c.i < verb.i]
            if right and left and not any(c.i in self.in_direct for c in left):
                children = right
        pieces: list[tuple[int, int]] = []
        how = kind
        if children:
            a = min(c.left_edge.i for c in children)
            b = max(c.right_edge.i for c in children) + 1
            if kind == "xcomp":
                # "agreed to share a currency and rely on …": the parse hangs the second
                # infinitive on the cue; it belongs to the content
                for c in verb.children:
                    if c.dep_ == "conj" and c.tag_ == "VB" and c.i >= b - 1 and not has_subject(c):
                        b = max(b, c.right_edge.i + 1)
            if a <= verb.i < b:
                pieces = self._around_cue(verb, a, b)
            else:
                a, b = self._within_paragraph(verb, a, b)
                b = cut_open_parenthesis(doc, a, cut_sourcing(doc, a, b))
                if kind == "ccomp":
                    b = cut_matrix_continuation(doc, verb, children, a, b)
                    b = next((i for i in range(a + 1, b) if doc[i].text == ";"), b)
                b = cut_nested_cue(doc, a, b, self.cues)
                if a > verb.i and b > a:
                    b = self.adjust_end(doc, verb, a, b, self._sentence_limit(b), self.bounds)
                pieces = [trim(doc, a, b)]
                if kind == "ccomp" and b <= verb.i:
                    pieces += self._resumed_after_cue(verb)
        elif cue and kind == "parataxis":
            head = verb.head
            pieces = self._around_cue(verb, head.left_edge.i, head.right_edge.i + 1)
        elif self.cues.can_introduce_quote(lemma):
            dq = self._adjacent_direct(verb)
            if dq is None:
                return None
            pieces = [(dq.tok_start, dq.tok_end)]
            how, rate = "adjacent quotation", 0.9
        else:
            return None
        pieces = [p for p in pieces if p[1] - p[0] >= 1]
        if not pieces or sum(b - a for a, b in pieces) < 2:
            return None
        subject = subject_of(verb)
        if subject is not None and any(a <= subject.i < b for a, b in pieces):
            # "“… mode,” said Leslie Wimes": the parse gives the cue two subjects
            subject = next((c for c in verb.rights if c.dep_ == "nsubj"
                            and not any(a <= c.i < b for a, b in pieces)), None)
        if subject is None and len(pieces) == 1:
            pieces, subject = self._split_trailing_speaker(pieces[0], verb)
        g = self._with_direct(pieces, verb)
        if g is None:
            return None
        if g.content[-1][1] <= verb.idx:
            self._continue_split_quote(g, verb)
        elif g.kind == "direct" and g.content[0][0] > verb.idx:
            before = self._quote_before(verb)
            if before is not None:
                before.used = True
                g.content[:0] = before.spans
            self._chain_following_quotes(g)
        g.cue = [(verb.idx, verb.idx + len(verb))] + self._particles(verb)
        g.cue_lemma = lemma
        g.subject = subject
        g.confidence = rate if g.kind == "indirect" else max(rate, 0.8)
        g.via = f"cue verb '{lemma}' with {how}"
        return g

    def _parenthetical(self, verb: Token, lemma: str) -> QuoteGuess | None:
        """"The difference now, he told me on Friday, is …": the cue interrupts what it reports."""
        doc = self.doc
        if lemma not in SPEECH_VERBS and lemma not in PARENTHETICAL:
            return None
        subj = next((c for c in reversed(list(verb.lefts)) if c.dep_ == "nsubj"), None)
        sent = verb.sent
        if subj is None or any(t.pos_ in {"VERB", "AUX"} for t in doc[subj.right_edge.i + 1:verb.i]):
            return None
        left = subj.left_edge.i - 1
        if left <= sent.start + 1 or doc[left].text != ",":
            return None
        k = verb.i + 1
        inside = {t.i for t in verb.subtree}
        while k < sent.end and doc[k].text != "," and k in inside and (
                doc[k].dep_ in {"advmod", "prt", "aux"} and doc[k].head.i == verb.i
                or doc[k].dep_ in {"dobj", "dative"} and doc[k].pos_ == "PRON"
                or self._aside_of_cue(doc[k], verb)):
            k += 1
        if k >= sent.end - 2 or doc[k].text != ",":
            return None
        pieces = [trim(doc, sent.start, left), trim(doc, k + 1, sent.end)]
        if any(b - a < 2 for a, b in pieces) or any(i in self.in_direct for i in range(sent.start, sent.end)):
            return None
        g = self._with_direct(pieces, verb)
        if g is None:
            return None
        g.cue = [(verb.idx, verb.idx + len(verb))] + self._particles(verb)
        g.cue_lemma = lemma
        g.subject = subj
        g.confidence = 0.7
        g.via = f"parenthetical cue verb '{lemma}'"
        return g

    def _passive_with_agent(self, verb: Token, lemma: str) -> QuoteGuess | None:
        """"His views were echoed by several economists": what the agent said is the subject."""
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        by = next((p for p in agent.children if p.dep_ == "pobj"), None) if agent is not None else None
        if subj is None or by is None or subj.i > verb.i:
            return None
        cue, rate = self.cues.is_cue(lemma, "dobj")
        if not cue:
            return None
        g = self._with_direct([trim(self.doc, subj.left_edge.i, subj.right_edge.i + 1)], verb)
        if g is None:
            return None
        g.cue = [(verb.idx, verb.idx + len(verb))]
        g.cue_lemma = lemma
        g.subject = by
        g.confidence = rate
        g.via = f"passive cue verb '{lemma}' with agent"
        return g

    def _split_trailing_speaker(self, rng: tuple[int, int], verb: Token):
        """“…,” Flynn, a top surrogate, said: the parse put the speaker inside the content."""
        a, b = rng
        doc = self.doc
        j = b - 1
        dq = None
        for i in range(b - 1, a - 1, -1):
            if i in self.in_direct:
                dq = self.in_direct[i]
                j = i
                break
        if dq is None or dq.tok_end - 1 != j or j + 1 >= b or b + 3 < verb.i:
            return [rng], None
        tail = doc[j + 1:b]
        if any(t.pos_ in {"VERB", "AUX"} for t in tail) or not any(t.pos_ in {"PROPN", "NOUN", "PRON"} for t in tail):
            return [rng], None
        head = next((t for t in tail if t.pos_ in {"PROPN", "NOUN", "PRON"}), tail.root)
        while head.i + 1 < b and doc[head.i + 1].dep_ in {"flat", "compound"} or (
                head.dep_ == "compound" and head.head.i < b and head.head.i > head.i):
            head = head.head if head.dep_ == "compound" else doc[head.i + 1]
        return [trim(doc, a, j + 1)], head

    def _resumed_after_cue(self, verb: Token) -> list[tuple[int, int]]:
        """"Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt": the clause
        after the cue that only continues the content belongs to it."""
        for child in verb.rights:
            if child.dep_ == "advcl" and any(
                    c.dep_ == "mark" and c.lower_ in RESUMING_MARKS for c in child.children):
                a, b = self._within_paragraph(verb, child.left_edge.i, child.right_edge.i + 1)
                if b - a >= 2:
                    return [trim(self.doc, a, b)]
        return []

    def _around_cue(self, verb: Token, a: int, b: int) -> list[tuple[int, int]]:
        """"X, he said, Y": the content is the clause around the cue, minus the cue clause."""
        a, b = self._within_paragraph(verb, a, b)
        own = {verb.i}     # the cue clause; the quote marks the parse hangs on the cue are not
        for child in verb.children:
            if child.dep_ != "ccomp" and not (child.dep_ == "punct" and child.i in self.in_direct):
                own.update(t.i for t in child.subtree)
        lo, hi = min(own), max(own) + 1
        return [p for p in (trim(self.doc, a, lo), trim(self.doc, hi, b)) if p[1] > p[0]]

    def _sentence_limit(self, b: int) -> int:
        """Where the content's sentence (and paragraph) ends, less its final punctuation."""
        doc = self.doc
        end = doc[b - 1].sent.end
        for i in range(b, end):
            if "\n" in doc[i].text:
                end = i
                break
        while end > b and is_gap(doc[end - 1]):
            end -= 1
        return end

    def _within_paragraph(self, verb: Token, a: int, b: int) -> tuple[int, int]:
        """Content found by the parse stays in the cue's paragraph (sentences can run across)."""
        doc = self.doc
        for i in range(verb.i - 1, a - 1, -1):
            if "\n" in doc[i].text:
                a = i + 1
                break
        for i in range(verb.i + 1, b):
            if "\n" in doc[i].text:
                b = i
                break
        return a, b

    def _continue_split_quote(self, g: QuoteGuess, verb: Token) -> None:
        """“A,” she said. “B.” - the quotation resumes right after its cue."""
        doc = self.doc
        inside = {t.i for t in verb.subtree}
        subject = subject_of(verb)
        speaker = {t.i for t in subject.subtree} if subject is not None else set()
        k = verb.i + 1
        while k < len(doc) and k - verb.i <= 60 and k not in self.in_direct and (
                k in speaker      # "said Kevin Barrett, a lawyer who represents …"
                or k in inside and (doc[k].pos_ not in {"VERB", "AUX", "SCONJ"}
                                    or self._aside_of_cue(doc[k], verb))
                or is_gap(doc[k]) or doc[k].text in {"(", ")"}):
            if "\n" in doc[k].text:
                return
            k += 1
        dq = self.in_direct.get(k)
        if dq is not None and not dq.used and dq.tok_start == k:
            dq.used = True
            g.content.extend(dq.spans)
            if g.kind == "indirect":
                g.kind = "mixed"
            self._chain_following_quotes(g)

    @staticmethod
    def _aside_of_cue(tok: Token, verb: Token) -> bool:
        """Words after the cue that do not report anything new: "she said of the race, in
        which …", "said Caddell, speaking of the polls"."""
        while tok.head.i != verb.i:
            tok = tok.head
        if tok.dep_ in {"prep", "npadvmod", "agent", "dative"}:
            return True
        lemma = tok.lemma_.lower()
        return (tok.dep_ == "advcl" and tok.tag_ == "VBG" and lemma not in SPEECH_VERBS
                and lemma not in CUE_VERBS)

    def _chain_following_quotes(self, g: QuoteGuess) -> None:
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
            nxt.used = True
            g.content.extend(nxt.spans)

    def _particles(self, verb: Token) -> list[tuple[int, int]]:
        return [(c.idx, c.idx + len(c)) for c in verb.children if c.dep_ == "prt"]

    def _quote_before(self, verb: Token) -> DirectQuote | None:
        """The quotation that ends just before the cue: “…,” Torigian said."""
        doc = self.doc
        subject = subject_of(verb)
        allowed = {t.i for t in subject.subtree} if subject is not None else set()
        j = verb.i - 1
        while j >= 0 and (is_gap(doc[j]) and doc[j].text not in CLOSE_MARKS or j in allowed
                          or doc[j].dep_ in {"aux", "advmod", "neg"} and doc[j].head.i == verb.i):
            j -= 1
        if j >= 0 and doc[j].text in CLOSE_MARKS and j in self.in_direct and verb.i - j <= 12:
            dq = self.in_direct[j]
            if not dq.used and dq.tok_end - 1 == j:
                return dq
        return None

    def _colon_before(self, k: int) -> bool:
        j = k - 1
        while j >= 0 and self.doc[j].is_space:
            j -= 1
        return j >= 0 and self.doc[j].text == ":"

    def _adjacent_direct(self, verb: Token) -> DirectQuote | None:
        dq = self._quote_before(verb)
        if dq is not None:
            return dq
        doc = self.doc
        subject = subject_of(verb)
        allowed = {t.i for t in subject.subtree} if subject is not None else set()
        # quote after the cue: Trump said: “…” / He says, “…”
        k = verb.i + 1
        n = 0
        while k < len(doc) and n <= MAX_GAP_TOKENS and k not in self.in_direct:
            t = doc[k]
            if "\n" in t.text and not self._colon_before(k):
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
            if not dq.used and dq.tok_start == k:
                return dq
        return None

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
        return [p for p in out if p[1] - p[0] >= 2]

    def _with_direct(self, pieces: list[tuple[int, int]], anchor: Token,
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
            touched[0].used = True
            return QuoteGuess("direct", list(touched[0].spans), [], None, anchor.i)
        if not merge:
            return QuoteGuess("mixed", spans, [], None, anchor.i)
        for dq in touched:
            dq.used = True
            spans.extend(dq.spans)
        return QuoteGuess("mixed", merge_spans(spans, self.text), [], None, anchor.i)

    def _from_noun(self, noun: Token) -> QuoteGuess | None:
        """Nominal cues: "Trump's claim that ...", "her criticism of ..."."""
        kind = noun_complement_kind(noun)
        if kind == "none":
            return None
        cue, rate = self.cues.is_cue(noun.lemma_.lower(), "noun:" + kind)
        if not cue:
            return None
        if kind == "that":
            clause = next(c for c in noun.children if c.dep_ in {"acl", "ccomp", "relcl"} and c.i > noun.i)
            a, b = clause.left_edge.i, clause.right_edge.i + 1
        else:
            prep = next(c for c in noun.children if c.dep_ == "prep" and c.i > noun.i)
            objs = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
            if not objs:
                return None
            a, b = objs[0].left_edge.i, objs[0].right_edge.i + 1
        a, b = self._within_paragraph(noun, a, b)
        g = self._with_direct([trim(self.doc, a, b)], noun)
        if g is None:
            return None
        g.cue = [(noun.idx, noun.idx + len(noun))]
        g.cue_lemma = noun.lemma_.lower()
        g.subject = noun_holder(noun)
        g.confidence = rate
        g.via = f"cue noun '{g.cue_lemma}' with {'that-clause' if kind == 'that' else 'object'}"
        return g

    def _from_according(self, tok: Token) -> QuoteGuess | None:
        doc = self.doc
        to = doc[tok.i + 1]
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None:
            return None
        sent = tok.sent
        phrase_start, phrase_end = tok.i, pobj.right_edge.i + 1
        before = trim(doc, sent.start, phrase_start)
        after = trim(doc, phrase_end, sent.end)
        if is_outlet(doc[pobj.left_edge.i:pobj.i + 1].text) and any(
                t.pos_ == "VERB" and t.lemma_.lower() in CUE_VERBS for t in sent if t.i not in self.in_direct):
            return None   # "X said …, according to Reuters": a source, not a speaker
        rng = after if after[1] - after[0] >= before[1] - before[0] else before
        if rng[1] - rng[0] < 3:
            return None
        g = self._with_direct([rng], tok)
        if g is None:
            return None
        g.cue = [(tok.idx, to.idx + len(to))]
        g.cue_lemma = "according to"
        g.subject = pobj
        g.confidence = 0.7
        g.via = "according to"
        return g

    def _merge_continued(self, guesses: list[QuoteGuess]) -> list[QuoteGuess]:
        """“A,” he said.¶“B.” - a floating quotation right after an attributed one, with
        nothing between them but that one's cue clause, continues it."""
        out: list[QuoteGuess] = []
        for g in guesses:
            prev = out[-1] if out else None
            if (g.extra.get("floating") and prev is not None and prev.kind in {"direct", "mixed"}
                    and prev.cue and self._only_cue_between(prev, g.content[0][0])):
                prev.content.extend(g.content)
                continue
            out.append(g)
        return out

    def _absorb_later_sentences(self, guesses: list[QuoteGuess]) -> None:
        """“A,” Obama said after the meeting. He did not elaborate. “B.” - a quoted sentence
        later in the paragraph, with no cue of its own, is still the same speaker's."""
        text = self.text
        for dq in self.direct:
            if dq.used or dq.tok_end - dq.tok_start < 6 or not self.doc[dq.tok_start].is_sent_start \
                    and not self.doc[dq.tok_start + 1].is_sent_start:
                continue
            before = [g for g in guesses if g.content[-1][1] <= dq.start]
            if not before:
                continue
            g = max(before, key=lambda g: g.content[-1][1])
            end = max(g.content[-1][1], g.cue[-1][1] if g.cue else 0)
            if g.kind == "indirect" or "\n" in text[end:dq.start] or dq.start - end > 300 \
                    or any(end <= o.content[0][0] < dq.start for o in guesses):
                continue
            dq.used = True
            g.content.extend(dq.spans)

    def _only_cue_between(self, prev: QuoteGuess, start: int) -> bool:
        end = max(prev.content[-1][1], prev.cue[-1][1])
        gap = self.text[end:start]
        if len(gap) > 120 or gap.count("\n") > 2:
            return False
        # the cue clause may close its sentence, but no other sentence may follow it
        body = gap.strip().rstrip(".").strip()
        return not any(mark in body for mark in (". ", "? ", "! ", "\n"))

    def _floating(self) -> list[QuoteGuess]:
        """Unattributed quotations that fill their paragraph: the last speaker goes on."""
        out = []
        text = self.text
        for dq in self.direct:
            if dq.used:
                continue
            para_start = text.rfind("\n", 0, dq.start) + 1
            para_end = text.find("\n", dq.end)
            para_end = len(text) if para_end < 0 else para_end
            signer = self._dash_speaker(dq)
            if signer is not None:
                g = QuoteGuess("direct", list(dq.spans), [], None, dq.tok_start, confidence=0.7,
                               via="quotation signed after a dash", subject=signer)
                at = next((i for i in range(dq.end, signer.idx) if text[i] in "―—–-"), -1)
                g.cue = [(at, at + 1)] if at >= 0 else []
                dq.used = True
                out.append(g)
                continue
            if text[para_start:dq.start].strip() or len(text[dq.end:para_end].strip()) > 1:
                continue
            if dq.tok_end - dq.tok_start < 6:
                continue
            g = QuoteGuess("direct", list(dq.spans), [], None, dq.tok_start, confidence=0.5,
                           via="floating quotation")
            colon = self._colon_intro(dq)
            if colon is not None:
                g.subject = subject_of(colon) if colon.pos_ in {"VERB", "AUX"} else None
                g.cue = [(colon.idx, colon.idx + len(colon))] if colon.pos_ == "VERB" else []
                g.cue_lemma = colon.lemma_.lower() if g.cue else None
                g.via = "quotation introduced by a colon"
                g.confidence = 0.7
            else:
                g.extra["floating"] = True
            dq.used = True
            out.append(g)
        return out

    def _speaker_lines(self, guesses: list[QuoteGuess]) -> list[QuoteGuess]:
        """Transcript and headline lines, "PENCE: Well, look, ..." or "Name: claim"."""
        doc = self.doc
        out = []
        taken = [g.content for g in guesses]
        for first in line_starts(doc, first=True):
            if doc[first].text in OPEN_MARKS:
                first += 1      # a transcript quoted paragraph by paragraph: "WALLACE: …
            colon = next((t for t in doc[first:min(first + 5, len(doc))] if t.text == ":"), None)
            if colon is None or colon.i == first or any("\n" in t.text for t in doc[first:colon.i]):
                continue
            name = doc[first:colon.i]
            if not all(t.text[:1].isupper() or t.text in {".", "-"} for t in name):
                continue
            end = colon.i + 1
            while end < len(doc) and "\n" not in doc[end].text:
                end += 1
            rng = trim(doc, colon.i + 1, end)
            if rng[1] - rng[0] < 3:
                continue
            span = tok_range_chars(doc, *rng)
            # an all-capitals label is a transcript's speaker: the whole turn is theirs,
            # whatever cues and quotations it contains
            if all(t.is_upper or not t.is_alpha for t in name) and any(t.is_alpha for t in name):
                g = QuoteGuess("direct", [span], [], None, colon.i)
                for i in range(*rng):
                    if i in self.in_direct:
                        self.in_direct[i].used = True
            elif any(overlaps([span], t) for t in taken):
                continue
            else:
                g = self._with_direct([rng], colon, merge=False)
                if g is None:
                    continue
            g.cue = [(colon.idx, colon.idx + 1)]
            g.subject = name.root
            g.confidence = 0.6
            g.via = "speaker label before a colon"
            out.append(g)
        return out

    def _dash_speaker(self, dq: DirectQuote) -> Token | None:
        """“…” ― Maria Lopez: a name after a dash signs the quotation."""
        doc = self.doc
        text = self.text
        at = dq.end
        while at < len(text) and text[at] in " \t\u00a0":
            at += 1
        if not text.startswith(("―", "—", "–", "--", "-"), at):
            return None
        at += 2 if text.startswith("--", at) else 1
        k = dq.tok_end - 1
        while k < len(doc) and (doc[k].idx + len(doc[k]) <= at or doc[k].is_space):
            k += 1
        if k < len(doc) and doc[k].ent_type_ in {"PERSON", "ORG"} or k < len(doc) and doc[k].pos_ == "PROPN":
            j = k
            while j + 1 < len(doc) and doc[j + 1].ent_iob_ == "I":
                j += 1
            return doc[j]
        return None

    def _colon_intro(self, dq: DirectQuote) -> Token | None:
        j = dq.tok_start - 1
        while j >= 0 and self.doc[j].is_space:
            j -= 1
        if j < 0 or self.doc[j].text != ":":
            return None
        return self.doc[j].sent.root

    def _drop_nested(self, guesses: list[QuoteGuess]) -> list[QuoteGuess]:
        """Attribution is univocal: a cue inside another quote's content is part of it."""
        kept = []
        for g in guesses:
            cue_at = g.cue[0][0] if g.cue else None
            inside = any(o is not g and cue_at is not None and any(s <= cue_at < e for s, e in o.content)
                         for o in guesses)
            if not inside:
                kept.append(g)
        kept.sort(key=lambda g: -(g.content[-1][1] - g.content[0][0]))
        out: list[QuoteGuess] = []
        for g in kept:
            if not any(overlaps(g.content, o.content) for o in out):
                out.append(g)
        # a quotation claimed only by a dropped guess is free again (for floating quotes)
        for dq in self.direct:
            if dq.used and not any(overlaps(dq.spans, g.content) for g in out):
                dq.used = False
        return out

    # -- speakers and sources ---------------------------------------------------------
    def _resolve_speakers(self, guesses: list[QuoteGuess]) -> None:
        resolver = SpeakerResolver(self.doc)
        last: QuoteGuess | None = None
        for g in guesses:
            if g.subject is not None:
                g.speaker = resolver.resolve(g.subject)
                if g.speaker.via == "pronoun":
                    g.confidence -= 0.1
            elif g.extra.get("floating") and last is not None and last.speaker is not None \
                    and g.content[0][0] - last.content[-1][1] < 1200:
                g.speaker = last.speaker
                g.cue_lemma = None
            resolver.note_speaker(g.speaker)
            last = g
