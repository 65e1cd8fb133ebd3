"""Tables for people to read in a terminal (rich): they fit the terminal's width."""
from __future__ import annotations

import io
import shutil
from typing import Any

from rich.console import Console
from rich.table import Table

RELATIVE_VALUES = {"PRESENT_REF": "now", "PAST_REF": "in the past", "FUTURE_REF": "in the future"}


HIDDEN_COLUMNS = {"actor_id", "date_text", "date_inferred"}     # folded into others, or noise
# columns whose cells wrap; every other column keeps its cells on one line
WRAPPED_COLUMNS = {"text", "quote", "actor_names", "recipient_names", "title", "aliases", "titles",
                   "error_message", "speaker", "name"}


def date_label(value: str | None, inferred: bool | None = False, text: str | None = None,
               inferred_mark: str = " (published)") -> str:
    """A date as people read it: the value, its words when relative ('PAST_REF ("recently")'),
    a mark when it is only the publication date."""
    if not value:
        return f'("{text}")' if text else ""
    label = value
    if value in RELATIVE_VALUES or not value[:1].isdigit():
        label = f'{value} ("{text}")' if text else f"{value} ({RELATIVE_VALUES.get(value, value)})"
    return f"{label}{inferred_mark}" if inferred else label


def cell(value: Any, width: int = 60) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        value = ", ".join("" if v is None else str(v) for v in value)
    text = " ".join(str(value).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _fit(shown: list[str], cells: list[list[str]], total: int) -> list[int]:
    """Column widths that add up to at most `total`: wide text columns give way first, then
    the others, none below a few characters (cells fold inside their column)."""
    wide = {c for c in shown if c in {"text", "quote", "title", "error_message"}}
    natural = []
    for k, c in enumerate(shown):
        longest = max([len(r[k]) for r in cells] + [len(c), 1])
        natural.append(min(longest, 60 if c in wide else 24 if c in WRAPPED_COLUMNS else 22))
    avail = max(total - 2 * (len(shown) - 1), len(shown) * 4)
    widths = list(natural)
    for floor_wide, floor_other in ((24, 10), (16, 8), (10, 5)):
        over = sum(widths) - avail
        if over <= 0:
            break
        for k, c in sorted(enumerate(shown), key=lambda kc: (kc[1] not in wide, kc[1] not in WRAPPED_COLUMNS)):
            floor = floor_wide if c in wide else floor_other
            cut = min(over, max(0, widths[k] - floor))
            widths[k] -= cut
            over -= cut
            if over <= 0:
                break
    return widths


def render_table(columns: list[str], rows: list[tuple], max_width: int = 60) -> str:
    """A query result as a table that fits the terminal: lists joined with ", ", dates with
    their words, long cells cut."""
    hidden = HIDDEN_COLUMNS | ({"article_id"} if "title" in columns else set())
    shown = [c for c in columns if c not in hidden]
    cells = []
    for row in rows:
        d = dict(zip(columns, row))
        if "title" in d:        # people read titles; an article without one shows its id
            d["title"] = d["title"] or d.get("article_id")
        if "date" in d:
            d["date"] = date_label(d.get("date"), d.get("date_inferred"), d.get("date_text"))
        cells.append([cell(d[c], max_width) for c in shown])
    width = shutil.get_terminal_size((120, 24)).columns
    table = Table(show_lines=False, expand=False, pad_edge=False, box=None, header_style="bold")
    for c, w in zip(shown, _fit(shown, cells, width)):
        table.add_column(c, overflow="fold", width=w)
    for r in cells:
        table.add_row(*r)
    out = io.StringIO()
    Console(file=out, width=width, color_system=None).print(table)
    return out.getvalue() + f"({len(rows)} row{'s' if len(rows) != 1 else ''})"


def quote_table(rows: list[dict], *, title: str | None = None, console: Console | None = None) -> None:
    """The demo's who-said-what table."""
    console = console or Console()
    table = Table(title=title, show_lines=False, expand=False)
    for name, style in (("speaker", "bold"), ("kind", ""), ("cue", "italic"), ("quote", ""),
                        ("source", ""), ("date", "")):
        table.add_column(name, style=style or None, overflow="fold")
    for r in rows:
        table.add_row(r.get("speaker") or "—", r.get("kind") or "", r.get("cue") or "",
                      "“" + (r.get("quote") or "") + "”", r.get("source") or "",
                      date_label(r.get("date"), r.get("date_inferred")))
    console.print(table)


PUBLISHED = ", the publication date"


def _parties(items) -> str:
    return ", ".join(a.get("name") or a.get("text") or "?" for a in items) or "—"


def pretty_record(rec: dict) -> str:
    """One article as people read it: quotes as "Speaker — cue — “text” (via Outlet, date)",
    events as "Actor → TYPE → Recipient (date)"."""
    if "error" in rec:
        return f"✗ {rec['id']}: {rec['error']['type']}: {rec['error']['message']}\n"
    head = " · ".join(x for x in (rec.get("title") or rec["id"], rec.get("source"), rec.get("published")) if x)
    lines = [f"■ {head}"]
    for q in rec.get("quotes", []):
        sp = q.get("speaker") or {}
        d = q.get("date") or {}
        extra = ", ".join(x for x in (f"via {q['reported_by']}" if q.get("reported_by") else "",
                                      q.get("medium") or "",
                                      date_label(d.get("value"), d.get("inferred"), d.get("text"), PUBLISHED)) if x)
        who = sp.get("name") or (f"[{sp['text']}]" if sp.get("text") else "(unknown speaker)")
        lines.append(f"  {who} — {q.get('cue_lemma') or q['kind']} — "
                     f"“{q['text']}”" + (f" ({extra})" if extra else ""))
    for e in rec.get("events", []):
        d = e.get("date") or {}
        flags = ", ".join(x for x in ("negated" if e.get("negated") else "",
                                      "hypothetical" if e.get("hypothetical") else "",
                                      date_label(d.get("value"), d.get("inferred"), d.get("text"), PUBLISHED)) if x)
        lines.append(f"  {_parties(e.get('actor', []))} → {e['type']}{'/' + e['mode'] if e.get('mode') else ''}"
                     f" → {_parties(e.get('recipient', []))}" + (f" ({flags})" if flags else ""))
    if len(lines) == 1:
        lines.append("  (no quotes or events)")
    return "\n".join(lines) + "\n\n"
