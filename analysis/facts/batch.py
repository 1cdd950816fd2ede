"""The unit of work an executor runs: the facts of a batch of articles, one NLP pass over the batch.

A failure is data, not an exception: an article whose extraction raises comes back as `Outcome(doc_id,
error="ValueError: ...")` and the rest of its batch is kept. Each result carries the worker's extractor
fingerprint, so facts from a worker running other code are refused instead of cached.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from analysis.extract import extract_documents
from analysis.extract.nlp import get_nlp
from analysis.facts import cache, documents
from analysis.ingest.stream import Article


@dataclass(frozen=True)
class Outcome:
    """The rows of one article (without doc_id), or why there are none."""

    doc_id: str
    sha256: str
    rows: list[dict[str, Any]] | None = None
    error: str | None = None
    document: dict[str, Any] | None = None
    """The article's documents-table content (`documents.content_of`), cached with its rows."""


@dataclass(frozen=True)
class BatchResult:
    fingerprint: str
    outcomes: list[Outcome]


def _error(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def extract_batch(articles: list[Article]) -> BatchResult:
    """Facts of every article of the batch, in order; one article failing leaves the others alone."""
    try:
        docs = [a.document() for a in articles]
        results = extract_documents(docs)
        outcomes = [
            Outcome(a.doc_id, a.sha256, rows, document=documents.content_of(d))
            for a, d, rows in zip(articles, docs, results)
        ]
    except Exception:  # find which article fails, extracting one at a time
        outcomes = [_one(a) for a in articles]
    return BatchResult(cache.fingerprint(), outcomes)


def _one(article: Article) -> Outcome:
    try:
        doc = article.document()
        rows = extract_documents([doc])[0]
        content = documents.content_of(doc)
    except Exception as exc:
        return Outcome(article.doc_id, article.sha256, error=_error(exc))
    return Outcome(article.doc_id, article.sha256, rows, document=content)


def describe(articles: list[Article]) -> str:
    """A batch named by its articles, for an error message."""
    ids = [a.doc_id for a in articles]
    shown = ", ".join(ids[:5]) + (f" and {len(ids) - 5} more" if len(ids) > 5 else "")
    return f"the batch of {len(ids)} article{'s' if len(ids) != 1 else ''} {shown}"


def warm_worker() -> None:
    """Load the NLP model and the fingerprint once per worker process, before its first batch."""
    get_nlp()
    cache.fingerprint()
