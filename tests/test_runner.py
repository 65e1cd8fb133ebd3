"""The runner's process pool: a worker that cannot start is an error, never a hang."""
import signal

import pytest

from newsgraph import runner
from newsgraph.errors import ModelError
from newsgraph.model import Article


def _alarm(seconds):
    def fail(*_):
        raise TimeoutError("extract_items hung")
    signal.signal(signal.SIGALRM, fail)
    signal.alarm(seconds)


def test_unknown_model_with_workers_fails_fast():
    _alarm(60)
    try:
        with pytest.raises(ModelError):
            list(runner.extract_items([Article(id="a", text="Hello.")], model="no_such_model_xyz", workers=2))
    finally:
        signal.alarm(0)


def test_worker_that_cannot_start_raises_from_its_first_task(monkeypatch):
    monkeypatch.setattr(runner, "_worker", None)
    monkeypatch.setattr(runner, "Extractor", lambda model: (_ for _ in ()).throw(ModelError("broken install")))
    runner._init_worker(None)
    with pytest.raises(ModelError, match="broken install"):
        runner._work([Article(id="a", text="Hello.")])
    monkeypatch.setattr(runner, "_worker_error", None)


@pytest.mark.slow
def test_recycling_the_pipeline_changes_no_record():
    from newsgraph.demo import examples_dir
    from newsgraph.io import read_paths
    from newsgraph.runner import Extractor
    items = list(read_paths([examples_dir()]))
    plain = Extractor(recycle_every=0)
    recycled = Extractor(recycle_every=2)
    a = [r.to_dict() for r in plain.process(items, batch_size=2)]
    first = recycled.nlp
    b = [r.to_dict() for r in recycled.process(items, batch_size=2)]
    assert recycled.nlp is not first            # it was rebuilt along the way
    assert a == b and len(a) == 7
