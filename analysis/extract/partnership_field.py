"""The field of a partnership (education and training, research, ...), read from its sentence and initiative.

Each label of `partnership_fields.tsv` counts the hits of its keyword patterns; the most hits wins, ties go to the
label listed first, and "other" stands for no hit ("jointly train 40 nurses" -> education and training).
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.resources import table

OTHER = "other"


@lru_cache(maxsize=1)
def _fields() -> tuple[tuple[str, re.Pattern], ...]:
    """(label, one pattern of all its keywords) in file order."""
    labels: dict[str, list[str]] = {}
    for label, pattern in table("partnership_fields.tsv"):
        labels.setdefault(label, []).append(f"(?:{pattern})")
    return tuple((label, re.compile("|".join(ps), re.IGNORECASE)) for label, ps in labels.items())


def blank(text: str, names: list[str]) -> str:
    """`text` with each name replaced by spaces, so that "Westmoor Research Council" counts no keyword."""
    for name in sorted(set(names), key=len, reverse=True):
        if name:
            text = text.replace(name, " " * len(name))
    return text


def hits(text: str) -> dict[str, int]:
    """Keyword hits per label in `text` (labels without a hit left out)."""
    out = {}
    for label, pattern in _fields():
        n = sum(1 for _ in pattern.finditer(text))
        if n:
            out[label] = n
    return out


def best(counts: dict[str, int]) -> str | None:
    """The label with most hits, ties to the label listed first in the lexicon; None when nothing was counted."""
    order = [label for label, _ in _fields()]
    ranked = sorted(counts, key=lambda label: (-counts[label], order.index(label)))
    return ranked[0] if ranked else None


def field_hits(sentence: str, initiative: str | None, context: str = "") -> dict[str, int]:
    """Keyword hits of a partnership's sentence and initiative (the initiative's words counting twice, as it names
    what the cooperation is for); those of `context` (the surrounding paragraph) only when they have none."""
    counts = hits(sentence)
    for label, n in hits(initiative or "").items():
        counts[label] = counts.get(label, 0) + n
    return counts or hits(context)


def field_of(sentence: str, initiative: str | None, context: str = "") -> str:
    """The field stated by a partnership's sentence and initiative, else by its context, else "other"."""
    return best(field_hits(sentence, initiative, context)) or OTHER
