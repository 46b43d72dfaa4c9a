"""The committed notebooks follow the collection's rules (checked on the files, no kernel).

* named ``NN-title.ipynb``; lessons 01–04 end with exercises and have a
  ``NN-title-solutions.ipynb`` partner;
* the first code cell is ``import analysis`` + ``analysis.setup()``;
* committed executed: every code cell has an execution count, 1, 2, 3 … in order;
* outputs hold no absolute paths of this machine and no memory addresses;
* ``nbval-ignore-output`` only on cells that show a widget.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from analysis import paths

NOTEBOOKS = sorted(paths.NOTEBOOKS.glob("*.ipynb"))
NAME = re.compile(r"^\d\d-[a-z0-9]+(?:-[a-z0-9]+)*\.ipynb$")
VOLATILE = re.compile(r"/work/|/tmp/|/root/|/home/|0x[0-9a-f]{6,}")
WIDGET = "application/vnd.jupyter.widget-view+json"


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _code_cells(nb: dict) -> list[dict]:
    return [c for c in nb["cells"] if c["cell_type"] == "code"]


def _source(cell: dict) -> str:
    src = cell["source"]
    return src if isinstance(src, str) else "".join(src)


def test_there_are_notebooks() -> None:
    assert len(NOTEBOOKS) >= 2


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_name_and_first_cell(path: Path) -> None:
    assert NAME.match(path.name), path.name
    first = _source(_code_cells(_load(path))[0])
    lines = [ln.strip() for ln in first.splitlines() if ln.strip()]
    assert lines[:2] == ["import analysis", "analysis.setup()"], first


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_executed_in_order(path: Path) -> None:
    counts = [c["execution_count"] for c in _code_cells(_load(path))]
    assert counts == list(range(1, len(counts) + 1)), counts


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_outputs_hold_no_machine_paths_or_addresses(path: Path) -> None:
    for i, cell in enumerate(_code_cells(_load(path))):
        for output in cell.get("outputs", []):
            texts = [output.get("text", "")]
            texts += [v for k, v in output.get("data", {}).items() if k.startswith("text/")]
            text = "".join("".join(t) if isinstance(t, list) else str(t) for t in texts)
            found = VOLATILE.search(text)
            assert not found, f"code cell {i + 1}: {found.group(0)!r}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_ignore_output_only_on_widget_cells(path: Path) -> None:
    for i, cell in enumerate(_code_cells(_load(path))):
        if "nbval-ignore-output" in cell.get("metadata", {}).get("tags", []):
            shows_widget = any(WIDGET in o.get("data", {}) for o in cell.get("outputs", []))
            assert shows_widget, f"code cell {i + 1} is tagged nbval-ignore-output"


LESSONS = [p for p in NOTEBOOKS if p.name[:2] in {"01", "02", "03", "04"}
           and not p.stem.endswith("-solutions")]


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_lessons_end_with_exercises_and_have_solutions(path: Path) -> None:
    markdown = "\n".join(_source(c) for c in _load(path)["cells"] if c["cell_type"] == "markdown")
    assert re.search(r"^#+ .*Exercises", markdown, re.MULTILINE | re.IGNORECASE)
    assert path.with_name(f"{path.stem}-solutions.ipynb").exists()
