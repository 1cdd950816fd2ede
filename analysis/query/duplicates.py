"""Near-duplicate articles (a press release republished by several outlets) grouped in the engine, in linear time.

Input: the store's `documents` view with `doc_id`, `published` (ISO date, partial date or null), `n_chars`,
`bands` (the LSH band keys) and `signature` (the MinHash values), both as made by
`analysis.ingest.signature.text_signature`. An article without band keys (a short text) is a group of one.

1. Candidates: articles with an equal key in the same band share a bucket. Each member of a bucket is linked
   to ONE representative, the bucket's first article by doc_id, never to every other member: a text copied
   10,000 times costs 10,000 links, not 50 million pairs. There are at most articles × `BANDS` links.
2. A link is kept when the two signatures' estimated Jaccard (share of equal positions) is at least
   `THRESHOLD`: a bucket shared by chance, or through a common paragraph or footer, links nothing.
3. Groups are the connected components of the kept links (single linkage: A ~ B and B ~ C group A with C),
   found by union-find over the kept links fetched from the engine in chunks of `CHUNK_ROWS`.
Memory: the bucket rows (13 bytes per article and band, 416 bytes an article), the links (8 bytes each, at
most 32 an article) and the signatures of the links' ends stay in DuckDB, which spills them to disk past the
store's memory limit. Outside the engine: one int64 parent per article (8 MB per million articles) and one
chunk of links (16 MB at `CHUNK_ROWS`).
A member of a group is linked to the group through any bucket whose representative is a copy; an unrelated
article that lands in one of the group's buckets and is its representative only cuts that one bucket's
links, and the group's other buckets (a copy shares 13 of the 32 on average at Jaccard 0.8, 4 at 0.6)
still join it.

Each group's id is its smallest doc_id (independent of dates, so stable while its members are). Its
canonical article is the one to cite: the earliest `published` (undated last; a partial date such as
"2024-05" sorts before the full dates of that month), then the longest `n_chars`, then the smallest doc_id.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyarrow as pa

from analysis.ingest.signature import THRESHOLD
from analysis.query.store import Store

CHUNK_ROWS = 1_000_000
"""Kept links fetched from the engine at a time by the union-find."""

ORDER = "NULLIF(CAST(published AS VARCHAR), '') ASC NULLS LAST, n_chars DESC NULLS LAST, doc_id ASC"
"""The canonical order within a group: earliest date, undated last, then longest, then smallest doc_id."""


@dataclass(frozen=True)
class Grouping:
    """What `group_duplicates` found: articles, groups (articles once copies are folded) and links."""

    articles: int
    groups: int
    candidate_links: int
    kept_links: int

    @property
    def folded(self) -> int:
        """Articles counted in another article's group: `articles - groups`."""
        return self.articles - self.groups


@dataclass(frozen=True)
class FoldedGroup:
    """A group of two or more copies: the canonical article and the others in canonical order."""

    group_id: str
    canonical_doc_id: str
    group_size: int
    others: list[str]


def _value(con, sql: str):
    """The one value of a one-row query, its result read to the end (DuckDB blocks streaming otherwise)."""
    return con.execute(sql).fetchall()[0][0]


DEEP = 16
"""Steps of a root search after which the whole parent array is flattened (a chain of hooks stays cheap)."""


def _flatten(parent: np.ndarray) -> np.ndarray:
    """Every node pointing at its root, by pointer jumping over the whole array."""
    while True:
        up = parent[parent]
        if np.array_equal(up, parent):
            return parent
        parent = up


def _roots(parent: np.ndarray, x: np.ndarray) -> np.ndarray:
    r = parent[x]
    for _ in range(DEEP):
        up = parent[r]
        if np.array_equal(up, r):
            return r
        r = up
    parent[:] = _flatten(parent)
    return parent[x]


def _union(parent: np.ndarray, a: np.ndarray, b: np.ndarray) -> None:
    """Join the components of every pair (a[i], b[i]) in `parent` (in place). A root only ever points to a
    smaller root, so each component's root is its smallest node. Rounds of hooking until every pair shares a
    root; the nodes looked up point straight at their roots afterwards."""
    while a.size:
        ra, rb = _roots(parent, a), _roots(parent, b)
        parent[a], parent[b] = ra, rb
        split = ra != rb
        lo, hi = np.minimum(ra, rb)[split], np.maximum(ra, rb)[split]
        np.minimum.at(parent, hi, lo)
        a, b = lo, hi


