"""Key findings: claims that compare or rank, computed from the facts, each with its citations.

A generator looks at one aspect (partnerships by field, the bodies on each side, the largest sums, changes,
time, measure types, places) and returns a `Finding` only when enough facts support it (thresholds below);
it never states what the facts do not hold. Findings are ranked by how many facts support them and
rendered lazily, so citation numbers follow the order a reader meets them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any, Callable, Iterable

from analysis.report import escape, narrate
from analysis.report.amounts import MONEY_UNITS, amount_text, change_pct
from analysis.report.amounts import changes as amount_changes
from analysis.report.select import position_key, text
from analysis.report.sides import TYPE_PLURALS, Body, body, pairing

MIN_PARTNERSHIPS = 3
"""Partnerships with a field needed before their shares are stated."""
MIN_SIDE = 2
"""Bodies of known type needed on a side before that side's leading type is stated."""
MAX_FINDINGS = 8


@dataclass(frozen=True)
class Finding:
    """A claim supported by `support` facts; `render()` writes its sentence (and registers its citations)."""

    topic: str
    support: int
    render: Callable[[], str]


def ranked(found: Iterable[Finding | None], limit: int = MAX_FINDINGS) -> list[Finding]:
    """The findings that were made, most supported first (ties: the order they were generated in)."""
    made = [f for f in found if f is not None]
    order = sorted(range(len(made)), key=lambda i: (-made[i].support, i))
    return [made[i] for i in order[:limit]]


def section_html(findings: list[Finding], empty: str) -> str:
    """The "Key findings" list, rendered in rank order, or one line when no finding is supported."""
    if not findings:
        return f'<section class="key-findings"><p class="empty-note">{escape.html(empty)}</p></section>'
    items = "".join(f"<li>{f.render()}</li>" for f in findings)
    return f'<section class="key-findings"><ul>{items}</ul></section>'


def share_words(k: int, n: int) -> str:
    """ "all three", "four of seven", "12 of 40"."""
    if k == n:
        return f"all {narrate.number_word(n)}" if n > 2 else ("both" if n == 2 else "the one")
    return f"{narrate.number_word(k)} of {narrate.number_word(n)}"


# -- partnerships -------------------------------------------------------------------------------------------
def partnership_fields(report, ps: list[dict[str, Any]], known: dict[str, Body]) -> Finding | None:
    """ "Five of the eight partnerships are in education and training, four of them with a UK university"."""
    fielded = [r for r in ps if text(r.get("field"))]
    counts = Counter(text(r["field"]) for r in fielded)
    if len(fielded) < MIN_PARTNERSHIPS:
        return None
    top, k = sorted(counts.items(), key=lambda x: (-x[1], x[0]))[0]
    if k < 2 or top == "other":
        return None
    mine = [r for r in fielded if text(r["field"]) == top]

    def render() -> str:
        uni = [
            r
            for r in mine
            if any(body(p, known).side == "UK" and body(p, known).org_type == "university" for p in r["_parties"])
        ]
        s = (
            f"{share_words(k, len(fielded)).capitalize()} partnerships with a stated field are in "
            f"{escape.html(top)}{report.cite.cite_facts(mine)}"
        )
        if uni:
            s += f", {narrate.number_word(len(uni))} of them with a UK university as a partner"
        rest = sorted(((f, c) for f, c in counts.items() if f != top), key=lambda x: (-x[1], x[0]))
        if rest:
            s += f"; next come {escape.html(rest[0][0])} ({narrate.number_word(rest[0][1])})"
        return s + "."

    return Finding("fields", len(fielded), render)


def sides_pairing(report, ps: list[dict[str, Any]], known: dict[str, Body]) -> Finding | None:
    """ "Six of the nine partnerships join a UK and a Chinese party; three are between Chinese bodies only"."""
    if len(ps) < 2:
        return None
    kinds = [pairing({body(p, known).side for p in r["_parties"]}) for r in ps]
    counts = Counter(kinds)
    cross = [r for r, k in zip(ps, kinds) if k == "UK–China"]
    if not cross and not counts.get("China only"):
        return None

    def render() -> str:
        parts = []
        if cross:
            verb = "joins" if len(cross) == 1 else "join"
            parts.append(
                f"{share_words(len(cross), len(ps))} partnerships {verb} a UK and a Chinese party"
                f"{report.cite.cite_facts(cross)}"
            )
        china = [r for r, k in zip(ps, kinds) if k == "China only"]
        if china:
            parts.append(
                f"{narrate.number_word(len(china))} {'is' if len(china) == 1 else 'are'} between Chinese "
                f"bodies only{report.cite.cite_facts(china)}"
            )
        unknown = counts.get("other", 0)
        if unknown:
            parts.append(f"{narrate.number_word(unknown)} involve a party whose side the text does not state")
        return narrate.sentence("; ".join(parts))

    return Finding("sides", len(ps), render)


