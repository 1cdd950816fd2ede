"""A papermill engine that keeps one kernel per worker process and reuses it for the next notebook.

Start-up (kernel launch, importing pandas, matplotlib, spaCy) is most of a report's cost, so a worker pays
it once. Before each notebook the kernel's namespace is reset (`%reset -f`), so notebooks cannot see each
other's variables; execution counts are renumbered afterwards (see `execute.normalise_notebook`).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from multiprocessing import util

from jupyter_client.manager import AsyncKernelManager
from jupyter_core.utils import run_sync
from papermill.clientwrap import PapermillNotebookClient
from papermill.engines import NBClientEngine, papermill_engines
from papermill.log import logger
from papermill.utils import merge_kwargs, remove_args

ENGINE_NAME = "analysis-shared-kernel"
_RESET = "get_ipython().run_line_magic('reset', '-f')"


class _Shared:
    km = None
    kc = None


def _shutdown() -> None:
    if _Shared.km is not None and _Shared.km.has_kernel:
        try:
            if _Shared.kc is not None:
                _Shared.kc.stop_channels()
            run_sync(_Shared.km.shutdown_kernel)(now=False)  # an orderly exit: the kernel removes its temporary files
        except Exception:  # the kernel is gone already
            pass
    if _Shared.km is not None:
        shutil.rmtree(str(_Shared.km.ip).rsplit("/", 1)[0], ignore_errors=True)  # the IPC sockets' folder
    _Shared.km = _Shared.kc = None


def _new_manager(kernel_name: str):
    """A kernel manager on IPC sockets: two kernels starting at once cannot race for the same TCP port."""
    km = AsyncKernelManager(kernel_name=kernel_name, transport="ipc")
    km.ip = tempfile.mkdtemp(prefix="analysis-kernel-") + "/kernel"
    return km


def reset() -> None:
    """Forget the worker's kernel (after it died), so the next notebook starts a fresh one."""
    _shutdown()


class _ReusingClient(PapermillNotebookClient):
    """PapermillNotebookClient that resets the namespace first and hands its kernel client back."""

    def execute(self, **kwargs):
        self.reset_execution_trackers()
        with self.setup_kernel(**kwargs):
            self.wait_for_reply(self.kc.execute(_RESET, silent=True, store_history=False))
            self.papermill_execute_cells()
            info_msg = self.wait_for_reply(self.kc.kernel_info())
            self.nb.metadata["language_info"] = info_msg["content"]["language_info"]
            self.set_widgets_metadata()
        _Shared.kc = self.kc
        return self.nb


class SharedKernelEngine(NBClientEngine):
    """papermill engine: like the default nbclient engine, but the kernel outlives the notebook."""

    @classmethod
    def execute_managed_notebook(
        cls,
        nb_man,
        kernel_name,
        log_output=False,
        stdout_file=None,
        stderr_file=None,
        start_timeout=60,
        execution_timeout=None,
        **kwargs,
    ):
        if _Shared.km is None or not _Shared.km.has_kernel or _Shared.km.kernel_name != kernel_name:
            _shutdown()
            _Shared.km = _new_manager(kernel_name)
            util.Finalize(None, _shutdown, exitpriority=10)
        else:
            if not run_sync(_Shared.km.is_alive)():
                _shutdown()
                _Shared.km = _new_manager(kernel_name)
        kwargs = remove_args(["input_path"], **kwargs)
        safe_kwargs = remove_args(["timeout", "startup_timeout"], **kwargs)
        final_kwargs = merge_kwargs(
            safe_kwargs,
            timeout=execution_timeout if execution_timeout else kwargs.get("timeout"),
            startup_timeout=start_timeout,
            kernel_name=kernel_name,
            log=logger,
            log_output=log_output,
            stdout_file=stdout_file,
            stderr_file=stderr_file,
        )
        client = _ReusingClient(nb_man, km=_Shared.km, **final_kwargs)
        client.kc = _Shared.kc  # None on first use: nbclient then opens the client and we keep it
        return client.execute(stderr=subprocess.DEVNULL)


def engine() -> str:
    """The name of this engine for `papermill.execute_notebook`, registering it with papermill (idempotent)."""
    papermill_engines.register(ENGINE_NAME, SharedKernelEngine)
    return ENGINE_NAME
