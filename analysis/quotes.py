"""Quotations and their speakers (being written)."""

from __future__ import annotations

import pandas as pd

QUOTE_COLUMNS: list[str] = [
    "article_id", "quote_id", "paragraph_id", "start", "end", "text", "type", "cue",
    "speaker", "speaker_mention", "speaker_role", "speaker_kind", "speaker_start",
    "speaker_end", "attribution", "flags",
]


def extract_quotes(article) -> pd.DataFrame:  # noqa: ANN001
    """Placeholder until the extractor lands."""
    return pd.DataFrame(columns=QUOTE_COLUMNS)
