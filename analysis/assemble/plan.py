"""The report set for a corpus: one job per report of the registry, and one profile per top entity; the keys
that say when the set, or one report, must be built again.

Everything here but `plan` runs without the facts, so a build can tell that nothing changed without loading them.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from analysis.assemble.keys import key, sha256_file
from analysis.errors import ParameterError
from analysis.report import registry
from analysis.source import PROJECT_DIR

if TYPE_CHECKING:
    import pandas as pd

NOTEBOOK_DIR = PROJECT_DIR / "notebooks"
DEFAULT_PROFILES = 4


@dataclass(frozen=True)
class Job:
    """One report to produce: which notebook, with which parameters, under which file stem."""

    stem: str
    notebook: str
    params: dict[str, Any]
    title: str


def notebook_path(job: Job) -> Path:
    return NOTEBOOK_DIR / f"{job.notebook}.ipynb"


def corpus_param(corpus_root: Path) -> str:
    """The corpus folder as the notebooks (run from their own folder) should see it."""
    return os.path.relpath(corpus_root.resolve(), NOTEBOOK_DIR.resolve())


def _slug(text: str) -> str:
    out = "".join(c.lower() if c.isalnum() else "-" for c in text)
    return "-".join(p for p in out.split("-") if p)[:60] or "entity"


def parse_overrides(items: list[str] | None) -> dict[str, Any]:
    """`NAME=VALUE` (every report that has NAME) or `REPORT:NAME=VALUE`; VALUE is read as JSON, else as text."""
    out: dict[str, Any] = {}
    for item in items or []:
        if "=" not in item:
            raise ParameterError(
                f"--param {item!r} is not NAME=VALUE.",
                where=item,
                hint="Write --param top_n=5, or --param 02-china-uk-cooperation:top_n=5.",
            )
        name, value = item.split("=", 1)
        try:
            out[name.strip()] = json.loads(value)
        except ValueError:
            out[name.strip()] = value
    return out


def check_overrides(overrides: dict[str, Any]) -> None:
    """ParameterError for an override that names no report or no parameter of the reports it targets."""
    for k in overrides:
        target, _, name = k.rpartition(":")
        reports = [registry.get(target).name] if target else registry.names()
        if not any(name in registry.param_names(r) for r in reports):
            known = sorted({p for r in reports for p in registry.param_names(r)})
            raise ParameterError(
                f"unknown parameter {name!r}.", where=name, hint=f"Accepted parameters: {', '.join(known)}."
            )


def check_only(only: list[str] | None) -> None:
    """ParameterError for an `--only` prefix that matches no report."""
    for prefix in only or []:
        if not prefix or not any(name.startswith(prefix) or prefix.startswith(name) for name in registry.names()):
            raise ParameterError(
                f"{prefix!r} matches no report.",
                where="--only",
                hint=f"Give the start of a report name: {', '.join(registry.names())}.",
            )


def _params_for(report: str, base: dict[str, Any], overrides: dict[str, Any]) -> dict[str, Any]:
    accepted = registry.param_names(report)
    values = {k: v for k, v in base.items() if k in accepted}
    for k, value in overrides.items():
        target, _, name = k.rpartition(":")
        if target and target != report:
            continue
        if target or name in accepted:
            values[name] = value
    return registry.validate(report, values, check_paths=False)


def top_entities(facts: pd.DataFrame, n: int) -> list[dict[str, Any]]:
    """The `n` top-ranked entities, taking organisations, people and places in turn so each kind is profiled."""
    from analysis.facts.entities import ENTITY_KINDS, entity_table  # deferred: start-up cost (pandas)

    if n <= 0:
        return []
    table = entity_table(facts)
    queues = {kind: table[table["kind"] == kind].to_dict(orient="records") for kind in ENTITY_KINDS}
    picked: list[dict[str, Any]] = []
    while len(picked) < n and any(queues.values()):
        for kind in ENTITY_KINDS:
            if queues[kind] and len(picked) < n:
                picked.append(queues[kind].pop(0))
    return picked


def base_params(root: Path, skipped: bool, follow_links: bool) -> dict[str, Any]:
    """The parameters every report receives from the build: where the corpus is and how it was read."""
    return {"corpus_dir": corpus_param(root), "skip_bad": skipped, "follow_links": follow_links}


def plan_key(articles: dict[str, str], env: dict[str, Any], profiles: int, overrides: dict[str, Any], base) -> str:
    """What the list of reports depends on: the articles (their facts choose the profiles), the code and
    dependencies (`keys.environment`), the options and the reports of the registry."""
    return key(
        {
            "articles": articles,
            "env": env,
            "profiles": profiles,
            "overrides": overrides,
            "base": base,
            "reports": registry.names(),
        }
    )


def report_keys(job_list: list[Job], articles: dict[str, str], env: dict[str, Any], pdf: bool) -> dict[str, str]:
    """Report stem -> the key of everything its files depend on: notebook, parameters, title, articles, code and
    dependencies, and whether a PDF is printed."""
    return {
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


def plan(
    facts: pd.DataFrame, n_profiles: int, base: dict[str, Any], overrides: dict[str, Any] | None = None
) -> list[Job]:
    """The reports to build with the `base` parameters: one per report of the registry, and the profile once per
    top entity."""
    overrides = overrides or {}
    check_overrides(overrides)
    jobs = []
    for spec in registry.REPORTS:
        if spec.per_entity:
            for ent in top_entities(facts, n_profiles):
                p = _params_for(spec.name, dict(base, entity=ent["entity_id"]), overrides)
                jobs.append(Job(f"{spec.name}-{_slug(ent['entity_id'])}", spec.name, p, f"Profile: {ent['name']}"))
        else:
            p = _params_for(spec.name, base, overrides)
            jobs.append(Job(spec.name, spec.name, p, p.get("title") or spec.title))
    return jobs


def selected(job: Job, only: list[str] | None) -> bool:
    """True when `--only` is not given or one of its prefixes starts the report's name."""
    return not only or any(job.stem.startswith(o) for o in only)
