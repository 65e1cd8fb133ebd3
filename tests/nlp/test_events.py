
import pytest

from newsgraph import extract
from newsgraph.nlp.reference.lexicon import countries


def events(text, **kw):
    return extract(text, **kw).events


def one(text, etype, **kw):
    hits = [e for e in events(text, **kw) if e.type == etype]
    assert hits, [(e.type, e.trigger_text) for e in events(text, **kw)]
    return hits[0]


def names(items):
    return {a.name for a in items}


def test_reciprocal_meeting_codes_both_sides():
    e = one("Chinese President Wu Hao and French President Anne Roux met in Paris on Monday.", "CONSULT",
            published="2023-03-20")
    assert names(e.actor) == {"Wu Hao", "Anne Roux"} == names(e.recipient)
    assert {(a.name, a.country, a.sector) for a in e.actor} >= {("Wu Hao", "CHN", "GOV")}
    assert e.date.value == "2023-03-20" and e.location["text"] == "Paris"


def test_passive_swaps_actor_and_recipient():
    e = one("The convoy was attacked by Somali militants near the border.", "ASSAULT")
    assert "militants" in {a.text.split()[-1] for a in e.actor}
    # a convoy is no party: it is what the attack was done to
    assert not e.recipient and "convoy" in e.target["text"]


def test_speech_act_accuse_with_recipients():
    e = one("Iran accused NATO and the United States of provoking the crisis.", "ACCUSE")
    assert names(e.actor) == {"Iran"}
    assert {(a.country, a.sector) for a in e.recipient} == {("IGO", "GOV"), ("USA", "GOV")}


def test_urged_is_a_request():
    e = one("The Kenyan foreign minister urged Ethiopia to resume talks.", "REQUEST")
    assert names(e.recipient) == {"Ethiopia"} and e.actor[0].country == "KEN"


def test_negated_and_hypothetical_are_marked():
    neg = one("Brazil did not sign the agreement with Argentina.", "SUPPORT")   # signing: SUPPORT
    assert neg.negated
    hyp = one("Turkey threatened to attack Kurdish fighters in Syria.", "ASSAULT")
    assert hyp.hypothetical and not hyp.negated


def test_metonyms_and_capitals_code_governments():
    e = one("The Kremlin criticized Washington over the new sanctions.", "ACCUSE")
    assert (e.actor[0].country, e.actor[0].sector) == ("RUS", "GOV")
    assert e.recipient[0].country == "USA"


def test_every_event_explains_itself():
    found = events("Israel released 100 prisoners. Egypt hosted talks between the two sides.")
    assert len(found) >= 2
    for e in found:
        assert e.reason and e.trigger_text and e.sentence[0] <= e.trigger[0] < e.sentence[1]


# the 249 officially assigned ISO 3166-1 alpha-3 codes
ISO3 = set("""ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD BGR
BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD COG COK COL COM
CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH FIN FJI FLK FRA FRO FSM
GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN IND
IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO
LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT
NAM NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL PRI PRK PRT PRY PSE PYF
QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM
SYC SYR TCA TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB
VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE""".split())


def test_gazetteer_iso3_codes_are_valid():
    assert len(ISO3) == 249
    codes = {v["iso3"] for v in countries().values()}
    assert codes <= ISO3, sorted(codes - ISO3)
    assert len(codes) > 180
    assert {"CHN", "RUS", "UKR", "USA", "GBR", "DEU", "FRA"} <= codes
    assert countries()["chinese"]["iso3"] == "CHN" and countries()["kyiv"]["iso3"] == "UKR"


def test_demand_in_reported_speech_is_a_request():
    e = one("The French foreign minister said Iran must stop enriching uranium.", "REQUEST")
    assert names(e.recipient) == {"Iran"} and e.actor[0].country == "FRA"


def test_a_modal_before_its_subject_supposes_and_asks_nothing():
    assert not [e for e in events("Zephyr Quill wrote, “Should Tomas Berg lose the vote, it is over for him.”")
                if e.type == "REQUEST"]
    e = one("Zephyr Quill wrote that Tomas Berg should resign.", "REQUEST")
    assert names(e.recipient) == {"Tomas Berg"}


@pytest.mark.parametrize("text", ["Kofi Mensah has yet to endorse Grace Okafor.",
                                  "The council is yet to condemn Korvia."])
def test_yet_to_is_not_done(text):
    assert all(e.negated for e in events(text)), [(e.type, e.negated) for e in events(text)]
    assert events(text)


@pytest.mark.parametrize("text", ["Kofi Mensah said he was leaning toward endorsing Grace Okafor.",
                                  "Voters in Port Mara are more likely to support Grace Okafor.",
                                  "The union is ready to endorse Tomas Berg."])
def test_an_act_one_inclines_to_is_not_yet_done(text):
    # "ready to" is also an offer (AGREE, made now); the act offered is not yet done
    found = [e for e in events(text) if e.trigger_text in {"endorsing", "support", "endorse"}]
    assert found and all(e.hypothetical for e in found), [(e.type, e.hypothetical) for e in events(text)]


@pytest.mark.parametrize("text, target", [
    ("A conservative super PAC released an ad on Thursday hitting Tomas Berg for skipping the debate.", "Tomas Berg"),
    ("Harbour PAC attacked Grace Okafor over her record.", "Grace Okafor")])
def test_a_pac_attacks_in_words(text, target):
    e = one(text, "ACCUSE")
    assert e.actor[0].sector == "PTY" and names(e.recipient) == {target}
    assert not [x for x in events(text) if x.type == "ASSAULT"]


def test_willing_to_is_an_offer():
    e = one("Chile is willing to withdraw its soldiers from Bolivia.", "AGREE")
    assert names(e.actor) == {"Chile"} and names(e.recipient) == {"Bolivia"}


def test_future_cooperation_is_coded_agree():
    # the codebook: a meeting or aid reported in the future is an intention, AGREE
    e = one("The Chilean president will meet the Peruvian foreign minister in Lima next week.", "AGREE")
    assert "future" in e.reason and not e.hypothetical
    assert not [x for x in events("The Chilean president will meet the Peruvian foreign minister.")
                if x.type == "CONSULT"]
    assert one("The Chilean president met the Peruvian foreign minister in Lima.", "CONSULT")


