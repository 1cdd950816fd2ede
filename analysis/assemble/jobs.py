"""Running the planned reports: notebooks executed over worker processes, PDFs printed by one shared chromium,
each report published as soon as it succeeded; a failed report leaves its last good files and an error record."""

from __future__ import annotations

import json
import multiprocessing
import re
import sys
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path
from typing import Any

from tqdm import tqdm

from analysis.assemble.execute import Executed, execute_report
from analysis.assemble.keys import sha256_file
from analysis.assemble.manifest import Manifest
from analysis.assemble.plan import Job, notebook_path
from analysis.assemble.publish import publish, writes
from analysis.assemble.render import PdfPrinter
from analysis.files import atomic_write_bytes, atomic_write_text
from analysis.interrupt import stop_children

_PDF_PAGE = re.compile(rb"/Type\s*/Page(?![s\w])")


def summary_of(res: Executed) -> dict[str, Any]:
    """What the index page says of a built report: what its notebook handed over (its first key finding, see
    `execute.summary_of`) and its PDF's page count."""
    out = dict(res.summary)
    if f"{res.stem}.pdf" in res.files:
        out["pages"] = len(_PDF_PAGE.findall(res.files[f"{res.stem}.pdf"]))
    return out


def error_block(stem: str, notebook: str, rec: dict[str, Any]) -> str:
    """The one-paragraph message for a report that failed, naming its notebook and cell."""
    cell = rec.get("cell_index")
    where = f"cell {cell}" if cell is not None else "before the first cell"
    src = (rec.get("source") or "").strip().splitlines()
    snippet = f"\n    > {src[0][:100]}" if src else ""
    head = f"report {stem} (notebooks/{notebook}.ipynb) failed in {where}"
    return f"{head}: {rec.get('error')}: {rec.get('message')}{snippet}"


def _record_failure(out_dir: Path, job: Job, error: dict[str, Any]) -> None:
    rec = dict(error, report=job.stem, notebook=f"notebooks/{job.notebook}.ipynb", params=job.params)
    text = json.dumps(rec, indent=2, sort_keys=True, ensure_ascii=False, default=str) + "\n"
    atomic_write_text(out_dir / "_errors" / f"{job.stem}.json", text)
    tqdm.write(error_block(job.stem, job.notebook, error), file=sys.stderr)


def _print_pdf(printer: PdfPrinter, stage: Path, stem: str, html: bytes, pdf_date: str) -> bytes:
    html_path = stage / f"{stem}.print.html"
    atomic_write_bytes(html_path, html)
    try:
        return printer.print_pdf(html_path, pdf_date)
    finally:
        html_path.unlink(missing_ok=True)


def run_jobs(
    todo: list[Job],
    keys: dict[str, str],
    out_dir: Path,
    stage: Path,
    manifest: Manifest,
    *,
    jobs: int,
    pdf_date: str | None,
    quiet: bool,
    run_params: dict[str, dict[str, Any]] | None = None,
) -> list[str]:
    """Execute, render and publish every job of `todo`; returns the stems of the reports that failed.

    `pdf_date` is the date stamped into PDFs, or None to render HTML only. `run_params` are the parameters a
    report's kernel gets when they differ from those it is planned with and records (see `execute_report`)."""
    run_params = run_params or {}
    failed: list[str] = []
    if not todo:
        return failed
    printer = PdfPrinter() if pdf_date else None
    bar = tqdm(total=len(todo), desc="reports", unit="report", disable=quiet, file=sys.stderr, leave=False)
    pool = ProcessPoolExecutor(
        max_workers=max(1, min(jobs, len(todo))), mp_context=multiprocessing.get_context("spawn")
    )
    try:
        if printer:
            printer.__enter__()
        futures = {
            pool.submit(
                execute_report,
                j.stem,
                str(notebook_path(j)),
                run_params.get(j.stem, j.params),
                str(notebook_path(j).parent),
                j.title,
                j.params,
            ): j
            for j in todo
        }
        for fut in as_completed(futures):
            job = futures[fut]
            res = fut.result()
            bar.update(1)
            if res.error is None and printer:
                try:
                    res.files[f"{job.stem}.pdf"] = _print_pdf(
                        printer, stage, job.stem, res.files[f"{job.stem}.html"], pdf_date
                    )
                except Exception as exc:
                    res.error = {
                        "error": type(exc).__name__,
                        "message": f"printing the PDF failed: {exc}".splitlines()[0],
                    }
            if res.error is not None:
                failed.append(job.stem)
                with writes(out_dir):
                    _record_failure(out_dir, job, res.error)
                continue
            with writes(out_dir):
                digests = manifest.published(publish(out_dir, stage, res.files, manifest.outputs(job.stem)))
                (out_dir / "_errors" / f"{job.stem}.json").unlink(missing_ok=True)
            manifest.data["reports"][job.stem] = {
                "key": keys[job.stem],
                "notebook": f"notebooks/{job.notebook}.ipynb",
                "notebook_sha256": sha256_file(notebook_path(job)),
                "params": job.params,
                "title": job.title,
                "outputs": digests,
                "summary": summary_of(res),
                "cited": res.cited,
            }
    except BaseException:
        stop_children()  # the pool's workers: stop their notebooks now
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        bar.close()
        if printer:
            printer.__exit__(None, None, None)
    return failed
