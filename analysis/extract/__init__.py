"""Fact extraction: one module per kind over a shared NLP pass, merged by one overlap policy.

`extract_document(doc)` returns the rows of one article (without `doc_id`, `entity_id` and `fact_id`,
which depend on the corpus); `pipeline.corpus_facts` adds them.
"""
from __future__ import annotations

from typing import Any

from analysis.corpus import Document

EXTRACTOR_VERSION = "2"

_KIND_ORDER = ("organization", "person", "place", "amount", "date", "quote", "partnership", "theme")


def extract_context(ctx) -> list[dict[str, Any]]:
    """Rows of a document already run through the shared NLP pass."""
    from analysis.extract import amounts, dates, organizations, overlap, partnerships, people, places, quotes, themes

    orgs = organizations.extract(ctx)
    names = overlap.resolve_names(orgs + people.extract(ctx) + places.extract(ctx))
    kept_orgs = [m for m in names if m.kind == "organization"]
    kept_people = [m for m in names if m.kind == "person"]
    kept_people = people.finalize(ctx, kept_people, kept_orgs)
    names = sorted(kept_orgs + kept_people + [m for m in names if m.kind == "place"], key=lambda m: (m.start, m.end))
    nums, dts = overlap.resolve_numbers(amounts.extract(ctx), dates.extract(ctx), names)
    mentions = names + nums + dts
    mentions += quotes.extract(ctx, kept_people, kept_orgs)
    mentions += partnerships.extract(ctx, kept_orgs, [m for m in names if m.kind == "place"], kept_people)
    mentions += themes.extract(ctx)
    rows = [ctx.row(m) for m in mentions]
    rank = {k: i for i, k in enumerate(_KIND_ORDER)}
    rows.sort(key=lambda r: (r["start"], r["end"], rank[r["kind"]], r["extractor"], str(r.get("name") or r.get("theme") or "")))
    return rows


def extract_document(doc: Document) -> list[dict[str, Any]]:
    """Every fact of one document, with spans into its original text."""
    from analysis.extract.nlp import analyse

    return extract_context(analyse(doc))


def extract_documents(docs: list[Document]) -> list[list[dict[str, Any]]]:
    """Rows of several documents, sharing one batched NLP pass."""
    from analysis.extract.nlp import analyse_many

    return [extract_context(c) for c in analyse_many(docs)]
