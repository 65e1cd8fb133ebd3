"""Speakers and parties named (nlp/reference/speakers.py): a person pronoun read from its own
sentence first, descriptions by place and title, partitives, possessive pronouns in names."""
import pytest

from newsgraph import extract
from newsgraph.nlp.reference.speakers import SpeakerResolver
from newsgraph.nlp.reference.subjects import participle_agent, subject_of

from .helpers import hand_parsed


@pytest.fixture(scope="module")
def resolve(nlp):
    def run(text: str, word: str) -> str | None:
        doc = nlp(text)
        tok = next(t for t in doc if t.text == word)
        return SpeakerResolver(doc).resolve(tok).name
    return run


@pytest.mark.parametrize("text, word, name", [
    # a subject pronoun is not its own verb's object: "he told Mensah" is not Mensah
    ("Zephyr Quill spoke at a rally in Port Mara on Monday.\n\nKofi Mensah asked Quill about the wall.\n\n"
     "“It will be tall,” he told Mensah.", "he", "Zephyr Quill"),
    ("Zephyr Quill spoke in Port Mara on Monday.\n\nKofi Mensah arrived later, and he thanked Quill.",
     "he", "Kofi Mensah"),
    # nor any argument of its clause after it: an object's owner, a complement's subject
    ("Kofi Mensah toured the port with Zephyr Quill on Monday.\n\nQuill praised the workers.\n\n"
     "Later he wrote a letter to Quill asking for a second meeting.", "he", "Kofi Mensah"),
    ("Kofi Mensah toured the port with Zephyr Quill on Monday.\n\nQuill praised the workers.\n\n"
     "He has asked the council to reject Quill's plan.", "He", "Kofi Mensah"),
    ("Kofi Mensah toured the port with Zephyr Quill on Monday.\n\nQuill praised the workers.\n\n"
     "“She never answered,” he said of Quill.", "he", "Kofi Mensah"),
    # while a writer may repeat the name in an adverbial clause
    ("Kofi Mensah toured the port with Zephyr Quill on Monday.\n\nQuill praised the workers.\n\n"
     "“It is done,” he said after the clerk read the terms Quill had signed.", "he", "Zephyr Quill"),
    # the subject of a clause above wins over a man named before
    ("Mr. Kofi Mensah opened the depot on Monday.\n\n"
     "The review found that Zephyr Quill was able to buy the rifle he used.", "he", "Zephyr Quill"),
    # the possessor of the subject, one clause up
    ("Kofi Mensah toured the port.\n\nGrace Okafor's campaign said she would not resign.", "she", "Grace Okafor"),
    # the subject of an opening condition
    ("Mr. Kofi Mensah spoke on Monday.\n\n"
     "Ines Madaki said that if Zephyr Quill wins, he will cut the port fees.", "he", "Zephyr Quill"),
    # an object pronoun is not the one who controls its clause
    ("Mr. Kofi Mensah arrived in Port Mara on Monday.\n\nZephyr Quill offered to help him.", "him", "Kofi Mensah"),
    # a parenthetical reporter is not in what he reports
    ("Mr. Kofi Mensah spoke in Port Mara on Monday.\n\n"
     "Zephyr Quill, he said, “will lose the vote in March.”", "he", "Kofi Mensah"),
    ("Mr. Kofi Mensah was asked about the race on Monday.\n\n"
     "If Zephyr Quill wins, he said, the port fees will rise.", "he", "Kofi Mensah"),
    # the apposition before the possessor
    ("Grace Okafor's spokesman, Zephyr Quill, said he would resign.", "he", "Zephyr Quill"),
    # a relative clause on a party word in apposition describes the person named
    ("Grace Okafor, a Democrat who has refused to endorse Kofi Mensah, spoke on Monday.", "who", "Grace Okafor"),
    # a phrase speaker named as written
    ("The GOP front-runner's campaign said the numbers were wrong.", "campaign", "GOP front-runner's campaign"),
    # a part of a group is named by the group; a bare quantifier stays as it is
    ("Some of her followers said the plan was unfair.", "Some", "her followers"),
    ("Most of the delegates said they would stay.", "Most", "delegates"),
    ("Many said the vote was rigged.", "Many", "Many"),
    # a second relative clause conjoined to the first means the same person
    ("Zephyr Quill, whom the council named chair last year, and who has said the vote will fail, "
     "spoke on Monday.", "who", "Zephyr Quill"),
    # a person named in full, sex not shown, subject of the main clause just before, over a man
    # named earlier; not when that subject sits in a clause the sentence reports
    ("Mr. Kofi Mensah runs the port.\n\nFlorin Adebayo, 33, told reporters the vote was fair.\n\n"
     "He said the count had been slow.", "He", "Florin Adebayo"),
    ("Mr. Kofi Mensah runs the port.\n\nThe clerk said that Florin Adebayo had lied about the vote.\n\n"
     "He said the count had been slow.", "He", "Kofi Mensah"),
])
def test_resolved_name(resolve, text, word, name):
    assert resolve(text, word) == name


