"""The overlap policy: a span is one thing.

Name spans (organisation, person, place) never overlap: the longest span wins, and at equal length an
organisation beats a person, which beats a place (so a city inside a hospital's name is not a place). A place that is
the short name of an organisation the article names ("Kelby Lakeside" for "Kelby Lakeside Hospital") is no place.
Numbers inside a kept name, and bare numbers inside a date, are not amounts; a date inside a name is not a date.
Quotes, partnerships and themes describe passages and are kept alongside the names they contain.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from analysis.extract import gazetteer
from analysis.extract.names import is_head, is_place_name
from analysis.extract.nlp import Mention
from analysis.extract.org_cues import type_of
from analysis.resources import words

NAME_PRIORITY = {"organization": 0, "person": 1, "place": 2}
RULE_PRIORITY = {"organizations.headed_name": 0, "organizations.acronym": 1, "organizations.alias": 1}


def _overlaps(a: Mention, b: Mention) -> bool:
    return a.original == b.original and a.start < b.end and b.start < a.end


def _inside(a: Mention, b: Mention) -> bool:
    return a.original == b.original and b.start <= a.start and a.end <= b.end


class _SpanIndex:
    """Mentions sorted by start with a running maximum of their ends, so that "does any of them overlap (or hold)
    this span" costs a bisection however many there are; spans of the original file and of the cleaned text are
    kept apart. Mentions may be added in any order (each addition inserts in place)."""

    def __init__(self, mentions: list[Mention] = ()) -> None:
        self._sides: dict[bool, tuple[list[int], list[int]]] = {}
        for m in sorted(mentions, key=lambda m: (m.start, m.end)):
            starts, ends = self._sides.setdefault(m.original, ([], []))
            starts.append(m.start)
            ends.append(m.end)
        self._max: dict[bool, list[int]] = {k: self._running(v[1]) for k, v in self._sides.items()}

    @staticmethod
    def _running(ends: list[int]) -> list[int]:
        out, top = [], -1
        for e in ends:
            top = max(top, e)
            out.append(top)
        return out

    def add(self, m: Mention) -> None:
        starts, ends = self._sides.setdefault(m.original, ([], []))
        i = bisect_left(starts, m.start)
        starts.insert(i, m.start)
        ends.insert(i, m.end)
        top = self._max.setdefault(m.original, [])
        top.insert(i, max(m.end, top[i - 1] if i else -1))
        for j in range(i + 1, len(top)):  # only spans after it can see a larger running end
            if top[j] >= top[j - 1]:
                break
            top[j] = top[j - 1]

    def overlaps(self, m: Mention) -> bool:
        if m.original not in self._sides:
            return False
        starts, _ = self._sides[m.original]
        j = bisect_left(starts, m.end)  # the mentions starting before m ends
        return j > 0 and self._max[m.original][j - 1] > m.start

    def overlaps_span(self, start: int, end: int, original: bool = False) -> bool:
        """True when a mention overlaps [start, end) (on the same side: original file or cleaned text)."""
        if original not in self._sides:
            return False
        starts, _ = self._sides[original]
        j = bisect_left(starts, end)
        return j > 0 and self._max[original][j - 1] > start

    def holds(self, m: Mention) -> bool:
        if m.original not in self._sides:
            return False
        starts, _ = self._sides[m.original]
        j = bisect_right(starts, m.start)  # the mentions starting at or before m
        return j > 0 and self._max[m.original][j - 1] >= m.end


class MentionIndex:
    """Mentions of the cleaned text sorted by (start, end), for the rules that ask about one span at a time: those
    inside a span, those starting or ending in it, whether one covers a position; each question costs a bisection
    and the answer's length, not a scan of every mention (rules stay linear in the length of the text)."""

    def __init__(self, mentions=()) -> None:
        self.items: list[Mention] = sorted(mentions, key=lambda m: (m.start, m.end))
        self.starts = [m.start for m in self.items]
        self._top = _SpanIndex._running([m.end for m in self.items])
        self._by_end = sorted(self.items, key=lambda m: (m.end, m.start))
        self._ends = [m.end for m in self._by_end]

    def __iter__(self):
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def within(self, a: int, b: int) -> list[Mention]:
        """The mentions with a <= start and end <= b, in text order."""
        out = []
        i = bisect_left(self.starts, a)
        while i < len(self.items) and self.items[i].start < b:
            if self.items[i].end <= b:
                out.append(self.items[i])
            i += 1
        return out

    def starting(self, a: int, b: int) -> list[Mention]:
        """The mentions with a <= start < b, in text order."""
        return self.items[bisect_left(self.starts, a) : bisect_left(self.starts, b)]

    def ending(self, a: int, b: int) -> list[Mention]:
        """The mentions with a <= end <= b, ordered by end."""
        return self._by_end[bisect_left(self._ends, a) : bisect_right(self._ends, b)]

    def covers(self, pos: int) -> bool:
        """True when a mention has start <= pos < end."""
        j = bisect_right(self.starts, pos)
        return j > 0 and self._top[j - 1] > pos

    def before(self, pos: int) -> list[Mention]:
        """The mentions that start before `pos`, in text order (a slice: no copy of the rest)."""
        return self.items[: bisect_left(self.starts, pos)]


