"""The facts and documents tables of a folder of articles, as Parquet files kept in the cache under a key of
everything they depend on (the articles' bytes and names, and the code of the stages that make them).

`tables_for(folder)` returns them, writing them first when the key is new, batch by batch (the facts of a
corpus are never held at once: one batch in Python objects, one Parquet row group as Arrow columns). The build
and a notebook run on its own both read the facts through here, so there is one path from articles to the query
layer whatever the corpus size. Articles whose extraction failed are recorded beside the tables
(`left_out.json`), so a later run that finds the tables names them again.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from analysis.facts import cache
from analysis.facts.batch import warm_worker
from analysis.facts.executors import Executor, LocalExecutor
from analysis.facts.export import FactsSink, documents_path
from analysis.facts.stream import BATCH_SIZE, failed_error, stream_facts
from analysis.files import atomic_write_text, write_error, write_reason, writing
from analysis.ingest.corpus import Skipped
from analysis.ingest.stream import Scan, scan
from analysis.source import PACKAGE_DIR, tree_hash

FACTS_NAME = "facts.parquet"
LEFT_OUT = "left_out.json"
"""Beside the tables: the articles that passed the scan but whose facts could not be extracted, with why."""


@dataclass(frozen=True)
class Tables:
    """Where a corpus's facts and documents tables are, and the key they were made under."""

    facts: Path
    documents: Path
    key: str


def facts_stage_hash() -> str:
    """Hash of the facts stage's code: what turns cached extraction rows into the tables."""
    folder = PACKAGE_DIR / "facts"
    return tree_hash([p for p in folder.glob("*.py")], folder)


def tables_key(found: Scan) -> str:
    """Key of the tables of a scanned folder: its articles (id, file name, bytes) and the code that makes them."""
    h = hashlib.sha256(f"{cache.fingerprint()}|{facts_stage_hash()}\n".encode())
    for e in sorted(found.entries, key=lambda e: (e.doc_id, e.path.name)):
        h.update(f"{e.doc_id}\0{e.path.name}\0{e.sha256}\n".encode())
    return h.hexdigest()[:24]


def tables_dir() -> Path:
    return cache.cache_dir() / "tables"


def write_tables(found: Scan, facts: Path, executor: Executor, batch_size: int = BATCH_SIZE) -> int:
    """Write the facts of `found` to `facts` and its documents beside it (see `export.documents_path`); each
    appears only when complete. Returns the number of facts."""
    with FactsSink("parquet", facts) as sink:
        for frame in stream_facts(found, executor, batch_size=batch_size, on_documents=sink.write_documents):
            sink.write(frame)
    return sink.facts


def _record_left_out(found: Scan, where: Path) -> None:
    rows = [{"file": s.path.name, "reason": s.reason} for s in found.failed]
    atomic_write_text(where / LEFT_OUT, json.dumps(rows, indent=1, ensure_ascii=False) + "\n")


def _read_left_out(found: Scan, where: Path) -> None:
    try:
        rows = json.loads((where / LEFT_OUT).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    known = {s.path.name for s in found.failed}
    found.failed.extend(Skipped(found.root / r["file"], r["reason"]) for r in rows if r["file"] not in known)


def _write_into(found: Scan, where: Path, executor: Executor, skip_bad: bool) -> int:
    """Write the tables and their record of articles left out into `where`; the facts file appears last."""
    facts = where / FACTS_NAME
    new = where / f".{FACTS_NAME}.new"
    try:
        where.mkdir(parents=True, exist_ok=True)
        n = write_tables(found, new, executor)
        if found.failed and not skip_bad:
            raise failed_error(found, "pass --skip-bad to build from the others")
        _record_left_out(found, where)
        os.replace(documents_path(new), documents_path(facts))
        os.replace(new, facts)  # last: the tables exist once the facts do
        return n
    finally:
        for tmp in (new, documents_path(new)):
            tmp.unlink(missing_ok=True)


def tables_for(
    folder: str | os.PathLike,
    *,
    jobs: int = 2,
    executor: Executor | None = None,
    skip_bad: bool = False,
    follow_links: bool = False,
    found: Scan | None = None,
    log: Callable[[str], None] = lambda line: None,
    fallback: Path | None = None,
) -> Tables:
    """The cached tables of a folder of articles, written first when missing (extracting what is not cached, over
    `executor`, else `jobs` local processes). Bad files stop it unless `skip_bad` (see `Scan.check`), and so do
    articles whose extraction fails (with `skip_bad` they are left out and added to `found.failed`). Files that
    are symbolic links to files outside the folder are read only with `follow_links`. When the cache cannot be
    written and a `fallback` folder is given, the tables are written there instead, with a notice."""
    found = found if found is not None else scan(folder, follow_links=follow_links)
    found.check(skip_bad)
    key = tables_key(found)
    where = tables_dir() / key
    if (where / FACTS_NAME).exists() and documents_path(where / FACTS_NAME).exists():
        _read_left_out(found, where)
    else:
        own = executor is None
        executor = executor or (LocalExecutor(jobs, setup=warm_worker) if jobs > 1 else Executor())
        try:
            try:
                n = _write_into(found, where, executor, skip_bad)
            except OSError as exc:
                if fallback is None:
                    raise write_error(
                        exc, tables_dir(), other="set ANALYSIS_CACHE_DIR to a folder", after="run it again"
                    ) from None
                why, _ = write_reason(exc)
                log(
                    f"notice: {cache.cache_dir()}: the facts tables cannot be written to the cache ({why}); they are "
                    "written for this run only (set ANALYSIS_CACHE_DIR to a writable folder to keep them)."
                )
                found.failed.clear()
                where = fallback / key
                with writing(fallback, other="set TMPDIR to a folder", after="run the build again"):
                    n = _write_into(found, where, executor, skip_bad)
        except BaseException:
            if own:
                executor.close(stop=True)
            raise
        if own:
            executor.close()
        log(f"Facts of {len(found.entries) - len(found.failed)} articles written to the cache ({n} facts).")
    if found.failed and not skip_bad:
        raise failed_error(found, "pass --skip-bad to build from the others")
    return Tables(where / FACTS_NAME, documents_path(where / FACTS_NAME), key)
