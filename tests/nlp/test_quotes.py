"""Quote patterns on short hand-written news sentences (parsed by the real model)."""

import pytest

from newsgraph import extract
from newsgraph.nlp.reference.subjects import subject_of

from .helpers import hand_parsed


def quotes(text, **kw):
    return extract(text, **kw).quotes


def one(text, **kw):
    qs = quotes(text, **kw)
    assert len(qs) == 1, [(q.kind, q.text) for q in qs]
    return qs[0]


def test_direct_quote_speaker_after_inverted():
    q = one("“We will not give in to pressure,” tweeted Olena Marchenko.")
    assert q.kind == "direct" and q.text == "We will not give in to pressure,"
    assert q.speaker.name == "Olena Marchenko" and q.medium == "tweet" and q.cue_lemma == "tweet"


def test_direct_quote_with_apposition_and_per_source():
    text = ("“The talks were useful,” said Maria Jensen, a spokeswoman for the Danish "
            "foreign ministry, per Reuters.")
    q = one(text)
    assert q.speaker.name == "Maria Jensen" and q.reported_by == "Reuters"
    assert text[q.speaker.mention[0]:q.speaker.mention[1]] == "Maria Jensen"


def test_direct_quote_speaker_before_with_colon():
    q = one('Governor Alan Pike said: "The bridge will reopen next week."')
    assert q.kind == "direct" and q.speaker.name == "Alan Pike"


def test_quote_over_several_sentences_and_paragraphs():
    text = ("Mayor Dana Ruiz spoke on Monday.\n"
            "“We have rebuilt the school. It opens in May.\n"
            "“Nobody thought we could do it,” Ruiz said.")
    q = one(text)
    assert q.kind == "direct" and len(q.content) == 2
    assert q.text.startswith("We have rebuilt") and q.text.endswith("do it,")
    assert q.speaker.name == "Dana Ruiz"


def test_split_quote_around_the_cue_is_one_quote():
    text = "“The plan is late,” Karl Weber said. “It will cost more than we were told.”"
    q = one(text)
    assert len(q.content) == 2 and q.speaker.name == "Karl Weber"


def test_floating_quote_is_proposed_with_the_last_speaker_but_scored_low():
    # the rules give an unattributed quotation its paragraph's last speaker; PolNeAR's
    # annotators seldom agree (3 of 39 such candidates in train), so the scorer keeps it out
    import newsgraph
    from newsgraph.nlp.quotes.finder import QuoteFinder
    text = ("“Prices will fall,” said Ines Moreau, the finance minister. The budget passed on Monday.\n"
            "“Families will feel the difference before the winter is over.”")
    nlp = newsgraph.load()
    doc = nlp(text)
    stage = nlp.get_pipe("newsgraph_quotes")
    guesses = QuoteFinder(doc, stage.cues, stage.bounds).run()
    floating = [g for g in guesses if g.via == "floating quotation"]
    assert len(floating) == 1 and floating[0].speaker.name == "Ines Moreau"
    kept = quotes(text)
    assert [q.text for q in kept] == ["Prices will fall,"]


def test_indirect_with_that_and_surname_resolution():
    text = ("Foreign ministry spokesman Wang Lei spoke in Beijing. "
            "Lei added that the visit would deepen trade ties between the two countries.")
    q = one(text)
    assert q.kind == "indirect" and q.text.startswith("that the visit")
    assert q.speaker.text == "Lei" and q.speaker.name == "Wang Lei"


def test_country_as_speaker():
    q = one("Brazil has stated that all borders should be respected.")
    assert q.speaker.name == "Brazil" and q.speaker.kind == "organization"


def test_tweeted_that_sets_medium():
    q = one("Anna Berg later tweeted that she and the minister discussed the treaty.")
    assert q.medium == "tweet" and q.speaker.name == "Anna Berg"


def test_according_to_person():
    q = one("According to Sen. Mark Hollis, the bill will pass next month.")
    assert q.cue_lemma == "according to" and q.speaker.name == "Mark Hollis"
    assert q.text == "the bill will pass next month"


def test_told_outlet_is_reported_by_not_speaker():
    q = one("Paul Archer told CNN that the company would appeal the ruling.")
    assert q.speaker.name == "Paul Archer" and q.reported_by == "CNN" and q.medium == "interview"


def test_in_an_interview_with_outlet():
    q = one("In an interview with the BBC, Laura Finch said the strike would end soon.")
    assert q.speaker.name == "Laura Finch" and q.medium == "interview" and q.reported_by == "BBC"


def test_says_present_tense():
    q = one("Economist Ruth Adler says inflation has peaked.")
    assert q.speaker.name == "Ruth Adler" and q.text == "inflation has peaked"


def test_mixed_quote():
    text = "Okafor said the summit could “change the course of history” for both nations."
    q = one(text)
    assert q.kind == "mixed" and "“change the course of history”" in q.text
    assert q.speaker.name == "Okafor"


