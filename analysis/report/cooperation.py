"""The China–UK cooperation report (02): its key findings, in the order a briefing reads them."""

from __future__ import annotations

from analysis.query.initiatives import COUNTED_IDS
from analysis.report import actors, figures, initiatives, timeline
from analysis.report.findings import Finding, made
from analysis.report.notebook import Report

COUNTED = COUNTED_IDS
"""SQL selecting the initiatives that count in this report: they join a UK and a Chinese party and rest on more than
one passing statement (`query.initiatives.COUNTED`)."""
EMPTY = "The articles in scope report too little cooperation between named bodies to state a finding."


def key_findings(report: Report) -> list[Finding]:
    """The flagship initiatives, the largest sums, who leads on each side, how cooperation moved over time (the
    timeline's own rows: its first and latest step) and the field mix, each only where the facts support it."""
    return made(
        [
            *initiatives.flagship_findings(report, 2),
            figures.sums_finding(report, of_bodies=True),
            actors.leads_finding(report, COUNTED),
            timeline.moved_finding(report, " of cooperation"),
            initiatives.shift_finding(report, COUNTED),
            initiatives.field_finding(report, COUNTED),
        ]
    )