def test_a_description_by_place_and_title_names_the_titled_person():
    text = ("Ohio Sen. Zephyr Quill and former Ohio Gov. Tomas Berg toured the plant on Monday.\n\n"
            "“We will keep it open,” the Ohio senator said.\n\n"
            "“The workers deserve better,” the former Ohio governor said.")
    names = {q.text: q.speaker.name for q in extract(text).quotes if q.speaker}
    assert names == {"We will keep it open,": "Zephyr Quill", "The workers deserve better,": "Tomas Berg"}


def test_a_description_by_the_head_of_an_apposition_names_the_person():
    # "a billionaire developer" in apposition was read as someone new, so "the developer"
    # stayed a bare noun; a word inside a title ("state" of "state senator") names no one
    text = ("Zephyr Quill, a billionaire developer, toured Port Mara on Monday with Tomas Berg, a state senator.\n\n"
            "“We will rebuild the harbour,” the developer said.\n\n“The state will not pay,” Berg said.")
    names = {q.text: q.speaker.name for q in extract(text).quotes if q.speaker}
    assert names["We will rebuild the harbour,"] == "Zephyr Quill"


@pytest.mark.parametrize("text, name", [
    ("Tomas Berg toured the harbour on Monday.\n\n"
     "The director of the Port Mara museum, Ines Madaki, said the collection would move.", "Ines Madaki"),
    ("Tomas Berg toured the harbour on Monday.\n\nHis daughter, Ines, said the collection would move.", "Ines"),
    ("Education Minister Tomas Berg toured the school on Monday.\n\n"
     "A spokesperson for the minister, Grace Okafor, said in an email that the school would stay open.",
     "Grace Okafor"),
])
def test_a_role_with_a_name_in_apposition_is_that_name_not_the_last_person(text, name):
    [q] = extract(text).quotes
    assert q.speaker.name == name


@pytest.mark.parametrize("text, name", [
    # a statement speaks for whoever put it out, also through "his office"
    ("Mayor Grace Okafor spoke to reporters in Port Mara on Monday. Hours later, she issued a statement. "
     "“We will fight,” the statement said.", "Grace Okafor"),
    # "put out a statement saying …": who put it out says it, named as "his aides" are
    ("Tomas Berg toured the docks on Monday. His office put out a statement saying that the port would stay open.",
     "Tomas Berg's office"),
    # a name before the work made it, also when the work comes back as "the poll"
    ("Port Mara news.\n\nA Harbour University poll found that most voters back the new port.", "Harbour University"),
    ("Port Mara news.\n\nA Harbour University poll came out on Monday.\n\n"
     "The poll found that most voters back the new port.", "Harbour University"),
])
def test_a_statement_is_its_authors(text, name):
    [q] = extract(text).quotes
    assert q.speaker.name == name


def test_a_place_before_a_poll_is_not_its_author():
    text = "Port Mara news.\n\nAn Iowa poll found that most voters back the new port."
    [q] = extract(text).quotes
    assert q.speaker.name == "Iowa poll"


def test_a_possessed_role_is_not_the_last_person_named():
    # "his father" is as often the son as the father by recency: it stays whose father it is
    text = ("Tomas Berg was born in Port Mara.\n\nHis father said the family had left the city in 1990.")
    [q] = extract(text).quotes
    assert q.speaker.name == "Tomas Berg's father"


