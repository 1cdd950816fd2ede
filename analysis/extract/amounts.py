"""Amounts: numbers with their scaling word, unit and what they count; ranges and changes give both values.

Numbers that are years, ordinals, section numbers, parts of dates or of names ("Phase 3", "COVID-19") are not
amounts; dates win over bare numbers in the overlap policy.
"""
from __future__ import annotations

import re
from functools import lru_cache

from analysis.extract.lexicon import alternation, table, words
from analysis.extract.nlp import Context, Mention

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


@lru_cache(maxsize=1)
def number_words() -> dict[str, float]:
    return {w.casefold(): float(v) for w, v in table("number_words.tsv")}


@lru_cache(maxsize=1)
def pattern() -> re.Pattern:
    """One amount: qualifier, currency, number, scaling word, unit."""
    cur = "|".join(f"(?:{r})" for r, _ in table("amount_currency_prefix.tsv"))
    scale = "|".join(f"(?:{r})" for r, _ in table("amount_scales.tsv"))
    unit = "|".join(f"(?:{r})" for r, _ in table("amount_units.tsv"))
    nw = "|".join(re.escape(w) for w in sorted(number_words(), key=len, reverse=True))
    lead = alternation("amount_lead.txt")
    return re.compile(
        rf"(?<![\w.,:/-])(?:(?P<lead>{lead}) )?(?P<cur>{cur})?"
        rf"(?:(?P<num>{_DIGITS})|(?P<word>{nw})(?=[ -]))(?![\d,]\d|\.\d|[:/]\d|(?:st|nd|rd|th)\b)"
        rf"(?:[ -]?(?P<scale>{scale}))?(?:[ -]?(?P<unit>{unit}))?",
        re.IGNORECASE,
    )


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
    for r, mult in table("amount_scales.tsv"):
        if re.fullmatch(f"(?:{r})", s.strip(), re.IGNORECASE):
            return float(mult)
    return 1.0


_WORD = re.compile(r"[\w'’-]+|[^\w\s]")


def object_after(text: str, pos: int, limit: int) -> str:
    """The words after an amount that say what it counts, up to a stop word or punctuation."""
    stop = words("amount_stop.txt")
    out = []
    for m in _WORD.finditer(text[pos:limit]):
        w = m.group()
        if not re.match(r"[\w]", w) or w.casefold() in stop or len(out) >= 7:
            break
        out.append(w)
    return " ".join(out)


def object_before(text: str, start: int, pos: int) -> str:
    """The words before an amount (for percentages and money: "an increase of 7.3%")."""
    seg = re.split(r"[,;:()“”\"]", text[start:pos])[-1]
    toks = seg.split()
    while toks and toks[-1].casefold() in words("amount_stop.txt") | {"of", "a", "an", "the", "reached", "reaching", "to", "by"} | set(w.casefold() for w in words("amount_lead.txt")):
        toks.pop()
    return " ".join(toks[-6:])


def _excluded(text: str, m: re.Match, para_start: int) -> bool:
    num = m.group("num")
    word = m.group("word")
    if word and word[0].isupper() and re.match(r"[ -][A-Z]", text[m.end("word"):m.end("word") + 2]):
        return True  # "Ten Thousand Villages": a number word inside a title-case name
    if num is None and not m.group("unit"):
        prev = text[max(para_start, m.start() - 12):m.start()].split()
        return bool(prev) and prev[-1].casefold() in ("the", "these", "those", "both", "all", "its", "their", "our", "one", "of")
    if num is None:
        return False
    plain = num.replace(",", "")
    has_unit = m.group("cur") or m.group("unit") or m.group("scale")
    if re.fullmatch(r"(?:1[89]|20)\d\d", plain) and not has_unit:
        return True  # a year: the dates extractor reads it
    if re.fullmatch(r"0\d+", plain):
        return True  # "01" heading numbers and codes
    s = m.start("num") if not m.group("cur") else m.start()
    before = text[para_start:s]
    if not before.strip() and re.match(r"\s*(?:[A-Z]|[.)、])", text[m.end("num"):m.end("num") + 3]):
        return True  # a section number at the start of a line
    prev = before.split()
    if prev and prev[-1][:1].isupper() and not m.group("unit") and re.match(r"\s*(?:$|\n)", text[m.end():m.end() + 2]) and len(prev) <= 3:
        return True  # "Caption 920" at the end of a short line: a label
    if prev and (prev[-1] in words("number_name_words.txt") or prev[-1].endswith("#")):
        return True
    return False


def extract(ctx: Context) -> list[Mention]:
    """Every amount of a document, with value, unit and object; `value_to` for "from X to Y"."""
    text = ctx.text
    cur_t, unit_t = table("amount_currency_prefix.tsv"), table("amount_units.tsv")
    found: list[tuple[re.Match, float, str]] = []
    for m in pattern().finditer(text):
        ps, pe = ctx.paragraph_at(m.start())
        if _excluded(text, m, ps):
            continue
        base = float(m.group("num").replace(",", "")) if m.group("num") else number_words()[m.group("word").casefold()]
        value = base * _scale_of(m.group("scale"))
        unit = _unit_of(cur_t, m.group("cur")) or _unit_of(unit_t, m.group("unit")) or "count"
        if m.group("word") and unit == "count" and not re.match(r" [A-Za-z]", text[m.end():m.end() + 2]):
            continue
        found.append((m, value, unit))
    out = []
    for i, (m, value, unit) in enumerate(found):
        extractor = "amounts.scaled_number" if m.group("scale") else "amounts.number"
        value_to = None
        nxt = found[i + 1] if i + 1 < len(found) else None
        if nxt and re.fullmatch(r" ?(?:to|-|–|—) ?", text[m.end():nxt[0].start()]):
            if unit == "count" and nxt[2] != "count":
                unit = nxt[2]
            value_to, extractor = nxt[1], "amounts.range"
        ss, se = ctx.sentence_at(m.start())
        pe = max(se, m.end())
        obj = ""
        if unit in ("count", "beds", "hectare", "mu", "square_metre", "km"):
            obj = object_after(text, m.end(), pe)
        if not obj:
            tail = text[m.end():pe]
            if re.match(r" of (?!which)", tail):
                obj = object_after(text, m.end() + 4, pe)
        if not obj:
            obj = object_before(text, min(ss, m.start()), m.start())
        lead = m.group("lead")
        start = m.start("cur") if m.group("cur") else (m.start("num") if m.group("num") else m.start("word"))
        if lead:
            start = m.start()
        out.append(Mention("amount", start, m.end(), extractor,
                           {"value": value, "value_to": value_to, "unit": unit, "object": obj or None}))
    return out
