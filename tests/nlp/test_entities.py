"""Entity clusters (nlp/reference/entities.py): one person per name, told apart by title."""
import pytest
from newsgraph import extract

SPOUSES = """Grace Okafor, the former senator, is running for governor of Port Mara.

Her husband, Daniel Okafor, signed the trade pact in 1994.

Kofi Mensah has also criticized Mrs. Okafor over the bakery's unpaid debts.

Mr. Okafor defended the pact on Monday."""


def test_a_title_of_address_picks_the_spouse_of_that_sex():
    record = extract(SPOUSES)
    mrs, mr = SPOUSES.index("Mrs. Okafor") + 5, SPOUSES.index("Mr. Okafor") + 4
    owner = {s: e.name for e in record.entities for s, _ in e.mentions}
    assert owner[mrs] == "Grace Okafor"
    assert owner[mr] == "Daniel Okafor"


def test_the_attack_goes_to_the_woman_named_by_her_title():
    hits = [e for e in extract(SPOUSES).events if e.trigger_text == "criticized"]
    assert hits and [a.name for a in hits[0].recipient] == ["Grace Okafor"]


def test_a_bare_surname_goes_to_the_person_the_article_is_about():
    text = ("Grace Okafor opened her campaign for governor on Monday. Okafor promised cheaper buses.\n\n"
            "Okafor spoke in Port Mara, where her husband, Daniel Okafor, runs a bakery.\n\n"
            "Okafor later thanked the crowd.")
    record = extract(text)
    last = text.rindex("Okafor later")
    owner = {s: e.name for e in record.entities for s, _ in e.mentions}
    assert owner[last] == "Grace Okafor"


def test_the_woman_is_not_the_man_named_before_her():
    text = ("Kofi Mensah stopped at a diner in Port Mara on Monday.\n\n"
            "A woman in the crowd shouted a question about taxes.\n\nHe asked the woman to repeat it slowly.")
    asked = [e for e in extract(text).events if e.trigger_text == "asked"]
    assert asked and "Kofi Mensah" not in {a.name for a in asked[0].recipient}
    text = "Ines Madaki and Kofi Mensah met in Port Mara on Monday.\n\nLater the woman criticized the plan."
    criticized = [e for e in extract(text).events if e.trigger_text == "criticized"]
    assert criticized and [a.name for a in criticized[0].actor] == ["Ines Madaki"]


def test_a_description_its_own_clause_defines_is_not_the_last_person_named():
    text = ("Kofi Mensah spoke in Port Mara on Monday.\n\n"
            "Ines Madaki said voters would back the candidate who wins the most votes.")
    backed = [e for e in extract(text).events if e.trigger_text == "back"]
    assert backed and not {a.name for a in backed[0].recipient} & {"Kofi Mensah", "Ines Madaki"}
    text = "Kofi Mensah spoke in Port Mara on Monday.\n\nLater the man who wrote the bill criticized Ines Madaki."
    criticized = [e for e in extract(text).events if e.trigger_text == "criticized"]
    assert criticized and "Kofi Mensah" not in {a.name for a in criticized[0].actor}
    # set off by commas, the clause only adds to a description that still names someone
    text = "Kofi Mensah spoke in Port Mara on Monday.\n\nLater the man, who wrote the bill, criticized Ines Madaki."
    criticized = [e for e in extract(text).events if e.trigger_text == "criticized"]
    assert criticized and [a.name for a in criticized[0].actor] == ["Kofi Mensah"]


def test_she_goes_to_the_woman_before_someone_of_unknown_sex():
    text = ("Ms. Ines Madaki opened the session in Port Mara on Monday.\n\n"
            "“We will vote soon,” said Zephyr Quill, the clerk.\n\nShe then criticized the budget.")
    criticized = [e for e in extract(text).events if e.trigger_text == "criticized"]
    assert criticized and [a.name for a in criticized[0].actor] == ["Ines Madaki"]


