"""Organisations, people and places in a report, in the facts table's one ranking, as sentences and tables."""

from __future__ import annotations

from typing import Any

import pandas as pd

from analysis.facts.entities import display_name, rank_key
from analysis.report import escape, narrate
from analysis.report.select import of_kind, position_key, records, text


def entity_counts(facts: pd.DataFrame, kind: str) -> list[dict[str, Any]]:
    """One row per entity of `kind`: key, display name, variants, articles, mentions and its fact rows,
    in the facts table's ranking (see `analysis.facts.entities`)."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for r in records(of_kind(facts, kind)):
        if not text(r.get("name")):
            continue
        groups.setdefault(text(r.get("entity_id")) or text(r.get("name")).lower(), []).append(r)
    out = []
    for key, rows in groups.items():
        rows.sort(key=position_key)
        names = [text(r["name"]) for r in rows]
        docs = sorted({r["doc_id"] for r in rows})
        out.append(
            {
                "key": key,
                "name": display_name(names),
                "variants": sorted(set(names)),
                "n_docs": len(docs),
                "doc_ids": docs,
                "mentions": len(rows),
                "rows": rows,
            }
        )
    out.sort(key=lambda e: rank_key(e["n_docs"], e["mentions"], e["name"], e["key"]))
    return out


def entity_rows(report, facts: pd.DataFrame, kind: str, top_n: int) -> list[dict[str, Any]]:
    """Table rows for the top entities of a kind: name, other forms, articles, mentions, sources."""
    out = []
    for e in entity_counts(facts, kind)[:top_n]:
        others = [v for v in e["variants"] if v != e["name"]]
        out.append(
            {
                "name": escape.html(e["name"]),
                "variants": escape.html("; ".join(others)) or "—",
                "n_docs": narrate.fmt_number(e["n_docs"]),
                "mentions": narrate.fmt_number(e["mentions"]),
                "source": report.cite.cite_facts(e["rows"], limit=1),
            }
        )
    return out


ENTITY_COLUMNS = [
    ("name", "Name"),
    ("variants", "Other forms"),
    ("n_docs", "Articles"),
    ("mentions", "Mentions"),
    ("source", "Source"),
]
