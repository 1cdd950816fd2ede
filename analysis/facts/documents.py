"""The documents table: one row per article, with what its text states about itself and where (spans into the
original file), its length, and its near-duplicate signature; written beside the facts (`documents.parquet`).

The reports read article metadata from here and open an article's text only to quote a passage they cite.
"""

from __future__ import annotations

from typing import Any, Iterable

import pandas as pd

from analysis.facts.schema import Column
from analysis.ingest.corpus import Document

SCHEMA: tuple[Column, ...] = (
    Column("doc_id", "string", "Article file stem."),
    Column("file", "string", "The article's file name in its corpus folder."),
    Column("sha256", "string", "sha256 of the file's bytes."),
    Column("n_chars", "int64", "Length of the original text in code points."),
    Column("label", "string", "How a reader recognises the article: its headline, else its first sentence, shortened."),
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
    Column("bands", "object", "Locality-sensitive hash keys of the text's MinHash signature (near-duplicates)."),
    Column("signature", "object", "MinHash signature of the cleaned text."),
)
COLUMNS = tuple(c.name for c in SCHEMA)


def document_row(doc: Document, signature: dict[str, list[int]] | None = None) -> dict[str, Any]:
    """The documents-table row of one article (`signature`: {"bands": [...], "signature": [...]})."""
    row: dict[str, Any] = {"doc_id": doc.doc_id, "file": doc.path.name, "sha256": doc.sha256, "n_chars": doc.length}
    for name in ("title", "published", "publisher", "lead"):
        f = getattr(doc, name, None)
        if name != "lead":
            row[name] = f.value if f else None
        row[f"{name}_start"] = f.start if f else None
        row[f"{name}_end"] = f.end if f else None
    row.update(signature or {"bands": None, "signature": None})
    return row


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
