"""Near-duplicate groups in the engine: copies folded, distinct articles kept apart, canonical article chosen."""

import numpy as np
import press_releases as pr
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from analysis.ingest.signature import BANDS, NUM_PERM, band_keys, text_signature
from analysis.query.duplicates import FoldedGroup, _flatten, _union, folded_groups, group_duplicates
from analysis.query.store import Store

SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("published", pa.string()),
        ("n_chars", pa.int64()),
        ("bands", pa.list_(pa.int64())),
        ("signature", pa.list_(pa.uint32())),
    ]
)


def _row(doc_id, text=None, *, signature=None, published=None, n_chars=None):
    """A documents row from a text (its signature computed) or from a hand-made signature."""
    if text is not None:
        sig = text_signature(text)
    else:
        sig = {"signature": signature, "bands": band_keys([signature])[0].tolist() if signature else []}
    size = n_chars if n_chars is not None else len(text or "")
    return {"doc_id": doc_id, "published": published, "n_chars": size, **sig}


def _store(tmp_path, rows, schema=SCHEMA, **kw):
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), tmp_path / "docs.parquet")
    pq.write_table(pa.Table.from_pylist([{"doc_id": "x"}]), tmp_path / "facts.parquet")
    return Store(tmp_path / "facts.parquet", tmp_path / "docs.parquet", **kw)


def _groups(store):
    """{group_id: sorted members} for the groups of two or more."""
    out = {}
    for r in store.rows("SELECT doc_id, group_id FROM doc_groups ORDER BY doc_id"):
        out.setdefault(r["group_id"], []).append(r["doc_id"])
    return {g: m for g, m in out.items() if len(m) > 1}


def _base(seed: int) -> list[int]:
    """A hand-made signature whose values no other seed shares."""
    return [seed * 1000 + i for i in range(NUM_PERM)]


def _changed(sig: list[int], positions: range, seed: int) -> list[int]:
    out = list(sig)
    for i in positions:
        out[i] = 10**9 + seed * 1000 + i
    return out


def _with(index: int, paragraph: str) -> list[str]:
    body = list(pr.BODY)
    body[index] = paragraph
    return body


def _corpus():
    return [
        _row("a-wire", pr.training(), published="2025-03-14"),
        _row("b-title", pr.training(title="Haixin nurses head to Port Averly wards"), published="2025-03-15"),
        _row("c-dateline", pr.training(dateline=pr.DATELINE), published="2025-03-15"),
        _row("d-footer", pr.training(footer=pr.OTHER_FOOTER), published="2025-03-16"),
        _row("e-line", pr.training(body=_with(2, pr.BODY[2].replace("1.2 million", "1.3 million")))),
        _row("f-paragraph", pr.training(body=_with(3, pr.CHANGED_PARAGRAPH)), published="2025-03-20"),
        _row("g-telehealth", pr.telehealth(), published="2025-03-14"),
        _row("i-brief", "Port Averly hospital signs training letter with Haixin."),
        _row("j-brief", "Port Averly hospital signs training letter with Haixin."),
    ]


def test_republished_copies_fold_and_distinct_articles_sharing_text_do_not(tmp_path):
    with _store(tmp_path, _corpus()) as s:
        found = group_duplicates(s)
        assert _groups(s) == {"a-wire": ["a-wire", "b-title", "c-dateline", "d-footer", "e-line", "f-paragraph"]}
        assert (found.articles, found.groups, found.folded) == (9, 4, 5)
        assert s.rows("SELECT * FROM doc_groups WHERE doc_id IN ('a-wire', 'g-telehealth', 'i-brief')") == [
            {"doc_id": "a-wire", "group_id": "a-wire", "canonical_doc_id": "a-wire", "group_size": 6},
            {"doc_id": "g-telehealth", "group_id": "g-telehealth", "canonical_doc_id": "g-telehealth", "group_size": 1},
            {"doc_id": "i-brief", "group_id": "i-brief", "canonical_doc_id": "i-brief", "group_size": 1},
        ]


def test_five_copies_of_a_corpus_give_the_groups_of_one_copy_plus_four(tmp_path):
    """Short texts stay apart by design (byte-identical files are already dropped when a folder is loaded)."""
    one = [r for r in _corpus() if r["signature"]]
    five = [dict(r, doc_id=f"{r['doc_id']}~{k}" if k else r["doc_id"]) for k in range(5) for r in one]
    with _store(tmp_path, one) as s:
        group_duplicates(s)
        single = s.rows("SELECT doc_id, group_id, canonical_doc_id FROM doc_groups ORDER BY doc_id")
    (tmp_path / "five").mkdir()
    with _store(tmp_path / "five", five) as s:
        found = group_duplicates(s)
        rows = s.rows("SELECT doc_id, group_id, canonical_doc_id, group_size FROM doc_groups ORDER BY doc_id")
    assert found.groups == len({r["group_id"] for r in single}) == 2
    by_id = {r["doc_id"]: r for r in rows}
    for r in single:
        size = 5 * sum(1 for q in single if q["group_id"] == r["group_id"])
        for k in range(5):
            copy = by_id[f"{r['doc_id']}~{k}" if k else r["doc_id"]]
            assert (copy["group_id"], copy["canonical_doc_id"], copy["group_size"]) == (
                r["group_id"],
                r["canonical_doc_id"],
                size,
            )