def side_types(report, bodies_in_scope: list[Body]) -> Finding | None:
    """ "On the UK side the bodies named are mostly universities (five of eight); on the Chinese side, hospitals"."""
    parts: list[tuple[str, str, int, int, list[Body]]] = []
    for side, label in (("UK", "UK"), ("China", "Chinese")):
        mine = [b for b in bodies_in_scope if b.side == side and b.org_type != "other"]
        if len(mine) < MIN_SIDE:
            continue
        counts = Counter(b.org_type for b in mine)
        top, k = sorted(counts.items(), key=lambda x: (-x[1], x[0]))[0]
        parts.append((label, top, k, len(mine), [b for b in mine if b.org_type == top]))
    if not parts:
        return None

    def render() -> str:
        out = []
        for label, top, k, n, examples in parts:
            cites = "".join(report.cite.cite_fact(b.fact) for b in examples[:2] if b.fact is not None)
            named = narrate.join([escape.html(b.name) for b in examples[:2]])
            lead = "mostly" if k * 2 > n else "most often"
            out.append(
                f"on the {label} side the bodies named are {lead} {TYPE_PLURALS[top]} "
                f"({share_words(k, n)}, such as {named}{cites})"
            )
        return narrate.sentence("; ".join(out))

    return Finding("side_types", sum(p[3] for p in parts), render)


def most_connected(report, ps: list[dict[str, Any]]) -> Finding | None:
    """ "X has the most partners (five), ahead of Y (three)"."""
    partners: dict[str, set[str]] = {}
    for r in ps:
        for p in r["_parties"]:
            partners.setdefault(p, set()).update(q for q in r["_parties"] if q != p)
    ranking = sorted(partners.items(), key=lambda x: (-len(x[1]), x[0]))
    if len(ranking) < 2 or len(ranking[0][1]) < 2 or len(ranking[0][1]) == len(ranking[1][1]):
        return None
    (top, tp), (second, sp) = ranking[0], ranking[1]
    mine = [r for r in ps if top in r["_parties"]]

    def render() -> str:
        return (
            f"{escape.html(top)}{report.cite.cite_facts(mine, 2)} has the most partners "
            f"({narrate.number_word(len(tp))}), ahead of {escape.html(second)} ({narrate.number_word(len(sp))})."
        )

    return Finding("connected", len(mine), render)


# -- amounts -----------------------------------------------------------------------------------------------
def _where(r: dict[str, Any]) -> str:
    place = text(r.get("place"))
    return f" in {escape.html(place)}" if place else ""


def largest_sums(report, figures: list[dict[str, Any]]) -> Finding | None:
    """ "The largest sum reported is 45 million yuan (hospital investment) in Shenzhen, three times the next"."""
    money = [r for r in figures if text(r.get("unit")) in MONEY_UNITS and r.get("value")]
    by_cur: dict[str, list[dict[str, Any]]] = {}
    for r in money:
        by_cur.setdefault(text(r["unit"]), []).append(r)
    usable = {c: rs for c, rs in by_cur.items() if len(rs) >= 2}
    if not usable:
        return None
    cur = sorted(usable, key=lambda c: (-len(usable[c]), c))[0]
    rs = sorted(usable[cur], key=lambda r: (-r["value"], position_key(r)))
    top, nxt = rs[0], rs[1]

    def render() -> str:
        obj = text(top.get("object"))
        what = f" ({escape.html(obj)})" if obj else ""
        ratio = top["value"] / nxt["value"] if nxt["value"] else 0
        compare = (
            f", {narrate.fmt_number(round(ratio, 1))} times the next largest"
            if ratio >= 1.5
            else ", close to the next largest"
        )
        return (
            f"The largest of {narrate.number_word(len(rs))} sums in {escape.html(cur)} is "
            f"{escape.html(amount_text(top))}{what}{_where(top)}{report.cite.cite_fact(top)}{compare} "
            f"({escape.html(amount_text(nxt))}{report.cite.cite_fact(nxt)})."
        )

    return Finding("sums", len(money), render)


def largest_change(report, figures: list[dict[str, Any]]) -> Finding | None:
    """ "Four figures are reported as changes; the largest is the waiting time, from 30 days to 7 days (−77%)"."""
    changes = amount_changes(figures)
    if len(changes) < 2:
        return None
    top = sorted(changes, key=lambda r: (-abs(change_pct(r)), position_key(r)))[0]

    def render() -> str:
        obj = text(top.get("object"))
        what = f" in {escape.html(obj)}" if obj else ""
        pct = change_pct(top)
        return (
            f"{narrate.count(len(changes), 'figure').capitalize()} are reported as changes; the largest "
            f"is{what}, {escape.html(amount_text(top))} ({pct:+.0f}%){_where(top)}{report.cite.cite_fact(top)}."
        )

    return Finding("changes", len(changes), render)


