"""Entities made consistent across an article.

spaCy's NER tags each mention on its own; news needs one entity per referent:
"Okafor" (tagged ORG) is Ada Okafor, "Voss" is Piet Voss, "U.S." and "the United
States" are one country. Titles and country affiliation come from the words around
a person's name ("Chilean Foreign Minister Rosa Vidal" -> "Foreign Minister", CHL).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..component import Component, doc_text, token_chars
from ..furniture import markup_tags, touches_tags
from .gender import gender_of
from .lexicon import (GOV_METONYMS, GROUP_WORDS, HONORIFICS, ORG_KINDS, ORG_NOUNS, TITLE_NOUNS, countries, country_of,
                      first_name_genders, normalise_name)
from .runons import (_POSSESSIVE, _clean_span, _name_text, _name_units, _name_words, _split_at_spaced_dash,
                     _trim_headline_names, _trim_person)

KEPT_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}


@dataclass
class EntityCluster:
    """One referent in one article (mutable while the article is being read)."""
    index: int
    type: str
    name: str
    mentions: list[tuple[int, int]] = field(default_factory=list)   # token spans
    aliases: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    country: str | None = None
    gender: str | None = None       # "F" or "M" as far as the article shows it (`gender.py`)

    def to_data(self, doc: Doc) -> dict:
        """Plain data: token spans for the stages after this one, characters for the record."""
        chars = [list(token_chars(doc, s, e)) for s, e in self.mentions]
        return {"type": self.type, "name": self.name, "mentions": [list(m) for m in self.mentions],
                "chars": chars,
                "aliases": list(self.aliases), "titles": list(self.titles), "country": self.country,
                "gender": self.gender}

    @classmethod
    def from_data(cls, index: int, data: dict) -> "EntityCluster":
        return cls(index=index, type=data["type"], name=data["name"],
                   mentions=[tuple(m) for m in data["mentions"]], aliases=list(data["aliases"]),
                   titles=list(data["titles"]), country=data["country"], gender=data["gender"])

    def add(self, start: int, end: int, text: str) -> None:
        if (start, end) not in self.mentions:
            self.mentions.append((start, end))
        if text != self.name and text not in self.aliases:
            self.aliases.append(text)


SEX_TITLES = {"mrs": "F", "ms": "F", "miss": "F", "madam": "F", "mr": "M"}
# labels NER gives a person's name in an unusual sentence ("Ana Ruiz" as a FAC, GPE, NORP)
MISTAGGED_PERSON_LABELS = frozenset({"ORG", "FAC", "GPE", "NORP", "LOC"})
# last words of an organisation's name that no surname has, and two-word endings of the same kind
ORGANISATION_HEADS = frozenset("""foundation campaign administration committee fund institute center centre pac
coalition association university council commission department ministry agency
bank group holdings industries capital partners media realty shipping airlines motors
inc inc. corp corp. ltd ltd. llc corporation company""".split())
ORGANISATION_ENDINGS = frozenset({("white", "house")})


def _person_tagged_org(ent: Span) -> bool:
    """"Ana Ruiz" tagged ORG (or a place, a building, a group): a known first name, a
    capitalised surname that is no organisation's word, no plural and no people's name, and
    the surname written alone elsewhere in the article ("Ruiz said …") or a person's title
    just before the name, as people are and "Edison Research", "Al Qaeda" or
    "Irish-American" are not."""
    words = [t for t in ent if not t.is_punct]
    if not 2 <= len(words) <= 3 or words[0].text not in first_name_genders():
        return False
    last = words[-1]
    if not all(t.text[:1].isupper() for t in words) or last.lower_ in ORG_KINDS or last.lower_ in ORG_NOUNS \
            or last.text.endswith("s") and not last.text.endswith("ss") or country_of(last.text) is not None:
        return False
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and (before.lower_ in TITLE_NOUNS or before.lower_ in HONORIFICS):
        return True     # "Chief Executive Ana Ruiz", "Sgt. Ana Ruiz": a title names a person
    return any(t.text == last.text and not (ent.start <= t.i < ent.end) and t.pos_ == "PROPN"
               and (t.i + 1 >= len(t.doc) or t.doc[t.i + 1].pos_ != "PROPN")
               and (t.i == 0 or t.doc[t.i - 1].pos_ != "PROPN") for t in ent.doc)


def _organisation_tagged_person(ent: Span) -> bool:
    """"Ana Ruiz Foundation", "the Ruiz White House", "Ruiz PAC" tagged PERSON: a name that
    ends in a word no person's name ends in is the organisation's, and must not lend the
    person its name."""
    words = [t.lower_ for t in ent if not t.is_punct]
    return len(words) >= 2 and (words[-1] in ORGANISATION_HEADS or tuple(words[-2:]) in ORGANISATION_ENDINGS)


def _names_tagged_person_mostly(doc: Doc) -> frozenset[str]:
    """"Ana Ruiz" tagged a person at least as often as anything else, with a known first
    name: her mentions tagged a place, a building or a group are hers too ("Harbour Tower",
    tagged a person now and then, is not a first name and a surname)."""
    person, other = Counter(), Counter()
    for e in doc.ents:
        words = e.text.split()
        if len(words) >= 2 and words[0] in first_name_genders():
            (person if e.label_ == "PERSON" else other)[e.text] += 1
    return frozenset(name for name, n in person.items() if n >= other[name])


def _is_title_only(span: Span) -> bool:
    return all(t.lower_ in TITLE_NOUNS or t.is_punct or t.lower_ in {"and", "of", "state", "foreign"}
               for t in span)


def _looks_like_surname(ent: Span, words: list[str]) -> bool:
    """One capitalised word that is no demonym and no plural group ("Democrats")."""
    if len(words) != 1 or len(ent) != 1:
        return False
    word = words[0]
    return (word[:1].isupper() and not word.isupper() and country_of(word) is None
            and ent.root.tag_ == "NNP" and not word.endswith("s") and word.lower() not in GROUP_WORDS)


def _acronym(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper())


def resolve_entities(doc: Doc, labels: frozenset[str] = frozenset(KEPT_LABELS)
                     ) -> tuple[list[EntityCluster], dict[int, EntityCluster]]:
    """Cluster the article's NER mentions into entities (the predict step: no side effects).

    Returns the clusters and a map from token index to the cluster that token names.
    """
    persons: list[Span] = []
    others: list[Span] = []
    # surnames the article writes as a name of their own: a spaced dash before one ends a name
    alone = frozenset(e.text for e in doc.ents if e.label_ == "PERSON" and len(e) == 1)
    named = frozenset(w for e in doc.ents if e.label_ == "PERSON" for w in (e.text, e[-1].text))
    # a name read as a person once is a person at each of its mentions (a headline's too)
    full_names = _names_tagged_person_mostly(doc) | {
        e.text for e in doc.ents if e.label_ in MISTAGGED_PERSON_LABELS and _person_tagged_org(_clean_span(e))}
    tags = markup_tags(doc_text(doc))     # a tag's attributes name no one: 'author="…" id="2016'
    for ent in doc.ents:
        if ent.label_ not in labels or tags and touches_tags([(ent.start_char, ent.end_char)], tags):
            continue
        ent = _split_at_spaced_dash(_clean_span(ent), named)
        if ent.label_ in MISTAGGED_PERSON_LABELS and (_person_tagged_org(ent) or ent.text in full_names):
            ent = Span(doc, ent.start, ent.end, label="PERSON")
        if ent.label_ == "PERSON":
            trimmed = _trim_person(ent, alone)
            cut = trimmed.end < ent.end or ent[0].text in _POSSESSIVE
            if cut and len(_name_words(trimmed)) < 2 <= len(_name_words(ent)):
                continue    # "Obama's Legacy", "Pipe Down": what is left of a run-on is no name
            ent = trimmed
            if _is_title_only(ent) or not any(t.text[:1].isupper() for t in ent):
                continue
            if _organisation_tagged_person(ent):
                others.append(Span(doc, ent.start, ent.end, label="ORG"))
                continue
            persons.append(ent)
        else:
            others.append(ent)
    persons = _trim_headline_names(persons)
    clustering = _Clustering(doc)
    clustering.add_people(persons)
    keyed = clustering.add_others(others)
    _link_acronyms(clustering.clusters, keyed)
    clustering.add_untagged_repeats()
    return clustering.finish()


class _Clustering:
    """The clusters of one article while they are being built."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.clusters: list[EntityCluster] = []
        self.by_token: dict[int, EntityCluster] = {}
        self.person_word_index: dict[str, list[EntityCluster]] = {}

    def attach(self, cluster: EntityCluster, start: int, end: int) -> None:
        cluster.add(start, end, _name_text(self.doc[start:end]))
        for i in range(start, end):
            self.by_token[i] = cluster

    def new_cluster(self, label: str, name: str) -> EntityCluster:
        c = EntityCluster(index=len(self.clusters), type=label, name=name)
        self.clusters.append(c)
        return c

    def add_people(self, persons: list[Span]) -> None:
        """Full names first, then single words joined to the full name holding them."""
        full: list[tuple[list[str], EntityCluster]] = []
        singles: list[Span] = []
        for ent in persons:
            words = _name_words(ent)
            if len(words) >= 2 and len(_name_units(ent)) >= 2:     # "Ruiz-Santos" alone is a surname
                for known_words, cluster in full:
                    if known_words[-1] == words[-1] and known_words[0] == words[0]:
                        if len(words) > len(known_words):
                            cluster.name = _name_text(ent)
                        break
                else:
                    cluster = self.new_cluster("PERSON", _name_text(ent))
                    full.append((words, cluster))
                self.attach(cluster, ent.start, ent.end)
            elif words:
                singles.append(ent)
        for words, cluster in full:
            for w in {*words, *cluster.name.split()}:      # "Shanklin", "Hawkins" and "Shanklin-Hawkins"
                if len(w) > 1 and w.lower() not in HONORIFICS:
                    self.person_word_index.setdefault(w, []).append(cluster)
        single_clusters: dict[str, EntityCluster] = {}
        for ent in singles:
            units = _name_units(ent)
            word = units[0] if len(units) == 1 else _name_words(ent)[0]
            cluster = self.person_for_word(word, ent.start)
            if cluster is None:
                cluster = single_clusters.get(word) or self.new_cluster("PERSON", word)
                single_clusters[word] = cluster
            self.attach(cluster, ent.start, ent.end)

    def person_for_word(self, word: str, at: int) -> EntityCluster | None:
        cands = self.person_word_index.get(word)
        if not cands and word.isupper() and len(word) > 2:
            # transcripts label turns with the surname in capitals ("OKAFOR: …")
            cands = self.person_word_index.get(word.title())
        if not cands:
            return None
        if len(cands) == 1:
            return cands[0]
        # Prefer the surname match, of the sex a title gives ("Mrs. Okafor" beside her husband),
        # then the one mentioned most recently before `at`.
        surname = [c for c in cands if c.name.split()[-1] == word] or cands
        titled = self._titled_sex(at)
        if titled is not None and len(surname) > 1:
            surname = [c for c in surname if gender_of(self.doc, c) == titled] or surname

        def salience(c: EntityCluster) -> tuple[int, int]:
            before = [s for s, _ in c.mentions if s <= at]
            return (len(before), max(before) if before else -1)
        return max(surname, key=salience)

    def _titled_sex(self, at: int) -> str | None:
        """"F" or "M" when a title of address stands at or just before token `at`."""
        for tok in self.doc[max(0, at - 1):at + 1]:
            word = tok.lower_.rstrip(".")
            if word in SEX_TITLES:
                return SEX_TITLES[word]
        return None

    def add_others(self, others: list[Span]) -> dict[tuple[str, str], EntityCluster]:
        """Organisations, places, groups; a word of a person's name mis-tagged as
        ORG/NORP/GPE is that person."""
        keyed: dict[tuple[str, str], EntityCluster] = {}
        for ent in others:
            if any(i in self.by_token for i in range(ent.start, ent.end)):
                continue
            words = _name_words(ent)
            units = _name_units(ent)
            if len(units) == 1 and ent.label_ != "GPE" and country_of(units[0]) is None:
                cluster = self.person_for_word(units[0], ent.start)
                if cluster is not None:
                    self.attach(cluster, ent.start, ent.end)
                    continue
            key, label, name = _other_key(ent, words)
            cluster = keyed.get(key)
            if cluster is None:
                cluster = self.new_cluster(label, name)
                keyed[key] = cluster
            self.attach(cluster, ent.start, ent.end)
        return keyed

    def add_untagged_repeats(self) -> None:
        """Untagged tokens that repeat a person's name (a surname NER missed)."""
        if not self.person_word_index:
            return
        for tok in self.doc:
            known = tok.text in self.person_word_index or (
                tok.text.isupper() and len(tok.text) > 2 and tok.text.title() in self.person_word_index)
            if tok.i not in self.by_token and tok.pos_ == "PROPN" and known and tok.ent_type_ in {"", "PERSON"}:
                cluster = self.person_for_word(tok.text, tok.i)
                if cluster is not None:
                    self.attach(cluster, tok.i, tok.i + 1)

    def finish(self) -> tuple[list[EntityCluster], dict[int, EntityCluster]]:
        for cluster in self.clusters:
            cluster.mentions.sort()
            cluster.aliases = [a for a in cluster.aliases if a != cluster.name]
            if cluster.type == "PERSON":
                _titles_and_country(self.doc, cluster)
                cluster.gender = gender_of(self.doc, cluster)
            else:
                cluster.country = _country_of_cluster(self.doc, cluster)
        by_token = {i: c for c in self.clusters for s, e in c.mentions for i in range(s, e)}
        return self.clusters, by_token


