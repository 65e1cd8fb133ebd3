"""Quotations: direct, indirect and mixed, with cue, speaker and second-hand source.

The finder reads the parse and returns QuoteGuess objects (token and character spans);
the quotes component (`component.py`) stores them on the Doc as plain data. Candidates
come from cue verbs, cue nouns, stance adjectives (`adjectives.py`) and "according to" here, a
poll's findings in `polls.py`, the writer's readings after a raising verb in `raising.py`,
inverted cues in `inverted.py` and cues in "as" clauses in `as_clause.py`; the
quotation marks and which
quotation is claimed by whom live in `direct.py`; transcript lines and floating quotations
in `lines.py`; the final merge and the speakers in `assemble.py`.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..paragraphs import datelines
from ..reference.lexicon import CUE_VERBS, SPEECH_VERBS, WORK_NOUNS, is_outlet
from ..reference.subjects import agent_objects, bare_participle, subject_of, subject_of_misread_clause
from .adjectives import adjective_complement
from .answers import from_answer_word
from .as_clause import from_as_clause
from .aspect import aspect_cue_start, reporting_infinitive
from .assemble import Assembly
from .bounds import adjust_end
from .cues import (PARENTHETICAL, CueTable, complement_kind, content_children, content_preposition,
                   noun_complement_kind, subject_class)
from .direct import DirectQuotes, QuoteGuess, phrase_guess
from .idioms import finds_itself, in_discourse_idiom, states_its_terms
from .inverted import from_inverted_split, from_sentence_final_cue
from .lines import LineQuotes
from .polls import from_poll
from .raising import RAISING_VERBS, from_raising
from .signed import signed_quotation
from .sourcing import add_sourcing
from .spans import (after_datelines, cut_matrix_continuation, cut_nested_cue, cut_open_parenthesis, cut_sourcing, has_subject,
                    is_gap, noun_holder, take_dangling_conjunct, tells_how_it_was_said, trim, within_paragraph)
from .trailing import speaker_after_cue, speaker_after_quotation, split_trailing_speaker

# complements that hold no clause: beside a quotation, a speech verb reports the quotation
QUOTABLE_WITHOUT_CLAUSE = {"prep", "dobj"}
# a single word after these is the one addressed ("told reporters"), never what was said
ADDRESSEE_CUES = frozenset({"tell", "ask", "respond"})
NAMED_ADDRESSEE_CUES = ADDRESSEE_CUES | {"write", "report"}
NAMED_ADDRESSEES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
MAX_WORK_NAME_TOKENS = 3         # "a new statement"
PARTICIPLE_DEPS = frozenset({"advcl", "acl"})
RESUMING_MARKS = {"until", "because", "since", "unless", "although", "though", "while"}
ADDING_PREPS = frozenset({"despite", "including", "except"})


class QuoteFinder:
    """All quotes of one parsed document."""

    def __init__(self, doc: Doc, cues: CueTable, bounds: dict[str, list[int]], adjust_end=adjust_end):
        self.doc = doc
        self.cues = cues
        self.bounds = bounds
        self.adjust_end = adjust_end     # the training recipe swaps in a recorder
        self.marks = DirectQuotes(doc)
        self.text = self.marks.text
        self.in_direct = self.marks.in_direct
        self.datelines = datelines(self.text)

    def run(self) -> list[QuoteGuess]:
        """Candidates from cue verbs, nouns and "according to" first (each may claim the
        quotations it touches), then speaker lines, then the unclaimed quotations left."""
        guesses: list[QuoteGuess] = []
        for tok in self.doc:
            if tok.i in self.in_direct:
                continue
            if tok.lower_ == "according" and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ == "to":
                g = self._from_according(tok)
            elif tok.lower_ == "in":
                g = from_poll(self.doc, tok, self.marks)
            elif tok.pos_ == "VERB":
                g = self._from_verb(tok)
            elif tok.pos_ == "NOUN":
                g = self._from_noun(tok)
            elif tok.pos_ == "ADJ":
                g = self._from_adjective(tok)
            else:
                g = None
            if g is not None:
                guesses.append(g)
        lines = LineQuotes(self.doc, self.marks)
        guesses.extend(lines.speaker_lines(guesses))
        assembly = Assembly(self.doc, self.marks)
        guesses = assembly.drop_nested(guesses)
        guesses.extend(lines.floating())
        guesses.sort(key=lambda g: g.content[0][0])
        guesses = assembly.merge_continued(guesses)
        assembly.absorb_later_sentences(guesses)
        assembly.resolve_speakers(guesses)
        for g in guesses:
            g.content = after_datelines(g.content, self.datelines, self.text)
        for g in guesses:
            add_sourcing(self.doc, g, self.in_direct)
        # an empty pair of quotation marks ('<tweet pic="">' in scraped markup) says nothing
        return [g for g in guesses if any(ch.isalnum() for s, e in g.content for ch in self.text[s:e])]

    def _from_verb(self, verb: Token) -> QuoteGuess | None:
        doc = self.doc
        lemma = verb.lemma_.lower()
        if in_discourse_idiom(verb) or finds_itself(verb) or states_its_terms(verb):
            return None
        passive = self._passive_with_agent(verb, lemma)
        if passive is not None:
            return passive
        aside = self._parenthetical(verb, lemma)
        if aside is not None:
            return aside
        split = from_inverted_split(self.doc, verb, lemma, self.marks) \
            or from_sentence_final_cue(self.doc, verb, lemma, self.marks) \
            or from_as_clause(self.doc, verb, lemma, self.marks) \
            or from_answer_word(self.doc, verb, lemma, self.marks)
        if split is not None:
            return split
        if reporting_infinitive(verb, self._is_cue) is not None:
            return None         # "continued to question the plan": the infinitive's cue reports it
        if lemma in RAISING_VERBS:
            raised = from_raising(self.doc, verb, lemma, self.cues, self.marks)
            if raised is not None:
                return raised
        kind = complement_kind(verb)
        if kind in QUOTABLE_WITHOUT_CLAUSE and lemma in SPEECH_VERBS and (
                dq := self.marks.adjacent(verb)) is not None and not self._quoted_in_object(verb, kind, dq):
            # "“…,” he said at a hearing": the quotation, not the hearing, is what was said
            kind = "none"
        elif kind == "ccomp" and lemma in SPEECH_VERBS and self._swallowed_before(verb):
            kind = "none"
        cue, rate = self._verb_cue(verb, kind)
        children = self._reported_children(verb, kind) if cue else []
        pieces: list[tuple[int, int]] = []
        how = kind
        if children:
            a = min(c.left_edge.i for c in children)
            b = max(c.right_edge.i for c in children) + 1
            if kind == "xcomp":
                if doc[a].lower_ == "for" and doc[a].dep_ == "mark":
                    a += 1      # "called for the board to resign": the board to resign
                # "agreed to share a currency and rely on …": the parse hangs the second
                # infinitive on the cue; it belongs to the content
                for c in verb.children:
                    if c.dep_ == "conj" and c.tag_ == "VB" and c.i >= b - 1 and not has_subject(c):
                        b = max(b, c.right_edge.i + 1)
            if a <= verb.i < b:
                pieces = self._around_cue(verb, a, b)
            else:
                a, b = self._within_paragraph(verb, a, b)
                b = cut_open_parenthesis(doc, a, cut_sourcing(doc, a, b))
                if kind == "ccomp":
                    b = take_dangling_conjunct(doc, verb, a, b)
                    b = cut_matrix_continuation(doc, verb, children, a, b)
                    b = next((i for i in range(a + 1, b) if doc[i].text == ";"), b)
                b = cut_nested_cue(doc, a, b, self.cues)
                if a > verb.i and b > a:
                    b = self.adjust_end(doc, verb, a, b, self._sentence_limit(b), self.bounds)
                pieces = [trim(doc, a, b)]
                if kind == "ccomp" and b <= verb.i:
                    pieces += self._resumed_after_cue(verb)
        elif cue and kind == "parataxis":
            head = verb.head
            pieces = self._around_cue(verb, head.left_edge.i, head.right_edge.i + 1)
        elif self.cues.can_introduce_quote(lemma):
            dq = self.marks.adjacent(verb)
            if dq is None:
                return None
            pieces = [(dq.tok_start, dq.tok_end)]
            how, rate = "adjacent quotation", 0.9
        elif (dq := signed_quotation(verb, self.marks)) is not None:
            pieces = [(dq.tok_start, dq.tok_end)]
            how, rate = "quotation it signs", 0.7
        else:
            return None
        pieces = [p for p in pieces if p[1] - p[0] >= 1]
        if not pieces or sum(b - a for a, b in pieces) < 2 and (
                lemma in ADDRESSEE_CUES or not self.marks.one_word_content(pieces)) \
                or how == "dobj" and self._names_a_work(pieces) \
                or lemma in NAMED_ADDRESSEE_CUES and self._only_a_name(pieces):
            return None
        unnamed = self._unnamed_agent(verb)
        subject = None if unnamed else subject_of(verb, reporting=True)
        if subject is None and verb.dep_ == "amod" and verb.head.pos_ == "PROPN" and verb.head.i > verb.i:
            subject = verb.head     # "“…,” tweeted Ruiz": the parse read "tweeted Ruiz" as a noun phrase
        if subject is not None and any(a <= subject.i < b for a, b in pieces):
            # "“… it is over,” said Nadia Ferro": the parse gives the cue two subjects
            subject = next((c for c in verb.rights if c.dep_ == "nsubj"
                            and not any(a <= c.i < b for a, b in pieces)), None)
        if subject is None and len(pieces) == 1:
            pieces, subject = split_trailing_speaker(doc, self.in_direct, pieces[0], verb)
        if subject is None and pieces[-1][1] <= verb.i:
            subject = speaker_after_quotation(doc, self.in_direct, pieces[-1][1], verb) \
                or speaker_after_cue(doc, self.in_direct, pieces[-1][1], verb)
        if subject is None and not unnamed:
            subject = subject_of_misread_clause(self.in_direct, pieces[0][0], verb)
        g = self.marks.with_direct(pieces, verb)
        if g is None:
            return None
        if g.content[-1][1] <= verb.idx:
            self._continue_split_quote(g, verb)
        elif g.kind == "direct" and g.content[0][0] > verb.idx:
            before = self.marks.before(verb)
            if before is not None:
                self.marks.claim(before)
                g.content[:0] = before.spans
            self.marks.chain_following(g)
        g.cue = [(aspect_cue_start(verb, self._is_cue) or verb.idx, verb.idx + len(verb))] + self._particles(verb)
        g.cue_lemma = lemma
        g.subject = subject
        g.confidence = rate if g.kind == "indirect" else max(rate, 0.8)
        g.via = f"cue verb '{lemma}' with {how}" + (" by someone unnamed" if unnamed else "")
        return g

    def _only_a_name(self, pieces: list[tuple[int, int]]) -> bool:
        """"told NBC News", "asked Ruiz", "wrote to Okafor": a name alone after a verb of
        telling is whom it was said to (on PolNeAR train 10 such candidates were wrong, 1 right)."""
        if len(pieces) != 1:
            return False
        a, b = pieces[0]
        while a < b and self.doc[a].lower_ == "the":
            a += 1
        return any(ent.start == a and ent.end == b and ent.label_ in NAMED_ADDRESSEES for ent in self.doc.ents)

    def _names_a_work(self, pieces: list[tuple[int, int]]) -> bool:
        """"issued a statement", "released a new report": the object names the work, not what
        it says (on PolNeAR train such candidates were right 3 times in 66)."""
        if len(pieces) != 1 or pieces[0][1] - pieces[0][0] > MAX_WORK_NAME_TOKENS:
            return False
        last = self.doc[pieces[0][1] - 1]
        return last.lemma_.lower() in WORK_NOUNS and last.i not in self.in_direct

    @staticmethod
    def _quoted_in_object(verb: Token, kind: str, dq) -> bool:
        """"noted the “tragic deaths” of two workers", "described himself as “a builder”": a
        quotation after the cue inside an object that opens before it is part of that object,
        and the object is what was said."""
        if dq.tok_start < verb.i:
            return False
        return any(c.left_edge.i < dq.tok_start <= c.right_edge.i for c in content_children(verb, kind))

    def _swallowed_before(self, verb: Token) -> bool:
        """"X saw it differently: “…,” he said": the parse hangs the sentence before the
        quotation inside the clause the cue reports; the signed quotation is what was said."""
        dq = self.marks.before(verb)
        if dq is None or not self.marks.signed_after(dq) or not self.marks.colon_before(dq.tok_start):
            return False
        return any(c.dep_ == "ccomp" and c.left_edge.i < dq.tok_start for c in verb.children)

    @staticmethod
    def _unnamed_agent(verb: Token) -> bool:
        """"Asked whether she would run, Madaki said …": a bare passive participle's cue was
        done by someone unnamed; the clause's subject is the one asked, not the asker."""
        return (bare_participle(verb, PARTICIPLE_DEPS) and not agent_objects(verb)
                and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children))

    def _reported_children(self, verb: Token, kind: str) -> list[Token]:
        children = content_children(verb, kind)
        if kind == "ccomp" and len(children) > 1:
            # "Writing for a panel that agreed the bill passed, she noted that …": a clause the
            # parse hung on the cue from the sentence's opening phrase is not reported
            right = [c for c in children if c.i > verb.i]
            left = [c for c in children if c.i < verb.i]
            if right and left and not any(c.i in self.in_direct for c in left):
                children = right
            # "“A,” she said, but “B,” said Okafor": a clause with a speech verb and a subject
            # of its own is another cue, not part of what this one reports
            # (a speech verb inside the quotation marks is part of what was said)
            others = [c for c in children if c.lemma_.lower() in SPEECH_VERBS and has_subject(c)
                      and c.i not in self.in_direct]
            if others and len(others) < len(children):
                children = [c for c in children if c not in others]
        return children

    def _parenthetical(self, verb: Token, lemma: str) -> QuoteGuess | None:
        """"The trouble today, she told us on Monday, is …": the cue interrupts what it reports."""
        doc = self.doc
        if lemma not in SPEECH_VERBS and lemma not in PARENTHETICAL:
            return None
        subj = next((c for c in reversed(list(verb.lefts)) if c.dep_ == "nsubj"), None)
        sent = verb.sent
        if subj is None or any(t.pos_ in {"VERB", "AUX"} for t in doc[subj.right_edge.i + 1:verb.i]):
            return None
        left = subj.left_edge.i - 1
        if left <= sent.start + 1 or doc[left].text != ",":
            return None
        k = verb.i + 1
        inside = {t.i for t in verb.subtree}
        while k < sent.end and doc[k].text != "," and k in inside and (
                doc[k].dep_ in {"advmod", "prt", "aux"} and doc[k].head.i == verb.i
                or doc[k].dep_ in {"dobj", "dative"} and doc[k].pos_ == "PRON"
                or self._aside_of_cue(doc[k], verb)):
            k += 1
        if k >= sent.end - 2 or doc[k].text != ",":
            return None
        pieces = [trim(doc, sent.start, left), trim(doc, k + 1, sent.end)]
        if any(b - a < 2 for a, b in pieces) or any(i in self.in_direct for i in range(sent.start, sent.end)):
            return None
        g = self.marks.with_direct(pieces, verb)
        if g is None:
            return None
        g.cue = [(verb.idx, verb.idx + len(verb))] + self._particles(verb)
        g.cue_lemma = lemma
        g.subject = subj
        g.confidence = 0.7
        g.via = f"parenthetical cue verb '{lemma}'"
        return g

    def _passive_with_agent(self, verb: Token, lemma: str) -> QuoteGuess | None:
        """"Her warning was repeated by two bankers": what the agent said is the subject."""
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        by = next(iter(agent_objects(verb)), None)
        if subj is None or by is None or subj.i > verb.i:
            return None
        cue, rate = self.cues.is_cue(lemma, "dobj")
        if not cue:
            return None
        g = self.marks.with_direct([trim(self.doc, subj.left_edge.i, subj.right_edge.i + 1)], verb)
        if g is None:
            return None
        g.cue = [(verb.idx, verb.idx + len(verb))]
        g.cue_lemma = lemma
        g.subject = by
        g.confidence = rate
        g.via = f"passive cue verb '{lemma}' with agent"
        return g

    def _resumed_after_cue(self, verb: Token) -> list[tuple[int, int]]:
        """"The mill was thriving, Mr. Halden said, until the river flooded": the clause
        after the cue that only continues the content belongs to it."""
        for child in verb.rights:
            if child.dep_ == "advcl" and any(
                    c.dep_ == "mark" and c.lower_ in RESUMING_MARKS for c in child.children) \
                    and has_subject(child) and child.lemma_.lower() not in SPEECH_VERBS:
                # not "…, though she added that …" (a report of its own) nor "…, while
                # campaigning in Ohio" (the setting of the cue)
                a, b = self._within_paragraph(verb, child.left_edge.i, child.right_edge.i + 1)
                if b - a >= 2:
                    return [trim(self.doc, a, b)]
        return []

    def _around_cue(self, verb: Token, a: int, b: int) -> list[tuple[int, int]]:
        """"X, he said, Y": the content is the clause around the cue, minus the cue clause."""
        a, b = self._within_paragraph(verb, a, b)
        own = {verb.i}     # the cue clause; the quote marks the parse hangs on the cue are not
        for child in verb.children:
            if child.dep_ != "ccomp" and not (child.dep_ == "punct" and child.i in self.in_direct):
                own.update(t.i for t in child.subtree)
        lo, hi = min(own), max(own) + 1
        pieces = [p for p in (trim(self.doc, a, lo), trim(self.doc, hi, b)) if p[1] > p[0]]
        if len(pieces) == 2 and pieces[1][0] in self.in_direct and tells_how_it_was_said(self.doc, *pieces[0]):
            return pieces[1:]   # "Asked about it, she said, “…”": the quotation alone was said
        return pieces

    def _sentence_limit(self, b: int) -> int:
        """Where the content's sentence (and paragraph) ends, less its final punctuation."""
        doc = self.doc
        end = doc[b - 1].sent.end
        for i in range(b, end):
            if "\n" in doc[i].text:
                end = i
                break
        while end > b and is_gap(doc[end - 1]):
            end -= 1
        return end

    def _within_paragraph(self, verb: Token, a: int, b: int) -> tuple[int, int]:
        return within_paragraph(self.doc, verb, a, b)

    def _continue_split_quote(self, g: QuoteGuess, verb: Token) -> None:
        """“A,” she said. “B.” - the quotation resumes right after its cue."""
        doc = self.doc
        inside = {t.i for t in verb.subtree}
        subject = subject_of(verb, reporting=True)
        speaker = {t.i for t in subject.subtree} if subject is not None else set()
        k = verb.i + 1
        while k < len(doc) and k - verb.i <= 60 and k not in self.in_direct and (
                k in speaker      # "said Ines Varga, a lawyer who represents …"
                or k in inside and (doc[k].pos_ not in {"VERB", "AUX", "SCONJ"}
                                    or self._aside_of_cue(doc[k], verb))
                or is_gap(doc[k]) or doc[k].text in {"(", ")"}):
            if "\n" in doc[k].text:
                return
            k += 1
        dq = self.in_direct.get(k)
        if dq is not None and not dq.used and dq.tok_start == k and not self.marks.signed_after(dq) \
                and not self.marks.names_a_title(dq, speaker):
            self.marks.claim(dq)
            g.content.extend(dq.spans)
            if g.kind == "indirect":
                g.kind = "mixed"
            self.marks.chain_following(g)

    @staticmethod
    def _aside_of_cue(tok: Token, verb: Token) -> bool:
        """Words after the cue that do not report anything new: "she said of the race, in
        which …", "said Okafor, speaking of the polls"."""
        while tok.head.i != verb.i:
            tok = tok.head
        if tok.dep_ in {"prep", "npadvmod", "agent", "dative"}:
            return True
        lemma = tok.lemma_.lower()
        return (tok.dep_ == "advcl" and tok.tag_ == "VBG" and lemma not in SPEECH_VERBS
                and lemma not in CUE_VERBS)

    def _particles(self, verb: Token) -> list[tuple[int, int]]:
        return [(c.idx, c.idx + len(c)) for c in verb.children if c.dep_ == "prt"]

    def _from_noun(self, noun: Token) -> QuoteGuess | None:
        """Nominal cues: "the minister's claim that ...", "her criticism of ..."."""
        kind = noun_complement_kind(noun)
        if kind == "none":
            return None
        cue, rate = self.cues.is_cue(noun.lemma_.lower(), "noun:" + kind, preposition=content_preposition(noun))
        if not cue:
            return None
        if kind == "that":
            clause = next(c for c in noun.children if c.dep_ in {"acl", "ccomp", "relcl"} and c.i > noun.i)
            a, b = clause.left_edge.i, clause.right_edge.i + 1
        else:
            prep = next(c for c in noun.children if c.dep_ == "prep" and c.i > noun.i)
            objs = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
            if not objs:
                return None
            a, b = objs[0].left_edge.i, objs[0].right_edge.i + 1
        a, b = self._within_paragraph(noun, a, b)
        lemma = noun.lemma_.lower()
        via = f"cue noun '{lemma}' with {'that-clause' if kind == 'that' else 'object'}"
        return phrase_guess(self.marks, trim(self.doc, a, b), noun, (noun.idx, noun.idx + len(noun)), lemma,
                            noun_holder(noun), via, confidence=rate)

    def _from_adjective(self, adj: Token) -> QuoteGuess | None:
        """Stance adjectives: "X is skeptical of Y" (see `adjectives.py`)."""
        found = adjective_complement(adj)
        if found is None:
            return None
        kind, top = found
        if kind == "adj:xcomp" and self._verb_cue(top, complement_kind(top))[0]:
            return None     # "was quick to stress that …": the infinitive is the cue
        cue, rate = self.cues.is_cue(adj.lemma_.lower(), kind, preposition=content_preposition(adj))
        if not cue:
            return None
        a, b = self._within_paragraph(adj, top.left_edge.i, top.right_edge.i + 1)
        lemma = adj.lemma_.lower()
        return phrase_guess(self.marks, trim(self.doc, a, b), adj, (adj.idx, adj.idx + len(adj)), lemma,
                            subject_of(adj.head), f"cue adjective '{lemma}' with {kind[4:]}", confidence=rate)

    def _is_cue(self, verb: Token) -> bool:
        return self._verb_cue(verb, complement_kind(verb))[0]

    def _verb_cue(self, verb: Token, kind: str) -> tuple[bool, float]:
        """Whether the verb with this complement kind is a cue, and its rate (see `CueTable`)."""
        if kind == "none":
            return False, 0.0
        return self.cues.is_cue(verb.lemma_.lower(), kind, subject=subject_class(verb),
                                preposition=content_preposition(verb))

    def _from_according(self, tok: Token) -> QuoteGuess | None:
        doc = self.doc
        to = doc[tok.i + 1]
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None:
            return None
        sent = tok.sent
        phrase_start, phrase_end = tok.i, pobj.right_edge.i + 1
        phrase_end = _source_before_clause(doc, tok.i, phrase_end, sent.end)
        before = trim(doc, sent.start, phrase_start)
        after = trim(doc, phrase_end, sent.end)
        if is_outlet(doc[pobj.left_edge.i:pobj.i + 1].text) and any(
                t.pos_ == "VERB" and t.lemma_.lower() in CUE_VERBS and t.dep_ == "ROOT"
                for t in sent if t.i not in self.in_direct):
            # "X said …, according to Reuters": a source, not a speaker. Only a cue that
            # heads the sentence: "the mayor has not cared to ask …, according to the
            # Times" reports the Times' reading
            return None
        rng = after if after[1] - after[0] >= before[1] - before[0] else before
        if rng == after and before[1] - before[0] >= 3 and _adds_to_clause(doc[after[0]]):
            rng = before    # "A, according to X, but B": B is the writer's, A what X said
        if rng[1] - rng[0] < 3:
            return None
        return phrase_guess(self.marks, rng, tok, (tok.idx, to.idx + len(to)), "according to", pobj,
                            "according to")


def _adds_to_clause(first: Token) -> bool:
    """Whether a clause opening with this word is added to the one before ("but …",
    "although …", "despite …") rather than standing on its own."""
    return first.pos_ in {"CCONJ", "SCONJ"} or first.lower_ in ADDING_PREPS


def _source_before_clause(doc, start: int, end: int, sent_end: int) -> int:
    """"According to polls by X, majorities of voters say …": when the parse hung the
    clause's subject inside the source, so that what follows it opens with a verb, the
    source ends at its last comma and the clause starts after it."""
    if end >= sent_end or doc[end].pos_ not in {"VERB", "AUX"}:
        return end
    commas = [i for i in range(start + 2, end) if doc[i].text == ","]
    return commas[-1] if commas else end

