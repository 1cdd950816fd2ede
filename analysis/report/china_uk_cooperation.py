"""Content of the China–UK cooperation report: who cooperates with whom across the two sides, on what, and
how it changed; findings first, then the tables and charts that show them."""

from __future__ import annotations

from collections import Counter
from typing import Any

import matplotlib.pyplot as plt
import pandas as pd

from analysis.facts.schema import JURISDICTIONS, ORG_TYPES
from analysis.report import escape, findings, narrate, strands, themes, timeline
from analysis.report.amounts import amounts
from analysis.report.partnerships import partnerships
from analysis.report.select import distinct, of_kind, records, text
from analysis.report.sides import Body, bodies, body, pairing

PAIRINGS = ("UK–China", "China only", "UK only", "other")


def key_findings(report, sc: strands.Scope) -> list[findings.Finding]:
    """The ranked findings of the strand's facts."""
    facts = sc.facts
    ps = partnerships(facts)
    known = bodies(facts)
    in_partnerships = [body(p, known) for p in dict.fromkeys(p for r in ps for p in r["_parties"])]
    dates = records(of_kind(facts, "date"))
    return findings.ranked(
        [
            findings.partnership_fields(report, ps, known),
            findings.sides_pairing(report, ps, known),
            findings.side_types(report, in_partnerships or list(known.values())),
            findings.most_connected(report, ps),
            findings.partnership_shift(report, ps, dates),
            findings.largest_sums(report, amounts(facts)),
            findings.timeline_span(report, timeline.events(facts)),
            findings.theme_spread(report, themes.theme_counts(facts), len(sc.doc_ids)),
        ]
    )


def field_by_pairing(facts: pd.DataFrame) -> pd.DataFrame:
    """Partnerships per field (rows) and per pairing of sides (columns), with a total; most first."""
    ps = partnerships(facts)
    known = bodies(facts)
    counts = Counter(
        (text(r.get("field")) or "not stated", pairing({body(p, known).side for p in r["_parties"]})) for r in ps
    )
    fields = sorted({f for f, _ in counts})
    rows = [{"field": f, **{p: counts.get((f, p), 0) for p in PAIRINGS}} for f in fields]
    df = pd.DataFrame(rows, columns=["field", *PAIRINGS])
    df["total"] = df[list(PAIRINGS)].sum(axis=1)
    return df.sort_values(["total", "field"], ascending=[False, True], kind="mergesort").reset_index(drop=True)


def field_rows(report, facts: pd.DataFrame) -> list[dict[str, Any]]:
    """The field table, each field cited by up to two of its partnerships."""
    ps = partnerships(facts)
    out = []
    for r in field_by_pairing(facts).to_dict(orient="records"):
        mine = [p for p in ps if (text(p.get("field")) or "not stated") == r["field"]]
        out.append(
            {
                "field": escape.html(r["field"]),
                **{k: narrate.fmt_number(r[k]) for k in (*PAIRINGS, "total")},
                "source": report.cite.cite_facts(mine, 1),
            }
        )
    return out


FIELD_COLUMNS = [("field", "Field"), *[(p, p) for p in PAIRINGS], ("total", "All"), ("source", "Source")]


def field_chart(facts: pd.DataFrame):
    """Stacked bars: partnerships per field, coloured by which sides they join; None without partnerships."""
    data = field_by_pairing(facts)
    if not len(data):
        return None, data
    plotted = data.iloc[::-1].reset_index(drop=True)
    fig, ax = plt.subplots(figsize=(8.0, max(2.2, 0.45 * len(plotted) + 1.4)))
    left = [0] * len(plotted)
    colours = {"UK–China": "#c64600", "China only": "#1a5fb4", "UK only": "#26a269", "other": "#9a9996"}
    labels = [escape.mpl(f) for f in plotted["field"]]
    for p in PAIRINGS:
        ax.barh(labels, plotted[p], left=left, color=colours[p], label=p)
        left = [a + b for a, b in zip(left, plotted[p])]
    ax.set_xlabel("Partnerships reported")
    ax.set_title("Cooperation by field and by the sides it joins")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.legend(frameon=False, loc="lower right", fontsize=8)
    ax.grid(axis="y", visible=False)
    fig.tight_layout()
    return fig, plotted


def actors_by_type(facts: pd.DataFrame) -> pd.DataFrame:
    """Distinct organisations per type (rows) and jurisdiction (columns), with totals."""
    known = list(bodies(facts).values())
    counts = Counter((b.org_type, b.jurisdiction) for b in known)
    rows = [{"type": t, **{j: counts.get((t, j), 0) for j in JURISDICTIONS}} for t in ORG_TYPES]
    df = pd.DataFrame(rows, columns=["type", *JURISDICTIONS])
    df["total"] = df[list(JURISDICTIONS)].sum(axis=1)
    return df[df["total"] > 0].reset_index(drop=True)


def actor_rows(report, facts: pd.DataFrame) -> list[dict[str, Any]]:
    """The actors table, each type cited by up to two of its organisations."""
    known = list(bodies(facts).values())
    out = []
    for r in actors_by_type(facts).to_dict(orient="records"):
        mine = [b.fact for b in known if b.org_type == r["type"] and b.fact is not None]
        out.append(
            {
                "type": escape.html(r["type"]),
                **{j: narrate.fmt_number(r[j]) for j in (*JURISDICTIONS, "total")},
                "source": report.cite.cite_facts(mine, 1),
            }
        )
    return out


