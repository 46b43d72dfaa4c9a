"""Building small pandas frames fast from row tuples.

pandas infers column types row by row; building each column once through a
NumPy array is about three times faster for the small frames of one article.
Every module that turns records into a frame uses :func:`rows_frame`.

Example:
    >>> rows_frame([("a", 1)], ["s", "i"], ints=["i"])["i"].tolist()
    [1]
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from operator import itemgetter
from typing import Any

import numpy as np
import pandas as pd


def rows_frame(rows: Sequence[Sequence[Any]], columns: Sequence[str],
               ints: Iterable[str] = (), bools: Iterable[str] = ()) -> pd.DataFrame:
    """Build a frame from row tuples, column by column through NumPy arrays.

    About three times faster than ``pd.DataFrame(rows)`` for the small
    frames of one article, with the same dtypes (str, int64, bool).

    Example:
        >>> f = rows_frame([("a", 1, True)], ["s", "i", "b"], ints=["i"], bools=["b"])
        >>> f.dtypes.astype(str).tolist()
        ['str', 'int64', 'bool']
    """
    ints, bools = set(ints), set(bools)
    n = len(rows)
    cols = list(zip(*rows, strict=True)) if rows else [() for _ in columns]
    data: dict[str, Any] = {}
    for name, values in zip(columns, cols, strict=True):
        if name in ints:
            data[name] = np.fromiter(values, dtype=np.int64, count=n)
        elif name in bools:
            data[name] = np.fromiter(values, dtype=bool, count=n)
        else:
            arr = np.empty(n, dtype=object)
            arr[:] = values
            data[name] = arr.astype(str) if n == 0 else arr
    return pd.DataFrame(data, copy=False)


class _Column(list):
    """One column of a :class:`Columns` table (a list with ``tolist()``)."""

    def tolist(self) -> list[Any]:
        """The values as a plain list, as ``pandas.Series.tolist``."""
        return list(self)


class Columns:
    """Row tuples seen through the read-only part of the DataFrame API that
    record-level helpers use: ``len(t)``, ``"col" in t`` and ``t["col"].tolist()``.

    Lets a stage that accepts a frame run on plain rows without building one
    (building a small frame costs about 0.2 ms).

    Example:
        >>> t = Columns([("a", 1), ("b", 2)], ["s", "i"])
        >>> len(t), "i" in t, t["i"].tolist()
        (2, True, [1, 2])
    """

    def __init__(self, rows: Sequence[Sequence[Any]], columns: Sequence[str]) -> None:
        self.rows = rows
        self.columns = list(columns)
        self._index = {c: i for i, c in enumerate(self.columns)}

    def __len__(self) -> int:
        return len(self.rows)

    def __contains__(self, column: object) -> bool:
        return column in self._index

    def __getitem__(self, column: str) -> _Column:
        return _Column(map(itemgetter(self._index[column]), self.rows))
