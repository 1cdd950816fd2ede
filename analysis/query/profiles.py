"""Which organisations, people and places deserve a profile: those that carry the story (initiatives, figures,
quotations), not a country named everywhere.

Scores (needs `initiatives` and `figures`): an organisation, two points per initiative it is a party to and one
per figure stated in a sentence naming it; a person, two points per quotation and one per article; a place, one
point per figure about it and one per initiative with a party of it; articles break ties, then the one ranking.
"""

from __future__ import annotations

from analysis.extract.gazetteer import level
from analysis.query.rank import order_by
from analysis.query.store import Store

KINDS = ("organization", "person", "place")


def candidates(store: Store, kind: str, limit: int) -> list[dict]:
    """Entities of one kind by score, then articles (the one ranking); countries are never profiled."""
    # each count grouped once and joined by key: never every entity against every initiative or figure
    parties = """LEFT JOIN (SELECT pid, count(DISTINCT initiative_id) AS n FROM (
          SELECT initiative_id, unnest(party_ids) AS pid FROM initiatives) GROUP BY pid) pi
        ON pi.pid = e.entity_id"""
    joins, score = {
        "organization": (
            parties
            + """ LEFT JOIN (SELECT o.entity_id, count(DISTINCT ff.fact_id) AS n FROM figure_facts ff
          JOIN scoped o ON o.kind = 'organization' AND o.doc_id = ff.doc_id AND o.sentence_start = ff.sentence_start
          GROUP BY o.entity_id) fi ON fi.entity_id = e.entity_id""",
            "2 * coalesce(pi.n, 0) + coalesce(fi.n, 0)",
        ),
        "person": (
            """LEFT JOIN (SELECT speaker, count(DISTINCT group_id) AS n FROM scoped WHERE kind = 'quote'
          GROUP BY speaker) qu ON qu.speaker = e.name""",
            "2 * coalesce(qu.n, 0) + e.n_docs",
        ),
        "place": (
            """LEFT JOIN (SELECT place, count(DISTINCT fact_id) AS n FROM figure_facts GROUP BY place) fi
          ON fi.place = e.name """
            + parties,
            "coalesce(fi.n, 0) + coalesce(pi.n, 0)",
        ),
    }[kind]
    rows = store.rows(
        f"""SELECT * FROM (
          SELECT e.entity_id AS id, e.name AS label, e.kind, e.n_docs, ({score}) AS score FROM entities e {joins}
          WHERE e.kind = $kind)
        WHERE score > 0 ORDER BY {order_by(("score", "n_docs"))} LIMIT $limit""",
        {"kind": kind, "limit": limit * 4},
    )
    if kind == "place":
        rows = [r for r in rows if level(r["label"]) != "country"]
    return rows[:limit]


def top_entities(store: Store, n: int) -> list[dict]:
    """The `n` entities to profile, taking organisations, people and places in turn."""
    queues = {k: candidates(store, k, n) for k in KINDS}
    picked: list[dict] = []
    while len(picked) < n and any(queues.values()):
        for k in KINDS:
            if queues[k] and len(picked) < n:
                picked.append(queues[k].pop(0))
    return picked