def test_codebook_types_for_agreements_releases_and_withdrawals():
    e = one("Chile and Peru signed a trade agreement on Monday.", "SUPPORT")
    assert names(e.actor) == names(e.recipient) == {"Chile", "Peru"}
    e = one("Nigeria released 40 prisoners on Friday.", "RETREAT")
    assert e.mode == "release" and any("prisoners" in a.text for a in e.recipient)
    e = one("Ghana withdrew its peacekeepers from Mali.", "SANCTION")
    assert names(e.recipient) == {"Mali"}
    e = one("Norway summoned the Iranian ambassador to complain about the arrests.", "ACCUSE")
    assert e.recipient[0].country == "IRN"


def test_a_past_refusal_stays_a_negated_event():
    e = one("The Chilean president did not meet the Peruvian foreign minister in Lima.", "CONSULT")
    assert e.negated


def test_recipient_is_the_receiver_or_the_party_behind_an_abstract_object():
    e = one("Italy returned the stolen statue to Greek authorities on Monday.", "RETREAT")
    assert e.recipient[0].country == "GRC"
    e = one("The Kenyan president rejected a request from the opposition leaders.", "REJECT")
    assert "leaders" in e.recipient[0].text
    e = one("Chilean troops remained on alert in Arica.", "MOBILIZE")
    assert [a.text for a in e.recipient] == ["Arica"]
    e = one("Workers at the Chilean copper mine went on strike.", "PROTEST")
    assert not e.recipient


def test_event_nominals_and_counted_parties():
    e = one("Chile announced the release of two Peruvian fishermen.", "RETREAT")
    assert names(e.actor) == {"Chile"} and "fishermen" in e.recipient[0].text
    e = one("Peruvian police detained dozens of protesters in Lima.", "COERCE")
    assert e.recipient[0].text.startswith("dozens of protesters")


def test_pronoun_actor_is_reported_at_its_name_in_the_sentence():
    e = one("The Chilean navy said it had seized a Peruvian fishing boat.", "COERCE")
    assert e.actor[0].text == "The Chilean navy" and e.actor[0].country == "CHL"


def test_a_refusal_stated_for_the_future_is_reject():
    e = one("Chilean President Ana Soto said she will not meet the Peruvian foreign minister.", "REJECT")
    assert e.mode == "meet" and not e.negated
    e = one("Peru rejected a request by Chilean President Maria Gonzalez.", "REJECT")
    assert e.recipient[0].name == "Maria Gonzalez"


def test_acceding_granting_and_failing_follow_the_codebook():
    e = one("The Peruvian government accepted the demands of the striking miners.", "CONCEDE")
    assert "miners" in e.recipient[0].text
    e = one("The court granted the Chilean journalist permission to travel.", "CONCEDE")
    assert "journalist" in e.recipient[0].text
    e = one("Chile and Peru failed to reach agreement on fishing rights.", "REJECT")
    assert not e.negated
    assert one("Peruvian police tortured a Chilean prisoner.", "ASSAULT").mode == "torture"


def test_armed_strikes_hyphenated_nominals_and_compound_objects():
    e = one("Chilean troops struck rebel positions near the border.", "ASSAULT")
    assert "positions" in e.recipient[0].text
    assert [e.type for e in events("Chile announced a cease-fire with Peruvian rebels.")] == ["CONCEDE"]
    assert one("Peruvian rebels broke the cease-fire with Chile.", "ASSAULT")
    e = one("The Peruvian envoy ended mediation efforts between the two Chilean parties.", "SANCTION")
    assert e.mode == "withdraw"


def test_a_nominal_by_or_from_a_party_is_that_party_acting():
    e = one("The Peruvian government faces sharp criticism from Chile over the arrests.", "ACCUSE")
    assert names(e.actor) == {"Chile"} and "government" in e.recipient[0].text
    e = one("Chile reiterated its demand that Peru withdraw its troops.", "REQUEST")
    assert names(e.actor) == {"Chile"} and names(e.recipient) == {"Peru"}
    e = one("Canada completed its withdrawal of soldiers from Haiti.", "RETREAT")
    assert names(e.actor) == {"Canada"}


def test_mobilisation_targets_and_deployments():
    e = one("Peru mobilized the army for a ground offensive against Chilean rebels.", "MOBILIZE")
    assert "rebels" in e.recipient[0].text
    e = one("Chile announced the deployment of 200 troops to Bolivia.", "AID")
    assert names(e.recipient) == {"Bolivia"}
    e = one("The Peruvian army intensified its bombardment of rebel positions.", "ASSAULT")
    assert not [x for x in events("The Peruvian army intensified its bombardment of rebel positions.")
                if x.type == "MOBILIZE"]


@pytest.mark.parametrize("text, country, sector", [
    ("Sudan's government", "SDN", "GOV"), ("Ivory Coast rebels", "CIV", "REB"), ("Thousands of Nigerians", "NGA", None),
    ("the Fijian rebels", "FJI", "REB"), ("U.N. Secretary-General Mara Quist", "IGO", "GOV"),
    ("British Defence Secretary Piet Voss", "GBR", "GOV"), ("Israeli intelligence officials", "ISR", "SPY"),
    ("Hezbollah guerrillas", "LBN", "REB"), ("Israeli tanks", "ISR", "MIL"), ("Angry French paper workers", "FRA", "LAB"),
    ("a former Rwandan minister", "RWA", "ELI"),
])
def test_actor_coding_from_words(text, country, sector):
    from newsgraph.nlp.reference.actors import code_actor
    assert code_actor(text, None) == (country, sector)


def test_aid_goes_to_the_place_named_and_citizen_boycotts_are_protests():
    e = one("Germany provided 28 million euros to help displaced families in Yemen.", "AID")
    assert names(e.recipient) == {"Yemen"}
    e = one("Opposition parties in Peru boycotted the presidential election.", "PROTEST")
    assert e.mode == "boycott"
    assert one("Chile boycotted the summit in Lima.", "REJECT")


