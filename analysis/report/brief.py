"""What a report tells the index page's bottom line: one short computed line per strand (its numbers, not its key
findings verbatim) and the span of its dated steps, which the index sets side by side across the strands.

Each line is HTML (escaped names, quoted words) that the report hands over as plain text (`Report.brief`).
"""

from __future__ import annotations

from typing import Any

from analysis.query import actors, figures, measures, rank, timeline
from analysis.query.initiatives import COUNTED_IDS
from analysis.report import escape, initiatives, narrate, phrases
from analysis.report import figures as report_figures
from analysis.report import measures as measures_report
from analysis.report.cooperation import cooperation_sums
from analysis.report.lookup import facts_by_id
from analysis.report.notebook import Report

QUOTE_CHARS = 90
"""Longest quotation of the article's words in a line of the bottom line."""
KINDS = 6
"""Kinds of cross-border measure a line names at most (the rest counted)."""
DOMESTIC_KINDS = 3
"""Most kinds of domestic reform the bottom line names, the most widespread; the rest are counted."""


def _lead_field(store, within: str | None) -> tuple[str, int, int] | None:
    """(leading field, its initiatives, initiatives with a field) when one field really leads."""
    rows = [r for r in initiatives.by_field(store, within) if r["label"] != "other"]
    lead = rank.lead(rows, "n", max_tied=1)
    return (lead.leaders[0]["label"], int(lead.score), sum(r["n"] for r in rows)) if lead else None


def _quoted(store, fact_id: str) -> str:
    fact = facts_by_id(store, [fact_id]).get(fact_id)
    return phrases.around(fact, QUOTE_CHARS) if fact else ""


def flagship_text(report: Report) -> str:
    """The flagship China–UK initiative as a clause, without citations (the index cites nothing): "the flagship is
    the Joint Nursing Academy: Northvale University (UK) with Eastbay Hospital (mainland China), in education and
    training, dated 2021"; "" when no initiative reaches the key findings' floor (`initiatives.flagships`)."""
    rows = initiatives.flagships(report, 1)
    if not rows:
        return ""
    r = rows[0]
    who = phrases.parties_by_side(r["party_names"], r["party_sides"], joiner="with")
    subject = initiatives.named_subject(r)
    s = f"the flagship is {subject}: {who}" if subject else f"the flagship cooperation joins {who}"
    if r.get("field") and r["field"] != "other":
        s += f", in {escape.html(r['field'])}"
    years = initiatives.dated_text(r)
    if years:
        s += f", {years}" if r.get("dated") == "reported" else f", dated {years}"
    return s


def china_uk_line(report: Report) -> str | None:
    """ "12 initiatives join a UK and a Chinese body, research leading (five of 11 with a field); the flagship is
    the X Academy: A (UK) with B (mainland China), in education and training, dated 2021; the largest sum is £2
    billion (“…signed deals worth £2 billion…”)." None without a counted initiative."""
    store = report.store
    n = store.value(f"SELECT count(*) FROM ({COUNTED_IDS})")
    if not n:
        return None
    s = f"{narrate.count(n, 'initiative')} join a UK and a Chinese body"
    field = _lead_field(store, COUNTED_IDS)
    if field:
        s += f", {escape.html(field[0])} leading ({narrate.share(field[1], field[2], 'initiative')} with a field)"
    flagship = flagship_text(report)
    if flagship:
        s += f"; {flagship}"
    sums = cooperation_sums(report, 2)
    if sums:
        # sums the rates cannot order (`figures.currency_ties`) are the largest together, not one above the other
        tie = next((t for t in figures.currency_ties([r for r, _, _ in sums]) if t[0] is sums[0][0]), [sums[0][0]])
        top = [x for x in sums if any(x[0] is r for r in tie)]
        shown = []
        for row, fact, kind in top:
            what = f"{escape.html(kind[0])}: " if kind else ""
            shown.append(f"{escape.html(phrases.figure_text(row))} ({what}{phrases.around(fact, QUOTE_CHARS)})")
        if len(shown) == 1:
            s += f"; the largest sum is {shown[0]}"
        else:
            s += f"; the largest sums are {narrate.join(shown)}{report_figures.rate_note([x[0] for x in top])}"
    return narrate.sentence(s)


def leads_line(report: Report) -> str | None:
    """ "Northvale University leads the UK side with three initiatives; Eastbay Hospital and Kestrel College lead
    the Chinese side with four each." Only sides with a real lead (`actors.body_lead`: three counted initiatives or
    more, each leader's from two articles); None when neither side has one."""
    parts = []
    for side, word in (("UK", "the UK side"), ("China", "the Chinese side")):
        lead = actors.body_lead(actors.bodies(report.store, actors.SIDES[side], 5, within=COUNTED_IDS))
        if lead is None:
            continue
        who = narrate.join([escape.html(r["label"]) for r in lead.leaders])
        n = narrate.count(int(lead.score), "initiative")
        part = f"{who} {'lead' if lead.tied else 'leads'} {word} with {n}{' each' if lead.tied else ''}"
        parts.append(part)
    return narrate.sentence("; ".join(parts)) if parts else None


