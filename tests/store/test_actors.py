"""Corpus actors: which person names join, and which are no actor at all."""
from newsgraph.names import actor_name, title_of
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
    # seen once each, in different articles: too little to tell ("Judge Okafor" may be another)
    assert _joins(_people(("okafor", 1), ("ada okafor", 1))) == {}
    lone, full = _people(("okafor", 1), ("ada okafor", 1))
    assert plan_merges([lone, full], together=frozenset({(lone[0], full[1])})) == {
        lone[0]: (full[0], "the only full-named 'okafor' in the store: 'ada okafor'")}
    assert _joins(_people(("okafor", 3), ("ada okafor", 9), ("ben okafor", 1))) == {"okafor": "ada okafor"}
    assert _joins(_people(("okafor", 3), ("ada okafor", 5), ("ben okafor", 4))) == {}
    assert _joins(_people(("okafor", 3), ("ada okafor", 8), ("ben okafor", 2))) == {"okafor": "ada okafor"}
    assert _joins(_people(("okafor", 3), ("ada okafor", 2), ("ben okafor", 0))) == {}     # too few to tell
    # a word named more as a first name than as a surname is no surname ...
    assert _joins(_people(("tomas", 3), ("bo tomas", 2), ("tomas berg", 4))) == {}
    # ... but a headline fragment that once made a surname a "first name" does not count for much
    assert _joins(_people(("okafor", 3), ("ada okafor", 9), ("okafor seeks", 1))) == {"okafor": "ada okafor"}


def test_a_lone_name_in_capitals_or_mostly_a_place_joins_no_one():
    people = _people(("okafor", 3), ("ada okafor", 4))
    lone = actor_id("person:okafor")
    assert plan_merges(people, weak=frozenset({lone})) == {}
    # the store names "Okafor" as a town in more articles than as these people
    assert plan_merges(people, elsewhere={"okafor": 8}) == {}
    assert lone in plan_merges(people, elsewhere={"okafor": 2})
    # nor does the "full name" of a place the tagger once took for a person
    assert plan_merges(people, elsewhere={"ada okafor": 6}) == {}


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
    # a preposition or an organisation's head word is no part of a person's name
    assert actor_name("Among Ferrymen", "PERSON") is None
    assert actor_name("Harbour Ferry Network", "PERSON") is None
    assert actor_name("Bayside Elementary Principal", "PERSON") is None


def test_a_title_is_the_last_clause_ending_in_a_role_word():
    assert title_of("Harbour Commissioner") == "Harbour Commissioner"
    assert title_of("40 percent . Sen.") == "Sen."
    assert title_of("Bay and Sen.") == "Sen."
    assert title_of("especially Gov.") == "Gov."
    assert title_of("Photo: WireFerry Board chairwoman") == "Ferry Board chairwoman"
    assert title_of("long-serving politician") == "politician"
    assert title_of("votes") is None and title_of("the ferry strike") is None
    assert title_of('x="1">Mayor') is None
