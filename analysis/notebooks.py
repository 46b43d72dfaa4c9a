"""Re-execute notebooks in place so that a second run writes the same bytes.

``make run`` and ``make notebooks`` call ``python -m analysis.notebooks FILE...``.
Each notebook runs in a fresh kernel started in its own folder (as nbval and
JupyterLab do) with nbclient, without timing metadata and with each cell's
stdout/stderr merged into one output (how a print loop is split into messages
depends on timing); ipywidgets' model ids, which are random, are renumbered in
order of first appearance.

Example:
    >>> nb = {"metadata": {"widgets": {"state": {"0f" * 16: {}}}}, "cells": []}
    >>> stable_widget_ids(nb)["metadata"]["widgets"]["state"]
    {'00000000000000000000000000000001': {}}
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from . import paths

#: ipywidgets model ids: 32 hex digits (a uuid4 without dashes).
_MODEL_ID = re.compile(r"(?<![0-9a-f])[0-9a-f]{32}(?![0-9a-f])")


def _widget_ids(nb: dict[str, Any]) -> list[str]:
    """Model ids in order of first appearance: saved widget state, then outputs."""
    widgets = nb.get("metadata", {}).get("widgets", {})
    state = widgets.get("application/vnd.jupyter.widget-state+json", widgets)
    found: list[str] = list(state.get("state", {}))
    for cell in nb.get("cells", []):
        for output in cell.get("outputs", []):
            view = output.get("data", {}).get("application/vnd.jupyter.widget-view+json")
            if view and "model_id" in view:
                found.append(view["model_id"])
    return list(dict.fromkeys(m for m in found if _MODEL_ID.fullmatch(m)))


def stable_widget_ids(nb: dict[str, Any]) -> dict[str, Any]:
    """Return ``nb`` with every widget model id replaced by a counter (1, 2, …).

    References between models (``"IPY_MODEL_<id>"``) and the ids in cell
    outputs are renamed the same way, so the saved state stays consistent.

    Example:
        >>> a = "ab" * 16
        >>> nb = {"cells": [{"outputs": [{"data": {
        ...     "application/vnd.jupyter.widget-view+json": {"model_id": a}}}]}]}
        >>> out = stable_widget_ids(nb)["cells"][0]["outputs"][0]["data"]
        >>> out["application/vnd.jupyter.widget-view+json"]["model_id"][-3:]
        '001'
    """
    ids = _widget_ids(nb)
    if not ids:
        return nb
    mapping = {old: f"{i:032x}" for i, old in enumerate(ids, start=1)}
    text = json.dumps(nb)
    text = _MODEL_ID.sub(lambda m: mapping.get(m.group(0), m.group(0)), text)
    return json.loads(text)


def execute(path: str | Path, timeout: int = 600, kernel_name: str = "python3") -> None:
    """Execute the notebook at ``path`` in place, reproducibly.

    Example:
        >>> execute(paths.NOTEBOOKS / "01-the-article.ipynb")  # doctest: +SKIP
    """
    import nbformat
    from nbclient import NotebookClient

    path = Path(path).resolve()
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb, timeout=timeout, kernel_name=kernel_name, record_timing=False, coalesce_streams=True,
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute()
    clean = nbformat.from_dict(stable_widget_ids(nbformat.from_dict(nb)))
    text = nbformat.writes(clean)
    path.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m analysis.notebooks FILE...``: execute each notebook in place."""
    parser = argparse.ArgumentParser(prog="python -m analysis.notebooks",
                                     description="Re-execute notebooks in place, reproducibly.")
    parser.add_argument("notebooks", nargs="+", type=Path)
    parser.add_argument("--timeout", type=int, default=600, help="seconds per cell")
    args = parser.parse_args(argv)
    for nb_path in args.notebooks:
        try:
            shown = nb_path.resolve().relative_to(paths.ROOT)
        except ValueError:
            shown = nb_path
        print(f"executing {shown}", flush=True)
        execute(nb_path, timeout=args.timeout)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
