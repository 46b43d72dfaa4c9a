"""The actor knowledge base and the ``actors`` frame.

The knowledge base (``data/actors.yaml``, editable by a lecturer) lists the
states, blocs, leaders, institutions and news outlets that political news
talks about, each with a canonical name, a type, a parent and its aliases
(surface forms) and demonyms. It is loaded once per process and cached.

The speakers of an article are *not* in the knowledge base: they come from the
quotes frame, with their role. A speaker whose name is an alias of a known
actor ("Donald Trump", "the Kremlin") is that actor; otherwise it becomes an
actor of its own whose parent is the first known actor named in its role
("a Kremlin press officer" → Kremlin, "Polish Deputy Minister" → Poland).

Frames:

``actors`` (one row per actor an article names or quotes)
    article_id, actor_id (slug of the name), name, type
    (person | organisation | state | bloc | media | outlet | unknown),
    parent ("" if none), role (the speaker's role, "" if none), is_speaker,
    n_quotes (quotations by the actor), n_mentions (rows of ``mentions``).
``aliases_frame`` alias, actor, kind (name | alias | demonym)
``parents_frame`` actor, type, parent, top (the state or bloc the actor
    collapses into; the actor itself if it has none)

Example:
    >>> kb = load_kb()
    >>> kb.resolve("U.S."), kb.parent("Kremlin"), kb.top("Vladimir Putin")
    ('United States', 'Russia', 'Russia')
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from . import paths
from .errors import ArticleError
from .frames import rows_frame
from .patterns import trie_pattern

#: Types an actor of the knowledge base may have.
KB_TYPES: tuple[str, ...] = ("person", "organisation", "state", "bloc", "media")
#: Every type in the ``actors`` frame (speakers and unknown names add two).
ACTOR_TYPES: tuple[str, ...] = KB_TYPES + ("outlet", "unknown")
#: Types an actor collapses into at the state level.
TOP_TYPES: frozenset[str] = frozenset({"state", "bloc"})

#: Columns of the ``actors`` frame.
ACTOR_COLUMNS: list[str] = [
    "article_id", "actor_id", "name", "type", "parent", "role", "is_speaker",
    "n_quotes", "n_mentions",
]

#: How the quotes frame's ``speaker_kind`` maps to an actor type.
SPEAKER_KIND_TYPES: dict[str, str] = {
    "person": "person",
    "organisation": "organisation",
    "state": "state",
    "bloc": "bloc",
    "media": "media",
}

_THE = re.compile(r"^(?:the|The)\s+")
_POSSESSIVE = re.compile(r"['’]s$")


@dataclass(frozen=True)
class Actor:
    """One entry of the knowledge base.

    Example:
        >>> Actor("Kremlin", "organisation", "Russia").parent
        'Russia'
    """

    name: str
    type: str
    parent: str = ""
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()


@dataclass
class KnowledgeBase:
    """Actors by canonical name, every surface form, and one compiled pattern.

    ``surfaces`` maps each surface form to ``(canonical name, kind)`` with kind
    ``name``, ``alias`` or ``demonym``. ``pattern`` finds every surface form
    (and every ``not_actors`` phrase, so that callers can skip it) in a text in
    one pass (longest first, whole words, case-sensitive) with an optional
    possessive ``'s``/``’s`` in the group ``poss``.

    Example:
        >>> kb = load_kb()
        >>> kb.surfaces["Britain"], kb.surfaces["Russian"]
        (('United Kingdom', 'alias'), ('Russia', 'demonym'))
    """

    actors: dict[str, Actor]
    surfaces: dict[str, tuple[str, str]]
    not_actors: frozenset[str] = frozenset()
    source: str = ""
    pattern: re.Pattern[str] = field(init=False, repr=False)
    first_names: dict[str, str] = field(init=False, repr=False, default_factory=dict)
    _top: dict[str, str] = field(init=False, repr=False, default_factory=dict)

    def __post_init__(self) -> None:
        # not-actors are matched too (and then dropped), so "Latin America"
        # never yields "America"
        self.pattern = compile_surfaces(list(self.surfaces) + list(self.not_actors))
        self._top = {name: self._find_top(name) for name in self.actors}
        firsts: dict[str, list[str]] = {}
        for actor in self.actors.values():
            if actor.type == "person" and " " in actor.name:
                firsts.setdefault(actor.name.split()[0], []).append(actor.name)
        self.first_names = {k: v[0] for k, v in firsts.items() if len(v) == 1}

    # ----------------------------------------------------------- look-ups
    def resolve(self, surface: str) -> str | None:
        """The canonical name for a surface form, or ``None``.

        A leading "the" and a possessive ending are ignored.

        Example:
            >>> load_kb().resolve("the Kremlin's"), load_kb().resolve("us")
            ('Kremlin', None)
        """
        surface = " ".join(surface.split())
        for form in (surface, _THE.sub("", surface)):
            for f in (form, _POSSESSIVE.sub("", form)):
                hit = self.surfaces.get(f)
                if hit is not None:
                    return hit[0]
        return None

    def type_of(self, name: str) -> str:
        """The type of a known actor ("" if unknown).

        Example:
            >>> load_kb().type_of("NATO")
            'bloc'
        """
        actor = self.actors.get(name)
        return actor.type if actor else ""

    def parent(self, name: str) -> str:
        """The parent of a known actor ("" if none or unknown).

        Example:
            >>> load_kb().parent("Donald Trump")
            'United States'
        """
        actor = self.actors.get(name)
        return actor.parent if actor else ""

    def _find_top(self, name: str) -> str:
        seen: set[str] = set()
        current = name
        while current in self.actors and current not in seen:
            seen.add(current)
            if self.actors[current].type in TOP_TYPES:
                return current
            parent = self.actors[current].parent
            if not parent or parent not in self.actors:
                return current
            current = parent
        return current

    def top(self, name: str) -> str:
        """The first state or bloc up ``name``'s parents, else its topmost ancestor.

        An actor outside the knowledge base is its own top.

        Example:
            >>> load_kb().top("White House"), load_kb().top("United Nations")
            ('United States', 'United Nations')
        """
        return self._top.get(name, name)


# --------------------------------------------------------------------------- patterns
def compile_surfaces(surfaces: Iterable[str]) -> re.Pattern[str]:
    """Compile surface forms into one whole-word, case-sensitive pattern.

    Group ``alias`` holds the surface form, ``poss`` a possessive ending.
    A match must also pass :func:`starts_word`.

    Example:
        >>> p = compile_surfaces(["US", "Trump"])
        >>> [(m["alias"], m["poss"]) for m in p.finditer("Trump’s US, not us")]
        [('Trump', '’s'), ('US', None)]
    """
    words = sorted(set(surfaces))
    if not words:
        return re.compile(r"(?!x)x(?P<alias>)(?P<poss>)")
    # No look-behind at the start: that keeps the regex engine's fast scan
    # for the first character. Callers reject a match preceded by a word
    # character with :func:`starts_word`.
    return re.compile(r"(?P<alias>" + trie_pattern(words) + r")(?P<poss>['’]s)?(?![\w])")


def starts_word(text: str, pos: int) -> bool:
    """True when ``pos`` is not preceded by a letter, digit, ``_``, ``@``, ``#`` or ``/``.

    Example:
        >>> starts_word("AUS US", 1), starts_word("AUS US", 4)
        (False, True)
    """
    if pos == 0:
        return True
    ch = text[pos - 1]
    return not (ch.isalnum() or ch in "_@#/")


# --------------------------------------------------------------------------- loading
def _as_list(value: Any, where: str, source: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ArticleError(source, f"{where} must be a list of non-empty strings")
    return [" ".join(v.split()) for v in value]


def kb_from_dict(data: Mapping[str, Any], source: object = "<knowledge base>") -> KnowledgeBase:
    """Validate a parsed knowledge base and build a :class:`KnowledgeBase`.

    Raises :class:`~analysis.errors.ArticleError` (naming ``source``) for a
    missing or duplicate name, a bad type, an unknown parent, a parent cycle,
    an alias claimed by two actors or an alias without any capital letter.

    Example:
        >>> kb = kb_from_dict({"actors": [
        ...     {"name": "Freedonia", "type": "state", "demonyms": ["Freedonian"]},
        ...     {"name": "Rufus T. Firefly", "type": "person", "parent": "Freedonia",
        ...      "aliases": ["Firefly"]}]})
        >>> kb.resolve("Firefly"), kb.top("Rufus T. Firefly")
        ('Rufus T. Firefly', 'Freedonia')
    """
    if not isinstance(data, Mapping) or not isinstance(data.get("actors"), list):
        raise ArticleError(source, "knowledge base needs a list under 'actors'")
    actors: dict[str, Actor] = {}
    for i, entry in enumerate(data["actors"]):
        where = f"actor #{i + 1}"
        if not isinstance(entry, Mapping):
            raise ArticleError(source, f"{where} is not a mapping")
        unknown_keys = set(entry) - {"name", "type", "parent", "aliases", "demonyms"}
        if unknown_keys:
            raise ArticleError(source, f"{where} has unknown keys {sorted(unknown_keys)}")
        name = entry.get("name")
        if not isinstance(name, str) or not name.strip():
            raise ArticleError(source, f"{where} has no name")
        name = " ".join(name.split())
        where = f"actor {name!r}"
        if name in actors:
            raise ArticleError(source, f"{where} is listed twice")
        kind = entry.get("type")
        if kind not in KB_TYPES:
            raise ArticleError(source, f"{where} has type {kind!r}; use one of {KB_TYPES}")
        parent = entry.get("parent") or ""
        if not isinstance(parent, str):
            raise ArticleError(source, f"{where} has a parent that is not a name")
        actors[name] = Actor(
            name=name,
            type=kind,
            parent=" ".join(parent.split()),
            aliases=tuple(_as_list(entry.get("aliases"), f"{where} aliases", source)),
            demonyms=tuple(_as_list(entry.get("demonyms"), f"{where} demonyms", source)),
        )
    for actor in actors.values():
        if actor.parent and actor.parent not in actors:
            raise ArticleError(source, f"actor {actor.name!r} has unknown parent {actor.parent!r}")
        seen = {actor.name}
        current = actor.parent
        while current:
            if current in seen:
                raise ArticleError(source, f"actor {actor.name!r} is its own ancestor")
            seen.add(current)
            current = actors[current].parent
    surfaces: dict[str, tuple[str, str]] = {}
    for actor in actors.values():
        forms = [(actor.name, "name")] + [(a, "alias") for a in actor.aliases]
        forms += [(d, "demonym") for d in actor.demonyms]
        for form, kind in forms:
            if not any(ch.isupper() or ch.isdigit() for ch in form):
                raise ArticleError(source, f"alias {form!r} of {actor.name!r} needs a "
                                           "capital letter or a digit")
            other = surfaces.get(form)
            if other is not None and other[0] != actor.name:
                raise ArticleError(source, f"alias {form!r} belongs to both {other[0]!r} "
                                           f"and {actor.name!r}")
            if other is None or kind == "name":
                surfaces[form] = (actor.name, kind)
    not_actors = frozenset(_as_list(data.get("not_actors"), "not_actors", source))
    for name in sorted(not_actors & set(surfaces)):
        raise ArticleError(source, f"{name!r} is both an alias of {surfaces[name][0]!r} and "
                                   "listed in not_actors")
    return KnowledgeBase(actors, surfaces, not_actors, str(source))


@lru_cache(maxsize=8)
def _load_cached(path: str, mtime_ns: int) -> KnowledgeBase:
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ArticleError(path, "knowledge base is not valid YAML") from exc
    return kb_from_dict(data, path)


def load_kb(path: str | Path | None = None) -> KnowledgeBase:
    """Load (once, then from cache) the knowledge base; default ``data/actors.yaml``.

    Editing the file invalidates the cache (it is keyed on the file's mtime).

    Example:
        >>> load_kb() is load_kb()
        True
    """
    p = Path(path) if path is not None else paths.ACTORS_KB
    if not p.is_file():
        raise ArticleError(p, "no such knowledge base file")
    return _load_cached(str(p), p.stat().st_mtime_ns)


def as_kb(kb: KnowledgeBase | str | Path | None) -> KnowledgeBase:
    """Accept a :class:`KnowledgeBase`, a path or ``None`` (the default file).

    Example:
        >>> as_kb(None) is load_kb()
        True
    """
    return kb if isinstance(kb, KnowledgeBase) else load_kb(kb)


# --------------------------------------------------------------------------- tables
def aliases_frame(kb: KnowledgeBase | None = None) -> pd.DataFrame:
    """Every surface form with its canonical actor and kind, sorted.

    Example:
        >>> df = aliases_frame()
        >>> df[df["alias"] == "Moscow"].values.tolist()
        [['Moscow', 'Russia', 'alias']]
    """
    kb = as_kb(kb)
    rows = sorted((s, name, kind) for s, (name, kind) in kb.surfaces.items())
    return pd.DataFrame(rows, columns=["alias", "actor", "kind"])


def parents_frame(kb: KnowledgeBase | None = None) -> pd.DataFrame:
    """Every known actor with its type, parent and top (state-level) actor.

    Example:
        >>> df = parents_frame().set_index("actor")
        >>> df.loc["Kremlin", ["parent", "top"]].tolist()
        ['Russia', 'Russia']
    """
    kb = as_kb(kb)
    rows = sorted((a.name, a.type, a.parent, kb.top(a.name)) for a in kb.actors.values())
    return pd.DataFrame(rows, columns=["actor", "type", "parent", "top"])


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=65536)
def actor_id(name: str) -> str:
    """A stable ASCII id for an actor name (cached: the same actors recur).

    Example:
        >>> actor_id("Élysée Palace"), actor_id("Rufus T. Firefly")
        ('elysee-palace', 'rufus-t-firefly')
    """
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = _NOT_SLUG.sub("-", ascii_name.lower()).strip("-")
    return slug or "actor"


# --------------------------------------------------------------------------- speakers
@dataclass(frozen=True)
class Speaker:
    """A quoted speaker resolved to an actor.

    Example:
        >>> Speaker("Kremlin", "organisation", "Russia", "", True).in_kb
        True
    """

    name: str
    type: str
    parent: str
    role: str
    in_kb: bool


def role_parent(role: str, kb: KnowledgeBase) -> str:
    """The parent a role names: its first known non-person actor.

    A role naming only a person gives that person's parent.

    Example:
        >>> kb = load_kb()
        >>> role_parent("a Kremlin press officer", kb), role_parent("Polish Deputy Minister", kb)
        ('Kremlin', 'Poland')
        >>> role_parent("Lecturer in History", kb)
        ''
    """
    if not role:
        return ""
    person_parent = ""
    for m in kb.pattern.finditer(role):
        if not starts_word(role, m.start()) or m["alias"] not in kb.surfaces:
            continue
        name = kb.surfaces[m["alias"]][0]
        if kb.type_of(name) != "person":
            return name
        person_parent = person_parent or kb.parent(name)
    return person_parent


#: Trailing words that make a group of an institution ("NATO officials").
GROUP_HEADS: frozenset[str] = frozenset(
    "official officials source sources diplomat diplomats spokesperson spokesman "
    "spokeswoman spokespeople representatives aides staff".split()
)
_NAME_WORD = r"[A-Z][^\W\d_]*(?:['’\-][^\W\d_]+)*"
_BEFORE = re.compile(rf"((?:{_NAME_WORD}[ ]){{1,2}})$")
_AFTER = re.compile(rf"((?:[ ]{_NAME_WORD}){{1,2}})")
_NOT_FIRST = frozenset(
    "The A An And But Or If In On At For By Of To As So Mr Mrs Ms Dr Sir Prof President "
    "Minister Prime Senator Sen General Gen Lord Lady Dame".split()
)


def fuller_name(speaker: str, text: str) -> str:
    """The one fuller form of a partial person name the text uses, else ``speaker``.

    A one-word name ("Desmond", "Whitaker") or a name starting in lower case
    ("van der Zwaan") is completed when the text writes it next to other
    capitalised name words in exactly one way.

    Example:
        >>> fuller_name("Whitaker", "Ross Whitaker spoke. Whitaker left.")
        'Ross Whitaker'
        >>> fuller_name("Ann", "Ann Lee and Ann Roe met.")
        'Ann'
    """
    if not speaker or (" " in speaker and not speaker[:1].islower()):
        return speaker
    found: set[str] = set()
    i = text.find(speaker)
    while i >= 0:
        j = i + len(speaker)
        if (i == 0 or not text[i - 1].isalnum()) and (j == len(text) or not text[j].isalnum()):
            m = _BEFORE.search(text, max(0, i - 60), i)
            before = m.group(1).split() if m else []
            while before and before[0] in _NOT_FIRST:
                before = before[1:]
            after = []
            if " " not in speaker:
                m = _AFTER.match(text, j, j + 60)
                after = m.group(1).split() if m else []
                while after and (after[-1] in _NOT_FIRST or after[-1].isupper()):
                    after = after[:-1]
            if before or after:
                found.add(" ".join([*before, speaker, *after]))
        i = text.find(speaker, j)
    return next(iter(found)) if len(found) == 1 else speaker


def resolve_speaker(speaker: str, kind: str, role: str, kb: KnowledgeBase,
                    text: str = "") -> Speaker:
    """Resolve a speaker of the quotes frame to an actor.

    A known alias gives the knowledge-base actor; "NATO officials" gives
    NATO; a lone first name gives the one known person with that first name;
    a partial name is completed from ``text`` (see :func:`fuller_name`).

    Example:
        >>> kb = load_kb()
        >>> resolve_speaker("Donald Trump", "person", "US President", kb).in_kb
        True
        >>> resolve_speaker("Jane Roe", "person", "Kremlin's adviser", kb).parent
        'Kremlin'
        >>> resolve_speaker("NATO officials", "group", "", kb).name
        'NATO'
    """
    words = speaker.split()
    candidates = [speaker]
    if len(words) > 1 and words[-1].lower() in GROUP_HEADS:
        candidates.append(" ".join(words[:-1]))
    if text and kind in ("person", "unknown", ""):
        fuller = fuller_name(speaker, text)
        if fuller != speaker:
            candidates.insert(0, fuller)
            speaker = fuller
    for cand in candidates:
        name = kb.resolve(cand)
        if name is not None:
            known = kb.actors[name]
            person = kind == "person"
            if kind in ("", "unknown", "group") or person == (known.type == "person"):
                return Speaker(name, known.type, known.parent, role, True)
    known_first = kb.actors[kb.first_names[speaker]] if (
        len(words) == 1 and kind in ("person", "unknown", "") and speaker in kb.first_names
    ) else None
    if known_first is not None and (not text or any(
            n in text for n in (known_first.name, *known_first.aliases) if n != speaker)):
        # (only someone the article names: "Her husband, Sergei, ..." is no foreign minister)
        a = known_first
        return Speaker(a.name, a.type, a.parent, role, True)
    return Speaker(speaker, SPEAKER_KIND_TYPES.get(kind, "unknown"), role_parent(role, kb),
                   role, False)


def resolve_speakers(records: Sequence[Mapping[str, Any]],
                     kb: KnowledgeBase, text: str = "") -> dict[str, Speaker]:
    """Resolve every distinct speaker of quote records (dicts with ``speaker``,
    ``speaker_kind`` and ``speaker_role``); the first non-empty role wins.
    ``text`` (the article text) lets partial names be completed.

    Example:
        >>> recs = [{"speaker": "Jane Roe", "speaker_kind": "person", "speaker_role": ""},
        ...         {"speaker": "Jane Roe", "speaker_kind": "person",
        ...          "speaker_role": "Polish diplomat"}]
        >>> resolve_speakers(recs, load_kb())["Jane Roe"].parent
        'Poland'
    """
    roles: dict[str, str] = {}
    kinds: dict[str, str] = {}
    for rec in records:
        name = rec["speaker"]
        if not name:
            continue
        if not roles.get(name):
            roles[name] = rec.get("speaker_role") or ""
        if kinds.get(name) in (None, "", "unknown"):
            kinds[name] = rec.get("speaker_kind") or ""
    return {name: resolve_speaker(name, kinds[name], roles[name], kb, text) for name in roles}


def actor_records(
    article_id: str,
    speakers: Mapping[str, Speaker],
    n_quotes: Mapping[str, int],
    mention_actors: Sequence[str],
    kb: KnowledgeBase,
) -> list[tuple[Any, ...]]:
    """Rows of the ``actors`` frame (tuples in :data:`ACTOR_COLUMNS` order).

    ``speakers`` maps raw speaker names to :class:`Speaker`; ``n_quotes``
    counts quotations per canonical speaker; ``mention_actors`` holds the
    canonical actor of every mention. Actors absent from the knowledge base and
    from the speakers are of type ``unknown``.

    Example:
        >>> kb = load_kb()
        >>> rows = actor_records("a", {}, {}, ["Russia", "Russia", "Jan Kowal"], kb)
        >>> [(r[2], r[3], r[8]) for r in rows]
        [('Jan Kowal', 'unknown', 1), ('Russia', 'state', 2)]
    """
    counts: dict[str, int] = {}
    for name in mention_actors:
        counts[name] = counts.get(name, 0) + 1
    info: dict[str, tuple[str, str, str, bool]] = {}
    for name in counts:
        known = kb.actors.get(name)
        info[name] = (known.type, known.parent, "", False) if known else ("unknown", "", "",
                                                                          False)
    for sp in speakers.values():
        info[sp.name] = (sp.type, sp.parent, sp.role, True)
    return [
        (article_id, actor_id(name), name, t, parent, role, is_speaker,
         int(n_quotes.get(name, 0)), counts.get(name, 0))
        for name, (t, parent, role, is_speaker) in sorted(info.items())
    ]


def actors_frame(article: Any, quotes: pd.DataFrame, mentions: pd.DataFrame | None = None,
                 kb: KnowledgeBase | str | Path | None = None) -> pd.DataFrame:
    """The ``actors`` frame of an article: every actor named or quoted.

    ``mentions`` defaults to :func:`analysis.mentions.mentions_frame`.

    Example:
        >>> from analysis import article_from_text
        >>> art = article_from_text("NATO met in Brussels.", "a")
        >>> actors_frame(art, pd.DataFrame(columns=["speaker"]))["name"].tolist()
        ['European Union', 'NATO']
    """
    from .mentions import mentions_frame, quote_records

    kb = as_kb(kb)
    if mentions is None:
        mentions = mentions_frame(article, quotes, kb)
    recs = quote_records(quotes)
    speakers = resolve_speakers(recs, kb, article.text)
    n_quotes: dict[str, int] = {}
    for rec in recs:
        if rec["speaker"]:
            name = speakers[rec["speaker"]].name
            n_quotes[name] = n_quotes.get(name, 0) + 1
    rows = actor_records(article.article_id, speakers, n_quotes,
                         mentions["actor"].tolist(), kb)
    return make_actors_frame(rows)


def make_actors_frame(rows: Sequence[tuple[Any, ...]]) -> pd.DataFrame:
    """Build the typed ``actors`` frame from :func:`actor_records` rows.

    Example:
        >>> make_actors_frame([]).columns.tolist() == ACTOR_COLUMNS
        True
    """
    return rows_frame(rows, ACTOR_COLUMNS, ints=("n_quotes", "n_mentions"),
                      bools=("is_speaker",))
