"""The subject of a cue or an event's verb, read from the parse alone: climbing through
coordinated and subordinate verbs, and mending the parse's usual misreadings around names
(a name stranded before its verb, set off by commas, after a dateline or a headline's colon).
"""
from __future__ import annotations

from spacy.tokens import Token

from .lexicon import (CALLED_ON_PREPS, ISSUING_VERBS, LIGHT_OBJECTS, OBJECT_CONTROL_VERBS, ORG_NOUNS, ROLE_NOUNS,
                      TITLE_NOUNS, WORK_NOUNS, names_people)


def agent_objects(verb: Token) -> list[Token]:
    """The objects of a passive verb's "by" phrase ("was echoed by several economists")."""
    return [pobj for agent in verb.children if agent.dep_ == "agent"
            for pobj in agent.children if pobj.dep_ == "pobj"]


def subject_of(verb: Token, max_climb: int = 3, reporting: bool = False) -> Token | None:
    """The grammatical subject of a cue verb, climbing through conj/xcomp/advcl. A `reporting`
    verb coordinated into the clause another verb reports ("X said the plan was sound and
    predicted …"), or a participle hung on that clause ("X said it was sound, adding …"), is the
    reporter's: the parse hangs it on the wrong verb."""
    stranded = _stranded_name_before(verb, reporting)
    if stranded is not None:
        return stranded
    agent = participle_agent(verb) if reporting else None
    if agent is not None:
        return agent        # "Asked by the host about it, Okafor said …": the host asked
    tok = verb
    for _ in range(max_climb + 1):
        subjects = [c for c in tok.children if c.dep_ in {"nsubj", "csubj"}] or [
            # "X, who is happily running …": the parse can hang the subject on the auxiliary
            c for aux in tok.lefts if aux.dep_ == "aux" for c in aux.children if c.dep_ == "nsubj"]
        if subjects:
            # "“… it will …,” said Piet Voss": the quote's own subject can hang on the cue
            # too; the cue's is the one next to it
            return _past_headline_colon(min(subjects, key=lambda c: abs(c.i - tok.i)), verb)
        for child in tok.children:
            if child.dep_ == "nsubjpass":
                by = agent_objects(tok)
                if by:
                    return by[0]
                if tok.i != verb.i:
                    return child  # "X was asked about it, saying ...": X speaks
                return None   # "it was said that ..." names nobody
        if reporting and (tok.dep_ == "conj" or tok.dep_ == "advcl" and tok.tag_ == "VBG"):
            reported = _reported_clause(tok.head)
            if reported is not None:
                tok = reported.head
                continue
            owner = _noun_clause_owner(tok) if tok.dep_ == "advcl" else None
            if owner is not None:
                tok = owner
                continue
        if tok.dep_ in {"conj", "xcomp", "advcl", "acl", "acomp"} and tok.head.i != tok.i:
            controller = controller_of(tok)
            if controller is not None:
                return controller
            if tok.dep_ == "acl" and tok.head.pos_ in {"NOUN", "PROPN"}:
                owner = _noun_clause_owner(tok) if reporting and tok.tag_ == "VBG" else None
                if owner is not None:
                    tok = owner     # "denied the notion that it is over, saying …"
                    continue
                possessor = next((c for c in tok.head.children if c.dep_ == "poss"), None)
                if possessor is not None and is_infinitive(tok):
                    return possessor    # "mocked her refusal to comment": she did not comment
                if tok.head.dep_ == "dobj" and (tok.head.lower_ in LIGHT_OBJECTS or issued_work(tok.head)):
                    tok = tok.head.head     # "took pains to say", "issued a statement saying": who did
                    continue
                if is_infinitive(tok):
                    governor = _verb_over_thing(tok.head)
                    if governor is not None:
                        tok = governor  # "in an effort to paint her as …": who made the effort
                        continue
                return tok.head     # "Varga, saying ..." hangs on the noun
            tok = tok.head
            continue
        governor = _gerund_under_verb(tok)
        if governor is not None:
            tok = governor          # "began by saying ...", "after admitting ...": the clause's subject
            continue
        break
    # Inverted order after a quote: "…," said Ada Okafor / tweeted Voss.
    doc = verb.doc
    before = [t for t in doc[max(0, verb.i - 4):verb.i] if not t.is_space]
    if not any(t.text in {"”", "\"", "''", "»"} for t in before):
        return None
    for child in verb.rights:
        if child.dep_ in {"dobj", "attr", "npadvmod", "dative", "oprd", "nsubj"} and child.pos_ in {"PROPN", "NOUN", "PRON"}:
            return child
    return None


