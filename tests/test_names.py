"""The writer's name from a byline (names.py)."""
import pytest

from newsgraph import extract
from newsgraph.names import byline_name


@pytest.mark.parametrize("author, name", [
    ("Ana Ruiz", "Ana Ruiz"),
    ("By ANA B. RUIZ", "Ana B. Ruiz"),                 # a print byline in capitals
    ("Ana Ruiz, Harbour Gazette", "Ana Ruiz"),         # the outlet after the comma
    ("Ana , Ruiz, HARBOUR GAZETTE", "Ana Ruiz"),       # a comma typed with a space before it
    ("Ruiz, Ana", "Ruiz, Ana"),                        # surname first: left as written
    ("Ana Ruiz and Tomas Berg", "Ana Ruiz and Tomas Berg"),
])
def test_byline_name(author, name):
    assert byline_name(author) == name


def test_the_writers_i_is_named_from_the_byline():
    text = "Port Mara news.\n\nLast month, when I asked the mayor about the fees, I said the port would close."
    record = extract(text, author="Ana , Ruiz, HARBOUR GAZETTE")
    named = {q.speaker.name for q in record.quotes if q.speaker is not None and q.speaker.text == "I"}
    assert named == {"Ana Ruiz"}
