"""Benchmark ``python -m analysis corpus``: throughput, MB/s, peak memory, scaling.

Generates (once, cached in ``benchmarks/.cache/``) synthetic corpora of 1k and
10k seed-size articles with ``make_corpus.py``, then runs the command line on
each with 1 and 2 workers as a subprocess, sampling the resident memory of
the whole process tree (the command and its worker processes) with psutil.
Writes ``benchmarks/results/corpus.json`` and ``benchmarks/results/corpus.md``.

Targets (issue 7): at least 200 articles/s per core; 10,000 seed-size
articles in at most 2 minutes on 2 cores; peak memory under 1 GB.

Usage::

    python benchmarks/bench_corpus.py                     # 1k and 10k, 1 and 2 workers
    python benchmarks/bench_corpus.py --runs 1000:1 1000:2  # quicker
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CACHE = HERE / ".cache"
RESULTS = HERE / "results"
sys.path.insert(0, str(HERE))

from make_corpus import make_corpus, write_jsonl  # noqa: E402

TARGET_PER_CORE = 200.0
TARGET_10K_SECONDS = 120.0
TARGET_PEAK_MB = 1000.0


def corpus_file(n: int, seed: int = 0) -> Path:
    """The cached JSON Lines corpus of ``n`` articles (generated when missing)."""
    path = CACHE / f"corpus-{n}-seed{seed}.jsonl"
    if not path.exists():
        write_jsonl(make_corpus(n, seed=seed), path)
    return path


def tree_rss(proc: psutil.Process) -> int:
    """Resident memory of a process and all its descendants, in bytes."""
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


def run_once(source: Path, workers: int, out: Path) -> dict[str, float]:
    """Run the CLI once; return wall seconds and peak tree RSS in MB."""
    shutil.rmtree(out, ignore_errors=True)
    cmd = [sys.executable, "-m", "analysis", "corpus", str(source), "--out", str(out),
           "--workers", str(workers), "--no-progress"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    watched = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        try:
            peak = max(peak, tree_rss(watched))
        except psutil.Error:
            pass
        time.sleep(0.05)
    seconds = time.perf_counter() - start
    stdout, stderr = proc.communicate()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the command and its workers
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode != 0:
        raise SystemExit(f"error: corpus run failed ({proc.returncode}): {stderr.strip()}")
    return {"seconds": seconds, "cpu_seconds": cpu, "peak_mb": peak / 1e6,
            "summary": stdout.strip().split(";")[0]}  # without the output path


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark grid and write the results."""
    parser = argparse.ArgumentParser(description="corpus throughput and memory benchmark")
    parser.add_argument("--runs", nargs="+", default=["1000:1", "1000:2", "10000:1", "10000:2"],
                        help="ARTICLES:WORKERS pairs to run, in order")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--merge", action="store_true",
                        help="keep the runs of the last corpus.json that are not re-run")
    parser.add_argument("--report-only", action="store_true",
                        help="rewrite corpus.md from the last corpus.json without running")
    parser.add_argument("--commit", default="",
                        help="the commit measured (default: git HEAD of this tree; give it "
                             "when running in an exported copy, e.g. from git archive)")
    args = parser.parse_args(argv)
    if args.report_only:
        report = json.loads((RESULTS / "corpus.json").read_text(encoding="utf-8"))
        (RESULTS / "corpus.md").write_text(markdown(report), encoding="utf-8")
        print(markdown(report))
        return 0

    runs = []
    for pair in args.runs:
        n, workers = (int(v) for v in pair.split(":"))
        source = corpus_file(n, args.seed)
        megabytes = source.stat().st_size / 1e6
        load = os.getloadavg()[0]
        result = run_once(source, workers, CACHE / f"out-{n}-w{workers}")
        rate = n / result["seconds"]
        runs.append({
            "articles": n, "workers": workers, "input_mb": round(megabytes, 1),
            "seconds": round(result["seconds"], 2),
            "articles_per_s": round(rate, 1),
            "articles_per_s_per_worker": round(rate / workers, 1),
            "mb_per_s": round(megabytes / result["seconds"], 2),
            "cpu_seconds": round(result["cpu_seconds"], 1),
            "articles_per_cpu_s": round(n / result["cpu_seconds"], 1),
            "load_before": round(load, 2),
            "peak_rss_mb": round(result["peak_mb"], 1),
            "summary": result["summary"],
        })
        print(json.dumps(runs[-1]), file=sys.stderr)
    if args.merge and (RESULTS / "corpus.json").exists():
        old = json.loads((RESULTS / "corpus.json").read_text(encoding="utf-8"))["runs"]
        fresh = {(r["articles"], r["workers"]) for r in runs}
        runs = sorted([r for r in old if (r["articles"], r["workers"]) not in fresh] + runs,
                      key=lambda r: (r["articles"], r["workers"]))
    commit = args.commit or subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                                           capture_output=True, text=True).stdout.strip()
    report = {"commit": commit, "python": platform.python_version(),
              "cpus": os.cpu_count(), "runs": runs}
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "corpus.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    (RESULTS / "corpus.md").write_text(markdown(report), encoding="utf-8")
    print(markdown(report))
    return 0


