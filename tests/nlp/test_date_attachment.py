"""Which date a quote or event gets, and why: hand-written sentences, published 2023-03-20 (a Monday)."""
import pytest

from newsgraph import extract

PUBLISHED = "2023-03-20"


def _quote(text, containing):
    record = extract(text, published=PUBLISHED)
    return next(q for q in record.quotes if containing in q.text), record


def test_a_date_governing_the_cue_dates_the_quote():
    q, _ = _quote("The mayor said on Friday that the bridge would reopen.", "bridge")
    assert (q.date.value, q.date.inferred, q.date.reason) == ("2023-03-17", False, "governs its clause")


def test_a_sentence_opening_date_dates_every_clause():
    text = "On Thursday, the minister visited Lima, and the president said the plan would fail."
    q, record = _quote(text, "plan")
    assert (q.date.value, q.date.reason) == ("2023-03-16", "opens its sentence")
    [visit] = [e for e in record.events if e.trigger_text == "visited"]
    assert visit.date.value == "2023-03-16"


def test_an_opening_date_without_its_comma_is_no_frame():
    q, _ = _quote("Thursday was calm. The president said the plan would fail.", "plan")
    assert q.date.inferred and q.date.reason == "publication date"


def test_a_date_closing_a_past_report_dates_the_saying():
    q, _ = _quote("The mayor declared the two towns had signed a pact last year, per the Daily Ledger.", "pact")
    assert (q.date.value, q.date.inferred) == ("2022", False)


def test_a_date_inside_a_forecast_does_not_date_the_saying():
    q, _ = _quote("The mayor said the two towns would sign a pact next year.", "pact")
    assert q.date.inferred and q.date.value == PUBLISHED


def test_today_inside_a_dated_quote_is_the_day_it_was_said():
    text = "In a post on Thursday, Mayor Ana Ruiz wrote: “Today I spoke with the governor about the bridge.”"
    q, record = _quote(text, "governor")
    assert q.date.value == "2023-03-16"
    [today] = [d for d in record.dates if d.text == "Today"]
    assert (today.value, today.anchor) == ("2023-03-16", "quote")


def test_today_in_an_undated_quote_is_the_publication_day():
    _, record = _quote("Mayor Ana Ruiz wrote: “Today I spoke with the governor about the bridge.”", "governor")
    [today] = [d for d in record.dates if d.text == "Today"]
    assert (today.value, today.anchor) == (PUBLISHED, "publication")


@pytest.mark.parametrize("text", ["The council met. Its leader said nothing would change."])
def test_every_date_says_why(text):
    record = extract(text, published=PUBLISHED)
    assert record.quotes and all(q.date.reason for q in record.quotes)


def test_a_quote_continuing_the_speakers_dated_report_takes_its_date():
    text = ("Mayor Ana Ruiz, who met the governor on Thursday, later tweeted that the talks had gone well.\n"
            "“Today we agreed on a plan to rebuild the old bridge before the winter,” tweeted Ruiz.")
    first, _ = _quote(text, "talks")
    assert (first.date.value, first.date.reason) == ("2023-03-16", "named in its sentence")
    q, record = _quote(text, "old bridge")
    assert q.speaker.name == "Ruiz"          # "tweeted Ruiz", parsed as one noun phrase, is Ruiz
    assert (q.date.value, q.date.inferred, q.date.reason) == ("2023-03-16", True, "the speaker's previous quote")
    [today] = [d for d in record.dates if d.text == "Today"]
    assert today.value == "2023-03-16" and today.anchor == "quote"


def test_another_speakers_quote_does_not_inherit_the_date():
    text = ("On Thursday, Mayor Ana Ruiz said the talks had gone well.\n"
            "“We will see,” said Governor Tomas Brell.")
    q, _ = _quote(text, "We will see")
    assert q.date.reason == "publication date"


def test_a_date_and_a_relative_phrase_after_its_comma_are_two_expressions():
    record = extract("The launch was moved to March 24, three days later than planned.", published=PUBLISHED)
    # "three days later than planned" compares the day with the plan: it is still March 24
    assert [(d.text, d.value) for d in record.dates] == [("March 24", "2023-03-24"), ("three days later", "2023-03-24")]
    record = extract("The vote is on Friday, March 24 in the capital.", published=PUBLISHED)
    assert [(d.text, d.value) for d in record.dates] == [("Friday, March 24", "2023-03-24")]


