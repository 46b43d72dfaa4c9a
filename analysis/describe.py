"""Simple descriptive statistics of one article: words, sentences, furniture.

Tables:

``paragraph_table``
    article_id, paragraph_id, kind ("article text" or "furniture"),
    boilerplate_reason, words, sentences, start, end, text.
``sentence_table``
    the sentences frame plus ``words`` and ``kind`` of their paragraph.
``summary``
    measure, value: one row per headline number of the article.

Example:
    >>> from analysis import article_from_text
    >>> art = article_from_text("She left early. He stayed.\\n\\n2 days ago", "x")
    >>> paragraph_table(art)[["paragraph_id", "kind", "words"]].values.tolist()
    [[0, 'article text', 5], [1, 'furniture', 3]]
"""

from __future__ import annotations

import pandas as pd

from .article import Article, word_count

BODY = "article text"
FURNITURE = "furniture"

PARAGRAPH_TABLE_COLUMNS: list[str] = [
    "article_id", "paragraph_id", "kind", "boilerplate_reason", "words", "sentences",
    "start", "end", "text",
]


def paragraph_table(article: Article) -> pd.DataFrame:
    """One row per paragraph with its kind, word count and sentence count.

    Example:
        >>> from analysis import article_from_text
        >>> art = article_from_text("She left early. He stayed.\\n\\n2 days ago", "x")
        >>> t = paragraph_table(art)
        >>> t[["words", "sentences", "kind"]].values.tolist()
        [[5, 2, 'article text'], [3, 1, 'furniture']]
    """
    paras = article.paragraphs
    n_sentences = article.sentences.groupby("paragraph_id").size()
    rows = [
        (article.article_id, pid, FURNITURE if flag else BODY, reason, word_count(text),
         int(n_sentences.get(pid, 0)), start, end, text)
        for pid, flag, reason, text, start, end in zip(
            paras["paragraph_id"], paras["is_boilerplate"], paras["boilerplate_reason"],
            paras["text"], paras["start"], paras["end"], strict=True)
    ]
    return pd.DataFrame(rows, columns=PARAGRAPH_TABLE_COLUMNS)


def sentence_table(article: Article) -> pd.DataFrame:
    """The sentences frame with each sentence's word count and paragraph kind.

    Example:
        >>> from analysis import article_from_text
        >>> sentence_table(article_from_text("She left early. He stayed.", "x"))["words"].tolist()
        [3, 2]
    """
    kinds = dict(zip(article.paragraphs["paragraph_id"],
                     article.paragraphs["is_boilerplate"].map({True: FURNITURE, False: BODY}),
                     strict=True))
    s = article.sentences
    return s.assign(words=[word_count(t) for t in s["text"]],
                    kind=[kinds[p] for p in s["paragraph_id"]])


def furniture_table(article: Article) -> pd.DataFrame:
    """The paragraphs flagged as page furniture, with the rule that flagged them.

    Example:
        >>> from analysis import article_from_text
        >>> furniture_table(article_from_text("Text here.\\n\\n3 hours ago", "x")).values.tolist()
        [[1, 'timestamp', '3 hours ago']]
    """
    flagged = article.paragraphs[article.paragraphs["is_boilerplate"]]
    return flagged[["paragraph_id", "boilerplate_reason", "text"]].reset_index(drop=True)


def summary(article: Article) -> pd.DataFrame:
    """Headline numbers of the article (furniture left out unless named).

    Example:
        >>> from analysis import article_from_text
        >>> s = summary(article_from_text("She left early. He stayed.\\n\\n2 days ago", "x"))
        >>> s.set_index("measure")["value"].to_dict()["words (article text)"]
        5.0
    """
    paras = paragraph_table(article)
    body = paras[paras["kind"] == BODY]
    sents = sentence_table(article)
    body_sents = sents[sents["kind"] == BODY]
    words = body_sents["words"]
    rows = [
        ("characters", len(article.text)),
        ("paragraphs", len(paras)),
        ("paragraphs (article text)", len(body)),
        ("paragraphs (furniture)", len(paras) - len(body)),
        ("sentences (article text)", len(body_sents)),
        ("words (article text)", int(body["words"].sum())),
        ("words per paragraph (median)", float(body["words"].median()) if len(body) else 0.0),
        ("words per sentence (mean)", round(float(words.mean()), 1) if len(words) else 0.0),
        ("words per sentence (median)", float(words.median()) if len(words) else 0.0),
        ("words per sentence (max)", int(words.max()) if len(words) else 0),
    ]
    return pd.DataFrame(
        [(m, float(v)) for m, v in rows], columns=["measure", "value"]
    )
