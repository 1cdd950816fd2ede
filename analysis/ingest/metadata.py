"""What an article says about itself: title, publication date and publisher, each with its span.

Only what the text states is reported; a field the text does not give is None (a wrong title is worse
than none). Spans index the original file text. The top of a web page is read line by line: each line is
classed as page furniture (navigation bars, breadcrumbs, language switchers, social rows, labels such as
"Ref No: 12AB", photo captions), a date or byline line, a headline candidate, or running text (the body has
started). The site name at the very top (a banner) is a publisher, never a headline.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import lru_cache

from analysis.ingest.clean import lines, menu_row_items, noise_line
from analysis.resources import alternation, alternatives, lower_words, patterns, read_lines, table


@dataclass(frozen=True)
class Field:
    """A detected value and the original span [start, end) it was read from."""

    value: str
    start: int
    end: int


@dataclass(frozen=True)
class Metadata:
    title: Field | None
    published: Field | None
    publisher: Field | None
    lead: Field | None = None
    """The lead paragraph: the first paragraph of running text after the title (what the article stresses)."""
    notes: Field | None = None
    """The heading that opens the page's notes after its story ("Background", "Notes to editors", "About X")."""


_HEAD_ROWS = 80  # the head of a page: at most this many non-empty lines before the body starts
_TITLE_WORDS = (3, 24)
_LEAD_WORDS = 12
_SHORT_ITEM = 4  # words in one item of a menu, breadcrumb or switcher

# --- dates written in a line --------------------------------------------------------------------------------

_MONTHS = {
    m: i + 1 for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))
}
_MON = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_Y = r"(?:19|20)\d{2}"
_ORD = r"(?:st|nd|rd|th)?"
_DATE = re.compile(
    rf"(?<![\w-])(?:"
    rf"(?P<iy>{_Y})[-/.](?P<im>\d{{1,2}})[-/.](?P<id>\d{{1,2}})(?!\d)"  # 2017-05-12, 2017/5/12
    rf"|(?P<cy>{_Y})\s*年\s*(?P<cm>\d{{1,2}})\s*月\s*(?P<cd>\d{{1,2}})\s*日"  # 2017年5月12日
    rf"|(?P<ay>{_Y})-(?P<am>{_MON})-(?P<ad>\d{{1,2}})(?!\d)"  # 2017-May-12
    rf"|(?P<bd>\d{{1,2}}){_ORD}[ -](?:of )?(?P<bm>{_MON}),?[ -](?P<by>{_Y})(?!\d)"  # 12 May 2017, 7-Jan-2014
    rf"|(?P<dm>{_MON}) (?P<dd>\d{{1,2}}){_ORD},? (?P<dy>{_Y})(?!\d)"  # May 12, 2017
    rf"|(?P<n1>\d{{1,2}})[/.](?P<n2>\d{{1,2}})[/.](?P<ny>{_Y})(?!\d)"  # 12/05/2017, only when unambiguous
    rf")",
    re.IGNORECASE,
)


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return datetime.date(y, m, d).isoformat()
    except ValueError:
        return None


def _date_value(m: re.Match) -> str | None:
    """The ISO date a `_DATE` match states; None for an impossible one. Two numbers that could each be the day are
    read day first ("05/06/2017" is 5 June), as the dates extractor reads every such date in the text: one reading of
    a date, whichever line it stands on."""
    g = m.groupdict()
    if g["iy"]:
        return _iso(int(g["iy"]), int(g["im"]), int(g["id"]))
    if g["cy"]:
        return _iso(int(g["cy"]), int(g["cm"]), int(g["cd"]))
    for y, mo, d in (("ay", "am", "ad"), ("by", "bm", "bd"), ("dy", "dm", "dd")):
        if g[y]:
            return _iso(int(g[y]), _MONTHS[g[mo][:3].lower()], int(g[d]))
    a, b = int(g["n1"]), int(g["n2"])
    day, month = (a, b) if b <= 12 else (b, a)
    return _iso(int(g["ny"]), month, day)


_TIME = re.compile(
    r"[\s,|]*(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*(?:GMT|UTC|HKT|BST)[+-]?\d*)?[\s,|]*)?", re.I
)
_LABEL = re.compile(
    r"(?P<label>\b(?:time|date|published(?: on| date)?|posted(?: on)?|updated|release date|issued|publish time"
    r"|for (?:immediate )?release|embargoed(?: until| till)?"
    r"|发布时间|时间|日期)\s*[:：]?)[ \t]*",
    re.IGNORECASE,
)


def _label_date(s: str) -> re.Match | None:
    """The date right after a date label in `s` ("... Publish time :2017-05-12", "Published: Monday 3 May 2027"), if
    it states a full date."""
    return next((d for m in _LABEL.finditer(s) if (d := _date_after(s, m))), None)


def _date_after(s: str, label: re.Match) -> re.Match | None:
    """The full date right after a date label's match in `s`, past a time and a weekday ("Published: 7:30pm, 15 Jul
    2026", "Published: Tuesday, 14 July 2026"), or None."""
    at = _TIME.match(s, label.end()).end()
    day = _WEEKDAY.match(s, at)
    d = _DATE.match(s, day.end() if day else at)
    return d if d and _date_value(d) else None


_WEEKDAY = re.compile(
    r"(?:Ends/)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?),?\s+", re.IGNORECASE
)
"""A weekday before a date ("Tuesday 3 November 2026", "Friday, May 2, 2019"), after a government release's
closing mark if any ("Ends/Friday, May 2, 2019")."""
_SEGMENT = re.compile(r"\s*(?:[|｜]|\s{2,})\s*")
"""What separates the parts of a page-head line ("Source: Harbour Daily | 2019-05-02 10:30 | Editor: A B")."""


_PLACE_COMMA = re.compile(r"\s*([A-Z][\w.'’ /-]{1,30}),\s+(?=\d|[A-Z])")
"""A dateline's place before its date, one place or two ("NORTHVALE / EASTBAY, 17 November 2026"); words with a
digit are a date, no place ("November 12, 2024", "Fri 21 Nov, 2025")."""


def _leading_date(s: str) -> tuple[str, int, int] | None:
    """(iso, start, end) of a date that opens `s`, after an "(Outlet)" mark, a dateline's place ("Northvale, 19
    November 2026", "NORTHVALE / EASTBAY, 19 November 2026"), a time or a weekday if any."""
    pos = 0
    m = re.match(r"\s*\([^()]{2,40}\)\s*", s)
    if m:
        pos = m.end()
    m = _PLACE_COMMA.match(s, pos)  # "Northvale, 19 November 2026": a dateline's place
    if m and _name_shaped(m.group(1), 4) and not re.search(r"\d", m.group(1)):  # "November 12, 2024": no place
        pos = m.end()
    t = _TIME.match(s, pos)  # "(Agency) 13:47, December 21, 2023"
    if t and t.end() > pos:
        pos = t.end()
    w = _WEEKDAY.match(s, pos)  # "Tuesday 3 November 2026"
    if w:
        pos = w.end()
    m = _DATE.match(s, pos)
    if not m:
        return None
    value = _date_value(m)
    return (value, m.start(), m.end()) if value else None


