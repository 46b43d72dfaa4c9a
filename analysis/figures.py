"""The registry of every figure the project draws, and ``draw_all``.

Figure functions live in :mod:`analysis.plots` (one module per notebook
topic) and register themselves here under their file name, which starts
with the number of the notebook that shows them. ``make figures`` and
``make run`` call :func:`draw_all`.

Example:
    >>> @register("99-demo")
    ... def _demo():
    ...     import matplotlib.pyplot as plt
    ...     fig, ax = plt.subplots()
    ...     return fig
    >>> "99-demo" in REGISTRY
    True
    >>> del REGISTRY["99-demo"]
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

import matplotlib.pyplot as plt

from . import paths
from .style import save_figure

REGISTRY: dict[str, Callable[[], Any]] = {}


def register(name: str) -> Callable[[Callable[[], Any]], Callable[[], Any]]:
    """Register a zero-argument function that returns a matplotlib figure."""

    def wrap(fn: Callable[[], Any]) -> Callable[[], Any]:
        REGISTRY[name] = fn
        return fn

    return wrap


@lru_cache(maxsize=1)
def seed_analysis() -> Any:
    """The analysis of the seed article, computed once per process.

    Example:
        >>> seed_analysis().article.article_id
        'security_guarantees_article'
    """
    from .article import load_article
    from .pipeline import analyse

    return analyse(load_article(paths.SEED_ARTICLE))


def load_plot_modules() -> None:
    """Import every module of :mod:`analysis.plots` so its figures register."""
    from . import plots

    for info in sorted(pkgutil.iter_modules(plots.__path__), key=lambda m: m.name):
        importlib.import_module(f"{plots.__name__}.{info.name}")


def draw_all(out_dir: Path | None = None) -> list[Path]:
    """Draw every registered figure into ``out_dir`` (default ``figures/``).

    Example:
        >>> import tempfile, pathlib
        >>> files = draw_all(pathlib.Path(tempfile.mkdtemp()))  # doctest: +SKIP
    """
    from .setup import setup

    setup()
    load_plot_modules()
    written: list[Path] = []
    for name in sorted(REGISTRY):
        fig = REGISTRY[name]()
        written += save_figure(fig, name, out_dir)
        plt.close(fig)
    return written
