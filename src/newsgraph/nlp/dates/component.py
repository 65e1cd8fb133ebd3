"""Dates component: find time expressions and parse them; resolve against the anchor.

The component's predict step finds DATE/TIME mentions (spaCy's NER plus a few words
NER misses, such as "now" and "recently"), parses each (`timex.parse`) and reads the
tense of its clause, then resolves it against the publication date the caller put on the
Doc (`doc._.published`), and dates each quote and event (`attach.py`). It runs after the
quotes and events stages.
"""
from __future__ import annotations

import re
from itertools import islice
from dataclasses import dataclass, replace
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..component import Component, doc_text, token_chars
from .attach import PUBLICATION, date_events, date_quotes
from .resolve import Mentioned, parse_anchor, resolve
from .timex import PARTS_OF_DAY, WEEKDAYS, Resolved, Timex, parse

EXTRA_WORDS = re.compile(
    r"\b(now|currently|recently|soon|nowadays|tonight|today|yesterday|tomorrow|"
    r"in the past|in the future|the future|these days|at present|this (?:morning|afternoon|evening)|"
    r"(?:in )?recent (?:years|months|weeks|days)|the (?:long|near|short|medium) term|the time being|"
    r"the past(?! \w+ (?:days|weeks|months|years))|'\d\d\b|\d0s)\b",
    re.I)
_MONTH_OR_YEAR = re.compile(
    r"\b(?:(?:January|February|March|April|June|July|August|September|October|November|December)"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:\s*,?\s*(?:19|20)\d\d)?|May\s+\d{1,2}(?:\s*,\s*(?:19|20)\d\d)?"
    r"|(?:19|20)\d\d|\d{1,2}/\d{1,2}/\d{2,4})\b")
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}(?:\s*(?:a\.?m\.?|p\.?m\.?))?(?:\s*(?:UTC|GMT|ET|EST|EDT|PT))?", re.I)
_LEADING = {"on", "in", "at", "during", "by", "since", "until", "from", "for", "of", "around",
            "about", "as", "before", "after", "between", "through"}


@dataclass
class DateGuess:
    start: int                  # token span
    end: int
    timex: Timex | None
    tense: str | None


def clause_tense(tok: Token) -> str | None:
    """Past, present, future or modal, from the verb that governs a token."""
    head = tok
    for _ in range(6):
        if head.pos_ in {"VERB", "AUX"} and head.dep_ != "aux":
            break
        if head.head.i == head.i:
            break
        head = head.head
    if head.pos_ not in {"VERB", "AUX"}:
        return None
    auxes = [c for c in head.children if c.dep_ in {"aux", "auxpass"}]
    words = {a.lower_ for a in auxes}
    if words & {"will", "'ll", "shall", "wo", "would", "'d"} or "going" in words:
        return "future"     # "would" in reported speech is the future seen from the past
    if words & {"should", "must", "may", "might", "could"} and not words & {"have", "'ve"}:
        return "modal"      # "should be completed in October": an outlook, not a report
    if any(a.tag_ in {"VBD"} for a in auxes) or head.tag_ == "VBD":
        return "past"
    if words & {"has", "have", "had", "'ve", "'s"} and head.tag_ == "VBN":
        return "past"
    if head.tag_ in {"VBZ", "VBP"} or words & {"is", "are", "am"}:
        if head.tag_ == "VBG" and any(c.lower_ == "to" for c in head.children):
            return "future"
        return "present"
    return None


