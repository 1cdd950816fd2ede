"""Organisations: capitalised names built around a head word (University, Hospital, Bureau, ...), acronyms
linked to their long form, and spaCy ORG entities that pass the same filters.

Rules are small functions over the cleaned text; names of programmes, events, plans and documents (a last word
from `org_not_heads.txt`) are not organisations.
"""
from __future__ import annotations

import re
from functools import lru_cache

from analysis.extract.lexicon import lower_words, words
from analysis.extract.nlp import Context, Mention

_CAP = r"(?:[A-Z](?:[\w'’`&-]|\.(?=\w))*|\d+(?:st|nd|rd|th))"


@lru_cache(maxsize=1)
def name_sequence() -> re.Pattern:
    """A run of capitalised words joined by single spaces and the connectors of `org_connectors.txt`."""
    conn = "|".join(re.escape(w) for w in sorted(words("org_connectors.txt"), key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-]){_CAP}(?:,? (?:(?:{conn}) )*{_CAP})*")


_TOKEN = re.compile(r"[^ ,]+")
_POSS = re.compile(r"(?:'s|’s|`s|s'|s’)$")
_ACRONYM = re.compile(r"(?<![\w-])([A-Z][A-Z&]{1,7})(?:s|'s|’s)?(?![\w-])")
_DEF = re.compile(r"^ ?\(([A-Z][A-Za-z&.]{1,9})\)")
_HEREINAFTER = re.compile(r"^ ?\(hereinafter (?:referred to as |called )?(?:the )?[\"“']?([A-Z][\w -]{1,40}?)[\"”']?\)")
_MONTHS = frozenset("January February March April May June July August September October November December".split())


def bare(token: str) -> str:
    """A token without possessive ending and trailing dot."""
    return _POSS.sub("", token).rstrip(".")


def is_head(token: str) -> bool:
    return bare(token) in words("org_heads.txt")


def initials(name: str) -> str:
    """Upper-case initials of the content words of a name ("China-Britain Business Council" -> "CBBC")."""
    skip = words("org_connectors.txt")
    parts = [p for p in re.split(r"[\s\-]+", name) if p and p not in skip and p[0].isalpha()]
    return "".join(p[0] for p in parts).upper()


def _tokens(text: str, offset: int) -> list[tuple[int, int, str]]:
    return [(offset + m.start(), offset + m.end(), m.group()) for m in _TOKEN.finditer(text)]


def _split_parts(toks: list[tuple[int, int, str]], text: str, base: int) -> list[list[tuple[int, int, str]]]:
    """Split a capitalised run at commas, at possessive heads, and at "and"/"&" between two headed names."""
    parts: list[list[tuple[int, int, str]]] = [[]]
    for i, t in enumerate(toks):
        parts[-1].append(t)
        after = text[t[1] - base:t[1] - base + 1]
        if after == "," or (_POSS.search(t[2]) and is_head(t[2]) and i + 1 < len(toks)):
            parts.append([])
    out: list[list[tuple[int, int, str]]] = []
    for p in parts:
        out.extend(_split_and(p))
    return [p for p in out if p]


