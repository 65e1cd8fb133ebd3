"""Brat standoff attribution files (PolNeAR): Source, Cue and Content spans linked by E lines."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import EvalError

Spans = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class GoldAttribution:
    index: int            # position among the E lines that have a Content span
    content: Spans
    source: Spans
    cue: Spans


def _spans(field: str, path: Path, lineno: int) -> Spans:
    try:
        return tuple((int(s), int(e)) for s, e in (part.split() for part in field.split(";")))
    except ValueError as exc:
        raise EvalError(f"bad span {field!r}", path=str(path), offset=lineno) from exc


def parse_ann(text: str, path: Path | None = None) -> list[GoldAttribution]:
    """Attributions in E-line order; E lines may name T lines defined after them."""
    path = path or Path("<ann>")
    spans: dict[str, tuple[str, Spans]] = {}
    events: list[dict[str, str]] = []
    for lineno, line in enumerate(text.splitlines(), 1):
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if parts[0].startswith("T"):
            label, _, rng = parts[1].partition(" ")
            spans[parts[0]] = (label, _spans(rng, path, lineno))
        elif parts[0].startswith("E"):
            args = {}
            for arg in parts[1].split()[1:]:
                role, _, ref = arg.partition(":")
                args[role] = ref
            events.append(args)
    out = []
    for args in events:
        if "Content" not in args or args["Content"] not in spans:
            continue
        get = lambda role: spans[args[role]][1] if args.get(role) in spans else ()
        out.append(GoldAttribution(len(out), get("Content"), get("Source"), get("Cue")))
    return out


def annotation_files(attributions_dir: Path) -> dict[str, list[Path]]:
    """Doc name -> its .ann files in sorted order (files are DOC_ANNOTATOR.ann)."""
    files: dict[str, list[Path]] = {}
    for path in sorted(attributions_dir.glob("*.ann")):
        files.setdefault(path.stem.rsplit("_", 1)[0], []).append(path)
    return files


def first_annotations(attributions_dir: Path) -> dict[str, Path]:
    """Doc name -> its first .ann file in sorted order."""
    return {doc: paths[0] for doc, paths in annotation_files(attributions_dir).items()}