def test_they_are_never_a_place():
    text = "Teachers from Port Mara marched in Chicago on Monday.\n\nThey also criticized the Korvian plan."
    actors = {a.name for e in extract(text).events for a in e.actor}
    assert "Chicago" not in actors and "Port Mara" not in actors


def _person_doc(words, tags, span_end):
    import spacy
    from spacy.tokens import Doc, Span
    doc = Doc(spacy.blank("en").vocab, words=words)
    for tok, tag in zip(doc, tags):
        tok.tag_ = tag
    return doc, Span(doc, 0, span_end, label="PERSON")


BODY = (["said", "the", "plan", "would", "fail", "."], ["VBD", "DT", "NN", "MD", "VB", "."])


@pytest.mark.parametrize("words, tags, headline, kept", [
    (["Kofi", "Mensah", "384"], ["NNP", "NNP", "CD"], False, "Kofi Mensah"),             # a delegate tally
    (["Kofi", "Mensah", "-", "won"], ["NNP", "NNP", ":", "VBD"], False, "Kofi Mensah"),
    (["Ines", "Madaki", "-", "Santos"], ["NNP", "NNP", ":", "NNP"], False, "Ines Madaki - Santos"),
    (["Kofi", "Mensah", "Slams", "Plan"], ["NNP", "NNP", "VBZ", "NNP"], True, "Kofi Mensah"),
    (["Kofi", "Mensah", "Slams", "Plan"], ["NNP", "NNP", "VBZ", "NNP"], False, "Kofi Mensah Slams Plan"),
    (["Kofi", "Mensah", "’s", "niece", "Ines", "Madaki"], ["NNP", "NNP", "POS", "NN", "NNP", "NNP"], False,
     "Ines Madaki"),                                                                        # the niece, in the body
    (["Kofi", "Mensah", "’s", "Atlas"], ["NNP", "NNP", "POS", "NNP"], False, "Kofi Mensah"),
    (["Kofi", "Mensah", "/", "Wire"], ["NNP", "NNP", "SYM", "NNP"], False, "Kofi Mensah"),  # a photo credit
])
def test_a_name_ends_where_ner_ran_on(words, tags, headline, kept):
    # in a headline the whole line is the name's; in the body a sentence goes on after it
    from newsgraph.nlp.reference.runons import _trim_person
    rest = ([], []) if headline else BODY
    doc, span = _person_doc(words + rest[0], tags + rest[1], len(words))
    assert _trim_person(span).text == kept


def test_a_headline_name_ends_where_the_body_writes_it():
    record = extract("Zephyr Quill Slams Harbour Plan\n\n"
                     "Mayor Zephyr Quill criticised the harbour plan on Monday. “It will fail,” Quill said.")
    assert [e.name for e in record.entities if e.type == "PERSON"] == ["Zephyr Quill"]


def test_a_subhead_in_title_case_and_a_role_word_before_a_name():
    record = extract("Port Mara votes\n\nMayor Zephyr Quill criticised the harbour plan on Monday.\n\n"
                     "Zephyr Quill Responds To Harbour Questions\n\n"
                     "“It will fail,” said billionaire Tomas Berg.")
    names = [e.name for e in record.entities if e.type == "PERSON"]
    assert "Zephyr Quill Responds To Harbour Questions" not in names and "Zephyr Quill" in names
    assert all(not n.lower().startswith("billionaire") for n in names)


def test_a_spaced_dash_before_a_name_the_article_writes_alone_ends_the_name():
    from newsgraph.nlp.reference.runons import _trim_person
    words, tags = ["Ines", "Madaki", "-", "Santos"], ["NNP", "NNP", ":", "NNP"]
    doc, span = _person_doc(words + BODY[0], tags + BODY[1], len(words))
    assert _trim_person(span, frozenset({"Santos"})).text == "Ines Madaki"
    assert _trim_person(span, frozenset({"Ott"})).text == "Ines Madaki - Santos"


