"""Figures in a report (counted once by `query.figures`): the largest sums with what they fund and who signs, the
biggest changes (before → after with percent), the key numbers (one per object) and figures that disagree.

What a figure counts is shown in the article's own words around it (`phrases.around`), so the reader sees the
object, the place and the payer as the article states them.
"""

from __future__ import annotations

import re
from typing import Any, Callable

import pandas as pd

from analysis.query import figures, initiatives
from analysis.query import measures as measure_query
from analysis.report import escape, narrate, phrases
from analysis.report.findings import Finding
from analysis.report.lookup import facts_by_id
from analysis.report.notebook import FULL_TABLE_ROWS, Report, Table
from analysis.resources import read_lines

SUMS = 3
"""Sums stated in the largest-sums finding."""
CHANGES = 3
"""Changes stated in the biggest-changes finding."""
CHANGE_ROWS = 8
"""Most changes listed in the changes table."""
CHANGE_MIN = 5.0
"""Smallest relative change (percent) a finding states; smaller changes stay in the tables."""


def _stated_by(row: dict[str, Any]) -> str:
    n = row.get("n_articles") or 1
    return f", stated by {narrate.count(n, 'article')}" if n > 1 else ""


def figure_phrase(
    report: Report,
    row: dict[str, Any],
    fact: dict[str, Any],
    parties: list[str] = (),
    label: str | None = None,
    parts: list[dict[str, Any]] = (),
) -> str:
    """ "US$1.3 billion (“…Northvale Capital pledged US$1.3 billion for…”), stated by two articles[3]": what it
    funds and who pays or signs, in the article's words; with `parties` (an initiative's), "£5 million, in the
    cooperation of Northvale University and Eastbay Hospital (“…”)[1]"; with `label` (what the sum is), "£2
    billion (deals' total: “…signed deals worth £2 billion…”)[1]"; with `parts` (facts of the sums its article
    states as its parts, `query.figures.sum_parts`), "£12 million (“…”; of which £4 million and £8 million[2])[1]"."""
    mark = report.cite.cite_fact(fact)
    who = f", in the cooperation of {phrases.names(list(parties))}" if parties else ""
    said = f"{escape.html(label)}: {phrases.around(fact)}" if label else phrases.around(fact)
    counted = _unquoted_object(fact) if not label and row.get("relation") == "change" else None
    if counted:  # "up 122% to 20 (designated clinics: “…bringing the total number to 20…”)": what it counts
        said = f"{escape.html(counted)}: {said}"
    detail = _earlier_level(report, row)
    if parts:
        shown = [escape.html(phrases.figure_text(phrases.fact_figure(p))) for p in parts]
        marks = "".join({(p["doc_id"], p.get("sentence_start")): report.cite.cite_fact(p) for p in parts}.values())
        detail = f"; of which {narrate.join(shown)}{marks}"
    return f"{escape.html(phrases.change_text(row))}{who} ({said}{detail}){_stated_by(row)}{mark}"


def _unquoted_object(fact: dict[str, Any]) -> str | None:
    """What a change counts (its fact's object) when the words quoted around it do not hold its last noun ("clinics"
    of "designated clinics"), else None."""
    obj = (fact.get("object") or "").strip()
    window = phrases.around_text(fact.get("sentence") or "", fact.get("text") or "", phrases.EXCERPT).casefold()
    content = re.findall(r"[a-z]{4,}", obj.casefold())
    return obj if content and not re.search(rf"\b{re.escape(content[-1])}\b", window) else None


def statement_ids(row: dict[str, Any]) -> list[str]:
    """The statements a figure row stands on: its own, and for a change an article states as a series of levels
    (`query.figures.register_series`) the statement of its first level (`from_fact_id`)."""
    return [i for i in (row["fact_id"], row.get("from_fact_id")) if i]


def _earlier_level(report: Report, row: dict[str, Any]) -> str:
    """For a series, the passage of its first level with its citation ("; earlier: “…74 nurses held licences in
    2021…”[2]"), else ""."""
    first = facts_by_id(report.store, statement_ids(row)[1:]).get(row.get("from_fact_id"))
    return f"; earlier: {phrases.around(first)}{report.cite.cite_fact(first)}" if first else ""


SumKind = Callable[[str, str], tuple[str, bool] | None]
"""What a sum is from its sentence and its own words: (label, whether it is money of cooperation), or None when its
words say neither (`report.cooperation.sum_kind`)."""
DEALS_TOTAL = "deals' total"
"""The label (`sum_kinds.tsv`) of a sum stated as the total of several deals: when its article lists others, it is
their total, said after the largest sums, not ranked beside them as another deal."""
KIND_READ = 4
"""Sums read per sum shown when what a sum is may leave it out (`sum_rows`' `kind`)."""


