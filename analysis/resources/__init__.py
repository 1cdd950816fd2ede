"""Package data: lexicons and patterns as plain text files, and the one loader every stage reads them with.

Files hold one entry per line (`#` starts a comment); `.tsv` files hold tab-separated rows. Each loader is
cached, so a rule function can ask for its lexicon on every call.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def read_lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of a resource file, in file order."""
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return tuple(out)


@lru_cache(maxsize=None)
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated resource file (comments and blank lines skipped), cells stripped."""
    return tuple(tuple(c.strip() for c in line.split("\t")) for line in read_lines(name))


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """Entries of a one-per-line resource file as a set."""
    return frozenset(read_lines(name))


@lru_cache(maxsize=None)
def lower_words(name: str) -> frozenset[str]:
    """Entries of a resource file, case-folded."""
    return frozenset(w.casefold() for w in read_lines(name))


@lru_cache(maxsize=None)
def alternation(name: str) -> str:
    """The entries of a resource file (the first cell of each row) as one regex alternation of literals, longest
    first, for embedding."""
    items = sorted((r[0] for r in table(name)), key=len, reverse=True)
    return "|".join(re.escape(w) for w in items)


@lru_cache(maxsize=None)
def patterns(name: str, flags: int = re.IGNORECASE) -> re.Pattern:
    """One compiled alternation of the regular expressions listed in a resource file."""
    lines = read_lines(name)
    if not lines:
        return re.compile(r"(?!x)x")
    return re.compile("|".join(f"(?:{p})" for p in lines), flags)
