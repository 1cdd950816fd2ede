"""Reform measures in a report (typed by `query.measures`): the cross-border measures (access, recognition,
insurance, staff, devices and drugs, partnerships) each with its key number, and domestic reform by type."""

from __future__ import annotations

import re
from typing import Any

from analysis.query import measures
from analysis.report import escape, narrate, phrases
from analysis.report.findings import Finding
from analysis.report.lookup import facts_by_id
from analysis.report.notebook import Report, Table

FINDING_KINDS = 6
"""Cross-border kinds named in the finding (the table lists every kind)."""
MIN_ARTICLES = 1
"""Articles a kind of measure needs to be named in the finding; a kind resting on one article needs a figure or a
sentence that states the measure."""


def _figures(report: Report, rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    ids = [r["figure_fact_id"] for r in rows if r.get("figure_fact_id")]
    if not ids:
        return {}
    return {
        r["fact_id"]: r
        for r in report.store.rows("SELECT * FROM figures WHERE list_contains($ids, fact_id)", {"ids": ids})
    }


TABLE_STATEMENTS = 4
"""Articles' statements of one kind quoted in the table (the most prominent first)."""


def kinds(report: Report, scope: str) -> tuple[list[dict[str, Any]], dict[str, dict], dict[str, dict]]:
    """(kinds of measure of one scope, their key figures by fact id, the facts to cite by id)."""
    rows = measures.kinds(report.store, scope)
    figs = _figures(report, rows)
    said = [i for r in rows for i in list(r.get("said_ids") or [])[:TABLE_STATEMENTS]]
    facts = facts_by_id(report.store, [r["fact_id"] for r in rows] + said + list(figs))
    return rows, figs, facts


def key_number(fig: dict[str, Any]) -> str:
    """A measure's key number as a reader says it: a count with what it counts ("7 more clinics"), else the
    figure ("180 yuan", "up 12% to 300")."""
    number = phrases.figure_text(fig)
    obj = " ".join(str(fig.get("object") or "").split())
    if (fig.get("unit") or "count") == "count" and (fig.get("relation") or "value") == "value" and obj:
        return escape.html(f"{number} {obj}")
    return escape.html(number)


def stating(f: dict[str, Any], stated: bool, width: int = 110) -> str:
    """The article's words that state a measure, quoted around its words of statement ("…will be allowed to…") when
    its sentence has them, else around the cited fact; of a line of parts ("Health | Westport widens care"), the
    part that holds them."""
    sentence = f.get("sentence") or ""
    hit = re.search(measures.statement_words(), sentence) if stated else None
    anchor = hit.group() if hit else f.get("text") or ""
    # a headline written after its section's name ("Health | Westport widens care"): the part that holds the words
    sentence = next((part for part in sentence.split(" | ") if anchor and anchor in part), sentence)
    return f"“{escape.html(phrases.around_text(sentence, anchor, width))}”"


def cross_border_finding(report: Report) -> Finding | None:
    """ "Cross-border access: “…residents can now use clinics in…”[1], key number 40 clinics; staff: “…doctors
    from Harbour City may practise in…”[2], no figure stated". Each kind is stated by the sentence that
    says what the measure is (its own words first, the headline or lead first), in the article's words, then its
    key number (`measures.kinds`: a figure about the measure, never a count of the place's people) when it has one
    ("key number 25 clinics (“…”)" from another sentence of the article, "and elsewhere 25 clinics (“…”)" from
    another article); the other articles that state a measure of the kind are cited after it ("(two other articles
    state measures of this kind[4][5])": they state the kind, not its number). A kind stated by one article only
    counts when a figure backs it or its sentence states it."""
    rows, figs, facts = kinds(report, "cross-border")
    rows = [r for r in rows if r["n"] > MIN_ARTICLES or r.get("figure_fact_id") in figs or r.get("stated")]
    rows = rows[:FINDING_KINDS]
    if not rows:
        return None

    def also(r: dict[str, Any], docs: set[str]) -> str:
        """ " (two other articles state measures of this kind[4][5])": the other articles' statements of the kind,
        cited, said as what they are: they need not state the measure or the key number before them."""
        ids = list(r.get("said_ids") or [])[:TABLE_STATEMENTS]
        others = [facts[i] for i in ids if i in facts and facts[i]["doc_id"] not in docs]
        if not others:
            return ""
        cites = "".join(report.cite.cite_fact(o) for o in others)
        verb = "states a measure" if len(others) == 1 else "state measures"
        return f" ({narrate.count(len(others), 'other article')} {verb} of this kind{cites})"

    def item(r: dict[str, Any]) -> str:
        f = facts[r["fact_id"]]  # what the measure is, in the article's words
        text = f"{escape.html(r['label'])}: {stating(f, bool(r.get('stated')))}{report.cite.cite_fact(f)}"
        fig = figs.get(r.get("figure_fact_id") or "")
        if fig is None or fig["fact_id"] not in facts:
            return f"{text}, no figure stated{also(r, {f['doc_id']})}"
        g = facts[fig["fact_id"]]
        number = key_number(fig)
        if (g["doc_id"], g["sentence_start"]) == (f["doc_id"], f["sentence_start"]):
            return f"{text}, key number {number}{also(r, {f['doc_id']})}"
        said = f"({phrases.around(g, 90)}){report.cite.cite_fact(g)}"
        if g["doc_id"] == f["doc_id"]:
            return f"{text}, key number {number} {said}{also(r, {f['doc_id']})}"
        # another article's figure is not this sentence's number
        return f"{text}, and elsewhere {number} {said}{also(r, {f['doc_id'], g['doc_id']})}"

    def render() -> str:
        return f"Cross-border {'; '.join(item(r) for r in rows)}."

    return Finding("cross-border", render)


def statements(report: Report, r: dict[str, Any], facts: dict[str, dict]) -> str:
    """What each article says of a kind of measure, one statement per article (at most `TABLE_STATEMENTS`), each
    cited: every measure of the kind shows, not only the most prominent."""
    ids = [i for i in list(r.get("said_ids") or [r["fact_id"]])[:TABLE_STATEMENTS] if i in facts]
    if not ids:
        return "—"
    regex = measures.statement_words()
    return "; ".join(
        f"{stating(facts[i], bool(re.search(regex, facts[i].get('sentence') or '')))}{report.cite.cite_fact(facts[i])}"
        for i in ids
    )


COLUMNS = [
    ("kind", "Kind of measure"),
    ("articles", "Articles"),
    ("measure", "What the article says"),
    ("number", "Key number"),
    ("source", "Source"),
]


def table(report: Report, scope: str) -> Table:
    """Kinds of measure of one scope: the articles stating them, each article's sentence that states the measure
    (`statements`), and its key number in the article's words, cited ("—" when no figure is about the measure;
    marked shown, so the key numbers do not repeat it)."""
    rows, figs, facts = kinds(report, scope)
    out = []
    for r in rows:
        fig = figs.get(r.get("figure_fact_id") or "")
        f = facts.get(fig["fact_id"]) if fig else None
        if f:
            report.shown_figures.add(f["fact_id"])
        said = facts.get(r["fact_id"])
        same = (
            f is not None
            and said is not None
            and (f["doc_id"], f["sentence_start"])
            == (
                said["doc_id"],
                said["sentence_start"],
            )
        )
        out.append(
            {
                "kind": escape.html(r["label"]),
                "articles": narrate.fmt_number(r["n"]),
                "measure": statements(report, r, facts),
                "number": (
                    key_number(fig)
                    if f and same
                    else f"{key_number(fig)} ({phrases.around(f, 110)}){report.cite.cite_fact(f)}"
                    if f
                    else "—"
                ),
                "source": report.cite.cite_fact(said) if said else "",
            }
        )
    empty = {
        "cross-border": "No cross-border measure is reported in these articles.",
        "domestic": "No domestic reform measure is reported in these articles.",
    }[scope]
    return Table(out, COLUMNS, empty)
