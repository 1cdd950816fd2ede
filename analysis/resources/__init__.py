"""Package data: lexicons and patterns as plain text files, one entry per line, `#` starts a comment."""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources


def read_lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of a resource file, in file order."""
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


@lru_cache(maxsize=None)
def load_patterns(name: str, flags: int = re.IGNORECASE) -> re.Pattern:
    """One compiled alternation of the regular expressions listed in a resource file."""
    lines = read_lines(name)
    if not lines:
        return re.compile(r"(?!x)x")
    return re.compile("|".join(f"(?:{p})" for p in lines), flags)


def read_table(name: str, sep: str = "\t") -> list[list[str]]:
    """Rows of a tab-separated resource file (comments and blank lines skipped)."""
    return [[c.strip() for c in line.split(sep)] for line in read_lines(name)]
