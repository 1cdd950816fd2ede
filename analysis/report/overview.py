"""The corpus overview (01): what the articles are, which were folded together as republished copies, who published
them, which are the cooperating parties' own press releases or carry no date, how much one article contributes,
the strands and the facts that decided them, and the corpus statistics (themes, figures per place, articles by
year).

Corpus statistics belong here and nowhere else.
"""

from __future__ import annotations

from typing import Any

import matplotlib.pyplot as plt
import pandas as pd

from analysis.query import corpus, duplicates, rank
from analysis.report import escape, narrate, phrases
from analysis.report.findings import Finding, made
from analysis.report.initiatives import bar_title, worth_a_chart
from analysis.report.lookup import facts_by_id
from analysis.report.notebook import FULL_TABLE_ROWS, Chart, Report, Table
from analysis.report.strands import LABELS, WHY

EMPTY = "The corpus holds no article to describe."
SHARE_FINDING = 0.2
"""Share of all facts one article must hold (of five distinct articles or more) before the overview says the
reports lean on it."""
ROWS = 5
"""Rows of the short lists (folded groups, contributors, places); the lists a reader checks one by one (press
releases, undated articles) show as many as a table (`Report.top_n`)."""
STRAND_ROWS = 8
"""Most articles listed with the facts that decided their strand (every article's in the CSV)."""
CHART_BARS = 8
"""Most bars of the themes chart."""


def name_html(report: Report, doc_id: str, limit: int = 90) -> str:
    """An article as a reader recognises it: its title (cited), else its first sentence marked as untitled."""
    d = report.cite.doc(doc_id)
    if d.untitled:
        return f'<span class="untitled">{escape.html(narrate.shorten(d.label, limit))}</span> (untitled)'
    return f"“{escape.html(narrate.shorten(d.title, limit))}”{report.cite.cite_field(doc_id, 'title')}"


# -- findings -----------------------------------------------------------------------------------------------
DISTINCT_DOCS = """(SELECT d.* FROM documents d JOIN scope_docs g USING (doc_id) WHERE g.canonical)"""
"""SQL: the distinct articles (each group of republished copies by its canonical article)."""


def distinct_word(report: Report) -> str:
    """ "distinct " when the corpus holds republished copies (counts are of distinct articles), else ""."""
    folded = report.store.value("SELECT count(*) - count(DISTINCT group_id) FROM scope_docs")
    return "distinct " if folded else ""


def size_finding(report: Report) -> Finding | None:
    """ "The corpus holds 29 articles; five are republished copies of others, so 24 distinct articles remain:
    14 concern China–UK cooperation and 12 the Greater Bay Area health reforms, three of them both." (what the
    corpus is about, said once, as the report's first finding)."""
    t = corpus.totals(report.store)
    if not t["n_articles"]:
        return None
    counts = corpus.strand_counts(report.store)

    def render() -> str:
        n, groups = t["n_articles"], t["n_groups"] or t["n_articles"]
        s = f"The corpus holds {narrate.count(n, 'article')}"
        folded = n - groups
        if folded:
            copies = "is a republished copy of another" if folded == 1 else "are republished copies of others"
            rest = narrate.count(groups, "distinct article")
            s += f"; {narrate.number_word(folded)} {copies}, so {rest} remain"
        else:
            s += ", none a republished copy of another"
        if counts:
            s += ": " + strands_sentence(counts)
        return s + "."

    return Finding("size", render)


