"""The event check's training recipe, end to end on a small hand-written set of judged events."""
import json

import pytest

from newsgraph.nlp.events.check import EventCheck

pytest.importorskip("sklearn")

PEOPLE = ["Ana Ruiz", "Bo Lind", "Cy Moreau", "Dee Okafor", "Eli Sato", "Fay Novak", "Gus Berg",
          "Hana Kim", "Ivo Petrov", "Jo Walsh", "Kai Brandt", "Lu Chen"]
POLICIES = ["the harbour tax", "the school budget", "the bridge toll", "the parking plan"]


def _text(k: int) -> str:
    a, b = PEOPLE[k % len(PEOPLE)], PEOPLE[(k + 5) % len(PEOPLE)]
    return (f"{a} praised {b} on Monday for the new clinic. "
            f"{b} opposed {POLICIES[k % len(POLICIES)]} in a speech.")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Twenty articles; each event judged right when a person receives it; the last four
    articles' judgements held out."""
    import newsgraph
    from newsgraph.train.event_check import party_fingerprint
    root = tmp_path_factory.mktemp("polnear")
    (root / "text").mkdir()
    (root / "attributions").mkdir()
    nlp = newsgraph.load()
    rows = []
    for k in range(20):
        doc_id, text = f"doc{k:02d}", _text(k)
        (root / "text" / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        (root / "attributions" / f"{doc_id}_a1.ann").write_text("", encoding="utf-8")
        for e in nlp(text)._.ng_events:
            rows.append({"article": doc_id, "trigger": e["trigger"], "type": e["type"],
                         "parties": f"{party_fingerprint(e['actors'])}:{party_fingerprint(e['recipients'])}",
                         "right": bool(e["recipients"]), "sample": "test",
                         "split": "held_out" if k >= 16 else "train"})
    rows.append(dict(rows[0], trigger=[0, 1]))          # an event no longer found: stale
    judged = root / "judgements.jsonl"
    judged.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return root, judged, rows


@pytest.mark.slow
def test_recipe_writes_a_check_that_loads_is_deterministic_and_reports_the_held_out(corpus, tmp_path):
    from newsgraph.train.event_check import main
    root, judged, rows = corpus
    assert {r["right"] for r in rows} == {True, False}
    for out in ("one", "two"):
        assert main([str(root), "-o", str(tmp_path / out), "--judgements", str(judged),
                     "--cache", "", "--processes", "1"]) == 0
    one = (tmp_path / "one" / "event_check.json").read_text()
    assert one == (tmp_path / "two" / "event_check.json").read_text()
    check = EventCheck.from_data(json.loads(one))
    assert check.weights["target"] < 0 < check.weights["r_n=1"]
    report = json.loads((tmp_path / "one" / "event_check_report.json").read_text())
    assert report["stale"] == 1
    assert report["judged"] == sum(r["split"] == "train" for r in rows) - 1
    held = report["held_out"]
    assert held["judged"] == sum(r["split"] == "held_out" for r in rows)
    assert held["right_of_passed"] == held["passed"] > 0
