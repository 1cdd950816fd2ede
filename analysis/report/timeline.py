"""Dated events: the date facts of the articles in date order, as a table, a sentence and a chart."""

from __future__ import annotations

from typing import Any

import matplotlib.pyplot as plt
import pandas as pd

from analysis.report import escape, narrate
from analysis.report.select import of_kind, position_key, records, text


def events(facts: pd.DataFrame) -> list[dict[str, Any]]:
    """Date facts with a date, earliest first (ties: article, position)."""
    rows = [r for r in records(of_kind(facts, "date")) if text(r.get("date"))]
    rows.sort(key=lambda r: (text(r["date"]), position_key(r)))
    return rows


def event_text(r: dict[str, Any], limit: int = 160) -> str:
    """What happened, as stated (the event, else the sentence), shortened."""
    return narrate.shorten(text(r.get("event")) or text(r.get("sentence")) or text(r.get("text")), limit)


def rows(report, facts: pd.DataFrame, top_n: int | None = None) -> list[dict[str, Any]]:
    evs = events(facts)
    if top_n is not None and len(evs) > top_n:
        evs = evs[:top_n]
    return [
        {
            "date": escape.html(narrate.fmt_date(text(r["date"]))),
            "event": escape.html(event_text(r)),
            "doc_id": f"<code>{escape.html(r['doc_id'])}</code>",
            "source": report.cite.cite_fact(r),
        }
        for r in evs
    ]


COLUMNS = [("date", "Date"), ("event", "What happened"), ("doc_id", "Article"), ("source", "Source")]


def sentence(report, facts: pd.DataFrame) -> str:
    """ "The articles date 7 events, between March 2015[1] and 13 December 2023[2]; the earliest: …"."""
    evs = events(facts)
    if not evs:
        return ""
    first, last = evs[0], evs[-1]
    docs = len({r["doc_id"] for r in evs})
    head = f"The articles date {narrate.count(len(evs), 'event')} in {narrate.count(docs, 'article')}"
    if text(first["date"]) == text(last["date"]):
        on = "on" if len(text(first["date"])) == 10 else "in"
        when = f"all {on} {narrate.fmt_date(text(first['date']))}{report.cite.cite_fact(first)}"
        return f"{head}, {when}."
    span = (
        f"from {narrate.fmt_date(text(first['date']))}{report.cite.cite_fact(first)} "
        f"to {narrate.fmt_date(text(last['date']))}{report.cite.cite_fact(last)}"
    )
    out = f"{head}, {span}."
    if text(first.get("event")):
        out += f" The earliest: {escape.html(event_text(first, 140))}{report.cite.cite_fact(first)}."
    if text(last.get("event")):
        out += f" The latest: {escape.html(event_text(last, 140))}{report.cite.cite_fact(last)}."
    return out


def chart(facts: pd.DataFrame, title: str = "Dated events per year"):
    """Dated events counted per year (the years the articles mention), stacked by article.

    Returns (figure, plotted data) or (None, empty frame) when nothing is dated.
    """
    evs = events(facts)
    if not evs:
        return None, pd.DataFrame()
    data = (
        pd.DataFrame([{"year": int(text(r["date"])[:4]), "doc_id": r["doc_id"]} for r in evs])
        .groupby(["year", "doc_id"])
        .size()
        .rename("events")
        .reset_index()
        .sort_values(["year", "doc_id"], kind="mergesort")
        .reset_index(drop=True)
    )
    years = sorted(data["year"].unique())
    docs = sorted(data["doc_id"].unique())
    fig, ax = plt.subplots(figsize=(8.0, 3.6))
    bottom = [0] * len(years)
    for doc in docs:
        counts = [int(data[(data["year"] == y) & (data["doc_id"] == doc)]["events"].sum()) for y in years]
        ax.bar(range(len(years)), counts, bottom=bottom, label=escape.mpl(doc), width=0.7)
        bottom = [b + c for b, c in zip(bottom, counts)]
    ax.set_xticks(range(len(years)), [str(y) for y in years], rotation=45 if len(years) > 8 else 0)
    ax.set_xlabel("Year stated in the article (years without events are left out)")
    ax.set_ylabel("Dated events")
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.set_title(title)
    ax.legend(title="Article (doc_id)", fontsize=7, title_fontsize=8, loc="upper left", frameon=False)
    ax.grid(axis="x", visible=False)
    fig.tight_layout()
    return fig, data
