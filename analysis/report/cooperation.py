"""The China–UK cooperation report (02): its key findings, in the order a briefing reads them."""

from __future__ import annotations

from typing import Any

from analysis.query import initiatives as initiatives_q
from analysis.query.initiatives import COUNTED_IDS
from analysis.report import actors, initiatives, timeline
from analysis.report import figures as report_figures
from analysis.report.findings import Finding, made
from analysis.report.notebook import Report

COUNTED = COUNTED_IDS
"""SQL selecting the initiatives that count in this report: they join a UK and a Chinese party and rest on more than
one passing statement (`query.initiatives.COUNTED`)."""
EMPTY = "The articles in scope report too little cooperation between named bodies to state a finding."


def key_findings(report: Report) -> list[Finding]:
    """The flagship initiatives, the largest sums, who leads on each side, how cooperation moved over time (the
    timeline's own rows: its first and latest step), the field mix and how it moved between an earlier and a later
    period, each only where the facts support it; only initiatives that count (`COUNTED`)."""
    return made(
        [
            *initiatives.flagship_findings(report, 2),
            sums_finding(report),
            actors.leads_finding(report, COUNTED),
            timeline.moved_finding(report, " of cooperation"),
            initiatives.field_finding(report, COUNTED),
            initiatives.shift_finding(report, COUNTED),
        ]
    )


def sum_kind(sentence: str, text: str) -> tuple[str, bool] | None:
    """What the sum written `text` in `sentence` is, from the words of its own clause (`sum_kinds.tsv`, read by
    `query.initiatives.sum_kind_of`: the first row that hits decides), and whether it is money of cooperation:
    "signed deals worth £2 billion" -> ("deals' total", True); "is estimated to cost £5 billion a year" -> ("cost
    estimate", False); None when its words say neither."""
    at = sentence.find(text)
    if at < 0:
        return None
    return initiatives_q.sum_kind_of(sentence, at, at + len(text))


def cooperation_sums(
    report: Report, limit: int = report_figures.SUMS
) -> list[tuple[dict[str, Any], dict[str, Any], tuple[str, bool] | None]]:
    """(figure row, its fact, what it is or None) of the `limit` largest sums whose sentence names a body or states
    cooperation (`query.figures.largest_sums`), a cost, a loss or a market's size left out (`sum_kind`: nobody's
    deal): `figures.sum_rows`."""
    return report_figures.sum_rows(report, limit, of_bodies=True, kind=sum_kind)[0]


def sums_finding(report: Report) -> Finding | None:
    """ "The largest sums pledged, paid or signed for are £2 billion (deals' total: “…signed deals worth £2
    billion…”)[1]; …": `cooperation_sums`, each with what it is in its clause's words (`sum_kind`), phrased as
    `figures.sums_finding` phrases the largest sums."""
    return report_figures.sums_finding(report, of_bodies=True, kind=sum_kind)
