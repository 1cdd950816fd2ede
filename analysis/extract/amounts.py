"""Amounts: numbers with their scaling word, unit and what they count; ranges and changes give both values.

Numbers that are years, ordinals, section numbers, parts of dates or of names ("Phase 3", "COVID-19") are not
amounts; dates win over bare numbers in the overlap policy.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from analysis.extract.gazetteer import dateline_end, is_place_name, level_words
from analysis.extract.nlp import Context, Mention
from analysis.ingest.dates import month_number
from analysis.ingest.metadata import site_place
from analysis.resources import alternation, literals, lower_words, read_lines, table, words

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d,]|\.\d|\s\d)|\d+(?:\.\d+)?"
"""A number: digits grouped by commas ("21,000") or by spaces ("21 000", the style of some governments' releases;
never the first of a row of numbers "120 150 180"), or plain digits with a decimal part."""
_GROUPING = re.compile(r"[,\s]")


def number_value(s: str) -> float:
    """The value of a number `_DIGITS` matched ("21,000" and "21 000" -> 21000.0)."""
    return float(_GROUPING.sub("", s))


@lru_cache(maxsize=1)
def change_rows() -> tuple[tuple[str, int, frozenset[str]], ...]:
    """(pattern, direction, roles) of the words that state a change (`amount_change_words.tsv`)."""
    return tuple(
        (rx, int(d), frozenset(r.strip() for r in roles.split(",")))
        for rx, d, roles in table("amount_change_words.tsv")
    )


@lru_cache(maxsize=1)
def _people_words() -> frozenset[str]:
    """Words for people in general or by origin ("staff", "residents"), made once: a sum's subject of this kind says
    nothing of whose the sum is."""
    return lower_words("amount_people_words.txt") | lower_words("amount_origin_nouns.txt")


@lru_cache(maxsize=1)
def _change_noun() -> re.Pattern:
    """A noun that states a change ("an increase of 40%", "a fall of 3,000"), not a sum's own noun ("a fee of £2m")."""
    return re.compile("|".join(f"(?:{rx})" for rx, _, roles in change_rows() if "noun" in roles), re.IGNORECASE)


@lru_cache(maxsize=1)
def number_words() -> dict[str, float]:
    return {w.casefold(): float(v) for w, v in table("number_words.tsv")}


@lru_cache(maxsize=1)
def pattern() -> re.Pattern:
    """One amount: qualifier, currency, sign, number, scaling word, unit.

    A number may follow a hyphen only when a digit stands before the hyphen ("20-25%", "6-10 million"), so
    that the second number of a written range is read; money-only scale abbreviations ("£45m") count only
    after a currency sign."""
    cur = "|".join(f"(?:{r})" for r, _ in table("amount_currency_prefix.tsv"))
    scale = "|".join(f"(?:{r[0]})" for r in table("amount_scales.tsv") if r[2:] != ("money",))
    money = "|".join(f"(?:{r[0]})" for r in table("amount_scales.tsv") if r[2:] == ("money",)) or "(?!)"
    unit = "|".join(f"(?:{r})" for r, _ in table("amount_units.tsv"))
    nw = "|".join(re.escape(w) for w in sorted(number_words(), key=len, reverse=True))
    lead = alternation("amount_lead.tsv")
    return re.compile(
        rf"(?:(?<![\w.,:/+\u2212-])|(?<=\d[-\u2013]))(?:(?P<lead>{lead}) )?(?P<cur>{cur})?"
        rf"(?:(?<=[\s(])(?P<sign>[+\u2212-])(?=\d))?"
        rf"(?:(?P<num>{_DIGITS})|(?P<word>{nw})(?=[ -]|[.,;:](?:\s|$)))(?!\d|,\d|\.\d|[:/]\d|(?:st|nd|rd|th)\b)"
        rf"(?:[ -]?(?P<scale>{scale}|(?(cur)(?:{money})|(?!))))?(?:[ -]?(?P<unit>{unit}))?",
        re.IGNORECASE,
    )


_FROM_TO_WORD = re.compile(r"\bfrom\s+(?:\d[\d,.]*|[a-z]+)\s+to\s+$", re.IGNORECASE)
"""The words before the second end of a change written in number words ("from four to nine")."""


@lru_cache(maxsize=1)
def currencies() -> tuple[str, ...]:
    """The units that are sums of money ("CNY", "GBP", ...): those a currency sign or code before the number stands
    for (`amount_currency_prefix.tsv`), in the lexicon's order. The one list of currencies."""
    return tuple(dict.fromkeys(unit for _, unit in table("amount_currency_prefix.tsv")))


def money_unit(m: re.Match) -> str | None:
    """The currency of a match of `pattern` ("CNY" for "18 million yuan" or "RMB 18 million"), else None."""
    unit = _unit_of(table("amount_currency_prefix.tsv"), m.group("cur"))
    unit = unit or _unit_of(table("amount_units.tsv"), m.group("unit"))
    return unit if unit in currencies() else None


@lru_cache(maxsize=64)
def local_dollar(raw: str) -> str | None:
    """The currency a bare "$" stands for on a page whose site is of a territory with a dollar of its own
    (`ingest.metadata.site_place`): that territory's one currency (`amount_currency_places.tsv`), when the currency
    is written with "$" ("HK$", "MOP$"); else None (a US dollar)."""
    site = site_place(raw)
    places = {place: unit for unit, place in table("amount_currency_places.tsv")}
    dollars = {unit for _, unit in _signed_dollars()}
    unit = places.get(site[0]) if site else None
    return unit if unit in dollars else None


def _signed_dollars() -> list[tuple[str, str]]:
    """(pattern, unit) of the currencies written with "$" and a mark of their own ("HK$", "US$", "MOP$")."""
    return [(rx, unit) for rx, unit in table("amount_currency_prefix.tsv") if "\\$" in rx and rx != "\\$"]


@lru_cache(maxsize=64)
def written_dollar(raw: str) -> str | None:
    """The one dollar other than the US dollar a page writes with its sign before a number, when it writes no other
    ("HK$61.2 million" beside "an annual voucher of $2,000": Hong Kong dollars), else None."""
    written = {u for rx, u in _signed_dollars() if re.search(rf"(?<![A-Za-z])(?:{rx})\s?\d", raw)}
    return next(iter(written)) if len(written) == 1 and written != {"USD"} else None


