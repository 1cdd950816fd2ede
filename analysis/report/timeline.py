"""How cooperation and reform moved over time: the dated events of the scope (`query.timeline`: steps of
cooperation or reform, each stated once; a plan marked as planned) in date order, and the first, the latest and
the busiest year of the steps taken."""

from __future__ import annotations

from typing import Any

from analysis.query import rank, timeline
from analysis.report import escape, narrate, phrases
from analysis.report.findings import Finding
from analysis.report.notebook import FULL_TABLE_ROWS, Report, Table

ROWS = 8
"""Most dated steps listed (every one in the CSV)."""
EVENT_CHARS = 160
"""Longest description of an event in a table."""
BUSY_MIN = 2
"""Events a year needs before it is called the busiest."""


def what(e: dict[str, Any], limit: int = EVENT_CHARS) -> str:
    """What happened, in the article's words around the date (so a sentence with two dates says which is which)."""
    return escape.html(phrases.around_text(e.get("sentence") or e.get("event") or "", e.get("text") or "", limit))


REPORTED = " (date of the article)"
"""After the date of an initiative no sentence dates: the day the first article stating it was published."""
INFERRED = " (year not stated)"
"""After a day or month an undated article writes without its year, the year read from its other dates."""


def when(e: dict[str, Any]) -> str:
    """The date of an event, "(planned)" after a date still to come when the article was written, "(date of the
    article)" after the publication date that stands for an initiative's undated start, "(year not stated)" after a
    day an undated article writes without its year."""
    suffix = " (planned)" if e.get("plan") else REPORTED if e.get("reported") else ""
    if e.get("inferred"):
        suffix += INFERRED
    return escape.html(narrate.fmt_date(e["date"])) + suffix


def _fact(e: dict[str, Any]) -> dict[str, Any]:
    return {k: e[k] for k in ("fact_id", "doc_id", "start", "end", "sentence_start", "sentence_end")}


COLUMNS = [("date", "Date"), ("what", "What the article says"), ("source", "Source")]


def table(report: Report, limit: int | None = None) -> Table:
    """The most salient events (at most `top_n`) in date order; every event as CSV."""
    rows = timeline.top(report.store, limit or min(report.top_n, ROWS))
    out = [{"date": when(e), "what": what(e), "source": report.cite.cite_fact(_fact(e))} for e in rows]
    full = report.store.frame(
        """SELECT date, plan, reported, event, doc_id, text FROM events ORDER BY date, doc_id, start, fact_id
        LIMIT ?""",
        [FULL_TABLE_ROWS],
    )
    return Table(out, COLUMNS, "No dated step of cooperation or reform is stated in these articles.", full=full,
                 name="timeline")  # fmt: skip


def moved_finding(report: Report, what_of: str = "") -> Finding | None:
    """ "The earliest dated step of reform is from March 2019 (“…”)[1]; the latest is from May 2024 (“…”)[2];
    2023 has the most (five of 12 dated steps; the timeline also lists two plans)." Counted on the rows of the
    timeline (`table`): its steps taken, and its plans named apart, so the counts add up to its rows. Only with
    events in two different years; the busiest year only when one year leads."""
    years = timeline.by_year(report.store)
    if len(years) < 2:
        return None
    plans = report.store.value("SELECT count(*) FROM events WHERE plan")
    first, last = timeline.ends(report.store)
    total = sum(y["n"] for y in years)
    counted = [{"id": y["year"], "label": y["year"], "n": y["n"]} for y in years]
    busiest = rank.lead(sorted(counted, key=lambda y: rank.sort_key(y["n"], y["label"])), "n", max_tied=1,
                        minimum=BUSY_MIN)  # fmt: skip

    def quoted(e: dict[str, Any]) -> str:
        return f"“{what(e, 120).rstrip('.')}”{report.cite.cite_fact(_fact(e))}"

    def render() -> str:
        s = (
            f"The earliest dated step{what_of} is from {when(first)} ({quoted(first)}); "
            f"the latest is from {when(last)} ({quoted(last)})"
        )
        if busiest is not None:
            share = narrate.share(int(busiest.score), total, "dated step")
            if plans:
                share += f"; the timeline also lists {narrate.count(int(plans), 'plan')}"
            s += f"; {busiest.leaders[0]['label']} has the most ({share})"
        return narrate.sentence(s)

    return Finding("time", render)
