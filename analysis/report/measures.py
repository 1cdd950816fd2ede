"""Reform measures in a report (typed by `query.measures`): the cross-border measures (access, recognition,
insurance, staff, devices and drugs, partnerships) each with its key number, and domestic reform by type."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

import pandas as pd

from analysis.query import initiatives, measures
from analysis.report import escape, figures, narrate, phrases
from analysis.report.findings import Finding
from analysis.report.lookup import facts_by_id
from analysis.report.notebook import FULL_TABLE_ROWS, Report, Table
from analysis.resources import read_lines

FINDING_KINDS = 3
"""Cross-border kinds named in the finding, those stated by most articles first (the table lists every kind)."""
MIN_ARTICLES = 1
"""Articles a kind of measure needs to be named in the finding; a kind resting on one article needs a figure or a
sentence that states the measure."""


def _figures(report: Report, rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    ids = [r["figure_fact_id"] for r in rows if r.get("figure_fact_id")]
    if not ids:
        return {}
    return {r["fact_id"]: r for r in report.store.rows(f"SELECT * FROM {report.store.of_ids('figures')}", {"ids": ids})}


TABLE_STATEMENTS = 4
"""Articles' statements of one kind quoted in the table (the most prominent first)."""


FINDING_TOPIC = "cross-border"


def shown_elsewhere(report: Report) -> list[str]:
    """Fact ids of the figures the report shows outside the measures: those the other key findings quote and the
    changes table's (`figures.change_rows`), which a measure does not take as its key number."""
    quoted = [i for i, where in report.quoted.items() if where != FINDING_TOPIC]
    return [*quoted, *(r["fact_id"] for r in figures.change_rows(report)[0])]


def kinds(report: Report, scope: str) -> tuple[list[dict[str, Any]], dict[str, dict], dict[str, dict]]:
    """(kinds of measure of one scope, their key figures by fact id, the facts to cite by id); a figure shown
    elsewhere in the report (`shown_elsewhere`) is no kind's key number."""
    rows = measures.kinds(report.store, scope, shown_elsewhere(report), TABLE_STATEMENTS)
    figs = _figures(report, rows)
    said = [i for r in rows for i in list(r.get("said_ids") or [])[:TABLE_STATEMENTS]]
    facts = facts_by_id(report.store, [r["fact_id"] for r in rows] + said + list(figs))
    return rows, figs, facts


def key_number(fig: dict[str, Any], fact: dict[str, Any] | None = None) -> str:
    """A measure's key number as a reader says it: a count with what it counts ("7 more clinics"), with the count
    its sentence pairs with it (`paired_count`: "58 drugs and 40 devices"), else the figure ("180 yuan", "up 12% to
    300")."""
    number = phrases.figure_text(fig)
    obj = " ".join(str(fig.get("object") or "").split())
    obj = "" if obj.casefold() in ("them", "these", "those") else obj  # "36 of them": what it counts is named before
    if (fig.get("unit") or "count") == "count" and (fig.get("relation") or "value") == "value" and obj:
        pair = paired_count(fact, obj) if fact else None
        return escape.html(f"{number} {obj}" + (f" and {pair}" if pair else ""))
    return escape.html(number)


_PAIRED = re.compile(r"\s+and\s+(\d[\d,]*(?:\.\d+)?)\s+([a-z][\w-]*)(?:\s+([a-z][\w-]*))?")


def paired_count(fact: dict[str, Any], obj: str) -> str | None:
    """The count a sentence sets beside a count and what it counts, joined by "and": "use 58 drugs and 40 devices"
    -> "40 devices" for the count 58 of "drugs" (a key number that leaves out its other half misleads); None when the
    words after "and" are no count of something ("58 drugs and 4 of the hospitals")."""
    sentence, start = fact.get("sentence") or "", fact.get("sentence_start") or 0
    end = (fact.get("end") or 0) - start
    rest = sentence[end:] if 0 < end <= len(sentence) else ""
    counted = re.match(r"\s*" + re.escape(obj), rest)  # what the key number counts, right after it
    m = _PAIRED.match(rest, counted.end()) if counted else None
    if not m or m.group(2) in _function_words():
        return None
    second = m.group(3)
    # a second word is what is counted ("40 medical devices"), not what is said of it ("40 devices registered")
    if not second or second in _function_words() or re.search(r"(?:ed|ing)$", second):
        return f"{m.group(1)} {m.group(2)}"
    return f"{m.group(1)} {m.group(2)} {second}"


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    """Words that end what a count counts: prepositions (`prepositions.txt`), articles, conjunctions, verbs of
    being and having, words that say how many of it ("each", "respectively"), and units of a share or of time
    ("40 percent", "12 years later"): no count of something beside the key number."""
    return frozenset(w.casefold() for w in read_lines("prepositions.txt")) | {
        "and", "or", "but", "the", "a", "an", "of", "were", "was", "are", "is", "had", "have", "has", "will", "more",
        "each", "respectively", "this", "that", "which", "who", "so", "now", "all", "percent", "per", "cent", "times",
        "year", "years", "month", "months", "week", "weeks", "day", "days", "hours", "minutes",
    }  # fmt: skip


