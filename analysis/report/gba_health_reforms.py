"""Content of the GBA health reforms report: the measures reported by type, cross-border and domestic, the
changes they state, and the one place each figure is about; findings first."""

from __future__ import annotations

from collections import Counter
from typing import Any

import matplotlib.pyplot as plt
import pandas as pd

from analysis.report import escape, findings, narrate, strands, themes, timeline
from analysis.report.amounts import MONEY_UNITS, amount_text, amounts, levels
from analysis.report.amounts import changes as amount_changes
from analysis.report.findings import Finding, change_pct
from analysis.report.measures import Measure, measures
from analysis.report.select import distinct, position_key, text
from analysis.report.sides import place_jurisdiction


def measure_recurrence(report, ms: list[Measure], n_docs: int) -> Finding | None:
    """ "Workforce and training measures appear in four of five articles, more than any other type"."""
    docs: dict[str, set[str]] = {}
    for m in ms:
        docs.setdefault(m.kind, set()).add(m.doc_id)
    ranking = sorted(docs.items(), key=lambda x: (-len(x[1]), x[0]))
    if not ranking or len(ranking[0][1]) < 2:
        return None
    top, top_docs = ranking[0]
    mine = [m.facts[0] for m in ms if m.kind == top]

    def render() -> str:
        s = (
            f"{escape.html(top).capitalize()} measures appear in {findings.share_words(len(top_docs), n_docs)} articles"
            f"{report.cite.cite_facts(mine, 2)}"
        )
        if len(ranking) > 1:
            second, sd = ranking[1][0], len(ranking[1][1])
            if sd < len(top_docs):
                s += f", more than any other type; next is {escape.html(second)} ({narrate.number_word(sd)})"
            else:
                s += f", as often as {escape.html(second)}"
        return s + "."

    return Finding("measure_types", len(mine), render)


def cross_border_share(report, ms: list[Measure]) -> Finding | None:
    """ "Of 40 measures, nine are cross-border, most of them on access and recognition; the rest are domestic"."""
    if len(ms) < 3:
        return None
    cross = [m for m in ms if m.scope == "cross-border"]
    if not cross:
        return None
    kinds = Counter(m.kind for m in cross)
    top, k = sorted(kinds.items(), key=lambda x: (-x[1], x[0]))[0]

    def render() -> str:
        return (
            f"Of {narrate.count(len(ms), 'measure')} reported, {narrate.number_word(len(cross))} "
            f"{'is' if len(cross) == 1 else 'are'} cross-border{report.cite.cite_facts([m.facts[0] for m in cross], 2)}"
            f" ({findings.share_words(k, len(cross))} on {escape.html(top)}); the other "
            f"{narrate.number_word(len(ms) - len(cross))} are domestic reforms."
        )

    return Finding("cross_border", len(ms), render)


def key_findings(report, sc: strands.Scope) -> list[Finding]:
    """The ranked findings of the strand's facts."""
    figures = amounts(sc.facts)
    ms = measures(sc.facts)
    return findings.ranked(
        [
            measure_recurrence(report, ms, len(sc.doc_ids)),
            cross_border_share(report, ms),
            findings.largest_change(report, figures),
            findings.figures_by_place(report, figures),
            findings.largest_sums(report, figures),
            findings.timeline_span(report, timeline.events(sc.facts)),
            findings.theme_spread(report, themes.theme_counts(sc.facts), len(sc.doc_ids)),
        ]
    )


def summary_html(report, sc: strands.Scope) -> str:
    """Which articles the report covers, and how many measures and figures they report."""
    head = strands.scope_sentence(report, sc)
    if not sc.doc_ids:
        return f"{head} None of the articles names enough Greater Bay Area places or organisations among its facts."
    ms, figures = measures(sc.facts), amounts(sc.facts)
    return (
        f"{head} They report {narrate.count(len(ms), 'measure')} (sentences stating a figure or a partnership "
        f"that the measure lexicon can type) and {narrate.count(len(figures), 'figure')} in all."
    )


def changes(facts: pd.DataFrame) -> list[dict[str, Any]]:
    """Figures stated as a change ("from A to B", "up 12%"), one row per change, largest relative change first."""
    rows = amount_changes(amounts(facts))
    return sorted(rows, key=lambda r: (-(abs(change_pct(r)) if change_pct(r) is not None else -1), position_key(r)))


