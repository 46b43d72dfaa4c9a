"""One call that makes a notebook or script deterministic and consistent.

Example:
    >>> from analysis.setup import setup
    >>> setup()
"""

from __future__ import annotations

import os
import random
import warnings

import numpy as np
import pandas as pd

SEED: int = 20250917


def setup(seed: int = SEED) -> None:
    """Seed randomness and set plot style, warning filters and display options.

    Call it in the first cell of every notebook.

    Example:
        >>> setup()
        >>> import pandas as pd
        >>> pd.get_option("display.max_colwidth")
        80
    """
    from .style import apply_style  # matplotlib: imported only when a notebook sets up

    random.seed(seed)
    np.random.seed(seed)
    os.environ.setdefault("PYTHONHASHSEED", str(seed))
    apply_style()
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    warnings.filterwarnings("ignore", category=FutureWarning)
    warnings.filterwarnings("ignore", message=".*Matplotlib is currently using agg.*")
    pd.set_option("display.max_columns", 20)
    pd.set_option("display.max_rows", 1000)  # (the gold table of notebook 02 lists every set)
    pd.set_option("display.max_colwidth", 80)
    pd.set_option("display.width", 120)
    pd.set_option("display.precision", 3)
