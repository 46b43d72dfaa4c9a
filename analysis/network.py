"""Who talks about whom: the speaker → actor network, its metrics and exports.

An edge runs from a speaker to every actor named inside that speaker's
quotations (a name, an alias or a possessive; demonyms only on request;
never the speaker itself). Each edge keeps its evidence:

``weight``
    the number of quotations (or, for the journalist's own voice, paragraphs)
    that name the target;
``quote_ids`` / ``quote_types``
    which quotations, and of which types (direct, indirect, partial);
``paragraph_ids``
    for edges from the journalist's voice, the paragraphs that name the target.

Nodes carry ``name``, ``actor_id``, ``type``, ``parent``, ``role``,
``is_speaker``, ``n_quotes``, ``n_mentions`` and ``members`` (the actors a
state-level node stands for).

``level="state"`` collapses every actor into the first state or bloc among
its parents (Kremlin spokesperson → Kremlin → Russia), ``include_outlet``
adds the journalist's own voice as a node, ``quote_types`` picks which
quotations count and ``min_weight`` drops weaker edges.

Frames:

``edges``
    article_id, source, target, weight, quote_ids (";"-joined), by actor name.
``metrics`` (:func:`metrics`)
    actor, type, in_degree, out_degree, in_weight, out_weight, pagerank,
    betweenness, reciprocity.

Example:
    >>> from analysis import article_from_text
    >>> art = article_from_text('"Russia is testing NATO," Jane Roe said.', "a")
    >>> q = pd.DataFrame([{"quote_id": "q001", "start": 1, "end": 25, "speaker": "Jane Roe",
    ...                    "type": "direct", "speaker_start": 28, "speaker_end": 36}])
    >>> res = network_stage(art, q)
    >>> sorted(res.graph.edges())
    [('Jane Roe', 'NATO'), ('Jane Roe', 'Russia')]
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd

from .actors import (
    ACTOR_COLUMNS,
    TOP_TYPES,
    KnowledgeBase,
    actor_id,
    actor_records,
    as_kb,
    make_actors_frame,
    resolve_speakers,
)
from .frames import rows_frame
from .mentions import (
    MENTION_COLUMNS,
    find_mentions,
    make_mentions_frame,
    outlet_name,
    quote_records,
)

#: Columns of the ``edges`` frame.
EDGE_COLUMNS: list[str] = ["article_id", "source", "target", "weight", "quote_ids"]
#: Columns of the ``metrics`` frame.
METRIC_COLUMNS: list[str] = [
    "actor", "type", "in_degree", "out_degree", "in_weight", "out_weight", "pagerank",
    "betweenness", "reciprocity",
]
#: Node attributes, in the order every export writes them.
NODE_ATTRS: tuple[str, ...] = (
    "name", "actor_id", "type", "parent", "role", "is_speaker", "n_quotes", "n_mentions",
    "members",
)
#: Edge attributes, in the order every export writes them.
EDGE_ATTRS: tuple[str, ...] = ("weight", "quote_ids", "quote_types", "paragraph_ids")
#: Quote types counted by default.
QUOTE_TYPES: tuple[str, ...] = ("direct", "indirect", "partial")
#: Mention kinds that make an edge (demonyms on request).
EDGE_KINDS: frozenset[str] = frozenset({"name", "alias", "possessive"})
#: How lists are joined in GraphML, GEXF and CSV exports.
LIST_SEP: str = ";"

_A = {c: i for i, c in enumerate(ACTOR_COLUMNS)}
_M = {c: i for i, c in enumerate(MENTION_COLUMNS)}


@dataclass
class NetworkResult:
    """The frames and graph of the network stage for one article.

    Example:
        >>> from analysis import article_from_text
        >>> network_stage(article_from_text("NATO met.", "a"), None).graph.number_of_nodes()
        0
    """

    actors: pd.DataFrame
    mentions: pd.DataFrame
    edges: pd.DataFrame
    graph: nx.DiGraph


# --------------------------------------------------------------------------- building
def _top_of(name: str, info: Mapping[str, tuple[Any, ...]], kb: KnowledgeBase) -> str:
    """The state or bloc an actor collapses into, following parents."""
    seen: set[str] = set()
    current = name
    while current not in seen:
        if current in kb.actors:
            return kb.top(current)
        seen.add(current)
        row = info.get(current)
        if row is None:
            return current
        if row[_A["type"]] in TOP_TYPES:
            return current
        parent = row[_A["parent"]]
        if not parent:
            return current
        current = parent
    return name


#: Evidence per ``(source, target)``: quote ids, quote types, paragraph ids, and
#: the voices of the outlet (see :func:`_evidence`).
Evidence = tuple[dict[tuple[str, str], set[str]], dict[tuple[str, str], set[str]],
                 dict[tuple[str, str], set[str]], set[str]]


def _evidence(mention_rows: Iterable[Sequence[Any]],
              quote_types_by_id: Mapping[tuple[str, str], str], wanted: frozenset[str],
              kinds: frozenset[str], many: bool, include_outlet: bool) -> Evidence:
    """The evidence of every ``(source, target)`` pair in ``mention_rows``.

    Returns quote ids, quote types and paragraph ids per pair (ids prefixed
    with ``article_id:`` when ``many``), and the outlet voices that name
    someone outside a quotation (only with ``include_outlet``).

    Example:
        >>> m = [("a", "m001", "NATO", "NATO", "name", 5, 9, 0, "q001", "X")]
        >>> _evidence(m, {("a", "q001"): "direct"}, frozenset(QUOTE_TYPES), EDGE_KINDS,
        ...           False, False)[0]
        {('X', 'NATO'): {'q001'}}
    """
    outlets: set[str] = set()
    quotes: dict[tuple[str, str], set[str]] = {}
    qtypes: dict[tuple[str, str], set[str]] = {}
    paras: dict[tuple[str, str], set[str]] = {}
    i_kind, i_voice, i_actor, i_qid = _M["kind"], _M["voice"], _M["actor"], _M["quote_id"]
    i_aid, i_para = _M["article_id"], _M["paragraph_id"]
    for row in mention_rows:
        if row[i_kind] not in kinds:
            continue
        source, target, qid = row[i_voice], row[i_actor], row[i_qid]
        if not source or source == target:
            continue
        aid = row[i_aid]
        if qid:
            qtype = quote_types_by_id.get((aid, qid), "direct")
            if qtype not in wanted:
                continue
            key = (source, target)
            quotes.setdefault(key, set()).add(f"{aid}:{qid}" if many else qid)
            qtypes.setdefault(key, set()).add(qtype)
        elif include_outlet:
            outlets.add(source)
            key = (source, target)
            paras.setdefault(key, set()).add(
                f"{aid}:p{row[i_para]}" if many else f"p{row[i_para]}")
    return quotes, qtypes, paras, outlets


def build_graph_records(
    actor_rows: Sequence[Sequence[Any]],
    mention_rows: Iterable[Sequence[Any]],
    quote_types_by_id: Mapping[tuple[str, str], str],
    *,
    level: str = "actor",
    include_outlet: bool = False,
    quote_types: Iterable[str] | None = None,
    min_weight: int = 1,
    count_demonyms: bool = False,
    isolates: bool = False,
    kb: KnowledgeBase | None = None,
) -> nx.DiGraph:
    """Build the network from plain rows (the fast core of :func:`build_graph`).

    ``actor_rows`` follow :data:`~analysis.actors.ACTOR_COLUMNS`,
    ``mention_rows`` :data:`~analysis.mentions.MENTION_COLUMNS`;
    ``quote_types_by_id`` maps ``(article_id, quote_id)`` to the quote type.
    Several articles may be mixed: quote ids then become ``article_id:quote_id``.

    Example:
        >>> actors = [("a", "x", "X", "person", "", "", True, 1, 0),
        ...           ("a", "nato", "NATO", "bloc", "", "", False, 0, 1)]
        >>> mentions = [("a", "m001", "NATO", "NATO", "name", 5, 9, 0, "q001", "X")]
        >>> g = build_graph_records(actors, mentions, {("a", "q001"): "direct"})
        >>> g.edges["X", "NATO"]["quote_ids"]
        ['q001']
    """
    if level not in ("actor", "state"):
        raise ValueError(f"level must be 'actor' or 'state', not {level!r}")
    kb = as_kb(kb)
    wanted = frozenset(quote_types) if quote_types is not None else frozenset(QUOTE_TYPES)
    kinds = EDGE_KINDS | {"demonym"} if count_demonyms else EDGE_KINDS
    articles = {row[_A["article_id"]] for row in actor_rows}
    many = len(articles) > 1

    # actor info, merged over articles
    info: dict[str, list[Any]] = {}
    for row in actor_rows:
        name = row[_A["name"]]
        cur = info.get(name)
        if cur is None:
            info[name] = list(row)
            continue
        if cur[_A["type"]] == "unknown":
            cur[_A["type"]] = row[_A["type"]]
        for col in ("parent", "role"):
            if not cur[_A[col]]:
                cur[_A[col]] = row[_A[col]]
        cur[_A["is_speaker"]] = bool(cur[_A["is_speaker"]] or row[_A["is_speaker"]])
        cur[_A["n_quotes"]] += row[_A["n_quotes"]]
        cur[_A["n_mentions"]] += row[_A["n_mentions"]]
    quotes, qtypes, paras, outlets = _evidence(mention_rows, quote_types_by_id, wanted, kinds,
                                               many, include_outlet)

    def node_of(name: str) -> str:
        return _top_of(name, info, kb) if level == "state" else name

    # nodes
    nodes: dict[str, dict[str, Any]] = {}

    def add_node(name: str) -> str:
        key = node_of(name)
        attrs = nodes.get(key)
        row = info.get(name)
        if attrs is None:
            base = info.get(key)
            if key in outlets and base is None:
                t, parent, role = "outlet", "", ""
            elif base is not None:
                t, parent, role = base[_A["type"]], base[_A["parent"]], base[_A["role"]]
            else:
                t, parent, role = kb.type_of(key) or "unknown", kb.parent(key), ""
            if level == "state":  # a state-level node is the top of its chain
                parent = ""
                role = role if key == name else ""
            attrs = nodes[key] = {
                "name": key, "actor_id": actor_id(key), "type": t, "parent": parent,
                "role": role, "is_speaker": key in outlets, "n_quotes": 0, "n_mentions": 0,
                "members": set(),
            }
        if name not in attrs["members"]:
            attrs["members"].add(name)
            if row is not None:
                attrs["is_speaker"] = bool(attrs["is_speaker"] or row[_A["is_speaker"]])
                attrs["n_quotes"] += int(row[_A["n_quotes"]])
                attrs["n_mentions"] += int(row[_A["n_mentions"]])
        return key

    graph = nx.DiGraph(level=level)
    edges: dict[tuple[str, str], dict[str, set[str]]] = {}
    for key in sorted(set(quotes) | set(paras)):
        src, tgt = add_node(key[0]), add_node(key[1])
        if src == tgt:
            continue
        ev = edges.setdefault((src, tgt), {"q": set(), "t": set(), "p": set()})
        ev["q"] |= quotes.get(key, set())
        ev["t"] |= qtypes.get(key, set())
        ev["p"] |= paras.get(key, set())
    kept = {k: v for k, v in edges.items() if len(v["q"]) + len(v["p"]) >= min_weight}
    keep_nodes = {n for k in kept for n in k}
    for name, row in info.items():
        if isolates or (row[_A["is_speaker"]] and row[_A["n_quotes"]] > 0):
            keep_nodes.add(add_node(name))
    for key in sorted(keep_nodes):
        attrs = dict(nodes[key])
        attrs["members"] = sorted(attrs["members"])
        graph.add_node(key, **attrs)
    for (src, tgt), ev in sorted(kept.items()):
        graph.add_edge(
            src, tgt, weight=len(ev["q"]) + len(ev["p"]), quote_ids=sorted(ev["q"]),
            quote_types=sorted(ev["t"]), paragraph_ids=sorted(ev["p"]),
        )
    return graph


def _rows(frame: pd.DataFrame, columns: Sequence[str]) -> list[tuple[Any, ...]]:
    if frame is None or len(frame) == 0:
        return []
    return list(frame[list(columns)].itertuples(index=False, name=None))


def quote_type_map(quotes: pd.DataFrame | None, article_id: str = "") -> dict[tuple[str, str], str]:
    """``(article_id, quote_id) → type`` for a quotes frame.

    Example:
        >>> q = pd.DataFrame({"article_id": ["a"], "quote_id": ["q001"], "type": ["direct"]})
        >>> quote_type_map(q)
        {('a', 'q001'): 'direct'}
    """
    if quotes is None or len(quotes) == 0:
        return {}
    aids = quotes["article_id"].tolist() if "article_id" in quotes else [article_id] * len(quotes)
    types = quotes["type"].tolist() if "type" in quotes else ["direct"] * len(quotes)
    return {(str(a), str(q)): str(t) for a, q, t in zip(aids, quotes["quote_id"].tolist(), types,
                                                         strict=True)}


def build_graph(
    actors: pd.DataFrame,
    mentions: pd.DataFrame,
    quotes: pd.DataFrame | None = None,
    *,
    level: str = "actor",
    include_outlet: bool = False,
    quote_types: Iterable[str] | None = None,
    min_weight: int = 1,
    count_demonyms: bool = False,
    isolates: bool = False,
    kb: KnowledgeBase | str | Path | None = None,
) -> nx.DiGraph:
    """The speaker → actor ``DiGraph`` from the ``actors``, ``mentions`` and
    ``quotes`` frames (of one or several articles).

    Options: ``level`` ("actor" or "state"), ``include_outlet`` (the
    journalist's voice as a node), ``quote_types`` (default all three),
    ``min_weight``, ``count_demonyms`` and ``isolates`` (keep every actor of
    the frame as a node, even without edges). Speakers are always nodes.

    Example:
        >>> from analysis import article_from_text
        >>> art = article_from_text('"Moscow lies," Jane Roe said.', "a")
        >>> q = pd.DataFrame([{"article_id": "a", "quote_id": "q001", "start": 1, "end": 12,
        ...                    "speaker": "Jane Roe", "type": "direct"}])
        >>> res = network_stage(art, q)
        >>> g = build_graph(res.actors, res.mentions, q, level="state")
        >>> list(g.edges(data="weight"))
        [('Jane Roe', 'Russia', 1)]
    """
    article_id = str(actors["article_id"].iloc[0]) if len(actors) else ""
    return build_graph_records(
        _rows(actors, ACTOR_COLUMNS), _rows(mentions, MENTION_COLUMNS),
        quote_type_map(quotes, article_id), level=level, include_outlet=include_outlet,
        quote_types=quote_types, min_weight=min_weight, count_demonyms=count_demonyms,
        isolates=isolates, kb=as_kb(kb),
    )


def edge_rows(graph: nx.DiGraph, article_id: str) -> list[tuple[Any, ...]]:
    """Rows of the ``edges`` frame for a graph, sorted by source and target.

    Example:
        >>> g = nx.DiGraph(); g.add_edge("A", "B", weight=2, quote_ids=["q001", "q002"])
        >>> edge_rows(g, "x")
        [('x', 'A', 'B', 2, 'q001;q002')]
    """
    return [
        (article_id, s, t, int(d.get("weight", 1)), LIST_SEP.join(d.get("quote_ids", [])))
        for s, t, d in sorted(graph.edges(data=True), key=lambda e: (e[0], e[1]))
    ]


def edges_frame(graph: nx.DiGraph, article_id: str = "") -> pd.DataFrame:
    """The ``edges`` frame (article_id, source, target, weight, quote_ids).

    Example:
        >>> g = nx.DiGraph(); g.add_edge("A", "B", weight=1, quote_ids=["q001"])
        >>> edges_frame(g, "x").values.tolist()
        [['x', 'A', 'B', 1, 'q001']]
    """
    return make_edges_frame(edge_rows(graph, article_id))


def make_edges_frame(rows: Sequence[tuple[Any, ...]]) -> pd.DataFrame:
    """The ``edges`` frame from :func:`edge_rows` tuples of one or many articles.

    Example:
        >>> make_edges_frame([("x", "A", "B", 1, "q001")])["weight"].tolist()
        [1]
    """
    return rows_frame(rows, EDGE_COLUMNS, ints=("weight",))


@dataclass
class NetworkRows:
    """The network stage of one article as plain rows (see :func:`network_rows`).

    ``actors``, ``mentions`` and ``edges`` hold tuples in the column order of
    :data:`ACTOR_COLUMNS`, :data:`MENTION_COLUMNS` and :data:`EDGE_COLUMNS`.
    ``graph``, the article's actor-level ``DiGraph``, is built on first use
    (the corpus engine writes only the rows).

    Example:
        >>> from analysis import article_from_text
        >>> res = network_rows(article_from_text("NATO met.", "a"), None)
        >>> res.edges, res.graph.number_of_nodes()
        ([], 0)
    """

    actors: list[tuple[Any, ...]]
    mentions: list[tuple[Any, ...]]
    edges: list[tuple[Any, ...]]
    #: Builds :attr:`graph` (called once, on first use).
    build: Callable[[], nx.DiGraph] = field(repr=False, compare=False)
    #: Each speaker of the quotes frame -> the actor it resolves to ("Keir" ->
    #: "Keir Starmer"), where the two differ.
    speakers: dict[str, str] = field(default_factory=dict, compare=False)

    @cached_property
    def graph(self) -> nx.DiGraph:
        """The actor-level graph of the article (the edges of :attr:`edges`)."""
        return self.build()


def network_rows(article: Any, quotes: pd.DataFrame | Sequence[Mapping[str, Any]] | None,
                 kb: KnowledgeBase | str | Path | None = None) -> NetworkRows:
    """Actors, mentions and edges of one article as rows, and its actor-level graph.

    The core of :func:`network_stage` without any frame, so that the corpus
    engine can build one frame per table for a whole chunk of articles. The
    edge rows come straight from the evidence; they equal the edges of the
    graph (:func:`build_graph_records` with default options), which is built
    only when asked for.

    Example:
        >>> from analysis import article_from_text
        >>> res = network_rows(article_from_text("The US and us.", "a"), None)
        >>> [m[MENTION_COLUMNS.index("surface")] for m in res.mentions]
        ['US']
    """
    kb = as_kb(kb)
    aid = article.article_id
    recs = quote_records(quotes)
    speakers = resolve_speakers(recs, kb, article.text)
    mention_rows = find_mentions(article, recs, speakers, kb, outlet_name(article))
    n_quotes: dict[str, int] = {}
    qtypes: dict[tuple[str, str], str] = {}
    for rec in recs:
        qtypes[(aid, rec["quote_id"])] = rec["type"]
        if rec["speaker"]:
            name = speakers[rec["speaker"]].name
            n_quotes[name] = n_quotes.get(name, 0) + 1
    actor_rows = actor_records(aid, speakers, n_quotes, [r[2] for r in mention_rows], kb)
    quoted = _evidence(mention_rows, qtypes, frozenset(QUOTE_TYPES), EDGE_KINDS, False,
                       False)[0]
    edges = [(aid, source, target, len(ids), LIST_SEP.join(sorted(ids)))
             for (source, target), ids in sorted(quoted.items())]

    def build() -> nx.DiGraph:
        graph = build_graph_records(actor_rows, mention_rows, qtypes, kb=kb)
        graph.graph["article_id"] = aid
        return graph

    return NetworkRows(actors=actor_rows, mentions=list(mention_rows), edges=edges,
                       build=build, speakers={raw: sp.name for raw, sp in speakers.items()
                                              if sp.name != raw})


def network_stage(article: Any, quotes: pd.DataFrame | Sequence[Mapping[str, Any]] | None,
                  kb: KnowledgeBase | str | Path | None = None) -> NetworkResult:
    """Actors, mentions, edges and the actor-level graph of one article.

    This is :func:`network_rows` with each table built as a frame once.
    ``quotes`` is the quotes frame or the same rows as dicts
    (:func:`analysis.quotes.quote_records`), which is faster.

    Example:
        >>> from analysis import article_from_text
        >>> res = network_stage(article_from_text("The US and us.", "a"), None)
        >>> res.mentions["surface"].tolist()
        ['US']
    """
    rows = network_rows(article, quotes, kb)
    return NetworkResult(
        actors=make_actors_frame(rows.actors),
        mentions=make_mentions_frame(rows.mentions),
        edges=make_edges_frame(rows.edges),
        graph=rows.graph,
    )


def combined_graph(actors: pd.DataFrame, mentions: pd.DataFrame, quotes: pd.DataFrame,
                   kb: KnowledgeBase | str | Path | None = None, **options: Any) -> nx.DiGraph:
    """One graph over the frames of several articles (quote ids become
    ``article_id:quote_id`` when there is more than one article).

    Example:
        >>> combined_graph(pd.DataFrame(columns=ACTOR_COLUMNS),
        ...                pd.DataFrame(columns=MENTION_COLUMNS), None).number_of_nodes()
        0
    """
    return build_graph_records(
        _rows(actors, ACTOR_COLUMNS), _rows(mentions, MENTION_COLUMNS), quote_type_map(quotes),
        kb=as_kb(kb), **options,
    )


# --------------------------------------------------------------------------- metrics
def pagerank(graph: nx.DiGraph, alpha: float = 0.85, weight: str = "weight",
             tol: float = 1e-12, max_iter: int = 500) -> dict[str, float]:
    """Weighted PageRank by power iteration (no SciPy needed).

    Dangling nodes spread their rank evenly, as in :func:`networkx.pagerank`.

    Example:
        >>> g = nx.DiGraph([("a", "b"), ("c", "b")])
        >>> max(pagerank(g).items(), key=lambda kv: kv[1])[0]
        'b'
    """
    nodes = sorted(graph.nodes())
    n = len(nodes)
    if n == 0:
        return {}
    out_w = {u: sum(d.get(weight, 1) for _, _, d in graph.out_edges(u, data=True))
             for u in nodes}
    rank = {u: 1.0 / n for u in nodes}
    for _ in range(max_iter):
        dangling = alpha * sum(rank[u] for u in nodes if out_w[u] == 0) / n
        new = {u: (1.0 - alpha) / n + dangling for u in nodes}
        for u in nodes:
            if out_w[u]:
                share = alpha * rank[u] / out_w[u]
                for _, v, d in graph.out_edges(u, data=True):
                    new[v] += share * d.get(weight, 1)
        err = sum(abs(new[u] - rank[u]) for u in nodes)
        rank = new
        if err < n * tol:
            break
    return rank


def metrics(graph: nx.DiGraph, digits: int = 4) -> pd.DataFrame:
    """Who is talked about most and who talks most: one row per node.

    Columns :data:`METRIC_COLUMNS`; ``in_weight``/``out_weight`` sum edge
    weights, ``reciprocity`` is the share of a node's edges that go both ways.
    Sorted by PageRank (highest first), then name.

    Example:
        >>> g = nx.DiGraph(); g.add_edge("A", "B", weight=2); g.add_edge("B", "A", weight=1)
        >>> metrics(g)[["actor", "in_weight", "reciprocity"]].values.tolist()
        [['A', 1, 1.0], ['B', 2, 1.0]]
    """
    pr = pagerank(graph)
    bc = nx.betweenness_centrality(graph, normalized=True) if len(graph) else {}
    rows = []
    for u in graph.nodes():
        succ, pred = set(graph.successors(u)), set(graph.predecessors(u))
        total = len(succ) + len(pred)
        rec = 2 * len(succ & pred) / total if total else 0.0
        rows.append((
            u, graph.nodes[u].get("type", ""), graph.in_degree(u), graph.out_degree(u),
            int(graph.in_degree(u, weight="weight")), int(graph.out_degree(u, weight="weight")),
            round(pr.get(u, 0.0), digits), round(bc.get(u, 0.0), digits), round(rec, digits),
        ))
    frame = pd.DataFrame(rows, columns=METRIC_COLUMNS)
    if frame.empty:
        return frame
    frame = frame.sort_values(["pagerank", "actor"], ascending=[False, True], kind="stable")
    return frame.reset_index(drop=True)


# --------------------------------------------------------------------------- exports
def _flat(value: Any) -> Any:
    if isinstance(value, (list, tuple, set, frozenset)):
        return LIST_SEP.join(str(v) for v in sorted(value) if str(v) != "")
    if value is None:
        return ""
    if hasattr(value, "item") and not isinstance(value, str):  # numpy scalars
        return value.item()
    return value


def export_graph(graph: nx.DiGraph, flatten: bool = True) -> nx.DiGraph:
    """A copy with sorted nodes and edges, every attribute present; lists
    joined with ";" when ``flatten``. Every export goes through it.

    Example:
        >>> g = nx.DiGraph(); g.add_edge("b", "a", quote_ids=["q2", "q1"])
        >>> export_graph(g).edges["b", "a"]["quote_ids"]
        'q1;q2'
    """
    out = nx.DiGraph()
    out.graph.update({k: _flat(v) for k, v in sorted(graph.graph.items())})
    node_keys = list(NODE_ATTRS) + sorted(
        {k for _, d in graph.nodes(data=True) for k in d} - set(NODE_ATTRS))
    edge_keys = list(EDGE_ATTRS) + sorted(
        {k for _, _, d in graph.edges(data=True) for k in d} - set(EDGE_ATTRS))
    list_node = {k for _, d in graph.nodes(data=True) for k, v in d.items()
                 if isinstance(v, (list, tuple, set, frozenset))}
    list_edge = {k for _, _, d in graph.edges(data=True) for k, v in d.items()
                 if isinstance(v, (list, tuple, set, frozenset))}

    def default(key: str, lists: set[str]) -> Any:
        if key in lists or key in ("members", "quote_ids", "quote_types", "paragraph_ids"):
            return "" if flatten else []
        if key in ("is_speaker",):
            return False
        if key in ("n_quotes", "n_mentions", "weight"):
            return 0
        return ""

    for node in sorted(graph.nodes(), key=str):
        d = graph.nodes[node]
        attrs = {}
        for k in node_keys:
            v = d.get(k, node if k == "name" else default(k, list_node))
            attrs[k] = _flat(v) if flatten else (sorted(v) if isinstance(v, (set, frozenset))
                                                 else v)
        out.add_node(node, **attrs)
    for s, t in sorted(graph.edges(), key=lambda e: (str(e[0]), str(e[1]))):
        d = graph.edges[s, t]
        attrs = {}
        for k in edge_keys:
            v = d.get(k, default(k, list_edge))
            attrs[k] = _flat(v) if flatten else (sorted(v) if isinstance(v, (set, frozenset))
                                                 else v)
        out.add_edge(s, t, **attrs)
    return out


def graphml_bytes(graph: nx.DiGraph) -> bytes:
    """GraphML (opens in Gephi and :func:`networkx.read_graphml`), byte-stable.

    Example:
        >>> g = nx.DiGraph(); g.add_node("A", name="A", type="state")
        >>> b"<graphml" in graphml_bytes(g)
        True
    """
    return ("\n".join(nx.generate_graphml(export_graph(graph))) + "\n").encode("utf-8")


_GEXF_DATE = re.compile(r'lastmodifieddate="[^"]*"')


def gexf_bytes(graph: nx.DiGraph) -> bytes:
    """GEXF 1.2 for Gephi, with the modification date fixed so re-runs match.

    Example:
        >>> g = nx.DiGraph(); g.add_edge("A", "B", weight=1)
        >>> b'lastmodifieddate="2000-01-01"' in gexf_bytes(g)
        True
    """
    text = "\n".join(nx.generate_gexf(export_graph(graph))) + "\n"
    return _GEXF_DATE.sub('lastmodifieddate="2000-01-01"', text).encode("utf-8")


def node_link_bytes(graph: nx.DiGraph) -> bytes:
    """Node-link JSON (lists kept as JSON lists), sorted keys.

    Example:
        >>> g = nx.DiGraph(); g.add_edge("A", "B", quote_ids=["q001"])
        >>> json.loads(node_link_bytes(g))["edges"][0]["quote_ids"]
        ['q001']
    """
    data = nx.node_link_data(export_graph(graph, flatten=False), edges="edges")
    return (json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode()


def nodes_table(graph: nx.DiGraph) -> pd.DataFrame:
    """Every node with every attribute (lists joined with ";").

    Example:
        >>> g = nx.DiGraph(); g.add_node("A", type="state")
        >>> nodes_table(g)[["id", "name", "type"]].values.tolist()
        [['A', 'A', 'state']]
    """
    g = export_graph(graph)
    rows = [{"id": n, **d} for n, d in g.nodes(data=True)]
    cols = ["id"] + list(next(iter(g.nodes.values())).keys()) if len(g) else ["id",
                                                                              *NODE_ATTRS]
    return pd.DataFrame(rows, columns=cols)


def edges_table(graph: nx.DiGraph) -> pd.DataFrame:
    """Every edge with every attribute (lists joined with ";").

    Example:
        >>> g = nx.DiGraph(); g.add_edge("A", "B", weight=3)
        >>> edges_table(g)[["source", "target", "weight"]].values.tolist()
        [['A', 'B', 3]]
    """
    g = export_graph(graph)
    rows = [{"source": s, "target": t, **d} for s, t, d in g.edges(data=True)]
    keys = list(next(iter(g.edges(data=True)))[2].keys()) if g.number_of_edges() else list(
        EDGE_ATTRS)
    return pd.DataFrame(rows, columns=["source", "target", *keys])


def _csv_bytes(frame: pd.DataFrame) -> bytes:
    buf = io.StringIO()
    frame.to_csv(buf, index=False, lineterminator="\n")
    return buf.getvalue().encode("utf-8")


def export_files(graph: nx.DiGraph, stem: str = "graph") -> list[tuple[str, bytes]]:
    """Every export as ``(file name, bytes)``: GraphML, GEXF, node and edge
    CSVs and node-link JSON.

    Example:
        >>> g = nx.DiGraph(); g.add_edge("A", "B", weight=1)
        >>> [name for name, _ in export_files(g)]
        ['graph.graphml', 'graph.gexf', 'graph-nodes.csv', 'graph-edges.csv', 'graph.json']
    """
    return [
        (f"{stem}.graphml", graphml_bytes(graph)),
        (f"{stem}.gexf", gexf_bytes(graph)),
        (f"{stem}-nodes.csv", _csv_bytes(nodes_table(graph))),
        (f"{stem}-edges.csv", _csv_bytes(edges_table(graph))),
        (f"{stem}.json", node_link_bytes(graph)),
    ]


def write_graph(graph: nx.DiGraph, out_dir: str | Path, stem: str = "graph") -> list[Path]:
    """Write every export of ``graph`` into ``out_dir``; return the paths.

    Example:
        >>> import tempfile
        >>> g = nx.DiGraph(); g.add_edge("A", "B", weight=1)
        >>> [p.suffix for p in write_graph(g, tempfile.mkdtemp())]
        ['.graphml', '.gexf', '.csv', '.csv', '.json']
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, data in export_files(graph, stem):
        (out / name).write_bytes(data)
        written.append(out / name)
    return written