def test_non_events_in_political_news_are_not_coded():
    assert not events("Police released video of the arrest on Monday.")
    assert not events("Senator Maria Gonzalez held a campaign rally in Ohio.")
    assert not events("Senator Maria Gonzalez attacked loopholes in the tax code.")
    assert not events("Democrats seized upon the remark in Ohio.")
    e = one("Maria Gonzalez renewed her attacks on John Smith over the budget.", "ACCUSE")
    assert e.mode == "disapprove"
    assert one("Chilean rebels renewed their attacks on the army base.", "ASSAULT")


def test_joint_exercises_and_undone_agreements():
    e = one("The war game was staged by Chilean marines and Peruvian armed forces.", "COOPERATE")
    assert len(e.actor) == 2 and len(e.recipient) == 2
    evs = events("Chilean rebels and the Peruvian army violated the ceasefire agreement in Arica.")
    assert "AGREE" not in {e.type for e in evs}
    e = one("Peruvian President Maria Gonzalez ordered massive attacks on Arica.", "ASSAULT")


def test_the_two_leaders_and_what_is_discussed():
    text = ("Chilean President Maria Gonzalez flew to Lima to see Peruvian President Jorge Castillo. "
            "The two leaders will discuss trade between Chile and Peru.")
    e = one(text, "AGREE")      # a future meeting: the codebook's AGREE
    assert names(e.actor) == names(e.recipient) == {"Maria Gonzalez", "Jorge Castillo"}


def test_no_event_of_a_party_on_itself_through_a_pronoun():
    pardons = events("Chilean President Maria Gonzalez pardoned him on Friday.")
    assert all(e.actor for e in pardons)
    for e in pardons:
        assert not {a.name for a in e.actor} & {a.name for a in e.recipient}
    e = one("Peruvian troops continued their attacks on the rebel-held region near Arica.", "ASSAULT")
    assert "region" in e.recipient[0].text


def test_material_acts_are_placed_where_the_clause_says():
    e = one("Chilean rebels agreed to hand in their rifles in northern Peru.", "AGREE")
    assert e.recipient[0].country == "PER"
    e = one("Peru freed 37 prisoners late on Tuesday, including members of Chilean groups.", "RETREAT")
    assert "prisoners" in e.recipient[0].text


def test_contexts_are_given_where_the_words_say_so():
    e = one("Peruvian troops shelled rebel positions near the border with Chile.", "ASSAULT")
    assert e.context.split(", ")[0] == "military"
    e = one("The court convicted the Chilean smugglers of drug trafficking.", "ACCUSE")
    assert {"legal", "illegal_drugs"} <= set(e.context.split(", "))
    e = one("Chilean President Maria Gonzalez met Peruvian President Jorge Castillo in Lima.", "CONSULT")
    assert e.context == "diplomatic"     # two states' governments
    e = one("Maria Gonzalez praised John Smith.", "SUPPORT")
    assert e.context is None


def test_audiences_and_messages_are_not_consultations_or_aid():
    assert not events("Mr. Halden, speaking to students at a county college, said the war must end.")
    assert not events("The program sent a terrible message to voters.")
    e = one("Chile sent condolences to Peru after the earthquake.", "SUPPORT")
    assert names(e.recipient) == {"Peru"}


def test_campaign_language_is_not_violence_or_aid():
    assert not [e for e in events("Senator Maria Gonzalez captured her home state of Ohio.") if e.type == "ASSAULT"]
    assert one("Chilean rebels captured three towns near the border.", "ASSAULT")
    assert not events("Police received 911 calls from the Chilean embassy.")
    assert not events("Maria Gonzalez will deliver a closing address in Ohio tonight.")
    e = one("Chile is sending a military platoon to Peru.", "AID")
    assert names(e.recipient) == {"Peru"}


def test_figurative_and_named_verbs_are_not_events():
    assert not events('He said on "Meet the Press" that he expects to be vetted.')
    assert not events("Maria Gonzalez is using her rival as a shield against attacks.")
    assert not events("She committed a crime.")
    assert not events("Asked what a real compromise means, Maria Gonzalez replied that it was far off.")
    assert one("Peruvian rebels used Chilean civilians as human shields.", "ASSAULT").mode == "abduct"


def test_an_object_that_is_no_party_is_the_target_not_a_recipient():
    e = one("Senator Ruth Amsel criticized the merger on Monday.", "ACCUSE")
    assert not e.recipient and e.target["text"] == "the merger"
    text = "Senator Ruth Amsel criticized the merger on Monday."
    assert text[slice(*e.target["span"])] == "the merger"


def test_people_and_named_parties_stay_recipients():
    e = one("The minister praised the students for their work.", "SUPPORT")
    assert [a.text for a in e.recipient] == ["the students"] and e.target is None
    e = one("Police arrested three protesters in the capital.", "COERCE")
    assert e.recipient and "protesters" in e.recipient[0].text


def test_a_concern_told_to_someone_consults_them():
    [e] = newsgraph_events("The foreign minister expressed concerns to his Chilean counterpart, Rosa Vidal, on Monday.")
    assert e.type == "CONSULT" and [a.name for a in e.recipient] == ["Rosa Vidal"]


def test_a_concern_accuses_what_it_is_about():
    events = newsgraph_events("The foreign minister voiced concern to Rosa Vidal over the Chilean blockade of the port.")
    assert {(e.type, tuple(a.country for a in e.recipient)) for e in events} >= {("ACCUSE", ("CHL",))}
    assert any(e.type == "CONSULT" and [a.name for a in e.recipient] == ["Rosa Vidal"] for e in events)
    [e] = newsgraph_events("The ministry expressed concern about the merger.")
    assert e.type == "ACCUSE" and not e.recipient and e.target["text"] == "the merger"


def newsgraph_events(text):
    from newsgraph import extract
    return list(extract(text).events)