def test_a_possessive_pronoun_in_a_phrase_speaker_is_named():
    text = ("Grace Okafor spoke in Port Mara on Monday.\n\nHer campaign said the numbers were wrong. "
            "Kofi Mensah was there too. His aides said nothing.")
    names = [q.speaker.name for q in extract(text).quotes if q.speaker]
    assert names == ["Grace Okafor's campaign", "Kofi Mensah's aides"]


@pytest.mark.parametrize("text, speaker", [
    ("Several shipping firms are taking pains to say that they back neither side in the port dispute.",
     "Several shipping firms"),
    ("Kofi Mensah used the occasion to say that the harbour would stay open.", "Kofi Mensah"),
])
def test_the_object_of_a_light_verb_is_not_the_speaker(text, speaker):
    # "took pains to say": the one who took them says it
    assert [q.speaker.text for q in extract(text).quotes] == [speaker]


@pytest.mark.parametrize("text, word, name", [
    # the last organisation named is a university: "the company" is not it
    ("Quill Dynamics built a lab beside Port Mara University.\n\n"
     "The company said it would hire 40 engineers.", "company", "Quill Dynamics"),
    ("Zephyr Quill teaches at Port Mara University.\n\n"
     "The company said it would hire 40 engineers.", "company", "company"),
    # a group may be a fund or a committee, not a school
    ("The Harbour Future Fund paid for ads about Port Mara University.\n\n"
     "The group said it would spend more.", "group", "Harbour Future Fund"),
    # "the bank's board": the kind is the bank's
    ("Kofi Mensah leads the Port Mara Bank.\n\n"
     "The bank's board said it would meet.", "board", "Port Mara Bank"),
])
def test_an_organisation_description_takes_an_organisation_of_its_kind(resolve, text, word, name):
    assert resolve(text, word) == name


def test_org_name_fits_by_the_last_word_of_the_name():
    from newsgraph.nlp.reference.lexicon import org_name_fits
    assert not org_name_fits("company", "Port Mara University")
    assert org_name_fits("company", "Quill Dynamics")                 # a name of no kind fits
    assert org_name_fits("group", "Harbour Political Committee")      # a group may be political
    assert not org_name_fits("group", "Harbour Political Convention")
    assert org_name_fits("agency", "Harbour Bureau")
    assert org_name_fits("spokesman", "Port Mara University")         # a noun of no kind takes any


@pytest.mark.parametrize("text, name", [
    # "they" after a plural subject for people is that group, not the last organisation named
    ("Port Mara news.\n\nThe Harbour Board met on Monday.\n\n"
     "Dock workers are restless after the vote. They say the new fees will cost them jobs.", "Dock workers"),
    # a plural subject that names no people is not who "they" are
    ("Port Mara news.\n\nThe Harbour Board met on Monday.\n\n"
     "The fees rose in May. They say the rise will not last.", "Harbour Board"),
])
def test_they_after_a_plural_subject_for_people(text, name):
    [q] = extract(text).quotes
    assert q.speaker.name == name


@pytest.mark.parametrize("text, name", [
    # "it" after a thing that is a subject is that thing, not the last place or organisation named
    ("The Harbour Board met in Port Mara on Monday. The leaflet went out to every house on Tuesday. "
     "It says the harbour fees will double in May.", "leaflet"),
    # a noun for an organisation takes up the organisation named before it
    ("Quarry Holdings opened a plant in Port Mara on Monday. The company expects strong growth, "
     "and it says the plant will hire forty people.", "Quarry Holdings"),
    # a thing that is the subject of a reported clause is not what "it" takes up
    ("The Harbour Board met on Monday. Quarry Holdings has said that the fee should be cut, "
     "and it accused the board of waste.", "Quarry Holdings"),
])
def test_it_after_a_thing_that_is_a_subject(text, name):
    q = next(q for q in extract(text).quotes if q.speaker.text.lower() == "it")
    assert q.speaker.name == name


def test_they_is_not_a_people_word_that_only_modifies_a_noun():
    # "Norwegian ships" names no group that could speak: "they" is the board named before
    text = ("The Harbour Board met on Monday. The meeting took up the rates for Norwegian ships. "
            "They say the rates will fall in May.")
    [q] = extract(text).quotes
    assert q.speaker.name == "Harbour Board"


