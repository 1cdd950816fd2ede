"""Dates: absolute dates (YYYY, YYYY-MM, YYYY-MM-DD) with the event they date.

Year-less dates ("December 13", "7 March"), weekdays ("on Thursday"), relative years and months ("last year",
"this month", "five years ago") are resolved against the article's own date: `Document.published`, else a date
on a short dateline-like line ("2019-Mar-04  10:15  Daily Herald"), else a year in its headline; a year-less
date with none of these takes the year of the nearest date written in full. A weekday is the latest such day on
or before the article's date, or the next one after it when its clause looks ahead ("talks will resume on
Thursday"); a weekday of a schedule ("every Tuesday", "Monday to Saturday") is no date. Copyright years and
years that are part of a name ("the 2023 Annual Meeting", "Healthy Nation 2035", "Vision 2030") are not dates.
A date written twice in one sentence ("last year (2022)") is one event, but for the date of a dateline (the day the
story was filed) and the day its first sentence reports ("EASTPORT, May 5 - ... on Monday opened"). A date inside a
clause that describes a noun ("the college, founded in 1901, signed ...") dates that clause: its event says what
happened ("The college, founded in 1901"), not what the sentence is about.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from analysis.extract.nlp import Context, Mention
from analysis.ingest.dates import MONTH_PATTERN, month_number, parse_date_text
from analysis.resources import alternation, lower_words, patterns, table
from analysis.text import shorten

_MONTH = MONTH_PATTERN
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]|20)\d\d"
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_ISO = re.compile(rf"(?<![\d.])({_YEAR})([-/.])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?!\d)")
_YEAR_MONTH = re.compile(rf"(?<![\d.])({_YEAR})-(0[1-9]|1[0-2])(?![\d-])")
_HYPHENED = re.compile(
    rf"(?<![\w-])(?:(?P<d1>{_DAY})-(?P<m1>{_MONTH})-(?P<y1>{_YEAR})|(?P<y2>{_YEAR})-(?P<m2>{_MONTH})-(?P<d2>{_DAY}))"
    r"(?![\w-])"
)
_WORDY = re.compile(
    rf"(?<![\w])(?:(?P<d1>{_DAY})(?: of)? (?P<m1>{_MONTH})\.?(?:,? (?P<y1>{_YEAR}))?"
    rf"|(?P<m2>{_MONTH})\.?(?: (?P<d2>{_DAY}))?(?:,? (?P<y2>{_YEAR}))?)(?![\w])"
)
_BARE_YEAR = re.compile(rf"(?<![\w,.$£€¥/-])({_YEAR})(?![\w%]|[.,/]\d|-\d)")
_DMY = re.compile(rf"(?<![\d./])(0?[1-9]|[12]\d|3[01])([/.])(0?[1-9]|1[0-2])\2({_YEAR})(?![\d/]|\.\d)")
"""A day, month and year in figures, the day first as in the genre's British, Hong Kong and Macao pages
("22/03/2024", "7.11.2023"); a first number over 12 cannot be a month, and a second over 12 reads no date."""
_WEEKDAY = re.compile(r"(?<![\w-])(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his) )?(?P<wd>" + "|".join(_WEEKDAYS) + r")(?![\w-])")
_YESTERDAY = re.compile(r"(?<![\w-])[Yy]esterday(?![\w'’-])")
_TOMORROW = re.compile(r"(?<![\w-])(?<!of )(?<!for )(?<!the )[Tt]omorrow(?![\w'’-])")
"""The day after the article's, not a noun of the future ("the medicines of tomorrow", "tomorrow's doctors")."""


@lru_cache(maxsize=1)
def _today() -> re.Pattern:
    """ "today" as the article's own day, where a verb of an event dates it (`date_today_verbs.txt`: "was launched
    today", "today announced"), not as "nowadays" ("today, most patients ...")."""
    verbs = alternation("date_today_verbs.txt")
    return re.compile(
        rf"\b(?:{verbs})(?:d|ed)? today(?![\w'’-])|(?<![\w-])today(?= (?:{verbs})(?:s|d|ed)\b)", re.IGNORECASE
    )


