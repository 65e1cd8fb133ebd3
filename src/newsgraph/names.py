"""Names and countries as data, shared by the pipeline and the store (no spaCy here):
the bundled gazetteer (`data/countries.tsv`), honorifics, and the normal form of a name."""
from __future__ import annotations

import csv
import re
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


# Words a headline glues to the name before it ("Obama Says", "Rubio Responds To ..."):
# the name ends where one begins.
HEADLINE_VERBS = frozenset("""
says said claims tells slams calls warns vows urges blasts admits denies responds rips
defends attacks praises mocks explains reveals insists accuses announces answers hits
""".split())
# A person's name never holds one of these: the span is a clause, not a name.
NOT_IN_A_PERSON = frozenset("""
be is are was were to and or the a an next question of for with on at by
among from into about after before against under over between without during despite
toward towards per via
house administration campaign foundation committee department university party
network trophy klan elementary school academy college institute council agency
association corporation corp inc company organization organisation coalition caucus
commission tribune magazine airport county award prize amendment principal
""".split())
NAME_PARTICLES = frozenset("bin ibn al el de del della di da van von der den le la du dos das ter".split())
PRONOUNS = frozenset("i me he him she her it we us they them who whom whose which that this "
                     "you one someone somebody everyone anyone".split())
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def actor_name(name: str, type_: str) -> str | None:
    """The name an actor goes by, or None when the text is no name: a pronoun, a clause,
    markup, a word in lower case. A headline verb glued to a name is cut off."""
    words = (name or "").replace("’", "'").split()
    if not words or any(ch in name for ch in '=<>"{}|') or not any(c.isalpha() for c in name):
        return None
    if type_ == "PERSON":
        for i, w in enumerate(words[1:], 1):
            if w.lower() in HEADLINE_VERBS:
                words = words[:i]
                break
        if any(w.lower() in NOT_IN_A_PERSON or "@" in w or w.endswith("'s") for w in words):
            return None
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        return None
    first = words[0]
    if first[:1].islower() and first.lower() not in NAME_PARTICLES:
        return None
    return " ".join(words)


_GLUED_CAPTION = re.compile(r"^.*[a-z](?=[A-Z][a-z]{2})")     # "Photo: AgencyGovernor" -> "Governor"
_TITLE_BREAK = re.compile(r"\s[.;:|]\s|\s(?:and|or|with|but|than)\s|\s-\s")


def title_of(text: str | None) -> str | None:
    """A title as people read it, from what the pipeline caught before a name: the last
    clause ("12 percent . Sen." -> "Sen."), without leading lower-case filler
    ("particularly Sen." -> "Sen."), ending in a role word; else None ("votes")."""
    from .nlp.reference.lexicon import ROLE_NOUNS, TITLE_NOUNS
    if not text or any(ch in text for ch in '<>="{}'):
        return None
    text = _GLUED_CAPTION.sub("", text)
    words = _TITLE_BREAK.split(" " + text.strip() + " ")[-1].split()
    roles = TITLE_NOUNS | ROLE_NOUNS
    while words and words[0][:1].islower() and words[0].lower() not in roles:
        words = words[1:]
    if not words or words[-1].lower().rstrip(",") not in roles:
        return None
    return " ".join(words)


_BYLINE_BY = re.compile(r"^\s*by\s+", re.I)
_SPACED_COMMA = re.compile(r"\s+,\s+")


def byline_name(author: str) -> str:
    """The writer's name from a byline as feeds give it: "By ANA RUIZ" -> "Ana Ruiz", "Ana
    Ruiz, Harbour Gazette" -> "Ana Ruiz" (the outlet after the comma is not the name), and a
    comma typed with a space before it joins words ("Ana , Ruiz")."""
    name = _SPACED_COMMA.sub(" ", _BYLINE_BY.sub("", author.strip()))
    head, comma, rest = name.partition(",")
    if comma and head.strip() and len(head.split()) >= 2:
        name = head
    name = name.strip()
    if name.isupper():
        name = " ".join(w if len(w) <= 2 and w.endswith(".") else w.capitalize() for w in name.split())
    return name
