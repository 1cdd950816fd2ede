"""Where a person or a speaking body stands: the side (UK, mainland China, Hong Kong, Macao or other) and the
affiliation the facts give.

A person's side is the decided jurisdiction of an organisation they are stated to belong to (the body named as
their affiliation in the same article); else the place or nationality word of one of their roles ("UK minister
for ...", "Hong Kong Labour Secretary", "deputy head of the Macao SAR office"); else the side a sentence opens with
before naming them ("On the Westland side, A B, ..."); else the one state, of those the article names, whose system
of offices their title belongs to ("Health Secretary" in an article on the UK and mainland China); else none (no side
is better than a guess). A word after "for" in a role is a portfolio, not where the holder stands ("minister for
Europe"). A quoted speaker who is not a person but a body named in the same article ("the City Health Office")
stands where that body is based.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Any

from analysis.extract.roles import title_systems
from analysis.query.initiatives import OWNER_AFTER, unit_pattern
from analysis.query.scope import place_words
from analysis.query.store import Store, literal
from analysis.resources import read_lines

BYLINE_SLACK = 8
"""Most characters a byline adds to a name and its role ("By ", ", ")."""


def newsroom_sql(p: str = "p") -> str:
    """SQL: true for a person fact (alias `p`) that is the article's reporter, not a person of the story: one of
    the article's own publisher with no role or a newsroom role (`newsroom_roles.txt`: "Lin Wei, Harbour Daily
    reporter" in a Harbour Daily article; a press release's chief executive is a person of the story), or named on
    a line of its own with no role (a byline: "Lin Wei" above the reporter's e-mail) or with only a newsroom role
    ("By Lin Wei, Health Reporter"), or credited for a photograph after a slash closing a bracket ("(Harbour
    Daily/Lin Wei)")."""
    jobs = literal(r"(?i)\b(?:" + "|".join(re.escape(w) for w in read_lines("newsroom_roles.txt")) + r")\b")
    return f"""((EXISTS (SELECT 1 FROM documents d WHERE d.doc_id = {p}.doc_id AND d.publisher IS NOT NULL
          AND lower(trim({p}.affiliation)) = lower(trim(d.publisher)))
        AND ({p}.role IS NULL OR regexp_matches({p}.role, {jobs})))
      OR ({p}.role IS NULL AND trim({p}.sentence) = trim({p}.text))
      OR ({p}.role IS NULL AND (contains({p}.sentence, '/' || {p}.text || ')')
        OR contains({p}.sentence, '/ ' || {p}.text || ')')))
      OR (regexp_matches(coalesce({p}.role, ''), {jobs})
        AND length(trim({p}.sentence)) <= length({p}.text) + length({p}.role) + {BYLINE_SLACK}))"""


PLACED = ("UK", "mainland China", "Hong Kong", "Macao", "other")
"""Jurisdictions that place someone on a side ("unknown" does not)."""
_PORTFOLIO = re.compile(r"\bfor\b[^;,()]*")
_SIDE_OPENING = re.compile(r"(?:^|[.;:]\s+)\W*(?:On|From|For) the ((?:[A-Z][\w'’.-]*\s){1,3})side\b")


def role_side(role: str | None) -> str | None:
    """The jurisdiction a role's own words state, from its first place or nationality word (`scope.place_words`,
    the one place rule), words after "for" left out, and the place an envoy is sent "to" or posted "in" or "at"
    (`role_envoy_heads.txt`): "UK minister for Europe" -> "UK", "Hong Kong Labour Secretary" -> "Hong Kong",
    "Secretary for Transport" -> None, "the Prime Minister's Trade Envoy to Peru" -> None, "Consul-General in Lima"
    -> None, "His Majesty's Consul-General in Lima" -> "UK"."""
    words_ = _sent_to().sub(" ", _PORTFOLIO.sub(" ", role or ""))
    found = [j for j in place_words(words_) if j in PLACED]
    return found[0] if found else None


@lru_cache(maxsize=1)
def _sent_to() -> re.Pattern:
    """The "to", "in" or "at" phrase after a head word of `role_envoy_heads.txt` ("Ambassador to Peru", "Consul
    General in Lima"): where an envoy is posted, not the side they stand on."""
    heads = "|".join(re.escape(w) for w in sorted(read_lines("role_envoy_heads.txt"), key=len, reverse=True))
    return re.compile(rf"\b(?:{heads})s? (?:to|in|at)\b[^;,()]*", re.IGNORECASE)


def system_side(role: str | None, named: Counter[str] | set[str]) -> str | None:
    """The jurisdiction whose system of offices a role's title belongs to, decided by the jurisdictions `named` in
    the article (with how many of its places and bodies each has): "Health Secretary" (a title of the UK and of
    Hong Kong) in an article naming the UK and mainland China -> "UK"; of the several a title allows, the one the
    article's places point to, named `SYSTEM_SHARE` times as often as the next ("Secretary for Health" of Hong
    Kong or Macao, in an article naming Hong Kong eight times and Macao once -> "Hong Kong"); else None. Words
    after "for" are a portfolio ("Secretary for Health" still reads as a title)."""
    counts = named if isinstance(named, Counter) else Counter(named)
    found = [js & set(counts) for js, p in title_systems() if p.search(role or "")]
    found = [j for j in (_dominant(js, counts) for js in found if js) if j]
    return found[0] if found and all(j == found[0] for j in found) else None


SYSTEM_SHARE = 3
"""How many times as often an article must name one of a title's jurisdictions as the next for the title's holder
to be placed there."""


def _dominant(allowed: set[str], counts: Counter[str]) -> str | None:
    """The one jurisdiction of `allowed` the article names, or the one it names `SYSTEM_SHARE` times as often as
    any other of them; else None."""
    ranked = sorted(((counts[j], j) for j in allowed), reverse=True)
    if len(ranked) == 1 or ranked[0][0] >= SYSTEM_SHARE * ranked[1][0]:
        return ranked[0][1]
    return None


def opening_side(sentence: str | None, offset: int) -> str | None:
    """The jurisdiction a sentence states for the people it names after an opening "On the X side" (X a place or
    nationality word, the one place rule), for a name at `offset` in the sentence: "On the Westland side, Dr A B
    and C D attended" -> Westland's jurisdiction for both; a name before the phrase, or "on the hospital side",
    gives None."""
    found = [m for m in _SIDE_OPENING.finditer(sentence or "") if m.end() <= offset]
    if not found:
        return None
    placed = [j for j in place_words(found[-1].group(1)) if j in PLACED]
    return placed[0] if len(placed) == 1 else None


def _bodies_placed(store: Store, within: str = "") -> str:
    """SQL (needs `$placed`): (doc_id, name, jurisdiction) of each organisation an article names, where its first
    mention places it; a mention its own words leave unplaced stands where the body is decided to be
    (`initiatives.register_entities`: where another article places it, or opposite its partner in a deal between
    two sides), when the store has decided that. `within` (SQL of doc_id values) keeps the articles it gives."""
    entities = (
        "entities"
        if "entities" in store.tables()
        else "(SELECT NULL::VARCHAR AS entity_id, NULL::VARCHAR AS canon_id, NULL::VARCHAR AS jurisdiction LIMIT 0)"
    )
    return f"""SELECT f.doc_id, f.name, arg_min(CASE WHEN list_contains($placed, f.jurisdiction) THEN f.jurisdiction
            ELSE coalesce(c.jurisdiction, f.jurisdiction) END, f.start) AS jurisdiction
          FROM facts f LEFT JOIN {entities} x ON x.entity_id = f.entity_id
          LEFT JOIN {entities} c ON c.entity_id = x.canon_id
          WHERE f.kind = 'organization' {f"AND f.doc_id IN ({within})" if within else ""}
          GROUP BY f.doc_id, f.name"""


def sides(store: Store, entity_ids: list[str]) -> dict[str, dict[str, Any]]:
    """For each person entity: `side` (a jurisdiction of `PLACED`, or None) and `affiliation` (the body that
    places them, else the first stated). The side of their affiliations as the articles name them (most often
    stated first, ties to the first stated; an affiliation the facts do not place stands where the body is decided
    to be, else where the one body of the article whose name ends with it does, else where the body its article
    writes it as a unit of does: "the School of Nursing at Northvale University"), else of their roles
    (`role_side`), else the side a sentence naming them opens with (`opening_side`), else the system their title of
    office belongs to (`system_side`)."""
    # the person rows first, then only their articles' bodies: bounded by the people asked for, not the corpus
    rows = store.rows(
        f"""WITH person_rows AS (SELECT * FROM facts WHERE kind = 'person' AND list_contains($ids, entity_id)),
        person_docs AS (SELECT DISTINCT doc_id FROM person_rows),
        bodies AS ({_bodies_placed(store, "SELECT doc_id FROM person_docs")}),
        longer_names AS (
          -- "Northvale Hospital" as the short form of "University of Northvale Hospital", named in the same article
          SELECT p.fact_id, CASE WHEN count(DISTINCT o.jurisdiction) = 1 THEN any_value(o.jurisdiction) END AS j
          FROM person_rows p JOIN bodies o ON o.doc_id = p.doc_id AND suffix(o.name, ' ' || p.affiliation)
          WHERE list_contains($placed, o.jurisdiction) GROUP BY p.fact_id
        ), doc_bodies AS (
          SELECT doc_id, sentence_start, start, "end", name, sentence FROM facts
          WHERE kind = 'organization' AND doc_id IN (SELECT doc_id FROM person_docs)
        ), owned_units AS (
          -- a unit its article writes as part of a placed body ("the School of Nursing at Northvale University")
          SELECT a.doc_id, a.name, CASE WHEN count(DISTINCT o.jurisdiction) = 1 THEN any_value(o.jurisdiction) END
            AS j
          FROM doc_bodies a JOIN doc_bodies b ON b.doc_id = a.doc_id AND b.sentence_start = a.sentence_start
            AND a."end" <= b.start
          JOIN bodies o ON o.doc_id = b.doc_id AND o.name = b.name AND list_contains($placed, o.jurisdiction)
          WHERE regexp_matches(lower(a.name), $unit)
            AND regexp_matches(substr(a.sentence, a."end" - a.sentence_start + 1, b.start - a."end"), $owner)
          GROUP BY a.doc_id, a.name
        )
        SELECT p.entity_id, p.doc_id, p.role, p.affiliation, p.sentence, p.start - p.sentence_start AS offset,
          CASE WHEN list_contains($placed, o.jurisdiction) THEN o.jurisdiction ELSE coalesce(l.j, u.j) END
            AS jurisdiction
        FROM person_rows p LEFT JOIN bodies o ON o.doc_id = p.doc_id AND o.name = p.affiliation
          LEFT JOIN longer_names l ON l.fact_id = p.fact_id
          LEFT JOIN owned_units u ON u.doc_id = p.doc_id AND u.name = p.affiliation
        ORDER BY p.entity_id, p.doc_id, p.start, p.fact_id""",
        {"ids": list(entity_ids), "placed": list(PLACED), "unit": unit_pattern(), "owner": OWNER_AFTER},
    )
    named = _named(store, sorted({r["doc_id"] for r in rows}))
    out: dict[str, dict[str, Any]] = {}
    for eid in dict.fromkeys(entity_ids):
        mine = [r for r in rows if r["entity_id"] == eid]
        placed = [(r["jurisdiction"], r["affiliation"]) for r in mine if r["jurisdiction"] in PLACED]
        first_aff = next((r["affiliation"] for r in mine if r["affiliation"]), None)
        if placed:
            counts = Counter(j for j, _ in placed)
            side = max(counts, key=lambda j: (counts[j], -[p for p, _ in placed].index(j)))
            out[eid] = {"side": side, "affiliation": next(a for j, a in placed if j == side)}
            continue
        side = next((s for s in (role_side(r["role"]) for r in mine) if s), None)
        side = side or next((s for s in (opening_side(r["sentence"], r["offset"]) for r in mine) if s), None)
        titled = (system_side(r["role"], named.get(r["doc_id"], Counter())) for r in mine)
        side = side or next((s for s in titled if s), None)
        out[eid] = {"side": side, "affiliation": first_aff}
    return out


def _named(store: Store, docs: list[str]) -> dict[str, Counter[str]]:
    """The jurisdictions of `PLACED` each article names, with how many of its place and organisation mentions are
    decided to be there, and the places its people's roles name ("Hong Kong Labour Secretary", once each)."""
    if not docs:
        return {}
    rows = store.rows(
        """SELECT doc_id, jurisdiction, NULL AS role, count(*) AS n FROM facts
        WHERE kind IN ('organization', 'place') AND list_contains($docs, doc_id)
          AND list_contains($placed, jurisdiction)
        GROUP BY doc_id, jurisdiction
        UNION ALL
        SELECT DISTINCT doc_id, NULL, role, 1 FROM facts
        WHERE kind = 'person' AND list_contains($docs, doc_id) AND role IS NOT NULL
        ORDER BY doc_id, jurisdiction NULLS LAST, role""",
        {"docs": docs, "placed": list(PLACED)},
    )
    out: dict[str, Counter[str]] = {}
    for r in rows:
        j = r["jurisdiction"] or role_side(r["role"])
        if j:
            out.setdefault(r["doc_id"], Counter())[j] += r["n"]
    return out


def body_sides(store: Store, pairs: list[tuple[str, str]]) -> dict[tuple[str, str], str | None]:
    """For each (article, speaker) naming a body of that article rather than a person, the jurisdiction it is
    based in (None when the facts do not place it)."""
    if not pairs:
        return {}
    rows = store.rows(
        f"""SELECT * FROM ({_bodies_placed(store, "SELECT unnest($docs)")})
        WHERE list_contains($docs, doc_id) AND list_contains($names, name)""",
        {"docs": sorted({d for d, _ in pairs}), "names": sorted({n for _, n in pairs}), "placed": list(PLACED)},
    )
    found = {(r["doc_id"], r["name"]): r["jurisdiction"] for r in rows}
    return {p: (found.get(p) if found.get(p) in PLACED else None) for p in pairs}
