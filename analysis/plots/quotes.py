"""Figures of notebook 02 (quotes and speakers): who is quoted, and how.

Example:
    >>> from analysis import article_from_text
    >>> from analysis.quotes import extract_quotes
    >>> art = article_from_text('"Go," said Ann Lee. "Stay," said Bo Kim.', "x")
    >>> fig = quotes_per_speaker_figure(extract_quotes(art))
    >>> fig.axes[0].get_xlabel()
    'quotations'
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

from ..figures import register, seed_analysis
from ..quote_views import quotes_per_speaker
from ..style import OKABE_ITO

#: Colours of the three quote types in every figure.
TYPE_COLOURS: dict[str, str] = {
    "direct": OKABE_ITO[0], "indirect": OKABE_ITO[1], "partial": OKABE_ITO[2],
}


def quotes_per_speaker_figure(quotes: pd.DataFrame, title: str = "") -> plt.Figure:
    """Horizontal stacked bars: quotations per speaker, split by type.

    Example:
        >>> fig = quotes_per_speaker_figure(pd.DataFrame(columns=["speaker", "type"]))
        >>> len(fig.axes)
        1
    """
    table = quotes_per_speaker(quotes)
    n = max(len(table), 1)
    fig, ax = plt.subplots(figsize=(8.0, 0.45 * n + 1.6))
    left = [0] * len(table)
    for kind, colour in TYPE_COLOURS.items():
        values = table[kind].tolist() if len(table) else []
        ax.barh(table["speaker"].tolist(), values, left=left, color=colour, label=kind,
                height=0.65)
        left = [a + b for a, b in zip(left, values, strict=True)]
    for y, total in enumerate(table["total"].tolist() if len(table) else []):
        ax.annotate(str(total), (total, y), xytext=(4, 0), textcoords="offset points",
                    va="center", fontsize=9)
    ax.invert_yaxis()
    ax.set_xlabel("quotations")
    top = int(table["total"].max()) if len(table) else 1
    ax.set_xlim(0, top + 1.5)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.legend(title="type", loc="lower right", frameon=False)
    ax.set_title(title or "Who is quoted, and how")
    fig.tight_layout()
    return fig


@register("02-quotes-and-speakers-per-speaker")
def seed_quotes_per_speaker() -> plt.Figure:
    """Quotations per speaker in the seed article."""
    return quotes_per_speaker_figure(seed_analysis().quotes,
                                     "Who is quoted in the seed article, and how")
