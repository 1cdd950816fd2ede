"""The facts store answers SQL over Parquet files and datasets with plain values."""

from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from factstore import fact, store_of

from analysis.query.store import Store


def _write(path, rows):
    pq.write_table(pa.Table.from_pylist(rows), path)


def test_views_over_a_file_and_a_dataset(tmp_path):
    _write(tmp_path / "facts.parquet", [{"doc_id": "a", "kind": "place"}, {"doc_id": "b", "kind": "amount"}])
    (tmp_path / "ds" / "part").mkdir(parents=True)
    _write(tmp_path / "ds" / "part" / "0.parquet", [{"doc_id": "a", "kind": "place"}])
    _write(tmp_path / "ds" / "1.parquet", [{"doc_id": "c", "kind": "date"}])
    with Store(tmp_path / "facts.parquet") as s:
        assert s.rows("SELECT doc_id, kind FROM facts ORDER BY doc_id") == [
            {"doc_id": "a", "kind": "place"},
            {"doc_id": "b", "kind": "amount"},
        ]
    with Store(tmp_path / "ds") as s:
        assert s.value("SELECT count(*) FROM facts") == 2
        assert list(s.frame("SELECT doc_id FROM facts ORDER BY doc_id")["doc_id"]) == ["a", "c"]


def test_a_documents_table_written_before_a_column_was_added_has_it_as_null(tmp_path):
    _write(tmp_path / "facts.parquet", [{"doc_id": "a", "kind": "place"}])
    _write(tmp_path / "docs.parquet", [{"doc_id": "a", "file": "a.txt", "lead_start": 5}])
    with Store(tmp_path / "facts.parquet", tmp_path / "docs.parquet") as s:
        assert s.rows("SELECT doc_id, lead_start, notes_start, title FROM documents") == [
            {"doc_id": "a", "lead_start": 5, "notes_start": None, "title": None}
        ]


def test_a_path_with_a_quote_is_read_literally(tmp_path):
    odd = tmp_path / "it's here"
    odd.mkdir()
    _write(odd / "facts.parquet", [{"doc_id": "x", "kind": "theme"}])
    _write(odd / "docs.parquet", [{"doc_id": "x", "title": "T"}])
    with Store(odd / "facts.parquet", odd / "docs.parquet") as s:
        got = s.frame("SELECT f.doc_id, d.title FROM facts f JOIN documents d USING (doc_id)")
    pd.testing.assert_frame_equal(got, pd.DataFrame({"doc_id": ["x"], "title": ["T"]}))


def test_the_engine_spills_to_a_folder_of_its_own_never_under_the_working_folder(tmp_path, monkeypatch):
    """DuckDB's default spill folder is `.tmp` under the working folder (a notebook's folder, when a kernel runs
    a report); the store gives it a temporary folder of its own and removes it on close."""
    monkeypatch.chdir(tmp_path)
    rows = [fact("a", "place", 0, 7, name="Westport", jurisdiction="UK")]
    s = store_of(tmp_path, rows)
    spill = s.value("SELECT current_setting('temp_directory')")
    assert not spill.startswith(str(tmp_path)) and Path(spill).is_dir()
    s.close()
    assert not Path(spill).exists()
    assert not (tmp_path / ".tmp").exists()


def test_with_steps_splits_the_clauses_whatever_brackets_strings_and_comments_hold():
    from analysis.query.store import with_steps

    sql = """WITH a AS (SELECT ')' AS x -- an aside (with a bracket
    ), b AS MATERIALIZED (SELECT x, (1 + 2) AS y FROM a),
    -- a note between clauses (here)
    c AS (SELECT 'it''s (' AS z) SELECT * FROM b, c"""
    steps, final = with_steps(sql)
    assert [name for name, _ in steps] == ["a", "b", "c"]
    assert steps[1][1] == "SELECT x, (1 + 2) AS y FROM a"
    assert steps[2][1] == "SELECT 'it''s (' AS z"
    assert final == "SELECT * FROM b, c"
    assert with_steps("SELECT 1 AS x") == ([], "SELECT 1 AS x")


def test_create_makes_the_table_one_step_at_a_time_and_leaves_no_step_behind(tmp_path):
    _write(
        tmp_path / "facts.parquet",
        [{"doc_id": d, "kind": k} for d, k in [("a", "place"), ("a", "date"), ("b", "place")]],
    )
    sql = """WITH per AS (SELECT doc_id, count(*) AS n FROM facts WHERE kind = $kind GROUP BY doc_id),
    top AS (SELECT max(n) AS n FROM per)
    SELECT doc_id, per.n FROM per JOIN top USING (n)"""
    with Store(tmp_path / "facts.parquet") as s:
        s.create("busiest", sql, {"kind": "place", "unused": 1})
        assert s.rows("SELECT * FROM busiest ORDER BY doc_id") == [{"doc_id": "a", "n": 1}, {"doc_id": "b", "n": 1}]
        s.create("busiest", sql, {"kind": "date"})  # replaced
        assert s.rows("SELECT * FROM busiest") == [{"doc_id": "a", "n": 1}]
        tables = {r["table_name"] for r in s.rows("SELECT table_name FROM duckdb_tables()")}
        assert tables == {"busiest"}


