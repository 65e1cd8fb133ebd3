"""Definite descriptions: "the Bayland senator", "the developer", "the bank", "the ad by
the RNC", "the director of the museum, Ana Ruiz": whom or what they name in the article.

A mixin of `SpeakerResolver` (`speakers.py`), which holds the article's entity table and
its person and organisation mentions in text order.
"""
from __future__ import annotations

from spacy.tokens import Token

from .entities import EntityCluster
from .lexicon import (ORG_NOUNS, ROLE_NOUNS, TITLE_ABBREVIATIONS, TITLE_NOUNS, WORK_NOUNS, country_of, is_outlet,
                      org_name_fits)
from .party import PARTY_LETTERS, PARTY_MODIFIERS, STATES, party_state_words
from .subjects import issued_work

PARTY_WORDS = frozenset(PARTY_LETTERS.values())
ROLE_OR_TITLE = TITLE_NOUNS | ROLE_NOUNS
STATE_WORDS = frozenset(w for state in STATES for w in state.split())

ORG_WINDOW_SENTS = 8
MEDIA_NOUNS = {"newspaper", "paper", "network", "station", "channel", "magazine",
               "outlet", "website", "site"}
SELF_NAMING_ORG_NOUNS = {"campaign", "administration", "government", "party", "team",
                         "police", "senate", "congress", "court"}
PLACE_LABELS = {"GPE", "NORP", "LOC"}      # "the Bayland senator", "the Korvian minister"
AUTHOR_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# a place before the work is what it is about, not who made it
COMPOUND_AUTHOR_TYPES = frozenset({"PERSON", "ORG"})


def place_words(tok: Token) -> set[str]:
    """The words of the places that modify a description ("the New Bayland senator":
    {"new", "bayland"})."""
    return {t.lower_ for c in tok.children if c.dep_ == "compound" and c.ent_type_ in PLACE_LABELS
            for t in c.subtree}


def named_apposition(tok: Token) -> str | None:
    """The name in apposition to a role word that the entity table missed ("the director of
    the museum, Ana Ruiz, said"), as written."""
    if tok.lower_ not in TITLE_NOUNS and tok.lower_ not in ROLE_NOUNS:
        return None
    # the parse often hangs the name on the role's "of" or "for" phrase ("the head of the union,
    # Ana Ruiz", "a spokesperson for the ministry, Ana Ruiz")
    owners = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in {"of", "for"} for p in c.children
              if p.dep_ == "pobj"]
    for child in [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"] + [
            c for p in owners for c in p.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]:
        doc, start, end = tok.doc, child.i, child.i + 1
        while start > 0 and doc[start - 1].pos_ == "PROPN":
            start -= 1
        while end < len(doc) and (doc[end].pos_ == "PROPN" or doc[end].text == "-" and not doc[end].whitespace_):
            end += 1        # "Han Min-koo": a hyphen inside the name
        return doc[start:end].text
    return None


def _hyphened(tok: Token) -> str:
    """The word as written across a hyphen the tokenizer split ("front-runner": "runner")."""
    doc, i = tok.doc, tok.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_:
        joined = f"{doc[i - 2].lower_}-{tok.lower_}"
        if joined in ROLE_OR_TITLE:
            return joined
    return tok.lower_


def _party_of(tok: Token) -> str | None:
    """The party a role description names ("the GOP nominee", "the Democratic front-runner")."""
    return next((PARTY_MODIFIERS[c.lower_] for c in tok.lefts if c.dep_ in {"compound", "amod"}
                 and c.lower_ in PARTY_MODIFIERS), None)


def _restricted(tok: Token) -> bool:
    """A description its own clause defines ("the candidate who wins the most delegates",
    "the nominee chosen in July") picks out whoever fits the clause, not the last one named."""
    for child in tok.children:
        if child.dep_ in {"relcl", "acl"} and child.i > tok.i:
            before = tok.doc[child.left_edge.i - 1] if child.left_edge.i > 0 else None
            if before is None or before.text != ",":
                return True
    return False


