"""Key findings: statements about the world, each with its citations, only where the facts support them.

A section module returns a `Finding` when its thresholds hold (never one resting on a single weak fact); the
list is rendered in the order given, so citation numbers follow the order a reader meets them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable

from analysis.report import escape

MAX_FINDINGS = 7


@dataclass(frozen=True)
class Finding:
    """One key finding: its topic and `render()`, which writes its sentence (and registers its citations)."""

    topic: str
    render: Callable[[], str]


def made(found: Iterable[Finding | None], limit: int = MAX_FINDINGS) -> list[Finding]:
    """The findings that were made, in the order given, at most `limit`."""
    return [f for f in found if f is not None][:limit]


def section_html(findings: list[Finding], empty: str) -> str:
    """The "Key findings" list, rendered in order, or one line when no finding is supported."""
    if not findings:
        return f'<section class="key-findings"><p class="empty-note">{escape.html(empty)}</p></section>'
    items = "".join(f"<li>{f.render()}</li>" for f in findings)
    return f'<section class="key-findings"><ul>{items}</ul></section>'
