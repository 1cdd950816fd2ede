"""Execute one report notebook with papermill and turn it into normalised files (notebook, HTML, figures).

Runs in a worker process; returns plain data so the parent can print PDFs and publish atomically.
"""

from __future__ import annotations

import base64
import json
import shutil
import tempfile
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import nbformat
import papermill
from papermill.exceptions import PapermillExecutionError
from papermill.translators import translate_parameters

from analysis.assemble import kernel
from analysis.assemble.render import to_html
from analysis.report.notebook import FIGURE_MIME_META, TABLE_DIR_MARK

INJECTED_ID = "injected-parameters"
WALL_CLOCK_FIELDS = (
    "start_time",
    "end_time",
    "duration",
    "exception",
    "input_path",
    "output_path",
    "environment_variables",
)
"""Papermill's notebook metadata that depends on when and where a run happened, not on its inputs."""


@dataclass
class Executed:
    """Files of one executed report (name -> bytes), or the failure."""

    stem: str
    files: dict[str, bytes] = field(default_factory=dict)
    error: dict[str, Any] | None = None
    summary: dict[str, Any] = field(default_factory=dict)
    """What the notebook said of itself for the index page (its first key finding), see `summary_of`."""
    cited: list[str] = field(default_factory=list)
    """The doc_ids the report cites (their article pages are written), see `cited_of`."""


