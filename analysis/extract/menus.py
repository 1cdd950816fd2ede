"""Navigation inside an article's text: menus, breadcrumbs and share bars, which name places and bodies that are
not facts of the article ("Home | World | Business", "Home > Europe > Education", one menu item per line).

Two shapes, both from `menu_words.txt` and the shape of the line alone: a row of short items split by "|",
">", ">>" or "»" (three items, or two with a menu word), as a whole line or as the last sentence of one; a block
of at least five short lines (one to three words, no sentence punctuation; lone dashes and bullets between them
allowed) of which at least two are menu words.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from analysis.extract import sentences
from analysis.ingest.clean import menu_row_items
from analysis.resources import lower_words

_FILLER = re.compile(r"^[\s\-–—|•·*]*$")
_ITEM = re.compile(r"^[A-Z0-9][\w'’&-]*(?: [\w'’&-]+){0,2}$")
_MIN_BLOCK = 5


def menu_word(item: str) -> bool:
    """True when `item` is a whole menu item of `menu_words.txt` ("Opinion", "terms of use")."""
    return item.strip().casefold() in lower_words("menu_words.txt")


def _menu_row(line: str) -> bool:
    """A row of items split by menu separators ("Home | World | Business", "Home>>China"): three items, or two with
    a menu word (`ingest.clean.menu_row_items`)."""
    items = menu_row_items(line)
    return len(items) >= 3 or any(menu_word(x) for x in items)


def _menu_tail(text: str, start: int, end: int) -> int | None:
    """Where the last sentence of a line starts when that sentence alone is a menu row: the links after a footer's
    sentences ("Published by Castor Media. © 2026. Terms | Privacy | Cookies"); None otherwise."""
    last = sentences.spans(text, start, end)
    if len(last) < 2 or not _menu_row(text[last[-1][0] : last[-1][1]]):
        return None
    return last[-1][0]


def menu_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every navigation line of `text`, in order."""
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line), line.strip()))
        pos += len(line) + 1
    out: list[tuple[int, int]] = []
    run: list[tuple[int, int, str]] = []

    def close() -> None:
        items = [x for x in run if not _FILLER.match(x[2])]
        if len(items) >= _MIN_BLOCK and sum(menu_word(x[2]) for x in items) >= 2:
            out.extend((s, e) for s, e, _ in items)
        run.clear()

    for s, e, line in lines:
        tail = _menu_tail(text, s, e)
        if _menu_row(line):
            close()
            out.append((s, e))
        elif tail is not None:
            close()
            out.append((tail, e))
        elif line and (_FILLER.match(line) or _ITEM.match(line)):
            run.append((s, e, line))
        elif line or (run and not _FILLER.match(run[-1][2])):
            close()
    close()
    return sorted(out)


def document_menus(ctx) -> list[tuple[int, int]]:
    """`menu_spans` of a document's text, found once per document (`Context.memo`) for every rule that reads it."""
    if "menu_spans" not in ctx.memo:
        ctx.memo["menu_spans"] = menu_spans(ctx.text)
    return ctx.memo["menu_spans"]


def in_menu(spans: list[tuple[int, int]], pos: int) -> bool:
    """True when offset `pos` lies on one of `spans` (from `menu_spans`)."""
    i = bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]
