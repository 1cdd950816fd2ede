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
    """One compiled alternation of the regular expressions listed in a resource file (`alternatives`)."""
    lines = read_lines(name)
    if not lines:
        return re.compile(r"(?!x)x")
    return re.compile(alternatives(lines), flags)


def alternatives(expressions: Iterable[str]) -> str:
    """The alternation `(?:e1)|(?:e2)|...` of regular expressions, written so that a position is tried against the
    expressions that can match there only: the same matches, tried in the same order, for any flags but verbose.

    A run of expressions that open with a word boundary tests it once ("\\bX|\\bY" as "\\b(?:X|Y)"), so the letters
    inside a word are passed over after one test; and each of them that can only start with one of a few characters
    (read from its literal start: "\\b(?:sign|ink)" starts with "s" or "i") is preceded by a lookahead for them, so a
    word that starts with another character is passed over after one test instead of the expression's every
    alternative. The characters are the expression's own literals, so a case-insensitive pattern compares them as it
    compares the literals. An expression whose start is not read (a class such as "\\w", a group of an unknown
    kind) has no lookahead; an expression that does not open with a word boundary is left as it is (a plain word
    or a "^" is found faster by the regex engine itself).
    """
    parts: list[str] = []
    run: list[str] = []
    for e in expressions:
        if all(a.startswith("\\b") for a in _top_alternatives(e)):
            chars = _first_chars(e)
            guard = f"(?=[{''.join(re.escape(c) for c in sorted(chars))}])" if chars else ""
            run.append(f"{guard}(?:{e})")
            continue
        if run:
            parts.append("\\b(?:" + "|".join(run) + ")")
            run = []
        parts.append(f"(?:{e})")
    if run:
        parts.append("\\b(?:" + "|".join(run) + ")")
    return "|".join(parts)


def _class_end(p: str, i: int) -> int:
    """The index after the character class opening at `p[i]` ("[", a leading "^" and "]" taken as members)."""
    j = i + 1
    if p[j : j + 1] == "^":
        j += 1
    if p[j : j + 1] == "]":
        j += 1
    while j < len(p) and p[j] != "]":
        j += 2 if p[j] == "\\" else 1
    return j + 1


def _group_end(p: str, i: int) -> int:
    """The index after the group opening at `p[i]`."""
    depth = 0
    while i < len(p):
        c = p[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(p, i)
            continue
        depth += (c == "(") - (c == ")")
        i += 1
        if depth == 0:
            return i
    raise ValueError(p)


def _top_alternatives(p: str) -> list[str]:
    """The alternatives of an expression outside its groups and classes."""
    out, start, i = [], 0, 0
    while i < len(p):
        c = p[i]
        if c == "\\":
            i += 2
        elif c == "[":
            i = _class_end(p, i)
        elif c == "(":
            i = _group_end(p, i)
        else:
            if c == "|":
                out.append(p[start:i])
                start = i + 1
            i += 1
    return out + [p[start:]]


_QUANTIFIER = re.compile(r"(?:([?*])|\+|\{(\d*)(?:,\d*)?\})[?+]?")
_FLAGS = re.compile(r"\?[aLmsu]*(?:-[ims]+)?:")
_CLASS_MEMBER = re.compile(r"\\(.)|(.)-(.)|(.)", re.DOTALL)


def _first_chars(p: str) -> frozenset[str] | None:
    """The characters every match of expression `p` starts with (its literals, as written), or None when its start
    is not read or a match may be empty."""
    try:
        chars, nullable = _start(p)
    except ValueError:  # an unbalanced group: compiling the pattern says what is wrong
        return None
    return frozenset(chars) if chars and not nullable else None


def _start(p: str) -> tuple[set[str] | None, bool]:
    """(the characters a match of `p` can start with, whether the match can be empty); None when not known."""
    chars: set[str] = set()
    empty = False
    for alternative in _top_alternatives(p):
        got, got_empty = _sequence_start(alternative)
        if got is None:
            return None, False
        chars |= got
        empty = empty or got_empty
    return chars, empty


def _sequence_start(p: str) -> tuple[set[str] | None, bool]:
    """`_start` of an expression without alternatives outside its groups."""
    chars: set[str] = set()
    i = 0
    while i < len(p):
        c = p[i]
        if c == "\\":
            e, j = p[i + 1 : i + 2], i + 2
            if e in ("b", "B", "A", "Z"):  # take no character
                i = j
                continue
            if not e or e.isalnum():  # a class ("\\d", "\\w") or a reference
                return None, False
            got: set[str] | None = {e}
        elif c in "^$":
            i += 1
            continue
        elif c == "[":
            j = _class_end(p, i)
            got = _class_members(p[i + 1 : j - 1])
        elif c == "(":
            j = _group_end(p, i)
            inner = p[i + 1 : j - 1]
            if inner.startswith(("?=", "?!", "?<=", "?<!")):  # a look around takes no character
                if _QUANTIFIER.match(p, j):
                    return None, False
                i = j
                continue
            if inner.startswith("?P<"):
                inner = inner[inner.index(">") + 1 :]
            elif inner.startswith("?"):
                flags = _FLAGS.match(inner)  # "(?:", "(?-i:"; "(?i:" and "(?x:" change how literals are read
                if not flags:
                    return None, False
                inner = inner[flags.end() :]
            got, empty = _start(inner)
            if got is None:
                return None, False
            if empty:
                chars |= got
                q = _QUANTIFIER.match(p, j)
                i = q.end() if q else j
                continue
        elif c in ".)|*+?{":
            return None, False
        else:
            got, j = {c}, i + 1
        if got is None:
            return None, False
        chars |= got
        q = _QUANTIFIER.match(p, j)
        if not q or not (q.group(1) or q.group(2) in ("", "0")):
            return chars, False
        i = q.end()
    return chars, True


def _class_members(body: str) -> set[str] | None:
    """The characters of a class written as literals and ranges ("[sz]", "[A-H]"); None for a negated class or one
    holding a class escape ("[\\w-]")."""
    if body.startswith("^"):
        return None
    out: set[str] = set()
    for m in _CLASS_MEMBER.finditer(body):
        escaped, low, high, single = m.groups()
        if escaped is not None:
            if escaped.isalnum():
                return None
            out.add(escaped)
        elif low is not None:
            if ord(high) - ord(low) > 64 or not (low.isascii() and high.isascii()):
                return None
            out |= {chr(k) for k in range(ord(low), ord(high) + 1)}
        else:
            out.add(single)
    return out or None
