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
