"""How cooperation and reform moved over time: the dated events of the report's scope, each stated once.

A date fact is an event when its sentence states a partnership or uses the vocabulary of cooperation or
reform (`event_words.txt`); a founding year in passing (`date_founding_words.txt` shortly
before the date) or a conference being held is not, nor is a target, deadline or comparison base ("by 2030",
"as in 2022": `date_not_step_words.txt` right before the date), nor a year that is part of a name ("Vision
2030": a bare year right after a capitalised word that is not one of `date_before_words.txt`).
A dated sentence that names a party of a partnership of its article and uses that vocabulary ("The delegation of X
visited Y on 3 May") is a step of its initiative; one with no such word ("Shares in X closed down 2% on Tuesday",
"X had 900 students from Y this year") is no step, nor is one of a body's own results ("X reported revenue of £22
million in the year to March") that states no partnership; words of cooperation that come only after a verb of
remark or stance (`event_remark_words.txt`: "described the city as…, signalled a will to open it to cooperation") do
not make a step.
An initiative the articles do not date and no event names is an event of the day the first article stating it was
published (`reported`), unless that article dates a step of no one initiative ("the agreements were signed in
December"). A sentence is one event, dated by the latest date it states ("last year, in 2022"; "to 2.9 million in
2021 from 1.4 million in 2017"); the same sentence in republished copies is one event; events tied to one initiative
in one year are one event (a sentence standing for an initiative, "The agreement was signed yesterday", is one of
its events, and a bare year in a sentence naming one of its parties restates its step of that year in that article),
and so are the events of one article on one day or month (the same signing stated twice); a date in a story's
dateline is the day it was filed, not a step.
A date still to come when the article was written is marked as a plan (`plan`).
"""

from __future__ import annotations

from functools import lru_cache

from analysis.extract.dates import AHEAD_BEFORE, DONE_BEFORE
from analysis.query.rank import order_by
from analysis.query.scope import CHINESE, CROSS_FOCUS, other_side_sql, other_subject_sql
from analysis.query.store import MARK, Store, marked, span_gap
from analysis.resources import alternation, read_lines


@lru_cache(maxsize=1)
def event_pattern() -> str:
    """The vocabulary of cooperation and reform as one RE2 pattern."""
    return r"\b(?:" + "|".join(f"(?:{p})" for p in read_lines("event_words.txt")) + r")\b"


@lru_cache(maxsize=1)
def remark_pattern() -> str:
    """A verb of remark or stance and the rest of the sentence after it, as one RE2 pattern (lower case)."""
    return r"\b(?:" + "|".join(f"(?:{p})" for p in read_lines("event_remark_words.txt")) + r")\b.*$"


FOUNDING_REACH = 40
"""Characters between a founding word and the date it makes a founding date (within one clause)."""


@lru_cache(maxsize=1)
def founding_words() -> str:
    """A founding word anywhere in a sentence (one fixed pattern), a cooperation "since" a year among them."""
    lines = read_lines("date_founding_words.txt") + read_lines("date_cooperation_since.txt")
    return r"(?i)\b(?:" + "|".join(f"(?:{p})" for p in lines) + r")\b"


def cooperation_since_pattern() -> str:
    """The words of a cooperation "since" a year (`date_cooperation_since.txt`) followed, within `FOUNDING_REACH`
    characters of one clause, by the date (appended)."""
    words_ = "|".join(f"(?:{p})" for p in read_lines("date_cooperation_since.txt"))
    return r"(?i)\b(?:" + words_ + r")\b[^.;:]{0," + str(FOUNDING_REACH) + "}"


def founding_pattern() -> str:
    """A founding word followed, within `FOUNDING_REACH` characters of one clause, by the date (appended)."""
    return founding_words() + r"[^.;:]{0," + str(FOUNDING_REACH) + "}"