def dates_finding(report: Report) -> Finding | None:
    """ "The articles that give their publication date were published between May 2013 and March 2025 (25 of 29
    articles); four give none." (events an undated article dates in its text are the timeline's); with articles of
    both strands dated, the period each strand covers: "The China–UK articles were published between May 2013 and
    July 2018 (ten of 12 articles dated), the Greater Bay Area ones between …; four give none, though the events they
    report run to 24 March 2025." (the latest step an undated article reports as done, when later than every
    publication date: the corpus reaches further than its dated articles)."""
    span = report.store.rows(
        f"""SELECT count(*) FILTER (WHERE published IS NOT NULL) AS dated, count(*) AS n,
          arg_min(doc_id, (published, doc_id)) FILTER (WHERE published IS NOT NULL) AS first_doc,
          min(published) AS first, arg_max(doc_id, (published, doc_id)) FILTER (WHERE published IS NOT NULL)
            AS last_doc, max(published) AS last
        FROM {DISTINCT_DOCS}"""
    )[0]
    if not span["dated"]:
        return None

    strands = [r for r in corpus.strand_spans(report.store) if r["dated"]]

    def when(r: dict[str, Any]) -> str:
        first = f"{escape.html(narrate.fmt_date(r['first']))}{report.cite.cite_field(r['first_doc'], 'published')}"
        last = f"{escape.html(narrate.fmt_date(r['last']))}{report.cite.cite_field(r['last_doc'], 'published')}"
        return f"on {first}" if r["first"] == r["last"] else f"between {first} and {last}"

    def render() -> str:
        undated = span["n"] - span["dated"]
        if len(strands) == 2:  # each strand's own span: what period the corpus covers for each
            uk, gba = strands
            s = (
                f"The China–UK articles were published {when(uk)} ({narrate.share(uk['dated'], uk['n'], 'article')} "
                f"dated), the Greater Bay Area ones {when(gba)} ({narrate.share(gba['dated'], gba['n'], 'article')} "
                "dated)"
            )
        else:
            share = narrate.share(span["dated"], span["n"], distinct_word(report) + "article")
            s = f"The articles that give their publication date were published {when(span)} ({share})"
        if undated:
            s += f"; {narrate.number_word(undated)} {'gives' if undated == 1 else 'give'} none"
            latest = corpus.undated_latest(report.store)
            if latest and (not span["last"] or latest["date"] > span["last"]):
                day = escape.html(narrate.fmt_date(latest["date"]))
                fact = facts_by_id(report.store, [latest["fact_id"]])[latest["fact_id"]]
                they = "it reports" if undated == 1 else "they report"
                s += f", though the events {they} run to {day}{report.cite.cite_facts([fact], 1)}"
        return s + "."

    return Finding("dates", render)


def strands_sentence(counts: list[dict[str, Any]]) -> str:
    """ "14 concern China–UK cooperation and 17 the GBA health reforms, three of them both; one neither"
    (each group of republished copies once)."""
    by = {r["id"]: r["n"] for r in counts}
    uk, gba, both, neither = (by.get(k, 0) for k in ("china_uk", "gba", "both", "neither"))
    parts = []
    if uk + both:
        parts.append(f"{narrate.number_word(uk + both)} concern China–UK cooperation")
    if gba + both:
        parts.append(f"{narrate.number_word(gba + both)} the Greater Bay Area health reforms")
    s = narrate.join(parts) if parts else "none concerns either strand"
    if both:
        s += f", {narrate.number_word(both)} of them both"
    if neither and parts:
        s += f"; {narrate.number_word(neither)} neither"
    return s


def publishers_finding(report: Report) -> Finding | None:
    """ "20 of 29 articles name their publisher; Northvale News published the most (three)[1]." A ranking only when
    the lead is real."""
    n = report.store.value(f"SELECT count(*) FROM {DISTINCT_DOCS}")
    named = report.store.value(f"SELECT count(*) FROM {DISTINCT_DOCS} WHERE publisher IS NOT NULL")
    if not named:
        return None
    rows = corpus.publishers(report.store, 5)
    lead = rank.lead(rows, "n")

    def render() -> str:
        s = f"{narrate.share(named, n, distinct_word(report) + 'article')} name their publisher"
        if lead is not None:
            who = narrate.join(
                [escape.html(r["label"]) + report.cite.cite_field(r["doc_id"], "publisher") for r in lead.leaders]
            )
            each = " each" if lead.tied else ""
            verb = "published the most" if not lead.tied else "published the most"
            s += f"; {who} {verb} ({narrate.number_word(int(lead.score))}{each})"
        else:
            s += "; no publisher has more than one article" if rows and rows[0]["n"] == 1 else ""
        return narrate.sentence(s)

    return Finding("publishers", render)