def test_urging_talks_with_x_is_a_request_to_the_party_addressed():
    text = ("On Thursday, the minister expressed concerns to Rosa Vidal, his Chilean counterpart, "
            "and encouraged negotiations with Peru to find a solution.")
    [request] = [e for e in newsgraph_events(text) if e.type == "REQUEST"]
    assert [a.name for a in request.recipient] == ["Rosa Vidal"]


def test_urging_talks_with_no_one_addressed_has_the_talks_as_target():
    [request] = [e for e in newsgraph_events("The envoy urged talks with the rebels.") if e.type == "REQUEST"]
    assert not request.recipient and request.target["text"] == "talks with the rebels"


@pytest.mark.parametrize("text", [
    "Rising prices forced many families to change their plans.",     # no party acts
    "The proposal drew harsh criticism from the ministry.",
    "Staff writer Ana Ruiz contributed from Lima.",                   # a byline
])
def test_no_event_without_a_party_acting_or_from_a_byline(text):
    from newsgraph import extract
    assert not [e for e in extract(text).events if e.type in {"COERCE", "AID"} or
                any(a.text.lower().endswith(("prices", "proposal")) for a in e.actor)]


def test_a_name_the_tagger_missed_is_still_a_party():
    [e] = newsgraph_events("Officials said Okonkwo praised the Lagos council on Friday.")
    assert e.type == "SUPPORT" and e.actor and e.recipient


def test_a_violent_act_condemned_is_a_target_not_its_sufferer():
    e = one("The Bayland government condemned the invasion of Marovia on Tuesday.", "ACCUSE")
    assert e.recipient == () and e.target["text"] == "the invasion"
    e = one("Bayland condemned the attack on Marovia.", "ACCUSE")
    assert e.recipient == () and e.target["text"] == "the attack"
    # the act itself keeps whoever it was done to
    e = one("Bayland troops carried out an attack on Marovia.", "ASSAULT")
    assert names(e.recipient) == {"Marovia"}


@pytest.mark.parametrize("text, etype, first, second", [
    ("The defence ministers of Bayland and Korvia met in Port Mara on Tuesday.", "CONSULT",
     "The defence ministers of Bayland", "Korvia"),
    ("Bayland and Korvia's foreign ministers met briefly on Monday.", "CONSULT", "Bayland", "Korvia's foreign ministers"),
    ("The navies of Bayland and Korvia held joint exercises in October.", "COOPERATE", "The navies of Bayland", "Korvia"),
])
def test_a_coordinated_modifier_gives_the_two_sides(text, etype, first, second):
    e = one(text, etype)
    assert [a.text for a in e.actor] == [first, second]
    assert {a.text for a in e.recipient} == {first, second}


def test_two_parties_agreeing_are_each_others_recipients_and_a_third_stays():
    e = one("Ines Madaki and Ada Okafor agreed to share information on Marovia.", "AGREE")
    assert {"Ines Madaki", "Ada Okafor"} <= names(e.recipient)
    # a party met "with" is the one met, not the actors themselves
    e = one("Ines Madaki and Ada Okafor held talks with Kofi Mensah in Port Mara.", "CONSULT")
    assert names(e.recipient) == {"Kofi Mensah"}


def test_mediation_consults_both_sides():
    e = one("The Marovian Council launched a mediation effort between Bayland and Korvia.", "CONSULT")
    assert [a.name for a in e.recipient] == ["Bayland", "Korvia"]      # each once


def test_people_fleeing_a_place_are_the_recipients_not_the_place():
    e = one("Bayland opened its borders to refugees fleeing the war in Korvia.", "AID")
    assert [a.text for a in e.recipient] == ["refugees"]


def test_a_refusal_until_a_condition_is_put_to_the_party_of_the_condition():
    e = one("The nurses will not end the strike before the health ministry meets their demands.", "REJECT")
    assert [a.text for a in e.recipient] == ["the health ministry"]


def test_what_is_returned_is_no_recipient_wherever_the_parse_hangs_to():
    e = one("Bayland returned 40 clay tablets that date back to 300 B.C. to Korvia on Monday.", "RETREAT")
    assert names(e.recipient) == {"Korvia"}


def test_what_is_made_or_moved_is_no_recipient():
    e = one("The Marovian government has agreed to set up a new research institute in Bayland.", "AGREE")
    assert names(e.recipient) == {"Bayland"}
    e = one("Bayland is willing to withdraw its troops from the border zone.", "RETREAT")
    assert not e.recipient and e.target["text"] == "the border zone"
    # forces attacked are still the ones attacked
    e = one("Korvian soldiers attacked Bayland's troops near the border.", "ASSAULT")
    assert names(e.recipient) == {"Bayland"}


def test_a_violent_act_as_subject_is_done_by_its_agent():
    e = one("A car bombing by the Korvian Liberation Front killed at least 12 people in Port Mara.", "ASSAULT")
    assert [a.text for a in e.actor] == ["the Korvian Liberation Front"]


def test_capitals_the_tagger_read_as_a_common_noun_are_an_agency():
    # "KMA returned the statues …" with "KMA" parsed as a common noun (NN), as the model does
    # for some agencies; built by hand because the model's reading varies with the letters
    import spacy
    from spacy.tokens import Doc
    from newsgraph.nlp.events.finder import EventFinder
    words = ["KMA", "returned", "the", "statues", "to", "Peru", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1, 1, 4, 1],
              deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
              tags=["NN", "VBD", "DT", "NNS", "IN", "NNP", "."],
              pos=["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"])
    assert EventFinder._acronym(doc[0])
    assert not EventFinder._acronym(doc[2]) and not EventFinder._acronym(doc[3])
    shout = Doc(spacy.blank("en").vocab, words=["KMA", "RETURNED", "THE", "STATUES", "."],
                heads=[1, 1, 3, 1, 1], deps=["nsubj", "ROOT", "det", "dobj", "punct"])
    assert not EventFinder._acronym(shout[0])     # a headline in capitals: every word is


