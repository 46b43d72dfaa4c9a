"""Tone: how positive or negative the *wording* of a sentence or quote is.

Tone is not stance. "Without air defence our cities will burn" sounds
negative yet argues for guarantees; "what a lovely, generous promise on paper"
sounds positive yet mocks them. We show tone next to the coded stances so
students can see the difference, never instead of them.

The scores come from VADER (Hutto & Gilbert 2014, the ``vaderSentiment``
package), a rule-based lexicon that ships with the library. ``tone`` is VADER's
*compound* score in [-1, 1], rounded to 3 decimals; the analyser is built once
per process.

Frames (one row per sentence / per quote):

``sentence_tone``
    article_id, paragraph_id, sentence_id, start, end, text, tone.
``quote_tone``
    article_id, quote_id, speaker, start, end, text, tone.

Example:
    >>> tone_of("This is a wonderful, generous offer.") > 0.5
    True
    >>> tone_of("This is a terrible, dangerous failure.") < -0.5
    True
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import pandas as pd

SENTENCE_TONE_COLUMNS: list[str] = [
    "article_id", "paragraph_id", "sentence_id", "start", "end", "text", "tone",
]
QUOTE_TONE_COLUMNS: list[str] = [
    "article_id", "quote_id", "speaker", "start", "end", "text", "tone",
]


@lru_cache(maxsize=1)
def analyzer() -> Any:
    """The VADER analyser (loading its lexicon takes a while, so only once).

    Example:
        >>> analyzer() is analyzer()
        True
    """
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def tone_of(text: str) -> float:
    """VADER compound tone of ``text``, rounded to 3 decimals.

    Example:
        >>> tone_of("")
        0.0
    """
    if not text or not text.strip():
        return 0.0
    return round(float(analyzer().polarity_scores(text)["compound"]), 3)


def sentence_tone(article: Any, body_only: bool = True) -> pd.DataFrame:
    """Tone of every sentence of ``article`` (furniture left out by default).

    Example:
        >>> from analysis import article_from_text
        >>> art = article_from_text("A great day. A sad loss.", "a")
        >>> [t > 0 for t in sentence_tone(art)["tone"]]
        [True, False]
    """
    sentences = article.sentences
    if body_only and len(sentences):
        body = set(article.body_paragraphs()["paragraph_id"].tolist())
        sentences = sentences[sentences["paragraph_id"].isin(body)]
    frame = sentences[SENTENCE_TONE_COLUMNS[:-1]].copy()
    frame["tone"] = [tone_of(t) for t in frame["text"].tolist()]
    return frame.reset_index(drop=True)


def quote_tone(quotes: pd.DataFrame) -> pd.DataFrame:
    """Tone of every quotation of a quotes frame.

    Example:
        >>> q = pd.DataFrame({"article_id": ["a"], "quote_id": ["q001"], "speaker": ["Ann"],
        ...                   "start": [0], "end": [4], "text": ["Good"]})
        >>> quote_tone(q)["tone"].tolist()
        [0.44]
    """
    frame = quotes[QUOTE_TONE_COLUMNS[:-1]].copy()
    frame["tone"] = [tone_of(t) for t in frame["text"].tolist()]
    return frame.reset_index(drop=True)


def tone_by_actor(quotes: pd.DataFrame, positions: pd.DataFrame) -> pd.DataFrame:
    """Mean quote tone per speaker beside their coded stance and score.

    Columns: actor, n_quotes, mean_tone, stance, score.

    Example:
        >>> q = pd.DataFrame({"article_id": ["a"], "quote_id": ["q001"], "speaker": ["Ann"],
        ...                   "start": [0], "end": [4], "text": ["Good"]})
        >>> p = pd.DataFrame({"actor": ["Ann"], "basis": ["self"], "stance": ["support"],
        ...                   "score": [1.0]})
        >>> tone_by_actor(q, p).values.tolist()
        [['Ann', 1, 0.44, 'support', 1.0]]
    """
    tones = quote_tone(quotes)
    tones = tones[tones["speaker"].fillna("") != ""]
    grouped = tones.groupby("speaker", sort=True)["tone"].agg(["size", "mean"]).reset_index()
    grouped.columns = ["actor", "n_quotes", "mean_tone"]
    grouped["mean_tone"] = grouped["mean_tone"].round(3)
    own = positions[positions["basis"] == "self"][["actor", "stance", "score"]]
    return grouped.merge(own, on="actor", how="left").reset_index(drop=True)
