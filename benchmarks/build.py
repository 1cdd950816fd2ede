"""Build benchmark: full build, no-op rebuild and one-article rebuild, against the naive pipeline.

    .venv/bin/python benchmarks/build.py [--sizes seeds,200] [--skip-naive]

The naive baseline runs, for every report of the same plan, one `papermill` call, then
`jupyter nbconvert --to html`, then a PDF print of that HTML with `chromium --headless --print-to-pdf`,
one after another. The no-op rebuild is the median wall time of `NOOP_RUNS` runs of the same command once
everything is built (the whole process: interpreter start, imports, hashing the articles and the outputs).
Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
PY = sys.executable
NOOP_RUNS = 5


def make_corpus(dst: Path, size: str) -> Path:
    """The seeds, or about N articles: seeds and test fixtures repeated under distinct names and content."""
    dst.mkdir(parents=True)
    sources = sorted((PROJECT / "seeds").glob("*.txt"))
    if size == "seeds":
        for p in sources:
            shutil.copy(p, dst / p.name)
        return dst
    sources += sorted((PROJECT / "tests" / "fixtures" / "corpus").glob("*.txt"))
    n = int(size)
    for i in range(n):
        src = sources[i % len(sources)]
        text = src.read_text(encoding="utf-8")
        # a distinct trailing line keeps copies from being merged as duplicates
        (dst / f"{i:04d}_{src.stem}.txt").write_text(text + f"\nArchive copy {i}.\n", encoding="utf-8")
    return dst


def timed(cmd: list[str], env: dict[str, str], cwd: Path = PROJECT) -> float:
    t = time.perf_counter()
    r = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(f"benchmark step failed: {' '.join(cmd)}\n{r.stderr[-2000:]}")
    return time.perf_counter() - t


def ours(corpus: Path, out: Path, env: dict[str, str]) -> dict[str, float]:
    build = [PY, "-m", "analysis", "build", "--corpus", str(corpus), "--out", str(out)]
    res = {"full": timed(build, env)}
    res["noop"] = statistics.median(timed(build, env) for _ in range(NOOP_RUNS))
    extra = corpus / "zz_added_article.txt"
    extra.write_text(
        "Harbour clinic network expands\n\nTime:2024-05-02\n\nThe Harbour City Health Bureau said 12 new "
        "community clinics opened in Zhongshan, serving 80,000 residents.\n",
        encoding="utf-8",
    )
    res["add_one"] = timed(build, env)
    extra.unlink()
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    res["reports"] = len(manifest["plan"]["jobs"])
    return res, manifest["plan"]["jobs"]


def naive(jobs: list[dict], out: Path, env: dict[str, str]) -> float:
    """One papermill call, one nbconvert call and one chromium print per report, in sequence."""
    out.mkdir(parents=True)
    t = time.perf_counter()
    for job in jobs:
        stem = job["stem"]
        nb_out = out / f"{stem}.ipynb"
        params = []
        for k, v in job["params"].items():
            params += ["-y", json.dumps({k: v})]
        subprocess.run(
            [
                PY,
                "-m",
                "papermill",
                str(PROJECT / "notebooks" / f"{job['notebook']}.ipynb"),
                str(nb_out),
                "--cwd",
                str(PROJECT / "notebooks"),
                "-k",
                "python3",
                "--no-progress-bar",
                *params,
            ],
            check=True,
            capture_output=True,
            env=env,
        )
        subprocess.run(
            [PY, "-m", "jupyter", "nbconvert", "--to", "html", "--no-input", str(nb_out)],
            check=True,
            capture_output=True,
            env=env,
        )
        subprocess.run(
            [
                "/usr/bin/chromium",
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-pdf-header-footer",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                f"--print-to-pdf={out / (stem + '.pdf')}",
                (out / f"{stem}.html").as_uri(),
            ],
            check=True,
            capture_output=True,
            env=env,
        )
    return time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="seeds,200", help="comma-separated: 'seeds' and/or article counts")
    ap.add_argument("--skip-naive", action="store_true", help="do not time the naive pipeline")
    args = ap.parse_args()
    rows = []
    for size in args.sizes.split(","):
        with tempfile.TemporaryDirectory(prefix="bench-build-") as tmp:
            tmp = Path(tmp)
            env = dict(os.environ, ANALYSIS_CACHE_DIR=str(tmp / "cache"))
            env.pop("PYTHONDONTWRITEBYTECODE", None)  # Python's default: modules are compiled once, not every run
            corpus = make_corpus(tmp / "corpus", size)
            n_articles = len(list(corpus.glob("*.txt")))
            res, jobs = ours(corpus, tmp / "reports", env)
            # the baseline starts from clean too: its first notebook extracts the facts into an empty cache
            naive_env = dict(env, ANALYSIS_CACHE_DIR=str(tmp / "naive-cache"))
            base = None if args.skip_naive else naive(jobs, tmp / "naive", naive_env)
            rows.append((size, n_articles, res, base))
            print(f"done: {size}", file=sys.stderr)
    print(
        "| corpus | articles | reports | full build | no-op rebuild | +1 article | naive pipeline "
        "| full / naive | full / no-op |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for size, n, res, base in rows:
        ratio = f"{res['full'] / base:.2f}x" if base else "—"
        print(
            f"| {size} | {n} | {res['reports']} | {res['full']:.1f} s | {res['noop']:.2f} s | {res['add_one']:.1f} s | "
            f"{f'{base:.1f} s' if base else '—'} | {ratio} | {res['full'] / res['noop']:.0f}x |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
