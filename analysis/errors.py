"""The project's one exception type for bad input.

Example:
    >>> from analysis.errors import ArticleError
    >>> str(ArticleError("x.txt", "file is empty"))
    'x.txt: file is empty'
"""

from __future__ import annotations


class ArticleError(Exception):
    """Raised when an article cannot be read or holds no article text.

    The message always names the file, so the command line can print it as
    one line.
    """

    def __init__(self, source: object, reason: str) -> None:
        self.source = str(source)
        self.reason = reason
        super().__init__(f"{self.source}: {reason}")
