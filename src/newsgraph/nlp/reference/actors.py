"""Actor coding: an actor or recipient mention with its ISO3 country (or IGO) and PLOVER
sector, from the entity, its titles and the words used, with the bundled gazetteer."""
from __future__ import annotations

from dataclasses import dataclass

from .entities import EntityCluster
from .gazetteer import ARMED_GROUPS, IGO_ACRONYMS, IGOS, NGOS, SECTOR_WORDS, SPECIFIC_SECTORS
from .lexicon import GOV_METONYMS, countries, country_of, is_outlet, normalise_name


@dataclass
class ActorGuess:
    start: int
    end: int
    text: str
    name: str
    cluster: EntityCluster | None
    country: str | None
    sector: str | None
    pronoun: bool = False       # the mention was a pronoun, reported at its antecedent

    @property
    def named(self) -> bool:
        """An entity of the article, or a country."""
        return self.cluster is not None or bool(self.country)

    @property
    def party(self) -> bool:
        """Named, or a sector the words give ("the prime minister", "protesters")."""
        return self.named or bool(self.sector)


def code_actor(text: str, cluster: EntityCluster | None) -> tuple[str | None, str | None]:
    """(ISO3 or "IGO", PLOVER sector) from the entity, its titles and the words used."""
    key = normalise_name(text)
    ordered = key.replace("’", "'").replace("-", " ").split()
    if cluster is not None:
        ordered += [w for t in cluster.titles for w in t.lower().split()]
        ordered += normalise_name(cluster.name).split()
    ordered = list(dict.fromkeys(ordered))      # text order, so the coding does not depend on set order
    words = set(ordered)
    name = normalise_name(cluster.name) if cluster is not None else key
    raw = (cluster.name if cluster is not None else text).strip()
    if (name in IGOS or key in IGOS or raw in IGO_ACRONYMS or text.strip() in IGO_ACRONYMS
            or any(ig in key for ig in ("united nations", "security council", "nato", "european community"))
            or key.startswith(("u.n. ", "un ")) or " u.n. " in f" {key} "):
        return "IGO", "GOV"
    if name in NGOS or key in NGOS:
        return None, "SOC"
    group = next((ARMED_GROUPS[g] for g in (name, key) if g in ARMED_GROUPS), None) or next(
        (v for g, v in ARMED_GROUPS.items() if len(g) > 4 and f" {g} " in f" {key} "), None)
    if group is not None:       # "the Hamas", "Hezbollah guerrillas"
        return group
    country = cluster.country if cluster is not None else None
    if country is None:
        country = country_of(text) or GOV_METONYMS.get(name) or country_in(key)
    if "secretary" in words or "attorney" in words:
        words.discard("general")        # "Secretary-General" is no general
    if words & {"minister", "ministry", "secretary", "department"}:
        words -= {"defense", "defence"}  # the defence minister is the government
    sector = None
    for w in (w for w in ordered if w in words):
        s = SECTOR_WORDS.get(w.rstrip("s") if w.rstrip("s") in SECTOR_WORDS else w)
        if s is not None and (sector is None or (s in SPECIFIC_SECTORS and sector not in SPECIFIC_SECTORS)):
            sector = s      # a specific sector word ("intelligence officials", "army chief") wins
    if sector is None and cluster is not None:
        if cluster.type == "GPE" or name in GOV_METONYMS:
            sector = "GOV"
        elif cluster.type == "ORG" and is_outlet(cluster.name):
            sector = "JRN"
        elif cluster.type == "PERSON" and cluster.titles:
            sector = "GOV" if any(SECTOR_WORDS.get(w) == "GOV" for t in cluster.titles for w in t.lower().split()) else None
    if sector is None and country and key in countries():
        sector = "GOV"      # a country acting is its government
    if sector == "GOV" and words & {"former", "ousted", "exiled", "deposed", "ex"}:
        sector = "ELI"      # the codebook: former officials are elites
    return country, sector


def country_in(key: str) -> str | None:
    """A country named inside a phrase: "Sudan's government", "Ivory Coast rebels", "Palestinians"."""
    words = key.replace("'s ", " ").replace("-", " ").split()
    table = countries()
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            w = " ".join(words[i:i + n])
            hit = table.get(w)
            if hit is None and n == 1 and w.endswith("s") and table.get(w[:-1], {}).get("how") == "demonym":
                hit = table[w[:-1]]     # "Palestinians", "Nigerians"
            if hit:
                return hit["iso3"]
    return None


__all__ = ["ActorGuess", "code_actor", "country_in"]