def test_each_member_of_a_bucket_is_linked_to_one_representative_not_to_every_other(tmp_path):
    rows = [_row(f"copy{i:03d}", signature=_base(1), published="2025-01-01", n_chars=100) for i in range(60)]
    with _store(tmp_path, rows) as s:
        found = group_duplicates(s)
        assert (found.candidate_links, found.kept_links, found.groups) == (59, 59, 1)
        assert s.value("SELECT DISTINCT canonical_doc_id FROM doc_groups") == "copy000"


def test_a_band_shared_below_the_threshold_links_nothing(tmp_path):
    near = _changed(_base(1), range(4, NUM_PERM), 2)  # band 0 equal, Jaccard 4/128
    with _store(tmp_path, [_row("p", signature=_base(1)), _row("q", signature=near)]) as s:
        found = group_duplicates(s)
        assert (found.candidate_links, found.kept_links, found.groups) == (1, 0, 2)
        assert _groups(s) == {}


def test_the_threshold_is_a_parameter(tmp_path):
    near = _changed(_base(1), range(0, 56), 2)  # Jaccard 72/128 = 0.5625
    with _store(tmp_path, [_row("p", signature=_base(1)), _row("q", signature=near)]) as s:
        assert group_duplicates(s).groups == 1
        assert group_duplicates(s, threshold=0.6).groups == 2
        assert _groups(s) == {}


def test_copies_of_copies_join_one_group(tmp_path):
    a = _base(1)
    b = _changed(a, range(0, 48), 2)  # a ~ b: 80/128
    c = _changed(b, range(64, 112), 3)  # b ~ c: 80/128, but a ~ c: 32/128
    with _store(tmp_path, [_row("a", signature=a), _row("b", signature=b), _row("c", signature=c)]) as s:
        group_duplicates(s)
        assert _groups(s) == {"a": ["a", "b", "c"]}


def test_short_texts_and_missing_signatures_are_never_folded(tmp_path):
    rows = [_row("brief1", "Talks resume."), _row("brief2", "Talks resume."), _row("blank", "")]
    rows.append({"doc_id": "none", "published": None, "n_chars": 0, "bands": None, "signature": None})
    with _store(tmp_path, rows) as s:
        found = group_duplicates(s)
        assert (found.articles, found.groups, found.candidate_links) == (4, 4, 0)
        assert s.rows("SELECT doc_id, group_size FROM doc_groups ORDER BY doc_id") == [
            {"doc_id": "blank", "group_size": 1},
            {"doc_id": "brief1", "group_size": 1},
            {"doc_id": "brief2", "group_size": 1},
            {"doc_id": "none", "group_size": 1},
        ]


def _canonical_cases():
    """Four groups of identical signatures; in each, the hand-picked canonical article and why."""
    return [
        # dated before undated, even when the undated one is longer and first by doc_id
        _row("d1-undated", signature=_base(1), published=None, n_chars=9000),
        _row("d2-dated", signature=_base(1), published="2025-06-01", n_chars=100),
        # earliest date; a partial date sorts before the full dates of its month
        _row("e1-late", signature=_base(2), published="2025-06-02", n_chars=500),
        _row("e2-early", signature=_base(2), published="2025-05-31", n_chars=500),
        _row("e3-month", signature=_base(2), published="2025-05", n_chars=500),
        # same date: the longest
        _row("l1-short", signature=_base(3), published="2025-06-01", n_chars=400),
        _row("l2-long", signature=_base(3), published="2025-06-01", n_chars=800),
        # same date and length (or none): the smallest doc_id
        _row("t2", signature=_base(4), published=None, n_chars=300),
        _row("t1", signature=_base(4), published=None, n_chars=300),
        _row("t3", signature=_base(4), published="", n_chars=300),
    ]