def _runs_into_name(m: Mention, people: list[Mention], starts: list[int], text: str) -> Mention | None:
    """A person's name inside an organisation span right after one of its head words ("Head of Institute Jane Roe"
    read as the organisation "Institute Jane Roe", "Director of X Commission Jane Roe on Monday"): the organisation
    is the words before the name. `people` are sorted by start, `starts` their starts."""
    for p in people[bisect_right(starts, m.start) : bisect_left(starts, m.end)]:
        if p.end <= m.end and not p.original:
            before = text[m.start : p.start].split()
            if before and is_head(before[-1]):
                return p
    return None


def cut_before_people(mentions: list[Mention], text: str) -> list[Mention]:
    """An organisation span that runs over " and " into a person's name ("X Network and Jane Roe") ends before
    " and ", so that the person is not lost to the longer span; one that runs from its head word into a name
    ("Institute Jane Roe") ends before the name, and is dropped when only head words are left."""
    people = sorted((m for m in mentions if m.kind == "person"), key=lambda p: (p.start, p.end))
    starts = [p.start for p in people]
    out = []
    for m in mentions:
        if m.kind == "organization" and not m.original and (p := _runs_into_name(m, people, starts, text)) is not None:
            rest = text[m.start : p.start].rstrip()
            if all(is_head(t) or t in words("org_connectors.txt") for t in rest.split()):
                continue
            m = Mention(m.kind, m.start, m.start + len(rest), m.extractor, dict(m.fields, name=rest))
        if m.kind == "organization" and not m.original:
            inside = people[bisect_right(starts, m.start) : bisect_left(starts, m.end)]
            inner = [p for p in inside if p.end <= m.end and text[p.start - 5 : p.start] == " and "]
            if inner:
                end = min(p.start for p in inner) - 5
                surface, name = text[m.start : m.end], m.fields.get("name", "")
                cut = surface[: end - m.start]
                name = cut if name == surface or " and " not in name else name[: name.rfind(" and ")]
                m = Mention(m.kind, m.start, end, m.extractor, dict(m.fields, name=name))
        out.append(m)
    return out


_ACRONYM = re.compile(r"[A-Z][A-Z&-]*[A-Z]")
_EDGE = re.compile(r"^(?:\s|of\b|the\b|The\b|and\b|,)+|(?:\s|'s|’s|\bof|\band|\bthe|,)+$")