def _other_key(ent: Span, words: list[str]) -> tuple[tuple[str, str], str, str]:
    """(the key that joins mentions of one referent, label, name) of a non-person mention."""
    label = "GPE" if ent.label_ in {"GPE", "LOC"} and country_of(ent.text) else ent.label_
    if label == "NORP" and _looks_like_surname(ent, words):
        label = "PERSON"    # "Okafor said": NER's NORP on an unknown surname
    hit = countries().get(normalise_name(ent.text))
    if ent.label_ == "GPE" and hit and hit["how"] == "name":
        return ("COUNTRY", hit["iso3"]), label, hit["name"]
    if ent.label_ == "NORP" and hit and hit["how"] == "demonym":
        return ("NORP", hit["iso3"]), label, ent.text
    name = _name_text(ent)
    return (label if label != "LOC" else "GPE", normalise_name(name)), label, name


def _link_acronyms(clusters: list[EntityCluster], keyed: dict) -> None:
    """Join "IMF" to "International Monetary Fund" when both appear."""
    orgs = [c for c in clusters if c.type == "ORG"]
    long_by_acronym = {}
    for c in orgs:
        words = c.name.split()
        if len(words) >= 2:
            long_by_acronym.setdefault(_acronym(words), c)
    for c in orgs:
        target = long_by_acronym.get(c.name.replace(".", ""))
        if target is not None and target is not c and c.name.isupper():
            target.mentions.extend(c.mentions)
            target.aliases.append(c.name)
            c.mentions = []
    clusters[:] = [c for c in clusters if c.mentions]
    for i, c in enumerate(clusters):
        c.index = i


