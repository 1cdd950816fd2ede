"""What each number of a sentence is part of: a plain figure, a range, or a change.

`amount_type` of every amount:
- `figure`: a plain figure ("1,250 nurses");
- `range_low`, `range_high`: the bounds of a range ("between 1,200 and 1,500 residents", "6-10 million",
  "20-25%"), which is never a change;
- `change_before`, `change_after`: the levels before and after a change ("from 40 to 70", "to 540 million
  yuan in 2020 from 310 million yuan in 2016", "rose to 5", "bringing the total to 31", "88 hospices, up from
  48");
- `change_difference`: the size of a change in the unit of its levels ("up by 42", "two more than a year
  earlier", "(+0.1)");
- `change_percent`: the relative change ("up 12% year on year", "an increase of 9.1%", "(+6%)").

Ranges and changes also carry `value_from` and `value_to` (low and high, or the levels before and after, in the
row's own unit; null on a percent row whose levels are in another unit) and, for a change, `change_pct` (the
relative change in percent, as stated, or implied by the levels: "rose 4.5 percent to 2.1 billion yuan" gives the
level before as 2.1 billion / 1.045). The rules read the words between the figures of one sentence, with the
lexicons `amount_change_words.tsv`, `amount_change_factors.tsv`, `amount_total_to.txt` and
`amount_range_words.txt`; each figure is looked at a bounded number of times, so the pass is linear.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from analysis.extract.amounts import DURATION_DAYS, DURATIONS, change_rows, object_before, per_phrase
from analysis.extract.nlp import Context, Mention
from analysis.resources import alternation, lower_words, read_lines, table

FIGURE = "figure"
RANGE_LOW, RANGE_HIGH = "range_low", "range_high"
BEFORE, AFTER = "change_before", "change_after"
DIFFERENCE, PERCENT = "change_difference", "change_percent"
TYPES = (FIGURE, RANGE_LOW, RANGE_HIGH, BEFORE, AFTER, DIFFERENCE, PERCENT)

_WINDOW = 80
"""Characters before a figure that the cues are read from."""
_GAP_WORDS = 8
"""Most words between the two figures of "from X ... to Y"."""
_LEVEL_GAP_WORDS = 12
"""Most words between a level and the "up from" of the level it changed from: its unit and its date stand between
("4.3 doctors for every 10,000 residents at the end of 2024, up from 2.4"); none of them an auxiliary or modal verb
(`clause_verbs.txt`), which starts another clause."""

_FAR_GAP_CHARS = 240
"""Most characters between a level and the "up from" of an earlier level that names its own date."""


@dataclass
class _Fig:
    """A figure being related to its neighbours (a working copy of one amount mention)."""

    m: Mention
    value: float
    unit: str
    obj: str | None
    number: float
    scale: float | None
    stated: bool
    sign: int
    kind: str = FIGURE
    frm: float | None = None
    to: float | None = None
    pct: float | None = None
    direction: int = 0
    level: _Fig | None = field(default=None, repr=False)
    group: int | None = None

    @property
    def start(self) -> int:
        return self.m.start

    @property
    def end(self) -> int:
        return self.m.end


def _alt(roles: set[str]) -> str:
    rows = [rx for rx, _, rs in change_rows() if rs & roles]
    return "|".join(f"(?:{rx})" for rx in sorted(rows, key=len, reverse=True))


@lru_cache(maxsize=1)
def period() -> str:
    """Regex alternation of the phrases that measure a change against the period before ("year on year", "y/y";
    `change_periods.txt`)."""
    return "|".join(f"(?:{rx})" for rx in read_lines("change_periods.txt"))


def _stated_percent() -> str:
    """A change stated between a verb and "to" ("rose 11.8% to", "fell 3 per cent year on year to"): a number and the
    percent unit as `amount_units.tsv` writes it."""
    percent = next(rx for rx, unit in table("amount_units.tsv") if unit == "percent")
    return rf"[+-]?\d[\d.,]*\s*(?:{percent})"


_THAN_TIME = (
    r"(?:(?:in|at|during|over|for|on)\s+)?(?:(?:the|a|an|one|last|this|that)\s+)?"
    r"(?:(?:same|previous|prior|preceding|year-earlier|corresponding|last)\b|(?:19|20)\d{2}\b|"
    r"(?:\w+\s+)?(?:years?|months?|weeks?|quarters?|days?)\b|before\b|earlier\b|previously\b|ago\b)"
)
"""What follows "more/fewer than" when the figure changed over time ("than a year earlier", "than in 2019", "than
the same period last year", "than last year")."""


@lru_cache(maxsize=1)
def _cues() -> dict[str, re.Pattern]:
    verbs, adverbs, comp = _alt({"verb", "noun"}), _alt({"adverb"}), _alt({"comparative"})
    factors = "|".join(f"(?:{rx})" for rx, _ in table("amount_change_factors.tsv"))
    ranges = "|".join(f"(?:{rx})" for rx in read_lines("amount_range_words.txt"))
    clause_verbs = "|".join(re.escape(w) for w in read_lines("clause_verbs.txt"))
    total_to = "|".join(f"(?:{rx})" for rx in read_lines("amount_total_to.txt"))
    f = re.IGNORECASE
    return {
        # "rose 4.5%", "an increase of 9.1%", "up 12%", "edged up by 0.4%"
        "percent": re.compile(rf"\b(?P<w>{verbs}|{adverbs})(?:\s+(?:by|of))?\s*$", f),
        # "up by 42", "an increase of 20 beds", "rose by 40", "down 3"
        "difference": re.compile(rf"\b(?P<w>(?:{verbs})\s+(?:by|of)|(?:{adverbs})(?:\s+by)?)\s*$", f),
        # "1.3% more than a year earlier", "two fewer than in 2019", "5% year on year", "+1.4% y/y" (not "30% lower
        # than in Leeds": a gap between places, no change)
        "after": re.compile(rf"\s*(?:(?P<w>{comp})\s+than\b(?=\s+{_THAN_TIME})|(?:{period()})\b)", f),
        # "rose to 70", "climbing sharply to", "doubled to", "bringing the total to"
        "level": re.compile(
            rf"(?:\b(?P<w>{verbs}|{factors})(?:\s+\w+ly)?(?:\s+{_stated_percent()}(?:\s+(?:{period()}))?)?"
            rf"|\b(?:{total_to}))\s+to\s*$",
            f,
        ),
        "factor": re.compile(rf"\b(?:{factors})\b", f),
        # "from 95 to 38", "from an average of 95 minutes to 38": the level, however the text measures it
        "from": re.compile(rf"\bfrom\s+{_MEASURED}$|\bfrom\s*$", f),
        "range_from": re.compile(rf"\b(?:{ranges})\s+from\s+(?:{_MEASURED})?$", f),
        "between": re.compile(r"\bbetween\s*$", f),
        # "5.4 beds per 1,000 residents, up from 4.6", "1,100 beds, rising from 370": the level reached, then the
        # level it changed from
        "up_from": re.compile(
            rf"(?:\s+(?!(?:{clause_verbs})\b)(?:[^\s;,]|,(?=\d))+){{0,{_LEVEL_GAP_WORDS}}}?\s*,?\s*"
            rf"(?:(?:{verbs})|(?:{adverbs}))(?:\s+\w+ly)?"
            r"\s+from\s+$",
            f,
        ),
        # "11 hospitals in the city were now designated for the scheme, up from 5 a year ago": a longer clause
        # between, when the earlier level names its own date (`base_after`)
        "far_up_from": re.compile(
            rf"[^;]{{0,{_FAR_GAP_CHARS}}}?,\s*(?:(?:{verbs})|(?:{adverbs}))(?:\s+\w+ly)?\s+from\s+$",
            f,
        ),
        # "612 residents lived in care homes in Northfield, against 145 at the end of 2022": the sentence's first
        # level set against one of its own earlier date, as far
        "far_compared": re.compile(
            rf"[^;\d]{{0,{_FAR_GAP_CHARS}}}?,\s*(?:(?:as\s+)?against|compared\s+(?:with|to)|versus)\s+"
            r"(?:(?:about|around|some|nearly|almost)\s+)?$",
            f,
        ),
        "base_after": re.compile(
            r"\s*(?:[^\W\d]+\s+)?(?:" + "|".join(f"(?:{rx})" for rx in read_lines("amount_base_after.txt")) + ")", f
        ),
        "inner": re.compile(rf"\b(?:{alternation('prepositions.txt')})\s+$", f),
        # "an increase of 1.4% year on year and of 19.6% over 2019": a second change of the same level
        "and_more": re.compile(rf"\s*(?:(?:{period()})\s*)?,?\s*and\s+(?:(?:of|by)\s+)?$", f),
    }


@lru_cache(maxsize=1)
def _directions() -> tuple[tuple[re.Pattern, int], ...]:
    return tuple((re.compile(rf"(?:{rx})", re.IGNORECASE), d) for rx, d, _ in change_rows())


def _direction(word: str | None) -> int:
    """+1 or -1 for a change word ("rose", "fewer"), 0 for None."""
    if not word:
        return 0
    w = re.sub(r"\s+(?:by|of)$", "", word.strip(), flags=re.IGNORECASE)
    return next((d for rx, d in _directions() if rx.fullmatch(w)), 1)


@lru_cache(maxsize=1)
def _factors() -> tuple[tuple[re.Pattern, float], ...]:
    return tuple(
        (re.compile(rf"\b(?:{rx})\b", re.IGNORECASE), float(k)) for rx, k in table("amount_change_factors.tsv")
    )


_DASH = re.compile(r"\s?[-\u2013\u2014]\s?")
_TO = re.compile(r"\s+to\s+")
_AND = re.compile(r"\s+and\s+")
_FROM_GAP = re.compile(r"(?:\s+[^\s;]+){0,%d}?\s+to\s+" % _GAP_WORDS)
_REVERSED_GAP = re.compile(r",?(?:\s+[^\s;]+){0,%d}?\s+from\s+" % _GAP_WORDS)
_TO_AFTER = re.compile(rf"\s*(?:(?:{period()})\s*)?,?\s*to\s+", re.IGNORECASE)
_PARTITIVE = re.compile(r"\s+of\s+(?:them|which|whom|these|those)\b", re.IGNORECASE)
"""A figure that counts a part of the figure before it: "655 clinics, 578 of them private"."""
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
_OVER = re.compile(
    r"\b(?:in|over|during|within|for|across)\s+(?:the\s+)?(?:(?:first|past|last|previous|latest|next|same)\s+)?$",
    re.IGNORECASE,
)
"""The words that make a duration the stretch a figure is counted over ("in the first nine months")."""
_RESPECTIVELY = re.compile(r"(?:\s+[^\W\d][\w-]*){0,3}?\s*,?\s*respectively\b", re.IGNORECASE)
_MONEY = frozenset({"CNY", "USD", "GBP", "HKD", "MOP", "EUR"})
_MEASURED = r"(?:an?\s+)?(?:average|mean|median)\s+of\s+"
"""How a level is measured, between "from" and the level ("from an average of 95 minutes to 38")."""


@lru_cache(maxsize=1)
def _connector() -> re.Pattern:
    """The end of the words between a level and the change stated after it: a comma, bracket or dash, then at most
    a phrase of change ("..., an increase of", " (", " - a year-on-year rise of")."""
    words = _alt({"verb", "noun", "adverb"})
    return re.compile(
        rf"(?:[,(\u2013\u2014]|\s-\s)\s*(?:(?:a|an|the)\s+)?(?:(?:{period()}|annual|yearly)\s+)?"
        rf"(?:(?:{words})\s*)?(?:(?:of|by)\s+)?$",
        re.IGNORECASE,
    )


def _window(text: str, lo: int, f: _Fig) -> str:
    return text[max(lo, f.start - _WINDOW) : f.start]


def _compatible(a: _Fig, b: _Fig) -> bool:
    """Whether two figures can be the two ends of one range or change; a bare number takes the other's unit and
    scaling word ("20-25%", "6-10 million", "from 980 to 120 yuan"); two stretches of time may be in different units
    ("from 5 years to 8 months")."""
    if a.unit != b.unit and not (a.unit in DURATION_DAYS and b.unit in DURATION_DAYS):
        if a.unit == "count" and not a.stated:
            a.unit = b.unit
        elif b.unit == "count" and not b.stated:
            b.unit = a.unit
        else:
            return False
    for x, y in ((a, b), (b, a)):
        if x.scale is None and y.scale is not None and x.number < y.number:
            x.value = x.number * y.scale
    return True


def _shared_units(text: str, figs: list[_Fig]) -> None:
    """Bare numbers listed before a figure whose unit or noun is written once for all ("5 and 7 per cent", "2.6 and 2.4
    doctors per 1,000 residents", "3, 4 and 6 million yuan", "Last year 14 and 23 nurses") take its unit, its
    scaling word and what it counts: no noun stands after them."""
    for k in range(len(figs) - 2, -1, -1):
        a, b = figs[k], figs[k + 1]
        if a.unit != "count" or a.stated or not _LIST_GAP.fullmatch(text, a.end, b.start):
            continue
        a.unit = b.unit
        if a.scale is None and b.scale is not None and a.number < 1000:
            a.scale, a.value = b.scale, a.number * b.scale
        a.obj = b.obj or a.obj


def _pair(a: _Fig, b: _Fig, first: str, second: str, group: int) -> None:
    a.kind, b.kind = first, second
    low, high = (b, a) if first == AFTER else (a, b)  # AFTER, BEFORE: "to X in 2021 from Y in 2017"
    for f in (a, b):
        f.frm, f.to, f.group = _in_unit(low, f), _in_unit(high, f), group
    if first != RANGE_LOW and a.frm:
        a.pct = b.pct = (a.to - a.frm) / a.frm * 100


def _in_unit(f: _Fig, row: _Fig) -> float:
    """`f`'s value in the unit of `row`: the same, or a stretch of time converted ("2 years" is 24 in months)."""
    if f.unit == row.unit or f.unit not in DURATION_DAYS or row.unit not in DURATION_DAYS:
        return f.value
    return f.value * DURATION_DAYS[f.unit] / DURATION_DAYS[row.unit]


def _pairs(text: str, ss: int, figs: list[_Fig]) -> None:
    """Ranges and "from X to Y" changes between neighbouring figures."""
    cue = _cues()
    for j, (a, b) in enumerate(zip(figs, figs[1:])):
        if a.kind != FIGURE or b.kind != FIGURE:
            continue
        gap = text[a.end : b.start]
        dated_base = len(gap) <= _FAR_GAP_CHARS and bool(cue["far_up_from"].fullmatch(gap))
        dated_base = dated_base and bool(cue["base_after"].match(text, b.end))
        dated_base = dated_base and not cue["inner"].search(text, max(0, a.start - 12), a.start)
        if len(gap) > 120 and not dated_base:
            continue
        before = _window(text, ss, a)
        if cue["between"].search(before) and _AND.fullmatch(gap) and _compatible(a, b):
            _pair(a, b, RANGE_LOW, RANGE_HIGH, a.start)
        elif cue["from"].search(before) and _FROM_GAP.fullmatch(gap) and _compatible(a, b):
            if cue["range_from"].search(before):
                _pair(a, b, RANGE_LOW, RANGE_HIGH, a.start)
            else:
                _pair(a, b, BEFORE, AFTER, a.start)
        elif cue["level"].search(before) and _REVERSED_GAP.fullmatch(gap) and _compatible(a, b):
            _pair(a, b, AFTER, BEFORE, a.start)
        elif (dated_base or cue["up_from"].fullmatch(gap)) and not _opens_from_to(text, figs, j + 1):
            level = figs[_level_before(text, figs, j + 1)]  # a, or the figure a is the stretch of time of
            level = _level_of_unit(text, figs[: j + 1], level, b)
            level = _nearer_in_size(text, a, level, b)
            if level.kind == FIGURE and _compatible(level, b):
                _pair(level, b, AFTER, BEFORE, level.start)
        elif (
            (_COMPARED_NEXT.fullmatch(gap) or (j == 0 and cue["far_compared"].fullmatch(gap)))
            and (a.unit, a.scale) == (b.unit, b.scale)
            and cue["base_after"].match(text, b.end)
            and not _figure_follows(text, figs, j + 1)
            and _compatible(a, b)
        ):
            _pair(a, b, AFTER, BEFORE, a.start)  # "11,000 patients, compared with 3,500 a year earlier"
        elif (
            (_DASH.fullmatch(gap) or _TO.fullmatch(gap) and not cue["percent"].search(before))
            and not _counts_its_own(text, a, b)
            and _compatible(a, b)
        ):
            _pair(a, b, RANGE_LOW, RANGE_HIGH, a.start)


_OWN_NOUN = re.compile(
    r"\s+(?!(?:for|in|of|and|or|by|to|from|a|an|the|per|each|over|under|with|at|on|as|than|between|during|since"
    r"|until|after|before|a year|a month|more|less|fewer)\b)[a-z][a-z-]{2,}"
)
"""A common noun right after a bare number: the number counts it ("eight trials")."""


def _counts_its_own(text: str, a: _Fig, b: _Fig) -> bool:
    """Whether a bare count after a sum or a measure in another unit counts a noun of its own ("committing £3.6
    million to eight trials": the trials, no upper end of a range of pounds; "6-10 million" and "£2m to 3m" are
    ranges)."""
    return a.unit != "count" and b.unit == "count" and not b.stated and bool(_OWN_NOUN.match(text, b.end))


_COMPARED_NEXT = re.compile(
    r"(?:\s+[^\W\d]+){0,2},?\s+compared (?:with|to)\s+(?:about\s+|around\s+|some\s+|nearly\s+)?"
)
"""Between a level, with no more than the noun it counts, and the earlier level it is set against ("11,000 patients,
compared with about 3,500"); not across another clause ("30 clinics serving 2 million people, compared with 21")."""


def _figure_follows(text: str, figs: list[_Fig], k: int) -> bool:
    """Whether another figure follows figs[k] in its clause ("..., compared with 7,100 in 2023, an increase of 29.6%":
    the change stated after both pairs them, `_compared_base`)."""
    return k + 1 < len(figs) and not re.search(r"[.;]", text[figs[k].end : figs[k + 1].start])


def _opens_from_to(text: str, figs: list[_Fig], k: int) -> bool:
    """True when the base of an "up from" is the first end of a "from X to Y" change ("went up from 8 million in 2020
    to 9 million in 2023"): the change is stated by the two, not by the figure before the verb."""
    return k + 1 < len(figs) and _FROM_GAP.fullmatch(text[figs[k].end : figs[k + 1].start]) is not None


def _level_of_unit(text: str, before: list[_Fig], level: _Fig, base: _Fig) -> _Fig:
    """The level an "up from" base compares: `level`, unless it counts something in another unit than the base, then
    the nearest earlier figure of the base's unit in its clause ("62% of the town's 1.9 million residents, up from
    48%": the 62%, not the residents); a base written bare has no unit of its own to look for ("2,985 doctors, or 3.1
    for every 10,000 residents, up from 2.7": the 3.1)."""
    if level.unit == base.unit or _bare(text, level) or _bare(text, base):
        return level
    for f in reversed(before):
        if ";" in text[f.end : base.start]:
            break
        if f.kind == FIGURE and f.unit == base.unit:
            return f
    return level


def _nearer_in_size(text: str, a: _Fig, level: _Fig, base: _Fig) -> _Fig:
    """For a base written bare ("..., 3.16 doctors per 1,000 residents, up from 2.96"), the figure right before it,
    `a`, rather than an earlier level of another unit, when `a` is nearer the base in size: a base of 2.96 compares
    3.16, not the 56,200 doctors the sentence opened with."""
    if level is a or a.kind != FIGURE or a.unit == level.unit or not _bare(text, base) or not base.value:
        return level
    if not a.value or not level.value:
        return level
    far = abs(math.log(abs(level.value) / abs(base.value)))
    near = abs(math.log(abs(a.value) / abs(base.value)))
    return a if near < far and _compatible(a, base) else level


def _link(level: _Fig, change: _Fig) -> None:
    """Tie a stated change (a percent or a difference) to the level it changes, which becomes the level after."""
    change.level, change.group = level, level.group if level.group is not None else level.start
    level.group = change.group
    if level.kind == BEFORE or level.kind == AFTER and level.frm is not None:
        return  # "fell from 900 to 150, a decrease of more than 80%": the levels are stated
    level.kind, level.to = AFTER, level.value
    if change.kind == PERCENT:
        if change.pct is not None and change.pct > -100:
            level.frm = level.value / (1 + change.pct / 100)
        level.pct = change.pct
        return
    if change.unit != level.unit and not change.stated:
        change.unit = level.unit
    if change.unit == level.unit:
        level.frm = level.value - change.direction * change.value
        change.frm, change.to = level.frm, level.to
        if level.frm:
            level.pct = change.pct = change.direction * change.value / level.frm * 100


def _respectively(text: str, ss: int, figs: list[_Fig]) -> None:
    """ "640 nurses and 210 midwives, up by 35 and 8 respectively": each change of the second list belongs
    to the figure at the same place in the first."""
    cue = _cues()
    for i, f in enumerate(figs):
        if not _RESPECTIVELY.match(text, f.end):
            continue
        j = i
        while j > 0 and figs[j - 1].kind == FIGURE and _LIST_GAP.fullmatch(text, figs[j - 1].end, figs[j].start):
            j -= 1
        k = i - j + 1
        if k < 2 or j - k < 0 or any(g.kind != FIGURE for g in figs[j - k : i + 1]):
            continue
        before = _window(text, ss, figs[j])
        m = cue["percent"].search(before) or cue["difference"].search(before)
        if not m:
            continue
        direction = _direction(m.group("w"))
        for level, change in zip(figs[j - k : j], figs[j : i + 1]):
            _stated_change(change, direction)
            _link(level, change)


def _stated_change(f: _Fig, direction: int) -> None:
    f.direction = direction or f.sign or 1
    if f.unit == "percent":
        f.kind, f.pct = PERCENT, f.direction * f.value
    else:
        f.kind = DIFFERENCE


def _changes(text: str, ss: int, figs: list[_Fig]) -> None:
    """Stated changes ("up 12%", "up by 42", "(+6%)", "six more than a year earlier") and the levels they
    change: the figure right after "to", else the figure they follow after a comma, bracket or dash."""
    cue = _cues()
    for i, f in enumerate(figs):
        if f.kind != FIGURE:
            continue
        before = _window(text, ss, f)
        prev = figs[i - 1] if i else None
        nxt = figs[i + 1] if i + 1 < len(figs) else None
        bracket = f.sign != 0 and text[f.start - 1 : f.start] == "("
        m = cue["percent" if f.unit == "percent" else "difference"].search(before)
        after = cue["after"].match(text, f.end)
        if m:
            direction = _direction(m.group("w"))
        elif after is not None and (after.group("w") or f.unit == "percent"):
            direction = _direction(after.group("w")) or f.sign or 1
        elif bracket:
            direction = f.sign
        elif (
            prev is not None
            and prev.kind == PERCENT
            and f.unit == "percent"
            and cue["and_more"].fullmatch(text, prev.end, f.start)
        ):
            direction = prev.direction
        else:
            continue
        _stated_change(f, direction if not f.sign or m else f.sign)
        if (
            nxt is not None
            and nxt.kind == FIGURE
            and nxt.unit != "percent"
            and _TO_AFTER.fullmatch(text, f.end, nxt.start)
        ):
            _link(nxt, f)
        elif prev is not None and prev.kind == PERCENT and prev.level is not None and f.unit == "percent":
            f.level, f.group = prev.level, prev.group  # "a rise of 2.5% on the year and of 11% over 2018"
        elif (k := _level_before(text, figs, i)) is not None and (
            figs[k].kind in (FIGURE, AFTER)
            and figs[k].unit != "percent"
            and f.start - figs[k].end <= 160
            and _connector().search(text, figs[k].end, f.start)
        ):
            if _compared_base(text, figs, k) and _compatible(figs[k - 1], figs[k]):
                _pair(figs[k - 1], figs[k], AFTER, BEFORE, figs[k - 1].start)  # "X, compared with Y, up 5%"
                k -= 1
            level = _whole_of(text, figs, k)
            if (
                nxt is not None
                and nxt.kind == FIGURE
                and level.kind == FIGURE
                and _FROM_AFTER.fullmatch(text, f.end, nxt.start)
                and _compatible(level, nxt)
            ):
                _pair(level, nxt, AFTER, BEFORE, level.start)  # "reached 9,100, up 12% from 8,100": 8,100 before
            _link(level, f)


_FROM_AFTER = re.compile(r"(?:\s+(?:year[- ]on[- ]year|on the year))?\s+from\s+(?:about\s+|around\s+|some\s+)?")
"""Between a stated change and the earlier level it is measured from ("up 12% from 8,100")."""
_COMPARED_GAP = re.compile(rf"[^.;:]{{0,{_FAR_GAP_CHARS}}}?,?\s+compared (?:with|to)\s+", re.IGNORECASE)
"""Between a level and the earlier level it is set against ("9,200 in 2024, compared with 7,100 in 2023")."""


def _compared_base(text: str, figs: list[_Fig], k: int) -> bool:
    """Whether figs[k] is the earlier level the figure before it is compared with, ahead of a change stated for both
    ("9,200 patients in 2024, compared with 7,100 in 2023, an increase of 29.6%": 7,100 before, 9,200 after)."""
    return k > 0 and figs[k - 1].kind == FIGURE and _COMPARED_GAP.fullmatch(text, figs[k - 1].end, figs[k].start)


def _over(text: str, f: _Fig) -> bool:
    """Whether `f` is the stretch of time the figure before it is counted over ("8,200 visits in the first nine
    months, up 21%"; "3,400 claims over the past three years, up from 2,100"): no level of a change."""
    return f.unit in DURATIONS and _OVER.search(text, max(0, f.start - 40), f.start) is not None


def _level_before(text: str, figs: list[_Fig], i: int) -> int | None:
    """The index of the figure a change at figs[i] follows: the one before it, or the one before that when the one
    before is the stretch of time it is counted over (`_over`)."""
    if i == 0:
        return None
    if i >= 2 and (_over(text, figs[i - 1]) or _describes_noun(text, figs[i - 1])):
        return i - 2
    return i - 1


_OWNER_BEFORE = re.compile(r"\b(?:their|its|his|her|our|your)\s+$", re.IGNORECASE)


def _describes_noun(text: str, f: _Fig) -> bool:
    """Whether `f` is a word of a noun phrase after a possessive, describing the noun ("6,200 residents used their
    MOP600 vouchers, up 35%": the residents rose, not the vouchers' face value)."""
    return (
        bool(_OWNER_BEFORE.search(text, max(0, f.start - 8), f.start))
        and re.match(r" [a-z]", text[f.end :]) is not None
    )


def _whole_of(text: str, figs: list[_Fig], k: int) -> _Fig:
    """The figure a change after figs[k] belongs to: figs[k] itself, or, when figs[k] counts a part of the figure
    before it ("655 clinics, 578 of them private, a rise of 40%"), that whole."""
    while (
        k > 0
        and _PARTITIVE.match(text, figs[k].end)
        and figs[k - 1].kind in (FIGURE, AFTER)
        and figs[k - 1].unit == figs[k].unit
    ):
        k -= 1
    return figs[k]


_NEW = re.compile(r"\s+(?:new|newly|additional|more|extra)\b", re.IGNORECASE)
"""Words right after a count that make it an addition ("nine new clinics", "11 newly designated hospitals")."""


def _reached(text: str, ss: int, figs: list[_Fig]) -> None:
    """ "rose to 5", "doubled to 500", "bringing the total to 31": a level after a change whose level before is not
    stated (implied by a factor: "doubled to 500" was 250; or by a count of new things its sentence adds before the
    total: "opened 4 new wards, bringing the total to 31" was 27)."""
    cue = _cues()
    for f in figs:
        if f.kind != FIGURE:
            continue
        before = _window(text, ss, f)
        m = cue["level"].search(before)
        if not m:
            continue
        f.kind, f.to, f.group = AFTER, f.value, f.start
        factor = next((k for rx, k in _factors() if rx.search(before)), None)
        if factor:
            f.frm, f.pct = f.value / factor, (factor - 1) * 100
        elif m.group("w") is None:  # "set up nine new clinics, lifting the total to 12": 3 before
            added = next(
                (g for g in reversed(figs) if g.start < f.start and g.kind == FIGURE and g.unit == f.unit
                 and _NEW.match(text, g.m.end) and 0 < g.value < f.value),
                None,
            )  # fmt: skip
            if added is not None:
                f.frm, f.pct = f.value - added.value, added.value / (f.value - added.value) * 100
                if added.obj and _back_words(f.obj):  # "11 new clinics, bringing the total number to 20": clinics
                    f.obj = re.sub(r"^(?:newly\s+|new\s+|additional\s+|more\s+)+", "", added.obj, flags=re.I)


def _converts(text: str, a: _Fig, b: _Fig) -> bool:
    """Whether `b` is `a` in another currency, in brackets right after it ("70 million yuan (US$10 million)")."""
    return (
        a.unit in _MONEY
        and b.unit in _MONEY
        and a.unit != b.unit
        and bool(a.value)
        and re.fullmatch(r"\s*\(\s*", text[a.end : b.start]) is not None
    )


def _conversions(text: str, figs: list[_Fig]) -> None:
    """A sum in another currency in brackets right after a sum is the same figure: it takes the first one's part
    in a range or change, its levels converted, and its object; the rules of ranges and changes skip it."""
    for a, b in zip(figs, figs[1:]):
        if not _converts(text, a, b):
            continue
        ratio = b.value / a.value
        if b.kind == FIGURE:
            b.kind, b.pct, b.group, b.level = a.kind, a.pct, a.group if a.group is not None else a.start, a.level
            a.group = b.group
            b.frm = a.frm * ratio if a.frm is not None else None
            b.to = a.to * ratio if a.to is not None else None
        if not b.obj and a.obj:
            b.obj = a.obj


def _content(s: str | None) -> set[str]:
    return {w.casefold().rstrip("s") for w in re.findall(r"[^\W\d_]{3,}", s or "")} - {"the", "and", "for", "with"}


_PRONOUNS = frozenset({"them", "they", "it", "these", "those", "which", "whom", "this"})
_SHARE_OF = re.compile(r"(?:\s+[^\s,;()]+){0,4}?(?:\s*\([^()]{0,40}\))?\s*,\s*or\s+")


def _elliptic(text: str, figs: list[_Fig]) -> None:
    """Figures that name nothing they count borrow from the figure before them in the sentence: "all 12 wards ...,
    and 5 were rated ..." (5 wards), "40% of them", a rate "reaching 3.2 per 1,000" after "opened 640
    nurseries"; "8,400 visits (+6%), or 35%" is a share of what the figure before counts."""
    for i in range(1, len(figs)):
        prev, f = figs[i - 1], figs[i]
        if i > 1 and prev.level is not None and prev.level is figs[i - 2]:
            prev = prev.level  # "8,400 visits (+6%), or 35%": past the bracketed change
        if not prev.obj or prev.unit not in ("count",) and not prev.unit.startswith("per_"):
            continue
        own = (f.obj or "").casefold()
        if f.unit == "percent" and f.kind == FIGURE and _SHARE_OF.fullmatch(text, prev.end, f.start):
            if len(own.split()) <= 1:
                f.obj = f"share of {prev.obj}"
        elif (not own or own in _PRONOUNS) and prev.unit == "count":
            if (f.kind == FIGURE and f.unit in ("count", "percent")) or (
                f.unit.startswith("per_") and f.kind != PERCENT
            ):
                f.obj = prev.obj  # a rate that is a change's level too ("2,985 GPs, or 3.1 per 10,000, up from 2.7")
    for i, f in enumerate(figs):
        if (f.obj or "").casefold() in _PRONOUNS:  # "2 million people (15% of cases), and 40% of them"
            f.obj = next((g.obj for g in reversed(figs[:i]) if g.unit == "count" and g.obj), f.obj)


def _lists(text: str, figs: list[_Fig]) -> None:
    """Figures listed one after another with the same unit ("put in £5 million and 40 million yuan respectively",
    "rose 8.4% and 6.1%", "42 and 37 junior nurses") measure the same thing: a member whose object names nothing
    of its own (none, another figure of the list, or only the list's units) takes the object of the list's first
    member that does."""
    i = 0
    while i < len(figs):
        j = i
        while j + 1 < len(figs) and _same_kind_of_unit(figs[j], figs[j + 1]):
            if not _LIST_GAP.fullmatch(text, figs[j].end, figs[j + 1].start):
                break
            j += 1
        run = figs[i : j + 1]
        i = j + 1
        if len(run) < 2:
            continue
        own = set().union(*(_content(text[f.start : f.end]) for f in run)) | {"respectively"}
        for f in run:
            if f.obj:
                f.obj = re.sub(r"[\s,]+respectively$", "", f.obj, flags=re.IGNORECASE) or None
        shared = next((f.obj for f in run if _names_own(f.obj, own)), None)
        if shared:
            for f in run:
                if not _names_own(f.obj, own):
                    f.obj = shared


_BRACKET_GAP = re.compile(r"\s*\(\s*")
_BRACKET_CLOSE = re.compile(r"\s*\)")
_BRACKET_REACH = 1200
"""Characters above a figure searched for the note of what its bracketed figure is (`amount_bracket_bases.txt`)."""
_ITEM_LABEL = re.compile(r"(?m)^[ \t]*(?:[-–•*·][ \t]*)?([^:\n]{3,80}?)[ \t]*[:：][ \t]*$")
"""The label of a list item before its figure ("- Registered doctors: 5,240")."""


@lru_cache(maxsize=1)
def _bracket_note() -> re.Pattern:
    alts = "|".join(f"(?:{p})" for p in read_lines("amount_bracket_bases.txt"))
    return re.compile(rf"\((?:{alts})\)", re.IGNORECASE)


def _bracketed(text: str, figs: list[_Fig]) -> None:
    """ "Main figures, 2024 (2020 in brackets):" over "- Clinics: 415 (350)": a figure followed by another of its
    unit in brackets is a change from the bracketed level when a line above it in its block says the brackets hold
    the earlier level (`amount_bracket_bases.txt`); the item's label is what both count."""
    for a, b in zip(figs, figs[1:]):
        if a.kind != FIGURE or b.kind != FIGURE:
            continue
        if not (_BRACKET_GAP.fullmatch(text, a.end, b.start) and _BRACKET_CLOSE.match(text, b.end)):
            continue
        lo = max(0, a.start - _BRACKET_REACH)
        notes = list(_bracket_note().finditer(text, lo, a.start))
        if not notes or re.search(r"\n[ \t]*\n", text[notes[-1].end() : a.start]) or not _compatible(a, b):
            continue  # no note, or one of another block; `_compatible` last, as it gives a bare number a unit
        _pair(a, b, AFTER, BEFORE, a.start)
        line = text.rfind("\n", 0, a.start) + 1
        label = _ITEM_LABEL.match(text[line : a.start] + "\n")
        if label and not a.obj:
            a.obj = b.obj = label.group(1).strip()


_RANGE_OPEN = re.compile(r"\s*\b(?:between|from)\s*$", re.IGNORECASE)


def _range_subjects(text: str, ss: int, figs: list[_Fig]) -> None:
    """A range whose ends name nothing of their own ("costs between 180 and 360 yuan a year", "margins were between
    5 and 8 per cent") measures the phrase before its opening word: "costs", "margins"."""
    groups: dict[int, list[_Fig]] = {}
    for f in figs:
        if f.kind in (RANGE_LOW, RANGE_HIGH) and f.group is not None:
            groups.setdefault(f.group, []).append(f)
    for members in groups.values():
        units = set().union(*(_content(text[f.start : f.end]) for f in members))
        if any(_names_own(f.obj, units) for f in members):
            continue
        first = min(members, key=lambda f: f.start)
        lo = max([ss] + [g.end for g in figs if g.end <= first.start])
        opening = _RANGE_OPEN.search(text, lo, first.start)
        at = opening.start() if opening else first.start
        phrase = object_before(text, lo, at)
        if _names_own(phrase, units):
            for f in members:
                f.obj = phrase


def _back_words(obj: str | None) -> str | None:
    """An object's words when they only refer back to an earlier count ("the total number" -> "total number",
    `amount_anaphor_objects.txt`), else None."""
    words = re.sub(r"^(?:the|this|that)\s+", "", (obj or "").strip(), flags=re.IGNORECASE).casefold()
    return words if words in lower_words("amount_anaphor_objects.txt") else None


def _anaphors(ctx: Context, figs: list[_Fig]) -> None:
    """A figure whose object only refers back ("The number rose to 121", `amount_anaphor_objects.txt`; not "the
    figure for nurses") counts what the last earlier figure of its unit in its paragraph counts ("74 nurses held
    licences in 2021")."""
    last: dict[tuple[tuple[int, int], str], str] = {}
    for f in figs:
        para = ctx.paragraph_at(f.start)
        words = _back_words(f.obj)
        if words is not None:
            ss = ctx.sentence_at(f.start)[0]
            if not re.search(rf"\b{re.escape(words)}\s+(?:for|of|among|at)\b", ctx.text[ss : f.start], re.I):
                f.obj = last.get((para, f.unit), f.obj)  # not "the figure for nurses was 40": that says what it counts
        elif f.obj:
            last[(para, f.unit)] = f.obj


def _one_object(text: str, members: list[_Fig]) -> None:
    """The two levels of a "from X to Y" change count one thing, the one the level after names ("Stays fell from 12
    to 9 days": stays), else the one the level before names ("waiting times fell from 2 years to 9 months": not
    "years")."""
    ends = [f for f in members if f.kind in (BEFORE, AFTER)]
    if len(ends) != 2 or ends[0].kind != BEFORE:
        return
    units = set().union(*(_content(text[f.start : f.end]) for f in ends))
    named = next((f.obj for f in reversed(ends) if _names_own(f.obj, units)), None)
    if named:
        for f in ends:
            f.obj = named


def _same_kind_of_unit(a: _Fig, b: _Fig) -> bool:
    return a.unit == b.unit or (a.unit in _MONEY and b.unit in _MONEY)


def _names_own(obj: str | None, units: set[str]) -> bool:
    """Whether an object names something besides the figures' own units and holds no figure."""
    return bool(obj) and not re.search(r"\d", obj) and bool(_content(obj) - units)


def _objects(text: str, figs: list[_Fig]) -> None:
    """The two ends of a range or change count the same thing; a stated change is a change in its level's object."""
    by_group: dict[int, list[_Fig]] = {}
    for f in figs:
        if f.group is not None:
            by_group.setdefault(f.group, []).append(f)
    for members in by_group.values():
        _one_object(text, members)
        levels = [f for f in members if f.kind in (RANGE_HIGH, AFTER, RANGE_LOW, BEFORE) and f.obj]
        if not levels:
            continue
        main = levels[0]
        for f in members:
            if f.kind in (RANGE_LOW, RANGE_HIGH, BEFORE, AFTER) and not f.obj:
                f.obj = main.obj
    for f in figs:
        if f.kind == RANGE_LOW and f.group is not None:
            high = next((g for g in by_group[f.group] if g.kind == RANGE_HIGH and g.obj), None)
            if high is not None:
                f.obj = high.obj
        if f.kind == BEFORE and f.group is not None:
            # "reached 9,100, up 12% from 8,100", "to 540 in 2020 from 310 in 2016": the level written first says
            # what both count; the words after the earlier one are its date or a unit
            after = next((g for g in by_group[f.group] if g.kind == AFTER and g.obj and g.start < f.start), None)
            if after is not None:
                f.obj = after.obj
        if f.kind in (PERCENT, DIFFERENCE) and f.level is not None and f.level.obj:
            if f.obj == f.level.obj or not _content(f.obj) & _content(f.level.obj):
                noun = "increase" if f.direction >= 0 else "decrease"
                f.obj = f"{noun} in {f.level.obj}"


_COMPARED = re.compile(r"\b(?:compared (?:with|to)|against|versus|vs\.?|than|from)\b", re.IGNORECASE)
_BARE_AFTER = re.compile(
    r"\s*(?:(?:in|for|among|across|at|and|or|from|to|by|last|previously|earlier)\b"
    r"|(?:a|one|the) (?:year|month|decade)s? (?:earlier|ago|before)\b|[,;.)]|$)"
)
"""What may follow a count written with nothing it counts: a place, a date or a time ("2.7 a year earlier")."""


def _bare(text: str, f: _Fig) -> bool:
    """A count written with nothing it counts after it ("2.5 in Westmoor", "to 6.2 from 4.8")."""
    return f.unit == "count" and _BARE_AFTER.match(text, f.end) is not None


def _rates(text: str, ss: int, figs: list[_Fig]) -> None:
    """Bare counts that are levels or comparisons of a rate take its unit: "Beds per 1,000 residents will rise to
    6.2 from 4.8" (both per 1,000), "2.1 doctors per 1,000 people, compared with 2.5 in Westmoor and 3 in Eastmoor",
    "2.4 beds per 1,000 people, up from 1.9 in 2015"."""
    for i, r in enumerate(figs):
        if not r.unit.startswith("per_"):
            continue
        for f in figs[i + 1 :]:
            linked = f.group is not None and f.group == r.group
            if (linked or _COMPARED.search(text, r.end, f.start)) and _bare(text, f):
                f.unit, f.obj = r.unit, r.obj
    # a rate named before a change's levels and after any other figure: the change's unit ("adding 900 beds and
    # raising beds per 1,000 residents from 5.9 to 7.0")
    groups: dict[int, list[_Fig]] = {}
    for f in figs:
        if f.kind in (BEFORE, AFTER, RANGE_LOW, RANGE_HIGH) and f.group is not None:
            groups.setdefault(f.group, []).append(f)
    for members in groups.values():
        first = min(members, key=lambda f: f.start)
        lo = max((g.end for g in figs if g.end <= first.start), default=ss)
        phrase = per_phrase().search(text, lo, first.start)
        if phrase is not None:
            for f in members:
                if _bare(text, f):
                    f.unit = phrase.lastgroup


def _rounded(v: float | None) -> float | None:
    """Implied levels and percentages to four decimals (no floating-point noise: 3.7 - 0.2 is 3.5)."""
    return None if v is None else round(v, 4)


def relate(ctx: Context, amounts: list[Mention]) -> list[Mention]:
    """The amounts with `amount_type`, `value_from`, `value_to` and `change_pct` set (see the module's docstring);
    figures related to each other share a private `_group` key that `amount_places` reads and removes."""
    text = ctx.text
    figs = [
        _Fig(
            m,
            m.fields["value"],
            m.fields["unit"],
            m.fields.get("object"),
            m.fields.get("_number", m.fields["value"]),
            m.fields.get("_scale"),
            m.fields.get("_unit_stated", True),
            m.fields.get("_sign", 0),
        )
        for m in sorted(amounts, key=lambda m: (m.start, m.end))
    ]
    i = 0
    while i < len(figs):
        ss, _ = ctx.sentence_at(figs[i].start)
        j = i
        while j < len(figs) and ctx.sentence_at(figs[j].start)[0] == ss:
            j += 1
        sent = figs[i:j]
        lo = min(ss, sent[0].start)
        main = [f for k, f in enumerate(sent) if not (k and _converts(text, sent[k - 1], f))]
        _shared_units(text, main)
        _pairs(text, lo, main)
        _bracketed(text, main)
        _respectively(text, lo, main)
        _changes(text, lo, main)
        _reached(text, lo, main)
        _conversions(text, sent)
        _elliptic(text, sent)
        _lists(text, sent)
        _objects(text, sent)
        _range_subjects(text, lo, sent)
        _rates(text, lo, sent)
        i = j
    _anaphors(ctx, figs)
    out = []
    for f in figs:
        fields = {k: v for k, v in f.m.fields.items() if not k.startswith("_")}
        fields.update(
            value=f.value,
            unit=f.unit,
            object=f.obj,
            amount_type=f.kind,
            value_from=_rounded(f.frm),
            value_to=_rounded(f.to),
            change_pct=_rounded(f.pct),
        )
        if f.group is not None:
            fields["_group"] = f.group
        extractor = f.m.extractor
        if f.kind in (RANGE_LOW, RANGE_HIGH):
            extractor = "amounts.range"
        elif f.kind != FIGURE:
            extractor = "amounts.change"
        out.append(Mention(f.m.kind, f.m.start, f.m.end, extractor, fields, f.m.original))
    return out
