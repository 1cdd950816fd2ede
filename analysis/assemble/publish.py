"""Putting files in place: each report's files move from a staging folder into the output folder only after
the report succeeded, one `os.replace` each, so readers see the old file or the new one, never a partial one.
A failure to write (no space, read-only disk, permissions) ends in one `WriteError` naming the folder (`writes`)."""

from __future__ import annotations

import os
import shutil
import tempfile
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Iterator

from analysis.assemble.keys import sha256_bytes
from analysis.files import atomic_write_bytes, writing


def writes(out_dir: Path) -> AbstractContextManager[None]:
    """Within the block, a failed write becomes "OUT: could not write FILE (no space left on the device)..."."""
    return writing(out_dir, other="pass --out a folder", after="run the build again; the last good reports were kept")


def staging_dir(out_dir: Path) -> Path:
    """A fresh staging folder beside the output folder (same file system, so renames are atomic)."""
    return Path(tempfile.mkdtemp(prefix=f".{out_dir.resolve().name}.staging-", dir=out_dir.resolve().parent))


def publish(out_dir: Path, stage: Path, files: dict[str, bytes], old: dict[str, str]) -> dict[str, str]:
    """Move a report's files into place; remove its files from an earlier build that it no longer makes.

    Every file is written to the staging folder before any is moved, so a full disk leaves the report as it was.
    Returns name -> sha256 of what was published."""
    digests = {}
    for name in sorted(files):
        atomic_write_bytes(stage / name, files[name])
        digests[name] = sha256_bytes(files[name])
    return publish_staged(out_dir, stage, digests, old)


@contextmanager
def staged(stage: Path, name: str) -> Iterator[Path]:
    """The path of `name` in the staging folder, its folder made, for a file written there piece by piece; a failed
    write names that file."""
    path = stage / name
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        yield path
    except OSError as exc:
        if exc.filename is None:
            exc.filename = str(path)
        raise


def publish_staged(out_dir: Path, stage: Path, digests: dict[str, str], old: dict[str, str]) -> dict[str, str]:
    """Move files already written to the staging folder (name -> sha256) into place, and remove the files of `old`
    that are not among them. Returns `digests`."""
    for name in sorted(digests):
        (out_dir / name).parent.mkdir(parents=True, exist_ok=True)
    for name in sorted(digests):
        os.replace(stage / name, out_dir / name)
    for name in sorted(set(old) - set(digests)):
        (out_dir / name).unlink(missing_ok=True)
    return dict(digests)


def remove_outputs(out_dir: Path, names: dict[str, str]) -> None:
    """Delete the published files of a report that is no longer planned."""
    for name in names:
        (out_dir / name).unlink(missing_ok=True)


def remove_leftovers(out_dir: Path) -> None:
    """Staging folders and temporary files of a build that was killed outright (under the lock, none is in use)."""
    for old in out_dir.resolve().parent.glob(f".{out_dir.resolve().name}.staging-*"):
        shutil.rmtree(old, ignore_errors=True)
    for tmp in out_dir.rglob(".*.tmp"):
        tmp.unlink(missing_ok=True)


def clear_error_records(out_dir: Path, stems: set[str]) -> None:
    """Drop `_errors/<report>.json` of reports whose published files are current again."""
    errors_dir = out_dir / "_errors"
    for stem in stems:
        (errors_dir / f"{stem}.json").unlink(missing_ok=True)
    if errors_dir.is_dir() and not any(errors_dir.iterdir()):
        errors_dir.rmdir()


def prune_empty(root: Path) -> None:
    """Remove empty folders under `root` (figures of reports no longer built)."""
    if not root.exists():
        return
    for d in sorted((p for p in root.rglob("*") if p.is_dir()), key=lambda p: -len(p.parts)):
        if not any(d.iterdir()):
            d.rmdir()
