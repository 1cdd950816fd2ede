"""Dated events: the date facts of the articles in date order, as a table, a sentence and a chart."""
from __future__ import annotations

from typing import Any

import pandas as pd

from analysis import escape, narrate
from analysis import sections
from analysis.sections import of_kind, position_key, records, text


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
    return [{"date": escape.html(narrate.fmt_date(text(r["date"]))), "event": escape.html(event_text(r)),
             "doc_id": f"<code>{escape.html(r['doc_id'])}</code>", "source": report.cite.cite_fact(r)} for r in evs]


COLUMNS = [("date", "Date"), ("event", "What happened"), ("doc_id", "Article"), ("source", "Source")]


def sentence(report, facts: pd.DataFrame) -> str:
    """"The articles date 7 events, between March 2015[1] and 13 December 2023[2]; the earliest: …"."""
    evs = events(facts)
    if not evs:
        return ""
    first, last = evs[0], evs[-1]
    docs = len({r["doc_id"] for r in evs})
    head = f"The articles date {narrate.count(len(evs), 'event')} in {narrate.count(docs, 'article')}"
    if text(first["date"]) == text(last["date"]):
        when = f"all {'on' if len(text(first['date'])) == 10 else 'in'} {narrate.fmt_date(text(first['date']))}{report.cite.cite_fact(first)}"
        return f"{head}, {when}."
    span = (f"from {narrate.fmt_date(text(first['date']))}{report.cite.cite_fact(first)} "
            f"to {narrate.fmt_date(text(last['date']))}{report.cite.cite_fact(last)}")
    out = f"{head}, {span}."
    if text(first.get("event")):
        out += f" The earliest: {escape.html(event_text(first, 140))}{report.cite.cite_fact(first)}."
    if text(last.get("event")):
        out += f" The latest: {escape.html(event_text(last, 140))}{report.cite.cite_fact(last)}."
    return out


def chart(facts: pd.DataFrame, top_n: int, title: str = "Dated events by article"):
    """Events on a time axis, one row per article, labelled with the first words of the event.

    Returns (figure, plotted data) or (None, empty frame) when nothing is dated.
    """
    import matplotlib.pyplot as plt

    evs = events(facts)
    if not evs:
        return None, pd.DataFrame()
    data = pd.DataFrame([{"date": text(r["date"]), "plotted_at": sections.date_bounds(text(r["date"]))[0],
                          "doc_id": r["doc_id"], "event": event_text(r, 40)} for r in evs])
    x = pd.to_datetime(data["plotted_at"])
    docs = sorted(data["doc_id"].unique())
    data["row"] = data["doc_id"].map({d: i for i, d in enumerate(docs)})
    fig, ax = plt.subplots(figsize=(8.0, max(2.4, 0.6 * len(docs) + 1.6)))
    ax.scatter(x, data["row"], color="#1a5fb4", zorder=3, s=36)
    labelled = data.head(top_n)
    for i, r in labelled.iterrows():
        ax.annotate(escape.mpl(narrate.shorten(r["event"], 28)), (x[i], r["row"]), xytext=(4, 6 + 8 * (i % 2)),
                    textcoords="offset points", fontsize=7, rotation=12)
    ax.set_yticks(range(len(docs)), [escape.mpl(d) for d in docs])
    ax.set_ylim(-0.6, len(docs) - 0.4 + 0.4)
    lo, hi = x.min(), x.max()
    pad = max(pd.Timedelta(days=120), (hi - lo) * 0.08)
    ax.set_xlim(lo - pad, hi + pad * 2)
    ax.set_xlabel("Date (start of the period stated)")
    ax.set_ylabel("Article (doc_id)")
    ax.set_title(title)
    ax.grid(axis="y", visible=False)
    fig.tight_layout()
    return fig, data[["date", "plotted_at", "doc_id", "row", "event"]]
