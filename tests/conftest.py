"""Shared fixtures: paths to the hand-written fixture corpus and to the project."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def fixture_corpus(tmp_path: Path) -> Path:
    """A private copy of the small hand-written corpus."""
    dst = tmp_path / "corpus"
    shutil.copytree(FIXTURES / "corpus", dst)
    return dst


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory, monkeypatch):
    """Each test session extracts into its own cache, never the developer's."""
    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))
