"""Role and affiliation of a person mention, read from the words around the name.

Before the name, one grammar over the role lexicons (`before`): modifiers and heads ("Chinese Vice Premier",
"Westland Health Secretary"), stacked heads ("Party Secretary and Director of X"), a complement ("Secretary
for Rural Affairs and Fisheries", "Head of Institute", "Consul-General in Tollan"), a short bracket ("Chief Manager
(Cross-boundary Services)"), a comma ("Prime Minister, A B"), a title ("Vice President
Prof. A B"), and what owns the role: an organisation before it ("X University's Dean A B", "X Chairman A B"),
"its", "the college's", or the organisation of the complement ("President of the X Society, A B").

After the name, an apposition: "A B, Dean of X at Y", "A B, CEO, Y", "A B (Director, Y)", "A B – Y", "A B from
Y", "A B, an adviser with Y", "A B, Y's chief executive", signature blocks (a name line, then "Role, Unit, Org"
lines), and several positions in one apposition ("vice chair, X Society, and president, Y Ltd"): the affiliation
is the organisation of the first one, and the role lists the positions held there ("vice chair"), not those of
another body, whose role the affiliation would misattribute.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache

from rapidfuzz import fuzz

from analysis.extract import org_cues, sentences
from analysis.extract.gazetteer import level, level_words
from analysis.extract.names import AGED, POSSESSIVE, bare, is_head, is_place_name, last_head, names_a_place
from analysis.extract.nlp import Context, Mention
from analysis.extract.overlap import MentionIndex
from analysis.resources import alternation, lower_words, patterns, read_lines, table, words

_ARTICLE = re.compile(r"^(?:and |as well as )?(?:the |a |an )?", re.IGNORECASE)
_STOP_WORDS = ("who", "which", "whose", "said", "says", "as", "when", "while", "where")
_SAME_NAME = 90
_ASIDE_CHARS = 40
_RELATIVE = re.compile(r"\s+(?:who|whose|which)\b")
_TRAIL = re.compile(r"(?:[\s,;]|\b(?:at|of|in|with|from|for|and|the|a|an)\b|\b[A-Z][\w'’-]*-based\b)+$", re.IGNORECASE)


@dataclass(frozen=True)
class Position:
    """One position of an apposition: where its words run and the organisation it names (or None)."""

    start: int
    end: int
    org: Mention | None
    role: str


@lru_cache(maxsize=1)
def _roles() -> frozenset[str]:
    """Role words without the connectors the lexicon also lists ("of", "the", "and")."""
    return lower_words("role_words.txt") - {"of", "the", "and"}


@lru_cache(maxsize=8192)
def _role_noun(w: str) -> bool:
    """A lower-cased role word: listed (`_roles`), or a profession named by its ending ("orthodontist",
    `role_word_endings.txt`)."""
    return w in _roles() or any(w.endswith(e) and len(w) >= len(e) + 3 for e in lower_words("role_word_endings.txt"))


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(t.rstrip(".") for t in words("person_titles.txt"))


def _listed_title(title: str, lexicon: str) -> bool:
    """Whether a title is in a lexicon of titles, with or without its dot ("Dr." and "Dr")."""
    return title in words(lexicon) or title.rstrip(".") in words(lexicon)


def is_address_title(title: str) -> bool:
    """True for a title of address ("Mr", "Dr."), which is never a role alone; False for an academic title."""
    return _listed_title(title, "address_titles.txt")


def is_degree_title(title: str) -> bool:
    """True for a title of a degree ("Dr"), which leads the roles a text gives its holder but is no role alone."""
    return _listed_title(title, "degree_titles.txt")


# --------------------------------------------------------------------------- the role written before a name

_WORD = re.compile(r"\w[\w.'’&-]*|&|\S")
_BEFORE_CHARS = 160
_ROLE_CLASSES = re.compile(r"(?:M+A)?(?:[MH]*H)(?:A[MH]*H)*(?:CT?[WMHO](?:[WMHOACTC]*[WMHO])?)?$")
"""The letters of a role written before a name: heads with their modifiers, stacked with "and", portfolios joined by
"and" before the head ("Health and Social Care Secretary"), and a complement ("Director of X")."""
_ROLE_HELD_AT = re.compile(_ROLE_CLASSES.pattern.removesuffix("$") + r"(?P<at>XT?O)$")
"""The letters of a role before a name that ends with the body it is held at ("Minister of State for Trade at the
Department for Business, A B"): a role (`_ROLE_CLASSES`), then "at", "the" and the body."""
_ANAPHORS = ("its", "their")


@dataclass(frozen=True)
class Before:
    """A role written before a name: its words, where they start, the organisation that owns the role (or None),
    and whether it is plural ("Vice Presidents A B and C D" gives each of them "Vice President")."""

    role: str
    start: int
    org: Mention | None
    plural: bool = False


@dataclass(frozen=True)
class _Unit:
    """A word before a name, or the words of one organisation mention, with its letter (see `_letter`)."""

    letter: str
    start: int
    end: int
    org: Mention | None = None


def _singular(word: str) -> str | None:
    """The role word a plural stands for ("Presidents" -> "president"), or None."""
    w = word.casefold()
    if w.endswith("es") and _role_noun(w[:-2]):
        return w[:-2]
    if w.endswith("s") and _role_noun(w[:-1]):
        return w[:-1]
    return None


@lru_cache(maxsize=1)
def _prefix_words() -> frozenset[str]:
    """What may stand before a hyphen in a role: a prefix (`role_prefixes.txt`) or a role word."""
    return lower_words("role_prefixes.txt") | _roles()


def _prefixed(w: str) -> str | None:
    """The role word after hyphenated prefixes ("vice-minister" -> "minister", "under-secretary" -> "secretary"),
    when every part before it is a prefix (`role_prefixes.txt`) or a role word; else None."""
    if "-" not in w or _role_noun(w):
        return None
    *first, last = w.split("-")
    return last if last and all(p in _prefix_words() for p in first) else None


@lru_cache(maxsize=8192)
def is_role_word(word: str) -> bool:
    """A word of a role or of its field ("Director", "Vice", "Health", "Presidents", "vice-minister"), any case."""
    w = bare(word).casefold()
    w = _prefixed(w) or w
    return _role_noun(w) or w in lower_words("role_portfolios.txt") or _singular(w) is not None


_POSITION_AFTER = re.compile(r",\s+(?:the\s+)?((?:[A-Za-z-]+\s+){0,3}[A-Za-z-]+)\s+(?:at|of)\s")
"""A position held at a body written after a name ("A B, chief executive of X")."""
_TITLE_AFTER = re.compile(r",\s+((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)")
"""A post written with capitals after a name, up to three words ("A B, Cabinet Secretary for Health")."""


def described_after(text: str, end: int) -> bool:
    """True when an age (`names.AGED`: "A B, 58,") or a position follows the name ending at `end`: role words held
    at a body ("A B, chief executive of X"; the last no modifier), an occupation with "a" ("A B, a retired textile
    worker in Tarnby,") or a post written with capitals ("A B, Pro-Vice-Chancellor (Research)"). The name is a
    person's, whatever the model reads."""
    if AGED.match(text, end) is not None:
        return True
    title = _TITLE_AFTER.match(text, end)
    if title is not None and any(is_role_word(w) for w in title.group(1).split()):
        return True
    occupation = _OCCUPATION_AFTER.match(text, end)
    if occupation is not None and is_role_head(occupation.group(1)):
        return True
    m = _POSITION_AFTER.match(text, end)
    if m is None:
        return False
    ws = m.group(1).split()
    return all(is_role_word(w) for w in ws) and ws[-1].casefold() not in lower_words("role_modifiers.txt")


_OCCUPATION_AFTER = re.compile(r",\s+an?\s+(?:[a-z][\w-]*\s+){0,3}?([a-z][\w-]*)(?=\s+(?:in|at|from|of|with|who)\b|,)")
"""An occupation set off after a name with "a" ("A B, a retired textile worker in Tarnby, said")."""


@lru_cache(maxsize=8192)
def is_role_head(word: str) -> bool:
    """A word that names a position on its own ("minister", "Chancellor", "presidents", "co-chair"), not a modifier
    ("Vice")."""
    w = bare(word).casefold()
    w = _prefixed(w) or w
    w = _singular(w) or w
    return _role_noun(w) and w not in lower_words("role_modifiers.txt")


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    return frozenset(row[0] for row in table("place_demonyms.tsv"))


def _letter(word: str, place: bool) -> str:
    """H a role head, M a modifier (role modifier, field, place, nationality), C "of"/"for", A "and", T "the",
    P a possessive, W another capitalised word, X anything else."""
    low = word.casefold()
    if POSSESSIVE.search(word) and word[0].isalpha():
        return "P"
    if low in ("of", "for"):
        return "C"
    if low in ("and", "&"):
        return "A"
    if low == "the":
        return "T"
    if word[0].isupper() and low in lower_words("role_prefixes.txt"):
        return "M"  # a prefix written apart and capitalised, as titles are: "Under Secretary", "Deputy Director"
    low = _prefixed(low) or low  # "vice-minister" reads as "minister"
    if re.fullmatch(r"e-?[A-Z]?[a-z]+", word) and low.removeprefix("e").removeprefix("-") in lower_words(
        "role_portfolios.txt"
    ):
        return "M"  # "eHealth programme director", "e-health lead": the field written electronically
    if low in lower_words("role_modifiers.txt") or low in lower_words("role_portfolios.txt") or _discipline(low):
        return "M"  # "Health", "Vice"; a field of medicine closes "head of neurology"
    if _role_noun(low) or _singular(low):
        return "H"
    if place or word in _demonyms():
        return "M"
    return "W" if word[0].isupper() else "X"


@lru_cache(maxsize=1)
def seat_letters() -> frozenset[str]:
    """The letters of an elected seat written after a name or before it (`post_nominals.txt`, marked "seat": "MP",
    "MSP")."""
    return frozenset(r[0] for r in table("post_nominals.txt") if r[1:] == ("seat",))


@lru_cache(maxsize=1)
def _post_nominals() -> frozenset[str]:
    """Every letters of `post_nominals.txt` ("MP", "OBE", "FRCP")."""
    return frozenset(r[0] for r in table("post_nominals.txt"))


def is_post_nominal(word: str) -> bool:
    """True for letters written after a name (`post_nominals.txt`: "MP", "MS", "OBE"), no word of the name."""
    return word in _post_nominals()


def seated(text: str, end: int) -> bool:
    """Whether the letters after a name ending at `end` include an elected seat's ("Ann Marsh MP", "Ann Marsh OBE MS"):
    the name is a person's."""
    return not seat_letters().isdisjoint(text[end : past_post_nominals(text, end)].replace(",", " ").split())


_LETTERS_AFTER = re.compile(r"(?:,? [A-Z]{2,5}\b)+")


def past_post_nominals(text: str, pos: int) -> int:
    """Where a name's letters end ("Ann Roe MP, Minister of X", "Ann Roe OBE FRCP, dean of Y": past "MP" and
    "OBE FRCP"), so that the description after them is read as the person's; `pos` when none follow."""
    m = _LETTERS_AFTER.match(text, pos)
    if m is None:
        return pos
    known = _post_nominals()
    end = pos
    for w in re.finditer(r"[A-Z]{2,5}", m.group()):
        if w.group() not in known:
            break
        end = pos + w.end()
    return end


def _arm_of_name(text: str, units: list[_Unit], k: int) -> bool:
    """Whether the role starting at unit `k` opens with a place right after a name and before a role in lower case:
    the country of a company's arm ("Kelby Pharma UK chief executive"), a word of the name, not of the role."""
    if not 0 < k < len(units) - 1 or units[k - 1].letter not in "WO" or text[units[k - 1].end : units[k].start] != " ":
        return False
    word, nxt = text[units[k].start : units[k].end], text[units[k + 1].start : units[k + 1].end]
    return word[:1].isupper() and nxt[:1].islower() and is_place_name(word)


def _seat_start(ctx: Context, units: list[_Unit], k: int) -> int:
    """Where the name of a seat begins before its letters, from `k`: the proper nouns before them, with "and"
    between two of them ("North Tarn MP", "Mid Tarn and Fife MSP"); a role head, a word in lower case or a word
    capitalised only to open the sentence ("Then MP A B") ends it."""

    def named(u: _Unit) -> bool:
        tok = ctx.token_at(u.start)
        return u.letter in "WM" and ctx.text[u.start].isupper() and tok is not None and tok[1].pos_ == "PROPN"

    j = k
    while j > 0:
        if named(units[j - 1]) or (units[j - 1].letter == "A" and j >= 2 and named(units[j - 2])):
            j -= 1
        else:
            break
    return j


def _discipline(low: str) -> bool:
    """A field of medicine or study, case-folded ("neurology", "nursing"; `org_disciplines.txt`)."""
    return low in lower_words("org_disciplines.txt")


_CONNECTORS = ("the", "its", "their", "of", "for", "and", "&", "in", "to")
_PLACE_COMPLEMENT = ("in", "to")
"""Words that join a place to a role ("Consul-General in Tollan", "Ambassador to Norvia")."""


_PORTFOLIO_LIST = re.compile(
    r"\b(?:for|of) [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?(?:, [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)+,? and [A-Z]"
)


@lru_cache(maxsize=2)
def portfolio_lists(text: str) -> str:
    """The text with the commas of a portfolio's list of fields written as "&", offsets unchanged ("Minister for
    Science, Research and Innovation", "Director of Nursing, Midwifery and Patient Experience" read as one role, where
    a comma otherwise ends one)."""
    return _PORTFOLIO_LIST.sub(lambda m: m.group().replace(",", "&"), text)


def _may_be_in_role(word: str) -> bool:
    """A word that can belong to a role or to what owns it (capitalised, a role or field word, a connector)."""
    if word[0].isupper() or word in _CONNECTORS or _discipline(word.casefold()):
        return True
    return word[0].isalpha() and (is_role_word(word) or bool(POSSESSIVE.search(word)) or is_head(word.title()))


_ORG_SPAN = 400
"""Longest organisation mention, in characters: a look-up of the mentions overlapping a span starts this far
before it."""


class _OrgIndex:
    """The organisation mentions of one list by start, so that the few near a span are found by bisection and
    returned in the list's own order (rules stay linear in the number of mentions)."""

    def __init__(self, orgs: list[Mention]) -> None:
        self.orgs = orgs
        order = sorted(range(len(orgs)), key=lambda k: (orgs[k].start, k))
        self.ks = order
        self.starts = [orgs[k].start for k in order]
        self._short: tuple | None = None  # `short_fits`'s index, built on its first use

    def starting(self, a: int, b: int) -> list[Mention]:
        """The mentions with a <= start < b, in the list's order."""
        lo, hi = bisect_left(self.starts, a), bisect_left(self.starts, b)
        return [self.orgs[k] for k in sorted(self.ks[lo:hi])]

    def short_fits(self, words_: str, place: bool) -> dict[str, Mention]:
        """The bodies that can own a role (`_owns`) whose name, the rest of it after the place it opens with
        (`_after_place`) or after its first "of", starts with the words `words_`; with `place`, also those whose name
        holds them anywhere. Name -> its last mention, in order of first mention. The names are indexed by such words
        once, so that a look-up costs the size of its answer."""
        if self._short is None:
            last: dict[str, Mention] = {}
            for o in self.orgs:
                if _owns(o):
                    last[o.fields["name"]] = o
            opening: dict[str, set[str]] = {}
            within: dict[str, set[str]] = {}
            for name in last:
                # the words after "of" name a body too ("the Tollan trust" of "University Hospitals of Tollan NHS
                # Trust")
                owned = name.split(" of ", 1)[1:] if not name.startswith(("The ", "the ")) else []
                for tail in (*_after_place(name), *[t.removeprefix("the ") for t in owned]):
                    for key in {tail, *(tail[:k] for k, c in enumerate(tail) if c == " ")}:
                        opening.setdefault(key, set()).add(name)
                toks = name.split(" ")
                for i in range(len(toks)):
                    for j in range(i + 1, len(toks) + 1):
                        within.setdefault(" ".join(toks[i:j]), set()).add(name)
            self._short = (last, {name: k for k, name in enumerate(last)}, opening, within)
        last, rank, opening, within = self._short
        found = opening.get(words_, set()) | (within.get(words_, set()) if place else set())
        return {name: last[name] for name in sorted(found, key=rank.__getitem__)}


_LAST_INDEX: list[_OrgIndex] = []


def _org_index(orgs: list[Mention]) -> _OrgIndex:
    """The index of `orgs`, built once for the list the caller passes again and again (an empty list, which rules
    pass for "no bodies", does not replace it)."""
    if not orgs:
        return _OrgIndex(orgs)
    if _LAST_INDEX and _LAST_INDEX[0].orgs is orgs and len(_LAST_INDEX[0].starts) == len(orgs):
        return _LAST_INDEX[0]
    _LAST_INDEX[:] = [_OrgIndex(orgs)]
    return _LAST_INDEX[0]


def _units(text: str, a: int, b: int, orgs: list[Mention], tail: bool = False) -> list[_Unit]:
    """The words of text[a:b] as units; the words of an organisation mention make one unit (letter O). With
    `tail`, only the words after the last one that can belong to no role (and two before it), for reading a role
    that ends at `b`."""
    toks, ends = _with_brackets(text, [(m.start(), m.end()) for m in _WORD.finditer(text, a, b)])
    if tail:
        k = len(toks) - 1
        while k >= 0 and (
            text[toks[k][0] : toks[k][1]] == "," or text[toks[k][0] : toks[k][1]].rstrip(".") in _titles()
        ):
            k -= 1  # "President, Prof." before the name
        while k >= 0 and _may_be_in_role(text[toks[k][0] : toks[k][1]]):
            k -= 1
        toks, ends = toks[max(0, k - 1) :], ends[max(0, k - 1) :]
    places: set[int] = set()
    for i in range(len(toks)):
        for n in (3, 2, 1):
            if i + n <= len(toks) and i not in places:
                phrase = text[toks[i][0] : ends[i + n - 1]]
                if phrase[0].isupper() and is_place_name(phrase):
                    places.update(range(i, i + n))
    near = [o for o in _org_index(orgs).starting(a - _ORG_SPAN, b) if o.end > a] if orgs else []
    out: list[_Unit] = []
    for i, (s, e) in enumerate(toks):
        org = next((o for o in near if o.start <= s < o.end and ends[i] <= o.end + 2), None)
        if org is not None:
            if out and out[-1].org is org:
                out[-1] = _Unit("O", out[-1].start, e, org)
            else:
                out.append(_Unit("O", s, e, org))
            continue
        word = text[s : ends[i]]
        complement = word in _PLACE_COMPLEMENT and i + 1 in places  # "Consul-General in Tollan"
        out.append(_Unit("C" if complement else _letter(word, i in places), s, e))
    return out


_BRACKET_WORDS = 4
_BRACKET_WORD = re.compile(r"[A-Z][\w'’&.-]*|[-&/]|and|of|for")


def _with_brackets(text: str, toks: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], list[int]]:
    """Words as spans, with a short bracket of capitalised words joined to the word before it, which it qualifies
    ("Chief Manager (Cross-boundary Services)", "Hospital Authority (HA)", "Vice-Principal (International)"), and the
    end of each word's own letters (what its kind is read from)."""
    spans: list[tuple[int, int]] = []
    ends: list[int] = []
    i = 0
    while i < len(toks):
        s, e = toks[i]
        if text[s:e] == "(" and spans:
            close = next(
                (j for j in range(i + 1, min(len(toks), i + _BRACKET_WORDS + 2)) if text[slice(*toks[j])] == ")"), None
            )
            inner = toks[i + 1 : close] if close is not None else []
            if inner and all(_BRACKET_WORD.fullmatch(text, x, y) for x, y in inner):
                spans[-1] = (spans[-1][0], toks[close][1])
                i = close + 1
                continue
        spans.append((s, e))
        ends.append(e)
        i += 1
    return spans, ends


