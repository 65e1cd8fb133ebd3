"""`newsgraph eval polnear`: quote attribution scored on PolNeAR-format data."""
from __future__ import annotations

import json
from pathlib import Path

from ..errors import EvalError, NewsgraphError
from ..io.readers import decode_bytes
from ..model import Article, Failure
from .brat import GoldAttribution, first_annotations, parse_ann
from .scoring import PRF, expect_total, greedy_match, prf_table, same_speaker, touches

TAUS = (0.8, 0.3)
NAMED_KINDS = {"person", "organization"}


def load_gold(directory: str | Path, limit: int | None = None):
    """(doc, text, attributions) for each article that has both text and annotations."""
    root = Path(directory)
    text_dir, ann_dir = root / "text", root / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise EvalError("expected text/ and attributions/ folders", path=str(root))
    anns = first_annotations(ann_dir)
    docs = sorted(d for d in anns if (text_dir / f"{d}.txt").exists())
    if not docs:
        raise EvalError("no annotated articles found", path=str(root))
    for doc in docs[:limit] if limit else docs:
        try:
            text, _ = decode_bytes((text_dir / f"{doc}.txt").read_bytes())
        except NewsgraphError as exc:
            raise EvalError(f"cannot read article text: {exc.message}", path=str(text_dir / f"{doc}.txt")) from exc
        yield doc, text, parse_ann(anns[doc].read_text("utf-8"), anns[doc])