def test_rows_of_a_query_with_named_parameters_run_its_clauses_as_steps(tmp_path):
    _write(
        tmp_path / "facts.parquet",
        [{"doc_id": d, "kind": k} for d, k in [("a", "place"), ("a", "date"), ("b", "place"), ("b", "place")]],
    )
    sql = """WITH per AS (SELECT doc_id, count(*) AS n FROM facts WHERE kind = $kind GROUP BY doc_id)
    SELECT doc_id, n FROM per ORDER BY n DESC, doc_id"""
    made = []
    with Store(tmp_path / "facts.parquet") as s:
        con = s.con

        class Watch:  # records the statements the engine is given
            def execute(self, q, *a):
                made.append(" ".join(q.split())[:30])
                return con.execute(q, *a)

        s.con = Watch()
        assert s.rows(sql, {"kind": "place", "unused": 1}) == [{"doc_id": "b", "n": 2}, {"doc_id": "a", "n": 1}]
        s.con = con
        assert s.tables() == set()  # no step left behind
        # a clause named as a table of the store: the query runs whole, the table untouched
        s.create("per", "SELECT 'z' AS doc_id, 9 AS n")
        assert s.rows(sql, {"kind": "date"}) == [{"doc_id": "a", "n": 1}]
        assert s.rows("SELECT * FROM per") == [{"doc_id": "z", "n": 9}]
    assert "CREATE TEMP TABLE per AS SELEC" in made


def test_create_refuses_a_clause_named_as_a_table_it_would_replace(tmp_path):
    import pytest

    _write(tmp_path / "facts.parquet", [{"doc_id": "a", "kind": "place"}])
    with Store(tmp_path / "facts.parquet") as s:
        s.create("kept", "SELECT 1 AS x")
        with pytest.raises(ValueError, match="kept"):
            s.create("other", "WITH kept AS (SELECT 2 AS x) SELECT * FROM kept")
        assert s.value("SELECT x FROM kept") == 1


def test_the_rows_of_a_list_of_fact_ids_by_one_semi_join(tmp_path):
    rows = [{"fact_id": f, "doc_id": d, "sentence_start": n} for f, d, n in [("f1", "a", 0), ("f2", "a", 0),
                                                                             ("f3", "b", 40)]]  # fmt: skip
    _write(tmp_path / "facts.parquet", rows)
    with Store(tmp_path / "facts.parquet") as s:
        got = s.rows(
            f"SELECT fact_id FROM {Store.of_ids('facts', 'fact_id')} ORDER BY fact_id", {"ids": ["f3", "f1", "x"]}
        )
        assert got == [{"fact_id": "f1"}, {"fact_id": "f3"}]
        s.con.execute("CREATE TEMP TABLE scoped AS SELECT * FROM facts")
        s.sentences_of("picked", ["f1", "f2", "f3"])
        assert s.rows("SELECT * FROM picked ORDER BY doc_id") == [
            {"doc_id": "a", "sentence_start": 0},
            {"doc_id": "b", "sentence_start": 40},
        ]


def test_batches_cut_a_result_into_record_batches_of_at_most_the_given_rows(tmp_path):
    _write(tmp_path / "facts.parquet", [{"doc_id": d, "start": n} for d, n in [("b", 3), ("a", 9), ("c", 1),
                                                                                 ("a", 2), ("b", 7)]])  # fmt: skip
    with Store(tmp_path / "facts.parquet") as s:
        got = [b.to_pydict() for b in s.batches("SELECT doc_id FROM facts ORDER BY doc_id, start", rows=2)]
    assert got == [{"doc_id": ["a", "a"]}, {"doc_id": ["b", "b"]}, {"doc_id": ["c"]}]


def test_tables_name_the_tables_made_and_only_the_temporary_ones_when_asked(tmp_path):
    _write(tmp_path / "facts.parquet", [{"doc_id": "a", "start": 1}])
    with Store(tmp_path / "facts.parquet") as s:
        assert "made" not in s.tables()
        s.con.execute("CREATE TEMP TABLE made AS SELECT 1 AS x")
        s.con.execute("CREATE TABLE kept AS SELECT 2 AS x")
        assert {"made", "kept"} <= s.tables()
        assert "made" in s.tables(temporary=True) and "kept" not in s.tables(temporary=True)


