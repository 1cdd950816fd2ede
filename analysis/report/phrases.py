"""Phrases a report writes from rows of the query layer: a body with its side, a figure as a reader says it, the
words of an article around a span, a year or a span of years.

Functions return HTML built from escaped text (article text is untrusted), unless their name ends in `_text`.
"""

from __future__ import annotations

import math
from typing import Any, Iterable, Mapping

from analysis.query.actors import SIDES
from analysis.query.scope import CHINA_UK, CHINESE
from analysis.report import escape, narrate
from analysis.resources import table
from analysis.text import ELLIPSIS

TYPE_PLURALS = {
    "university": "universities",
    "hospital": "hospitals",
    "government": "government bodies",
    "company": "companies",
    "association": "associations",
    "other": "other bodies",
}
TYPE_SINGULAR = {
    "university": "a university",
    "hospital": "a hospital",
    "government": "a government body",
    "company": "a company",
    "association": "an association",
    "other": "a body",
}
EXCERPT = 130
"""Characters of a sentence quoted around a figure or a name where a report says what it is about."""


def side_of(jurisdiction: str | None) -> str | None:
    """ "UK" or "China" for a jurisdiction of either side, else None."""
    if jurisdiction in SIDES["UK"]:
        return "UK"
    if jurisdiction in CHINESE:
        return "China"
    return None


def where_based(jurisdiction: str | None) -> str | None:
    """The jurisdiction as a tag a reader understands ("UK", "mainland China", "Hong Kong", "Macao"), or None when
    the facts do not place the body on either side (no tag is better than a guess)."""
    return jurisdiction if side_of(jurisdiction) else None


def in_place(jurisdiction: str) -> str:
    """ "the UK", "mainland China", "Hong Kong": a jurisdiction after "in"."""
    return "the UK" if jurisdiction == "UK" else jurisdiction


def party(name: str, jurisdiction: str | None = None) -> str:
    """ "Northvale University (UK)"; a body the facts do not place, or a place that is its own jurisdiction
    ("Hong Kong"), is named without a tag."""
    tag = where_based(jurisdiction)
    return escape.html(name) + (f" ({escape.html(tag)})" if tag and tag != name else "")


def labels_text(items: list[str]) -> str:
    """Labels joined as a list a reader can parse: "A and B", but "education and training, and research" when
    a label holds "and" itself."""
    if len(items) > 1 and any(" and " in i for i in items):
        return ", ".join(items[:-1]) + ", and " + items[-1]
    return narrate.join(items)


def labels(items: list[str]) -> str:
    """`labels_text` of escaped labels."""
    return labels_text([escape.html(i) for i in items])


def parties_listed(names: list[str], jurisdictions: list[str | None], limit: int) -> str:
    """At most `limit` parties with where each is based, the rest counted, every side named at least once before a
    second party of a side is: four Eastland hospitals and one Westland department show "Westland Department of
    Health (Westland)" among the four named, never hidden in "and 1 more"."""
    firsts = {}
    for i, j in enumerate(jurisdictions):
        firsts.setdefault(where_based(j), i)
    keep = sorted(firsts.values())[:limit]
    keep = sorted(keep + [i for i in range(len(names)) if i not in keep][: limit - len(keep)])
    text = "; ".join(party(names[i], jurisdictions[i]) for i in keep)
    return text + (f"; and {len(names) - len(keep)} more" if len(names) > len(keep) else "")


def parties_by_side(names: list[str], jurisdictions: list[str | None], limit: int = 2, joiner: str = "with") -> str:
    """The parties grouped by where they are based, at most `limit` named per group, the rest counted:
    "Northvale University (UK) with Eastbay Hospital and Harbour City Council (mainland China)"; `joiner` joins
    the first group to the others ("works with": "Northvale University (UK) works with Eastbay Hospital…").
    Parties the facts do not place are counted, not named, when others are placed (a name cut from a list is never
    a lead); the parties counted are given their side when they share one ("with two other partners (mainland
    China)")."""
    groups: dict[str | None, list[str]] = {}
    for n, j in zip(names, jurisdictions):
        groups.setdefault(where_based(j), []).append(n)
    order = [j for j in CHINA_UK if j in groups]
    hidden = [None] * len(groups.get(None, [])) if order else []  # the side of each party counted, not named
    if not order:
        order = [None]
    shown = []
    for j in order:
        mine = groups[j]
        named = narrate.join([escape.html(n) for n in mine[:limit]])
        hidden += [j] * max(0, len(mine) - limit)
        shown.append(named + (f" ({escape.html(j)})" if j and mine[:limit] != [j] else ""))
    rest = len(hidden)
    if joiner.endswith("with"):  # "works with" after one party, "work with" after two
        joiner = joiner.replace("works", "work") if len(groups[order[0]][:limit]) > 1 else joiner
    text = shown[0]
    if len(shown) == 2:
        text += f" {joiner} {shown[1]}"
    elif len(shown) > 2:
        text += f" {joiner} {', '.join(shown[1:-1])}, and {shown[-1]}"
    if rest:
        text += f", with {narrate.count(rest, 'other partner')}"
        if len(set(hidden)) == 1 and hidden[0] is not None:  # "with two other partners (mainland China)"
            text += f" ({escape.html(hidden[0])})"
    return text


