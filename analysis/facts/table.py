"""From a loaded corpus to the facts table and the canonical entities, through the per-article cache.

For a corpus too large to load, `stream.write_facts` gives the same facts batch by batch."""

from __future__ import annotations

import os
from typing import Any

import pandas as pd

from analysis.extract import extract_document
from analysis.facts import attributes, cache, namesakes
from analysis.facts.batch import describe, extract_batch, warm_worker
from analysis.facts.entities import assign_entity_ids, entity_table
from analysis.facts.executors import Executor, LocalExecutor
from analysis.facts.schema import facts_frame
from analysis.facts.stream import BATCH_SIZE, checked
from analysis.ingest.corpus import Corpus, Document, load_corpus
from analysis.ingest.stream import Article


def document_rows(doc: Document, *, use_cache: bool = True) -> list[dict[str, Any]]:
    """Fact rows of one document, from the cache when its bytes and the extractor are unchanged."""
    rows = cache.load(doc) if use_cache else None
    if rows is None:
        rows = extract_document(doc)
        if use_cache:
            cache.store(doc, rows)
    return [dict(r, doc_id=doc.doc_id) for r in rows]


def warm_cache(corpus: Corpus, jobs: int = 2, min_parallel: int = 8, executor: Executor | None = None) -> int:
    """Extract every article not yet cached, over `executor` (else `jobs` local processes) when there are enough
    of them; returns how many. An article that fails is left uncached, so `facts_for` raises its error."""
    missing = [d for d in corpus.documents if not cache.path_of(d).exists()]
    if executor is None and (len(missing) < min_parallel or jobs <= 1):
        for doc in missing:
            document_rows(doc)
        return len(missing)
    articles = [Article(d.doc_id, d.path, d.sha256, d.raw, d.encoding) for d in missing]
    own = executor is None
    executor = executor or LocalExecutor(jobs, setup=warm_worker)
    size = max(1, min(BATCH_SIZE, -(-len(articles) // executor.workers)))
    batches = [articles[i : i + size] for i in range(0, len(articles), size)]
    try:
        for result in executor.map_batches(extract_batch, batches, describe):
            for outcome in checked(result).outcomes if result else ():
                if outcome.error is None:
                    cache.store_sha(outcome.sha256, outcome.rows, outcome.document)
    except BaseException:  # an error or an interrupt: end the workers now rather than after their batches
        if own:
            executor.close(stop=True)
        raise
    if own:
        executor.close()
    return len(missing)


def facts_for(corpus: Corpus, *, kinds: list[str] | None = None, use_cache: bool = True) -> pd.DataFrame:
    """The facts table of a loaded corpus, with canonical entity ids."""
    rows: list[dict[str, Any]] = []
    for doc in corpus.documents:
        rows.extend(document_rows(doc, use_cache=use_cache))
    decisions, people = attributes.decide(attributes.collect(rows)), namesakes.decide(namesakes.collect(rows))
    if kinds:
        rows = [r for r in rows if r.get("kind") in kinds]
    return namesakes.apply(attributes.apply(assign_entity_ids(facts_frame(rows)), decisions), people)


def corpus_facts(
    root: str | os.PathLike, *, skip_bad: bool = False, kinds: list[str] | None = None, follow_links: bool = False
) -> tuple[Corpus, pd.DataFrame]:
    """Load a folder and extract its facts."""
    corpus = load_corpus(root, skip_bad=skip_bad, follow_links=follow_links)
    return corpus, facts_for(corpus, kinds=kinds)


def corpus_entities(root: str | os.PathLike, *, skip_bad: bool = False, follow_links: bool = False) -> pd.DataFrame:
    """Canonical entities of a folder (one row per organisation, person or place)."""
    _, facts = corpus_facts(root, skip_bad=skip_bad, follow_links=follow_links)
    return entity_table(facts)
