"""Themes in a report: how widespread each theme label is, as a sentence and a chart."""

from __future__ import annotations

from typing import Any

import matplotlib.pyplot as plt
import pandas as pd

from analysis.report import escape
from analysis.report.select import of_kind, position_key, records, text


def theme_counts(facts: pd.DataFrame) -> list[dict[str, Any]]:
    """One row per theme label: articles, mentions and its fact rows, most widespread first."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for r in records(of_kind(facts, "theme")):
        t = text(r.get("theme"))
        if t:
            groups.setdefault(t, []).append(r)
    out = []
    for t, rows in groups.items():
        rows.sort(key=position_key)
        out.append(
            {
                "theme": t,
                "label": theme_label(t),
                "n_docs": len({r["doc_id"] for r in rows}),
                "mentions": len(rows),
                "rows": rows,
            }
        )
    out.sort(key=lambda e: (-e["n_docs"], -e["mentions"], e["theme"]))
    return out


def theme_label(theme: str) -> str:
    """A theme tag as words: "primary_care" -> "primary care"."""
    return theme.replace("_", " ").replace("-", " ").strip()


def theme_chart(themes: list[dict[str, Any]], top_n: int, title: str = "Themes across the articles"):
    """Horizontal bars: articles per theme (top_n themes); returns the figure and the plotted numbers."""
    data = pd.DataFrame(
        [{"theme": t["label"], "articles": t["n_docs"], "mentions": t["mentions"]} for t in themes[:top_n]],
        columns=["theme", "articles", "mentions"],
    )
    data = data.iloc[::-1].reset_index(drop=True)
    fig, ax = plt.subplots(figsize=(8.0, max(2.2, 0.4 * len(data) + 1.2)))
    ax.barh([escape.mpl(t) for t in data["theme"]], data["articles"], color="#26a269")
    ax.set_xlabel("Articles mentioning the theme")
    ax.set_ylabel("Theme")
    ax.set_title(title)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.grid(axis="y", visible=False)
    fig.tight_layout()
    return fig, data
