"""Benchmark the near-duplicate grouping: time linear in the articles, peak memory flat, planted groups found.

Each corpus is a documents Parquet file of synthetic MinHash signatures (random values, no text needed)
with planted structure: one press release copied by 1% of the corpus, groups of 2 to 10 copies making up
another 25%, pairs of distinct articles at Jaccard about 0.25 (5%, they share candidate buckets but must
not fold), and unique articles for the rest. A copy replaces each signature value with probability up to
0.15 (Jaccard 0.72 or more between copies). Doc ids are shuffled so groups are not contiguous.

The file is written by one child process; `group_duplicates` runs in another, once per engine memory limit
of the store (DuckDB spills to disk past it), and reports the wall time of the call, the process's memory
before the call and its peak (`ru_maxrss`), and how many planted groups were split or merged.
Prints a Markdown table.

    .venv/bin/python benchmarks/duplicates.py [--sizes 10000 100000 1000000] [--memory-limits 1GB 256MB]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.ingest.signature import NUM_PERM, band_keys  # noqa: E402

SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("published", pa.string()),
        ("n_chars", pa.int64()),
        ("bands", pa.list_(pa.int64())),
        ("signature", pa.list_(pa.uint32())),
        ("planted", pa.int64()),
    ]
)
CHUNK = 50_000
MAX_CHANGE = 0.15
NEAR_MISS_CHANGE = 0.75


def _units(n: int, rng: np.random.Generator) -> list[tuple[str, int]]:
    """(kind, size) of every planted unit, in generation order; sizes sum to n."""
    units, used = [("copies", max(n // 100, 2))], max(n // 100, 2)
    while used < n * 26 // 100:
        size = int(rng.integers(2, 11))
        units.append(("copies", size))
        used += size
    for _ in range(n * 5 // 200):
        units.append(("near-miss", 2))
        used += 2
    units.append(("unique", n - used))
    return units


def _signatures(kind: str, size: int, rng: np.random.Generator) -> np.ndarray:
    if kind == "unique":
        return rng.integers(0, 2**32, (size, NUM_PERM), dtype=np.uint32)
    base = rng.integers(0, 2**32, NUM_PERM, dtype=np.uint32)
    change = rng.uniform(0, MAX_CHANGE, size) if kind == "copies" else np.array([0.0, NEAR_MISS_CHANGE])
    change[0] = 0.0
    mask = rng.random((size, NUM_PERM)) < change[:, None]
    return np.where(mask, rng.integers(0, 2**32, (size, NUM_PERM), dtype=np.uint32), base)


def generate(path: Path, n: int, seed: int = 0) -> dict:
    """Write the documents file of `n` synthetic articles; returns the planted counts."""
    rng = np.random.default_rng(seed)
    number = rng.permutation(n)
    days = np.datetime64("2015-01-01") + rng.integers(0, 3650, n)
    dated = rng.random(n) >= 0.1
    n_chars = rng.integers(1_000, 10_000, n)
    writer = pq.ParquetWriter(path, SCHEMA)
    pending: list[tuple[np.ndarray, np.ndarray]] = []  # (signatures, planted labels)
    start = label = 0
    folded = 0

    def flush(final: bool) -> None:
        nonlocal start, pending
        sigs = np.concatenate([s for s, _ in pending])
        labels = np.concatenate([p for _, p in pending])
        while len(sigs) >= CHUNK or (final and len(sigs)):
            part, sigs = sigs[:CHUNK], sigs[CHUNK:]
            lab, labels = labels[:CHUNK], labels[CHUNK:]
            idx = np.arange(start, start + len(part))
            keys = band_keys(part)
            table = pa.table(
                {
                    "doc_id": [f"doc{i:08d}" for i in number[idx]],
                    "published": [str(d) if ok else None for d, ok in zip(days[idx], dated[idx])],
                    "n_chars": n_chars[idx],
                    "bands": pa.FixedSizeListArray.from_arrays(keys.ravel(), keys.shape[1]),
                    "signature": pa.FixedSizeListArray.from_arrays(part.ravel(), NUM_PERM),
                    "planted": lab,
                }
            )
            writer.write_table(table.cast(SCHEMA))
            start += len(part)
        pending = [(sigs, labels)] if len(sigs) else []

    for kind, size in _units(n, rng):
        sigs = _signatures(kind, size, rng)
        if kind == "copies":
            labels = np.full(size, label)
            label += 1
            folded += size - 1
        else:
            labels = np.arange(label, label + size)
            label += size
        pending.append((sigs, labels))
        if sum(len(s) for s, _ in pending) >= CHUNK:
            flush(final=False)
    if pending:
        flush(final=True)
    writer.close()
    return {"articles": n, "planted_groups": label, "planted_folded": folded}


def cluster(path: Path, temp: Path, memory_limit: str) -> dict:
    """Group the file's documents; time, peak memory, and the groups checked against the planted labels."""
    from analysis.query.duplicates import group_duplicates
    from analysis.query.store import Store

    with Store(path, path, temp_dir=temp, memory_limit=memory_limit) as store:
        store.value("SELECT count(*) FROM documents")
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        t = time.perf_counter()
        found = group_duplicates(store)
        seconds = time.perf_counter() - t
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        split = store.value(
            "SELECT count(*) FROM (SELECT planted FROM documents JOIN doc_groups USING (doc_id) "
            "GROUP BY planted HAVING count(DISTINCT group_id) > 1)"
        )
        merged = store.value(
            "SELECT count(*) FROM (SELECT group_id FROM documents JOIN doc_groups USING (doc_id) "
            "GROUP BY group_id HAVING count(DISTINCT planted) > 1)"
        )
    return {
        "seconds": seconds,
        "peak_mib": peak / 1024,
        "before_mib": before / 1024,
        "groups": found.groups,
        "folded": found.folded,
        "candidate_links": found.candidate_links,
        "kept_links": found.kept_links,
        "split": split,
        "merged": merged,
    }


def _child(*args: str) -> dict:
    out = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--generate", nargs=2, metavar=("PATH", "N"), help=argparse.SUPPRESS)
    ap.add_argument("--memory-limits", nargs="+", default=["1GB", "256MB"], help="the store's engine memory limits")
    ap.add_argument("--cluster", nargs=3, metavar=("PATH", "TEMP", "LIMIT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.generate:
        print(json.dumps(generate(Path(args.generate[0]), int(args.generate[1]))))
        return
    if args.cluster:
        print(json.dumps(cluster(Path(args.cluster[0]), Path(args.cluster[1]), args.cluster[2])))
        return
    print(
        "| articles | engine memory limit | planted groups | groups found | folded | candidate links | kept links "
        "| split / merged | seconds | µs per article | memory before / peak (MiB) |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|:-:|---:|---:|---:|", flush=True)
    for n in args.sizes:
        with tempfile.TemporaryDirectory(prefix="dup-bench-") as tmp:
            path = Path(tmp) / "documents.parquet"
            planted = _child("--generate", str(path), str(n))
            for limit in args.memory_limits:
                r = _child("--cluster", str(path), str(Path(tmp) / "spill"), limit)
                print(
                    f"| {n:,} | {limit} | {planted['planted_groups']:,} | {r['groups']:,} | {r['folded']:,} "
                    f"| {r['candidate_links']:,} | {r['kept_links']:,} | {r['split']} / {r['merged']} "
                    f"| {r['seconds']:.2f} | {r['seconds'] / n * 1e6:.1f} "
                    f"| {r['before_mib']:.0f} / {r['peak_mib']:.0f} |",
                    flush=True,
                )


if __name__ == "__main__":
    main()