def figures_by_place(report, figures: list[dict[str, Any]]) -> Finding | None:
    """ "Most figures with a stated place are about Zhuhai (nine of 14)"."""
    placed = [r for r in figures if text(r.get("place"))]
    counts = Counter(text(r["place"]) for r in placed)
    if len(placed) < 3:
        return None
    ranking = sorted(counts.items(), key=lambda x: (-x[1], x[0]))
    top, k = ranking[0]
    if k < 2:
        return None
    mine = [r for r in placed if text(r["place"]) == top]

    def render() -> str:
        s = (
            f"{share_words(k, len(placed)).capitalize()} figures tied to a place are about {escape.html(top)}"
            f"{report.cite.cite_facts(mine, 2)}"
        )
        if len(ranking) > 1:
            s += f"; next is {escape.html(ranking[1][0])} ({narrate.number_word(ranking[1][1])})"
        return s + "."

    return Finding("places", len(placed), render)


# -- time --------------------------------------------------------------------------------------------------
def dated_partnerships(ps: list[dict[str, Any]], dates: list[dict[str, Any]]) -> list[tuple[str, dict[str, Any]]]:
    """(year, partnership) for partnerships whose sentence states a date, earliest first."""
    by_sentence: dict[tuple[str, int], str] = {}
    for d in dates:
        key = (d["doc_id"], d.get("sentence_start"))
        by_sentence.setdefault(key, text(d.get("date"))[:4])
    out = [
        (by_sentence[(r["doc_id"], r.get("sentence_start"))], r)
        for r in ps
        if (r["doc_id"], r.get("sentence_start")) in by_sentence
    ]
    return sorted(out, key=lambda x: (x[0], position_key(x[1])))


def _what(r: dict[str, Any]) -> str:
    ini = text(r.get("initiative"))
    who = narrate.join([escape.html(p) for p in r["_parties"][:3]])
    return f"{escape.html(ini)} ({who})" if ini else who


def partnership_shift(report, ps: list[dict[str, Any]], dates: list[dict[str, Any]]) -> Finding | None:
    """ "The earliest dated partnership (2015) is X, in trade and investment; the latest (2023) is Y, in research"."""
    dated = dated_partnerships(ps, dates)
    if len(dated) < 2 or dated[0][0] == dated[-1][0]:
        return None
    (y1, first), (y2, last) = dated[0], dated[-1]

    def render() -> str:
        def field(r):
            f = text(r.get("field"))
            return f", in {escape.html(f)}" if f else ""

        return (
            f"The earliest dated partnership ({y1}) is {_what(first)}{field(first)}{report.cite.cite_fact(first)}; "
            f"the latest ({y2}) is {_what(last)}{field(last)}{report.cite.cite_fact(last)}."
        )

    return Finding("shift", len(dated), render)


def timeline_span(report, events: list[dict[str, Any]]) -> Finding | None:
    """ "Dated events run from 2015 to 2024; the busiest year is 2024 (eleven of 19)"."""
    years = [text(e.get("date"))[:4] for e in events if text(e.get("date"))]
    if len(years) < 3 or len(set(years)) < 2:
        return None
    counts = Counter(years)
    top = max(counts.values())
    peaks = sorted(y for y, c in counts.items() if c == top)
    ordered = sorted(events, key=lambda e: (text(e["date"]), position_key(e)))

    def render() -> str:
        s = (
            f"Dated events run from {ordered[0]['date'][:4]}{report.cite.cite_fact(ordered[0])} to "
            f"{ordered[-1]['date'][:4]}{report.cite.cite_fact(ordered[-1])}"
        )
        if top > 1 and len(peaks) == 1:
            s += f"; the busiest year is {peaks[0]} ({share_words(top, len(years))})"
        elif top > 1 and len(peaks) <= 3:
            s += f"; the busiest years are {narrate.join(peaks)} ({narrate.number_word(top)} each)"
        return s + "."

    return Finding("time", len(years), render)


# -- themes and articles -----------------------------------------------------------------------------------
def theme_spread(report, themes: list[dict[str, Any]], n_docs: int) -> Finding | None:
    """ "The most widespread theme is primary care, in four of five articles; next is workforce (three)"."""
    if not themes or themes[0]["n_docs"] < 2:
        return None
    top = themes[0]

    def render() -> str:
        s = (
            f"The most widespread theme is {escape.html(top['label'])}, in {share_words(top['n_docs'], n_docs)} "
            f"articles{report.cite.cite_facts(top['rows'], 2)}"
        )
        if len(themes) > 1:
            s += f"; next is {escape.html(themes[1]['label'])} ({narrate.number_word(themes[1]['n_docs'])})"
        return s + "."

    return Finding("themes", top["n_docs"], render)
