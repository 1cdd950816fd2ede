"""How cooperation and reform moved over time: the dated events of the report's scope, each stated once.

A date fact is an event when its sentence states a partnership or a figure, or uses the vocabulary of
cooperation or reform (`event_words.txt`); a founding year in passing (`date_founding_words.txt` shortly
before the date) or a conference being held is not, nor is a target, deadline or comparison base ("by 2030",
"as in 2022": `date_not_step_words.txt` right before the date), nor a year that is part of a name ("Vision
2030": a bare year right after a capitalised word that is not one of `date_before_words.txt`).
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


FOUNDING_REACH = 40
"""Characters between a founding word and the date it makes a founding date (within one clause)."""


@lru_cache(maxsize=1)
def founding_words() -> str:
    """A founding word anywhere in a sentence (one fixed pattern)."""
    return r"(?i)\b(?:" + "|".join(f"(?:{p})" for p in read_lines("date_founding_words.txt")) + r")\b"


def founding_pattern() -> str:
    """A founding word followed, within `FOUNDING_REACH` characters of one clause, by the date (appended)."""
    return founding_words() + r"[^.;:]{0," + str(FOUNDING_REACH) + "}"


@lru_cache(maxsize=1)
def not_step_pattern() -> str:
    """Words that make the date right after them a target, a deadline or a comparison base (the date appended)."""
    return r"(?i)\b(?:" + "|".join(f"(?:{p})" for p in read_lines("date_not_step_words.txt")) + r")\s+"


def before_words() -> list[str]:
    """Words that may stand before a bare year that is a date (lower case)."""
    return sorted({w.lower() for w in read_lines("date_before_words.txt")})


def register(store: Store) -> None:
    """`events(fact_id, doc_id, group_id, date, year, event, sentence, text, weight, initiative_id, has_figure)`:
    one row per event (needs `scoped` and, for the initiative link, `initiative_of`)."""
    store.con.execute(
        r"""CREATE OR REPLACE TEMP TABLE events AS
        WITH d AS (
          SELECT f.fact_id, f.doc_id, f.group_id, f.canonical, f.date, left(f.date, 4) AS year, f.event, f.sentence,
            f.text, f.sentence_start, f.start, f."end", f.sentence_end, f.weight,
            (SELECT min(o.initiative_id) FROM scoped p JOIN initiative_of o USING (fact_id)
              WHERE p.kind = 'partnership' AND p.doc_id = f.doc_id AND p.sentence_start = f.sentence_start)
              AS initiative_id,
            EXISTS (SELECT 1 FROM scoped a WHERE a.kind = 'amount' AND a.doc_id = f.doc_id
              AND a.sentence_start = f.sentence_start) AS has_figure
          FROM scoped f WHERE f.kind = 'date' AND f.date IS NOT NULL AND f.extractor <> 'dates.published'
        ), kept AS (
          SELECT * FROM d
          WHERE (initiative_id IS NOT NULL OR has_figure OR regexp_matches(lower(sentence), $words))
            -- the pattern with the date in it is compiled for each row: only rows whose sentence holds one of
            -- the words (a fixed pattern, compiled once) get there (CASE evaluates its THEN for those rows only;
            -- its ELSE is the test itself, so a missing sentence counts as before)
            AND NOT CASE WHEN strpos(sentence, text) > 0 AND regexp_matches(sentence, $founding_words)
              THEN regexp_matches(sentence, $founding || regexp_replace(text, '([^\w\s])', '\\\1', 'g'))
              ELSE strpos(sentence, text) > 0 AND regexp_matches(sentence, $founding_words) END
            AND NOT CASE WHEN strpos(sentence, text) > 0 AND regexp_matches(sentence, $target_words)
              THEN regexp_matches(sentence, $target || regexp_replace(text, '([^\w\s])', '\\\1', 'g'))
              ELSE strpos(sentence, text) > 0 AND regexp_matches(sentence, $target_words) END
            AND NOT (regexp_full_match(text, '\d{4}') AND coalesce(list_contains($before,
              lower(nullif(regexp_extract(sentence, '([A-Z][\w’''-]*)\s+' || text || '\b', 1), ''))) = FALSE, FALSE))
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
        {
            "words": event_pattern(),
            "founding": founding_pattern(),
            "founding_words": founding_words(),
            "target": not_step_pattern(),
            "target_words": not_step_pattern(),
            "before": before_words(),
        },
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
