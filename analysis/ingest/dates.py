"""Dates as the articles write them and as the facts store them (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`).

`parse_date_text` reads a written date with no guessing; `period_bounds` and `overlaps` compare partial
dates by the days they cover ("2024-02" runs from 1 to 29 February 2024).
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import lru_cache

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


MONTH_PATTERN = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
"""A month's name or abbreviation as articles write it ("Sept", "December"), for embedding in patterns."""
_MONTH_WORD = re.compile(MONTH_PATTERN + r"\.?", re.IGNORECASE)


def month_number(name: str) -> int | None:
    """1-12 for a month name or its abbreviation ("Sept" -> 9, "Dec." -> 12), else None ("Mayor" is no month)."""
    if not _MONTH_WORD.fullmatch(name.strip()):
        return None
    return _MONTH_NUMBERS.get(name.strip(". ").casefold()[:3])


_MONTH_NUMBERS = {m.casefold()[:3]: i + 1 for i, m in enumerate(MONTHS)}
"""A month's first three letters -> its number."""


def period_bounds(d: str) -> tuple[str, str]:
    """First and last day a partial date covers, as ISO strings: "2024-02" -> ("2024-02-01", "2024-02-29")."""
    parts = [int(p) for p in d.split("-")]
    if len(parts) == 1:
        return f"{parts[0]:04d}-01-01", f"{parts[0]:04d}-12-31"
    if len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        return f"{parts[0]:04d}-{parts[1]:02d}-01", f"{parts[0]:04d}-{parts[1]:02d}-{last:02d}"
    return d, d


def overlaps(d: str | None, date_from: str = "", date_to: str = "") -> bool:
    """Whether a partial date overlaps [date_from, date_to]; either bound may be empty, and no date always does."""
    if not d:
        return True
    lo, hi = period_bounds(d)
    if date_from and hi < period_bounds(date_from)[0]:
        return False
    if date_to and lo > period_bounds(date_to)[1]:
        return False
    return True


_ISO = re.compile(r"^\s*((?:1[89]|20)\d{2})[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?)?\s*$")
_YEAR = re.compile(r"^\s*((?:1[89]|20)\d{2})\s*$")


def _valid(y: int, m: int, d: int | None) -> bool:
    try:
        date(y, m, d or 1)
    except ValueError:
        return False
    return True


@lru_cache(maxsize=4096)
def parse_date_text(text: str) -> str | None:
    """Absolute date stated in `text`, at the precision the text gives; None if it states none."""
    m = _ISO.match(text)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), m.group(3)
        if not _valid(y, mo, int(d) if d else None):
            return None
        return f"{y:04d}-{mo:02d}-{int(d):02d}" if d else f"{y:04d}-{mo:02d}"
    m = _YEAR.match(text)
    if m:
        return m.group(1)
    if not re.search(r"(?:1[89]|20)\d{2}", text):
        return None  # year-less dates need the article's date: see extract.dates
    import dateparser  # deferred: importing dateparser costs half a second

    settings = {
        "REQUIRE_PARTS": ["year"],
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_TIME_AS_PERIOD": False,
        "STRICT_PARSING": False,
        "PARSERS": ["absolute-time"],
    }
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    if parsed is None:
        return None
    has_day = re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\b(?!\d)", re.sub(r"(?:1[89]|20)\d{2}", "", text))
    has_month = re.search(r"[A-Za-z]{3,}", text)
    if has_day and has_month:
        return parsed.strftime("%Y-%m-%d")
    if has_month:
        return parsed.strftime("%Y-%m")
    return parsed.strftime("%Y")
