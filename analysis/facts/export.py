"""The facts table and the entities table as files: JSONL (the evaluation contract) and CSV.

Written in one place so the command line and the build produce the same bytes.
"""

from __future__ import annotations

import json
from typing import Any

import pandas as pd

from analysis.facts.schema import COLUMNS, CONTRACT_COMMON, CONTRACT_FIELDS, plain


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


def csv(df: pd.DataFrame, list_columns: tuple[str, ...] = ("parties",)) -> str:
    """The table as CSV; list cells written as JSON arrays."""
    return _json_lists(df, list_columns).to_csv(index=False, lineterminator="\n")
