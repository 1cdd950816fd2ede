"""Dated events: the date facts of the articles in date order, as a table, a sentence and a chart."""

from __future__ import annotations

from typing import Any

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
