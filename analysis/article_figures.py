"""Every figure for one article, drawn from its :class:`~analysis.pipeline.Analysis`.

The registered figures in :mod:`analysis.figures` show the seed article;
notebook 05 and ``make own`` need the same pictures for *any* article.
Each function here takes an Analysis and returns a matplotlib figure by
calling the drawing function of the topic module in :mod:`analysis.plots`,
so a figure looks the same here as in its notebook. Names start with the
number of the notebook that explains the figure. Empty tables give a
figure that says so, never an error.

Example:
    >>> from analysis import article_from_text
    >>> from analysis.pipeline import analyse
    >>> figs = article_figures(analyse(article_from_text("Nobody spoke.", "x")))
    >>> sorted(figs)[:2]
    ['01-paragraph-lengths', '02-quotes-per-speaker']
    >>> plt.close("all")
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import matplotlib.pyplot as plt
import pandas as pd

from .style import save_figure

#: name → function(analysis) → Figure, in drawing order.
ARTICLE_FIGURES: dict[str, Callable[[Any], plt.Figure]] = {}


def article_figure(name: str) -> Callable[[Callable[[Any], plt.Figure]],
                                          Callable[[Any], plt.Figure]]:
    """Register a function drawing figure ``name`` from an Analysis."""

    def wrap(fn: Callable[[Any], plt.Figure]) -> Callable[[Any], plt.Figure]:
        ARTICLE_FIGURES[name] = fn
        return fn

    return wrap


def table(analysis: Any, name: str) -> pd.DataFrame:
    """Frame ``name`` of ``analysis`` with every column of :data:`pipeline.TABLES`.

    Missing frames or columns come back empty, so drawing functions never
    fail on a partial analysis.

    Example:
        >>> from types import SimpleNamespace
        >>> list(table(SimpleNamespace(), "edges").columns)
        ['article_id', 'source', 'target', 'weight', 'quote_ids']
    """
    from .pipeline import TABLES

    value = getattr(analysis, name, None)
    frame = value if isinstance(value, pd.DataFrame) else pd.DataFrame()
    missing = [c for c in TABLES.get(name, []) if c not in frame.columns]
    if missing:
        frame = frame.assign(**{c: pd.Series(index=frame.index, dtype="object")
                                for c in missing})
    return frame


def _article_id(analysis: Any) -> str:
    return str(getattr(getattr(analysis, "article", None), "article_id", "") or "article")


@article_figure("01-paragraph-lengths")
def paragraph_lengths(analysis: Any) -> plt.Figure:
    """Words per paragraph, furniture marked (notebook 01's figure).

    Example:
        >>> from analysis import article_from_text
        >>> from types import SimpleNamespace
        >>> fig = paragraph_lengths(SimpleNamespace(article=article_from_text("Hi there.", "x")))
        >>> fig.axes[0].get_xlabel()
        'words'
    """
    from .plots.article import paragraph_lengths as draw

    return draw(analysis.article)


@article_figure("02-quotes-per-speaker")
def quotes_per_speaker(analysis: Any) -> plt.Figure:
    """Quotations per speaker by type (notebook 02's figure).

    Example:
        >>> from types import SimpleNamespace
        >>> a = SimpleNamespace(quotes=pd.DataFrame({"speaker": ["A", "A"],
        ...     "type": ["direct", "indirect"]}), article=SimpleNamespace(article_id="x"))
        >>> quotes_per_speaker(a).axes[0].get_xlabel()
        'quotations'
    """
    from .plots.quotes import quotes_per_speaker_figure

    return quotes_per_speaker_figure(table(analysis, "quotes"),
                                     f"Who is quoted, and how: {_article_id(analysis)}")


@article_figure("03-network")
def network(analysis: Any) -> plt.Figure:
    """Speaker → actor network (notebook 03's figure).

    Without a graph, the speakers found are drawn as lone nodes.

    Example:
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
        for name in sorted(set(table(analysis, "quotes")["speaker"].dropna()) - {""}):
            graph.add_node(name, name=name, type="person", is_speaker=True, n_quotes=1)
    return draw_network(graph, f"Who talks about whom: {_article_id(analysis)}")


@article_figure("03-network-state-level")
def network_state_level(analysis: Any) -> plt.Figure:
    """The same network with actors collapsed to their state or bloc (notebook 03).

    Example:
        >>> from types import SimpleNamespace
        >>> a = SimpleNamespace(article=SimpleNamespace(article_id="x"))
        >>> network_state_level(a).axes[0].get_title()
        'Who talks about whom, by state or bloc: x'
    """
    import networkx as nx

    from .network import build_graph
    from .plots.network import draw_network

    actors, mentions = table(analysis, "actors"), table(analysis, "mentions")
    graph = (nx.DiGraph() if actors.empty or mentions.empty else
             build_graph(actors, mentions, table(analysis, "quotes"), level="state"))
    return draw_network(graph, f"Who talks about whom, by state or bloc: "
                               f"{_article_id(analysis)}")


@article_figure("04-heatmap")
def heatmap(analysis: Any) -> plt.Figure:
    """Actor × concept agreement (notebook 04's heatmap).

    Example:
        >>> from types import SimpleNamespace
        >>> a = SimpleNamespace(article=SimpleNamespace(article_id="x"))
        >>> heatmap(a).axes[0].get_title()
        'Who agrees with what: x'
    """
    import warnings

    from .plots.positions import agreement_heatmap

    with warnings.catch_warnings():  # an empty matrix cannot be laid out tightly
        warnings.filterwarnings("ignore", message="Tight layout not applied")
        return agreement_heatmap(table(analysis, "statements"),
                                 title=f"Who agrees with what: {_article_id(analysis)}")


@article_figure("04-stance-dots")
def stance_dots(analysis: Any) -> plt.Figure:
    """Each actor's stance score on -1 … +1 (notebook 04's dot plot).

    Example:
        >>> from types import SimpleNamespace
        >>> a = SimpleNamespace(article=SimpleNamespace(article_id="x"))
        >>> stance_dots(a).axes[0].get_title()
        'Where each actor stands: x'
    """
    from .plots.positions import stance_dots as draw

    positions = table(analysis, "positions")
    positions = positions.assign(
        n_statements=pd.to_numeric(positions["n_statements"], errors="coerce").fillna(0))
    return draw(positions, title=f"Where each actor stands: {_article_id(analysis)}")


@article_figure("04-congruence")
def congruence(analysis: Any) -> plt.Figure:
    """Congruence and conflict between actors (notebook 04's DNA network).

    Example:
        >>> from types import SimpleNamespace
        >>> a = SimpleNamespace(article=SimpleNamespace(article_id="x"))
        >>> congruence(a).axes[0].get_title()
        'Congruence (solid) and conflict (dashed): x'
    """
    from .plots.positions import congruence_figure

    return congruence_figure(table(analysis, "statements"),
                             title=f"Congruence (solid) and conflict (dashed): "
                                   f"{_article_id(analysis)}")


@article_figure("05-explorer-default")
def explorer_default(analysis: Any) -> plt.Figure:
    """The widget explorer's default state (see :func:`analysis.widgets.static_view`).

    Example:
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
    return {name: fn(analysis) for name, fn in ARTICLE_FIGURES.items()}


def draw_article_figures(analysis: Any, out_dir: Path) -> list[Path]:
    """Save every per-article figure (PNG 300 dpi + SVG) into ``out_dir``.

    Example:
        >>> import tempfile, pathlib
        >>> from analysis import article_from_text
        >>> from analysis.pipeline import analyse
        >>> d = pathlib.Path(tempfile.mkdtemp())
        >>> files = draw_article_figures(analyse(article_from_text("Hi.", "x")), d)
        >>> sorted(p.name for p in files)[:2]
        ['01-paragraph-lengths.png', '01-paragraph-lengths.svg']
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
