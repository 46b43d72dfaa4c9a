"""Bad input: one exception type from Python; from the command line a one-line
message naming the file, exit code 2, no traceback and nothing written."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from analysis import ArticleError, load_article, paths
from analysis.cli import main

GOOD_TEXT = (
    "Councillors in Westhaven have approved plans for a new road bridge across the harbour.\n\n"
    '"This is the most important decision in a generation," said council leader Priya Anand.\n'
)

NAV_ONLY_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Page not found | The Northern Ledger</title>
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li></ul></nav></header>
<main><form action="/search"><input type="text" name="q"><button>Search</button></form></main>
<footer><p>Contact us | Privacy policy</p><p>&copy; 2025 The Northern Ledger</p></footer>
</body></html>
"""


def _missing(d: Path) -> Path:
    return d / "no_such_article.txt"


def _directory(d: Path) -> Path:
    (d / "folder.txt").mkdir()
    return d / "folder.txt"


def _file(name: str, data: bytes) -> Callable[[Path], Path]:
    def make(d: Path) -> Path:
        path = d / name
        path.write_bytes(data)
        return path

    return make


#: name -> (maker of the bad path, words expected in the message)
CASES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "missing path": (_missing, "no such file"),
    "directory": (_directory, "directory"),
    "empty file": (_file("empty.txt", b""), "empty"),
    "whitespace-only file": (_file("blank.txt", b" \n\r\n\t  \n"), "empty"),
    "binary file": (_file("picture.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200)),
                    "binary"),
    "binary without NUL": (_file("noise.txt", bytes(range(1, 32)) * 40), "binary"),
    # 0x81, 0x8d, 0x90 are neither UTF-8 nor defined in Windows-1252
    "undecodable bytes": (_file("broken.txt", b"The minister said \x81\x8d\x90 it was over.\n"),
                          "decode"),
    "HTML without article text": (_file("notfound.html", NAV_ONLY_PAGE.encode()), "no article"),
    "only page furniture": (
        _file("furniture.txt", b"You may also like\nStorm closes coastal roads for a second day\n"
                               b"Minister resigns over housing row\n"),
        "no article text",
    ),
}


@pytest.fixture(scope="module", autouse=True)
def raw_untouched():
    """data/raw/ holds exactly the same files, byte for byte, after these tests."""

    def snapshot() -> dict[str, str]:
        return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
                for p in sorted(paths.RAW.iterdir()) if p.is_file()}

    before = snapshot()
    yield
    assert snapshot() == before


@pytest.mark.parametrize("case", list(CASES))
def test_python_raises_article_error_naming_the_file(tmp_path: Path, case: str) -> None:
    make, words = CASES[case]
    path = make(tmp_path)
    with pytest.raises(ArticleError) as info:
        load_article(path)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(str(path))
    assert words in message.lower()
    assert info.value.source == str(path)


def _cli(*args: str | Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(paths.ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "analysis", *map(str, args)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=paths.ROOT, env=env,
    )


def run_cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    proc = _cli(*args)
    out, err = proc.communicate(timeout=120)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


@pytest.fixture(scope="module")
def cli_runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple]:
    """Run the command line once per bad-input case, all at once (each start costs ~1 s)."""
    started = {}
    for case, (make, _) in CASES.items():
        d = tmp_path_factory.mktemp("cli")
        bad, out = make(d), d / "out"
        started[case] = (bad, out, _cli("extract", bad, "--out", out))
    runs = {}
    for case, (bad, out, proc) in started.items():
        stdout, stderr = proc.communicate(timeout=120)
        runs[case] = (bad, out, subprocess.CompletedProcess(proc.args, proc.returncode,
                                                            stdout, stderr))
    return runs


def assert_clean_failure(result: subprocess.CompletedProcess[str], bad: Path) -> None:
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ")
    assert str(bad) in lines[0]
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("case", list(CASES))
def test_cli_one_line_error_exit_2_and_nothing_written(cli_runs: dict, case: str) -> None:
    bad, out, result = cli_runs[case]
    assert_clean_failure(result, bad)
    assert CASES[case][1] in result.stderr.lower()
    assert not out.exists()


def test_cli_good_and_bad_file_together_write_nothing(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD_TEXT, encoding="utf-8")
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.csv").write_text("old\n")
    result = run_cli("extract", good, bad, "--out", out)
    assert_clean_failure(result, bad)
    assert sorted(p.name for p in out.iterdir()) == ["keep.csv"]  # no tables, no temp folder
    assert (out / "keep.csv").read_text() == "old\n"


def test_cli_good_file_alone_is_written(tmp_path: Path) -> None:
    """The same good file on its own does produce tables (the check above can fail)."""
    good = tmp_path / "good.txt"
    good.write_text(GOOD_TEXT, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["extract", str(good), "--out", str(out)]) == 0
    written = {p.name for p in out.iterdir()}
    assert {"paragraphs.csv", "sentences.csv"} <= written
    assert not any(name.startswith(".writing-") for name in written)


def test_main_returns_2_in_process(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "gone.txt"
    assert main(["extract", str(missing), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(missing) in err