class Descriptions:
    """What a definite description names; needs `doc`, `entities`, `_person_mentions`,
    `_org_mentions`, `_party_states`, `_heads`, `_window_start` and `_antecedent` from the
    resolver."""

    def _described(self, tok: Token) -> tuple[EntityCluster | None, str] | None:
        """Definite descriptions: "the Republican nominee", "the bank", "the ad by the RNC"."""
        doc = self.doc
        low = _hyphened(tok)
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in {"by", "from"}:
                for pobj in child.children:
                    c = self.entities.at(pobj.i)
                    if pobj.dep_ == "pobj" and c is not None:
                        return c, "author"
        if tok.pos_ != "NOUN":
            return None
        if low in WORK_NOUNS:
            author = self._author_of(tok)
            if author is None and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in tok.children):
                # "X released an ad on Monday. The ad says …": the ad named before
                earlier = [t for t in doc[self._window_start(tok):tok.i] if t.lemma_ == tok.lemma_]
                author = next((a for a in map(self._author_of, reversed(earlier)) if a is not None), None)
            return (author, "author") if author is not None else None
        definite = any(c.dep_ in {"det", "poss"} and c.lower_ in {"the", "this", "that"}
                       or c.dep_ == "poss" for c in tok.children)
        if not definite:
            return None
        places = place_words(tok) if low in TITLE_NOUNS or low in ROLE_NOUNS else set()
        if places:      # "the Bayland senator": the person whose titles name the place too
            c = self._titled(tok, place_words=places) or self._unplaced_holder(tok, places)
            return (c, "description") if c is not None else None
        country = self._demonym_country(tok) if low in TITLE_NOUNS or low in ROLE_NOUNS else None
        if country is not None:     # "the Korvian leader": the last person of that country named
            same = [c for s, c in self._person_mentions if s < tok.i and c.country == country]
            return (same[-1], "description") if same else None
        if any(c.dep_ in {"compound", "poss"} and (c.pos_ == "PROPN" or self.entities.at(c.i))
               and not (c.dep_ == "compound" and c.lower_ in PARTY_MODIFIERS and low in ROLE_OR_TITLE)
               for c in tok.children):
            return None     # "the Varga campaign" names itself; "the GOP nominee" does not
        if low in ORG_NOUNS:
            lo = tok.i
            for _ in range(ORG_WINDOW_SENTS):
                lo = doc[lo - 1].sent.start if lo > 0 else 0
            orgs = [(s, c) for s, c in self._org_mentions if lo <= s < tok.i and c.type == "ORG"]
            # "the appeals court" is no "Supreme Court": the nouns before it are in the name too
            mods = {c.lower_ for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN"}
            named = [(s, c) for s, c in orgs if {low} | mods <= set(c.name.lower().split())]
            if low in MEDIA_NOUNS:
                pick = named or [(s, c) for s, c in orgs if is_outlet(c.name)]
            elif low in SELF_NAMING_ORG_NOUNS:
                pick = named     # "the campaign", "the administration": the phrase says enough
            else:       # "the ministry", "the bank": an organisation, never the outlet reporting it
                # "the bank's board" is the bank's: the owner's noun says what kind it is
                kind_noun = next((c.lower_ for c in tok.children if c.dep_ == "poss" and c.lower_ in ORG_NOUNS), low)
                pick = named or [(s, c) for s, c in orgs if not is_outlet(c.name) and org_name_fits(kind_noun, c.name)]
            return (pick[-1][1], "description") if pick else None
        if low in TITLE_NOUNS or low in ROLE_NOUNS:
            if self._introduced_unnamed(tok):
                return None     # "A woman in the crowd shouted …; he answered the woman": no one named
            c = self._titled(tok)
            owned = any(child.dep_ == "poss" for child in tok.children)
            if c is not None and owned and c is self._owner_cluster(tok):
                c = None        # "his spokesman" is not he
            if c is None and named_apposition(tok) is None and not owned and not _restricted(tok):
                # "his father", "her spokesman" stay "Ana Ruiz's father": the last man named
                # is as often the son as the father
                party = _party_of(tok)
                people = self._same_party_mentions(tok, set(), party) if party else self._person_mentions
                c = self._antecedent(tok, people, prefer_last_speaker=False)
            return (c, "description") if c is not None else None
        if tok.tag_ == "NN" and low in self._title_heads() and not self._introduced_unnamed(tok):
            # any other noun the article gave someone as the head of an apposition: "X, a
            # real estate developer, …" then "the developer said" (not "the state" for a
            # "state senator")
            c = self._titled(tok, head_only=True)
            return (c, "description") if c is not None else None
        return None

    @staticmethod
    def _demonym_country(tok: Token) -> str | None:
        """The country of a people's adjective before a role word ("the Korvian leader")."""
        for c in tok.children:
            if c.dep_ == "amod" and c.ent_type_ == "NORP":
                return country_of(tok.doc[c.left_edge.i:c.i + 1].text)     # "Latin American": none
        return None

    def _title_heads(self) -> frozenset[str]:
        """The last word of every person's title in the article, read once."""
        if self._heads is None:
            self._heads = frozenset(t.lower().split()[-1] for c in self.clusters if c.type == "PERSON"
                                    for t in c.titles if t.split())
        return self._heads

    def _owner_cluster(self, tok: Token) -> EntityCluster | None:
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        return self._cluster_for(owner)[0] if owner is not None else None

    def _author_of(self, work: Token) -> EntityCluster | None:
        """Who made a statement, an ad, a report: its possessor ("the party's ad"), a name
        before it ("a Harbour University poll") or the subject of the verb that put it out
        ("she issued a statement")."""
        for child in work.children:
            if child.dep_ == "poss" and self.entities.at(child.i) is not None:
                return self.entities.at(child.i)
        for child in work.children:
            if child.dep_ not in {"compound", "nmod"}:
                continue
            for tok in child.subtree:       # the first named: "a Harbour Post/Quill poll" is the Post's
                named = self.entities.at(tok.i)
                if named is not None and named.type in COMPOUND_AUTHOR_TYPES:
                    return named    # "a Harbour University poll", "a Quill ad"; not "an Iowa poll"
        verb = work.head
        if work.dep_ != "dobj" or not issued_work(work):
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return None
        owner = next((c for c in subject.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
        # "his office put out a statement": his, not the last office named
        author = self._cluster_for(owner if owner is not None else subject)[0]
        return author if author is not None and author.type in AUTHOR_TYPES else None

    def _introduced_unnamed(self, tok: Token) -> bool:
        """The description repeats a word that brought in someone unnamed ("a woman …")."""
        lo = self._window_start(tok)
        return any(t.lower_ == tok.lower_ and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in t.children)
                   and self.entities.at(t.i) is None and not self._apposed_to_name(t) for t in self.doc[lo:tok.i])

    def _apposed_to_name(self, tok: Token) -> bool:
        """"Ana Ruiz, a developer, …": the word describes someone named, not someone new."""
        return tok.dep_ == "appos" and self.entities.at(tok.head.i) is not None

    def _party_state(self, cluster: EntityCluster) -> frozenset[str]:
        if cluster.index not in self._party_states:
            self._party_states[cluster.index] = party_state_words(self.doc, cluster)
        return self._party_states[cluster.index]

    def _same_party_mentions(self, tok: Token, places: set[str], party: str | None = None
                             ) -> list[tuple[int, EntityCluster]]:
        """People not written with another party or state than the description's ("the
        Bayland Republican" is no one written "(D-Bay.)" or "(R-Kor.)"; "the GOP nominee" no
        one written "(D-Bay.)" or titled "Democratic strategist")."""
        others = PARTY_WORDS - {party or tok.lower_}

        def fits(c: EntityCluster) -> bool:
            words = self._party_state(c)
            if party is not None:
                words = words | {PARTY_MODIFIERS[w] for t in c.titles for w in t.lower().split()
                                 if w in PARTY_MODIFIERS}
            return not words & others and (not places or not words or places <= words)
        return [(s, c) for s, c in self._person_mentions if fits(c)]

    @staticmethod
    def _role_description(tok: Token) -> bool:
        """A singular role word after "the" ("the Bayland Republican", "the veteran Democrat")."""
        return (tok.lower_ in ROLE_NOUNS and tok.tag_ in {"NN", "NNP"}
                and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children))

    def _unplaced_holder(self, tok: Token, places: set[str]) -> EntityCluster | None:
        """"Sen. Ana Ruiz spoke … The Bayland senator said": the article never says where Ruiz
        sits, but she holds the title, no state is written for her, and she is the last person
        named before the description (on train, 6 speakers right and none wrong; without the
        last-named condition, 8 right and 3 wrong: a senator named earlier took the place of a
        candidate named since without the title)."""
        c = self._titled(tok, place_words=places, unplaced=True)
        last = next((m for s, m in reversed(self._person_mentions) if s < tok.i), None)
        return c if c is not None and last is c else None

    def _titled(self, tok: Token, place_words: frozenset[str] | set[str] = frozenset(),
                head_only: bool = False, unplaced: bool = False) -> EntityCluster | None:
        """The person whose titles share the description's head noun and most modifiers; with
        place words, titles that name every one of them ("the Bayland senator": "Bayland Sen.
        X", not "former Bayland Gov. Y"), or with `unplaced` none of them and no state at all;
        with `head_only`, only a title's last word counts."""
        word = tok.lower_
        mods = {c.lower_ for c in tok.lefts if c.dep_ in {"amod", "compound", "nmod"}}
        best, best_score = None, 0
        for s, c in self._person_mentions:
            if s >= tok.i:
                break
            if head_only and not any(t.lower().split()[-1:] == [word] for t in c.titles):
                continue
            title_words = {w for t in c.titles for w in t.lower().split()}
            if place_words or word in PARTY_WORDS:      # "the Bayland senator", "the Bayland Republican"
                title_words |= self._party_state(c)
            if place_words:     # written out, and no former holder for a present one
                title_words = {TITLE_ABBREVIATIONS.get(w, w) for w in title_words}
                if "former" in title_words - mods:
                    continue
                if unplaced:    # a holder the article places nowhere: no state in a title or party tag
                    if self._party_state(c) or title_words & STATE_WORDS:
                        continue
                elif not place_words <= title_words:
                    continue
            if word not in title_words:
                continue
            score = 2 + len(mods & title_words)
            if score >= best_score:
                best, best_score = c, score
        return best
