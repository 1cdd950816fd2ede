"""An organisation's `org_type` and `jurisdiction`, decided per canonical entity from its mentions' cues.

Type: the name's head word ("Northfield Royal Infirmary" -> hospital; a department or an office of a stated
owner takes the owner's type), else what the sentence says the body is ("X, a device maker"), else the type of
a stated owner ("the University's Africa Centre" -> university), else "company" (a name of its own words alone).
Jurisdiction: the strongest cue level present over all the entity's mentions (`org_cues.LEVELS`: the state a
representation abroad stands for, a registry body, a branch's place, a stated seat, a stated owner, the name, the
context, the place of its premises, the full name a short form stands for, a word of nationality before a kind of
body the name names, a list, an international word, other bodies named after the same word, the currency of a sum
it contributes, the form of its name, the setting), the majority label within it, ties in `schema.JURISDICTIONS`
order; a stated owner or full name counts only when its own jurisdiction is known. No cue: "unknown". Every decision
carries its evidence (the words it was read from).
A generic name ("the Transport Bureau", "Department of Transport": only head, field and level words, no place and no
proper name) names a different body in each place, so its jurisdiction is decided per article from that article's
mentions, and from the corpus-wide decision only when the article gives no cue but names a place of that
jurisdiction (else "unknown": another article's cue may be about another place's bureau).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any, Iterable

import pandas as pd

from analysis.extract.gazetteer import canonical
from analysis.extract.names import bare, name_words, own_words
from analysis.extract.org_cues import LEVELS, place_label
from analysis.facts.entities import entity_id, entity_key
from analysis.facts.schema import JURISDICTIONS, ORG_TYPES
from analysis.resources import words

COLUMNS = ("org_type", "jurisdiction", "attribute_evidence")
_WHAT = {
    "represents": "the state it represents",
    "known": "a well-known body",
    "branch": "where the branch is based",
    "seat": "the seat the text states",
    "owner": "stated owner",
    "name": "in the name",
    "context": "around the name",
    "site": "where its premises are",
    "short": "the full name it stands for",
    "described": "a word of nationality before a kind of body its name names",
    "voice": "the home the article states in the body's own voice",
    "list": "a list of names",
    "international": "international word in the name",
    "namesake": "another body of the article named after the same word",
    "funds": "the currency of a sum it contributes",
    "form": "the form of its name",
    "setting": "the article's setting",
}


def evidence_words(level: str) -> str:
    """The words a jurisdiction's evidence of one cue level opens with, before the quoted cue ("branch" -> "where
    the branch is based", written "where the branch is based: 'Eastport'"): what a reader of `attribute_evidence`
    matches."""
    return _WHAT[level]


def generic(name: str) -> bool:
    """True for a name that nothing in it ties to one owner (`own_words`: "the Transport Bureau", "Department of
    Transport", "Municipal Transport Bureau"; not "Westbrook Transport Bureau", not "HB")."""
    return bool(name_words(name)) and not own_words(name)


class Tally(dict):
    """Label -> [count, evidence of its first item], in first-seen order: a list of (label, evidence) items folded
    as they come, all a vote needs ([("UK", "'in Leeds'"), ("Macao", "'in Macao'"), ("UK", "'Leeds-based'")] ->
    {"UK": [2, "'in Leeds'"], "Macao": [1, "'in Macao'"]})."""

    __slots__ = ()

    def add(self, label: Any, evidence: str, n: int = 1) -> None:
        """Count `label` `n` more times; its evidence stays that of its first item."""
        if label in self:
            self[label][0] += n
        else:
            self[label] = [n, evidence]

    def vote(self, order: tuple[str, ...]) -> tuple[str, str]:
        """The most frequent label (ties in `order`, then by name), with the evidence of its first item."""
        best = sorted(self, key=lambda x: (-self[x][0], order.index(x) if x in order else len(order), x))[0]
        return best, self[best][1]


Owner = tuple[str, str, str, str]
"""A stated owner cue: (owner's entity id, owner's name, cue level, evidence)."""


class Summary:
    """What one entity's mentions say of its type and jurisdiction, folded mention by mention (`add`), so it grows
    with the distinct cues, not with the mentions: head words and the sentence's type words as `Tally`s of types;
    jurisdiction labels as one `Tally` keyed by (cue level, label); each stated owner cue (`Owner`) with how many
    times it occurs, resolved at the end through the owner's own decision. While every name is `generic`, also
    one summary per article (`docs`, doc id -> `Summary`), which that article's jurisdiction is decided from;
    None once a name is not (or when made with `per_article=False`)."""

    __slots__ = ("heads", "context", "owners", "labels", "docs", "places")

    def __init__(self, per_article: bool = True):
        self.heads = Tally()
        self.context = Tally()
        self.owners: dict[Owner, int] = {}
        self.labels = Tally()
        self.docs: dict[str, Summary] | None = {} if per_article else None
        self.places: Counter[str] | None = None
        """For one article's summary, the jurisdictions of the places the article names, with how many places of
        each (None: not collected)."""

    @classmethod
    def of(cls, mentions: Iterable[dict[str, Any]]) -> Summary:
        """The summary of these mentions, in order."""
        out = cls()
        for m in mentions:
            out.add(m)
        return out

    def add(self, mention: dict[str, Any]) -> None:
        """Fold in one mention: its `org_cues` with its `name` and `doc_id`."""
        if self.docs is not None and not (isinstance(mention.get("name"), str) and generic(mention["name"])):
            self.docs = None  # a name of its own: one decision for the whole corpus
        if mention.get("type"):
            self.heads.add(mention["type"][0], mention["type"][1])
        for c in mention.get("type_context") or []:
            self.context.add(c[0], f"'{c[1]}'")
        for c in mention.get("jurisdiction") or []:
            parent = entity_id("organization", c["parent"]) if c.get("parent") else None
            if parent:
                key = (parent, c["parent"], c.get("level", "owner"), c.get("evidence"))
                self.owners[key] = self.owners.get(key, 0) + 1
            if c.get("label"):
                self.labels.add((c["level"], c["label"]), f"'{c['evidence']}'")
        if self.docs is not None and isinstance(mention.get("doc_id"), str):
            doc = self.docs.get(mention["doc_id"])
            if doc is None:
                doc = self.docs[mention["doc_id"]] = Summary(per_article=False)
            doc.add(mention)


def collect(rows: Iterable[dict[str, Any]], into: dict[str, Summary] | None = None) -> dict[str, Summary]:
    """Entity id -> the `Summary` of its mentions, from extraction rows in order, folded into `into` when given
    (batch after batch), each mention its `org_cues` with its `name` and `doc_id`."""
    out: dict[str, Summary] = {} if into is None else into
    rows = list(rows)
    places: dict[str, Counter[str]] = {}
    for r in rows:
        if r.get("kind") == "place" and isinstance(r.get("name"), str) and isinstance(r.get("doc_id"), str):
            label = place_label(r["name"])
            places.setdefault(r["doc_id"], Counter()).update([label] if label else [])
    for r in rows:
        if r.get("kind") != "organization" or not isinstance(r.get("name"), str):
            continue
        eid = entity_id("organization", r["name"])
        if eid:
            summary = out.get(eid)
            if summary is None:
                summary = out[eid] = Summary()
            summary.add(dict(r.get("org_cues") or {}, name=r["name"], doc_id=r.get("doc_id")))
            doc = (summary.docs or {}).get(r.get("doc_id"))
            if doc is not None:
                doc.places = places.get(r["doc_id"], Counter())
    return out


Resolved = list[tuple[Owner, int, tuple[str, str, str, str]]]
"""Stated owner cues with their counts and the owner's decision (org_type, type evidence, jurisdiction, its
evidence)."""


NO_TYPE_WORD = "no type word in the name: a business's own name"
"""The evidence of the type of a name that holds no word of a kind of body and that nothing around it types: a
name made of its own words alone ("Kestrel", "Tollan Skylink Technology") is a business's, as universities,
hospitals, public bodies and associations name themselves with the word of their kind."""


def _type(s: Summary, owners: Resolved) -> tuple[str, str]:
    """(org_type, evidence): the head word of the name, except that a unit whose head reads as government
    ("Department", "Office") takes its stated owner's type (a university's department is a university's); a
    name with no head word takes what the sentence says it is ("X, a medical device maker"), else its owner's
    type (when the owner's own type was read from a word), else "other" for a body of states (a word of
    `org_international_words.txt`: "World Health Organization"), else "company" (`NO_TYPE_WORD`)."""
    owned = Tally()
    for (_, name, level, evidence), n, d in owners:
        if d[0] != "other" and d[1] != NO_TYPE_WORD:
            owned.add(d[0], evidence if level == "short" else f"part of {name}", n)
    if s.heads:
        org_type, head = s.heads.vote(ORG_TYPES)
        if owned and org_type == "government" and head.split()[-1] in words("org_part_heads.txt"):
            return owned.vote(ORG_TYPES)  # "Eastgate Department" of a university: not a government department
        return org_type, f"head word '{head}'"
    if s.context:
        return s.context.vote(ORG_TYPES)
    if owned:
        return owned.vote(ORG_TYPES)
    intl = s.labels.get(("international", "other"))
    if intl:  # "World Health Organization": a body of states, no business
        return "other", f"international word in the name: {intl[1]}"
    return "company", NO_TYPE_WORD


class _Decider:
    """Decisions for every entity, resolving owners through their own decisions (a cycle counts as no owner)."""

    def __init__(self, cues: dict[str, Summary]):
        self.cues = cues
        self.done: dict[str, tuple[str, str, str, str]] = {}
        self.busy: set[str] = set()
        self.placed: dict[str, set[str]] = {}

    def owners(self, eid: str, s: Summary) -> Resolved:
        out = []
        for owner, n in s.owners.items():
            parent = owner[0]
            if parent != eid and parent in self.cues and parent not in self.busy:
                out.append((owner, n, self.decide(parent)))
        return out

    def decide(self, eid: str) -> tuple[str, str, str, str]:
        """(org_type, type evidence, jurisdiction, jurisdiction evidence) of one entity."""
        if eid in self.done:
            return self.done[eid]
        self.busy.add(eid)
        s = self.cues.get(eid) or Summary()
        owners = self.owners(eid, s)
        org_type, type_ev = _type(s, owners)
        jur, jur_ev = _jurisdiction(s, owners) or ("unknown", "no place or jurisdiction cue")
        self.busy.discard(eid)
        self.done[eid] = (org_type, type_ev, jur, jur_ev)
        return self.done[eid]

    def decide_in(self, eid: str, doc_id: str) -> tuple[str, str, str, str]:
        """The decision for one entity in one article: its jurisdiction from that article's mentions, else the
        corpus-wide one where the article names a place of it and no more places of another home of the name
        (`homes`): "unknown" otherwise (Harbour City's "Health Bureau" in an article naming only Westport, or naming
        Westport four times and Harbour City once when Westport has a Health Bureau too, is not Harbour City's)."""
        whole = self.decide(eid)
        found = self._found_in(eid, doc_id)
        if found is None:
            places = ((self.cues[eid].docs or {}).get(doc_id) or Summary()).places
            if places is not None and not places.get(whole[2]):
                return (whole[0], whole[1], "unknown", f"no cue in this article, which names no place in {whole[2]}")
            rival = sorted((j for j in self.homes(eid) if places and places[j] > places[whole[2]]),
                           key=lambda j: (-places[j], j))  # fmt: skip
            if rival:
                return (whole[0], whole[1], "unknown", f"no cue in this article, which names {rival[0]} most")
            return whole
        return (whole[0], whole[1], found[0], f"{found[1]} in this article")

    def _found_in(self, eid: str, doc_id: str) -> tuple[str, str] | None:
        """(jurisdiction, evidence) from one article's own mentions of a generic name, or None."""
        s = (self.cues[eid].docs or {}).get(doc_id) or Summary()
        self.busy.add(eid)
        found = _jurisdiction(s, self.owners(eid, s))
        self.busy.discard(eid)
        return found

    def homes(self, eid: str) -> set[str]:
        """The jurisdictions articles place a generic name in by their own cues (computed once per entity)."""
        if eid not in self.placed:
            found = (self._found_in(eid, d) for d in sorted(self.cues[eid].docs or ()))
            self.placed[eid] = {f[0] for f in found if f is not None and f[0] != "unknown"}
        return self.placed[eid]


def _jurisdiction(s: Summary, owners: Resolved) -> tuple[str, str] | None:
    """(jurisdiction, evidence) from the strongest cue level present, or None without any cue; within a level,
    stated owners' items come before the labels' (the first item's evidence is the one shown)."""
    by_level: dict[str, Tally] = {}
    for (_, _, level, evidence), n, d in owners:
        if d[2] != "unknown":
            by_level.setdefault(level, Tally()).add(d[2], f"{evidence} ({d[3]})", n)
    for (level, label), (n, evidence) in s.labels.items():
        by_level.setdefault(level, Tally()).add(label, evidence, n)
    level = next((lv for lv in LEVELS if by_level.get(lv)), None)
    if level is None:
        return None
    jur, ev = by_level[level].vote(JURISDICTIONS)
    return jur, f"{_WHAT[level]}: {ev}"


Decision = tuple[str, str, str]
"""(org_type, jurisdiction, attribute_evidence)."""


def _row(d: tuple[str, str, str, str]) -> Decision:
    return (d[0], d[2], f"org_type {d[0]} from {d[1]}; jurisdiction {d[2]} from {d[3]}")


def decide(cues: dict[str, Summary] | dict[str, list[dict[str, Any]]]) -> dict[Any, Decision]:
    """Entity id -> (org_type, jurisdiction, attribute_evidence), for every entity with mentions; for an entity
    whose names are all `generic`, also (entity id, doc id) -> the decision in that article. Each entity's
    `Summary` (from `collect`), or its mentions' cues as a list (folded here)."""
    summaries = cues
    if not all(isinstance(found, Summary) for found in cues.values()):
        summaries = {eid: found if isinstance(found, Summary) else Summary.of(found) for eid, found in cues.items()}
    d = _Decider(summaries)
    out: dict[Any, Decision] = {}
    for eid in sorted(summaries):
        out[eid] = _row(d.decide(eid))
    for eid in sorted(summaries):
        for doc in sorted(summaries[eid].docs or ()):
            out[(eid, doc)] = _row(d.decide_in(eid, doc))
    return out


def _placed_id(eid: str, doc_id: Any, decisions: dict[Any, Decision]) -> str:
    """A generic name's entity id in one article: qualified by where the article places it, so that two places'
    bureaus are two entities ("org:health-bureau" placed in Hong Kong -> "org:health-bureau@hong-kong"); unchanged
    for a name of its own, or where the article does not place it."""
    d = decisions.get((eid, doc_id))
    if d is None or d[1] == "unknown":
        return eid
    return f"{eid}@{entity_key('organization', d[1])}"


_OF_PLACE = re.compile(r"^(?P<rest>.+?)\s+of\s+(?:the\s+)?(?P<place>.+?)(?:\s+Government)?$")


def placed_name(name: str) -> tuple[str, str] | None:
    """(generic name, jurisdiction) for the name of a government body that names a place which is a jurisdiction of
    its own, before or after a generic name ("Eastport Health Bureau", "Eastport's Health Bureau", "Health Bureau of
    the Eastport SAR Government", with Eastport a place whose whole territory is one jurisdiction, as Macao is):
    the same body as "the Health Bureau" an article places there. None otherwise ("Westbrook City Transport
    Bureau" names a city of a larger jurisdiction; "Eastport Tollan Bureau" holds a name of its own)."""
    found = []
    parts = name.split()
    for i in range(1, min(4, len(parts))):
        found.append((" ".join(parts[:i]).removesuffix("'s").removesuffix("’s"), " ".join(parts[i:])))
    m = _OF_PLACE.match(name)
    if m:
        found.append((m.group("place"), m.group("rest")))
    for place, rest in found:
        rest = re.sub(r"^(?:SAR|Special Administrative Region)\s+", "", rest)
        whole = canonical(place)
        if whole and place_label(whole) == whole and generic(rest):
            return bare(rest), whole
    return None


def apply(facts: pd.DataFrame, decisions: dict[Any, Decision]) -> pd.DataFrame:
    """The facts table with `org_type`, `jurisdiction` and `attribute_evidence` filled on organisation rows (the
    article's own decision for a generic name, else the entity's), and `jurisdiction` on place rows (where the
    place lies: "Leeds" -> UK; else the one extraction gave a district from the place named with it; "unknown"
    when neither knows it)."""
    df = facts.copy()
    org = df["kind"].eq("organization")
    docs = df["doc_id"] if "doc_id" in df else pd.Series([None] * len(df), index=df.index)
    picked = [
        decisions.get((e, doc), decisions.get(e)) if o and isinstance(e, str) else None
        for e, doc, o in zip(df["entity_id"], docs, org)
    ]
    # a government body named with its jurisdiction is the generic name placed there ("Eastport Health Bureau" is
    # "org:health-bureau@eastport")
    names = df["name"] if "name" in df else pd.Series([None] * len(df), index=df.index)
    qualified: dict[str, str] = {}
    for e, n, o, p in zip(df["entity_id"], names, org, picked):
        if o and isinstance(e, str) and isinstance(n, str) and p and p[0] == "government" and e not in qualified:
            q = placed_name(n)
            if q:
                qualified[e] = f"{entity_id('organization', q[0])}@{entity_key('organization', q[1])}"

    def placed(e: str, doc: Any) -> str:
        return qualified.get(e) or _placed_id(e, doc, decisions)

    df["entity_id"] = pd.array(
        [placed(e, doc) if o and isinstance(e, str) else e for e, doc, o in zip(df["entity_id"], docs, org)],
        dtype="string",
    )
    if "party_ids" in df:
        df["party_ids"] = [
            [placed(p, doc) for p in ids] if isinstance(ids, list) else ids for ids, doc in zip(df["party_ids"], docs)
        ]
    for i, col in enumerate(COLUMNS):
        vals = [p[i] if p else None for p in picked]
        if col == "jurisdiction":
            given = df["jurisdiction"] if "jurisdiction" in df else pd.Series([None] * len(df), index=df.index)
            vals = [
                (place_label(n) or (g if isinstance(g, str) else None) or "unknown")
                if k == "place" and isinstance(n, str)
                else v
                for v, k, n, g in zip(vals, df["kind"], df["name"], given)
            ]
        df[col] = pd.array(vals, dtype="string")
    return df
