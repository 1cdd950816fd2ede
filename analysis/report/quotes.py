"""Quotes in a report: who said what, as a sentence and a table."""

from __future__ import annotations

from typing import Any

import pandas as pd

from analysis.report import escape, narrate
from analysis.report.select import distinct, of_kind, position_key, records, text


def quotes(facts: pd.DataFrame) -> list[dict[str, Any]]:
    """Quote facts with their words, in article order."""
    rows = [r for r in records(of_kind(facts, "quote")) if text(r.get("quote"))]
    rows.sort(key=position_key)
    return rows


def quote_rows(report, facts: pd.DataFrame, top_n: int | None = None) -> list[dict[str, Any]]:
    """Every quote (or the first `top_n`) in article order: speaker, words, article, source."""
    out = []
    for r in distinct(quotes(facts), "speaker", "quote")[:top_n]:
        out.append(
            {
                "speaker": escape.html(text(r.get("speaker")) or "unnamed speaker"),
                "quote": "“" + escape.html(narrate.shorten(text(r["quote"]), 200)) + "”",
                "doc_id": f"<code>{escape.html(r['doc_id'])}</code>",
                "source": report.cite.cite_fact(r),
            }
        )
    return out


QUOTE_COLUMNS = [("speaker", "Speaker"), ("quote", "Quote"), ("doc_id", "Article"), ("source", "Source")]


def quotes_frame(facts: pd.DataFrame) -> pd.DataFrame:
    """Every quote with its speaker and article (for the full CSV)."""
    return pd.DataFrame(
        [
            {"speaker": text(r.get("speaker")), "quote": text(r.get("quote")), "doc_id": r["doc_id"]}
            for r in quotes(facts)
        ],
        columns=["speaker", "quote", "doc_id"],
    )
