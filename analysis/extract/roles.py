"""Role and affiliation of a person mention, read from the words around the name.

Forms read: "A B, Dean of X at Y", "A B, CEO, Y", "A B (Director, Y)", "A B – Y", "A B from Y", "Vice President
A B of Y", "Y's Vice President A B", signature blocks (a name line, then "Role, Unit, Org" lines), and several
positions in one apposition ("vice chair, X Society, and president, Y Ltd"): the role lists the positions
("vice chair, ...; president, ..."), the affiliation is the organisation of the first one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from analysis.extract import sentences
from analysis.extract.names import POSSESSIVE, bare, is_head
from analysis.extract.nlp import Context, Mention
from analysis.resources import lower_words, words

_ARTICLE = re.compile(r"^(?:and |as well as )?(?:the |a |an )?", re.IGNORECASE)
_STOP_WORDS = ("who", "which", "whose", "said", "says", "as", "when", "while", "where")
_SAME_NAME = 90
_TRAIL = re.compile(r"(?:[\s,;]|\b(?:at|of|in|with|from|for|and|the|a|an)\b)+$", re.IGNORECASE)


@dataclass(frozen=True)
class Position:
    """One position of an apposition: where its words run and the organisation it names (or None)."""

    start: int
    end: int
    org: Mention | None
    role: str


def _roles() -> frozenset[str]:
    """Role words without the connectors the lexicon also lists ("of", "the", "and")."""
    return lower_words("role_words.txt") - {"of", "the", "and"}


def _starts_with_role(seg: str) -> bool:
    first = _ARTICLE.sub("", seg.strip()).split(" ")[0].casefold().strip(",;")
    return first in _roles()


def is_address_title(title: str) -> bool:
    """True for a title of address ("Mr", "Dr."), which is never a role; False for an academic title."""
    return title in words("address_titles.txt") or title.rstrip(".") in words("address_titles.txt")


def _window_end(text: str, start: int, limit: int, closer: str | None) -> int:
    """Where an apposition starting at `start` ends: a closing bracket, a sentence or clause end, a speech verb,
    or a comma followed by a word that starts no role, unit or organisation ("..., addressed the panel")."""
    i = start
    while i < limit:
        c = text[i]
        if closer and c == closer:
            return i
        if c in ';“”"\n(' and not (closer and c == "("):
            return i
        if c == "." and (i + 1 >= len(text) or text[i + 1].isspace()) and not sentences.is_abbreviation(text, i):
            return i
        if c == ",":
            if _ends_apposition(text[i + 1 : i + 40]):
                return i
        i += 1
    return limit


def _ends_apposition(after: str) -> bool:
    """True when the words after a comma start a new clause rather than a role, unit or organisation."""
    ws = [w.strip(",;") for w in after.split()[:3]]
    if ws and ws[0].casefold() in ("a", "an", "the", "and") and len(ws) > 1:
        ws = ws[1:]
    w = ws[0] if ws else ""
    return w.casefold() in _STOP_WORDS or bool(w and w[0].islower() and w.casefold() not in _roles())


def _segments(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Comma-separated pieces of text[s:e] as (start, end), each without its leading ", " or ", and "."""
    out = []
    pos = s
    for m in re.finditer(r",\s+", text[s:e]):
        out.append((pos, s + m.start()))
        pos = s + m.end()
    out.append((pos, e))
    return [(a, b) for a, b in out if b > a]


def _possessive_before(text: str, pos: int, orgs: list[Mention]) -> Mention | None:
    """The organisation written with a possessive right before `pos` ("X University's | ...")."""
    own = [o for o in orgs if o.end <= pos and pos - o.end <= 1 and POSSESSIVE.search(text[o.start : o.end])]
    return own[-1] if own else None


def _head_of(name: str) -> str | None:
    """The word that says what a body is: its first head word ("Eastfield Hospital of X University" -> "Hospital")."""
    return next((bare(t) for t in name.split() if is_head(t)), None)


def _possessor(ctx: Context, org: Mention, orgs: list[Mention]) -> Mention | None:
    """The body a unit belongs to when the text names it with a possessive right before the unit: "X University's
    China Institute" -> X University; "the University's China Institute" -> the document's nearest university."""
    text = ctx.text
    before = text[max(0, org.start - 60) : org.start]
    own = [
        o for o in orgs if o.end <= org.start and org.start - o.end <= 1 and POSSESSIVE.search(text[o.start : o.end])
    ]
    if own:
        return own[-1]
    m = re.search(r"\bthe (\w+)(?:'s|’s) $", before)
    if m and is_head(m.group(1)):
        head = bare(m.group(1))
        named = [o for o in orgs if o.start < org.start - len(m.group(0)) and _head_of(o.fields["name"]) == head]
        return named[-1] if named else None
    return None


