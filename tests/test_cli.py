"""The command line as a user runs it: help, corpus listing, facts output, clear errors without tracebacks."""

import json
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent


def run(*args, cwd=PROJECT):
    return subprocess.run([sys.executable, "-m", "analysis", *args], cwd=cwd, capture_output=True, text=True)


def test_help_lists_the_commands():
    r = run("--help")
    assert r.returncode == 0
    for cmd in ("corpus", "facts", "build", "verify", "entities", "schema"):
        assert cmd in r.stdout


def test_corpus_prints_detected_metadata(fixture_corpus):
    r = run("corpus", str(fixture_corpus), "--json")
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    assert [x["doc_id"] for x in rows] == ["alpha_partnership", "beta_report"]
    assert rows[0]["published"] == "2022-03-14"
    assert rows[1]["title"] == "Coastal City Health Bureau reports progress on community clinics 社区诊所进展"


def test_facts_jsonl_follows_the_contract(fixture_corpus, tmp_path):
    out = tmp_path / "facts.jsonl"
    r = run("facts", str(fixture_corpus), "--format", "jsonl", "-o", str(out))
    assert r.returncode == 0, r.stderr
    texts = {p.stem: p.read_text(encoding="utf-8") for p in fixture_corpus.glob("*.txt")}
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    for rec in records:
        for field in ("doc_id", "kind", "text", "start", "end", "sentence"):
            assert field in rec
        assert texts[rec["doc_id"]][rec["start"] : rec["end"]] == rec["text"]


def test_facts_csv_has_the_schema_columns(fixture_corpus, tmp_path):
    from analysis.facts.schema import COLUMNS

    out = tmp_path / "facts.csv"
    r = run("facts", str(fixture_corpus), "--format", "csv", "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert out.read_text(encoding="utf-8").splitlines()[0].split(",") == list(COLUMNS)


def test_missing_folder_is_a_clear_error_without_traceback(tmp_path):
    r = run("corpus", str(tmp_path / "nowhere"))
    assert r.returncode == 2
    assert "nowhere" in r.stderr and "does not exist" in r.stderr and "What to do" in r.stderr
    assert "Traceback" not in r.stderr


def test_binary_file_is_a_clear_error(tmp_path):
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    r = run("facts", str(tmp_path))
    assert r.returncode == 2
    assert "photo.txt" in r.stderr and "binary" in r.stderr
    assert "Traceback" not in r.stderr


def test_schema_lists_every_column():
    from analysis.facts.schema import COLUMNS

    r = run("schema")
    assert r.returncode == 0
    for c in COLUMNS:
        assert f"`{c}`" in r.stdout


def test_facts_parquet_and_executor_options(fixture_corpus, tmp_path):
    from analysis.facts.export import read_facts

    out = tmp_path / "facts.parquet"
    r = run("facts", str(fixture_corpus), "--format", "parquet", "-o", str(out), "--jobs", "1", "--batch-size", "1")
    assert r.returncode == 0, r.stderr
    r2 = run("facts", str(fixture_corpus), "--format", "jsonl", "-o", str(tmp_path / "facts.jsonl"), "--jobs", "2")
    assert r2.returncode == 0, r2.stderr
    lines = (tmp_path / "facts.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(read_facts(out)) == len(lines) > 0
    r3 = run("facts", str(fixture_corpus), "--format", "parquet")
    assert r3.returncode == 2 and "cannot be written to standard output" in r3.stderr and "Traceback" not in r3.stderr
    r4 = run("facts", str(fixture_corpus), "--executor", "local", "--scheduler", "tcp://127.0.0.1:9")
    assert r4.returncode == 2 and "--executor dask" in r4.stderr and "Traceback" not in r4.stderr
