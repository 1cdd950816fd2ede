"""Benchmark the facts command at scale: articles per second and peak memory, local pool against Dask.

Synthetic corpora are made from the hand-written test fixtures: each article takes the paragraphs of two
fixtures in an order of its own, with its numbers and years changed, so no two articles share bytes (and the
cache cannot help). Each run is `python -m analysis facts DIR --format parquet` in a child process with an
empty cache; peak memory is the coordinating process's own (`RUSAGE_SELF`) and the largest worker's. The
Dask overhead per task is timed on empty batches of a trivial function. Prints Markdown tables.

    .venv/bin/python benchmarks/facts_scale.py [--sizes 1000 10000] [--executors local dask] [--jobs 2]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
FIXTURES = [ROOT / "tests" / "fixtures" / "corpus", ROOT / "tests" / "fixtures" / "reports" / "corpus"]

DRIVER = """
import json, resource, sys, time
from analysis.cli import main
t = time.perf_counter()
code = main(sys.argv[1:])
seconds = time.perf_counter() - t
own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"code": code, "seconds": seconds, "own_kib": own, "worker_kib": kids}), file=sys.stderr)
"""


def build_corpus(dst: Path, n: int) -> int:
    """`n` distinct articles from the fixture paragraphs; returns the word count."""
    texts = [p.read_text(encoding="utf-8") for d in FIXTURES for p in sorted(d.glob("*.txt"))]
    paragraphs = [[q for q in t.split("\n\n") if q.strip()] for t in texts]
    words = 0
    for i in range(n):
        rnd = random.Random(i)
        a, b = rnd.sample(range(len(paragraphs)), 2)
        body = paragraphs[a][:1] + rnd.sample(paragraphs[a][1:] + paragraphs[b][1:], k=len(paragraphs[a][1:]))
        text = "\n\n".join(body) + f"\n\nReference {i}.\n"
        text = re.sub(r"\b(19|20)\d\d\b", lambda m: str(rnd.randint(2010, 2024)), text)
        text = re.sub(r"\b\d{1,3}\b", lambda m: str(rnd.randint(2, 900)), text)
        (dst / f"{i:06d}.txt").write_text(text, encoding="utf-8")
        words += len(text.split())
    return words


def run_facts(corpus: Path, executor: str, jobs: int, out: Path) -> dict:
    cache = Path(tempfile.mkdtemp(prefix="bench-scale-cache-"))
    env = dict(os.environ, ANALYSIS_CACHE_DIR=str(cache), PYTHONPATH=str(ROOT))
    env.pop("DASK_SCHEDULER_ADDRESS", None)
    args = ["facts", str(corpus), "--format", "parquet", "-o", str(out), "--executor", executor, "--jobs", str(jobs)]
    try:
        r = subprocess.run([sys.executable, "-c", DRIVER, *args], env=env, capture_output=True, text=True)
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    stats = json.loads(r.stderr.strip().splitlines()[-1])
    if stats["code"] != 0:
        raise SystemExit(r.stderr)
    return stats


def dask_overhead(jobs: int, tasks: int = 400) -> tuple[float, float]:
    """Seconds per task of a trivial function over `tasks` batches: (local pool, Dask LocalCluster)."""
    from analysis.facts.executors import DaskExecutor, LocalExecutor

    out = []
    for ex in (LocalExecutor(jobs), DaskExecutor(jobs)):
        with ex:
            list(ex.map_batches(len, [[0]] * (2 * jobs)))  # start the workers first
            t = time.perf_counter()
            list(ex.map_batches(len, [[0]] * tasks))
            out.append((time.perf_counter() - t) / tasks)
    return out[0], out[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--executors", nargs="+", default=["local", "dask"])
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-scale-"))
    rows = []
    try:
        for n in args.sizes:
            corpus = tmp / f"c{n}"
            corpus.mkdir()
            words = build_corpus(corpus, n)
            for ex in args.executors:
                out = tmp / f"{n}-{ex}.parquet"
                s = run_facts(corpus, ex, args.jobs, out)
                rows.append((n, words, ex, s, out.read_bytes()))
                print(f"{n} articles, {ex}: {s['seconds']:.1f} s", file=sys.stderr, flush=True)
        local_task, dask_task = dask_overhead(args.jobs)
        print(f"Workers: {args.jobs} processes on {os.cpu_count()} cores.\n")
        print("| articles | words | executor | seconds | articles/s | per worker | s per 1,000 | "
              "peak MiB (coordinator) | peak MiB (largest worker) |")  # fmt: skip
        print("|---:|---:|---|---:|---:|---:|---:|---:|---:|")
        for n, words, ex, s, _ in rows:
            rate = n / s["seconds"]
            print(
                f"| {n:,} | {words:,} | {ex} | {s['seconds']:.1f} | {rate:.1f} | {rate / args.jobs:.1f} | "
                f"{1000 * s['seconds'] / n:.1f} | {s['own_kib'] / 1024:.0f} | {s['worker_kib'] / 1024:.0f} |"
            )
        same = {n: len({r[4] for r in rows if r[0] == n}) == 1 for n in args.sizes}
        print(f"\nSame Parquet bytes from every executor: {same}.")
        print(f"Per task: local pool {local_task * 1000:.2f} ms, Dask {dask_task * 1000:.2f} ms "
              f"(Dask adds {(dask_task - local_task) * 1000:.2f} ms per task).")  # fmt: skip
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