THING_DEPS = frozenset({"dobj", "pobj", "npadvmod"})


def is_infinitive(verb: Token) -> bool:
    """A bare verb with its "to": "to comment", "to paint"."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _verb_over_thing(noun: Token) -> Token | None:
    """The verb over an object noun that names no one ("in an effort to …", "under pressure
    to …"): whoever is that verb's subject does the infinitive on the noun. Only infinitives
    climb: a participle on a thing is often the thing's own ("a sign reading …", "paperwork
    showing …"; letting participles climb as well gained 10 right attributions on PolNeAR train
    and lost 8 whose gold source was such a noun)."""
    if noun.dep_ not in THING_DEPS or noun.pos_ != "NOUN" or noun.ent_type_ or names_people(noun.lemma_) \
            or noun.lemma_.lower() in WORK_NOUNS or noun.lemma_.lower() in ORG_NOUNS:
        return None
    head = noun.head.head if noun.dep_ == "pobj" else noun.head
    return head if head.pos_ in {"VERB", "AUX"} and head.i != noun.i else None


def issued_work(noun: Token) -> bool:
    """A statement, an ad, a report that the verb it is the object of put out."""
    return noun.lemma_.lower() in WORK_NOUNS and noun.head.lemma_.lower() in ISSUING_VERBS


def _noun_clause_owner(participle: Token) -> Token | None:
    """"X denied the idea that a cut is coming, explaining …": a participle set off by a
    comma after a noun's clause, which the parse hangs on that clause's verb, is said by the
    subject of the verb the noun hangs on."""
    doc = participle.doc
    if participle.i == 0 or doc[participle.i - 1].text != ",":
        return None
    if participle.dep_ == "acl":    # the parse hung it on the noun itself, after the noun's clause
        noun = participle.head
        if not any(c.dep_ == "acl" and noun.i < c.i < participle.i for c in noun.children):
            return None
    else:
        clause = participle.head
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ != "acl":
            return None     # "a hearing in which he pressed on, saying …": the relative clause's own
        noun = clause.head
    governor = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ not in {"dobj", "pobj"} or governor.pos_ not in {"VERB", "AUX"} or governor.i > noun.i:
        return None
    return governor


def _reported_clause(tok: Token) -> Token | None:
    """The verb of the clause a verb reports that `tok` is, or is coordinated into."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    # the reporter comes first: a quotation's own verb can hang its opening clause on "said"
    if tok.dep_ == "ccomp" and tok.head.pos_ in {"VERB", "AUX"} and tok.head.i < tok.i:
        return tok
    return None


# where the parse hangs a name it failed to make the subject of the verb after it
STRANDED_DEPS = frozenset({"pobj", "appos", "conj", "dobj", "npadvmod"})


def _stranded_name_before(verb: Token, reporting: bool = False) -> Token | None:
    """"In a meeting with the Herald Varga said …": the parse hung the name on the phrase before
    and left a finite cue without a subject; the name right before it is the subject."""
    if verb.tag_ not in {"VBD", "VBZ", "VBP"} or any(
            c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} for c in verb.children):
        return None
    j = verb.i - 1
    while j >= 0 and verb.doc[j].dep_ in {"advmod", "neg"} and verb.doc[j].head.i == verb.i:
        j -= 1
    if j < 0:
        return None
    name = verb.doc[j]
    if name.pos_ == "PROPN" and name.dep_ in STRANDED_DEPS:
        return name
    if not reporting:
        return None
    return _speaker_set_off_before(verb, j) or _named_before_relative_clause(verb)


