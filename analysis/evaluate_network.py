"""Scoring the speaker → actor network against the gold files.

A gold file lists, for every quotation, its speaker and the actors named
inside it (``mentions``: names, aliases and possessives; not pronouns, not
demonyms, not the speaker). The gold edges of an article are every
``(speaker, mentioned actor)`` pair over all its gold quotations; the
predicted edges are the edges of the article's actor-level graph from
:func:`analysis.pipeline.analyse`. Names are compared ignoring case, spacing
and a leading "the".

Example:
    >>> score_edges({("A", "B"), ("A", "C")}, {("A", "B")}, "x")["precision"]
    0.5
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd

from .evaluate import Gold, _norm_name, gold_files, load_gold

EDGE_SCORE_COLUMNS: list[str] = [
    "article_id", "gold", "predicted", "matched", "precision", "recall", "f1",
]


def gold_edges(gold: Gold) -> set[tuple[str, str]]:
    """The gold ``(speaker, actor)`` pairs of a gold file (self-mentions dropped).

    Example:
        >>> from analysis import paths
        >>> g = load_gold(paths.GOLD / "security_guarantees_article.yaml")
        >>> all(s and t and s != t for s, t in gold_edges(g))
        True
    """
    return {
        (q.speaker, m)
        for q in gold.quotes
        if q.speaker
        for m in q.mentions
        if _norm_name(m) != _norm_name(q.speaker)
    }


def predicted_edges(graph: nx.DiGraph) -> set[tuple[str, str]]:
    """The ``(source, target)`` pairs of a graph.

    Example:
        >>> predicted_edges(nx.DiGraph([("A", "B")]))
        {('A', 'B')}
    """
    return {(str(s), str(t)) for s, t in graph.edges()}


def _norm(edges: set[tuple[str, str]]) -> set[tuple[str, str]]:
    return {(_norm_name(s), _norm_name(t)) for s, t in edges}


def score_edges(predicted: set[tuple[str, str]], gold: set[tuple[str, str]],
                article_id: str = "") -> dict[str, Any]:
    """Precision, recall and F1 of predicted against gold edges.

    Example:
        >>> score_edges({("a", "b")}, {("A", "B"), ("A", "C")})["recall"]
        0.5
    """
    p, g = _norm(predicted), _norm(gold)
    m = len(p & g)
    precision = m / len(p) if p else 1.0
    recall = m / len(g) if g else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"article_id": article_id, "gold": len(g), "predicted": len(p), "matched": m,
            "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def gold_quotes_frame(gold: Gold) -> pd.DataFrame:
    """The gold quotations as a quotes frame (ids ``q001``… in gold order).

    Scoring the network on it measures the mention and network stages alone,
    without the errors of the quote extractor.

    Example:
        >>> from analysis import paths
        >>> g = load_gold(paths.GOLD / "security_guarantees_article.yaml")
        >>> len(gold_quotes_frame(g)) == len(g.quotes)
        True
    """
    paras = gold.article.paragraphs
    p_start, p_id = paras["start"].tolist(), paras["paragraph_id"].tolist()
    rows = []
    for i, q in enumerate(gold.quotes, start=1):
        pid = max((pid for ps, pid in zip(p_start, p_id, strict=True) if ps <= q.start),
                  default=0)
        rows.append({"article_id": gold.article.article_id, "quote_id": f"q{i:03d}",
                     "paragraph_id": pid, "start": q.start, "end": q.end, "text": q.text,
                     "type": q.type or "direct", "speaker": q.speaker, "speaker_kind": "",
                     "speaker_role": "", "speaker_start": -1, "speaker_end": -1})
    return pd.DataFrame(rows)


def _graph_for(gold: Gold, quotes: str = "predicted") -> nx.DiGraph:
    if quotes == "gold":
        from .network import network_stage

        return network_stage(gold.article, gold_quotes_frame(gold)).graph
    from .pipeline import analyse

    return analyse(gold.article).graph


def evaluate_network_gold(folder: Path | None = None, include_seed: bool = True,
                          quotes: str = "predicted") -> pd.DataFrame:
    """Edge scores per gold article; the last row (``article_id == "ALL"``) pools them.

    ``quotes="predicted"`` scores the whole pipeline (quotes found by
    :func:`analysis.quotes.extract_quotes`); ``quotes="gold"`` starts from the
    gold quotations and speakers, scoring the mention and network stages alone.

    Example:
        >>> table = evaluate_network_gold(quotes="gold")  # doctest: +SKIP
    """
    from . import paths

    rows = []
    for path in gold_files(folder):
        gold = load_gold(path)
        if not include_seed and gold.article.source.endswith(paths.SEED_ARTICLE.name):
            continue
        rows.append(score_edges(predicted_edges(_graph_for(gold, quotes)), gold_edges(gold),
                                gold.article.article_id))
    table = pd.DataFrame(rows, columns=EDGE_SCORE_COLUMNS)
    if not table.empty:
        g, p, m = (int(table[c].sum()) for c in ("gold", "predicted", "matched"))
        precision = m / p if p else 1.0
        recall = m / g if g else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        total = {"article_id": "ALL", "gold": g, "predicted": p, "matched": m,
                 "precision": round(precision, 4), "recall": round(recall, 4),
                 "f1": round(f1, 4)}
        table = pd.concat([table, pd.DataFrame([total])], ignore_index=True)
    return table


def edge_disagreements(path: str | Path, quotes: str = "predicted") -> pd.DataFrame:
    """Edges found but not in the gold (``extra``) and gold edges missed
    (``missed``), with the quotations that gave each predicted edge.

    Example:
        >>> from analysis import paths
        >>> edge_disagreements(paths.GOLD / "security_guarantees_article.yaml").columns.tolist()
        ['problem', 'source', 'target', 'quote_ids']
    """
    gold = load_gold(path)
    graph = _graph_for(gold, quotes)
    g = _norm(gold_edges(gold))
    rows = []
    for s, t, d in sorted(graph.edges(data=True), key=lambda e: (e[0], e[1])):
        if (_norm_name(s), _norm_name(t)) not in g:
            rows.append(("extra", s, t, ";".join(d.get("quote_ids", []))))
    p = _norm(predicted_edges(graph))
    for s, t in sorted(gold_edges(gold)):
        if (_norm_name(s), _norm_name(t)) not in p:
            rows.append(("missed", s, t, ""))
    return pd.DataFrame(rows, columns=["problem", "source", "target", "quote_ids"])
