"""Word lists the rules use. Written for newsgraph; kept as data, not logic."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ...names import HONORIFICS, countries, normalise_name  # noqa: F401  (re-exported)


# Verbs that introduce what someone said, wrote or thinks, by lemma.
SPEECH_VERBS = frozenset("""
say tell add note explain write tweet post declare state announce report claim argue insist
contend assert maintain suggest warn caution stress emphasize emphasise underscore reiterate repeat
acknowledge admit concede confirm deny predict promise pledge vow respond reply answer ask
recall reveal disclose testify allege charge complain conclude observe remark comment joke quip
boast brag counter retort continue indicate estimate propose concur urge demand accuse
criticize criticise blast slam praise mention describe announce predict speculate guess
affirm aver agree question wonder lament concede caution advise inform assure reassure notify
proclaim pronounce opine posit point
""".split())

BELIEF_VERBS = frozenset("""
think believe feel fear hope expect worry know realize realise consider doubt suspect
understand learn find show suggest indicate conclude estimate argue imagine presume
""".split())

# Cues whose content is an infinitive clause: "promised to ...", "called on X to ...".
XCOMP_CUES = frozenset("""
want promise pledge vow plan refuse decline agree urge ask call demand threaten hope expect
intend seek decide offer propose encourage tell vow aim push press invite warn advise
""".split())

# Cues whose content is the object: "cited the report", "called them 'deplorables'".
DOBJ_CUES = frozenset("""
cite call describe criticize criticise blast slam condemn attack praise reject defend
dismiss mock endorse accuse blame denounce applaud hail lambaste decry
""".split())

CUE_VERBS = SPEECH_VERBS | BELIEF_VERBS | XCOMP_CUES | DOBJ_CUES

MEDIUM_BY_CUE = {"tweet": "tweet", "retweet": "tweet", "post": "post", "write": "writing",
                 "testify": "testimony", "announce": "announcement"}

MEDIUM_WORDS = {
    "tweet": "tweet", "twitter": "tweet", "x": "tweet", "facebook": "social media post",
    "instagram": "social media post", "telegram": "social media post",
    "statement": "statement", "interview": "interview", "press conference": "press conference",
    "news conference": "press conference", "briefing": "press briefing",
    "speech": "speech", "op-ed": "op-ed", "letter": "letter", "email": "email",
    "video": "video", "podcast": "podcast", "blog": "blog post", "memo": "memo",
    "rally": "speech", "debate": "debate", "testimony": "testimony",
}

# News outlets commonly cited second-hand; any ORG ending in an OUTLET_WORD counts too.
OUTLETS = frozenset("""
ap reuters afp bloomberg cnn msnbc bbc npr pbs abc cbs nbc fox upi xinhua tass ria
politico axios breitbart cnbc c-span aljazeera dpa ansa efe kyodo yonhap
""".split()) | {"al jazeera", "associated press", "agence france-presse", "the associated press",
                "fox news", "the hill", "the atlantic", "vox", "buzzfeed", "huffpost",
                "huffington post", "the guardian", "the economist", "newsweek", "time",
                "the times", "axios", "nbc news", "cbs news", "abc news", "sky news",
                "ria novosti", "interfax", "tass", "the washington post",
                "the new york times", "the wall street journal", "usa today"}
OUTLET_WORDS = frozenset("""
news times post press journal herald tribune radio tv television agency gazette telegraph
guardian daily magazine wire chronicle observer reporter broadcasting network examiner
ledger courier dispatch sentinel inquirer bulletin
""".split())

# Abbreviated ranks and offices, and the word a description writes out for each: "Bayland
# Sen. X" is "the Bayland senator". The pipeline keeps each one token ("Sgt." as spaCy already
# keeps "Sen."): split into a word and a full stop, the stop ends a sentence and cuts the title
# off its name.
TITLE_ABBREVIATIONS = {"sen.": "senator", "gov.": "governor", "rep.": "representative",
                       "gen.": "general", "col.": "colonel", "lt.": "lieutenant", "sgt.": "sergeant",
                       "capt.": "captain", "adm.": "admiral", "amb.": "ambassador", "atty.": "attorney",
                       "supt.": "superintendent", "sec.": "secretary", "pres.": "president",
                       "coun.": "councillor", "cllr.": "councillor", "const.": "constable",
                       "cst.": "constable", "cpl.": "corporal", "pte.": "private", "det.": "detective",
                       "insp.": "inspector", "maj.": "major", "cmdr.": "commander", "brig.": "brigadier",
                       "msgr.": "monsignor", "fr.": "father", "sens.": "senators",
                       "reps.": "representatives", "govs.": "governors", "sgts.": "sergeants"}

# Nouns naming a role; they make a title when they stand before or beside a name.
TITLE_NOUNS = frozenset("""
president minister secretary spokesperson spokesman spokeswoman senator sen. rep.
representative governor gov. mayor chancellor premier king queen prince princess emperor
ambassador envoy diplomat general gen. admiral colonel col. commander chief director
chairman chairwoman chair ceo cfo founder leader head official officer adviser advisor
councilor councillor counselor counsellor candidate nominee judge justice attorney lawyer
prosecutor sheriff deputy vice speaker member lawmaker legislator congressman congresswoman
analyst expert professor economist strategist researcher scholar fellow editor correspondent
reporter columnist author activist pope cardinal bishop archbishop rabbi imam cleric sheikh
commissioner inspector superintendent captain lieutenant sergeant major marshal counterpart
emir sultan president-elect chief-of-staff manager partner executive administrator
mp mpp mla mna mep
""".split()) | frozenset(TITLE_ABBREVIATIONS)

# Nouns that describe a person by role: "the Republican nominee", "the businessman".
ROLE_NOUNS = frozenset("""
nominee candidate businessman businesswoman mogul billionaire tycoon politician incumbent
challenger frontrunner front-runner contender host anchor star actor actress singer rapper
woman man father mother wife husband son daughter democrat republican conservative liberal
veteran surrogate aide staffer campaigner lawmaker economist
""".split())

# Plural nouns for people that "they" can stand for ("Dock workers are restless. They say …"),
# besides TITLE_NOUNS, ROLE_NOUNS and the agent nouns of PEOPLE_SUFFIXES; not "numbers", "days".
PEOPLE_NOUNS = frozenset("""
people voter supporter worker critic resident delegate student parent child kid friend
protester demonstrator fan donor millennial environmentalist citizen immigrant refugee
american family agent investigator soldier troop police doctor nurse teacher employee staff
operative insider source observer organizer organiser volunteer rival opponent ally
colleague neighbor neighbour victim survivor witness progressive evangelical catholic
christian muslim jew group party campaign government newspaper
""".split())
PEOPLE_SUFFIXES = ("ist", "er", "or", "ian")
NOT_PEOPLE = frozenset("""
number letter paper order matter water border power quarter computer poster chapter error
factor sector corridor meter theater theatre center monitor mirror filter sticker minor
waiver answer offer tower dinner cover flyer headquarter barrier trailer shelter
""".split())


def names_people(lemma: str) -> bool:
    """Whether a (singular) noun lemma is a word for people."""
    lemma = lemma.lower()
    return (lemma in PEOPLE_NOUNS or lemma in TITLE_NOUNS or lemma in ROLE_NOUNS
            or lemma.endswith(PEOPLE_SUFFIXES) and lemma not in NOT_PEOPLE)


# Words that speak for a part of a group: "some of her followers", "half of the voters".
PARTITIVE_WORDS = frozenset("""
some many most several few all both half majority minority plurality number none each one two
three four five dozens hundreds thousands millions percent share third quarter rest
""".split())

# Nouns that stand for an organisation already named: "the bank", "the newspaper".
ORG_NOUNS = frozenset("""
bank newspaper paper agency network company firm campaign committee department
administration government ministry court party group union organization organisation council
commission bureau office board panel station channel magazine outlet website site university
school team coalition alliance embassy parliament senate congress police fund foundation
institute center centre charity regulator watchdog
""".split())

# What kind of organisation a noun names. "The company" is not the last organisation named when
# that one's name says it is a university ("… University") or a newspaper: a description
# only takes an organisation whose name's last word is of a kind it accepts, or of no kind.
ORG_KINDS = {word: kind for kind, words in (
    ("business", "company firm corporation business bank retailer maker manufacturer insurer"),
    ("media", "newspaper paper network station channel magazine outlet website site times post "
              "news journal tribune herald"),
    ("civic", "group organization organisation coalition alliance association foundation "
              "institute center centre charity fund society federation union"),
    ("government", "agency department ministry bureau office commission board council regulator "
                   "watchdog administration government embassy service authority"),
    ("court", "court"),
    ("education", "university college school academy"),
    ("legislature", "parliament senate congress"),
    ("political", "campaign party pac committee"),
    ("event", "convention conference summit debate forum rally primary"),
) for word in words.split()}
# kinds a description of one kind also accepts: "the group" for a PAC or a committee
ORG_KIND_ALSO = {"civic": {"political"}, "political": {"civic"}, "government": {"legislature"}}


def org_name_fits(noun: str, name: str) -> bool:
    """Whether an organisation's name may be what the description "the <noun>" means."""
    want = ORG_KINDS.get(noun)
    words = name.lower().split()
    have = ORG_KINDS.get(words[-1]) if words else None
    return want is None or have is None or have == want or have in ORG_KIND_ALSO.get(want, ())