def test_names_people_by_word_and_ending():
    from newsgraph.nlp.reference.lexicon import names_people
    assert names_people("worker") and names_people("economist") and names_people("voter")
    assert not names_people("number") and not names_people("fee") and not names_people("day")


@pytest.mark.parametrize("text, word, name", [
    # a people's adjective before a role word: the last person of that country, not the last person
    ("Israeli Prime Minister Kofi Mensah arrived in Port Mara on Monday. Zephyr Quill met him.\n\n"
     "The Israeli leader said the talks went well.", "leader", "Kofi Mensah"),
    # the nouns before an organisation's noun are in its name: "the harbour court" is not "Supreme Court"
    ("The Port Mara Supreme Court met on Monday.\n\nThe harbour court ruled that the fees were legal.",
     "court", "harbour court"),
])
def test_a_description_keeps_its_modifiers(resolve, text, word, name):
    assert resolve(text, word) == name


def _only_first_mentions(doc):
    """The entity table as if NER had missed every later mention of each name."""
    doc._.ng_entities = [dict(e, mentions=e["mentions"][:1], chars=e["chars"][:1]) for e in doc._.ng_entities]
    return doc


@pytest.mark.parametrize("text, word, name", [
    ("Ada Varga runs the ferry to Port Mara.\n\n“It is doable,” Varga told the council.", "Varga", "Ada Varga"),
    # a surname two people share names neither
    ("Ada Varga runs the ferry, and her brother Tomas Varga runs the bakery.\n\n“It is doable,” Varga said.",
     "Varga", "Varga"),
])
def test_a_surname_ner_missed_is_the_one_person_with_it(nlp, text, word, name):
    doc = _only_first_mentions(nlp(text))
    tok = [t for t in doc if t.text == word][-1]
    assert SpeakerResolver(doc).resolve(tok).name == name


LONG_QUOTE = ("Daniel Mensah spoke at the dock on Monday.\n\n"
              "Mensah said, “The cranes are old. The cranes are slow. The ships wait for days. The port loses "
              "money every week. The workers are tired. Nobody in the capital listens.”\n\n"
              "He added that the union would strike in March.")


def test_a_pronoun_after_a_long_quotation_is_its_speaker():
    record = extract(LONG_QUOTE)
    q = next(q for q in record.quotes if "strike" in q.text)
    assert q.speaker.name == "Daniel Mensah"


def test_a_pronoun_is_not_the_last_speaker_when_someone_else_has_come_in():
    text = ("Grace Okafor spoke at the dock on Monday.\n\n"
            "Okafor said, “The cranes are old. The cranes are slow. The ships wait for days. The port loses "
            "money every week. The workers are tired. Nobody in the capital listens.”\n\n"
            "A woman in the crowd, meanwhile, shouted at the police. “Go home!” she yelled.")
    q = next(q for q in extract(text).quotes if "Go home" in q.text)
    assert q.speaker.name != "Grace Okafor"



@pytest.mark.parametrize("text, word, name", [
    # the man the sentence before was about, over the last man quoted
    ("Harbour plan splits council\n\nDaniel Mensah gave up hope for the plan. "
     "\"The council does not speak for me,\" Mensah said. \"It speaks for money.\"\n\n"
     "Peter Okafor, 39, came down from the north on Friday, carrying his flag.\n\n"
     "\"If they want a king, we will bring a crowd,\" he said.", "king", "Peter Okafor"),
    # a name in apposition to that sentence's subject
    ("Harbour plan splits council\n\n“We will win the vote,” said Daniel Mensah.\n\n"
     "The mayor's brother, Peter Okafor, 39, walked out of the hall on Friday.\n\n"
     "“It will fail,” he said.", "fail", "Peter Okafor"),
])
def test_a_pronoun_takes_the_one_the_sentence_before_was_about(text, word, name):
    q = next(q for q in extract(text).quotes if word in q.text)
    assert q.speaker.name == name