def test_scare_quote_alone_is_not_a_quote():
    assert quotes("The two leaders have a “special relationship” that began in 2019.") == ()


def test_pronoun_resolves_to_the_right_person():
    text = ("Senator Joan Miles met Governor Tom Reed on Tuesday. Miles spoke first. "
            "She said the deal was fair.")
    q = one(text)
    assert q.speaker.text == "She" and q.speaker.name == "Joan Miles"


def test_title_resolves_to_the_person_holding_it():
    text = ("The ministry's spokesperson, Lin Qiao, held a briefing. "
            "The spokesperson said the talks would resume.")
    q = one(text)
    assert q.speaker.name == "Lin Qiao"


def test_outlet_carrying_a_quote_is_never_the_speaker():
    text = "“We are ready,” the coach said, per ESPN News."
    q = one(text)
    assert q.reported_by == "ESPN News"
    assert q.speaker is None or "ESPN" not in q.speaker.name


def test_unbalanced_marks_do_not_break_the_article():
    text = ("The minister said “the reform is coming.\n"
            "Later, Olaf Berg said the vote would be held in June.")
    qs = quotes(text)
    assert any(q.speaker and q.speaker.name == "Olaf Berg" and "vote would be held" in q.text for q in qs)


def test_offsets_index_the_original_text():
    text = "Intro line.\r\n“Ça va,” said Zoë Blanc.\r\n"
    q = one(text)
    s, e = q.content[0]
    assert text[s:e] == "“Ça va,”"
    s, e = q.cue[0]
    assert text[s:e] == "said"


def test_definite_description_resolves_to_named_organisation():
    text = ("Harbor Savings Bank opened a new branch on Monday. "
            "The bank said that deposits had fallen sharply.")
    q = one(text)
    assert q.speaker.text == "The bank" and q.speaker.name == "Harbor Savings Bank"


def test_description_with_a_name_in_it_names_itself():
    q = one("The Trump campaign said that the rally would go ahead.")
    assert "campaign" in q.speaker.name and q.speaker.text == "The Trump campaign"


def test_headline_label_before_colon_is_not_the_speaker():
    q = one("The Latest: Governor Ana Ruiz says the storm has passed.")
    assert q.speaker.name == "Ana Ruiz"


def test_gerund_cue_takes_the_subject_of_its_clause():
    q = next(q for q in quotes("The agency closed the inquiry last week by announcing that "
                               "the fund had broken no rules.") if q.cue_lemma == "announce")
    assert q.speaker is not None and q.speaker.text == "The agency"


def test_inverted_speaker_when_the_quote_also_parses_as_a_subject():
    q = one("“The harbour is in crisis mode. Full crisis mode,” said Tomas Berg, "
            "a Bergen-based chairman of the Coastal Fishers Union.")
    assert q.speaker is not None and q.speaker.name == "Tomas Berg"


def test_cue_parsed_as_a_noun_keeps_its_subject():
    # The model sometimes tags "claims" in "X claims that ..." as a noun; built by hand here.
    from spacy.tokens import Doc
    from spacy.vocab import Vocab
    from newsgraph.nlp.quotes.spans import noun_holder
    words = ["But", "Halvorsen", "claims", "that", "he", "is", "exempt", "."]
    doc = Doc(Vocab(), words=words, heads=[2, 2, 2, 5, 5, 2, 5, 2],
              deps=["cc", "nsubj", "ROOT", "mark", "nsubj", "ccomp", "acomp", "punct"],
              pos=["CCONJ", "PROPN", "NOUN", "SCONJ", "PRON", "AUX", "ADJ", "PUNCT"])
    assert noun_holder(doc[2]).text == "Halvorsen"


def test_reported_clause_resumes_as_a_quotation_after_its_cue():
    text = ("The council may wait until the audit is finished, Okafor said. "
            "\"The other question is whether the money is still there.\"")
    q = one(text)
    assert q.kind == "mixed" and q.speaker.name == "Okafor"
    assert [text[s:e] for s, e in q.content][-1].startswith("\"The other question")


def test_quotation_resumes_after_a_cue_with_an_aside():
    text = ("“The harbour will close,” Ines Duarte said of the storm on Tuesday, speaking from "
            "the pier. “We have no choice.”")
    q = one(text)
    assert len(q.content) == 2 and text[q.content[1][0]:q.content[1][1]] == "“We have no choice.”"


def test_transcript_turns_quoted_paragraph_by_paragraph():
    text = ("Part of the interview follows:\n\n"
            "\"HOST: Let's begin with the vote. After the party announced that it would boycott, "
            "what changed?\n\n"
            "\"OKAFOR: Nothing changed. We said from the start that we would take part.\n")
    # the rules' turns; labels that name no one in the article score near the scorer's
    # threshold (PolNeAR's annotators marked about half of such lines), so this checks the rules
    import newsgraph
    from newsgraph.nlp.quotes.component import propose
    nlp = newsgraph.load()
    stage = nlp.get_pipe("newsgraph_quotes")
    doc = nlp(text)
    turns = [(doc[g.speaker.start:g.speaker.end].text, text[g.content[0][0]:g.content[0][0] + 12])
             for g in propose(doc, stage.cues, stage.bounds, skip_headline=True)]
    assert turns == [("HOST", "Let's begin "), ("OKAFOR", "Nothing chan")]


