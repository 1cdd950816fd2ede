"""The one ranking policy: a higher score first; equal scores are a tie, ordered among themselves by label,
then by id, so every listing is deterministic and no tie is presented as a ranking.

`ORDER` is the SQL form every query uses; `tiers` groups rows already in that order into ties; `lead` says
whether the first tier is a real lead ("Northvale University leads with four" or "A and B lead with three
each"), which is what prose may claim.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence


def order_by(score: str | Sequence[str], label: str = "label", ident: str = "id") -> str:
    """The ORDER BY clause of the policy: scores descending, then label (case-insensitive), then label and id.

    `order_by("n", "name", "entity_id")` -> "n DESC, lower(name), name, entity_id"."""
    scores = [score] if isinstance(score, str) else list(score)
    return ", ".join([f"{s} DESC" for s in scores] + [f"lower({label})", label, ident])


def sort_key(score: float | Sequence[float], label: str, ident: str = "") -> tuple:
    """The same order for rows sorted in Python."""
    scores = [score] if isinstance(score, (int, float)) else list(score)
    return (*[-s for s in scores], label.casefold(), label, ident)


def tiers(rows: Sequence[dict[str, Any]], score: str) -> list[list[dict[str, Any]]]:
    """Rows (already in ranking order) grouped into runs of equal `score`: [[a, b], [c], ...]."""
    out: list[list[dict[str, Any]]] = []
    for r in rows:
        if out and out[-1][0][score] == r[score]:
            out[-1].append(r)
        else:
            out.append([r])
    return out


@dataclass(frozen=True)
class Lead:
    """The first tier of a ranking and what comes after it."""

    leaders: list[dict[str, Any]]
    score: float
    runner_up: list[dict[str, Any]]
    runner_up_score: float | None

    @property
    def tied(self) -> bool:
        return len(self.leaders) > 1


def lead(
    rows: Sequence[dict[str, Any]],
    score: str,
    *,
    minimum: float = 2,
    max_tied: int = 3,
    support: str | None = None,
) -> Lead | None:
    """The leading tier when the lead is real: its score is at least `minimum`, no more than `max_tied` rows share
    it (four bodies tied at two initiatives lead nothing), and a shared lead stands above `minimum` (two bodies
    with two initiatives each, against one for the rest, lead nothing either). With `support` (a column counting
    the sources of a row's score, such as its articles), a leader whose score rests on one source leads nothing:
    three initiatives one article lists are one article's story, not a lead. The lead must be clear of the next tier
    (`LEAD_MARGIN`). None otherwise."""
    groups = tiers(rows, score)
    if not groups:
        return None
    top = groups[0]
    if top[0][score] < minimum or len(top) > max_tied or (len(top) > 1 and top[0][score] <= minimum):
        return None
    if support is not None and any((r.get(support) or 0) < 2 for r in top):
        return None
    nxt = groups[1] if len(groups) > 1 else []
    if nxt and top[0][score] - nxt[0][score] < LEAD_MARGIN and top[0][score] < 2 * nxt[0][score]:
        return None  # three against two is no lead: one more statement would make it a tie
    return Lead(top, top[0][score], nxt, nxt[0][score] if nxt else None)


LEAD_MARGIN = 2
"""What a leading tier must stand above the next by, unless it has twice the next's score: three against two leads
nothing, four against two and five against three do."""
