"""Figures of notebook 04 (positions on security guarantees).

* ``04-positions-heatmap``: actor × concept mean agreement on a diverging,
  colour-blind-safe scale (blank: the actor says nothing on that concept);
* ``04-positions-stance-dots``: each position's score on -1 … +1, coloured by
  stance, numbered; :func:`dot_evidence` gives the quote behind each number;
* ``04-positions-congruence``: who agrees (solid) and who disagrees (dashed)
  with whom, DNA-style, on a fixed circular layout.

Example:
    >>> import pandas as pd
    >>> st = pd.DataFrame({"statement_id": ["s001"], "quote_id": ["q001"], "actor": ["A"],
    ...     "concept": ["air_power"], "agreement": [1], "subject": [""]})
    >>> fig = agreement_heatmap(st)
    >>> fig.axes[0].get_xlabel()
    'concept'
"""

from __future__ import annotations

import math

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.lines import Line2D

from ..codebook import Codebook, load_codebook
from ..dna import agreement_matrix, conflict_network, congruence_network
from ..figures import register, seed_analysis
from ..positions import STANCES
from ..style import DIVERGING_CMAP, OKABE_ITO

#: One colour per stance, the same in every figure and table.
STANCE_COLOURS: dict[str, str] = {
    "support": OKABE_ITO[0],
    "conditional": OKABE_ITO[4],
    "neutral": OKABE_ITO[8],
    "sceptical": OKABE_ITO[1],
    "oppose": OKABE_ITO[5],
}

#: Columns of :func:`dot_evidence`.
DOT_EVIDENCE_COLUMNS: list[str] = [
    "number", "label", "stance", "score", "evidence_quote_ids", "quote",
]


def _label(actor: str, basis: str, by: str) -> str:
    return actor if basis == "self" else f"{actor} (per {by})"


def agreement_heatmap(statements: pd.DataFrame, codebook: Codebook | None = None,
                      title: str = "Who agrees with what") -> plt.Figure:
    """Heatmap of mean agreement per actor (rows) and concept (columns)."""
    book = load_codebook(codebook)
    matrix = agreement_matrix(statements, book.concept_ids)
    n_rows, n_cols = max(1, matrix.shape[0]), max(1, matrix.shape[1])
    fig, ax = plt.subplots(figsize=(1.0 + 0.85 * n_cols + 2.2, 1.6 + 0.42 * n_rows))
    image = ax.imshow(matrix.to_numpy(dtype=float) if matrix.size else [[float("nan")]],
                      cmap=DIVERGING_CMAP, vmin=-1, vmax=1, aspect="auto")
    for i, actor in enumerate(matrix.index):
        for j, concept in enumerate(matrix.columns):
            value = matrix.loc[actor, concept]
            if not math.isnan(value):
                ax.text(j, i, f"{value:+.1f}".replace("+0.0", "0"), ha="center", va="center",
                        fontsize=8, color="white" if abs(value) > 0.6 else "black")
    labels = [book.concepts[c].label if c in book.concepts else c for c in matrix.columns]
    ax.set_xticks(range(len(matrix.columns)), labels, rotation=40, ha="right", fontsize=8)
    ax.set_yticks(range(len(matrix.index)), list(matrix.index), fontsize=8)
    ax.set_xlabel("concept")
    ax.set_ylabel("actor (speaker, or actor described by a speaker)")
    bar = fig.colorbar(image, ax=ax, fraction=0.04, pad=0.02)
    bar.set_label("agreement: -1 disagrees … +1 agrees")
    ax.set_title(title)
    fig.tight_layout()
    return fig


def _dot_table(positions: pd.DataFrame) -> pd.DataFrame:
    pos = positions[positions["n_statements"] > 0].copy()
    pos["label"] = [_label(a, b, by) for a, b, by in
                    zip(pos["actor"], pos["basis"], pos["attributed_by"], strict=True)]
    pos = pos.sort_values(["score", "label"], ascending=[True, True], kind="stable")
    pos["number"] = range(1, len(pos) + 1)
    return pos.reset_index(drop=True)


