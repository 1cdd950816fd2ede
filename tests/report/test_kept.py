import duckdb
import pandas as pd
import pytest

from analysis.report import kept


@pytest.fixture(autouse=True)
def nothing_kept():
    kept.forget()
    yield
    kept.forget()


def write(path, n):
    duckdb.execute(f"COPY (SELECT range AS x FROM range({n})) TO '{path}' (FORMAT parquet)")
    return path


@pytest.fixture
def files(tmp_path):
    return write(tmp_path / "facts.parquet", 3), write(tmp_path / "documents.parquet", 1)


def counting(calls):
    def register(store):
        calls.append(store)
        store.con.execute("CREATE TEMP TABLE registered AS SELECT count(*) AS n FROM facts")

    return register


def test_the_same_files_and_scope_take_the_kept_store_without_the_tables_a_report_made(files):
    calls = []
    a = kept.registered_store(*files, "all", counting(calls))
    a.con.execute("CREATE TEMP TABLE shown AS SELECT 1 AS x")
    a.con.execute("CREATE TEMP VIEW listed AS SELECT 2 AS x")
    a.con.register("_folder", pd.DataFrame({"file": ["a.txt"]}))
    b = kept.registered_store(*files, "all", counting(calls))
    assert b is a and len(calls) == 1
    assert kept.made_names(b) == {("TABLE", "registered")}
    assert b.value("SELECT n FROM registered") == 3


def test_another_scope_registers_again_and_closes_the_kept_store(files):
    calls = []
    a = kept.registered_store(*files, "all", counting(calls))
    b = kept.registered_store(*files, "gba", counting(calls))
    assert b is not a and len(calls) == 2
    with pytest.raises(duckdb.ConnectionException):
        a.value("SELECT 1")
    assert b.value("SELECT n FROM registered") == 3


def test_a_facts_table_written_again_registers_again(files):
    calls = []
    kept.registered_store(*files, "all", counting(calls))
    write(files[0], 5)
    b = kept.registered_store(*files, "all", counting(calls))
    assert len(calls) == 2 and b.value("SELECT n FROM registered") == 5


def test_a_dataset_folder_with_another_part_is_other_files(tmp_path):
    (tmp_path / "facts").mkdir()
    write(tmp_path / "facts" / "part-0.parquet", 2)
    before = kept.files_key(tmp_path / "facts")
    write(tmp_path / "facts" / "part-1.parquet", 2)
    after = kept.files_key(tmp_path / "facts")
    assert len(before) == 1 and len(after) == 2 and after[0] == before[0]


def test_a_failed_registration_keeps_no_store(files):
    def failing(store):
        raise ValueError("no such column")

    with pytest.raises(ValueError):
        kept.registered_store(*files, "all", failing)
    calls = []
    kept.registered_store(*files, "all", counting(calls))
    assert len(calls) == 1
