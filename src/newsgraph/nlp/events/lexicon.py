"""PLOVER v2 triggers and the word classes of the event rules, written for newsgraph from the codebook's
definitions (kept as data; `finder.py` holds the logic; actor gazetteers are in `reference/gazetteer.py`)."""
from __future__ import annotations

from ...plover import FUTURE_RECODE, REFUSAL_MODES as REFUSALS  # noqa: F401  (the one PLOVER table)

# verb lemma -> (event type, mode). A verb may also need a particle or object word to
# fire; see PHRASE_TRIGGERS.
VERB_TRIGGERS: dict[str, tuple[str, str | None]] = {}


def _add(event: str, words: str, mode: str | None = None) -> None:
    for w in words.split():
        VERB_TRIGGERS[w] = (event, mode)


_add("CONSULT", "meet visit host receive negotiate consult discuss confer", None)
_add("CONSULT", "phone telephone call", "phone")
_add("CONSULT", "talk speak", None)
_add("AGREE", "agree sign pledge promise vow commit ratify endorse accept approve", None)
_add("SUPPORT", "support praise back defend applaud hail commend congratulate thank endorse "
     "recognize recognise reaffirm welcome", None)
_add("COOPERATE", "cooperate collaborate partner coordinate ally", None)
_add("COOPERATE", "train", None)     # the manual's military cooperation includes training forces
_add("AID", "aid donate provide supply fund finance evacuate rescue shelter deliver send grant give "
     "contribute award allocate disburse", None)
_add("CONCEDE", "concede pardon ease lift relax compromise yield acquit exonerate accede", None)
_add("SUPPORT", "apologize apologise", None)          # the codebook files apologies under SUPPORT
_add("RETREAT", "withdraw retreat evacuate disband demobilize surrender", None)
_add("RETREAT", "resign", "resign")       # the manual: "RETREAT also covers resignations of government officials"
_add("RETREAT", "leave", "withdraw")      # forces leaving a place (only armed actors: guards.py)
_add("RETREAT", "release free", "release")          # prisoners freed: RETREAT, pardons: CONCEDE
_add("RETREAT", "return", None)      # the manual has no "return" mode (its row is commented out)
_add("REQUEST", "urge ask request demand appeal plead call encourage press invite petition summon", None)
_add("ACCUSE", "accuse blame condemn criticize criticise denounce slam blast charge allege sue "
     "investigate probe convict indict fault rebuke decry censure dispute", None)
_add("REJECT", "reject refuse deny veto dismiss oppose rebuff decline spurn boycott refute cancel "
     "block halt", None)
_add("THREATEN", "threaten warn", None)
_add("REQUEST", "order", None)
_add("REQUEST", "pressure pressurise pressurize", None)       # "pressured X to …" (needs the "to")
_add("COERCE", "force compel", None)
_add("PROTEST", "protest demonstrate rally march picket strike riot", None)
_add("SANCTION", "sanction embargo expel suspend cut freeze blacklist", None)
_add("MOBILIZE", "mobilize mobilise deploy mass station alert reinforce intensify", None)
_add("COERCE", "ban raid restrict prosecute kidnap abduct outlaw", None)
_add("COERCE", "arrest detain jail imprison", "arrest")     # the manual's COERCE modes
_add("COERCE", "seize confiscate", "seize")
_add("COERCE", "deport", "deport")
_add("COERCE", "censor", "censor")
_add("ASSAULT", "torch burn raze destroy loot behead", None)
_add("ASSAULT", "torture", "torture")
_add("COERCE", "demolish bulldoze expropriate nationalize nationalise extradite apprehend", None)
_add("ASSAULT", "attack bomb shell strike kill shoot fire invade assault wound ambush assassinate "
     "massacre bombard raid hit target capture occupy storm shell", None)

