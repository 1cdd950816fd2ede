"""Build every report for a folder of articles: decide from hashes whether anything changed, and if so plan,
execute, render and publish what did (`steps`).

A report is rebuilt only when one of its inputs changes (notebook, parameters, article hashes, a given facts
file, package source, locked dependencies). Whether anything at all changed is decided here from the articles'
bytes, the manifest and the published files' hashes alone (a file whose size and time are unchanged keeps its
digest, see `manifest.Stats`), so a build with nothing to do loads neither pandas, the extractors nor the
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

from analysis.assemble import inputs, publish
from analysis.assemble.keys import environment
from analysis.assemble.lock import build_lock
from analysis.assemble.manifest import Manifest
from analysis.assemble.plan import (
    DEFAULT_PROFILES,
    Job,
    base_params,
    check_overrides,
    facts_param,
    plan_key,
    report_keys,
    selected,
)
from analysis.errors import BuildError, ParameterError
from analysis.ingest.stream import scan
from analysis.interrupt import stop_on_signals

PSEUDO = ("_data", "_articles")
"""Manifest records that are not reports: the data files and the article pages."""
ARTICLE_PAGES = ("cited", "all")
"""Which article pages a build writes: those of the articles the reports cite, or every article's."""


def up_to_date(
    manifest: Manifest,
    out_dir: Path,
    plan: str,
    articles: dict[str, str],
    env,
    pdf: bool,
    only,
    facts: str | None = None,
    article_pages: str = "cited",
) -> list[Job] | None:
    """The planned reports when nothing is to be done, else None.

    Nothing is to be done when the last build was planned from the same articles, given facts, code, dependencies
    and options (so its data files and article pages were built from the same facts), every report asked for has
    its key, the article pages are those of the same choice (the articles the reports cite, or all), and every
    published file is on disk unchanged."""
    stored = manifest.data.get("plan", {})
    if stored.get("key") != plan or not (out_dir / "index.html").exists():
        return None
    job_list = [Job(**j) for j in stored["jobs"]]
    keys = report_keys(job_list, articles, env, pdf, facts)
    if not all(manifest.up_to_date(j.stem, keys[j.stem], out_dir) for j in job_list if selected(j, only)):
        return None
    pages = manifest.data["reports"].get("_articles", {})
    if pages.get("mode") != article_pages:
        return None
    if article_pages == "cited" and set(pages.get("cited", [])) != manifest.cited([j.stem for j in job_list]):
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
    facts: str | os.PathLike | None = None,
    article_pages: str = "cited",
) -> int:
    """Build the report set; returns the process exit code (0 ok, 1 a report failed). `executor` and `scheduler`
    say where missing facts are extracted (see `facts.executors.make_executor`; default: `jobs` local processes).
    `facts` is a Parquet facts file or dataset written by `python -m analysis facts` for this corpus: the reports
    are built from it and nothing is extracted. `article_pages` is "cited" (the pages of the articles the reports
    cite) or "all". An article file that is a symbolic link to a file outside the corpus folder is left out with a
    notice unless `follow_links` (its content would be published in the article pages)."""
    t0 = time.monotonic()
    out_dir = Path(out_dir)
    overrides = overrides or {}
    profiles = DEFAULT_PROFILES if profiles is None else profiles
    log: Callable[..., None] = (lambda *a: None) if quiet else (lambda *a: print(*a, file=sys.stderr))
    if article_pages not in ARTICLE_PAGES:
        raise ParameterError(
            f"--article-pages {article_pages!r} is not a choice.",
            where="--article-pages",
            hint="Pass --article-pages cited (the pages of the articles the reports cite) or all.",
        )
    check_overrides(overrides)
    if "facts_file" in {k.rpartition(":")[2] for k in overrides}:
        raise ParameterError(
            "the build sets facts_file itself.",
            where="facts_file",
            hint="Pass --facts FILE to build the reports from a Parquet facts file (nothing is extracted).",
        )
    given = inputs.given_facts(facts) if facts is not None else None
    found = scan(corpus_dir, follow_links=follow_links)
    found.check(skip_bad)
    for line in found.notices():
        log(line)
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
        facts_id = inputs.digest(given, manifest.stats) if given else None
        base = base_params(found.root, bool(found.skipped), follow_links, facts_param(given.facts) if given else "")
        plan = plan_key(articles, env, profiles, overrides, base, facts_id)
        job_list = (
            None if force else up_to_date(manifest, out_dir, plan, articles, env, pdf, only, facts_id, article_pages)
        )
        if job_list is not None:
            with publish.writes(out_dir):
                publish.clear_error_records(out_dir, {j.stem for j in job_list})
                if manifest.stats.changed:
                    manifest.save_stats(tuple(given.files()) if given else ())
            log(f"Everything is up to date: {len(job_list)} reports in {out_dir} ({time.monotonic() - t0:.1f} s).")
            return 0
        from analysis.assemble import steps  # deferred: start-up cost (pandas, the extractors, the renderer)

        with stop_on_signals():
            return steps.build_all(
                steps.Options(
                    corpus_dir=found.root,
                    facts=given,
                    article_pages=article_pages,
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
                found,
                manifest,
                env,
                log,
                t0,
            )
