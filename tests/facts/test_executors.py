"""The executor seam: results in the order of the batches, empty batches free, a dead worker retried once."""

import os

import flaky
import pytest

from analysis.facts.executors import DaskExecutor, Executor, ExecutorError, LocalExecutor, make_executor


def test_inline_executor_yields_results_in_order_and_none_for_an_empty_batch():
    ex = Executor()
    assert list(ex.map_batches(sum, [[1, 2], [], [3, 4, 5], [6]])) == [3, None, 12, 6]


def test_setup_runs_once_before_the_first_batch_and_not_at_all_for_empty_batches():
    calls = []
    ex = Executor(setup=lambda: calls.append("setup"))
    assert list(ex.map_batches(len, [[], []])) == [None, None]
    assert calls == []
    assert list(ex.map_batches(len, [["a"], ["b", "c"]])) == [1, 2]
    assert calls == ["setup"]


def test_local_pool_keeps_the_order_of_the_batches():
    with LocalExecutor(2) as ex:
        batches = [[i] * (7 - i) for i in range(7)]
        assert list(ex.map_batches(flaky.total, batches)) == [0, 6, 10, 12, 12, 10, 6]


def test_local_worker_that_dies_once_is_replaced_and_its_batch_run_again(tmp_path):
    with LocalExecutor(2) as ex:
        out = list(ex.map_batches(flaky.die_once, [(str(tmp_path / "a"), "first"), (str(tmp_path / "b"), "second")]))
    assert out == ["first", "second"]


def test_local_worker_that_dies_twice_is_named_with_the_batch():
    with LocalExecutor(2) as ex:
        with pytest.raises(ExecutorError) as err:
            list(ex.map_batches(flaky.die, [["x"]], describe=lambda b: f"articles {', '.join(b)}"))
    msg = str(err.value)
    assert "died twice running articles x" in msg and "local worker process" in msg and "What to do" in msg


def test_make_executor_picks_by_options(monkeypatch):
    monkeypatch.delenv("DASK_SCHEDULER_ADDRESS", raising=False)
    assert type(make_executor(None, jobs=1)) is Executor
    assert isinstance(make_executor("local", jobs=3), LocalExecutor)
    dask = make_executor("dask", jobs=2)
    assert isinstance(dask, DaskExecutor) and dask.scheduler is None
    assert make_executor(None, scheduler="tcp://127.0.0.1:1").scheduler == "tcp://127.0.0.1:1"
    monkeypatch.setenv("DASK_SCHEDULER_ADDRESS", "tcp://127.0.0.1:2")
    assert make_executor("dask").scheduler == "tcp://127.0.0.1:2"
    assert isinstance(make_executor(None, jobs=2), LocalExecutor)  # the variable alone does not switch to Dask
    with pytest.raises(ExecutorError, match="--executor dask"):
        make_executor("local", scheduler="tcp://127.0.0.1:1")


def test_unreachable_scheduler_is_a_clear_error():
    ex = DaskExecutor(1, scheduler="tcp://127.0.0.1:9", timeout=1)
    with pytest.raises(ExecutorError) as err:
        list(ex.map_batches(sum, [[1]]))
    assert "tcp://127.0.0.1:9" in str(err.value) and "cannot be reached" in str(err.value)


@pytest.fixture(scope="module")
def dask_executor():
    """A 2-worker LocalCluster on the loopback, shared by this module's Dask tests."""
    with DaskExecutor(2) as ex:
        yield ex


def test_dask_keeps_the_order_of_the_batches(dask_executor):
    batches = [[i] * (6 - i) for i in range(6)]
    assert list(dask_executor.map_batches(flaky.total, batches)) == [0, 5, 8, 9, 8, 5]
    assert dask_executor.workers == 2


@pytest.mark.slow
def test_dask_worker_that_dies_once_is_replaced_and_its_batch_run_again(dask_executor, tmp_path):
    out = list(dask_executor.map_batches(flaky.die_once, [(str(tmp_path / "a"), 1), (str(tmp_path / "b"), 2)]))
    assert out == [1, 2]


@pytest.mark.slow
def test_dask_worker_that_dies_twice_is_named_with_the_batch(dask_executor):
    with pytest.raises(ExecutorError) as err:
        list(dask_executor.map_batches(flaky.die, [["y"]], describe=lambda b: f"articles {', '.join(b)}"))
    msg = str(err.value)
    assert "died twice running articles y" in msg and "Dask worker tcp://127.0.0.1:" in msg


def test_no_listening_socket_beyond_the_loopback(dask_executor):
    list(dask_executor.map_batches(flaky.total, [[1]]))
    info = dask_executor._client.scheduler_info()
    assert info["address"].startswith("tcp://127.0.0.1:")
    assert all(w.startswith("tcp://127.0.0.1:") for w in info["workers"])
    assert os.environ.get("DASK_SCHEDULER_ADDRESS") is None
