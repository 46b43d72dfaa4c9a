"""Regular-expression building blocks shared by the stages.

Example:
    >>> import re
    >>> [m.group() for m in re.finditer(trie_pattern(["US", "USA", "UK"]), "USA US UK")]
    ['USA', 'US', 'UK']
"""

from __future__ import annotations

import re
from collections.abc import Iterable
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

    def present(self, text: str) -> tuple[str, ...]:
        """The needles that occur in ``text``, in the order given."""
        if self._pattern is None:
            return tuple(n for n in self.needles if n in text)
        search = self._pattern.search
        m = search(text)
        if m is None:
            return ()
        found: set[str] = set()
        prefixes = self._prefixes
        while m is not None:
            found.update(prefixes[m.group()])
            m = search(text, m.start() + 1)
        return tuple(sorted(found, key=self._rank.__getitem__))

    def occurs(self, text: str) -> bool:
        """Whether one of the needles occurs in ``text``."""
        if self._pattern is None:
            return any(n in text for n in self.needles)
        return self._pattern.search(text) is not None
