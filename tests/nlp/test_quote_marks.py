from newsgraph.nlp.quotes.marks import find_direct_quotes


def _found(text):
    return [[text[s:e] for s, e in q] for q in find_direct_quotes(text)]


def test_curly_and_straight_quotes():
    text = 'He said “one thing,” then "another" and it’s fine.'
    assert _found(text) == [["“one thing,”"], ['"another"']]


def test_apostrophe_is_never_a_quote_mark():
    assert _found("China’s envoy said the talks’ outcome was ‘good’.") == []


def test_paragraph_continuation():
    text = "“First part of it.\n\n“Second part,” she said.\nAfter."
    assert _found(text) == [["“First part of it.", "“Second part,”"]]


def test_stray_open_mark_loses_nothing_else():
    text = "A stray “ mark here.\nThen “a real quote” follows.\n“And another.”"
    assert _found(text) == [["“a real quote”"], ["“And another.”"]]


def test_stray_close_mark_is_ignored():
    assert _found("Odd” mark, then “fine” text.") == [["“fine”"]]


def test_double_apostrophe_wire_style():
    text = "He said, ''It is more tinkering,'' and left."
    assert _found(text) == [["''It is more tinkering,''"]]


def test_closing_mark_used_as_opener_at_paragraph_start():
    from newsgraph.nlp.quotes.marks import find_direct_quotes
    text = "Readers wrote in.\n\n”The mayor has failed us.” ― Ana Ruiz\n\nShe was not alone."
    spans = find_direct_quotes(text)
    assert [text[s:e] for q in spans for s, e in q] == ["”The mayor has failed us.”"]


def test_an_opening_mark_that_ends_an_open_quotation_closes_it():
    # a typo common in web copy: “…,“ and “….“ at a paragraph's end
    text = "“It is over,“ she said. “The port will not reopen.“\n\nThe council met at noon."
    assert _found(text) == [["“It is over,“"], ["“The port will not reopen.“"]]


def test_an_opening_mark_before_a_word_still_opens():
    text = "She called it “a plan“and left. “Next,” he said."
    assert ["“Next,”"] in _found(text)
