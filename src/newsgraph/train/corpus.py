"""Parsed training articles, cached: the spaCy parse is the slow part of every recipe.

The parse (spaCy's model plus newsgraph's paragraph breaks, none of newsgraph's later
components) is stored as a `DocBin` keyed by the articles, the model, the spaCy version,
the tokenizer's title abbreviations, the sentence-break rules and the pipeline's own set-up
(`nlp/pipeline.py`, which also shapes what the model sees of a '' mark), so a second run of
a recipe starts in seconds.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from ..eval.polnear import load_gold
from ..nlp import paragraphs, pipeline
from ..nlp.reference.lexicon import TITLE_ABBREVIATIONS

DEFAULT_CACHE = Path.home() / ".cache" / "newsgraph" / "parses"


def _key(golds, nlp) -> str:
    import spacy
    h = hashlib.sha256()
    h.update(f"{nlp.meta.get('name')}-{nlp.meta.get('version')}-{spacy.__version__}".encode())
    h.update(" ".join(sorted(TITLE_ABBREVIATIONS)).encode())     # they change the tokens
    h.update(Path(paragraphs.__file__).read_bytes())            # its rules change the sentences
    h.update(Path(pipeline.__file__).read_bytes())              # its set-up changes the parse
    for doc_id, text, _ in golds:
        h.update(doc_id.encode())
        h.update(hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest())
    return h.hexdigest()[:20]


def parsed_articles(directory: str, model: str | None = None, n_process: int = 2,
                    cache: Path | None = DEFAULT_CACHE):
    """[(doc_id, text, gold attributions, Doc)] for a PolNeAR-format folder."""
    from spacy.tokens import DocBin

    from ..nlp.pipeline import build
    nlp = build(model, components=("newsgraph_entities",))
    golds = list(load_gold(directory))
    path = Path(cache) / f"{_key(golds, nlp)}.spacy" if cache else None
    if path is not None and path.exists():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    else:
        docs = list(nlp.pipe((t for _, t, _ in golds), n_process=n_process, batch_size=16,
                             disable=["newsgraph_entities"]))
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            DocBin(docs=docs, store_user_data=False).to_disk(path)
    return nlp, [(d, t, g, doc) for (d, t, g), doc in zip(golds, docs)]
