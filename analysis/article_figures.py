"""Every figure for one article, drawn from its :class:`~analysis.pipeline.Analysis`.

The registered figures in :mod:`analysis.figures` show the seed article;
notebook 05 and ``make own`` need the same pictures for *any* article.
Each function here takes an Analysis and returns a matplotlib figure, and
degrades to a labelled empty panel when a table is empty. Where a topic
module in :mod:`analysis.plots` has a drawing function, it is called, so a
figure looks the same here as in its notebook.

Example:
    >>> from analysis import article_from_text
    >>> from analysis.pipeline import analyse
    >>> figs = article_figures(analyse(article_from_text("Nobody spoke.", "x")))
    >>> sorted(figs)[:2]
    ['actor-concept', 'explorer-default']
    >>> plt.close("all")
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import matplotlib.pyplot as plt
import pandas as pd

from .style import DIVERGING_CMAP, OKABE_ITO, save_figure

#: name → function(analysis) → Figure, in drawing order.
ARTICLE_FIGURES: dict[str, Callable[[Any], plt.Figure]] = {}

def article_figure(name: str) -> Callable[[Callable[[Any], plt.Figure]],
                                          Callable[[Any], plt.Figure]]:
    """Register a function drawing figure ``name`` from an Analysis."""

    def wrap(fn: Callable[[Any], plt.Figure]) -> Callable[[Any], plt.Figure]:
        ARTICLE_FIGURES[name] = fn
        return fn

    return wrap


def _empty(ax: Any, message: str) -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="#666")
    ax.set_xticks([])
    ax.set_yticks([])


def _frame(analysis: Any, name: str) -> pd.DataFrame:
    value = getattr(analysis, name, None)
    return value if isinstance(value, pd.DataFrame) else pd.DataFrame()


@article_figure("paragraph-lengths")
def paragraph_lengths(analysis: Any) -> plt.Figure:
    """Words per paragraph, furniture marked (the figure of notebook 01).

    Example:
        >>> from analysis import article_from_text
        >>> from types import SimpleNamespace
        >>> fig = paragraph_lengths(SimpleNamespace(article=article_from_text("Hi there.", "x")))
        >>> fig.axes[0].get_xlabel()
        'words'
    """
    from .plots.article import paragraph_lengths as draw

    return draw(analysis.article)


@article_figure("quotes-per-speaker")
def quotes_per_speaker(analysis: Any) -> plt.Figure:
    """Quotations per speaker, stacked by quotation type.

    Example:
        >>> import pandas as pd
        >>> from types import SimpleNamespace
        >>> a = SimpleNamespace(quotes=pd.DataFrame({"speaker": ["A", "A", ""],
        ...                                         "type": ["direct", "indirect", "direct"]}))
        >>> quotes_per_speaker(a).axes[0].get_xlabel()
        'quotations'
    """
    quotes = _frame(analysis, "quotes")
    fig, ax = plt.subplots(figsize=(8, 4.5))
    if quotes.empty or "speaker" not in quotes.columns:
        _empty(ax, "no quotations found")
    else:
        q = quotes.assign(speaker=quotes["speaker"].replace("", "(unknown)"))
        table = pd.crosstab(q["speaker"], q["type"]) if "type" in q.columns else (
            q["speaker"].value_counts().to_frame("quotes"))
        table = table.loc[table.sum(axis=1).sort_values(kind="stable").index]
        left = pd.Series(0, index=table.index)
        for i, col in enumerate(sorted(table.columns)):
            ax.barh(table.index, table[col], left=left, label=str(col),
                    color=OKABE_ITO[i % len(OKABE_ITO)])
            left = left + table[col]
        ax.set_xlabel("quotations")
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.legend(title="type", frameon=False, loc="lower right")
    ax.set_title("Who is quoted, and how")
    fig.tight_layout()
    return fig


@article_figure("network")
def network(analysis: Any) -> plt.Figure:
    """Speaker → actor network, drawn like notebook 03's figure.

    Uses :func:`analysis.plots.network.draw_network` on the analysis graph;
    without a graph, the speakers found are drawn as lone nodes.

    Example:
        >>> import pandas as pd
        >>> from types import SimpleNamespace
        >>> a = SimpleNamespace(quotes=pd.DataFrame({"speaker": ["A"]}), graph=None,
        ...                     article=SimpleNamespace(article_id="x"))
        >>> network(a).axes[0].get_title()
        'Who talks about whom: x'
    """
    import networkx as nx

    from .plots.network import draw_network

    graph = getattr(analysis, "graph", None)
    if not isinstance(graph, nx.DiGraph):
        graph = nx.DiGraph()
        quotes = _frame(analysis, "quotes")
        for name in sorted(set(quotes.get("speaker", pd.Series(dtype=str))) - {""}):
            graph.add_node(name, name=name, type="person", is_speaker=True, n_quotes=1)
    return draw_network(graph, f"Who talks about whom: {analysis.article.article_id}")


@article_figure("network-state-level")
def network_state_level(analysis: Any) -> plt.Figure:
    """The same network with actors collapsed to their state or bloc.

    Example:
        >>> import pandas as pd
        >>> from types import SimpleNamespace
        >>> a = SimpleNamespace(quotes=pd.DataFrame(), actors=pd.DataFrame(),
        ...     mentions=pd.DataFrame(), article=SimpleNamespace(article_id="x"))
        >>> network_state_level(a).axes[0].get_title()
        'Who talks about whom, by state or bloc: x'
    """
    import networkx as nx

    from .network import build_graph
    from .plots.network import draw_network

    actors, mentions = _frame(analysis, "actors"), _frame(analysis, "mentions")
    if actors.empty or mentions.empty:
        graph = nx.DiGraph()
    else:
        graph = build_graph(actors, mentions, _frame(analysis, "quotes"), level="state")
    return draw_network(graph, f"Who talks about whom, by state or bloc: "
                               f"{analysis.article.article_id}")


@article_figure("stances")
def stances(analysis: Any) -> plt.Figure:
    """Each actor's stance score on the -1 … +1 scale, labelled by stance.

    Example:
        >>> import pandas as pd
        >>> from types import SimpleNamespace
        >>> a = SimpleNamespace(positions=pd.DataFrame({"actor": ["A"], "score": [0.5],
        ...     "stance": ["support"], "basis": ["self"]}))
        >>> stances(a).axes[0].get_xlim()
        (np.float64(-1.1), np.float64(1.1))
    """
    positions = _frame(analysis, "positions")
    fig, ax = plt.subplots(figsize=(8, 4.5))
    if positions.empty or not {"actor", "score"} <= set(positions.columns):
        _empty(ax, "no positions coded")
    else:
        p = positions.assign(score=pd.to_numeric(positions["score"], errors="coerce"))
        if "basis" in p.columns:
            p = p.assign(label=p["actor"] + p["basis"].map(
                lambda b: " (attributed)" if b == "attributed" else ""))
        else:
            p = p.assign(label=p["actor"])
        p = p.sort_values(["score", "label"], kind="stable").reset_index(drop=True)
        cmap = plt.get_cmap(DIVERGING_CMAP)
        ax.axvline(0, color="#999", linewidth=1)
        ax.hlines(range(len(p)), -1, 1, color="#eee", linewidth=0.8, zorder=0)
        ax.scatter(p["score"], range(len(p)), c=[cmap((s + 1) / 2) for s in p["score"]],
                   s=90, edgecolors="#333", zorder=3)
        if "stance" in p.columns:
            for i, row in p.iterrows():
                ax.annotate(str(row["stance"]), (row["score"], i), xytext=(0, 8),
                            textcoords="offset points", ha="center", fontsize=8)
        ax.set_yticks(range(len(p)), p["label"])
    ax.set_xlim(-1.1, 1.1)
    ax.set_xlabel("stance score (−1 oppose … +1 support)")
    ax.set_title("Where each actor stands")
    fig.tight_layout()
    return fig


@article_figure("actor-concept")
def actor_concept(analysis: Any) -> plt.Figure:
    """Mean agreement of each actor with each concept (statements), as a heatmap.

    Example:
        >>> import pandas as pd
        >>> from types import SimpleNamespace
        >>> a = SimpleNamespace(statements=pd.DataFrame({"actor": ["A"], "concept": ["c"],
        ...                                             "agreement": [1]}))
        >>> actor_concept(a).axes[0].get_title()
        'Actor × concept agreement'
    """
    statements = _frame(analysis, "statements")
    fig, ax = plt.subplots(figsize=(8, 4.5))
    if statements.empty or not {"actor", "concept", "agreement"} <= set(statements.columns):
        _empty(ax, "no statements coded")
    else:
        s = statements.assign(agreement=pd.to_numeric(statements["agreement"], errors="coerce"))
        table = s.pivot_table(index="actor", columns="concept", values="agreement",
                              aggfunc="mean").sort_index().sort_index(axis=1)
        image = ax.imshow(table.to_numpy(dtype=float), cmap=DIVERGING_CMAP, vmin=-1, vmax=1,
                          aspect="auto")
        ax.set_xticks(range(table.shape[1]), table.columns, rotation=35, ha="right")
        ax.set_yticks(range(table.shape[0]), table.index)
        fig.colorbar(image, ax=ax, label="agreement (−1 … +1)")
    ax.set_title("Actor × concept agreement")
    fig.tight_layout()
    return fig


@article_figure("explorer-default")
def explorer_default(analysis: Any) -> plt.Figure:
    """The widget explorer's default state (see :func:`analysis.widgets.static_view`).

    Example:
        >>> import pandas as pd
        >>> from types import SimpleNamespace
        >>> a = SimpleNamespace(quotes=pd.DataFrame(), edges=pd.DataFrame())
        >>> len(explorer_default(a).axes)
        2
    """
    from .widgets import static_view

    return static_view(analysis)


def article_figures(analysis: Any) -> dict[str, plt.Figure]:
    """Draw every per-article figure for ``analysis``; name → Figure.

    Example:
        >>> from analysis import article_from_text
        >>> from analysis.pipeline import analyse
        >>> figs = article_figures(analyse(article_from_text("Hi.", "x")))
        >>> len(figs) == len(ARTICLE_FIGURES)
        True
        >>> plt.close("all")
    """
    from .setup import setup

    setup()
    out: dict[str, plt.Figure] = {}
    for name, fn in ARTICLE_FIGURES.items():
        out[name] = fn(analysis)
    return out


def draw_article_figures(analysis: Any, out_dir: Path) -> list[Path]:
    """Save every per-article figure (PNG 300 dpi + SVG) into ``out_dir``.

    Example:
        >>> import tempfile, pathlib
        >>> from analysis import article_from_text
        >>> from analysis.pipeline import analyse
        >>> d = pathlib.Path(tempfile.mkdtemp())
        >>> files = draw_article_figures(analyse(article_from_text("Hi.", "x")), d)
        >>> sorted(p.name for p in files)[:2]
        ['actor-concept.png', 'actor-concept.svg']
    """
    written: list[Path] = []
    for name, fig in article_figures(analysis).items():
        written += save_figure(fig, name, out_dir)
        plt.close(fig)
    return written


def show_figure_files(files: list[Path], width: int = 800) -> None:
    """Display the PNGs among ``files`` in a notebook, each under its name.

    The 300 dpi files are scaled down to ``width`` pixels for the notebook
    (the files on disk keep full resolution). Independent of the
    matplotlib backend, so notebooks give the same output under ``make``
    (Agg) and in JupyterLab.

    Example:
        >>> show_figure_files([])
    """
    from IPython.display import Image, Markdown, display
    from PIL import Image as PILImage

    for path in files:
        if Path(path).suffix != ".png":
            continue
        with PILImage.open(path) as image:
            height = round(image.height * width / image.width)
            small = image.convert("RGB").resize((width, height), PILImage.Resampling.LANCZOS)
        display(Markdown(f"**{Path(path).stem}**"))
        display(Image(data=compact_png(small), format="png"))


def compact_png(image: Any) -> bytes:
    """A PIL image as a small PNG (256-colour palette), for notebook outputs.

    Example:
        >>> from PIL import Image as PILImage
        >>> compact_png(PILImage.new("RGB", (4, 4), "white"))[:4]
        b'\\x89PNG'
    """
    import io

    buffer = io.BytesIO()
    image.convert("RGB").quantize(colors=256, dither=0).save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
