"""Names and countries as data, shared by the pipeline and the store (no spaCy here):
the bundled gazetteer (`data/countries.tsv`), honorifics, and the normal form of a name."""
from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources

HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.",
                        "sir", "dame", "lord", "lady", "miss", "mx", "mx."})


@lru_cache(maxsize=1)
def countries() -> dict[str, dict[str, str]]:
    """Lower-cased names, demonyms and capitals mapped to ``{"iso3", "name", "how"}``."""
    table: dict[str, dict[str, str]] = {}
    text = resources.files("newsgraph.data").joinpath("countries.tsv").read_text("utf-8")
    rows = (line for line in text.splitlines() if line and not line.startswith("#"))
    for iso3, names, demonyms, capitals in csv.reader(rows, delimiter="\t"):
        canonical = names.split("|")[0]
        for how, field in (("capital", capitals), ("demonym", demonyms), ("name", names)):
            for word in field.split("|"):
                if word:
                    table[word.lower()] = {"iso3": iso3, "name": canonical, "how": how}
    return table


def normalise_name(text: str) -> str:
    """Lower-case, strip a leading article and a trailing possessive."""
    t = text.strip().replace("’", "'")
    low = t.lower()
    if low.startswith("the "):
        t = t[4:]
    if t.endswith("'s"):
        t = t[:-2]
    elif t.endswith("'"):
        t = t[:-1]
    return t.strip().lower()