def target_words() -> str:
    """RE2 alternation of the words that make the date right after them a target or a deadline
    (`date_target_words.txt`: "by", "by the end of")."""
    return "|".join(f"(?:{p})" for p in read_lines("date_target_words.txt"))


@lru_cache(maxsize=1)
def not_step_pattern() -> str:
    """Words that make the date right after them a target, a deadline or a comparison base (the date appended)."""
    other = "|".join(f"(?:{p})" for p in read_lines("date_not_step_words.txt"))
    return r"(?i)\b(?:" + target_words() + "|" + other + r")\s+"


def before_words() -> list[str]:
    """Words that may stand before a bare year that is a date (lower case)."""
    return sorted({w.lower() for w in read_lines("date_before_words.txt")})


SHARE_MOVE = (
    r"(?i)\b(?:shares|stock|share price)\b[^.;]{0,80}?\b(?:rose|fell|closed|jumped|gained|dropped|climbed|slipped|"
    r"slumped|surged|traded|edged)\b"
)
"""A company's shares moving on a market ("Shares in Kelby rose 2.3% to 1,482 pence"): the market's figure and day, not
one of cooperation or reform ("the share of patients fell" is one)."""
PLAN_WORDS = r"(?i)\b(?:next|coming|upcoming|later this)\b"
"""A date written as still to come ("next year", "the coming months"): a plan, not a step taken."""
FUTURE = r"\b(?:will|shall|would|plans? to|aims? to|(?:is|are) (?:set |expected |scheduled |due )?to)\b"
"""Words that make the step of their clause a plan ("In 2025 the city will open…", "will open … in 2025"), told in
reported speech too ("said the share would rise to 60%")."""
FUTURE_REACH = 60
"""Characters of one clause between the date and the future words that make it a plan."""


SPOKEN = r"(?i)\b(?:said|says|told (?:reporters|journalists|the press|a (?:news )?briefing))\s+(?:on\s+)?"
"""Words of speech right before a date: the day the news was told ("said Wednesday", "said on Tuesday")."""
IMAGINED = r"\b(?:would|could|might)(?:n[’']t| not)? have\b"
"""Words of a past that did not happen ("ten years ago this would have been ...", "could not have opened in 2015"):
the date of their clause is imagined, not a step."""
DATELINE = r"^\W*[A-Z][A-Z.'’ -]*[A-Z](?:\s*\([^()]*\))?,\s*" + MARK + r"\s*(?:\([^()]*\)\s*)?(?:--?|–|—)\s"
"""A date in the dateline opening a story ("EASTPORT, May 3 - ...", "EASTPORT, May 3 (Wire) -- ..."; the date's
words stand as `MARK`): the day the story was filed, not a step."""


SCHEME_SINCE = (
    r"(?i)\b(?:scheme|pilot|programme|program|service|arrangement|pathway|route|initiative|reform|project)s?\s+"
    r"since\s+it\s+(?:first\s+)?(?:began|started|opened|launched|was launched|was introduced)\b[^.;:]{0,40}"
)
"""RE2 over the words before a date: a measure's own start ("under a cross-border scheme since it began on 16
December"): the step the measure took, not a body's founding told in passing."""
FOUNDED_AS = r",?\s+as\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:joint venture|partnership|collaboration|alliance|consortium)"
"""RE2 over the words right after a founding date: what was founded is the partnership itself ("founded in 2016 as a
joint venture between A and B")."""