def _split_and(part: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """Split at "and" between two headed names, after a place name, or before "the" after a headed name."""
    from analysis.extract.places import is_place_name

    for i, t in enumerate(part):
        if t[2] in ("and", "&"):
            left, right = part[:i], part[i + 1:]
            l_head, r_head = any(is_head(x[2]) for x in left), any(is_head(x[2]) for x in right)
            the_next = bool(right) and right[0][2] == "the"
            if (l_head and (r_head or the_next)) or (r_head and left and is_place_name(left[-1][2])):
                return _split_and(left) + _split_and(right)
    return [part]


def _trim(part: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The organisation inside one part: from the first segment (split at of/for/on) holding a head word."""
    conn = words("org_connectors.txt")
    segs: list[list[tuple[int, int, str]]] = [[]]
    for t in part:
        if t[2] in ("of", "for", "on"):
            segs.append([])
        segs[-1].append(t)
    first = next((i for i, s in enumerate(segs) if any(is_head(x[2]) for x in s)), None)
    if first is None:
        return []
    toks = [t for s in segs[first:] for t in s]
    if first > 0 and toks and toks[0][2] in ("of", "for", "on"):
        toks = toks[1:]
    roles, titles = lower_words("role_words.txt"), words("person_titles.txt")
    while toks and (toks[0][2] in conn or toks[0][2] in titles or toks[0][2] in _MONTHS
                    or (toks[0][2].casefold() in roles and not is_head(toks[0][2]))
                    or toks[0][2] in ("The", "A", "An")):
        toks = toks[1:]
    while toks and toks[-1][2] in conn:
        toks = toks[:-1]
    return toks


def _acceptable(toks: list[tuple[int, int, str]]) -> bool:
    if not toks:
        return False
    last = bare(toks[-1][2])
    heads_at = [i for i, t in enumerate(toks) if is_head(t[2])]
    if heads_at and any(bare(t[2]) in words("org_not_heads.txt") for t in toks[heads_at[-1]:]):
        return False  # "X University Forum on Y": an event named after a body
    roles = lower_words("role_words.txt")
    if all(is_head(t[2]) or t[2].casefold() in roles for t in toks):
        return False
    if last in words("org_not_heads.txt") or last in words("place_suffixes.txt") and not any(is_head(t[2]) for t in toks):
        return False
    content = [t for t in toks if t[2] not in words("org_connectors.txt")]
    return any(not is_head(t[2]) for t in content) and any(is_head(t[2]) for t in toks)


def heading_line(ctx: Context, pos: int) -> bool:
    """True inside a title-case heading line (no closing punctuation, most words capitalised)."""
    s, e = ctx.paragraph_at(pos)
    line = ctx.text[s:e].strip()
    toks = line.split()
    if not 3 <= len(toks) <= 16 or line[-1:] in ".:;,”\"":
        return False
    caps = sum(t[0].isupper() for t in toks if t.casefold() not in words("org_connectors.txt") | {"to", "with", "in", "a"})
    return caps >= 0.8 * len([t for t in toks if t.casefold() not in words("org_connectors.txt") | {"to", "with", "in", "a"}])


def _ner_split(part: list[tuple[int, int, str]], ner_ends: set[int]) -> list[list[tuple[int, int, str]]]:
    """Split at "and" where the words before it end a spaCy ORG entity ("Acme UK and Beta Group")."""
    for i, t in enumerate(part):
        if t[2] in ("and", "&") and i > 0 and part[i - 1][1] in ner_ends and any(is_head(x[2]) for x in part[i + 1:]):
            return [part[:i]] + _ner_split(part[i + 1:], ner_ends)
    return [part]


def headed_names(ctx: Context) -> list[Mention]:
    """Rule organizations.headed_name: capitalised names that contain an organisation head word."""
    out = []
    text = ctx.text
    ner_ends = {e.end for e in ctx.ents if e.label == "ORG"}
    for m in name_sequence().finditer(text):
        toks = _tokens(m.group(), m.start())
        heading = heading_line(ctx, m.start())
        parts = [q for p in _split_parts(toks, m.group(), m.start()) for q in _ner_split(p, ner_ends)]
        for part in parts:
            if heading and (not part or not is_head(part[-1][2]) or part[0][2] == "To"):
                continue
            org = _trim(part)
            if _acceptable(org):
                s, e = org[0][0], org[-1][1]
                if text[e - 1] == "." and not re.search(r"(?:Co|Ltd|Inc)\.$", text[s:e]):
                    e -= 1
                name = _POSS.sub("", text[s:e]) if is_head(org[-1][2]) else text[s:e]
                out.append(Mention("organization", s, e, "organizations.headed_name", {"name": name.strip()}))
    return out


def spacy_orgs(ctx: Context, taken: list[Mention]) -> list[Mention]:
    """Rule organizations.ner: spaCy ORG entities outside the headed names, filtered by the same lexicons."""
    from analysis.extract.places import is_place_name

    out = []
    bad = words("non_org_acronyms.txt") | words("org_not_heads.txt")
    for e in ctx.ents:
        if e.label != "ORG" or any(t.start < e.end and e.start < t.end for t in taken):
            continue
        s, name = e.start, e.text
        if name.startswith(("the ", "The ")):
            s, name = s + 4, name[4:]
        name = re.sub(r"(?: (?:of|and|for|the|on|&))+$", "", _POSS.sub("", name))
        if " and the " in name or heading_line(ctx, s):
            continue
        if re.match(r" (?:campaign|programme|program|initiative|project|plan|scheme|conference|forum)\b", ctx.text[s + len(name):s + len(name) + 12], re.I):
            continue
        toks = name.split()
        if not toks or len(toks) > 6 or any(t in bad or bare(t) in bad for t in toks):
            continue
        if any(not (t[0].isupper() or t in words("org_connectors.txt")) for t in toks) or re.search(r"\d|[\"“”]", name):
            continue
        if is_place_name(name) or all(t.casefold() in lower_words("role_words.txt") for t in toks):
            continue
        if len(toks) == 1 and not name.isupper():
            continue  # single capitalised words read as ORG are mostly people, products or headings
        out.append(Mention("organization", s, s + len(name), "organizations.ner", {"name": name}))
    return out


def acronyms(ctx: Context, orgs: list[Mention]) -> list[Mention]:
    """Rule organizations.acronym: "Long Form (ABBR)" definitions and later uses of ABBR, named by the long form."""
    text = ctx.text
    alias: dict[str, str] = {}
    for o in orgs:
        m = _DEF.match(text, o.end) or _HEREINAFTER.match(text, o.end)
        if m:
            short = m.group(1).strip()
            alias.setdefault(short, o.fields["name"])
    by_initials: dict[str, str] = {}
    for o in orgs:
        by_initials.setdefault(initials(o.fields["name"]), o.fields["name"])
    ner_orgs = {(e.start, e.end) for e in ctx.ents if e.label == "ORG"}
    out = []
    bad = words("non_org_acronyms.txt")
    for m in _ACRONYM.finditer(text):
        a = m.group(1)
        if a in bad:
            continue
        span = (m.start(1), m.end(1))
        long = alias.get(a) or (by_initials.get(a) if len(a) >= 3 else None)
        if long:
            out.append(Mention("organization", *span, "organizations.acronym", {"name": long}))
        elif span in ner_orgs and len(a) >= 3:
            from analysis.extract.places import is_place_name

            if not is_place_name(a):
                out.append(Mention("organization", *span, "organizations.acronym", {"name": a}))
    known = sorted(orgs + out, key=lambda o: o.start)
    for m in _ACRONYM.finditer(text):
        a, span = m.group(1), (m.start(1), m.end(1))
        if a in bad or len(a) < 3 or any(o.start <= span[0] < o.end for o in known):
            continue
        from analysis.extract.places import is_place_name

        if is_place_name(a):
            continue
        before = any(re.fullmatch(r",? (?:and )?|, ", text[o.end:span[0]]) for o in known if o.end <= span[0])
        after = any(re.fullmatch(r",? (?:and )?|, ", text[span[1]:o.start]) for o in known if o.start >= span[1])
        if before or after:
            out.append(Mention("organization", *span, "organizations.acronym", {"name": a}))
    for short, long in alias.items():
        if not _ACRONYM.fullmatch(short):
            for m in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", text):
                out.append(Mention("organization", m.start(), m.end(), "organizations.alias", {"name": long}))
    return out


def extract(ctx: Context) -> list[Mention]:
    """Every organisation mention of a document (overlaps are resolved later by `overlap`)."""
    headed = headed_names(ctx)
    ner = spacy_orgs(ctx, headed)
    return headed + ner + acronyms(ctx, headed + ner)
