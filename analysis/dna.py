"""Discourse networks from statements, as the Discourse Network Analyzer defines them.

Every statement has a *holder*: the speaker for their own view, the
``subject`` when a speaker describes someone else's position. With
``attributed=False`` only the speakers' own statements count. Statements with
agreement 0 (open questions) and statements naming an actor as the *agent* of
a concept ("Moscow will test the alliance": a deed, not a view on the concept)
are left out.

``affiliation_network``
    two-mode actor × concept graph; an edge carries ``agreement`` (+1 all
    statements agree, -1 all disagree, 0 mixed), ``n_agree``, ``n_disagree``,
    ``weight`` (statements) and the evidence (``statement_ids``, ``quote_ids``).
``congruence_network``
    one-mode actor graph; the edge weight counts the concept–agreement pairs two
    actors share (both +1, or both -1, on the same concept).
``conflict_network``
    one-mode actor graph; the weight counts concepts on which one actor agrees
    and the other disagrees.

Node and edge order is sorted, so exports are identical on every run.

Example:
    >>> st = pd.DataFrame({"statement_id": ["s001", "s002", "s003"],
    ...     "quote_id": ["q1", "q2", "q3"], "actor": ["A", "B", "C"],
    ...     "concept": ["air", "air", "air"], "agreement": [1, 1, -1],
    ...     "subject": ["", "", ""]})
    >>> sorted(congruence_network(st).edges(data="weight"))
    [('A', 'B', 1)]
    >>> sorted(conflict_network(st).edges(data="weight"))
    [('A', 'C', 1), ('B', 'C', 1)]
"""

from __future__ import annotations

from itertools import combinations

import networkx as nx
import pandas as pd

#: Columns of :func:`network_edges`.
NETWORK_EDGE_COLUMNS: list[str] = ["source", "target", "weight", "concepts"]


def holders(statements: pd.DataFrame, attributed: bool = True) -> pd.DataFrame:
    """Statements with a ``holder`` column (only coded agreements, ±1).

    Example:
        >>> st = pd.DataFrame({"actor": ["A"], "subject": ["B"], "agreement": [1]})
        >>> holders(st)["holder"].tolist(), len(holders(st, attributed=False))
        (['B'], 0)
    """
    st = statements.copy()
    if len(st) == 0:
        st["holder"] = pd.Series(dtype=object)
        return st
    subject = st["subject"].fillna("").astype(str)
    st["holder"] = subject.where(subject != "", st["actor"].fillna("").astype(str))
    keep = (st["agreement"] != 0) & (st["holder"] != "")
    if "subject_role" in st:
        keep &= st["subject_role"].fillna("") != "agent"
    if not attributed:
        keep &= subject == ""
    return st[keep].reset_index(drop=True)


def _pairs(statements: pd.DataFrame, attributed: bool) -> dict[str, set[tuple[str, int]]]:
    pairs: dict[str, set[tuple[str, int]]] = {}
    st = holders(statements, attributed)
    for holder, concept, agreement in zip(st["holder"].tolist(), st["concept"].tolist(),
                                          st["agreement"].tolist(), strict=True):
        pairs.setdefault(holder, set()).add((concept, 1 if agreement > 0 else -1))
    return pairs


