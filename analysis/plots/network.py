"""Figures of notebook 03 (who talks about whom): the speaker → actor network.

The layout is fixed, not random: speakers stand in a left column (most
quotations first), the actors they talk about in a right column, each placed
at the mean height of the speakers that name it. Labels sit outside the
columns and a one-dimensional repel keeps them apart, so the same graph
always gives the same picture. Node colour shows the actor type, node area
the number of mentions, edge width the number of quotations.

Example:
    >>> import networkx as nx
    >>> g = nx.DiGraph()
    >>> g.add_node("A", type="person", n_mentions=2, is_speaker=True, n_quotes=1)
    >>> g.add_node("B", type="state", n_mentions=3, is_speaker=False, n_quotes=0)
    >>> g.add_edge("A", "B", weight=1)
    >>> network_layout(g)
    {'A': (0.0, 0.0), 'B': (1.0, 0.0)}
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import matplotlib.pyplot as plt
import networkx as nx
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrowPatch

from ..figures import register, seed_analysis
from ..network import build_graph
from ..style import PALETTE

#: Order of actor types in the legend.
TYPE_ORDER: tuple[str, ...] = ("person", "organisation", "state", "bloc", "media", "outlet",
                               "unknown")
_ROW = 1.0  # vertical distance between two nodes of a column


def _is_source(graph: nx.DiGraph, node: str) -> bool:
    data = graph.nodes[node]
    return graph.out_degree(node) > 0 or bool(data.get("is_speaker")) and data.get(
        "n_quotes", 0) > 0


def network_layout(graph: nx.DiGraph) -> dict[str, tuple[float, float]]:
    """Fixed two-column positions: speakers at x=0, the actors they name at x=1.

    Speakers are ordered by quotations (then name), top to bottom from y = 0,
    spread over the height of the taller column; every other actor sits near
    the mean height of its speakers, at least one row apart (see
    :func:`repel`), and that column is centred on the speakers' column.

    Example:
        >>> g = nx.DiGraph([("S", "X"), ("S", "Y"), ("T", "Y")])
        >>> sorted(network_layout(g).items())
        [('S', (0.0, 0.0)), ('T', (0.0, -1.0)), ('X', (1.0, 0.0)), ('Y', (1.0, -1.0))]
    """
    sources = sorted((n for n in graph if _is_source(graph, n)),
                     key=lambda n: (-graph.out_degree(n, weight="weight"), str(n)))
    targets = [n for n in graph if n not in set(sources)]
    # speakers spread over the height of the taller column
    rows = max(len(sources), len(targets))
    step = (rows - 1) * _ROW / (len(sources) - 1) if len(sources) > 1 else 0.0
    pos: dict[str, tuple[float, float]] = {
        n: (0.0, round(-i * step, 6)) for i, n in enumerate(sources)}

    def barycentre(n: str) -> float:
        ys = [pos[p][1] for p in graph.predecessors(n) if p in pos]
        return sum(ys) / len(ys) if ys else -len(sources) * _ROW

    order = sorted(targets, key=lambda n: (-barycentre(n), str(n)))
    wanted = [barycentre(n) for n in order]
    ys = repel(wanted, _ROW)
    if ys and sources:  # centre the right column on the left one
        shift = (pos[sources[0]][1] + pos[sources[-1]][1]) / 2 - (ys[0] + ys[-1]) / 2
        ys = [y + shift for y in ys]
    for n, y in zip(order, ys, strict=True):
        pos[n] = (1.0, round(float(y), 6) + 0.0)
    return pos


def repel(wanted: Sequence[float], gap: float) -> list[float]:
    """Heights as close as possible to ``wanted`` (given top to bottom) but at
    least ``gap`` apart: a simple, deterministic one-dimensional label repel.

    Example:
        >>> repel([0.0, 0.0, 0.0], 1.0)
        [1.0, 0.0, -1.0]
    """
    n = len(wanted)
    if n == 0:
        return []
    ys = list(wanted)
    for _ in range(200):  # push apart, then re-centre each cluster on its wish
        moved = False
        for i in range(1, n):
            if ys[i - 1] - ys[i] < gap - 1e-9:
                ys[i] = ys[i - 1] - gap
                moved = True
        start = 0
        while start < n:
            end = start
            while end + 1 < n and abs((ys[end] - ys[end + 1]) - gap) < 1e-9:
                end += 1
            shift = (sum(wanted[start:end + 1]) - sum(ys[start:end + 1])) / (end - start + 1)
            if start > 0:
                shift = min(shift, ys[start - 1] - gap - ys[start])
            for i in range(start, end + 1):
                ys[i] += shift
            start = end + 1
        if not moved:
            break
    return [round(y, 6) for y in ys]


def _size(n_mentions: int) -> float:
    return 120.0 + 70.0 * math.sqrt(max(0, int(n_mentions)))


def draw_network(graph: nx.DiGraph, title: str = "", ax: plt.Axes | None = None,
                 pos: Mapping[str, tuple[float, float]] | None = None) -> plt.Figure:
    """Draw ``graph`` with :func:`network_layout` (or stored ``pos``).

    Example:
        >>> g = nx.DiGraph(); g.add_edge("A", "B", weight=2)
        >>> fig = draw_network(g, "demo")
        >>> fig.axes[0].get_title()
        'demo'
    """
    pos = dict(pos) if pos is not None else network_layout(graph)
    rows = max([1] + [sum(1 for p in pos.values() if p[0] == x) for x in (0.0, 1.0)])
    if ax is None:
        fig, ax = plt.subplots(figsize=(9.0, max(3.2, 0.48 * rows + 1.6)))
    else:
        fig = ax.figure
    nodes = sorted(graph.nodes(), key=str)
    max_w = max([1] + [int(d.get("weight", 1)) for _, _, d in graph.edges(data=True)])
    for s, t, d in sorted(graph.edges(data=True), key=lambda e: (str(e[0]), str(e[1]))):
        (x0, y0), (x1, y1) = pos[s], pos[t]
        same_column = x0 == x1
        rad = (-0.3 if y1 < y0 else 0.3) if same_column else 0.0  # bulge inwards
        width = 0.8 + 2.6 * (int(d.get("weight", 1)) - 1) / max(1, max_w - 1)
        ax.add_patch(FancyArrowPatch(
            (x0, y0), (x1, y1), arrowstyle="-|>", mutation_scale=10, lw=width,
            color="#555555", alpha=0.55, connectionstyle=f"arc3,rad={rad}",
            shrinkA=9, shrinkB=11, zorder=1))
    for n in nodes:
        data = graph.nodes[n]
        x, y = pos[n]
        colour = PALETTE.get(str(data.get("type", "unknown")), PALETTE["unknown"])
        ax.scatter([x], [y], s=_size(data.get("n_mentions", 0)), color=colour,
                   edgecolor="white", linewidth=1.2, zorder=3)
        left = x == 0.0
        ax.annotate(str(data.get("name", n)), (x, y), xytext=(-12 if left else 12, 0),
                    textcoords="offset points", ha="right" if left else "left",
                    va="center", fontsize=9, zorder=4)
    ys = [p[1] for p in pos.values()] or [0.0]
    ax.set_xlim(-0.95, 1.95)
    ax.set_ylim(min(ys) - 0.8, max(ys) + 0.8)
    ax.axis("off")
    if pos:
        ax.text(0.0, max(ys) + 0.6, "speakers", ha="center", fontsize=9, style="italic",
                color="#444444")
        if any(p[0] == 1.0 for p in pos.values()):
            ax.text(1.0, max(ys) + 0.6, "talked about", ha="center", fontsize=9,
                    style="italic", color="#444444")
    else:
        ax.text(0.5, 0.0, "no quotations, no network", ha="center", color="#444444")
    present = [t for t in TYPE_ORDER if any(graph.nodes[n].get("type") == t for n in graph)]
    handles = [Line2D([], [], marker="o", linestyle="", markersize=8, color=PALETTE[t],
                      label=t) for t in present]
    weights = sorted({1, max_w})
    handles += [Line2D([], [], color="#555555", alpha=0.55,
                       lw=0.8 + 2.6 * (w - 1) / max(1, max_w - 1),
                       label=f"{w} quotation{'s' if w != 1 else ''}") for w in weights]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False,
              fontsize=8, title="node colour: type\nnode size: mentions\nedge width: quotes",
              title_fontsize=8)
    if title:
        ax.set_title(title)
    fig.tight_layout()
    return fig


@register("03-who-talks-about-whom-network")
def seed_network() -> plt.Figure:
    """The seed article's speaker → actor network (notebook 03).

    Example:
        >>> fig = seed_network()  # doctest: +SKIP
    """
    result = seed_analysis()
    return draw_network(result.graph, "Who talks about whom (seed article)")


@register("03-who-talks-about-whom-state-level")
def seed_state_network() -> plt.Figure:
    """The seed network collapsed to states and blocs (notebook 03).

    Example:
        >>> fig = seed_state_network()  # doctest: +SKIP
    """
    result = seed_analysis()
    graph = build_graph(result.actors, result.mentions, result.quotes, level="state")
    return draw_network(graph, "Who talks about whom, by state or bloc (seed article)")
