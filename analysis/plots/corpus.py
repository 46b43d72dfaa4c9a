"""Figures of notebook 06 (many articles): the corpus network, positions over
time and quotes per outlet, drawn from a corpus output folder.

The registered figures show the sample corpus (:data:`analysis.corpus.SAMPLE_CORPUS`).

Example:
    >>> import pandas as pd
    >>> from analysis.aggregate import NETWORK_COLUMNS
    >>> net = pd.DataFrame([["A", "B", 2, 1, "x:q001"]], columns=NETWORK_COLUMNS)
    >>> len(network_figure(net).axes)
    1
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import networkx as nx
import pandas as pd

from ..aggregate import corpus_graph, corpus_network, positions_over_time, quotes_per_outlet
from ..corpus import sample_run
from ..figures import register
from ..style import OKABE_ITO

#: Quote types in the order and colours of the outlet figure.
TYPE_COLOURS: dict[str, str] = {"direct": OKABE_ITO[0], "partial": OKABE_ITO[2],
                                "indirect": OKABE_ITO[1]}


def network_figure(network: pd.DataFrame, top: int = 25) -> plt.Figure:
    """The ``top`` heaviest edges of a corpus network; width = quotes, label = actor.

    The most connected actors sit in the middle, the others around them.

    Example:
        >>> from analysis.aggregate import NETWORK_COLUMNS
        >>> fig = network_figure(pd.DataFrame(columns=NETWORK_COLUMNS))
        >>> fig.axes[0].get_title()
        'No edges'
    """
    fig, ax = plt.subplots(figsize=(9.0, 7.0))
    ax.set_axis_off()
    if network.empty:
        ax.set_title("No edges")
        return fig
    graph = corpus_graph(network.head(top))
    strength = dict(graph.degree(weight="weight"))
    ranked = sorted(graph.nodes, key=lambda n: (-strength[n], n))
    hubs = ranked[: max(1, min(4, len(ranked) // 5))]
    pos = nx.shell_layout(graph, nlist=[hubs, sorted(ranked[len(hubs):])])
    widths = [0.6 + 0.5 * graph[u][v]["weight"] ** 0.5 for u, v in graph.edges]
    nx.draw_networkx_edges(graph, pos, ax=ax, width=widths, edge_color="#888",
                           arrowsize=10, alpha=0.7, connectionstyle="arc3,rad=0.08",
                           node_size=[80 + 30 * strength[n] for n in graph.nodes])
    nx.draw_networkx_nodes(graph, pos, ax=ax, node_color=OKABE_ITO[4],
                           node_size=[80 + 30 * strength[n] for n in graph.nodes])
    nx.draw_networkx_labels(graph, pos, ax=ax, font_size=8)
    ax.set_title(f"Who talks about whom across the corpus: the {graph.number_of_edges()} "
                 "heaviest edges")
    fig.tight_layout()
    return fig


def positions_figure(over_time: pd.DataFrame, top: int = 6) -> plt.Figure:
    """Mean stance score per time window for the ``top`` actors with most positions.

    Example:
        >>> fig = positions_figure(pd.DataFrame(columns=["window_start", "actor",
        ...                                              "n_positions", "mean_score"]))
        >>> fig.axes[0].get_title()
        'No dated positions'
    """
    fig, ax = plt.subplots(figsize=(9.0, 4.8))
    if over_time.empty:
        ax.set_title("No dated positions")
        return fig
    totals = over_time.groupby("actor")["n_positions"].sum()
    actors = sorted(totals.index, key=lambda a: (-totals[a], a))[:top]
    for colour, actor in zip(OKABE_ITO, actors, strict=False):
        rows = over_time[over_time["actor"] == actor]
        dates = pd.to_datetime(rows["window_start"])
        ax.plot(dates, rows["mean_score"], marker="o", color=colour, label=actor, lw=1.6)
    ax.axhline(0, color="#999", lw=0.8)
    ax.set_ylim(-1.1, 1.1)
    ax.set_ylabel("mean stance score\n(-1 oppose … +1 support)")
    ax.set_xlabel("window start")
    ax.legend(frameon=False, fontsize=8, loc="center left", bbox_to_anchor=(1.0, 0.5))
    ax.set_title("Positions over time (moving windows of article dates)")
    fig.autofmt_xdate()
    fig.tight_layout()
    return fig


def outlet_figure(outlets: pd.DataFrame) -> plt.Figure:
    """Quotes per article by type, one bar per outlet.

    Example:
        >>> from analysis.aggregate import OUTLET_COLUMNS
        >>> len(outlet_figure(pd.DataFrame(columns=OUTLET_COLUMNS)).axes)
        1
    """
    fig, ax = plt.subplots(figsize=(8.0, 0.5 * max(3, len(outlets)) + 1.2))
    left = pd.Series(0.0, index=outlets.index)
    for qtype, colour in TYPE_COLOURS.items():
        per_article = outlets[f"n_{qtype}"] / outlets["n_articles"].clip(lower=1)
        ax.barh(outlets["outlet"], per_article, left=left, color=colour, label=qtype)
        left += per_article
    ax.invert_yaxis()
    ax.set_xlabel("quotes per article")
    ax.legend(frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8)
    ax.set_title("Quotes per article, by outlet and type")
    fig.tight_layout()
    return fig


@register("06-many-articles-network")
def sample_network() -> plt.Figure:
    """The corpus network of the sample corpus (notebook 06)."""
    return network_figure(corpus_network(sample_run()))


@register("06-many-articles-positions-over-time")
def sample_positions() -> plt.Figure:
    """Positions over time in the sample corpus (notebook 06)."""
    return positions_figure(positions_over_time(sample_run(), size="90D", step="30D"))


@register("06-many-articles-quotes-per-outlet")
def sample_outlets() -> plt.Figure:
    """Quotes per outlet in the sample corpus (notebook 06)."""
    return outlet_figure(quotes_per_outlet(sample_run()))