SPELLINGS = {"center": "centre", "centre": "center"}
"""The other spelling of a head noun ("the Wuhan centre" for "Wuhan Riverside Cancer Center")."""


def _head_org(
    ctx: Context,
    head: str,
    before: int,
    orgs: list[Mention],
    by_kind: bool = False,
    qualifiers: list[str] = (),
    strict: bool = False,
) -> Mention | None:
    """The document's organisation, named before `before`, that a common noun stands for: the last one with the
    noun among the head words of its name ("the college's dean", "chief executive of the trust"; with the words
    that qualify the noun among its words, when one has them: "the health commission"), else, with
    `by_kind` (a noun written in lower case after "the"), for a class noun ("the company", "the firm";
    `org_class_nouns.tsv`) the last one the text called so ("Kelby, a biotech company"), else the last one of that
    type; of several bodies, the page's own (its publisher). With `strict`, only one whose name has the qualifying
    words ("the Wuhan centre" is no "Kelby Centre")."""
    word = bare(head).casefold()
    spellings = {word, SPELLINGS.get(word, word)}
    named = [o for o in orgs if o.end <= before and spellings & _head_words(o.fields["name"])]
    words_ = {q.casefold() for q in qualifiers if q.casefold() not in ("the", "its", "their")}
    fitting = [
        o
        for o in named
        if words_ <= {w.casefold() for w in re.findall(r"[\w'’-]+", o.fields["name"])}
        or _placed_by(ctx, o.fields["name"], orgs, [q for q in qualifiers if q.casefold() in words_])
    ]
    if strict and words_:
        return max(fitting, key=lambda o: o.start) if fitting else None
    named = fitting or named
    # a body the noun ends is the one it stands for: "the hospital" is Kelby Hospital, not the Hospital Authority
    named = [o for o in named if spellings & last_head(o.fields["name"])] or named
    kind = org_cues.class_nouns().get(word) if by_kind else None
    if not named and kind is not None:  # the body the text called so ("Kelby, a biotech company, ...") comes first
        called = re.compile(rf",? (?:a|an|the) (?:[a-z][\w-]* ){{0,3}}{re.escape(word)}\b")
        named = [o for o in orgs if o.end <= before and called.match(ctx.text, o.end)]
    if not named and kind is not None:
        named = [o for o in orgs if o.end <= before and (org_cues.type_of(o.fields["name"]) or ("",))[0] == kind]
    named = [o for o in named if _owns(o)]
    # of several, the page's own body: "the college's president" on a college's own page is its president
    pub = ctx.doc.publisher.value if ctx.doc.publisher else None
    own = [o for o in named if o.fields["name"] == pub]
    named = own if own and len({o.fields["name"] for o in named}) > 1 else named
    return max(named, key=lambda o: o.start) if named else None


def _placed_by(ctx: Context, name: str, orgs: list[Mention], words_: list[str]) -> bool:
    """Whether the text places a body by the words that qualify a noun standing for it, around one of its mentions:
    a possessive or "-based" before it, or "in" after it ("Hong Kong's Queen Elizabeth Hospital", "Queen Elizabeth
    Hospital in Hong Kong", then "the Hong Kong hospital")."""
    if not words_:
        return False
    where = r"\s+".join(map(re.escape, words_))
    before = re.compile(rf"(?<![\w-]){where}(?:['’]s|-based)\s+(?:the\s+)?$")
    after = re.compile(rf",?\s+in\s+{where}(?![\w-])")
    return any(
        before.search(ctx.text, max(0, o.start - 40), o.start) or after.match(ctx.text, o.end)
        for o in orgs
        if o.fields["name"] == name
    )


@lru_cache(maxsize=4096)
def _head_words(name: str) -> frozenset[str]:
    """The head words of an organisation's name, case-folded ("Eastmoor NHS Foundation Trust" -> foundation,
    trust), with the noun that ends its head phrase ("Kestrel Elderly Home" -> home) and the parts of a hyphenated
    head that are head words themselves ("British Consulate-General" -> consulate-general, consulate)."""
    own = {bare(t).casefold() for t in name.split() if is_head(bare(t))}
    own |= {p.casefold() for t in own if "-" in t for p in t.split("-") if is_head(p.title())}
    head = org_cues.type_of(name)
    if head is not None and head[1].split()[-1].casefold() in _phrase_nouns():
        own.add(head[1].split()[-1].casefold())
    return frozenset(own)


@lru_cache(maxsize=1)
def _phrase_nouns() -> frozenset[str]:
    """The countable nouns that end a head phrase of `org_types.tsv` without being a head word alone, those the
    lexicon lists in the singular and the plural ("Home" of "Elderly Home" and "Care Homes"; not "Health" of
    "Public Health"): a text refers back to such a body with that noun ("the home's manager")."""
    last = {key[-1].casefold() for key in org_cues.head_phrases() if len(key) > 1 and not is_head(key[-1])}
    return frozenset(w for w in last if w + "s" in last and not _singular(w) and _letter(w, False) != "H")


