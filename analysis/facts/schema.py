"""The facts table: one row per extracted fact, with provenance into the original article file.

`SCHEMA` is the documented contract (column, dtype, meaning); `facts_frame` builds a DataFrame that
follows it. Writing it out (JSONL, CSV) is `export`'s job.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass
from typing import Any, Iterable

import pandas as pd

from analysis.extract import KINDS


@dataclass(frozen=True)
class Column:
    name: str
    dtype: str
    meaning: str
    kinds: tuple[str, ...] = ()  # kinds that use the column; empty = every kind


ORG_TYPES = ("university", "hospital", "government", "company", "association", "other")
"""Values of `org_type`, in the order that settles a tie between equally supported types."""
JURISDICTIONS = ("UK", "mainland China", "Hong Kong", "Macao", "other", "unknown")
"""Values of `jurisdiction`, in the order that settles a tie between equally supported places."""


def _either(words: tuple[str, ...]) -> str:
    return ", ".join(words[:-1]) + " or " + words[-1]


SCHEMA: tuple[Column, ...] = (
    Column("fact_id", "string", "Stable id: hash of doc_id, kind, start, end and the fact's key fields."),
    Column("doc_id", "string", "Article file stem (`seeds/000_x.txt` -> `000_x`)."),
    Column("kind", "string", "One of: " + ", ".join(KINDS) + "."),
    Column("text", "string", "Evidence span, exactly `original[start:end]`."),
    Column("start", "int64", "Start offset (code points) into the original file decoded as UTF-8."),
    Column("end", "int64", "End offset (exclusive) into the original file."),
    Column("sentence", "string", "The sentence or passage holding the span (cleaned text)."),
    Column("sentence_start", "int64", "Start of that sentence in the original file."),
    Column("sentence_end", "int64", "End of that sentence in the original file."),
    Column(
        "name",
        "string",
        "Canonical name (organisation long form, person's full name, place name).",
        ("organization", "person", "place"),
    ),
    Column(
        "entity_id",
        "string",
        "Canonical entity across the corpus (see `entities`); a generic name placed by its article "
        "('org:health-bureau@macao') and a namesake at another body ('person:ann-lee@kestrel-biotech') are "
        "entities of their own.",
        ("organization", "person", "place"),
    ),
    Column(
        "org_type",
        "string",
        f"{_either(ORG_TYPES)}; decided once per entity.",
        ("organization",),
    ),
    Column(
        "jurisdiction",
        "string",
        f"Where the body is based (a place: where it lies): {_either(JURISDICTIONS)}; decided once per entity, "
        "except for a generic name ('the Transport Bureau'), decided per article.",
        ("organization", "place"),
    ),
    Column(
        "attribute_evidence",
        "string",
        "The words `org_type` and `jurisdiction` were read from (head word, place, context, owner).",
        ("organization",),
    ),
    Column("role", "string", "Title or position as stated, or null.", ("person",)),
    Column("affiliation", "string", "Organisation the person belongs to, or null.", ("person",)),
    Column(
        "value",
        "float64",
        'The number this span states, after scaling words ("50 million" -> 50000000; in "from 40 to 70" the row of '
        '"40" has 40 and the row of "70" has 70).',
        ("amount",),
    ),
    Column(
        "amount_type",
        "string",
        "What the number is part of: figure (a plain figure), range_low or range_high (a bound of a range, "
        '"between 1,200 and 1,500"; never a change), change_before or change_after (a level before or after a '
        'change, "from 40 to 70", "rose to 70"), change_difference (the size of a change in the unit of its levels, '
        '"up by 42") or change_percent (the relative change, "up 12% year on year").',
        ("amount",),
    ),
    Column(
        "value_from",
        "float64",
        "Range: its low bound; change: the level before, as stated or implied by the stated change "
        '("rose 5% to 210" -> 200). In the row\'s own unit; null for a figure, when not stated or implied, or on a '
        "change_percent row whose levels are in another unit.",
        ("amount",),
    ),
    Column(
        "value_to",
        "float64",
        "Range: its high bound; change: the level after (same unit rule as `value_from`); null for a figure.",
        ("amount",),
    ),
    Column(
        "change_pct",
        "float64",
        'Change: the relative change in percent, as stated ("down 3%" -> -3) or implied by the levels before and '
        "after (from 40 to 70 -> 75); null for a figure, a range, or a change whose size is not known.",
        ("amount",),
    ),
    Column("unit", "string", "count, percent, CNY, USD, GBP, HKD, MOP, EUR, years, months, per_1000, ...", ("amount",)),
    Column("object", "string", "What is counted, in words.", ("amount",)),
    Column("place", "string", "The one place the figure is about, or null.", ("amount",)),
    Column("date", "string", "Absolute date: YYYY, YYYY-MM or YYYY-MM-DD.", ("date",)),
    Column("event", "string", "What happened on that date.", ("date",)),
    Column("speaker", "string", "Full name of who is quoted.", ("quote",)),
    Column("quote", "string", "The quoted words.", ("quote",)),
    Column("parties", "object", "List of organisation names that cooperate.", ("partnership",)),
    Column(
        "party_ids",
        "object",
        "Entity ids of `parties`, in the same order (an organisation's, else a place's named so in the article).",
        ("partnership",),
    ),
    Column("initiative", "string", "Name of the joint project, or null.", ("partnership",)),
    Column(
        "field",
        "string",
        "Main field of the cooperation: education and training, research, clinical services, "
        "trade and investment, policy and governance, public health or other.",
        ("partnership",),
    ),
    Column("theme", "string", "Label from the theme lexicon.", ("theme",)),
    Column("extractor", "string", "Rule that produced the fact (module.rule)."),
)

COLUMNS = tuple(c.name for c in SCHEMA)
_DTYPES = {c.name: c.dtype for c in SCHEMA}
CONTRACT_COMMON = ("doc_id", "kind", "text", "start", "end", "sentence")
CONTRACT_FIELDS = {
    "organization": ("name", "org_type", "jurisdiction"),
    "person": ("name", "role", "affiliation"),
    "place": ("name",),
    "amount": ("value", "unit", "object", "place"),
    "date": ("date", "event"),
    "quote": ("speaker", "quote"),
    "partnership": ("parties", "initiative", "field"),
    "theme": ("theme",),
}
KEY_FIELDS = {
    "organization": ("name",),
    "person": ("name", "role", "affiliation"),
    "place": ("name",),
    "amount": ("value", "unit", "object"),
    "date": ("date", "event"),
    "quote": ("speaker", "quote"),
    "partnership": ("parties", "initiative"),
    "theme": ("theme",),
}
"""The fields a fact's id is computed from: what the article states, not what is decided across the corpus."""


