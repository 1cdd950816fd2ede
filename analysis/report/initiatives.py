"""Initiatives in a report (merged by `query.initiatives`): the flagship ones as findings and a table, the fields
they are in and the sides they join, and how cooperation moved over time.

An initiative is a finding only when its salience reaches `FLAGSHIP_MIN` (a single body-text mention of two
parties in one article scores 1); the field mix only when enough initiatives state a field and one field
really leads (`rank.lead`).
"""

from __future__ import annotations

from typing import Any

import matplotlib.pyplot as plt
import pandas as pd

from analysis.query import figures as figures_q
from analysis.query import initiatives as initiatives_q
from analysis.query import rank
from analysis.report import escape, narrate, phrases
from analysis.report.findings import Finding
from analysis.report.lookup import facts_by_id, one_per_group
from analysis.report.notebook import FULL_TABLE_ROWS, Chart, Report, Table

FLAGSHIP_MIN = 2
"""Salience an initiative needs to be stated as a finding."""
FIELD_MIN = 4
"""Initiatives with a stated field (other than "other") needed before the fields are compared."""
PERIOD_MIN = 2
"""Initiatives each period needs before the fields of two periods are compared."""
PASSAGES = 8
"""Statements of an initiative looked at to cite two of its distinct articles."""
TABLE_PARTIES = 4
"""Partners named in a row of the initiatives table (the rest counted)."""

_CN = ", ".join(f"'{j}'" for j in phrases.CHINESE)
HAS_UK = "len(list_filter(sides, lambda x: x = 'UK')) > 0"
HAS_CN = f"len(list_filter(sides, lambda x: x IN ({_CN}))) > 0"
PLACED = "len(list_filter(sides, lambda x: x IS NULL OR x NOT IN ('UK', " + _CN + "))) = 0"
"""SQL: every party of the initiative is placed in the UK or on the Chinese side."""
PAIRING = f"""CASE WHEN {HAS_UK} AND {HAS_CN} THEN 'UK–China' WHEN {HAS_CN} AND {PLACED} THEN 'China only'
  WHEN {HAS_UK} AND {PLACED} THEN 'UK only' ELSE 'other' END"""
"""SQL: the sides an initiative joins; "China only" and "UK only" only when every party is placed (a deal of a
Chinese body with a partner the articles do not place is not called Chinese)."""
N_CHINESE = f"len(list_distinct(list_filter(sides, lambda x: x IN ({_CN}))))"
CROSS_BORDER = f"CASE WHEN {HAS_UK} THEN 0 WHEN {N_CHINESE} >= 2 THEN {N_CHINESE} ELSE 0 END"
"""SQL: how many of mainland China, Hong Kong and Macao an initiative without a UK party joins (0 below two)."""
PAIRINGS = ("UK–China", "China only", "UK only", "other")
PAIRING_WORDS = {
    "UK–China": "join a UK and a Chinese party",
    "China only": "are between Chinese parties",
    "UK only": "are between UK parties",
    "other": "name a party the articles do not place on either side",
}


