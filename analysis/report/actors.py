"""Who leads: the bodies of each side (or jurisdiction) that take part in the most initiatives, and the kinds of
body they are, stated only where the lead is real (`actors.body_lead`: at least three initiatives, at most three
tied, each leader's from at least two articles)."""

from __future__ import annotations

from typing import Any

import matplotlib.pyplot as plt
import pandas as pd

from analysis.query import actors, rank
from analysis.report import escape, narrate, phrases
from analysis.report.findings import Finding
from analysis.report.initiatives import bar_title, worth_a_chart
from analysis.report.lookup import facts_by_id
from analysis.report.notebook import Chart, Report, Table

SIDE_WORDS = {"UK": "the UK side", "China": "the Chinese side"}
ROWS = 5
"""Most bodies listed per side or jurisdiction (the full ranking is the initiatives CSV)."""


def first_facts(report: Report, rows: list[dict[str, Any]], per_row: int = 2) -> dict[str, list[dict[str, Any]]]:
    """For each body, the first fact of up to `per_row` of its initiatives (to cite it)."""
    ids = [i for r in rows for i in r["initiative_ids"][:per_row]]
    if not ids:
        return {}
    firsts = {
        r["initiative_id"]: r["fact_id"]
        for r in report.store.rows(
            "SELECT initiative_id, fact_ids[1] AS fact_id FROM initiatives WHERE list_contains($ids, initiative_id)",
            {"ids": ids},
        )
    }
    facts = facts_by_id(report.store, firsts.values())
    return {r["id"]: [facts[firsts[i]] for i in r["initiative_ids"][:per_row] if firsts.get(i) in facts] for r in rows}


def lead_clause(report: Report, rows: list[dict[str, Any]], where: str) -> str | None:
    """ "on the UK side, Northvale University leads with three initiatives[1][2]" or "…, A and B lead with four
    initiatives each"; None without a real lead (`actors.body_lead`)."""
    lead = actors.body_lead(rows)
    if lead is None:
        return None
    cited = first_facts(report, lead.leaders)
    who = narrate.join([escape.html(r["label"]) + report.cite.cite_facts(cited[r["id"]], 2) for r in lead.leaders])
    n = narrate.count(int(lead.score), "initiative")
    return f"{where}, {who} {'lead with ' + n + ' each' if lead.tied else 'leads with ' + n}"


def type_clause(rows: list[dict[str, Any]], side_word: str) -> str | None:
    """ "universities are most of the UK bodies taking part (nine of 15)", "hospitals are the most common Chinese
    bodies (four of 11)"; None without a real lead among the types, or when the leading type is under a third."""
    typed = [r for r in rows if r["label"] != "other"]
    total = sum(r["n"] for r in rows)
    lead = rank.lead(typed, "n", max_tied=2)
    if lead is None or total < 3:
        return None
    kinds = narrate.join([phrases.TYPE_PLURALS[r["label"]] for r in lead.leaders])
    n = int(lead.score)
    if lead.tied:
        return f"{kinds} are the most common {side_word} bodies taking part ({narrate.number_word(n)} each of {total})"
    if 2 * n > total:
        return f"{kinds} are most of the {side_word} bodies taking part ({narrate.share(n, total, 'body')})"
    if 3 * n >= total:
        return f"{kinds} are the most common {side_word} bodies taking part ({narrate.share(n, total, 'body')})"
    return None


def leads_finding(report: Report, within: str | None = None) -> Finding | None:
    """Who leads on each side, and the kind of body most of each side's parties are, where real: "On the UK side,
    Northvale University leads with three initiatives[1][2]; universities are most of the UK bodies taking part
    (four of six); on the Chinese side, …". With `within` (SQL selecting initiative ids), only those count."""
    sides = (("UK", "UK"), ("China", "Chinese"))
    bodies = {side: actors.bodies(report.store, actors.SIDES[side], ROWS, within=within) for side, _ in sides}
    types = {side: actors.types(report.store, actors.SIDES[side], within=within) for side, _ in sides}
    if not any(actors.body_lead(bodies[s]) or type_clause(types[s], a) for s, a in sides):
        return None

    def render() -> str:
        out = []
        for side, adjective in sides:
            lead = lead_clause(report, bodies[side], f"on {SIDE_WORDS[side]}")
            kind = type_clause(types[side], adjective)
            if lead or kind:
                out.append("; ".join(x for x in (lead, kind) if x))
        return narrate.sentence("; ".join(out))

    return Finding("leads", render)


COLUMNS = [
    ("body", "Body"),
    ("type", "Type"),
    ("where", "Where based"),
    ("n", "Initiatives"),
    ("articles", "Articles"),
    ("source", "Source"),
]


GROUPS = {
    "UK": (actors.SIDES["UK"], "UK bodies"),
    "China": (actors.SIDES["China"], "Chinese bodies (mainland China, Hong Kong, Macao)"),
    "mainland China": (("mainland China",), "Bodies of mainland China"),
    "Hong Kong": (("Hong Kong",), "Bodies of Hong Kong"),
    "Macao": (("Macao",), "Bodies of Macao"),
}


