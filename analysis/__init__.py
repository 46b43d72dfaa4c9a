"""Turn political news articles into evidence a student can check.

Who is quoted, whom they talk about, and where each actor stands.

Example:
    >>> import analysis
    >>> analysis.setup()
    >>> art = analysis.load_article(analysis.paths.SEED_ARTICLE)
    >>> art.article_id
    'security_guarantees_article'
"""

from __future__ import annotations

from . import paths
from .article import Article, article_from_text, load_article
from .errors import ArticleError
from .setup import setup

__all__ = [
    "Article",
    "ArticleError",
    "article_from_text",
    "load_article",
    "paths",
    "setup",
]
__version__ = "0.1.0"
