"""Fact extraction: one module per kind over a shared NLP pass, merged by one overlap policy.

`extract_document(doc)` returns the rows of one article (without `doc_id`, `entity_id` and `fact_id`,
which depend on the corpus); `pipeline.corpus_facts` adds them.
"""
from __future__ import annotations

from typing import Any

from analysis.corpus import Document

EXTRACTOR_VERSION = "0"


def extract_document(doc: Document) -> list[dict[str, Any]]:
    """Every fact of one document, with spans into its original text."""
    return []