@lru_cache(maxsize=1)
def _conversion() -> re.Pattern:
    """What opens a sum's conversion into dollars, in brackets after it ("56.8 million yuan ($7.9 million)", "(or
    about $7.9 million)"; hedges: `figure_hedge_words.txt`)."""
    return re.compile(rf"\((?:or )?(?:(?:{literals(read_lines('figure_hedge_words.txt'))}) )?$", re.IGNORECASE)


def _unit_of(regexes: tuple[tuple[str, ...], ...], s: str | None) -> str | None:
    if not s:
        return None
    for r, unit in regexes:
        if re.fullmatch(f"(?:{r})", s.strip(), re.IGNORECASE):
            return unit
    return None


def _scale_of(s: str | None) -> float:
    if not s:
        return 1.0
    for row in table("amount_scales.tsv"):
        if re.fullmatch(f"(?:{row[0]})", s.strip(), re.IGNORECASE):
            return float(row[1])
    return 1.0


_WORD = re.compile(r"[\w'’-]+|[^\w\s]")


def object_after(text: str, pos: int, limit: int) -> str:
    """The words after an amount that say what it counts, up to a stop word or punctuation."""
    stop = words("amount_stop.txt")
    out = []
    for m in _WORD.finditer(text, pos, limit):
        w = m.group()
        if not re.match(r"[\w]", w) or w.casefold() in stop or len(out) >= 7:
            break
        out.append(w)
    return " ".join(out)


def object_before(text: str, start: int, pos: int) -> str:
    """The words before an amount (for percentages and money: "an increase of 7.3%")."""
    seg = re.split(r"[,;:()“”\"]", text[start:pos])[-1]
    toks = seg.split()
    while toks and toks[-1].casefold() in words("amount_stop.txt") | {
        "of",
        "a",
        "an",
        "the",
        "reached",
        "reaching",
        "to",
        "by",
    } | {r[0].casefold() for r in table("amount_lead.tsv")}:
        toks.pop()
    toks = toks[-6:]
    digits = [i for i, t in enumerate(toks) if re.search(r"\d", t)]
    if digits:
        toks = toks[digits[-1] + 1 :]  # "opened in 48 rural clinics": after the last figure
    empty = lower_words("amount_empty_words.txt") | lower_words("amount_stop.txt") | {"the", "a", "an", "of"}
    if not any(re.fullmatch(r"[^\W\d_][\w'’-]+", t) and t.casefold() not in empty for t in toks):
        return ""  # "Within", "c.", "+": nothing that names what is counted
    return " ".join(toks)


_NP_SKIP = ("det", "nummod", "quantmod", "punct", "predet", "cc", "prep", "case")
_UNIT_COUNT = ("count", "beds", "hectares", "mu", "square metres", "square kilometres", "km", "pence")
DURATIONS = ("years", "months", "weeks", "days")
"""Units of a stretch of time (`amount_units.tsv`)."""
DURATION_DAYS = {"years": 365.25, "months": 365.25 / 12, "weeks": 7.0, "days": 1.0}
"""Days in each unit of a stretch of time, so the two ends of a change can be written in different ones ("from 3
weeks to 10 days")."""


def _np(tok, lo: int, hi: int, limit: int = 12) -> str:
    """The noun phrase headed by `tok`: its left modifiers (with their own modifiers, so coordinated and compound
    ones stay whole), the head, and an "of" phrase after it; determiners and the amount itself (tokens `lo`..`hi`)
    are left out. When the amount stands before the head it modifies, the phrase starts after the amount; a head
    after the amount that it does not modify ("invested £2m last year in the new unit") starts with its own
    modifiers."""
    doc = tok.doc
    if tok.i >= hi and tok.left_edge.i <= lo:
        a = hi
    else:
        a = tok.i
        for c in tok.lefts:
            if c.dep_ not in _NP_SKIP and not any(lo <= t.i < hi for t in c.subtree):
                a = min(a, c.left_edge.i)
                break
    b = short = tok.i
    for c in tok.rights:
        if ((c.dep_ == "prep" and c.text.casefold() == "of") or c.dep_ in ("compound", "flat")) and not any(
            lo <= t.i < hi for t in c.subtree
        ):
            b = max(b, c.right_edge.i)
            short = max([short, c.i] + [p.i for p in c.children if p.dep_ == "pobj"])
    b = max([b] + [c.i for c in _shared_conjuncts(tok)])
    while a < b and (doc[a].dep_ in ("det", "punct", "cc", "case", "prep") or doc[a].tag_ in ("DT", "IN")):
        a += 1
    while b > tok.i and doc[b].dep_ in ("punct", "cc"):
        b -= 1
    if b - a + 1 > limit:  # a long "of" phrase: up to its own noun
        b = short if short - a + 1 <= limit else tok.i
    return doc[a : b + 1].text.strip(" ,")


def _gerund(tok) -> bool:
    """Whether `tok` heads an activity ("in rebuilding the wards", "on training and hiring nurses"): a verb's -ing
    form, or an -ing word the parser read as a noun that takes an object or is coordinated with such a verb."""
    if tok.tag_ == "VBG":
        return True
    return tok.text.casefold().endswith("ing") and any(
        c.dep_ == "dobj" or (c.dep_ == "conj" and c.tag_ == "VBG") for c in tok.children
    )


def _clause_of(tok, limit: int = 12) -> str:
    """The words of the phrase `tok` heads, up to its first comma or semicolon and at most `limit` words."""
    doc = tok.doc
    b = tok.i
    while b < tok.right_edge.i and b - tok.i + 1 < limit and doc[b + 1].text not in (",", ";"):
        b += 1
    return doc[tok.i : b + 1].text.strip(" ,")


def _shared_conjuncts(tok) -> list:
    """Nouns coordinated after `tok` that share its number: "236 doctors, nurses and pharmacists" counts all three;
    in "45 doctors and 30 nurses" the nurses have a number of their own."""
    out, cur = [], tok
    while True:
        nxt = [c for c in cur.rights if c.dep_ == "conj" and c.tag_.startswith("NN")]
        if not nxt or any(t.like_num or t.dep_ == "nummod" for t in nxt[0].lefts):
            return out
        cur = nxt[0]
        out.append(cur)


