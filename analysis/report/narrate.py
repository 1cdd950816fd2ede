"""Small, tested building blocks for sentences written from facts: plurals, lists, numbers, amounts, dates.

Functions return plain text; callers escape it for the target format (see `escape`).
"""

from __future__ import annotations

import math
from datetime import date

from analysis.ingest.dates import MONTHS
from analysis.text import shorten

__all__ = ["shorten"]  # the one shortener, re-exported for the report modules

_SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
_IRREGULAR = {
    "person": "people",
    "city": "cities",
    "country": "countries",
    "body": "bodies",
    "agency": "agencies",
    "entity": "entities",
    "partnership": "partnerships",
    "quote": "quotes",
}


def plural(word: str, n: float) -> str:
    """`word` in the plural unless n == 1 ("article" -> "articles", "city" -> "cities")."""
    if n == 1:
        return word
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def count(n: int, word: str, *, words: bool = True) -> str:
    """ "one article", "3 articles" (numbers below ten spelled out when `words`)."""
    shown = _SMALL[n] if words and 0 <= n < 10 else fmt_number(n)
    return f"{shown} {plural(word, n)}"


def join(items: list[str], conj: str = "and", sep: str = ", ") -> str:
    """ "a", "a and b", "a, b and c" (`sep="; "` for items that hold commas: "a; b and c")."""
    items = [str(i) for i in items]
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return f"{sep.join(items[:-1])} {conj} {items[-1]}"


def fmt_number(x: float, max_decimals: int = 4) -> str:
    """Thousands separators, no trailing zeros: 1250 -> "1,250", 7.30 -> "7.3", 12.4075 -> "12.4075"."""
    if x is None or (isinstance(x, float) and not math.isfinite(x)):
        return "n/a"
    if float(x).is_integer():
        return f"{int(round(x)):,}"
    s = f"{x:,.{max_decimals}f}".rstrip("0").rstrip(".")
    return s


def fmt_scaled(x: float) -> str:
    """Large numbers with a scale word: 45000000 -> "45 million", 1e12 -> "1 trillion", 1250 -> "1,250"."""
    ax = abs(x)
    for size, word in _SCALES:
        if ax >= size:
            return f"{fmt_number(x / size)} {word}"
    return fmt_number(x)


_CURRENCY_PREFIX = {"USD": "US$", "GBP": "£", "EUR": "€", "HKD": "HK$", "AUD": "A$", "CAD": "C$", "SGD": "S$"}
_CURRENCY_SUFFIX = {"CNY": "yuan", "MOP": "patacas", "JPY": "yen"}
_CURRENCY_ONE = {"MOP": "pataca"}
"""A currency's word for one unit where it differs ("1 pataca", "2 patacas")."""
_UNIT_SUFFIX = {
    "percent": "%",
    "percentage_points": " percentage points",
    "per_1000": " per 1,000",
    "per_10000": " per 10,000",
}


def fmt_amount(value: float, unit: str | None) -> str:
    """An amount as a reader writes it: "45 million yuan", "US$1 trillion", "7.3%", "3 years", "1,250"."""
    unit = unit or "count"
    if unit in _CURRENCY_PREFIX:
        return f"{_CURRENCY_PREFIX[unit]}{fmt_scaled(value)}"
    if unit in _CURRENCY_SUFFIX:
        word = _CURRENCY_ONE.get(unit, _CURRENCY_SUFFIX[unit]) if value == 1 else _CURRENCY_SUFFIX[unit]
        return f"{fmt_scaled(value)} {word}"
    if unit in _UNIT_SUFFIX:
        return f"{fmt_number(value)}{_UNIT_SUFFIX[unit]}"
    if unit == "count":
        return fmt_scaled(value)
    if unit in ("years", "months", "days", "weeks", "hours"):
        return f"{fmt_number(value)} {plural(unit[:-1], value)}"
    return f"{fmt_scaled(value)} {unit}"


def fmt_date(iso: str | None) -> str:
    """ "2021-06-04" -> "4 June 2021", "2024-03" -> "March 2024", "2017" -> "2017"."""
    if not iso:
        return "an unstated date"
    parts = iso.split("-")
    try:
        if len(parts) == 3:
            d = date(int(parts[0]), int(parts[1]), int(parts[2]))
            return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
        if len(parts) == 2:
            return f"{MONTHS[int(parts[1]) - 1]} {int(parts[0])}"
    except (ValueError, IndexError):
        return iso
    return parts[0]


def sentence(text: str) -> str:
    """Capitalise the first letter and end with a full stop."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."


def share(part: int, whole: int, word: str) -> str:
    """ "3 of 5 articles", "one of one article", "none of 4 articles"."""
    if part == 0:
        return f"none of {count(whole, word)}"
    shown = _SMALL[part] if 0 <= part < 10 else fmt_number(part)
    return f"{shown} of {count(whole, word)}"


def was(n: int) -> str:
    """ "was" or "were" for n things."""
    return "was" if n == 1 else "were"


def number_word(n: int) -> str:
    """Numbers below ten spelled out ("three"), larger ones with separators ("1,204")."""
    return _SMALL[n] if 0 <= n < 10 else fmt_number(n)


def times(n: int) -> str:
    """ "once", "twice", "three times", "12 times"."""
    return {1: "once", 2: "twice"}.get(n) or count(n, "time")
