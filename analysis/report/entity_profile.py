"""Content of the entity profile: where one organisation, person or place appears and what is said around it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import matplotlib.pyplot as plt
import pandas as pd

from analysis.facts.entities import ENTITY_KINDS
from analysis.report import amounts, entities, escape, narrate, partnerships, people, quotes, select, timeline
from analysis.report.select import text
from analysis.report.sides import bodies

ROWS = 5
"""Most rows of a profile's tables, whatever `top_n`: a profile stays a few pages long (full tables are CSV)."""
KIND_WORDS = {"organization": "organisation", "person": "person", "place": "place"}


@dataclass
class Profile:
    key: str
    kind: str
    name: str
    variants: list[str]
    rows: list[dict[str, Any]]  # the entity's own facts, in article order
    doc_ids: list[str]
    context: pd.DataFrame = field(default_factory=pd.DataFrame)  # every fact of the sentences that mention it


def candidates(facts: pd.DataFrame, kind: str = "") -> list[dict[str, Any]]:
    """Entities of the corpus (of one kind, or all), most widespread first."""
    out = []
    for k in [kind] if kind else ENTITY_KINDS:
        for e in entities.entity_counts(facts, k):
            out.append(dict(e, kind=k))
    out.sort(key=lambda e: (-e["n_docs"], -e["mentions"], e["name"].lower(), e["key"]))
    return out


def resolve(facts: pd.DataFrame, entity: str = "", kind: str = "") -> dict[str, Any] | None:
    """The entity named by `entity` (entity_id, name or variant, case-insensitive); the most widespread when empty."""
    cands = candidates(facts, kind)
    if not cands:
        return None
    if not entity:
        return cands[0]
    want = " ".join(entity.split()).lower()
    for test in (
        lambda e: e["key"].lower() == want,
        lambda e: e["name"].lower() == want,
        lambda e: want in [v.lower() for v in e["variants"]],
    ):
        for e in cands:
            if test(e):
                return e
    return None


def build(facts: pd.DataFrame, entity: dict[str, Any]) -> Profile:
    """Profile of a resolved entity: its facts, the articles and the facts of the sentences that mention it."""
    rows = entity["rows"]
    sentences = {(r["doc_id"], r.get("sentence_start")) for r in rows if r.get("sentence_start") is not None}
    ctx = facts.iloc[0:0]
    if len(facts) and sentences:
        keys = list(zip(facts["doc_id"], facts["sentence_start"]))
        ctx = facts[[(d, None if s is pd.NA else int(s)) in sentences for d, s in keys]]
    return Profile(entity["key"], entity["kind"], entity["name"], entity["variants"], rows, entity["doc_ids"], ctx)


def related_partnerships(facts: pd.DataFrame, p: Profile) -> list[dict[str, Any]]:
    """Partnerships that list the entity (any of its forms) among their parties, or that sit in its sentences."""
    forms = {v.lower() for v in p.variants} | {p.name.lower()}
    ctx_ids = set(p.context["fact_id"]) if len(p.context) else set()
    return [
        r
        for r in partnerships.partnerships(facts)
        if forms & {x.lower() for x in r["_parties"]} or r.get("fact_id") in ctx_ids
    ]


def related_quotes(facts: pd.DataFrame, p: Profile) -> list[dict[str, Any]]:
    """Quotes by the person, or in sentences that mention the entity."""
    forms = {v.lower() for v in p.variants} | {p.name.lower()}
    ctx_ids = set(p.context["fact_id"]) if len(p.context) else set()
    return [r for r in quotes.quotes(facts) if text(r.get("speaker")).lower() in forms or r.get("fact_id") in ctx_ids]


_A_TYPE = {
    "university": "a university",
    "hospital": "a hospital",
    "government": "a government body",
    "company": "a company",
    "association": "an association",
    "other": "a body",
}


