"""Termination signals end a command the way Ctrl-C does, so its cleanup runs (temporary files removed, worker
processes stopped) and it exits with one line instead of dying where it stood."""

from __future__ import annotations

import multiprocessing
import signal
import threading
from contextlib import contextmanager
from typing import Iterator

SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


class Interrupted(KeyboardInterrupt):
    """A command stopped by a signal; `signum` says which (SIGINT for Ctrl-C)."""

    def __init__(self, signum: int = signal.SIGINT):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def exit_code(exc: BaseException) -> int:
    """The shell's convention for a command ended by a signal: 128 + its number (130 for Ctrl-C)."""
    return 128 + getattr(exc, "signum", signal.SIGINT)


@contextmanager
def stop_on_signals() -> Iterator[None]:
    """Within the block, SIGINT, SIGTERM and SIGHUP raise `Interrupted`; further signals are ignored while the
    cleanup runs. The previous handlers come back at the end. Outside the main thread this does nothing."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum, frame):
        for s in SIGNALS:
            signal.signal(s, signal.SIG_IGN)
        raise Interrupted(signum)

    before = {s: signal.signal(s, handler) for s in SIGNALS}
    try:
        yield
    finally:
        for s, h in before.items():
            signal.signal(s, h)


def stop_children() -> None:
    """Terminate this process's worker processes (the report workers, the data files' writer) now, so a command
    stopped by a signal or an error does not wait for work nobody will use."""
    for p in multiprocessing.active_children():
        p.terminate()