CONTINGENT = ("milestone payments",)
"""The labels (`sum_kinds.tsv`) of money a deal brings only if its terms are met ("up to $180 million in sales
milestones"): ranked after the sums paid, pledged or signed for outright."""


def sum_rows(
    report: Report,
    limit: int = SUMS,
    *,
    of_bodies: bool = False,
    skip: frozenset[str] = frozenset(),
    kind: SumKind | None = None,
) -> tuple[list[tuple[dict[str, Any], dict[str, Any], tuple[str, bool] | None]], bool]:
    """((figure row, its fact, what it is or None) of the `limit` largest sums (`query.figures.largest_sums`, with
    `of_bodies` only those whose sentence names a body or states cooperation), whether a sum left out for being in
    `skip` is larger than one kept): the sums in `skip` left out, and with `kind` the sums it says are nobody's deal
    (a cost, a loss, a market's size), and the contingent sums (`CONTINGENT`) after the others."""
    ranked = figures.largest_sums(report.store, (KIND_READ * limit if kind else limit) + len(skip), of_bodies=of_bodies)
    kept = [r for r in ranked if r["fact_id"] not in skip]
    facts = facts_by_id(report.store, [r["fact_id"] for r in kept])
    rows = []
    for r in kept:
        fact = facts.get(r["fact_id"])
        what = kind(fact.get("sentence") or "", fact.get("text") or "") if fact and kind else None
        if fact and (what is None or what[1]):
            rows.append((r, fact, what))
    # a total of the deals its article lists (two sums or more besides it) is theirs, not another deal: said last
    totals = [x for x in rows if x[2] and x[2][0] == DEALS_TOTAL and (x[0].get("article_sums") or 0) >= 2]
    rows = [x for x in rows if x not in totals]
    # money a deal may bring on reaching milestones is said after the money paid or pledged outright
    rows = [x for x in rows if not (x[2] and x[2][0] in CONTINGENT)] + [
        x for x in rows if x[2] and x[2][0] in CONTINGENT
    ]
    rows = rows[:limit] + totals[:1]
    # a larger sum left out because the changes finding states it is named as left out, not silently skipped
    besides = any(r["fact_id"] in skip for r in ranked[: ranked.index(rows[-1][0]) + 1]) if rows else False
    return rows, besides


def rate_note(rows: list[dict[str, Any]]) -> str:
    """What a ranking of sums written in different currencies rests on, said once where it is shown: " (sums in
    different currencies ranked by their value in pounds at approximate 2023 annual average exchange rates: 1 yuan =
    £0.113; 640 million yuan and £72 million are about the same)" (`currency_rate_basis.txt`, the rates of the
    currencies shown, the ties `query.figures.currency_ties` finds); "" when every sum of `rows` is in one
    currency."""
    units = sorted({r["unit"] for r in rows if r.get("unit")})
    if len(units) < 2:
        return ""
    base = figures.base_currency()
    rates = initiatives.gbp_rates()
    each = [f"{narrate.fmt_amount(1, u)} = {narrate.fmt_amount(rates[u], base)}" for u in units if u != base]
    basis = read_lines("currency_rate_basis.txt")[0]
    note = f"sums in different currencies ranked by their value in pounds at {escape.html(basis)}: "
    note += escape.html(narrate.join(each))
    for tie in figures.currency_ties(list(rows)):
        shown = [escape.html(phrases.figure_text(r)) for r in tie]
        note += f"; {narrate.join(shown)} are about the same"
    return f" ({note})"