def test_stream_reads_every_row_in_order_a_chunk_at_a_time(tmp_path, monkeypatch):
    import analysis.query.store as store_module

    monkeypatch.setattr(store_module, "STREAM_ROWS", 2)  # five rows come in three chunks
    _write(tmp_path / "facts.parquet", [{"doc_id": d, "start": n} for d, n in [("b", 3), ("a", 9), ("c", 1),
                                                                                 ("a", 2), ("b", 7)]])  # fmt: skip
    with Store(tmp_path / "facts.parquet") as s:
        rows = s.stream("SELECT doc_id, start FROM facts WHERE start > $low ORDER BY doc_id, start", {"low": 1})
        assert list(rows) == [("a", 2), ("a", 9), ("b", 3), ("b", 7)]


def test_drop_tables_drops_those_named_and_keeps_the_rest(tmp_path):
    _write(tmp_path / "facts.parquet", [{"doc_id": "a", "kind": "place"}])
    with Store(tmp_path / "facts.parquet") as s:
        for name in ("plan_a", "plan_b", "kept"):
            s.create(name, "SELECT doc_id FROM facts")
        s.pack("plan_c", "SELECT doc_id FROM facts")
        assert s.tables(temporary=True) == {"plan_a", "plan_b", "plan_c", "kept"}
        s.drop_tables({"plan_a", "plan_b", "plan_c", "never_made"})
        assert s.tables(temporary=True) == {"kept"}
        assert s.value("SELECT count(*) FROM facts") == 1
        views = s.rows("SELECT view_name FROM duckdb_views() WHERE view_name = 'plan_c'")
        assert views == []


def test_a_packed_table_reads_as_its_query_in_a_fraction_of_the_memory(tmp_path):
    # a sentence repeated for each of its facts, as the facts table holds it
    sentences = [
        f"Clinic {i} in Eastbay opened {i % 7} new wards and hired nurses for its night shifts." for i in range(50)
    ]
    rows = [fact("a", "amount", i, sentence=sentences[i % 50], value=float(i)) for i in range(20_000)]
    with store_of(tmp_path, rows) as s:
        query = "SELECT fact_id, sentence, value FROM facts"

        def held() -> int:
            return s.value("SELECT sum(memory_usage_bytes + temporary_storage_bytes) FROM duckdb_memory()")

        before = held()
        s.con.execute(f"CREATE TEMP TABLE plain AS {query}")
        plain = held() - before
        s.pack("packed_copy", query)
        packed = held() - before - plain
        same = s.value("SELECT count(*) FROM (SELECT * FROM plain EXCEPT SELECT * FROM packed_copy)")
        n = s.value("SELECT count(*) FROM packed_copy")
        kinds = s.rows("SELECT table_type FROM information_schema.tables WHERE table_name = 'packed_copy' ORDER BY ALL")
    assert n == 20_000 and same == 0
    assert kinds == [{"table_type": "BASE TABLE"}, {"table_type": "VIEW"}]
    assert 0 < packed < plain / 3, (packed, plain)


def test_a_table_made_and_altered_is_packed_with_its_rows_and_columns(tmp_path):
    _write(tmp_path / "facts.parquet", [{"doc_id": "a", "start": 1}, {"doc_id": "b", "start": 2}])
    with Store(tmp_path / "facts.parquet") as s:
        s.create("made", "SELECT doc_id, start FROM facts")
        s.con.execute("ALTER TABLE made ADD COLUMN kept BOOLEAN DEFAULT FALSE")
        s.con.execute("UPDATE made SET kept = TRUE WHERE doc_id = 'b'")
        s.pack_made("made")
        rows = s.rows("SELECT * FROM made ORDER BY doc_id")
        where = s.rows("SELECT database_name FROM duckdb_tables() WHERE table_name LIKE 'made%'")
    assert rows == [{"doc_id": "a", "start": 1, "kept": False}, {"doc_id": "b", "start": 2, "kept": True}]
    assert where == [{"database_name": "packed"}]


def test_a_packed_table_made_again_as_a_temporary_one_replaces_it(tmp_path):
    _write(tmp_path / "facts.parquet", [{"doc_id": "a", "start": 1}])
    with Store(tmp_path / "facts.parquet") as s:
        s.pack("made", "SELECT doc_id FROM facts")
        s.create("made", "SELECT doc_id, start FROM facts")
        assert s.rows("SELECT * FROM made") == [{"doc_id": "a", "start": 1}]
        assert (
            "made" in s.tables(temporary=True)
            and s.rows("SELECT view_name FROM duckdb_views() WHERE view_name = 'made'") == []
        )
