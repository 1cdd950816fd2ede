"""Fact extraction: one module per kind over a shared NLP pass, merged by one overlap policy.

`extract_document(doc)` returns the rows of one article (without `doc_id`, `entity_id` and `fact_id`,
which depend on the corpus); `analysis.facts.table` adds them.
"""

from __future__ import annotations

from typing import Any

from analysis.extract import (
    amount_changes,
    amount_places,
    amounts,
    dates,
    homonyms,
    org_cues,
    organizations,
    overlap,
    partnerships,
    people,
    places,
    quotes,
    roles,
    themes,
)
from analysis.extract.nlp import Context, analyse, analyse_many
from analysis.ingest.corpus import Document

KINDS = ("organization", "person", "place", "amount", "date", "quote", "partnership", "theme")
"""The kinds of fact, in the order rows of one span are listed. The one list: the facts schema, the contract fields
and the article pages' colours follow it (a new kind needs its rule module here, its contract fields in
`facts/schema.py`, and nothing else)."""
_RANK = {k: i for i, k in enumerate(KINDS)}


def extract_context(ctx: Context) -> list[dict[str, Any]]:
    """Rows of a document already run through the shared NLP pass."""
    orgs = organizations.extract(ctx)
    found_places = places.extract(ctx)
    persons = people.extract(ctx)
    orgs += roles.segment_orgs(ctx, persons, orgs)
    groups = partnerships.candidates(ctx, orgs, found_places)
    names = overlap.resolve_names(orgs + groups + persons + found_places, ctx.text, roles.role_spans(ctx, persons))
    all_orgs = overlap.full_names([m for m in names if m.kind == "organization"], ctx.text)
    kept_orgs = [m for m in all_orgs if not m.original]  # the rules below read around in-text mentions only
    kept_people = [m for m in names if m.kind == "person"]
    page_orgs = [m for m in all_orgs if m.original]  # bodies named only in lines the cleaning set aside ("From: X")
    kept_people = people.finalize(ctx, kept_people, kept_orgs, page_orgs)
    kept_places = overlap.drop_short_names([m for m in names if m.kind == "place"], kept_orgs + page_orgs, ctx.text)
    kept_places = overlap.drop_surnames(kept_places, kept_people, ctx.text)
    cued_orgs = org_cues.annotate(ctx, kept_orgs, kept_places)
    cued_orgs += org_cues.annotate_names(ctx, [m for m in all_orgs if m.original], kept_places, kept_orgs)
    cued_orgs = homonyms.apply(cued_orgs, kept_places)  # "Perth-based" beside "Scotland": Scotland's Perth
    names = sorted(cued_orgs + kept_people + kept_places, key=lambda m: (m.start, m.end))
    nums, dts = overlap.resolve_numbers(amounts.extract(ctx), dates.extract(ctx), names)
    nums = amount_places.assign(ctx, amount_changes.relate(ctx, nums), kept_places, cued_orgs, kept_people)
    mentions = names + nums + dts
    quoted = quotes.extract(ctx, kept_people, kept_orgs)
    mentions += quoted
    mentions += partnerships.extract(ctx, kept_orgs, kept_places, kept_people, quoted)
    mentions += themes.extract(ctx)
    rows = [ctx.row(m) for m in mentions]
    rows.sort(
        key=lambda r: (
            r["start"],
            r["end"],
            _RANK[r["kind"]],
            r["extractor"],
            str(r.get("name") or r.get("theme") or ""),
        )
    )
    return rows


def extract_document(doc: Document) -> list[dict[str, Any]]:
    """Every fact of one document, with spans into its original text."""
    return extract_context(analyse(doc))


def extract_documents(docs: list[Document]) -> list[list[dict[str, Any]]]:
    """Rows of several documents, sharing one batched NLP pass."""
    return [extract_context(c) for c in analyse_many(docs)]