def _by(r: dict) -> str:
    """Who a party's own page is by: its publisher line, else the body whose voice it is written in."""
    return r["publisher"] if r.get("publisher") and not r.get("by_voice") else f"{r['party']} (in its own voice)"


def press_releases_finding(report: Report) -> Finding | None:
    total, rows = corpus.first_press_releases(report.store, 3)
    if not total:
        return None

    def render() -> str:
        items = [f"{name_html(report, r['doc_id'], 70)}, by {escape.html(_by(r))}" for r in rows]
        more = f" and {total - 3} more" if total > 3 else ""
        verb = (
            "is the press release of a body it reports on (published by it, or written in its voice)"
            if total == 1
            else ("are press releases of a body they report on (published by it, or written in its voice)")
        )
        return f"{narrate.count(total, 'article').capitalize()} {verb}: {narrate.join(items, sep='; ')}{more}."

    return Finding("press", render)


def contributors(report: Report, limit: int) -> list[dict[str, Any]]:
    """Distinct articles (a group of republished copies once, by its canonical article) by their share of all
    facts of the distinct articles, largest first."""
    return report.store.rows(
        """WITH per AS (
          SELECT f.doc_id, count(*) AS n FROM facts f JOIN scope_docs g USING (doc_id) WHERE g.canonical
          GROUP BY f.doc_id)
        SELECT doc_id, n, n / sum(n) OVER () AS share FROM per ORDER BY n DESC, doc_id LIMIT ?""",
        [limit],
    )


def share_finding(report: Report) -> Finding | None:
    """ "One article, “…”, holds 31% of all facts: the reports lean on it." Only above `SHARE_FINDING`."""
    top = contributors(report, 1)
    if not top or top[0]["share"] < SHARE_FINDING or report.store.value(f"SELECT count(*) FROM {DISTINCT_DOCS}") < 5:
        return None
    r = top[0]
    return Finding(
        "share",
        lambda: (
            f"One article, {name_html(report, r['doc_id'], 70)}, holds {round(100 * r['share'])}% of all facts "
            "extracted, so the reports lean on it."
        ),
    )


def key_findings(report: Report) -> list[Finding]:
    return made(
        [
            size_finding(report),
            dates_finding(report),
            publishers_finding(report),
            press_releases_finding(report),
            share_finding(report),
        ]
    )


# -- the articles -------------------------------------------------------------------------------------------
LEAD_WIDTH = 120
"""Characters of a lead sentence shown for an article."""
ARTICLE_COLUMNS = [
    ("article", "Article"),
    ("lead", "What it reports"),
    ("published", "Published, by"),
    ("strand", "Strand"),
    ("copies", "Copies"),
    ("facts", "Facts"),
]


