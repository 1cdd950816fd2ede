"""Which organisations, people and places deserve a profile: those that carry the story (initiatives and sums of
money), not a country named everywhere nor a name mentioned often.

Scores (needs `initiatives` and `figures`), in order: the initiatives and sums an entity takes part in
(initiatives it is a party to, and those stated in a sentence naming it, never one resting on one passing statement,
`initiatives.mark_weak`; distinct sums attached to those
initiatives or stated in a sentence naming it, not a sum of someone's background nor a conversion of a sum into
another currency, a place's also those about it) together with the articles naming it (a body four articles name
with two initiatives carries more of the story than one two articles name with three), then the initiatives and
sums alone, then its other figures (a person: the quotations in their own words), then the one ranking. The spelling
variants of one name count as one entity (`entities.canon_id`).
"""

from __future__ import annotations

from analysis.extract.gazetteer import DATELINE_RULE, level
from analysis.query.initiatives import SAME_SUM, background_sum, name_key
from analysis.query.rank import order_by, sort_key
from analysis.query.store import Store

KINDS = ("organization", "person", "place")
MIN_WEIGHT = 2  # initiatives, sums and other figures or quotations an entity needs for a profile


def placed_label(e: str) -> str:
    """SQL: the name to show for entity row `e`, with its place when the name is a generic one its articles place
    ("Health Bureau (Macao)": another place has a Health Bureau too)."""
    return f"""CASE WHEN contains({e}.entity_id, '@') AND {e}.jurisdiction IS NOT NULL
      THEN {e}.name || ' (' || {e}.jurisdiction || ')' ELSE {e}.name END"""


