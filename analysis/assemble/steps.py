"""The work of a build that has something to do, one path whatever the corpus size: the facts tables (the corpus's
own, extracted into the cache batch by batch by `facts.tables.tables_for`, or a Parquet facts file given with
`--facts`), one `query.store.Store` over them, the plan made in the store (the profiles of
`query.profiles.top_entities`), the reports whose key changed (each kernel gets the tables' path), and then the
data files, the article pages of the cited articles (or of all), the index and the manifest, every one read from
the store or streamed from the Parquet files: the coordinator never holds the facts table.

Each output is keyed by what makes it: a report by its notebook, parameters, articles, given facts and the whole
environment; the data files by the facts tables and the code that writes them (`DATA`); an article page by its
article, its rows of the facts table and the code that renders it (`PAGES`). So a change to a report module
rebuilds the reports but neither the data files nor the article pages, and a new article rebuilds the pages whose
facts it changed (an organisation's type and jurisdiction are decided across the corpus).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

import pyarrow as pa

from analysis.assemble import index, inputs, pages, publish
from analysis.assemble.data import write_data
from analysis.assemble.keys import key
from analysis.assemble.manifest import MANIFEST, Manifest
from analysis.assemble.plan import Job, base_params, facts_param, plan, plan_key, report_keys, selected
from analysis.errors import ParameterError
from analysis.facts.batch import warm_worker
from analysis.facts.executors import make_executor
from analysis.facts.tables import Tables, tables_for
from analysis.files import atomic_write_text
from analysis.ingest.corpus import LINK_REASON, Skipped, corpus_digest
from analysis.ingest.stream import Scan
from analysis.interrupt import stop_children
from analysis.query import duplicates, figures, initiatives, profiles, scope
from analysis.query.corpus import releases_of
from analysis.query.store import Store
from analysis.source import stage_hash

DATA = ("analysis.assemble.data",)
"""Entry module of the data files: how they are written from the facts tables."""
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
    facts: inputs.GivenFacts | None = None
    article_pages: str = "cited"


def pdf_date(store: Store) -> str:
    """Date written into PDFs: SOURCE_DATE_EPOCH if set, else the newest article date, never the clock."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return time.strftime("%Y%m%d%H%M%S", time.gmtime(int(epoch)))
    newest = store.value("SELECT max(published) FROM documents WHERE published IS NOT NULL AND published <> ''")
    if newest:
        y, m, dd = (newest.split("-") + ["01", "01"])[:3]
        return f"{y}{m}{dd}000000"
    return "20000101000000"


def corpus_tables(opt: Options, found: Scan, log: Callable[..., None], scratch: Path) -> Tables:
    """The corpus's facts and documents tables, from the cache or written there first (extracting what is not
    cached, on the executor asked for, else `jobs` local processes; in `scratch` when the cache cannot be
    written)."""
    kind, scheduler = opt.extraction
    executor = None
    if kind is not None or scheduler is not None:
        executor = make_executor(kind, jobs=opt.jobs, scheduler=scheduler, setup=warm_worker)
    try:
        return tables_for(
            found.root,
            jobs=opt.jobs,
            executor=executor,
            skip_bad=opt.skip_bad,
            follow_links=opt.follow_links,
            found=found,
            log=log,
            fallback=scratch,
        )
    finally:
        if executor is not None:
            executor.close()


def check_given(store: Store, found: Scan, given: inputs.GivenFacts, skip_bad: bool) -> None:
    """A given facts table must be of this corpus: each of its articles in the folder with the same bytes (its
    spans index them), each article of the folder in it (else left out with `skip_bad`)."""
    corpus = pa.table(
        {
            "doc_id": pa.array([e.doc_id for e in found.entries], pa.string()),
            "sha256": pa.array([e.sha256 for e in found.entries], pa.string()),
        }
    )
    store.con.register("_corpus_arrow", corpus)
    try:
        foreign = store.rows(
            """SELECT d.doc_id FROM documents d LEFT JOIN _corpus_arrow c USING (doc_id)
            WHERE c.doc_id IS NULL OR c.sha256 <> d.sha256 ORDER BY d.doc_id"""
        )
        absent = store.rows(
            """SELECT c.doc_id FROM _corpus_arrow c WHERE c.doc_id NOT IN (SELECT doc_id FROM documents)
            ORDER BY c.doc_id"""
        )
    finally:
        store.con.unregister("_corpus_arrow")
    redo = f"or write the facts again from this folder: python -m analysis facts {found.root} --format parquet -o FILE"
    if foreign:
        names = ", ".join(r["doc_id"] for r in foreign[:5]) + (", ..." if len(foreign) > 5 else "")
        raise ParameterError(
            f"{len(foreign)} article{'s' if len(foreign) != 1 else ''} of the facts file "
            f"{'are' if len(foreign) != 1 else 'is'} not in the corpus folder with the same text ({names}).",
            where=str(given.facts),
            hint=f"Pass --corpus the folder the facts were written from, {redo}.",
        )
    if absent and not skip_bad:
        names = ", ".join(r["doc_id"] for r in absent[:5]) + (", ..." if len(absent) > 5 else "")
        raise ParameterError(
            f"{len(absent)} article{'s' if len(absent) != 1 else ''} of the corpus folder "
            f"{'have' if len(absent) != 1 else 'has'} no facts in the facts file ({names}).",
            where=str(given.facts),
            hint=f"Pass --skip-bad to build from the articles that have facts, {redo}.",
        )
    paths = {e.doc_id: e.path for e in found.entries}
    found.failed.extend(Skipped(paths[r["doc_id"]], "its facts are not in the given facts file.") for r in absent)


