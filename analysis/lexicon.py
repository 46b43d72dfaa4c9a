"""Word lists of English news language used by the quote and speaker rules.

Nothing here is about a particular article: speech verbs, auxiliaries,
titles, role nouns and organisation nouns as any news report uses them.

Example:
    >>> CUE_FORMS["told"], CUE_FORMS["warns"]
    ('tell', 'warn')
"""

from __future__ import annotations

# lemma -> irregular forms; regular forms (-s, -ed, -ing) are generated.
_CUE_LEMMAS: dict[str, tuple[str, ...]] = {
    "say": ("said", "says", "saying"),
    "tell": ("told", "tells", "telling"),
    "add": (),
    "warn": (),
    "explain": (),
    "stress": ("stresses",),
    "insist": (),
    "argue": ("argued", "argues", "arguing"),
    "note": ("noted", "notes", "noting"),
    "claim": (),
    "acknowledge": ("acknowledged", "acknowledges", "acknowledging"),
    "admit": ("admitted", "admits", "admitting"),
    "write": ("wrote", "writes", "writing", "written"),
    "post": (),
    "tweet": (),
    "text": ("texted",),  # (the noun's forms are not cues: see _NOUN_FORMS)
    "message": ("messaged",),
    "ask": (),
    "question": ("questioned", "questions", "questioning"),  # "questioned whether ..."
    "reply": ("replied", "replies", "replying"),
    "respond": (),
    "continue": ("continued", "continues"),
    "declare": ("declared", "declares", "declaring"),
    "announce": ("announced", "announces"),
    "suggest": (),
    "urge": ("urged", "urges", "urging"),
    "caution": (),
    "recall": (),
    "remember": ("remembered", "remembers"),  # '"...," remembers Ann Lee, with a laugh'
    "remark": (),
    "observe": ("observed", "observes"),
    "concede": ("conceded", "concedes", "conceding"),
    "complain": (),
    "predict": (),
    "maintain": (),
    "emphasise": ("emphasised", "emphasises"),
    "emphasize": ("emphasized", "emphasizes"),
    "conclude": ("concluded", "concludes"),
    "believe": ("believed", "believes"),
    "think": ("thought", "thinks"),
    "expect": (),
    "confirm": (),
    "deny": ("denied", "denies"),
    "agree": ("agreed", "agrees"),
    "counter": (),
    "submit": ("submitted", "submits", "submitting"),  # (with "that": "submitted that")
    # "shot back", "hit back", "fired back" (with their particle only)
    "shoot": ("shot", "shoots", "shooting"),
    "hit": ("hit", "hits", "hitting"),
    "fire": ("fired", "fires", "firing"),
    "vow": (),
    "promise": ("promised", "promises"),
    "pledge": ("pledged", "pledges"),
    "estimate": ("estimated", "estimates"),
    "reckon": (),
    "speculate": ("speculated", "speculates"),
    "report": (),  # "reported" only (with "that", or after the clause: "..., the agency
    # reported."); "report(s)" is mostly a noun
    "hope": ("hoped", "hopes"),
    "fear": (),
    "doubt": (),
    "demand": (),
    "call": (),
    "reiterate": ("reiterated", "reiterates"),
    "repeat": ("repeated", "repeats"),  # (with "that" only: not in BARE_CLAUSE_VERBS)
    "assert": (),
    "contend": (),
    "allege": ("alleged", "alleges"),
    "tell reporters": (),
    "accuse": ("accused", "accuses"),
    "describe": ("described", "describes"),
    "recount": (),
    "lament": (),
    "joke": ("joked", "jokes"),
    "quip": ("quipped", "quips"),
    "indicate": ("indicated", "indicates"),
    "signal": ("signalled", "signaled", "signals"),
    "point": (),
    "make": ("made", "makes", "making"),
    "add that": (),
    "remind": (),
    "assure": ("assured", "assures"),
    "put": ("put", "puts", "putting"),
    "retort": (),
    "protest": (),
    "plead": ("pleaded", "pleads", "pleading"),
    "answer": (),
    "venture": ("ventured", "ventures"),
    "muse": ("mused", "muses"),
    "begin": ("began", "begins", "beginning", "begun"),  # '"...," he began'
    # manner of speaking (with a direct quotation only)
    "boom": (),
    "purr": ("purred", "purrs"),
    "snap": ("snapped", "snaps"),
    "bark": (),
    "thunder": (),
    "roar": (),
    "shout": (),
    "whisper": (),
    "mutter": (),
    "sigh": (),
    "laugh": (),
    "growl": (),
    "interject": (),
    "scoff": (),
    "fume": ("fumed", "fumes"),
    "yell": (),
    "murmur": (),
    "grumble": ("grumbled", "grumbles"),
    "exclaim": (),
    "crow": ("crowed",),  # (not "crows": the birds)
    "boast": (),
    "gloat": (),
    "sneer": (),
    "seethe": ("seethed",),
    # reporting verbs of translated copy ("specified that", "informed that")
    "specify": ("specified", "specifies", "specifying"),
    "inform": ("informed", "informs"),
    "assess": ("assessed", "assesses"),
    "opine": ("opined", "opines"),
    # not "states" (the noun: "member states")
    "state": ("stated",),
    # verbs that report a that-clause ("underlined that", "revealed that")
    "underline": ("underlined", "underlines"),
    "underscore": ("underscored", "underscores"),
    "highlight": ("highlighted", "highlights"),
    "comment": ("commented",),
    "mention": ("mentioned",),
    "clarify": ("clarified", "clarifies"),
    "affirm": ("affirmed", "affirms"),
    "reaffirm": ("reaffirmed", "reaffirms"),
    "testify": ("testified", "testifies"),
    "reveal": ("revealed", "reveals"),
    "disclose": ("disclosed", "discloses"),
    # "expressed concern (that) the disease could spread" (with its noun only: below)
    "express": ("expressed", "expresses", "expressing"),
    "recommend": ("recommended", "recommends"),
    "propose": ("proposed", "proposes"),  # "proposed that it be phased in over three years"
    # a court's or a regulator's decision ("the court ruled that ..."; with "that" only)
    "rule": ("ruled",),
    # adjectives of a reported conviction: "was adamant that ...", "was unconvinced that"
    "adamant": ("adamant",),
    "convinced": ("convinced",),
    "unconvinced": ("unconvinced",),
    "confident": ("confident",),
    "optimistic": ("optimistic",),
    "pessimistic": ("pessimistic",),
    "uncertain": ("uncertain",),
    "doubtful": ("doubtful",),
    "hopeful": ("hopeful",),
    "sceptical": ("sceptical",),
    "skeptical": ("skeptical",),
}


def _forms(lemma: str, irregular: tuple[str, ...]) -> set[str]:
    if " " in lemma:
        return set()
    forms = {lemma, *irregular}
    if lemma in irregular or any(f.endswith(("ed", "ought", "old", "id", "ote", "ied"))
                                 for f in irregular):
        return forms | {lemma + ("es" if lemma.endswith(("s", "sh", "ch")) else "s")}
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    ending_s = "es" if lemma.endswith(("s", "sh", "ch", "x")) else "s"
    return forms | {lemma + ending_s, stem + "ed", stem + "ing"}


#: Forms that are far more often nouns than speech verbs ("the United States", "a
#: comment", "the highlights"): only their other forms are cues.
_NOUN_FORMS = frozenset({"state", "states", "comment", "comments", "mention", "mentions",
                         "highlight", "highlights", "underline", "underscore", "rule",
                         "rules", "report", "reports", "reporting", "text", "texts",
                         "message", "messages", "messaging"})

#: Every inflected form of a speech or cognition verb -> its lemma.
CUE_FORMS: dict[str, str] = {
    form: lemma for lemma, irr in _CUE_LEMMAS.items() for form in _forms(lemma, irr)
    if form not in _NOUN_FORMS
}

#: Cues that only report speech when a complement follows in a fixed shape.
NEEDS_PARTICLE: dict[str, tuple[str, ...]] = {
    "call": ("on", "for", "upon"),
    "point": ("out",),
    "make": ("clear", "it clear"),
    "put": ("it to",),  # "put it to the secretary that ..."
    "shoot": ("back",),
    "hit": ("back",),
    "fire": ("back",),
    "express": ("concern", "confidence", "certainty", "hope", "fear", "doubt", "optimism",
                "doubts", "fears", "hopes", "concerns"),
}