def candidates(store: Store, kind: str, limit: int) -> list[dict]:
    """Entities of one kind by initiatives, sums and articles together, then initiatives and sums, then other
    figures (a person: quotations), then the one ranking; countries are never profiled, nor a body that is the name
    of an initiative."""
    # the second score grouped once and joined by key: never a subquery per entity; each WITH clause is a table of
    # its own (`Store.create`), so the engine holds one step's joins at a time
    second = {
        "organization": """LEFT JOIN (SELECT s.canon_id AS entity_id, count(DISTINCT ff.fact_id) AS n
          FROM figure_facts ff JOIN said s USING (doc_id, sentence_start) GROUP BY s.canon_id) sec
          ON sec.entity_id = e.entity_id""",
        "person": """LEFT JOIN (SELECT speaker, count(DISTINCT group_id) AS n FROM scoped WHERE kind = 'quote'
          GROUP BY speaker) sec ON sec.speaker = e.name""",
        "place": """LEFT JOIN (SELECT place, count(DISTINCT fact_id) AS n FROM figure_facts GROUP BY place) sec
          ON sec.place = e.name""",
    }[kind]
    about = (
        """UNION SELECT e.entity_id, ff.unit || ':' || ff.after::VARCHAR FROM entities e
          JOIN figure_facts ff ON ff.place = e.name
          WHERE e.kind = 'place' AND e.entity_id = e.canon_id AND ff.relation <> 'range'
            AND ff.unit IN (SELECT unit FROM currency_rates)"""
        if kind == "place"
        else ""
    )
    store.create(
        "profile_candidates",
        f"""WITH said AS (
          SELECT DISTINCT x.canon_id, o.doc_id, o.sentence_start FROM scoped o
          JOIN entities x ON x.entity_id = o.entity_id WHERE o.kind = $kind
            AND o.extractor IS DISTINCT FROM $dateline  -- where a story was filed names none of its sentences
        ), inits AS (
          SELECT DISTINCT s.canon_id AS entity_id, o.initiative_id FROM said s
          JOIN scoped p ON p.kind = 'partnership' AND p.doc_id = s.doc_id AND p.sentence_start = s.sentence_start
          JOIN initiative_of o ON o.fact_id = p.fact_id JOIN initiatives w USING (initiative_id) WHERE NOT w.weak
          UNION
          SELECT DISTINCT unnest(party_ids) AS entity_id, initiative_id FROM initiatives WHERE NOT weak
        ), conversions AS (
          -- a sum's conversion into another currency, written after it in its sentence, is the same sum
          SELECT DISTINCT ff.fact_id FROM figure_facts ff JOIN currency_rates rf ON rf.unit = ff.unit
          JOIN figure_facts c ON c.doc_id = ff.doc_id AND c.sentence_start = ff.sentence_start AND c.start < ff.start
            AND c.unit <> ff.unit AND c.relation <> 'range'
          JOIN currency_rates rc ON rc.unit = c.unit
          WHERE abs(c.after * rc.gbp - ff.after * rf.gbp) <= {SAME_SUM} * greatest(c.after * rc.gbp, ff.after * rf.gbp)
        ), sums AS (
          SELECT DISTINCT i.entity_id, f.unit || ':' || f.value::VARCHAR AS sum FROM inits i
          JOIN (SELECT initiative_id, unnest(money_facts) AS fact_id FROM initiatives) n USING (initiative_id)
          JOIN scoped f ON f.fact_id = n.fact_id  -- joined by id: a list tested against every row costs rows × lists
          UNION
          SELECT s.canon_id, ff.unit || ':' || ff.after::VARCHAR FROM said s
          JOIN figure_facts ff ON ff.doc_id = s.doc_id AND ff.sentence_start = s.sentence_start
          WHERE ff.relation <> 'range' AND ff.unit IN (SELECT unit FROM currency_rates) AND NOT {background_sum("ff")}
            AND ff.fact_id NOT IN (SELECT fact_id FROM conversions)
          {about}
        ), counts AS (
          SELECT entity_id, count(*) AS n FROM (SELECT entity_id FROM inits UNION ALL SELECT entity_id FROM sums)
          GROUP BY entity_id
        ), scored AS (
          SELECT e.entity_id AS id, {placed_label("e")} AS label, e.kind, e.n_docs, coalesce(c.n, 0) AS score,
            coalesce(sec.n, 0) AS second
          FROM entities e LEFT JOIN counts c USING (entity_id) {second}
          WHERE e.kind = $kind AND e.entity_id = e.canon_id
        )
        SELECT * FROM scored WHERE score + second > 0
          -- a body that is the name of an initiative is that initiative, shown in the initiative tables
          AND NOT (kind = 'organization' AND {name_key("label")} IN (
            SELECT {name_key("name")} FROM initiatives WHERE name IS NOT NULL))""",
        {"kind": kind, "dateline": DATELINE_RULE},
    )
    rows = store.rows(
        f"SELECT * FROM profile_candidates ORDER BY {order_by(('score + n_docs', 'score', 'second'))} LIMIT $limit",
        {"limit": limit * 4},
    )
    if kind == "place":
        rows = [r for r in rows if level(r["label"]) != "country"]
    return rows[:limit]


def top_entities(store: Store, n: int) -> list[dict]:
    """The `n` entities to profile: organisations, people and places pooled in the one ranking (initiatives, sums
    and articles together, then initiatives and sums, then organisations before people before places, then other
    figures), each resting on at
    least `MIN_WEIGHT` facts (one sum beside a name makes no profile) and no kind taking more than half the places
    while another kind qualifies; the single best candidate when none reaches the floor."""
    pool = [r for k in KINDS for r in candidates(store, k, n)]
    # on equal initiatives, sums and articles the bodies that act come before people and places, then other figures
    pool.sort(
        key=lambda r: sort_key(
            (r["score"] + r["n_docs"], r["score"], -KINDS.index(r["kind"]), r["second"]), r["label"], r["id"]
        )
    )
    strong = [r for r in pool if r["score"] + r["second"] >= MIN_WEIGHT]
    if not strong:
        return pool[:1]
    cap = max(1, -(-n // 2))
    picked: list[dict] = []
    for r in strong:
        if len(picked) < n and sum(p["kind"] == r["kind"] for p in picked) < cap:
            picked.append(r)
    # a kind's cap only holds while another kind has candidates left: fill from the rest in ranking order
    picked += [r for r in strong if r not in picked][: n - len(picked)]
    return sorted(picked, key=strong.index)