NOUN_PHRASE_INSIDE = frozenset({"compound", "amod", "nummod", "poss", "case", "det", "punct"})


def _speaker_set_off_before(verb: Token, j: int) -> Token | None:
    """"At the club, Ana Ruiz, its president, last week said …", "Ruiz, in a sharp aside,
    also accused …": the parse hung the name, set off by commas, on the phrase before; the
    noun phrase that ends at the cue's last comma is the subject when it names someone."""
    doc = verb.doc
    while j >= 0 and (doc[j].text == "," or doc[j].dep_ in {"advmod", "npadvmod", "neg"} and doc[j].head.i == verb.i
                      or doc[j].dep_ == "amod" and doc[j].head.dep_ == "npadvmod" and doc[j].head.head.i == verb.i):
        j -= 1
    if j < 0 or doc[j].text == "," or not any(t.text == "," for t in doc[j + 1:verb.i]):
        return None
    # an aside between commas (", in a sharp aside,", ", meanwhile,") stands between them
    if doc[j + 1].text == ",":
        opening = next((k for k in range(j, max(verb.sent.start, j - 8) - 1, -1) if doc[k].text == ","), None)
        if opening is not None and doc[opening + 1].pos_ in {"ADP", "ADV", "SCONJ"}:
            j = opening - 1
    if j < verb.sent.start:
        return None
    tok = doc[j]
    while tok.dep_ in NOUN_PHRASE_INSIDE and tok.head.i != tok.i and tok.head.i < verb.i:
        tok = tok.head
    # "Okafor, head of the Harbour Union,": from the "of" phrase up to the role it completes
    while tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.dep_ in {"appos", "conj"} \
            and tok.head.head.pos_ in {"NOUN", "PROPN"}:
        tok = tok.head.head
    # up the appositions to the first of them, but not into the phrase they hang on
    while tok.dep_ in {"appos", "conj"} and tok.head.dep_ in {"appos", "conj"} and tok.head.i < tok.i:
        tok = tok.head
    if tok.dep_ not in STRANDED_DEPS or tok.i >= verb.i or tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
        return None     # "has mocked the auditor, called the plan …": a list of what one person did
    if tok.ent_type_ == "PERSON" or tok.dep_ == "appos" and tok.pos_ == "NOUN" and (
            tok.lower_ in TITLE_NOUNS or tok.lower_ in ROLE_NOUNS):
        return tok
    return None


