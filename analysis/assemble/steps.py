"""The work of a build that has something to do: read the articles, extract what the facts cache lacks, plan the
reports, run those whose key changed, and publish the data files, the article pages, the index and the manifest.

Each output is keyed by what makes it: a report by its notebook, parameters, articles and the whole environment;
the data files by the articles and the code that makes the facts table (`DATA`); an article page by its article,
its rows of the facts table and the code that renders it (`PAGES`). So a change to a report module rebuilds the
reports but neither the data files nor the article pages, and a new article rebuilds the pages whose facts it
changed (an organisation's type and jurisdiction are decided across the corpus).
"""

from __future__ import annotations

import os
import shutil
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

import pandas as pd

from analysis.assemble import index, publish
from analysis.assemble.articles import article_page
from analysis.assemble.data import data_files
from analysis.assemble.keys import key
from analysis.assemble.manifest import MANIFEST, Manifest
from analysis.assemble.plan import Job, base_params, plan, plan_key, report_keys, selected
from analysis.facts import export
from analysis.facts.batch import warm_worker
from analysis.facts.executors import make_executor
from analysis.facts.table import facts_for, warm_cache
from analysis.files import atomic_write_text
from analysis.ingest.corpus import LINK_REASON, Corpus, load_corpus
from analysis.report.cite import article_name
from analysis.report.pages import page_name
from analysis.source import stage_hash

DATA = ("analysis.assemble.data", "analysis.facts.table")
"""Entry modules of the data files: the facts table and how it is written."""
PAGES = ("analysis.assemble.articles",)
"""Entry module of the article pages."""


@lru_cache(maxsize=None)
def code_of(entries: tuple[str, ...]) -> str:
    """`source.stage_hash` of these entry modules, once per process."""
    return stage_hash(entries)


@dataclass(frozen=True)
class Options:
    """What the command line asked of the build."""

    corpus_dir: Path
    out_dir: Path
    force: bool
    skip_bad: bool
    follow_links: bool
    jobs: int
    profiles: int
    only: list[str] | None
    pdf: bool
    quiet: bool
    overrides: dict[str, Any]
    extraction: tuple[str | None, str | None]


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


def page_keys(corpus: Corpus, facts: pd.DataFrame) -> dict[str, str]:
    """Page name -> key of every article page: the article's bytes and id, its rows of the facts table, and the code
    that renders it."""
    renderer = code_of(PAGES)
    rows = {doc_id: export.to_records(group) for doc_id, group in facts.groupby("doc_id", sort=False)}
    return {
        page_name(d.doc_id): key(
            {"article": d.sha256, "doc_id": d.doc_id, "facts": rows.get(d.doc_id, []), "renderer": renderer}
        )
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


def warm(corpus: Corpus, jobs: int, extraction: tuple[str | None, str | None]) -> None:
    """Fill the facts cache for the corpus, on the executor asked for (none given: `jobs` local processes)."""
    kind, scheduler = extraction
    if kind is None and scheduler is None:
        warm_cache(corpus, jobs=jobs)
        return
    with make_executor(kind, jobs=jobs, scheduler=scheduler, setup=warm_worker) as executor:
        warm_cache(corpus, jobs=jobs, executor=executor)


def corpus_record(corpus: Corpus) -> dict[str, Any]:
    """The manifest's account of the corpus: its articles and every file left out, with why."""
    left_out = [{"file": s.path.name, "reason": s.reason} for s in corpus.skipped]
    left_out += [{"file": p.name, "reason": f"left out: {LINK_REASON}."} for p in corpus.outside_links]
    return {
        "dir": corpus.root.name,
        "sha256": corpus.sha256,
        "articles": {d.doc_id: d.sha256 for d in corpus.documents},
        "skipped": left_out,
    }


def failed_records(out_dir: Path) -> set[str]:
    """Reports whose last build failed: those with an error record in `_errors/`."""
    errors = out_dir / "_errors"
    return {p.stem for p in errors.glob("*.json")} if errors.is_dir() else set()


def build_all(opt: Options, manifest: Manifest, env: dict[str, Any], log: Callable[..., None], t0: float) -> int:
    """Build what changed; returns the exit code (0 ok, 1 a report failed)."""
    out_dir = opt.out_dir
    corpus = load_corpus(opt.corpus_dir, skip_bad=opt.skip_bad, follow_links=opt.follow_links)
    articles = {d.doc_id: d.sha256 for d in corpus.documents}
    base = base_params(corpus.root, bool(corpus.skipped), opt.follow_links)
    plan_k = plan_key(articles, env, opt.profiles, opt.overrides, base)
    stored = manifest.data.get("plan", {})
    warm(corpus, opt.jobs, opt.extraction)  # the notebooks, the data files and the pages read this facts cache
    facts = facts_for(corpus)
    if not opt.force and stored.get("key") == plan_k:
        job_list = [Job(**j) for j in stored["jobs"]]
    else:
        job_list = plan(facts, opt.profiles, base, opt.overrides)
    keys = report_keys(job_list, articles, env, opt.pdf)
    todo = [
        j
        for j in job_list
        if selected(j, opt.only) and (opt.force or not manifest.up_to_date(j.stem, keys[j.stem], out_dir))
    ]
    data_key = key({"articles": articles, "code": code_of(DATA)})
    data_todo = opt.force or not manifest.up_to_date("_data", data_key, out_dir)
    pages = page_keys(corpus, facts)
    pages_todo = (
        opt.force
        or manifest.current_files("_articles", pages, out_dir) != set(pages)
        or (set(manifest.outputs("_articles")) != set(pages))
    )
    planned = {j.stem for j in job_list} | {"_data", "_articles"}
    stale = sorted(s for s in manifest.data["reports"] if s not in planned)
    with publish.writes(out_dir):
        publish.clear_error_records(out_dir, {j.stem for j in job_list} - {j.stem for j in todo})
        publish.remove_leftovers(out_dir)
        stage = publish.staging_dir(out_dir)
    failed: list[str] = []
    try:
        if todo:
            from analysis.assemble import jobs  # deferred: start-up cost (papermill, nbconvert, kernels)

            failed = jobs.run_jobs(
                todo,
                keys,
                out_dir,
                stage,
                manifest,
                jobs=opt.jobs,
                pdf_date=pdf_date(corpus) if opt.pdf else None,
                quiet=opt.quiet,
            )
        with publish.writes(out_dir):
            publish.clear_error_records(out_dir, set())  # drops `_errors/` once no record is left in it
            if data_todo:  # after the reports, so an interrupted build leaves the data files as they were
                manifest.data["reports"]["_data"] = {
                    "key": data_key,
                    "inputs": {"articles": articles},
                    "outputs": publish.publish(out_dir, stage, data_files(facts), manifest.outputs("_data")),
                }
            for stem in stale:
                publish.remove_outputs(out_dir, manifest.outputs(stem))
                del manifest.data["reports"][stem]
            manifest.data["plan"] = {"key": plan_k, "jobs": [j.__dict__ for j in job_list]}
            manifest.data["corpus"] = corpus_record(corpus)
            if pages_todo:
                publish_pages(out_dir, stage, manifest, corpus, facts, pages, force=opt.force)
            manifest.data["environment"] = env
            page = index.index_html(manifest.data, job_list, article_list(corpus), failed_records(out_dir))
            atomic_write_text(out_dir / "index.html", page)
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
