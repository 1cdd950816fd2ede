"""The facts table and the entities table as files: JSONL (the evaluation contract), CSV and Parquet.

Written in one place so the command line and the build produce the same bytes; each format can be written
batch after batch (`open_sink`), so a corpus of any size is written without holding its facts.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any, Iterator

import pandas as pd

from analysis.errors import AnalysisError
from analysis.facts import documents
from analysis.facts.paths import documents_path, parquet_parts
from analysis.facts.schema import COLUMNS, CONTRACT_COMMON, CONTRACT_FIELDS, SCHEMA, facts_frame, plain

FORMATS = ("jsonl", "csv", "parquet")


def _json_value(v: Any) -> Any:
    """A plain value for JSON: whole floats written as integers ("3.0" -> 3)."""
    v = plain(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 2**53:
        return int(v)
    return v


def to_records(df: pd.DataFrame) -> list[dict[str, Any]]:
    """Contract records: common fields, the kind's fields, then the remaining non-null columns."""
    out = []
    for row in df.to_dict(orient="records"):
        rec = {k: _json_value(row[k]) for k in CONTRACT_COMMON}
        for f in CONTRACT_FIELDS[row["kind"]]:
            rec[f] = _json_value(row.get(f))
        for k in COLUMNS:
            if k not in rec:
                v = _json_value(row.get(k))
                if v is not None:
                    rec[k] = v
        out.append(rec)
    return out


def jsonl(df: pd.DataFrame) -> str:
    """One JSON object per line, one line per fact, in the table's order."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in to_records(df))


def _json_lists(df: pd.DataFrame, columns: tuple[str, ...]) -> pd.DataFrame:
    out = df.copy()
    for col in columns:
        if col in out:
            out[col] = out[col].map(
                lambda v: json.dumps(list(v), ensure_ascii=False) if isinstance(v, (list, tuple)) else v
            )
    return out


def csv(df: pd.DataFrame, list_columns: tuple[str, ...] = ("parties", "party_ids")) -> str:
    """The table as CSV; list cells written as JSON arrays."""
    return _json_lists(df, list_columns).to_csv(index=False, lineterminator="\n")


# -- Parquet: the schema's types, written and read back ------------------------------------------------------

ROW_GROUP = 50_000
"""Facts per Parquet row group (and `FILE_ROWS` per file of a dataset): fixed, so the bytes do not depend on
the batch size the facts were extracted in."""
FILE_ROWS = 1_000_000
EXPORT_ROWS = 10_000
"""Facts turned into Python values at a time when JSONL and CSV are written from Parquet (`write_exports`): a
few tens of MB, whatever the table's size (the bytes do not depend on it)."""
_ARROW = {"string": "string", "int64": "int64", "float64": "float64", "object": "list<string>"}


def arrow_schema():
    """The facts schema as a pyarrow schema: strings, 64-bit integers and floats, `parties` a list of strings."""
    import pyarrow as pa

    types = {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64(), "object": pa.list_(pa.string())}
    return pa.schema([pa.field(c.name, types[c.dtype]) for c in SCHEMA])


def parquet_bytes(df: pd.DataFrame) -> bytes:
    """The table as one Parquet file in memory (for small tables, e.g. beside the reports)."""
    import pyarrow as pa

    sink = pa.BufferOutputStream()
    with ParquetSink(sink) as out:
        out.write(df)
    return sink.getvalue().to_pybytes()


