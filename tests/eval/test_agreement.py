"""Annotator agreement: the second .ann of an article scored against the first."""
import json

import pytest
from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.errors import EvalError
from newsgraph.eval.agreement import evaluate_agreement

TEXT = ("Mayor Ines Madaki said the ferry would run again in May. "
        "Kofi Mensah, the harbour master, warned that “the pier is not ready yet.”")


def _ann(*attributions) -> str:
    """brat lines for (content, source, cue) character ranges."""
    lines, t = [], 0
    for e, spans in enumerate(attributions, 1):
        ids = []
        for label, (s, end) in zip(("Content", "Source", "Cue"), spans):
            t += 1
            lines.append(f"T{t}\t{label} {s} {end}\t{TEXT[s:end]}")
            ids.append(f"T{t}")
        lines.append(f"E{e}\tAttribution:{ids[2]} Content:{ids[0]} Source:{ids[1]} Cue:{ids[2]}")
    return "\n".join(lines) + "\n"


def _span(text: str) -> tuple[int, int]:
    s = TEXT.index(text)
    return s, s + len(text)


FERRY = (_span("the ferry would run again in May"), _span("Mayor Ines Madaki"), _span("said"))
PIER = (_span("that “the pier is not ready yet.”"), _span("Kofi Mensah"), _span("warned"))
PIER_SHORT = (_span("the pier is not ready yet"), _span("the harbour master"), _span("warned"))


@pytest.fixture()
def split(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    for doc in ("harbour", "single"):
        (tmp_path / "text" / f"{doc}.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "harbour_a1.ann").write_text(_ann(FERRY, PIER), encoding="utf-8")
    # the second annotator marks the ferry quote the same, the pier quote shorter and by another mention
    (tmp_path / "attributions" / "harbour_b2.ann").write_text(_ann(FERRY, PIER_SHORT), encoding="utf-8")
    (tmp_path / "attributions" / "single_a1.ann").write_text(_ann(FERRY), encoding="utf-8")
    return tmp_path


def test_second_annotator_is_scored_against_the_first(split):
    report = evaluate_agreement(split)
    assert report["articles"] == 1                       # "single" has one annotator only
    m = report["metrics"]
    assert m["content@0.3"]["tp"] == 2 and m["content@0.8"]["tp"] == 1
    assert m["attribution@0.8"]["tp"] == 1 and m["attribution@0.8"]["gold"] == 2
    assert m["direct content@0.8"]["gold"] == 1 and m["direct content@0.8"]["pred"] == 0
    assert "speaker_name@0.8" not in m


def test_a_split_without_double_annotation_is_a_clear_error(split):
    (split / "attributions" / "harbour_b2.ann").unlink()
    with pytest.raises(EvalError, match="more than one annotation"):
        evaluate_agreement(split)


def test_cli_prints_the_table_and_json(split, tmp_path):
    table = CliRunner().invoke(main, ["eval", "agreement", str(split)])
    assert table.exit_code == 0 and "annotator agreement" in table.output and "attribution@0.8" in table.output
    data = CliRunner().invoke(main, ["eval", "agreement", str(split), "--format", "json"])
    assert json.loads(data.output)["metrics"]["content@0.8"]["f1"] == 0.5
    missing = CliRunner().invoke(main, ["eval", "agreement", str(tmp_path / "nowhere")])
    assert missing.exit_code == 2