#: Speech verbs whose addressee may stand before the reported clause
#: ("told reporters that", "reminded the audience that", "assured MPs that",
#: "informed reporters that").
OBJECT_CUES: frozenset[str] = frozenset({"tell", "remind", "assure", "put", "inform"})

#: Verbs taking an object + "to" infinitive as their reported content.
OBJECT_TO_VERBS: frozenset[str] = frozenset({"urge", "expect", "call", "ask", "warn"})

#: Currencies' short forms written before an amount, as a regex alternation: "Gs. 25,000",
#: "Rs2.3 billion", "Ksh 300" (Paraguayan guaraní, rupee, Kenyan shilling ...).
CURRENCY_SHORT_FORMS: str = "Gs|Bs|Tk|Tsh|Ush|Ksh|Kshs|Shs?|Rs|NRs|Rp|Nu|Dh|Dhs|Bds"

#: Cognition verbs: reported stance rather than speech.
COGNITION_VERBS: frozenset[str] = frozenset(
    {"believe", "think", "expect", "hope", "fear", "doubt", "reckon", "estimate"}
)

#: Cues that make no sense for reported clauses without "that" or a clause.
DIRECT_ONLY_VERBS: frozenset[str] = frozenset(
    {"ask", "question", "reply", "respond", "continue", "joke", "quip", "counter",
     "recount", "describe", "accuse", "remark", "lament", "retort", "answer", "venture",
     "muse", "boom", "purr", "snap", "bark", "thunder", "roar", "shout", "whisper", "mutter",
     "sigh", "laugh", "growl", "interject", "scoff", "fume", "yell", "murmur", "grumble",
     "exclaim", "crow", "gloat", "sneer", "seethe", "begin"}
)

#: Words that may stand between a subject and its speech verb.
AUXILIARIES: frozenset[str] = frozenset(
    {"has", "have", "had", "is", "was", "were", "are", "will", "would", "could", "might",
     "may", "should", "shall", "can", "did", "does", "do", "also", "later", "then",
     "previously", "repeatedly", "recently", "again", "earlier", "once", "long", "already",
     "still", "not", "never", "further", "separately", "publicly", "privately", "reportedly",
     "often", "frequently", "consistently", "now", "today", "yesterday", "firmly",
     "strongly", "clearly", "openly", "flatly", "bluntly", "quickly", "immediately",
     "simply", "only", "even", "herself", "himself", "themselves", "itself", "too", "been",
     "being", "n't", "cannot", "all", "both", "just", "first", "last", "tonight"}
)
NEGATIONS: frozenset[str] = frozenset({"not", "never", "n't", "cannot", "no"})

#: Pronouns that can stand as speakers, with gender and number.
PRONOUNS: dict[str, tuple[str, str]] = {
    "he": ("m", "sg"),
    "she": ("f", "sg"),
    "they": ("", "pl"),
    "it": ("n", "sg"),
    "we": ("", "pl"),
}

#: Capital letters of the Latin alphabets (ASCII, Latin-1 and Latin Extended-A/B, so
#: Ł, Ž, Ș and Ț too), for use inside a regular-expression character class.
UPPER: str = "A-Z" + "".join(ch for ch in map(chr, range(0xC0, 0x250)) if ch.isupper())

