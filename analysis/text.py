"""Plain-text helpers every stage shares: the one shortener.

`shorten("Northvale University signed a memorandum with Eastbay Hospital on Monday", 40)` ->
"Northvale University signed a…": whitespace collapsed, cut at a word boundary, the cut marked.
"""

from __future__ import annotations

ELLIPSIS = "…"


def shorten(text: str, limit: int) -> str:
    """Collapse whitespace and cut at a word boundary before `limit` characters, marking the cut with "…"
    (a word longer than half the limit is cut inside)."""
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    cut = text[: max(1, limit - 1)]
    space = cut.rfind(" ")
    if space >= limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-–—") + ELLIPSIS