def group_duplicates(store: Store, *, threshold: float = THRESHOLD, chunk_rows: int = CHUNK_ROWS) -> Grouping:
    """Group the store's documents into near-duplicate groups and register the table `doc_groups`
    (doc_id, group_id, canonical_doc_id, group_size), one row per article in doc_id order, on the store's
    connection. Replaces an earlier `doc_groups`. Raises ValueError if a doc_id occurs twice."""
    con = store.con
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _dup_nodes AS SELECT doc_id, "
        "(row_number() OVER (ORDER BY doc_id) - 1)::INTEGER AS node FROM documents"
    )
    n = _value(con, "SELECT count(*) FROM _dup_nodes")
    twice = _value(con, "SELECT min(doc_id) FROM (SELECT doc_id FROM _dup_nodes GROUP BY doc_id HAVING count(*) > 1)")
    if twice is not None:
        raise ValueError(f"doc_id {twice!r} occurs more than once in the documents table")
    # buckets: (band, key) -> its members; each member is linked to the bucket's smallest node
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE _dup_links AS
        WITH b AS MATERIALIZED (
            SELECT n.node, u.band, u.key
            FROM (
                SELECT doc_id, generate_subscripts(bands, 1)::UTINYINT AS band, unnest(bands) AS key FROM documents
            ) u
            JOIN _dup_nodes n USING (doc_id)
        ),
        r AS (SELECT band, key, min(node) AS rep FROM b GROUP BY band, key HAVING count(*) > 1)
        SELECT DISTINCT b.node AS a, r.rep AS b FROM b JOIN r USING (band, key) WHERE b.node <> r.rep
        """
    )
    # the signatures of the links' ends only, then the links whose two signatures agree often enough
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE _dup_signatures AS
        SELECT n.node, d.signature FROM documents d JOIN _dup_nodes n USING (doc_id)
        WHERE d.doc_id IN (
            SELECT doc_id FROM _dup_nodes WHERE node IN (SELECT a FROM _dup_links UNION SELECT b FROM _dup_links)
        ) AND len(d.signature) > 0
        """
    )
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE _dup_kept AS
        -- no condition on the two signatures but the similarity: an equality there (of their lengths, say)
        -- makes the planner join every signature with every other before the links
        SELECT l.a, l.b FROM _dup_links l
        JOIN _dup_signatures sa ON sa.node = l.a JOIN _dup_signatures sb ON sb.node = l.b
        WHERE list_sum(list_transform(list_zip(sa.signature, sb.signature), lambda p: (p[1] = p[2])::INT))
              >= ? * len(sa.signature)
        """,
        [threshold],
    )
    candidates = _value(con, "SELECT count(*) FROM _dup_links")
    kept = _value(con, "SELECT count(*) FROM _dup_kept")
    con.execute("DROP TABLE _dup_signatures")

    parent = np.arange(n, dtype=np.int64)
    con.complete()  # a result left unread on the connection would block the streamed query
    for batch in store.batches("SELECT a, b FROM _dup_kept", rows=chunk_rows):
        a = batch.column(0).to_numpy().astype(np.int64, copy=False)
        b = batch.column(1).to_numpy().astype(np.int64, copy=False)
        _union(parent, a, b)
    parent = _flatten(parent)
    moved = np.flatnonzero(parent != np.arange(n, dtype=np.int64))
    con.register("_dup_moved_arrow", pa.table({"node": moved, "root": parent[moved]}))
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE doc_groups AS
        WITH m AS (
            SELECT n.doc_id, coalesce(v.root, n.node) AS root, d.published, d.n_chars
            FROM _dup_nodes n LEFT JOIN _dup_moved_arrow v USING (node) JOIN documents d USING (doc_id)
        ),
        g AS (
            SELECT doc_id, root, count(*) OVER (PARTITION BY root) AS group_size,
                   first_value(doc_id) OVER (PARTITION BY root ORDER BY {ORDER}) AS canonical_doc_id
            FROM m
        )
        SELECT g.doc_id, r.doc_id AS group_id, g.canonical_doc_id, g.group_size::BIGINT AS group_size
        FROM g JOIN _dup_nodes r ON r.node = g.root
        ORDER BY g.doc_id
        """
    )
    con.unregister("_dup_moved_arrow")
    for name in ("_dup_kept", "_dup_links", "_dup_nodes"):
        con.execute(f"DROP TABLE {name}")
    groups = n - int(moved.size)
    return Grouping(articles=n, groups=groups, candidate_links=candidates, kept_links=kept)


def folded_groups(store: Store, *, limit: int | None = None, max_others: int | None = None) -> list[FoldedGroup]:
    """The groups of two or more articles in `doc_groups` (made by `group_duplicates`), largest first, then by
    canonical doc_id; the others of each group in canonical order, at most `max_others` of them (group_size
    still counts all). At most `limit` groups."""
    rows = store.rows(
        f"""
        WITH top AS (
            SELECT group_id, any_value(canonical_doc_id) AS canonical_doc_id, any_value(group_size) AS group_size
            FROM doc_groups WHERE group_size > 1 GROUP BY group_id
            ORDER BY group_size DESC, canonical_doc_id, group_id
            {"LIMIT ?" if limit is not None else ""}
        ),
        members AS (
            SELECT t.*, d.doc_id, d.published, d.n_chars
            FROM top t JOIN doc_groups g USING (group_id) JOIN documents d ON d.doc_id = g.doc_id
            WHERE g.doc_id <> t.canonical_doc_id
        )
        SELECT group_id, canonical_doc_id, group_size, list(doc_id ORDER BY {ORDER}) AS others
        FROM members GROUP BY group_id, canonical_doc_id, group_size
        ORDER BY group_size DESC, canonical_doc_id, group_id
        """,
        [limit] if limit is not None else [],
    )
    return [
        FoldedGroup(
            group_id=r["group_id"],
            canonical_doc_id=r["canonical_doc_id"],
            group_size=int(r["group_size"]),
            others=list(r["others"])[:max_others] if max_others is not None else list(r["others"]),
        )
        for r in rows
    ]