def test_relative_pronoun_the_parse_hung_on_an_auxiliary(nlp):
    # "They help Okafor , who is happily enjoying it and is saying so ." with "who" the subject
    # of the auxiliary "is" instead of "enjoying": the speaker of "saying" is still Okafor
    words = ["They", "help", "Okafor", ",", "who", "is", "happily", "enjoying", "it", "and", "is", "saying", "so", "."]
    doc = hand_parsed(words, heads=[1, 1, 1, 2, 5, 7, 7, 2, 7, 7, 11, 7, 11, 1],
                      deps=["nsubj", "ROOT", "dobj", "punct", "nsubj", "aux", "advmod", "relcl", "dobj", "cc", "aux",
                            "conj", "advmod", "punct"],
                      tags=["PRP", "VBP", "NNP", ",", "WP", "VBZ", "RB", "VBG", "PRP", "CC", "VBZ", "VBG", "RB", "."],
                      pos=["PRON", "VERB", "PROPN", "PUNCT", "PRON", "AUX", "ADV", "VERB", "PRON", "CCONJ", "AUX",
                           "VERB", "ADV", "PUNCT"],
                      ents=["O", "O", "B-PERSON"] + ["O"] * 11)
    doc = nlp.get_pipe("newsgraph_entities")(doc)
    speaker = subject_of(doc[11], reporting=True)
    assert speaker is not None and speaker.text == "who"
    assert SpeakerResolver(doc).resolve(speaker).name == "Okafor"


def _led_to_concede(verb):
    # "The loss led Okafor to concede it ." with "concede" the infinitive under <verb>
    words = ["The", "loss", verb, "Okafor", "to", "concede", "it", "."]
    return hand_parsed(words, heads=[1, 2, 2, 2, 5, 2, 5, 2],
                       deps=["det", "nsubj", "ROOT", "dobj", "aux", "xcomp", "dobj", "punct"],
                       tags=["DT", "NN", "VBD", "NNP", "TO", "VB", "PRP", "."],
                       pos=["DET", "NOUN", "VERB", "PROPN", "PART", "VERB", "PRON", "PUNCT"],
                       lemmas=["the", "loss", {"led": "lead", "used": "use"}[verb], "Okafor", "to", "concede",
                               "it", "."])


def test_the_object_of_an_object_control_verb_does_the_infinitive():
    assert subject_of(_led_to_concede("led")[5], reporting=True).text == "Okafor"


def test_other_verbs_leave_the_infinitive_to_their_subject():
    # "The loss used Okafor to concede it": no control verb, the climb goes on to the subject
    assert subject_of(_led_to_concede("used")[5], reporting=True).text == "loss"


@pytest.mark.parametrize("text, speaker", [
    ("The narrow defeat led the mayor to concede that the levy had failed.", "the mayor"),
    ("The ruling left many residents to wonder whether the pier would ever open.", "many residents"),
])
def test_the_one_led_to_speak_is_the_speaker(text, speaker):
    assert [q.speaker.text for q in extract(text).quotes] == [speaker]


@pytest.mark.parametrize("text, name", [
    # the article never says where she sits: the last person named who holds the title
    ("Sen. Ana Ruiz spoke on Monday in the capital about the farm bill and its costs.\n\n"
     "The Vermont senator said the bill would hurt dairy farmers.", "Ana Ruiz"),
    ("Gov. Tom Hale opened the new bridge on Monday with a short speech.\n\n"
     "The Ohio governor said the state would build two more.", "Tom Hale"),
    # someone else named since, or a state written for her: no one is named
    ("Sen. Ana Ruiz spoke on Monday in the capital about the farm bill and its costs. Tom Hale, a dairy "
     "farmer, listened.\n\nThe Vermont senator said the bill would hurt dairy farmers.", "Vermont senator"),
    ("Sen. Ana Ruiz, D-Ohio. She spoke on Monday in the capital about the farm bill.\n\n"
     "The Vermont senator said the bill would hurt dairy farmers.", "Vermont senator"),
])
def test_a_placed_title_names_the_last_holder_the_article_places_nowhere(text, name):
    assert [q.speaker.name for q in extract(text).quotes] == [name]


HALE_WINS = "Tom Hale won the primary in Ohio on Tuesday by a wide margin."


