"""Canonical entities across documents: one id per organisation, person or place, shared by its variants.

Variants share an id when they normalise to the same key: case, punctuation, a leading "the", possessive
quotes, and the place variants of reference data (UK/Britain, Macau/Macao, HKSAR/Hong Kong). Acronyms are
already named by their long form by the extractor. Ids are deterministic: "<kind prefix>:<slug of the key>".

One ranking serves every use (profiles to build, tables, sentences): most articles first, then most
mentions, then name; one display-name rule picks the form shown.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache
from typing import Iterable

import pandas as pd

from analysis.extract.gazetteer import canonical
from analysis.facts.schema import JURISDICTIONS
from analysis.resources import table

PREFIX = {"organization": "org", "person": "person", "place": "place"}
ENTITY_KINDS = tuple(PREFIX)
COLUMNS = ["entity_id", "kind", "name", "variants", "doc_ids", "n_docs", "mentions"]
DOC_IDS_LISTED = 250
"""Articles listed in an entity's `doc_ids` (the first by doc_id; `n_docs` counts them all): a cell a spreadsheet
opens (at most 32,767 characters) and a row of bounded size, though a place may be named in a million articles."""
ATTRIBUTES = ("org_type", "jurisdiction", "attribute_evidence")
"""Organisation attributes decided per entity (`attributes`; a generic name's jurisdiction per article); null for
people and places."""


def entity_key(kind: str, name: str) -> str:
    """The normalised key of a name: variants of one entity share it."""
    s = unicodedata.normalize("NFKC", str(name or "")).replace("’", "'").replace("`", "'")
    if kind == "place":
        s = canonical(s) or s
    elif kind == "organization":
        s = _level_first(s)
    s = s.casefold()
    s = re.sub(r"'s\b", "s", s)
    s = re.sub(r"[^\w]+", "-", s).strip("-")
    s = re.sub(r"^the-", "", s)
    return s


@lru_cache(maxsize=1)
def _level_adjectives() -> dict[str, str]:
    """Noun of a level of local government -> its adjective (`org_local_words.tsv`: Province -> Provincial)."""
    by_level: dict[str, list[str]] = {}
    for word, level in table("org_local_words.tsv"):
        by_level.setdefault(level, []).append(word)
    out = {}
    for forms in by_level.values():
        adjectives = [w for w in forms if w.endswith("al")]
        if len(forms) == 2 and len(adjectives) == 1:
            out[next(w for w in forms if w != adjectives[0])] = adjectives[0]
    return out


@lru_cache(maxsize=1)
def _level_last() -> re.Pattern:
    """A name written "<head> of <place> <level noun>" ("Health Commission of Kelby Province")."""
    nouns = "|".join(map(re.escape, _level_adjectives())) or "(?!)"
    return re.compile(rf"(.+?) of (?:the )?(.+?) ({nouns})")


def _level_first(name: str) -> str:
    """A body's name with its place and level written first, as the other usual order writes it: "Health Commission
    of Kelby Province" -> "Kelby Provincial Health Commission", when Kelby is a place of reference data."""
    m = _level_last().fullmatch(name)
    if m is None or canonical(m.group(2)) is None:
        return name
    return f"{m.group(2)} {_level_adjectives()[m.group(3)]} {m.group(1)}"


def entity_id(kind: str, name: str) -> str | None:
    key = entity_key(kind, name)
    return f"{PREFIX[kind]}:{key}" if key else None


def assign_entity_ids(facts: pd.DataFrame) -> pd.DataFrame:
    """Fill `entity_id` for organisation, person and place rows (other rows keep null), and `party_ids` for
    partnerships (see `party_ids`)."""
    df = facts.copy()
    mask = df["kind"].isin(ENTITY_KINDS)
    ids = [entity_id(k, n) if m and isinstance(n, str) else None for k, n, m in zip(df["kind"], df["name"], mask)]
    df["entity_id"] = pd.array(ids, dtype="string")
    if "party_ids" in df.columns:
        df["party_ids"] = party_ids(df)
    return df


def party_ids(df: pd.DataFrame) -> list[list[str] | None]:
    """Entity ids of each partnership's parties: a party named as a place in its article (a state or city
    government) takes the place's id, any other the organisation's ("Westmoor" and "Westmoor University")."""
    places = {(d, n) for d, k, n in zip(df["doc_id"], df["kind"], df["name"]) if k == "place" and isinstance(n, str)}
    orgs = {(d, n) for d, k, n in zip(df["doc_id"], df["kind"], df["name"]) if k == "organization"}
    out: list[list[str] | None] = []
    for d, k, parties in zip(df["doc_id"], df["kind"], df["parties"]):
        if k != "partnership" or parties is None or (isinstance(parties, float) and parties != parties):
            out.append(None)
            continue
        kind = ["place" if (d, p) in places and (d, p) not in orgs else "organization" for p in parties]
        out.append([entity_id(kd, p) or "" for kd, p in zip(kind, parties)])
    return out


def display_name(names: Iterable[str]) -> str:
    """The form to show: the most frequent, then one without a leading "the", then the longest, then alphabetical."""
    counts = Counter(names)
    return sorted(counts, key=lambda n: (-counts[n], n.startswith(("the ", "The ")), -len(n), n))[0]


def rank_key(n_docs: int, mentions: int, name: str, eid: str) -> tuple:
    """The one ranking of entities: most articles, then most mentions, then name, then id."""
    return (-n_docs, -mentions, name.casefold(), eid)


def entity_table(facts: pd.DataFrame) -> pd.DataFrame:
    """One row per entity, ranked: id, kind, display name, variants, documents (the first `DOC_IDS_LISTED`),
    document count and mentions, then the organisation attributes."""
    columns = COLUMNS + list(ATTRIBUTES)
    if facts is None or facts.empty:
        return pd.DataFrame(columns=columns)
    df = facts if "entity_id" in facts and facts["entity_id"].notna().any() else assign_entity_ids(facts)
    df = df[df["kind"].isin(ENTITY_KINDS) & df["entity_id"].notna() & df["name"].notna()]
    rows = []
    for eid, g in df.groupby("entity_id", sort=True):
        names = [str(n) for n in g["name"]]
        texts = [re.sub(r"\s+", " ", str(t)) for t in g["text"].dropna()]
        rows.append(
            {
                "entity_id": eid,
                "kind": g["kind"].iloc[0],
                "name": display_name(names),
                "variants": sorted(set(names) | set(texts)),
                "doc_ids": sorted(set(g["doc_id"].astype(str)))[:DOC_IDS_LISTED],
                "n_docs": g["doc_id"].nunique(),
                "mentions": len(g),
                **_attributes(g),
            }
        )
    rows.sort(key=lambda r: rank_key(r["n_docs"], r["mentions"], r["name"], r["entity_id"]))
    return pd.DataFrame(rows, columns=columns)


def _attributes(group: pd.DataFrame) -> dict[str, str | None]:
    """The entity's attributes: those of its rows with the most frequent jurisdiction (a generic name's differs
    between articles; ties in `JURISDICTIONS` order), from the first such row; None where a column is missing."""
    if "jurisdiction" not in group:
        return {a: _first(group, a) for a in ATTRIBUTES}
    counts = Counter(str(v) for v in group["jurisdiction"].dropna())
    if not counts:
        return {a: _first(group, a) for a in ATTRIBUTES}
    order = {j: i for i, j in enumerate(JURISDICTIONS)}
    best = sorted(counts, key=lambda j: (-counts[j], order.get(j, len(order)), j))[0]
    rows = group[group["jurisdiction"].astype("string").eq(best).fillna(False).astype(bool)]
    return {a: _first(rows, a) for a in ATTRIBUTES}


def _first(group: pd.DataFrame, column: str) -> str | None:
    """The first non-null value of a column in a group of rows, or None."""
    if column not in group:
        return None
    vals = group[column].dropna()
    return str(vals.iloc[0]) if len(vals) else None
