"""Mentions of actors in an article: who is named where, and in whose voice.

One pass of the knowledge base's compiled pattern finds every known surface
form (longest first, whole words, case-sensitive so "US" is not "us"), with
possessives (``Russia's``, ``Trump’s``) and demonyms (``Russian``) as their
own kinds. The quotes frame adds its speakers: the words that named a speaker
("Dr. Jane Doe", the pronoun "she"), and later mentions of a speaker's
surname alone. A capitalised name inside a quotation that is neither known nor
a speaker becomes an actor of type ``unknown``; the rules are conservative
(no sentence-initial words, months, days, titles, pronouns or places listed as
``not_actors`` in the knowledge base). Furniture paragraphs are skipped.

The ``mentions`` frame (one row per mention, in text order):
    article_id, mention_id ("m001", …), actor (canonical name), surface (as
    written, ``article.text[start:end]``), kind (name | alias | pronoun |
    demonym | possessive), start, end, paragraph_id, quote_id (the quotation
    the mention sits in; "" in the journalist's own words), voice (the
    quotation's speaker, "" if unknown; the outlet in the journalist's words).

Example:
    >>> from analysis import article_from_text
    >>> art = article_from_text("Russia's envoy told us the US would wait.", "a")
    >>> mentions_frame(art)[["actor", "surface", "kind"]].values.tolist()
    [['Russia', "Russia's", 'possessive'], ['United States', 'US', 'alias']]
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from operator import itemgetter
from pathlib import Path
from typing import Any

import pandas as pd

from .actors import KnowledgeBase, Speaker, as_kb, resolve_speakers, starts_word
from .frames import rows_frame
from .lexicon import NAME_SUFFIXES, UPPER
from .names import COUNTRIES

#: Columns of the ``mentions`` frame.
MENTION_COLUMNS: list[str] = [
    "article_id", "mention_id", "actor", "surface", "kind", "start", "end", "paragraph_id",
    "quote_id", "voice",
]
#: Kinds of mention.
MENTION_KINDS: tuple[str, ...] = ("name", "alias", "pronoun", "demonym", "possessive")
#: The voice of the journalist's own words when the article names no outlet.
JOURNALIST: str = "journalist"

#: Quote-frame columns this module reads.
QUOTE_FIELDS: tuple[str, ...] = (
    "quote_id", "paragraph_id", "start", "end", "type", "speaker", "speaker_mention",
    "speaker_role", "speaker_kind", "speaker_start", "speaker_end", "attribution",
)

# Titles and honorifics before a name, post-nominals after it.
TITLES: frozenset[str] = frozenset("""
Mr Mrs Ms Miss Mx Dr Prof Professor Sir Dame Lord Lady Baroness Baron Rev Reverend Father
President Vice Premier Prime Minister Ministers Chancellor Secretary Foreign Defence Defense
Home Deputy Chief General Gen Lieutenant Lt Colonel Col Major Maj Captain Capt Admiral Adm
Commander Sergeant Sgt Private Ambassador Envoy Senator Sen Representative Rep Congressman
Congresswoman Governor Gov Mayor Judge Justice King Queen Prince Princess Pope Saint St
Commissioner Spokesman Spokeswoman Spokesperson Speaker Leader Chairman Chairwoman Chair
Director Head Officer Sheikh Emir Ayatollah Marshal Field State Opposition Labour Tory
Commodore Brigadier Brig Corporal Cpl Bombardier Major-General Lieutenant-General
Lieutenant-Colonel Vice-Admiral Rear-Admiral Vice-Marshal
Conservative Democrat Democratic Republican Former Acting Interim Mrs. Mr. Dr. Prof.
Shri Sri Smt Smt. Shrimati Kumari Datuk Dato Dato' Dato’ Datin Seri Tengku Tunku Haji Hajah
Puan Encik YB Taoiseach Tánaiste Maulana Mufti MPA MPP MNA Barima MK Comrade MCA Supt
Superintendent Insp Inspector Cmdr Cdr Det Detective Atty Amb Pte Hon Honourable
Honorable MLC Osabarima Omanhene Regierungsrat Regierungsrätin Kantonsrat Kantonsrätin
Nationalrat Nationalrätin Ständerat Ständerätin Grossrat Grossrätin Stadtrat Stadträtin
Stadtpräsident Stadtpräsidentin Gemeindepräsident Gemeindepräsidentin Landammann Reeve
MHK MHA Ato Woizero W/ro Weizerit Faipule Dasho Madam Amar
Patinggi Supervisor Ntate Mme Tā Meme Councilor Councilwoman Councilman Councilmember
Alderman Alderwoman Selectman Selectwoman Assemblyman Assemblywoman Assemblymember Del.
Alhaji Alhaja Hajia Engr Engr. Barr Barr. Mallam Malam Mir Nawabzada Nei
Thiru Tmt Tmt. Thirumathi Selvi Cr Abbé Shaikh Sayed Rt Rt. Bibi Makhdoom CEC Fr Fr. MEC MPL
Landeshauptmann Hadja Hadji Lib Dem Hadjé Hadje Hadjia Pr Pr.
U Daw Hagg Hagga H.E. Lyonchhen Thuemi Vorsteher Vorsteherin Conseller Consellera W/rt
Samdech Chumteav Batono Kalbatono Onorevole Kades Mawlawi Maulvi Molvi Moulvi
Hajj Alhaj Legisladora Legislador Ustad Qari Haj Obbo Aadde Ammi Papu Bulama
Ramatoa Kgosana Gogo Induna Hadj W/t Ustaza Hajja Nai Mi Khun Ajarn Ajahn Acharn
Hj Hj. Hjh Hjh. Sain Saeen Ibu Bapak
""".split())
POST_NOMINALS: frozenset[str] = frozenset(
    "KC QC MP MEP MSP OBE CBE MBE KBE DBE PhD".split()
)
# Capitalised words that open a sentence or a phrase rather than a name:
# pronouns, determiners, conjunctions, adverbs, months and days. They are
# stripped from the front of a capitalised run.
FUNCTION_WORDS: frozenset[str] = frozenset("""
I I'm I've I'd I'll I’m I’ve I’d I’ll A An The This That These Those There Their They Them
He She It We You Our Your His Her Its My Me Us Who What When Where Why How Which Whether If
But And Or Nor So Yet For As At By In On Of To From With Without Into Over Under After Before
Since Until While Although Though Because Once Even Still Just Only Also Then Now Here Not No
Yes All Any Some Many Most More Much Few Each Every Both Either Neither One Two Three First
Second Third Last Next Another Other Such Very Well Let Perhaps Maybe However Meanwhile
Instead Indeed Of Mon Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
February March April May June July August September October November December God OK Okay
Mrs Mr Ms Dr Sir Madam Today Tomorrow Yesterday Tonight Later Earlier Asked Speaking
Commenting According Despite During Following Like Unlike Among Against Amid Across Around
Separately Elsewhere Overall Nevertheless Thus Therefore Already Again Never Always Dear
Outside Inside Near Behind Beyond Beside Within Throughout Toward Towards Through Upon
""".split())
# Capitalised words that are never a name on their own (nor end one).
NOT_NAMES: frozenset[str] = FUNCTION_WORDS | frozenset("""
Government Parliament Minister
Ministry President Prime Army Navy Air Force War Peace Security Defence Defense Foreign
Office Union Council Committee Court State States National International Federal Republic
Kingdom Empire Embassy Department Agency Bureau Party Western Eastern Northern Southern
Central North South East West Oblast Region Province City Town Village Street Road Square
Sea Ocean River Lake Gulf Bay Strait Mountains Mount Island Islands Peninsula Coast Border
Front Frontline Operation Plan Treaty Agreement Accord Summit Conference Forum Day Week
Convention Pact Charter Declaration Protocol Act Law Bill Doctrine Initiative Programme
Program Strategy Deal Formula Memorandum Resolution Directive Fund Budget Report Index
Year Christmas Easter Ramadan Covid Internet English Latin Cold World
""".split())
# A capitalised token: letter, then letters, digits, apostrophes or hyphens.
_UPPER = UPPER
_TOKEN = rf"[{_UPPER}][^\W_]*(?:['’\-][^\W_]+)*"
_CONNECTOR = r"(?:of|for|de|da|du|van|von|der|den|al|bin|ibn|el|la|le)"
_RUN = re.compile(rf"{_TOKEN}(?:[ ]+(?:{_CONNECTOR}[ ]+)?{_TOKEN})*")
_TOKEN_RE = re.compile(_TOKEN)
_SKIP_WORDS = NOT_NAMES | TITLES
_POSS_END = re.compile(r"['’]s$")
_POSS_AT = re.compile(r"['’]s(?!\w)")
_OPENERS = "\"'“‘«([—–-"
_SENTENCE_END = ".!?:;…"


_INT_FIELDS = frozenset({"start", "end", "speaker_start", "speaker_end", "paragraph_id"})


def quote_records(quotes: pd.DataFrame | Sequence[Mapping[str, Any]] | None
                  ) -> list[dict[str, Any]]:
    """The quotes frame (or a list of quote dicts, as
    :func:`analysis.quotes.quote_records` gives them) as plain dicts holding
    the fields this stage uses.

    Missing columns get neutral defaults, so a hand-made frame with just
    ``quote_id``, ``start``, ``end`` and ``speaker`` works.

    Example:
        >>> q = pd.DataFrame({"quote_id": ["q001"], "start": [0], "end": [3],
        ...                   "speaker": ["Jane Roe"]})
        >>> quote_records(q)[0]["speaker_start"]
        -1
    """
    if quotes is None or len(quotes) == 0:
        return []
    defaults: dict[str, Any] = {"speaker_start": -1, "speaker_end": -1, "paragraph_id": -1,
                                "type": "direct"}
    if not isinstance(quotes, pd.DataFrame):
        return [_quote_fields(q, defaults) for q in quotes]
    n = len(quotes)
    # one conversion of the whole frame, then one pass per column
    by_name = dict(zip(quotes.columns, zip(*quotes.to_numpy(dtype=object).tolist(),
                                           strict=True), strict=True))
    columns = []
    for f in QUOTE_FIELDS:
        values = by_name.get(f)
        if values is None:
            columns.append([defaults.get(f, "")] * n)
        elif f in _INT_FIELDS:
            columns.append([int(v) if v == v and v is not None and v != "" else -1
                            for v in values])
        else:
            columns.append(["" if v is None or v != v else str(v) for v in values])
    return [dict(zip(QUOTE_FIELDS, row, strict=True)) for row in zip(*columns, strict=True)]


_FIELD_VALUES = itemgetter(*QUOTE_FIELDS)


def _quote_fields(q: Mapping[str, Any], defaults: Mapping[str, Any]) -> dict[str, Any]:
    """The :data:`QUOTE_FIELDS` of one quote dict; a missing or ``None`` field gets
    its default (the common case, every field set, in one look-up)."""
    if type(q) is dict:  # (a plain dict: looking up a missing key changes nothing)
        try:
            values = _FIELD_VALUES(q)
            if None not in values:
                return dict(zip(QUOTE_FIELDS, values, strict=True))
        except (KeyError, TypeError):  # a field missing, or a value without ==
            pass
    return {f: (v if (v := q.get(f)) is not None else defaults.get(f, ""))
            for f in QUOTE_FIELDS}


def outlet_name(article: Any) -> str:
    """The voice of the journalist: the article's ``outlet`` metadata or "journalist".

    Example:
        >>> from analysis import article_from_text
        >>> outlet_name(article_from_text("Hi.", "a", metadata={"outlet": "The Times"}))
        'The Times'
    """
    meta = getattr(article, "metadata", None) or {}
    return str(meta.get("outlet") or JOURNALIST)


def _sentence_initial(text: str, pos: int, floor: int) -> bool:
    i = pos - 1
    while i >= floor and (text[i].isspace() or text[i] in _OPENERS):
        i -= 1
    return i < floor or text[i] in _SENTENCE_END


def _speaker_forms(speakers: Mapping[str, Speaker]) -> dict[str, tuple[str, str]]:
    """Surface forms of speakers outside the knowledge base: full name, surname."""
    forms: dict[str, tuple[str, str]] = {}
    surnames: dict[str, set[str]] = {}
    for raw, sp in speakers.items():
        if sp.in_kb:
            continue
        for form in {raw, sp.name}:
            forms[form] = (sp.name, "name")
        tokens = sp.name.split()
        if len(tokens) >= 3 and tokens[-1].rstrip(".").lower() in NAME_SUFFIXES:
            tokens = tokens[:-1]  # "Kwame Boateng II": the surname is "Boateng"
        if sp.type in ("person", "unknown") and len(tokens) >= 2:
            last = tokens[-1]
            if last not in POST_NOMINALS and last not in NOT_NAMES and (
                    last.lower() not in COUNTRIES):  # (not "Wales" of "BMA Cymru Wales")
                surnames.setdefault(last, set()).add(sp.name)
    for last, names in surnames.items():
        if len(names) == 1 and last not in forms:
            forms[last] = (next(iter(names)), "alias")
    return forms


def _names_over_kb(speakers: Mapping[str, Speaker], kb: KnowledgeBase
                   ) -> list[tuple[str, str]]:
    """``(form, canonical name)`` of speakers outside the knowledge base whose
    name holds a known surface form, longest first.

    Example:
        >>> from analysis.actors import load_kb
        >>> sp = {"Canada Defence Force": Speaker("Canada Defence Force", "organisation",
        ...                                        "Canada", "", False)}
        >>> _names_over_kb(sp, load_kb())
        [('Canada Defence Force', 'Canada Defence Force')]
    """
    out: set[tuple[str, str]] = set()
    for raw, sp in speakers.items():
        if sp.in_kb:
            continue
        for form in {raw, sp.name}:
            if " " in form and any(
                    starts_word(form, m.start()) and m["alias"] in kb.surfaces
                    for m in kb.pattern.finditer(form)):
                out.add((form, sp.name))
    return sorted(out, key=lambda f: (-len(f[0]), f))


def _strip_piece(tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop leading titles and function words, and trailing post-nominals."""
    i, j = 0, len(tokens)
    while i < j and (tokens[i][2] in TITLES or tokens[i][2] in FUNCTION_WORDS):
        i += 1
    while j > i and tokens[j - 1][2] in POST_NOMINALS:
        j -= 1
    return tokens[i:j]


