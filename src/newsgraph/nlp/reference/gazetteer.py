"""Actor gazetteers: PLOVER sector words, armed groups, IGOs and NGOs (countries are in
`data/countries.tsv`, read by `lexicon.countries`)."""
from __future__ import annotations

# PLOVER sectors from titles and nouns
SECTOR_WORDS: dict[str, str] = {}
for _sector, _words in {
    "GOV": "president minister secretary spokesperson spokesman spokeswoman government ministry "
           "premier chancellor king queen prince emir sultan ambassador envoy diplomat diplomats "
           "official officials administration cabinet mayor governor councilor councillor "
           "counselor leader leaders kremlin state department foreign counterpart counterparts "
           "authorities regime",
    "MIL": "military army navy troops soldiers soldier forces force general admiral commander "
           "marines defense defence airforce colonel militaries tanks tank aircraft helicopters "
           "helicopter jets warplanes warplane missiles missile drones warships bombers artillery "
           "peacekeepers peacekeeper contingent contingents battalion battalions brigade brigades",
    "COP": "police policeman policemen officers sheriff",
    "JUD": "court judge judges justice prosecutor prosecutors tribunal",
    "LEG": "parliament congress senate senator lawmaker lawmakers legislature assembly "
           "congressman congresswoman representative mps",
    "REB": "rebels rebel militants militant insurgents insurgent guerrillas fighters taliban "
           "separatists jihadists",
    "JRN": "journalist journalists reporter reporters newspaper media broadcaster",
    "BUS": "company companies firm corporation business businesses bank banks ceo executive "
           "businessman businessmen businesswoman",
    "CVL": "civilians civilian protesters protester activists activist residents people "
           "citizens villagers women men children families voters demonstrators nationals",
    "LAB": "workers worker drivers miners union unions strikers",
    "AGR": "farmers farmer peasants",
    "OPP": "opposition dissidents dissident",
    "UAF": "gunmen gunman",
    "REF": "refugees refugee migrants asylum",
    "MED": "doctors hospital hospitals health",
    "REL": "church mosque clergy bishop cleric imam pope",
    "PTY": "party pac",
    "SPY": "intelligence spy spies",
    "EDU": "university school teachers students student",
}.items():
    for _w in _words.split():
        SECTOR_WORDS[_w] = _sector

# armed non-state groups often named in the news: (country of operation or None, sector)
ARMED_GROUPS: dict[str, tuple[str | None, str]] = {
    "hamas": ("PSE", "REB"), "islamic jihad": ("PSE", "REB"), "palestinian islamic jihad": ("PSE", "REB"),
    "hezbollah": ("LBN", "REB"), "taliban": ("AFG", "REB"), "boko haram": ("NGA", "REB"),
    "al-shabaab": ("SOM", "REB"), "al shabaab": ("SOM", "REB"), "shabaab": ("SOM", "REB"),
    "farc": ("COL", "REB"), "eln": ("COL", "REB"), "pkk": ("TUR", "REB"), "houthis": ("YEM", "REB"),
    "houthi": ("YEM", "REB"), "moro islamic liberation front": ("PHL", "REB"), "milf": ("PHL", "REB"),
    "new people's army": ("PHL", "REB"), "abu sayyaf": ("PHL", "REB"), "al-qaeda": (None, "REB"),
    "al qaeda": (None, "REB"), "al-qaida": (None, "REB"), "islamic state": (None, "REB"), "isis": (None, "REB"),
    "isil": (None, "REB"), "daesh": (None, "REB"), "lord's resistance army": ("UGA", "REB"),
    "ira": ("GBR", "REB"), "eta": ("ESP", "REB"), "ypg": ("SYR", "REB"), "m23": ("COD", "REB"),
}

# intergovernmental and non-governmental organisations by name or acronym
IGOS = {"nato", "u.n.", "united nations", "european union", "african union", "european community",
        "asia-pacific economic cooperation", "apec", "organization of american states",
        "asean", "opec", "imf", "world bank", "world health organization", "wto",
        "security council", "u.n. security council", "un security council", "icc",
        "international criminal court", "osce", "g7", "g20", "arab league", "oas",
        "european commission", "interpol", "iaea", "unicef", "unhcr", "human rights council",
        "ecowas", "sco", "brics", "council of europe", "gulf cooperation council", "gcc"}
# short acronyms that are also English words: matched case-sensitively on the text
IGO_ACRONYMS = {"UN", "EU", "AU", "WHO", "OAS", "SCO", "GCC", "ICC", "IAEA", "WTO", "IMF", "NATO", "OSCE"}
NGOS = {"amnesty international", "human rights watch", "red cross", "international committee of "
        "the red cross", "doctors without borders", "msf", "greenpeace", "oxfam",
        "aclu", "american civil liberties union", "transparency international", "save the children"}


SPECIFIC_SECTORS = {"MIL", "REB", "JUD", "LEG", "COP", "SPY"}   # win over GOV/CVL when both match
