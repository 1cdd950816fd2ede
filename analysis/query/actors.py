"""Who leads on each side: the bodies that take part in the most initiatives, and the kinds of body they are.

A side is a set of jurisdictions ("UK"; "China": mainland China, Hong Kong and Macao). Counts are of distinct
initiatives (see `initiatives`), so a cooperation restated by many articles counts once for each party.
"""

from __future__ import annotations

from typing import Any

from analysis.query import rank
from analysis.query.rank import order_by
from analysis.query.scope import CHINESE
from analysis.query.store import Store

SIDES = {"UK": ("UK",), "China": CHINESE}
"""The two sides of China–UK cooperation, as jurisdictions of the facts."""


def _parties_sql(without: tuple[str, ...] = (), within: str | None = None) -> str:
    """SQL: (initiative_id, entity_id) of every party, leaving out initiatives with a party of `without` and, with
    `within` (SQL selecting initiative ids), those it does not select."""
    conds = ([f"NOT list_has_any(i.sides, {list(without)!r})"] if without else []) + (
        [f"i.initiative_id IN ({within})"] if within else []
    )
    where = "WHERE " + " AND ".join(conds) if conds else ""
    return f"""SELECT DISTINCT i.initiative_id, unnest(i.party_ids) AS entity_id FROM initiatives i {where}"""


def bodies(
    store: Store,
    jurisdictions: tuple[str, ...],
    limit: int,
    *,
    without: tuple[str, ...] = (),
    within: str | None = None,
) -> list[dict]:
    """Bodies of these jurisdictions by the initiatives they take part in (the one ranking; ties by name), with
    `articles`: the distinct articles (near-duplicates once) stating those initiatives; with `without`, initiatives
    that have a party of those jurisdictions do not count ("UK": the Greater Bay Area's own initiatives, not its
    bodies' work with UK partners); with `within` (SQL selecting initiative ids), only those count."""
    return store.rows(
        f"""WITH p AS ({_parties_sql(without, within)}),
        ranked AS (  -- the top bodies first: only theirs are counted in articles and listed
          SELECT e.entity_id AS id, e.name AS label, e.org_type, e.jurisdiction, count(DISTINCT p.initiative_id) AS n
          FROM p JOIN entities e USING (entity_id)
          WHERE e.kind = 'organization' AND list_contains($jur, e.jurisdiction)
          GROUP BY e.entity_id, e.name, e.org_type, e.jurisdiction
          ORDER BY {order_by("n")} LIMIT $limit
        ), top_p AS (SELECT p.* FROM p JOIN ranked r ON r.id = p.entity_id
        ), docs AS (
          SELECT t.entity_id, count(DISTINCT f.group_id) AS articles FROM top_p t
          JOIN initiative_of o USING (initiative_id) JOIN scoped f ON f.fact_id = o.fact_id GROUP BY t.entity_id
        ), ids AS (SELECT entity_id, list_sort(list(DISTINCT initiative_id)) AS initiative_ids FROM top_p GROUP BY ALL)
        SELECT r.*, d.articles, i.initiative_ids
        FROM ranked r LEFT JOIN docs d ON d.entity_id = r.id LEFT JOIN ids i ON i.entity_id = r.id
        ORDER BY {order_by("n")}""",
        {"jur": list(jurisdictions), "limit": limit},
    )


def types(store: Store, jurisdictions: tuple[str, ...], *, within: str | None = None) -> list[dict]:
    """Kinds of body of these jurisdictions: how many take part in initiatives (only those `within` selects, when
    given), and in how many initiatives."""
    return store.rows(
        f"""SELECT coalesce(e.org_type, 'other') AS id, coalesce(e.org_type, 'other') AS label,
          count(DISTINCT e.entity_id) AS n, count(DISTINCT p.initiative_id) AS n_initiatives
        FROM ({_parties_sql(within=within)}) p JOIN entities e USING (entity_id)
        WHERE e.kind = 'organization' AND list_contains($jur, e.jurisdiction)
        GROUP BY 1, 2 ORDER BY {order_by(("n", "n_initiatives"))}""",
        {"jur": list(jurisdictions)},
    )


SUPPORT = "articles"
"""The column of a `bodies` row counting the articles its initiatives rest on: a lead resting on one article (one
article's list of partners read as several initiatives) is no lead (`rank.lead`'s `support`)."""


MIN_LEAD = 3
"""Initiatives a body needs to lead its side: two against one for every other body is a thin corpus, not a lead."""


def body_lead(rows: list[dict[str, Any]]) -> rank.Lead | None:
    """The real lead among `bodies` rows (`rank.lead`: at least `MIN_LEAD` initiatives, each leader's from two
    articles or more)."""
    return rank.lead(rows, "n", minimum=MIN_LEAD, support=SUPPORT)