@pytest.mark.parametrize("words, tags, kept", [
    (["Kofi", "Mensah", "Sunday", "night"], ["NNP", "NNP", "NNP", "NN"], "Kofi Mensah"),
    (["Kofi", "Mensah", "-", "led"], ["NNP", "NNP", "HYPH", "VBN"], "Kofi Mensah"),
    (["Ines", "Madaki", "-", "Santos"], ["NNP", "NNP", "HYPH", "NNP"], "Ines Madaki-Santos"),
    (["Han", "Min", "-", "soo"], ["NNP", "NNP", "HYPH", "NNP"], "Han Min-soo"),     # a syllable, no suffix
])
def test_a_time_or_a_hyphenated_small_word_ends_a_name(words, tags, kept):
    from newsgraph.nlp.reference.runons import _trim_person
    import spacy
    from spacy.tokens import Doc, Span
    spaces = [True, False, False, True] if words[2] == "-" else [True, True, True, True]
    doc = Doc(spacy.blank("en").vocab, words=words + BODY[0], spaces=spaces + [True] * len(BODY[0]))
    for tok, tag in zip(doc, tags + BODY[1]):
        tok.tag_ = tag
    assert _trim_person(Span(doc, 0, len(words), label="PERSON")).text == kept


@pytest.mark.parametrize("words, pos, person", [
    # a first name, and the surname alone later: a person the NER called an organisation
    (["Grace", "Okafor", "spoke", ".", "Okafor", "left", "."],
     ["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT"], True),
    # the surname never alone
    (["Grace", "Okafor", "spoke", ".", "She", "left", "."],
     ["PROPN", "PROPN", "VERB", "PUNCT", "PRON", "VERB", "PUNCT"], False),
    # an organisation's word, or a plural, is no surname
    (["Grace", "Foundation", "spoke", ".", "Foundation", "left", "."],
     ["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT"], False),
    (["Grace", "Rovers", "won", ".", "Rovers", "left", "."],
     ["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT"], False),
])
def test_a_person_the_ner_tagged_as_an_organisation(words, pos, person):
    import spacy
    from spacy.tokens import Doc, Span

    from newsgraph.nlp.reference.entities import _person_tagged_org
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos)
    assert _person_tagged_org(Span(doc, 0, 2, label="ORG")) is person


def test_a_hyphenated_surname_alone_is_the_person_named_in_full():
    record = extract("Port Mara news.\n\nGrace Okafor-Mensah, the harbour chief, spoke on Monday.\n\n"
                     "“We will open the dock,” Okafor-Mensah said.")
    assert [q.speaker.name for q in record.quotes] == ["Grace Okafor-Mensah"]
    assert [e.name for e in record.entities if e.type == "PERSON"] == ["Grace Okafor-Mensah"]


DATELINE = """Harbour ferry plan wins support.

OSLO - Grace Okafor opened the new ferry terminal on Tuesday, ending a long dispute over its cost.

The governor said the ferry was overdue. "It took too long," Okafor said."""


def test_a_wire_dateline_is_no_part_of_the_name_after_it():
    record = extract(DATELINE)
    names = {e.name for e in record.entities}
    assert "Grace Okafor" in names and not any("OSLO" in n for n in names), names
    assert {q.speaker.name for q in record.quotes if q.speaker} == {"Grace Okafor"}


def _hand_built(words, pos, label, start, end):
    import spacy
    from spacy.tokens import Doc, Span
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos)
    return Span(doc, start, end, label=label)


