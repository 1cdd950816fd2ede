"""Per-mention cues for an organisation's type and jurisdiction, with the words each was read from; no decisions.

The facts stage decides once per canonical entity (`analysis.facts.attributes`). Cues come from the name's head
word ("Northfield Royal Infirmary" -> hospital); from the name itself: a body of the registry of well-known bodies
(`org_registry.tsv`), a place where a branch is based ("Harbin Centre of Eastmoor University"), places, words of
nationality and words of one public system ("NHS", "People's Government"); from the sentence around the mention
("a Zhuhai-based maker, Kelvin Medtech Ltd", "UK universities such as X", "the University's Y Centre"); from the
article: the full name a short form stands for ("Kelvin" for "Kelvin Medtech Ltd"), a word of nationality before a
kind of body a word of the name names ("British venture capital funds" for "Orrin Capital"); and, for
government-style names only, from the article's setting (most places it names lie in one jurisdiction).
Places resolve through the one place -> jurisdiction rule, `gazetteer.jurisdiction`.
Cues are plain JSON, stored in the row's `org_cues` field, since rows are cached per article.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from typing import Any, NamedTuple

from analysis.extract import amounts, gazetteer
from analysis.extract.names import POSSESSIVE, bare, is_head, lower_case_words, names_a_place, own_words
from analysis.extract.nlp import Context, Mention
from analysis.ingest.metadata import news_headings, site_place
from analysis.resources import alternation, literals, lower_words, patterns, read_lines, table, words

LEVELS = (
    "represents",
    "known",
    "branch",
    "seat",
    "owner",
    "name",
    "context",
    "site",
    "short",
    "described",
    "voice",
    "list",
    "international",
    "namesake",
    "funds",
    "form",
    "setting",
)
"""Jurisdiction cue levels, strongest first: the state an embassy, consulate or trade office represents ("British
Embassy in Harbin"); the whole name is a body of the registry of well-known bodies; a city or region in the
name's governing part, where a branch is based ("Harbin Centre of Eastmoor University"); the seat the text states
("Its secretariat will be based in Leeds", `org_seat_nouns.txt`); a stated owner ("Y's X",
"X at Y", "X of Y", "Y ... its X", "Kestrel Academy" of "Kestrel Hospital"); a place, a registry body, a word of
nationality or of one public system elsewhere in the name; the sentence around it; the place of the body's premises
("Kestrel's Northfield campus", "the plant in Leeds ... will be owned by Kestrel": a body may have premises far
from its home, so anything the sentences say of the body itself outranks them); the full name of the article
that a short form stands for ("Kestrel" for "Kestrel Diagnostics Ltd", "the Academy" for its one academy); a
word of nationality the article puts before a kind of body that a word of the name names ("British venture
capital funds" for "Orrin Capital"); the home an article in a body's own voice states, for that body and the parts
named after it ("at home in the UK" in "Here at Kestrel we ..."); the other bodies of a list of names written one
per line; an international word (or a pair of sides, "Sino-UK") in the name; the side of the other bodies of the article
named after the same word of their own ("University of Ashby" of "Ashby Teaching Hospitals NHS Foundation Trust");
the currency of a sum the body contributes to a shared undertaking or gives ("Ashby will contribute £2 million", "a
£2 million grant from Ashby"); the form
of a name whose own words no reference data knows ("University of Tarrowby", `org_name_forms.tsv`); the
article's setting (government-style
names only) or the place of the dateline whose sentence the body opens ("LEEDS - The University of Westmoor ...")."""

_WORD = re.compile(r"[A-Za-z][\w'’.&]*")
_CAP_RUN = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}"
_MIN_SETTING_PLACES = 2
_SETTING_SHARE = 0.75
_FUNCTION_WORDS = (
    r"(?:by|with|and|or|of|to|from|for|at|in|on|as|than|that|which|who|said|says|led|between|last|next|this|since"
    r"|during|after|before|when|while|where|is|are|was|were|has|have|had|will)"
)
"""Words that end a class phrase before a name: "a UK delegation led by X" does not say where X is."""
_SIDES = ("Hong Kong", "Macao")
"""Jurisdictions that are one city: named in a body's governing part they say where it is, like any city."""


@lru_cache(maxsize=1)
def _type_heads() -> dict[tuple[str, ...], str]:
    return {tuple(r[0].split()): r[1] for r in table("org_types.tsv")}


def head_phrases() -> tuple[tuple[str, ...], ...]:
    """The head words and phrases of `org_types.tsv`, each as its words ("Elderly", "Home")."""
    return tuple(_type_heads())


def place_label(name: str) -> str | None:
    """Jurisdiction of a place name or a word of nationality ("Oxford" -> "UK", "Paris" -> "other"), or None:
    `gazetteer.jurisdiction`, the one rule for facts and reports."""
    return gazetteer.jurisdiction(name)


def split_owner(name: str) -> tuple[str | None, str]:
    """("Y", "X") for a name read as "Y's X" where Y is itself a headed name ("Eastmoor University's Asia Centre");
    (None, name) otherwise ("St Anne's Hospital", "People's Hospital" keep their possessive)."""
    m = re.match(r"^(.+?)['’]s (.+)$", name)
    if m and type_of(m.group(1)) is not None and _whole_owner(m.group(1)):
        return m.group(1), m.group(2)
    return None, name


def _whole_owner(left: str) -> bool:
    """True when the words before a possessive end a body's name: a head word ("Eastmoor University's") or a place
    after "of" ("University of Leeds's"), not a word inside a name ("Hospital of Eastport People's ...")."""
    last = left.split()[-1]
    if (last,) in _type_heads():
        return True
    tail = re.split(r" (?:of|for) (?:the )?", left)
    return len(tail) > 1 and place_label(tail[-1]) is not None


def _governing(tokens: list[str]) -> int:
    """Index where the governing part of a name ends: the first "of"/"for"/"on" after a head word."""
    heads = _type_heads()
    for i, t in enumerate(tokens):
        if t in ("of", "for", "on") and any((bare(x),) in heads for x in tokens[:i]):
            return i
    return len(tokens)


_COMPOUND = re.compile(r"(?<=[A-Za-z])-(?=[A-Z])")


@lru_cache(maxsize=4096)
def type_of(name: str) -> tuple[str, str] | None:
    """(type, head words) from the name's head (`head_type`). A name written "X, Y" is typed by X ("Kestrel
    Hospital, Westbrook University" -> hospital); in "X-Y" where both sides have a head the right side is the head
    ("Tollan University-Eastport Hospital" -> hospital)."""
    first, comma, _ = name.partition(", ")
    if comma and head_type(first):
        return head_type(first)
    for m in _COMPOUND.finditer(name):
        right = name[m.end() :]
        if head_type(name[: m.start()]) and head_type(right):
            return type_of(right)
    return registry_type(name) or public_body(name) or _fields_then_head(name) or head_type(name)


@lru_cache(maxsize=1)
def study_fields() -> frozenset[str]:
    """Words of fields of study, medicine and public service, as written in names (`org_study_fields.txt`,
    `org_disciplines.txt`, `org_public_fields.txt`)."""
    return frozenset(words("org_study_fields.txt") | words("org_disciplines.txt") | words("org_public_fields.txt"))


@lru_cache(maxsize=1)
def care_subjects() -> frozenset[str]:
    """What specialist bodies treat, paired with "and" in their names (`org_care_subjects.txt`: "Bone and Joint")."""
    return frozenset(words("org_care_subjects.txt"))


def _fields_then_head(name: str) -> tuple[str, str] | None:
    """The type of a head word that ends a name after an "of" part made of fields of study ("Kelby University of
    Biology and Chemistry Hospital" -> hospital: the hospital of that university), else None ("Kelby University of
    Science and Technology": a field ends it)."""
    toks = name.split()
    k = _governing([bare(t) for t in toks])
    rest = toks[k + 1 :]
    if len(rest) < 2 or not all(t in study_fields() or t in ("and", "&") for t in rest[:-1]):
        return None
    if rest[-1] in study_fields():
        return None  # "University of Science and Technology": the last field is no head of its own
    return head_type(rest[-1])


@lru_cache(maxsize=1)
def _registry_types() -> dict[str, str]:
    return {r[0]: r[1] for r in table("org_registry_types.tsv")}


def registry_type(name: str) -> tuple[str, str] | None:
    """(type, name as listed) for a registry body whose category has one type ("Medical Research Council" ->
    government), else None: the head word decides."""
    known = registry_entry(name)
    if not known:
        return None
    kind = _registry_types().get(known[2].split(" (")[0], "-")
    return None if kind == "-" else (kind, known[1])


_LOCAL_COUNCIL = re.compile(
    r"(?:(?:The )?(?:City|Royal Borough|Borough|County) of )?(.+?) "
    r"(?:City |Borough |District |County |Town |Municipal )?Council"
)


def local_council(name: str) -> bool:
    """Whether a name is a place's council ("Tarnby Council", "City of Tarnby Council"): the local authority."""
    local = _LOCAL_COUNCIL.fullmatch(name)
    return local is not None and gazetteer.canonical(local.group(1)) is not None


def public_body(name: str) -> tuple[str, str] | None:
    """("government", words) for a name made of public-service words and a place ("Health Education England",
    "Innovate UK"), the way national public bodies are named, and for a place's council ("Tarnby Council", "City of
    Tarnby Council"), its local authority."""
    if local_council(name):
        return "government", "Council"  # "Tarnby Council", "City of Tarnby Council": a town's local authority
    toks = [t for t in name.split() if t not in ("and", "&", "of", "for", "the")]
    fields = words("org_public_fields.txt")
    for k in range(1, len(toks)):
        if all(t in fields for t in toks[:k]) and place_label(" ".join(toks[k:])):
            return "government", " ".join(toks[:k])
    return None


_OF_MODIFIERS = 2
"""Most words qualifying the noun after "of" in a head entry ("College of Family Physicians")."""


def head_type(name: str) -> tuple[str, str] | None:
    """(type, head words) from the name's head: in its governing part the entry ending last wins, then the longest,
    an entry with "of" read past up to `_OF_MODIFIERS` words qualifying its last noun ("College of Family
    Physicians" -> "College of Physicians"); a unit word ("Branch") passes to the part after "of" ("East Branch of
    Northfield Hospital" -> hospital)."""
    tokens = [bare(t) for t in _WORD.findall(name)]
    heads = _type_heads()
    longest = max(len(k) for k in heads)
    while tokens:
        stop = _governing(tokens)
        best: tuple[int, int, str, str] | None = None
        for i in range(stop):
            for n in range(1, longest + _OF_MODIFIERS + 1):
                key = tuple(tokens[i : i + n])
                if len(key) < n:
                    continue
                if key not in heads and "of" in key[1:-2]:
                    # "College of Family Physicians" is a "College of Physicians": words that qualify the noun
                    # after "of" leave the entry it names
                    of = key.index("of")
                    key = (*key[: of + 1], key[-1]) if n - of - 2 <= _OF_MODIFIERS else key
                elif n > longest:
                    continue
                if key in heads:
                    cand = (i + n, n, heads[key], " ".join(key))
                    best = cand if best is None or cand[:2] > best[:2] else best
        if best is None:
            return None
        if best[2] != "-":
            return best[2], best[3]
        tokens = tokens[stop + 1 :]
        while tokens and tokens[0] in ("the", "of", "for", "on"):
            tokens = tokens[1:]
    return None


@lru_cache(maxsize=1)
def class_nouns() -> dict[str, str]:
    """Class nouns ("insurer", "charity") -> the type they give a name put next to them."""
    return {r[0].casefold(): r[1] for r in table("org_class_nouns.tsv")}


_PREPOSITIONS = f"(?i:{alternation('prepositions.txt')})"
"""Words that put a class noun inside a phrase of its own: "A B, a lecturer at the University" does not call A B
a university."""


@lru_cache(maxsize=1)
def class_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(after, before, listed): a class noun in apposition right after a name (", a Leeds-based device maker,"),
    right before it ("the drugmaker "), and before a list of examples ("insurers such as ")."""
    nouns = "(?i:" + literals(class_nouns()) + ")"
    end = r"(?=[,.;:)]|$| (?:which|that|who|based|in|with|from|of|headquartered|and|to|for)\b)"
    after = re.compile(rf",? (?:(?:a|an|the|one of the) )(?:(?!{_PREPOSITIONS} )[\w'’&-]+ ){{0,4}}?({nouns}){end}")
    before = re.compile(rf"(?<![\w-])({nouns}) $")
    listed = re.compile(rf"(?<![\w-])({nouns})(?: [a-z][\w-]*){{0,3}},? (?:{alternation('org_example_markers.txt')}) ")
    return after, before, listed


_LIST_GAP = re.compile(r"(?:\)| \([^()]{0,40}\))?(?:,? (?:and|or|as well as) |, | - |,? \(and )(?:the )?")


def _listed_together(text: str, orgs: list[Mention]) -> list[list[int]]:
    """Mention indexes of each list of three or more names written one after another ("A, B (C), D and E")."""
    order = sorted(range(len(orgs)), key=lambda k: (orgs[k].start, orgs[k].end))
    groups: list[list[int]] = []
    run: list[int] = []
    for k in order:
        if run and _LIST_GAP.fullmatch(text[orgs[run[-1]].end : orgs[k].start]):
            run.append(k)
            continue
        if len({orgs[i].fields["name"] for i in run}) >= 3:
            groups.append(run)
        run = [k]
    if len({orgs[i].fields["name"] for i in run}) >= 3:
        groups.append(run)
    return groups


def type_context_cues(ctx: Context, orgs: list[Mention]) -> dict[int, list[list[str]]]:
    """Types the sentence states for names whose own words give none: a class noun in apposition ("X, a
    Shenzhen-based device maker"), right before the name ("the drugmaker X"), or before a list of examples
    ("insurers such as A, B and C"); and a name led by another body's short form takes that body's type ("ACME
    Southwest" -> the type of the body ACME stands for); a body named in a credit line or by the name of the article's
    publisher (a masthead: a news outlet), and one whose clause says it does what only a business does ("Orrin Health
    agreed pilot contracts with", `org_trade_acts.txt`), is a company. Mention index -> [[type, evidence], ...]."""
    text = ctx.text
    after, before, listed = class_patterns()
    short_of = {text[o.start : o.end]: o.fields["name"] for o in orgs if text[o.start : o.end] != o.fields["name"]}
    pub = ctx.doc.publisher
    publisher = without_legal_form(pub.value).casefold() if pub else ""
    out: dict[int, list[list[str]]] = {}
    for i, o in enumerate(orgs):
        name = o.fields["name"]
        if type_of(name) is not None:
            continue
        s0, e0 = ctx.sentence_at(o.start)
        found = []
        lead = name.split()[0]
        if lead in short_of and lead != name and type_of(short_of[lead]):
            found.append([type_of(short_of[lead])[0], f"{lead} ({short_of[lead]})"])
        hit = after.match(text[o.end : min(max(e0, o.end), o.end + 80)])
        if hit:
            found.append([class_nouns()[hit.group(1).casefold()], hit.group().strip(" ,")])
        hit = before.search(text[max(min(s0, o.start), o.start - 40) : o.start])
        if hit:
            found.append([class_nouns()[hit.group(1).casefold()], hit.group().strip(" ,")])
        if o.extractor == "organizations.credit":
            found.append(["company", "named in a credit line"])  # news and photo agencies, publishers
        elif publisher and without_legal_form(name).casefold() == publisher and not _unit_word(name):
            found.append(["company", "the article's publisher"])  # a masthead: a news outlet
        hit = _trade_act().match(text, o.end, max(e0, o.end))
        if hit:
            found.append(["company", hit.group().strip(" ,")])
        if found:
            out[i] = found
    for group in _listed_together(text, orgs):
        typed = [type_of(orgs[i].fields["name"]) for i in group]
        votes = Counter(t[0] for t in typed if t)
        if sum(votes.values()) < 2:
            continue
        (best, n), *rest = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))
        if rest and rest[0][1] == n:
            continue
        for i, t in zip(group, typed):
            if t is None:
                out.setdefault(i, []).append([best, f"listed with {n} bodies of type {best}"])
    for hit in listed.finditer(text):
        pos, s_end = hit.end(), ctx.sentence_at(hit.start())[1]
        for i in sorted(range(len(orgs)), key=lambda k: (orgs[k].start, orgs[k].end)):
            o = orgs[i]
            if o.start < pos or o.start > s_end:
                continue
            if not re.fullmatch(
                r"(?:the )?|(?: \([^()]{1,12}\))?(?:,? (?:and|or|as well as) |, )(?:the )?", text[pos : o.start]
            ):
                break
            if type_of(o.fields["name"]) is None:
                out.setdefault(i, []).append([class_nouns()[hit.group(1).casefold()], hit.group().strip()])
            pos = o.end
    return out


@lru_cache(maxsize=1)
def _trade_act() -> re.Pattern:
    """What only a business does, as the verb right after a name (`org_trade_acts.txt`), after any auxiliary."""
    acts = "|".join(f"(?:{p})" for p in read_lines("org_trade_acts.txt"))
    aux = r"(?: (?:has|have|had|will|would|also|already|recently|now|then))*"
    return re.compile(rf"(?:{aux} (?:{acts})|{acts})", re.IGNORECASE)


def _unit_word(name: str) -> bool:
    """True when a word of the name is a unit word whose type is its parent's ("Statistics Section")."""
    heads = _type_heads()
    return any(heads.get((bare(t),)) == "-" for t in _WORD.findall(name))


def _name_words(name: str) -> list[tuple[int, int, str]]:
    """Capitalised words of a name with their offsets, split at hyphens ("China-Britain" -> China, Britain)."""
    return [(m.start(), m.end(), m.group()) for m in re.finditer(r"[A-Z][\w'’.]*", name)]


_LINKED_PLACE = re.compile(r"(?<![\w-])[A-Z][\w'’]*(?:-[a-z]+-[A-Z][\w'’]*)+(?![\w-])")
"""A place name whose words are linked by hyphens and lower-case words ("Stoke-on-Trent", "Weston-super-Mare")."""


class Hit(NamedTuple):
    """A place, town or word of nationality inside a name, with its jurisdiction."""

    start: int
    end: int
    label: str
    words: str
    kind: str
    """"place" (reference data), "town" (a town of any size) or "nationality" ("British")."""


def _town_in_name(name: str, a: int, b: int) -> bool:
    """A town counts inside a name after "of", "in", "at" or a hyphen, or right before the name's head
    ("University of Keele", "Didcot Health Centre"), not as part of a person's name ("Run Run Shaw Foundation")."""
    before = name[:a].rstrip()
    if a == 0 or re.search(r"(?:^|\s)(?:of|in|at)$|[-–]$", before):
        rest = type_of(name[b:].strip())
        return bool(re.search(r"(?:of|in|at)$|[-–]$", before)) or (
            rest is not None and name[b:].strip().startswith(rest[1].split()[0])
        )
    return False


def name_places(name: str) -> list[Hit]:
    """Every place, town and word of nationality in a name, longest first at each word, in order; a town whose name
    links its words by hyphens ("Stoke-on-Trent", "Newcastle-under-Lyme") is one place."""
    out: list[Hit] = []
    for m in _LINKED_PLACE.finditer(name):
        label = gazetteer.jurisdiction(m.group()) or gazetteer.jurisdiction(m.group().replace("-", " "))
        if label is not None:
            out.append(Hit(m.start(), m.end(), label, m.group(), "place"))
    toks = [t for t in _name_words(name) if not any(h.start <= t[0] < h.end for h in out)]
    i = 0
    while i < len(toks):
        for n in range(min(4, len(toks) - i), 0, -1):
            a, b = toks[i][0], toks[i + n - 1][1]
            span = POSSESSIVE.sub("", name[a:b]).rstrip(".")
            if re.search(r"[^\w .'’]", span) or "  " in span:
                continue
            kind = (
                "place"
                if gazetteer.country_code(span)
                else "nationality"
                if span in gazetteer.demonyms()
                else "town"
                if gazetteer.town(span) and _town_in_name(name, a, a + len(span))
                else None
            )
            label = gazetteer.jurisdiction(span) if kind else None
            if label is not None:
                out.append(Hit(a, a + len(span), label, span, kind))
                i += n
                break
        else:
            i += 1
    return sorted(out, key=lambda h: h.start)


def _registry_words(name: str) -> list[str]:
    """Words of a name without accents ("Januário" and "Januario" are one word: sources write both), "&" read as
    "and", punctuation dropped."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return re.findall(r"[\w']+", plain.replace("’", "'").replace("&", " and "))


def _registry_key(name: str) -> tuple[str, ...]:
    """Words of a name for registry look-ups: no leading "the", no accents, "&" read as "and", no punctuation."""
    toks = _registry_words(name)
    if toks and toks[0].casefold() == "the":
        toks = toks[1:]
    return tuple(t if len(toks) == 1 else t.casefold() for t in toks)


@lru_cache(maxsize=1)
def _registry() -> dict[tuple[str, ...], tuple[str, str, str]]:
    """Registry key -> (label, name as listed, source) from `org_registry.tsv`."""
    return {_registry_key(r[0]): (r[1], r[0], r[2]) for r in table("org_registry.tsv")}


def registry_entry(name: str) -> tuple[str, str, str] | None:
    """(label, name as listed, source) when the whole name is a body of the registry of well-known bodies
    ("Tsinghua University" -> mainland China), written alone or with its short form in brackets after it
    ("Tsinghua University (THU)"), else None."""
    whole = POSSESSIVE.sub("", name.strip())
    return _registry().get(_registry_key(whole)) or _registry().get(_registry_key(_BRACKETED.sub("", whole)))


_BRACKETED = re.compile(r"\s+\([^()]{1,20}\)$")
"""A short form in brackets ending a name ("(THU)")."""


def _registry_inside(name: str) -> tuple[str, str, str] | None:
    """The registry body whose name (or acronym, as written) lies inside a longer name, longest first."""
    toks = _registry_words(name)
    reg = _registry()
    for n in range(len(toks) - 1, 0, -1):
        for i in range(len(toks) - n + 1):
            part = toks[i : i + n]
            key = tuple(part) if n == 1 else tuple(t.casefold() for t in part)
            if key in reg:
                return reg[key]
    return None


@lru_cache(maxsize=1)
def _system_words() -> tuple[tuple[re.Pattern, str, str], ...]:
    """(pattern, label, phrase) for the words of one jurisdiction's public system (`org_system_words.tsv`)."""
    return tuple(
        (re.compile(rf"(?<![\w-]){re.escape(r[0])}(?![\w-])"), r[1], r[0]) for r in table("org_system_words.tsv")
    )


def system_label(name: str) -> str | None:
    """The jurisdiction a public-system word of the name gives ("Westmoor NHS Trust" -> "UK"), or None."""
    return next((label for rx, label, _ in _system_words() if rx.search(name)), None)


def _governing_end(name: str) -> int:
    """Offset where the name's governing part ends: the first "of"/"for"/"on" after a head ("Harbin Medical
    Centre of Eastmoor University" -> before "of"), else the name's length."""
    for m in re.finditer(r" (?:of|for|on) ", name):
        if type_of(name[: m.start()]) is not None:
            return m.start()
    return len(name)


_AREAS = (None, "district", "town")
"""Levels of a place below a city (a district, a town, a zone the reference data gives no level): named beside a
whole jurisdiction in a body's name, it is where the body is ("Kelby Zone Macao Clinic" is in Kelby Zone)."""


def _area(h: Hit) -> bool:
    """Whether a place of a name lies below a city (`_AREAS`)."""
    return h.kind != "nationality" and gazetteer.level(gazetteer.canonical(h.words) or h.words) in _AREAS


def _bilateral(name: str, hits: list[Hit]) -> str | None:
    """The words joining two jurisdictions ("Sino-UK", "China UK", "Anglo and Chinese"), unless the first is
    the object of "of" ("University of Northvale-Harbin Hospital" is a hospital in Harbin) or one is an area below
    a city beside a whole jurisdiction (`_area`: where the body is); of several, one joined by a hyphen or slash."""
    found = []
    for x, y in zip(hits, hits[1:]):
        if _area(x) != _area(y):
            continue
        if x.label != y.label and re.fullmatch(r"\s*(?:[-–/]|and|&)?\s*", name[x.end : y.start]):
            if not re.search(r"\bof\s+$", name[: x.start]):
                found.append((not re.search(r"[-–/]", name[x.end : y.start]), x.start, name[x.start : y.end]))
    return min(found)[2] if found else None  # a pair joined by a hyphen first ("Shenzhen Hong Kong-Macao Clinic")


def _states_joined(name: str, hits: list[Hit]) -> str | None:
    """The words joining two states in a name ("UK-Norvia", "Sino-British"; `hits` its places): a joint commission
    or council of both that represents neither; None when one side is below country level ("Wales-Harbin")."""
    states = [
        h
        for h in hits
        if h.kind == "nationality" or gazetteer.level(gazetteer.canonical(h.words) or h.words) == "country"
    ]
    return _bilateral(name, states)


def _representation(name: str) -> dict[str, Any] | None:
    """The cue of a state's representation abroad (`org_representation_words.txt`): the first place or word of
    nationality before " in " ("Consulate General of Northvale in Leeds"), else a public-system word."""
    if not any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", name) for w in words("org_representation_words.txt")):
        return None
    host = re.search(r" in (?:the )?[A-Z]|, [A-Z]", name)
    stated = [h for h in name_places(name) if host is None or h.end <= host.start()]
    if stated:
        return {"level": "represents", "label": stated[0].label, "evidence": stated[0].words}
    label = system_label(name[: host.start()] if host else name)
    return {"level": "represents", "label": label, "evidence": name} if label else None


def name_cues(name: str) -> list[dict[str, Any]]:
    """Jurisdiction cues read from the name itself (see `LEVELS`): the state a representation abroad stands for;
    a registry body; a city or region in the
    governing part (a branch); else the last place or town, a registry body inside the name, a word of nationality
    or of one public system ("NHS"); two jurisdictions joined ("Sino-UK") say nothing of any other body and make an
    association international, as an international word ("World") does: the weak cue, below where the text says the
    body is ("the Leeds-based Sino-UK Council")."""
    return [dict(c) for c in _name_cues(name)]


@lru_cache(maxsize=4096)
def _name_cues(name: str) -> list[dict[str, Any]]:
    """`name_cues`, read once per name: a name recurs in an article and across articles (the callers get copies)."""
    out: list[dict[str, Any]] = []
    hits, known = name_places(name), registry_entry(name)
    states = None if known else _states_joined(name, hits)  # a registry body keeps its home
    if states and (type_of(name) or ("",))[0] in ("association", "government"):
        return [{"level": "international", "label": "other", "evidence": states}]  # "UK-Norvia Joint Commission"
    rep = _representation(name)
    if rep:
        return [rep]
    if known:
        out.append({"level": "known", "label": known[0], "evidence": f"{known[1]} ({known[2]})"})
    if news_title(name):
        inside = known or _registry_inside(name)
        if inside and not known:
            out.append({"level": "name", "label": inside[0], "evidence": f"{inside[1]} ({inside[2]})"})
        elif not known and (opening := title_place(name)) and opening[1] != "other":
            evidence = f"{opening[0]} (the place a title opens with)"
            out.append({"level": "form", "label": opening[1], "evidence": evidence})
        return out
    pair = _bilateral(name, hits)
    if pair:
        if (type_of(name) or ("",))[0] == "association":
            out.append({"level": "international", "label": "other", "evidence": pair})
            return out
        at = name.find(pair)
        hits = [h for h in hits if not (at <= h.start and h.end <= at + len(pair))]
        if not hits:
            return out  # the two sides joined say nothing of where the body is
        # "Hengqin Guangdong-Macao Rehabilitation Hospital": the other place of the name is where it is
    gov = _governing_end(name)
    branch = [
        h
        for h in hits
        if h.end <= gov and h.kind != "nationality" and (gazetteer.level(h.words) != "country" or h.label in _SIDES)
    ]
    if len({h.label for h in branch}) > 1 and any(map(_area, branch)):
        branch = [h for h in branch if _area(h)]  # "Kelby Zone Macao Clinic": the area beside the jurisdiction
    if branch:
        out.append({"level": "branch", "label": branch[-1].label, "evidence": branch[-1].words})
    places = [h for h in hits if h.kind != "nationality"]
    inside = _registry_inside(name) if not known else None
    nationality = [h for h in hits if h.kind == "nationality"]
    system = [(label, phrase) for rx, label, phrase in _system_words() if rx.search(name)]
    if places and not (branch and places[-1] == branch[-1]):
        out.append({"level": "name", "label": places[-1].label, "evidence": places[-1].words})
    elif inside:
        out.append({"level": "name", "label": inside[0], "evidence": f"{inside[1]} ({inside[2]})"})
    elif nationality:
        out.append({"level": "name", "label": nationality[-1].label, "evidence": nationality[-1].words})
    elif system:
        out.append({"level": "name", "label": system[0][0], "evidence": system[0][1]})
    if not out:
        out += form_cues(name)
    if not out:
        intl = [
            w for w in words("org_international_words.txt") if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", name)
        ]
        if intl:
            out.append({"level": "international", "label": "other", "evidence": sorted(intl)[0]})
    return out


def news_title(name: str) -> bool:
    """True for the title of a news outlet: a name that holds a word of `news_outlet_words.txt` ("Harbour Daily",
    "Northvale Business Post") and no head word of another kind of body than a company. A title's places are no
    cue of the strength of other names' (a registry outlet in it, "Kestrel Daily Newspaper Group" of a listed
    "Kestrel Daily", and what the text says, a footer's place, come first); only the place of a side it opens with
    (`title_place`: "Westport Evening Post") is a weak one, since a local paper is named after where it is ("Bay
    Area" of another country's gazetteer names no side)."""
    if (type_of(name) or ("company",))[0] != "company":
        return False
    return any(w.casefold() in lower_words("news_outlet_words.txt") for w in _WORD.findall(name))


def form_cues(name: str) -> list[dict[str, Any]]:
    """The cue of a name's form (`org_name_forms.tsv`): "University of Tarrowby", a university named after words
    that are no place, no field and no other body's head ("University of Science", "University of Hong
    Kong-Shenzhen Hospital" are not), is British. [] otherwise."""
    fields = words("org_public_fields.txt") | words("org_disciplines.txt")
    for opening, label in table("org_name_forms.tsv"):
        m = re.fullmatch(rf"(?:[Tt]he )?{re.escape(opening)} ((?:[A-Z][\w'’]*)(?: [A-Z][\w'’]*){{0,2}})", name)
        if m is None or (type_of(name) or ("", ""))[1] != opening.split()[0]:
            continue
        own = m.group(1).split()
        if any(w in fields or w.casefold() in fields or place_label(w) for w in own) or place_label(m.group(1)):
            continue
        return [{"level": "form", "label": label, "evidence": f"{opening} {m.group(1)} (the form of the name)"}]
    return []


def _label_of(phrase: str) -> str | None:
    """Jurisdiction of a place name or a jurisdiction word ending a capitalised run, longest first ("UK",
    "A Shenzhen" -> mainland China, "New York" -> other); None when the words before it name a place elsewhere (an
    unknown district named after its town)."""
    toks = phrase.rstrip(".").split()  # "based in Northfield." ends a sentence: the stop is no part of the name
    for k in range(len(toks)):
        tail = " ".join(toks[k:])
        label = place_label(tail)
        if label:
            heads = {place_label(" ".join(toks[i:k])) for i in range(k)} - {None}
            return label if heads <= {label} else None  # "Kowloon Tong": a Hong Kong word, then a British village's
    return None


def _last_word(phrase: str) -> str:
    return phrase.split()[-1] if phrase.split() else ""


_SEATED = re.compile(r"\b(?:based|headquartered)\b")
"""The participles of a description after a name that state where the body is based, above a place in its name
("the China Friendship Society, a Leeds-based charity": UK); "listed" or "in" say less."""
_TO_BE = r"(?:which|that) (?:is|was|has been|will be) |to be "
"""What may stand between a body and the participle of its seat: "X, which is based in Leeds", "X, which was founded
in Leeds", "X, to be housed on the Leeds campus"."""


@lru_cache(maxsize=1)
def _after_patterns() -> tuple[re.Pattern, ...]:
    return (
        re.compile(rf" ?\(({_CAP_RUN})\)"),  # X (Hong Kong)
        re.compile(rf",? (?:(?:a|an|the) )?({_CAP_RUN})-{_participle()}\b"),  # X, a Shenzhen-based ...
        # X in Leeds / X, headquartered in Leeds / X, based near Leeds / X, which was founded in Leeds
        re.compile(
            rf",? (?:(?:{_TO_BE})?(?:based|headquartered|located|founded|established|set up) (?:in|near)|in) (?:the )?"
            rf"({_CAP_RUN})"
            rf"(?![\w'’-])"
        ),
        # X, housed on Kestrel's Northfield campus / X, based at the Northfield site
        re.compile(
            rf",? (?:(?:{_TO_BE})?(?:based|headquartered|located|housed|sited) )(?:at|on) (?:the )?"
            rf"(?:{_CAP_RUN}['’]s (?:[a-z][\w-]* )?)?({_CAP_RUN}) (?:{_site_nouns()})\b"
        ),
        re.compile(rf", ({_CAP_RUN})(?=[,.;]|$)"),  # X, Cambridge,
        re.compile(rf" of ({_CAP_RUN})(?=[,.;]| [a-z]|$)"),  # Aldwick Diagnostics Ltd of Kent signed
        re.compile(rf", (?:of|from) ({_CAP_RUN})(?=[,.;]|$)"),  # Aldwick Robotics, of Kent, / X, from Leeds, and
        # X, a Northland company / one of Northland's top schools / a private hospital in Northfield
        re.compile(
            rf", (?:(?:a|an|the) |one of (?:the )?)(?:[a-z][\w-]* ){{0,3}}?({_CAP_RUN})(?:'s|’s)?"
            rf"(?= (?:[a-z][\w-]* ){{0,3}}?[a-z][\w-]*(?:[,.;]| (?:that|which|who|whose)\b))"
        ),
        # X, a private clinic chain based in (or near) Northfield
        re.compile(
            rf", (?:a|an|the) (?:[a-z][\w-]* ){{1,3}}?(?:(?:based|headquartered|located) (?:in|near)|in) (?:the )?"
            rf"({_CAP_RUN})"
            rf"(?![\w'’-])"
        ),
    )


_APPOSITION = re.compile(
    r", (?:a |an |one of (?:the )?)[^,;:.()\n]{3,160}?(?=[,;:.()\n]|$| (?:which|who|whose|that)\b)"
)
"""A description set after a name: ", a private hospital operator from the UK,"."""


def _apposition_cue(after: str, at: int, orgs: list[Mention]) -> dict[str, Any] | None:
    """The one jurisdiction the places and nationality words of a description after a name state, none named in
    another body's name ("X, a British drug developer spun out of research in Oxford," -> UK; "X, a hospital
    operator from the UK," -> UK; "X, a supplier to A in Leeds and B in Shenzhen," -> None)."""
    hit = _APPOSITION.match(after)
    if not hit:
        return None
    labels = set()
    for run in re.finditer(_CAP_RUN, hit.group()):
        if any(o.start <= at + run.start() < o.end for o in orgs):
            continue
        # "Chongqing's Liangjiang New Area": the owner of a possessive speaks for itself
        for part in re.split(r"['’]s\b\s*", run.group()):
            label = _label_of(part) if part else None
            if label:
                labels.add(label)
                break
    if len(labels) != 1:
        return None
    return {"level": "context", "label": labels.pop(), "evidence": hit.group().strip(" ,")}


@lru_cache(maxsize=1)
def _described_seat() -> re.Pattern:
    """A seat stated at the end of a description after a name, past other words of place (", the Harbour City-listed
    clinic operator based in Northfield")."""
    seat = r"\b(?:based|headquartered) (?:in|near) (?:the )?"
    return re.compile(rf", (?:a|an|the) [^,;:.()\n]{{3,120}}?{seat}({_CAP_RUN})")


_AND_THE = re.compile(r",? and (?:the )?")
_ALIAS = re.compile(r" \((\"[^\"()]{1,40}\"|“[^”()]{1,40}”|[A-Z][\w&.-]{1,12})\)")
"""A short name or acronym in brackets right after a name ('("Kelvin")', "(KML)"): what follows describes the body."""
_PEOPLE_OF = r"officials?|delegates?|delegations?|representatives?|staff|experts?|ministers?|envoys?"
"""People sent by a body: "British officials from the X" says where X is."""


def context_cues(ctx: Context, m: Mention, orgs: list[Mention]) -> list[dict[str, Any]]:
    """Jurisdiction cues from the words right around the mention in its sentence: a place in a description after it
    ("X, the Leeds-listed maker", "X, based in Leeds"), or set before it with a kind of body ("the Shenzhen-based
    maker X", "a partner at Leeds consultancy X", "with mainland partner X"; `org_side_words.tsv`)."""
    text = ctx.text
    s0, e0 = ctx.sentence_at(m.start)
    end = m.end
    pair = _AND_THE.match(text, end)
    if pair and government_style(m.fields["name"]):  # "the A Ministry and the B Ministry in Northfield": both
        nxt = [
            o
            for o in orgs
            if o.start == pair.end() and government_style(o.fields["name"]) and not names_a_place(o.fields["name"])
        ]  # "the A Bureau and the B Bureau of the Westland Zone in Northfield": the zone's place, not A's
        end = nxt[0].end if nxt and nxt[0].end <= e0 else end
    alias = _ALIAS.match(text, end) if end == m.end else None
    if alias and not _label_of(alias.group(1).strip('"“”')):
        end = alias.end()  # 'Kelvin Medtech Ltd ("Kelvin"), a Leeds-based maker': the alias is the same body
    after = text[end : max(e0, end)]
    out = []
    seat = _described_seat().match(after) if end == m.end else None
    label = _label_of(POSSESSIVE.sub("", seat.group(1))) if seat else None
    if label:  # the body's seat, above a market it is listed on that the description names first
        out.append({"level": "seat", "label": label, "evidence": seat.group().strip(" ,")})
    for k, pat in enumerate([] if out else _after_patterns()):
        if end != m.end and k != 2 and not alias:
            continue  # after a pair only "in X" speaks for both; an apposition describes the second
        hit = pat.match(after)
        if hit and not any(o.start == end + hit.start(1) for o in orgs):
            label = _label_of(POSSESSIVE.sub("", hit.group(1)))
            if label:  # "X, a Leeds-based charity", "X, headquartered in Leeds": the seat the text states
                level = "seat" if _SEATED.search(hit.group()) else "context"
                out.append({"level": level, "label": label, "evidence": hit.group().strip(" ,")})
                break
    if not out and end == m.end:
        cue = _apposition_cue(after, end, orgs)
        if cue:
            out.append(cue)
    cue = class_before(ctx, m)
    if cue:
        out.append(cue)
    cue = address_cue(ctx, m, orgs)
    if cue:
        out.append(cue)
    return out


_ADDRESS = re.compile(r"(?:@|\bwww\.|https?://)(?:[a-z0-9-]+\.)+([a-z]{2})\b", re.I)
"""An e-mail or web address whose last part is a country's code ("press@kelby.ac.uk", "www.tarn.edu.hk")."""


def address_cue(ctx: Context, m: Mention, orgs: list[Mention]) -> dict[str, Any] | None:
    """The country of the one e-mail or web address on a line of the page that names this body and no other one
    ("Media enquiries: Communications Office, Kelby University, email media@kelby.edu.hk", often a line of the page's
    notes that yields no mention): a body's own address says where it is; None for a generic domain (".com",
    ".org") or a line naming two bodies."""
    if "address_labels" not in ctx.memo:
        ctx.memo["address_labels"] = _address_labels(ctx.doc.raw, sorted({o.fields["name"] for o in orgs}))
    found = ctx.memo["address_labels"].get(m.fields["name"])
    return {"level": "context", "label": found[0], "evidence": f"{found[1]} on its line"} if found else None


def _address_labels(text: str, names: list[str]) -> dict[str, tuple[str, str]]:
    """Body name -> (jurisdiction, address) of the address on the one line of `text` naming it alone (`address_cue`):
    the addresses are found in one pass, and only their lines are read for names."""
    states = {gazetteer.country_code(n) for n in _ADDRESS_STATES}
    lines: dict[int, list[re.Match]] = {}
    for a in _ADDRESS.finditer(text):
        lines.setdefault(text.rfind("\n", 0, a.start()) + 1, []).append(a)
    out: dict[str, set[tuple[str, str]]] = {}
    for start, found in lines.items():
        codes = {"GB" if a.group(1).upper() == "UK" else a.group(1).upper() for a in found}
        if len(codes) != 1 or (code := next(iter(codes))) not in states:
            continue
        end = text.find("\n", start)
        line = text[start : len(text) if end < 0 else end]
        named = [n for n in names if n in line]
        named = [n for n in named if not any(n != o and n in o for o in named)]  # a name inside a longer one
        if len(named) == 1:
            address = re.search(r"\S*$", text[start : found[0].end()]).group()
            out.setdefault(named[0], set()).add((gazetteer.label_of(code), address))
    return {n: min(found) for n, found in out.items() if len({label for label, _ in found}) == 1}


_ADDRESS_STATES = ("United Kingdom", "China", "Hong Kong", "Macao")
"""The states of the sides whose country codes close an address ("uk", "cn", "hk", "mo")."""


_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|several|some|many|\d+)"
"""How many bodies a class phrase before their names counts ("two Macao insurers, A and B")."""


def class_before(ctx: Context, m: Mention) -> dict[str, Any] | None:
    """The cue of a class phrase right before a name that places it ("the Shenzhen-based maker X", "a partner at
    Leeds consultancy X", "a contract for Leeds firm X", "under which Leeds firm X", "with mainland partner X", "two
    Macao insurers, X";
    `org_side_words.tsv`), else None."""
    text = ctx.text
    s0 = ctx.sentence_at(m.start)[0]
    before = text[min(s0, m.start) : m.start]
    hit = re.search(rf"({_CAP_RUN})-{_participle()}(?: [a-z][\w-]*){{0,5}},? (?:the )?$", before) or re.search(
        rf"(?:^|, | [-–—]+ |(?<![\w-])(?:[a-z]+|{_COUNT}) )"
        rf"({_CAP_RUN}|{_side_words()})"
        rf"(?: (?!{_FUNCTION_WORDS}\b)[a-z][\w-]*){{1,3}},? $",
        before,
    )
    hit = hit or re.search(rf"({_CAP_RUN}) (?:{_PEOPLE_OF}) (?:from|of|at) (?:the )?$", before)
    label = (_label_of(hit.group(1)) or _side_label(hit.group(1))) if hit else None
    return {"level": "context", "label": label, "evidence": hit.group().strip(" ,-–—")} if label else None


_LISTED_AFTER = re.compile(r"(?:,? (?:and|or|as well as) |, )(?:the )?")
"""What joins the names of one list ("A, B and the C")."""


def listed_class_cues(ctx: Context, orgs: list[Mention]) -> dict[int, dict[str, Any]]:
    """Cues for the names listed after the first of a list that a class phrase places ("London investors A and
    the B", "two Macao insurers, A and B"): the list shares the class phrase, unless a name has one of its own
    ("British maker A and Chinese partner B") or a place right after it ("Leeds-based A and B in Suzhou"). Mention
    index -> cue."""
    text, out = ctx.text, {}
    order = sorted(range(len(orgs)), key=lambda k: (orgs[k].start, orgs[k].end))
    cue: dict[str, Any] | None = None
    prev: Mention | None = None
    for k in order:
        o = orgs[k]
        own = class_before(ctx, o)
        listed = prev is not None and _LISTED_AFTER.fullmatch(text, prev.end, o.start) is not None
        if not listed or own is not None:
            cue = own  # a name out of a list, or with a class phrase of its own, opens a list
        elif cue is not None and not _placed_after(text, o.end):
            out[k] = dict(cue, evidence=f"{cue['evidence']} (a list)")
        prev = o
    return out


_PLACED_AFTER = re.compile(r"(?: \(|,? )(?:in|of|from) (?:the )?([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})")
"""A place written right after a name ("B in Suzhou", "B (in Suzhou)")."""


def _placed_after(text: str, end: int) -> bool:
    """Whether a place its reference data knows follows the name ending at `end` ("Leeds-based A and B in Suzhou": B
    has a place of its own, so the list's class phrase is not B's)."""
    m = _PLACED_AFTER.match(text, end)
    return m is not None and _label_of(m.group(1)) is not None


@lru_cache(maxsize=1)
def _participle() -> str:
    """The participles of `org_place_participles.txt` after "Leeds-": "based", "listed", "headquartered"."""
    return f"(?:{'|'.join(re.escape(w) for w in sorted(lower_words('org_place_participles.txt')))})"


def _side_words() -> str:
    return "|".join(re.escape(r[0]) for r in table("org_side_words.tsv"))


def _side_label(word: str) -> str | None:
    """The jurisdiction a lower-case side word names ("mainland"), `org_side_words.tsv`."""
    return next((r[1] for r in table("org_side_words.tsv") if r[0] == word), None)


def _examples_marker() -> str:
    return alternation("org_example_markers.txt")


def example_list_cues(ctx: Context, orgs: list[Mention]) -> dict[int, dict[str, Any]]:
    """Cues for the bodies listed after a class phrase ("UK universities such as A, B and C", "hospitals in
    Shenzhen, including A"): mention index -> cue."""
    text, out = ctx.text, {}
    cls = re.compile(
        rf"(?:(?<![\w-])({_CAP_RUN})(?: [a-z][\w-]*){{1,3}}|(?<![\w-])[a-z][\w-]*(?: [a-z][\w-]*){{0,2}} "
        rf"(?:in|from) (?:the )?({_CAP_RUN})),? (?:{_examples_marker()}) (?:the )?"
    )
    ordered = sorted(range(len(orgs)), key=lambda i: (orgs[i].start, orgs[i].end))
    for hit in cls.finditer(text):
        phrase = hit.group(1) or hit.group(2)
        label = _label_of(phrase)
        if not label:
            continue
        pos, s_end = hit.end(), ctx.sentence_at(hit.start())[1]
        for i in ordered:
            o = orgs[i]
            if o.start < pos or o.start > s_end:
                continue
            if not re.fullmatch(
                r"(?: \([^()]{1,12}\))?(?:(?:,? (?:and|or|as well as) |, )(?:the )?)?", text[pos : o.start]
            ):
                break
            out.setdefault(i, {"level": "context", "label": label, "evidence": hit.group().strip()})
            pos = o.end
    return out


_KIND_POSSESSIVE = re.compile(r"\b[Tt]he ([a-z]+)['’]s (?:(?:[a-z][\w-]* ){0,2}?[a-z][\w-]*, (?:the )?)?$")
"""A body's own part named after its kind's possessive, in apposition or directly: "the trust's own charity, X",
"the university's School of Nursing"."""


def _unique_with_last_head(orgs: list[Mention], head: str, name: str) -> str | None:
    """The one other organisation of the article whose head ends with `head` ("Trust": "Kestrel NHS Foundation
    Trust"), else None."""
    found = {
        o.fields["name"]
        for o in orgs
        if o.fields["name"] != name and (type_of(o.fields["name"]) or ("", ""))[1].split()[-1:] == [head]
    }
    return found.pop() if len(found) == 1 else None


def _unique_with_head(orgs: list[Mention], head: str) -> str | None:
    """The one organisation name of the article whose head word is `head` ("the University" -> its university)."""
    found = sorted({o.fields["name"] for o in orgs if (type_of(o.fields["name"]) or ("", ""))[1] == head})
    return found[0] if len(found) == 1 else None


_DESCRIBER = re.compile(r"^(?: [A-Z][\w-]*(?:'s|’s))?$")
"""What may stand between a body's own words and its head word: one possessive word ("Children's", "Women's")."""


def part_of(name: str, orgs: list[Mention]) -> str | None:
    """The body a part is named after: for a name made of a body's own words and a part's head word ("Kestrel
    Academy", "Kestrel Institute"), the one other organisation of the article named with the same words alone
    ("Kestrel") or with the head of a whole body ("Kestrel Hospital", "Kestrel Children's Hospital"); else None."""
    head = type_of(name)
    if head is None or head[1].split()[-1] not in words("org_part_heads.txt"):
        return None
    at = name.find(" " + head[1])
    if at < 0 or name[at + len(head[1]) + 1 :] and not _COMPLEMENT.match(name, at + len(head[1]) + 1):
        return None  # the head ends the name or opens its complement ("Kestrel Centre for Ageing")
    own = name[:at]
    if not own or not own[:1].isupper() or place_label(own):
        return None  # a place's own words are no body's ("Leeds Institute"): the name cue places it
    found = set()
    for o in orgs:
        other = o.fields["name"]
        if other == name:
            continue
        if other == own:
            found.add(other)
            continue
        whole = type_of(other)
        if whole is None or whole[1].split()[-1] in words("org_part_heads.txt"):
            continue
        if _named_of(other, whole[1], own):
            found.add(other)  # "University of Kestrel" for "Kestrel Medical School"
        elif not other.startswith(own + " "):
            continue
        elif other.endswith(" " + whole[1]) and _DESCRIBER.match(other[len(own) : -len(whole[1]) - 1]):
            found.add(other)
    return next(iter(found)) if len(found) == 1 else None


_COMPLEMENT = re.compile(r" (?:for|of|on) [A-Z]")


def _named_of(other: str, head: str, own: str) -> bool:
    """True for a whole body's name written "Head of X" ("University of Kestrel") whose X opens a part's own words
    ("Kestrel" of "Kestrel Medical School")."""
    m = re.fullmatch(rf"(?:The )?{re.escape(head)} of (?:the )?([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)", other)
    return m is not None and (own == m.group(1) or own.startswith(m.group(1) + " "))


_AT_BODY = re.compile(r"(?:,? (?:and )?[A-Z][\w'’-]*)*,? at (?:the )?")
"""The words between a part of a body and the body it is at ("X, Y and Z at the W")."""


def owner_cues(ctx: Context, m: Mention, orgs: list[Mention]) -> list[dict[str, Any]]:
    """Cues from a stated owner: "Y's X" (Y a body or a place), "the University's X" (the article's one
    university), "X of Y" inside the name with Y a headed name, "X at Y" for a part of a body (a school, a
    centre), "Y ... its X" and "Y, whose X" for a part, and a part named after its body ("Kestrel Academy" of
    "Kestrel Hospital", `part_of`)."""
    text, name = ctx.text, m.fields["name"]
    out: list[dict[str, Any]] = []
    owner, own = split_owner(name)
    if owner:
        out.append({"level": "owner", "parent": owner, "evidence": f"{owner}'s"})
    poss = re.search(rf"({_CAP_RUN})['’]s $", text[max(0, m.start - 80) : m.start])
    if poss and not owner:
        at = m.start - len(poss.group())
        holder = next((o for o in orgs if o.start <= at < o.end and o is not m), None)
        if holder is not None:
            out.append({"level": "owner", "parent": holder.fields["name"], "evidence": poss.group().strip()})
        elif _label_of(poss.group(1)):
            out.append({"level": "owner", "label": _label_of(poss.group(1)), "evidence": poss.group().strip()})
        elif named := [c for c in _name_cues(poss.group(1)) if c["level"] in ("known", "branch", "name")]:
            # "the Tarn SAR Government's Department of Water": a government named by its place owns it
            out.append({"level": "owner", "label": named[0]["label"], "evidence": poss.group().strip()})
        elif _unique_with_head(orgs, _last_word(poss.group(1))):
            parent = _unique_with_head(orgs, _last_word(poss.group(1)))
            out.append({"level": "owner", "parent": parent, "evidence": poss.group().strip()})
    if not owner and not poss:
        kind = _KIND_POSSESSIVE.search(text, max(0, m.start - 60), m.start)
        parent = kind and _unique_with_last_head(orgs, kind.group(1).title(), name)
        if parent:
            out.append({"level": "owner", "parent": parent, "evidence": kind.group().strip(" ,")})
    tokens = own.split()
    stop = _governing(tokens)
    if stop < len(tokens):
        rest = re.sub(r"^(?:the )", "", " ".join(tokens[stop + 1 :]))
        if type_of(rest) is not None and rest != own:
            out.append({"level": "owner", "parent": rest, "evidence": " ".join(tokens[stop:])})
    head = type_of(own)
    part = head is None or head[1].split()[-1] in words("org_part_heads.txt")
    s0 = ctx.sentence_at(m.start)[0]
    its = re.search(r"(?<![\w-])(its|whose) $", text[max(s0, m.start - 6) : m.start]) if part else None
    if its:
        holder = [o for o in orgs if s0 <= o.start and o.end <= m.start and o is not m]
        if holder:
            parent = max(holder, key=lambda o: (o.end, o.start)).fields["name"]
            out.append({"level": "owner", "parent": parent, "evidence": f"{parent} ... {its.group(1)}"})
    if part:
        at = _AT_BODY.match(text, m.end)
        if at:
            parent = next((o for o in orgs if o.start == at.end()), None)
            if parent is not None:
                out.append({"level": "owner", "parent": parent.fields["name"], "evidence": at.group().strip(" ,")})
    out += stated_owner(text, m, orgs)
    body = part_of(own, orgs) if not out else None
    if body is not None:
        out.append({"level": "owner", "parent": body, "evidence": f"part of {body}"})
    return out


@lru_cache(maxsize=1)
def _owner_phrases() -> dict[str, str]:
    """Position -> alternation of the phrases of `org_owner_phrases.tsv` that tie a body to the one it belongs to."""
    out: dict[str, list[str]] = {}
    for position, phrase in table("org_owner_phrases.tsv"):
        out.setdefault(position, []).append(re.escape(phrase))
    return {k: "|".join(sorted(v, key=len, reverse=True)) for k, v in out.items()}


_PAIRED = re.compile(r"(?: \([^()]{1,20}\))? and (?:the )?")
"""What joins a body to the next one of a pair ("A (AA) and the B")."""


def stated_owner(text: str, m: Mention, orgs: list[Mention]) -> list[dict[str, Any]]:
    """Owner cues the sentence states: "X, part of Y", "X is part of Y", "X and Z, both part of Y" or "X, run by Y"
    (the phrase after X), and "Y,
    which runs X" or "Y (YA), which runs the X" (the phrase before X); Y the organisation mention right beside the
    phrase."""
    phrases = _owner_phrases()
    out = []
    end = m.end
    pair = _PAIRED.match(text, end)  # "A (AA) and the B (BB), both part of Y": A's phrase is after B
    nxt = next((o for o in orgs if pair and o.start == pair.end() and o is not m), None)
    if nxt is not None:
        end = nxt.end
    after = phrases.get("after") and re.match(
        rf"(?: \([^()]{{1,20}}\))?,? {'both ' if nxt is not None else '(?:both |each )?'}"
        rf"(?:(?:is|was|are|were|has been|have been|remains) (?:now |also )?)?(?:{phrases['after']}) (?:the )?",
        text[end : end + 60],
    )
    if after:
        parent = next((o for o in orgs if o.start == end + after.end() and o is not m), None)
        if parent is not None:
            out.append({"level": "owner", "parent": parent.fields["name"], "evidence": after.group().strip(" ,")})
    before = phrases.get("before") and re.search(
        rf"(?: \([^()]{{1,20}}\))?,? ((?:{phrases['before']}) (?:the )?)$", text[max(0, m.start - 60) : m.start]
    )
    if before:
        at = m.start - len(before.group())
        parent = next((o for o in orgs if o.end == at and o is not m), None)
        if parent is not None:
            out.append({"level": "owner", "parent": parent.fields["name"], "evidence": before.group(1).strip()})
    return out


def short_form_cues(orgs: list[Mention]) -> dict[int, dict[str, Any]]:
    """Cues for a body the article names by a short form: the first words of exactly one longer name of the
    article, when they hold no head word of their own ("Kestrel" for "Kestrel Diagnostics Ltd"; not "Kestrel
    University" for "Kestrel University Hospital"), or a head word alone for the article's one other body with
    that head ("the Academy" for "Kestrel Academy"), or the one longer name it is without a legal form ("Kestrel
    Diagnostics" for "Kestrel Diagnostics Ltd"). Mention index -> cue naming the full name as `parent`: the
    short form stands where the full name is decided to be."""
    names = sorted({o.fields["name"] for o in orgs})
    heads = {n: (type_of(n) or ("", ""))[1] for n in names}
    out = {}
    for i, o in enumerate(orgs):
        name = o.fields["name"]
        own = re.sub(r"^(?:the|The) ", "", name)
        if place_label(own) or gazetteer.is_place_name(own):
            continue
        full = [n for n in names if n != name and without_legal_form(n) == own]
        if len(full) == 1:
            out[i] = {"level": "short", "parent": full[0], "evidence": f"short for {full[0]}"}
            continue
        if heads[name] == "":
            full = [n for n in names if n.startswith(own + " ") and n != name]
            full = [n for n in full if completes(own, n)] if len(full) > 1 else full
        elif heads[name] == own:
            full = [n for n in names if n != name and heads[n] == own and re.sub(r"^(?:the|The) ", "", n) != own]
        else:
            continue
        if len(full) == 1:
            out[i] = {"level": "short", "parent": full[0], "evidence": f"short for {full[0]}"}
    return out


@lru_cache(maxsize=1)
def _kind_words() -> frozenset[str]:
    """Case-folded words a body's kind is written with after its own name: the one-word heads of `org_types.tsv`
    ("Systems"), legal forms (`org_legal_forms.txt`) and fields (`role_portfolios.txt`: "Medical")."""
    one = {key[0].casefold() for key in head_phrases() if len(key) == 1}
    return frozenset(one | lower_words("org_legal_forms.txt") | lower_words("role_portfolios.txt"))


def completes(short: str, name: str) -> bool:
    """True when `name` is `short` followed only by head words and words of its kind (`_kind_words`): "Kestrel"
    completes "Kestrel Medical Systems Ltd", not "Kestrel Aldwick Clinic", whose "Aldwick" is a name of its own."""
    if not name.startswith(short + " "):
        return False
    return all(is_head(w) or w.strip(".,").casefold() in _kind_words() for w in name[len(short) + 1 :].split())


def without_legal_form(name: str) -> str:
    """A company's name without the legal-form words that end it ("Kestrel Diagnostics Co., Ltd" -> "Kestrel
    Diagnostics"); other names unchanged."""
    toks = name.split()
    while len(toks) > 1 and toks[-1].strip(".,").casefold() in lower_words("org_legal_forms.txt"):
        toks = toks[:-1]
    return " ".join(toks).rstrip(",")


@lru_cache(maxsize=1)
def _described_pattern() -> re.Pattern:
    """A word of nationality and the lower-case words after it ("British venture capital funds signed"); a word of
    nationality joined to another ("British and Chinese investors") says nothing of either."""
    dem = "|".join(re.escape(d) for d in sorted(gazetteer.demonyms(), key=len, reverse=True))
    return re.compile(rf"(?<!\band )(?<!\bor )(?<!, )(?<![\w-])({dem})((?: (?!{_FUNCTION_WORDS}\b)[a-z][\w-]*){{1,4}})")


def _fold(word: str) -> str:
    w = word.casefold()
    return w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w


@lru_cache(maxsize=1)
def _kind_nouns() -> frozenset[str]:
    """Folded nouns that name a kind of body: the class nouns and the one-word heads ("funds", "firm")."""
    heads = {k[0] for k in _type_heads() if len(k) == 1}
    return frozenset(_fold(w) for w in set(class_nouns()) | heads)


@lru_cache(maxsize=1)
def _shared_words() -> frozenset[str]:
    """Folded words many bodies' names share, which say nothing of which body a phrase means: fields of public
    service, disciplines, and the heads of every type but companies ("Hospital", "University", "Bureau")."""
    out = set(words("org_public_fields.txt")) | set(words("org_disciplines.txt"))
    out |= {k[0] for k, t in _type_heads().items() if len(k) == 1 and t != "company"}
    return frozenset(_fold(w) for w in out)


def described_cues(ctx: Context, orgs: list[Mention]) -> dict[int, dict[str, Any]]:
    """Cues for a body whose own name the article describes with a word of nationality: a phrase of a word of
    nationality, lower-case words and a kind of body ("British venture capital funds ... signed") whose words hold
    a word of exactly one body's name ("Orrin Capital"), not a word many names share ("health", "hospital").
    Mention index -> cue."""
    names = sorted({o.fields["name"] for o in orgs})
    shared = _shared_words()
    words_of = {
        n: {_fold(w) for w in re.findall(r"[A-Za-z][\w'-]*", n) if len(w) >= 4} - shared - {"with", "from", "that"}
        for n in names
    }
    found: dict[str, set[tuple[str, str]]] = {}
    for hit in _described_pattern().finditer(ctx.text):
        toks = hit.group(2).split()
        kinds = [k for k, t in enumerate(toks) if _fold(t) in _kind_nouns()]
        label = place_label(hit.group(1))
        if not label or not kinds:
            continue
        for w in {_fold(x) for x in toks[: kinds[-1]]}:
            owners = [n for n in names if w in words_of[n]]
            if len(owners) == 1:
                found.setdefault(owners[0], set()).add((label, f"{hit.group(1)} {' '.join(toks[: kinds[-1] + 1])}"))
    out = {}
    for i, o in enumerate(orgs):
        cues = found.get(o.fields["name"], set())
        if len({label for label, _ in cues}) == 1:
            label, ev = sorted(cues)[0]
            out[i] = {"level": "described", "label": label, "evidence": ev}
    return out


_CITY_SHARE = 2
"""The article's city is named at least twice, and this many times as often as any other city."""


def _main_city(places: list[Mention], sides: bool = False) -> tuple[str, str] | None:
    """(jurisdiction, name) of the city an article is about: the city (with `sides`, or one-city jurisdiction,
    `_SIDES`) it names most, at least twice and `_CITY_SHARE` times as often as the next; None when there is none."""
    counts = Counter(
        p.fields["name"]
        for p in places
        if gazetteer.level(p.fields["name"]) == "city" or sides and p.fields["name"] in _SIDES
    )
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[0][1] < _CITY_SHARE * ranked[1][1]:
        return None
    label = place_label(ranked[0][0])
    return (label, ranked[0][0]) if label else None


def local_cues(ctx: Context, orgs: list[Mention], places: list[Mention] = ()) -> dict[int, dict[str, Any]]:
    """Cues for names with a local-government word and no place ("the Municipal Eye Hospital"): the place the
    article writes with a word of the same level ("Northvale Municipal Health Bureau", "Northvale Municipality"),
    when those places lie in one jurisdiction; for a municipal word, else the city the article is about
    (`_main_city`). Mention index -> cue."""
    levels = {r[0]: r[1] for r in table("org_local_words.tsv")}
    alt = "|".join(re.escape(w) for w in sorted(levels, key=len, reverse=True))
    where: dict[str, dict[str, str]] = {}
    for hit in re.finditer(rf"({_CAP_RUN}) ({alt})(?![\w-])", ctx.text):
        label = _label_of(hit.group(1))
        if label:
            where.setdefault(levels[hit.group(2)], {}).setdefault(label, hit.group())
    city = _main_city(places)
    if city is not None and "municipal" not in where:
        where["municipal"] = {city[0]: city[1]}
    out = {}
    for i, o in enumerate(orgs):
        name = o.fields["name"]
        found = [levels[w] for w in re.findall(rf"(?<![\w-])(?:{alt})(?![\w-])", name)]
        if not found or name_places(name) or len(where.get(found[0], {})) != 1:
            continue
        label, ev = next(iter(where[found[0]].items()))
        ev = re.sub(r"^(?:The|A|An) ", "", ev)
        out[i] = {"level": "context", "label": label, "evidence": f"{ev} (the article's {found[0]} level)"}
    return out


@lru_cache(maxsize=1)
def zone_names() -> str:
    """The zone words of `place_zone_words.txt` as written in a zone's name ("Cooperation Zone", "New Area")."""
    return "|".join(re.escape(w.title()) for w in sorted(words("place_zone_words.txt"), key=len, reverse=True))


@lru_cache(maxsize=1)
def _of_zone() -> re.Pattern:
    """ " of the cooperation zone" after a body's name, in lower case: the body is the zone's too ("the Welfare Office
    of the cooperation zone")."""
    lower = "|".join(re.escape(w) for w in sorted(words("place_zone_words.txt") | {"zone"}, key=len, reverse=True))
    return re.compile(rf" of the (?:[\w-]+ ){{0,2}}?(?:{lower})(?![\w-])")


def zone_cues(ctx: Context, orgs: list[Mention], places: list[Mention]) -> dict[int, dict[str, Any]]:
    """Cues for the bodies of a named zone ("the Executive Committee of the Cooperation Zone"): where the article
    puts its zone, when it puts it in one jurisdiction: "Northfield-Westport Cooperation Zone in Eastbank", a place
    opening the zone's name ("Eastbank Northfield-Westport Cooperation Zone"), or a zone place of known jurisdiction.
    A zone two sides share is where it lies, not either side. The bodies are those whose name holds a zone word and
    those written before "of the cooperation zone". Mention index -> cue."""
    zone = zone_names()
    found: dict[str, str] = {}
    for hit in re.finditer(rf"(?:{zone}) in (?:the )?([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){{0,2}})", ctx.text):
        label = _label_of(hit.group(1))
        if label:
            found.setdefault(label, hit.group())
    opening = rf"(?<![\w'’-])(?:[Tt]he )?([A-Z][a-z]+) (?:[A-Z][\w-]*[ -]){{1,4}}?(?:{zone})(?![\w-])"
    for hit in re.finditer(opening, ctx.text):
        label = place_label(hit.group(1))
        if label:
            found.setdefault(label, re.sub(r"^[Tt]he ", "", hit.group()))
    for p in places:
        name = p.fields["name"]
        label = place_label(name) or p.fields.get("jurisdiction")
        if re.search(rf"(?:{zone})$", name) and isinstance(label, str) and label != "unknown":
            found.setdefault(label, name)
    if len(found) != 1:
        return {}
    label, ev = next(iter(found.items()))
    return {
        i: {"level": "context", "label": label, "evidence": f"{ev} (the article's zone)"}
        for i, o in enumerate(orgs)
        if re.search(rf"(?<![\w-])(?:{zone})(?![\w-])", o.fields["name"]) or _of_zone().match(ctx.text, o.end)
    }


_LIST_LINE_WORDS = 12


def _line_blocks(ctx: Context, orgs: list[Mention]) -> list[list[int]]:
    """Mention indexes of each block of three or more consecutive short lines (a list written one item per line),
    keeping only the lines that hold nothing but organisation names ("• A", "A, B")."""
    by_line: dict[int, list[int]] = {}
    for i, o in enumerate(orgs):
        by_line.setdefault(ctx.paragraph_at(o.start)[0], []).append(i)
    blocks: list[list[list[int]]] = [[]]
    pos = 0
    for line in ctx.text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not line.strip() or len(line.split()) > _LIST_LINE_WORDS:
            blocks.append([])
            continue
        rest = list(line)
        for i in by_line.get(start, []):
            rest[orgs[i].start - start : orgs[i].end - start] = " " * (orgs[i].end - orgs[i].start)
        only_names = bool(by_line.get(start)) and not re.sub(r"\band\b|[\W_]", "", "".join(rest))
        blocks[-1].append(by_line[start] if only_names else [])
    return [[i for line in b for i in line] for b in blocks if len(b) >= 3]


def stated_labels(name: str) -> list[str]:
    """The jurisdictions a name states by itself (registry, branch or name level)."""
    return [c["label"] for c in name_cues(name) if c["level"] in ("known", "branch", "name")]


def list_cues(ctx: Context, orgs: list[Mention]) -> dict[int, dict[str, Any]]:
    """Cues for the bodies of a list written one per line (the members of a delegation) with no place of their
    own: the jurisdiction that at least three other members' names state, when they all agree. Index -> cue."""
    out = {}
    for block in _line_blocks(ctx, orgs):
        stated = {i: stated_labels(orgs[i].fields["name"]) for i in block}
        labels = [x[0] for x in stated.values() if x]
        if len(labels) < 3 or len(set(labels)) != 1:
            continue
        for i in block:
            if not stated[i]:
                out[i] = {
                    "level": "list",
                    "label": labels[0],
                    "evidence": f"listed with {len(labels)} bodies in {labels[0]}",
                }
    return out


@lru_cache(maxsize=1)
def own_voice() -> dict[str, str]:
    """The words of `own_voice.tsv` as one pattern per position (RE2 and Python alike): "before" followed by the
    capitalised name it captures ("Here at Westmoor Hospital"), "after" at the start of the text after a name."""
    out: dict[str, list[str]] = {}
    for position, pattern in table("own_voice.tsv"):
        out.setdefault(position, []).append(f"(?:{pattern})")
    name = r"([A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)*)"
    return {"before": "(?i:" + "|".join(out["before"]) + ")" + name, "after": "(?i)^(?:" + "|".join(out["after"]) + ")"}


def own_voice_names(ctx: Context, orgs: list[Mention]) -> set[str]:
    """The names of the bodies an article is written by, in their own voice: after "Here at" ("Here at Kestrel we
    offer" -> "Kestrel"), or an organisation followed by "and our partners"."""
    voice = own_voice()
    found = {m.group(1) for m in re.finditer(voice["before"], ctx.text)}
    after = re.compile(voice["after"])
    found |= {o.fields["name"] for o in orgs if after.match(ctx.text, o.end)}
    return found


@lru_cache(maxsize=1)
def _home_pattern() -> re.Pattern:
    return re.compile("(?:" + "|".join(f"(?:{p})" for p in read_lines("org_home_words.txt")) + r")(?:the )?$", re.I)


def voice_cues(ctx: Context, orgs: list[Mention], places: list[Mention]) -> dict[int, dict[str, Any]]:
    """Cues for the body an article speaks for in its own voice (`own_voice_names`) and the parts named after it
    ("Kestrel Academy" of "Here at Kestrel we"): the jurisdiction of the places the article calls home
    (`org_home_words.txt`: "at home in the UK", "here in Northfield"), when they agree. Mention index -> cue."""
    own = own_voice_names(ctx, orgs)
    if not own:
        return {}
    text = ctx.text
    homes = [
        (label, text[max(0, p.start - 40) : p.end].split("\n")[-1].strip())
        for p in places
        if _home_pattern().search(text, max(0, p.start - 40), p.start) and (label := place_label(p.fields["name"]))
    ]
    if len({label for label, _ in homes}) != 1:
        return {}
    label, ev = homes[0]
    out = {}
    for i, o in enumerate(orgs):
        name = o.fields["name"]
        speaker = next((n for n in sorted(own) if name == n or name.startswith(n + " ")), None)
        if speaker:
            out[i] = {"level": "voice", "label": label, "evidence": f"{ev} (the article speaks for {speaker})"}
    return out


@lru_cache(maxsize=1)
def _site_nouns() -> str:
    """The nouns of `org_site_nouns.txt` as one alternation, each with an optional plural ("campus", "plants")."""
    nouns = sorted(words("org_site_nouns.txt"), key=len, reverse=True)
    return "|".join(re.escape(n) + r"(?:e?s)?" for n in nouns)


_SITE_OWNER_BEFORE = r"(?:(?:a|an|the) (?:[a-z][\w-]* ){0,3}[a-z][\w-]*, )?(?:the )?$"
"""What may stand between "owned by" and the owner's name: a class phrase in apposition ("a new joint venture, X")."""


def _short_owner(text: str, at: int, words_: str, orgs: list[Mention]) -> set[str]:
    """The names a body's words written at `at` may stand for: the mention there, else the full name the article's
    other mentions of the same words stand for, else the one name they open when no other name holds them as a
    word ("Kestrel" for "Kestrel University", not when "Tollan Kestrel Biotech" is named too)."""
    held = {o.fields["name"] for o in orgs if o.start <= at < o.end}
    if held:
        return held
    short = {o.fields["name"] for o in orgs if text[o.start : o.end] == words_ and o.fields["name"] != words_}
    if short:
        return short
    opened = {o.fields["name"] for o in orgs if o.fields["name"] == words_ or o.fields["name"].startswith(words_ + " ")}
    inside = {o.fields["name"] for o in orgs if re.search(rf"\s{re.escape(words_)}(?![\w-])", o.fields["name"])}
    return opened if not inside - opened else set()


def site_cues(ctx: Context, orgs: list[Mention]) -> dict[int, dict[str, Any]]:
    """Cues from a body's premises (`org_site_nouns.txt`): a place written as a possessed body's premises
    ("Kestrel's Northfield campus", "Kestrel University's campus in Northfield"; "Kestrel" the short form of
    exactly one name of the article), and the owner or operator of premises the article puts in one jurisdiction
    ("a plant in Leeds ... The plant will be owned by X", "X will run the plant"). Mention index -> cue."""
    text, nouns = ctx.text, _site_nouns()
    found: dict[str, dict[str, Any]] = {}
    possessed = re.compile(
        rf"(?<![\w'’-])({_CAP_RUN})['’]s (?:(?:[a-z][\w-]* )?({_CAP_RUN}) (?:{nouns})\b"
        rf"|(?:[a-z][\w-]* )?(?:{nouns}) (?:in|at) (?:the )?({_CAP_RUN}))"
    )
    for hit in possessed.finditer(text):
        label = _label_of(re.split(r"\. ", hit.group(2) or hit.group(3))[0])
        if not label:
            continue
        owners = _short_owner(text, hit.start(), hit.group(1), orgs)
        if len(owners) == 1:
            found.setdefault(owners.pop(), {"level": "site", "label": label, "evidence": hit.group()})
    placed: list[tuple[int, str, str, str]] = []  # (offset, noun, jurisdiction, words) of premises put in a place
    for hit in re.finditer(rf"(?<![\w-])({_CAP_RUN}) ({nouns})\b|\b({nouns}) (?:in|at) (?:the )?({_CAP_RUN})", text):
        label = _label_of(re.split(r"\. ", hit.group(1) or hit.group(4))[0])
        if label:
            placed.append((hit.start(), _fold(hit.group(2) or hit.group(3)), label, hit.group()))
    run = (
        rf"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts) ({nouns}),? "
        r"(?:will be |is |was |would be |to be |are |were )?(?:owned|run|operated) by "
    )
    gap = re.compile(_SITE_OWNER_BEFORE)
    for hit in re.finditer(run, text):
        before = [p for p in placed if p[0] < hit.start() and p[1] == _fold(hit.group(1))]
        owner = next(
            (o for o in orgs if hit.end() <= o.start <= hit.end() + 60 and gap.match(text[hit.end() : o.start])), None
        )
        if owner is not None and before:  # "the plant": the premises of that kind named last
            _, _, label, where = before[-1]
            found.setdefault(
                owner.fields["name"],
                {"level": "site", "label": label, "evidence": f"{where} ... {hit.group().strip()}"},
            )
    return {i: dict(found[o.fields["name"]]) for i, o in enumerate(orgs) if o.fields["name"] in found}


@lru_cache(maxsize=1)
def _seat_pattern() -> re.Pattern:
    """ "Its secretariat will be based in X", "Its headquarters are in X", "..., whose secretariat is based in X": the
    seat of the body "its" or "whose" stands for."""
    nouns = "|".join(re.escape(n) for n in sorted(words("org_seat_nouns.txt"), key=len, reverse=True))
    return re.compile(
        rf"\b(?:[Ii]ts|whose) (?:{nouns}) (?:(?:will be|is|are|was|were|would be|has been|have been) )?"
        rf"(?:(?:based|located|housed|sited) )?in (?:the )?({_CAP_RUN})(?![\w'’-])"
    )


def seat_cues(ctx: Context, orgs: list[Mention]) -> dict[int, dict[str, Any]]:
    """Cues from a stated seat ("Its secretariat will be based in Leeds"): the body the sentence opens with, else
    the one the sentence before opens with, is based where its seat is; after "whose", the body named last before
    it in its sentence ("the X Alliance, a network of 30 hospitals whose secretariat is in Leeds"). Mention index ->
    cue."""
    text, out = ctx.text, {}
    for hit in _seat_pattern().finditer(text):
        label = _label_of(re.split(r"\. ", hit.group(1))[0])
        if not label:
            continue
        s0 = ctx.sentence_at(hit.start())[0]
        if hit.group().startswith("whose"):
            before = [o for o in orgs if s0 <= o.start and o.end <= hit.start()]
            body = max(before, key=lambda o: o.end).fields["name"] if before else None
        else:
            body = None
        body = (
            body
            or _opening_body(text, s0, hit.start(), orgs)
            or (s0 > 0 and _opening_body(text, ctx.sentence_at(max(0, s0 - 2))[0], s0, orgs))
        )
        if body:
            for i, o in enumerate(orgs):
                if o.fields["name"] == body:
                    out[i] = {"level": "seat", "label": label, "evidence": hit.group()}
    return out


def _opening_body(text: str, start: int, end: int, orgs: list[Mention]) -> str | None:
    """The name of the organisation that opens the text between `start` and `end` (after "The"), else None."""
    first = min((o for o in orgs if start <= o.start < end), key=lambda o: o.start, default=None)
    if first is None or not re.fullmatch(r"\s*(?:[Tt]he )?", text[start : first.start]):
        return None
    return first.fields["name"]


def government_style(name: str) -> bool:
    """True for a name whose head makes it a public body or that holds a word of local government ("the Health
    Bureau", "the Municipal Eye Hospital"): such a name, written without a place, is the article's own."""
    local = {r[0] for r in table("org_local_words.tsv")}
    return (type_of(name) or ("",))[0] == "government" or any(w in local for w in re.findall(r"[\w']+", name))


def setting_labels(places: list[Mention], orgs: list[Mention]) -> Counter:
    """How many of the places an article names lie in each jurisdiction: its place mentions and the first place each
    organisation name states ("Northfield ... Eastmoor University" -> {"UK": 1, "mainland China": 1})."""
    labels = [place_label(p.fields["name"]) for p in places]
    labels += [label for o in orgs for label in stated_labels(o.fields["name"])[:1]]
    return Counter(x for x in labels if x)


def article_setting(places: list[Mention], orgs: list[Mention]) -> dict[str, Any] | None:
    """The article's setting: the jurisdiction of at least three quarters of the places it names (in place mentions and
    organisation names, `setting_labels`), when it names at least two; the weakest cue, given to government-style
    names only (`government_style`), since an article set in one country names bodies of the other too."""
    counts = setting_labels(places, orgs)
    labels = list(counts.elements())
    if len(labels) < _MIN_SETTING_PLACES:
        return None
    label, n = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]
    if n < _SETTING_SHARE * len(labels):
        return None
    return {"level": "setting", "label": label, "evidence": f"{n} of the {len(labels)} places named are in {label}"}


def city_setting(places: list[Mention]) -> dict[str, Any] | None:
    """The setting of an article whose places lie on both sides of a border but which is about one city
    (`_main_city`: Harbour City named eight times, two mainland cities four and three): its government-style names
    without a place are that city's ("the Health Bureau"), the other side's bodies being named with their place."""
    city = _main_city(places, sides=True)
    if city is None:
        return None
    return {"level": "setting", "label": city[0], "evidence": f"the article is about {city[1]}"}


_BANNER_WORDS = 12
"""Most words of a first line that is a banner naming the page's owner, not a sentence."""


def _names_publisher(o: Mention, pub) -> bool:
    """Whether a mention lies on the article's stated publisher (`Document.publisher`, or None)."""
    return pub is not None and o.start < pub.end and pub.start < o.end


def _publishing_names(ctx: Context, orgs: list[Mention]) -> set[str]:
    """Names of the bodies that publish the article: opening the banner (its first line, when a short one) or named as
    its publisher."""
    first = re.search(r"\S[^\n]*", ctx.text)
    first = first if first is not None and len(first.group().split()) <= _BANNER_WORDS else None
    pub = ctx.doc.publisher
    return {
        o.fields["name"]
        for o in orgs
        if (first is not None and first.start() <= o.start <= first.start() + 4 and o.end <= first.end())
        or _names_publisher(o, pub)
    }


def title_place(title: str) -> tuple[str, str] | None:
    """(place, jurisdiction) of the place a title opens with, before at least one more word ("MACAU Evening Post" ->
    ("Macau", "Macao")); None when it opens with none."""
    words_ = [w.title() if w.isupper() else w for w in title.split()]
    words_ = words_[1:] if words_[:1] == ["The"] else words_
    for n in (3, 2, 1):
        if len(words_) > n and (label := place_label(" ".join(words_[:n]))) is not None:
            return " ".join(words_[:n]), label
    return None


def outlet_setting(ctx: Context) -> dict[str, Any] | None:
    """The setting of an article whose publisher's name opens with a place ("Harbour City Observer"): where a local
    outlet's unplaced government-style names are ("the Health Bureau"), the weakest setting, read only when the places
    the article names settle nothing."""
    pub = ctx.doc.publisher
    opening = title_place(pub.value) if pub is not None and pub.value else None
    return {"level": "setting", "label": opening[1], "evidence": f"published by {pub.value}"} if opening else None


def _filed_from(text: str) -> list[tuple[dict[str, Any], int]]:
    """Each dateline a story is filed from ("KELBY, Aug 19 (Wire) - ..."): its setting cue (the place's jurisdiction,
    level "setting") and where the news after it starts."""
    out = []
    for start, end, name in gazetteer.dateline_places(text):
        label = place_label(name)
        tail = gazetteer.DATELINE_TAIL.match(text, end)
        if label and tail is not None:
            out.append(
                ({"level": "setting", "label": label, "evidence": f"{text[start:end]} (the dateline)"}, tail.end())
            )
    return out


def dateline_setting(ctx: Context) -> dict[str, Any] | None:
    """The setting of a story filed from a place ("KELBY, Aug 19 (Wire) - ..., the Health Bureau announced"): where its
    unplaced government-style names are, read only when the places the article names settle nothing."""
    filed = _filed_from(ctx.text)
    return filed[0][0] if filed else None


def site_setting(ctx: Context) -> dict[str, Any] | None:
    """The setting of a page of a government's site, by its address line ("news.gov.hk"): its government-style
    names without a place are that government's ("the Health Bureau"), as on a page it publishes in its name."""
    site = site_place(ctx.doc.raw)
    label = place_label(site[0]) if site and site[1] else None
    return {"level": "setting", "label": label, "evidence": "a page of a government site"} if label else None


def publisher_setting(ctx: Context, orgs: list[Mention]) -> dict[str, Any] | None:
    """The setting of an article a government publishes: the jurisdiction its name states, when a government body
    that states one opens the text or heads the page's news (the banner "Tollan Provincial Government Press
    Releases", `news_headings`) or is the stated publisher, named in the text or only in a line the cleaning set
    aside (a copyright footer). Its press release names its own departments without
    their place ("the Health Bureau"), even when most places it names are elsewhere."""
    first = re.search(r"\S[^\n]*", ctx.text)
    pub = ctx.doc.publisher
    to_cleaned = ctx.doc.cleaned.to_cleaned
    headings = [(to_cleaned(h.start), to_cleaned(h.end)) for h in news_headings(ctx.doc.raw)]
    for o in orgs:
        on_banner = first is not None and o.start < first.end() or any(a <= o.start and o.end <= b for a, b in headings)
        published = _names_publisher(o, pub)
        if not (on_banner or published) or (type_of(split_owner(o.fields["name"])[1]) or ("",))[0] != "government":
            continue
        labels = set(stated_labels(o.fields["name"]))
        if len(labels) == 1:
            label = labels.pop()
            return {"level": "setting", "label": label, "evidence": f"published by {o.fields['name']}"}
    # a publisher read from a line the cleaning set aside ("© Government of the Tarn SAR" in the footer)
    if pub is not None and (type_of(split_owner(pub.value)[1]) or ("",))[0] == "government":
        labels = set(stated_labels(pub.value))
        if len(labels) == 1:
            return {"level": "setting", "label": labels.pop(), "evidence": f"published by {pub.value}"}
    return None


def _town_word(cue: dict[str, Any], homes: set[str], named: set[str]) -> bool:
    """True for a name's cue from a town or city word the article names nowhere as a place, where the sentence
    around the body states another home: "Lianhe Mutual Insurance, a Macao insurer" is not placed by a mainland town
    called Lianhe (a country, a province, a one-city jurisdiction or a word of nationality in the name still
    counts)."""
    words_ = cue.get("evidence") or ""
    if cue["level"] not in ("branch", "name") or cue.get("label") in homes or words_ in named:
        return False
    if words_ in gazetteer.demonyms() or words_ in _SIDES or gazetteer.level(words_) in ("country", "province"):
        return False
    return place_label(words_) is not None


def namesake_cues(text: str, orgs: list[Mention], found: list[list[dict[str, Any]]]) -> dict[int, dict[str, Any]]:
    """Cues for bodies the text places nowhere, from the other bodies of the article named after the same word of
    their own (`_named_after`: "Ashby" in "University of Ashby" and in "Ashby Teaching Hospitals NHS Foundation
    Trust", not in "Harbin Ashby Biotech"): their side, when every body sharing a word of the name that has a side
    (from any cue but the setting) has the same ("Ashby Lianhe Health", a venture named after a British and a Chinese
    parent, gets none). A word the text also writes in lower case is a word of the language ("Women's", "Southern"),
    no body's own. `found`: each mention's cues. Mention index -> cue."""
    common = lower_case_words(text)
    sides: dict[str, set[str]] = {}
    for m, cues in zip(orgs, found):
        name = m.fields["name"]
        sides.setdefault(name, set()).update(
            c["label"] for c in cues if c.get("label") and c["level"] not in ("namesake", "setting")
        )
    by_word: dict[str, set[str]] = {}  # a word of a name -> the sides of the bodies it names
    donors: dict[str, str] = {}  # a word a body is named after -> the first such body with a side
    for name, labels in sides.items():
        for w in _whole_own_words(name) - common if labels else ():
            by_word.setdefault(w, set()).update(labels)
        for w in _named_after(name) - common if labels else ():
            donors.setdefault(w, name)
    out = {}
    for i, m in enumerate(orgs):
        name = m.fields["name"]
        after = [w for w in sorted(_named_after(name) - common) if w in donors]
        labels = set().union(*(by_word.get(w, set()) for w in _whole_own_words(name) - common))
        if sides[name] or not after or len(labels) != 1:
            continue
        out[i] = {"level": "namesake", "label": labels.pop(), "evidence": donors[after[0]]}
    return out


@lru_cache(maxsize=1)
def _venture() -> re.Pattern:
    """The words of `org_venture_words.txt` ("joint venture"), as whole words with an optional plural."""
    return re.compile(rf"(?<![\w-])(?i:{alternation('org_venture_words.txt')})s?(?![\w-])")


def _parent_words(name: str) -> set[str]:
    """The capitalised words of a name that may be a parent's, split at hyphens ("Tollan-Kestrel Diagnostics" ->
    tollan, kestrel): no head word of any type, no shared word ("Health", "Medical"), no place where a place says
    where a body is (opening the name or after "of", "in", "at": "Harbin" of "Harbin Kestrel Biotech")."""
    heads = {_fold(k[0]) for k in _type_heads() if len(k) == 1}
    out = set()
    before = ""
    for k, w in enumerate(re.findall(r"[A-Za-z][\w'’]*", POSSESSIVE.sub("", name))):
        folded = _fold(w)
        placed = (k == 0 or before in ("of", "in", "at")) and place_label(w) is not None
        if w[0].isupper() and len(w) > 2 and folded not in heads and folded not in _shared_words() and not placed:
            out.add(w.casefold())
        before = w.casefold()
    return out


def _side(cues: list[dict[str, Any]]) -> str | None:
    """The one jurisdiction the strongest level of a body's cues gives, else None."""
    for level in LEVELS:
        labels = {c["label"] for c in cues if c.get("level") == level and c.get("label")}
        if labels:
            return labels.pop() if len(labels) == 1 else None
    return None


def venture_cues(text: str, ctx: Context, orgs: list[Mention], found: list[list[dict[str, Any]]]) -> dict[int, dict]:
    """Cues for a joint venture the text places nowhere (`org_venture_words.txt` in its sentence: "their joint
    venture, Tollan-Kestrel Diagnostics"), named after the words of two or more parents of the article, one placed
    in mainland China and the others elsewhere, each on the side its strongest cue gives ("Kestrel Biotech of
    Harbin" and "Tollan Medical, the Leeds device maker"): mainland China, where foreign investment with a mainland
    partner takes the form of a mainland company. A weak cue (level "namesake"): anything the text says of the
    venture itself (its plant in Leeds, "a Leeds-based joint venture") outranks it. Mention index -> cue."""
    common = lower_case_words(text)
    cues_of: dict[str, list[dict[str, Any]]] = {}
    for m, cues in zip(orgs, found):
        cues_of.setdefault(m.fields["name"], []).extend(
            c for c in cues if c.get("label") and c["level"] not in ("namesake", "setting", "funds")
        )
    sides = {name: _side(cues) for name, cues in cues_of.items()}
    out = {}
    for i, m in enumerate(orgs):
        name = m.fields["name"]
        s0, e0 = ctx.sentence_at(m.start)
        if cues_of[name] or not _venture().search(text, s0, max(e0, m.end)):
            continue
        own = _parent_words(name) - common
        parents = {
            other: side
            for other, side in sides.items()
            if other != name and side is not None and own & (_parent_words(other) - common)
        }
        labels = set(parents.values())
        if len(parents) >= 2 and "mainland China" in labels and len(labels) == 2:
            ev = " and ".join(f"{p} ({label})" for p, label in sorted(parents.items()))
            out[i] = {"level": "namesake", "label": "mainland China", "evidence": f"a joint venture of {ev}"}
    return out


def _whole_own_words(name: str) -> set[str]:
    """The own words of a name (`names.own_words`) written as whole words, not as a part of a hyphenated pair
    ("Ashby-Northvale Centre", a pair's name)."""
    own = own_words(split_owner(name)[1])
    return {bare(t).casefold() for t in name.split() if bare(t).casefold() in own}


def _named_after(name: str) -> set[str]:
    """The words a body is named after (`_whole_own_words`) that open the name or follow "of" ("Ashby" in "Ashby
    Medical School" and in "University of Ashby", not "Women's" in "Ashby Women's Clinic"); a place's name is left
    out, the name cue reads it (`place_label`)."""
    tokens = [bare(t) for t in name.split()]
    tokens = tokens[1:] if tokens[:1] in (["The"], ["the"]) else tokens
    slots = tokens[:1] + [tokens[i + 1] for i, t in enumerate(tokens[:-1]) if t == "of" and tokens[i + 1] != "the"]
    own = _whole_own_words(name)
    return {t.casefold() for t in slots if t[:1].isupper() and t.casefold() in own and place_label(t) is None}


@lru_cache(maxsize=1)
def _currency_labels() -> dict[str, str]:
    """Currency -> the jurisdiction of the one country or territory that issues it (`amount_currency_places.tsv`)."""
    out = {}
    for unit, place in table("amount_currency_places.tsv"):
        label = place_label(place)
        if label:
            out[unit] = label
    return out


@lru_cache(maxsize=1)
def _contribution() -> tuple[re.Pattern, re.Pattern]:
    """(verb, the words between a body and the verb): a verb of adding a sum to a shared undertaking
    (`org_contribution_verbs.txt`) followed by a sum, and the auxiliaries that may stand before it."""
    verb = re.compile(rf"(?<![\w-])(?i:{alternation('org_contribution_verbs.txt')}) (?=\S)")
    aux = re.compile(
        r"(?: \([^()]{1,40}\))?(?:,? (?:which|who))?"
        r"(?: (?:has|have|had|will|would|is|are|was|were|to|be|also|jointly|already|each|together|respectively))*,? $"
    )
    return verb, aux


@lru_cache(maxsize=1)
def _grant_from() -> re.Pattern:
    """The words between a sum and its giver: a noun of a gift (`org_grant_nouns.txt`), then "from" ("a £2 million
    grant from", "£2 million in funding from the")."""
    nouns = alternation("org_grant_nouns.txt")
    return re.compile(rf" (?:[a-z-]+ ){{0,2}}?(?:in )?(?i:{nouns}) from (?:the )?")


_PARTY_GAP = re.compile(r"(?:,? and |, )(?:the )?$")
_BARE_PARTY = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})$")


