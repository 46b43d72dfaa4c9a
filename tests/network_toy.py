"""Hand-made quotes frames for the network tests (correct offsets, real columns)."""

from __future__ import annotations

from typing import Any

import pandas as pd

from analysis.quotes import QUOTE_COLUMNS


def make_quotes(article: Any, specs: list[dict[str, Any]]) -> pd.DataFrame:
    """A quotes frame for ``article`` from specs.

    Each spec has ``text`` (an exact substring, found after the previous quote),
    ``speaker`` and optionally ``type`` (direct), ``mention`` (the words naming
    the speaker, found after the quote or else before it), ``attribution``
    (explicit), ``role`` and ``kind`` (person).
    """
    text = article.text
    paras = article.paragraphs
    rows = []
    cursor = 0
    for i, spec in enumerate(specs, start=1):
        start = text.index(spec["text"], cursor)
        end = start + len(spec["text"])
        cursor = end
        pid = int(paras[(paras["start"] <= start) & (paras["end"] >= end)]["paragraph_id"].iloc[0])
        mention = spec.get("mention", "")
        s_start = s_end = -1
        if mention:
            s_start = text.find(mention, end)
            if s_start < 0:
                s_start = text.rfind(mention, 0, start)
            assert s_start >= 0, mention
            s_end = s_start + len(mention)
        rows.append({
            "article_id": article.article_id, "quote_id": f"q{i:03d}", "paragraph_id": pid,
            "start": start, "end": end, "text": spec["text"], "type": spec.get("type", "direct"),
            "cue": "say", "speaker": spec["speaker"], "speaker_mention": mention,
            "speaker_role": spec.get("role", ""), "speaker_kind": spec.get("kind", "person"),
            "speaker_start": s_start, "speaker_end": s_end,
            "attribution": spec.get("attribution", "explicit"), "flags": "",
        })
    return pd.DataFrame(rows, columns=QUOTE_COLUMNS)