# the verb alone is too vague; these objects or particles make it a trigger
PHRASE_TRIGGERS: dict[tuple[str, str], tuple[str, str | None]] = {
    ("impose", "sanction"): ("SANCTION", None), ("impose", "sanctions"): ("SANCTION", None),
    ("impose", "embargo"): ("SANCTION", None), ("impose", "tariff"): ("SANCTION", None),
    ("cut", "tie"): ("SANCTION", None), ("sever", "tie"): ("SANCTION", None),
    ("hold", "talk"): ("CONSULT", None), ("hold", "meeting"): ("CONSULT", None),
    ("hold", "discussion"): ("CONSULT", None), ("hold", "consultation"): ("CONSULT", None),
    ("hold", "negotiation"): ("CONSULT", None),
    ("hold", "summit"): ("CONSULT", None), ("hold", "call"): ("CONSULT", "phone"),
    ("make", "call"): ("CONSULT", "phone"), ("pay", "visit"): ("CONSULT", "visit"),
    ("extend", "invitation"): ("CONSULT", None), ("issue", "invitation"): ("CONSULT", None),
    ("express", "concern"): ("ACCUSE", None), ("express", "support"): ("SUPPORT", None),
    ("launch", "attack"): ("ASSAULT", None), ("launch", "strike"): ("ASSAULT", None),
    ("carry", "attack"): ("ASSAULT", None), ("launch", "airstrike"): ("ASSAULT", None),
    ("file", "lawsuit"): ("ACCUSE", None), ("file", "suit"): ("ACCUSE", None),
    ("file", "complaint"): ("ACCUSE", None), ("bring", "lawsuit"): ("ACCUSE", None),
    ("provide", "aid"): ("AID", None), ("send", "aid"): ("AID", None),
    ("drop", "charge"): ("CONCEDE", None),
    ("drop", "investigation"): ("CONCEDE", None), ("lift", "sanction"): ("CONCEDE", None),
    ("hand", "over"): ("AID", None), ("step", "down"): ("CONCEDE", None),
    ("pull", "out"): ("RETREAT", None), ("walk", "out"): ("PROTEST", None),
    ("crack", "down"): ("COERCE", None), ("open", "fire"): ("ASSAULT", None),
    ("put", "pressure"): ("COERCE", None), ("increase", "pressure"): ("COERCE", None),
    ("launch", "investigation"): ("ACCUSE", None),
    ("launch", "probe"): ("ACCUSE", None),
    ("launch", "inquiry"): ("ACCUSE", None),
    ("open", "investigation"): ("ACCUSE", None),
    ("open", "probe"): ("ACCUSE", None),
    ("open", "inquiry"): ("ACCUSE", None),
    ("open", "case"): ("ACCUSE", None),
    ("order", "investigation"): ("ACCUSE", None),
    ("order", "probe"): ("ACCUSE", None),
    ("order", "inquiry"): ("ACCUSE", None),
    ("launch", "offensive"): ("ASSAULT", None),
    ("launch", "operation"): ("ASSAULT", None),
    ("launch", "raid"): ("ASSAULT", None),
    ("launch", "assault"): ("ASSAULT", None),
    ("carry", "strike"): ("ASSAULT", None),
    ("carry", "raid"): ("ASSAULT", None),
    ("carry", "airstrike"): ("ASSAULT", None),
    ("carry", "bombing"): ("ASSAULT", None),
    ("conduct", "raid"): ("ASSAULT", None),
    ("conduct", "airstrike"): ("ASSAULT", None),
    ("conduct", "strike"): ("ASSAULT", None),
    ("join", "force"): ("COOPERATE", None), ("go", "strike"): ("PROTEST", None),
    ("declare", "emergency"): ("COERCE", None), ("impose", "curfew"): ("COERCE", None),
    ("lift", "boycott"): ("CONCEDE", None), ("lift", "ban"): ("CONCEDE", None),
    # easing economic sanctions (the manual's CONCEDE; CAMEO 081 "ease economic sanctions")
    ("reduce", "tariff"): ("CONCEDE", None),
    ("cut", "tariff"): ("CONCEDE", None), ("lower", "tariff"): ("CONCEDE", None),
    ("remove", "tariff"): ("CONCEDE", None), ("roll", "tariff"): ("CONCEDE", None),
    ("ease", "restriction"): ("CONCEDE", None), ("hold", "exercise"): ("COOPERATE", None),
    ("conduct", "exercise"): ("COOPERATE", None), ("perform", "game"): ("COOPERATE", None),
    ("cancel", "visit"): ("REJECT", None), ("call", "sanction"): ("ACCUSE", None),
    ("stage", "exercise"): ("COOPERATE", None), ("undertake", "exercise"): ("COOPERATE", None),
    ("hold", "drill"): ("COOPERATE", None), ("conduct", "drill"): ("COOPERATE", None),
    ("perform", "exercise"): ("COOPERATE", None), ("take", "street"): ("PROTEST", None),
    ("begin", "exercise"): ("COOPERATE", None), ("start", "exercise"): ("COOPERATE", None),
    ("launch", "game"): ("COOPERATE", None), ("stage", "game"): ("COOPERATE", None),    # war games
    ("hold", "game"): ("COOPERATE", None), ("conduct", "game"): ("COOPERATE", None),
    ("launch", "exercise"): ("COOPERATE", None), ("begin", "drill"): ("COOPERATE", None),
    ("start", "drill"): ("COOPERATE", None), ("launch", "drill"): ("COOPERATE", None),
    ("give", "deadline"): ("THREATEN", None), ("issue", "ultimatum"): ("THREATEN", None),
    ("set", "deadline"): ("THREATEN", None), ("issue", "warning"): ("THREATEN", None),
    ("extend", "curfew"): ("COERCE", None),
    # summoning an ambassador is done to complain: the codebook codes the complaint
    ("summon", "ambassador"): ("ACCUSE", None), ("summon", "envoy"): ("ACCUSE", None),
    ("summon", "diplomat"): ("ACCUSE", None), ("summon", "charge"): ("ACCUSE", None),
    ("attend", "summit"): ("CONSULT", None), ("attend", "meeting"): ("CONSULT", None),
    ("attend", "talk"): ("CONSULT", None), ("attend", "conference"): ("CONSULT", None),
    ("launch", "talk"): ("CONSULT", None), ("launch", "dialogue"): ("CONSULT", None),
    # a mediator consults each side ("launched a mediation effort between X and Y")
    ("launch", "mediation"): ("CONSULT", None), ("begin", "mediation"): ("CONSULT", None),
    ("start", "mediation"): ("CONSULT", None), ("offer", "mediation"): ("CONSULT", None),
    # opening borders to refugees is humanitarian aid (the manual's AID: asylum, shelter)
    ("open", "border"): ("AID", None),
    # "allowing the entry of observers, peacekeepers, or humanitarian workers" (the manual's RETREAT)
    ("allow", "access"): ("RETREAT", "access"), ("grant", "access"): ("RETREAT", "access"),
    ("give", "access"): ("RETREAT", "access"), ("allow", "entry"): ("RETREAT", "access"),
    ("accept", "refugee"): ("AID", None), ("admit", "refugee"): ("AID", None),
    ("accept", "migrant"): ("AID", None), ("admit", "migrant"): ("AID", None),
    ("accept", "asylum-seeker"): ("AID", None), ("admit", "asylum-seeker"): ("AID", None),
    ("reiterate", "support"): ("SUPPORT", None), ("voice", "support"): ("SUPPORT", None),
    ("pledge", "support"): ("SUPPORT", None), ("promise", "support"): ("SUPPORT", None),
    ("offer", "support"): ("SUPPORT", None), ("declare", "support"): ("SUPPORT", None),
    ("give", "support"): ("SUPPORT", None), ("lend", "support"): ("SUPPORT", None),
    ("throw", "support"): ("SUPPORT", None),
    ("voice", "concern"): ("ACCUSE", None), ("express", "condemnation"): ("ACCUSE", None),
    ("voice", "condemnation"): ("ACCUSE", None), ("express", "outrage"): ("ACCUSE", None),
    ("establish", "relation"): ("SUPPORT", None),
    ("establish", "tie"): ("SUPPORT", None), ("restore", "tie"): ("SUPPORT", None),
    ("share", "intelligence"): ("COOPERATE", None), ("share", "information"): ("COOPERATE", None),
    ("share", "evidence"): ("COOPERATE", None), ("share", "data"): ("COOPERATE", None),
    ("remain", "alert"): ("MOBILIZE", None), ("place", "alert"): ("MOBILIZE", None),
    ("put", "alert"): ("MOBILIZE", None), ("declare", "ceasefire"): ("CONCEDE", None),
    ("declare", "truce"): ("CONCEDE", None), ("declare", "curfew"): ("COERCE", None),
    ("declare", "law"): ("COERCE", None), ("reduce", "aid"): ("SANCTION", None),
    ("reduce", "assistance"): ("SANCTION", None), ("reduce", "import"): ("SANCTION", None),
    ("end", "aid"): ("SANCTION", None), ("end", "cooperation"): ("SANCTION", None),
    ("impose", "ban"): ("COERCE", None), ("impose", "blockade"): ("COERCE", None),
    ("call", "off"): ("CONCEDE", None), ("call", "out"): ("ACCUSE", None), ("grant", "asylum"): ("AID", None),
    ("find", "guilty"): ("ACCUSE", None), ("find", "liable"): ("ACCUSE", None),
    ("use", "shield"): ("ASSAULT", "abduct"), ("hold", "shield"): ("ASSAULT", "abduct"), ("take", "hostage"): ("ASSAULT", "abduct"),
    ("hold", "hostage"): ("ASSAULT", "abduct"), ("issue", "warrant"): ("COERCE", "arrest"),
    ("seek", "refuge"): ("REQUEST", None), ("seek", "asylum"): ("REQUEST", None),
    ("declare", "siege"): ("COERCE", None),
    ("impose", "siege"): ("COERCE", None), ("impose", "emergency"): ("COERCE", None),
    ("announce", "ceasefire"): ("CONCEDE", None), ("announce", "truce"): ("CONCEDE", None),
    ("stage", "strike"): ("PROTEST", None), ("start", "strike"): ("PROTEST", None),
    ("begin", "strike"): ("PROTEST", None), ("hold", "strike"): ("PROTEST", None),
    ("stop", "work"): ("PROTEST", None), ("stage", "protest"): ("PROTEST", None),
    ("hold", "protest"): ("PROTEST", None), ("stage", "demonstration"): ("PROTEST", None),
    ("stage", "sit"): ("PROTEST", None),
    ("end", "strike"): ("CONCEDE", None), ("end", "protest"): ("CONCEDE", None),
    ("end", "boycott"): ("CONCEDE", None), ("suspend", "strike"): ("CONCEDE", None),
    ("violate", "ceasefire"): ("ASSAULT", None), ("violate", "truce"): ("ASSAULT", None),
    ("break", "ceasefire"): ("ASSAULT", None), ("break", "truce"): ("ASSAULT", None),
    ("declare", "cessation"): ("CONCEDE", None), ("announce", "cessation"): ("CONCEDE", None),
    ("launch", "action"): ("ACCUSE", None), ("take", "action"): ("ACCUSE", None),
    ("launch", "warfare"): ("ASSAULT", None), ("wage", "war"): ("ASSAULT", None),
    ("wage", "warfare"): ("ASSAULT", None), ("step", "attack"): ("ASSAULT", None),
}
# halting talks, mediation, aid or ties reduces relations (the codebook's SANCTION)
for _verb in ("end", "halt", "suspend", "freeze", "break", "terminate", "downgrade", "sever", "cut"):
    for _obj in ("mediation talk talks negotiation negotiations cooperation relation relations tie ties aid "
                 "dialogue").split():
        PHRASE_TRIGGERS.setdefault((_verb, _obj), ("SANCTION", "withdraw"))
