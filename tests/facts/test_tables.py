"""The facts and documents tables of a folder, cached under a key of the articles and the code."""

import pytest

from analysis.errors import WriteError
from analysis.facts import tables
from analysis.ingest.stream import scan
from analysis.query.store import Store

TEXT = (
    "Northvale Hospital opens a stroke unit\n\n"
    "Northvale Hospital in Leeds opened a stroke unit with 40 beds on Monday, the hospital said.\n"
)


def test_tables_are_written_once_and_rewritten_when_an_article_changes(tmp_path, monkeypatch):
    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    first = tables.tables_for(folder, jobs=1)
    stamp = first.facts.stat().st_mtime_ns
    again = tables.tables_for(folder, jobs=1)
    assert again == first and first.facts.stat().st_mtime_ns == stamp
    with Store(first.facts, first.documents) as s:
        assert s.value("SELECT label FROM documents") == "Northvale Hospital opens a stroke unit"
        assert s.value("SELECT count(*) FROM facts WHERE kind = 'amount' AND value = 40") == 1
    (folder / "a.txt").write_text(TEXT.replace("40 beds", "48 beds"), encoding="utf-8")
    changed = tables.tables_for(folder, jobs=1)
    assert changed.key != first.key
    with Store(changed.facts, changed.documents) as s:
        assert s.value("SELECT max(value) FROM facts WHERE kind = 'amount'") == 48


def test_a_link_out_of_the_folder_is_read_only_when_asked(tmp_path, monkeypatch):
    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(tmp_path / "cache"))
    folder, outside = tmp_path / "articles", tmp_path / "outside"
    folder.mkdir()
    outside.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (outside / "b.txt").write_text(TEXT.replace("40 beds", "12 beds"), encoding="utf-8")
    (folder / "b.txt").symlink_to(outside / "b.txt")
    for follow, expected in ((False, ["a"]), (True, ["a", "b"])):
        made = tables.tables_for(folder, jobs=1, follow_links=follow)
        with Store(made.facts, made.documents) as s:
            assert s.value("SELECT list(doc_id ORDER BY doc_id) FROM documents") == expected


def test_an_article_whose_extraction_fails_stops_the_tables_unless_skip_bad_and_is_named_again(tmp_path, monkeypatch):
    """Without skip_bad no tables are written; with it they are, without the article, and a later run that finds
    them in the cache names the article again (it stops a run without skip_bad too)."""
    import analysis.facts.batch as batch_mod
    from analysis.errors import CorpusError

    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "b.txt").write_text(TEXT.replace("Leeds", "Harrogate"), encoding="utf-8")
    real = batch_mod.extract_documents

    def failing(docs):
        if any("Harrogate" in d.raw for d in docs):
            raise ValueError("cannot read Harrogate")
        return real(docs)

    monkeypatch.setattr(batch_mod, "extract_documents", failing)
    with pytest.raises(CorpusError, match="b.txt: its facts could not be extracted"):
        tables.tables_for(folder, jobs=1)
    assert not list(tables.tables_dir().rglob("*.parquet"))
    found = scan(folder)
    made = tables.tables_for(folder, jobs=1, skip_bad=True, found=found)
    assert [s.path.name for s in found.failed] == ["b.txt"]
    with Store(made.facts, made.documents) as s:
        assert s.value("SELECT list(DISTINCT doc_id) FROM documents") == ["a"]
    again = scan(folder)
    assert tables.tables_for(folder, jobs=1, skip_bad=True, found=again) == made
    assert [(s.path.name, s.reason) for s in again.failed] == [(s.path.name, s.reason) for s in found.failed]
    with pytest.raises(CorpusError, match="pass --skip-bad to build from the others"):
        tables.tables_for(folder, jobs=1)


def test_tables_that_the_cache_cannot_take_are_written_to_the_fallback_folder(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "tables").write_text("a file where the tables folder should be\n", encoding="utf-8")
    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(cache))
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    said = []
    made = tables.tables_for(folder, jobs=1, fallback=tmp_path / "scratch", log=said.append)
    assert made.facts.parent.parent == tmp_path / "scratch" and made.facts.exists()
    assert "the facts tables cannot be written to the cache" in said[0]
    with pytest.raises(WriteError, match="could not write"):
        tables.tables_for(folder, jobs=1)