#: Titles and honorifics that precede names (lower-cased, without final dot).
TITLES: frozenset[str] = frozenset(
    {"dr", "prof", "professor", "mr", "mrs", "ms", "miss", "mx", "sir", "dame", "lord", "lady",
     "excellency", "highness", "eminence", "worship",  # "His Excellency Ann Lee"
     "mzee",  # Swahili: "Mzee Ann Lee", an elder
     "assoc", "asst",  # "Assoc. Prof. Ann Lee", "Asst. Prof. Ann Lee"
     "ima",  # Manipuri: "Ima Ann Lee", a woman of standing (mother)
     "ibu", "bapak",  # Indonesian: "Ibu Ann Lee" (Mrs), "Bapak Bo Lee" (Mr)
     "make", "babe",  # siSwati: "Make Ann Lee" (Mrs), "Babe Bo Lee" (Mr)
     "president", "vice", "prime", "minister", "chancellor", "secretary", "general", "gen",
     "col", "colonel", "captain", "capt", "lt", "lieutenant", "major", "maj", "sgt",
     "sergeant", "senator", "sen", "rep", "representative", "governor", "gov", "mayor",
     "regent", "akim", "khokim", "hokim",  # (Kazakh and Uzbek heads of a city or region)
     "king", "queen", "prince", "princess", "pope", "ambassador", "judge", "justice", "rev",
     "pastor", "imam", "rabbi", "revd", "archdeacon", "monsignor", "prebendary",
     "reverend", "father", "archbishop", "bishop", "commissioner", "chief", "deputy",
     "foreign", "defence", "defense", "home", "health", "finance", "interior", "economy",
     "trade", "state", "shadow", "first", "commander", "admiral", "marshal", "field",
     "speaker", "chair", "chairman", "chairwoman", "director", "premier", "sheikh", "sheikha",
     "emir", "crown", "former", "acting", "opposition", "labour", "conservative", "tory",
     "democratic", "republican", "democrat", "senior", "junior", "attorney", "mp",
     "congressman", "congresswoman", "councillor", "cllr", "coun", "cde",
     "spokesman", "spokeswoman",
     "spokesperson", "envoy", "special", "high", "leader", "secretary-general",
     "commander-in-chief", "director-general",  # (a hyphenated office: one title)
     "co-founder", "founder", "ceo", "vp", "svp", "evp", "cfo", "coo", "cto", "gm", "head",
     "commodore", "brigadier", "brig", "corporal",
     "cpl", "bombardier", "major-general", "lieutenant-general", "lieutenant-colonel",
     "vice-admiral", "rear-admiral", "vice-marshal", "air-marshal", "mla", "msp", "mep",
     "td", "undersecretary", "under-secretary", "baroness", "baron", "viscount",
     "extraordinary", "plenipotentiary",  # "Ambassador Extraordinary and Plenipotentiary"
     # honorifics of other languages kept in translated copy ("Mme Turcotte said")
     "mme", "mlle", "herr", "frau", "sra", "srta", "signor", "signora", "señor", "señora",
     "mdm",  # Singapore and Malaysia: "Mdm Tan Siew Hoon"
     "dona", "doña", "ratu", "adi",  # ("Dona Rosa", "Doña Estela"; Fijian chiefly titles)
     "afioga", "susuga",  # Samoan forms of address before a chief's or a pastor's name
     "oknha",  # a Cambodian honour before a tycoon's name ("Oknha Lim Pheakdey")
     "tuai", "rumah",  # an Iban longhouse headman, "Tuai Rumah Ann anak Lee"
     "uno",  # Bangladesh's upazila nirbahi officer, "UNO Ann Lee"
     "cs",  # Kenya's cabinet secretary (a minister), "CS Ann Lee"
     "starosta", "wojewoda", "wójt", "burmistrz",  # (Polish county, province, commune heads)
     # Polish: an MP ("poseł Ann Lee", "posłanka"), a village head, ranks ("płk", "ppłk")
     "poseł", "posłanka", "sołtys", "płk", "ppłk", "mjr", "kpt", "szer", "sierż", "kpr",
     # Swedish ranks and offices: "fanjunkare Ann Lee", "överstelöjtnant", "kommunalråd"
     "fanjunkare", "förvaltare", "överstelöjtnant", "överste", "kapten", "löjtnant", "fänrik",
     "furir", "överfurir", "korpral", "kommendörkapten", "brigadgeneral", "kommunalråd",
     "riksdagsledamot",
     # Romanian: "dl." (Mr), a commodore ("comandor")
     "dl", "comandor",
     # Romanian offices with the article ("primarul Ann Lee", "deputatul Bo Lee")
     "primarul", "deputatul", "deputata", "senatorul", "senatoarea", "prefectul",
     "consilierul", "consiliera",
     "gus",  # the Javanese style of a kyai's son ("Gus Ahmad Lee"; "Gus Lee" is a name)
     "docent", "docentka",  # (a Nordic, Czech or Polish academic title: "docent Ann Lee")
     # Latvian and Lithuanian MPs, council chairs and ranks ("Saeimas deputāts Ann Lee",
     # "virsseržants Bo Lee", "Seimo narys")
     "deputāts", "deputāte", "priekšsēdētājs", "priekšsēdētāja", "virsseržants", "seržants",
     "kaprālis", "dižkareivis", "leitnants", "virsleitnants", "kapteinis", "pulkvedis",
     "pulkvežleitnants", "narys", "narė", "seržantas", "leitenantas", "kapitonas", "majoras",
     "pulkininkas", "meras",
     # Finnish, Danish and Hungarian ranks and offices ("eversti Ann Lee", "kansanedustaja",
     # "oberst", "folketingsmedlem", "borgmester", "alezredes")
     "eversti", "everstiluutnantti", "majuri", "kapteeni", "yliluutnantti", "luutnantti",
     "vääpeli", "ylikersantti", "kersantti", "kansanedustaja", "kaupunginjohtaja",
     "oberstløjtnant", "kaptajn", "premierløjtnant", "oversergent", "konstabel",
     "folketingsmedlem", "borgmester", "alezredes", "ezredes", "őrnagy", "százados",
     "főhadnagy", "hadnagy", "törzsőrmester", "polgármester", "képviselő",
     "suldaan", "auntie", "aunty",  # (a Somali clan elder; "Auntie Mei")
     "asg", "dsp", "asp", "acp",  # (Additional Solicitor General; police ranks)
     # Austrian and German degrees and offices written before a name ("LAbg. Mag.a Ann
     # Lee", "Univ.-Prof. Ann Lee", "NAbg. Ing. Ann Lee", "Dipl.-Ing.", and "DI": see
     # speakers._norm), an Austrian NCO's rank ("Vzlt. i.R. Ann Lee": retired)
     "labg", "nabg", "babg", "mag", "mag.a", "univ.-prof", "dipl.-ing", "vzlt",
     "obstlt", "bgm", "i.r",
     # Kurdish forms of address before a given name: "Mamosta Awat" (teacher), "Kak
     # Rostam" (Mr, elder brother), "Xatû Ann" (Mrs)
     "mamosta", "kak", "xatû", "xatu",
     # the Polish form of address for a woman before her given name: "Pani Lidia"; a
     # councillor's style ("Radna Ann Lee", "Radny Bo Chen")
     "pani", "radna", "radny",
     # Bhutanese offices and forms of address ("Dzongdag Ann Lee", "Aum Ann Lee"; "Dasho",
     # "Gup" and "Thrizin" below)
     "dzongdag", "aum", "drungpa", "lyonchhen", "thuemi",  # (the Prime Minister,
     # a local government's elected member: "Lyonchhen Ann Lee")
     # siSwati offices before a name: a chief's headman and a constituency's councillor
     # ("Indvuna Ann Lee", "Bucopho Ann Lee")
     "indvuna", "bucopho",
     # a Quebec lawyer's or notary's style ("Me Ann Lee", Maître)
     "me",
     # British police ranks shortened before a name ("DC Ann Lee", "DCI Bo Lee", "PC Lee")
     "dc", "ds", "dci", "dsi", "dcs", "dsupt", "pc", "pcso",
     "shri", "sri", "smt", "shrimati", "kumari", "vice-president", "vice-chair",
     "vice-chairman", "vice-chairwoman", "vice-chancellor", "vice-minister", "vice-premier",
     "vice-governor", "vice-mayor", "vice-speaker", "parliamentary",
     # Malay honorifics and styles ("Datuk Seri Ann Lee", "Dato' Sri", "Tengku")
     "datuk", "dato", "dato'", "dato’", "datin", "seri", "tengku", "tunku", "haji", "hajah",
     "hj", "hjh",  # (Haji and Hajah abbreviated: "Hj. Ann Lee")
     "ustaz", "ustazah", "ustaza",  # (a religious teacher: "Ustaz Ann Lee")
     "hajja",  # (the Sudanese pilgrim's style for a woman: "Hajja Ann Lee")
     "cikgu",  # (a school teacher: "Cikgu Ann Lee")
     "comr",  # (a police commissioner's rank: "spokesman Comr. Ann Lee")
     # Swahili styles: "Bi" and "Bw." (Ms, Mr), "Mstahiki Meya" (His Worship the Mayor),
     # "Mheshimiwa"/"Mhe." (Honourable), "Dkt." (Dr), "Sheha" (a ward's officer)
     "bi", "bw", "bwana", "mstahiki", "meya", "mheshimiwa", "mhe", "dkt",
     # Afrikaans "Oom"/"Tannie" (uncle, aunt: respect for an elder), Setswana "Kgosi" (chief)
     "oom", "tannie", "kgosi",
     "hajji", "hajjat", "sheriff",
     "puan", "encik", "yb",
     "mola",  # (a Bakweri elder, Cameroon: "Mola Ikome Njie-Lyonga")
     "secretary-treasurer", "clerk-treasurer",  # (US local bodies' officers)
     "bah",  # a Khasi style ("Bah Ann Lee")
     "ir",  # (a registered engineer, Malaysia and Indonesia: "Dato Sri Ir Ann Lee")
     # Irish offices used as titles ("Taoiseach Ann Lee"), South Asian religious titles
     "taoiseach", "tánaiste", "maulana", "mufti",
     # members of provincial and national assemblies (Pakistan, Canada), Akan chiefs
     "mpa", "mpp", "mna", "barima",
     # Knesset members ("MK Ann Lee"), trade unionists' style ("Comrade Ann Lee")
     "mk", "comrade", "mca",
     # Australian and New Zealand ranks written in capitals ("GPCAPT Ann Lee", "WGCDR")
     "gpcapt", "wgcdr", "sqnldr", "fltlt", "flgoff", "pltoff", "aircdre", "ltcol", "ltgen",
     "majgen", "lcdr", "lcpl",
     # Philippine provincial and city board members ("BM Ann Lee", "Kgd. Ann Lee")
     "bm", "kgd", "supt", "superintendent", "insp", "inspector", "cmdr", "cdr",
     "det", "detective", "atty", "amb", "pte", "hon", "honourable", "honorable", "mlc",
     "osabarima", "omanhene",
     # a Prairie rural municipality's head ("Reeve Ann Lee")
     "reeve",
     # Swiss offices used as titles ("Regierungsrat Ann Lee", "Kantonsrätin Ann Lee")
     "regierungsrat", "regierungsrätin", "kantonsrat", "kantonsrätin", "nationalrat",
     "nationalrätin", "ständerat", "ständerätin", "grossrat", "grossrätin", "stadtrat",
     "stadträtin", "stadtpräsident", "stadtpräsidentin", "gemeindepräsident",
     "gemeindepräsidentin", "landammann",
     # Austrian and German offices ("Landesrätin Ann Lee", "Bürgermeister Ann Lee")
     "landesrat", "landesrätin", "landeshauptfrau", "bürgermeister",
     "bürgermeisterin", "vizebürgermeister", "vizebürgermeisterin", "gemeinderat",
     "gemeinderätin", "bezirkshauptmann", "bezirkshauptfrau", "abgeordnete", "abgeordneter",
     # a Uruguayan departmental councillor ("edila Ann Lee"); an advocate ("Adv. Ann Lee")
     "edil", "edila", "adv",
     # Dutch and Flemish offices ("wethouder Ann Lee", "schepen Ann Lee", "burgemeester Ann
     # Lee", "gedeputeerde Ann Lee", "raadslid Ann Lee")
     "wethouder", "schepen", "burgemeester", "gedeputeerde", "raadslid", "fractievoorzitter",
     "fractieleider",
     "drs",  # the Dutch "doctorandus" degree ("drs. Ann Lee"), also plural "Drs" (doctors)
     # Mizo "Pu" and "Pi" (Mr, Mrs: "Pu Ann Lee"); Acehnese "Tgk." (Teungku, a religious
     # and honorific style) and "Keuchik" (a village head)
     "pu", "pi", "tgk", "keuchik",
     "perit",  # a Maltese architect's style ("Perit Ann Lee")
     "domprost", "sogneprest",  # Norwegian clergy: a cathedral's dean, a parish priest
     # Portuguese titles, with their full stop (see speakers._norm): an engineer, an
     # architect, a priest (Padre), and the forms with the ordinal indicator ("Prof.ª Ann
     # Lee", "D.ª Ann Lee": Dona, "Eng.º Bo Lee")
     "eng.", "arq.", "pe.", "prof.ª", "dr.ª", "sr.ª", "d.ª", "eng.ª", "eng.º", "arq.ª", "arq.º",
     "sr.º",
     # the Croatian doctorate ("Prof. dr. sc. Ann Lee"), a Danish alderman ("Rådmand Ann Lee")
     "sc.", "rådmand", "rådkvinde",
     # Czech and Slovak degrees used as titles ("Ing. Ann Lee", "Doc. Ing. Ann Lee")
     "ing", "mgr", "doc", "judr", "mudr", "rndr", "phdr",
     # an air force rank abbreviated ("Air Cdre Ann Lee")
     "cdre",
     # Irish Defence Forces ranks abbreviated ("Comdt Ann Lee", "Lt Col Ann Lee")
     "comdt",
     # German and Austrian military ranks ("Kapitän zur See Ann Lee", "Oberst Ann Lee")
     "kapitän", "fregattenkapitän", "korvettenkapitän", "flottillenadmiral", "konteradmiral",
     "vizeadmiral", "oberst", "oberstleutnant", "generalleutnant", "generalmajor",
     "brigadegeneral", "hauptmann", "oberstabsfeldwebel",
     "a.d",  # ... retired ("Oberst a.D. Ann Lee", "Generalmajor i.R. Ann Lee")
     "class",  # a US Army rank's end ("Sgt. 1st Class Ann Lee")
     "rank",  # a naval rank's end ("Capt. 2nd Rank Ann Lee", "Captain First Rank Ann Lee")
     # a councillor in Zimbabwe and Zambia ("Clr Ann Lee"); southern African chiefs ("Hosi Ann
     # Lee" in Xitsonga, "Kgoshi Ann Lee" in Sepedi, "Inkosi Ann Lee" in isiZulu)
     "clr", "hosi", "kgoshi", "inkosi",
     # Brazilian styles ("Padre Ann Lee", "Vereadora Ann Lee", "Seu Ann") and a
     # German district councillor ("Kreisrat Ann Lee")
     "padre", "vereador", "vereadora", "seu", "kreisrat", "kreisrätin",
     # an Indian village council's head and members ("Sarpanch Ann Lee", "Dy Sarpanch Ann
     # Lee", "Panch Ann Lee")
     "sarpanch", "upsarpanch", "panch", "dy",
     "seaman", "leading",  # naval ranks ("Leading Seaman Ann Lee", "Able Seaman Ann Lee")
     # Bruneian styles ("Dato Seri Setia Awang Haji Ann Lee", "Pehin", "Pengiran"; "Awang"
     # and "Dayang" only beside another style: also names in Sabah and Sarawak)
     "setia", "pehin", "pengiran", "berhormat", "awang", "dayang",
     "pandit",  # a Hindu priest and scholar ("Pandit Ann Lee Sharma")
     # Members of the House of Keys and of a House of Assembly; Amharic styles ("Ato",
     # "Woizero", written "W/ro", and "Weizerit")
     "mhk", "mha", "ato", "woizero", "w/ro", "weizerit",
     # a member of American Samoa's House of Representatives ("Faipule Ann Lee"); Bhutan's
     # "Dasho", "Lyonpo" (a minister) and "Gup" (a county head); Liberian and Malaysian styles
     # ("Madam Ann Lee", "Datuk Amar Ann Lee")
     "faipule", "dasho", "lyonpo", "gup", "madam", "amar", "patinggi",
     # a Bhutanese district council's chair and a deputy county head ("DT Thrizin Ann Lee",
     # "Mangmi Ann Lee")
     "thrizin", "mangmi",
     "punong", "barangay",  # Filipino "Punong Barangay Ann Lee", a village chief
     # US county boards ("Supervisor Ann Lee", "District 7 Supervisor Ann Lee"); Sesotho,
     # Māori and Oshiwambo styles ("Ntate", "Mme", "Tā", "Meme")
     "supervisor", "ntate", "tā", "meme", "'me", "‘me",  # ("’Me ’Malineo Ann", "‘Me")
     # US local and state offices used as titles ("Councilor Ann Lee", "Del. Ann Lee")
     "councilor", "councilwoman", "councilman", "councilmember", "alderman", "alderwoman",
     "selectman", "selectwoman", "assemblyman", "assemblywoman", "assemblymember",
     # a US party's precinct officers ("Precinct Committeewoman Ann Lee")
     "committeeman", "committeewoman", "precinct",
     # Nigerian styles ("Alhaji Ann Lee", "Engr. Ann Lee", "Barr. Ann Lee", "Mallam")
     "alhaji", "alhaja", "hajia", "haja", "hajiya", "engr", "barr", "mallam", "malam",
     # Nigerian chiefly and church styles ("Obong Ann Lee", "Deaconess Ann Lee", "Oba",
     # "Igwe"); Māori forms of address for elders ("Matua Ann Lee", "Whaea Ann Lee")
     "obong", "oba", "igwe", "deacon", "deaconess", "evangelist", "prophet", "apostle",
     "matua", "whaea",
     "morena",  # Sesotho: a chief ("Morena Ann Lee")
     # Spanish ranks and offices kept in English copy ("Comandante Ann Lee", "Alcaldesa")
     "comandante", "coronel", "teniente", "capitán", "sargento", "alcalde", "alcaldesa",
     "concejal", "concejala", "diputado", "diputada", "senadora", "consejero", "consejera",
     # a Paraguayan or Argentine mayor, a Central American councillor
     # ("Intendente Ann Lee", "Regidora Ann Lee")
     "intendente", "intendenta", "regidor", "regidora",
     # a Bolivian or Ecuadorian assembly member; a Mexican public accountant ("Asambleísta
     # Ann Lee", "C.P. Ann Lee")
     "asambleísta", "asambleista", "c.p", "lic", "licda", "lcda", "lcdo", "mtra", "mtro",
     "ña", "ño",  # (the Paraguayan "Ña Sixta", "Ño Pedro")
     "dip", "compañera", "compañero",  # ("Dip. Ann Lee", a deputy; "Compañera Ann Lee")
     # "Senate President Pro Tem Ann Lee", "President pro tempore Ann Lee"; Kiribati "Nei";
     # Baloch and Pakhtun styles ("Mir", "Nawabzada")
     "pro", "tem", "tempore", "nei", "mir", "nawabzada",
     # Tamil styles ("Thiru Ann Lee", "Tmt Ann Lee", "Selvi"); Australian and New Zealand
     # councillors ("Cr Ann Lee"); French clergy ("Abbé")
     "thiru", "tmt", "thirumathi", "selvi", "cr", "abbé", "abbe",
     # Gulf styles ("Shaikh Ann Lee", "Sayed Ann Lee"); "Rt. Hon."; the Punjabi "Bibi Ann
     # Kaur"; "Makhdoom" of Sindh (not the Akan "Nana": gold sets keep it in the name)
     "shaikh", "sayed", "rt", "bibi", "makhdoom",
     # a Kenyan county executive ("Finance CEC Ann Lee"); "Fr. Ann Lee" (Father); South
     # African provincial titles ("MEC Ann Lee", "MPL Ann Lee"); an Austrian state governor
     "cec", "fr", "mec", "mpl", "landeshauptmann",
     # "Hadja Ann Lee" (West Africa); a Liberal Democrat ("Lib Dem Ann Lee")
     "hadja", "hadji", "lib", "dem",
     # the Chadian and Sudanese "Hadjé", "Hadjia"; the French "Pr" (professeur: "Pr Ann Lee")
     "hadjé", "hadje", "hadjia", "pr",
     # Burmese styles ("U Ann Lee", "Daw Ann Lee"; not "Ko" and "Ma", also Korean and
     # Chinese surnames); the Egyptian pilgrim's "Hagg", "Hagga"
     "u", "daw", "hagg", "hagga", "h.e",  # (and "H.E. Ann Lee": His or Her Excellency)
     "sain", "saeen",  # a Sindhi style of respect ("Sain Ann Lee")
     # Mon styles ("Nai Ann Lee", a man; "Mi Ann Lee", a woman); Thai ones ("Khun Ann Lee";
     # "Ajarn Ann Lee", a teacher or lecturer)
     "nai", "mi", "khun", "ajarn", "ajahn", "acharn",
     # a Liechtenstein municipality's head ("Vorsteherin Ann Lee"), an Andorran or Catalan
     # councillor ("Consellera Ann Lee"); the Ethiopian "W/rt" (Weyzerit, Miss)
     "vorsteher", "vorsteherin", "conseller", "consellera", "w/rt", "w/t",
     # Khmer styles: "Samdech Ann Lee" (the highest), "Lok Chumteav Ann Lee" (a woman
     # of rank; not "Lok" alone: "Lok Sabha")
     "samdech", "chumteav",
     "kades",  # an Indonesian village head ("Kades Ann Lee", kepala desa)
     # Indonesian office abbreviations before a name: the head of a service (kepala dinas),
     # of a section or division, the police chiefs of a district and a sub-district, the
     # regional secretary, the acting head ("Kadis Ann", "Kapolres AKBP Ann Lee", "Plt")
     "kadis", "kabid", "kabag", "kasi", "kapolres", "kapolsek", "kapolda", "sekda", "kasatpol",
     "camat", "lurah", "dandim", "danramil", "plt",
     "legisladora", "legislador",  # an Argentine provincial legislator
     # Afghan and South Asian clerics' styles, the Libyan "Hajj" ("Mawlawi Ann Lee")
     "mawlawi", "maulvi", "molvi", "moulvi", "hajj", "alhaj",
     # ... the Afghan "Ustad" (master, teacher) and "Qari" (a Quran reciter), the Sudanese
     # "Haj"; the Oromo "Obbo" and "Aadde" (Mr, Mrs); an elder's "Ammi" (Algerian uncle)
     # and "Papu" (Aromanian grandfather) before a given name
     "ustad", "qari", "haj", "obbo", "aadde", "ammi", "papu",
     "bulama",  # a Kanuri ward head ("Bulama Ali Fannami")
     # the Malagasy "Ramatoa" (Mrs), the Setswana "Kgosana" (a headman), the Nguni "Gogo"
     # (grandmother) (not the Congolese "Maman", also a Hausa given name, "Maman Sani"; nor
     # the Oshiwambo "Tate", also a given name, "Tate Reeves")
     "ramatoa", "kgosana", "gogo",
     "induna",  # a Lozi or Zulu chief's councillor ("Induna Ann Lee")
     "hadj",  # the West African "El Hadj" (a pilgrim: "El Hadj Ann Lee")
     # the Georgian "Batono" and "Kalbatono" (Mr, Mrs: "Batono Zurab", given name alone);
     # the Italian "Onorevole" (a member of parliament); the Polish "dr hab." (habilitated)
     "batono", "kalbatono", "onorevole", "hab",
     # a member of a West Virginia or Virginia House of Delegates ("Delegate Ann Lee"; "Del."
     # is read as "delegate" by the speaker rules); an Indian city corporator
     "delegate", "corporator",
     # Setswana styles ("Mma Ann Lee", "Rra Bo Lee"); Cook Islands Māori and other Pacific
     # respect ("Papa Tangi Lee", "Mama Rima"); a Jersey parish head ("Connétable Ann Lee")
     # and a police constable
     "mma", "rra", "papa", "mama", "connétable", "connetable", "constable",
     # an Italian or Spanish priest's style ("Don Ann Lee"; "Don Lee" stays a given name)
     "don"}
)

