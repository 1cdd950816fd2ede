"""Report parameters: their types and checks, applied before a build starts and again when a notebook runs.

Which report takes which parameters is said once, in `registry`. An unknown name, a wrong type or an
impossible value raises `ParameterError` naming the parameter and listing the accepted ones.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from analysis.errors import ParameterError
from analysis.ingest.dates import period_bounds

_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


@dataclass(frozen=True)
class Param:
    name: str
    types: tuple[type, ...]
    default: Any
    help: str
    check: Callable[[Any], str | None] | None = None


def _date(v: Any) -> str | None:
    if v in ("", None):
        return None
    if not _DATE.match(str(v)):
        return "must be a date written YYYY, YYYY-MM or YYYY-MM-DD, or empty"
    parts = [int(x) for x in str(v).split("-")]
    if len(parts) > 1 and not 1 <= parts[1] <= 12:
        return "has a month that does not exist"
    if len(parts) > 2 and not 1 <= parts[2] <= calendar.monthrange(parts[0], parts[1])[1]:
        return "has a day that does not exist in that month"
    return None


def _positive(v: Any) -> str | None:
    return None if v >= 1 else "must be 1 or more"


def _focus(v: Any) -> str | None:
    return None if v in ("all", "china_uk", "gba") else "must be one of 'all', 'china_uk', 'gba'"


def _entity_kind(v: Any) -> str | None:
    return (
        None if v in ("organization", "person", "place", "") else "must be 'organization', 'person', 'place' or empty"
    )


COMMON = (
    Param("corpus_dir", (str,), "../seeds", "folder of .txt articles (relative to the notebooks folder)"),
    Param("title", (str,), "", "report title; empty for the report's own"),
    Param("skip_bad", (bool,), False, "leave out unusable articles (listed in the report) instead of stopping"),
    Param(
        "follow_links",
        (bool,),
        False,
        "read article files that are symbolic links to files outside the corpus folder (left out by default: the "
        "reports would publish their text)",
    ),
    Param(
        "date_from", (str,), "", "keep dated facts on or after this date (YYYY[-MM[-DD]]); empty for no limit", _date
    ),
    Param("date_to", (str,), "", "keep dated facts on or before this date (YYYY[-MM[-DD]]); empty for no limit", _date),
    Param(
        "facts_file",
        (str,),
        "",
        "facts to read instead of extracting the corpus: a Parquet file or folder, or "
        "JSONL, written by `python -m analysis facts` for the same corpus; empty to extract (cached)",
    ),
)
TOP_N = Param("top_n", (int,), 10, "how many rows the ranked tables and charts show", _positive)


def focus(default: str) -> Param:
    """The `focus` parameter of a strand report, defaulting to its own strand."""
    return Param("focus", (str,), default, "which articles: 'china_uk', 'gba' or 'all'", _focus)


ENTITY = Param("entity", (str,), "", "entity id or name to profile; empty for the most-mentioned entity")
ENTITY_KIND = Param(
    "entity_kind", (str,), "", "restrict the default choice to 'organization', 'person' or 'place'", _entity_kind
)


def validate(
    report: str, spec: tuple[Param, ...], values: dict[str, Any], *, check_paths: bool = True, base: Path | None = None
) -> dict[str, Any]:
    """All parameters of `report` (declared by `spec`), defaults filled in; ParameterError on the first problem."""
    params = {p.name: p for p in spec}
    accepted = ", ".join(params)
    for name in sorted(values):
        if name not in params:
            raise ParameterError(
                f"unknown parameter {name!r} for report {report}.", where=name, hint=f"Accepted parameters: {accepted}."
            )
    out = {p.name: p.default for p in spec}
    for name, value in values.items():
        p = params[name]
        if type(value) is int and str in p.types and int not in p.types:
            value = str(value)  # `--param date_from=2019` reads 2019 as a number; the parameter is text
        if isinstance(value, bool) and bool not in p.types:
            ok = False
        else:
            ok = isinstance(value, p.types)
        if not ok:
            want = " or ".join(t.__name__ for t in p.types)
            raise ParameterError(
                f"parameter {name!r} must be {want}, got {type(value).__name__} {value!r}.",
                where=name,
                hint=f"{name}: {p.help}.",
            )
        if p.check:
            problem = p.check(value)
            if problem:
                raise ParameterError(
                    f"parameter {name!r} {problem} (got {value!r}).", where=name, hint=f"{name}: {p.help}."
                )
        out[name] = value
    if (
        out.get("date_from")
        and out.get("date_to")
        and period_bounds(out["date_from"])[0] > period_bounds(out["date_to"])[1]
    ):
        raise ParameterError(
            f"date_from {out['date_from']!r} is after date_to {out['date_to']!r}.",
            where="date_from",
            hint="Swap them, or leave one empty.",
        )
    if check_paths:
        corpus = Path(out["corpus_dir"])
        if base is not None and not corpus.is_absolute():
            corpus = base / corpus
        if not out["corpus_dir"]:
            raise ParameterError(
                "parameter 'corpus_dir' is empty.",
                where="corpus_dir",
                hint="Give the folder that holds the .txt articles.",
            )
        if not corpus.is_dir():
            raise ParameterError(
                f"parameter 'corpus_dir' names {out['corpus_dir']!r}, which is not a folder.",
                where="corpus_dir",
                hint="Give the folder that holds the .txt articles.",
            )
        facts = Path(out.get("facts_file") or "")
        if (
            out.get("facts_file")
            and not (base / facts if base is not None and not facts.is_absolute() else facts).exists()
        ):
            raise ParameterError(
                f"parameter 'facts_file' names {out['facts_file']!r}, which does not exist.",
                where="facts_file",
                hint="Write it with `python -m analysis facts DIR --format parquet -o FILE`, or leave it empty.",
            )
    return out
