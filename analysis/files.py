"""Atomic file writes, and the one translation of a failure to write into a message for the user.

A write goes to a temporary file in the same folder, then is renamed over the target; when it fails, the
temporary file is removed and the OSError names the target, so `writing` can say which file it was.
"""

from __future__ import annotations

import errno
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from analysis.errors import WriteError

_WHY = {
    errno.ENOSPC: ("no space left on the device", "free some space (or {other} on another disk)"),
    errno.EDQUOT: ("the disk quota is exceeded", "free some space within your quota (or {other} on another disk)"),
    errno.EROFS: ("the file system is read-only", "{other} on a disk you can write to"),
    errno.EACCES: ("permission denied", "make the folder writable, e.g. `chmod -R u+w FOLDER` (or {other})"),
    errno.EPERM: (
        "the operation is not permitted",
        "make the folder writable, e.g. `chmod -R u+w FOLDER` (or {other})",
    ),
    errno.ENOTDIR: ("a part of its path is a file, not a folder", "move that file out of the way (or {other})"),
    errno.EEXIST: ("a file of that name is in the way of a folder", "move that file out of the way (or {other})"),
    errno.EISDIR: ("a folder of that name is in the way of the file", "move that folder out of the way (or {other})"),
    errno.EIO: ("an input/output error (the disk may be failing or was removed)", "check the disk (or {other})"),
}
"""errno -> (what happened, what to do); `{other}` is how to choose another place for this command."""


def _write_fd(fd: int, data: bytes) -> None:
    """The one low-level write: all of `data` to the open descriptor `fd`, which it closes."""
    with os.fdopen(fd, "wb") as f:
        f.write(data)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Replace `path` with `data` so readers see the old or the new file, never a partial one."""
    path = Path(path)
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        _write_fd(fd, data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException as exc:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)
        if isinstance(exc, OSError):  # name the target, not the temporary file (a failed write() names none)
            exc.filename, exc.filename2 = str(path), None
        raise


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def write_reason(exc: OSError, other: str = "use another folder") -> tuple[str, str]:
    """What happened and what to do for a failed write: ENOSPC -> ("no space left on the device", "free ...")."""
    why, todo = _WHY.get(exc.errno, ((exc.strerror or type(exc).__name__).lower(), "check the folder (or {other})"))
    return why, todo.format(other=other)


def write_error(exc: OSError, folder: Path, *, other: str, after: str) -> WriteError:
    """`FOLDER: could not write FILE (why).` with `What to do: <fix> and <after>`; FILE is relative to FOLDER."""
    folder = Path(folder)
    name = str(exc.filename) if exc.filename is not None else str(folder)
    for root in (folder, folder.resolve(), folder.resolve().parent):
        try:
            name = Path(name).relative_to(root).as_posix()
            break
        except ValueError:
            continue
    why, todo = write_reason(exc, other)
    return WriteError(
        f"could not write {name} ({why}).", where=str(folder), hint=f"{todo[0].upper()}{todo[1:]} and {after}."
    )


@contextmanager
def writing(folder: Path, *, other: str, after: str) -> Iterator[None]:
    """Within the block, a failure to write (any OSError) becomes the WriteError of `write_error`."""
    try:
        yield
    except OSError as exc:
        raise write_error(exc, folder, other=other, after=after) from None