def change_rows(report, facts: pd.DataFrame, top_n: int) -> list[dict[str, Any]]:
    """Changes as changes: what, before → after, the change in percent, where, cited."""
    out = []
    for r in distinct(changes(facts), "value", "value_to", "unit", "object", "place")[:top_n]:
        unit = text(r.get("unit")) or "count"
        pct = change_pct(r)
        both = levels(r)
        out.append(
            {
                "what": escape.html(text(r.get("object"))) or "—",
                "before": escape.html(narrate.fmt_amount(both[0], unit)) if both else "—",
                "after": escape.html(narrate.fmt_amount(both[1], unit)) if both else "—",
                "change": f"{pct:+.0f}%" if pct is not None else "—",
                "where": escape.html(text(r.get("place"))) or "—",
                "source": report.cite.cite_fact(r),
            }
        )
    return out


CHANGE_COLUMNS = [
    ("what", "What changed"),
    ("before", "Before"),
    ("after", "After"),
    ("change", "Change"),
    ("where", "Where"),
    ("source", "Source"),
]


def figures_frame(facts: pd.DataFrame) -> pd.DataFrame:
    """Every figure with its value, unit, object, place and article (for the full CSV)."""
    return pd.DataFrame(
        [
            {
                "amount": amount_text(r),
                "value": r["value"],
                "value_to": r.get("value_to"),
                "unit": text(r.get("unit")),
                "object": text(r.get("object")),
                "place": text(r.get("place")),
                "doc_id": r["doc_id"],
                "text": text(r.get("text")),
            }
            for r in amounts(facts)
        ],
        columns=["amount", "value", "value_to", "unit", "object", "place", "doc_id", "text"],
    )


def figure_rows(report, facts: pd.DataFrame, top_n: int) -> list[dict[str, Any]]:
    """The `top_n` figures to show: sums of money first (largest first), then counts that say what they count."""
    rows = [r for r in amounts(facts) if text(r.get("object"))]
    money = sorted(
        [r for r in rows if text(r.get("unit")) in MONEY_UNITS],
        key=lambda r: (text(r["unit"]), -r["value"], position_key(r)),
    )
    rest = [r for r in rows if r not in money]
    out = []
    for r in distinct(money + rest, "value", "value_to", "unit", "object", "place")[:top_n]:
        out.append(
            {
                "amount": escape.html(amount_text(r)),
                "object": escape.html(text(r.get("object"))),
                "where": escape.html(text(r.get("place"))) or "—",
                "source": report.cite.cite_fact(r),
            }
        )
    return out


FIGURE_COLUMNS = [("amount", "Figure"), ("object", "What it counts"), ("where", "Where"), ("source", "Source")]


def place_chart(facts: pd.DataFrame, top_n: int):
    """Bars: figures tied to each place (the `top_n` places with most), coloured by jurisdiction; this replaces a
    map, since the reader's question is which places the reported measures are about."""
    placed = [r for r in amounts(facts) if text(r.get("place"))]
    if not placed:
        return None, pd.DataFrame(columns=["place", "jurisdiction", "figures"])
    counts = Counter(text(r["place"]) for r in placed)
    ranking = sorted(counts.items(), key=lambda x: (-x[1], x[0]))[:top_n]
    data = pd.DataFrame(
        [{"place": p, "jurisdiction": place_jurisdiction(p), "figures": n} for p, n in ranking],
        columns=["place", "jurisdiction", "figures"],
    )
    plotted = data.iloc[::-1].reset_index(drop=True)
    colours = {"mainland China": "#c64600", "Hong Kong": "#613583", "Macao": "#26a269", "UK": "#1a5fb4"}
    fig, ax = plt.subplots(figsize=(8.0, max(2.2, 0.42 * len(plotted) + 1.3)))
    ax.barh(
        [escape.mpl(p) for p in plotted["place"]],
        plotted["figures"],
        color=[colours.get(j, "#9a9996") for j in plotted["jurisdiction"]],
    )
    for y, (n, j) in enumerate(zip(plotted["figures"], plotted["jurisdiction"])):
        ax.annotate(escape.mpl(j), (n, y), xytext=(4, 0), textcoords="offset points", va="center", fontsize=8)
    ax.set_xlabel("Figures reported about the place")
    ax.set_title("Where the reported figures apply")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.grid(axis="y", visible=False)
    fig.tight_layout()
    return fig, plotted
