"""How cooperation and reform moved over time: the dated events of the report's scope, each stated once.

A date fact is an event when its sentence states a partnership or a figure, or uses the vocabulary of
cooperation or reform (`event_words.txt`); a founding year in passing or a conference being held is not.
A year written twice in one sentence ("last year", "in 2022") is one event; the same sentence in republished
copies is one event; events tied to one initiative in one year are one event.
"""

from __future__ import annotations

from functools import lru_cache

from analysis.query.store import Store
from analysis.resources import read_lines


@lru_cache(maxsize=1)
def event_pattern() -> str:
    """The vocabulary of cooperation and reform as one RE2 pattern."""
    return r"\b(?:" + "|".join(f"(?:{p})" for p in read_lines("event_words.txt")) + r")\b"


def register(store: Store) -> None:
    """`events(fact_id, doc_id, group_id, date, year, event, sentence, weight, initiative_id, has_figure)`: one
    row per event (needs `scoped` and, for the initiative link, `initiative_of`)."""
    store.con.execute(
        """CREATE OR REPLACE TEMP TABLE events AS
        WITH d AS (
          SELECT f.fact_id, f.doc_id, f.group_id, f.canonical, f.date, left(f.date, 4) AS year, f.event, f.sentence,
            f.sentence_start, f.start, f.weight,
            (SELECT min(o.initiative_id) FROM scoped p JOIN initiative_of o USING (fact_id)
              WHERE p.kind = 'partnership' AND p.doc_id = f.doc_id AND p.sentence_start = f.sentence_start)
              AS initiative_id,
            EXISTS (SELECT 1 FROM scoped a WHERE a.kind = 'amount' AND a.doc_id = f.doc_id
              AND a.sentence_start = f.sentence_start) AS has_figure
          FROM scoped f WHERE f.kind = 'date' AND f.date IS NOT NULL AND f.extractor <> 'dates.published'
        ), kept AS (
          SELECT * FROM d
          WHERE initiative_id IS NOT NULL OR has_figure OR regexp_matches(lower(sentence), $words)
        ), one_per_sentence AS (
          SELECT * EXCLUDE (r) FROM (
            SELECT *, row_number() OVER (PARTITION BY group_id, sentence_start, year
              ORDER BY canonical DESC, length(date) DESC, start, fact_id) AS r
            FROM kept) WHERE r = 1
        )
        SELECT * EXCLUDE (r) FROM (
          SELECT *, row_number() OVER (
            PARTITION BY CASE WHEN initiative_id IS NULL THEN fact_id ELSE initiative_id || '|' || year END
            ORDER BY weight DESC, length(date) DESC, canonical DESC, doc_id, start, fact_id) AS r
          FROM one_per_sentence) WHERE r = 1""",
        {"words": event_pattern()},
    )


def by_year(store: Store) -> list[dict]:
    """Events per year, in year order."""
    return store.rows("SELECT year, count(*) AS n FROM events GROUP BY year ORDER BY year")


def top(store: Store, limit: int) -> list[dict]:
    """The `limit` most salient events (where stated, tied to an initiative or a figure), in date order."""
    return store.rows(
        """SELECT * FROM (
          SELECT *, weight + (initiative_id IS NOT NULL)::INT + has_figure::INT AS score FROM events
          ORDER BY score DESC, date, doc_id, start, fact_id LIMIT ?)
        ORDER BY date, doc_id, start, fact_id""",
        [limit],
    )