# --- resources ----------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _rules() -> dict[str, re.Pattern]:
    sections = alternation("title_sections.txt")
    outlet = rf"(?i:\b(?:{alternation('news_outlet_words.txt')})\b)"
    return {
        "not": patterns("title_not.txt"),
        "promo_end": patterns("title_promo_end.txt"),
        "caption": patterns("caption_cues.txt"),
        "section_prefix": re.compile(rf"^(?:{sections})\s*(?:[:|｜]|\s-\s)\s*(?=\S)", re.IGNORECASE),
        "legal": re.compile(rf"\s(?:{alternation('publisher_legal_forms.txt')})$"),
        "hint": re.compile(rf"{patterns('publisher_hint.txt', 0).pattern}|{outlet}"),
        "provided_by": patterns("publisher_labels.txt"),
        "outlet": re.compile(outlet),
        "person_after": re.compile(
            r"(?:\s*,\s*|\s+and\s+)(?:the\s+)?(?:Rt\.?\s+Hon\.?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
            rf"\s+(?:{alternation('post_nominals.txt')})\b"
        ),
    }


def _is_section(s: str) -> bool:
    return s.strip().casefold() in lower_words("title_sections.txt")


def _section_phrase(s: str) -> bool:
    """A section, or up to three words ending in one ("Funding news")."""
    ws = s.split()
    return _is_section(s) or (0 < len(ws) <= 3 and _is_section(ws[-1]))


# --- classing the lines at the top of a page ----------------------------------------------------------------

_PIPE = re.compile(r"\s*[|｜¦•]\s*|\s+·\s+")
"""What splits the items of a menu on one line: a bar or bullet, or a middle dot with spaces around it ("Home · News";
a middle dot inside a word joins the parts of a transliterated name)."""
_CRUMB = re.compile(r"\s*(?:>>|->|»|›|→|\s>|>\s)\s*")
_TRAIL = re.compile(rf"{_CRUMB.pattern}|\s*[|｜]\s*")
"""What separates a site's name from its sections on the first line of a page: a trail's arrow or a bar."""
_SLASH = re.compile(r"\s+/\s+")
_GAP = re.compile(r"\s{2,}|\t")
_WORD = re.compile(r"[^\W_][\w'’.&-]*")
_LATIN = re.compile(r"[A-Za-z]")
_HAS_LETTER = re.compile(r"[^\W\d_]")
_SENTENCE_END = re.compile(r"[.!?。][\"”’')]*\s*$")
_SENTENCE_IN = re.compile(r"[.!?。][\"”’)]*(?:\s|$)")
_EDITION = re.compile(r"\s+[—–-]\s+[A-Z][\w-]*(?:\s+[Ee]dition)?\s*$")
"""An edition or language after a spaced dash that ends a site's name ("— English", "- International Edition")."""
_CJK_TAIL = re.compile(r"[\s|｜/·:-]*[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef].*$")
_CONNECTORS = frozenset("of and the for de du la & / in on at da do y e und".split())
_BULLET = re.compile(r"^[\u2022\u25cf\u25aa\u2023\u2043\u00b7*\-–]\s")
_HEAD_START = re.compile(r"^[\"“‘'(]?[A-Z0-9£$€¥]")


def _words(s: str) -> list[str]:
    return _WORD.findall(s)


def _short(s: str) -> bool:
    return len(_words(s)) <= _SHORT_ITEM


def _name_shaped(s: str, most: int = 7) -> bool:
    """A proper name rather than a phrase: every word capitalised apart from connectors and a closing legal form
    ("University of Northvale", "Harbour Daily Times", "NVTV", "Northvale Biotech plc"), no sentence punctuation."""
    ws = s.split()
    if not 1 <= len(ws) <= most or re.search(r"[,;:!?]|\.$", s):
        return False
    for i, w in enumerate(ws):
        core = w.strip("()\"'“”‘’")
        if not core:
            return False
        if i and core.casefold() in _CONNECTORS:
            continue
        if i == len(ws) - 1 and i and _rules()["legal"].search(" " + core):
            continue  # "Northvale Biotech plc": a legal form written in lower case ends a name
        if not (core[0].isupper() or core[0].isdigit()):
            return False
    return True


def _menu(s: str) -> bool:
    """A navigation bar, breadcrumb, language switcher or button row: items split by |, >, », /, or wide gaps."""
    items = [p for p in _CRUMB.split(s) if p.strip()]
    if len(items) >= 2 and all(_short(p) for p in items[:-1]):
        return True  # breadcrumbs may end in the page's own headline
    items = [p for p in _PIPE.split(s) if p.strip()]
    if len(items) >= 2 and all(_short(p) for p in items):
        return True
    items = [p.strip() for p in _SLASH.split(s) if p.strip()]
    if len(items) >= 2 and all(_short(p) and _name_shaped(p) for p in items):
        return True
    if len(items) >= 3 and all(_short(p) and p[0].isupper() for p in items):
        return True  # "Front page / Policy / Data / About": three or more short capitalised items
    items = [p.strip() for p in _GAP.split(s) if p.strip()]
    if len(items) >= 3 and all(len(_words(p)) <= 3 and not p[0].islower() for p in items):
        return True
    # a site's name before a bar and its menu spaced out ("Harbour Daily | Home  News  Health  Opinion")
    items = [p.strip() for p in re.split(rf"{_PIPE.pattern}|{_GAP.pattern}", s) if p.strip()]
    return len(items) >= 4 and all(len(_words(p)) <= 3 and not p[0].islower() for p in items)


def _field_label(s: str) -> bool:
    """ "Ref No : 12AB", "Language: English": a label with a one-word value, not a headline."""
    m = re.match(r"^([^:：]{1,40})[:：]\s*(.*)$", s)
    return bool(m and len(_words(m.group(1))) <= 3 and len(m.group(2).split()) <= 1)