def test_called_x_y_reports_the_whole_judgement():
    text = "At the hearing, Senator Ruth Amsel called the merger “a disaster for farmers.”"
    q = one(text)
    assert q.text.startswith("the merger") and q.speaker.name == "Ruth Amsel"


def test_passive_cue_with_agent_reports_its_subject():
    text = "Her proposal was criticized by Senator Ruth Amsel on Tuesday."
    q = next(q for q in quotes(text) if q.cue_lemma == "criticize")
    assert q.text == "Her proposal" and q.speaker.name == "Ruth Amsel"


def test_parenthetical_cue_inside_the_reported_sentence():
    text = "The real difference now, Okafor told me on Friday, is that the fund has grown."
    q = one(text)
    assert [text[s:e] for s, e in q.content] == ["The real difference now", "is that the fund has grown"]
    assert q.speaker.name == "Okafor"


def test_quotation_in_the_next_paragraph_continues_its_attributed_quote():
    text = ("Henry Crespo spoke on Monday.\n\n“No one is writing songs for the mayor,” he said.\n\n"
            "“Right now, the vote is against the council. But you want people to be for your candidate.”")
    q = one(text)
    assert len(q.content) == 2 and q.speaker.name == "Henry Crespo"


def test_quote_after_a_finished_sentence_belongs_to_its_own_cue():
    text = "Harsh? Okafor doesn't think so. ''I don't judge what people buy,'' he said."
    q = next(q for q in quotes(text) if "judge" in q.text)
    assert q.cue_lemma == "say"


def test_later_quoted_sentence_in_the_paragraph_is_the_same_speakers():
    text = ("“We have had problems with the bridge in the past,” Governor Alan Pike said after the "
            "meeting. He did not elaborate. “Our goal is to start setting standards so "
            "that everybody acts responsibly.”")
    q = one(text)
    assert len(q.content) == 2 and q.speaker.name == "Alan Pike"


def test_name_stranded_before_a_subjectless_cue_is_its_subject():
    # "In a meeting with the board Okafor said that ..." with "Okafor" parsed as pobj
    words = ["In", "a", "meeting", "with", "the", "board", "Okafor", "said", "that", "prices", "fell", "."]
    doc = hand_parsed(words, heads=[7, 2, 0, 2, 5, 3, 5, 7, 10, 10, 7, 7],
                      deps=["prep", "det", "pobj", "prep", "det", "pobj", "appos", "ROOT", "mark", "nsubj", "ccomp", "punct"],
                      tags=["IN", "DT", "NN", "IN", "DT", "NN", "NNP", "VBD", "IN", "NNS", "VBD", "."],
                      pos=["ADP", "DET", "NOUN", "ADP", "DET", "NOUN", "PROPN", "VERB", "SCONJ", "NOUN", "VERB", "PUNCT"])
    assert subject_of(doc[7]).text == "Okafor"


def test_verb_coordinated_into_the_reported_clause_is_the_reporters():
    # "Okafor said the plan was sound and urged a vote ." with "urged" parsed as a conjunct
    # of "was", inside what "said" reports
    words = ["Okafor", "said", "the", "plan", "was", "sound", "and", "urged", "a", "vote", "."]
    doc = hand_parsed(words, heads=[1, 1, 3, 4, 1, 4, 4, 4, 9, 7, 1],
                      deps=["nsubj", "ROOT", "det", "nsubj", "ccomp", "acomp", "cc", "conj", "det", "dobj", "punct"],
                      tags=["NNP", "VBD", "DT", "NN", "VBD", "JJ", "CC", "VBD", "DT", "NN", "."],
                      pos=["PROPN", "VERB", "DET", "NOUN", "AUX", "ADJ", "CCONJ", "VERB", "DET", "NOUN", "PUNCT"])
    assert subject_of(doc[7], reporting=True).text == "Okafor"
    assert subject_of(doc[7]).text == "plan"      # an event's verb keeps the parse's reading