def stating(f: dict[str, Any], stated: bool, width: int = 110) -> str:
    """The article's words that state a measure, quoted around its words of statement ("…will be allowed to…") when
    its sentence has them, else around the cited fact; of a line of parts ("Health | Westport widens care"), the
    part that holds them."""
    sentence = f.get("sentence") or ""
    hit = re.search(measures.statement_words(), sentence) if stated else None
    anchor = hit.group() if hit else f.get("text") or ""
    # a headline written after its section's name ("Health | Westport widens care"): the part that holds the words
    sentence = next((part for part in sentence.split(" | ") if anchor and anchor in part), sentence)
    return f"“{escape.html(phrases.around_text(sentence, anchor, width))}”"


def cross_border_finding(report: Report) -> Finding | None:
    """ "Cross-border access: four articles; key number 40 clinics (“Residents of Harbourside can now use 40 clinics
    in Westport…”)[1]. Staff: two articles; key number 300 doctors (“…”)[2].": one short statement per kind that
    has a key number (`measures.kinds`: a figure about the measure, never a count of the place's people), at most
    `FINDING_KINDS`, those stated by most articles first; the other kinds are in the table only. When no kind has a
    key number, the kinds stated by most articles, with their counts. A kind stated by one article only counts when
    a figure backs it or its sentence states it. The figures quoted are marked (`Report.quoted`) so the table does
    not print them again."""
    rows, figs, facts = kinds(report, "cross-border")
    rows = [r for r in rows if r["n"] > MIN_ARTICLES or r.get("figure_fact_id") in figs or r.get("stated")]
    numbered = [r for r in rows if figs.get(r.get("figure_fact_id") or "", {}).get("fact_id") in facts]
    rows = (numbered or rows)[:FINDING_KINDS]
    if not rows:
        return None

    def item(r: dict[str, Any], first: bool) -> str:
        label = escape.html(r["label"] if first else r["label"][:1].upper() + r["label"][1:])
        articles = narrate.count(r["n"], "article")
        fig = figs.get(r.get("figure_fact_id") or "")
        if fig is None or fig["fact_id"] not in facts:
            return f"{label}: {articles}, no figure stated{report.cite.cite_fact(facts[r['fact_id']])}."
        g = facts[fig["fact_id"]]
        report.shown_figures.add(g["fact_id"])
        report.quoted.setdefault(g["fact_id"], FINDING_TOPIC)
        number = key_number(fig, g)
        return f"{label}: {articles}; key number {number} ({phrases.around(g, 90)}){report.cite.cite_fact(g)}."

    def render() -> str:
        return "Cross-border " + " ".join(item(r, i == 0) for i, r in enumerate(rows))

    return Finding("cross-border", render)


TABLE_TOPIC = "measures"


def _quoted_sentences(report: Report) -> set[tuple[str, int]]:
    """(doc_id, sentence_start) of the passages quoted so far (`Report.quoted`)."""
    return {(f["doc_id"], f["sentence_start"]) for f in facts_by_id(report.store, list(report.quoted)).values()}


def statements(report: Report, r: dict[str, Any], facts: dict[str, dict]) -> str:
    """What each article says of a kind of measure, one statement per article (at most `TABLE_STATEMENTS`), each
    cited: every measure of the kind shows, not only the most prominent; a sentence quoted before (a key finding's,
    another kind's) is not printed again, and those printed are marked quoted (`Report.quoted`)."""
    quoted = _quoted_sentences(report)
    ids = [
        i
        for i in list(r.get("said_ids") or [r["fact_id"]])[:TABLE_STATEMENTS]
        if i in facts and (facts[i]["doc_id"], facts[i]["sentence_start"]) not in quoted
    ]
    if not ids:
        return "as quoted in the key findings"
    for i in ids:
        report.quoted.setdefault(i, TABLE_TOPIC)
    regex = measures.statement_words()
    return "; ".join(
        f"{stating(facts[i], bool(re.search(regex, facts[i].get('sentence') or '')))}{report.cite.cite_fact(facts[i])}"
        for i in ids
    )


