"""Whom a speaker speaks for, on short hand-written sentences (parsed by the real model)."""
import pytest

from newsgraph import extract


@pytest.mark.parametrize("text, name, affiliation", [
    ("A spokesperson for Northwind Energy said the plant would reopen in May.", "spokesperson",
     "Northwind Energy"),
    ("Carla Mendes, a spokeswoman for the Lisbon port authority, said the strike was over.",
     "Carla Mendes", "Lisbon port authority"),
    ("“We are reviewing the report,” a spokesman for the Finance Ministry said.", "spokesman",
     "Finance Ministry"),
    ("Acme's spokesman, Tom Reilly, said sales had doubled.", "Tom Reilly", "Acme"),
    ("Northwind spokesperson Ada Lin said the deal was signed.", "Ada Lin", "Northwind"),
    ("An official at the European Commission said talks would resume.", "official", "European Commission"),
])
def test_a_speaking_role_carries_its_organisation(text, name, affiliation):
    [q] = extract(text).quotes
    assert q.speaker.name == name and q.speaker.affiliation == affiliation


@pytest.mark.parametrize("text", [
    "Mayor Dana Ruiz said the road would reopen.",
    "Her lawyer said she would appeal.",
    "The union said the strike was over.",
])
def test_no_organisation_is_invented(text):
    [q] = extract(text).quotes
    assert q.speaker.affiliation is None


def test_affiliation_is_in_the_record_json():
    [q] = extract("A spokesman for the Port of Tallin said ships were waiting.").to_dict()["quotes"]
    assert q["speaker"]["affiliation"] == "Port of Tallin"