def test_name_set_off_by_commas_after_a_phrase_is_the_subject():
    # "In a note to the board , Okafor , head of the union , said prices fell ." with "Okafor"
    # parsed as an apposition of "board" and "said" left without a subject
    words = ["In", "a", "note", "to", "the", "board", ",", "Okafor", ",", "head", "of", "the", "union", ",",
             "said", "prices", "fell", "."]
    doc = hand_parsed(words, heads=[14, 2, 0, 2, 5, 3, 5, 5, 7, 7, 9, 12, 10, 14, 14, 16, 14, 14],
                      deps=["prep", "det", "pobj", "prep", "det", "pobj", "punct", "appos", "punct", "appos", "prep",
                            "det", "pobj", "punct", "ROOT", "nsubj", "ccomp", "punct"],
                      tags=["IN", "DT", "NN", "IN", "DT", "NN", ",", "NNP", ",", "NN", "IN", "DT", "NN", ",", "VBD",
                            "NNS", "VBD", "."],
                      pos=["ADP", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "PROPN", "PUNCT", "NOUN", "ADP", "DET",
                           "NOUN", "PUNCT", "VERB", "NOUN", "VERB", "PUNCT"],
                      ents=["O"] * 7 + ["B-PERSON"] + ["O"] * 10)
    assert subject_of(doc[14], reporting=True).text == "Okafor"
    assert subject_of(doc[14]) is None      # an event's verb keeps the parse's reading


@pytest.mark.parametrize("text, lemma, name", [
    # a second cue coordinated into the clause the first one reports
    ("Ines Madaki said the harbour plan was too costly and urged the council to delay the vote.",
     "urge", "Ines Madaki"),
    # a participle hung on that clause
    ("Tomas Berg said the harbour plan was far too costly, adding that the council had ignored its own audit.",
     "add", "Tomas Berg"),
    # the parse hangs "did not sound …" on the quotation's "said": the participle is still hers
    ("Grace Okafor did not sound convinced by the plan on Friday, telling reporters, "
     "“Many people said the council should resign.”", "tell", "Grace Okafor"),
    # the name set off by commas, hung on the phrase before, with an aside after it
    ("Speaking in Port Mara, Ada Varga, after a long pause, also accused Berg of misleading the council.",
     "accuse", "Ada Varga"),
    # a relative clause after the name, parsed as what the cue reports
    ("Kofi Mensah, meanwhile, who chairs the harbour board, said the fees would rise.", "say", "Kofi Mensah"),
])
def test_the_speaker_of_a_cue_the_parse_hung_on_another_clause(text, lemma, name):
    q = next(q for q in extract(text).quotes if q.cue_lemma == lemma)
    assert q.speaker is not None and q.speaker.name == name


def test_dateline_is_not_the_speaker():
    # "MADRID -- Minister Ruiz said the talks ended ." with the dateline parsed as subject
    words = ["MADRID", "--", "Minister", "Ruiz", "said", "the", "talks", "ended", "."]
    doc = hand_parsed(words, heads=[4, 0, 3, 0, 4, 6, 7, 4, 4],
                      deps=["nsubj", "punct", "compound", "appos", "ROOT", "det", "nsubj", "ccomp", "punct"],
                      tags=["NNP", ":", "NNP", "NNP", "VBD", "DT", "NNS", "VBD", "."],
                      pos=["PROPN", "PUNCT", "PROPN", "PROPN", "VERB", "DET", "NOUN", "VERB", "PUNCT"])
    assert subject_of(doc[4]).text == "Ruiz"


def test_quotation_split_by_its_cue_with_straight_marks():
    text = ('"The number of small farms has halved in the past decade," she wrote, '
            '"and most of those left work without any safety net."')
    q = one(text)
    assert len(q.content) == 2 and q.content[1][0] == text.index('"and')


def test_the_two_leaders_are_named_as_speakers():
    text = ("Chilean President Maria Gonzalez met Peruvian President Jorge Castillo in Lima on Monday. "
            "The two leaders said they would sign a fishing agreement.")
    q = next(q for q in extract(text).quotes if "fishing" in q.text)
    assert (q.speaker.name, q.speaker.co_speakers) == ("Maria Gonzalez", ("Jorge Castillo",))
    text = ("Chilean troops crossed into Peru on Monday. Peru and Chile later said the border was calm. "
            "The talks were announced by both countries on Friday.")
    q = next(q for q in extract(text).quotes if "talks" in q.text)
    assert {q.speaker.name, *q.speaker.co_speakers} == {"Peru", "Chile"}


def test_headline_end():
    from newsgraph.nlp.quotes.component import headline_end
    text = "Mayor says bridge will reopen\n\nThe mayor said on Monday that it would."
    assert headline_end(text) == len("Mayor says bridge will reopen")
    assert headline_end("One paragraph only, said the mayor.") == 0
    assert headline_end("A first line\nand a second\n\nBody.") == 0          # not a one-line title
    assert headline_end(" ".join(["word"] * 40) + "\n\nBody.") == 0          # too long for a title
    # a title over a dateline line, with no blank line between them
    assert headline_end("Mayor says bridge will reopen\nMonday, June 3, 2024\nThe mayor said so.") == 29
    assert headline_end("Mayor says bridge will reopen\n3 June 2024\nThe mayor said so.") == 29
    assert headline_end("Mayor says bridge will reopen\nJune 3, 2024, the mayor said.\nMore.") == 0
    # a title ending in ";" with its deck on the next line, as news databases join them
    deck = "Mayor says bridge will reopen; \nCouncillors doubt the date, a memo shows.\n\nThe mayor spoke."
    assert headline_end(deck) == deck.index("\n\n")
    assert headline_end("Mayor says bridge will reopen\nCouncillors doubt the date.\n\nBody.") == 0
    assert headline_end("Mayor says; \nbridge\nwill reopen\n\nBody.") == 0      # three lines: no title


