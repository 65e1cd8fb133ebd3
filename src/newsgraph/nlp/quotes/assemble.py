"""The last steps over all of a document's quotes: drop quotes nested in others, join
continuations, take in later quoted sentences of the same paragraph, resolve speakers."""
from __future__ import annotations


from ..reference.speakers import SpeakerResolver
from .direct import OverQuotes, QuoteGuess
from .spans import overlaps


class Assembly(OverQuotes):
    def merge_continued(self, guesses: list[QuoteGuess]) -> list[QuoteGuess]:
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

    def absorb_later_sentences(self, guesses: list[QuoteGuess]) -> None:
        """“A,” the mayor said after the meeting. He did not elaborate. “B.” - a quoted sentence
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
            self.marks.claim(dq)
            g.content.extend(dq.spans)

    def _only_cue_between(self, prev: QuoteGuess, start: int) -> bool:
        end = max(prev.content[-1][1], prev.cue[-1][1])
        gap = self.text[end:start]
        if len(gap) > 120 or gap.count("\n") > 2:
            return False
        # the cue clause may close its sentence, but no other sentence may follow it
        body = gap.strip().rstrip(".").strip()
        return not any(mark in body for mark in (". ", "? ", "! ", "\n"))

    def drop_nested(self, guesses: list[QuoteGuess]) -> list[QuoteGuess]:
        """Attribution is univocal: a cue inside another quote's content is part of it. But a
        relative clause with a cue of its own ("backed the plan, which critics say will fail")
        is that cue's: the other content ends before it."""
        for g in guesses:
            if self._relative(g):
                for o in guesses:
                    # only a content that ends with the clause, its cue before it
                    if o is not g and o.cue and o.cue[0][0] < g.content[0][0] \
                            and o.content[-1][1] <= g.content[-1][1] + 2:
                        self._end_before(o, g.content[0][0])
        guesses = [g for g in guesses if g.content]
        kept = [g for g in guesses if not any(o is not g and _holds_cue(o, g) and not (
            # two contents holding each other's cue ("X said A - which, Y noted, B"): the
            # earlier cue frames the sentence
            _holds_cue(g, o) and g.cue[0][0] < o.cue[0][0]) for o in guesses)]
        kept.sort(key=lambda g: -(g.content[-1][1] - g.content[0][0]))
        out: list[QuoteGuess] = []
        for g in kept:
            if not any(overlaps(g.content, o.content) for o in out):
                out.append(g)
        # a quotation claimed only by a dropped guess is free again (for floating quotes)
        for dq in self.direct:
            if dq.used and not any(overlaps(dq.spans, g.content) for g in out):
                self.marks.release(dq)
        return out

    def _relative(self, g: QuoteGuess) -> bool:
        """Content that opens with the relative pronoun of the clause its cue stands in."""
        if len(g.content) < 2 or not g.cue or g.cue[0][0] < g.content[0][1]:
            return False
        span = self.doc.char_span(*g.content[0])
        return span is not None and self.marks.opens_relative_clause((span.start, span.end))

    def _end_before(self, g: QuoteGuess, at: int) -> None:
        """Cut a content that runs over character `at` there, less the comma or dash before."""
        if not any(s < at < e for s, e in g.content):
            return
        text = self.text
        out = []
        for s, e in g.content:
            e = min(e, at)
            while e > s and (text[e - 1].isspace() or text[e - 1] in ",;—–-"):
                e -= 1
            if e - s >= 2:
                out.append((s, e))
        g.content[:] = out

    def resolve_speakers(self, guesses: list[QuoteGuess]) -> None:
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


def _holds_cue(holder: QuoteGuess, g: QuoteGuess) -> bool:
    """Whether g's cue lies inside holder's content."""
    return bool(g.cue) and any(s <= g.cue[0][0] < e for s, e in holder.content)
