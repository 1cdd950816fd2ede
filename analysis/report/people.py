"""People in a report: their roles and affiliations as stated, merged across mentions."""

from __future__ import annotations

from typing import Any

import pandas as pd

from analysis.report import escape, narrate
from analysis.report.entities import entity_counts
from analysis.report.select import text


def merge_parts(values) -> list[str]:
    """The distinct "; "-separated parts of several role (or affiliation) strings, first seen first.

    A part contained in a longer one ("Vice Dean" in "Vice-Dean and Director"), ignoring case, hyphens and
    spaces, is dropped.
    """

    def key(part: str) -> str:
        return " ".join(part.lower().replace("-", " ").split())

    parts: list[str] = []
    for value in values:
        for part in (p.strip(" ,;") for p in (value or "").split(";")):
            if part and key(part) not in {key(p) for p in parts}:
                parts.append(part)
    return [p for p in parts if not any(key(p) != key(q) and key(p) in key(q) for q in parts)]


def people_rows(report, facts: pd.DataFrame, top_n: int) -> list[dict[str, Any]]:
    """One row per person: name, roles and affiliations as stated, with sources."""
    out = []
    for e in entity_counts(facts, "person")[:top_n]:
        roles = merge_parts(text(r.get("role")) for r in e["rows"])
        affs = merge_parts(text(r.get("affiliation")) for r in e["rows"])
        cited = [r for r in e["rows"] if text(r.get("role")) or text(r.get("affiliation"))] or e["rows"]
        out.append(
            {
                "name": escape.html(e["name"]),
                "role": escape.html("; ".join(roles)) or "—",
                "affiliation": escape.html("; ".join(affs)) or "—",
                "n_docs": narrate.fmt_number(e["n_docs"]),
                "source": report.cite.cite_facts(cited, limit=1),
            }
        )
    return out


PEOPLE_COLUMNS = [
    ("name", "Name"),
    ("role", "Role"),
    ("affiliation", "Affiliation"),
    ("n_docs", "Articles"),
    ("source", "Source"),
]


def person_description(r: dict[str, Any]) -> str:
    """ "Director, Northfield Health Bureau" from a person fact's role and affiliation ("" when neither)."""
    role, aff = text(r.get("role")), text(r.get("affiliation"))
    if aff and aff.lower() in role.lower():
        aff = ""
    return ", ".join(x for x in (role, aff) if x)


def people_frame(facts: pd.DataFrame) -> pd.DataFrame:
    """Every person with their merged roles and affiliations, ranked (for the full CSV)."""
    rows = []
    for e in entity_counts(facts, "person"):
        rows.append(
            {
                "name": e["name"],
                "role": "; ".join(merge_parts(text(r.get("role")) for r in e["rows"])),
                "affiliation": "; ".join(merge_parts(text(r.get("affiliation")) for r in e["rows"])),
                "articles": e["n_docs"],
                "mentions": e["mentions"],
            }
        )
    return pd.DataFrame(rows, columns=["name", "role", "affiliation", "articles", "mentions"])