# Documents and media that stand in for their author: "the ad", "the report".
WORK_NOUNS = frozenset("""
ad advertisement clip spot video report letter complaint statement transcript study poll
survey research analysis memo document filing lawsuit book article editorial release tweet post
film documentary commercial op-ed column
""".split())
# verbs that put out a statement, an ad, a report: their subject is its author
ISSUING_VERBS = frozenset("""
issue release publish put send write air run launch file unveil post tweet sign circulate
distribute prepare produce submit present
""".split())

# Verbs of object control: in "urged X to resign", "the loss led her to concede", "left many
# to wonder", the one who resigns, concedes or wonders is the object, not the subject.
OBJECT_CONTROL_VERBS = frozenset("""
urge ask call press encourage order force compel pressure pressurise pressurize persuade invite
tell allow permit push convince warn beg implore instruct direct authorize authorise require
advise remind challenge enable empower
lead leave prompt drive cause spur inspire move get embolden provoke
""".split())
# "called on X to resign": prepositions whose object an object-control verb asks to act
CALLED_ON_PREPS = frozenset({"on", "upon"})

# Objects of a light verb that a saying can hang on: "took turns answering", "took pains to
# stress", "had no trouble saying", "used the occasion to say". The one who says is the
# light verb's subject, never the noun.
LIGHT_OBJECTS = frozenset("""
turn turns pain pains trouble difficulty problem time care step steps effort efforts chance
opportunity occasion moment advantage pleasure pride point hesitation liberty
""".split())

