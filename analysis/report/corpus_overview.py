"""Content of the corpus overview: one row per article and sentences about the corpus as a whole."""

from __future__ import annotations

import re
from collections import Counter

import matplotlib.pyplot as plt
import pandas as pd

from analysis.report import escape, findings, narrate, strands, themes, timeline
from analysis.report.amounts import amounts
from analysis.report.cite import article_name
from analysis.report.notebook import Report
from analysis.report.partnerships import partnerships
from analysis.report.sides import bodies

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


def article_rows_html(report: Report, table: pd.DataFrame, top_n: int | None = None) -> list[dict]:
    """Table rows (the first `top_n`) with each stated title, date and publisher followed by its citation; an
    article without a title is named by its first sentence."""
    out = []
    docs = {d.doc_id: d for d in report.corpus.documents}
    for r in table.to_dict(orient="records")[:top_n]:
        d = docs[r["doc_id"]]
        row = {
            "doc_id": escape.html(r["doc_id"]),
            "words": narrate.fmt_number(r["words"]),
            "facts": narrate.fmt_number(r["facts"]),
        }
        for key in ("title", "published", "publisher"):
            field = getattr(d, key)
            row[key] = (escape.html(field.value) + report.cite.cite_field(d.doc_id, field)) if field else "—"
        if d.title is None:
            row["title"] = f'<span class="untitled">{escape.html(article_name(d))}</span> (no title stated)'
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
        if rest == 1:
            parts.append("The other article does not say who published it.")
        elif rest:
            parts.append(f"The other {narrate.count(rest, 'article')} do not say who published them.")
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


def length_chart(table: pd.DataFrame, bins: int = 8):
    """Bars: how many articles fall in each band of length (words); bounded whatever the corpus size."""
    words = table["words"].astype(int)
    hi = max(int(words.max()), 1)
    step = max(50, -(-hi // bins // 50) * 50)
    edges = list(range(0, hi + step, step))
    counts = [int(((words >= a) & (words < a + step)).sum()) for a in edges[:-1]]
    data = pd.DataFrame({"from_words": edges[:-1], "to_words": [a + step - 1 for a in edges[:-1]], "articles": counts})
    fig, ax = plt.subplots(figsize=(8.0, 3.0))
    labels = [f"{narrate.fmt_number(a)}–{narrate.fmt_number(b)}" for a, b in zip(data["from_words"], data["to_words"])]
    ax.bar(labels, data["articles"], color="#1a5fb4")
    ax.set_xlabel("Words in the cleaned text")
    ax.set_ylabel("Articles")
    ax.set_title("Length of the articles")
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.tick_params(axis="x", labelsize=8, rotation=30)
    ax.grid(axis="x", visible=False)
    fig.tight_layout()
    return fig, data


def strand_rows_html(report: Report, decisions: dict, top_n: int | None = None) -> list[dict]:
    """One row per article (the first `top_n`): its strand and the signals that decided it (cited)."""
    return [
        {
            "doc_id": f"<code>{escape.html(doc_id)}</code>",
            "strand": escape.html(strands.LABELS[dec.strand]),
            "evidence": strands.evidence_html(report, dec, limit=1),
        }
        for doc_id, dec in list(decisions.items())[:top_n]
    ]


def strand_frame(decisions: dict) -> pd.DataFrame:
    """Every article's strand and the names that decided it (for the full CSV)."""
    return pd.DataFrame(
        [
            {
                "doc_id": d,
                "strand": dec.strand,
                "uk": "; ".join(dec.names("uk")),
                "china": "; ".join(dec.names("china")),
                "gba": "; ".join(dec.names("gba")),
            }
            for d, dec in decisions.items()
        ],
        columns=["doc_id", "strand", "uk", "china", "gba"],
    )


STRAND_COLUMNS = [("doc_id", "doc_id"), ("strand", "Strand"), ("evidence", "Decided from")]


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


def strand_shares(report, decisions: dict) -> findings.Finding | None:
    """ "Three of five articles concern the GBA reforms, two China–UK cooperation and one both"."""
    n = len(decisions)
    counts = Counter(d.strand for d in decisions.values())
    named = [(s, c) for s, c in sorted(counts.items(), key=lambda x: (-x[1], x[0])) if s != "neither"]
    if n < 2 or not named:
        return None
    words = {"china_uk": "China–UK cooperation", "gba": "the GBA reforms", "both": "both strands"}

    def render() -> str:
        (top, k), rest = named[0], named[1:]
        verb = "concerns" if k == 1 else "concern"
        s = f"{findings.share_words(k, n).capitalize()} articles {verb} {words[top]}"
        if rest:
            s += ", " + narrate.join([f"{narrate.number_word(c)} {words[t]}" for t, c in rest])
        if counts.get("neither"):
            s += f"; {narrate.number_word(counts['neither'])} {'fits' if counts['neither'] == 1 else 'fit'} neither"
        return s + "."

    return findings.Finding("strands", n, render)


def key_findings(report, decisions: dict) -> list[findings.Finding]:
    """The ranked findings about the corpus as a whole."""
    facts = report.facts
    ps = partnerships(facts)
    return findings.ranked(
        [
            strand_shares(report, decisions),
            findings.theme_spread(report, themes.theme_counts(facts), len(report.corpus.documents)),
            findings.partnership_fields(report, ps, bodies(facts)),
            findings.sides_pairing(report, ps, bodies(facts)),
            findings.timeline_span(report, timeline.events(facts)),
            findings.largest_sums(report, amounts(facts)),
        ]
    )
