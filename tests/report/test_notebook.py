"""What a notebook opens (parameters checked, the facts store over the cached tables or a Parquet facts file) and
what it hands the build in its outputs' metadata (first finding, full tables, cited articles)."""

import hashlib
import shutil

import pytest
from factstore import fact, store_of
from paths import FIXTURES
from reportcorpus import Articles

from analysis.errors import ParameterError
from analysis.report import notebook
from analysis.report.findings import Finding
from analysis.report.notebook import Table, open_report

CORPUS = FIXTURES / "corpus"


@pytest.fixture
def shown(monkeypatch):
    out = []
    monkeypatch.setattr(notebook, "display", lambda data, metadata=None, raw=False: out.append((data, metadata)))
    return out


def facts_file(tmp_path, corpus):
    """A Parquet facts file with its documents table beside it (as `python -m analysis facts` writes them)."""
    paths = sorted(corpus.glob("*.txt"))
    rows = [fact(p.stem, "theme", 0, 5, theme="x") for p in paths]
    docs = [
        {"doc_id": p.stem, "file": p.name, "n_chars": 100, "sha256": hashlib.sha256(p.read_bytes()).hexdigest()}
        for p in paths
    ]
    store_of(tmp_path, rows, docs).close()
    (tmp_path / "facts.parquet").rename(tmp_path / "f.parquet")
    (tmp_path / "documents.parquet").rename(tmp_path / "f.documents.parquet")
    return tmp_path / "f.parquet"


def test_a_parquet_facts_file_is_read_through_the_store(tmp_path):
    path = facts_file(tmp_path, CORPUS)
    r = open_report("01-corpus-overview", {"corpus_dir": str(CORPUS), "facts_file": str(path)}, set())
    assert r.store.value("SELECT count(*) FROM facts") == 2
    assert r.store.value("SELECT count(*) FROM scope_docs") == 2
    assert r.notices == []


def test_the_cached_tables_of_the_folder_when_no_facts_file_is_given():
    r = open_report("01-corpus-overview", {"corpus_dir": str(CORPUS)}, set())
    assert r.store.value("SELECT count(*) FROM documents") == 2
    assert r.store.value("SELECT count(*) FROM facts WHERE kind = 'organization'") > 0


def test_a_jsonl_facts_file_is_refused_with_what_to_do(tmp_path):
    (tmp_path / "facts.jsonl").write_text("{}\n", encoding="utf-8")
    with pytest.raises(ParameterError) as err:
        open_report(
            "01-corpus-overview", {"corpus_dir": str(CORPUS), "facts_file": str(tmp_path / "facts.jsonl")}, set()
        )
    assert "not Parquet" in str(err.value) and "--format parquet" in str(err.value)


def test_a_facts_file_without_its_documents_table_is_refused(tmp_path):
    path = facts_file(tmp_path, CORPUS)
    (tmp_path / "f.documents.parquet").unlink()
    with pytest.raises(ParameterError, match="documents table"):
        open_report("01-corpus-overview", {"corpus_dir": str(CORPUS), "facts_file": str(path)}, set())


def test_a_missing_facts_file_is_named(tmp_path):
    with pytest.raises(ParameterError) as err:
        open_report(
            "01-corpus-overview", {"corpus_dir": str(CORPUS), "facts_file": str(tmp_path / "no.parquet")}, set()
        )
    assert "facts_file" in str(err.value) and "no.parquet" in str(err.value)


def test_files_the_facts_file_leaves_out_are_named(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    path = facts_file(tmp_path, corpus)
    (corpus / "empty.txt").write_bytes(b"")
    first = sorted(corpus.glob("*.txt"))[1]
    shutil.copy(first, corpus / "copy.txt")
    (corpus / "notes.md").write_text("not an article\n", encoding="utf-8")
    r = open_report("01-corpus-overview", {"corpus_dir": str(corpus), "facts_file": str(path)}, set())
    assert r.notices == [
        "Ignored (not .txt): notes.md",
        f"copy.txt: same content as {first.name}; kept {first.name} only.",
        "Skipped empty.txt: the file is empty.",
    ]


def test_the_first_finding_travels_as_plain_text_in_the_output_metadata(tmp_path, shown):
    """The index page takes a report's first key finding from this metadata, not from the rendered HTML."""
    a = Articles(tmp_path)
    a.article("a", "Alpha\n")
    r = a.report("01-corpus-overview")
    found = [
        Finding("a", lambda: 'Two of three pacts are in <em>research</em> &amp; care<sup class="cite">[1]</sup>.'),
        Finding("b", lambda: "Another claim."),
    ]
    r.findings(found, "nothing")
    ((data, meta),) = shown
    assert "<li>Two of three pacts" in data["text/html"]
    first = "Two of three pacts are in research & care."
    assert meta == {"analysis": {"summary": {"first_finding": first, "findings": [first, "Another claim."]}}}
    shown.clear()
    r.findings([], "The articles report too little to state a finding.")
    assert shown[0][1] == {}


def test_the_sources_hand_over_the_sorted_cited_articles(tmp_path, shown):
    a = Articles(tmp_path)
    a.article("zeta", "Zeta Clinic opens\n")
    a.article("alpha", "Alpha Clinic opens\n")
    r = a.report("01-corpus-overview")
    r.cite.cite("zeta", 0, 4)
    r.cite.cite("alpha", 0, 5)
    r.sources()
    ((data, meta),) = shown
    assert meta == {"analysis": {"cited": ["alpha", "zeta"]}}
    assert 'id="src-2"' in data["text/html"]


def test_a_table_links_its_full_csv_and_an_empty_table_says_so(tmp_path, shown):
    import pandas as pd

    a = Articles(tmp_path)
    a.article("a", "Alpha\n")
    r = a.report("01-corpus-overview")
    full = pd.DataFrame({"name": ["x", "y"], "n": [2, 1]})
    r.show(Table([{"name": "x", "n": "2"}], [("name", "Name"), ("n", "N")], "Nothing.", full=full, name="things"))
    ((data, meta),) = shown
    assert "Full table (2 rows)" in data["text/html"] and '<td class="col-name">x</td>' in data["text/html"]
    assert meta == {"analysis": {"table": "things", "csv": "name,n\nx,2\ny,1\n"}}
    shown.clear()
    r.show(Table([], [("name", "Name")], "Nothing to list."), None)
    assert len(shown) == 1 and "Nothing to list." in shown[0][0].data


@pytest.mark.parametrize(
    "html, text",
    [
        (
            '<ul><li>A <b>bold</b><br> claim<sup class="cite"><a href="#s">[2]</a></sup>.</li><li>B</li></ul>',
            "A bold claim.",
        ),
        ("<p>no list</p>", None),
        ("<ul><li>  spaced\n  out  </li></ul>", "spaced out"),
    ],
)
def test_first_item_text(html, text):
    from analysis.report.notebook import first_item_text

    assert first_item_text(html) == text


def test_item_texts_are_the_top_level_list_items_in_order():
    from analysis.report.notebook import item_texts

    html = '<ul><li>A<sup class="cite">[1]</sup> <ul><li>inner</li></ul>.</li><li>B &amp; C</li></ul>'
    assert item_texts(html) == ["A inner.", "B & C"]
