"""One build per output folder at a time."""

from __future__ import annotations

import fcntl
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from analysis.assemble.publish import writes
from analysis.errors import LockError


@contextmanager
def build_lock(out_dir: Path) -> Iterator[None]:
    """Exclusive lock on the output folder for the whole build; a second build stops with a clear message."""
    lock_path = out_dir.resolve().parent / f".{out_dir.resolve().name}.lock"
    with writes(out_dir):
        lock_path.parent.mkdir(parents=True, exist_ok=True)
        f = open(lock_path, "a+b", buffering=0)  # unbuffered: a full disk cannot fail the final close
    with f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            f.seek(0)
            holder = f.read().decode("utf-8", "replace").strip() or "another process"
            raise LockError(
                f"another build ({holder}) is writing to this folder.",
                where=str(out_dir),
                hint="Wait for it to finish, or stop it, then run the build again.",
            ) from None
        try:  # the holder's pid is only a courtesy for the message of a second build
            f.seek(0)
            f.truncate()
            f.write(f"pid {os.getpid()}".encode())
        except OSError:
            pass
        try:
            yield
        finally:
            try:
                f.seek(0)
                f.truncate()
            except OSError:
                pass
            fcntl.flock(f, fcntl.LOCK_UN)