#: Post-nominal letters that follow names (not part of the name: "Ann Lee KC").
POST_NOMINALS: frozenset[str] = frozenset(
    {"kc", "qc", "mp", "mep", "msp", "ms", "obe", "mbe", "cbe", "kbe", "dbe", "phd", "frs",
     "md", "esq", "td", "mla", "mpp", "mna", "mha", "mhk", "mlc", "sc",
     # a member of a German state parliament, of the Bundestag, of the European Parliament
     # ("Ann Lee MdL", "Bo Chen MdB", "Ann Lee MdEP")
     "mdl", "mdb", "mdep",
     # Indian military decorations after a retired officer's name ("Lt Gen Ann Lee (Retd),
     # PVSM, AVSM")
     "pvsm", "avsm", "uysm", "yssm", "vsm", "ysm",
     # Turkish forms of address after a given name ("Recai Bey", "Ayşe Hanım")
     "bey", "hanım", "hanim",
     # Indonesian degrees after a name ("Ann Lee, S.H., M.Si.": law, social sciences)
     "s.h", "m.h", "s.e", "m.m", "m.si", "s.sos", "s.pd", "m.pd", "s.t", "m.t", "s.ip",
     "s.kom", "m.kes", "s.ag", "m.ag", "s.ked", "s.hut", "s.si"}
)
#: Generational suffixes and regnal numbers that end a name and stay part of it: "Robert
#: Lee Jr." and "Robert Lee Sr." are two people; so are a chief "Kwame Boateng II" and "III".
NAME_SUFFIXES: frozenset[str] = frozenset({"jr", "sr", "jnr", "snr", "ii", "iii", "iv"})

