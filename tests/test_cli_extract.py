"""The `extract` command-line contract on good input: .txt and .html, several files at once."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import networkx as nx
import pandas as pd

from analysis import load_article, paths
from analysis.cli import main
from analysis.quotes import QUOTE_COLUMNS

HTML = paths.GOLD / "articles" / "html_nato_ministers.html"


def test_extract_txt_and_html_together(tmp_path: Path) -> None:
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "analysis", "extract", str(paths.SEED_ARTICLE), str(HTML),
         "--out", str(out)],
        capture_output=True, text=True, check=False,
    )
    assert proc.returncode == 0, proc.stderr
    for name in ("paragraphs", "sentences", "quotes", "actors", "mentions", "edges",
                 "statements", "positions"):
        assert (out / f"{name}.csv").exists(), name
    quotes = pd.read_csv(out / "quotes.csv", keep_default_na=False)
    assert list(quotes.columns) == QUOTE_COLUMNS
    assert sorted(quotes["article_id"].unique()) == ["html_nato_ministers",
                                                      "security_guarantees_article"]
    texts = {p.stem: load_article(p).text for p in (paths.SEED_ARTICLE, HTML)}
    for row in quotes.itertuples():
        assert texts[row.article_id][row.start:row.end] == row.text
    graph = nx.read_graphml(out / "graph.graphml")
    assert all("name" in data for _, data in graph.nodes(data=True))
    edges = pd.read_csv(out / "edges.csv")
    assert {"article_id", "source", "target", "weight", "quote_ids"} <= set(edges.columns)


def test_extract_twice_writes_the_same_bytes(tmp_path: Path) -> None:
    outputs = []
    for run in ("a", "b"):
        out = tmp_path / run
        assert main(["extract", str(paths.SEED_ARTICLE), "--out", str(out)]) == 0
        outputs.append({p.name: p.read_bytes() for p in sorted(out.iterdir())})
    assert outputs[0] == outputs[1]
    assert "quotes.csv" in outputs[0]
