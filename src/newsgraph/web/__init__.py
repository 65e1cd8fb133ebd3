"""Web UI and REST API over a store (`newsgraph serve`)."""
from .app import create_app

__all__ = ["create_app"]