def test_refusing_to_end_a_strike_until_a_party_acts_is_put_to_that_party():
    ev = [e for e in extract("The dock workers said they will not end the strike until the Port Mara "
                             "authority pays them.").events if e.trigger_text == "end"]
    assert [e.type for e in ev] == ["REJECT"]
    assert [a.text for a in ev[0].actor] == ["The dock workers"]
    assert [(r.name, r.sector) for r in ev[0].recipient] == [("Port Mara", "GOV")]   # its authority


def test_a_refusal_with_a_condition_party_keeps_its_object_as_target():
    e, = [e for e in extract("Korvia will not lift the embargo until the rebels disarm.").events]
    assert e.type == "REJECT" and [r.text for r in e.recipient] == ["the rebels"]
    assert e.target["text"] == "the embargo"


def test_ending_a_protest_is_a_retreat():
    e, = extract("The farmers' union halted its protests in Port Mara on Monday.").events
    assert e.type == "RETREAT"


def test_peacekeepers_arriving_somewhere_assist_it():
    e, = extract("Korvian peacekeepers arrive in Port Mara to join the mission.").events
    assert e.type == "AID" and [a.sector for a in e.actor] == ["MIL"]
    assert [r.name for r in e.recipient] == ["Port Mara"]


def test_troops_deployed_without_a_peacekeeping_word_mobilise():
    e, = extract("Korvia deployed troops to the border.").events
    assert e.type == "MOBILIZE"


def test_aid_to_a_mission_goes_to_the_country_it_serves():
    e, = extract("Korvia is sending troops to the United Nations peacekeeping force in Somalia.").events
    assert e.type == "AID" and [r.name for r in e.recipient] == ["Somalia"]
    offer = [e for e in extract("Korvia is ready to contribute troops to an African Union force in "
                                "Somalia.").events if e.type == "AGREE"]
    assert [r.name for r in offer[0].recipient] == ["Somalia"]


def test_people_acted_on_are_the_recipient_not_the_place_named_beside_them():
    e, = extract("Senator Ada Okafor is thanking supporters at a victory rally in Port Mara.").events
    assert [r.text for r in e.recipient] == ["supporters"]


def test_signing_a_bill_is_no_agreement_but_signing_an_accord_is():
    assert not [e for e in extract("Governor Ada Okafor signed a bill on Thursday ending the tax.").events
                if e.trigger_text == "signed"]
    e, = extract("Korvia signed a trade agreement with Bayland.").events
    assert e.type == "SUPPORT" and [r.name for r in e.recipient] == ["Bayland"]


def test_one_politician_hitting_another_is_criticism_and_a_court_striking_down_a_law_no_attack():
    e, = extract("Senator Ines Madaki hit Governor Kofi Mensah over his tax plan on Monday.").events
    assert e.type == "ACCUSE"
    assert not extract("The Supreme Court struck down a restrictive Bayland abortion law.").events
    e, = extract("Korvian jets struck rebel positions near Port Mara.").events
    assert e.type == "ASSAULT"


def test_a_byline_contribution_and_a_press_conference_are_no_events():
    assert not extract("Ada Okafor contributed reporting from Port Mara.").events
    assert not extract("Kofi Mensah held a press conference in Port Mara on Monday.").events
    # (a fund "for Bayland" was read as Korvia's own, Korvia aiding Korvia: see test_event_sides.py)
    e, = extract("Korvia contributed $3 million to Bayland for flood relief.").events
    assert e.type == "AID"
    assert [a.name for a in e.actor] == ["Korvia"] and [r.name for r in e.recipient] == ["Bayland"]


def test_a_headline_reports_no_event_unless_the_config_keeps_it():
    text = "Korvia refuses to lift embargo on Bayland\n\nKorvia refused to lift the embargo on Bayland on Monday."
    body = text.index("\n\n")
    assert all(e.trigger[0] > body for e in extract(text).events)
    import newsgraph
    from newsgraph.nlp.pipeline import build
    nlp = build(None)
    nlp.get_pipe("newsgraph_events").skip_headline = False
    doc = nlp(text)
    assert any(e["trigger"][0] < body for e in doc._.ng_events)
    assert newsgraph.to_record(doc).events


def test_going_back_somewhere_and_a_danger_are_no_events():
    assert not extract("Kofi Mensah returns to Port Mara on Monday.").events
    assert not extract("Ada Okafor said Korvia was a very big threat to the region.").events
    e, = extract("Korvia issued a threat against Bayland on Monday.").events
    assert e.type == "THREATEN"


def test_freeing_people_is_a_release_and_freeing_funds_is_none():
    e = one("Marovia let free some 30 political prisoners.", "RETREAT")
    assert e.recipient and e.recipient[0].text == "some 30 political prisoners"
    e = one("The government of Chile has freed a former opposition candidate.", "RETREAT")
    assert "candidate" in e.recipient[0].text
    assert not [x for x in events("The company freed up funds for research.") if x.type == "RETREAT"]


def test_handing_back_to_an_owner_is_a_return_to_the_owner():
    e = one("The FBI returned a medieval manuscript to its owners 70 years after it was stolen by soldiers.",
            "RETREAT")
    assert [r.text for r in e.recipient] == ["its owners"]


def test_a_verdict_of_guilt_accuses_the_one_found_guilty():
    e = one("A court in Port Mara found Kofi Mensah guilty of taking bribes.", "ACCUSE")
    assert names(e.recipient) == {"Kofi Mensah"} and e.actor[0].text == "A court"


def test_an_unnamed_arrest_in_a_country_is_that_state_s_and_the_charge_is_no_event():
    found = events("Kofi Mensah was arrested in Chile for collaborating with a rebel group.")
    assert [(e.type, e.actor[0].country) for e in found] == [("COERCE", "CHL")]
    assert names(found[0].recipient) == {"Kofi Mensah"}
    assert not events("Kofi Mensah was arrested on Monday.")     # no agent, no country: no actor


def test_held_discussions_pressure_and_taking_in_refugees():
    e = one("Ines Madaki held bilateral discussions with the Korvian president at her office today.", "CONSULT")
    assert "president" in e.recipient[0].text
    e = one("The police have been pressuring the striking nurses to return to work.", "REQUEST")
    assert "nurses" in e.recipient[0].text
    e = one("Norway accepted 2,000 Syrian refugees last year.", "AID")
    assert "refugees" in e.recipient[0].text
    assert not [x for x in events("The senators pressured the governor.") if x.type == "REQUEST"]


