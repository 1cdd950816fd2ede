"""The command line as a user runs it: help, corpus listing, facts output, clear errors without tracebacks."""

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from corpora import repeated

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


def session_processes(sid: int) -> list[tuple[int, str]]:
    """(pid, command line) of every live process of the session `sid`, read from /proc (zombies left out)."""
    out = []
    for d in Path("/proc").iterdir():
        if not d.name.isdigit():
            continue
        try:
            stat = (d / "stat").read_text()
            cmd = (d / "cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
        except OSError:
            continue
        state, _ppid, _pgrp, session = stat[stat.rindex(")") + 2 :].split()[:4]
        if int(session) == sid and state != "Z":
            out.append((int(d.name), cmd))
    return out


@pytest.mark.slow
@pytest.mark.parametrize(
    "sig, group",
    [(signal.SIGTERM, False), (signal.SIGINT, True)],  # `kill PID`, and Ctrl-C (the whole process group)
    ids=["SIGTERM", "SIGINT to the group"],
)
def test_facts_stopped_by_a_signal_ends_its_workers_and_leaves_no_output(tmp_path, sig, group):
    corpus = repeated(tmp_path / "corpus", 40)
    cache = tmp_path / "cache"
    out = tmp_path / "out" / "facts.jsonl"
    out.parent.mkdir()
    proc = subprocess.Popen(
        [sys.executable, "-m", "analysis", "facts", str(corpus), "-o", str(out), "--jobs", "2", "--batch-size", "2"],
        cwd=PROJECT,
        env=dict(os.environ, ANALYSIS_CACHE_DIR=str(cache)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own session: every process it starts can be found, and none is missed
    )
    try:
        deadline = time.monotonic() + 300
        while not list(cache.glob("facts/*.json")):  # mid-run: the workers have returned a first batch
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, "no batch was extracted in time"
            time.sleep(0.2)
        assert len(session_processes(proc.pid)) >= 3  # the command, its two workers (and the resource tracker)
        (os.killpg if group else os.kill)(proc.pid, sig)
        _, err = proc.communicate(timeout=120)
        deadline = time.monotonic() + 20  # the resource tracker ends once its last user has
        while session_processes(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.2)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        survivors = session_processes(proc.pid)
        for pid, _ in survivors:  # a failing run must not leave its workers behind either
            os.kill(pid, signal.SIGKILL)
    assert proc.returncode == 128 + sig, err
    assert err.splitlines()[-1] == (
        f"interrupted by {signal.Signals(sig).name}: worker processes were stopped and no partial file was written."
    )
    assert "Traceback" not in err
    assert list(out.parent.iterdir()) == []  # neither the output nor a temporary file
    assert survivors == []  # no worker, no resource tracker left running


def test_facts_reads_links_out_of_the_folder_unless_told_not_to(fixture_corpus, tmp_path):
    """`facts` writes the caller's own file, so it reads linked articles (a corpus made of links is common);
    `--no-follow-links` leaves them out as `build` does."""
    linked = tmp_path / "linked"
    linked.mkdir()
    for p in sorted(fixture_corpus.glob("*.txt")):
        (linked / p.name).symlink_to(p)
    out = tmp_path / "facts.jsonl"
    r = run("facts", str(linked), "-o", str(out), "--jobs", "1")
    assert r.returncode == 0, r.stderr
    docs = {json.loads(line)["doc_id"] for line in out.read_text(encoding="utf-8").splitlines()}
    assert docs == {"alpha_partnership", "beta_report"}
    (linked / "alpha_partnership.txt").unlink()
    shutil.copy(fixture_corpus / "alpha_partnership.txt", linked)
    r = run("facts", str(linked), "-o", str(out), "--jobs", "1", "--no-follow-links")
    assert r.returncode == 0, r.stderr
    assert "Left out beta_report.txt: a symbolic link to a file outside the corpus folder" in r.stderr
    docs = {json.loads(line)["doc_id"] for line in out.read_text(encoding="utf-8").splitlines()}
    assert docs == {"alpha_partnership"}
