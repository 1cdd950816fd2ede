"""Remove web-page noise from an article and normalise whitespace, keeping an offset map to the original.

Every character of the cleaned text comes from one character of the original file, so a span of cleaned
text maps back to `original[start:end]` (see `Cleaned.to_original`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from analysis.resources import patterns


@dataclass(frozen=True)
class Cleaned:
    """Cleaned text with `offsets[i]` = index in the original of cleaned character `i`."""

    text: str
    offsets: tuple[int, ...]
    original_length: int

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a cleaned span [start, end) to the smallest original span that covers it."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span [{start}, {end}) outside cleaned text of length {len(self.text)}")
        if start == end:
            pos = self.offsets[start] if start < len(self.offsets) else self.original_length
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1

    def to_cleaned(self, original_pos: int) -> int:
        """Index of the first cleaned character at or after an original position."""
        return bisect_right(self.offsets, original_pos - 1)


@lru_cache(maxsize=1)
def _noise_rules() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    line = patterns("noise_lines.txt")
    tail = patterns("noise_tail.txt")
    contact = patterns("noise_contact.txt")
    return line, tail, contact


_BULLET = re.compile(r"^[\s\u2022\u25cf\u25aa\u2023\u2043\u00b7*\-–]+(?=\S)")
_SPACE = re.compile(r"[ \t\u00a0\u3000\u2009\u200b\ufeff]+")


def lines(text: str) -> list[tuple[int, str]]:
    """(offset, line without its line break) for every line of `text`."""
    out, pos = [], 0
    for raw in text.splitlines(keepends=True):
        out.append((pos, raw.rstrip("\r\n")))
        pos += len(raw)
    return out


def noise_line(line: str) -> bool:
    """True for a line that is page furniture rather than article text."""
    line_re, _, contact_re = _noise_rules()
    s = line.strip()
    return bool(line_re.search(s) or contact_re.search(s))


_MENU_ITEM = re.compile(r"[^\W\d_][\w&'’-]*(?: [\w&'’-]+){0,2}")
_MENU_SEP = re.compile(r"[-|•·/]+")
_MENU_ITEMS = 4


def menu_column(rows: list[tuple[int, str]]) -> set[int]:
    """Indexes of the lines of a menu written one item per line: four or more short items (up to three words, no
    digits or punctuation) each separated from the next by a line of punctuation only ("-", "|"); the
    separator lines go with them."""
    out: set[int] = set()
    items: list[int] = []
    seps: list[int] = []
    sep = False
    for i, (_, body) in enumerate(rows):
        s = body.strip()
        if not s:
            continue
        if _MENU_SEP.fullmatch(s):
            sep = True
            seps.append(i)
            continue
        item = bool(_MENU_ITEM.fullmatch(s))
        if item and (sep or not items):
            items.append(i)
        else:
            if len(items) >= _MENU_ITEMS:
                out.update(items + [j for j in seps if items[0] - 1 <= j <= items[-1] + 1])
            items, seps = ([i] if item else []), []
        sep = False
    if len(items) >= _MENU_ITEMS:
        out.update(items + [j for j in seps if items[0] - 1 <= j <= items[-1] + 1])
    return out


MENU_SEPARATOR = re.compile(r"\s*(?:\||>>|>|»|›)\s*|\s+/\s+")
"""What splits the items of a navigation row ("Home | World | Health", "Home > News", "Home / China / Health"); a
slash between words with no space ("Guangdong/Hong Kong") joins them."""


def menu_row_items(line: str) -> list[str]:
    """The items of a navigation row: two or more short items (up to four words, none ending a sentence) split by
    `MENU_SEPARATOR` ("World | Business | Health" -> World, Business, Health); [] for any other line."""
    if not MENU_SEPARATOR.search(line):
        return []
    items = [x.strip() for x in MENU_SEPARATOR.split(line) if x.strip()]
    if len(items) < 2 or any(len(x.split()) > 4 or x[-1] in ".!?," for x in items):
        return []
    return items


def _nav_items(line: str) -> list[str]:
    """The items of a navigation row split by `MENU_SEPARATOR`, or by runs of spaces on a line `noise_line` reads
    as a menu ("World   Health & Care   Opinion")."""
    items = menu_row_items(line)
    if not items and noise_line(line):
        items = [x.strip() for x in re.split(r"\s{2,}", line.strip()) if x.strip()]
    return items


def section_labels(rows: list[tuple[int, str]]) -> set[int]:
    """Indexes of the lines that repeat alone an item of a navigation row of three items or more on the page: the
    section the page files the story under ("World | Business | Health & Care" ... "Health & Care"), not its text."""
    items = {x.casefold() for _, body in rows if len(row := _nav_items(body)) >= 3 for x in row}
    return {i for i, (_, body) in enumerate(rows) if body.strip() and body.strip().casefold() in items}


_TEXT_WORDS = 8
"""Words of a line that is running text (as is a line that ends a sentence), not a menu item or a heading."""


def clean(original: str) -> Cleaned:
    """Drop noise lines, menu columns and trailing related-links blocks, strip bullets, collapse whitespace."""
    _, tail_re, _ = _noise_rules()
    kept: list[tuple[int, str]] = []
    rows = lines(original)
    menu = menu_column(rows) | section_labels(rows)
    text_seen = False  # a "Most read" menu item above the article is no trailing block
    for i, (start, body) in enumerate(rows):
        stripped = body.strip()
        if stripped and tail_re.search(stripped) and text_seen:
            break  # a "related links" heading after the article's text: everything after it is navigation
        if not stripped or noise_line(body) or i in menu:
            kept.append((start, ""))
            continue
        kept.append((start, body))
        text_seen = text_seen or len(stripped.split()) >= _TEXT_WORDS or stripped.endswith((".", "!", "?", "。"))

    chars: list[str] = []
    offs: list[int] = []
    blank_run = 0
    for start, body in kept:
        if not body.strip():
            blank_run += 1
            continue
        if chars:
            sep = "\n\n" if blank_run else "\n"
            for ch in sep:
                chars.append(ch)
                offs.append(max(start - 1, 0))
        blank_run = 0
        m = _BULLET.match(body)
        i = m.end() if m else 0
        body_end = len(body.rstrip())
        while i < body_end and _SPACE.match(body[i]):
            i += 1
        last_space = False
        while i < body_end:
            ch = body[i]
            if _SPACE.match(ch):
                if not last_space:
                    chars.append(" ")
                    offs.append(start + i)
                last_space = True
            else:
                chars.append(ch)
                offs.append(start + i)
                last_space = False
            i += 1
    return Cleaned("".join(chars), tuple(offs), len(original))
