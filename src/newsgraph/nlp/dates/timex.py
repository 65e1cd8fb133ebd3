"""Time expressions: parse the words (resolution against an anchor date: `resolve.py`).

Parsing is pure string work ("last year" -> a year one before the anchor); resolution
needs the anchor (the publication date), the tense of the clause and the dates the
article mentioned before. Values follow TimeML: 2023-03-20 (day), 2023-W11 (week),
2023-03 (month), 2023-Q1, 2023-SU, 2022 (year), 199 (decade), 20 (century),
PRESENT_REF / PAST_REF / FUTURE_REF, 2023-03-20TMO and 2023-03-20T14:00 (times).
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace

WEEKDAYS = {name: i for i, name in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
WEEKDAYS.update({"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
                 "fri": 4, "sat": 5, "sun": 6})
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                "tonight": "NI", "overnight": "NI", "midday": "MI", "noon": "MI"}
NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
NUMBER_WORDS.update({"a": 1, "an": 1, "several": None, "few": None, "couple": 2})
UNITS = {"day": "D", "week": "W", "month": "M", "year": "Y", "quarter": "Q", "decade": "DE",
         "century": "CE", "hour": "H", "minute": "MIN", "fortnight": "W2"}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}

PRESENT_WORDS = {"now", "currently", "present", "nowadays", "today's", "right now", "at present",
                 "these days", "at the moment", "the moment", "the time being", "for the time being"}
PAST_WORDS = {"recently", "recent", "previously", "formerly", "the past", "in the past", "once",
              "earlier", "lately", "years ago", "long ago", "historically", "recent years",
              "in recent years", "recent months", "recent weeks", "recent days"}
FUTURE_WORDS = {"soon", "the future", "in the future", "future", "shortly", "later", "eventually",
                "in the coming years", "in coming years", "coming years", "the coming years",
                "the long term", "the near term", "the short term", "the medium term",
                "the long run", "the near future"}


@dataclass(frozen=True)
class Timex:
    """What the words say, before any anchor is known."""
    kind: str                      # abs | rel | weekday | month | ref | anaphor | duration | season
    granularity: str               # day | week | month | quarter | season | year | decade | century | time | ref
    year: int | None = None
    month: int | None = None
    day: int | None = None
    offset: int | None = None      # relative: units from the anchor (-1 = last)
    weekday: int | None = None
    direction: str | None = None   # last | next | this, for weekdays and months
    part: str | None = None        # MO AF EV NI, or HH:MM
    value: str | None = None       # ready value (refs, durations, decades)
    quarter: int | None = None
    season: str | None = None
    years: int = 0                 # anaphor: whole years from the time referred to ("a year ago")
    description: str = ""          # the relative meaning, for articles without a date
    type: str = "DATE"


@dataclass(frozen=True)
class Resolved:
    value: str | None
    granularity: str | None
    relative: str | None = None
    warning: str | None = None


def _num(word: str) -> int | None:
    word = word.lower()
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word)


_YEAR = r"(1[5-9]\d\d|20\d\d|21\d\d)"
_DAYNUM = r"(\d{1,2})(?:st|nd|rd|th)?"
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_RE_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_RE_MDY = re.compile(rf"^(?:({_MONTH_RE})\.?\s+{_DAYNUM}(?:\s*,\s*|\s+){_YEAR})$", re.I)
_RE_DMY = re.compile(rf"^{_DAYNUM}\s+(?:of\s+)?({_MONTH_RE})\.?,?\s+{_YEAR}$", re.I)
_RE_MD = re.compile(rf"^({_MONTH_RE})\.?\s+{_DAYNUM}$", re.I)
_RE_DM = re.compile(rf"^{_DAYNUM}\s+(?:of\s+)?({_MONTH_RE})\.?$", re.I)
_RE_MY = re.compile(rf"^({_MONTH_RE})\.?,?\s+(?:of\s+)?{_YEAR}$", re.I)
_RE_NUMERIC = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})$")
_RE_YEAR = re.compile(rf"^(?:the\s+year\s+)?{_YEAR}$", re.I)
_RE_DECADE = re.compile(r"^(?:the\s+)?(?:(1[5-9]|20)(\d)0|'?(\d)0)'?s$", re.I)
_RE_CLOCK = re.compile(r"(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?", re.I)
_RE_AGO = re.compile(r"^(\w+|\d+)\s+(day|week|month|year|decade|hour)s?\s+(ago|earlier|before|later|from now|hence)$", re.I)
_RE_QUARTER = re.compile(r"^(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|last|final)\s+(?:fiscal\s+)?quarter(?:\s+of\s+(.+))?$", re.I)

_LEAD = re.compile(r"^(?:on|in|at|during|by|since|until|from|for|of|around|about|since|as of|"
                   r"before|after)\s+", re.I)
_FISCAL = re.compile(r"^(?:fiscal(?:\s+year)?|fy)\s*(?=(?:19|20)\d\d$)")
_RANGE = re.compile(rf"^((?:{_MONTH_RE})\.?\s+\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|—|to|through|and)\s*"
                    r"\d{1,2}(?:st|nd|rd|th)?((?:,?\s+(?:19|20)\d\d)?)$", re.I)
# zone words after a clock time: an offset where the name says it, none where it does not
# ("ET" is EST or EDT by the season; the local time is still right)
ZONE_OFFSETS = {"utc": "Z", "gmt": "Z", "z": "Z", "est": "-05:00", "edt": "-04:00", "cst": "-06:00",
                "cdt": "-05:00", "mst": "-07:00", "mdt": "-06:00", "pst": "-08:00", "pdt": "-07:00",
                "et": "", "ct": "", "mt": "", "pt": ""}
_MODIFIER = re.compile(r"^(?:early|late|mid|the\s+(?:end|start|beginning|middle|close|rest)\s+of"
                       r"|the\s+(?:early|late)\s+part\s+of|the\s+first\s+half\s+of"
                       r"|the\s+second\s+half\s+of|earlier|later)[-\s]+(?:the\s+)?", re.I)


def parse(text: str) -> Timex | None:
    """The meaning of a time expression in words, or None when it is not one we know."""
    raw = " ".join(text.replace("\u00a0", " ").split())
    t = raw.strip(" ,.;:").lower().replace("’", "'")
    t = _LEAD.sub("", t)
    t = _MODIFIER.sub("", t).strip()
    t = re.sub(r"^(?:this\s+)?past\s+", "last ", t)
    t = _FISCAL.sub("", t)          # "fiscal 2024", "FY2024": the year
    t = _RANGE.sub(r"\1\2", t)      # "Jan. 3-5", "March 3 to 5, 2024": the first day
    if not t:
        return None
    dated = _DATED_WEEKDAY.match(t)
    if dated:       # "Friday, March 17": the date says it; the weekday only repeats it
        inner = parse(dated.group(1))
        if inner is not None and inner.granularity == "day":
            return inner
    for parser in (_parse_ref, _parse_absolute, _parse_anaphoric_shift, _parse_relative, _parse_weekday,
                   _parse_month, _parse_anaphor, _parse_duration):
        result = parser(t)
        if result is not None:
            return result
    return None


_DATED_WEEKDAY = re.compile(r"^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(.*\d.*)$")
_RE_CLOCK_EXPR = re.compile(
    r"^(\d{1,2})(?::(\d{2})|(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?\s*(utc|gmt|z|[ecmp][sd]?t)?(?:\s*\(.*\))?"
    r"(?:\s+(today|yesterday|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday))?$",
    re.I)
SET_WORDS = {"annual", "annually", "weekly", "daily", "monthly", "yearly", "quarterly",
             "each year", "every year", "every day", "each day", "every week", "nightly"}


def _parse_clock(t: str) -> Timex | None:
    m = _RE_CLOCK_EXPR.match(t)
    if not m or not (m.group(2) or m.group(4) or m.group(3) and m.group(5)):
        return None     # "2009" is a year; "0800 UTC" and "8 p.m." are times
    hhmm = _clock_value(int(m.group(1)), int(m.group(2) or m.group(3) or 0), m.group(4))
    if hhmm is None:
        return None
    clock = hhmm + ZONE_OFFSETS.get((m.group(5) or "").lower(), "")
    day = (m.group(6) or "").lower()
    if day in WEEKDAYS:
        return Timex("weekday", "time", weekday=WEEKDAYS[day], part=clock, description=t, type="TIME")
    off = {"yesterday": -1, "tomorrow": 1}.get(day, 0)
    if day:
        return Timex("rel", "time", offset=off, part=clock, description=t, type="TIME")
    return Timex("anaphor", "time", offset=0, part=clock, description=t, type="TIME")


def _parse_ref(t: str) -> Timex | None:
    if t in SET_WORDS:
        return Timex("set", "set", value=None, description=t, type="SET")
    if t in PARTS_OF_DAY and t != "tonight":
        return Timex("anaphor", "time", offset=0, part=PARTS_OF_DAY[t], description=t, type="TIME")
    if m := re.match(r"^(first|second|third|fourth)[-\s]quarter$", t):
        return Timex("rel", "quarter", offset=0, quarter=ORDINALS[m.group(1)], description=t)
    clock = _parse_clock(t)
    if clock is not None:
        return clock
    if t in PRESENT_WORDS or t in {"the present", "today's"}:
        return Timex("ref", "ref", value="PRESENT_REF", description="the present")
    if t in PAST_WORDS:
        return Timex("ref", "ref", value="PAST_REF", description="the past")
    if t in FUTURE_WORDS:
        return Timex("ref", "ref", value="FUTURE_REF", description="the future")
    return None


def _parse_absolute(t: str) -> Timex | None:
    if m := _RE_ISO.match(t):
        y, mo, d = map(int, m.groups())
        return Timex("abs", "day", year=y, month=mo, day=d)
    if m := _RE_MDY.match(t):
        return Timex("abs", "day", year=int(m.group(3)), month=MONTHS[m.group(1).lower()], day=int(m.group(2)))
    if m := _RE_DMY.match(t):
        return Timex("abs", "day", year=int(m.group(3)), month=MONTHS[m.group(2).lower()], day=int(m.group(1)))
    if m := _RE_NUMERIC.match(t):
        mo, d, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        y = y + 2000 if y < 100 else y
        return Timex("abs", "day", year=y, month=mo, day=d)
    if m := _RE_MY.match(t):
        return Timex("abs", "month", year=int(m.group(2)), month=MONTHS[m.group(1).lower()])
    if m := _RE_YEAR.match(t):
        return Timex("abs", "year", year=int(m.group(1)))
    if m := re.match(r"^'(\d\d)$", t):      # '82
        return Timex("abs", "year", year=1900 + int(m.group(1)) if int(m.group(1)) > 30 else 2000 + int(m.group(1)))
    if m := _RE_DECADE.match(t):
        if m.group(1):
            return Timex("abs", "decade", value=f"{m.group(1)}{m.group(2)}")
        return Timex("abs", "decade", value=f"19{m.group(3)}", description=f"the {m.group(3)}0s")
    if m := _RE_QUARTER.match(t):
        q = ORDINALS.get(m.group(1).lower())
        rest = m.group(2)
        base = parse(rest) if rest else None
        if q is None:   # "the last quarter": the previous quarter
            return Timex("rel", "quarter", offset=-1, description="the previous quarter")
        if base is not None and base.granularity == "year":
            return replace(base, granularity="quarter", quarter=q)
        return Timex("rel", "quarter", offset=0, quarter=q, description=f"Q{q} of the current year")
    for season, code in SEASONS.items():
        if m := re.match(rf"^{season}\s+(?:of\s+)?{_YEAR}$", t):
            return Timex("abs", "season", year=int(m.group(1)), season=code)
    return None


_REL_WORDS = {"last": -1, "previous": -1, "past": -1, "this": 0, "current": 0, "next": 1,
              "coming": 1, "following": 1, "the coming": 1, "the next": 1, "the last": -1,
              "the previous": -1, "the past": -1, "the following": 1, "the current": 0,
              "earlier this": 0, "later this": 0, "the same": None, "that": None}


# "the previous year" counts from the time the article spoke of last, "last year" from today;
# "the next day" too, where "the next year" is most often the coming one
_ANAPHORIC_SHIFT = re.compile(
    r"^(?:the (previous|prior|preceding|following|next) (day|week|month|year)(?<!next week)(?<!next month)(?<!next year)"
    r"|the (day|week|month|year) (before|previous|prior|earlier|after|later)"
    r"|the (entire|whole|full) (year|month))$")


def _parse_anaphoric_shift(t: str) -> Timex | None:
    m = _ANAPHORIC_SHIFT.match(t)
    if m is None:
        return None
    word, unit = (m.group(1), m.group(2)) if m.group(1) else \
        (m.group(4), m.group(3)) if m.group(3) else (m.group(5), m.group(6))
    shift = {"following": 1, "next": 1, "after": 1, "later": 1, "entire": 0, "whole": 0, "full": 0}.get(word, -1)
    return Timex("anaphor", unit, offset=shift, description=t)


def _parse_relative(t: str) -> Timex | None:
    simple = {"today": ("day", 0), "tonight": ("day", 0), "yesterday": ("day", -1),
              "tomorrow": ("day", 1), "this morning": ("day", 0), "this afternoon": ("day", 0),
              "this evening": ("day", 0), "last night": ("day", -1),
              "tomorrow morning": ("day", 1), "yesterday morning": ("day", -1),
              "the day before yesterday": ("day", -2), "the day after tomorrow": ("day", 2)}
    if t in simple:
        unit, off = simple[t]
        part = next((code for word, code in PARTS_OF_DAY.items() if word in t), None)
        desc = t
        return Timex("rel", "time" if part else "day", offset=off, part=part, description=desc,
                     type="TIME" if part else "DATE")
    if m := _RE_AGO.match(t):
        n = _num(m.group(1))
        unit, word = m.group(2).lower(), m.group(3).lower()
        if n is None:
            return Timex("ref", "ref", value="PAST_REF" if word in {"ago", "earlier", "before"} else "FUTURE_REF",
                         description=t)
        sign = -1 if word in {"ago", "earlier", "before"} else 1
        if unit == "hour":
            return Timex("ref", "ref", value="PRESENT_REF", description=t)
        if word in {"later", "earlier", "before"}:
            # "three days later": after the day the article spoke of, not after today
            days = {"day": 1, "week": 7}.get(unit)
            return Timex("anaphor", "day" if days else "year" if unit == "decade" else unit,
                         offset=sign * n * (days or (10 if unit == "decade" else 1)), description=t)
        if unit in {"day", "week"}:     # "a week ago" is a day: the anchor less seven days
            return Timex("rel", "day", offset=sign * n * (7 if unit == "week" else 1), description=t)
        if unit == "decade":
            return Timex("rel", "year", offset=sign * n * 10, description=t)
        return Timex("rel", unit, offset=sign * n, description=t)
    m = re.match(r"^(the last|the previous|the past|the coming|the next|the following|the current|"
                 r"the same|earlier this|later this|last|previous|this|next|coming|current|that)\s+"
                 r"(day|week|weekend|month|year|quarter|decade|century|spring|summer|autumn|fall|winter)$", t)
    if m:
        rel, unit = m.group(1), m.group(2)
        off = _REL_WORDS.get(rel)
        if off is None:
            return Timex("anaphor", _unit_granularity(unit), description=t)
        if unit in SEASONS:
            return Timex("rel", "season", offset=off, season=SEASONS[unit], description=t)
        if unit == "weekend":
            return Timex("rel", "week", offset=off, part="WE", description=t)
        return Timex("rel", _unit_granularity(unit), offset=off, description=t)
    if t == "the day":
        # "later in the day", "on the day": the day the article is telling of
        return Timex("anaphor", "day", offset=0, description=t)
    if m := re.match(r"^(?:the\s+)?(day|week|month|year|century|decade|weekend)$", t):
        # "the year", "the century" in news: the one the article is written in
        unit = m.group(1)
        return Timex("rel", _unit_granularity(unit), offset=0, part="WE" if unit == "weekend" else None,
                     description=f"the current {unit}")
    if m := re.match(rf"^(this|last|next)\s+({'|'.join(PARTS_OF_DAY)})$", t):
        off = {"this": 0, "last": -1, "next": 1}[m.group(1)]
        return Timex("rel", "time", offset=off, part=PARTS_OF_DAY[m.group(2)], description=t, type="TIME")
    if m := re.match(r"^(?:the\s+)?(\w+)\s+(?:of\s+)?(this|last|next)\s+(week|month|year)$", t):
        # "the end of last year" is handled by _MODIFIER; here "Monday of next week" etc.
        inner = parse(m.group(1))
        if inner is not None and inner.kind == "weekday":
            return replace(inner, direction={"this": "this", "last": "last", "next": "next"}[m.group(2)])
    return None


def _unit_granularity(unit: str) -> str:
    return {"weekend": "week", "spring": "season", "summer": "season", "autumn": "season",
            "fall": "season", "winter": "season"}.get(unit, unit)


def _parse_weekday(t: str) -> Timex | None:
    words = t.split()
    direction = None
    if words and words[0] in {"last", "next", "this", "coming", "past"}:
        direction = {"coming": "next", "past": "last"}.get(words[0], words[0])
        words = words[1:]
    if not words:
        return None
    day = WEEKDAYS.get(words[0].rstrip("'s").rstrip("."))
    if day is None:
        return None
    rest = words[1:]
    part = None
    if rest:
        if rest[0] in PARTS_OF_DAY:
            part = PARTS_OF_DAY[rest[0]]
        elif m := _RE_CLOCK.fullmatch(" ".join(rest).replace(" utc", "").replace(" gmt", "")):
            part = _clock(m)
        elif rest[0] in {"night"}:
            part = "NI"
        else:
            return None
    return Timex("weekday", "time" if part else "day", weekday=day, direction=direction, part=part,
                 description=t, type="TIME" if part else "DATE")


def _clock(m: re.Match) -> str | None:
    return _clock_value(int(m.group(1)), int(m.group(2) or 0), m.group(3))


def _clock_value(h: int, mi: int, ampm: str | None) -> str | None:
    """HH:MM from hour, minute and an optional a.m./p.m."""
    ampm = (ampm or "").lower().replace(".", "")
    if ampm == "pm" and h < 12:
        h += 12
    if ampm == "am" and h == 12:
        h = 0
    if h > 23 or mi > 59:
        return None
    return f"{h:02d}:{mi:02d}"


def _parse_month(t: str) -> Timex | None:
    words = t.split()
    direction = None
    if words and words[0] in {"last", "next", "this", "coming", "past"}:
        direction = {"coming": "next", "past": "last"}.get(words[0], words[0])
        words = words[1:]
    if len(words) == 1 and words[0].rstrip(".") in MONTHS and len(words[0]) > 2 and words[0] != "may" or (
            len(words) == 1 and words[0] == "may" and direction):
        return Timex("month", "month", month=MONTHS[words[0].rstrip(".")], direction=direction, description=t)
    joined = " ".join(words)
    if m := _RE_MD.match(joined):
        return Timex("month", "day", month=MONTHS[m.group(1).lower()], day=int(m.group(2)), direction=direction,
                     description=t)
    if m := _RE_DM.match(joined):
        return Timex("month", "day", month=MONTHS[m.group(2).lower()], day=int(m.group(1)), direction=direction,
                     description=t)
    if len(words) == 1 and words[0] in SEASONS:
        return Timex("rel", "season", offset=0, season=SEASONS[words[0]], description=t)
    return None


_A_YEAR_BEFORE = re.compile(
    r"^(?:the|that) same (day|week|month|period|time) (?:a year (?:ago|earlier|before)|last year"
    r"|(?:of |in )?the (?:previous|prior|preceding) year|(?:of |in )?the year (?:before|earlier))$")


def _parse_anaphor(t: str) -> Timex | None:
    if m := _A_YEAR_BEFORE.match(t):
        # "sales fell in January, against the same month a year ago": January, a year back
        gran = {"period": "month", "time": "day"}.get(m.group(1), m.group(1))
        return Timex("anaphor", gran, offset=0, years=-1, description=t)
    m = re.match(r"^(?:the same|that|the very same|the following|the next|the previous|the)\s+"
                 r"(day|week|month|year|time|morning|evening|night|afternoon)$", t)
    if m:
        word = m.group(1)
        shift = {"following": 1, "next": 1, "previous": -1}.get(t.split()[1], 0) if t.startswith("the ") else 0
        gran = {"time": "day", "morning": "time", "evening": "time", "night": "time", "afternoon": "time"}.get(word, word)
        return Timex("anaphor", gran, offset=shift, part=PARTS_OF_DAY.get(word), description=t)
    if t in {"then", "at the time", "at that time"}:
        return Timex("anaphor", "day", offset=0, description=t)
    if m := re.match(r"^(?:the\s+)?(?:(\d+)(?:st|nd|rd|th)\s+century|(twenty-first|twentieth|nineteenth|21st|20th|19th)\s+century)$", t):
        word = m.group(1) or m.group(2)
        n = {"twenty-first": 21, "twentieth": 20, "nineteenth": 19, "21st": 21, "20th": 20, "19th": 19}.get(word) or int(word)
        return Timex("abs", "century", value=f"{n - 1:02d}")
    return None


def _parse_duration(t: str) -> Timex | None:
    if m := re.match(r"^(?:a|an|one|\d+|\w+)[-\s](day|week|month|year|hour|minute|decade)s?(?:[-\s]long)?$", t):
        first = t.split("-")[0].split()[0]
        n = _num(first)
        unit = m.group(1)
        code = UNITS[unit]
        value = f"P{n if n is not None else 'X'}{code}" if unit not in {"hour", "minute"} else \
            f"PT{n if n is not None else 'X'}{'H' if unit == 'hour' else 'M'}"
        return Timex("duration", "duration", value=value, description=t, type="DURATION")
    if re.match(r"^(?:the\s+)?(?:past|last|next|coming)\s+(\w+|\d+)\s+(day|week|month|year|decade)s$", t):
        return Timex("duration", "duration", value="PXD", description=t, type="DURATION")
    if re.match(r"^(?:(?:just|nearly|almost|about|around|more than|less than|over|under|at least)\s+)?"
                r"(?:several|many|a few|few|some|\d+|\w+)\s+(?:straight\s+|consecutive\s+|trading\s+)?"
                r"(day|week|month|year|decade|hour|minute|quarter)s?$", t) and not t.split()[0] in {"last", "next", "this", "that"}:
        return Timex("duration", "duration", value="PXD", description=t, type="DURATION")
    if t in {"years", "decades", "months", "weeks", "days", "centuries"}:
        return Timex("duration", "duration", value="PX" + t[0].upper(), description=t, type="DURATION")
    if re.match(r"^\d+\s+a\s+(day|week|month|year)$", t):
        return Timex("set", "set", description=t, type="SET")
    if re.match(r"^(?:several|many|a few|few|some|\d+|\w+)\s+(day|week|month|year|decade|hour|minute)s$", t):
        parts = t.split()
        n = _num(parts[0])
        unit = re.sub(r"s$", "", parts[1])
        value = f"P{n if n is not None else 'X'}{UNITS.get(unit, 'D')}"
        return Timex("duration", "duration", value=value, description=t, type="DURATION")
    return None


# -- resolution ---------------------------------------------------------------------