# ending a strike or protest de-escalates (the manual's RETREAT; "suspending protests" as a
# promise is CONCEDE): "will not end the strike until …" is then a refusal, REJECT
for _verb in ("end", "halt", "suspend", "stop", "abandon"):
    for _obj in "strike strikes protest protests boycott blockade sit-in walkout".split():
        PHRASE_TRIGGERS.setdefault((_verb, _obj), ("RETREAT", None))
# a peacekeeping force arriving, serving or deployed somewhere assists it (AID)
PEACEKEEPING_VERBS = frozenset("arrive serve participate deploy station land join".split())
MISSION_NOUNS = frozenset("force mission operation contingent".split())   # "the force in X" serves X
PEACEKEEPING_WORDS = frozenset("peacekeeper peacekeepers peacekeeping observer observers monitors".split())
# a meeting noun so modified has an audience, not a counterpart ("a press conference")
AUDIENCE_MODIFIERS = frozenset("press news media conference-call earnings".split())
# what is rejected when one defends its object: "dismissed criticism of X" defends X
ACCUSATION_NOUNS = frozenset("criticism criticisms critique attack attacks accusation accusations allegation "
                             "allegations charge charges claim claims complaint complaints suggestion "
                             "suggestions".split())
# the press met: "a meeting with reporters" is an interview, no consultation between parties
PRESS_NOUNS = frozenset("reporter reporters journalist journalists press media newsmen correspondents".split())
# what is hosted when it is a campaign's or a broadcaster's event, not a visit or talks
HOSTED_EVENTS = frozenset("fundraiser fundraisers party parties dinner dinners gala reception show podcast program "
                          "programme debate debates contest primary caucus caucuses rally rallies event events "
                          "screening concert".split())