def test_no_quote_is_read_from_a_title_or_its_deck():
    text = ("Harbour fees will double, port chief says; \nShipping firms warn of lost trade, a letter shows.\n\n"
            "The port chief said on Tuesday that the fees would double in May.")
    quotes = extract(text).quotes
    assert quotes and all(q.content[0][0] > text.index("\n\n") for q in quotes)


def test_quotes_in_the_headline_are_skipped_unless_the_config_keeps_them():
    import newsgraph
    text = "Mayor says the bridge will reopen in June\n\nThe mayor said on Monday that the bridge would reopen."
    title_end = len("Mayor says the bridge will reopen in June")
    nlp = newsgraph.load()
    default = newsgraph.to_record(nlp(text)).quotes
    assert default and all(q.content[0][0] > title_end for q in default)     # a title reports no one
    nlp.remove_pipe("newsgraph_quotes")
    nlp.add_pipe("newsgraph_quotes", after="newsgraph_entities", config={"skip_headline": False})
    nlp.get_pipe("newsgraph_quotes").initialize(lambda: [], nlp=nlp)
    kept = newsgraph.to_record(nlp(text)).quotes
    assert any(q.content[0][0] < title_end for q in kept)      # PolNeAR's annotators mark titles


def test_capitalised_transcript_labels_are_the_named_person():
    text = ("Energy Minister Ines Varga spoke to the programme on Friday.\n\n"
            "HOST: Will prices rise next year?\n\nVARGA: No. Prices will fall because we use more wind power.\n")
    turn = next(q for q in extract(text).quotes if "Prices will fall" in q.text)
    assert turn.speaker.text == "VARGA" and turn.speaker.name == "Ines Varga"


def test_an_unresolved_pronoun_speaker_has_no_name():
    q = one("“It will not happen again,” he said.")
    assert q.speaker is not None and q.speaker.text == "he" and q.speaker.name is None
    q = one("Mayor Ann Lee spoke on Monday. “We will reopen the bridge,” she said.")
    assert q.speaker.text == "she" and q.speaker.name == "Ann Lee"


def test_section_labels_are_not_speakers():
    text = ("Mayor Ann Lee spoke on Monday.\n\nREAD MORE: Bridge repairs to cost millions\n\n"
            "PHOTOS: Flood waters reach the old town\n\nLEE: We will reopen the bridge in June, whatever it costs.\n")
    quotes = extract(text).quotes
    assert all(q.speaker is None or q.speaker.text not in {"READ MORE", "PHOTOS"} for q in quotes)
    assert any(q.speaker and q.speaker.name == "Ann Lee" and "reopen the bridge" in q.text for q in quotes)


def test_a_linked_story_after_a_section_label_reports_nothing():
    text = ("Bridge to reopen\n\nMayor Ann Lee said on Monday that the bridge would reopen in June.\n\n"
            "ALSO READ: Provincial minister promises new money for bridges\n\n"
            "WATCH: Harbour union says strike is likely\n\n"
            "UPDATE: The council said on Tuesday that the vote was delayed.\n")
    quotes = extract(text).quotes
    assert not any("promises" in q.text or "new money" in q.text or "strike" in q.text for q in quotes)
    assert any("bridge would reopen" in q.text for q in quotes)
    assert any("vote was delayed" in q.text for q in quotes)     # an update is this article's own text


@pytest.mark.parametrize("opening", ["That said,", "Having said that,", "(That said,"])
def test_a_linking_phrase_reports_nothing(opening):
    text = f"Harbour news\n\nThe mayor spoke on Monday. {opening} the council still has to approve the budget in March."
    assert extract(text).quotes == ()


def test_a_name_alone_after_told_is_whom_it_was_told_to():
    text = ("Harbour news\n\nThe mayor spoke on Monday. Her remarks contradicted what Ada Varga told "
            "Harbour Radio before the vote.")
    assert not any(q.text == "Harbour Radio" for q in extract(text).quotes)


def test_an_organisation_described_is_never_the_outlet_told():
    text = ("Mayor Ann Lee told the Valley Courier on Monday that the bridge would reopen. "
            "The transport ministry said in a statement that it would pay for the repairs.")
    told, ministry = extract(text).quotes
    assert told.reported_by == "Valley Courier" and told.speaker.name == "Ann Lee"
    assert ministry.speaker.name != "Valley Courier"