class ParquetSink:
    """Writes a table batch after batch into one Parquet file (or a stream), in row groups of `ROW_GROUP` rows:
    the facts by default, or another table given its pyarrow schema. Rows waiting for their row group are kept
    as Arrow columns (a few dozen bytes a fact), not as Python objects."""

    def __init__(self, where, file_rows: int | None = None, schema=None):
        import pyarrow as pa

        self.where = where
        self.file_rows = file_rows
        self.schema = schema if schema is not None else arrow_schema()
        self._names = list(self.schema.names)
        self._pa = pa
        self._pending: list[Any] = []
        self._waiting = 0
        self._writer = None
        self.rows = 0

    def write(self, df: pd.DataFrame) -> None:
        """Append the rows of a DataFrame with the schema's columns."""
        columns = {c: [plain(v) for v in df[c]] for c in self._names}
        self.write_arrow(self._pa.Table.from_pydict(columns, schema=self.schema))

    def write_arrow(self, table) -> None:
        """Append the rows of an Arrow table with the schema's columns and types."""
        if table.num_rows == 0:
            return
        self._pending.append(table.select(self._names))
        self._waiting += table.num_rows
        while self._waiting >= ROW_GROUP:
            self._flush(ROW_GROUP)

    def _flush(self, n: int) -> None:
        import pyarrow.parquet as pq

        waiting = self._pa.concat_tables(self._pending) if self._pending else self.schema.empty_table()
        part, rest = waiting.slice(0, n), waiting.slice(n)
        self._pending, self._waiting = ([rest] if rest.num_rows else []), rest.num_rows
        if self._writer is None:
            self._writer = pq.ParquetWriter(self.where, self.schema)
        self._writer.write_table(part.combine_chunks(), row_group_size=ROW_GROUP)
        self.rows += n

    def close(self) -> None:
        if self._waiting or self._writer is None:
            self._flush(self._waiting)
        self._writer.close()

    def __enter__(self) -> ParquetSink:
        return self

    def __exit__(self, exc_type, *exc) -> None:
        if exc_type is None:
            self.close()


def read_facts(path: str | os.PathLike) -> pd.DataFrame:
    """A facts table written by `python -m analysis facts` (Parquet file or dataset folder, or JSONL), with the
    schema's dtypes: the same DataFrame `facts_frame` gives."""
    path = Path(path)
    if path.is_dir() or path.suffix.lower() in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        files = parquet_parts(path)
        try:
            rows = [r for f in files for r in pq.read_table(f, schema=arrow_schema()).to_pylist()]
        except (OSError, ValueError) as exc:
            raise AnalysisError(
                f"the facts file cannot be read as Parquet ({exc}).",
                where=str(path),
                hint="Write it again with `python -m analysis facts DIR --format parquet -o FILE`.",
            ) from None
    else:
        try:
            rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        except (OSError, ValueError) as exc:
            raise AnalysisError(
                f"the facts file cannot be read as JSONL ({exc}).",
                where=str(path),
                hint="Pass a .parquet file or folder, or a .jsonl file written by `python -m analysis facts`.",
            ) from None
    return facts_frame(rows)


def arrow_batches(path: str | os.PathLike, rows: int | None = None, schema=None) -> Iterator[Any]:
    """The rows of a Parquet file or dataset folder as Arrow tables of at most `rows` rows (default `ROW_GROUP`),
    in file order, with the facts schema (or `schema`): a table of any size read with one batch in memory."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = schema if schema is not None else arrow_schema()
    for part in parquet_parts(path):
        try:
            batches = pq.ParquetFile(part).iter_batches(batch_size=rows or ROW_GROUP, columns=schema.names)
            for batch in batches:
                yield pa.Table.from_batches([batch]).cast(schema)
        except (OSError, ValueError, pa.ArrowException) as exc:
            raise AnalysisError(
                f"the facts file cannot be read as Parquet ({exc}).",
                where=str(part),
                hint="Write it again with `python -m analysis facts DIR --format parquet -o FILE`.",
            ) from None


def frame_of(table) -> pd.DataFrame:
    """An Arrow table of facts as the DataFrame `facts_frame` gives for the same rows, in the table's order."""
    import pyarrow as pa

    types = {pa.string(): pd.StringDtype(), pa.int64(): pd.Int64Dtype()}
    df = table.select(list(COLUMNS)).to_pandas(types_mapper=types.get)
    for c in SCHEMA:
        if c.dtype == "object":
            df[c.name] = [v.tolist() if hasattr(v, "tolist") else v for v in df[c.name]]
    return df


def _json_float(v: float | None) -> float | int | None:
    """`_json_value` of a float cell: None for a missing one, a whole number as an integer."""
    if v is None or v != v:
        return None
    return int(v) if v.is_integer() and abs(v) < 2**53 else v


