"""Loading a folder of articles into Document records."""

import hashlib

import pytest

from analysis.errors import CorpusError
from analysis.ingest.corpus import load_corpus


def test_documents_in_name_order_with_identity_and_metadata(fixture_corpus):
    corpus = load_corpus(fixture_corpus)
    assert [d.doc_id for d in corpus.documents] == ["alpha_partnership", "beta_report"]
    alpha = corpus.documents[0]
    data = (fixture_corpus / "alpha_partnership.txt").read_bytes()
    assert alpha.sha256 == hashlib.sha256(data).hexdigest()
    assert alpha.raw == data.decode("utf-8")
    assert alpha.length == len(alpha.raw)
    assert alpha.title.value == "Northfield University and Pearl Coast Hospital open joint training centre"
    assert alpha.published.value == "2022-03-14"
    assert alpha.publisher.value == "Northfield University"
    assert "Share" not in alpha.text and "Related links" not in alpha.text and "Another story" not in alpha.text
    beta = corpus.documents[1]
    assert beta.published.value == "2023-06-05"
    assert "press@" not in beta.text
    assert "Waiting times fell by 12% across the district." in beta.text


def test_corpus_hash_changes_with_content(fixture_corpus):
    before = load_corpus(fixture_corpus).sha256
    (fixture_corpus / "beta_report.txt").write_text("Changed article text here.\n", encoding="utf-8")
    assert load_corpus(fixture_corpus).sha256 != before


@pytest.mark.parametrize(
    "setup, needle",
    [
        (lambda p: None, "does not exist"),
        (lambda p: p.mkdir(), "no .txt articles"),
    ],
)
def test_bad_folder_messages_name_the_folder(tmp_path, setup, needle):
    target = tmp_path / "articles"
    setup(target)
    with pytest.raises(CorpusError) as err:
        load_corpus(target)
    assert str(target) in str(err.value) and needle in str(err.value)
    assert "What to do" in str(err.value)


def test_empty_and_non_utf8_files_are_named(tmp_path):
    (tmp_path / "good.txt").write_text("A clinic opened in Foshan.\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "latin.txt").write_bytes("Caf\xe9 Sant\xe9 opened a clinic.".encode("latin-1"))
    with pytest.raises(CorpusError) as err:
        load_corpus(tmp_path)
    msg = str(err.value)
    assert "empty.txt: the file is empty" in msg
    assert "latin.txt: the file is not valid UTF-8" in msg
    corpus = load_corpus(tmp_path, skip_bad=True)
    assert [d.doc_id for d in corpus.documents] == ["good"]
    assert sorted(s.path.name for s in corpus.skipped) == ["empty.txt", "latin.txt"]