def stance_dots(positions: pd.DataFrame, title: str = "Where each actor stands") -> plt.Figure:
    """Dot plot of position scores on -1 … +1, numbered, coloured by stance.

    Positions without any coded statement are left out. Numbers match
    :func:`dot_evidence`.

    Example:
        >>> p = pd.DataFrame({"actor": ["A"], "basis": ["self"], "attributed_by": [""],
        ...     "stance": ["support"], "score": [0.5], "n_statements": [2],
        ...     "evidence_quote_ids": ["q001"]})
        >>> [float(x) for x in stance_dots(p).axes[0].get_xlim()]
        [-1.1, 1.1]
    """
    table = _dot_table(positions)
    n = max(1, len(table))
    fig, ax = plt.subplots(figsize=(8.0, 1.4 + 0.38 * n))
    ax.axvline(0, color="#999999", linewidth=0.8, zorder=0)
    for y, row in enumerate(table.itertuples()):
        ax.scatter(row.score, y, s=70, color=STANCE_COLOURS.get(row.stance, "#999999"),
                   edgecolor="black", linewidth=0.5, zorder=3,
                   marker="o" if row.basis == "self" else "D")
        ax.annotate(f"[{row.number}]", (row.score, y), xytext=(7, 0),
                    textcoords="offset points", va="center", fontsize=7)
    ax.set_yticks(range(len(table)), list(table["label"]), fontsize=8)
    ax.set_ylim(-0.7, n - 0.3)
    ax.set_xlim(-1.1, 1.1)
    ax.set_xlabel("score: -1 against guarantees … +1 for guarantees")
    handles = [Line2D([], [], marker="o", linestyle="", color=STANCE_COLOURS[s],
                      markeredgecolor="black", label=s) for s in STANCES]
    handles.append(Line2D([], [], marker="D", linestyle="", color="white",
                          markeredgecolor="black", label="attributed by another speaker"))
    ax.legend(handles=handles, frameon=False, fontsize=7, loc="upper left",
              bbox_to_anchor=(1.01, 1.0))
    ax.set_title(title)
    fig.tight_layout()
    return fig


def dot_evidence(positions: pd.DataFrame, quotes: pd.DataFrame) -> pd.DataFrame:
    """The quotes behind each numbered dot of :func:`stance_dots`.

    Example:
        >>> p = pd.DataFrame({"article_id": ["a"], "actor": ["A"], "basis": ["self"],
        ...     "attributed_by": [""], "stance": ["support"], "score": [0.5],
        ...     "n_statements": [1], "evidence_quote_ids": ["q001"]})
        >>> q = pd.DataFrame({"article_id": ["a"], "quote_id": ["q001"], "text": ["Yes."]})
        >>> dot_evidence(p, q)["quote"].tolist()
        ['[q001] Yes.']
    """
    table = _dot_table(positions)
    texts = {(a, q): t for a, q, t in zip(quotes["article_id"], quotes["quote_id"],
                                          quotes["text"], strict=True)}
    table["quote"] = [
        " | ".join(f"[{q}] {texts.get((art, q), '')}" for q in ids.split(";") if q)
        for art, ids in zip(table["article_id"], table["evidence_quote_ids"], strict=True)
    ]
    return table[DOT_EVIDENCE_COLUMNS]


def congruence_figure(statements: pd.DataFrame,
                      title: str = "Congruence (solid) and conflict (dashed)") -> plt.Figure:
    """Actors on a circle; solid edges share concept–agreement pairs, dashed ones
    disagree on a concept; width = number of concepts."""
    agree = congruence_network(statements)
    clash = conflict_network(statements)
    nodes = sorted(set(agree.nodes) | set(clash.nodes))
    n = max(1, len(nodes))
    pos = {node: (math.cos(2 * math.pi * i / n + math.pi / 2),
                  math.sin(2 * math.pi * i / n + math.pi / 2)) for i, node in enumerate(nodes)}
    fig, ax = plt.subplots(figsize=(8.0, 7.0))
    for graph, colour, style in ((agree, OKABE_ITO[0], "-"), (clash, OKABE_ITO[5], "--")):
        for a, b, data in sorted(graph.edges(data=True)):
            (x1, y1), (x2, y2) = pos[a], pos[b]
            ax.plot([x1, x2], [y1, y2], linestyle=style, color=colour,
                    linewidth=0.8 + 1.2 * data.get("weight", 1), alpha=0.75, zorder=1)
    for node in nodes:
        x, y = pos[node]
        ax.scatter(x, y, s=120, color=OKABE_ITO[8], edgecolor="black", zorder=3)
        ax.annotate(node, (x, y), xytext=(8 if x >= 0 else -8, 0), textcoords="offset points",
                    ha="left" if x >= 0 else "right", va="center", fontsize=8)
    ax.legend(handles=[Line2D([], [], color=OKABE_ITO[0], label="same side on a concept"),
                       Line2D([], [], color=OKABE_ITO[5], linestyle="--",
                              label="opposite sides on a concept")],
              frameon=False, fontsize=8, loc="lower center", bbox_to_anchor=(0.5, -0.08),
              ncol=2)
    ax.set_xlim(-1.9, 1.9)
    ax.set_ylim(-1.3, 1.3)
    ax.set_axis_off()
    ax.set_title(title)
    fig.tight_layout()
    return fig


@register("04-positions-heatmap")
def seed_heatmap() -> plt.Figure:
    """Actor × concept agreement on the seed article."""
    return agreement_heatmap(seed_analysis().statements,
                             title="Who agrees with what: security guarantees (seed)")


@register("04-positions-stance-dots")
def seed_stance_dots() -> plt.Figure:
    """Stance scores of the seed's speakers and of actors they describe."""
    return stance_dots(seed_analysis().positions,
                       title="Where each actor stands on security guarantees (seed)")


@register("04-positions-congruence")
def seed_congruence() -> plt.Figure:
    """DNA congruence and conflict between the seed's actors."""
    return congruence_figure(seed_analysis().statements)
