"""Who is speaking: the subject of a cue, resolved to an entity of the article.

"Okafor added" -> Ada Okafor (through the entity clusters); "he said" -> the person
the article was just talking about; "the spokesperson" -> the person with that title;
"who said" -> the noun the relative clause hangs on.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ...names import byline_name
from ..component import doc_text
from ..paragraphs import datelines
from .affiliation import affiliation
from .entities import EntityCluster, EntityTable
from .lexicon import (FEMALE_PRONOUNS, FEMALE_WORDS, FIRST_PERSON, GROUP_PRONOUNS, HONORIFICS, MALE_PRONOUNS,
                      MALE_WORDS, ORG_NOUNS, PAIR_NOUNS, PARTITIVE_WORDS, PERSON_PRONOUNS, RELATIVE_PRONOUNS,
                      THING_PRONOUNS, TITLE_NOUNS, WRITER_PRONOUNS, is_outlet, names_people)
from .descriptions import Descriptions, named_apposition, place_words
from .pronouns import SUBJECT_DEPS, antecedent_in_sentence, commanded_persons, in_main_clause, modifies_a_noun

_MENTION_KEEP = {"compound", "det", "amod", "poss", "nummod", "nmod", "cc", "conj", "case",
                 "quantmod", "flat", "prt", "punct_inner"}
PRONOUN_WINDOW_SENTS = 4
# words that name nobody by themselves: an unresolved speaker written so has no name
UNNAMED_WORDS = (PERSON_PRONOUNS | GROUP_PRONOUNS | THING_PRONOUNS | RELATIVE_PRONOUNS
                 | {"you", "your", "this", "these", "those", "one", "someone", "somebody", "anyone", "everyone"})


@dataclass
class SpeakerGuess:
    token: Token                      # head token of the mention as written
    start: int                        # token span of the mention
    end: int
    cluster: EntityCluster | None
    name: str | None                  # None: a pronoun that points at no one in the article
    kind: str
    co_speakers: tuple[str, ...] = ()
    via: str = "subject"
    affiliation: str | None = None    # the organisation a spokesperson or official speaks for


def mention_span(tok: Token, entities: EntityTable) -> tuple[int, int]:
    """The mention as written: the noun phrase without appositions and relative clauses."""
    cluster = entities.at(tok.i)
    if cluster is not None:
        for s, e in cluster.mentions:
            if s <= tok.i < e:
                start, end = s, e
                break
    else:
        start = end = tok.i
        end += 1
    for child in tok.lefts:
        if child.dep_ in _MENTION_KEEP and child.pos_ != "VERB":    # not "tweeted" in "tweeted Ruiz"
            start = min(start, child.left_edge.i)
    for child in tok.rights:
        if child.dep_ in {"compound", "flat", "cc", "conj"}:
            end = max(end, child.right_edge.i + 1)
        else:
            break
    while end - 1 > start and tok.doc[end - 1].is_punct:
        end -= 1
    return start, end


def _kind_of(cluster: EntityCluster | None, tok: Token) -> str:
    if cluster is not None:
        return "person" if cluster.type == "PERSON" else "organization"
    if tok.lower_ in PERSON_PRONOUNS:
        return "person"
    if tok.tag_ in {"NNS", "NNPS"} or tok.lower_ in GROUP_PRONOUNS:
        return "group"
    return "unknown"


def _is_subject(tok: Token) -> bool:
    """The mention starting at `tok` is a subject ("Ruiz said", "Ana Ruiz said")."""
    return tok.dep_ in SUBJECT_DEPS or tok.dep_ == "compound" and tok.head.dep_ in SUBJECT_DEPS


def _name_root(tok: Token) -> Token:
    while tok.dep_ in {"compound", "flat"} and tok.head.i > tok.i:
        tok = tok.head
    return tok


def _apposed_to_subject(tok: Token) -> bool:
    """"Her father, Brad, 39, worried …": a name in apposition to the clause's subject."""
    root = _name_root(tok)
    return root.dep_ == "appos" and root.head.dep_ in SUBJECT_DEPS and root.head.pos_ == "NOUN"


