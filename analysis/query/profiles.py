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
    score = {
        "organization": """2 * (SELECT count(DISTINCT i.initiative_id) FROM initiatives i
              WHERE list_contains(i.party_ids, e.entity_id))
            + (SELECT count(DISTINCT ff.fact_id) FROM figure_facts ff JOIN scoped o ON o.kind = 'organization'
              AND o.entity_id = e.entity_id AND o.doc_id = ff.doc_id AND o.sentence_start = ff.sentence_start)""",
        "person": """2 * (SELECT count(DISTINCT q.group_id) FROM scoped q
              WHERE q.kind = 'quote' AND q.speaker = e.name) + e.n_docs""",
        "place": """(SELECT count(DISTINCT ff.fact_id) FROM figure_facts ff WHERE ff.place = e.name)
            + (SELECT count(DISTINCT i.initiative_id) FROM initiatives i
              WHERE list_contains(i.party_ids, e.entity_id))""",
    }[kind]
    rows = store.rows(
        f"""SELECT * FROM (
          SELECT e.entity_id AS id, e.name AS label, e.kind, e.n_docs, ({score}) AS score FROM entities e
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