def _country_of_cluster(doc: Doc, cluster: EntityCluster) -> str | None:
    code = country_of(cluster.name)
    if code:
        return code
    for start, end in cluster.mentions:
        for tok in doc[start:end]:
            if tok.ent_type_ in {"GPE", "NORP"} and tok.pos_ == "PROPN" or tok.ent_type_ == "GPE":
                code = country_of(tok.text)
                if code:
                    return code
    return None


def _title_window(doc: Doc, start: int, end: int) -> list[Token]:
    """Tokens just before a name that modify it: "U.S. Secretary of State" Mara Quist. They
    are in the name's sentence, and the parse hangs them on the name through one another:
    not "a move" in "a move Mayor X called", nor "12 percent and" in "12 percent and Sen. X"."""
    window: list[Token] = []
    i = start - 1
    sentence_start = doc[start].sent.start
    while i >= sentence_start:
        tok = doc[i]
        if tok.is_punct and tok.text not in {"-", "."} or tok.is_space or tok.pos_ in {"VERB", "AUX", "PRON"}:
            break
        if tok.pos_ == "DET" or tok.lower_ in {"on", "in", "at", "with", "by", "to", "from", "said"}:
            break
        if tok.ent_type_ in {"DATE", "TIME", "CARDINAL"} or tok.ent_type_ == "PERSON" and tok.lower_ not in TITLE_NOUNS:
            break
        if tok.pos_ in {"ADP", "SCONJ"} and tok.lower_ != "of":
            break
        window.insert(0, tok)
        i -= 1
    # a title word is a title wherever the parse hangs it ("Coun." as an adverb of "said"), and
    # so are the proper nouns just before it ("Bayland Senator" with "Bayland" an object)
    while window and not _leads_title(window) and not _hangs_on(window[0], start, end):
        window.pop(0)
    return window