def _stands_for_body(word: str) -> bool:
    """A common noun that can stand for a body the text has named: a head word ("hospital"), the noun ending a
    head phrase ("home" of "Elderly Home", `_phrase_nouns`) or a class noun ("company")."""
    w = bare(word)
    return is_head(w.title()) or is_head(w) or w.casefold() in org_cues.class_nouns() or w.casefold() in _phrase_nouns()


def _owner(ctx: Context, units: list[_Unit], k: int, orgs: list[Mention]) -> Mention | None:
    """The organisation that owns a role starting at unit k, from the unit before it: an organisation ("X Chairman",
    "X's Dean"), "its"/"their" (the last organisation named before), "the hospital's" (the hospital named before)."""
    if k == 0:
        return None
    prev = units[k - 1]
    if prev.org is not None:
        return prev.org
    word = ctx.text[prev.start : prev.end]
    if word.casefold() in _ANAPHORS:
        return _antecedent(ctx, prev.start, orgs)
    if word.casefold() == "whose":  # "the Kelby Bureau, whose director, A B": the body the clause is of
        return next((o for o in orgs if re.fullmatch(r",?\s*", ctx.text[o.end : prev.start])), None)
    if prev.letter == "P" and _after_the(ctx.text, units, k - 1) and _stands_for_body(word):
        return _head_org(ctx, word, prev.start, orgs, by_kind=word.islower())
    return _possessed(ctx.text, units, k, orgs)


_MODIFIERS = 2
"""Most lower-case words between "the" and a noun standing for a body ("the central hospital's president")."""


def _after_the(text: str, units: list[_Unit], k: int) -> bool:
    """Whether unit k follows "the", directly or after up to `_MODIFIERS` lower-case words ("the hospital's", "the
    central hospital's")."""
    for j in range(k - 1, max(-1, k - 2 - _MODIFIERS), -1):
        word = text[units[j].start : units[j].end]
        if word.casefold() == "the":
            return True
        if units[j].org is not None or not word.isalpha() or not word.islower():
            return False
    return False


def _possessed(text: str, units: list[_Unit], k: int, orgs: list[Mention]) -> Mention | None:
    """The body a short reference with a possessive right before unit k names ("Brightwave's chief executive",
    "Jinsha hospital's president"; `qualified_body`), or None."""
    if k == 0 or units[k - 1].letter != "P" or units[k - 1].org is not None:
        return None
    j = k - 1
    while j > 0 and k - j <= 3 and units[j - 1].org is None and units[j - 1].letter in "WM":
        j -= 1
    j += next((i for i, u in enumerate(units[j:k]) if text[u.start].isupper()), k - j)
    if j >= k or (j == k - 1 and not text[units[j].start].isupper()):
        return None
    return _qualified_before(text, units[j].start, units[k - 1].end, orgs)


@lru_cache(maxsize=1)
def _opens() -> re.Pattern:
    """What may stand between a sentence's start and its subject: quotes, "the", and a phrase of place or time set
    off by a comma ("In Harbin, the X has agreed"; a preposition of `prepositions.txt` opens it)."""
    fronted = rf"(?:(?:{alternation('prepositions.txt')})\s[^,.;:\n]{{1,40}},\s+)?"
    return re.compile(rf"[\s\"'“‘(]*{fronted}(?:the\s+)?$", re.IGNORECASE)


def _antecedent(ctx: Context, pos: int, orgs: list[Mention]) -> Mention | None:
    """The body "its"/"their" at `pos` stands for: the last one named before it in the paragraph that opens its
    sentence (the subject: "Harbour Bio signed with Tollan Hospital. Its chairman" -> Harbour Bio; "In Harbin,
    Harbour Bio signed ..." too, `_opens`), else the last one
    named there. In a paragraph's first sentence, the paragraph before counts too ("Its chairman, A B, said" after a
    paragraph about the body)."""
    ps = ctx.paragraph_at(pos)[0]
    if ctx.sentence_at(pos)[0] <= ps:
        ps = ctx.paragraph_before(ps)
    named = [o for o in _org_index(orgs).starting(ps, pos) if o.end <= pos]
    subjects = [o for o in named if _opens().fullmatch(ctx.text, ctx.sentence_at(o.start)[0], o.start)]
    return subjects[-1] if subjects else named[-1] if named else None


def _qualified_from(letters: str, k: int, kinds: str = "MW", most: int = _MODIFIERS) -> int:
    """Where the words that qualify a body noun at unit k start, up to `most` words of `kinds` (capitalised or modifier
    words) opening the phrase ("Health board" before "chair"), or -1 when other words come before them ("said the
    board"). With kinds "W", the capitalised words of a body's short form before a role ("Kelby Harbour chief
    executive A B", unit k-1 the last of them)."""
    j = k
    while j > 0 and k - j < most and letters[j - 1] in kinds:
        j -= 1
    return j if j == 0 or letters[j - 1] in "TX" else -1


_SHORT_FORM_WORDS = 3
"""Most capitalised words of a body's short form written before a role ("Kelby Harbour chief executive A B")."""


def _name_head(text: str, u: _Unit) -> bool:
    """A capitalised organisation head word ("Hospital", "Trust")."""
    word = text[u.start : u.end]
    return word[0].isupper() and is_head(word)


def _body_word(text: str, u: _Unit) -> bool:
    """An organisation head word opening a role, capitalised or not ("Hospital director", "hospital spokeswoman"):
    the role is held at the body of that kind named last."""
    word = text[u.start : u.end]
    return _name_head(text, u) or (word.islower() and is_head(word.capitalize()))


def before(ctx: Context, start: int, orgs: list[Mention], floor: int = 0) -> Before | None:
    """The role written right before the name at `start` (after an optional title and comma), or None.

    "Vice President Prof. A B" -> "Vice President"; "Secretary for Health A B" -> "Secretary for Health";
    "X University's Dean A B" -> "Dean" of X University; "Prime Minister, A B" -> "Prime Minister" (a comma form
    only where the role opens a clause, not after another name: "C D, Director, A B" gives A B no role). A role
    never reaches back past `floor`, the end of the name before ("Secretary for Health C D and Director of X A B":
    A B is the Director)."""
    text = ctx.text
    ls = max(ctx.sentence_at(start)[0], start - _BEFORE_CHARS, text.rfind("\n", 0, start) + 1)
    units = _units(portfolio_lists(text), ls, start, orgs, tail=True)
    while units and units[-1].letter in "WH" and text[units[-1].start : units[-1].end].rstrip(".") in _titles():
        units.pop()  # "Vice President Prof." / "Pro-Vice-Chancellor Dr"
    comma = bool(units) and text[units[-1].start : units[-1].end] == ","
    if comma:
        units.pop()
    while units and units[-1].letter in "WH" and text[units[-1].start : units[-1].end].rstrip(".") in _titles():
        units.pop()
    letters = "".join(u.letter for u in units)
    described = re.search(r"CT([MX]{0,2})X$", letters)
    if (
        described
        and is_head(text[units[-1].start : units[-1].end].title())
        and all(text[u.start : u.end].islower() for u in units[len(units) - 1 - len(described.group(1)) :])
    ):  # "Deputy Director of the (health) commission A B": the commission the text named
        letters = letters[: described.start()] + "CT" + "W" * (len(described.group(1)) + 1)
    m = _ROLE_CLASSES.search(letters, next((i for i, u in enumerate(units) if u.start >= floor), len(units)))
    if m is None or m.start() == m.end():
        opening = _opening_role(ctx, start, orgs, floor) if comma else None
        return opening or _held_at(ctx, ls, start, orgs, floor, comma)
    k = m.start()
    if comma and k > 0:
        j = k - 1
        while j >= 0 and units[j].letter in "TPO":
            j -= 1
        w = j - 1
        while w > 0 and units[w - 1].letter == "W":
            w -= 1
        if (
            j >= 0
            and text[units[j].start : units[j].end] == ","
            and j > 0
            and units[j - 1].letter == "W"
            and not closes_pairs(text, _name_end(text, start))
            and not _PLACE_OPENER.search(text, 0, units[w].start)
        ):
            return None  # "C D, Director, A B": the role is C D's ("At Kelby, the director, A B": a place, no name)
    if comma and not _opens_apposition(text, units, k, start):
        return None  # "facing a shortage of nurses, Dr A B said": a noun of the clause A B reports, not A B's role
    while k + 1 < len(units) and k > 0 and units[k - 1].letter in "WPM" and _name_head(text, units[k]):
        k += 1  # "Riverton People's Hospital president A B": the head word ends the body's name, not the role
    if text[units[-1].start : units[-1].end] in seat_letters():
        k = _seat_start(ctx, units, k)  # "Mid Tarn and Fife MSP A B": the seat's name is the role's
    elif _arm_of_name(text, units, k):
        k += 1  # "Kelby Pharma UK chief executive A B": the country ends the company's name, the role is lower case
    role_units = units[k:]
    org = _owner(ctx, units, k, orgs)
    org = org if org is None or _owns(org) else None
    last = role_units[-1]
    # a complement that is an organisation names the owner ("President of the X Society, A B" -> "President")
    comp = re.search(r"CT?O(?:AT?O)*$", letters[k:])
    first = role_units[comp.start() + 1 + (letters[k + comp.start() + 1] == "T")] if comp else None
    if comp is not None and comp.start() > 0 and org is None and first.org is not None and _owns(first.org):
        org = first.org  # "President of the X Society and the Y Fund, A B": the first body named
        role_units = role_units[: comp.start()]
    elif org is None and (held := re.search(r"CT?O", letters[k:])) and _owns(role_units[held.end() - 1].org):
        org = role_units[held.end() - 1].org  # "Chief Executive of X Hospital and Chief of Service, A B": X Hospital
    elif re.search(r"CT?W{1,3}$", letters[k:]) and is_head(text[last.start : last.end].title()) and org is None:
        qualifiers = [text[u.start : u.end] for u in role_units[letters[k:].rindex("C") + 1 : -1]]
        org = _head_org(ctx, text[last.start : last.end], ls, orgs, qualifiers=qualifiers)  # "Head of Institute A B"
        if org is not None and text[last.start].islower():  # "Director of the commission A B" -> "Director"
            role_units = role_units[: letters[k:].rindex("C")]
    elif org is None and len(role_units) > 1 and _body_word(text, role_units[0]) and (k == 0 or letters[k - 1] in "TX"):
        word = text[role_units[0].start : role_units[0].end]  # "Hospital director A B", "hospital spokeswoman A B"
        org = _head_org(ctx, word, ls if word[0].isupper() else role_units[0].start, orgs)
    elif org is None and k > 0 and _body_word(text, units[k - 1]) and (j := _qualified_from(letters, k - 1)) >= 0:
        qualifiers = [text[u.start : u.end] for u in units[j : k - 1]]  # "Trust chairman A B", "Health board chair A B"
        org = _head_org(ctx, text[units[k - 1].start : units[k - 1].end], ls, orgs, qualifiers=qualifiers)
    elif (
        org is None
        and k > 0
        and letters[k - 1] == "W"
        and (j := _qualified_from(letters, k - 1, "W", _SHORT_FORM_WORDS - 1)) >= 0
    ):
        org = short_form(text[units[j].start : units[k - 1].end], orgs)  # "Kelby (Harbour) chief executive A B"
    state = state_start(text, units, k) if org is None else None
    if state is not None:  # "the UK's health secretary, A B": the state the role is of stays in the role
        role_units = [u for u in units if u.start >= state and u.start < role_units[0].start] + role_units
    heads = [u for u in role_units if u.letter == "H"]
    plural = bool(heads) and _singular(text[heads[-1].start : heads[-1].end]) is not None
    role = text[role_units[0].start : role_units[-1].end]
    if plural:
        h = heads[-1]
        word = text[h.start : h.end]
        keep = len(_singular(word) or word)
        role = text[role_units[0].start : h.start + keep] + text[h.end : role_units[-1].end]
    return Before(role, role_units[0].start, org, plural)


