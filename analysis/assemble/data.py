"""The data files published beside the reports: the facts table (JSONL, CSV, Parquet) and the entities."""

from __future__ import annotations

import pandas as pd

from analysis.facts import export
from analysis.facts.entities import entity_table


def data_files(facts: pd.DataFrame) -> dict[str, bytes]:
    """Facts and entities of the corpus, as files beside the reports."""
    return {
        "data/facts.jsonl": export.jsonl(facts).encode("utf-8"),
        "data/facts.csv": export.csv(facts).encode("utf-8"),
        "data/facts.parquet": export.parquet_bytes(facts),
        "data/entities.csv": export.csv(entity_table(facts), ("variants", "doc_ids")).encode("utf-8"),
    }
