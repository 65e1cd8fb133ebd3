"""Corpus actors: which person names join, and which are no actor at all."""
from newsgraph.names import actor_name
from newsgraph.store.actors import plan_merges
from newsgraph.store.rows import actor_id


def _people(*rows):
    return [(actor_id(f"person:{key}"), f"person:{key}", n) for key, n in rows]


def _joins(people):
    merges = plan_merges(people)
    name = {aid: key.split(":")[1] for aid, key, _ in people}
    return {name[src]: name[dst] for src, (dst, _) in merges.items()}


def test_initials_and_middle_names_join_the_plain_name_but_a_suffix_is_another_person():
    people = _people(("ada okafor", 5), ("ada n okafor", 2), ("ada okafor jr", 1), ("ada nneka okafor", 1))
    assert _joins(people) == {"ada n okafor": "ada okafor", "ada nneka okafor": "ada okafor"}
    # two different initials: the initials are what tells the people apart
    assert _joins(_people(("ada okafor", 5), ("ada n okafor", 2), ("ada t okafor", 2))) == {}


def test_a_lone_surname_joins_the_only_or_the_dominant_bearer_and_no_one_else():
    assert _joins(_people(("okafor", 3), ("ada okafor", 4))) == {"okafor": "ada okafor"}
    assert _joins(_people(("okafor", 3), ("ada okafor", 9), ("ben okafor", 1))) == {"okafor": "ada okafor"}
    assert _joins(_people(("okafor", 3), ("ada okafor", 5), ("ben okafor", 4))) == {}
    assert _joins(_people(("okafor", 3), ("ada okafor", 8), ("ben okafor", 2))) == {"okafor": "ada okafor"}
    assert _joins(_people(("okafor", 3), ("ada okafor", 2), ("ben okafor", 0))) == {}     # too few to tell
    # a first name is no surname
    assert _joins(_people(("tomas", 3), ("bo tomas", 4), ("tomas berg", 2))) == {}


def test_every_merge_says_why():
    people = _people(("okafor", 3), ("ada okafor", 4))
    (dst, why), = plan_merges(people).values()
    assert "only full-named 'okafor'" in why and dst == actor_id("person:ada okafor")


def test_pronouns_clauses_and_markup_are_no_actor_and_headline_verbs_are_cut():
    assert actor_name("Okafor Says", "PERSON") == "Okafor"
    assert actor_name("Ada Okafor Responds To Critics", "PERSON") == "Ada Okafor"
    assert actor_name("Will Ferries Be Next", "PERSON") is None
    assert actor_name("Okafor White House", "PERSON") is None
    assert actor_name("Okafor's agenda", "PERSON") is None and actor_name("@okafor Feed", "PERSON") is None
    assert actor_name("who", "PERSON") is None and actor_name("He", "PERSON") is None
    assert actor_name('class="x', "NORP") is None and actor_name("anti-ferry", "NORP") is None
    assert actor_name("bin Rashid", "PERSON") == "bin Rashid"
    assert actor_name("Will Okafor", "PERSON") == "Will Okafor"
    assert actor_name("Harbour Board", "ORG") == "Harbour Board"