def register_dates(store: Store) -> None:
    """`step_dates`: the date facts of the scope that can date a step (needs `scoped`): not the article's own
    publication line nor a dateline (`DATELINE`), nor the day something was said (`SPOKEN`: "said on Tuesday"), nor
    one of its notes section unless its sentence states a partnership (a cooperation the notes date), not a founding
    year in passing (a measure's own start is a step: `SCHEME_SINCE`), a target, deadline or comparison base ("by
    2030"), nor a year that is part of a name ("Vision 2030"). `plan` is true for a date still to come when written:
    after the article's publication date, written as "next year", or in a clause of what will be done ("In 2025 the
    city will open…", "…will open in 2025"; not "signed on 3 May a deal that will…" or "the deal, announced on Monday,
    will…" (`DONE_BEFORE`), nor, in an undated article, a year before the latest day it reports as done)."""
    folded = marked("f.sentence", "f.text", fold=True)
    store.con.execute(
        rf"""CREATE OR REPLACE TEMP TABLE step_dates AS
        SELECT f.*, left(f.date, 4) AS year,
          -- a day or month written without its year in an undated article: its year read from the article's others,
          -- unless its own sentence writes that year ("On December 13, the 2023 Annual Meeting ...")
          f.extractor = 'dates.resolved' AND doc.published IS NULL AND NOT regexp_matches(f.text, '\d{{4}}')
            AND NOT list_contains(regexp_extract_all(coalesce(f.sentence, ''), '(?:^|\D)(\d{{4}})(?:\D|$)', 1),
              left(f.date, 4)) AS inferred,
          (regexp_matches(f.text, $plan) OR coalesce(rpad(f.date, 10, '-00-00') > rpad(doc.published, 10, '-99-99'),
            FALSE)
            -- the date's own words stand as `MARK` in its sentence (`store.marked`): every pattern is constant
            OR CASE WHEN regexp_matches(lower(f.sentence), $future)
              -- "will ... in 2024" in an undated article that reports a later day as done was written after
              -- 2024: a year-end review's results, not a plan
              AND (doc.published IS NOT NULL OR left(f.date, 4) >= left(coalesce(ref.day, '0000'), 4)) THEN
              (strpos(f.sentence, f.text) > 0 AND regexp_matches({folded}, $future_before))
              OR (NOT regexp_matches(coalesce(nullif(regexp_extract({folded}, $future_after, 1), ''), 'that'),
                '\b(?:that|which|who)\b') AND NOT (regexp_matches({folded}, $done_before)
                  AND NOT regexp_matches({folded}, $ahead_before)))
              ELSE FALSE END) AS plan
        FROM scoped f LEFT JOIN documents doc ON doc.doc_id = f.doc_id
        LEFT JOIN (SELECT doc_id, max(date) AS day FROM scoped WHERE kind = 'date' AND length(date) = 10
            AND NOT regexp_matches(lower(sentence), $future) GROUP BY doc_id) ref ON ref.doc_id = f.doc_id
        WHERE f.kind = 'date' AND f.date IS NOT NULL AND f.extractor <> 'dates.published'
          -- the page's notes to editors and "About X" sections are background: no step of the story, but for the
          -- cooperation they date ("2. A and B signed a memorandum on health cooperation in 2016.")
          AND (f.section IS DISTINCT FROM 'notes' OR EXISTS (SELECT 1 FROM scoped q WHERE q.kind = 'partnership'
            AND q.doc_id = f.doc_id AND q.sentence_start = f.sentence_start))
          -- the date the article's publication was read from ("LONDON, June 18 (Agency) -- ... on Tuesday"): the
          -- day of the report, not of a step
          AND NOT coalesce(f.start = doc.published_start, FALSE)
          AND NOT (strpos(f.sentence, f.text) > 0 AND regexp_matches({marked("f.sentence", "f.text")}, $dateline))
          -- the sentence as written: a founding word is lower case or opens a sentence, never inside a name ("the
          -- Westgate NHS Foundation Trust since 2019")
          AND (NOT CASE WHEN strpos(f.sentence, f.text) > 0 AND regexp_matches(f.sentence, $founding_words)
            THEN regexp_matches({marked("f.sentence", "f.text")}, $founding)
            ELSE strpos(f.sentence, f.text) > 0 AND regexp_matches(f.sentence, $founding_words) END
            -- "which has worked with B since 2017", "founded in 2016 as a joint venture between A and B" date the
            -- partnership their sentence states (a body's history in the page's notes is background)
            OR (strpos(f.sentence, f.text) > 0 AND regexp_matches({marked("f.sentence", "f.text")}, $scheme_since))
            OR (strpos(f.sentence, f.text) > 0 AND (regexp_matches({marked("f.sentence", "f.text")}, $since)
                OR (regexp_matches({marked("f.sentence", "f.text")}, $founded_as)
                  AND f.section IS DISTINCT FROM 'notes'))
              AND EXISTS (SELECT 1 FROM scoped q WHERE q.kind = 'partnership' AND q.doc_id = f.doc_id
                AND q.sentence_start = f.sentence_start)))
          AND NOT CASE WHEN strpos(f.sentence, f.text) > 0 AND regexp_matches(f.sentence, $target)
            THEN regexp_matches({folded}, $target_date)
            ELSE strpos(f.sentence, f.text) > 0 AND regexp_matches(f.sentence, $target) END
          -- the day something was said ("the commission said Wednesday", "A said on Tuesday it had signed ..."):
          -- when the news was told, not a step it tells of
          AND NOT (strpos(f.sentence, f.text) > 0 AND regexp_matches({marked("f.sentence", "f.text")}, $spoken))
          -- a time a remark imagines ("Ten years ago this would have been a recruitment office"): no step
          AND NOT (strpos(f.sentence, f.text) > 0 AND (regexp_matches({folded}, $imagined_after)
            OR regexp_matches({folded}, $imagined_before)))
          AND NOT (regexp_full_match(f.text, '\d{{4}}') AND coalesce(list_contains($before,
            lower(nullif(regexp_extract({marked("f.sentence", "f.text")}, $named_year, 1), ''))) = FALSE,
            FALSE))""",
        {
            "founding": founding_pattern() + MARK,
            "since": cooperation_since_pattern() + MARK,
            "founded_as": "(?i)" + MARK + FOUNDED_AS,
            "scheme_since": SCHEME_SINCE + MARK,
            "founding_words": founding_words(),
            "target": not_step_pattern(),
            "target_date": not_step_pattern() + MARK,
            "named_year": r"([A-Z][\w’'-]*)\s+" + MARK + r"(?:\W|$)",  # a bare year right after a capitalised word
            "before": before_words(),
            "plan": PLAN_WORDS,
            "future": FUTURE,
            "future_before": FUTURE + "[^.;:]{0," + str(FUTURE_REACH) + "}" + MARK,
            "future_after": MARK + "([^.;:]{0," + str(FUTURE_REACH) + "}?)" + FUTURE,
            "done_before": DONE_BEFORE + MARK,
            "ahead_before": AHEAD_BEFORE + MARK,
            "dateline": DATELINE,
            "spoken": SPOKEN + MARK,
            "imagined_after": MARK + "[^.;:]{0," + str(FUTURE_REACH) + "}" + IMAGINED,
            "imagined_before": IMAGINED + "[^.;:]{0," + str(FUTURE_REACH) + "}" + MARK,
        },
    )


