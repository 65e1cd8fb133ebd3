"""From an annotated spaCy Doc to the public, frozen Record."""
from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from .model import Article, DateMention, DateRef, Entity, Event, EventActor, Quote, Record, Speaker
from .nlp.dates.component import resolve_mentions
from .nlp.quotes.marks import strip_marks
from .nlp.dates.timex import parse_anchor


def _char_span(doc: Doc, start: int, end: int) -> tuple[int, int]:
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


def build_record(article: Article, doc: Doc) -> Record:
    warnings = list(article.warnings)
    anchor, warning = parse_anchor(article.published)
    if warning:
        warnings.append(warning)
    entities, entity_ids = _entities(doc)
    dates, date_warnings = _dates(doc, anchor)
    warnings.extend(date_warnings)
    quotes = _quotes(article, doc, entity_ids, dates, anchor)
    events = _events(doc, entity_ids, dates, anchor, quotes)
    return Record(article=article, entities=tuple(entities), quotes=tuple(quotes),
                  dates=tuple(dates), events=tuple(events), warnings=tuple(warnings))


def _entities(doc: Doc):
    entity_ids = {}
    entities = []
    for c in doc._.ng_entities or []:
        if not c.mentions:
            continue
        eid = f"e{len(entities) + 1}"
        entity_ids[id(c)] = eid
        entities.append(Entity(
            id=eid, name=c.name, type=c.type,
            mentions=tuple(_char_span(doc, s, e) for s, e in c.mentions),
            aliases=tuple(c.aliases), titles=tuple(c.titles), country=c.country))
    return entities, entity_ids


def _dates(doc: Doc, anchor: date | None):
    resolved, warnings = resolve_mentions(doc, doc._.ng_dates or [], anchor)
    out = [DateMention(span=_char_span(doc, g.start, g.end), text=text, value=r.value,
                       granularity=r.granularity, type=kind, relative=r.relative)
           for g, text, r, kind in resolved]
    return out, warnings


def _governing_date(doc: Doc, head_span, dates: list[DateMention], anchor: date | None,
                    exclude: tuple = ()) -> DateRef:
    """The date expression that modifies a cue or trigger's clause, else the publication date."""
    if head_span is not None:
        sent = head_span.sent
        cands = [d for d in dates if sent.start_char <= d.span[0] < sent.end_char
                 and d.type not in {"DURATION", "SET"} and d.value
                 and not any(s <= d.span[0] < e for s, e in exclude)
                 and _governs(doc, d.span, head_span.root)]
        if cands:
            at = head_span.start_char
            best = min(cands, key=lambda d: abs(d.span[0] - at))
            return DateRef(best.value, best.granularity, False, best.text, best.span)
    return DateRef(anchor.isoformat() if anchor else None, "day" if anchor else None, True)


def _sentence_date(span, dates: list[DateMention]) -> DateRef | None:
    """No expression governs the trigger: a day-level date elsewhere in its sentence, marked inferred."""
    sent = span.sent
    for d in dates:
        if sent.start_char <= d.span[0] < sent.end_char and d.value and d.granularity in {"day", "time"}:
            return DateRef(d.value, d.granularity, True, d.text, d.span)
    return None


def _quote_date(doc: Doc, g, dates: list[DateMention], anchor: date | None) -> DateRef:
    cue = doc.char_span(g.cue[0][0], g.cue[0][1], alignment_mode="expand") if g.cue else None
    return _governing_date(doc, cue, dates, anchor, exclude=tuple(g.content))


def _events(doc: Doc, entity_ids: dict, dates, anchor, quotes) -> list[Event]:
    out = []
    for g in doc._.ng_events or []:
        trig = doc[g.trigger[0]:g.trigger[1]]
        def actors(items):
            return tuple(EventActor(text=a.text, span=_char_span(doc, a.start, a.end),
                                    entity=entity_ids.get(id(a.cluster)) if a.cluster is not None else None,
                                    name=a.name, country=a.country, sector=a.sector) for a in items)
        at = trig.start_char
        quote = next((q for q in quotes if any(s <= at < e for s, e in q.content)), None)
        head = doc[g.extra["date_head"]:g.extra["date_head"] + 1] if "date_head" in g.extra else trig
        when = _governing_date(doc, head, dates, anchor)
        if when.inferred and not g.extra.get("own_date_only"):
            when = _sentence_date(trig, dates) or (quote.date if quote is not None and quote.date else when)
        out.append(Event(
            id=f"v{len(out) + 1}", type=g.type, trigger=(trig.start_char, trig.end_char),
            trigger_text=trig.text, sentence=(trig.sent.start_char, trig.sent.end_char),
            actor=actors(g.actors), recipient=actors(g.recipients), mode=g.mode, context=g.context,
            date=when, location=g.location, quote=quote.id if quote is not None else None,
            negated=g.negated, hypothetical=g.hypothetical, confidence=max(0.05, min(0.99, g.confidence)),
            reason=g.reason))
    return out


def _governs(doc: Doc, span: tuple[int, int], verb) -> bool:
    """Whether a date expression modifies the cue's own clause (not a relative clause)."""
    toks = doc.char_span(span[0], span[1], alignment_mode="expand")
    if toks is None:
        return False
    tok = toks.root
    for _ in range(8):
        if tok.i == verb.i:
            return True
        if tok.dep_ in {"relcl", "acl", "advcl", "ccomp", "xcomp", "conj"} and tok.i != verb.i \
                and tok.pos_ in {"VERB", "AUX"}:
            return False
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _quotes(article: Article, doc: Doc, entity_ids: dict, dates, anchor) -> list[Quote]:
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
        if g.kind == "direct":
            quote_text = " ".join(strip_marks(text[s:e]) for s, e in g.content)
        else:
            quote_text = " ".join(text[s:e] for s, e in g.content)
        sent = doc.char_span(g.content[0][0], g.content[0][1], alignment_mode="expand")
        quotes.append(Quote(
            id=f"q{len(quotes) + 1}", kind=g.kind, content=tuple(g.content), text=quote_text,
            cue=tuple(g.cue), cue_lemma=g.cue_lemma, speaker=speaker,
            reported_by=g.reported_by, medium=g.medium,
            confidence=max(0.05, min(0.99, g.confidence)),
            sentence=(sent.sent.start_char, sent.sent.end_char) if sent is not None else None,
            date=_quote_date(doc, g, dates, anchor)))
    return quotes