def _kind(s: str) -> str:
    """The class of one stripped line at the top of a page."""
    rules = _rules()
    if not _HAS_LETTER.search(s) and not _DATE.search(s):
        return "empty"
    if noise_line(s) or rules["not"].search(s):
        return "furniture"
    if rules["promo_end"].search(s):
        return "promo_end"
    if rules["caption"].search(s):
        return "caption"
    if len(_words(s)) <= 16 and (_leading_date(s) or _label_date(s) or _segment_date(s)):
        return "date"
    if re.match(r"^by\s+\S", s, re.IGNORECASE) and not _SENTENCE_END.search(s):
        if len(_words(s)) <= 8 or all(_name_shaped(p) for p in _byline_parts(s[3:])):
            return "byline"  # "By A B", "By A B and C D, Harbour Health Watch"
    if not _LATIN.search(s):
        return "other"  # a line in another script: a site name's translation, a widget label
    if _menu(s) or _field_label(s):
        return "furniture"
    if _company(s):
        return "company"  # "Northvale Biotech plc" alone on a line: the sender of an announcement
    n = len(_words(s))
    if n < _TITLE_WORDS[0]:
        return "short"
    if _BULLET.match(s):
        return "bullet" if n > _SHORT_ITEM else "short"
    if _SENTENCE_END.search(s) or n > _TITLE_WORDS[1]:
        return "text"
    if not _HEAD_START.match(s):
        return "other"
    return "heading"


class _Row:
    """One non-empty line: its offset in the original text, the stripped text, and its class (worked out
    when first asked for: only the head, the lead and the last lines of a page are ever classed)."""

    __slots__ = ("_kind", "start", "text")

    def __init__(self, start: int, text: str) -> None:
        self.start, self.text, self._kind = start, text, ""

    @property
    def kind(self) -> str:
        if not self._kind:
            self._kind = _kind(self.text)
        return self._kind


def _rows(text: str) -> list[_Row]:
    out = []
    for start, line in lines(text):
        s = line.strip()
        if s:
            out.append(_Row(start + len(line) - len(line.lstrip()), s))
    return out


def _field(row: _Row, a: int, b: int, value: str | None = None) -> Field:
    v = row.text[a:b] if value is None else value
    return Field(v.replace("`", "'"), row.start + a, row.start + b)


# --- the banner (site name) and the headline ----------------------------------------------------------------


def _banner(rows: list[_Row]) -> tuple[int, Field] | None:
    """The site name at the top of the page ("Harbour Daily Times", "NVU | Home > News", "NVGov > Press Releases"):
    a name-shaped first line followed by navigation, a label or its translation, not by a date, byline or running
    text; or the first item of a trail of links or bars whose next item is a section."""
    return _site_banner(rows) or _trail_banner(rows)


def _trail_banner(rows: list[_Row]) -> tuple[int, Field] | None:
    """The site's name opening the page's first line before its sections ("Kelby Gov > Press Releases",
    "KelbyBrief | Funding news")."""
    first = next((i for i, r in enumerate(rows[:3]) if r.kind != "empty"), None)
    crumbs = [p.strip() for p in _TRAIL.split(rows[first].text) if p.strip()] if first is not None else []
    if len(crumbs) >= 2 and _name_shaped(crumbs[0]) and not _is_section(crumbs[0]) and _section_phrase(crumbs[1]):
        name = crumbs[0]
        while len(name.split()) > 1 and _is_section(name.split()[-1]):
            name = name.rsplit(None, 1)[0]  # "Northvale University News": the university's news pages
        a = rows[first].text.index(name)
        return first, _field(rows[first], a, a + len(name))
    return None


def _site_banner(rows: list[_Row]) -> tuple[int, Field] | None:
    first = 0
    while first < min(len(rows), 3) and (
        rows[first].kind == "empty" or (_skip_link(rows[first].text) and not _named_menu(rows[first].text))
    ):
        first += 1
    if first >= len(rows):
        return None
    if rows[first].kind == "furniture" and not _named_menu(rows[first].text):
        return None  # a menu, not "NVU | Home > News" nor "NVU | <the name in another script>"
    row = rows[first]
    if row.kind not in ("short", "heading", "other", "furniture"):
        return None
    # an edition after a spaced dash is not part of the name ("Westport Today — English")
    name = _EDITION.sub("", _CJK_TAIL.sub("", _PIPE.split(row.text)[0])).strip()
    if not name or not _name_shaped(name) or _is_section(name) or not _LATIN.search(name):
        return None
    rest = [r for r in rows[first + 1 : first + 4] if r.kind != "empty"]
    if len(name.split()) > 4 and not _rules()["hint"].search(name) and not (rest and _menu(rest[0].text)):
        return None  # a long name that names no outlet or organisation and stands over no menu: a Title Case headline
    if not rest or rest[0].kind in ("date", "byline", "text", "caption", "heading") or _buttons(rest[0].text):
        return None  # a headline followed by its date, byline, standfirst, body or sharing buttons
    if rest[0].kind == "short" and ((len(rest) >= 2 and rest[1].kind == "short") or not _is_section(rest[0].text)):
        return None  # the first item of a menu written one item per line, or a headline over a byline
    a = row.text.index(name)
    return first, _field(row, a, a + len(name))


def _named_menu(s: str) -> bool:
    """A site name before its navigation or its name in another script: "NVU | Home > News", "NVU | 北谷大学"."""
    head, sep, rest = s.partition("|")
    return bool(sep and head.strip() and (_CRUMB.search(rest) or not _LATIN.search(rest)))


_NAME_GOES_ON = re.compile(r"^(?:of|the|and|&|for)$|(?:ive|al|ic|ese|ish)$", re.IGNORECASE)
"""A word after which a section word ends the name rather than follows it: a connector or an adjective ("Bank of
China", "Kestrel Special Administrative Region", not "Harbour Daily | World")."""


def _masthead(s: str) -> tuple[int, int] | None:
    """The span of the name a masthead line gives: a line that is only the name of an outlet or body, with a
    section word or a menu after it if any ("Harbour Daily Times", "NORTHVALE COURIER | Health", "Northvale
    University Newsroom", "NVU News | Study | Research", "The Government of Northvale Press Releases")."""
    if noise_line(s) and not _PIPE.search(s):
        return None  # "Home   News   Press Releases   Contact": the site's menu spaced out, which names no one
    name = _PIPE.split(s)[0].strip()
    rest = s[s.index(name) + len(name) :]
    if rest.strip() and not _menu(s):
        return None  # "Name | a headline"
    ws = name.split()
    for k in (3, 2, 1):
        if len(ws) > k and " ".join(ws[-k:]).casefold() in lower_words("title_sections.txt"):
            if not _NAME_GOES_ON.search(ws[-k - 1]):
                ws = ws[:-k]
            break
    name = " ".join(ws)
    if not name or not _name_shaped(name, 12) or _is_section(name) or re.match(r"(?i)by\s", name):
        return None
    crumbs = [p for p in re.split(rf"{_SLASH.pattern}|{_CRUMB.pattern}", name) if p.strip()]
    if len(crumbs) >= 2 and _is_section(crumbs[0]):
        return None  # "Home / News / Research news": a breadcrumb from the site's home, not the site's name
    if not _rules()["hint"].search(name):
        return None
    if len(ws) == 1 and _rules()["hint"].fullmatch(name) and not re.search(r"[A-Z]{2}", name):
        return None  # "University news": a section of some university's site, no name ("GovNV" is one)
    a = s.index(ws[0])
    return a, s.index(ws[-1], a) + len(ws[-1])


