"""The one place a figure is about, read from the dependency parse of its sentence.

Candidates in the figure's sentence are the place mentions (not "Hong Kong-style" manners), adjectives of
nationality ("eight Chinese universities"), phrases that stand for a place named earlier ("the city's
clinics") and phrases that say no single place ("inside and outside the city"). The candidate nearest
to the figure in the parse tree wins, so a place in another clause of a long sentence does not. With no
candidate, the place that is the subject of an earlier sentence of the same paragraph carries over
("Northfield opened ... Currently, 80 clinics ..."); otherwise the figure has no place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from analysis.extract import gazetteer
from analysis.extract.nlp import Context, Mention
from analysis.resources import lower_words, patterns, table

MAX_PATH = 7
"""Longest dependency path (in arcs) from a figure to a candidate in its sentence."""
_SUBJECTS = ("nsubj", "nsubjpass")
_CLAUSE_DEPS = ("ROOT", "advcl", "ccomp", "conj", "parataxis")


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    place: str | None
    """Canonical place name, or None for a phrase that says no single place."""
    demonym: bool = False
    """An adjective of nationality: it counts only as a modifier of the counted noun."""
    listed: bool = False
    """One of several places listed together ("in Northland and Southland"): the figure is about no single one."""


@lru_cache(maxsize=1)
def _anaphora() -> tuple[tuple[re.Pattern, str], ...]:
    return tuple(
        (re.compile(rf"(?<![\w-])(?:{rx})(?![\w-])", re.IGNORECASE), lvl) for rx, lvl in table("place_anaphora.tsv")
    )


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    return {word: country for word, country in table("place_demonyms.tsv")}


def _tokens(ctx: Context, start: int, end: int) -> list:
    """spaCy tokens covering cleaned span [start, end) (they share one parsed line)."""
    first = ctx.token_at(start)
    if first is None:
        return []
    off, tok = first
    out = []
    for t in tok.doc[tok.i :]:
        if t.idx + off >= end:
            break
        out.append(t)
    return out


def _root(tokens: list):
    """The token of a span whose head lies outside it."""
    ids = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in ids or t.head.i == t.i]
    return heads[-1] if heads else None


def _path(a, b) -> int | None:
    """Arcs between two tokens of one parsed line, or None when they are in different lines."""
    if a is None or b is None or a.doc is not b.doc:
        return None
    up_a = [a, *a.ancestors]
    depth = {t.i: d for d, t in enumerate(up_a)}
    for d_b, t in enumerate([b, *b.ancestors]):
        if t.i in depth:
            return depth[t.i] + d_b
    return None


def _clause(tok):
    """The verb heading the clause of `tok`; participles and relative clauses that modify a noun belong to the
    clause of that noun ("nurses working in the city's clinics" is one clause with "were")."""
    for t in [tok, *tok.ancestors]:
        if t.dep_ in _CLAUSE_DEPS and t.pos_ in ("VERB", "AUX"):
            return t.i
    return None


def _own_phrase(head) -> set[int]:
    """Token ids of the noun phrase a figure counts or measures, without coordinated or parenthetical phrases
    ("12 universities from the UK" in "Eight Chinese universities and 12 universities from the UK")."""
    noun = (
        head.head if head.dep_ in ("nummod", "quantmod", "compound") and head.head.pos_ in ("NOUN", "PROPN") else head
    )
    out: set[int] = set()
    todo = [noun]
    while todo:
        t = todo.pop()
        out.add(t.i)
        todo.extend(c for c in t.children if c.dep_ not in ("conj", "cc", "appos", "relcl", "acl", "punct"))
    return out


def _manner(ctx: Context, end: int) -> bool:
    """True when the words after a place make it a manner or model ("Harbour City-style clinics")."""
    m = re.match(r"[ -]([A-Za-z]+)", ctx.text[end : end + 16])
    return bool(m) and m.group(1).casefold() in lower_words("place_not_location.txt")


def _earlier_place(places: list[Mention], pos: int, lvl: str) -> str | None:
    """The last place of level `lvl` named before `pos`, else the most named one of that level."""
    named = [p for p in places if gazetteer.level(p.fields["name"]) == lvl]
    before = [p for p in named if p.end <= pos]
    if before:
        return before[-1].fields["name"]
    if not named:
        return None
    counts: dict[str, int] = {}
    for p in named:
        counts[p.fields["name"]] = counts.get(p.fields["name"], 0) + 1
    return sorted(counts, key=lambda n: (-counts[n], n))[0]


def _quoted(text: str, start: int) -> bool:
    """True inside a quoted name on its line ("the “Harbour Health Connect” programme")."""
    ls = text.rfind("\n", 0, start) + 1
    before = text[ls:start]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _bilateral(ctx: Context, p: Mention, places: list[Mention]) -> bool:
    """True for a place joined by a hyphen to another place ("Northland-Southland cooperation"): a pair of
    sides, not where something is."""
    return any(q is not p and (q.end + 1 == p.start or p.end + 1 == q.start) for q in places) and (
        ctx.text[p.start - 1 : p.start] == "-" or ctx.text[p.end : p.end + 1] == "-"
    )


_LIST_GAP = re.compile(r",? (?:and|or|&) (?:the )?|, (?:the )?")


def _listed(ctx: Context, p: Mention, places: list[Mention]) -> bool:
    """True when another place is listed right before or after `p` ("Northland, Southland and Eastland")."""
    return any(
        q.fields["name"] != p.fields["name"]
        and (_LIST_GAP.fullmatch(ctx.text[q.end : p.start]) or _LIST_GAP.fullmatch(ctx.text[p.end : q.start]))
        for q in places
    )


def _location(ctx: Context, p: Mention, places: list[Mention]) -> bool:
    """Whether a place mention can say where a figure is (not a manner, a side of a pair or part of a quoted name)."""
    return not (p.original or _manner(ctx, p.end) or _quoted(ctx.text, p.start) or _bilateral(ctx, p, places))


def candidates(ctx: Context, places: list[Mention], ss: int, se: int) -> list[Candidate]:
    """Everything in sentence [ss, se) that may say where a figure is."""
    sent = ctx.text[ss:se]
    inside = [p for p in places if ss <= p.start and p.end <= se]
    out = [
        Candidate(p.start, p.end, p.fields["name"], listed=_listed(ctx, p, inside))
        for p in inside
        if _location(ctx, p, inside)
    ]
    taken = [(c.start, c.end) for c in out]
    for m in re.finditer(r"(?<![\w-])[A-Z][A-Za-z]+(?![\w-])", sent):
        country = _demonyms().get(m.group())
        s, e = ss + m.start(), ss + m.end()
        if country and not any(a < e and s < b for a, b in taken):
            out.append(Candidate(s, e, gazetteer.canonical(country) or country, demonym=True))
    for rx, lvl in _anaphora():
        for m in rx.finditer(sent):
            out.append(Candidate(ss + m.start(), ss + m.end(), _earlier_place(places, ss + m.start(), lvl)))
    for m in patterns("place_no_single.txt").finditer(sent):
        out.append(Candidate(ss + m.start(), ss + m.end(), None))
    return out


def _parenthesis(text: str, pos: int) -> int | None:
    """Start of the bracketed aside holding `pos` on its line, or None."""
    ls = text.rfind("\n", 0, pos) + 1
    depth, opened = 0, None
    for i in range(ls, pos):
        if text[i] == "(":
            depth, opened = depth + 1, i
        elif text[i] == ")" and depth:
            depth -= 1
    return opened if depth else None


def _subject_place(ctx: Context, places: list[Mention], ss: int, se: int) -> str | None:
    """A place named in the subject of sentence [ss, se) ("Northfield has opened ...", "the Northfield
    health system will ...")."""
    for p in places:
        if not (ss <= p.start and p.end <= se) or not _location(ctx, p, places):
            continue
        tok = _root(_tokens(ctx, p.start, p.end))
        for t in [tok, *tok.ancestors] if tok is not None else []:
            if t.dep_ in _SUBJECTS:
                return p.fields["name"]
    return None


def place_of(ctx: Context, amount: Mention, places: list[Mention]) -> str | None:
    """The place figure `amount` is about, or None (see the module's docstring for the rule).

    Order: a candidate in the figure's own noun phrase, then one in its clause (nearest in the parse), then
    the place the paragraph is about, then a candidate in another clause of the sentence."""
    ss, se = ctx.sentence_at(amount.start)
    head = _root(_tokens(ctx, amount.start, amount.end))
    if head is None:
        return None
    own = _own_phrase(head)
    aside = _parenthesis(ctx.text, amount.start)
    near, far = [], []
    for c in candidates(ctx, places, ss, se):
        root = _root(_tokens(ctx, c.start, c.end))
        d = _path(head, root)
        if d is None or d > MAX_PATH or _parenthesis(ctx.text, c.start) not in (None, aside):
            continue
        if c.demonym and not (root.dep_ == "amod" and root.head.i in own and root.head.pos_ == "NOUN"):
            continue
        in_own, same_clause = root.i in own, _clause(root) == _clause(head)
        rank = (not in_own, d, abs(c.start - amount.start), c.start)
        place = None if c.listed else c.place
        (near if in_own or same_clause else far).append((rank, place))
    if near:
        return min(near, key=lambda x: x[0])[1]
    ps, _ = ctx.paragraph_at(amount.start)
    for s, e in reversed([s for s in ctx.sents if ps <= s[0] < ss]):
        found = _subject_place(ctx, places, s, e)
        if found:
            return found
    return min(far, key=lambda x: x[0])[1] if far else None


def assign(ctx: Context, amounts: list[Mention], places: list[Mention]) -> list[Mention]:
    """The amounts with their `place` field set."""
    return [
        Mention(a.kind, a.start, a.end, a.extractor, dict(a.fields, place=place_of(ctx, a, places)), a.original)
        for a in amounts
    ]
