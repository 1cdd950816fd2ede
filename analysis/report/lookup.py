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
    """fact_id -> the fact's row (its span, sentence and fields) for the ids given (None and unknown ids skipped)."""
    wanted = sorted({i for i in ids if i})
    if not wanted:
        return {}
    rows = store.rows(
        f"SELECT {COLUMNS} FROM facts WHERE list_contains($ids, fact_id) ORDER BY fact_id", {"ids": wanted}
    )
    return {r["fact_id"]: r for r in rows}