def corpus_record(found: Scan) -> dict[str, Any]:
    """The manifest's account of the corpus: its articles and every file left out, with why."""
    failed = {s.path.name for s in found.failed}
    kept = [e for e in found.entries if e.path.name not in failed]
    left_out = [{"file": s.path.name, "reason": s.reason} for s in found.skipped + found.failed]
    left_out += [{"file": p.name, "reason": f"left out: {LINK_REASON}."} for p in found.outside_links]
    return {
        "dir": found.root.name,
        "sha256": corpus_digest((e.doc_id, e.sha256) for e in kept),
        "articles": {e.doc_id: e.sha256 for e in kept},
        "skipped": left_out,
    }


def failed_records(out_dir: Path) -> set[str]:
    """Reports whose last build failed: those with an error record in `_errors/`."""
    errors = out_dir / "_errors"
    return {p.stem for p in errors.glob("*.json")} if errors.is_dir() else set()


def choose_profiles(store: Store, n: int) -> list[dict[str, Any]]:
    """The entities to profile (`query.profiles.top_entities` over the whole corpus; needs
    `scope.register_articles`)."""
    if n <= 0:
        return []
    scope.place_facts(store, scope.Scope("all"))
    initiatives.register(store)
    figures.register(store)
    return profiles.top_entities(store, n)


def listed_articles(store: Store, doc_ids: list[str]) -> list[dict[str, Any]]:
    """The index's articles: those of `doc_ids`, the most recent first (undated last), then by doc_id, at most
    `index.LISTED`, with title, label, date, publisher, strand, near-duplicate group and `release_of` (the party
    whose own press release it is, else None)."""
    store.con.register("_listed_arrow", pa.table({"doc_id": pa.array(doc_ids, pa.string())}))
    try:
        rows = store.rows(
            """SELECT d.doc_id, d.title, d.label, d.published, d.publisher, s.strand,
              g.canonical_doc_id AS canonical, g.group_size
            FROM documents d JOIN _listed_arrow l USING (doc_id) LEFT JOIN strands s USING (doc_id)
            LEFT JOIN doc_groups g USING (doc_id)
            ORDER BY d.published DESC NULLS LAST, d.doc_id LIMIT ?""",
            [index.LISTED],
        )
    finally:
        store.con.unregister("_listed_arrow")
    # a party's own page says so (`query.corpus.press_releases`)
    releases = releases_of(store, [r["doc_id"] for r in rows])
    return [{**r, "release_of": releases.get(r["doc_id"])} for r in rows]


