"""The figures of a report's scope, each counted once: key numbers (one per object), the largest sums, the
biggest changes, and figures about the same object that disagree.

A figure is one amount fact read as a plain value, a range or a change (`amounts` view). Its object key is
what it counts, normalised ("general practitioners", "GPs" stay apart; "the new beds" and "new beds" do not);
the same value, unit and object stated by several articles is one figure, stated by as many articles.
Salience (`score`): where it is stated (headline, lead or quotation count more), how many distinct articles
state it, and its size (the order of magnitude of a sum, the size of a relative change).
"""

from __future__ import annotations

from analysis.query.store import Store

CHANGE_SCORE_STEP = 25
"""Percentage points of relative change worth one point of salience (up to four)."""


def _amounts_sql() -> str:
    """Amount facts of the scope as figures: relation ('value', 'range' or 'change'), before, after, percent."""
    return r"""
    SELECT f.*,
      CASE WHEN f.value_to IS NULL THEN 'value' ELSE 'change' END AS relation,
      CASE WHEN f.value_to IS NULL THEN NULL ELSE f.value END AS before,
      coalesce(f.value_to, f.value) AS after,
      CASE WHEN f.value_to IS NOT NULL AND f.value <> 0 AND f.unit <> 'percent'
        THEN round((f.value_to - f.value) / abs(f.value) * 100, 1) END AS pct,
      nullif(trim(regexp_replace(regexp_replace(lower(coalesce(f.object, '')), '[^a-z\s]', ' ', 'g'),
        '^(?:the|a|an|some|about|around|more than|over|nearly|almost)\s+|\s+', ' ', 'g')), '') AS object_key,
      coalesce(try_cast(left(
        coalesce((SELECT max(d.date) FROM scoped d WHERE d.kind = 'date' AND d.doc_id = f.doc_id
          AND d.sentence_start = f.sentence_start), doc.published), 4) AS INTEGER), NULL) AS year
    FROM scoped f LEFT JOIN documents doc ON doc.doc_id = f.doc_id
    WHERE f.kind = 'amount' AND f.value IS NOT NULL
    """


def register(store: Store) -> None:
    """`figures`: one row per distinct figure (value or change, unit, object, place) with the articles that
    state it, its best passage and its salience; needs `scoped` and `currency_rates`."""
    store.con.execute(f"""CREATE OR REPLACE TEMP TABLE figure_facts AS {_amounts_sql()}""")
    store.con.execute(
        f"""CREATE OR REPLACE TEMP TABLE figures AS
        WITH keyed AS (
          SELECT a.*, r.gbp, a.after * r.gbp AS gbp_value,
            md5(concat_ws('|', a.relation, a.before::VARCHAR, a.after::VARCHAR, a.unit, a.object_key,
              coalesce(a.place, ''))) AS figure_id
          FROM figure_facts a LEFT JOIN currency_rates r ON r.unit = a.unit
        ), per_group AS (
          SELECT figure_id, group_id, max(weight) AS best FROM keyed GROUP BY figure_id, group_id
        ), support AS (
          SELECT figure_id, count(*) AS n_articles, sum(best) AS where_points FROM per_group GROUP BY figure_id
        ), firsts AS (
          SELECT * EXCLUDE (r) FROM (
            SELECT *, row_number() OVER (PARTITION BY figure_id
              ORDER BY weight DESC, canonical DESC, doc_id, start, fact_id) AS r FROM keyed) WHERE r = 1
        )
        SELECT f.figure_id, f.fact_id, f.doc_id, f.relation, f.before, f.after, f.pct, f.unit, f.object,
          f.object_key, f.place, f.year, f.gbp_value, s.n_articles,
          s.where_points
            + CASE WHEN f.gbp_value >= 1e6 THEN least(4, floor(log10(f.gbp_value)) - 5)::INT ELSE 0 END
            + CASE WHEN f.pct IS NOT NULL THEN least(4, floor(abs(f.pct) / {CHANGE_SCORE_STEP}))::INT ELSE 0 END
            AS score
        FROM firsts f JOIN support s USING (figure_id)"""
    )