def sums_finding(
    report: Report, *, of_bodies: bool = False, skip_changes: bool = False, kind: SumKind | None = None
) -> Finding | None:
    """ "The largest sums stated are US$1 trillion (“…”)[1], £2 billion (“…”)[2] and £1 billion (“…”)[3]."; with
    `of_bodies`, "The largest sums pledged, paid or signed for …": only sums whose sentence names an organisation,
    states a partnership or uses the vocabulary of cooperation (not a market's size), with the parties of the
    cooperation the money belongs to; with `skip_changes`, not the sums the biggest-changes finding states ("Besides
    the changes above, the largest ..." when one of them is larger than a sum shown); with `kind`, not the sums it
    says are nobody's deal, and each sum shown with what it is ("£2 billion (deals' total: “…”)") (`sum_rows`)."""
    skip = frozenset(change_ids(report)) if skip_changes else frozenset()
    rows, besides = sum_rows(report, of_bodies=of_bodies, skip=skip, kind=kind)
    if not rows:
        return None
    parties = initiatives.money_parties(report.store, [r["fact_id"] for r, _, _ in rows]) if of_bodies else {}

    parts = facts_by_id(report.store, [p for r, _, _ in rows for p in r.get("parts") or ()])

    def render() -> str:
        items = [
            figure_phrase(
                report,
                r,
                fact,
                parties.get(r["fact_id"], ()),
                kind_of[0] if kind_of else None,
                [parts[p] for p in r.get("parts") or () if p in parts],
            )
            for r, fact, kind_of in rows
        ]
        quote(report, [r for r, _, _ in rows], "sums")
        quote(report, [{"fact_id": p} for r, _, _ in rows for p in r.get("parts") or ()], "sums")
        what = "sums pledged, paid or signed for" if of_bodies else "sums of money stated"
        lead = "Besides the changes above, the" if besides else "The"
        together = ""
        if rows[-1][2] and rows[-1][2][0] == DEALS_TOTAL and (rows[-1][0].get("article_sums") or 0) >= 2:
            together = f"; one article also states a total of deals, {items.pop()}"
        note = rate_note([r for r, _, _ in rows])
        if len(items) == 1:
            return f"{lead} only {what.replace('sums', 'sum', 1)} is {items[0]}{together}{note}."
        return f"{lead} largest {what} are {narrate.join(items, sep='; ')}{together}{note}."

    return Finding("sums", render)


def quote(report: Report, rows: list[dict[str, Any]], topic: str) -> None:
    """Mark the figures a key finding quotes as shown and quoted (`Report.quoted`): the tables after it neither
    repeat them nor print their sentences again."""
    for r in rows:
        report.shown_figures.add(r["fact_id"])
        report.quoted.setdefault(r["fact_id"], topic)


PER_ARTICLE = 3
"""Most rows one article gives a table of figures (changes, key numbers): one statistical release must not fill
the table; the rows it gives beyond these stay in the full table, and the table's caption says so."""


def spread(report: Report, rows: list[dict[str, Any]], limit: int) -> tuple[list[dict[str, Any]], str | None]:
    """(at most `limit` rows in their order, each article giving at most `PER_ARTICLE`; the caption saying which
    article's further rows were left out, else None): "At most three rows per article: further rows of “Health
    statistics for 2023” are left out."."""
    kept: list[dict[str, Any]] = []
    held: dict[str, int] = {}
    per: dict[str, int] = {}
    for r in rows:
        if len(kept) == limit:
            break
        d = r["doc_id"]
        if per.get(d, 0) >= PER_ARTICLE:
            held[d] = held.get(d, 0) + 1
            continue
        per[d] = per.get(d, 0) + 1
        kept.append(r)
    if not held:
        return kept, None
    names = narrate.join([f"“{report.cite.doc(d).title or report.cite.doc(d).label}”" for d in sorted(held)])
    return kept, f"At most {narrate.count(PER_ARTICLE, 'row')} per article: further rows of {names} are left out."


def _changes(report: Report, limit: int) -> list[dict[str, Any]]:
    """The biggest changes (`query.figures.biggest_changes`), at most `limit`, those of routine statistics
    (`query.measures.routine`: "emergency attendances rose 12%", "blood donations up 3%", a health system's yearly
    tallies) after every change of something else, whatever their size."""
    ranked = figures.biggest_changes(report.store, limit * ROUTINE_READ)
    routine = set(measure_query.routine(report.store, [r["fact_id"] for r in ranked]))
    first_tally = next((i for i, r in enumerate(ranked) if r["fact_id"] in routine), len(ranked))
    for i, r in enumerate(ranked):
        r["tally"] = r["fact_id"] in routine
        r["tally_aside"] = not r["tally"] and i > first_tally  # a larger tally comes after it
    return sorted(ranked, key=lambda r: r["tally"])[:limit]


ROUTINE_READ = 4
"""Changes read per change shown, so that a change of something else ranked below the routine statistics can come
before them."""
TALLIES_ASIDE = "yearly tallies of staff, visits and donations ranked after the rest"
"""What a superlative over changes says when a larger change of a routine tally comes after the changes it states:
"the biggest change" is then the biggest of the rest, and says so (the tally may still follow)."""


def tallies_aside(rows: list[dict[str, Any]]) -> bool:
    """Whether a larger change of a routine tally was placed after one of these changes (`_changes`)."""
    return any(r.get("tally_aside") for r in rows)


