"""Benchmark the build at scale: reports from a facts dataset of about 1, 5 and 20 million facts, and a no-op
build over 100,000 cached articles.

The data are made from the hand-written fixtures and the seeds, without NLP: their facts are extracted once, then
each synthetic article is a copy of one of them (its text with a closing line of its own, so every file differs
and every span still holds) whose organisations and people are renamed so that counts and rankings look like a
real corpus's: a name is shared by 1, 10, 100 or 1,000 copies (chosen by its hash), figures and years vary, and
one article in 25 is a republished copy of the one before (same near-duplicate signature). The facts go straight
into a Parquet dataset (`part-*.parquet` of 1,000,000 facts) with its documents table, as `python -m analysis
facts --format parquet -o DIR/` writes them.

Each build is `python -m analysis build --corpus C --facts F --no-pdf` in a child process. Peak memory of each
process of the build's tree, read from `/proc/PID/status` (`VmHWM`, the high-water mark of its own memory) every
quarter second: the coordinator, the kernels (`ipykernel`), the workers that drive them. (`getrusage` would not
do: a process started by vfork and exec keeps its parent's high-water mark in `ru_maxrss`.) A process over
`--max-rss` stops the run (the machine is shared). The kernels run the project's own report notebooks
(`notebooks/`): the three reports and the profiles the build chooses.

The no-op: 100,000 articles whose facts are in the cache (synthetic entries, the same renamed rows), built once
through the cache (the tables are written from the cached entries, no NLP), then built again: the median wall
time of three runs of the whole command. It runs before the largest size, and each row is printed as soon as it
is measured, so a run stopped early still gives the sizes it finished.

    .venv/bin/python benchmarks/scale.py [--facts 1000000 5000000 20000000] [--noop 100000] [--noop-only PREFIX]
        [--only PREFIX]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TEMPLATES = [ROOT / "seeds", ROOT / "tests" / "fixtures" / "corpus", ROOT / "tests" / "fixtures" / "reports" / "corpus"]
GROUPS = (1, 10, 100, 1000)
"""How many copies of a template share one renamed organisation or person."""
REPUBLISHED = 25
"""One article in this many is a republished copy of the one before (same near-duplicate signature)."""
CHUNK = 5_000
"""Articles synthesised at a time."""

DRIVER = """
import json, resource, sys, time
from analysis.cli import main
t = time.perf_counter()
code = main(sys.argv[1:])
seconds = time.perf_counter() - t
own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"code": code, "seconds": seconds, "own_kib": own}), file=sys.stderr)
"""


# -- synthetic data ------------------------------------------------------------------------------------------


@dataclass
class Template:
    stem: str
    text: str
    facts: list[dict]
    document: dict
    rows: list[dict]
    """The cached extraction rows (before entity ids and decided attributes)."""
    content: dict


def templates(cache: Path) -> list[Template]:
    """The fixture articles and seeds with their facts, documents row and cache entry (extracted once)."""
    os.environ["ANALYSIS_CACHE_DIR"] = str(cache)
    import pyarrow.parquet as pq

    from analysis.facts import cache as facts_cache
    from analysis.facts.tables import tables_for

    folder = cache / "templates"
    folder.mkdir(parents=True, exist_ok=True)
    for d in TEMPLATES:
        for p in sorted(d.glob("*.txt")):
            shutil.copy(p, folder / p.name)
    tables = tables_for(folder, jobs=2)
    facts = pq.read_table(tables.facts).to_pylist()
    docs = {r["doc_id"]: r for r in pq.read_table(tables.documents).to_pylist()}
    out = []
    for doc_id, doc in sorted(docs.items()):
        rows, content = facts_cache.load_entry(doc["sha256"])
        text = (folder / doc["file"]).read_text(encoding="utf-8")
        out.append(Template(doc_id, text, [f for f in facts if f["doc_id"] == doc_id], doc, rows, content))
    return out


def renamed(name: str | None, copy: int) -> str | None:
    if not name:
        return name
    group = GROUPS[zlib.crc32(name.encode()) % len(GROUPS)]
    return f"{name} {copy // group}"


def _year(date: str | None, copy: int) -> str | None:
    if not date or not date[:4].isdigit():
        return date
    return f"{int(date[:4]) + copy % 9 - 4:04d}{date[4:]}"


def synth_fact(f: dict, doc_id: str, i: int, j: int, copy: int) -> dict:
    """One template fact in copy `copy`: renamed bodies and people, figures and years varied."""
    from analysis.facts.entities import entity_id

    g = dict(f, doc_id=doc_id, fact_id=f"{i:010x}{j:06x}")
    kind = f["kind"]
    if kind in ("organization", "person"):
        g["name"] = renamed(f["name"], copy)
        g["entity_id"] = entity_id(kind, g["name"]) if g["name"] else None
        if kind == "person":
            g["affiliation"] = renamed(f.get("affiliation"), copy)
    elif kind == "quote":
        g["speaker"] = renamed(f.get("speaker"), copy)
    elif kind == "partnership" and f.get("parties"):
        g["parties"] = [renamed(p, copy) for p in f["parties"]]
        g["party_ids"] = [
            pid if str(pid).startswith("place:") else entity_id("organization", p) or ""
            for pid, p in zip(f.get("party_ids") or [""] * len(f["parties"]), g["parties"])
        ]
        g["initiative"] = renamed(f.get("initiative"), copy)
    elif kind == "amount" and f.get("value") is not None:
        g["value"] = round(f["value"] * (1 + copy % 89 / 100), 2)
    elif kind == "date":
        g["date"] = _year(f.get("date"), copy)
    return g


def synth_row(r: dict, copy: int) -> dict:
    """One cached extraction row in copy `copy` (the same renaming, before entity ids are given)."""
    g = dict(r)
    if r["kind"] in ("organization", "person"):
        g["name"] = renamed(r.get("name"), copy)
        if r["kind"] == "person":
            g["affiliation"] = renamed(r.get("affiliation"), copy)
    elif r["kind"] == "quote":
        g["speaker"] = renamed(r.get("speaker"), copy)
    elif r["kind"] == "partnership" and r.get("parties"):
        g["parties"] = [renamed(p, copy) for p in r["parties"]]
        g["initiative"] = renamed(r.get("initiative"), copy)
    elif r["kind"] == "amount" and r.get("value") is not None:
        g["value"] = round(r["value"] * (1 + copy % 89 / 100), 2)
    elif r["kind"] == "date":
        g["date"] = _year(r.get("date"), copy)
    return g


def signature(i: int) -> tuple[list[int], list[int]]:
    """(bands, signature) of article i: random, but article i copies article i - 1 when i % REPUBLISHED == 1."""
    from analysis.ingest.signature import BANDS, NUM_PERM

    rnd = random.Random(i - 1 if i % REPUBLISHED == 1 else i)
    return [rnd.getrandbits(63) for _ in range(BANDS)], [rnd.getrandbits(63) for _ in range(NUM_PERM)]


def article(t: Template, i: int) -> tuple[str, str]:
    """(doc_id, text) of synthetic article i."""
    return f"{i:07d}_{t.stem}", f"{t.text}\nArchive copy {i}.\n"


def make_corpus(
    tpl: list[Template], n: int, corpus: Path, facts_dir: Path | None = None, cache: bool = False
) -> tuple[int, int]:
    """Write `n` synthetic articles into `corpus`, and their facts dataset (with documents table) into `facts_dir`
    and/or their entries into the facts cache. Returns (articles, facts)."""
    import hashlib

    import pyarrow as pa

    from analysis.facts import cache as facts_cache
    from analysis.facts import documents
    from analysis.facts.export import FILE_ROWS, ParquetSink, arrow_schema
    from analysis.facts.schema import COLUMNS

    corpus.mkdir(parents=True, exist_ok=True)
    schema, dschema = arrow_schema(), documents.arrow_schema()
    part, in_part, sink, docs_sink = 0, 0, None, None
    if facts_dir is not None:
        facts_dir.mkdir(parents=True)
        docs_sink = ParquetSink(str(facts_dir.with_name(f"{facts_dir.name}.documents.parquet")), schema=dschema)
    n_facts = 0
    for start in range(0, n, CHUNK):
        rows, docs = [], []
        for i in range(start, min(n, start + CHUNK)):
            t = tpl[i % len(tpl)]
            copy = i // len(tpl)
            doc_id, text = article(t, i)
            data = text.encode("utf-8")
            (corpus / f"{doc_id}.txt").write_bytes(data)
            sha = hashlib.sha256(data).hexdigest()
            bands, sig = signature(i)
            if cache:
                content = dict(t.content, bands=bands, signature=sig, n_chars=len(text))
                entry = {"format": facts_cache.FORMAT, "fingerprint": facts_cache.fingerprint(), "document": content}
                entry["rows"] = [synth_row(r, copy) for r in t.rows]
                path = facts_cache.path_for(sha)
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(json.dumps(entry, ensure_ascii=False, sort_keys=True), encoding="utf-8")
            if facts_dir is not None:
                rows.extend(synth_fact(f, doc_id, i, j, copy) for j, f in enumerate(t.facts))
                docs.append(
                    dict(t.document, doc_id=doc_id, file=f"{doc_id}.txt", sha256=sha, n_chars=len(text),
                         bands=bands, signature=sig)
                )  # fmt: skip
        n_facts += sum(len(tpl[i % len(tpl)].facts) for i in range(start, min(n, start + CHUNK)))
        if facts_dir is None:
            continue
        docs_sink.write_arrow(pa.Table.from_pylist(docs, schema=dschema))
        while rows:
            if sink is None:
                sink = ParquetSink(str(facts_dir / f"part-{part:05d}.parquet"))
            take = rows[: FILE_ROWS - in_part]
            rows = rows[len(take) :]
            sink.write_arrow(pa.Table.from_pydict({c: [r.get(c) for r in take] for c in COLUMNS}, schema=schema))
            in_part += len(take)
            if in_part == FILE_ROWS:
                sink.close()
                sink, part, in_part = None, part + 1, 0
    if facts_dir is not None:
        if sink is not None:
            sink.close()
        docs_sink.close()
    return n, n_facts


# -- measuring ---------------------------------------------------------------------------------------------


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(x) for x in f.read().split()]
    except OSError:
        return []


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(_children(p))
    return out


def _status(pid: int) -> tuple[str, int, int]:
    """(kind of process, VmHWM KiB, VmRSS KiB)."""
    try:
        cmd = open(f"/proc/{pid}/cmdline", "rb").read().replace(b"\0", b" ").decode("utf-8", "replace")
        fields = dict(line.split(":", 1) for line in open(f"/proc/{pid}/status") if ":" in line)
    except OSError:
        return "gone", 0, 0
    kind = "kernel" if "ipykernel" in cmd else "chromium" if "chrom" in cmd else "worker"
    return kind, int(fields.get("VmHWM", "0 kB").split()[0]), int(fields.get("VmRSS", "0 kB").split()[0])


class Monitor(threading.Thread):
    """Peak memory (VmHWM) of the processes under `pid` by kind, polled; stops the tree past `limit_kib`."""

    def __init__(self, pid: int, limit_kib: int):
        super().__init__(daemon=True)
        self.pid, self.limit = pid, limit_kib
        self.peaks: dict[str, int] = {}
        self.over: str | None = None
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            for p in _tree(self.pid)[1:]:
                kind, hwm, rss = _status(p)
                if kind == "gone":
                    continue
                self.peaks[kind] = max(self.peaks.get(kind, 0), hwm)
                if rss > self.limit and self.over is None:
                    self.over = f"a {kind} process passed {self.limit // 1024} MiB"
                    os.killpg(self.pid, signal.SIGKILL)
            own = _status(self.pid)
            self.peaks["coordinator"] = max(self.peaks.get("coordinator", 0), own[1])
            if own[2] > self.limit and self.over is None:
                self.over = f"the coordinator passed {self.limit // 1024} MiB"
                os.killpg(self.pid, signal.SIGKILL)
            self.done.wait(0.25)


def loadavg() -> str:
    return open("/proc/loadavg").read().split()[0]


def run_build(args: list[str], env: dict, limit_kib: int) -> dict:
    t = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", DRIVER, *args],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    mon = Monitor(proc.pid, limit_kib)
    load = [loadavg()]
    mon.start()
    _, err = proc.communicate()
    mon.done.set()
    mon.join()
    load.append(loadavg())
    wall = time.perf_counter() - t
    last = err.strip().splitlines()[-1] if err.strip() else "{}"
    try:
        stats = json.loads(last)
    except ValueError:
        stats = {"code": proc.returncode}
    stats.update(wall=wall, peaks=dict(mon.peaks), over=mon.over, load=load, log=err[-3000:])
    return stats


def du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def mib(kib: int | None) -> str:
    return f"{kib / 1024:,.0f}" if kib else "—"


def row(s: dict) -> str:
    """One line of the table for a measured size."""
    pk = s["peaks"]
    return (
        f"| {s['facts']:,} | {s['articles']:,} | {s['wall']:.0f} s | {s['wall'] / s['facts'] * 1e6:.0f} | "
        f"{mib(pk.get('coordinator'))} | {mib(pk.get('kernel'))} | {mib(pk.get('worker'))} | {s['pages']:,} | "
        f"{s['data'] / 2**20:,.0f} | {' → '.join(s['load'])} | {s.get('code')}{' ' + s['over'] if s['over'] else ''} |"
    )


HEAD = (
    "| facts | articles | wall | s per million facts | coordinator peak MiB | kernel peak MiB (largest) | "
    "worker peak MiB | article pages | data files MiB | load | exit |\n"
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|"
)


def measure_size(tpl, target: int, per_article: float, work: Path, env: dict, args) -> dict:
    """Reports built from a facts dataset of about `target` facts."""
    n = math.ceil(target / per_article)
    here = work / f"f{target}"
    t = time.perf_counter()
    n, n_facts = make_corpus(tpl, n, here / "corpus", here / "facts")
    made = time.perf_counter() - t
    print(f"{n_facts:,} facts in {n:,} articles made in {made:.0f} s", file=sys.stderr, flush=True)
    out = here / "reports"
    cmd = ["build", "--corpus", str(here / "corpus"), "--facts", str(here / "facts"), "--out", str(out)]
    if args.only:  # a lighter build: one report, no profiles (the coordinator's work is the same)
        cmd += ["--only", args.only, "--profiles", "0"]
    s = run_build([*cmd, "--no-pdf", "--jobs", str(args.jobs)], env, args.max_rss * 1024)
    s.update(facts=n_facts, articles=n, data=du(out / "data") if out.exists() else 0)
    s["pages"] = len(list((out / "articles").glob("*.html"))) if (out / "articles").exists() else 0
    print(json.dumps({k: v for k, v in s.items() if k != "log"}), file=sys.stderr, flush=True)
    shutil.rmtree(here, ignore_errors=True)
    return s


def measure_noop(tpl, n: int, work: Path, env: dict, args) -> str:
    """A first build of `n` cached articles, then the median of three no-op builds, as one line."""
    here = work / "noop"
    t = time.perf_counter()
    make_corpus(tpl, n, here / "corpus", cache=True)
    made = time.perf_counter() - t
    cmd = ["build", "--corpus", str(here / "corpus"), "--out", str(here / "reports"), "--no-pdf"]
    if args.noop_only:  # a lighter first build: one report, no profiles (the no-op checks what was built)
        cmd += ["--only", args.noop_only, "--profiles", "0"]
    limit = args.max_rss * 1024
    first = run_build([*cmd, "--jobs", str(args.jobs)], env, limit)
    print(json.dumps({"first": {k: v for k, v in first.items() if k != "log"}}), file=sys.stderr, flush=True)
    if first.get("code") != 0:
        shutil.rmtree(here, ignore_errors=True)
        return (
            f"No-op over {n:,} cached articles: the first build ended with {first.get('code')}:\n{first['log'][-1500:]}"
        )
    again = [run_build(cmd, env, limit) for _ in range(3)]
    shutil.rmtree(here, ignore_errors=True)
    med = statistics.median(a["wall"] for a in again)
    walls = ", ".join(f"{a['wall']:.2f}" for a in again)
    first_peak = mib(first["peaks"].get("coordinator"))
    noop_peak = mib(max(a["peaks"].get("coordinator", 0) for a in again))
    verdict = "all up to date" if all("up to date" in a["log"] for a in again) else "NOT a no-op"
    return (
        f"No-op over {n:,} cached articles (made in {made:.0f} s): first build {first['wall']:.0f} s "
        f"(tables from the cache, reports, data files; coordinator peak {first_peak} MiB, kernel peak "
        f"{mib(first['peaks'].get('kernel'))} MiB); no-op {med:.2f} s (median of 3: {walls}), coordinator peak "
        f"{noop_peak} MiB; {verdict}."
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--facts", type=int, nargs="*", default=[1_000_000, 5_000_000, 20_000_000])
    ap.add_argument("--noop", type=int, default=100_000, help="articles of the no-op build (0: skip it)")
    ap.add_argument(
        "--noop-only", default="", help="build only the reports of this prefix, no profiles, in the no-op runs"
    )
    ap.add_argument("--only", default="", help="build only the reports of this prefix, no profiles, in the size runs")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--max-rss", type=int, default=6144, help="MiB any process may hold before the run is stopped")
    ap.add_argument("--work", type=Path, default=None, help="folder for the data (default: a temporary folder)")
    args = ap.parse_args()
    if args.work is not None:
        args.work.mkdir(parents=True, exist_ok=True)  # a folder named for the data is made, not a traceback
    work = Path(tempfile.mkdtemp(prefix="bench-scale-", dir=args.work))
    sizes = sorted(args.facts)
    try:
        tpl = templates(work / "cache")
        per_article = sum(len(t.facts) for t in tpl) / len(tpl)
        env = dict(os.environ, ANALYSIS_CACHE_DIR=str(work / "cache"), PYTHONPATH=str(ROOT))
        print(f"Machine: {os.cpu_count()} cores; load average before → after each run.\n\n{HEAD}", flush=True)
        notes = []
        for i, target in enumerate(sizes):
            if args.noop and i == len(sizes) - 1 and len(sizes) > 1:  # the no-op before the largest size
                notes.append(measure_noop(tpl, args.noop, work, env, args))
                print(f"<!-- {notes[-1]} -->", flush=True)
            s = measure_size(tpl, target, per_article, work, env, args)
            print(row(s), flush=True)
            if s.get("code") != 0:
                notes.append(f"{s['facts']:,} facts: the build ended with {s.get('code')} ({s['over'] or 'see log'}):\n"
                             + s["log"][-1500:])  # fmt: skip
        if args.noop and len(sizes) <= 1:
            notes.append(measure_noop(tpl, args.noop, work, env, args))
        for note in notes:
            print(f"\n{note}", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