def ranked(
    store,
    limit: int,
    *,
    cross_first: bool = True,
    entity_id: str | None = None,
    pairing: str = "UK–China",
    named_first: bool = False,
    with_uk: bool = True,
    within: str | None = None,
) -> list[dict[str, Any]]:
    """Initiatives in the one ranking (salience, articles, then label and id), those of `pairing` first when
    `cross_first` ("UK–China", or "cross-border": between two or three of mainland China, Hong Kong and Macao,
    three before two, without a UK party); only those `entity_id` is a party to when given. With `named_first`,
    initiatives the articles name come before unnamed ones of the same pairing (a flagship has a name). Those
    between governments (`state_level`: a ministerial statement, an agreement of two health authorities) come
    before the rest, institutional or commercial, of the same standing: they commit the states. Each row
    has its parties ordered by side and then by how often the corpus names them, with their jurisdictions
    (`party_sides`), and `first` (above 0 when it is of `pairing`). Without `with_uk`, initiatives with a UK party
    are left out (the Greater Bay Area's own initiatives). `within`: SQL selecting the initiative ids to rank (all
    when None)."""
    conds = (
        (["list_contains(party_ids, $entity)"] if entity_id else [])
        + ([] if with_uk else [f"NOT ({HAS_UK})"])
        + ([f"initiative_id IN ({within})"] if within else [])
    )
    where = "WHERE " + " AND ".join(conds) if conds else ""
    # of `pairing`, one resting on one passing statement (`weak`) after the others
    first = CROSS_BORDER if pairing == "cross-border" else f"(({PAIRING}) = '{pairing}')::INT * (2 - weak::INT)"
    order = (
        f"{'first DESC, ' if cross_first else ''}{'(name IS NOT NULL) DESC, ' if named_first else ''}"
        "state_level DESC, score DESC, "
        "n_articles DESC, lower(label), label, initiative_id"
    )
    side = """CASE e.jurisdiction WHEN 'UK' THEN 0 WHEN 'mainland China' THEN 1 WHEN 'Hong Kong' THEN 2
      WHEN 'Macao' THEN 3 ELSE 4 END, e.mentions DESC, lower(e.name), e.entity_id"""
    # the top rows first, then their parties joined by id: never every initiative against every entity
    rows = store.rows(
        f"""WITH i AS (
          SELECT *, coalesce(name, array_to_string(parties, ' – ')) AS label, {PAIRING} AS pairing,
            {first} AS first FROM initiatives {where}),
        t AS (SELECT * FROM i ORDER BY {order} LIMIT $limit),
        p AS (
          SELECT x.initiative_id, list(e.name ORDER BY {side}) AS party_names,
            list(e.jurisdiction ORDER BY {side}) AS party_sides
          FROM (SELECT DISTINCT initiative_id, unnest(party_ids) AS pid FROM t) x
          JOIN entities e ON e.entity_id = x.pid
          GROUP BY x.initiative_id)
        SELECT t.*, p.party_names, p.party_sides FROM t LEFT JOIN p USING (initiative_id)
        ORDER BY {order}""",
        {"limit": limit, **({"entity": entity_id} if entity_id else {})},
    )
    # a sum that is a part of a larger sum of its article stands for that whole: the deal "worth up to $1.2bn", not
    # its "up to $1.12 billion in milestones"
    whole = figures_q.wholes(store, [r.get("money_fact") for r in rows])
    return [
        {**r, "money_fact": whole[r["money_fact"]], "money_facts": [whole[r["money_fact"]]]}
        if r.get("money_fact") in whole
        else r
        for r in rows
    ]


def dated_text(row: dict[str, Any]) -> str:
    """When an initiative is dated: "2015", "2015–2023" (dates the articles state), "reported in 2013" (only the
    publication date of the first article that states it), or ""."""
    years = phrases.years_text(row.get("first_year"), row.get("latest_year"))
    if years and row.get("dated") == "reported":
        return f"reported in {row['first_year']}"
    return years


def named_subject(row: dict[str, Any]) -> str:
    """An initiative's name as the subject of a sentence, escaped: "the Joint Nursing Academy" ("" when unnamed)."""
    name = row.get("name")
    if not name:
        return ""
    return escape.html(name if name[:4].lower() == "the " else f"the {name}")