def _leads_title(window: list[Token]) -> bool:
    for tok in window:
        if tok.lower_ in TITLE_NOUNS:
            return True
        if tok.pos_ != "PROPN":
            return False
    return False


def _hangs_on(tok: Token, start: int, end: int) -> bool:
    """Whether `tok`'s chain of heads reaches the name [start, end), or a title word before it,
    without leaving the stretch from `tok` to the name's end."""
    lo = tok.i
    for _ in range(end - lo + 1):
        if start <= tok.i < end or tok.i >= lo and tok.lower_ in TITLE_NOUNS:
            return True
        if not lo <= tok.i < end or tok.head is tok:
            return False
        tok = tok.head
    return False


def _titles_and_country(doc: Doc, cluster: EntityCluster) -> None:
    titles: list[str] = []
    country = None
    for start, _end in cluster.mentions:
        window = _title_window(doc, start, _end)
        while window and window[0].pos_ in {"ADP", "CCONJ"}:
            window.pop(0)
        title_tokens: list[Token] = []
        for tok in window:
            code = country_of(tok.text) if tok.ent_type_ in {"NORP", "GPE"} or tok.pos_ == "PROPN" else None
            if code and not title_tokens:
                country = country or code
            elif tok.text in _POSSESSIVE:
                continue
            else:
                title_tokens.append(tok)
        while title_tokens and title_tokens[0].pos_ in {"ADP", "CCONJ"}:
            title_tokens.pop(0)
        if any(t.lower_ in TITLE_NOUNS for t in title_tokens):
            title = " ".join(t.text for t in title_tokens)
            if title not in titles:
                titles.append(title)
        head = doc[_end - 1] if _end - 1 < len(doc) else None
        if head is None:
            continue
        if head.dep_ == "appos" and head.head.lower_ in TITLE_NOUNS:
            # "the ministry's spokesperson, Dana Kell"
            noun = head.head
            words = [t for t in noun.lefts if t.dep_ in {"compound", "amod"} and not country_of(t.text)]
            title = " ".join(t.text for t in words + [noun])
            if title not in titles:
                titles.append(title)
        for child in head.children:
            if child.dep_ == "appos" and child.pos_ == "NOUN" and child.lower_ in TITLE_NOUNS | {"spokesperson"} or (
                    child.dep_ == "appos" and child.pos_ == "NOUN" and child.i > head.i):
                words = [t for t in child.subtree if t.i <= child.i and t.pos_ in {"NOUN", "PROPN", "ADJ"}
                         and not country_of(t.text)]
                title = " ".join(t.text for t in words)
                if title and title not in titles:
                    titles.append(title)
                for tok in child.subtree:
                    hyphenated = tok.nbor(1).text == "-" if tok.i + 1 < len(doc) else False
                    hyphenated = hyphenated or tok.i > 0 and tok.nbor(-1).text == "-"
                    if hyphenated or tok.pos_ not in {"PROPN", "ADJ"} or tok.ent_type_ in {"ORG", "FAC"} and tok.dep_ != "poss":
                        continue
                    if tok.head == child or tok.dep_ == "poss" or tok.head.dep_ == "pobj" and tok.head.head.head == child:
                        code = country_of(tok.text)
                        if code:
                            country = country or code
    cluster.titles = titles
    cluster.country = country