def body_spans(article: Any) -> list[tuple[int, int, int]]:
    """``(paragraph_id, start, end)`` of the paragraphs that are not furniture.

    Reads the article's plain paragraph records when it has them (no pandas).

    Example:
        >>> from analysis import article_from_text
        >>> body_spans(article_from_text("One.\\n\\nTwo.", "a"))
        [(0, 0, 4), (1, 6, 10)]
    """
    rows = getattr(article, "paragraph_rows", None)
    if rows:
        return [(r[1], r[2], r[3]) for r in rows if not r[5]]
    paras = article.paragraphs
    return [
        (pid, ps, pe)
        for pid, ps, pe, furniture in zip(
            paras["paragraph_id"].tolist(), paras["start"].tolist(), paras["end"].tolist(),
            paras["is_boilerplate"].tolist(), strict=True)
        if not furniture
    ]


def _name_within(text: str, s: int, e: int, names: Sequence[str]) -> tuple[int, int]:
    """Narrow a speaker phrase ("Ukrainian President Jane Roe, a lecturer at …")
    to the speaker's name inside it, so the rest can hold mentions of its own."""
    phrase = text[s:e]
    for name in names:
        if not name:
            continue
        i = phrase.find(name)
        while i >= 0:
            a, b = s + i, s + i + len(name)
            if (a == 0 or not text[a - 1].isalnum()) and (b >= len(text)
                                                          or not text[b].isalnum()):
                m = _POSS_AT.match(text, b, e)
                return a, (m.end() if m else b)
            i = phrase.find(name, i + 1)
    return s, e