def scheme_text(report: Report) -> str | None:
    """The first cross-border scheme of the ranking (`query.measures.schemes`, one joining two sides; those with a key
    number and a statement of the measure first, so "best-documented" rather than "leading", which a tie of kinds
    would belie) in a few words: "the best-documented scheme is access, naming Westport Clinic (mainland China) and
    Harbourside (Hong Kong), key number 7 clinics, dated May 2025"; None without one. The rows the report's schemes
    table ranked (`Report.schemes`) when it has shown one, so the line and the table agree."""
    every = report.schemes if report.schemes is not None else measures.schemes(report.store)
    rows = [r for r in every if r["n_sides"] >= 2]
    if not rows:
        return None
    r = rows[0]
    sides: dict[str, dict] = {}
    for p in r["parties"]:
        sides.setdefault(p["jurisdiction"], p)
    text = f"the best-documented scheme is {escape.html(r['kind'])}, naming " + narrate.join(
        [phrases.party(p["name"], p["jurisdiction"]) for p in list(sides.values())[:3]]
    )
    figs = report.store.rows("SELECT * FROM figures WHERE fact_id = ?", [r["figure_fact_id"]])
    said = facts_by_id(report.store, [i for i in (figs[0]["fact_id"] if figs else None, r["date_fact_id"]) if i])
    if figs:
        text += f", key number {measures_report.key_number(figs[0], said.get(figs[0]['fact_id']))}"
    when = said.get(r["date_fact_id"]) if r["date_fact_id"] else None
    if when:
        text += f", dated {escape.html(narrate.fmt_date(when['date']))}"
    return text


def gba_line(report: Report) -> str | None:
    """ "Cross-border measures on access, insurance, staff and recognition; the best-documented scheme is access,
    naming Westport Clinic (mainland China) and Harbourside (Hong Kong), key number 7 clinics (`scheme_text`);
    domestic reform on primary care and facilities; the biggest change is from 48 to 88 (+83%) (“…rose from 48 to
    88…”)." What the measures of each scope are about, not how many articles state each (a count of the corpus, for
    the overview); the biggest change with or without a scheme. None without a measure or change."""
    kinds = [k for k in measures.kinds(report.store, "cross-border") if k.get("n")]
    domestic = [k for k in measures.kinds(report.store, "domestic") if k.get("n")]
    changes = report_figures.biggest(report)[:1]  # the report's own first change: one ranking on every page
    scheme = scheme_text(report) if kinds else None
    if not kinds and not domestic and not changes:
        return None
    out = []
    for found, what, most in ((kinds, "cross-border measures", KINDS), (domestic, "domestic reform", DOMESTIC_KINDS)):
        if found:
            named = [escape.html(k["label"]) for k in found[:most]]
            more = len(found) - most
            if more > 0:
                named.append(f"{narrate.count(more, 'other kind')}")
            out.append(f"{what} on {narrate.join(named)}")
        if found is kinds and scheme:
            out.append(scheme)
    if changes:
        c = changes[0]
        said = _quoted(report.store, c["fact_id"])
        if c.get("from_fact_id"):  # a series: the passage of its first level too
            said += f"; earlier: {_quoted(report.store, c['from_fact_id'])}"
        aside = f" ({report_figures.TALLIES_ASIDE})" if report_figures.tallies_aside(changes) else ""
        out.append(f"the biggest change{aside} is {escape.html(phrases.change_text(c))} ({said})")
    return narrate.sentence("; ".join(out))


def span(report: Report, what: str) -> dict[str, Any] | None:
    """The dated steps taken (plans left out): {"what": "China–UK cooperation", "first": "2013-10-14", "last":
    "2025-03", "n": 13}; None without two steps."""
    years = timeline.by_year(report.store)
    n = sum(y["n"] for y in years)
    ends = timeline.ends(report.store)
    if n < 2 or len(ends) < 2:
        return None
    return {"what": what, "first": ends[0]["date"], "last": ends[1]["date"], "n": n}


def cooperation(report: Report) -> dict[str, Any]:
    """The China–UK report's lines: its initiatives, who leads, the span of its dated steps."""
    return {
        "china_uk": china_uk_line(report),
        "leads": leads_line(report),
        "span": span(report, "China–UK cooperation"),
    }


def reform(report: Report) -> dict[str, Any]:
    """The Greater Bay Area report's lines: its cross-border measures and best-documented scheme (else its biggest
    change), the span of its steps."""
    return {"gba": gba_line(report), "span": span(report, "GBA health reform")}