def _masthead_field(row: _Row) -> Field | None:
    got = _masthead(row.text)
    return _field(row, *got) if got else None


def _buttons(s: str) -> bool:
    """A row of sharing, printing or text-size buttons ("Share | Print | Email", "Font size: A+ A A-")."""
    buttons = lower_words("page_buttons.txt")
    items = [p.strip().casefold() for p in re.split(r"[|｜/]|\s{2,}", re.sub(r"[:!]", " ", s)) if p.strip()]
    return bool(items) and all(i in buttons or all(w in buttons for w in i.split()) for i in items)


def _skip_link(s: str) -> bool:
    """Page furniture that may stand above a site banner: a skip link, an advert slot, a search box."""
    return bool(noise_line(s) or _rules()["not"].search(s))


def _menu_item(rows: list[_Row], i: int) -> bool:
    """A short heading-like line inside a run of one- or two-word lines: an item of a vertical menu."""
    if len(_words(rows[i].text)) > _SHORT_ITEM:
        return False
    near = [r for r in rows[max(0, i - 4) : i] if r.kind != "empty"][-2:]
    after = [r for r in rows[i + 1 : i + 5] if r.kind != "empty"][:2]
    before_n = sum(r.kind == "short" for r in near)
    after_n = sum(r.kind == "short" for r in after)
    return before_n >= 1 and after_n >= 1 and before_n + after_n >= 3


def _title(rows: list[_Row], skip: frozenset[int]) -> tuple[int, Field] | None:
    """The first headline-like line before the body starts (rows in `skip` are known site names), with a
    section or page-type label dropped ("Health | Clinics to open", "News story: Clinics to open")."""
    masthead = None
    for i, row in enumerate(rows[:_HEAD_ROWS]):
        if row.kind in ("text", "bullet"):
            break  # the body (or a list) has started
        if row.kind != "heading" or i in skip or _is_section(row.text):
            continue  # not a headline, a site's name, or a page-type label alone ("World news story")
        if _menu_item(rows, i) or any(r.kind == "promo_end" for r in rows[i + 1 : i + 3]):
            continue  # a menu entry, or the tagline of a promotion box ("... / Learn more")
        if SOURCE_START.match(row.text):
            continue  # "From: Kelby Research Council": who issued the page, not its headline
        if _above_navigation(rows, i):
            continue  # the site's tagline over its menu ("Kelby's community weekly" / "News | Health"): a headline
            # follows the navigation
        m = _rules()["section_prefix"].match(row.text)
        a = m.end() if m else 0
        if len(_words(row.text[a:])) < _TITLE_WORDS[0]:
            continue
        if masthead is None and (_masthead(row.text) or (_label(row.text[a:]) and _headline_after(rows, i))):
            masthead = i, _field(row, a, len(row.text))
            continue  # only a name ("Harbour Daily Times") or a label: the headline is the next one, if any
        return i, _field(row, a, len(row.text))
    return masthead


def _above_navigation(rows: list[_Row], i: int) -> bool:
    """Whether row `i` stands in the site's header: right above a navigation row (a line `noise_line` reads as a
    menu), with a headline-like line after that row before the body starts."""
    after = [j for j in range(i + 1, min(len(rows), _HEAD_ROWS)) if rows[j].kind != "empty"]
    if not after or not noise_line(rows[after[0]].text) or not menu_row_items(rows[after[0]].text):
        return False
    for row in rows[after[0] + 1 : _HEAD_ROWS]:
        if row.kind in ("text", "bullet"):
            return False
        if row.kind == "heading" and len(_words(row.text)) >= _TITLE_WORDS[0] and not _is_section(row.text):
            return True
    return False


def _label(s: str) -> bool:
    """A short name-shaped line, a section label or a place name over a headline ("Greater Bay Area", "Health and
    Care"): at most four capitalised words besides connectors, no verb in lower case."""
    return _name_shaped(s) and sum(w.casefold() not in _CONNECTORS for w in s.split()) <= _SHORT_ITEM


def _headline_after(rows: list[_Row], i: int) -> bool:
    """Whether a headline that is no label follows row `i` before the body starts."""
    for row in rows[i + 1 : _HEAD_ROWS]:
        if row.kind in ("text", "bullet"):
            return False
        if row.kind == "heading" and len(_words(row.text)) >= _TITLE_WORDS[0] and not _label(row.text):
            return True
    return False


def _body_start(rows: list[_Row], after: int) -> int:
    """Index of the first running-text line after row `after` (the end of the page head)."""
    for i in range(after + 1, min(len(rows), _HEAD_ROWS)):
        if rows[i].kind == "text":
            return i
    return min(len(rows), _HEAD_ROWS)


# --- publication date ---------------------------------------------------------------------------------------

_DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Za-z .'/-]{1,30})(?:(?:,\s*|\s+and\s+)[A-Z][A-Za-z .'/-]{1,30}){0,3},\s*"  # "A, UK and B/C,"
    r"(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?"
    r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{4})?)"
    r"\s*(?:\((?P<agency>[^)]{1,30})\)|/[^/\n]{1,30}/)?\s*(?:--|—|–|-)",
    re.MULTILINE,
)


def _labelled_date(row: _Row, strict: bool = False) -> Field | None:
    """ "Published: 12 May 2017", "Time:2017-05-12"; `strict` (outside the page head) wants the label to open
    the line or a segment of it, or to end in a colon, so "published on May 2, 2019" in a sentence is not one."""
    for m in _LABEL.finditer(row.text):
        if strict and not (
            m.group("label").rstrip().endswith((":", "："))
            or re.search(r"(?:^|[|｜]|\s{2})\s*$", row.text[: m.start()])
        ):
            continue
        d = _date_after(row.text, m)
        if d:
            return _field(row, d.start(), d.end(), _date_value(d))
    return None


def _segment_date(s: str) -> tuple[str, int, int] | None:
    """(iso, start, end) of a date that is a part of its own of a page-head line, with a time at most ("By A B,
    Reporter | 21 May 2026", "Source: Harbour Daily  Editor: A B  2026-05-26")."""
    bounds = [0, *(x for m in _SEGMENT.finditer(s) for x in (m.start(), m.end())), len(s)]
    for a, b in zip(bounds[::2], bounds[1::2]):
        got = _leading_date(s[a:b])
        if got and len(_words(_TIME.sub(" ", s[a + got[2] : b]))) == 0:
            return got[0], a + got[1], a + got[2]
    return None


