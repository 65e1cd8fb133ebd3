"""The date of each quote and event: the time expression that governs its cue or trigger,
else (for events) a day named in its sentence or the date of the quote it sits in, else the
publication date, marked inferred. Reads and writes the Doc's plain data."""
from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span

_CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "xcomp", "conj"}
_UNDATED_TYPES = {"DURATION", "SET"}


def _ref(value, granularity, inferred, text=None, span=None) -> dict:
    return {"value": value, "granularity": granularity, "inferred": inferred, "text": text,
            "span": list(span) if span else None}


def _publication(anchor: date | None) -> dict:
    return _ref(anchor.isoformat() if anchor else None, "day" if anchor else None, True)


def governing_date(doc: Doc, head: Span | None, dates: list[dict], anchor: date | None,
                   exclude=()) -> dict:
    """The date expression that modifies a cue or trigger's clause, else the publication date."""
    if head is not None:
        sent = head.sent
        cands = [d for d in dates if sent.start_char <= d["span"][0] < sent.end_char
                 and d["type"] not in _UNDATED_TYPES and d["value"]
                 and not any(s <= d["span"][0] < e for s, e in exclude)
                 and _governs(doc, d["span"], head.root)]
        if cands:
            at = head.start_char
            best = min(cands, key=lambda d: abs(d["span"][0] - at))
            return _ref(best["value"], best["granularity"], False, best["text"], best["span"])
    return _publication(anchor)


def _sentence_date(span: Span, dates: list[dict]) -> dict | None:
    """No expression governs the trigger: a day-level date elsewhere in its sentence, marked inferred."""
    sent = span.sent
    for d in dates:
        if sent.start_char <= d["span"][0] < sent.end_char and d["value"] and d["granularity"] in {"day", "time"}:
            return _ref(d["value"], d["granularity"], True, d["text"], d["span"])
    return None


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
    for q in quotes:
        cue = q["cue"]
        head = doc.char_span(cue[0][0], cue[0][1], alignment_mode="expand") if cue else None
        q["date"] = governing_date(doc, head, dates, anchor, exclude=q["content"])


def date_events(doc: Doc, events: list[dict], quotes: list[dict], dates: list[dict],
                anchor: date | None) -> None:
    for ev in events:
        trig = doc[ev["trigger_tokens"][0]:ev["trigger_tokens"][1]]
        at = ev["date_head"]
        head = doc[at:at + 1] if at is not None else trig
        when = governing_date(doc, head, dates, anchor)
        if when["inferred"] and not ev["own_date_only"]:
            quote = quotes[ev["quote"]] if ev["quote"] is not None else None
            when = _sentence_date(trig, dates) or (quote["date"] if quote is not None and quote["date"] else when)
        ev["date"] = when
