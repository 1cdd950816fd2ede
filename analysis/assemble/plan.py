"""The report set for a corpus: one job per report of the registry, and one profile per top entity (chosen in the
store by `query.profiles.top_entities`, see `steps`); the keys that say when the set, or one report, must be
built again.

Everything here runs without the facts, so a build can tell that nothing changed without loading them.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from analysis.assemble.keys import key, sha256_file
from analysis.errors import ParameterError
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


def facts_param(facts: Path) -> str:
    """A facts file or folder as the notebooks (run from their own folder) should see it."""
    return os.path.relpath(Path(facts).resolve(), NOTEBOOK_DIR.resolve())


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


def base_params(root: Path, skipped: bool, follow_links: bool, facts_file: str = "") -> dict[str, Any]:
    """The parameters every report receives from the build: where the corpus is, how it was read, and the facts
    file given to the build ("" for the cached tables of the corpus, which is what "" means to a notebook)."""
    return {
        "corpus_dir": corpus_param(root),
        "skip_bad": skipped,
        "follow_links": follow_links,
        "facts_file": facts_file,
    }


def plan_key(
    articles: dict[str, str],
    env: dict[str, Any],
    profiles: int,
    overrides: dict[str, Any],
    base,
    facts: str | None = None,
) -> str:
    """What the list of reports depends on: the articles and the facts given to the build, if any (the facts
    choose the profiles), the code and dependencies (`keys.environment`), the options and the reports of the
    registry."""
    return key(
        {
            "articles": articles,
            "facts": facts,
            "env": env,
            "profiles": profiles,
            "overrides": overrides,
            "base": base,
            "reports": registry.names(),
        }
    )


def report_keys(
    job_list: list[Job], articles: dict[str, str], env: dict[str, Any], pdf: bool, facts: str | None = None
) -> dict[str, str]:
    """Report stem -> the key of everything its files depend on: notebook, parameters, title, articles, the facts
    given to the build (None: the corpus's own, which the articles and the code decide), code and dependencies,
    and whether a PDF is printed."""
    return {
        job.stem: key(
            {
                "notebook": sha256_file(notebook_path(job)),
                "params": job.params,
                "title": job.title,
                "articles": articles,
                "facts": facts,
                "env": env,
                "pdf": pdf,
            }
        )
        for job in job_list
    }


def plan(entities: list[dict[str, Any]], base: dict[str, Any], overrides: dict[str, Any] | None = None) -> list[Job]:
    """The reports to build with the `base` parameters: one per report of the registry, and the profile once per
    entity of `entities` (`{"id": ..., "label": ...}`, in the order of `query.profiles.top_entities`)."""
    overrides = overrides or {}
    check_overrides(overrides)
    jobs = []
    for spec in registry.REPORTS:
        if spec.per_entity:
            for ent in entities:
                p = _params_for(spec.name, dict(base, entity=ent["id"]), overrides)
                jobs.append(Job(f"{spec.name}-{_slug(ent['id'])}", spec.name, p, f"Profile: {ent['label']}"))
        else:
            p = _params_for(spec.name, base, overrides)
            jobs.append(Job(spec.name, spec.name, p, p.get("title") or spec.title))
    return jobs


def selected(job: Job, only: list[str] | None) -> bool:
    """True when `--only` is not given or one of its prefixes starts the report's name."""
    return not only or any(job.stem.startswith(o) for o in only)