# verbs that make the noun "threat" a threat someone made ("issued a threat")
THREAT_VERBS = frozenset("issue make repeat renew send level voice carry deliver".split())
# violent words that, between unarmed persons, are criticism ("Quill hit Mensah over …")
VERBAL_ATTACK_WORDS = frozenset("attack attacks assault slam hit strike hammer pound bash".split())
# what a verbal attack is made with: "hit X with ads", "pounded her with questions"
VERBAL_INSTRUMENTS = frozenset("ad ads advert adverts advertisement advertisements commercial commercials mailer "
                               "mailers spot spots tweet tweets post posts message messages question questions "
                               "criticism accusation accusations charge charges insult insults words".split())
# people an election names: one who "attacks" them, or whom they "attack", speaks
ELECTION_PEOPLE = frozenset("rival candidate nominee challenger contender frontrunner front-runner opponent "
                            "critic incumbent".split())
# objects of a phrase trigger that are the event's recipient, not part of the trigger
PARTY_OBJECTS = frozenset("ambassador envoy diplomat diplomats charge prisoner prisoners hostage hostages "
                          "detainee detainees".split())
# "expressed concern to X": the one told is a consultation partner, not the accused; what the
# concern is about ("concern over X") is the accusation's recipient or target
CONCERN_NOUNS = frozenset("concern concerns worry worries reservation reservations misgiving misgivings".split())
CONCERN_OBJECT_PREPS = frozenset("about over regarding at on".split())
# "urged negotiations with X": X is the other side of the talks, not the one urged
NEGOTIATION_NOUNS = frozenset("negotiation negotiations talks talk dialogue dialog".split())
# people a recipient may be though no PLOVER sector names them (the sector words are parties too)
HUMAN_GROUP_NOUNS = frozenset("""
students student supporters supporter members member refugees refugee migrants migrant immigrants
immigrant doctors doctor nurses nurse teachers teacher patients patient victims victim critics critic
opponents opponent allies ally donors donor investors investor employees employee staff crowd crowds
audience public community communities neighbours neighbors fans customers consumers taxpayers
parents mothers fathers survivors pilgrims tourists passengers crew sailors settlers
attendees delegates participants conservatives progressives liberals evangelicals
country countries nation nations woman man person persons bomber bombers expert experts delegation
delegations group groups side sides chief chiefs chairman chairwoman chair musician musicians artist
artists coalition alliance commission committee council agency agencies owner owners
candidate candidates nominee nominees rival rivals challenger challengers contender contenders
guest guests host hosts terrorist terrorists folks congregation congregations regulator regulators
household households winner winners loser losers inmate inmates resident citizen voter actor actors
inspector inspectors observer observers monitors peacekeepers organization organizations organisation
organisations
""".split())
# the codebook: signing or finalising an agreement is SUPPORT; promising to is AGREE
AGREEMENT_WORDS = frozenset("agreement agreements deal deals treaty treaties pact pacts accord accords "
                            "memorandum memorandums memoranda mou contract contracts".split())
