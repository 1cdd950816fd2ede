"""Facts as Parquet: the schema's types, written batch by batch, read back as the same table."""

import pyarrow.parquet as pq
import pytest

from analysis.errors import AnalysisError
from analysis.facts import export
from analysis.facts.schema import facts_frame

ROWS = [
    {"doc_id": "b", "kind": "amount", "text": "40 beds", "start": 30, "end": 37, "sentence": "It has 40 beds.",
     "sentence_start": 23, "sentence_end": 38, "value": 40.0, "unit": "count", "object": "beds",
     "extractor": "amounts.number"},
    {"doc_id": "a", "kind": "partnership", "text": "signed", "start": 5, "end": 11, "sentence": "X and Y signed.",
     "sentence_start": 0, "sentence_end": 15, "parties": ["Eastport University", "Westfield Hospital"],
     "initiative": None, "extractor": "partnerships.verb"},
    {"doc_id": "a", "kind": "organization", "text": "Eastport University", "start": 0, "end": 19,
     "sentence": "Eastport University and Westfield Hospital signed.", "sentence_start": 0, "sentence_end": 50,
     "name": "Eastport University", "entity_id": "org:eastport-university", "extractor": "organizations.ner"},
]  # fmt: skip


def test_arrow_schema_follows_the_facts_schema():
    schema = export.arrow_schema()
    assert str(schema.field("start").type) == "int64"
    assert str(schema.field("value").type) == "double"
    assert str(schema.field("parties").type) == "list<item: string>"
    assert str(schema.field("doc_id").type) == "string"


def test_parquet_file_reads_back_as_the_same_table(tmp_path):
    facts = facts_frame(ROWS)
    path = tmp_path / "facts.parquet"
    path.write_bytes(export.parquet_bytes(facts))
    back = export.read_facts(path)
    assert back.equals(facts)
    assert back.loc[1, "parties"] == ["Eastport University", "Westfield Hospital"]
    assert str(back["start"].dtype) == "Int64" and str(back["value"].dtype) == "float64"


def test_dataset_folder_splits_into_part_files_and_reads_back(tmp_path, monkeypatch):
    monkeypatch.setattr(export, "FILE_ROWS", 2)
    monkeypatch.setattr(export, "ROW_GROUP", 1)
    facts = facts_frame(ROWS)
    with export.FactsSink("parquet", f"{tmp_path}/facts/") as sink:
        sink.write(facts.iloc[:1])
        sink.write(facts.iloc[1:])
    parts = sorted(p.name for p in (tmp_path / "facts").iterdir())
    assert parts == ["part-00000.parquet", "part-00001.parquet"]
    assert pq.ParquetFile(tmp_path / "facts" / "part-00000.parquet").metadata.num_row_groups == 2
    assert export.read_facts(tmp_path / "facts").equals(facts)


def test_jsonl_reads_back_as_the_same_table(tmp_path):
    facts = facts_frame(ROWS)
    (tmp_path / "f.jsonl").write_text(export.jsonl(facts), encoding="utf-8")
    assert export.read_facts(tmp_path / "f.jsonl").equals(facts)


def test_parquet_to_standard_output_is_refused():
    with pytest.raises(AnalysisError, match="-o FILE.parquet"):
        export.FactsSink("parquet", None)


def test_a_broken_parquet_file_is_a_clear_error(tmp_path):
    (tmp_path / "f.parquet").write_bytes(b"not parquet")
    with pytest.raises(AnalysisError, match="cannot be read as Parquet"):
        export.read_facts(tmp_path / "f.parquet")


MORE = [
    dict(ROWS[0], doc_id="c", text="40\u00a0beds,\n", start=1, end=9, value=2.5),
    dict(ROWS[0], doc_id="c", text="a million", start=20, end=29, value=1e6, object=None),
]


