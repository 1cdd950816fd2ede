"""The one place a figure is about, read from the dependency parse of its sentence.

Candidates in the figure's sentence are the place mentions (not "Hong Kong-style" manners), adjectives of nationality
("eight Chinese universities", not "Chinese medicine"), phrases that stand for a place named earlier ("the city's
clinics", "the district's clinics"), phrases that say no single place ("inside and outside the city") and bodies with a
place in their name ("beds at the Northfield People's Hospital") or seated in one by the text ("Kelby Hospital in
Northfield ... Kelby Hospital performed 9,000 operations"; a short name, "Eastbank Lakeside" of "Eastbank Lakeside
Hospital in Northfield", takes its full body's seat first). A place or body where the figure's clause happens ("spend 12
weeks at the Northfield Institute before returning to Eastland"), or where it sends its people to act ("86 nurses hold
permits to practise in Eastbank"), comes first; then the candidate nearest to the figure in the parse tree wins, so a
place in another clause of a long sentence does not (a place that is the subject a participle inherits, "Xinhui district
recorded the biggest rise, adding 1,200 beds", or that a "where" clause holding the figure describes, "in Taishan, where
22 clinics have no doctor", counts as in the figure's clause); figures listed with "respectively" take the places listed
in the same order, and the items of a list whose verb and noun its first item gave ("Northfield had 45 clinics, Eastbank
30") the place each stands with. A place written as where a company is based ("Northfield-based Kelby Ltd signed a £5
million deal",
"Kelby Ltd, based in Northfield, signed ...", "Kelby Ltd, a Northfield start-up, ...", "Kelby, a scanner maker based in
Northfield, ...") is no candidate: the company's figures are its own. With no candidate,
`FALLBACK` decides: the place that is the subject of an earlier sentence of the same paragraph carries over ("Northfield
opened ... Currently, 80 clinics ..."), or the one a line opens with as its label ("- Northfield: the city added 12
clinics"), or the place an earlier sentence set its news in while the sentences after it go on about it ("A clinic
opened in Northfield. It has 40 beds.", "Eastbank District Hospital opened a wing. Its maternity unit ..."), then
the place a sum's currency names when the article is set in another
jurisdiction, then the article's own subject: the one local place (a city, district, province or region) that the
article names far more than any other place of its size or smaller, on the side of a border where a clear majority of
the places the article names lie (not one end of a cross-border link; a clearer majority when some of them lie in
another state: `SUBJECT_SIDE_ABROAD`), counting the bodies of Hong Kong or Macao and
the public bodies named after a place ("the Northfield Health Commission") as mentions of them, and "the province" as
a mention of the one province named (by its name or a public body's: "the Northfield Municipal Health Commission
... The city now has ..."; a town named once does not make "the city" its own), then a place in another clause
of the sentence. A span of time that is the term of a pact ("a five-year agreement") or the period a body's plan
runs over ("will train 120 nurses over three years") is about no place, and one that says how long something runs by a
verb of lasting ("the grants run for three years", "each placement lasts eight weeks") is about the place its own
phrase or clause names or none, as is the value of a deal or a stake ("a £2 million supply contract", "the deal,
worth £2 million, ..."; `amount_deal_nouns.txt`). Figures of one range or change share one place.

Bodies and words that stand for places: a word for a place that does not name it ("120 mainland hospitals", "on the
mainland"; `amount_place_words.tsv`) is a candidate as a place or an adjective of nationality is; where counted
people are registered or trained ("doctors registered in Eastbank"; `amount_origin_verbs.txt`) is their origin; a
company called by one word of its name ("Kelby's revenue" of "Eastbank Kelby Biotech") owns its figures, and such a
word the reference data does not know as a place ("the Kelby agreement") is no place; a noun with "the" that ends the
name of a body named before it in the paragraph ("the centre" of "Kelby Medical Centre, a hospital in Eastbank")
stands for that body, seated where the text seats it; the body a figure is "according to" owns it; and in a list of
sums each "from" its own body ("£4 million from the Westland Agency and 20 million yuan from the Northfield
Commission"), each sum takes its body's place. A thing the text brings in and seats in a place ("Kelby opened a plant
in Northfield", "the Eye Centre of Northfield Hospital") and names again with "the" ("output at the plant reached 2
million packs", "the centre has 12 operating rooms") gives its figures that place, wherever in the article it was
seated (`_Index.things`).

Every look-up goes through indexes built once per document (places and bodies by position, bracket spans,
quotation state, the subject place each sentence carries), so the pass is linear in the text's length.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from analysis.extract import gazetteer, org_cues
from analysis.extract.amounts import currencies, gapped_name
from analysis.extract.names import last_head
from analysis.extract.nlp import Context, Mention
from analysis.extract.overlap import _SpanIndex
from analysis.resources import lower_words, patterns, table, words

LIST_ITEMS = 12
"""Most lines of a list whose items take the place its opening line sets."""
MAX_PATH = 7
"""Longest dependency path (in arcs) from a figure to a candidate in its sentence; for a number that counts a noun
("420 nurses") from that noun."""
SUBJECT_SHARE = 2
"""The article's subject must be named at least this many times as often as the next local place."""
SUBJECT_MIN = 2
"""...and at least this many times in all."""
SUBJECT_SIDE = 0.6
"""...and lie in the jurisdiction of at least this share of the places the article names (`org_cues.setting_labels`):
in an article about a link across a border, a place of the smaller side ("Northland patients may now use their
vouchers at ten clinics in Southland", Southland's places and bodies named more) is one end of the link, not where
the article's figures are; so is a place of a side that barely outweighs the other (a twinning of a Northland
hospital with a Southland one, each side's places and bodies named about as often): a clear majority is needed."""
SUBJECT_SIDE_ABROAD = 0.75
"""...or of at least this share, the share that makes a jurisdiction an article's setting
(`org_cues.article_setting`), when the article names places of another state too: a joint degree, centre or call of
a university of one country and one of another is the link's, each side's places and bodies named, the host side's
twice as often, and its figures ("the opening cohort of 25 trainees", "the call attracted 19 bids") are about no one
place unless their own words or a thing the text seats in a place say so; across the boundary of a territory of the
same state, a city's article may name the neighbour's doctors and bodies working in it as often."""
_ONE_STATE = ("mainland China", "Hong Kong", "Macao")
"""Jurisdictions of one state (`gazetteer.jurisdiction` labels)."""
_SUBJECTS = ("nsubj", "nsubjpass")
_CLAUSE_DEPS = ("ROOT", "advcl", "ccomp", "conj", "parataxis")


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    place: str | None
    """Canonical place name, or None for a phrase that says no single place."""
    demonym: bool = False
    """An adjective of nationality: it counts only as a modifier of the counted noun."""
    listed: bool = False
    """One of several places listed together ("in Northland and Southland"): the figure is about no single one."""
    body: bool = False
    """An organisation with a place in its name: it counts in the figure's own phrase only."""


@lru_cache(maxsize=1)
def _anaphora() -> tuple[tuple[re.Pattern, str], ...]:
    return tuple(
        (re.compile(rf"(?<![\w-])(?:{rx})(?![\w-])", re.IGNORECASE), lvl) for rx, lvl in table("place_anaphora.tsv")
    )


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    return {word: country for word, country in table("place_demonyms.tsv")}


@lru_cache(maxsize=1)
def _place_words() -> dict[str, str]:
    return {word: gazetteer.canonical(place) or place for word, place in table("amount_place_words.tsv")}


@lru_cache(maxsize=1)
def _place_words_rx() -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, _place_words()))})(?![\w-])")


@lru_cache(maxsize=1)
def _local_countries() -> frozenset[str]:
    return frozenset(gazetteer.canonical(w) or w for w in words("amount_local_places.txt"))


@lru_cache(maxsize=4096)
def _name_level(name: str) -> str | None:
    """Level of a place from its name: a level word at its end ("Northfield District"), else reference data (a
    district or zone of the Bay Area's table first: "Futian" is a district)."""
    last = name.split()[-1].casefold() if name.split() else ""
    if last in gazetteer.level_words():
        return gazetteer.level_words()[last]
    if name in _local_countries():
        return "city"
    return gazetteer.district_level(name) or gazetteer.level(name)


def _tokens(ctx: Context, start: int, end: int) -> list:
    """spaCy tokens covering cleaned span [start, end) (they share one parsed line)."""
    first = ctx.token_at(start)
    if first is None:
        return []
    off, tok = first
    out = []
    for t in tok.doc[tok.i :]:
        if t.idx + off >= end:
            break
        out.append(t)
    return out


def _root(tokens: list):
    """The token of a span whose head lies outside it."""
    ids = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in ids or t.head.i == t.i]
    return heads[-1] if heads else None


def _path(a, b) -> int | None:
    """Arcs between two tokens of one parsed line, or None when they are in different lines."""
    if a is None or b is None or a.doc is not b.doc:
        return None
    up_a = [a, *a.ancestors]
    depth = {t.i: d for d, t in enumerate(up_a)}
    for d_b, t in enumerate([b, *b.ancestors]):
        if t.i in depth:
            return depth[t.i] + d_b
    return None


def _clause(tok):
    """The verb heading the clause of `tok`; participles and relative clauses that modify a noun belong to the
    clause of that noun ("nurses working in the city's clinics" is one clause with "were"), and so does a participle
    after its verb that has no subject of its own (`_bare_participle`). A word with a subject of its own heads a clause
    whatever the model tags it ("while the generic sells for RMB 610 in Tarnby": "sells" read as a noun)."""
    for t in [tok, *tok.ancestors]:
        verb = t.pos_ in ("VERB", "AUX") or (t.dep_ != "ROOT" and any(c.dep_ in _SUBJECTS for c in t.children))
        if t.dep_ in _CLAUSE_DEPS and verb and not _bare_participle(t):
            return t.i
    return None


def _in_absolute(root, head) -> bool:
    """Whether a place is the subject of a participle with a subject of its own after a preposition, a clause the
    figure is not in ("revenue rose 8% to £61 million, with Northland accounting for a quarter"): that clause tells
    its own figure's place, not the main clause's."""
    verb = root.head
    return (
        root.dep_ in _SUBJECTS
        and verb.dep_ == "pcomp"
        and verb.pos_ in ("VERB", "AUX")
        and verb.i not in {t.i for t in head.ancestors}
        and verb.i != head.i
    )


def _bare_participle(verb) -> bool:
    """A participle that opens no clause of its own ("will open an office in Eastbank employing 45 people"): no
    subject and no word such as "while" or "after" before it; it belongs to the clause above."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.i > verb.head.i
        and not any(c.dep_ in (*_SUBJECTS, "mark", "aux") for c in verb.children)
    )


def _counted_noun(head):
    """The noun a figure counts or measures ("beds" of "500 beds"), or the figure's own token when it is no
    modifier."""
    return (
        head.head if head.dep_ in ("nummod", "quantmod", "compound") and head.head.pos_ in ("NOUN", "PROPN") else head
    )


def _own_phrase(head) -> set[int]:
    """Token ids of the noun phrase a figure counts or measures, without coordinated or parenthetical phrases
    ("12 universities from the UK" in "Eight Chinese universities and 12 universities from the UK"); a figure "of"
    a noun is that noun's measure, and its phrase is the noun's ("a fee of HK$300 per visit at the Eastbank
    clinic")."""
    noun = _counted_noun(head)
    if (
        noun.dep_ == "pobj"
        and noun.head.text.casefold() == "of"
        and noun.head.head.pos_ == "NOUN"
        and noun.head.head.i < noun.i
    ):
        noun = noun.head.head
    out: set[int] = set()
    todo = [noun]
    while todo:
        t = todo.pop()
        out.add(t.i)
        todo.extend(c for c in t.children if c.dep_ not in ("conj", "cc", "appos", "relcl", "acl", "punct"))
    return out


def _manner(ctx: Context, end: int) -> bool:
    """True when the words after a place make it a manner or model ("Harbour City-style clinics")."""
    m = re.match(r"[ -]([A-Za-z]+)", ctx.text[end : end + 16])
    return bool(m) and m.group(1).casefold() in lower_words("place_not_location.txt")


def _kind_not_nationality(text: str, end: int) -> bool:
    """True when the word after an adjective of nationality makes a kind of thing ("Chinese medicine")."""
    m = re.match(r"[ -]([A-Za-z]+)", text[end : end + 24])
    return bool(m) and m.group(1).casefold() in lower_words("amount_demonym_kinds.txt")


_PAIR_MARKS = ("-", "–", "—", "/")
"""Marks that join two places into a pair of sides ("Northland–Southland talks")."""
_RANK = {"district": 0, "city": 1, "province": 2, "region": 3, "country": 4}
"""Levels of places from the most specific; a place of no known level counts as a town (-1)."""
_INNER_FIRST = (" of ", ", ", " in ")
_OUTER_FIRST = ("'s ", "’s ", ", ")
_LIST_GAP = re.compile(r",? (?:and|or|&) (?:the )?|, (?:the )?")
_WORD_LISTED = re.compile(r",? (?:and|or|&) (?:(?:in|on|at|across) )?(?:the )?")
"""Between a place and a word for another place listed after it ("Northland and on the mainland")."""


@lru_cache(maxsize=1)
def _listed_word() -> re.Pattern:
    """A word for a place listed right before another place ("on the mainland and in Northland")."""
    words_ = "|".join(map(re.escape, _place_words()))
    return re.compile(rf"(?<![\w-])({words_}),? (?:and|or|&) (?:(?:in|on|at|across) )?$")


_APPOSITION_IN = re.compile(r", (?:a|an) (?:[^,;.()]|[.,]\d){0,60}? in (?:the (?:[a-z]+ )+of )?")
"""An apposition that says where a place lies ("Zhaoqing, a city of 4 million people in the west of Guangdong"):
the place after it holds the one before."""
_SEAT = re.compile(r",? in ")
"""Between a body's name and the place it is in ("Kelby Hospital in Northfield")."""
_BASE_GAP = re.compile(r"-based |['’]s |(?:-based)? (?:[a-z][\w-]* ){0,3}?(?P<noun>[a-z]+) ")
"""Between a place and the name of the body based there: "-based ", "'s " or a few words ending in a class noun
(" device maker ", "-based investor "); the noun must be one of `org_cues.class_nouns`."""
_BASE_NOUN = re.compile(r"-based((?: [a-z][\w-]*){1,4})")
"""A place as the base of a body described by a class noun with no name after it ("Kelby, a Northfield-based
charity that ...")."""
_BASED_IN = re.compile(r"(?:^|[,.\n])\s*based in $", re.IGNORECASE)
"""Words right before a place that give it as a body's base: "Kelby Ltd, based in Northfield, ..." or, opening a
sentence, "Based in Northfield, Kelby employs ..."."""
_BASE_AFTER = re.compile(r"(?:,\s*[A-Z][\w ]{0,20})?,\s*")
"""Between a base opening a sentence and the body's name: a comma, perhaps after the base's country ("Based in
Northfield, Westland, Kelby ...")."""
_OWN_FIGURE_TYPES = ("company", "association")
"""Types of body whose money and staff are their own, not the place they are based in."""
_APPOSITION_REACH = 60
"""Most characters between a body's name and the place its apposition gives as its home."""
_APPOSITION_BASE = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:(?:based|headquartered)\s+in|from)\s+(?:the\s+)?"
)
"""Between a body's name and its home in an apposition: ", a scanner maker based in ", ", an operator from the "."""
_CLASS_AFTER = re.compile(r"((?:\s+[\w-]+){1,3})")
"""The words after a place that may hold the class noun it qualifies ("a Northfield start-up", "a Northfield
medical device maker")."""


