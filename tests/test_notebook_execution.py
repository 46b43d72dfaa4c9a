"""`make run` re-executes notebooks in place; a second run must give the same bytes."""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_notebook

from analysis.notebooks import execute, stable_widget_ids


def _notebook(path: Path) -> Path:
    nb = new_notebook(
        cells=[
            new_code_cell("import sys, time\nfor i in range(3):\n"
                          "    print(i, flush=True)\n    time.sleep(0.05)\n"
                          "print('to stderr', file=sys.stderr)"),
            new_code_cell("import ipywidgets as w\nw.IntSlider(value=3, description='n')"),
            new_code_cell("import os\nos.path.basename(os.getcwd())"),
        ],
        metadata={"kernelspec": {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}},
    )
    path.write_text(nbformat.writes(nb), encoding="utf-8")
    return path


def test_execute_twice_gives_identical_bytes(tmp_path: Path) -> None:
    folder = tmp_path / "nbdir"
    folder.mkdir()
    path = _notebook(folder / "demo.ipynb")
    execute(path, timeout=120)
    first = path.read_bytes()
    execute(path, timeout=120)
    assert path.read_bytes() == first

    nb = json.loads(first)
    prints, widget, cwd = nb["cells"]
    # one stdout and one stderr output, whatever the timing of the messages
    assert [(o["name"], "".join(o["text"])) for o in prints["outputs"]] == [
        ("stdout", "0\n1\n2\n"), ("stderr", "to stderr\n")]
    view = widget["outputs"][0]["data"]["application/vnd.jupyter.widget-view+json"]
    state = nb["metadata"]["widgets"]["application/vnd.jupyter.widget-state+json"]["state"]
    assert sorted(state) == [f"{i:032x}" for i in range(1, len(state) + 1)]
    assert view["model_id"] in state
    # the kernel ran in the notebook's own folder
    assert "".join(cwd["outputs"][0]["data"]["text/plain"]) == "'nbdir'"
    # no timing metadata, execution counts kept
    assert all("execution" not in c["metadata"] for c in nb["cells"])
    assert [c["execution_count"] for c in nb["cells"]] == [1, 2, 3]


def test_stable_widget_ids_renames_references_consistently() -> None:
    a, b = "a1" * 16, "b2" * 16
    nb = {
        "metadata": {"widgets": {"application/vnd.jupyter.widget-state+json": {"state": {
            a: {"state": {"children": [f"IPY_MODEL_{b}"]}}, b: {"state": {}}}}}},
        "cells": [{"outputs": [{"data": {
            "application/vnd.jupyter.widget-view+json": {"model_id": a}}}]}],
    }
    out = json.dumps(stable_widget_ids(nb))
    assert a not in out and b not in out
    state = stable_widget_ids(nb)["metadata"]["widgets"][
        "application/vnd.jupyter.widget-state+json"]["state"]
    first, second = f"{1:032x}", f"{2:032x}"
    assert state[first]["state"]["children"] == [f"IPY_MODEL_{second}"]
    assert second in state
