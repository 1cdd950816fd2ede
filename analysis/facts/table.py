"""From a loaded corpus to the facts table and the canonical entities, through the per-article cache."""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from typing import Any

import pandas as pd

from analysis.extract import extract_document, extract_documents
from analysis.facts import attributes, cache
from analysis.facts.entities import assign_entity_ids, entity_table
from analysis.facts.schema import facts_frame
from analysis.ingest.corpus import Corpus, Document, load_corpus


def document_rows(doc: Document, *, use_cache: bool = True) -> list[dict[str, Any]]:
    """Fact rows of one document, from the cache when its bytes and the extractor are unchanged."""
    rows = cache.load(doc) if use_cache else None
    if rows is None:
        rows = extract_document(doc)
        if use_cache:
            cache.store(doc, rows)
    return [dict(r, doc_id=doc.doc_id) for r in rows]


def warm_cache(corpus: Corpus, jobs: int = 2, min_parallel: int = 8) -> int:
    """Extract every article not yet cached, over `jobs` processes when there are enough of them; returns how many."""
    missing = [d for d in corpus.documents if not cache.path_of(d).exists()]
    if len(missing) < min_parallel or jobs <= 1:
        for doc in missing:
            document_rows(doc)
        return len(missing)
    batches = [missing[i::jobs] for i in range(jobs)]
    with ProcessPoolExecutor(max_workers=jobs, mp_context=get_context("spawn")) as pool:
        for batch, results in zip(batches, pool.map(extract_documents, batches)):
            for doc, rows in zip(batch, results):
                cache.store(doc, rows)
    return len(missing)


def facts_for(corpus: Corpus, *, kinds: list[str] | None = None, use_cache: bool = True) -> pd.DataFrame:
    """The facts table of a loaded corpus, with canonical entity ids."""
    rows: list[dict[str, Any]] = []
    for doc in corpus.documents:
        rows.extend(document_rows(doc, use_cache=use_cache))
    decisions = attributes.decide(attributes.collect(rows))
    if kinds:
        rows = [r for r in rows if r.get("kind") in kinds]
    return attributes.apply(assign_entity_ids(facts_frame(rows)), decisions)


def corpus_facts(
    root: str | os.PathLike, *, skip_bad: bool = False, kinds: list[str] | None = None
) -> tuple[Corpus, pd.DataFrame]:
    """Load a folder and extract its facts."""
    corpus = load_corpus(root, skip_bad=skip_bad)
    return corpus, facts_for(corpus, kinds=kinds)


def corpus_entities(root: str | os.PathLike, *, skip_bad: bool = False) -> pd.DataFrame:
    """Canonical entities of a folder (one row per organisation, person or place)."""
    _, facts = corpus_facts(root, skip_bad=skip_bad)
    return entity_table(facts)