def points_text(points: float) -> str:
    """ "+8.6 points", "−2 points", "±0 points": the change of a share in percentage points, to one decimal."""
    x = math.floor(abs(points) * 10 + 0.5) / 10
    sign = "+" if points > 0 else "−" if points < 0 else "±"
    return f"{sign}{narrate.fmt_number(x)} {'point' if x == 1 else 'points'}"


def pct_text(pct: float | None) -> str:
    """ "+83%", "−81%", "+0.8%", "+14.5%" ("" for None): a percent written with one decimal (as articles state
    one) keeps it; a longer one (implied by two levels: 45.4545) is rounded once, to a whole percent from 10 up
    and to one decimal below, halves away from zero."""
    if pct is None:
        return ""
    x = abs(pct)
    if abs(x * 10 - round(x * 10)) > 1e-6:
        x = math.floor(x + 0.5) if x >= 10 else math.floor(x * 10 + 0.5) / 10
    shown = narrate.fmt_number(x)
    return f"{'+' if pct > 0 else '−' if pct < 0 else '±'}{shown}%"


def _direction(pct: float) -> str:
    """ "up 25%", "down 3.5%": a relative change in words, rounded as `pct_text` rounds it."""
    return f"{'up' if pct > 0 else 'down' if pct < 0 else 'unchanged at'} {pct_text(pct)[1:]}"


def qualifier(text: str | None) -> str:
    """The word the article puts before a figure, as a report writes it, with a space ("over " of "over two billion
    pounds", "more than " of "exceeding 5 million yuan"; `amount_lead.tsv`), so a figure shown keeps it; "" when
    there is none or the word says nothing of precision ("a total of")."""
    low = (text or "").casefold()
    found = [r for r in table("amount_lead.tsv") if low.startswith(r[0].casefold() + " ")]
    if not found:
        return ""
    row = max(found, key=lambda r: len(r[0]))
    shown = row[1] if len(row) > 1 else row[0]
    return "" if shown == "-" else f"{shown} "


def figure_text(f: Mapping[str, Any]) -> str:
    """A figure row (`figures`) as a reader writes it: "3,604", "US$1 trillion", "1,200 to 1,500", "from 48 to 88
    (+83%)", "from 48.3% to 56.9% (+8.6 points)" (a share), "up 25% to 1,500" (a level before implied by the
    percentage is not shown), "up 12%"; a change's base
    year (`base_year`) with the level before: "from 40 in 2016 to 60 (+50%)", "up 25% on 2016 to 1,500", "up 20% on
    2019", its month when the text names one ("from 97 in December 2023 to 162", "down 31% since January 2026"); a
    change still to come (`ahead`: a target or a plan, not a change that happened): "planned: from 2.1 to 3
    (+43%)"."""
    text = _figure_words(f)
    return f"planned: {text}" if f.get("ahead") and (f.get("relation") or "value") == "change" else text


def _figure_words(f: Mapping[str, Any]) -> str:
    unit = f.get("unit") or "count"
    before, after, pct = f.get("before"), f.get("after"), f.get("pct")
    relation = f.get("relation") or "value"
    if relation == "range" and before is not None and after is not None:
        return f"{narrate.fmt_amount(before, unit)} to {narrate.fmt_amount(after, unit)}"
    if relation != "change":
        return qualifier(f.get("text")) + narrate.fmt_amount(after if after is not None else f.get("value"), unit)
    change = f" ({pct_text(pct)})" if pct is not None else ""
    if pct is None and unit == "percent" and before is not None and after is not None:
        change = f" ({points_text(after - before)})"  # a share's change: "from 48.3% to 56.9% (+8.6 points)"
    base = f" in {narrate.fmt_date(f['base_month'])}" if f.get("base_month") else ""
    base = base or (f" in {f['base_year']}" if f.get("base_year") else "")
    if before is not None and after is not None and f.get("before_stated", True):
        return f"from {narrate.fmt_amount(before, unit)}{base} to {narrate.fmt_amount(after, unit)}{change}"
    # the base of a change stated as a percentage: its month ("down 31% since January 2026") or its year ("on 2019")
    on = f" since {narrate.fmt_date(f['base_month'])}" if f.get("base_month") else ""
    on = on or (f" on {f['base_year']}" if f.get("base_year") else "")
    if after is not None and unit != "percent" and pct is not None:
        return f"{_direction(pct)}{on} to {narrate.fmt_amount(after, unit)}"
    if after is not None and unit != "percent":
        return f"to {narrate.fmt_amount(after, unit)}{change}"
    if pct is not None:  # "up 19.6% on 2019": a change over several years says so
        return f"{_direction(pct)}{on}"
    delta = f.get("delta")
    return f"a change of {narrate.fmt_amount(delta, unit)}" if delta is not None else narrate.fmt_amount(after, unit)