COLUMNS = [
    ("kind", "Kind of measure"),
    ("articles", "Articles"),
    ("measure", "What the article says"),
    ("number", "Key number"),
    ("source", "Source"),
]


SCHEME_COLUMNS = [
    ("kind", "Kind of measure"),
    ("measure", "What the article says"),
    ("parties", "Parties (where based)"),
    ("number", "Key number"),
    ("dated", "Dated"),
    ("source", "Source"),
]
SCHEME_PARTIES = 4
"""Parties a scheme's row names; the others are counted ("and 3 more")."""


def _number(report: Report, fig: dict[str, Any] | None, f: dict[str, Any] | None, quoted: set[tuple[str, int]]) -> str:
    """A measure's key number cited: alone when its sentence is printed already (quoted by a key finding: "in the
    key findings", or a sentence of `quoted`), else with its own words; "—" without one."""
    if not fig or not f:
        return "—"
    if report.quoted.get(f["fact_id"]) == FINDING_TOPIC:
        return f"{key_number(fig, f)} (in the key findings){report.cite.cite_fact(f)}"
    if (f["doc_id"], f["sentence_start"]) in quoted:
        return f"{key_number(fig, f)}{report.cite.cite_fact(f)}"
    return f"{key_number(fig, f)} ({phrases.around(f, 110)}){report.cite.cite_fact(f)}"


PARTNERSHIPS = "partnerships"
"""The kind of cross-border measure (`cross_border_measures.tsv`) that is a cooperation between bodies."""


def schemes_table(
    report: Report, keep: Callable[[dict[str, Any]], bool] | None = None, skip: list[str] | None = None
) -> Table | None:
    """The cross-border schemes (`query.measures.schemes`), the `top_n` first, one row per article's measure of a
    kind: the sentence that states it, its parties with where each is based, its key number and its date, each
    cited; schemes joining two sides first; every scheme (at most `FULL_TABLE_ROWS`) linked as CSV (`schemes_frame`).
    "access | “Harbourside's elderly will be able to use vouchers at seven Westport clinics” | Harbourside (Hong
    Kong); Westport Clinic (mainland China) | 7 clinics | May 2024". With `keep` (a test of a scheme row: a
    profile's, those one of whose parties is the entity), only those it keeps, and None when none is; `skip`: the
    figures that are no key number (by default those the report shows elsewhere). An article's cooperation between
    the Chinese sides (`query.initiatives.cross_border_groups`) is its initiative, not a scheme again, and so is a
    measure stated by such an initiative's sentence (`query.initiatives.cross_border_statements`)."""
    every = measures.schemes(report.store, shown_elsewhere(report) if skip is None else skip)
    # an article's cooperation between the Chinese sides is its initiative, with the parties and dates the
    # initiatives table shows: not a scheme again
    joint = initiatives.cross_border_groups(report.store, [r["group_id"] for r in every if r["kind"] == PARTNERSHIPS])
    every = [r for r in every if not (r["kind"] == PARTNERSHIPS and r["group_id"] in joint)]
    # and a measure whose sentence states such an initiative ("signed a training agreement with B, under which ...")
    told = initiatives.cross_border_statements(report.store, [r["fact_id"] for r in every])
    every = [r for r in every if r["fact_id"] not in told]
    if keep is None and skip is None:
        report.schemes = every
    if keep is not None:
        every = [r for r in every if keep(r)]
        if not every:
            return None
    # the figures and facts of every row looked up once, for the full table and the rows shown
    listed = every[: max(FULL_TABLE_ROWS, report.top_n)]
    figs = _figures(report, listed)
    facts = facts_by_id(
        report.store,
        [r["fact_id"] for r in listed] + list(figs) + [r["date_fact_id"] for r in listed if r["date_fact_id"]],
    )
    full = schemes_frame(report, every[:FULL_TABLE_ROWS], figs, facts)
    rows = every[: report.top_n]
    regex = measures.statement_words()
    quoted = _quoted_sentences(report)
    out = []
    for r in rows:
        said = facts.get(r["fact_id"])
        if said is None:
            continue
        fig = figs.get(r.get("figure_fact_id") or "")
        f = facts.get(fig["fact_id"]) if fig else None
        if f:
            report.shown_figures.add(f["fact_id"])
        here = (said["doc_id"], said["sentence_start"])
        was_quoted = here in quoted
        report.quoted.setdefault(said["fact_id"], TABLE_TOPIC)
        quoted.add(here)
        who = r["parties"]
        listed = phrases.parties_listed([p["name"] for p in who], [p["jurisdiction"] for p in who], SCHEME_PARTIES)
        when = facts.get(r.get("date_fact_id") or "")
        out.append(
            {
                "kind": escape.html(r["kind"]),
                "measure": (
                    "as quoted above"
                    if was_quoted
                    else stating(said, bool(re.search(regex, said.get("sentence") or "")))
                ),
                "parties": listed or "—",
                "number": _number(report, fig, f, quoted),
                "dated": escape.html(narrate.fmt_date(when["date"])) + report.cite.cite_fact(when) if when else "—",
                "source": report.cite.cite_fact(said),
            }
        )
    return Table(
        out, SCHEME_COLUMNS, "No cross-border measure is reported in these articles.", full=full, name="schemes"
    )