def role_sentence(report, facts: pd.DataFrame, p: Profile) -> str:
    """What the entity does in the corpus, in computed sentences: for an organisation its type and where it is
    based; its partnerships by field and its most frequent partner; the figures stated in sentences that mention
    it ("" when the facts hold none of these)."""
    out = []
    name = escape.html(p.name)
    if p.kind == "organization":
        b = bodies(facts).get(p.name)
        if b is not None and (b.org_type != "other" or b.jurisdiction not in ("unknown", "other")):
            where = f" based in {escape.html(b.jurisdiction)}" if b.jurisdiction not in ("unknown", "other") else ""
            out.append(f"{name} is {_A_TYPE[b.org_type]}{where}{report.cite.cite_fact(b.fact)}.")
    forms = {v.lower() for v in p.variants} | {p.name.lower()}
    ps = related_partnerships(facts, p)
    if ps:
        party = [r for r in ps if forms & {x.lower() for x in r["_parties"]}]
        fields = Counter(text(r.get("field")) for r in ps if text(r.get("field")))
        partners = Counter(q for r in party for q in r["_parties"] if q.lower() not in forms)
        if party:
            s = f"{name} is a party to {narrate.count(len(party), 'partnership')}{report.cite.cite_facts(party, 2)}"
        else:
            s = (
                f"Sentences that mention {name} report {narrate.count(len(ps), 'partnership')}"
                f"{report.cite.cite_facts(ps, 2)}"
            )
        if fields:
            top, k = sorted(fields.items(), key=lambda x: (-x[1], x[0]))[0]
            share = "" if len(ps) == 1 else "all " if k == len(ps) else f"{narrate.number_word(k)} of them "
            s += f", {share}in {escape.html(top)}"
        if partners:
            mate, m = sorted(partners.items(), key=lambda x: (-x[1], x[0]))[0]
            s += f"; its most frequent partner is {escape.html(mate)} ({narrate.times(m)})"
        out.append(s + ".")
    figures = [r for r in amounts.amounts(p.context) if text(r.get("object"))]
    if figures:
        top = sorted(figures, key=lambda r: (text(r.get("unit")) not in amounts.MONEY_UNITS, -r["value"]))[0]
        out.append(
            f"Sentences that mention {name} state {narrate.count(len(figures), 'figure')}, among them "
            f"{escape.html(amounts.amount_text(top, with_object=True))}{report.cite.cite_fact(top)}."
        )
    return " ".join(out)


def summary_html(report, p: Profile) -> str:
    """ "X[1] is an organisation that appears in 3 of 5 articles, 7 times; also written as …"."""
    n = len(report.corpus.documents)
    first = p.rows[0]
    out = [
        f"{escape.html(p.name)}{report.cite.cite_fact(first)} is {'an' if p.kind == 'organization' else 'a'} "
        f"{KIND_WORDS[p.kind]} that appears in {narrate.share(len(p.doc_ids), n, 'article')}, "
        f"{narrate.times(len(p.rows))} in all."
    ]
    others = [v for v in p.variants if v != p.name]
    if others:
        marks = []
        for v in others[:6]:
            r = next(r for r in p.rows if text(r.get("name")) == v)
            marks.append(escape.html(v) + report.cite.cite_fact(r))
        out.append(f"It is also written as {narrate.join(marks, 'or')}.")
    if p.kind == "person":
        roles = []
        for r in p.rows:
            desc = people.person_description(r)
            if desc and desc not in [x[0] for x in roles]:
                roles.append((desc, r))
        if roles:
            items = [escape.html(d) + report.cite.cite_fact(r) for d, r in roles[:4]]
            out.append(
                f"The articles give {'the position' if len(items) == 1 else 'the positions'} "
                f"{narrate.join(items, 'and', sep='; ')}."
            )
    evs = timeline.events(p.context)
    if evs:
        first, last = evs[0], evs[-1]
        if text(first["date"]) == text(last["date"]):
            when = f"{narrate.fmt_date(text(first['date']))}{report.cite.cite_fact(first)}"
            out.append(f"The dates stated in sentences that mention it are all {when}.")
        else:
            out.append(
                f"Dates stated in sentences that mention it run from {narrate.fmt_date(text(first['date']))}"
                f"{report.cite.cite_fact(first)} to {narrate.fmt_date(text(last['date']))}"
                f"{report.cite.cite_fact(last)}."
            )
    return " ".join(out)


def people_of(report, facts: pd.DataFrame, p: Profile, top_n: int) -> list[dict[str, Any]]:
    """For an organisation: people whose stated affiliation is one of its forms."""
    forms = {v.lower() for v in p.variants} | {p.name.lower()}
    rows = [r for r in select.records(select.of_kind(facts, "person")) if text(r.get("affiliation")).lower() in forms]
    rows.sort(key=select.position_key)
    out, seen = [], set()
    for r in rows:
        if text(r["name"]) in seen:
            continue
        seen.add(text(r["name"]))
        out.append(
            {
                "name": escape.html(text(r["name"])),
                "role": escape.html(text(r.get("role"))) or "—",
                "doc_id": f"<code>{escape.html(r['doc_id'])}</code>",
                "source": report.cite.cite_fact(r),
            }
        )
    return out[:top_n]