def change_text(f: Mapping[str, Any]) -> str:
    """`figure_text` of a change with the place it is about: "up 739% on 2017 to 655 in Westport", "down 40% in the
    United Kingdom"; any other figure, or a change with no place, as `figure_text` writes it."""
    text = figure_text(f)
    place = f.get("place")
    if (f.get("relation") or "value") != "change" or not place:
        return text
    the = "the " if place.split()[0] in ("United", "Netherlands", "Philippines") else ""
    return f"{text} in {the}{place}"


def around_text(sentence: str, span: str, width: int = EXCERPT) -> str:
    """The words of `sentence` around the first occurrence of `span`, about `width` characters, cut between words
    and marked "…" where cut; the sentence shortened from its start when the span is not in it."""
    sentence = " ".join((sentence or "").split())
    span = " ".join((span or "").split())
    at = sentence.find(span) if span else -1
    if len(sentence) <= width:
        return sentence
    if at < 0:
        at, span = 0, ""
    context = max(0, (width - len(span)) // 2)
    lo, hi = max(0, at - context), min(len(sentence), at + len(span) + context)
    if hi - lo < width:  # room left on one side goes to the other
        lo, hi = max(0, hi - width), min(len(sentence), lo + width)
    if lo > 0:
        space = sentence.find(" ", lo, at) if at > lo else -1
        lo = space + 1 if space >= 0 else lo
    if hi < len(sentence):
        space = sentence.rfind(" ", at + len(span), hi)
        hi = space if space >= 0 else hi
    text = sentence[lo:hi].strip(" ,;:")
    return (ELLIPSIS if lo > 0 else "") + text + (ELLIPSIS if hi < len(sentence) else "")


def around(fact: Mapping[str, Any], width: int = EXCERPT) -> str:
    """The article's words around a fact, quoted: “…signed a deal worth £5 million with…”."""
    return f"“{escape.html(around_text(fact.get('sentence') or '', fact.get('text') or '', width))}”"


def years_text(first: Any, latest: Any) -> str:
    """ "2015", "2015–2023", or "" when no year is known."""
    if not first:
        return ""
    return str(first) if not latest or latest == first else f"{first}–{latest}"


def type_plural(org_type: str | None, n: int) -> str:
    """ "universities" / "a university" style words for a body type ("one university", "three hospitals")."""
    t = org_type or "other"
    if n == 1:
        return TYPE_SINGULAR[t].split(" ", 1)[1]
    return TYPE_PLURALS[t]


def names(items: Iterable[str]) -> str:
    """Escaped names joined as a reader lists them: "A, B and C"."""
    return narrate.join([escape.html(i) for i in items])


def fact_figure(fact: Mapping[str, Any]) -> dict[str, Any]:
    """An amount fact as a figure row (see `figure_text`): its relation, levels and change as stated, and its own
    words (`text`), so a plain figure keeps the word the article qualifies it with ("up to US$12 million")."""
    t = fact.get("amount_type") or "figure"
    relation = "change" if t.startswith("change") else "range" if t.startswith("range") else "value"
    after = fact.get("value") if relation == "value" else fact.get("value_to")
    if relation == "change" and after is None and t == "change_after":
        after = fact.get("value")
    return {
        "relation": relation,
        "before": fact.get("value_from") if relation != "value" else None,
        "after": after,
        "pct": fact.get("change_pct") if relation == "change" else None,
        "before_stated": t in ("change_before", "range_low"),
        "delta": fact.get("value") if t == "change_difference" else None,
        "unit": fact.get("unit"),
        "value": fact.get("value"),
        "text": fact.get("text"),
    }