def _at_org(text: str, o: Mention) -> bool:
    return bool(re.search(r"\bat (?:the )?$", text[max(0, o.start - 8) : o.start]))


def _cut_joined(ctx: Context, org: Mention) -> tuple[str, int]:
    """An organisation name that runs on over " and " into a role or a person ("X University and Party Secretary
    of Y", "X Network and Jane Roe") keeps only its first part: (name, end offset)."""
    name = org.fields["name"]
    surface = ctx.text[org.start : org.end]
    for m in re.finditer(r" and (?:the )?(\S+)", surface):
        cut = org.start + m.start()
        person = any(e.label == "PERSON" and cut < e.start < org.end for e in ctx.ents)
        if m.group(1).casefold() in _roles() or person:
            k = name.find(" and ")
            return (name[:k] if k > 0 else surface[: m.start()]), cut
    return name, org.end


def _named_segment(ctx: Context, a: int, b: int, orgs: list[Mention]) -> Mention | None:
    """An organisation for a piece of an apposition that no organisation mention covers (a signature line):
    the document's organisation whose name it matches closely, else the piece itself when it has an
    organisation head word that is not a unit's ("X Medical Society", not "Finance Department")."""
    seg = _ARTICLE.sub("", ctx.text[a:b]).strip(" .,")
    toks = seg.split()
    if not toks or not all(t[0].isupper() or t in words("org_connectors.txt") or t == "&" for t in toks):
        return None
    best = max(orgs, key=lambda o: fuzz.ratio(seg, o.fields["name"]), default=None)
    if best is not None and fuzz.ratio(seg, best.fields["name"]) >= _SAME_NAME:
        return Mention("organization", a, b, "roles.segment", {"name": best.fields["name"]})
    units = words("org_sub_unit_heads.txt")
    if any(is_head(t) and bare(t) not in units for t in toks):
        return Mention("organization", a, b, "roles.segment", {"name": seg})
    return None


def _position(ctx: Context, s: int, e: int, orgs: list[Mention], first_seg_end: int) -> Position:
    """Role text and organisation of one position spanning text[s:e], whose role words end at `first_seg_end`."""
    text = ctx.text
    inside = [o for o in orgs if s <= o.start and o.end <= e + 1]
    for a, b in _segments(text, first_seg_end, e):
        if not any(o.start < b and a < o.end for o in inside):
            named = _named_segment(ctx, a, b, orgs)
            inside += [named] if named else []
    inside.sort(key=lambda o: o.start)
    at = [o for o in inside if _at_org(text, o)]
    followers = [o for o in inside if o.start >= first_seg_end]
    org = at[-1] if at else (followers[-1] if followers else (inside[0] if inside else None))
    if org is None:
        return Position(s, e, None, text[s:e])
    parent = _possessor(ctx, org, orgs)
    if parent is not None:
        return Position(s, e, parent, text[s:e])
    name, org_end = _cut_joined(ctx, org)
    # a second position after the organisation ("... of X and Party Secretary of Y") keeps the whole text
    more = any(w.casefold() in _roles() for w in text[org_end:e].split())
    role = text[s:e] if more else text[s : org.start]
    kept = (
        org
        if name == org.fields["name"]
        else Mention(org.kind, org.start, org_end, org.extractor, dict(org.fields, name=name))
    )
    return Position(s, e, kept, role)


def positions(ctx: Context, s: int, e: int, orgs: list[Mention]) -> list[Position]:
    """The positions of an apposition text[s:e]: a piece starting with a role word opens one, the pieces after
    it (units, organisations) belong to it. An apposition that is only an organisation gives one position with
    no role; one that starts with neither gives none."""
    text = ctx.text
    segs = _segments(text, s, e)
    if not segs:
        return []
    if not _starts_with_role(text[segs[0][0] : segs[0][1]]):
        a, b = segs[0]
        org = next((o for o in orgs if a <= o.start <= a + 4 and b - 1 <= o.end <= b + 1), None)
        return [Position(a, b, org, "")] if org else []
    out = []
    groups: list[list[tuple[int, int]]] = []
    for a, b in segs:
        if _starts_with_role(text[a:b]) or not groups:
            groups.append([(a, b)])
        else:
            groups[-1].append((a, b))
    for g in groups:
        out.append(_position(ctx, g[0][0], g[-1][1], orgs, g[0][1]))
    return out


