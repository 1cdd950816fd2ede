"""Which strand an article belongs to, decided from its facts: China–UK cooperation, GBA reforms, both, or neither.

Signals come from the places and organisations an article names and from its theme tags:

* a UK signal is a place in the United Kingdom or an organisation whose name holds a UK place, word of
  nationality or public-system word ("Britain", "British", "NHS");
* a China signal is a place in mainland China, Hong Kong or Macao, or an organisation whose name holds
  a Chinese place or word;

places and words resolve through the one place -> jurisdiction rule (`gazetteer.jurisdiction`, read in a name by
`org_cues.name_places`), so a report and the facts' jurisdictions never disagree about where a place is;
* a GBA signal is one of the eleven cities of the Guangdong–Hong Kong–Macao Greater Bay Area, the
  Area itself, Guangdong or the Pearl River Delta (in a place or organisation name), or a theme tag about
  the Area or cross-border care.

An article is `china_uk` when it has UK and China signals, `gba` when it has at least `GBA_MIN` GBA
signals, `both` when both hold, and `neither` otherwise. The decision keeps the facts that made it, so a
report can cite why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import pandas as pd

from analysis.extract import gazetteer
from analysis.extract.org_cues import name_places, system_label
from analysis.report import escape, narrate
from analysis.report.select import filter_dates, of_kind, position_key, records, text
from analysis.resources import table

STRANDS = ("china_uk", "gba", "both", "neither")
LABELS = {
    "china_uk": "China–UK cooperation",
    "gba": "GBA health reforms",
    "both": "both strands",
    "neither": "neither strand",
}
FOCUS_STRANDS = {"china_uk": ("china_uk", "both"), "gba": ("gba", "both"), "all": STRANDS}
GBA_MIN = 2
GBA_THEME_PARTS = ("gba", "bay_area", "bay area", "cross_border", "cross-border", "cross border")
CHINA_COUNTRIES = ("CN", "HK", "MO")


@lru_cache(maxsize=None)
def _pattern(strand: str) -> re.Pattern:
    """The words of one strand in `strand_words.tsv` as one case-insensitive pattern."""
    alts = sorted({re.escape(w) for s, w in table("strand_words.tsv") if s == strand}, key=lambda w: (-len(w), w))
    return re.compile(r"(?<![\w])(?:" + "|".join(alts) + r")(?![\w])", re.I)


_SIGNAL = {"UK": "uk", "mainland China": "china", "Hong Kong": "china", "Macao": "china"}


def name_signals(name: str, *, is_place: bool) -> set[str]:
    """Strand signals ("uk", "china", "gba") carried by a place or organisation name."""
    out: set[str] = set()
    if not name:
        return out
    if _pattern("gba").search(name):
        out.add("gba")
    if is_place:
        labels = [gazetteer.jurisdiction(name)]
    else:
        # organisations named after a place or a nationality: "University of Northfield", "Sino-British X"
        labels = [h.label for h in name_places(name)] + [system_label(name)]
    out |= {_SIGNAL[x] for x in labels if x in _SIGNAL}
    return out


@dataclass
class Decision:
    doc_id: str
    strand: str
    uk: list[dict[str, Any]] = field(default_factory=list)
    china: list[dict[str, Any]] = field(default_factory=list)
    gba: list[dict[str, Any]] = field(default_factory=list)

    def names(self, signal: str) -> list[str]:
        """Distinct names behind a signal, in order of first appearance."""
        out: list[str] = []
        for r in getattr(self, signal):
            n = text(r.get("name")) or text(r.get("theme"))
            if n and n not in out:
                out.append(n)
        return out


def decide(doc_id: str, facts: pd.DataFrame) -> Decision:
    """The strand of one article from its own facts."""
    d = Decision(doc_id, "neither")
    mine = facts[facts["doc_id"] == doc_id] if len(facts) else facts
    for r in sorted(records(of_kind(mine, "place", "organization")), key=position_key):
        for s in sorted(name_signals(text(r.get("name")) or text(r.get("text")), is_place=r["kind"] == "place")):
            getattr(d, s).append(r)
    for r in sorted(records(of_kind(mine, "theme")), key=position_key):
        t = text(r.get("theme")).lower()
        if any(p in t for p in GBA_THEME_PARTS):
            d.gba.append(r)
    d.gba.sort(key=position_key)
    cu = bool(d.uk) and bool(d.china)
    gba = len(d.gba) >= GBA_MIN
    d.strand = "both" if cu and gba else "china_uk" if cu else "gba" if gba else "neither"
    return d


def classify(doc_ids: list[str], facts: pd.DataFrame) -> dict[str, Decision]:
    """Decision for every article, keyed by doc_id (in doc_id order)."""
    relevant = of_kind(facts, "place", "organization", "theme") if len(facts) else facts
    groups = {doc_id: group for doc_id, group in relevant.groupby("doc_id", sort=True)} if len(relevant) else {}
    return {doc_id: decide(doc_id, groups.get(doc_id, relevant.iloc[0:0])) for doc_id in sorted(doc_ids)}


def in_focus(decision: Decision, focus: str) -> bool:
    return decision.strand in FOCUS_STRANDS[focus]


def focus_docs(decisions: dict[str, Decision], focus: str) -> list[str]:
    """Articles a report with this `focus` covers ('all' covers every article)."""
    return sorted(d for d, dec in decisions.items() if in_focus(dec, focus))


@dataclass
class Scope:
    """What a report covers: the articles of its focus and their facts (dated facts within the date limits)."""

    focus: str
    decisions: dict[str, Decision]
    doc_ids: list[str]
    facts: pd.DataFrame


def scope(report, focus: str | None = None) -> Scope:
    """The articles and facts a report with `focus` (default: its `focus` parameter) and date limits covers."""
    focus = focus or report.params.get("focus", "all")
    decisions = classify([d.doc_id for d in report.corpus.documents], report.facts)
    docs = focus_docs(decisions, focus)
    facts = report.facts
    if len(facts):
        facts = facts[facts["doc_id"].isin(docs)]
        facts = filter_dates(facts, report.params.get("date_from", ""), report.params.get("date_to", ""))
    return Scope(focus, decisions, docs, facts)


def scope_sentence(report, sc: Scope) -> str:
    """Which articles the report covers and why, with one cited signal per side."""
    n = len(report.corpus.documents)
    if sc.focus == "all":
        head = f"This report covers all {narrate.count(n, 'article')} of the corpus."
    else:
        head = (
            f"This report covers the articles about {LABELS[sc.focus]}: {narrate.share(len(sc.doc_ids), n, 'article')}"
            f" {'qualifies' if len(sc.doc_ids) == 1 else 'qualify'}"
            f" from the places, organisations and themes they name."
        )
    dates = [report.params.get("date_from"), report.params.get("date_to")]
    if any(dates):
        if all(dates):
            head += f" Dated events are limited to {narrate.fmt_date(dates[0])} to {narrate.fmt_date(dates[1])}."
        elif dates[0]:
            head += f" Dated events are limited to {narrate.fmt_date(dates[0])} or later."
        else:
            head += f" Dated events are limited to {narrate.fmt_date(dates[1])} or earlier."
    return head


def evidence_html(report, dec: Decision, limit: int = 2) -> str:
    """ "UK: University of X[1]; China: Harbour City[2]; GBA: Zhuhai[3], Hong Kong[4]" for one decision."""
    parts = []
    for signal, label in (("uk", "UK"), ("china", "China"), ("gba", "GBA")):
        seen, marks = [], []
        for r in getattr(dec, signal):
            name = text(r.get("name")) or text(r.get("theme")).replace("_", " ")
            if not name or name in seen:
                continue
            seen.append(name)
            marks.append(escape.html(name) + report.cite.cite_fact(r))
            if len(marks) >= limit:
                break
        if marks:
            parts.append(f"{label}: " + ", ".join(marks))
    return "; ".join(parts) or "—"
