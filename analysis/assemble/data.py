"""The data files published beside the reports, written from the facts tables without holding them: the facts as
Parquet (the tables' own bytes, a dataset's parts joined) with their documents table, as JSONL and CSV (read and
written one row group at a time: the bytes `export.jsonl` and `export.csv` give), the entities (computed in the
store) and the list of articles (title, date, publisher, strand and near-duplicate group, from the store).

Memory stays flat with the corpus: one row group of facts in the coordinator, the rest in DuckDB, which spills
to disk past its memory limit. From `PROCESS_ROWS` facts the copies of the facts (Parquet, JSONL, CSV) are written by
a process of their own: formatting millions of rows is Python work that would otherwise hold the interpreter lock
the coordinator's planning needs. Beyond `TEXT_COPY_ROWS` facts only the Parquet copy is written.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Iterator

import duckdb
import pandas as pd

from analysis.assemble import publish
from analysis.assemble.keys import sha256_file
from analysis.extract import KINDS
from analysis.facts import documents, entities, export
from analysis.facts.entities import ATTRIBUTES, COLUMNS, ENTITY_KINDS
from analysis.facts.tables import Tables
from analysis.query.store import Store

FACTS = "data/facts.parquet"
DOCUMENTS = "data/facts.documents.parquet"
JSONL = "data/facts.jsonl"
CSV = "data/facts.csv"
ENTITIES = "data/entities.csv"
ARTICLES = "data/articles.csv"
CHUNK_ROWS = 50_000
"""Rows of a query result formatted at a time."""
PROCESS_ROWS = 200_000
"""Facts from which the copies of the facts table are written in a process of their own (below, the spawn costs
more than it saves)."""
TEXT_COPY_ROWS = 1_000_000
"""Facts up to which the facts table is also written as JSONL and CSV. Those copies take about a kilobyte a fact,
fifty to a hundred times the Parquet file (some 23 GB at 20 million facts, enough to fill the disk the engine spills
to); beyond, only the Parquet file is written, and `python -m analysis facts CORPUS --format jsonl` (or `csv`)
writes a text copy on request."""
ENTITY_ROWS = 2_000
"""Entities formatted at a time: each may list `entities.DOC_IDS_LISTED` articles (the first rows do)."""

WHITESPACE = r"[\t\n\v\f\r\x{1c}-\x{20}\x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}]+"
"""Python's `\\s` (the characters `str.isspace` accepts) as an RE2 class: a variant's runs of white space become
one space, as `facts.entities.entity_table` writes them."""


def _first(column: str) -> str:
    """The value of `column` on an entity's first row in the facts table's order (as `entity_table` reads it)."""
    return f'arg_min({column}, (doc_id, start, "end", k, fact_id)) FILTER (WHERE {column} IS NOT NULL)'


ENTITIES_SQL = f"""
WITH m AS (
  SELECT entity_id, kind, name, text, doc_id, start, "end", fact_id, {", ".join(ATTRIBUTES)},
    coalesce(list_position($kinds, kind), {len(KINDS) + 1}) AS k
  FROM facts WHERE kind IN {tuple(ENTITY_KINDS)!r} AND entity_id IS NOT NULL AND name IS NOT NULL
), forms AS (
  SELECT entity_id, name, count(*) AS n FROM m GROUP BY entity_id, name
), named AS (
  SELECT entity_id,
    arg_min(name, (-n, starts_with(name, 'the ') OR starts_with(name, 'The '), -length(name), name)) AS name
  FROM forms GROUP BY entity_id
), variants AS (
  SELECT entity_id, list_sort(list(DISTINCT v)) AS variants FROM (
    SELECT entity_id, name AS v FROM m
    UNION ALL SELECT entity_id, regexp_replace(text, $ws, ' ', 'g') FROM m WHERE text IS NOT NULL
  ) GROUP BY entity_id
), docs AS (  -- the first articles by doc_id, numbered in the engine (no list of every article is built)
  SELECT entity_id, doc_id, row_number() OVER (PARTITION BY entity_id ORDER BY doc_id) AS r
  FROM (SELECT DISTINCT entity_id, doc_id FROM m)
), listed AS (
  SELECT entity_id, list(doc_id ORDER BY doc_id) FILTER (WHERE r <= $listed) AS doc_ids,
    count(*) AS n_docs
  FROM docs GROUP BY entity_id
), agg AS (
  SELECT entity_id, {_first("kind")} AS kind, count(*) AS mentions,
    {", ".join(f"{_first(a)} AS {a}" for a in ATTRIBUTES)}
  FROM m GROUP BY entity_id
)
SELECT {", ".join(COLUMNS + list(ATTRIBUTES))}
FROM agg JOIN listed USING (entity_id) JOIN named USING (entity_id) JOIN variants USING (entity_id)
ORDER BY n_docs DESC, mentions DESC, py_casefold(name), entity_id
"""
"""`facts.entities.entity_table` in the engine: one row per entity, the same columns, values and ranking."""

ARTICLES_SQL = """
SELECT d.doc_id, d.file, d.title, d.label, d.published, d.publisher, s.strand,
  g.group_id, g.canonical_doc_id AS canonical, g.group_size, coalesce(p.n_facts, 0) AS n_facts
