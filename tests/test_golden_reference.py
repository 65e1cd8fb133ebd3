"""The reference article: the quotes, speakers and sources the issue spells out."""
import pytest

from newsgraph import extract

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def record(reference_text):
    return extract(reference_text, published="2023-03-20", id="xi-visits-russia")


def find(record, fragment):
    hits = [q for q in record.quotes if fragment in q.text]
    assert hits, f"no quote contains {fragment!r}: {[q.text[:60] for q in record.quotes]}"
    return hits[0]


def names(q):
    return {q.speaker.name, *q.speaker.co_speakers} if q.speaker else set()


def test_kremlin_quotes_via_wfaa(record):
    for fragment in ("issues of further development of comprehensive partnership",
                     "in the context of deepening Russian-Chinese cooperation"):
        q = find(record, fragment)
        assert q.speaker.name == "Kremlin" and q.reported_by == "WFAA"


def test_wang_wenbin_direct_via_pbs(record):
    q = find(record, "Currently, the world is entering a new period of turbulence")
    assert q.kind == "direct" and q.speaker.name == "Wang Wenbin" and q.reported_by == "PBS"


def test_wenbin_added_resolves_to_full_name(record):
    q = find(record, "visit would promote strategic cooperation")
    assert q.speaker.text == "Wenbin" and q.speaker.name == "Wang Wenbin"


def test_xi_and_putin_no_limits_friendship_via_ap(record):
    q = find(record, "the two countries had a “no-limits friendship” last year")
    assert names(q) & {"Xi Jinping", "Vladimir Putin"} and q.reported_by == "AP News"


def test_china_sovereignty(record):
    q = find(record, "all nations’ sovereignty and territorial integrity should be respected")
    assert q.speaker.name == "China"


def test_kuleba_tweets(record):
    q = find(record, "he and Qin discussed how important territorial integrity is")
    assert q.speaker.name == "Dmytro Kuleba"
    q = find(record, "During my call with China’s State Councilor")
    assert q.speaker.name == "Dmytro Kuleba" and q.medium == "tweet" and q.kind == "direct"


def test_putin_mixed_quote_via_wion(record):
    q = find(record, "“demonstrate to the whole world the strength of the Russian-Chinese ties”")
    assert q.kind == "mixed" and "“become the main political event" in q.text
    assert q.speaker.name == "Vladimir Putin" and q.reported_by == "WION News"


def test_torigian_quotes(record):
    q = find(record, "China-U.S. relations are currently strained")
    assert q.speaker.name == "Joseph Torigian"
    q = find(record, "China can signal that it could even do more")
    assert q.speaker.name == "Joseph Torigian" and q.reported_by == "AP News"


def test_no_outlet_or_bare_title_speakers(record):
    outlets = {"WFAA", "PBS", "AP News", "WION News"}
    assert sum(1 for q in record.quotes if q.speaker) >= 10
    for q in record.quotes:
        if q.speaker:
            assert q.speaker.name not in outlets
            assert q.speaker.name.lower() not in {"councilor", "spokesperson", "minister"}


def test_short_mentions_belong_to_full_names(record, reference_text):
    by_name = {e.name: e for e in record.entities}
    for short, full in [("Wenbin", "Wang Wenbin"), ("Qin", "Qin Gang"),
                        ("Torigian", "Joseph Torigian"), ("Xi", "Xi Jinping")]:
        entity = by_name[full]
        assert entity.type == "PERSON"
        assert any(reference_text[s:e] == short for s, e in entity.mentions), short
        assert short not in by_name
    assert "Councilor" not in by_name


def test_titles_and_countries(record):
    by_name = {e.name: e for e in record.entities}
    assert "Foreign Minister" in by_name["Qin Gang"].titles and by_name["Qin Gang"].country == "CHN"
    assert by_name["Xi Jinping"].country == "CHN" and "President" in by_name["Xi Jinping"].titles
    assert by_name["Dmytro Kuleba"].country == "UKR"


def test_every_offset_is_exact(record, reference_text):
    assert record.entities and record.quotes
    for e in record.entities:
        for s, t in e.mentions:
            assert reference_text[s:t].strip() == reference_text[s:t] != ""
    for q in record.quotes:
        for s, t in q.content + q.cue:
            assert 0 <= s < t <= len(reference_text)
        if q.speaker:
            s, t = q.speaker.mention
            assert reference_text[s:t] == q.speaker.text
