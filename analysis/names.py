"""Given names and their usual gender, for agreeing pronouns with speakers.

The data come from the MIT-licensed ``nomquamgender`` package (name-gender
associations from many sources). Only names that many sources agree on are
kept (at least 10 sources, 100 bearers, and 90% one way). The filtered table
is cached as a small file so later processes load it fast.

Country names are listed too: several are also given names ("Georgia",
"Israel"), and a state that speaks is not a person.

Example:
    >>> given_name_gender("Maria"), given_name_gender("John"), given_name_gender("Kremlin")
    ('f', 'm', '')
"""

from __future__ import annotations

import json
import os
import pickle
import unicodedata
from functools import lru_cache
from importlib import resources
from pathlib import Path

MIN_SOURCES = 10
MIN_COUNT = 100
CERTAINTY = 0.1

COUNTRIES: frozenset[str] = frozenset(
    """afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
    bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia
    botswana brazil brunei bulgaria burundi cambodia cameroon canada chad chile china colombia
    comoros congo croatia cuba cyprus czechia denmark djibouti dominica ecuador egypt eritrea
    estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece
    grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq
    ireland israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan
    laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar
    malawi malaysia maldives mali malta mauritania mauritius mexico micronesia moldova monaco
    mongolia montenegro morocco mozambique myanmar namibia nauru nepal netherlands nicaragua niger
    nigeria norway oman pakistan palau palestine panama paraguay peru philippines poland portugal
    qatar romania russia rwanda samoa senegal serbia seychelles singapore slovakia slovenia
    somalia spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand
    togo tonga tunisia turkey turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu
    venezuela vietnam yemen zambia zimbabwe britain england scotland wales america europe africa
    asia crimea donbas gaza kyiv kiev moscow washington london paris berlin brussels
    warsaw americas turkiye türkiye burma""".split()
) | frozenset(  # capitals that stand for their governments ("Ankara says", "Tokyo said")
    """ankara athens ashgabat astana baghdad baku beijing belgrade bern bishkek bratislava
    bucharest budapest cairo canberra chisinau copenhagen damascus dhaka dublin dushanbe
    hanoi helsinki islamabad jakarta kabul kathmandu khartoum kinshasa ljubljana madrid manila
    minsk nairobi nicosia oslo ottawa podgorica prague pretoria pristina pyongyang reykjavik
    riga riyadh rome sarajevo seoul skopje stockholm taipei tallinn tashkent tbilisi tehran
    thimphu tirana tokyo ulaanbaatar vienna vilnius yerevan zagreb""".split()
) | frozenset({  # regions named in roles ("Assistant Secretary-General for Central Asia")
    "central asia", "eastern europe", "western europe", "central europe", "middle east",
    "south caucasus", "western balkans", "latin america", "north america", "south america",
    "the americas", "east asia", "south asia", "southeast asia", "north africa"})


def _cache_file() -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    return base / "analysis" / f"given-names-v2-{MIN_SOURCES}-{MIN_COUNT}-{CERTAINTY}.pickle"


def _build() -> dict[str, str]:
    try:
        data_file = resources.files("nomquamgender") / "name_data.json"
        raw = json.loads(data_file.read_text(encoding="utf-8"))
    except (ModuleNotFoundError, FileNotFoundError, OSError):  # pragma: no cover
        return {}
    table: dict[str, str] = {}
    for name, values in raw.items():
        sources, count, p_female = values[0], values[1], values[2]
        if sources < MIN_SOURCES or count < MIN_COUNT or not name.isalpha():
            continue
        if p_female >= 1 - CERTAINTY:
            table[name] = "f"
        elif p_female <= CERTAINTY:
            table[name] = "m"
        else:
            table[name] = ""  # given to both ("Sasha", "Jean"): a name, no gender
    return table


@lru_cache(maxsize=1)
def gender_table() -> dict[str, str]:
    """The lower-cased given name → ``m``/``f`` (``""`` for a name given to both) table
    (built once, then cached).

    Example:
        >>> len(gender_table()) > 1000
        True
    """
    path = _cache_file()
    try:
        with path.open("rb") as fh:
            table = pickle.load(fh)
        if isinstance(table, dict) and table:
            return table
    except (OSError, pickle.UnpicklingError, EOFError):
        pass
    table = _build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(table, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:  # pragma: no cover - a read-only home still works, only slower
        pass
    return table


#: Particles that open surnames ("Al-Mutairi", "El-Sayed", "Abu-Zeid"), not given names.
_NAME_PARTICLES = frozenset({"al", "el", "abu", "bin", "ben", "ibn", "bint", "abd", "abdel",
                             "ul", "ud", "ad", "as", "ash", "at", "az", "da", "de", "di", "du",
                             "van", "von", "der", "le", "la", "mac", "mc", "o", "ó", "ní", "ni"})


@lru_cache(maxsize=65536)
def given_name_gender(token: str) -> str:
    """``m``, ``f`` or ``''`` for a given name; countries are never people.

    Cached: called for every capitalised name (the table is built once).

    Example:
        >>> given_name_gender("Georgia"), given_name_gender("Ana-Maria")
        ('', 'f')
        >>> given_name_gender("Al-Mutairi")
        ''

    """
    key = token.lower().replace("’", "'")
    if key in COUNTRIES:
        return ""
    table = gender_table()
    gender = table.get(key, "")
    if not gender and not key.isascii():  # "Radosław", "Søren": the name without accents
        gender = table.get(ascii_fold(key), "")
    if not gender and "-" in key:  # "Ana-Maria", "Jean-Pierre": the first part decides
        first = key.split("-")[0]  # (not a surname: "Tawhiri-Barclay", "Al-Mutairi")
        gender = "" if first in _NAME_PARTICLES else table.get(first, "")
    return gender


_FOLD_EXTRA = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "æ": "ae", "œ": "oe", "ß": "ss",
                             "þ": "th", "ð": "d", "ı": "i"})


def ascii_fold(word: str) -> str:
    """``word`` without diacritics: "radosław" → "radoslaw", "søren" → "soren".

    Example:
        >>> ascii_fold("małgorzata"), ascii_fold("jürgen")
        ('malgorzata', 'jurgen')
    """
    decomposed = unicodedata.normalize("NFKD", word.translate(_FOLD_EXTRA))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)
def is_given_name(token: str) -> bool:
    """Whether ``token`` is a given name, of either gender or both; countries are not.

    Example:
        >>> is_given_name("Sasha"), given_name_gender("Sasha"), is_given_name("Finance")
        (True, '', False)
    """
    if given_name_gender(token):
        return True
    key = token.lower().replace("’", "'")
    if key in COUNTRIES:
        return False
    table = gender_table()
    return key in table or ascii_fold(key) in table or (
        "-" in key and key.split("-")[0] not in _NAME_PARTICLES and key.split("-")[0] in table)
