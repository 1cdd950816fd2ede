"""Article pages: by default those of the articles the reports cite (handed over in the notebooks' metadata), every
article's with `--article-pages all`; each page's facts are its rows of the facts table, read from the store.

Notebooks are not executed here (`conftest.no_notebooks`: each stand-in report says it cites `.cites`)."""

import json
import shutil

import pytest
from paths import FIXTURES

from analysis.assemble import pages
from analysis.assemble.articles import article_page
from analysis.cli import main
from analysis.facts import export
from analysis.facts.tables import tables_for
from analysis.ingest.corpus import load_corpus
from analysis.query.store import Store
from analysis.report.pages import page_name

ARTICLES = ["alpha_partnership", "beta_report"]


def build(corpus, out, *more):
    return main(["build", "--corpus", str(corpus), "--out", str(out), "--no-pdf", "--profiles", "0", *more])


def published(out) -> list[str]:
    return sorted(p.name for p in (out / "articles").iterdir()) if (out / "articles").exists() else []


@pytest.fixture
def corpus(tmp_path):
    return shutil.copytree(FIXTURES / "corpus", tmp_path / "corpus")


def test_only_the_cited_articles_get_a_page_by_default_and_every_one_with_all(tmp_path, corpus, no_notebooks):
    out = tmp_path / "reports"
    no_notebooks.cites = ("beta_report",)
    assert build(corpus, out) == 0
    assert published(out) == ["beta_report.html"]
    record = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["reports"]["_articles"]
    assert (record["mode"], record["cited"]) == ("cited", ["beta_report"])
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="articles/beta_report.html"' in index and "alpha_partnership.html" not in index
    assert "The 1 article the reports cite, of 2, each as saved" in index
    assert build(corpus, out, "--article-pages", "all") == 0
    assert published(out) == ["alpha_partnership.html", "beta_report.html"]
    assert "Every article (2) as saved" in (out / "index.html").read_text(encoding="utf-8")


def test_a_page_no_longer_cited_is_removed_and_the_choice_is_part_of_the_no_op_check(
    tmp_path, corpus, no_notebooks, capsys
):
    out = tmp_path / "reports"
    no_notebooks.cites = ("alpha_partnership", "beta_report")
    assert build(corpus, out) == 0
    assert published(out) == ["alpha_partnership.html", "beta_report.html"]
    beta = (out / "articles" / "beta_report.html").stat().st_ino
    assert build(corpus, out) == 0
    assert "Everything is up to date" in capsys.readouterr().err
    no_notebooks.cites = ("beta_report",)
    (corpus / "alpha_partnership.txt").write_text(
        (corpus / "alpha_partnership.txt").read_text(encoding="utf-8") + "\nA closing line.\n", encoding="utf-8"
    )
    assert build(corpus, out) == 0
    assert published(out) == ["beta_report.html"]
    assert (out / "articles" / "beta_report.html").stat().st_ino == beta  # its key is unchanged: not rewritten


def test_a_cited_article_that_is_not_in_the_corpus_gets_no_page(tmp_path, corpus, no_notebooks):
    no_notebooks.cites = ("beta_report", "no_such_article")
    assert build(corpus, tmp_path / "reports") == 0
    assert published(tmp_path / "reports") == ["beta_report.html"]


def test_each_page_has_its_rows_of_the_facts_table_from_the_store(corpus):
    """The store's rows of each article, in the table's order, make the page the whole table's slice made."""
    tables = tables_for(corpus, jobs=1)
    whole = export.read_facts(tables.facts)
    docs = {d.doc_id: d for d in load_corpus(corpus).documents}
    with Store(tables.facts, tables.documents) as store:
        got = list(pages.frames(store, [*ARTICLES, "zz_without_facts"]))
    assert [d for d, _ in got] == [*ARTICLES, "zz_without_facts"]
    for doc_id, facts in got[:2]:
        mine = whole[whole["doc_id"] == doc_id]
        assert export.to_records(facts) == export.to_records(mine)
        assert article_page(docs[doc_id], facts) == article_page(docs[doc_id], mine)
    assert got[2][1].empty
    assert page_name("beta_report") == "articles/beta_report.html"


def test_pages_come_in_one_ordered_scan_a_chunk_at_a_time(corpus, monkeypatch):
    """An article whose facts straddle two chunks of the scan still comes whole, once."""
    monkeypatch.setattr(pages, "CHUNK_ROWS", 3)
    tables = tables_for(corpus, jobs=1)
    whole = export.read_facts(tables.facts)
    with Store(tables.facts, tables.documents) as store:
        got = {d: t.num_rows for d, t in pages.facts_by_doc(store, ARTICLES)}
    assert got == whole.groupby("doc_id").size().to_dict()
    assert all(n > 3 for n in got.values())


def test_wanted_pages_are_the_cited_articles_of_the_documents_table_in_id_order(corpus):
    """Cited ids come back in doc_id order; an id the documents table does not hold gets no page."""
    tables = tables_for(corpus, jobs=1)
    with Store(tables.facts, tables.documents) as store:
        every = pages.wanted(store, set(), "all")
        assert pages.wanted(store, {"beta_report", "zz_not_an_article", "alpha_partnership"}, "cited") == ARTICLES
        assert pages.wanted(store, set(), "cited") == []
    assert every == sorted(every) and set(ARTICLES) <= set(every)