def key_numbers(store: Store, limit: int) -> list[dict]:
    """The most salient figure of each object (objects with no words left out), most salient first."""
    return store.rows(
        """SELECT * EXCLUDE (r) FROM (
          SELECT *, row_number() OVER (PARTITION BY object_key, coalesce(place, '')
            ORDER BY score DESC, n_articles DESC, year DESC NULLS LAST, doc_id, fact_id) AS r
          FROM figures WHERE object_key IS NOT NULL) WHERE r = 1
        ORDER BY score DESC, n_articles DESC, object_key, fact_id LIMIT ?""",
        [limit],
    )


def largest_sums(store: Store, limit: int) -> list[dict]:
    """Sums of money, largest first (compared in pounds at fixed rates; shown in their own currency)."""
    return store.rows(
        """SELECT * FROM figures WHERE gbp_value IS NOT NULL AND relation <> 'range'
        ORDER BY gbp_value DESC, score DESC, fact_id LIMIT ?""",
        [limit],
    )


def biggest_changes(store: Store, limit: int) -> list[dict]:
    """Changes with a relative size, largest (in either direction) first, ties to the more salient."""
    return store.rows(
        """SELECT * FROM figures WHERE relation = 'change' AND pct IS NOT NULL
        ORDER BY abs(pct) DESC, score DESC, fact_id LIMIT ?""",
        [limit],
    )


def inconsistent(store: Store, limit: int) -> list[dict]:
    """Pairs of plain figures about the same object, unit, place and year that disagree (by more than 1%),
    stated in different articles: `a_fact_id`, `b_fact_id` and both values."""
    return store.rows(
        """WITH v AS (
          SELECT f.figure_id, f.fact_id, f.doc_id, f.after, f.unit, f.object_key, f.place, f.year, f.score
          FROM figures f WHERE f.relation = 'value' AND f.object_key IS NOT NULL AND f.year IS NOT NULL)
        SELECT a.object_key, a.unit, a.place, a.year, a.fact_id AS a_fact_id, a.after AS a_value,
          b.fact_id AS b_fact_id, b.after AS b_value
        FROM v a JOIN v b ON a.object_key = b.object_key AND a.unit = b.unit
          AND coalesce(a.place, '') = coalesce(b.place, '') AND a.year = b.year AND a.fact_id < b.fact_id
          AND a.doc_id <> b.doc_id AND abs(a.after - b.after) > 0.01 * greatest(abs(a.after), abs(b.after))
        ORDER BY greatest(a.score, b.score) DESC, a.object_key, a.fact_id, b.fact_id LIMIT ?""",
        [limit],
    )


def sentence_parties(store: Store, fact_ids: list[str], limit: int = 3) -> dict[str, list[str]]:
    """For each figure fact, who pays or signs: the parties of a partnership stated in its sentence, else the
    organisations its sentence names, in text order (at most `limit`)."""
    rows = store.rows(
        """WITH f AS (SELECT fact_id, doc_id, sentence_start FROM scoped WHERE list_contains($ids, fact_id)),
        p AS (
          SELECT f.fact_id, flatten(list(s.parties ORDER BY s.start)) AS names
          FROM f JOIN scoped s ON s.kind = 'partnership' AND s.doc_id = f.doc_id
            AND s.sentence_start = f.sentence_start GROUP BY f.fact_id
        ), o AS (
          SELECT f.fact_id, list(s.name ORDER BY s.start) AS names
          FROM f JOIN scoped s ON s.kind = 'organization' AND s.doc_id = f.doc_id
            AND s.sentence_start = f.sentence_start GROUP BY f.fact_id
        )
        SELECT f.fact_id, coalesce(p.names, o.names, []) AS all_names
        FROM f LEFT JOIN p USING (fact_id) LEFT JOIN o USING (fact_id) ORDER BY f.fact_id""",
        {"ids": list(fact_ids)},
    )
    return {r["fact_id"]: list(dict.fromkeys(r["all_names"]))[:limit] for r in rows}
