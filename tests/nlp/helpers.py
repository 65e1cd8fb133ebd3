"""Small helpers shared by the quote tests."""


def content_pieces(text, guess):
    """The text of each content span of a candidate quote."""
    return [text[s:e] for s, e in guess.content]
