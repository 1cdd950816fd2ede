"""Reform measures: sentences that report a figure or a partnership, typed by the measure-type lexicon and
split into cross-border (between the mainland, Hong Kong and Macao) and domestic.

A sentence is cross-border when it has a cross-border word (`cross_border_words.txt`) or names places of
two of the three jurisdictions; the type is the lexicon line with most keyword hits (`measure_types.tsv`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import matplotlib.pyplot as plt
import pandas as pd

from analysis.report import escape, narrate
from analysis.report.select import of_kind, position_key, records, sentence_key, text
from analysis.report.sides import CHINESE, place_jurisdiction
from analysis.resources import patterns, table

SCOPES = ("cross-border", "domestic")


@dataclass
class Measure:
    """One reported measure: its sentence, type, scope, and the figures and partnerships it states."""

    doc_id: str
    sentence: str
    kind: str
    scope: str
    facts: list[dict[str, Any]] = field(default_factory=list)


@lru_cache(maxsize=1)
def _types() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((t, re.compile(rf"(?<!\w)(?:{rx})(?!\w)", re.IGNORECASE)) for t, rx in table("measure_types.tsv"))


def measure_type(sentence: str) -> str | None:
    """The measure type of a sentence: most keyword hits, ties to the earlier type; None when no keyword."""
    hits = [(len(rx.findall(sentence)), -i, t) for i, (t, rx) in enumerate(_types())]
    best = max(hits)
    return best[2] if best[0] else None


def is_cross_border(sentence: str, place_names: list[str]) -> bool:
    """Cross-border words, or places of two of mainland China, Hong Kong and Macao in one sentence."""
    if patterns("cross_border_words.txt").search(sentence):
        return True
    return len({j for j in map(place_jurisdiction, place_names) if j in CHINESE}) >= 2


def measures(facts: pd.DataFrame) -> list[Measure]:
    """Every typed measure of the facts, in article order."""
    places: dict[tuple, list[str]] = {}
    for r in records(of_kind(facts, "place")):
        places.setdefault(sentence_key(r), []).append(text(r.get("name")))
    grouped: dict[tuple, list[dict[str, Any]]] = {}
    for r in sorted(records(of_kind(facts, "amount", "partnership")), key=position_key):
        grouped.setdefault(sentence_key(r), []).append(r)
    out = []
    for key, rows in grouped.items():
        sent = text(rows[0].get("sentence"))
        kind = measure_type(sent)
        if kind is None:
            continue
        scope = "cross-border" if is_cross_border(sent, places.get(key, [])) else "domestic"
        out.append(Measure(rows[0]["doc_id"], sent, kind, scope, rows))
    return out


def by_type(ms: list[Measure]) -> pd.DataFrame:
    """One row per measure type: measures by scope and the articles they come from, most widespread first."""
    rows = []
    for kind in sorted({m.kind for m in ms}):
        mine = [m for m in ms if m.kind == kind]
        rows.append(
            {
                "type": kind,
                "cross-border": sum(m.scope == "cross-border" for m in mine),
                "domestic": sum(m.scope == "domestic" for m in mine),
                "measures": len(mine),
                "articles": len({m.doc_id for m in mine}),
            }
        )
    df = pd.DataFrame(rows, columns=["type", "cross-border", "domestic", "measures", "articles"])
    return df.sort_values(
        ["articles", "measures", "type"], ascending=[False, False, True], kind="mergesort"
    ).reset_index(drop=True)


def type_rows(report, ms: list[Measure]) -> list[dict[str, Any]]:
    """Table rows: type, cross-border and domestic counts, articles, and one cited example of each scope."""
    out = []
    for r in by_type(ms).to_dict(orient="records"):
        examples = []
        for scope in SCOPES:
            m = next((m for m in ms if m.kind == r["type"] and m.scope == scope), None)
            if m is not None:
                examples.append(
                    f"<em>{scope}:</em> {escape.html(narrate.shorten(m.sentence, 110))}"
                    f"{report.cite.cite_fact(m.facts[0])}"
                )
        out.append(
            {
                "type": escape.html(r["type"]),
                "cross": narrate.fmt_number(r["cross-border"]),
                "domestic": narrate.fmt_number(r["domestic"]),
                "articles": narrate.fmt_number(r["articles"]),
                "example": "<br>".join(examples),
            }
        )
    return out


TYPE_COLUMNS = [
    ("type", "Measure type"),
    ("cross", "Cross-border"),
    ("domestic", "Domestic"),
    ("articles", "Articles"),
    ("example", "Example"),
]


def type_chart(ms: list[Measure]):
    """Stacked bars: measures of each type, cross-border and domestic; returns the figure and its numbers."""
    data = by_type(ms)
    if not len(data):
        return None, data
    plotted = data.iloc[::-1].reset_index(drop=True)
    fig, ax = plt.subplots(figsize=(8.0, max(2.4, 0.45 * len(plotted) + 1.4)))
    labels = [escape.mpl(t) for t in plotted["type"]]
    ax.barh(labels, plotted["cross-border"], color="#c64600", label="cross-border")
    ax.barh(labels, plotted["domestic"], left=plotted["cross-border"], color="#1a5fb4", label="domestic")
    ax.set_xlabel("Measures reported (sentences with a figure or a partnership)")
    ax.set_title("Reform measures by type")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.legend(frameon=False, loc="lower right")
    ax.grid(axis="y", visible=False)
    fig.tight_layout()
    return fig, plotted