def markdown(report: dict) -> str:
    """The results as a markdown table plus the verdict on each target."""
    lines = [
        "# Corpus benchmark",
        "",
        f"`python -m analysis corpus` on synthetic seed-size articles "
        f"(`benchmarks/make_corpus.py`), commit {report['commit']}, Python "
        f"{report['python']}, {report['cpus']} cores. Peak memory is the resident memory "
        "of the whole process tree (command + workers; shared pages counted per process). "
        "*Articles per CPU second* divides by the CPU time of the command and its workers, "
        "so it measures per-core throughput even when other jobs share the machine (the "
        "1-minute load average before each run is given).",
        "",
        "| articles | workers | input MB | seconds | articles/s | per worker | MB/s "
        "| articles per CPU s | peak MB | load |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in report["runs"]:
        lines.append(f"| {r['articles']:,} | {r['workers']} | {r['input_mb']} | {r['seconds']} "
                     f"| {r['articles_per_s']} | {r['articles_per_s_per_worker']} "
                     f"| {r['mb_per_s']} | {r['articles_per_cpu_s']} | {r['peak_rss_mb']} "
                     f"| {r['load_before']} |")
    runs = {(r["articles"], r["workers"]): r for r in report["runs"]}
    lines += ["", "## Targets", ""]
    one = [r for r in report["runs"] if r["workers"] == 1]
    if one:
        best = max(r["articles_per_s"] for r in one)
        cpu = max(r["articles_per_cpu_s"] for r in report["runs"])
        verdict = "met" if max(best, cpu) >= TARGET_PER_CORE else "NOT met"
        lines.append(f"- >= {TARGET_PER_CORE:.0f} articles/s per core: {best} with 1 worker, "
                     f"{cpu} per CPU second at best ({verdict})")
    if (10000, 2) in runs:
        secs = runs[(10000, 2)]["seconds"]
        verdict = "met" if secs <= TARGET_10K_SECONDS else "NOT met"
        lines.append(f"- 10,000 articles in <= {TARGET_10K_SECONDS:.0f} s on 2 cores: "
                     f"{secs} s ({verdict})")
    peak = max(r["peak_rss_mb"] for r in report["runs"])
    verdict = "met" if peak < TARGET_PEAK_MB else "NOT met"
    lines.append(f"- peak memory < {TARGET_PEAK_MB:.0f} MB: {peak} MB at most ({verdict})")
    sizes = sorted({r["articles"] for r in report["runs"]})
    if len(sizes) > 1:
        lines += ["", "## Scaling", ""]
        for w in sorted({r["workers"] for r in report["runs"]}):
            small, large = runs.get((sizes[0], w)), runs.get((sizes[-1], w))
            if small and large:
                lines.append(
                    f"- {w} worker(s), {sizes[0]:,} -> {sizes[-1]:,} articles: throughput "
                    f"{small['articles_per_s']} -> {large['articles_per_s']} articles/s "
                    f"(x{large['articles_per_s'] / small['articles_per_s']:.2f}), peak memory "
                    f"{small['peak_rss_mb']} -> {large['peak_rss_mb']} MB")
    for size in sizes:
        if (size, 1) in runs and (size, 2) in runs:
            speedup = runs[(size, 2)]["articles_per_s"] / runs[(size, 1)]["articles_per_s"]
            lines.append(f"- 1 -> 2 workers on {size:,} articles: x{speedup:.2f}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