#: A definite organisation named by its head noun alone: "the Commission".
_BARE_HEAD = re.compile(r"[Tt]he\s+(Commission|Council|Court|Assembly|Parliament|Committee|"
                        r"Ministry|Government|Congress|Senate|Chamber)")
#: An organisation's full name ending in such a head noun: "the Election Commission".
_LOCAL_HEAD = re.compile(r"\b((?:[A-Z][\w’'-]*[ \t]+){1,4})(Commission|Council|Court|Assembly|"
                         r"Parliament|Committee|Ministry|Government|Congress|Senate|Chamber)\b")


def _local_heads(text: str) -> list[tuple[int, str, str]]:
    """``(position, head noun, full name)`` of every organisation the text names in full
    with one of the head nouns of :data:`_BARE_HEAD`, in text order.

    Example:
        >>> _local_heads("The Election Commission met. The Commission said no.")
        [(4, 'Commission', 'Election Commission')]
    """
    out = []
    for m in _LOCAL_HEAD.finditer(text):
        words = m.group(1).split()
        if "The" in words:
            words = words[len(words) - words[::-1].index("The"):]  # (after "Print The")
        while words and words[0] in ("A", "An", "Its", "Their", "But", "And"):
            words = words[1:]
        if words:
            name = " ".join([*words, m.group(2)])
            out.append((m.start(1) + m.group(1).index(words[0]), m.group(2), name))
    return out


