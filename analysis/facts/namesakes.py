"""Namesakes: two people of one name in different articles, each stated to belong to a different body, are two
people ("Dr Ann Lee, dean at Westbrook University" and "Ann Lee, chief executive of Kestrel Biotech").

A person's entity id is their name's key, so articles that name them share it. Where the articles that give a
person of that name an affiliation give bodies that share no word of their own (`attributes.own_words`: "Westbrook
University" and "Westbrook University's School of Nursing" share "westbrook", so they are one body's people), the id
in each of those articles is qualified by the body ("person:ann-lee@kestrel-biotech"); an article that gives no
affiliation keeps the plain id (it could be either). One affiliation per person and article is kept (the first
stated), so the state grows with the people, not the mentions.
"""

from __future__ import annotations

from typing import Any, Iterable

import pandas as pd

from analysis.facts.attributes import own_words
from analysis.facts.entities import entity_id, entity_key


def collect(rows: Iterable[dict[str, Any]], into: dict[str, dict[str, str]] | None = None) -> dict[str, dict[str, str]]:
    """Person entity id -> {doc id: the first affiliation stated for them in that article}, from extraction rows,
    folded into `into` when given (batch after batch)."""
    out: dict[str, dict[str, str]] = {} if into is None else into
    for r in rows:
        if r.get("kind") != "person" or not isinstance(r.get("name"), str):
            continue
        aff, doc = r.get("affiliation"), r.get("doc_id")
        if isinstance(aff, str) and aff.strip() and isinstance(doc, str):
            eid = entity_id("person", r["name"])
            if eid:
                out.setdefault(eid, {}).setdefault(doc, aff)
    return out


def decide(found: dict[str, dict[str, str]]) -> dict[tuple[str, str], str]:
    """(person entity id, doc id) -> the id of that article's person, for names whose affiliations fall into two
    bodies or more that share no word of their own; a body named by generic words only joins nobody."""
    out: dict[tuple[str, str], str] = {}
    for eid in sorted(found):
        docs = found[eid]
        if len(docs) < 2:
            continue
        groups: list[tuple[set[str], str]] = []  # (own words, the group's first affiliation key)
        home: dict[str, int] = {}
        for doc in sorted(docs):
            mine = set(own_words(docs[doc]))
            key = entity_key("organization", docs[doc])
            at = next((i for i, (w, k) in enumerate(groups) if (w & mine) or (not mine and k == key)), None)
            if at is None:
                groups.append((mine, key))
                at = len(groups) - 1
            else:
                groups[at][0].update(mine)
            home[doc] = at
        if len(groups) > 1:
            for doc, at in home.items():
                out[(eid, doc)] = f"{eid}@{groups[at][1]}"
    return out


def apply(facts: pd.DataFrame, decisions: dict[tuple[str, str], str]) -> pd.DataFrame:
    """The facts table with each namesake's person rows given their article's id (see `decide`)."""
    if not decisions or "entity_id" not in facts:
        return facts
    df = facts.copy()
    docs = df["doc_id"] if "doc_id" in df else pd.Series([None] * len(df), index=df.index)
    df["entity_id"] = pd.array(
        [
            decisions.get((e, d), e) if k == "person" and isinstance(e, str) else e
            for e, d, k in zip(df["entity_id"], docs, df["kind"])
        ],
        dtype="string",
    )
    return df