@lru_cache(maxsize=1)
def _zone_after() -> re.Pattern:
    """After a place, up to two lower-case words and a word of the zone level (`amount_place_levels.tsv`):
    "Northfield's cooperation zone", "Northfield pilot zone"."""
    zone = sorted(w for w, lvl in gazetteer.level_words().items() if lvl == "zone")
    return re.compile(rf"(?:['’]s)?(?: [a-z][\w-]*){{0,2}}? (?:{'|'.join(map(re.escape, zone))})(?![\w-])")


_FROM_BODY = re.compile(r",? from (?:the )?")
"""Between a sum and the body it comes from ("£4 million from the Northfield Commission")."""


@lru_cache(maxsize=1)
def _sum_from() -> re.Pattern:
    """The end of a sum and the words that lead from it to the body it comes from, right before that body's name
    ("£4 million from the Northfield Commission", "RMB 2 million granted by the"): `sum_funders.tsv`'s "after" row,
    the one vocabulary of funders the reports read too."""
    after = next(rx for side, rx in table("sum_funders.tsv") if side == "after")
    return re.compile(r"(?:\d|million|billion|bn)\S*,?" + after.removeprefix("^"), re.IGNORECASE)


_FIG_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
_RESPECTIVELY = re.compile(r"(?:\s+[^\W\d][\w-]*){0,3}?\s*,?\s*respectively\b", re.IGNORECASE)


def _based_type(text: str, end: int) -> str | None:
    """The type of body the first class noun after "<place>-based" names ("a Northfield-based software developer"
    -> company), or None."""
    m = _BASE_NOUN.match(text, end)
    for word in m.group(1).split() if m else []:
        kind = org_cues.class_nouns().get(word.casefold())
        if kind is not None:
            return kind
    return None


def _brackets(text: str) -> tuple[list[int], list[int], list[int]]:
    """Bracketed asides of every line: opening positions, where each closes (its ")" or the line's end) and the
    index of the aside it sits in (-1 for none), from one scan of the text."""
    opens: list[int] = []
    closes: list[int] = []
    parents: list[int] = []
    stack: list[int] = []
    for m in re.finditer(r"[()\n]", text):
        c = m.group()
        if c == "(":
            parents.append(stack[-1] if stack else -1)
            stack.append(len(opens))
            opens.append(m.start())
            closes.append(len(text))
        elif c == ")" and stack:
            closes[stack.pop()] = m.start()
        elif c == "\n":
            for i in stack:
                closes[i] = m.start()
            stack = []
    return opens, closes, parents


def _caption_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the lines that carry a mark of a photo's caption or credit (`caption_cues.txt`: "Photo caption:
    ...", "... Photo: Kelby Daily"): what a picture shows, not where the story's sentences are."""
    cues = patterns("caption_cues.txt")
    out, start = [], 0
    for line in text.split("\n"):
        if cues.search(line):
            out.append((start, start + len(line)))
        start += len(line) + 1
    return out


QUOTED_NAME = 80
"""Longest quotation (in characters, marks included) read as a quoted name rather than as speech."""


def _quoted_name(text: str, a: int, b: int) -> bool:
    """Whether the quotation text[a:b] is a name ("“Harbour Health Connect”"), not speech ("“to bring doctors to
    Northfield.”"): short, opening with a capital, with no punctuation of a sentence inside."""
    inner = text[a + 1 : b - 1] if b - a >= 2 else ""
    return b - a <= QUOTED_NAME and inner[:1].isupper() and not re.search(r"[.!?,;:]", inner)


def _quotes(text: str) -> list[tuple[int, int]]:
    """Quotations of every line as (opening mark, closing mark or line end), from one scan of the text."""
    out: list[tuple[int, int]] = []
    opened: int | None = None
    for m in re.finditer(r"[“”\"\n]", text):
        c = m.group()
        if c == "\n":
            if opened is not None:
                out.append((opened, m.start()))
            opened = None
        elif opened is None and c != "”":
            opened = m.start()
        elif opened is not None and c != "“":
            out.append((opened, m.end()))
            opened = None
    if opened is not None:
        out.append((opened, len(text)))
    return out


