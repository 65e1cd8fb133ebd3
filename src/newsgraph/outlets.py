"""Outlet names as data: "The Associated Press", "AP" and "AP News" are one outlet, and so
are a corpus's own source labels ("nyt", "wash-post") and the names a text cites."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

_NOT_WORD = re.compile(r"[^a-z0-9&-]+")
# "Reuters news agency", "POLITICO Magazine": a name with a kind of outlet after it
_KIND_SUFFIXES = (" news agency", " newspaper", " magazine", " network", " channel")


@lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    text = resources.files("newsgraph.data").joinpath("outlets.tsv").read_text("utf-8")
    table = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        key, names = line.split("\t")
        for name in names.split("|"):
            table[name] = key
    return table


def _plain(name: str) -> str:
    text = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode()
    text = " ".join(_NOT_WORD.sub(" ", text.lower().replace(".com", "")).split())
    return text[4:] if text.startswith("the ") else text


@lru_cache(maxsize=4096)     # a store's citations name few outlets, over and over
def outlet_key(name: str | None) -> str | None:
    """The outlet a name stands for (a known outlet's key, or the plain name itself)."""
    plain = _plain(name or "")
    if not plain:
        return None
    aliases = _aliases()
    if plain in aliases:
        return aliases[plain]
    for suffix in _KIND_SUFFIXES:
        if plain.endswith(suffix) and plain[: -len(suffix)] in aliases:
            return aliases[plain[: -len(suffix)]]
    return plain
