"""Reform measures in a report (typed by `query.measures`): the cross-border measures (access, recognition,
insurance, staff, devices and drugs) each with its key number, and domestic reform by type."""

from __future__ import annotations

from typing import Any

from analysis.query import measures
from analysis.report import escape, narrate, phrases
from analysis.report.findings import Finding
from analysis.report.lookup import facts_by_id
from analysis.report.notebook import Report, Table

FINDING_KINDS = 4
"""Cross-border kinds named in the finding (the table lists every kind)."""
MIN_ARTICLES = 1
"""Articles a kind of measure needs to be named in the finding; a kind resting on one article needs a figure."""


def _figures(report: Report, rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    ids = [r["figure_fact_id"] for r in rows if r.get("figure_fact_id")]
    if not ids:
        return {}
    return {
        r["fact_id"]: r
        for r in report.store.rows("SELECT * FROM figures WHERE list_contains($ids, fact_id)", {"ids": ids})
    }


def kinds(report: Report, scope: str) -> tuple[list[dict[str, Any]], dict[str, dict], dict[str, dict]]:
    """(kinds of measure of one scope, their key figures by fact id, the facts to cite by id)."""
    rows = measures.kinds(report.store, scope)
    figs = _figures(report, rows)
    facts = facts_by_id(report.store, [r["fact_id"] for r in rows] + list(figs))
    return rows, figs, facts


def cross_border_finding(report: Report) -> Finding | None:
    """ "Cross-border measures reported: access (three articles): “…residents can now use clinics in…”[1], key
    number 40 (“…40 clinics…”)[2]; staff (two articles): “…doctors from Harbour City may practise in…”[3]". Each
    kind is stated by its most prominent sentence, in the article's words, then its key number (`measures.kinds`)
    when it has one ("and elsewhere 40 (“…”)" when another article states it). A kind stated by one article only
    counts when a figure backs it."""
    rows, figs, facts = kinds(report, "cross-border")
    rows = [r for r in rows if r["n"] > MIN_ARTICLES or r.get("figure_fact_id") in figs][:FINDING_KINDS]
    if not rows:
        return None

    def item(r: dict[str, Any]) -> str:
        where = f"{escape.html(r['label'])} ({narrate.count(r['n'], 'article')})"
        f = facts[r["fact_id"]]  # what the measure is, in the article's words
        text = f"{where}: {phrases.around(f, 110)}{report.cite.cite_fact(f)}"
        fig = figs.get(r.get("figure_fact_id") or "")
        if fig is None or fig["fact_id"] not in facts:
            return text
        g = facts[fig["fact_id"]]
        number = escape.html(phrases.figure_text(fig))
        if (g["doc_id"], g["sentence_start"]) == (f["doc_id"], f["sentence_start"]):
            return f"{text}, key number {number}"
        said = f"({phrases.around(g, 90)}){report.cite.cite_fact(g)}"
        if g["doc_id"] == f["doc_id"]:
            return f"{text}, key number {number} {said}"
        return f"{text}, and elsewhere {number} {said}"  # another article's figure is not this sentence's number

    def render() -> str:
        return f"Cross-border measures reported: {'; '.join(item(r) for r in rows)}."

    return Finding("cross-border", render)


COLUMNS = [("kind", "Kind of measure"), ("articles", "Articles"), ("number", "Key number"), ("source", "Source")]


def table(report: Report, scope: str) -> Table:
    """Kinds of measure of one scope: the articles stating them and the key number, cited (with no figure, the
    words that state the measure)."""
    rows, figs, facts = kinds(report, scope)
    out = []
    for r in rows:
        fig = figs.get(r.get("figure_fact_id") or "")
        f = facts.get(fig["fact_id"]) if fig else None
        out.append(
            {
                "kind": escape.html(r["label"]),
                "articles": narrate.fmt_number(r["n"]),
                "number": (
                    f"{escape.html(phrases.figure_text(fig))} ({phrases.around(f, 110)}){report.cite.cite_fact(f)}"
                    if f
                    else f"— ({phrases.around(facts[r['fact_id']], 110)})"
                    if r["fact_id"] in facts
                    else "—"
                ),
                "source": report.cite.cite_fact(facts[r["fact_id"]]) if r["fact_id"] in facts else "",
            }
        )
    empty = {
        "cross-border": "No cross-border measure is reported in these articles.",
        "domestic": "No domestic reform measure is reported in these articles.",
    }[scope]
    return Table(out, COLUMNS, empty)