#: Name particles that may be lower case inside a name.
NAME_PARTICLES: frozenset[str] = frozenset(
    {"van", "von", "der", "den", "de", "da", "del", "della", "di", "du", "la", "le", "al",
     "arap",  # Kalenjin: "Kibet arap Tuwei"
     "ole",  # Maasai: "Samuel ole Parsimei" (son of)
     "el", "bin", "ibn", "dos", "das", "do", "ter", "ten", "y", "zu", "st",
     # Irish surnames: "Fiachra Ó Dálaigh", "Áine Ní Bhriain", "Seán Mac Giolla"
     "ó", "ní", "nic", "mac", "uí",
     # Arabic and Malay patronymics: "Muna bint Salim Al Farsi", "Siti binti Ahmad"
     "bint", "binti", "binte", "bte", "ould", "abu", "umm",
     "anak",  # Iban: "Michael Unting anak Sagah" (son of)
     "br",  # Batak: "Debora br Sembiring" (boru, daughter of the clan)
     # Faroese place-names in surnames: "Sámal á Ryggi", "Jógvan í Skorini", "Rakul undir
     # Heygum", "Jens við Gjógv"
     "á", "í", "undir", "við", "úr",
     # Welsh patronymics: "Dafydd ap Gwilym", "Rhys ab Owen", "Nest ferch Rhys"
     "ap", "ab", "ferch",
     # Scottish and Irish Gaelic articles inside names of bodies and places:
     # "Comhairle nan Eilean Siar", "Bòrd na Gàidhlig", "Údarás na Gaeltachta"
     "na", "nan", "nam",
     # Filipino: "Ronald dela Rosa", "Ana delos Santos"
     "dela", "delos"}
)

#: Plural nouns for unnamed groups of people that speak as a group, not as a role
#: before a name: "Rebel fighters say ...", "..., rescuers said".
PEOPLE_PLURALS: frozenset[str] = frozenset(
    {"fighters", "rebels", "militants", "insurgents", "guerrillas", "troops", "refugees",
     "migrants", "detainees", "prisoners", "inmates", "hostages", "victims", "pilots", "crew",
     "sailors", "medics", "paramedics", "rescuers", "firefighters",
     "pupils", "attorneys", "prosecutors", "survivors", "eyewitnesses", "onlookers",
     "bystanders", "tourists", "pilgrims", "settlers", "civilians", "evacuees", "strikers",
     "nurses", "doctors", "teachers", "students", "workers", "farmers", "soldiers",
     "executives", "advocates", "proponents", "campaigners", "activists", "officials",
     "authorities", "lawmakers", "legislators", "regulators", "economists", "scientists",
     # a circle of unnamed people: "Those close to the president say", "associates say"
     "those", "associates", "confidants", "acquaintances",
     # the public met in a news story: "..., passengers said", "the mourners said"
     "customers", "clients", "patrons", "patients", "passengers", "shoppers", "diners",
     "guests", "visitors", "fans", "spectators", "mourners", "parishioners", "congregants",
     "worshippers", "donors", "locals", "children", "commuters",
     "villagers", "relatives", "employees", "volunteers", "staff"}
)

