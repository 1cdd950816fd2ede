"""Facts by id, for the passages a report cites and the words it quotes: one query per section, never the table."""

from __future__ import annotations

from typing import Any, Iterable

from analysis.query.store import Store

COLUMNS = (
    'fact_id, doc_id, kind, text, start, "end", sentence, sentence_start, sentence_end, name, entity_id, org_type, '
    "jurisdiction, role, affiliation, value, value_from, value_to, change_pct, amount_type, unit, object, place, "
    "date, event, speaker, quote, parties, party_ids, initiative, field, theme, extractor"
)


def facts_by_id(store: Store, ids: Iterable[str | None]) -> dict[str, dict[str, Any]]:
    """fact_id -> the fact's row (its span, sentence, fields and near-duplicate group) for the ids given (None and
    unknown ids skipped)."""
    wanted = sorted({i for i in ids if i})
    if not wanted:
        return {}
    rows = store.rows(
        f"""SELECT f.*, g.group_id FROM {store.of_ids("facts", COLUMNS)} f
        LEFT JOIN scope_docs g USING (doc_id) ORDER BY f.fact_id""",
        {"ids": wanted},
    )
    return {r["fact_id"]: r for r in rows}


def one_per_group(facts: Iterable[dict[str, Any] | None]) -> list[dict[str, Any]]:
    """The facts in order, the first of each group of republished copies only (a passage copied into five
    articles is cited once)."""
    out, seen = [], set()
    for f in facts:
        if f is None:
            continue
        key = f.get("group_id") or f["doc_id"]
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out