def find_dates(doc: Doc) -> list[DateGuess]:
    spans: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ in {"DATE", "TIME"}:
            pieces = [p for s, e in _split_lines(doc, ent.start, ent.end) for p in _split_apposed(doc, s, e)]
            for start, end in pieces:
                while start < end and doc[start].lower_ in _LEADING:
                    start += 1
                # "Thursday night", "Friday morning": NER often stops at the weekday
                if end < len(doc) and doc[end].lower_ in PARTS_OF_DAY and doc[end - 1].lower_ in WEEKDAYS:
                    end += 1
                if end < len(doc) and doc[end].text in {"UTC", "GMT"}:
                    end += 1
                # "at 12:00 UTC Monday": the clock and its day, one expression
                if end < len(doc) and doc[end].lower_ in WEEKDAYS and _CLOCK.fullmatch(doc[start:end].text):
                    end += 1
                # "Thursday" DATE + "night" TIME: the weekday took the night already
                if start < end and not any(s < end and start < e for s, e in spans):
                    spans.append((start, end))
    taken = {i for s, e in spans for i in range(s, e)}
    text = doc_text(doc)
    for rx in (EXTRA_WORDS, _CLOCK, _MONTH_OR_YEAR):
        for m in rx.finditer(text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or any(i in taken for i in range(span.start, span.end)):
                continue
            if rx is _MONTH_OR_YEAR and (span[0].ent_type_ in {"MONEY", "QUANTITY", "PERCENT", "ORG",
                                                                "PRODUCT", "LAW", "WORK_OF_ART", "FAC"}
                                         or span.start > 0 and doc[span.start - 1].text in {"$", "#", "No."}):
                continue
            if all(t.pos_ not in {"ADV", "NOUN", "NUM", "ADJ", "PROPN"} for t in span) and m.group().lower() != "now":
                continue
            spans.append((span.start, span.end))
            taken.update(range(span.start, span.end))
    out = []
    for start, end in sorted(spans):
        text = doc[start:end].text
        tx = parse(text)
        if tx is None:
            tx = _parse_inner(doc, start, end)
        if tx is None and not _DATE_WORD.search(text):
            continue    # NER's DATE on ages and bare numbers ("the age of 56")
        if tx is not None and tx.kind == "anaphor" and tx.offset and end < len(doc) and doc[end].lower_ == "than":
            # "arrives on May 9, three days later than planned": May 9, compared with the plan
            tx = replace(tx, offset=0)
        out.append(DateGuess(start, end, tx, clause_tense(doc[start:end].root)))
    return out


_DATE_WORD = re.compile(
    r"\b(day|days|week|weeks|month|months|year|years|decade|decades|century|quarter|season|"
    r"spring|summer|autumn|fall|winter|morning|evening|night|time|period|era|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|\d{4})\b", re.I)


def _split_lines(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """NER spans that run over a line break are two expressions (a title and a dateline)."""
    out, s = [], start
    for i in range(start, end):
        if "\n" in doc[i].text:
            if i > s:
                out.append((s, i))
            s = i + 1
    if end > s:
        out.append((s, end))
    return out


def _split_apposed(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """"November 11, three days later": a date and a relative phrase after a comma, which NER
    drew as one span, are two expressions ("Friday, March 17" stays one: both capitalised)."""
    for i in range(start + 1, end - 1):
        if doc[i].text == "," and doc[i + 1].text[:1].islower() and parse(doc[start:i].text) is not None:
            return [(start, i), (i + 1, end)]
    return [(start, end)]


def _parse_inner(doc: Doc, start: int, end: int) -> Timex | None:
    """Longest known expression inside a span NER drew too wide ("Friday, March 17")."""
    text = doc[start:end].text
    for piece in re.split(r"\s*,\s*(?=[A-Z])|\s+(?:and|or|to)\s+", text):
        tx = parse(piece)
        if tx is not None:
            return tx
    return None


def resolve_mentions(doc: Doc, guesses: list[DateGuess], anchor: date | None
                     ) -> tuple[list[dict], list[str]]:
    """Each mention as plain data, resolved against the anchor, in order, with warnings."""
    last = Mentioned.at(anchor)
    out = []
    warnings = []
    for i, g in enumerate(guesses):
        text = doc[g.start:g.end].text
        if g.timex is None:
            r, kind = Resolved(None, None, relative="unrecognised expression"), "DATE"
        else:
            r, kind = resolve(g.timex, anchor, g.tense, _clock_day(doc, guesses, i, anchor, last)), g.timex.type
            if r.warning:
                warnings.append(f"{r.warning} at {doc[g.start].idx}")
            last = last.after(r.value, r.granularity)
        out.append({"start": g.start, "end": g.end,
                    "span": list(token_chars(doc, g.start, g.end)), "text": text,
                    "value": r.value, "granularity": r.granularity, "type": kind, "relative": r.relative})
    return out, warnings


def _clock_day(doc: Doc, guesses: list[DateGuess], i: int, anchor: date | None, last: Mentioned) -> Mentioned:
    """"at 16:15 UTC, June 1", "at 9 a.m. on Monday": a bare clock time is on the day
    named right after it, not on the day named before."""
    g = guesses[i]
    if g.timex is None or g.timex.kind != "anaphor" or g.timex.granularity != "time" or i + 1 == len(guesses):
        return last
    following = guesses[i + 1]
    if following.timex is None or any(t.text not in {",", "on"} for t in doc[g.end:following.start]):
        return last
    r = resolve(following.timex, anchor, following.tense, last)
    return last.after(r.value, r.granularity) if r.granularity == "day" else last


DATELINE_LINES = 4        # a dateline stands among the first lines: title, byline, date
_DATELINE_WORDS = re.compile(
    r"(?:published|updated|posted|last|on|date|(?:mon|tues|wednes|thurs|fri|satur|sun)day)", re.I)


def dateline_date(text: str, dates: list[dict]) -> tuple[date, int] | None:
    """The day that a line of its own among the first lines names ("Title\\nMarch 3,
    2024\\n…"): a text handed over without its publication date usually carries it there.
    Only a whole day counts, on a line that holds nothing else but a weekday or "Published",
    "Updated". Returns the day and the line's character offset."""
    lines = list(islice((m for m in re.finditer(r"[^\n]+", text) if m.group().strip()), DATELINE_LINES))
    top = lines[-1].end() if lines else 0
    for d in dates:
        if d["span"][0] >= top:
            break       # dates come in text order: the rest lie below the first lines
        value = d.get("value") or ""
        if d.get("granularity") != "day" or not re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            continue
        begin, stop = d["span"]
        line = next((m for m in lines if m.start() <= begin and stop <= m.end()), None)
        if line is None:
            continue
        rest = text[line.start():begin] + " " + text[stop:line.end()]
        if not re.search(r"\d", rest) and all(_DATELINE_WORDS.fullmatch(w) for w in re.findall(r"[^\W\d_]+", rest)):
            return date.fromisoformat(value), line.start()
    return None


def reanchor_quoted(quotes: list[dict], guesses: list[DateGuess], dates: list[dict]) -> None:
    """Relative expressions inside a quote that its sentence dates ("On Thursday she wrote:
    'Today I …'") are read from the quote's date, not the publication date."""
    for q in quotes:
        when = q.get("date")
        if not when or when.get("reason") == PUBLICATION or when["granularity"] not in {"day", "time"} \
                or not when["value"]:
            continue
        try:
            said = date.fromisoformat(when["value"][:10])
        except ValueError:
            continue
        last = Mentioned.at(said)
        for g, d in zip(guesses, dates):
            if g.timex is not None and g.timex.kind not in {"abs", "ref", "duration", "set"} \
                    and d["span"] != when["span"] and any(s <= d["span"][0] < e for s, e in q["content"]):
                r = resolve(g.timex, said, g.tense, last)
                if r.value:
                    d["value"], d["granularity"] = r.value, r.granularity
                    d["anchor"] = "quote"
            if d["span"][0] >= when["span"][0]:
                last = last.after(d["value"], d["granularity"])


class DateFinder(Component):
    """spaCy component: time expressions resolved against ``doc._.published`` in
    ``doc._.ng_dates`` (plain dicts; ``doc.spans["newsgraph_dates"]``), and the date of each
    quote and event (``date`` in ``doc._.ng_quotes`` and ``doc._.ng_events``). Warnings (an
    unreadable publication date, an impossible date) go to ``doc._.ng_warnings``."""
    extension = "ng_dates"

    def __init__(self, nlp: Language, name: str, attach: bool):
        super().__init__(nlp, name)
        self.attach = attach

    def predict(self, doc: Doc) -> tuple[list[dict], list[str], date | None, list[DateGuess]]:
        anchor, warning = parse_anchor(doc._.published)
        guesses = find_dates(doc)
        dates, warnings = resolve_mentions(doc, guesses, anchor)
        if anchor is None:
            # a date given but unreadable ("03-02-2009": March or February?) is no better
            # than none: the dateline says which day the article was written
            found = dateline_date(doc_text(doc), dates)
            if found is not None:
                anchor, where = found
                dates, warnings = resolve_mentions(doc, guesses, anchor)
                why = f"publication date {doc._.published!r} is not a date (YYYY-MM-DD)" \
                    if doc._.published else "no publication date given"
                warning = f"{why}: dates resolved against the dateline {anchor.isoformat()} at {where}"
        return dates, ([warning] if warning else []) + warnings, anchor, guesses

    def set_annotations(self, doc: Doc, result) -> None:
        dates, warnings, anchor, guesses = result
        doc._.ng_dates = dates
        doc._.ng_warnings = list(doc._.ng_warnings or []) + warnings
        doc.spans["newsgraph_dates"] = [Span(doc, d["start"], d["end"], label=d["type"]) for d in dates]
        if self.attach:
            quotes, events = doc._.ng_quotes or [], doc._.ng_events or []
            date_quotes(doc, quotes, dates, anchor)
            reanchor_quoted(quotes, guesses, dates)
            date_events(doc, events, quotes, dates, anchor)


@Language.factory("newsgraph_dates", default_config={"attach": True},
                  assigns=["doc._.ng_dates", "doc._.ng_warnings", "doc.spans"],
                  requires=["doc.ents", "token.dep", "token.tag"])
def make_date_finder(nlp: Language, name: str, attach: bool) -> DateFinder:
    return DateFinder(nlp, name, attach)