def fact_id(row: dict[str, Any]) -> str:
    """Deterministic id of a fact from its document, kind, span and key fields."""
    key = [row.get("doc_id"), row.get("kind"), row.get("start"), row.get("end")]
    key += [row.get(f) for f in KEY_FIELDS.get(row.get("kind"), ())]
    return hashlib.sha1(json.dumps(key, ensure_ascii=False, default=str).encode()).hexdigest()[:16]


def facts_frame(rows: Iterable[dict[str, Any]]) -> pd.DataFrame:
    """DataFrame with exactly the schema's columns and dtypes, sorted by document, position and kind."""
    rows = [dict(r) for r in rows]
    for r in rows:
        r.setdefault("fact_id", fact_id(r))
    df = pd.DataFrame(rows, columns=list(COLUMNS))
    for name, dtype in _DTYPES.items():
        if dtype == "int64":
            df[name] = pd.array(df[name], dtype="Int64")
        elif dtype == "float64":
            df[name] = pd.to_numeric(df[name], errors="coerce").astype("float64")
        elif dtype == "string":
            df[name] = df[name].astype("string")
        else:  # lists: None where missing, never NaN, so a table reads back equal to itself
            df[name] = [v if isinstance(v, (list, tuple)) or hasattr(v, "tolist") else None for v in df[name]]
    kind_order = {k: i for i, k in enumerate(KINDS)}
    df["_k"] = df["kind"].map(kind_order).fillna(len(KINDS))
    df = df.sort_values(["doc_id", "start", "end", "_k", "fact_id"], kind="mergesort").drop(columns="_k")
    return df.reset_index(drop=True)


def plain(v: Any) -> Any:
    """A cell as a plain Python value: None for a missing one (None, NaN, pd.NA), lists for arrays and tuples,
    Python scalars for numpy ones."""
    if v is None or v is pd.NA:
        return None
    if isinstance(v, float) and math.isnan(v):
        return None
    if isinstance(v, (list, tuple)):
        return list(v)
    if hasattr(v, "tolist") and not isinstance(v, str):
        return v.tolist()
    return v


def schema_markdown() -> str:
    """The schema as a Markdown table (for the README and `python -m analysis schema`)."""
    lines = ["| column | type | kinds | meaning |", "|---|---|---|---|"]
    for c in SCHEMA:
        lines.append(f"| `{c.name}` | {c.dtype} | {', '.join(c.kinds) or 'all'} | {c.meaning} |")
    return "\n".join(lines)
