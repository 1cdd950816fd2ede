"""The per-article facts cache: a sound entry is read back, anything else is recomputed, and a cache that
cannot be written is skipped with one notice."""

import json
from pathlib import Path

import pytest

from analysis.facts import cache
from analysis.facts.table import document_rows
from analysis.ingest.corpus import make_document

TEXT = "The Harbour Trust met on Monday.\nIt agreed a plan for two clinics.\n"
ROWS = [{"kind": "organization", "text": "Harbour Trust", "start": 4, "end": 17, "extractor": "rule", "name": "x"}]


@pytest.fixture
def doc(tmp_path, monkeypatch):
    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(tmp_path / "cache"))
    return make_document("a", Path("a.txt"), TEXT, "1" * 64)


def test_a_stored_entry_is_read_back(doc):
    cache.store(doc, ROWS)
    assert cache.load(doc) == ROWS


@pytest.mark.parametrize(
    "content",
    [
        "",  # empty
        '{"format": 2, "fingerprint": "',  # truncated mid-write
        "not json at all",
        json.dumps(ROWS),  # the layout before entries had a format and fingerprint
        json.dumps({"format": 1, "fingerprint": "FP", "rows": ROWS}),  # another layout version
        json.dumps({"format": 2, "fingerprint": "0000000000000000", "rows": ROWS}),  # another extractor
        json.dumps({"format": 2, "fingerprint": "FP", "rows": "rows"}),
        json.dumps({"format": 2, "fingerprint": "FP", "rows": [1, 2]}),
        json.dumps({"format": 2, "fingerprint": "FP", "rows": [{"kind": "person"}]}),  # contract keys missing
        json.dumps({"format": 2, "fingerprint": "FP", "rows": [dict(ROWS[0], start=5)]}),  # span does not fit
        json.dumps({"format": 2, "fingerprint": "FP", "rows": [dict(ROWS[0], end=10_000)]}),  # past the article
    ],
)
def test_an_unsound_entry_is_not_trusted(doc, content):
    path = cache.path_of(doc)
    path.parent.mkdir(parents=True)
    path.write_text(content.replace('"FP"', json.dumps(cache.fingerprint())), encoding="utf-8")
    assert cache.load(doc) is None


def test_a_truncated_entry_is_recomputed_and_replaced(doc, monkeypatch):
    cache.store(doc, ROWS)
    path = cache.path_of(doc)
    path.write_bytes(path.read_bytes()[:20])
    monkeypatch.setattr("analysis.facts.table.extract_document", lambda d: list(ROWS))
    assert document_rows(doc) == [dict(ROWS[0], doc_id="a")]
    assert cache.load(doc) == ROWS


def test_a_cache_that_cannot_be_written_is_skipped_with_one_notice(tmp_path, monkeypatch, capsys):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder should be\n", encoding="utf-8")
    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(blocked))
    monkeypatch.setattr(cache, "_warned", [])
    for i in range(3):
        cache.store(make_document(f"d{i}", Path(f"d{i}.txt"), TEXT, str(i) * 64), ROWS)
    err = capsys.readouterr().err
    assert err.count("notice:") == 1
    assert f"{blocked}: the facts cache cannot be written (a part of its path is a file, not a folder)" in err