_PLACES_BEFORE = re.compile(
    r"\s*[A-Z][A-Za-z .'’-]{1,30}(?:(?:,|\s+/|\s+and)\s*[A-Z][A-Za-z .'’-]{1,30}){0,3}(?:,|\s+(?:--|—|–))\s*"
)
"""The places a dateline line names before its date ("Leeds, UK, 3 March 2026"; the places of two sides: "Leeds, UK /
Tarn, China -- 3 March 2026")."""


def _place_date_line(row: _Row) -> Field | None:
    """A page-head line that is a dateline: places and then a full date, nothing after ("Leeds, UK, 3 March 2026",
    "Northvale, 3 March 2026")."""
    m = _PLACES_BEFORE.match(row.text)
    d = _DATE.fullmatch(row.text.rstrip(), m.end()) if m else None
    return _field(row, d.start(), d.end(), _date_value(d)) if d and _date_value(d) else None


def _date_line(row: _Row) -> Field | None:
    """A line that opens with the date ("12 May 2017  Posted in: Health", "2017-05-12 10:30  Harbour Daily"), or
    a date line, byline or line of page furniture one part of which is the date ("Source: Harbour Daily |
    2017-05-12 10:30", "Ends/Friday, May 2, 2019")."""
    if row.kind not in ("date", "byline", "furniture"):
        return None
    got = _leading_date(row.text) if row.kind == "date" else None
    if got is not None:
        value, a, b = got
        rest = row.text[b:]
        if len(_words(rest)) <= 10 and not _SENTENCE_END.search(rest):
            return _field(row, a, b, value)
    got = _segment_date(row.text)
    return _field(row, got[1], got[2], got[0]) if got else None


def _page_year(text: str) -> int | None:
    """The year a page's copyright line states (the later one of a range: "Copyright 2000-2025 Harbour News"),
    the year of a dateline that gives only the month and day."""
    for m in _COPYRIGHT.finditer(text):
        years = re.findall(r"\b(?:19|20)\d{2}\b", m.group(0))
        if years:
            return int(years[-1])
    return None


def _under_standfirst(rows: list[_Row], end: int) -> list[_Row]:
    """The byline and date rows right under the paragraph the body starts with, before any other paragraph: that
    paragraph is a standfirst over them ("Two trusts have renewed ... / By A B / Monday 3 February 2025"), and they
    belong to the page head."""
    out = []
    for row in rows[end + 1 :]:
        if row.kind not in ("byline", "date", "caption"):
            break
        out.append(row)
    return out if any(r.kind in ("byline", "date") for r in out) else []


def _published(text: str, rows: list[_Row], end: int) -> Field | None:
    """A labelled date or a date line in the page head (with the byline and date under a standfirst), a dateline
    with its year, a labelled date anywhere, or a date standing alone on one of the last lines."""
    for row in rows[:end]:
        f = _labelled_date(row) or _date_line(row) or _place_date_line(row)
        if f:
            return f
    for row in _under_standfirst(rows, end):
        f = _date_line(row)  # a line that opens with the date ("Monday 3 February 2025"), not a date in a sentence
        if f:
            return f
    year = _page_year(text)
    for m in _DATELINE.finditer(text):
        d = _DATE.search(m.group("date"))
        if d and _date_value(d):
            s = m.start("date") + d.start()
            return Field(_date_value(d), s, s + len(d.group(0)))
        if year and not d:  # "LONDON, June 18 (Xinhua) --" on a page whose copyright line says 2025
            d = _DATE.fullmatch(f"{m.group('date')}, {year}") or _DATE.fullmatch(f"{m.group('date')} {year}")
            if d and _date_value(d):
                return Field(_date_value(d), m.start("date"), m.end("date"))
    for row in rows[end:]:
        f = _labelled_date(row, strict=True)
        if f:
            return f
    for row in _footer(rows):
        f = _date_line(row) if len(row.text) <= 40 else None
        if f:
            return f
    return None


_FOOTER_ROWS = (8, 24)
"""A page's footer: at least its last 8 lines, and back to its last paragraph of running text within the last 24
(a release's closing date line may stand above a list of related releases and the site's links)."""


def _footer(rows: list[_Row]) -> list[_Row]:
    """The last lines of a page after its last paragraph ("Ends/Friday, May 2, 2025", "Issued at ...", "Related:",
    links), at least the last `_FOOTER_ROWS[0]`, at most the last `_FOOTER_ROWS[1]`."""
    least, most = _FOOTER_ROWS
    start = max(0, len(rows) - least)
    while start > max(0, len(rows) - most) and rows[start - 1].kind != "text":
        start -= 1
    return rows[start:]


# --- publisher ----------------------------------------------------------------------------------------------

SOURCE_LABEL = re.compile(r"(?:^|[|｜]\s*|\s{2,})(?:source|来源|publisher)\s*[:：]\s*", re.IGNORECASE)
"""A "Source:" label anywhere in a line (after a bar or wide spacing): what names the page's publisher."""
SOURCE_START = re.compile(r"^(?:source|from|publisher)\s*[:：]\s*", re.IGNORECASE)
"""The same label, or "From:", opening a line ("From: Kelby Department of Trade")."""
_SOURCE_END = re.compile(r"\s*(?:$|[|｜]|\s{2,}|\s[A-Za-z]+(?: [a-z]+)?\s*[:：])")
_CONTROLS = re.compile(r"(?:\s+(?:large|medium|small|print|share|email|a\+|a-|a)\b){2,}\s*$", re.IGNORECASE)
_COPYRIGHT = re.compile(
    r"(?:^|[|｜]\s*|\s{2,})\s*(?:copyright\s*(?:©|\(c\))?|©|\(c\))\s*(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*[,.]?\s*)?"
    r"(?P<who>[^\n]+?)\s*(?:\.?\s*all rights reserved.*)?$",
    re.IGNORECASE | re.MULTILINE,
)
_COPYRIGHT_AFTER = re.compile(
    r"^[ \t]*(?P<who>[A-Z][^\n©|｜]{2,80}?)[ \t]*(?:©|\(c\)|copyright)[ \t]*(?:19|20)\d{2}\b", re.MULTILINE
)
"""A footer line that names the holder before the sign ("Northvale Information Bureau © 2024 | Terms of Use")."""
_PUBLISHED_BY = re.compile(
    r"^\W*(?P<outlet>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,5})\s+is\s+(?P<verb>published|produced|operated)\s+"
    r"(?:by\s+[A-Z]|(?:daily|weekly|fortnightly|monthly|quarterly|online|every\s)\b)",
    re.MULTILINE,
)
"""A page's line naming its outlet and who or how often publishes it ("Eastbay Pulse is published by Pulse Media Ltd.",
"Eastbay Pulse is published weekly."); "operated by" only after an outlet's name ("The Kelby Clinic is operated by
Tarn University" says who runs a clinic, not who published the page)."""
_POSSESSIVE_BYLINE = re.compile(r"^(?i:by)\s+(?P<who>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s\s+[A-Z]")


