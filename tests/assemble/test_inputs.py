"""A facts table given to the build: found with its documents table, refused with what to do when it is not one,
and known by the digests of its files."""

import os

import pytest

from analysis.assemble import inputs
from analysis.assemble.manifest import Stats
from analysis.errors import ParameterError

PARQUET = b"PAR1" + b"\0" * 16 + b"PAR1"


def table(folder, name="facts.parquet"):
    (folder / name).write_bytes(PARQUET)
    (folder / name.replace(".parquet", ".documents.parquet")).write_bytes(PARQUET)
    return folder / name


def test_a_facts_file_is_found_with_its_documents_table(tmp_path):
    given = inputs.given_facts(table(tmp_path))
    assert given.documents == tmp_path / "facts.documents.parquet"
    assert given.files() == [tmp_path / "facts.parquet", tmp_path / "facts.documents.parquet"]


def test_a_dataset_folder_is_its_part_files_in_order(tmp_path):
    (tmp_path / "facts").mkdir()
    for n in (1, 0):
        (tmp_path / "facts" / f"part-0000{n}.parquet").write_bytes(PARQUET)
    (tmp_path / "facts.documents.parquet").write_bytes(PARQUET)
    given = inputs.given_facts(tmp_path / "facts")
    assert [p.name for p in given.files()] == ["part-00000.parquet", "part-00001.parquet", "facts.documents.parquet"]


@pytest.mark.parametrize(
    "make, said",
    [
        (lambda d: d / "none.parquet", "the facts file does not exist"),
        (lambda d: (d / "f.jsonl").write_text("{}\n") and d / "f.jsonl", "the facts file is JSONL"),
        (lambda d: (d / "f.csv").write_text("a\n") and d / "f.csv", "the facts file is CSV"),
        (lambda d: (d / "f.parquet").write_text("not parquet") and d / "f.parquet", "not a Parquet file"),
        (lambda d: (d / "f.parquet").write_bytes(PARQUET) and d / "f.parquet", "no documents table beside them"),
    ],
)
def test_what_is_not_a_parquet_facts_table_is_refused_with_what_to_do(tmp_path, make, said):
    with pytest.raises(ParameterError) as err:
        inputs.given_facts(make(tmp_path))
    assert said in str(err.value)
    assert "python -m analysis facts CORPUS --format parquet -o FILE" in str(err.value)


def test_the_digest_follows_the_bytes_and_is_not_read_again_while_the_files_are_unchanged(tmp_path, monkeypatch):
    given = inputs.given_facts(table(tmp_path))
    stats = Stats(tmp_path)
    first = inputs.digest(given, stats)
    reads = []
    real = inputs.Stats.digest.__globals__["sha256_file"]
    monkeypatch.setitem(inputs.Stats.digest.__globals__, "sha256_file", lambda p: reads.append(p) or real(p))
    assert inputs.digest(given, stats) == first and reads == []
    given.facts.write_bytes(PARQUET[:-4] + b"\1" + PARQUET[-4:])
    os.utime(given.facts, ns=(1, 1))
    assert inputs.digest(given, stats) != first and reads == [given.facts]
