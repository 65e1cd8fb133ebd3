"""Split an article's text into segments marked speaker, cue, quote content or event trigger.

The segments carry plain text only; the template escapes each one, so markup in an
article shows as text.
"""
from __future__ import annotations

PRIORITY = {"speaker": 4, "cue": 3, "trigger": 2, "content": 1}


def article_segments(text: str, quotes: list[dict], events: list[dict]) -> list[dict]:
    marks: list[tuple[int, int, str, str | None, str | None]] = []
    for q in quotes:
        for s, e in q.get("content") or []:
            marks.append((s, e, "content", q["quote_id"], None))
        for s, e in q.get("cue") or []:
            marks.append((s, e, "cue", q["quote_id"], None))
        if q.get("speaker_start") is not None and q.get("speaker_end") is not None:
            marks.append((q["speaker_start"], q["speaker_end"], "speaker", q["quote_id"], None))
    for ev in events:
        if ev.get("trigger_start") is not None:
            marks.append((ev["trigger_start"], ev["trigger_end"], "trigger", None, ev["event_id"]))
    n = len(text)
    cuts = {0, n}
    for s, e, *_ in marks:
        if 0 <= s < e <= n:
            cuts.update((s, e))
    points = sorted(cuts)
    segments = []
    for a, b in zip(points, points[1:]):
        best = None
        for s, e, kind, quote, event in marks:
            if s <= a and b <= e and (best is None or PRIORITY[kind] > PRIORITY[best[0]]):
                best = (kind, quote, event)
        kind, quote, event = best or (None, None, None)
        if segments and segments[-1]["kind"] == kind and segments[-1]["quote"] == quote \
                and segments[-1]["event"] == event:
            segments[-1]["text"] += text[a:b]
        else:
            segments.append({"text": text[a:b], "kind": kind, "quote": quote, "event": event})
    return segments
