"""People: full names found by a title ("Professor X"), a role before the name ("Vice President X of Z") or
spaCy PERSON, with role and affiliation read from the words around the name.

A title or a surname alone is never a separate person: a one-word name is resolved to a full name of the same
document or dropped.
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.extract.names import is_head, is_place_name
from analysis.extract.nlp import Context, Mention
from analysis.resources import alternation, lower_words, words

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
    bad = words("org_not_heads.txt") | words("place_suffixes.txt") | words("person_titles.txt")
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
    for m in _role_before().finditer(ctx.text):
        rtoks = m.group("role").split()
        # the role is the longest tail of capitalised words that are all role words
        k = len(rtoks)
        while k > 0 and rtoks[k - 1].casefold() in roles:
            k -= 1
        role = " ".join(rtoks[k:])
        if not role or rtoks[-1].casefold() in ("of", "and", "the"):
            continue
        s, name = _trim_name(m.start("name"), m.group("name"))
        if len(name.split()) >= 2 and valid_name(name):
            out.append(Mention("person", s, s + len(name), "people.role_before", {"name": name, "role_hint": role}))
    return out


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


_APPOSITIVE_END = re.compile(
    r"[;(“”\"]|,(?= (?:said|says|commented|added|noted|explained|who|and|as well)\b)"
    r"| (?:said|says|commented|added|noted|explained)\b|\.(?:\s|$)|\n"
)


def _next_person_cut(text: str, start: int, end: int) -> int:
    """Where an appositive that runs into the next person's name ends: before that person's own title or role
    ("..., Vice President C D" or "... and Professor C D" cut before "Vice President" / "Professor")."""
    seg = text[start:end]
    k = seg.rfind(", ")
    tail = seg[k + 2 :] if k >= 0 else seg
    lead = re.match(r"(?:and |as well as )?((?:[A-Z][\w.’'-]*\s?)*)$", tail)
    if lead and lead.group(1).strip():
        return start + (k if k >= 0 else 0) if k >= 0 else start + len(seg) - len(tail)
    m = re.search(r"(?:,? and |, )(?:[A-Z][\w.’'-]*\s?)+$", seg)
    return start + m.start() if m else end


def _clean_role(role: str) -> str:
    role = re.sub(r"^(?:the|a|an) ", "", role.strip())
    return re.sub(r"[\s,;]+$", "", role).strip()


def describe(
    ctx: Context, m: Mention, orgs: list[Mention], people: list[Mention] | None = None
) -> tuple[str | None, str | None]:
    """(role, affiliation) of a person mention from the appositive after the name or the role before it.

    The appositive ends at the next person of an enumeration (and that person's own title or role), so each person
    of "Professor A B, Dean of X, Vice President C D of Y" gets only their own role and organisation."""
    text = ctx.text
    roles = lower_words("role_words.txt")
    parts: list[str] = []
    if m.fields.get("title"):
        parts.append(m.fields["title"])
    affiliation = None
    after = text[m.end : m.end + 240]
    if after.startswith(", "):
        stop = _APPOSITIVE_END.search(after, 2)
        w_stop = m.end + (stop.start() if stop else len(after))
        nxt = [p.start for p in (people or []) if m.end < p.start < w_stop]
        if nxt:
            w_stop = _next_person_cut(text, m.end, min(nxt))
        window = text[m.end + 2 : w_stop] if w_stop > m.end + 2 else ""
        segs = window.split(", ") if window else []
        role_segs = []
        for seg in segs:
            first = re.sub(r"^(?:the|a|an) ", "", seg).split(" ")[0].casefold()
            if first not in roles:
                break
            role_segs.append(seg)
        if role_segs:
            w_end = m.end + 2 + len(", ".join(role_segs))
            inside = [o for o in orgs if m.end + 2 <= o.start and o.end <= w_end]
            # a place of work ("professor of oncology at ORG") wins over a body one is a member of
            at = [o for o in inside if re.search(r"\bat (?:the )?$", text[max(0, o.start - 8) : o.start])]
            if inside:
                org = at[-1] if at else inside[-1]
                affiliation = org.fields["name"]
                role = text[m.end + 2 : org.start]
                joined = re.match(r"(.+?) and (?:the )?(\w+)\b", affiliation)
                if joined and joined.group(2).casefold() in roles:  # "A University and Party Secretary of B"
                    affiliation = joined.group(1)
                    role = text[m.end + 2 : org.end]
                role = re.sub(r"\s*(?:,|\bat|\bof|\bin|\bwith|\bfrom)?\s*(?:the\s*)?$", "", role)
                parts.extend(re.split(r" and (?=(?:the |a |an )?[a-z]+ of\b)", role) if at else [role])
            else:
                parts.append(", ".join(role_segs))
    if m.fields.get("role_hint"):
        parts.insert(0 if not m.fields.get("title") else 1, m.fields["role_hint"])
        if affiliation is None and re.match(r" of (?:the )?", text[m.end : m.end + 8]):
            nxt = [o for o in orgs if m.end < o.start <= m.end + 9]
            if nxt:
                affiliation = nxt[0].fields["name"]
    if affiliation is None:
        # "of ORG" or "from ORG" right after the name
        nxt = [
            o
            for o in orgs
            if m.end < o.start <= m.end + 11 and re.match(r",? (?:of|from|at) (?:the )?$", text[m.end : o.start])
        ]
        if nxt:
            affiliation = nxt[0].fields["name"]
    out: list[str] = []
    for p in parts:
        p = _clean_role(p or "")
        if p and p.casefold() not in {q.casefold() for q in out}:
            out.append(p)
    return ("; ".join(out) if out else None), affiliation


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
    return resolve_short(titled(ctx) + role_before(ctx) + ner_people(ctx))


def finalize(ctx: Context, mentions: list[Mention], orgs: list[Mention]) -> list[Mention]:
    """Person mentions with `name`, `role` and `affiliation`, read against the organisations that were kept."""
    out = []
    for m in mentions:
        role, aff = describe(ctx, m, orgs, mentions)
        out.append(
            Mention(m.kind, m.start, m.end, m.extractor, {"name": m.fields["name"], "role": role, "affiliation": aff})
        )
    return out
