"""The per-article facts cache: a sound entry is read back, anything else is recomputed, and a cache that
cannot be written is skipped with one notice."""

import functools
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from paths import FIXTURES

from analysis import source
from analysis.facts import cache
from analysis.facts.table import document_rows
from analysis.ingest.corpus import make_document
from analysis.source import PACKAGE_DIR

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


# -- what the fingerprint covers: the extraction stage, not the stages after it ------------------------------------
@pytest.fixture
def package_copy(tmp_path, monkeypatch):
    """A copy of the package whose files a test may edit; the cache's fingerprint is computed from it."""
    root = tmp_path / "analysis"
    shutil.copytree(PACKAGE_DIR, root, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache, "stage_hash", functools.partial(source.stage_hash, root=root))
    cache.fingerprint.cache_clear()
    yield root
    cache.fingerprint.cache_clear()


def edit(path: Path, line: str = "# an edit\n") -> None:
    path.write_text(path.read_text(encoding="utf-8") + line, encoding="utf-8")


@pytest.mark.parametrize(
    "changed",
    [
        "report/overview.py",  # a report module
        "report/registry.py",
        "resources/strand_words.tsv",  # a lexicon only reports read
        "assemble/run.py",  # the build
        "assemble/templates/article.css",
        "facts/export.py",  # the stage that reads the cache
    ],
)
def test_a_change_after_extraction_keeps_the_cached_facts(doc, package_copy, changed):
    cache.store(doc, ROWS)
    edit(package_copy / changed)
    cache.fingerprint.cache_clear()
    assert cache.load(doc) == ROWS


@pytest.mark.parametrize(
    "changed",
    [
        "extract/people.py",  # an extractor
        "extract/__init__.py",
        "resources/org_heads.txt",  # a lexicon an extractor names
        "resources/noise_lines.txt",  # a lexicon the cleaning names
        "ingest/clean.py",  # reading, which extraction imports
        "resources/__init__.py",  # the lexicon loader
        "errors.py",  # a base module
    ],
)
def test_a_change_to_extraction_or_its_lexicons_invalidates_the_cached_facts(doc, package_copy, changed):
    cache.store(doc, ROWS)
    edit(package_copy / changed)
    cache.fingerprint.cache_clear()
    assert cache.load(doc) is None


def test_the_fingerprint_covers_every_file_extraction_reads(tmp_path):
    """Extraction run in a fresh process, watched by an audit hook: every module of the package it loads and every
    package file it opens is one the fingerprint hashes (a lexicon named in a way the source scan misses fails)."""
    modules, data, _ = source.stage_sources(cache.EXTRACTION)
    script = f"""
import json, os, sys
opened = set()
def hook(event, args):
    if event == "open" and isinstance(args[0], (str, bytes, os.PathLike)):
        opened.add(os.path.realpath(os.fsdecode(args[0])))
sys.addaudithook(hook)
from pathlib import Path
from analysis.extract import extract_document
from analysis.ingest.corpus import load_corpus
rows = [r for d in load_corpus({str(FIXTURES / "corpus")!r}).documents for r in extract_document(d)]
assert rows
loaded = [m.__file__ for name, m in sys.modules.items() if name.split(".")[0] == "analysis"]
print(json.dumps({{"modules": sorted(os.path.realpath(f) for f in loaded), "opened": sorted(opened)}}))
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    package = str(PACKAGE_DIR) + os.sep
    data_opened = {
        p for p in seen["opened"] if p.startswith(package) and "__pycache__" not in p and not p.endswith(".py")
    }
    assert data_opened, "the hook saw no lexicon being read"
    assert data_opened <= {str(p) for p in data}
    assert set(seen["modules"]) <= {str(p) for p in modules}
    assert {"resources/strand_words.tsv", "resources/measure_types.tsv"}.isdisjoint(
        p.relative_to(PACKAGE_DIR).as_posix() for p in data
    )


def test_what_a_cache_entry_holds_is_what_its_fingerprint_hashes():
    from analysis.source import stage_sources

    modules, _, _ = stage_sources(cache.EXTRACTION)
    names = {p.as_posix() for p in modules}
    # the rows come from the extractors, the documents-table content from `documents.content_of`
    assert any(n.endswith("extract/__init__.py") for n in names)
    assert any(n.endswith("facts/documents.py") for n in names)
