"""`eval plover` on tiny PLV and gold-record files written here (no gold data needed)."""
import json

import pytest

from newsgraph.errors import EvalError
from newsgraph.eval.plover import (_contexts, _macro_f1, _per_type, _spans_from_marked, _type_of,
                                   evaluate_gsr, evaluate_plover, format_report, load_plv)

HEADER = "\tsentence_id\tsentence\tmarked_sentence\tgold_root\n"


def _plv(tmp_path, rows):
    path = tmp_path / "plv.tsv"
    lines = [f"\t{i}\t{marked.replace('<s>', '').replace('</s>', '').replace('<t>', '').replace('</t>', '')}"
             f"\t{marked}\t{gold}\n" for i, (marked, gold) in enumerate(rows)]
    path.write_text(HEADER + "".join(lines), encoding="utf-8")
    return path


def test_marked_sentence_gives_text_and_both_spans():
    text, src, tgt = _spans_from_marked("<s>Chile</s> accused <t>Peru</t> of spying.")
    assert text == "Chile accused Peru of spying."
    assert text[slice(*src)] == "Chile" and text[slice(*tgt)] == "Peru"


def test_rows_without_both_spans_are_skipped_and_bad_files_are_eval_errors(tmp_path):
    path = _plv(tmp_path, [("<s>Chile</s> accused <t>Peru</t>.", "ACCUSE"), ("<s>Chile</s> left.", "RETREAT")])
    assert [r["gold"] for r in load_plv(path)] == ["ACCUSE"]
    bad = tmp_path / "bad.tsv"
    bad.write_text("a\tb\n1\t2\n", encoding="utf-8")
    with pytest.raises(EvalError, match="not a PLV file"):
        load_plv(bad)
    with pytest.raises(EvalError, match="cannot read"):
        load_plv(tmp_path / "missing.tsv")


def test_yield_accepts_concede_and_retreat():
    assert _type_of("CONCEDE") == _type_of("RETREAT") == "YIELD"
    assert _type_of("ACCUSE") == "ACCUSE"


def test_per_type_and_macro_f1():
    gold = ["ACCUSE", "ACCUSE", "AID"]
    pred = ["ACCUSE", "AID", "AID"]
    per = _per_type(gold, pred)
    assert per == {"ACCUSE": round(2 * 1 * 0.5 / 1.5, 4), "AID": round(2 * 0.5 * 1 / 1.5, 4)}
    assert _macro_f1(gold, pred) == pytest.approx((per["ACCUSE"] + per["AID"]) / 2)


def test_contexts_map_v05_names_and_drop_non_contexts():
    assert _contexts("refugees, foreign, unknown") == {"migration", "diplomatic"}
    assert _contexts(None) == set()


@pytest.mark.slow
def test_pair_accuracy_counts_linked_and_typed_pairs(tmp_path):
    path = _plv(tmp_path, [
        ("<s>Chile</s> accused <t>Peru</t> of spying on its navy.", "ACCUSE"),        # right
        ("<s>Chile</s> accused <t>Peru</t> of spying on its navy.", "AID"),           # linked, wrong type
        ("<s>Argentina</s> praised the weather in <t>Lima</t>.", "ASSAULT"),         # not linked
    ])
    report = evaluate_plover(path)
    assert report["pairs"] == 3 and report["sentences"] == 2
    assert report["pair_accuracy"] == round(1 / 3, 4)
    assert report["pair_recall_any_type"] == round(2 / 3, 4)
    text = format_report(report)
    assert "pair accuracy" in text and "0.333" in text


@pytest.mark.slow
def test_gsr_scores_country_sector_and_type(tmp_path):
    records = [
        {"id": "doc", "event": "DOCUMENT"},         # no text: skipped
        {"id": "r1", "event": "DISAPPROVE", "context": "foreign",
         "text": "The Chilean government condemned Peru for the border raid.",
         "source": [{"actorText": "Chilean government", "code": "CHL", "sector": "GOV"}]},
    ]
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    gsr = evaluate_gsr(path)
    assert gsr["records"] == 1
    assert gsr["actors_with_country"] == 1 and gsr["actor_country_accuracy"] == 1.0
    assert gsr["actor_sector_accuracy"] == 1.0
    assert gsr["first_event_type_accuracy"] == 1.0      # DISAPPROVE is v2 ACCUSE
    with pytest.raises(EvalError):
        evaluate_gsr(tmp_path / "missing.json")
