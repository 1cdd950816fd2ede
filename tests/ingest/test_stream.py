"""Scanning a folder without holding its texts: the same bookkeeping as `load_corpus`, batches in id order."""

import pytest

from analysis.errors import CorpusError
from analysis.ingest.corpus import load_corpus
from analysis.ingest.stream import scan


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "clinic.txt").write_text("A clinic opened in Foshan in 2021.\n", encoding="utf-8")
    (tmp_path / "clinic-2.txt").write_text("A hospital opened in Zhuhai in 2019.\n", encoding="utf-8")
    (tmp_path / "copy.txt").write_text("A clinic opened in Foshan in 2021.\n", encoding="utf-8")
    (tmp_path / "bom.txt").write_bytes("\ufeffA lab opened in Macao.\n".encode("utf-8"))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    return tmp_path


def test_scan_records_what_load_corpus_records(folder):
    found, corpus = scan(folder), load_corpus(folder, skip_bad=True)
    assert [e.doc_id for e in found.entries] == [d.doc_id for d in corpus.documents]
    assert [e.sha256 for e in found.entries] == [d.sha256 for d in corpus.documents]
    assert found.notices() == corpus.notices()
    assert [p.name for p, _ in found.problems] == ["empty.txt"]


def test_batches_come_in_id_order_and_never_exceed_the_size(folder):
    found = scan(folder)
    batches = list(found.batches(2))
    assert [[a.doc_id for a in b] for b in batches] == [["bom", "clinic"], ["clinic-2"]]
    assert batches[0][1].raw == "A clinic opened in Foshan in 2021.\n"
    assert batches[0][0].document().text.startswith("A lab opened in Macao.")


def test_check_lists_every_bad_file_unless_skip_bad(folder):
    (folder / "binary.txt").write_bytes(b"\x00\x01" * 40)
    found = scan(folder)
    with pytest.raises(CorpusError) as err:
        found.check(skip_bad=False)
    assert "2 article files cannot be used" in str(err.value)
    assert "binary.txt" in str(err.value) and "empty.txt" in str(err.value)
    found.check(skip_bad=True)


def test_a_file_changed_after_the_scan_is_left_out_and_named(folder):
    found = scan(folder)
    (folder / "clinic-2.txt").write_text("Rewritten while the run was going.\n", encoding="utf-8")
    ids = [a.doc_id for b in found.batches(10) for a in b]
    assert ids == ["bom", "clinic"]
    assert [(s.path.name, s.reason) for s in found.failed] == [
        ("clinic-2.txt", "the file changed while the run was reading it; run again.")
    ]


def test_a_folder_of_bad_files_only_is_an_error(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(CorpusError, match="no usable article"):
        scan(tmp_path).check(skip_bad=True)


def test_entries_share_the_folder_and_give_each_file_path(folder):
    """One small record per article: the folder is one shared `Path`, the file's path is made when asked for."""
    found = scan(folder)
    assert [e.path for e in found.entries] == [folder / "bom.txt", folder / "clinic-2.txt", folder / "clinic.txt"]
    assert len({id(e.folder) for e in found.entries}) == 1
    assert [e.encoding for e in found.entries] == ["utf-8-sig", "utf-8", "utf-8"]
    assert not hasattr(found.entries[0], "__dict__")
    assert found.duplicates == [(folder / "copy.txt", folder / "clinic.txt")]
