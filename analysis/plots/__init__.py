"""Figure code, one module per notebook topic; see :mod:`analysis.figures`."""