@pytest.mark.parametrize("text", [
    # a party before the role names the party, not the person
    f"{HALE_WINS}\n\nThe GOP nominee said the party would unite.",
    # a role written across a hyphen the tokenizer splits
    f"{HALE_WINS}\n\nThe front-runner said the party would unite.",
    # the last one named is of the other party, by title or by tag
    f"{HALE_WINS} Sam Ruiz, a Democratic strategist, called it a fluke.\n\nThe GOP nominee said the party would unite.",
    f"{HALE_WINS} Sam Ruiz (D-Ohio) called it a fluke.\n\nThe GOP nominee said the party would unite.",
])
def test_a_party_role_names_the_last_person_of_that_party(text):
    assert [q.speaker.name for q in extract(text).quotes] == ["Tom Hale"]


def test_the_agent_of_a_participle_asked_the_question():
    text = "Asked by the host whether the pier would open this year, Okafor said it would not."
    quotes = {q.cue_lemma: q.speaker.text for q in extract(text).quotes if q.speaker}
    assert quotes == {"ask": "the host", "say": "Okafor"}


# "Asked by the host about it , Okafor said no ." with "Asked" tagged a past tense, as the
# tagger often reads a sentence's opening participle
ASKED_AS_PAST = [("Asked", 8, "advcl", "VBD", "VERB", "ask"), ("by", 0, "agent", "IN", "ADP", "by"),
                 ("the", 3, "det", "DT", "DET", "the"), ("host", 1, "pobj", "NN", "NOUN", "host"),
                 ("about", 0, "prep", "IN", "ADP", "about"), ("it", 4, "pobj", "PRP", "PRON", "it"),
                 (",", 8, "punct", ",", "PUNCT", ","), ("Okafor", 8, "nsubj", "NNP", "PROPN", "Okafor"),
                 ("said", 8, "ROOT", "VBD", "VERB", "say"), ("no", 8, "dobj", "DT", "DET", "no"),
                 (".", 8, "punct", ".", "PUNCT", ".")]


def test_an_opening_participle_tagged_past_tense_is_asked_by_its_agent():
    words, heads, deps, tags, pos, lemmas = map(list, zip(*ASKED_AS_PAST))
    doc = hand_parsed(words, heads, deps, tags, pos, lemmas=lemmas)
    assert participle_agent(doc[0]).text == "host"
    assert subject_of(doc[0], reporting=True).text == "host"
    assert participle_agent(doc[8]) is None


# (word, head, dep, tag, pos, lemma) for "Okafor stalled in an effort to deny it ." and
# "Okafor mocked Varga 's effort to deny it ."
NOUN_TO_DENY = {
    False: [("Okafor", 1, "nsubj", "NNP", "PROPN", "Okafor"), ("stalled", 1, "ROOT", "VBD", "VERB", "stall"),
            ("in", 1, "prep", "IN", "ADP", "in"), ("an", 4, "det", "DT", "DET", "an"),
            ("effort", 2, "pobj", "NN", "NOUN", "effort")],
    True: [("Okafor", 1, "nsubj", "NNP", "PROPN", "Okafor"), ("mocked", 1, "ROOT", "VBD", "VERB", "mock"),
           ("Varga", 4, "poss", "NNP", "PROPN", "Varga"), ("'s", 2, "case", "POS", "PART", "'s"),
           ("effort", 1, "dobj", "NN", "NOUN", "effort")],
}
TO_DENY_IT = [("to", 6, "aux", "TO", "PART", "to"), ("deny", 4, "acl", "VB", "VERB", "deny"),
              ("it", 6, "dobj", "PRP", "PRON", "it"), (".", 1, "punct", ".", "PUNCT", ".")]


def _noun_to_deny(owner):
    words, heads, deps, tags, pos, lemmas = zip(*(NOUN_TO_DENY[owner] + TO_DENY_IT))
    return hand_parsed(list(words), heads=list(heads), deps=list(deps), tags=list(tags), pos=list(pos),
                       lemmas=list(lemmas))


@pytest.mark.parametrize("owner, speaker", [(False, "Okafor"), (True, "Varga")])
def test_an_infinitive_on_a_noun_is_done_by_its_owner_or_by_who_made_the_effort(owner, speaker):
    assert subject_of(_noun_to_deny(owner)[6], reporting=True).text == speaker
