"""The date of each quote and event: the time expression that governs its cue or trigger,
else one that opens its sentence ("On Thursday, …" dates every clause after it), else (for
events) a day named in its sentence or the date of the quote it sits in, else the
publication date, marked inferred. Each date says which of these set it (`reason`).
Relative expressions inside a quote dated by its own sentence are read from that date
("today" in a statement made on Thursday is Thursday). Reads and writes the Doc's plain data."""
from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span

from ..component import doc_text

_CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "xcomp", "conj"}
_UNDATED_TYPES = {"DURATION", "SET"}


GOVERNS, OPENS, IN_SENTENCE, OF_QUOTE, PREVIOUS, PUBLICATION = (
    "governs its clause", "opens its sentence", "named in its sentence", "date of its quote",
    "the speaker's previous quote", "publication date")
NEXT_PARAGRAPH_CHARS = 2     # how far a quote may stand from the speaker's previous one: the next paragraph
OPENING_TOKENS = 4      # "On Thursday,", "Late on Friday night," …: where a sentence's frame is set


def _ref(value, granularity, inferred, text=None, span=None, reason=PUBLICATION) -> dict:
    return {"value": value, "granularity": granularity, "inferred": inferred, "text": text,
            "span": list(span) if span else None, "reason": reason}


def _publication(anchor: date | None) -> dict:
    return _ref(anchor.isoformat() if anchor else None, "day" if anchor else None, True)


def governing_date(doc: Doc, head: Span | None, dates: list[dict], anchor: date | None,
                   exclude=()) -> dict:
    """The date expression that modifies a cue or trigger's clause, else the publication date."""
    if head is not None:
        sent = head.sent
        cands = [d for d in dates if sent.start_char <= d["span"][0] < sent.end_char
                 and d["type"] not in _UNDATED_TYPES and d["value"]
                 and (_modifies(doc, d["span"], head.root) if any(s <= d["span"][0] < e for s, e in exclude)
                      else _governs(doc, d["span"], head.root))]
        if cands:
            at = head.start_char
            best = min(cands, key=lambda d: abs(d["span"][0] - at))
            return _ref(best["value"], best["granularity"], False, best["text"], best["span"], GOVERNS)
        opening = _opening_date(doc, sent, dates, exclude)
        if opening is not None and opening["span"][0] < head.start_char:
            return _ref(opening["value"], opening["granularity"], False, opening["text"], opening["span"], OPENS)
    return _publication(anchor)


def _opening_date(doc: Doc, sent: Span, dates: list[dict], exclude=()) -> dict | None:
    """A dated expression among the sentence's first words, set off from the main clause by
    a comma ("On Thursday, …"): the frame of the whole sentence."""
    limit = doc[min(sent.start + OPENING_TOKENS, sent.end - 1)].idx
    for d in dates:
        if not (sent.start_char <= d["span"][0] <= limit) or d["type"] in _UNDATED_TYPES or not d["value"]:
            continue
        if any(s <= d["span"][0] < e for s, e in exclude):
            continue
        after = doc.char_span(d["span"][0], d["span"][1], alignment_mode="expand")
        if after is not None and after.end < sent.end and doc[after.end].text == ",":
            return d
    return None


def _sentence_date(span: Span, dates: list[dict]) -> dict | None:
    """No expression governs the trigger: a day-level date elsewhere in its sentence, marked inferred."""
    sent = span.sent
    for d in dates:
        if sent.start_char <= d["span"][0] < sent.end_char and d["value"] and d["granularity"] in {"day", "time"}:
            return _ref(d["value"], d["granularity"], True, d["text"], d["span"], IN_SENTENCE)
    return None


def _modifies(doc: Doc, span, verb) -> bool:
    """A date expression inside the content that dates the cue: hung on the cue itself (the
    content's edge took it in), or closing a past-tense report of the past ("the two sides
    signed a deal, she said on Monday" read backwards: "she said the two sides had signed a
    deal last year"), where news puts the time of the saying."""
    toks = doc.char_span(span[0], span[1], alignment_mode="expand")
    if toks is None or toks.root.i == verb.i:
        return False
    date_head = toks.root.head
    if date_head.i == verb.i:
        return True
    rest = doc[toks.end:verb.sent.end]
    sourcing = {t.i for s in rest if s.lower_ in {"per", "according"} for t in s.subtree}
    closes = all(t.is_punct or t.is_space or t.i in sourcing for t in rest)
    return (closes and verb.tag_ == "VBD" and date_head.dep_ == "ccomp" and date_head.head.i == verb.i
            and date_head.tag_ in {"VBD", "VBN"} and not any(c.lower_ in {"would", "will"} for c in date_head.children))


def _governs(doc: Doc, span, verb) -> bool:
    """Whether a date expression modifies the cue's own clause (not a relative clause)."""
    toks = doc.char_span(span[0], span[1], alignment_mode="expand")
    if toks is None:
        return False
    tok = toks.root
    for _ in range(8):
        if tok.i == verb.i:
            return True
        if tok.dep_ in _CLAUSE_DEPS and tok.i != verb.i and tok.pos_ in {"VERB", "AUX"}:
            return False
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def date_quotes(doc: Doc, quotes: list[dict], dates: list[dict], anchor: date | None) -> None:
    previous: dict[str, dict] = {}          # speaker's surname -> their last quote
    text = doc_text(doc)
    for q in quotes:
        cue = q["cue"]
        head = doc.char_span(cue[0][0], cue[0][1], alignment_mode="expand") if cue else None
        when = governing_date(doc, head, dates, anchor, exclude=q["content"])
        if when["reason"] == PUBLICATION and head is not None:
            when = _sentence_date(head, [d for d in dates if not any(s <= d["span"][0] < e for s, e in q["content"])]) \
                or when
        name = (q.get("speaker") or {}).get("name")
        name = name.split()[-1].lower() if name else None     # "Ruiz" continues "Ana Ruiz"
        before = previous.get(name) if name else None
        if when["reason"] == PUBLICATION and before is not None and before["date"]["reason"] != PUBLICATION \
                and q.get("cue_lemma") == before.get("cue_lemma") and _next_paragraph(text, before, q):
            # "X later tweeted that … ¶ '…,' tweeted X": the quote is the one just reported
            when = dict(before["date"], inferred=True, reason=PREVIOUS)
        q["date"] = when
        if name:
            previous[name] = q


def _next_paragraph(text: str, before: dict, q: dict) -> bool:
    """Whether q stands in the paragraph of `before` or the next one."""
    gap = text[before["content"][-1][1]:q["content"][0][0]]
    return gap.count("\n") <= NEXT_PARAGRAPH_CHARS and "\n\n\n" not in gap and len(gap) < 1500


def date_events(doc: Doc, events: list[dict], quotes: list[dict], dates: list[dict],
                anchor: date | None) -> None:
    for ev in events:
        trig = doc[ev["trigger_tokens"][0]:ev["trigger_tokens"][1]]
        at = ev["date_head"]
        head = doc[at:at + 1] if at is not None else trig
        when = governing_date(doc, head, dates, anchor)
        if when["inferred"] and not ev["own_date_only"]:
            quote = quotes[ev["quote"]] if ev["quote"] is not None else None
            qdate = quote["date"] if quote is not None else None
            when = _sentence_date(trig, dates) or (
                (qdate if qdate["inferred"] else dict(qdate, reason=OF_QUOTE)) if qdate else when)
        ev["date"] = when
