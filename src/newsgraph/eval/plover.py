"""`newsgraph eval plover`: event coding scored on PLV-format pairs and PLOVER gold records.

PLV rows give a sentence with its source (<s>…</s>) and target (<t>…</t>) marked and the
gold PLOVER root type. Pair accuracy: the share of gold pairs for which some event links
an actor overlapping the source to a recipient overlapping the target, with the gold
type (gold YIELD accepts CONCEDE or RETREAT); PLV's target is often a thing ("the deal"),
which newsgraph reports as the event's `target`, not a recipient (recipients are parties),
so a target overlapping it links the pair too, and the report counts those pairs apart.
Pair recall ignores the type. Sentence
macro-F1 compares the first event's type with the gold root. The GSR check codes the
actors of the PLOVER gold-standard records (country and sector), mapping PLOVER 0.5
labels to v2 (DEMAND -> REQUEST, DISAPPROVE and INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT).
"""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path

from ..errors import EvalError
from ..model import Article, Failure
from ..plover import V05_TO_V2
from .scoring import PRF, expect_total

# the gold records' PLOVER 0.5 context names, as v2 names them
CONTEXT_V05_TO_V2 = {"refugee": "migration", "refugees": "migration", "resource": "natural_resource",
                     "resources": "natural_resource", "government": "executive", "political": "political_institutions",
                     "politics": "political_institutions", "rights": "rights_freedoms", "religion": "religion_ethnicity",
                     "discrimination": "religion_ethnicity", "foreign": "diplomatic", "assets": "economic"}
_NO_CONTEXT = {"", "unknown", "historical"}


def _contexts(text: str | None) -> set[str]:
    out = set()
    for c in (text or "").split(","):
        c = c.strip().lower()
        if c not in _NO_CONTEXT:
            out.add(CONTEXT_V05_TO_V2.get(c, c))
    return out
YIELD = {"CONCEDE", "RETREAT"}
_TAG = re.compile(r"</?[st]>")


def _type_of(pred: str) -> str:
    return "YIELD" if pred in YIELD else pred


def _spans_from_marked(marked: str) -> tuple[str, tuple[int, int] | None, tuple[int, int] | None]:
    text, pos, opened, spans = [], 0, {}, {}
    last = 0
    for m in _TAG.finditer(marked):
        chunk = marked[last:m.start()]
        text.append(chunk)
        pos += len(chunk)
        tag = m.group()
        if tag.startswith("</"):
            spans[tag[2]] = (opened.get(tag[2], pos), pos)
        else:
            opened[tag[1]] = pos
        last = m.end()
    text.append(marked[last:])
    return "".join(text), spans.get("s"), spans.get("t")


def load_plv(path: str | Path, limit: int | None = None):
    path = Path(path)
    try:
        rows = list(csv.DictReader(path.open(encoding="utf-8"), delimiter="\t"))
    except OSError as exc:
        raise EvalError(f"cannot read: {exc.strerror}", path=str(path)) from exc
    if not rows or "marked_sentence" not in rows[0] or "gold_root" not in rows[0]:
        raise EvalError("not a PLV file (needs marked_sentence and gold_root columns)", path=str(path))
    out = []
    for row in rows[:limit] if limit else rows:
        text, src, tgt = _spans_from_marked(row["marked_sentence"])
        if src is None or tgt is None:
            continue
        out.append({"text": text, "source": src, "target": tgt, "gold": row["gold_root"].strip()})
    return out


