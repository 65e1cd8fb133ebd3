"""The pipeline as spaCy sees it: serialisable annotations, configuration, saving and loading,
and components a user adds or replaces."""
import pytest
from spacy.language import Language
from spacy.tokens import DocBin

import newsgraph
from newsgraph.errors import ModelError

pytestmark = pytest.mark.slow

ARTICLES = [
    ("Harbour Minister Ines Varga said on Tuesday that the new ferry line would open in June. "
     "\"We have waited long enough,\" Varga told reporters in Portmore.\n\n"
     "Norway and Denmark signed a fisheries agreement last week, officials said.", "2024-03-14"),
    ("The union rejected the offer. \"It is an insult,\" said its leader, Tomas Brell, according "
     "to the Coastal Herald. Brell accused the company of stalling.", None),
]


def _records(nlp, docs):
    return [newsgraph.to_record(d).to_dict() for d in docs]


def _docs(nlp):
    out = []
    for text, published in ARTICLES:
        doc = nlp.make_doc(text)
        doc._.published = published
        out.append(doc)
    return out


@pytest.fixture(scope="module")
def pipeline():
    return newsgraph.load()


@pytest.fixture(scope="module")
def processed(pipeline):
    return list(pipeline.pipe(_docs(pipeline)))


def test_records_have_quotes_events_and_resolved_dates(processed):
    first = newsgraph.to_record(processed[0])
    assert {q.speaker.name for q in first.quotes if q.speaker} == {"Ines Varga", "officials"}
    assert any(d.value == "2024-03-12" for d in first.dates)          # "Tuesday" before the 14th
    assert first.quotes[0].date.value == "2024-03-12"
    assert any(e.type in {"AGREE", "SUPPORT"} for e in first.events)


def test_docbin_round_trip_gives_the_same_records(pipeline, processed):
    blob = DocBin(docs=processed, store_user_data=True).to_bytes()
    restored = list(DocBin(store_user_data=True).from_bytes(blob).get_docs(pipeline.vocab))
    assert _records(pipeline, restored) == _records(pipeline, processed)
    assert [d.to_bytes() for d in processed]      # Doc.to_bytes works on every processed Doc


def test_two_processes_give_the_same_records_as_one(pipeline, processed):
    two = list(pipeline.pipe(_docs(pipeline), n_process=2, batch_size=1))
    assert _records(pipeline, two) == _records(pipeline, processed)


def test_components_declare_what_they_assign_and_require(pipeline):
    summary = pipeline.analyze_pipes(pretty=False)["summary"]
    assert "doc._.ng_quotes" in summary["newsgraph_quotes"]["assigns"]
    assert "doc._.ng_entities" in summary["newsgraph_quotes"]["requires"]
    assert "doc._.ng_dates" in summary["newsgraph_dates"]["assigns"]


def test_a_config_override_reaches_the_component():
    nlp = newsgraph.load()
    baseline = newsgraph.to_record(nlp(_docs(nlp)[0]))
    nlp.remove_pipe("newsgraph_quotes")
    strict = nlp.add_pipe("newsgraph_quotes", after="newsgraph_entities", config={"cue_threshold": 1.5})
    strict.initialize(lambda: [], nlp=nlp)
    assert strict.cues.threshold == 1.5
    record = newsgraph.to_record(nlp(_docs(nlp)[0]))
    # no learned rate reaches 1.5: only direct quotes next to a speech verb remain
    assert len(record.quotes) < len(baseline.quotes)
    assert all(q.kind == "direct" for q in record.quotes)


def test_an_uninitialized_quote_component_says_so():
    nlp = newsgraph.load()
    nlp.remove_pipe("newsgraph_quotes")
    nlp.add_pipe("newsgraph_quotes", after="newsgraph_entities")
    with pytest.raises(ModelError, match="not initialized"):
        nlp("She said it would rain.")


def test_saved_pipeline_loads_back_with_its_tables(tmp_path, pipeline, processed):
    pipeline.to_disk(tmp_path / "ng")
    assert (tmp_path / "ng" / "newsgraph_quotes" / "cue_lexicon.json").is_file()
    assert (tmp_path / "ng" / "newsgraph_quotes" / "quote_scorer.json").is_file()
    assert (tmp_path / "ng" / "newsgraph_events" / "event_check.json").is_file()
    again = newsgraph.load(tmp_path / "ng")
    assert again.pipe_names == pipeline.pipe_names
    assert _records(again, again.pipe(_docs(again))) == _records(pipeline, processed)


def test_a_corrupt_saved_table_is_a_model_error(tmp_path, pipeline):
    pipeline.to_disk(tmp_path / "ng")
    (tmp_path / "ng" / "newsgraph_quotes" / "quote_bounds.json").write_text("{not json")
    with pytest.raises(ModelError, match="quote_bounds.json"):
        newsgraph.load(tmp_path / "ng")


@pytest.mark.parametrize("table, content, message", [
    ("newsgraph_quotes/quote_scorer.json", "{not json", "unreadable"),
    ("newsgraph_quotes/quote_scorer.json", '{"weights": {}}', "malformed"),
    ("newsgraph_quotes/quote_scorer.json", None, "cannot be read"),
    ("newsgraph_events/event_check.json", "[1, 2]", "malformed"),
    ("newsgraph_events/event_check.json", None, "cannot be read"),
])
def test_a_corrupt_or_missing_saved_model_is_a_model_error(tmp_path, pipeline, table, content, message):
    pipeline.to_disk(tmp_path / "ng")
    path = tmp_path / "ng" / table
    if content is None:
        path.unlink()
    else:
        path.write_text(content)
    with pytest.raises(ModelError, match=message):
        newsgraph.load(tmp_path / "ng")


@Language.component("test_only_named_speakers")
def _only_named_speakers(doc):
    doc._.ng_quotes = [q for q in doc._.ng_quotes if q["speaker"] and q["speaker"]["entity"] is not None]
    return doc


def test_a_custom_component_can_be_inserted():
    nlp = newsgraph.load()
    nlp.add_pipe("test_only_named_speakers", after="newsgraph_quotes")
    doc = nlp(_docs(nlp)[1])
    record = newsgraph.to_record(doc)
    assert record.quotes and all(q.speaker.entity for q in record.quotes)


def test_doc_text_joins_the_text_once_per_doc():
    from newsgraph.nlp.component import doc_text
    nlp = newsgraph.load()
    one, two = nlp.make_doc("Kofi Mensah spoke."), nlp.make_doc("Grace Okafor spoke.")
    assert doc_text(one) == one.text and doc_text(two) == two.text
    assert doc_text(one) is doc_text(one)       # the same string, not joined again


def test_an_opening_double_apostrophe_belongs_to_the_sentence_it_opens(nlp):
    text = ("The town's new budget, Ms. Laramie said, ''is a fair answer'' to the rising costs of road "
            "repair. ''They are spending wisely on the bridges,'' she said.")
    doc = nlp(text)
    opening = doc[[t.i for t in doc if t.text == "''"][2]]
    assert doc[opening.i + 1].text == "They"
    assert opening.head.i > opening.i and opening.sent.start == opening.i
    assert doc.text == text