FROM documents d LEFT JOIN strands s USING (doc_id) LEFT JOIN doc_groups g USING (doc_id)
LEFT JOIN (SELECT doc_id, count(*) AS n_facts FROM facts GROUP BY doc_id) p USING (doc_id)
ORDER BY d.doc_id
"""
"""Every article: what it states about itself, its strand and near-duplicate group (needs
`scope.register_articles` and `duplicates.group_duplicates` on the store)."""


def _casefold(store: Store) -> None:
    """`py_casefold(text)` on the store's connection: Python's `str.casefold`, the ranking's tie rule by name."""
    try:
        store.con.create_function("py_casefold", str.casefold, ["VARCHAR"], "VARCHAR")
    except duckdb.CatalogException:  # already there
        pass


def query_chunks(store: Store, sql: str, params: dict | None = None, rows: int = CHUNK_ROWS) -> Iterator[pd.DataFrame]:
    """The rows of a query, `rows` at a time, as DataFrames (lists as Python lists)."""
    import pyarrow as pa

    types = {pa.int64(): pd.Int64Dtype()}
    for batch in store.batches(sql, params, rows):
        df = pa.Table.from_batches([batch]).to_pandas(types_mapper=types.get)
        for col, typ in zip(batch.schema.names, batch.schema.types):
            if pa.types.is_list(typ):
                df[col] = [v.tolist() if hasattr(v, "tolist") else v for v in df[col]]
        yield df


def write_csv(chunks: Iterator[pd.DataFrame], path: Path, columns: list[str], lists: tuple[str, ...] = ()) -> None:
    """CSV of the chunks (header once; list cells as JSON arrays, as `export.csv` writes them)."""
    with open(path, "w", encoding="utf-8", newline="") as f:
        first = True
        for df in chunks:
            text = export.csv(df[columns], lists)
            f.write(text if first else text.split("\n", 1)[1])
            first = False
        if first:
            f.write(export.csv(pd.DataFrame(columns=columns), lists))


def entity_rows(store: Store) -> Iterator[pd.DataFrame]:
    """The entities table (`ENTITIES_SQL`), a chunk at a time."""
    _casefold(store)
    return query_chunks(
        store, ENTITIES_SQL, {"kinds": list(KINDS), "ws": WHITESPACE, "listed": entities.DOC_IDS_LISTED}, ENTITY_ROWS
    )


def _digest(path: Path) -> str:
    return sha256_file(path)


def write_copies(facts: Path, documents_table: Path, stage: Path, text: bool = True) -> dict[str, str]:
    """Write the facts as Parquet (and, with `text`, as JSONL and CSV) and the documents table into the staging
    folder (files only, no store: it may run in a process of its own); returns name -> sha256."""
    out: dict[str, str] = {}
    with publish.staged(stage, FACTS) as path:
        export.copy_parquet(facts, path)
        out[FACTS] = _digest(path)
    with publish.staged(stage, DOCUMENTS) as path:
        export.copy_parquet(documents_table, path, schema=documents.arrow_schema())
        out[DOCUMENTS] = _digest(path)
    if text:
        with publish.staged(stage, JSONL) as jpath, publish.staged(stage, CSV) as cpath:
            export.write_exports(facts, jsonl_to=jpath, csv_to=cpath)
            out[JSONL], out[CSV] = _digest(jpath), _digest(cpath)
    return out


def write_data(tables: Tables, store: Store, stage: Path) -> dict[str, str]:
    """Write every data file into the staging folder; returns name -> sha256. The copies of the facts table are
    written by a process of their own from `PROCESS_ROWS` facts, while this thread asks the store; as JSONL and CSV
    up to `TEXT_COPY_ROWS` facts."""
    n = store.value("SELECT count(*) FROM facts")
    text = n <= TEXT_COPY_ROWS
    pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) if n >= PROCESS_ROWS else None
    try:
        copies = pool.submit(write_copies, tables.facts, tables.documents, stage, text) if pool else None
        out = write_copies(tables.facts, tables.documents, stage, text) if copies is None else {}
        with publish.staged(stage, ENTITIES) as path:
            write_csv(entity_rows(store), path, COLUMNS + list(ATTRIBUTES), ("variants", "doc_ids"))
            out[ENTITIES] = _digest(path)
        with publish.staged(stage, ARTICLES) as path:
            cols = ["doc_id", "file", "title", "label", "published", "publisher", "strand", "group_id", "canonical"]
            cols += ["group_size", "n_facts"]
            write_csv(query_chunks(store, ARTICLES_SQL), path, cols)
            out[ARTICLES] = _digest(path)
        if copies is not None:
            out.update(copies.result())
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
    return dict(sorted(out.items()))