def _subject(tok):
    """The subject of the clause governing `tok` (climbing through appositions, objects and clauses); never a word
    of the dateline the text opens with ("LONDON, May 3 (Wire) - Kelby will spend ...": Kelby's, not London's)."""
    filed = tok.doc.user_data.get("dateline_end")
    if filed is None:
        filed = tok.doc.user_data["dateline_end"] = dateline_end(tok.doc.text)
    for _ in range(5):
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        # a dateline read as the subject: the subject is the name it was read as apposed to
        subj = [a for c in subj for a in ([c] if c.idx >= filed else c.children) if a.idx >= filed]
        if subj and subj[0].tag_.startswith("NN"):
            return subj[0]
        # "The number of residents enrolled in the scheme has risen" read as a clause subject ("enrolled"): the noun
        # that clause is about
        clausal = [g for c in tok.children if c.dep_ == "csubj" for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
        if clausal and clausal[0].tag_.startswith("NN"):
            return clausal[0]
        if tok.head is tok:
            return None
        tok = tok.head
    return None


def _spanned(verb):
    """What a span "for" a verb with no object is the span of: its subject ("the licence was extended for three
    years"), a relative pronoun standing for the noun it follows ("an agreement with Kelby, which has been extended
    for three years": the agreement), or None; a verb with an object keeps the words before the span, which tell
    both ("the grant will cover flights for 18 months")."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return None
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj:
        return None
    if subj[0].tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        noun = verb.head
        if noun.dep_ == "pobj" and noun.head.text.casefold() == "with" and noun.head.head.tag_.startswith("NN"):
            noun = noun.head.head  # "its agreement with Kelby Hospital, which ...": the agreement
        return noun if noun.tag_.startswith("NN") else None
    return subj[0] if subj[0].tag_.startswith("NN") else None


def _valued(tok):
    """The noun a word of value ("worth", "valued", "budgeted", "set" ... "at") puts its amount on: the noun it
    modifies ("a contract worth £2 million", "a campus budgeted at 4 billion yuan"; after a comma, the head of the
    phrase it follows; not a verb's object, whose verb the words before the amount keep), else the subject of its
    clause ("the deal is worth £2 million", "fees will be set at 900 yuan"), or None."""
    if tok.dep_ in ("amod", "acl") and tok.head.tag_.startswith("NN"):
        noun = tok.head
        if noun.dep_ == "dobj":
            return None  # "signed agreements worth £2 million": the words before it say what was done
        if tok.i > 0 and tok.doc[tok.i - 1].text == ",":  # set off by a comma: the whole phrase before it
            while noun.dep_ == "pobj" and noun.head.head.tag_.startswith("NN"):
                noun = noun.head.head  # "upgrades to the hospitals in Eastbank, budgeted at ...": the upgrades
            if noun.dep_ == "pobj":
                return None  # "will sell the drugs in 9 provinces, valued at £2 million": the deal, not a noun
        return noun
    verb = tok.head if tok.dep_ == "acomp" else tok
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_.startswith("NN")]
    return subj[0] if subj else None


def _yoy(tok) -> str:
    """ "year-on-year " when the change word carries that modifier."""
    for c in tok.children:
        if c.dep_ == "npadvmod" and "-on-" in tok.doc[c.i : c.right_edge.i + 1].text:
            return tok.doc[c.i : c.right_edge.i + 1].text + " "
    return ""


def object_parsed(ctx: Context, start: int, end: int, unit: str) -> str:
    """What an amount counts or measures, read from the dependency parse of its line ("" when the parse says nothing).

    A number before a noun counts that noun phrase ("109 tertiary and secondary hospitals"); a money or percent
    amount with no noun after it is the amount of the noun it belongs to: the change it is "of" ("an increase of
    40%" - in the clause's subject), the subject of the verb it is the object of, or the thing it is "in"."""
    found = ctx.token_at(start)
    if found is None:
        return ""
    off, first = found
    doc = first.doc
    lo = first.i
    hi = lo
    while hi < len(doc) and doc[hi].idx + off < end:
        hi += 1
    if hi <= lo:
        return ""
    inside = range(lo, hi)
    heads = [doc[i] for i in inside if not lo <= doc[i].head.i < hi or doc[i].head.i == doc[i].i]
    if not heads:
        return ""
    h = heads[-1]
    g = h.head
    # a number before the noun it counts
    if (
        g.i >= hi
        and g.i - hi <= 8
        and g.tag_.startswith("NN")
        and h.dep_ in ("nummod", "compound", "amod", "quantmod", "nmod")
    ):
        # "60 third level famous medicine studios": the number hangs on a modifier of the noun it counts
        noun, cur = g, g
        while cur.dep_ in ("compound", "nmod", "npadvmod", "amod") and cur.head.i > cur.i and cur.head.i - hi <= 10:
            cur = cur.head
            if cur.tag_.startswith("NN"):
                noun = cur
        return _np(noun, lo, hi)
    if unit in _UNIT_COUNT and g.i >= hi:
        return ""
    # "41% of the total"
    of = [c for c in h.rights if c.dep_ == "prep" and c.text.casefold() == "of"]
    if of:
        pob = [c for c in of[0].children if c.dep_ == "pobj"]
        if pob and pob[0].tag_.startswith("NN"):
            return _np(pob[0], of[0].i, of[0].i + 1)
    if h.dep_ == "pobj" and g.dep_ == "prep":
        gov = g.head
        # "an increase of 40%": the change, in the subject of the clause
        if g.text.casefold() == "of" and gov.tag_.startswith("NN") and gov.i < lo:
            # "a fee of £2m" paid by the clause's subject: the subject's own ("revenue of Kelby"), unless people
            # in general ("Visitors pay a flat charge of HK$50")
            subj = _subject(gov.head) if gov.dep_ not in ("nsubj", "nsubjpass") else None
            change = _yoy(gov) + _np(gov, lo, hi)
            if subj is None or subj.i == gov.i:
                return change
            if _change_noun().fullmatch(gov.text):
                return f"{change} in {_np(subj, lo, hi)}"
            people = subj.text.casefold() in _people_words() or subj.pos_ == "PRON"
            return change if people else f"{change} of {_np(subj, lo, hi)}"
        # "renewed its partnership for a further three years": the span of what the verb's clause is about
        if unit in DURATIONS and g.text.casefold() == "for" and gov.pos_ == "VERB" and (what := _spanned(gov)):
            return _np(what, lo, hi)
        # "the deal is valued at £2 million", "a campus budgeted at 4 billion yuan": what the verb puts a value on
        if gov.pos_ == "VERB" and g.text.casefold() == "at" and (valued := _valued(gov)) is not None:
            return _np(valued, lo, hi)
        # "will rise by 20%", "was reduced from 980 yuan to 120 yuan": the subject of the verb
        if gov.pos_ == "VERB" and g.text.casefold() in ("by", "to", "from"):
            objs = [c for c in gov.children if c.dep_ == "dobj" and c.tag_.startswith("NN") and c.i < g.i]
            if objs:  # "the city raised the number of beds from 5.9 to 7.0": what the verb changes
                if g.text.casefold() == "by":
                    return f"{_yoy(gov)}{gov.text} in {_np(objs[-1], lo, hi)}"
                return _np(objs[-1], lo, hi)
            subj = _subject(gov)
            if subj is not None and gov.i > subj.i:
                if g.text.casefold() == "by":
                    return f"{_yoy(gov)}{gov.text} in {_np(subj, lo, hi)}"
                return _np(subj, lo, hi)
        # "including 380 million yuan in provincial subsidies": what its own "in" phrase names
        own = [c for c in h.rights if c.dep_ == "prep" and c.text.casefold() in ("in", "on", "for")]
        pob = [c for c in own[0].children if c.dep_ == "pobj"] if own else []
        if pob and pob[0].tag_.startswith("NN"):
            return _np(pob[0], lo, hi)
        return ""
    if h.dep_ in ("npadvmod", "pobj") and g.text.casefold() == "worth" and (valued := _valued(g)) is not None:
        return _np(valued, lo, hi)  # "a contract worth £2 million", "the deal is worth £2 million"
    if h.dep_ in ("dobj", "attr", "npadvmod", "oprd") and g.pos_ in ("VERB", "AUX"):
        # "saving 470 million yuan in costs"
        pp = [c for c in g.rights if c.dep_ == "prep" and c.i >= hi and c.text.casefold() in ("in", "on", "for")]
        pp = pp or [c for c in h.rights if c.dep_ == "prep" and c.text.casefold() in ("in", "on", "for")]
        pob = [c for c in pp[0].children if c.dep_ in ("pobj", "pcomp")] if pp else []
        if pob and _gerund(pob[0]):
            return _clause_of(pob[0])  # "invested 2 billion yuan in building and equipping clinics"
        if pob and pob[0].dep_ == "pobj" and pob[0].tag_.startswith("NN"):
            inner = _np(pob[0], lo, hi)
            return f"{g.text} {pp[0].text} {inner}" if g.tag_ == "VBG" else inner
        subj = _subject(g)
        if subj is not None:
            return _np(subj, lo, hi)
    return ""


def _period_in_date(text: str, end: int) -> bool:
    """ "the first 10 months of 2024": a stretch of a dated period, not an amount."""
    return bool(re.match(r" of (?:the (?:year )?)?(?:1[89]|20)\d\d\b", text[end : end + 24]))


_LOOK_BACK = 80
"""Characters before a number that the exclusion rules read (a few words: the rules never need more)."""
_BLANK = re.compile(r"\s*")


def _blank(text: str, a: int, b: int) -> bool:
    """True when text[a:b] holds only white space (read without copying the span)."""
    return _BLANK.match(text, a, b).end() == b


_INDEX_NAME = re.compile(r"[A-Z]{3,6}")
"""A word of capitals a number closes a name with ("FTSE 350", "CSI 300"); a currency's ("MOP 600") is read as one."""


def _excluded(text: str, m: re.Match, para_start: int, slogans: list[tuple[int, int]] | None = None) -> bool:
    """True for a number that is not an amount: a year, a code, a label, a rank or a number inside a name."""
    num = m.group("num")
    word = m.group("word")
    start = m.start("num") if num else m.start("word")
    w0 = max(para_start, start - _LOOK_BACK)
    prev = text[w0:start].split()
    last = prev[-1] if prev else ""
    if last in words("number_name_words.txt") or last.endswith("#"):
        return True  # "Phase 3", "day two": part of a name or a reference
    if (
        num
        and "." in num
        and not (m.group("cur") or m.group("unit"))
        and re.fullmatch(r"[A-Z][a-z]{2,}", last)
        and month_number(last) is None
        and not is_place_name(last)
        and len(prev) > 1
        and not re.search(r"[.!?:]$", prev[-2])
    ):
        return True  # "targets Claudin 18.2": a decimal that closes a name (a protein, a version), no amount
    if (
        num
        and not (m.group("cur") or m.group("unit"))
        and _INDEX_NAME.fullmatch(last)
        and not (len(prev) > 1 and prev[-2].isupper() and prev[-2].isalpha())
        and not re.match(r" [A-Z]{2,}\b", text[m.end() : m.end() + 12])
    ):  # not a line in capitals ("HOSPITAL ADDS 300 BEDS")
        return True  # "the FTSE 350 index", "the CSI 300": a number that names with the capitals before it
    if last.casefold() in lower_words("amount_rank_words.txt") and not (m.group("unit") or m.group("cur")):
        return True  # "the top 50 hospitals", "ranked 12": a rank ("the top 1%" is a share)
    if last[:1].isupper() and month_number(last) is not None:
        return True  # "Oct. 9", "March 3": the day of a date
    if any(p.start() <= start < p.end() for p in _PHONE.finditer(text, max(0, start - 24), m.end() + 24)):
        return True  # "+44 1223 555 0100": a telephone number
    if _ENUMERATOR.match(text, m.end()) and re.search(r"(?:^|\n)[ \t]*\($", text[max(0, start - 8) : start]):
        return True  # "(2) Eastbay Clinic in Harbour City;": the number of an item of a list
    after = re.match(r" (?:of )?([A-Z][a-z]+\.?|[A-Z]{3,9}\b)", text[m.end() : m.end() + 14])  # "11 MAR 2025" too
    if num and not m.group("cur") and after and month_number(after.group(1)) is not None and _day_number(num):
        return True  # "17 September", "3 Oct.": the day of a date, whether or not its year can be read
    if re.match(r"[^\W_]", text[m.end() : m.end() + 1]):
        return True  # "8812K", "7bd2c11e.png", "5G": a code or a reference, not a quantity
    if _label_after().match(text, m.end()):
        return True  # "the 50-59 age group": a label
    if slogans is not None and _inside_span(slogans, start):
        return True  # '"three clinics, one record"', '"30-day drive"': a number inside a quoted name or slogan
    if re.match(r"\s+ago\b", text[m.end() : m.end() + 6]):
        return True  # "five years ago": a date, which the dates extractor resolves
    if re.match(
        r"(?:[:.]\d\d)?\s*(?:[ap]\.m\.|[ap]m\b|o['’]clock\b|noon\b)", text[m.end() : m.end() + 12], re.IGNORECASE
    ):
        return True  # "at 10 p.m.", "9.30am", "six o'clock": a time of day
    if _fraction_after().match(text, m.end()):
        return True  # "two thirds of the clinics", "a two-thirds majority": the top of a fraction, not a count
    if _in_ratio(text, m, start):
        return True  # "one in five adults", "nine out of ten patients": a ratio, not a count
    if word and word[0].isupper() and _in_title_name(text, m.end("word")):
        return True  # "Ten Thousand Villages", "the Hundred Counties Project": a number word inside a name
    if num is None:  # "the two", "both three", '"The two': pronouns
        return not m.group("unit") and last.lstrip("\"“‘'(").casefold() in _DETERMINERS
    has_unit = m.group("cur") or m.group("unit") or m.group("scale")
    if re.fullmatch(r"(?:1[89]|20)\d\d", num) and not has_unit:
        return True  # a year ("1,875 doctors", written with a comma, is a count): the dates extractor reads it
    if re.fullmatch(r"0\d+", _GROUPING.sub("", num)):
        return True  # "01" heading numbers and codes
    at = m.start("num") if not m.group("cur") else m.start()
    if _blank(text, para_start, at) and re.match(r"\s*(?:[A-Z]|[.)、])", text[m.end("num") : m.end("num") + 3]):
        return True  # a section number at the start of a line
    return (
        bool(prev)
        and w0 == para_start
        and last[:1].isupper()
        and not m.group("unit")
        and bool(re.match(r"\s*(?:$|\n)", text[m.end() : m.end() + 2]))
        and len(prev) <= 3
    )  # "Figure 12" at the end of a short line: a caption label


_TITLE_RUN = re.compile(r"(?:(?:[ -]|, (?:and )?| and | of | & )[A-Z][\w'’]*){1,12}")
"""The capitalised words after a number word, through the commas, "and", "of" and "&" of a name."""


def _in_title_name(text: str, end: int) -> bool:
    """Whether a capitalised number word ending at `end` is part of a title-case name: two capitalised words follow
    it ("Ten Thousand Villages", "Three Rivers Health Board"), or its capitalised run reaches a name's head noun
    (`number_name_heads.txt`: "Hundred Counties, Thousand Towns and Ten Thousand Villages Project", "Thousand
    Talents Plan"). "Five of the clinics" and "Twenty hospitals" stay amounts."""
    if re.match(r"[ -][A-Z]\w*[ -][A-Z]", text[end : end + 40]):
        return True
    run = _TITLE_RUN.match(text, end)
    heads = words("number_name_heads.txt")
    return run is not None and any(w in heads for w in re.findall(r"[A-Z][\w'’]*", run.group()))


@lru_cache(maxsize=1)
def _fraction_after() -> re.Pattern:
    return re.compile("|".join(f"(?:{rx})" for rx in read_lines("amount_fraction_after.txt")), re.IGNORECASE)


@lru_cache(maxsize=1)
def _ratio_patterns() -> tuple[re.Pattern, re.Pattern]:
    """A ratio written out from its first number to its second ("1 in 4", "nine out of ten", "one in five"), and the
    words before a second number back to the first; the first number is a whole number or a number word."""
    joint = alternation("amount_ratio_words.txt")
    nw = "|".join(re.escape(w) for w in sorted(number_words(), key=len, reverse=True))
    first = rf"(?<![\w.,])(?P<a>one|\d{{1,3}}(?:,\d{{3}})*|{nw})"
    whole = re.compile(rf"{first} (?:{joint}) (?P<b>{_DIGITS}|{nw})\b", re.IGNORECASE)
    before = re.compile(rf"{first} (?:{joint}) $", re.IGNORECASE)
    return whole, before


def _ratio_value(s: str) -> float:
    low = s.casefold()
    return 1.0 if low == "one" else number_words().get(low) or number_value(s)


def _in_ratio(text: str, m: re.Match, start: int) -> bool:
    """Whether a number with no unit is one of the two numbers of a ratio written out ("one in five adults",
    "1 in 4 children", "nine out of ten patients"): the first is the smaller, and the second is no year and has
    no unit of its own ("20 in five cities", "3 in 2023", "5 in 12 months" are no ratios)."""
    if m.group("unit") or m.group("cur") or m.group("scale"):
        return False
    whole, before = _ratio_patterns()
    back = before.search(text[max(0, start - 30) : start])
    r = whole.match(text, start - len(back.group()) if back else start)
    if r is None or start not in (r.start("a"), r.start("b")):
        return False
    if re.fullmatch(r"(?:1[89]|20)\d\d", r.group("b")) or _ratio_value(r.group("a")) >= _ratio_value(r.group("b")):
        return False
    d = pattern().match(text, r.start("b"))
    return d is None or not (d.group("unit") or d.group("cur") or d.group("scale"))


_DETERMINERS = frozenset({"the", "these", "those", "both", "all", "its", "their", "our", "one", "of"})


@lru_cache(maxsize=1)
def _label_after() -> re.Pattern:
    return re.compile(
        "(?:" + "|".join(f"(?:{rx})" for rx in read_lines("amount_label_after.txt")) + r")\b", re.IGNORECASE
    )


@lru_cache(maxsize=1)
def _unit_before() -> tuple[tuple[re.Pattern, str], ...]:
    return tuple((re.compile(rf"\b(?:{rx}) $", re.IGNORECASE), unit) for rx, unit in table("amount_unit_before.tsv"))


@lru_cache(maxsize=1)
def per_phrase() -> re.Pattern:
    """ "per 1,000 residents" written apart from its number ("3.1 dentists per 1,000 residents"); the match's group
    name is its unit (`amount_units.tsv`)."""
    rows = [(rx, unit) for rx, unit in table("amount_units.tsv") if unit.startswith("per_")]
    return re.compile(
        "|".join(f"(?P<{unit}>(?<![\\w])(?:{rx}))" for rx, unit in rows),
        re.IGNORECASE,
    )


def _per_units(text: str) -> tuple[list[int], list[tuple[int, int, str]]]:
    """Every "per 1,000 ..." phrase of the text (start, end, unit), with their starts for bisection."""
    spans = [(m.start(), m.end(), m.lastgroup) for m in per_phrase().finditer(text)]
    return [s for s, _, _ in spans], spans


_PER_GAP = re.compile(r"(?: [\w/'’-]+){1,4} |(?: [\w/'’-]+){1,3} and \d[\d.,]*(?: [\w/'’-]+){1,3} ")
"""What stands between a count and the "per 1,000" phrase that qualifies it: its noun ("3.1 dentists "), or its noun
and a second count of the same rate ("2.8 doctors and 4.3 nurses ")."""


def _per_unit_of(text: str, ss: int, end: int, starts: list[int], spans: list[tuple[int, int, str]]) -> str | None:
    """The rate unit of a count that a "per 1,000" phrase qualifies: right after its noun ("3.1 dentists per 1,000
    residents", "2.8 doctors and 4.3 nurses per 1,000 residents"), at the head of its sentence ("Per 1,000
    residents, the county had 2.6 midwives"), or after the rate's noun earlier in it (`_RATE_NOUN`)."""
    i = bisect_left(starts, end)
    if i < len(spans) and spans[i][0] - end <= 60 and _PER_GAP.fullmatch(text, end, spans[i][0]):
        return spans[i][2]
    j = bisect_left(starts, ss)
    if j < len(spans) and spans[j][1] <= end and _blank(text, ss, spans[j][0]):
        if re.match(r"\s*,", text[spans[j][1] : spans[j][1] + 3]):
            return spans[j][2]
    if (
        j < len(spans)
        and spans[j][1] <= end
        and _RATE_NOUN.search(text, max(ss, spans[j][0] - 60), spans[j][0])
        and _BARE_FIGURE.match(text, end)
    ):
        return spans[j][2]
    k = bisect_left(starts, end) - 1
    if (
        k >= 0
        and spans[k][0] >= ss
        and _COMPARED_LEVEL.fullmatch(text, spans[k][1], end)
        and _BARE_FIGURE.match(text, end)
    ):
        return spans[k][2]  # "2.6 doctors per 1,000 residents, below the provincial average of 2.8"
    return None


_COMPARED_LEVEL = re.compile(
    r",?\s+(?:(?:well |just |slightly |far )?(?:below|above|under|over|against|compared with|compared to|versus|vs\.?|"
    r"short of|ahead of|behind|close to|in line with|near) )?(?:the|a|an) (?:[\w'’-]+ ){0,3}?"
    r"(?:average|target|figure|level|mean|median|rate|benchmark|norm)(?: of| at)? [\d.,]*\d"
)
"""A level a rate is set against, written as a bare number after the rate's "per 1,000" phrase ("4.1 nurses per 1,000
residents, below the national average of 4.5"): the number is a rate of the same unit."""


_RATE_NOUN = re.compile(r"\b(?:number|ratio|rate|density)s? of (?:[\w'’-]+ ){1,4}$", re.IGNORECASE)
"""A rate named before its figure: "The number of nurses per 1,000 residents rose to 4.1, against a target of 4.5"
gives both figures the rate's unit."""
_BARE_FIGURE = re.compile(
    r"\s*(?:[,.;:)]|$|(?:in|by|for|from|against|and|or|compared|last|this|next|on|at|to|as|with)\b)", re.IGNORECASE
)
"""What follows a figure with no noun of its own ("climbed to 3.2 in 2024"), unlike "40 clinics opened"."""


SLOGAN_WORDS = 5
"""Longest quotation (in words) read as a quoted name or slogan when it has no sentence punctuation inside."""
_QUOTE = re.compile(r"[“\"]([^“”\"\n]{1,60})[”\"]")


def _slogans(text: str) -> list[tuple[int, int]]:
    """Short quotations that are names or slogans ('"one country, two systems"'), not speech ('"We treated 500
    patients," she said': sentence punctuation, or a comma closing the quotation), in text order."""
    out = []
    for m in _QUOTE.finditer(text):
        inner = m.group(1)
        if len(inner.split()) <= SLOGAN_WORDS and not re.search(r"[.!?%$£€¥]|,\s*$", inner):
            out.append((m.start(), m.end()))
    return out


def _inside_span(spans: list[tuple[int, int]], pos: int) -> bool:
    i = bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _inside(spans: list[tuple[int, int, str]], starts: list[int], pos: int) -> bool:
    i = bisect_right(starts, pos) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def extract(ctx: Context) -> list[Mention]:
    """Every amount of a document, with value, unit and object (ranges and changes: see `amount_changes`)."""
    text = ctx.text
    cur_t, unit_t = table("amount_currency_prefix.tsv"), table("amount_units.tsv")
    per_starts, per_spans = _per_units(text)
    slogans = _slogans(text)
    found: list[tuple[re.Match, float, float, str]] = []
    last_end = -1
    for m in pattern().finditer(text):
        start = m.start("num") if m.group("num") else m.start("word")
        if m.start() > 0 and text[m.start() - 1] in "-\u2013" and last_end != m.start() - 1:
            continue  # "0123-4567": the second half of a code, not of a range
        ps, pe = ctx.paragraph_at(m.start())
        if _excluded(text, m, ps, slogans) or _inside(per_spans, per_starts, start):
            continue
        base = number_value(m.group("num")) if m.group("num") else number_words()[m.group("word").casefold()]
        value = base * _scale_of(m.group("scale"))
        unit = _unit_of(cur_t, m.group("cur")) or _unit_of(unit_t, m.group("unit")) or "count"
        if (m.group("cur") or "").strip() == "$":
            unit = local_dollar(ctx.doc.raw) or unit  # "$2,000" on a Hong Kong government site: HK dollars
            if unit == "USD" and not _conversion().search(text, max(0, m.start() - 20), m.start()):
                unit = written_dollar(ctx.doc.raw) or unit  # not "56.8 million yuan ($7.9 million)": US dollars
        if m.group("word") and unit == "count" and not re.match(r" [A-Za-z]", text[m.end() : m.end() + 2]):
            if not _FROM_TO_WORD.search(text, max(ps, start - 40), start):
                continue  # a number word names a count before its noun, or as the end of "from four to nine"
        if unit in DURATIONS and _period_in_date(text, m.end()):
            continue
        if unit == "count":
            before = text[max(ps, m.start() - 30) : m.start()]
            unit = next((u for rx, u in _unit_before() if rx.search(before)), unit)
        if unit == "count" and _age_bound(text, m, ps):
            unit = "years"  # "residents over 65": their age
        if unit == "count":
            ss, _ = ctx.sentence_at(m.start())
            unit = _per_unit_of(text, min(ss, m.start()), m.end(), per_starts, per_spans) or unit
        found.append((m, base, value, unit))
        last_end = m.end()
    out = []
    prev_end = 0
    prev_obj: tuple[int, str] | None = None
    for m, base, value, unit in found:
        extractor = "amounts.scaled_number" if m.group("scale") else "amounts.number"
        ss, se = ctx.sentence_at(m.start())
        pe = max(se, m.end())
        obj = object_parsed(ctx, m.start(), m.end(), unit) if ctx.parsed else ""
        if _OF_THEM.match(text, m.end(), pe):
            obj = "of them"  # "the clinic has taken on 36 of them": a part of what was named before, not the clinic
        if obj.casefold() in _PERIOD_WORDS:
            obj = ""  # "up 12% year on year": the period of a change, not what changed
        if not obj and unit in _UNIT_COUNT:
            obj = object_after(text, m.end(), pe)
        if not obj:
            of = re.match(r"\)? of (?!which)", text[m.end() : m.end() + 12])
            if of:
                obj = object_after(text, m.end() + of.end(), pe)
        if not obj:
            at = m.start()
            paren = text.rfind("(", max(ss, at - 4), at)
            if paren >= 0 and _blank(text, paren + 1, at) and not _blank(text, prev_end, paren):
                at = paren  # "the biggest share of callers (42%)": the phrase it quantifies (not "5 yuan (US$1)")
            obj = object_before(text, max(min(ss, at), at - _OBJECT_BACK), at)
        first = m.start("num") if m.group("num") else m.start("word")  # after a qualifier ("over five years")
        if unit in DURATIONS and obj and _SPAN_OPEN.search(text, max(ss, first - 40), first):
            obj = _span_object(obj)
        if unit == "count" and (named := _named_before(text, max(ss, first - 60), first, m.end())):
            obj = named  # "a city of 4.2 million people": its population
        if obj and obj.casefold() in _PARTITIVE:
            obj = _partitive_object(text, m.end(), pe, obj)
        aged = _AGED.search(text, max(ss, m.start() - 30), m.start()) if unit == "years" else None
        if aged is not None:  # "residents aged 65 or over": the age of the people named before "aged"
            whose = object_before(text, max(ss, aged.start() - _OBJECT_BACK), aged.start())
            obj = f"age of {whose}" if whose else "age"
        elif unit == "years" and (holder := _age_bound(text, m, ss)):
            obj = f"age of {holder.lower()}"
        if prev_obj is not None and prev_obj[0] == ss and _COMPARED.search(text, max(ss, m.start() - 40), m.start()):
            obj = prev_obj[1]  # "312 patients this year, compared with 187 in 2025": the same thing
        elif prev_obj is not None and prev_obj[0] == ss and gapped_name(text, prev_end, m.start(), m.end()):
            obj = prev_obj[1]  # "Northfield had 45 clinics, Eastbank 30": Eastbank's clinics
        if obj:
            prev_obj = (ss, obj)
        lead = m.group("lead")
        start = m.start("cur") if m.group("cur") else (m.start("num") if m.group("num") else m.start("word"))
        if m.group("sign") and not m.group("cur"):
            start = m.start("sign")
        if lead:
            start = m.start()
        prev_end = m.end()
        out.append(
            Mention(
                "amount",
                start,
                m.end(),
                extractor,
                {
                    "value": value,
                    "unit": unit,
                    "object": obj or None,
                    "_number": base,
                    "_scale": _scale_of(m.group("scale")) if m.group("scale") else None,
                    "_unit_stated": bool(m.group("cur") or m.group("unit")),
                    "_sign": {"+": 1, "-": -1, "\u2212": -1}.get(m.group("sign") or "", 0),
                },
            )
        )
    return compound_durations(text, out)


TIME_STEPS = {"years": ("months", 12), "weeks": ("days", 7), "days": ("hours", 24), "hours": ("minutes", 60)}
"""A unit of time and the next smaller one a stretch of time is written on with ("1 hour 47 minutes")."""
_COMPOUND_GAP = re.compile(r"\s+(?:and\s+)?")


def compound_durations(text: str, found: list[Mention]) -> list[Mention]:
    """The amounts with a stretch of time written in two units read as one, in the smaller unit ("1 hour 47
    minutes" -> 107 minutes, "2 years and 6 months" -> 30 months)."""
    out: list[Mention] = []
    for m in found:
        prev = out[-1] if out else None
        step = TIME_STEPS.get(prev.fields["unit"]) if prev is not None else None
        if (
            step is not None
            and m.fields["unit"] == step[0]
            and m.fields["value"] < step[1]
            and _COMPOUND_GAP.fullmatch(text, prev.end, m.start)
        ):
            value = prev.fields["value"] * step[1] + m.fields["value"]
            fields = {**prev.fields, "value": value, "unit": step[0], "_number": value, "_scale": None}
            out[-1] = Mention("amount", prev.start, m.end, prev.extractor, fields)
            continue
        out.append(m)
    return out


_SPAN_OPEN = re.compile(
    r"\b(?:over|for|within|during)\s+(?:(?:the|its|their|a|another)\s+)?(?:(?:next|first|further|coming|same)\s+)?$",
    re.IGNORECASE,
)
"""The words before a duration that make it the stretch of time something runs for ("over the next five years",
"for a further three years")."""
_SPAN_TAIL = frozenset(
    {"over", "for", "within", "during", "the", "its", "their", "a", "another", "next", "first", "further", "coming"}
)


def _span_object(obj: str) -> str:
    """The object of a stretch of time read from the words before it: a phrase cut off at its preposition
    ("million over its first", "the hospital for a further") is the period of what comes before a figure's scale
    word, else a period; any other phrase is kept."""
    toks = obj.split()
    if not toks or toks[-1].casefold() not in _SPAN_TAIL and not any(t.casefold() in _SCALE_WORDS for t in toks):
        return obj
    while toks and toks[-1].casefold() in _SPAN_TAIL:
        toks.pop()
    if any(t.casefold() in _SCALE_WORDS or re.search(r"\d", t) for t in toks):
        return "period"  # "£3 million over four years": the period of the sum, which its own object names
    while toks and toks[0].casefold() in ("for", "in", "to", "of", "at", "with"):
        toks.pop(0)
    return f"period of {' '.join(toks)}" if toks else "period"


@lru_cache(maxsize=1)
def _object_before_rules() -> tuple[tuple[re.Pattern, str], ...]:
    qualifier = r"(?:(?:about|some|around|nearly|almost|over|more than|roughly|just over|just under)\s+)?"
    return tuple(
        (re.compile(rf"\b(?:{rx})\s+{qualifier}$", re.IGNORECASE), obj) for rx, obj in table("amount_object_before.tsv")
    )


def _named_before(text: str, lo: int, at: int, end: int) -> str | None:
    """What a count of people is, named by the words before it ("a city of 4.2 million people": its population),
    when the words after it name people only in general or nothing (`amount_object_before.tsv`)."""
    after = re.match(r"\s+([^\W\d_]+)", text[end : end + 30])
    if after and after.group(1).casefold() not in lower_words("amount_people_words.txt"):
        return None
    before = text[lo:at]
    return next((obj for rx, obj in _object_before_rules() if rx.search(before)), None)


_PARTITIVE = frozenset({"of", "of whom", "of which", "of them", "of these", "of those"})
"""Objects that only say a figure is part of something named elsewhere."""
_OF_THEM = re.compile(
    r"\s+of\s+(?:them|these|those)\b(?!\s+(?:\d|(?!(?:were|was|are|is|who|have|had|will|would|in|on|at|by|for|so|"
    r"since|last|this|over|during|from|to|and|but|or|as|with|after|before|until|within|now|already)\b)[a-z]))",
    re.IGNORECASE,
)
"""A part of something named before ("took on 36 of them", "51 of these were new"), not "40 of these patients"."""
_OF_OWN = re.compile(r"\s+of\s+(?:its|their|the|our|his|her|these|those)\s+(?:own\s+)?", re.IGNORECASE)
_WERE = re.compile(r"\s+(?:were|was|are|is)\s+(?:(?:now|still|then)\s+)?", re.IGNORECASE)


def _partitive_object(text: str, end: int, limit: int, obj: str) -> str:
    """What a part counts: the noun of "35 of its consultants", the words of "of whom 4,215 were general
    practitioners"; "51 of them" is "them", which the figure before it names."""
    for cue in (_OF_OWN, _WERE):
        after = cue.match(text, end, limit)
        if after and (named := object_after(text, after.end(), limit)):
            return named
    return "them" if obj.casefold() in ("of them", "of these", "of those") else obj


_SCALE_WORDS = frozenset({"thousand", "million", "billion", "trillion", "bn", "m"})
_BOUND = re.compile(r"(?:over|under|above|below)\s", re.IGNORECASE)


def _age_bound(text: str, m: re.Match, floor: int) -> str | None:
    """The word for people (`amount_age_holders.txt`) before a bound and a plain number under 130, which is their
    age ("residents over 65", "women under 50"), else None."""
    if (
        m.group("cur")
        or m.group("scale")
        or not _BOUND.match(m.group())
        or number_value(m.group("num") or "999") >= 130
    ):
        return None
    word = re.search(r"([A-Za-z]+)\s+$", text[max(floor, m.start() - 20) : m.start()])
    return word.group(1) if word and word.group(1).casefold() in lower_words("amount_age_holders.txt") else None


_AGED = re.compile(r"\baged\s+(?:(?:over|under|above|below|at\s+least|up\s+to|between|from)\s+)?$", re.IGNORECASE)
"""The words before a figure that make it an age ("people aged 65 and over", "adults aged over 70")."""
_PERIOD_WORDS = frozenset({"year", "month", "quarter", "week", "day"})
_COMPARED = re.compile(
    r"\b(?:compared (?:with|to)|against|versus|vs\.?)(?: between| about| around| some| nearly)?\s*$",
    re.IGNORECASE,
)
"""The words before a figure that set it against an earlier figure of its sentence, which counts the same thing."""


_ENUMERATOR = re.compile(r"\)\s")
_PHONE = re.compile(r"(?<![\w.,])(?:(?:\+\d{1,4}[ -]?)?\(?\d{2,5}\)?(?:[ -]\d{2,5}){2,}|\d{4}[ -]\d{4})(?![\w,]|\.\d)")
"""A telephone number: groups of digits separated by spaces or hyphens, three groups or more, or two of four digits
("3582 4102", as eight-digit numbers are written in Hong Kong and Macao)."""


def _day_number(num: str) -> bool:
    """A whole number that can be a day of a month ("17", "03")."""
    return num.isdigit() and 1 <= int(num) <= 31


@lru_cache(maxsize=1)
def _gapped() -> re.Pattern:
    """The words between two items of a gapped list (`gapped_name`); a name may end in a place's level word and stand
    "with" or "at" its figure ("followed by Eastbank district at 51.7 percent")."""
    levels = literals(sorted(level_words()), case_sensitive=True)
    return re.compile(
        r"(?:\s+[a-z][\w'’-]*){0,5}(?:,\s*(?:followed by\s+|then\s+|and\s+|while\s+|ahead of\s+)?|\s+and\s+)"
        r"(?:the\s+)?(?P<name>[A-Z][\w'’.-]*(?:(?:\s+|-)(?:[A-Z][\w'’.-]*|of|for|and|de|the)){0,7}?"
        rf"(?:\s+(?:{levels}))?)(?:\s+(?:with|at))?\s+"
    )


_BARE_AFTER = re.compile(r"\s*(?:[,.;:)]|and\b|or\b|$)")


def gapped_name(text: str, prev_end: int, start: int, end: int) -> tuple[int, int] | None:
    """The span of the name a figure stands with in a list whose verb and noun the first item gave ("Northfield had 45
    clinics, Eastbank 30 and Westbank 12"; "A recorded 14,700 claims, followed by B with 8,300"): the words from the
    figure before (ending at `prev_end`) to this one (`start`, `end`) are at most its noun, a list's comma or "and",
    and a capitalised name, and nothing follows the figure; None otherwise."""
    m = _gapped().fullmatch(text, prev_end, start)
    if m is None or not _BARE_AFTER.match(text, end):
        return None
    return m.span("name")


_OBJECT_BACK = 160
"""Characters before a figure that `object_before` reads (its phrase is at most six words)."""