def _partitive_whole(tok: Token) -> Token | None:
    """The group a partitive word takes its part of: "some of her followers" -> "followers",
    "one in four voters" -> "voters"."""
    if tok.lower_ not in PARTITIVE_WORDS:
        return None
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"of", "in"}:
            continue
        for pobj in prep.children:
            if pobj.dep_ == "pobj" and pobj.pos_ in {"NOUN", "PROPN", "PRON"} and (
                    prep.lower_ == "of" or any(c.dep_ == "nummod" for c in pobj.children)):
                return pobj
    return None


class SpeakerResolver(Descriptions):
    """Resolves subject tokens for one document; remembers the last quoted person.

    A view over the Doc's entity table, which the reference stage built once (titles, country
    and gender included), so making one is cheap: the quote and event stages each read the
    Doc through their own. Its one piece of state, the last quoted person, follows the quote
    stage's reading order and is not shared with events."""

    def __init__(self, doc: Doc, entities: EntityTable | None = None):
        self.doc = doc
        self.entities = entities or EntityTable(doc)
        self.clusters: list[EntityCluster] = self.entities.clusters
        self.last_person: tuple[int, EntityCluster] | None = None   # (token index, cluster)
        self._person_mentions = sorted(
            (s, c) for c in self.clusters if c.type == "PERSON" for s, _ in c.mentions)
        self._org_mentions = sorted(
            (s, c) for c in self.clusters if c.type in {"ORG", "GPE", "NORP"} for s, _ in c.mentions)
        self._org_heads = sorted(      # what "they" and "it" can take up: not "German" in "German law"
            (s, c) for c in self.clusters if c.type in {"ORG", "GPE", "NORP"} for s, e in c.mentions
            if not modifies_a_noun(doc[e - 1], e))
        self.datelines = datelines(doc_text(doc))
        self._party_states: dict[int, frozenset[str]] = {}
        self._heads: frozenset[str] | None = None     # the last words of people's titles

    def _compatible(self, cluster: EntityCluster, pronoun: str) -> bool:
        g = cluster.gender
        if g is None:
            return True
        female = pronoun in FEMALE_PRONOUNS or pronoun in FEMALE_WORDS      # "she", "the woman"
        male = pronoun in MALE_PRONOUNS or pronoun in MALE_WORDS
        return not (female and g == "M" or male and g == "F")

    def note_speaker(self, guess: SpeakerGuess | None) -> None:
        if guess and guess.cluster is not None and guess.cluster.type == "PERSON":
            self.last_person = (guess.token.i, guess.cluster)

    def resolve(self, tok: Token) -> SpeakerGuess:
        tok = self._out_of_dateline(tok)
        start, end = self._after_dateline(*mention_span(tok, self.entities), tok)
        pair = self.pair(tok)
        if pair:        # "the two leaders said", "both countries announced"
            return SpeakerGuess(token=tok, start=start, end=end, cluster=pair[0], name=pair[0].name,
                                kind=_kind_of(pair[0], tok), co_speakers=(pair[1].name,), via="pair")
        cluster, via = self._cluster_for(tok)
        nearer = self._noun_subject_before(tok) if via == "pronoun" else None
        if nearer is not None and (cluster is None or self._last_mention(cluster, tok) < nearer.i):
            # "Her supporters are restless. They say …", "The ad ran on Monday. It says …": the
            # nearer subject, not the last organisation or place named
            return SpeakerGuess(token=tok, start=start, end=end, cluster=None, kind=_kind_of(None, nearer),
                                via="plural subject" if nearer.tag_ == "NNS" else "thing subject",
                                name=self._plain_name(nearer, *mention_span(nearer, self.entities)))
        group = self._partitive_group(tok) if cluster is None else None
        if group is not None:   # "some of her followers", "one in four voters": the group speaks
            return SpeakerGuess(token=tok, start=start, end=end, cluster=group.cluster, name=group.name,
                                kind="group" if group.kind == "unknown" else group.kind, via="partitive")
        described = self._antecedent_phrase(tok) if cluster is None else None
        if cluster is not None:
            name = cluster.name
        elif described is not None:
            name = described   # "experts who think …": the speaker is the phrase the clause describes
        elif (apposed := named_apposition(tok)) is not None:
            name = apposed      # "the director of the museum, Ana Ruiz": named right there
        elif self._writer_speaks(tok):
            name, via = byline_name(self.doc._.author), "byline"      # an op-ed's "I think …": its author
        elif tok.lower_ in UNNAMED_WORDS or end - start == 1 and len(tok.text) == 1:
            name = None       # "he", "who", "I" unresolved, an interview's "Q:": a mention, not a name
        else:
            name = self._plain_name(tok, start, end)
        co = tuple(
            c.name for c in (self.entities.at(conj.i) for conj in tok.conjuncts)
            if c is not None and c is not cluster)
        return SpeakerGuess(token=tok, start=start, end=end, cluster=cluster, name=name,
                            kind=_kind_of(cluster, tok), co_speakers=co, via=via,
                            affiliation=affiliation(tok, self.entities))

    def _noun_subject_before(self, tok: Token) -> Token | None:
        """What "they" or "it" takes up in its sentence or the one before (same paragraph): the
        nearest plural subject for people ("Her supporters are restless. They …"); the nearest
        main clause's subject if a singular noun for a thing ("The ad ran on Monday. It says …"),
        not a name or a noun for an organisation ("The company said it …")."""
        if (low := tok.lower_) not in {"they", "it"}:
            return None
        sent = tok.sent
        lo = self.doc[sent.start - 1].sent.start if sent.start > 0 else 0
        for t in reversed(self.doc[lo:tok.i]):
            if "\n" in t.text:
                return None
            if t.dep_ not in {"nsubj", "nsubjpass"}:
                continue
            plain = self.entities.at(t.i) is None and t.lower_ not in UNNAMED_WORDS
            if low == "they":
                if t.tag_ == "NNS" and plain and names_people(t.lemma_):
                    return t
            elif in_main_clause(t):
                thing = t.tag_ == "NN" and plain and not names_people(t.lemma_) and t.lemma_.lower() not in ORG_NOUNS
                return t if thing else None
        return None

    def _last_mention(self, cluster: EntityCluster, tok: Token) -> int:
        return max((s for s, c in self._org_mentions + self._person_mentions if c is cluster and s < tok.i),
                   default=-1)

    def _partitive_group(self, tok: Token) -> SpeakerGuess | None:
        """The people a partitive word is part of: a person, organisation or group, or a plural
        noun phrase ("her followers"); not a thing ("one of the hardest things")."""
        whole = _partitive_whole(tok)
        if whole is None:
            return None
        group = self.resolve(whole)
        if group.cluster is not None:
            return group if group.cluster.type in {"PERSON", "ORG", "NORP"} else None
        return group if group.name and whole.tag_ in {"NNS", "NNPS"} else None

    def _writer_speaks(self, tok: Token) -> bool:
        """"I" outside any quotation, in an article with a byline, is the article's author; a
        byline that names only an outlet or a wire ("AP", "X News") names no one who says "I"."""
        if tok.lower_ not in WRITER_PRONOUNS or not (Doc.has_extension("author") and self.doc._.author):
            return False
        if is_outlet(byline_name(self.doc._.author)):
            return False
        return _outside_quotation(doc_text(self.doc), tok.idx)

    def _out_of_dateline(self, tok: Token) -> Token:
        """"CLEVELAND (AP) — Senator X told …": the parse made the dateline's place the subject
        and the real one its apposition."""
        for begin, stop in self.datelines:
            if begin <= tok.idx < stop:
                # the noun after the dateline that the parse hung inside it ("THE HAGUE,
                # Netherlands -- A prosecutor": an apposition of "Netherlands")
                return next((t for t in tok.subtree if t.idx >= stop and t.head.idx < stop
                             and t.pos_ in {"NOUN", "PROPN"}), tok)
        return tok

    def _after_dateline(self, start: int, end: int, tok: Token) -> tuple[int, int]:
        """"OSLO (Reuters) — Finance Minister X said": the mention starts after the dateline."""
        for _, stop in self.datelines:
            if self.doc[start].idx < stop <= tok.idx:
                while start < tok.i and (self.doc[start].idx < stop or self.doc[start].is_space):
                    start += 1
        return start, end

    def _antecedent_phrase(self, tok: Token) -> str | None:
        """A relative pronoun's antecedent as a plain phrase, when it names no entity and is
        itself no pronoun ("those who", "someone who" stay unnamed)."""
        if tok.lower_ not in RELATIVE_PRONOUNS or tok.head.dep_ != "relcl":
            return None
        ante = tok.head.head
        if ante.dep_ == "appos" and ante.head.pos_ == "PROPN":
            ante = ante.head     # "Ana Ruiz, the economist who …": the name, not the role
        if ante.pos_ not in {"NOUN", "PROPN"} or ante.lower_ in UNNAMED_WORDS:
            return None
        return self._plain_name(ante, *mention_span(ante, self.entities))

    def pair(self, tok: Token) -> tuple[EntityCluster, EntityCluster] | None:
        """"The two leaders", "both countries": the last two persons or countries named
        before, in the order they were named. A demonym stands for its country when the
        article names that country ("Chinese President …" and "China")."""
        kind = PAIR_NOUNS.get(tok.lower_)
        if kind is None or not any(c.lower_ in {"two", "both"} for c in tok.children):
            return None
        if kind == "PERSON":
            mentions = self._person_mentions
        else:
            by_country = {c.country: c for c in self.clusters if c.type == "GPE" and c.country}
            mentions = [(s, c if c.type == "GPE" else by_country.get(c.country))
                        for s, c in self._org_mentions if c.type in {"GPE", "NORP"}]
        picked: list[EntityCluster] = []
        for _, c in sorted(((s, c) for s, c in mentions if c is not None and s < tok.left_edge.i),
                           key=lambda m: m[0], reverse=True):
            if all(c is not p for p in picked):
                picked.append(c)
            if len(picked) == 2:
                return picked[1], picked[0]
        return None

    def phrase_name(self, start: int, end: int) -> str:
        """What `_plain_name` calls the phrase [start, end) when no entity is meant."""
        return self._plain_name(self.doc[start:end].root, start, end)

    def _plain_name(self, tok: Token, start: int, end: int) -> str:
        """A speaker with no entity: the phrase, less articles (and titles before a name), its
        possessive pronouns named ("his aides" -> "Ana Ruiz's aides")."""
        toks = [t for t in self.doc[start:end] if (t.pos_ != "DET" or t.i == tok.i) and not t.is_space]
        if tok.pos_ == "PROPN":
            while len(toks) > 1 and (toks[0].lower_ in TITLE_NOUNS or toks[0].lower_ in HONORIFICS):
                toks.pop(0)
        if not toks:
            return tok.text
        owners = {t.i: self._owner(t) for t in toks if t.tag_ == "PRP$" and t.i != tok.i}
        if any(owners.values()):    # "his campaign" -> "Ana Ruiz's campaign": whose it is, named
            return "".join((owners.get(t.i) or t.text) + _space_after(t) for t in toks).strip()
        if toks[-1].i - toks[0].i + 1 == len(toks):     # as written: "front-runner", "X's"
            return self.doc[toks[0].i:toks[-1].i + 1].text
        return " ".join(t.text for t in toks)

    def _owner(self, tok: Token) -> str | None:
        """A possessive pronoun as the possessive of whom it means: "his" -> "Ana Ruiz's" (a
        person), "its", "their" -> "the Harbour Board's" (an organisation or a state); None
        for anyone else, a people's adjective included ("their" is never "Korvian's")."""
        cluster = self._cluster_for(tok)[0]
        wanted = {"PERSON"} if tok.lower_ in PERSON_PRONOUNS else {"ORG", "GPE"}
        if cluster is None or cluster.type not in wanted:
            return None
        plural = cluster.type != "PERSON" and cluster.name.endswith("s")
        return cluster.name + ("'" if plural else "'s")

    def _cluster_for(self, tok: Token, depth: int = 0) -> tuple[EntityCluster | None, str]:
        cluster = self.entities.at(tok.i)
        if cluster is not None and cluster.type == "NORP" and self._role_description(tok):
            # "the Bayland Republican": a person described by a party word the NER tags as a group:
            # one written with that party and state ("X (R-Bay.)"), else the last one named who
            # was not written with another
            places = place_words(tok)
            person = self._titled(tok, place_words=places) if places else self._titled(tok)
            if person is None:
                person = self._antecedent(tok, self._same_party_mentions(tok, places), prefer_last_speaker=False)
            if person is not None:
                return person, "description"
        if cluster is not None:
            return cluster, "entity"
        low = tok.lower_
        clause = tok.head
        if clause.dep_ == "aux" and clause.head.i != clause.i:
            clause = clause.head        # "X, who is happily running …": hung on "is"
        while clause.dep_ == "conj" and clause.head.i != clause.i and clause.head.pos_ in {"VERB", "AUX"}:
            clause = clause.head        # "X, who …, and who has been hoping …"
        if clause.dep_ == "conj" and clause.head.pos_ in {"NOUN", "PROPN"} and any(
                c.dep_ == "relcl" for c in clause.head.children):
            clause = next(c for c in clause.head.children if c.dep_ == "relcl")    # hung on X itself
        if low in RELATIVE_PRONOUNS and clause.dep_ == "relcl" and depth < 2:
            ante = clause.head
            found = self._cluster_for(ante, depth + 1)[0]
            named = self.entities.at(ante.head.i) if ante.dep_ == "appos" else None
            if named is not None and (found is None or named.type == "PERSON" and found.type != "PERSON"):
                found = named    # "Ana Ruiz, the economist who said", "Ruiz, a Democrat who said"
            if low == "which" and found is not None and found.type == "PERSON":
                found = None     # "which" never means a person: the parse took the wrong head
            return found, "relative"
        for child in tok.children:      # "the spokesman, John Doe"
            if child.dep_ == "appos":
                c = self.entities.at(child.i)
                if c is not None:
                    return c, "apposition"
        if low in PERSON_PRONOUNS and low not in FIRST_PERSON:
            others = commanded_persons(tok, self.entities)

            def compatible(c: EntityCluster, pronoun: str) -> bool:
                return self._compatible(c, pronoun) and c not in others
            found = antecedent_in_sentence(tok, self.entities, compatible) \
                or self._antecedent(tok, self._person_mentions, prefer_last_speaker=True, exclude=others)
            return found, "pronoun"
        if low in GROUP_PRONOUNS - FIRST_PERSON and low not in THING_PRONOUNS:
            # "they" are people or organisations: never a place, nor the outlet that reports them
            groups = [(s, c) for s, c in self._org_heads if c.type != "GPE" and not is_outlet(c.name)]
            return self._antecedent(tok, groups, prefer_last_speaker=False), "pronoun"
        if low in THING_PRONOUNS or low in GROUP_PRONOUNS - FIRST_PERSON:
            return self._antecedent(tok, self._org_heads, prefer_last_speaker=False), "pronoun"
        described = self._described(tok)
        if described is not None:
            return described
        if tok.pos_ == "PROPN":  # a compound whose head is not an entity ("Mr. Halden")
            for t in tok.subtree:
                c = self.entities.at(t.i)
                if c is not None and t.i < tok.i + 1:
                    return c, "entity"
            named = self._person_by_surname(tok)
            if named is not None:
                return named, "surname"
        return None, "noun phrase"

    def _person_by_surname(self, tok: Token) -> EntityCluster | None:
        """A lone surname NER left untagged ("Halden told reporters") is the one person of the
        article with that surname."""
        if not tok.is_title or any(c.dep_ == "compound" for c in tok.children):
            return None
        owners = [c for c in self.clusters if c.type == "PERSON" and (
            c.name.split()[-1] == tok.text or tok.text in c.aliases) and len(c.name.split()) > 1]
        return owners[0] if len(owners) == 1 else None

    def _someone_else_since(self, start: int, last: EntityCluster, tok: Token) -> bool:
        """Whether anyone but `last`, who spoke at `start`, was named, or was the subject of a
        clause outside a quotation ("A woman in the crowd shouted"), before `tok`."""
        if any(start < s < tok.i and c is not last for s, c in self._person_mentions):
            return True
        text = doc_text(self.doc)
        for t in self.doc[start + 1:tok.i]:
            if t.dep_ not in {"nsubj", "nsubjpass"} or self.entities.at(t.i) is last:
                continue
            if t.pos_ != "PROPN" and not names_people(t.lemma_.lower()):
                continue
            if _outside_quotation(text, t.idx):
                return True
        return False

    def _window_start(self, tok: Token) -> int:
        sent = tok.sent
        start = sent.start
        for _ in range(PRONOUN_WINDOW_SENTS):
            if start == 0:
                break
            start = self.doc[start - 1].sent.start
        return start

    def _lead_subject(self, tok: Token, cands) -> tuple[int, EntityCluster] | None:
        """The last subject among the candidates (or a name in apposition to one) when it is a
        person, the subject of the main clause of the sentence before the pronoun's, outside any
        quotation."""
        subjects = [(s, c) for s, c in cands if _is_subject(self.doc[s]) or _apposed_to_subject(self.doc[s])]
        if not subjects or tok.sent.start == 0:
            return None
        start, cluster = subjects[-1]
        head = self.doc[start]
        root = _name_root(head)
        if root.dep_ == "appos":
            head = root = root.head     # the subject the name stands beside
        if cluster.type != "PERSON" or not in_main_clause(root) or not _outside_quotation(self.doc.text, head.idx):
            return None
        # the sentence before, not the pronoun's own: "Quill, he said, “will lose …”" is reported
        return (start, cluster) if head.sent.start == self.doc[tok.sent.start - 1].sent.start else None

    def _unsexed_lead(self, tok: Token, lead, known) -> EntityCluster | None:
        """"Florin Adebayo, 33, told reporters … He said …": a person named in full whose sex
        the article does not show, the subject of the main clause of the sentence before, is whom a
        subject pronoun means, before anyone of known sex named earlier. Not a subject inside
        a quotation or a subordinate clause ("… said that Mensah was wrong. He …")."""
        if tok.lower_ not in LEAD_PRONOUNS or not known or lead is None:
            return None
        start, cluster = lead
        if cluster.gender is not None or len(cluster.name.split()) < 2 or any(s > start for s, _ in known):
            return None
        return cluster

    def _antecedent(self, tok: Token, mentions, prefer_last_speaker: bool,
                    exclude: list[EntityCluster] = ()) -> EntityCluster | None:
        lo = self._window_start(tok)
        low = tok.lower_
        cands = [(s, c) for s, c in mentions if lo <= s < tok.i and c not in exclude and
                 (c.type != "PERSON" or self._compatible(c, low))]
        # "she" goes to a woman the article has shown to be one before anyone of unknown sex
        sex = "F" if low in FEMALE_PRONOUNS else "M" if low in MALE_PRONOUNS else None
        known = [(s, c) for s, c in cands if sex is not None and c.gender == sex]
        lead = self._lead_subject(tok, cands)
        unsexed = self._unsexed_lead(tok, lead, known)
        if unsexed is not None:
            return unsexed
        if known:
            cands = known
        if prefer_last_speaker and lead is not None and sex is not None and lead[1].gender == sex \
                and self.last_person and self.last_person[0] < lead[0]:
            # "“…,” said Mensah. ¶ Peter Okafor walked out. ¶ “…,” he said": the man the
            # sentence before was about, not the last man quoted
            return lead[1]
        if prefer_last_speaker and self.last_person and self.last_person[0] >= lo \
                and self.last_person[1] not in exclude \
                and self._compatible(self.last_person[1], low) and (
                    not known or self.last_person[1].gender == sex):
            return self.last_person[1]
        if not cands and prefer_last_speaker and self.last_person and sex is not None \
                and self.last_person[1].gender == sex and self.last_person[1] not in exclude \
                and not self._someone_else_since(*self.last_person, tok):
            # "X said, “…” (a long quotation) He added": no one else since the last speaker,
            # of the pronoun's sex (one of unknown sex took in a man and a woman on train)
            return self.last_person[1]
        if not cands:
            return None
        subjects = [(s, c) for s, c in cands if _is_subject(self.doc[s])]
        if subjects:
            return subjects[-1][1]
        return cands[-1][1]


# subject pronouns that may take up a person of unknown sex the sentence before was about: only
# "he", since most people these articles name are men, a person of unknown sex is most likely
# one; "she" keeps to a woman the article has shown to be one
LEAD_PRONOUNS = frozenset({"he"})


def _outside_quotation(text: str, at: int) -> bool:
    """Whether no quotation its paragraph opened before `at` is still open there."""
    before = text[text.rfind("\n", 0, at) + 1:at]
    return before.count("“") - before.count("”") <= 0 and before.count('"') % 2 == 0


def _space_after(tok: Token) -> str:
    """The space after a word of a name, where a no-break space or a line break (a token of
    its own) counts as one."""
    doc = tok.doc
    return tok.whitespace_ or (" " if tok.i + 1 < len(doc) and doc[tok.i + 1].is_space else "")
