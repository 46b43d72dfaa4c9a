"""Speaker phrases and the discourse model that resolves them to named actors.

Two parts:

* parsing the phrase that names a speaker next to a speech verb: a name
  with titles and post-nominals, an appositive role, a pronoun, or a
  description ("the minister", "the Kremlin spokesperson");
* :class:`Discourse`, which remembers the people and organisations the
  journalist has introduced (outside quotations) and resolves pronouns and
  descriptions to the most recent plausible one, agreeing in gender and
  number where known.

Example:
    >>> t = "Earlier, Dr. Jane Doe, a historian,"
    >>> p = parse_subject_left(t, 0, len(t))
    >>> (p.name, p.role, p.kind)
    ('Jane Doe', 'a historian', 'name')
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from .lexicon import (
    AUXILIARIES,
    CUE_FORMS,
    FEMALE_WORDS,
    MALE_WORDS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NEGATIONS,
    NOT_NAMES,
    ORG_NOUNS,
    PARTY_MEMBERS,
    PEOPLE_PLURALS,
    PERSON_ROLES,
    PLACE_PREPOSITIONS,
    POST_NOMINALS,
    PRONOUNS,
    ROLE_ABBREVIATIONS,
    TITLES,
    UPPER,
)
from .names import COUNTRIES, given_name_gender, is_given_name
from .patterns import Substrings

_UPPER = UPPER
_WORD_CHARS = r"\w’'‘ʻ\-"  # (‘ and ʻ: the glottal stop inside "Taufa‘ao")
_ABBREV = (r"(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|Gen|Lt|Col|Capt|Sgt|Maj|Rev|Sen|Rep|Gov|Jr|Sr|Hon|Adm|"
           r"Cllr|Coun|Cmdr|Cdr|Supt|Insp|Det|Cpl|Pte|Atty|Amb|Brig|Ma|Md|Moh|Muh|Wm|Jas|Chas|Thos|Geo|Jos|"
           r"Kh|Ts|Sh|Ch|Zh|Ya|Yu|Engr|Barr|Rt|Fr|Del|Mhe|Dkt|Bw|Ste|Mt|Ft|Ing|Mgr|Doc|JUDr|MUDr|Cdre|Comdt|"
           r"RNDr|PhDr|Assoc|Asst|Pvt|Pty|Eng|Pe|Arq|Comr|Lic|Licda|Lcda|Lcdo|Mtra|Mtro|Dip|Pr|"
           r"Hj|Hjh|Ir|Tgk|Drs|Dra|"
           # Austrian offices and degrees: "LAbg. Ann Lee", "Univ.-Prof. Ann Lee"
           r"LAbg|NAbg|BAbg|Mag|Univ\.-Prof|Dipl\.-Ing|Vzlt|Obstlt|Bgm)")
#: One capitalised name token ("O'Neill", "Al-Hassan", "al-Amin", "McDonald", "Dr.", "KC",
#: "U.S.", "JD(S)", and a plural possessive inside a name: "Metalworkers’ Union").
_CAP = (rf"(?:"
        # a degree in its feminine form: "Mag.a Ann Lee"; Portuguese titles with the
        # ordinal indicator: "Prof.ª Ann Lee", "D.ª Ann Lee", "Eng.º Bo Lee"
        rf"Mag\.a(?=\s)|(?:Prof|Dr|Sr|D|Eng|Arq)\.[ªº](?=\s)|"
        # a firm's "Co." before its legal form: "Sumpra Bum Builders Co. Ltd"
        rf"Co\.,?(?=[^\S\n]+(?:Ltd|Limited|Inc|LLC|Pvt|Pte|KG)\b)|"
        rf"{_ABBREV}\.|[{_UPPER}]\.(?:[{_UPPER}]\.)*(?![{_WORD_CHARS}])|"
        # initials joined by "&": "P&I", "AT&T" (not the common nouns "Q&A", "R&D")
        rf"(?!(?:Q&A|R&D|M&A|B&B)(?![{_WORD_CHARS}]))[{_UPPER}]{{1,3}}&[{_UPPER}]{{1,3}}"
        rf"(?![{_WORD_CHARS}])|"
        # a Danish or Norwegian firm's legal form: "Nordkap Sensor A/S"
        rf"(?:A/S|P/F|Sp/f)(?![{_WORD_CHARS}])|"
        # a Mongolian patronymic initial written onto the name: "Ts.Nomuunzul", "N.Ariunzaya"
        rf"(?:[{_UPPER}]|Kh|Ts|Sh|Ch|Zh|Ya|Yu)\.[{_UPPER}][a-z]{{2,}}(?![{_WORD_CHARS}.])|"
        # a party's initials and its faction: "JD(S)", "CPI(M)"
        rf"[{_UPPER}]{{2,5}}\([{_UPPER}]{{1,2}}\)(?![{_WORD_CHARS}])|"
        # (a Khoekhoe click letter may open a name: "Petrus !Gaseb", "ǂGomxa"; and so may
        # the apostrophe of Sesotho names: "’Malineo", "’Me ’Mabokang"; typed straight only
        # before a name that goes on: "'Mapaballo Ann", "'Me Ann", not a quotation's "'Many")
        rf"(?:(?<![^\s(])[!ǃǂǁǀ]|(?<![^\s(])[’ʼ‘](?=[{_UPPER}][a-z])|"
        rf"(?<![^\s(])'(?=M(?:a[a-z]{{3,}}|e)[^\S\n]+['{_UPPER}]))?[{_UPPER}][{_WORD_CHARS}]*(?<![’'‘ʻ-])(?:(?<=s)[’'](?=[^\S\n]+[{_UPPER}])|"
        # (the apostrophe of a Luo velar nasal, inside the name: "Rosemary Achieng' Ouko")
        rf"(?<=ng)'(?=[^\S\n]+[{_UPPER}]))?|"
        rf"(?:al|el|ad|ash|as|az|bin|ibn|abu|d|l)[-’'][{_UPPER}][{_WORD_CHARS}]*(?<![’'-]))")
#: A Nordic patronymic used as a middle name: "Sjúrðarson", "Jónsdóttir", "Olesen".
_PATRONYMIC = re.compile(rf"[{_UPPER}][a-zðþæøåáéíóúý]+(?:son|sen|sson|dóttir|dottir|datter)")
#: A Russian patronymic: "Sanalovich", "Vasilyevna", "Ilyinichna".
_RU_PATRONYMIC = re.compile(rf"[{_UPPER}][a-z]+(?:ovich|evich|yevich|ich|ovna|evna|yevna|ichna)")
#: A Mongolian name with its patronymic initial written onto it: "Ts.Nomuunzul", "G.Enkhmaa".
_INITIALLED_NAME = re.compile(rf"(?:[{_UPPER}]|Kh|Ts|Sh|Ch|Zh|Ya|Yu)\.[{_UPPER}][a-z]{{2,}}")
_PARTICLE = r"(?:" + "|".join(sorted(NAME_PARTICLES, key=len, reverse=True)) + r")"
#: Space between the words of a name: at most one line break (never a paragraph break).
_WS = r"(?:[^\S\n]+\n?|\n)[^\S\n]*"
#: The characters a name sequence can start with: a capital, or the first letter of a
#: particle or of a lower-case prefix ("al-", "d'"). A look-ahead for them first lets
#: the regex engine pass over every other character fast (the same matches).
_NAME_FIRST = "".join(sorted({p[0] for p in NAME_PARTICLES} | set("aebidl")))
_NAME_SEQ = (rf"(?=[{_UPPER}{_NAME_FIRST}’ʼ‘'])(?<![\w’'-])"
             # (not the end of the German "a.D." or "i.R.", retired: "Oberst a.D. Ann Lee")
             rf"(?<!\b[ai]\.)(?:{_PARTICLE}{_WS}){{0,2}}{_CAP}"
             # (inside a name, "&" joins words too: "Wabash Valley Power & Light"; the
             # Irish article after "Mac" and "Nic": "Seán Óg Mac an Iomaire"; and the German
             # "an der": "Friedenskreis an der Trave", "Frankfurt an der Oder")
             rf"(?:{_WS}(?:(?:{_PARTICLE}|&|(?<=Mac\s|Nic\s)an|an(?=[^\S\n]+de[mnr][^\S\n]))"
             rf"{_WS})*{_CAP})*"
             # (a Kyrgyz patronymic closes the name: "Ulan Asanbek uulu", "Aizada Bakyt kyzy")
             rf"(?:(?<=[a-z])[^\S\n]+(?:uulu|kyzy)(?![{_WORD_CHARS}]))?")
NAME_END = re.compile(rf"({_NAME_SEQ})\s*$")
NAME_START = re.compile(rf"^\s*({_NAME_SEQ})")
NAME_ANY = re.compile(rf"(?<![\w’'])({_NAME_SEQ})")
#: The pattern of one capitalised name sequence, for patterns built elsewhere.
NAME_SEQ: str = _NAME_SEQ
#: Nouns in -ly, which are no adverbs before a cue ("The Lee family said").
_LY_NOUNS = frozenset({"family", "assembly", "ally", "rally", "supply", "monopoly", "anomaly",
                       "reply", "bully", "homily", "daily", "weekly", "monthly", "quarterly",
                       "fortnightly", "biweekly", "butterfly", "jelly", "belly", "lily",
                       "folly", "melancholy", "panoply", "oligopoly", "ugly", "gully"})
_AUX_TAIL = re.compile(
    r"(?:\s+(?:" + "|".join(sorted(AUXILIARIES, key=len, reverse=True)) + r"|n['’]t|"
    # any adverb in -ly in lower case: "The department subsequently conceded" (not a
    # noun in -ly: "The national assembly said", "the daily reported")
    r"(?-i:(?!(?:" + "|".join(sorted(_LY_NOUNS)) + r")\b)[a-z]{4,}ly)|"
    r"on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    # "One whip was heard to mutter:": a perception verb before the speech verb
    r"(?:heard|overheard)\s+to|"
    # "Israel last week said", "The ministry earlier this month said"
    r"(?:earlier\s+|late\s+)?(?:last|this)\s+(?:week|weekend|month|year|night|morning|"
    r"afternoon|evening)|"
    r"in\s+(?:a|an|the)\s+(?:statement|interview|post|letter|speech|briefing)(?:\s+\w+){0,4}"
    # ... or set off by commas: "The Russian embassy in Pretoria, in a post on X, wrote"
    r")|,\s*in\s+(?:a|an|the)\s+(?:statement|interview|post|letter|speech|briefing)"
    r"(?:\s+\w+){0,4},)+\s*$",
    re.IGNORECASE,
)
#: The last word of every match of _AUX_TAIL in ASCII text, unless the match holds
#: one of _AUX_NOUNS ("in a statement on Monday"): cheap tests before the search.
_AUX_LAST = frozenset({w.lower() for w in AUXILIARIES} | {"n't", "to", "monday", "tuesday",
                                                          "wednesday",
                                                          "thursday", "friday", "saturday",
                                                          "sunday", "week", "weekend",
                                                          "month", "year", "night", "morning",
                                                          "afternoon", "evening"})
_AUX_NOUNS = ("statement", "interview", "post", "letter", "speech", "briefing")
_AUX_NOUN = re.compile("|".join(_AUX_NOUNS))  # one of them anywhere (a substring test)
#: The whitespace of ASCII text other than the blank (tabs, line breaks, separators).
_SPACE_BUT_BLANK = re.compile("[\t\n\v\f\r\x1c-\x1f]")
_OF_THEM_END = re.compile(r"(?:^|[\s,;(—–-])((?:one|two|three|some|several|many|most|each|"
                          r"both|another)\s+of\s+(?:them|those))\s*$", re.IGNORECASE)
_PRONOUN_END = re.compile(r"(?:^|[\s,;(—–-])(he|she|they|it|we)\s*$", re.IGNORECASE)
_DETERMINERS = ("the", "a", "an", "its", "his", "her", "their", "our")
_DESC_END = re.compile(
    r"(?:^|(?<=[\s,;(—–-]))((?:(?:the|a|an|its|his|her|their|our|one|two|three|several|many|"
    r"some|other|senior|[\w’'-]+[’']s)\s+)?(?:[\w’'-]+\s+){0,4}[\w’'-]+)\s*$",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"[’']s$")
#: An owner's possessive, singular or plural: "Labour's", "The Greens’".
_OWNER_POSSESSIVE = re.compile(r"[’']s$|(?<=[a-z])s[’']$")
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’]?\s+(?=[A-Z“\"‘])")
_TAIL = 160  # characters of a clause that can hold its subject phrase
#: The main clause's own cue after a relative clause: "X, which said it ..., said".
_MAIN_CUE_LATER = re.compile(r"[^.;]*?,\s+(?:said|says|told|tells|added|warned)\b")
_WHO_END = re.compile(r"(?:,?\s+who|,\s+which)\s*$")
_AGE = re.compile(r"\d{1,3}-year-old")
#: (one bracket may nest: a Nepali seat, "(Syangja-2(B))")
_PAREN_TAIL = re.compile(r"\s*\((?:[^()]|\([^()]{1,8}\)){1,40}\)\s*$")
#: A bracketed word that belongs to a party's name: "(Marxist)", "(Maoist Centre)".
_PAREN_QUALIFIER = re.compile(r"\s*\(((?:Marxist|Maoist|Leninist|Unified|United|Socialist|"
                              r"Democratic|Liberal|Progressive|Revolutionary|Official|"
                              r"Provisional)(?:[ -][A-Z][a-z]+)*)\)\s*")
#: Plural staff nouns that speak for the organisation they work at ("Analysts at X").
_STAFF = frozenset({"analysts", "economists", "researchers", "officials", "experts",
                    "strategists", "scientists", "staff", "executives", "engineers", "lawyers",
                    "diplomats", "sources", "insiders", "representatives", "members",
                    "leaders", "spokespeople", "aides", "delegates", "negotiators"})
_OBJECT_FORMS = {"him": "he", "her": "she", "them": "they", "us": "we", "his": "he",
                 "their": "they", "its": "it"}
#: Words news copy uses for a person named just before by a longer title ("the
#: diplomat", "the expert", "the MP"), with the role words they stand for.
_ROLE_FAMILIES: dict[str, frozenset[str]] = {
    "diplomat": frozenset({"ambassador", "envoy", "consul", "consul-general", "diplomat",
                           "foreign affairs", "foreign minister", "foreign ministry",
                           "foreign office", "chargé", "attaché"}),
    # (a career diplomat in a ministry post is "the ambassador" too)
    "ambassador": frozenset({"ambassador", "envoy", "foreign ministry", "foreign affairs",
                             "foreign office"}),
    "expert": frozenset({"analyst", "researcher", "fellow", "professor", "lecturer",
                         "scholar", "economist", "historian", "specialist", "academic",
                         "studies", "institute", "center", "centre", "think tank"}),
    "analyst": frozenset({"analyst", "researcher", "fellow", "studies", "institute",
                          "center", "centre", "think tank", "economist"}),
    "mp": frozenset({"mp", "member of parliament", "lawmaker", "legislator", "deputy",
                     "parliamentarian", "faction", "opposition", "parliamentary"}),
    "lawmaker": frozenset({"mp", "member of parliament", "lawmaker", "legislator",
                           "parliamentarian", "faction", "senator", "congressman",
                           "congresswoman", "representative"}),
    "commander": frozenset({"commander", "general", "colonel", "admiral", "chief of staff",
                            "brigadier", "major", "air force", "army", "navy"}),
    "general": frozenset({"general", "commander", "chief of staff"}),
    "admiral": frozenset({"admiral", "commander", "chief of staff", "navy"}),
    # ("the officer who would lead the contingent" ... "Colonel X, commander of ...")
    "officer": frozenset({"officer", "commander", "colonel", "general", "major", "captain",
                          "lieutenant", "admiral", "commodore", "brigadier", "sergeant"}),
    "official": frozenset({"minister", "secretary", "director", "head", "deputy",
                           "official", "undersecretary", "commissioner", "spokesman",
                           "spokeswoman", "spokesperson"}),
}
def same_office(surface: str, roles: Sequence[str]) -> bool:
    """Whether the description ``surface`` ("the diplomat", "the expert") is a word
    news copy uses for someone holding one of ``roles``.

    Example:
        >>> same_office("the diplomat", ["First Deputy Minister of Foreign Affairs"])
        True
        >>> same_office("the expert", ["Deputy Foreign Minister"])
        False
    """
    words = surface.lower().split()
    family = _ROLE_FAMILIES.get(_norm(words[-1])) if len(words) == 2 and words[0] == "the" \
        else None
    if not family:
        return False
    role_text = " ".join(roles).lower()
    return any(w in family for w in re.findall(r"[a-z-]+", role_text)) or any(
        phrase in role_text for phrase in family if " " in phrase)


#: Military posts "the general" or "the admiral" stands for ("Commander-in-Chief").
_RANK_FAMILIES: dict[str, frozenset[str]] = {
    "general": frozenset({"commander", "chief"}),
    "admiral": frozenset({"commander", "navy"}),
}
#: Modifiers that make a role someone else's than its holder named before: "the new
#: lawmaker", "the shadow minister".
_OTHER_HOLDER = frozenset({"new", "incoming", "shadow"})
#: A secretary who heads a ministry, whom news copy also calls "the minister": "defence
#: secretary", "Secretary of State for Defence", "Foreign Secretary".
_SECRETARY_OF_STATE = re.compile(
    r"\b(?:defen[cs]e|foreign|home|interior|health|transport|energy|trade|business|"
    r"environment|education|culture|justice|treasury|work\s+and\s+pensions)\s+secretary\b|"
    r"\bsecretary\s+of\s+(?:state|defen[cs]e)\b", re.IGNORECASE)
#: Abbreviated titles and the role word a later description uses: "Sen. Ann Lee" is
#: "the senator".
_TITLE_WORDS = {"sen": "senator", "rep": "representative", "gov": "governor",
                "gen": "general", "col": "colonel", "capt": "captain", "lt": "lieutenant",
                "maj": "major", "adm": "admiral", "prof": "professor", "cllr": "councillor",
                "amb": "ambassador", "sgt": "sergeant", "cmdr": "commander",
                "cpl": "corporal", "l/cpl": "corporal", "pte": "private", "brig": "brigadier",
                "justice": "judge",  # ("Justice Ann Lee" is "the judge")
                # ("Ayre & Michael MHK Ann Lee" is "the Ayre & Michael member")
                "mp": "member", "mhk": "member", "bm": "member", "mla": "member", "msp": "member",
                "td": "member", "mpp": "member", "mha": "member", "mna": "member"}
#: A body's head noun in the languages its name may keep: "Stichting Open Duin" is "the
#: foundation", "Sindicat de Treballadors" "the union", "Partit Socialdemòcrata" "the party".
_HEAD_IN_OTHER_LANGUAGES: dict[str, frozenset[str]] = {
    "foundation": frozenset({"stichting", "stiftung", "fundación", "fundacion", "fondation",
                             "fondazione", "fundacja", "fundação", "fundacao", "stiftelse",
                             "fundació", "fundacio", "säätiö"}),
    "union": frozenset({"sindicat", "sindicato", "syndicat", "gewerkschaft", "vakbond",
                        "sindacato", "związek", "fagforbund", "ammattiliitto"}),
    "party": frozenset({"partit", "partido", "partito", "parti", "partei", "partij", "partia",
                        "puolue", "partiet", "partiya"}),
    "association": frozenset({"asociación", "asociacion", "associazione", "associació",
                              "verein", "vereniging", "associação", "stowarzyszenie",
                              "förening", "forening", "yhdistys"}),
}
#: "the head of state" and "the head of government": the roles they name.
_HEAD_OF_OFFICE = re.compile(r"(?:the\s+)?head\s+of\s+(state|government)", re.IGNORECASE)
_HEADS_OF = {"state": ("president", "king", "queen", "emir", "sultan", "monarch"),
             "government": ("prime minister", "premier", "chancellor", "taoiseach",
                            "chief minister")}
_LEADER_ROLES = frozenset({"president", "minister", "chancellor", "premier", "leader", "king",
                           "queen", "governor", "mayor", "secretary", "senator"})


@dataclass(slots=True)
class SpeakerPhrase:
    """A parsed speaker phrase with its offsets in the article text.

    ``kind`` is ``name``, ``pronoun`` or ``description``.

    Example:
        >>> SpeakerPhrase("name", 0, 8, "Jane Doe", name="Jane Doe").kind
        'name'
    """

    kind: str
    start: int
    end: int
    surface: str
    name: str = ""
    role: str = ""
    title: str = ""
    negated: bool = False
    gender: str = ""
    org: bool = False


def _tokens(s: str) -> list[str]:
    return s.split()


@lru_cache(maxsize=65536)
def _norm(token: str) -> str:
    """A token lower-cased, without a trailing full stop or comma (cached: called per word).

    Example:
        >>> _norm("Minister,")
        'minister'
    """
    if token == "Del.":
        return "delegate"  # (a US title; "del" is a Spanish and Italian particle)
    if token == "DI":
        return "dipl.-ing"  # (an Austrian engineer's degree; "Di" is an Italian particle)
    if token in ("Eng.", "Pe.", "Arq.", "sc."):
        # (Portuguese titles; "Eng" is a Chinese name: "Tan Eng Hooi"; the Croatian
        # doctorate "dr. sc.", not the "SC" of a sports club)
        return token.lower()
    low = token.lower().rstrip(".,").replace("’", "'")
    if (party := _PARTY_TITLE.fullmatch(token)) is not None and (
            (title := party.group(1).lower()) in TITLES):
        return title  # "LDP-Grossrat", "SPD-Stadträtin": a party's member holding the office
    return low


#: A party's initials joined to an office held as a title: "LDP-Grossrat", "SPD-Stadträtin".
_PARTY_TITLE = re.compile(r"[A-ZÄÖÜ]{2,6}-([A-ZÄÖÜ][a-zäöüß]+)")


_HYPHEN_TITLE = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)+")  # "Mum-of-two"
#: A name ending in an initial or a suffix with its stop: "J.", "Ann B.", "Jr.".
_INITIALS_END = re.compile(r"(?:^|\s)(?:(?:[A-Z]\.)+|[JS]r\.|Jnr\.|Snr\.)$")
_OF_ORG = re.compile(r"\s+(?:of|for|on)\s+(?:the\s+)?[A-Z]")


#: Nouns that end a ministerial portfolio inside a title ("Secretary for Defence Policy")
#: or name a portfolio or department after a title-like word ("Foreign Affairs", "Home
#: Office", "Armed Services"): never a person's name.
_PORTFOLIOS = frozenset({"affairs", "policy", "security", "relations", "development",
                         "cooperation", "co-operation", "planning", "procurement", "operations",
                         "industry", "strategy", "energy", "environment", "education",
                         "transport", "culture", "agriculture", "infrastructure", "integration",
                         "communications", "veterans", "services", "forces", "office",
                         "defence", "defense", "trade", "finance", "justice", "resources",
                         "intelligence", "committee", "subcommittee", "department", "ministry",
                         "staff", "commerce", "treasury", "budget"})


#: An occupation by its suffix, capitalised at the head of a name ("Hydrologist").
_OCCUPATION = re.compile(r"[A-Z][a-z]{3,}(?:ologist|ist|ician|grapher)")
#: An occupation opening a subject before a name: "Economist Ann Lee of ...".
_OCCUPATION_LEAD = re.compile(r"\s*(" + _OCCUPATION.pattern + r")\s+(?=[A-Z])")


#: An organisation's acronym written after its name without brackets, as Nordic news
#: does: "the Central Organisation of Finnish Trade Unions SAK".
_TRAILING_ACRONYM = re.compile(r"[A-ZÅÄÖ]{2,5}")
def has_trailing_acronym(words: list[str]) -> bool:
    """Whether an organisation's name, split into ``words``, ends in its acronym written
    without brackets ("the Central Organisation of Finnish Trade Unions SAK").

    Example:
        >>> has_trailing_acronym("Confederation of Finnish Industries EK".split())
        True
        >>> has_trailing_acronym("Ann Lee MP".split()), has_trailing_acronym(["NATO"])
        (False, False)
    """
    return len(words) >= 3 and _TRAILING_ACRONYM.fullmatch(words[-1]) is not None and (
        words[-2][:1].isupper() and not words[-2].isupper()) and (  # (not "Mission to the EU")
        _has_org_noun(" ".join(words[:-1])))


#: Letters only Vietnamese spelling uses (with its tone marks).
_VIETNAMESE = re.compile("[ăâđêôơưĂÂĐÊÔƠƯàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ\u1ea0-\u1ef9]")
#: Letters only Vietnamese spelling uses (not the acute accents of Irish or Spanish names).
_VIETNAMESE_ONLY = re.compile("[ăđơưĂĐƠƯảạẻẽẹỉĩịỏọủũụỳỷỹỵ\u1ea0-\u1ef9]")
#: A Vietnamese family name right before the given names ("Vương" of "Vương Đình Tuệ").
_VIETNAMESE_FAMILY_END = re.compile(
    "(?:^|\\s)([A-ZĐÂĂÊÔƠƯ][a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]+)\\s+$")
#: Vietnamese name words spelt in plain letters ("Gia", "Minh", "Long").
_VIETNAMESE_PLAIN = frozenset({"Gia", "Minh", "Long", "Anh", "Lan", "Hoa", "Nam", "Kim", "Van",
                               "Thanh", "Hai", "Son", "Tam", "Binh", "Linh", "Mai", "Nga"})
#: Vietnamese family names spelt in plain letters ("Nguyen", "Giang", "Tieu").
_VIETNAMESE_FAMILY_PLAIN = frozenset({
    "Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh", "Phan", "Vu", "Vo", "Dang", "Bui", "Do",
    "Ho", "Ngo", "Duong", "Ly", "Giang", "Tieu", "Truong", "Dinh", "Trinh", "Dao", "Luong",
    "Quach", "Doan", "Kieu", "Phung", "Vuong", "Luu", "Trieu", "Thai", "Chau", "Lai"})
#: Vietnamese middle names spelt in plain letters ("Thi", "Van", "Quoc").
_VIETNAMESE_MIDDLE_PLAIN = frozenset({"Thi", "Van", "Quoc", "Duc", "Huu", "Minh", "Thanh",
                                      "Ngoc", "Xuan", "Hong", "Dinh", "Cong", "Trung", "Bich",
                                      "Phuong", "Thu", "Tuan", "Viet", "Tien"})
#: Balinese birth-order names, which follow "I" (men) or "Ni" (women) in a full name.
_BALINESE_BIRTH_ORDER = frozenset({"Wayan", "Made", "Nyoman", "Ketut", "Putu", "Kadek",
                                   "Komang", "Gede", "Nengah", "Luh", "Gusti"})
#: A title written as one hyphenated word: "Attorney-General", "President-elect".
_TITLE_COMPOUND = re.compile(r"[A-Z][A-Za-z]+-(?:General|general|Elect|elect|Designate|designate|"
                             r"Executive)")  # (also "County Judge-Executive Ann Lee")
#: Titles that are also given names, read as given names after another title.
_TITLES_AS_GIVEN = frozenset({"earl", "dean", "prince", "king", "major", "duke", "marshal",
                              "emir", "don"})
#: Titles that are also given names: a title only before a name of two words or more
#: ("Bibi Manjit Kaur", but "Bibi Ahmed").
#: A preposition and article right before a phrase: the phrase is its object.
_OBJECT_OF_END = re.compile(r"\b(?:of|at|for|from|with)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}$")
#: Words that make a role a second to its head: "Vice Gov. Ann Lee" is not "the governor".
_SECOND_PREFIXES = frozenset({"vice", "deputy", "lieutenant", "assistant", "under", "lt"})


def _second_heads(roles: Iterable[str]) -> set[str]:
    """The role words of ``roles`` that follow a second's prefix ("Vice Gov." → governor).

    Example:
        >>> sorted(_second_heads(["Vice Gov."]))
        ['gov', 'governor']
    """
    out: set[str] = set()
    for role in roles:
        words = [_norm(w) for w in role.split()]
        for prev, word in zip(words, words[1:], strict=False):
            if prev in _SECOND_PREFIXES:
                out |= {word, _TITLE_WORDS.get(word, word)}
    return out


def _holds_head(entity: Entity, stems: set[str]) -> bool:
    """Whether ``entity`` holds a role whose head is one of ``stems``, not as a second.

    Example:
        >>> _holds_head(Entity(["Ann Lee"], roles=["Gov."]), {"governor"})
        True
    """
    words = {_norm(w) for r in entity.roles for w in r.split()}
    words |= {_TITLE_WORDS[w] for w in words if w in _TITLE_WORDS}
    return bool(stems & words - _second_heads(entity.roles))


#: Titles that are also middle names after a given name ("Pushpa Kumari Rai-Gurung").
_INNER_NAME_TITLES = frozenset({"kumari", "bibi", "mir", "man", "haji", "sri"})
#: Styles and offices after which "H." is the Indonesian "Haji", not an initial.
_HAJI_AFTER = frozenset({"ir", "tgk", "drs", "dra", "regent", "bupati", "kh", "hj"})
#: Given names after which "H." is the Haji wherever it stands ("... Commission II H.
#: Mochammad Nurhasan Fauzi").
_HAJI_BEFORE = frozenset({"muhammad", "mohammad", "mochammad", "mohamad", "muhamad",
                          "mohammed", "muhammed", "moch", "moh", "muh", "achmad", "ahmad",
                          "abdul", "abdullah", "abdurrahman"})
#: Words that open a place's name ("New York", "San Jose", "Port Moresby").
_PLACE_OPENERS = frozenset({"New", "San", "Santa", "Los", "Las", "Saint", "St", "St.", "Port",
                            "Fort", "Mount", "Lake", "Cape", "El", "La", "Le", "North", "South",
                            "East", "West"})
#: Last words of newspapers' names ("the New York Times", "the Daily Mail").
_MASTHEAD_WORDS = frozenset({"Times", "Post", "Journal", "Herald", "Tribune", "News",
                             "Telegraph", "Guardian", "Mail", "Gazette", "Chronicle",
                             "Standard", "Observer", "Independent", "Register", "Star",
                             "Mirror", "Express", "Sun", "Globe", "Examiner", "Inquirer",
                             "Courier", "Record", "Bulletin", "Review", "Monitor"})
#: ("Adi Putra" is a name; "Adi Litia Lee" a Fijian title and a name)
_NAME_LIKE_TITLES = frozenset({"bibi", "don", "adi", "sayed", "akim", "gus"})
# ("Don Ann Lee": a priest; "Don Lee"; "Sayed Hemdan", an Egyptian given name, but "Sayed
# Ann Lee", a Gulf style; "Akim Petrov", but "Akim Ann Lee", a Kazakh mayor; "Gus Lee",
# but "Gus Ahmad Lee", the Javanese style of a kyai's son)
#: A body's number after its noun: "Commission XII", "Committee 3", "Division B".
_ORG_NUMBER = re.compile(r"[IVXL]{1,6}|\d{1,3}|[A-Z]")


def _agent_before_name(toks: list[str]) -> bool:
    """True when ``toks`` opens with a capitalised agent noun before a given name
    ("Islander Ann Lee", "Artist Ann Lee", "Conseiller Ann Lee")."""
    low = toks[0].lower()
    return len(toks) >= 3 and toks[0][1:].islower() and low.endswith(
        _AGENT_ENDS) and len(toks[0]) > 4 and low not in _NOT_AGENTS and (
        # (a "-man" agent is a word and "man": "Postman", "Fisherman"; "Rosman Abdul
        # Latip" is a name)
        len(low) >= 7 or not low.endswith("man") or low.endswith("woman")) and (
        not is_given_name(toks[0])) and not _is_role_word(toks[0]) and (
        toks[1][:1].isupper()) and bool(given_name_gender(toks[1]))
    # (not "Jelmer van Tuinen": a name particle, lower-case, follows a given name)


#: Honorifics that only ever go before a surname: "Mr Baker", "Ms Bishop" and "Dr Judge"
#: are names, where "Lord Chancellor" or "Sen. Majority Leader" are titles.
_SURNAME_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "mme", "mlle", "herr",
                                 "frau"})
#: Offices addressed with an honorific: "Mr President", "Madam Speaker" name no one.
_ADDRESSED_OFFICES = frozenset({"president", "speaker", "chairman", "chairwoman", "chair",
                                "secretary", "minister", "mayor", "governor", "ambassador",
                                "premier", "commissioner", "chancellor", "deputy", "vice"})


#: An office's acronym before a name ("CAO", "MCE"), not a Roman numeral ("II", "XIV").
_ACRONYM_TITLE = re.compile(r"(?![IVXLC]+$)[A-Z]{2,5}")


#: An aside between dashes right before a cue: " – no relation to the committee chair – ".
_DASH_ASIDE_END = re.compile(r"\s[–—]\s([^–—\n\"“”]{3,80})\s[–—]\s*$")
#: A Japanese honorific after a surname: "Tonami-san", "Sato-sensei".
_JAPANESE_HONORIFIC = re.compile(r"(?<=[a-z])-(san|sama|sensei|kun|chan)$")


@lru_cache(maxsize=65536)
def split_title(name_seq: str) -> tuple[str, str, str]:
    """Split a capitalised sequence into (title, name, post-nominals).

    An Indonesian Haji "H." left at the head of the name after a style ("Drs. H. Ann
    Lee") or before a Muslim given name ("H. Ahmad Lee") goes with the title.

    Example:
        >>> split_title("Head of the Trade Agency Drs. H. Yayat Supriatna")[1]
        'Yayat Supriatna'
        >>> split_title("Tonami-san")
        ('', 'Tonami', 'san')
    """
    title, name, post = _split_title(name_seq)
    toks = name.split()
    if len(toks) == 1 and (honorific := _JAPANESE_HONORIFIC.search(name)) is not None:
        # "Tonami-san laughed": the surname, its honorific a suffix
        return title, name[:honorific.start()], (post + " " + honorific.group(1)).strip()
    if len(toks) >= 3 and toks[0] == "H." and not _INITIAL_TOKEN.fullmatch(toks[1]) and (
            _norm(toks[1]) in _HAJI_BEFORE or title and _norm(title.split()[-1]) in _HAJI_AFTER):
        title, name = f"{title} H.".strip(), " ".join(toks[1:])
    return title, name, post


def _split_title(name_seq: str) -> tuple[str, str, str]:
    """:func:`split_title` before the Haji is moved to the title.

    Cached: a pure function of the sequence, called for every capitalised name.

    Example:
        >>> split_title("Finnish President Aino Laine")
        ('Finnish President', 'Aino Laine', '')
        >>> split_title("Ann Patel KC")
        ('', 'Ann Patel', 'KC')
        >>> split_title("Home Office Minister Ann Lee")
        ('Home Office Minister', 'Ann Lee', '')
        >>> split_title("Poland's Deputy Prime Minister")
        ("Poland's Deputy Prime Minister", '', '')
        >>> split_title("Secretary for Foreign Affairs Ann Lee")
        ('Secretary for Foreign Affairs', 'Ann Lee', '')
        >>> split_title("Dean Hall")
        ('', 'Dean Hall', '')
        >>> split_title("President’s Office")
        ('', 'President’s Office', '')
        >>> split_title("Commission XII Ann Lee")
        ('Commission XII', 'Ann Lee', '')
        >>> split_title("Confederation of Finnish Industries EK")
        ('', 'Confederation of Finnish Industries', 'EK')
        >>> split_title("Ms Bishop")
        ('Ms', 'Bishop', '')
        >>> split_title("CAO Hari Prasad Luitel")
        ('CAO', 'Hari Prasad Luitel', '')
    """
    toks = _tokens(name_seq)
    if "without" in toks[1:-2]:
        k = toks.index("without")
        if _norm(toks[k + 1]) == "portfolio" and _norm(toks[k - 1]) in TITLES:
            # "Serbian Minister without Portfolio Ann Lee": a minister with no ministry
            title, name, post_n = split_title(" ".join(toks[k + 2:]))
            return " ".join([*toks[:k + 2], *([title] if title else [])]), name, post_n
    if toks[0] in ("Eng", "Eng.") and (len(toks) >= 3 and is_given_name(toks[1]) or len(
            toks) == 2 and "-" in toks[1] and not is_given_name(toks[1].split("-")[0]) or (
            # ("Eng Makumbe": a surname of five letters or more, no Chinese given name)
            len(toks) == 2 and len(toks[1]) >= 5 and not is_given_name(toks[1]))):
        # East Africa's engineers, "Eng Dorcas Akullu", "Eng Akullu-Birungi" (not the "Eng"
        # of "Tan Eng Hooi")
        title, name, post_n = split_title(" ".join(toks[1:]))
        return f"{toks[0]} {title}".strip(), name, post_n
    if len(toks) >= 3 and _ACRONYM_TITLE.fullmatch(toks[0]) and is_given_name(toks[1]) and (
            not any(_norm(t) in ORG_NOUNS for t in toks[1:])) and toks[1][1:].islower():
        # "CAO Hari Prasad Luitel", "MCE Kofi Boadu": an office's acronym before a name
        title, name, post_n = split_title(" ".join(toks[1:]))
        return f"{toks[0]} {title}".strip(), name, post_n
    post: list[str] = []
    while len(toks) > 1 and _norm(toks[-1]) in POST_NOMINALS:
        post.insert(0, toks.pop())
    if len(toks) > 1 and _INITIALLED_NAME.fullmatch(toks[-1]):
        # "Director of the Department of Multilateral Cooperation G.Enkhmaa": a Mongolian
        # name, its patronymic initial written onto it, is a whole name after any title
        return " ".join(toks[:-1]), toks[-1], " ".join(post)
    if len(toks) == 2 and _norm(toks[0]) in _SURNAME_HONORIFICS and toks[1][:1].isupper() and \
            _norm(toks[1]) not in _ADDRESSED_OFFICES:
        return toks[0], toks[1], " ".join(post)  # "Dr Judge": a surname that is also a title
    if len(toks) >= 3 and has_trailing_acronym(toks):
        post.insert(0, toks.pop())  # "the Confederation of Finnish Industries EK"
    if "&" in toks[1:-1] and len(toks) <= 5 and toks.index("&") >= len(toks) - 3 and all(
            t[:1].isupper() for t in toks if t != "&"):
        # "Carterhaugh Home & Garden": a firm's name joined by "&", no title in it
        return "", " ".join(toks), " ".join(post)
    if len(toks) >= 4 and _RU_PATRONYMIC.fullmatch(toks[-2]) and toks[-3][:1].isupper() and any(
            _norm(t) in TITLES or _norm(t) in PERSON_ROLES or _norm(t) in _PORTFOLIOS
            for t in toks[:-3]):
        # "Chairman of the Committee on ... Natural Resources Baatr Sanalovich Ubushaev": a
        # given name, a Russian patronymic and a surname after the title
        return " ".join(toks[:-3]), " ".join(toks[-3:]), " ".join(post)
    if len(toks) == 1 and toks[0].endswith(("-aka", "-opa")) and toks[0][:1].isupper():
        return "", toks[0][:-4], " ".join(post)  # "Ilhom-aka": Ilhom, an elder brother
    normed = [_norm(t) for t in toks]
    org_at = [i for i, t in enumerate(normed) if t in ORG_NOUNS] if not \
        ORG_NOUNS.isdisjoint(normed) else []
    if org_at and normed[org_at[-1]] == "opposition" and len(toks) - org_at[-1] >= 3 and (
            org_at[-1] == 0 or normed[org_at[-1] - 1] in TITLES) and not (
            normed[org_at[-1] + 1] in TITLES or normed[org_at[-1] + 1] in PERSON_ROLES):
        # "(Leader of the) Opposition Ann Lee": the opposition belongs to the title
        k = org_at[-1] + 1
        more, name, _ = split_title(" ".join(toks[k:]))  # ("Opposition PASOK MP Ann Lee")
        return " ".join([*toks[:k], *([more] if more else [])]), name, " ".join(post)
    if org_at:
        # "Home Office Minister Ann Lee": a title after the organisation, then a name.
        role_at = [i for i, t in enumerate(normed[:-1]) if i > org_at[-1] and
                   (t in TITLES or t in PERSON_ROLES)]
        if not role_at and org_at[-1] + 2 < len(toks) and re.fullmatch(
                r"[A-Z]\.", toks[org_at[-1] + 1]):
            # "(Leader of the) Opposition R. Ann Lee": an initial opens the name (or a
            # style: "Opposition S. Ann Singh Gill")
            k = org_at[-1] + 1
            more, name, _ = split_title(" ".join(toks[k:]))
            return " ".join([*toks[:k], *([more] if more else [])]), name, " ".join(post)
        if not role_at and org_at[-1] + 2 < len(toks) and _ORG_NUMBER.fullmatch(
                toks[org_at[-1] + 1]):
            # "Commission XII Ann Lee", "Committee 3 Ann Lee": the body's number, then a name
            k = org_at[-1] + 2
            return " ".join(toks[:k]), " ".join(toks[k:]), " ".join(post)
        k = org_at[-1] + 1
        if not role_at and len(toks) - k in (2, 3) and (
                "for" in toks[1:k] or "of" in toks[1:k]) and (
                any(n in TITLES for n in normed[:k])) and all(
                t[:1].isupper() and n not in ORG_NOUNS and n not in TITLES
                and n not in PERSON_ROLES for t, n in zip(toks[k:], normed[k:], strict=True)):
            # "Minister for Local Government Ann Lee": the title's portfolio names a body,
            # then the person
            return " ".join(toks[:k]), " ".join(toks[k:]), " ".join(post)
        if not role_at and len(toks) - k > 3 and toks[k] in ("and", "&") and (
                "for" in toks[1:k] or "of" in toks[1:k]) and any(
                n in TITLES for n in normed[:k]):
            # "Minister for Local Government and Community Development Ann Lee": the
            # portfolio goes on with "and" up to the given name that opens the name
            j = next((j for j in range(k + 1, len(toks) - 1) if len(toks) - j in (2, 3)
                      and is_given_name(toks[j])), None)
            if j is None and len(toks) - k >= 4 and normed[-3] in _PORTFOLIOS and not (
                    normed[-2] in _PORTFOLIOS or normed[-1] in _PORTFOLIOS):
                j = len(toks) - 2  # ("... and Development Themba Mkhatjwa": a portfolio
                # word, then a name no lexicon knows)
            if j is not None and all(t[:1].isupper() and normed[i] not in TITLES
                                     for i, t in enumerate(toks[k + 1:], k + 1)):
                return " ".join(toks[:j]), " ".join(toks[j:]), " ".join(post)
        if not role_at or normed[-1] in TITLES or normed[-1] in PERSON_ROLES:
            return "", " ".join(toks), " ".join(post)  # "Polish Foreign Ministry"
        if role_at[-1] == len(toks) - 2 and normed[role_at[-1]] not in TITLES and normed[
                role_at[-1]].endswith(("ies", "ers", "ists")):
            # "Tudful Service Families Link": a body's name with a plural of people in it,
            # not a role before a one-word name
            return "", " ".join(toks), " ".join(post)
        k = role_at[-1] + 1
        return " ".join(toks[:k]), " ".join(toks[k:]), " ".join(post)
    if all(n in TITLES or (i == 0 and _POSSESSIVE.search(t))
           for i, (t, n) in enumerate(zip(toks, normed, strict=True))):
        return " ".join(toks), "", " ".join(post)  # "(Poland's) Deputy Prime Minister"
    if len(toks) >= 3 and (_OCCUPATION.fullmatch(toks[0]) or _agent_before_name(toks)):
        # "Hydrologist Ann Lee", "Economist Ann Lee": an occupation before the name (also
        # "Islander Ann Lee", "Artist Ann Lee", "Conseiller Ann Lee": an agent noun before
        # a given name)
        _, name, pn = split_title(" ".join(toks[1:] + post))
        return toks[0], name, pn
    while len(toks) > 1 and _HYPHEN_TITLE.fullmatch(toks[0]):
        post_title = toks.pop(0)  # "Mum-of-two Ann Lee"
        rest_title, name, pn = split_title(" ".join(toks + post))
        return f"{post_title} {rest_title}".strip(), name, pn
    last_title = -1
    for i, tok in enumerate(toks[:-1]):
        if _TITLE_COMPOUND.fullmatch(tok):
            last_title = i  # "Attorney-General Ann Lee", "Mayor-elect Ann Lee"
            continue
        if _POSSESSIVE.search(tok) and _norm(toks[i + 1]) in ORG_NOUNS:
            continue  # "President’s Office", "Prime Minister's Office": the office's name
        if i > 0 and _norm(tok) in _INNER_NAME_TITLES and last_title < i - 1 and (
                is_given_name(toks[i - 1]) or i - 2 == last_title and _norm(toks[i - 1]) not in (
                    TITLES) and _norm(toks[i - 1]) not in PERSON_ROLES
                and _norm(toks[i - 1]) not in ORG_NOUNS and not _POSSESSIVE.search(toks[i - 1])):
            continue  # "Pushpa Kumari Rai-Gurung", "Seddique Mir Mateen", "Mayor Rabindra Man
            # Pradhananga": a middle name
        if i > 1 and _norm(tok) in ("haji", "hajah") and _norm(toks[i - 1]) in (
                "bin", "binti", "bte", "binte"):
            continue  # "Rafidah binti Haji Tuah": the father's style, inside the name
        if tok == "H." and not _INITIAL_TOKEN.fullmatch(toks[i + 1]) and (
                i == 0 and len(toks) >= 4 and not any(
                    _INITIAL_TOKEN.fullmatch(t) or _norm(t) in TITLES for t in toks[1:])
                or (i == 0 or last_title == i - 1) and len(toks) - i >= 3
                and not is_given_name(toks[i + 1]) and not _INITIAL_TOKEN.fullmatch(toks[i + 2])
                or i > 0 and last_title == i - 1 and _norm(toks[i - 1]) in _HAJI_AFTER
                or len(toks) - i >= 3 and _norm(toks[i + 1]) in _HAJI_BEFORE):
            last_title = i  # "H. Lalu Ahmad Ann", "Regent H. Ann Lee", "Ir. H. Ann Lee": the
            # Indonesian Haji abbreviated, a style (not the initial of "H. Ross Perot"); also
            # before two words of no Western given name ("H. Dadang Kusmayadi")
            continue
        if tok == "S." and len(toks) - i >= 3 and not _INITIAL_TOKEN.fullmatch(toks[i + 1]) and (
                any(t in ("Singh", "Kaur") for t in toks[i + 2:])):
            last_title = i  # "S. Ann Singh Gill": the Sikh "Sardar" abbreviated, a style
            continue
        if tok == "Sri" and toks[i + 1] == "Lanka":
            break  # "Sri Lanka Podujana Peramuna": a country, no title
        if _norm(tok) in ("yang", "amat", "mulia", "berbahagia") and (
                _norm(toks[i + 1]) in ("berhormat", "amat", "mulia", "berbahagia")):
            last_title = i  # "Yang Berhormat", "Yang Amat Berhormat", "Yang Mulia": Malay
            continue  # and Bruneian styles of address ("the Honourable")
        if _norm(tok) == "tuan" and _norm(toks[i + 1]) in ("haji", "hajah"):
            last_title = i  # "Tuan Haji Ann Lee": the Malay "sir" before a pilgrim's style
            # (elsewhere a name: "Tuan, 61," "Nguyen Anh Tuan")
            continue
        if _norm(tok) in ("awang", "dayang") and not (
                i > 0 and _norm(toks[i - 1]) in TITLES or _norm(toks[i + 1]) in (
                    "haji", "hajah")):
            continue  # "Salbiah Awang Kassim", "Awang Tinggal": a name; a style only beside
            # another ("Dato Seri Setia Awang Haji Ann Lee")
        if _norm(tok) in TITLES or _norm(tok) in PERSON_ROLES or (
                tok[-3:] == "men" and _plural_men(_norm(tok))) or (
                "-" in tok and tok.split("-", 1)[0].lower() in _ROLE_PREFIXES
                and _is_role_word(tok)) or (  # ("Vice-Minister Ann Lee")
                tok.endswith(".") and len(tok) <= 5 and i < len(toks) - 1
                and not (_INITIAL_TOKEN.fullmatch(tok) and not (
                    tok == "M." and i == 0 == len(toks) - 2)) and tok not in NAME_ABBREVIATIONS
                and tok not in ("St.", "Ste.")):  # (a saint's name: "SVP St. Gallen")
            # (not "N." of "N. Ann Rao"; but the French "M. Harrower" is Mr Harrower)
            last_title = i  # "Zaporizhzhia Oblast Governor Ann Lee": the last one counts
    if last_title == 0 and len(toks) == 2 and (
            _norm(toks[0]) not in TITLES and given_name_gender(toks[0])
            or _norm(toks[0]) in _NAME_LIKE_TITLES and is_given_name(toks[0])):
        last_title = -1  # "Dean Hall", "Bibi Ahmed": a given name that is also a role noun
    if last_title > 0 and len(toks) - last_title == 2 and _norm(toks[last_title]) in (
            _TITLES_AS_GIVEN) and is_given_name(toks[last_title]) and (
            _norm(toks[last_title - 1]) in TITLES or _norm(toks[last_title - 1]) in PERSON_ROLES
            or _norm(toks[last_title - 1]) in _PORTFOLIOS and any(
                _norm(t) in TITLES for t in toks[:last_title - 1])):
        last_title -= 1  # "Commissioner Earl Lee": a given name after a title, not a peer
        # (also after a portfolio: "Assistant Minister for Policy and Planning Emir Lee")
    if last_title >= 0 and len(toks) - last_title >= 3 and _norm(toks[last_title]) in (
            _TITLES_AS_GIVEN) and _INITIAL_TOKEN.fullmatch(toks[last_title + 1]):
        # "Hon. Prince M. Dorley", "King E. Ansah": a given name before a middle initial
        # (no royal writes one)
        last_title = max((i for i, tok in enumerate(toks[:last_title])
                          if _norm(tok) in TITLES or _norm(tok) in PERSON_ROLES), default=-1)
    if last_title > 0 and len(toks) - last_title == 2 and is_given_name(toks[last_title]) and (
            is_given_name(toks[last_title - 1])) and _norm(toks[last_title - 1]) not in TITLES and (
            _norm(toks[last_title - 1]) not in PERSON_ROLES) and not (
            _TITLE_COMPOUND.fullmatch(toks[last_title - 1])):
        # "Judge-Executive Roy Dean Whitacre": a role noun that is also a given name, after a
        # given name, is a middle name
        last_title = max((i for i, tok in enumerate(toks[:last_title - 1])
                          if _norm(tok) in TITLES or _norm(tok) in PERSON_ROLES
                          or _TITLE_COMPOUND.fullmatch(tok)), default=-1)
    if last_title >= 0 and len(toks) - last_title >= 3 and _norm(toks[last_title]) not in (
            TITLES) and is_given_name(toks[last_title]) and not is_given_name(
            toks[last_title + 1]):
        # "Farmer Man Bahadur Subba": a role noun that is also a given name opens the
        # name when the next word is no given name ("Dean Ann Lee" keeps the title)
        last_title = max((i for i, tok in enumerate(toks[:last_title])
                          if _norm(tok) in TITLES or _norm(tok) in PERSON_ROLES), default=-1)
    if last_title >= 0:
        # "Secretary for Foreign Affairs Ann Lee": the portfolio belongs to the title
        while len(toks) - last_title > 3 and _norm(toks[last_title + 1]) in _PORTFOLIOS:
            last_title += 1
    if last_title >= 0 and len(toks) - last_title >= 5 and toks[last_title + 1] in (
            "for", "of"):
        # "Minister for Local Government Ann Lee": the portfolio runs up to a given name
        # that opens a name of two or three words
        last_title = next((j - 1 for j in range(last_title + 3, len(toks) - 1)
                           if len(toks) - j <= 3 and is_given_name(toks[j])), last_title)
    if last_title >= 0 and len(toks) - last_title >= 4 and _agent_before_name(
            toks[last_title + 1:]):
        last_title += 1  # "Chief Islander Ann Lee": a title, then an agent noun
    if last_title >= 2 and _norm(toks[0]) in ("mr", "mrs", "ms", "miss", "mx") and not (
            _norm(toks[1]) in TITLES or _norm(toks[1]) in PERSON_ROLES) and all(
            tok[:1].isupper() for tok in toks[1:]):
        # "Mr Tonny Obong Aleper": after "Mr" and a given name, a word that is also a title
        # ("Obong", an Efik style) is part of the name
        last_title = 0
    if last_title >= 0 and len(toks) - last_title >= 6 and toks[last_title + 1].isupper() and (
            toks[last_title + 2] in ("de", "din", "of")) and is_given_name(
            toks[last_title + 4]) and toks[last_title + 3][:1].isupper():
        last_title += 3  # "Deputatul AUR de Vrancea Ann Lee": the party and the seat
    title = " ".join(toks[: last_title + 1])
    rest = toks[last_title + 1 :]
    if len(rest) >= 2 and not rest[1].isupper():
        rest = [_fix_caps(rest[0]), *rest[1:]]
    name = " ".join(rest)
    return title, name, " ".join(post)


#: An honorific and a name of two words or more: "Ms Ann Lee-Hart", "Dr. Bo Chen".
_HONORIFIC_NAME = re.compile(
    r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+")
#: A unit named by its number, the whole subject: "The 28th Bomb Wing", "the 2nd Foreign
#: Parachute Regiment".
_ORDINAL_UNIT = re.compile(r"(?:[Tt]he\s+)?(?P<org>\d{1,3}(?:st|nd|rd|th)"
                           r"(?:\s+[A-Z][\w’'-]*){1,5})")
#: The head words of bodies named in French, Spanish, Portuguese or Italian.
_ROMANCE_HEADS = (
    r"Collectif|Ministère|Société|Association|Fédération|Syndicat|Regroupement|"
    r"Conseil|Commission|Comité|Confédération|Centrale|Ordre|Réseau|Coalition|Mouvement|"
    r"Institut|Observatoire|Agence|Secrétariat|Fondation|Chambre|Ministerio|Secretaría|"
    r"Asociación|Federación|Sindicato|Confederación|Consejo|Comisión|Instituto|Movimiento|"
    r"Sociedade|Associação|Federação|Ministério|Conselho|Comissão|Movimento|"
    # ("the Direction générale de l'armement", "the Préfecture maritime de la Manche")
    r"Direction|Délégation|Préfecture|Union|Caisse|Conférence|Autorité|Groupement|"
    r"Dirección|Delegación|Unión|Direzione|Consiglio|Associazione|Federazione|Comitato|"
    r"Unione|Istituto|Agenzia|Confederazione|"
    # (Catalan: "the Sindicat de Treballadors de les Valls"; and foundations)
    r"Sindicat|Consell|Associació|Federació|Fundació|Comissió|Moviment|Fundación|Fundação|"
    r"Fondazione|"
    # (Filipino: "the Samahan ng mga Pasahero ng Cabanatuan", "Samahang Magsasaka ng X")
    r"Samahan|Samahang|Kilusan|Kilusang|Kapisanan|Kapisanang|Alyansa|Koalisyon|Pederasyon|"
    r"Katipunan|Ugnayan|Lupon|Tanggapan|Kalipunan|Pagkakaisa")
#: Up to two adjectives between the head and its article: "générale", "maritime",
#: "Rhodanienne" (not an article itself).
_ROMANCE_ADJECTIVES = (r"(?:\s+(?!(?:d[eu]s?|de|del|della|da|das|do|dos|ng|sa|mga)\b)"
                       r"(?:[a-zà-ÿ][\w’'-]*|[A-ZÀ-Þ][a-zà-ÿ]+)){0,2}?")
_ROMANCE_LINK = (r"\s+(?:(?:d[eu]s?|de\s+la|de\s+les|dels|del|della|dei|degli|delle|da|das|do|"
                 r"dos|ng\s+mga|ng|sa|mga)\s+|"
                 r"de\s+l['’]\s*|d['’]\s*)")
#: A body named in French, Spanish or Portuguese, its lower-case words included, right
#: before a speech verb: "the Collectif des usagers du transport collectif trifluvien said",
#: "a spokesperson for the Ministère des Transports et de la Mobilité durable said".
_ROMANCE_ORG_END = re.compile(
    r"(?:(?P<role>\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,2}?(?:spokesperson|spokesman|"
    r"spokeswoman|representative|official)\s+(?:for|of|at|from)\s+)?(?:\b[Tt]he\s+)|"
    r"(?:^|(?<=\s)))"
    rf"(?P<org>(?:{_ROMANCE_HEADS}){_ROMANCE_ADJECTIVES}{_ROMANCE_LINK}"
    r"(?:[\w’'-]+\s+){0,10}?[\w’'-]+)$")
#: A cheap test for a link word of :data:`_ROMANCE_LINK` ("de", "du", "d'", "ng", "sa").
_ROMANCE_HINT = re.compile(r" d| (?:ng|sa|mga) ")
#: The same body's name from its start, up to the first English word or punctuation.
_ROMANCE_ORG = re.compile(rf"(?:{_ROMANCE_HEADS}){_ROMANCE_ADJECTIVES}{_ROMANCE_LINK}"
                          r"[\w’'-]+(?:\s+[\w’'-]+){0,9}")
#: English words that end a body's name written in a Romance language.
_ROMANCE_STOP = frozenset({
    "said", "says", "told", "tells", "has", "have", "had", "is", "are", "was", "were", "will",
    "would", "could", "can", "should", "may", "on", "in", "at", "by", "which", "who", "that",
    "to", "the", "a", "an", "and", "for", "with", "also", "as", "after", "before", "last",
    "this", "its", "their", "it", "but", "or", "not", "from", "said,", "announced", "warned",
    "confirmed", "added", "stated", "argued", "insisted", "noted", "reported", "called",
    "urged", "welcomed", "rejected", "criticised", "criticized", "does", "did"})


def romance_org_at(text: str, pos: int) -> tuple[str, int] | None:
    """A body named in a Romance language from ``pos``, and where its name ends.

    Example:
        >>> t = "the Direction générale de l'armement (DGA) said"
        >>> romance_org_at(t, 4)
        ("Direction générale de l'armement", 36)
        >>> romance_org_at("the Conseil du patronat said on Monday", 4)
        ('Conseil du patronat', 23)
    """
    m = _ROMANCE_ORG.match(text, pos)
    if m is None:
        return None
    end = pos
    for w in re.finditer(r"\S+", text[pos:m.end()]):
        if w.group().lower() in _ROMANCE_STOP:
            break
        end = pos + w.end()
    name = text[pos:end]
    if len(name.split()) < 3 and not re.search(r"\s(?:d['’]|de\s+l['’])", name):
        return None  # (a link word and nothing after it)
    return name, end


#: General words a report uses for the person it has just named.
_VARIATION_NOUNS = frozenset({"legislator", "lawmaker", "politician", "academic", "scholar",
                              "campaigner", "activist", "veteran", "official", "premier",
                              "parliamentarian", "congressman", "congresswoman", "mp", "msp",
                              "mla", "td", "mep", "backbencher", "envoy", "diplomat",
                              "elder", "deputy"})
#: A sentence that opens with a (role and a) name and a relative clause: "The Governor,
#: Mr Ann Lee, who ...".
_OPENING_NAME_WHO = re.compile(
    rf"\s*(?P<role>(?:[Tt]he\s+)?[\w’' -]{{2,60}},\s+)?(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?"
    rf"[{_UPPER}][\w’'.-]*(?:\s+[{_UPPER}][\w’'.-]*){{1,3}}),\s+who\s")
_CAP_RUN = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
#: An organisation whose portfolios are listed with commas, at the end of a subject:
#: "the Department for Environment, Food and Rural Affairs".
LISTED_ORG = (rf"(?P<org>(?:(?<![\w’'-])[A-Z][\w’'-]*\s+(?=[A-Z][a-z]+\s+(?:of|for)\s))?"
              rf"(?:Ministry|Department|Office|Bureau|Society|Commission|Council|"
              rf"Committee|Institute|Agency|Division|Directorate|Secretariat)\s+(?:of|for)\s+{_CAP_RUN}"
              rf"(?:,\s+{_CAP_RUN})+,?\s+and\s+{_CAP_RUN}"
              # ("Foreign, Commonwealth and Development Office", "Lithuanian Farmers, Greens
              # and Christian Families Union": the list before the head noun)
              rf"|(?<![\w’'-])[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?(?:,\s+[A-Z][\w’'-]*){{1,3}},?\s+and\s+"
              rf"(?:[A-Z][\w’'-]*\s+){{0,3}}(?:Office|Union|Party|Ministry|Department|Alliance|"
              # ("the council's Strategy, Policy and Resources Committee")
              rf"Association|Federation|Authority|Committee|Commission|Board|Council))")
_LISTED_ORG_TAIL = re.compile(LISTED_ORG + "$")
_LISTED_ORG_END = re.compile(
    r"(?:(?:^|(?<=\s))(?P<role>(?:[Aa]n?\s+|[Tt]he\s+)?(?:[\w-]+\s+){0,2}?(?:spokes\w+|"
    r"official|officials|spokesman|spokeswoman)\s+(?:for|of|at|from)\s+))?(?:[Tt]he\s+)?"
    + LISTED_ORG + "$")
#: A name, then "of"/"from"/"at": "Ann Lee of (the Pittsburgh Bureau of Police)".
#: A role in lower case before a body's name: "the national commander of ".
_ROLE_OF_BODY_END = re.compile(r"(?:^|(?<=\s))(?:the|a|an|its|their)\s+(?:[a-z-]+\s+){0,2}"
                               r"(?P<head>[a-z-]+)\s+(?:of|at|for)\s+$")
_MEMBER_OF_BEFORE = re.compile(rf"[{_UPPER}][\w’'-]+\s+(?:of|from|at)\s+$")
#: Abbreviated given names that end in a full stop: "Ma. Cielito" (María), "Moh. Ann"
#: (Mohammad), "Wm.", "Jas.";
#: and the two-letter initials of transliterated patronymics ("Kh. Munkhzul", "Ts. Bold").
NAME_ABBREVIATIONS = frozenset({"Ma.", "Md.", "Moh.", "Muh.", "Wm.", "Jas.", "Chas.",
                                "Thos.", "Geo.", "Jos.", "Kh.", "Ts.", "Sh.", "Ch.", "Zh.", "Ya.",
                                "Yu."})
_INITIAL_TOKEN = re.compile(rf"[{_UPPER}]\.(?:[{_UPPER}]\.){{0,2}}")  # "J.", "K.M."


_SHOUTED_LEAD = re.compile(r"([A-Z]{4,})(?=\s+(?:of\s|(?:Council|County|City|Borough|District|"
                           r"Parish|Town|Island|Islands)\b))")


def _fix_caps(token: str) -> str:
    """Turn a tabloid's all-capitals first name ("KEIR") into "Keir"; keep acronyms."""
    if len(token) >= 3 and token.isupper() and token.isalpha() and any(
            ch in "AEIOU" for ch in token[1:]) and given_name_gender(token.capitalize()):
        return token.capitalize()  # (not "BMA Cymru Wales": an acronym)
    return token


def _strip_aux(text: str, lo: int, hi: int) -> tuple[int, bool]:
    """Move ``hi`` left past auxiliaries and adverbs; report negation."""
    seg = text[lo:hi]
    start = max(0, len(seg) - 120)
    window = seg[start:]
    if window.isascii():  # else case folding may match more than ASCII letters
        tail = window.rstrip()
        last = tail[tail.rfind(" ") + 1:] if " " in tail else tail
        if tail and last.isalpha() and last.lower() not in _AUX_LAST and not (
                last.endswith("ly") and last.islower() and len(last) >= 6
                and last not in _LY_NOUNS) and \
                _SPACE_BUT_BLANK.search(tail) is None and \
                _AUX_NOUN.search(window.lower()) is None:
            return hi, False  # no auxiliary ends the segment
    m = _AUX_TAIL.search(seg, start)
    negated = False
    if m:
        words = {w.lower().replace("’", "'") for w in re.findall(r"[\w’']+", m.group(0))}
        negated = bool(words & NEGATIONS) or any(w.endswith("n't") for w in words)
        hi = lo + m.start()
    return hi, negated


@lru_cache(maxsize=65536)
def _gender(words: str) -> str:
    """``f`` or ``m`` when ``words`` hold a gendered word, else ``""`` (cached).

    Example:
        >>> _gender("Mrs Lee"), _gender("the minister"), _gender("Her side's guest speaker")
        ('f', '', '')
    """
    if "whose" in words:  # "whose son is a corporal": the son's sex, not hers
        at = words.index("whose")
        # (but "whose son" alone is the role of the name after it: "whose son Jac, 19,")
        words = words[at + 5:] if len(_tokens(words[at + 5:])) == 1 else words[:at]
    words = _OWNER_POSSESSIVE_LEAD.sub("", words)  # "Her side's guest speaker": hers, not she
    toks = {_norm(t) for t in _tokens(words)}
    if toks & FEMALE_WORDS:
        return "f"
    if toks & MALE_WORDS:
        return "m"
    return ""


#: A possessive determiner owning the noun that owns the role: "Her side's ".
_OWNER_POSSESSIVE_LEAD = re.compile(r"^\s*(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+[\w-]+[’']s\s+")
#: Quantifiers before "of": "some of the residents" is no office.
_QUANTIFIER_HEADS = frozenset({"some", "many", "all", "most", "none", "each", "both", "few",
                               "several", "any", "either", "neither", "much", "part", "half",
                               "one", "two", "three", "four", "five", "out", "because",
                               "instead", "ahead", "outside", "inside", "regardless"})


def looks_like_role(role: str) -> bool:
    """True when an appositive reads as a role ("a historian at X", "Lecturer in Y").

    Example:
        >>> looks_like_role("a senior fellow at the Institute"), looks_like_role("it said")
        (True, False)
        >>> looks_like_role("of the University of Leeds"), looks_like_role("from Leeds")
        (True, True)
        >>> looks_like_role("a specialist at the School who was not involved in the study")
        True
        >>> looks_like_role("faifeau of a parish"), looks_like_role("most of the time")
        (True, False)
        >>> looks_like_role("one of eight welders at the yard")
        True
    """
    toks = [_norm(t) for t in _tokens(role)]
    if not toks or len(toks) > 30:
        return False
    if toks[0] in {"who", "which", "that", "he", "she", "they", "it", "and", "but"}:
        return False
    if "who" in toks[2:]:
        # "a specialist at the Bergen School who was not involved in the study": the
        # role is what precedes its relative clause
        toks = toks[:toks.index("who", 2)]
    if any(t in {"said", "says", "is", "was", "are", "were", "will", "would"} for t in toks):
        return False
    if toks[0] in ("a", "an", "the") or role[:1].isupper():
        return True
    words = role.split()
    if toks[0] in ("of", "from", "at") and len(words) > 1 and (
            words[1][:1].isupper() or toks[1] == "the" and len(words) > 2 and (
                words[2][:1].isupper() or len(words) > 3 and words[2].islower()
                and (words[3][:1].isupper() or len(words) > 4 and words[3].islower()
                     and words[4][:1].isupper()))):
        return True  # an affiliation: "of the University of Leeds", "from Leeds", "of the
        # pro-establishment Kowloon Livelihood Alliance"
    if len(words) > 2 and words[0].isalpha() and words[0].islower() and toks[1] in (
            "of", "at") and (toks[2] in ("a", "an", "the") or words[2][:1].isupper()) and (
            toks[0] not in _QUANTIFIER_HEADS):
        return True  # an office no lexicon holds, with its body: "faifeau of a parish in
        # Woodridge", "mukhtar of the village" (not "some of the ...")
    if toks[:2] == ["one", "of"] and any(
            len(t) > 4 and t.endswith("s") and (t[:-1] in PERSON_ROLES or t.endswith("ers"))
            for t in toks[2:6]):
        return True  # "one of eight Ukrainian welders at the yard", "one of the organisers"
    return any(t in PERSON_ROLES or t in TITLES for t in toks[:6])


def _is_role_word(tok: str) -> bool:
    t = _norm(tok)
    # (also "mum-of-three", "father-of-two": a role with its count; "director-general",
    # "ex-minister": a compound of a role)
    return t in PERSON_ROLES or t in TITLES or (
        # a role's plural: "Members of the union", "Executives at the firm" (not a surname
        # of that shape: "Masters said")
        t[-1:] == "s" and t[:-1] in PERSON_ROLES and len(t) > 4 and t not in _PLURAL_SURNAMES
    ) or ("-" in t and (
        t.split("-", 1)[0] in PERSON_ROLES or t.rsplit("-", 1)[-1] in PERSON_ROLES and not (
            # (not a double surname whose second half is a role word: "Montaut-Rivals",
            # but "Ex-President", "Co-Chair")
            tok[:1].isupper() and tok.rsplit("-", 1)[-1][:1].isupper()
            and t.split("-", 1)[0] not in _ROLE_PREFIXES and t.split("-", 1)[0] not in TITLES
            and len(t.split("-", 1)[0]) > 3))) or (
        t[-3:] == "men" and _plural_men(t)) or (
        # a lower-case compound in -man names a person: "batsman", "fisherman"
        t[-3:] == "man" and len(t) >= 6 and tok[:1].islower())


#: Surnames that look like a role's plural: "Rob Masters ... Masters said".
_PLURAL_SURNAMES = frozenset({"masters"})
#: Words before a hyphen that make a role of the role after it: "Ex-President".
_ROLE_PREFIXES = frozenset({"ex", "co", "vice", "deputy", "acting", "sub", "under", "pro",
                            "former", "chief", "assistant", "joint", "senior", "junior",
                            "interim", "past", "state", "shadow", "lord", "lady"})


def _plural_men(t: str) -> bool:
    """A role's plural in -men: "Businessmen Ann Lee and Bo Chen", "the congressmen".

    Example:
        >>> _plural_men("businessmen"), _plural_men("women")
        (True, False)
    """
    return len(t) > 5 and t.endswith("men") and f"{t[:-3]}man" in PERSON_ROLES


#: A lone participle of speaking opening a clause: "Responding, ", "Speaking later, ".
_LONE_PARTICIPLE = re.compile(r"\s*(?:(?:Responding|Speaking|Replying|Reacting|Commenting|Writing|"
                              r"Answering|Testifying|Appearing)(?:\s+(?:later|afterwards|separately|"
                              r"today|again))?(?:\s+to\s+(?:the|a|an|his|her|their)\s+[^,;]{1,30})?"
                              # "In an emailed statement, the consortium, X, said": the medium
                              r"|In\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|"
                              r"email|letter|post|release|submission|response|reply))"
                              # ("In a statement the company says": no comma)
                              r"(?:,\s+|(?:(?<=statement)|(?<=release)|(?<=letter))\s+"
                              r"(?=[Tt]he\s|[A-Z]))")  # (also "Replying to the opposition, X said")

#: A time opening the clause with no comma: "On Thursday the union wrote", "Last week
#: the ministry said", "Earlier this month its chairman said".
_DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_FRONTED_TIME = re.compile(
    # (also after a conjunction: "But last night a former commander warned")
    r"\s*(?:(?:But|And|Yet)\s+(?=[a-z]))?"
    r"(?:(?:(?:[Ll]ate|[Ee]arly|[Ee]arlier|[Ll]ater)\s+(?:on\s+)?|[Oo]n\s+|[Bb]y\s+)" + _DAY
    + r"(?:\s+(?:morning|afternoon|evening|night))?|"
    r"(?:[Ll]ast|[Tt]his|(?:[Ee]arlier|[Ll]ater)\s+(?:this|that))\s+(?:week|month|year|morning|"
    r"afternoon|evening|night|weekend|" + _DAY + r")|[Yy]esterday|[Tt]oday|[Tt]onight|"
    # ("Afterwards a Downing Street source insisted")
    r"[Aa]fterwards?|[Ss]ubsequently|[Mm]eanwhile|[Ss]eparately|[Ee]lsewhere)"
    r"(?:,\s+|\s+(?=(?:the|a|an|its|his|her|their)\s|[A-Z]))")

#: A place fronted before the subject: "On the Hill, Sen. Ann Lee, R-Neb., who ..., said".
_PLACE_LEAD = re.compile(r"\s*(?:On|In|At|Inside|Outside|Across)\s+(?:the\s+)?[A-Z][\w’'-]*"
                         r"(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,3},\s+(?=[A-Z])")
#: A platform fronted without a comma: "On Facebook the group wrote ...".
#: A fronted document the subject wrote: "In a letter to X, seen by BIRN, " (Ann Lee argued).
_DOCUMENT_LEAD = re.compile(
    r"\s*(?:In|Writing\s+in)\s+(?:an?|his|her|their|its|the)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:letter|statement|post|interview|message|note|speech|article|op-ed|memo|email|"
    r"submission)\b[^,;.\"“”]{0,120},(?:\s+(?:seen|obtained|reviewed|shared|published)\s+"
    r"(?:by|with)\s+[^,;.]{1,60},)?\s+(?=[A-Z])")
_PLATFORM_LEAD = re.compile(
    r"\s*(?:On|In|Via|Over)\s+(?:an?\s+(?:post|message|video|statement)\s+on\s+)?"
    r"(?:(?:its|their|his|her)\s+)?(?:Facebook|Twitter|X|Instagram|Telegram|TikTok|YouTube|"
    r"LinkedIn|WhatsApp|Substack|Bluesky|Threads|Mastodon|VKontakte|"
    # ("On its website the group said")
    r"(?<=its\s)(?:website|blog|homepage)|(?<=their\s)(?:website|blog|homepage))"
    # ("In a post on its Facebook page the group said")
    r"(?:\s+(?:page|account|channel|feed|group))?\s+(?=(?:the|a|an|its|their)\s)")

#: A sentence break before a long title, not the stop of a style ("... Affairs Dr. Ann").
_TITLE_CLAUSE_SPLIT = re.compile(r"(?<!\bDr)(?<!\bProf)(?<!\bEng)(?<!\bHon)[.;:!?]\s")
#: "His/Her Excellency" before a title or name, as Gulf agencies write it: "HE Minister
#: of State Dr. Ann Lee told", "H.E. Sheikha Ann Lee said", "HE the Minister stressed".
_EXCELLENCY = re.compile(r"\s*(?:HE|H\.\s?E\.)\s+(?=[A-Z]|the\s)")

#: A team after its lead: " and colleagues", " and her co-authors", " and his team".
_AND_COLLEAGUES_END = re.compile(r"\s+and\s+(?:(?:his|her|their)\s+)?(?:colleagues|co-?authors|"
                                 r"collaborators|team)$")


#: Places whose name joins "of" and a name: "Isle of Anglesey (County Council)".
_PLACE_OF_HEADS = frozenset({"Isle", "Isles", "City", "County", "Borough", "Republic",
                             "Kingdom", "Port", "Principality", "Commonwealth", "State",
                             "Province", "Diocese", "Archdiocese", "Royal Borough"})


#: The last word of a unit's or an area's name: "(Border Guard) District", "Brigade".
_UNIT_NOUNS = frozenset({"District", "Division", "Brigade", "Region", "Command", "Directorate",
                         "Sector", "Zone", "Battalion", "Regiment", "Squadron", "Detachment",
                         "Corps"})
#: "of the (3rd) " closing the words before a unit's name.
_OF_THE_END = re.compile(r"\b(?:of|at|from|in)\s+the\s+(?:\d+(?:st|nd|rd|th)\s+)?$")
#: A fronted adverbial of place or time before the subject: "Outside Parliament House, ".
_FRONTED_PHRASE = re.compile(r"\s*(?:Outside|Inside|At|In|On|Near|Later|Earlier|After|Before|"
                             r"Afterwards|Meanwhile|Elsewhere|"
                             # "Rising on a point of order, the MP, who ..., said"
                             r"[A-Z][a-z]+ing)\b[^,;:\n]{0,60},\s+")


#: An office's head word before its portfolio: "Minister for " (Housing ... Hon. Ann Lee).
_OFFICE_FOR_BEFORE = re.compile(r"(?:Minister|Secretary|Commissioner|Director)\s+(?:of|for)\s+$")


#: A body named in apposition after its kind: ", the Čapljina firm Krupa Parking, ".
_THE_KIND_NAME_APPOSED = re.compile(
    rf",\s+the\s+(?:[{_UPPER}][\w’'-]*\s+)?(?P<kind>[a-z]+)\s+"
    rf"(?P<name>[{_UPPER}][\w’'&-]*(?:\s+[{_UPPER}][\w’'&-]*){{0,4}})\s*,\s*$")
#: A body's press office after its name: "8 Wing public affairs said", "the Swedish Armed
#: Forces press service writes".
_PRESS_OFFICE_END = re.compile(r"\s+(?:public\s+affairs(?:\s+(?:office|staff|branch))?|"
                               r"(?:press|media)\s+(?:office|service|team|desk|department))\s*$")
#: A firm's legal form in brackets: "(Pty) Ltd", "(Pvt) Ltd", "(Private) Limited".
_PTY_LTD = re.compile(r"\((?:Pty|Pvt|Private|Proprietary)(\))\s+(?:Ltd|Limited)\b\.?,?\s*$")
_PTY_SPELT = re.compile(r"\b(Pty|Pvt|Private|Proprietary)\s+(Ltd|Limited)\b")
#: A post's holder named by what she answers for: "the member responsible for leisure".
_RESPONSIBLE_FOR = re.compile(r"[a-z]\s(responsible\s)for\s")


#: A title's abbreviation or gloss in brackets inside it, before "of"/"for" and more of the
#: title: "Regional Secretary (Sekda) of Kediri Regency".
_TITLE_BRACKET = re.compile(rf"[{_UPPER}][\w’'-]*(\s\([^()\n]{{1,40}}\))\s+(?:of|for)\s+"
                            rf"(?:the\s+)?[{_UPPER}]")
#: A style in brackets between a title and a name: "Ambassador (Mrs.) ", "Chief (Dr.) ".
_HONORIFIC_BRACKET = re.compile(r"(\s\((?:Mrs|Mr|Ms|Miss|Dr|Prof|Chief|Alhaji)\.?\))"
                                rf"(?=\s+[{_UPPER}])")
#: Degrees after a name and its comma, right before the cue: ", M.Si. ", ", S.E., M.Si. ".
_DEGREES_END = re.compile(r",\s*((?:[A-Z][A-Za-z]{0,3}\.(?:[A-Za-z]{1,3}\.)?,?\s*){1,3})$")


#: A title in another language glossed in brackets before a name: "burmistrz (mayor) Ann".
_ROLE_GLOSS = re.compile(r"(?<![\w’'-])([a-zà-ž][\w’'-]*)\s+\((?:the\s+)?"
                         r"([A-Za-z][A-Za-z -]{2,30}?)\)"
                         rf"(?=\s+[{_UPPER}]|,\s+[{_UPPER}]|\s+(?:from|in|at|of)\s)")
# (also in apposition and before a place: "Its vd (chief executive), Ann Lee, said", "A
# hemvärnsman (Home Guard volunteer) from Borås said")


def _glossed_description(text: str, lo: int, cue_start: int,
                         gloss: re.Match[str]) -> SpeakerPhrase | None:
    """A description whose head is a local word glossed in brackets, read with the gloss
    in its place: "A hemvärnsman (Home Guard volunteer) from Borås, who did not want his
    name in the paper," (offsets into ``text``).

    Example:
        >>> t = "A hemvärnsman (Home Guard volunteer) from Borås said"
        >>> p = _glossed_description(t, 0, t.index("said"), _ROLE_GLOSS.search(t))
        >>> p.surface, p.role
        ('A hemvärnsman (Home Guard volunteer) from Borås', 'A Home Guard volunteer')
    """
    a, b = gloss.start(1), gloss.end()
    inner = gloss.group(2)
    compact = text[:a] + inner + text[b:]
    shift = b - (a + len(inner))
    phrase = _parse_subject_left(compact, lo, cue_start - shift)
    if phrase is None or phrase.kind != "description" or phrase.start > a or phrase.end < a:
        return None

    def back(i: int) -> int:
        return i if i <= a else (b if i <= a + len(inner) else i + shift)

    phrase.start, phrase.end = back(phrase.start), back(phrase.end)
    phrase.surface = text[phrase.start:phrase.end]
    return phrase


#: An office of a place, then its holder in apposition: "The Baale of Oke-Ayepe, Chief Ann
#: Lee" (the holder's style and name).
_OFFICE_OF_PLACE_APPOSED = re.compile(
    rf"(?P<office>(?:[Tt]he\s+)?[{_UPPER}][\w’'-]*(?:\s+[{_UPPER}][\w’'-]*)?\s+of\s+"
    rf"[{_UPPER}][\w’'-]*(?:\s+[{_UPPER}][\w’'-]*){{0,2}}),\s+"
    rf"(?P<person>[{_UPPER}][\w’'.-]*(?:\s+[{_UPPER}][\w’'.-]*){{2,5}})$")


#: The names of a list before its last two: "Latvia, " of "Latvia, Lithuania and Estonia".
_LIST_ITEMS_BEFORE = re.compile(r"(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3},\s+)+")
#: Capitalised openers that are no list item: "In Riga, X and Y said".
_NOT_LIST_ITEMS = frozenset(
    "In On At After Before Since Meanwhile However Earlier Later Today Yesterday Also Now "
    "Then Still Instead Here There Separately Elsewhere Together Overall Finally First "
    "Second Third Last Speaking Monday Tuesday Wednesday Thursday Friday Saturday Sunday "
    "January February March April May June July August September October November "
    "December".split())


def parse_subject_left(text: str, lo: int, cue_start: int) -> SpeakerPhrase | None:
    """Parse the subject that ends right before a speech verb at ``cue_start``.

    A portfolio read as a title before a style ("Housing and Local Government Hon. Ann
    Lee") takes back the office that opens it ("Minister for ...").

    Example:
        >>> t = "Minister for Housing and Local Government Hon. Ann Lee-Hart told"
        >>> parse_subject_left(t, 0, t.index("told")).role
        'Minister for Housing and Local Government Hon.'
        >>> t = "burmistrz (mayor) Leszek Nowak told"
        >>> parse_subject_left(t, 0, t.index("told")).name
        'Leszek Nowak'
    """
    phrase = _parse_subject_left(text, lo, cue_start)
    if phrase is None and (aside := _DASH_ASIDE_END.search(text, max(lo, cue_start - 100),
                                                            cue_start)) is not None and (
            aside.start() > lo):
        # "Annabel Pryce – no relation to the committee chair – called": the subject
        # before the aside between dashes; "the prefect's office – the Préfecture de
        # Saint-Pierre – said": the name the aside gives it
        inner = _parse_subject_left(text, aside.start(1), aside.end(1) + 1)
        phrase = inner if inner is not None and inner.kind == "name" and (
            text[aside.start(1):inner.start].strip().lower() in ("", "the")) else (
                _parse_subject_left(text, lo, aside.start() + 1))
    if phrase is not None and phrase.kind == "pronoun" and phrase.role and (
            phrase.surface.lower().startswith("one of ")) and (
            at := text.find(phrase.role, phrase.end, cue_start)) > 0 and (
            person := _parse_subject_left(text[:at + len(phrase.role)] + " said", at,
                                          at + len(phrase.role) + 1)) is not None and (
            person.kind == "name" and not person.org and len(person.name.split()) >= 2):
        # "One of them, student Ann Lee, said": the member the apposition names
        person.role = person.role or phrase.surface
        return person
    if (bracket := _TITLE_BRACKET.search(text, lo, cue_start) if "(" in text[lo:cue_start]
            else None) is not None and (phrase is None or phrase.kind != "name" or (
                text.find(phrase.name, phrase.start, phrase.end) < bracket.start())) and (
            person := parse_subject_left(
                text[:bracket.start(1)] + " " * (bracket.end(1) - bracket.start(1))
                + text[bracket.end(1):], lo, cue_start)) is not None and (
            person.kind == "name" and not person.org and person.start < bracket.start()):
        # "Regional Secretary (Sekda) of Kediri Regency Dr. H. Ann Lee said": a title's
        # abbreviation in brackets inside it, read past (blanked, offsets kept)
        person.surface = text[person.start:person.end]
        phrase = person
    if (styled := _HONORIFIC_BRACKET.search(text, lo, cue_start) if "(" in text[lo:cue_start]
            else None) is not None and (phrase is None or phrase.kind != "name") and (
            person := parse_subject_left(
                text[:styled.start(1)] + " " * (styled.end(1) - styled.start(1))
                + text[styled.end(1):], lo, cue_start)) is not None and (
            person.kind == "name" and not person.org):
        # "A retired diplomat, Ambassador (Mrs.) Ann Lee, said": a style in brackets after
        # a title, read past (blanked, offsets kept)
        person.surface = text[person.start:person.end]
        person.role = " ".join(person.role.split())
        phrase = person
    if phrase is None and (named := _NAMED_DESCRIPTION_END.search(
            text, max(lo, cue_start - 90), cue_start)) is not None and (
            named.start() == lo or not text[lo:named.start()].strip()
            or text[named.start() - 2:named.start()] == ", "):
        # "a medic named Oksana said", "A farmer called Ann Lee told": the person, the
        # description a role
        return SpeakerPhrase("name", named.start("name"), named.end("name"),
                             named.group("name"), name=named.group("name"),
                             role=named.group("desc"), negated=False)
    if phrase is None and (degree := _DEGREES_END.search(text, max(lo, cue_start - 40),
                                                          cue_start)) is not None and all(
            _norm(t.rstrip(",")) in POST_NOMINALS for t in degree.group(1).split()) and (
            person := _parse_subject_left(text, lo, degree.start())) is not None and (
            person.kind == "name" and not person.org):
        # "Mayor Bambang Sutrisno, M.Si. said": degrees after the name, no comma closing
        # them (with one, the appositive's own rules read them)
        return person
    gloss = _ROLE_GLOSS.search(text, lo, cue_start) if "(" in text[lo:cue_start] else None
    if gloss is not None and not _is_role_word(gloss.group(2).split()[-1]):
        gloss = None
    if gloss is not None and phrase is not None and phrase.kind == "name" and (
            not phrase.org) and not text[gloss.end():phrase.start].strip():
        # '"...," burmistrz (mayor) Ann Lee told': the glossed title is hers
        phrase.start = gloss.start(1)
        phrase.role = phrase.role or gloss.group(2)
        phrase.surface = text[phrase.start:phrase.end]
    elif phrase is None and gloss is not None:
        # 'burmistrz (mayor) Leszek Nowak told': a title in the local language glossed in
        # brackets; read as the English title (the same offsets, the rest blanked)
        masked = (text[:gloss.start(1)] + " " * (gloss.start(2) - gloss.start(1))
                  + gloss.group(2) + " " * (gloss.end() - gloss.end(2)) + text[gloss.end():])
        phrase = _parse_subject_left(masked, lo, cue_start)
        if phrase is not None and (phrase.kind == "name" and not phrase.org or (
                phrase.kind == "description" and phrase.start <= gloss.start(2))):
            if phrase.start == gloss.start(2):
                phrase.start = gloss.start(1)  # (the local title is part of the phrase)
            phrase.surface = text[phrase.start:phrase.end]
            phrase.role = " ".join(phrase.role.split())
        else:
            phrase = _glossed_description(text, lo, cue_start, gloss)
    if phrase is not None and phrase.kind == "name" and phrase.org and (
            not _has_org_noun(phrase.name)) and (
            office := _OFFICE_OF_PLACE_APPOSED.match(text, phrase.start - 4 if text[
                max(lo, phrase.start - 4):phrase.start] in ("The ", "the ") else phrase.start,
                phrase.end)) is not None:
        title, name, _ = split_title(office.group("person"))
        if title and len(name.split()) >= 2 and not _has_org_noun(name):
            # "The Iya Oloja of Igbona Market, Alhaja Ann Lee Bo," said: an office no lexicon
            # holds, of a place, then its titled holder (not a body with a person as role)
            return SpeakerPhrase("name", office.start(), phrase.end,
                                 text[office.start():phrase.end], name=name,
                                 role=office.group("office"), title=title, gender=_gender(title))
    if phrase is not None and phrase.kind == "name" and phrase.name.split() and all(
            _norm(t) in POST_NOMINALS for t in phrase.name.split()) and (
            text[max(lo, phrase.start - 2):phrase.start] == ", ") and (
            person := _parse_subject_left(text, lo, phrase.start - 2)) is not None and (
            person.kind == "name" and person.end == phrase.start - 2):
        # "Muhammad Ridwan Sidik, S.H., a PAN politician, said": the degree after a comma
        # is no name; the person before it is the subject, with the appositive's role
        person.role = phrase.role or person.role
        person.end = phrase.end
        person.surface = text[person.start:person.end]
        phrase = person
    if phrase is not None and phrase.kind == "name" and not phrase.org and not phrase.title and (
            (at := text.rfind(phrase.name, phrase.start, phrase.end) if phrase.name else -1)
            > lo) and (placed := _APPOSED_PLACE_END.search(
                text, max(lo, at - 120), at)) is not None and (
            person := _parse_subject_left(text, lo, placed.start())) is not None and (
            person.kind == "name" and not person.org and person.end == placed.start()):
        # "Iryna Sokolyk-Pagdanganan, 31, a dive instructor in Port Barton, San Vicente,
        # said": the town's district after the town, not a person
        person.role = text[placed.start("role"):phrase.end].strip(" ,")
        person.end = phrase.end
        person.surface = text[person.start:person.end]
        phrase = person
    if (phrase is None or phrase.kind == "description") and (
            kind := _THE_KIND_NAME_APPOSED.search(text, max(lo, cue_start - 90), cue_start)
            ) is not None and kind.group("kind") in ORG_NOUNS and (
            kind.start() > lo and text[lo:kind.start()].strip()):
        # "The operator, the Čapljina firm Krupa Parking, said": the body named in
        # apposition with its kind
        start, end = kind.start("name"), kind.end("name")
        return SpeakerPhrase("name", start, end, text[start:end], name=kind.group("name"),
                             role=text[lo:kind.start()].strip().split(",")[-1].strip(),
                             org=True)
    if (phrase is None or phrase.org) and (office := _PRESS_OFFICE_END.search(
            text, max(lo, cue_start - 60), cue_start)) is not None and (
            body := _parse_subject_left(text, lo, office.start())) is not None and (
            body.kind == "name") and body.end == office.start():
        # "8 Wing public affairs said": the body, through its press office
        body.org, body.role, body.title = True, "", ""
        return body
    if phrase is not None and phrase.kind == "name" and not phrase.org and (
            phrase.name.split()[-1] in _PLACE_FEATURES) and (
            of := text.rfind(" of ", lo, phrase.start + 1)) > lo and (
            person := _parse_subject_left(text, lo, of)) is not None and (
            person.kind == "name") and not person.org and person.end == of:
        # "Mayor Ann Lee of North West River said": the person, then her town (not a
        # person "West River")
        person.end = phrase.end
        person.surface = text[person.start:person.end]
        return person
    if phrase is not None and phrase.kind == "description" and (
            phrase.surface.startswith(("If ", "Unless "))):
        return None  # "If Berlin and its partners agree long-term guarantees, ...": a
        # condition's subject, no one speaking
    if phrase is not None and phrase.kind == "name" and phrase.title and not phrase.org and (
            phrase.start - lo >= 8 and text.startswith("retired ", phrase.start - 8)) and (
            phrase.start - 8 == lo or not text[phrase.start - 9].isalnum()):
        # "retired Air Commodore Ann Lee told": the rank's holder, retired
        phrase.start -= 8
        phrase.surface = text[phrase.start:phrase.end]
        phrase.role = f"retired {phrase.role}" if phrase.role else "retired"
    if phrase is not None and phrase.kind == "description" and (
            rel := _RELATIVE_WORD.match(phrase.surface)) is not None:
        # "in which one People's Representative warned": the description after "which"
        phrase.start += rel.end()
        phrase.surface = phrase.surface[rel.end():]
        phrase.role = phrase.role[rel.end():] if phrase.role.startswith(rel.group()) else (
            phrase.role)
    if phrase is None and ")" in text[lo:cue_start] and (
            gloss := _LOWER_GLOSS.search(text, lo, cue_start)) is not None:
        # "Minister of Transport (landsstýrismaður í samferðslumálum) Ann Lee told": a
        # translation of the title in brackets, read past (blanked, offsets kept)
        blanked = text[:gloss.start()] + " " * (gloss.end() - gloss.start()) + text[gloss.end():]
        phrase = _parse_subject_left(blanked, lo, cue_start)
        if phrase is not None:
            phrase.surface = text[phrase.start:phrase.end]
            phrase.role, phrase.title = " ".join(phrase.role.split()), " ".join(
                phrase.title.split())
    if phrase is None and text[lo:cue_start].rstrip().endswith(")") and (
            acr := _ACRONYM_PAREN_END.search(text, max(lo, cue_start - 20), cue_start)) is not None:
        # "the Société de l'Eau et de l'Assainissement d'Oran (SEOR) said": a body whose
        # short form its words do not spell letter by letter (read with the bracket blanked)
        blanked = text[:acr.start()] + " " * (acr.end() - acr.start()) + text[acr.end():]
        body = _parse_subject_left(blanked, lo, cue_start)
        if body is not None and body.kind == "name" and body.org:
            body.end = acr.end()
            body.surface = text[body.start:body.end]
            phrase = body
    if phrase is None and (
            resp := _RESPONSIBLE_FOR.search(text, max(lo, cue_start - 80), cue_start)) is not None:
        # "The cabinet member responsible for leisure told": the post's holder, its
        # portfolio read as "the member for leisure" (blanked, offsets kept)
        blanked = text[:resp.start(1)] + " " * (resp.end(1) - resp.start(1)) + text[
            resp.end(1):]
        phrase = _parse_subject_left(blanked, lo, cue_start)
        if phrase is not None:
            phrase.surface = text[phrase.start:phrase.end]
            phrase.role = " ".join(text[phrase.start:phrase.end].split()) if (
                phrase.kind == "description") else re.sub(r"\s{2,}", " responsible ",
                                                           phrase.role)
            phrase.title = re.sub(r"\s{2,}", " responsible ", phrase.title)
    if (phrase is None or phrase.kind == "description" or phrase.kind == "name" and (
            phrase.name in ("Ltd", "Limited"))) and (
            ")" in text[lo:cue_start]) and (
            pty := _PTY_LTD.search(text, max(lo, cue_start - 60), cue_start)) is not None:
        # "Mosetlho Solar (Pty) Ltd said": a southern African firm's legal form, brackets
        # and all (read with the brackets blanked, offsets kept)
        blanked = text[:pty.start()] + " " + text[pty.start() + 1:pty.start(1)] + " " + text[
            pty.end(1):]
        whole = _parse_subject_left(blanked, lo, cue_start)
        if whole is not None and whole.kind == "name" and whole.start < pty.start():
            whole.surface = text[whole.start:whole.end]
            whole.name = _PTY_SPELT.sub(r"(\1) \2", " ".join(whole.name.split()))
            whole.org, whole.title = True, ""
            phrase = whole
    if phrase is None and ")" in text[lo:cue_start] and (
            bracket := _BRACKET_BEFORE_WHO.search(text, lo, cue_start)) is not None:
        # "opposed by Cllr Ann Lee (Independent, Flexbury), who warned": her party and
        # seat in brackets between the name and "who", read past (blanked, offsets kept)
        blanked = text[:bracket.start()] + " " * (bracket.end() - bracket.start()) + text[
            bracket.end():]
        phrase = _parse_subject_left(blanked, lo, cue_start)
        if phrase is not None:
            phrase.surface = text[phrase.start:phrase.end]
    if phrase is not None and phrase.kind == "name" and not phrase.org and phrase.role and (
            phrase.role == phrase.title) and phrase.start > lo and (
            office := _OFFICE_FOR_BEFORE.search(text, max(lo, phrase.start - 30),
                                                phrase.start)) is not None:
        phrase.role = phrase.title = text[office.start():phrase.start] + phrase.role
        phrase.start = office.start()
        phrase.surface = text[phrase.start:phrase.end]
    if phrase is not None and phrase.kind == "name" and not phrase.org and (
            article := _INDEFINITE_END.search(text, max(lo, phrase.start - 30), phrase.start)
            ) is not None and _norm(phrase.surface.split()[-1]) in _MEMBER_POST_NOMINALS:
        # "A Highlands and Islands MSP has said", "a first-time SNP MP": a member for a
        # region or a party, not named here
        a = article.start()
        surface = text[a:phrase.end]
        return SpeakerPhrase("description", a, phrase.end, surface, role=surface,
                             negated=phrase.negated, gender=phrase.gender)
    if phrase is not None and phrase.kind == "name" and not phrase.org and not phrase.title \
            and not phrase.role and " and " in phrase.name and (
                _is_role_word(phrase.name.split()[-1])) \
            and text[max(lo, phrase.start - 4):phrase.start].lower() == "the ":
        # "the Food Supplies and Consumer Welfare Minister told": an office, no name
        a = phrase.start - 4
        return SpeakerPhrase("description", a, phrase.end, text[a:phrase.end],
                             role=text[a:phrase.end], negated=phrase.negated)
    if phrase is not None and phrase.kind == "name" and phrase.start > lo and not (
            phrase.title or phrase.role) and " and " in phrase.name and text.startswith(
            ", ", phrase.start - 2) and (items := _LIST_ITEMS_BEFORE.fullmatch(
                text, lo + len(text[lo:phrase.start]) - len(text[lo:phrase.start].lstrip(
                    " \n\"“‘'")), phrase.start)) is not None and not any(
            item.split()[0] in _NOT_LIST_ITEMS or _is_role_word(item.split()[-1])
            or item.split()[0].endswith("ing")  # ("Reacting, the X and Y Ministry said")
            for item in text[items.start():phrase.start - 2].split(", ")):
        # "Latvia, Lithuania and Estonia said": the whole list speaks, not its last two
        a = items.start()
        return SpeakerPhrase("name", a, phrase.end, text[a:phrase.end],
                             name=" ".join(text[a:phrase.end].split()),
                             negated=phrase.negated, org=phrase.org)
    if phrase is not None and phrase.kind == "name" and phrase.start > lo and not phrase.title \
            and " and " in phrase.name and "," in text[max(lo, phrase.start - 80):phrase.start] \
            and (
            office := _PORTFOLIO_HEAD_BEFORE.search(text, max(lo, phrase.start - 80),
                                                    phrase.start)) is not None:
        # "the Minister of Lands, Housing and Country Planning described": the end of a
        # list of portfolios, not a name
        a = office.start("office")
        whole = " ".join(text[a:phrase.end].split())
        if office.group("head") in ("Ministry", "Department"):
            return SpeakerPhrase("name", a, phrase.end, text[a:phrase.end], name=whole,
                                 negated=phrase.negated, org=True)
        return SpeakerPhrase("description", a, phrase.end, text[a:phrase.end], role=whole,
                             negated=phrase.negated)
    if phrase is not None and phrase.kind == "name" and phrase.org and not phrase.role and (
            phrase.start > lo) and (holder := _HOLDER_OF_BODY_END.search(
                text, max(lo, phrase.start - 60), phrase.start)) is not None and (
            _norm(holder.group("head")) in PERSON_ROLES) and (
            _norm(holder.group("head")) not in _VOICES_OF_BODY):
        # "the chairman of the Finance Committee said": a person of the body, described
        # (and maybe named next), not the body
        d = holder.start()
        return SpeakerPhrase("description", d, phrase.end, text[d:phrase.end],
                             role=text[d:phrase.end], negated=phrase.negated)
    if phrase is not None and phrase.kind == "name" and phrase.start > lo and (
            described := _DESCRIBED_WHO.match(text, lo, phrase.start)) is not None and (
            " who " in text[lo:phrase.start]) and _NAMING_CLAUSE.search(
                text, described.end("head"), phrase.start) is None:
        # "A retired general who once ran air policing over the Baltic believes": the name
        # is in the relative clause; the description is the subject
        a = described.start("head")
        surface = text[a:phrase.end]
        return SpeakerPhrase("description", a, phrase.end, surface,
                             role=described.group("head"), negated=phrase.negated)
    return _head_of_office(text, lo, phrase)


#: A description, then the name it gives, right before a cue: "a medic named Oksana ".
_NAMED_DESCRIPTION_END = re.compile(
    r"(?<![\w’'-])(?P<desc>(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w’'-]+\s+){0,3}?[a-z][\w’'-]*)"
    r"\s+(?:named|called)\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+$")
#: A description opening the clause, then a relative clause in "who" with no comma:
#: the subject of "A retired general who once served in the Baltic said".
_DESCRIBED_WHO = re.compile(r"\s*(?:(?:In|At|On|From|Near|Outside|Inside|Across)\s+[^,;:]{1,40},"
                            # (after a fronted place: "In Mendi, a returning officer who ...")
                            r"\s+)?(?P<head>(?:A|An|The|a|an|the)\s+(?:[\w’'-]+\s+){0,4}?"
                            r"[a-z][\w’'-]*)\s+who\s+[^,;:\"“”()]*$")
#: A role of a body before its name: "the chairman of the ", "the president of ".
_HOLDER_OF_BODY_END = re.compile(r"(?:^|(?<=\s))(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+"
                                 r"(?:[a-z-]+\s+){0,2}(?P<head>[a-z-]+)\s+(?:of|at)\s+(?:the\s+)?$")
#: Roles whose holder speaks for the body itself ("a spokesman for the X").
_VOICES_OF_BODY = frozenset({"spokesperson", "spokesman", "spokeswoman", "representative",
                             "official", "officials", "source", "sources", "aide", "adviser",
                             "advisor", "staff", "members", "member"})
#: A relative clause that gives the subject's own name: "who gave her name as X", "who
#: posts under the call sign X", "who goes by X".
_NAMING_CLAUSE = re.compile(r"\b(?:call\s+sign|names?|named|known\s+as|goes\s+by|go\s+by|"
                            r"(?:calls?|called|identified|introduced)\s+(?:him|her|them)sel(?:f|ves)|"
                            r"nicknamed|alias|handle|username|pseudonym)\b")
#: An office or ministry whose portfolios are listed with commas, up to the last one:
#: "the Minister of Lands, " (then "Housing and Country Planning").
_PORTFOLIO_HEAD_BEFORE = re.compile(
    r"(?P<office>(?P<head>Minister|Ministry|Secretary|Department)\s+(?:of|for)\s+(?:the\s+)?"
    r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?,\s+){1,4})$")
#: A relative word opening a description: "which one People's Representative".
_RELATIVE_WORD = re.compile(r"(?:which|whom|where|whereby)\s+")
#: A bracket after a name, before ", who" and the verb: " (Independent, Flexbury)".
_BRACKET_BEFORE_WHO = re.compile(r"\s\([^()\n]{1,60}\)(?=,\s+who\s+(?:[a-z]+\s+)?$)")
#: A lower-case gloss in brackets before a name: " (landsstýrismaður í samferðslumálum)".
_LOWER_GLOSS = re.compile(rf"\s\([a-zà-öø-ÿ][^()]{{0,60}}\)(?=\s+[{_UPPER}])")
#: The indefinite article right before a phrase.
_INDEFINITE_END = re.compile(r"(?:^|(?<=\s))(?:A|a|An|an)\s+(?:[a-z][a-z-]*\s+){0,2}$")
#: Post-nominals of members of parliaments: "Ann Lee MSP", "a Highlands and Islands MSP".
_MEMBER_POST_NOMINALS = frozenset({"mp", "msp", "mla", "td", "mep", "ms", "mpp", "mha", "mhk",
                                   "mna", "mpa", "mlc"})


#: A firm whose legal form is bracketed: "Hantana Eco Solutions (Pvt) Ltd".
#: ... or a country in brackets before it: "Greenwave Waste Solutions (Fiji) Pte Limited".
_BRACKETED_FORM = re.compile(r"[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,5}\s+(?:\((?:Pvt|Private)\)|"
                             r"\([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\)\s+(?:Pte|Pvt|Pty|Private)\.?)"
                             r"\s+(?:Ltd\.?|Limited)")
#: A campaign named for what it asks, with "the" or "our" inside: "Save the Children",
#: "Keep the Coast Connected", "Stop the War Coalition", "Hands Off Our Pier".
_CAMPAIGN_NAME = re.compile(
    r"(?:Save|Stop|Keep|Protect|Defend|Fix|Free|Reclaim|Restore|Bring\s+Back|Hands\s+Off|"
    r"Scrap|Ban|Reopen|Rethink|Fight|Make)\s+(?:the|our|Our)\s+(?:[A-Z][\w’'-]*|\d+)"
    r"(?:\s+(?:(?:of|for|and|the|on|in|at)\s+)?(?:[A-Z][\w’'-]*|\d+))*")
_CAMPAIGN_INITIALS = frozenset("SKPDFRBHM")


def _whole_body_name(seg: str) -> str | None:
    """``seg`` when all of it names one body whose name holds words a name usually does
    not: a bracketed legal form ("Hantana Eco Solutions (Pvt) Ltd") or a campaign's "the"
    ("Save the Children"); else None.

    Example:
        >>> _whole_body_name("Keep the Coast Connected"), _whole_body_name("the council")
        ('Keep the Coast Connected', None)
    """
    if seg.endswith(("Ltd", "Ltd.", "Limited")) and _BRACKETED_FORM.fullmatch(seg):
        return seg
    if seg[:1] in _CAMPAIGN_INITIALS and _CAMPAIGN_NAME.fullmatch(seg):
        return seg
    return None


#: A concessive aside between a subject and its verb: ", while not opposing the bill, ".
_CONCESSIVE_ASIDE = re.compile(r",\s+(?:while|whilst|although|though|even\s+though|despite)\s+"
                               r"[^,;:\"“”]{2,80},\s*$")


#: Past participles that place a described person: "an officer based in Ferrol".
_PLACED = frozenset({"based", "stationed", "posted", "deployed", "employed", "born", "raised"})


def _parse_subject_left(text: str, lo: int, cue_start: int) -> SpeakerPhrase | None:
    """Parse the subject that ends right before a speech verb at ``cue_start``.

    ``lo`` bounds the clause on the left (usually the sentence start).

    Example:
        >>> t = "In a statement, the ministry said"
        >>> parse_subject_left(t, 0, t.index("said")).surface
        'the ministry'
    """
    hi, negated = _strip_aux(text, lo, cue_start)
    if ", " in text[lo:hi] and (
            aside := _CONCESSIVE_ASIDE.search(text, max(lo, hi - 100), hi)) is not None:
        hi = aside.start()  # "the Minority Leader, X, while not opposing the bill, warned"
    lead = _LONE_PARTICIPLE.match(text, lo, hi) or _FRONTED_TIME.match(text, lo, hi) or (
        _EXCELLENCY.match(text, lo, hi)) or _PLACE_LEAD.match(text, lo, hi) or (
        _PLATFORM_LEAD.match(text, lo, hi)) or _DOCUMENT_LEAD.match(text, lo, hi)
    if lead is not None:  # "Responding, the chief minister said": past the participle
        lo = lead.end()
    occupation = _OCCUPATION_LEAD.match(text, lo, hi)
    if occupation is not None and (inner := parse_subject_left(
            text, occupation.end(), cue_start)) is not None and inner.kind == "name" and (
            not inner.org) and inner.start == occupation.end():
        # "Economist Ann Lee of the Rosario Centre for Labour Studies said": the person
        inner.role = f"{occupation.group(1)}; {inner.role}" if inner.role else \
            occupation.group(1)
        inner.start = occupation.start(1)
        inner.surface = text[inner.start:inner.end]
        return inner
    seg = text[lo:hi].rstrip()
    if (whole := _whole_body_name(seg)) is not None:
        # "Save the Children said", "Hantana Eco Solutions (Pvt) Ltd said"
        return SpeakerPhrase("name", lo, lo + len(seg), seg, name=whole, negated=negated,
                             org=True)
    acronym = _ACRONYM_PAREN.search(seg) if "(" in seg else None
    if acronym is not None and _APPOSITIVE_REST.fullmatch(seg, acronym.end()) and (
            (start := _spelled_by(seg, acronym.start(), acronym.group("acr"))) is not None) and (
            # (only a description before it: not "Ann Lee of the Social Democratic Party
            # (SDP) said", her party)
            not any(w[:1].isupper() for w in seg[:start].split()[1:])):
        # "Dopravný podnik mesta Košice (DPMK), the city-owned transport company, said",
        # "Union des propriétaires du Littoral (UPL) said": the name its acronym spells out,
        # lower-case words and all
        described = re.sub(r"\s*\b(?:for|of|at|from)(?:\s+the)?\s*$", "", seg[:start]).strip()
        if not re.fullmatch(r"(?:an?\s+|the\s+)?(?:spokes\w+|press\s+officer)", described):
            described = ""  # ("A former district engineer of the DPWH told": a person
            # described, named later)
        # ("a spokesperson for the United Nations Mission in South Sudan (UNMISS) told":
        # the body speaks through its spokesperson)
        return SpeakerPhrase("name", lo + (0 if described else start), lo + len(seg),
                             seg if described else seg[start:],
                             name=seg[start:acronym.start()], role=described, negated=negated,
                             org=True)
    rel = _INDEFINITE_WHO.match(seg) if seg[:1] in "AO" and "," not in seg else None
    if rel is not None and rel.group("rel") == "whose" and (
            rel.group("head").lower() in PERSON_ROLES) and rel.group("head").islower():
        # "A Portadown mother whose son serves with the Royal Irish Regiment said": the
        # person described, not the body her relative clause names
        return SpeakerPhrase("description", lo, lo + rel.end("head"), seg[:rel.end("head")],
                             role=seg, negated=negated, gender=_gender(seg))
    if rel is not None and rel.group("rel") == "who" and all(
            w.islower() for w in rel.group("mods").split()) and (
            _is_demonym(rel.group("head"))):
        # "An Estonian who spent three years counting explosions for the OSCE said": the
        # person described, whatever the relative clause names
        return SpeakerPhrase("description", lo, lo + rel.end("head"), seg[:rel.end("head")],
                             role=seg, negated=negated, gender=_gender(seg))
    # Every pattern below is anchored at the end: search only the tail.
    off = max(0, len(seg) - _TAIL)
    romance = _ROMANCE_ORG_END.search(seg, off) if (
        _ROMANCE_HINT.search(seg) and not seg[-1:].isupper()) else None
    if romance is not None and not romance.group("role") and re.search(
            r"\b(?:of|at|from|with|for|by|to|in|(?:who|which|that)\s+[a-z]+\s+(?:the\s+)?)\s*$",
            seg[:romance.start()]):
        romance = None  # ("Ann Lee of the Conseil du patronat said": her body; also "Ann
        # Lee, who heads the Foro Estratégico del Istmo, a think tank, believes")
    if romance is not None:
        # "the Collectif des usagers du transport collectif trifluvien said": the body,
        # its name's lower-case words included
        a = lo + (romance.start("role") if romance.group("role") else romance.start("org"))
        return SpeakerPhrase("name", a, lo + len(seg), text[a:lo + len(seg)],
                             name=romance.group("org"),
                             role=(romance.group("role") or "").strip(), negated=negated,
                             org=True)
    unit = _ORDINAL_UNIT.fullmatch(seg) if seg[:1] in "T0123456789" else None
    if unit is not None:
        # "The 28th Bomb Wing said", "The 2nd Foreign Parachute Regiment said": the unit
        a = lo + unit.start("org")
        return SpeakerPhrase("name", a, lo + len(seg), text[a:lo + len(seg)],
                             name=unit.group("org"), negated=negated, org=True)
    team = _AND_COLLEAGUES_END.search(seg, off) if seg.endswith(
        ("colleagues", "authors", "collaborators", "team")) else None
    if team is not None and team.start() > 0 and (inner := parse_subject_left(
            text, lo, lo + team.start() + 1)) is not None and inner.kind == "name" and (
            not inner.org):
        # "Boris Kingma and colleagues reported": the lead author speaks for the team
        inner.end = lo + len(seg)
        inner.surface = text[inner.start:inner.end]
        return inner
    voice = _OWNER_VOICE.search(seg, off) if "’s " in seg or "'s " in seg else None
    if voice is not None and voice.end() == len(seg) and (
            voice.start() == 0 or seg[voice.start() - 1] == " ") and (
            phrase := _owner_voice_phrase(text, lo, voice, negated)) is not None:
        return phrase  # "A statement from Prime Minister Ann Lee's office said"
    paren = _PAREN_TAIL.search(seg, max(0, len(seg) - 60)) if seg.endswith(")") else None
    qualifier = _PAREN_QUALIFIER.fullmatch(seg, paren.start()) if paren is not None else None
    if qualifier is not None and paren.start() > 0:
        inner = parse_subject_left(text, lo, lo + paren.start() + 1)
        if inner is not None and inner.kind == "name" and inner.org:
            # "The Communist Party of India (Marxist) said": the bracket is the name's
            inner.name = f"{inner.name} ({qualifier.group(1)})"
            inner.end = lo + len(seg)
            inner.surface = text[inner.start:inner.end]
            inner.negated = inner.negated or _strip_aux(text, lo, cue_start)[1]
            return inner
    unit = _NUMBERED_UNIT_END.search(seg, off) if " of " in seg or " for the " in seg \
        else None
    if unit is not None and unit.start() > 0 and (inner := parse_subject_left(
            text, lo, lo + unit.start() + 1)) is not None and inner.kind == "name" and (
            not inner.org):
        # "Supervisor Ann Lee of the 5th District said": the person, her district numbered
        inner.end = lo + len(seg)
        inner.surface = text[inner.start:inner.end]
        inner.negated = inner.negated or negated
        return inner
    standing = _OF_STANDING_PARTY_END.search(seg, off) if " of the " in seg or (
        " from the " in seg) else None
    if standing is not None and standing.start() > 0 and (inner := parse_subject_left(
            text, lo, lo + standing.start() + 1)) is not None and inner.kind == "name" and (
            not inner.org) and inner.end <= lo + standing.start() + 1 and not (
            _is_role_word(last := inner.name.split()[-1]) or _is_role_word(last[:-1])
            or inner.name.lower() in NOT_NAMES):  # (not "Members of the ruling party")
        # "Senator Ann Lee of the opposition Democrats said", "Ann Lee of the opposition
        # said": the person, her party's standing (and its name) in her role
        part = seg[standing.start():].strip()
        inner.role = f"{inner.role}; {part}" if inner.role else part
        inner.end = lo + len(seg)
        inner.surface = text[inner.start:inner.end]
        inner.negated = inner.negated or negated
        return inner
    paired = _BRACKETED_PAIR_END.search(seg, off) if ">" in seg and " and " in seg else None
    if paired is not None and (paired.start() == 0 or seg[paired.start() - 1] in " ("):
        # "<Four Seasons Hotels Inc> and VMS Realty Partners said": the two companies
        a = lo + paired.start(1)
        name = f"{paired.group(1)} and {paired.group(2)}"
        return SpeakerPhrase("name", a, lo + len(seg), text[a:lo + len(seg)], name=name,
                             negated=negated, org=True)
    bracketed = _BRACKETED_NAME_END.search(seg, off) if seg.endswith(">") else None
    if bracketed is not None and (bracketed.start() == 0 or seg[bracketed.start() - 1] in " ("):
        # "<Sale Tilney Plc> said": a wire feed's brackets around a company's name
        a = lo + bracketed.start(1)
        return SpeakerPhrase("name", a, a + len(bracketed.group(1)), bracketed.group(1),
                             name=bracketed.group(1), negated=negated, org=True)
    if paren and paren.start() > 0:  # "Sen. Ann Lee (R-Neb.) said"
        seg = seg[: paren.start()]
        off = max(0, len(seg) - _TAIL)
    hi = lo + len(seg)
    if not seg:
        return None
    listed = _LISTED_ORG_END.search(seg, off) if ", " in seg and " and " in seg else None
    if listed is not None:
        # "(a spokesperson for) the Ministry of Finance, Planning and Economic Development
        # said": one organisation, its portfolios listed with commas
        a = lo + listed.start()
        return SpeakerPhrase("name", a, hi, text[a:hi], name=listed.group("org"),
                             role=(listed.group("role") or "").strip(), negated=negated,
                             org=True)
    portfolio = _PORTFOLIO_TITLE_THEN_NAME.search(seg, max(0, len(seg) - 160)) if (
        " and " in seg and seg.endswith(",")) else None
    if portfolio is not None:
        # "the Minister of Hydraulics, Energy and Mines, Ann Lee, said": the person, her
        # title's portfolios listed with commas
        a = lo + portfolio.start("name")
        phrase = _name_phrase(text, a, a, a + len(portfolio.group("name")), negated,
                              as_subject=False)
        if phrase is not None and not phrase.org:
            phrase.role = portfolio.group("title")
            return phrase
    signed = _SIGNED_STATEMENT_END.search(seg, off) if "signed" in seg else None
    if signed is not None and (org := org_name_at(text, lo + signed.start("org"))) is not None:
        # "A statement from the Office of X, signed by its press officer, Ann Lee, said": the
        # body that issued it speaks
        a = lo + signed.start("org")
        return SpeakerPhrase("name", a, org[1], text[a:org[1]], name=org[0],
                             negated=negated, org=True)
    at = seg.rfind("office of ", off)
    at = max(seg.rfind("The ", off, at), seg.rfind("the ", off, at)) if at > 0 else -1
    office = office_of_at(text, lo + at, hi) if at >= 0 and seg.endswith(
        "office of ", at + 4, at + 14) else None
    if office is not None:  # "The office of the Bong County Superintendent said"
        office.negated = negated
        return office
    titled = _long_title_person(text, lo, hi)
    if titled is not None:
        titled.negated = negated
        return titled
    sign = _CALL_SIGN_END.search(seg, off) if "call" in seg or "name" in seg else None
    if sign is not None:  # "A commander who posts under the call sign Sych told ..."
        a = lo + sign.start("name")
        return SpeakerPhrase("name", a, hi, text[a:hi], name=sign.group("name"),
                             role=seg[:sign.start()].strip(), negated=negated)
    written = _DOCUMENT_WRITTEN_BY.search(seg, off) if " by " in seg else None
    if written is not None:
        # "A report to Tuesday's committee, written by policy manager Ann Lee, says": the
        # author speaks through it
        by_end = lo + written.end("by")
        nm = NAME_END.search(text, lo + written.start("by"), by_end)
        phrase = _name_phrase(text, lo + written.start("by"), nm.start(1), nm.end(1),
                              negated, as_subject=False) if nm is not None else None
        if phrase is not None:
            phrase.start = lo + written.start()
            phrase.end = hi
            phrase.surface = text[phrase.start:hi]
            return phrase
    doc = _DOCUMENT_BY_ORG.search(seg, off) if " by " in seg else None
    if doc is not None:  # "..., a report published on Friday by the X Institute concludes"
        org = org_name_at(text, lo + doc.start("org"))
        if org is not None and org[1] >= hi - 1:
            a = lo + doc.start()
            return SpeakerPhrase("name", a, hi, text[a:hi], name=org[0],
                                 role=doc.group("doc").lower(), negated=negated, org=True)
    rel = _WHO_END.search(seg, max(0, len(seg) - 12)) if seg.endswith("who") or (
        # (a body's "which said"; not "which says it represents 6,000 growers": a claim)
        seg.endswith("which") and text[hi:hi + 8].lstrip().startswith("said ") and not (
            _MAIN_CUE_LATER.match(text, hi, hi + 240))) else None
    if rel:  # "Jane Doe, an Ohio Republican, who said": the antecedent speaks (and a body's
        # "called by the X Union, which said")
        inner = seg[: rel.start()].rstrip()
        core = inner.rstrip(",").rstrip()
        paren = _PAREN_TAIL.search(core) if core.endswith(")") else None
        if paren is not None and paren.start() > 0:
            # "MP Ann Lee (Aljunied GRC), who asked": the name before the constituency
            phrase = parse_subject_left(text, lo, lo + paren.start())
            if phrase is not None and phrase.kind == "name":
                return phrase
        if inner.endswith(","):
            return _appositive_subject(text, lo, lo + len(inner), negated, as_subject=False)
        placed = _PERSON_FROM_PLACE_END.search(core)
        if placed is not None and _norm(placed.group("head")) in PERSON_ROLES and not (
                core[:placed.start("desc")].rstrip().endswith(",")):  # (not an appositive)
            # "opposed by a councillor from Vava'u, who warned": the person, not the place
            a = lo + placed.start("desc")
            return SpeakerPhrase("description", a, lo + len(core), text[a:lo + len(core)],
                                 role=text[a:lo + len(core)], negated=negated)
        if seg[rel.start()] == ",":
            # "She was joined by Sen. X, a Texas Democrat, who said": the antecedent
            # may be an object of the main clause.
            phrase = _appositive_subject(text, lo, lo + rel.start() + 1, negated,
                                         as_subject=False)
            if phrase is not None:
                return phrase
        phrase = parse_subject_left(text, lo, lo + len(inner) + 1)
        if phrase is None and (m := NAME_END.search(inner)) is not None:
            # "over objections from Democrats who said": an object of the main clause
            phrase = _name_phrase(text, lo + m.start(1), lo + m.start(1), lo + m.end(1),
                                  negated, as_subject=False)
        if phrase is not None:
            phrase.negated = phrase.negated or negated
        return phrase
    sm = _SPOKES_FOR.search(seg, off) if "spokes" in seg or " for " in seg or " of " in seg \
        else None
    if sm:  # "a spokesperson for the Ministry of Defence said"
        lower = _LOWER_ORG_END.fullmatch(seg, sm.start("org")) or (
            # ("a spokesman for the Russian embassy (in London)": the mission and its post)
            _COUNTRY_MISSION.match(seg, sm.start("org")))
        org = (_org_title(lower.group(1)), lo + lower.end(1)) if lower is not None else \
            org_name_at(text, lo + sm.start("org"))
        if not org and (unit := _ORDINAL_UNIT.fullmatch(seg, sm.start("org"))) is not None:
            org = (unit.group("org"), lo + unit.end())  # "the 3rd Infantry Division"
        if org and org[0].split()[-1] in _MISSIONS and (
                post := _POSTED_IN.match(text, org[1], hi)) is not None:
            # "a spokesperson for the US Embassy in Pristina": the mission and its post
            org = (f"{org[0]}{post.group()}", post.end())
        if org:
            a = lo + sm.start()
            title, person, _post = split_title(org[0])
            if title and len(person.split()) >= 2 and _is_role_word(title.split()[-1]) and \
                    is_given_name(person.split()[0]) and not _has_org_noun(person):
                # "a spokesman for Immigration Minister Ann Lee": the minister's voice
                return SpeakerPhrase("name", a, hi, text[a:hi], name=person,
                                     role=f"{sm.group('role').strip()} {title}",
                                     negated=negated, gender=given_name_gender(person.split()[0]))
            return SpeakerPhrase("name", a, hi, text[a:hi], name=org[0], role=sm.group("role"),
                                 negated=negated, org=True)
    m = _OF_THEM_END.search(seg, max(0, len(seg) - 24)) if " of th" in seg[-12:] else None
    if m and _WHO_VERB_END.search(seg, max(0, m.start(1) - 40), m.start(1)) is not None:
        m = None  # "A planner who advises several of them said": the relative clause's object
    if m:  # "one of them said": a member of the group just named
        a = lo + m.start(1)
        return SpeakerPhrase("pronoun", a, a + len(m.group(1)), m.group(1), negated=negated)
    m = _PRONOUN_END.search(seg, max(0, len(seg) - 8))
    if m:
        word = m.group(1)
        a = lo + m.start(1)
        gender, _number = PRONOUNS[word.lower()]
        return SpeakerPhrase("pronoun", a, a + len(word), word, negated=negated, gender=gender)
    aged = _NAME_AGE_END.search(seg, off) if seg.endswith(",") else None
    if aged is not None and (aged.start() == 0 or seg[:aged.start()].rstrip()[-1:] in ".!?\"”"):
        # "Tim, 16, alleged ...", "Ann Lee, 47, said ...": a name and an age
        phrase = _name_phrase(text, lo + aged.start(1), lo + aged.start(1), lo + aged.end(1),
                              negated)
        if phrase is not None and not phrase.org:
            return phrase
    if seg.endswith(",") and seg.count(",") == 1 and len(seg) < 80 and (
            text[hi:cue_start].strip() or _PRESENT_S.match(text, cue_start)) and (
            not text[:lo].rstrip(" \t") or text[:lo].rstrip(" \t")[-1] in ".!?\"”’\n"):
        # "Japanese car maker Mitsubishi, has confirmed that ...", "Ann Lee of Ballidu, says
        # ...": a stray comma between the subject and its verb (an auxiliary or a present
        # tense shows the verb is the clause's own, not "X, asked whether ..., replied")
        inner = parse_subject_left(text, lo, lo + len(seg) - 1)
        lead = text[lo:inner.start].split() if inner is not None else []
        if inner is not None and inner.kind == "name" and inner.end >= hi - 2 and \
                len(lead) <= 4 and not any(
                    w.lower() in _NOT_A_SUBJECT_LEAD or w.endswith(("ed", "ing", ","))
                    for w in lead):
            inner.negated = inner.negated or negated
            return inner
    home = _NAME_OF_TOWN_END.search(seg, off) if seg.endswith(",") and (
        " of " in seg or " from " in seg) else None
    if home is not None:
        # "Investor David F. La Roche of North Kingstown, R.I., said": a person and the town
        # (and state) they are from
        phrase = _name_phrase(text, lo, lo + home.start(1), lo + home.end(1), negated)
        if phrase is not None and not phrase.org and any(
                is_given_name(w) for w in phrase.name.split()[:-1]) and not is_given_name(
                home.group("state").split()[0]):  # (not "... of Oxford University, Bo Chen,")
            phrase.end = hi - 1
            phrase.surface = text[phrase.start:phrase.end]
            return phrase
    if seg.endswith(","):
        om = _OPENING_NAME_WHO.match(seg) if ", who " in seg else None
        if om is not None and om.group("name").split()[0] in ("One", "Another", "A", "An"):
            om = None  # ("One PLP MP, who asked not to be named, said": described)
        if om is not None and om.group("name").count(",") == 0:
            # "The Governor, Mr Ann Lee, who was represented by his deputy, Mrs Bea Cole,
            # at a meeting in X, said": the name that opens the sentence, not one inside
            # the relative clause
            a = lo + om.start("name")
            phrase = _name_phrase(text, lo, a, a + len(om.group("name")), negated,
                                  as_subject=False)
            alt = _appositive_subject(text, lo, hi, negated)
            if alt is not None and phrase is not None and alt.name == phrase.name:
                return alt  # (the same person, with the roles the appositives give)
            if alt is not None and phrase is not None and alt.kind == "name" and not (
                    alt.org) and is_given_name(alt.name.split()[0]) and not is_given_name(
                    phrase.name.split()[0]) and alt.start < phrase.start:
                return alt  # "Cllr Ann Lee, Braeside North, who ...": her ward, no name
            if phrase is not None and not phrase.org:
                role = (om.group("role") or "").strip(" ,")
                if role and looks_like_role(role):
                    phrase.role = phrase.role or role
                return phrase
            return alt
        alt = _appositive_subject(text, lo, hi, negated)
        on = _OPENING_NAME_ROLE.match(seg) if alt is None or alt.kind != "name" else None
        if on is not None:
            # "Transport Minister Ann Lee, the councillor in charge of the environment,
            # transport and energy department, said": the name that opens the sentence
            # (the commas of the list in her role are no clause breaks)
            a = lo + on.start("name")
            phrase = _name_phrase(text, lo, a, a + len(on.group("name")), negated,
                                  as_subject=False)
            if phrase is not None and not phrase.org and len(phrase.name.split()) >= 2:
                phrase.role = phrase.role or seg[on.end("name"):].strip(" ,")
                return phrase
        return alt
    lm = _LOWER_ORG_END.search(seg, off) if seg.endswith(_LOWER_ORG_HEADS) else None
    if lm is not None:  # "the Russian defence ministry said": the Russian Defence Ministry
        a = lo + lm.start(1)
        return SpeakerPhrase("name", a, hi, text[a:hi], name=_org_title(lm.group(1)),
                             negated=negated, org=True)
    if seg.endswith(" officials") and seg[:-10].endswith(_LOWER_ORG_HEADS) and ((
            lm := _LOWER_ORG_END.search(seg, off, len(seg) - 10)) is not None or (
            lm := _PORTFOLIO_MINISTRY.search(seg, off, len(seg) - 10)) is not None):
        # "Defence ministry officials said", "Finance ministry officials said": the
        # ministry speaks through its officials
        a = lo + lm.start(1)
        return SpeakerPhrase("name", a, hi, text[a:hi], name=_org_title(lm.group(1)),
                             role="officials", negated=negated, org=True)
    om = _ORG_NAME_END.search(seg, off) if " of " in seg[off:] or " for " in seg[off:] or (
        "gainst " in seg[off:] or " on " in seg[off:]) else None
    if om and (om.start() == 0 or seg[om.start() - 1] in " ,;:(") and not (
            _MEMBER_OF_BEFORE.search(seg, 0, om.start())) and (
            " of " in om.group(0) or _GROUP_FOR.search(om.group(0))
            or " for a" in om.group(0) or ((_HEAD_FOR.search(om.group(0)) or (
                " on " in om.group(0) and _HEAD_ON.search(om.group(0)))) and not re.search(
                r"\b(?:of|at|from|with|for)\s+$", seg[:om.start()]))) and (
            _person_after_org(om.group(0)) is None):
        # (not "... of the Ministry of National Defence of Romania Ann Lee": a person)
        a = lo + om.start()
        name = re.sub(r"^(?:[Tt]he)\s+", "", om.group(0))
        holder = _ROLE_OF_BODY_END.search(seg, max(0, om.start() - 60), om.start())
        if holder is not None and _norm(holder.group("head")) in PERSON_ROLES:
            # "the national commander of the Veterans of X said": a person of the body,
            # described (and maybe named next)
            d = lo + holder.start()
            return SpeakerPhrase("description", d, hi, text[d:hi], role=text[d:hi],
                                 negated=negated)
        return SpeakerPhrase("name", a, hi, text[a:hi], name=name, negated=negated, org=True)
    cm = _CLASSIFIED_ORG_END.search(seg, off) if _CLASSIFIERS.occurs(seg[off:]) else None
    if cm is None and _CLASSIFIERS.occurs(seg[off:]):
        # (with the word the auxiliaries took: "... Homes for All said")
        cm = _CLASSIFIED_ORG_END.search(text[lo:cue_start].rstrip(), off)
    if cm is not None:
        # "The advocacy group Homes for All said": the name a classifier introduces runs
        # up to the verb, its small words included
        a = lo + cm.start("name")
        b = lo + cm.end("name")
        return SpeakerPhrase("name", a, b, text[a:b], name=cm.group("name"),
                             negated=negated, org=True)
    mission = _MISSION_OF_END.search(seg, off) if "of" in seg else None
    if mission is not None:  # "the Embassy of Ukraine in Abuja said": the whole mission
        a = lo + mission.start("name")
        return SpeakerPhrase("name", a, hi, text[a:hi],
                             name=" ".join(mission.group("name").split()),
                             negated=negated, org=True)
    po = _PERSON_OF_LONG_ORG_END.search(seg, off) if (
        " and " in seg or " for " in seg or " to " in seg) and (
        " of " in seg or " at " in seg or " from " in seg) else None
    if po is not None and (_has_org_noun(po.group("org")) or _PEOPLE_FOR_CAUSE.fullmatch(
            po.group("org")) is not None or (
            # "Analyst Rosemarie Morbelli of Ingalls and Snyder said": a firm named after
            # its partners, after a person's given name (not "... and Bo Chen": two people)
            " and " in po.group("org") and len(person := po.group(1).split()) >= 2
            and is_given_name(person[-2]) and not _is_role_word(person[-1])
            and not is_given_name(po.group("org").split(" and ")[-1].split()[0]))):
        # "Political analyst Ann Lee of the Institute for Sahelian and Coastal Studies said":
        # the person, before a body whose name holds "and"
        phrase = _name_phrase(text, lo, lo + po.start(1), lo + po.end(1), negated)
        if phrase is not None and not phrase.org:
            phrase.end = hi
            phrase.surface = text[phrase.start:hi]
            return phrase
    member = _MEMBER_ON_BODY_END.search(seg, off) if " on the " in seg else None
    if member is not None and (_norm(member.group("head")) in PARTY_MEMBERS or _norm(
            member.group("head")) in PERSON_ROLES):
        # "A Huntsville Democrat on the House Military and Veterans Affairs Committee said":
        # a member of the body, unnamed, not the body
        a = lo + member.start("desc")
        surface = text[a:lo + len(seg)]
        return SpeakerPhrase("description", a, lo + len(seg), surface, role=surface,
                             negated=negated)
    m = NAME_END.search(seg, off)
    if m:
        unit = m.group(1).rsplit(None, 1)[-1] in _UNIT_NOUNS and " " in m.group(1) and (
            _OF_THE_END.search(seg, 0, m.start(1)) is not None)
        # (not "... of the Southeast Finland Border Guard District": a unit, no titled
        # "District"; the person before "of" speaks)
        phrase = None if unit else _name_phrase(text, lo, lo + m.start(1), lo + m.end(1),
                                                negated)
        if phrase is not None and not (
                not phrase.org and ("’s " in phrase.name or "'s " in phrase.name) and (
                    re.search(r"\s(?:of|at|from)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}$",
                              seg[:m.start(1)]) is not None)):
            return phrase
        # (not "Ann Lee of the Chinese People's Liberation Army's Academy": a body's name
        # with possessives inside, after the person who belongs to it)
        phrase = _org_with_and(text, lo, seg, m, negated)
        if phrase is not None:
            return phrase
        joint = _joint_subject(text, lo, lo + m.start(1), lo + m.end(1), negated)
        if joint is not None:
            return joint
        if _AND_BEFORE_END.search(seg, 0, m.start(1)) is not None:
            # "And President Ann Lee says ...", "Three months on and Ann Lee says ...",
            # "..., and Ann Lee said": a coordinated clause whose subject is the name alone
            phrase = _name_phrase(text, lo + m.start(1), lo + m.start(1), lo + m.end(1),
                                  negated)
            if phrase is not None:
                return phrase
        # "The Russian Embassy in Washington said": drop the place and retry.
        pp = re.search(r"\s+(?:in|at|of|for|from|to|with)\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?$",
                       seg[: m.start(1)]) or (
            # "The OSCE Mission to Bosnia and Herzegovina said": two names after the post
            _POSTED_AND_END.search(seg[: m.start(1)]) if " and " in seg else None)
        owned = _OWNED_PERSON_END.search(m.group(1)) if pp and "s " in m.group(1) else None
        if owned is not None and is_given_name(owned.group(2).split()[0]):
            # "the Bureau of Meteorology's Claire Richards": the body's person
            b = lo + m.end(1)
            phrase = _name_phrase(text, b - len(owned.group(2)), b - len(owned.group(2)), b,
                                  negated)
            if phrase is not None and not phrase.org:
                phrase.role = f"{seg[:pp.start()].split()[-1]}{pp.group(0)}{owned.group(1)}"
                return phrase
        if pp and pp.group(0).split()[0] in ("of", "from") and _VERDICT_NOUN_END.search(
                seg, 0, pp.start()) is not None and (phrase := _name_phrase(
                    text, lo + m.start(1), lo + m.start(1), lo + m.end(1), negated,
                    as_subject=False)) is not None and not phrase.org:
            # "That was the assessment of Sen. Ann Lee (D-Ariz.), who said ...": the person
            # whose view it was
            return phrase
        if pp and pp.start() > 0:
            inner = parse_subject_left(text, lo, lo + pp.start())
            if inner is not None and inner.surface.split()[-2:] == ["General", "Staff"] and (
                    pp.group(0).split()[0] == "of"):
                # "The General Staff of Ukraine's Armed Forces said": a body, its own name
                at = inner.start + inner.surface.index("General")
                return SpeakerPhrase("name", at, hi, text[at:hi], name="General Staff",
                                     negated=negated, org=True)
            if inner is not None and _norm(inner.surface.split()[-1]) in _STAFF \
                    and pp.group(0).split()[0] in ("at", "from", "of"):
                # "Analysts at Harwick Bank estimate": the staff speak for the organisation.
                org_name = re.sub(r"^[Tt]he\s+", "", m.group(1)).rstrip(".")
                return SpeakerPhrase("name", inner.start, hi, text[inner.start : hi],
                                     name=org_name, role=inner.name or inner.surface,
                                     negated=negated, org=True)
            if inner is not None and inner.kind != "pronoun" and (
                    pp.group(0).split()[0] != "with" or inner.kind == "name" and not inner.org):
                # ("Ann Lee with the Green Party said": a person with her body)
                inner.negated = negated
                joined = inner.end == lo + pp.start()  # (the name ends right before "of")
                inner.end = hi
                inner.surface = text[inner.start : hi]
                if inner.org and inner.kind == "name" and pp.group(0).split() == ["of"] and (
                        m.group(1).split()[-1].endswith("s")) and (
                        _norm(m.group(1).split()[-1])[:-1] in PERSON_ROLES or _agent_noun(
                            _norm(m.group(1).split()[-1]))):
                    # "The Institution of Civil Engineers said", "the US Army Corps of
                    # Engineers": the people it is made of belong to its name
                    inner.name = f"{inner.name} of {m.group(1)}"
                elif inner.kind == "name" and pp.group(0).split() == ["of"] and (
                        inner.org or inner.name in _PLACE_OF_HEADS) and joined and (
                        not inner.role):
                    # "The Church of England said", "the Museum of Modern Art", "Isle of
                    # Anglesey County Council": one name ("of" and no article)
                    inner.name = f"{inner.name} of {m.group(1)}"
                    inner.org = True
                elif inner.kind == "name" and pp.group(0).split() == ["for"] and joined and (
                        not inner.role) and _norm(inner.name) in _PORTFOLIOS:
                    # "Transport for Wales said": a public body named for its service and
                    # its place, not the place's transport
                    inner.name = f"{inner.name} for {m.group(1)}"
                    inner.org = True
                elif inner.kind == "name" and pp.group(0).split() == ["for"] and joined and (
                        not inner.role) and (last := inner.name.split()[-1]).endswith("s") and (
                        not last.endswith("ss")) and len(inner.name.split()) >= 2 and (
                        not inner.title):
                    # "Kentucky Hands for Ukraine said", "Doctors for Peace": a group named
                    # for its people and its cause
                    inner.name = f"{inner.name} for {m.group(1)}"
                    inner.org = True
                return inner
    elif (pg := _PERSON_OF_GROUP_END.search(seg, off)) is not None:
        # "Senator Ann Lee of the ruling Morena party wrote": the person, not the party
        phrase = _name_phrase(text, lo, lo + pg.start(1), lo + pg.end(1), negated)
        if phrase is not None and not phrase.org:
            phrase.role = f"{phrase.role}; {pg.group(2)}" if phrase.role else pg.group(2)
            phrase.end = hi
            phrase.surface = text[phrase.start:hi]
            return phrase
    owned = _PLACE_OWNS_BODY.fullmatch(seg, len(seg) - len(seg.lstrip())) if "s " in seg \
        else None
    if owned is not None and _has_org_noun(owned.group(2)):
        # "Ukraine's General Staff said": a country's body, capitalised (no role)
        a = lo + owned.start(1)
        return SpeakerPhrase("name", a, lo + owned.end(1), owned.group(1),
                             name=" ".join(owned.group(1).split()), negated=negated, org=True)
    return _description_subject(text, lo, hi, negated)


#: A country's capitalised body ending a subject: "Ukraine's General Staff".
_PLACE_OWNS_BODY = re.compile(rf"([{_UPPER}][\w-]+[’']s\s+"
                              rf"((?:[{_UPPER}][\w-]+\s+){{0,3}}[{_UPPER}][\w-]+))\s*$")


def _person_like(name: str) -> bool:
    """Whether a capitalised run reads as a person's name, not an office ("Town Clerk",
    "District Collector").

    Example:
        >>> _person_like("Minister Ann Lee"), _person_like("Salem District Collector")
        (True, False)
    """
    person = split_title(name)[1]
    return bool(person) and not any(
        _is_role_word(w) or _agent_noun(_norm(w)) or _norm(w) in ORG_NOUNS
        for w in person.split())


def _owner_voice_phrase(text: str, base: int, voice: re.Match[str], negated: bool
                        ) -> SpeakerPhrase | None:
    """The person whose office or spokesman speaks, from an ``_OWNER_VOICE`` match made
    on ``text[base:]``; None when the owner is an office, not a person ("the Town Clerk's
    office").

    Example:
        >>> t = "a statement from Prime Minister Ann Lee's office"
        >>> _owner_voice_phrase(t, 0, _OWNER_VOICE.match(t), False).name
        'Ann Lee'
    """
    if not _person_like(voice.group("name")):
        return None
    phrase = _name_phrase(text, base + voice.start("name"), base + voice.start("name"),
                          base + voice.end("name"), negated, as_subject=False)
    if phrase is None or phrase.org:
        return None
    phrase.start, phrase.end = base + voice.start(), base + voice.end()
    phrase.surface = text[phrase.start:phrase.end]
    return phrase


#: A named person's office or spokesman as the voice: "a statement from Prime Minister Ann
#: Lee's office", "Ann Lee's spokesman".
_OWNER_VOICE = re.compile(
    r"(?:(?:[Aa]n?|[Tt]he)\s+(?:statement|spokes(?:man|woman|person))\s+(?:from|for)\s+)?"
    r"(?:(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}?)(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)"
    r"{1,2})[’']s\s+(?:office|spokes(?:man|woman|person)|press\s+office|campaign)")
#: A name, then an age in commas, ending a subject: "Tim, 16,".
_NAME_AGE_END = re.compile(rf"({_NAME_SEQ}),\s+\d{{1,3}},$")
#: Modifiers of a body's kind that name no particular body: "the news agency".
_GENERIC_BODY_MODIFIERS = frozenset({"same", "news", "wire", "private", "independent", "local",
                                     "national", "international", "official", "state-run",
                                     "state-owned"})
#: A compound adjective on a capitalised word: "Pakistan-based", "US-backed".
_COMPOUND_ADJECTIVE = re.compile(r"[A-Z][\w’'.-]*-(?:based|born|led|backed|owned|run|funded|"
                                 r"made|linked|aligned|controlled|registered|listed)")
#: A present-tense cue: "says", "claims", "warns".
_PRESENT_S = re.compile(r"[a-z]+[^s\W]s\b")
#: Words before a name that show it is no subject opening its clause.
_NOT_A_SUBJECT_LEAD = frozenset({"in", "at", "on", "after", "before", "when", "as", "while",
                                 "if", "whether", "would", "will", "was", "is", "were", "are",
                                 "said", "says", "told", "to", "by", "for", "with", "from",
                                 "that", "than", "of"})
#: A person after a body's possessive: "Bureau of Meteorology's Claire Richards".
_OWNED_PERSON_END = re.compile(r"^(.+?)[’']s\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})$")
#: "and" right before a name that is no second half of a pair ("And ", "... on and ").
_AND_BEFORE_END = re.compile(r"(?:^|,\s+|\b[a-z][\w’'-]*\s+)[Aa]nd\s+$")
_ORG_HEADS = ("Department|Ministry|Office|Municipality|Prefecture|Governorate|Alliance|Front|"
              # (an Algerian or Moroccan province's administration: "the Wilaya of the
              # Laâyoune-Sakia El Hamra Region")
              "Wilaya|Wilayat|"
              # ("the Province of Limburg said": a province's government, by its name)
              r"Province(?=\s+of\s+[A-Z])|Region(?=\s+of\s+[A-Z])|"
              "University|Institute|Bank|Council|"
              "Organisation|Organization|Committee|Commission|Federation|Union|Association|"
              "League|Court|Agency|Fund|Party|Foundation|School|Centre|Center|Board|Bureau|"
              "Secretariat|Society|Forum|Network|Coalition|Chamber|Academy|College|Trust|"
              "Campaign|Movement|Centers|Centres|Hospital|Clinic|Infirmary|Regulator|Authority|"
              "Tribunal|Inspectorate|Government|Chancery|Chancellery|Confederation|Guild|Delegation|"
              "Division|Directorate|Faculty|Representation|Presidency|Administration|Service|"
              "Assembly|House|Bar|Fellowship|Unit|Church|Museum|Library|Gallery|Command|Subcommittee|"
              r"Corp|Corporation|Enterprise|Collective|Community(?=\s+of\s+[A-Z])")
#: Days and months: "the Federal Council on Friday" names no "Council on Friday".
_WHEN = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
         r"March|April|May|June|July|August|September|October|November|December)")
#: A country or union abbreviated with full stops opening a body's name: "U.S. ", "U.N. ".
_DOTTED_LEAD = rf"(?:(?:[{_UPPER}]\.){{2,3}}{_WS})?"
#: People named as a campaign by what they stand for: "Friends of X Libraries",
#: "Wisconsin Families for Choice", "Mothers Against Y" (a name only with the "of/for").
_GROUP_HEADS = ("Friends|Families|Parents|Citizens|Mothers|Fathers|Doctors|Veterans|"
                "Brothers|Sisters|Sons|Daughters|"
                "Taxpayers|Residents|Voters|Women|Students|Lawyers|Scientists|Patients|"
                "Neighbours|Neighbors|Workers|Farmers|Teachers|Nurses|Municipalities|"
                "Cities|Counties|Communities|Businesses|Employers|Physicians|Mayors|Chiefs|"
                "Youth|Youths|Elders|Pensioners|Survivors")
_GROUP_FOR = re.compile(rf"\b(?:{_GROUP_HEADS})\s+(?:of|for|against|Against|without|Without)\s"
                        rf"|\b[{_UPPER}][a-z]+(?:ers|ans|ists)\s+(?:for|against|Against)\s")
#: The end of a body's head word: no more letters, but a possessive may follow
#: ("Bay of Plenty Regional Council's plan").
_HEAD_END = r"(?![\w-]|[’'](?!s\b))"
#: Verbs naming a body's purpose after "to": "the Committee to Protect Journalists".
_PURPOSE_VERBS = ("Preserve|Protect|Save|End|Stop|Defend|Promote|Prevent|Support|Abolish|"
                  "Free|Keep|Reform|Restore|Fight|Combat|Halt|Ban|Build|Rebuild|Revive|"
                  "Reopen|Reduce|Eliminate|Investigate|Advance|Strengthen|Elect|Recall")
_PURPOSE_VERB_SET = frozenset(_PURPOSE_VERBS.split("|"))
#: A body's head noun and "to" before a name run: "the Commission to (Preserve ...)".
_HEAD_TO_BEFORE = re.compile(rf"(?<![\w’'-])(?:The\s+)?((?:(?!The\b)[{_UPPER}][\w’'&-]*\s+)"
                             rf"{{0,3}}(?:{_ORG_HEADS}))\s+to\s+$")
_ORG_NAME = re.compile(
    rf"(?:(?:[{_UPPER}][\w’'&-]*){_WS}){{0,3}}(?:{_GROUP_HEADS})(?:{_WS}(?:of|for|against|"
    rf"Against|without|Without){_WS}(?:the{_WS}|an?{_WS}(?=[{_UPPER}]))?[{_UPPER}][\w’'-]*(?:{_WS}[{_UPPER}][\w’'-]*)*)+"
    # any people named for a cause: "Islanders for Fair Tax", "Scientists against X"
    # (also "Independent Patriots for Change")
    rf"|(?:[{_UPPER}][a-z]+{_WS})?[{_UPPER}][a-z]+(?:ers|ans|ists|iots|ens){_WS}"
    rf"(?:for|against|Against){_WS}(?:(?:the|an?){_WS})?"
    rf"[{_UPPER}][\w’'-]*(?:{_WS}[{_UPPER}][\w’'-]*)*"
    rf"|{_DOTTED_LEAD}(?:(?:[{_UPPER}][\w’'&-]*){_WS}(?:and{_WS}(?=[{_UPPER}]))?){{0,4}}"
    rf"(?:{_ORG_HEADS})s?{_HEAD_END}"
    rf"(?:{_WS}(?:(?:of|for|and|on|&){_WS}(?:the{_WS})?|for{_WS}an?{_WS}"
    # "the Commission to Preserve National Monuments": its purpose, a verb and its object
    rf"|to{_WS}(?=(?:{_PURPOSE_VERBS}){_WS}[{_UPPER}]))(?!{_WHEN}\b)"
    rf"[{_UPPER}][\w’'-]*"
    rf"(?:{_WS}[{_UPPER}][\w’'-]*)*)*"
    rf"|(?:[{_UPPER}][\w’'&-]*{_WS}){{1,5}}(?:{_ORG_HEADS})s?{_HEAD_END}"
    # "Port of Rijeka Authority": the place inside the name, the head closing it
    rf"|[{_UPPER}][\w’'&-]*{_WS}of{_WS}(?:the{_WS})?(?:[{_UPPER}][\w’'-]*{_WS}){{1,3}}"
    rf"(?:{_ORG_HEADS})s?{_HEAD_END}"
    # an office named for its holder: "the Wyoming Secretary of State’s Office", "the Texas
    # Attorney General's Office"
    rf"|(?:[{_UPPER}][\w’'-]*{_WS}){{0,2}}(?:Secretary{_WS}of{_WS}State|Attorney{_WS}General|"
    rf"Auditor(?:{_WS}General)?|Comptroller|Treasurer|Commissioner)[’']s{_WS}[Oo]ffice"
    # a port's operator named for its place: "the Port of Milford Haven"
    rf"|Port{_WS}of{_WS}[{_UPPER}][\w’'-]*(?:{_WS}[{_UPPER}][\w’'-]*)*"
    # a local authority named for its place: "Town of Ste. Anne (Mayor Ann Lee)"
    rf"|(?:Town|City|Municipality|County|Borough|Village|Township|Shire){_WS}of{_WS}"
    rf"(?:(?:Ste?|Mt|Ft)\.{_WS})?[{_UPPER}][\w’'-]*(?:{_WS}[{_UPPER}][\w’'-]*)*"
)
#: A lower-case word that classes the organisation it introduces: "the advocacy group X".
_CLASSIFIER_WORDS = ("group", "charity", "organisation", "organization", "nonprofit",
                     "non-profit", "coalition", "alliance", "lobby", "think tank", "movement",
                     "network", "association", "collective", "platform", "watchdog",
                     "initiative", "plenum", "utility", "cooperative", "co-operative")
_CLASSIFIERS = Substrings(_CLASSIFIER_WORDS)
_CLASSIFIED_ORG_END = re.compile(
    r"(?:^|(?<=\s))(?:[Tt]he\s+|[Aa]n?\s+)?(?:(?:[a-z][\w-]*|[A-Z][\w’'.]*-(?:based|backed|"
    r"led|run|funded|owned))\s+){0,3}(?:"
    + "|".join(w.replace(" ", r"\s+") for w in _CLASSIFIER_WORDS)
    + rf")\s+(?P<name>[{_UPPER}][\w’'&.-]*(?:\s+(?:(?:for|of|against|and|the|on|in|to|&|"
    rf"des|de|du|la|le|les|del|della|dei|van|von)\s+)*"
    rf"[{_UPPER}0-9][\w’'&.-]*)*)$")
#: An organisation's head noun before "for": "Centers for ...", "Department for ...".
_HEAD_FOR = re.compile(rf"\b(?:{_ORG_HEADS})s?(?![\w’'-])\s+for\s")
#: A body named for its subject with "on": "Council on Foreign Relations", "Committee on
#: Oversight and Reform" (not "the Council on Facebook", "the Court on Tuesday").
_HEAD_ON = re.compile(r"\b(?:Council|Committee|Subcommittee|Commission|Center|Centre|Institute|"
                      r"Board|Task\s+Force|Panel|Forum)\s+on\s+(?:the\s+)?(?!(?:Twitter|Facebook|"
                      r"Instagram|Telegram|TikTok|YouTube|LinkedIn|X|Threads|Bluesky|Sky|BBC|CNN|"
                      r"Radio|Channel|Television|TV)\b)[A-Z]")
_ORG_NAME_END = re.compile(
    rf"(?:[Tt]he{_WS})?(?:[{_UPPER}][\w’'&-]*{_WS}){{0,3}}(?:{_GROUP_HEADS})(?:{_WS}(?:of|for|"
    rf"against|Against|without|Without){_WS}(?:the{_WS}|an?{_WS}(?=[{_UPPER}]))?[{_UPPER}][\w’'-]*"
    rf"(?:{_WS}[{_UPPER}][\w’'-]*)*)+$"
    rf"|(?<![\w’'-])[{_UPPER}][a-z]+(?:ers|ans|ists){_WS}(?:for|against|Against){_WS}"
    rf"(?:(?:the|an?){_WS})?[{_UPPER}][\w’'-]*(?:{_WS}[{_UPPER}][\w’'-]*)*$"
    rf"|(?:[Tt]he{_WS})?{_DOTTED_LEAD}(?:[{_UPPER}][\w’'&-]*{_WS}){{0,4}}(?:{_ORG_HEADS})s?"
    rf"(?![\w’'-])(?:{_WS}(?:(?:of|for|and|on|&){_WS}(?:the{_WS})?|for{_WS}an?{_WS}"
    rf"|to{_WS}(?=(?:{_PURPOSE_VERBS}){_WS}[{_UPPER}]))"
    rf"(?!{_WHEN}\b)[{_UPPER}][\w’'-]*"
    rf"(?:{_WS}[{_UPPER}][\w’'-]*)*)+$"
)
_SPOKES_FOR = re.compile(
    r"(?:^|[\s,])(?i:a|an|the)\s+(?:[\w-]+\s+)?(?P<role>spokes(?:person|man|woman)|representative|"
    r"official|source|aide|adviser|advisor)\s+(?:for|of|at|from|close\s+to)\s+(?:the\s+)?"
    rf"(?P<org>[{_UPPER}][^,;:]*|"
    # ("a spokeswoman for the 3rd Infantry Division")
    rf"\d{{1,3}}(?:st|nd|rd|th)\s+[{_UPPER}][^,;:]*|"
    # ("a spokesman for the municipality of Maastricht")
    r"(?:municipality|city|town|county|district|borough|province|canton|commune|shire)\s+of"
    rf"\s+[{_UPPER}][^,;:]*)$"
)


#: The heads of a description that speaks for an organisation or state named after it.
_SPOKES_FOR_RIGHT = re.compile(
    r"\s*(?P<role>(?:the|a|an)\s+(?:[\w’'-]+\s+){0,2}?(?:representative|delegate|speaker|"
    r"spokes(?:person|man|woman)|envoy|ambassador|delegation))\s+(?:of|for|from)\s+"
    rf"(?:the\s+)?(?P<org>[{_UPPER}])", re.IGNORECASE)


#: A person's given name and surname closing a subject, after a long title:
#: "Chair of the National Assembly Committee on Foreign Policy Ann Lee-Hart".
_PERSON_END = re.compile(rf"(?:^|\s)(?P<initials>(?:[{_UPPER}]\.\s?){{1,2}}\s*)?"
                         rf"(?P<given>[{_UPPER}][a-zà-öø-ÿ’']+)\s+"
                         # a particle of the surname: "Fiachra Ó Dálaigh", "Ann van Dijk"
                         r"(?P<surname>(?:(?:Ó|Ní|Nic|Uí|Ua|Mac|de|da|di|du|van|von|der|den|"
                         r"al|el|bin|binti|ibn)\s+){0,2}"
                         rf"[{_UPPER}][\w’']+(?:-[{_UPPER}][\w’']+)?)$")
#: An appositive after a name (and an age) ending in a place and a comma: ", 31, a dive
#: instructor in Port Barton, " (what follows is the place's district or province).
_APPOSED_PLACE_END = re.compile(r",\s+(?:\d{1,3},\s+)?(?P<role>(?:a|an)\s+[^,;:.!?\"“”]{2,80}?\b"
                                r"(?:in|from|at|near)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?),\s+$")
#: An appositive naming a kind of body: ", a Latakia charity", ", the band".
_BODY_APPOSED = re.compile(r",\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?(?:charity|company|firm|"
                           r"band|association|foundation|party|union|network|co-?operative|"
                           r"organi[sz]ation|NGO|club|trust|campaign|group)\b")
#: An indefinite description and its head noun: "a first-time councillor", "one Democrat".
_INDEFINITE_HEAD = (r"(?:^|(?<=\s))(?P<desc>(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+"
                    r"(?:[\w’'-]+\s+){0,3}?(?P<head>[A-Za-z]+))")
#: An unnamed person and their place, before a relative clause: "a councillor from Vava'u".
_PERSON_FROM_PLACE_END = re.compile(
    _INDEFINITE_HEAD + r"\s+(?:from|of|in|at)\s+(?:the\s+)?[A-Z][\w’'-]*"
    r"(?:\s+[A-Z][\w’'-]*){0,3}$")
#: An unnamed member on a named body: "A Huntsville Democrat on the House Armed Services
#: Committee".
_MEMBER_ON_BODY_END = re.compile(
    _INDEFINITE_HEAD + r"\s+on\s+the\s+(?:[A-Z][\w’'-]*\s+(?:and\s+|&\s+)?){1,6}"
    r"(?:Committee|Subcommittee|Caucus|Board|Council|Commission|Panel)$")
#: A parliament's offices, whose holder's name follows whatever it is: "Leader of the
#: House Upul Jayamanna".
_HOUSE_OFFICE = re.compile(r"(?:Leader|Deputy\s+Leader|Speaker|Deputy\s+Speaker|Father|Mother|"
                           r"Clerk)\s+of\s+the\s+(?:House|Opposition|Assembly|Senate)")
#: Second given names of South Asian full names: "Trilok Chand X", "Kusum Lata X".
_SECOND_GIVEN = frozenset({"Chand", "Lata", "Ram", "Lal", "Prasad", "Kumar", "Kumari", "Nath",
                           "Devi", "Bahadur", "Mohan", "Kishore", "Rani", "Bai", "Dev", "Raj",
                           "Singh", "Kaur"})
#: A seat's holder and a numbered district, then (after a comma) the district's name:
#: "the member for District 1" (, Island Harbour).
_SEAT_FOR_END = re.compile(r"\b(?:member|representative|MP|MLA|MHA|MNA|councillor|senator)\s+"
                           r"for\s+(?:District|Ward|Division|Constituency|Precinct)\s+\d+$",
                           re.IGNORECASE)
#: A capitalised word right before a name found at the end: "Dilli" of "MLA Dilli Ram X".
_NAME_WORD_END = re.compile(rf"(?<=\s)([{_UPPER}][a-zà-öø-ÿ’']+)\s+$")
#: ... or initials and one name, as Mongolian names are written: "J. Tserendolgor".
_INITIALS_PERSON_END = re.compile(
    rf"(?:^|\s)(?P<initials>(?:(?:[{_UPPER}]|Kh|Ts|Sh|Ch|Zh|Ya|Yu)\.\s?){{1,2}}\s*)"
    rf"(?P<surname>[{_UPPER}][a-zà-öø-ÿ’']+(?:-[{_UPPER}][\w’']+)?)$")
#: A participial aside between a subject and its verb: ", speaking at the conference,".
_ASIDE_END = re.compile(r",\s+(?:speaking|writing|addressing|answering|commenting|"
                        r"replying|responding)\b[^,;:]{0,80},$")
#: The words a long official title opens with.
_TITLE_OPENERS = frozenset({"chair", "chairman", "chairwoman", "chairperson", "deputy", "vice",
                            "commander-in-chief", "director-general", "secretary-general",
                            "head", "director", "minister", "secretary", "president",
                            "vice-president", "ambassador", "member", "leader", "spokesperson",
                            "spokesman", "spokeswoman", "commander", "chief", "governor",
                            "mayor", "speaker", "adviser", "advisor", "first", "senior",
                            "under-secretary", "undersecretary",
                            # ("State Secretary at the Ministry of Defence Ann Lee")
                            "state"})


#: Styles written right before a name: the capitalised words after one are the name.
_NAME_STYLES = frozenset({"datuk", "dato", "dato'", "dato’", "datin", "seri", "sri", "tan",
                          "tun", "ir", "haji", "hajah", "tengku", "tunku", "puan", "encik",
                          "mr", "mrs", "ms", "dr", "prof", "hon", "honourable", "honorable",
                          "mir", "sardar", "nawab", "maulana"})  # (Pakistani styles)
#: Words that may open a long title before its opener: "Provincial Minister for ...".
_TITLE_QUALIFIERS = ("Provincial", "Federal", "Regional", "Cantonal")


def _long_title_person(text: str, lo: int, hi: int) -> SpeakerPhrase | None:
    """A person named after a long official title of four words or more, as news
    agencies write: "Deputy Chair of the parliamentary group of the X party Ann
    Lee-Hart said", "Head of the Yerevan office of the EU Monitoring Mission Ann
    Lee, speaking on the sidelines, said". The name must open with a given name.

    Example:
        >>> t = "Chair of the National Assembly Committee on Foreign Policy Kalina Marin said"
        >>> p = _long_title_person(t, 0, t.index(" said"))
        >>> p.name, p.role
        ('Kalina Marin', 'Chair of the National Assembly Committee on Foreign Policy')
    """
    seg = text[lo:hi].rstrip()
    aside = _ASIDE_END.search(seg) if seg.endswith(",") else None
    if aside is not None:
        seg = seg[:aside.start()]
    seg = seg.rstrip(" ,")
    if len(seg) < 20:
        return None  # (too short for a title of four words and a name)
    m = _PERSON_END.search(seg, max(0, len(seg) - 80))  # anchored at the end: the tail
    if m is None:
        m = _INITIALS_PERSON_END.search(seg, max(0, len(seg) - 40))
        if m is None:
            return None
        # "Minister of Mining and Heavy Industry J. Tserendolgor said"
        start = m.start("initials")
        clause = re.split(r"[.;:!?]\s", seg[:start])[-1].strip()
        words = clause.split()
        if "," in clause or len(words) < 2 or _norm(words[0]) not in _TITLE_OPENERS:
            return None
        a, b = lo + start, lo + m.end("surname")
        return SpeakerPhrase("name", a, b, text[a:b],
                             name=" ".join(text[a:b].split()),  # (as written: "Ts.Bold")
                             role=clause)
    given, surname = m.group("given"), m.group("surname")
    initials = (m.group("initials") or "").strip()  # "R. Ann Lee-Hart"
    start = m.start("initials") if initials else m.start("given")
    family = _VIETNAMESE_FAMILY_END.search(seg, 0, start) if not initials and (
        _VIETNAMESE_ONLY.search(given + surname)) else None
    vn_plain = False
    prior = seg[:start].split()[-2:] if not initials and family is None and (
        given in _VIETNAMESE_MIDDLE_PLAIN or given in _VIETNAMESE_PLAIN) else []
    if family is not None:  # "... and Environment Vương Đình Tuệ": family name first
        start = family.start(1)
        given = f"{family.group(1)} {given}"
    elif vn_plain := bool(prior) and (prior[-1] in _VIETNAMESE_FAMILY_PLAIN or len(
            prior) == 2 and (prior[0] in _VIETNAMESE_FAMILY_PLAIN
                             and prior[1] in _VIETNAMESE_MIDDLE_PLAIN)):
        # the same spelt in plain letters: "... People's Committee Giang Quoc Bao", "...
        # Council Tieu Thi Bich Van"
        for w in reversed(prior if prior[0] in _VIETNAMESE_FAMILY_PLAIN and len(prior) == 2
                          and prior[1] in _VIETNAMESE_MIDDLE_PLAIN else prior[-1:]):
            start = seg.rfind(w, 0, start)
            given = f"{w} {given}"
    elif not initials and _norm(seg[:start].split()[-1] if seg[:start].split() else "") not in (
            _PORTFOLIOS) and (first := _NAME_WORD_END.search(seg, max(0, start - 40), start)) \
            is not None and ((prev := _norm(seg[:first.start(1)].split()[-1] if seg[
                :first.start(1)].split() else "")) in PERSON_ROLES or given in _SECOND_GIVEN
                             or prev in _PORTFOLIOS and is_given_name(first.group(1))
                             # "... Administration Gennady Petrovich Voronkin": a given name,
                             # a patronymic and a surname
                             or _RU_PATRONYMIC.fullmatch(given) and is_given_name(first.group(1))
                             ) and not _is_role_word(first.group(1)) and (
                _norm(first.group(1)) not in ORG_NOUNS):
        # "... and Namcheybong MLA Dilli Ram Thapaliya": a three-word name after the title
        start = first.start(1)
        given = f"{first.group(1)} {given}"
    if not initials and family is None:
        # "... and Telecommunication Dato Sri Ir Zulkarnain Mahmud Bujang": a style
        # before the name opens it, so the words between belong to the name
        prior = seg[:start].split()
        for k in range(len(prior) - 1, max(-1, len(prior) - 3), -1):
            if _norm(prior[k]) in _NAME_STYLES:
                between = prior[k + 1:]
                if between and all(w[:1].isupper() and not _is_role_word(w)
                                   and _norm(w) not in ORG_NOUNS for w in between):
                    for w in reversed(between):
                        start = seg.rfind(w, 0, start)
                    given = f"{' '.join(between)} {given}"
                break
    before = seg[:start]
    clause = _TITLE_CLAUSE_SPLIT.split(before)[-1].strip()  # (not at "Dr. " before the name)
    tail = clause.rsplit(",", 1)[1].split() if "," in clause else []
    if tail and (_norm(tail[0]) in _TITLE_OPENERS or len(tail) > 1 and (
            tail[0] in _TITLE_QUALIFIERS and _norm(tail[1]) in _TITLE_OPENERS)):
        clause = clause.rsplit(",", 1)[1].strip()  # "Moving the bill, Minister within ..."
    words = clause.split()
    if len(words) > 1 and words[0] in ("The", "the", "with", "and", "as", "by", "from",
                                       # ("Provincial Minister for Local Government ...")
                                       *_TITLE_QUALIFIERS) and (
            _norm(words[1]) in _TITLE_OPENERS):
        # "The Minister for Local Government and Rural Development Ann Lee said",
        # "..., with Minister of Industry and Mineral Resources Ann Lee telling ..."
        clause = clause[len(words[0]) + 1:]
        words = words[1:]
    if "," in clause and _LISTED_ORG_TAIL.search(clause) is None or len(words) < 4 or (
            _norm(words[0]) not in _TITLE_OPENERS and not (
                # "Under Secretary for Transport and Logistics Ann Lee"
                words[0] == "Under" and _norm(words[1]) == "secretary")):
        # (the title must open the clause and run up to the name; its commas may only
        # list a ministry's portfolios: "... at the Department of Housing, Local
        # Government and Heritage Ann Lee")
        return None
    if _norm(surname) in ORG_NOUNS:
        return None  # ("chief executive of Tallow Ridge Systems": a firm, not Mr Systems)
    styled = bool(clause.split()) and _norm(clause.split()[-1]) in _NAME_STYLES
    # "Minister of Trade and Industry Themba Mkhatjwa": a minister's portfolio word, then
    # two words that are neither roles, bodies nor places: a name no lexicon knows
    portfolio_end = _norm(words[-1]) in _PORTFOLIOS and _norm(words[0]) in (
        "minister", "secretary", "commissioner") and not initials and not any(
        _is_role_word(w) or _norm(w) in ORG_NOUNS or _norm(w) in _PORTFOLIOS
        or w.lower() in COUNTRIES for w in (given, surname))
    if family is None and not vn_plain and not styled and not portfolio_end and not (
            _HOUSE_OFFICE.fullmatch(clause)) and (
            not given_name_gender(given.split()[-1])) and not (
                # ("... Executive Committee Valery Shchetko": a given name of either sex
                # right after the body's head noun)
                _norm(words[-1]) in ORG_NOUNS and is_given_name(given.split()[-1])) and not (
                # ("Gennady Petrovich Voronkin": the given name before the patronymic)
                _RU_PATRONYMIC.fullmatch(given.split()[-1])
                and given_name_gender(given.split()[0])) and (
            any(_is_role_word(w) or _norm(w) in ORG_NOUNS or w.lower() in COUNTRIES
                for w in (given, surname)) or "-" not in surname or (
                    len(words) < 6 and not initials and not (
                        # "Minister for Asylum and Migration Ann Lee-Hart called"
                        "-" in surname and len(words) >= 3
                        and _norm(words[0]) in ("minister", "secretary", "commissioner",
                                                "leader", "speaker", "chair", "chairman",
                                                "chairperson", "president")))):
        return None  # (an unknown first name only after a long title, with a double surname)
    a = lo + start
    b = lo + m.end("surname")
    name = f"{initials} {given} {surname}".strip()
    return SpeakerPhrase("name", a, b, text[a:b], name=name, role=clause,
                         gender=given_name_gender(given.split()[0]))


#: A middle initial and the surname after it: " J. Bailey".
_MIDDLE_INITIAL_AFTER = re.compile(
    rf"\s[{_UPPER}]\.\s+((?!(?:Jr|Sr)\b)[{_UPPER}][\w’'-]+(?:\s+(?!(?:Jr|Sr)\b)[{_UPPER}][\w’'-]+)?)"
    r"(?:,?\s+(?:Jr|Sr)\.?)?")


def _person_in_org_match(text: str, m: re.Match[str]) -> tuple[int | None, str, int]:
    """Where a person starts in a match of ``_ORG_NAME`` (None: no person), with the
    matched words and their end, extended over an initial and the names after it:
    "Bank of England Governor Andrew J. Bailey", "Union President J. David Cox" (the
    initial ends the match).

    Example:
        >>> t = "Bank of England Governor Andrew J. Bailey said"
        >>> _person_in_org_match(t, _ORG_NAME.match(t))
        (25, 'Bank of England Governor Andrew J. Bailey', 41)
    """
    person = _person_after_org(m.group(0))
    if person is None and (initial := _MIDDLE_INITIAL_AFTER.match(text, m.end() - 2)):
        person = _person_after_org(f"{m.group(0)[:-2]} {initial.group(1)}")
        if person is not None and person == len(m.group(0)) - 1:
            person -= 1  # (the person opens with the initial: "J. David Cox")
        if person is not None:
            return person, text[m.start():initial.end()], initial.end()
    return person, m.group(0), m.end()


def org_name_at(text: str, pos: int) -> tuple[str, int] | None:
    """An organisation's name starting at ``pos`` ("Department for Business and Trade").

    Example:
        >>> org_name_at("the Ministry of Defence said", 4)
        ('Ministry of Defence', 23)
        >>> org_name_at("the Ministry of Finance and the Central Bank said", 4)
        ('Ministry of Finance', 23)
    """
    romance = romance_org_at(text, pos) if text[pos:pos + 1].isupper() else None
    if romance is not None:
        return romance  # "the Direction générale de l'armement said"
    m = _ORG_NAME.match(text, pos)
    if m:
        person = _person_in_org_match(text, m)[0]
        if person is not None:  # "Ministry of Defence of Romania Ann Lee": the person apart
            head = text[m.start():m.start() + person].split()
            while len(head) > 1 and (_is_role_word(head[-1]) or _norm(head[-1]) in TITLES):
                head.pop()  # ("Jordan Chamber of Commerce President Ann Lee": her title)
            name = " ".join(head)
            return name, m.start() + len(text[m.start():m.start() + person].rstrip()) if (
                name == text[m.start():m.start() + person].strip()) else text.index(
                head[-1], m.start()) + len(head[-1])
        name = m.group(0)
        k = name.find(" and the ")
        if k > 0 and _has_org_noun(name[:k]) and _has_org_noun(name[k + 9:]):
            # "the Department of Political Science and the X Students' Association": two
            # bodies, each with its head noun
            return name[:k], m.start() + k
        return name, m.end()
    m = NAME_ANY.match(text, pos)
    if m:
        body = _LOWER_BODY_AFTER.match(text, m.end(1))
        if body is not None:
            # "the Uttar Pradesh tourism department", "the Khujand city administration": a
            # place's body named in lower case
            return text[m.start(1):body.end()], body.end()
        return m.group(1), m.end(1)
    return None


#: A base written before a body's name: "Lutsk-based " (Volyn Wings Foundation).
_BASED_PREFIX = re.compile(r"[A-Z][\w’'.-]*-(?:based|headquartered)\s+(?=[A-Z])")
#: A body in lower case after a place's name: " tourism department" (of "Uttar Pradesh").
_LOWER_BODY_AFTER = re.compile(r"\s+(?:(?!(?:the|a|an|and|of|to|its|their|his|her|said|says|"
                               r"told|tells|was|is|has|had|will|would)\b|[a-z]+ed\b)[a-z]+\s+){0,2}"
                               r"(?:department|ministry|government|administration|secretariat|"
                               r"directorate|office|inspectorate|regulator)\b")
#: A body's statement signed by one of its staff, closing a subject: "A statement from the
#: Office of X, signed by its Public Relations Officer, Mrs Ann Lee,".
_SIGNED_STATEMENT_END = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts)\s+(?:[a-z]+\s+)?(?:statement|letter|release|notice|communiqué)"
    r"\s+(?:from|by|issued\s+by)\s+(?:the\s+)?(?P<org>[A-Z][^,;]{2,90}?),\s+signed\s+by\s+"
    r"[^;]{2,140}?,?\s*$")
_OFFICE_OF = re.compile(rf"[Tt]he\s+office\s+of\s+(?P<the>the\s+)?(?P<org>{_NAME_SEQ})")


def office_of_at(text: str, pos: int, end: int | None = None) -> SpeakerPhrase | None:
    """An office named in lower case at ``pos`` ("The office of the Bong County
    Superintendent"): the body, "Office of the Bong County Superintendent"; with ``end``,
    only when the phrase runs up to it.

    Example:
        >>> t = "The office of the County Superintendent welcomed the vote"
        >>> office_of_at(t, 0).name
        'Office of the County Superintendent'
    """
    m = _OFFICE_OF.match(text, pos)
    if m is None or (end is not None and m.end() != end) or not (
            looks_like_role(m.group("org").split()[-1]) or _has_org_noun(m.group("org"))):
        return None
    name = f"Office of {m.group('the') or ''}{m.group('org')}"
    return SpeakerPhrase("name", pos, m.end(), text[pos:m.end()], name=name, org=True)


#: A diplomatic mission named with its state and place, closing a subject: "the
#: Embassy of Ukraine in Abuja", "the Permanent Mission of Ghana to the United Nations".
_MISSION_OF_END = re.compile(
    rf"(?:\b[Tt]he\s+)?(?P<name>(?:Permanent\s+)?(?:Embassy|Consulate(?:[- ]General)?|Mission|"
    rf"Delegation|High\s+Commission)\s+of\s+(?:the\s+)?{_NAME_SEQ}"
    rf"(?:\s+(?:in|to)\s+(?:the\s+)?{_NAME_SEQ})?)\s*$")
_MISSION_OF = re.compile(_MISSION_OF_END.pattern.removesuffix(r"\s*$"))


def mission_at(text: str, pos: int) -> tuple[str, int] | None:
    """The diplomatic mission named from ``pos`` with its state and place, and where its
    name ends: ``("Embassy of Ukraine in Abuja", end)``; else None.

    Example:
        >>> mission_at("The Embassy of Ukraine in Abuja thanked Lagos.", 4)
        ('Embassy of Ukraine in Abuja', 31)
    """
    m = _MISSION_OF.match(text, pos)
    return (" ".join(m.group("name").split()), m.end()) if m is not None else None


#: A person known by a call sign or pseudonym: "... who posts under the call sign Sych".
_CALL_SIGN_END = re.compile(r"\b(?:call[\s-]?sign|nom\s+de\s+guerre|pseudonym|nickname|"
                            r"(?:goes|went)\s+by\s+the\s+name)\s+(?P<name>[A-Z][\w’'-]+"
                            r"(?:\s+[A-Z][\w’'-]+)?)$")
#: A person's organisation closing a phrase: "Ann Lee of the Nilgiri Centre for X".
#: A role's place closing an appositive: ", a nursing student in Tampa" (before ", Florida").
_ROLE_IN_PLACE_END = re.compile(r",\s+(?:an?|the)\s+[^,;:]*?\b(?:in|from|at)\s+[A-Z][\w’'-]+"
                                r"(?:\s+[A-Z][\w’'-]+)?$")
_OF_PLACE_ORG_END = re.compile(r"[A-Z][\w’'-]+\s+of\s+(?:the\s+)?[A-Z][^,;:]*$")
#: A document and its publisher closing a subject: "a report published on Friday by the
#: Halyard Institute", "a new study by the X Forum".
_DOCUMENT_BY_ORG = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts)\s+(?:new\s+|latest\s+|annual\s+|\d+-page\s+)?"
    r"(?P<doc>report|study|paper|survey|analysis|assessment|review|poll|briefing)\s+"
    r"(?:(?:published|released|issued|commissioned|prepared)\s+)?(?:(?:on|in)\s+[\w-]+\s+|"
    # ("a study released late last month by ...")
    r"(?:late\s+|early\s+)?(?:last|this)\s+(?:week|month|year)\s+|(?:this|last)\s+[A-Z][a-z]+\s+|"
    r"(?:earlier|yesterday|today)\s+)?"
    r"by\s+(?:the\s+)?(?P<org>[A-Z][^,;:]*)$")
#: "A report to the committee, written by policy manager Ann Lee,": a document and its
#: author in apposition.
_DOCUMENT_WRITTEN_BY = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts)\s+(?:[\w’'-]+\s+){0,2}(?:report|study|paper|letter|memo|"
    r"review|analysis|assessment|submission|briefing|note)\b[^,;:]{0,80},\s+(?:written|"
    r"prepared|authored|drafted|compiled|signed)\s+by\s+(?P<by>[^,;:]{3,80}),$")
#: Diplomatic posts whose name goes on with the place: "Embassy in Dublin".
_MISSIONS = frozenset({"Embassy", "Consulate", "Consulate-General", "Mission", "Delegation"})
_POSTED_IN = re.compile(
    rf"\s+(?:in|to)\s+(?:the\s+)?{_NAME_SEQ}(?:\s+(?:of|and)\s+(?:the\s+)?{_NAME_SEQ})*")
_POSTED_AND_END = re.compile(rf"\s+(?:in|to)\s+(?:the\s+)?{_NAME_SEQ}\s+and\s+(?:the\s+)?$")
#: Capitalised words and "and" right before a name: "Justice and " (Development Party).
_NAME_AND_END = re.compile(rf"(?<![\w’'-])[{_UPPER}][\w’'-]*(?:\s+[{_UPPER}][\w’'-]*)*\s+and\s+$")
#: An owner in the possessive before a name: "the UDP's (Hon.) Ann Lee".
#: A preposition before a possessive that is part of a place's name: "the MP for Smith's
#: South" (not an owner: "the UDP's Hon. Ann Lee").
_PLACE_PREPOSITION_END = re.compile(r"\b(?:for|of|from|in|at)\s+$")
_OWNER_THEN = re.compile(rf"[{_UPPER}][\w’'.-]*(?:['’]s|(?<=[a-z])s['’])\s+(?=[{_UPPER}])")
#: A numbered electoral unit after a name: "of the 5th District", "for the 12th Ward".
_NUMBERED_UNIT_END = re.compile(
    r"\s+(?:of|for|from)\s+(?:(?:the|[A-Z][\w-]*(?:['’]s?|(?<=s)['’]))\s+\d+(?:st|nd|rd|th)\s+"
    r"(?:[A-Z][\w’'-]*\s+){0,2}"
    r"(?:District|Ward|Precinct|Division|Circuit|Riding|Constituency|Borough)|"
    # ("councillor Ann Lee of Box Bar Ward": a named ward)
    r"(?:[A-Z][\w’'-]*\s+){1,3}(?:Ward|Electoral\s+Area|Electoral\s+District)|"
    # ("Rep. Ann Lee of Bong County Electoral District #3": a district by its number)
    r"(?:[A-Z][\w’'-]*\s+){0,3}(?:District|Ward|Precinct|Division|Constituency|Riding)\s+"
    r"(?:#\s?|No\.\s?)?\d+)$")
_OF_ORG_END = re.compile(r"(?<=[\w’'])\s+(?:of|from)\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?"
                         r"(?:(?:opposition|ruling|governing|main|centre-right|centre-left|"
                         r"far-right|far-left|conservative|liberal|nationalist)\s+)?"
                         # "of the local party Ölandslistan", "of the campaign group X"
                         r"(?:(?:(?:local|regional|national|small|new|campaign|pressure|civic|"
                         r"residents[’']?|citizens[’']?)\s+)?(?:party|group|movement|list|"
                         r"think\s+tank|alliance|coalition|association|network)\s+)?$")
# (also "Councillor Ann Lee of the opposition Democrats": the party, its standing before it)
#: A party's standing, then maybe its name, after a person: "of the opposition Democrats",
#: "from the ruling Congress", "of the opposition".
_OF_STANDING_PARTY_END = re.compile(
    r"(?<=[\w’'.])\s+(?:of|from)\s+the\s+(?:(?:main\s+)?(?:opposition|ruling|governing)"
    # ("of the local party Ölandslistan": a kind of party, then its name)
    r"(?:\s+(?:party|group|list|alliance|coalition|bloc))?|"
    r"(?:local|regional|small|new|independent)\s+(?:party|group|list|alliance|coalition|bloc)"
    rf"(?=\s+[{_UPPER}]))"
    rf"(?:\s+[{_UPPER}][\w’'-]+(?:\s+(?:[{_UPPER}][\w’'-]+|of|for|and|the))*?"
    rf"(?:\s+[{_UPPER}][\w’'-]+)?)?$")
#: A US party tag with a state or home town: "D-N.M.", "R-Eau Claire", "R-Fond du Lac".
#: A minister's title before "Portfolio": "(Serbian) Minister without ".
_WITHOUT_PORTFOLIO_BEFORE = re.compile(r"(?:[A-Z][\w’'-]*\s+){0,3}(?:Minister|Secretary)\s+"
                                       r"without\s+$")
#: An acronym that names a body: "NATO", "ECOWAS", "KFOR".
_ACRONYM_BODY = re.compile(r"[A-Z]{2,8}")
#: A word for someone's view closing a phrase: "the assessment", "the warning".
_VERDICT_NOUN_END = re.compile(r"\b(?:assessment|verdict|view|warning|message|conclusion|"
                               r"judge?ment|opinion|advice|prediction|argument|reaction)$")
_PARTY_TAG = re.compile(r"(?:[DRI]|DFL)-(?:[A-Z][A-Za-z.]*|\d{1,3}(?:st|nd|rd|th))"
                        r"(?:\s+(?:du\s+|de\s+)?[A-Z][A-Za-z.]*){0,2}")
#: A US party-and-state tag after a name: ", D-N.M.", ", R-Texas".
_PARTY_STATE_END = re.compile(r",\s*" + _PARTY_TAG.pattern + "$")
#: A name opening a subject, then its role in apposition: "Ann Lee, the councillor ...".
_OPENING_NAME_ROLE = re.compile(rf"(?P<name>{_NAME_SEQ}),\s+(?:the|a|an)\s+[a-z]")
#: One portfolio of a title: "Energy", "Local Government", "Religious Affairs".
_PORTFOLIO = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}"
#: A title whose portfolios are listed with commas, then the holder's name in apposition.
_PORTFOLIO_TITLE_THEN_NAME = re.compile(
    rf"(?P<title>(?:Minister|Secretary|Commissioner|Director)\s+(?:of|for)\s+(?:the\s+)?"
    rf"{_PORTFOLIO}(?:,\s+{_PORTFOLIO})+,?\s+and\s+{_PORTFOLIO}),\s+(?P<name>{_NAME_SEQ}),$")
#: Kinds of public body that are never one another ("the government" is no "House").
_INSTITUTIONS = frozenset({"government", "house", "senate", "parliament", "assembly",
                           "congress", "court", "council", "commission", "committee",
                           "ministry", "department", "party", "cabinet", "presidency"})
#: Public bodies news copy calls "the agency" or "the regulator": "The Federal Aviation
#: Administration said ... the agency said".
_AGENCY_KINDS = frozenset({"administration", "authority", "service", "bureau", "commission",
                           "directorate", "office", "board", "inspectorate", "agency"})
#: Words for any kind of body: "the group said" after "the Farmers' Union" is the union.
#: Kinds of state body that "the <kind>" names only when the body named before is one.
_STATE_BODIES = frozenset({"ministry", "department", "embassy", "consulate"})
_UMBRELLA_ORGS = frozenset({"group", "organisation", "organization", "body", "institution",
                            "firm", "company", "outfit", "campaign", "charity", "lobby",
                            "coalition", "alliance", "network", "movement", "platform"})
#: A person, then the body they belong to, its name holding "and" or "for": "Ann Lee of the
#: Institute for Sahelian and Coastal Studies".
#: People named for a cause: "(Independent) Patriots for Change", "Islanders for Fair Tax".
_PEOPLE_FOR_CAUSE = re.compile(r"(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+(?:ers|ans|ists|iots|ens)\s+"
                               r"(?:for|against)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*")
_PERSON_OF_LONG_ORG_END = re.compile(
    rf"({_NAME_SEQ})\s+(?:of|from|at)\s+(?:the\s+)?(?P<org>[A-Z][\w’'-]*(?:\s+(?:(?:of|for|"
    rf"and|on|the)\s+)*[A-Z][\w’'-]*)*\s+(?:and|for|to(?=\s+(?:{_PURPOSE_VERBS})\s))\s+"
    rf"(?:the\s+)?[A-Z][\w’'-]*"
    rf"(?:\s+[A-Z][\w’'-]*)*)$")
#: Words that tie an unnamed source to the people named after them: "a person close to
#: the Murdochs", "people familiar with the talks" (the name is not the speaker).
CLOSE_TO_END = re.compile(r"\b(?:close\s+to|familiar\s+with|briefed\s+by)\s+(?:the\s+)?$")
#: Given names that are also common words, names only before a surname: "Will McClay".
_GIVEN_NAME_WORDS = frozenset({"will", "may", "june", "april", "august", "mark", "grant",
                               "hope", "joy", "faith", "rich", "bill", "guy", "sunday",
                               "even"})  # (the Norwegian "said Even Lund")
#: A company's name in angle brackets, as wire feeds mark unlisted companies:
#: "<Sale Tilney Plc>".
_BRACKETED_NAME_END = re.compile(rf"<([{_UPPER}][^<>\n]{{1,80}}?)>$")
#: ... and a second company after it: "<Four Seasons Hotels Inc> and VMS Realty Partners".
_BRACKETED_PAIR_END = re.compile(
    rf"<([{_UPPER}][^<>\n]{{1,80}}?)>\s+and\s+<?([{_UPPER}][\w&.’'-]*(?:\s+[{_UPPER}][\w&.’'-]*){{0,5}})>?$")
#: A person, then the town and state or country they are from: "Ann Lee of Dover, Del.,".
_NAME_OF_TOWN_END = re.compile(
    rf"({_NAME_SEQ})\s+(?:of|from)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,2}},\s+"
    r"(?P<state>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?),$")
#: A lower-case "of the ..." after a name: "Yoon Ha-jin of the main opposition party".
_OF_LOWER_END = re.compile(r"(?<=[\w’'])\s+(?:of|from)\s+(?:the|a|an|its|their)\s+"
                           r"[a-z][a-z\s-]{0,40}$")
_AGE_END = re.compile(r",\s*\d{1,3}$")
#: Nouns through which a publishing organisation speaks ("the report argues").
_PUBLICATION_VOICES = frozenset({"report", "authors", "study", "paper", "survey", "review",
                                 "analysis", "assessment", "briefing", "communique",
                                 "communiqué", "memo", "readout", "letter", "response",
                                 "submission", "filing", "reply"})
#: Prepositions that open a fronted adverbial of place or time ("At the station, ...").
_FRONTED_PLACE = frozenset({"At", "In", "On", "Outside", "Inside", "During", "After", "Before",
                            "Near", "Back"})
_BARE_QUANTIFIERS = frozenset({"several", "some", "many", "others", "most", "few", "one",
                               "another", "someone", "somebody"})
_ROLE_PREPOSITIONS = frozenset({"at", "of", "for", "from", "with", "in", "on", "near", "outside"})
#: An -ing word that opens the name of a post, not a participle clause: "managing director",
#: "acting mayor", "presiding officer", "visiting professor", "commanding officer".
_POST_ING = (r"(?:managing|acting|presiding|founding|commanding|outgoing|incoming|returning|"
             r"ranking|consulting|supervising|serving|attending|reigning|visiting)\s+"
             r"(?:[a-z]+\s+)?(?:director|editor|partner|officer|member|chair\w*|president|mayor|"
             r"secretary|minister|governor|head|chief|judge|magistrate|physician|engineer|"
             r"architect|nurse|surgeon|manager|trustee|professor|fellow|scholar|lecturer|"
             r"researcher|commissioner|superintendent|captain|principal|councillor|soldier|"
             r"sergeant|counsel|pastor|priest|leader|dean|rector|ceo|general)\b")
#: A nickname explained in an aside: "as the vendors call her" (see quotes._CALLED_BY).
NICKNAME_ASIDE = (r"as\s+(?:the\s+|his\s+|her\s+)?(?:[\w’'-]+\s+){0,4}?call(?:s|ed)?\s+"
                  r"(?:him|her)")
#: A name kept out of print: "who did not want his name published".
NAME_UNPUBLISHED = (r"\b(?:wish|want)\w*\s+(?:his|her|their)\s+(?:full\s+)?name\s+"
                    r"(?:to\s+be\s+)?(?:published|used|printed|disclosed|revealed|made\s+public|"
                    # ("who did not want his name in the paper")
                    r"in\s+the\s+(?:paper|newspaper|press|media))")
_SKIPPABLE = re.compile(
    r"(?:\d{1,3}$|[DRI]-[A-Z][A-Za-z.]*$|for\s+(?:its|his|her|their|our)\s+part|however|meanwhile|in\s+turn|too|though|"
    r"in\s+response|in\s+a\s+statement|in\s+contrast|"
    # "X, in a written reaction, warned", "X, in an emailed statement, said"
    r"in\s+(?:a|an|its|his|her|their)\s+(?:[a-z]+\s+)?(?:statement|reaction|response|reply|"
    r"letter|post|submission|interview|email)|by\s+contrast|who|which|whose|speaking|writing|commenting|asked|interviewed|addressing|"
    r"appearing|visiting|standing|talking|responding|reacting|quoted|pictured|"
    r"from\s+(?:a|an)\s|"  # "Olha, 61, from a village in the X region whose son ..."
    r"one\s+of\s+(?:the|those|only|two|three|four|five|a\s+handful)\b|"  # "X, one of the two who"
    # a nickname explained: "Manang Erling, as the vendors call her, told"
    + NICKNAME_ASIDE + r"$|"
    # (also after an adverb: "X, earlier reporting a loss, said")
    r"(?:(?:earlier|later|also|still|now|then|already|[a-z]+ly)\s+)?"
    # (not an -ing word that is part of a post: "X, managing director of Y, said", "acting
    # mayor", "presiding officer", "visiting professor")
    r"(?!" + _POST_ING + r")"
    r"(?:[a-z]+ing\b|[a-z]+ed\s+(?:by|in|at|on|to|from|after|as)\b))",
)
_NAME_FULL = re.compile(rf"\s*{_NAME_SEQ}\s*$")
#: A name and the group it belongs to, ending in a lower-case noun: "Senator Ann Lee of
#: the ruling Morena party", "Ann Lee from the opposition Labour benches".
_PERSON_OF_GROUP_END = re.compile(
    rf"({_NAME_SEQ})\s+((?:of|from|with)\s+(?:the|a|an|its|their)\s+(?:[\w’'-]+\s+){{0,4}}"
    r"(?:party|bloc|group|coalition|alliance|caucus|faction|benches|wing|movement|union|"
    # "Chief Ann Lee with the police said": her force
    r"delegation|police|department|agency|ministry|council|force|service|office|team|"
    r"company|firm|board|committee|commission|authority|campaign|charity))$")
#: An indefinite organisation noun ending a phrase: "A pensioners' association".
_ORG_HEAD_END = re.compile(r"^(?:[Aa]n?|[Oo]ne)\s+(?:[\w’'-]+\s+){0,3}(?:association|group|"
                           r"union|party|movement|organi[sz]ation|charity|campaign|federation|"
                           r"alliance|coalition|foundation|network|institute|think\s+tank)$")


_QUANTITY_HEADS = frozenset({"one", "some", "each", "any", "all", "none", "two", "three",
                             "several", "many", "most", "both"})


def _role_head(before: str) -> str:
    """The role noun ending ``before``, looking past a prepositional phrase.

    "Poland's deputy prime minister" → "minister"; "Labour's spokesman on
    foreign affairs" → "spokesman"; "" when there is none.

    Example:
        >>> _role_head("Labour's spokesman on foreign affairs")
        'spokesman'
    """
    words = before.split()
    if "who" in words[2:]:
        # "A swimming instructor who has worked at the centre": the head before the clause
        words = words[:words.index("who", 2)]
    heads = words[-1:]
    if len(words) >= 2 and words[-1][:1].isupper() and not _is_role_word(words[-1]):
        heads.append(words[-2])  # "The District Officer Rotuma": a post, then its place
    rel = next((j for j in range(len(words) - 1, 0, -1) if words[j] in ("that", "which")), 0)
    if rel > 1:
        heads.append(words[rel - 1])  # "The public utility that manages the bridge"
    named = False  # (past a name's own phrase, up to 12 words back: "The chairman of the
    # Commission II on economy and development")
    for j in range(len(words) - 2, max(0, len(words) - 13), -1):
        if j <= len(words) - 9 and not named:
            break
        if words[j].lower() in _HEAD_PREPOSITIONS:
            heads.append(words[j - 1])
            if _norm(words[j - 1]) in _QUANTITY_HEADS:
                continue  # (past "one of": "A representative of one of the developers")
            if words[j - 1][:1].isupper() and j > 2 and len(words) - j > 2:
                named = True
                continue
            break
    for head in heads:
        if _is_role_word(head) or _norm(head) in TITLES or _norm(head) in ORG_NOUNS or (
                _agent_noun(_norm(head))):  # ("One of the administrators, Ann Lee,")
            if (not _is_role_word(head) or _norm(head) in ORG_NOUNS) and (
                    person := _person_before_of(words)):
                return person  # "the president of the X Council of Y": the president
                # (and "The Leader of the Opposition": the leader, not the opposition)
            return head
    return ""


def _person_before_of(words: list[str]) -> str:
    """The person role heading "the president of the ... Council", "a senior adviser
    in the presidential office": the role word before the first preposition among
    ``words``, or ""."""
    return next((words[j - 1] for j in range(1, len(words)) if words[j].lower() in
                 _HEAD_PREPOSITIONS and _is_role_word(words[j - 1])), "")


#: Words that open a clause whose subject may follow: "..., as Russia warned that ...".
_SUBORDINATORS = frozenset({"as", "while", "when", "whereas", "because", "since", "although",
                            "though", "once", "until", "but", "so", "yet"})
_HEAD_PREPOSITIONS = frozenset({"on", "for", "of", "at", "to", "in"})
#: Adverbs that may stand between a sentence's start and its subject: "But today Ann Lee
#: said", "Now Ann Lee says".
_CLAUSE_ADVERBS = frozenset({"today", "yesterday", "tonight", "now", "later", "earlier",
                             "meanwhile", "also", "then", "again", "separately", "however",
                             "overnight", "recently", "previously"})


def _joint_subject(text: str, lo: int, a: int, b: int, negated: bool) -> SpeakerPhrase | None:
    """``X and Y said``: two named speakers of one statement, as one joint speaker.

    ``text[a:b]`` is the second name; the first must end right before "and".

    Example:
        >>> t = "Britain and France said"
        >>> _joint_subject(t, 0, 12, 18, False).name
        'Britain and France'
    """
    before = text[lo:a]
    if not before.endswith(" and "):
        return None
    m = NAME_END.search(before[:-5])
    if m is None:
        return None
    first = _name_phrase(text, lo, lo + m.start(1), lo + m.end(1), negated)
    second = _name_phrase(text, lo + m.start(1), a, b, negated, as_subject=False)
    if first is None and second is not None and second.title and not second.org and (
            " " not in m.group(1) and not is_given_name(m.group(1))):
        # "Finance and Economic Planning CEC Ann Lee told": one capitalised word, no name
        first = SpeakerPhrase("name", lo + m.start(1), lo + m.end(1), m.group(1),
                              name=m.group(1))
    if first is not None and second is not None and second.title and not first.title and (
            not first.org and not second.org and not first.gender
            and not given_name_gender(first.name.split()[0])):
        # "Work and Pensions Secretary Ann Lee said": one title, one person
        second.title = second.role = f"{first.name} and {second.title}"
        second.start = first.start
        second.surface = text[second.start:second.end]
        return second
    if first is None or second is None or first.org != second.org:
        return None
    return SpeakerPhrase("name", first.start, second.end, text[first.start:second.end],
                         name=f"{first.name} and {second.name}", negated=negated,
                         org=first.org)


#: One word of two capitalised halves: "Lindo-Calloway" (a surname unless both are names).
_DOUBLE_BARRELLED = re.compile(r"[A-Z][\w’']+-[A-Z][\w’']+")
#: A style that takes "the" before a person's name: "the Rev. Ann Lee", "the Hon. Ann Lee".
_THE_STYLED = re.compile(r"the\s+(?:(?:Rt|Very|Most|Right)\.?\s+)?(?:Rev|Revd|Reverend|Hon|"
                         r"Honourable|Honorable)\b")


#: A subject opening with an indefinite description: "A café owner ...", "One woman ...".
_INDEFINITE_OPENING = re.compile(r"(?:An?|One|Another)\s+[a-z]")
#: An acronym in brackets after a name: " (DPMK)".
_ACRONYM_PAREN = re.compile(r"\s\((?P<acr>[A-Z]{2,6})\)")
#: What may follow a name and its acronym before the speech verb: nothing, or an appositive.
_APPOSITIVE_REST = re.compile(r"(?:,\s+(?:the|a|an)\s[^,;:()]{2,80},?)?")
#: Small words an acronym skips: "Union des propriétaires du Littoral (UPL)".
_ACRONYM_SKIPS = frozenset({"of", "the", "and", "for", "de", "des", "du", "la", "le", "les",
                            "del", "della", "di", "da", "do", "dos", "das", "y", "e", "et",
                            "und", "für", "der", "van", "voor", "en", "och", "i", "a", "na"})


def _spelled_by(seg: str, end: int, acr: str) -> int | None:
    """Where the words before ``end`` that ``acr`` spells out start, or None.

    Example:
        >>> s = "Dopravný podnik mesta Košice (DPMK)"
        >>> _spelled_by(s, s.index(" ("), "DPMK")
        0
        >>> s = "Agence de l'Eau et de l'Assainissement (AEA)"
        >>> _spelled_by(s, s.index(" ("), "AEA")
        0
    """
    words = [(m.start(), m.group()) for m in re.finditer(r"[^\s]+", seg[:end])]
    for k in range(len(acr), min(len(words), len(acr) + 4) + 1):
        cand = words[-k:]
        if not cand[0][1][:1].isupper():
            continue
        letters = "".join(_ELIDED_ARTICLE.sub("", w)[:1] for _, w in cand
                          if w not in _ACRONYM_SKIPS)
        if letters.upper() == acr and len(letters) == len(acr):
            return cand[0][0]
    return None


#: A short form in brackets ending a subject: " (SEOR) ".
_ACRONYM_PAREN_END = re.compile(r"\s\([A-Z][A-Za-z&-]{1,9}\)(?=\s*$)")
#: A French or Italian article elided onto its noun: "l'Eau", "d'Oran", "dell'Interno".
_ELIDED_ARTICLE = re.compile(r"^(?:[ldLD]|dell|all|sull|nell)[’'](?=\w)")


#: A person of a nationality and a restrictive relative clause opening a subject: "An
#: Estonian who ...".
_INDEFINITE_WHO = re.compile(r"(?:An?|One|Another)\s+(?P<mods>(?:[\w’'-]+\s+){0,3}?)"
                             r"(?P<head>[\w’'-]+)\s+(?P<rel>who|whose)\s")
#: A clause in which someone keeps their name back: "who asked not to be named", "who did
#: not want to give her name".
_NAME_WITHHELD_CLAUSE = re.compile(
    r"\bnot\s+to\s+be\s+(?:named|identified)|\b(?:wish|want)\w*\s+to\s+(?:be\s+(?:named|"
    r"identified)|give\s+(?:his|her|their)\s+(?:full\s+)?name)|\banonymity\b|"
    r"\bname\s+not\s+be\b|\bdeclined\s+to\s+(?:be\s+named|give\s+(?:his|her|their)\s+name)|"
    # "who did not want his name published", "who asked for her name to be withheld"
    + NAME_UNPUBLISHED + r"|\bname\s+(?:to\s+be\s+)?withheld\b")
#: A description of a person up to the body they belong to: "A senior officer in the ",
#: "One official at ", "The commander of the ".
_DESCRIBED_AT_BODY = re.compile(r"(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)\s+"
                                r"(?P<mods>(?:[\w’'-]+\s+){0,3}?)"
                                r"(?P<role>[a-z][\w’'-]*)\s+(?:in|at|of|from|with)\s+(?:the\s+)?")


#: The rest of a body's name that lists its portfolios, from a comma in the list to its
#: end: ", Policy and Resources Committee".
_LISTED_BODY_TAIL = re.compile(
    r",\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?(?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)*,?"
    r"\s+and\s+(?:[A-Z][\w’'-]*\s+){0,3}(?:Committee|Commission|Board|Council|Office|"
    r"Department|Ministry|Authority|Union|Party|Alliance|Association|Federation)\s*$")


#: A name of up to six words, capitalised at both ends, with lower-case words inside:
#: "Dim bilia Moria", "Càirdean na h-Ucràine" (see :func:`_appositive_subject`).
_FOREIGN_BODY = re.compile(r"[A-Z][\w’'-]*(?:\s+[a-z][\w’'-]*){1,3}(?:\s+[\w’'-]+){0,2}?"
                           r"\s+(?:[A-Z]|[a-z]+-[A-Z])[\w’'-]*")
#: A body described in apposition: "a charity run by volunteers", "an association of ...".
_BODY_DESCRIBED = re.compile(r"\s*(?:an?|the)\s+(?:[\w’'-]+\s+){0,3}?(?:charity|group|"
                             r"association|union|movement|organi[sz]ation|federation|alliance|"
                             r"coalition|foundation|network|institute|society|club|"
                             r"co-?operative|trust|collective|initiative|NGO|non-?profit|"
                             r"campaign|choir|ensemble|parish|congregation)\b")
#: English words that show the words before a comma are a clause, not a name.
_NOT_IN_FOREIGN_NAMES = frozenset({
    "the", "a", "an", "and", "or", "but", "is", "was", "are", "were", "has", "had", "have",
    "said", "says", "who", "which", "that", "this", "also", "then", "now", "in", "at", "on",
    "by", "with", "from", "to", "as", "its", "their", "his", "her", "our", "meanwhile",
    "however", "yesterday", "today", "later", "earlier", "last", "for", "of", "after",
    "before", "since", "when", "while", "there", "here"})


def _appositive_subject(text: str, lo: int, hi: int, negated: bool,
                        as_subject: bool = True) -> SpeakerPhrase | None:
    """``Name, role, said`` or ``Role, Name, said``: find the name around the last commas.

    A relative or participial clause in commas ("who led the study",
    "speaking in Lviv") is stepped over without becoming a role.
    """
    inner_end = hi - 1
    commas: list[int] = []  # the last three commas before inner_end, nearest first
    i = text.rfind(",", lo, max(inner_end, 0))
    while i >= 0 and len(commas) < 3:
        if text.rfind("(", lo, i) <= text.rfind(")", lo, i) and not (
                text[i - 1:i].isalpha() and _LISTED_BODY_TAIL.match(text, i, inner_end)) and (
                not (text[i - 1:i].isdigit() and text[i + 1:i + 4].isdigit())):
            # (nor a thousands separator: "a channel with more than 600,000 subscribers")
            commas.append(i)  # (not a comma inside brackets: "X (EPP, Italy), said"; nor
            # one in a body's list of portfolios: "who chairs the Strategy, Policy and
            # Resources Committee, said")
        i = text.rfind(",", lo, i)
    role_end = inner_end  # a skipped relative clause ends the role before it
    for k in commas:
        role = text[k + 1 : role_end].strip()
        if role.endswith(")") and (paren := _PAREN_TAIL.search(role)) and paren.start() > 0:
            role = role[:paren.start()]  # "the rapporteur, Ann Lee (EPP, Italy), said"
        before = text[lo:k].rstrip()
        if (whole := _whole_body_name(before.strip())) is not None:
            # "Hantana Eco Solutions (Pvt) Ltd, which runs the yard, said", "Keep the Coast
            # Connected, the campaign set up in October, said": the body
            a = lo + len(before) - len(before.lstrip())
            return SpeakerPhrase("name", a, a + len(whole), whole, name=whole,
                                 role="" if _SKIPPABLE.match(role) else role, negated=negated,
                                 org=True)
        if _DEGREE_TAG.fullmatch(role):
            # "The director, Ir. Ann Lee, M.T., told", "Ann Lee, PhD, said": past the degree
            if "," not in text[lo:k] and (whole := parse_subject_left(text, lo, k)) is not None:
                return whole  # ("Agency head Ir. Ann Lee, M.T., said": the subject before it)
            role_end = k
            continue
        if k == commas[0] and _BODY_ACRONYM.fullmatch(role) and "," not in text[lo:k] and (
                whole := parse_subject_left(text, lo, k)) is not None and whole.org and (
                whole.kind == "name"):
            # "The Office of the High Representative, OHR, said": the body, its acronym
            # set off by commas (but "The UN children's agency, UNICEF, said": the name)
            return whole
        if _PARTY_TAG.fullmatch(role) and role_end < inner_end:
            # "Sen. Ann Lee, R-Eau Claire, whose vote ..., said": past the party tag,
            # after a skipped clause (the name is before it)
            role_end = k
            continue
        if " " not in role and role[:1].isupper() and (
                _OF_PLACE_ORG_END.search(before) or _ROLE_IN_PLACE_END.search(before) or (
                    # "The citizens' platform Nagorik Odhikar Mancha, Gazipur, said": a
                    # body, then its town
                    _BODY_KIND_NAME_END.search(before) is not None
                    and not is_given_name(role) and _norm(role) not in TITLES)):
            # "Prof. Ann Lee of the Nilgiri Centre, Bengaluru, said": the centre's city
            # (and "Ann Lee, a nursing student in Tampa, Florida, said": the city's state)
            role_end = k
            continue
        party = _PARTY_STATE_END.search(before) or _AGE_END.search(before)
        if party:  # "Rep. Ann Lee, D-N.M., the ranking member, said": past the party tag
            before = before[: party.start()]  # (or the age: "Ann Lee, 34, who fled ...")
        paren = _PAREN_TAIL.search(before)
        if paren and paren.start() > 0:
            before = before[: paren.start()]
        sm = _SPOKES_FOR.search(before) if ("spokes" in before or " for " in before) and (
            role.startswith(("the ", "a ", "an ")) or _SKIPPABLE.match(role)) else None
        if sm is not None and not role.startswith(("the ", "a ", "an ")) and sm.start() > 0:
            sm = None  # (after an aside the spokesperson must be the whole subject: not "Ann
            # Lee, a spokeswoman for X, who ..., said")
        lower = _LOWER_ORG_END.fullmatch(before, sm.start("org")) if sm is not None else None
        org = (_org_title(lower.group(1)), lo + len(before)) if lower is not None else (
            org_name_at(text, lo + sm.start("org")) if sm is not None else None)
        if sm is not None and org is not None and org[1] >= lo + len(before):
            # "A spokesman for Northplains Carbon Transport, the company behind the route,
            # said": the body the spokesman speaks for, described in apposition (or after an
            # aside: "A spokesman for the Russian embassy, contacted by the Times, said")
            a = lo + sm.start() + (text[lo + sm.start()] in " ,")
            return SpeakerPhrase("name", a, lo + len(before), text[a:lo + len(before)],
                                 name=org[0], role=sm.group("role"), negated=negated, org=True)
        words = before.split(None, 2)
        if len(words) > 2 and _norm(words[0]) in _STAFF and words[1] in ("of", "at", "from") and (
                role.startswith(("a ", "an ", "the "))) and k == commas[0] and (
                staff := parse_subject_left(text, lo, lo + len(before))) is not None and (
                staff.kind == "name" and staff.org):
            # "Members of the Bull Run Coalition, a residents' group, argued": the body
            # its people speak for, described in apposition
            return staff
        honoured = _HONORIFIC_NAME.fullmatch(role) if before.split()[:1] in (
            ["The"], ["the"]) and len(before.split()) <= 4 and role[:1].isupper() else None
        at = text.find(role, k + 1) if honoured is not None else -1
        if honoured is not None and k == commas[0] and at > k and (
                person := _name_phrase(text, at, at, at + len(role), negated,
                                       as_subject=False)) is not None and not person.org:
            # "The RDC, Ms Ann Lee, said": the person her honorific and name give, the
            # office before them her role
            pre = before[max(before.rfind(","), before.rfind(";")) + 1:].strip()
            person.role = f"{pre}; {person.role}" if person.role else pre
            person.start = lo + before.index(pre)
            person.surface = text[person.start:person.end]
            return person
        if role.split() and _norm(role.split()[0]) in _TITLE_OPENERS and before[:1] in "TtA" \
                and before.split()[0] in ("The", "the", "A", "An") and (
                    long := _long_title_person(text, k + 1, inner_end)) is not None and (
                    long.end >= k + 1 + len(text[k + 1:inner_end].rstrip(" ,"))):
            # "The minister behind the remark, Minister of Labour and Home Affairs Dr Ann
            # Lee, said": the person a long title in apposition names
            pre = before[max(before.rfind(","), before.rfind(";")) + 1:].strip()
            long.role = f"{pre}; {long.role}" if pre else long.role
            long.start = lo + before.index(pre) if pre else long.start
            long.surface = text[long.start:long.end]
            long.negated = negated
            return long
        # "Its author, CDU lawmaker Jan Kowal, said": a role and the name in apposition
        inner = NAME_END.search(role) if before and not _NAME_FULL.match(role) else None
        owner = _OWNER_THEN.match(role, inner.start()) if inner is not None and not (
            _PLACE_PREPOSITION_END.search(role, 0, inner.start())) else None
        if owner is not None:
            # "The MP for Orange Walk, the UDP's Hon. Ann Lee, said": past the owner
            inner = NAME_END.search(role, owner.end())
        if inner is not None and inner.start() > 0 and (
                _is_role_word(role[:inner.start()].split()[-1]) or owner is not None) and (
                _role_head(before)):
            start = k + 1 + (len(text[k + 1:inner_end]) - len(text[k + 1:inner_end].lstrip()))
            phrase = _name_phrase(text, start, start + inner.start(1), start + inner.end(1),
                                  negated)
            if phrase is not None and not phrase.org:
                chunk_lo = max(before.rfind(","), before.rfind(";"))
                pre = before[chunk_lo + 1:].strip()
                phrase.role = f"{pre}; {phrase.role}" if phrase.role else pre
                phrase.start = lo + before.index(pre) if pre else phrase.start
                phrase.surface = text[phrase.start:phrase.end]
                return phrase
        if _SEAT_FOR_END.search(before) and "," in before and " " in role.strip():
            # "Ann Lee, the member for District 1, Island Harbour, said": the seat's place
            role_end = k
            continue
        # "Poland's deputy prime minister, Jan Kowal, said": the name is the appositive
        # (also "A pensioners' association, the Bund der Ruheständler, warned")
        if role.endswith((" Ltd.", " Inc.", " Corp.", " Co.")):
            role = role[:-1]  # "The contractor, X Pvt. Ltd., said": the firm (its full stop
            # put back with its legal form, see quotes._company_suffixes)
        the = 4 if role.startswith("the ") and (_ORG_HEAD_END.search(before) or (
            _THE_STYLED.match(role)) or (
            # "The organisers, the Estonian Association of Village Shops, said": a group's
            # people, then the body they make up
            _norm(before.split()[-1]).endswith("s") and _has_org_noun(role) and (
                whole_org := org_name_at(role, 4)) is not None
            and whole_org[1] >= len(role.rstrip()))) else 0
        # (and "Its pastor, the Rev. Ann Lee, said")
        if (_NAME_FULL.match(role, the) or the and (
                # "A second group, the Alderney Fields and Commons Trust, said"
                whole := org_name_at(role, the)) is not None and whole[1] >= len(
                role.rstrip())) and before:
            head = _role_head(before)
            if head:
                start = k + 1 + (len(text[k + 1 : inner_end]) - len(text[k + 1 : inner_end]
                                                                       .lstrip())) + the
                role = role[the:]
                phrase = _name_phrase(text, start, start, start + len(role), negated)
                if phrase is not None:
                    chunk_lo = max(before.rfind(","), before.rfind(";"))
                    pre = before[chunk_lo + 1 :].strip()
                    phrase.role = pre
                    phrase.gender = phrase.gender or _gender(pre)
                    phrase.org = phrase.org or _norm(head) in ORG_NOUNS
                    phrase.start = lo + before.index(pre) if pre else phrase.start
                    phrase.surface = text[phrase.start : phrase.end]
                    return phrase
        romance = _ROMANCE_ORG_END.search(before) if _ROMANCE_HINT.search(before) else None
        if romance is not None and not before[:romance.start()].strip() and (
                _SKIPPABLE.match(role) or looks_like_role(role)):
            # "The Union Rhodanienne des Bailleurs, which represents landlords, said": the
            # body, its lower-case words included
            a = lo + (romance.start("role") if romance.group("role") else romance.start("org"))
            return SpeakerPhrase("name", a, lo + len(before), text[a:lo + len(before)],
                                 name=romance.group("org"),
                                 role=(romance.group("role") or "").strip(), negated=negated,
                                 org=True)
        foreign = _FOREIGN_BODY.fullmatch(before.strip()) if k == commas[0] and (
            _BODY_DESCRIBED.match(role)) else None
        if foreign is not None and not any(
                w in _NOT_IN_FOREIGN_NAMES or w.endswith(("ly", "ed", "ing"))
                for w in foreign.group(0).split()[1:-1] if w.islower()) and (
                _norm(foreign.group(0).split()[0]) not in _NOT_IN_FOREIGN_NAMES):
            # "Dim bilia Moria, a charity run by volunteers, said": a body's name in
            # another language, its lower-case words included, described as a body
            a = lo + len(before) - len(before.lstrip())
            b = lo + len(before.rstrip())
            return SpeakerPhrase("name", a, b, text[a:b], name=text[a:b], role=role,
                                 negated=negated, org=True)
        m = NAME_END.search(before)
        om = _ORG_NAME_END.search(before) if m is not None and (
            " for a" in before or _HEAD_FOR.search(before)) else None
        if om is not None and (" for a" in om.group(0) or _HEAD_FOR.search(om.group(0))) and (
                om.start() < m.start()) and not re.search(
                    r"\b(?:of|at|from|with|for|and)\s+(?:the\s+)?$", before[:om.start()]) and (
                # (not "Dr Ann Lee of the Institute for Labour Economics": her institute)
                om.start() == 0 or before[om.start() - 1] in " ,;:("):
            # "The Committee for a Responsible Budget, a watchdog, said": the whole name
            a = lo + om.start()
            return SpeakerPhrase("name", a, lo + len(before), text[a:lo + len(before)],
                                 name=re.sub(r"^(?:[Tt]he)\s+", "", om.group(0)),
                                 role="" if _SKIPPABLE.match(role) else role,
                                 negated=negated, org=True)
        org_end = _ORG_NAME_END.search(before) if m is not None and (
            " of " in before or " at " in before) else None
        if org_end is not None and org_end.start() < m.start() and (
                pm := re.search(r"\s+(?:of|at|from)\s+(?:the\s+)?$", before[:org_end.start()])):
            # "Ann Lee of the Institute for Water Studies, a think tank, said": the person
            person = NAME_END.search(before, 0, pm.start())
            if person is not None and person.end() == pm.start() and not _is_role_word(
                    person.group(1).split()[-1]):
                m = person
        of_org = _OF_ORG_END.search(before, 0, m.start()) if m is not None and m.start() > 0 \
            else None
        if of_org is not None and of_org.end() == m.start():
            # "MP Robert Halliday of the DUP, who ...": the person, not the party
            # (but not "Chief Executive Officer of X": a title, no person)
            person = NAME_END.search(before, 0, of_org.start())
            if person is not None and not _is_role_word(person.group(1).split()[-1]):
                m = person
        if m is None and (lower := _OF_LOWER_END.search(before)) is not None:
            # "Rep. Yoon Ha-jin of the main opposition party, who ...": the person
            m = NAME_END.search(before, 0, lower.start())
            m = m if m is not None and m.end() == lower.start() else None
        skippable = bool(_SKIPPABLE.match(role))
        bracketed = _BRACKETED_NAME_END.search(before) if before.endswith(">") else None
        if bracketed is not None and (skippable or looks_like_role(role)) and (
                bracketed.start() == 0 or before[bracketed.start() - 1] in " ("):
            # "<Multi-Step Products Inc>, earlier reporting a loss, said": the company
            a = lo + bracketed.start(1)
            return SpeakerPhrase("name", a, a + len(bracketed.group(1)), bracketed.group(1),
                                 name=bracketed.group(1), negated=negated, org=True)
        if skippable and m is not None and "," in before and m.start() > before.rfind(",") and (
                not is_given_name(m.group(1).split()[0])) and (
                inner := parse_subject_left(text, lo, lo + len(before) + 1)) is not None and (
                inner.kind == "name" and not inner.org and inner.start < lo + m.start()):
            # "Cllr Ann Lee, Braeside North, who voted for it, said": the person, her ward
            # in apposition
            return inner
        if skippable and (unit := _ORDINAL_UNIT.fullmatch(before.strip())) is not None:
            # "The 72nd Air Base Wing, which runs the base, said": the unit
            a = lo + len(before) - len(before.lstrip()) + unit.start("org")
            return SpeakerPhrase("name", a, lo + len(before.rstrip()), text[a:lo + len(
                before.rstrip())], name=unit.group("org"), negated=negated, org=True)
        if skippable and (om := _ORG_NAME_END.search(before)) is not None and (
                _GROUP_FOR.search(om.group(0))) and (
                om.start() == 0 or before[om.start() - 1] in " ,;:("):
            # "Wisconsin Families for Choice, which lobbied for the bill, said"
            a = lo + om.start()
            name = re.sub(r"^(?:[Tt]he)\s+", "", om.group(0))
            return SpeakerPhrase("name", a, lo + len(before), text[a:lo + len(before)],
                                 name=name, negated=negated, org=True)
        if skippable and m is not None and m.start() > 0 and " in " in before[:m.start()] and (
                "," not in before) and _norm(before[:before.rindex(" in ", 0, m.start())].split(
                )[-1:][0] if before[:before.rindex(" in ", 0, m.start())].split() else "") in (
                ORG_NOUNS) and (whole := parse_subject_left(
                text, lo, lo + len(before))) is not None and whole.kind in (
                "name", "description") and whole.org and whole.start < lo + m.start() and (
                text[lo:whole.start].strip(" ,;:—–-") in ("", "The", "the")) and not any(
                _is_role_word(w) for w in before[:m.start()].split()):
            # "Ukraine's embassy in Addis Ababa, which is also accredited to Djibouti,
            # said", "The Russian Embassy in Yerevan, asked for comment, said": the body,
            # its seat named after it
            return whole
        if skippable and m is not None and "," in before and m.start() > before.rfind(",") and (
                _ROLE_OF_END.fullmatch(before, before.rfind(",") + 1, m.start())) and (
                looks_like_role(before[before.rfind(",") + 1:].strip())) and NAME_END.search(
                before, 0, before.rfind(",")) is not None:
            # "X, chief executive of Y Group, which handles grain, said": the relative
            # clause is the firm's; the speaker is the person before the role
            role_end = k
            continue
        if not m and skippable and (whole := parse_subject_left(
                text, lo, lo + len(before))) is not None and whole.kind == "name" and (
                not whole.org):
            # "Ann Lee of the Centre party, whose votes decided it, said": the subject
            # before the relative clause, read on its own
            return whole
        them = _OF_THEM_END.search(before) if not m and " of th" in before else None
        if them is not None and not before[:them.start(1)].strip(" ,;(—–-") and (
                role[:1].islower() or role[:1].isdigit()):
            # (not "One of them, Ann Lee, said": her name; but "..., 23-year-old student
            # Ann Lee, said": an age first)
            # "One of them, a mother of four from Tyler, said": a member of the group just
            # named, described
            a = lo + them.start(1)
            return SpeakerPhrase("pronoun", a, a + len(them.group(1)), them.group(1),
                                 role="" if _SKIPPABLE.match(role) else role, negated=negated,
                                 gender=_gender(role))
        described = _DESCRIBED_AT_BODY.fullmatch(before, 0, m.start()) if (
            m is not None and m.start() > 0) else None
        if described is not None and _is_role_word(described.group("role")) and all(
                w.islower() or _is_demonym(w) for w in described.group("mods").split()):
            # (also "A German sergeant of the Franco-German Brigade, who ...": a nationality)
            # "A senior officer in the Operational Command, who ..., told": the person
            # described, not the body they serve in
            m = None
        if (m is None and len(before.split()) <= 8 or m is not None and m.start() > 0) and (
                _INDEFINITE_OPENING.match(before)) and _NAME_WITHHELD_CLAUSE.search(role):
            # "A café owner on the Korenmarkt, who asked not to be named, said": someone
            # described, and the name after them a place (also "A dispatcher at the port,
            # who asked not to be named, said": a role no list knows)
            desc = _description_subject(text, lo, lo + len(before), negated)
            if desc is None or desc.org:
                a = lo + len(before) - len(before.lstrip())
                desc = SpeakerPhrase("description", a, lo + len(before), text[a:lo + len(before)],
                                     role=before.strip(), negated=negated,
                                     gender=_gender(before))
            return desc
        if not m or m.group(1).split()[0].lower() in ("the", "a", "an", "one", "another"):
            # "one resident, who declined to be named, told …";
            # "The senator, a former pilot, added …"
            desc = _description_subject(text, lo, lo + len(before), negated)
            if desc is not None and desc.org and "," in text[lo:desc.start] and (
                    _OBJECT_OF_END.search(text, lo, desc.start)):
                desc = None  # ("X, chair of the Thobha Mòr parent council, who ..., said":
                # the body her role names, no subject)
            pre = text[lo:desc.start].rstrip() if desc is not None else ""
            if skippable and pre.endswith(",") and (
                    nm := NAME_END.search(pre, 0, len(pre) - 1)) is not None and not (
                    pre[:nm.start()].strip()) and not desc.org and (
                    len(nm.group(1).split()) >= 2 and is_given_name(nm.group(1).split()[-2])) and (
                    nm.group(1).split()[0] not in _FRONTED_PLACE):  # (not "On Wellington Street")
                # "Ann Lee, the UK's deputy chief of staff, who chairs it, told": the name
                # before the description in apposition (read at the comma before it)
                role_end = k
                continue
            if desc is not None:
                named = NAME_START.match(role) if not skippable else None
                titled, person = split_title(named.group(1))[:2] if named is not None else (
                    "", "")
                if named is not None and role.startswith(" of ", named.end(1)) and (
                        len(person.split()) >= 2) and not _has_org_noun(person) and (
                        not _is_role_word(person.split()[0])) and (
                        # (not "Provincial Director of Education Mrs. Ann Lee": a title)
                        not _is_role_word(person.split()[-1])) and (
                        at := text.find(person, desc.end, hi)) > 0:
                    # "Her main opponent, Ann Lee of the X Movement (XM), says": the person
                    # (also "The mayor, Councillor Ann Lee of Port Maria, told": her style)
                    return SpeakerPhrase("name", at, at + len(person), person, name=person,
                                         role=f"{desc.surface}; {role[named.end(1) + 1:]}",
                                         title=titled, negated=negated,
                                         gender=given_name_gender(person.split()[0]))
                titled, person, _ = split_title(role.strip(" ,")) if not skippable and (
                    named is not None) else ("", "", "")
                if titled and len(person.split()) >= 2 and not _has_org_noun(person) and all(
                        w[:1].isupper() for w in person.split()) and (
                        at := text.find(person, desc.end, hi)) > 0:
                    # "The official, Provincial Director of Education Mrs. Ann Lee, told":
                    # the person her titles name
                    return SpeakerPhrase("name", at, at + len(person), person, name=person,
                                         role=titled, title=titled, negated=negated,
                                         gender=_gender(titled) or given_name_gender(
                                             person.split()[0]))
                if not skippable and looks_like_role(role):
                    desc.role = f"{desc.role}; {role}"
                return desc
        if not m or not (skippable or looks_like_role(role)):
            continue
        lead = before[: m.start()].split()
        fronted = 0 < len(lead) <= 4 and lead[0][:1].isupper() and lead[-1].endswith(",") \
            and "," not in " ".join(lead[:-1])  # "In Kyiv, Ann Lee, an MP, said"
        fronted = fronted or (0 < len(lead) <= 10 and lead[0] in _FRONTED_PLACE and lead[
            -1].endswith(",") and "," not in " ".join(lead[:-1]))  # "At the Gare de Lyon in
        # Paris, Karim, a driver, said"
        if m is not None and not skippable and lead and not fronted and "," not in before[
                :m.start()] and (_norm(lead[-1]) in _ROLE_PREPOSITIONS or len(lead) >= 2 and (
                    _norm(lead[-1]) == "the" and _norm(lead[-2]) in _ROLE_PREPOSITIONS)) and any(
                    _is_role_word(w) for w in lead) and (
                named := NAME_START.match(role)) is not None and role.startswith(
                    " of ", named.end(1)):
            titled, person = split_title(named.group(1))[:2]
            if len(person.split()) >= 2 and is_given_name(person.split()[0]) and (
                    not _has_org_noun(person)) and (
                    at := text.find(person, lo + m.end(), hi)) > 0:
                # "Koper's deputy in the National Assembly, Ann Lee of the opposition,
                # said": the person, the body inside her role before her
                return SpeakerPhrase("name", at, at + len(person), person, name=person,
                                     role=f"{before.strip(' ,')}; {role[named.end(1) + 1:]}",
                                     title=titled, negated=negated,
                                     gender=given_name_gender(person.split()[0]))
        if "," in before and not skippable and not fronted and (any(
                _norm(w) in _ROLE_PREPOSITIONS for w in lead[-2:]) or _RELATIVE_VERB_END.search(
                    before, 0, m.start()) is not None) and not (
                # (but "A miller in Lagos, Ann Lee, director of X, said": the name is an
                # appositive of its own, after a comma)
                lead[-1].endswith(",") and lead[0] in ("A", "An", "The")):
            # "X, a fellow at the Harbour Lab, a Lisbon think tank, said": the name
            # before this appositive sits inside an earlier role (or relative clause: "X,
            # who heads the Foro del Istmo, a think tank, believes"); read on to the left.
            continue
        if before[:m.start(1)].rstrip().endswith(" for") and (whole := parse_subject_left(
                text, lo, lo + len(before))) is not None and whole.kind == "name" and (
                whole.org) and whole.name.endswith(" for " + m.group(1)):
            # "Kentucky Hands for Ukraine, a Louisville charity, said": the group's name
            # holds "for"
            whole.role = whole.role or role
            return whole
        phrase = _name_phrase(text, lo, lo + m.start(1), lo + m.end(1), negated, as_subject) \
            or _org_with_and(text, lo, before, m, negated)
        if phrase is None:
            if skippable and (whole := parse_subject_left(text, lo, lo + len(before))) \
                    is not None and whole.kind == "name" and not whole.org:
                # "Ann Lee of the Centre party, whose votes decided it, said": the subject
                # before the relative clause, read on its own
                return whole
            if skippable:  # "X, director at Y in The Bronx, who was consulted, said"
                role_end = k
                # "The skipper of a tanker anchored off the coast, who asked not to be named,"
                desc = _description_subject(text, lo, lo + len(before), negated)
                if desc is not None and (desc.start == lo + len(before) - len(before.lstrip()) or (
                        _FRONTED_PHRASE.fullmatch(text, lo, desc.start) is not None)):
                    return desc  # (also after "Outside Parliament House, ")
            continue
        if skippable and not phrase.org and "," in before and (
                whole := parse_subject_left(text, lo, lo + len(before) + 1)) is not None and (
                whole.kind == "name" and not whole.org and whole.name == phrase.name
                and whole.role and whole.start < phrase.start) and not re.fullmatch(
                    r"(?:[Tt]he|[Aa]n?)\s+\S+", whole.role):
            # "The defence secretary, John Healey, who ..., said": the name with the role
            # in apposition before it (not "The resident, Ann Lee, who ...": the one
            # described before, named, as the rules on descriptions read it)
            return whole
        if skippable and not phrase.org and " for " in before and (
                whole := parse_subject_left(text, lo, lo + len(before))) is not None and (
                whole.org and whole.name.endswith(phrase.name) and whole.name != phrase.name):
            # "A spokesperson for Living Well Mann, which opposes the bill, said": the
            # body the spokesperson speaks for, its name read whole
            return whole
        if not skippable:
            role_start = text.index(role, k + 1) if role else k + 1
            head_np = re.split(r"\s+(?:at|of|in|for|with|from|on|who|which|based)\s+", role)[0]
            role_head = _norm(head_np.split()[-1]) if head_np.split() and _norm(
                head_np.split()[0]) not in ("of", "from", "at", "for") else ""
            # (not "from X", nor "Ann Lee, for the Office of the DPP,": her side)
            if not phrase.org and role_head in ORG_NOUNS and role_head not in PERSON_ROLES and (
                    # (not "a House of Representatives member of the X Party": a person)
                    not any(_norm(w) in PERSON_ROLES for w in re.split(
                        r"\s+(?:at|in|for|with|from|on|who|which|based)\s+", role)[0].split())):
                phrase.org = True
                if phrase.title and not given_name_gender(phrase.name.split()[0]) and (
                        f"{phrase.title} {phrase.name}" in phrase.surface):
                    # "Justice Forward, a civil society group": the word is the name's own
                    phrase.name = f"{phrase.title} {phrase.name}"
                    phrase.role = phrase.role.removeprefix(phrase.title).lstrip("; ")
                    phrase.title = ""
            phrase.role = role if not phrase.role else f"{phrase.role}; {role}"
            phrase.gender = phrase.gender or _gender(role)
            phrase.end = max(phrase.end, role_start + len(role))
            phrase.surface = text[phrase.start : phrase.end]
        return phrase
    return None


def _org_with_and(text: str, lo: int, seg: str, m: re.Match[str], negated: bool
                  ) -> SpeakerPhrase | None:
    """The organisation whose name holds "and" and ends with the name ``m`` found at the
    end of ``seg`` (``text[lo:]``), or None.

    Example:
        >>> t = "The opposition Justice and Development Party"
        >>> _org_with_and(t, 0, t, NAME_END.search(t), False).name
        'Justice and Development Party'
    """
    left = _NAME_AND_END.search(seg, max(0, m.start(1) - 60), m.start(1)) if (
        seg.endswith(" and ", 0, m.start(1))) else None
    if left is None or (org := org_name_at(text, lo + left.start())) is None or (
            org[1] != lo + m.end(1)) or not _has_org_noun(org[0]):
        return None
    # "The opposition Justice and Development Party said": one name holding "and"
    phrase = _name_phrase(text, lo, lo + left.start(), lo + m.end(1), negated)
    return phrase if phrase is not None and phrase.org else None


#: Military units, whose names are bodies ("the Franco-German Brigade", "the 2nd Foreign
#: Parachute Regiment"), though "a commander of the regiment" does not speak for one.
#: Military units named with a number before them: "14 Wing", "the 148th Fighter Wing".
_NUMBERED_UNIT_HEADS = frozenset({"wing", "squadron", "regiment", "battalion", "brigade",
                                  "division", "fleet", "flotilla", "corps", "battery"})
_UNIT_NUMBER_BEFORE = re.compile(r"(?:^|(?<=\s))(\d{1,3}(?:st|nd|rd|th)?)\s+$")
_MILITARY_UNITS = frozenset({"brigade", "regiment", "battalion", "squadron", "corps", "fleet",
                             "flotilla"})


@lru_cache(maxsize=65536)
def _has_org_noun(name: str) -> bool:
    """True when a word of ``name`` is an organisation noun (cached: called per name).

    Example:
        >>> _has_org_noun("Ministry of Defence"), _has_org_noun("Ann Lee")
        (True, False)
        >>> _has_org_noun("Progressive Conservatives"), _has_org_noun("Ann Conservative")
        (True, False)
        >>> _has_org_noun("General Staff")
        True
    """
    toks = name.split()
    return any(_norm(t) in ORG_NOUNS or _norm(t) in _MILITARY_UNITS for t in toks) or (
        len(toks) > 1 and (last := _norm(toks[-1]))[-1:] == "s" and (
            last[:-1] in _PARTY_MEMBERS_PLURAL_STEMS)) or (
        len(toks) > 1 and toks[-1] in _CAPITALS_LEGAL_FORMS) or (
        # ("Ukraine's General Staff", "the Joint Staff": a military headquarters)
        len(toks) > 1 and toks[-1] == "Staff" and toks[-2] in _STAFF_KINDS)


#: What a military headquarters called "Staff" is: "General Staff", "Joint Staff".
_STAFF_KINDS = frozenset({"General", "Joint", "Defence", "Defense", "Naval", "Air", "Army"})


#: Legal forms that are also given names in lower case, read only in capitals: "Hercule
#: Maritime SAM" (a Monaco firm), not "Ann Sam".
_CAPITALS_LEGAL_FORMS = frozenset({"SAM", "S.A.M."})


#: The first word of a party member's two-word name: "the German Christian Democrat".
_PARTY_QUALIFIERS = frozenset({"christian", "social", "free", "liberal", "national"})
#: A party named by its members in the plural ("Progressive Conservatives", "Liberal
#: Democrats"): a body, not a person.
_PARTY_MEMBERS_PLURAL_STEMS = frozenset(w for w in PARTY_MEMBERS if w != "tory") | {"torie"}


#: Nouns for people by kin or bond, which may stand before a name: "her cousin Ann Lee".
_KIN = frozenset({"cousin", "wife", "husband", "son", "daughter", "mother", "father",
                  "brother", "sister", "uncle", "aunt", "niece", "nephew", "grandmother",
                  "grandfather", "grandson", "granddaughter", "widow", "widower", "partner",
                  "neighbour", "neighbor", "friend", "colleague", "landlord", "landlady",
                  "tenant", "mum", "dad", "fiancé", "fiancée"})
#: Words ending like agent nouns ("-er", "-or") that are none.
_NOT_AGENTS = frozenset({"after", "under", "over", "other", "never", "ever", "rather", "either",
                         "neither", "whether", "later", "together", "or", "nor", "per", "for",
                         "consider", "remember", "deliver", "gather", "order", "offer", "minor",
                         "major", "prior", "senior", "junior", "earlier", "further", "longer",
                         "however", "sooner", "whatever", "wider", "upper", "lower", "former",
                         "latter", "outer", "inner", "corner", "matter", "water", "winter",
                         "summer", "october", "november", "december", "september", "number",
                         "member", "power", "paper", "border", "river", "center", "centre"})
_AGENT_ENDS = ("er", "or", "ist", "man", "woman", "ian", "ant", "ent")


def _noun_phrase_before(prev_words: list[str]) -> bool:
    """True when the last words before a name are a short noun phrase for a person that
    opens the clause: "Boat hirer", "At Glenridding, boat hirer", "her cousin", "The
    veteran boat hirer" (an agent or kin noun, at most two lower-case words before it,
    then a determiner, a possessive or the clause's start).

    Example:
        >>> _noun_phrase_before(["At", "Glenridding,", "boat", "hirer"])
        True
        >>> _noun_phrase_before(["a", "carrier", "waiting", "off"])
        False
    """
    head = _norm(prev_words[-1]) if prev_words else ""
    if head not in _KIN and (not head.endswith(_AGENT_ENDS) or head in _NOT_AGENTS or (
            len(head) < 5)):
        return False
    k = len(prev_words) - 1
    steps = 0
    while steps < 3:
        steps += 1
        if k == 0 or prev_words[k - 1].endswith((",", ";", ":", "—")):
            return prev_words[k][:1].isupper() or k < len(prev_words) - 1 or head in _KIN
        before = _norm(prev_words[k - 1])
        if before in _DETERMINERS or before in ("my", "your") or _POSSESSIVE.search(
                prev_words[k - 1]):
            return True
        if _COMPOUND_ADJECTIVE.fullmatch(prev_words[k - 1]):
            # "California-based chipmaker", "New Jersey-based overnight messenger": the
            # adjective (and its place's first words) open the phrase
            k -= 1
            while k > 0 and prev_words[k - 1][:1].isupper() and prev_words[k - 1].isalpha() \
                    and _norm(prev_words[k - 1]) not in NOT_NAMES:
                k -= 1
            steps -= 1
            continue
        if not prev_words[k - 1].isalpha() or before in _NOT_AGENTS or (
                before in PLACE_PREPOSITIONS) or before in _SUBORDINATORS or (
                before in CUE_FORMS):
            return False
        k -= 1
    return False


def _words_before(text: str, lo: int, a: int, window: int = 160) -> tuple[list[str], bool]:
    """The last words of ``text[lo:a]`` and whether the words further back were cut.

    Splitting a whole paragraph before every name is quadratic; the last few
    words are all a name phrase needs. At least five whole words are kept
    (else all of them), so the last four are always exact.

    Example:
        >>> _words_before("one two three", 0, 13)
        (['one', 'two', 'three'], False)
    """
    start = a - window
    if start > lo:
        words = text[start:a].split()[1:]  # the first may be the tail of a longer word
        if len(words) >= 5:
            return words, True
    return text[lo:a].split(), False


#: Sets the name-phrase builder tests every name against (built once).
_TITLE_OR_ROLE = TITLES | PERSON_ROLES
_ORG_OR_TANK = ORG_NOUNS | {"tank"}
_ORG_NOT_STATEMENT = ORG_NOUNS - {"statement"}
_HONORIFICS = {"dr", "prof", "mr", "mrs", "ms", "miss", "mx", "sir", "dame", "lord", "lady", "mzee",
               "rev", "professor", "sen", "rep", "gov", "hon", "cllr", "mme", "mlle", "herr",
               "frau", "sra", "srta", "signor", "signora", "señor", "señora", "shri", "sri",
               "smt", "shrimati", "kumari", "afioga", "susuga",
               "oknha", "batono", "kalbatono", "onorevole", "hab",
               # (Latin American degrees and styles: "C.P.", a Mexican public accountant)
               "c.p", "lic", "licda", "lcda", "lcdo", "mtra", "mtro", "ña", "ño",
               "compañera", "compañero",
               # Burmese, Mon and Thai styles: "U", "Daw", "Nai", "Mi", "Khun", "Ajarn"
               "u", "daw", "nai", "mi", "khun", "ajarn", "ajahn", "acharn"}


#: An academic or professional degree after a name, set off by commas: "PhD", "M.T.".
_DEGREE_TAG = re.compile(r"PhD|DPhil|MD|MBA|MPH|CPA|Esq\.?|(?:[A-Z][a-z]{0,2}\.){2,4}")
#: Styles written before every mention of a name, a role before them included ("MDC
#: secretary U Thein Zaw Lwin"): Burmese, Mon and Thai.
_NAME_BOUND_STYLES = frozenset({"u", "daw", "nai", "mi", "khun", "ajarn", "ajahn", "acharn"})
#: A body's acronym set off by commas after its name: "The Office of the High
#: Representative, OHR, said".
_BODY_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,7}")
_NEXT_WORD = re.compile(r"\s+([a-z][\w’'-]*)")
_PARTICIPLE_OBJECT = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "on",
                                "in", "to", "at", "with", "from", "after", "for", "up", "out",
                                "without", "across", "into", "over", "beyond", "more"})
_DEMONYM_ENDS = ("ean", "ian", "ern", "ese", "ish")
#: Demonyms of other shapes ("the Swiss army", "Dutch officials").
_OTHER_DEMONYMS = frozenset({
    "swiss", "french", "dutch", "greek", "thai", "czech", "welsh", "scots", "basque", "slovak",
    "uzbek", "tajik", "kazakh", "turkmen", "kyrgyz", "iraqi", "israeli", "pakistani", "saudi",
    "yemeni", "kuwaiti", "qatari", "emirati", "omani", "bahraini", "afghan", "nepali",
    "bangladeshi", "filipino", "icelandic", "baltic", "nordic", "arab", "slovene", "croat",
    "serb", "bosniak", "moldovan", "cypriot", "lao", "malagasy", "monegasque"})


def _role_owners(role: str) -> tuple[frozenset[str], frozenset[str]]:
    """The countries or bodies a role belongs to: its capitalised possessives and the
    stems of its nationality adjectives.

    Example:
        >>> _role_owners("Sweden's defence minister")
        (frozenset({'sweden'}), frozenset())
        >>> _role_owners("the Norwegian foreign minister")
        (frozenset(), frozenset({'norw'}))
    """
    words = role.split()
    possessive = frozenset(_OWNER_POSSESSIVE.sub("", w).lower() for w in words
                           if w[:1].isupper() and _OWNER_POSSESSIVE.search(w))
    demonyms = frozenset(w[:4].lower() for w in words if _is_demonym(w))
    return possessive, demonyms


def _owners_differ(a: tuple[frozenset[str], frozenset[str]],
                   b: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Whether two roles' owners (:func:`_role_owners`) of the same form differ.

    Example:
        >>> _owners_differ(_role_owners("Sweden's minister"), _role_owners("Norway's minister"))
        True
        >>> _owners_differ(_role_owners("Sweden's minister"), _role_owners("defence minister"))
        False
    """
    return bool(a[0] and b[0] and not a[0] & b[0] or a[1] and b[1] and not a[1] & b[1])


def _is_demonym(word: str) -> bool:
    """True for a capitalised nationality adjective ("German", "Ukrainian", "Dutch").

    Example:
        >>> _is_demonym("German"), _is_demonym("Mexican"), _is_demonym("Brigade")
        (True, True, False)
    """
    return word[:1].isupper() and (word.endswith((*_DEMONYM_ENDS, "can", "man")) or (
        word.lower() in _OTHER_DEMONYMS))


def _not_a_name(token: str, after: str) -> bool:
    """True for a capitalised word that is a participle or an adjective, not a name.

    "Closing the debate, ..." (a sentence-initial participle) and "European
    defence groups" (a demonym before a common noun); a surname followed by a
    speech verb or an auxiliary ("Kean said", "Browning has") stays a name.

    Example:
        >>> _not_a_name("Closing", " the debate"), _not_a_name("European", " defence")
        (True, True)
        >>> _not_a_name("Kean", " said"), _not_a_name("Ian", " warned")
        (False, False)
    """
    ing = token.endswith("ing") and len(token) > 5
    if not (ing or token.endswith(_DEMONYM_ENDS) or token.lower() in _OTHER_DEMONYMS) or (
            not token[1:].islower()):
        return False
    if ing and after[:2].lstrip()[:1] in ("\"", "“", "‘"):
        return True  # 'Declaring "the soul of the Corps" is at stake, ...': a participle
    m = _NEXT_WORD.match(after)
    if m is None:
        return False
    nxt = m.group(1)
    if nxt in CUE_FORMS or nxt in AUXILIARIES:
        return False
    if ing:
        return nxt in _PARTICIPLE_OBJECT
    return not given_name_gender(token)


_TITLE_LINKS = ("of", "for", "to", "the", "and")  # "Minister of ... of the Republic of"


#: The people around a person, named by their tie to them ("Allies of Mrs X").
_CIRCLE = frozenset({"ally", "allies", "supporters", "opponents", "rivals", "colleagues",
                     "backers", "loyalists", "friends", "aides", "critics"})


def _title_before(prev_words: list[str]) -> bool:
    """Whether the words before a final "of/for/to" end a title: "Minister for",
    "Minister of State for", "Secretary of State for".

    Example:
        >>> _title_before("said Minister of State for".split())
        True
        >>> _title_before("in the heart of".split())
        False
    """
    for k in range(len(prev_words) - 2, max(-1, len(prev_words) - 11), -1):
        word = prev_words[k]
        if _norm(word) in _CIRCLE:
            return False  # "Allies of Mrs X": the people around X, no title
        if _norm(word) in _TITLE_OR_ROLE:
            return True
        if word.endswith((",", ";", ":")) or not (
                word[:1].isupper() or _norm(word) in _TITLE_LINKS):
            return False
    return False


#: Role words before a name after the verb: "said defence critic Ann Lee", "said
#: Conservative critic Ann Lee" (a party, state or organisation first).
_PREMODIFIED_RIGHT = re.compile(
    rf"\s*((?:[{_UPPER}][\w’'-]*\s+){{0,3}}?(?:(?![{_UPPER}])[^\W\d_][\w-]*\.?\s+){{1,3}})"
    rf"(?=[{_UPPER}])")
#: A lower-case role ending in its preposition before an organisation's name:
#: ", chief executive of " in "X, chief executive of Y Group, which ..."
_ROLE_OF_END = re.compile(r"\s*(?:the\s+|a\s+|an\s+)?(?:[a-z][\w -]*|(?:Chief|Deputy|Managing|"
                          r"Executive|Senior|Vice|Head|Director|President|Chair\w*|Officer|"
                          r"Financial|Operating|Technical|General|Secretary|Partner)"
                          r"(?:[ -][A-Z][a-z]+)*)\s(?:of|at|for|with|from)\s+"
                          rf"(?:the\s+)?(?:[{_UPPER}][\w’'-]*\s+){{0,3}}$")
#: A name in apposition after a role and its place: " in the presidential office, Ann Lee,"
_APPOSED_AFTER_ROLE = re.compile(
    r"(?:\s+(?:in|at|of|for|to|with|from)\s+[^,.;:]{1,60})?"
    # ("said the lecturer who organised the event, Ann Lee.": the relative clause that
    # picks her out, then her name)
    r"(?:\s+(?:who|that)\s+[^,.;:\"“”]{1,60})?,\s+(" + _NAME_SEQ + r")\s*"
    # ("said the lawmaker, Ann Lee of Kailali-5 (A).": her seat after the name)
    # (also a body's name with its small words: "of the Centre for Maritime Studies")
    r"(?=[,.;]|$|(?:of|from)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:(?:for|of|and|on|&)\s+"
    r"(?:the\s+)?)?[A-Z][\w’'-]*){0,5}"
    # (and "Ann Lee of Chambishi ward.": a seat named with its lower-case kind)
    r"(?:\s+(?:ward|constituency|district|county|township|parish|riding|division|"
    r"municipality|village|town|city))?"
    r"(?:\s+\([A-Z]\))?\s*[,.;])")
#: Words that join a name to what follows, never a lower-case modifier of a body.
_FUNCTION_WORDS = r"(?:of|the|at|from|for|in|and|to|with|on|by|a|an|its|their|his|her)"
#: An organisation written in lower case after a demonym: "the Russian defence ministry".
_LOWER_ORG_HEADS = ("ministry", "department", "embassy", "consulate", "office", "army", "navy",
                    "administration")
_LOWER_ORG_END = re.compile(
    rf"(?:(?<=\s)|^)(?:[Tt]he\s+)?((?!The\b|A\b|An\b|Its\b|Their\b)[{_UPPER}][\w’'-]+"
    # (also "the Khujand city administration")
    # (its modifiers are no function words: "Officials of the ministry" is no name)
    rf"(?:(?:\s+(?!{_FUNCTION_WORDS}\b)[a-z]+){{1,2}}\s+(?:ministry|department|embassy|"
    rf"consulate|office|administration)|"
    rf"(?:\s+(?!{_FUNCTION_WORDS}\b)[a-z]+){{0,2}}\s+(?:army|navy))|"
    # ("a spokesman for the municipality of Maastricht": a local authority)
    rf"(?:municipality|city|town|county|district|borough|province|canton|commune|shire)\s+of"
    rf"\s+[{_UPPER}][\w’'-]+(?:\s+[{_UPPER}][\w’'-]+)?)$")
# ("the Russian embassy in X" keeps its post)


#: A country's mission in lower case, and its post: "Russian embassy (in London)".
_COUNTRY_MISSION = re.compile(rf"([{_UPPER}][\w’'-]+\s+(?:embassy|consulate))"
                              r"(?=(?:\s+in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})?$)")
#: A capitalised portfolio and a lower-case ministry ending a stretch: "Finance ministry".
_PORTFOLIO_MINISTRY = re.compile(rf"(?:(?<=\s)|^)([{_UPPER}][a-z]+\s+(?:ministry|department))$")


def _org_title(name: str) -> str:
    """ "Russian defence ministry" -> "Russian Defence Ministry".

    Example:
        >>> _org_title("Dutch defence ministry")
        'Dutch Defence Ministry'
    """
    return " ".join(w if w[:1].isupper() or w in ("of", "and", "for") else w.capitalize()
                    for w in name.split())


#: What describes an unnamed source after its noun: "familiar with the talks", "briefed
#: on the plan", "close to the negotiations", "with knowledge of the matter".
_FAMILIAR_WITH = re.compile(
    r"\s+(?:familiar\s+with|briefed\s+on|close\s+to|with\s+(?:direct\s+|first-hand\s+)?"
    r"knowledge\s+of|involved\s+in|aware\s+of|knowledgeable\s+about|privy\s+to)\s[^,;:]*$")
#: A state's name followed by a person's name closing an organisation's name.
_PERSON_AFTER_STATE = re.compile(
    r"\bof\s+(?:the\s+)?(?:" + "|".join(sorted((re.escape(c.title()) for c in COUNTRIES),
                                             key=len, reverse=True))
    + rf")(?P<person>\s+[{_UPPER}][\w’'-]+\s+[{_UPPER}][\w’'-]+)$")
_PERSON_AFTER_NAME = re.compile(
    rf"\s(?P<person>[{_UPPER}][a-zà-öø-ÿ’']+\s+(?P<particle>(?i:{_PARTICLE})\s+)?"
    rf"[{_UPPER}][\w’']+(?:-[{_UPPER}][\w’']+)?)$")
#: A given name and a double-barrelled surname ("Vahagn Melik-Shahnazaryan"): a person
#: even when the given name is unknown, where it closes an organisation's name.
_DOUBLE_SURNAME_PERSON = re.compile(
    rf"[{_UPPER}][a-zà-öø-ÿ’']{{2,}}\s+[{_UPPER}][a-zà-öø-ÿ’']+(?:-[{_UPPER}][a-zà-öø-ÿ’']+)+")
_PERSON_AFTER_HEAD = re.compile(
    rf"\b(?:{_ORG_HEADS})s?(?![\w’'-])(?P<person>\s+[{_UPPER}][\w’'-]+\s+[{_UPPER}][\w’'-]+)$")


#: The heads of an office's title between a body's name and its holder's: "... Chamber of
#: Commerce President Ann Lee".
_OFFICE_HEADS = frozenset({
    "president", "chairman", "chairwoman", "chairperson", "chair", "secretary", "director",
    "governor", "leader", "head", "chief", "mayor", "spokesperson", "spokesman",
    "spokeswoman", "commissioner", "executive", "officer", "manager", "coordinator",
    "convenor", "convener", "treasurer", "speaker", "rector", "dean", "principal", "minister",
    "ministers"})


def _person_after_org(name: str) -> int | None:
    """Where a person's name starts at the end of an organisation's name, or None:
    after a state ("... of Romania Ann Lee") or after the organisation's head noun
    when a given name follows ("Rada Committee Bohdan Lysen").

    Example:
        >>> _person_after_org("Ministry of National Defence of Romania Ann Lee")
        39
        >>> _person_after_org("Committee on Foreign Affairs") is None
        True
        >>> _person_after_org("Central Bank of Sri Lanka") is None
        True
        >>> _person_after_org("Chamber of Commerce President Ann Lee")
        30
    """
    if name.split()[-3:-2] in (["of"], ["for"], ["and"]) and (
            name.split()[-2].lower() in ("sri", "shri", "san", "santa", "saint", "st", "st.",
                                         "sao", "são")):
        return None  # "Central Bank of Sri Lanka", "... of San Marino": a place, no person
    m = _PERSON_AFTER_STATE.search(name)
    if m is not None:
        return m.start("person")
    m = _PERSON_AFTER_HEAD.search(name)
    if m is not None and is_given_name(m.group("person").split()[0]):
        return _given_before_second(name, m.start("person"))
    toks = name.split()
    role_at = next((k for k in range(len(toks) - 3, 1, -1) if _norm(toks[k]) in _OFFICE_HEADS),
                   None)
    if role_at is not None and 2 <= len(toks) - role_at - 1 <= 3 and any(
            _norm(t) in ORG_NOUNS for t in toks[:role_at]) and all(
            t[:1].isupper() and t[1:2].islower() and not _is_role_word(t) and (
                _norm(t) not in ORG_NOUNS) and t.lower() not in COUNTRIES
            for t in toks[role_at + 1:]) and not re.fullmatch(r"[A-Z]\.?", toks[-1]):
        # (an initial last: "... Governor Andrew J", the rest of the name after it)
        # "Khulna Chamber of Commerce and Industry President Azizul Hoque Fakir": the body,
        # its office, then the person who holds it
        return len(" ".join(toks[:role_at + 1])) + 1
    m = _PERSON_AFTER_NAME.search(name)
    if m is not None and _CORPORATE_END.search(m.group("person")):
        m = None  # "Bank of New York Co": a company's legal form, no surname
    if m is not None and (is_given_name(m.group("person").split()[0]) or m.group(
            "particle") or _DOUBLE_SURNAME_PERSON.fullmatch(m.group("person"))) and (any(
            _norm(w) in ORG_NOUNS for w in name[:m.start()].split())
            or name.split()[0] in _LOCAL_AUTHORITY_HEADS and " of " in name[:m.start()]) and (
            m.group("person").split()[-1] not in _PLURAL_PLACE_ENDS) and (
            name[:m.start()].split()[-1:] not in (["for"], ["against"], ["on"], ["of"],
                                                  ["and"])):
        # (not "Lemanic Foundation for Mine Action": a cause, though "Mine" is a given name;
        # nor "Ministry of Ports and Marine Transport")
        # (not "Alliance of Sahel States": places, though "Sahel" is a given name)
        # "National Assembly Committee on Foreign Policy Ann Lee-Hart", "Department of
        # Housing Ruairí Ó Seaghdha" (a name particle: a person's name), "National
        # Assembly Vahagn Melik-Shahnazaryan" (an unknown given name, a double surname)
        return _given_before_second(name, m.start("person"))
    return None


def _given_before_second(name: str, start: int) -> int:
    """``start`` moved back over a given name when the person's name found at ``start``
    opens with a second given name ("Opposition Kuldeep Singh Bhangu": "Singh" follows
    "Kuldeep").

    Example:
        >>> _given_before_second("Opposition Kuldeep Singh Bhangu", 19)
        11
    """
    prior = name[:start].split()
    if name[start:].split()[:1] and name[start:].split()[0] in _SECOND_GIVEN and prior and (
            is_given_name(prior[-1])) and _norm(prior[-1]) not in ORG_NOUNS and not (
            _is_role_word(prior[-1])):
        return name.rfind(prior[-1], 0, start)
    return start


#: Plural nouns that close the name of a group of places: "Sahel States", "Gulf Emirates".
_PLURAL_PLACE_ENDS = frozenset({"States", "Islands", "Nations", "Emirates", "Republics",
                                "Territories", "Countries", "Provinces", "Regions"})
_ACRONYM_TOKEN = re.compile(r"\([A-Z][A-Z0-9&-]{1,9}\)")
#: A US lawmaker's party and state after the name: "R-Texas", "D-Calif.", "I-Vt."
_PARTY_STATE = re.compile(r"(?:[RDI]|DFL)-[A-Z][A-Za-z.]*")
#: An appositive after a name: ", the Armed Forces Minister, ..."
_PERSON_AFTER = re.compile(
    r",\s+(?:(?:the|a|an|his|her|their|its)\s|[A-Z][a-z-]+\s+(?:of|at|for)\s)")


#: Heads of a local authority's name before "of" and its place: "the Town of Marwick".
_LOCAL_AUTHORITY_HEADS = frozenset({"Town", "City", "Municipality", "County", "Borough",
                                    "Village", "Township", "Shire"})


#: Bodies whose name may close a title before a person's name: "Leader in the Council".
_BODY_TITLES = frozenset({"Council", "Assembly", "Senate", "House", "Parliament",
                             "Chamber", "Legislature", "Congress", "Committee"})


def _portfolio_before(words: list[str]) -> bool:
    """Whether ``words`` end in a role and its portfolio in lower case ("spokesperson for
    planning", "minister for foreign affairs", "spokesman on education").

    Example:
        >>> _portfolio_before("Opposition spokesperson for planning".split())
        True
    """
    for k in (2, 3):
        if len(words) > k and _norm(words[-k]) in ("for", "on") and _is_role_word(
                words[-k - 1]) and all(w.isalpha() and w.islower() for w in words[-k + 1:]):
            return True
    return False


#: A Korean given name of two syllables joined by a hyphen: "Geum-sun", "Jae-myung".
_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{2,5}")
#: Korean surnames spelt like English words.
_KOREAN_WORD_SURNAMES = frozenset({"Oh", "Ha", "So", "Do", "No", "An", "Na", "Ma", "Go"})


def _name_phrase(text: str, lo: int, a: int, b: int, negated: bool,
                 as_subject: bool = True) -> SpeakerPhrase | None:
    """Build a name phrase from the capitalised sequence ``text[a:b]``."""
    if a - 2 >= lo and text[a - 1] == "–" and text[a - 2].isalpha():
        # "TD for Longford–Westmeath Ann Lee": a place joined by an en dash is one word
        a = a - 1 - len(text[lo:a - 1].split()[-1])
    if text.startswith("Portfolio ", a) and (without := _WITHOUT_PORTFOLIO_BEFORE.search(
            text, max(lo, a - 60), a)) is not None:
        a = without.start()  # "Minister without Portfolio Ann Lee": one title
    seq = text[a:b]
    toks = _tokens(seq)
    # Leading sentence words capitalised by position ("The Kremlin", "But Smith").
    lead_the = False
    a0 = a
    before = text[max(0, a - 12):a].split()
    after_cue = bool(before) and _norm(before[-1]) in CUE_FORMS
    while toks:
        first = _norm(toks[0])
        if first not in NOT_NAMES or first in TITLES or (
                # 'says Will McClay', 'said June Lee': a given name that is also a word
                after_cue and first in _GIVEN_NAME_WORDS and len(toks) > 1) or (
                first == "new" and len(toks) > 1) or (  # "New Zealand", "New Delhi"
                # an initial, not the article: "councillor A. Ravi Mydeen said"
                len(toks) > 1 and (_INITIAL_TOKEN.fullmatch(toks[0]) is not None
                                   or toks[0] in NAME_ABBREVIATIONS)) or (
                first == "one" and len(toks) > 2 and _has_org_noun(" ".join(toks[1:]))) or (
                # "Two Shores, a Latakia charity, said": a body whose name opens with a number
                first in _GROUP_COUNTS and len(toks) > 1 and _BODY_APPOSED.match(text, b)) or (
                toks[0] == "I" and len(toks) > 2 and toks[1] in _BALINESE_BIRTH_ORDER) or (
                # a Korean surname that is also a word, before a hyphenated given name:
                # "Oh Geum-sun", "Ha Jae-won"
                len(toks) == 2 and toks[0] in _KOREAN_WORD_SURNAMES and _KOREAN_GIVEN.fullmatch(
                    toks[1]) and not _COMPOUND_ADJECTIVE.fullmatch(toks[1])):
            break  # (also "the One Bermuda Alliance"; the Balinese "I Made Ann Lee")
        lead_the = lead_the or first == "the"
        a = text.index(toks[1], a + len(toks[0])) if len(toks) > 1 else b
        toks = toks[1:]
    if not toks:
        return None
    k = next((i for i, t in enumerate(toks[:-1]) if _COMPOUND_ADJECTIVE.fullmatch(t)), -1)
    if k >= 0:  # "New Jersey-based Purolator Courier Corp": the adjective is no part of it
        a = text.index(toks[k + 1], a + len(" ".join(toks[:k + 1])))
        toks = toks[k + 1:]
    n_toks = len(toks)
    if toks[0] in _PURPOSE_VERB_SET and (
            head := _HEAD_TO_BEFORE.search(text, max(lo, a - 60), a)) is not None and (
            whole := org_name_at(text, head.start(1))) is not None and whole[1] >= b:
        # "The Commission to Preserve National Monuments said": the body and its purpose,
        # not "Preserve National Monuments"
        start = head.start(1)
        return SpeakerPhrase("name", start, whole[1], text[start:whole[1]], name=whole[0],
                             negated=negated, org=True)
    if n_toks <= 3 and _norm(toks[-1]) in _NUMBERED_UNIT_HEADS and (
            num := _UNIT_NUMBER_BEFORE.search(text, max(lo, a - 8), a)) is not None and not (
            text[max(lo, num.start(1) - 7):num.start(1)].endswith(("of the ", "of "))):
        # (not "home of the 5th Bomb Wing": a unit named beside the one speaking)
        # "the 148th Fighter Wing said", "14 Wing said": a unit named with its number (not
        # "Wing" styled "Fighter")
        start = num.start(1)
        return SpeakerPhrase("name", start, b, text[start:b], name=" ".join(
            text[start:b].split()), negated=negated, org=True)
    if toks[0] == "Near" and n_toks <= 3 and text.startswith(",", b) and not _has_org_noun(
            " ".join(toks)) and (a0 == lo or text[max(lo, a0 - 2):a0].strip() in ("", ".")):
        return None  # "Near Song, Tuai Rumah Ann Lee, 68, said": a fronted place (not "Near
        # Island Processors Coalition", a body)
    if n_toks == 1 and _COMPOUND_ADJECTIVE.fullmatch(toks[0]):
        return None  # "the Pakistan-based news agency", "a US-backed force": an adjective
    if n_toks <= 2 and toks[-1].endswith(("ers", "ans", "ists", "iots", "ens")) and (
            text.startswith((" for ", " against "), b)) and (
            cause := org_name_at(text, b - len(" ".join(toks)))) is not None and cause[1] > b:
        # "of the Independent Patriots for Change (IPC) said": people named for a cause, a
        # party or a group (not "Independent" styling a person "Patriots")
        start = cause[1] - len(cause[0])
        return SpeakerPhrase("name", start, cause[1], text[start:cause[1]], name=cause[0],
                             negated=negated, org=True)
    if n_toks == 1 and toks[0].isupper() and _norm(toks[0]) in ROLE_ABBREVIATIONS and (
            lead_the or _norm(text[max(lo, a0 - 4):a0].strip()) == "the"):
        return None  # "the PM told troops": a role, described below
    if (n_toks <= 2 or n_toks == 3 and _norm(toks[1]) in _PARTY_QUALIFIERS) and _norm(
            toks[-1]) in PARTY_MEMBERS and (
            lead_the or _norm(text[max(lo, a0 - 4):a0].strip()) == "the"):
        return None  # "the Republican said", "the Lib Dem claimed": a party member
    if n_toks == 1 and (_not_a_name(toks[0], text[b : b + 16])
                        or _PARTY_STATE.fullmatch(toks[0])) or (
            n_toks <= 3 and toks[0][1:2] == "-" and _PARTY_TAG.fullmatch(" ".join(toks))):
        return None  # (also "R-Texas", "D-Calif.", "R-Watford City": a US lawmaker's party
        # and state or home town)
    if n_toks == 1 and _norm(toks[0]) in PERSON_ROLES and toks[0][1:].islower() and (
            not text[lo:a].strip() or text[lo:a].rstrip()[-1:] in ".!?:;\"”"):
        return None  # "Officials said ...": a plural noun capitalised by the sentence start
    if text[b - 1] == "." and b - a > 2 and not _INITIALS_END.search(text[a:b]):
        b -= 1  # sentence-final full stop, not an initial
    seq = text[a:b]
    title, name, _post = split_title(seq)
    if title == "M." and (prev := text[max(lo, a - 24):a].split()[-1:]) and (
            prev[0].islower() and _norm(prev[0]) in PERSON_ROLES):
        # "DMK councillor M. Esakkiammal said": an initial after an English role word,
        # not the French "M." (Monsieur) of "M. Harrower said"
        title, name = "", seq
    if title and name in _UNIT_NOUNS:
        return None  # "(Southeast Finland Border Guard) District": a unit, no titled person
    if _post and not title and (" " not in name and text[max(lo, a - 3):a].lower() in (
            "a ", " a ", "an ") or len(name.split()) <= 3 and (
            lead_the or text[max(lo, a - 4):a].lower() == "the ")):
        return None  # "a Kent MP", "a Kerry TD", "the Cork North-West TD": a member for a
        # place, described
    if not title and (a == 0 or text[a - 1] == "\n") and (
            shout := _SHOUTED_LEAD.match(name)) is not None:
        # "HEREFORDSHIRE Council has voted ...", "ISLE of Wight Council": a local paper's
        # capitals opening the story
        name = shout.group(1).capitalize() + name[shout.end(1):]
    toks_n = name.split()
    if len(toks_n) >= 3 and not given_name_gender(toks_n[0]) and not _has_org_noun(name) and (
            text[max(lo, a - 5):a].split()[-1:] in (["the"], ["and"], ["of"], ["for"])) and not (
            # (a given name before a second one: "Kuldeep Singh Bhangu")
            toks_n[1] in _SECOND_GIVEN and is_given_name(toks_n[0])) and (
            # (not after a style: "... Utility Datuk Zulkarnain Mahmud Bujang")
            _norm(title.split()[-1] if title else "") not in _NAME_STYLES):
        # "... for Europe, Central Asia and the Americas Ann Lee": the end of a long title,
        # then the person from their given name on
        # (or from an initial: "... Mining and Heavy Industry J. Tserendolgor")
        k = next((i for i in range(1, len(toks_n) - 1) if given_name_gender(toks_n[i]) or (
            _INITIAL_TOKEN.fullmatch(toks_n[i]) or toks_n[i] in NAME_ABBREVIATIONS) or (
            # a Nordic patronymic after the given name: "... Transport Sámal Eyðunsson"
            toks_n[i + 1].endswith(("sson", "dóttir", "dottir")) and toks_n[i][:1].isupper()
            and not _is_role_word(toks_n[i]))), 0)
        if k and (toks_n[k - 1] in _PLACE_OPENERS or toks_n[-1] in _MASTHEAD_WORDS or (
                toks_n[k - 1] in ("de", "da", "di", "del", "della", "do", "dos", "das", "du",
                                  "des"))):
            k = 0  # "the New York Times", "the Orange County Register": no title, no person
            # ("the Cofradía de Pescadores de Santa Lucía": a name joined by "de")
        if not k and len(toks_n) >= 4 and not _VIETNAMESE.search(toks_n[-4]) and all(
                _VIETNAMESE.search(t) or t in _VIETNAMESE_PLAIN for t in toks_n[-3:]):
            # "... Agriculture and Environment Vương Đình Tuệ": a Vietnamese name, family
            # name first, its three words spelt with Vietnamese letters
            k = len(toks_n) - 3
        if k:
            title = f"{title} {' '.join(toks_n[:k])}".strip()
            name = " ".join(toks_n[k:])
    if len(toks_n) >= 4 and _RU_PATRONYMIC.fullmatch(toks_n[-2]) and (
            given_name_gender(toks_n[-3])) and name == " ".join(toks_n):
        # "Head of the Anadyr City District Administration Gennady Petrovich Voronkin": the
        # body ends the title; a given name, a patronymic and a surname follow
        title = f"{title} {' '.join(toks_n[:-3])}".strip()
        name = " ".join(toks_n[-3:])
    if not name or title and _norm(name) in _PORTFOLIOS:
        return None  # "Minister for Foreign Affairs", "Senate Foreign Relations": no person
    if _POSSESSIVE.search(name.split()[-1]):
        return None  # "Russia's" is not a subject
    owner = max((k for k, w in enumerate(name.split()[:-2]) if _POSSESSIVE.search(w) or (
        _OWNER_POSSESSIVE.search(w) and is_given_name(name.split()[k + 1]))), default=None) if (
        "’" in name or "'" in name) else None
    # (the last possessive: "The Danish People’s Party’s Ann Lee")
    # (also the plural "The Scottish Conservatives’ Ann Lee", but not "Citizens' Charter
    # Situation Room": a body's name)
    if owner is not None and title and owner == 0 and not _has_org_noun(
            " ".join(name.split()[1:])) and not any(
            _norm(t) in PERSON_ROLES for t in title.split()):
        # "The Lib Dems' Ann Lee": a title word opens the owner's name
        name = f"{title} {name}"
        title = ""
        owner = 1
    if owner is not None and not title and not _has_org_noun(
            " ".join(name.split()[owner + 1:])):
        # "Renew Europe's Ann Lee", "Labour's Ann Lee": the group is an affiliation
        words = name.split()
        title = _OWNER_POSSESSIVE.sub(lambda m: "s" if m.group(0)[0] == "s" else "",
                                      " ".join(words[:owner + 1]))
        name = " ".join(words[owner + 1:])
        lead_the = False  # ("The League's Ann Lee": "The" went with the group)
    # A capitalised word right after a place preposition is a place.
    # "in The Bronx": the word before a capitalised "The" decides.
    prev_words, cut = _words_before(text, lo, a0 if lead_the and a0 > lo else a)
    if prev_words and _COMPOUND_ADJECTIVE.fullmatch(prev_words[-1]):
        # "of the Leuven-based Flemish Budget Observatory": the words before the adjective
        # (and its place) decide, as for "of the Flemish Budget Observatory"
        k = len(prev_words) - 1
        while k > 0 and prev_words[k - 1][:1].isupper() and prev_words[k - 1].isalpha() and (
                _norm(prev_words[k - 1]) not in NOT_NAMES):
            k -= 1
        prev_words = prev_words[:k]
    body_words = name.split()
    if not title and 3 <= len(body_words) <= 4 and body_words[0] in _BODY_TITLES and (
            len(prev_words) >= 3 and _norm(prev_words[-1]) == "the" and _norm(
                prev_words[-2]) in ("in", "of") and _is_role_word(prev_words[-3])) and not (
            _has_org_noun(" ".join(body_words[1:]))):
        # "Opposition Leader in the Council Chandana Hettiarachchi charged": the body
        # closes her title, the words after it are her name
        title = body_words[0]
        name = " ".join(body_words[1:])
    acronym_title = ""
    if prev_words and _ACRONYM_TOKEN.fullmatch(prev_words[-1]) and len(prev_words) > 1:
        # "Chairman of the ... Agency of the Republic of Azerbaijan (ANAMA) Vugar Ali"
        k = len(prev_words) - 1
        while k > 0 and (prev_words[k - 1][:1].isupper() or _norm(prev_words[k - 1]) in
                         _TITLE_LINKS) and not prev_words[k - 1].endswith((",", ";", ":")):
            k -= 1
        chain = prev_words[k:-1]
        if chain and _norm(chain[0]) in _TITLE_OR_ROLE:
            acronym_title = " ".join(chain)
        prev_words = prev_words[:k] if acronym_title else prev_words[:-1]
    prev = _norm(prev_words[-1]) if prev_words else ""
    if prev in ("to", "of", "for", "on") and len(prev_words) >= 2 and _title_before(prev_words) \
            and not title and _norm(text[a:b].split()[-1]) not in ORG_NOUNS:
        # "Ambassador to NATO Ann Lee": the organisation belongs to the title (but "a
        # spokesperson for Basin Fuel Partners" names a firm)
        toks = _tokens(text[a:b])
        k = 0
        while k < len(toks) - 2 and (toks[k].isupper() or toks[k].lower() in COUNTRIES):
            k += 1
        if not k and len(toks) >= 3:
            # "Minister of Energy Affairs Ann Lee": the name starts at a given name,
            # else it is the last two words (with a particle: "Omar al-Amin").
            given = [i for i in range(1, len(toks) - 1) if given_name_gender(toks[i])]
            k = given[0] if given else len(toks) - 2
            if not given and len(toks) >= 4 and _VIETNAMESE.search(toks[-1]) and (
                    _VIETNAMESE.search(toks[-3])):
                k = len(toks) - 3  # "Minister of Construction Phùng Gia Khiêm"
            if not given and k > 1 and toks[k - 1].lower() in NAME_PARTICLES:
                k -= 1
            if not given and k > 1 and toks[k].lower() in NAME_PARTICLES:
                k -= 1  # "... for Housing Fiachra Ó Dálaigh": the given name before it
            if not given and k > 1 and _PATRONYMIC.fullmatch(toks[k]):
                k -= 1  # "Minister of Fisheries Heðin Sjúrðarson Kjølbro": a patronymic
                # middle name, the given name before it
            if k > 1 and toks[k - 1] in NAME_ABBREVIATIONS:
                k -= 1  # "Undersecretary for Local Government Ma. Cielito Lee"
            if not given and any(_norm(t) in PEOPLE_PLURALS or _norm(t).endswith("workers")
                                 for t in toks[k:]):
                k = 0  # "president of United Steelworkers Local 2705": a union, no person
        if k:
            title = " ".join(toks[:k])
            name = " ".join(toks[k:])
    title_of = (prev in ("of", "to", "for", "on") and len(prev_words) >= 2 and
                _title_before(prev_words) and bool(title))
    if title_of:
        if cut:
            prev_words = text[lo:a].split()  # the walk back may need every word
        k = len(prev_words) - 2
        while k > 0 and (_norm(prev_words[k - 1]) in TITLES or prev_words[k - 1][:1].isupper()
                         or (_norm(prev_words[k - 1]) in _TITLE_LINKS and k > 1
                             and (prev_words[k - 2][:1].isupper()
                                  or _norm(prev_words[k - 2]) in _TITLE_LINKS))) \
                and not prev_words[k - 1].endswith(","):
            k -= 1
        title = " ".join(prev_words[k:]) + " " + title
        a = text.rfind(prev_words[k], lo, a)
        prev_words = prev_words[:k]
        prev = _norm(prev_words[-1]) if prev_words else ""
    if acronym_title and not title:
        title = acronym_title
    titled = bool(title) and len(name.split()) > 1  # "from Colonel Ann Lee": no place
    if prev in PLACE_PREPOSITIONS and not titled and prev in ("to", "from") and len(
            name.split()) > 1 and not as_subject and _PERSON_AFTER.match(text, b) and (
            looks_like_role(re.split(r"[,.;:]\s", text[b:b + 80] + " ")[1]
                            if text.count(",", b, b + 80) else "")):
        # (the apposition ends at the next comma or at the sentence's end: "heard from Ann
        # Lee, a mother of three from Antioch.")
        # "When I put this to Ann Lee, the Armed Forces Minister, she ...": a person
        titled = True
    if (prev in PLACE_PREPOSITIONS and not titled and not prev_words[-1].endswith(",") and not (
            prev in ("from", "to", "with", "by") and not as_subject and _has_org_noun(name))
            and not (  # "The most striking testimony came from Ann Lee, who ...": a person
                prev == "from" and len(prev_words) >= 2 and not as_subject
                and _norm(prev_words[-2]) in ("came", "comes", "come", "heard")
                and len(name.split()) > 1)
            and not (  # "The oldest voice belonged to Ann Lee, 83": a person
                prev == "to" and len(prev_words) >= 2 and not as_subject
                and _norm(prev_words[-2]) in ("belonged", "belongs") and len(name.split()) > 1)
            and not (  # "in Powys County Council's consultation": an organisation
                prev in ("in", "at") and not as_subject and len(name.split()) > 1
                and _norm(name.split()[-1]) in ORG_NOUNS)) or (
            as_subject and prev in {"of", "for", "with", "by", "about", "on", "off", "near",
                                    "and"} and not (
                prev_words == ["And"])):  # (not "And President Ann Lee says")
        if not (prev == "for" and len(prev_words) >= 2 and _norm(prev_words[-2]) in (
                "spokesman", "spokeswoman", "spokesperson") and _has_org_noun(name)):
            return None  # (but "a spokesperson for Basin Fuel Partners, the firm ...,")
        title = " ".join(prev_words[-2:])
    if as_subject and CLOSE_TO_END.search(text, max(lo, a - 40), a):
        return None  # "a person close to the Murdochs said": the person speaks, unnamed
    if as_subject and prev == "the" and len(prev_words) >= 3 and _norm(prev_words[-2]) in (
            "of", "from", "for", "at", "with") and not title and (
            prev_words[-3][:1].isupper() or _norm(prev_words[-2]) == "from"
            and _norm(prev_words[-3]) in PERSON_ROLES or (
                # "Residents on both sides of the Ibar say": a place after a plural
                _norm(prev_words[-2]) == "of" and prev_words[-3] in ("sides", "banks", "shores",
                                                                     "edges", "parts"))):
        # "Ann Lee of the Green Party said": the party is no subject; nor is the valley in
        # "A deputy from the Ötztal said"
        return None
    if as_subject and not title and prev_words and prev_words[-1][:1].islower() and \
            not prev_words[-1].endswith((",", ";", ":", "—", "(")) and not (
            _is_role_word(prev_words[-1]) or prev in _DETERMINERS or prev in ORG_NOUNS
            or (prev_words[-1].islower() and _agent_noun(prev))  # "meteorologist Ann Lee"
            or _POSSESSIVE.search(prev_words[-1]) or prev in {"tank", "says", "said"}
            or prev in _SUBORDINATORS  # "..., as Russia warned that ..."
            or (prev in _CLAUSE_ADVERBS and len(prev_words) <= 2)  # "But today Phillips said"
            or prev in TITLES  # "Prof. dr. sc. Ann Lee": degrees in lower case
            or (len(prev_words) >= 2 and _norm(prev_words[-2]) in _DETERMINERS
                and "-" in prev_words[-1])  # "..., while the far-right AfD said"
            or _noun_phrase_before(prev_words)  # "At Glenridding, boat hirer Ann Lee said"
            or (prev in ("ward", "constituency", "division", "district") and any(
                _is_role_word(w) for w in prev_words[-5:-1]))
            or _portfolio_before(prev_words)):
        # (and "Party corporator from Jajmau ward Ann Lee called": her seat; "Opposition
        # spokesperson for planning Ann Lee told": her portfolio)
        return None  # "a carrier waiting off Izmail said": a place, not the subject
    role = title if title and not all(_norm(t) in _HONORIFICS for t in title.split()) else ""
    # Pre-modifying role in lower case: "party spokeswoman Ann Lee".
    styled = bool(title) and all(_norm(t) in _HONORIFICS for t in title.split())
    portfolio = (not title or styled) and _portfolio_before(prev_words)
    if (not title or styled and _norm(title) in _NAME_BOUND_STYLES) and prev_words and (
            _is_role_word(prev_words[-1]) or (
            prev_words[-1].islower() and _agent_noun(prev))) or portfolio:
        # (a style after a portfolio too: "spokesperson for planning Dr Ann Lee"; and after
        # a role, a style always written with the name: "MDC secretary U Thein Zaw Lwin")
        pre: list[str] = []
        for w in reversed(prev_words[-7:]):
            if w.endswith((",", ";", ":")) or len(pre) >= 4 and not (
                    w[:1].isupper() and pre[0][:1].isupper()):
                break  # (a body's name before the role may be long: "Harwell Ridge
                # Systems managing director Ann Lee")
            pre.insert(0, w)
            if _norm(w) in NOT_NAMES and not (portfolio and len(pre) <= 4 and _norm(w) in (
                    "for", "on")):  # (the portfolio's "for": "spokesperson for planning")
                pre.pop(0)
                break
        role = " ".join(pre)
        if role:
            a_role = text.rfind(role, lo, a)
            if a_role >= 0:
                a = a_role
    org = (lead_the and not (title and _is_role_word(title.split()[-1]))) or _has_org_noun(name) \
        or (name.split()[0] in _LOCAL_AUTHORITY_HEADS and (
            name.startswith(name.split()[0] + " of ") or text.startswith(" of ", b)))
    # (not "The Liberal Democrat MP Ann Lee": a person with a role; but "the Town of
    # Marwick", "Town of Ste. Anne Mayor Ann Lee": a local authority)
    if org and _OF_ORG.match(text[b : b + 12]):
        at = a if not title else text.index(name.split()[0], a)
        whole = _ORG_NAME.match(text, at)
        person, words, end = _person_in_org_match(text, whole) if whole is not None else (
            None, "", b)
        if person is not None and (
                _is_role_word(last := words[:person].split()[-1]) or _norm(last) in TITLES):
            # "Jordan Chamber of Commerce President Ann Lee": the person; the body and her
            # title before her name
            role = words[:person].strip()
            return SpeakerPhrase("name", a, end, text[a:end], name=words[person:].strip(),
                                 role=role, title=role, negated=negated,
                                 gender=given_name_gender(words[person:].split()[0]))
        ext = org_name_at(text, at)
        if ext and ext[1] > b:
            name, b = ext[0], ext[1]

    name_toks = name.split()
    post = _POSTED_IN.match(text, b) if name_toks[-1] in _MISSIONS or name.endswith(
        ("High Commission", "Consulate General")) or (
        # "the EU Office in Kosovo", "the Representation of the European Commission in X"
        name_toks[-1] in ("Office", "Representation") and name_toks[0].isupper()
        or name_toks[0] == "Representation") else None
    if post:  # "the Russian Embassy in Dublin", "Ukraine's Mission to NATO"
        name, b = f"{name}{post.group()}", post.end()
        name_toks = name.split()
        org = True
    prev_org = bool(prev_words) and _norm(prev_words[-1]) in _ORG_OR_TANK and \
        not prev_words[-1].endswith((",", ";", ":", ".", "!", "?")) and not (
        title and _is_role_word(title.split()[-1])) and not (
        # "Leader of opposition Ann Lee": the body closes her title
        len(prev_words) >= 3 and _norm(prev_words[-2]) in ("of", "for") and (
            _is_role_word(prev_words[-3]) or _norm(prev_words[-3]) in TITLES))
    # (not "At the back of the house, Ann Lee", "... at the hospital. Ann Lee"; not "X Party
    # MP Ann Lee")
    next_words = text[b : b + 30].split()
    next_org = bool(next_words) and _norm(next_words[0]) in _ORG_NOT_STATEMENT
    org = org or prev_org or next_org or (
        # "NATO said", "ECOWAS warned": an acronym alone is a body (not "SOLHEIM:", a
        # transcript's speaker label)
        as_subject and len(name_toks) == 1 and not title and text[b:b + 1] != ":"
        and _ACRONYM_BODY.fullmatch(name_toks[0]) is not None)
    person = _person_after_org(name) if org and len(name_toks) > 2 else None
    if person is None and org and len(name_toks) > 3 and len(prev_words) >= 3 and [
            w.lower() for w in prev_words[-2:]] == ["of", "the"] and _is_role_word(
                prev_words[-3]) and (h := _PERSON_AFTER_HEAD.search(name)) is not None and not any(
                _is_role_word(w) or _norm(w) in ORG_NOUNS or w.lower() in COUNTRIES
                for w in h.group("person").split()):
        # "chairperson of the Mongu Water Transporters Association Sililo Munalula": a
        # role that needs a person, and two more words after the body's head noun
        person = h.start("person")
    if person is not None and len(name[:person].split()) == 1 and not given_name_gender(
            name[person:].split()[0]) and text[lo:a].strip()[-1:] in ("", ".", "!", "?"):
        person = None  # "Forum Citoyen Rose-Hill" opening a sentence: a body's name in
        # Romance order, no person (not "Leader of the House Senarath Lee")
    if person is not None and not post:
        # "the European Union Monitoring Mission Ann Lee": the person, the
        # organisation part of her title
        role = name[:person].strip()
        name = name[person:].strip()
        at = text.rfind(name, a, b)
        a = at if at >= 0 else a
        name_toks = name.split()
        org = False
    if len(name_toks) == 1 and not org and (_is_role_word(name_toks[0]) or _norm(
            name_toks[0]) in PEOPLE_PLURALS) and not (
            title.split() and _norm(title.split()[-1]) in _SURNAME_HONORIFICS):
        return None  # "Chief Executive Officer": a title, no name (but "Mr Baker", "Ms
        # Farmer": a surname that is also a role)
    if len(name_toks) == 1 and not org and not title and name_toks[0][-1:] == "s" and (
            _is_role_word(name_toks[0][:-1])) and not text[max(0, a - 3):a].strip(" \"“‘")[
            -1:].isalnum() and text[b:b + 4] != " of " and (
            _norm(name_toks[0]) not in _PLURAL_SURNAMES):
        return None  # "Bankers say", "Organizers said": a group at the sentence's start
    gender = (_gender(f"{title} {role}") if title or role else "") or (
        "" if org or len(name_toks) == 1 and (title or _DOUBLE_BARRELLED.fullmatch(
            name_toks[0]) and not given_name_gender(name_toks[0].split("-")[-1]))
        else given_name_gender(name_toks[0]))
    # (a surname alone tells no sex: "Councillor Lindo-Calloway", "Lindo-Calloway said")
    if not gender and not org and len(name_toks) == 2 and _DOUBLE_BARRELLED.fullmatch(
            name_toks[0]) and not is_given_name(name_toks[0]) and (
            not is_given_name(name_toks[0].split("-")[0])) and not _has_org_noun(name) and (
            _norm(name_toks[1]) not in ORG_NOUNS and not _CORPORATE_END.search(name)):
        # "Bakos-Tóth Gergely": a double family name first (the Hungarian order), the
        # given name last
        gender = given_name_gender(name_toks[1])
    if org and len(name_toks) > 1 and _POSSESSIVE.search(name_toks[0]) and not (
            _is_role_word(_POSSESSIVE.sub("", name_toks[0]))):  # (not "President’s Office")
        name = " ".join(name_toks[1:])  # "Britain's Ministry of Defence"
        if len(name_toks) > 2 and not _has_org_noun(name) and not prev_org and not next_org:
            # "The SDLP's Colm Rafferty": the owner was the organisation, this a person
            org = False
            role = role or _POSSESSIVE.sub("", name_toks[0])
            gender = gender or given_name_gender(name_toks[1])
    elif org and len(name_toks) > 3 and (k := next((
            i for i in range(len(name_toks) - 2, 0, -1) if _POSSESSIVE.search(name_toks[i])),
            0)) and _CORPORATE_END.search(" ".join(name_toks[:k + 1])) and (
            _CORPORATE_END.search(rest := " ".join(name_toks[k + 1:])) or _has_org_noun(rest)):
        name = rest  # "Unocal Corp's Union Oil Co said": the subsidiary, not its owner
    return SpeakerPhrase(
        "name", a, b, text[a:b], name=name, role=role, title=title, negated=negated,
        gender=gender, org=org,
    )


#: Conjunctions and sentence adverbs before a described subject ("but the minister said",
#: "However the sources said", "Meanwhile the company said").
_CLAUSE_OPENERS = frozenset({
    "and", "but", "so", "while", "as", "because", "when", "though", "although", "whereas",
    "since", "however", "meanwhile", "still", "yet", "instead", "separately", "moreover",
    "furthermore", "nevertheless", "nonetheless", "likewise", "similarly", "indeed", "thus",
    "hence", "therefore", "elsewhere", "additionally", "earlier", "later", "now", "then",
    "also"})


#: A statement issued, around a subject and its verb: "In a statement, the X said", "the X
#: said in a press release".
_IN_A_STATEMENT = re.compile(r"\b[Ii]n\s+(?:a|an|its)\s+(?:[a-z]+\s+){0,2}(?:statement|press\s+"
                             r"release|communiqu[eé]|notice|circular)\b")


def _description_subject(text: str, lo: int, hi: int, negated: bool) -> SpeakerPhrase | None:
    seg = text[lo:hi]
    polled = _SHARE_POLLED.search(seg)
    if polled is None and (bare := _SHARE_BARE.search(seg)) is not None and (
            not seg[:bare.start(1)].strip() or _CLAUSE_JOIN_END.search(seg, 0, bare.start(1))):
        polled = bare  # "Forty percent said ...", "..., and another 27 percent said ..."
    if polled is not None:
        # "Sixty-six percent of those surveyed said ...": respondents, no one named
        a = lo + polled.start(1)
        return SpeakerPhrase("description", a, lo + polled.end(1), polled.group(1),
                             role=polled.group(1), negated=negated)
    # Only the last clause chunk: stop at a comma or conjunction (not a thousands
    # separator: "a manager of a 12,000-hectare farm said").
    comma = seg.rfind(",")
    while comma > 0 and seg[comma - 1:comma].isdigit() and seg[comma + 1:comma + 4].isdigit():
        comma = seg.rfind(",", 0, comma)
    cut = max(comma, seg.rfind(";"), seg.rfind(":"), seg.rfind("—"))
    for bm in _SENTENCE_BREAK.finditer(seg, max(0, cut, len(seg) - _TAIL)):
        cut = bm.end() - 1  # '..." said the driver, "... aching." The 64-year-old'
    start = cut + 1 if cut >= 0 else 0
    chunk = seg[start:]
    post = _FAMILIAR_WITH.search(chunk)
    if post is not None and post.start() > 0:
        chunk = chunk[:post.start()]  # "people familiar with the talks said": the people
    conj = max(_CONJ_THEN_DETERMINER.finditer(chunk), key=lambda m: m.start(), default=None)
    if conj is not None:
        # "... at high speed but the director of nursing at the hospital says": the
        # subject of the last coordinated clause
        start += conj.end()
        chunk = chunk[conj.end():]
    words = chunk.split()
    if words and _norm(words[0]) in ("where", "which", "whom", "whose"):
        return None  # "..., where envoys haggled until dawn": a relative clause
    while words and _norm(words[0]) in _CLAUSE_OPENERS:
        words = words[1:]  # (also "..., though the governor's office has argued that ...",
        # and a sentence adverb with no comma: "However the sources said")
    if "who" in words[1:7]:  # "two people who have read the memo told X"
        words = words[: words.index("who")]
    elif "whose" in words[1:7] and len(words) - words.index("whose") >= 4 and (
            _norm(words[-1]) != "to"):
        # "a woman whose son serves in the navy said" (not "migrants whose claims ...", a
        # noun, nor "the woman whose job is to tell ...")
        words = words[: words.index("whose")]
    if len(words) > 2 and _norm(words[0]) in ("it", "this", "that") and _norm(words[1]) in (
            "was", "is", "were", "are"):
        words = words[2:]  # "It was my mother who told me that ...": a cleft, its subject
    if 4 <= len(words) <= 7 and _norm(words[0]) == "one" and _norm(words[1]) == "of" and (
            _norm(words[2]) in _DETERMINERS or _POSSESSIVE.search(words[2])) and (
            (last := _norm(words[-1])).endswith("s") and last[:-1] in PERSON_ROLES):
        # "One of the island's longest-serving Constables described ...": one person of the
        # group, described
        a = lo + start + chunk.find(words[0])
        surface = text[a:a + len(" ".join(words))]
        if surface.split() == words:
            return SpeakerPhrase("description", a, a + len(surface), surface,
                                 role=" ".join(words), negated=negated)
    if len(words) >= 3 and words[0][:1].isupper() and (
            _norm(words[0]) in _PEOPLE_GROUPS or _norm(words[0]) in PEOPLE_PLURALS or (
                _norm(words[0]).endswith("s") and _norm(words[0])[:-1] in PERSON_ROLES)) and (
            _norm(words[-1]) != "to") and (  # (not "Parents trying to recall ...")
            _ING.fullmatch(words[1]) or _norm(words[1]) in ("outside", "near", "at", "in") or (
                # (staff "of the ministry" or "of Vizio" speak for it)
                _norm(words[1]) in ("of", "from") and (_norm(words[0]) not in _STAFF or (
                    words[2][:1].islower() and _norm(words[2]) not in ("the", "its", "their"))))):
        # "Parents waiting outside the hospital said": an unnamed group, its head first
        # (also "Residents of the village said", "Executives of some TV makers said")
        a = lo + start + chunk.find(words[0])
        return SpeakerPhrase("description", a, a + len(words[0]), words[0],
                             role=" ".join(words), negated=negated)
    if len(words) >= 4 and _norm(words[0]) in ("the", "a", "an", "one") and (
            len(words) > 6 or (_norm(words[-1]) not in PERSON_ROLES
                               and _norm(words[-1]) not in ORG_NOUNS)):
        # "The skipper of a tanker anchored off the coast", "the chairwoman of a House
        # subcommittee": the head noun comes first.
        for k in range(1, min(6, len(words) - 1)):
            # (or a participle: "a mother waiting in the pickup line", "the association
            # representing food companies", "the royal commission looking into X")
            if (_norm(words[k]) in PERSON_ROLES and (
                    _norm(words[k + 1]) in _ROLE_PREPOSITIONS or _ING.fullmatch(words[k + 1])
                    # ("an Armada officer based in Ferrol")
                    or _norm(words[k + 1]) in _PLACED
                    # ("a former Cabinet minister now on the opposition benches")
                    or _norm(words[k + 1]) == "now" and k + 2 < len(words)
                    and _norm(words[k + 2]) in _ROLE_PREPOSITIONS)
                    or _norm(words[k]) in ORG_NOUNS and _ING.fullmatch(words[k + 1])):
                a = lo + start + chunk.find(words[0])
                surface = text[a : a + len(" ".join(words[: k + 1]))]
                if surface.split() == words[: k + 1]:
                    return SpeakerPhrase("description", a, a + len(surface), surface,
                                         role=" ".join(words), negated=negated,
                                         gender=_gender(surface))
                break
    if len(words) > 6 and len(words) <= 10 and _norm(words[0]) in ("a", "an", "the", "one") and all(
            w[:1].isupper() or w in ("of", "and", "for", "the", "&") for w in words[1:-1]):
        pass  # "A Department of Health and Social Care spokesperson": the whole name
    elif not words or len(words) > 6:
        words = words[-4:]
    if not words:
        return None
    if len(words) == 1 and _norm(words[0]) in _BARE_QUANTIFIERS:
        # "..., but several warned that ...": an unnamed group
        a = lo + start + chunk.rfind(words[0])
        return SpeakerPhrase("description", a, a + len(words[0]), words[0], role=words[0],
                             negated=negated)
    head = _norm(words[-1])
    is_person = head in PERSON_ROLES or head in PEOPLE_PLURALS or bool(_AGE.fullmatch(head)) or (
        head.endswith("men") and len(head) > 5 and words[-1].islower()) or (  # "fishermen"
        _agent_noun(head) and (_norm(words[0]) in _DETERMINERS or _POSSESSIVE.search(words[0])
                               is not None)) or (
        # a bare plural: "..., organisers say", "federal investigators said"
        _agent_noun(head) and head.endswith("s") and len(words) <= 2
        and words[0][:1].islower()) or (
        # a plural of a role opening the sentence: "Bankers say", "Organizers said"
        len(words) == 1 and text[lo + start + chunk.find(words[0]) + len(words[0]):][
            :5].rstrip() not in (" of", " who") and (
            head[-1:] == "s" and _is_role_word(head[:-1]) and head not in _PLURAL_SURNAMES)) or (
        # a plural of a role after a number: "two Democratic senators", "several councillors",
        # "some TV makers"
        head.endswith("s") and (head[:-1] in PERSON_ROLES or _agent_noun(head)) and len(
            words) > 1 and _norm(words[0]) in _GROUP_COUNTS) or (
        # ... or after a place's name: "Wall Street arbitrageurs said"
        head.endswith("s") and head[:-1] in PERSON_ROLES and 1 < len(words) <= 3
        and all(w[:1].isupper() for w in words[:-1])) or (
        # ... or opening the sentence with lower-case modifiers: "Local fish traders said",
        # "Federal investigators said"
        head.endswith("s") and head[:-1] in PERSON_ROLES and 1 < len(words) <= 3
        and all(w.islower() for w in words[1:]) and _norm(words[0]) not in _DETERMINERS
        and not text[lo:lo + start + chunk.find(words[0])].strip()) or (
        head in ROLE_ABBREVIATIONS and words[-1].isupper()) or (
        head in PARTY_MEMBERS and words[-1][:1].isupper() and _norm(words[0]) == "the")
    is_org = head in ORG_NOUNS or head.endswith("ministry") or (
        # an unnamed plural of bodies: "Rights groups called on ...", "the unions say"
        head.endswith("s") and head[:-1] in ORG_NOUNS and len(head) >= 5 and (
            len(words) <= 3 or _norm(words[0]) in _DETERMINERS)) or (
        head in _PUBLICATION_VOICES and _norm(words[0]) in ("the", "a", "an"))
    # ("the paper complains"; "a press report said": no one named)
    if not (is_person or is_org) and len(words) == 2 and _norm(words[0]) == "the" and (
            words[1].islower()) and len(head) >= 4 and (re.search(
                rf"\b[{_UPPER}][\w’'-]*\s+{re.escape(head.capitalize())}\b",
                text[:lo + start]) is not None or _IN_A_STATEMENT.search(
                    text, max(0, lo + start - 45), min(len(text), hi + 60)) is not None):
        is_org = True  # "the pourashava said" after "Jessore Pourashava": that body, by a
        # head noun no list holds; "In a statement, the wilaya said": a body that issues
        # statements
    if not (is_person or is_org):
        return None
    first = _norm(words[0])
    quantifiers = {"one", "another", "each", "every", "some", "several", "two", "three", "many",
                   "other", "senior", "former"}
    if first not in _DETERMINERS and first not in quantifiers and not words[0][:1].isupper() \
            and first not in ("my", "our", "your") \
            and not head.endswith("s") and not (_plural_men(head) and len(words) <= 2) \
            and not _POSSESSIVE.search(words[0]):
        # "officials said" (bare plural) is fine; bare singulars are not subjects.
        if len(words) > 1 and not _POSSESSIVE.search(words[-2]):
            return None
    surface = " ".join(words)
    a = lo + seg.rfind(surface)
    return SpeakerPhrase(
        "description", a, a + len(surface), surface, role=surface, negated=negated,
        gender=_gender(surface), org=is_org and not is_person,
    )


_ING = re.compile(r"[a-z]{2,}ing")
#: A share of a poll's respondents as a subject: "Sixty-six percent of those surveyed",
#: "a majority of respondents", "52% of voters polled".
_SHARE_POLLED = re.compile(
    r"(?:^|(?<=[\s,]))((?:[\w-]+\s+(?:percent|per\s+cent)|\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)|"
    r"(?:[Aa]|[Tt]he)\s+(?:majority|minority)|[Mm]ost|[Hh]alf|[Aa]\s+(?:third|quarter)|"
    r"[Tt]wo-thirds)\s+of\s+(?:those|the|all)?\s*(?:\w+\s+)?(?:surveyed|polled|asked|"
    r"questioned|respondents|interviewed))\s*$")
#: A bare share of those polled as a whole subject: "another 27 percent", "Forty percent".
_SHARE_BARE = re.compile(
    r"(?:^|(?<=[\s,]))((?:(?:[Aa]nother|[Aa]\s+further|[Oo]nly|[Jj]ust)\s+)?"
    r"(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)|[A-Za-z]+(?:-[a-z]+)?\s+(?:percent|per\s+cent)))"
    r"\s*$")


def is_share_of_polled(words: str) -> bool:
    """Whether ``words`` are wholly a bare share of those polled, as a subject.

    Example:
        >>> is_share_of_polled("another 27 percent "), is_share_of_polled("the party")
        (True, False)
    """
    m = _SHARE_BARE.search(words.strip())
    return m is not None and m.start(1) == 0


#: What may stand before such a subject: a comma or a conjunction ("..., while 43%").
_CLAUSE_JOIN_END = re.compile(r"(?:,|\b(?:and|but|while|whereas))\s*$")
#: A coordinating conjunction inside a subject chunk, before a determiner.
_CONJ_THEN_DETERMINER = re.compile(r"\s(?:but|while|whereas|although|though)\s+(?=(?:the|a|an)\s)")
#: Agent nouns that name people: "the administrators", "the economist", "the historians".
_AGENT_NOUN = re.compile(r"[a-z]{3,}(?:ator|itor|ector|essor|utor|i[sz]er|ist|ician|arian|ologist|"
                         r"eer|[^e]ee)s?")  # (also "employee", "detainee", "trainee")
_NOT_AGENT_NOUNS = frozenset({"indicator", "indicators", "sector", "sectors", "vector", "detector",
                         "projector", "elevator", "generator", "generators", "radiator",
                         "calculator", "escalator", "ventilator", "incubator", "accelerator",
                         "compressor", "processor", "processors", "reflector", "refrigerator",
                         "corridor", "career", "careers", "pioneer", "checklist", "wishlist",
                         "playlist", "shortlist", "waitlist", "evangelist", "fertiliser",
                         "fertilizer", "sanitiser", "sanitizer", "stabiliser", "stabilizer",
                         "equaliser", "equalizer", "appetiser", "appetizer", "synthesiser",
                         "synthesizer", "moisturiser", "moisturizer", "tranquilliser",
                         "tranquilizer", "energiser", "energizer", "atomiser", "atomizer",
                         "committee", "committees", "guarantee", "guarantees", "jamboree",
                         "pedigree", "dungarees", "filigree", "chimpanzee", "chimpanzees",
                         "fricassee", "toffee", "coffee", "settee", "matinee", "marquee",
                         "spree", "three", "decree", "decrees", "degree", "degrees", "agree",
                         "disagree", "levee", "levees", "puree", "entree", "foresee",
                         "oversee", "emcee", "toupee", "dundee", "lychee", "lychees",
                         "jubilee", "jubilees", "sightsee"})


def _agent_noun(word: str) -> bool:
    """Whether a lower-case noun names a person by what they do ("administrators",
    "regulator", "economist", "historian").

    Example:
        >>> _agent_noun("administrators"), _agent_noun("indicator")
        (True, False)
    """
    return _AGENT_NOUN.fullmatch(word) is not None and word not in _NOT_AGENT_NOUNS
#: "the mayor's spokesman", "the governor's campaign": a role's own voice.
#: A body named with capitals, its possessive, then its voice: "the Armed Forces' press
#: service", "the Port Authority's spokeswoman".
_NAMED_OWNER_VOICE = re.compile(
    r"[Tt]he\s+((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*?)(?:['’]s|(?<=s)['’])\s+(?:spokesman|"
    r"spokeswoman|spokesperson|press\s+(?:service|office|officer)|media\s+office)")
_ROLE_OWNED = re.compile(r"[Tt]he\s+([a-z]+)['’]s\s+(?:spokesman|spokeswoman|spokesperson|"
                         r"campaign|team|press\s+(?:service|office))")
_GROUP_COUNTS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                           "several", "some", "many", "most", "dozens", "both", "few"})
#: Plural nouns for unnamed groups of people that open a clause: "Parents waiting ...".
_PEOPLE_GROUPS = frozenset({"parents", "residents", "families", "relatives", "protesters",
                            "demonstrators", "villagers", "passengers", "commuters", "shoppers",
                            "students", "workers", "farmers", "voters", "neighbours",
                            "neighbors", "locals", "fans", "supporters", "witnesses"})
#: Words inside a noun phrase after a speech verb that make it a clause instead.
_CLAUSE_INSIDE = frozenset({"a", "an", "the", "had", "has", "have", "was", "were", "is",
                            "are", "will", "would", "could", "should", "must", "can"})


#: A person's name in apposition after a comma: ", Ann Lee".
_NAME_APPOSED_NEXT = re.compile(
    rf",\s+(?:[{_UPPER}][\w’'.-]*\s+)*[{_UPPER}][\w’'-]+\s*(?:[.,;:!?]|$)")

#: A title with its place or portfolio, then a name, after a cue: " Ukrainian Ambassador to
#: Japan Ann Lee", " Minister for Foreign Affairs Ann Lee-Hart".
_TITLE_TO_PLACE_RIGHT = re.compile(
    rf"\s*(?:the\s+)?((?:[{_UPPER}][\w’'-]+\s+){{0,3}}(?:Ambassador|Envoy|Minister|Secretary|"
    rf"Commissioner|Consul|Representative|Director|Chair|Chairman|Chairwoman|President|Head|"
    # ('said the Mayor of Kasama Mr Ann Lee': "the" before the office)
    rf"Mayor|Governor|Premier|"
    # a member and the seat: "said Labor MLA for Yerrabi Ann Lee"
    rf"MLA|MP|MPP|MHA|MHK|MSP|MNA|Member)\s+"
    rf"(?:to|for|of)\s+(?:the\s+)?(?:[{_UPPER}][\w’'-]+\s+(?:and\s+)?){{1,6}}?"
    rf"[{_UPPER}][\w’'-]+\s+[{_UPPER}][\w’'-]+)(?=\s*(?:[.,;:!?]|$))")


#: Lower-case words that qualify a title before a name: "said retired Rear Admiral X".
_ROLE_MODIFIERS = frozenset({"former", "senior", "chief", "deputy", "retired", "acting",
                             "outgoing"})
#: A rank and "(ret.)" before a name, after the verb: "said Lt. Gen. (ret.) Ann Lee".
_RETIRED_RANK_RIGHT = re.compile(r"\s*((?:[A-Z][a-z]*\.?\s+){1,4})\((?:[Rr]et(?:d|ired)?\.?|"
                                 r"[Rr]td\.?|[Rr]es\.?|reserve)\)\s+")  # (or "(res.)": reservist)
#: "the U.S. ", "the U.N. " after the verb: a body's name follows.
_THE_DOTTED_RIGHT = re.compile(r"\s*(the)\s+(?=(?:[A-Z]\.){2,3}\s+[A-Z])")
#: What may follow an unnamed source: "a senior official familiar with the talks".
_SOURCE_POSTMODIFIER = (r"familiar\s+with|close\s+to|briefed\s+on|involved\s+in|privy\s+to|"
                        r"aware\s+of|with\s+(?:direct\s+)?knowledge\s+of")
#: A description after the verb: "said the minister", "said a U.S. official in Kyiv".
_DESCRIPTION_RIGHT = re.compile(
    r"\s*((?:the|a|an|his|her|its|their|one|another)\s+(?:(?:[A-Z]\.){2,3}\s+|[\w’'-]+\s+){0,4}?"
    r"[\w’'-]+(?!\.[A-Z]\.)(?<!familiar)(?<!close)(?<!privy)(?<!aware)(?<!involved)"
    r"(?<!briefed)(?=\s*(?:[.,;!?]|$|\s+(?:in|on|at|of|to|who|adding|from|with|"
    r"outside|near|inside|behind|(?-i:[a-z]{2,}ing))\b))"  # ("a woman selling strawberries")
    # (an unnamed source with what describes them: "a senior official familiar with the
    # talks", "two people briefed on the matter")
    r"|(?:the|a|an|one|another|two|three|four|five|several|multiple)\s+(?:[\w’'-]+\s+){0,3}?"
    r"[\w’'-]+\s+(?:" + _SOURCE_POSTMODIFIER + r")\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+"
    r"(?=\s*(?:[.,;!?]|$|\s+who\b)))",
    re.IGNORECASE)
#: The words that open what describes an unnamed source (the head noun is before them).
_SOURCE_POSTMODIFIER_START = re.compile(r"\s(?:" + _SOURCE_POSTMODIFIER + r")\s")
#: A kind of body, then its name: "the citizens' platform Nagorik Odhikar Mancha".
_BODY_KIND_NAME_END = re.compile(
    r"\b[Tt]he\s+(?:[\w’'-]+\s+){0,2}?(?:platform|group|forum|coalition|alliance|network|"
    r"association|movement|campaign|union|society|committee|council|party|organi[sz]ation|"
    r"charity|trust|foundation|collective|federation)\s+(?:[A-Z][\w’'-]*\s+){0,4}[A-Z][\w’'-]*$")
#: A numbered seat before a title and a name: "Dist. 11", "Ward 3", "Precinct 4".
_NUMBERED_SEAT_RIGHT = re.compile(r"\s*((?:Dist\.|District|Ward|Precinct|Pct\.)\s+\d+[A-Za-z]?)"
                                  r"\s+(?=[A-Z])")
#: The other places of a seat named as a list: ", Rum Cay and San Salvador".
_SEAT_LIST_RIGHT = re.compile(r"(?:,\s*[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)*,?\s+and\s+"
                              r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?=,)")
#: What may follow a body's name that ends the speaker phrase.
_ORG_CLOSED_RIGHT = re.compile(r"\s*(?:[.,;:!?)]|$)|\s+(?:in|on|at|which|who|that)\b")


#: A relative clause's verb right before its object: "who advises ".
_WHO_VERB_END = re.compile(r"\bwho\s+[a-z]+\s+$")


def _other_party(roles: list[str], party: list[str]) -> bool:
    """Whether ``roles`` name a party or body in capitals that is not ``party``
    ("CPN-UML parliamentary party leader" for "the Nepali Congress leader")."""
    named = {w for r in roles for w in r.split() if w[:1].isupper() and _norm(w) not in TITLES
             and not _is_role_word(w) and _norm(w) not in _PORTFOLIOS
             and _norm(w) not in ORG_NOUNS and (w.isupper() or "-" in w)}
    return bool(named) and named.isdisjoint(party)


#: A name and the weekday after it, with no comma: "Ann Lee| Tuesday" (US news style).
_NAME_THEN_WEEKDAY = re.compile(
    r"([^,;:\n]{0,80}?[A-Z][\w’'.-]*)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)\b")


#: "and" and the capitalised rest of a body's name after a name: " and Islands Airports
#: Limited" of "Highlands and Islands Airports Limited".
_AND_BODY_RIGHT = re.compile(r" and ((?:[A-Z][\w’'-]*\s+){0,4}[A-Z][\w’'-]*\b)(?![’'])")


#: A document as the object of a verb of speech or writing: "posted a statement", "issued
#: a notice", "wrote an open letter".
_DOCUMENT_OBJECT = re.compile(r"\s*(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:statement|message|notice|letter|video|photo|comment|post|"
                              r"note|communiqu[eé]|press\s+release|petition|tweet)s?\b",
                              re.IGNORECASE)


def parse_subject_right(text: str, pos: int, hi: int) -> SpeakerPhrase | None:
    """Parse a speaker phrase that follows a speech verb ("said Jane Doe, a fellow at X").

    A nickname in quote marks inside the name is read past: 'said Councilor Ma. Teresa
    "Tessie" Lee' is Ma. Teresa Lee.

    Example:
        >>> t = "said Dr. Ann Lee, a historian at Leeds."
        >>> p = parse_subject_right(t, 5, len(t))
        >>> (p.name, p.role)
        ('Ann Lee', 'a historian at Leeds')
        >>> t = 'said Councilor Ma. Teresa "Tessie" Dacanay-Bahin, who chairs it.'
        >>> parse_subject_right(t, 5, len(t)).name
        'Ma. Teresa Dacanay-Bahin'
    """
    if _DOCUMENT_OBJECT.match(text, pos, hi) is not None:
        return None  # "X, which has 300 members, posted a statement on Facebook": a
        # document the verb's subject put out, no speaker after the verb
    style = _STYLE_BEFORE_THE.match(text, pos, hi)
    phrase = _parse_subject_right(text, style.end() if style else pos, hi)
    if phrase is not None and phrase.kind == "name" and not phrase.org and (
            nick := _NICKNAME_THEN_SURNAME.match(text, phrase.end)) is not None and (
            text.endswith(phrase.name, 0, phrase.end)):
        phrase.name = f"{phrase.name} {nick.group(1)}"
        phrase.end = nick.end()
        phrase.surface = text[phrase.start:phrase.end]
    return _head_of_office(text, pos, phrase)


def _head_of_office(text: str, lo: int, phrase: SpeakerPhrase | None) -> SpeakerPhrase | None:
    """"The Head of State", "the head of government": one office, described, not a name
    nor "the head" of something.

    Example:
        >>> t = "the Head of State underlined"
        >>> _head_of_office(t, 0, parse_subject_left(t, 0, 18)).surface
        'the Head of State'
    """
    if phrase is None or phrase.kind not in ("name", "description"):
        return phrase
    a = phrase.start - 4 if text[max(lo, phrase.start - 4):phrase.start].lower() == (
        "the ") else phrase.start
    office = _HEAD_OF_OFFICE.match(text, a)
    if office is None or office.end() < phrase.end or text[a:a + 4].lower() != "the " or (
            text[office.end():office.end() + 1].isalpha()):
        return phrase
    return SpeakerPhrase("description", a, office.end(), office.group(),
                         role=office.group(), negated=phrase.negated)


#: A style of address before "the" and a title: 'said His Worship the Mayor of Kasama Mr
#: Ann Lee', 'said Her Excellency the Ambassador'.
_STYLE_BEFORE_THE = re.compile(r"\s*(?:His|Her)\s+(?:Worship|Excellency|Honour|Honor|"
                               r"Lordship|Ladyship|Grace)\s+(?=the\s)")
#: A nickname in quote marks between given names and a surname: ' "Tessie" Dacanay-Bahin'.
_NICKNAME_THEN_SURNAME = re.compile(r"\s+[\"“‘'][A-Z][\w’'-]{1,15}[\"”’']\s+"
                                    r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)(?=[\s,.;:]|$)")


def _parse_subject_right(text: str, pos: int, hi: int) -> SpeakerPhrase | None:
    """The speaker phrase after a speech verb, as :func:`parse_subject_right` reads it
    (without a nickname's surname)."""
    seg = text[pos:hi]
    day = _NAME_THEN_WEEKDAY.match(seg) if "day" in seg[:90] else None
    if day is not None:
        # "said Ann Lee Tuesday": the name ends before the day (US news style)
        hi = pos + day.end(1)
        seg = text[pos:hi]
    voice = _OWNER_VOICE.match(seg)
    if voice is not None and (phrase := _owner_voice_phrase(text, pos, voice, False)) is not None:
        return phrase  # 'said a statement from Prime Minister Ann Lee's office'
    titled = _TITLE_TO_PLACE_RIGHT.match(seg)
    if titled is not None and _NAME_APPOSED_NEXT.match(seg, titled.end(1)) is not None:
        titled = None  # 'said the MP for Sandys North Central, Ann Lee': the seat, then
        # the person in apposition
    if titled is not None and (whole := parse_subject_left(
            text, pos + titled.start(1), pos + titled.end(1))) is not None and (
            whole.kind == "name" and not whole.org and whole.end >= pos + titled.end(1)):
        # 'said Ukrainian Ambassador to Japan Ann Lee': the long title, then the person
        # (read as before a verb)
        whole.start, whole.end = pos + titled.start(1), pos + titled.end(1)
        whole.surface = text[whole.start:whole.end]
        whole.role = whole.surface[:whole.surface.rfind(whole.name)].strip() or whole.role
        return whole
    pre = _PREMODIFIED_RIGHT.match(seg)
    if pre and (all(_is_role_word(w) or _norm(w) in _ROLE_MODIFIERS
                    or w[:1].isupper() for w in pre.group(1).split()) or (
            # "said council member Ann Lee", "said economy minister Ann Lee": a role noun
            # after the nouns that qualify it (and the owner's: "says Rosetta's former
            # mission manager Ann Lee")
            len(pre.group(1).split()) - bool(_POSSESSIVE.search(pre.group(1).split()[0]))
            <= 3 and _is_role_word(pre.group(1).split()[-1])) or (
            # "according to Yukon University political science instructor Ann Lee": the
            # body's name, then her lower-case role
            sum(w[:1].islower() for w in pre.group(1).split()) <= 3
            and pre.group(1)[:1].isupper() and _is_role_word(pre.group(1).split()[-1]))) and (
            not pre.group(1)[:1].isupper() or _is_role_word(pre.group(1).split()[-1])):
        inner = parse_subject_right(text, pos + pre.end(1), hi)
        after = [w.strip(".,;:!?") for w in text[inner.end:inner.end + 30].split()[:1]] if (
            inner is not None) else []
        if after and after[0].islower() and (_is_role_word(after[0]) or _agent_noun(after[0])):
            inner = None  # "says a former Fox employee": the name only qualifies the role
        if inner is not None and inner.kind == "name":
            inner.role = pre.group(1).strip() if not inner.role else \
                f"{pre.group(1).strip()}; {inner.role}"
            inner.start = pos + pre.start(1)
            inner.surface = text[inner.start:inner.end]
            return inner
    seat = _NUMBERED_SEAT_RIGHT.match(seg)
    if seat is not None and (inner := parse_subject_right(text, pos + seat.end(), hi)
                             ) is not None and inner.kind == "name" and not inner.org:
        # "said Dist. 11 Tribal Councilor Ann Lee": the numbered seat, then the person
        inner.role = f"{seat.group(1)} {inner.role}".strip()
        inner.start = pos + seat.start(1)
        inner.surface = text[inner.start:inner.end]
        return inner
    retired = _RETIRED_RANK_RIGHT.match(seg)
    if retired is not None and (inner := parse_subject_right(text, pos + retired.end(), hi)
                                ) is not None and inner.kind == "name" and not inner.org:
        # "said Lt. Gen. (ret.) Ann Lee": the rank, retired, then the person
        rank = retired.group(1).strip()
        inner.role = f"{rank}; {inner.role}" if inner.role else rank
        inner.start = pos + retired.start(1)
        inner.surface = text[inner.start:inner.end]
        return inner
    excellency = _EXCELLENCY.match(seg) if "E" in seg[:6] else None
    if excellency is not None and (inner := parse_subject_right(
            text, pos + excellency.end(), hi)) is not None and inner.kind == "name" and (
            not inner.org):
        # "said H.E. Ann Lee": His or Her Excellency, a style
        style = seg[:excellency.end()].strip()
        inner.role = f"{style}; {inner.role}" if inner.role else style
        inner.start = pos + len(seg) - len(seg.lstrip())
        inner.surface = text[inner.start:inner.end]
        return inner
    styled = _THE_STYLED.match(seg, len(seg) - len(seg.lstrip()))
    if styled is not None and (inner := parse_subject_right(text, pos + styled.start() + 4, hi)
                               ) is not None and inner.kind == "name" and not inner.org:
        return inner  # "said the Reverend Ann Lee", "said the Hon. Ann Lee"
    m = NAME_START.match(seg)
    lead = len(seg) - len(seg.lstrip())
    if m and (_norm(m.group(1).split()[0]) not in {"the", "a", "an"} or (
            # an initial, not the article: "said A. Lee"
            _INITIAL_TOKEN.fullmatch(m.group(1).split()[0]) and len(m.group(1).split()) > 1)):
        a = pos + m.start(1)
        b = pos + m.end(1)
        both = _AND_BODY_RIGHT.match(text, b, hi) if text.startswith(" and ", b) else None
        if both is not None and not _has_org_noun(m.group(1)) and not is_given_name(
                m.group(1).split()[0]) and _has_org_noun(both.group(1)):
            # "according to Highlands and Islands Airports Limited": one body's name
            # holding "and", not two speakers
            b = both.end(1)
        phrase = _name_phrase(text, pos, a, b, False)
        if phrase is not None:
            rest = text[b:hi]
            rm = re.match(r"\s*,\s*([^.;!?]+?)\s*(?:[.;!?]|$)", rest)
            if rm and looks_like_role(rm.group(1)):
                phrase.role = rm.group(1) if not phrase.role else f"{phrase.role}; {rm.group(1)}"
                phrase.gender = phrase.gender or _gender(rm.group(1))
            return phrase
    dotted = _THE_DOTTED_RIGHT.match(seg)
    org = org_name_at(text, pos + dotted.end()) if dotted is not None else None
    if org is not None and org[1] <= hi and _has_org_noun(org[0]) and (
            _ORG_CLOSED_RIGHT.match(text, org[1], hi)):
        # "said the U.S. Department of Justice.": the body (its abbreviated country's full
        # stops end no description)
        a = pos + dotted.start(1)
        return SpeakerPhrase("name", a, org[1], text[a:org[1]], name=org[0], org=True)
    dm = _DESCRIPTION_RIGHT.match(seg)
    sm = _SPOKES_FOR_RIGHT.match(seg) if " of " in seg or " for " in seg else None
    if sm is not None:
        # "said the representative of China", "said the speaker for the United
        # Kingdom": the delegate speaks for their state or organisation
        org = org_name_at(text, pos + sm.start("org"))
        if org and org[0].split()[-1] in _MISSIONS and (
                posted := _POSTED_IN.match(text, org[1], hi)) is not None:
            org = (f"{org[0]}{posted.group()}", posted.end())  # "... the Embassy in Dublin"
        # (not "the Ambassador of Ukraine to Belgium, Ann Lee": the person named)
        if org and not re.match(r"[^,.;]{0,40},\s+[A-Z][\w’'-]+\s+[A-Z]", text[org[1]:hi]):
            a = pos + sm.start("role")
            return SpeakerPhrase("name", a, org[1], text[a:org[1]], name=org[0],
                                 role=sm.group("role"), org=True)
    post = _SOURCE_POSTMODIFIER_START.search(dm.group(1)) if dm else None
    # ("a person familiar with the matter": the person, not the matter)
    if dm and any(_norm(w) in _CLAUSE_INSIDE for w in (
            dm.group(1)[:post.start()] if post else dm.group(1)).split()[1:]):
        # "said the Greens wanted a citizens' assembly", "said the fight had split
        # friends": a clause, no subject
        dm = None
    if dm:
        words = dm.group(1).split()
        head = _norm((dm.group(1)[:post.start()] if post else dm.group(1)).split()[-1])
        # ("said the member for Cat Island, Ann Lee": the role's head before its seat)
        seat = next((k for k, w in enumerate(words[2:], 2) if w in ("for", "of")), None)
        seated = seat is not None and _norm(words[seat - 1]) in PERSON_ROLES and all(
            w[:1].isupper() or w in ("and", "the") for w in words[seat + 1:])
        seat_end = pos + dm.end(1)
        listed = _SEAT_LIST_RIGHT.match(text, seat_end, hi) if seated else None
        if listed is not None:
            seat_end = listed.end()  # "the MP for Cat Island, Rum Cay and San Salvador, X"
        named = _APPOSED_AFTER_ROLE.match(text, seat_end, hi) if (
            head in PERSON_ROLES or seated or dm.group(1).islower() and len(words) <= 3
            ) else None
        # (also a word for a person no list holds: "said the reeve, Ann Lee.")
        if named is not None and " " not in named.group(1) and named.group(0).split()[0] in (
                "in", "from", "of", "at"):
            named = None  # "an officer from La Crosse, Wis., whose ...": the place's state
        if named is not None:
            # "told LWN, a senior adviser in the presidential office, Ann Lee, ...": the
            # name in apposition to the role
            phrase = _name_phrase(text, named.start(1), named.start(1), named.end(1), False,
                                  as_subject=False)
            if phrase is not None and not phrase.org:
                phrase.role = text[pos + dm.start(1):named.start(1)].strip(" ,")
                phrase.start = pos + dm.start(1)
                phrase.surface = text[phrase.start:phrase.end]
                phrase.gender = phrase.gender or _gender(phrase.role)
                return phrase
        if head in PERSON_ROLES or head in ORG_NOUNS or _agent_noun(head) or (
                head in ROLE_ABBREVIATIONS and words[-1].isupper()) or (
                head in PARTY_MEMBERS and words[-1][:1].isupper()) or (
                _AGE.fullmatch(head) and words[0] == "the"):  # ("says the 46-year-old")
            a = pos + dm.start(1)
            surface = dm.group(1)
            return SpeakerPhrase("description", a, a + len(surface), surface, role=surface,
                                 gender=_gender(surface),
                                 org=head in ORG_NOUNS and head not in PERSON_ROLES)
    pm = re.match(r"\s*(he|she|they|it)\b", seg, re.IGNORECASE)
    if pm:
        word = pm.group(1)
        a = pos + pm.start(1)
        return SpeakerPhrase("pronoun", a, a + len(word), word,
                             gender=PRONOUNS[word.lower()][0])
    del lead
    return None


# --------------------------------------------------------------------------- discourse
@dataclass(slots=True)
class Entity:
    """A person or organisation the journalist has introduced.

    Example:
        >>> e = Entity(["Jane Doe"], kind="person")
        >>> e.canonical
        'Jane Doe'
    """

    names: list[str]
    kind: str = "person"  # person | organisation | group | unknown
    gender: str = ""
    roles: list[str] = field(default_factory=list)
    positions: list[int] = field(default_factory=list)
    salient: list[int] = field(default_factory=list)
    is_speaker: bool = False
    anonymous: bool = False  # "a resident, who asked not to be named": never named
    #: Where a person spoke for this organisation or state without a name ("said
    #: the representative of China"): "he said" after it is that person again.
    voiced: list[int] = field(default_factory=list)

    def last_before(self, pos: int, salient_only: bool = False) -> int:
        """Offset of the latest mention at or before ``pos`` (-1 if none).

        With ``salient_only``, only mentions as a subject or as a speaker count.
        """
        best = -1
        for p in self.salient if salient_only else self.positions:  # a plain loop: hot
            if best < p <= pos:
                best = p
        return best

    @property
    def canonical(self) -> str:
        """The fullest name form the article uses."""
        return max(self.names, key=lambda n: (len(n.split()), len(n)))

    def matches(self, name: str) -> bool:
        """True when ``name`` refers to this entity (full name, surname or first name)."""
        if self.kind == "person" and " and " in name:
            return name in self.names  # a pair is only ever itself
        if self.kind == "person" and name.count(" ") == 1 and _RU_PATRONYMIC.fullmatch(
                name.split()[1]) and any(k.startswith(name + " ") for k in self.names):
            return True  # "Gennady Petrovich" (given name and patronymic, a polite form) of
            # "Gennady Petrovich Voronkin"
        if self.kind == "person" and " " in name:
            full = [k for k in self.names if " " in k and " and " not in k]
            if full and not any(names_match(name, k) or middle_name_match(name, k)
                                for k in full):
                return False  # "Omar Mateen" is not "Seddique Mir Mateen", though both
                # are "Mateen"
        if self.kind == "organisation" and " " in name and (
                nouns := {w for w in name.lower().split() if w in ORG_NOUNS}):
            held = {w for k in self.names for w in k.lower().split() if w in ORG_NOUNS}
            if held and not nouns & held:
                return False  # "Transport Department" is not the "Transport and Logistics
                # Bureau", though its short form "Transport" opens both
        # an organisation named in full is not found through a one-word short name of
        # another: "Michigan State University" is not the "Michigan National Guard" that
        # a bare "Michigan" was taken for
        short_only = self.kind in ("organisation", "unknown") and " " in name and any(
            " " in k for k in self.names)
        for known in self.names:  # a plain loop: called for every entity on every look-up
            if short_only and " " not in known:
                continue
            if self.kind in ("person", "unknown") and " and " in known:
                if name == known:
                    return True
                continue  # "Ann Lee and Bo Chen": "Ms Lee" is one of them, not the pair
                # (nor "Morbelli" of "Both Schlang and Morbelli", not yet known as people)
            if self.kind == "person" and " " not in known and " " in name and (
                    name.split()[0] == known) and any(
                    n.split()[-1] == known for n in self.names if " " in n):
                continue  # "Trump Tower" is not Donald Trump, whose surname opens it
            if names_match(name, known) and not (
                    self.kind == "organisation" and _initial_match_only(name, known)) and (
                    not _place_of_only(name, known)) and not (
                    # ("Moscow warns" is not The Moscow Times: a paper named for its city)
                    _paper_of_place(name, known) or _paper_of_place(known, name)):
                return True  # (not "Pennsylvania State Police" of "Pittsburgh ... Police",
                # nor the place "Saint-Martin" of "Council of the Collectivity of Saint-Martin")
            if self.kind == "person" and middle_name_match(name, known):
                return True
            if self.kind == "organisation" and " in " in known and " in " not in name and (
                    (base := _POSTED_IN_END.sub("", known)) != known) and names_match(
                    name, base) and not _initial_match_only(name, base):
                return True  # "the High Commission" of "the British High Commission in
                # Bandar Seri Begawan": a mission by its name without its posting
            if self.kind == "organisation" and (
                    _CORPORATE_SUFFIX.sub("", known) == name or
                    _CORPORATE_SUFFIX.sub("", name) == known or
                    " " in name and known.startswith(name + " ") and (
                        _CORPORATE_SUFFIX.search(known))):
                return True  # "Ashanti Crest Goldfields" of "... Goldfields Limited";
                # "Computer Terminal said" of "Computer Terminal Systems Inc"
        return False


#: Last words of a newspaper's name, after its city: "The Moscow Times", "Kyiv Post".
_PAPER_HEADS = frozenset({"Times", "Post", "Herald", "Journal", "Tribune", "Gazette",
                          "Telegraph", "Chronicle", "Observer", "Independent", "Standard",
                          "Courier", "Examiner", "Mail", "Express", "Star", "Globe", "Sun"})
def _paper_of_place(place: str, paper: str) -> bool:
    """Whether ``paper`` is a newspaper named for the one-word ``place``.

    Example:
        >>> _paper_of_place("Moscow", "The Moscow Times"), _paper_of_place("Ann", "Ann Lee")
        (True, False)
    """
    words = paper.removeprefix("The ").split()
    return " " not in place and len(words) == 2 and words[0] == place and (
        words[1] in _PAPER_HEADS)


#: Last words of a place's name, never of a person's: "North West River", "Mud Lake".
_PLACE_FEATURES = frozenset({"River", "Lake", "Lakes", "Bay", "Creek", "Island", "Islands",
                             "Valley", "Falls", "Harbour", "Harbor", "Springs", "Hills",
                             "Beach", "Cove", "Rapids", "Mountain", "Mountains", "Heights"})
#: A relative clause's verb and object article before a name: ", who heads the ".
_RELATIVE_VERB_END = re.compile(r",\s+(?:who|which)\s+[a-z]+\s+(?:the\s+)?$")
#: A mission's posting closing its name: " in Bandar Seri Begawan".
_POSTED_IN_END = re.compile(r"\s+in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}$")
#: A company's legal form closing a name, possessive or not: "Unocal Corp's", or a trade
#: word no surname has ("Kaldenkerken Logistics Real Estate": no person "Real Estate").
_CORPORATE_END = re.compile(r"\b(?:Inc|Corp|Co|Ltd|Plc|PLC|plc|LLC|AG|SA|NV|Spa|SpA|Group|"
                            r"Holdings|Industries|Corporation|Company|Limited|Estates?|Properties|"
                            r"Realty|Developments|Ventures|Partners)\.?(?:[’']s)?$")
#: A company's legal form ("Inc", "Plc", "S.A."), the word its acronym leaves out.
LEGAL_FORM = re.compile(r"(?:Limited|Ltd\.?|Inc\.?|plc|PLC|Plc|LLC|GmbH|AG|SA|S\.A\.|A/S|"
                        r"SARL|SARLU|SPRL|SAS|"
                        r"Co\.?|Cos\.?|Company|NV|N\.V\.|Spa|SpA|S\.p\.A\.|LP|L\.P\.|"
                        r"Corp\.?|Corporation|Holdings|Group)")
_CORPORATE_SUFFIX = re.compile(rf",?\s+{LEGAL_FORM.pattern}$")


@lru_cache(maxsize=65536)
def middle_name_match(name: str, known: str) -> bool:
    """True when the one-word ``name`` is a capitalised middle word of a person's
    ``known`` name of three or more words: the first of two surnames ("Sarrión"
    of "Inmaculada Sarrión Peñalver"), a family name before given names ("Quek"
    of "Desmond Quek Yao Hui"); never a lower-case particle ("van", "de").

    Example:
        >>> middle_name_match("Quek", "Desmond Quek Yao Hui")
        True
        >>> middle_name_match("der", "Maarten van der Zwaan")
        False
    """
    if " " in name:
        return False
    words = known.split()
    return len(words) > 2 and name[:1].isupper() and name in words[1:-1]


@lru_cache(maxsize=65536)
def _match_tokens(name: str) -> tuple[str, ...]:
    """The tokens :func:`names_match` compares (cached: called on every look-up).

    Example:
        >>> _match_tokens("Ann O’Neill")
        ('ann', "o'neill")
    """
    return tuple(name.lower().replace("’", "'").split())


@lru_cache(maxsize=65536)
def names_match(a: str, b: str) -> bool:
    """True when two name forms can name the same bearer.

    Equal names, a single token equal to the other's first or last token, a
    tail of the other ("van der Zwaan" of "Maarten van der Zwaan"), or the
    same surname with the same first initial.

    Example:
        >>> names_match("Zwaan", "Maarten van der Zwaan"), names_match("Ann Lee", "Bo Lee")
        (True, False)
        >>> names_match("Lee Jr.", "Robert Lee Jr."), names_match("Lee Jr.", "Robert Lee Sr.")
        (True, False)
        >>> names_match("K. Daunoravičius", "Kęstutis Daunoravičius")
        True
    """
    ta = a.lower().replace("’", "'").split()
    tb = b.lower().replace("’", "'").split()
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    fa, fb = ta[-1].rstrip(".") in NAME_SUFFIXES, tb[-1].rstrip(".") in NAME_SUFFIXES
    if fa and fb:
        # "Robert Lee Jr." and "Robert Lee Sr." are two people; "Tañedo Jr." is
        # "Gregorio Tañedo Jr."
        return ta[-1].rstrip(".") == tb[-1].rstrip(".") and names_match(
            " ".join(ta[:-1]), " ".join(tb[:-1]))
    if fa != fb and len(ta) > 1 and len(tb) > 1 or fa and len(tb) == 1 or fb and len(ta) == 1:
        # "Nana Ameyaw" and "Ameyaw" of "Nana Kwadwo Ameyaw II": the name without its
        # generational suffix or regnal number
        ta, tb = (ta[:-1] if fa else ta), (tb[:-1] if fb else tb)
        if ta == tb:
            return True
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if len(short) == len(long_):
        # "K. Daunoravičius" of "Kęstutis Daunoravičius": a given name written as its
        # initial (Baltic, Indian and Russian papers), the surname the same
        return short[-1] == long_[-1] and all(
            x == y or (len(x) == 2 and x[1] == "." and len(y) > 2 and y[0] == x[0])
            or (len(y) == 2 and y[1] == "." and len(x) > 2 and x[0] == y[0])
            for x, y in zip(short[:-1], long_[:-1], strict=True)) and short[:-1] != long_[:-1]
    if len(short) == 1:
        return short[0] in (long_[0], long_[-1])
    if long_[-len(short):] == short:
        return True
    return short[-1] == long_[-1] and short[0][0] == long_[0][0]


def _other_sex(ent: Entity, sex: str) -> bool:
    """Whether the person ``ent`` has a full name whose given name is of the sex other
    than ``sex`` ("Ivanka Trump" for "Mr. Trump").

    Example:
        >>> _other_sex(Entity(["Ivanka Trump"]), "m"), _other_sex(Entity(["Ann Lee"]), "f")
        (True, False)
    """
    return ent.kind == "person" and any(given_name_gender(n.split()[0]) not in ("", sex)
                                        for n in ent.names if " " in n)


def _recency(ent: Entity) -> tuple[int, int]:
    """Where ``ent`` was last a subject (salient), then last mentioned at all. (A bare
    surname shared by two people goes to the one who has spoken, then to this.)"""
    return max(ent.salient, default=-1), max(ent.positions, default=-1)


def _opens_only(word: str, ent: Entity) -> bool:
    """True when the one word ``word`` matches the organisation ``ent`` only as the first
    word of its longer names (a person's surname that opens a company's name).

    Example:
        >>> _opens_only("Trump", Entity(["Trump International Hotel"], kind="organisation"))
        True
        >>> _opens_only("Hotel", Entity(["Trump International Hotel"], kind="organisation"))
        False
    """
    w = word.lower()
    return all(len(n.split()) > 1 and n.split()[0].lower() == w for n in ent.names)


@lru_cache(maxsize=65536)
def _initial_match_only(a: str, b: str) -> bool:
    """True when :func:`names_match` holds for two names of several words only by the
    same last word and first initial (a person's rule, not an organisation's).

    Example:
        >>> _initial_match_only("Pennsylvania State Police", "Pittsburgh Bureau of Police")
        True
    """
    ta, tb = a.lower().split(), b.lower().split()
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return len(short) > 1 and ta != tb and long_[-len(short):] != short


@lru_cache(maxsize=65536)
def _place_of_only(a: str, b: str) -> bool:
    """True when one name is one word that closes the other after "of", "for" or "in": the
    place an organisation is of, not the organisation.

    Example:
        >>> _place_of_only("Saint-Martin", "Territorial Council of Saint-Martin")
        True
        >>> _place_of_only("Council", "Territorial Council"), _place_of_only("Ann", "Ann Lee")
        (False, False)
    """
    ta, tb = a.split(), b.split()
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return len(short) == 1 and len(long_) > 2 and short[0] == long_[-1] and (
        long_[-2] in ("of", "for", "in"))


_ROLE_OF_REST = re.compile(r"\s+(?:of|at)\s+")
_ROLE_PARTS = re.compile(r"\s+and\s+|[,;]\s*")  # "Minister of X and government spokesperson"
#: The body closing a person's role: "secretary-general of the Inner Delta Association".
#: A firm's name before its head's role: "Stockton Bight Systems managing director".
_FIRM_BEFORE_ROLE = re.compile(r"(?P<org>[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,3})\s+"
                               r"(?:managing\s+director|chief\s+executive|founder|co-founder|"
                               r"owner|boss|chairman|chairwoman|general\s+manager)$")
_ORG_HEAD_WORDS = frozenset(_ORG_HEADS.split("|"))
#: A public office before "of": "Mayor of Kitwe", "Governor of X" (no firm's).
_PUBLIC_OFFICE_OF = re.compile(r"\b(?:[Mm]ayor|[Gg]overnor|[Mm]inister|[Pp]resident|[Pp]remier|"
                               r"[Ss]peaker|[Cc]hief\s+[Mm]inister)\s+of\b")
_ROLE_BODY = re.compile(r"\b(?:of|at)\s+(?:the\s+)?(?P<org>[A-Z][\w’'-]*(?:\s+"
                        r"(?:of\s+|and\s+|for\s+)?[A-Z][\w’'-]*)*)$")


#: Last words of a firm's name that are also organisation nouns: "Harwell Ridge Systems" is
#: "the company", as "Stockton Bight Engineering" is.
_FIRM_HEADS = frozenset({"systems", "group", "holdings", "industries", "technologies",
                         "solutions", "services", "logistics", "engineering", "energy", "mills",
                         "foods", "motors", "labs", "partners", "capital", "ventures", "works"})


def _first(pair: tuple[int, Entity]) -> int:
    return pair[0]



def _unknown_person(ent: Entity, persons: list[Entity], text: str) -> bool:
    """Whether ``ent``, a name of unknown kind that has spoken, reads as a person's full
    name: two words or more, not written after "the" ("according to the Judicial
    Greffe"), sharing no word with a person named before ("Der Mesrop" is Mesrop X).

    Example:
        >>> _unknown_person(Entity(["Aibek Turgunbaev"], "unknown", positions=[9]),
        ...                 [Entity(["Ann Lee"])], "Then Mr. Aibek Turgunbaev said")
        True
    """
    name = ent.names[0]
    words = set(name.split())
    if len(words) < 2 or not text or not ent.positions or any(
            words & {w for n in p.names for w in n.split()} for p in persons):
        return False
    return not re.search(r"\b(?:the|The|for|of)\s+$", text[max(0, ent.positions[-1] - 12):
                                                          ent.positions[-1]])


class Discourse:
    """Entities introduced in the journalist's own words, in text order.

    Example:
        >>> d = Discourse()
        >>> e = d.register_name("Jane Doe", 0, kind="person", gender="f")
        >>> d.resolve_pronoun("she", 50).canonical
        'Jane Doe'
    """

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        # name -> its only matching entity (or None); cleared when entities change
        self._found: dict[str, Entity | None] = {}
        # name token -> indices of the entities with a name holding it: two names can
        # only match (names_match) when they share a token, so find() looks at these only
        self._by_token: dict[str, list[int]] = {}

    def _index(self, i: int, name: str) -> None:
        for tok in _match_tokens(name):
            ids = self._by_token.setdefault(tok, [])
            if not ids or ids[-1] != i:
                ids.append(i)

    def find(self, name: str, gender: str = "") -> Entity | None:
        """The most recently mentioned entity that ``name`` refers to (with ``gender``,
        only people of no other known gender: "Mr. Trump" is not Ivanka Trump)."""
        if name in self._found:
            cached = self._found[name]
            if not gender or cached is None or not _other_sex(cached, gender):
                return cached
        best: Entity | None = None
        hits = 0
        ids: set[int] = set()
        for tok in _match_tokens(name):
            ids.update(self._by_token.get(tok, ()))
        one_word = " " not in name
        for i in sorted(ids):  # entity order, as a scan of every entity
            ent = self.entities[i]
            if gender and _other_sex(ent, gender):
                continue  # (a given name of the other sex: "Mr. Trump" is not Ivanka Trump)
            if ent.matches(name):
                hits += 1
                if best is not None and one_word and best.kind == "person" and (
                        ent.kind != "person" and _opens_only(name, ent)):
                    continue  # "Trump said": Donald Trump, not "Trump International Hotel"
                if best is None or (
                        (ent.is_speaker, _recency(ent)) > (best.is_speaker, _recency(best))
                        if one_word and ent.kind == best.kind == "person"
                        else _recency(ent) > _recency(best)) or (
                        one_word and ent.kind == "person" and best.kind != "person"
                        and _opens_only(name, best)):
                    best = ent
        if hits > 1 and best is not None and best.kind != "person" and (
                name not in best.names) and (exact := [
                    self.entities[i] for i in sorted(ids) if name in self.entities[i].names
                    and self.entities[i].kind != "person"]):
            best = exact[-1]  # "Apple said" after "Apple II": the company of that name
        if hits <= 1 and not gender:
            self._found[name] = best
        return best

    def bearers(self, name: str) -> list[Entity]:
        """The people ``name`` may name, in order of introduction (two or more when a
        surname is shared: "Tarmo Tamm" and "Maarja Tamm" for "Tamm").

        Example:
            >>> d = Discourse()
            >>> _ = d.register_name("Tarmo Tamm", 0), d.register_name("Maarja Tamm", 40)
            >>> [e.canonical for e in d.bearers("Tamm")]
            ['Tarmo Tamm', 'Maarja Tamm']
        """
        ids: set[int] = set()
        for tok in _match_tokens(name):
            ids.update(self._by_token.get(tok, ()))
        found = [self.entities[i] for i in ids
                 if self.entities[i].kind == "person" and self.entities[i].matches(name)]
        return sorted(found, key=lambda e: min(e.positions, default=-1))

    def register_name(self, name: str, pos: int, kind: str = "person", gender: str = "",
                      role: str = "", speaker: bool = False, salient: bool = True) -> Entity:
        """Record a mention of ``name`` at ``pos``; return its entity."""
        if kind != "person" and (based := _BASED_PREFIX.match(name)) is not None:
            name = name[based.end():]  # "the Lutsk-based Volyn Wings Foundation": its base
        ent = self.find(name)
        if ent is None and kind == "organisation" and " " not in name and (
                name.lower() in ORG_NOUNS):
            # "The Assembly said" after "the Ogun State House of Assembly": the body last
            # named in full with that last word
            ent = next((e for e in sorted(self.entities, key=lambda e: -max(e.positions or [-1]))
                        if e.kind == "organisation" and min(e.positions or [pos]) < pos
                        and any(len(n.split()) >= 3 and n.split()[-1] == name
                                for n in e.names)), None)
        if ent is None:
            ent = Entity([name], kind=kind)
            self.entities.append(ent)
            self._index(len(self.entities) - 1, name)
            self._found.clear()
        elif name not in ent.names:
            ent.names.append(name)
            self._index(next(i for i, e in enumerate(self.entities) if e is ent), name)
            self._found.clear()
        if kind != "unknown" and ent.kind == "unknown":
            ent.kind = kind
        ent.gender = ent.gender or gender
        if role and role not in ent.roles:
            ent.roles.append(role)
        if pos not in ent.positions:
            ent.positions.append(pos)
        if (salient or speaker) and pos not in ent.salient:
            ent.salient.append(pos)
        ent.is_speaker = ent.is_speaker or speaker
        return ent

    def add_alias(self, ent: Entity, name: str) -> None:
        """Let ``name`` (a nickname) refer to ``ent`` from now on.

        Example:
            >>> d = Discourse()
            >>> ent = d.register_name("Oktavianus Sumampouw", 0, gender="m")
            >>> d.add_alias(ent, "Om Okta")
            >>> d.find("Om Okta") is ent
            True
        """
        if name in ent.names:
            return
        ent.names.append(name)
        self._index(next(i for i, e in enumerate(self.entities) if e is ent), name)
        self._found.clear()

    def register_anonymous(self, pos: int, gender: str = "") -> Entity:
        """Record a person the journalist describes but does not name, at ``pos``
        (``gender`` when the text gives it: "who would not give his name").

        Pronouns may resolve to it (its quotes get no speaker); names never do.

        Example:
            >>> d = Discourse()
            >>> _ = d.register_name("Ann Lee", 0, kind="person", gender="f")
            >>> d.register_anonymous(40).anonymous, d.resolve_pronoun("she", 60).anonymous
            (True, True)
        """
        ent = Entity([f"(anonymous {pos})"], kind="person", gender=gender, anonymous=True)
        ent.positions.append(pos)
        ent.salient.append(pos)
        self.entities.append(ent)
        return ent

    def touch(self, ent: Entity, pos: int) -> None:
        """Mark ``ent`` as mentioned again at ``pos``."""
        if pos not in ent.positions:
            ent.positions.append(pos)
        if pos not in ent.salient:
            ent.salient.append(pos)

    def _recent(self, pos: int, kinds: tuple[str, ...], salient_only: bool = False
                ) -> list[Entity]:
        """Entities of ``kinds`` mentioned at or before ``pos``, the latest first
        (ties keep the order of introduction)."""
        scored = []
        for e in self.entities:
            if e.kind in kinds:
                last = -1  # e.last_before(pos, salient_only), inlined: a hot loop
                for p in e.salient if salient_only else e.positions:
                    if last < p <= pos:
                        last = p
                if last >= 0:
                    scored.append((last, e))
        scored.sort(key=_first, reverse=True)  # stable, as sorted(..., reverse=True)
        return [e for _, e in scored]

    def resolve_pronoun(self, word: str, pos: int, text: str = "",
                        exclude: Entity | None = None) -> Entity | None:
        """Resolve a pronoun at ``pos`` to the most recent agreeing entity (never
        ``exclude``: the one spoken to in "she told Ms Gault").

        Object forms ("according to her") resolve like subject forms. With the article's
        ``text``, "he" or "she" that agrees with no one named may be the speaker just
        quoted (see below).
        """
        w = _OBJECT_FORMS.get(word.lower(), word.lower())
        if w.endswith((" of them", " of those")):
            w = "they"  # "one of them": the group just named
        if w in ("he", "she"):
            want = "m" if w == "he" else "f"
            voice = max(((v, e) for e in self.entities for v in e.voiced if v <= pos),
                        key=_first, default=None)
            for salient_only in (True, False):
                cands = self._recent(pos, ("person", "unknown"), salient_only)
                persons = [e for e in cands if e.kind == "person"]
                if persons and cands[0].kind == "unknown" and cands[0].is_speaker and (
                        persons[0].anonymous or _unknown_person(cands[0], persons, text)):
                    # "..., a naval officer who asked not to be named told X. ¶ Tsvetelina
                    # Koleva said ... "...," she said.": the speaker named since, whose
                    # given name the tool does not know, not the anonymous source (nor
                    # the deputy quoted before: "Aibek Turgunbaev said ... ¶ "...," he said")
                    persons = [cands[0], *persons]
                later = False
                for e in persons or cands:
                    if e is exclude:
                        continue
                    if e.gender in ("", want):
                        if voice is not None and voice[0] > e.last_before(pos) and (
                                voice[1].gender in ("", want)):
                            if salient_only and any(
                                    o.gender in ("", want) and o.last_before(pos) > voice[0]
                                    for o in self._recent(pos, ("person",), False)):
                                # "A spokesperson for the council said ... Cllr Ann Lee has
                                # opened the debate. She warned ...": the person named since
                                later = True
                                break
                            return voice[1]  # the delegate who spoke last
                        if not e.gender:
                            e.gender = want
                        return e
                if later:
                    continue
            if voice is not None and pos - voice[0] < 600:
                return voice[1]
            last = next(iter(self._recent(pos, ("person",), True)), None) if text else None
            if last is not None and last.is_speaker and not last.anonymous and (
                    pos - last.last_before(pos, True) < 400) and not any(
                    e.gender == want for e in self._recent(pos, ("person",), False)) and not any(
                    w in PERSON_ROLES for w in re.findall(
                        r"\b[a-z]+\b", text[last.last_before(pos, True):pos])):
                # "Hon. Leota Sefo Pulealii ... said ... ¶ He said ...": no one of that gender
                # named at all, so the speaker just quoted, whose given name misled (a matai
                # title read as a woman's name; not past "A senior official, who asked not
                # to be named, said": someone described since)
                return last
            return None
        if w in ("they", "we"):
            cands = self._recent(pos, ("organisation", "group"))
            if w == "they":  # singular "they" for a source who asked not to be named
                anon = [e for e in self._recent(pos, ("person",), True) if e.anonymous][:1]
                if anon and pos - anon[0].last_before(pos) < 400 and (
                        not cands or anon[0].last_before(pos) > cands[0].last_before(pos)):
                    return anon[0]
            return cands[0] if cands else None
        if w == "it":
            cands = self._recent(pos, ("organisation", "unknown"))
            return cands[0] if cands else None
        return None

    def resolve_description(self, surface: str, pos: int, qualified: bool = False
                            ) -> Entity | None:
        """Resolve "the minister" to the latest entity whose role or title matches.

        "Its spokesman" and "their officials" speak for the organisation last named.
        ``qualified``: the description goes on to name a body ("The Chairman of the X
        Committee, who ..."), so no one named without a role is meant.
        """
        first = _norm(surface.split()[0]) if surface.split() else ""
        if (office := _HEAD_OF_OFFICE.fullmatch(surface.strip())) is not None:
            # "the Head of State underlined": the president (or monarch) named before;
            # "the head of government": the prime minister, premier or chancellor
            wanted = _HEADS_OF[office.group(1).lower()]
            for e in self._recent(pos, ("person",)):
                words = {_norm(w) for r in e.roles for w in r.replace("-", " ").split()}
                if words & _SECOND_PREFIXES:
                    continue  # (not the vice-president)
                if any(set(w.split()) <= words for w in wanted):
                    return e
            return None
        if first in ("its", "their"):
            cands = self._recent(pos, ("organisation", "state", "group"))
            if cands:
                return cands[0]
        owned = _NAMED_OWNER_VOICE.fullmatch(surface.strip())
        if owned is not None and any(
                "spokes" in r.lower() or "press" in r.lower()
                for e in self._recent(pos, ("person",)) for r in e.roles):
            owned = None  # ("X, the Commission's spokesperson, ... the spokesperson added")
        if owned is not None:
            # "the Armed Forces' press service writes": the body named before in full
            # ("the Swedish Armed Forces") speaks through its press service
            tail = owned.group(1)
            for e in self._recent(pos, ("organisation",)):
                if any(n == tail or n.endswith(" " + tail) for n in e.names):
                    return e
        owner_role = _ROLE_OWNED.fullmatch(surface.strip())
        if owner_role is not None and _norm(owner_role.group(1)) in ORG_NOUNS and (
                (body := self.resolve_description(f"the {owner_role.group(1)}", pos))
                is not None) and body.kind in ("organisation", "state"):
            # "the parliament's press service reported": the parliament named before
            return body
        if owner_role is not None and _norm(owner_role.group(1)) in PERSON_ROLES:
            # "the mayor's spokesman said": the mayor named before speaks through him
            owner = self.resolve_description(f"the {owner_role.group(1)}", pos)
            if owner is not None and owner.kind == "person" and not owner.anonymous:
                return owner
        if first in ("his", "her") and len(surface.split()) == 2 and _norm(
                surface.split()[1]) in ("office", "campaign", "team", "spokesman", "spokeswoman",
                                        "spokesperson"):
            # "her office confirmed", "his spokesman said": speaking for the person
            owner = self.resolve_pronoun("he" if first == "his" else "she", pos)
            if owner is not None and owner.kind == "person" and not owner.anonymous:
                return owner
        words = [_norm(w) for w in surface.split() if _norm(w) not in _DETERMINERS]
        if not words:
            return None
        if words[-1] in ROLE_ABBREVIATIONS and surface.split()[-1].isupper():
            # "the PM" is the prime minister
            words = words[:-1] + ROLE_ABBREVIATIONS[words[-1]].split()
        office_of = False
        if "of" in words[1:-1] and _norm(words[words.index("of") - 1]) in PERSON_ROLES and (
                re.search(r"\bof\s+(?:the\s+)?[A-Z]", surface) is not None):
            # "the Leader of the House": the head before "of", what follows a modifier
            k = words.index("of")
            words = words[:k - 1] + [w for w in words[k + 1:] if w != "of"] + [words[k - 1]]
            office_of = True  # (an office of a named body: no one merely named before)
        head = words[-1]
        if head in _PUBLICATION_VOICES and len(words) <= 2 and first not in ("a", "an"):
            # "the report argues", "the authors warn": the organisation that published it
            cands = self._recent(pos, ("organisation",))
            speakers = [e for e in cands if e.is_speaker]  # the publisher has spoken
            if speakers or cands:
                return (speakers or cands)[0]
        stems = {head}
        if head.startswith("spokes"):
            stems |= {"spokesman", "spokeswoman", "spokesperson"}
        if head.startswith("congress"):  # "the congresswoman": "U.S. Rep. Ann Lee"
            stems |= {"representative", "congressman", "congresswoman", "congressmember"}
        aged = any(_AGE.fullmatch(w) for w in words)  # "the 31-year-old filmmaker"
        person_head = (head in PERSON_ROLES and not head.endswith("s")) or \
            aged or head in PARTY_MEMBERS
        pool = self._recent(pos, ("person", "unknown", "organisation", "group"))
        if person_head:  # people first, then organisations speaking through one
            pool = [e for e in pool if e.kind in ("person", "unknown")] + \
                [e for e in pool if e.kind not in ("person", "unknown")]
        loose: Entity | None = None  # the latest whose role differs in one modifier
        party_leader: list[str] = []  # a party's words, when its role was someone else's
        other = False
        # (a nationality of its own: "the Russian embassy in Bishkek" is not the Ukrainian
        # embassy named before)
        nationality = {w[:4] for w in surface.split()[1:] if _is_demonym(w)}
        # (a country's office: "Sweden's defence minister" is not "Norway's defence
        # minister" named later, nor "the Swedish minister" the Norwegian one)
        owners = _role_owners(surface)
        for e in pool:
            if (owners[0] or owners[1]) and e.kind == "person" and e.roles and all(
                    _owners_differ(owners, _role_owners(r)) for r in e.roles):
                continue
            if nationality and e.kind == "organisation" and (named := {
                    w[:4] for n in e.names for w in n.split()
                    if _is_demonym(w) or _OWNER_POSSESSIVE.search(w)}) and (
                    not named & nationality):
                continue  # (nor "Ukraine's embassy": a country's possessive, its stem)
            if first in ("a", "an", "one", "another") and e.kind in ("person", "unknown"):
                continue  # "A Scottish Government spokeswoman", "one former adviser":
                # someone not named before
            role_words = {_norm(w) for r in e.roles for w in r.split()}
            role_words |= {_TITLE_WORDS[w] for w in role_words if w in _TITLE_WORDS}
            # the head must be in the role before "of" ("chairman of the Labour Congress" is
            # no congress); its modifiers may be anywhere ("spokesperson of the government")
            head_words = {_norm(w) for r in e.roles for part in _ROLE_PARTS.split(r)
                          for w in _ROLE_OF_REST.split(part, 1)[0].split()}
            head_words |= {_TITLE_WORDS[w] for w in head_words if w in _TITLE_WORDS}
            if any(_SECRETARY_OF_STATE.search(r) for r in e.roles):
                head_words.add("minister")  # ("Defence Secretary Ann Lee ... the minister")
            name_words = {_norm(w) for n in e.names for w in n.split()}
            if stems & head_words and stems & head_words <= _second_heads(e.roles) and (
                    not set(words) & _SECOND_PREFIXES) and any(
                    _holds_head(o, stems) for o in pool if o is not e):
                continue  # ("the governor" is not "Vice Gov. Ann Lee" when a governor is
                # named too; but "the minister" may be the deputy minister named alone)
            if not stems & head_words and len(words) == 1 and e.kind == "person" and (
                    head in _RANK_FAMILIES) and _RANK_FAMILIES[head] & {
                    part for w in head_words for part in w.split("-")}:
                # "Commander-in-Chief Ann Lee ... The general also stressed": a word news
                # copy uses for that military post
                return e
            if stems & head_words:
                others = set(words[:-1]) - {"senior", "former"}
                if not others or others & (role_words | name_words):
                    return e
                if e.kind == "person" and first == "the" and len(surface.split()) > 2 and all(
                        w[:1].isupper() and _norm(w) not in TITLES and not _is_role_word(w)
                        and _norm(w) not in _PORTFOLIOS for w in surface.split()[1:-1]) and (
                        not (other := _other_party(e.roles, surface.split()[1:-1]))):
                    return e  # "the Fianna Fáil minister": a party before the role named
                    # (not the "CPN-UML party leader" for "the Nepali Congress leader")
                if e.kind == "person" and first == "the" and other:
                    party_leader = surface.split()[1:-1]
                if len(others) == 1 and loose is None and not others & _OTHER_HOLDER and (
                        not (e.kind == "organisation" and others <= ORG_NOUNS)):
                    # (not "the new lawmaker" for the lawmaker named before: another one;
                    # nor "the shadow minister" for the minister: her opposite number;
                    # nor "a council spokesperson" for a department's: another body)
                    # ("the chief minister": the Chief Minister named earlier before the
                    # Transport Minister named since)
                    loose = e
            if e.kind == "organisation" and (head in name_words or (
                    name_words & _HEAD_IN_OTHER_LANGUAGES.get(head, frozenset()))):
                # (also "Stichting Open Duin ... the foundation said": the body's name in
                # its own language)
                return loose or e
        if loose is not None:
            return loose
        if party_leader and head in _LEADER_ROLES:
            # "the Nepali Congress leader" after the CPN-UML's leader: the latest leader
            # of no other party ("Chief Minister Ann Lee")
            for e in self._recent(pos, ("person",), salient_only=True)[:3]:
                if not _other_party(e.roles, party_leader) and any(
                        _norm(w) in _LEADER_ROLES for r in e.roles for w in r.split()):
                    return e
        definite = _norm(surface.split()[0]) == "the"
        if definite and (head.startswith("spokes") and len(words) == 1 or words in (
                ["press", "office"], ["press", "service"], ["press", "team"],
                ["media", "office"], ["press", "officer"])):
            # (also "the press office said": the voice of the body just heard)
            # "the Ministry of External Affairs said ... "...," the spokesperson told
            # reporters": no spokesperson named before, so the voice of the body just heard
            for e in self._recent(pos, ("organisation",))[:1]:
                if e.is_speaker and pos - e.last_before(pos) < 600:
                    return e
        if definite and head in ORG_NOUNS and not person_head and len(words) == 1:
            # "Ann Lee, secretary-general of the Inner Delta Herders' Association, called
            # ... the association said": the body named in the role of a person just named
            for e in self._recent(pos, ("person",))[:2]:
                for r in e.roles:
                    rm = _ROLE_BODY.search(r) or (_FIRM_BEFORE_ROLE.match(r) if head in (
                        "company", "firm") else None)
                    if rm is not None and head in ("company", "firm") and (
                            _PUBLIC_OFFICE_OF.search(r) is not None
                            or _norm(rm.group("org").split()[-1]) in TITLES):
                        continue  # ("the Mayor of Kitwe Mr Kelvin Lubambo": no firm)
                    if rm is not None and (_norm(last := rm.group("org").split()[-1]) == head or (
                            # "managing director of Stockton Bight Systems ... the company":
                            # a firm's name, no public body's
                            head in ("company", "firm") and (
                                _norm(last) not in ORG_NOUNS or _norm(last) in _FIRM_HEADS)
                            and last not in _ORG_HEAD_WORDS)) and (
                            pos - e.last_before(pos) < 800):
                        return self.register_name(rm.group("org"), pos, kind="organisation",
                                                  salient=False)
        if definite and head in ORG_NOUNS and not person_head:
            # "the group", "the campaign": the organisation named just before.
            for e in self._recent(pos, ("organisation", "unknown"))[:1]:
                others = {w for w in words[:-1] if not _COMPOUND_ADJECTIVE.fullmatch(
                    w[:1].upper() + w[1:]) and w not in _GENERIC_BODY_MODIFIERS}
                # ("the Pakistan-based news agency": the agency named before)
                kind_word = _norm(e.canonical.split()[-1]) if e.canonical.split() else ""
                if head == "government" and " of " in e.canonical and (ahead := _norm(
                        e.canonical.split(" of ", 1)[0].split()[-1])) in ORG_NOUNS:
                    kind_word = ahead  # ("the government" is not the Ministry of Health)
                if kind_word in ORG_NOUNS and kind_word != head and (
                        {kind_word, head} <= _INSTITUTIONS or head not in _UMBRELLA_ORGS) and not (
                        head in ("agency", "regulator") and kind_word in _AGENCY_KINDS):
                    # (not "the government" after "the House", nor "the delegation" after
                    # "the Revenue Agency": another kind of body; but "the group" may be
                    # any body)
                    continue
                if head in _STATE_BODIES and kind_word not in ORG_NOUNS and not any(
                        head in n.lower().split() for n in e.names):
                    continue  # (nor "the ministry" after "the PTA": an acronym of no kind)
                if pos - e.last_before(pos) < 600 and (not others or others & {
                        _norm(w) for n in e.names for w in n.split()}):
                    # (not "the library workers' union" after "the city council")
                    return e
        if definite and head in _VARIATION_NOUNS:
            # "Congressman Ann Lee stated ... "...," the legislator said": a general word
            # for the person just named (elegant variation)
            for e in self._recent(pos, ("person",), salient_only=True)[:1]:
                if pos - e.last_before(pos) < 500 and not e.anonymous:
                    return e
        # "X has sold provisions here for 31 years. The president of the Vendors'
        # Association believes ...": an office of a named body held by the person just
        # named (within 200 characters, as a qualified description)
        # (not "The Governor of Svalbard", a capitalised office, nor someone heard before)
        office_held = office_of and not qualified and surface.split()[1:2] != [] and (
            surface.split()[1].islower())
        qualified = qualified or office_of
        if person_head and (head in _LEADER_ROLES or definite) and first not in (
                "a", "an", "one", "another") and "’s " not in surface and "'s " not in surface:
            # (not "one cabinet minister": someone unnamed; not "the prime minister's
            # spokesman": someone else's)
            # "the president", "the 34-year-old nurse": the person last named
            # without a known role.
            recent = self._recent(pos, ("person",), salient_only=True)[:2]
            if aged and not _AGE.fullmatch(head):
                # "the 31-year-old filmmaker": someone with a given name (not a place
                # taken for a person)
                recent = [e for e in recent if is_given_name(e.canonical.split()[0])][:1]
            elif aged and not recent:
                # "... when Lt Col Ann Lee stops in front of the foundations. "...," says
                # the 46-year-old": the one just named, in a clause of the sentence before
                recent = [e for e in self._recent(pos, ("person",))[:1]
                          if pos - e.last_before(pos) < 300 and not e.anonymous]
            if qualified:
                # "The Chairman of the Parliamentary Committee on Lands, who ...": the holder
                # of an office named in full is someone named just before, or no one
                recent = [e for e in recent if pos - e.last_before(pos) < 200]
            if office_of and not office_held:
                recent = []
            elif office_held:
                recent = [e for e in recent if not e.is_speaker and len(e.positions) == 1][:1]
            sex = _gender(surface)
            # (an office with its portfolio, "the defence secretary": someone just named,
            # not whoever was named last without a role paragraphs before)
            portfolio = any(_norm(w) in _PORTFOLIOS for w in words[:-1])
            for e in recent:
                if sex and e.gender and e.gender != sex:
                    continue  # ("the woman who runs the group" is not a man named before)
                if portfolio and pos - e.last_before(pos) > 400:
                    continue
                if stems & _second_heads(e.roles) and not set(words) & _SECOND_PREFIXES and any(
                        _holds_head(o, stems) for o in pool if o is not e):
                    continue  # ("the governor" is not "Vice Gov. Ann Lee")
                # (an honorific is no role: "Datuk Seri Ann Lee ... the Foreign Minister")
                if all(_norm(w) in TITLES and _norm(w) not in PERSON_ROLES
                       for r in e.roles for w in r.split()) or (
                        head in PARTY_MEMBERS or aged):
                    return e  # (a party member may hold any office: "the Republican";
                    # anyone has an age: "the 61-year-old", "the 31-year-old filmmaker")
        return None