# types that need a party on the receiving end unless what they are done to is one of these:
# a promise made to no one ("pledged a political revolution", "vowed a better job") is a
# campaign's, not PLOVER's AGREE, which is a commitment towards another actor
PARTYLESS_TARGETS = {
    "AGREE": AGREEMENT_WORDS | NEGOTIATION_NOUNS | frozenset(
        "ceasefire cease-fire truce armistice terms settlement compromise plan proposal framework "
        "resolution arrangement partnership cooperation exchange swap".split()),
}
for _verb in ("sign", "ratify", "finalize", "finalise", "conclude", "ink", "reach", "strike", "seal", "agree"):
    for _obj in AGREEMENT_WORDS:
        PHRASE_TRIGGERS[(_verb, _obj)] = ("SUPPORT", None)
# acceding to a demand concedes (the codebook's CONCEDE)
for _verb in ("accept", "approve", "meet", "grant", "heed", "satisfy", "concede"):
    for _obj in "demand demands request requests appeal appeals call calls".split():
        PHRASE_TRIGGERS[(_verb, _obj)] = ("CONCEDE", None)
for _obj in ("permission", "approval", "mandate", "consent"):
    PHRASE_TRIGGERS[("give", _obj)] = ("CONCEDE", None)
# granting a pardon or permission concedes; withdrawing peacekeepers or aid reduces relations
for _obj in "pardon pardons amnesty clemency permission bail release reprieve extension concession".split():
    PHRASE_TRIGGERS[("grant", _obj)] = ("CONCEDE", None)
for _obj in ("peacekeeper peacekeepers observer observers inspector inspectors monitor monitors diplomat "
             "diplomats ambassador envoy aid assistance funding staff mission").split():
    PHRASE_TRIGGERS[("withdraw", _obj)] = ("SANCTION", "withdraw")
    PHRASE_TRIGGERS[("recall", _obj)] = ("SANCTION", "withdraw")
for _obj in "prisoner prisoners hostage hostages detainee detainees".split():
    PHRASE_TRIGGERS[("release", _obj)] = ("RETREAT", "release")
    PHRASE_TRIGGERS[("free", _obj)] = ("RETREAT", "release")

# nouns that name an event ("the premier's visit to Chile", "their video call", "sanctions on Iran")
NOUN_TRIGGERS: dict[str, tuple[str, str | None]] = {
    "visit": ("CONSULT", "visit"), "trip": ("CONSULT", "visit"), "meeting": ("CONSULT", None),
    "summit": ("CONSULT", None), "talks": ("CONSULT", None), "call": ("CONSULT", "phone"),
    "conference": ("CONSULT", None), "negotiations": ("CONSULT", None),
    "sanctions": ("SANCTION", None), "sanction": ("SANCTION", None), "embargo": ("SANCTION", None),
    "attack": ("ASSAULT", None), "airstrike": ("ASSAULT", None), "airstrikes": ("ASSAULT", None),
    "bombing": ("ASSAULT", None), "invasion": ("ASSAULT", None), "protest": ("PROTEST", None),
    "invitation": ("CONSULT", None), "aid": ("AID", None), "agreement": ("AGREE", None),
    "exercise": ("COOPERATE", None), "exercises": ("COOPERATE", None), "drill": ("COOPERATE", None),
    "drills": ("COOPERATE", None), "games": ("COOPERATE", None), "game": ("COOPERATE", None), "maneuvers": ("COOPERATE", None),
}



def _add_nouns(event: str, words: str, mode: str | None = None) -> None:
    for w in words.split():
        NOUN_TRIGGERS.setdefault(w, (event, mode))


# event nominals named by the codebook's categories, as written in news ("announced the release
# of", "stepped up attacks on", "began an investigation into"); singular and plural forms
_add_nouns("CONSULT", "consultation consultations dialogue mediation", None)
_add_nouns("SUPPORT", "praise endorsement recognition apology apologies congratulations condolences", None)
_add_nouns("COOPERATE", "cooperation collaboration partnership", None)
_add_nouns("AID", "assistance donation donations funding grant grants loan loans", None)
_add_nouns("AID", "deployment", None)
_add_nouns("CONCEDE", "pardon pardons amnesty concession concessions", None)
_add_nouns("RETREAT", "release withdrawal pullout pull-out ceasefire cease-fire truce cessation", None)
_add_nouns("RETREAT", "resignation", "resign")
_add_nouns("REQUEST", "request requests demand demands appeal appeals plea", None)
_add_nouns("ACCUSE", "accusation accusations allegation allegations criticism condemnation "
           "investigation investigations inquiry probe lawsuit lawsuits complaint complaints "
           "charges indictment", None)