def _holder(who: str) -> str:
    """The copyright holder's name without what follows it on the line: a year, an address, links, a sentence
    ("Harbour Daily 2026. Contact the newsroom" -> "Harbour Daily", "Northvale University, Northvale, NV1 2AB",
    "Harbour Daily. 粤ICP备0501号" -> "Harbour Daily", "Kestrel Labs plc. Registered in Wales." or "Kestrel Labs plc.
    A registered charity." -> "Kestrel Labs plc")."""
    who = re.split(rf"\s*[|｜]\s*|,\s+(?!(?:{alternation('publisher_legal_forms.txt')})\b)", who)[0]
    who = re.sub(r"\s*,?\s+(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\b.*$", "", who)
    who = re.split(r"\.\s+(?=[^\sA-Za-z])", who)[0]  # "Harbour Daily. 粤ICP备0501号": a registration number after it
    who = re.split(r"\.\s+(?=[A-Z][a-z]*\s+[a-z])", who)[0]  # "Kestrel plc. Registered in England", "... A registered
    # charity": a sentence after it
    return who.strip(" .,")


def _outlet(name: str, placed: bool = False) -> bool:
    """Name-shaped and naming a news outlet or organisation ("Harbour Daily", "NVTV"), not a section word.
    `placed`: the name stands where only an outlet stands ("(Harbour) 10:30, May 2, 2019", a dateline's
    "(Harbour) --"), so the name alone suffices."""
    name = name.strip()
    if not name or not _name_shaped(name, 6) or _is_section(name):
        return False
    return placed or bool(_rules()["hint"].search(name))


def _source_label(row: _Row, anywhere: bool) -> Field | None:
    m = (SOURCE_LABEL.search if anywhere else SOURCE_START.match)(row.text)
    if not m:
        return None
    end = _SOURCE_END.search(row.text, m.end() + 1)
    b = end.start() if end else len(row.text)
    who = row.text[m.end() : b]
    c = _CONTROLS.search(who)
    if c:
        who = who[: c.start()]
    c = _rules()["person_after"].search(who)
    if c and c.start() > 0:
        who = who[: c.start()]  # "From: Department for Trade and Jane Roe MP": the body, not its minister
    who = who.strip(" .,;")
    if not who or len(_words(who)) > 16:
        return None
    return _field(row, m.end(), m.end() + len(who))


_DATELINE_PLACE = re.compile(r"[A-Z][A-Z'’.-]{4,}(?:\s+[A-Z][A-Z'’.-]+){0,2}")
"""A place written in capitals before a date on a page-head line ("NORTHVALE", "EAST BAY"); an outlet's acronym is
shorter ("NVTV")."""


@lru_cache(maxsize=1)
def _newsroom_units() -> re.Pattern:
    return re.compile(rf"(?:{alternatives(read_lines('newsroom_units.txt'))})$", re.IGNORECASE)


_SITE_LINE = re.compile(r"(?m)^[ \t]*(?:https?://)?((?:[a-z0-9-]+\.)+([a-z]{2}))/?[ \t]*$")
"""A line that is a site's address alone ("news.gov.hk", "www.example.co.uk"): its last label is a country's."""


@lru_cache(maxsize=64)
def site_place(text: str) -> tuple[str, bool] | None:
    """The place of the site a page's address line names, by its country code (`site_country_codes.tsv`, ISO
    3166), and whether the site is a government's (a "gov" label: "news.gov.hk" -> ("Hong Kong", True)); else the
    place of a government whose news pages a heading of the page head names ("The Government of the Tarn Special
    Administrative Region Press Releases", `news_headings`), with True; None when neither names a known place."""
    codes = dict(table("site_country_codes.tsv"))
    for m in _SITE_LINE.finditer(text):
        if m.group(2) in codes:
            return codes[m.group(2)], "gov" in m.group(1).split(".")
    for h in news_headings(text):
        if re.search(r"\bGovernment\b", h.value):
            named = [p for p in sorted(set(codes.values())) if re.search(rf"\b{re.escape(p)}\b", h.value)]
            if len(named) == 1:
                return named[0], True
    return None


_HEADING_NAME = re.compile(r"(?:The |THE )?((?:[A-Z][\w'’&.-]*)(?: (?:[A-Z][\w'’&.-]*|of|the|and|for|on))*)")


@lru_cache(maxsize=64)
def news_headings(text: str) -> tuple[Field, ...]:
    """The names of bodies whose own news pages a heading of the page head names: a line before the first line of
    running text holding a name and the words of `own_site_words.txt` after it ("Westmoor Council Press Releases"
    -> "Westmoor Council"), each with its span."""
    own = re.compile(rf"[ \t]+(?:{alternation('own_site_words.txt')})[ \t]*$", re.IGNORECASE)
    out = []
    for m in re.finditer(r"(?m)^[ \t]*(\S[^\n]*?)[ \t]*$", text[:_HEAD_CHARS]):
        line = m.group(1)
        if len(line.split()) >= _LEAD_WORDS and _SENTENCE_IN.search(line):
            break  # running text: the page head is over
        tail = own.search(line)
        name = _HEADING_NAME.fullmatch(line[: tail.start()]) if tail else None
        if name is not None and len(name.group(1).split()) >= 2:
            out.append(Field(name.group(1), m.start(1) + name.start(1), m.start(1) + name.end(1)))
    return tuple(out)


_HEAD_CHARS = 4000
"""How far into a page its head may reach."""


def newsroom_unit(name: str) -> bool:
    """Whether a name is that of a team of a newsroom or of a body's press office (`newsroom_units.txt`: "Science
    Desk", "Kestrel University Communications Office"), not of a body of the story."""
    return _newsroom_units().search(name.strip()) is not None


def _press_office(text: str) -> Field | None:
    """The body whose press office a contact line names ("Media enquiries: Northvale University Press Office"; the
    headings of `contact_headings.txt`, the offices of `newsroom_units.txt`): a body's own release, published by it."""
    heading = patterns("contact_headings.txt")
    for m in re.finditer(r"^[ \t]*([^:\n：]{3,40})[:：][ \t]*([^\n,;@]{3,80}?)[ \t]*$", text, re.MULTILINE):
        if not heading.fullmatch(m.group(1).strip() + ":"):
            continue
        unit = _newsroom_units().search(m.group(2))
        if unit is None or unit.start() == 0:
            continue
        who = m.group(2)[: unit.start()].strip()
        if len(who.split()) >= 2 and _name_shaped(who, 8):
            return Field(who, m.start(2), m.start(2) + len(who))
    return None


