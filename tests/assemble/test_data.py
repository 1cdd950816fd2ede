"""The data files are the facts of the tables, written without holding them: the same bytes the whole-table
exports give, and the entities table computed in the engine equal to `entity_table`."""

import csv
import io
import json

from factstore import fact, store_of

from analysis.assemble import data
from analysis.facts import export
from analysis.facts.entities import ATTRIBUTES, COLUMNS, entity_table
from analysis.facts.tables import tables_for
from analysis.query import duplicates, scope
from analysis.query.store import Store


def written(tables, store, tmp_path):
    duplicates.group_duplicates(store)
    scope.register(store, scope.Scope("all"))
    stage = tmp_path / "stage"
    digests = data.write_data(tables, store, stage)
    return stage, digests


def test_data_files_equal_the_facts_of_the_tables(tmp_path, fixture_corpus):
    tables = tables_for(fixture_corpus, jobs=1)
    facts = export.read_facts(tables.facts)
    with Store(tables.facts, tables.documents) as store:
        stage, digests = written(tables, store, tmp_path)
    assert sorted(digests) == [data.ARTICLES, data.ENTITIES, data.CSV, data.DOCUMENTS, data.JSONL, data.FACTS]
    assert (stage / data.JSONL).read_text(encoding="utf-8") == export.jsonl(facts)
    assert (stage / data.CSV).read_text(encoding="utf-8") == export.csv(facts)
    assert (stage / data.FACTS).read_bytes() == tables.facts.read_bytes()
    assert (stage / data.DOCUMENTS).read_bytes() == tables.documents.read_bytes()
    expected = export.csv(entity_table(facts), ("variants", "doc_ids"))
    assert (stage / data.ENTITIES).read_text(encoding="utf-8") == expected
    rows = list(csv.DictReader(io.StringIO((stage / data.ARTICLES).read_text(encoding="utf-8"))))
    assert [(r["doc_id"], r["title"], r["published"]) for r in rows] == [
        (
            "alpha_partnership",
            "Northfield University and Pearl Coast Hospital open joint training centre",
            "2022-03-14",
        ),
        ("beta_report", "Coastal City Health Bureau reports progress on community clinics 社区诊所进展", "2023-06-05"),
    ]
    assert {r["n_facts"] for r in rows} == {str(n) for n in facts.groupby("doc_id").size()}


def test_the_entities_file_lists_as_many_articles_as_the_table_does(tmp_path, fixture_corpus, monkeypatch):
    from analysis.facts import entities

    monkeypatch.setattr(entities, "DOC_IDS_LISTED", 1)
    first = sorted(fixture_corpus.glob("*.txt"))[0]
    (fixture_corpus / "zeta_reprint.txt").write_text(first.read_text(encoding="utf-8") + "\nReprinted.\n", "utf-8")
    tables = tables_for(fixture_corpus, jobs=1)
    facts = export.read_facts(tables.facts)
    with Store(tables.facts, tables.documents) as store:
        stage, _ = written(tables, store, tmp_path)
    expected = export.csv(entity_table(facts), ("variants", "doc_ids"))
    assert (stage / data.ENTITIES).read_text(encoding="utf-8") == expected
    rows = list(csv.DictReader(io.StringIO(expected)))
    assert {len(json.loads(r["doc_ids"])) for r in rows} == {1}
    assert max(int(r["n_docs"]) for r in rows) == 2  # the reprint names the bodies of its original


