"""The corpus itself, for the overview report: its articles with what each states about itself, the strands,
the near-duplicate groups, press releases of the cooperating parties, undated articles, and how much of the
corpus one article contributes. Corpus statistics belong here, not among a report's findings.
"""

from __future__ import annotations

from analysis.query.store import Store

PRESS_RELEASE_MIN_CHARS = 6
"""Shortest name compared when a publisher is matched to a party ("NHS" alone matches nothing by containment)."""


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


def strand_counts(store: Store) -> list[dict]:
    """Articles per strand (each group of near-duplicates once)."""
    return store.rows(
        """SELECT s.strand AS id, count(DISTINCT coalesce(g.group_id, s.doc_id)) AS n
        FROM strands s LEFT JOIN scope_docs g USING (doc_id) GROUP BY s.strand ORDER BY n DESC, id"""
    )


def _press_releases_sql() -> str:
    return f"""WITH p AS (
          SELECT f.doc_id, unnest(f.parties) AS party FROM facts f WHERE f.kind = 'partnership'
        )
        SELECT d.doc_id, d.publisher, min(p.party) AS party
        FROM documents d JOIN p USING (doc_id) JOIN scope_docs g USING (doc_id)
        WHERE g.canonical AND d.publisher IS NOT NULL AND (
          lower(p.party) = lower(d.publisher)
          OR (length(p.party) >= {PRESS_RELEASE_MIN_CHARS} AND contains(lower(d.publisher), lower(p.party)))
          OR (length(d.publisher) >= {PRESS_RELEASE_MIN_CHARS} AND contains(lower(p.party), lower(d.publisher))))
        GROUP BY d.doc_id, d.publisher"""


def press_releases(store: Store, limit: int | None = None) -> list[dict]:
    """Articles published by one of the parties of a partnership they report (the cooperating parties' own
    press releases): doc_id, publisher, the party; a group of republished copies once, by its canonical article.
    The first `limit` by doc_id (all when None)."""
    return store.rows(
        f"{_press_releases_sql()} ORDER BY d.doc_id{' LIMIT ?' if limit is not None else ''}",
        [limit] if limit is not None else [],
    )


def n_press_releases(store: Store) -> int:
    """How many articles `press_releases` finds."""
    return store.value(f"SELECT count(*) FROM ({_press_releases_sql()})")


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


def n_undated(store: Store) -> int:
    """How many articles `undated` finds."""
    return store.value(f"SELECT count(*) FROM ({_undated_sql()})")


def publishers(store: Store, limit: int) -> list[dict]:
    """Publishers by the distinct articles they published (a group of republished copies once; the one
    ranking). One publisher whatever the case its name is written in ("NORTHVALE POST", "Northvale Post"),
    named as most of its articles write it (mixed case before capitals when they tie)."""
    return store.rows(
        """WITH p AS (
          SELECT lower(d.publisher) AS id, d.publisher, coalesce(g.group_id, d.doc_id) AS grp
          FROM documents d LEFT JOIN scope_docs g USING (doc_id) WHERE d.publisher IS NOT NULL
        ), spelled AS (
          SELECT id, publisher, count(*) AS k FROM p GROUP BY id, publisher
        ), named AS (
          SELECT id, arg_max(publisher, (k, publisher <> upper(publisher), publisher)) AS label FROM spelled GROUP BY id
        )
        SELECT p.id, n.label, count(DISTINCT p.grp) AS n FROM p JOIN named n USING (id)
        GROUP BY p.id, n.label ORDER BY n DESC, lower(n.label), n.label LIMIT ?""",
        [limit],
    )