#: Nouns naming people by their role (singular and plural).
PERSON_ROLES: frozenset[str] = frozenset(
    {# clergy whose title is also a name or a word: "Canon Ann Lee", "Curate Ann Lee"
     "canon", "precentor", "curate",
     # the chair of a house: "The Speaker said the vote would stand"
     "speaker",
     # people met in training, service and custody: "One instructor said", "a prisoner said"
     "instructor", "trainer", "mentor", "surveyor", "cadet", "recruit", "gunner", "sniper",
     "bodyguard", "attache", "attaché", "inmate", "prisoner", "hostage", "apprentice", "debtor",
     # people of a state or a party's machine, of the road, the faith and the land: "A senior
     # Congress functionary said", "a public servant said", "a monk said"
     "functionary", "servant", "bureaucrat", "aspirant", "loyalist", "apparatchik", "operative",
     "emissary", "caller", "demonstrator", "monk", "nun", "deacon", "chieftain",
     # French municipal and parliamentary offices kept in English copy from Quebec,
     # Belgium and Switzerland ("Ann Lee, conseiller for District 2,", "the mairesse")
     "conseiller", "conseillère", "mairesse", "maire", "préfet", "préfète", "député",
     "députée", "échevin", "échevine", "bourgmestre", "directrice", "directeur",
     "elder", "churchgoer", "matriarch", "patriarch",  # ("An elder from the Bell community")
     "headman", "reeve", "ranger", "dentist", "veterinarian", "kagawad", "tanod",
     # Bhutanese offices: a district's administrator, its council's chair, a sub-district's
     # head (the county head "gup" below)
     "dzongdag", "thrizin", "drungpa",
     # a Tongan noble ("the Noble said", after "Lord X, a Nobles' Representative")
     "noble",
     "gup", "tshogpa",  # (Bhutan's county head and village representative)
     # occupations of arts, sport and media: '"Mrs Maisel" actress Ann Lee said'
     "actor", "actress", "singer", "songwriter", "rapper", "musician", "composer", "filmmaker",
     "writer", "novelist", "poet", "producer", "comedian", "dancer", "artist", "athlete",
     "player", "striker", "goalkeeper", "juror", "photographer", "anchor", "pastor",
     "president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson",
     "chancellor", "leader", "official", "lecturer", "professor", "analyst", "expert",
     "researcher", "fellow", "director", "head", "chief", "chairman", "chairwoman", "chair",
     "founder", "co-founder", "cofounder", "executive", "ceo", "lawyer", "barrister",
     "solicitor", "attorney", "judge", "general", "commander", "officer", "soldier", "critic",
     "reservist", "conscript", "backbencher", "frontbencher", "crossbencher", "scrutineer",
     "councilor", "appraiser", "assessor", "recorder", "convener", "convenor", "registrar",
     "rider", "headmistress", "headmaster", "schoolteacher", "ringleader",
     "alderman", "alderwoman", "selectman", "selectwoman", "assemblyman", "assemblywoman",
     "assemblymember", "committeeman", "committeewoman",
     "homeowner", "commuter", "taxpayer", "ratepayer",
     "sharecropper", "villager", "landowner", "smallholder", "weaver",
     # trades of the land, the sea and the street: "In Siabost, crofter Ann Lee said"
     "crofter", "guide", "florist", "jeweller", "jeweler", "lifeguard", "ferryman",
     "watchman", "winemaker", "vet", "logger", "busker", "grazier", "stonemason",
     "boatbuilder", "forester", "gamekeeper", "ghillie",
     "angler", "whaler", "lumberjack", "blacksmith", "saddler", "grocer", "vintner",
     "distiller", "cheesemaker", "orchardist", "homesteader", "peddler", "boatman",
     "bricklayer", "roofer", "glazier", "tiler", "haulier", "caregiver", "barman", "barmaid",
     "publican", "innkeeper", "landlady",
     "cathaoirleach",  # the chair of an Irish council or of the Seanad
     "ceann comhairle",  # the chair of the Dáil (a transcript label: "An Ceann Comhairle:")
     "conferee", "trustee", "mec", "mpl", "cec", "landeshauptmann", "administrator",
     "controller", "examiner", "jailer", "hotelier", "restaurateur",
     "independent", "parliamentarian",
     "volunteer", "resident", "mayor", "governor", "senator", "ambassador", "envoy",
     "khokim", "hokim", "akim",  # an Uzbek or Kazakh mayor or governor ("city khokim Ann
     # Lee", "Akim Ann Lee", "the akim said"; not the
     # Turkmen "hakim", also a given name)
     "regent",  # the head of an Indonesian regency ("Regent Ann Lee", "the regent said")
     "diplomat", "adviser", "advisor", "aide", "agent", "mp", "mep", "mla", "msp", "mpp",
     "mpa", "mna",
     "td", "mk", "mca", "bm", "mlc", "deputy", "assistant", "staffer", "intern", "insider",
     "observer",
     "sub-inspector", "co-chair", "co-chairman", "co-chairwoman", "co-leader", "vice-principal",
     "member", "economist",
     "historian", "scientist", "journalist", "editor", "correspondent", "activist",
     "campaigner", "negotiator", "politician", "candidate", "nurse", "doctor", "teacher",
     "student", "sophomore", "freshman", "undergraduate", "postgraduate",
     "worker", "farmer", "owner", "manager", "mother", "father", "veteran",
     "survivor", "witness", "author", "commentator", "strategist", "consultant", "partner",
     "premier", "taoiseach", "tánaiste", "king", "queen", "prince", "princess", "pope",
     "priest", "bishop", "colonel",
     "captain", "sergeant", "lieutenant", "major", "brigadier", "corporal", "admiral",
     "commodore",
     "pilot", "engineer", "entrepreneur", "businessman",
     "businesswoman", "councillor", "corporator", "prosecutor", "investigator", "inspector",
     "coordinator",
     "organiser", "organizer", "representative", "delegate", "lawmaker", "legislator",
     "congressman", "congresswoman", "secretary-general", "specialist", "academic",
     "scholar", "physician", "surgeon", "medic", "paramedic", "firefighter", "miner",
     "driver", "shopkeeper", "landlord", "tenant", "pensioner", "mum", "dad", "grandmother",
     "grandfather", "wife", "husband", "daughter", "son", "sister", "brother", "woman", "man",
     "boy", "girl", "teenager", "citizen", "voter", "fighter", "chairperson",
     "principal", "dean", "rector", "president-elect", "monarch", "sovereign", "emperor",
     "defender", "guard", "trader", "banker", "investor", "founder-director", "planner",
     "broker", "dealer", "arbitrageur", "underwriter", "shareholder", "stockholder",
     "bondholder",
     "architect", "designer", "developer", "builder", "officials", "analysts",
     "experts", "residents", "diplomats", "leaders", "ministers", "researchers", "critics",
     "campaigners", "activists", "observers", "sources", "source", "people", "officers",
     "soldiers", "volunteers", "lawyers", "economists", "scientists", "negotiators",
     "lawmakers", "legislators", "politicians", "voters", "citizens", "workers", "farmers",
     "doctors", "nurses", "teachers", "students", "parents", "families", "survivors",
     "witnesses", "insiders", "aides", "advisers", "advisors", "commanders", "generals",
     "spokespeople", "representatives", "delegates", "protesters", "demonstrators", "police",
     "colleague", "friend", "neighbour", "neighbor", "boss", "authors", "pundit",
     "associate", "confidant", "confidante", "acquaintance",
     "columnist", "reporter", "broadcaster", "presenter", "host", "envoys",
     "co-author", "coauthor", "sheriff", "commissioner", "councilman", "councilwoman",
     "councilmember", "trooper", "detective", "coach", "superintendent", "chaplain", "rabbi",
     "imam", "auditor", "treasurer", "clerk", "marshal", "constable", "warden", "deputies",
     "sheha",  # (a Zanzibari ward's officer: "the Sheha of Shangani")
     "others", "participant", "participants", "panellist", "panelist", "panellists",
     "panelists", "moderator", "attendee", "attendees", "herder", "herdsman", "shepherd",
     "fisherman", "fisher", "sailor", "seafarer", "submariner", "mariner", "vendor", "baker",
     "butcher", "mechanic",
     "labourer", "laborer", "cleaner", "waiter", "waitress", "chef", "cook", "electrician",
     "plumber", "carpenter", "welder", "steward", "machinist", "technician", "foreman",
     "forewoman", "widow", "widower", "seller", "hawker", "cobbler", "tailor", "barber",
     "blogger", "podcaster", "influencer", "channel",  # (a Telegram channel speaks too)
     "cabbie", "cashier", "fishmonger", "rancher", "grower", "midwife", "caretaker", "carer",
     "retiree", "shopowner", "stallholder", "beekeeper", "pharmacist", "accountant",
     "postman", "postwoman", "skipper", "master", "deckhand", "crewman", "porter", "janitor",
     "gardener", "hairdresser", "undersecretary", "under-secretary", "peer", "consul",
     "consul-general", "counsellor", "counselor", "rapporteur", "co-rapporteur", "person",
     # legislatures, elections and courts ("the bill's sponsor, Rep. X, said")
     "sponsor", "co-sponsor", "cosponsor", "mover", "seconder", "proposer", "respondent",
     "signatory", "co-signatory", "cosignatory",
     "appellant", "whip", "challenger", "incumbent", "nominee",
     "plaintiff", "defendant", "petitioner", "claimant", "complainant", "litigant",
     "magistrate", "ombudsman", "comptroller", "lobbyist", "pollster", "coroner",
     "headteacher", "whistleblower", "advocate", "counsel", "informateur", "formateur",
     "mediator", "arbitrator", "ombudsperson",
     # a politician's circle ("Allies of Mrs X insisted ...")
     "ally", "allies", "supporter", "supporters", "opponent", "opponents", "rival", "rivals",
     "colleagues", "backers", "loyalists", "friends",
     # the public met in a news story ("..., a restaurant patron said"): customers, family,
     # people at an event
     "customer", "client", "patron", "patient", "passenger", "shopper", "diner", "guest",
     "visitor", "fan", "spectator", "bystander", "onlooker", "eyewitness", "pedestrian",
     "hiker", "climber", "mourner", "parishioner", "congregant", "worshipper", "pilgrim",
     "victim", "protester", "migrant", "immigrant", "asylum-seeker", "constituent", "donor",
     "householder", "relative", "cousin", "uncle", "aunt", "niece", "nephew", "grandson",
     "granddaughter", "stepfather", "stepmother", "spouse", "fiancé", "fiancée",
     "boyfriend", "girlfriend", "parent", "child", "kid", "youngster", "pupil", "graduate",
     "classmate", "schoolmate", "roommate", "flatmate", "teammate", "employer",
     "supervisor", "contractor", "merchant", "trucker", "bartender", "barista", "nanny",
     "babysitter", "housekeeper", "tutor", "preacher", "vicar", "policeman", "policewoman",
     "footballer", "cricketer", "golfer", "swimmer", "playwright", "programmer",
     "demographer", "astronomer", "actuary", "reviewer", "subscriber", "listener", "viewer",
     "maker", "policymaker", "carmaker", "automaker", "drugmaker", "chipmaker",
     "astronaut", "biographer", "boxer", "choreographer", "conductor", "drummer", "film-maker",
     "gymnast", "inventor", "linebacker", "midfielder", "outfielder", "painter", "publisher",
     "quarterback", "screenwriter", "sculptor", "skater", "skier", "snowboarder", "sprinter",
     "wrestler", "philosopher", "theologian", "batsman", "fitter", "rigger", "docker",
     "dockworker", "shipwright", "stevedore", "longshoreman", "boilermaker", "operator"}
)

