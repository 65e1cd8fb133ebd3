"""The event check: its features, its table, and the `check` it gives every event."""
import json

import pytest

import newsgraph
from newsgraph.errors import ModelError
from newsgraph.nlp.events.check import (EventCheck, article_event_features, event_features,
                                        packaged_event_check)

TEXT = "Kofi Mensah said he would oppose the plan. Grace Okafor praised Tomas Berg on Friday."
ENTITIES = [{"type": "PERSON", "mentions": [[0, 2]]}, {"type": "PERSON", "mentions": [[8, 10], [12, 13]]},
            {"type": "PERSON", "mentions": [[11, 13]]}]


def _party(text, start, entity=None, name=None):
    return {"text": text, "span": [start, start + len(text)], "entity": entity, "name": name or text,
            "country": None, "sector": None}


def _event(trigger, type_, actors, recipients=(), target=None, reason=None, **flags):
    start = TEXT.index(trigger)
    sentence = [0, TEXT.index(".") + 1] if start < TEXT.index(".") else [TEXT.index(".") + 2, len(TEXT)]
    return {"type": type_, "trigger": [start, start + len(trigger)], "trigger_text": trigger,
            "sentence": sentence, "actors": list(actors), "recipients": list(recipients), "target": target,
            "quote": flags.get("quote"), "negated": flags.get("negated", False),
            "hypothetical": flags.get("hypothetical", False), "confidence": 0.8,
            "reason": reason or f"verb '{trigger}' -> {type_}; subject = actor"}


OPPOSE = _event("oppose", "REJECT", [_party("he", TEXT.index("he"))],
                target={"text": "the plan", "span": [TEXT.index("the plan"), TEXT.index("the plan") + 8]},
                hypothetical=True)
PRAISE = _event("praised", "SUPPORT", [_party("Grace Okafor", TEXT.index("Grace"), 1)],
                [_party("Tomas Berg", TEXT.index("Tomas"), 2)], reason="verb 'praise' -> SUPPORT")


def test_features_see_a_policy_object_a_pronoun_actor_and_a_modal():
    f = event_features(OPPOSE, TEXT, ENTITIES)
    assert f["target"] == 1.0 and f["REJECT:target"] == 1.0
    assert f["a_pron"] == 1.0 and f["a_lab=NONE"] == 1.0 and f["r_n=0"] == 1.0
    assert f["pre_modal"] == 1.0 and f["hyp"] == 1.0 and f["lem=oppose"] == 1.0
    assert "r_lab=PERSON" not in f and "neg" not in f


def test_features_see_named_parties_and_how_often_the_article_names_them():
    f = event_features(PRAISE, TEXT, ENTITIES)
    assert f["lem=praise"] == 1.0 and f["a_lab=PERSON"] == 1.0 and f["r_lab=PERSON"] == 1.0
    assert f["a_fullname"] == 1.0 and f["r_fullname"] == 1.0 and f["SUPPORT:r_n=1"] == 1.0
    assert f["a_mentions"] > f["r_mentions"] > 0
    assert "target" not in f and "pre_modal" not in f and "a_pron" not in f


def test_markup_in_a_party_and_a_crowded_sentence_are_features():
    odd = dict(PRAISE, actors=[_party('datetime="2016', TEXT.index("Grace"))])
    assert event_features(odd, TEXT, ENTITIES)["a_odd"] == 1.0
    alone, crowded = article_event_features([OPPOSE], TEXT, ENTITIES)[0], \
        article_event_features([OPPOSE, dict(OPPOSE)], TEXT, ENTITIES)[0]
    assert alone["crowd"] == 0.0 and crowded["crowd"] > 0.0


TABLE = {"weights": {"bias": -1.0, "target": -2.0, "r_lab=PERSON": 3.0}, "threshold": 0.5}