def clean_role(role: str) -> str:
    """A role without leading article or "and" and without trailing connectors ("the Director of" -> "Director")."""
    role = _ARTICLE.sub("", role.strip())
    prev = None
    while prev != role:
        prev = role
        role = _TRAIL.sub("", role).strip()
    return role


def _split_at_positions(role: str) -> list[str]:
    """ "Fellow of X and professor of oncology" -> two roles; "vice chair and director" stays one."""
    return re.split(r" and (?=(?:the |a |an )?[a-z]+ of\b)", role)


def _next_person_cut(text: str, start: int, nxt: int) -> int:
    """Where an apposition that runs into the next person's name ends: before that person's own title or role
    and the comma or "and" that introduces them ("..., Vice President C D" is cut before "Vice President")."""
    seg = text[start:nxt]
    m = re.search(r"(?:,\s+(?:and\s+)?|\s+and\s+|\s+as well as\s+)(?:[A-Z][\w.’'-]*\s)*$", seg)
    return start + m.start() if m else nxt


def apposition(ctx: Context, m: Mention, people: list[Mention]) -> tuple[int, int] | None:
    """The span of words describing a person right after the name: after ", ", " (" or a dash, up to its end or the
    next person of an enumeration."""
    text = ctx.text
    opener = re.match(r",\s+|\s*\(\s*|\s+[–—-]\s+", text[m.end : m.end + 4])
    if not opener:
        return None
    s = m.end + opener.end()
    if _ends_apposition(text[s : s + 40]):  # "A B, the plan ..." / "A B, who ..." start a clause
        return None
    closer = ")" if "(" in opener.group() else None
    e = _window_end(text, s, min(len(text), s + 320), closer)
    nxt = [p.start for p in people if s <= p.start < e]
    if nxt:
        e = min(e, _next_person_cut(text, s - opener.end(), min(nxt)))
    return (s, e) if e > s else None


def signature(ctx: Context, m: Mention) -> list[tuple[int, int]]:
    """Lines under a name line that give the person's positions ("Name" / "Role, Unit, Org" / "Role, Org")."""
    text = ctx.text
    ls, le = ctx.paragraph_at(m.start)
    lead = text[ls : m.start].strip()
    if text[m.end : le].strip(" ,") or (
        lead and not all(w.rstrip(".") in words("person_titles.txt") for w in lead.split())
    ):
        return []
    out = []
    pos = le + 1
    while pos < len(text):
        s, e = ctx.paragraph_at(pos)
        line = text[s:e]
        if not line.strip() or len(line.split()) > 25 or not _starts_with_role(line):
            break
        out.append((s, e))
        pos = e + 1
    return out


def _before_name(ctx: Context, m: Mention, orgs: list[Mention]) -> tuple[str | None, Mention | None]:
    """Role written before the name ("Vice President A B") and the organisation written before that role with a
    possessive ("Y's Vice President A B") or after the name ("Vice President A B of Y")."""
    role = m.fields.get("role_hint")
    if not role:
        return None, None
    rs = m.fields.get("role_start", m.start)
    own = _possessive_before(ctx.text, rs, orgs)
    if own is not None:
        return role, own
    after = [o for o in orgs if m.end < o.start <= m.end + 9 and re.match(r" of (?:the )?$", ctx.text[m.end : o.start])]
    return role, (after[0] if after else None)


def describe(ctx: Context, m: Mention, orgs: list[Mention], people: list[Mention]) -> tuple[list[str], str | None]:
    """(roles, affiliation) of one person mention; titles of address are left out, academic titles too (the caller
    adds them when the person has no other role)."""
    text = ctx.text
    roles: list[str] = []
    affiliation: Mention | None = None
    hint, hint_org = _before_name(ctx, m, orgs)
    if hint:
        roles.append(hint)
        affiliation = hint_org
    spans = []
    app = apposition(ctx, m, people)
    if app:
        spans.append(app)
    spans += signature(ctx, m)
    for s, e in spans:
        for p in positions(ctx, s, e, orgs):
            role = clean_role(p.role)
            if role:
                roles.extend(_split_at_positions(role) if p.org is not None and _at_org(text, p.org) else [role])
            if affiliation is None and p.org is not None:
                affiliation = p.org
    if affiliation is None:
        near = [
            o
            for o in orgs
            if m.end < o.start <= m.end + 11 and re.match(r",? (?:of|from|at) (?:the )?$", text[m.end : o.start])
        ]
        if near:
            affiliation = near[0]
    aff = None
    if affiliation is not None:
        aff = _cut_joined(ctx, affiliation)[0] if affiliation.fields.get("name") else None
    return [clean_role(r) for r in roles if clean_role(r)], aff