# Religious, ethnic and regional group words NER tags NORP that are no demonym of a country.
GROUP_WORDS = frozenset("""
christian muslim jewish jew hindu buddhist sikh catholic protestant orthodox evangelical
sunni shia shiite kurdish kurd arab arabic asian african european western eastern latino
latina hispanic black white indigenous native aboriginal roma slavic nordic baltic
balkan caucasian pashtun tamil uyghur uighur hutu tutsi druze alawite coptic yazidi
republican democrat democratic conservative liberal socialist communist labour labor green
""".split())

FEMALE_WORDS = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "madam", "spokeswoman",
                          "congresswoman", "chairwoman", "businesswoman", "actress", "queen",
                          "princess", "wife", "mother", "daughter", "woman", "lady", "dame"})
MALE_WORDS = frozenset({"mr", "mr.", "sir", "spokesman", "congressman", "chairman",
                        "businessman", "king", "prince", "husband", "father", "son", "man", "lord"})



@lru_cache(maxsize=1)
def first_name_genders() -> dict[str, str]:
    """First name -> "F" or "M" when 4 in 5 of its bearers are of that sex (`data/first_names.tsv`)."""
    text = resources.files("newsgraph.data").joinpath("first_names.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {name: g for name, g in rows}


FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})

# possessives included: the possessor of a noun cue speaks ("his announcement that …")
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "i", "me", "my"})
GROUP_PRONOUNS = frozenset({"they", "them", "their", "we", "us", "our"})
THING_PRONOUNS = frozenset({"it", "its"})

# plural nouns that, with "two" or "both", take up the last two people or countries named
PAIR_NOUNS = {"leaders": "PERSON", "presidents": "PERSON", "ministers": "PERSON", "men": "PERSON",
              "women": "PERSON", "countries": "GPE", "nations": "GPE", "governments": "GPE",
              "neighbours": "GPE", "neighbors": "GPE"}
FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our"})     # resolved by the quote, not a name
WRITER_PRONOUNS = frozenset({"i", "me", "my"})      # outside quotation marks: the byline's author
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})

# Organisations that stand for a country's government.
GOV_METONYMS = {"kremlin": "RUS", "white house": "USA", "pentagon": "USA",
                "downing street": "GBR", "elysee": "FRA", "élysée": "FRA",
                "zhongnanhai": "CHN", "state department": "USA", "blue house": "KOR"}


def country_of(text: str) -> str | None:
    """ISO3 of a country named, or implied by a demonym, capital or metonym."""
    key = normalise_name(text)
    hit = countries().get(key)
    if hit:
        return hit["iso3"]
    return GOV_METONYMS.get(key)


def is_outlet(text: str) -> bool:
    key = normalise_name(text)
    if key in OUTLETS or f"the {key}" in OUTLETS:
        return True
    words = key.split()
    if len(words) >= 2 and words[-1] in OUTLET_WORDS:
        return True
    raw = text.strip()
    # US broadcast call signs: four capitals starting with K or W.
    return len(raw) == 4 and raw.isupper() and raw[0] in "KW" and raw.isalpha()

# Words of the labels news pages put before a colon that are no speaker ("READ MORE:",
# "WATCH:", "PHOTOS:", "The Latest:"): a label made only of these is skipped.
SECTION_LABEL_WORDS = frozenset("""
read more watch see also related update updates updated breaking exclusive photos photo video
videos listen live latest the analysis opinion editorial correction editor's note advertisement
sponsored full coverage story continues below top trending must highlights recap timeline
""".split())
# Of those, the labels that put a link to another story on the page ("READ MORE: Council
# votes …"): what follows them is that story's headline, not this article's text. A label
# made only of these words, with one of LINK_LABEL_HEADS, marks a link line.
LINK_LABEL_WORDS = frozenset("read more watch see also related photos photo video videos listen trending top "
                             "stories full coverage must".split())
LINK_LABEL_HEADS = frozenset("read watch see related photos photo video videos listen trending coverage".split())
