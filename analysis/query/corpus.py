"""The corpus itself, for the overview report: its articles with what each states about itself, the strands,
the near-duplicate groups, press releases of the cooperating parties, undated articles, and how much of the
corpus one article contributes. Corpus statistics belong here, not among a report's findings.
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.extract.org_cues import own_voice
from analysis.ingest.metadata import SOURCE_LABEL, SOURCE_START
from analysis.query.store import MARK, Store, marked
from analysis.resources import alternation, read_lines, table

PRESS_RELEASE_MIN_CHARS = 6
"""Shortest name compared when a publisher is matched to a party ("NHS" alone matches nothing by containment)."""
PUBLISHER_PARTS = r"\s*[/|;]\s*"
"""What separates the names of a publisher line that names a body twice ("Trade Council / WTC")."""


def digest(store: Store) -> str:
    """The corpus digest of the documents table, computed as `ingest.corpus.corpus_digest` computes it."""
    return store.value(
        """SELECT coalesce(sha256(string_agg(doc_id || ':' || coalesce(sha256, '') || chr(10), '' ORDER BY doc_id)),
          sha256('')) FROM documents"""
    )


def totals(store: Store) -> dict:
    """Articles, near-duplicate groups, undated articles, and the largest share of the facts one article holds."""
    return store.rows(
        """WITH per AS (SELECT doc_id, count(*) AS n FROM facts GROUP BY doc_id),
        g AS (SELECT count(DISTINCT group_id) AS n_groups FROM scope_docs)
        SELECT (SELECT count(*) FROM documents) AS n_articles,
          (SELECT n_groups FROM g) AS n_groups,
          (SELECT count(*) FROM documents WHERE published IS NULL) AS n_undated,
          (SELECT sum(n) FROM per) AS n_facts,
          (SELECT arg_max(doc_id, (n, doc_id)) FROM per) AS top_doc,
          (SELECT max(n) FROM per) AS top_facts"""
    )[0]


def articles(store: Store, limit: int, *, distinct: bool = False) -> list[dict]:
    """Articles with title (else first sentence), date, publisher, strand, facts, near-duplicate group and how
    many republished copies of it the corpus holds (`copies`), the most recent first (undated last), then by
    doc_id; with `distinct`, the canonical article of each group only."""
    return store.rows(
        f"""WITH per AS (SELECT doc_id, count(*) AS n_facts FROM facts GROUP BY doc_id),
        sizes AS (SELECT group_id, count(*) - 1 AS copies FROM scope_docs GROUP BY group_id)
        SELECT d.doc_id, d.file, d.title, d.label, d.published, d.publisher, d.title_start, d.title_end,
          d.published_start, d.published_end, d.publisher_start, d.publisher_end, s.strand,
          coalesce(p.n_facts, 0) AS n_facts, g.group_id, g.canonical, coalesce(z.copies, 0) AS copies
        FROM documents d LEFT JOIN strands s USING (doc_id) LEFT JOIN per p USING (doc_id)
        LEFT JOIN scope_docs g USING (doc_id) LEFT JOIN sizes z USING (group_id)
        {"WHERE coalesce(g.canonical, TRUE)" if distinct else ""}
        ORDER BY d.published DESC NULLS LAST, d.doc_id LIMIT ?""",
        [limit],
    )


NEWS_KINDS = ("organization", "amount", "partnership")
"""Kinds of fact that make a sentence news: a body, a figure, a cooperation."""


def leads(store: Store, doc_ids: list[str]) -> dict[str, str]:
    """For each article, the first fact of its lead paragraph (`scoped.section`), whose sentence says what the
    article reports ("Northvale University has signed a nursing pact with ..."); when the lead tells of a person and
    names no body, figure or cooperation (an anecdote: "When A B's son fell ill last month, she ..."), the first
    sentence of the body that does (`NEWS_KINDS`); articles without a lead fact left out."""
    rows = store.rows(
        """SELECT doc_id, CASE WHEN bool_or(section = 'lead' AND kind = 'person')
              AND NOT bool_or(section = 'lead' AND list_contains($news, kind))
            THEN coalesce(arg_min(fact_id, (start, fact_id)) FILTER (WHERE section = 'body'
              AND list_contains($news, kind)), arg_min(fact_id, (start, fact_id)) FILTER (WHERE section = 'lead'))
            ELSE arg_min(fact_id, (start, fact_id)) FILTER (WHERE section = 'lead') END AS fact_id
        FROM scoped WHERE section IN ('lead', 'body') AND kind <> 'theme' AND list_contains($docs, doc_id)
        GROUP BY doc_id HAVING bool_or(section = 'lead') ORDER BY doc_id""",
        {"docs": list(doc_ids), "news": list(NEWS_KINDS)},
    )
    return {r["doc_id"]: r["fact_id"] for r in rows}


def strand_counts(store: Store) -> list[dict]:
    """Articles per strand (each group of near-duplicates once)."""
    return store.rows(
        """SELECT s.strand AS id, count(DISTINCT coalesce(g.group_id, s.doc_id)) AS n
        FROM strands s LEFT JOIN scope_docs g USING (doc_id) GROUP BY s.strand ORDER BY n DESC, id"""
    )


def strand_spans(store: Store) -> list[dict]:
    """For each strand ("china_uk", "gba": an article of both counts in each), its distinct articles (`n`), those
    that give a publication date (`dated`), and its first and latest publication date with the article of each
    (ties to the first doc_id for the first, the last for the latest, as `totals` orders them); strands without an
    article left out, China–UK first."""
    return store.rows(
        """WITH d AS (
          SELECT x.doc_id, x.published, unnest(CASE s.strand WHEN 'both' THEN ['china_uk', 'gba']
            ELSE [s.strand] END) AS strand
          FROM documents x JOIN scope_docs g USING (doc_id) JOIN strands s USING (doc_id) WHERE g.canonical)
        SELECT strand, count(*) AS n, count(published) AS dated,
          min(published) AS first, arg_min(doc_id, (published, doc_id)) FILTER (WHERE published IS NOT NULL)
            AS first_doc,
          max(published) AS last, arg_max(doc_id, (published, doc_id)) FILTER (WHERE published IS NOT NULL)
            AS last_doc
        FROM d WHERE strand IN ('china_uk', 'gba') GROUP BY strand ORDER BY strand = 'gba', strand"""
    )


def _press_releases_sql(only: bool = False) -> str:
    """The query of `press_releases`; with `only`, of the articles `$docs` only."""
    docs = "AND list_contains($docs, doc_id)" if only else ""
    return f"""WITH parties AS (
          SELECT DISTINCT doc_id, unnest(parties) AS name FROM facts WHERE kind = 'partnership' {docs}
        ), named AS (  -- the bodies an article names: with the words each mention is written in
          SELECT f.doc_id, f.name, f.text, f.start, f."end", f.sentence, f.sentence_start, f.org_type, f.jurisdiction,
            coalesce(contains(lower(d.title), lower(f.name)) OR contains(lower(d.title), lower(f.text)), FALSE)
              OR coalesce(f.start >= d.lead_start AND f.start < d.lead_end, FALSE)
                -- not an agency's credit in brackets ("LONDON, June 18 (Harbour News) --")
                AND substr(f.sentence, f.start - f.sentence_start, 1) <> '(' AS up_front,
            EXISTS (SELECT 1 FROM facts q WHERE q.kind = 'quote' AND q.doc_id = f.doc_id AND f.start >= q.start
              AND f."end" <= q."end") AS quoted
          FROM facts f JOIN documents d USING (doc_id) WHERE f.kind = 'organization' AND f.name IS NOT NULL {docs}
        ), cand AS (  -- the bodies it reports on: a party of a partnership it states, a body its headline or lead names
          SELECT doc_id, name, name AS written FROM parties
          UNION SELECT n.doc_id, n.name, n.text FROM named n
          WHERE n.up_front OR EXISTS (SELECT 1 FROM parties p WHERE p.doc_id = n.doc_id AND p.name = n.name)
        ), parts AS (
          SELECT doc_id, publisher, trim(unnest(string_split_regex(publisher, $parts))) AS part
          FROM documents WHERE publisher IS NOT NULL {docs}
        ), outlets AS (  -- a news outlet is never a party: every name of the publisher line names one
          SELECT doc_id FROM parts WHERE part <> '' GROUP BY doc_id
          HAVING bool_and(regexp_matches(part, $outlet) AND NOT regexp_matches(part, $body))
        ), is_part AS (  -- the bodies a name of the publisher line names
          SELECT p.doc_id, p.publisher, n.name, n.org_type, n.jurisdiction FROM parts p JOIN named n USING (doc_id)
          WHERE p.part <> '' AND (lower(n.name) = lower(p.part) OR lower(n.text) = lower(p.part)
            OR (length(n.name) >= {PRESS_RELEASE_MIN_CHARS} AND contains(lower(p.part), lower(n.name)))
            OR (length(p.part) >= {PRESS_RELEASE_MIN_CHARS} AND contains(lower(n.name), lower(p.part))))
        ), own_site AS (  -- a party's own news pages: its name (two words or more, or an acronym as written) and
          -- site words only ("Kestrel Biotech Newsroom", "NVU News"), though the site words name an outlet too
          SELECT DISTINCT p.doc_id, p.publisher, c.name AS party
          FROM parts p JOIN cand c USING (doc_id) JOIN named n ON n.doc_id = c.doc_id AND n.name = c.name,
            (SELECT unnest([c.name, c.written]) AS form) w
          WHERE p.part <> '' AND (strpos(trim(w.form), ' ') > 0 OR regexp_matches(w.form, '^[A-Z]{{2,}}$'))
            -- a newspaper's masthead over its own page ("The Tarnby Courier") is an outlet, never a party's site
            AND NOT (regexp_matches(c.name, $outlet) AND NOT regexp_matches(c.name, $body))
            AND contains(lower(p.part), lower(w.form)) AND lower(p.part) <> lower(w.form)
            AND trim(regexp_replace(replace(lower(p.part), lower(w.form), ' '), $site, ' ', 'g')) = ''
        ), by_source AS (  -- a "Source:" line (the one label `ingest.metadata` reads) or a copyright line ("© 2026
          -- X", the page's owner) naming a party, or a body it reports on: not a news outlet, and named in another
          -- sentence that says something of it (not a masthead or a credit in brackets: "(Harbour Media)")
          SELECT n.doc_id, n.text AS publisher, n.name AS party FROM named n
          WHERE (regexp_matches(split_part({marked("n.sentence", "n.text")}, '{MARK}', 1), $source)
              OR regexp_matches(split_part({marked("n.sentence", "n.text")}, '{MARK}', 1), $owner))
            -- a news outlet's copyright ("© Tayport Courier Media Ltd") is no party's page, whatever it reports on
            AND NOT (regexp_matches(n.name, $outlet) AND NOT regexp_matches(n.name, $body))
            AND (EXISTS (SELECT 1 FROM cand c WHERE c.doc_id = n.doc_id AND c.name = n.name)
              OR (EXISTS (SELECT 1 FROM named o WHERE o.doc_id = n.doc_id AND o.name = n.name
                  AND o.sentence_start <> n.sentence_start AND length(trim(o.sentence)) > length(o.text) + 2
                  AND substr(o.sentence, o.start - o.sentence_start, 1) <> '(')))
        ), by_publisher AS (
          SELECT p.doc_id, p.publisher, c.name AS party,
            -- the name written whole ranks before one held in a longer name ("Zhuhai Municipal Health Bureau" is
            -- that bureau, not another place's "Health Bureau")
            CASE WHEN lower(c.name) = lower(p.part) OR lower(c.written) = lower(p.part) THEN 0 ELSE 1 END AS fit
          FROM parts p JOIN cand c USING (doc_id)
          WHERE p.part <> '' AND (lower(c.name) = lower(p.part) OR lower(c.written) = lower(p.part)
            OR (length(c.name) >= {PRESS_RELEASE_MIN_CHARS} AND contains(lower(p.part), lower(c.name)))
            OR (length(p.part) >= {PRESS_RELEASE_MIN_CHARS} AND contains(lower(c.name), lower(p.part))))
          UNION  -- a government's page on one of its own bodies: a government body of the same jurisdiction its
          -- headline or lead names, whose name names no place the publisher's does not (a city's portal is no
          -- province's commission; an embassy's page listing a regulator's memorandum is the embassy's)
          SELECT g.doc_id, g.publisher, c.name AS party, 2 AS fit FROM is_part g JOIN cand c USING (doc_id)
          JOIN named b ON b.doc_id = c.doc_id AND b.name = c.name AND b.org_type = 'government' AND b.up_front
          WHERE g.org_type = 'government' AND g.jurisdiction = b.jurisdiction AND g.jurisdiction <> 'unknown'
            AND NOT EXISTS (SELECT 1 FROM facts pl WHERE pl.kind = 'place' AND pl.doc_id = c.doc_id
              AND pl.name IS NOT NULL AND contains(lower(c.name), lower(pl.name))
              AND NOT contains(lower(g.publisher), lower(pl.name)))
        ), here AS (  -- "Here at X we...": X, or the first words of the name of a body the article names
          SELECT DISTINCT doc_id, regexp_extract(sentence, $before, 1) AS short FROM facts
          WHERE regexp_matches(sentence, $before)
        ), by_voice AS (  -- ... "X and our partners" (outside quotations): X speaking of itself; "X announced
          -- today" (outside quotations): X issuing the release
          SELECT n.doc_id, d.publisher, n.name AS party FROM named n JOIN documents d USING (doc_id)
          JOIN here h ON h.doc_id = n.doc_id AND (n.name = h.short OR n.text = h.short
            OR starts_with(n.name, h.short || ' '))
          UNION
          SELECT n.doc_id, d.publisher, n.name AS party FROM named n JOIN documents d USING (doc_id)
          WHERE NOT n.quoted AND (regexp_matches(substr(n.sentence, n."end" - n.sentence_start + 1), $after)
            OR regexp_matches(substr(n.sentence, n."end" - n.sentence_start + 1), $issuer))
        ), heads AS (  -- the head word of each body it reports on: the last word before any "of" ("University" of
          -- "University of Tarn", "Hospital" of "First Hospital of Tarn University"), for a public body
          SELECT DISTINCT doc_id, name, regexp_extract(split_part(name, ' of ', 1), '(\\w+)$', 1) AS head FROM cand
        ), house AS (  -- "The University has joined ...": the head word of the one body of that head it reports on,
          -- capitalised after "the" without the rest of its name in two sentences or more: its press office writing
          -- of its own body (news style writes "the university")
          SELECT h.doc_id, d.publisher, h.name AS party FROM heads h JOIN documents d USING (doc_id)
          WHERE regexp_matches(h.head, $body)
            AND (SELECT count(*) FROM heads o WHERE o.doc_id = h.doc_id AND o.head = h.head) = 1
            AND (SELECT count(*) FROM (SELECT DISTINCT sentence_start, sentence FROM facts s WHERE s.doc_id = h.doc_id)
              WHERE regexp_matches(replace(sentence, h.name, ''), '(?:^|\\W)[Tt]he ' || h.head || '(?:\\W|$)')) >= 2
        ), found AS (  -- `direct`: the page says itself it is the party's, whatever outlet words its site uses
          SELECT doc_id, publisher, party, 0 AS how, false AS direct, fit FROM by_publisher
          UNION ALL SELECT doc_id, publisher, party, 0 AS how, true AS direct, 0 AS fit FROM own_site
          UNION ALL SELECT doc_id, publisher, party, 0 AS how, true AS direct, 0 AS fit FROM by_source
          UNION ALL SELECT doc_id, publisher, party, 1 AS how, false AS direct, 0 AS fit FROM by_voice
          UNION ALL SELECT doc_id, publisher, party, 1 AS how, false AS direct, 1 AS fit FROM house
        )
        SELECT f.doc_id, arg_min(f.publisher, (f.how, NOT f.direct, f.fit, f.party, f.publisher)) AS publisher,
          arg_min(f.party, (f.how, NOT f.direct, f.fit, f.party)) AS party, min(f.how) = 1 AS by_voice
        FROM found f JOIN scope_docs g USING (doc_id) WHERE g.canonical
          AND (f.direct OR f.doc_id NOT IN (SELECT doc_id FROM outlets))
        GROUP BY f.doc_id"""


def _press_params() -> dict[str, str]:
    return {
        "parts": PUBLISHER_PARTS,
        "issuer": issuer_pattern(),
        "site": site_pattern(),
        "source": source_pattern(),
        "owner": owner_pattern(),
        **outlet_patterns(),
        **own_voice(),
    }


@lru_cache(maxsize=1)
def site_pattern() -> str:
    """RE2: the words of a body's own news pages (`own_site_words.txt`), a leading "the", and what is not a word: what
    a publisher's name may hold besides the body's name for the page to be the body's own."""
    return rf"(?i)\b(?:the|{alternation('own_site_words.txt')})\b|[^\w]+"


def source_pattern() -> str:
    """RE2: a "Source:" label anywhere in a line, or one opening it ("From:"), the labels `ingest.metadata` reads a
    publisher from, ending the text before a name. A fact's sentence has its runs of spaces written as one, so the
    label's wide spacing before it is any space."""
    return "(?i)(?:" + SOURCE_LABEL.pattern.replace(r"\s{2,}", r"\s") + "|" + SOURCE_START.pattern + ")$"


@lru_cache(maxsize=1)
def owner_pattern() -> str:
    """RE2: a copyright line's mark (`copyright_marks.txt`) and its years, at the start of a line, after a bar or
    after a sentence, ending the text before a name ("© 2026 Northvale University"): the name of the page's owner,
    not a credit inside a caption ("Photo © X")."""
    marks = "|".join(f"(?:{m})" for m in read_lines("copyright_marks.txt"))
    years = r"(?:\d{4}(?:\s*[-–]\s*\d{2,4})?[\s,]*)*"
    return rf"(?i)(?:^|[|.]\s*|\s{{2,}})(?:(?:{marks})\s*)+{years}(?:the\s+)?$"


PUBLIC_BODY_TYPES = ("university", "hospital", "government")
"""Types of the bodies whose own news pages carry outlet words ("Northvale University News", "Harbour City Council
Press Office"): a publisher named by one of their head words is that body, not a news outlet."""


@lru_cache(maxsize=1)
def outlet_patterns() -> dict[str, str]:
    """RE2 patterns of a publisher's name that names a news outlet (`outlet`: a word of `news_outlet_words.txt`,
    "Harbour Daily", "WESTMOOR COURIER") and of one that names a public body (`body`: a head word of
    `org_types.tsv` of a `PUBLIC_BODY_TYPES` type, "Northvale University News")."""
    heads = sorted((h for h, t in table("org_types.tsv") if t in PUBLIC_BODY_TYPES), key=len, reverse=True)
    return {
        "outlet": rf"(?i)\b(?:{alternation('news_outlet_words.txt')})\b",
        "body": rf"(?i)\b(?:{'|'.join(re.escape(h) for h in heads)})\b",
    }


@lru_cache(maxsize=1)
def issuer_pattern() -> str:
    """The words after a body's name that make it the issuer of the release the page carries
    (`release_issuer_words.txt`: "... announced today (May 2)"), as an RE2 pattern anchored after the name."""
    return "(?i)^(?:" + "|".join(f"(?:{p})" for p in read_lines("release_issuer_words.txt")) + ")"


def press_releases(store: Store, limit: int | None = None) -> list[dict]:
    """The parties' own pages: articles published by a party of a partnership they report or by a body their
    headline or lead names (the publisher line, or one of its names split at "/", "|" or ";", is that body's name,
    its acronym as written, or holds it; a government publisher, a government body of its jurisdiction), or
    written in a body's own voice (`own_voice.tsv`: "Here at X we...", "X and our partners"; its head word alone
    capitalised in two sentences, as its press office writes: "The University has joined ...") or issued in its name
    (`release_issuer_words.txt`: "X announced today"), or published on a party's own news pages (its name and the
    words of `own_site_words.txt`: "Kestrel Biotech News"), or carrying a "Source:" line or a copyright line
    (`owner_pattern`: "© 2025 X") that names a party, or a body it reports on (not a news outlet, and named in
    another sentence that says something of it); never one a news outlet publishes (`news_outlet_words.txt`)
    unless it names a party as its source or owner that way.
    Rows: doc_id, publisher (None when the page names none), the party, `by_voice` (found by its voice only); a
    group of republished copies once, by its canonical article. The first `limit` by doc_id (all when None)."""
    return store.rows(
        f"{_press_releases_sql()} ORDER BY f.doc_id{' LIMIT $limit' if limit is not None else ''}",
        {**_press_params(), **({"limit": limit} if limit is not None else {})},
    )


def releases_of(store: Store, doc_ids: list[str]) -> dict[str, str]:
    """{doc_id: the party whose own page it is} of the articles `doc_ids` that `press_releases` finds."""
    if not doc_ids:
        return {}
    rows = store.rows(f"{_press_releases_sql(only=True)}", {**_press_params(), "docs": list(doc_ids)})
    return {r["doc_id"]: r["party"] for r in rows}


def first_press_releases(store: Store, limit: int) -> tuple[int, list[dict]]:
    """How many articles `press_releases` finds and the first `limit` of them. The search reads every organisation
    fact of the corpus, so it runs once per store (temporary table `press_releases_found`), however often a report
    asks."""
    if "press_releases_found" not in store.tables(temporary=True):
        store.create("press_releases_found", _press_releases_sql(), _press_params())
    rows = store.rows(
        "SELECT *, count(*) OVER () AS _total FROM press_releases_found ORDER BY doc_id LIMIT $limit", {"limit": limit}
    )
    return (rows[0]["_total"] if rows else 0), [{k: v for k, v in r.items() if k != "_total"} for r in rows]


def n_press_releases(store: Store) -> int:
    """How many articles `press_releases` finds."""
    return store.value(f"SELECT count(*) FROM ({_press_releases_sql()})", _press_params())


def _undated_sql() -> str:
    return """SELECT d.doc_id FROM documents d LEFT JOIN scope_docs g USING (doc_id)
            WHERE d.published IS NULL AND coalesce(g.canonical, TRUE)"""


def undated(store: Store, limit: int | None = None) -> list[str]:
    """Articles whose text states no publication date (a group of republished copies once, by its canonical
    article); the first `limit` by doc_id (all when None)."""
    return [
        r["doc_id"]
        for r in store.rows(
            f"{_undated_sql()} ORDER BY d.doc_id{' LIMIT ?' if limit is not None else ''}",
            [limit] if limit is not None else [],
        )
    ]


def undated_latest(store: Store) -> dict | None:
    """The latest step an undated article reports as done, with its year written (needs `step_dates`,
    `timeline.register_dates`; a "February 5th" whose year is read from the article's other dates is a guess): its
    `doc_id`, `fact_id` and `date`; what the articles that give no date were written after ("the events they report
    run to March 2025"). None when no undated article dates a step."""
    rows = store.rows(
        f"""SELECT s.doc_id, s.fact_id, s.date FROM step_dates s JOIN ({_undated_sql()}) u USING (doc_id)
        WHERE NOT s.plan AND NOT s.inferred ORDER BY s.date DESC, s.doc_id, s.start, s.fact_id LIMIT 1"""
    )
    return rows[0] if rows else None


def n_undated(store: Store) -> int:
    """How many articles `undated` finds."""
    return store.value(f"SELECT count(*) FROM ({_undated_sql()})")


def publishers(store: Store, limit: int) -> list[dict]:
    """Publishers by the distinct articles they published (a group of republished copies once; the one
    ranking). One publisher whatever the case its name is written in ("NORTHVALE POST", "Northvale Post"),
    named as most of its articles write it (mixed case before capitals when they tie). A line naming two publishers
    one of which publishes another article on its own ("Kelby Health Department and Tarn Embassy" beside "Kelby
    Health Department") counts for each of the two. `doc_id`: the first distinct article whose line names it."""
    return store.rows(
        """WITH lines AS (
          SELECT lower(d.publisher) AS id, d.publisher, coalesce(g.group_id, d.doc_id) AS grp, d.doc_id,
            coalesce(g.canonical, false) AS canonical
          FROM documents d LEFT JOIN scope_docs g USING (doc_id) WHERE d.publisher IS NOT NULL
        ), joint AS (  -- the publisher line of an article that opens with another article's publisher and "and"
          SELECT l.doc_id, l.publisher, arg_max(k.publisher, (length(k.publisher), k.publisher)) AS first
          FROM lines l JOIN (SELECT DISTINCT publisher FROM lines) k
            ON starts_with(l.id, lower(k.publisher) || ' and ') AND length(l.publisher) > length(k.publisher) + 5
          GROUP BY l.doc_id, l.publisher
        ), p AS (
          SELECT * FROM lines l ANTI JOIN joint j USING (doc_id)
          UNION ALL SELECT lower(j.first), j.first, l.grp, l.doc_id, l.canonical
          FROM joint j JOIN lines l USING (doc_id)
          UNION ALL SELECT lower(substr(j.publisher, length(j.first) + 6)), substr(j.publisher, length(j.first) + 6),
            l.grp, l.doc_id, l.canonical
          FROM joint j JOIN lines l USING (doc_id)
        ), spelled AS (
          SELECT id, publisher, count(*) AS k FROM p GROUP BY id, publisher
        ), named AS (
          SELECT id, arg_max(publisher, (k, publisher <> upper(publisher), publisher)) AS label FROM spelled GROUP BY id
        )
        SELECT p.id, n.label, count(DISTINCT p.grp) AS n, min(p.doc_id) FILTER (WHERE p.canonical) AS doc_id
        FROM p JOIN named n USING (id)
        GROUP BY p.id, n.label ORDER BY n DESC, lower(n.label), n.label LIMIT ?""",
        [limit],
    )