DATELINED = ("Council delays vote on harbour plan\nSaturday, March 2, 2024\n"
             "The Port Mara council delayed its vote yesterday. \"We will vote next week,\" Ines Madaki said.")


def test_without_a_publication_date_the_dateline_anchors_the_dates():
    record = extract(DATELINED)
    values = {d.text: d.value for d in record.dates}
    assert values["yesterday"] == "2024-03-01"
    assert values["next week"] == "2024-W10"
    assert any("dateline 2024-03-02" in w for w in record.warnings)
    [q] = record.quotes
    assert (q.date.value, q.date.reason) == ("2024-03-02", "publication date")


def test_a_given_publication_date_wins_over_the_dateline():
    record = extract(DATELINED, published="2024-03-05")
    assert {d.text: d.value for d in record.dates}["yesterday"] == "2024-03-04"
    assert not any("dateline" in w for w in record.warnings)


def test_an_unreadable_publication_date_gives_way_to_the_dateline():
    # day and month can be read either way: the dateline settles it
    record = extract(DATELINED, published="02-03-2024")
    assert {d.text: d.value for d in record.dates}["yesterday"] == "2024-03-01"
    [warning] = [w for w in record.warnings if "dateline" in w]
    assert "'02-03-2024' is not a date" in warning and "2024-03-02" in warning


def test_an_unreadable_publication_date_without_a_dateline_leaves_dates_relative():
    record = extract("Council delays vote\nThe council delayed its vote yesterday.", published="02-03-2024")
    assert {d.text: d.value for d in record.dates}["yesterday"] is None
    assert any("not a date" in w and "left relative" in w for w in record.warnings)


@pytest.mark.parametrize("text", [
    "Council delays vote\nThe council met on March 2, 2024, and delayed its vote yesterday.",
    "Council delays vote\nOne\nTwo\nThree\nFour\nMarch 2, 2024\nIt delayed its vote yesterday.",
    "Council delays vote\nMarch 2\nIt delayed its vote yesterday.",
])
def test_no_dateline_no_anchor(text):
    record = extract(text)
    assert {d.text: d.value for d in record.dates}.get("yesterday") is None


def test_a_weekday_and_its_part_of_day_tagged_apart_are_one_expression():
    # NER sometimes tags "Thursday" DATE and "night" TIME: one expression, not two
    import spacy
    from spacy.tokens import Doc, Span

    from newsgraph.nlp.dates.component import find_dates
    doc = Doc(spacy.blank("en").vocab, words=["The", "board", "met", "Thursday", "night", "."])
    doc.ents = [Span(doc, 3, 4, label="DATE"), Span(doc, 4, 5, label="TIME")]
    assert [(g.start, g.end) for g in find_dates(doc)] == [(3, 5)]


def test_a_modal_outlook_names_the_coming_month():
    # published in June: "should close in October" is this October, not last
    record = extract("The Port Mara ferry is idle, and repairs to it should end in October.", published="2023-06-05")
    assert {d.text: d.value for d in record.dates}["October"] == "2023-10"
    # a weekday under a modal is as near as ever: the vote of the Friday just past
    record = extract("Friday's vote on the harbour fees might still be overturned by the council.",
                     published="2023-06-04")
    assert {d.text: d.value for d in record.dates}["Friday"] == "2023-06-02"


def test_the_same_month_a_year_ago_inside_a_dated_report_is_the_month_it_named():
    record = extract("Ines Madaki said on Tuesday that ferry bookings climbed in February against "
                     "the same month a year ago.", published="2010-03-03")
    values = {d.text: d.value for d in record.dates}
    assert values["February"] == "2010-02"
    assert values["the same month a year ago"] == "2009-02"


@pytest.mark.parametrize("text, expected", [
    ("The plant closed at 9:30 UTC Monday, officials in Port Mara said.",
     [("9:30 UTC Monday", "2023-03-20T09:30Z")]),
    ("The talks began at 16:15 UTC, March 20, in Port Mara.",
     [("16:15 UTC", "2023-03-20T16:15Z"), ("March 20", "2023-03-20")]),
    ("The talks began at 3 p.m. on Monday.", [("3 p.m.", "2023-03-20T15:00"), ("Monday", "2023-03-20")]),
])
def test_a_clock_time_is_on_the_day_named_right_after_it(text, expected):
    # published on Wednesday 22 March: the day named after the time, not the publication day
    assert [(d.text, d.value) for d in extract(text, published="2023-03-22").dates] == expected
