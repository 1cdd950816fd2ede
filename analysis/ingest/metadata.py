"""What an article says about itself: title, publication date and publisher, each with its span.

Only what the text states is reported; a field the text does not give is None. Spans index the
original file text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.ingest.clean import lines, noise_line
from analysis.ingest.dates import parse_date_text
from analysis.resources import patterns


@dataclass(frozen=True)
class Field:
    """A detected value and the original span [start, end) it was read from."""

    value: str
    start: int
    end: int


@dataclass(frozen=True)
class Metadata:
    title: Field | None
    published: Field | None
    publisher: Field | None
    lead: Field | None = None
    """The lead paragraph: the first paragraph of running text after the title (what the article stresses)."""


_HEAD_LINES = 8
_TITLE_WORDS = (3, 24)


def _strip_span(start: int, line: str) -> tuple[int, int, str]:
    lead = len(line) - len(line.lstrip())
    s = line.strip()
    return start + lead, start + lead + len(s), s


def _title(rows: list[tuple[int, str]]) -> Field | None:
    """The first headline-like line near the top: a few words, no closing full stop."""
    seen = 0
    for start, line in rows:
        if not line.strip() or noise_line(line):
            continue
        seen += 1
        if seen > _HEAD_LINES:
            break
        s0, e0, s = _strip_span(start, line)
        words = s.split()
        if len(words) > _TITLE_WORDS[1] or s[-1] in ".;:" or s.startswith(("•", "*", "“", '"')):
            return None  # body text has started before any headline
        if len(words) < _TITLE_WORDS[0]:
            continue  # a caption or a label
        if not (s[0].isupper() or s[0].isdigit()):
            continue
        return Field(s, s0, e0)
    return None


_DATE_LABEL = re.compile(
    r"(?P<label>\b(?:time|date|published(?: on| date)?|posted(?: on)?|updated|release date|issued"
    r"|发布时间|时间|日期)\s*[:：]?)"
    r"[ \t]*(?P<date>[^\n|]{4,40}?)(?=\s*(?:\||\n|$|\s{2,}|source\b|editor\b|by\b))",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Za-z .'-]{1,30}),\s*"
    r"(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?)"
    r"\s*(?:\([^)]{1,30}\))?\s*(?:--|—|–|-)",
    re.MULTILINE,
)
_ISO_DATE = re.compile(r"\b(?:19|20)\d{2}-\d{2}-\d{2}\b")


def _published(text: str, rows: list[tuple[int, str]]) -> Field | None:
    """An explicitly labelled date (`Time:2019-02-27`, `Updated: Dec 19, 2019`), a dateline, or a lone ISO date line."""
    for m in _DATE_LABEL.finditer(text):
        parsed = parse_date_text(m.group("date"))
        if parsed and len(parsed) == 10:
            return Field(parsed, m.start("date"), m.end("date"))
    m = _DATELINE.search(text)
    if m:
        parsed = parse_date_text(m.group("date"))
        if parsed and len(parsed) == 10:
            return Field(parsed, m.start("date"), m.end("date"))
    edge = rows[:_HEAD_LINES] + rows[-_HEAD_LINES:]
    for start, line in edge:
        s = line.strip()
        m = _ISO_DATE.search(s)
        if m and len(s) <= 40:
            lead = line.index(s)
            return Field(m.group(0), start + lead + m.start(), start + lead + m.end())
    return None


_COPYRIGHT = re.compile(
    r"(?:copyright\s*(?:©|\(c\))?|©)\s*(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*[,.]?\s*)?"
    r"(?P<who>[^\n]+?)\s*(?:\.?\s*all rights reserved.*)?$",
    re.IGNORECASE | re.MULTILINE,
)
_SOURCE = re.compile(
    r"^\s*(?:source|from|publisher)\s*[:：]\s*(?P<who>[^\n|]{2,80}?)\s*$", re.IGNORECASE | re.MULTILINE
)


def _publisher(text: str, rows: list[tuple[int, str]], title: Field | None) -> Field | None:
    """A `Source:` line, a byline of outlet names right under the title, or the copyright holder."""
    m = _SOURCE.search(text)
    if m:
        return Field(m.group("who"), m.start("who"), m.end("who"))
    if title is not None:
        after = [(s, line) for s, line in rows if s > title.start and line.strip() and not noise_line(line)]
        if after:
            start, line = after[0]
            s0, e0, s = _strip_span(start, line)
            parts = [p.strip() for p in re.split(r"\s*[/|,&]\s*", s) if p.strip()]
            if (
                1 <= len(parts) <= 4
                and len(s.split()) <= 6
                and all(re.fullmatch(r"(?:[A-Z][\w'&.-]*)(?:\s+[A-Z][\w'&.-]*)*", p) for p in parts)
                and patterns("publisher_hint.txt", 0).search(s)
            ):
                return Field(s, s0, e0)
    for m in _COPYRIGHT.finditer(text):
        who = m.group("who").strip(" .,")
        if who and len(who.split()) <= 12 and re.search(r"[A-Za-z]", who):
            start = m.start("who")
            return Field(who, start, start + len(who))
    return None


_LEAD_WORDS = 12
_SENTENCE_END = re.compile(r"[.!?。][\"”’)]*(?:\s|$)")


def _lead(rows: list[tuple[int, str]], title: Field | None) -> Field | None:
    """The first line after the title that reads as running text: at least `_LEAD_WORDS` words and a sentence
    end ("Northvale signed ... on Monday. The deal ..."), not page furniture."""
    for start, line in rows:
        if title is not None and start <= title.start:
            continue
        if noise_line(line) or len(line.split()) < _LEAD_WORDS or not _SENTENCE_END.search(line):
            continue
        s0, e0, s = _strip_span(start, line)
        return Field(s, s0, e0)
    return None


def detect(text: str) -> Metadata:
    """Detect title, publication date, publisher and lead paragraph from the original article text."""
    rows = lines(text)
    title = _title(rows)
    return Metadata(title, _published(text, rows), _publisher(text, rows, title), _lead(rows, title))