@lru_cache(maxsize=1)
def results_pattern() -> str:
    """The words of a body's own results (`result_words.txt`, which the "company results" row of `sum_kinds.tsv`
    names as well), anywhere in a sentence."""
    return rf"(?i)\b(?:{alternation('result_words.txt')})\b"


def register(store: Store) -> None:
    """`events(fact_id, doc_id, group_id, date, year, event, sentence, text, weight, initiative_id, has_figure,
    plan, inferred)`: one row per event (needs `scoped`, and `initiative_of` and `step_dates` from
    `initiatives.register`). A dated sentence is an event when it states a partnership or uses the vocabulary of
    cooperation or reform (a statistic with a year is not a step, nor a joint routine publication:
    `initiatives.routine_statements`), unless it names a side the report's focus leaves out (`scope.other_side_sql`)
    or stands in an article about cooperation with such a side and names fewer than two Chinese sides
    (`scope.other_subject_sql`); one sentence is one step, dated by the latest date it states ("up to 2.9 million
    in 2021 from 1.4 million in 2017" is the step of 2021), and at most one plan. The dates that can date a step are
    `initiatives.register`'s `step_dates`."""
    store.create(
        "events",
        rf"""WITH party_names AS (  -- sentences naming a party of a partnership of their article, and its initiative
          SELECT o.doc_id, o.sentence_start, min(q.initiative_id) AS initiative_id
          FROM scoped o JOIN entities e ON e.entity_id = o.entity_id
          JOIN (SELECT DISTINCT p.doc_id, unnest(p.pids) AS pid, i.initiative_id FROM p
            JOIN initiative_of i USING (fact_id)) q ON q.doc_id = o.doc_id AND q.pid = e.canon_id
          WHERE o.kind = 'organization' GROUP BY o.doc_id, o.sentence_start
        ), refs AS (  -- sentences standing for an initiative without stating a partnership ("The agreement was
          -- signed yesterday" after the sentence stating it: `initiatives.refers`)
          SELECT r.doc_id, r.sentence_start, min(initiative_id) AS initiative_id
          FROM (SELECT initiative_id, unnest(refers) AS r FROM initiatives) GROUP BY r.doc_id, r.sentence_start
        ), d AS (
          SELECT f.fact_id, f.doc_id, f.group_id, f.canonical, f.date, f.year, f.event, f.sentence,
            f.text, f.sentence_start, f.start, f."end", f.sentence_end, f.weight, f.plan, f.inferred, FALSE AS reported,
            -- of a sentence stating several, the initiative stated nearest the date ("In March, A signed with B, and
            -- a venture of A and C was set up in 2022": March is B's), as `initiatives.register` dates them
            (SELECT arg_min(o.initiative_id, ({span_gap("f.start", 'f."end"', "p.start", 'p."end"')}, o.initiative_id))
              FROM scoped p JOIN initiative_of o USING (fact_id)
              WHERE p.kind = 'partnership' AND p.doc_id = f.doc_id AND p.sentence_start = f.sentence_start)
              AS stated_in,
            (SELECT r.initiative_id FROM refs r WHERE r.doc_id = f.doc_id AND r.sentence_start = f.sentence_start)
              AS referred_to,
            (SELECT n.initiative_id FROM party_names n WHERE n.doc_id = f.doc_id
              AND n.sentence_start = f.sentence_start) AS party_of,
            EXISTS (SELECT 1 FROM scoped a WHERE a.kind = 'amount' AND a.doc_id = f.doc_id
              AND a.sentence_start = f.sentence_start) AS has_figure
          FROM step_dates f
        ), kept AS (
          SELECT * EXCLUDE (stated_in, referred_to, party_of),
            coalesce(stated_in, referred_to, party_of) AS initiative_id,
            coalesce(stated_in, referred_to) IS NULL AS by_party
          -- a sentence naming a party of an initiative is one of its steps when it uses the vocabulary of
          -- cooperation or reform ("A delegation of X visited Y on 3 May"), not a share price or a head-count
          FROM d WHERE (stated_in IS NOT NULL OR referred_to IS NOT NULL
            OR regexp_matches(regexp_replace(lower(sentence), $remark, ''), $words)) AND NOT {other_side_sql("d")}
            -- a body's own results ("reported revenue of £22 million in the year to March") are no step of
            -- cooperation or reform, unless the sentence states a partnership
            AND NOT (stated_in IS NULL AND regexp_matches(sentence, $results))
            -- nor a company's shares moving on the day a deal was announced ("Shares in A rose 8% yesterday after
            -- the company announced the deal")
            AND NOT (stated_in IS NULL AND regexp_matches(sentence, $shares))
            -- nor is a joint routine publication ("jointly released the statistics bulletin")
            AND NOT (stated_in IS NULL AND EXISTS (SELECT 1 FROM routine_statements r JOIN scoped rp USING (fact_id)
              WHERE rp.doc_id = d.doc_id AND rp.sentence_start = d.sentence_start))
            -- in a report on China–UK cooperation, a cooperation between bodies of one side ("A, the London firm
            -- that has backed B since 2018") is no step of it, unless its sentence names a Chinese side too
            AND NOT ({CROSS_FOCUS} AND coalesce(stated_in, referred_to, party_of) IN (SELECT initiative_id
                FROM initiatives WHERE NOT list_has_any(sides, {list(CHINESE)!r})
                  AND NOT list_contains(sides, 'unknown'))
              AND NOT EXISTS (SELECT 1 FROM sentence_sides ss WHERE ss.doc_id = d.doc_id
                AND ss.sentence_start = d.sentence_start AND ss.jurisdiction IN {CHINESE!r}))
            -- an article about cooperation with a side the report leaves out gives it no step, but one between two
            -- of its own sides
            AND NOT ({other_subject_sql("d")} AND (SELECT count(DISTINCT ss.jurisdiction) FROM sentence_sides ss
              WHERE ss.doc_id = d.doc_id AND ss.sentence_start = d.sentence_start
                AND ss.jurisdiction IN {CHINESE!r}) < 2)
        ), undated AS (  -- an initiative no sentence dates: the day the first article stating it was published
          SELECT * EXCLUDE (r) FROM (
            SELECT f.fact_id, f.doc_id, f.group_id, f.canonical, doc.published AS date,
              left(doc.published, 4) AS year, NULL AS event, f.sentence, f.text, f.sentence_start, f.start, f."end",
              f.sentence_end, f.weight, FALSE AS plan, FALSE AS inferred, TRUE AS reported, i.initiative_id,
              FALSE AS by_party,
              EXISTS (SELECT 1 FROM scoped a WHERE a.kind = 'amount' AND a.doc_id = f.doc_id
                AND a.sentence_start = f.sentence_start) AS has_figure,
              row_number() OVER (PARTITION BY i.initiative_id
                ORDER BY doc.published, f.weight DESC, f.canonical DESC, f.doc_id, f.start, f.fact_id) AS r
            FROM initiatives i JOIN initiative_of o USING (initiative_id) JOIN scoped f ON f.fact_id = o.fact_id
            JOIN documents doc ON doc.doc_id = f.doc_id
            WHERE i.dated = 'reported' AND doc.published IS NOT NULL AND NOT {other_side_sql("f")}
              AND NOT EXISTS (SELECT 1 FROM kept k WHERE k.initiative_id = i.initiative_id)
              -- an article dating a step of no one initiative ("the agreements were signed in December") dates
              -- its undated ones
              AND NOT EXISTS (SELECT 1 FROM kept k WHERE k.group_id = f.group_id AND k.initiative_id IS NULL))
          WHERE r = 1
        ), one_per_sentence AS (
          SELECT * EXCLUDE (r) FROM (
            -- a step taken and a plan of one sentence are two ("will be extended from October 1, the bureau
            -- announced on Tuesday": the announcement, and the extension planned)
            SELECT *, row_number() OVER (PARTITION BY group_id, sentence_start, plan
              ORDER BY canonical DESC, year DESC, length(date) DESC, start, fact_id) AS r
            FROM kept) WHERE r = 1
          UNION ALL BY NAME SELECT * FROM undated
        ), restated AS (
          -- a bare year in a sentence naming a party of an initiative restates the step of that initiative its
          -- article dates in that year by a sentence stating it or standing for it ("- Eastbay Hospital (nursing
          -- exchange, renewed 2026)" after "The renewed agreement was signed on 3 May")
          SELECT o.*, o.by_party AND length(o.date) = 4 AND EXISTS (SELECT 1 FROM one_per_sentence x
            WHERE x.group_id = o.group_id AND x.initiative_id = o.initiative_id AND x.year = o.year
              AND NOT x.by_party AND NOT x.reported) AS restates
          FROM one_per_sentence o
        ), one_per_initiative AS (
          SELECT * EXCLUDE (r, restates) FROM (
            SELECT *, row_number() OVER (
              PARTITION BY CASE WHEN initiative_id IS NULL OR (by_party AND NOT restates) THEN fact_id
                ELSE initiative_id || '|' || year END
              ORDER BY reported, weight DESC, length(date) DESC, canonical DESC, doc_id, start, fact_id) AS r
            FROM restated) WHERE r = 1
        )
        -- one article's events of one day or month are one event (a signing stated twice)
        SELECT * EXCLUDE (r, by_party) FROM (
          SELECT *, row_number() OVER (
            PARTITION BY CASE WHEN length(date) >= 7 THEN group_id || '|' || date ELSE fact_id END
            ORDER BY reported, (initiative_id IS NULL), weight DESC, canonical DESC, doc_id, start, fact_id) AS r
          FROM one_per_initiative) WHERE r = 1""",
        {"words": event_pattern(), "remark": remark_pattern(), "results": results_pattern(), "shares": SHARE_MOVE},
    )


