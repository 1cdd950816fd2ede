"""The report set for a corpus: one job per report of the registry, and one profile per top entity."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.errors import ParameterError
from analysis.facts.entities import ENTITY_KINDS, entity_table
from analysis.ingest.corpus import Corpus
from analysis.report import registry
from analysis.source import PROJECT_DIR

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
    values = dict(base)
    for k, value in overrides.items():
        target, _, name = k.rpartition(":")
        if target and target != report:
            continue
        if target or name in accepted:
            values[name] = value
    return registry.validate(report, values, check_paths=False)


def top_entities(facts: pd.DataFrame, n: int) -> list[dict[str, Any]]:
    """The `n` top-ranked entities, taking organisations, people and places in turn so each kind is profiled."""
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


def plan(corpus: Corpus, facts: pd.DataFrame, n_profiles: int, overrides: dict[str, Any] | None = None) -> list[Job]:
    """The reports to build: one per report of the registry, and the profile once per top entity."""
    overrides = overrides or {}
    check_overrides(overrides)
    base = {"corpus_dir": corpus_param(corpus.root), "skip_bad": bool(corpus.skipped)}
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