def test_a_relative_pronoun_speaker_is_named_by_what_it_describes():
    q = one("Several trade experts who studied the deal said it would fail.")
    assert q.speaker.name == "Several trade experts"
    q = one("There are farmers who say the drought is over.")
    assert q.speaker.text == "who" and q.speaker.name == "farmers"
    q = one("It was Lena Park who said the vote was rigged.")
    assert q.speaker.text == "who" and q.speaker.name == "Lena Park"


def test_a_possessive_speaker_is_the_person_it_refers_to_or_no_name():
    q = one("Harbour Commissioner Ines Madaki was moved during his announcement of new rules for the harbour.")
    assert q.speaker.text == "his" and q.speaker.name == "Ines Madaki"
    q = one("The two unions were criticised after their announcement of a strike at the harbour.")
    assert q.speaker.text == "their" and q.speaker.name is None      # never "their"


def test_a_party_word_describing_a_person_names_the_person():
    text = ("Senator Ada Okafor spoke in Port Mara on Monday. "
            "The Bayland Republican criticized the ferry plan and said it would fail.")
    assert {q.speaker.name for q in quotes(text)} == {"Ada Okafor"}
    # a plural party word is the group itself
    assert one("Republican voters met in Port Mara. The Republicans said the plan would fail.").speaker.name \
        == "Republicans"


def test_a_relative_pronoun_after_an_apposition_is_the_named_person():
    q = one("Officials met Ana Ruiz, the economist who warned that growth would slow.")
    assert q.speaker.name == "Ana Ruiz"


def test_a_relative_pronoun_over_a_pronoun_stays_unnamed(candidates):
    # the finder's candidate: the scorer may keep or drop it, the name must not be made up
    [g] = candidates("Those who said the plan would fail were wrong about the cost.")
    assert g.speaker is not None and g.speaker.name is None


def test_a_wire_dateline_is_no_part_of_the_speaker():
    q = one("OSLO, June 3 (Reuters) — Finance Minister Ana Ruiz said on Monday that rates would stay low.")
    assert q.speaker.text == "Finance Minister Ana Ruiz" and q.speaker.name == "Ana Ruiz"
    q = one("LIMA (AP) — Union leader Tomas Brell said the strike would end.")
    assert q.speaker.text == "Union leader Tomas Brell"


def _finder_quotes(words, heads, deps, tags, pos, lemmas, spaces=None):
    import spacy
    from spacy.tokens import Doc
    from newsgraph.nlp.quotes.component import packaged_cue_table
    from newsgraph.nlp.quotes.finder import QuoteFinder
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps, tags=tags,
              pos=pos, lemmas=lemmas)
    return doc, QuoteFinder(doc, packaged_cue_table(), {}).run()


