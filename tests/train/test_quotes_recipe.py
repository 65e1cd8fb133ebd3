"""The quote scorer's training recipe, end to end on a small hand-written PolNeAR-format set."""
import json

import pytest

from newsgraph.nlp.quotes.scorer import QuoteScorer

pytest.importorskip("sklearn")

PEOPLE = ["Ana Ruiz", "Bo Lind", "Cy Moreau", "Dee Okafor", "Eli Sato", "Fay Novak", "Gus Berg",
          "Hana Kim", "Ivo Petrov", "Jo Walsh", "Kai Brandt", "Lu Chen"]
TOPICS = ["the bridge", "the school", "the harbour", "the clinic", "the library", "the depot"]


def _article(k: int) -> tuple[str, str]:
    """A text with one annotated quote and one cue-like sentence the annotators left out."""
    person, other = PEOPLE[k % len(PEOPLE)], PEOPLE[(k + 5) % len(PEOPLE)]
    topic = TOPICS[k % len(TOPICS)]
    quote = f"“Work on {topic} starts in spring,”"
    text = f"{quote} {person} said on Monday. {other} found that the budget was {k + 3} percent short."
    q0, q1 = 0, len(quote) - 1          # the gold content leaves the comma-and-mark edge in
    s0 = text.index(person)
    c0 = text.index(" said") + 1
    ann = (f"T1\tContent {q0} {q1 + 1}\t{text[q0:q1 + 1]}\n"
           f"T2\tSource {s0} {s0 + len(person)}\t{person}\n"
           f"T3\tCue {c0} {c0 + 4}\tsaid\n"
           "E1\tAttribution:T3 Content:T1 Source:T2 Cue:T3\n")
    return text, ann


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("polnear")
    (root / "text").mkdir()
    (root / "attributions").mkdir()
    for k in range(20):
        text, ann = _article(k)
        (root / "text" / f"doc{k:02d}.txt").write_text(text, encoding="utf-8")
        (root / "attributions" / f"doc{k:02d}_a1.ann").write_text(ann, encoding="utf-8")
    return root


@pytest.mark.slow
def test_recipe_writes_a_scorer_that_loads_and_is_deterministic(corpus, tmp_path):
    from newsgraph.train.quotes import main
    for out in ("one", "two"):
        assert main([str(corpus), "-o", str(tmp_path / out), "--cache", "", "--processes", "1"]) == 0
    one = (tmp_path / "one" / "quote_scorer.json").read_text()
    assert one == (tmp_path / "two" / "quote_scorer.json").read_text()
    scorer = QuoteScorer.from_data(json.loads(one))
    report = json.loads((tmp_path / "one" / "quote_scorer_report.json").read_text())
    assert report["articles"] == 20 and report["gold_attributions"] == 20
    # the annotated quotes are told apart from the "found that" sentences
    assert report["chosen"]["attribution_f1"] > 0.9
    assert scorer.weights.get("cue=find", 0) < scorer.weights.get("cue=say", 0)
