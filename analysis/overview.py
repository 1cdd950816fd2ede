"""Content of the corpus overview: one row per article and sentences about the corpus as a whole."""
from __future__ import annotations

import re

import pandas as pd

from analysis import escape, narrate
from analysis.report import Report

_WORD = re.compile(r"\w+", re.UNICODE)


def article_table(report: Report) -> pd.DataFrame:
    """One row per article: id, title, date, publisher, words and facts, with citations for stated metadata."""
    rows = []
    counts = report.facts.groupby("doc_id").size() if len(report.facts) else pd.Series(dtype=int)
    for d in report.corpus.documents:
        rows.append({
            "doc_id": d.doc_id,
            "title": d.title.value if d.title else None,
            "published": d.published.value if d.published else None,
            "publisher": d.publisher.value if d.publisher else None,
            "words": len(_WORD.findall(d.text)),
            "facts": int(counts.get(d.doc_id, 0)),
        })
    return pd.DataFrame(rows, columns=["doc_id", "title", "published", "publisher", "words", "facts"])


def article_rows_html(report: Report, table: pd.DataFrame) -> list[dict]:
    """Table rows with each stated title, date and publisher followed by its citation."""
    out = []
    docs = {d.doc_id: d for d in report.corpus.documents}
    for r in table.to_dict(orient="records"):
        d = docs[r["doc_id"]]
        row = {"doc_id": escape.html(r["doc_id"]), "words": narrate.fmt_number(r["words"]), "facts": narrate.fmt_number(r["facts"])}
        for key in ("title", "published", "publisher"):
            field = getattr(d, key)
            row[key] = (escape.html(field.value) + report.cite.cite_field(d.doc_id, field)) if field else "—"
        out.append(row)
    return out


def summary_html(report: Report, table: pd.DataFrame) -> str:
    """Opening paragraph: how many articles, from which publishers, over which dates, how long."""
    docs = {d.doc_id: d for d in report.corpus.documents}
    n = len(table)
    parts = [f"The corpus holds {narrate.count(n, 'article')} with {narrate.fmt_number(int(table['words'].sum()))} words in all."]
    pubs = {}
    for d in report.corpus.documents:
        if d.publisher:
            pubs.setdefault(d.publisher.value, []).append(d)
    if pubs:
        named = [escape.html(name) + report.cite.cite_field(ds[0].doc_id, ds[0].publisher) for name, ds in sorted(pubs.items())]
        stated = sum(len(v) for v in pubs.values())
        verb = "names its" if stated == 1 else "name their"
        parts.append(f"{narrate.count(stated, 'article').capitalize()} {verb} publisher: {narrate.join(named)}.")
        rest = n - stated
        if rest:
            parts.append(f"The other {narrate.count(rest, 'article')} {'does' if rest == 1 else 'do'} not say who published "
                         f"{'it' if rest == 1 else 'them'}.")
    else:
        parts.append("None of the articles states its publisher.")
    dated = [d for d in report.corpus.documents if d.published]
    if dated:
        dated.sort(key=lambda d: (d.published.value, d.doc_id))
        first, last = dated[0], dated[-1]
        if first.published.value == last.published.value:
            when = f"on {narrate.fmt_date(first.published.value)}{report.cite.cite_field(first.doc_id, first.published)}"
        else:
            when = (f"between {narrate.fmt_date(first.published.value)}{report.cite.cite_field(first.doc_id, first.published)} "
                    f"and {narrate.fmt_date(last.published.value)}{report.cite.cite_field(last.doc_id, last.published)}")
        parts.append(f"{narrate.count(len(dated), 'article').capitalize()} state{'s' if len(dated) == 1 else ''} "
                     f"a publication date, {when}.")
    else:
        parts.append("No article states its publication date.")
    longest = table.sort_values(["words", "doc_id"], ascending=[False, True]).iloc[0]
    shortest = table.sort_values(["words", "doc_id"], ascending=[True, True]).iloc[0]
    if n > 1:
        parts.append(f"Lengths range from {narrate.fmt_number(int(shortest['words']))} words "
                     f"(<code>{escape.html(shortest['doc_id'])}</code>) to {narrate.fmt_number(int(longest['words']))} words "
                     f"(<code>{escape.html(longest['doc_id'])}</code>), a median of {narrate.fmt_number(float(table['words'].median()))}.")
    return " ".join(parts)


def length_chart(table: pd.DataFrame):
    """Horizontal bars of words per article; returns the figure and exactly the plotted numbers."""
    import matplotlib.pyplot as plt

    data = table[["doc_id", "words"]].sort_values(["words", "doc_id"], ascending=[True, True]).reset_index(drop=True)
    fig, ax = plt.subplots(figsize=(8.0, max(2.2, 0.45 * len(data) + 1.2)))
    ax.barh([escape.mpl(d) for d in data["doc_id"]], data["words"], color="#1a5fb4")
    ax.set_xlabel("Words in the cleaned text")
    ax.set_ylabel("Article (doc_id)")
    ax.set_title("Length of each article")
    for y, v in enumerate(data["words"]):
        ax.annotate(narrate.fmt_number(int(v)), (v, y), xytext=(3, 0), textcoords="offset points", va="center", fontsize=8)
    ax.grid(axis="y", visible=False)
    fig.tight_layout()
    return fig, data
