"""Facts are cached per article: adding one article extracts only that article."""

import shutil

from paths import FIXTURES

import analysis.facts.table as extract
from analysis.facts.table import facts_for
from analysis.ingest.corpus import load_corpus

CORPUS = FIXTURES / "corpus"


def test_adding_an_article_extracts_only_that_article(tmp_path, monkeypatch):
    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(tmp_path / "cache"))
    calls = []
    real = extract.extract_document
    monkeypatch.setattr(extract, "extract_document", lambda doc: calls.append(doc.doc_id) or real(doc))
    corpus_dir = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus_dir)
    first = facts_for(load_corpus(corpus_dir))
    assert calls == ["alpha_partnership", "beta_report"]
    calls.clear()
    again = facts_for(load_corpus(corpus_dir))
    assert calls == []
    assert again.equals(first)
    (corpus_dir / "gamma.txt").write_text("A new clinic opened in Jiangmen in 2020.\n", encoding="utf-8")
    facts_for(load_corpus(corpus_dir))
    assert calls == ["gamma"]


def test_renamed_article_reuses_its_facts_under_the_new_id(tmp_path, monkeypatch):
    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(tmp_path / "cache"))
    corpus_dir = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus_dir)
    facts_for(load_corpus(corpus_dir))
    (corpus_dir / "beta_report.txt").rename(corpus_dir / "renamed.txt")
    calls = []
    real = extract.extract_document
    monkeypatch.setattr(extract, "extract_document", lambda doc: calls.append(doc.doc_id) or real(doc))
    facts = facts_for(load_corpus(corpus_dir))
    assert calls == []
    assert set(facts["doc_id"]) <= {"alpha_partnership", "renamed"}


def test_parallel_extraction_fills_the_cache_with_the_same_facts(tmp_path, monkeypatch):
    from analysis.facts.table import warm_cache

    corpus_dir = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus_dir)
    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(tmp_path / "sequential"))
    sequential = facts_for(load_corpus(corpus_dir))
    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(tmp_path / "parallel"))
    corpus = load_corpus(corpus_dir)
    assert warm_cache(corpus, jobs=2, min_parallel=1) == 2
    calls = []
    monkeypatch.setattr(extract, "extract_document", lambda doc: calls.append(doc.doc_id))
    parallel = facts_for(corpus)
    assert calls == []  # everything came from the cache the workers filled
    assert parallel.equals(sequential)