ACTOR_COLUMNS = [("type", "Type"), *[(j, j) for j in JURISDICTIONS], ("total", "All"), ("source", "Source")]


def partner_pairs(facts: pd.DataFrame) -> pd.DataFrame:
    """UK body, Chinese body and the partnerships that join them, most first."""
    known = bodies(facts)
    counts: Counter = Counter()
    for r in partnerships(facts):
        sided = [body(p, known) for p in r["_parties"]]
        for uk in {b.name for b in sided if b.side == "UK"}:
            for cn in {b.name for b in sided if b.side == "China"}:
                counts[(uk, cn)] += 1
    rows = [{"uk": uk, "china": cn, "partnerships": n} for (uk, cn), n in counts.items()]
    df = pd.DataFrame(rows, columns=["uk", "china", "partnerships"])
    return df.sort_values(["partnerships", "uk", "china"], ascending=[False, True, True], kind="mergesort").reset_index(
        drop=True
    )


def partner_chart(facts: pd.DataFrame, top_n: int):
    """UK bodies (rows) against Chinese bodies (columns): a dot where a partnership joins them, sized by how
    many. The `top_n` bodies of each side with most partnerships are drawn; None when no partnership joins the
    two sides."""
    pairs = partner_pairs(facts)
    if not len(pairs):
        return None, pairs

    def top(col: str) -> list[str]:
        totals = pairs.groupby(col)["partnerships"].sum()
        return sorted(totals.index, key=lambda n: (-totals[n], n))[:top_n]

    uk, cn = top("uk"), top("china")
    data = pairs[pairs["uk"].isin(uk) & pairs["china"].isin(cn)].reset_index(drop=True)
    fig, ax = plt.subplots(figsize=(8.0, max(2.6, 0.42 * len(uk) + 2.6)))
    xs = [cn.index(c) for c in data["china"]]
    ys = [uk.index(u) for u in data["uk"]]
    ax.scatter(xs, ys, s=[80 + 80 * n for n in data["partnerships"]], color="#c64600", zorder=3)
    for x, y, n in zip(xs, ys, data["partnerships"]):
        ax.annotate(str(n), (x, y), ha="center", va="center", fontsize=8, color="white", zorder=4)
    ax.set_xticks(range(len(cn)), [escape.mpl(narrate.shorten(c, 32)) for c in cn], rotation=35, ha="right", fontsize=8)
    ax.set_yticks(range(len(uk)), [escape.mpl(narrate.shorten(u, 40)) for u in uk], fontsize=8)
    ax.set_xlim(-0.6, len(cn) - 0.4)
    ax.set_ylim(len(uk) - 0.4, -0.6)
    ax.set_xlabel("Chinese side (mainland China, Hong Kong, Macao)")
    ax.set_ylabel("UK side")
    ax.set_title("Who works with whom across the two sides (number of partnerships)")
    fig.tight_layout()
    return fig, data


def partnership_table(report, facts: pd.DataFrame, top_n: int) -> tuple[list[dict[str, Any]], pd.DataFrame]:
    """The first `top_n` partnerships (those joining the two sides first) as cited rows, and the full table."""
    known = bodies(facts)
    ps = partnerships(facts)
    ranked = sorted(
        ps, key=lambda r: (pairing({body(p, known).side for p in r["_parties"]}) != "UK–China", r["doc_id"], r["start"])
    )
    full = pd.DataFrame(
        [
            {
                "doc_id": r["doc_id"],
                "parties": "; ".join(r["_parties"]),
                "sides": pairing({body(p, known).side for p in r["_parties"]}),
                "initiative": text(r.get("initiative")),
                "field": text(r.get("field")),
                "sentence": text(r.get("sentence")),
            }
            for r in ranked
        ],
        columns=["doc_id", "parties", "sides", "initiative", "field", "sentence"],
    )
    rows = []
    for r in distinct([dict(r, _key="; ".join(sorted(r["_parties"]))) for r in ranked], "_key", "initiative")[:top_n]:
        parties = "; ".join(f"{escape.html(p)} ({escape.html(_side_word(body(p, known)))})" for p in r["_parties"])
        rows.append(
            {
                "parties": parties,
                "initiative": escape.html(text(r.get("initiative"))) or "—",
                "field": escape.html(text(r.get("field"))) or "—",
                "source": report.cite.cite_fact(r),
            }
        )
    return rows, full


def _side_word(b: Body) -> str:
    return b.jurisdiction if b.jurisdiction != "unknown" else "side not stated"


PARTNERSHIP_COLUMNS = [
    ("parties", "Partners (where based)"),
    ("initiative", "Initiative"),
    ("field", "Field"),
    ("source", "Source"),
]


def summary_html(report, sc: strands.Scope) -> str:
    """Which articles the report covers, and how much cooperation they report."""
    ps = partnerships(sc.facts)
    head = strands.scope_sentence(report, sc)
    if not sc.doc_ids:
        return f"{head} None of the articles names both a UK and a Chinese place or organisation among its facts."
    n_parties = len({p for r in ps for p in r["_parties"]})
    return f"{head} They report {narrate.count(len(ps), 'partnership')} between {narrate.count(n_parties, 'party')}."
