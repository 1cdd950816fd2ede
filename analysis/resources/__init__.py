"""Package data: lexicons and patterns as plain text files, and the one loader every stage reads them with.

Files hold one entry per line (`#` starts a comment); `.tsv` files hold tab-separated rows. Each loader is
cached, so a rule function can ask for its lexicon on every call.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
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
    first, for embedding (`literals`)."""
    return literals(r[0] for r in table(name))


def literals(items: Iterable[str], *, case_sensitive: bool = False) -> str:
    """A regex alternation of literal strings, longest first, written as a tree of their common starts: the same
    matches, tried in the same order, as `"|".join(re.escape(s) for s in longest_first)`, but a position is tried
    against the strings that start with its character only, not against every string.

    At one position the strings that can match are the ones the text there starts with, and they are tried
    longest first; the tree keeps that order (a longer string before the shorter one it starts with), and strings
    that part at a character no text character matches twice never compete. With `case_sensitive=False` the
    result may be embedded in a case-insensitive pattern: strings are parted at a character only when they differ
    in it in more than case (and, for strings outside ASCII, whose case rules reach further, not at all).
    `case_sensitive=True` parts them at every character, for patterns that match case."""
    ordered = sorted(dict.fromkeys(items), key=len, reverse=True)
    if not case_sensitive and not all(s.isascii() for s in ordered):
        return "|".join(re.escape(s) for s in ordered)
    key = (lambda c: c) if case_sensitive else str.lower

    def tree(group: list[str], depth: int) -> list[str]:
        parts: dict[str, list[str]] = {}
        for s in group:
            if len(s) > depth:
                parts.setdefault(key(s[depth]), []).append(s)
        out = []
        for same in parts.values():
            end = depth
            while all(len(s) > end and s[end] == same[0][end] for s in same):
                end += 1
            if end == depth:  # the same character in another case: tried in turn, in order
                out.append("|".join(re.escape(s[depth:]) for s in same))
                continue
            rest = tree(same, end)
            out.append(re.escape(same[0][depth:end]) + (f"(?:{'|'.join(rest)})" if rest else ""))
        if out and any(len(s) == depth for s in group):
            out.append("")  # the string that ends here, after every longer one
        return out

    return "|".join(tree(ordered, 0))


@lru_cache(maxsize=None)
def patterns(name: str, flags: int = re.IGNORECASE) -> re.Pattern:
    """One compiled alternation of the regular expressions listed in a resource file."""
    lines = read_lines(name)
    if not lines:
        return re.compile(r"(?!x)x")
    return re.compile("|".join(f"(?:{p})" for p in lines), flags)
