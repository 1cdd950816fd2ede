"""People: full names found by a title ("Professor X"), a role before the name ("Vice President X of Z") or
spaCy PERSON, with role and affiliation read from the words around the name (`roles`); names on bylines and
credits ("Reporter: A B", "Photo: A B") are not people.

A title or a surname alone is never a separate person: a one-word name is resolved to a full name of the same
document or dropped.
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.extract import roles as roles_of
from analysis.extract.names import is_head, is_place_name
from analysis.extract.nlp import Context, Mention
from analysis.resources import alternation, lower_words, read_lines, words

_NAME_TOKEN = r"[A-Z][a-zA-Z'’-]*(?:\.(?= [A-Z]))?"


@lru_cache(maxsize=1)
def _titled() -> re.Pattern:
    titles = alternation("person_titles.txt")
    return re.compile(rf"(?<![\w-])(?P<title>{titles})(?<!\.)\.? (?P<name>{_NAME_TOKEN}(?: {_NAME_TOKEN}){{0,3}})")


@lru_cache(maxsize=1)
def _role_before() -> re.Pattern:
    role = r"(?:[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*)"
    return re.compile(rf"(?<![\w-])(?P<role>{role}(?: {role}){{0,4}}) (?P<name>{_NAME_TOKEN}(?: {_NAME_TOKEN}){{1,2}})")


def valid_name(name: str) -> bool:
    """A plausible personal name: capitalised words, none an organisation, role, month or place word."""
    toks = name.split()
    if not 1 <= len(toks) <= 4 or is_place_name(name):
        return False
    bad = (
        words("org_not_heads.txt")
        | words("org_disciplines.txt")
        | words("place_suffixes.txt")
        | words("person_titles.txt")
    )
    for t in toks:
        if not t[0].isupper() or is_head(t) or t in bad or t.casefold() in lower_words("role_words.txt"):
            return False
        if t.isupper() and len(t) > 3:
            return False
    return not re.search(r"\d", name)


def _trim_name(s: int, name: str) -> tuple[int, str]:
    """Drop trailing words that start a new phrase (a place, an organisation word) from a name."""
    toks = name.split()
    while len(toks) > 1 and (
        is_place_name(toks[-1]) or is_head(toks[-1]) or toks[-1].casefold() in lower_words("role_words.txt")
    ):
        toks = toks[:-1]
    return s, " ".join(toks)


_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


def titled(ctx: Context) -> list[Mention]:
    """Rule people.titled: an honorific or academic title followed by a name."""
    out = []
    for m in _titled().finditer(ctx.text):
        s, name = _trim_name(m.start("name"), _POSSESSIVE.sub("", m.group("name")))
        if valid_name(name):
            out.append(
                Mention(
                    "person", s, s + len(name), "people.titled", {"name": name, "title": m.group("title").rstrip(".")}
                )
            )
    return out


def role_before(ctx: Context) -> list[Mention]:
    """Rule people.role_before: a capitalised role ("Vice President", "Executive Deputy Director") then a name."""
    roles = lower_words("role_words.txt")
    out = []
    for m in _candidates(_role_before(), ctx.text):
        rtoks = m.group("role").split()
        # the role is the longest tail of capitalised words that are all role words
        k = len(rtoks)
        while k > 0 and rtoks[k - 1].casefold() in roles:
            k -= 1
        role = " ".join(rtoks[k:])
        role_start = m.start("role") + len(" ".join(rtoks[:k])) + (1 if k else 0)
        if not role or rtoks[-1].casefold() in ("of", "and", "the"):
            continue
        s, name = _trim_name(m.start("name"), m.group("name"))
        if len(name.split()) >= 2 and valid_name(name) and not any(o.start == s for o in out):
            fields = {"name": name, "role_hint": role, "role_start": role_start}
            out.append(Mention("person", s, s + len(name), "people.role_before", fields))
    return out


def _candidates(pattern: re.Pattern, text: str):
    """Matches of `pattern` that may overlap: after each match the search resumes at its next word, so a run of
    capitalised words that is not a role ("X University's ...") does not hide the role and name after it."""
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        yield m
        nxt = text.find(" ", m.start() + 1)
        if nxt < 0:
            return
        pos = nxt + 1


def ner_people(ctx: Context) -> list[Mention]:
    """Rule people.ner: spaCy PERSON entities that look like personal names."""
    titles = words("person_titles.txt")
    out = []
    for e in ctx.ents:
        if e.label != "PERSON":
            continue
        s, name = e.start, _POSSESSIVE.sub("", e.text)
        toks = name.split()
        while toks and (toks[0].rstrip(".") in titles or toks[0] + "." in titles):
            s += len(toks[0]) + 1
            toks = toks[1:]
        s, name = _trim_name(s, " ".join(toks))
        if valid_name(name):
            out.append(Mention("person", s, s + len(name), "people.ner", {"name": name}))
    return out


@lru_cache(maxsize=1)
def _byline() -> re.Pattern:
    cues = "|".join(f"(?:{c})" for c in read_lines("byline_cues.txt"))
    return re.compile(rf"(?:^|\()\s*(?:{cues})", re.IGNORECASE)


_BYLINE_WORDS = 14


def in_byline(ctx: Context, m: Mention) -> bool:
    """True when a name stands on a byline or credit: a short line starting with a cue ("Reporter: A B", "By A B",
    "Edited by A B") or a bracketed credit ("(Photo: A B)")."""
    ls, le = ctx.paragraph_at(m.start)
    line = ctx.text[ls:le]
    if len(line.split()) <= _BYLINE_WORDS and _byline().match(line):
        return True
    open_ = ctx.text.rfind("(", ls, m.start)
    return open_ >= 0 and ")" not in ctx.text[open_ : m.start] and bool(_byline().match(ctx.text[open_:le]))


def not_bylines(ctx: Context, mentions: list[Mention]) -> list[Mention]:
    """Rule people.not_byline: names of authors, editors and photographers are not people of the article."""
    return [m for m in mentions if not in_byline(ctx, m)]


def resolve_short(mentions: list[Mention]) -> list[Mention]:
    """Map one-word names to a full name of the same document (surname or given name); drop the rest."""
    full = [m.fields["name"] for m in mentions if len(m.fields["name"].split()) >= 2]
    out = []
    for m in mentions:
        name = m.fields["name"]
        if len(name.split()) == 1:
            match = next((f for f in full if f.split()[-1] == name), None) or next(
                (f for f in full if f.split()[0] == name), None
            )
            if match is None:
                if not m.fields.get("title"):
                    continue
                match = name
            m = Mention(m.kind, m.start, m.end, m.extractor, dict(m.fields, name=match))
        out.append(m)
    return out


def extract(ctx: Context) -> list[Mention]:
    """Every person mention (name, plus the title or role read before it); see `finalize` for role and affiliation."""
    return resolve_short(not_bylines(ctx, titled(ctx) + role_before(ctx) + ner_people(ctx)))


def _richness(roles: list[str], aff: str | None) -> tuple[int, int]:
    return (aff is not None) + bool(roles), sum(len(r.split()) for r in roles)


def finalize(ctx: Context, mentions: list[Mention], orgs: list[Mention]) -> list[Mention]:
    """Person mentions with `name`, `role` and `affiliation`, read against the organisations that were kept.

    A person is usually described once: every mention of a name carries the fullest description found for it.
    Titles of address (Mr, Dr) are not roles; an academic title (Professor) is the role only when no other is
    given ("Professor A B, Dean of X" -> "Dean"; "Professor A B said" -> "Professor")."""
    best: dict[str, tuple[list[str], str | None]] = {}
    titles: dict[str, list[str]] = {}
    for m in mentions:
        name = m.fields["name"]
        roles, aff = roles_of.describe(ctx, m, orgs, mentions)
        cur = best.get(name)
        if cur is None or _richness(roles, aff) > _richness(*cur):
            best[name] = (roles, aff if aff is not None or cur is None else cur[1])
        elif cur[1] is None and aff is not None:
            best[name] = (cur[0], aff)
        title = m.fields.get("title")
        if title and not roles_of.is_address_title(title):
            titles.setdefault(name, []).append(title)
    out = []
    for m in mentions:
        name = m.fields["name"]
        roles, aff = best[name]
        uniq: list[str] = []
        for r in roles or titles.get(name, [])[:1]:
            if r.casefold() not in {u.casefold() for u in uniq}:
                uniq.append(r)
        role = "; ".join(uniq) if uniq else None
        out.append(Mention(m.kind, m.start, m.end, m.extractor, {"name": name, "role": role, "affiliation": aff}))
    return out
