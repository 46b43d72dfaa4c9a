"""Views of the quotes frame for students: counts, resolutions, highlighted text.

Example:
    >>> from analysis import article_from_text
    >>> from analysis.quotes import extract_quotes
    >>> art = article_from_text('Ann Lee, a nurse, said it was late. "Go," she said.', "x")
    >>> resolution_table(extract_quotes(art))["reason"].tolist()[1]
    "pronoun 'she' → the most recent person named before it who agrees in gender"
"""

from __future__ import annotations

import html
from typing import Any

import pandas as pd

from .style import OKABE_ITO

RESOLUTION_COLUMNS: list[str] = ["quote_id", "paragraph_id", "speaker_mention", "attribution",
                                 "speaker", "speaker_role", "reason"]

_REASONS: dict[str, str] = {
    "explicit": "named next to the speech verb",
    "according_to": "named in 'according to …'",
    "pronoun": "pronoun '{m}' → the most recent person named before it who agrees in gender",
    "description": "description '{m}' → the person last named with that role",
    "continuation": "no attribution → same speaker as the quote before",
    "none": "no speaker found",
}


def quotes_per_speaker(quotes: pd.DataFrame) -> pd.DataFrame:
    """Quotes per speaker and type, most quoted first (unknown speakers last).

    Example:
        >>> q = pd.DataFrame({"speaker": ["A", "A", "B"], "type": ["direct", "indirect", "direct"]})
        >>> quotes_per_speaker(q)["total"].tolist()
        [2, 1]
    """
    if quotes.empty:
        return pd.DataFrame(columns=["speaker", "direct", "indirect", "partial", "total"])
    q = quotes.assign(speaker=quotes["speaker"].replace("", "(unknown)"))
    table = pd.crosstab(q["speaker"], q["type"])
    for col in ("direct", "indirect", "partial"):
        if col not in table:
            table[col] = 0
    table = table[["direct", "indirect", "partial"]]
    table["total"] = table.sum(axis=1)
    table = table.reset_index()
    table["_unknown"] = table["speaker"] == "(unknown)"
    table = table.sort_values(["_unknown", "total", "speaker"], ascending=[True, False, True])
    return table.drop(columns="_unknown").reset_index(drop=True).rename_axis(None, axis=1)


def resolution_table(quotes: pd.DataFrame) -> pd.DataFrame:
    """How each quote's speaker was found: every "he" next to its name, with the reason.

    Example:
        >>> resolution_table(pd.DataFrame(columns=RESOLUTION_COLUMNS[:-1])).empty
        True
    """
    if quotes.empty:
        return pd.DataFrame(columns=RESOLUTION_COLUMNS)
    reasons = [
        _REASONS.get(a, a).format(m=m) if s else "no speaker found"
        for a, m, s in zip(quotes["attribution"], quotes["speaker_mention"], quotes["speaker"],
                           strict=True)
    ]
    out = quotes.assign(reason=reasons)[RESOLUTION_COLUMNS]
    return out.reset_index(drop=True)


def speaker_colours(quotes: pd.DataFrame) -> dict[str, str]:
    """A colour-blind-safe colour for each speaker, in order of first quote.

    Example:
        >>> speaker_colours(pd.DataFrame({"speaker": ["B", "A", "B"]}))
        {'B': '#0072B2', 'A': '#E69F00'}
    """
    colours: dict[str, str] = {}
    palette = [c for c in OKABE_ITO if c not in ("#000000", "#F0E442")]
    for name in quotes["speaker"]:
        if name and name not in colours:
            colours[name] = palette[len(colours) % len(palette)]
    return colours


def highlight_html(article: Any, quotes: pd.DataFrame, include_furniture: bool = False) -> str:
    """The article as escaped HTML with each quote highlighted in its speaker's colour.

    Hovering a highlight shows the quote id, speaker and how it was found.
    Every piece of article text is escaped, so markup in an article shows as
    text.

    Example:
        >>> from analysis import article_from_text
        >>> from analysis.quotes import extract_quotes
        >>> art = article_from_text('"<b>Hi</b>," said Ann Lee.', "x")
        >>> "&lt;b&gt;Hi&lt;/b&gt;" in highlight_html(art, extract_quotes(art))
        True
    """
    text = article.text
    colours = speaker_colours(quotes)
    spans = sorted(zip(quotes["start"], quotes["end"], quotes["quote_id"], quotes["speaker"],
                       quotes["attribution"], strict=True))
    parts: list[str] = ['<div class="quotes-highlight" style="line-height:1.6">']
    for pid, a, b, boiler in [(r[1], r[2], r[3], r[5]) for r in article.paragraph_rows]:
        if boiler and not include_furniture:
            continue
        parts.append("<p>")
        pos = a
        for start, end, qid, speaker, attribution in spans:
            if start < a or start >= b:
                continue
            start, end = max(start, pos), min(end, b)
            if start >= end:
                continue
            parts.append(html.escape(text[pos:start]))
            colour = colours.get(speaker, "#999999")
            title = f"{qid}: {speaker or 'unknown speaker'} ({attribution})"
            parts.append(
                f'<mark style="background:{colour}33;border-bottom:3px solid {colour}" '
                f'title="{html.escape(title, quote=True)}">{html.escape(text[start:end])}'
                f"<sup>{html.escape(qid)}</sup></mark>"
            )
            pos = end
        parts.append(html.escape(text[pos:b]))
        parts.append("</p>")
        del pid
    legend = " ".join(
        f'<span style="border-bottom:3px solid {c};margin-right:1em">{html.escape(n)}</span>'
        for n, c in colours.items()
    )
    parts.append(f'<p style="font-size:90%">Speakers: {legend}</p></div>')
    return "\n".join(parts)