_AFTER_WEEKDAY = re.compile(rf",? (?:(?:the )?{_DAY}(?: of)? )?{_MONTH}\b|,? {_DAY}\b")
_MONTH_REL = re.compile(r"\b(?P<rel>last|this|next) month\b", re.IGNORECASE)
_WEEK_REL = re.compile(r"\b(?P<rel>last|next) week\b", re.IGNORECASE)
"""A week told against the article's day: the month the day a week before or after it falls in ("signed last week" in
a paper of 3 February is January); "this week" is the article's own week, which its date already gives."""
_MONTH_CONTEXT = re.compile(
    r"(?:\b(?:in|since|by|until|till|from|during|before|after|early|late|mid|end of|beginning of|this|last|next)[ -])$",
    re.IGNORECASE,
)
_DATELINE_CHARS = 60
"""Longest line (stripped) read as a dateline when the article's date is looked for in its text."""


@lru_cache(maxsize=1)
def _relative() -> list[tuple[re.Pattern, int]]:
    return [(re.compile(rf"\b(?:{r})\b", re.IGNORECASE), int(off)) for r, off in table("relative_dates.tsv")]


@lru_cache(maxsize=1)
def _ago() -> re.Pattern:
    numbers = "|".join(re.escape(w) for w, _ in sorted(table("number_words.tsv"), key=lambda r: -len(r[0])))
    return re.compile(rf"\b(?P<n>\d{{1,2}}|{numbers}) (?P<unit>years?|months?) ago\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _number_words() -> dict[str, int]:
    return {w.casefold(): int(float(v)) for w, v in table("number_words.tsv")}


@dataclass(frozen=True)
class Ref:
    """The article's own date, at the precision known."""

    year: int
    month: int | None = None
    day: int | None = None


def _parts(value: str) -> Ref | None:
    m = re.match(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?$", value)
    if not m:
        return None
    return Ref(int(m.group(1)), int(m.group(2)) if m.group(2) else None, int(m.group(3)) if m.group(3) else None)


def _dateline(text: str) -> Ref | None:
    """A full date on a short line of its own ("14 June 2016  Filed under: Health", "2019-Mar-04 10:15"), the first
    in the text."""
    for m in re.finditer(r"[^\n]+", text):
        line = m.group().strip()
        if len(line) > _DATELINE_CHARS or not re.search(r"\d", line):
            continue
        for found in (_ISO.search(line), _HYPHENED.search(line), _WORDY.search(line)):
            date_ = _full_date(found) if found is not None else None
            if date_ and len(date_) == 10:
                return _parts(date_)
    return None


def _full_date(m: re.Match) -> str | None:
    """The date a match of `_ISO`, `_HYPHENED` or `_WORDY` states with its year, or None."""
    if m.re is _ISO:
        return parse_date_text(f"{m.group(1)}-{int(m.group(3)):02d}-{int(m.group(4)):02d}")
    month = m.group("m1") or m.group("m2")
    year = m.group("y1") or m.group("y2")
    day = m.group("d1") or m.group("d2")
    if not year or not month or not month[0].isupper():
        return None
    mo = month_number(month)
    if mo is None:
        return None
    if day:
        return parse_date_text(f"{int(year)}-{mo:02d}-{_day(day):02d}")
    return f"{int(year):04d}-{mo:02d}"


def _day(day: str) -> int:
    return int(re.sub(r"\D", "", day))


def reference(ctx: Context) -> Ref | None:
    """The article's own date: the published date, else a date on a dateline-like line, else a year in the
    headline."""
    d = ctx.doc
    if d.published is not None:
        found = _parts(d.published.value)
        if found is not None:
            return found
    found = _dateline(ctx.text)
    if found is not None:
        return found
    if d.title is not None:
        years = re.findall(rf"(?<!\d)({_YEAR})(?!\d)", d.title.value)
        if len(set(years)) == 1:
            return Ref(int(years[0]))
    return None


_LEAD = re.compile(
    r"\s*(?:(?:in|on|by|since|from|during|as of|at|starting from|until|till|before|after|early|late|mid|"
    r"the (?:evening|morning|afternoon|night|end|beginning|start|middle) of)\b\s*)*$",
    re.IGNORECASE,
)
EVENT_CHARS = 220
"""Longest event text; a longer sentence is cut at a clause boundary, else between words, marked with "…"."""


def shorten_event(text: str, limit: int = EVENT_CHARS) -> str:
    """`text` whole when it fits, else cut at the last clause boundary that keeps most of it, or between words,
    ending in "…" (the one shortener, `analysis.text.shorten`)."""
    return shorten(text, limit, at_clause=True)


def _event(ctx: Context, s: int, e: int) -> str:
    """What happened at a date: its sentence, without the date only where the date opens it as an adverbial
    ("In March 2021, the board approved the plan" -> "the board approved the plan"); a date inside a clause that
    describes a noun dates that clause ("The college, founded in 1901, ..." -> "The college, founded in 1901")."""
    ss, se = ctx.sentence_at(s)
    ss = min(ss, s)
    clause = _describing_clause(ctx, s, e, ss, se)
    if clause:
        return shorten_event(clause[:1].upper() + clause[1:])
    sent = ctx.text[ss:se]
    if _LEAD.fullmatch(ctx.text[ss:s]) and ctx.text[e : e + 1] not in ("'", "’"):
        rest = re.sub(r"^[\s,]+", "", ctx.text[e:se])
        if len(rest.split()) >= 3:
            sent = rest
    sent = sent.strip(" .")
    return shorten_event(sent[:1].upper() + sent[1:] if sent[:1].islower() else sent)


_RELATIVE_WORDS = frozenset({"which", "that", "who", "whose"})


def _describing_clause(ctx: Context, s: int, e: int, ss: int, se: int) -> str | None:
    """ "The college, which was founded in 1901, signed ..." -> "The college was founded in 1901"; "The college,
    founded in 1901, signed ..." -> "The college, founded in 1901"; None when the date is not inside a relative or
    participial clause of a noun (the sentence then says what happened)."""
    if not ctx.parsed:
        return None
    found = ctx.token_at(s)
    if found is None:
        return None
    off, tok = found
    verb = None
    for t in [tok, *tok.ancestors]:
        if t.dep_ in ("relcl", "acl") and t.pos_ in ("VERB", "AUX"):
            verb = t
            break
        if t.dep_ in ("ROOT", "ccomp", "advcl", "conj", "xcomp", "parataxis"):
            return None
    if verb is None or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    noun = verb.head
    left = noun.left_edge.i
    words = [t for t in verb.subtree]
    if words and words[0].text.casefold() in _RELATIVE_WORDS:
        head_text = noun.doc[left : noun.i + 1].text
        clause = noun.doc[words[1].i : words[-1].i + 1].text if len(words) > 1 else ""
        out = f"{head_text} {clause}"
    else:
        out = noun.doc[left : noun.i + 1].text + ", " + noun.doc[words[0].i : words[-1].i + 1].text
    out = out.strip(" ,.;")
    return out if len(out.split()) >= 3 and off + noun.doc[left].idx >= ss else None


class _Spans:
    """Non-overlapping spans already taken, kept sorted so that each check costs a bisection."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def free(self, s: int, e: int) -> bool:
        i = bisect_left(self.starts, s)
        if i < len(self.starts) and self.starts[i] < e:
            return False
        return not (i > 0 and self.ends[i - 1] > s)

    def take(self, s: int, e: int) -> None:
        i = bisect_left(self.starts, s)
        self.starts.insert(i, s)
        self.ends.insert(i, e)


def _named_year(text: str, start: int) -> bool:
    """True when the capitalised word before a year makes the year part of a name ("Vision 2030", "Healthy
    Nation 2035", "the 2023 Annual Meeting"), not a date ("In 2030", "By 2030", "Spring 2024"); the year of a
    named event ("the Northern Health Forum 2019") dates the event."""
    before = text[max(0, start - 40) : start]
    if re.search(r"\bthe $", before) and re.match(r" [A-Z]", text[start + 4 : start + 6]):
        return True
    m = re.search(r"([A-Z][\w'’&-]*) $", before)
    if not m:
        return False
    word = m.group(1).casefold()
    return word not in lower_words("date_year_lead_words.txt") and word not in lower_words("date_event_heads.txt")


def _bare_month(text: str, m: re.Match) -> bool:
    """True when "May" or "March" alone is a month: after "in", "by", "since" ... ("renewed in March", "By May,"),
    not a name ("talks by May's team", "by May and Li") nor a verb."""
    before = _MONTH_CONTEXT.search(text[max(0, m.start() - 14) : m.start()])
    if text[m.end() - 1] == ".":  # "will open by May." ends its sentence
        return bool(before)
    after = text[m.end() : m.end() + 8]
    return bool(before) and not re.match(r"['’]|\s+(?:and|&)\s+[A-Z]|\s+[A-Z]", after)  # "in March and runs" is one


def _shift_month(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


_DATELINE_LEAD = re.compile(r"\W*[A-Z][A-Z.'’ -]*[A-Z](?:\s*\([^()]*\))?,\s*")
"""The place a dateline opens with, before its date ("EASTPORT, ", "EASTPORT (Wire), ")."""


def extract(ctx: Context) -> list[Mention]:
    """Every date of a document, absolute or resolved against the article's date (see the module docstring)."""
    text = ctx.text
    ref = reference(ctx)
    out: list[Mention] = []
    taken = _Spans()
    seen: set[tuple[int, str]] = set()
    copyright_: dict[tuple[int, int], bool] = {}

    def in_copyright(pos: int) -> bool:
        para = ctx.paragraph_at(pos)
        if para not in copyright_:
            copyright_[para] = bool(patterns("copyright_marks.txt").search(text, *para))
        return copyright_[para]

    def add(s: int, e: int, date_: str | None, rule: str) -> None:
        if not date_ or not taken.free(s, e) or in_copyright(s):
            return
        taken.take(s, e)
        ss = ctx.sentence_at(s)[0]
        key = (ss, date_)
        if key in seen:
            return  # "last year (2022)": one date, one event
        if not _DATELINE_LEAD.fullmatch(text, ss, s):
            seen.add(key)  # the day a story was filed is no event: "EASTPORT, May 5 - ... on Monday opened" keeps both
        out.append(Mention("date", s, e, rule, {"date": date_, "event": _event(ctx, s, e)}))

    for m in _ISO.finditer(text):
        add(m.start(), m.end(), _full_date(m), "dates.iso")
    for m in _HYPHENED.finditer(text):
        add(m.start(), m.end(), _full_date(m), "dates.absolute")
    for m in _YEAR_MONTH.finditer(text):
        add(m.start(), m.end(), parse_date_text(m.group()), "dates.iso")
    for m in _DMY.finditer(text):
        add(m.start(), m.end(), parse_date_text(f"{m.group(4)}-{m.group(3)}-{m.group(1)}"), "dates.absolute")
    yearless: list[re.Match] = []
    written: list[tuple[int, int]] = []  # (position, year) of dates written with their year
    for m in _WORDY.finditer(text):
        month = m.group("m1") or m.group("m2")
        day = m.group("d1") or m.group("d2")
        year = m.group("y1") or m.group("y2")
        if not month[0].isupper() or (
            month in ("May", "March", "Mar") and not (day or year) and not _bare_month(text, m)
        ):
            continue
        if not day and not year and not _MONTH_CONTEXT.search(text[max(0, m.start() - 14) : m.start()]):
            continue
        if year:
            written.append((m.start(), int(year)))
            add(m.start(), m.end(), _full_date(m), "dates.absolute")
            _coordinated_day(text, m, int(year), add, "dates.absolute")
        else:
            yearless.append(m)
    last: tuple[int, int, int] | None = None  # (sentence, year, month) of the last year-less date resolved
    for m in yearless:
        sent = ctx.sentence_at(m.start())[0]
        got = _yearless(text, m, ref, written, add, last[1:] if last and last[0] == sent else None)
        last = (sent, *got) if got else last
    for m in _BARE_YEAR.finditer(text):
        if _named_year(text, m.start()):
            continue
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
        _relative_dates(text, ref, add)
    return sorted(out, key=lambda x: (x.start, x.end))


def _coordinated_day(text: str, m: re.Match, year: int, add, rule: str) -> None:
    """ "8th and 9th October": the first day of a pair written before one month."""
    if not m.group("d1"):
        return
    pair = re.search(rf"(?<![\w])(?P<d>{_DAY}) ?(?:and|&|to|-|–) ?$", text[max(0, m.start() - 14) : m.start()])
    mo = month_number(m.group("m1"))
    if pair and mo:
        s = max(0, m.start() - 14) + pair.start("d")
        add(s, s + len(pair.group("d")), parse_date_text(f"{year}-{mo:02d}-{_day(pair.group('d')):02d}"), rule)


@lru_cache(maxsize=None)
def _markers(name: str) -> re.Pattern:
    """The words of a markers file as one whole-word pattern (`future_markers.txt`, `past_markers.txt`,
    `date_weekday_recurring.txt`, `date_weekday_range.txt`)."""
    return re.compile(
        r"\b(?:" + "|".join(map(re.escape, sorted(lower_words(name), key=len, reverse=True))) + r")\b", re.I
    )


_DEADLINE = re.compile(r"\b(?:by|until|till)(?: (?:the )?(?:end|middle|start|beginning) of)? $", re.I)
"""A deadline right before the month ("will open by November", "until June") looks ahead, unless the clause is in
the past ("had enrolled 21,000 by June", "By the end of June, 900 doctors held licences")."""
DONE_BEFORE = r"\b(?:[a-z]+ed|was|were|had)\s+(?:(?:in|at)\s+[\w'’-]+\s+)?(?:(?:on|in|at|last)\s+)?"
AHEAD_BEFORE = r"\b(?:expect|schedul|plann|slat|propos|intend)ed\s+(?:(?:on|in|at|last)\s+)?"
"""A verb in the past right before a date, or before its place and the date ("announced on Monday", "signed in May",
"signed in Leeds in May"): the date is of that act, so future words before or after it ("will be staffed under a deal
sealed in June", "Under the deal, announced on Monday, the firm will take a stake") do not make it a plan; "expected
in 2027" or "scheduled on" look ahead (`AHEAD_BEFORE`). Also read (RE2) by the timeline's test of plans."""
_AHEAD_CHARS = 260
"""Characters before a year-less month read for words that look ahead."""


def _looks_ahead(before: str, rest: str) -> bool:
    """Whether the words before a date (`before`, up to it) and after it (`rest`) put it after the article's date:
    a future marker ("will open in May", "is expected to visit on Wednesday") with no past marker nearer the date
    ("the plan was announced in March" looks back) and no verb of a done act right before it (`DONE_BEFORE`), a
    deadline ("by November") in a clause not in the past ("900 had enrolled by June"), or a start ("From March, ...
    will") with future words after it and no past ones (`_FROM`)."""
    if re.search(DONE_BEFORE + "$", before) and not re.search(AHEAD_BEFORE + "$", before):
        return False  # "will be staffed under a deal sealed in June": the act is done
    past_before = [x.end() for x in _markers("past_markers.txt").finditer(before)]
    future_before = [x.end() for x in _markers("future_markers.txt").finditer(before)]
    past = past_before or _markers("past_markers.txt").search(rest)
    return bool(
        (future_before and not (past_before and past_before[-1] > future_before[-1]))
        or (_DEADLINE.search(before) and not past)
        or (_FROM.search(before) and not past and _markers("future_markers.txt").search(rest))
    )


_SUBCLAUSE = re.compile(r",\s+(?:where|which|when|after|since|whereas|while)\b")
"""A clause of its own set off before a month: the future of the clause before it is not the month's ("said the firm
would go on, where the drug won approval in January": a January before the article's date)."""


_FROM = re.compile(r"\b(?:from|starting|beginning)(?: (?:the )?(?:end|middle|start|beginning) of)? $", re.I)
"""A start right before the month ("From March, residents who register will ..."): with a future marker after it and
no past one, the month is ahead."""


def _yearless(
    text: str, m: re.Match, ref: Ref | None, written: list[tuple[int, int]], add, prior: tuple[int, int] | None = None
) -> tuple[int, int] | None:
    """A month or day written without its year: the article's year (the year before for a month well after the
    article's; the next such month when the sentence looks ahead: "will open by November", the word of time
    nearest the month deciding: "the plan was announced in March" looks back), "last/this/next year" when it
    follows, not before the year of an earlier year-less date of its sentence (`prior`, year and month) when it
    comes after it in the calendar and is no done act's ("open on 2 April and close at the end of July": one year),
    else the latest year of the dates the article writes in full (news report their latest events); "last
    November" is the latest November before the article's month, "next May" the first after it. Returns the (year,
    month) given, or None."""
    month = m.group("m1") or m.group("m2")
    day = m.group("d1") or m.group("d2")
    mo = month_number(month)
    if mo is None:
        return None
    end = m.end()
    rel = re.match(r",? (last|this|next) year\b", text[m.end() : m.end() + 12])
    side = re.search(r"\b(last|next) $", text[max(0, m.start() - 5) : m.start()], re.IGNORECASE)
    if ref is not None:
        if rel:
            y = ref.year + {"last": -1, "this": 0, "next": 1}[rel.group(1)]
            end = m.end() + rel.end()
        elif side and ref.month:  # "last November" written in November is a year before; "next May" in May, after
            back = side.group(1).casefold() == "last"
            y = ref.year - (mo >= ref.month) if back else ref.year + (mo <= ref.month)
        else:
            lo = max(0, m.start() - _AHEAD_CHARS)
            lo = max(lo, text.rfind(". ", lo, m.start()) + 1, text.rfind("\n", lo, m.start()) + 1)  # its sentence
            before = text[lo : m.start()]
            clause = list(_SUBCLAUSE.finditer(before))  # "said it would go on, where the drug won approval in January"
            before = before[clause[-1].end() :] if clause else before
            rest = text[m.end() : m.end() + _AHEAD_CHARS].split(". ")[0]  # "By May, 900 had enrolled"
            if _looks_ahead(
                before, rest
            ):  # the next such month: "will open by February" written in June is next February
                y = ref.year + (1 if ref.month and mo < ref.month else 0)
            else:
                y = ref.year - (1 if ref.month and mo > ref.month + 1 else 0)
            if prior is not None and mo >= prior[1] and not re.search(DONE_BEFORE + "$", before):
                y = max(y, prior[0])  # dates of one sentence in calendar order: one year, unless done
    elif written:
        latest = max(y for _, y in written)
        y = latest + ({"last": -1, "this": 0, "next": 1}[rel.group(1)] if rel else 0)
        end = m.end() + rel.end() if rel else end
    else:
        return None
    date_ = parse_date_text(f"{y}-{mo:02d}-{_day(day):02d}") if day else f"{y:04d}-{mo:02d}"
    if end == m.end() and text[end - 1] == "." and month in calendar.month_name[1:]:
        end -= 1  # "will open by May.": the sentence's full stop, not an abbreviation's
    add(m.start(), end, date_, "dates.resolved")
    _coordinated_day(text, m, y, add, "dates.resolved")
    return y, mo


def _relative_dates(text: str, ref: Ref, add) -> None:
    """Relative years ("last year"), months ("this month"), weeks ("last week": the month of the day a week before),
    spans ago ("five years ago"), "yesterday", "today" and weekdays ("on Thursday", the latest such day on or before
    the article's date) against the article's date."""
    for rx, off in _relative():
        for m in rx.finditer(text):
            add(m.start(), m.end(), str(ref.year + off), "dates.relative")
    for m in _ago().finditer(text):
        n = m.group("n")
        k = int(n) if n.isdigit() else _number_words().get(n.casefold())
        if k is None:
            continue
        if m.group("unit").startswith("year"):
            add(m.start(), m.end(), str(ref.year - k), "dates.relative")
        elif ref.month:
            y, mo = _shift_month(ref.year, ref.month, -k)
            add(m.start(), m.end(), f"{y:04d}-{mo:02d}", "dates.relative")
    if ref.month:
        for m in _MONTH_REL.finditer(text):
            y, mo = _shift_month(ref.year, ref.month, {"last": -1, "this": 0, "next": 1}[m.group("rel").casefold()])
            add(m.start(), m.end(), f"{y:04d}-{mo:02d}", "dates.relative")
    if ref.month and ref.day:
        today = date(ref.year, ref.month, ref.day)
        for m in _WEEK_REL.finditer(text):
            day = today + timedelta(days=7 * {"last": -1, "next": 1}[m.group("rel").casefold()])
            add(m.start(), m.end(), f"{day.year:04d}-{day.month:02d}", "dates.relative")
        for m in _YESTERDAY.finditer(text):  # "said yesterday": the day before the article's
            add(m.start(), m.end(), (today - timedelta(days=1)).isoformat(), "dates.weekday")
        for m in _TOMORROW.finditer(text):  # "the debate continues tomorrow": the day after the article's
            add(m.start(), m.end(), (today + timedelta(days=1)).isoformat(), "dates.weekday")
        for m in _today().finditer(text):  # "was launched today": the article's day
            at = m.end() - len("today") if m.group().lower().endswith("today") else m.start()
            add(at, at + len("today"), today.isoformat(), "dates.weekday")
        for m in _WEEKDAY.finditer(text):
            if _AFTER_WEEKDAY.match(text, m.end()):
                continue  # "Friday, 20 March": the date is written out
            prev = re.search(r"([A-Z][\w'’-]*) $", text[max(0, m.start() - 30) : m.start()])
            if prev and not m.group("rel") and prev.group(1).casefold() not in lower_words("date_year_lead_words.txt"):
                continue  # "Good Friday": a name ("in Suzhou last Thursday" is a day)
            if _in_schedule(text, m):
                continue  # "every Tuesday", "Monday to Saturday": a day of a schedule
            back = (today.weekday() - _WEEKDAYS.index(m.group("wd"))) % 7
            rel = (m.group("rel") or "").casefold()
            if rel == "last":
                back = back or 7
            elif rel in ("next", "this") or (not rel and _weekday_ahead(text, m)):
                back = -((_WEEKDAYS.index(m.group("wd")) - today.weekday()) % 7 or (0 if rel == "this" else 7))
            add(m.start(), m.end(), (today - timedelta(days=back)).isoformat(), "dates.weekday")


_CLAUSE_MARKS = re.compile(r"[,;:\"“”()]|\.\s")
"""What ends the clause around a weekday ("Talks, which stalled on Monday, will resume": "will" is another
clause's)."""


def _weekday_ahead(text: str, m: re.Match) -> bool:
    """Whether a weekday's own clause looks ahead (`_looks_ahead`): "talks will resume on Thursday" is the
    Thursday after the article's date; "she said on Thursday" after a quotation that looks ahead is not."""
    lo = max(0, m.start() - _AHEAD_CHARS)
    before = text[lo : m.start()]
    cut = list(_CLAUSE_MARKS.finditer(before))
    before = before[cut[-1].end() :] if cut else before
    rest = text[m.end() : m.end() + _AHEAD_CHARS]
    stop = _CLAUSE_MARKS.search(rest)
    return _looks_ahead(before, rest[: stop.start()] if stop else rest)


def _in_schedule(text: str, m: re.Match) -> bool:
    """Whether a weekday is a day of a schedule, not one date: after "every" or "each"
    (`date_weekday_recurring.txt`), or joined to another weekday by "to", "through" or a dash ("staffed Monday to
    Saturday"; `date_weekday_range.txt`)."""
    days = "|".join(_WEEKDAYS)
    every, joint = _markers("date_weekday_recurring.txt").pattern, _markers("date_weekday_range.txt").pattern
    before = text[max(0, m.start() - 24) : m.start()]
    if re.search(rf"{every} $", before, re.IGNORECASE) and not m.group("rel"):
        return True
    if re.search(rf"\b(?:{days}) ?(?:{joint}|[-\u2013]) ?$", before, re.IGNORECASE):
        return True
    after = text[m.end() : m.end() + 24]
    return bool(re.match(rf" ?(?:{joint}|[-\u2013]) ?(?:{days})\b", after, re.IGNORECASE))
