"""Content of the corpus overview: one row per article and sentences about the corpus as a whole."""

from __future__ import annotations

import re

import matplotlib.pyplot as plt
import pandas as pd

from analysis.report import escape, narrate, strands, themes
from analysis.report.notebook import Report

_WORD = re.compile(r"\w+", re.UNICODE)


def article_table(report: Report) -> pd.DataFrame:
    """One row per article: id, title, date, publisher, words and facts, with citations for stated metadata."""
    rows = []
    counts = report.facts.groupby("doc_id").size() if len(report.facts) else pd.Series(dtype=int)
    for d in report.corpus.documents:
        rows.append(
            {
                "doc_id": d.doc_id,
                "title": d.title.value if d.title else None,
                "published": d.published.value if d.published else None,
                "publisher": d.publisher.value if d.publisher else None,
                "words": len(_WORD.findall(d.text)),
                "facts": int(counts.get(d.doc_id, 0)),
            }
        )
    return pd.DataFrame(rows, columns=["doc_id", "title", "published", "publisher", "words", "facts"])


def article_rows_html(report: Report, table: pd.DataFrame) -> list[dict]:
    """Table rows with each stated title, date and publisher followed by its citation."""
    out = []
    docs = {d.doc_id: d for d in report.corpus.documents}
    for r in table.to_dict(orient="records"):
        d = docs[r["doc_id"]]
        row = {
            "doc_id": escape.html(r["doc_id"]),
            "words": narrate.fmt_number(r["words"]),
            "facts": narrate.fmt_number(r["facts"]),
        }
        for key in ("title", "published", "publisher"):
            field = getattr(d, key)
            row[key] = (escape.html(field.value) + report.cite.cite_field(d.doc_id, field)) if field else "—"
        out.append(row)
    return out


def summary_html(report: Report, table: pd.DataFrame) -> str:
    """Opening paragraph: how many articles, from which publishers, over which dates, how long."""
    n = len(table)
    parts = [
        f"The corpus holds {narrate.count(n, 'article')} with "
        f"{narrate.fmt_number(int(table['words'].sum()))} words in all."
    ]
    pubs = {}
    for d in report.corpus.documents:
        if d.publisher:
            pubs.setdefault(d.publisher.value, []).append(d)
    if pubs:
        named = [
            escape.html(name) + report.cite.cite_field(ds[0].doc_id, ds[0].publisher)
            for name, ds in sorted(pubs.items())
        ]
        stated = sum(len(v) for v in pubs.values())
        verb = "names its" if stated == 1 else "name their"
        parts.append(f"{narrate.count(stated, 'article').capitalize()} {verb} publisher: {narrate.join(named)}.")
        rest = n - stated
        if rest:
            parts.append(
                f"The other {narrate.count(rest, 'article')} {'does' if rest == 1 else 'do'} not say who published "
                f"{'it' if rest == 1 else 'them'}."
            )
    else:
        parts.append("None of the articles states its publisher.")
    dated = [d for d in report.corpus.documents if d.published]
    if dated:
        dated.sort(key=lambda d: (d.published.value, d.doc_id))
        first, last = dated[0], dated[-1]
        if first.published.value == last.published.value:
            when = (
                f"on {narrate.fmt_date(first.published.value)}{report.cite.cite_field(first.doc_id, first.published)}"
            )
        else:
            when = (
                f"between {narrate.fmt_date(first.published.value)}"
                f"{report.cite.cite_field(first.doc_id, first.published)} "
                f"and {narrate.fmt_date(last.published.value)}{report.cite.cite_field(last.doc_id, last.published)}"
            )
        parts.append(
            f"{narrate.count(len(dated), 'article').capitalize()} state{'s' if len(dated) == 1 else ''} "
            f"a publication date, {when}."
        )
    else:
        parts.append("No article states its publication date.")
    longest = table.sort_values(["words", "doc_id"], ascending=[False, True]).iloc[0]
    shortest = table.sort_values(["words", "doc_id"], ascending=[True, True]).iloc[0]
    if n > 1:
        parts.append(
            f"Lengths range from {narrate.fmt_number(int(shortest['words']))} words "
            f"(<code>{escape.html(shortest['doc_id'])}</code>) to {narrate.fmt_number(int(longest['words']))} words "
            f"(<code>{escape.html(longest['doc_id'])}</code>), a median of "
            f"{narrate.fmt_number(float(table['words'].median()))}."
        )
    return " ".join(parts)


