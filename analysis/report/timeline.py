"""Dated events: the date facts of the articles in date order, as a table, a sentence and a chart."""

from __future__ import annotations

from typing import Any

import matplotlib.pyplot as plt
import pandas as pd

from analysis.report import escape, narrate
from analysis.report.select import distinct, of_kind, position_key, records, text

PUBLISHED = "dates.published"


def events(facts: pd.DataFrame) -> list[dict[str, Any]]:
    """Date facts with a date, earliest first (ties: article, position); an article's own publication date is
    not an event."""
    rows = [r for r in records(of_kind(facts, "date")) if text(r.get("date")) and r.get("extractor") != PUBLISHED]
    rows.sort(key=lambda r: (text(r["date"]), position_key(r)))
    return rows


def event_text(r: dict[str, Any], limit: int = 160) -> str:
    """What happened, as stated (the event, else the sentence), shortened."""
    return narrate.shorten(text(r.get("event")) or text(r.get("sentence")) or text(r.get("text")), limit)


def rows(report, facts: pd.DataFrame, top_n: int | None = None) -> list[dict[str, Any]]:
    """Table rows of the dated events (each distinct event once), the first `top_n`."""
    evs = distinct(events(facts), "date", "event")
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


def periods(evs: list[dict[str, Any]], max_periods: int) -> list[tuple[str, list[dict[str, Any]]]]:
    """Events grouped by year, or by spans of years ("2015–2019") when there are more years than `max_periods`."""
    years = sorted({int(text(e["date"])[:4]) for e in evs})
    if not years:
        return []
    width = max(1, -(-(years[-1] - years[0] + 1) // max_periods)) if len(years) > max_periods else 1
    out: dict[int, list[dict[str, Any]]] = {}
    for e in evs:
        y = int(text(e["date"])[:4])
        out.setdefault(years[0] + (y - years[0]) // width * width, []).append(e)
    label = (lambda y: str(y)) if width == 1 else (lambda y: f"{y}–{y + width - 1}")
    return [(label(y), out[y]) for y in sorted(out)]


def _weight(e: dict[str, Any], busy: set[tuple]) -> tuple:
    """Events whose sentence also states a partnership or a figure come first; then the earliest."""
    return ((e["doc_id"], e.get("sentence_start")) not in busy, text(e["date"]), position_key(e))


def period_rows(report, facts: pd.DataFrame, max_periods: int = 10, per_period: int = 2) -> list[dict[str, Any]]:
    """One row per period: how many events, and what happened (the `per_period` weightiest events, cited)."""
    evs = events(facts)
    busy = {(r["doc_id"], r.get("sentence_start")) for r in records(of_kind(facts, "partnership", "amount"))}
    out = []
    for label, mine in periods(evs, max_periods):
        seen, picked = set(), []
        for e in sorted(mine, key=lambda e: _weight(e, busy)):  # one event per sentence, however many copies
            key = " ".join(text(e.get("sentence")).casefold().split())
            if key not in seen and len(picked) < per_period:
                seen.add(key)
                picked.append(e)
        what = "<br>".join(
            f"{escape.html(narrate.fmt_date(text(e['date'])))}: {escape.html(event_text(e, 150))}"
            f"{report.cite.cite_fact(e)}"
            for e in sorted(picked, key=lambda e: text(e["date"]))
        )
        more = len(mine) - len(picked)
        if more:
            what += f'<br><span class="empty-note">and {narrate.count(more, "more event")}</span>'
        out.append({"period": escape.html(label), "events": narrate.fmt_number(len(mine)), "what": what})
    return out


PERIOD_COLUMNS = [("period", "Period"), ("events", "Dated events"), ("what", "What happened")]


def events_frame(facts: pd.DataFrame) -> pd.DataFrame:
    """Every dated event as a plain table (for the full CSV)."""
    return pd.DataFrame(
        [
            {"date": text(e["date"]), "event": text(e.get("event")), "doc_id": e["doc_id"], "text": text(e.get("text"))}
            for e in events(facts)
        ],
        columns=["date", "event", "doc_id", "text"],
    )