def _parties(text: str, start: int, end: int, orgs: list[Mention]) -> list[list[int]]:
    """The bodies of the list of names that ends at `end` (after `start`), in order: each an organisation mention
    ending there, or a short form made of one body's own words ("Ashby" for "University of Ashby" and "Ashby Medical
    School"), standing for the bodies named with exactly those own words. Each item: mention indexes."""
    out: list[list[int]] = []
    while end > start:
        ends = [i for i, o in enumerate(orgs) if o.end == end and o.start >= start]
        if ends:
            first = min(orgs[i].start for i in ends)
        else:
            m = _BARE_PARTY.search(text, start, end)
            if m is None:
                break
            own = own_words(m.group(1))
            ends = [i for i, o in enumerate(orgs) if own and own_words(split_owner(o.fields["name"])[1]) == own]
            if not ends:
                break
            first = m.start(1)
        out.insert(0, ends)
        gap = _PARTY_GAP.search(text, max(start, first - 10), first)
        if gap is None:
            break
        end = gap.start()
    return out


def funds_cues(ctx: Context, orgs: list[Mention]) -> dict[int, list[dict[str, Any]]]:
    """Cues for the bodies that put a sum of their own into a shared undertaking, in the currency of one side
    ("Northvale University will contribute 18 million yuan", "with Ashby and Northvale contributing £3.2 million and
    28 million yuan respectively"): that side, a weak cue ("funds"). A list of bodies with one sum shares it and
    gets none; sums listed with "respectively" go to the bodies in order. Mention index -> cues."""
    text, out = ctx.text, {}
    verb, aux = _contribution()
    sums, labels = amounts.pattern(), _currency_labels()
    for v in verb.finditer(text):
        s_start, s_end = ctx.sentence_at(v.start())
        pos, found, sums_end = v.end(), [], v.end()
        while True:
            m = sums.match(text, pos)
            if m is None or m.end() > s_end:
                break
            found.append(labels.get(amounts.money_unit(m) or ""))
            sums_end = m.end()
            gap = re.match(r",? (?:and|while|with) (?:the )?", text[m.end() : s_end])
            if gap is None:
                break
            pos = m.end() + gap.end()
        if not found or None in found:
            continue
        lead = aux.search(text, s_start, v.start())
        if lead is None:
            continue
        parties = _parties(text, s_start, lead.start(), orgs)
        if len(parties) == 1 and len(found) == 1:
            pairs = [(parties[0], found[0])]
        elif len(parties) == len(found) > 1 and "respectively" in text[lead.start() : s_end]:
            pairs = list(zip(parties, found))
        else:
            pairs = []
        for idx, label in pairs:
            for i in idx:
                out.setdefault(i, []).append({"level": "funds", "label": label, "evidence": text[v.start() : sums_end]})
    starts = {o.start: i for i, o in enumerate(orgs)}
    for m in sums.finditer(text):  # "a £240,000 grant from Kelby Council": the giver pays in its own currency
        label = labels.get(amounts.money_unit(m) or "")
        gift = _grant_from().match(text, m.end()) if label else None
        if gift is not None and gift.end() in starts:
            i = starts[gift.end()]
            out.setdefault(i, []).append({"level": "funds", "label": label, "evidence": text[m.start() : orgs[i].end]})
    return out


