"""Figures of notebook 01 (the article): how long each paragraph is.

Example:
    >>> from analysis import article_from_text
    >>> fig = paragraph_lengths(article_from_text("One line here.\\n\\n2 days ago", "x"))
    >>> fig.axes[0].get_xlabel()
    'words'
"""

from __future__ import annotations

import matplotlib.pyplot as plt
from matplotlib.patches import Patch

from .. import paths
from ..article import Article, load_article
from ..describe import BODY, FURNITURE, paragraph_table
from ..figures import register
from ..style import OKABE_ITO

#: Colour of article text and of page furniture in every figure of notebook 01.
KIND_COLOURS: dict[str, str] = {BODY: OKABE_ITO[0], FURNITURE: OKABE_ITO[1]}


def paragraph_lengths(article: Article) -> plt.Figure:
    """Words per paragraph in text order; furniture in its own colour, with its reason.

    Example:
        >>> from analysis import article_from_text
        >>> fig = paragraph_lengths(article_from_text("A long sentence here.", "x"))
        >>> len(fig.axes[0].patches)
        1
    """
    table = paragraph_table(article)
    n = len(table)
    fig, ax = plt.subplots(figsize=(8.0, max(3.0, 0.32 * n + 1.4)))
    colours = [KIND_COLOURS[k] for k in table["kind"]]
    ax.barh(table["paragraph_id"], table["words"], color=colours, height=0.75)
    top = int(table["words"].max()) if n else 0
    for pid, kind, reason, words in zip(table["paragraph_id"], table["kind"],
                                        table["boilerplate_reason"], table["words"],
                                        strict=True):
        if kind == FURNITURE:
            ax.annotate(reason, (words, pid), xytext=(4, 0), textcoords="offset points",
                        va="center", fontsize=8, color="#444")
    ax.set_yticks(table["paragraph_id"], [str(p) for p in table["paragraph_id"]], fontsize=8)
    ax.set_ylim(n - 0.5, -0.5)  # first paragraph at the top, as in the text
    ax.set_xlim(0, max(10, top) * 1.25)
    ax.set_xlabel("words")
    ax.set_ylabel("paragraph")
    ax.legend(handles=[Patch(color=KIND_COLOURS[k], label=k) for k in (BODY, FURNITURE)],
              frameon=False, loc="lower right")
    ax.set_title(f"Words per paragraph: {article.article_id}")
    fig.tight_layout()
    return fig


@register("01-the-article-paragraph-lengths")
def seed_paragraph_lengths() -> plt.Figure:
    """Words per paragraph of the seed article (notebook 01).

    Only the loaded article is needed, not the later stages of the pipeline.
    """
    return paragraph_lengths(load_article(paths.SEED_ARTICLE))