def by_year(store: Store) -> list[dict]:
    """Steps taken per year (plans left out), in year order."""
    return store.rows("SELECT year, count(*) AS n FROM events WHERE NOT plan GROUP BY year ORDER BY year")


ENDS = """(SELECT *, 0 AS k FROM events WHERE NOT plan ORDER BY reported, date, weight DESC, doc_id, start, fact_id
      LIMIT 1)
    UNION ALL (SELECT *, 1 AS k FROM events WHERE NOT plan ORDER BY reported, date DESC, weight DESC, doc_id, start,
      fact_id LIMIT 1)"""
"""The first and the latest step taken (a plan is neither): the earliest date and the latest (a day of a year after
the year alone: "18 November 2026" is later than "2026") its own sentence states, ties to the more prominent
statement; the date of the article that states an undated step (`reported`) only when no step states one."""


def ends(store: Store) -> list[dict]:
    """The first and the latest step taken (`ENDS`), in that order; empty without a step taken."""
    return store.rows(f"SELECT * EXCLUDE (k) FROM ({ENDS}) ORDER BY k")


CLARITY = "CASE WHEN reported THEN 0 WHEN length(date) >= 7 THEN 2 ELSE 1 END"
"""SQL over an `events` row: how clearly its sentence dates it: a day or month written there (2), a year (1), or
only the date of the article that states it (0)."""
EVENT_SCORE = f"(100 * ({CLARITY}) + 10 * (initiative_id IS NOT NULL)::INT + weight + has_figure::INT)"
"""SQL over an `events` row: how salient it is, one number ranking in turn (`weight` is at most 3): a clearly dated
step first ("signed on 3 May 2021" before "in 2021" before an undated statement placed at its article's date), then
one tied to an initiative (a partnership in its sentence or a party of one), then where it is stated plus one for a
figure in its sentence."""


def top(store: Store, limit: int) -> list[dict]:
    """The `limit` most salient events (`EVENT_SCORE`; a plan after the steps taken), always with the first and the
    latest step taken (`ENDS`: what a finding on the timeline names), in date order."""
    order = order_by(("is_end::INT", "(NOT plan)::INT", EVENT_SCORE), label="date", ident="fact_id")
    return store.rows(
        f"""SELECT * EXCLUDE (is_end) FROM (
          SELECT * FROM (SELECT *, fact_id IN (SELECT fact_id FROM ({ENDS})) AS is_end FROM events)
          ORDER BY {order} LIMIT ?)
        ORDER BY date, doc_id, start, fact_id""",
        [limit],
    )
