"""Readers: turn paths, JSONL lines and HTML pages into Articles. No spaCy here."""
from .readers import read_paths, read_text_file, read_jsonl_lines, article_from_dict

__all__ = ["read_paths", "read_text_file", "read_jsonl_lines", "article_from_dict"]
