"""One seam for per-article work: run batches in this process, a local process pool, or a Dask cluster.

`Executor.map_batches(fn, batches)` calls `fn(batch)` where the executor runs work and yields the results in the
order of `batches`, with at most `window` batches in flight so memory stays bounded. Workers start on the first
batch (a fully cached corpus starts none) and run `setup` once each (e.g. loading the NLP model). A worker that
dies is replaced and the batches in flight run again, the one awaited first alone; if that batch's
second run dies as well, the run ends with an `ExecutorError` naming it and the worker.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
from collections import deque
from concurrent.futures import ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing import get_context
from typing import Any, Callable, Iterable, Iterator

from analysis.errors import AnalysisError

EXECUTORS = ("local", "dask")
SCHEDULER_ENV = "DASK_SCHEDULER_ADDRESS"


class ExecutorError(AnalysisError):
    """The workers cannot be started or reached, or a batch kills every worker it runs on."""


class WorkerDied(Exception):
    """The process running a batch ended before returning (crash, out of memory, killed)."""

    def __init__(self, worker: str):
        super().__init__(worker)
        self.worker = worker


@dataclass(frozen=True)
class _Ready:
    """The result of an empty batch: None, without starting or asking any worker."""

    value: Any = None


@dataclass
class _Slot:
    batch: Any
    future: Any = None
    runs: int = 0


def _live(slot: _Slot) -> bool:
    """True when the slot's batch was handed to a worker (not waiting, not empty)."""
    return slot.future is not None and not isinstance(slot.future, _Ready)


class Executor:
    """Runs `fn(batch)` for each batch and yields the results in order; subclasses say where."""

    name = "inline"
    workers = 1

    def __init__(self, setup: Callable[[], Any] | None = None):
        self.setup = setup
        self._started = False

    @property
    def window(self) -> int:
        return 2 * self.workers

    def map_batches(
        self, fn: Callable[[Any], Any], batches: Iterable[Any], describe: Callable[[Any], str] = str
    ) -> Iterator[Any]:
        """`fn(batch)` for each batch, in order (None for an empty batch). `describe(batch)` names a batch in an
        error."""
        source = iter(batches)
        pending: deque[_Slot] = deque()
        exhausted = False
        while True:
            while not exhausted and len(pending) < self.window:
                try:
                    pending.append(_Slot(next(source)))
                except StopIteration:
                    exhausted = True
            if not pending:
                return
            self._launch(fn, pending)
            head = pending[0]
            if head.future is None:  # a batch to run again alone waits for the others in flight
                self._wait([s.future for s in pending if _live(s)])
                self._launch(fn, pending)
            try:
                value = head.future.value if isinstance(head.future, _Ready) else self._result(head.future)
            except WorkerDied as died:
                if head.runs >= 2:
                    raise ExecutorError(
                        f"a worker ({died.worker}) died twice running {describe(head.batch)}.",
                        where=self.name,
                        hint="Check the worker's memory limit and logs; remove or split those articles and run "
                        "again (facts already extracted are cached).",
                    ) from None
                self._recover()
                head.future = None
                for slot in list(pending)[1:]:  # lost with the worker, maybe without running: not counted
                    if _live(slot) and not self._done_ok(slot.future):
                        slot.future, slot.runs = None, slot.runs - 1
                continue
            pending.popleft()
            yield value

    def _launch(self, fn, pending: deque[_Slot]) -> None:
        """Submit what may run: a batch already run once runs alone, so a second death names the right one."""
        busy = [s for s in pending if _live(s) and self._busy(s.future)]
        if any(s.runs > 1 for s in busy):
            return
        for slot in pending:
            if slot.future is not None:
                continue
            if slot.runs:
                if not busy:
                    self._submit_slot(fn, slot)
                return
            self._submit_slot(fn, slot)
            busy.append(slot)

    def _submit_slot(self, fn, slot: _Slot) -> None:
        if not slot.batch:
            slot.future = _Ready()
            return
        if not self._started:
            self._start()
            self._started = True
        slot.future = self._submit(fn, slot.batch)
        slot.runs += 1

    # -- what a subclass provides ------------------------------------------------------------
    def _start(self) -> None:
        if self.setup:
            self.setup()

    def _submit(self, fn, batch):
        return fn(batch)

    def _result(self, future):
        return future

    def _done_ok(self, future) -> bool:
        return True

    def _busy(self, future) -> bool:
        return False

    def _wait(self, futures: list) -> None:
        pass

    def _recover(self) -> None:
        pass

    def close(self, stop: bool = False) -> None:
        """Release the workers: wait for the batches in flight, or with `stop` end the workers at once."""

    def __enter__(self) -> Executor:
        return self

    def __exit__(self, exc_type, *exc) -> None:
        self.close(stop=exc_type is not None)  # an error or an interrupt: the batches in flight are not wanted


