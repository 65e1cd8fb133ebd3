"""Learned tables shipped as JSON in `newsgraph/data` or saved beside a pipeline.

Every way a table can fail to load (missing, unreadable, not JSON) is a `ModelError` that
names the file: a component never falls back to rules silently.
"""
from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from ..errors import ModelError


def packaged_text(name: str) -> str:
    try:
        return resources.files("newsgraph.data").joinpath(name).read_text("utf-8")
    except (FileNotFoundError, OSError) as exc:
        raise ModelError(f"learned table {name} is missing from the package: {exc}") from None


def packaged_json(name: str) -> object:
    return parse_json(packaged_text(name), name)


def read_json(path: Path) -> object:
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ModelError(f"learned table {path} cannot be read: {exc}") from None
    return parse_json(raw, str(path))


def parse_json(raw: str, where: str) -> object:
    try:
        return json.loads(raw)
    except ValueError as exc:
        raise ModelError(f"learned table {where} is unreadable: {exc}") from None
