"""A facts table given to the build (`build --facts FILE`): a Parquet file or dataset folder written by
`python -m analysis facts --format parquet`, with its documents table beside it. The reports are built from it
without extracting anything.

Everything here runs without pandas or pyarrow (a Parquet file is recognised by its magic bytes), so a build
with nothing to do can check a given facts file too.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from analysis.assemble.keys import key
from analysis.assemble.manifest import Stats
from analysis.errors import ParameterError
from analysis.facts.paths import PARQUET_SUFFIXES, documents_path, parquet_parts

MAGIC = b"PAR1"
WRITE_IT = "Write it with `python -m analysis facts CORPUS --format parquet -o FILE.parquet` (or -o FOLDER/)."


@dataclass(frozen=True)
class GivenFacts:
    """A facts table given to the build: its facts (file or dataset folder) and documents table."""

    facts: Path
    documents: Path

    def files(self) -> list[Path]:
        """Every file of the table: the facts' parts, then the documents table."""
        return [*parquet_parts(self.facts), self.documents]


def _is_parquet(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            head = f.read(4)
            f.seek(-4, os.SEEK_END)
            return head == MAGIC and f.read(4) == MAGIC
    except OSError:
        return False


def given_facts(path: str | os.PathLike) -> GivenFacts:
    """The facts table at `path`; ParameterError when it is missing, is not Parquet (JSONL and CSV are refused:
    the build queries the facts where they lie) or has no documents table beside it."""
    p = Path(path)
    if not p.exists():
        raise ParameterError("the facts file does not exist.", where=str(p), hint=WRITE_IT)
    if p.is_file() and p.suffix.lower() in (".jsonl", ".json", ".csv"):
        raise ParameterError(
            f"the facts file is {p.suffix[1:].upper()}; the build reads Parquet facts only.",
            where=str(p),
            hint=WRITE_IT,
        )
    parts = parquet_parts(p)
    if not parts:
        raise ParameterError("the folder holds no .parquet file.", where=str(p), hint=WRITE_IT)
    bad = [q for q in parts if not _is_parquet(q)]
    if bad:
        raise ParameterError("this file is not a Parquet file.", where=str(bad[0]), hint=WRITE_IT)
    docs = documents_path(p)
    if not _is_parquet(docs):
        raise ParameterError(
            f"the facts have no documents table beside them (expected {docs.name}).",
            where=str(p),
            hint="Pass the facts written by `python -m analysis facts CORPUS --format parquet -o FILE`, which "
            "writes the documents table beside them, and keep the two together.",
        )
    if p.is_file() and p.suffix.lower() not in PARQUET_SUFFIXES:
        raise ParameterError("a Parquet facts file must end in .parquet.", where=str(p), hint=WRITE_IT)
    return GivenFacts(p, docs)


def digest(given: GivenFacts, stats: Stats) -> str:
    """What the given facts are: the sha256 of each of their files, by name (a file whose size and time are
    unchanged since the last build keeps its digest, see `manifest.Stats`)."""
    return key([[f.name, stats.digest(f)] for f in given.files()])