def _plain_columns(table) -> dict[str, list]:
    """The facts columns of an Arrow table as lists of the values `_json_value` gives (strings, integers and lists
    come out of Arrow plain already; only floats are converted), one list per column."""
    floats = {c.name for c in SCHEMA if c.dtype == "float64"}
    cols = {}
    for name in COLUMNS:
        values = table.column(name).to_pylist()
        cols[name] = [_json_float(v) for v in values] if name in floats else values
    return cols


_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


def jsonl_of(table) -> str:
    """`jsonl` of an Arrow table of facts, without going through pandas (the same bytes, faster): each kind's keys
    (common fields, its fields, then the other columns when not null) worked out once, not for every fact."""
    cols = _plain_columns(table)
    rows = list(zip(*(cols[k] for k in COLUMNS))) if table.num_rows else []
    at = {k: i for i, k in enumerate(COLUMNS)}
    layout: dict[str, tuple[list, list]] = {}
    lines = []
    for row in rows:
        kind = row[at["kind"]]
        if kind not in layout:
            fixed = [*CONTRACT_COMMON, *CONTRACT_FIELDS[kind]]
            layout[kind] = ([(k, at[k]) for k in fixed], [(k, at[k]) for k in COLUMNS if k not in fixed])
        fixed, rest = layout[kind]
        rec = {k: row[i] for k, i in fixed}
        for k, i in rest:
            if row[i] is not None:
                rec[k] = row[i]
        lines.append(_ENCODE(rec) + "\n")
    return "".join(lines)


def csv_of(table) -> str:
    """`csv(frame_of(table))` without going through pandas (the same bytes, faster): pandas writes a float as
    `repr` gives it, an integer as digits, a missing cell as nothing, with the `csv` module's minimal quoting."""
    import csv as csvmod

    cols = {name: table.column(name).to_pylist() for name in COLUMNS}
    lists = ("parties", "party_ids")
    for name in lists:
        cols[name] = [json.dumps(list(v), ensure_ascii=False) if v is not None else None for v in cols[name]]
    for c in SCHEMA:
        if c.dtype == "float64":
            cols[c.name] = [None if v is None or v != v else repr(v) for v in cols[c.name]]
    out = io.StringIO()
    writer = csvmod.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(zip(*(cols[k] for k in COLUMNS)))
    return out.getvalue()


def write_exports(path: str | os.PathLike, *, jsonl_to: Path | None = None, csv_to: Path | None = None) -> int:
    """Write the facts of a Parquet file or dataset folder as JSONL and CSV files, one batch at a time: the bytes
    `jsonl` and `csv` give for the whole table. Returns the number of facts."""
    n = 0
    with open(jsonl_to or os.devnull, "w", encoding="utf-8", newline="") as fj:
        with open(csv_to or os.devnull, "w", encoding="utf-8", newline="") as fc:
            for table in arrow_batches(path, EXPORT_ROWS):
                if jsonl_to is not None:
                    fj.write(jsonl_of(table))
                if csv_to is not None:
                    text = csv_of(table)
                    fc.write(text if n == 0 else text.split("\n", 1)[1])
                n += table.num_rows
            if n == 0 and csv_to is not None:
                fc.write(csv(facts_frame([])))
    return n


def copy_parquet(src: str | os.PathLike, dst: str | os.PathLike, schema=None) -> int:
    """One Parquet file at `dst` with the rows of the file or dataset folder `src`, in row groups of `ROW_GROUP`:
    a file written by `ParquetSink` is copied byte for byte, a dataset's parts are joined. Returns the rows."""
    src = Path(src)
    if src.is_file():
        import pyarrow.parquet as pq

        shutil.copyfile(src, dst)
        return pq.ParquetFile(dst).metadata.num_rows
    with ParquetSink(str(dst), schema=schema) as sink:
        for table in arrow_batches(src, schema=schema):
            sink.write_arrow(table)
    return sink.rows


class _Dataset:
    """A folder of Parquet files `part-00000.parquet`, ... of `FILE_ROWS` facts each."""

    def __init__(self, folder: Path):
        self.folder = folder
        self._part: ParquetSink | None = None
        self._index = 0
        self._in_part = 0

    def write(self, df: pd.DataFrame) -> None:
        while True:
            if self._part is None:
                self._part = ParquetSink(str(self.folder / f"part-{self._index:05d}.parquet"))
            room = FILE_ROWS - self._in_part
            self._part.write(df.iloc[:room])
            self._in_part += min(room, len(df))
            df = df.iloc[room:]
            if self._in_part < FILE_ROWS:
                return
            self._part.close()
            self._part, self._index, self._in_part = None, self._index + 1, 0
            if df.empty:
                return

    def close(self) -> None:
        if self._part is not None or self._index == 0:
            (self._part or ParquetSink(str(self.folder / "part-00000.parquet"))).close()


