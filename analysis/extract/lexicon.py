"""Cached word sets and tables read from `analysis/resources`, shared by the rule modules."""
from __future__ import annotations

import re
from functools import lru_cache

from analysis.resources import read_lines, read_table


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """Entries of a one-per-line resource file as a set."""
    return frozenset(read_lines(name))


@lru_cache(maxsize=None)
def lower_words(name: str) -> frozenset[str]:
    """Entries of a resource file, case-folded."""
    return frozenset(w.casefold() for w in read_lines(name))


@lru_cache(maxsize=None)
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated resource file."""
    return tuple(tuple(r) for r in read_table(name))


@lru_cache(maxsize=None)
def alternation(name: str) -> str:
    """The lines of a resource file as one regex alternation (longest first), for embedding in a pattern."""
    items = sorted(read_lines(name), key=len, reverse=True)
    return "|".join(re.escape(w) for w in items)