def _held_at(ctx: Context, ls: int, start: int, orgs: list[Mention], floor: int, comma: bool) -> Before | None:
    """A role written before the name at `start` with the body it is held at (`_ROLE_HELD_AT`: "the Minister of State
    for Trade at the Department for Business, A B" -> "Minister of State for Trade" of the Department), read from `ls`
    and not before `floor`; None when there is none, or when a speech verb after the name makes the words before the
    comma the clause the person reports ("a nurse at Kelby Hospital, A B said"), or when the role follows a comma,
    in apposition to the name before it ("C D, a professor at X, A B")."""
    text = ctx.text
    units = _units(text, max(ls, floor), start, orgs)
    while units and (text[units[-1].start : units[-1].end] == "," or text[units[-1].start : units[-1].end].rstrip(".")
                     in _titles()):  # fmt: skip
        units.pop()
    held = _ROLE_HELD_AT.search("".join(u.letter for u in units))
    if held is None or held.start() == held.start("at"):
        return None
    at, body = units[held.start("at")], units[held.end("at") - 1].org
    if text[at.start : at.end] != "at" or body is None or not _owns(body):
        return None
    j = held.start() - 1
    while j >= 0 and text[units[j].start : units[j].end].casefold() in ("the", "a", "an"):
        j -= 1
    if j >= 0 and text[units[j].start : units[j].end] == ",":
        return None  # "C D, a professor at X, A B": the role is C D's
    if comma and patterns("speech_verbs.txt").match(text[_name_end(text, start) :][:_SPEECH_AFTER].lstrip()):
        return None
    role_units = units[held.start() : held.start("at")]
    return Before(text[role_units[0].start : role_units[-1].end], role_units[0].start, body)


_OPENING_ROLE = re.compile(r"(?:T[PO]?)?(M*H(?:[MHCTAXWO]|(?<=CT)P)*?)(?:(?<=X)O)?$")
"""The letters of a sentence's opening phrase that is a role: "The chief nurse of the Kelby trust", "The authority's
chief manager for cross-border services", "The dean of the medical school at Tarrow University", "Co-director of
the centre and professor of nursing at Tarrow University", "The head of the bureau's nursing division" (`_letter`)."""


def _opening_role(ctx: Context, start: int, orgs: list[Mention], floor: int) -> Before | None:
    """The role a sentence opens with before a comma and the name ("The dean of the medical school and pro-vice-
    chancellor for health at Tarrow University, Professor A B, said"): the whole phrase but "the" and a body written
    last after "at"/"of", which owns the role, as a possessive's body does ("The authority's chief manager for Y,
    A B" -> the one authority the text names)."""
    text = ctx.text
    s0 = ctx.sentence_at(start)[0]
    if s0 < floor or start - s0 > _BEFORE_CHARS:
        return None
    units = _units(text, s0, start, orgs)
    while units and text[units[-1].start : units[-1].end].rstrip(".") in _titles():
        units.pop()
    if not units or text[units[-1].start : units[-1].end] != ",":
        return None
    units.pop()
    if any(text[u.start : u.end] == "," for u in units):
        return None
    letters = "".join(u.letter for u in units)
    m = _OPENING_ROLE.fullmatch(letters)
    if m is None or (letters.startswith("TO") and not POSSESSIVE.search(text[units[1].start : units[1].end])):
        return None
    role_units = units[m.start(1) : m.end(1)]
    org = units[-1].org if m.end(1) < len(units) and _owns(units[-1].org) else None
    if org is not None and text[role_units[-1].start : role_units[-1].end] in ("at", "of"):
        role_units = role_units[:-1]
    elif org is not None:
        return None
    inner = re.search(r"CT?O", letters[m.start(1) : m.end(1)])
    if org is None and inner is not None and _owns(role_units[inner.end() - 1].org):
        org = role_units[inner.end() - 1].org  # "Deputy director of the X Commission and head of its office, A B"
        role_units = role_units[: inner.start()]
    tail = re.search(r"CT(W{1,3})X$", letters[: m.end(1)])
    if org is None and tail is not None:  # "The chief nurse of the Kelby trust": the one body that reference fits
        qual = text[units[tail.start(1)].start : units[tail.end(1) - 1].end]
        org = qualified_body(qual, text[units[tail.end(1)].start : units[tail.end(1)].end], orgs)
    owned = re.search(r"CTP", letters[: m.end(1)])
    if letters.startswith(("TP", "TO")) or (org is None and owned is not None):
        # "The bureau's head", "The NA's Director and Convenor of its taskforce", "The head of the bureau's unit"
        k = 1 if letters.startswith(("TP", "TO")) else owned.end() - 1
        word = POSSESSIVE.sub("", text[units[k].start : units[k].end])
        org = units[k].org or (
            _head_org(ctx, word, units[k - 1].start, orgs, by_kind=True) if _stands_for_body(word) else None
        )
    if not role_units or letters[m.end(1) - 1] not in "HMXW":
        return None
    return Before(text[role_units[0].start : role_units[-1].end], role_units[0].start, org)


_APPOSITION_OPENERS = ("a", "an", "the", "its", "their", "his", "her", "our")
_SPEECH_AFTER = 24
"""Characters after a name read for the speech verb that closes a reported clause ("A B said", "A B told")."""


_PLACE_OPENER = re.compile(r"(?:^|[\s(])(?:[Aa]t|[Ii]n|[Oo]n|[Ff]or|[Ff]rom|[Aa]cross|[Ww]ithin|[Uu]nder)\s+$")
"""A preposition right before capitalised words: they name a place or body ("At Kelby, the director of workforce, A
B"), not a person whose role follows."""


def _opens_apposition(text: str, units: list[_Unit], k: int, start: int) -> bool:
    """Whether a role at unit k, set off from the name at `start` by a comma, is in apposition to the name. It is
    unless a speech verb follows the name ("..., A B said"): then the words before the comma are the clause A B
    reports, and a role there is A B's only where it opens that clause ("The health secretary, A B said"), not
    after a preposition or a verb ("a shortage of nurses, A B said", "struggle to keep a midwife, A B said") nor
    as a plural ("the scheme will train pharmacists, A B added"). "Its Dean, A B, and", "the Chair of X, A B,
    opened", "said the head nurse, A B." are appositions."""
    end = _name_end(text, start)
    if not patterns("speech_verbs.txt").match(text[end : end + _SPEECH_AFTER].lstrip()):
        return True
    j = k - 1
    while j >= 0 and text[units[j].start : units[j].end].casefold() in _APPOSITION_OPENERS:
        j -= 1
    if j >= 0:
        u = units[j]
        if u.letter == "C" or (u.letter == "X" and text[u.start].isalpha()):
            return False
    heads = [u for u in units[k:] if u.letter == "H"]
    return not (heads and _singular(text[heads[-1].start : heads[-1].end]) is not None)


_NAME_WORDS = re.compile(r"(?:(?:[A-Z]\.|[A-Z][\w'’-]*)\s?)+")
"""Capitalised words and initials ("J. Smith"); a full stop after a longer word ends the sentence, not the name ("A B.
Ms C said" ends at "B")."""


def _name_end(text: str, start: int) -> int:
    """Where the capitalised words of a name starting at `start` end."""
    m = _NAME_WORDS.match(text, start)
    return m.end() if m else start


_FIELD_WORDS = re.compile(r"X{1,3}(?=M*H)")
_ROLE_OPENING = re.compile(r"(?:[WM]*P|O)?(?P<role>[WM]{0,3}[MH]*H)")
_PLACE_WORDS = 3
"""Words in the longest place name read before a possessive ("Hong Kong's")."""


def state_start(text: str, units: list[_Unit], k: int) -> int | None:
    """Where a place or state written with a possessive right before the role at unit k starts, so that the role
    keeps it ("the UK's minister for trade" -> "UK's minister for trade", "Westland's Health Secretary"): the
    longest run of units ending with the possessive that the one place rule places; None otherwise."""
    if k == 0 or units[k - 1].letter != "P" or units[k - 1].org is not None:
        return None
    end = units[k - 1].end
    for j in range(max(0, k - _PLACE_WORDS), k):
        if any(u.org is not None or u.letter in "ACTX" for u in units[j : k - 1]):
            continue
        place = POSSESSIVE.sub("", text[units[j].start : end])
        if place[:1].isupper() and org_cues.place_label(place) is not None:
            return units[j].start
    return None


def _owns(org: Mention) -> bool:
    """An organisation mention can own a role unless it is the field of a role: a name that starts with a role or
    field word and has no head word ("Secretary of State for Trade" read as a body "State for Trade")."""
    toks = org.fields.get("name", "").split()
    return bool(toks) and not (is_role_word(toks[0]) and not any(is_head(t) for t in toks))


def _noun_or_adjective(ctx: Context, pos: int) -> bool:
    """True when the model tags the word at `pos` as a noun or an adjective ("stroke", "branch", "clinical"), so a
    verb or pronoun ("who became director") never reads as a role's field."""
    hit = ctx.token_at(pos)
    return hit is not None and hit[1].pos_ in ("NOUN", "ADJ")


def role_start(ctx: Context, a: int, b: int, orgs: list[Mention]) -> tuple[int, Mention | None] | None:
    """Where the role of an apposition piece text[a:b] starts, and the organisation written before it with a
    possessive, or None when the piece does not start with a role: "Director of X" -> (a, None); "the UK's
    minister for Y" -> start of "UK's" (the state a role is of stays in it, `state_start`); "X Corp's chief
    executive" -> start of "chief", X Corp; "Senior Director" and "Regional Chief Executive" start with a role,
    "X University" does not."""
    text = ctx.text
    article = _ARTICLE.match(text[a:b])
    a += article.end()
    units = _units(text, a, min(b, a + 120), orgs)
    letters = "".join(u.letter for u in units)
    lead = len(letters) - len(letters.lstrip("M"))  # "a Westland family doctor": a place before the field
    indefinite = re.search(r"\ban? $", article.group(), re.IGNORECASE)
    field = _FIELD_WORDS.match(letters, lead) if indefinite else None
    if field:  # "a regulatory affairs consultant at X": after "a", the words before the role's head are its field
        letters = "M" * field.end() + letters[field.end() :]
    else:  # "branch secretary of X", "the trust's stroke lead": nouns and adjectives before the head are its field
        p = re.match(r"(?:[WM]*P|O)?", letters).end()
        field = _FIELD_WORDS.match(letters, p)
        if field and all(_noun_or_adjective(ctx, u.start) for u in units[p : field.end()]):
            letters = letters[:p] + "M" * (field.end() - p) + letters[field.end() :]
    m = _ROLE_OPENING.match(letters)
    if m is None:
        return None
    k = m.start("role")
    owner = None
    if k > 0 and units[k - 1].org is not None and POSSESSIVE.search(text[units[k - 1].start : units[k - 1].end]):
        owner = units[k - 1].org if _owns(units[k - 1].org) else None
    owner = owner or _possessed(text, units, k, orgs)  # "Brightwave's chief executive"
    if (
        owner is None
        and 1 <= k <= _MODIFIERS + 1
        and units[k - 1].letter == "P"
        and all(text[u.start : u.end].isalpha() and text[u.start : u.end].islower() for u in units[: k - 1])
        and article.group().casefold().endswith("the ")
    ):  # "the council's director of healthcare", "the health board's clinical lead"
        word = POSSESSIVE.sub("", text[units[k - 1].start : units[k - 1].end])
        owner = _head_org(ctx, word, a, orgs, by_kind=word.islower()) if _stands_for_body(word) else None
    state = state_start(text, units, k) if owner is None else None
    return (units[k].start if state is None else state), owner


_HELD_AT = re.compile(r"\b(?:at|of|with)\s+(?:the\s+)?[A-Z]")
"""A position that names the body it is held at ("a surgeon at Kelby Hospital")."""


def _window_end(text: str, start: int, limit: int, closer: str | None) -> int:
    """Where an apposition starting at `start` ends: a closing bracket, a sentence or clause end, a bar, a relative
    pronoun after a position that named its body, a speech verb, or a comma followed by a word that starts no role,
    unit or organisation ("..., addressed the panel"). A short bracket inside it is read over ("Director
    (Northern Region) of X")."""
    i = start
    while i < limit:
        c = text[i]
        if closer and c == closer:
            return i
        if c == "(" and not closer:
            close = text.find(")", i, min(limit, i + _ASIDE_CHARS))
            if close < 0 or "\n" in text[i:close]:
                return i
            i = close + 1
            continue
        if c in ';“”"\n|' and not (closer and c == "("):
            return i  # a bar separates the fields of a byline or a menu ("A B, Trade Reporter | 3 May 2026")
        if c in ".!?" and sentences.ends_at(text, i):
            return i
        if c == " " and _RELATIVE.match(text, i) and _HELD_AT.search(text, start, i):
            return i  # "a surgeon at X who also teaches at Y": the position named its body; the clause adds another
        if c == ",":
            if _ends_apposition(text[i + 1 : i + 40]) or _next_persons_role(text[i + 1 : i + 80]):
                return i
        i += 1
    return limit


_AND_ROLE_TITLE = re.compile(r"\s*and\s+[^,;.()]{1,50},\s+(\w+)\.?\s+[A-Z]")


def _next_persons_role(after: str) -> bool:
    """True when the words after a comma are "and" then the role of the next person, who follows with a title
    ("A B, dean of X, and Tollan's president, Professor C D": "Tollan's president" is C D's, not A B's)."""
    m = _AND_ROLE_TITLE.match(after)
    return bool(m) and m.group(1) in _titles()