def _named_before_relative_clause(verb: Token) -> Token | None:
    """"Ana Ruiz, who chairs the board, said …": the parse made the relative clause what the
    cue reports, with the name as that clause's subject; the name is the cue's."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i > verb.i or any(t.is_quote for t in clause.subtree):
            continue        # a quotation before its cue is what was said, whatever it holds
        relative = next((t for t in clause.subtree if t.dep_ == "nsubj" and t.lower_ in {"who", "which"}), None)
        if relative is None:
            continue
        for subject in clause.children:
            if subject.dep_ == "nsubj" and subject.i < relative.i and subject.pos_ in {"NOUN", "PROPN"}:
                return subject
    return None


def controller_of(verb: Token) -> Token | None:
    """"urged X to resign", "called on X to resign", "forced X to leave": X is the one who
    would do it, not the one asking."""
    head = verb.head
    if verb.dep_ == "conj" and head.i != verb.i and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return controller_of(head)    # "called on X to stop the cuts and urge Y …": X urges too
    if verb.dep_ == "xcomp" and head.dep_ == "xcomp" and head.lemma_.lower() not in OBJECT_CONTROL_VERBS \
            and not any(c.dep_ == "dobj" for c in head.children):
        return controller_of(head)    # "told X to keep negotiating": X negotiates
    if verb.dep_ != "xcomp" or head.lemma_.lower() not in OBJECT_CONTROL_VERBS:
        return None
    objs = [c for c in head.children if c.dep_ == "dobj" and c.i < verb.i and head.lemma_.lower() != "call"]
    objs += [p for c in head.children if c.dep_ == "prep" and c.lower_ in CALLED_ON_PREPS and c.i < verb.i
             for p in c.children if p.dep_ == "pobj"]
    return objs[0] if objs else None


def bare_participle(verb: Token, deps: frozenset[str] = frozenset({"advcl"})) -> bool:
    """A past participle with no subject of its own, hung on another verb by one of `deps`
    ("Asked by X about it, Y said …"). The tagger often reads a sentence's opening "Asked"
    as a past tense (VBD); that one counts too."""
    participle = verb.tag_ == "VBN" and verb.dep_ in deps or (
        verb.tag_ == "VBD" and verb.dep_ == "advcl" and verb.i == verb.sent.start)
    return participle and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def participle_agent(verb: Token) -> Token | None:
    """The "by" party of a participle with no subject of its own ("Asked by X to …")."""
    if not bare_participle(verb):
        return None
    return next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)


def subject_of_misread_clause(in_direct: dict, content_start: int, verb: Token) -> Token | None:
    """"Okafor, whose company, Tidewise, sells seed, said the port was ready": the parse
    makes the sentence's opening subject and a verb phrase a clause reported by the cue, which
    is left with no subject; that subject is the speaker when the cue reports a clause after it.
    The same misreading as `_named_before_relative_clause`, without a relative pronoun to go
    by; the quotes stage asks it last, once it knows where the content lies (`content_start`)
    and which tokens are quoted (`in_direct`)."""
    doc = verb.doc
    if content_start <= verb.i:
        return None
    start = verb.sent.start
    while start < verb.i and (doc[start].is_space or doc[start].is_punct):
        start += 1
    for clause in verb.lefts:
        if clause.dep_ != "ccomp" or clause.i in in_direct:
            continue
        subject = next((c for c in clause.lefts if c.dep_ == "nsubj"), None)
        if subject is None or subject.left_edge.i != start or not _names_someone(subject):
            continue
        # "…, then says": only punctuation and the cue's own adverbs and auxiliaries between;
        # not "…, but Ruiz (…) says", where the cue has a subject the parse lost
        if all(t.is_punct or t.is_space or t.head.i == verb.i and t.dep_ in {"advmod", "aux", "neg"}
               for t in doc[clause.right_edge.i + 1:verb.i]):
            return subject
    return None


def _names_someone(tok: Token) -> bool:
    """A name, a person's or organisation's entity, or a role word ("a representative")."""
    low = tok.lower_
    return tok.pos_ == "PROPN" or tok.ent_type_ in {"PERSON", "ORG"} or low in ROLE_NOUNS or low in TITLE_NOUNS


def _gerund_under_verb(tok: Token) -> Token | None:
    """The verb a gerund's preposition hangs on, directly or through an adverb or adjective
    ("began by saying", "stopped short of calling")."""
    if tok.tag_ != "VBG" or tok.dep_ not in {"pcomp", "pobj"} or tok.head.dep_ != "prep":
        return None
    head = tok.head.head
    if head.pos_ in {"ADV", "ADJ"} and head.dep_ in {"advmod", "acomp", "amod"}:
        head = head.head
    if head.pos_ in {"VERB", "AUX"} and head.i != tok.head.i:
        return head
    return None


DATELINE_DASHES = {"--", "—", "―", "–", "-"}


def _past_headline_colon(subject: Token, verb: Token) -> Token:
    """"The Latest: Varga urges ...": the subject is what follows the colon; "WASHINGTON --
    President Brell said ...": what follows the dateline."""
    doc = subject.doc
    if subject.is_upper and len(subject.text) > 2 and subject.i + 1 < len(doc) \
            and doc[subject.i + 1].text in DATELINE_DASHES:
        appos = next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i + 1), None)
        if appos is not None:
            return appos
    colon = next((t for t in doc[subject.i + 1:verb.i] if t.text == ":"), None)
    if colon is None:
        return subject
    after = [t for t in doc[colon.i + 1:verb.i] if t.pos_ in {"PROPN", "NOUN", "PRON"}]
    if not after:
        return subject
    head = after[-1]
    return head
