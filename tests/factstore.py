"""Hand-written facts and documents as a facts store, for the query tests."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from analysis.facts import documents
from analysis.facts.export import arrow_schema
from analysis.facts.schema import COLUMNS, fact_id
from analysis.query import figures, initiatives, scope
from analysis.query.store import Store


def fact(doc_id: str, kind: str, start: int, end: int | None = None, sentence_start: int = 0, **fields) -> dict:
    """One facts row: span [start, end) (default: 5 characters), in the sentence starting at `sentence_start`."""
    end = start + 5 if end is None else end
    row = {
        "doc_id": doc_id,
        "kind": kind,
        "text": fields.pop("text", "x" * (end - start)),
        "start": start,
        "end": end,
        "sentence": fields.pop("sentence", "A sentence."),
        "sentence_start": sentence_start,
        "sentence_end": fields.pop("sentence_end", sentence_start + 200),
        "extractor": "test",
        **fields,
    }
    if kind in ("organization", "person", "place") and "entity_id" not in row:
        prefix = {"organization": "org", "person": "person", "place": "place"}[kind]
        row["entity_id"] = f"{prefix}:{row['name'].lower().replace(' ', '-')}"
    row["fact_id"] = row.get("fact_id") or fact_id(row)
    return row


def store_of(tmp: Path, facts: list[dict], docs: list[dict] | None = None) -> Store:
    """A store over Parquet files written from `facts` and `docs` (documents default to one untitled row per
    article)."""
    rows = [{c: r.get(c) for c in COLUMNS} for r in facts]
    pq.write_table(pa.Table.from_pylist(rows, schema=arrow_schema()), tmp / "facts.parquet")
    if docs is None:
        docs = [{"doc_id": d, "file": f"{d}.txt", "n_chars": 1000} for d in sorted({r["doc_id"] for r in facts})]
    drows = [{c: r.get(c) for c in documents.COLUMNS} for r in docs]
    pq.write_table(pa.Table.from_pylist(drows, schema=documents.arrow_schema()), tmp / "documents.parquet")
    return Store(tmp / "facts.parquet", tmp / "documents.parquet")


@contextmanager
def profiled_store(tmp: Path, facts: list[dict], docs: list[dict] | None = None) -> Iterator[Store]:
    """`store_of` with the tables the choice of profiles reads registered, the whole corpus in scope: scope,
    initiatives and figures, as a report registers them."""
    with store_of(tmp, facts, docs) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        figures.register(s)
        yield s
