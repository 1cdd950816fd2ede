"""Which side a body is on and what kind of body it is, from the facts' `jurisdiction` and `org_type`.

The UK side is `UK`; the Chinese side is mainland China, Hong Kong and Macao. A party that is a place
(as in "Northland and Southland signed") takes its country from the gazetteer.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd

from analysis.extract import gazetteer
from analysis.extract.org_cues import place_label
from analysis.report.select import of_kind, records, text

CHINESE = ("mainland China", "Hong Kong", "Macao")
"""The jurisdictions (of `schema.JURISDICTIONS`) that make the Chinese side."""
TYPE_PLURALS = {
    "university": "universities",
    "hospital": "hospitals",
    "government": "government bodies",
    "company": "companies",
    "association": "associations",
    "other": "other bodies",
}


@dataclass(frozen=True)
class Body:
    """An organisation (or a place acting as a party) with its type, jurisdiction and first mention."""

    name: str
    org_type: str
    jurisdiction: str
    fact: dict[str, Any] | None

    @property
    def side(self) -> str:
        """ "UK", "China" or "other"."""
        return "UK" if self.jurisdiction == "UK" else "China" if self.jurisdiction in CHINESE else "other"


def place_jurisdiction(name: str) -> str:
    """The jurisdiction of a place name ("Foshan" -> "mainland China"), "other" or "unknown": the rule that
    decides organisations' jurisdictions (`extract.org_cues.place_label`)."""
    return place_label(name) or "unknown"


def bodies(facts: pd.DataFrame) -> dict[str, Body]:
    """Every organisation name of the facts with its decided type and jurisdiction (first mention cited)."""
    out: dict[str, Body] = {}
    for r in sorted(records(of_kind(facts, "organization")), key=lambda r: (r["doc_id"], r["start"])):
        name = text(r.get("name"))
        if name and name not in out:
            out[name] = Body(name, text(r.get("org_type")) or "other", text(r.get("jurisdiction")) or "unknown", r)
    return out


def body(name: str, known: dict[str, Body]) -> Body:
    """The body called `name`: an organisation of the facts, else a place standing for its government."""
    if name in known:
        return known[name]
    if gazetteer.canonical(name) is not None:
        return Body(name, "government", place_jurisdiction(name), None)
    return Body(name, "other", "unknown", None)


def pairing(sides: set[str]) -> str:
    """What a partnership joins: "UK–China", "UK only", "China only" or "other"."""
    if {"UK", "China"} <= sides:
        return "UK–China"
    if sides == {"UK"}:
        return "UK only"
    if sides == {"China"}:
        return "China only"
    return "other"
