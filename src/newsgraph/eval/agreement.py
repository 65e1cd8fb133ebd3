"""`newsgraph eval agreement`: how far PolNeAR's own annotators agree with each other.

Some PolNeAR articles were annotated by two or more people, one `.ann` file each
(DOC_ANNOTATOR.ann). `eval polnear` scores against the first file in sorted order; here the
second file is scored against the first with the very same metrics, as if it were a system.
The result is the human ceiling for every number `eval polnear` reports: a system scoring
above it is matching one annotator's habits, not the task.
"""
from __future__ import annotations

from pathlib import Path

from ..errors import EvalError
from ..io.readers import decode_bytes
from .brat import GoldAttribution, annotation_files, parse_ann
from .polnear import score_document
from .scoring import PRF, expect_total, prf_table

# score_document's metrics that need no hand-resolved speaker names
REPORTED = ("content@0.8", "content@0.3", "direct content@0.8", "attribution@0.8", "cue@0.8")


def annotation_sets(ann_dir: Path) -> dict[str, list[Path]]:
    """Doc name -> its .ann files in sorted order, for docs with more than one."""
    return {doc: paths for doc, paths in annotation_files(ann_dir).items() if len(paths) > 1}


def as_prediction(g: GoldAttribution) -> dict:
    """An annotator's attribution in the shape `score_document` takes a system's quote in;
    a discontinuous Source becomes the one span from its first to its last character."""
    speaker = {"mention": (g.source[0][0], g.source[-1][1])} if g.source else None
    return {"content": [list(c) for c in g.content], "cue": [list(c) for c in g.cue],
            "speaker": speaker, "confidence": 1.0}


def evaluate_agreement(directory, *, progress=None) -> dict:
    root = Path(directory)
    text_dir, ann_dir = root / "text", root / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise EvalError("expected text/ and attributions/ folders", path=str(root))
    sets = {doc: paths for doc, paths in annotation_sets(ann_dir).items() if (text_dir / f"{doc}.txt").exists()}
    if not sets:
        raise EvalError("no article has more than one annotation file", path=str(ann_dir))
    expect_total(progress, len(sets))
    totals: dict[str, PRF] = {}
    for doc, paths in sorted(sets.items()):
        text, _ = decode_bytes((text_dir / f"{doc}.txt").read_bytes())
        first, second = (parse_ann(p.read_text("utf-8"), p) for p in paths[:2])
        res = score_document([as_prediction(g) for g in second], first, doc, {}, text)
        for key in REPORTED:
            totals.setdefault(key, PRF()).add(res[key])
        if progress is not None:
            progress.update(1)
    return {"dataset": str(root), "articles": len(sets),
            "annotators": "second .ann of each article scored against the first (the eval's gold)",
            "metrics": {k: v.as_dict() for k, v in totals.items()}}


def format_report(report: dict) -> str:
    lines = [f"PolNeAR annotator agreement: {report['dataset']} ({report['articles']} articles "
             "with two or more annotators; the second scored against the first)", ""]
    return "\n".join(lines + prf_table(report["metrics"], 20))
