"""Cutting cleaned text into the pieces the NLP model reads, and grouping pieces into bounded batches.

A piece is a line, or, for a line longer than `PIECE_CHARS` (a transcript or report saved as one line), a run
of whole sentences of that line: "One. Two. Three." with a limit of 10 gives "One. Two. " and "Three.".
Pieces depend on the text only, so an article gives the same facts however its pieces are batched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.extract.sentences import cuts

PIECE_CHARS = 10_000
"""Longest piece: longer than any paragraph of a news article, so only lines of saved transcripts are cut."""

BATCH_CHARS = 100_000
"""Most characters the model holds at once (one batch of pieces), far below spaCy's `max_length` of 1,000,000."""

_LINE = re.compile(r"[^\n]+")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Piece:
    """`text[start:end]` is read by the model in one call; `forced` when it was cut at a space, not a sentence end."""

    start: int
    end: int
    forced: bool = False


def _cut(text: str, start: int, end: int, limit: int) -> list[Piece]:
    """Pieces of the line `text[start:end]`, each at most `limit` long, cut at the last sentence end that fits."""
    pieces = []
    while end - start > limit:
        ends = [c for c in cuts(text, start, start + limit + 1) if start < c <= start + limit]
        if ends:
            pieces.append(Piece(start, ends[-1]))
            start = ends[-1]
            continue
        spaces = [m.end() for m in _SPACE.finditer(text, start + 1, start + limit + 1) if m.end() <= start + limit]
        cut = spaces[-1] if spaces else start + limit
        pieces.append(Piece(start, cut, forced=True))
        start = cut
    pieces.append(Piece(start, end))
    return pieces


def pieces(text: str, limit: int = PIECE_CHARS) -> list[Piece]:
    """The pieces of a cleaned text, in order: its lines, long lines cut into runs of whole sentences."""
    out: list[Piece] = []
    for m in _LINE.finditer(text):
        out.extend(_cut(text, m.start(), m.end(), limit))
    return out


def batches(sizes: list[int], limit: int = BATCH_CHARS) -> list[list[int]]:
    """Indexes of consecutive items grouped so each group's sizes sum to at most `limit` (an item over it alone)."""
    groups: list[list[int]] = []
    total = 0
    for i, n in enumerate(sizes):
        if groups and total + n <= limit:
            groups[-1].append(i)
            total += n
        else:
            groups.append([i])
            total = n
    return groups