def test_a_dataset_folder_is_published_as_one_file_of_the_same_facts(tmp_path, fixture_corpus, monkeypatch):
    from analysis.facts.executors import Executor
    from analysis.facts.stream import write_facts
    from analysis.facts.tables import Tables

    monkeypatch.setattr(export, "FILE_ROWS", 10)
    monkeypatch.setattr(export, "ROW_GROUP", 5)
    write_facts(fixture_corpus, "parquet", f"{tmp_path}/facts/", Executor())
    write_facts(fixture_corpus, "parquet", tmp_path / "one.parquet", Executor())
    assert len(list((tmp_path / "facts").iterdir())) > 1
    tables = Tables(tmp_path / "facts", tmp_path / "facts.documents.parquet", "given")
    with Store(tables.facts, tables.documents) as store:
        stage, _ = written(tables, store, tmp_path)
    assert (stage / data.FACTS).read_bytes() == (tmp_path / "one.parquet").read_bytes()
    assert (stage / data.JSONL).read_text(encoding="utf-8") == export.jsonl(export.read_facts(tmp_path / "one.parquet"))


def test_entities_in_the_engine_follow_the_one_ranking_and_display_name_rule(tmp_path):
    """Hand-written mentions where each rule decides: the most frequent form, then a form without a leading "The",
    then the longest; ties in the ranking by Python's casefold ("Straße" sorts as "strasse"); white space of any
    kind in a variant becomes one space."""

    def org(doc, start, name, text=None, **kw):
        return fact(doc, "organization", start, start + len(name), name=name, text=text or name, **kw)

    trust = {"entity_id": "org:harbour-trust", "org_type": "other", "jurisdiction": "UK"}
    rows = [
        org("a", 0, "The Harbour Trust", **trust),
        org("b", 0, "Harbour Trust", **trust),
        org("b", 30, "The Harbour Trust", **trust),
        org("c", 0, "Harbour Trust", text="Harbour\u00a0 Trust", **trust),
        fact("a", "person", 40, 49, name="Ana Pires", text="Ana\nPires"),
        fact("b", "place", 60, 66, name="Straße", jurisdiction="unknown"),
        fact("c", "place", 60, 69, name="strasse b", jurisdiction="unknown"),
        fact("a", "place", 70, 78, name="Eastport"),
    ]
    with store_of(tmp_path, rows) as store:
        got = list(data.entity_rows(store))
        frame = export.frame_of(store.con.sql("SELECT * FROM facts").to_arrow_table())
    table = got[0] if got else None
    expected = entity_table(frame)
    assert export.csv(table[COLUMNS + list(ATTRIBUTES)], ("variants", "doc_ids")) == export.csv(
        expected, ("variants", "doc_ids")
    )
    assert list(table["name"]) == ["Harbour Trust", "Ana Pires", "Eastport", "Straße", "strasse b"]
    assert list(table["variants"][:2]) == [["Harbour Trust", "The Harbour Trust"], ["Ana Pires"]]
    assert (table["n_docs"][0], table["mentions"][0], table["jurisdiction"][0]) == (3, 4, "UK")


def test_the_copies_written_by_a_process_of_their_own_are_the_same_files(tmp_path, fixture_corpus, monkeypatch):
    tables = tables_for(fixture_corpus, jobs=1)
    with Store(tables.facts, tables.documents) as store:
        here, digests = written(tables, store, tmp_path / "thread")
    monkeypatch.setattr(data, "PROCESS_ROWS", 1)
    with Store(tables.facts, tables.documents) as store:
        there, spawned = written(tables, store, tmp_path / "process")
    assert spawned == digests
    for name in digests:
        assert (there / name).read_bytes() == (here / name).read_bytes()


def test_beyond_the_text_copy_limit_only_the_parquet_copy_is_written(tmp_path, fixture_corpus, monkeypatch):
    tables = tables_for(fixture_corpus, jobs=1)
    monkeypatch.setattr(data, "TEXT_COPY_ROWS", 5)
    monkeypatch.setattr(data, "PROCESS_ROWS", 1)  # the limit is decided here and handed to the spawned process
    with Store(tables.facts, tables.documents) as store:
        stage, digests = written(tables, store, tmp_path)
    assert sorted(digests) == [data.ARTICLES, data.ENTITIES, data.DOCUMENTS, data.FACTS]
    assert not (stage / data.JSONL).exists() and not (stage / data.CSV).exists()
