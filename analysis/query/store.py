"""The facts store: one DuckDB connection with the facts (and, when given, the documents) as views over
Parquet files or datasets, and the one way to ask it for rows.

Every query names its columns and orders its rows completely (ties included), so answers are deterministic
however many threads the engine uses.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import weakref
from pathlib import Path
from typing import Any, Iterator, Mapping, Sequence

import duckdb
import pandas as pd

from analysis.facts.documents import SCHEMA as DOC_SCHEMA

_SQL_TYPES = {"string": "VARCHAR", "int64": "BIGINT", "object": "BIGINT[]"}
"""The engine's type of each dtype of the documents schema."""
THREADS = 1
"""Threads of each store's engine: a build runs its reports' kernels side by side, one per core, and an
operator's memory grows with its threads (at 5 million facts and half the limit, a report's tables were made
with one thread and not with two)."""
MEMORY_LIMIT = "512MB"
"""Most memory the engine holds before it spills to disk: the coordinator's and each kernel's memory stays flat
with the corpus (the engine reaches its limit at a few million facts and spills beyond)."""


PACKED = "packed"
"""The store's in-memory database of compressed tables (`Store.pack`)."""
STREAM_ROWS = 50_000
"""Rows of a query read into Python at a time where rows are decided in Python (`Store.stream`)."""


def literal(text: str) -> str:
    """A SQL string literal for `text`, for the patterns and names written into a query: "it's" -> 'it''s'."""
    return "'" + text.replace("'", "''") + "'"


MARK = "\ue000"
"""A character no article contains (Unicode private use), standing for a fact's own words in `marked`."""


def span_gap(a_start: str, a_end: str, b_start: str, b_end: str) -> str:
    """SQL: characters between two spans of one text (columns or expressions), 0 when they touch or overlap; what
    "nearest" means for a date or a sum and the statements of its sentence."""
    return f"greatest({b_start} - {a_end}, {a_start} - {b_end}, 0)"


def marked(sentence: str, text: str, fold: bool = False) -> str:
    """SQL: `sentence` with each occurrence of `text` (columns or expressions) replaced by `MARK`, both lower-cased
    when `fold` (for a case-insensitive pattern). What stands around a fact's words is then asked with one constant
    pattern, compiled once ("by 2030" is `by MARK` in "by MARK, clinics will..."), not with a pattern made of each
    row's text, which the engine compiles again for every row."""
    if fold:
        sentence, text = f"lower({sentence})", f"lower({text})"
    return f"replace({sentence}, {text}, '{MARK}')"


_CTE = re.compile(r"\s*(?:--[^\n]*\n\s*)*(\w+)\s+AS\s+(?:(?:NOT\s+)?MATERIALIZED\s+)?\(", re.I)
_TOKEN = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|--[^\n]*|[(),]")
"""A SQL string or quoted name, a comment, a bracket or a comma: what decides where a WITH clause ends."""


def with_steps(sql: str) -> tuple[list[tuple[str, str]], str]:
    """The WITH clauses of a query as (name, query) in order, and the final query: "WITH a AS (SELECT 1 AS x), b AS
    (SELECT x FROM a) SELECT * FROM b" -> [("a", "SELECT 1 AS x"), ("b", "SELECT x FROM a")], "SELECT * FROM b".
    Brackets inside strings and comments do not count; a query without WITH is its own final query."""
    head = re.match(r"\s*WITH\s+", sql, re.I)
    if not head or re.match(r"RECURSIVE\b", sql[head.end() :], re.I):
        return [], sql
    steps, pos = [], head.end()
    while m := _CTE.match(sql, pos):
        depth, end = 1, None
        for t in _TOKEN.finditer(sql, m.end()):
            depth += {"(": 1, ")": -1}.get(t.group(), 0)
            if depth == 0:
                end = t.start()
                break
        if end is None:
            raise ValueError(f"unbalanced brackets in the WITH clause {m.group(1)!r}")
        steps.append((m.group(1), sql[m.end() : end].strip()))
        rest = re.match(r"\s*(?:--[^\n]*\n\s*)*,", sql[end + 1 :])
        if not rest:
            return steps, sql[end + 1 :].strip()
        pos = end + 1 + rest.end()
    raise ValueError("a WITH clause without a name and a bracketed query")


def _parquet_source(path: str | os.PathLike) -> str:
    """A `read_parquet` argument for a file, or for every `.parquet` file under a dataset folder."""
    p = Path(path)
    return literal(str(p / "**" / "*.parquet") if p.is_dir() else str(p))