_add_nouns("REJECT", "rejection refusal veto denial", None)
_add_nouns("THREATEN", "threat threats ultimatum", None)
_add_nouns("PROTEST", "protests demonstration demonstrations boycott boycotts "
           "sit-in", None)
_add_nouns("SANCTION", "suspension expulsion", None)
_add_nouns("MOBILIZE", "mobilization mobilisation buildup build-up", None)
_add_nouns("COERCE", "arrest arrests detention crackdown deportation deportations curfew blockade "
           "blockades siege raid raids", None)
_add_nouns("ASSAULT", "attacks assault assaults offensive strikes shelling bombardment airstrike "
           "air-strike bombings killing killings massacre ambush", None)
# nouns with a common non-event sense: they fire only when their recipient is a party
AMBIGUOUS_NOUNS = frozenset("release support call appeal appeals demands request grant grants deployment "
                            "charges strikes march probe loan recognition".split())

# what a vague giving verb ("gave", "provided", "sent") must hand over to count as AID
AID_OBJECTS = frozenset("""
aid assistance funding fund funds money grant grants loan loans donation donations supplies
equipment vehicles vaccines vaccine food medicine medicines relief support shelter tents
weapons arms ammunition troops troop soldiers peacekeepers platoon battalion brigade contingent forces
experts doctors loan credit euros euro dollars dollar pounds yuan yen rupees francs
""".split())
# people sent who may be investigators or trainers as well as aid ("a team of experts to investigate")
AID_PERSONNEL = frozenset("experts expert doctors doctor specialists officials investigators".split())
# "called X to discuss …", "held talks with X to discuss …": the discussion is the talks' own
TALK_VERBS = frozenset("call phone telephone visit meet host convene".split())
TALK_NOUNS = frozenset("talk talks meeting meetings summit call conference discussion discussions".split())
# consultations one makes to someone or somewhere, not with each other: "X and Y visited Ohio"
# co-subjects of these act side by side, not with each other ("X and Y pledged to …")
ONE_WAY_VERBS = frozenset({"visit", "host", "receive", "call", "phone", "telephone",
                           "pledge", "promise", "vow", "commit", "accept", "offer"})
# events that need another party: over the actor's own thing ("defended his record") there is none
SELF_OBJECT_TYPES = frozenset({"SUPPORT", "SANCTION"})
POSSESSOR_OF = {"his": "he", "her": "she", "its": "it", "their": "they", "my": "i", "our": "we"}
POSSESSOR_GENDER = {"his": "M", "her": "F"}
# the manual's CONSULT mode for any remote medium is "phone"
NOUN_MODES = {"video": "phone", "phone": "phone", "telephone": "phone", "virtual": "phone"}

# word classes the event rules consult (events.py, actors.py, event_codebook.py)
RECIPIENT_PREPS = {"with", "to", "against", "on", "at", "from", "toward", "towards", "into", "upon", "of"}
MODAL_AUX = frozenset({"would", "could", "might", "may", "should"})     # carried down to a purpose or conjunct
HYPOTHETICAL_AUX = {"would", "could", "might", "may", "should", "can", "will", "'ll", "shall", "wo"}
HYPOTHETICAL_HEADS = {"threaten", "plan", "want", "expect", "seek", "hope", "propose", "intend",
                      "consider", "offer", "aim", "try", "vow", "pledge", "promise", "warn",
                      # "would like to", "urged X to": the act is wished or asked for
                      "like", "wish", "urge", "ask", "demand", "press", "encourage", "call",
                      # "likely to endorse X", "ready to back Y", "leaning toward supporting Z": not yet done
                      "likely", "unlikely", "ready", "poised", "eager", "lean"}
LEANING_PREPS = frozenset({"toward", "towards"})
# what these verbs make or move is no party to the act: the place or the receiver is
CREATION_VERBS = {"establish", "create", "build", "found", "construct"}      # and "set up"
MOVING_VERBS = {"withdraw", "pull", "contribute", "deploy", "move", "dispatch", "station"}
FORCE_OBJECTS = {"troops", "troop", "soldiers", "forces", "peacekeepers", "contingent", "battalion", "brigade"}
CONDITION_MARKS = {"until", "unless", "before"}      # "will not … until X does": the refusal is put to X
# done by a state's authorities: with no agent named, the country where it happened acted
STATE_ACTS = {"COERCE", "RETREAT"}
UNDIRECTED = {"PROTEST", "MOBILIZE", "RETREAT"}     # events that need no recipient
VIOLENT_ACTS = {"ASSAULT", "COERCE"}     # nouns of these: "the invasion of X" was suffered by X
DEMAND_SPEECH = {"say", "insist", "stress", "tell", "add", "declare", "state", "write"}
OBLIGATION = {"must", "should"}
WILLING = {"willing", "ready", "prepared", "open"}
RECIPROCAL = {"CONSULT", "AGREE", "COOPERATE"}      # "X and Y agreed": each with the other
BENEFICIARY_TYPES = {"AID", "AGREE", "SUPPORT", "CONSULT", "COOPERATE", "CONCEDE"}
QUANTIFIERS = {"dozens", "hundreds", "thousands", "millions", "scores", "some", "many", "several", "most",
               "all", "number", "group", "handful", "majority", "rest", "each", "both", "none", "few"}
