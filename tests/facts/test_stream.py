"""Facts batch by batch: the same table as `facts_for` whatever the batch size or executor; failures listed."""

import json

import pandas as pd
import pyarrow.parquet as pq
import pytest
from paths import FIXTURES

import analysis.facts.batch as batch_mod
from analysis.errors import CorpusError
from analysis.facts import export
from analysis.facts.executors import DaskExecutor, Executor
from analysis.facts.stream import stream_facts, write_facts
from analysis.facts.table import facts_for
from analysis.ingest.corpus import load_corpus
from analysis.ingest.stream import scan

REPORT_FIXTURES = FIXTURES / "reports" / "corpus"


@pytest.fixture
def corpus_dir(tmp_path, fixture_corpus):
    """The four hand-written fixture articles in one folder, one of them under a name that sorts apart from its id."""
    for p in sorted(REPORT_FIXTURES.glob("*.txt")):
        (fixture_corpus / p.name).write_bytes(p.read_bytes())
    (fixture_corpus / "alpha_partnership.txt").rename(fixture_corpus / "beta.txt")
    (fixture_corpus / "beta-2.txt").write_text("A clinic opened in Jiangmen in 2020 with 40 beds.\n", encoding="utf-8")
    return fixture_corpus


def streamed(root, executor, batch_size):
    return pd.concat(list(stream_facts(scan(root), executor, batch_size=batch_size)), ignore_index=True)


@pytest.mark.parametrize("batch_size", [1, 2, 64])
def test_batches_end_to_end_are_the_facts_table_of_the_corpus(corpus_dir, batch_size):
    whole = facts_for(load_corpus(corpus_dir))
    assert streamed(corpus_dir, Executor(), batch_size).equals(whole)
    assert list(dict.fromkeys(whole["doc_id"])) == ["beta", "beta-2", "beta_report", "delta_border_clinics",
                                                    "gamma_stroke_centre"]  # fmt: skip


def test_files_written_batch_by_batch_are_the_exports_of_the_whole_table(corpus_dir, tmp_path):
    whole = facts_for(load_corpus(corpus_dir))
    for fmt, expected in (("jsonl", export.jsonl(whole)), ("csv", export.csv(whole))):
        out = tmp_path / f"facts.{fmt}"
        assert write_facts(corpus_dir, fmt, out, Executor(), batch_size=2) == (len(whole), 5)
        assert out.read_text(encoding="utf-8") == expected
    write_facts(corpus_dir, "parquet", tmp_path / "a.parquet", Executor(), batch_size=1)
    write_facts(corpus_dir, "parquet", tmp_path / "b.parquet", Executor(), batch_size=64)
    assert (tmp_path / "a.parquet").read_bytes() == (tmp_path / "b.parquet").read_bytes()
    assert export.read_facts(tmp_path / "a.parquet").equals(whole)


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    """A cache of its own, so the articles are extracted here rather than read from another test's cache."""
    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(tmp_path / "fresh-cache"))


def _failing_on(word):
    real = batch_mod.extract_documents

    def extract(docs):
        if any(word in d.raw for d in docs):
            raise ValueError(f"cannot read {word}")
        return real(docs)

    return extract


def test_an_article_whose_extraction_fails_is_listed_and_the_others_written(
    corpus_dir, tmp_path, monkeypatch, fresh_cache
):
    monkeypatch.setattr(batch_mod, "extract_documents", _failing_on("Jiangmen"))
    out, lines = tmp_path / "facts.jsonl", []
    n_facts, n_docs = write_facts(corpus_dir, "jsonl", out, Executor(), batch_size=3, skip_bad=True, log=lines.append)
    assert n_docs == 4
    ids = {json.loads(line)["doc_id"] for line in out.read_text(encoding="utf-8").splitlines()}
    assert "beta-2" not in ids and {"beta", "beta_report"} <= ids
    assert "Skipped beta-2.txt: its facts could not be extracted (ValueError: cannot read Jiangmen)." in lines