def _named_in(query: str, params: Mapping[str, Any]) -> dict[str, Any]:
    """The named parameters (`$name`) a query uses, of `params`."""
    return {k: v for k, v in params.items() if re.search(rf"\${re.escape(k)}\b", query)}


def _params(params: Sequence[Any] | Mapping[str, Any]) -> list[Any] | dict[str, Any]:
    """Positional (`?`) or named (`$name`) parameters as DuckDB takes them."""
    return dict(params) if isinstance(params, Mapping) else list(params)


class Store:
    """Views `facts` and `documents` over Parquet, in an in-memory database that spills to `temp_dir` (else to a
    temporary folder removed on `close`)."""

    def __init__(
        self,
        facts: str | os.PathLike,
        documents: str | os.PathLike | None = None,
        *,
        threads: int = THREADS,
        memory_limit: str = MEMORY_LIMIT,
        temp_dir: str | os.PathLike | None = None,
    ):
        # spills go to a folder of this store's own unless one is given: DuckDB's default is `.tmp` in the
        # working directory, which is `notebooks/` for a report's kernel
        self._own_temp = tempfile.mkdtemp(prefix="analysis-store-") if temp_dir is None else None
        config = {"threads": threads, "memory_limit": memory_limit, "temp_directory": str(temp_dir or self._own_temp)}
        self.con = duckdb.connect(":memory:", config=config)
        # removed on `close`, else when the store is collected or the process ends (a kernel never closes its own)
        self._cleanup = weakref.finalize(self, shutil.rmtree, self._own_temp, True) if self._own_temp else None
        self.con.execute(f"CREATE VIEW facts AS SELECT * FROM read_parquet({_parquet_source(facts)})")
        if documents is not None:
            source = f"read_parquet({_parquet_source(documents)})"
            have = {r[0] for r in self.con.execute(f"DESCRIBE SELECT * FROM {source}").fetchall()}
            # a documents table written before a column was added has it as null (`facts.documents.SCHEMA`)
            added = "".join(f", NULL::{_SQL_TYPES[c.dtype]} AS {c.name}" for c in DOC_SCHEMA if c.name not in have)
            self.con.execute(f"CREATE VIEW documents AS SELECT *{added} FROM {source}")

    def frame(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> pd.DataFrame:
        """The rows of one query as a DataFrame (for bounded results: the query limits them)."""
        return self.con.execute(sql, _params(params)).df()

    def rows(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> list[dict[str, Any]]:
        """The rows of one query as dicts of plain Python values. A query with named parameters runs its WITH clauses
        as steps (`steps`), as `create` does, unless a clause is named as a table of the store."""
        if isinstance(params, Mapping) or not params:
            named = dict(params or {})
            steps, final = with_steps(sql)
            if steps and not ({name for name, _ in steps} & self._names()):
                made = self._make_steps(steps, named)
                try:
                    return self.rows(final, _named_in(final, named))
                finally:
                    self._drop_steps(made)
        cur = self.con.execute(sql, _params(params))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r)) for r in cur.fetchall()]

    def _names(self) -> set[str]:
        """The store's tables and views."""
        views = self.con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()
        return self.tables() | {r[0] for r in views}

    def _make_steps(self, steps: list[tuple[str, str]], params: Mapping[str, Any]) -> list[str]:
        """Each WITH clause made a temporary table, in order; the names made (all of them dropped on a failure)."""
        made: list[str] = []
        try:
            for name, query in steps:
                self.con.execute(f"CREATE TEMP TABLE {name} AS {query}", _named_in(query, params))
                made.append(name)
        except BaseException:
            self._drop_steps(made)
            raise
        return made

    def _drop_steps(self, made: list[str]) -> None:
        for name in reversed(made):
            self.con.execute(f"DROP TABLE IF EXISTS {name}")

    def batches(self, sql: str, params: Mapping[str, Any] | None = None, rows: int | None = None) -> Iterator[Any]:
        """The result of one query as Arrow record batches of at most `rows` (`STREAM_ROWS`) rows: the one chunked
        reader, so a corpus's rows are never all in Python at once (`stream`, the data files, the article pages and
        the near-duplicate links read through it)."""
        yield from self.con.sql(sql, params=dict(params or {})).to_arrow_reader(rows or STREAM_ROWS)

    def stream(self, sql: str, params: Mapping[str, Any] | None = None) -> Iterator[tuple]:
        """The rows of one query as tuples, `STREAM_ROWS` at a time (for rows the code decides on one by one,
        however many there are)."""
        for batch in self.batches(sql, params):
            yield from zip(*(c.to_pylist() for c in batch.columns))

    def tables(self, temporary: bool = False) -> set[str]:
        """Names of the store's tables (only those it made for itself with `temporary`: temporary and packed ones),
        to ask whether a step that makes a table has run: `"doc_groups" in store.tables()`."""
        where = f" WHERE temporary OR database_name = '{PACKED}'" if temporary else ""
        return {r[0] for r in self.con.execute(f"SELECT table_name FROM duckdb_tables(){where}").fetchall()}

    def _packed(self) -> set[str]:
        rows = self.con.execute("SELECT table_name FROM duckdb_tables() WHERE database_name = ?", [PACKED]).fetchall()
        return {r[0] for r in rows}

    def drop_tables(self, names: set[str]) -> None:
        """Drop the tables `names` (in name order), a packed one with the view naming it, freeing what the engine
        spilled of them."""
        packed = self._packed()
        for name in sorted(names):
            if name in packed:
                self.con.execute(f'DROP VIEW IF EXISTS "{name}"')
                self.con.execute(f'DROP TABLE IF EXISTS {PACKED}."{name}"')
            else:
                self.con.execute(f'DROP TABLE IF EXISTS "{name}"')

    def value(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> Any:
        """The single value of a one-row, one-column query."""
        rows = self.con.execute(sql, _params(params)).fetchall()  # fetched whole: no result stays open
        return rows[0][0] if rows else None

    def create(self, table: str, sql: str, params: Mapping[str, Any] | None = None) -> None:
        """`CREATE OR REPLACE TEMP TABLE table AS sql`, each WITH clause of `sql` made a temporary table first (and
        dropped after): the engine then holds one step's joins at a time and spills the rest to disk, where one
        statement of many joins over the same clauses runs out of its memory limit at tens of millions of facts.
        Parameters are named (`$name`); each step is given those it names."""
        steps, final = with_steps(sql)
        params = dict(params or {})
        clash = sorted({name for name, _ in steps} & self._names())
        if clash:
            raise ValueError(f"WITH clauses named as tables of the store: {', '.join(clash)}")
        if table in self._packed():  # made again (a second registration): the packed one and its view go first
            self.drop_tables({table})
        made = self._make_steps(steps, params)
        try:
            self.con.execute(f"CREATE OR REPLACE TEMP TABLE {table} AS {final}", _named_in(final, params))
        finally:
            self._drop_steps(made)

    def pack(self, table: str, sql: str) -> None:
        """Table `table` made by `sql` and held compressed (the engine's dictionary and string compression, in an
        in-memory database of the store's own, `PACKED`), named by a view: a copy of many facts with their sentences
        (a sentence repeated for every fact it states) takes a fraction of the memory and of the spill a temporary
        table takes, and is read as a table is."""
        self.con.execute(f"ATTACH IF NOT EXISTS ':memory:' AS {PACKED} (COMPRESS)")
        self.con.execute(f"CREATE OR REPLACE TABLE {PACKED}.{table} AS {sql}")
        self.con.execute(f"CHECKPOINT {PACKED}")  # compressed when written out of the write buffer
        self.con.execute(f"CREATE OR REPLACE TEMP VIEW {table} AS SELECT * FROM {PACKED}.{table}")

    def pack_made(self, table: str) -> None:
        """The temporary table `table`, once made and altered, held compressed as `pack` holds a new one."""
        made = f"{table}__made"
        self.con.execute(f"ALTER TABLE {table} RENAME TO {made}")
        self.pack(table, f"SELECT * FROM {made}")
        self.con.execute(f"DROP TABLE {made}")

    @staticmethod
    def of_ids(table: str, columns: str = "*") -> str:
        """SQL: the `columns` of the rows of `table` whose `fact_id` is in the list parameter `$ids`, found by a
        semi-join on the ids unnested once (a list tested against every row costs rows × ids, and the ids a report
        has shown grow with its tables)."""
        return f"(SELECT {columns} FROM {table} SEMI JOIN (SELECT unnest($ids::VARCHAR[]) AS fact_id) USING (fact_id))"

    def sentences_of(self, table: str, fact_ids: Sequence[str]) -> None:
        """Temporary table `table(doc_id, sentence_start)`: the sentences of the facts `fact_ids` of `scoped`
        (`of_ids`)."""
        self.con.execute(
            f"""CREATE OR REPLACE TEMP TABLE {table} AS SELECT DISTINCT doc_id, sentence_start
            FROM {self.of_ids("scoped", "doc_id, sentence_start")}""",
            {"ids": list(fact_ids)},
        )

    def close(self) -> None:
        self.con.close()
        if self._cleanup is not None:
            self._cleanup()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
