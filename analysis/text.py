"""Plain-text helpers every stage shares: the one shortener.

`shorten("Northvale University signed a memorandum with Eastbay Hospital on Monday", 40)` ->
"Northvale University signed a…": whitespace collapsed, cut at a word boundary, the cut marked.
"""

from __future__ import annotations

ELLIPSIS = "…"


def shorten(text: str, limit: int, *, at_clause: bool = False) -> str:
    """Collapse whitespace and cut at a word boundary before `limit` characters, marking the cut with "…"
    (a word longer than half the limit is cut inside). With `at_clause`, cut at the last ", " or "; " that
    keeps at least 60% of the limit, else between words ("A, B and C signed, in May" -> "A, B and C signed…")."""
    text = " ".join(str(text).split())
    if at_clause:
        text = text.strip(" ,;:")
    if len(text) <= limit:
        return text
    cut = text[: max(1, limit - 1)]
    clause = max(cut.rfind(", "), cut.rfind("; ")) if at_clause else -1
    if clause >= limit * 0.6:
        cut = cut[:clause]
    else:
        space = cut.rfind(" ")
        if space >= limit // 2 or (at_clause and space > 0):
            cut = cut[:space]
    return cut.rstrip(" ,;:.-–—") + ELLIPSIS