def length_chart(table: pd.DataFrame):
    """Horizontal bars of words per article; returns the figure and exactly the plotted numbers."""
    data = table[["doc_id", "words"]].sort_values(["words", "doc_id"], ascending=[True, True]).reset_index(drop=True)
    fig, ax = plt.subplots(figsize=(8.0, max(2.2, 0.45 * len(data) + 1.2)))
    ax.barh([escape.mpl(d) for d in data["doc_id"]], data["words"], color="#1a5fb4")
    ax.set_xlabel("Words in the cleaned text")
    ax.set_ylabel("Article (doc_id)")
    ax.set_title("Length of each article")
    for y, v in enumerate(data["words"]):
        ax.annotate(
            narrate.fmt_number(int(v)), (v, y), xytext=(3, 0), textcoords="offset points", va="center", fontsize=8
        )
    ax.grid(axis="y", visible=False)
    fig.tight_layout()
    return fig, data


def strand_rows_html(report: Report, decisions: dict) -> list[dict]:
    """One row per article: its strand, the signals that decided it (cited) and its theme tags (cited)."""
    out = []
    for doc_id, dec in decisions.items():
        mine = report.facts[report.facts["doc_id"] == doc_id] if len(report.facts) else report.facts
        tags = themes.theme_counts(mine)
        theme_html = ", ".join(escape.html(t["label"]) + report.cite.cite_fact(t["rows"][0]) for t in tags) or "—"
        out.append(
            {
                "doc_id": f"<code>{escape.html(doc_id)}</code>",
                "strand": escape.html(strands.LABELS[dec.strand]),
                "evidence": strands.evidence_html(report, dec),
                "themes": theme_html,
            }
        )
    return out


STRAND_COLUMNS = [("doc_id", "doc_id"), ("strand", "Strand"), ("evidence", "Decided from"), ("themes", "Themes")]


def strands_summary_html(report: Report, decisions: dict) -> str:
    """ "Of five articles, two concern China–UK cooperation, one the GBA reforms and two both; …"."""
    n = len(decisions)
    counts = {s: sum(1 for d in decisions.values() if d.strand == s) for s in strands.STRANDS}
    if not len(report.facts):
        return (
            "No facts have been extracted from the articles, so none can be assigned to a strand; "
            "every article is counted under neither strand."
        )
    parts = []
    for s, phrase in (
        ("china_uk", "China–UK cooperation"),
        ("gba", "the Greater Bay Area health reforms"),
        ("both", "both strands"),
    ):
        if counts[s]:
            verb = "concerns" if counts[s] == 1 else "concern"
            parts.append(f"{narrate.number_word(counts[s])} {verb} {phrase}")
    lead = f"Of {narrate.count(n, 'article')}, "
    body = narrate.join(parts) if parts else "none concerns either strand"
    tail = ""
    if counts["neither"] and parts:
        verb = "belongs" if counts["neither"] == 1 else "belong"
        tail = f"; {narrate.count(counts['neither'], 'article')} {verb} to neither"
    return (
        lead + body + tail + ". An article counts as China–UK cooperation when its facts name both a UK and a Chinese "
        "place or organisation, and as a GBA article when Greater Bay Area places, organisations or cross-border "
        f"theme tags occur at least {narrate.number_word(strands.GBA_MIN)} times among them."
    )


def themes_chart_by_article(report: Report, top_n: int):
    """Heat grid: mentions of each top theme per article; None when no article has a theme."""
    ranked = themes.theme_counts(report.facts)[:top_n]
    if not ranked:
        return None, pd.DataFrame()
    docs = [d.doc_id for d in report.corpus.documents]
    rows = []
    for t in ranked:
        for d in docs:
            rows.append({"theme": t["label"], "doc_id": d, "mentions": sum(1 for r in t["rows"] if r["doc_id"] == d)})
    data = pd.DataFrame(rows, columns=["theme", "doc_id", "mentions"])
    grid = data.pivot(index="theme", columns="doc_id", values="mentions").reindex(
        index=[t["label"] for t in ranked], columns=docs
    )
    fig, ax = plt.subplots(figsize=(8.0, max(2.4, 0.42 * len(ranked) + 1.8)))
    im = ax.imshow(grid.values, cmap="Greens", aspect="auto", vmin=0)
    ax.set_xticks(range(len(docs)), [escape.mpl(d) for d in docs], rotation=30, ha="right", fontsize=8)
    ax.set_yticks(range(len(ranked)), [escape.mpl(t["label"]) for t in ranked])
    for i in range(grid.shape[0]):
        for j in range(grid.shape[1]):
            v = int(grid.values[i, j])
            if v:
                ax.text(j, i, str(v), ha="center", va="center", fontsize=8)
    ax.set_xlabel("Article (doc_id)")
    ax.set_ylabel("Theme")
    ax.set_title("Theme mentions per article")
    ax.grid(False)
    fig.colorbar(im, ax=ax, label="Mentions")
    fig.tight_layout()
    return fig, data
