"""Helpers: build a Document from a hand-written text and run one extractor on it."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.ingest.corpus import make_document


def make(text: str):
    return make_document("x", Path("x.txt"), text, "0" * 64)


@pytest.fixture
def facts():
    from analysis.extract import extract_document

    def run(text: str, kind: str | None = None):
        rows = extract_document(make(text))
        return [r for r in rows if kind is None or r["kind"] == kind]

    return run