@pytest.mark.parametrize("words, pos, mention, label, persons, kept, kept_label", [
    # a dateline, then a person the article names by surname elsewhere
    (["\n", "PORT", "MARA", "-", "Kofi", "Mensah", "met", "her"], ["SPACE", "PROPN", "PROPN", "PUNCT", "PROPN",
     "PROPN", "VERB", "PRON"], (1, 6), "ORG", {"Mensah"}, "Kofi Mensah", "PERSON"),
    # a dateline, then a word that names nothing: the dateline is the place
    (["\n", "PORT", "MARA", "-", "Presidential", "hopefuls"], ["SPACE", "PROPN", "PROPN", "PUNCT", "ADJ", "NOUN"],
     (1, 6), "GPE", set(), "PORT MARA", "GPE"),
    # a small word on either side of the dash
    (["the", "Harbour", "Council", "-", "before"], ["DET", "PROPN", "PROPN", "PUNCT", "ADP"], (1, 5), "ORG", set(),
     "Harbour Council", "ORG"),
    (["power", "-", "Harbour", "Bank"], ["NOUN", "PUNCT", "PROPN", "PROPN"], (0, 4), "ORG", set(),
     "Harbour Bank", "ORG"),
    # a double-barrelled name as written stays whole
    (["Ines", "Madaki", "-", "Berg"], ["PROPN", "PROPN", "PUNCT", "PROPN"], (0, 4), "PERSON", set(),
     "Ines Madaki - Berg", "PERSON"),
])
def test_a_mention_run_across_a_spaced_dash_keeps_the_side_that_names(words, pos, mention, label, persons, kept,
                                                                      kept_label):
    from newsgraph.nlp.reference.runons import _split_at_spaced_dash
    out = _split_at_spaced_dash(_hand_built(words, pos, label, *mention), frozenset(persons))
    assert (out.text, out.label_) == (kept, kept_label)


def test_line_breaks_and_no_break_spaces_are_no_part_of_a_name():
    from newsgraph.nlp.reference.runons import _clean_span, _name_text, _name_words
    span = _hand_built(["Kofi", "\u00a0", "Mensah", "\n", "said"], ["PROPN", "SPACE", "PROPN", "SPACE", "VERB"],
                       "PERSON", 0, 4)
    cleaned = _clean_span(span)
    assert cleaned.end == 3
    assert _name_text(cleaned) == "Kofi Mensah" and _name_words(cleaned) == ["Kofi", "Mensah"]


def test_a_described_speaker_is_named_without_a_no_break_space():
    record = extract("Harbour budget passes\n\nBut according to the\u00a0latest poll, most voters in Port Mara "
                     "back the budget.")
    assert [q.speaker.name for q in record.quotes if q.speaker] == ["latest poll"]


def test_a_person_ner_tagged_a_place_is_a_person_and_a_peoples_name_is_not():
    record = extract("Talks at the hall\n\nThe mayor met Beverly Okafor at Harbour Hall. Okafor said the talks "
                     "went well.\n\nThe Irish-American vote matters, Grace Madaki said.")
    types = {e.name: e.type for e in record.entities}
    assert types["Beverly Okafor"] == "PERSON", types
    assert [q.speaker.name for q in record.quotes if "talks" in q.text] == ["Beverly Okafor"]


def test_a_peoples_name_with_a_first_name_before_it_stays_a_group():
    import spacy
    from spacy.tokens import Doc
    from newsgraph.nlp.reference.entities import _person_tagged_org
    doc = Doc(spacy.blank("en").vocab, words=["Irish", "-", "American", "voters", "came", ".", "Every", "American",
                                              "counts", "."],
              spaces=[False, False, True, True, False, True, True, True, False, False],
              pos=["PROPN", "PUNCT", "PROPN", "NOUN", "VERB", "PUNCT", "DET", "PROPN", "VERB", "PUNCT"],
              ents=["B-NORP", "I-NORP", "I-NORP", "O", "O", "O", "O", "O", "O", "O"])
    assert not _person_tagged_org(doc.ents[0])