def find_mentions(
    article: Any,
    quotes: Sequence[Mapping[str, Any]],
    speakers: Mapping[str, Speaker],
    kb: KnowledgeBase,
    voice_outlet: str = JOURNALIST,
) -> list[tuple[Any, ...]]:
    """Mention rows (tuples in :data:`MENTION_COLUMNS` order) over plain records.

    ``quotes`` are :func:`quote_records`; ``speakers`` maps raw speaker names
    to :class:`~analysis.actors.Speaker` (see
    :func:`~analysis.actors.resolve_speakers`).

    Example:
        >>> from analysis import article_from_text
        >>> from analysis.actors import load_kb
        >>> art = article_from_text("NATO said so.", "a")
        >>> find_mentions(art, [], {}, load_kb())[0][2:5]
        ('NATO', 'NATO', 'name')
    """
    text: str = article.text
    body = body_spans(article)
    spans = sorted(
        (q["start"], q["end"], q["quote_id"],
         speakers[q["speaker"]].name if q["speaker"] in speakers else "")
        for q in quotes
    )
    covered = bytearray(len(text) + 1)
    found: list[tuple[int, int, str, str]] = []  # start, end, actor, kind

    body_starts = [ps for _, ps, _ in body]

    def in_body(pos: int) -> bool:  # body paragraphs are in text order, disjoint
        i = bisect_right(body_starts, pos) - 1
        return i >= 0 and pos < body[i][2]

    # 1. the words that named a speaker (names, descriptions, pronouns)
    seen_spans: set[tuple[int, int]] = set()
    for q in quotes:
        s, e, raw = q["speaker_start"], q["speaker_end"], q["speaker"]
        if not raw or s < 0 or e <= s or (s, e) in seen_spans or not in_body(s):
            continue
        seen_spans.add((s, e))
        name = speakers[raw].name
        if q["attribution"] != "pronoun":
            s, e = _name_within(text, s, e, (name, raw, name.split()[-1], raw.split()[-1]))
        if covered[s] or covered[e - 1]:
            continue
        surface = text[s:e]
        if q["attribution"] == "pronoun":
            kind = "pronoun"
        elif _POSS_END.search(surface):
            kind = "possessive"
        elif surface in (name, raw):
            kind = "name"
        else:
            kind = "alias"
        found.append((s, e, name, kind))
        covered[s:e] = b"\x01" * (e - s)

    # 1b. a speaker's full name that holds a known name ("New Zealand Defence
    #     Force" holds "New Zealand") is the longer match, as in the pattern
    for form, name in _names_over_kb(speakers, kb):
        for _, ps, pe in body:
            i = text.find(form, ps, pe)
            while i >= 0:
                s, e = i, i + len(form)
                i = text.find(form, e, pe)
                if covered[s] or covered[e - 1] or not starts_word(text, s) or (
                        e < len(text) and text[e].isalnum()):
                    continue
                m = _POSS_AT.match(text, e, pe)
                if m:
                    e = m.end()
                found.append((s, e, name, "possessive" if m else "name"))
                covered[s:e] = b"\x01" * (e - s)

    # 2. the knowledge base, one pass per body paragraph
    surfaces = kb.surfaces
    pattern = kb.pattern
    local = _local_heads(text)
    for _, ps, pe in body:
        for m in pattern.finditer(text, ps, pe):
            s, e = m.span()
            if covered[s] or covered[e - 1] or not starts_word(text, s):
                continue
            hit = surfaces.get(m.group("alias"))
            if hit is None:  # a place or thing listed as not an actor
                covered[s:e] = b"\x01" * (e - s)
                continue
            name, kind = hit
            bare = _BARE_HEAD.fullmatch(m.group("alias"))
            if bare is not None and local:
                # "the Election Commission ... the Commission": the body this article
                # named, not the one the knowledge base knows by that word
                named = [n for at, head, n in local if head == bare.group(1) and at < s]
                if named and named[-1] != name:
                    name, kind = named[-1], "alias"
            if m.group("poss"):
                kind = "possessive"
            found.append((s, e, name, kind))
            covered[s:e] = b"\x01" * (e - s)

    # 3. capitalised names: speakers (full name or surname) and, inside
    #    quotations, names the knowledge base does not know.
    forms = _speaker_forms(speakers)
    not_actors = kb.not_actors
    pieces: list[tuple[int, int, list[tuple[int, int, str]], bool]] = []
    full_names: set[str] = set()
    for _, ps, pe in body:
        for run in _RUN.finditer(text, ps, pe):
            rs, re_ = run.span()
            if covered[rs] and covered[re_ - 1]:
                continue
            if rs and (text[rs - 1].isalnum() or text[rs - 1] in "'’-_"):
                continue
            word = run.group()
            if word in _SKIP_WORDS:
                continue
            # (a run without a space is one token: no second scan)
            tokens = [(t.start(), t.end(), t.group()) for t in _TOKEN_RE.finditer(
                text, rs, re_)] if " " in word else [(rs, re_, word)]
            group: list[tuple[int, int, str]] = []
            for tok in tokens + [(-1, -1, "")]:
                if tok[0] >= 0 and not covered[tok[0]] and not covered[tok[1] - 1]:
                    group.append(tok)
                    continue
                if group:
                    initial = _sentence_initial(text, group[0][0], ps)
                    stripped = _strip_piece(group)
                    if stripped:
                        pieces.append((stripped[0][0], stripped[-1][1], stripped,
                                       initial and stripped[0] is group[0]))
                        words = [t[2] for t in stripped]
                        if 2 <= len(words) <= 4 and not any(w in NOT_NAMES for w in words):
                            full_names.add(_POSS_END.sub("", text[stripped[0][0]:
                                                                  stripped[-1][1]]))
                group = []

    # first and last words of the full names this article uses (of unknown
    # names, speakers and known persons), so that "Nigel" or "Doe" alone
    # resolves to the one full name it belongs to
    persons = {name for name in {f[2] for f in found} if kb.type_of(name) == "person"}
    persons |= {sp.name for sp in speakers.values() if sp.type in ("person", "unknown")}
    index: dict[str, set[str]] = {}
    for full in full_names | persons:
        tokens = full.split()
        if len(tokens) >= 2:
            for tok in (tokens[0], tokens[-1]):
                if tok.lower() not in COUNTRIES:  # (a place is no first or last name)
                    index.setdefault(tok, set()).add(full)

    # which quotation covers each character (the innermost: later starts win)
    inside = array("I", bytes(4 * (len(text) + 1)))
    for k, (qs, qe, _, _) in enumerate(spans, start=1):
        if qe > qs:
            inside[qs:qe] = array("I", [k]) * (qe - qs)

    def containing(s: int, e: int) -> tuple[int, int, str, str] | None:
        """The innermost quotation holding ``[s, e)``."""
        k = inside[s]
        if not k:
            return None
        span = spans[k - 1]
        return span if e <= span[1] else None

    for s, e, toks, initial in pieces:
        surface = text[s:e]
        poss = bool(_POSS_END.search(surface))
        key = _POSS_END.sub("", surface)
        hit = forms.get(key)
        if hit is None and len(toks) > 1:  # "Later Roe": the speaker's name at the end
            for k in range(1, len(toks)):
                hit = forms.get(_POSS_END.sub("", text[toks[k][0]:e]))
                if hit is not None:
                    s = toks[k][0]
                    break
        if hit is not None:
            name, kind = hit
            found.append((s, e, name, "possessive" if poss else kind))
            continue
        # only names inside a quotation become unknown actors
        if containing(s, e) is None:
            continue
        words = [_POSS_END.sub("", t[2]) for t in toks]
        if initial:
            if len(words) == 1 or words[0] in NOT_NAMES:
                continue
        if key in not_actors or any(w in not_actors for w in words):
            continue
        if len(words) == 1 and (words[0] in NOT_NAMES or len(words[0]) < 2):
            continue
        if words[-1] in NOT_NAMES or words[0] in NOT_NAMES:
            continue
        if len(words) == 1:  # a lone word only as part of a full name used here
            full = index.get(words[0])
            if not full or len(full) != 1:
                continue
            name = next(iter(full))
        else:
            name = key
        if name in forms:
            name = forms[name][0]
        kind = "possessive" if poss else ("name" if name == key else "alias")
        found.append((s, e, name, kind))

    # 4. quotation and voice of every mention, in text order
    found.sort()
    rows: list[tuple[Any, ...]] = []
    aid = article.article_id
    para_of = [(ps, pe, pid) for pid, ps, pe in body]
    pi = 0
    last = len(para_of) - 1
    for n, (s, e, name, kind) in enumerate(found, start=1):
        while pi < last and para_of[pi][1] <= s:
            pi += 1
        pid = para_of[pi][2] if para_of else -1
        qid, voice = "", voice_outlet
        k = inside[s]  # the innermost quotation holding [s, e), as containing()
        if k and e <= spans[k - 1][1]:
            qid, voice = spans[k - 1][2], spans[k - 1][3]
        rows.append((aid, f"m{n:03d}", name, text[s:e], kind, s, e, pid, qid, voice))
    return rows


def make_mentions_frame(rows: Sequence[tuple[Any, ...]]) -> pd.DataFrame:
    """Build the typed ``mentions`` frame from :func:`find_mentions` rows.

    Example:
        >>> make_mentions_frame([]).columns.tolist() == MENTION_COLUMNS
        True
    """
    return rows_frame(rows, MENTION_COLUMNS, ints=("start", "end", "paragraph_id"))


def mentions_frame(article: Any, quotes: pd.DataFrame | None = None,
                   kb: KnowledgeBase | str | Path | None = None) -> pd.DataFrame:
    """The ``mentions`` frame of an article (see the module docstring).

    Example:
        >>> from analysis import article_from_text
        >>> art = article_from_text("Britain and the British agreed.", "a")
        >>> mentions_frame(art)["kind"].tolist()
        ['alias', 'demonym']
    """
    kb = as_kb(kb)
    recs = quote_records(quotes)
    speakers = resolve_speakers(recs, kb, article.text)
    return make_mentions_frame(find_mentions(article, recs, speakers, kb, outlet_name(article)))