def _byline_parts(s: str) -> list[str]:
    """The names a byline lists, split at commas and "and" ("A B and C D, Harbour Watch" -> three names)."""
    return [p.strip() for p in re.split(r",|\s+and\s+|\s*&\s*", s) if p.strip()]


def _byline_tail(text: str, row: _Row) -> Field | None:
    """The outlet a byline names after its authors ("By A B and C D, Harbour Health Watch"): a name after the last
    comma that is no role ("Industry Editor", "Press Officer") and that names an outlet or stands again elsewhere in the
    page (its banner, a photo credit, its footer)."""
    if row.kind != "byline" or "," not in row.text:
        return None
    a = row.text.rindex(",") + 1
    tail = row.text[a:].strip()
    if not _name_shaped(tail, 6) or _is_section(tail) or len(_byline_parts(row.text[3 : a - 1])) < 1:
        return None
    if tail.split()[-1].casefold() in lower_words("newsroom_roles.txt") | lower_words("role_words.txt"):
        return None  # "Industry Editor", "Senior Press Officer": the author's role
    if newsroom_unit(tail):
        return None  # "Communications Office": the author's team
    if not _outlet(tail) and text.count(tail) < 2:
        return None
    a = row.text.index(tail, a)
    return _field(row, a, a + len(tail))


def _head_outlet(row: _Row) -> Field | None:
    """The outlet on a date or byline line: "(Harbour News) 10:30, May 2, 2019", "2019-05-02 08:53  Harbour
    Daily", "By J. Lee | Harbour Daily", "By NVTV's J. Lee"."""
    m = _POSSESSIVE_BYLINE.match(row.text)
    if m and _outlet(m.group("who")):
        return _field(row, m.start("who"), m.end("who"))
    if row.kind not in ("date", "byline"):
        return None
    m = re.match(r"\s*\(([^()]{2,40})\)", row.text)
    if m and _outlet(m.group(1), placed=True) and _leading_date(row.text):
        return _field(row, m.start(1), m.end(1))
    parts = [p for p in re.finditer(r"[^|｜]+?(?=\s*(?:$|[|｜]|\s{2,}))", row.text) if p.group(0).strip()]
    for i, part in list(enumerate(parts))[1:][::-1]:  # "By A B in Northvale | Harbour Daily | Updated: 2026-06-11"
        s = part.group(0).strip()
        if i + 1 < len(parts) and _DATELINE_PLACE.fullmatch(s) and _leading_date(parts[i + 1].group(0)):
            continue  # "Staff Reporter | NORTHVALE | 3 May 2026": the dateline's place, not an outlet
        if _outlet(s) and not _DATE.search(s) and not _LABEL.search(s):
            a = part.start() + part.group(0).index(s)
            return _field(row, a, a + len(s))
    return None


