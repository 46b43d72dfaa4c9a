"""environment.yml (conda) and pyproject.toml (pip) describe the same environment."""

from __future__ import annotations

import re
import tomllib

import pytest
import yaml
from packaging.requirements import Requirement

from analysis import paths

#: The extras that `make`, environment.yml and CI install.
EXTRAS = ("notebooks", "dask", "test")
#: Conda entries that are tooling, not project dependencies.
CONDA_TOOLING = {"python", "pip"}


def normalise(name: str) -> str:
    """PEP 503 normalised project name: lower case, runs of ``-_.`` become ``-``."""
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement(spec: str) -> Requirement:
    # conda's "name=version" (single '=') is not PEP 508; turn it into '=='.
    spec = re.sub(r"(?<![=<>!~])=(?!=)", "==", spec.strip())
    return Requirement(spec)


def _pyproject() -> dict[str, Requirement]:
    project = tomllib.loads((paths.ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    specs = list(project["dependencies"])
    for extra in EXTRAS:
        specs += project["optional-dependencies"][extra]
    reqs = [Requirement(s) for s in specs]
    return {normalise(r.name): r for r in reqs}


def _environment() -> tuple[dict, dict[str, Requirement], list[str]]:
    env = yaml.safe_load((paths.ROOT / "environment.yml").read_text("utf-8"))
    conda: list[str] = []
    pip: list[str] = []
    for item in env["dependencies"]:
        if isinstance(item, dict):
            pip += item.get("pip", [])
        else:
            conda.append(item)
    editable = [p for p in pip if p.startswith("-e")]
    reqs = [_requirement(s) for s in conda + [p for p in pip if not p.startswith("-")]]
    named = {normalise(r.name): r for r in reqs if normalise(r.name) not in CONDA_TOOLING}
    return env, named, editable


def test_same_dependency_names() -> None:
    _, env_reqs, _ = _environment()
    pyproject = set(_pyproject())
    env = set(env_reqs)
    assert env - pyproject == set(), "environment.yml names packages pyproject.toml does not"
    assert pyproject - env == set(), "pyproject.toml names packages environment.yml misses"


def test_same_version_bounds() -> None:
    _, env_reqs, _ = _environment()
    for name, req in _pyproject().items():
        assert env_reqs[name].specifier == req.specifier, name


def test_conda_forge_python_and_editable_install() -> None:
    env, _, editable = _environment()
    assert env["channels"] == ["conda-forge"]
    assert "python=3.11" in env["dependencies"]
    assert editable == [f"-e .[{','.join(EXTRAS)}]"]


@pytest.mark.parametrize("spec", ["pandas>=3.0,<4", "python=3.11", "dask[distributed]>=2024.1"])
def test_parser_understands_both_syntaxes(spec: str) -> None:
    assert _requirement(spec).name in {"pandas", "python", "dask"}


def test_constraints_pin_every_dependency_exactly() -> None:
    pins: dict[str, str] = {}
    for line in (paths.ROOT / "constraints.txt").read_text("utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            assert version, f"constraints.txt: {line!r} is not an exact pin"
            pins[normalise(name)] = version
    for name, req in _pyproject().items():
        assert name in pins, f"constraints.txt does not pin {name}"
        assert req.specifier.contains(pins[name]), f"{name}=={pins[name]} breaks {req}"
    for name in ("distributed", "nbval"):
        assert name in pins
