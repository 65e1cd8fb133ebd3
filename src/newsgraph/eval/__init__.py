"""Scoring against gold data: `newsgraph eval ...`."""