NEGATING_HEADS = {"fail", "refuse", "decline", "neglect"}
NOT_YET = frozenset({"yet"})     # "has yet to", "is yet to": the act not done
NOT_YET_HEADS = frozenset({"have", "be"})
ABSTAINING_HEADS = {"refrain", "abstain", "desist"}     # "refrained from attacking X"
AVOIDING_HEADS = {"avoid", "shun", "eschew"}            # "avoided criticizing X": not done, no refusal
# "his reluctance to condemn X", "was reluctant to endorse Y": the act not (yet) done
NEGATING_NOUNS = frozenset("hesitancy hesitation reluctance refusal failure unwillingness "
                           "reluctant unwilling hesitant loath".split())
MOVEMENT_NOUNS = {"deployment", "withdrawal", "pullout", "pull-out", "delivery", "shipment", "transfer"}
VOICED = {"REQUEST", "ACCUSE", "THREATEN", "SUPPORT", "REJECT", "CONSULT", "ASSAULT"}   # "criticism from X"
EXERCISE_NOUNS = {"exercise", "exercises", "drill", "drills", "game", "games", "maneuvers"}
RECEIVING_VERBS = {"receive", "face", "get", "accept", "win", "earn", "draw", "attract"}
# "won the endorsement of the union": received, the noun's "of" party is the giver
GIVEN_NOUNS = frozenset("endorsement endorsements support backing blessing approval praise thanks".split())
WINNING_VERBS = frozenset("win receive get earn secure gain land accept garner".split())
PLACED_TYPES = {"AGREE", "CONCEDE", "RETREAT", "AID", "COOPERATE"}   # material acts located somewhere
PLACE_NOUNS = {"region", "area", "town", "city", "village", "district", "province", "enclave",
               "camp", "base", "territory", "zone", "neighborhood", "neighbourhood", "port", "airport"}
TOPIC_VERBS = {"discuss", "negotiate", "debate", "consider", "address", "review"}
REPORTING_VERBS = {"announce", "confirm", "report", "schedule", "plan", "postpone", "reveal", "disclose",
                   "expect", "propose", "prepare", "arrange"}
UNDOING_VERBS = {"violate", "breach", "break", "abandon", "scrap", "quit", "undermine", "sabotage", "derail"}
ARMED_ONLY_VERBS = {"leave"}      # a retreat only when forces do it ("troops began leaving X")
FORCE_VERBS = {"intensify", "reinforce", "deploy", "station", "mass"}   # MOBILIZE only with forces as object
# triggers only with "X to …"
XCOMP_TRIGGERS = {"order", "force", "compel", "pressure", "pressurise", "pressurize"}
TRANSFER_VERBS = {"give", "send", "grant", "provide", "contribute", "offer", "deliver", "hand", "award", "lend",
                  "loan", "donate", "return", "supply", "extend", "ship", "fly"}
FUTURE_AUX = {"will", "'ll", "shall"}
FUTURE_HEADS = {"plan", "schedule", "set", "expect", "due", "intend", "prepare", "offer", "promise",
                "pledge", "vow", "agree", "decide", "propose", "aim", "go"}
# a conflictual act is threatened only when announced, planned or vowed; "agreed to impose
# sanctions" or "decided to arrest" report a decision, coded as the act
CONFLICT_FUTURE_HEADS = {"plan", "intend", "vow", "prepare", "go"}
CONFLICT_FUTURE_ADJ = {"upcoming", "forthcoming", "proposed", "future", "possible"}
FUTURE_ADJ = {"planned", "upcoming", "forthcoming", "proposed", "scheduled", "expected", "future", "possible"}
# the codebook: cooperation reported in the future is an intention, AGREE; a future retreat is CONCEDE
CAPTURE_VERBS = {"capture", "storm", "overrun"}     # ASSAULT only with armed forces involved
# what is "released" when it is published, not freed: "released a statement", "released data"
PUBLISHED_THINGS = frozenset("statement statements ad ads advert advertisement video videos data poll polls survey "
                             "surveys report reports email emails e-mail e-mails robocall letter letters list results "
                             "record records document documents transcript transcripts tape tapes audio recording "
                             "figures numbers plan plans proposal proposals book memo memos page pages photo photos "
                             "footage return returns information details schedule budget platform album song "
                             "film trailer study analysis findings version edition text message messages".split())
# what an election captures: "if Democrats capture the Senate", "captured the nomination"
ELECTORAL_PRIZES = frozenset("senate house congress chamber majority majorities seat seats nomination presidency "
                             "governorship mayoralty delegates delegate vote votes primary primaries caucus caucuses "
                             "legislature statehouse".split())
