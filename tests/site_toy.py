"""A small hand-made Analysis (fictional article) for the site tests.

Every frame is written by hand with correct offsets, so the site machinery
can be tested without depending on the extractors. One quote contains a
``<script>`` tag: pages must show it as text.
"""

from __future__ import annotations

import pandas as pd

from analysis.article import article_from_text
from analysis.pipeline import Analysis

SCRIPT_QUOTE = "Russia is testing us, and <script>alert('x')</script> is no answer"

TEXT = (
    "Defence Minister Anna Berg said on Monday that NATO must keep its promises to Ukraine.\n"
    f'"We will not leave Ukraine alone," Berg told reporters. "{SCRIPT_QUOTE}," she added.\n'
    "Analyst Tom Reyes of the Nordic Policy Institute said Russia would test NATO again.\n"
)


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def toy_analysis() -> Analysis:
    """The fictional article's Analysis with quotes, actors, edges and positions."""
    art = article_from_text(TEXT, "toy_article")
    rows = []
    specs = [
        ("q001", "NATO must keep its promises to Ukraine", "indirect", "say", "Anna Berg"),
        ("q002", "We will not leave Ukraine alone", "direct", "tell", "Anna Berg"),
        ("q003", SCRIPT_QUOTE, "direct", "add", "Anna Berg"),
        ("q004", "Russia would test NATO again", "indirect", "say", "Tom Reyes"),
    ]
    for qid, part, kind, cue, speaker in specs:
        start, end = _span(TEXT, part)
        para = int(art.paragraphs.loc[art.paragraphs["start"] <= start, "paragraph_id"].max())
        rows.append({
            "article_id": "toy_article", "quote_id": qid, "paragraph_id": para,
            "start": start, "end": end, "text": TEXT[start:end], "type": kind, "cue": cue,
            "speaker": speaker, "speaker_mention": speaker.split()[-1], "speaker_role": "",
            "speaker_kind": "person", "speaker_start": -1, "speaker_end": -1,
            "attribution": "explicit", "flags": "",
        })
    quotes = pd.DataFrame(rows)
    actors = pd.DataFrame([
        ("toy_article", "a1", "Anna Berg", "person", "", "Defence Minister", True, 3, 1),
        ("toy_article", "a2", "NATO", "bloc", "", "", False, 0, 2),
        ("toy_article", "a3", "Russia", "state", "", "", False, 0, 2),
        ("toy_article", "a4", "Tom Reyes", "person", "", "Analyst", True, 1, 1),
        ("toy_article", "a5", "Ukraine", "state", "", "", False, 0, 2),
    ], columns=["article_id", "actor_id", "name", "type", "parent", "role", "is_speaker",
                "n_quotes", "n_mentions"])
    edges = pd.DataFrame([
        ("toy_article", "Anna Berg", "NATO", 1, "q001"),
        ("toy_article", "Anna Berg", "Russia", 1, "q003"),
        ("toy_article", "Anna Berg", "Ukraine", 2, "q001;q002"),
        ("toy_article", "Tom Reyes", "NATO", 1, "q004"),
        ("toy_article", "Tom Reyes", "Russia", 1, "q004"),
    ], columns=["article_id", "source", "target", "weight", "quote_ids"])
    statements = pd.DataFrame([
        ("s001", "toy_article", "q001", "Anna Berg", "nato_ceasefire", 1, "", "", "",
         "must", *_span(TEXT, "NATO must keep its promises to Ukraine")),
        ("s002", "toy_article", "q004", "Tom Reyes", "russia_tests_nato", 1, "", "", "",
         "test", *_span(TEXT, "Russia would test NATO again")),
    ], columns=["statement_id", "article_id", "quote_id", "actor", "concept", "agreement",
                "modality", "subject", "subject_role", "cue", "start", "end"])
    statements.insert(10, "text", [TEXT[s:e] for s, e in zip(statements["start"],
                                                              statements["end"], strict=True)])
    positions = pd.DataFrame([
        ("toy_article", "Anna Berg", "security guarantees", "support", 0.8, "nato_ceasefire",
         "q001", "self", "", 1),
        ("toy_article", "Tom Reyes", "security guarantees", "sceptical", -0.4,
         "russia_tests_nato", "q004", "self", "", 1),
    ], columns=["article_id", "actor", "topic", "stance", "score", "concepts",
                "evidence_quote_ids", "basis", "attributed_by", "n_statements"])
    return Analysis(article=art, quotes=quotes, actors=actors, edges=edges,
                    statements=statements, positions=positions)
