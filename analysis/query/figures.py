"""The figures of a report's scope, each counted once: key numbers (one per object), the largest sums, the
biggest changes, and figures about the same object that disagree.

A figure is one amount fact read as a plain value, a range or a change (`amounts` view). Its object key is
what it counts, normalised ("general practitioners", "GPs" stay apart; "the new beds" and "new beds" do not);
the same value, unit and object stated by several articles is one figure, stated by as many articles.
Salience (`score`): where it is stated (headline, lead or quotation count more), how many distinct articles
state it, and its size (the order of magnitude of a sum, the size of a relative change). Whether a figure is worth
showing at all (`salient`, the one rule every report's key numbers, changes and measures use): not a part of
another figure of its sentence ("of which ..."), not a level said to be unchanged, not the level before a change its
sentence goes on to state ("40 a day before the reform now see 90") or the level an earlier figure is compared with
("compared with £60 million in 2023"), not a level wanted ("officials want 95% of
patients treated locally"), not a figure of a site's menu or masthead row ("Home | Health | Weather 23°C":
`mark_navigation`), not a change of zero or of no stated size, not a
length of time, not a count of how something is organised ("five tiers", "two key steps"), not one person's ("her
monthly bill": `PERSONAL`), and not a plain
count under `KEY_COUNT_MIN` (a measure's own count is its number whatever its size: `salient_any_count`).
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from analysis.extract import menus
from analysis.query.initiatives import LISTED_SUMS, SAME_SUM, background_sum, gbp_rates, sum_kinds
from analysis.query.rank import order_by
from analysis.query.scope import other_side_sql, other_subject_sql, place_words
from analysis.query.store import MARK, Store, literal, marked
from analysis.query.timeline import (
    DATELINE,
    FUTURE,
    SHARE_MOVE,
    event_pattern,
    founding_pattern,
    not_step_pattern,
    target_words,
)
from analysis.resources import literals, lower_words, read_lines, table

CHANGE_SCORE_STEP = 25
"""Percentage points of relative change worth one point of salience (up to four)."""


PART_ORDER = ("change_after", "change_before", "range_high", "range_low", "change_difference", "change_percent")
"""Which row of a change or range speaks for it: the level after, else before, else the size of the change."""


PCT_SAME = 1.0
PCT_SAME_SHARE = 0.05
"""A stated percentage within this many points (or this share) of the change its levels imply is that change."""


def _restates(level: str, percent: str) -> str:
    """SQL: whether row `percent` (a stated percent) restates the change of row `level` (a level of a change of the
    same sentence whose implied percentage it matches, within `PCT_SAME`)."""
    return (
        f"{level}.amount_type IN ('change_after', 'change_before') AND {level}.change_pct IS NOT NULL "
        f"AND sign({level}.change_pct) = sign({percent}.change_pct) AND abs({level}.change_pct - {percent}.change_pct)"
        f" <= greatest({PCT_SAME}, {PCT_SAME_SHARE} * abs({percent}.change_pct))"
    )


@lru_cache(maxsize=1)
def clause_breaks() -> str:
    """Where one clause of a sentence ends and the next begins (`clause_breaks.txt`), one RE2 pattern."""
    return "(?i)(?:" + "|".join(f"(?:{p})" for p in read_lines("clause_breaks.txt")) + ")"


def clause_of(f: str) -> str:
    """SQL: the clause of its sentence that holds fact `f`, found from the fact's span (its offsets against the
    sentence's start, not its words, which may be written again in another clause): the words from the last clause
    break before it to the first one after it (`clause_breaks`); the whole sentence when it has one clause."""
    at, n = f"greatest({f}.start - {f}.sentence_start, 0)", f'({f}."end" - {f}.start)'
    breaks = clause_breaks()[len("(?i)") :]
    before = f"regexp_replace(substr({f}.sentence, 1, {at}), {literal('(?is)^.*' + breaks)}, '')"
    after = f"regexp_replace(substr({f}.sentence, {at} + 1 + {n}), {literal('(?is)' + breaks + '.*$')}, '')"
    return f"({before} || substr({f}.sentence, {at} + 1, {n}) || {after})"


def _amounts_sql() -> str:
    """Amount facts of the scope as figures, one row per figure stated: a plain value, a range or a change.

    The rows of one change (levels before and after, its difference, its percent) or of one range (its two
    bounds) share a sentence and `change_pct` (a change) or `value_to` (a range) and become one row, in the
    unit of its levels: `before` (`value_from`; `before_stated` when the text states it rather than implies it
    from a percentage), `after` (`value_to`, else the stated level), `delta` (a change stated only by its size)
    and `pct`; `year` is the latest year its sentence states up to the figure or right after it ("from 41,000 in
    2024 to 68,500 in 2025, while ... 2026" is of 2025), else the latest of its sentence, else the one year the
    headline names (both
    `year_stated`), else the year the article was published (a figure reported in 2024 without a year of its own, or a
    tally to date: `TALLY_TO_DATE`);
    a year written after the figure with "by" (`BY_YEAR`: "45 beds per 1,000 by 2028") comes first, and makes the
    figure a `target` when it is after the year the article was published."""
    order = ", ".join(f"'{p}'" for p in PART_ORDER)
    not_step = literal(not_step_pattern() + MARK)
    by_date = literal(r"(?i)\b(?:" + target_words() + r")\s+" + MARK)
    founded = literal(founding_pattern() + MARK)
    part_before, part_after, unchanged, abstract, baseline, wished, compared = (literal(p) for p in salience_patterns())
    # a date written right after another figure of the sentence is that figure's year ("43.8%, compared with 36.1% at
    # the end of 2022": 2022 is the year of 36.1%)
    own_year = f"""NOT EXISTS (SELECT 1 FROM scoped o WHERE o.kind = 'amount' AND o.doc_id = d.doc_id
              AND o.sentence_start = d.sentence_start AND o.fact_id <> l.fact_id AND o."end" <= d.start
              AND d.start - o."end" <= {YEAR_AFTER} + 12)"""
    base_date = (
        f"strpos(sentence, text) > 0 AND (regexp_matches({marked('sentence', 'text', fold=True)}, "
        f"{literal(BASE_BEFORE + MARK)}) OR regexp_matches({marked('sentence', 'text')}, {literal(MARK + BASE_AFTER)}))"
    )
    period, restates = period_pattern(), _restates
    per_period = (
        f"regexp_matches({marked('f.sentence', 'f.text', fold=True)}, {literal(period[0])}) OR "
        f"regexp_matches({marked('f.sentence', 'f.text', fold=True)}, {literal(period[1])})"
    )
    return rf"""
    WITH bases AS (
      -- a year of comparison is the base of the figure right before it ("a rise of 739% on the 2017 figure"), else
      -- of the first figure after it ("Compared with 2019, visits rose 12%")
      SELECT d.date, d.fact_id AS date_fact_id, coalesce(
          (SELECT arg_max(x.fact_id, x.start) FROM scoped x WHERE x.kind = 'amount' AND x.doc_id = d.doc_id
            AND x.sentence_start = d.sentence_start AND x.start < d.start),
          (SELECT arg_min(x.fact_id, x.start) FROM scoped x WHERE x.kind = 'amount' AND x.doc_id = d.doc_id
            AND x.sentence_start = d.sentence_start AND x.start > d.start)) AS owner
      -- a day is when something happened ("opened on 15 March 2024, had cut waits from 45 to 12 minutes"), never
      -- the base of a comparison, which is a year or a month
      FROM scoped d WHERE d.kind = 'date' AND {base_date} AND length(coalesce(d.date, '')) < 10
    ), a AS (
      SELECT f.*,
        (SELECT max(b.date) FROM bases b WHERE b.owner = f.fact_id) AS own_base,
        strpos(f.sentence, f.text) > 0 AND ({per_period}) AS per_period,
        CASE WHEN f.amount_type LIKE 'change%' THEN 'change' WHEN f.amount_type LIKE 'range%' THEN 'range'
          ELSE 'value' END AS relation,
        strpos(f.sentence, f.text) AS at_, {clause_of("f")} AS clause,
        count(*) OVER (PARTITION BY f.doc_id, f.sentence_start ORDER BY f.start, f.fact_id
          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS n_before
      FROM scoped f WHERE f.kind = 'amount' AND f.value IS NOT NULL
        -- a figure about a place outside the focus's jurisdictions (`scope_places`) is not the report's
        AND NOT EXISTS (SELECT 1 FROM scoped p WHERE p.kind = 'place' AND p.doc_id = f.doc_id AND p.name = f.place
          AND p.jurisdiction IS NOT NULL AND p.jurisdiction <> 'unknown'
          AND p.jurisdiction NOT IN (SELECT jurisdiction FROM scope_places))
        -- nor a figure of a sentence naming a body, place or partner of a side outside the focus, or of an article
        -- about cooperation with such a side (`scope.other_subject_sql`, the rule of measures and the timeline)
        AND NOT {other_side_sql("f")} AND NOT {other_subject_sql("f")}
    ), parts AS (
      SELECT *, CASE WHEN relation = 'value' THEN fact_id ELSE concat_ws('|', doc_id, sentence_start, relation,
          coalesce(round(change_pct, 1)::VARCHAR, value_to::VARCHAR, value::VARCHAR)) END AS part_key
      FROM a
    ), paired AS (
      -- the levels after of changes whose level before their sentence states ("from 40 in 2016 to 60 in 2024": a
      -- year after 60 is when it was reached, not a base; "60 (+5%), level with 2016" has no level before, and 2016
      -- is its base)
      SELECT DISTINCT x.fact_id FROM scoped x JOIN scoped bf ON bf.doc_id = x.doc_id
        AND bf.sentence_start = x.sentence_start AND bf.amount_type = 'change_before' AND bf.value_to = x.value_to
      WHERE x.kind = 'amount' AND x.amount_type = 'change_after'
    ), siblings AS (
      -- a change's year of comparison and period are those of its rows and of the percent that restates it; the
      -- level after has none ("rose from 40 in 2016 to 60 in 2024": 2024 is when it reached 60). A join of the
      -- rows of one sentence, a few columns each: the engine holds no more than that
      SELECT p.fact_id, max(q.own_base) FILTER (WHERE pa.fact_id IS NULL) AS base_date,
        coalesce(bool_or(q.per_period), false) AS of_period
      FROM parts p JOIN parts q ON q.doc_id = p.doc_id AND q.sentence_start = p.sentence_start
        AND (q.part_key = p.part_key OR q.amount_type = 'change_percent' AND {restates("p", "q")})
      LEFT JOIN paired pa ON pa.fact_id = q.fact_id
      GROUP BY p.fact_id
    ), restated AS (
      -- "from 1,568 to 300, a decrease of more than 80%": the percent restates the change of the levels
      SELECT DISTINCT p.fact_id FROM parts p JOIN parts b ON b.doc_id = p.doc_id
        AND b.sentence_start = p.sentence_start AND {restates("b", "p")}
      WHERE p.amount_type = 'change_percent'
    ), keyed AS (
      SELECT p.*, s.base_date, s.of_period FROM parts p JOIN siblings s USING (fact_id)
      WHERE p.fact_id NOT IN (SELECT fact_id FROM restated)
    ), one AS (
      SELECT * EXCLUDE (r, part_key) FROM (
        SELECT *, row_number() OVER (PARTITION BY part_key
            ORDER BY coalesce(list_position([{order}], amount_type), 99), start, fact_id) AS r,
          bool_or(amount_type IN ('change_before', 'range_low')) OVER (PARTITION BY part_key) AS before_stated,
          max("end") OVER (PARTITION BY part_key) AS part_end,
        FROM keyed) WHERE r = 1
    ), levels AS (
      SELECT o.*,
        CASE WHEN relation = 'value' THEN NULL ELSE value_from END AS before,
        CASE WHEN relation = 'value' THEN value WHEN value_to IS NOT NULL THEN value_to
          WHEN amount_type = 'change_after' THEN value END AS after,
        CASE WHEN amount_type = 'change_difference' THEN value END AS delta,
        CASE WHEN relation = 'change' AND NOT (unit = 'percent' AND value_from IS NOT NULL)
          -- as the facts state it (four decimals): a report rounds it once (`phrases.pct_text`), 45.45 is "+45%"
          THEN change_pct END AS pct,
        nullif(trim(regexp_replace(regexp_replace(lower(coalesce(o.object, '')), '[^a-z\s]', ' ', 'g'),
          '^(?:the|a|an|some|about|around|more than|over|nearly|almost)\s+|\s+', ' ', 'g')), '') AS object_key
      FROM one o
    ), dates_ok AS (
      SELECT s.doc_id, s.sentence_start, s.date, s.start FROM scoped s
      LEFT JOIN documents pub ON pub.doc_id = s.doc_id WHERE s.kind = 'date'
        -- a target or comparison base ("by 2030", "compared with 2018") is not the figure's year; a year after
        -- the level a change reached is ("from 40 in 2016 to 60 in 2024"), and so is a deadline already past
        -- when the article was published ("rose to 407 by the close of last year")
        AND NOT (strpos(s.sentence, s.text) > 0
          AND regexp_matches({marked("s.sentence", "s.text", fold=True)}, {not_step})
          AND NOT (regexp_matches({marked("s.sentence", "s.text", fold=True)}, {by_date})
            AND coalesce(left(s.date, 4) < left(pub.published, 4), FALSE)))
        -- nor is the year a body was founded ("X, founded in 1887, has 3,000 staff"), as in the timeline, nor the
        -- day a story was filed, in its dateline ("EASTPORT, May 3 (Wire) -- the city saved 4 million yuan in 2024")
        AND NOT (strpos(s.sentence, s.text) > 0 AND regexp_matches({marked("s.sentence", "s.text")}, {founded}))
        -- nor the day a figure was announced when its sentence states another date ("announced today (22 April)
        -- that 735 patients were transferred in 2024": 2024)
        AND NOT (strpos(s.sentence, s.text) > 0 AND regexp_matches({marked("s.sentence", "s.text")}, {literal(TOLD)})
          AND EXISTS (SELECT 1 FROM scoped o WHERE o.kind = 'date' AND o.doc_id = s.doc_id
            AND o.sentence_start = s.sentence_start AND o.fact_id <> s.fact_id))
        AND NOT (strpos(s.sentence, s.text) > 0
          AND regexp_matches({marked("s.sentence", "s.text")}, {literal(DATELINE)}))
        AND NOT ({base_date} AND s.fact_id NOT IN (SELECT b.date_fact_id FROM bases b JOIN paired o
          ON o.fact_id = b.owner))
    ), years_of AS (
      -- the latest year stated up to the figure (or right after it: "68,500 in 2025"), not one of a later clause
      -- ("..., while the first ten months of 2026 ..."); else the latest of its sentence
      SELECT l.fact_id, CASE WHEN regexp_matches(substr(l.sentence, greatest(l.start - l.sentence_start - {TALLY_REACH},
          0) + 1, 2 * {TALLY_REACH} + l.part_end - l.start), {literal(TALLY_TO_DATE)})
          -- a level of the day of writing ("has grown from 18 in 2019 to 52 today")
          OR regexp_matches(substr(l.sentence, l.part_end - l.sentence_start + 1, {YEAR_AFTER} + 8),
            {literal(NOW_AFTER)})
          -- or of a clause that opens with it ("Two years ago one in five was; today the figure is 31 per cent")
          OR regexp_matches(substr(l.sentence, 1, l.start - l.sentence_start), {literal(NOW_BEFORE)})
        THEN NULL ELSE coalesce(
          -- the date a deadline right after it names ("rose to 407 by the close of last year"), when past
          (SELECT max(d.date) FROM dates_ok d WHERE d.doc_id = l.doc_id AND d.sentence_start = l.sentence_start
            AND d.start > l.part_end AND d.start - l.part_end <= {DEADLINE_REACH} AND {own_year}
            AND regexp_full_match(substr(l.sentence, l.part_end - l.sentence_start + 1, d.start - l.part_end),
              {literal(DEADLINE_GAP)})),
          -- the end of a period right after it ("dropped 35% between 2014 and 2019, ..."), whatever an earlier
          -- clause dates
          (SELECT max(d.date) FROM dates_ok d WHERE d.doc_id = l.doc_id AND d.sentence_start = l.sentence_start
            AND d.start > l.part_end AND d.start - l.part_end <= {PERIOD_REACH}
            AND regexp_full_match(substr(l.sentence, l.part_end - l.sentence_start + 1, d.start - l.part_end),
              {literal(PERIOD_GAP)})),
          (SELECT max(d.date) FROM dates_ok d WHERE d.doc_id = l.doc_id AND d.sentence_start = l.sentence_start
            AND d.start <= l.part_end + {YEAR_AFTER}),
          -- else the latest of its sentence, but not the year of another figure written right before it ("43.8%,
          -- compared with 36.1% at the end of 2022": 2022 is the year of 36.1%), nor one of a later clause joined by
          -- ", and" ("will invest 8 million yuan, and a platform will be installed next year")
          (SELECT max(d.date) FROM dates_ok d WHERE d.doc_id = l.doc_id AND d.sentence_start = l.sentence_start
            AND {own_year}
            AND NOT (d.start > l.part_end AND strpos(substr(l.sentence, l.part_end - l.sentence_start + 1,
              d.start - l.part_end), ', and ') > 0)))
        END AS date
      FROM levels l
    ), followed AS (  -- the figures of a sentence that states another figure after them
      SELECT DISTINCT l.fact_id FROM levels l JOIN scoped x ON x.kind = 'amount' AND x.doc_id = l.doc_id
        AND x.sentence_start = l.sentence_start AND x.start >= l.part_end
    )
    SELECT l.* EXCLUDE (at_, n_before, own_base, per_period, base_date, of_period, part_end, by_year),
      try_cast(left(coalesce(l.by_year, stated.date, {TITLE_YEAR}, doc.published), 4) AS INTEGER) AS year,
      l.by_year IS NOT NULL OR stated.date IS NOT NULL OR {TITLE_YEAR} IS NOT NULL AS year_stated,
      -- a level to be reached by a year after the article's ("45 beds per 1,000 by 2028")
      coalesce(l.by_year > left(doc.published, 4), false) AS target,
      -- the base of a change is its own year of comparison, none for a change on the period before ("year on year")
      CASE WHEN l.relation = 'change' AND NOT l.of_period THEN try_cast(left(l.base_date, 4) AS INTEGER) END
        AS base_year,
      -- and its month when the text names one ("97 in December last year"): two months apart is no change of years
      CASE WHEN l.relation = 'change' AND NOT l.of_period AND length(l.base_date) >= 7 THEN left(l.base_date, 7) END
        AS base_month,
      l.n_before > 0 AND l.at_ > 0 AND (
        regexp_matches(substr(l.sentence, greatest(1, l.at_ - {PART_REACH}), least({PART_REACH}, l.at_ - 1)),
          {part_before})
        OR regexp_matches(substr(l.sentence, l.at_ + length(l.text), {PART_REACH}), {part_after}))
        -- the rest of a whole stated before it, in its sentence or an earlier one ("The remaining 100 million")
        OR (l.at_ > 1 AND regexp_matches(substr(l.sentence, 1, l.at_ - 1), {literal(REMAINDER)})) AS nested,
      l.at_ > 0 AND regexp_matches(substr(l.sentence, l.at_ + length(l.text), {UNCHANGED_REACH}),
        {unchanged}) AS unchanged,
      -- the level before a change the sentence goes on to state ("saw 40 a day before the reform now see 90")
      l.at_ > 0 AND regexp_matches(substr(l.sentence, l.at_ + length(l.text), {UNCHANGED_REACH}), {baseline})
        AND l.fact_id IN (SELECT fact_id FROM followed)
        -- or the level an earlier figure of its sentence is compared with ("compared with £60 million")
        OR (l.relation = 'value' AND l.n_before > 0 AND l.at_ > 0
          AND regexp_matches(substr(l.sentence, 1, l.at_ - 1), {compared})) AS baseline,
      -- a level wanted, not reached ("officials want 95% of patients treated locally by 2028")
      l.at_ > 0 AND regexp_matches(substr(l.sentence, 1, l.at_ - 1), {wished}) AS wished,
      -- a change still to come in its clause ("is to rise from 2.7 to 3.3 by 2030"): a target, not a change that
      -- happened (the timeline's words of a plan, `timeline.FUTURE`)
      l.relation = 'change' AND l.at_ > 0
        AND regexp_matches(lower(substr(l.sentence, 1, l.at_ - 1)), {literal(AHEAD)})
        AND NOT regexp_matches(regexp_replace(lower(substr(l.sentence, 1, l.at_ - 1)), {literal("^.*" + PLAN)}, ''),
          {literal(DONE_SINCE)}) AS ahead,
      regexp_matches(regexp_replace(coalesce(l.object_key, ''), '\s(?:of|in|for|on)\s.*$', ''),
        {abstract}) AS abstract,
      -- one figure: the same level of the same object in the same place; a count with no place, of one article
      -- (and its republished copies): "up to 10 nurses" of two stories is two schemes' number, not one confirmed
      -- twice (a sum of money is matched across articles by `largest_sums`)
      md5(concat_ws('|', l.relation, l.before::VARCHAR, l.after::VARCHAR, l.delta::VARCHAR,
        round(l.pct, 1)::VARCHAR, l.unit, l.object_key,
        coalesce(l.place, CASE WHEN l.unit = 'count' THEN '@' || l.group_id ELSE '' END))) AS figure_id
    FROM (SELECT *, CASE WHEN at_ > 0 THEN coalesce(nullif(regexp_extract(
        substr(sentence, at_ + length(text) + (part_end - "end"), {BY_YEAR_REACH}), {literal(BY_YEAR)}, 1), ''),
        nullif(regexp_extract(substr(sentence, 1, at_ - 1), {literal(BY_YEAR_OPENING)}, 1), '')) END
        AS by_year FROM levels) l
    LEFT JOIN documents doc ON doc.doc_id = l.doc_id
    LEFT JOIN years_of stated ON stated.fact_id = l.fact_id
    """


PLAN = rf"(?:{FUTURE}|\b(?:plann(?:ed|ing)|intend(?:s|ed)?|aim(?:ed|ing)) to\b)"
"""A word of a plan: the timeline's (`timeline.FUTURE`), or a plan told in the past ("planned to open nine more
clinics by 2027, taking the total to 40"), which for a figure still says where it was to go, not where it went."""
RESULT = r", (?:taking|bringing|raising|lifting|pushing|increasing|cutting|reducing|lowering)\b"
"""A participle after a comma that goes on with the result of the clause's act ("will open nine clinics, bringing the
total to 40"): the same clause."""
AHEAD = PLAN + rf"(?:[^,;.]|[,.]\d|{RESULT})*$"
"""A word of a plan (`PLAN`) earlier in the clause of a change: the change is a target."""
DONE_SINCE = r"\b(?:has|had|have already|already)\b(?:[^,;.]|[,.]\d)*$"
"""A verb of a done act between the last word of a plan and the change ("will take referrals through a channel that
has already cut waits from nine days to two"): the change happened, whatever the plan before it; a done verb before
the plan ("has said it will aim to cut waits from 180 days to 120") leaves it a target."""
TOLD = (
    r"(?i)\b(?:said|says|told|announced|announces|reported|reports|revealed|disclosed|stated)\s+"
    r"(?:(?:today|yesterday)\s*\(\s*|on\s+)?" + MARK
)
"""Words of telling right before a date: the day a figure was made public, not the year it is of."""
TALLY_TO_DATE = r"(?i)\b(?:so far|to date|thus far|up to now|until now)\b"
"""Words of a tally to the day of writing ("a partnership begun in 2019 has so far produced 23 papers"): the figure
is of the article's own time, not of a year its sentence names."""
NOW_AFTER = r"(?i)^\s*(?:[a-z]+\s+){0,2}?(?:today|now|currently|at present|since)\b"
"""Words right after a figure that make it a level of the day of writing ("to 52 today", "52 chairs now", "doubled
to 12 since the scheme began in 2022"): the article's own time, not a year its sentence names."""
NOW_BEFORE = r"(?i)(?:^|[;:,]\s+)(?:and\s+|but\s+)?(?:today|now|currently|at present)\b[^;:,]*$"
"""A clause that opens with the day of writing and runs to the figure ("...; today the figure is 31 per cent"): the
article's own time, not the year of the clause before it."""
TALLY_REACH = 40
"""Characters around a figure searched for those words."""
YEAR_AFTER = 12
"""Characters after a figure within which a year is its own ("68,500 in 2025")."""
_EDGE = r"(?:the\s+(?:end|start)\s+of\s+)?"
PERIOD_GAP = rf"(?i)\s*(?:between|from)\s+{_EDGE}(?:19|20)\d\d\s+(?:and|to)\s+{_EDGE}"
"""The words between a figure and the year that ends the period it is stated for ("41% between 2017 and 2022")."""
PERIOD_REACH = 40
"""Most characters between a figure and that year."""
DEADLINE_GAP = r"(?i)\s*(?:by|at|as of|until)\s+(?:the\s+)?(?:(?:end|middle|start|beginning|close)\s+of\s+)?"
"""The words between a figure and the date it was reached by ("407 by the close of last year", "40 as of June")."""
DEADLINE_REACH = 30
"""Most characters between a figure and that date."""
BY_YEAR = r"(?i)^(?:[^,;:.]|[,.]\d)*?\b(?:" + target_words() + r")\s+((?:19|20)\d\d)\b"
"""The year by which a figure's level is reached, written after it in its clause with the words of a target
(`timeline.target_words`: "6 million kits a year by 2029", "45 per 1,000 by the end of 2028", "12 homes with 4,000
beds by 2030"): the figure's year, and its target when after the article's."""
BY_YEAR_OPENING = r"(?i)^\W*(?:" + target_words() + r")\s+((?:19|20)\d\d)\b,?(?:[^,;:.]|[,.]\d)*$"
"""The same year opening the figure's sentence, with no other clause between them ("By 2030 the city will have
80,000 beds", "By the end of 2028, 45 per 1,000")."""
BY_YEAR_REACH = 60
"""Characters after a figure searched for its "by" year."""
DURATION_UNITS = ("years", "months", "weeks", "days", "hours", "minutes")
"""Units of a length of time: "a three-day visit", "a 12-week course" say how long, not how much."""
KEY_COUNT_MIN = 10
"""Smallest plain count that is a key number: "two firms", "eight universities" are detail, not the story."""
PERSONAL = r"(?i)^(?:her|his|my)\b"
"""What one person's figure counts ("her monthly bill fell from 300 yuan to 80 yuan"): an anecdote that puts a face on
a story, not a key number or a change of the world it tells of."""
SALIENT_ANY_COUNT = f"""NOT f.nested AND NOT f.unchanged AND NOT f.baseline AND NOT f.wished AND NOT f.navigation
  AND f.section IS DISTINCT FROM 'notes'
  AND NOT regexp_matches(f.sentence, {literal(SHARE_MOVE)})
  AND NOT regexp_matches(coalesce(f.object, ''), {literal(PERSONAL)})
  AND NOT (f.relation = 'change' AND coalesce(f.pct = 0, f.before = f.after, TRUE))
  AND NOT (f.relation = 'value' AND list_contains({list(DURATION_UNITS)!r}, f.unit))
  AND NOT (f.unit = 'count' AND f.abstract)"""
"""SQL over a figure `f`: worth showing whatever the size of a plain count; a measure's own count ("five
hospitals may import drugs") is its number however small; one stated only in the page's notes after the story
(`scope.WEIGHTS`: "Background", "About X") is context."""
SALIENT = f"""{SALIENT_ANY_COUNT}
  AND NOT (f.relation = 'value' AND f.unit = 'count' AND f.after < {KEY_COUNT_MIN})"""
"""SQL over a figure `f`: worth showing as a key number or a change (see the module's docstring)."""
PART_REACH = 60
"""Characters before a figure searched for the words that make it part of an earlier figure ("of which")."""
REMAINDER = (
    r"(?i)\b(?:(?:remaining|rest of the|balance of the)\s+(?:[a-z-]+\s+)?"
    r"|(?:largest|biggest|smallest|second[- ]largest)\s+share,?\s+(?:at|of|with)\s+)$"
)
"""Words right before a figure that make it the rest or a share of a whole stated before ("The remaining 100
million yuan will go to the counties", "the rest of the 40 beds", "Eastbank receives the largest share at 62 million
yuan"): a part, not a figure of its own."""
UNCHANGED_REACH = 60
"""Characters of the clause after a figure searched for the words saying it did not move ("(also unchanged)")."""


BASE_BEFORE = (
    r"(?i)(?:\b(?:on|over|from|since|than|compared (?:with|to)|(?:level|on a par|in line) with|similar to|same as)\s+"
    r"(?:the\s+|that of\s+|in\s+)?"
    r"|\b(?:from|since|compared (?:with|to)|versus|vs\.?)\b(?:[^,;]|,\d){0,80}\bin\s+"
    r"|\b(?:double|triple|treble|twice|half|times)\s+(?:the|that of|its|their)\b(?:[^,;]{0,40}?\bin)?\s+)"
)
"""Words right before a year that make it the base of a change, not the figure's year: "up 300% on the 2015
level", "to 5 billion in 2022 from 2 billion in 2016", "up 5% over 2019", "since the law took effect in 2017,
900 clinics now operate", "(roughly level with 2022)", "(the same as in 2022)", "compared with 7,500 in 2021",
"about 9,000 now live there, double the number in 2021", "260 million yuan this year, nearly double the 2023 budget"; a
base belongs to the figure it follows (`_amounts_sql`)."""
_OWN_TITLE = (
    r"""regexp_replace(coalesce(doc.title, ''), '(?i)\b(?:since|from|after|until)\s+(?:19|20)\d\d\b', '', 'g')"""
)
TITLE_YEAR = rf"""(CASE WHEN len(regexp_extract_all({_OWN_TITLE}, '\b(?:19|20)\d\d\b')) = 1
    AND regexp_extract({_OWN_TITLE}, '\b(?:19|20)\d\d\b') <= left(coalesce(doc.published, '9999'), 4)
    THEN regexp_extract({_OWN_TITLE}, '\b(?:19|20)\d\d\b') END)"""
"""SQL: the one year a headline names, when it is not after the publication ("Health statistics for 2023"): the
year of the article's figures that state none of their own, before the year of publication. A year the headline
counts from is no such year ("Family doctor teams double since 2019")."""
BASE_AFTER = r"(?:'s|’s)?\s+(?:figures?|levels?|totals?|numbers?|rates?)\b"
"""Words right after a year that make it a base of comparison ("the 2015 total", "2019's level")."""


@lru_cache(maxsize=1)
def period_pattern() -> tuple[str, str]:
    """RE2 patterns of the phrases that measure a change against the period before (`change_periods.txt`), right
    after a change ("+1.4% y/y", "up 12% year on year") and right before it ("a year-on-year increase of 7.3%"),
    around a fact's words written as `MARK` (`store.marked`)."""
    alt = "|".join(f"(?:{p})" for p in read_lines("change_periods.txt"))
    return (
        rf"(?i){MARK}\s*(?:{alt})\b",
        rf"(?i)\b(?:{alt})\s+(?:[a-z]{{4,}}\s+){{0,2}}(?:(?:of|by)\s+)?{MARK}",  # no "and", "or": another change
    )


@lru_cache(maxsize=1)
def salience_patterns() -> tuple[str, str, str, str, str, str, str]:
    """RE2 patterns: words before a figure that make it part of an earlier one (ending the text before it), words
    right after it that do so, words after it that say it did not move, nouns of a count of how something is
    organised, words after it that make it the level before a change, and a wish earlier in its clause that makes it
    a level wanted, not reached ("officials want 95% of patients treated locally": `wishes.txt`, the words
    that make a sentence's measure a wish), or foreseen ("could add US$35 million", `figure_forecast_words.txt`),
    and words right before it that make it the level an earlier figure of
    its sentence is compared with ("compared with £60 million") (`figure_part_words.txt`,
    `figure_unchanged_words.txt`, `figure_abstract_nouns.txt`, `figure_baseline_words.txt`,
    `figure_comparison_words.txt`)."""
    parts = read_lines("figure_part_words.txt")
    before = "|".join(p for p in parts if not p.startswith("after:"))
    after = "|".join(p[len("after:") :] for p in parts if p.startswith("after:"))
    unchanged = "|".join(read_lines("figure_unchanged_words.txt"))
    abstract = "|".join(read_lines("figure_abstract_nouns.txt"))
    baseline = "|".join(f"(?:{p})" for p in read_lines("figure_baseline_words.txt"))
    wish = "|".join(f"(?:{p})" for p in read_lines("wishes.txt") + read_lines("figure_forecast_words.txt"))
    compared = literals(w.removeprefix("figure:") for w in read_lines("figure_comparison_words.txt"))
    hedges = literals(read_lines("figure_hedge_words.txt"))
    return (
        rf"(?i)\b(?:{before})\b[^;.]*$",
        rf"(?i)^\s*(?:{after})\b",
        rf"(?i)^(?:[^,;]|,\S)*?\b(?:{unchanged})\b",  # a comma inside a number ("1,000") ends no clause
        rf"\b(?:{abstract})\b",
        rf"(?i)^(?:[^,;]|,\S)*?\b(?:{baseline})\b",
        rf"(?i)\b(?:{wish})\b(?:[^,;.]|[,.]\d)*$",
        rf"(?i)(?:^|\W)(?:{compared})\s+(?:(?:{hedges})\s+)?$",
    )


@lru_cache(maxsize=1)
def caption_pattern() -> str:
    """RE2: the marks of a photo's caption or credit (`caption_cues.txt`), case-insensitive."""
    return "(?i)" + "|".join(f"(?:{p})" for p in read_lines("caption_cues.txt"))


NAV_SEPARATORS = r"[|>»›]"
"""SQL pattern: a character that may split the items of a navigation row (`extract.menus`), to read only the few
sentences that may be one."""


def mark_navigation(store: Store) -> None:
    """Set `figure_facts.navigation` for a figure written in a site's menu or masthead row ("Home | Health | Weather
    23°C"): page furniture, never a figure worth showing. The one rule of a navigation line is `extract.menus`'s,
    read over the few sentences holding a separator."""
    store.con.execute("ALTER TABLE figure_facts ADD COLUMN navigation BOOLEAN DEFAULT FALSE")
    rows = store.stream(
        """SELECT fact_id, sentence, start - sentence_start AS at FROM figure_facts
        WHERE regexp_matches(sentence, $sep) ORDER BY fact_id""",
        {"sep": NAV_SEPARATORS},
    )
    found = [fid for fid, sentence, at in rows if menus.in_menu(menus.menu_spans(sentence or ""), at or 0)]
    if found:
        menu_ids = store.of_ids("figure_facts", "fact_id")
        store.con.execute(f"UPDATE figure_facts SET navigation = TRUE WHERE fact_id IN {menu_ids}", {"ids": found})


def register(store: Store) -> None:
    """`figure_facts` (one row per figure stated, see `_amounts_sql`), `figures`: one row per distinct figure
    (value, range or change, unit, object, place) with the articles that state it, its best passage and its
    salience, and `series_changes` (`register_series`); needs `scoped` and `currency_rates`."""
    store.create("figure_facts", _amounts_sql())
    mark_navigation(store)
    store.pack_made("figure_facts")  # each figure with its sentence: held compressed
    store.create(
        "figures",
        f"""WITH keyed AS (
          SELECT a.*, r.gbp, a.after * r.gbp AS gbp_value
          FROM figure_facts a LEFT JOIN currency_rates r ON r.unit = a.unit
        ), per_group AS (
          SELECT figure_id, group_id, max(weight) AS best FROM keyed GROUP BY figure_id, group_id
        ), support AS (
          SELECT figure_id, count(*) AS n_articles, sum(best) AS where_points FROM per_group GROUP BY figure_id
        ), firsts AS (
          -- the passage that speaks for a figure: the most prominent, one in the text before a photo's caption
          SELECT * EXCLUDE (r) FROM (
            SELECT *, row_number() OVER (PARTITION BY figure_id
              ORDER BY regexp_matches(sentence, $caption), weight DESC, canonical DESC, doc_id, start, fact_id) AS r
            FROM keyed) WHERE r = 1
        )
        SELECT f.figure_id, f.fact_id, f.doc_id, f.relation, f.amount_type, f.before, f.before_stated, f.after,
          f.delta, f.pct, f.unit,
          f.object, f.object_key, f.place, f.year, f.year_stated, f.target, f.base_year, f.base_month, f.gbp_value,
          s.n_articles,
          f.text,
          f.ahead,
          {SALIENT} AS salient, {SALIENT_ANY_COUNT} AS salient_any_count,
          s.where_points
            + CASE WHEN f.gbp_value >= 1e6 THEN least(4, floor(log10(f.gbp_value)) - 5)::INT ELSE 0 END
            + CASE WHEN f.pct IS NOT NULL THEN least(4, floor(abs(f.pct) / {CHANGE_SCORE_STEP}))::INT ELSE 0 END
            AS score
        FROM firsts f JOIN support s USING (figure_id)""",
        {"caption": caption_pattern()},
    )
    register_series(store)


def register_series(store: Store) -> None:
    """`series_changes`: a change one article states as a series of levels of one thing in different years rather
    than as a change ("74 doctors held licences in 2021. The number rose to 121 in 2022 and reached 259 last
    year": from 74 in 2021 to 259 in 2024), with the columns of `figures` and `from_fact_id`, the statement of the
    earliest level (the latest's is `fact_id`). A series is the article's levels worth showing with the same object,
    unit and stated place, each year stated (no target) and one level per year, two years at least (a count of at
    least `KEY_COUNT_MIN` at one end); not one the article states as a change between the same levels. Needs
    `figures`."""
    store.create(
        "series_changes",
        f"""WITH lv AS (
          SELECT f.* FROM figure_facts f
          WHERE f.year_stated AND NOT f.target AND f.object_key IS NOT NULL AND f.after IS NOT NULL
            AND (f.relation = 'value' OR (f.relation = 'change' AND f.before IS NULL AND f.pct IS NULL
              AND f.delta IS NULL))
            AND {SALIENT_ANY_COUNT}
        ), ends AS (
          SELECT doc_id, unit, object_key, coalesce(place, '') AS pkey,
            arg_min(fact_id, (year, start, fact_id)) AS from_fact_id, arg_max(fact_id, (year, -start, fact_id))
              AS fact_id,
            arg_min(after, (year, start, fact_id)) AS before, arg_max(after, (year, -start, fact_id)) AS after,
            min(year) AS base_year, max(year) AS year
          FROM lv GROUP BY doc_id, unit, object_key, coalesce(place, '')
          HAVING count(DISTINCT year) >= 2
            AND count(DISTINCT year::VARCHAR || '|' || after::VARCHAR) = count(DISTINCT year)
        )
        SELECT md5(concat_ws('|', 'series', e.doc_id, e.unit, e.object_key, e.pkey)) AS figure_id, e.fact_id,
          e.doc_id, 'change' AS relation, 'series' AS amount_type, e.before, TRUE AS before_stated, e.after,
          NULL::DOUBLE AS delta, (e.after - e.before) / e.before * 100 AS pct, e.unit, f.object, e.object_key,
          f.place, e.year, TRUE AS year_stated, FALSE AS target, e.base_year, NULL::DOUBLE AS gbp_value,
          1::BIGINT AS n_articles, f.text, FALSE AS ahead, TRUE AS salient, TRUE AS salient_any_count,
          f.weight + least(4, floor(abs((e.after - e.before) / e.before * 100) / {CHANGE_SCORE_STEP}))::INT AS score,
          e.from_fact_id
        FROM ends e JOIN figure_facts f ON f.fact_id = e.fact_id
        -- a place stated (levels of no stated place may be of two places), and a count worth showing
        WHERE e.before > 0 AND e.after <> e.before AND e.pkey <> ''
          AND NOT (e.unit = 'count' AND greatest(e.before, e.after) < {KEY_COUNT_MIN})
          AND NOT EXISTS (SELECT 1 FROM figure_facts c WHERE c.doc_id = e.doc_id AND c.relation = 'change'
            AND c.before = e.before AND c.after = e.after)""",
    )


APPROXIMATE = r"(?i)\b(?:roughly|about|around|approximately|some|nearly|almost|equivalent to|or)\s*$"
"""RE2 over the words before a sum: it is given as approximate ("worth roughly HK$390 million"), as a sum restated in
another currency is."""
SENTENCES = f"""(SELECT list(DISTINCT ff.doc_id || '@' || ff.sentence_start::VARCHAR) FROM figure_facts ff
  WHERE ff.unit = {{t}}.unit AND ff.after = {{t}}.after) AS sentences,
  (SELECT min(ff.start) FROM figure_facts ff WHERE ff.fact_id = {{t}}.fact_id) AS start,
  (SELECT bool_or(regexp_matches(substr(ff.sentence, 1, greatest(ff.start - ff.sentence_start, 0)), '{APPROXIMATE}'))
    FROM figure_facts ff WHERE ff.unit = {{t}}.unit AND ff.after = {{t}}.after) AS approximate"""
"""SQL: the sentences stating a sum (to fold its conversions), where its own statement starts, and whether a statement
of it gives it as approximate (`APPROXIMATE`)."""


RATE_DIGITS = 2
"""Significant figures to which sums are compared once converted into pounds at the rounded annual rates of
`currency_rates.tsv`: two sums alike to this many figures are a tie (so "£72 million" and a sum of 72.3 million
pounds' worth in yuan rank as equal, the rates cannot order them), and of a tie the sum stated in the currency the
rates are written in comes first, then the larger converted value."""


def rank_value_sql(x: str) -> str:
    """SQL of `rank_value` for a value in pounds `x`: rounded to `RATE_DIGITS` significant figures."""
    return f"CASE WHEN {x} > 0 THEN round({x}, {RATE_DIGITS} - 1 - floor(log10({x}))::INT) ELSE {x} END"


def rank_value(gbp: float) -> float:
    """`rank_value_sql` in Python."""
    if gbp <= 0:
        return gbp
    return round(gbp, RATE_DIGITS - 1 - math.floor(math.log10(gbp)))


def base_currency() -> str:
    """The currency `currency_rates.tsv` writes its rates in (the one at a rate of 1)."""
    return min(code for code, rate in gbp_rates().items() if rate == 1)


def sum_order(r: dict) -> tuple:
    """The order of the largest sums (`largest_sums`): `rank_value` descending, a tie's sum in the base currency
    first, then the value in pounds, salience and id."""
    return (
        -rank_value(r["gbp_value"]),
        r["unit"] != base_currency(),
        -r["gbp_value"],
        -(r.get("score") or 0),
        r["fact_id"],
    )


def currency_ties(rows: list[dict]) -> list[list[dict]]:
    """Runs of sums (in `sum_order`) in different currencies that rank as equal (`rank_value`): what a report says
    are about the same at the rates it compares them by."""
    out: list[list[dict]] = []
    for r in rows:
        if r.get("gbp_value") is None:
            continue
        if out and rank_value(out[-1][-1]["gbp_value"]) == rank_value(r["gbp_value"]):
            out[-1].append(r)
        else:
            out.append([r])
    return [t for t in out if len({r["unit"] for r in t}) > 1]


SAME_ARTICLE_SUM = 0.05
"""Two sums of one article in two currencies whose values in pounds differ by at most this share are one sum restated
("raises £40m" in its headline, "a round valued at roughly HK$390 million" further down)."""


def fold_conversions(rows: list[dict], limit: int, drop: list[dict] = ()) -> list[dict]:
    """Rows (in ranking order) with each sum's conversion into another currency in the same sentence folded into
    it ("9 billion yuan (US$1.2 billion)" is one sum), and so one restated in another currency elsewhere in its
    article, given as approximate at nearly the same value (`APPROXIMATE`, `SAME_ARTICLE_SUM`): of the two, the more
    salient speaks for both, else the one
    written first; the sums then ranked by the figure that speaks for them. A sum folded with a row of `drop` (a
    figure shown elsewhere) goes with it. At most `limit` rows; `sentences` and `start` dropped."""
    dropped = {id(r) for r in drop}
    clusters: list[list[dict]] = []
    for r in [*drop, *rows]:
        home = None
        if r.get("gbp_value") is not None:
            for c in clusters:
                k = c[0]
                gap = abs(r["gbp_value"] - k["gbp_value"]) if k.get("gbp_value") is not None else None
                if gap is not None and (
                    (set(r["sentences"] or []) & set(k["sentences"] or []) and gap <= SAME_SUM * k["gbp_value"])
                    or (
                        r.get("doc_id") is not None
                        and r.get("doc_id") == k.get("doc_id")
                        and r.get("unit") != k.get("unit")
                        and (r.get("approximate") or k.get("approximate"))
                        and gap <= SAME_ARTICLE_SUM * k["gbp_value"]
                    )
                ):
                    home = c
                    break
        if home is None:
            clusters.append([r])
        else:
            home.append(r)
    out = []
    for c in clusters:
        if any(id(r) in dropped for r in c):
            continue
        best = min(c, key=lambda r: (-(r.get("score") or 0), r.get("start") or 0, r["fact_id"]))
        out.append({k: v for k, v in best.items() if k not in ("sentences", "start", "approximate")})
    if all(r.get("gbp_value") is not None for r in out):  # a sum is ranked by the figure shown for it
        out.sort(key=sum_order)
    return out[:limit]


def headline_roundings(store: Store, rows: list[dict], others: list[dict]) -> set[str]:
    """Fact ids of the rows stated in their article's headline that round another figure of the same unit the same
    article states in `rows` or `others` ("membership passes 900,000" over "membership had risen to 912,000"): the
    headline's number is that figure again, shown once, as the body states it."""
    ids = [r["fact_id"] for r in rows]
    top = {r["fact_id"] for r in store.rows(
        """SELECT s.fact_id FROM scoped s SEMI JOIN (SELECT unnest($ids::VARCHAR[]) AS fact_id) i USING (fact_id)
        WHERE s.section = 'headline'""", {"ids": ids})}  # fmt: skip
    return {
        r["fact_id"]
        for r in rows
        if r["fact_id"] in top
        and r.get("after") is not None
        and any(
            o["fact_id"] not in top
            and o.get("doc_id") == r.get("doc_id")
            and o.get("unit") == r.get("unit")
            and o.get("after") is not None
            and agree(o["after"], r["after"])
            for o in [*rows, *others]
        )
    }


def one_figure(t: str) -> str:
    """SQL key of what a reader counts as one figure, for row `t` of `figures`: a sum of money is its amount in its
    currency whatever its object ("US$1.3 billion" in a headline and in the text); any other figure its object and
    place."""
    return (
        f"CASE WHEN {t}.gbp_value IS NOT NULL AND {t}.relation = 'value' THEN {t}.unit || '|' || {t}.after::VARCHAR "
        f"ELSE {t}.object_key || '|' || coalesce({t}.place, '') END"
    )


def key_numbers(store: Store, limit: int, skip: list[str] = (), first: list[str] = ()) -> list[dict]:
    """The most salient figure of each object and place (objects with no words left out; a sum of money is one
    figure whatever its object, its conversions folded in, as in `largest_sums`), most salient first; only
    figures worth showing (`SALIENT`), and not the figures `skip` states (fact ids: figures another table shows),
    their conversions into another currency, nor a figure whose passage is the sentence of a fact of `skip`; one
    figure per sentence ("2,980 nurses, 1,980 doctors": the sentence is printed once). Figures of `first` (fact ids in
    their order: the terms of a measure, "a voucher worth HK$2,000 a year") come before the others, whatever their
    score ("3,604 GPs at the end of the year"). The same number of the same thing is shown once where one of its
    statements gives no place."""
    # the ids are joined, never tested as a list against every row (`Store.of_ids`): both lists grow with the corpus
    shown = "SELECT figure_id FROM figure_facts SEMI JOIN (SELECT unnest($skip::VARCHAR[]) AS fact_id) USING (fact_id)"
    # the earlier in `first`, the higher; 0 for a figure not in it
    store.con.execute(
        """CREATE OR REPLACE TEMP TABLE _first_figures AS SELECT t.figure_id, len($first) + 1 - min(f.pos) AS operative
        FROM figure_facts t JOIN (SELECT unnest($first::VARCHAR[]) AS fact_id,
          generate_subscripts($first::VARCHAR[], 1) AS pos) f USING (fact_id) GROUP BY t.figure_id""",
        {"first": list(first)},
    )
    terms = "coalesce((SELECT o.operative FROM _first_figures o WHERE o.figure_id = figures.figure_id), 0)"
    drop = store.rows(
        f"SELECT *, {SENTENCES.format(t='k')} FROM figures k WHERE figure_id IN ({shown})", {"skip": list(skip)}
    )
    store.sentences_of("_skip_sentences", skip)
    rows = store.rows(
        f"""SELECT *, {SENTENCES.format(t="k")},
          (SELECT min(t.sentence_start) FROM figure_facts t WHERE t.fact_id = k.fact_id) AS sentence_at FROM (
          SELECT * EXCLUDE (r) FROM (
            SELECT *, {terms} AS operative, row_number() OVER (PARTITION BY {one_figure("figures")}
              ORDER BY {terms} DESC, score DESC, n_articles DESC, year DESC NULLS LAST, doc_id,
                fact_id) AS r
            FROM figures WHERE object_key IS NOT NULL AND salient AND figure_id NOT IN ({shown})
              AND NOT EXISTS (SELECT 1 FROM figure_facts own JOIN _skip_sentences q
                ON q.doc_id = own.doc_id AND q.sentence_start = own.sentence_start
                WHERE own.fact_id = figures.fact_id)
              -- a figure from someone's background is not a key number, as it is not one of the largest sums, nor a
              -- place's population, which sets the scene ("Macao, which has a population of about 680,000")
              AND NOT EXISTS (SELECT 1 FROM figure_facts ff WHERE ff.fact_id = figures.fact_id
                AND ({background_sum("ff")} OR regexp_matches(substr(ff.sentence, 1,
                  greatest(ff.start - ff.sentence_start, 0)), {literal(POPULATION_BEFORE)})
                  OR (figures.object_key IN ({", ".join(literal(w) for w in RESIDENTS)})
                    AND regexp_matches(substr(ff.sentence, 1, greatest(ff.start - ff.sentence_start, 0)),
                      {literal(RESIDENTS_BEFORE)}))))) WHERE r = 1) k
        ORDER BY {order_by(["operative", "score", "n_articles"], "object_key", "fact_id")} LIMIT $limit""",
        {"limit": 3 * limit + 3, "skip": list(skip)},
    )
    store.con.execute("DROP TABLE IF EXISTS _first_figures")
    rows = [r for r in rows if r["fact_id"] not in headline_roundings(store, rows, drop)]
    # one figure per sentence, after a sum's conversions are folded into it; and the same number of the same thing
    # once, where one of its statements gives no place ("240 jobs in the East of England" and "240 jobs")
    seen: set[tuple] = set()
    places: dict[tuple, set] = {}
    out = []
    for r in fold_conversions(rows, len(rows), drop):
        key = (r["doc_id"], r.pop("sentence_at"))
        same = places.setdefault((r["unit"], r["after"], r["object_key"]), set())
        if key not in seen and not (same and (r["place"] is None or None in same)):
            seen.add(key)
            same.add(r["place"])
            out.append(r)
    return out[:limit]


POPULATION_BEFORE = (
    r"(?i)\b(?:population|inhabitants|home to)\s+(?:of\s+)?(?:(?:about|around|some|nearly|almost|over|more than|"
    r"roughly|just over|just under)\s+)?$"
)
"""RE2: the words right before a count of a place's people ("a population of about 680,000", "home to 2 million")."""
RESIDENTS_BEFORE = (
    r"(?i)\b(?:has|have|had|with)\s+(?:(?:about|around|some|nearly|almost|over|more than|roughly|just over|just under)"
    r"\s+)?$"
)
"""RE2: the words right before a count of residents that a place has ("Longhua has more than 2.5 million residents",
"a district with 900,000 residents"): its population too."""
RESIDENTS = ("residents", "inhabitants", "permanent residents", "people")
"""Objects of a count of a place's people."""
RESULTS = "company results"
"""The label (`sum_kinds.tsv`) of the words of a body's own results ("turnover grew 9% to", "its sales of")."""


def results(store: Store) -> list[str]:
    """Fact ids of the figures of a body's own results (needs `register`): a figure, a change or its level, whose own
    clause before it uses the words of the "company results" row of `sum_kinds.tsv` ("group turnover grew 9% to £48
    million", "sales of 1.7 billion yuan, up 6%"): a company's or an institution's takings are the context of a
    story, never one of its key numbers."""
    return [r["fact_id"] for r in store.rows(f"{results_sql()} ORDER BY fact_id")]


def results_sql() -> str:
    """SQL: the fact ids of `results` (a body's own results: its profile's figures, no other's)."""
    rx = next(rx for label, _, side, rx in sum_kinds() if label == RESULTS and side == "before")
    return rf"""SELECT fact_id FROM (
              SELECT fact_id, regexp_replace(substr(sentence, 1, greatest(start - sentence_start, 0)),
                '(?s)^.*[.;:](\s)', '\1') AS before FROM figure_facts)
            WHERE regexp_matches(before, {literal("(?i)" + rx)})"""


_OBJECT_WORDS = r"""list_filter(string_split(regexp_replace(lower(coalesce({x}, '')), '[^a-z]+', ' ', 'g'), ' '),
  lambda w: length(w) >= 4)"""
"""SQL: the words of four letters or more of an object ("deals worth" -> ["deals", "worth"])."""


def largest_sums(store: Store, limit: int, *, of_bodies: bool = False) -> list[dict]:
    """Sums of money, largest first (compared in pounds at fixed rates; shown in their own currency). One row per
    sum: the same amount in the same currency is one sum however many objects it is stated with, its most salient
    statement speaking for it and `n_articles` counting the articles that state it of something alike (an object
    sharing a word, or the same place); a conversion into another
    currency in the same sentence is the same sum, and a part of another sum ("of the 8 million pledged, 3 million
    ...") is not a sum of its own (`SALIENT`). With `of_bodies`, only sums whose sentence names an
    organisation, states a partnership or uses the vocabulary of cooperation (money someone pays, receives or
    signs for, not a market's size or a country's budget, nor a sum from someone's background), and none stated as a
    change ("paid US$1.1 billion, up from US$640 million": a flow's statistic, shown among the changes)."""
    bodies = (
        f"""AND relation = 'value' AND EXISTS (SELECT 1 FROM figure_facts ff WHERE ff.fact_id = figures.fact_id
          AND NOT {background_sum("ff")}
          AND (regexp_matches(lower(ff.sentence), $words) OR EXISTS (SELECT 1 FROM scoped o
            WHERE o.doc_id = ff.doc_id AND o.sentence_start = ff.sentence_start
              AND o.kind IN ('organization', 'partnership'))))"""
        if of_bodies
        else ""
    )
    rows = store.rows(
        f"""WITH m AS (SELECT * FROM figures WHERE gbp_value IS NOT NULL AND relation <> 'range' AND salient {bodies}),
        best AS (
          SELECT * EXCLUDE (r) FROM (
            SELECT *, row_number() OVER (PARTITION BY unit, after ORDER BY score DESC, n_articles DESC, fact_id) AS r
            FROM m) WHERE r = 1
        ), said AS (  -- each article's statements of a sum: its group, the words of their objects, their places
          SELECT ff.unit, ff.after, ff.group_id, list(ff.fact_id) AS fact_ids,
            list_distinct(flatten(list({_OBJECT_WORDS.format(x="ff.object")}))) AS words,
            list_distinct(list(ff.place) FILTER (WHERE ff.place IS NOT NULL)) AS places
          FROM figure_facts ff JOIN best b ON b.unit = ff.unit AND b.after = ff.after
          WHERE ff.relation <> 'range' GROUP BY ff.unit, ff.after, ff.group_id
        ), arts AS (
          -- another article's sum of the same amount is the same sum when their objects share a word or their
          -- places agree: two £20 million sums of two stories are two sums
          SELECT b.unit, b.after, count(DISTINCT s.group_id) AS n FROM best b
          JOIN said own ON own.unit = b.unit AND own.after = b.after AND list_contains(own.fact_ids, b.fact_id)
          JOIN said s ON s.unit = b.unit AND s.after = b.after
          WHERE s.group_id = own.group_id OR len(list_intersect(s.words, own.words)) > 0
            OR len(list_intersect(s.places, own.places)) > 0
          GROUP BY b.unit, b.after
        )
        SELECT b.* REPLACE (a.n AS n_articles), {SENTENCES.format(t="b")}
        FROM best b JOIN arts a USING (unit, after)
        ORDER BY {rank_value_sql("b.gbp_value")} DESC, b.unit <> $base, b.gbp_value DESC, b.score DESC, b.fact_id
        LIMIT $limit""",
        {"limit": 3 * limit + 3, "base": base_currency(), **({"words": event_pattern()} if of_bodies else {})},
    )
    found = fold_conversions(rows, len(rows))
    # a part of a larger sum of its article is shown with it, not ranked beside it
    said = article_sums(store, sorted({r["doc_id"] for r in found}))
    parts = sum_parts(said)
    out = []
    for r in found:
        if any(p["doc_id"] == r["doc_id"] and (p["unit"], p["value"]) == (r["unit"], r["after"]) for p in parts):
            continue
        mine = [p for p in parts if p["doc_id"] == r["doc_id"] and p["whole"] == (r["unit"], r["after"])]
        # the other sums its article states (a total of deals is the total of those it lists)
        others = {(x["unit"], x["after"]) for x in said if x["doc_id"] == r["doc_id"] and x["fact_id"] != r["fact_id"]}
        others.discard((r["unit"], r["after"]))
        out.append({**r, "parts": [p["fact_id"] for p in mine], "article_sums": len(others)})
    return out[:limit]


def article_sums(store: Store, doc_ids: list[str]) -> list[dict]:
    """The sums of money stated in the articles `doc_ids` (`figure_facts`) as plain values or as the level a change
    reached ("outlays came to 7.5 billion yuan, a rise of 4%": a whole its parts may be of), in text order."""
    if not doc_ids:
        return []
    return store.rows(
        """SELECT ff.fact_id, ff.doc_id, ff.sentence_start, ff.start, ff.unit, ff.after, ff.sentence, ff.text
        FROM figure_facts ff JOIN currency_rates r ON r.unit = ff.unit
        WHERE list_contains($docs, ff.doc_id) AND ff.relation IN ('value', 'change') AND ff.after IS NOT NULL
        ORDER BY ff.doc_id, ff.start, ff.fact_id""",
        {"docs": list(doc_ids)},
    )


def wholes(store: Store, fact_ids: list[str]) -> dict[str, str]:
    """For each sum of `fact_ids` that is a part of a larger sum of its article (`sum_parts`: "$85 million upfront"
    and "up to $1.12 billion in milestones" of a deal "worth up to $1.2bn"), the fact id of that larger sum, the first
    its article states (needs `register`)."""
    ids = sorted({i for i in fact_ids if i})
    if not ids or "figure_facts" not in store.tables():
        return {}
    docs = [
        r["doc_id"]
        for r in store.rows(
            "SELECT DISTINCT doc_id FROM figure_facts WHERE list_contains($ids, fact_id) ORDER BY doc_id", {"ids": ids}
        )
    ]
    said = article_sums(store, docs)
    doc_of = {r["fact_id"]: r["doc_id"] for r in said}
    out = {}
    for p in sum_parts(said):
        if p["fact_id"] not in ids:
            continue
        unit, value = p["whole"]
        whole = next((r["fact_id"] for r in said if r["doc_id"] == doc_of[p["fact_id"]] and r["unit"] == unit
                      and r["after"] == value), None)  # fmt: skip
        if whole is not None:
            out[p["fact_id"]] = whole
    return out


PARTS_ADD_UP = 0.01
"""Sums of one sentence that add up to a larger sum of their article within this share are its parts ("US$45
million upfront and up to US$380 million in milestones" of a deal "worth up to US$425 million")."""


def sum_parts(rows: list[dict]) -> list[dict]:
    """Of the sums `rows` (`article_sums`), those that are parts of a larger sum of their article in the same
    currency, in text order: `fact_id`, `doc_id`, `unit`, `value` and `whole` ((unit, value) of the sum it is part
    of). A part is a sum whose own words, within `PART_REACH` of it, say it is a share of another ("of which",
    "including", "Of the 12 million ...", "3 million will come from ...": `figure_part_words.txt`, the one
    vocabulary of a figure that is part of another), whole the nearest sum stated before it that is no less than it
    and the sums listed after it in its sentence, which are shares of it too; or one of the sums of a sentence that
    add up to a larger sum of the article (`PARTS_ADD_UP`), or one of two sums of different sentences that do
    (`_pairs_adding_up`)."""
    before, after = (re.compile(p) for p in salience_patterns()[:2])
    by_sentence: dict[tuple, list[dict]] = {}
    for r in rows:
        by_sentence.setdefault((r["doc_id"], r["sentence_start"]), []).append(r)
    out: dict[str, tuple[str, float]] = {}
    for (doc, at), said in by_sentence.items():
        for unit in dict.fromkeys(r["unit"] for r in said):
            mine = [r for r in said if r["unit"] == unit]
            others = [r for r in rows if r["doc_id"] == doc and r["unit"] == unit and r["sentence_start"] != at]
            total = sum(r["after"] for r in mine)
            whole = next((o for o in others if abs(o["after"] - total) <= PARTS_ADD_UP * o["after"]), None)
            if len(mine) > 1 and whole is not None:
                out.update({r["fact_id"]: (unit, whole["after"]) for r in mine})
                continue
            for r in mine:
                sentence, text = r["sentence"] or "", r["text"] or ""
                pos = sentence.find(text)
                # the words of a share within `PART_REACH` of the sum, as the rule of a part in its sentence reads
                share = pos >= 0 and (
                    bool(before.search(sentence[max(0, pos - PART_REACH) : pos]))
                    or bool(after.search(sentence[pos + len(text) :]))
                )
                listed = _listed_from(r, mine)
                # the nearest sum before it that holds the shares listed with it: a share is no more than its whole
                larger = [o for o in rows if o["doc_id"] == doc and o["unit"] == unit and o["start"] < r["start"]
                          and o["after"] >= sum(x["after"] for x in listed)]  # fmt: skip
                if share and larger:
                    out.update({x["fact_id"]: (unit, larger[-1]["after"]) for x in listed})
                    break
    for said in by_sentence.values():
        out.update(_respective_parts(said))
    out.update(_pairs_adding_up(rows, out))
    return [
        {"fact_id": r["fact_id"], "doc_id": r["doc_id"], "unit": r["unit"], "value": r["after"],
         "whole": out[r["fact_id"]]}
        for r in rows if r["fact_id"] in out
    ]  # fmt: skip


def _pairs_adding_up(rows: list[dict], found: dict[str, tuple[str, float]]) -> dict[str, tuple[str, float]]:
    """Two sums of an article in one currency, stated in different sentences, that add up to a larger sum of it
    (within `PARTS_ADD_UP`) are its parts ("$85 million upfront" and "up to $1.12 billion more in milestones" of a deal
    "worth up to $1.2bn"): fact id -> (unit, whole), for sums not already a part; the first such pair in text order."""
    out: dict[str, tuple[str, float]] = {}
    groups: dict[tuple[str, str], list[dict]] = {}
    for r in rows:
        groups.setdefault((r["doc_id"], r["unit"]), []).append(r)
    for (_, unit), said in groups.items():
        free = [r for r in said if r["fact_id"] not in found and r["after"] > 0]
        for i, a in enumerate(free):
            for b in free[i + 1 :]:
                if a["fact_id"] in out or b["fact_id"] in out or a["sentence_start"] == b["sentence_start"]:
                    continue
                total = a["after"] + b["after"]
                whole = next(
                    (w for w in said if w["after"] > max(a["after"], b["after"]) and abs(w["after"] - total)
                     <= PARTS_ADD_UP * w["after"]),
                    None,
                )  # fmt: skip
                if whole is not None:
                    out[a["fact_id"]] = out[b["fact_id"]] = (unit, whole["after"])
    return out


_OTHER_CLAUSE = re.compile(r"\b(?:whose|which|who|while|whereas|but)\b", re.IGNORECASE)
"""Words that open another clause between two sums of a sentence: the later sum is no share listed with the
earlier ("2 million went on pay, whose average rose to 90,000")."""


def _listed_from(r: dict, said: list[dict]) -> list[dict]:
    """The sum `r` and the sums of its sentence listed after it (`said`, in text order), up to one set off by the
    words of another clause (`_OTHER_CLAUSE`)."""
    out = [r]
    for x in said:
        if x["start"] <= r["start"]:
            continue
        prev = out[-1]
        gap = (x.get("sentence") or "")[
            prev["start"] + len(prev.get("text") or "") - prev["sentence_start"] : x["start"] - x["sentence_start"]
        ]
        if _OTHER_CLAUSE.search(gap):
            break
        out.append(x)
    return out


RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
"""The word closing a list of shares, each given to one of the bodies named before it ("A and B will contribute £4
million and 20 million yuan respectively")."""


def _respective_parts(said: list[dict]) -> dict[str, tuple[str, float]]:
    """{fact id: (unit, value) of its whole} for the sums of one sentence `said` (rows of `article_sums`) listed
    before "respectively" right after a larger sum of the sentence that is not listed with them: "The renewal, worth
    £7 million, is co-funded by A and B, which will contribute £4 million and 20 million yuan respectively" -> the
    two are shares of the £7 million. The shares may be written in several currencies: the whole is at least their
    sum in pounds, give or take `SAME_SUM` (the rates are approximate)."""
    said = sorted(said, key=lambda r: r["start"])
    sentence = (said[0]["sentence"] or "") if said else ""
    base = said[0]["sentence_start"] if said else 0
    rates = gbp_rates()
    ends = [r["start"] - base + len(r["text"] or "") for r in said]
    out: dict[str, tuple[str, float]] = {}
    for m in RESPECTIVELY.finditer(sentence):
        before = [i for i, r in enumerate(said) if ends[i] <= m.start()]
        if len(before) < 3:
            continue
        last = before[-1]
        if re.search(r"[;:.]\s", sentence[ends[last] : m.start()]):
            continue  # "respectively" of another clause
        first = last
        while first > 0 and re.match(LISTED_SUMS, sentence[ends[first - 1] : said[first]["start"] - base]):
            first -= 1
        if first == 0 or first == last:
            continue  # no sum before the list, or a list of one
        whole, listed = said[first - 1], said[first : last + 1]
        if any(r["unit"] not in rates for r in [whole, *listed]):
            continue
        if rates[whole["unit"]] * whole["after"] >= (1 - SAME_SUM) * sum(rates[r["unit"]] * r["after"] for r in listed):
            out.update({r["fact_id"]: (whole["unit"], whole["after"]) for r in listed})
    return out


def biggest_changes(store: Store, limit: int) -> list[dict]:
    """Changes with a relative size (`rank_pct`: the change's percent, or for a share the relative change of its
    level: "from 48% to 57%" ranks as +18.8%, shown in points), largest (in either direction) first, ties to the more
    salient; only figures
    worth showing (`SALIENT`: a part of another figure, "of which ...", is shown with it, not on its own), a series
    of levels as the change from its first to its last (`register_series`, `from_fact_id` its first), no
    target ("is to rise from 2.7 to 3.3 by 2030": `ahead`), which has not happened, no body's own results
    (`results`: "its revenue grew 41%", "its shares rose 3%"), which are the context of a story, and no part of a
    period set against a whole one ("97 so far this year, up from 51 in 2023": `change_part_periods.txt`). A count
    that grew from under `KEY_COUNT_MIN` ("from 5 to 14 providers") ranks after the rest: its percent is large because
    its base is small."""
    return store.rows(
        f"""SELECT * FROM (SELECT *, coalesce(pct, CASE WHEN unit = 'percent' AND before > 0 AND after IS NOT NULL
              AND coalesce(before_stated, TRUE) THEN round((after - before) / before * 100, 4) END) AS rank_pct
            FROM (SELECT *, NULL::VARCHAR AS from_fact_id FROM figures
            UNION ALL BY NAME SELECT * FROM series_changes))
          WHERE relation = 'change' AND rank_pct IS NOT NULL AND salient AND NOT ahead
          AND fact_id NOT IN ({results_sql()})
          AND fact_id NOT IN (SELECT fact_id FROM figure_facts WHERE regexp_matches(sentence, {_part_period()}))
        ORDER BY coalesce(unit = 'count' AND before < {KEY_COUNT_MIN}, FALSE), abs(rank_pct) DESC, score DESC, fact_id
        LIMIT ?""",
        [limit],
    )


@lru_cache(maxsize=1)
def _part_period() -> str:
    """SQL literal of the phrases that compare part of a period with a whole one (`change_part_periods.txt`)."""
    return literal(r"(?i)\b(?:" + "|".join(f"(?:{p})" for p in read_lines("change_part_periods.txt")) + r")\b")


def inconsistent(store: Store, limit: int) -> list[dict]:
    """Pairs of figures that disagree: stated in different articles about the same object, unit, place and year,
    where the place is known, both years are written in the text and neither value is the other rounded (`agree`):
    `a_fact_id`, `b_fact_id` and both values. A figure is a plain value or the level a change reached in its year
    ("rose from 2.6 in 2019 to 3.1 in 2025" states 3.1 for 2025). The same object is the same words in any order
    and number, two words or more (`OBJECT_WORDS`: "beds in public hospitals" and "public hospital beds"; "the
    students" may be two universities' students), or one word of a rate of a place's population (`RATE_UNITS`:
    "3.7 doctors per 1,000 residents"). A number without a place or a year of its own may be about something else,
    so it is never flagged; nor is a number of more of something (`INCREMENT`: "9 more clinics" and "three more
    clinics" add to two different things), nor a figure of a body: figures whose sentences name different bodies,
    or refer to one without its name (`body_reference_pattern`: "beds at the hospital"), may be about two bodies of one
    place."""
    rows = store.rows(
        f"""WITH v AS (
          SELECT f.figure_id, f.fact_id, f.doc_id, f.after, f.unit, f.object_key, f.place, f.year, f.score,
            {OBJECT_WORDS.format(key="f.object_key")} AS words
          FROM figures f WHERE f.relation IN ('value', 'change') AND f.after IS NOT NULL AND f.place IS NOT NULL
            AND f.year_stated AND (strpos(f.object_key, ' ') > 0 OR list_contains($rates, f.unit))
            AND NOT regexp_matches(f.object_key, $increment)
        ), pairs AS (
          SELECT a.object_key, a.unit, a.place, a.year, a.score AS a_score, b.score AS b_score,
            a.fact_id AS a_fact_id, a.after AS a_value, b.fact_id AS b_fact_id, b.after AS b_value
          FROM v a JOIN v b ON a.words = b.words AND a.unit = b.unit AND a.place = b.place
            AND a.year = b.year AND a.fact_id < b.fact_id AND a.doc_id <> b.doc_id
          WHERE len(a.words) >= 2 OR list_contains($rates, a.unit)
        ), said AS (  -- for the figures of a pair only: the bodies its sentence names, and whether it refers to one
          -- without its name
          SELECT ff.fact_id, ff.doc_id, ff.sentence_start, regexp_matches(ff.sentence, $body_reference) AS refers
          FROM figure_facts ff SEMI JOIN (SELECT a_fact_id AS fact_id FROM pairs UNION SELECT b_fact_id FROM pairs) x
            ON x.fact_id = ff.fact_id
        ), bodies AS (
          SELECT s.fact_id, s.refers, list_sort(list_distinct(
            list(coalesce(o.entity_id, lower(o.name))) FILTER (WHERE o.fact_id IS NOT NULL))) AS ids
          FROM said s LEFT JOIN scoped o ON o.kind = 'organization' AND o.doc_id = s.doc_id
            AND o.sentence_start = s.sentence_start
          GROUP BY s.fact_id, s.refers
        )
        SELECT p.object_key, p.unit, p.place, p.year, p.a_fact_id, p.a_value, p.b_fact_id, p.b_value
        FROM pairs p JOIN bodies a ON a.fact_id = p.a_fact_id JOIN bodies b ON b.fact_id = p.b_fact_id
        WHERE NOT a.refers AND NOT b.refers AND coalesce(a.ids, []) = coalesce(b.ids, [])
        ORDER BY greatest(p.a_score, p.b_score) DESC, p.object_key, p.a_fact_id, p.b_fact_id LIMIT $limit""",
        {
            "limit": PAIRS_READ * limit,
            "function_words": sorted(lower_words("prepositions.txt") | ARTICLES),
            "rates": list(RATE_UNITS),
            "increment": INCREMENT,
            "body_reference": body_reference_pattern(),
        },
    )
    return [r for r in rows if not agree(r["a_value"], r["b_value"])][:limit]


ARTICLES = frozenset({"the", "a", "an"})
INCREMENT = r"^(?:more|additional|extra|further)\b"
"""RE2 over an object key: a number of more of something, an increment rather than a level."""


@lru_cache(maxsize=1)
def body_reference_pattern() -> str:
    """RE2: a hospital or a university referred to without its name, by "the" or "its" and the head word of such a
    name (`org_types.tsv`, lower case, singular: "at the hospital", "the college's"), so a figure of its sentence is
    that body's; a government or a company so written ("the government said") is often only the source."""
    kinds = ("hospital", "university")
    heads = sorted(
        {r[0].lower() for r in table("org_types.tsv") if r[1] in kinds and " " not in r[0] and not r[0].endswith("s")}
    )
    return r"(?i)\b(?:the|this|its) (?:" + "|".join(re.escape(h) for h in heads) + r")(?:[^\w-]|$)"


RATE_UNITS = ("per_1000", "per_10000")
"""Units of a rate per head of a place's residents: what it counts, in one word, is one thing in one place and
year ("doctors", "beds")."""
OBJECT_WORDS = (
    "list_sort(list_distinct(list_transform(list_filter(str_split({key}, ' '),"
    " lambda w: w <> '' AND NOT list_contains($function_words, w)),"
    " lambda w: CASE WHEN length(w) > 3 AND w LIKE '%s' AND w NOT LIKE '%ss' THEN left(w, -1) ELSE w END)))"
)
"""SQL: the words of a figure's object key, without prepositions and articles, each without a plural "s", sorted:
the object whatever the wording ("beds in public hospitals", "public hospital beds" -> [bed, hospital, public])."""
PAIRS_READ = 20
"""Candidate pairs read into Python per disagreement shown (the most salient first), so that the rounding check
never reads every pair of a large corpus."""


def rounding_step(value: float) -> float:
    """The unit of the last digit a number is written to: 1,450 -> 10, 2,000,000 -> 1,000,000, 58.7 -> 0.1."""
    if value != int(value):
        return 10.0 ** -len(f"{abs(value):.6f}".rstrip("0").split(".")[1])
    n, step = int(abs(value)), 1
    while n and n % (step * 10) == 0:
        step *= 10
    return float(step)


def agree(a: float, b: float) -> bool:
    """Whether two statements of a figure agree: they differ by less than the rounding of the rounder one ("58%" and
    "58.7%", "2 million" and "2.4 million" agree; 1,100 and 1,450 do not)."""
    return abs(a - b) < max(rounding_step(a), rounding_step(b))


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


SIDE_ORDER = ("UK", "mainland China", "Hong Kong", "Macao")
"""The sides of the cooperation in the order a reader lists them."""


def sentence_sides(store: Store, fact_ids: list[str]) -> dict[str, list[str]]:
    """For each figure fact whose sentence names two sides or more (`SIDE_ORDER`), those sides: through its bodies,
    places and partners (`scope.sentence_sides`) and its place and nationality words outside the names of bodies
    (`scope.place_words`: "when the Chinese President visited the UK, the two countries signed deals worth £2
    billion" -> ["UK", "mainland China"]). Where a figure with no place of its own stands; one side alone is not
    said (the other party may be unnamed)."""
    rows = store.rows(
        """WITH f AS (SELECT fact_id, doc_id, sentence_start, sentence FROM scoped WHERE list_contains($ids, fact_id))
        SELECT f.fact_id, f.sentence,
          (SELECT list(DISTINCT s.jurisdiction) FROM sentence_sides s
            WHERE s.doc_id = f.doc_id AND s.sentence_start = f.sentence_start) AS sides,
          (SELECT list(DISTINCT o.text) FROM scoped o WHERE o.kind = 'organization' AND o.doc_id = f.doc_id
            AND o.sentence_start = f.sentence_start) AS names
        FROM f ORDER BY f.fact_id""",
        {"ids": list(fact_ids)},
    )
    out = {}
    for r in rows:
        words = r["sentence"] or ""
        for name in sorted(r["names"] or [], key=lambda n: (-len(n), n)):
            words = words.replace(name, " ")
        found = {j for j in [*(r["sides"] or []), *place_words(words)] if j in SIDE_ORDER}
        if len(found) >= 2:
            out[r["fact_id"]] = sorted(found, key=SIDE_ORDER.index)
    return out