def test_probability_is_the_logistic_of_the_weighted_features():
    check = EventCheck.from_data(TABLE)
    assert check.probability({"bias": 1.0, "r_lab=PERSON": 1.0}) == pytest.approx(1 / (1 + 2.718281828 ** -2.0))
    assert check.probability({"bias": 1.0, "unheard-of": 1.0}) == pytest.approx(1 / (1 + 2.718281828))
    assert check.probability({"bias": 1.0, "target": 20.0}) < 1e-12
    again = EventCheck.from_data(json.loads(json.dumps(check.to_data())))
    assert again.weights == check.weights and again.threshold == 0.5


@pytest.mark.parametrize("broken", [
    {}, {"weights": {}, "threshold": 0.5}, {"weights": {"bias": "x"}, "threshold": 0.5},
    {"weights": {"bias": 1.0}, "threshold": 1.5}, {"weights": {"bias": float("inf")}, "threshold": 0.5},
    [1, 2], None,
])
def test_a_malformed_table_is_a_model_error(broken):
    with pytest.raises(ModelError, match="event check"):
        EventCheck.from_data(broken)


def test_the_packaged_check_names_its_recipe_and_learned_more_than_a_bias():
    check = packaged_event_check()
    assert 0 < check.threshold < 1
    assert check.meta["recipe"] == "python -m newsgraph.train.event_check" and check.meta["judged"] >= 100
    # a person on the receiving end counts for the event, a policy object against it
    assert check.weights["r_lab=PERSON"] > 0 > check.weights["target"]


def test_every_event_carries_the_checks_probability_and_keeps_its_rules_confidence():
    nlp = newsgraph.load()
    text = ("Port Mara, Friday\n\nThe mayor of Port Mara, Grace Okafor, praised Tomas Berg on Friday. "
            "Okafor also criticized the harbour board and said she would oppose the budget.")
    record = newsgraph.to_record(nlp(text))
    assert record.events
    for event in record.events:
        assert 0.0 <= event.check <= 1.0
        assert event.to_dict()["check"] == event.check
    praise = next(e for e in record.events if e.trigger_text == "praised")
    assert praise.confidence == pytest.approx(0.8) and praise.check > 0.5


def test_with_event_check_keeps_the_events_at_or_above_the_threshold():
    nlp = newsgraph.load()
    record = newsgraph.to_record(nlp("Grace Okafor praised Tomas Berg. Okafor opposed the budget plan."))
    checks = sorted(e.check for e in record.events)
    assert len(checks) == 2 and checks[0] < checks[1]
    kept = record.with_event_check(checks[1])
    assert [e.check for e in kept.events] == [checks[1]]
    assert kept.quotes == record.quotes and record.with_event_check(0.0) is record


def test_a_pronoun_party_knows_how_far_back_and_past_whom_it_found_its_person():
    text = "Kofi Mensah met Grace Okafor on Monday. Later he praised Tomas Berg."
    entities = [{"type": "PERSON", "mentions": [[0, 2]], "chars": [[0, 11]]},
                {"type": "PERSON", "mentions": [[3, 5]], "chars": [[16, 28]]},
                {"type": "PERSON", "mentions": [[11, 13]], "chars": [[57, 67]]}]
    he = text.index(" he ") + 1
    event = {"type": "SUPPORT", "trigger": [he + 3, he + 10], "trigger_text": "praised",
             "sentence": [40, len(text)], "recipients": [], "target": None, "quote": None,
             "negated": False, "hypothetical": False, "confidence": 0.8, "reason": "verb 'praise' -> SUPPORT"}
    near = event_features(dict(event, actors=[_party("he", he, 1)]), text, entities)
    far = event_features(dict(event, actors=[_party("he", he, 0)]), text, entities)
    assert near["a_ref_rivals"] == 0.0 and far["a_ref_rivals"] == pytest.approx(1 / 3)
    assert far["a_ref_gap"] > near["a_ref_gap"] > 0
    ahead = event_features(dict(event, actors=[_party("he", he, 2)]), text, entities)
    assert ahead["a_ref_none"] == 1.0 and "a_ref_gap" not in ahead
    named = event_features(dict(event, actors=[_party("Grace Okafor", 16, 1)]), text, entities)
    assert not any(k.startswith("a_ref") for k in named)