def mention_rows(report, p: Profile, top_n: int) -> list[dict[str, Any]]:
    """One row per article, those that mention the entity most first (at most `top_n` and `ROWS`): how often,
    in which forms, the first passage cited."""
    by_doc = {d: [r for r in p.rows if r["doc_id"] == d] for d in p.doc_ids}
    ranked = sorted(by_doc, key=lambda d: (-len(by_doc[d]), d))[: min(top_n, ROWS)]
    return [
        {
            "doc_id": f"<code>{escape.html(d)}</code>",
            "mentions": narrate.fmt_number(len(by_doc[d])),
            "forms": escape.html("; ".join(sorted({text(r.get("name")) for r in by_doc[d]}))),
            "source": report.cite.cite_facts(by_doc[d], limit=1),
        }
        for d in ranked
    ]


MENTION_COLUMNS = [("doc_id", "Article"), ("mentions", "Mentions"), ("forms", "Written as"), ("source", "Source")]


def mentions_chart(p: Profile, top_n: int = 10):
    """Bars: mentions of the entity in the `top_n` articles that mention it most; returns the figure and the
    plotted numbers."""
    data = pd.DataFrame(
        [{"doc_id": d, "mentions": sum(1 for r in p.rows if r["doc_id"] == d)} for d in p.doc_ids],
        columns=["doc_id", "mentions"],
    )
    data = data.sort_values(["mentions", "doc_id"], ascending=[False, True], kind="mergesort").head(top_n)
    data = data.iloc[::-1].reset_index(drop=True)
    fig, ax = plt.subplots(figsize=(8.0, max(2.0, 0.45 * len(data) + 1.2)))
    ax.barh([escape.mpl(d) for d in data["doc_id"]], data["mentions"], color="#613583")
    ax.set_xlabel("Mentions")
    ax.set_ylabel("Article (doc_id)")
    ax.set_title(escape.mpl(narrate.shorten(f"Mentions of {p.name} per article", 80)))
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.grid(axis="y", visible=False)
    fig.tight_layout()
    return fig, data


def not_found_text(entity: str, facts: pd.DataFrame, kind: str = "") -> str:
    """One line for an entity that is not in the corpus (or a corpus without entities)."""
    if not len(select.of_kind(facts, *([kind] if kind else ENTITY_KINDS))):
        return "The corpus has no extracted organisations, people or places to profile."
    return f"No organisation, person or place called {entity!r} appears in the corpus."


def _subset(facts: pd.DataFrame, rows: list[dict[str, Any]]) -> pd.DataFrame:
    ids = {r.get("fact_id") for r in rows}
    return facts[facts["fact_id"].isin(ids)] if len(facts) else facts


def select_profile(report) -> tuple[pd.DataFrame, Profile | None]:
    """The facts within the report's date limits and the profile its `entity`/`entity_kind` parameters name."""
    facts = select.filter_dates(report.facts, report.params.get("date_from", ""), report.params.get("date_to", ""))
    e = resolve(facts, report.params.get("entity", ""), report.params.get("entity_kind", ""))
    p = build(facts, e) if e else None
    if p is not None and not report.params.get("title"):
        report.params["title"] = f"Profile: {p.name}"
    return facts, p


def role_rows(report, facts: pd.DataFrame, p: Profile, top_n: int) -> list[dict[str, Any]]:
    """A person's stated roles; an organisation's people; nothing for a place."""
    top_n = min(top_n, ROWS)
    if p.kind == "person":
        return people.people_rows(report, _subset(facts, p.rows), top_n)
    if p.kind == "organization":
        return people_of(report, facts, p, top_n)
    return []


def role_columns(p: Profile) -> list[tuple[str, str]]:
    if p.kind == "person":
        return people.PEOPLE_COLUMNS
    return [("name", "Name"), ("role", "Role"), ("doc_id", "Article"), ("source", "Source")]


def partnership_rows(report, facts: pd.DataFrame, p: Profile, top_n: int) -> list[dict[str, Any]]:
    top_n = min(top_n, ROWS)
    return partnerships.partnership_rows(report, _subset(facts, related_partnerships(facts, p)), top_n)


def quote_rows(report, facts: pd.DataFrame, p: Profile, top_n: int) -> list[dict[str, Any]]:
    top_n = min(top_n, ROWS)
    return quotes.quote_rows(report, _subset(facts, related_quotes(facts, p)), top_n)
