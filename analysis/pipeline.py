"""The whole analysis of one article, and writing its tables.

:func:`analyse` runs every stage on an :class:`~analysis.article.Article`
and returns an :class:`Analysis` holding the frames; :func:`write_outputs`
writes the frames of one or many analyses as CSV files, atomically.

Example:
    >>> from analysis import load_article, paths
    >>> result = analyse(load_article(paths.SEED_ARTICLE))
    >>> list(result.frames())[:3]
    ['paragraphs', 'sentences', 'quotes']
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from .actors import ACTOR_COLUMNS, as_kb, make_actors_frame
from .article import Article, paragraphs_frame, sentences_frame
from .frames import Columns
from .mentions import MENTION_COLUMNS, make_mentions_frame
from .network import (
    EDGE_COLUMNS,
    NetworkRows,
    combined_graph,
    graphml_bytes,
    make_edges_frame,
    network_rows,
)
from .positions import POSITION_COLUMNS, positions_frame, positions_rows
from .quotes import QUOTE_COLUMNS, quote_records, quote_row, quote_rows_frame
from .statements import STATEMENT_COLUMNS, statements_table

#: Column lists of every table ``extract`` writes; stages fill them.
TABLES: dict[str, list[str]] = {
    "paragraphs": [],  # filled from the article frames
    "sentences": [],
    "quotes": QUOTE_COLUMNS,
    "actors": ACTOR_COLUMNS,
    "mentions": MENTION_COLUMNS,
    "edges": EDGE_COLUMNS,
    "statements": STATEMENT_COLUMNS,
    "positions": POSITION_COLUMNS,
}


def _empty(name: str) -> pd.DataFrame:
    return pd.DataFrame(columns=TABLES[name])


@dataclass
class Analysis:
    """Every frame produced for one article.

    Example:
        >>> from analysis import article_from_text
        >>> a = analyse(article_from_text('"Yes," she said.', "x"))
        >>> len(a.quotes)
        1
    """

    article: Article
    quotes: pd.DataFrame
    actors: pd.DataFrame = field(default_factory=lambda: _empty("actors"))
    mentions: pd.DataFrame = field(default_factory=lambda: _empty("mentions"))
    edges: pd.DataFrame = field(default_factory=lambda: _empty("edges"))
    statements: pd.DataFrame = field(default_factory=lambda: _empty("statements"))
    positions: pd.DataFrame = field(default_factory=lambda: _empty("positions"))
    graph: Any = None

    def frames(self) -> dict[str, pd.DataFrame]:
        """The tables in the order ``extract`` writes them.

        Example:
            >>> from analysis import article_from_text
            >>> sorted(analyse(article_from_text("Hi.", "x")).frames())[:2]
            ['actors', 'edges']
        """
        return {
            "paragraphs": self.article.paragraphs,
            "sentences": self.article.sentences,
            "quotes": self.quotes,
            "actors": self.actors,
            "mentions": self.mentions,
            "edges": self.edges,
            "statements": self.statements,
            "positions": self.positions,
        }


@dataclass
class ArticleRows:
    """Every table of one article as plain row tuples, and its graph.

    ``tables`` maps each name of :data:`TABLES` to rows in that table's
    column order; :func:`table_frame` turns the rows of one or many articles
    into the frame. The corpus engine collects rows for a whole chunk and
    builds each frame once (a small frame costs about 0.2 ms to build).
    ``graph`` is the network stage's graph, built on first use (the corpus
    engine never asks for it); ``None`` without a network stage.

    Example:
        >>> from analysis import article_from_text
        >>> rows = analyse_rows(article_from_text('"Yes," she said.', "x"))
        >>> list(rows.tables) == list(TABLES), len(rows.tables["quotes"])
        (True, 1)
        >>> rows.graph.number_of_nodes()
        0
    """

    article: Article
    tables: dict[str, list[tuple[Any, ...]]]
    network: NetworkRows | None = None

    @property
    def graph(self) -> Any:
        """The article's actor-level graph (``None`` without a network stage)."""
        return None if self.network is None else self.network.graph


#: Builds each table's frame from the row tuples of one or many articles.
FRAME_BUILDERS: dict[str, Callable[[Sequence[tuple[Any, ...]]], pd.DataFrame]] = {
    "paragraphs": paragraphs_frame,
    "sentences": sentences_frame,
    "quotes": quote_rows_frame,
    "actors": make_actors_frame,
    "mentions": make_mentions_frame,
    "edges": make_edges_frame,
    "statements": statements_table,
    "positions": positions_frame,
}


def table_frame(name: str, rows: Sequence[tuple[Any, ...]]) -> pd.DataFrame:
    """The frame of table ``name`` from the rows of one or many :class:`ArticleRows`.

    Building one frame from the rows of many articles gives the same frame
    as building one per article and concatenating them.

    Example:
        >>> from analysis import article_from_text
        >>> rows = [analyse_rows(article_from_text("A.", i)) for i in ("a", "b")]
        >>> table_frame("paragraphs", [r for x in rows for r in x.tables["paragraphs"]]
        ...             )["article_id"].tolist()
        ['a', 'b']
    """
    return FRAME_BUILDERS[name](rows)


