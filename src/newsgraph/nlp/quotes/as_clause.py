"""A cue in an "as" clause: "As the paper noted, the mayor has few fans", "Okafor raised
$1 million, as the Harbour Times reported". The parse hangs such a cue on the main clause
as an adverbial clause with no complement, so the usual reading finds nothing; the main
clause, less the "as" clause, is what the cue's subject said.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..reference.lexicon import SPEECH_VERBS
from ..reference.pronouns import SUBJECT_DEPS
from .direct import DirectQuotes, QuoteGuess
from .spans import has_subject, trim, within_paragraph

# a complement of its own makes the clause an ordinary cue ("as she told reporters that …")
OWN_CONTENT_DEPS = frozenset({"ccomp", "dobj", "xcomp"})
LEADING_WORDS = frozenset({"cc", "punct", "advmod"})    # "But as …", "And, as …"
# where or when it was said ("as X noted in an op-ed on Thursday"); any other preposition
# makes a clause of time or manner ("as voters responded to the crackdown")
SETTING_PREPS = frozenset({"in", "at", "during", "on"})
# a verb that is a way of saying with this object: "as one critic put it, …"
SAYING_IDIOMS = {"put": "it"}


def from_as_clause(doc: Doc, verb: Token, lemma: str, marks: DirectQuotes) -> QuoteGuess | None:
    idiom = _saying_idiom(verb, lemma)
    own = idiom.i if idiom is not None else None
    if (lemma not in SPEECH_VERBS and idiom is None or verb.dep_ != "advcl" or not has_subject(verb)
            or not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
            or any(c.i != own and c.dep_ in OWN_CONTENT_DEPS or c.dep_ == "prep" and not _setting(c)
                   for c in verb.children)):
        return None
    main = verb.head
    if main.pos_ not in {"VERB", "AUX"} or not has_subject(main):
        return None
    lo, hi = verb.left_edge.i, verb.right_edge.i + 1
    if hi <= main.i:         # "As X noted, A": A runs from after the clause to the sentence's end
        a, b = hi, main.right_edge.i + 1
    elif lo > main.i:        # "A, as X noted": A is what precedes the clause
        a, b = main.left_edge.i, lo
    else:
        return None
    while a < b and doc[a].dep_ in LEADING_WORDS and doc[a].head.i == main.i:
        a += 1
    a, b = within_paragraph(doc, verb, a, b)
    a, b = trim(doc, a, b)
    if b - a < 3:
        return None
    subject = next(c for c in verb.children if c.dep_ in SUBJECT_DEPS)
    return marks.cued([(a, b)], verb, subject, f"cue verb '{lemma}' in an as-clause")


def _saying_idiom(verb: Token, lemma: str) -> Token | None:
    """The object that makes the verb a way of saying ("put it"), if it has it."""
    word = SAYING_IDIOMS.get(lemma)
    if word is None:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == word), None)


def _setting(prep: Token) -> bool:
    if prep.lower_ not in SETTING_PREPS:
        return False
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    # "on" only with a day: "commented on the plan" names what it was about
    return prep.lower_ != "on" or any(o.ent_type_ in {"DATE", "TIME"} for o in objects)
