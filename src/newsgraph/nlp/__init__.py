"""The spaCy pipeline and newsgraph's components (entities, quotes)."""
from .pipeline import DEFAULT_MODELS, load_pipeline

__all__ = ["DEFAULT_MODELS", "load_pipeline"]
