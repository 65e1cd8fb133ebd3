from newsgraph import extract
from newsgraph.nlp.furniture import link_lines


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
