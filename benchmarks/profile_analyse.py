"""Profile ``analyse`` on the seed article: time per call and the hot spots.

Times building the article (``article_from_text``) and the whole
``analyse`` (median of repeated runs), then runs cProfile over repeated
``article_from_text`` + ``analyse`` calls and lists the functions with the
most own time and the most cumulative time. Writes
``benchmarks/results/profile-analyse.md``.

Usage::

    python benchmarks/profile_analyse.py [--repeat 200]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import statistics
import sys
import time
from pathlib import Path

from analysis import paths
from analysis.article import article_from_text, read_text
from analysis.pipeline import analyse

RESULTS = Path(__file__).resolve().parent / "results"


def median_ms(fn, repeat: int) -> float:  # noqa: ANN001
    """Median CPU time of ``fn()`` in milliseconds (robust when others share the machine)."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return statistics.median(times) * 1000


def stage_times(article, repeat: int) -> list[tuple[str, float]]:  # noqa: ANN001
    """Median CPU ms of each stage that ``pipeline.analyse`` runs, given the earlier ones."""
    from analysis.network import network_stage
    from analysis.positions import positions_stage
    from analysis.quotes import extract_quotes

    quotes = extract_quotes(article)
    net = network_stage(article, quotes, None)
    return [
        ("`extract_quotes`", median_ms(lambda: extract_quotes(article), repeat)),
        ("`network_stage`", median_ms(lambda: network_stage(article, quotes, None), repeat)),
        ("`positions_stage`", median_ms(
            lambda: positions_stage(article, quotes, net.mentions, net.actors, None, None),
            repeat)),
    ]


def top(profile: cProfile.Profile, key: str, n: int) -> str:
    """The ``n`` top lines of a profile sorted by ``key``, with the root path shortened."""
    buffer = io.StringIO()
    stats = pstats.Stats(profile, stream=buffer)
    stats.sort_stats(key).print_stats(n)
    text = buffer.getvalue().replace(str(paths.ROOT) + "/", "")
    body = text[text.index("ncalls"):] if "ncalls" in text else text
    return "\n".join(line.rstrip() for line in body.splitlines() if line.strip())


def main(argv: list[str] | None = None) -> int:
    """Profile and write the report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args(argv)
    text = read_text(paths.SEED_ARTICLE)
    article = article_from_text(text, "seed")
    analyse(article)  # warm caches (knowledge base, codebook, regexes)
    build = median_ms(lambda: article_from_text(text, "seed"), args.repeat)
    whole = median_ms(lambda: analyse(article), args.repeat)
    stages = stage_times(article, args.repeat)
    profile = cProfile.Profile()
    profile.enable()
    for _ in range(args.repeat):
        analyse(article_from_text(text, "seed"))
    profile.disable()
    per_article = build + whole
    report = [
        "# Profile of `analyse` on the seed article",
        "",
        f"Seed article: {len(text):,} characters. Median CPU time of {args.repeat} runs.",
        "",
        "| step | ms per article |",
        "|---|---:|",
        f"| `article_from_text` (paragraphs, sentences, furniture) | {build:.2f} |",
        f"| `analyse` (all stages) | {whole:.2f} |",
        *[f"| &nbsp;&nbsp;{name} | {ms:.2f} |" for name, ms in stages],
        f"| total | {per_article:.2f} |",
        "",
        f"That is {1000 / per_article:.0f} articles/s on one core "
        "(target: 200, i.e. 5 ms per article).",
        "",
        "## Most own time (tottime)",
        "",
        "```",
        top(profile, "tottime", args.top),
        "```",
        "",
        "## Most cumulative time",
        "",
        "```",
        top(profile, "cumulative", args.top),
        "```",
    ]
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / "profile-analyse.md"
    out.write_text("\n".join(report) + "\n", encoding="utf-8")
    print("\n".join(report[:16]))
    print(f"wrote {out.relative_to(paths.ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