def _outside(text: str, m: Mention, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The longest piece of an organisation span outside the role spans that still names a body (a head word or an
    acronym: "XU" of "XU's Chief Executive", "Y Hospital" of "Chief Executive of Y Hospital"), without connectors
    at its edges; None if no piece does."""
    pieces, pos = [], m.start
    for a, b in spans:
        if a > pos:
            pieces.append((pos, a))
        pos = max(pos, b)
    if pos < m.end:
        pieces.append((pos, m.end))
    best = None
    for a, b in pieces:
        piece = text[a:b]
        lead = _EDGE.match(piece)
        a += lead.end() if lead and lead.end() else 0
        trail = _EDGE.search(text[a:b])
        b = a + trail.start() if trail else b
        toks = text[a:b].split()
        named = any(is_head(t) for t in toks) or (len(toks) == 1 and _ACRONYM.fullmatch(toks[0]))
        if toks and named and (best is None or b - a > best[1] - best[0]):
            best = (a, b)
    return best


def cut_roles(mentions: list[Mention], text: str, roles: list[tuple[int, int]]) -> list[Mention]:
    """A role is not an organisation: an organisation span that overlaps the words of a role written next to a
    person ("Deputy Chief Executive, A B") keeps its longest piece outside the role that has a head word
    ("X Hospital's Chief Executive" -> "X Hospital"), or is dropped."""
    roles = sorted(roles)
    starts = [r[0] for r in roles]
    longest = max((b - a for a, b in roles), default=0)
    out = []
    for m in mentions:
        window = roles[bisect_left(starts, m.start - longest) : bisect_left(starts, m.end)]
        hits = [r for r in window if r[0] < m.end and m.start < r[1]]
        if m.kind != "organization" or m.original or not hits:
            out.append(m)
            continue
        piece = _outside(text, m, hits)
        if piece is not None:
            name = text[piece[0] : piece[1]]
            out.append(Mention(m.kind, piece[0], piece[1], m.extractor, dict(m.fields, name=name)))
    return out


def resolve_names(
    mentions: list[Mention], text: str | None = None, roles: list[tuple[int, int]] | None = None
) -> list[Mention]:
    """Keep non-overlapping name mentions: longest first, then organisation > person > place, then position.
    With the text, organisation spans are first cut out of the roles written next to people (`cut_roles`) and
    before a person they run into (`cut_before_people`)."""
    if text is not None:
        mentions = cut_before_people(cut_roles(mentions, text, roles or []), text)
    order = sorted(
        mentions, key=lambda m: (-(m.end - m.start), NAME_PRIORITY[m.kind], RULE_PRIORITY.get(m.extractor, 5), m.start)
    )
    kept: list[Mention] = []
    taken = _SpanIndex()
    for m in order:
        if not taken.overlaps(m):
            kept.append(m)
            taken.add(m)
    return sorted(kept, key=lambda m: (m.start, m.end))


def resolve_numbers(
    amounts: list[Mention], dates: list[Mention], names: list[Mention]
) -> tuple[list[Mention], list[Mention]]:
    """Drop amounts inside names or overlapping dates (unless they carry a money or percent unit), and dates
    inside names."""
    orgs = _SpanIndex([n for n in names if n.kind in ("organization", "person")])
    kept_dates = [d for d in dates if not orgs.holds(d)]
    date_index = _SpanIndex(kept_dates)
    out_amounts = []
    for a in amounts:
        if orgs.overlaps(a):
            continue
        if a.fields.get("unit") in _PLAIN_UNITS and date_index.overlaps(a):
            continue
        out_amounts.append(a)
    money = _SpanIndex([a for a in out_amounts if a.fields.get("unit") not in _PLAIN_UNITS])
    kept_dates = [d for d in kept_dates if not money.overlaps(d)]
    return out_amounts, kept_dates


_PLAIN_UNITS = ("count", "years", "months", "days")
"""Units of a number that a date overlapping it wins over (a money or percent unit makes it an amount)."""


_NEXT_WORD = re.compile(r" ([A-Z][\w'’&-]*)")


def drop_surnames(places: list[Mention], people: list[Mention], text: str) -> list[Mention]:
    """The place mentions without those that are the surname of a person the article names in full ("in the
    presence of Preston and the vice governor" after "minister Ola Preston": the minister, not the town); a
    country stays one ("Ann Jordan" and Jordan)."""
    surnames = set()
    for m in people:
        toks = (m.fields.get("name") or text[m.start : m.end]).split()
        if len(toks) >= 2:
            surnames.add(toks[-1])
    return [
        p for p in places if text[p.start : p.end] not in surnames or gazetteer.level(p.fields["name"]) == "country"
    ]


_LIST_GAP = re.compile(r",? (?:and|or) |, ")


def _listed_places(places: list[Mention], text: str) -> set[int]:
    """Starts of the place mentions written in a list with another place ("in Tarnby, Kelby and Wenby")."""
    ordered = sorted(places, key=lambda m: m.start)
    out: set[int] = set()
    for a, b in zip(ordered, ordered[1:]):
        if _LIST_GAP.fullmatch(text, a.end, b.start):
            out.update((a.start, b.start))
    return out


def _listed_town(p: Mention, listed: set[int]) -> bool:
    """A town the reference data holds, listed with other places: the place, though a body's name opens with it
    ("hospitals in Tarnby, Kelby and Wenby towns" beside "Kelby Hospital")."""
    return p.start in listed and gazetteer.town(p.fields["name"]) is not None


def drop_short_names(places: list[Mention], orgs: list[Mention], text: str) -> list[Mention]:
    """The place mentions without those that are the short name of an organisation the article names: a place
    followed by more of that organisation's name ("Kelby Lakeside" of "Kelby Lakeside Hospital", where "Kelby" is a
    town), or a name that reference data does not hold and that opens an organisation's name ("Realm" of "Realm
    Holdings": "Realm's shares fell") or the rest of its name after its first words ("Realm" of "Northfield Realm
    Biotech": "Realm will pay £5 million"), or the whole of its name ("Northline", a news wire named in its own
    masthead and dateline). A place followed by a level word, or ending with one ("Kelby District", "in Kelby
    district" beside "the Kelby district government", "Kelby County" beside "Kelby County Health Bureau"), is the
    place."""
    prefixes: set[str] = set()
    wholes: set[str] = set()
    for o in orgs:
        written = (
            o.fields.get("name") or "" if o.original else text[o.start : o.end]
        )  # a page line's span is not in `text`
        toks = re.sub(r"^(?:the|The) ", "", written).split()
        for k in range(len(toks)):  # from any word: "Kelby" of "Northfield Kelby Biotech" is the company's name
            prefixes.update(" ".join(toks[k:n]) for n in range(k + 1, len(toks)))
        prefixes.add(" ".join(toks))  # the whole name ("Northline", a wire's name the model reads as a place)
        wholes.add(" ".join(toks))
    if not prefixes:
        return places
    listed = _listed_places(places, text)
    out = []
    for p in places:
        name, end = text[p.start : p.end], p.end
        nxt = _NEXT_WORD.match(text, end)
        own = name.rsplit(" ", 1)[-1] if " " in name else ""
        # its own level word, in lower case or in capitals ("in Kelby district", "the hills of Kelby County"),
        # unless a body bears that very name or it stands alone on its line (a site's masthead: "Kelby Development
        # Zone" over the "Kelby Development Zone People's Government" of its footer)
        ls, le = text.rfind("\n", 0, p.start) + 1, text.find("\n", p.end)
        alone = text[ls : le if le != -1 else len(text)].strip() == name
        levels = {nxt.group(1).casefold() if nxt is not None else "", "" if name in wholes or alone else own.casefold()}
        if not levels.isdisjoint(gazetteer.level_words()):
            out.append(p)
            continue
        short = name in prefixes and gazetteer.canonical(name) is None and not _listed_town(p, listed)
        run = name
        for _ in range(3):
            nxt = _NEXT_WORD.match(text, end)
            if short or nxt is None:
                break
            run, end = f"{run} {nxt.group(1)}", nxt.end()
            short = run in prefixes
        if not short:
            out.append(p)
    return out


_OWNER_BEFORE = re.compile(r"[A-Z][\w'’-]*['’]s $")


def _told_apart(text: str, short: int, placed: int) -> bool:
    """Whether a short name first written at `short` is told apart from the name with a place first written at
    `placed`: the short name stands in a sentence of the story before it ("..., the Health Bureau announced." and
    later "In Westland, the Health Bureau of Westland said ..."), where a reader takes it for another body; a
    headline's short name over the full one is not."""
    if not text or short >= placed:
        return False
    ls = text.rfind("\n", 0, short) + 1
    le = text.find("\n", short)
    line = text[ls : le if le != -1 else len(text)].rstrip()
    return bool(re.search(r"[.!?][\"”’']?$", line)) and "\n" in text[short:placed]


def full_names(orgs: list[Mention], text: str = "") -> list[Mention]:
    """The organisation mentions, each named by the one longer name of the article it is the start of, where the rest
    only says what kind of business it is ("Lingnan Pharma" of "Lingnan Pharma Group Ltd") or where it is ("the Health
    Bureau" of "Health Bureau of the Westland SAR"), or the short name has no head word of its own ("Marrowby" of
    "Marrowby Healthcare Group"): one body, one name (`text`, when given, tells a short name another place's
    possessive places: "Eastland's Health Bureau" is not the "Health Bureau of Westland"). With two longer names
    ("Marrowby Healthcare Group", "Marrowby Jialing Care") the short name is left as it is."""
    names = sorted({o.fields["name"] for o in orgs})
    legal = words("org_legal_forms.txt")
    owned = {o.fields["name"] for o in orgs if _OWNER_BEFORE.search(text, max(0, o.start - 40), o.start)}
    first: dict[str, int] = {}
    for o in sorted(orgs, key=lambda o: o.start):
        first.setdefault(o.fields["name"], o.start)
    out = []
    for o in orgs:
        name = o.fields["name"]
        longer = [n for n in names if n.startswith(name + " ")]
        if len(longer) == 1:
            rest = longer[0][len(name) + 1 :].split()
            business = all(w.casefold().strip(".") in legal or (type_of(w) or ("",))[0] == "company" for w in rest)
            placed = (
                rest[:1] == ["of"]
                and is_place_name(" ".join(rest[1:]))
                and name not in owned
                and not _told_apart(text, first[name], first[longer[0]])
            )
            # "Health Bureau" of "Health Bureau of Macao", unless the text places it ("Westland's Health Bureau")
            if business or placed or type_of(name) is None:
                o = replace(o, fields={**o.fields, "name": longer[0]})
        out.append(o)
    return out
