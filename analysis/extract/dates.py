"""Dates: absolute dates (YYYY, YYYY-MM, YYYY-MM-DD) with the event they date.

Year-less dates ("December 13") and relative years ("last year") are resolved against the article's own date
(`Document.published`, else a year in its headline) and left out when the article gives none. Copyright years
and years used as part of a name ("the 2023 Annual Meeting") are not events.
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.extract.nlp import Context, Mention
from analysis.ingest.dates import MONTH_PATTERN, month_number, parse_date_text
from analysis.resources import table

_MONTH = MONTH_PATTERN
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]|20)\d\d"

_ISO = re.compile(rf"(?<![\d.])({_YEAR})([-/.])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?!\d)")
_YEAR_MONTH = re.compile(rf"(?<![\d.])({_YEAR})-(0[1-9]|1[0-2])(?![\d-])")
_WORDY = re.compile(
    rf"(?<![\w])(?:(?P<d1>{_DAY})(?: of)? (?P<m1>{_MONTH})\.?(?:,? (?P<y1>{_YEAR}))?"
    rf"|(?P<m2>{_MONTH})\.?(?: (?P<d2>{_DAY}))?(?:,? (?P<y2>{_YEAR}))?)(?![\w])"
)
_BARE_YEAR = re.compile(rf"(?<![\w,.$£€¥-])({_YEAR})(?![\w%]|[.,]\d|-\d)")
_COPYRIGHT = re.compile(r"©|\(c\)|copyright|all rights reserved", re.IGNORECASE)
_MONTH_CONTEXT = re.compile(
    r"(?:\b(?:in|since|by|until|till|from|during|before|after|early|late|mid|end of|beginning of|this|last|next)[ -])$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _relative() -> list[tuple[re.Pattern, int]]:
    return [(re.compile(rf"\b(?:{r})\b", re.IGNORECASE), int(off)) for r, off in table("relative_dates.tsv")]


def reference(ctx: Context) -> tuple[int, int | None] | None:
    """(year, month or None) of the article's own date: the published date, else a year in the headline."""
    d = ctx.doc
    if d.published is not None:
        m = re.match(r"(\d{4})(?:-(\d\d))?", d.published.value)
        if m:
            return int(m.group(1)), (int(m.group(2)) if m.group(2) else None)
    if d.title is not None:
        years = re.findall(rf"(?<!\d)({_YEAR})(?!\d)", d.title.value)
        if len(set(years)) == 1:
            return int(years[0]), None
    return None


_LEAD = re.compile(
    r"\s*(?:(?:in|on|by|since|from|during|as of|at|starting from|until|till|before|after|early|late|mid|"
    r"the (?:evening|morning|afternoon|night|end|beginning|start|middle) of)\b\s*)*$",
    re.IGNORECASE,
)
EVENT_CHARS = 220
"""Longest event text; a longer sentence is cut at a clause boundary, else between words, marked with "…"."""


def shorten_event(text: str, limit: int = EVENT_CHARS) -> str:
    """`text` whole when it fits, else cut at the last clause boundary (", " or "; ") that keeps most of it, or
    between words, ending in "…": never inside a word."""
    text = re.sub(r"\s+", " ", text).strip(" ,;:")
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    cut = max(head.rfind(", "), head.rfind("; "))
    if cut < limit * 0.6:
        cut = head.rfind(" ")
    return head[: max(cut, 1)].rstrip(" ,;:") + "…"


def _event(ctx: Context, s: int, e: int) -> str:
    """What happened at a date: its sentence, without the date only where the date opens it as an adverbial
    ("In March 2021, the board approved the plan" -> "the board approved the plan")."""
    ss, se = ctx.sentence_at(s)
    ss = min(ss, s)
    sent = ctx.text[ss:se]
    if _LEAD.fullmatch(ctx.text[ss:s]) and ctx.text[e : e + 1] not in ("'", "’"):
        rest = re.sub(r"^[\s,]+", "", ctx.text[e:se])
        if len(rest.split()) >= 3:
            sent = rest
    sent = sent.strip(" .")
    return shorten_event(sent[:1].upper() + sent[1:] if sent[:1].islower() else sent)


def _copyright(ctx: Context, pos: int) -> bool:
    ps, pe = ctx.paragraph_at(pos)
    return bool(_COPYRIGHT.search(ctx.text[ps:pe]))


def extract(ctx: Context) -> list[Mention]:
    """Every date of a document, absolute or resolved against the article's date."""
    text = ctx.text
    ref = reference(ctx)
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []

    def add(s: int, e: int, date: str | None, rule: str) -> None:
        if date and not any(a < e and s < b for a, b in taken) and not _copyright(ctx, s):
            taken.append((s, e))
            out.append(Mention("date", s, e, rule, {"date": date, "event": _event(ctx, s, e)}))

    for m in _ISO.finditer(text):
        add(
            m.start(),
            m.end(),
            parse_date_text(f"{m.group(1)}-{int(m.group(3)):02d}-{int(m.group(4)):02d}"),
            "dates.iso",
        )
    for m in _YEAR_MONTH.finditer(text):
        add(m.start(), m.end(), parse_date_text(m.group()), "dates.iso")
    for m in _WORDY.finditer(text):
        month = m.group("m1") or m.group("m2")
        day = m.group("d1") or m.group("d2")
        year = m.group("y1") or m.group("y2")
        if not month[0].isupper() or (month in ("May", "March", "Mar") and not (day or year)):
            continue
        if not day and not year and not _MONTH_CONTEXT.search(text[max(0, m.start() - 14) : m.start()]):
            continue
        mo = month_number(month)
        dd = int(re.sub(r"\D", "", day)) if day else None
        end = m.end()
        if year:
            y = int(year)
            rule = "dates.absolute"
        else:
            rel = re.match(r",? (last|this|next) year\b", text[m.end() : m.end() + 12])
            if rel and ref:
                y = ref[0] + {"last": -1, "this": 0, "next": 1}[rel.group(1)]
                end = m.end() + rel.end()
            elif ref:
                y = ref[0] - (1 if ref[1] and mo > ref[1] + 1 else 0)
            else:
                continue
            rule = "dates.resolved"
        date = parse_date_text(f"{y}-{mo:02d}-{dd:02d}") if dd else f"{y:04d}-{mo:02d}"
        add(m.start(), end, date, rule)
    for m in _BARE_YEAR.finditer(text):
        before = text[max(0, m.start() - 4) : m.start()]
        after = text[m.end() : m.end() + 2]
        if re.search(r"\bthe $", before) and re.match(r" [A-Z]", after):
            continue  # "the 2023 Annual Meeting": the year is part of a name
        add(m.start(), m.end(), m.group(1), "dates.year")
    pub = ctx.doc.published
    if (
        pub is not None
        and ctx.doc.cleaned.to_cleaned(pub.start) >= len(text)
        or pub is not None
        and ctx.doc.cleaned.offsets[ctx.doc.cleaned.to_cleaned(pub.start)] != pub.start
    ):
        # the dateline was page furniture removed by cleaning: report it from its original span
        out.append(
            Mention(
                "date",
                pub.start,
                pub.end,
                "dates.published",
                {"date": pub.value, "event": "article published"},
                original=True,
            )
        )
    if ref:
        for rx, off in _relative():
            for m in rx.finditer(text):
                add(m.start(), m.end(), str(ref[0] + off), "dates.relative")
    return sorted(out, key=lambda x: (x.start, x.end))