def _ends_apposition(after: str) -> bool:
    """True when the words after a comma start a new clause rather than a role, unit or organisation."""
    ws = [w.strip(",;") for w in after.split()[:5]]
    indefinite = bool(ws) and ws[0].casefold() in ("a", "an")
    if ws and ws[0].casefold() in ("a", "an", "the", "and") and len(ws) > 1:
        ws = ws[1:]
    w = ws[0] if ws else ""
    owned = next((i for i, x in enumerate(ws[: _MODIFIERS + 1]) if POSSESSIVE.search(x)), None)
    if owned is not None and all(x.isalpha() and x.islower() for x in ws[:owned]):
        if _stands_for_body(POSSESSIVE.sub("", ws[owned])):
            return False  # "A B, the university's dean", "the health board's clinical lead": a body named before
    low = w.casefold()
    if w and w[0].islower() and is_role_word(w) and any(is_role_head(x) for x in ws[1:3]):
        return False  # "A B, health minister of X": a field word before the role's head
    if indefinite and w and w[0].islower() and any(is_role_head(x) and x[0].islower() for x in ws[:4]):
        return False  # "A B, a legal affairs consultant at X": up to three words of the field before the role's head
    return low in _STOP_WORDS or bool(w and w[0].islower() and not _role_noun(_prefixed(low) or low))


_DEFINITE = re.compile(r"(?:the\s+)?")


def _field_before_head(ctx: Context, s: int) -> bool:
    """True when the words at `s` are a role with a field noun before its head ("branch secretary of X", "stroke
    lead", "the export minister at X"): a noun or adjective, then a lower-case role head within two words; "told
    reporters" is a verb's."""
    s = _DEFINITE.match(ctx.text, s).end()
    ws = [w.strip(",;.") for w in ctx.text[s : s + 40].split()[:3]]
    if not ws or not ws[0][:1].islower() or ws[0].casefold() in _STOP_WORDS or not _noun_or_adjective(ctx, s):
        return False
    return any(is_role_head(x) and x[:1].islower() for x in ws[1:3])


