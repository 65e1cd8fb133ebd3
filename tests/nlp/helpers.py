"""Small helpers shared by the quote tests."""


def hand_parsed(words, heads, deps, tags, pos, ents=None, lemmas=None):
    """A Doc with a parse written by hand: the misreadings the rules mend, reproduced exactly."""
    import spacy
    from spacy.tokens import Doc
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, ents=ents,
               lemmas=lemmas)


def content_pieces(text, guess):
    """The text of each content span of a candidate quote."""
    return [text[s:e] for s, e in guess.content]
