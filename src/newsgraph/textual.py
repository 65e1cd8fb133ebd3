"""Tables for people to read in a terminal (rich): they fit the terminal's width."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table

RELATIVE_VALUES = {"PRESENT_REF": "now", "PAST_REF": "in the past", "FUTURE_REF": "in the future"}


def date_label(value: str | None, inferred: bool | None = False, text: str | None = None) -> str:
    """A date as people read it: the value, its words when relative, a mark when it is only
    the publication date."""
    if not value:
        return ""
    label = value
    if value in RELATIVE_VALUES:
        label = f"{value} ({text or RELATIVE_VALUES[value]})"
    return f"{label} (published)" if inferred else label


def quote_table(rows: list[dict], *, title: str | None = None, console: Console | None = None) -> None:
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
