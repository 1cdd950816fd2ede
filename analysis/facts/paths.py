"""Where the files of a Parquet facts table are: its part files, and its documents table beside it.

Kept apart from `export` (which loads pandas and pyarrow) so a build with nothing to do can find them.
"""

from __future__ import annotations

import os
from pathlib import Path

PARQUET_SUFFIXES = (".parquet", ".pq")


def documents_path(facts_path: str | os.PathLike) -> Path:
    """Where the documents table of a Parquet facts file or dataset folder lives: beside it, named after it
    ("out/facts.parquet" -> "out/facts.documents.parquet", "out/facts/" -> "out/facts.documents.parquet")."""
    p = Path(facts_path)
    stem = p.name[: -len(p.suffix)] if p.suffix.lower() in PARQUET_SUFFIXES else p.name
    return p.with_name(f"{stem}.documents.parquet")


def parquet_parts(path: str | os.PathLike) -> list[Path]:
    """The Parquet files of a facts file or dataset folder, in the order of their rows."""
    p = Path(path)
    return sorted(p.glob("*.parquet")) if p.is_dir() else [p]