def shown_tiers(rows: list[dict[str, Any]], limit: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Rows (in ranking order, at least `limit` + 1 of them when there are more) cut at `limit` without splitting a
    tie: the rows shown, and the tier left out (equal counts listed by name are not a ranking)."""
    if len(rows) <= limit:
        return rows, []
    groups = rank.tiers(rows, "n")
    shown: list[dict[str, Any]] = []
    for g in groups:
        if len(shown) + len(g) > limit:
            return shown, g
        shown += g
    return shown, []  # pragma: no cover - rows longer than limit always leave a tier out


def side_table(report: Report, group: str, *, without: tuple[str, ...] = (), within: str | None = None) -> Table:
    """The bodies of a side or jurisdiction (`GROUPS`) with the most initiatives (at most `ROWS`, never cutting a
    tie in two), each cited by its first initiative; with `without`, initiatives with a party of those
    jurisdictions do not count, with `within` (SQL selecting initiative ids) only those count. When every body
    shown has the same count, the caption says it is a tie."""
    jurisdictions, caption = GROUPS[group]
    limit = min(report.top_n, ROWS)
    every = actors.bodies(report.store, jurisdictions, 10 * limit + 1, without=without, within=within)
    rows, cut = shown_tiers(every, limit)
    cited = first_facts(report, rows, 1)
    out = [
        {
            "body": escape.html(r["label"]),
            "type": escape.html(r["org_type"] or "other"),
            "where": escape.html(r["jurisdiction"]),
            "n": narrate.fmt_number(r["n"]),
            "articles": narrate.fmt_number(r["articles"] or 0),
            "source": report.cite.cite_facts(cited[r["id"]], 1),
        }
        for r in rows
    ]
    empty = f"{caption}: none takes part in an initiative reported in these articles."
    if not rows and cut:
        n = narrate.count(int(cut[0]["n"]), "initiative")
        many = "more" if len(every) > 10 * limit else str(len(cut))
        empty = f"{caption}: {many} bodies take part in {n} each; none leads."
    elif rows and len({r["n"] for r in rows}) == 1 and len(rows) > 1:
        caption += f": tied at {narrate.count(int(rows[0]['n']), 'initiative')} each, listed by name"
    if rows and cut:
        caption += f" ({narrate.count(len(cut), 'more body')} with {narrate.number_word(int(cut[0]['n']))} each)"
    return Table(out, COLUMNS, empty, caption=caption)


def side_chart(report: Report, side: str, *, within: str | None = None) -> Chart | None:
    """Bars of the side's bodies with the most initiatives (only those `within` selects, when given): the bodies its
    table shows, never a tie cut in two (`shown_tiers`: two of eighteen bodies with one initiative each are no
    comparison), only when worth seeing (`worth_a_chart`)."""
    limit = min(report.top_n, ROWS)
    every = actors.bodies(report.store, actors.SIDES[side], 10 * limit + 1, within=within)
    rows, _ = shown_tiers(every, limit)
    if not worth_a_chart([r["n"] for r in rows]):
        return None
    data = pd.DataFrame([{"body": r["label"], "initiatives": r["n"]} for r in rows], columns=["body", "initiatives"])
    plotted = data.iloc[::-1].reset_index(drop=True)
    fig, ax = plt.subplots(figsize=(8.0, max(2.2, 0.42 * len(plotted) + 1.3)))
    ax.barh([escape.mpl(narrate.shorten(b, 48)) for b in plotted["body"]], plotted["initiatives"], color="#c64600")
    # a lead resting on one article is no lead: the title says what the bars show, not who leads
    if actors.body_lead(rows):
        title = bar_title(rows, SIDE_WORDS[side], "initiative")
    else:
        title = f"Bodies of {SIDE_WORDS[side]} with the most initiatives"
    ax.set_title(escape.mpl(title))
    ax.set_xlabel("Initiatives")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.grid(axis="y", visible=False)
    fig.tight_layout()
    alt = f"Horizontal bars: the initiatives each of the leading bodies of {SIDE_WORDS[side]} takes part in."
    return Chart(fig, f"bodies-{side.lower()}", data, title + ".", alt)


JURISDICTION_WORDS = {"mainland China": "in mainland China", "Hong Kong": "in Hong Kong", "Macao": "in Macao"}


def jurisdictions_finding(report: Report, *, without: tuple[str, ...] = ("UK",)) -> Finding | None:
    """Who leads in each of mainland China, Hong Kong and Macao, where real, counting initiatives without a party of
    `without`: "In Hong Kong, the Harbour Hospital Authority leads with three initiatives[1][2]; in Macao, …"."""
    bodies = {j: actors.bodies(report.store, (j,), ROWS, without=without) for j in JURISDICTION_WORDS}
    leading = [j for j in JURISDICTION_WORDS if actors.body_lead(bodies[j])]
    if not leading:
        return None

    def render() -> str:
        return narrate.sentence("; ".join(lead_clause(report, bodies[j], JURISDICTION_WORDS[j]) for j in leading))

    return Finding("leads", render)