def test_the_canonical_article_is_the_earliest_then_the_longest_then_the_first_by_doc_id(tmp_path):
    with _store(tmp_path, _canonical_cases()) as s:
        group_duplicates(s)
        got = s.rows("SELECT DISTINCT group_id, canonical_doc_id, group_size FROM doc_groups ORDER BY group_id")
    assert got == [
        {"group_id": "d1-undated", "canonical_doc_id": "d2-dated", "group_size": 2},
        {"group_id": "e1-late", "canonical_doc_id": "e3-month", "group_size": 3},
        {"group_id": "l1-short", "canonical_doc_id": "l2-long", "group_size": 2},
        {"group_id": "t1", "canonical_doc_id": "t1", "group_size": 3},
    ]


def test_a_published_column_of_dates_is_ordered_the_same_way(tmp_path):
    import datetime

    schema = SCHEMA.set(SCHEMA.get_field_index("published"), pa.field("published", pa.date32()))
    rows = [
        _row("a", signature=_base(1), published=None),
        _row("b", signature=_base(1), published=datetime.date(2025, 6, 2)),
        _row("c", signature=_base(1), published=datetime.date(2025, 6, 1)),
    ]
    with _store(tmp_path, rows, schema=schema) as s:
        group_duplicates(s)
        assert s.value("SELECT DISTINCT canonical_doc_id FROM doc_groups") == "c"


def test_folded_groups_list_the_canonical_and_the_others_in_order(tmp_path):
    with _store(tmp_path, _canonical_cases() + [_row("z-alone", signature=_base(9))]) as s:
        group_duplicates(s)
        assert folded_groups(s) == [
            FoldedGroup("e1-late", "e3-month", 3, ["e2-early", "e1-late"]),
            FoldedGroup("t1", "t1", 3, ["t2", "t3"]),
            FoldedGroup("d1-undated", "d2-dated", 2, ["d1-undated"]),
            FoldedGroup("l1-short", "l2-long", 2, ["l1-short"]),
        ]
        assert folded_groups(s, limit=1, max_others=1) == [FoldedGroup("e1-late", "e3-month", 3, ["e2-early"])]


def test_doc_groups_has_one_row_per_article_in_doc_id_order_whatever_the_threads(tmp_path):
    rows = _corpus()[::-1]
    tables = []
    for threads in (1, 2):
        with _store(tmp_path, rows, threads=threads) as s:
            group_duplicates(s)
            group_duplicates(s)  # a second run replaces the table
            tables.append(s.con.execute("SELECT * FROM doc_groups").fetchall())
    assert tables[0] == tables[1]
    assert [r[0] for r in tables[0]] == sorted(r["doc_id"] for r in rows)


def test_the_links_are_found_in_chunks(tmp_path):
    rows = [_row(f"c{i}", signature=_base(i % 3), n_chars=i) for i in range(30)]
    with _store(tmp_path, rows) as s:
        group_duplicates(s, chunk_rows=2)
        by_chunks = s.rows("SELECT * FROM doc_groups ORDER BY doc_id")
        group_duplicates(s)
        assert s.rows("SELECT * FROM doc_groups ORDER BY doc_id") == by_chunks
        assert _groups(s) == {
            "c0": sorted(f"c{i}" for i in range(0, 30, 3)),
            "c1": sorted(f"c{i}" for i in range(1, 30, 3)),
            "c11": sorted(f"c{i}" for i in range(2, 30, 3)),  # the smallest doc_id names the group
        }


def test_a_doc_id_twice_is_an_error(tmp_path):
    with _store(tmp_path, [_row("same", signature=_base(1)), _row("same", signature=_base(2))]) as s:
        with pytest.raises(ValueError, match="'same' occurs more than once"):
            group_duplicates(s)


def test_bands_count_matches_the_signature_module():
    assert len(band_keys([_base(1)])[0]) == BANDS


def _components(n, a, b):
    """A plain union-find: each node's root is the smallest node of its component."""
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    for x, y in zip(a, b):
        rx, ry = find(x), find(y)
        parent[max(rx, ry)] = min(rx, ry)
    return [find(x) for x in range(n)]


@pytest.mark.parametrize("seed", range(5))
def test_the_union_find_finds_the_components_of_links_given_in_chunks(seed):
    rng = np.random.default_rng(seed)
    n, m = 300, 250
    a, b = rng.integers(0, n, m), rng.integers(0, n, m)
    parent = np.arange(n, dtype=np.int64)
    for start in range(0, m, 37):
        _union(parent, a[start : start + 37], b[start : start + 37])
    assert _flatten(parent).tolist() == _components(n, a.tolist(), b.tolist())


def test_a_long_chain_of_links_is_joined_in_few_steps():
    """Links (i, i + 1) from the end of the chain hook every node under the next one in a single round."""
    n = 20_000
    a = np.arange(n - 2, -1, -1)
    parent = np.arange(n, dtype=np.int64)
    _union(parent, a, a + 1)
    assert set(_flatten(parent).tolist()) == {0}