def _worker_start(setup: Callable[[], Any] | None) -> None:
    """First thing in a local worker: leave Ctrl-C to the coordinator (which stops the workers), then `setup`."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if setup is not None:
        setup()


class LocalExecutor(Executor):
    """A pool of `jobs` spawned processes on this machine (the default)."""

    name = "local process pool"

    def __init__(self, jobs: int, setup: Callable[[], Any] | None = None):
        super().__init__(setup)
        self.workers = jobs
        self._pool: ProcessPoolExecutor | None = None

    def _start(self) -> None:
        self._pool = ProcessPoolExecutor(
            max_workers=self.workers, mp_context=get_context("spawn"), initializer=_worker_start, initargs=(self.setup,)
        )

    def _submit(self, fn, batch):
        return self._pool.submit(fn, batch)

    def _result(self, future):
        try:
            return future.result()
        except BrokenProcessPool:
            raise WorkerDied("a local worker process") from None

    def _done_ok(self, future) -> bool:
        return future.done() and not future.cancelled() and future.exception() is None

    def _busy(self, future) -> bool:
        return not future.done()

    def _wait(self, futures: list) -> None:
        wait(futures)

    def _recover(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._start()

    def close(self, stop: bool = False) -> None:
        if self._pool is None:
            return
        if stop:  # the pool has no public way to end its workers; its process table is stable across versions
            workers = getattr(self._pool, "_processes", None) or {}
            for p in list(workers.values()) or multiprocessing.active_children():
                p.terminate()
            # batches still in the call queue's pipe have no reader now: waiting for its feeder thread to write them
            # would never end (a busy machine leaves the pipe full when the stop comes)
            calls = getattr(self._pool, "_call_queue", None)
            if calls is not None:
                calls.cancel_join_thread()
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._pool = None


class _SetupPlugin:
    """Runs the executor's `setup` once on each Dask worker as it starts."""

    name = "analysis-setup"

    def __init__(self, setup: Callable[[], Any]):
        self.setup_fn = setup

    def setup(self, worker) -> None:
        self.setup_fn()


class DaskExecutor(Executor):
    """A `dask.distributed` cluster: the one at `scheduler`, else a `LocalCluster` of `jobs` worker processes."""

    def __init__(
        self, jobs: int, scheduler: str | None = None, setup: Callable[[], Any] | None = None, timeout: float = 20
    ):
        super().__init__(setup)
        self.scheduler = scheduler
        self.timeout = timeout
        self.workers = jobs
        self.name = f"Dask scheduler {scheduler}" if scheduler else "Dask LocalCluster"
        self._client = None
        self._cluster = None

    def _start(self) -> None:
        import dask
        from distributed import Client, LocalCluster

        try:
            if self.scheduler:
                self._client = Client(self.scheduler, timeout=self.timeout)
                self.workers = max(1, len(self._client.scheduler_info().get("workers", {}))) or self.workers
            else:
                # A batch is retried by `map_batches`, once and alone, so the scheduler gives up at the first death.
                with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
                    self._cluster = LocalCluster(
                        n_workers=self.workers,
                        threads_per_worker=1,
                        processes=True,
                        host="127.0.0.1",
                        dashboard_address=None,
                        silence_logs=logging.ERROR,
                    )
                self._client = Client(self._cluster)
        except (OSError, TimeoutError) as exc:
            self.close()
            raise ExecutorError(
                f"the Dask cluster cannot be reached ({exc}).",
                where=self.scheduler or "LocalCluster",
                hint="Check the address (e.g. tcp://10.0.0.5:8786) and that `dask scheduler` is running there, "
                "or leave out --scheduler and DASK_SCHEDULER_ADDRESS to start a local cluster.",
            ) from None
        if self.setup:
            self._client.register_plugin(_as_worker_plugin(self.setup))

    def _submit(self, fn, batch):
        return self._client.submit(fn, batch, pure=False)

    def _result(self, future):
        from distributed import KilledWorker

        try:
            return future.result()
        except KilledWorker as exc:
            worker = getattr(exc, "last_worker", None)
            raise WorkerDied(f"Dask worker {getattr(worker, 'address', worker) or 'unknown'}") from None

    def _done_ok(self, future) -> bool:
        return future.status != "error"

    def _busy(self, future) -> bool:
        return future.status == "pending"

    def _wait(self, futures: list) -> None:
        from distributed import wait as dask_wait

        dask_wait(futures)

    def close(self, stop: bool = False) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None


def _as_worker_plugin(setup: Callable[[], Any]):
    from distributed.diagnostics.plugin import WorkerPlugin

    class Plugin(_SetupPlugin, WorkerPlugin):
        pass

    return Plugin(setup)


def make_executor(
    kind: str | None = None, *, jobs: int | None = None, scheduler: str | None = None, setup=None
) -> Executor:
    """The executor the options ask for: `--scheduler` (or `$DASK_SCHEDULER_ADDRESS` with `--executor dask`) means
    that Dask cluster; `dask` alone a LocalCluster; else a local pool of `jobs` processes (one job: this process)."""
    jobs = jobs or os.cpu_count() or 1
    if kind not in (None, *EXECUTORS):
        raise ExecutorError(
            f"unknown executor {kind!r}.", where="--executor", hint=f"Use one of: {', '.join(EXECUTORS)}."
        )
    if scheduler and kind == "local":
        raise ExecutorError(
            "a scheduler address was given with the local executor.",
            where="--scheduler",
            hint="Pass --executor dask to use that cluster, or leave out --scheduler.",
        )
    if kind == "dask" or scheduler:
        return DaskExecutor(jobs, scheduler or os.environ.get(SCHEDULER_ENV) or None, setup)
    return LocalExecutor(jobs, setup) if jobs > 1 else Executor(setup)