@pytest.mark.parametrize("tags, expected", [
    (["PERSON", "PERSON", "GPE"], {"Ada Varga"}),      # tagged a person more often: hers
    (["PERSON", "FAC", "FAC"], set()),                  # a building NER now and then calls a person
])
def test_a_full_name_goes_to_the_label_ner_gives_it_most(tags, expected):
    import spacy
    from spacy.tokens import Doc
    from newsgraph.nlp.reference.entities import _names_tagged_person_mostly
    words, ents = [], []
    for tag in tags:
        words += ["Ada", "Varga", "spoke", "."]
        ents += [f"B-{tag}", f"I-{tag}", "O", "O"]
    doc = Doc(spacy.blank("en").vocab, words=words, ents=ents)
    assert _names_tagged_person_mostly(doc) == expected


@pytest.mark.parametrize("text, organisation, person", [
    ("Aides in the Mensah White House said the plan was dead. President Mensah said nothing. Mensah left.",
     (3, 6), [(13, 14), (17, 18)]),
    ("The Okafor Foundation paid for the school. Okafor said little. Grace Okafor smiled.",
     (0, 3), [(8, 9), (12, 14)]),
])
def test_an_organisation_ner_tagged_a_person_does_not_lend_the_person_its_name(nlp, text, organisation, person):
    from spacy.tokens import Span
    from newsgraph.nlp.reference.entities import resolve_entities
    doc = nlp(text)
    doc.ents = [Span(doc, s, e, label="PERSON") for s, e in [organisation, *person]]
    clusters, _ = resolve_entities(doc)
    by_type = {c.type: c for c in clusters}
    assert by_type["ORG"].mentions == [organisation]
    assert by_type["PERSON"].mentions == person and "White" not in by_type["PERSON"].name


RANKS = """Police seek witnesses after a crash on Harbour Street

Sgt. Ines Madaki said officers were called to the scene at about 3 a.m.

A report by Coun. Tomas Berg found the corner had seen four crashes in a year. Det. Ada Varga said investigators are reviewing video."""


def test_an_abbreviated_rank_is_the_title_of_the_name_it_opens():
    record = extract(RANKS)
    titles = {e.name: list(e.titles) for e in record.entities if e.type == "PERSON"}
    assert titles.get("Ines Madaki") == ["Sgt."]
    assert titles.get("Tomas Berg") == ["Coun."]
    assert titles.get("Ada Varga") == ["Det."]
    # no entity is the rank alone ("Coun" a person, "Det" a person)
    assert not [e.name for e in record.entities if e.name.rstrip(".") in {"Sgt", "Coun", "Det"}]


def test_a_rank_keeps_its_sentence_whole(nlp):
    doc = nlp("The crash closed the road for hours.\n\nCpl. Kofi Mensah told reporters the driver was hurt.")
    sentences = [s.text.strip() for s in doc.sents]
    assert "Cpl. Kofi Mensah told reporters the driver was hurt." in sentences
    assert "Cpl." in [t.text for t in doc]


@pytest.mark.parametrize("text, name, title", [
    ("The council backed a fare freeze, a move Mayor Grace Okafor called overdue.", "Grace Okafor", "Mayor"),
    ("The poll put the mayor at 31 percent and Senator Tomas Berg at 12 percent.", "Tomas Berg", "Senator"),
    ("The race is open. Senator Tomas Berg said he would run.", "Tomas Berg", "Senator"),
])
def test_a_title_is_what_modifies_the_name_in_its_own_sentence(text, name, title):
    titles = {e.name: list(e.titles) for e in extract(text).entities}
    assert titles.get(name) == [title]


BUSINESS = """Harbour Shipping to cut 400 jobs

Harbour Shipping will cut about 400 jobs, the company said on Wednesday.

"These are difficult decisions," Chief Executive Beverly Okafor said in a statement. She added that the cuts would be completed by March."""


def test_a_titled_full_name_is_a_person_and_a_company_word_ends_no_persons_name():
    record = extract(BUSINESS)
    types = {e.name: e.type for e in record.entities}
    assert types.get("Beverly Okafor") == "PERSON"
    assert types.get("Harbour Shipping") == "ORG"
    speakers = {q.text: q.speaker.name for q in record.quotes}
    assert speakers["that the cuts would be completed by March"] == "Beverly Okafor"
