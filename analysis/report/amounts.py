"""Amounts in a report: figures with their unit, object, place and date, as sentences and tables."""

from __future__ import annotations

from typing import Any

import pandas as pd

from analysis.extract.amounts import currencies
from analysis.report import escape, narrate
from analysis.report.select import by_sentence, distinct, of_kind, position_key, records, sentence_key, text


def amounts(facts: pd.DataFrame) -> list[dict[str, Any]]:
    """Amount facts with a value (each with the one place it is about), and the dates stated in its sentence."""
    rows = [r for r in records(of_kind(facts, "amount")) if r.get("value") is not None]
    dates = by_sentence(facts, "date")
    for r in rows:
        key = sentence_key(r)
        r["_when"] = [text(d.get("date")) for d in dates.get(key, []) if text(d.get("date"))]
    rows.sort(key=position_key)
    return rows


def counts_object(r: dict[str, Any]) -> bool:
    """Whether an amount is a plain count whose object names what is counted ("1,250 nurses")."""
    return (text(r.get("unit")) or "count") == "count" and bool(text(r.get("object")))


def amount_text(r: dict[str, Any], with_object: bool = False) -> str:
    """ "45 million yuan", "from 980 to 120" for a range or change; with_object: "1,250 nurses"."""
    unit = text(r.get("unit")) or "count"
    if with_object and counts_object(r):
        unit = text(r["object"])
    if r.get("value_to") is not None:
        return f"from {narrate.fmt_amount(r['value'], unit)} to {narrate.fmt_amount(r['value_to'], unit)}"
    return narrate.fmt_amount(r["value"], unit)


def amount_rows(report, facts: pd.DataFrame, top_n: int | None = None) -> list[dict[str, Any]]:
    """Table rows of the figures (each distinct figure once), the first `top_n`."""
    rows = distinct(amounts(facts), "value", "value_to", "unit", "object", "place")
    if top_n is not None:
        rows = rows[:top_n]
    out = []
    for r in rows:
        out.append(
            {
                "amount": escape.html(amount_text(r)),
                "unit": escape.html(text(r.get("unit")) or "count"),
                "object": escape.html(text(r.get("object"))) or "—",
                "where": escape.html(text(r.get("place"))) or "—",
                "when": escape.html(narrate.join([narrate.fmt_date(d) for d in sorted(set(r["_when"]))])) or "—",
                "source": report.cite.cite_fact(r),
            }
        )
    return out


AMOUNT_COLUMNS = [
    ("amount", "Amount"),
    ("unit", "Unit"),
    ("object", "What is counted"),
    ("where", "Where"),
    ("when", "When"),
    ("source", "Source"),
]


MONEY_UNITS = currencies()
"""Units that are sums of money (the extraction's currencies)."""