#: Role abbreviations written in capitals: "the PM told troops" is a description of
#: the prime minister, not a name.
ROLE_ABBREVIATIONS: dict[str, str] = {
    "pm": "prime minister", "fm": "foreign minister", "cs": "cabinet secretary",
    "cm": "chief minister",
    "sg": "secretary-general", "ceo": "chief executive", "vp": "vice president",
    "cfo": "chief financial officer",
}

#: Party members named by their party: "the Republican said", "the Lib Dem claimed".
PARTY_MEMBERS: frozenset[str] = frozenset(
    {"republican", "democrat", "tory", "conservative", "liberal", "dem", "nationalist",
     "socialist", "unionist", "centrist", "green"}
)

#: Nouns naming organisations.
ORG_NOUNS: frozenset[str] = frozenset(
    {"ministry", "government", "department", "office", "embassy", "army", "military", "force",
     "forces", "company", "firm", "council", "commission", "committee", "agency", "alliance",
     "party", "union", "foundation", "court", "parliament", "administration", "cabinet",
     "bank", "group", "organisation", "organization", "institute", "service", "authority",
     "authorities", "regulator", "coalition", "campaign", "charity", "secretariat",
     "presidency", "palace", "house", "street", "navy", "command", "headquarters",
     "federation", "confederation", "division", "guild", "chancery", "chancellery", "nation",
     "roundtable", "circle", "brotherhood", "collective", "cooperative", "co-op", "syndicate",
     "tribunal",
     "bloc", "bar", "fellowship", "consortium", "municipality", "prefecture", "governorate",
     "plenum", "front", "township", "caucus", "church", "diocese", "archdiocese", "parish",
     # companies named by their trade: "Wearside & Dales Motor Services", "X Energy Recovery"
     "services", "coaches", "resources", "minerals", "ventures", "hospitality", "renewables",
     "properties", "developments", "recovery",
     "association", "board", "network", "centre", "center", "university",
     "school", "college", "fund", "trust", "society", "movement", "club", "league",
     "corporation", "inc", "ltd", "plc", "regime", "junta", "opposition", "mission",
     "delegation", "team", "unit", "directorate", "bureau", "chamber", "assembly",
     "senate", "congress", "duma", "kremlin", "pentagon", "statement", "spokesman's",
     # India's houses: "the Lok Sabha", "the Rajya Sabha", "the Vidhan Sabha"
     "sabha",
     "forum", "lab", "laboratory", "observatory", "initiative", "inspectorate",
     # media: "the liberal daily Gazeta X", "the tabloid Bild"
     "daily", "weekly", "newspaper", "tabloid", "broadsheet", "magazine", "website",
     "portal", "outlet", "watchdog", "monthly", "journal", "publication",
     # firms by their trade: "national rail operator SNCF", "the wholesaler said"
     "operator", "lender", "insurer", "retailer", "carmaker", "airline", "utility",
     "supplier", "provider", "producer", "manufacturer", "wholesaler", "exporter",
     "importer", "conglomerate", "co", "corp", "llc", "gmbh", "holdings", "kft", "zrt", "nyrt",
     "s.a", "s.p.a", "n.v", "b.v", "spa", "oyj",  # ("Termas del Queguay S.A.")
     # Latin American, Iberian and Asian forms: "Recinor S.A.C.", "X Ltda.", "Y Sdn Bhd"
     "s.a.c", "s.a.a", "s.r.l", "srl", "ltda", "lda", "s.a.s", "e.i.r.l", "s.a.b", "sdn",
     "bhd", "s.r.o", "sarl", "s.a.r.l",
     # foundations, unions, associations and parties named in their own language
     # ("Stichting Open Duin", "Sindicat de Treballadors", "Partit Socialdemòcrata")
     "stichting", "stiftung", "stiftelse", "fundación", "fundacion", "fundação", "fundacao",
     "fondation", "fondazione", "fundacja", "fundació", "säätiö", "sindicat", "sindicato",
     "syndicat", "gewerkschaft", "vakbond", "sindacato", "verein", "vereniging", "förening",
     "yhdistys", "stowarzyszenie",  # (not "Asociación": a Romance head, read elsewhere)
     "partit", "partido", "partito", "partei", "partij", "puolue",
     "bench",  # "the bench said": the court
     "construction", "industries", "technologies", "airlines", "airways", "motors",
     # carriers and builders by their firms' last word ("Zagori Coach Lines SA", "Oltasfalt
     # Construct")
     "lines", "construct",
     "trans",  # a carrier's last word in post-Soviet names ("Nasaf Yo'lovchi Trans")
     "logistics", "pharmaceuticals", "securities", "partners", "limited", "goldfields",
     "trading", "contracting", "textiles", "foods",  # ("Faw Gate Trading")
     "systems", "solutions", "networks", "dynamics", "laboratories", "labs", "electronics",
     "aerospace",  # ("X Aerospace")
     # ("Tungabhadra Defence Analytics", "X Munitions"; not "Works": "Works Minister")
     "analytics", "consultancy", "consulting", "munitions", "shipyards", "mills",
     "guard",  # ("the Nebraska National Guard", then "the Guard said")
     "enterprise", "enterprises", "communications", "therapeutics", "semiconductors",
     "robotics", "studios",
     "mining", "petroleum", "telecom", "telecoms", "breweries", "hospital", "clinic",
     "infirmary", "airport", "tribe",  # "the Standing Rock Sioux tribe says"
     "museum", "gallery", "library", "zoo",  # "The museum says the building ..."
     # firms by what they make or keep ("the owner of Tyras Hill Winery said")
     "winery", "wineries", "brewery", "distillery", "distilleries", "bakery", "bakeries",
     "vineyards", "hotel", "hotels",
     "manch", "samithi", "samiti",  # Indian forums and committees ("X Jagratha Samithi")
     "watch"}  # "Human Rights Watch"
)