def money_of(row: dict[str, Any], facts: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """The facts of the sums stated with an initiative, in text order: those listed together in its sentence
    (`money_facts`), else its one sum (`money_fact`)."""
    ids = row.get("money_facts") or [row.get("money_fact")]
    return [facts[i] for i in ids if i in facts]


def money_text(report: Report, row: dict[str, Any], facts: dict[str, dict[str, Any]], funders: dict[str, str]) -> str:
    """The money stated with an initiative, each sum followed by the body its sentence says pays it (`funders`,
    `query.initiatives.money_funders`) and cited (the sums of one sentence by one mark after the last of them): "£72
    million[1]", "£180,000 from Kestrel Charity[1]", "£4.6 million from Northvale Research Council and 25 million
    yuan from Eastport Science Commission[1]"; sums listed together in one currency with their total first: "£21.5
    million in all: £12 million and £9.5 million[1]" (a total of sums of which one word qualifies some, "up to",
    "about", is qualified by it: "up to £21.5 million in all: up to £12 million and £9.5 million"); "" when none."""
    sums = money_of(row, facts)
    marks = [report.cite.cite_fact(m) for m in sums]
    parts = []
    for i, m in enumerate(sums):
        text = escape.html(phrases.figure_text(phrases.fact_figure(m)))
        if funders.get(m["fact_id"]):
            text += f" from {escape.html(funders[m['fact_id']])}"
        # sums of one sentence share one mark, after the last of them
        last = i + 1 == len(sums) or sentence_key(sums[i + 1]) != sentence_key(m)
        parts.append(text + (marks[i] if last else ""))
    units = {m.get("unit") for m in sums}
    if len(sums) > 1 and len(units) == 1 and all(m.get("value") is not None for m in sums):
        said = {phrases.qualifier(m.get("text")) for m in sums} - {""}
        total = (said.pop() if len(said) == 1 else "") + narrate.fmt_amount(sum(m["value"] for m in sums), units.pop())
        return f"{escape.html(total)} in all: {narrate.join(parts)}"
    return narrate.join(parts)


def sentence_key(fact: dict[str, Any]) -> tuple:
    """The sentence of a fact (its article and start): facts of one sentence are cited by one mark."""
    return fact["doc_id"], fact.get("sentence_start")


def funders_of(report: Report, rows: list[dict[str, Any]]) -> dict[str, str]:
    """The bodies that pay the sums of `rows`' initiatives, by sum (`query.initiatives.money_funders`)."""
    return initiatives_q.money_funders(report.store, [i for r in rows for i in r.get("money_facts") or []])


def sentence(
    report: Report, row: dict[str, Any], facts: dict[str, dict[str, Any]], funders: dict[str, str] | None = None
) -> str:
    """One initiative as a statement: "The Joint Nursing Academy brings together Northvale University (UK) and
    Harbour City Medical College (mainland China), in education and training, dated 2021, with £5 million[1]."; when
    the articles only name the organisers of an event of it (`organisers`), as such: "Northvale University (UK) and
    Harbour City Medical College (mainland China) organise an event of the Coast Alliance, dated 2021."."""
    subject = named_subject(row)
    if row.get("organisers"):  # who organised an event of it, not who its members are
        who = phrases.parties_by_side(row["party_names"], row["party_sides"], joiner="and")
        head = f"{who} organise an event {'of ' + subject if subject else 'together'}"
    elif subject:
        head = f"{subject} brings together {phrases.parties_by_side(row['party_names'], row['party_sides'])}"
    else:
        head = phrases.parties_by_side(row["party_names"], row["party_sides"], joiner="works with")
        if " works with " not in head and " work with " not in head:  # all on one side
            head += " work together"
    tail = []
    if row.get("field") and row["field"] != "other":
        tail.append(f"in {escape.html(row['field'])}")
    years = dated_text(row)
    if years:
        tail.append(years if row.get("dated") == "reported" else f"dated {years}")
    money = money_text(report, row, facts, funders or {})
    if money:  # its marks come first in the text, so they are numbered first
        tail.append(f"with {money}")
    if row.get("n_articles", 1) > 1:
        tail.append(f"stated by {narrate.count(row['n_articles'], 'article')}")
    # a statement in the sentence of its money is cited by the money's mark
    cited = {sentence_key(m) for m in money_of(row, facts)}
    stated = one_per_group(facts.get(i) for i in row["fact_ids"][:PASSAGES])
    marks = report.cite.cite_facts([f for f in stated if sentence_key(f) not in cited], limit=2)
    text = head + ("" if not tail else ", " + ", ".join(tail))
    return narrate.sentence(text[0].upper() + text[1:] + marks) if text else ""


def _facts_of(report: Report, rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    ids = [i for r in rows for i in r["fact_ids"][:PASSAGES]] + [r.get("money_fact") for r in rows]
    return facts_by_id(report.store, ids + [i for r in rows for i in r.get("money_facts") or []])


def flagships(report: Report, n: int, pairing: str = "UK–China") -> list[dict[str, Any]]:
    """The `n` most salient initiatives of `pairing` (see `ranked`; named ones first) that reach `FLAGSHIP_MIN`."""
    rows = ranked(report.store, n, pairing=pairing, named_first=True)
    return [r for r in rows if r["score"] >= FLAGSHIP_MIN and r["first"] > 0 and not r.get("weak")]


def flagship_findings(report: Report, n: int = 2, *, pairing: str = "UK–China") -> list[Finding]:
    """The `flagships` of `pairing` as findings."""
    rows = flagships(report, n, pairing)
    facts, funders = _facts_of(report, rows), funders_of(report, rows)
    return [Finding("initiative", lambda r=r: sentence(report, r, facts, funders)) for r in rows]


COLUMNS = [
    ("initiative", "Initiative"),
    ("partners", "Partners (where based)"),
    ("field", "Field"),
    ("dated", "Dated"),
    ("money", "Money stated"),
    ("articles", "Articles"),
    ("source", "Source"),
]


def table(report: Report, *, cross: bool = True, pairing: str = "UK–China") -> Table:
    """The initiatives table: the `top_n` most salient, those of `pairing` first when `cross` ("UK–China", or
    "cross-border": between two or three of mainland China, Hong Kong and Macao), linking the full ranking as CSV.
    For "cross-border" only initiatives without a UK party are listed (the Greater Bay Area's own)."""
    rows = ranked(report.store, report.top_n, cross_first=cross, pairing=pairing, with_uk=pairing != "cross-border")
    t = table_of(report, rows, counted=pairing == "UK–China")
    t.full, t.name = full_frame(report, cross, pairing), "initiatives"
    return t


def table_of(report: Report, rows: list[dict[str, Any]], *, counted: bool = False) -> Table:
    """Rows of `ranked` as the initiatives table: name, partners with where they are based (marked as organisers
    when the articles only name who organised an event of it), field, years, money stated with it (marked shown, so
    the key numbers do not repeat it), articles, source. With `counted` (a report that counts only initiatives
    resting on more than one passing statement), one that rests on one is marked `WEAK_NOTE`."""
    facts, funders = _facts_of(report, rows), funders_of(report, rows)
    out = []
    for r in rows:
        names, sides = r["party_names"], r["party_sides"]
        partners = phrases.parties_listed(names, sides, TABLE_PARTIES)
        if r.get("organisers"):
            partners += " (organisers of an event of it)"
        sums = money_of(r, facts)
        report.shown_figures.update(m["fact_id"] for m in sums)
        out.append(
            {
                "initiative": (escape.html(r["name"]) if r.get("name") else "—")
                + (WEAK_NOTE if counted and r.get("weak") else ""),
                "partners": partners,
                "field": escape.html(r["field"]) if r.get("field") and r["field"] != "other" else "—",
                "dated": escape.html(dated_text(r)) or "—",
                "money": money_text(report, r, facts, funders) or "—",
                "articles": narrate.fmt_number(r["n_articles"]),
                "source": report.cite.cite_facts([facts[i] for i in r["fact_ids"][:1] if i in facts], limit=1),
            }
        )
    return Table(out, COLUMNS, "No partnership between named bodies is reported in these articles.")


WEAK_NOTE = " (one passing statement: not counted)"
"""After an initiative that rests on one passing statement (`query.initiatives.mark_weak`): listed, never counted."""


def full_frame(report: Report, cross: bool = True, pairing: str = "UK–China") -> pd.DataFrame:
    """Every initiative (at most `FULL_TABLE_ROWS`) in the table's order, as plain columns (for "cross-border",
    those without a UK party)."""
    rows = ranked(report.store, FULL_TABLE_ROWS, cross_first=cross, pairing=pairing, with_uk=pairing != "cross-border")
    return pd.DataFrame(
        [
            {
                "initiative": r.get("name") or "",
                "parties": "; ".join(r["party_names"]),
                "where_based": "; ".join(j or "" for j in r["party_sides"]),
                "sides_joined": r["pairing"],
                "one_passing_statement": bool(r.get("weak")),
                "field": r.get("field") or "",
                "first_year": r.get("first_year") or "",
                "latest_year": r.get("latest_year") or "",
                "dated_from": r.get("dated") or "",
                "articles": r["n_articles"],
                "salience": r["score"],
            }
            for r in rows
        ],
        columns=["initiative", "parties", "where_based", "sides_joined", "one_passing_statement", "field",
                 "first_year", "latest_year", "dated_from", "articles", "salience"],
    )  # fmt: skip


# -- fields and sides ----------------------------------------------------------------------------------------
def by_field(store, within: str | None = None) -> list[dict[str, Any]]:
    """Initiatives per field (the one ranking), with how many join each pairing of sides and one fact to cite;
    with `within` (SQL selecting initiative ids), only those."""
    cols = ", ".join(f"count(*) FILTER (WHERE pairing = '{p}') AS \"{p}\"" for p in PAIRINGS)
    where = f"WHERE initiative_id IN ({within})" if within else ""
    return store.rows(
        f"""SELECT field AS id, field AS label, count(*) AS n, {cols},
          arg_max(fact_ids[1], (score, initiative_id)) AS fact_id
        FROM (SELECT *, {PAIRING} AS pairing FROM initiatives {where}) GROUP BY field
        ORDER BY {rank.order_by("n")}"""
    )


def field_finding(report: Report, within: str | None = None) -> Finding | None:
    """ "Education and training leads: five of nine initiatives with a stated field; research follows with three."
    Only when `FIELD_MIN` initiatives state a field and one field (or two, tied) really leads; with `within` (SQL
    selecting initiative ids), only those count."""
    rows = [r for r in by_field(report.store, within) if r["label"] != "other"]
    total = sum(r["n"] for r in rows)
    lead = rank.lead(rows, "n", max_tied=2)
    if total < FIELD_MIN or lead is None or lead.score == total:
        return None
    facts = facts_by_id(report.store, [r["fact_id"] for r in lead.leaders])

    def render() -> str:
        marks = "".join(report.cite.cite_fact(facts[r["fact_id"]]) for r in lead.leaders if r["fact_id"] in facts)
        who = phrases.labels([r["label"] for r in lead.leaders])
        if lead.tied:
            s = f"{who} lead with {narrate.count(int(lead.score), 'initiative')} each, of {total} with a stated field"
        else:
            s = f"{who} leads: {narrate.share(int(lead.score), total, 'initiative')} with a stated field"
        s = s[0].upper() + s[1:] + marks
        if len(lead.runner_up) == 1:
            n = narrate.number_word(int(lead.runner_up_score))
            s += f"; {escape.html(lead.runner_up[0]['label'])} follows with {n}"
        elif lead.runner_up:
            n = narrate.count(int(lead.runner_up_score), "initiative")
            s += f"; {narrate.number_word(len(lead.runner_up))} other fields have {n} each"
        return narrate.sentence(s)

    return Finding("fields", render)


PAIRING_HEADERS = {"other": "a party not placed"}
"""Column headings of pairings whose name alone would mislead ("other" is not another country)."""
FIELD_COLUMNS = [
    ("field", "Field"),
    *[(p, PAIRING_HEADERS.get(p, p)) for p in PAIRINGS],
    ("total", "All"),
    ("source", "Source"),
]


def field_table(report: Report, within: str | None = None) -> Table:
    """Initiatives per field and per pairing of sides (only those `within` selects, when given), each field cited by
    its most salient initiative."""
    rows = by_field(report.store, within)
    facts = facts_by_id(report.store, [r["fact_id"] for r in rows])
    out = [
        {
            "field": escape.html(r["label"]),
            **{p: narrate.fmt_number(r[p]) for p in PAIRINGS},
            "total": narrate.fmt_number(r["n"]),
            "source": report.cite.cite_fact(facts[r["fact_id"]]) if r["fact_id"] in facts else "",
        }
        for r in rows
    ]
    if within:  # counted initiatives are of one pairing: their count is the whole row
        used = [("field", "Field"), ("total", "Initiatives"), ("source", "Source")]
        return Table(out, used, "No initiative that counts is reported in these articles.",
                     caption="Counted initiatives by field")  # fmt: skip
    used = [c for c in FIELD_COLUMNS if c[0] not in PAIRINGS or any(r[c[0]] for r in rows)]
    return Table(out, used, "No initiative is reported in these articles.",
                 caption="Initiatives by field and by the sides they join")  # fmt: skip


def worth_a_chart(values: list[int | float]) -> bool:
    """A bar chart shows a comparison worth seeing: at least three bars (in ranking order), none holding more than
    four fifths of the total, and the bars after the first not all equal (one leader over a flat tail is a
    sentence, not a chart)."""
    return len(values) >= 3 and max(values) <= 0.8 * sum(values) and len(set(values[1:])) > 1


def bar_title(rows: list[dict[str, Any]], what: str, noun: str, total: int | None = None) -> str:
    """A chart title that states what it shows: "Education and training leads: 5 of 9 initiatives"; a tie is
    said as a tie."""
    lead = rank.lead(rows, "n", minimum=1, max_tied=len(rows))
    if lead is None:
        return what
    who = phrases.labels_text([r["label"] for r in lead.leaders])
    n = int(lead.score)
    if lead.tied:
        return f"{who} lead {what}: {narrate.count(n, noun, words=False)} each"
    share = f"{n} of {total} {narrate.plural(noun, total)}" if total else narrate.count(n, noun, words=False)
    return f"{who} leads {what}: {share}"


def field_chart(report: Report, within: str | None = None) -> Chart | None:
    """Bars of initiatives per field (only those `within` selects, when given), only when the comparison is worth
    seeing (`worth_a_chart`)."""
    rows = by_field(report.store, within)
    if not worth_a_chart([r["n"] for r in rows]):
        return None
    total = sum(r["n"] for r in rows)
    data = pd.DataFrame([{"field": r["label"], "initiatives": r["n"]} for r in rows], columns=["field", "initiatives"])
    plotted = data.iloc[::-1].reset_index(drop=True)
    fig, ax = plt.subplots(figsize=(8.0, max(2.2, 0.42 * len(plotted) + 1.3)))
    ax.barh([escape.mpl(f) for f in plotted["field"]], plotted["initiatives"], color="#1a5fb4")
    ax.set_xlabel("Initiatives")
    title = bar_title(rows, "the fields", "initiative", total)
    ax.set_title(escape.mpl(title))
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.grid(axis="y", visible=False)
    fig.tight_layout()
    return Chart(fig, "initiatives-by-field", data, title + ".",
                 "Horizontal bars: the number of initiatives in each field of cooperation.")  # fmt: skip


def periods(years: list[tuple[str, int]]) -> tuple[list[str], list[str]] | None:
    """The years (in order, with their counts) cut in two where the counts are most even, the earlier cut on a tie:
    [("2013", 2), ("2015", 1), ("2017", 3)] -> (["2013", "2015"], ["2017"]); None unless each part holds
    `PERIOD_MIN`."""
    total = sum(n for _, n in years)
    best, run = None, 0
    for i, (_, n) in enumerate(years[:-1]):
        run += n
        if run >= PERIOD_MIN and total - run >= PERIOD_MIN and (best is None or abs(total - 2 * run) < best[0]):
            best = (abs(total - 2 * run), i + 1)
    if best is None:
        return None
    return [y for y, _ in years[: best[1]]], [y for y, _ in years[best[1] :]]


def shift_finding(report: Report, within: str | None = None) -> Finding | None:
    """What moved over time: the initiatives with a year and a field cut into an earlier and a later period
    (`periods`), and the field that leads each: "Of the initiatives dated or first reported in 2013–2015, clinical
    services leads (two of three); of those of 2017–2023, research (four of five)." Only when each period holds
    `PERIOD_MIN` initiatives and a field really leads in at least one (at least two initiatives, no tie)."""
    rows = initiatives_q.fields_by_year(report.store, within)
    years: dict[str, int] = {}
    for r in rows:
        years[r["year"]] = years.get(r["year"], 0) + r["n"]
    cut = periods(sorted(years.items()))
    if cut is None:
        return None
    parts = []
    for span in cut:
        counted: dict[str, dict[str, Any]] = {}
        for r in rows:
            if r["year"] in span:
                c = counted.setdefault(r["field"], {"id": r["field"], "label": r["field"], "n": 0, "fact_id": None})
                c["n"] += r["n"]
                c["fact_id"] = c["fact_id"] or r["fact_id"]
        ranked_ = sorted(counted.values(), key=lambda c: rank.sort_key(c["n"], c["label"]))
        parts.append((span, sum(c["n"] for c in ranked_), len(ranked_), rank.lead(ranked_, "n", max_tied=1)))
    if not any(lead for *_, lead in parts):
        return None
    facts = facts_by_id(report.store, [lead.leaders[0]["fact_id"] for *_, lead in parts if lead])

    def said(span: list[str], total: int, n_fields: int, lead: rank.Lead | None) -> str:
        years_ = phrases.years_text(span[0], span[-1])
        if lead is None:
            return f"{years_}, {narrate.number_word(total)} spread over {narrate.count(n_fields, 'field')}"
        top_ = lead.leaders[0]
        mark = report.cite.cite_fact(facts[top_["fact_id"]]) if top_["fact_id"] in facts else ""
        field = escape.html(top_["label"])
        if int(lead.score) == total:
            every = "both" if total == 2 else f"all {narrate.number_word(total)}"
            return f"{years_}, {every} are in {field}{mark}"
        return f"{years_}, {field} leads ({narrate.share(int(lead.score), total, 'initiative')}){mark}"

    first, later = parts
    return Finding(
        "shift",
        lambda: narrate.sentence(
            f"Of the initiatives dated or first reported in {said(*first)}; of those of {said(*later)}"
        ),
    )