def schemes_frame(
    report: Report,
    rows: list[dict[str, Any]],
    figs: dict[str, dict[str, Any]] | None = None,
    facts: dict[str, dict[str, Any]] | None = None,
) -> pd.DataFrame:
    """Scheme rows of `query.measures.schemes` as plain columns, in their order: the kind, the article, the sentence
    that states it, its parties with where each is based, how many sides they join, its key number and date. `figs`
    and `facts`: the rows' key figures and facts when the caller has looked them up already (`schemes_table`)."""
    if figs is None:
        figs = _figures(report, rows)
    if facts is None:
        facts = facts_by_id(report.store, [r["fact_id"] for r in rows] + [r["date_fact_id"] for r in rows])
    out = []
    for r in rows:
        fig, when = figs.get(r.get("figure_fact_id") or ""), facts.get(r.get("date_fact_id") or "")
        out.append(
            {
                "kind": r["kind"],
                "doc_id": r["doc_id"],
                "statement": " ".join(str((facts.get(r["fact_id"]) or {}).get("sentence") or "").split()),
                "parties": "; ".join(p["name"] for p in r["parties"]),
                "where_based": "; ".join(p["jurisdiction"] or "" for p in r["parties"]),
                "sides_joined": r["n_sides"],
                "key_number": phrases.figure_text(fig) if fig else "",
                "key_number_counts": (fig.get("object") or "") if fig else "",
                "dated": when["date"] if when else "",
            }
        )
    columns = ["kind", "doc_id", "statement", "parties", "where_based", "sides_joined", "key_number",
               "key_number_counts", "dated"]  # fmt: skip
    return pd.DataFrame(out, columns=columns)


def table(report: Report, scope: str) -> Table:
    """Kinds of measure of one scope: the articles stating them, each article's sentence that states the measure
    (`statements`), and its key number in the article's words, cited ("—" when no figure is about the measure;
    marked shown, so the key numbers do not repeat it); a number whose sentence is printed already is given alone
    ("in the key findings" when a finding quotes it)."""
    rows, figs, facts = kinds(report, scope)
    out = []
    for r in rows:
        fig = figs.get(r.get("figure_fact_id") or "")
        f = facts.get(fig["fact_id"]) if fig else None
        if f:
            report.shown_figures.add(f["fact_id"])
        said = facts.get(r["fact_id"])
        measure = statements(report, r, facts)
        # the figure's sentence is printed in this row already (a statement of the kind): the number alone
        same = f is not None and (f["doc_id"], f["sentence_start"]) in _quoted_sentences(report)
        out.append(
            {
                "kind": escape.html(r["label"]),
                "articles": narrate.fmt_number(r["n"]),
                "measure": measure,
                "number": (
                    f"{key_number(fig, f)} (in the key findings){report.cite.cite_fact(f)}"
                    if f and report.quoted.get(f["fact_id"]) == FINDING_TOPIC
                    else f"{key_number(fig, f)}{report.cite.cite_fact(f)}"
                    if f and same
                    else f"{key_number(fig, f)} ({phrases.around(f, 110)}){report.cite.cite_fact(f)}"
                    if f
                    else "—"
                ),
                "source": report.cite.cite_fact(said) if said else "",
            }
        )
    empty = {
        "cross-border": "No cross-border measure is reported in these articles.",
        "domestic": "No domestic reform measure is reported in these articles.",
    }[scope]
    return Table(out, COLUMNS, empty)
