"""Corpus-level tables: the summed network, positions over time, quotes per outlet.

Every function takes either a corpus output folder written by
:func:`analysis.corpus.run_corpus` (read part by part, so memory follows the
size of the result, not of the corpus) or ready frames.

``corpus_network`` columns
    source, target, weight (summed over articles), n_articles, evidence
    (``"article_id:quote_id"`` items joined by ``";"``, sorted).
``positions_over_time`` columns
    window_start, window_end (exclusive), actor, topic, n_articles,
    n_positions, mean_score, then ``n_<stance>`` for every stance seen
    (support, conditional, sceptical, oppose, neutral first).
``quotes_per_outlet`` columns
    outlet, n_articles, n_quotes, quotes_per_article, n_direct, n_indirect,
    n_partial, n_speakers.

Time windows follow the Discourse Network Analyzer: a window of ``size``
moves from the first date by ``step``; each window holds the articles
dated in ``[window_start, window_end)``, so with ``step < size`` one
article counts in several overlapping windows.

Example:
    >>> edges = pd.DataFrame({"article_id": ["a", "b"], "source": ["X", "X"],
    ...                       "target": ["Y", "Y"], "weight": [1, 2],
    ...                       "quote_ids": ["q001", "q002;q003"]})
    >>> corpus_network(edges).values.tolist()
    [['X', 'Y', 3, 2, 'a:q001;b:q002;b:q003']]
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd

from .corpus import iter_joined, iter_table

NETWORK_COLUMNS: list[str] = ["source", "target", "weight", "n_articles", "evidence"]
OUTLET_COLUMNS: list[str] = ["outlet", "n_articles", "n_quotes", "quotes_per_article",
                             "n_direct", "n_indirect", "n_partial", "n_speakers"]
WINDOW_COLUMNS: list[str] = ["window_start", "window_end", "actor", "topic", "n_articles",
                             "n_positions", "mean_score"]
#: Stances in the order their count columns appear.
STANCE_ORDER: tuple[str, ...] = ("support", "conditional", "sceptical", "oppose", "neutral")
_SPLIT = re.compile(r"[;,\s]+")

Frames = pd.DataFrame | Iterable[pd.DataFrame] | str | Path


def _frames(source: Frames, table: str, meta: tuple[str, ...] = ()) -> Iterator[pd.DataFrame]:
    """Frames of ``table`` from an output folder, one frame or an iterable of frames."""
    if isinstance(source, str | Path):
        if meta:
            yield from iter_joined(source, table, meta)
        else:
            yield from (frame for _, frame in iter_table(source, table))
    elif isinstance(source, pd.DataFrame):
        yield source
    else:
        yield from source


def split_ids(value: Any) -> list[str]:
    """Quote ids of an edge, whether stored as a list or a ``;``/``,``-joined string.

    Example:
        >>> split_ids("q001;q002"), split_ids(["q003"]), split_ids(None)
        (['q001', 'q002'], ['q003'], [])
    """
    if value is None or (isinstance(value, float) and value != value):
        return []
    if isinstance(value, str):
        return [v for v in _SPLIT.split(value) if v]
    return [str(v) for v in value]


def parse_dates(values: pd.Series) -> pd.Series:
    """Article dates as days (naive, UTC); any common format, ``NaT`` when unreadable.

    Example:
        >>> parse_dates(pd.Series(["2025-01-02", "2025-01-03T23:30:00+02:00", "3 March 2025",
        ...                        "", "soon"])).dt.strftime("%Y-%m-%d").tolist()
        ['2025-01-02', '2025-01-03', '2025-03-03', nan, nan]
    """
    parsed = pd.to_datetime(values, errors="coerce", utc=True, format="mixed")
    return parsed.dt.tz_convert(None).dt.normalize()


# --------------------------------------------------------------------------- network
def corpus_network(edges: Frames) -> pd.DataFrame:
    """Sum the per-article ``edges`` into one network, keeping the evidence.

    Sorted by weight (descending), then source and target.

    Example:
        >>> e = pd.DataFrame({"article_id": ["a"], "source": ["X"], "target": ["Y"],
        ...                   "weight": [2], "quote_ids": [["q001", "q002"]]})
        >>> corpus_network(e)["evidence"].tolist()
        ['a:q001;a:q002']
    """
    weight: dict[tuple[str, str], float] = defaultdict(float)
    articles: dict[tuple[str, str], set[str]] = defaultdict(set)
    evidence: dict[tuple[str, str], set[str]] = defaultdict(set)
    for frame in _frames(edges, "edges"):
        if frame.empty:
            continue
        ids = frame["quote_ids"] if "quote_ids" in frame else [None] * len(frame)
        for art, src, tgt, w, qids in zip(frame["article_id"], frame["source"],
                                          frame["target"], frame["weight"], ids, strict=True):
            key = (str(src), str(tgt))
            weight[key] += float(w)
            articles[key].add(str(art))
            evidence[key].update(f"{art}:{q}" for q in split_ids(qids))
    rows = [(s, t, weight[(s, t)], len(articles[(s, t)]), ";".join(sorted(evidence[(s, t)])))
            for s, t in weight]
    frame = pd.DataFrame(rows, columns=NETWORK_COLUMNS)
    if not frame.empty and (frame["weight"] % 1 == 0).all():
        frame["weight"] = frame["weight"].astype("int64")
    frame = frame.sort_values(["weight", "source", "target"], ascending=[False, True, True])
    return frame.reset_index(drop=True)


def corpus_graph(network: pd.DataFrame) -> nx.DiGraph:
    """A directed graph of :func:`corpus_network` (weight, n_articles, evidence on edges).

    Nodes are added in sorted order so layouts are deterministic.

    Example:
        >>> g = corpus_graph(pd.DataFrame([["X", "Y", 3, 2, "a:q001"]], columns=NETWORK_COLUMNS))
        >>> g["X"]["Y"]["weight"], sorted(g.nodes)
        (3, ['X', 'Y'])
    """
    graph = nx.DiGraph()
    graph.add_nodes_from(sorted(set(network["source"]) | set(network["target"])))
    for row in network.itertuples(index=False):
        graph.add_edge(row.source, row.target, weight=row.weight, n_articles=row.n_articles,
                       evidence=row.evidence)
    return graph


# --------------------------------------------------------------------------- time windows
def time_windows(first: Any, last: Any, size: str = "90D",
                 step: str = "30D") -> list[tuple[pd.Timestamp, pd.Timestamp]]:
    """DNA-style moving windows ``[start, start + size)`` from ``first`` by ``step``.

    Windows start at ``first`` (its day) and every ``step`` after it, up to
    and including the last start on or before ``last``.

    Example:
        >>> [(a.date().isoformat(), b.date().isoformat())
        ...  for a, b in time_windows("2025-01-01", "2025-01-20", "10D", "7D")]
        [('2025-01-01', '2025-01-11'), ('2025-01-08', '2025-01-18'), ('2025-01-15', '2025-01-25')]
    """
    start = pd.Timestamp(first).normalize()
    last = pd.Timestamp(last)
    width, stride = pd.Timedelta(size), pd.Timedelta(step)
    if width <= pd.Timedelta(0) or stride <= pd.Timedelta(0):
        raise ValueError("window size and step must be positive")
    windows = []
    while start <= last:
        windows.append((start, start + width))
        start += stride
    return windows


def positions_over_time(positions: Frames, size: str = "90D", step: str = "30D") -> pd.DataFrame:
    """Each actor's positions per topic in moving time windows of article dates.

    ``positions`` needs the positions columns plus ``date`` (an output folder
    joins it from the articles table); undated rows are left out.

    Example:
        >>> p = pd.DataFrame({"article_id": ["a", "b"], "actor": ["X", "X"],
        ...                   "topic": ["t", "t"], "stance": ["support", "oppose"],
        ...                   "score": [1.0, -1.0], "date": ["2025-01-01", "2025-01-09"]})
        >>> positions_over_time(p, "10D", "5D")[["window_start", "n_positions", "mean_score",
        ...                                       "n_support", "n_oppose"]].values.tolist()
        [['2025-01-01', 2, 0.0, 1, 1], ['2025-01-06', 1, -1.0, 0, 1]]
    """
    # per (day, actor, topic): articles, number of positions, score sum, stance counts
    daily: dict[tuple[pd.Timestamp, str, str], list[Any]] = {}
    stances: set[str] = set()
    for frame in _frames(positions, "positions", ("date",)):
        if frame.empty:
            continue
        dates = parse_dates(frame["date"])
        scores = pd.to_numeric(frame.get("score", pd.Series(0.0, index=frame.index)),
                               errors="coerce").fillna(0.0)
        stance_col = frame["stance"] if "stance" in frame else pd.Series("", index=frame.index)
        topic_col = frame["topic"] if "topic" in frame else pd.Series("", index=frame.index)
        for day, art, actor, topic, stance, score in zip(
                dates, frame["article_id"], frame["actor"], topic_col, stance_col, scores,
                strict=True):
            if pd.isna(day):
                continue
            cell = daily.setdefault((day, str(actor), str(topic)), [set(), 0, 0.0, {}])
            cell[0].add(str(art))
            cell[1] += 1
            cell[2] += float(score)
            cell[3][str(stance)] = cell[3].get(str(stance), 0) + 1
            stances.add(str(stance))
    order = [s for s in STANCE_ORDER if s in stances] + sorted(stances - set(STANCE_ORDER))
    columns = WINDOW_COLUMNS + [f"n_{s}" for s in order]
    if not daily:
        return pd.DataFrame(columns=columns)
    days = sorted({key[0] for key in daily})
    rows = []
    for start, end in time_windows(days[0], days[-1], size, step):
        acc: dict[tuple[str, str], list[Any]] = {}
        for (day, actor, topic), (arts, n, total, counts) in daily.items():
            if start <= day < end:
                cell = acc.setdefault((actor, topic), [set(), 0, 0.0, defaultdict(int)])
                cell[0] |= arts
                cell[1] += n
                cell[2] += total
                for s, k in counts.items():
                    cell[3][s] += k
        for (actor, topic), (arts, n, total, counts) in sorted(acc.items()):
            rows.append([start.date().isoformat(), end.date().isoformat(), actor, topic,
                         len(arts), n, round(total / n, 6)] + [counts[s] for s in order])
    return pd.DataFrame(rows, columns=columns)


# --------------------------------------------------------------------------- outlets
def quotes_per_outlet(source: str | Path) -> pd.DataFrame:
    """Articles, quotes by type and distinct speakers per outlet of a corpus output folder.

    Articles count when they were analysed (status ``ok``); a missing outlet
    is shown as ``""``.

    Example:
        >>> import tempfile, pathlib
        >>> from analysis.corpus import run_corpus
        >>> out = pathlib.Path(tempfile.mkdtemp()) / "run"
        >>> _ = run_corpus([{"id": "a", "text": "Hi.", "outlet": "Post"}], out, workers=1,
        ...                progress=False)
        >>> quotes_per_outlet(out)[["outlet", "n_articles", "n_quotes"]].values.tolist()
        [['Post', 1, 0]]
    """
    n_articles: dict[str, int] = defaultdict(int)
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    speakers: dict[str, set[str]] = defaultdict(set)
    for _, arts in iter_table(source, "articles"):
        ok = arts[arts["status"].astype(str) == "ok"]
        for outlet in ok["outlet"].fillna("").astype(str):
            n_articles[outlet] += 1
    for quotes in iter_joined(source, "quotes", ("outlet",)):
        for outlet, qtype, speaker in zip(quotes["outlet"].fillna("").astype(str),
                                          quotes["type"].astype(str),
                                          quotes["speaker"].fillna("").astype(str), strict=True):
            counts[outlet]["n_quotes"] += 1
            counts[outlet][f"n_{qtype}"] += 1
            if speaker:
                speakers[outlet].add(speaker)
    rows = []
    for outlet in sorted(n_articles):
        c = counts[outlet]
        n = n_articles[outlet]
        rows.append([outlet, n, c["n_quotes"], round(c["n_quotes"] / n, 3), c["n_direct"],
                     c["n_indirect"], c["n_partial"], len(speakers[outlet])])
    return pd.DataFrame(rows, columns=OUTLET_COLUMNS)
