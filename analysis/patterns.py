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
