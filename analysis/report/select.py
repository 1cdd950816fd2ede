"""Selecting and ordering facts for a report: plain values, kinds, positions, sentences and date limits."""

from __future__ import annotations

from typing import Any

import pandas as pd

from analysis.facts.schema import plain
from analysis.ingest.dates import overlaps


def records(df: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows as dicts of plain values, in the frame's order."""
    if df is None or not len(df):
        return []
    return [{k: plain(v) for k, v in r.items()} for r in df.to_dict(orient="records")]


def text(v: Any) -> str:
    """A value as stripped text ('' when missing)."""
    v = plain(v)
    return "" if v is None else str(v).strip()


def parties_of(v: Any) -> list[str]:
    """The organisations of a partnership fact, de-duplicated in order."""
    v = plain(v)
    if v is None:
        return []
    if isinstance(v, str):
        v = [v]
    out: list[str] = []
    for p in v:
        p = text(p)
        if p and p not in out:
            out.append(p)
    return out


def of_kind(facts: pd.DataFrame, *kinds: str) -> pd.DataFrame:
    """The facts of the given kinds (an empty frame for an empty or missing table)."""
    if facts is None or not len(facts):
        return facts.iloc[0:0] if facts is not None else pd.DataFrame()
    return facts[facts["kind"].isin(kinds)]


def position_key(r: dict[str, Any]) -> tuple:
    """Sort key placing a fact by article and position: the universal tie-breaker."""
    return (text(r.get("doc_id")), int(r.get("start") or 0), int(r.get("end") or 0), text(r.get("fact_id")))


def filter_dates(facts: pd.DataFrame, date_from: str = "", date_to: str = "") -> pd.DataFrame:
    """Drop date facts outside [date_from, date_to]; other facts are kept."""
    if not len(facts) or not (date_from or date_to):
        return facts
    keep = [not (k == "date") or overlaps(text(d), date_from, date_to) for k, d in zip(facts["kind"], facts["date"])]
    return facts[keep]


def sentence_key(row: dict[str, Any]) -> tuple[str, int] | None:
    """(article, sentence start) of a fact, or None when it has no sentence."""
    start = row.get("sentence_start")
    return None if start is None else (str(row["doc_id"]), int(start))


def by_sentence(facts: pd.DataFrame, kind: str) -> dict[tuple[str, int], list[dict[str, Any]]]:
    """Facts of `kind` grouped by (article, sentence start), each group in text order; one pass over the table."""
    out: dict[tuple[str, int], list[dict[str, Any]]] = {}
    for r in records(of_kind(facts, kind)):
        key = sentence_key(r)
        if key is not None:
            out.setdefault(key, []).append(r)
    for group in out.values():
        group.sort(key=position_key)
    return out


def distinct(rows: list[dict[str, Any]], *fields: str) -> list[dict[str, Any]]:
    """The first row of each distinct value of `fields` (case and spacing ignored), in order: the same figure,
    quote or partnership reported by several articles is shown once."""
    seen, out = set(), []
    for r in rows:
        key = tuple(" ".join(str(plain(r.get(f)) or "").casefold().split()) for f in fields)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out
