"""Build every report for a folder of articles: plan, skip what is up to date, execute, render, publish.

A report is rebuilt only when one of its inputs changes (notebook, parameters, article hashes, package
source, locked dependencies). Work happens in a staging folder beside the output folder, and files move into
place only after their report succeeded (see `publish`), so a failed or interrupted build leaves the last
good reports as they were. A lock keeps two builds from writing the same folder.
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from pathlib import Path
from typing import Any

from analysis.assemble import index, publish
from analysis.assemble.articles import article_page
from analysis.assemble.keys import environment, key, sha256_file
from analysis.assemble.lock import build_lock, interrupt_on_termination
from analysis.assemble.manifest import MANIFEST, Manifest
from analysis.assemble.plan import DEFAULT_PROFILES, Job, notebook_path, plan, selected
from analysis.errors import BuildError
from analysis.facts import export
from analysis.facts.batch import warm_worker
from analysis.facts.entities import entity_table
from analysis.facts.executors import make_executor
from analysis.facts.table import facts_for, warm_cache
from analysis.files import atomic_write_text
from analysis.ingest.corpus import Corpus, load_corpus
from analysis.report import registry
from analysis.report.cite import article_name
from analysis.report.pages import page_name


def pdf_date(corpus: Corpus) -> str:
    """Date written into PDFs: SOURCE_DATE_EPOCH if set, else the newest article date, never the clock."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return time.strftime("%Y%m%d%H%M%S", time.gmtime(int(epoch)))
    dates = sorted(d.published.value for d in corpus.documents if d.published)
    if dates:
        y, m, dd = (dates[-1].split("-") + ["01", "01"])[:3]
        return f"{y}{m}{dd}000000"
    return "20000101000000"


def data_files(facts) -> dict[str, bytes]:
    """Facts and entities of the corpus, as files beside the reports."""
    return {
        "data/facts.jsonl": export.jsonl(facts).encode("utf-8"),
        "data/facts.csv": export.csv(facts).encode("utf-8"),
        "data/facts.parquet": export.parquet_bytes(facts),
        "data/entities.csv": export.csv(entity_table(facts), ("variants", "doc_ids")).encode("utf-8"),
    }


def page_keys(corpus: Corpus, package_sha256: str) -> dict[str, str]:
    """Page name -> key of every article page: the article's bytes and id, and the package that renders it."""
    return {
        page_name(d.doc_id): key({"article": d.sha256, "doc_id": d.doc_id, "package": package_sha256})
        for d in corpus.documents
    }


def publish_pages(
    out_dir: Path, stage: Path, manifest: Manifest, corpus: Corpus, facts, keys: dict[str, str], *, force: bool = False
) -> None:
    """Build the article pages whose key changed (all with `force`) and publish them; drop those of removed articles."""
    current = set() if force else manifest.current_files("_articles", keys, out_dir)
    old = manifest.outputs("_articles")
    files = {
        name: article_page(d, facts[facts["doc_id"] == d.doc_id]).encode("utf-8")
        for d in corpus.documents
        if (name := page_name(d.doc_id)) not in current
    }
    gone = {name: digest for name, digest in old.items() if name not in keys}
    outputs = {name: old[name] for name in current}
    outputs.update(publish.publish(out_dir, stage, files, gone))
    manifest.data["reports"]["_articles"] = {
        "keys": keys,
        "inputs": {"articles": {d.doc_id: d.sha256 for d in corpus.documents}},
        "outputs": dict(sorted(outputs.items())),
    }


def article_list(corpus: Corpus) -> list[tuple[str, str]]:
    """(doc_id, label) of every article for the index: its title, else its first sentence."""
    return [(d.doc_id, article_name(d, 120)) for d in corpus.documents]


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
) -> int:
    """Build the report set; returns the process exit code (0 ok, 1 a report failed). `executor` and `scheduler`
    say where missing facts are extracted (see `facts.executors.make_executor`; default: `jobs` local processes)."""
    t0 = time.monotonic()
    out_dir = Path(out_dir)
    corpus = load_corpus(corpus_dir, skip_bad=skip_bad)
    log = (lambda *a: None) if quiet else (lambda *a: print(*a, file=sys.stderr))
    for line in corpus.notices():
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
        return _build_locked(
            corpus,
            out_dir,
            force=force,
            jobs=jobs,
            profiles=DEFAULT_PROFILES if profiles is None else profiles,
            only=only,
            pdf=pdf,
            log=log,
            t0=t0,
            quiet=quiet,
            overrides=overrides or {},
            extraction=(executor, scheduler),
        )


