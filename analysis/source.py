"""What the package's behaviour depends on: its source and data files, and one hash over them.

The facts cache and the build keys both use this hash, so editing any module or lexicon invalidates
exactly what it may have changed.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Iterable

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent
SUFFIXES = frozenset({".py", ".txt", ".tsv", ".csv", ".json", ".j2", ".css", ".js"})


def tree_hash(paths: Iterable[Path], root: Path) -> str:
    """sha256 over the relative names and bytes of files, in sorted order."""
    h = hashlib.sha256()
    for p in sorted(paths, key=lambda p: p.relative_to(root).as_posix()):
        h.update(p.relative_to(root).as_posix().encode() + b"\0")
        h.update(hashlib.sha256(p.read_bytes()).digest())
    return h.hexdigest()


def package_files() -> list[Path]:
    """Source and data files of the package, caches and hidden files left out."""
    return [
        p
        for p in PACKAGE_DIR.rglob("*")
        if p.is_file() and p.suffix in SUFFIXES and "__pycache__" not in p.parts and not p.name.startswith(".")
    ]


def package_hash() -> str:
    """sha256 of every source and data file of the package."""
    return tree_hash(package_files(), PACKAGE_DIR)
