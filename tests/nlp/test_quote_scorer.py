"""The quote scorer: its table, its features, and the confidence it gives quotes."""
import json

import pytest

import newsgraph
from newsgraph.errors import ModelError
from newsgraph.nlp.quotes.component import headline_end
from newsgraph.nlp.quotes.features import DocView, quote_features
from newsgraph.nlp.quotes.finder import QuoteFinder
from newsgraph.nlp.quotes.scorer import QuoteScorer

TABLE = {"weights": {"bias": -1.0, "kind=direct": 2.0, "no_cue": -3.0}, "threshold": 0.5, "cue_threshold": 0.3}


def test_probability_is_the_logistic_of_the_weighted_features():
    scorer = QuoteScorer.from_data(TABLE)
    assert scorer.probability({"bias": 1.0, "kind=direct": 1.0}) == pytest.approx(1 / (1 + 2.718281828 ** -1.0))
    # a feature the table has no weight for counts for nothing
    assert scorer.probability({"bias": 1.0, "cue=unheard-of": 1.0}) == pytest.approx(1 / (1 + 2.718281828))
    assert scorer.probability({"bias": 1.0, "no_cue": 20.0}) < 1e-12


def test_table_round_trips():
    scorer = QuoteScorer.from_data(TABLE)
    again = QuoteScorer.from_data(json.loads(json.dumps(scorer.to_data())))
    assert again.weights == scorer.weights and again.threshold == 0.5 and again.cue_threshold == 0.3


@pytest.mark.parametrize("broken", [
    {}, {"weights": {}, "threshold": 0.5, "cue_threshold": 0.3},
    {"weights": {"bias": "x"}, "threshold": 0.5, "cue_threshold": 0.3},
    {"weights": {"bias": 1.0}, "threshold": 2.0, "cue_threshold": 0.3},
    {"weights": {"bias": 1.0}, "threshold": 0.5},
    {"weights": {"bias": float("nan")}, "threshold": 0.5, "cue_threshold": 0.3},
    [1, 2, 3], None,
])
def test_a_malformed_table_is_a_model_error(broken):
    with pytest.raises(ModelError, match="quote scorer"):
        QuoteScorer.from_data(broken)


def _candidates(text):
    nlp = newsgraph.load()
    doc = nlp(text)
    stage = nlp.get_pipe("newsgraph_quotes")
    view = DocView(doc, headline_end(text))
    return [(g, quote_features(view, g)) for g in QuoteFinder(doc, stage.cues, stage.bounds).run()]


def test_features_describe_the_candidate():
    text = "Rail strike ends\n\n“We have a deal,” Tomas Berg, the union leader, said on Friday."
    (g, f), = _candidates(text)
    assert f["kind=direct"] == 1.0 and f["cue=say"] == 1.0 and f["cue_after"] == 1.0
    assert f["speaker_kind=person"] == 1.0 and "no_speaker" not in f
    assert f["in_headline"] == 0.0 and f["starts_paragraph"] == 1.0
    assert f["rule_confidence"] == pytest.approx(g.confidence)


def test_features_see_a_negated_modal_cue_and_a_section_label():
    (_, f), = _candidates("The minister would not say that the budget was final.")
    assert f.get("cue_negated") == 1.0 and f.get("cue_modal") == 1.0
    features = [f for _, f in _candidates("WATCH: Harbour crews said the storm had passed.")]
    assert features and all(f.get("section_label_shape") == 1.0 for f in features)


def test_every_quote_carries_the_scorer_probability_and_clears_its_threshold():
    nlp = newsgraph.load()
    threshold = nlp.get_pipe("newsgraph_quotes").scorer.threshold
    record = newsgraph.extract("“Rates will stay where they are,” said Lena Ortiz, the bank's governor. "
                               "Analysts said the decision had been expected.")
    assert record.quotes
    assert all(threshold <= q.confidence <= 1.0 for q in record.quotes)
    assert len({round(q.confidence, 6) for q in record.quotes}) == len(record.quotes)


def test_the_shipped_table_loads_and_is_small():
    from importlib import resources
    raw = resources.files("newsgraph.data").joinpath("quote_scorer.json").read_bytes()
    assert len(raw) < 200_000
    scorer = QuoteScorer.from_data(json.loads(raw))
    assert 0 < scorer.threshold < 1 and scorer.meta.get("seed") is not None
