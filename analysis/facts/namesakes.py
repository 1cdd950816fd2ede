"""Namesakes: two people of one name in different articles, each stated to belong to a different body, are two
people ("Dr Ann Lee, dean at Westbrook University" and "Ann Lee, chief executive of Kestrel Biotech").

A person's entity id is their name's key, so articles that name them share it. Where the articles that give a
person of that name an affiliation give bodies that share no word of their own (`attributes.own_words`: "Westbrook
University" and "Westbrook University's School of Nursing" share "westbrook", so they are one body's people), the id
in each of those articles is qualified by the body ("person:ann-lee@kestrel-biotech"); an article that gives no
affiliation keeps the plain id (it could be either). Where no article gives one, roles that share no word of their
own stand for bodies ("head of the Tarn district government" and "a family physician in Kelby" are two people). A
journalist of the name, given only a newsroom post (`newsroom_roles.txt`: the byline's "reporter"), is another
person than one given a body or another post. One
affiliation and one role per person and article are kept (the first stated), so the state grows with the people,
not the mentions.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Iterable

import pandas as pd

from analysis.extract.people import newsroom_roles
from analysis.facts.attributes import own_words
from analysis.facts.entities import entity_id, entity_key
from analysis.resources import lower_words


def collect(
    rows: Iterable[dict[str, Any]], into: dict[str, dict[str, list[str | None]]] | None = None
) -> dict[str, dict[str, list[str | None]]]:
    """Person entity id -> {doc id: [the first affiliation, the first role] stated for them in that article}, from
    extraction rows, folded into `into` when given (batch after batch)."""
    out: dict[str, dict[str, list[str | None]]] = {} if into is None else into
    for r in rows:
        if r.get("kind") != "person" or not isinstance(r.get("name"), str) or not isinstance(r.get("doc_id"), str):
            continue
        aff, role = (v if isinstance(v := r.get(k), str) and v.strip() else None for k in ("affiliation", "role"))
        eid = entity_id("person", r["name"])
        if eid and (aff or role):
            got = out.setdefault(eid, {}).setdefault(r["doc_id"], [None, None])
            got[0], got[1] = got[0] or aff, got[1] or role
    return out


@lru_cache(maxsize=1)
def _not_role_words() -> frozenset[str]:
    """Titles and connectors: words of a role that say nothing of the post."""
    return lower_words("person_titles.txt") | lower_words("org_connectors.txt") | {"at", "in", "a", "an", "to"}


def _role_words(role: str) -> set[str]:
    """The words of a role that say what the post is, without titles and connectors ("Dr; head of the Tarn
    district government" -> head, tarn, district, government)."""
    return {w for w in re.findall(r"[a-z]+", role.casefold()) if w not in _not_role_words()}


def decide(found: dict[str, dict[str, list[str | None]]]) -> dict[tuple[str, str], str]:
    """(person entity id, doc id) -> the id of that article's person, for names whose affiliations fall into two
    bodies or more that share no word of their own (or, where no article gives an affiliation, whose roles do); a
    body named by generic words only joins nobody."""
    out: dict[tuple[str, str], str] = {}
    for eid in sorted(found):
        stated = found[eid]
        # a journalist's byline ("By Ann Lee", "Reporting by Ann Lee") is not the story's Ann Lee of a body or post
        staff = {d for d, (a, r) in stated.items() if not a and r and newsroom_roles(r.split(";"))}
        if staff and len(staff) < len(stated):
            out.update({(eid, d): f"{eid}@newsroom" for d in staff})
            stated = {d: v for d, v in stated.items() if d not in staff}
        docs = {d: a for d, (a, _) in stated.items() if a}
        words_of, key_of = (lambda a: set(own_words(a))), (lambda a: entity_key("organization", a))
        if not docs and len(stated) > 1 and all(r for _, r in stated.values()):
            docs = {d: r for d, (_, r) in stated.items()}
            words_of, key_of = _role_words, (lambda r: entity_key("organization", " ".join(sorted(_role_words(r)))))
        if len(docs) < 2:
            continue
        groups: list[tuple[set[str], str]] = []  # (own words, the group's first key)
        home: dict[str, int] = {}
        for doc in sorted(docs):
            mine = words_of(docs[doc])
            key = key_of(docs[doc])
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