def annotate(ctx: Context, orgs: list[Mention], places: list[Mention]) -> list[Mention]:
    """The organisation mentions with an `org_cues` field: {"type": [type, head] | None, "jurisdiction": [cue]}."""
    examples = example_list_cues(ctx, orgs)
    typed = type_context_cues(ctx, orgs)
    local = local_cues(ctx, orgs, places)
    listed = list_cues(ctx, orgs)
    short = short_form_cues(orgs)
    described = described_cues(ctx, orgs)
    voice = voice_cues(ctx, orgs, places)
    zones = zone_cues(ctx, orgs, places)
    sites = site_cues(ctx, orgs)
    masthead = masthead_cues(ctx, orgs)
    datelines = dateline_cues(ctx, orgs)
    shared = listed_class_cues(ctx, orgs)
    seats = seat_cues(ctx, orgs)
    funds = funds_cues(ctx, orgs)
    published_by = publisher_setting(ctx, orgs)
    setting = published_by or site_setting(ctx) or article_setting(places, orgs) or city_setting(places)
    setting = setting or dateline_setting(ctx) or outlet_setting(ctx)
    publishing = _publishing_names(ctx, orgs)
    stated: dict[str, set[str]] = {}  # name -> the homes the sentences around its mentions state
    found = []
    for i, m in enumerate(orgs):
        name = m.fields["name"]
        own = split_owner(name)[1]
        around = context_cues(ctx, m, orgs)
        stated.setdefault(name, set()).update(c["label"] for c in around)
        cues = owner_cues(ctx, m, orgs) + name_cues(own) + around
        cues += [
            c[i]
            for c in (
                examples,
                shared,
                local,
                zones,
                sites,
                masthead,
                seats,
                listed,
                short,
                described,
                voice,
                datelines,
            )
            if i in c
        ]
        cues += funds.get(i, [])
        if setting and government_style(own) and (name not in publishing or setting is published_by):
            cues.append(setting)  # the setting of a body's own news about a visit from elsewhere is not its home
        found.append(cues)
    for i, cue in namesake_cues(ctx.text, orgs, found).items():
        found[i].append(cue)
    for i, cue in venture_cues(ctx.text, ctx, orgs, found).items():
        found[i].append(cue)
    named = {p.fields["name"] for p in places}
    out = []
    for i, (m, cues) in enumerate(zip(orgs, found)):
        homes = stated[m.fields["name"]]
        if len(homes) == 1:
            cues = [c for c in cues if not _town_word(c, homes, named)]
        head = type_of(split_owner(m.fields["name"])[1])
        fields = dict(
            m.fields,
            org_cues={"type": list(head) if head else None, "type_context": typed.get(i, []), "jurisdiction": cues},
        )
        out.append(replace(m, fields=fields))
    return out


