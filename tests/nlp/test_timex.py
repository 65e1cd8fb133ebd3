"""Time expressions: parsing and resolution are pure functions, tested without spaCy."""
from datetime import date

import pytest

from newsgraph.nlp.dates.resolve import Mentioned, parse_anchor, resolve
from newsgraph.nlp.dates.timex import parse

MONDAY = date(2023, 3, 20)


def value(text, anchor=MONDAY, tense=None, last_day=None):
    tx = parse(text)
    assert tx is not None, text
    return resolve(tx, anchor, tense, Mentioned.at(last_day) if last_day else None).value


@pytest.mark.parametrize("text, tense, expected", [
    ("Monday", "past", "2023-03-20"),            # arrived on Monday, in a Monday article
    ("on Thursday", "past", "2023-03-16"),
    ("Friday", "past", "2023-03-17"),
    ("Friday", "future", "2023-03-24"),           # will meet on Friday
    ("next Tuesday", None, "2023-03-21"),         # the coming one
    ("last year", None, "2022"),
    ("December", "past", "2022-12"),
    ("December", "future", "2023-12"),
    ("March 3", "past", "2023-03-03"),
    ("March 3, 2009", None, "2009-03-03"),
    ("3 March 2009", None, "2009-03-03"),
    ("April 1997", None, "1997-04"),
    ("2009", None, "2009"),
    ("the past week", None, "2023-W11"),
    ("this month", None, "2023-03"),
    ("two days ago", None, "2023-03-18"),
    ("a week ago", None, "2023-03-13"),
    ("earlier this year", None, "2023"),
    ("in the 1990s", None, "199"),
    ("the 70s", None, "197"),
    ("tonight", None, "2023-03-20TNI"),
    ("Friday morning", "past", "2023-03-17TMO"),
    ("14:00 UTC", None, "2023-03-20T14:00Z"),
    ("now", None, "PRESENT_REF"),
    ("recently", None, "PAST_REF"),
    ("soon", None, "FUTURE_REF"),
    ("the first quarter of last year", None, "2022-Q1"),
    ("the fourth quarter of 2005", None, "2005-Q4"),
    ("this summer", None, "2023-SU"),
    ("the century", None, "20"),
    ("the year", None, "2023"),
    ("yesterday", None, "2023-03-19"),
])
def test_values(text, tense, expected):
    assert value(text, tense=tense) == expected


def test_anaphor_takes_the_last_day_mentioned():
    assert value("the same day", last_day=date(2023, 3, 16)) == "2023-03-16"
    assert value("that week", last_day=date(2023, 3, 16)) == "2023-W11"


@pytest.mark.parametrize("text, expected", [
    ("the same month a year ago", "2022-01"),
    ("the same period last year", "2022-01"),
    ("the same month of the previous year", "2022-01"),
    ("the same day a year earlier", "2022-01-10"),
])
def test_the_same_time_a_year_before_is_the_last_mention_a_year_back(text, expected):
    # "sales fell in January, against the same month a year ago"; the last day named: January 10
    tx = parse(text)
    assert resolve(tx, MONDAY, "past", Mentioned.at(date(2023, 1, 10))).value == expected


def test_the_same_month_is_the_last_month_mentioned():
    last = Mentioned.at(MONDAY).after("2023-01", "month")
    assert resolve(parse("the same month"), MONDAY, None, last).value == "2023-01"
    assert resolve(parse("the same day"), MONDAY, None, last).value == "2023-03-20"


@pytest.mark.parametrize("text, expected", [
    ("the previous year", "2005"),
    ("the year before", "2005"),
    ("the year previous", "2005"),
    ("the following year", "2007"),
    ("the entire year", "2006"),
    ("a year earlier", "2005"),
    ("three days later", "2006-11-11"),
    ("a week earlier", "2006-11-01"),
    ("the following day", "2006-11-09"),
    ("the previous month", "2006-10"),
    ("the day", "2006-11-08"),                  # "shares fell later in the day"
    ("the next day", "2006-11-09"),
])
def test_shifts_count_from_the_time_the_article_spoke_of(text, expected):
    # the article last named 8 November 2006; it was published in March 2023
    last = Mentioned.at(date(2006, 11, 8))
    assert resolve(parse(text), MONDAY, "past", last).value == expected


def test_last_year_counts_from_the_publication_date():
    assert resolve(parse("last year"), MONDAY, "past", Mentioned.at(date(2006, 11, 8))).value == "2022"
    assert resolve(parse("the next year"), MONDAY, "future", Mentioned.at(date(2006, 11, 8))).value == "2024"


def test_granularity_is_kept():
    tx = parse("December")
    assert resolve(tx, MONDAY, "past").granularity == "month"
    assert resolve(parse("last year"), MONDAY).granularity == "year"


def test_without_anchor_the_value_is_null_with_a_description():
    r = resolve(parse("last year"), None)
    assert r.value is None and r.relative
    assert resolve(parse("2009"), None).value == "2009"     # absolute needs no anchor


def test_impossible_and_absurd_dates_warn():
    r = resolve(parse("February 30, 2023"), MONDAY)
    assert r.value is None and "impossible" in r.warning
    r = resolve(parse("February 30"), MONDAY, "past")
    assert r.value is None and r.warning


def test_durations_and_sets_are_not_dates():
    assert parse("three-day").type == "DURATION"
    assert parse("six years").type == "DURATION"
    assert parse("annual").type == "SET"


def test_years_are_not_clock_times():
    assert value("2009") == "2009" and value("0800 UTC") == "2023-03-20T08:00Z"


def test_anchor_parsing():
    assert parse_anchor("2023-03-20") == (date(2023, 3, 20), None)
    assert parse_anchor("2023-03-20T10:00:00Z")[0] == date(2023, 3, 20)
    d, warning = parse_anchor("20/03/2023")
    assert d is None and "not a date" in warning
    assert parse_anchor(None) == (None, None)


@pytest.mark.parametrize("text, tense, expected", [
    ("the weekend", None, "2023-W12-WE"),            # news edge cases (#18): each resolves
    ("this past Sunday", "past", "2023-03-19"),
    ("mid-March", None, "2023-03"),
    ("early next year", None, "2024"),
    ("the end of the month", None, "2023-03"),
    ("the third fiscal quarter", None, "2023-Q3"),
    ("fiscal 2024", None, "2024"),
    ("FY2022", None, "2022"),
    ("Jan. 3-5", "past", "2023-01-03"),              # a range: its first day
    ("March 13 to 15, 2022", None, "2022-03-13"),
    ("2 p.m. ET", None, "2023-03-20T14:00"),         # ET is EST or EDT: the local time only
    ("2 p.m. EDT", None, "2023-03-20T14:00-04:00"),
    ("10:30 a.m. PST", None, "2023-03-20T10:30-08:00"),
])
def test_news_edge_cases(text, tense, expected):
    assert value(text, tense=tense) == expected


@pytest.mark.parametrize("text, expected", [
    ("Friday, March 17", "2023-03-17"),          # the date says it; the weekday repeats it
    ("Tuesday, Jan. 3", "2023-01-03"),
    ("Friday, March 17, 2006", "2006-03-17"),
    ("Friday", "2023-03-17"),
])
def test_a_weekday_before_a_date_is_the_date(text, expected):
    assert value(text, tense="past") == expected