def biggest(report: Report) -> list[dict[str, Any]]:
    """The changes the biggest-changes finding states: at most `CHANGES`, each of at least `CHANGE_MIN` percent."""
    return [r for r in _changes(report, CHANGES) if abs(r["rank_pct"]) >= CHANGE_MIN]


def change_ids(report: Report) -> list[str]:
    """The statements of the biggest changes: each change's, and the first level's of a series."""
    return [i for r in biggest(report) for i in statement_ids(r)]


def changes_finding(report: Report) -> Finding | None:
    """ "The biggest changes: from 48 to 88 (+83%) (“…hospice care institutions increased from 48 to 88…”)[1]; …".
    Only changes of at least `CHANGE_MIN` percent."""
    rows = biggest(report)
    if not rows:
        return None
    facts = facts_by_id(report.store, [r["fact_id"] for r in rows])

    def render() -> str:
        items = [figure_phrase(report, r, facts[r["fact_id"]]) for r in rows]
        quote(report, rows, "changes")
        aside = f", {TALLIES_ASIDE}," if tallies_aside(rows) else ""
        if len(items) == 1:
            return f"The one sizeable change stated{aside} is {items[0]}."
        return f"The biggest changes stated{aside} are {narrate.join(items, sep='; ')}."

    return Finding("changes", render)


KEY_COLUMNS = [
    ("figure", "Figure"),
    ("what", "What the article says"),
    ("place", "Place"),
    ("year", "Year"),
    ("articles", "Articles"),
    ("source", "Source"),
]


def year_text(r: dict[str, Any]) -> str:
    """The year a figure's sentence states ("by 2030" for a level still to be reached), else "reported 2024" (the
    article's year, never shown as the figure's own), else "—"."""
    if not r.get("year"):
        return "—"
    if r.get("target"):
        return f"target, by {escape.html(str(r['year']))}"
    if r.get("year_stated", True):
        return escape.html(str(r["year"]))
    return f"<span class='report-meta'>reported {escape.html(str(r['year']))}</span>"


def place_text(r: dict[str, Any], sides: list[str]) -> str:
    """The figure's own place, else the sides its sentence names when it names two or more ("UK, mainland China",
    set apart as read from the sentence), else "—"."""
    if r.get("place"):
        return escape.html(r["place"])
    if sides:
        return f"<span class='report-meta'>{escape.html(', '.join(sides))}</span>"
    return "—"


def _row_html(
    report: Report, r: dict[str, Any], fact: dict[str, Any], sides: list[str] = (), first: dict[str, Any] | None = None
) -> dict[str, str]:
    """A figure row as a table row; `first` is the fact of a series' first level (`statement_ids`), shown and cited
    beside the latest."""
    return {
        "figure": escape.html(phrases.figure_text(r)),
        "what": phrases.around(fact, 110) + (f" (earlier: {phrases.around(first, 80)})" if first else ""),
        "place": place_text(r, list(sides)),
        "year": year_text(r),
        "articles": narrate.fmt_number(r.get("n_articles") or 1),
        "source": report.cite.cite_fact(fact) + (report.cite.cite_fact(first) if first else ""),
    }


def _rows_html(report: Report, rows: list[dict[str, Any]]) -> list[dict[str, str]]:
    """Figure rows as table rows, each with its passage, place (or the sides its sentence names) and citation."""
    facts = facts_by_id(report.store, [i for r in rows for i in statement_ids(r)])
    sides = figures.sentence_sides(report.store, [r["fact_id"] for r in rows])
    return [
        _row_html(report, r, facts[i], sides.get(i, []), facts.get(r.get("from_fact_id")))
        for r in rows
        if (i := r["fact_id"]) in facts
    ]


