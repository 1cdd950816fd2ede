"""The Greater Bay Area health reforms report (03): its key findings, in the order a briefing reads them."""

from __future__ import annotations

from analysis.query import measures as measure_query
from analysis.report import actors, cooperation, figures, initiatives, measures, timeline
from analysis.report.findings import Finding, made
from analysis.report.notebook import Report, Table

EMPTY = "The articles in scope report too few measures, figures or dated steps to state a finding."


def key_findings(report: Report) -> list[Finding]:
    """The flagship cross-border initiative, the cross-border measures with their key numbers, the biggest
    changes, the largest sums, who leads in each jurisdiction and how reform moved over time, each only where the
    facts support it."""
    return made(
        [
            *initiatives.flagship_findings(report, 1, pairing="cross-border"),
            measures.cross_border_finding(report),
            figures.changes_finding(report),
            figures.sums_finding(report, skip_changes=True, kind=sum_kind),
            actors.jurisdictions_finding(report),
            timeline.moved_finding(report, " of reform"),
        ]
    )


COSTS = ("cost", "cost estimate", "spending total", "cumulative total")
"""The labels (`sum_kinds.tsv`) of a cost incurred or estimated, of a place's spending total and of a total since a
year: what a reform costs and what a government spends on health ("spending on village clinics reached 2 billion
yuan", "the county has invested 900 million yuan since 2019 in its clinics") are its money."""
SAVINGS = "savings"
"""The label (`sum_kinds.tsv`) of a saving: what a reform saves is its money too."""


def sum_kind(sentence: str, text: str) -> tuple[str, bool] | None:
    """What a sum is, as the largest sums of reform read it: the words of its own clause (`cooperation.sum_kind`), a
    cost, a spending total, a total since a year or a saving counted as the reform's money ("will pay for the
    upgrades, at a cost of 36 million yuan", "is expected to save patients 90 million yuan a year"); a company's
    results, a product's price, a valuation, a market's size or a trade flow is no reform's money."""
    what = cooperation.sum_kind(sentence, text)
    return (what[0], True) if what and what[0] in (*COSTS, SAVINGS) else what


def key_numbers_table(report: Report) -> Table:
    """The key numbers of the report: the terms of its measures first (`query.measures.terms`: "a voucher worth
    HK$2,000 a year", "150 patients were treated"), then the other figures worth showing ("1,200 hospital beds");
    never a routine statistic (`query.measures.routine`: "640 nurses", "51,000 consultations")."""
    return figures.key_numbers_table(report, measure_query.terms(report.store), measure_query.routine(report.store))