class EntityTable:
    """The article's entities read back from the Doc's plain data, indexed by token.

    Built once per component call: the clusters it returns are the objects every later
    comparison in that call uses (a speaker's entity `is` an actor's entity)."""

    def __init__(self, doc: Doc):
        self.clusters = [EntityCluster.from_data(i, d) for i, d in enumerate(doc._.ng_entities or [])]
        self.by_token = {i: c for c in self.clusters for s, e in c.mentions for i in range(s, e)}

    def at(self, token_index: int) -> EntityCluster | None:
        return self.by_token.get(token_index)


class EntityResolver(Component):
    """spaCy component: article-level entities in ``doc._.ng_entities`` (plain dicts, token
    spans) and the group ``doc.spans["newsgraph_entities"]``."""
    extension = "ng_entities"

    def __init__(self, nlp: Language, name: str, labels: list[str]):
        super().__init__(nlp, name)
        self.labels = frozenset(labels)

    def predict(self, doc: Doc) -> list[EntityCluster]:
        return resolve_entities(doc, self.labels)[0]

    def set_annotations(self, doc: Doc, result: list[EntityCluster]) -> None:
        doc._.ng_entities = [c.to_data(doc) for c in result]
        doc.spans["newsgraph_entities"] = [Span(doc, s, e, label=c.type) for c in result for s, e in c.mentions]


@Language.factory("newsgraph_entities", default_config={"labels": sorted(KEPT_LABELS)},
                  assigns=["doc._.ng_entities", "doc.spans"], requires=["doc.ents", "token.pos", "token.dep"])
def make_entity_resolver(nlp: Language, name: str, labels: list[str]) -> EntityResolver:
    return EntityResolver(nlp, name, labels)


__all__ = ["EntityCluster", "EntityResolver", "EntityTable", "resolve_entities", "GOV_METONYMS"]
