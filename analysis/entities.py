"""Canonical entities across documents: one id per organisation, person or place, shared by its variants.

Variants share an id when they normalise to the same key: case, punctuation, a leading "the", possessive
quotes, and the place variants of reference data (UK/Britain, Macau/Macao, HKSAR/Hong Kong). Acronyms are
already named by their long form by the extractor. Ids are deterministic: "<kind prefix>:<slug of the key>".
"""
from __future__ import annotations

import re
import unicodedata

import pandas as pd

PREFIX = {"organization": "org", "person": "person", "place": "place"}


def entity_key(kind: str, name: str) -> str:
    """The normalised key of a name: variants of one entity share it."""
    s = unicodedata.normalize("NFKC", str(name or "")).replace("’", "'").replace("`", "'")
    if kind == "place":
        from analysis.extract.places import canonical

        s = canonical(s) or s
    s = s.casefold()
    s = re.sub(r"'s\b", "s", s)
    s = re.sub(r"[^\w]+", "-", s).strip("-")
    s = re.sub(r"^the-", "", s)
    return s


def entity_id(kind: str, name: str) -> str | None:
    key = entity_key(kind, name)
    return f"{PREFIX[kind]}:{key}" if key else None


def assign_entity_ids(facts: pd.DataFrame) -> pd.DataFrame:
    """Fill `entity_id` for organisation, person and place rows (other rows keep null)."""
    df = facts.copy()
    mask = df["kind"].isin(list(PREFIX))
    ids = [entity_id(k, n) if m and isinstance(n, str) else None for k, n, m in zip(df["kind"], df["name"], mask)]
    df["entity_id"] = pd.array(ids, dtype="string")
    return df


def _display(names: list[str]) -> str:
    """The most frequent variant, longer and then alphabetical on ties."""
    counts: dict[str, int] = {}
    for n in names:
        counts[n] = counts.get(n, 0) + 1
    return sorted(counts, key=lambda n: (-counts[n], n.startswith(("the ", "The ")), -len(n), n))[0]


def entity_table(facts: pd.DataFrame, n_docs: int | None = None) -> pd.DataFrame:
    """One row per entity: id, kind, display name, variants, documents, document count and mentions."""
    cols = ["entity_id", "kind", "name", "variants", "doc_ids", "n_docs", "mentions"]
    if facts is None or facts.empty:
        return pd.DataFrame(columns=cols)
    df = facts if "entity_id" in facts and facts["entity_id"].notna().any() else assign_entity_ids(facts)
    df = df[df["kind"].isin(list(PREFIX)) & df["entity_id"].notna()]
    rows = []
    for eid, g in df.groupby("entity_id", sort=True):
        names = [str(n) for n in g["name"].dropna()]
        texts = [re.sub(r"\s+", " ", str(t)) for t in g["text"].dropna()]
        rows.append({
            "entity_id": eid, "kind": g["kind"].iloc[0], "name": _display(names),
            "variants": sorted(set(names) | set(texts)), "doc_ids": sorted(set(g["doc_id"].astype(str))),
            "n_docs": g["doc_id"].nunique(), "mentions": len(g),
        })
    out = pd.DataFrame(rows, columns=cols)
    out = out.sort_values(["mentions", "name", "entity_id"], ascending=[False, True, True], kind="mergesort")
    return out.reset_index(drop=True)
