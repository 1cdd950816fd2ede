"""Parse a date written in words or digits into `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, with no guessing."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

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

    settings = {"REQUIRE_PARTS": ["year"], "PREFER_DAY_OF_MONTH": "first", "RETURN_TIME_AS_PERIOD": False,
                "STRICT_PARSING": False, "PARSERS": ["absolute-time"]}
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
