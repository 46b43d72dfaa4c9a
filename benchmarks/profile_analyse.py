"""Profile ``analyse``: CPU time per step on fresh articles, and the hot spots.

Times each step the corpus engine runs per article (building the article,
each stage of ``pipeline.analyse``, the frames it writes) in CPU time, on the
seed article and on generated corpus articles, then runs cProfile over
repeated ``article_from_text`` + ``analyse_rows`` calls (the corpus engine's
per-article work) and lists the functions with the most own time and the most
cumulative time. Writes
``benchmarks/results/profile-analyse.md``.

Usage::

    python benchmarks/profile_analyse.py [--repeat 200]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import sys
import time
from itertools import islice
from pathlib import Path

from analysis import paths
from analysis.article import article_from_text, read_text
from analysis.pipeline import analyse, analyse_rows

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench_corpus import RESULTS, corpus_file  # noqa: E402


def cpu_ms(fn, texts: list[str], rounds: int = 1) -> float:  # noqa: ANN001
    """Mean CPU milliseconds of ``fn(text)`` over ``texts``, the best of ``rounds``
    passes (CPU time and the best pass: robust to a shared machine)."""
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for text in texts:
            fn(text)
        best = min(best, time.process_time() - start)
    return best / len(texts) * 1000


def step_costs(texts: list[str], rounds: int = 1) -> list[tuple[str, float]]:
    """CPU ms per article of each step of the corpus engine's work, on fresh articles.

    Each level runs every step before it too (a stage may build what later ones
    reuse), and a step's cost is the difference to the level before. The stages
    run on plain rows, as in the corpus engine (which builds the frames once per
    chunk); the last step is what ``analyse`` adds for one article: its frames.
    """
    from analysis.network import network_rows
    from analysis.quotes import quote_records

    def build(text: str):  # noqa: ANN202
        return article_from_text(text, "a")

    def quotes(text: str):  # noqa: ANN202
        art = build(text)
        return art, quote_records(art)

    def network(text: str):  # noqa: ANN202
        art, q = quotes(text)
        return art, q, network_rows(art, q, None)

    levels = [
        ("`article_from_text` (paragraphs, sentences, furniture)", build),
        ("`quote_records` (quotes stage)", quotes),
        ("`network_rows` (network stage)", network),
        ("positions stage (`analyse_rows` minus the steps above)",
         lambda t: analyse_rows(build(t))),
        ("frames and graph of one article (`analyse(...)`; the corpus engine builds the "
         "frames per chunk, no graph)",
         lambda t: analyse(build(t)).frames()),
    ]
    costs, before = [], 0.0
    for name, fn in levels:
        total = cpu_ms(fn, texts, rounds)
        costs.append((name, max(0.0, total - before)))
        before = max(before, total)
    costs.append(("**total**", before))
    return costs


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
    parser.add_argument("--rounds", type=int, default=3,
                        help="passes per step; the fastest counts")
    args = parser.parse_args(argv)
    text = read_text(paths.SEED_ARTICLE)
    analyse(article_from_text(text, "seed"))  # warm caches (knowledge base, codebook, regexes)
    seed = step_costs([text] * args.repeat, args.rounds)
    corpus = [json.loads(line)["text"] for line in islice(
        corpus_file(1000).open(encoding="utf-8"), args.repeat)]
    generated = step_costs(corpus, args.rounds)
    profile = cProfile.Profile()
    profile.enable()
    for _ in range(args.repeat):  # the corpus engine's per-article work (rows, no frames)
        analyse_rows(article_from_text(text, "seed"))
    profile.disable()
    rows = [f"| {name} | {a:.2f} | {b:.2f} |"
            for (name, a), (_, b) in zip(seed, generated, strict=True)]
    per_article = seed[-1][1]
    rows_only = sum(c for _, c in seed[:-2])
    rows_generated = sum(c for _, c in generated[:-2])
    report = [
        "# Profile of `analyse`: where the time per article goes",
        "",
        f"CPU milliseconds per article, each step on a fresh article: the seed article "
        f"({len(text):,} characters, {args.repeat} times) and the first {len(corpus)} "
        f"generated corpus articles (mean {sum(map(len, corpus)) / len(corpus):,.0f} "
        f"characters); each step the fastest of {args.rounds} passes.",
        "",
        "| step | seed | generated articles |",
        "|---|---:|---:|",
        *rows,
        "",
        f"The seed takes {per_article:.1f} ms, {1000 / per_article:.0f} articles/s on one "
        f"core; the generated articles {generated[-1][1]:.1f} ms, "
        f"{1000 / generated[-1][1]:.0f} articles/s (target: 200, i.e. 5 ms per article). "
        f"Without the per-article frames and graph (the corpus engine's path) the seed takes "
        f"{rows_only:.1f} ms and the generated articles {rows_generated:.1f} ms; the corpus "
        "engine adds building the frames of a chunk, reading and writing the parts.",
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
    print("\n".join(report[:len(rows) + 10]))
    print(f"wrote {out.relative_to(paths.ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