def _overlap(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def evaluate_plover(tsv, *, gsr=None, model=None, workers: int = 1, limit: int | None = None,
                    errors_out=None, progress=None) -> dict:
    from ..runner import extract_items
    rows = load_plv(tsv, limit)
    texts = sorted({r["text"] for r in rows})
    expect_total(progress, len(texts))
    records = {}
    for text, rec in zip(texts, extract_items((Article(id=str(i), text=t) for i, t in enumerate(texts)),
                                              model=model, workers=workers, progress=progress)):
        records[text] = [] if isinstance(rec, Failure) else [e.to_dict() for e in rec.events]
    pair_ok = pair_any = via_target = 0
    gold_labels, pred_labels = [], []
    handle = open(errors_out, "w", encoding="utf-8") if errors_out else None
    try:
        for r in rows:
            events = records[r["text"]]
            linked = [e for e in events
                      if any(_overlap(a["span"], r["source"]) for a in e["actor"])
                      and (any(_overlap(a["span"], r["target"]) for a in e["recipient"])
                           or e.get("target") and _overlap(e["target"]["span"], r["target"]))]
            typed = [e for e in linked if _type_of(e["type"]) == r["gold"]]
            pair_any += bool(linked)
            pair_ok += bool(typed)
            via_target += bool(typed) and not any(
                any(_overlap(a["span"], r["target"]) for a in e["recipient"]) for e in typed)
            first = _type_of(events[0]["type"]) if events else "NONE"
            gold_labels.append(r["gold"])
            pred_labels.append(first)
            if handle and not typed:
                handle.write(json.dumps({"text": r["text"], "gold": r["gold"],
                                         "source": r["text"][slice(*r["source"])],
                                         "target": r["text"][slice(*r["target"])],
                                         "events": [(e["type"], e["trigger"]["text"],
                                                     [a["text"] for a in e["actor"]],
                                                     [a["text"] for a in e["recipient"]]) for e in events]},
                                        ensure_ascii=False) + "\n")
    finally:
        if handle:
            handle.close()
    n = len(rows)
    report = {"dataset": str(tsv), "pairs": n, "sentences": len(texts),
              "pair_accuracy": round(pair_ok / n, 4) if n else 0.0,
              "pair_recall_any_type": round(pair_any / n, 4) if n else 0.0,
              "pairs_through_target": via_target,
              "sentence_macro_f1": round(_macro_f1(gold_labels, pred_labels), 4),
              "sentence_accuracy": round(sum(g == p for g, p in zip(gold_labels, pred_labels)) / n, 4) if n else 0.0,
              "per_type_f1": _per_type(gold_labels, pred_labels)}
    if gsr:
        report["gsr"] = evaluate_gsr(gsr, model=model)
    return report


def _per_type(gold, pred) -> dict:
    out = {}
    for label in sorted(set(gold)):
        tp = sum(1 for g, p in zip(gold, pred) if g == p == label)
        fp = sum(1 for g, p in zip(gold, pred) if p == label and g != label)
        fn = sum(1 for g, p in zip(gold, pred) if g == label and p != label)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        out[label] = round(2 * prec * rec / (prec + rec), 4) if prec + rec else 0.0
    return out


def _macro_f1(gold, pred) -> float:
    per = _per_type(gold, pred)
    return sum(per.values()) / len(per) if per else 0.0


def evaluate_gsr(path, *, model=None) -> dict:
    """Actor country/sector coding and event type on PLOVER gold-standard records."""
    from ..runner import extract_items
    try:
        records = [r for r in json.loads(Path(path).read_text("utf-8")) if r.get("text")]
    except (OSError, ValueError) as exc:
        raise EvalError(f"cannot read PLOVER records: {exc}", path=str(path)) from exc
    country = sector = n_country = n_sector = typed = n_typed = 0
    ctx_tp = ctx_pred = ctx_gold = 0
    for gold, rec in zip(records, extract_items((Article(id=r["id"], text=r["text"]) for r in records),
                                                 model=model)):
        events = [] if isinstance(rec, Failure) else [e.to_dict() for e in rec.events]
        if events:
            n_typed += 1
            typed += _type_of(events[0]["type"]) == _type_of(V05_TO_V2.get(gold["event"], gold["event"]))
        gold_ctx = _contexts(gold.get("context"))
        if gold_ctx and events:     # the first event's contexts against the record's
            ours_ctx = _contexts(events[0].get("context"))
            ctx_tp += len(ours_ctx & gold_ctx)
            ctx_pred += len(ours_ctx)
            ctx_gold += len(gold_ctx)
        for actor in gold.get("source") or []:
            at = gold["text"].find(actor.get("actorText") or "\x00")
            if at < 0:
                continue
            span = (at, at + len(actor["actorText"]))
            ours = [a for e in events for a in e["actor"] if _overlap(a["span"], span)]
            if not ours:
                continue
            if actor.get("code"):
                n_country += 1
                country += ours[0]["country"] == actor["code"]
            if actor.get("sector") and actor["sector"].isalpha():
                n_sector += 1
                sector += ours[0]["sector"] == actor["sector"][:3]
    return {"records": len(records),
            "actor_country_accuracy": round(country / n_country, 4) if n_country else None,
            "actors_with_country": n_country,
            "actor_sector_accuracy": round(sector / n_sector, 4) if n_sector else None,
            "actors_with_sector": n_sector,
            "first_event_type_accuracy": round(typed / n_typed, 4) if n_typed else None,
            "records_with_events": n_typed,
            "context": PRF(ctx_tp, ctx_tp, ctx_pred, ctx_gold).as_dict()}


def format_report(report: dict) -> str:
    lines = [f"PLOVER events: {report['dataset']} ({report['pairs']} pairs, {report['sentences']} sentences)", "",
             f"pair accuracy (actor, recipient, type)   {report['pair_accuracy']:.3f}",
             f"pair recall, any type                    {report['pair_recall_any_type']:.3f}",
             f"  correct pairs whose target is no party  {report.get('pairs_through_target', 0)}",
             f"sentence macro-F1 (first event's type)   {report['sentence_macro_f1']:.3f}",
             f"sentence accuracy                        {report['sentence_accuracy']:.3f}", "",
             "per-type F1: " + ", ".join(f"{k} {v:.2f}" for k, v in report["per_type_f1"].items())]
    if "gsr" in report:
        g = report["gsr"]
        lines += ["", f"GSR ({g['records']} records): actor country {g['actor_country_accuracy']} "
                      f"(n={g['actors_with_country']}), sector {g['actor_sector_accuracy']} "
                      f"(n={g['actors_with_sector']}), first event type {g['first_event_type_accuracy']} "
                      f"(n={g['records_with_events']})",
                  f"GSR contexts of the first event: P {g['context']['precision']:.3f} R {g['context']['recall']:.3f} "
                  f"F1 {g['context']['f1']:.3f} ({g['context']['tp']} of {g['context']['gold']} gold, "
                  f"{g['context']['pred']} given)"]
    return "\n".join(lines)