def _segments(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Comma-separated pieces of text[s:e] as (start, end), each without its leading ", " or ", and "; the commas of a
    portfolio's list of fields do not split (`portfolio_lists`)."""
    out = []
    pos = s
    for m in re.finditer(r",\s+", portfolio_lists(text)[s:e]):
        out.append((pos, s + m.start()))
        pos = s + m.end()
    out.append((pos, e))
    return [(a, b) for a, b in out if b > a]


def _head_of(name: str) -> str | None:
    """The word that says what a body is: its first head word ("Eastfield Hospital of X University" -> "Hospital")."""
    return next((bare(t) for t in name.split() if is_head(t)), None)


def _owner_in_name(org: Mention, orgs: list[Mention]) -> Mention | None:
    """The kept organisation named with a possessive at the start of another's name ("X University's Faculty of
    Y" -> X University, when the text names X University as an organisation too)."""
    m = re.match(r"(.+?)(?:'s|’s) ", org.fields.get("name", ""))
    if m is None:
        return None
    return next((o for o in orgs if o.fields["name"] == m.group(1)), None)


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
    """True for a body written after "at" ("a surgeon at X", "a consultant at the Leeds-based X")."""
    return bool(_AT_BODY.search(text[max(0, o.start - 40) : o.start]))


_AT_BODY = re.compile(r"\bat (?:the )?(?:[A-Z][\w'’-]*-based )?$")


def _segment_name(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The span of a piece of an apposition that reads as an organisation's name: capitalised words (and
    connectors) with an organisation head word that is not a unit's ("X Medical Society", not "Finance
    Department"), without a leading article or trailing punctuation; None otherwise."""
    a += _ARTICLE.match(text[a:b]).end()
    while b > a and text[b - 1] in " .,;":
        b -= 1
    toks = text[a:b].split()
    if not toks or not all(t[0].isupper() or t in words("org_connectors.txt") or t == "&" for t in toks):
        return None
    units = words("org_sub_unit_heads.txt")
    return (a, b) if any(is_head(t) and bare(t) not in units for t in toks) else None


def _named_segment(ctx: Context, a: int, b: int, orgs: list[Mention]) -> Mention | None:
    """The kept organisation a piece of an apposition names when no organisation mention covers it (a signature
    line written without the article, a shortened name): the document's organisation whose name it matches."""
    seg = _ARTICLE.sub("", ctx.text[a:b]).strip(" .,")
    toks = seg.split()
    if not toks or not all(t[0].isupper() or t in words("org_connectors.txt") or t == "&" for t in toks):
        return None
    best = max(orgs, key=lambda o: (fuzz.ratio(seg, o.fields["name"]), -o.start), default=None)
    if best is not None and fuzz.ratio(seg, best.fields["name"]) >= _SAME_NAME:
        return Mention("organization", a, b, best.extractor, dict(best.fields))
    return None


_SHORT_END = re.compile(r"\b(?:of|at|from|with) (?:the )?([A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,3})[\s.,;]*$")


def _short_form_in(ctx: Context, a: int, b: int, orgs: list[Mention]) -> Mention | None:
    """The body a role's complement at the end of text[a:b] names by a short form ("Chairman of Qiantang Care" for
    "Lanford Qiantang Care Co"; `short_form`), as a mention at those words."""
    m = _SHORT_END.search(ctx.text, a, b)
    o = short_form(m.group(1), orgs) if m else None
    if o is None:
        return None
    return Mention("organization", m.start(1), m.end(1), o.extractor, dict(o.fields))


_FORMER = re.compile(r",? (?:and|as well as) (?:a |an |the )?former\b")
"""A past position joined to a present one ("chief nurse at X and a former nurse at Y")."""


def _position(
    ctx: Context, s: int, e: int, orgs: list[Mention], first_seg_end: int, owner: Mention | None = None
) -> Position:
    """Role text and organisation of one position spanning text[s:e], whose role words end at `first_seg_end`;
    `owner` is an organisation written with a possessive before the role ("X Corp's chief executive")."""
    text = ctx.text
    if owner is not None:
        return Position(s, e, owner, text[s:e])
    former = _FORMER.search(text, s, e)  # "director at X and a former nurse at Y": Y is no longer the person's body
    now = former.start() if former else e
    inside = [o for o in _org_index(orgs).starting(s, now + 1) if o.end <= now + 1 and _owns(o)]
    for a, b in _segments(text, first_seg_end, now):
        if not any(o.start < b and a < o.end for o in inside):
            named = _named_segment(ctx, a, b, orgs)
            inside += [named] if named else []
    if not inside:
        named = _short_form_in(ctx, s, min(first_seg_end, now), orgs)
        inside += [named] if named else []
    if not inside:
        described = _described_at(ctx, s, now, orgs)
        if described is not None:  # "head of research at the Wuhan centre": the role, held at a body named before
            return Position(s, e, described[1], text[s : described[0]])
    inside.sort(key=lambda o: o.start)
    at = [o for o in inside if _at_org(text, o)]
    followers = [o for o in inside if o.start >= first_seg_end]
    org = at[-1] if at else (followers[-1] if followers else (inside[0] if inside else None))
    if org is not None and org is not inside[0] and _role_between(text, inside[0].end, org.start):
        honour = lower_words("role_honours.txt") & {
            w.casefold() for w in re.findall(r"[\w-]+", text[s : inside[0].start])
        }
        org = org if honour else inside[0]  # "chair of X and director at Y": the first post's; not "a Fellow of X"
    if org is None:
        return Position(s, e, None, text[s:now])
    parent = _possessor(ctx, org, orgs) or _owner_in_name(org, orgs)
    if parent is not None:
        return Position(s, e, parent, text[s:e])
    org_end = org.end
    # a second position after the organisation keeps both positions, with their bodies when they are held at two
    # ("dean of X and chair of Y": not "dean and chair" beside X alone); an organisation that only qualifies a role's
    # unit ("head of the X Eye Centre") stays
    more = any(_role_noun(w.casefold()) for w in text[org_end:e].split())
    nxt = re.match(r" ([\w’'-]+)", text[org_end:first_seg_end])
    qualifies = nxt is not None and nxt.group(1).casefold() not in lower_words("phrase_breaks.txt")
    if more:
        held = {o.fields.get("name", text[o.start : o.end]) for o in inside}
        return Position(s, e, org, text[s:e] if len(held) > 1 else _without_bodies(text, s, e, inside))
    role = text[s:first_seg_end] if qualifies else text[s : org.start]
    kind = _KIND_BEFORE.search(role)  # "partner at Leeds consultancy X": the words that say what X is are X's
    if not qualifies and kind is not None and kind.group(1).casefold() in org_cues.class_nouns():
        role = role[: kind.start()]
    return Position(s, e, org, role)


def _role_between(text: str, a: int, b: int) -> bool:
    """Whether a second post starts between two bodies of one apposition ("of X and managing director at")."""
    gap = text[a:b]
    return bool(re.match(r",?\s+(?:and|as well as)\s", gap)) and any(_role_noun(w.casefold()) for w in gap.split())


_DESCRIBED_AT = re.compile(r"\b(?:at|of|with|from)\s+the\s+((?:[A-Z][\w'’-]*\s+){1,3})([a-z]+)\b")


def _described_at(ctx: Context, s: int, e: int, orgs: list[Mention]) -> tuple[int, Mention] | None:
    """Where the words naming the body start and the body, for a position that names it by a description with
    capitalised words ("head of research at the Wuhan centre"): the last body named before it whose head is the
    noun and whose name has those words; None when there is none."""
    m = _DESCRIBED_AT.search(ctx.text, s, e)
    if m is None or not _stands_for_body(m.group(2)):
        return None
    body = _head_org(ctx, m.group(2), s, orgs, qualifiers=m.group(1).split(), strict=True)
    return (m.start(), body) if body is not None else None


_KIND_BEFORE = re.compile(r",?\s+(?:at|of|with|from)\s+(?:the\s+|a\s+|an\s+)?(?:[A-Z][\w'’-]*\s+)?([a-z][\w-]*)\s*$")
"""A kind of body, after a place or a seat ("Leeds consultancy", "London-based broker"), that ends a role before the
body's name."""


_BODY_LINK = re.compile(r"\s+(?:of|at)\s+(?:the\s+|its\s+|their\s+|[A-Z][\w’'-]*['’]s\s+)?$")


def _without_bodies(text: str, s: int, e: int, bodies: list[Mention]) -> str:
    """The roles of text[s:e] without the bodies they are held at, when each is linked to its role by "of", "at" or
    the like; the whole text when a body only qualifies a role ("head of the X Eye Centre unit") or a role names
    none."""
    cuts = []
    for o in sorted(bodies, key=lambda o: o.start):
        link = _BODY_LINK.search(text, max(s, o.start - 40), o.start)
        if link is None or not s <= link.start() or o.end > e:
            return text[s:e]
        after = text[o.end : e]
        if after.strip() and not re.match(r"\s*(?:,|and\b|as well as\b)", after):
            return text[s:e]
        cuts.append((link.start(), o.end))
    if not cuts:
        return text[s:e]
    out, pos = [], s
    for a, b in cuts:
        out.append(text[pos:a])
        pos = b
    out.append(text[pos:e])
    return "".join(out)


def positions(ctx: Context, s: int, e: int, orgs: list[Mention]) -> list[Position]:
    """The positions of an apposition text[s:e]: a piece starting with a role word opens one, the pieces after
    it (units, organisations) belong to it. An apposition that is only an organisation gives one position with
    no role; one that starts with neither gives none."""
    text = ctx.text
    segs = _segments(text, s, e)
    if not segs:
        return []
    opening = role_start(ctx, segs[0][0], segs[0][1], orgs)
    if opening is None:
        a, b = segs[0]
        org = next((o for o in _org_index(orgs).starting(a, a + 5) if b - 1 <= o.end <= b + 1), None)
        return [Position(a, b, org, "")] if org else []
    out = []
    groups: list[list[tuple[int, int]]] = []
    owners: list[Mention | None] = []
    for a, b in segs:
        start = opening if not groups else role_start(ctx, a, b, orgs)
        if start is not None or not groups:
            groups.append([(start[0] if start else a, b)])
            owners.append(start[1] if start else None)
        else:
            groups[-1].append((a, b))
    for g, owner in zip(groups, owners):
        out.append(_position(ctx, g[0][0], g[-1][1], orgs, g[0][1], owner))
    return out


def _spans_of(ctx: Context, p: Mention, people: list[Mention]) -> list[tuple[int, int]]:
    app = apposition(ctx, p, people)
    return ([app] if app else []) + signature(ctx, p)


def segment_orgs(ctx: Context, people: list[Mention], orgs: list[Mention]) -> list[Mention]:
    """Rule roles.segment: organisation candidates for the pieces of an apposition or signature block that no
    organisation candidate covers ("A B, Director, Harbor Medical Society" with no other rule naming the
    society); they go through the overlap policy with every other name."""
    text = ctx.text
    out: list[Mention] = []
    for p in people:
        for s, e in _spans_of(ctx, p, people):
            segs = _segments(text, s, e)
            if not segs or role_start(ctx, segs[0][0], segs[0][1], []) is None:
                continue
            for a, b in segs[1:]:
                if role_start(ctx, a, b, []) is not None or any(o.start < b and a < o.end for o in orgs + out):
                    continue
                span = _segment_name(text, a, b)
                if span is not None:
                    out.append(Mention("organization", span[0], span[1], "roles.segment", {"name": text[slice(*span)]}))
    return sorted(out, key=lambda m: (m.start, m.end))


_NEXT_WORD = re.compile(r" ([A-Z][\w'’-]*)")


def _head_runs(ctx: Context, start: int, limit: int) -> list[tuple[int, int]]:
    """The modifiers and heads of a role starting at `start`, and of a role stacked on it after "and" ("Hospital
    Chief Executive" and "Deputy Director" of "Hospital Chief Executive and Deputy Director of X"), without their
    complements."""
    units = _units(ctx.text, start, min(limit, start + 200), [])
    out = []
    i = 0
    while i < len(units):
        if i == 0 or units[i - 1].letter == "A":
            run = []
            j = i
            while j < len(units) and units[j].letter in "MHW":
                run.append(units[j])
                j += 1
            while run and run[-1].letter != "H":
                run.pop()
            if run and _NEXT_WORD.match(ctx.text, run[-1].end) and is_head(_NEXT_WORD.match(ctx.text, run[-1].end)[1]):
                run = []  # "Tarn General Hospital": a body's name, its head after the word that reads as a role
            if run and (i == 0 or _ROLE_OPENING.match("".join(u.letter for u in run))):
                out.append((run[0].start, run[-1].end))
        i += 1
    return out


def role_spans(ctx: Context, people: list[Mention]) -> list[tuple[int, int]]:
    """The words of the roles written next to the person candidates (before the name, or opening a piece of an
    apposition or signature block), for the overlap policy: no organisation is read inside a role
    ("Regional Chief Executive", "X's Medical Director, A B")."""
    text = ctx.text
    out: set[tuple[int, int]] = set()
    for p in people:
        b = before(ctx, p.start, [])
        if b is not None:
            out.update(_head_runs(ctx, b.start, p.start))
        for s, e in _spans_of(ctx, p, people):
            for a, z in _segments(text, s, e):
                r = role_start(ctx, a, z, [])
                if r is not None:
                    out.update(_head_runs(ctx, r[0], z))
    return sorted(out)


def shared_owner(ctx: Context, prev: Mention | None, prev_before: Before | None, m: Mention, b: Before) -> Before:
    """A role joined by "and" to the role of the person before shares that role's organisation: "X's President
    A B and Vice President C D" gives C D the organisation X too."""
    if b.org is not None or prev is None or prev_before is None or prev_before.org is None:
        return b
    if prev.end <= b.start and re.fullmatch(r",?\s+(?:and|as well as)\s+", ctx.text[prev.end : b.start]):
        return replace(b, org=prev_before.org)
    return b


_SETTING = re.compile(r"\b(?:the|its|their) ([a-z]+)\b")


_AT_OPENING = re.compile(r"\s*(?:At|Inside|Within) (?:the )?")
"""A sentence's opening that sets it at a body ("At Kelby Hospital, ...")."""
_SHORT_RUN = re.compile(r"([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}),")
"""Capitalised words closed by a comma after that opening: a body's short name ("At Kelby, ...")."""


def setting_owner(ctx: Context, b: Before, orgs: list[Mention]) -> Before:
    """A role with no organisation in a sentence that set the scene with a body's head word before it ("On the
    hospital side, President A B, ...") belongs to the last body of that kind the text named; one in a sentence that
    opens at a body ("At Kelby Hospital, consultant A B said ...") to that body."""
    if b.org is not None:
        return b
    ss = ctx.sentence_at(b.start)[0]
    opener = _AT_OPENING.match(ctx.text, ss)
    if opener is not None:  # "At Kelby Hospital, which takes most patients, consultant A B said ..."
        first = [o for o in orgs if opener.end() <= o.start < b.start]
        if first and first[0].start == opener.end() and all(o.fields["name"] == first[0].fields["name"] for o in first):
            return replace(b, org=first[0])
        run = _SHORT_RUN.match(ctx.text, opener.end(), b.start)
        body = short_form(run.group(1), orgs) if run and not first else None
        if body is not None:  # "At Kelby, the director of workforce, A B": the body the short form names
            return replace(b, org=body)
    for m in reversed(list(_SETTING.finditer(ctx.text, ss, b.start))):
        if any(m.end() <= o.start < b.start for o in orgs):
            break
        head = m.group(1).title()
        if is_head(head):
            org = _head_org(ctx, head, m.start(), orgs)
            return replace(b, org=org) if org is not None else b
    return b


_CAP = r"[A-Z][\w-]*"
_BARE_TITLE = re.compile(
    rf"\b[Tt]he ((?:{_CAP} )*{_CAP}(?: (?:for|of) (?:the )?{_CAP}(?: (?:and|&|of|the) {_CAP}| {_CAP})*)?)"
)


def bare_titles(ctx: Context, people: list[Mention]) -> list[tuple[int, str]]:
    """Offices named without a name ("the Secretary for Rural Affairs", "the Health Minister"): a capitalised role
    after "the", not followed by a name or a bracket and not in an apposition; (offset, role) in text order."""
    text = ctx.text
    out = []
    starts = {p.start for p in people}
    for m in _BARE_TITLE.finditer(text):
        phrase = m.group(1)
        units = _units(text, m.start(1), m.end(1), [])
        letters = "".join(u.letter for u in units)
        if not _ROLE_CLASSES.fullmatch(letters) or not any(is_role_head(text[u.start : u.end]) for u in units):
            continue
        named = m.end() + 1 in starts or text[m.end() : m.end() + 2] == " (" or _role_of_next(ctx, m, starts)
        if named or re.search(r",\s*$", text[max(0, m.start() - 3) : m.start()]):
            continue
        out.append((m.start(1), phrase))
    return out


def _role_of_next(ctx: Context, m: re.Match, starts: set[int]) -> bool:
    """True when an office is the start of the role written before the next person's name ("the Consul-General in
    Tollan, A B"), so it names that person."""
    nxt = [p for p in starts if m.end() < p <= m.end() + _ASIDE_CHARS]
    b = before(ctx, min(nxt), []) if nxt else None
    return b is not None and b.start <= m.start(1)


@lru_cache(maxsize=2)
def _role_bodies(of_place: bool = False) -> dict[str, frozenset[str]]:
    """Role word -> head words of the bodies it belongs to; with `of_place`, only the offices of a place (third
    column "place": "mayor" -> Government)."""
    return {
        row[0].casefold(): frozenset(row[1].split())
        for row in table("role_bodies.tsv")
        if of_place == (len(row) >= 3 and row[2] == "place")
    }


_OF_PLACE = re.compile(r"\bof ((?:[A-Z][\w'’-]*)(?: [A-Z][\w'’-]*){0,2})$")


def _of_place(role: str) -> bool:
    """True for a role that ends in "of" and a place: an office of the place ("Provost of Tollan")."""
    m = _OF_PLACE.search(role)
    return bool(m and is_place_name(m.group(1)))


def implied_owner(roles: list[str], orgs: list[Mention], publisher: str | None = None) -> str | None:
    """The organisation a role implies when the text names none for it: the document's only body of the kind
    the role belongs to (`role_bodies.tsv`: a "lawmaker" and the one assembly named, a "Pro-Vice-Chancellor" and
    the one university), or, of several, the one that publishes the article (a university's own news names its
    Vice-Chancellor without the university, and the other universities' heads with theirs), or the one that is a
    place's council (`org_cues.local_council`); for an office of a place ("Mayor of Tollan") the one body of that
    kind that names the place ("Tollan Municipal Government"); else None."""
    heads: set[str] = set()
    for role in roles:
        if _of_place(role):
            # "Mayor of Tollan": an office of the place, not of a body named after it ("Tollan University"), but of
            # the place's own government where the text names it ("Tollan Municipal Government")
            place = _OF_PLACE.search(role).group(1)
            owned = {h for w in re.findall(r"[\w-]+", role.casefold()) for h in _role_bodies(True).get(w, frozenset())}
            names = sorted(
                {
                    o.fields["name"]
                    for o in orgs
                    if owned & {bare(t) for t in o.fields["name"].split()} and place in o.fields["name"] and _owns(o)
                }
            )
            if len(names) == 1:
                return names[0]
            continue
        for w in re.findall(r"[\w-]+", role.casefold()):
            heads |= _role_bodies().get(w, frozenset())
    if not heads:
        return None
    names = sorted({o.fields["name"] for o in orgs if heads & {bare(t) for t in o.fields["name"].split()} and _owns(o)})
    if len(names) > 1 and publisher in names:
        return publisher
    if len(names) > 1 and len(local := [n for n in names if org_cues.local_council(n)]) == 1:
        return local[0]  # a councillor, a regulator named "... Council" beside the town's council: the town's
    return names[0] if len(names) == 1 else None


_DESCRIBED = re.compile(r"^(.+?) (?:of|at) the ((?:[a-z][\w'’-]* ){1,5}[a-z][\w-]*)$")


def described_body(role: str, orgs: list[Mention]) -> tuple[str, str] | None:
    """(office, body) for a role that names its body in lower-case words ending the body's name ("director of the
    municipal healthcare security administration" in an article naming the "Westport Municipal Healthcare Security
    Administration"): the office before "of" and the one body whose name ends with those words, its last word a head
    word; None otherwise ("director of the new ward", or two bodies ending so)."""
    m = _DESCRIBED.match(role)
    if m is None or len(words := m.group(2).split()) < 2 or not is_head(words[-1].title()):
        return None
    names = sorted({o.fields["name"] for o in orgs if o.fields["name"].casefold().endswith(" " + " ".join(words))})
    return (m.group(1), names[0]) if len(names) == 1 else None


_PORTFOLIO = re.compile(r"\b(?:for|of) ((?:[A-Z][a-z]+)(?:,? (?:and |& )?[A-Z][a-z]+)*)$")
_FIELD_BEFORE = re.compile(r"^((?:[A-Z][a-z]+ ){1,3})([A-Z][\w-]+)$")


def _portfolio(role: str) -> frozenset[str]:
    """The field words of a portfolio role: "Secretary for Health", "Minister for Trade Policy" (the words that only
    say it is a field, `role_portfolio_generic.txt`, left out), "Trade Minister"; empty for any other role and for
    an office of a place ("Vice Governor of Tollan Province")."""
    m = _PORTFOLIO.search(role)
    head = role[: m.start()].split()[-1] if m and role[: m.start()].split() else ""
    if m is not None and is_role_head(head):
        field = m.group(1)
    else:
        m = _FIELD_BEFORE.match(role)
        if m is None or not is_role_head(m.group(2)) or any(is_role_head(w) for w in m.group(1).split()):
            return frozenset()
        field = m.group(1)
    if is_place_name(field) or _level_named(field.strip()):
        return frozenset()  # "Vice Governor of Tollan Province": an office of the place, no field
    generic = lower_words("role_portfolio_generic.txt") | lower_words("role_modifiers.txt")
    return frozenset(w for w in _field_words(field) if w not in generic)


def _led_body(role: str, names: list[str]) -> str | None:
    """Of several bodies named after a portfolio's field, the one the role leads by its kind
    (`role_portfolio_heads.tsv`: a Secretary the bureau, a Director the department); None when no kind leaves one."""
    for head in _led_heads(role):
        led = [n for n in names if _head_of(n) == head]
        if len(led) == 1:
            return led[0]
    return None


def _led_heads(role: str) -> list[str]:
    """The head words of the bodies a portfolio role leads, most usual first (`role_portfolio_heads.tsv`)."""
    return next((row[1].split() for row in table("role_portfolio_heads.tsv") if _role_head_in(role, row[0])), [])


def _role_head_in(role: str, head: str) -> bool:
    """True when the role's last head word before its complement is `head` ("Under Secretary for Health")."""
    words_ = re.split(r"\s+(?:for|of)\s+", role, maxsplit=1)[0].split()
    return bool(words_) and (_prefixed(words_[-1].casefold()) or words_[-1].casefold()) == head


@lru_cache(maxsize=1)
def title_systems() -> tuple[tuple[frozenset[str], re.Pattern], ...]:
    """(jurisdictions that use a title of office, the title's pattern), from `role_systems.tsv`: "Secretary for
    Health" is a title of the Hong Kong and Macao governments, "Party Secretary" of the mainland's."""
    return tuple((frozenset(js.split("|")), re.compile(p)) for js, p in table("role_systems.tsv"))


def _title_systems_of(role: str) -> frozenset[str] | None:
    """The jurisdictions whose systems use the titles in a role, None when no listed title is in it."""
    found = [js for js, p in title_systems() if p.search(role)]
    return frozenset().union(*found) if found else None


def led_by_other(roles: list[str], body: str, others: list[tuple[str, str]]) -> bool:
    """Whether `body` is led by another person's portfolio role of the same field, whose kind of body it is and not
    this role's (`role_portfolio_heads.tsv`): of "Secretary for Health" and a "Director of Health" of the "Department
    of Health", the department is the director's; `others` are (role, affiliation) of the document's other people."""
    mine = [r for r in roles if _portfolio(r)]
    head = _head_of(body)
    for role, aff in others:
        if aff != body or not _portfolio(role):
            continue
        theirs = _led_heads(role)
        for r in mine:
            ours = _led_heads(r)
            if _portfolio(r) == _portfolio(role) and theirs[:1] == [head] and ours[:1] != [head]:
                return True
    return False


def portfolio_owner(roles: list[str], orgs: list[Mention], others: list[tuple[str, str]] = ()) -> str | None:
    """The public body a portfolio role heads when the text names none for it: "Secretary for Health" and the document's
    only government body named after the same field and nothing else ("the Health Bureau", "Department of Health"),
    else the only one whose name holds the field among others ("Trade Minister" and the "Department for Business and
    Trade"), else, for an office of a government (`role_portfolio_heads.tsv`: a Secretary, a Minister), the only
    government the document names ("Secretary for Social Affairs" of the "Westland SAR Government"); a body whose name
    places it where the role's title is not used (`role_systems.tsv`), or that another person's role of the field
    leads (`led_by_other`), never fits; None when no body or several bodies fit."""
    bodies = {
        o.fields["name"] for o in orgs if _owns(o) and (org_cues.type_of(o.fields["name"]) or ("",))[0] == "government"
    }
    bodies = {n for n in bodies if not led_by_other(roles, n, list(others))}
    for role in roles:
        field = _portfolio(role)
        if not field:
            continue
        systems = _title_systems_of(role)
        if systems is not None:  # "Secretary for Health" heads no body its name places in a system without the title
            bodies = {n for n in bodies if set(org_cues.stated_labels(n)) <= systems}
        for fits in (field.__eq__, field.__le__):
            names = sorted(n for n in bodies if fits(_field_words(n)))
            if len(names) == 1:
                return names[0]
            if names:
                return _led_body(role, names)
        if "Government" not in _led_heads(role):
            return None  # "Director of Nursing": a post of a hospital or a board, not of the only government named
        governments = sorted(n for n in bodies if _head_of(n) == "Government" == n.split()[-1])
        return governments[0] if len(governments) == 1 else None
    return None


def _field_words(name: str) -> frozenset[str]:
    """The words of a name or a portfolio other than head words, connectors and places ("Department of Health",
    "Westmarch Health Bureau" -> health)."""
    skip = words("org_connectors.txt")
    return frozenset(
        w.casefold() for w in re.findall(r"[A-Za-z]+", name) if not (is_head(w) or w in skip or is_place_name(w))
    )


_CONTACT = re.compile(r",?\s*(?:\+?\d[\d ()-]{6,}|[\w.+-]+@[\w-]+\.[\w.]+|(?:tel|phone|email|e-mail)\b)", re.I)
"""A telephone number or an email address after a role, as in a press release's media contact line."""


_AGE = re.compile(r"^\d{1,3}-year-old\s+")
"""An age before what a person is ("71-year-old retired teacher"): no part of the role."""
_FROM_PLACE = re.compile(r"\s+from\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s*$")
"""The place a person comes from after what they are ("retired teacher from Kelby"): no part of the role."""


def clean_role(role: str) -> str:
    """A role without leading article or "and", without an age or the place the person comes from ("71-year-old
    retired teacher from Eastport" -> "retired teacher"), without trailing connectors ("the Director of" -> "Director"),
    without a relative clause ("a surgeon who works at X" -> "surgeon": the clause tells what the person does,
    and the body it names is still read as the affiliation) and without contact details ("Head of Media, +44 20 7946
    0000" -> "Head of Media")."""
    role = _RELATIVE.split(_ARTICLE.sub("", role.strip()), maxsplit=1)[0]
    role = _CONTACT.split(role, maxsplit=1)[0]
    role = _AGE.sub("", role)
    home = _FROM_PLACE.search(role)
    if home and is_place_name(home.group(1)):
        role = role[: home.start()]
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
    m = re.search(r"(?:,?\s+and\s+|\s+as well as\s+)(?:[A-Z][\w.’'-]*\s)*[A-Z][\w.’'-]*,\s+$", seg)
    if m:  # "..., and Health Secretary, C D"
        return start + m.start()
    for m in _JOINS.finditer(seg):  # "..., and Vice President C D" / "..., and Kelby chief executive Dr C D"
        tail = seg[m.end() :]
        if "," not in tail and all(w[:1].isupper() or is_role_word(w) for w in tail.split()):
            return start + m.start()
    return nxt


_JOINS = re.compile(r",\s+(?:and\s+)?|\s+and\s+|\s+as well as\s+")
_BARE_AGE = re.compile(r",\s+\d{1,3}(?=,\s+(?:an?|the)\s)")
"""An age set off after a name before the words that describe the person ("A B, 69, a retired taxi driver")."""
_CLOSING_PAIR = re.compile(
    r",\s+and\s+(?:the\s+)?(?P<role>[A-Z][\w'’-]*)[^,;.()\n]{0,100},\s+(?:(?P<title>[A-Z][a-z]+)\.?\s+)?"
    r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,3}\s*(?:[.;,]|$)"
)


