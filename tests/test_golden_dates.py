"""The reference article's dates, resolved against its publication date (2023-03-20)."""
import pytest

from newsgraph import extract

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def record(reference_text):
    return extract(reference_text, published="2023-03-20")


def values(record):
    return {(d.text, d.value) for d in record.dates}


@pytest.mark.parametrize("text, value", [
    ("Monday", "2023-03-20"), ("Friday", "2023-03-17"), ("Thursday", "2023-03-16"),
    ("the same day", "2023-03-16"), ("last year", "2022"), ("December", "2022-12"),
])
def test_reference_dates(record, text, value):
    assert (text, value) in values(record)


def test_century_and_year_invent_no_day(record):
    by_text = {d.text: d for d in record.dates}
    assert by_text["the century"].granularity == "century" and by_text["the century"].value == "20"
    assert by_text["the year"].value == "2023"


def test_three_day_is_a_duration(record):
    by_text = {d.text: d for d in record.dates}
    assert by_text["three-day"].type == "DURATION"


def test_every_quote_has_a_date(record):
    assert len(record.quotes) >= 10
    for q in record.quotes:
        assert q.date is not None and q.date.value
    qin = next(q for q in record.quotes if q.speaker and q.speaker.name == "Qin Gang")
    assert qin.date.value == "2023-03-16" and not qin.date.inferred
    kremlin = next(q for q in record.quotes if q.speaker and q.speaker.name == "Kremlin")
    assert kremlin.date.inferred and kremlin.date.value == "2023-03-20"


def test_without_publication_date_values_are_null_not_guessed(reference_text):
    rec = extract(reference_text)
    monday = next(d for d in rec.dates if d.text == "Monday")
    assert monday.value is None and monday.relative
    assert all(q.date.value is None and q.date.inferred for q in rec.quotes)


def test_malformed_published_is_a_warning(reference_text):
    rec = extract(reference_text, published="next Tuesday")
    assert any("publication date" in w for w in rec.warnings)


def test_the_sentence_opening_thursday_dates_the_encouragement(record):
    [request] = [e for e in record.events if e.type == "REQUEST" and e.trigger_text == "encouraged"]
    assert request.date.value == "2023-03-16" and request.date.reason == "opens its sentence"


def test_a_declaration_of_last_year_is_dated_last_year(record):
    declared = [q for q in record.quotes if q.cue_lemma == "declare"]
    assert declared and all(q.date.value == "2022" for q in declared)


def test_the_tweet_after_its_report_is_dated_the_day_it_was_sent(record):
    tweets = [q for q in record.quotes if q.cue_lemma == "tweet"]
    assert len(tweets) == 2 and all(q.date.value == "2023-03-16" for q in tweets)
    inside = [d for d in record.dates if d.text == "today"]
    assert inside and all(d.value == "2023-03-16" and d.anchor == "quote" for d in inside)