def test_a_speech_verb_beside_a_quotation_reports_it_not_its_prepositional_phrase():
    # "“Wait until May,” she said at a hearing." with the quotation parsed as its own sentence
    words = ["“", "Wait", "until", "May", ",", "”", "she", "said", "at", "a", "hearing", "."]
    spaces = [False, True, True, False, False, True, True, True, True, True, False, False]
    doc, found = _finder_quotes(
        words, heads=[1, 1, 1, 2, 1, 1, 7, 7, 7, 10, 8, 7],
        deps=["punct", "ROOT", "prep", "pobj", "punct", "punct", "nsubj", "ROOT", "prep", "det", "pobj", "punct"],
        tags=["``", "VB", "IN", "NNP", ",", "''", "PRP", "VBD", "IN", "DT", "NN", "."],
        pos=["PUNCT", "VERB", "ADP", "PROPN", "PUNCT", "PUNCT", "PRON", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
        lemmas=["“", "wait", "until", "May", ",", "”", "she", "say", "at", "a", "hearing", "."], spaces=spaces)
    assert [(g.kind, [doc.text[s:e] for s, e in g.content]) for g in found] == [("direct", ["“Wait until May,”"])]


def test_two_apostrophes_mark_a_quotation_as_in_wire_copy():
    q = one("''Did the council listen? No, not at all,'' Ada Okafor asked the mayor.")
    assert q.kind == "direct" and q.text == "Did the council listen? No, not at all," and q.cue_lemma == "ask"
    assert q.speaker.name == "Ada Okafor"


def test_the_speaker_after_a_dateline_hung_inside_it_is_found():
    q = one("Trial\n\nTHE HAGUE, Netherlands -- A Korvian prosecutor said the trial would start in May.")
    assert q.speaker.name is not None and "prosecutor" in q.speaker.name


def test_according_to_a_source_whose_parse_swallows_the_clause_subject():
    r = extract("Title line\n\nAccording to early results of exit polls conducted for several networks by a "
                "research firm, majorities of voters in all five states say they feel betrayed by the party.")
    [q] = r.quotes
    assert q.text.startswith("majorities of voters") and q.speaker.text == "early results"


def test_an_op_ed_s_i_is_its_byline_but_an_i_inside_a_quotation_is_not():
    r = extract("Title line\n\nI believe the senator is wrong about the tax. “I will vote no,” the senator told me.",
                author="Grace Okafor")
    names = {q.text: q.speaker.name for q in r.quotes}
    assert names["the senator is wrong about the tax"] == "Grace Okafor"
    assert all(name != "Grace Okafor" for text, name in names.items() if "vote" in text)
    r = extract("Title line\n\nI believe the senator is wrong about the tax.")
    assert r.quotes[0].speaker.name is None       # no byline: "I" stays unnamed
    # a byline that is an outlet or a wire names no one who says "I"
    for outlet in ("Harbour News", "AP", "By Reuters"):
        r = extract("Title line\n\nI believe the senator is wrong about the tax.", author=outlet)
        assert [q.speaker.name for q in r.quotes] == [None]


def test_a_sentence_opening_verb_is_no_part_of_a_name():
    record = extract("Entrusting Ines Madaki with the budget was a mistake, Kofi Mensah said. "
                     "Ines Madaki said she would resign.")
    names = {e.name for e in record.entities}
    assert "Ines Madaki" in names and not any(n.startswith("Entrusting") for n in names)
    assert {q.speaker.name for q in record.quotes} == {"Kofi Mensah", "Ines Madaki"}


def test_a_persons_name_before_a_colon_labels_the_quotation_after_it():
    text = ("Harbour news from the week.\n\n"
            "Both reject the toll. Mayor Ines Madaki: “Our goal is to finish the bridge.” "
            "Daniel Mensah: “The bridge can wait.”")
    found = {q.text: q.speaker.name for q in extract(text).quotes if q.speaker}
    assert found.get("Our goal is to finish the bridge.") == "Ines Madaki"
    assert found.get("The bridge can wait.") == "Daniel Mensah"


def test_a_byline_name_before_a_colon_does_not_label_the_quotation():
    # a newsletter's link line: the quotation is the linked story's lead, not the writer's words
    text = ("Today in the city.\n\nHarbour fees to rise again, by Tomas Berg: "
            "“The harbour board voted on Monday to raise its fees.”")
    assert not any(q.speaker and q.speaker.name == "Tomas Berg" for q in extract(text).quotes)


@pytest.mark.parametrize("text, content", [
    ("The fund lost a third of its value last year, according to the Harbour Times, although the board "
     "expects a recovery by the spring of next year.", "The fund lost a third of its value last year"),
    ("Korvia trails Bayland by nine points, according to the latest survey by the Harbour Times, despite "
     "winning the first round there in March.", "Korvia trails Bayland by nine points"),
])
def test_according_to_reports_the_clause_before_it_when_the_one_after_is_added_on(text, content):
    found = [q for q in quotes(text) if q.cue_lemma == "according to"]
    assert [q.text for q in found] == [content]


def test_quotation_signed_by_a_long_apposed_speaker_before_a_setting():
    # the speaker's apposition runs past a dozen tokens; the meeting is where it was said
    text = ("“The river will not wait for us, and neither will the farmers,” Daniel Mensah, the chair "
            "of the regional water board for the northern district, said at a meeting in Port Mara.")
    q = one(text)
    assert q.kind == "direct" and q.text.startswith("The river will not wait")
    assert q.speaker.name == "Daniel Mensah"


@pytest.mark.parametrize("text, quoted", [
    ("After the vote, the mayor found herself stuck in traffic outside the hall.", False),
    ("The two councillors now find themselves at odds over the harbour plan.", False),
    ("An audit by the county found that the harbour budget was short by a third.", True),
])
def test_finding_oneself_somewhere_is_no_finding(text, quoted):
    assert bool(quotes(text)) is quoted


def test_inverted_speaker_whom_the_parse_made_the_subject_of_an_aside():
    text = ("''I work better with tools than with words,'' said Peter Okafor, half joking. "
            "He has run the press line for twenty years.")
    q = one(text)
    assert q.kind == "direct" and q.speaker is not None and q.speaker.name == "Peter Okafor"


@pytest.mark.parametrize("text, speaker", [
    ("Peter Okafor, whose latest company, Tidewise, uses data to help farmers find buyers, said the mayor "
     "was right about the port.", "Peter Okafor"),
    ("Kofi Mensah laughingly handed the clerk a broom, then says he will welcome help from anyone.", "Kofi Mensah"),
])
def test_subject_of_a_clause_the_parse_hung_on_the_cue(text, speaker):
    # the parse reads "Okafor … uses data" as a clause reported by "said", which it leaves with no subject
    q = next(q for q in quotes(text) if q.cue_lemma == "say")
    assert q.speaker is not None and q.speaker.name == speaker


def test_a_thing_opening_the_sentence_is_not_taken_for_the_speaker():
    text = ('The question had come up Friday after Kofi Mensah, asked about the harbour deaths, had said, '
            '"We do plenty of dredging also."')
    q = next(q for q in quotes(text) if q.cue_lemma == "say")
    assert q.speaker is None or q.speaker.text != "The question"


@pytest.mark.parametrize("words, heads, deps, tags, pos", [
    # "Mensah denied the idea that a cut is coming , explaining it ." with "explaining" hung on
    # "coming", the clause of "idea"
    (["Mensah", "denied", "the", "idea", "that", "a", "cut", "is", "coming", ",", "explaining", "it", "."],
     [1, 1, 3, 1, 8, 6, 8, 8, 3, 8, 8, 10, 1],
     ["nsubj", "ROOT", "det", "dobj", "mark", "det", "nsubj", "aux", "acl", "punct", "advcl", "dobj", "punct"],
     ["NNP", "VBD", "DT", "NN", "IN", "DT", "NN", "VBZ", "VBG", ",", "VBG", "PRP", "."],
     ["PROPN", "VERB", "DET", "NOUN", "SCONJ", "DET", "NOUN", "AUX", "VERB", "PUNCT", "VERB", "PRON", "PUNCT"]),
    # "Mensah denied the idea that the vote be rerun , saying it ." with "saying" hung on "idea"
    (["Mensah", "denied", "the", "idea", "that", "the", "vote", "be", "rerun", ",", "saying", "it", "."],
     [1, 1, 3, 1, 8, 6, 8, 8, 3, 8, 3, 10, 1],
     ["nsubj", "ROOT", "det", "dobj", "mark", "det", "nsubjpass", "auxpass", "acl", "punct", "acl", "dobj", "punct"],
     ["NNP", "VBD", "DT", "NN", "IN", "DT", "NN", "VB", "VBN", ",", "VBG", "PRP", "."],
     ["PROPN", "VERB", "DET", "NOUN", "SCONJ", "DET", "NOUN", "AUX", "VERB", "PUNCT", "VERB", "PRON", "PUNCT"]),
])
def test_participle_after_a_nouns_clause_is_said_by_the_main_subject(words, heads, deps, tags, pos):
    doc = hand_parsed(words, heads=heads, deps=deps, tags=tags, pos=pos)
    assert subject_of(doc[10], reporting=True).text == "Mensah"


def test_participle_after_a_relative_clause_keeps_its_subject():
    # "Mensah held a briefing in which he pressed on , mocking it ." with "mocking" hung on "pressed"
    words = ["Mensah", "held", "a", "briefing", "in", "which", "he", "pressed", "on", ",", "mocking", "it", "."]
    doc = hand_parsed(words, heads=[1, 1, 3, 1, 5, 7, 7, 3, 7, 7, 7, 10, 1],
                      deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "nsubj", "relcl", "prt", "punct",
                            "advcl", "dobj", "punct"],
                      tags=["NNP", "VBD", "DT", "NN", "IN", "WDT", "PRP", "VBD", "RP", ",", "VBG", "PRP", "."],
                      pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "PRON", "PRON", "VERB", "ADP", "PUNCT", "VERB",
                           "PRON", "PUNCT"])
    assert subject_of(doc[10], reporting=True).text == "he"