def load_speakers(path: str | Path | None) -> dict[tuple[str, int], dict]:
    if not path:
        return {}
    out = {}
    for line in Path(path).read_text("utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            out[(row["doc"], int(row["idx"]))] = row
    return out


def _agree(pred, gold) -> bool:
    """Both empty, or both present and overlapping."""
    return (not pred and not gold) or bool(pred and gold and touches(pred, gold))


def speaker_agrees(quote: dict, gold: GoldAttribution) -> bool:
    """The attribution test: the speaker mention overlaps the gold Source (or both are absent)."""
    return _agree([tuple(quote["speaker"]["mention"])] if quote.get("speaker") else [], gold.source)


QUOTE_MARKS = frozenset('"“”«»„')


def _has_mark(text: str, spans) -> bool:
    return any(ch in QUOTE_MARKS for s, e in spans for ch in text[s:e])


def score_document(quotes: list[dict], gold: list[GoldAttribution], doc: str,
                   speakers: dict, text: str | None = None) -> dict[str, PRF]:
    pred_content = [[tuple(c) for c in q["content"]] for q in quotes]
    gold_content = [g.content for g in gold]
    res: dict[str, PRF] = {}
    for tau in TAUS:
        m = greedy_match(pred_content, gold_content, tau)
        res[f"content@{tau}"] = PRF(len(m), len(m), len(quotes), len(gold))
    if text is not None:
        # direct quotes: content that holds a quotation mark, on either side
        pred_direct = [p for p in pred_content if _has_mark(text, p)]
        gold_direct = [g for g in gold_content if _has_mark(text, g)]
        m = greedy_match(pred_direct, gold_direct, 0.8)
        res["direct content@0.8"] = PRF(len(m), len(m), len(pred_direct), len(gold_direct))
    m = greedy_match(pred_content, gold_content, 0.8)
    attr = cue = 0
    names = PRF(n_pred=len(quotes))
    for i, j in m.items():
        q, g = quotes[i], gold[j]
        if speaker_agrees(q, g):
            attr += 1
        if _agree([tuple(c) for c in q.get("cue") or []], g.cue):
            cue += 1
        row = speakers.get((doc, g.index))
        if row and q.get("speaker") and same_speaker(q["speaker"].get("name"), row["speaker"]):
            names.tp_p += 1
            if row.get("kind") in NAMED_KINDS:
                names.tp_r += 1
    res["attribution@0.8"] = PRF(attr, attr, len(quotes), len(gold))
    res["cue@0.8"] = PRF(cue, cue, len(quotes), len(gold))
    names.n_gold = sum(1 for g in gold if speakers.get((doc, g.index), {}).get("kind") in NAMED_KINDS)
    res["speaker_name@0.8"] = names
    res["_matches"] = m  # type: ignore[assignment]
    res["_calibration"] = [(float(q.get("confidence", 0.0)), i in m and speaker_agrees(q, gold[m[i]]))
                           for i, q in enumerate(quotes)]  # type: ignore[assignment]
    return res


RELIABILITY_BINS = 10


def reliability_table(pairs: list[tuple[float, bool]]) -> list[dict]:
    """Predicted confidence against the share of quotes whose attribution was right (τ = 0.8),
    in ten equal bins: a calibrated confidence puts the two side by side."""
    rows = []
    for b in range(RELIABILITY_BINS):
        lo, hi = b / RELIABILITY_BINS, (b + 1) / RELIABILITY_BINS
        inside = [(p, ok) for p, ok in pairs if lo <= p < hi or (hi == 1.0 and p == 1.0)]
        if inside:
            rows.append({"bin": f"{lo:.1f}-{hi:.1f}", "quotes": len(inside),
                         "mean_confidence": round(sum(p for p, _ in inside) / len(inside), 3),
                         "share_correct": round(sum(ok for _, ok in inside) / len(inside), 3)})
    return rows


def _metadata_beside(root: Path) -> dict[str, dict[str, str]]:
    """PolNeAR's `metadata.tsv` (publication date, byline), in the split or beside it."""
    from ..io.metadata import load_metadata
    for path in (root / "metadata.tsv", root.parent / "metadata.tsv"):
        if path.is_file():
            return load_metadata(path)
    return {}


def evaluate_polnear(directory, *, speakers=None, model=None, workers: int = 1,
                     limit: int | None = None, errors_out=None, progress=None) -> dict:
    from ..runner import extract_items
    root = Path(directory)
    if speakers is None and (root / "speakers.jsonl").exists():
        speakers = root / "speakers.jsonl"
    gold_speakers = load_speakers(speakers)
    golds = list(load_gold(root, limit))
    expect_total(progress, len(golds))
    meta = _metadata_beside(root)
    articles = (Article(id=doc, text=text, published=meta.get(doc, {}).get("published"),
                        author=meta.get(doc, {}).get("author")) for doc, text, _ in golds)
    totals: dict[str, PRF] = {}
    calibration: list[tuple[float, bool]] = []
    failures = []
    err_handle = open(errors_out, "w", encoding="utf-8") if errors_out else None
    try:
        results = extract_items(articles, model=model, workers=workers, progress=progress)
        for (doc, text, gold), result in zip(golds, results):
            if isinstance(result, Failure):
                failures.append(result.to_dict())
                quotes = []
            else:
                quotes = [q.to_dict() for q in result.quotes]
            res = score_document(quotes, gold, doc, gold_speakers, text)
            matches = res.pop("_matches")
            calibration.extend(res.pop("_calibration"))
            for key, prf in res.items():
                totals.setdefault(key, PRF()).add(prf)
            if err_handle:
                _write_errors(err_handle, doc, text, quotes, gold, matches, gold_speakers)
    finally:
        if err_handle:
            err_handle.close()
    report = {"dataset": str(root), "articles": len(golds),
              "speakers_file": str(speakers) if speakers else None,
              "metrics": {k: v.as_dict() for k, v in totals.items()},
              "reliability": reliability_table(calibration)}
    if failures:
        report["failures"] = failures
    return report


def _write_errors(handle, doc, text, quotes, gold, matches, speakers) -> None:
    matched_gold = set(matches.values())
    for i, q in enumerate(quotes):
        g = gold[matches[i]] if i in matches else None
        row = {"doc": doc, "status": "matched" if g else "false_positive", "kind": q["kind"],
               "pred": q["text"][:300], "pred_content": q["content"], "pred_speaker": q["speaker"] and q["speaker"]["text"],
               "pred_name": q["speaker"] and q["speaker"]["name"], "cue": q["cue_lemma"]}
        if g:
            row["speaker_ok"] = speaker_agrees(q, g)
            row["gold_source"] = " ".join(text[s:e] for s, e in g.source)
            row["gold_name"] = speakers.get((doc, g.index), {}).get("speaker")
            row["gold_kind"] = speakers.get((doc, g.index), {}).get("kind")
        handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    for j, g in enumerate(gold):
        if j not in matched_gold:
            handle.write(json.dumps({
                "doc": doc, "status": "missed", "gold": " ".join(text[s:e] for s, e in g.content)[:300],
                "gold_content": g.content,
                "gold_source": " ".join(text[s:e] for s, e in g.source),
                "gold_cue": " ".join(text[s:e] for s, e in g.cue),
                "gold_name": speakers.get((doc, g.index), {}).get("speaker"),
                "gold_kind": speakers.get((doc, g.index), {}).get("kind")}, ensure_ascii=False) + "\n")


def format_report(report: dict) -> str:
    lines = [f"PolNeAR-format evaluation: {report['dataset']} ({report['articles']} articles)", ""]
    lines += prf_table(report["metrics"], 20)
    if report.get("reliability"):
        lines += ["", "confidence   quotes  mean conf.  attribution right"]
        lines += [f"{r['bin']:<12} {r['quotes']:>6}  {r['mean_confidence']:>10.3f}  {r['share_correct']:>17.3f}"
                  for r in report["reliability"]]
    if report.get("failures"):
        lines.append(f"\n{len(report['failures'])} articles failed")
    return "\n".join(lines)