def normalise_notebook(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Remove what changes from run to run: timings, papermill paths, random ids of injected cells.

    The notebook keeps papermill's record of its parameters (`metadata.papermill.parameters`)."""
    pm = nb.metadata.get("papermill")
    if pm is not None:
        for volatile in WALL_CLOCK_FIELDS:
            pm.pop(volatile, None)
    nb.metadata.pop("widgets", None)
    count = 0
    for i, cell in enumerate(nb.cells):
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
        if cell.cell_type == "code" and cell.get("execution_count") is not None:
            count += 1  # a shared kernel keeps counting across notebooks
            cell.execution_count = count
            for o in cell.get("outputs", []):
                if "execution_count" in o:
                    o["execution_count"] = count
        if INJECTED_ID in cell.metadata.get("tags", []):
            cell.id = INJECTED_ID
        elif not cell.get("id"):
            cell.id = f"cell-{i:02d}"
    return nb


def figures_of(nb: nbformat.NotebookNode) -> dict[str, bytes]:
    """PNG and CSV files of every figure the notebook showed through `Report.figure`, and the CSV of every
    full table it linked through `Report.table` (as `table-<name>.csv`)."""
    out: dict[str, bytes] = {}
    for cell in nb.cells:
        for o in cell.get("outputs", []):
            meta = (o.get("metadata") or {}).get(FIGURE_MIME_META)
            if not meta:
                continue
            if "table" in meta:
                out[f"table-{meta['table']}.csv"] = meta["csv"].encode("utf-8")
            elif "image/png" in o.get("data", {}):
                out[f"{meta['figure']}.png"] = base64.b64decode(o["data"]["image/png"])
                out[f"{meta['figure']}.csv"] = meta["csv"].encode("utf-8")
    return out


def summary_of(nb: nbformat.NotebookNode) -> dict[str, Any]:
    """The summary the notebook handed over in its outputs' metadata (`Report.findings`: the first key finding),
    later outputs adding to earlier ones."""
    out: dict[str, Any] = {}
    for cell in nb.cells:
        for o in cell.get("outputs", []):
            out.update(((o.get("metadata") or {}).get(FIGURE_MIME_META) or {}).get("summary") or {})
    return out


def cited_of(nb: nbformat.NotebookNode) -> list[str]:
    """The sorted doc_ids the report cites, from its outputs' metadata (`{"analysis": {"cited": [...]}}`, handed
    over by `Report.sources`); none when the notebook hands over none."""
    out: set[str] = set()
    for cell in nb.cells:
        for o in cell.get("outputs", []):
            out.update(((o.get("metadata") or {}).get(FIGURE_MIME_META) or {}).get("cited") or [])
    return sorted(out)


def record_parameters(nb: nbformat.NotebookNode, params: dict[str, Any]) -> nbformat.NotebookNode:
    """Write `params` as the notebook's injected parameters (its injected cell and papermill's record), as papermill
    writes them: the executed notebook then shows what a reader would pass to run it again, not where this build
    kept its files (see `execute_report`)."""
    for cell in nb.cells:
        if INJECTED_ID in cell.metadata.get("tags", []):
            language = (nb.metadata.get("kernelspec") or {}).get("language") or "python"
            cell.source = translate_parameters("python3", language, params, "Parameters")
    if "papermill" in nb.metadata:
        nb.metadata["papermill"]["parameters"] = params
    return nb


def _failure(exc: BaseException) -> dict[str, Any]:
    """Structured record of a failed notebook: the cell, its source, and the error in one line."""
    rec: dict[str, Any] = {"error": type(exc).__name__, "message": str(exc).strip().splitlines()[-1:] or [""]}
    rec["message"] = rec["message"][0] if rec["message"] else ""
    for attr in ("cell_index", "exec_count", "source", "ename", "evalue"):
        if hasattr(exc, attr):
            rec[attr] = getattr(exc, attr)
    if "ename" in rec:
        rec["error"], rec["message"] = rec["ename"], rec["evalue"]
    if not hasattr(exc, "ename"):
        rec["traceback"] = traceback.format_exception_only(type(exc), exc)[-1].strip()
    return rec


def execute_report(
    stem: str, notebook: str, parameters: dict[str, Any], cwd: str, title: str, recorded: dict[str, Any] | None = None
) -> Executed:
    """Run the notebook with `parameters`, normalise it, render HTML; errors are returned, not raised.

    `recorded` are the parameters the published notebook shows when they differ from those the kernel got: the
    build hands the kernel where the corpus's cached facts tables are, and records `facts_file = ""` (which means
    those very tables), so the notebook's bytes do not depend on where the cache is.
    A kernel that dies while starting is a fault of the machine, not of the notebook: it is retried once.
    """
    result = _execute_once(stem, notebook, parameters, cwd, title, recorded)
    if result.error and "Kernel died" in str(result.error.get("message", "")):
        kernel.reset()
        result = _execute_once(stem, notebook, parameters, cwd, title, recorded)
    return result


def _execute_once(
    stem: str, notebook: str, parameters: dict[str, Any], cwd: str, title: str, recorded: dict[str, Any] | None
) -> Executed:
    result = Executed(stem)
    scratch = Path(
        tempfile.mkdtemp(prefix=f"analysis-{stem}-")
    )  # outside the project: a killed run leaves nothing there
    out_path = scratch / f"{stem}.ipynb"
    try:
        try:
            papermill.execute_notebook(
                notebook,
                str(out_path),
                parameters=parameters,
                kernel_name="python3",
                cwd=cwd,
                engine_name=kernel.engine(),
                progress_bar=False,
                log_output=False,
                request_save_on_cell_execute=False,
            )
        except PapermillExecutionError as exc:
            rec = _failure(exc)
            rec["cell_index"] = _cell_number(out_path, exc)
            result.error = rec
            return result
        nb = normalise_notebook(nbformat.read(str(out_path), as_version=4))
        if recorded is not None and recorded != parameters:
            nb = record_parameters(nb, recorded)
        result.files[f"{stem}.ipynb"] = (nbformat.writes(nb) + "\n").encode("utf-8")
        html = to_html(nb, title).replace(TABLE_DIR_MARK, f"figures/{quote(stem)}")
        result.files[f"{stem}.html"] = html.encode("utf-8")
        for name, data in figures_of(nb).items():
            result.files[f"figures/{stem}/{name}"] = data
        result.summary = summary_of(nb)
        result.cited = cited_of(nb)
    except Exception as exc:  # a kernel that died, a notebook or template that cannot be read
        result.files.clear()
        result.error = _failure(exc)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return result


def _cell_number(path: Path, exc) -> int | None:
    """1-based position of the failing cell among the notebook's code cells as the author wrote them."""
    idx = getattr(exc, "cell_index", None)
    if idx is None or not path.exists():
        return idx
    try:
        nb = json.loads(path.read_text(encoding="utf-8"))
    except ValueError:
        return idx
    cells = nb.get("cells", [])
    original = [i for i, c in enumerate(cells) if INJECTED_ID not in c.get("metadata", {}).get("tags", [])]
    return original.index(idx) + 1 if idx in original else idx
