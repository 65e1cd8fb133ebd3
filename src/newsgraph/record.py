"""From an annotated spaCy Doc to the public, frozen Record."""
from __future__ import annotations

from spacy.tokens import Doc

from .model import Article, Entity, Quote, Record, Speaker
from .nlp.quote_marks import strip_marks


def _char_span(doc: Doc, start: int, end: int) -> tuple[int, int]:
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


def build_record(article: Article, doc: Doc) -> Record:
    clusters = doc._.ng_entities or []
    entity_ids = {}
    entities = []
    for c in clusters:
        if not c.mentions:
            continue
        eid = f"e{len(entities) + 1}"
        entity_ids[id(c)] = eid
        entities.append(Entity(
            id=eid, name=c.name, type=c.type,
            mentions=tuple(_char_span(doc, s, e) for s, e in c.mentions),
            aliases=tuple(c.aliases), titles=tuple(c.titles), country=c.country))
    quotes = []
    text = article.text
    for g in doc._.ng_quotes or []:
        speaker = None
        if g.speaker is not None:
            sp = g.speaker
            speaker = Speaker(
                mention=_char_span(doc, sp.start, sp.end), text=doc[sp.start:sp.end].text,
                entity=entity_ids.get(id(sp.cluster)) if sp.cluster is not None else None,
                name=sp.name, kind=sp.kind, co_speakers=sp.co_speakers)
        quote_text = " ".join(text[s:e] for s, e in g.content)
        if g.kind == "direct":
            quote_text = " ".join(strip_marks(text[s:e]) for s, e in g.content)
        sent = doc.char_span(g.content[0][0], g.content[0][1], alignment_mode="expand")
        quotes.append(Quote(
            id=f"q{len(quotes) + 1}", kind=g.kind, content=tuple(g.content), text=quote_text,
            cue=tuple(g.cue), cue_lemma=g.cue_lemma, speaker=speaker,
            reported_by=g.reported_by, medium=g.medium,
            confidence=max(0.05, min(0.99, g.confidence)),
            sentence=(sent.sent.start_char, sent.sent.end_char) if sent is not None else None))
    return Record(article=article, entities=tuple(entities), quotes=tuple(quotes),
                  warnings=article.warnings)
