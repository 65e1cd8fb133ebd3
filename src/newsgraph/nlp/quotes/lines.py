"""Quotes that no cue verb introduces: transcript and headline lines ("NAME: …"),
quotations signed after a dash, quotations introduced by a colon, and floating quotations
that fill their paragraph (their speaker is the previous quote's)."""
from __future__ import annotations

from spacy.tokens import Token

from ..component import entity_span
from ..paragraphs import line_starts
from ..reference.lexicon import SECTION_LABEL_WORDS
from ..reference.subjects import subject_of
from .direct import DirectQuote, OverQuotes, QuoteGuess
from .spans import OPEN_MARKS, overlaps, tok_range_chars, trim


OBJECT_DEPS = frozenset({"dobj", "pobj", "dative", "iobj"})


class LineQuotes(OverQuotes):
    def floating(self) -> list[QuoteGuess]:
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
                self.marks.claim(dq)
                out.append(g)
                continue
            label = self._name_label(dq)
            if label is not None:
                colon = self.doc[label.i + 1]
                g = QuoteGuess("direct", list(dq.spans), [(colon.idx, colon.idx + 1)], None, dq.tok_start,
                               confidence=0.6, via="speaker named before a colon", subject=label)
                self.marks.claim(dq)
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
            self.marks.claim(dq)
            out.append(g)
        return out

    def speaker_lines(self, guesses: list[QuoteGuess]) -> list[QuoteGuess]:
        """Transcript and headline lines, "VARGA: Well, look, ..." or "Name: claim"."""
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
            if all(t.lower_ in SECTION_LABEL_WORDS or not t.is_alpha for t in name):
                continue        # "READ MORE:", "WATCH:", "UPDATE:": the page's furniture, not a speaker
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
                        self.marks.claim(self.in_direct[i])
            elif any(overlaps([span], t) for t in taken):
                continue
            else:
                g = self.marks.with_direct([rng], colon, merge=False)
                if g is None:
                    continue
            g.cue = [(colon.idx, colon.idx + 1)]
            g.subject = name.root
            g.confidence = 0.6
            g.via = "speaker label before a colon"
            out.append(g)
        return out

    def _dash_speaker(self, dq: DirectQuote) -> Token | None:
        """“…” ― Nadia Ferro: a name after a dash signs the quotation."""
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

    def _name_label(self, dq: DirectQuote) -> Token | None:
        """"… - Ana Ruiz: “…”", "Ruiz: “…”": a person's name standing before a colon labels
        the quotation after it, unless the name is an object ("told Ruiz:", "by Ruiz:")."""
        colon = self.marks.token_before(dq.tok_start)
        if colon is None or colon.text != ":" or colon.i < 1:
            return None
        name = self.doc[colon.i - 1]
        if name.ent_type_ != "PERSON":
            return None
        ent = entity_span(name)
        if ent is None or ent.end != name.i + 1 or ent.root.dep_ in OBJECT_DEPS:
            return None
        return ent.root

    def _colon_intro(self, dq: DirectQuote) -> Token | None:
        colon = self.marks.token_before(dq.tok_start)
        if colon is None or colon.text != ":":
            return None
        return colon.sent.root
