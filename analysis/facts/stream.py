"""The facts table of a scanned corpus, one batch at a time: cached facts read, missing ones extracted.

Batches come in `doc_id` order and each is sorted as `facts_frame` sorts, and entity ids depend on the name
alone, so the batches put end to end are exactly `facts_for` of the whole corpus, whatever the batch size or
executor. Extracted facts are cached here, by the caller, under the article's hash.
"""

from __future__ import annotations

import os
from collections import deque
from typing import Any, Callable, Iterator

import pandas as pd

from analysis.errors import CorpusError
from analysis.facts import attributes, cache, documents, namesakes
from analysis.facts.batch import BatchResult, describe, extract_batch
from analysis.facts.entities import assign_entity_ids
from analysis.facts.executors import Executor, ExecutorError
from analysis.facts.export import FactsSink
from analysis.facts.schema import facts_frame
from analysis.ingest.corpus import Skipped
from analysis.ingest.stream import Article, Scan, scan

BATCH_SIZE = 64
"""Articles per batch: large enough for one NLP pass to pay off, small enough to keep a few in memory."""


def checked(result: BatchResult) -> BatchResult:
    """The result, unless the worker ran other code than this process (its facts would not match the cache)."""
    if result.fingerprint != cache.fingerprint():
        raise ExecutorError(
            f"a worker runs another version of the package (extractor {result.fingerprint}, here "
            f"{cache.fingerprint()}).",
            hint="Install the same version of the package (and spaCy model) on every worker, then run again.",
        )
    return result


Entry = tuple[list[dict[str, Any]], dict[str, Any]]


def _row_batches(
    scan: Scan, executor: Executor, batch_size: int, record_failures: bool
) -> Iterator[tuple[list[dict[str, Any]], list[dict[str, Any]]]]:
    """The extraction rows of `scan` and its documents-table rows, one pair of lists per batch, read from the
    cache or extracted (and cached)."""
    waiting: deque[tuple[list[Article], dict[str, Entry | None]]] = deque()

    def missing_batches() -> Iterator[list[Article]]:
        for articles in scan.batches(batch_size):
            cached = {a.sha256: cache.load_entry(a.sha256) for a in articles}
            waiting.append((articles, cached))
            yield [a for a in articles if cached[a.sha256] is None]

    for result in executor.map_batches(extract_batch, missing_batches(), describe):
        articles, entry_of = waiting.popleft()
        for outcome in checked(result).outcomes if result else ():
            if outcome.error is None:
                cache.store_sha(outcome.sha256, outcome.rows, outcome.document)
                entry_of[outcome.sha256] = (outcome.rows, outcome.document)
        rows: list[dict[str, Any]] = []
        docs: list[dict[str, Any]] = []
        for a in articles:
            found = entry_of.get(a.sha256)
            if found is None:
                if record_failures:
                    error = next(o.error for o in result.outcomes if o.sha256 == a.sha256)
                    scan.failed.append(Skipped(a.path, f"its facts could not be extracted ({error})."))
                continue
            rows.extend(dict(r, doc_id=a.doc_id) for r in found[0])
            docs.append(documents.document_row(a.doc_id, a.path.name, a.sha256, found[1]))
        yield rows, docs


def stream_facts(
    scan: Scan,
    executor: Executor,
    *,
    batch_size: int = BATCH_SIZE,
    kinds: list[str] | None = None,
    on_documents: Callable[[pd.DataFrame], None] | None = None,
) -> Iterator[pd.DataFrame]:
    """The facts table of `scan`, one DataFrame per batch; articles that fail go to `scan.failed`.

    Two passes: the first extracts what is not cached and gathers what each organisation's mentions say of its
    type and jurisdiction, folded batch by batch into a summary per entity (`attributes.Summary`: it grows with
    the entities, not the mentions), decided once per entity across the corpus (a generic name's jurisdiction per
    article, `attributes.generic`); the second reads the cached facts back and writes them with those decisions."""
    cues: dict[str, attributes.Summary] = {}
    affiliations: dict[str, dict[str, list[str | None]]] = {}
    for rows, docs in _row_batches(scan, executor, batch_size, record_failures=True):
        attributes.collect(rows, into=cues)
        namesakes.collect(rows, into=affiliations)
        if on_documents is not None and docs:
            on_documents(documents.documents_frame(docs))
    decisions, people = attributes.decide(cues), namesakes.decide(affiliations)
    for rows, _ in _row_batches(scan, executor, batch_size, record_failures=False):
        if kinds:
            rows = [r for r in rows if r.get("kind") in kinds]
        yield namesakes.apply(attributes.apply(assign_entity_ids(facts_frame(rows)), decisions), people)


def failed_error(found: Scan, other: str) -> CorpusError:
    """The error for articles that passed the scan but could not be used (`Scan.failed`), each named with why;
    `other` is what to do besides fixing them ("pass --skip-bad to ...")."""
    n = len(found.failed)
    return CorpusError(
        f"{n} article{'s' if n != 1 else ''} could not be used:\n  "
        + "\n  ".join(f"{s.path.name}: {s.reason}" for s in found.failed),
        where=str(found.root),
        hint=f"Fix or remove the files named above, or {other}.",
    )


def write_facts(
    root: str | os.PathLike,
    fmt: str,
    output: str | os.PathLike | None,
    executor: Executor,
    *,
    batch_size: int = BATCH_SIZE,
    skip_bad: bool = False,
    kinds: list[str] | None = None,
    log: Callable[[str], None] = lambda line: None,
    follow_links: bool = True,
) -> tuple[int, int]:
    """Scan `root`, then extract and write its facts batch by batch; returns (facts, articles written).

    Bad files stop the run before any extraction unless `skip_bad`; with it every file left out (bad on the
    scan, changed later, or failing extraction) is listed together at the end. Files that are symbolic links to
    files outside `root` are read (the output is the caller's own file) unless `follow_links` is False."""
    found = scan(root, follow_links=follow_links)
    found.check(skip_bad)
    for line in found.notices():
        if not line.startswith("Skipped "):
            log(line)
    with FactsSink(fmt, output) as sink:
        for frame in stream_facts(
            found, executor, batch_size=batch_size, kinds=kinds, on_documents=sink.write_documents
        ):
            sink.write(frame)
        if found.failed and not skip_bad:
            raise failed_error(found, "pass --skip-bad to write the facts of the others")
    left_out = found.skipped + found.failed
    if left_out:
        log(f"{len(left_out)} article file{'s' if len(left_out) != 1 else ''} left out:")
        for s in left_out:
            log(f"Skipped {s.path.name}: {s.reason}")
    return sink.facts, len(found.entries) - len(found.failed)
