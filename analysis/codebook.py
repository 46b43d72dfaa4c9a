"""Statement codebooks: load, validate and compile a lecturer-editable YAML file.

A codebook names a topic and its *concepts* (Discourse Network Analyzer
terms). Each concept lists cue phrases by which a speaker agrees with it and,
optionally, phrases that in themselves express disagreement. The file format is
documented at the top of ``data/codebooks/security_guarantees.yaml``; in short:

* plain phrases match case-insensitively on word boundaries, with any run of
  spaces, hyphens or quote marks between words;
* ``word*`` allows any ending, ``..`` allows up to four words in between,
  ``{NAME}`` inserts one of the phrases listed under ``groups``;
* words in capitals (``US``, ``UK``) match case-sensitively;
* ``re:...`` is a raw regular expression, in which ``{NAME}`` also inserts the
  group's phrases.

Every cue is compiled once; :func:`load_codebook` caches per path.

Example:
    >>> cb = codebook_from_dict({"topic": "t", "concepts": {"rent_control": {
    ...     "label": "Rent controls", "agree": ["rent cap*", "rent control*"]}}})
    >>> [(c, sign) for c, sign, *_ in cb.find("They want rent caps now.")]
    [('rent_control', 1)]
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from . import paths
from .patterns import Substrings, lower_like_regex, lowered, needed_strings, trie_pattern

#: Columns of :meth:`Codebook.frame`.
CODEBOOK_COLUMNS: list[str] = [
    "concept", "label", "direction", "against", "agent_direction", "n_agree_cues",
    "n_disagree_cues", "agree_cues", "disagree_cues", "description",
]

_SEP = r"[\s\-‐–\"“”]+"
# (a gap does not run over a negation: "the United States will not be part of it" is
# no "{US} .. part of")
_GAP = r"(?:\W+(?!(?:not|never|no)\b|[\w’']*n[’']t\b)[\w’']+){0,4}?\W+"
_ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,}$|^[A-Z]{2,}(?:[’']s)?$")
_GROUP = re.compile(r"^\{([A-Za-z_][A-Za-z0-9_]*)\}$")
_WORD = re.compile(r"\w+")


class CodebookError(ValueError):
    """A codebook file is missing fields or holds an invalid value.

    Example:
        >>> str(CodebookError("cb.yaml", "no concepts"))
        'cb.yaml: no concepts'
    """

    def __init__(self, source: object, reason: str) -> None:
        super().__init__(f"{source}: {reason}")


@dataclass(frozen=True)
class Concept:
    """One concept and its compiled cues.

    ``compiled`` holds ``(first_words, sign, pattern)`` per cue: the
    lower-cased 3-letter prefixes of the words a phrase cue can start with
    (empty for a ``re:`` cue, which is searched everywhere), +1 for an
    agreement and -1 for a disagreement cue, and the compiled pattern.
    """

    id: str
    label: str
    description: str
    direction: int
    against: str
    agree: tuple[str, ...]
    disagree: tuple[str, ...]
    compiled: tuple[tuple[frozenset[str], int, re.Pattern[str]], ...]
    agent_direction: int = 0
    #: Who can be the agent (a compiled ``groups`` entry matched against the
    #: actor's name as written); ``None``: any named actor.
    agents: re.Pattern[str] | None = None
    #: Agreeing names what would make doubted guarantees credible (a treaty, US
    #: backing): doubt together with such a demand is a conditional position.
    answers_doubt: bool = False
    #: Who is asked to give what the concept names (a compiled ``groups`` entry, e.g.
    #: the United States for US backing): their own disagreement is a refusal, which
    #: counts as opposition; ``None``: nobody in particular.
    backers: re.Pattern[str] | None = None
    #: Agreeing with it *instead of* something else ("host the talks rather than
    #: send jets") prefers it to the topic: also coded on ``rejection_concept``.
    alternative: bool = False
    #: A cue right after one of these words is not this concept ("Russian troops"
    #: are not troops for a guarantee); matched against the text before the cue.
    not_after: re.Pattern[str] | None = None
    #: Per entry of ``compiled``: a pattern that the whole word (``\w+``) at the
    #: start of every match of that entry's cues fullmatches (``None``: not known).
    #: A cheap word-level test: words failing it never start a match.
    first_word: tuple[re.Pattern[str] | None, ...] = ()


_Entry = tuple[int, str, int, re.Pattern[str], "re.Pattern[str] | None"]
#: The cues that may start at a word, by concept: ``(concept order, concept id,
#: ((sign, pattern), ...))``, the patterns in index order (the first match wins).
_Group = tuple[int, str, tuple[tuple[int, re.Pattern[str]], ...]]


@dataclass(frozen=True)
class Codebook:
    """A topic with its concepts and compiled cue patterns.

    Example:
        >>> cb = load_codebook()
        >>> cb.topic, "us_backing" in cb.concept_ids
        ('security_guarantees', True)
    """

    topic: str
    title: str
    question: str
    concepts: dict[str, Concept]
    topic_pattern: re.Pattern[str] | None
    attitude_concept: str
    attitude_sign: int
    source: str = ""
    #: Optional concept for rejecting the topic itself as harmful ("X rejects any
    #: guarantees", "guarantees are a road to escalation"); "" codes such
    #: statements on ``attitude_concept`` instead.
    rejection_concept: str = ""
    #: Entries ``(concept order, concept id, sign, pattern, first-word test)`` by the
    #: 3-letter prefix of the words their cues may start with (see
    #: :attr:`Concept.first_word`); ``_raw`` are searched everywhere.
    _index: dict[str, list[_Entry]] = field(default_factory=dict, repr=False)
    _raw: list[_Entry] = field(default_factory=list, repr=False)
    #: Cache: a word as written -> the index entries that may start at it, by concept.
    _by_word: dict[str, tuple[_Group, ...]] = field(default_factory=dict, init=False,
                                                    repr=False, compare=False)
    #: The ``not_after`` patterns by concept id (the concepts that have one).
    _not_after: dict[str, re.Pattern[str]] = field(default_factory=dict, init=False,
                                                   repr=False, compare=False)
    #: Lower-cased literal word stems one of which every topic term contains.
    _topic_stems: tuple[str, ...] = ()
    #: The ``_topic_stems`` as one literal alternation (a trie): one search finds any.
    _topic_stem_pattern: re.Pattern[str] | None = field(default=None, init=False, repr=False,
                                                        compare=False)
    #: ``topic_references`` after a determiner ("the plan"): they name the topic in
    #: an article that names it (see :meth:`for_text`).
    reference_pattern: re.Pattern[str] | None = field(default=None, repr=False,
                                                      compare=False)
    #: The reference nouns, lower-cased.
    _reference_nouns: tuple[str, ...] = field(default=(), repr=False, compare=False)
    #: ``topic_pattern`` with the character before the match taken by it (a pattern
    #: opening with a character class, which the engine scans for fast), when every
    #: topic term is a phrase (see :meth:`_search_topic`); else ``None``.
    _topic_after: re.Pattern[str] | None = field(default=None, repr=False, compare=False)
    #: Strings one of which every match holds, by ``id`` of the patterns searched
    #: over whole stretches (``re:`` cues, ``not_after``): a cheap pre-test.
    _needs: dict[int, tuple[str, ...] | None] = field(default_factory=dict, init=False,
                                                      repr=False, compare=False)
    #: Every string of ``_needs`` of the ``_raw`` cues: one search per stretch finds
    #: those it holds.
    _raw_needs: Substrings = field(default=Substrings(()), init=False, repr=False,
                                   compare=False)
    #: Positions in ``_raw`` by each string of ``_needs`` (the cues that string may
    #: start), and of the raw cues that need no string (searched always).
    _raw_by_need: dict[str, tuple[int, ...]] = field(default_factory=dict, init=False,
                                                     repr=False, compare=False)
    _raw_always: tuple[int, ...] = field(default=(), init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self._topic_stems and all(self._topic_stems):  # (a frozen dataclass: set here)
            object.__setattr__(self, "_topic_stem_pattern",
                               re.compile(trie_pattern(self._topic_stems)))
        for order, concept in enumerate(self.concepts.values()):
            if concept.not_after is not None:
                self._needs[id(concept.not_after)] = needed_strings(concept.not_after)
                self._not_after[concept.id] = concept.not_after
            tests = concept.first_word or (None,) * len(concept.compiled)
            # disagreement cues first: at the same position they win
            for (firsts, sign, pattern), test in sorted(zip(concept.compiled, tests,
                                                            strict=True),
                                                        key=lambda c: c[0][1]):
                entry = (order, concept.id, sign, pattern, test)
                if not firsts:
                    self._raw.append(entry)
                    self._needs[id(pattern)] = needed_strings(pattern)
                for key in sorted(firsts):
                    self._index.setdefault(key, []).append(entry)
        object.__setattr__(self, "_raw_needs", Substrings(tuple(sorted(
            {n for e in self._raw for n in self._needs.get(id(e[3])) or ()}))))
        by_need: dict[str, list[int]] = {}
        always = []
        for k, entry in enumerate(self._raw):
            need = self._needs.get(id(entry[3]))
            if need is None:
                always.append(k)
            for n in need or ():
                by_need.setdefault(n, []).append(k)
        self._raw_by_need.update((n, tuple(ks)) for n, ks in by_need.items())
        object.__setattr__(self, "_raw_always", tuple(always))

    def _may_occur(self, pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
        """False when ``pattern`` cannot match in ``text[start:end]`` (a string every
        match holds is missing); True when it may."""
        need = self._needs.get(id(pattern))
        if need is None:
            return True
        low = lowered(text)  # the whole article, lower-cased once
        if low is not None:
            return _finds_any(low, need, start, end)
        low = lower_like_regex(text[start:end])
        return low is None or any(n in low for n in need)

    def _candidates(self, word: str) -> tuple[_Group, ...]:
        """The index entries whose cues may start at ``word``, by concept (cached)."""
        groups: dict[int, tuple[str, list[tuple[int, re.Pattern[str]]]]] = {}
        for order, cid, sign, pattern, test in self._index.get(word[:3].lower(), ()):
            if test is None or test.fullmatch(word):
                groups.setdefault(order, (cid, []))[1].append((sign, pattern))
        found = tuple((order, cid, tuple(alts)) for order, (cid, alts) in groups.items())
        if len(self._by_word) >= 100_000:
            self._by_word.clear()
        self._by_word[word] = found
        return found

    @property
    def concept_ids(self) -> list[str]:
        """Concept ids in codebook order."""
        return list(self.concepts)

    def find(self, text: str, start: int = 0, end: int | None = None
             ) -> list[tuple[str, int, int, int, str]]:
        """Every cue in ``text[start:end]`` as ``(concept, sign, start, end, cue)``.

        ``sign`` is +1 for an agreement cue and -1 for a disagreement cue;
        offsets index ``text``. Sorted by start, then concept order.

        Example:
            >>> load_codebook().find("We need air cover, not troops.")[0][:2]
            ('air_power', 1)
        """
        end = len(text) if end is None else end
        found: dict[tuple[int, int], tuple[int, str, int, int, str, int]] = {}
        by_word = self._by_word
        for w in _WORD.finditer(text, start, end):
            word = w.group()
            groups = by_word.get(word)
            if groups is None:
                groups = self._candidates(word)
            if not groups:
                continue
            at = w.start()
            for order, cid, alts in groups:
                for sign, pattern in alts:  # (disagreement cues first)
                    m = pattern.match(text, at, end)
                    if m is not None:
                        found[(at, order)] = (order, cid, sign, m.end(), m.group(),
                                              id(pattern))
                        break
        low = lowered(text)  # the whole article, lower-cased once
        needs = self._needs
        raw = self._raw
        if low is not None and raw:
            # the raw cues one of whose strings the stretch holds (found in one search),
            # in ``_raw`` order
            held = self._raw_needs.within(low, start, end)
            by_need = self._raw_by_need
            picked = set(self._raw_always)
            for n in held:
                picked.update(by_need[n])
            entries = [raw[k] for k in sorted(picked)]
        else:
            entries = [e for e in raw if self._may_occur(e[3], text, start, end)]
        for order, cid, sign, pattern, _ in entries:
            for m in pattern.finditer(text, start, end):
                found.setdefault((m.start(), order),
                                 (order, cid, sign, m.end(), m.group(), id(pattern)))
        if not found:
            return []
        hits = sorted((a, order, cid, sign, b, cue, pid)
                      for (a, _), (order, cid, sign, b, cue, pid) in found.items())
        # ("Trump said America would stand behind": of two matches of one cue that end
        # together, the one that starts later is the evidence)
        inner = {(pid, b): a for a, _, _, _, b, _, pid in hits}
        not_after = self._not_after
        out = []
        for a, _, cid, sign, b, cue, pid in hits:
            if inner[(pid, b)] != a:
                continue
            before = not_after.get(cid)
            if before is not None:
                lo = max(start, a - 40)
                need = needs.get(id(before))
                if (need is None or (_finds_any(low, need, lo, a) if low is not None
                                     else self._may_occur(before, text, lo, a))) and \
                        before.search(text, lo, a) is not None:
                    continue  # a cue right after a word it may not follow
            out.append((cid, sign, a, b, cue))
        return out

    def mentions_topic(self, text: str, start: int = 0, end: int | None = None) -> bool:
        """Whether ``text[start:end]`` names the topic itself.

        Example:
            >>> load_codebook().mentions_topic("what the guarantees would entail")
            True
        """
        return self.find_topic(text, start, end) is not None

    def find_topic(self, text: str, start: int = 0, end: int | None = None
                   ) -> re.Match[str] | None:
        """The first words in ``text[start:end]`` that name the topic itself.

        Example:
            >>> load_codebook().find_topic("what the guarantees would entail").group()
            'guarantees'
        """
        if self.topic_pattern is None:
            return None
        end = len(text) if end is None else end
        low = lowered(text)  # the whole article, lower-cased once
        if low is None:
            part = text[start:end].lower()
            if any(stem in part for stem in self._topic_stems):
                return self.topic_pattern.search(text, start, end)
            return None
        stems = self._topic_stem_pattern  # one search for every stem, bounded to the range
        if stems is not None:
            return self._search_topic(text, start, end) if stems.search(low, start, end) \
                else None
        for stem in self._topic_stems:
            if low.find(stem, start, end) >= 0:
                return self._search_topic(text, start, end)
        return None

    def _search_topic(self, text: str, start: int, end: int) -> re.Match[str] | None:
        """``topic_pattern.search(text, start, end)``: every topic term starts after a
        character that is no word character (or at the text's start), so the first
        match starts right after the first such character at which ``_topic_after``
        matches; the match there is found again with ``topic_pattern``."""
        pattern = self.topic_pattern
        assert pattern is not None
        fast = self._topic_after
        if fast is None or start < 0:
            return pattern.search(text, start, end)
        if start == 0:  # (a match at the text's start has no character before it)
            first = pattern.match(text, 0, end)
            if first is not None:
                return first
            m = fast.search(text, 0, end)
        else:
            m = fast.search(text, start - 1, end)
        if m is None:
            return None
        return pattern.match(text, m.start() + 1, end) or pattern.search(text, start, end)

    def for_text(self, text: str) -> Codebook:
        """The codebook to code ``text`` with.

        In an article that names the topic itself, the codebook's
        ``topic_references`` ("the plan", "the initiative") name it too: "she
        backed the plan" is a position on the topic. Elsewhere they name nothing.
        The references are found once, over the whole article.

        Example:
            >>> cb = load_codebook()
            >>> t = "A plan for guarantees. She backed the plan."
            >>> cb.for_text(t).mentions_topic(t, 23), cb.mentions_topic(t, 23)
            (True, False)
            >>> cb.for_text("A plan for housing. She backed the plan.") is cb
            True
        """
        if self.reference_pattern is None or not self.mentions_topic(text):
            return self
        # the nouns the text holds (a substring test each), then the determiner
        # phrase each heads
        low = text.lower()
        starts = []
        for noun in self._reference_nouns:  # a substring search each, in C
            at = low.find(noun)
            while at >= 0:
                end = at + len(noun)
                if not (at and (low[at - 1].isalnum() or low[at - 1] == "-")) and not (
                        end < len(low) and (low[end].isalnum() or low[end] == "-")):
                    lead = _REFERENCE_LEAD_BEFORE.search(text, max(0, at - 60), at)
                    if lead is not None:
                        starts.append(lead.start())
                at = low.find(noun, end)
        starts.sort()
        return _ReferringView(self, text, starts) if starts else self  # type: ignore[return-value]

    def frame(self) -> pd.DataFrame:
        """The concepts as a table (columns :data:`CODEBOOK_COLUMNS`).

        Example:
            >>> load_codebook().frame()["concept"].iloc[0]
            'us_backing'
        """
        rows = [
            (c.id, c.label, c.direction, c.against, c.agent_direction, len(c.agree),
             len(c.disagree), "; ".join(c.agree), "; ".join(c.disagree), c.description)
            for c in self.concepts.values()
        ]
        return pd.DataFrame(rows, columns=CODEBOOK_COLUMNS)


def _finds_any(low: str, needles: tuple[str, ...], start: int, end: int) -> bool:
    """Whether one of ``needles`` occurs in ``low[start:end]``.

    Example:
        >>> _finds_any("no air cover", ("cover", "power"), 0, 12), _finds_any("air", ("ai",), 1, 3)
        (True, False)
    """
    for n in needles:  # a plain loop: called per raw cue and per hit
        if low.find(n, start, end) >= 0:
            return True
    return False


# --------------------------------------------------------------------------- compiling
def _word(token: str) -> str:
    star = token.endswith("*")
    word = token[:-1] if star else token
    body = "".join("['’]" if ch in "'’" else re.escape(ch) for ch in word)
    if _ACRONYM.match(word):
        body = f"(?-i:{body})"
    return body + (r"\w*" if star else "")


def _phrase(phrase: str, groups: dict[str, str], source: object) -> str:
    tokens = phrase.split()
    if not tokens:
        raise CodebookError(source, "empty cue phrase")
    out: list[str] = []
    sep_next = ""
    for token in tokens:
        if token == "..":
            sep_next = _GAP
            continue
        group = _GROUP.match(token)
        if group:
            name = group.group(1)
            if name not in groups:
                raise CodebookError(source, f"cue {phrase!r} uses unknown group {{{name}}}")
            part = groups[name]
        else:
            part = _word(token)
        if out:
            out.append(sep_next or _SEP)
        out.append(part)
        sep_next = ""
    if sep_next:
        raise CodebookError(source, f"cue {phrase!r} ends with '..'")
    body = "".join(out)
    tail = "" if tokens[-1].endswith("*") else r"(?!\w)"
    return rf"(?<!\w){body}{tail}"


#: A group named inside a regular-expression cue ("re:...to\\s+{RUSSIA}\\s+to").
_GROUP_IN_REGEX = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def compile_cue(cue: str, groups: dict[str, str] | None = None, source: object = "cue") -> str:
    r"""Translate one cue into a regular expression (without flags).

    Example:
        >>> bool(re.search(compile_cue("boots on the ground"), "boots-on-the-ground"))
        True
        >>> bool(re.search(compile_cue("US backing"), "us backing", re.I))
        False
        >>> compile_cue(r"re:to\s+{R}\s+to", {"R": "Moscow|Kremlin"})
        'to\\s+(?:Moscow|Kremlin)\\s+to'
    """
    cue = str(cue)
    if cue.startswith("re:"):
        body = cue[3:]
        for name in _GROUP_IN_REGEX.findall(body):
            if name not in (groups or {}):
                raise CodebookError(source, f"cue {cue!r} uses unknown group {{{name}}}")
        body = _GROUP_IN_REGEX.sub(lambda m: f"(?:{(groups or {})[m.group(1)]})", body)
        try:
            re.compile(body)
        except re.error as exc:
            raise CodebookError(source, f"bad regular expression {body!r}: {exc}") from exc
        return body
    return _phrase(cue, groups or {}, source)


def _first_words(cue: str, group_words: dict[str, set[str]]) -> set[str]:
    """3-letter prefixes of the words a phrase cue can start with."""
    first = cue.split()[0]
    group = _GROUP.match(first)
    if group:
        return group_words.get(group.group(1), set())
    word = _WORD.search(first.lower())
    return {word.group()[:3]} if word else set()


def _word_test(token: str, group_tests: dict[str, str | None]) -> str | None:
    r"""A pattern the whole word (``\w+``) that starts a match of a cue beginning
    with ``token`` fullmatches (with ``re.IGNORECASE``), or ``None`` if unknown.

    A plain word must be that word: the next character of a match is a separator
    or the end; ``word*`` may go on; ``{NAME}`` is "the" or a member's first word.

    Example:
        >>> _word_test("troops", {}), _word_test("escalat*", {}), _word_test("no-fly", {})
        ('troops', 'escalat\\w*', 'no')
    """
    group = _GROUP.match(token)
    if group:
        return group_tests.get(group.group(1))
    star = token.endswith("*")
    word = token[:-1] if star else token
    lead = re.match(r"[A-Za-z0-9_]+", word)
    if token == ".." or lead is None:
        return None
    rest = word[lead.end():]
    if rest and (rest[0].isalnum() or rest[0] == "_" or not (rest[0].isascii()
                                                             or rest[0] in "'’")):
        return None  # a letter beyond ASCII: not sure where the word ends
    return re.escape(lead.group()) + (r"\w*" if star and not rest else "")


#: What precedes a topic reference: a determiner and at most two words, neither "of"
#: nor "air" ("the use of force", "the Air Force" refer to no plan).
_REFERENCE_LEAD = (r"\b(?:the|this|that|such\s+an?|any|their|our|its|his|her|your)\s+"
                   r"(?:(?!(?:of|air)\b)[\w’'-]+\s+){0,2}?")
#: The same lead, found backwards from a reference noun.
_REFERENCE_LEAD_BEFORE = re.compile(
    r"\b(?:the|this|that|such\s+an?|any|their|our|its|his|her|your)\s+"
    r"(?:(?!(?:of|air)\b)[\w’'-]+\s+){0,2}$", re.IGNORECASE)


def _stem(term: str) -> str:
    """The longest literal piece of a phrase cue, lower-cased (a cheap pre-test)."""
    if term.startswith("re:"):
        return ""
    words = [w.rstrip("*") for w in term.split() if w != ".." and not _GROUP.match(w)]
    return max(words, key=len).lower() if words else ""


def _raw_first_words(body: str) -> frozenset[str]:
    r"""Index a ``re:`` cue by its first word when it starts with ``\bword``."""
    m = re.match(r"\\b([A-Za-z]+)(?![A-Za-z]*(?:[?*+{|\[]|\((?!\?<)))", body)
    return frozenset({m.group(1)[:3].lower()}) if m else frozenset()


def _raw_word_test(body: str) -> str | None:
    r"""For a ``re:`` cue that :func:`_raw_first_words` indexes, a pattern the whole
    word (``\w+``) at the start of every match fullmatches (with ``re.IGNORECASE``):
    the cue opens with ``\b`` and letters, so the word begins with them.

    Example:
        >>> _raw_word_test(r"\bthey\W{0,2}are\b"), _raw_word_test(r"\bthey|\bwe") is None
        ('they\\w*', True)
    """
    if not _raw_first_words(body):
        return None
    try:
        from re import _constants as c  # type: ignore[attr-defined]
        from re import _parser  # type: ignore[attr-defined]

        items = list(_parser.parse(body, re.IGNORECASE).data)
    except Exception:  # noqa: BLE001 - another regex engine: no test
        return None
    if not items or items[0] != (c.AT, c.AT_BOUNDARY):
        return None  # (e.g. an alternation at the top: its branches start anywhere)
    letters = ""
    for op, av in items[1:]:
        if op is not c.LITERAL or not chr(av).isascii() or not chr(av).isalpha():
            break
        letters += chr(av)
    return re.escape(letters) + r"\w*" if letters else None


def _after_boundary(patterns: list[str]) -> re.Pattern[str] | None:
    r"""The alternation of ``patterns`` (compiled case-insensitively), each of which
    starts with ``(?<!\w)``, with that look-behind replaced by a ``\W`` the match
    takes; ``None`` if a pattern starts otherwise.

    Example:
        >>> _after_boundary([r"(?<!\w)air\s+cover"]).search("no air cover").start()
        2
        >>> _after_boundary([r"\bair"]) is None
        True
    """
    lead = r"(?<!\w)"
    if not patterns or not all(p.startswith(lead) for p in patterns):
        return None
    return re.compile(r"\W" + _alternation([p[len(lead):] for p in patterns]), re.IGNORECASE)


def _alternation(patterns: list[str]) -> str:
    return "(?:" + "|".join(patterns) + ")" if patterns else "(?!)"


def _strings(value: Any, what: str, source: object) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str | int | float) for v in value):
        raise CodebookError(source, f"{what} must be a list of phrases")
    return [str(v) for v in value]


def codebook_from_dict(data: Any, source: object = "<codebook>") -> Codebook:
    """Validate a parsed codebook and compile its cues.

    Required: ``topic`` and ``concepts`` (a mapping of id → fields with at least
    ``agree``). Optional per concept: ``label``, ``description``, ``direction``
    (-1, 0 or 1; default 1), ``against`` (sceptical | oppose; default oppose),
    ``agent_direction`` (-1, 0 or 1; default 0), ``agents`` (the name of a
    group whose members alone can be the agent), ``backers`` (the name of a group
    asked to give what the concept names: their refusal is opposition), ``answers_doubt`` and
    ``alternative`` (true or false; default false), ``not_after`` (phrases after
    which a cue is not the concept, e.g. ``"{RUSSIA}"`` for "Russian troops"),
    ``disagree``. Optional at the
    top: ``title``, ``question``, ``groups``, ``topic_terms``, ``topic_references``
    (nouns that name the topic in an article that names it, see
    :meth:`Codebook.for_text`), ``attitude_concept``, ``attitude_sign`` and
    ``rejection_concept`` (a concept of direction -1 on which rejecting the topic
    as harmful is coded).

    Example:
        >>> codebook_from_dict({"topic": "t"})
        Traceback (most recent call last):
        ...
        analysis.codebook.CodebookError: <codebook>: 'concepts' must be a non-empty mapping
    """
    if not isinstance(data, dict):
        raise CodebookError(source, "a codebook must be a YAML mapping")
    topic = data.get("topic")
    if not isinstance(topic, str) or not topic:
        raise CodebookError(source, "'topic' must be a non-empty string")
    raw_concepts = data.get("concepts")
    if not isinstance(raw_concepts, dict) or not raw_concepts:
        raise CodebookError(source, "'concepts' must be a non-empty mapping")
    raw_groups = data.get("groups") or {}
    if not isinstance(raw_groups, dict):
        raise CodebookError(source, "'groups' must be a mapping of name -> phrases")
    groups: dict[str, str] = {}
    group_words: dict[str, set[str]] = {}
    group_tests: dict[str, str | None] = {}
    for name, members in raw_groups.items():
        phrases = _strings(members, f"group {name!r}", source)
        tests = [_word_test(p.split()[0], {}) if p.split() else None for p in phrases]
        group_tests[str(name)] = (None if None in tests
                                  else "the|" + "|".join(t for t in tests if t is not None))
        group_words[str(name)] = {w.group()[:3] for p in phrases
                                  if (w := _WORD.search(p.lower())) is not None}
        members_re = _alternation([_phrase(p, {}, source).replace(r"(?<!\w)", "")
                                   .replace(r"(?!\w)", "") for p in phrases])
        groups[str(name)] = rf"(?:the\s+)?{members_re}"
    concepts: dict[str, Concept] = {}
    for cid, fields in raw_concepts.items():
        cid = str(cid)
        if not re.fullmatch(r"[a-z][a-z0-9_]*", cid):
            raise CodebookError(source, f"concept id {cid!r} must be lower_snake_case")
        if not isinstance(fields, dict):
            raise CodebookError(source, f"concept {cid!r} must be a mapping")
        agree = _strings(fields.get("agree"), f"{cid}.agree", source)
        disagree = _strings(fields.get("disagree"), f"{cid}.disagree", source)
        if not agree:
            raise CodebookError(source, f"concept {cid!r} has no agree cues")
        direction = fields.get("direction", 1)
        if direction not in (-1, 0, 1):
            raise CodebookError(source, f"concept {cid!r}: direction must be -1, 0 or 1")
        agent_direction = fields.get("agent_direction", 0)
        if agent_direction not in (-1, 0, 1):
            raise CodebookError(source, f"concept {cid!r}: agent_direction must be -1, 0 or 1")
        agents = fields.get("agents")
        if agents is not None and agents not in groups:
            raise CodebookError(source, f"concept {cid!r}: agents must name a group")
        backers = fields.get("backers")
        if backers is not None and backers not in groups:
            raise CodebookError(source, f"concept {cid!r}: backers must name a group")
        answers_doubt = fields.get("answers_doubt", False)
        alternative = fields.get("alternative", False)
        for key, value in (("answers_doubt", answers_doubt), ("alternative", alternative)):
            if not isinstance(value, bool):
                raise CodebookError(source, f"concept {cid!r}: {key} must be true or false")
        not_after = _strings(fields.get("not_after"), f"{cid}.not_after", source)
        against = fields.get("against", "oppose")
        if against not in ("sceptical", "oppose"):
            raise CodebookError(source, f"concept {cid!r}: against must be sceptical or oppose")
        # cues of one sign that start with the same word share one pattern
        by_start: dict[tuple[int, str], list[str]] = {}
        for cues, sign in ((agree, 1), (disagree, -1)):
            for c in cues:
                key = c if c.startswith("re:") else c.split()[0]
                by_start.setdefault((sign, key), []).append(compile_cue(c, groups, source))
        compiled = tuple(
            (_raw_first_words(key[3:]) if key.startswith("re:") else
             frozenset(_first_words(key, group_words)),
             sign, re.compile(_alternation(parts), re.IGNORECASE))
            for (sign, key), parts in by_start.items())
        first_word = tuple(
            None if (test := _raw_word_test(key[3:]) if key.startswith("re:") else
                     _word_test(key, group_tests)) is None
            else re.compile(test, re.IGNORECASE)
            for (sign, key) in by_start)
        concepts[cid] = Concept(
            id=cid,
            label=str(fields.get("label", cid)),
            description=" ".join(str(fields.get("description", "")).split()),
            direction=int(direction),
            against=str(against),
            agree=tuple(agree),
            disagree=tuple(disagree),
            compiled=compiled,
            first_word=first_word,
            agent_direction=int(agent_direction),
            agents=(re.compile(groups[agents] + r"(?:[’']s)?", re.IGNORECASE)
                    if agents is not None else None),
            answers_doubt=answers_doubt,
            backers=(re.compile(rf"\b(?:{groups[backers]})\b", re.IGNORECASE)
                     if backers is not None else None),
            alternative=alternative,
            not_after=(re.compile(_alternation([compile_cue(c, groups, source)
                                                for c in not_after])
                                  + r"(?:[’']s)?[\s\-]+$", re.IGNORECASE)
                       if not_after else None),
        )
    terms = _strings(data.get("topic_terms"), "topic_terms", source)
    references = _strings(data.get("topic_references"), "topic_references", source)
    if references and not terms:
        raise CodebookError(source, "'topic_references' need 'topic_terms'")
    if not all(re.fullmatch(r"[A-Za-z][A-Za-z-]*", r) for r in references):
        raise CodebookError(source, "'topic_references' must be single words ('plan', "
                                    "'plans'), without * or re:")
    attitude_concept = str(data.get("attitude_concept", next(iter(concepts))))
    if attitude_concept not in concepts:
        raise CodebookError(source, f"attitude_concept {attitude_concept!r} is not a concept")
    attitude_sign = data.get("attitude_sign", 1)
    if attitude_sign not in (-1, 1):
        raise CodebookError(source, "attitude_sign must be -1 or 1")
    rejection_concept = str(data.get("rejection_concept") or "")
    if rejection_concept and (rejection_concept not in concepts
                              or concepts[rejection_concept].direction != -1):
        raise CodebookError(source, f"rejection_concept {rejection_concept!r} must be a "
                                    "concept with direction -1")
    return Codebook(
        topic=topic,
        title=str(data.get("title", topic)),
        question=str(data.get("question", "")),
        concepts=concepts,
        topic_pattern=(re.compile(_alternation([compile_cue(t, groups, source) for t in terms]),
                                  re.IGNORECASE) if terms else None),
        _topic_after=_after_boundary([compile_cue(t, groups, source) for t in terms]),
        _topic_stems=tuple(sorted({_stem(t) for t in terms})),
        # a reference heads a determiner phrase ("the plan", "this initiative", "any
        # such offer"), and is not the object of "of" ("the use of force")
        reference_pattern=(re.compile(_REFERENCE_LEAD + _alternation(
            [compile_cue(r, groups, source) for r in references]), re.IGNORECASE)
            if references else None),
        _reference_nouns=tuple(sorted({r.lower() for r in references})),
        attitude_concept=attitude_concept,
        attitude_sign=int(attitude_sign),
        rejection_concept=rejection_concept,
        source=str(source),
    )


class _ReferringView:
    """A codebook for one article whose ``topic_references`` name the topic.

    Behaves as the codebook it wraps, except that the references found in the
    article (``starts``) count as mentions of the topic.

    Example:
        >>> t = "Guarantees, again. We back the plan."
        >>> view = load_codebook().for_text(t)
        >>> view.find_topic(t, 19).group(), view.topic
        ('the plan', 'security_guarantees')
    """

    __slots__ = ("_book", "_text", "_starts", "find", "concepts", "attitude_concept",
                 "attitude_sign", "rejection_concept")

    def __init__(self, book: Codebook, text: str, starts: list[int]) -> None:
        self._book = book
        self._text = text
        self._starts = starts
        # the attributes the coder reads most, without a __getattr__ call each
        self.find = book.find
        self.concepts = book.concepts
        self.attitude_concept = book.attitude_concept
        self.attitude_sign = book.attitude_sign
        self.rejection_concept = book.rejection_concept

    def __getattr__(self, name: str) -> Any:
        return getattr(self._book, name)

    def mentions_topic(self, text: str, start: int = 0, end: int | None = None) -> bool:
        """As :meth:`Codebook.mentions_topic`, with the article's references."""
        return self.find_topic(text, start, end) is not None

    def find_topic(self, text: str, start: int = 0, end: int | None = None
                   ) -> re.Match[str] | None:
        """As :meth:`Codebook.find_topic`, with the article's references."""
        end = len(text) if end is None else end
        found = self._book.find_topic(text, start, end)
        pattern = self._book.reference_pattern
        assert pattern is not None
        if text is not self._text:
            ref = pattern.search(text, start, end)
        else:
            k = bisect.bisect_left(self._starts, start)
            ref = None
            while k < len(self._starts) and self._starts[k] < end and (
                    found is None or self._starts[k] < found.start()):
                ref = pattern.match(text, self._starts[k], end)
                if ref is not None:
                    break
                k += 1
        if ref is not None and (found is None or ref.start() < found.start()):
            return ref
        return found


@lru_cache(maxsize=16)
def _load(path: str) -> Codebook:
    file = Path(path)
    try:
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
    except OSError as exc:
        raise CodebookError(file.name, f"cannot read codebook ({exc.strerror})") from exc
    except yaml.YAMLError as exc:
        raise CodebookError(file.name, f"invalid YAML ({exc.__class__.__name__})") from exc
    return codebook_from_dict(data, file.name)


def load_codebook(path: str | Path | Codebook | None = None) -> Codebook:
    """Load (once per path) and validate a codebook; default: the project's.

    A :class:`Codebook` passes through unchanged.

    Example:
        >>> load_codebook() is load_codebook(paths.CODEBOOK)
        True
    """
    if isinstance(path, Codebook):
        return path
    if path is None:
        return _default()
    return _load(str(Path(path).resolve()))


@lru_cache(maxsize=1)
def _default() -> Codebook:
    return _load(str(paths.CODEBOOK.resolve()))
