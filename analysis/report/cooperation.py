"""The China–UK cooperation report (02): its key findings, in the order a briefing reads them."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from analysis.query import figures as figures_q
from analysis.query import initiatives as initiatives_q
from analysis.query.initiatives import COUNTED_IDS, money_parties
from analysis.report import actors, escape, initiatives, narrate, phrases, timeline
from analysis.report import figures as report_figures
from analysis.report.findings import Finding, made
from analysis.report.lookup import facts_by_id
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


SUMS = 3
"""Sums stated in the largest-sums finding."""
AFTER_CHARS = 60
"""Characters after a sum read for what it is ("… in funding pledges")."""


@lru_cache(maxsize=1)
def sum_kinds() -> tuple[tuple[str, bool, str, re.Pattern], ...]:
    """(label, cooperation, before or after, pattern) of `sum_kinds.tsv` (`query.initiatives.sum_kinds`), in file
    order."""
    return tuple((label, coop == "yes", side, re.compile(rx, re.IGNORECASE)) for label, coop, side, rx in
                 initiatives_q.sum_kinds())  # fmt: skip


def sum_kind(sentence: str, text: str) -> tuple[str, bool] | None:
    """What the sum written `text` in `sentence` is, from the words of its own clause (`sum_kinds.tsv`), and whether
    it is money of cooperation: "signed deals worth £2 billion" -> ("deals' total", True); "is estimated to cost £5
    billion a year" -> ("cost estimate", False); None when its words say neither."""
    at = sentence.find(text)
    if at < 0:
        return None
    before = re.split(r"[.;:](?=\s)", sentence[:at])[-1]
    after = sentence[at + len(text) : at + len(text) + AFTER_CHARS]
    for label, coop, side, rx in sum_kinds():
        if rx.search(before if side == "before" else after):
            return label, coop
    return None


def cooperation_sums(report: Report, limit: int = SUMS) -> list[tuple[dict[str, Any], dict[str, Any], Any]]:
    """(figure row, its fact, what it is or None) of the `limit` largest sums whose sentence names a body or states
    cooperation (`query.figures.largest_sums`), a cost, a loss or a market's size left out (`sum_kind`: nobody's
    deal)."""
    ranked = figures_q.largest_sums(report.store, 4 * limit, of_bodies=True)
    facts = facts_by_id(report.store, [r["fact_id"] for r in ranked])
    out = []
    for r in ranked:
        f = facts.get(r["fact_id"])
        kind = sum_kind(f.get("sentence") or "", f.get("text") or "") if f else None
        if f and (kind is None or kind[1]):
            out.append((r, f, kind))
    return out[:limit]


def sums_finding(report: Report) -> Finding | None:
    """ "The largest sums pledged, paid or signed for are £2 billion (deals' total: “…signed deals worth £2
    billion…”)[1]; …": `cooperation_sums`, each with what it is in its clause's words (`sum_kind`)."""
    rows = cooperation_sums(report)
    if not rows:
        return None
    parties = money_parties(report.store, [r["fact_id"] for r, _, _ in rows])

    def item(r: dict[str, Any], fact: dict[str, Any], kind: tuple[str, bool] | None) -> str:
        who = parties.get(r["fact_id"])
        head = escape.html(phrases.figure_text(r))
        if who:
            head += f", in the cooperation of {phrases.names(list(who))}"
        said = f"{escape.html(kind[0])}: {phrases.around(fact)}" if kind else phrases.around(fact)
        n = r.get("n_articles") or 1
        more = f", stated by {narrate.count(n, 'article')}" if n > 1 else ""
        return f"{head} ({said}){more}{report.cite.cite_fact(fact)}"

    def render() -> str:
        items = [item(*x) for x in rows]
        report_figures.quote(report, [r for r, _, _ in rows], "sums")  # the key numbers neither repeat nor requote
        if len(items) == 1:
            return f"The only sum pledged, paid or signed for is {items[0]}."
        return f"The largest sums pledged, paid or signed for are {narrate.join(items, sep='; ')}."

    return Finding("sums", render)