def articles_table(report: Report) -> Table:
    """The distinct articles (the most recent first, at most `top_n`; a group of republished copies by its
    canonical article, with the number of copies): title (untitled: first sentence, marked), what it reports (the
    opening of its lead paragraph's first sentence with a fact), date and publisher as the article states them
    (cited), strand, facts; every article, copies included, as CSV."""
    rows = corpus.articles(report.store, report.top_n, distinct=True)
    leads = corpus.leads(report.store, [r["doc_id"] for r in rows])
    lead_facts = facts_by_id(report.store, list(leads.values()))
    out = []
    for r in rows:
        lead = lead_facts.get(leads.get(r["doc_id"], ""))
        out.append(
            {
                "article": name_html(report, r["doc_id"]) + f"<br><code>{escape.html(r['doc_id'])}</code>",
                "lead": phrases.around({"sentence": lead["sentence"], "text": ""}, LEAD_WIDTH)
                + report.cite.cite_fact(lead)
                if lead
                else "—",
                "published": "<br>".join(
                    [
                        escape.html(narrate.fmt_date(r["published"])) + report.cite.cite_field(r["doc_id"], "published")
                        if r["published"]
                        else "no date stated",
                        escape.html(r["publisher"]) + report.cite.cite_field(r["doc_id"], "publisher")
                        if r["publisher"]
                        else "no publisher stated",
                    ]
                ),
                "strand": escape.html(LABELS.get(r["strand"] or "neither", "neither strand")),
                "copies": narrate.fmt_number(r["copies"]) if r["copies"] else "—",
                "facts": narrate.fmt_number(r["n_facts"]),
            }
        )
    full = pd.DataFrame(
        [
            {
                "doc_id": r["doc_id"],
                "title": r["title"] or "",
                "label": r["label"] or "",
                "published": r["published"] or "",
                "publisher": r["publisher"] or "",
                "strand": r["strand"] or "neither",
                "facts": r["n_facts"],
                "group": r["group_id"] or r["doc_id"],
            }
            for r in corpus.articles(report.store, FULL_TABLE_ROWS)
        ],
        columns=["doc_id", "title", "label", "published", "publisher", "strand", "facts", "group"],
    )
    return Table(out, ARTICLE_COLUMNS, EMPTY, full=full, name="articles")


def folded_html(report: Report) -> str:
    """Which articles were folded together as republished copies (the largest groups first)."""
    groups = duplicates.folded_groups(report.store, limit=ROWS, max_others=2)
    if not groups:
        return '<p class="empty-note">No article is a republished copy of another.</p>'
    total = report.store.value("SELECT count(DISTINCT group_id) FROM doc_groups WHERE group_size > 1")
    items = []
    for g in groups:
        others = ", ".join(f"<code>{escape.html(o)}</code>" for o in g.others)
        more = g.group_size - 1 - len(g.others)
        items.append(
            f"<li>{name_html(report, g.canonical_doc_id, 80)} (<code>{escape.html(g.canonical_doc_id)}</code>), cited "
            f"for the group, with its copies {others}{f' and {more} more' if more > 0 else ''}</li>"
        )
    head = f"<p>{narrate.count(total, 'group').capitalize()} of near-identical articles, each counted once:</p>"
    return head + "<ul>" + "".join(items) + "</ul>"


def press_releases_html(report: Report) -> str:
    total, rows = corpus.first_press_releases(report.store, report.top_n)
    if not total:
        return '<p class="empty-note">No article is published by a body it reports on or written in its voice.</p>'

    def item(r: dict) -> str:
        if r.get("by_voice"):
            return f"{name_html(report, r['doc_id'], 80)}, written in the voice of {escape.html(r['party'])}"
        return (
            f"{name_html(report, r['doc_id'], 80)}, published by {escape.html(r['publisher'])}"
            f"{report.cite.cite_field(r['doc_id'], 'publisher')}, a body it reports on ({escape.html(r['party'])})"
        )

    items = [f"<li>{item(r)}</li>" for r in rows]
    more = f"<p>and {total - len(rows)} more (see the articles table).</p>" if total > len(rows) else ""
    return "<ul>" + "".join(items) + "</ul>" + more


def undated_html(report: Report) -> str:
    total = corpus.n_undated(report.store)
    if not total:
        return '<p class="empty-note">Every article states its publication date.</p>'
    ids = corpus.undated(report.store, report.top_n)
    items = "".join(f"<li>{name_html(report, d, 80)} (<code>{escape.html(d)}</code>)</li>" for d in ids)
    more = f"<p>and {total - len(ids)} more.</p>" if total > len(ids) else ""
    verb = "states" if total == 1 else "state"
    return f"<p>{narrate.count(total, 'article').capitalize()} {verb} no publication date:</p><ul>{items}</ul>{more}"


SHARE_COLUMNS = [("article", "Article"), ("facts", "Facts"), ("share", "Share of all facts")]


