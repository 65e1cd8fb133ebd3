import pytest

from newsgraph import extract
from newsgraph.nlp.furniture import holds_markup, link_lines, markup_tags, outside_tags


def test_link_lines_are_the_labels_that_point_elsewhere():
    text = ("Body.\n\nREAD MORE: Council votes\nWATCH: Ferry video\nUPDATE: The council said so\n"
            "Editor's Note: A correction\nSee also: Budget\nThe Latest: Vote count\nALSO READ: Harbour\n")
    assert [text[s:e] for s, e in link_lines(text)] == [
        "READ MORE: Council votes", "WATCH: Ferry video", "See also: Budget", "ALSO READ: Harbour"]
    assert link_lines("Nothing here: a colon in running text.") == []


def test_a_linked_story_yields_no_event():
    text = ("Harbour talks\n\nKorvia accused Bayland of blocking the harbour on Monday.\n\n"
            "READ MORE: Bayland accuses Korvia of sabotage at the port\n")
    events = extract(text).events
    assert events and all(e.trigger[0] < text.index("READ MORE") for e in events)


def test_markup_tags_are_the_tags_a_plain_text_kept():
    text = 'Before <post author="ana" id="7">the words</post> and <br/>; x < y > z stays.'
    assert [text[s:e] for s, e in markup_tags(text)] == ['<post author="ana" id="7">', "</post>", "<br/>"]


def test_outside_tags_cuts_markup_and_the_space_left_at_the_cut():
    text = 'She wrote <note id="1"> plainly </note> and left.'
    tags = markup_tags(text)
    assert [text[s:e] for s, e in outside_tags(text, [(0, len(text))], tags)] == [
        "She wrote", "plainly", "and left."]
    assert outside_tags(text, [tags[0]], tags) == []


EMBEDDED_POSTS = (
    "Harbour strike\n\n"
    "Officials reacted online within the hour.\n\n"
    '<post pic="" author="GovHale" stamp="1449075600" post_id="6723">Nobody should call this ordinary. '
    "We must act to make the docks safe now.</post>.\n\n"
    '<post id="78312" author="@harbourwatch" datetime="2016-02-02">Port officials say the blast started '
    "in a fuel depot near pier four</post>.\n\n"
    '<post id="78313" author="@dockside" datetime="2016-02-02">Voss, who has blamed the port authority for '
    "the delays, visits the pier today</post>.\n\n"
    'The union\'s lawyer said the strike "will go on until the talks resume."\n')


def test_no_speaker_or_cue_is_read_from_markup():
    tags = markup_tags(EMBEDDED_POSTS)
    record = extract(EMBEDDED_POSTS)
    quotes = record.quotes
    assert record.entities and not any(holds_markup(e.name) for e in record.entities)
    assert not any(holds_markup(p.name or "") for e in record.events for p in (*e.actor, *e.recipient))
    assert any(q.cue_lemma == "say" and q.speaker and q.speaker.text == "The union's lawyer" for q in quotes)
    for q in quotes:
        spans = list(q.content) + list(q.cue) + ([q.speaker.mention] if q.speaker else [])
        assert not any(s < e2 and s2 < e for s, e in spans for s2, e2 in tags), q
        assert not (q.speaker and q.speaker.name and "=" in q.speaker.name), q


def test_holds_markup_finds_a_piece_of_a_tag():
    assert holds_markup('datetime="2016') and holds_markup('2016">Voss') and holds_markup("<post id")
    assert not holds_markup("Ana Voss") and not holds_markup("x < y") and not holds_markup('the "Voss" plan')


@pytest.mark.parametrize("post", [
    '<post id="747969" author="@dockwatch" datetime="2016-06-29">Mayor Ana Voss met union leaders at the pier '
    "today https://t.co/abc — Dock Watch (@dockwatch) June 29, 2016</post>.",
    '<post id="747969" author="@dockwatch" datetime="2016-06-29">Ana Voss, who has blamed the port authority, '
    "will meet union leaders today</post>.",
    '<post pic="" author="AnaVoss" timestamp="1470067200" post_id="7531">Thank you to the dock workers of '
    "Port Mara for a great town hall tonight.</post>."])
def test_no_entity_event_party_or_speaker_name_holds_markup(post):
    record = extract(f"Port news\n\nThe mayor spoke on Monday.\n\n{post}\n")
    names = [e.name for e in record.entities] + [q.speaker.name or "" for q in record.quotes if q.speaker]
    names += [p.name or "" for e in record.events for p in (*e.actor, *e.recipient)]
    assert not any(holds_markup(n) for n in names), names


def test_a_speaker_mention_is_cut_clear_of_inline_tags():
    text = "Port news\n\nCouncillor <b>Ines</b> Okafor said that the harbour ferry would run again on Monday."
    [quote] = extract(text).quotes
    assert quote.speaker.text == "Okafor" and quote.text == "that the harbour ferry would run again on Monday"