def build_all(
    opt: Options, found: Scan, manifest: Manifest, env: dict[str, Any], log: Callable[..., None], t0: float
) -> int:
    """Build what changed; returns the exit code (0 ok, 1 a report failed)."""
    given = opt.facts
    facts_id = inputs.digest(given, manifest.stats) if given else None
    scratch = Path(tempfile.mkdtemp(prefix="analysis-build-"))
    try:
        if given:
            tables = Tables(given.facts, given.documents, facts_id)
        else:
            tables = corpus_tables(opt, found, log, scratch / "tables")
        with Store(tables.facts, tables.documents, temp_dir=scratch / "spill") as store:
            if given:
                check_given(store, found, given, opt.skip_bad)
            return _build(opt, found, manifest, env, log, t0, tables, facts_id, store)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _build(
    opt: Options,
    found: Scan,
    manifest: Manifest,
    env: dict[str, Any],
    log: Callable[..., None],
    t0: float,
    tables: Tables,
    facts_id: str | None,
    store: Store,
) -> int:
    out_dir = opt.out_dir
    given = opt.facts
    articles = found.articles()
    base = base_params(found.root, bool(found.skipped), opt.follow_links, facts_param(given.facts) if given else "")
    plan_k = plan_key(articles, env, opt.profiles, opt.overrides, base, facts_id)
    stored = manifest.data.get("plan", {})
    duplicates.group_duplicates(store)
    scope.register_articles(store, scope.Scope("all"))  # the facts are placed only when profiles are chosen
    if not opt.force and stored.get("key") == plan_k:
        job_list = [Job(**j) for j in stored["jobs"]]
    else:
        kept = store.tables(temporary=True)
        job_list = plan(choose_profiles(store, opt.profiles), base, opt.overrides)
        # the plan's tables (initiatives, figures, candidates) are dropped: while the kernels run, the coordinator
        # holds, and spills to disk, only what the data files and the index read
        store.drop_tables(store.tables(temporary=True) - kept)
    keys = report_keys(job_list, articles, env, opt.pdf, facts_id)
    todo = [
        j
        for j in job_list
        if selected(j, opt.only) and (opt.force or not manifest.up_to_date(j.stem, keys[j.stem], out_dir))
    ]
    run_params = {  # the kernel reads the cached tables; the notebook records "" (see `execute.execute_report`)
        j.stem: dict(j.params, facts_file=facts_param(tables.facts)) for j in todo if j.params.get("facts_file") == ""
    }
    data_key = key({"facts": tables.key, "code": code_of(DATA)})
    data_todo = opt.force or not manifest.up_to_date("_data", data_key, out_dir)
    planned = {j.stem for j in job_list} | {"_data", pages.STEM}
    stale = sorted(s for s in manifest.data["reports"] if s not in planned)
    with publish.writes(out_dir):
        publish.clear_error_records(out_dir, {j.stem for j in job_list} - {j.stem for j in todo})
        publish.remove_leftovers(out_dir)
        stage = publish.staging_dir(out_dir)
    failed: list[str] = []
    date = pdf_date(store) if todo and opt.pdf else None
    # the data files are staged while the kernels run (the store is this thread's alone meanwhile) and published
    # after the reports, so an interrupted build leaves them as they were
    background = ThreadPoolExecutor(max_workers=1)
    data_files = background.submit(write_data, tables, store, stage) if data_todo else None
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
                pdf_date=date,
                quiet=opt.quiet,
                run_params=run_params,
            )
        with publish.writes(out_dir):
            publish.clear_error_records(out_dir, set())  # drops `_errors/` once no record is left in it
            if data_files is not None:
                staged = data_files.result()  # a failed write raised there is named here
                manifest.data["reports"]["_data"] = {
                    "key": data_key,
                    "inputs": {"facts": tables.key},
                    "outputs": manifest.published(
                        publish.publish_staged(out_dir, stage, staged, manifest.outputs("_data"))
                    ),
                }
            for stem in stale:
                publish.remove_outputs(out_dir, manifest.outputs(stem))
                del manifest.data["reports"][stem]
            manifest.data["plan"] = {"key": plan_k, "jobs": [j.__dict__ for j in job_list]}
            manifest.data["corpus"] = corpus_record(found)
            cited = manifest.cited([j.stem for j in job_list])
            wanted = pages.wanted(store, cited, opt.article_pages)
            entries = {e.doc_id: e for e in found.entries}
            pages.publish_pages(
                out_dir,
                stage,
                manifest,
                store,
                entries,
                wanted,
                opt.article_pages,
                code_of(PAGES),
                cited=cited,
                force=opt.force,
            )
            manifest.data["environment"] = env
            page = index.index_html(
                manifest.data,
                job_list,
                listed_articles(store, wanted),
                failed_records(out_dir),
                written=len(wanted),
                mode=opt.article_pages,
            )
            atomic_write_text(out_dir / "index.html", page)
            atomic_write_text(out_dir / MANIFEST, manifest.text())
            manifest.save_stats(tuple(given.files()) if given else ())
            publish.prune_empty(out_dir / "figures")
    except KeyboardInterrupt:
        stop_children()  # the data files' writer, if it still runs
        log("Interrupted: reports already finished were kept; nothing partial was written.")
        raise
    finally:
        background.shutdown(wait=True, cancel_futures=True)
        shutil.rmtree(stage, ignore_errors=True)
    built = len(todo) - len(failed)
    log(
        f"Built {built} report{'s' if built != 1 else ''}, {len(job_list) - len(todo)} up to date"
        f"{f', {len(failed)} failed' if failed else ''} ({time.monotonic() - t0:.1f} s)."
    )
    return 1 if failed else 0
