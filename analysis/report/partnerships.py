"""Partnerships in a report: who cooperates with whom, on which initiative, as rows and tables."""

from __future__ import annotations

from typing import Any

import pandas as pd

from analysis.report import escape, narrate
from analysis.report.select import of_kind, parties_of, position_key, records, text


def partnerships(facts: pd.DataFrame) -> list[dict[str, Any]]:
    """Partnership facts with at least two parties, in article order; `_parties` holds the cleaned names."""
    out = []
    for r in records(of_kind(facts, "partnership")):
        ps = parties_of(r.get("parties"))
        if len(ps) >= 2:
            r["_parties"] = ps
            out.append(r)
    out.sort(key=position_key)
    return out


def partnership_rows(report, facts: pd.DataFrame, top_n: int | None = None) -> list[dict[str, Any]]:
    """Every partnership (or the first `top_n`) in article order: partners, initiative, article, source."""
    out = []
    for r in partnerships(facts)[:top_n]:
        out.append(
            {
                "parties": escape.html(narrate.join(r["_parties"])),
                "initiative": escape.html(text(r.get("initiative"))) or "—",
                "doc_id": f"<code>{escape.html(r['doc_id'])}</code>",
                "source": report.cite.cite_fact(r),
            }
        )
    return out


PARTNERSHIP_COLUMNS = [
    ("parties", "Partners"),
    ("initiative", "Initiative"),
    ("doc_id", "Article"),
    ("source", "Source"),
]