class FactsSink:
    """Facts written batch after batch as JSONL, CSV or Parquet, to standard output or to a file (or, for Parquet,
    a dataset folder) that appears only when complete: an error or interrupt leaves the old file as it was."""

    def __init__(self, fmt: str, output: str | os.PathLike | None):
        self.fmt = fmt
        self.facts = 0
        self.target = None if output in (None, "-") else Path(output)
        folder = self.target is not None and (str(output).endswith(("/", os.sep)) or self.target.is_dir())
        dataset = fmt == "parquet" and folder
        if self.target is None and fmt == "parquet":
            raise AnalysisError(
                "Parquet facts cannot be written to standard output.",
                where="--format parquet",
                hint="Pass -o FILE.parquet for one file, or -o FOLDER/ for a dataset of part files.",
            )
        self._tmp: Path | None = None
        self._fh = None
        self._header_written = False
        if self.target is not None:
            parent = self.target.parent
            parent.mkdir(parents=True, exist_ok=True)
            if dataset:
                self._tmp = Path(tempfile.mkdtemp(prefix=f".{self.target.name}.", suffix=".tmp", dir=parent))
            else:
                fd, tmp = tempfile.mkstemp(prefix=f".{self.target.name}.", suffix=".tmp", dir=parent)
                os.close(fd)
                self._tmp = Path(tmp)
        self._docs: ParquetSink | None = None
        self._docs_tmp: Path | None = None
        if fmt == "parquet":
            self._out = _Dataset(self._tmp) if dataset else ParquetSink(str(self._tmp))
            target = documents_path(self.target)
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
            os.close(fd)
            self._docs_tmp = Path(tmp)
            self._docs = ParquetSink(str(self._docs_tmp), schema=documents.arrow_schema())
        elif self._tmp is not None:
            self._fh = open(self._tmp, "w", encoding="utf-8", newline="")
        else:
            self._fh = sys.stdout

    def write(self, df: pd.DataFrame) -> None:
        if self.fmt == "parquet":
            self._out.write(df)
        elif self.fmt == "jsonl":
            self._fh.write(jsonl(df))
        else:
            text = csv(df)
            self._fh.write(text.split("\n", 1)[1] if self._header_written else text)
            self._header_written = True
        self.facts += len(df)

    def write_documents(self, df: pd.DataFrame) -> None:
        """Rows of the documents table (Parquet output only: written beside the facts, see `documents_path`)."""
        if self._docs is not None:
            self._docs.write(df)

    def commit(self) -> None:
        if self._docs is not None:
            self._docs.close()
            os.chmod(self._docs_tmp, 0o644)
            os.replace(self._docs_tmp, documents_path(self.target))
            self._docs, self._docs_tmp = None, None
        if self.fmt == "parquet":
            self._out.close()
        elif self._fh is not sys.stdout:
            self._fh.close()
        else:
            self._fh.flush()
        if self._tmp is None:
            return
        os.chmod(self._tmp, 0o755 if self._tmp.is_dir() else 0o644)
        if self._tmp.is_dir() and self.target.exists():
            old = self.target.with_name(f".{self.target.name}.old")
            shutil.rmtree(old, ignore_errors=True)
            os.replace(self.target, old)
            os.replace(self._tmp, self.target)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(self._tmp, self.target)
        self._tmp = None

    def abort(self) -> None:
        if self._docs_tmp is not None:
            self._docs_tmp.unlink(missing_ok=True)
            self._docs, self._docs_tmp = None, None
        if self._fh is not None and self._fh is not sys.stdout:
            self._fh.close()
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True) if self._tmp.is_dir() else self._tmp.unlink(missing_ok=True)
            self._tmp = None

    def __enter__(self) -> FactsSink:
        return self

    def __exit__(self, exc_type, *exc) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.abort()