def closes_pairs(text: str, end: int) -> bool:
    """Whether the words after a name ending at `end` close a list of roles each written before its person, set off by
    commas: ", and the Director of Y, Dr C D." (then in "signed by A B, the Director of X, Mr E F, and the Director
    of Y, Dr C D", "the Director of X" is E F's, not A B's)."""
    m = _CLOSING_PAIR.match(text, end)
    return (
        m is not None and is_role_word(m.group("role")) and (m.group("title") is None or m.group("title") in _titles())
    )


@lru_cache(maxsize=1)
def _caption() -> re.Pattern:
    marks = "|".join(sorted(read_lines("caption_positions.txt"), key=len, reverse=True))
    return re.compile(rf"\s*\((?:(?:{marks})\b[\s,-]*)+\)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _cues() -> re.Pattern:
    return patterns("role_cues.txt")


def apposition(ctx: Context, m: Mention, people: list[Mention] | MentionIndex) -> tuple[int, int] | None:
    """The span of words describing a person right after the name: after ", ", " (" or a dash, or a cue ("'s
    election as", "who is"; `role_cues.txt`), past a caption's position mark ("A B (left), Dean of X") and an age
    ("A B, 69, a retired taxi driver"), up to its end or the next person of an enumeration."""
    text = ctx.text
    pos = m.end
    caption = _caption().match(text, pos)
    pos = caption.end() if caption else pos
    age = _BARE_AGE.match(text, pos)
    pos = age.end() if age else pos  # "A B, 69, a retired taxi driver": the description after the age
    pos = past_post_nominals(text, pos)
    cue = _cues().match(text, pos)
    if cue is not None:
        s, closer = cue.end(), None
    else:
        opener = re.match(r",\s+|\s*\(\s*|\s+[–—-]\s+", text[pos : pos + 4])
        if not opener:
            return None
        s, closer = pos + opener.end(), (")" if "(" in opener.group() else None)
    if _ends_apposition(text[s : s + 40]) and not _field_before_head(ctx, s):
        return None  # "A B, the plan ..." / "A B, who ..." start a clause
    e = _window_end(text, s, min(len(text), s + 320), closer)
    if not isinstance(people, MentionIndex):
        people = MentionIndex(people)
    nxt = people.starting(s, e)
    if nxt:
        e = min(e, _next_person_cut(text, pos, nxt[0].start))
        if re.fullmatch(r",\s+(?:[A-Z][a-z]+\.?\s+)?", text[e : nxt[0].start]) and closes_pairs(text, nxt[0].end):
            return None  # "A B, the Director of X, Mr E F, and the Director of Y, Dr C D": the role is E F's
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
        if not line.strip() or len(line.split()) > 25 or role_start(ctx, s, e, []) is None:
            break
        out.append((s, e))
        pos = e + 1
    return out


_ALIAS = re.compile(
    r"\b(?:(?:of|at|from|with|for|in) (?:the )?(?P<org>\x00)"
    r"|(?:of|at|from|with|for|in) the (?P<qual>(?:[A-Z][\w'’&-]* ){1,3})?(?P<noun>[a-z]+(?: [a-z]+){0,2})\b"
    r"|\bthe (?P<own>[a-z]+)(?:'s|’s) |\b(?P<its>its|their) )"
)


def _alias_in(ctx: Context, s: int, e: int, orgs: list[Mention]) -> Mention | None:
    """The body an apposition text[s:e] names without a role word before it or by another word than its name: an
    organisation after "at/from/of/with" ("a cardiologist at X Hospital"), a common noun standing for a body named
    before ("chief executive of the trust", "the authority's director") or "its"/"their" (the last body named in
    the paragraph)."""
    text = ctx.text
    former = _FORMER.search(text, s, e)
    e = former.start() if former else e  # "..., and a former nurse at Y": not the body the person is at now
    inside = [o for o in _org_index(orgs).starting(s, e) if o.end <= e and _owns(o)]
    marked = list(text[s:e])
    for o in inside:  # each organisation mention reads as one mark, so the pattern sees "at <org>"
        marked[o.start - s] = "\x00"
        for k in range(o.start - s + 1, o.end - s):
            marked[k] = "\x01"
    flat = "".join(marked).replace("\x01", "")
    for m in _ALIAS.finditer(
        flat
    ):  # "director of the primary care division at the commission": the first that names one
        body = _alias_body(ctx, m, s, inside, flat, orgs)
        if body is not None:
            return body
    return None


def _alias_body(
    ctx: Context, m: re.Match, s: int, inside: list[Mention], flat: str, orgs: list[Mention]
) -> Mention | None:
    """The body one `_ALIAS` match in an apposition names (see `_alias_in`)."""
    if m.group("org") is not None:
        return inside[flat[: m.start("org")].count("\x00")]
    noun = m.group("noun")
    qualifiers: list[str] = []
    if noun is not None:  # "director of the municipal health commission": the first word that stands for a body,
        # the words before it qualifying it (the body whose name has them: "Kelby Municipal Health Commission")
        phrase = noun.split()
        noun = next((w for w in phrase if _stands_for_body(w)), phrase[0])
        qualifiers = phrase[: phrase.index(noun)]
    if m.group("qual"):  # "deputy director of the Zhuhai commission"
        return qualified_body(m.group("qual"), noun, orgs)
    word = noun or m.group("own")
    if word is not None:
        return _head_org(ctx, word, s, orgs, by_kind=True, qualifiers=qualifiers) if _stands_for_body(word) else None
    ps = ctx.paragraph_at(s)[0]
    named = [o for o in orgs if ps <= o.start and o.end <= s and _owns(o)]
    return max(named, key=lambda o: o.start) if named else None


_SHORT_AFTER = re.compile(r",? (?:of|from|at) (?:the )?([A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,3})(?![\w'’-])")


def _possessive_before(ctx: Context, start: int, orgs: list[Mention]) -> Mention | None:
    """A body written with a possessive right before the name, past titles of address ("X University's Professor
    A B", "the Authority's Dr A B")."""
    text = ctx.text
    m = re.search(r"(?:'s|’s) (?:[A-Z][a-z]*\.? )*$", text[max(0, start - 40) : start])
    if m is None or not all(w.rstrip(".") in _titles() for w in m.group()[3:].split()):
        return None
    end = start - len(m.group())
    owner = [o for o in _org_index(orgs).starting(max(0, end - _ORG_SPAN), end + 3) if end <= o.end <= end + 2]
    return owner[-1] if owner and _owns(owner[-1]) else None


def _short_form_after(ctx: Context, end: int, orgs: list[Mention]) -> Mention | None:
    """A body named after "of/from/at" by a short form of its name ("A B from Pearl Valley" for "Pearl Valley
    Medical University"; `short_form`)."""
    m = _SHORT_AFTER.match(ctx.text, end)
    return short_form(m.group(1), orgs) if m else None


@lru_cache(maxsize=4096)
def _after_place(name: str) -> tuple[str, ...]:
    """A name, and what follows the place it opens with ("Lanford Qiantang Care Co" -> "Qiantang Care Co"), or the
    places, a city's district after its city ("Zhuhai Hengqin Kestrel Biotech" -> "Kestrel Biotech")."""
    toks = name.split()
    places = [k for k in range(1, min(len(toks), _PLACE_WORDS + 1)) if is_place_name(" ".join(toks[:k]))]
    k = 0
    while k < len(toks) - 1 and is_place_name(toks[k]):
        k += 1
    places += [k] if k > 1 and k not in places else []
    return (name, *(" ".join(toks[k:]) for k in places))


def _short_fits(words_: str, orgs: list[Mention]) -> dict[str, Mention]:
    """The bodies of the document that capitalised words may name by a short form (see `short_form`), by name."""
    words_ = bare(words_)
    return _org_index(orgs).short_fits(words_, is_place_name(words_))  # a place names every body named after it


def _one_body(named: dict[str, Mention], place: str | None = None) -> Mention | None:
    """The one body of several fitting names: the only one, or the one whose name every other holds ("Kestrel
    University" of "Kestrel University" and "First Hospital of Kestrel University"), or, for a place alone, the one
    university or college named after it ("Tollan's Vice-Principal" and "University of Tollan" beside "Tollan
    Simulation Centre"; `place_of_university`); None otherwise."""
    if len(named) == 1:
        return next(iter(named.values()))
    inner = [n for n in named if all(n in other for other in named)]
    if len(inner) != 1 and place is not None:
        inner = [n for n in named if place_of_university(n) == place]
    return named[inner[0]] if len(inner) == 1 else None


_PLACE_BODY = re.compile(
    r"(?:The )?(?:University|College) of ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)|([A-Z][\w'’-]*) (?:University|College)"
)


def place_of_university(name: str) -> str | None:
    """The place a university or college is named after and by nothing else ("University of Tollan", "Tollan
    College" -> "Tollan"), which a text may use alone for it; None for any other name."""
    m = _PLACE_BODY.fullmatch(name)
    place = m and (m.group(1) or m.group(2))
    return place if place and is_place_name(place) else None


def _level_named(words_: str) -> bool:
    """A place's name by its capitalised level word, whether or not the reference data holds it ("Tarnby County",
    "Kelby District")."""
    toks = words_.split()
    return len(toks) > 1 and toks[-1][:1].isupper() and toks[-1].casefold() in level_words()


def short_form(words_: str, orgs: list[Mention]) -> Mention | None:
    """The one body of the document that capitalised words name by a short form: the first words of its name
    ("Pearl Valley" for "Pearl Valley Medical University"), or the first words after the place its name opens with
    ("Qiantang Care" for "Lanford Qiantang Care Co"); None when no body or several bodies fit (a place fits every
    body named after it: "Westmoor" for "University of Westmoor" and "Westmoor College"), unless one of them is
    part of every other's name (`_one_body`); a name ending in a level word ("Tarnby County") is a place's."""
    if _level_named(bare(words_)):
        return None  # "Party secretary of Tarnby County": the county, not the "Tarnby County Health Bureau"
    named = _short_fits(words_, orgs)
    return _one_body(named, bare(words_) if is_place_name(bare(words_)) else None) or _completed(bare(words_), named)


def _completed(words_: str, named: dict[str, Mention]) -> Mention | None:
    """Of several bodies a short form fits, the one whose name it completes but for head words and words of its kind
    ("Kestrel" for "Zhuhai Kestrel Biotech" or "Kestrel Medical Group", not for "Kestrel Aldwick Manufacturing Ltd"
    or "Kestrel Hengqin Clinic", whose "Aldwick" and "Hengqin" are names of their own; `org_cues.completes`), else
    the one that names no place beside others that do (a body beside its branches); a place completes every name
    made of it and a head word, so it picks none."""
    if is_place_name(words_):
        return None
    whole = [n for n in named if any(org_cues.completes(words_, t) for t in _after_place(n))]
    if not whole:  # "Kestrel" for "Kestrel Union Hospital" beside its branch "Kestrel Hengqin Clinic"
        whole = [n for n in named if n.startswith(words_ + " ") and not names_a_place(n[len(words_) + 1 :])]
        whole = whole if len(whole) == 1 and len(named) > 1 else []
    return named[whole[0]] if len(whole) == 1 else None


def qualified_body(words_: str, noun: str | None, orgs: list[Mention]) -> Mention | None:
    """The body a short reference of capitalised words and an optional common noun stands for: "Brightwave's" for
    "Tollan Brightwave Pharma", "the Zhuhai commission" for "Zhuhai Municipal Health Commission", "Jinsha
    hospital's" for "Eastport Jinsha People's Hospital"; with a town that no fitting name holds, the one body of
    that kind ("the Tarrow trust" for "Mere Vale NHS Trust"). A country or a province is no short form: "the UK's
    minister" keeps the state in the role (`state_start`)."""
    words_ = bare(words_.strip())
    if not words_ or (is_place_name(words_) and level(words_) != "city"):
        return None
    named = _short_fits(words_, orgs)
    if noun is not None:
        low = bare(noun).casefold()
        kind = org_cues.class_nouns().get(low)
        named = {
            n: o
            for n, o in named.items()
            if low in _head_words(n) or (kind is not None and (org_cues.type_of(n) or ("",))[0] == kind)
        }
        if not named and is_place_name(words_):
            named = {o.fields["name"]: o for o in orgs if _owns(o) and low in _head_words(o.fields["name"])}
    found = _one_body(named, words_ if noun is None and is_place_name(words_) else None)
    return found or (_completed(words_, named) if noun is None else None)


_QUALIFIED = re.compile(r"((?:[A-Z][\w'’&-]* ){0,3}[A-Z][\w'’&-]*?)(?:(?:'s|’s)| ([a-z]+)(?:'s|’s)?)$")
"""A short reference to a body: capitalised words with a possessive ("Brightwave's") or followed by a common noun
("Zhuhai commission", "Jinsha hospital's")."""


def _qualified_before(text: str, a: int, b: int, orgs: list[Mention]) -> Mention | None:
    """The body the words text[a:b] refer to by a short reference (`_QUALIFIED`, `qualified_body`), or None."""
    m = _QUALIFIED.fullmatch(text, a, b)
    if m is None:
        return None
    return qualified_body(m.group(1), m.group(2), orgs)


_LABEL = re.compile(r"([A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,5})\s*:\s*(?:[A-Z][a-z]{1,4}\.? )?$")


def _line_label(ctx: Context, start: int, orgs: list[Mention]) -> Mention | None:
    """The body that labels the line a name opens, as a press release's contacts do ("Kestrel MedTech: Ms A B,
    +86 ..."): the organisation named before the colon, or the one it names by a short form."""
    ls = ctx.text.rfind("\n", 0, start) + 1
    m = _LABEL.fullmatch(ctx.text, ls, start)
    if m is None:
        return None
    named = [o for o in _org_index(orgs).starting(m.start(1), m.end(1)) if o.end <= m.end(1) and _owns(o)]
    return named[0] if named else short_form(m.group(1), orgs)


def _elsewhere(p: Position, affiliation: Mention | None) -> bool:
    """True for a position at another body than the affiliation already read ("vice chair, X Society, and
    president, Y Ltd": "president" is Y Ltd's); a body whose name holds the other's is the same body's part
    ("director, X Institute, and professor, X Institute of Y University")."""
    if p.org is None or affiliation is None:
        return False
    a, b = p.org.fields.get("name", ""), affiliation.fields.get("name", "")
    return a not in b and b not in a


_REFERENCE_END = re.compile(r",? (?:of|at|with) the ((?:[A-Z][\w'’-]* ){0,3})([a-z]+)$")


def _without_reference(role: str) -> str:
    """A role without the words that refer back to its body, which the affiliation names ("president of the Lisk
    group" -> "president", "director of the commission" -> "director"), as a title before a name drops them; a
    qualifier that is not a place keeps them ("head of the Kestrel eye centre")."""
    m = _REFERENCE_END.search(role)
    if m is None or m.start() == 0 or not _stands_for_body(m.group(2)):
        return role
    qualifier = m.group(1).strip()
    return role[: m.start()] if not qualifier or is_place_name(qualifier) else role


_FROM_UNIT = re.compile(r",? from (?:the|its|a) (?:[a-z][\w-]* ){1,3}(?:at|of) (?:the )?")
"""Between a name and a body: the unit of the body the person comes from ("A B, from the eye clinic at X")."""
_HEADS_THE = re.compile(r",? who (?:heads|leads|runs|chairs|directs|manages|oversees) the ([a-z]+)\b(?! of\b)")
"""A body named by a common noun in a clause that says the person is at its head ("A B, who heads the bureau,")."""
_OF_THE_HEAD = re.compile(r" of the ([a-z]+)\b")
"""A body named by a common noun right after a name ("Director A B of the commission")."""


def describe(
    ctx: Context, m: Mention, orgs: list[Mention], people: list[Mention], pre: Before | None = None
) -> tuple[list[str], str | None, bool]:
    """(roles, affiliation, whether the affiliation is only where the person is: "A B at X", which a body the
    person's role names elsewhere outranks) of one person mention from the role before it (`pre`, see `before`) and
    the words after it; titles are left out (the caller adds an academic title)."""
    text = ctx.text
    roles: list[str] = []
    affiliation: Mention | None = None
    located = False
    if pre is not None:
        roles.append(pre.role)
        affiliation = pre.org
        if affiliation is None:  # "Vice President A B of Y"
            after = [
                o
                for o in _org_index(orgs).starting(m.end + 1, m.end + 10)
                if re.match(r" of (?:the )?$", text[m.end : o.start])
            ]
            affiliation = after[0] if after else None
        head = _OF_THE_HEAD.match(text, m.end)
        if affiliation is None and head is not None and _stands_for_body(head.group(1)):  # "Director A B of the board"
            affiliation = _head_org(ctx, head.group(1), m.start, orgs, by_kind=True)
    spans = []
    app = apposition(ctx, m, people)
    if app:
        spans.append(app)
    spans += signature(ctx, m)
    for s, e in spans:
        for p in positions(ctx, s, e, orgs):
            role = clean_role(p.role)
            if _elsewhere(p, affiliation):
                continue  # "..., and president, Y Ltd": a position at another body is not held at the affiliation
            if role:
                roles.extend(_split_at_positions(role) if p.org is not None and _at_org(text, p.org) else [role])
            if affiliation is None and p.org is not None:
                affiliation = p.org
    for s, e in spans if affiliation is None else []:
        affiliation = _alias_in(ctx, s, e, orgs)
        if affiliation is not None:
            roles = [_without_reference(r) for r in roles]
            break
    end = m.end
    caption = _caption().match(text, end)
    end = caption.end() if caption else end  # "A B (left) of X"
    if affiliation is None:
        near = [
            o
            for o in _org_index(orgs).starting(end + 1, end + 12)
            if re.match(r",? ?(?:of|from|at) (?:the )?$", text[end : o.start])
        ]
        if near:
            affiliation = near[0]
            located = re.match(r",? ?at ", text[end : near[0].start]) is not None
        else:  # "A B, from the neurology department at X": the body the unit belongs to
            unit = [o for o in _org_index(orgs).starting(end + 1, end + 60) if _FROM_UNIT.fullmatch(text, end, o.start)]
            affiliation = unit[0] if unit else None
    if affiliation is None and (led := _HEADS_THE.match(text, end)) and _stands_for_body(led.group(1)):
        affiliation = _head_org(ctx, led.group(1), m.start, orgs, by_kind=True)  # "A B, who heads the bureau,"
    if affiliation is None:
        affiliation = _possessive_before(ctx, m.start, orgs) or _short_form_after(ctx, end, orgs)
    if affiliation is None:
        affiliation = _line_label(ctx, m.start, orgs)
    aff = affiliation.fields.get("name") if affiliation is not None else None
    return [clean_role(r) for r in roles if clean_role(r)], aff, located