def contributors_table(report: Report) -> Table:
    rows = contributors(report, ROWS)
    out = [
        {
            "article": name_html(report, r["doc_id"], 80) + f"<br><code>{escape.html(r['doc_id'])}</code>",
            "facts": narrate.fmt_number(r["n"]),
            "share": f"{round(100 * r['share'])}%",
        }
        for r in rows
    ]
    return Table(out, SHARE_COLUMNS, "No fact was extracted from these articles.",
                 caption="The articles that contribute most facts")  # fmt: skip


# -- strands ------------------------------------------------------------------------------------------------
STRAND_COLUMNS = [("article", "Article"), ("strand", "Strand"), ("evidence", "Decided from")]


def strands_html(report: Report) -> str:
    counts = corpus.strand_counts(report.store)
    return (
        f"<p>Of the distinct articles, {strands_sentence(counts)}. Articles concern China–UK cooperation when "
        f"{WHY['china_uk']}, and the Area's reforms when {WHY['gba']}.</p>"
    )


def strands_table(report: Report) -> Table:
    """Each distinct article's strand (at most `top_n`, in doc_id order) with the facts that decided it, cited;
    every article's as CSV."""
    rows = report.store.rows(
        """SELECT doc_id, strand, uk_fact, china_fact, gba_fact FROM strands JOIN scope_docs g USING (doc_id)
        WHERE g.canonical ORDER BY doc_id LIMIT ?""",
        [min(report.top_n, STRAND_ROWS)],
    )
    facts = facts_by_id(report.store, [r[k] for r in rows for k in ("uk_fact", "china_fact", "gba_fact")])
    out = []
    for r in rows:
        parts = []
        for key, label in (("uk_fact", "UK"), ("china_fact", "China"), ("gba_fact", "GBA")):
            f = facts.get(r[key] or "")
            if f is not None:
                what = f.get("name") or (f.get("theme") or "").replace("_", " ")
                parts.append(f"{label}: {escape.html(what)}{report.cite.cite_fact(f)}")
        out.append(
            {
                "article": f"<code>{escape.html(r['doc_id'])}</code>",
                "strand": escape.html(LABELS[r["strand"]]),
                "evidence": "; ".join(parts) or "—",
            }
        )
    full = report.store.frame(
        "SELECT doc_id, strand, uk_fact, china_fact, gba_fact FROM strands ORDER BY doc_id LIMIT ?", [FULL_TABLE_ROWS]
    )
    return Table(out, STRAND_COLUMNS, EMPTY, full=full, name="strands")


# -- corpus statistics --------------------------------------------------------------------------------------
def themes(report: Report) -> list[dict[str, Any]]:
    """Themes by the distinct articles that mention them (each group of copies once), the one ranking."""
    return report.store.rows(
        f"""SELECT theme AS id, replace(theme, '_', ' ') AS label, count(DISTINCT group_id) AS n
        FROM scoped WHERE kind = 'theme' AND theme IS NOT NULL GROUP BY theme
        ORDER BY {rank.order_by("n")}"""
    )


def themes_chart(report: Report) -> Chart | None:
    rows = themes(report)[: min(report.top_n, CHART_BARS)]
    if not worth_a_chart([r["n"] for r in rows]):
        return None
    data = pd.DataFrame([{"theme": r["label"], "articles": r["n"]} for r in rows], columns=["theme", "articles"])
    plotted = data.iloc[::-1].reset_index(drop=True)
    fig, ax = plt.subplots(figsize=(8.0, max(2.0, 0.28 * len(plotted) + 1.1)))
    ax.barh([escape.mpl(t) for t in plotted["theme"]], plotted["articles"], color="#26a269")
    title = bar_title(rows, "the themes", "article")
    ax.set_title(escape.mpl(title))
    ax.set_xlabel("Distinct articles mentioning it")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.grid(axis="y", visible=False)
    fig.tight_layout()
    return Chart(fig, "themes", data, title + ".", "Horizontal bars: the number of articles mentioning each theme.")


