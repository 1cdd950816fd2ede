"""Content of the China–UK cooperation report: who works with whom, on what, and what they said."""

from __future__ import annotations

import math
from typing import Any

import matplotlib.pyplot as plt
import pandas as pd

from analysis.report import escape, narrate, strands
from analysis.report.partnerships import partnerships
from analysis.report.select import text


def network(facts: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Nodes (organisation, partnerships, partners) and edges (a, b, partnerships, articles) of the partnership graph.

    An edge joins every pair of parties of a partnership fact; edges are undirected (a < b by name).
    """
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    node_deals: dict[str, int] = {}
    for r in partnerships(facts):
        for p in r["_parties"]:
            node_deals[p] = node_deals.get(p, 0) + 1
        ps = r["_parties"]
        for i in range(len(ps)):
            for j in range(i + 1, len(ps)):
                a, b = sorted((ps[i], ps[j]), key=lambda s: (s.lower(), s))
                e = edges.setdefault((a, b), {"a": a, "b": b, "partnerships": 0, "docs": set()})
                e["partnerships"] += 1
                e["docs"].add(r["doc_id"])
    partners: dict[str, set[str]] = {}
    for a, b in edges:
        partners.setdefault(a, set()).add(b)
        partners.setdefault(b, set()).add(a)
    nodes = pd.DataFrame(
        [{"organisation": n, "partnerships": node_deals[n], "partners": len(partners.get(n, ()))} for n in node_deals],
        columns=["organisation", "partnerships", "partners"],
    )
    if len(nodes):
        nodes = nodes.sort_values("organisation", key=lambda s: s.str.lower(), kind="mergesort").reset_index(drop=True)
    edge_df = pd.DataFrame(
        [
            {"a": e["a"], "b": e["b"], "partnerships": e["partnerships"], "articles": len(e["docs"])}
            for e in edges.values()
        ],
        columns=["a", "b", "partnerships", "articles"],
    )
    if len(edge_df):
        edge_df = edge_df.sort_values(["a", "b"], key=lambda s: s.str.lower(), kind="mergesort").reset_index(drop=True)
    return nodes, edge_df


def circular_layout(names: list[str]) -> dict[str, tuple[float, float]]:
    """Points on the unit circle in the given order, starting at the top and going clockwise."""
    n = len(names)
    out = {}
    for i, name in enumerate(names):
        angle = math.pi / 2 - 2 * math.pi * i / max(n, 1)
        out[name] = (round(math.cos(angle), 6), round(math.sin(angle), 6))
    return out


def network_chart(nodes: pd.DataFrame, edges: pd.DataFrame, top_n: int, title: str = "Who cooperates with whom"):
    """Organisations on a circle (alphabetical, the `top_n` with most partnerships), lines for partnerships.

    Returns (figure, plotted data: one row per drawn edge with its end points) or (None, empty) without edges.
    """
    if not len(edges):
        return None, pd.DataFrame()
    keep = nodes.sort_values(
        ["partnerships", "partners", "organisation"], ascending=[False, False, True], kind="mergesort"
    )
    keep = sorted(keep.head(max(top_n, 2))["organisation"], key=lambda s: (s.lower(), s))
    pos = circular_layout(keep)
    drawn = edges[edges["a"].isin(pos) & edges["b"].isin(pos)].copy()
    drawn["x_a"] = [pos[a][0] for a in drawn["a"]]
    drawn["y_a"] = [pos[a][1] for a in drawn["a"]]
    drawn["x_b"] = [pos[b][0] for b in drawn["b"]]
    drawn["y_b"] = [pos[b][1] for b in drawn["b"]]
    size = 4.2 if len(keep) <= 3 else 6.0 if len(keep) <= 8 else 7.2
    fig, ax = plt.subplots(figsize=(8.0, size))
    for _, e in drawn.iterrows():
        ax.plot(
            [e["x_a"], e["x_b"]],
            [e["y_a"], e["y_b"]],
            color="#5e5c64",
            alpha=0.6,
            linewidth=1 + 1.5 * (e["partnerships"] - 1),
            zorder=1,
        )
    deals = dict(zip(nodes["organisation"], nodes["partnerships"]))
    xs = [pos[n][0] for n in keep]
    ys = [pos[n][1] for n in keep]
    ax.scatter(xs, ys, s=[60 + 50 * deals[n] for n in keep], color="#1a5fb4", zorder=3)
    for n in keep:
        x, y = pos[n]
        ha = "left" if x > 0.05 else "right" if x < -0.05 else "center"
        va = "bottom" if y > 0.05 else "top" if y < -0.05 else "center"
        ax.annotate(
            escape.mpl(narrate.shorten(n, 38)),
            (x, y),
            xytext=(14 * x, 14 * y),
            textcoords="offset points",
            ha=ha,
            va=va,
            fontsize=8,
        )
    ax.set_xlim(-1.9, 1.9)
    ax.set_ylim(-1.35, 1.35)
    ax.set_aspect("equal")
    ax.axis("off")
    ax.set_title(
        title + "\nline width: partnerships between the two; dot size: partnerships of the organisation", fontsize=10
    )
    fig.tight_layout()
    cols = ["a", "b", "partnerships", "articles", "x_a", "y_a", "x_b", "y_b"]
    return fig, drawn[cols].reset_index(drop=True)


def partnerships_sentence(report, facts: pd.DataFrame, limit: int = 3) -> str:
    """How many partnerships, the organisation with most partners, and the named initiatives."""
    ps = partnerships(facts)
    if not ps:
        return ""
    nodes, _ = network(facts)
    out = [
        f"The articles report {narrate.count(len(ps), 'partnership')} between "
        f"{narrate.count(len(nodes), 'organisation')}."
    ]
    top = nodes.sort_values(
        ["partners", "partnerships", "organisation"], ascending=[False, False, True], kind="mergesort"
    ).iloc[0]
    if int(top["partners"]) > 1:
        first = next(r for r in ps if top["organisation"] in r["_parties"])
        out.append(
            f"{escape.html(top['organisation'])}{report.cite.cite_fact(first)} has the most partners "
            f"({narrate.fmt_number(int(top['partners']))})."
        )
    named = []
    for r in ps:
        ini = text(r.get("initiative"))
        if ini and ini not in [n[0] for n in named]:
            named.append((ini, r))
    if named:
        items = [
            f"{escape.html(ini)}{report.cite.cite_fact(r)} ({escape.html(narrate.join(r['_parties']))})"
            for ini, r in named[:limit]
        ]
        if len(named) > len(items):
            out.append(
                f"Of {narrate.count(len(named), 'initiative')} named, the first {narrate.number_word(len(items))} are "
                f"{narrate.join(items)}."
            )
        elif len(items) == 1:
            out.append(f"The initiative named is {items[0]}.")
        else:
            out.append(f"The initiatives named are {narrate.join(items)}.")
    return " ".join(out)


def summary_html(report, sc) -> str:
    """Opening paragraph: the articles covered and the most widespread organisations and people."""
    return strands.scope_summary(
        report,
        sc,
        (("organization", "organisation"), ("person", "person")),
        "None of the articles has both a UK and a Chinese place or organisation among its facts.",
        partnerships_sentence,
    )
