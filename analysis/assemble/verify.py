"""`make verify`: rebuild everything from scratch in a temporary folder and compare with the reports byte for byte."""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
import tempfile
from pathlib import Path

from analysis.assemble.run import build
from analysis.errors import BuildError


def tree_digests(root: Path) -> dict[str, str]:
    """sha256 of every file under `root` (hidden files excluded), by relative path."""
    out = {}
    for p in sorted(root.rglob("*")):
        rel = p.relative_to(root)
        if p.is_file() and not any(part.startswith(".") for part in rel.parts):
            out[rel.as_posix()] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def compare(expected: Path, actual: Path) -> list[str]:
    """Lines naming every file that differs, is missing or is extra in `actual`."""
    a, b = tree_digests(expected), tree_digests(actual)
    out = []
    for name in sorted(set(a) | set(b)):
        if name not in b:
            out.append(f"missing from {actual}: {name}")
        elif name not in a:
            out.append(f"not rebuilt (stale or extra): {name}")
        elif a[name] != b[name]:
            out.append(f"differs: {name}")
    return out


def verify(corpus_dir: str, reports_dir: str, *, jobs: int = 2) -> int:
    reports = Path(reports_dir)
    if not reports.is_dir():
        raise BuildError("there are no built reports to verify.", where=str(reports), hint="Run `make reports` first.")
    tmp = Path(tempfile.mkdtemp(prefix="verify-"))
    old_cache = os.environ.get("ANALYSIS_CACHE_DIR")
    try:
        os.environ["ANALYSIS_CACHE_DIR"] = str(tmp / "cache")
        code = build(corpus_dir, tmp / reports.name, force=True, jobs=jobs, quiet=True)
        if code != 0:
            print("verify: the fresh build failed (see above).", file=sys.stderr)
            return code
        diffs = compare(tmp / reports.name, reports)
    finally:
        if old_cache is None:
            os.environ.pop("ANALYSIS_CACHE_DIR", None)
        else:
            os.environ["ANALYSIS_CACHE_DIR"] = old_cache
        shutil.rmtree(tmp, ignore_errors=True)
    if diffs:
        print(
            f"verify: {len(diffs)} file{'s' if len(diffs) != 1 else ''} in {reports} differ from a fresh build:",
            file=sys.stderr,
        )
        for line in diffs:
            print(f"  {line}", file=sys.stderr)
        print("Run `make reports` and commit the rebuilt reports.", file=sys.stderr)
        return 1
    print(
        f"verify: all {len(tree_digests(reports))} files in {reports} match a fresh build byte for byte.",
        file=sys.stderr,
    )
    return 0