def themes_html(report: Report) -> str | None:
    """The themes as a sentence when a chart would show nothing worth seeing."""
    rows = themes(report)
    if not rows or worth_a_chart([r["n"] for r in rows[: report.top_n]]):
        return None
    tiers = rank.tiers(rows, "n")
    parts = [
        f"{phrases.labels([r['label'] for r in t])} "
        f"({narrate.count(t[0]['n'], 'article')}{' each' if len(t) > 1 else ''})"
        for t in tiers[:3]
    ]
    return f"<p>Themes by the articles that mention them: {'; '.join(parts)}.</p>"


PLACE_COLUMNS = [("place", "Place"), ("n", "Figures about it"), ("articles", "Articles")]


def places_table(report: Report) -> Table:
    """Places by the figures stated about them (each figure once), with the articles stating them."""
    rows = report.store.rows(
        f"""SELECT place AS id, place AS label, count(*) AS n, count(DISTINCT doc_id) AS articles FROM figures
        WHERE place IS NOT NULL GROUP BY place ORDER BY {rank.order_by("n")} LIMIT ?""",
        [ROWS],
    )
    out = [
        {
            "place": escape.html(r["label"]),
            "n": narrate.fmt_number(r["n"]),
            "articles": narrate.fmt_number(r["articles"]),
        }
        for r in rows
    ]
    return Table(out, PLACE_COLUMNS, "No figure is tied to a place.", caption="Figures per place")


YEAR_STRANDS = ("china_uk", "both", "gba")
"""The strands a bar of the years chart stacks, bottom first."""
YEAR_COLOURS = ("#1a5fb4", "#9141ac", "#26a269")


def years(report: Report) -> list[dict[str, Any]]:
    """Distinct articles by year of publication and strand ({"year", "strand", "n"}), oldest first; undated
    articles and those of neither strand left out."""
    return report.store.rows(
        f"""SELECT left(d.published, 4) AS year, st.strand, count(*) AS n
        FROM {DISTINCT_DOCS} d JOIN strands st USING (doc_id)
        WHERE d.published IS NOT NULL AND st.strand IN {YEAR_STRANDS!r}
        GROUP BY ALL ORDER BY year, st.strand"""
    )


def years_chart(report: Report) -> Chart | None:
    """Stacked bars: the distinct articles of each year of publication by strand, where they span three years or
    more (when the corpus's coverage of each strand lies); its title names the busiest year ("Most articles date
    from 2026: 31 of 44")."""
    rows = years(report)
    spans = sorted({r["year"] for r in rows})
    if len(spans) < 3:
        return None
    n = {(r["year"], r["strand"]): r["n"] for r in rows}
    data = pd.DataFrame(
        [{"year": y, **{LABELS[k]: n.get((y, k), 0) for k in YEAR_STRANDS}} for y in spans],
        columns=["year", *(LABELS[k] for k in YEAR_STRANDS)],
    )
    totals = {y: sum(n.get((y, k), 0) for k in YEAR_STRANDS) for y in spans}
    top = max(totals.values())
    busiest = [y for y in spans if totals[y] == top]
    title = (
        f"Most articles date from {busiest[0]}: {top} of {sum(totals.values())}"
        if len(busiest) == 1
        else f"{phrases.labels_text(busiest)} have the most articles: {top} each"
    )
    fig, ax = plt.subplots(figsize=(8.0, 2.8))
    bottom = [0] * len(spans)
    for k, colour in zip(YEAR_STRANDS, YEAR_COLOURS):
        heights = [n.get((y, k), 0) for y in spans]
        ax.bar(spans, heights, bottom=bottom, color=colour, label=LABELS[k])
        bottom = [b + h for b, h in zip(bottom, heights)]
    ax.set_ylabel("Articles")
    ax.set_title(escape.mpl(title))
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.legend(frameon=False, fontsize=8)
    ax.grid(axis="x", visible=False)
    fig.tight_layout()
    return Chart(fig, "articles-by-year", data, title + " (undated articles left out).",
                 "Stacked bars: the articles published each year, by strand.")  # fmt: skip