def test_a_counted_group_is_a_party():
    e = one("A majority of the 3,000 nurses on strike say they will not end the strike until the ministry "
            "provides more staff.", "REJECT")
    assert "nurses" in e.actor[0].text and names(e.recipient) == {"ministry"}


def test_a_document_s_author_accuses_and_an_inquiry_is_into_the_clause_s_subject():
    e = one("The parliament of Chile passed a resolution Thursday criticizing President Ada Okafor for "
            "delaying the elections.", "ACCUSE")
    assert e.actor[0].text == "The parliament" and names(e.recipient) == {"Ada Okafor"}
    e = one("The ministry issued a statement condemning the Korvian government.", "ACCUSE")
    assert e.actor[0].text == "The ministry"
    e = one("The military police have launched an investigation into claims that two soldiers abused "
            "prisoners in Korvia.", "ACCUSE")
    assert [r.text for r in e.recipient] == ["two soldiers"]
    e = one("A spokesman for President Ada Okafor on Wednesday disputed the findings of the UN report.", "ACCUSE")
    assert e.actor[0].text == "A spokesman"


def test_training_forces_and_joint_exercises_are_cooperation():
    e = one("The US military trains Iraqi pilots to fly jets.", "COOPERATE")
    assert "pilots" in e.recipient[0].text
    e = one("Norway and Chile began a new round of joint military exercises today.", "COOPERATE")
    assert names(e.actor) == names(e.recipient) == {"Norway", "Chile"}
    assert not [x for x in events("The boxer trained on Miami Beach in his early days.") if x.type == "COOPERATE"]


def test_a_conflictual_act_announced_for_the_future_is_a_threat_of_it():
    e = one("The government will extend the nightly curfew in Chile.", "THREATEN")
    assert e.mode == "restrict" and e.actor[0].text == "The government"
    e = one("The opposition parties said they would boycott the April elections.", "THREATEN")
    assert e.mode == "restrict"
    e = one("The union will hold a protest outside the embassy on Thursday.", "THREATEN")
    assert e.mode == "restrict"
    e = one("The police will arrest the protest leaders.", "THREATEN")
    assert e.mode == "arrest"
    # a decision or a premeditated act in the past is the act itself
    assert not [x for x in events("The rebels carried out a planned attack on the base in Mali.")
                if x.type == "THREATEN"]
    assert [x.type for x in events("Norway agreed to impose sanctions on Chile's leaders.")
            if x.trigger_text == "impose"] == ["SANCTION"]


def test_easing_sanctions_and_tariffs_concedes_to_the_country_they_were_imposed_on():
    e = one("Norway has decided to partially lift economic sanctions imposed on Chile.", "CONCEDE")
    assert names(e.recipient) == {"Chile"}
    e = one("The US rolled back tariffs on Chinese goods.", "CONCEDE")
    assert e.recipient[0].country == "CHN"


def test_a_ceasefire_declared_in_a_country_and_forces_leaving_one():
    e = one("In Colombia, the rebels declared a monthlong ceasefire on 1 April.", "CONCEDE")
    assert names(e.recipient) == {"Colombia"}         # the date is no recipient
    e = one("American troops have begun leaving Afghanistan.", "RETREAT")
    assert e.mode == "withdraw" and names(e.recipient) == {"Afghanistan"}
    assert not events("The senator left the party in 2019.")


def test_aid_made_of_supplies_and_experts_is_a_gift():
    e = one("The health ministry sent a team of medical experts, equipment and drugs to the hospital.", "AID")
    assert e.actor[0].text == "The health ministry"
    assert not [x for x in events("The health ministry sent a team of inspectors to the hospital.") if x.type == "AID"]


def test_an_owned_commitment_is_an_agreement_and_allowing_access_a_retreat():
    e = one("The UN chief reiterated the organisation's commitment to supporting Chile's sovereignty.", "AGREE")
    assert e.actor[0].text == "the organisation" and e.recipient[0].country == "CHL"
    e = one("The government said it would allow the access of UN workers for relief purposes.", "RETREAT")
    assert e.mode == "access" and [r.text for r in e.recipient] == ["UN workers"]


def test_campaign_talk_that_is_no_event():
    assert not [e for e in events("Kofi Mensah warned that the party establishment is growing nervous.")
                if e.type == "THREATEN"]
    e = one("President Ada Okafor warned the Korvian envoy that her government would expel him.", "THREATEN")
    assert "envoy" in e.recipient[0].text
    assert not [e for e in events("Ines Madaki discussed the record of Kofi Mensah in her speech.")
                if e.type in {"CONSULT", "AGREE"}]
    assert not [e for e in events("Ines Madaki will formally accept the party's nomination on Thursday.")
                if e.type == "AGREE"]
    assert not events("The senator suspended his campaign on Tuesday night.")
    assert not [e for e in events("Kofi Mensah is refusing to attack his rivals.") if e.type == "REJECT"]


def test_talks_held_to_discuss_are_with_the_one_called_and_accepting_a_proposal_agrees():
    e = one("Kofi Mensah called Ada Okafor on Monday to discuss the border dispute.", "CONSULT")
    assert names(e.recipient) == {"Ada Okafor"}
    e = one("The dock workers accepted the proposal from the port authority of Chile.", "AGREE")
    assert e.actor[0].text == "The dock workers"


def test_the_actor_s_own_position_is_no_party_but_another_person_s_is():
    assert not [e for e in events("Kofi Mensah defended his record on his radio show.") if e.type == "SUPPORT"]
    found = [e for e in events("Kofi Mensah congratulated Ada Okafor for her victory and praised her effort.")
             if e.type == "SUPPORT"]
    assert {e.trigger_text for e in found} == {"congratulated", "praised"}


def test_asked_by_someone_the_asker_acts():
    e = one("Asked by Ines Madaki to respond to the criticism, Kofi Mensah said he had no comment.", "REQUEST")
    assert names(e.actor) == {"Ines Madaki"} and names(e.recipient) == {"Kofi Mensah"}


