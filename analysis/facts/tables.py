"""The facts and documents tables of a folder of articles, as Parquet files kept in the cache under a key of
everything they depend on (the articles' bytes and names, and the code of the stages that make them).

`tables_for(folder)` returns them, writing them first when the key is new, batch by batch (the facts of a
corpus are never held at once). The build and a notebook run on its own both read the facts through here, so
there is one path from articles to the query layer whatever the corpus size.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from analysis.facts import cache
from analysis.facts.batch import warm_worker
from analysis.facts.executors import Executor, LocalExecutor
from analysis.facts.export import FactsSink, documents_path
from analysis.facts.stream import BATCH_SIZE, stream_facts
from analysis.ingest.stream import Scan, scan
from analysis.source import PACKAGE_DIR, tree_hash

FACTS_NAME = "facts.parquet"


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


def tables_for(
    folder: str | os.PathLike,
    *,
    jobs: int = 2,
    executor: Executor | None = None,
    skip_bad: bool = False,
    found: Scan | None = None,
    log: Callable[[str], None] = lambda line: None,
) -> Tables:
    """The cached tables of a folder of articles, written first when missing (extracting what is not cached, over
    `executor`, else `jobs` local processes). Bad files stop it unless `skip_bad` (see `Scan.check`)."""
    found = found if found is not None else scan(folder)
    found.check(skip_bad)
    key = tables_key(found)
    where = tables_dir() / key
    facts, docs = where / FACTS_NAME, documents_path(where / FACTS_NAME)
    if not (facts.exists() and docs.exists()):
        where.mkdir(parents=True, exist_ok=True)
        own = executor is None
        executor = executor or (LocalExecutor(jobs, setup=warm_worker) if jobs > 1 else Executor())
        try:
            n = write_tables(found, facts, executor)
        finally:
            if own:
                executor.close()
        log(f"Facts of {len(found.entries)} articles written to the cache ({n} facts).")
    return Tables(facts, docs, key)
