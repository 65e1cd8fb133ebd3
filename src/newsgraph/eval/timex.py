"""`newsgraph eval timex`: time expressions scored on MEANTIME (NewsReader XML) or TimeML.

MEANTIME ships tokens, not raw text: an article's text is rebuilt by joining each
sentence's tokens with spaces and sentences with newlines, and the gold TIMEX3 spans
are mapped onto it. The document creation time is passed as the publication date.
Only DATE and TIME expressions count (durations and sets are left out on both sides).

MEANTIME annotates only the start of each article: the title, the dateline and the
first sentences (sentence indices 0-5 in every file). The whole article is processed,
so later sentences still give context, but only predictions inside the annotated
sentences are scored.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from ..errors import EvalError
from ..model import Article, Failure
from .scoring import PRF, expect_total, greedy_match, prf_table

SCORED_TYPES = {"DATE", "TIME"}
ANNOTATED_SENTENCES = 6     # sentences 0-5 carry annotations in MEANTIME


def load_meantime(directory: str | Path, limit: int | None = None):
    """(doc id, text, creation date, gold [(start, end, type, value)], end of the
    annotated region) per article."""
    root = Path(directory)
    files = sorted(root.rglob("*.xml"))
    if not files:
        raise EvalError("no MEANTIME .xml files found", path=str(root))
    for path in files[:limit] if limit else files:
        try:
            xml = ET.parse(path).getroot()
        except ET.ParseError as exc:
            raise EvalError(f"bad XML: {exc}", path=str(path)) from exc
        pieces, offsets, sentence = [], {}, None
        pos = 0
        region_end = 0
        for tok in xml.iter("token"):
            s = tok.get("sentence")
            if s is not None and s.isdigit() and int(s) < ANNOTATED_SENTENCES:
                region_end = pos + 1 + len(tok.text or "")
            if pieces:
                sep = "\n" if s != sentence else " "
                pieces.append(sep)
                pos += 1
            sentence = s
            word = tok.text or ""
            offsets[tok.get("t_id")] = (pos, pos + len(word))
            pieces.append(word)
            pos += len(word)
        text = "".join(pieces)
        dct, gold = None, []
        for tx in xml.iter("TIMEX3"):
            if tx.get("functionInDocument") == "CREATION_TIME":
                dct = tx.get("value")
            ids = [a.get("t_id") for a in tx.iter("token_anchor") if a.get("t_id") in offsets]
            if ids and tx.get("type") in SCORED_TYPES:
                gold.append((offsets[ids[0]][0], offsets[ids[-1]][1], tx.get("type"), tx.get("value")))
        yield xml.get("doc_id") or path.stem, text, dct, sorted(gold), region_end


def load_tml(path: Path):
    """A TempEval-style inline TimeML file: TIMEX3 tags inside <TEXT>, the DCT in <DCT>."""
    try:
        xml = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise EvalError(f"bad XML: {exc}", path=str(path)) from exc
    dct = None
    for tx in xml.iter("TIMEX3"):
        if tx.get("functionInDocument") == "CREATION_TIME":
            dct = tx.get("value")
            break
    body = xml.find("TEXT")
    if body is None:
        raise EvalError("no <TEXT> element", path=str(path))
    pieces: list[str] = []
    gold = []

    def walk(node, pos: int) -> int:
        if node.text:
            pieces.append(node.text)
            pos += len(node.text)
        for child in node:
            start = pos
            pos = walk(child, pos)
            if child.tag == "TIMEX3" and child.get("type") in SCORED_TYPES:
                gold.append((start, pos, child.get("type"), child.get("value")))
            if child.tail:
                pieces.append(child.tail)
                pos += len(child.tail)
        return pos

    walk(body, 0)
    text = "".join(pieces)
    doc_id = (xml.findtext("DOCID") or path.stem).strip()
    return doc_id, text, dct, sorted(gold), len(text)


def load_gold_timex(directory: str | Path, limit: int | None = None):
    """MEANTIME .xml or TimeML .tml articles from a folder (searched recursively)."""
    root = Path(directory)
    if any(root.rglob("*.tml")):
        files = sorted(root.rglob("*.tml"))
        for path in files[:limit] if limit else files:
            yield load_tml(path)
    else:
        yield from load_meantime(root, limit)


def _match(pred, gold):
    """One-to-one, largest overlap first; any shared character makes a span match."""
    return greedy_match([[p[:2]] for p in pred], [[g[:2]] for g in gold], 0.0)


def evaluate_timex(directory, *, model=None, workers: int = 1, limit: int | None = None,
                   errors_out=None, progress=None) -> dict:
    import json

    from ..runner import extract_items
    docs = list(load_gold_timex(directory, limit))
    expect_total(progress, len(docs))
    articles = (Article(id=d, text=t, published=dct) for d, t, dct, _, _ in docs)
    span, value = PRF(), PRF()
    matched = correct = 0
    failures = []
    handle = open(errors_out, "w", encoding="utf-8") if errors_out else None
    try:
        results = extract_items(articles, model=model, workers=workers, progress=progress)
        for (doc_id, text, dct, gold, region_end), rec in zip(docs, results):
            if isinstance(rec, Failure):
                failures.append(rec.to_dict())
                pred = []
            else:
                pred = [(d.span[0], d.span[1], d.type, d.value) for d in rec.dates
                        if d.type in SCORED_TYPES and d.span[0] < region_end]
            m = _match(pred, gold)
            ok = sum(1 for i, j in m.items() if pred[i][3] == gold[j][3])
            span.add(PRF(len(m), len(m), len(pred), len(gold)))
            value.add(PRF(ok, ok, len(pred), len(gold)))
            matched += len(m)
            correct += ok
            if handle:
                for i, j in m.items():
                    if pred[i][3] != gold[j][3]:
                        handle.write(json.dumps({"doc": doc_id, "dct": dct, "status": "wrong value",
                                                 "text": text[pred[i][0]:pred[i][1]], "pred": pred[i][3],
                                                 "gold_text": text[gold[j][0]:gold[j][1]],
                                                 "gold": gold[j][3]}) + "\n")
                for j, g in enumerate(gold):
                    if j not in m.values():
                        handle.write(json.dumps({"doc": doc_id, "status": "missed",
                                                 "text": text[g[0]:g[1]], "gold": g[3]}) + "\n")
                for i, p in enumerate(pred):
                    if i not in m:
                        handle.write(json.dumps({"doc": doc_id, "status": "false positive",
                                                 "text": text[p[0]:p[1]], "pred": p[3]}) + "\n")
    finally:
        if handle:
            handle.close()
    report = {"dataset": str(directory), "articles": len(docs),
              "metrics": {"span (overlap)": span.as_dict(), "value": value.as_dict()},
              "value_accuracy_on_matched_spans": round(correct / matched, 4) if matched else 0.0}
    if failures:
        report["failures"] = failures
    return report


def format_report(report: dict) -> str:
    lines = [f"MEANTIME time expressions: {report['dataset']} ({report['articles']} articles)", ""]
    lines += prf_table(report["metrics"], 18)
    lines.append(f"\nvalue accuracy on matched spans: {report['value_accuracy_on_matched_spans']:.3f}")
    if report.get("failures"):
        lines.append(f"{len(report['failures'])} articles failed")
    return "\n".join(lines)