_FOOTER_BREAKS = re.compile(r"[.,;|｜]\s")
_ICP = re.compile(r"[\u4e00-\u9fff]?ICP[备證证]\s*\d+号?(?:-\d+)?")
"""A website's ICP filing or licence number ("粤ICP备12345678号"), which the mainland's telecoms ministry gives the
sites it hosts: a footer holding one states a site of mainland China."""


def footer_place(line: str) -> dict[str, Any] | None:
    """The cue a page footer gives the bodies it names: the place it states as a part of its own between stops,
    commas or bars ("© 2026 Kestrel Media Ltd, Northfield. All rights reserved" -> Northfield's jurisdiction), or a
    mainland site's filing number (`_ICP`), when these lie in one jurisdiction; None otherwise."""
    found: dict[str, str] = {}
    licence = _ICP.search(line)
    if licence:
        found["mainland China"] = licence.group()
    for part in _FOOTER_BREAKS.split(line + " "):
        part = part.strip(" .")
        label = place_label(part) if part[:1].isupper() and gazetteer.is_place_name(part) else None
        if label:
            found.setdefault(label, part)
    if len(found) != 1:
        return None
    label, place = next(iter(found.items()))
    return {"level": "context", "label": label, "evidence": f"{place} (the page's footer)"}


def dateline_cues(ctx: Context, orgs: list[Mention]) -> dict[int, dict[str, Any]]:
    """Cues for the body a dateline's sentence opens with ("LEEDS, May 3 - The University of Westmoor has ..."): the
    news is filed where its first body is, the weakest cue (level "setting"), which anything the text says of the
    body outranks ("SHANGHAI - British device maker Kelby ..."). Mention index -> cue."""
    text, out = ctx.text, {}
    for cue, news in _filed_from(text):
        body = _opening_body(text, news, ctx.sentence_at(news)[1], orgs)
        for i, o in enumerate(orgs):
            if o.fields["name"] == body and o.start >= news:
                out[i] = dict(cue)
                break
    return out