def test_naming_someone_and_speaking_to_a_gathering_are_no_calls():
    assert not events("Kofi Mensah has also called the senator “the next great reformer” in a speech.")
    assert not [e for e in events("Ines Madaki, who was speaking to the Conference of Mayors, did not name him.")
                if e.type == "CONSULT"]


def test_a_call_on_a_day_is_a_call_and_a_call_on_someone_to_act_a_request():
    e = one("Kofi Mensah called Ada Okafor on Monday.", "CONSULT")
    assert e.mode == "phone" and names(e.recipient) == {"Ada Okafor"}
    e = one("Kofi Mensah called Ada Okafor on Friday to congratulate her on the victory.", "CONSULT")
    assert names(e.recipient) == {"Ada Okafor"}
    found = events("Kofi Mensah called on Ada Okafor to resign.")
    assert [(e.type, names(e.actor)) for e in found] == [("REQUEST", {"Kofi Mensah"}), ("RETREAT", {"Ada Okafor"})]
    assert found[1].hypothetical       # the resignation is only asked for
    e = one("Kofi Mensah urged Ada Okafor to resign.", "RETREAT")
    assert names(e.actor) == {"Ada Okafor"} and e.hypothetical


def test_war_games_cooperate_and_a_name_with_a_capitalised_preposition_is_a_party():
    e = one("Norway and its allies launch war games near the border.", "COOPERATE")
    assert "Norway" in names(e.actor)
    e = one("Doctors Against Hunger says it is providing food assistance to 30,000 people in northern Mali.", "AID")
    assert e.actor[0].text.startswith("Doctors")
    # the charge a man was accused of is no event of his
    found = events("US federal investigators shared evidence with Chile against Kofi Mensah, a man previously "
                   "accused of plotting to attack a newspaper.")
    assert [e.type for e in found] == ["COOPERATE"]


def test_donations_from_someone_are_theirs_and_a_modal_consequence_leaves_the_act_real():
    e = one("The activist asked whether Ada Okafor would forsake campaign donations from oil companies.", "AID")
    assert "oil companies" in e.actor[0].text and names(e.recipient) == {"Ada Okafor"}
    e = one("Kofi Mensah's repeated accusations toward the ministry could galvanize his rivals.", "ACCUSE")
    assert not e.hypothetical and not e.negated


def test_press_interviews_shared_opinions_and_anonymity_boilerplate_are_no_events():
    assert not events("The Huffington Post spoke with Ines Madaki on the latest episode of its podcast.")
    assert not events("Only a quarter of Americans agree with Kofi Mensah.")
    assert [e.type for e in events("Norway agreed with Chile on a new trade pact.")] == ["SUPPORT"]
    assert not [e for e in events("This is no combat mission, one official said, speaking on the condition of "
                                  "anonymity to discuss directives to the Pentagon.") if e.type == "CONSULT"]
    [e] = [x for x in events("Kofi Mensah later blamed his hesitancy to condemn the senator on a bad earpiece.")
           if x.trigger_text == "condemn"]
    assert e.negated


def test_visits_made_together_meeting_a_standard_and_no_comment():
    e = one("Kofi Mensah and Ada Okafor both still visited Port Mara.", "CONSULT")
    assert names(e.recipient) == {"Port Mara"}       # they visited the city, not each other
    assert not events("The board ruled that Kofi Mensah met the citizenship criteria.")
    assert not events("Ada Okafor declined to comment on the report.")
    e = one("The bank refused to respond to a request from the Chilean authorities for records.", "REJECT")
    assert e.actor[0].text == "The bank"


def test_a_modal_carries_down_to_its_purpose_and_conjuncts():
    [e] = events("Kofi Mensah would use the proceeds to cut tax rates and give workers a 500 dollar credit.")
    assert e.type == "AID" and e.hypothetical
    assert not one("Kofi Mensah met Ada Okafor to discuss the border.", "CONSULT").hypothetical


@pytest.mark.parametrize("people", ["his rivals", "the candidates", "two guests", "the regulators", "many households"])
def test_people_an_election_or_a_household_names_are_recipients_not_targets(people):
    [e] = events(f"Kofi Mensah criticized {people} on Monday.")
    assert e.type == "ACCUSE" and [a.text for a in e.recipient] == [people] and e.target is None


def test_attacking_rivals_is_criticism_and_refraining_from_it_negates_it():
    e = one("Ines Madaki attacked her rivals in a long speech.", "ACCUSE")
    assert [a.text for a in e.recipient] == ["her rivals"] and not e.negated
    assert one("Ines Madaki refrained from attacking her rivals.", "ACCUSE").negated
    assert one("Korvia abstained from condemning Marovia at the summit.", "ACCUSE").negated
    assert not one("Korvia condemned Marovia at the summit.", "ACCUSE").negated


def test_types_the_manual_says_require_a_recipient_need_a_party():
    assert not [e for e in events("The platform suspended 3,000 accounts last year.") if e.type == "SANCTION"]
    assert not [e for e in events("Kofi Mensah is donating his services to the effort.") if e.type == "AID"]
    e = one("Norway sent food aid to Korvia.", "AID")
    assert names(e.recipient) == {"Korvia"}


def test_a_promise_made_to_no_one_is_no_agree_but_a_promised_act_is():
    assert not [e for e in events("Ines Madaki pledged a bold new era on Monday.") if e.type == "AGREE"]
    assert not [e for e in events("Ines Madaki vowed a better economy for everyone.") if e.type == "AGREE"]
    e = one("Korvia has agreed to allow aid convoys into the northern province.", "AGREE")
    assert names(e.actor) == {"Korvia"}
    e = one("Korvia promised a ceasefire on Monday.", "AGREE")
    assert e.target and "ceasefire" in e.target["text"]