def test_a_table_read_a_row_group_at_a_time_gives_the_whole_table_exports(tmp_path, monkeypatch):
    """Arrow batches turned into frames, JSONL and CSV give the bytes of the whole-table exports, whatever the
    batch boundaries."""
    monkeypatch.setattr(export, "ROW_GROUP", 2)
    facts = facts_frame(ROWS + MORE)
    path = tmp_path / "facts.parquet"
    path.write_bytes(export.parquet_bytes(facts))
    batches = list(export.arrow_batches(path))
    assert [b.num_rows for b in batches] == [2, 2, 1]
    frames = [export.frame_of(b) for b in batches]
    assert all(f.dtypes.equals(facts.dtypes) for f in frames)
    assert export.frame_of(pq.read_table(path)).equals(facts)
    assert "".join(export.jsonl_of(b) for b in batches) == export.jsonl(facts)
    assert export.write_exports(path, jsonl_to=tmp_path / "f.jsonl", csv_to=tmp_path / "f.csv") == 5
    assert (tmp_path / "f.jsonl").read_text(encoding="utf-8") == export.jsonl(facts)
    assert (tmp_path / "f.csv").read_text(encoding="utf-8") == export.csv(facts)


def test_an_empty_table_exports_a_header_only(tmp_path):
    path = tmp_path / "facts.parquet"
    path.write_bytes(export.parquet_bytes(facts_frame([])))
    assert export.write_exports(path, jsonl_to=tmp_path / "f.jsonl", csv_to=tmp_path / "f.csv") == 0
    assert (tmp_path / "f.jsonl").read_text(encoding="utf-8") == ""
    assert (tmp_path / "f.csv").read_text(encoding="utf-8") == export.csv(facts_frame([]))


def test_a_dataset_is_joined_into_the_file_one_sink_writes(tmp_path, monkeypatch):
    monkeypatch.setattr(export, "FILE_ROWS", 2)
    monkeypatch.setattr(export, "ROW_GROUP", 1)
    facts = facts_frame(ROWS + MORE)
    with export.FactsSink("parquet", f"{tmp_path}/facts/") as sink:
        sink.write(facts.iloc[:3])
        sink.write(facts.iloc[3:])
    with export.FactsSink("parquet", tmp_path / "one.parquet") as sink:
        sink.write(facts)
    assert len(list((tmp_path / "facts").iterdir())) == 3
    assert export.copy_parquet(tmp_path / "facts", tmp_path / "joined.parquet") == 5
    assert (tmp_path / "joined.parquet").read_bytes() == (tmp_path / "one.parquet").read_bytes()
    assert export.copy_parquet(tmp_path / "one.parquet", tmp_path / "copy.parquet") == 5
    assert (tmp_path / "copy.parquet").read_bytes() == (tmp_path / "one.parquet").read_bytes()


def test_a_broken_part_of_a_dataset_is_named(tmp_path):
    (tmp_path / "facts").mkdir()
    (tmp_path / "facts" / "part-00000.parquet").write_bytes(b"PAR1 broken")
    with pytest.raises(AnalysisError, match="cannot be read as Parquet") as err:
        list(export.arrow_batches(tmp_path / "facts"))
    assert "part-00000.parquet" in str(err.value)


def test_exports_are_written_a_few_rows_at_a_time_with_the_same_bytes(tmp_path, monkeypatch):
    """JSONL and CSV are made `EXPORT_ROWS` facts at a time, fewer than a row group: the bytes stay those of the
    whole table (the CSV header once)."""
    monkeypatch.setattr(export, "EXPORT_ROWS", 2)
    facts = facts_frame(ROWS + MORE)
    path = tmp_path / "facts.parquet"
    path.write_bytes(export.parquet_bytes(facts))
    assert pq.ParquetFile(path).metadata.num_row_groups == 1
    assert [b.num_rows for b in export.arrow_batches(path, export.EXPORT_ROWS)] == [2, 2, 1]
    assert export.write_exports(path, jsonl_to=tmp_path / "f.jsonl", csv_to=tmp_path / "f.csv") == 5
    assert (tmp_path / "f.jsonl").read_text(encoding="utf-8") == export.jsonl(facts)
    assert (tmp_path / "f.csv").read_text(encoding="utf-8") == export.csv(facts)
    assert (tmp_path / "f.csv").read_text(encoding="utf-8").count("doc_id,") == 1
