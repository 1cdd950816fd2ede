"""An organisation's `org_type` and `jurisdiction`, decided once per canonical entity from its mentions' cues.

Type: the name's head word ("Northfield Royal Infirmary" -> hospital; a department or an office of a stated
owner takes the owner's type), else what the sentence says the body is ("X, a device maker"), else the type of
a stated owner ("the University's Africa Centre" -> university), else "other".
Jurisdiction: the strongest cue level present over all the entity's mentions (`org_cues.LEVELS`: the state a
representation abroad stands for, a registry body, a branch's place, a stated owner, the name, the context, a
list, an international word, the setting), the majority label within it, ties in `schema.JURISDICTIONS` order;
a stated owner counts only when its own jurisdiction is known. No cue: "unknown". Every decision carries its
evidence (the words it was read from).
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Iterable

import pandas as pd

from analysis.extract.org_cues import LEVELS, place_label
from analysis.facts.entities import entity_id
from analysis.facts.schema import JURISDICTIONS, ORG_TYPES
from analysis.resources import words

COLUMNS = ("org_type", "jurisdiction", "attribute_evidence")
_WHAT = {
    "represents": "the state it represents",
    "known": "a well-known body",
    "branch": "where the branch is based",
    "owner": "stated owner",
    "name": "in the name",
    "context": "around the name",
    "list": "a list of names",
    "international": "international word in the name",
    "setting": "the article's setting",
}


def collect(rows: Iterable[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Entity id -> the `org_cues` of its mentions, in row order, from extraction rows."""
    out: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        if r.get("kind") != "organization" or not isinstance(r.get("name"), str):
            continue
        eid = entity_id("organization", r["name"])
        if eid:
            out.setdefault(eid, []).append(dict(r.get("org_cues") or {}))
    return out


def _vote(items: list[tuple[str, str]], order: tuple[str, ...]) -> tuple[str, str]:
    """The most frequent label (ties in `order`), with the evidence of its first item."""
    counts = Counter(label for label, _ in items)
    best = sorted(counts, key=lambda x: (-counts[x], order.index(x) if x in order else len(order), x))[0]
    return best, next(ev for label, ev in items if label == best)


def _type(
    mentions: list[dict[str, Any]], owners: list[tuple[dict[str, Any], tuple[str, str, str, str]]]
) -> tuple[str, str]:
    """(org_type, evidence): the head word of the name, except that a unit whose head reads as government
    ("Department", "Office") takes its stated owner's type (a university's department is a university's); a
    name with no head word takes what the sentence says it is ("X, a medical device maker"), else its owner's
    type, else "other"."""
    heads = [(t[0], t[1]) for t in (m.get("type") for m in mentions) if t]
    owned = [(d[0], f"part of {c['parent']}") for c, d in owners if d[0] != "other"]
    context = [(c[0], f"'{c[1]}'") for m in mentions for c in m.get("type_context") or []]
    if heads:
        org_type, head = _vote(heads, ORG_TYPES)
        if owned and org_type == "government" and head.split()[-1] in words("org_part_heads.txt"):
            return _vote(owned, ORG_TYPES)  # "Eastgate Department" of a university: not a government department
        return org_type, f"head word '{head}'"
    if context:
        return _vote(context, ORG_TYPES)
    if owned:
        return _vote(owned, ORG_TYPES)
    return "other", "no type word in the name"


class _Decider:
    """Decisions for every entity, resolving owners through their own decisions (a cycle counts as no owner)."""

    def __init__(self, cues: dict[str, list[dict[str, Any]]]):
        self.cues = cues
        self.done: dict[str, tuple[str, str, str, str]] = {}
        self.busy: set[str] = set()

    def owners(self, eid: str) -> list[tuple[dict[str, Any], tuple[str, str, str, str]]]:
        out = []
        for mention in self.cues.get(eid, []):
            for c in mention.get("jurisdiction") or []:
                parent = entity_id("organization", c["parent"]) if c.get("parent") else None
                if parent and parent != eid and parent in self.cues and parent not in self.busy:
                    out.append((c, self.decide(parent)))
        return out

    def decide(self, eid: str) -> tuple[str, str, str, str]:
        """(org_type, type evidence, jurisdiction, jurisdiction evidence) of one entity."""
        if eid in self.done:
            return self.done[eid]
        self.busy.add(eid)
        mentions = self.cues.get(eid, [])
        owners = self.owners(eid)
        org_type, type_ev = _type(mentions, owners)
        by_level: dict[str, list[tuple[str, str]]] = {}
        for c, d in owners:
            if d[2] != "unknown":
                by_level.setdefault("owner", []).append((d[2], f"{c['evidence']} ({d[3]})"))
        for m in mentions:
            for c in m.get("jurisdiction") or []:
                if c.get("label"):
                    by_level.setdefault(c["level"], []).append((c["label"], f"'{c['evidence']}'"))
        level = next((lv for lv in LEVELS if by_level.get(lv)), None)
        if level is None:
            jur, jur_ev = "unknown", "no place or jurisdiction cue"
        else:
            jur, ev = _vote(by_level[level], JURISDICTIONS)
            jur_ev = f"{_WHAT[level]}: {ev}"
        self.busy.discard(eid)
        self.done[eid] = (org_type, type_ev, jur, jur_ev)
        return self.done[eid]


def decide(cues: dict[str, list[dict[str, Any]]]) -> dict[str, tuple[str, str, str]]:
    """Entity id -> (org_type, jurisdiction, attribute_evidence), for every entity with mentions."""
    d = _Decider(cues)
    out = {}
    for eid in sorted(cues):
        org_type, type_ev, jur, jur_ev = d.decide(eid)
        out[eid] = (org_type, jur, f"org_type {org_type} from {type_ev}; jurisdiction {jur} from {jur_ev}")
    return out


def apply(facts: pd.DataFrame, decisions: dict[str, tuple[str, str, str]]) -> pd.DataFrame:
    """The facts table with `org_type`, `jurisdiction` and `attribute_evidence` filled on organisation rows, and
    `jurisdiction` on place rows (where the place lies: "Leeds" -> UK; "unknown" when reference data does not
    know it)."""
    df = facts.copy()
    org = df["kind"].eq("organization")
    for i, col in enumerate(COLUMNS):
        vals = [decisions[e][i] if o and e in decisions else None for e, o in zip(df["entity_id"], org)]
        if col == "jurisdiction":
            vals = [
                (place_label(n) or "unknown") if k == "place" and isinstance(n, str) else v
                for v, k, n in zip(vals, df["kind"], df["name"])
            ]
        df[col] = pd.array(vals, dtype="string")
    return df