def test_bad_files_and_failures_are_one_list_at_the_end_with_skip_bad(corpus_dir, tmp_path, monkeypatch, fresh_cache):
    (corpus_dir / "empty.txt").write_bytes(b"")
    (corpus_dir / "zz_binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    monkeypatch.setattr(batch_mod, "extract_documents", _failing_on("Jiangmen"))
    lines = []
    write_facts(corpus_dir, "jsonl", tmp_path / "f.jsonl", Executor(), skip_bad=True, log=lines.append)
    assert lines[0] == "3 article files left out:"
    assert [line.split(":")[0] for line in lines[1:]] == [
        "Skipped empty.txt",
        "Skipped zz_binary.txt",
        "Skipped beta-2.txt",
    ]


def test_without_skip_bad_a_failure_writes_nothing(corpus_dir, tmp_path, monkeypatch, fresh_cache):
    monkeypatch.setattr(batch_mod, "extract_documents", _failing_on("Jiangmen"))
    out = tmp_path / "facts.jsonl"
    out.write_text("old\n", encoding="utf-8")
    with pytest.raises(CorpusError) as err:
        write_facts(corpus_dir, "jsonl", out, Executor())
    assert "beta-2.txt: its facts could not be extracted" in str(err.value) and "--skip-bad" in str(err.value)
    assert out.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_bad_files_stop_the_run_before_any_extraction(corpus_dir, tmp_path, monkeypatch, fresh_cache):
    (corpus_dir / "empty.txt").write_bytes(b"")
    calls = []
    monkeypatch.setattr(batch_mod, "extract_documents", lambda docs: calls.append(docs) or [])
    with pytest.raises(CorpusError, match="empty.txt: the file is empty"):
        write_facts(corpus_dir, "jsonl", tmp_path / "f.jsonl", Executor())
    assert calls == []


@pytest.mark.slow
def test_dask_local_cluster_gives_the_facts_of_the_local_path(corpus_dir, tmp_path, monkeypatch):
    local = facts_for(load_corpus(corpus_dir), use_cache=False)
    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(tmp_path / "dask-cache"))
    with DaskExecutor(2, setup=batch_mod.warm_worker) as ex:
        out = tmp_path / "dask.jsonl"
        write_facts(corpus_dir, "jsonl", out, ex, batch_size=2)
    assert out.read_text(encoding="utf-8") == export.jsonl(local)
    assert len(list((tmp_path / "dask-cache" / "facts").glob("*.json"))) == 5  # cached by the caller


def test_parquet_facts_come_with_their_documents_table(corpus_dir, tmp_path):
    out = tmp_path / "facts.parquet"
    write_facts(corpus_dir, "parquet", out, Executor(), batch_size=2)
    docs = pq.read_table(export.documents_path(out)).to_pylist()
    assert [d["doc_id"] for d in docs] == ["beta", "beta-2", "beta_report", "delta_border_clinics",
                                           "gamma_stroke_centre"]  # fmt: skip
    by_id = {d["doc_id"]: d for d in docs}
    assert by_id["beta"]["file"] == "beta.txt"
    short = by_id["beta-2"]
    assert short["label"] == "A clinic opened in Jiangmen in 2020 with 40 beds." and short["title"] is None
    assert short["signature"] == [] and short["bands"] == []  # too short to compare with other articles
    raw = (corpus_dir / "delta_border_clinics.txt").read_text(encoding="utf-8")
    full = by_id["delta_border_clinics"]
    if full["title"] is not None:
        assert raw[full["title_start"] : full["title_end"]] == full["title"]
    assert len(full["signature"]) == 128 and full["n_chars"] == len(raw)


def test_documents_path_is_beside_the_facts(tmp_path):
    assert export.documents_path(tmp_path / "facts.parquet") == tmp_path / "facts.documents.parquet"
    assert export.documents_path(tmp_path / "facts") == tmp_path / "facts.documents.parquet"
