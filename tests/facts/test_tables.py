"""The facts and documents tables of a folder, cached under a key of the articles and the code."""

from analysis.facts import tables
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