def key_numbers_table(report: Report, first: list[str] = (), leave_out: list[str] = ()) -> Table:
    """The most salient figures, one per object and place, with place (else the sides its sentence names), year and
    source; the full list as CSV, where `year` is the year the text states for the figure and `reported_in` the
    year of the article for a figure that states none (never read as the figure's own year). A figure an earlier
    table or a key finding shows (`Report.shown_figures`, `Report.quoted`: a change, a measure's key number), or a
    figure of a sentence they print, is not shown again: the key numbers are the figures not yet seen. Figures of
    `first` (the terms of measures, `query.measures.terms`) come first, and those of `leave_out` (routine
    statistics, `query.measures.routine`) and of a body's own results (`query.figures.results`) are not key
    numbers; one article gives at most `PER_ARTICLE` rows shown
    (`spread`)."""
    skip = sorted(report.shown_figures | set(report.quoted) | set(leave_out) | set(figures.results(report.store)))
    ranked = figures.key_numbers(report.store, report.top_n + 2 * PER_ARTICLE, skip, first)
    rows, note = spread(report, ranked, report.top_n)
    out = _rows_html(report, rows)
    full = pd.DataFrame(
        [
            {
                "figure": phrases.figure_text(r),
                "unit": r.get("unit") or "",
                "object": r.get("object") or "",
                "place": r.get("place") or "",
                "year": (r.get("year") or "") if r.get("year_stated") else "",
                "reported_in": "" if r.get("year_stated") else (r.get("year") or ""),
                "target": bool(r.get("target")),
                "articles": r.get("n_articles"),
                "salience": r.get("score"),
                "doc_id": r["doc_id"],
            }
            for r in figures.key_numbers(report.store, FULL_TABLE_ROWS, skip, first)
        ],
        columns=[
            *("figure", "unit", "object", "place", "year", "reported_in", "target", "articles", "salience", "doc_id")
        ],
    )
    return Table(
        out, KEY_COLUMNS, "No figure is stated in these articles.", caption=note, full=full, name="key-numbers"
    )


def change_rows(report: Report) -> tuple[list[dict[str, Any]], str | None]:
    """The changes the changes table shows (see `changes_table`) and its caption, else None: not a change of a
    sentence quoted or a figure shown before (`Report.quoted`, `Report.shown_figures`)."""
    skip = set(report.quoted) | report.shown_figures
    limit = min(report.top_n, CHANGE_ROWS)
    ranked = _changes(report, limit + len(skip) + 2 * PER_ARTICLE)
    facts = facts_by_id(report.store, [r["fact_id"] for r in ranked])
    quoted = {(f["doc_id"], f["sentence_start"]) for f in facts_by_id(report.store, list(skip)).values()}
    fresh = [r for r in ranked if (f := facts.get(r["fact_id"])) and (f["doc_id"], f["sentence_start"]) not in quoted]
    rows, note = spread(report, fresh, limit)
    if len(fresh) < len(ranked):
        note = " ".join(filter(None, ["Besides the changes quoted above.", note]))
    return rows, note


def changes_table(report: Report) -> Table:
    """Figures stated as changes, the largest relative change first: before → after with percent (marked shown, so
    the key numbers do not repeat them); not those of a sentence quoted before (`change_rows`), and at most
    `PER_ARTICLE` from one article (`spread`)."""
    rows, note = change_rows(report)
    out = _rows_html(report, rows)
    report.shown_figures.update(i for r in rows for i in statement_ids(r))
    empty = (
        "The changes stated are those of the key findings."
        if report.quoted and _changes(report, 1)
        else "No figure is stated as a change in these articles."
    )
    return Table(out, [("figure", "Change"), *KEY_COLUMNS[1:]], empty, caption=note)


def _when(report: Report, fact: dict[str, Any]) -> tuple[str, str]:
    d = report.cite.doc(fact["doc_id"])
    return (d.published or "9999", d.doc_id)


def disagreements_html(report: Report, limit: int = 3) -> str | None:
    """Figures about the same object, place and year that disagree, each with both passages (the earlier article
    first); None when none do."""
    pairs = figures.inconsistent(report.store, limit)
    if not pairs:
        return None
    facts = facts_by_id(report.store, [i for p in pairs for i in (p["a_fact_id"], p["b_fact_id"])])
    items = []
    for p in pairs:
        a, b = facts[p["a_fact_id"]], facts[p["b_fact_id"]]
        if _when(report, b) < _when(report, a):  # the earlier article first
            a, b, p = b, a, dict(p, a_value=p["b_value"], b_value=p["a_value"])
        where = f" in {escape.html(p['place'])}" if p.get("place") else ""
        fig = {"unit": p["unit"], "relation": "value"}
        items.append(
            f"<li>{escape.html(p['object_key'])}{where}, {p['year']}: "
            f"{escape.html(phrases.figure_text(dict(fig, after=p['a_value'])))} ({phrases.around(a, 90)})"
            f"{report.cite.cite_fact(a)} against {escape.html(phrases.figure_text(dict(fig, after=p['b_value'])))} "
            f"({phrases.around(b, 90)}){report.cite.cite_fact(b)}</li>"
        )
    return "<p>Figures that disagree between articles:</p><ul>" + "".join(items) + "</ul>"
