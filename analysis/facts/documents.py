"""The documents table: one row per article, with what its text states about itself and where (spans into the
original file), its length, and its near-duplicate signature; written beside the facts (`documents.parquet`).

The reports read article metadata from here and open an article's text only to quote a passage they cite.
"""

from __future__ import annotations

import re
from typing import Any, Iterable

import pandas as pd

from analysis.facts.schema import Column
from analysis.ingest.corpus import Document
from analysis.ingest.signature import document_signature
from analysis.text import shorten

_SENTENCE_END = re.compile(r"[.!?。](?=[\s\"”’)]|$)")


def first_sentence_end(text: str) -> int | None:
    """Offset just after the first sentence of `text`, or None."""
    m = _SENTENCE_END.search(text)
    return m.end() if m else None


SCHEMA: tuple[Column, ...] = (
    Column("doc_id", "string", "Article file stem."),
    Column("file", "string", "The article's file name in its corpus folder."),
    Column("sha256", "string", "sha256 of the file's bytes."),
    Column("n_chars", "int64", "Length of the original text in code points."),
    Column(
        "label",
        "string",
        "How a reader recognises the article: its headline, else its lead's first sentence, shortened.",
    ),
    Column("title", "string", "Headline the text states, or null."),
    Column("title_start", "int64", "Span of the headline in the original file."),
    Column("title_end", "int64", "End of that span."),
    Column("published", "string", "Publication date the text states (YYYY-MM-DD), or null."),
    Column("published_start", "int64", "Span of the date in the original file."),
    Column("published_end", "int64", "End of that span."),
    Column("publisher", "string", "Publisher the text states, or null."),
    Column("publisher_start", "int64", "Span of the publisher in the original file."),
    Column("publisher_end", "int64", "End of that span."),
    Column("lead_start", "int64", "Span of the lead paragraph (the first paragraph of running text), or null."),
    Column("lead_end", "int64", "End of that span."),
    Column(
        "notes_start",
        "int64",
        "Start of the page's notes after its story (a 'Background', 'Notes to editors' or "
        "'About X' heading), or null: what follows is context, not news.",
    ),
    Column("bands", "object", "Locality-sensitive hash keys of the text's MinHash signature (near-duplicates)."),
    Column("signature", "object", "MinHash signature of the cleaned text (empty for a text too short to compare)."),
)
COLUMNS = tuple(c.name for c in SCHEMA)


LABEL_CHARS = 120
"""Longest label of an untitled article (its lead's first sentence, cut between words)."""
_IDENTITY = ("doc_id", "file", "sha256")


def content_of(doc: Document) -> dict[str, Any]:
    """What the row says that depends on the article's bytes only (cached with its facts): metadata and their
    spans, length, label and near-duplicate signature."""
    row: dict[str, Any] = {"n_chars": doc.length, "label": label_of(doc)}
    for name in ("title", "published", "publisher", "lead"):
        f = getattr(doc, name, None)
        if name != "lead":
            row[name] = f.value if f else None
        row[f"{name}_start"] = f.start if f else None
        row[f"{name}_end"] = f.end if f else None
    row["notes_start"] = doc.notes.start if doc.notes else None
    row.update(document_signature(doc))
    return row


def document_row(doc_id: str, file: str, sha256: str, content: dict[str, Any]) -> dict[str, Any]:
    """The documents-table row of one article from its identity and its cached content."""
    row = {"doc_id": doc_id, "file": file, "sha256": sha256}
    row.update({c: content.get(c) for c in COLUMNS if c not in _IDENTITY})
    return row


def label_of(doc: Document) -> str:
    """How a reader recognises the article: its headline, else the first sentence of its lead paragraph (not a photo
    caption above it), else of its text, shortened; else its id."""
    if doc.title is not None:
        return doc.title.value
    text = " ".join((doc.raw[doc.lead.start : doc.lead.end] if doc.lead else doc.text).split())
    cut = first_sentence_end(text)
    return shorten(text[:cut] if cut else text, LABEL_CHARS) or doc.doc_id


def documents_frame(rows: Iterable[dict[str, Any]]) -> pd.DataFrame:
    """The documents table with the schema's columns and dtypes, in doc_id order."""
    df = pd.DataFrame([dict(r) for r in rows], columns=list(COLUMNS))
    for c in SCHEMA:
        if c.dtype == "int64":
            df[c.name] = pd.array(df[c.name], dtype="Int64")
        elif c.dtype == "string":
            df[c.name] = df[c.name].astype("string")
        else:
            df[c.name] = [v if isinstance(v, (list, tuple)) else None for v in df[c.name]]
    return df.sort_values(["doc_id", "file"], kind="mergesort").reset_index(drop=True)


def arrow_schema():
    """The documents schema as a pyarrow schema (band keys and signatures as lists of 64-bit integers)."""
    import pyarrow as pa

    types = {"string": pa.string(), "int64": pa.int64(), "object": pa.list_(pa.int64())}
    return pa.schema([pa.field(c.name, types[c.dtype]) for c in SCHEMA])