def affiliation_network(statements: pd.DataFrame, attributed: bool = True) -> nx.Graph:
    """Two-mode actor × concept network with agreement on the edges.

    Example:
        >>> st = pd.DataFrame({"statement_id": ["s001"], "quote_id": ["q1"],
        ...     "actor": ["A"], "concept": ["air"], "agreement": [-1], "subject": [""]})
        >>> g = affiliation_network(st)
        >>> g.nodes["A"]["kind"], g.edges["A", "air"]["agreement"]
        ('actor', -1)
    """
    graph = nx.Graph()
    st = holders(statements, attributed)
    edges: dict[tuple[str, str], list[tuple[int, str, str]]] = {}
    for holder, concept, agreement, sid, qid in zip(
            st["holder"].tolist(), st["concept"].tolist(), st["agreement"].tolist(),
            st["statement_id"].tolist(), st["quote_id"].tolist(), strict=True):
        edges.setdefault((holder, concept), []).append((int(agreement), sid, qid))
    for actor in sorted({a for a, _ in edges}):
        graph.add_node(actor, kind="actor", bipartite=0)
    for concept in sorted({c for _, c in edges}):
        graph.add_node(concept, kind="concept", bipartite=1)
    for (actor, concept), rows in sorted(edges.items()):
        n_agree = sum(1 for a, _, _ in rows if a > 0)
        n_disagree = len(rows) - n_agree
        agreement = 1 if n_disagree == 0 else -1 if n_agree == 0 else 0
        graph.add_edge(actor, concept, agreement=agreement, n_agree=n_agree,
                       n_disagree=n_disagree, weight=len(rows),
                       statement_ids=";".join(sorted({s for _, s, _ in rows})),
                       quote_ids=";".join(sorted({q for _, _, q in rows})))
    return graph


def _one_mode(statements: pd.DataFrame, attributed: bool, conflict: bool) -> nx.Graph:
    pairs = _pairs(statements, attributed)
    graph = nx.Graph()
    graph.add_nodes_from(sorted(pairs))
    for a, b in combinations(sorted(pairs), 2):
        if conflict:
            shared = sorted({c for c, s in pairs[a] if (c, -s) in pairs[b]})
        else:
            shared = sorted({f"{c}{'+' if s > 0 else '-'}" for c, s in pairs[a] & pairs[b]})
        if shared:
            graph.add_edge(a, b, weight=len(shared), concepts=";".join(shared))
    return graph


def congruence_network(statements: pd.DataFrame, attributed: bool = True) -> nx.Graph:
    """Actors linked by the concept–agreement pairs they share.

    The ``concepts`` edge attribute lists them, e.g. ``air_power+;troops_on_ground-``.
    """
    return _one_mode(statements, attributed, conflict=False)


def conflict_network(statements: pd.DataFrame, attributed: bool = True) -> nx.Graph:
    """Actors linked by the concepts on which they take opposite sides."""
    return _one_mode(statements, attributed, conflict=True)


def network_edges(graph: nx.Graph) -> pd.DataFrame:
    """The edges of a one-mode network as a sorted table.

    Example:
        >>> g = nx.Graph(); g.add_edge("B", "A", weight=2, concepts="x+;y-")
        >>> network_edges(g).values.tolist()
        [['A', 'B', 2, 'x+;y-']]
    """
    rows = [(*sorted((a, b)), d.get("weight", 1), d.get("concepts", ""))
            for a, b, d in graph.edges(data=True)]
    frame = pd.DataFrame(sorted(rows), columns=NETWORK_EDGE_COLUMNS)
    return frame.sort_values(["weight", "source", "target"], ascending=[False, True, True],
                             kind="stable").reset_index(drop=True)


def agreement_matrix(statements: pd.DataFrame, concepts: list[str] | None = None,
                     attributed: bool = True) -> pd.DataFrame:
    """Holder × concept mean agreement (NaN where an actor says nothing).

    Columns follow ``concepts`` (codebook order) when given.

    Example:
        >>> st = pd.DataFrame({"actor": ["A", "A"], "concept": ["x", "x"],
        ...                    "agreement": [1, -1], "subject": ["", ""]})
        >>> agreement_matrix(st).loc["A", "x"]
        np.float64(0.0)
    """
    st = holders(statements, attributed)
    if len(st) == 0:
        return pd.DataFrame(columns=concepts or [], dtype=float)
    matrix = st.pivot_table(index="holder", columns="concept", values="agreement",
                            aggfunc="mean").astype(float)
    if concepts is not None:
        matrix = matrix.reindex(columns=[c for c in concepts if c in matrix.columns])
    matrix.index.name, matrix.columns.name = "actor", "concept"
    return matrix.sort_index()
