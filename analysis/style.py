"""Shared, colour-blind-safe plot style and the one helper that saves figures.

All figures go through :func:`save_figure`, which writes PNG and SVG to
``figures/`` with metadata stripped, so two runs give the same bytes.

Example:
    >>> from analysis.style import PALETTE
    >>> PALETTE["person"]
    '#0072B2'
"""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg", force=False)
import matplotlib.pyplot as plt  # noqa: E402

from . import paths  # noqa: E402

#: Okabe & Ito (2008) colour-blind-safe palette.
OKABE_ITO: list[str] = [
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#D55E00",  # vermillion
    "#F0E442",  # yellow
    "#000000",  # black
    "#999999",  # grey
]

#: Colours by actor type, used by every network and stance figure.
PALETTE: dict[str, str] = {
    "person": OKABE_ITO[0],
    "organisation": OKABE_ITO[1],
    "state": OKABE_ITO[2],
    "bloc": OKABE_ITO[3],
    "media": OKABE_ITO[4],
    "outlet": OKABE_ITO[7],
    "unknown": OKABE_ITO[8],
}

#: Diverging colour-blind-safe colour map for agreement (-1 … +1).
DIVERGING_CMAP: str = "PuOr"

PNG_DPI: int = 300

_RC: dict[str, object] = {
    "figure.figsize": (8.0, 5.0),
    "figure.dpi": 100,
    "savefig.dpi": PNG_DPI,
    "savefig.bbox": "tight",
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "axes.titlesize": 12,
    "axes.titleweight": "bold",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.prop_cycle": matplotlib.cycler(color=OKABE_ITO),
    "svg.hashsalt": "analysis",
    "svg.fonttype": "path",
    "image.cmap": "viridis",
}


def apply_style() -> None:
    """Apply the shared plot style to matplotlib's global settings.

    Example:
        >>> apply_style()
        >>> import matplotlib
        >>> matplotlib.rcParams["svg.hashsalt"]
        'analysis'
    """
    matplotlib.rcParams.update(_RC)


def save_figure(
    fig: plt.Figure, name: str, out_dir: Path | None = None, dpi: int = PNG_DPI
) -> list[Path]:
    """Save ``fig`` as ``NAME.png`` and ``NAME.svg`` with reproducible bytes.

    ``name`` should start with the notebook's number, e.g.
    ``"01-the-article-paragraph-lengths"``. Returns the written paths.

    Example:
        >>> import matplotlib.pyplot as plt, tempfile, pathlib
        >>> fig, ax = plt.subplots(); _ = ax.plot([0, 1])
        >>> out = save_figure(fig, "demo", pathlib.Path(tempfile.mkdtemp()))
        >>> sorted(p.suffix for p in out)
        ['.png', '.svg']
    """
    apply_style()
    out_dir = Path(out_dir) if out_dir is not None else paths.FIGURES
    out_dir.mkdir(parents=True, exist_ok=True)
    png = out_dir / f"{name}.png"
    svg = out_dir / f"{name}.svg"
    fig.savefig(png, dpi=dpi, metadata={"Software": None})
    fig.savefig(svg, metadata={"Date": None, "Creator": None})
    return [png, svg]
