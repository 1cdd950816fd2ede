"""The reports: one entry per report with its notebook, title, purpose and parameters.

Every place that needs to know which reports exist (the build plan, parameter checks, the index page, the
command line) reads this one list.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from analysis.errors import ParameterError
from analysis.report import params
from analysis.report.params import COMMON, ENTITY, ENTITY_KIND, TOP_N, Param


@dataclass(frozen=True)
class ReportSpec:
    """A report: its name (also its notebook's file stem), title, one-line purpose and parameters."""

    name: str
    title: str
    purpose: str
    params: tuple[Param, ...]
    per_entity: bool = False
    """Rendered once per top entity (the profiles) rather than once."""
    bottom_lines: int = 2
    """How many of its key findings the index's bottom line may take (the corpus overview says what the corpus is in
    one line; the analyses say what happened)."""

    @property
    def notebook(self) -> str:
        return f"notebooks/{self.name}.ipynb"


REPORTS: tuple[ReportSpec, ...] = (
    ReportSpec(
        "01-corpus-overview",
        "The corpus at a glance",
        "What the articles are, who published them, and which strand each belongs to.",
        COMMON + (TOP_N,),
        bottom_lines=1,
    ),
    ReportSpec(
        "02-china-uk-cooperation",
        "China–UK health cooperation",
        "Who cooperates with whom across the two sides, on what, and how it changed.",
        COMMON + (TOP_N, params.focus("china_uk")),
    ),
    ReportSpec(
        "03-gba-health-reforms",
        "Greater Bay Area health reforms",
        "The reform measures reported for the Greater Bay Area, by type, with their figures and places.",
        COMMON + (TOP_N, params.focus("gba")),
    ),
    ReportSpec(
        "04-entity-profile",
        "Entity profile",
        "What one organisation, person or place does in the corpus.",
        COMMON + (TOP_N, ENTITY, ENTITY_KIND),
        per_entity=True,
        bottom_lines=1,
    ),
)


def names() -> list[str]:
    """Report names in order."""
    return [r.name for r in REPORTS]


def get(name: str) -> ReportSpec:
    """The report called `name`; ParameterError listing the reports when there is none."""
    for r in REPORTS:
        if r.name == name:
            return r
    raise ParameterError(
        f"there is no report called {name!r}.", where="report", hint=f"Use one of: {', '.join(names())}."
    )


def param_names(name: str) -> set[str]:
    return {p.name for p in get(name).params}


def defaults(name: str) -> dict[str, Any]:
    return {p.name: p.default for p in get(name).params}


def validate(name: str, values: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
    """All parameters of report `name`, defaults filled in (see `params.validate`)."""
    return params.validate(name, get(name).params, values, **kwargs)


def from_namespace(name: str, namespace: dict[str, Any], before: set[str]) -> dict[str, Any]:
    """Parameters a notebook received: names defined since `before` (its parameters and papermill's injected ones)."""
    values = {k: v for k, v in namespace.items() if k not in before and not k.startswith("_")}
    return validate(name, values)
