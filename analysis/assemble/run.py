"""Build every report for a folder of articles: decide from hashes whether anything changed, and if so plan,
execute, render and publish what did (`steps`).

A report is rebuilt only when one of its inputs changes (notebook, parameters, article hashes, package source,
locked dependencies). Whether anything at all changed is decided here from the articles' bytes, the manifest and
the published files' hashes alone, so a build with nothing to do loads neither pandas, the extractors nor the
renderer. Work happens in a staging folder beside the output folder, and files move into place only after their
report succeeded (see `publish`), so a failed or interrupted build leaves the last good reports as they were. A
lock keeps two builds from writing the same folder.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any, Callable

from analysis.assemble import publish
from analysis.assemble.keys import environment
from analysis.assemble.lock import build_lock
from analysis.assemble.manifest import Manifest
from analysis.assemble.plan import (
    DEFAULT_PROFILES,
    Job,
    base_params,
    check_overrides,
    plan_key,
    report_keys,
    selected,
)
from analysis.errors import BuildError
from analysis.ingest.stream import scan
from analysis.interrupt import stop_on_signals
from analysis.report.pages import page_name

PSEUDO = ("_data", "_articles")
"""Manifest records that are not reports: the data files and the article pages."""


def up_to_date(
    manifest: Manifest, out_dir: Path, plan: str, articles: dict[str, str], env, pdf: bool, only
) -> list[Job] | None:
    """The planned reports when nothing is to be done, else None.

    Nothing is to be done when the last build was planned from the same articles, code, dependencies and options
    (so its data files and article pages were built from the same facts), every report asked for has its key, and
    every published file is on disk unchanged."""
    stored = manifest.data.get("plan", {})
    if stored.get("key") != plan or not (out_dir / "index.html").exists():
        return None
    job_list = [Job(**j) for j in stored["jobs"]]
    keys = report_keys(job_list, articles, env, pdf)
    if not all(manifest.up_to_date(j.stem, keys[j.stem], out_dir) for j in job_list if selected(j, only)):
        return None
    if set(manifest.outputs("_articles")) != {page_name(doc_id) for doc_id in articles}:
        return None
    if not all(s in manifest.data["reports"] and manifest.intact(s, out_dir) for s in PSEUDO):
        return None
    planned = {j.stem for j in job_list} | set(PSEUDO)
    if any(stem not in planned for stem in manifest.data["reports"]):
        return None
    return job_list


def build(
    corpus_dir: str | os.PathLike,
    out_dir: str | os.PathLike,
    *,
    force: bool = False,
    skip_bad: bool = False,
    jobs: int = 2,
    profiles: int | None = None,
    only: list[str] | None = None,
    pdf: bool = True,
    quiet: bool = False,
    overrides: dict[str, Any] | None = None,
    executor: str | None = None,
    scheduler: str | None = None,
    follow_links: bool = False,
) -> int:
    """Build the report set; returns the process exit code (0 ok, 1 a report failed). `executor` and `scheduler`
    say where missing facts are extracted (see `facts.executors.make_executor`; default: `jobs` local processes).
    An article file that is a symbolic link to a file outside the corpus folder is left out with a notice unless
    `follow_links` (its content would be published in the article pages)."""
    t0 = time.monotonic()
    out_dir = Path(out_dir)
    overrides = overrides or {}
    profiles = DEFAULT_PROFILES if profiles is None else profiles
    log: Callable[..., None] = (lambda *a: None) if quiet else (lambda *a: print(*a, file=sys.stderr))
    found = scan(corpus_dir, follow_links=follow_links)
    found.check(skip_bad)
    for line in found.notices():
        log(line)
    check_overrides(overrides)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BuildError(
            f"the output folder cannot be created ({exc.strerror}).",
            where=str(out_dir),
            hint="Pass --out a folder you can write to (not an existing file).",
        ) from None
    with build_lock(out_dir):
        manifest = Manifest(out_dir)
        env = environment()
        articles = found.articles()
        base = base_params(found.root, bool(found.skipped), follow_links)
        plan = plan_key(articles, env, profiles, overrides, base)
        job_list = None if force else up_to_date(manifest, out_dir, plan, articles, env, pdf, only)
        if job_list is not None:
            with publish.writes(out_dir):
                publish.clear_error_records(out_dir, {j.stem for j in job_list})
            log(f"Everything is up to date: {len(job_list)} reports in {out_dir} ({time.monotonic() - t0:.1f} s).")
            return 0
        from analysis.assemble import steps  # deferred: start-up cost (pandas, the extractors, the renderer)

        with stop_on_signals():
            return steps.build_all(
                steps.Options(
                    corpus_dir=found.root,
                    out_dir=out_dir,
                    force=force,
                    skip_bad=skip_bad,
                    follow_links=follow_links,
                    jobs=jobs,
                    profiles=profiles,
                    only=only,
                    pdf=pdf,
                    quiet=quiet,
                    overrides=overrides,
                    extraction=(executor, scheduler),
                ),
                manifest,
                env,
                log,
                t0,
            )