def test_an_endorsement_won_is_given_by_its_of_party():
    e = one("Ines Madaki won the endorsement of the Port Mara Teachers Union on Monday.", "SUPPORT")
    assert [a.text for a in e.actor] == ["the Port Mara Teachers Union"] and names(e.recipient) == {"Ines Madaki"}
    e = one("Kofi Mensah announced his endorsement of Ines Madaki.", "SUPPORT")
    assert names(e.actor) == {"Kofi Mensah"} and names(e.recipient) == {"Ines Madaki"}


def test_hitting_someone_with_ads_is_criticism_and_where_they_ran_is_no_party():
    e = one("A super PAC has been hitting Kofi Mensah with ads in Port Mara.", "ACCUSE")
    assert names(e.recipient) == {"Kofi Mensah"}
    assert one("Rebels hit the town with rockets.", "ASSAULT")


def test_support_given_or_thrown_to_someone_is_support():
    for verb in ("gave", "threw", "lent"):
        e = one(f"Kofi Mensah {verb} his support to Ada Okafor.", "SUPPORT")
        assert names(e.recipient) == {"Ada Okafor"}


def test_an_election_captured_is_no_assault_and_reluctance_negates():
    assert not events("Officials expect that Democrats will capture the Senate in November.")
    assert one("Rebels captured the capital on Monday.", "ASSAULT")
    assert one("Kofi Mensah, who was reluctant to endorse Ines Madaki, spoke on Monday.", "SUPPORT").negated
    assert one("Korvia is unwilling to condemn Marovia.", "ACCUSE").negated


def test_releasing_a_statement_or_data_frees_no_one():
    assert not [e for e in events("The pollster released data on Monday that suggest Korvia is unhappy.")
                if e.type == "RETREAT"]
    assert not [e for e in events("Kofi Mensah released a new ad in Port Mara.") if e.type == "RETREAT"]
    e = one("Marovia released the hostages.", "RETREAT")
    assert [a.text for a in e.recipient] == ["the hostages"]


def test_a_demand_in_speech_is_made_of_the_subject_itself():
    e = one("Kofi Mensah said Ines Madaki should leave the race.", "REQUEST")
    assert names(e.recipient) == {"Ines Madaki"}
    e = one("Kofi Mensah said Korvia and Marovia must talk.", "REQUEST")
    assert names(e.recipient) == {"Korvia", "Marovia"}
    # passive: what is asked for is the target, no one named is asked
    e = one("Kofi Mensah said the foundation should be disbanded.", "REQUEST")
    assert not e.recipient and e.target["text"] == "the foundation"
    for text in ("Kofi Mensah said he needed to speak to the candidate first.",
                 "Kofi Mensah said the notion that Korvia could win should worry Marovia.",
                 "“It should shock everyone,” Kofi Mensah said.",
                 "“We should get rid of the fees entirely,” said Kofi Mensah."):
        assert not [e for e in events(text) if e.type == "REQUEST"], text


def test_calling_out_hosting_a_fundraiser_and_meeting_the_press():
    e = one("Ines Madaki is calling out Kofi Mensah for his remarks.", "ACCUSE")
    assert names(e.recipient) == {"Kofi Mensah"}
    assert not events("Kofi Mensah will co-host a fundraiser in Port Mara on Thursday.")
    assert one("Korvia hosted a dinner for the president of Marovia.", "CONSULT")
    assert not events("The minister spoke during a meeting with reporters at the United Nations.")
    assert one("Korvia's president held a meeting with Marovia's leader.", "CONSULT")


def test_a_modal_governs_the_means_it_names():
    e = one("She said the bank might achieve better results by coordinating with other central banks.", "COOPERATE")
    assert e.hypothetical
    assert not one("Korvia won the war by attacking Marovia.", "ASSAULT").hypothetical


def test_rejecting_an_accusation_defends_the_accused():
    for text in ("Kofi Mensah dismissed criticism of Ines Madaki's remarks as partisan.",
                 "Korvia rejected the accusations against its army."):
        assert not [e for e in events(text) if e.type == "REJECT" and e.recipient], text
    for text in ("Korvia denied the allegations by Marovia.", "Korvia rejected Marovia's accusations."):
        assert names(one(text, "REJECT").recipient) == {"Marovia"}


def test_an_act_avoided_is_negated_not_refused():
    e = one("Korvia has avoided directly criticizing Marovia.", "ACCUSE")
    assert e.negated
    assert one("Korvia avoided attacking Marovia's ships.", "ASSAULT").negated


@pytest.mark.parametrize("text", [
    "Kofi Mensah will arrive at the convention with enough pledged delegates to file reports.",
    "Ines Madaki leads Kofi Mensah by 271 pledged delegates."])
def test_pledged_delegates_are_a_count_not_a_pledge(text):
    assert not [e for e in events(text) if e.type == "AGREE"]


def test_where_it_happened_is_no_second_recipient():
    e = one("Korvia criticized Marovia at the United Nations on Monday.", "ACCUSE")
    assert names(e.recipient) == {"Marovia"}
    e = one("Kofi Mensah met Ines Madaki at the White House.", "CONSULT")
    assert "the White House" not in [a.text for a in e.recipient]
    e = one("Kofi Mensah called on Ines Madaki and Ada Okafor to resign.", "REQUEST")
    assert len(e.recipient) == 2      # "called on X" names whom it asks, not where


def test_co_subjects_of_a_pledge_act_side_by_side_not_with_each_other():
    for text in ("Kofi Mensah and Ines Madaki promised to lead the fight against the tax.",
                 "Korvia and Marovia pledged to cut emissions."):
        assert not [e for e in events(text) if e.type == "AGREE" and e.recipient
                    and {a.name for a in e.recipient} == {a.name for a in e.actor}], text
    e = one("Korvia and Marovia agreed to share border data.", "AGREE")
    assert names(e.recipient) >= {"Korvia", "Marovia"}      # an agreement is with each other


def test_the_one_told_to_keep_doing_a_thing_does_it():
    text = "Mr. Kofi Mensah said he had instructed Ines Madaki to continue negotiating with the Korvian government."
    talks = [e for e in extract(text).events if e.trigger_text == "negotiating"]
    assert talks and [a.name for a in talks[0].actor] == ["Ines Madaki"]