def masthead_cues(ctx: Context, orgs: list[Mention]) -> dict[int, dict[str, Any]]:
    """Cues for the site's own name, written as the page's first line ("KESTREL WIRE | News | Jobs" for "Kestrel
    Wire"): the place its copyright lines state (`footer_place`), when they state one jurisdiction. Mention index
    -> cue."""
    raw = ctx.doc.raw
    first = next((line.strip() for line in raw.splitlines() if line.strip()), "")
    masthead = re.split(r"\s*[|｜]\s*|\s{2,}", first)[0].casefold()
    if not masthead:
        return {}
    found = [footer_place(line) for line in raw.splitlines() if patterns("copyright_marks.txt").search(line)]
    found = [f for f in found if f]
    if len({f["label"] for f in found}) != 1:
        return {}
    return {i: dict(found[0]) for i, o in enumerate(orgs) if o.fields["name"].casefold() == masthead}


def annotate_names(ctx: Context, orgs: list[Mention], places: list[Mention], in_text: list[Mention]) -> list[Mention]:
    """Cues for mentions outside the cleaned text (a copyright footer): what their names say, the place the footer
    line states (`footer_place`), and, for government-style names only (`government_style`), the setting: the
    publisher a footer names is not where the news it reports happens."""
    if not orgs:
        return []
    setting = article_setting(places, in_text)
    out = []
    for m in orgs:
        own = split_owner(m.fields["name"])[1]
        head = type_of(own)
        line_start = ctx.doc.raw.rfind("\n", 0, m.start) + 1
        line_end = ctx.doc.raw.find("\n", m.end)
        footer = footer_place(ctx.doc.raw[line_start : line_end if line_end >= 0 else len(ctx.doc.raw)])
        cues = name_cues(own) + ([footer] if footer else []) + ([setting] if setting and government_style(own) else [])
        credit = (
            [["company", "named in a credit line"]] if head is None and m.extractor == "organizations.credit" else []
        )
        cue = {"type": list(head) if head else None, "type_context": credit, "jurisdiction": cues}
        out.append(replace(m, fields=dict(m.fields, org_cues=cue)))
    return out
