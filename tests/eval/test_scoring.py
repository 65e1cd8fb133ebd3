from newsgraph.eval.brat import GoldAttribution, first_annotations, parse_ann
from newsgraph.eval.polnear import reliability_table, score_document
from newsgraph.eval.scoring import greedy_match, overlap, same_speaker

TEXT = "Ann Lee said the plan failed. “It is over,” Bo Chan added. Nothing else."
#       0         1         2         3         4         5         6
ANN = """T1\tSource 0 7\tAnn Lee
T2\tCue 8 12\tsaid
T3\tContent 13 28\tthe plan failed
E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1
T4\tAttribution 8 12\tsaid
E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5
T5\tSource 44 51\tBo Chan
T6\tCue 52 57\tadded
T7\tContent 30 38;38 43\t“It is over,”
T8\tAttribution 52 57\tadded
E3\tAttribution:T9 Cue:T9
T9\tAttribution 0 3\tAnn
"""


def test_parse_ann_keeps_e_order_and_discontinuous_spans():
    gold = parse_ann(ANN)
    assert [g.index for g in gold] == [0, 1]          # E3 has no content
    assert gold[1].content == ((30, 38), (38, 43)) and gold[1].source == ((44, 51),)
    assert TEXT[30:43] == "“It is over,”"


def test_first_annotation_file_per_doc(tmp_path):
    for name in ("doc-a_zz.ann", "doc-a_aa.ann", "doc-b_x1.ann"):
        (tmp_path / name).write_text("")
    chosen = first_annotations(tmp_path)
    assert chosen["doc-a"].name == "doc-a_aa.ann" and set(chosen) == {"doc-a", "doc-b"}


def test_greedy_match_needs_both_sides_covered():
    gold = [((0, 100),)]
    assert greedy_match([[(0, 85)]], gold, 0.8) == {0: 0}
    assert greedy_match([[(0, 75)]], gold, 0.8) == {}
    assert greedy_match([[(0, 200)]], gold, 0.8) == {}      # too long
    assert greedy_match([[(0, 200)]], gold, 0.3) == {0: 0}
    # one-to-one: the larger overlap wins the single gold
    assert greedy_match([[(0, 90)], [(0, 100)]], gold, 0.8) == {1: 0}


def test_overlap_counts_characters_once():
    assert overlap([(0, 10), (5, 15)], [(0, 20)]) == 15


def test_score_document_metrics():
    gold = parse_ann(ANN)
    speakers = {("d", 0): {"speaker": "Ann Lee", "kind": "person"},
                ("d", 1): {"speaker": "Bo Chan", "kind": "person"}}
    pred = [
        {"content": [[13, 28]], "cue": [[8, 12]], "speaker": {"mention": [0, 7], "name": "Ann Lee"}},
        {"content": [[30, 43]], "cue": [[52, 57]], "speaker": {"mention": [0, 3], "name": "Ann Lee"}},
        {"content": [[59, 72]], "cue": [], "speaker": None},
    ]
    res = score_document(pred, gold, "d", speakers)
    assert res["content@0.8"].tp_r == 2 and res["content@0.8"].n_pred == 3
    assert res["attribution@0.8"].tp_r == 1     # second quote names the wrong mention
    assert res["cue@0.8"].tp_r == 2
    assert res["speaker_name@0.8"].tp_r == 1 and res["speaker_name@0.8"].n_gold == 2


def test_same_speaker_rule():
    assert same_speaker("Donald Trump", "Donald J. Trump")
    assert same_speaker("Trump", "Donald Trump")
    assert same_speaker("Mr. Obama", "Barack Obama")
    assert not same_speaker("Hillary Clinton", "Donald Trump")
    assert not same_speaker(None, "Donald Trump")


def test_same_speaker_ignores_generational_suffixes_as_it_ignores_titles():
    assert same_speaker("Kofi A. Mensah Jr.", "Kofi Mensah")
    assert same_speaker("Ines Madaki III", "Dr. Ines Madaki")
    assert same_speaker("Kofi Mensah", "Kofi Mensah Sr.")
    assert not same_speaker("Kofi Mensah Jr.", "Ines Madaki")


def test_score_document_pairs_each_confidence_with_whether_the_attribution_was_right():
    gold = parse_ann(ANN)
    pred = [
        {"content": [[13, 28]], "cue": [[8, 12]], "speaker": {"mention": [0, 7]}, "confidence": 0.9},
        {"content": [[30, 43]], "cue": [[52, 57]], "speaker": {"mention": [0, 3]}, "confidence": 0.6},
        {"content": [[200, 230]], "cue": [], "speaker": None, "confidence": 0.2},
    ]
    res = score_document(pred, gold, "d", {})
    assert res["_calibration"] == [(0.9, True), (0.6, False), (0.2, False)]


def test_reliability_table_bins_confidences():
    pairs = [(0.05, False), (0.95, True), (0.92, False), (1.0, True)]
    rows = reliability_table(pairs)
    assert [r["bin"] for r in rows] == ["0.0-0.1", "0.9-1.0"]
    assert rows[1]["quotes"] == 3 and rows[1]["share_correct"] == round(2 / 3, 3)
    assert rows[1]["mean_confidence"] == round((0.95 + 0.92 + 1.0) / 3, 3)


def test_direct_content_counts_only_spans_with_a_quotation_mark():
    text = "Ann said “the port will reopen” and Bo said the ships would wait."
    gold = [GoldAttribution(0, ((9, 31),), (), ()), GoldAttribution(1, ((45, 65),), (), ())]
    pred = [{"content": [[9, 31]], "cue": [], "speaker": None},
            {"content": [[45, 65]], "cue": [], "speaker": None},
            {"content": [[0, 3]], "cue": [], "speaker": None}]
    res = score_document(pred, gold, "d", {}, text)
    assert (res["direct content@0.8"].tp_r, res["direct content@0.8"].n_pred,
            res["direct content@0.8"].n_gold) == (1, 1, 1)
    assert "direct content@0.8" not in score_document(pred, gold, "d", {})