def analyse_rows(article: Article, kb: Any = None, codebook: Any = None) -> ArticleRows:
    """Run every stage on ``article`` and return the tables as row tuples.

    The stages work on plain records; no frame is built. :func:`analyse`
    builds the frames of one article from these rows.

    Example:
        >>> from analysis import article_from_text
        >>> analyse_rows(article_from_text('"No," he said.', "x")).tables["quotes"][0][:2]
        ('x', 'q001')
    """
    kb = as_kb(kb)  # once per article, not once per stage
    records = quote_records(article)
    quote_rows = [quote_row(r) for r in records]
    # --- network stage (actors, mentions, edges, graph) -----------------
    net = network_rows(article, records, kb)
    # --- positions stage (statements, positions) -------------------------
    # statements name the actor each speaker resolves to, as the actors table does
    named = quote_rows
    if net.speakers:
        k = QUOTE_COLUMNS.index("speaker")
        named = [(*r[:k], net.speakers.get(r[k], r[k]), *r[k + 1:]) for r in quote_rows]
    statements, positions = positions_rows(
        article, Columns(named, QUOTE_COLUMNS), Columns(net.mentions, MENTION_COLUMNS),
        Columns(net.actors, ACTOR_COLUMNS), kb, codebook)
    tables = {
        "paragraphs": article.paragraph_rows,
        "sentences": article.sentence_rows,
        "quotes": quote_rows,
        "actors": net.actors,
        "mentions": net.mentions,
        "edges": net.edges,
        "statements": statements,
        "positions": positions,
    }
    return ArticleRows(article=article, tables=tables, network=net)


def analyse(article: Article, kb: Any = None, codebook: Any = None) -> Analysis:
    """Run every stage on ``article``.

    ``kb`` is an actor knowledge base and ``codebook`` a statement codebook;
    both default to the ones in ``data/``.

    Example:
        >>> from analysis import article_from_text
        >>> analyse(article_from_text('"No," he said.', "x")).quotes["type"].tolist()
        ['direct']
    """
    rows = analyse_rows(article, kb, codebook)
    frames = {name: table_frame(name, rows.tables[name]) for name in TABLES
              if name not in ("paragraphs", "sentences")}
    # Built once with every frame: the empty defaults are never made.
    return Analysis(article=article, graph=rows.graph, **frames)


def combine(results: Sequence[Analysis]) -> dict[str, pd.DataFrame]:
    """Concatenate the frames of several analyses, table by table.

    Example:
        >>> from analysis import article_from_text
        >>> rs = [analyse(article_from_text("A.", i)) for i in ("a", "b")]
        >>> combine(rs)["paragraphs"]["article_id"].tolist()
        ['a', 'b']
    """
    out: dict[str, pd.DataFrame] = {}
    for name in TABLES:
        parts = [r.frames()[name] for r in results]
        parts = [p for p in parts if not p.empty]
        if parts:
            out[name] = pd.concat(parts, ignore_index=True)
        else:
            columns = list(results[0].frames()[name].columns) if results else TABLES[name]
            out[name] = pd.DataFrame(columns=columns)
    return out


def write_frames(frames: dict[str, pd.DataFrame], out_dir: Path,
                 extra: Iterable[tuple[str, bytes]] = ()) -> list[Path]:
    """Write frames as ``NAME.csv`` (plus extra files) into ``out_dir`` atomically.

    Everything is first written into a temporary folder beside ``out_dir``
    and then moved into place, so an error never leaves half-written files.

    Example:
        >>> import tempfile, pathlib, pandas as pd
        >>> d = pathlib.Path(tempfile.mkdtemp())
        >>> [p.name for p in write_frames({"t": pd.DataFrame({"a": [1]})}, d)]
        ['t.csv']
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".writing-", dir=out_dir))
    written: list[Path] = []
    try:
        names: list[str] = []
        for name, frame in frames.items():
            frame.to_csv(tmp / f"{name}.csv", index=False, lineterminator="\n")
            names.append(f"{name}.csv")
        for name, data in extra:
            (tmp / name).write_bytes(data)
            names.append(name)
        for name in names:
            os.replace(tmp / name, out_dir / name)
            written.append(out_dir / name)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return written


def write_outputs(results: Sequence[Analysis], out_dir: Path) -> list[Path]:
    """Write every table of ``results`` into ``out_dir``.

    Example:
        >>> import tempfile, pathlib
        >>> from analysis import article_from_text
        >>> d = pathlib.Path(tempfile.mkdtemp())
        >>> paths = write_outputs([analyse(article_from_text("Hi.", "x"))], d)
        >>> "quotes.csv" in [p.name for p in paths]
        True
    """
    frames = combine(results)
    extra: list[tuple[str, bytes]] = []
    if len(results) == 1 and results[0].graph is not None:
        graph = results[0].graph
    else:
        graph = combined_graph(frames["actors"], frames["mentions"], frames["quotes"])
    extra.append(("graph.graphml", graphml_bytes(graph)))
    return write_frames(frames, out_dir, extra)
