"""The command line: ``python -m analysis SUBCOMMAND``.

Subcommands:

``extract FILE... --out DIR``
    Analyse article files and write every table as CSV into DIR.
``corpus INPUT... --out DIR [--engine local|dask] [--scheduler ADDR] [--workers N]``
    Analyse many articles (a folder, a glob, files, or a JSON Lines / CSV /
    Parquet file of records) into partitioned Parquet tables in DIR; bad
    articles are reported and skipped, an interrupted run resumes
    (:mod:`analysis.corpus`).
``figures``
    Redraw every registered figure into ``figures/`` (``make figures``).
``run``
    Analyse every article in ``data/raw/`` into ``data/processed/`` and
    redraw every figure (what ``make run`` does before it executes the
    notebooks).

Bad input gives a one-line message naming the file, exit code 2 and no
output.

Example:
    >>> main(["extract", "/no/such/file.txt", "--out", "/tmp/x"])
    2
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from . import paths
from .article import load_article
from .errors import ArticleError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m analysis",
        description="Quotes, speakers, networks and positions from news articles.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="analyse article files and write the tables as CSV")
    ex.add_argument("files", nargs="+", type=Path, help=".txt or .html article files")
    ex.add_argument("--out", required=True, type=Path, help="output folder")
    sub.add_parser("run", help="analyse data/raw/ into data/processed/ and draw the figures")
    sub.add_parser("figures", help="redraw every registered figure into figures/")
    co = sub.add_parser("corpus", help="analyse many articles into partitioned tables")
    co.add_argument("input", nargs="+", help="folder, glob, files, or .jsonl/.csv/.parquet")
    co.add_argument("--out", required=True, type=Path, help="output folder (resumes a run)")
    co.add_argument("--engine", choices=("local", "dask"), default="local")
    co.add_argument("--scheduler", help="address of a dask scheduler (implies --engine dask)")
    co.add_argument("--workers", type=_positive, help="worker processes (default: all cores)")
    co.add_argument("--chunk-size", type=_positive, default=100, help="articles per part file")
    co.add_argument("--format", choices=("parquet", "csv"), default="parquet")
    co.add_argument("--no-progress", action="store_true", help="no progress bar")
    return parser


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return number


def cmd_extract(files: Sequence[Path], out: Path) -> int:
    """Analyse ``files`` and write the tables into ``out``; return an exit code."""
    from .pipeline import analyse, write_outputs

    articles = [load_article(f) for f in files]  # every file is read before anything is written
    ids = [a.article_id for a in articles]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise ArticleError(dupes[0], "two input files share this article id (file stem)")
    results = [analyse(a) for a in articles]
    written = write_outputs(results, out)
    n_quotes = sum(len(r.quotes) for r in results)
    print(f"analysed {len(results)} article(s), {n_quotes} quotes; wrote {len(written)} files "
          f"to {out}")
    return 0


def cmd_corpus(args: argparse.Namespace) -> int:
    """Analyse a corpus into ``args.out`` (see :func:`analysis.corpus.run_corpus`)."""
    from tqdm.auto import tqdm

    from .corpus import run_corpus

    summary = run_corpus(
        args.input[0] if len(args.input) == 1 else args.input, args.out,
        engine="dask" if args.scheduler else args.engine, scheduler=args.scheduler,
        workers=args.workers, chunk_size=args.chunk_size, fmt=args.format,
        progress=False if args.no_progress else None,
        log=lambda line: tqdm.write(line, file=sys.stderr),
    )
    print(f"{summary.line()}; wrote the tables to {args.out}")
    return 0


def cmd_run() -> int:
    """Analyse ``data/raw/`` into ``data/processed/`` and draw every figure."""
    files = paths.raw_articles()
    if not files:
        raise ArticleError(paths.RAW, "no .txt or .html articles found")
    code = cmd_extract(files, paths.PROCESSED)
    from .figures import draw_all

    written = draw_all()
    print(f"drew {len(written)} figure files into {paths.FIGURES}")
    return code


def cmd_figures() -> int:
    """Redraw every registered figure into ``figures/`` (PNG 300 dpi + SVG)."""
    from .figures import draw_all

    written = draw_all()
    print(f"drew {len(written)} figure files into {paths.FIGURES.relative_to(paths.ROOT)}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit code."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "extract":
            return cmd_extract(args.files, args.out)
        if args.command == "corpus":
            return cmd_corpus(args)
        if args.command == "run":
            return cmd_run()
        if args.command == "figures":
            return cmd_figures()
    except ArticleError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    return 1  # pragma: no cover - argparse rejects unknown commands


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