#: Role nouns that tell gender.
MALE_WORDS: frozenset[str] = frozenset(
    {"mr", "sir", "lord", "king", "prince", "father", "spokesman", "chairman", "businessman",
     "congressman", "husband", "son", "brother", "man", "boy", "dad", "grandfather",
     "emperor", "sheikh", "emir", "he", "him", "his", "herr", "signor", "señor", "batono",
     "obbo", "ammi", "papu"}
)
FEMALE_WORDS: frozenset[str] = frozenset(
    {"mrs", "ms", "miss", "dame", "lady", "queen", "princess", "mother", "spokeswoman",
     "mme", "mlle", "sheikha", "frau", "sra", "srta", "signora", "señora", "mdm", "ima",
     "chairwoman", "businesswoman", "congresswoman", "wife", "daughter", "sister", "woman",
     "girl", "mum", "grandmother", "she", "her", "actress", "waitress", "hostess",
     "heiress", "widow", "aunt", "niece", "councilwoman", "assemblywoman", "sportswoman",
     # styles of women: the Burmese "Daw", the Khmer "Chumteav", the West African "Hadja",
     # the Chadian "Hadjé", the Egyptian "Hagga", the Georgian "Kalbatono", the Oromo
     # "Aadde"
     "daw", "chumteav", "hadja", "hadjé", "hadje", "hadjia", "hagga", "kalbatono", "aadde",
     "mi",  # (the Mon "Mi")
     "ramatoa", "gogo",
     # the Amharic "Woizero" (Mrs) and "Weizerit" (Miss), written "W/ro", "W/rt", "W/t";
     # the Sudanese "Ustaza" and "Hajja"
     "woizero", "w/ro", "weizerit", "w/rt", "w/t", "ustaza", "hajja"}
)

#: Words that are capitalised at a sentence start but never names.
NOT_NAMES: frozenset[str] = frozenset(
    {"the", "a", "an", "and", "but", "or", "so", "yet", "for", "nor", "if", "when", "while",
     "ruling", "governing",  # ("Ruling party denies link": no name)
     "late", "early", "appearing",  # ("Late in the night, ...")
     "par", "por",  # (a byline in French or Spanish: "Par Ann Lee")
     "as", "at", "in", "on", "of", "to", "by", "with", "from", "after", "before", "since",
     "until", "during", "this", "that", "these", "those", "there", "here", "it", "its", "he",
     "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "one",
     "some", "many", "most", "few", "all", "both", "each", "every", "any", "no", "not",
     "asked", "speaking", "commenting", "according", "meanwhile", "however", "earlier",
     "later", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday",
     "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
     "august", "september", "october", "november", "december", "another", "other", "such",
     "what", "who", "whom", "which", "why", "how", "where", "then", "now", "also", "still",
     "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several",
     "neither", "either", "half",
     # fronted adjectives of comparison: "Consistent with the easing, the statement ..."
     "consistent", "contrary", "similar", "prior", "due", "owing", "regarding",
     # adjectives of number and kind opening a sentence: "Separate teams didn't just ..."
     "separate", "various", "numerous", "certain", "different",
     # imperatives opening a feature's sentence: "Ask Ann Lee, and she will answer: ..."
     "ask", "imagine", "consider", "meet",
     # indefinite pronouns: "Everyone says ...", "Someone said ..." name nobody
     "everyone", "everybody", "nobody", "someone", "somebody", "anyone", "anybody",
     # a pronoun with its verb, in either apostrophe: "We've maintained ..." names nobody
     *(p + a + v for p in ("i", "we", "you", "they", "he", "she", "it", "that", "there",
                           "let") for a in "'’" for v in ("ve", "re", "ll", "d", "m", "s")),
     # fronted adverbs: "Outside, Ann Lee, president of the union, said"
     "outside", "inside", "elsewhere", "nearby", "afterwards", "afterward", "separately",
     # fronted places: "Beside the jetty, Ann Lee said" (for "Near Song, ...", see
     # speakers._name_phrase)
     "beside", "behind", "around", "along", "upriver", "downriver",
     "even", "just", "only", "first", "second", "third", "last", "next", "new", "more",
     "less", "mr", "mrs", "ms", "dr", "prof", "sir", "dame", "lord", "lady", "was", "is",
     "are", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could",
     "should", "must", "might", "said", "says", "told", "added", "despite", "amid",
     "like", "unlike", "under", "over", "across", "against", "between", "among", "within",
     "without", "about", "above", "below", "into", "onto", "upon", "through", "throughout",
     "because", "although", "though", "unless", "whether", "once", "instead", "indeed",
     "yes", "ok", "well", "oh", "please", "thank", "thanks", "dear", "read",
     "thousands", "hundreds", "dozens", "millions", "scores", "tens",
     "watch", "related", "share", "follow", "updated", "published", "posted",
     # sentence adverbs: "Thus they were ...", "Finally, ...", "Besides Lahav, ..."
     "thus", "finally", "previously", "besides", "eventually", "recently", "hence",
     "moreover", "furthermore", "nevertheless", "nonetheless", "ultimately", "initially",
     "subsequently", "additionally", "consequently", "accordingly", "similarly", "likewise",
     "otherwise", "apparently", "reportedly", "allegedly", "notably", "importantly",
     "interestingly", "ironically", "surprisingly", "fortunately", "unfortunately",
     "clearly", "obviously", "certainly", "perhaps", "maybe", "currently", "lately",
     "originally", "overall", "altogether", "soon", "again", "already", "almost", "rather",
     "therefore", "regardless", "lastly", "together"}
)

#: Words after which a capitalised word is a place, not a speaker.
PLACE_PREPOSITIONS: frozenset[str] = frozenset(
    {"in", "at", "from", "to", "into", "near", "outside", "across", "towards", "toward",
     "through", "throughout", "via", "around", "within", "inside", "lives", "live", "living",
     "over", "above", "along", "beyond"}
)

#: Speech verbs whose reported clause may follow without "that".
BARE_CLAUSE_VERBS: frozenset[str] = frozenset(
    {"say", "tell", "add", "warn", "believe", "think", "argue", "claim", "insist", "explain",
     "note", "suggest", "admit", "acknowledge", "concede", "predict", "fear", "hope", "expect",
     "maintain", "stress", "reckon", "estimate", "speculate", "write", "emphasise",
     "emphasize",
     "reiterate", "assert", "contend", "allege", "indicate", "signal", "conclude",
     "observe", "complain", "caution", "doubt", "agree", "confirm", "deny", "make", "remind",
     "assure", "point", "express"}
)

#: Participles that continue an attribution: ", warning that …".
PARTICIPLE_CUES: frozenset[str] = frozenset(
    {"adding", "saying", "warning", "insisting", "noting", "arguing", "stressing",
     "explaining", "claiming", "suggesting", "urging", "calling", "predicting", "cautioning",
     "acknowledging", "admitting", "conceding", "telling", "describing", "declaring",
     # (", with Labour MP X shouting across the chamber that ...")
     "shouting", "complaining", "alleging", "asserting", "maintaining", "emphasising",
     "emphasizing", "confirming", "announcing", "vowing", "promising", "recalling",
     "replying", "countering", "protesting"}
)
