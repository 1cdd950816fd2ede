"""Organisations, people and places in a report, in the facts table's one ranking, as sentences and tables."""

from __future__ import annotations

from typing import Any

import pandas as pd

from analysis.facts.entities import display_name, rank_key
from analysis.report import escape, narrate
from analysis.report.select import of_kind, position_key, records, text


def entity_counts(facts: pd.DataFrame, kind: str) -> list[dict[str, Any]]:
    """One row per entity of `kind`: key, display name, variants, articles, mentions and its fact rows,
    in the facts table's ranking (see `analysis.facts.entities`)."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for r in records(of_kind(facts, kind)):
        if not text(r.get("name")):
            continue
        groups.setdefault(text(r.get("entity_id")) or text(r.get("name")).lower(), []).append(r)
    out = []
    for key, rows in groups.items():
        rows.sort(key=position_key)
        names = [text(r["name"]) for r in rows]
        docs = sorted({r["doc_id"] for r in rows})
        out.append(
            {
                "key": key,
                "name": display_name(names),
                "variants": sorted(set(names)),
                "n_docs": len(docs),
                "doc_ids": docs,
                "mentions": len(rows),
                "rows": rows,
            }
        )
    out.sort(key=lambda e: rank_key(e["n_docs"], e["mentions"], e["name"], e["key"]))
    return out


def entities_sentence(report, facts: pd.DataFrame, kind: str, word: str, top_n: int) -> str:
    """ "The articles name 12 organisations; the most widespread are A[1] (3 articles), B[2] (2 articles) and C[3]."

    Counts of articles are given only when above one; when no entity is in more than one article the
    ranking is by mentions and says so.
    """
    ents = entity_counts(facts, kind)
    if not ents:
        return ""
    shown = min(top_n, len(ents), 5)
    spread = ents[0]["n_docs"] > 1
    parts = []
    for e in ents[:shown]:
        s = escape.html(e["name"]) + report.cite.cite_fact(e["rows"][0])
        if e["n_docs"] > 1:
            s += f" ({narrate.count(e['n_docs'], 'article')})"
        parts.append(s)
    lead = f"The articles name {narrate.count(len(ents), word)}"
    if len(ents) <= shown:
        return f"{lead}: {narrate.join(parts)}."
    ranking = "widespread" if spread else "mentioned"
    return f"{lead}; the most {ranking} {'is' if shown == 1 else 'are'} {narrate.join(parts)}."


def entity_rows(report, facts: pd.DataFrame, kind: str, top_n: int) -> list[dict[str, Any]]:
    """Table rows for the top entities of a kind: name, other forms, articles, mentions, sources."""
    out = []
    for e in entity_counts(facts, kind)[:top_n]:
        others = [v for v in e["variants"] if v != e["name"]]
        out.append(
            {
                "name": escape.html(e["name"]),
                "variants": escape.html("; ".join(others)) or "—",
                "n_docs": narrate.fmt_number(e["n_docs"]),
                "mentions": narrate.fmt_number(e["mentions"]),
                "source": report.cite.cite_facts(e["rows"], limit=1),
            }
        )
    return out


ENTITY_COLUMNS = [
    ("name", "Name"),
    ("variants", "Other forms"),
    ("n_docs", "Articles"),
    ("mentions", "Mentions"),
    ("source", "Source"),
]
