"""The recipes' parse cache: its key changes whenever what the parse depends on changes."""
from newsgraph.nlp import pipeline
from newsgraph.train.corpus import _key

GOLDS = [("a", "Ines Madaki said the ferry was late.", [])]


def test_the_cache_key_follows_the_pipeline_set_up(nlp, tmp_path, monkeypatch):
    before = _key(GOLDS, nlp)
    assert _key(GOLDS, nlp) == before
    changed = tmp_path / "pipeline.py"
    changed.write_bytes(open(pipeline.__file__, "rb").read() + b"\n# another set-up\n")
    monkeypatch.setattr(pipeline, "__file__", str(changed))
    assert _key(GOLDS, nlp) != before
