"""Regular-expression building blocks shared by the stages.

Example:
    >>> import re
    >>> [m.group() for m in re.finditer(trie_pattern(["US", "USA", "UK"]), "USA US UK")]
    ['USA', 'US', 'UK']
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from typing import Any


def trie_pattern(words: Iterable[str]) -> str:
    """A regular expression matching exactly ``words``, as a trie of nested alternations.

    The regex engine then follows one branch per letter instead of trying every
    word, and of two words where one is a prefix of the other the longer wins.

    Example:
        >>> trie_pattern(["say", "says", "said"])
        'sa(?:id|ys?)'
        >>> re.fullmatch(trie_pattern(["add", "added", "ask"]), "added") is not None
        True
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + emit(node[ch]) for ch in sorted(node) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" not in node:
            return body
        return body + "?" if len(branches) == 1 and len(branches[0]) == 1 else \
            "(?:" + body + ")?"

    return emit(trie)


class Substrings:
    """Which of some strings occur in a text, by one regex search per place
    where one of them starts (instead of one substring test per string).

    :meth:`present` equals ``tuple(n for n in needles if n in text)``;
    :meth:`occurs` equals ``any(n in text for n in needles)``.

    Example:
        >>> s = Substrings(("hop", "rather", "hope", "ready"))
        >>> s.present("we hope, rather"), s.occurs("nothing")
        (('hop', 'rather', 'hope'), False)
    """

    def __init__(self, needles: tuple[str, ...]) -> None:
        self.needles = needles
        # a trie matches the longest needle at a place; the shorter ones there are
        # its prefixes
        self._simple = bool(needles) and "" not in needles and len(set(needles)) == len(needles)
        self._pattern = re.compile(trie_pattern(needles)) if self._simple else None
        self._rank = {n: i for i, n in enumerate(needles)}
        self._prefixes = {n: tuple(m for m in needles if n.startswith(m)) for n in needles}

    def present(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> tuple[str, ...]:
        """The needles that occur in ``text[pos:endpos]``, in the order given."""
        if self._pattern is None:
            return tuple(n for n in self.needles if text.find(n, pos, endpos) >= 0)
        search = self._pattern.search
        m = search(text, pos, endpos)
        if m is None:
            return ()
        found: set[str] = set()
        prefixes = self._prefixes
        while m is not None:
            found.update(prefixes[m.group()])
            m = search(text, m.start() + 1, endpos)
        return tuple(sorted(found, key=self._rank.__getitem__))

    def within(self, text: str, pos: int, endpos: int) -> set[str]:
        """The needles that occur whole in ``text[pos:endpos]`` (unordered).

        Example:
            >>> sorted(Substrings(("war", "wart", "art")).within("a wart", 2, 5))
            ['war']
        """
        if self._pattern is None:
            return {n for n in self.needles if text.find(n, pos, endpos) >= 0}
        search = self._pattern.search
        m = search(text, pos, endpos)
        found: set[str] = set()
        prefixes = self._prefixes
        while m is not None:
            found.update(prefixes[m.group()])
            m = search(text, m.start() + 1, endpos)
        return found

    def occurs(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """Whether one of the needles occurs in ``text[pos:endpos]``."""
        if self._pattern is None:
            return any(text.find(n, pos, endpos) >= 0 for n in self.needles)
        return self._pattern.search(text, pos, endpos) is not None


def _needed(items: Any) -> tuple[str, ...] | None:
    """Lower-cased ASCII strings one of which every match of the parsed sequence
    ``items`` holds (``None``: none known); the longest single string preferred."""
    from re import _constants as c  # type: ignore[attr-defined]

    candidates: list[tuple[str, ...]] = []
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is c.LITERAL and av < 128 and chr(av).isalnum():
            run.append(chr(av).lower())
            continue
        if run:
            candidates.append(("".join(run),))
            run = []
        inner: tuple[str, ...] | None = None
        if op is c.SUBPATTERN:
            inner = _needed(av[3])
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
            inner = _needed(av[2])
        elif op is c.BRANCH:
            options: set[str] = set()
            for alternative in av[1]:
                need = _needed(alternative)
                if need is None:
                    options = set()
                    break
                options.update(need)
            # (a string holding another is found whenever that one is)
            inner = tuple(sorted(o for o in options if not any(
                p != o and p in o for p in options))) or None
        if inner is not None:
            candidates.append(inner)
    if not candidates:
        return None
    return max(candidates, key=lambda cand: (min(map(len, cand)), -len(cand)))


def needed_strings(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    r"""Lower-cased ASCII strings one of which the lower-cased text of every match of
    ``pattern`` holds: a cheap pre-test before a search (``None``: none known).

    Only letters and digits outside look-arounds are taken, so the test holds for
    case-insensitive patterns on texts that :func:`lower_like_regex` lower-cases.

    Example:
        >>> needed_strings(re.compile(r"(?<!\w)(?:air\s+cover|air\s+power)", re.I))
        ('cover', 'power')
        >>> needed_strings(re.compile(r"\w+")) is None
        True
    """
    try:
        from re import _parser  # type: ignore[attr-defined]

        return _needed(_parser.parse(pattern.pattern, pattern.flags).data)
    except Exception:  # noqa: BLE001 - another regex engine: no pre-test
        return None


def lower_like_regex(text: str) -> str | None:
    """``text.lower()`` when it holds, at the same offsets, every ASCII letter and
    digit that a case-insensitive pattern matches in ``text``; else ``None``.

    Example:
        >>> lower_like_regex("NATO Troops"), lower_like_regex("\u0130stanbul")
        ('nato troops', None)
    """
    low = text.lower()
    if len(low) != len(text) or (not text.isascii() and any(
            ch in text for ch in _FOLD_UNSAFE)):
        return None
    return low


#: Characters for which ``str.lower`` and the regex engine's case-insensitive
#: matching disagree: dotted capital I (two characters lower-cased), dotless i and
#: long s (the engine folds them to ASCII letters), capital sigma (lower-cased by context).
_FOLD_UNSAFE = "\u0130\u0131\u017f\u03a3"
_SAFE_ESCAPES = frozenset("swdbSWDBAZntrfv")


def _foldable(pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern`` (case-insensitive) matches the same as its case-sensitive
    twin on lower-cased text: no upper-case or non-ASCII letter, no inline flag, no
    back-reference, no escape naming a character by its code."""
    if pattern.flags != re.IGNORECASE | re.UNICODE or not isinstance(pattern.pattern, str):
        return False
    src = pattern.pattern
    i = 0
    while i < len(src):
        ch = src[i]
        if ch == "\\":
            nxt = src[i + 1:i + 2]
            if nxt.isalnum() and nxt not in _SAFE_ESCAPES:
                return False
            i += 2
            continue
        if src.startswith("(?P<", i):
            i += 4
            continue
        if src.startswith("(?", i) and src[i + 2:i + 3] in "aiLmsux-":
            flags = src[i + 2:].split(")", 1)[0].split(":", 1)[0]
            if any(f in flags for f in "aiL-"):  # case or ASCII rules of its own
                return False
        if ch.isupper() or (ch.isalpha() and not ch.isascii()):
            return False
        i += 1
    return True


class _Lowered:
    """The lower-cased copies of the last two long strings searched (articles)."""

    def __init__(self) -> None:
        self.slots: list[tuple[str, str | None]] = [("", ""), ("", "")]

    def __call__(self, string: str) -> str | None:
        """``string.lower()`` when it matches like case folding, else ``None``."""
        slots = self.slots
        for slot in slots:
            if slot[0] is string:
                return slot[1]
        low: str | None = string.lower()
        if len(low) != len(string) or (not string.isascii() and any(
                ch in string for ch in _FOLD_UNSAFE)):
            low = None
        if len(string) >= 300:
            self.slots = [(string, low), slots[0]]
        return low


_lowered = _Lowered()


def lowered(text: str) -> str | None:
    """:func:`lower_like_regex` of ``text``, cached for the last two long texts
    (articles): offsets into the article index the result.

    Example:
        >>> lowered("NATO Troops"), lowered("\u0130stanbul")
        ('nato troops', None)
    """
    slot = _lowered.slots[0]
    return slot[1] if slot[0] is text else _lowered(text)


class Needles:
    r"""A cheap pre-test for a pattern: one of its :func:`needed_strings` must occur,
    whole, in the lower-cased stretch searched. A False from :meth:`may_match` is
    certain (no match there); a True only means the pattern must be searched.

    Example:
        >>> n = Needles(re.compile(r"\b(?:thanked|welcomed)\s+\w+"))
        >>> n.may_match("She welcomed it", 0, 15), n.may_match("She welcomed it", 5, 15)
        (True, False)
    """

    __slots__ = ("_search",)

    def __init__(self, pattern: re.Pattern[str]) -> None:
        need = needed_strings(pattern)
        self._search = re.compile(trie_pattern(need)).search if need else None

    def may_match(self, string: str, pos: int, endpos: int) -> bool:
        """False when no match of the pattern lies in ``string[pos:endpos]``."""
        search = self._search
        if search is None:
            return True
        slot = _lowered.slots[0]  # the article searched last (inlined: a hot path)
        low = slot[1] if slot[0] is string else _lowered(string)
        return low is None or search(low, pos, endpos) is not None


class Anchored:
    r"""A pattern whose every match starts with a character of the class ``first``:
    :meth:`search` scans for such a character first (a one-class regex, which the
    engine runs fast) and searches the pattern from there. The same matches.

    Example:
        >>> p = Anchored(re.compile(r"\b(?!(?:19|20)\d\d\b)\d"), r"\d")
        >>> p.search("In 2024 some 300 came").group(), p.search("none") is None
        ('3', True)
    """

    __slots__ = ("pattern", "_first")

    def __init__(self, pattern: re.Pattern[str], first: str) -> None:
        self.pattern = pattern
        self._first = re.compile(first)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize
               ) -> re.Match[str] | None:
        """As :meth:`re.Pattern.search`."""
        m = self._first.search(string, pos, endpos)
        return None if m is None else self.pattern.search(string, m.start(), endpos)


class Folded:
    """A case-insensitive pattern that searches the lower-cased text with a
    case-sensitive twin (about twice as fast) and returns the original pattern's
    matches: the same matches, the same groups.

    Patterns the twin cannot stand in for (see :func:`_foldable`), and texts
    where lower-casing differs from case folding, use the original pattern.
    Before the twin runs, one literal search rules out a stretch of the
    lower-cased text that holds none of the pattern's :func:`needed_strings`
    (only when every such string is longer than one character).

    Example:
        >>> p = Folded(re.compile(r"\\bnot\\b", re.IGNORECASE))
        >>> [m.group() for m in p.finditer("Not now, NOT ever")], p.search("x").__class__
        (['Not', 'NOT'], <class 'NoneType'>)
    """

    __slots__ = ("pattern", "_twin", "_needs")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._twin = re.compile(pattern.pattern) if _foldable(pattern) else None
        need = needed_strings(pattern) if self._twin is not None else None
        # (a one-letter string is in almost every stretch: no pre-test then)
        self._needs = re.compile(trie_pattern(need)).search if need and min(
            map(len, need)) > 1 else None

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)

    def _low(self, string: str) -> str | None:
        if self._twin is None:
            return None
        slot = _lowered.slots[0]  # the article searched last (inlined: a hot path)
        return slot[1] if slot[0] is string else _lowered(string)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize
               ) -> re.Match[str] | None:
        """As :meth:`re.Pattern.search`."""
        twin = self._twin
        if twin is None:
            return self.pattern.search(string, pos, endpos)
        slot = _lowered.slots[0]
        low = slot[1] if slot[0] is string else _lowered(string)
        if low is None:
            return self.pattern.search(string, pos, endpos)
        needs = self._needs
        if needs is not None and needs(low, pos, endpos) is None:
            return None  # (no string every match holds)
        m = twin.search(low, pos, endpos)
        if m is None:
            return None
        found = self.pattern.match(string, m.start(), endpos)
        if found is None or found.end() != m.end():
            return self.pattern.search(string, pos, endpos)
        return found

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize
              ) -> re.Match[str] | None:
        """As :meth:`re.Pattern.match`."""
        return self._anchored("match", string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize
                  ) -> re.Match[str] | None:
        """As :meth:`re.Pattern.fullmatch`."""
        return self._anchored("fullmatch", string, pos, endpos)

    def _anchored(self, how: str, string: str, pos: int, endpos: int
                  ) -> re.Match[str] | None:
        """``match`` or ``fullmatch`` (``how``): the twin rules a miss out on the
        lower-cased text; the original pattern gives the match."""
        low = self._low(string)
        if low is not None and ((self._needs is not None and self._needs(
                low, pos, endpos) is None) or getattr(self._twin, how)(
                low, pos, endpos) is None):
            return None
        return getattr(self.pattern, how)(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize
                 ) -> Iterator[re.Match[str]]:
        """As :meth:`re.Pattern.finditer`."""
        twin = self._twin
        if twin is None:
            return self.pattern.finditer(string, pos, endpos)
        slot = _lowered.slots[0]
        low = slot[1] if slot[0] is string else _lowered(string)
        if low is None:
            return self.pattern.finditer(string, pos, endpos)
        needs = self._needs
        if needs is not None and needs(low, pos, endpos) is None:
            return iter(())  # (no string every match holds)
        found = []
        match = self.pattern.match
        for m in twin.finditer(low, pos, endpos):
            f = match(string, m.start(), endpos)
            if f is None or f.end() != m.end():
                return self.pattern.finditer(string, pos, endpos)
            found.append(f)
        return iter(found)