def test_who_issued_a_statement_saying_it_is_the_speaker():
    text = "Minutes later, the Harbour Board released a statement saying the port would stay open."
    q = one(text)
    assert text[q.speaker.mention[0]:q.speaker.mention[1]] == "the Harbour Board"


@pytest.mark.parametrize("text", [
    "“The pier will open in May,” said Ada Varga, the author of “Harbour Days.”",
    "“The pier will open in May,” Ada Varga told the radio show “Morning Desk.”",
])
def test_a_quoted_title_after_the_cue_does_not_resume_the_quotation(text):
    q = one(text)
    assert [text[s:e] for s, e in q.content] == ["“The pier will open in May,”"]


def test_a_quotation_after_the_cue_still_resumes_it():
    text = "“The pier will open in May,” Ada Varga said. “We have the money now.”"
    q = one(text)
    assert [text[s:e] for s, e in q.content] == ["“The pier will open in May,”", "“We have the money now.”"]


def test_the_terms_of_a_talk_are_not_what_was_said(candidates):
    text = "“We will not close the pier,” said one adviser, who talked on background."
    assert not any(g.cue_lemma in {"speak", "talk"} for g in candidates(text))


@pytest.mark.parametrize("noun, terms", [("condition", True), ("plan", False)])
def test_talk_on_a_condition_states_its_terms(noun, terms):
    from newsgraph.nlp.quotes.idioms import states_its_terms
    # "She spoke on condition ." against "She spoke on plan ."
    doc = hand_parsed(["She", "spoke", "on", noun, "."], heads=[1, 1, 1, 2, 1],
                      deps=["nsubj", "ROOT", "prep", "pobj", "punct"], tags=["PRP", "VBD", "IN", "NN", "."],
                      pos=["PRON", "VERB", "ADP", "NOUN", "PUNCT"], lemmas=["she", "speak", "on", noun, "."])
    assert states_its_terms(doc[1]) is terms