@dataclass
class _Index:
    """What the place rules read, built once per document."""

    ctx: Context
    places: list[Mention]
    orgs: list[Mention] = field(default_factory=list)
    people: list[Mention] = field(default_factory=list)

    def __post_init__(self) -> None:
        text = self.ctx.text
        self.places = sorted(self.places, key=lambda p: (p.start, p.end))
        self.starts = [p.start for p in self.places]
        self.ends = [p.end for p in self.places]
        self.org_starts = [o.start for o in self.orgs]
        self.towns = frozenset(
            p.fields["name"] for p in self.places if gazetteer.canonical(p.fields["name"]) is None
        )  # the towns the article names as places ("in Kelby and Tarnby towns"): a body named by one is there
        self.seats = self._seats()
        self.opens, self.closes, self.parents = _brackets(text)
        self.captions = _caption_lines(text)
        kinds = self._quote_kinds()
        self.quoted = [k == "name" for k in kinds]
        self.container = self._containers()
        # where a story was filed ("LONDON, May 3 (Wire) - ...") is no place of its figures, though "the city" after
        # it may be that city
        self.location = [
            self._location(i) and i not in self.container and self.places[i].extractor != gazetteer.DATELINE_RULE
            for i in range(len(self.places))
        ]
        self._brands: set[str] | None = None
        self.based = self._company_bases()
        self.listed = [self._listed(i) for i in range(len(self.places))]
        self.levels: dict[str, tuple[list[int], list[str]]] = {}
        counts: dict[str, dict[str, int]] = {}
        for i, p in enumerate(self.places):
            if p.original or _manner(self.ctx, p.end) or _of_origin(self.ctx.text, p.end):
                continue  # "Northfield-registered drugs" used elsewhere, "Northfield residents" living elsewhere:
                # not where the text's news is, nor what "the city" stands for
            lvl = self._level_of(i)
            if lvl is None:
                continue
            if kinds[i] != "speech" and not self._in_caption(p.start):
                # "the city" of the narrative is not a place named in someone's quoted words or in a photo's caption
                ends, names = self.levels.setdefault(lvl, ([], []))
                ends.append(p.end)
                names.append(p.fields["name"])
            per = counts.setdefault(lvl, {})
            key = gazetteer.district_name(p.fields["name"])  # "Eastbank District" and "Eastbank" are one place
            per[key] = per.get(key, 0) + 1
        for o in self.orgs:  # "the Northfield Municipal Health Commission" names Northfield as much as its name does
            place = None if o.original else _public_body_place(o)
            if place is not None and (lvl := _name_level(place)) is not None:
                per = counts.setdefault(lvl, {})
                key = gazetteer.district_name(place)
                per[key] = per.get(key, 0) + 1
        ranked = {lvl: sorted(c, key=lambda n: (-c[n], n)) for lvl, c in counts.items()}
        self.most_named = {lvl: r[0] for lvl, r in ranked.items()}
        # the place of a level the article names, or names far more often than any other of its level
        self.only_named = {
            lvl: r[0]
            for lvl, r in ranked.items()
            if len(r) == 1 or counts[lvl][r[0]] >= SUBJECT_SHARE * max(counts[lvl][r[1]], SUBJECT_MIN)
        }
        self.subject = self._article_subject()
        self._cands: dict[tuple[int, int], list[Candidate]] = {}
        self._carried: dict[int, str | None] | None = None
        self._full: dict[str, str] | None = None
        self._words: dict[str, set[str]] | None = None
        self._things: tuple[list[int], list[tuple[str, str]]] | None = None
        self._last_words: dict[str, list[int]] | None = None
        self.series: dict[tuple[int, str], str] = {}  # (paragraph start, what is counted) -> the place last given

    def _in_caption(self, pos: int) -> bool:
        """Whether `pos` lies on a line of a photo's caption (`_caption_lines`)."""
        i = bisect_right(self.captions, (pos, len(self.ctx.text))) - 1
        return i >= 0 and self.captions[i][1] >= pos

    # -- per place, once
    def _quote_kinds(self) -> list[str | None]:
        """For each place, the quotation of its line it sits in: "name" for a quoted name ("the “Harbour Health
        Connect” programme"), "speech" for quoted words (their places are places, but not the narrative's), else
        None."""
        text = self.ctx.text
        spans = _quotes(text)  # one line's quotations do not overlap
        opens = [a for a, _ in spans]
        out: list[str | None] = []
        for p in self.places:
            i = bisect_left(opens, p.start) - 1
            inside = i >= 0 and spans[i][1] >= p.end
            out.append(("name" if _quoted_name(text, *spans[i]) else "speech") if inside else None)
        return out

    def _bilateral(self, i: int) -> bool:
        """A place joined by a hyphen, a dash or a slash to another place ("Northland-Southland cooperation"): a pair
        of sides."""
        text, p = self.ctx.text, self.places[i]
        prev = self.places[i - 1] if i else None
        nxt = self.places[i + 1] if i + 1 < len(self.places) else None
        return (prev is not None and prev.end + 1 == p.start and text[p.start - 1 : p.start] in _PAIR_MARKS) or (
            nxt is not None and p.end + 1 == nxt.start and text[p.end : p.end + 1] in _PAIR_MARKS
        )

    def _location(self, i: int) -> bool:
        """Whether a place mention can say where a figure is (not a manner, a side of a pair or part of a quoted
        name)."""
        p = self.places[i]
        return not (p.original or _manner(self.ctx, p.end) or self.quoted[i] or self._bilateral(i))

    def _containers(self) -> set[int]:
        """Indexes of places named only as the container of the place next to them ("Eastbank District of
        Northfield", "Northfield's Eastbank District", "Eastbank, Northfield"): a figure is about the most specific
        place; so is a place named in an apposition that says where the other lies ("Eastbank, a district of 300,000
        people in Northfield"). The container has a higher level than the place it holds and lies in the same
        jurisdiction."""
        text, out = self.ctx.text, set()
        self.pairs: set[int] = set()  # i: places i and i + 1 are a place and its container
        for i in range(len(self.places) - 1):
            p, q = self.places[i], self.places[i + 1]
            gap = text[p.end : q.start]
            ranks = [self._rank(i), self._rank(i + 1)]
            if (gap in _INNER_FIRST or _APPOSITION_IN.fullmatch(gap)) and ranks[1] > ranks[0]:
                inner, outer = i, i + 1
            elif gap in _OUTER_FIRST and ranks[0] > ranks[1]:
                inner, outer = i + 1, i
            else:
                continue
            if self._in_list(i) or self._in_list(i + 1):
                continue  # "Eastbank, Westbank and Northfield": three items of a list, not a place and its container
            a, b = self.places[inner], self.places[outer]
            if a.fields["name"] == b.fields["name"]:
                continue
            where = gazetteer.jurisdiction(b.fields["name"])
            if where is not None and gazetteer.jurisdiction(a.fields["name"]) in (where, None):
                out.add(outer)
                self.pairs.add(min(inner, outer))
        return out

    def _in_list(self, i: int) -> bool:
        """Whether place i is joined to the place after it by a list's "and" (or "or"), or is the first of a list
        of three whose last item such an "and" joins: "Eastbank, Westbank and Northfield"."""
        text, places = self.ctx.text, self.places
        joins = [
            j
            for j in range(max(i - 1, 0), min(i + 2, len(places) - 1))
            if re.fullmatch(r",? (?:and|or) (?:the )?", text[places[j].end : places[j + 1].start])
        ]
        return any(j == i or (j == i + 1 and text[places[i].end : places[j].start] == ", ") for j in joins)

    def _company_bases(self) -> set[int]:
        """Indexes of places written as where a company is based, right before its name: "Northfield-based Kelby
        Ltd", "Northfield's Kelby Ltd", "Northfield device maker Kelby" (`_BASE_GAP`). A company's deals and staff are
        its own, not its city's ("Northfield-based Kelby signed a £5 million deal"); a hospital's or a public body's
        figures stay its place's, and so do bodies a class noun before the name calls so. Also the base of a company
        or a charity told in an apposition ("Kelby, a Northfield-based charity", "Kelby Ltd, based in Northfield,") or
        opening the sentence ("Based in Northfield, Kelby employs 65 people"), or after its name and "of" ("Kelby
        Diagnostics of Northfield"), or qualifying a class noun of a company with no name ("a Northfield biotech
        firm")."""
        text, out = self.ctx.text, set()
        for i, p in enumerate(self.places):
            j = bisect_left(self.org_starts, p.end)
            if j == len(self.orgs) or self.orgs[j].start - p.end > 60:
                continue
            gap = _BASE_GAP.fullmatch(text, p.end, self.orgs[j].start)
            if gap is None:
                continue
            noun = None
            if gap.group("noun") is not None:
                noun = org_cues.class_nouns().get(gap.group("noun").casefold())
                if noun is None:
                    continue
            typed = (self.orgs[j].fields.get("org_cues") or {}).get("type")
            if (typed[0] if typed else noun) in ("company", None):
                out.add(i)
        for i, p in enumerate(self.places):
            if _based_type(text, p.end) in _OWN_FIGURE_TYPES:
                out.add(i)  # "Kelby, a Northfield-based charity": the charity's base
            elif _BASED_IN.search(text[max(0, p.start - 40) : p.start]) and self._company_near(p.start, p.end):
                out.add(i)  # "Kelby Ltd, based in Northfield," / "Based in Northfield, Kelby Ltd ..."
            elif self._company_of(p.start) or self._qualifies_company(p):
                out.add(i)  # "Kelby Diagnostics of Northfield", "a Northfield robotics firm": its home
            elif self._described_base(p):
                out.add(i)  # "Kelby, a Northfield start-up, ...", "Kelby, a scanner maker based in Northfield, ..."
            elif self._company_brand(p):
                out.add(i)  # "the Kelby agreement" of "Northfield Kelby Pharmaceutical": the company, not a place
        return out

    def _described_base(self, p: Mention) -> bool:
        """Whether a place is the home of a company or an association told in an apposition right after its name:
        before a class noun of such a body ("Kelby Health, a Northfield start-up whose app ..."), or after "based
        in" or "from" in it ("Kelby, a scanner maker based in Northfield, ...", "Kelby Group, a hospital operator
        from Westland, ..."); the body's figures are its own."""
        text = self.ctx.text
        j = bisect_left(self.org_starts, p.start) - 1
        org = self.orgs[j] if j >= 0 else None
        if org is None or p.start - org.end > _APPOSITION_REACH:
            return False
        typed = (org.fields.get("org_cues") or {}).get("type")
        if (typed[0] if typed else None) not in (*_OWN_FIGURE_TYPES, None):
            return False
        if _APPOSITION_BASE.fullmatch(text, org.end, p.start):
            return True
        after = _CLASS_AFTER.match(text, p.end)
        return bool(
            re.fullmatch(r",\s+(?:a|an|the)\s+", text[org.end : p.start])
            and after
            and any(_own_figures_class(w) for w in after.group(1).split())
        )

    def _company_brand(self, p: Mention) -> bool:
        """Whether a place mention qualifying a noun ("the Kelby agreement") is a word of the name of a company the
        article names after another place ("Northfield Kelby Pharmaceutical Co.") and no place the reference data
        knows: it stands for the company ("Northfield Eastbank Biotech" of a district Eastbank keeps Eastbank a
        place)."""
        tok = _root(_tokens(self.ctx, p.start, p.end))
        if tok is None or tok.dep_ not in ("compound", "nmod", "amod") or tok.head.pos_ != "NOUN":
            return False
        if self._brands is None:
            self._brands = set()
            for name in {o.fields.get("name") or self.ctx.text[o.start : o.end] for o in self.orgs}:
                words = name.split()
                for i in range(1, len(words)):
                    if _owns_figures(name) and _body_place(" ".join(words[:i])) is not None:
                        self._brands.update(" ".join(words[i:j]) for j in range(i + 1, min(i + 3, len(words)) + 1))
        written = self.ctx.text[p.start : p.end]
        return written in self._brands and gazetteer.canonical(written) is None

    def _qualifies_company(self, p: Mention) -> bool:
        """Whether a place qualifies a class noun of a company or an association with no name ("a share of a
        Northfield robotics firm", "the Northfield group"): the body's home, not where its figures are."""
        tok = _root(_tokens(self.ctx, p.start, p.end))
        if tok is None or tok.dep_ not in ("compound", "nmod", "amod") or tok.head.pos_ not in ("NOUN", "PROPN"):
            return False
        noun = _phrase_head(tok)
        return noun.pos_ == "NOUN" and _own_figures_class(noun.text)

    def _company_of(self, start: int) -> bool:
        """Whether a company is named right before " of " and the place at `start` ("Kelby Diagnostics of
        Northfield")."""
        j = bisect_left(self.org_starts, start) - 1
        o = self.orgs[j] if j >= 0 else None
        if o is None or self.ctx.text[o.end : start] != " of ":
            return False
        typed = (o.fields.get("org_cues") or {}).get("type")
        return bool(typed) and typed[0] == "company"

    def _company_near(self, start: int, end: int) -> bool:
        """Whether the organisation named right before `start` (", based in") or right after `end` ("Based in
        Northfield, UK, Kelby ...") is a company or a body of no known type."""
        text = self.ctx.text
        j = bisect_left(self.org_starts, start) - 1
        before = self.orgs[j] if j >= 0 and 0 <= start - self.orgs[j].end <= 12 else None
        k = bisect_left(self.org_starts, end)
        after = self.orgs[k] if k < len(self.orgs) and _BASE_AFTER.fullmatch(text, end, self.orgs[k].start) else None
        for o in (before, after):
            typed = (o.fields.get("org_cues") or {}).get("type") if o is not None else None
            if o is not None and (typed[0] if typed else None) in (*_OWN_FIGURE_TYPES, None):
                return True
        return False

    def _rank(self, i: int) -> int:
        """How large a place is, from its level as written or by name (`_RANK`)."""
        p = self.places[i]
        return _RANK.get(_name_level(self.ctx.text[p.start : p.end]) or _name_level(p.fields["name"]) or "", -1)

    def _listed(self, i: int) -> bool:
        """True when another place is listed right before or after this one ("Northland, Southland and Eastland");
        a place listed with its own districts is the whole they are parts of ("Macao, Taipa and Coloane")."""
        text, p = self.ctx.text, self.places[i]
        for j in (i - 1, i + 1):
            if 0 <= j < len(self.places) and min(i, j) not in self.pairs:
                q = self.places[j]
                if gazetteer.district_city(q.fields["name"]) == p.fields["name"]:
                    continue
                if q.fields["name"] != p.fields["name"] and (
                    _LIST_GAP.fullmatch(text, q.end, p.start) if j < i else _LIST_GAP.fullmatch(text, p.end, q.start)
                ):
                    return True
        # "in Northland and on the mainland": a word for another place listed with it
        after = _WORD_LISTED.match(text, p.end)
        word = _place_words_rx().match(text, after.end()) if after else None
        if word is not None and _place_words()[word.group()] != p.fields["name"]:
            return True
        before = _listed_word().search(text, max(0, p.start - 40), p.start)
        return before is not None and _place_words()[before.group(1)] != p.fields["name"]

    def _word_listed(self, s: int, e: int) -> bool:
        """True when a place is listed right after or before the word for a place at [s, e) ("on the mainland and in
        Northland", "in Northland and on the mainland")."""
        after = _WORD_LISTED.match(self.ctx.text, e)
        k = bisect_left(self.starts, after.end()) if after is not None else len(self.starts)
        if k < len(self.starts) and self.starts[k] == after.end():
            return True
        i = bisect_right(self.ends, s) - 1
        return i >= 0 and bool(_WORD_LISTED.fullmatch(self.ctx.text, self.places[i].end, s))

    def _level_of(self, i: int) -> str | None:
        """A place's level: a level word right after the mention ("Northfield district") or ending it as written
        ("Northfield District", whose canonical name may drop the word), or a zone's word a few words after it
        ("Northfield's cooperation zone"), else from its name."""
        p = self.places[i]
        m = re.match(r" ([A-Za-z]+)", self.ctx.text[p.end : p.end + 16])
        if m and m.group(1).casefold() in gazetteer.level_words():
            return gazetteer.level_words()[m.group(1).casefold()]
        if _zone_after().match(self.ctx.text, p.end):
            return "zone"  # "Northfield's cooperation zone", "Northfield's new pilot zone": "the zone" is Northfield
        return _name_level(self.ctx.text[p.start : p.end]) or _name_level(p.fields["name"])

    def _article_subject(self) -> str | None:
        """The local place the article is about: named at least `SUBJECT_MIN` times, `SUBJECT_SHARE` times as often
        as the next local place and at least as often as any country, in the jurisdiction of a clear majority of the
        places the article names (`SUBJECT_SIDE`); a place named only as the container of another ("Northfield's
        Eastbank district") or as where people come from ("Northland residents", `_of_origin`) does not count, and a
        district of the reference table counts for its city (`gazetteer.district_city`)."""
        text = self.ctx.text
        local: dict[str, int] = {}
        national: dict[str, int] = {}
        for i, p in enumerate(self.places):
            if not self.location[i]:
                continue
            nxt = self.places[i + 1] if i + 1 < len(self.places) else None
            if nxt is not None and re.fullmatch(r"['’]s ", text[p.end : nxt.start]):
                continue
            if _of_origin(text, p.end):
                continue  # "Northland residents living in Southland": where people come from, not the story's place
            root = _root(_tokens(self.ctx, p.start, p.end))
            if root is not None and _venue(root):
                continue  # "said at a news conference in Northfield": where the story was told
            name = gazetteer.district_city(p.fields["name"]) or p.fields["name"]  # a district speaks for its city
            bucket = national if _national(name) else local
            bucket[name] = bucket.get(name, 0) + 1
        for o in self.orgs:  # a body based in a place is a mention of that place ("the Hospital Authority")
            place = None if o.original else _body_territory(o) or _public_body_place(o)
            if place is not None:
                place = gazetteer.district_name(place)
                local[place] = local.get(place, 0) + 1
        for place in self._referred():
            if place in local:
                local[place] += 1
        if not local:
            return None
        ranked = sorted(local, key=lambda n: (-local[n], n))
        top = local[ranked[0]]
        size = _RANK.get(_name_level(ranked[0]) or "", -1)
        # a larger place holding the subject ("Northfield in central Eastland") does not compete with it
        rivals = [local[n] for n in ranked[1:] if _RANK.get(_name_level(n) or "", -1) <= size]
        second = rivals[0] if rivals else 0
        if top >= SUBJECT_MIN and top >= SUBJECT_SHARE * second and top >= max(national.values(), default=0):
            return ranked[0] if self._main_side(ranked[0]) else None
        return None

    def _main_side(self, place: str) -> bool:
        """Whether `place` lies in the jurisdiction of at least `SUBJECT_SIDE` of the places the article names, or
        `SUBJECT_SIDE_ABROAD` when some of them lie in another state (a place of no known jurisdiction does)."""
        label = org_cues.place_label(place)
        counts = org_cues.setting_labels(self.places, [o for o in self.orgs if not o.original])
        total = sum(counts.values())
        state = _ONE_STATE if label in _ONE_STATE else (label,)
        abroad = any(other not in state for other in counts)
        return label is None or not total or counts[label] >= (SUBJECT_SIDE_ABROAD if abroad else SUBJECT_SIDE) * total

    def _seats(self) -> dict[str, str]:
        """Body name -> the place the text seats it in, right after one of its mentions ("at Kelby Hospital in
        Northfield", "Kelby Centre, a hospital in Northfield") or before it ("Northfield-based Kelby Hospital
        Group"), below country level and the same wherever it is
        said: a figure of the body is about that place ("Kelby Hospital performed 9,000 operations"); not the home an
        apposition gives a company or an association ("Kelby, a scanner maker based in Northfield"), nor the city of a
        district the body's name holds ("Futian District Hospital in Shenzhen" is in Futian)."""
        starts = {p.start: p for p in self.places}
        ends = {p.end: p for p in self.places}
        found: dict[str, set[str]] = {}
        for o in self.orgs:
            m = _SEAT.match(self.ctx.text, o.end) or _APPOSITION_IN.match(self.ctx.text, o.end)
            p = starts.get(m.end()) if m else None
            if m is not None and any(_own_figures_class(w) for w in m.group().split()):
                continue  # "Kelby, a scanner maker based in Northfield": a company's home (`_described_base`)
            if p is None and self.ctx.text.endswith("-based ", 0, o.start):
                p = ends.get(o.start - len("-based "))  # "Northfield-based Kelby Hospital Group"
            if p is None or _national(p.fields["name"]):
                continue
            named = _body_place(o.fields.get("name", ""))
            if named is not None and gazetteer.district_city(named) == p.fields["name"]:
                continue  # "Eastbank District Hospital in Northfield": the district its name holds is finer
            found.setdefault(o.fields.get("name", ""), set()).add(p.fields["name"])
        return {name: next(iter(ps)) for name, ps in found.items() if len(ps) == 1}

    def _referred(self) -> list[str]:
        """The places that phrases such as "the province" stand for, once per phrase, where the article names only
        one place of that level ("Northland ... The province had ..."): mentions of it, as much as its name."""
        out = []
        text = self.ctx.text
        for rx, lvl in _anaphora():
            place = self.only_named.get(lvl)
            if place is None:
                continue
            for m in rx.finditer(text):
                if not re.match(r" of [A-Z]", text[m.end() : m.end() + 5]):
                    out.append(place)
        return out

    # -- look-ups
    def full_name(self, name: str) -> str:
        """The one longer name of the article that a body's name opens ("Kelby Lakeside" of "Kelby Lakeside
        Hospital"), else the name itself."""
        if self._full is None:
            found: dict[str, set[str]] = {}
            names = {o.fields.get("name") or "" for o in self.orgs}
            for full in names:
                toks = full.split()
                for n in range(1, len(toks)):
                    found.setdefault(" ".join(toks[:n]), set()).add(full)
            self._full = {short: next(iter(f)) for short, f in found.items() if len(f) == 1 and short in names}
        return self._full.get(name, name)

    def body_place(self, org: Mention) -> str | None:
        """The place a body's name puts it in (`_body_place`); for the short name of a body the article names in
        full ("Kelby Lakeside" of "Kelby Lakeside Hospital in Northfield", written so or named by the full name),
        the place the text seats the full body in comes first: a place word inside a short name is part of the
        name."""
        written = re.sub(r"['’]s$", "", self.ctx.text[org.start : org.end])
        name = org.fields.get("name") or written
        full = self.full_name(name)
        if full != name or name.startswith(written + " "):
            return self.seats.get(full) or _body_place(full, self.towns)
        return _body_place(name, self.towns)

    def aside(self, pos: int) -> int | None:
        """Start of the innermost bracketed aside holding `pos` on its line, or None."""
        i = bisect_left(self.opens, pos) - 1
        while i >= 0 and self.closes[i] < pos:
            i = self.parents[i]
        return self.opens[i] if i >= 0 else None

    def earlier(self, pos: int, lvl: str, ss: int | None = None) -> str | None:
        """The place of level `lvl` a phrase such as "the city" at `pos` stands for: the nearest place of that level
        named before it in its sentence, by itself ("patients in Northfield can use clinics in the city") or in the
        name of a body ("the Northfield Health Commission said the city had 900 doctors"), else the place of that
        level an earlier sentence of the paragraph is about, else the article's subject when it is of that level, else
        the last place of that level named before `pos` outside quoted speech, else the most named one of that level.
        ("Northfield ... parents drive to “Southfield” ... The city had 900 doctors": Northfield.)"""
        if ss is not None:
            said = None  # "Patients in Eastbank can use clinics in the city": the place named before it
            for i in range(bisect_left(self.starts, pos) - 1, bisect_left(self.starts, ss) - 1, -1):
                p = self.places[i]
                if (
                    p.end <= pos
                    and self.location[i]
                    and not self.quoted[i]
                    and self._level_of(i) == lvl
                    and not _of_origin(self.ctx.text, p.end)  # "184 Eastbank nurses work in the city"
                    and not self.ctx.text.endswith("from ", 0, p.start)  # "1,500 people from Eastbank live in the city"
                ):
                    said = (p.end, p.fields["name"])
                    break
            for j in range(bisect_left(self.org_starts, pos) - 1, bisect_left(self.org_starts, ss) - 1, -1):
                o = self.orgs[j]
                for named in _body_places(o.fields.get("name") or self.ctx.text[o.start : o.end]):
                    if _name_level(named) == lvl and (said is None or o.end > said[0]):
                        return named  # "the Northfield Health Commission said the city had 900 doctors"
            if said is not None:
                return said[1]
            carried = self.carried(ss)
            if carried is not None and _name_level(carried) == lvl:
                return carried
        if self.subject is not None and _name_level(self.subject) == lvl:
            return self.subject
        if lvl not in self.levels:
            return self.most_named.get(lvl)
        ends, names = self.levels[lvl]
        i = bisect_right(ends, pos if ss is None else ss) - 1  # the sentence's own places were weighed above
        return names[i] if i >= 0 else self.most_named[lvl]

    def names_place(self, start: int, end: int) -> bool:
        """Whether [start, end) names a place that can say where a figure is."""
        return any(self.location[i] for i in self.inside(start, end))

    def inside(self, ss: int, se: int) -> range:
        """Indexes of the places inside [ss, se)."""
        return range(bisect_left(self.starts, ss), bisect_left(self.starts, se))

    def candidates(self, ss: int, se: int) -> list[Candidate]:
        """Everything in sentence [ss, se) that may say where a figure is (computed once per sentence)."""
        key = (ss, se)
        if key not in self._cands:
            self._cands[key] = self._candidates(ss, se)
        return self._cands[key]

    def _candidates(self, ss: int, se: int) -> list[Candidate]:
        text = self.ctx.text
        out = [
            Candidate(self.places[i].start, self.places[i].end, self.places[i].fields["name"], listed=self.listed[i])
            for i in self.inside(ss, se)
            if self.places[i].end <= se and self.location[i] and i not in self.based
        ]
        taken = [(c.start, c.end) for c in out]
        for m in re.finditer(r"(?<![\w-])[A-Z][A-Za-z]+(?![\w-])", text[ss:se]):
            country = _demonyms().get(m.group())
            s, e = ss + m.start(), ss + m.end()
            if country and not any(a < e and s < b for a, b in taken) and not _kind_not_nationality(text, e):
                out.append(Candidate(s, e, gazetteer.canonical(country) or country, demonym=True))
        for m in _place_words_rx().finditer(text, ss, se):
            s, e = m.start(), m.end()
            tok = _root(_tokens(self.ctx, s, e))
            if tok is not None and not any(a < e and s < b for a, b in taken):
                modifier = tok.dep_ in ("amod", "compound", "nmod")  # "mainland clinics", not "on the mainland"
                listed = self._word_listed(s, e)  # "on the mainland and in Northland"
                out.append(Candidate(s, e, _place_words()[m.group()], demonym=modifier, listed=listed))
        none = [(m.start(), m.end()) for m in patterns("place_no_single.txt").finditer(text, ss, se)]
        for rx, lvl in _anaphora():
            for m in rx.finditer(text, ss, se):
                if re.match(r" of [A-Z]", text[m.end() : m.end() + 5]):
                    continue  # "the city of Northfield": the place is named, not referred back to
                if not any(a < m.end() and m.start() < b for a, b in none):  # "inside and outside the city"
                    out.append(Candidate(m.start(), m.end(), self.earlier(m.start(), lvl, ss)))
        out.extend(Candidate(a, b, None) for a, b in none)
        for j in range(bisect_left(self.org_starts, ss), bisect_left(self.org_starts, se)):
            o = self.orgs[j]
            name = o.fields.get("name") or text[o.start : o.end]
            place = self.seats.get(name) or self.body_place(o) or _body_territory(o)  # where the text seats it first
            if place is not None and o.end <= se and not _owns_figures(name):  # a company's figures are its own
                out.append(Candidate(o.start, o.end, place, body=True))
        return out

    def fronted_place(self, ss: int, se: int) -> str | None:
        """The place a sentence opens with as its setting, before a comma ("In Northfield, the trust runs four
        hospitals", "Across Eastbank province, ..."): what the sentences after it in its paragraph are about; or the
        place in the name of the one body the article names whose name holds the words it opens with ("At Marsh, visits
        rose 9%" after "Northfield Marsh Hospital": Northfield)."""
        m = _FRONTED.match(self.ctx.text, ss, se)
        if m is None:
            return None
        for i in self.inside(ss, se):
            p = self.places[i]
            if p.start == m.end() and self.location[i]:
                rest = self.ctx.text[p.end : min(se, p.end + LABEL_CHARS)]
                return p.fields["name"] if re.match(r"(?: [a-z]+)?,", rest) else None
        short = _SHORT_NAME.match(self.ctx.text, m.end(), se)
        if short is None or self.org_at(m.end()) is not None:
            return None
        words_ = rf"(?<![\w'’-]){re.escape(short.group(1))}(?![\w'’-])"
        bodies = {o.fields["name"] for o in self.orgs if re.search(words_, o.fields["name"])}
        return _body_place(next(iter(bodies))) if len(bodies) == 1 else None

    def subject_place(self, ss: int, se: int) -> str | None:
        """A place named in the subject of sentence [ss, se) ("Northfield has opened ...", "the Northfield
        health system will ..."); not one of several places listed together ("groups led by the hospitals of
        Northfield, Eastbank and Westfield"); of several, the one nearest the subject's head ("the city's 4 groups,
        led by the hospitals of Eastbank": the city)."""
        found: list[tuple[int, int, str]] = []
        spans = [
            (p.start, p.end, p.fields["name"])
            for i, p in ((i, self.places[i]) for i in self.inside(ss, se))
            if p.end <= se and self.location[i] and i not in self.based and not self.listed[i]
        ]
        for rx, lvl in _anaphora():
            for m in rx.finditer(self.ctx.text, ss, se):
                if not re.match(r" of [A-Z]", self.ctx.text[m.end() : m.end() + 5]):
                    spans.append((m.start(), m.end(), self.earlier(m.start(), lvl)))
        roots = [(start, end, name, _root(_tokens(self.ctx, start, end))) for start, end, name in spans]
        for start, end, name, tok in roots:
            for depth, t in enumerate([tok, *tok.ancestors] if tok is not None and name else []):
                if t.dep_ in _SUBJECTS:
                    origin = _origin(tok)
                    where = origin and next(
                        (n for _, _, n, r in roots if r is not None and n and _locative(r, t)), None
                    )  # "74 Northland doctors worked in Southland": the doctors' origin, the verb's place
                    if where or not origin:  # "512 Northland doctors held licences to practise ...": no subject place
                        found.append((depth, start, where or name))
                    break
        return min(found)[2] if found else None

    def owner(self, head, off: int) -> str | None:
        """Whose a figure is when no place is in its clause: the place in the name of the body that owns it
        ("Eastbank District Health Bureau reported ..."), "" for a company, a university or a programme (a place in
        its name is part of its name: "Northfield Kestrel University has 32,000 students"), for several parties
        (`_joint_subject`) or for a whole-country total ("national spending", "nationally"), None when the text
        names no such owner (then the place an earlier sentence or the article is about counts). `off` is where the
        parsed line of `head` starts."""
        owners = _owners(head)
        for c in [head, head.head, *owners]:
            if any(
                w.text.casefold() in _whole_words()
                for m in c.lefts
                if m.dep_ in ("amod", "advmod", "compound", "npadvmod", "prep")
                for w in m.subtree
            ):
                return ""
        if _joint_subject(head, self.in_body(off)):
            return ""  # "the two hospitals together performed 700 transplants": a figure of several bodies
        if _of_deal(head, owners):
            return ""  # "a £2 million supply contract", "the deal, worth £2 million, was signed": the deal's own
        for noun in _at_nouns(_counted_noun(head)):
            seated = self.thing_place(noun, off)
            if seated is not None:
                return seated  # "900 beds at the hospital", "three floors of the hospital"
        for noun in _clause_at_nouns(head):
            seated = self.thing_place(noun, off)
            if seated is not None:
                return seated  # "152 residents were living in the homes": where the homes were seated
            body = self.referred_body(noun, off)
            if body is not None:  # "HK$8 million was spent at the hospital": where the hospital is
                name = self.full_name(body.fields.get("name") or self.ctx.text[body.start : body.end])
                seated = self.seats.get(name) or self.body_place(body) or _body_territory(body)
                if seated is not None:
                    return seated
        for t in owners:
            org = self.org_at(off + t.idx)
            if org is not None:
                name = org.fields.get("name") or self.ctx.text[org.start : org.end]
                return "" if _owns_figures(self.full_name(name)) else self.body_place(org)
            if self.company_word(t, off):
                return ""  # "Kelby's overseas revenue grew to ...", Kelby a word of "Eastbank Kelby Biotech"
            body = self.referred_body(t, off)
            if body is not None:
                name = self.full_name(body.fields.get("name") or self.ctx.text[body.start : body.end])
                if _owns_figures(name):
                    return ""
                return self.seats.get(name) or self.body_place(body) or _body_territory(body) or None
            if t.text.casefold() in _RELATIVES and t.head.dep_ == "relcl":
                t = t.head.head  # "the hospital, which has 900 beds": the hospital
            for noun in (t, *_at_nouns(t)) if not _sayer(t) else ():
                seated = self.thing_place(noun, off)
                if seated is not None:
                    return seated  # "the plant" of "a plant in Northfield", "occupancy at the home"
            if t.lemma_.casefold() in _owner_nouns() or t.text.casefold() in _owner_nouns():
                return ""
        return None

    def referred_body(self, tok, off: int) -> Mention | None:
        """The body a noun with "the" or "this" stands for: the nearest body named before it whose name ends with
        that noun, in its paragraph or an earlier one ("Kelby Medical Centre, a hospital in Eastbank ... the centre
        treated 900 patients"), or None; with "his" or "her", the body of the person last named before it in its
        paragraph, when the noun is that body's last word ("Dr A B of Kelby Hospital said his hospital treated ...")."""
        if tok.pos_ == "NOUN" and any(c.dep_ == "poss" and c.text.casefold() in ("his", "her") for c in tok.children):
            return self._persons_body(tok, off)
        if tok.pos_ != "NOUN" or not any(
            c.dep_ == "det" and c.text.casefold() in _BACK_DETERMINERS[:2] for c in tok.children
        ):
            return None
        pos = off + tok.idx
        named = self._by_last_word().get(tok.text.casefold(), [])
        for j in range(bisect_left(named, pos, key=lambda k: self.orgs[k].start) - 1, -1, -1):
            if self.orgs[named[j]].end <= pos:
                return self.orgs[named[j]]
        return None

    def _persons_body(self, tok, off: int) -> Mention | None:
        """The body of the person a "his"/"her" before the noun `tok` stands for (see `referred_body`)."""
        pos = off + tok.idx
        ps = self.ctx.paragraph_at(pos)[0]
        before = [p for p in self.people if ps <= p.start and p.end <= pos]
        aff = before[-1].fields.get("affiliation") if before else None
        if not aff or tok.text.casefold() not in last_head(aff) | {aff.split()[-1].casefold()}:
            return None  # "his hospital" of "First Hospital of X", or of "X Hospital"
        return next((o for o in self.orgs if (o.fields.get("name") or "") == aff), None)

    def _by_last_word(self) -> dict[str, list[int]]:
        """Last word of each body's name (case-folded) -> the indexes of the bodies so named, in order of place."""
        if self._last_words is None:
            self._last_words = {}
            for k, o in enumerate(self.orgs):
                words = re.sub(r"['’]s$", "", o.fields.get("name") or self.ctx.text[o.start : o.end]).split()
                if words:
                    self._last_words.setdefault(words[-1].casefold(), []).append(k)
        return self._last_words

    def things(self) -> tuple[list[int], list[tuple[str, str]]]:
        """Things the text brings in and seats in a place, in the order they are named, as (position, (noun,
        place)): a noun with "a" or a possessor and "in" or "at" a place ("a plant in Northfield", "its campus at
        Eastbank", "a centre for research on ageing in Northfield") or the object of a verb that does so ("will build
        a plant in Northfield"), not a body whose figures are its own or people (`_own_figures_noun`); and a body
        whose figures count for its place, by the last word of the head of its name, with the place the text seats it
        in or its name gives ("Eye Centre of the Northfield Hospital": "centre", Northfield)."""
        if self._things is None:
            found: list[tuple[int, str, str]] = []
            for i, p in enumerate(self.places):
                if not self.location[i] or i in self.based or self.listed[i] or i in self.container:
                    continue
                at = self.ctx.token_at(p.start)
                tok = _root(_tokens(self.ctx, p.start, p.end))
                noun = _phrase_head(tok) if tok is not None else None
                if at is None or noun is None or noun.dep_ != "pobj" or noun.head.text.casefold() not in _SCENE_PREPS:
                    continue
                held, moved, gov = [], set(), noun.head.head
                for _ in range(3):  # "a centre on healthy ageing in Northfield": the centre, however it hangs
                    if gov.pos_ == "VERB":
                        held += [c for c in gov.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"]
                        to = [  # "move to approved homes in Northfield": where they go is there too
                            g
                            for c in gov.children
                            if c.dep_ == "prep" and c.text.casefold() in _INTO
                            for g in c.children
                            if g.dep_ == "pobj" and g.pos_ == "NOUN"
                        ]
                        held += to
                        moved |= {g.i for g in to}
                        break
                    if gov.pos_ == "NOUN":
                        held.append(gov)
                        if gov.dep_ == "pobj" and gov.head.text.casefold() in _INTO:
                            moved.add(gov.i)  # "move to care homes in Northfield"
                    if gov.dep_ != "pobj" or gov.head.dep_ != "prep":
                        break
                    gov = gov.head.head
                found += [
                    (at[0] + t.idx, _singular(t.text), p.fields["name"])
                    for t in held
                    if _introduced(t, t.i in moved) and not _own_figures_noun(t.text)
                ]
            for o in self.orgs:
                name = self.full_name(o.fields.get("name") or self.ctx.text[o.start : o.end])
                typed = org_cues.type_of(name)
                if typed is None or _owns_figures(name):
                    continue
                place = self.seats.get(name) or self.body_place(o) or _body_territory(o)
                if place is not None:
                    found.append((o.start, _singular(typed[1].split()[-1]), place))
            found.sort()
            self._things = ([f[0] for f in found], [(f[1], f[2]) for f in found])
        return self._things

    def thing_place(self, tok, off: int) -> str | None:
        """For a noun with "the" or "this" ("the plant", "this campus"), the place of the nearest thing of that name
        the text brought in and seated in a place before it, anywhere in the article ("Kelby opened a plant in
        Northfield ... Output at the plant reached 2 million units": Northfield); None when it stands for nothing
        seated before."""
        if (
            tok.pos_ != "NOUN"
            or not any(c.dep_ == "det" and c.text.casefold() in _BACK_DETERMINERS[:2] for c in tok.children)
            or any(c.dep_ == "nummod" for c in tok.children)
        ):
            return None  # "the two hospitals": several things
        pos, (starts, things) = off + tok.idx, self.things()
        word = _singular(tok.text)
        for j in range(bisect_left(starts, pos) - 1, -1, -1):
            if things[j][0] == word:
                return things[j][1]
        return None

    def company_word(self, tok, off: int) -> bool:
        """Whether a proper noun outside any named body or place is a company's short name: a word of the names of
        bodies the article names, each a body whose figures are its own (`_owns_figures`): "Kelby" of "Eastbank
        Kelby Biotech" and "Kelby Realm Ltd"."""
        pos = off + tok.idx
        i = bisect_right(self.starts, pos) - 1
        if tok.pos_ != "PROPN" or (i >= 0 and self.places[i].end > pos):
            return False
        if self._words is None:
            self._words = {}
            for o in self.orgs:
                name = o.fields.get("name") or self.ctx.text[o.start : o.end]
                for w in set(name.split()):
                    self._words.setdefault(w, set()).add(name)
        names = self._words.get(tok.text, set())
        return bool(names) and all(_owns_figures(n) for n in names)

    def funder(self, amount: Mention) -> str | None:
        """For a sum written right before "from" and a named body ("£4 million from the Northfield Commission"), the
        place of the body it comes from: "" for a body whose figures are its own or that names no place; None when no
        body follows. Read from the words, not the parse, which may hang every "from" of a list of sums on the
        first."""
        m = _FROM_BODY.match(self.ctx.text, amount.end)
        j = bisect_left(self.org_starts, m.end()) if m else len(self.orgs)
        if j == len(self.orgs) or self.orgs[j].start != m.end():
            return None
        org = self.orgs[j]
        name = self.full_name(org.fields.get("name") or self.ctx.text[org.start : org.end])
        if _owns_figures(name):
            return ""
        return self.body_place(org) or _body_territory(org) or self.seats.get(name) or ""

    def in_body(self, off: int):
        """A test of whether a token of the parsed line starting at `off` lies in an organisation's name."""
        return lambda t: self.org_at(off + t.idx) is not None

    def org_at(self, pos: int) -> Mention | None:
        """The organisation mention holding cleaned position `pos`, or None."""
        i = bisect_right(self.org_starts, pos) - 1
        return self.orgs[i] if i >= 0 and self.orgs[i].end > pos else None

    def opening_place(self, ss: int) -> str | None:
        """For a sentence on an item of a list (one of the lines that follow, with no blank line between, a line
        ending with a colon), the place the list's opening line sets ("In Northfield last year:", "Data published
        by the Northfield Health Bureau:"): its subject place, else the one place it names, else the place in the name
        of the one public body it names. None for other sentences or when the opening names no single place."""
        text = self.ctx.text
        start = text.rfind("\n", 0, ss) + 1
        for _ in range(LIST_ITEMS):
            if start == 0:
                return None
            prev = text.rfind("\n", 0, start - 1) + 1
            line = text[prev : start - 1].rstrip()
            if not line:
                return None
            start = prev
            if line.endswith(":"):
                break
        else:
            return None
        line_end = text.find("\n", start)
        found = self.subject_place(start, line_end)
        if found is not None:
            return found
        named = {
            self.places[i].fields["name"]
            for i in self.inside(start, line_end)
            if self.location[i] and i not in self.based and not self.listed[i]
        }
        named |= {
            place
            for j in range(bisect_left(self.org_starts, start), bisect_left(self.org_starts, line_end))
            if (place := _public_body_place(self.orgs[j])) is not None
        }
        return next(iter(named)) if len(named) == 1 else None

    def scene_place(self, ss: int, se: int) -> str | None:
        """The one place sentence [ss, se) sets what it tells in: a place that is, or qualifies, the object of "in"
        or "at" ("will build a plant in Northfield", "opened a clinic in Northfield's Eastbank district"), when the
        sentence names no other place that can say where a figure is; with no place, the place in the name of the
        public body that is its subject ("Eastbank District Hospital opened a wing"); None otherwise."""
        found = set()
        for i in self.inside(ss, se):
            p = self.places[i]
            if p.end > se or not self.location[i] or i in self.based:
                continue
            found.add(p.fields["name"])
            tok = _root(_tokens(self.ctx, p.start, p.end))
            noun = _phrase_head(tok) if tok is not None else None
            if noun is None or noun.dep_ != "pobj" or noun.head.text.casefold() not in _SCENE_PREPS:
                return None
        if not found:  # "Eastbank District Hospital is a 900-bed hospital. Its maternity unit ...": the body's place
            for j in range(bisect_left(self.org_starts, ss), bisect_left(self.org_starts, se)):
                o = self.orgs[j]
                tok = _root(_tokens(self.ctx, o.start, o.end)) if o.end <= se else None
                if tok is not None and tok.dep_ in _SUBJECTS and (place := _public_body_place(o)) is not None:
                    found.add(place)
        return next(iter(found)) if len(found) == 1 else None

    def refers_back(self, ss: int, se: int, named: frozenset[str] = frozenset()) -> bool:
        """Whether sentence [ss, se) goes on about something an earlier sentence named: its main clause's subject is
        a pronoun ("It has 40 beds"), a noun with a possessive pronoun ("Its wards") or a noun with a definite article
        and no name in it that the earlier sentences (`named`: their nouns, singular) use ("a plant" ... "The plant
        will employ 300 people"; not "The number of patients waiting ..."), and it names no place."""
        if any(self.location[i] and self.places[i].end <= se for i in self.inside(ss, se)):
            return False
        root = _root(_tokens(self.ctx, ss, se))
        subj = next((c for c in root.children if c.dep_ in _SUBJECTS), None) if root is not None else None
        if subj is None or any(t.pos_ == "PROPN" for t in subj.subtree):
            return False
        if subj.pos_ == "PRON":
            return subj.text.casefold() in _BACK_PRONOUNS
        marks = {c.text.casefold() for c in subj.children if c.dep_ in ("det", "poss")} & set(_BACK_DETERMINERS)
        # "Its outpatient department ...": the possessive refers back; "The plant ..." only to a plant named before
        return bool(marks & {"its", "their"}) or (bool(marks) and _singular(subj.text.casefold()) in named)

    def _nouns(self, ss: int, se: int) -> frozenset[str]:
        """The nouns of sentence [ss, se), case-folded and singular."""
        return frozenset(_singular(t.text.casefold()) for t in _tokens(self.ctx, ss, se) if t.pos_ == "NOUN")

    def label_place(self, ss: int) -> str | None:
        """The place a line opens with as its label, before a colon ("- Northfield: the city opened 12 clinics"): what
        the line is about. None when the label names no place or several ("Northfield and Eastbank:")."""
        text = self.ctx.text
        start = text.rfind("\n", 0, ss) + 1
        head = _LABEL.match(text, start)
        if head is None:
            return None
        inside = [i for i in self.inside(head.end(), head.end() + LABEL_CHARS) if self.location[i]]
        if not inside or self.places[inside[0]].start != head.end():
            return None
        p = self.places[inside[0]]
        return p.fields["name"] if re.match(r"(?: district| county| city)?:\s", text[p.end : p.end + 12]) else None

    def carried(self, ss: int) -> str | None:
        """The place an earlier sentence is about: the subject place of the nearest earlier sentence of the same
        paragraph that has one (or the place it opens with as its setting, `fronted_place`), else the place its line
        opens with as a label (`label_place`); or, nearer, the place
        a sentence sets what it tells in (`scene_place`) when each sentence after it up to this one, at most
        `SCENE_REACH`, goes on about it (`refers_back`), across a paragraph's end too ("Kelby will build a plant in
        Northfield.\n\nThe plant will be run by a new firm. It will create 180 jobs": Northfield)."""
        if self._carried is None:
            self._carried = {}
            last, para = None, None
            scene, since, named = None, 0, frozenset()
            for s, e in self.ctx.sents:
                p = self.ctx.paragraph_at(s)
                if p != para:
                    last, para = None, p
                back = scene is not None and since < SCENE_REACH and self.refers_back(s, e, named)
                self._carried[s] = scene if back else last or self.label_place(s)
                subject = self.subject_place(s, e) or self.fronted_place(s, e)
                last = subject or last
                if subject is not None:
                    scene = None
                elif (here := self.scene_place(s, e)) is not None:
                    scene, since, named = here, 0, self._nouns(s, e)
                elif back:
                    since += 1
                    named |= self._nouns(s, e)
                else:
                    scene = None
        return self._carried.get(ss)


_FRONTED = re.compile(r"(?:In|At|Across|Throughout|Within) (?:the )?")
"""Words that open a sentence's setting ("In Northfield, ...", "At Marsh, ...")."""
_SHORT_NAME = re.compile(r"([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}),")
"""Capitalised words up to a comma: a body's short name opening a sentence's setting ("At Marsh, ...")."""
LABEL_CHARS = 40
"""Longest place name read as a line's label."""
_LABEL = re.compile(r"[ \t]*(?:[•▪●◦*·‣–-]|\d{1,2}[.)])?[ \t]*")
SCENE_REACH = 2
"""Most sentences after the one that says where something is set that take its place while they go on about it."""
_SCENE_PREPS = ("in", "at")
_RELATIVES = ("which", "that", "who")
_BACK_PRONOUNS = ("it", "they", "this", "these")
_BACK_DETERMINERS = ("the", "this", "these", "its", "their")


@lru_cache(maxsize=1)
def _owner_nouns() -> frozenset[str]:
    return lower_words("amount_owner_nouns.txt")


@lru_cache(maxsize=1)
def _whole_words() -> frozenset[str]:
    return lower_words("amount_whole_words.txt")


_PRONOUNS = ("it", "its", "they", "their", "itself")
_OWNER_PREPS = ("across", "under", "through", "within")


def _owners(head) -> list:
    """The words that may say whose a figure is, nearest first: the possessor of the counted noun ("the company's
    sales of ..."), the subject of the figure's clause and its possessor ("Realm Ltd employs 800 people", "the
    programme's budget rose to ..."), the object of "across/under/through" on that clause ("across the scheme,
    800 patients ..."), the body it is "according to"; a pronoun defers to the subject of the clause above ("Realm
    said its profits rose ...")."""
    noun = _counted_noun(head)
    out = [c for c in noun.children if c.dep_ == "poss"]
    verb = next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), None)
    for _ in range(3):
        if verb is None:
            break
        subj = [c for c in verb.children if c.dep_ in _SUBJECTS and c.i != noun.i]
        out += [p for s in subj for p in s.children if p.dep_ == "poss"] + subj
        out += [g for c in verb.children if c.dep_ == "prep" and c.text.casefold() in _OWNER_PREPS for g in c.children]
        out += [
            g
            for c in verb.children
            if c.dep_ == "prep" and c.text.casefold() == "according"
            for to in c.children
            if to.text.casefold() == "to"
            for g in to.children
            if g.dep_ == "pobj"
        ]  # "according to the Northfield Health Bureau, 312 patients were ...": the body whose count it is
        if (
            subj
            and subj[0].text.casefold() not in _PRONOUNS
            and not any(p.text.casefold() in _PRONOUNS for p in subj[0].children if p.dep_ == "poss")
        ):
            break
        if verb.dep_ not in ("xcomp", "ccomp", "advcl", "conj"):
            break
        verb = next((t for t in verb.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return [t for t in out if t.text.casefold() not in _PRONOUNS]


def _sayer(tok) -> bool:
    """Whether a word is the subject of a verb of speech (`speech_verbs.txt`), or its possessor ("the bureau said
    ...", "the bureau's spokesman said ..."): who tells a figure, not what it is of."""
    for t in (tok, tok.head) if tok.dep_ == "poss" else (tok,):
        if t.dep_ in _SUBJECTS and patterns("speech_verbs.txt").fullmatch(t.head.text):
            return True
    return False


def _own_figures_class(word: str) -> bool:
    """Whether a word is a class noun (`org_cues.class_nouns`) of a body whose figures are its own: "start-up",
    "maker", "charity"."""
    return org_cues.class_nouns().get(word.casefold()) in _OWN_FIGURE_TYPES


def _own_figures_noun(word: str) -> bool:
    """Whether a noun names a kind of body whose figures are its own (a company, a university, a charity: the owner
    nouns and `org_cues.class_nouns` of those types) or people ("the resident")."""
    w = word.casefold()
    return (
        w in _owner_nouns()
        or _singular(w) in _owner_nouns()
        or _own_figures_class(w)
        or w in _people_nouns()
        or f"{w}s" in _people_nouns()
    )


def _singular(word: str) -> str:
    """A noun without a plural "s" ("clinics" -> "clinic"), in lower case."""
    return re.sub(r"(?<=[^s])s$", "", word.casefold())


def _introduced(noun, moved_to: bool = False) -> bool:
    """Whether a noun brings a new thing into the text: "a" or "an", or a possessor ("a plant", "its campus",
    "Kelby's new clinic"), not "the number of ..." or "the share of ..."; where people move to, a plural with no
    determiner too (`moved_to`: "who move to approved homes in Eastbank")."""
    if moved_to and noun.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return True
    return any((c.dep_ == "det" and c.text.casefold() in ("a", "an")) or c.dep_ == "poss" for c in noun.children)


def _at_nouns(tok) -> list:
    """The nouns a word is "at", "in" or "of" ("occupancy at the home", "storeys of the hospital")."""
    return [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.text.casefold() in ("at", "in", "of")
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _clause_at_nouns(head) -> list:
    """The nouns the verb of a figure's clause is "at" or "in" ("£8 million was spent at the hospital")."""
    verb = next((t for t in [head, *head.ancestors] if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return []
    return [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.text.casefold() in ("at", "in")
        for g in c.children
        if g.dep_ == "pobj" and g.pos_ == "NOUN"
    ]


def _of_deal(head, owners: list) -> bool:
    """Whether a figure is the value of a deal or of a stake in a business (`amount_deal_nouns.txt`): the deal is
    the noun it counts ("a £2 million supply contract"), the noun it is the worth of ("a contract worth £2 million")
    or the subject of its clause ("the deal was extended at a value of £2 million", "the fee under the contract is
    £40,000"); a price per head ("the basic contract costs 120 yuan per person") is no deal's value but a rate."""
    deals = lower_words("amount_deal_nouns.txt")
    noun = _counted_noun(head)
    if any(c.dep_ == "prep" and c.text.casefold() == "per" for c in noun.children):
        return False
    found = [noun, *owners]
    if noun.head.text.casefold() == "worth":
        found.append(noun.head.head)  # "a contract worth £2 million"
    return any(re.sub(r"s$", "", t.text.casefold()) in deals for t in found)


@lru_cache(maxsize=1)
def _joint_words() -> frozenset[str]:
    return lower_words("amount_joint_words.txt")


def _joint_subject(head, body) -> set[int]:
    """Token ids of the subject of the verb of figure `head` when it stands for several parties sharing the figure:
    coordinated bodies ("Kelby Hospital and Realm Clinic will exchange 10 surgeons"; `body` tells whether a token is
    in an organisation's name), or a noun of `amount_joint_words.txt` or one counted or joined by such a word ("the
    partners", "the two hospitals performed 700 transplants", "both universities"); empty otherwise, and for a figure
    inside its subject ("five hospitals gained ...")."""
    noun = _counted_noun(head)
    verb = next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), None)
    words = _joint_words()
    for s in [c for c in verb.children if c.dep_ in _SUBJECTS] if verb is not None else []:
        ids = {t.i for t in s.subtree}
        if head.i in ids:
            continue
        if (
            (body(s) and any(c.dep_ == "conj" and body(c) for c in s.children))
            or (
                not s.like_num
                and not body(s)
                and re.sub(r"s$", "", s.text.casefold()) in words
                and not (
                    s.tag_ == "NN" and any(c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" for c in s.children)
                )
            )  # "the Northland side" is one party
            or any(c.dep_ in ("nummod", "det", "predet") and c.text.casefold() in words for c in s.children)
        ):
            return ids
    return set()


@lru_cache(maxsize=4096)
def _owns_figures(name: str) -> bool:
    """Whether a named body's figures are its own rather than its place's: a company, an association ("Kestrel Health
    Partners", "the Kestrel Society"), or a body whose head word is one of the owner nouns ("Kestrel University"); a
    hospital's beds or a bureau's staff count for its place."""
    typed = org_cues.type_of(name)
    if typed is None:
        return False
    kind, head = typed
    return kind in _OWN_FIGURE_TYPES or head.split()[-1].casefold() in _owner_nouns()


def _national(name: str) -> bool:
    """True for a country (too broad to be where an article's figures are), not a city-like territory."""
    return _name_level(name) == "country" and name not in _local_countries()


_PAIRED = re.compile(r"(?<=[a-z])\s?[-–]\s?(?=[A-Z])")
"""A hyphen joining two names ("University of Westland-Northfield Hospital")."""


@lru_cache(maxsize=4096)
def _body_place(name: str, towns: frozenset[str] = frozenset()) -> str | None:
    """The first place below country level written in an organisation's name, the city before its district
    ("Northfield People's Hospital" -> Northfield; "Northfield Eastbank Hospital" -> Northfield; "Eastbank District
    Health Bureau" -> Eastbank District), after the last hyphen joining two names, where the body is ("University of
    Westland-Northfield Hospital" -> Northfield), or None."""
    found = _body_places(_PAIRED.split(name)[-1], towns) or _body_places(name, towns)
    return found[0] if found else None


def _body_places(name: str, towns: frozenset[str] = frozenset()) -> list[str]:
    """The places below country level written in an organisation's name, in order ("Northfield Eastbank Hospital"
    -> Northfield, Eastbank), the word of a people that opens it standing for its place ("Welsh Government" ->
    Wales); `towns` are the towns the article names as places, which count as well ("Tarnby Hospital" where the
    text lists "Tarnby" among its towns); a zone whose name opens with its city's stands for the city."""
    found: list[str] = []
    first = name.split()[0] if name.split() else ""
    demonym = gazetteer.canonical(_demonyms().get(first, "")) if first != name else None
    if demonym is not None and not _national(demonym):
        found.append(demonym)
    for m in re.finditer(r"[A-Z][\w'’.]*(?: [A-Z][\w'’.]*){0,3}", name):
        toks = re.sub(r"['’]s$", "", m.group()).split()
        i = 0
        while i < len(toks):
            for n in range(len(toks) - i, 0, -1):
                words_ = " ".join(toks[i : i + n])
                canon = gazetteer.canonical(words_) or (words_ if words_ in towns else None)
                city = gazetteer.district_city(canon) if canon is not None else None
                if city is not None and canon.startswith(f"{city} "):
                    canon = city  # "Shenzhen Bay Union Hospital": a zone named after its city names the city
                if canon is not None and not _national(canon):
                    found.append(canon)
                    i += n
                    break
                if (
                    n == 2
                    and gazetteer.level_words().get(toks[i + 1].casefold()) == "district"
                    and toks[i][0].isupper()
                ):
                    found.append(" ".join(toks[i : i + 2]))  # a district the reference data does not hold
                    i += 2
                    break
            else:
                i += 1
    return found


def _public_body_place(org: Mention) -> str | None:
    """The local place in the name of a public body that serves it ("Northfield Municipal Health Commission",
    "Northfield People's Hospital" -> Northfield): a mention of the place it serves. A company, an association or a
    body whose figures are its own ("Northfield Daily", "Northfield Kestrel University") is no such mention."""
    name = org.fields.get("name") or ""
    typed = (org.fields.get("org_cues") or {}).get("type")
    if not name or not typed or typed[0] not in _PUBLIC_TYPES or _owns_figures(name):
        return None
    return _body_place(name)


_PUBLIC_TYPES = ("government", "hospital")
"""Types of body that serve the place in their name."""

_TERRITORY_CUES = ("represents", "known", "branch", "name")
"""Cue levels (`org_cues.LEVELS`) that say from the name or a registry where a body is."""


def _body_territory(org: Mention) -> str | None:
    """Hong Kong or Macao for a body whose name or registry entry places it there ("the Hospital Authority" of the
    registry, "Harbour SAR Medical Council"): a territory is a place a figure can be about, a country is too broad."""
    for cue in (org.fields.get("org_cues") or {}).get("jurisdiction", []):
        if cue.get("level") in _TERRITORY_CUES:
            place = gazetteer.canonical(cue.get("label") or "")
            return place if place is not None and not _national(place) else None
    return None


_DESTINATIONS = ("into", "to", "at", "in", "for")
_INTO = ("to", "into")
"""Prepositions of where a figure's clause sends what it counts ("sold £5 million of machinery to Northland")."""


def _object_on_clause(noun, head, preps: tuple[str, ...]) -> bool:
    """Whether `noun` is the object of one of `preps` on a verb the figure `head` belongs to, or on that verb's
    object when the figure is its subject ("12,000 people used vouchers at Northland clinics")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.text.casefold() not in preps:
        return False
    verb = prep.head
    if verb.dep_ == "dobj" and verb.pos_ == "NOUN" and _counted_noun(head).dep_ in _SUBJECTS:
        verb = verb.head
    return verb.pos_ in ("VERB", "AUX") and any(t.i == verb.i for t in head.ancestors)


def _destination(noun, head, own: set[int]) -> bool:
    """Whether `noun` is where the figure goes or is: the object of "into/to/at/in/for" on the verb the figure
    belongs to ("invest £8m in Northland hospitals", "study at Northland colleges"), or of "for/into" on the money
    the figure is ("brings US$2 billion in Eastland money for Northland firms")."""
    if _object_on_clause(noun, head, _DESTINATIONS):
        return True
    money = noun.head.head
    return (
        noun.dep_ == "pobj"
        and noun.head.text.casefold() in ("for", "into")
        and money.text.casefold() in lower_words("amount_origin_money.txt")
        and (money.i in own or _object_on_clause(money, head, _DESTINATIONS))
    )


def _phrase_head(tok):
    """The head noun of the phrase a modifier stands in ("firms" of "British biotech and life sciences firms")."""
    while tok.dep_ in ("compound", "nmod", "amod") and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i != tok.i:
        tok = tok.head
    return tok


@lru_cache(maxsize=1)
def _people_nouns() -> frozenset[str]:
    return lower_words("amount_origin_nouns.txt")


_ORIGIN_AFTER = re.compile(r"(?: and [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)?(?:-born|-registered|-trained)? ([a-z]+)\b")
"""What may follow a place qualifying people: another place ("Northland and Southland residents"), then the noun."""


def _of_origin(text: str, end: int) -> bool:
    """Whether the place ending at `end` qualifies people by where they come from ("Northland residents", "Northland
    and Southland doctors", `amount_origin_nouns.txt`)."""
    m = _ORIGIN_AFTER.match(text, end, end + 40)
    return bool(m) and m.group(1) in _people_nouns()


@lru_cache(maxsize=1)
def _origin_verbs() -> frozenset[str]:
    return lower_words("amount_origin_verbs.txt")


def _ranking_domain(root) -> bool:
    """Whether a place is the field a ranking is over ("ranked first in the province", "the largest in
    Northland"), read from the word the "in" phrase hangs on and that word's modifiers; a counted noun is a cohort,
    not a rank ("its first 90 students in Northfield")."""
    if root.dep_ != "pobj" or root.head.text.casefold() not in ("in", "among", "across"):
        return False
    gov = root.head.head
    ranks = lower_words("amount_rank_domain.txt")
    if any(c.dep_ == "nummod" for c in gov.children):
        return False
    return gov.text.casefold() in ranks or any(c.text.casefold() in ranks for c in gov.children)


_LOCATIVES = ("in", "at", "on", "across", "within", "throughout")
_QUALIFIERS = ("amod", "compound", "nmod")
"""Arcs of a word that qualifies a noun ("mainland cities", "Northfield clinics")."""


def _locative(root, head) -> bool:
    """Whether a place is where the figure's clause happens: the object of "in/at/across" (or its possessor, what a
    part of it is "of", or where the noun it is "at" or "in" stands) on a verb the figure belongs to ("Northfield
    built 40 clinics in Eastbank District", "invested 2 million in Eastbank's hospitals", "across the western part of
    Eastbank", "used vouchers at a clinic in Eastbank" or "at an Eastbank clinic"), or on the preposition the figure
    is the object of ("to 1.9 in Eastbank"); such a place says where the figure is before the clause's subject
    does."""
    noun = root.head if root.dep_ == "poss" and root.head.dep_ == "pobj" else root
    seat = noun.head.head if noun.dep_ == "pobj" and noun.head.text.casefold() in ("in", "at") else None
    if root.dep_ in _QUALIFIERS:
        seat = root.head
    if seat is not None and seat.pos_ == "NOUN" and _object_on_clause(seat, head, ("at", "in")):
        return True  # "used vouchers at a hospital in Eastbank", "at an Eastbank clinic": where the clause is
    if seat is not None and seat.dep_ == "prep" and any(c.i == head.i for c in seat.children):
        return True  # "ranged from 5.2 in Westbank to 1.9 in Eastbank": the place on the figure's own "to"
    part = noun.head.head if noun.dep_ == "pobj" and noun.head.text.casefold() == "of" else None
    if (
        part is not None
        and part.pos_ == "NOUN"
        and part.text.casefold() not in gazetteer.level_words()  # "in the city of Northfield" names it
        and _object_on_clause(part, head, _LOCATIVES)
    ):
        return True  # "across the mainland part of Northfield", "in the north of Northfield"
    return _object_on_clause(noun, head, _LOCATIVES)


def _purpose_place(root, head) -> bool:
    """Whether a place is where the figure's clause sends its subject to act: the object of "in/at" on a verb of
    purpose that the figure's verb governs ("86 nurses hold permits to practise in Eastbank", "raised £5 million to
    build a plant in Eastbank"); such a place says where the figure is before the people's origin does."""
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.text.casefold() not in _LOCATIVES:
        return False
    verb = prep.head
    return (
        verb.pos_ == "VERB"
        and verb.dep_ in ("xcomp", "advcl")
        and any(c.dep_ == "aux" and c.text.casefold() == "to" for c in verb.children)
        and any(t.i == verb.head.i for t in head.ancestors)
    )


def _journey_end(root, head) -> bool:
    """Whether a place is where a journey of the figure's clause went: the object of "to" on a journey noun
    (`amount_journey_nouns.txt`) that is the figure's clause's subject, object or the noun of one of its phrases ("a
    UK trade mission to Northland closed with £20 million of deals", "signed deals worth £5m during a visit to
    Eastport"); the deals were made there, whatever the travellers' home. Not for a figure inside the journey's own
    phrase ("a mission of 28 Westland firms to Northland": the travellers, from their home). Looked for however far
    the place stands from the figure in the parse."""
    trip = root.head.head if root.dep_ == "pobj" and root.head.text.casefold() == "to" else None
    if trip is None or re.sub(r"s$", "", trip.text.casefold()) not in lower_words("amount_journey_nouns.txt"):
        return False
    clause = _clause(head)
    inside = any(t.i == trip.i for t in [head, *head.ancestors])  # "a mission of 28 firms": the travellers
    return clause is not None and _clause(trip) == clause and not inside


def _flow_end(root, prep: str, lexicon: str = "amount_flow_nouns.txt") -> bool:
    """Whether a place is the object of `prep` on a noun of a flow of goods or money (`amount_flow_nouns.txt`):
    "to" its market ("Westland exports to Northland"); with `amount_inflow_nouns.txt`, "from" the source of what
    a buyer gets ("Northland's imports from Westland")."""
    return (
        root.dep_ == "pobj"
        and root.head.text.casefold() == prep
        and re.sub(r"s$", "", root.head.head.text.casefold()) in lower_words(lexicon)
    )


def _partner(root) -> bool:
    """Whether a place is named as a partner ("ties with Northland", "an exchange with Northland", the source of
    what a buyer gets: "Northland's imports from Westland") or as where the figure is not ("a tenth of whom
    qualified outside Northland")."""
    if root.dep_ != "pobj":
        return False
    return _flow_end(root, "from", "amount_inflow_nouns.txt") or root.head.text.casefold() in (
        "with",
        "outside",
        "beyond",
    )


def _share_whole(root, head) -> bool:
    """Whether a place possesses the whole a share is "of" ("41 percent of the city's beds", "a third of
    Northland's nurses"): the share's own phrase names the whole, not where the share is."""
    noun = root.head if root.dep_ == "poss" else None
    return noun is not None and noun.dep_ == "pobj" and noun.head.text.casefold() == "of" and noun.head.head.i == head.i


def _clause_subjects(head) -> list:
    """The subjects of the nearest verb above a figure, for `_share_whole`."""
    verb = next((t for t in [head, *head.ancestors] if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return []
    return [c for c in verb.children if c.dep_ in _SUBJECTS]


def _subject_of(tok, subjects: list) -> bool:
    """Whether a place's word is one of `subjects` or qualifies one ("Eastbank" of "Eastbank district")."""
    return tok is not None and (tok in subjects or (tok.dep_ in _QUALIFIERS and tok.head in subjects))


def _landmark(root) -> bool:
    """Whether a place is the landmark of a bearing (`compass_words.txt`: "west of Northfield", "40 km north of
    Eastbank"): what places another thing, not where a figure is."""
    return (
        root.dep_ == "pobj"
        and root.head.text.casefold() == "of"
        and root.head.head.text.casefold() in lower_words("compass_words.txt")
    )


def _venue(root) -> bool:
    """Whether a place is where a statement was made: reached from a verb of speech (`speech_verbs.txt`) through its
    "at/in" phrases only ("..., said Ann Lee at a news conference in Northfield", "she told reporters in Northfield"):
    where a figure was told, not what it is about."""
    tok = root
    for _ in range(3):
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep" or tok.head.text.casefold() not in ("in", "at"):
            return False
        gov = tok.head.head
        if gov.pos_ in ("VERB", "AUX"):
            # "1,020 beds were added in Northfield": a verb of speech in the passive says nothing was told
            passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in gov.children)
            return bool(patterns("speech_verbs.txt").fullmatch(gov.text)) and not passive
        if gov.pos_ != "NOUN":
            return False
        tok = gov
    return False


_AGGREGATES = ("average", "mean", "median", "total", "maximum", "minimum")
"""Nouns a figure is the "of" phrase of as the object of its verb ("waited an average of 12 days", "treated a total
of 900 patients"): the verb's subject is what the figure measures."""
_STANDARDS = ("than", "against", "compared")
"""Words that open the standard a figure is compared with."""
_BOUNDS = ("below", "above", "under", "over")
"""Words that open a standard when it is an average ("well below the average for Northland")."""
_AVERAGES = ("average", "mean", "median", "norm", "figure", "level")
"""Nouns of a standard that a bound word compares with."""


_PART_AFTER = re.compile(
    r"[^.;]*?,\s*(?:about |some |around |nearly |almost |more than |over )?(?:\d[\d,.]*|[a-z]+) "
    r"(?:of )?(?:them|whom|which)\b"
)
"""A part of a figure set off after it ("2,400 staff, 310 of them in Eastland"): what follows is the part's."""
_STANDARD_FIGURE = re.compile(r"\b(?:against|compared (?:with|to)|than|versus|vs\.?)\s+(?:[^\d.;]{0,20}?)\d[^.;]*$")
"""Between a figure and a place after it: a standard with a figure of its own ("costs 90 yuan at the clinic,
against HK$120 at a clinic in Northland"), whose place the place is."""


def _compared(root, head) -> bool:
    """Whether a place is the standard a figure is compared with ("a third cheaper than in Northland", "more than
    Northland", "only 2.1 doctors per 1,000 people against a Northland average of 2.9", "compared with Northland",
    "well below the average for Northland of 7.2", "waited 12 days, against 6 days in Northland"): the figure is
    about something else. The place may qualify the standard's noun ("a Northland average") or follow it ("the
    average for Northland", "6 days in Northland"); a figure inside the standard's phrase ("2.9", "7.2", "6 days") is
    the standard's own."""
    noun = root.head if root.dep_ in ("compound", "amod", "nmod", "poss") and root.head.pos_ == "NOUN" else root
    for _ in range(2):
        prep = noun.head if noun.dep_ == "pobj" else None
        if prep is None:
            return False
        word, gov = prep.text.casefold(), prep.head.text.casefold()
        if word in _STANDARDS or gov in _STANDARDS or (word in _BOUNDS and noun.text.casefold() in _AVERAGES):
            return not any(t.i == noun.i for t in [head, *head.ancestors])
        # "the average for Northland", "against 6.1 days in Northland": the standard's noun
        standard = prep.head.dep_ == "pobj" and prep.head.head.text.casefold() in _STANDARDS
        if word not in ("for", "in", "of") or not (gov in _AVERAGES or standard):
            return False
        noun = prep.head
    return False


def _origin(root) -> bool:
    """Whether a place in a figure's own phrase says where people or money come from rather than where they are:
    people "from" a place ("six nurses from Northland", "a third of the patients came from Northland", "pledges from
    investors in Northland"), or a place or
    nationality qualifying people or money ("Northland students", "Northland money"), or where people are registered
    or trained (`amount_origin_verbs.txt`: "doctors registered in Northland", "Northland-trained nurses", "46 are
    registered in Northland"), or where things described by a clause were approved (`amount_approval_verbs.txt`:
    "42 drugs that are registered in Northland"), or joined
    to a participle of ownership (`amount_origin_owners.txt`: "Northland-invested clinics"); "12 universities from
    Northland" are in Northland."""
    people = _people_nouns()
    tie = root.head.head if root.dep_ == "pobj" else root.head
    if tie.text.casefold() in _origin_verbs() and tie.head.text.casefold() in people and tie.head.i != tie.i:
        return True  # "doctors registered in Northland", "Northland-registered nurses": where they are from
    if tie.text.casefold() in _origin_verbs() and any(
        c.dep_ in _SUBJECTS and (c.like_num or _people_word(c, people)) for c in tie.children
    ):
        return True  # "Of its 182 doctors, 46 are registered in Northland": where they are from, too
    if tie.dep_ in ("relcl", "acl") and tie.text.casefold() in lower_words("amount_approval_verbs.txt"):
        return True  # "42 drugs that are registered in Northland": the authority that approved them
    if (
        root.dep_ != "pobj"
        and tie.text.casefold() in lower_words("amount_origin_owners.txt")
        and tie.head.pos_ == "NOUN"
    ):
        return True  # "Northland-invested clinics": where their money or owners come from
    if root.dep_ == "pobj" and root.head.text.casefold() == "from":
        noun = root.head.head
        if noun.pos_ in ("VERB", "AUX"):  # "hired six nurses from Northland", "a third of the patients came from"
            return any(c.dep_ in ("dobj", *_SUBJECTS) and _people_word(c, people) for c in noun.children)
    elif root.dep_ == "pobj" and root.head.text.casefold() in ("in", "of"):
        noun = root.head.head  # "pledges from investors in Northland": where the money comes from
        return noun.text.casefold() in people and noun.dep_ == "pobj" and noun.head.text.casefold() == "from"
    else:
        noun = root.head if root.dep_ in ("amod", "compound", "nmod") else None
        if noun is not None and noun.text.casefold() in lower_words("amount_origin_money.txt"):
            return True  # "Northland money for Southland firms"
    return noun is not None and noun.text.casefold() in people


def _people_word(tok, people: frozenset[str]) -> bool:
    """Whether a word is a noun for people, or a part of them ("a third of the patients")."""
    if tok.text.casefold() in people:
        return True
    return any(
        c.dep_ == "prep" and c.text.casefold() == "of" and any(g.text.casefold() in people for g in c.children)
        for c in tok.children
    )


def _relative_subject(root, head) -> bool:
    """Whether a body is what the relative clause holding a figure says does it ("Kelby Hospital, which treats
    about 300 patients a day"): the clause's verb modifies the body and its subject is a relative pronoun."""
    for t in [head, *head.ancestors]:
        if t.dep_ == "relcl":
            return t.head.i == root.i and any(
                c.dep_ in _SUBJECTS and c.text.casefold() in ("which", "that", "who") for c in t.children
            )
    return False


def _describes_other(root, head, own: set[int]) -> bool:
    """True when a candidate sits in a relative clause about another noun than the figure's ("Realm, which is based
    in Northland, will give 1 million pounds"): the clause says where that noun is."""
    figure = {head.i, *(t.i for t in head.ancestors)}
    for t in [root, *root.ancestors]:
        if t.i in figure:
            return False
        if t.dep_ == "relcl":
            return t.head.i not in own and t.head.i != head.i
    return False


def _clause_of_place(head) -> set[int]:
    """Token ids of the words a "where" clause holding the figure describes ("in Eastbank, where 22 of the 64
    clinics have no doctor"): the clause is about that place, however its parts are joined."""
    out: set[int] = set()
    for t in [head, *head.ancestors]:
        if t.dep_ == "relcl" and any(
            c.dep_ == "advmod" and c.text.casefold() == "where" for v in (t, *t.conjuncts) for c in v.children
        ):
            out.add(t.head.i)
    return out


def _reporting_subjects(head) -> set[int]:
    """Token ids of the subject of the verb whose complement clause holds the figure ("Eastbank district reported that
    the share of first visits at clinics rose from 39% to 51%": Eastbank's share), as if it were the figure's own
    clause."""
    for t in [head, *head.ancestors]:
        if t.dep_ == "ccomp":
            return {c.i for c in t.head.children if c.dep_ in _SUBJECTS}
    return set()


def _of_subject(noun, subject) -> bool:
    """Whether `noun` is the subject a figure measures ("Northland exports rose by 5%"), what that subject is "of"
    ("exports of Northland cheese rose by 5%") or where that subject is ("fees at Northland clinics rose by 10%")."""
    if subject is None:
        return False
    return noun.i == subject.i or (
        noun.dep_ == "pobj" and noun.head.text.casefold() in (*_LOCATIVES, "of") and noun.head.head.i == subject.i
    )


def _measured_subject(head):
    """The subject a figure measures when it is the object or the "by", "to", "at" or "from" phrase of its verb
    ("Northland exports will rise by $3 billion", "the Northland market was valued at $2 billion", "beds in the
    district rose from 900 to 1,200"): its adjective of nationality, and a place in its phrase, say where the figure
    is."""
    tok = head
    if tok.dep_ == "pobj" and tok.head.text.casefold() == "of" and tok.head.head.text.casefold() in _AGGREGATES:
        tok = tok.head.head  # "patients in Northland waited an average of 12 days": the average is the object
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.text.casefold() in ("by", "to", "at", "from"):
        tok = tok.head
    if tok.dep_ not in ("dobj", "prep", "attr", "npadvmod") or tok.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = tok.head
    for _ in range(3):
        subj = [c for c in verb.children if c.dep_ in _SUBJECTS]
        if subj:
            return subj[0]
        if verb.dep_ not in ("xcomp", "ccomp", "advcl"):
            return None
        verb = verb.head
    return None


_SPANS = ("years", "months", "weeks", "days")
"""Units of a span of time."""
_DURATIONS = (*_SPANS, "hours")
"""Units of a span of time that says how long something lasts."""


def _lasts(head) -> bool:
    """Whether a span of time says how long something runs by a verb of lasting (`amount_duration_verbs.txt`): its
    object ("each placement lasts eight weeks", "the course took three years to design") or the object of a
    preposition of duration on it (`amount_duration_preps.txt`: "the grants run for three years", "the contract was
    extended for a further two years"). Such a span is about a place only when its own phrase or its clause names
    one; a span over which a place's figures move ("within two months, sales in the city reached ...") or that
    measures something ("waiting 18 months for approval", "life expectancy reached 81 years") is not one."""
    verb = head.head
    if head.dep_ == "pobj" and verb.text.casefold() in lower_words("amount_duration_preps.txt"):
        verb = verb.head
    elif head.dep_ not in ("dobj", "npadvmod"):
        return False
    return _verb_in(verb, "amount_duration_verbs.txt")


def _term_of_pact(head) -> bool:
    """Whether a span of time is how long a pact or a commitment runs (`amount_term_nouns.txt`): a span that
    qualifies the pact's noun ("a five-year agreement", "a four-year degree"), that is made "of" it ("eight years of
    cooperation") or that the pact runs "for/over" ("renewed its contract with Realm for another three years", "an
    agreement for three years"), or that people bind themselves to by a verb of commitment
    (`amount_term_verbs.txt`: "midwives who pledge to stay for two years")."""
    terms = lower_words("amount_term_nouns.txt")

    def pact(tok) -> bool:
        word = tok.text.casefold()
        return word in terms or re.sub(r"s$", "", word) in terms or tok.lemma_.casefold() in terms

    if head.dep_ in ("amod", "compound", "nmod", "npadvmod") and pact(_phrase_head(head)):
        return True
    if any(
        c.dep_ == "prep" and c.text.casefold() == "of" and any(o.dep_ == "pobj" and pact(o) for o in c.children)
        for c in _counted_noun(head).children
    ):
        return True  # "eight years of exchanges"
    prep = head.head
    if head.dep_ != "pobj" or prep.dep_ != "prep" or prep.text.casefold() not in ("for", "over"):
        return False
    gov = prep.head
    if pact(gov):
        return True
    if any(_commits(v) for v in (gov, gov.head if gov.dep_ == "xcomp" else None) if v is not None):
        return True  # "nurses who pledge to stay in the county for two years"
    return gov.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("dobj", *_SUBJECTS) and pact(_phrase_head(c)) for c in gov.children
    )


def _commits(verb) -> bool:
    """Whether a verb is one of commitment (`amount_term_verbs.txt`), in any of its inflections."""
    return _verb_in(verb, "amount_term_verbs.txt")


def _verb_in(verb, name: str) -> bool:
    """Whether a verb is one the word list `name` holds, in any of its regular inflections."""
    verbs = lower_words(name)
    word = verb.text.casefold()
    stems = {word, *(re.sub(rx, to, word) for rx, to in _INFLECTIONS)}
    return verb.pos_ in ("VERB", "AUX") and not stems.isdisjoint(verbs)


_INFLECTIONS = ((r"s$", ""), (r"d$", ""), (r"ed$", ""), (r"ing$", ""), (r"ing$", "e"), (r"(\w)\1(?:ed|ing)$", r"\1"))
"""Endings of a verb's inflections and what they were cut from ("agreed" -> "agree", "committed" -> "commit")."""


def _plan_period(ix: _Index, head, off: int, ss: int, se: int) -> bool:
    """Whether a span of time is the period a body's plan or commitment runs "over" ("Realm will train 120 nurses
    over three years", "the partners committed £4 million over five years"): about no one place, unless the
    clause's subject names one ("Northfield doubled its clinics over five years" stays Northfield's). `off` is where
    the parsed line of `head` starts."""
    prep = head if head.dep_ == "prep" else head.head  # "over three years" may be the figure's own text
    if head.dep_ not in ("pobj", "prep") or prep.text.casefold() != "over":
        return False
    verb = next((t for t in prep.ancestors if t.pos_ in ("VERB", "AUX")), None)
    subj = [c for c in verb.children if c.dep_ in _SUBJECTS] if verb is not None else []
    for s in subj:
        toks = list(s.subtree)
        a, b = off + toks[0].idx, off + toks[-1].idx + len(toks[-1].text)
        if any(c.place is not None and a <= c.start and c.end <= b for c in ix.candidates(ss, se)):
            return False
    return True


def place_of(ctx: Context, amount: Mention, places: list[Mention], index: _Index | None = None) -> str | None:
    """The place figure `amount` is about, or None (see the module's docstring for the rule).

    Order: a candidate in the figure's own noun phrase, then one in its clause (nearest in the parse), then the
    body that owns it, then `FALLBACK`; a zone named after the place it lies in is that place (`settled`)."""
    found = _place_of(ctx, amount, places, index)
    return settled(found) if found else found


def settled(name: str) -> str:
    """The place a zone's name opens with, for a zone named after the place it lies in ("Tollan Kelby-Lisk In-Depth
    Cooperation Zone" -> "Tollan"); any other name as it is."""
    if gazetteer.is_place_name(name):
        return name
    for n in (3, 2, 1):
        head = " ".join(name.split()[:n])
        if len(name.split()) > n and gazetteer.is_place_name(head) and _zone_tail().fullmatch(name[len(head) :]):
            return head
    return name


@lru_cache(maxsize=1)
def _zone_tail() -> re.Pattern:
    """The capitalised words after a zone's opening place, ending in a zone word (" Kelby-Lisk Cooperation Zone")."""
    return re.compile(rf"(?: [A-Z][\w'’-]*)*? (?:{org_cues.zone_names()})")


def _place_of(ctx: Context, amount: Mention, places: list[Mention], index: _Index | None = None) -> str | None:
    ix = index or _Index(ctx, places)
    ss, se = ctx.sentence_at(amount.start)
    head = _root(_tokens(ctx, amount.start, amount.end))
    if head is None:
        return None
    off = ctx.token_at(amount.start)[0]
    if amount.fields.get("unit") in _SPANS and (_term_of_pact(head) or _plan_period(ix, head, off, ss, se)):
        return None  # the term of a pact, the period of a plan: about no one place
    apposed = _apposed_place(ix, amount, ss)
    if apposed is not None:
        return apposed  # "Xiamen, a city of 5.3 million people on the coast": the figure describes Xiamen
    own = _own_phrase(head)
    subject = _measured_subject(head)
    aside = ix.aside(amount.start)
    joint = _joint_subject(head, ix.in_body(off))
    above = _clause_of_place(head) | {t.i for t in _owners(head) if t.dep_ in _SUBJECTS} | _reporting_subjects(head)
    near, far = [], []
    reach = MAX_PATH + (head.dep_ == "nummod")  # counted from the noun a number counts ("420 nurses")
    named = set()  # nouns a named place qualifies ("in the nine mainland Eastbank cities": cities)
    for c in ix.candidates(ss, se):
        root = _root(_tokens(ctx, c.start, c.end)) if not c.demonym and not c.body else None
        if root is not None and root.dep_ in _QUALIFIERS:
            named.add(root.head.i)
    subjects = _clause_subjects(head)
    beyond: list = []  # places of the sentence too far in the parse, where people are
    origin_nouns: set[int] = set()
    abroad: set[int] = set()  # ids of the candidates that are a nationality of people ("Chinese students at A")
    for c in ix.candidates(ss, se):
        root = _root(_tokens(ctx, c.start, c.end))
        if root is not None and root.i in joint:
            continue  # "Kelby Hospital and Northfield Eye Centre will exchange 10 surgeons": each is one of the parties
        d = _path(head, root)
        journey = d is not None and _journey_end(root, head)
        # a place in the phrase of the subject the figure measures, however deep ("the number of beds in the
        # district's clinics rose from 900 to 1,200"), is the figure's own
        measured = (
            d is not None and subject is not None and not (c.demonym or c.body)
            and subject.left_edge.i <= root.i <= subject.right_edge.i
        )  # fmt: skip
        reached = journey or measured
        if d is not None and d > reach and not reached and not (c.demonym or c.body or c.listed):
            if ix.aside(c.start) in (None, aside) and root.dep_ == "pobj" and root.head.text.casefold() in ("in", "at"):
                beyond.append((d, c.start, c.place, root))  # too far to be the figure's own: where someone is
        if d is None or (d > reach and not reached) or ix.aside(c.start) not in (None, aside):
            continue
        if c.demonym and c.start < amount.end and amount.start < c.end:
            continue  # "two billion British pounds": the currency's own adjective
        noun = _phrase_head(root.head)
        goes = c.demonym and _destination(noun, head, own)
        if c.demonym and not (
            root.dep_ in _QUALIFIERS
            and root.head.pos_ == "NOUN"
            and (noun.i in own or _of_subject(noun, subject) or goes)
        ):
            continue
        in_own, same_clause = root.i in own, _clause(root) == _clause(head) or root.i in above
        if c.body and not (
            in_own or (same_clause and root.dep_ in _SUBJECTS) or _locative(root, head) or _relative_subject(root, head)
        ):
            continue  # a body says where its own figures are: "500 beds at X Hospital", "X Hospital will add 500 beds",
            # and where its clause happens: "spend 12 weeks at X Hospital"
        if _in_absolute(root, head):
            continue  # "revenue rose 8%, with Northland accounting for a quarter": the quarter's place
        if (_flow_end(root, "to") and not (in_own or same_clause)) or _partner(root):
            continue  # "ties with Northland": a partner, "outside Northland": not there; "exports to Northland ...,
            # while imports reached ...": the market of another clause's flow
        if _landmark(root):
            continue  # "a city of 12 million west of Northfield": a bearing's landmark
        if _share_whole(root, head) and any(
            _subject_of(_root(_tokens(ctx, o.start, o.end)), subjects) for o in ix.candidates(ss, se) if o is not c
        ):
            continue  # "Eastbank had 41 percent of the city's beds": the whole the share is of, not its place
        if _venue(root):
            continue  # "said Ann Lee at a news conference in Northfield": where the figure was told
        if c.start >= amount.end and _PART_AFTER.match(ctx.text, amount.end, c.start):
            continue  # "about 2,400 staff, 310 of them in Eastland": the part's place, not the whole's
        if _ranking_domain(root) or _compared(root, head) or _STANDARD_FIGURE.search(ctx.text, amount.end, c.start):
            continue  # "ranked first in the province": what a rank is over; "against a Northland average of 2.9":
            # the standard
        if not in_own and _describes_other(root, head, own):
            continue  # "X, which is based in Northland, will give 1 million": where X is, not the figure
        origin = _origin(root)
        if origin and root.dep_ in _QUALIFIERS:
            people = root.head  # "Northland pensioners": the people a place of origin qualifies
            origin_nouns.add(people.i)
            if people.dep_ == "pobj" and people.head.text.casefold() == "of":
                origin_nouns.add(people.head.head.i)  # "the number of Northland pensioners living in ..."
        purpose = _purpose_place(root, head) or journey
        where = (
            goes or purpose or _locative(root, head) or _object_on_clause(root, head, _INTO) or _flow_end(root, "to")
        )
        # a place named outranks a word for a place qualifying the same noun ("in the nine mainland Eastbank
        # cities": Eastbank)
        beside = c.demonym and root.dep_ in _QUALIFIERS and root.head.i in named
        rank = (origin, not in_own, not where, c.body, beside, d, abs(c.start - amount.start), c.start)
        place = None if c.listed else c.place
        entry = (rank, place)
        (near if in_own or same_clause or purpose or measured else far).append(entry)
        if origin and c.demonym:
            abroad.add(id(entry))
    if near and not all(r[0] for r, _ in near):
        return min(near, key=lambda x: x[0])[1]
    lived = [b for b in beyond if any(a.i in origin_nouns for a in b[3].ancestors)]
    if near and lived:
        # "the number of Northland residents living in care homes in Southland rose": where the people a place of
        # origin qualifies are, when the sentence says it
        return min(lived, key=lambda b: b[:2])[2]
    owner = ix.owner(head, off)
    if owner is not None:
        return owner or None  # the figure of a body, a programme or the whole country: no carried place
    if amount.fields.get("unit") in _DURATIONS and _lasts(head):
        return None  # "the project will run for three years": how long, about no place its clause does not say
    # the nationality of people ("the number of Chinese students at A rose") is never the place of their figure
    return _fallback(ix, ss, se, amount, [x for x in near or far if id(x) not in abroad])


_APPOSED = re.compile(r",? (?:is )?(?:a|an) (?:[\w'’-]+ ){0,3}?(?P<level>[a-z]+) of (?:[a-z]+ ){0,2}")
"""What comes between a place and a figure that an apposition gives it: ", a city of", ", a coastal province of
about"."""


def _apposed_place(ix: _Index, amount: Mention, ss: int) -> str | None:
    """The place an apposition with a word of its level describes by the figure ("Xiamen, a city of 5.3 million
    people": Xiamen), whatever other places the apposition goes on to name ("on China's coast", "west of X")."""
    for c in ix.candidates(ss, amount.start):
        if c.place is None or c.demonym or c.body or c.listed or c.end > amount.start:
            continue
        m = _APPOSED.fullmatch(ix.ctx.text, c.end, amount.start)
        if m and m.group("level") in gazetteer.level_words():
            return c.place
    return None


FALLBACK = ("setting", "paragraph", "series", "currency", "article", "sentence")
"""Where a figure is when neither its own phrase nor its clause says and no body owns it, in this order: the place
its sentence opens with as its setting ("In Northfield, beds rose to 900, while doctors reached 700": both); the place
an earlier sentence of its paragraph is about; the place of the last earlier figure of its paragraph that counts the
same thing ("2,700 people were seen at Northfield clinics in the spring. Across the full year, 5,100 people were
seen": Northfield) ("Northfield opened ... Currently, 80 clinics ..."), or for an item of
a list the place its opening line sets ("In Northfield last year:\n- 61% of children ..."); the place its
currency names (`amount_currency_places.tsv`) when its paragraph names no place and the article's subject lies in
another jurisdiction (a sum in pounds about a British cost in a release set in Eastland); the article's subject;
a place in another clause of its sentence. A currency never outranks a place its sentence or paragraph names ("a fee
of HK$300 at a clinic in Eastbank")."""


def _fallback(ix: _Index, ss: int, se: int, amount: Mention, others: list) -> str | None:
    """The place of a figure by `FALLBACK`; `others` are the ranked candidates of its sentence outside its clause."""
    unit = amount.fields.get("unit")
    for step in FALLBACK:
        if step == "setting":
            found = ix.fronted_place(ss, se)
        elif step == "paragraph":
            found = ix.carried(ss) or ix.opening_place(ss)
        elif step == "series":
            found = ix.series.get(_series_key(ix.ctx, amount))
        elif step == "currency":
            found = _currency_place(unit)
            if (
                found is None
                or others
                or ix.names_place(*ix.ctx.paragraph_at(ss))
                or ix.subject is None
                or gazetteer.jurisdiction(ix.subject) in (None, gazetteer.jurisdiction(found))
            ):
                found = None
        elif step == "article":
            found = ix.subject
        else:
            found = min(others, key=lambda x: x[0])[1] if others else None
            return found
        if found:
            return found
    return None


@lru_cache(maxsize=1)
def _currency_places() -> dict[str, str]:
    return {unit: place for unit, place in table("amount_currency_places.tsv")}


def _currency_place(unit: str | None) -> str | None:
    """The place a sum's currency names ("GBP" -> United Kingdom), None for a currency of no one place or a count."""
    return _currency_places().get(unit or "")


_ITEM_GAP = re.compile(r",\s|\sand\s")
"""What separates two items of a list."""


def _respectively(ctx: Context, amounts: list[Mention], ix: _Index) -> dict[int, str]:
    """ "Northland and Southland had 30 and 40 clinics respectively": figure start -> the place listed at the same
    rank, for lists of figures closed by "respectively" and lists of as many places in the same sentence; the places
    may stand in the list's items ("a home in Leeds and a hospice in Cardiff will get 60 and 40 beds respectively")
    when they are the sentence's only places before the figures, one per item."""
    text, out = ctx.text, {}
    for i, a in enumerate(amounts):
        if not _RESPECTIVELY.match(text, a.end):
            continue
        j = i
        while j > 0 and _FIG_LIST_GAP.fullmatch(text, amounts[j - 1].end, amounts[j].start):
            j -= 1
        figs = amounts[j : i + 1]
        ss, se = ctx.sentence_at(a.start)
        idx = [k for k in ix.inside(ss, se) if ix.places[k].end <= figs[0].start and ix.location[k]]
        run: list[int] = []
        for k in idx:
            if run and _LIST_GAP.fullmatch(text, ix.places[run[-1]].end, ix.places[k].start):
                run.append(k)
            else:
                run = [k]
        if len(run) != len(figs) and len(idx) == len(figs):
            gaps = zip(idx, idx[1:])  # one place per item: a list's "and" or comma between each two
            if all(_ITEM_GAP.search(text, ix.places[x].end, ix.places[y].start) for x, y in gaps):
                run = idx
        if len(figs) >= 2 and len(run) == len(figs):
            for f, k in zip(figs, run):
                out[f.start] = ix.places[k].fields["name"]
    return out


def _gapped(
    ctx: Context, amounts: list[Mention], places: list[Mention], ix: _Index
) -> tuple[dict[int, str], dict[int, tuple[list[Mention], list[Mention]]]]:
    """ "Northfield had 45 clinics, Eastbank 30 and Westbank 12" (`amounts.gapped_name`): figure start -> the place
    each later item stands with, when its name is a place (a body's figures, "followed by Eastbank Hospital with
    8,300", are placed as any body's are); and the first figure's start -> the places and bodies left for it, without
    the items' names."""
    text, items, leads = ctx.text, {}, {}
    lead: Mention | None = None
    names: list[tuple[int, int]] = []

    def close() -> None:
        if lead is not None and names:
            outside = [m for m in (*places, *ix.orgs) if not any(a <= m.start and m.end <= b for a, b in names)]
            leads[lead.start] = ([m for m in outside if m.kind == "place"], [m for m in outside if m.kind != "place"])

    for prev, a in zip(amounts, amounts[1:]):
        span = None
        if ctx.sentence_at(prev.start) == ctx.sentence_at(a.start):
            span = gapped_name(text, prev.end, a.start, a.end)
        if span is None:
            close()
            lead, names = None, []
            continue
        if lead is None:
            lead = prev
        names.append(span)
        name = text[span[0] : span[1]]
        whole = [p for p in places if p.start == span[0] and p.end == span[1]]
        place = whole[0].fields.get("name") if whole else gazetteer.canonical(name)
        if place:
            items[a.start] = place
    close()
    return items, leads


def _funded(ctx: Context, amounts: list[Mention], ix: _Index) -> dict[int, str]:
    """ "£4 million from the Westland Research Agency and 25 million yuan from the Northfield Commission": figure
    start -> the place of the body each sum comes from ("" for none), for sentences that list two sums or more each
    with its own body; a single sum "from" a body stays the place it goes to."""
    found: dict[tuple[int, int], list[tuple[int, str]]] = {}
    for a in amounts:
        if a.fields.get("unit") in currencies() and (place := ix.funder(a)) is not None:
            found.setdefault(ctx.sentence_at(a.start), []).append((a.start, place))
    out = {}
    for (ss, se), sums in found.items():
        bodies = range(bisect_left(ix.org_starts, ss), bisect_left(ix.org_starts, se))
        funder = _sum_from()
        funders = sum(1 for j in bodies if funder.search(ctx.text, max(ss, ix.orgs[j].start - 80), ix.orgs[j].start))
        if max(len(sums), funders) >= 2:  # counted in the words too: a sum the extraction missed still has a funder
            out.update(sums)
    return out


_PARTITIVE = re.compile(
    r"(?i)(?:^|[,;(]\s*)(?:of|among|including) (?:these|those|them|whom|which)\b,?(?:\s+[\w'’-]+){0,3}\s*$"
)
"""Words that make a figure a part of the figure before it ("Of these, 121 ...", "..., of whom roughly 60,000")."""


def _part_of_previous(ctx: Context, prev: Mention, amount: Mention) -> bool:
    """Whether `amount` is a part of `prev`, the figure right before it in its paragraph, by a partitive that opens its
    clause (`_PARTITIVE`): the part is where the whole is, whatever its own words name ("of whom 60,000 hold
    Northland identity cards")."""
    ps, _ = ctx.paragraph_at(amount.start)
    if prev.end <= ps or prev.end > amount.start:
        return False
    ss = max(ctx.sentence_at(amount.start)[0], prev.end)
    return bool(_PARTITIVE.search(ctx.text[ss : amount.start]))


def _series_key(ctx: Context, amount: Mention) -> tuple[int, str]:
    """A figure's paragraph and the last word of what it counts, plural or not ("patients treated" -> "patient")."""
    words_ = re.findall(r"[a-z]+", (amount.fields.get("object") or "").casefold())
    last = words_[-1] if words_ else ""
    return ctx.paragraph_at(amount.start)[0], last[:-1] if last.endswith("s") else last


_LEVEL_FIRST = ("change_after", "change_before", "range_high", "range_low", "figure")


_IN_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:in|at)\s+(?:the\s+)?")
"""What stands between a figure and the place it is stated in right after it ("5.2 in Eastbank", "9 days at the
Eastbank")."""


def _placed_after(ix: _Index, amount: Mention) -> bool:
    """Whether a place is named right after the figure as its own ("ranged from 5.2 in Eastbank to 1.9 in Westbank"):
    the figures of one range or change then keep a place each."""
    i = bisect_left(ix.starts, amount.end)
    if i >= len(ix.places):
        return False
    m = _IN_AFTER.match(ix.ctx.text, amount.end, ix.starts[i])
    return m is not None and m.end() == ix.starts[i]


def assign(
    ctx: Context,
    amounts: list[Mention],
    places: list[Mention],
    orgs: list[Mention] | None = None,
    people: list[Mention] | None = None,
) -> list[Mention]:
    """The amounts with their `place` field set; figures of one range or change (the private `_group` key set by
    `amount_changes`, removed here) share the place of their levels, but for one with a place stated right after it
    ("from 5.2 in Eastbank to 1.9 in Westbank")."""
    amounts = sorted(amounts, key=lambda a: (a.start, a.end))
    sums = _SpanIndex(amounts)
    places = [p for p in places if not sums.holds(p)]  # "4.2 million U.S. dollars": the currency's nation
    ix = _Index(
        ctx, places, sorted(orgs or [], key=lambda o: (o.start, o.end)), sorted(people or [], key=lambda p: p.start)
    )
    listed = _respectively(ctx, amounts, ix)
    funded = _funded(ctx, amounts, ix)
    items, leads = _gapped(ctx, amounts, places, ix)
    listed.update(items)
    found = []
    for a in amounts:
        if a.start in leads:  # the first figure of a gapped list: the places of the items after it are not its own
            found.append(place_of(ctx, a, leads[a.start][0], _Index(ctx, leads[a.start][0], leads[a.start][1])))
            continue
        found.append(
            funded[a.start] or None if a.start in funded else listed.get(a.start) or place_of(ctx, a, places, ix)
        )
        key = _series_key(ctx, a)
        if found[-1] and key[1]:
            ix.series[key] = found[-1]
    for i in range(1, len(amounts)):
        if _part_of_previous(ctx, amounts[i - 1], amounts[i]):
            found[i] = found[i - 1]  # "Of these, 121 are doctors": a part of the figure before, in its place
    groups: dict[int, list[int]] = {}
    for i, a in enumerate(amounts):
        if a.fields.get("_group") is not None:
            groups.setdefault(a.fields["_group"], []).append(i)
    for members in groups.values():
        order = sorted(
            members,
            key=lambda i: (
                _LEVEL_FIRST.index(amounts[i].fields.get("amount_type", "figure"))
                if amounts[i].fields.get("amount_type", "figure") in _LEVEL_FIRST
                else len(_LEVEL_FIRST),
                i,
            ),
        )
        shared = next((found[i] for i in order if found[i] is not None), None)
        if shared is not None:
            for i in members:
                if not (found[i] and _placed_after(ix, amounts[i])):
                    found[i] = shared
    out = []
    for a, place in zip(amounts, found):
        fields = {k: v for k, v in a.fields.items() if k != "_group"}
        fields["place"] = place
        out.append(Mention(a.kind, a.start, a.end, a.extractor, fields, a.original))
    return out