def warm(corpus: Corpus, jobs: int, extraction: tuple[str | None, str | None]) -> None:
    """Fill the facts cache for the corpus, on the executor asked for (none given: `jobs` local processes)."""
    kind, scheduler = extraction
    if kind is None and scheduler is None:
        warm_cache(corpus, jobs=jobs)
        return
    with make_executor(kind, jobs=jobs, scheduler=scheduler, setup=warm_worker) as executor:
        warm_cache(corpus, jobs=jobs, executor=executor)


def _build_locked(
    corpus: Corpus, out_dir: Path, *, force, jobs, profiles, only, pdf, log, t0, quiet, overrides, extraction
) -> int:
    manifest = Manifest(out_dir)
    env = environment()
    articles = {d.doc_id: d.sha256 for d in corpus.documents}
    plan_key = key(
        {
            "articles": articles,
            "package": env["package_sha256"],
            "profiles": profiles,
            "overrides": overrides,
            "reports": registry.names(),
        }
    )
    stored = manifest.data.get("plan", {})
    facts = None
    if not force and stored.get("key") == plan_key:
        job_list = [Job(**j) for j in stored["jobs"]]
    else:
        warm(corpus, jobs, extraction)  # planning the profiles needs the facts
        facts = facts_for(corpus)
        job_list = plan(corpus, facts, profiles, overrides)
    keys = {
        job.stem: key(
            {
                "notebook": sha256_file(notebook_path(job)),
                "params": job.params,
                "title": job.title,
                "articles": articles,
                "env": env,
                "pdf": pdf,
            }
        )
        for job in job_list
    }
    data_key = key({"articles": articles, "env": env})
    todo = [
        j for j in job_list if selected(j, only) and (force or not manifest.up_to_date(j.stem, keys[j.stem], out_dir))
    ]
    data_todo = force or not manifest.up_to_date("_data", data_key, out_dir)
    pages = page_keys(corpus, env["package_sha256"])
    pages_todo = (
        force
        or manifest.current_files("_articles", pages, out_dir) != set(pages)
        or (set(manifest.outputs("_articles")) != set(pages))
    )
    planned = {j.stem for j in job_list} | {"_data", "_articles"}
    stale = sorted(s for s in manifest.data["reports"] if s not in planned)
    with publish.writes(out_dir):
        publish.clear_error_records(out_dir, {j.stem for j in job_list} - {j.stem for j in todo})
    nothing_to_do = not todo and not data_todo and not pages_todo and not stale
    if nothing_to_do and stored.get("key") == plan_key and (out_dir / "index.html").exists():
        log(f"Everything is up to date: {len(job_list)} reports in {out_dir} ({time.monotonic() - t0:.1f} s).")
        return 0

    interrupt_on_termination()
    with publish.writes(out_dir):
        publish.remove_leftovers(out_dir)
        stage = publish.staging_dir(out_dir)
    failed: list[str] = []
    try:
        if facts is None:
            warm(corpus, jobs, extraction)  # the notebooks read the facts from this per-article cache
            facts = facts_for(corpus)
        from analysis.assemble.jobs import run_jobs  # deferred: start-up cost (papermill, nbconvert, kernels)

        failed = run_jobs(
            todo, keys, out_dir, stage, manifest, jobs=jobs, pdf_date=pdf_date(corpus) if pdf else None, quiet=quiet
        )
        with publish.writes(out_dir):
            publish.clear_error_records(out_dir, set())
            if data_todo:  # after the reports, so an interrupted build leaves the data files as they were
                manifest.data["reports"]["_data"] = {
                    "key": data_key,
                    "inputs": {"articles": articles},
                    "outputs": publish.publish(out_dir, stage, data_files(facts), manifest.outputs("_data")),
                }
            for stem in stale:
                publish.remove_outputs(out_dir, manifest.outputs(stem))
                del manifest.data["reports"][stem]
            manifest.data["plan"] = {"key": plan_key, "jobs": [j.__dict__ for j in job_list]}
            manifest.data["corpus"] = {
                "dir": corpus.root.name,
                "sha256": corpus.sha256,
                "articles": articles,
                "skipped": [{"file": s.path.name, "reason": s.reason} for s in corpus.skipped],
            }
            if pages_todo:
                publish_pages(out_dir, stage, manifest, corpus, facts, pages, force=force)
            manifest.data["environment"] = env
            atomic_write_text(out_dir / "index.html", index.index_html(manifest.data, job_list, article_list(corpus)))
            atomic_write_text(out_dir / MANIFEST, manifest.text())
            publish.prune_empty(out_dir / "figures")
    except KeyboardInterrupt:
        log("Interrupted: reports already finished were kept; nothing partial was written.")
        raise
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    built = len(todo) - len(failed)
    log(
        f"Built {built} report{'s' if built != 1 else ''}, {len(job_list) - len(todo)} up to date"
        f"{f', {len(failed)} failed' if failed else ''} ({time.monotonic() - t0:.1f} s)."
    )
    return 1 if failed else 0
