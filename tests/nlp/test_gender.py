"""Gender for pronoun matching: titles, the article's own pronouns, then first names."""
import pytest

from newsgraph.nlp.reference.entities import EntityCluster
from newsgraph.nlp.reference.gender import first_name_gender, gender_of
from newsgraph.nlp.reference.lexicon import first_name_genders


@pytest.fixture(scope="module")
def nlp():
    import newsgraph
    return newsgraph.load()


def people(nlp, text):
    doc = nlp(text)
    return {e["name"]: e["gender"] for e in doc._.ng_entities if e["type"] == "PERSON"}


def test_first_name_table_is_loaded_and_leaves_out_names_given_to_both():
    table = first_name_genders()
    assert table["Margaret"] == "F" and table["Robert"] == "M"
    assert "Leslie" not in table and "Jean" not in table and "Kim" not in table


def test_disagreeing_first_names_of_one_cluster_say_nothing():
    assert first_name_gender(["Margaret Okafor", "Robert Okafor"]) is None
    assert first_name_gender(["Margaret Okafor", "Okafor"]) == "F"
    assert first_name_gender(["Okafor"]) is None


def test_the_first_name_decides_when_nothing_else_does(nlp):
    assert people(nlp, "Margaret Okafor arrived in Port Mara on Monday.")["Margaret Okafor"] == "F"


def test_the_articles_own_pronouns_beat_the_first_name(nlp):
    # census-wise a woman's name; the article says "his" twice
    text = "Senator Lindsey Marsh thanked his staff on Monday. Marsh praised his rivals too."
    assert people(nlp, text)["Lindsey Marsh"] == "M"


def test_one_pronoun_against_the_first_name_says_nothing(nlp):
    text = "Senator Lindsey Marsh thanked his staff on Monday. Marsh said the vote was close."
    assert people(nlp, text)["Lindsey Marsh"] is None


def test_an_object_pronoun_is_someone_else(nlp):
    text = "Judge Margaret Okafor criticized him in court. Okafor said the case was closed."
    assert people(nlp, text)["Margaret Okafor"] == "F"


def test_a_pronoun_inside_a_quotation_is_no_evidence(nlp):
    text = "Robert Okafor said: “She will win the vote.” Okafor left early."
    assert people(nlp, text)["Robert Okafor"] == "M"


def test_a_title_word_beats_everything(nlp):
    text = "Mrs. Robin Okafor said the port would reopen."
    assert people(nlp, text)["Robin Okafor"] == "F"


def test_she_skips_the_man_named_last(nlp):
    from newsgraph import extract
    text = ("Port talks\n\nDaniel Adeyemi met Grace Okafor in Port Mara on Monday. "
            "She said the talks had gone well.\n")
    q, = extract(text).quotes
    assert q.speaker.name == "Grace Okafor"


def test_cluster_without_mentions_has_no_gender():
    doc = __import__("spacy").blank("en")("x")
    assert gender_of(doc, EntityCluster(index=0, type="PERSON", name="Okafor")) is None


def test_a_pronoun_inside_what_was_said_is_no_evidence(nlp):
    text = "Robert Okafor said the scandal should worry her voters. Okafor left early."
    assert people(nlp, text)["Robert Okafor"] == "M"