def _byline_names(row: _Row) -> Field | None:
    """A short line of outlet names right under the headline ("NVTV / Harbour Daily", "Information Office of the
    Kelby Government"); of an author and an outlet ("A B | Harbour Daily"), the outlet."""
    s = row.text
    if re.match(r"(?i)by\s", s):
        return None  # "By A B, Senior Press Officer": the author, whatever words the role shares with outlets
    parts = [p.strip() for p in re.split(r"\s*[/|,&]\s*", s) if p.strip()]
    if not (1 <= len(parts) <= 4 and len(s.split()) <= 9):
        return None
    if not all(re.fullmatch(r"(?:[A-Z][\w'&.-]*)(?:\s+(?:(?:of|the|for|and)\s+)*[A-Z][\w'&.-]*)*", p) for p in parts):
        return None
    if len(parts) == 1 and not _name_shaped(s, 9):
        return None
    if not _rules()["hint"].search(s) or any(_is_section(p) for p in parts):
        return None
    outlets = [p for p in parts if _rules()["hint"].search(p)]
    authors = [p for p in parts if p not in outlets and re.fullmatch(r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,3}", p)]
    if len(outlets) == 1 and len(outlets) + len(authors) == len(parts) > 1:  # "A B | Harbour Ledger": author, outlet
        a = s.index(outlets[0])
        return _field(row, a, a + len(outlets[0]))
    return _field(row, 0, len(s))


def _provided_by(head: list[_Row]) -> Field | None:
    """The issuer a wire release names on the line after its label ("NEWS PROVIDED BY" / "Northvale Biotech
    plc"): the body whose own release the page carries."""
    for row, nxt in zip(head, head[1:]):
        if _rules()["provided_by"].search(row.text) and _name_shaped(nxt.text, 8):
            return _field(nxt, 0, len(nxt.text))
    for row in head:  # the label and the issuer on one line ("News provided by Kelby Wire", "The following is issued
        # on behalf of the Kelby Authority:")
        m = _LABEL_THEN_NAME.match(row.text)
        if m and _rules()["provided_by"].search(m.group(1)) and _name_shaped(m.group(2), 8):
            return _field(row, m.start(2), m.end(2))
    return None


_LABEL_THEN_NAME = re.compile(r"(?i)^(.*?\b(?:by|on behalf of))\s*:?\s+(?:the\s+)?(\S.*?)\s*:?\s*$")


def _sender(head: list[_Row]) -> Field | None:
    """A company announcing in its own name: a line of the page head that is only a company name with its
    legal form ("Northvale Biotech plc")."""
    for row in head:
        if row.kind == "company":
            return _field(row, 0, len(row.text))
    return None


def _company(s: str) -> bool:
    """Only a company's name with its legal form ("Northvale Biotech plc")."""
    m = _rules()["legal"].search(" " + s)
    return bool(m and m.start() > 0 and _name_shaped(s[: m.start()], 5))


def _expand(text: str, acronym: str) -> Field | None:
    """The full name the text gives an acronym: "the Northvale Teaching Hospital (NVTH)" -> its name."""
    m = re.search(r"\(\s*" + re.escape(acronym) + r"\s*\)", text)
    if not m:
        return None
    ws = list(re.finditer(r"[^\s()]+", text[max(0, m.start() - 160) : m.start()]))
    base = max(0, m.start() - 160)
    keep: list[re.Match] = []
    for w in reversed(ws):
        t = w.group(0)
        if t[0].isupper() or (t.casefold() in _CONNECTORS and t.casefold() != "the"):
            keep.append(w)
            continue
        break
    while keep and keep[-1].group(0).casefold() in _CONNECTORS - {"the"}:
        keep.pop()
    if sum(w.group(0)[0].isupper() for w in keep) < 2:
        return None
    a, b = base + keep[-1].start(), base + keep[0].end()
    value = text[a:b]
    first = value.split()[0]
    if first.isupper() and len(first) > 1 and not value.isupper():
        value = first.capitalize() + value[len(first) :]  # "THE Northvale ..." opening a lead paragraph
    return Field(value, a, b)


def _self_reference(who: str) -> bool:
    return who.casefold() in lower_words("publisher_self.txt")


def _copyright_holder(text: str) -> Field | None:
    """The holder a copyright line names ("Copyright © 2026 Harbour Daily. All rights reserved." -> "Harbour
    Daily", "Harbour Daily © 2026 | Terms" -> "Harbour Daily"); None when no line names one."""
    for m in _COPYRIGHT.finditer(text):
        who = _holder(m.group("who"))
        if re.match(r"(?i)all rights reserved\b", who) or re.search(r"(?i)\bcopyright$", who):
            continue  # "Copyright (c) 2026. All rights reserved.", "© Crown copyright": no holder named
        if who and len(who.split()) <= 12 and re.search(r"[A-Za-z]", who):
            start = m.start("who")
            return Field(who.replace("`", "'"), start, start + len(who))
    for m in _COPYRIGHT_AFTER.finditer(text):
        who = m.group("who").strip(" .,")
        if len(who.split()) <= 12 and not re.search(r"(?i)\bcopyright\b|rights reserved", who):
            return Field(who, m.start("who"), m.start("who") + len(who))
    return None


def _unit_of_site(name: str) -> bool:
    """Whether a source label names a unit of a body by its field alone ("Primary Health Division", "International
    Affairs Office"): a head of `org_sub_unit_heads.txt` after words of a portfolio (`role_portfolios.txt`, its
    generic words and the modifiers of a role), no name of its own, so one of the site's own units."""
    ws = name.split()
    fields = lower_words("role_portfolios.txt") | lower_words("role_portfolio_generic.txt")
    fields |= lower_words("role_modifiers.txt")
    return (
        2 <= len(ws) <= 5
        and ws[-1] in read_lines("org_sub_unit_heads.txt")
        and all(w.casefold() in fields for w in ws[:-1])
    )


def _publisher(text: str, rows: list[_Row], head: list[_Row], title: int | None, banner: Field | None):
    """The outlet or organisation that published the page, in order of how directly the page says so: a `Source:` label
    (yielding to the copyright holder when it names a body, not an outlet),
    the outlet on the date or byline line, a line of outlet names under the headline, the issuer under a "provided by"
    label, the agency of a dateline, a site banner naming a news outlet, the outlet a line says is published by a
    company, the copyright holder, the body whose press office a contact line names, a company announcing in its own
    name, the site banner or a masthead line."""
    own = None
    for row in head:
        own = _source_label(row, anywhere=True)
        if own:
            break
    if own is None:
        own = next((f for f in (_source_label(r, anywhere=False) for r in rows) if f), None)
    if own is not None and banner is not None and _unit_of_site(own.value):
        return banner  # "Source: Primary Care Division" under the banner of the body it is a division of
    if own is not None and not _self_reference(own.value):
        # a source that is not an outlet ("Source: Northvale Health Commission") says whose text the page carries;
        # the page's own copyright line, when it has one, says who published it
        holder = None if _rules()["outlet"].search(own.value) else _copyright_holder(text)
        return holder if holder is not None and holder.value.casefold() != own.value.casefold() else own
    for row in head:
        f = _head_outlet(row) or _byline_tail(text, row)
        if f:
            return f
    if title is not None:
        after = [r for r in rows[title + 1 : title + 3] if r.kind not in ("empty",)]
        if after and not noise_line(after[0].text) and not _rules()["not"].search(after[0].text):
            f = _byline_names(after[0])
            if f:
                return f
    f = _provided_by(head)
    if f:
        return f
    for m in _DATELINE.finditer(text):
        if m.group("agency") and _outlet(m.group("agency"), placed=True):
            return Field(m.group("agency"), m.start("agency"), m.end("agency"))
    if banner is None and title is not None:
        banner = next((f for f in (_masthead_field(r) for r in rows[:title]) if f), None)
    if banner is not None and _rules()["outlet"].search(banner.value):
        return banner  # "THE NORTHVALE COURIER" over "(c) 2025 Northvale Courier Media Ltd"
    for m in _PUBLISHED_BY.finditer(text):
        outlet = m.group("verb") != "operated" or _rules()["outlet"].search(m.group("outlet"))
        if outlet and _name_shaped(m.group("outlet"), 6):
            return Field(m.group("outlet"), m.start("outlet"), m.end("outlet"))
    f = _copyright_holder(text)
    if f:
        return f
    f = _press_office(text)
    if f:
        return f
    f = _sender(head)
    if f:
        return f
    if banner is not None:
        if re.fullmatch(r"[A-Z][A-Z0-9]*(?:[-.][A-Z0-9]+)*", banner.value):
            return _expand(text, banner.value) or banner
        return banner
    return None


# --- lead paragraph -----------------------------------------------------------------------------------------


def _lead(rows: list[_Row], title: Field | None) -> Field | None:
    """The first line after the title that reads as running text: at least `_LEAD_WORDS` words and a sentence
    end ("Northvale signed ... on Monday. The deal ..."), not page furniture or a photo caption."""
    for row in rows:
        if title is not None and row.start <= title.start:
            continue
        if row.kind in ("caption", "furniture", "date", "byline", "bullet") or noise_line(row.text):
            continue
        if len(row.text.split()) < _LEAD_WORDS or not _SENTENCE_IN.search(row.text):
            continue
        return _field(row, 0, len(row.text))
    return None


def _notes(rows: list[_Row], end: int) -> Field | None:
    """The first line after the page head that is a heading of its notes (`notes_headings.txt`: "Background",
    "Notes to editors", "About Kestrel Bio"), with running text before it (the story comes first), or None."""
    told = False
    for row in rows[end:]:
        if told and len(row.text) <= _NOTES_CHARS and patterns("notes_headings.txt").fullmatch(row.text):
            return _field(row, 0, len(row.text))
        told = told or bool(_SENTENCE_IN.search(row.text))
    return None


_NOTES_CHARS = 80
"""Longest heading of a page's notes."""


def detect(text: str) -> Metadata:
    """Detect title, publication date, publisher and lead paragraph from the original article text."""
    rows = _rows(text)
    found = _banner(rows)
    banner_i, banner = found if found else (None, None)
    skip = frozenset() if banner_i is None else frozenset({banner_i})
    while True:
        t = _title(rows, skip)
        title_i, title = t if t else (None, None)
        end = _body_start(rows, title_i if title_i is not None else -1)
        publisher = _publisher(text, rows, rows[:end], title_i, banner)
        if title_i is None or publisher is None or title.value.casefold() != publisher.value.casefold():
            break
        skip |= {title_i}  # a line that only names the publisher is its site name, not the headline
    return Metadata(title, _published(text, rows, end), publisher, _lead(rows, title), _notes(rows, end))