MESSAGE_OBJECTS = {"speech", "remarks", "address", "message", "signal", "letter", "note", "email", "tweet", "text", "warning", "greeting",
                   "greetings", "condolence", "condolences", "congratulation", "congratulations", "wish", "wishes"}
PARTY_VERBS = {"release", "free", "return", "burn", "torch", "destroy", "loot", "yield", "seize", "lift", "attack",
               "assault"}
WEAK = {"train", "call", "give", "send", "hit", "target", "fire", "strike", "return", "talk", "speak",
        "receive", "provide", "free", "cut", "charge", "press"}
# weak verbs that a people or sector-named object makes an event ("freed the candidate",
# "returned it to its owner"; "freed up funds" stays none)
WEAK_WITH_PEOPLE = {"free", "return"}
INQUIRY_NOUNS = frozenset("investigation investigations probe probes inquiry inquiries".split())
# what an actor issues that then "accuses", "condemns", "calls for" in its name
DOCUMENT_NOUNS = frozenset("report reports statement statements resolution resolutions lawsuit lawsuits suit "
                           "complaint complaints letter letters motion petition communique declaration".split())
# an intention owned ("its commitment to support X"): the codebook's AGREE ("indicate
# willingness or commitment to cooperate"), recoded in codebook.py
COMMITMENT_NOUNS = frozenset("commitment commitments readiness willingness determination".split())
# an act intended, asked or threatened ("his calls to ban X", "her plan to deport Y"): its
# owner acts, and only hypothetically; "made/renewed a vow to …" gives the owner as subject
INTENT_NOUNS = frozenset("call calls plan plans vow vows pledge pledges promise promises threat threats "
                         "proposal proposals bid attempt attempts effort efforts push intention desire".split())
LIGHT_VERBS = frozenset("make issue announce renew repeat unveil outline reiterate propose put lay".split())
FREEING_VERBS = {"let", "set"}      # "let free", "set free": the verb is "free"


# PLOVER v2 contexts named by the words of an event's sentence (lemmas, or two-word phrases);
# a context is given only where one of these words says it
CONTEXT_WORDS: dict[str, str] = {}
for _context, _words in {
    "military": "military army navy troops troop soldier soldiers warplane warplanes airstrike airstrikes "
                "artillery missile missiles tank tanks drill drills|military_exercise defense defence "
                "weapon weapons arms|air_force|armed_forces",
    "intelligence": "intelligence espionage spy spies|intelligence_agency",
    "election": "election elections vote voting ballot ballots electoral referendum candidate candidates "
                "campaign|polling_station",
    "legislative": "parliament parliamentary lawmaker lawmakers congress senate legislation legislature|bill",
    "economic": "trade tariff tariffs economy economic investment investments loan loans debt export exports "
                "import imports finance financial currency inflation gdp budget tax taxes sanctions",
    "legal": "court courts judge judges lawsuit trial prosecutor prosecutors verdict convict convicted "
             "legal|extradition|tribunal",
    "human_rights": "human_rights",
    "rights_freedoms": "freedom freedoms censorship|civil_liberties|press_freedom|free_speech",
    "repression": "crackdown repression torture|riot_police",
    "human_security": "food water famine hunger housing shelter",
    "gender": "women gender abortion|women's",
    "religion_ethnicity": "religious ethnic muslim muslims christian christians jewish church mosque "
                          "sectarian|temple",
    "diplomatic": "ambassador embassy diplomat diplomats diplomatic envoy summit|foreign_minister|talks",
    "territory": "territory territorial annexation annex sovereignty occupation|occupied|border_dispute",
    "peacekeeping": "peacekeeping peacekeeper peacekeepers",
    "health": "health hospital hospitals disease epidemic pandemic virus coronavirus covid ebola vaccine vaccines",
    "asylum": "asylum",
    "migration": "refugee refugees migrant migrants displaced migration",
    "disasters": "earthquake flood floods flooding hurricane cyclone typhoon disaster tsunami drought wildfire",
    "natural_resource": "oil gas coal mining pipeline|natural_resources",
    "environment": "climate pollution emissions environmental",
    "technology": "technology semiconductor semiconductors",
    "terrorism": "terrorist terrorists terrorism terror jihadist jihadists|suicide_bomber|islamic_state",
    "cbrn": "nuclear uranium enrichment|chemical_weapons|biological_weapons",
    "cyber": "cyber cyberattack cyberattacks hacking hacker hackers",
    "misinformation": "disinformation misinformation propaganda|fake_news",
    "crime": "crime crimes criminal criminals gang gangs murder fraud",
    "corruption": "corruption bribery bribe bribes embezzlement graft",
    "illegal_drugs": "cocaine heroin narcotics|drug_trafficking|drug_cartel",
    "trafficking": "trafficking smuggling smuggler smugglers",
}.items():
    for _w in _words.replace("|", " ").split():
        CONTEXT_WORDS[_w.replace("_", " ")] = _context

