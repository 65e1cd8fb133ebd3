"""Timelines: a continuous axis, the step from the range, ticks with their year."""
from newsgraph.web.timeline import layout, parse_day, series_counts, step_for
from datetime import date


def test_every_bucket_between_first_and_last_is_on_the_axis_even_empty():
    counts = series_counts([("2022-12-20", "CONSULT"), ("2023-02-27", "ACCUSE"), ("not a date", "X")])
    assert counts["step"] == "week" and counts["undated"] == 1 and counts["dated"] == 2
    starts = [b["start"] for b in counts["buckets"]]
    assert starts[0] == "2022-12-19" and starts[-1] == "2023-02-27" and len(starts) == 11
    assert sum(b["total"] for b in counts["buckets"]) == 2


def test_the_step_follows_the_range():
    assert step_for(date(2023, 1, 1), date(2023, 1, 20)) == "day"
    assert step_for(date(2023, 1, 1), date(2023, 9, 1)) == "week"
    assert step_for(date(2020, 1, 1), date(2023, 9, 1)) == "month"
    assert step_for(date(1990, 1, 1), date(2023, 9, 1)) == "year"


def test_a_new_year_gets_a_labelled_tick():
    counts = series_counts([("2022-11-01", "a"), ("2023-03-01", "a")])
    ticks = layout(counts)["ticks"]
    # the first week begins on Monday 31 October
    assert [t["text"] for t in ticks if t["year"]] == ["Oct 2022", "Jan 2023"]
    xs = [t["x"] for t in ticks]
    assert xs == sorted(xs)


def test_a_few_far_dates_do_not_stretch_the_axis():
    items = [(f"2023-03-{d:02d}", "a") for d in range(1, 29)] * 3 + [("1977-05-01", "a")]
    counts = series_counts(items)
    assert counts["before"] == 1 and counts["buckets"][0]["start"].startswith("2023")
    whole = series_counts(items, trim=False)
    assert whole["before"] == 0 and whole["step"] == "year"


def test_date_values_of_a_week_or_a_month_have_a_day():
    assert parse_day("2023-W11") == date(2023, 3, 13)
    assert parse_day("2023-03") == date(2023, 3, 1)
    assert parse_day("PAST_REF") is None


def test_stacked_rectangles_add_up_to_the_bucket():
    counts = series_counts([("2023-01-02", "a"), ("2023-01-02", "b"), ("2023-01-03", "a")])
    rects = layout(counts, height=100)["rects"]
    first_day = [r for r in rects if r["title"].startswith("2023-01-02")]
    assert len(first_day) == 2 and round(sum(r["h"] for r in first_day)) == 100


def test_counted_rows_give_what_the_rows_give():
    rows = [("2023-01-02", "a"), ("2023-01-02", "a"), ("2023-01-09", "b")] * 30 + [("1977-05-01", "a")]
    counted = [("2023-01-02", "a", 60), ("2023-01-09", "b", 30), ("1977-05-01", "a", 1)]
    assert series_counts(rows) == series_counts(counted)
    assert series_counts(counted)["before"] == 1
