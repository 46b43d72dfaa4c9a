"""Speaker and quote rules for general English news patterns (made-up sentences)."""

from __future__ import annotations

import pandas as pd

from analysis import article_from_text
from analysis.quotes import extract_quotes


def quotes_of(text: str) -> pd.DataFrame:
    art = article_from_text(text, "t")
    q = extract_quotes(art)
    for row in q.itertuples():
        assert art.text[row.start:row.end] == row.text
    return q


def rows(text: str) -> list[tuple[str, str, str]]:
    q = quotes_of(text)
    return list(zip(q["text"], q["type"], q["speaker"], strict=True))


def test_title_after_an_organisation_noun_is_split_from_the_name() -> None:
    q = quotes_of("Armed Forces Minister Ann Lee told the committee that the plan was ready. "
                  '"We are ready," she said.')
    assert q["speaker"].tolist() == ["Ann Lee", "Ann Lee"]
    assert q["speaker_role"].iloc[0] == "Armed Forces Minister"


def test_sentence_initial_participle_and_demonym_are_not_speakers() -> None:
    q = quotes_of("Opening the hearing, the chair, Ann Lee, said the budget was too small. "
                  "European defence firms want orders, arguing that speeches build nothing. "
                  '"We need contracts," she said.')
    assert "Opening" not in q["speaker"].tolist()
    assert "European" not in " ".join(q["speaker"])
    assert q["speaker"].iloc[-1] == "Ann Lee"
