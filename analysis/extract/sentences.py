"""Where a sentence ends: the one rule every stage asks ("does a sentence end here?").

A sentence ends at a mark (`sentence_ends.txt`: ". ", "! ", "? ", a CJK full stop) followed by the start of the
next sentence, unless the full stop closes an abbreviation or an initial ("Dr. Wu arrived. He spoke." is two
sentences, cut after "arrived."; `sentence_abbreviations.txt`, single letters and dotted words such as "U.S."
are never cut after). A line (paragraph) always ends its sentence. The NLP pass, the pieces of long lines, the
role and quote rules and the report's citations all read sentences through this module.
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.resources import patterns, words

_WORD_BEFORE = re.compile(r"(?<![\w'’.])([^\W\d_]+(?:\.[^\W\d_]+)*)\.+$")
_LINE = re.compile(r"[^\n]+")
_SPACE = " \t\r\f\v"


@lru_cache(maxsize=1)
def _ends() -> re.Pattern:
    return patterns("sentence_ends.txt", flags=0)


def is_abbreviation(text: str, mark: int) -> bool:
    """True when the full stop at `mark` closes an abbreviation or an initial ("Dr.", "J.", "U.S.", "No."); never
    after a number ("rose to 5. Then") or a possessive ("St. Luke's. Then")."""
    if text[mark : mark + 1] != ".":
        return False
    m = _WORD_BEFORE.search(text, max(0, mark - 40), mark + 1)  # "Luke's." is a word, not an initial "s."
    if m is None:
        return False
    word = m.group(1)
    return len(word.replace(".", "")) == 1 or "." in word or word.casefold() in words("sentence_abbreviations.txt")


def boundaries(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(end of a sentence, start of the next one) for each sentence end inside one line `text[start:end]`:
    the first offset is just after the mark and its closing quotes, the second after the spaces that follow."""
    end = len(text) if end is None else end
    out = []
    for m in _ends().finditer(text, start, end):
        if is_abbreviation(text, m.start()):
            continue
        close = m.end()
        while close > m.start() and text[close - 1].isspace():
            close -= 1
        out.append((close, m.end()))
    return out


def cuts(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """Offsets in `text[start:end]` where a sentence begins after another one ends."""
    return [nxt for _, nxt in boundaries(text, start, end)]


def ends_at(text: str, mark: int) -> bool:
    """Does a sentence end with the mark at `mark`? Yes when a sentence end starts there, or when only spaces and
    closing quotes or brackets follow it up to the end of the line."""
    if mark >= len(text) or text[mark] not in ".!?…。！？":
        return False
    line_end = text.find("\n", mark)
    line_end = len(text) if line_end < 0 else line_end
    if is_abbreviation(text, mark):
        return False
    if not text[mark + 1 : line_end].strip(".!?…\"'”’)]" + _SPACE):
        return True
    m = _ends().match(text, mark, line_end)
    return m is not None


def spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The sentences of `text[start:end]` as (start, end) spans, without the spaces between them; every line
    break ends a sentence."""
    end = len(text) if end is None else end
    out = []
    for line in _LINE.finditer(text, start, end):
        pos = line.start()
        for close, nxt in boundaries(text, line.start(), line.end()):
            out.append((pos, close))
            pos = nxt
        out.append((pos, line.end()))
    trimmed = []
    for s, e in out:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            trimmed.append((s, e))
    return trimmed
