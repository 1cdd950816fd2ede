"""Amounts in a report: figures with their unit, object, place and date, as sentences and tables."""

from __future__ import annotations

from typing import Any

import pandas as pd

from analysis.extract.amounts import currencies
from analysis.facts.schema import plain
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


def _number(v: Any) -> float | None:
    v = plain(v)
    return None if v is None else float(v)


def levels(r: dict[str, Any]) -> tuple[float, float] | None:
    """(low, high) of a range or (before, after) of a change when the fact states both (`value_from`,
    `value_to`; facts without `amount_type` read `value` and `value_to`), else None."""
    if not text(r.get("amount_type")):
        a, b = _number(r.get("value")), _number(r.get("value_to"))
    else:
        a, b = _number(r.get("value_from")), _number(r.get("value_to"))
    return (a, b) if a is not None and b is not None else None


def change_pct(r: dict[str, Any]) -> float | None:
    """Relative change in percent of a figure that is part of a change (`change_pct`; for facts without
    `amount_type`, from `value` to `value_to`), or None."""
    if text(r.get("amount_type")):
        return _number(r.get("change_pct")) if text(r["amount_type"]).startswith("change_") else None
    both = levels(r)
    return None if both is None or not both[0] else (both[1] - both[0]) / both[0] * 100


def changes(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per change stated in the figures: the figures of one change (levels, difference, percent) share
    a sentence and a `change_pct`; the row of the level after it stands for them."""
    groups: dict[tuple, list[dict[str, Any]]] = {}
    for r in rows:
        pct = change_pct(r)
        if pct is not None:
            groups.setdefault((r.get("doc_id"), r.get("sentence_start"), round(pct, 2)), []).append(r)
    out = [
        min(g, key=lambda r: (text(r.get("amount_type")) != "change_after", levels(r) is None, position_key(r)))
        for g in groups.values()
    ]
    return sorted(out, key=position_key)


def amount_text(r: dict[str, Any], with_object: bool = False) -> str:
    """ "45 million yuan"; "from 980 to 120" for a change and "6 to 10 million" for a range whose two ends are
    stated or implied; with_object: "1,250 nurses"."""
    unit = text(r.get("unit")) or "count"
    if with_object and counts_object(r):
        unit = text(r["object"])
    both = levels(r)
    if both is not None and text(r.get("amount_type")).startswith("range"):
        return f"{narrate.fmt_amount(both[0], unit)} to {narrate.fmt_amount(both[1], unit)}"
    if both is not None and text(r.get("amount_type")) != "figure":
        return f"from {narrate.fmt_amount(both[0], unit)} to {narrate.fmt_amount(both[1], unit)}"
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
