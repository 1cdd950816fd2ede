"""Organisations: capitalised names built around a head word (University, Hospital, Bureau, ...), acronyms
linked to their long form, and spaCy ORG entities that pass the same filters.

Rules are small functions over the cleaned text; names of programmes, events, plans and documents (a last word
from `org_not_heads.txt`) are not organisations.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache
from typing import Iterable

from analysis.extract import gazetteer
from analysis.extract.menus import menu_word
from analysis.extract.names import POSSESSIVE as _POSS
from analysis.extract.names import bare, contracts, initials, is_head, is_place_name, lower_case_words, own_words
from analysis.extract.nlp import Context, Mention
from analysis.extract.org_cues import (
    care_subjects,
    class_nouns,
    class_patterns,
    completes,
    public_body,
    study_fields,
    type_of,
)
from analysis.extract.overlap import _SpanIndex
from analysis.extract.roles import described_after, seated
from analysis.ingest.clean import lines, noise_line
from analysis.ingest.dates import MONTH_PATTERN, MONTHS
from analysis.ingest.metadata import newsroom_unit
from analysis.resources import alternation, lower_words, patterns, table, words

_CAP = r"(?:No\. ?\d+|[A-Z]\.(?= [A-Z][a-z])|[A-Z](?:[\w'’`&-]|–(?=[A-Z])|\.(?=\w))*|\d+(?:st|nd|rd|th))"
"""A capitalised word of a name; an en dash joins two as a hyphen does ("UK–Norvia Centre")."""


@lru_cache(maxsize=1)
def non_org_letters() -> frozenset[str]:
    """Upper-case letters that name no organisation: the domain's common-noun abbreviations ("GP", "MoU":
    `non_org_acronyms.txt`) and the letters written after a person's name (`post_nominals.txt`: "JP", "OBE")."""
    return frozenset(words("non_org_acronyms.txt")) | frozenset(r[0] for r in table("post_nominals.txt"))


@lru_cache(maxsize=1)
def name_sequence() -> re.Pattern:
    """A run of capitalised words joined by single spaces and the connectors of `org_connectors.txt`, after a space
    or a dash written as two hyphens ("...--Tarrow Devices Ltd"); a currency
    written before a number (`amount_currency_prefix.tsv`: "RMB 25 million") is a sum's, never a word of a name
    ("funded by the Kestrel Trust and RMB 25 million from ..." names one body)."""
    conn = "|".join(re.escape(w) for w in sorted(words("org_connectors.txt"), key=len, reverse=True))
    legal = alternation("org_lower_suffixes.txt")
    word = rf"(?!{_currency_ahead().pattern}){_CAP}"
    return re.compile(rf"(?:(?<![\w'’–-])|(?<=--)){word}(?:,? (?:(?:{conn}) )*{word})*(?: (?:{legal})(?![\w-]))?")


@lru_cache(maxsize=1)
def _currency_ahead() -> re.Pattern:
    """A currency written before a number (`amount_currency_prefix.tsv`: "RMB 25 million", "HKD 300"): a sum's,
    never a name's word or a body's acronym."""
    cur = "|".join(f"(?:{r})" for r, _ in table("amount_currency_prefix.tsv"))
    return re.compile(rf"(?:{cur}) ?\d")


_TOKEN = re.compile(r"[^ ,]+")
_ACRONYM = re.compile(
    r"(?:(?<![\w-])|(?<=[A-Z]{2}[-/]))([A-Z][A-Z&]{1,7})(?:s|'s|’s)?(?:(?![\w-])|(?=[-/][A-Z]{2,}(?![\w-])))"
)
"""An acronym, alone or joined to another by a hyphen or slash ("NIHR-NSFC call": both bodies), not a word's part
("COVID-19", "X-ray")."""
_Q = "[\"“”'‘’]"
_DEF = re.compile(r" ?\(([A-Z][A-Za-z&.-]{1,11})(?:(?: or |, )[^()\n]{1,40})?\)")
_PLACE_DEF = re.compile(r" ?\(((?:[A-Z][a-z]+ ){1,2})([A-Z][A-Za-z&.-]{1,11})\)")
"""A short form after the country or place of the body it stands for: "(Norway CDC)"."""
_IN_PLACE_DEF = re.compile(r" in ((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+) \(([A-Z]{2,8})\)")
"""The place a name closes with, then the short form that spells both ("Tarn Trade Council in Norvia (TTCN)")."""
_QUOTED_DEF = re.compile(rf" ?\({_Q}([A-Z][\w&.-]*(?: [A-Z][\w&.-]*){{0,3}}){_Q}(?:(?: or |, )[^()\n]{{1,40}})?\)")
_HEREINAFTER = re.compile(
    rf" ?\((?:hereinafter|henceforth) (?:referred to as |called |as )?(?:the )?{_Q}?([A-Z][\w -]{{1,40}}?){_Q}?\)"
)
_MONTHS = frozenset(MONTHS)


def _tokens(text: str, offset: int) -> list[tuple[int, int, str]]:
    return [(offset + m.start(), offset + m.end(), m.group()) for m in _TOKEN.finditer(text)]


def _split_parts(toks: list[tuple[int, int, str]], text: str, base: int) -> list[list[tuple[int, int, str]]]:
    """Split a capitalised run at commas, after the possessive of a headed name ("Northvale University's Asia
    Centre", "University of Tollan's School of Law"; not "St Anne's Hospital") or of a name with a head word before a
    post ("the Department of Trade and Industry's Minister of State"), and at "and"/"&" between two headed names."""
    parts: list[list[tuple[int, int, str]]] = [[]]
    for i, t in enumerate(toks):
        parts[-1].append(t)
        after = text[t[1] - base : t[1] - base + 1]
        place = _place_owner(parts[-1]) if _POSS.search(t[2]) and i + 1 < len(toks) else 0
        owned_post = i + 1 < len(toks) and _is_role(toks[i + 1][2]) and any(is_head(x[2]) for x in parts[-1])
        if after == "," or (
            _POSS.search(t[2]) and i + 1 < len(toks) and (_owner_ends(parts[-1]) or place or owned_post)
        ):
            if place and len(parts[-1]) > place + 1 and parts[-1][-place - 1][2] in ("and", "&"):
                parts[-1] = parts[-1][: -place - 1]  # "A and Westport's B": Westport says where B is
            elif (cut := _possessor_complement(parts[-1])) > 0:
                parts[-1] = parts[-1][:cut]  # "Centre for X of the Tarn Government's Department of Y": the centre
                # is of that department, whose owner the possessive names
            parts.append([])
    parts = _fields_listed(parts)
    out: list[list[tuple[int, int, str]]] = []
    for k, p in enumerate(parts):
        listed = bool(p) and (k > 0 or text[max(0, p[0][0] - base - 2) : p[0][0] - base] == ", ")
        out.extend(_split_and(p, listed))
    return [p for p in out if p]


def _fields_listed(parts: list[list[tuple[int, int, str]]]) -> list[list[tuple[int, int, str]]]:
    """Parts split at commas joined again where the commas list what one name is of: a headed name whose "of" part
    is a field of study (`org_cues.study_fields`), then items with no place, the last one closing the list with
    "and", and no head word but after fields ("School of Computing, Engineering and Applied Systems", "Ministry of
    Health, Labour and Welfare"); a list of bodies ("Department of Health, Kestrel Ltd and Lanfield") is no such
    list."""
    for k, p in enumerate(parts[:-1]):
        cut = max((i for i, t in enumerate(p) if t[2] in _GOVERNS), default=-1)
        if cut <= 0 or not any(is_head(t[2]) for t in p[:cut]) or not p[cut + 1 :]:
            continue
        if not all(t[2] in study_fields() or t[2] in ("the", "The") for t in p[cut + 1 :]):
            continue
        j = next((j for j in range(k + 1, len(parts)) if any(t[2] == "and" for t in parts[j])), None)
        if j is None or parts[j][0][2] == "and" or [t[2] for t in parts[j]].count("and") > 1:
            continue  # ", and Dr A B": the name's list is closed before
        words_ = [t[2] for q in parts[k + 1 : j + 1] for t in q]
        before = words_[: words_.index("and")]
        if any(is_place_name(w) for w in words_) or not all(q and len(q) <= 4 for q in parts[k + 1 : j]):
            continue
        if not any(is_head(w) for w in words_) or all(w in study_fields() for w in before):  # a head only after fields
            return parts[:k] + [[t for q in parts[k : j + 1] for t in q]] + parts[j + 1 :]
    return parts


def _possessor_complement(part: list[tuple[int, int, str]]) -> int:
    """Where the "of" part of a headed name starts when that part is the possessor of the next name ("Centre for
    Health Protection of the Tarn Government's Department of Health"), else 0: the body named before "of" belongs to
    the body after the possessive, not to the possessor."""
    cut = max((i for i, t in enumerate(part) if t[2] == "of"), default=-1)
    last = part[-1][2]
    if cut <= 0 or not _POSS.search(last) or not is_head(_POSS.sub("", last)):
        return 0
    if not any(is_head(t[2]) for t in part[:cut]):
        return 0
    return cut if part[cut + 1][2] in ("the", "The") and len(part) - cut > 2 else 0


def _owner_ends(part: list[tuple[int, int, str]]) -> bool:
    """True when a part ending in a possessive is a whole headed name: the possessive is its head ("Northvale
    University's") or follows "of" with a place ("University of Tollan's"), not "Women and Children's"."""
    if is_head(part[-1][2]):
        return True
    cut = max((i for i, t in enumerate(part) if t[2] in _GOVERNS), default=-1)
    if cut <= 0 or not any(is_head(t[2]) for t in part[:cut]):
        return False
    tail = " ".join(t[2] for t in part[cut + 1 :] if t[2] not in ("the", "The"))
    return is_place_name(_POSS.sub("", tail))


def _place_owner(part: list[tuple[int, int, str]]) -> int:
    """The number of words of the place when a part ends in a place's possessive ("Westport's", "the Bureau and
    Westland's"), else 0: "Westport's Health Bureau" is the Health Bureau of Westport and "Westland's Medical
    Research Council" the Medical Research Council of Westland, the place saying where it is."""
    toks = [t[2] for t in part]
    for n in (1, 2, 3):
        if len(toks) < n or not is_place_name(_POSS.sub("", " ".join(toks[-n:]))):
            continue
        if len(toks) == n or toks[-n - 1] in ("the", "The", "and", "&"):
            return n  # "Westland's", "the Bureau and the UK's": a place's possessive opens the next name
    return 0


def _seated(word: str) -> str | None:
    """What a word joined to a participle of where a body is based stands before it ("Leeds-based" -> "Leeds",
    "Nasdaq-listed" -> "Nasdaq"; `org_place_participles.txt`), else None."""
    head, dash, tail = word.rpartition("-")
    return head if dash and head and tail.casefold() in lower_words("org_place_participles.txt") else None


def _based_in_place(toks: list[tuple[int, int, str]]) -> bool:
    """True when the tokens open with a place of two or three words written before "-based" or another participle of
    a seat ("New Haven-based", "Hong Kong-listed"): where the body is, not its name ("Evidence-based" is no place)."""
    for n in (2, 3):
        if len(toks) > n - 1 and (stem := _seated(toks[n - 1][2])) is not None:
            return is_place_name(" ".join([t[2] for t in toks[: n - 1]] + [stem]))
    return False


def _local_place(name: str) -> bool:
    """A place name below country level, or a territory that is one city (`amount_local_places.txt`)."""
    if not is_place_name(name):
        return False
    canon = gazetteer.canonical(name) or name
    return gazetteer.level(canon) != "country" or canon in words("amount_local_places.txt")


def _place_tail(part: list[tuple[int, int, str]]) -> int | None:
    """Index of the "of" before a place below country level that ends a company's name ("Kelvo Pharma Group of
    Westport", "Kelvo Biotech of Eastport"), or None: the place says where the company is, it is not part of
    its name. The words before "of" must be a whole company's name, a head with a word of its own before it; a
    government-style body, a university or a hospital keeps its place ("People's Government of Westport",
    "University of Eastport"), and so does a name that is only a head ("Bank of Westland")."""
    cut = max((i for i, t in enumerate(part) if t[2] == "of"), default=-1)
    if cut < 2:
        return None
    place = " ".join(t[2] for t in part[cut + 1 :] if t[2] not in ("the", "The"))
    if not place or not _local_place(place):
        return None
    typed = type_of(" ".join(t[2] for t in part[:cut]))
    return cut if typed is not None and typed[0] == "company" and not is_head(part[0][2]) else None


def _joins_complement(left: list[tuple[int, int, str]], right: list[tuple[int, int, str]]) -> bool:
    """True for an "and" that joins two words of an "of" part: no head word in the left side after its last
    of/for/on, and none in the right side before its next "and" unless the right side opens with a possessive that
    shares its head with the left words ("Branch of the City Women and Children's Centre": one body) or the "and"
    joins two fields of study (`org_study_fields.txt`: "Kelby Institute of Biology and Chemistry")."""
    cut = max((i for i, t in enumerate(left) if t[2] in _GOVERNS), default=-1)
    if cut < 0 or any(is_head(t[2]) for t in left[cut + 1 :]) or right[:1] and right[0][2] == "the":
        return False
    fields = study_fields()
    if left[cut + 1 :] and all(t[2] in fields for t in left[cut + 1 :]) and right and right[0][2] in fields:
        return True  # "Kelby Institute of Biology and Chemistry": two fields the name is of
    if cut + 1 < len(left) and right and _POSS.search(right[0][2]):
        return True
    nxt = next((i for i, t in enumerate(right) if t[2] in ("and", "&")), len(right))
    return not any(is_head(t[2]) for t in right[:nxt])


def _split_and(part: list[tuple[int, int, str]], listed: bool = False) -> list[list[tuple[int, int, str]]]:
    """Split at "and" between two headed names, after a place name of one to three words ("Hong Kong and X
    Hospital"), before a headed name that opens with a place after words that are none ("Kestrel Vale and Wuhan
    Linden Hospital"), before "the" or a name's own "The" next to a headed name ("KLX and the Tollan Hospital"), or
    in the last item of a comma list when one side has a head and the left side no "of" part (`listed`: "A, Tollan
    Ltd and Care Visions"; not "A, Department of Health and Social Care")."""
    for i, t in enumerate(part):
        if t[2] in ("and", "&"):
            left, right = part[:i], part[i + 1 :]
            if _place_tail(left) is not None and _opens_with_place(right):
                # "Kelvo Biotech of Eastport and Westport Orrin Lenses": two firms, each with its place
                return _split_and(left) + _split_and(right)
            if _joins_complement(left, right):
                continue  # "Department of Health and Social Care and X": the first "and" is inside the name
            if _joins_places(left, right):
                continue  # "University Hospitals Bristol and Weston NHS Foundation Trust": one trust of two places
            l_head, r_head = any(is_head(x[2]) for x in left), any(is_head(x[2]) for x in right)
            the_next = bool(right) and right[0][2] in ("the", "The")  # "X and The Tollan Hospital": a name's own "The"
            if left and right and is_head(left[-1][2]) and not r_head and not _POSS.search(left[-1][2]):
                # "Northvale University and Eastmoor": a whole headed name, then words no head makes a body of
                return _split_and(left) + [right]
            last_item = (
                listed
                and t[2] == "and"
                and not any(x[2] in _GOVERNS for x in left)
                and (l_head or (r_head and not (left and is_place_name(left[0][2]))))
                and not (left and all(x[2] in words("org_public_fields.txt") for x in left))
            )  # not "A, Tollan Women and Children Hospital": a place, then words that share the head after "and";
            # not "A, Food and Transport Bureau": public-service fields that share the head after "and"
            if (
                (l_head and (r_head or the_next))
                or last_item
                or (
                    r_head
                    and any(is_place_name(" ".join(x[2] for x in left[-n:])) for n in (1, 2, 3) if len(left) >= n)
                )
                or (l_head and right and is_place_name(" ".join(x[2] for x in right)))
                or (r_head and the_next)
                or (r_head and _opens_with_place(right) and not any(is_place_name(x[2]) for x in left))
            ):
                return _split_and(left) + _split_and(right)
    return [part]


_GOVERNS = ("of", "for", "on")


def _joins_places(left: list[tuple[int, int, str]], right: list[tuple[int, int, str]]) -> bool:
    """True for an "and" between two places inside one name: the left side ends with a place and the right side is one
    capitalised word (a place the reference data may not hold) and a head of two words or more ("... Bristol and
    Weston NHS Foundation Trust"; not "... Leeds and Bradford Hospital")."""
    return (
        bool(left)
        and len(right) >= 3
        and is_place_name(left[-1][2])
        and right[0][2][:1].isupper()
        and not is_head(right[0][2])
        and all(is_head(x[2]) for x in right[1:])
    )


def _opens_with_place(part: list[tuple[int, int, str]]) -> bool:
    """True when a headed name opens with a place of one or two words and goes on ("Wuhan Linden Hospital"): in
    "Kestrel Vale and Wuhan Linden Hospital" the left words, no place, are another body's short name."""
    return any(len(part) > n and is_place_name(" ".join(x[2] for x in part[:n])) for n in (1, 2))


def _is_role(tok: str) -> bool:
    return tok.casefold() in lower_words("role_words.txt") and not is_head(tok)


def _trim(part: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The organisation inside one part: from the first segment (split at of/for/on) holding a head word, skipping
    a job title before "of" ("Hospital Chief Executive of X Hospital" -> "X Hospital")."""
    conn = words("org_connectors.txt")
    segs: list[list[tuple[int, int, str]]] = [[]]
    for t in part:
        if t[2] in _GOVERNS:
            segs.append([])
        segs[-1].append(t)
    if len(segs) > 1 and segs[-1][0][2] == "on" and _POSS.search(segs[-1][-1][2]):
        segs.pop()  # "X Corporation on the Minister's trade mission": a phrase about something else
    first = next(
        (
            i
            for i, s in enumerate(segs)
            if any(is_head(x[2]) for x in s)
            and not (_is_role(s[-1][2]) and not _head_phrase_end(s))
            or _body_before_title(s)
        ),
        None,
    )
    if first is None:
        return []
    if any(s[-1][2] in words("org_not_heads.txt") for s in segs[:first] if s) and not own_words(
        " ".join(t[2] for s in segs[first:] for t in s)
    ):
        return []  # "Co-operation Agreement on Health and Medical Services": what a document is about, no body
    toks = [t for s in segs[first:] for t in s]
    if _body_before_title(segs[first]):
        toks = _body_before_title(segs[first])  # "Welsh Government Minister for Trade": the body the title is of
    if first > 0 and toks and toks[0][2] in _GOVERNS:
        toks = toks[1:]
    titles = words("person_titles.txt")
    while toks and (
        toks[0][2] in conn
        or _seated(toks[0][2]) is not None  # "the Westport-based Harbour Insurance Co": where it is, not its name
        or _based_in_place(toks)  # "the New Haven-based Harbour Insurance Co"
        or toks[0][2] in titles
        or toks[0][2] in _MONTHS
        or (_is_role(toks[0][2]) and not (len(toks) > 1 and is_head(toks[1][2])))  # not "General Administration"
        or toks[0][2] in ("The", "A", "An")
        or toks[0][2] in words("org_opening_labels.txt")
    ):
        toks = toks[1:]
    cut = next((i for i, t in enumerate(toks) if i > 0 and t[2] in titles), None)
    if cut is not None and any(is_head(t[2]) for t in toks[:cut]):
        toks = toks[:cut]  # "the Harbour Medical Board Dr Alice Wong", "X School Professor A B": a title opens a person
    legal = next((i for i, t in enumerate(toks[:-1]) if _legal_form(t[2]) and toks[i + 1][2] in _GOVERNS), None)
    if legal is not None:
        toks = toks[: legal + 1]  # "Aldwick Diagnostics Ltd of Kent": a legal form ends the name
    tail = _place_tail(toks)
    if tail is not None:
        toks = toks[:tail]  # "Kelvo Pharma Group of Westport": where the company is
    while toks and (toks[-1][2] in conn or _seated(toks[-1][2]) is not None):
        toks = toks[:-1]  # "... of Medical Sciences and Suzhou-based": where the next body is, not this name
    return _without_news_pages(toks)


def _without_news_pages(toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A name without the words of its body's own news pages after its head ("Tarn City Council Press Releases" ->
    "Tarn City Council", `own_site_words.txt`); an outlet's own name keeps them ("Harbour Daily News")."""
    own = lower_words("own_site_words.txt")
    for n in (3, 2, 1):
        if len(toks) > n and " ".join(t[2] for t in toks[-n:]).casefold() in own:
            kind = type_of(" ".join(t[2] for t in toks[:-n]))
            return toks[:-n] if kind is not None and kind[0] != "company" else toks
    return toks


def _body_before_title(seg: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The name before a job title closing a segment when that name has words of its own ("Tarrow County Council"
    of "Tarrow County Council Leader"); empty for "Hospital Chief Executive", "Kelby's Hospital Chief Executive",
    "Kelby Hospital", "Consulate General"."""
    if not seg or not _is_role(seg[-1][2]) or _head_phrase_end(seg):
        return []
    cut = max((i for i, t in enumerate(seg) if is_head(t[2])), default=-1)
    modifiers = lower_words("role_modifiers.txt")
    if cut < 1 or not all(_is_role(t[2]) or t[2].casefold() in modifiers for t in seg[cut + 1 :]):
        return []
    if any(_POSS.search(t[2]) for t in seg[:cut]):
        return []  # "Kelby's Hospital Chief Executive": the title names the body
    own = [t for t in seg[:cut] if not is_head(t[2]) and not _is_role(t[2]) and t[2] not in words("org_connectors.txt")]
    return seg[: cut + 1] if own else []


def _legal_form(tok: str) -> bool:
    """True for a company's legal-form word ("Ltd", "plc", "Co."), which ends its name."""
    return tok.rstrip(".").casefold() in lower_words("org_legal_forms.txt")


def governing(toks: list[str]) -> list[str]:
    """The words of a name before its first of/for/on: the part whose last noun names what the body is
    ("Forum" in "Northvale University Forum on Ageing", "Department" in "Department of Health Policy")."""
    stop = next((i for i, t in enumerate(toks) if t in _GOVERNS and i > 0), len(toks))
    return toks[:stop]


def _acceptable(toks: list[tuple[int, int, str]], definite: bool = False) -> bool:
    """A headed name that names a body: a head word, a governing part that is not a programme, event or
    document ("X University Forum", "Y Hospital Reform Plan"), some word of its own besides head words (unless
    written "the Hospital Authority" in running text, `definite`), and not a job title."""
    if not toks:
        return False
    if not any(is_head(t[2]) for t in toks):
        return public_body(" ".join(t[2] for t in toks)) is not None
    gov = governing([t[2] for t in toks])
    heads_at = [i for i, t in enumerate(gov) if is_head(t)]
    after_head = gov[heads_at[-1] + 1 :] if heads_at else gov
    if any(bare(t) in words("org_not_heads.txt") or not_a_body(t) for t in after_head):
        return False  # "Tollan University Forum", "Kestrel Hospital Inpatient Building"
    if _is_role(toks[-1][2]) and not _head_phrase_end(toks):
        return False  # "Kelby Hospital Director", but "Westmarch Consulate General"
    content = [t[2] for t in toks if t[2] not in words("org_connectors.txt")]
    if any(_is_role(t) for t in content) and all(is_head(t) or _is_role(t) for t in content):
        return False  # "Party Branch", "Director Office": role and head words with no name of their own
    if all(is_head(t) for t in content):
        return definite and len(content) >= 2
    return True


def heading_line(ctx: Context, pos: int) -> bool:
    """True inside a title-case heading line (no closing punctuation, most words capitalised; numbers and quote
    marks aside: '04 Weaving the "Healthy Net" of Rural Clinics')."""
    s, e = ctx.paragraph_at(pos)
    memo = ctx.memo.setdefault("heading_line", {})
    if (s, e) not in memo:
        memo[s, e] = _heading_text(ctx.text[s:e].strip())
    return memo[s, e]


def _heading_text(line: str) -> bool:
    """True for a title-case heading line (see `heading_line`)."""
    if not 3 <= len(line.split()) <= 16 or line[-1:] in '.:;,”"':
        return False
    small = words("org_connectors.txt") | {"to", "with", "in", "a"}
    toks = [t.strip("\"“”‘’'(") for t in line.split()]
    toks = [t for t in toks if t and not t[0].isdigit() and t.casefold() not in small]
    return bool(toks) and sum(t[0].isupper() for t in toks) >= 0.8 * len(toks)


def _ner_split(part: list[tuple[int, int, str]], ner_ends: set[int]) -> list[list[tuple[int, int, str]]]:
    """Split at "and" where the words before it end a spaCy ORG entity ("Acme UK and Beta Group"), unless it joins two
    things a specialist body treats ("Tarn Bone and Joint Hospital": `org_care_subjects.txt`)."""
    cared = care_subjects()
    for i, t in enumerate(part):
        if t[2] in ("and", "&") and i > 0 and part[i - 1][1] in ner_ends and any(is_head(x[2]) for x in part[i + 1 :]):
            if part[i - 1][2] in cared and part[i + 1][2] in cared:
                continue
            return [part[:i]] + _ner_split(part[i + 1 :], ner_ends)
    return [part]


_OPENER_POS = frozenset({"ADP", "ADV", "SCONJ", "CCONJ", "PRON", "DET", "AUX", "PART", "INTJ"})


def _drop_opener(ctx: Context, toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Without a first word that is capitalised only because it opens the sentence (or a quotation at its start) and
    is a function word ("Unlike Northvale College", '"When the Tollan Clinic opens'), a verb opening a clause before
    the name ("Visiting Tollan Hospital, the minister ...": not the sentence's subject, a place, nor before a
    connector or a head word, as in "Reading Borough Council", "Nursing and Midwifery Council", "Teaching Hospital")
    or a class noun that describes the body ("Drugmaker Corran Biologics", "Insurer Kestrel Life")."""
    while len(toks) > 1 and ctx.opens_sentence(toks[0][0]):
        tok = ctx.token_at(toks[0][0])
        if is_head(toks[0][2]) or tok is None:
            break
        verb = (
            tok[1].tag_ == "VBG"
            and tok[1].dep_ == "advcl"  # a clause before the sentence's subject, not its subject ("Reading Council")
            and toks[1][2][:1].isupper()
            and not is_head(toks[1][2])
            and not is_place_name(toks[0][2])
        )
        if tok[1].pos_ not in _OPENER_POS and not verb and toks[0][2].casefold() not in class_nouns():
            break
        toks = toks[1:]
        while toks and toks[0][2] in ("the", "The", "a", "an"):
            toks = toks[1:]
    return toks


def _head_phrase_end(toks: list[tuple[int, int, str]]) -> bool:
    """True when the last word ends the name's head phrase ("General" of "Consulate General", `org_types.tsv`)."""
    head = type_of(" ".join(t[2] for t in toks))
    return head is not None and len(head[1].split()) > 1 and head[1].split()[-1] == toks[-1][2]


def _before_person(toks: list[tuple[int, int, str]], person_starts: set[int]) -> list[tuple[int, int, str]]:
    """The name cut before a person's name that follows its head word ("Head of Academy Jane Roe" -> "Academy")."""
    seen_head = False
    for i, t in enumerate(toks):
        if seen_head and t[0] in person_starts and not any(is_head(x[2]) for x in toks[i:]):
            if i == len(toks) - 1 and toks[i - 1][2] == "and":
                continue  # "NHS Dumfries and Galloway": one word after "and" ending a name is no person's name
            return toks[:i]
        seen_head = seen_head or is_head(t[2])
    return toks


def _counted(text: str, start: int) -> bool:
    """True for a name after a cardinal number: a count of a class of bodies, not one body ("six Rural Health
    Centre for Training", "12 Community Hospitals"); a number that ends a clause ("in late 2020, Health Bureau
    director ...") counts nothing."""
    m = re.search(r"(?<!\S)(\d[\d,]*(?<!,)|[a-z]+) $", text[max(0, start - 21) : start])
    return bool(m) and (m.group(1)[0].isdigit() or m.group(1) in _number_words())


_PLACE_POSSESSIVE = re.compile(r"((?:[A-Z][\w'’-]* ){0,2}[A-Z][\w'’-]*)['’]s $")


def _definite(text: str, toks: list[tuple[int, int, str]], heading: bool) -> bool:
    """True for a name written after "the" or a place's possessive in running text ("the Hospital Authority said",
    "Westland's Insurance Authority approved it")."""
    if not toks or heading:
        return False
    before = text[max(0, toks[0][0] - 4) : toks[0][0]]
    if before in ("the ", "The "):
        return True
    owner = _PLACE_POSSESSIVE.search(text, max(0, toks[0][0] - 40), toks[0][0])
    return owner is not None and is_place_name(owner.group(1))


def _heading_name(part: list[tuple[int, int, str]]) -> bool:
    """In a title-case line, a part is a name only when it ends in a head word or its part before "of" does ("The
    Second Hospital of Tollan University School of Medicine" as a line of a list of members)."""
    if part[0][2] == "To":
        return False
    gov = governing([t[2] for t in part])
    return is_head(part[-1][2]) or is_head(gov[-1])


def _public(ctx: Context, part: list[tuple[int, int, str]], heading: bool) -> list[tuple[int, int, str]]:
    """A part named the way national public bodies are ("Health Education England", "Innovate UK"; see
    `org_cues.public_body`), outside headings and lists of sections."""
    if heading:
        return []
    segs: list[list[tuple[int, int, str]]] = [[]]
    for t in part:
        if t[2] in words("org_connectors.txt") or t[2] in ("The", "A", "An"):
            segs.append([])
        else:
            segs[-1].append(t)
    for seg in segs:
        seg = _drop_opener(ctx, seg)
        if len(seg) >= 2 and public_body(" ".join(t[2] for t in seg)) is not None:
            return seg
    return []


_ON_DATE = re.compile(r" on ((?:[A-Z]\w*|\d+)(?: (?:[A-Z]\w*|\d+))*)$")


_MONTH_OR_DAY = re.compile(rf"(?:{MONTH_PATTERN}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.?(?: \d+)?")
"""A month, written out or short ("Feb", "Sept"), or a weekday, with a day number: a date's words."""


def _without_date(text: str, s: int, e: int, dates: list) -> int:
    """End of a name without a trailing "on <date>" ("X Medical Group on Monday", "X Commission on Feb 20": the date
    is not part of it), a date spaCy reads or a month's or weekday's name."""
    cut = _ON_DATE.search(text, s, e)
    if cut and (
        any(d.start <= cut.start(1) and cut.end(1) <= d.end for d in dates) or _MONTH_OR_DAY.fullmatch(cut.group(1))
    ):
        return cut.start()
    return e


def name_syllables(ctx: Context) -> list[tuple[int, int]]:
    """Spans of lower-case words between two capitalised words that the tagger reads as proper nouns: syllables of
    a transliterated name written apart ("Hospital of Tan Kah kee University"; not "Northvale University met
    Eastmoor Hospital")."""
    conn = words("org_connectors.txt")
    out = []
    for m in _SYLLABLE.finditer(ctx.text):
        tok = ctx.token_at(m.start(1))
        if m.group(1) in conn or is_head(m.group(1).capitalize()):
            continue  # "UK biotech Marrowfield": a head word in lower case describes the body, no syllable of a name
        if tok is not None and tok[1].tag_ in ("NNP", "NNPS"):
            out.append((m.start(1), m.end(1)))
    return out


_SYLLABLE = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]* ([a-z]+)(?= [A-Z])")


def _with_syllables(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with each syllable of `name_syllables` capitalised (same length), so that the name runs over it."""
    if not spans:
        return text
    chars = list(text)
    for s, _ in spans:
        chars[s] = chars[s].upper()
    return "".join(chars)


def headed_names(ctx: Context) -> list[Mention]:
    """Rule organizations.headed_name: capitalised names that contain an organisation head word (a syllable of a
    transliterated name written in lower case inside it counts as capitalised: `name_syllables`)."""
    out = []
    text = ctx.text
    runs = _with_syllables(text, name_syllables(ctx))
    ner_ends = {e.end for e in ctx.ents if e.label == "ORG"}
    person_starts = {e.start for e in ctx.ents if e.label == "PERSON"}
    dates = [e for e in ctx.ents if e.label == "DATE"]
    for m in name_sequence().finditer(runs):
        toks = _tokens(m.group(), m.start())
        heading = heading_line(ctx, m.start())
        parts = [q for p in _split_parts(toks, text, 0) for q in _ner_split(p, ner_ends)]
        for part in parts:
            if heading and (not part or not _heading_name(part)):
                continue
            org = _before_person(_drop_opener(ctx, _trim(part)), person_starts) or _public(ctx, part, heading)
            org = _without_demonym_complement(org, text)
            if _acceptable(org, _definite(text, org, heading)) and not _counted(text, org[0][0]):
                s, e = org[0][0], org[-1][1]
                if text[e - 1] == "." and not re.search(r"(?:Co|Ltd|Inc)\.$", text[s:e]):
                    e -= 1
                e = _without_date(text, s, e, dates)
                name = _POSS.sub("", text[s:e]) if any(is_head(t[2]) for t in org) else text[s:e]
                if portfolio(text, s, name.strip()):
                    continue  # "Chief Officer for Cross-border Care Services": what the post covers
                if deal_topic(text, s):
                    continue  # "the Co-operation Arrangement on Cross-boundary Care Services": what a deal is on
                out.append(Mention("organization", s, e, "organizations.headed_name", {"name": name.strip()}))
    return out


@lru_cache(maxsize=1)
def _followers() -> re.Pattern:
    return re.compile(
        rf" (?:the )?(?:{'|'.join(re.escape(w) for w in sorted(words('org_not_followers.txt')))})(?![\w-])", re.I
    )


def _without_demonym_complement(org: list[tuple[int, int, str]], text: str) -> list[tuple[int, int, str]]:
    """A name without an "of"/"for" part of words of nationality that go on in lower case ("the Kestrel Institute
    for Scottish and Chinese health researchers": the Kestrel Institute; the words say whom it hosts), else as
    found ("Centre for Chinese Studies" keeps its part)."""
    cut = max((i for i, t in enumerate(org or ()) if t[2] in _GOVERNS), default=-1)
    tail = [t[2] for t in org[cut + 1 :]] if cut >= 1 else []
    if not tail or not re.match(r" [a-z]", text[org[-1][1] : org[-1][1] + 2]):
        return org
    if not all(w in gazetteer.demonyms() or w in ("and", "&") for w in tail) or tail[-1] in ("and", "&"):
        return org
    return org[:cut]


def followed_by_non_org(text: str, end: int) -> bool:
    """True when the word after a name makes it a programme, product or event ("X campaign", "Y technology")."""
    return bool(_followers().match(text, end))


@lru_cache(maxsize=1)
def _number_words() -> frozenset[str]:
    out = {r[0].casefold() for r in table("number_words.tsv") if " " not in r[0]}
    return frozenset(out | {"thousand", "million", "billion"})


_LOWER_BEFORE = re.compile(r"(?<![\w.'’-])([a-z][a-z-]*),? $")


def after_lower_role(text: str, s: int) -> bool:
    """True for a name right after a role word written in lower case, with or without a comma ("chief executive A
    B", "lawmaker A B", "the union's president, A B"): a name there is the role's holder."""
    m = _LOWER_BEFORE.search(text, max(0, s - 30), s)
    return bool(m) and m.group(1) in lower_words("role_words.txt") and m.group(1) not in ("of", "the", "and")


def in_job_title(ctx: Context, s: int, e: int, name: str) -> bool:
    """True for a unit name written between commas right after a role word ("director, Finance Department, X")."""
    if bare(name.split()[-1]) not in words("org_sub_unit_heads.txt"):
        return False
    m = re.search(r"([A-Za-z-]+),? $", ctx.text[max(0, s - 40) : s])
    if not m or m.group(1).casefold() in ("of", "the", "and"):
        return False  # "director of the Health Bureau, said": the body the director heads
    return m.group(1).casefold() in lower_words("role_words.txt") and ctx.text[e : e + 2] == ", "


def _titled(text: str, s: int, e: int) -> bool:
    """Whether a person's title stands right before the name at `s` ("Dr Owain Rhys", "Prof. Ann Lee") or the
    letters of an elected seat right after it, ending at `e` ("Ann Marsh MP")."""
    before = re.search(r"(?<![\w.])([A-Z][a-z]*\.?) $", text[max(0, s - 12) : s])
    if before and before.group(1) in words("person_titles.txt"):
        return True
    return seated(text, e)


def spacy_orgs(ctx: Context, taken: list[Mention]) -> list[Mention]:
    """Rule organizations.ner: spaCy ORG entities outside the headed names, filtered by the same lexicons."""
    out = []
    bad = non_org_letters() | common_noun_acronyms(ctx.text) | words("org_not_heads.txt")
    taken_ix = _SpanIndex([t for t in taken if not t.original])
    datelines = {s for s, _, _ in gazetteer.dateline_places(ctx.text)}
    for e in ctx.ents:
        if e.label != "ORG" or taken_ix.overlaps_span(e.start, e.end) or e.start in datelines:
            continue  # "NORTHFIELD, May 3 - ...": a dateline's place
        if _time_zone(ctx.text, e.start):
            continue  # "10:42 AM GMT": a time zone
        if _document_topic(ctx.text, e.start, e.text):
            continue  # "the Agreement on Health and Medical Services"
        s, name = e.start, e.text
        if "--" in name:  # "China--(WIRE)--Tarrow Devices Ltd": a wire's dateline before the body's name
            cut = name.rindex("--") + 2
            s, name = s + cut, name[cut:]
        if name.startswith(("the ", "The ")):
            s, name = s + 4, name[4:]
        name = re.sub(r"(?: (?:of|and|for|the|on|&))+$", "", _POSS.sub("", name))
        if " and the " in name or heading_line(ctx, s) or _counted(ctx.text, s):
            continue
        if followed_by_non_org(ctx.text, s + len(name)) or portfolio(ctx.text, s, name) or deal_topic(ctx.text, s):
            continue
        toks = name.split()
        if not toks or len(toks) > 6 or any(t in bad or bare(t) in bad for t in toks):
            continue
        if len(toks) > 1 and all(len(t) == 1 for t in toks):
            continue  # "Font size: L M S": letters of a page's controls
        if any(t.casefold() in _number_words() for t in toks) or toks[0] in words("address_titles.txt"):
            continue  # "Ten Thousand Clinics": programme slogans built on number words; "Baroness A B": a person
        if any(not (t[0].isupper() or t in words("org_connectors.txt")) for t in toks) or re.search(
            r"\d|[\"“”\[\]:;]", name
        ):
            continue
        if _only_places(toks) or all(t.casefold() in lower_words("role_words.txt") or is_head(t) for t in toks):
            continue  # "Party Branch": role and head words with no name of their own; "Tollan's Eastport"
        if len(toks) > 1 and _only_places(toks[1:]) and _describing_word(ctx, toks[0]):
            continue  # "Neighbouring Zhongshan": a describing word the article writes in lower case, then a place
        if not_a_body(toks[-1]) or capitalised_words(ctx, name):
            continue  # "Riverside Main Building", "Internal Medicine", "DEPARTMENTS"
        if _title_cased_term(ctx, toks):
            continue  # "Hong Kong Registered Drugs" where the text writes "Hong Kong-registered drugs": a term
        if len(toks) == 1 and not name.isupper():
            continue  # single capitalised words read as ORG are mostly people, products or headings
        if _is_role(toks[-1]) or len(toks) == 1 and not _bare_acronym(ctx, name, s + len(name), 2):
            continue  # "Cluster Chief Executive", "CEO of X": titles
        person = (
            after_lower_role(ctx.text, s)
            or described_after(ctx.text, s + len(name))
            or _titled(ctx.text, s, s + len(name))
        )
        if person and not any(is_head(t) for t in toks):
            continue  # "board chief executive Owain Rhys", "A B, a 71-year-old teacher", "Dr Owain Rhys", "Ann Marsh
            # MP": a person, whatever spaCy reads
        out.append(Mention("organization", s, s + len(name), "organizations.ner", {"name": name}))
    return out


def _title_cased_term(ctx: Context, toks: list[str]) -> bool:
    """Whether a name is a term written with capitals: words the article also writes in lower case ("Antimicrobial
    Resistance"), or, after places opening it, words it writes in lower case after those places and a hyphen ("Hong
    Kong Registered Drugs" beside "Hong Kong-registered drugs"; not "Guangzhou Baiyun Medical Supply", whose words the
    text writes apart); never a name holding a head word."""
    i = _place_prefix(toks)
    if len(toks) - i < 2 or any(is_head(t) for t in toks[i:]):
        return False
    if not i:  # "Antimicrobial Resistance" where the text writes "antimicrobial resistance": a topic
        return all(_written_lower(ctx, t.lower()) for t in toks)
    term = " ".join(toks[:i]) + "-" + " ".join(toks[i:]).lower()
    return re.search(rf"(?<![\w-]){re.escape(term)}(?![\w-])", ctx.text) is not None


def _written_lower(ctx: Context, word: str) -> bool:
    """Whether the article writes `word` in lower case, alone or closing a hyphened word ("registered" of "Hong
    Kong-registered"); the words of letters only are read once per article."""
    if not word.isalpha():
        return re.search(rf"(?<![A-Za-z]){re.escape(word)}(?![\w-])", ctx.text) is not None
    memo = ctx.memo.setdefault("written_lower", {})
    if "words" not in memo:
        memo["words"] = frozenset(re.findall(r"(?<![A-Za-z])[a-z]+(?![\w-])", ctx.text))
    return word in memo["words"]


def _place_prefix(toks: list[str]) -> int:
    """How many of the words opening a name are places, read greedily in runs of up to three words ("Hong Kong
    Registered Drugs" -> 2)."""
    i = 0
    while i < len(toks):
        n = next((n for n in (3, 2, 1) if i + n <= len(toks) and is_place_name(bare(" ".join(toks[i : i + n])))), 0)
        if not n:
            break
        i += n
    return i


def _describing_word(ctx: Context, word: str) -> bool:
    """Whether `word` describes what follows rather than naming a body: a participle in "-ing", or a word the article
    writes in lower case as an adjective or a participle ("nearby cities" ... "Nearby Zhongshan"; not "research" ...
    "Research England")."""
    if len(word) > 5 and word.endswith("ing"):
        return True  # "Neighbouring Zhongshan", "Developing Foshan": a participle
    if word.casefold() not in lower_case_words(ctx.text):
        return False
    m = re.search(rf"(?<![\w-]){re.escape(word.casefold())}(?![\w-])", ctx.text)
    tok = ctx.token_at(m.start()) if m else None
    return tok is not None and tok[1].pos_ in ("ADJ", "VERB")


_DOCUMENT_BEFORE = re.compile(r"\b([A-Z][\w-]*) (?:on|of|for) (?:the )?$")


def _document_topic(text: str, start: int, name: str) -> bool:
    """Whether a name in words of fields and heads only follows a document's or programme's name and "on/of/for"
    (`org_not_heads.txt`: "Agreement on Health and Medical Services"): what the document is about, no body."""
    m = _DOCUMENT_BEFORE.search(text, max(0, start - 40), start)
    return bool(m) and m.group(1) in words("org_not_heads.txt") and not own_words(name)


def _only_places(toks: list[str]) -> bool:
    """True for words that are all place names, joined by "&", "and" or commas ("Hong Kong", "Tollan's Macao", "England
    & TARNBY", "Kaiping, Enping"; a word in capitals read as the name it spells)."""
    toks = [t.rstrip(",") for t in toks]  # "Kaiping, Enping": a list of places
    toks = [t.title() if t.isupper() and len(t) > 3 else t for t in toks if t not in ("&", "and")]
    return bool(toks) and _place_prefix(toks) == len(toks)


def not_a_body(last: str) -> bool:
    """True for the last word of a facility, a sector or a field of medicine ("Harbour Hall", "Care Sector",
    "Internal Medicine"): such a name is not an organisation."""
    w = bare(last)
    w = w.split("-")[-1].capitalize() if "-" in w else w
    return w in words("org_list_bar.txt") or w in words("org_disciplines.txt")


def portfolio(text: str, start: int, name: str) -> bool:
    """True for a name without a head word right after a role and of/for: the portfolio of a title, not a body
    ("Secretary of State for Trade", "Minister for Social Affairs"); after "for", a name ending in a word of a field
    without a name is one too, head word or not ("Chief Officer for Cross-border Care Services")."""
    m = re.search(r"([A-Za-z]+) (of|for) (?:the )?(?:[A-Za-z]+-[a-z]+ )?$", text[max(0, start - 60) : start])
    if not m or m.group(1).casefold() not in lower_words("role_words.txt"):
        return False
    generic = m.group(2) == "for" and name.split()[-1].casefold() in lower_words("role_portfolio_generic.txt")
    return generic or not any(is_head(t) for t in name.split())


_DEAL_TITLE = re.compile(r"\b([A-Z][a-z]+)s? (?:on|for) (?:the )?(?:[A-Za-z]+-[a-z]+ )?$")


def deal_topic(text: str, start: int) -> bool:
    """True for a name right after a deal's capitalised title noun and "on" or "for" (`initiative_deal_nouns.txt`:
    "the Co-operation Arrangement on Cross-boundary Care Services", "Framework Agreement on Health Services"): what the
    deal is on, not a body."""
    m = _DEAL_TITLE.search(text, max(0, start - 40), start)
    return bool(m) and m.group(1).casefold() in lower_words("initiative_deal_nouns.txt")


def capitalised_words(ctx: Context, name: str) -> bool:
    """True for a name in capitals made of ordinary words that the article also writes in lower case ("THE",
    "NEWS", "DIABETES"): a heading or menu, not an acronym."""
    caps = [t for t in re.findall(r"[A-Za-z]+", name) if t.isupper() and len(t) >= 3]
    return bool(caps) and all(t.lower() in lower_case_words(ctx.text) for t in caps)


def _short_form(short: str) -> bool:
    """True for a bracketed short form that can stand for a name: mostly capitals ("(NRTC)", "(RCSEd)",
    "(HK-NU)"; not "(Tuesday)")."""
    letters = [c for c in short if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return upper >= 2 and 2 * upper >= len(letters)


def _defined_part(name: str, short: str) -> str:
    """The part of a name a short form stands for: the whole name, or the body after its "of" when only that
    one's initials open with the short form's first letter ("Riverside Clinic of Tollan General Hospital
    (TGH)" -> "Tollan General Hospital") and the short form leaves out some of the whole name's initials."""
    letters = re.sub(r"[^A-Z]", "", short)
    if not letters or initials(name)[:1] == letters[0]:
        return name
    if all(letters.count(c) >= initials(name).count(c) for c in set(initials(name))):
        return name  # every initial of the name is in the short form, in another order ("UT-WH")
    for m in re.finditer(r" (?:of|for) (?:the )?", name):
        rest = name[m.end() :]
        if initials(rest)[:1] == letters[0] and any(is_head(t) for t in rest.split()):
            return rest
    return name


_CLOCK = re.compile(r"(?<![\w:.])\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?\s$", re.IGNORECASE)
"""A time of day right before a word in capitals: the word is its time zone ("16:40 HKT"), not a body."""


def _time_zone(text: str, start: int) -> bool:
    """Whether the capitals at `start` follow a time of day (`_CLOCK`: "updated 10:42 HKT", "07:45 GMT")."""
    return _CLOCK.search(text, max(0, start - 12), start) is not None


_COMMON_DEF = re.compile(r"(?<![\w-])((?:[a-z][a-z]*[ -]){1,5}[a-z][a-z]*) \(([A-Z]{2,8})\)")
_DEGREE_DEF = re.compile(r"(?<![\w-])([A-Z][a-z]+(?: (?:of|in|[A-Z][a-z]+)){1,5}) \(([A-Z][A-Za-z]{1,7})\)")
"""A capitalised name and the short form it defines ("Master of Public Health (MPH)")."""


def common_noun_acronyms(text: str) -> frozenset[str]:
    """The acronyms a text defines as short for words in lower case, the letters of their initials ("respiratory
    syncytial virus (RSV)", "diagnosis-intervention packet (DIP)", or letters of them in order: "antimicrobial
    resistance (AMR)") that hold no head word of a body, and those of degrees ("Master of Public Health (MPH)"): the
    names of things, never of bodies, wherever the text uses them."""
    out = set()
    for m in _COMMON_DEF.finditer(text):
        ws = [w for w in re.split(r"[ -]", m.group(1)) if w]
        initials = "".join(w[0] for w in ws).upper()
        spelled = initials.endswith(m.group(2)) or any(_spells(ws[-k:], m.group(2)) for k in range(1, len(ws) + 1))
        if spelled and type_of(m.group(1).title()) is None:
            out.add(m.group(2))  # "the city health commission (CHC)" is a body written in lower case
    for m in _DEGREE_DEF.finditer(text):  # "Master of Public Health (MPH)": a degree (`degree_names.txt`)
        if m.group(1).split()[0] in words("degree_names.txt") and type_of(m.group(1)) is None:
            out.add(m.group(2))
    return frozenset(out)


def _spells(ws: list[str], acronym: str) -> bool:
    """Whether an acronym spells the words' letters in order, from the first word's initial to the last word's
    ("antimicrobial resistance (AMR)")."""
    letters = "".join(ws).upper()
    if not ws or not acronym or acronym[0] != letters[:1] or ws[-1][0].upper() not in acronym[1:]:
        return False
    it = iter(letters)
    return all(c in it for c in acronym)


def _bare_acronym(ctx: Context, a: str, end: int, shortest: int = 3) -> bool:
    """Whether an undefined acronym may name a body: `shortest` letters or more, not a place, not an ordinary
    word in capitals ("THE"; "DEALS" when the text writes "deal"; "JOURNAL" of a masthead when the text writes
    "Journal": an acronym is never written with only its first letter capitalised), not a title before "of" ("CEO
    of X")."""
    low = a.lower()
    plain = lower_case_words(ctx.text)
    if len(a) < shortest or is_place_name(a) or is_place_name(a.title()) or low in plain:
        return False
    if (low[:-1] if low.endswith("s") else low + "s") in plain or a.title() in _title_case_words(ctx.doc.raw):
        return False
    if _only_in_capital_lines(ctx.text, a):
        return False  # "INVESTMENT SLUMP": a word of a heading in capitals
    return not ctx.text.startswith(" of ", end)


_CAPITAL_LINE = re.compile(r"^[^a-z\n]*[A-Z]{2,}[^a-z\n]* [^a-z\n]*[A-Z]{2,}[^a-z\n]*$", re.MULTILINE)
"""A line of two or more words written in capitals only: a heading."""


def _only_in_capital_lines(text: str, word: str) -> bool:
    """Whether every use of a word in capitals stands in a heading written in capitals (`_CAPITAL_LINE`): such a
    word is an ordinary word set in capitals ("INVESTMENT SLUMP"), where an acronym is used in running text too."""
    lines = _capital_lines(text)
    uses = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)]
    return bool(uses) and all(_within(lines, u) for u in uses)


def _within(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether `pos` lies in one of `spans` (sorted, not overlapping)."""
    i = bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


@lru_cache(maxsize=2)
def _capital_lines(text: str) -> list[tuple[int, int]]:
    """The spans of a text's headings in capitals (`_CAPITAL_LINE`), in order, found once per text."""
    return [(m.start(), m.end()) for m in _CAPITAL_LINE.finditer(text)]


@lru_cache(maxsize=8)
def _title_case_words(text: str) -> frozenset[str]:
    """The words a text writes with only their first letter capitalised ("Journal", "Health"), read in the whole
    page (a masthead's title is often written out in its footer)."""
    return frozenset(re.findall(r"(?<![\w-])[A-Z][a-z]+(?![\w-])", text))


_LEGAL_TAIL = re.compile(r"\.?,? ([A-Za-z]+\.?)(?=[ ,(])")


def _after_legal_forms(text: str, end: int) -> int:
    """The end of a name with the legal forms written after it ("Kelby Medical Co., Ltd." up to its last full stop):
    a short form may be defined after them ("Kelby Medical Co., Ltd. (\"Kelby\")")."""
    while (m := _LEGAL_TAIL.match(text, end)) and _legal_form(m.group(1)):
        end = m.end()
    return end + (text[end] == "." if end < len(text) else 0)


def definitions(ctx: Context, orgs: list[Mention]) -> tuple[dict[str, str], set[int]]:
    """Short forms defined right after a name ("(NRTC)", "('Kelvin' or the 'Company')", "(hereinafter the
    Clinic)") -> the name they stand for; and the positions of the short forms that stand for the part after "of"
    (there the short form is a definition, not a mention)."""
    text = ctx.text
    alias: dict[str, str] = {}
    part_defs: set[int] = set()
    for o in orgs:
        end = _after_legal_forms(text, o.end)
        m = _DEF.match(text, end)
        if m and not _short_form(m.group(1)):
            m = None
        if m and is_place_name(m.group(1)):
            m = None  # "Kestrel Ltd (Shanghai)": where the body is, not a short form
        m = m or _QUOTED_DEF.match(text, end) or _HEREINAFTER.match(text, end)
        placed = None if m else _PLACE_DEF.match(text, end)
        if placed and is_place_name(placed.group(1).strip()) and _short_form(placed.group(2)):
            alias.setdefault(placed.group(2), o.fields["name"])  # "the Norvian Center for Disease Control (Norway CDC)"
            alias.setdefault(f"{placed.group(1).strip()} {placed.group(2)}", o.fields["name"])  # and "Norway CDC"
        if m:
            short = m.group(1).strip()
            alias.setdefault(short, _defined_part(o.fields["name"], short))
            if _defined_part(o.fields["name"], short) != o.fields["name"]:
                part_defs.add(m.start(1))
    return alias, part_defs


def _placed_names(text: str, orgs: list[Mention]) -> list[Mention]:
    """Names that close with "in" and a place, as the short form after them spells ("Tarn Trade Council in Norvia
    (TTCN)": the body is the "Tarn Trade Council in Norvia", not a council in that place)."""
    out = []
    for o in orgs:
        m = _IN_PLACE_DEF.match(text, o.end)
        if m and is_place_name(m.group(1)) and initials(f"{o.fields['name']} {m.group(1)}") == m.group(2):
            out.append(Mention("organization", o.start, m.end(1), "organizations.acronym",
                               {"name": f"{o.fields['name']} in {m.group(1)}"}))  # fmt: skip
    return out


def acronyms(ctx: Context, orgs: list[Mention]) -> list[Mention]:
    """Rule organizations.acronym: "Long Form (ABBR)" definitions and later uses of ABBR, named by the long form."""
    text = ctx.text
    placed = _placed_names(text, orgs)
    orgs = [o for o in orgs if not any(p.start == o.start for p in placed)] + placed
    alias, part_defs = definitions(ctx, orgs)
    by_initials: dict[str, str] = {}
    for o in orgs:
        by_initials.setdefault(initials(o.fields["name"]), o.fields["name"])
    for o in orgs:  # the body after a name's last "of" ("LRU" of "Faculty of Law of Lion Rock University")
        inner = o.fields["name"].rsplit(" of ", 1)[-1]
        if inner != o.fields["name"] and " " in inner and type_of(inner) is not None:
            by_initials.setdefault(initials(inner), inner)
    spelled = _initials_index(o.fields["name"] for o in orgs)
    ner_orgs = {(e.start, e.end) for e in ctx.ents if e.label == "ORG"}
    out = []
    bad = non_org_letters() | common_noun_acronyms(text)
    datelines = {s for s, _, _ in gazetteer.dateline_places(text)}  # "NORTHFIELD - ...": a place
    for m in _ACRONYM.finditer(text):
        a = m.group(1)
        if a in bad or _currency_ahead().match(text, m.start(1)) or m.start(1) in datelines:
            continue
        if _time_zone(text, m.start(1)):
            continue
        span = (m.start(1), m.end(1))
        long = alias.get(a) or (by_initials.get(a) if len(a) >= 3 else None) or _named_before_initials(text, m, spelled)
        if span[0] in part_defs:
            continue
        if long:
            out.append(Mention("organization", *span, "organizations.acronym", {"name": long}))
        elif span in ner_orgs and _bare_acronym(ctx, a, span[1]):
            out.append(Mention("organization", *span, "organizations.acronym", {"name": a}))
    known = sorted(orgs + out, key=lambda o: o.start)
    for m in _ACRONYM.finditer(text):
        a, span = m.group(1), (m.start(1), m.end(1))
        if (
            a in bad
            or span[0] in datelines
            or _time_zone(text, span[0])
            or _currency_ahead().match(text, span[0])
            or any(o.start <= span[0] < o.end for o in known)
            or not _bare_acronym(ctx, a, span[1])
        ):
            continue
        before = any(re.fullmatch(r",? (?:and )?(?:the )?", text[o.end : span[0]]) for o in known if o.end <= span[0])
        after = any(
            re.fullmatch(r",? (?:and )?(?:the )?", text[span[1] : o.start]) for o in known if o.start >= span[1]
        )
        if before or after:
            out.append(Mention("organization", *span, "organizations.acronym", {"name": a}))
    bare_acronyms = {o.fields["name"] for o in out if o.fields["name"] == text[o.start : o.end]}
    for m in _ACRONYM.finditer(text):  # one sense per article: an acronym read as a body once is one everywhere
        if _time_zone(text, m.start(1)):
            continue
        if (
            m.group(1) in bare_acronyms
            and m.group(1) not in bad
            and not any(o.start <= m.start(1) < o.end for o in known + out)
        ):
            out.append(Mention("organization", m.start(1), m.end(1), "organizations.acronym", {"name": m.group(1)}))
    for m in _MIXED_SHORT.finditer(text):  # "PolyU" where the article names "Tollan Polytechnic University"
        fits = sorted({o.fields["name"] for o in orgs if contracts(m.group(), o.fields["name"])})
        if len(fits) == 1 and m.group() not in alias:
            out.append(Mention("organization", m.start(), m.end(), "organizations.alias", {"name": fits[0]}))
    for short, long in alias.items():
        if not _ACRONYM.fullmatch(short):
            for m in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", text):
                if m.start() in part_defs:
                    continue
                out.append(Mention("organization", m.start(), m.end(), "organizations.alias", {"name": long}))
    return out + placed


def _initials_index(names: Iterable[str]) -> dict[str, list[tuple[str, str]]]:
    """For each acronym the closing words of a name spell, the words before them and the name ("UHB" -> ("Swansea
    Bay", "Swansea Bay University Health Board")): how a body is written as its lead words and an acronym."""
    out: dict[str, list[tuple[str, str]]] = {}
    for name in sorted(set(names)):
        toks = name.split()
        for k in range(1, len(toks) - 1):
            out.setdefault(initials(" ".join(toks[k:])), []).append((" ".join(toks[:k]), name))
    return out


def _named_before_initials(text: str, m: re.Match, index: dict[str, list[tuple[str, str]]]) -> str | None:
    """The one body whose name is the words right before an acronym and the words the acronym spells ("Swansea Bay
    UHB" for "Swansea Bay University Health Board"; `_initials_index`), else None."""
    fits = {name for lead, name in index.get(m.group(1), ()) if text.endswith(lead + " ", 0, m.start(1))}
    return next(iter(fits)) if len(fits) == 1 else None


_MIXED_SHORT = re.compile(r"(?<![\w'’-])[A-Z][a-z]+[A-Z][A-Za-z]*(?![\w-])")
"""A word in mixed case that may be a body's short form ("PolyU", "KelMed")."""


@lru_cache(maxsize=1)
def _state_body() -> re.Pattern:
    """A place or nationality, a level word of `org_state_levels.txt` and a government, embassy or consulate."""
    levels = alternation("org_state_levels.txt")
    return re.compile(
        rf"(?<![\w'’-])((?:[A-Z][\w'’-]* ){{0,2}}?[A-Z][\w'’-]*)(?: (?:{levels}))? "
        r"(?:government|embassy|consulate(?:-general)?)(?![\w-])"
    )


def state_bodies(ctx: Context) -> list[Mention]:
    """Rule organizations.state_body: a government, embassy or consulate written in lower case after a place or
    a nationality ("the Tollan government", "the Macao SAR government", "the Northfield district government", "the
    Westland provincial government", "the French embassy")."""
    out = []
    demonyms = {r[0] for r in table("place_demonyms.tsv")}
    for m in _state_body().finditer(ctx.text):
        where = m.group(1)
        if where.startswith(("The ", "A ")):
            where = where.split(" ", 1)[1]
        s = m.end(1) - len(where)
        if is_place_name(where) or where in demonyms:
            name = ctx.text[s : m.end()]
            out.append(Mention("organization", s, m.end(), "organizations.state_body", {"name": name}))
    return out


_SHARED_ITEM = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}"
SHARED_MODIFIERS = 3
"""Most words in lower case that qualify a head shared by a list of names ("community health service centres")."""


@lru_cache(maxsize=1)
def _shared_heads() -> tuple[dict[str, str], re.Pattern]:
    """{plural: head} of `org_shared_heads.txt`, and the pattern of names that share one of them written after the
    last of them in the plural, with the words that qualify it ("at the Glenby, Marsh and Tarn hospitals", "the
    Glenby and Marsh community health centres")."""
    heads = {(w[:-1] + "ies" if w.endswith("y") else w + "s").casefold(): w for w in words("org_shared_heads.txt")}
    plural = "|".join(map(re.escape, heads))
    names = rf"({_SHARED_ITEM}(?:, {_SHARED_ITEM})*),? (?:and|&) ({_SHARED_ITEM})"
    return heads, re.compile(rf"(?<![\w'’-]){names} ((?:[a-z]+ ){{0,{SHARED_MODIFIERS}}}?)({plural})\b")


def shared_heads(ctx: Context, found: list[Mention]) -> list[Mention]:
    """Rule organizations.shared_head: each name of a list closed by a plural head word of `org_shared_heads.txt`
    is a body with that head ("Glenby, Marsh and Tarn hospitals": Glenby Hospital, Marsh Hospital, Tarn Hospital;
    "the Glenby and Marsh health centres": Glenby Health Centre, Marsh Health Centre), its span the words of its own;
    not a list with a place or a nationality ("British and Chinese universities", "Leeds and York hospitals": kinds of
    body), nor an item another mention already names."""
    heads, pattern = _shared_heads()
    modifiers = ("NOUN", "ADJ", "PROPN")
    demonyms = {r[0] for r in table("place_demonyms.tsv")}
    found_ix = _SpanIndex([f for f in found if not f.original])
    out = []
    for m in pattern.finditer(ctx.text):
        head = heads[m.group(4)]
        toks = [ctx.token_at(w.start() + m.start(3)) for w in re.finditer(r"\S+", m.group(3))]
        if any(t is None or t[1].pos_ not in modifiers for t in toks):
            continue  # "Glenby and Marsh will open hospitals": the words before the head must qualify it
        head = f"{m.group(3).title()}{head}"
        items = [(i.start() + m.start(1), i.group()) for i in re.finditer(_SHARED_ITEM, m.group(1))]
        items.append((m.start(2), m.group(2)))
        if not _AFTER_LOWER.search(ctx.text, max(0, m.start() - 30), m.start()):
            continue  # "Yesterday Kelby and Marsh hospitals": a capitalised opening word is no word of a name
        if any(is_place_name(item) or item in demonyms for _, item in items):
            continue  # "British and Chinese universities", "Leeds and York hospitals": kinds of body, not names
        for s, item in items:
            if not found_ix.overlaps_span(s, s + len(item)):
                out.append(Mention("organization", s, s + len(item), "organizations.shared_head",
                                   {"name": f"{item} {head}"}))  # fmt: skip
    return out


def _listed_run(text: str, m: Mention) -> bool:
    """Whether a mention the model read spans several names of a list ("Glenby, Marsh" of "at the Glenby, Marsh and
    Tarn hospitals"): no one body's name."""
    return m.extractor == "organizations.ner" and not m.original and ", " in text[m.start : m.end]


_AFTER_LOWER = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*\s(?:the\s)?$")
"""A word in lower case (and "the") right before a list of names: the list starts a name, not a sentence."""


def employers(ctx: Context) -> list[Mention]:
    """Rule organizations.employer: a capitalised name without a head word after a role of `org_employer_roles.txt`
    and "of" ("chairman of Zentrix", "chief executive of Kelvin Medtech"): the body the person works for. Not a
    portfolio or a field ("director of Finance", a word the article also writes in lower case), a place or a
    person."""
    text, out = ctx.text, []
    roles = lower_words("org_employer_roles.txt")
    demonyms = {r[0] for r in table("place_demonyms.tsv")}
    names: dict[str, None] = {}
    for m in _EMPLOYER.finditer(text):
        if m.group(1).casefold() not in roles:
            continue
        if _MORE_CAPITALS.match(text, m.end(2)):
            continue  # a run of capitalised words longer than a name: a heading, not a body
        toks = _tokens(m.group(2), m.start(2))
        while toks and toks[-1][2] in words("org_connectors.txt"):
            toks = toks[:-1]
        if not toks or any(is_head(t[2]) for t in toks) or toks[0][2].lower() in lower_case_words(text):
            continue
        if toks[0][2] in words("org_public_fields.txt") or any(bare(t[2]) in words("org_not_heads.txt") for t in toks):
            continue  # "director of Health", "head of Strategy": a portfolio or a field
        if not_a_body(toks[-1][2]):
            continue  # "director of Surgery"
        s, e = toks[0][0], toks[-1][1]
        while e > s and text[e - 1] in ".,;:":
            e -= 1
        name = _POSS.sub("", text[s:e])
        if is_place_name(name) or name in demonyms:
            continue
        person = ("PERSON",) if type_of(name) is None else ()  # "Zentrix Biotech": a trade word outweighs the model
        if any(x.start < e and s < x.end and x.label in ("GPE", "LOC", "DATE", *person) for x in ctx.ents):
            continue
        names.setdefault(name)
    out.extend(_every_mention(text, names, "organizations.employer"))  # one sense per article: its other mentions
    return out


_ROLE_OF_CLASS = re.compile(r"([\w-]+) (?:of|at|for) (?:the|its) [\w-]+ $")


def _role_owner_before(lead: str) -> bool:
    """Whether the class noun before a name closes a role's "of the ..." ("Deputy Director of the commission Wu
    Jian"): the name is the person holding the role, not a body the noun describes."""
    m = _ROLE_OF_CLASS.search(lead)
    return m is not None and _is_role(m.group(1))


_DESCRIBING = re.compile(r"\b(?:an?|one)\s+$", re.IGNORECASE)
"""An indefinite article: the words after it describe a body ("a Cambridge-based AI radiology company")."""


_LOWER_NEXT = re.compile(r"\s+(?=[a-z])")


def _noun_after(ctx: Context, end: int) -> bool:
    """Whether the word after `end` is a common noun the capitalised words before it modify ("Leeds-based AI firms")."""
    m = _LOWER_NEXT.match(ctx.text, end)
    tok = ctx.token_at(m.end()) if m else None
    return tok is not None and tok[1].pos_ == "NOUN"


_BASED_OPENING = re.compile(r"(?:[A-Z][\w'’.]*[ -]){0,2}[A-Z][\w'’.]*-based (?=[A-Z])")
"""A place where a body is based, written before its name ("Bristol-based ", "Hong Kong-based ")."""


_FOUNDED_AFTER = re.compile(
    r",\s+(?:(?:which|that)\s+(?:was|is|has been)\s+(?:(?:first|jointly|originally)\s+)?"
    r"(?:founded|established|set up|based|headquartered|incorporated|spun out|registered)"
    r"|(?:founded|established|incorporated|headquartered)\s+(?:in|by|at)\s)\b"
)
"""A clause after a name saying the bearer was founded or set up or is based ("Kelvin Medtech, which was founded in
Leeds in 2019,", "Kelvin Medtech, founded in 2019,"): what is said of a body, never of a person ("Ann Lee, based in
Leeds," is said of either, and needs the relative clause)."""


def described(ctx: Context, found: list[Mention]) -> list[Mention]:
    """Rule organizations.described: a proper name without a head word that the sentence calls a company, an
    insurer, a charity... ("Kelvin Medtech, a Leeds-based device maker,", "the drugmaker Rolan", "insurers such
    as Fairway Mutual and Greyson Cover"), says where it is based ("Leeds-based Kestrel Orthopaedics") or was
    founded (`_FOUNDED_AFTER`), with its other mentions."""
    text = ctx.text
    after, before, listed = class_patterns()
    spans: list[tuple[int, int]] = []
    called: set[int] = set()  # starts of names an apposition calls a body ("X Forum, a charity,")
    dates = [e for e in ctx.ents if e.label == "DATE"]
    people = [(e.start, e.end) for e in ctx.ents if e.label == "PERSON"]
    for m in name_sequence().finditer(text):
        lead = text[max(0, m.start() - 40) : m.start()]
        is_called = bool(after.match(text, m.end()) or _FOUNDED_AFTER.match(text, m.end()))
        if is_called:
            called.add(m.start())
        if is_called or (before.search(lead) and not _role_owner_before(lead)):
            spans.append((m.start(), _without_date(text, m.start(), m.end(), dates)))
        elif (
            (based := _BASED_OPENING.match(m.group()))
            and not any(a < m.end() and m.start() < b for a, b in people)
            and not _DESCRIBING.search(lead)
            and not _noun_after(ctx, m.end())
        ):
            spans.append((m.start() + based.end(), _without_date(text, m.start(), m.end(), dates)))
            called.add(m.start() + based.end())
    for hit in listed.finditer(text):
        pos = hit.end()
        for m in name_sequence().finditer(text, pos, ctx.sentence_at(hit.start())[1]):
            if not _LIST_JOIN.fullmatch(text[pos : m.start()]):
                break
            at = m.start()
            for item in re.split(r"(,? and |, )", m.group()):  # "A, B and C" read as one run
                if item and not re.fullmatch(r",? and |, ", item):
                    spans.append((at, at + len(item)))
                at += len(item)
            pos = m.end()
    names: dict[str, None] = {}
    found_ix = _SpanIndex([f for f in found if not f.original])
    known = {f.fields.get("name") or "" for f in found if f.kind == "organization"}
    for s, e in spans:
        toks = _drop_opener(ctx, [t for t in _tokens(text[s:e], s) if t[2] not in ("The", "A", "An")])
        if not toks or len(toks) > 5 or any(is_head(t[2]) for t in toks) or found_ix.overlaps_span(s, e):
            continue
        if toks[0][2] in words("person_titles.txt") or _is_role(toks[0][2]) or toks[0][2] in _MONTHS:
            continue
        if s not in called and (not_a_body(toks[-1][2]) or bare(toks[-1][2]) in words("org_not_heads.txt")):
            continue  # "the Harbour Forum", "Internal Medicine", but "the Harbour Ageing Forum, a charity,",
            # "Leeds-based Kestrel Orthopaedics"
        name = _POSS.sub("", text[toks[0][0] : toks[-1][1]])
        tok = ctx.token_at(toks[-1][0])
        if is_place_name(name) or tok is None or tok[1].pos_ != "PROPN":
            continue
        if len(toks) == 1 and name.lower() in lower_case_words(text):
            continue
        if s not in called or not any(re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", n) for n in known):
            names.setdefault(name)  # "For Kelby, founded in 2016," of "Tarn Kelby Biotech": its short name
    return _every_mention(text, names, "organizations.described")


def _every_mention(text: str, names: Iterable[str], rule: str) -> list[Mention]:
    """Every whole-word mention of each name in `text`, in name order (one sense per article: a name a rule has
    read as a body is that body wherever it stands)."""
    return [
        Mention("organization", m.start(), m.end(), rule, {"name": name})
        for name in names
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
    ]


def named_partners(ctx: Context, found: list[Mention]) -> list[Mention]:
    """Rule organizations.partner: a name in apposition after a body's possessive partner phrase
    (`partnership_possessive_triggers.txt`: "its strategic partner, Kel-Vin Healthcare,") whose last words make it a
    kind of body (`type_of`: "Healthcare", "Capital"), though the model reads it as a person; with its other
    mentions. "its partner, Ann Reed" names no body."""
    text = ctx.text
    found_ix = _SpanIndex([f for f in found if not f.original])
    lead = re.compile(rf"(?:{patterns('partnership_possessive_triggers.txt').pattern})\s*(?:the )?", re.I)
    names: dict[str, None] = {}
    for hit in lead.finditer(text):
        m = name_sequence().match(text, hit.end())
        if m is None or found_ix.overlaps_span(m.start(), m.end()):
            continue
        name = _POSS.sub("", m.group())
        if type_of(name) is not None and not is_place_name(name) and len(name.split()) <= 5:
            names.setdefault(name)
    return _every_mention(text, names, "organizations.partner")


_LIST_JOIN = re.compile(r"(?:the )?|(?: \([^()]{1,30}\))?(?:,? (?:and|or|as well as) |, )(?:the )?")
_MORE_CAPITALS = re.compile(r" (?:(?:of|and|the|&) )*[A-Z]")
"""A name going on after the words a pattern reads."""
_EMPLOYER = re.compile(r"([a-z-]+) of (?:the )?([A-Z][\w'’&.-]*(?: (?:(?:of|and|the|&) )*[A-Z][\w'’&.-]*){0,6})")
_NAME = r"(?:The )?[A-Z][\w'’`&.-]*(?:,? (?:(?:of|and|for|the|&) )*[A-Z][\w'’`&.-]*){0,7}"
_CREDIT = re.compile(
    rf"(?:^|[\s(|])/ ?(?P<a>{_NAME}) (?i:photos?)\b"  # "... /Harbour Times Photo"
    rf"|(?i:\b(?:photos?|images?|pictures?|source|credit|presented by|belongs to|copyright)|©)"
    rf"(?: ?[:：]| (?i:by|provided by|courtesy of|from))? ?(?:© ?)?(?:\d{{4}}(?: ?[-–] ?\d{{4}})?[,.]? )?(?P<b>{_NAME})"
    rf"|\((?P<c>{_NAME})\) ?(?:--|—|–|\d)"  # dateline "TOLLAN, May 3 (Harbour Wire) --"
)
_FOOTER_CREDIT = re.compile(rf"(?i:\b(?:(?:published|produced|operated|owned) by|a publication of)) (?P<b>{_NAME})")
"""A page footer's statement of who publishes the site ("Harbour Pulse is published by Pulse Media Ltd", "a
publication of Bay Media Group"): read on footer lines only, where it names the publisher, not in running text."""


def _credited(ctx: Context, toks: list[tuple[int, int, str]], agency: bool) -> list[tuple[int, int, str]]:
    """The organisation a credit names: up to its last head word ("Harbour Daily" in "Source: Harbour Daily
    Large Medium Small"), the agency of a dateline, or one capitalised word or acronym that is not a place
    ("Photo: Newslens")."""
    while toks and toks[0][2] in ("The", "the"):
        toks = toks[1:]
    heads = [i for i, t in enumerate(toks) if is_head(t[2])]
    if heads:
        keep = (
            len(toks) if toks[heads[-1] + 1 : heads[-1] + 2] and toks[heads[-1] + 1][2] in _GOVERNS else heads[-1] + 1
        )
        org = toks[:keep]
        return org if _acceptable(org) else []
    if any(t[2] in words("org_credit_words.txt") for t in toks):
        return []
    if agency and 1 < len(toks) <= 3 and not any(is_place_name(t[2]) for t in toks):
        return toks
    if len(toks) != 1:
        return []  # "Photo: Ann Lee": a photographer
    w = bare(toks[0][2])
    if is_place_name(w) or w in non_org_letters() or w in _MONTHS or len(w) < 2:
        return []
    if w.lower() in lower_case_words(ctx.text) and not w.isupper():
        return []
    return toks


def credits(ctx: Context) -> list[Mention]:
    """Rule organizations.credit: the bodies credit lines name ("Photo: X", "/X Photo", "Source: X", "(X) --",
    "Copyright © 2020 X", "Presented by X") and a masthead (a short first line that is a headed name or an
    acronym). Credit lines that cleaning removed (copyright footers) are read in the original text."""
    out = []
    text = ctx.text
    first = text.split("\n", 1)[0]
    if first and len(first.split()) <= 4 and re.fullmatch(_NAME, first):
        toks = _tokens(first, 0)
        if any(is_head(t[2]) for t in toks) and _acceptable(toks) or re.fullmatch(r"[A-Z][A-Z&-]{2,9}", first):
            out.append(Mention("organization", 0, len(first), "organizations.credit", {"name": first}))
    for m in _CREDIT.finditer(text):
        out.extend(_credit(ctx, text, m, 0, False))
    for start, line in lines(ctx.doc.raw):
        if noise_line(line):
            for m in [*_CREDIT.finditer(line), *_FOOTER_CREDIT.finditer(line)]:
                out.extend(_credit(ctx, ctx.doc.raw, m, start, True))
    return out


_NAME_STOP = re.compile(r"(?<=[\w'’])(?:\. |, )(?P<next>\S+)")


def _line_name(words_: str) -> str:
    """A credited name up to a full stop or a comma that ends it ("University of Northvale, Northvale. All" ->
    "University of Northvale"); a legal form keeps its stop and its comma ("Kestrel Media Co., Ltd.")."""
    for m in _NAME_STOP.finditer(words_):
        before = words_[: m.start()].split()[-1]
        if not (_legal_form(before) or m.group().startswith(",") and _legal_form(m.group("next"))):
            return words_[: m.start()]
    return words_


_CAPTION_GOES_ON = re.compile(r" (?!via\b|for\b|and\b)[a-z]")
"""A lower-case word after a credited word that goes on with a sentence ("Officials from ..."; not "X via Y")."""


def _credit(ctx: Context, text: str, m: re.Match, base: int, original: bool) -> list[Mention]:
    g = next(k for k in "abc" if k in m.re.groupindex and m.group(k))
    org = _credited(ctx, _tokens(_line_name(m.group(g)), base + m.start(g)), g == "c")
    if not org:
        return []
    s, e = org[0][0], org[-1][1]
    if len(org) == 1 and _CAPTION_GOES_ON.match(text, e):
        return []  # "Photo: Officials from X at the signing": a caption's sentence, not a credit
    if text[e - 1] == "." and not re.search(r"(?:Co|Ltd|Inc)\.$", text[s:e]):
        e -= 1
    name = _POSS.sub("", text[s:e])
    if menu_word(name):  # a footer's links after its credit ("© 2026. Terms | Privacy")
        return []
    return [Mention("organization", s, e, "organizations.credit", {"name": name}, original=original)]


@lru_cache(maxsize=1)
def _registry_names() -> re.Pattern:
    """The names of the registry of well-known bodies (`org_registry.tsv`) of two words or more, or of one word
    written in mixed case ("Kestrelpharm"; acronyms are read by `acronyms`), longest first."""
    names = sorted(
        {r[0] for r in table("org_registry.tsv") if len(r[0].split()) >= 2 or not r[0].isupper()},
        key=lambda n: (-len(n), n),
    )
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w'’-])")


def registry_names(ctx: Context) -> list[Mention]:
    """Rule organizations.registry: a well-known body written as the registry writes it, lower-case words included
    ("the Medicines and Healthcare products Regulatory Agency"), as spaCy's entity ruler matches listed phrases."""
    return [
        Mention("organization", m.start(), m.end(), "organizations.registry", {"name": m.group()})
        for m in _registry_names().finditer(ctx.text)
    ]


_SEAT_IN_NAME = re.compile(
    r"(?<![\w'’&-])((?:[A-Z][\w'’&-]*\s){1,6})\(([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\)((?:,?\s[A-Z][A-Za-z]*\.?){1,3})"
)
"""A company's name with its seat in brackets before its legal forms ("Kelby Tollan Vaccines (Zhuhai) Co., Ltd.")."""


def seat_in_name(ctx: Context) -> list[Mention]:
    """Company names that hold the place of their seat in brackets before their legal forms, as Chinese companies
    are named ("Kelby Tollan Vaccines (Zhuhai) Co., Ltd."): one organisation, the whole name, when the bracket holds a
    place and every word after it is a legal form."""
    out = []
    for m in _SEAT_IN_NAME.finditer(ctx.text):
        forms = re.findall(r"[A-Za-z]+", m.group(3))
        if not is_place_name(m.group(2)) or not all(_legal_form(f) for f in forms):
            continue
        out.append(Mention("organization", m.start(), m.end(), "organizations.seat_in_name", {"name": m.group()}))
    return out


def extract(ctx: Context) -> list[Mention]:
    """Every organisation mention of a document (overlaps are resolved later by `overlap`)."""
    seated = seat_in_name(ctx)
    headed = [
        m
        for m in headed_names(ctx)
        if not followed_by_non_org(ctx.text, m.end) and not any(s.start <= m.start < s.end for s in seated)
    ] + seated
    listed = [m for m in registry_names(ctx) if not any(h.start <= m.start and m.end <= h.end for h in headed)]
    headed, listed = _registry_joined(ctx, headed, listed)
    inside = [h for h in headed if any(r.start <= h.start and h.end <= r.end for r in listed)]
    headed = [h for h in headed if h not in inside] + listed  # "Regulatory Agency" of a registry name is that name
    ner = spacy_orgs(ctx, headed)
    titled = [m for m in headed + ner if in_job_title(ctx, m.start, m.end, m.fields["name"])]
    headed, ner = [m for m in headed if m not in titled], [m for m in ner if m not in titled]
    part_defs = definitions(ctx, headed + ner)[1]
    ner = [m for m in ner if m.start not in part_defs]
    found = headed + ner + acronyms(ctx, headed + ner)
    programmes = {
        m.fields["name"]
        for m in found
        if m.extractor == "organizations.acronym"
        and m.fields["name"] == ctx.text[m.start : m.end]
        and followed_by_non_org(ctx.text, m.end)
    }
    found = [m for m in found if m.fields["name"] not in programmes]
    found += list_members(ctx, found)
    found_ix = _SpanIndex([f for f in found if not f.original])
    found += [m for m in employers(ctx) if not found_ix.overlaps_span(m.start, m.end)]
    found += described(ctx, found)
    found += named_partners(ctx, found)
    shared = shared_heads(ctx, [m for m in found if not _listed_run(ctx.text, m)])
    shared_ix = _SpanIndex(shared)
    found = [m for m in found if not (_listed_run(ctx.text, m) and shared_ix.overlaps(m))] + shared
    found = possessed_units(ctx, short_names(ctx, found))
    found = [m for m in full_names(found + credits(ctx), ctx.text) if not newsroom_unit(m.fields["name"])]
    return found + publisher(ctx, found) + state_bodies(ctx)


def _registry_joined(ctx: Context, headed: list[Mention], listed: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """A headed name that starts inside a registry name and goes on past it is one name with it ("Pharmacy and Poisons
    Board" of the registry and "Poisons Board of Kelby" read after its "and": "Pharmacy and Poisons Board of
    Kelby")."""
    joined: list[Mention] = []
    used: set[int] = set()
    for r in listed:
        for h in headed:
            if r.start < h.start < r.end < h.end and id(h) not in used:
                used.add(id(h))
                name = ctx.text[r.start : h.end]
                joined.append(Mention("organization", r.start, h.end, h.extractor, {**h.fields, "name": name}))
                break
    if not joined:
        return headed, listed
    starts = {j.start for j in joined}
    return [h for h in headed if id(h) not in used] + joined, [r for r in listed if r.start not in starts]


def publisher(ctx: Context, found: list[Mention]) -> list[Mention]:
    """Rule organizations.publisher: the publisher the page states (`ingest.metadata`: "Kestrel Wire" over the menu,
    "Source: Tarn Today") when it is written as a name, is no place and no newsroom's desk ("Science Desk"), and no
    other mention names it already; its span is in the original text."""
    pub = ctx.doc.publisher
    if (
        pub is None
        or not re.fullmatch(_NAME, pub.value)
        or is_place_name(pub.value)
        or newsroom_unit(pub.value)
        or any(m.fields["name"].casefold() == pub.value.casefold() for m in found)
    ):
        return []
    start, value = pub.start, pub.value
    named = [m.fields["name"] for m in found if pub.value.startswith(m.fields["name"] + " and ")]
    if named:  # "From: Department for Transport and British Embassy Lima": two publishers, the first named already
        cut = len(max(named, key=len)) + len(" and ")
        start, value = start + cut, value[cut:]
        if (
            not re.fullmatch(_NAME, value)
            or is_place_name(value)
            or any(m.fields["name"].casefold() == value.casefold() for m in found)
        ):
            return []
    return [Mention("organization", start, pub.end, "organizations.publisher", {"name": value}, original=True)]


def possessed_units(ctx: Context, found: list[Mention]) -> list[Mention]:
    """A unit named by a part head and "of" right after a body's possessive is named with the body ("Kestrel
    University's School of Nursing": "Kestrel University School of Nursing"), and so is the same unit named alone later
    ("the School of Nursing"), when the article gives it one owner: a unit's generic name says nothing by itself."""
    parts = words("org_part_heads.txt")
    owners = {o.end: o.fields["name"] for o in found if ctx.text[o.end - 2 : o.end] in ("'s", "’s")}
    full: dict[str, set[str]] = {}
    first: dict[str, int] = {}
    out = []
    for o in found:
        name, owner = o.fields["name"], owners.get(o.start - 1)
        toks = name.split()
        if owner and len(toks) > 2 and toks[0] in parts and toks[1] == "of" and ctx.text[o.start - 1] == " ":
            full.setdefault(name, set()).add(owner)
            first[name] = min(first.get(name, o.start), o.start)
            o = Mention(o.kind, o.start, o.end, o.extractor, {**o.fields, "name": f"{owner} {name}"})
        out.append(o)
    return [
        Mention(o.kind, o.start, o.end, o.extractor, {**o.fields, "name": f"{next(iter(full[name]))} {name}"})
        if (name := o.fields["name"]) in full and len(full[name]) == 1 and o.start > first[name]
        else o
        for o in out
    ]


def _next_named(found: list[Mention], name: str, pos: int) -> int:
    """Where the first mention named `name` at or after `pos` starts (`pos` when there is none)."""
    return min((m.start for m in found if m.fields["name"] == name and m.start >= pos), default=pos)


def full_names(found: list[Mention], text: str = "") -> list[Mention]:
    """The mentions with a body's name written without its head words ("Kelvo Lakeside" or "Kelvo's" after "Kelvo
    Lakeside Hospital", "Kelvo Moor" after "Kelvo Moor NHS Trust") or without the places that open it and the legal
    forms that close it (`_core_name`: "Kelvo Harbour Hospital" after "Tollan Kelvo Harbour Hospital") named by the
    full name, when the article names that full name first (or, for the name without its places and legal forms, on
    a line below: a headline's short name) and no other body shortens to the same words; a headed
    name with words of its own that is the part before "of" or "for" of one other name of the article, written on a
    line before it (`text`: "Royal College" in a headline over "Royal College of Tarn Medicine"; not a generic
    "Health Bureau"), is that name."""
    fulls: dict[str, set[str]] = {}
    first: dict[str, int] = {}
    for o in found:
        name = o.fields["name"]
        typed = type_of(name)
        short = name[: -len(typed[1])].rstrip() if typed and name.endswith(" " + typed[1]) else ""
        if short and not short.endswith(tuple(f" {w}" for w in (*_GOVERNS, "and", "&"))):
            fulls.setdefault(short, set()).add(name)
            first[name] = min(first.get(name, o.start), o.start)
    cores: dict[str, set[str]] = {}
    for o in found:
        core = _core_name(o.fields["name"])
        if core is not None:
            cores.setdefault(core, set()).add(o.fields["name"])
            first[o.fields["name"]] = min(first.get(o.fields["name"], o.start), o.start)
    governed: dict[str, set[str]] = {}  # the part before "of" of a name with words of its own -> the names
    for o in found:
        m = _GOVERNED_PART.match(o.fields["name"])
        if m and " " in m.group(1) and type_of(m.group(1)) is not None and own_words(m.group(1)):
            governed.setdefault(m.group(1), set()).add(o.fields["name"])
            first[o.fields["name"]] = min(first.get(o.fields["name"], o.start), o.start)
    clipped = _clipped_names({o.fields["name"] for o in found})
    out = []
    for o in found:
        names = fulls.get(o.fields["name"]) or cores.get(o.fields["name"])
        core = names is not None and o.fields["name"] not in fulls
        if core and len(names) > 1:  # "Tollan Kelvo Group" and "Tollan Kelvo Group Co": one name, one with its form
            longest = max(names, key=len)
            names = {longest} if all(longest.startswith(n) for n in names) else names
        if (
            names is not None
            and len(names) == 1
            and (
                o.original
                or o.start > first[next(iter(names))]
                # a name without its place and legal form in a headline over the full name ("Kelvo Medical Group" over
                # "Tollan Kelvo Medical Group Co., Ltd.")
                or (core and text and "\n" in text[o.end : _next_named(found, next(iter(names)), o.end)])
            )
        ):
            # a credit read in the original file (a footer cleaning removed) comes after the text's own names
            o = replace(o, fields={**o.fields, "name": next(iter(names))})
        elif len(longer := governed.get(o.fields["name"], ())) == 1 and "\n" in text[o.end : first[next(iter(longer))]]:
            # "Royal College" in a headline over "the Royal College of Tarn Medicine": the one body it shortens
            o = replace(o, fields={**o.fields, "name": next(iter(longer))})
        elif len(longer := clipped.get(o.fields["name"], ())) == 1:
            o = replace(
                o, fields={**o.fields, "name": next(iter(longer))}
            )  # "Kelvo Pharma": Kelvo Pharmaceutical Group
        out.append(o)
    return out


_CLIPPED = 3
"""Fewest letters a clipped word leaves out of the word it shortens ("Pharma" of "Pharmaceutical"; not a plural)."""


def _clipped_names(names: set[str]) -> dict[str, set[str]]:
    """Names whose last word is a clipped form of a word in the same place of a longer name that opens with the same
    words, a word of the body's own first ("Kelvo Pharma" and "Kelvo Pharmaceutical Group", "Tarn Bio" and "Tarn
    Biologics Co"), or an acronym of the longer name's other words ("Kelvo Bay UHB" and "Kelvo Bay University Health
    Board", `_initials_index`): short name -> the longer names it may stand for."""
    by_lead: dict[tuple[str, ...], list[list[str]]] = {}
    for long in names:
        lt = long.split()
        for k in range(1, len(lt) - 1):
            by_lead.setdefault(tuple(lt[:k]), []).append(lt)
    spelled = _initials_index(names)
    out: dict[str, set[str]] = {}
    for short in names:
        st = short.split()
        if len(st) < 2 or len(st[-1]) < 3 or is_head(st[0]) or is_place_name(st[0]):
            continue
        k, lead = len(st) - 1, " ".join(st[:-1])
        for lt in by_lead.get(tuple(st[:-1]), ()):
            if lt[k].startswith(st[-1]) and len(lt[k]) - len(st[-1]) >= _CLIPPED:
                out.setdefault(short, set()).add(" ".join(lt))
        if st[-1].isupper():  # "Tarn Bay UHB": "Tarn Bay University Health Board"
            out.setdefault(short, set()).update(n for ld, n in spelled.get(st[-1], ()) if ld == lead and n != short)
            if not out[short]:
                del out[short]
    return out


_GOVERNED_PART = re.compile(r"(?:The )?(.+?) (?:of|for) \S")
"""The part of a name before its "of" or "for" ("Royal College" of "Royal College of Tarn Medicine")."""


def _core_name(name: str) -> str | None:
    """A body's name without the places that open it and the legal forms that close it, when what is left still
    names it by a word of its own ("Kelvo Harbour Hospital" of "Tollan Eastside Kelvo Harbour Hospital", "Kelvo
    Pharmaceutical Group" of "Tollan Kelvo Pharmaceutical Group Co"); None when nothing is dropped or what is left is
    only heads, places and descriptive words ("Children's Hospital")."""
    toks = name.split()
    while len(toks) > 2 and _legal_form(toks[-1]):
        toks = toks[:-1]
    k = 0
    while len(toks) - k >= 2:
        step = next((n for n in (3, 2, 1) if k + n < len(toks) and is_place_name(" ".join(toks[k : k + n]))), 0)
        if not step:
            break
        k += step
    core = toks[k:]
    if core == name.split() or len(core) < 2:
        return None
    if not any(not _descriptive(t) and not is_place_name(t) and t not in words("org_connectors.txt") for t in core):
        return None
    return " ".join(core)


_LEAD_SKIP = ("The", "New", "First", "Royal", "National", "General", "Central", "International", "United")


def _lead(name: str) -> str | None:
    """The word that opens a name of two or more words and can stand for the whole body later ("Brightway" of
    "Brightway Medical Group"; after the place that opens a firm's name, "Kelvo" of "Tollan Kelvo Biotech Co"), or
    None for names that open with a descriptive word (a head, a field: "Health Bureau"), connector, demonym or number,
    or with a place and a descriptive word."""
    toks = name.split()
    while len(toks) >= 3 and is_place_name(toks[0]) and not _descriptive(toks[1]):
        toks = toks[1:]  # "Tollan Westside Kelvo Clinic": a city and a district before the name
    if len(toks) < 2:
        return None
    w = toks[0]
    if len(w) < 4 or not re.fullmatch(r"[A-Z][a-z][\w'’-]*", w) or _descriptive(w):
        return None  # "Health" of "Health Bureau" names a field: "Director of Health" is no short name
    if w in words("org_connectors.txt") or is_place_name(w) or w in {r[0] for r in table("place_demonyms.tsv")}:
        return None
    return w


def _same_body(a: str, b: str) -> bool:
    """True when one name's words run in order inside the other's: a shorter form of the same body ("Kelvo
    Capital" of "Tollan Kelvo Capital Partners"), not two bodies sharing a first word ("Kelvo Clinic")."""
    short, long_ = sorted((a.split(), b.split()), key=len)
    return any(long_[i : i + len(short)] == short for i in range(len(long_) - len(short) + 1))


def _descriptive(word: str) -> bool:
    """A word that describes a body rather than names it: a head, a field of practice or of a position ("Medical",
    "Health", "Surgery"), a word that skips the lead ("General")."""
    w = bare(word)
    return (
        is_head(w)
        or w in _LEAD_SKIP
        or w.casefold() in lower_words("role_portfolios.txt")
        or w in words("org_disciplines.txt")
    )


def short_names(ctx: Context, found: list[Mention]) -> list[Mention]:
    """Rule organizations.short_name: the first word of a body's name used alone after the full name ("director of
    Brightway", "Brightway's chairman", "Brightway managing partner A B", "a dean at Brightway," "a deal between
    Brightway and X" after "Brightway Medical Group") names that body. An org mention of the word
    takes the full name; a possessive use before a lower-case word, and the word opening a sentence as its subject
    ("Brightway, which is listed in Shenzhen, ...", "Brightway will ..."), is a new mention. A word that opens two
    bodies' names (unless it completes one of them with words of its kind only: `org_cues.completes`), that the
    article writes in lower case or that is part of a person's full name is left alone."""
    text = ctx.text
    first: dict[str, tuple[int, str]] = {}
    clash: set[str] = set()
    named: dict[str, dict[str, int]] = {}  # lead word -> each name it opens -> where that name is first named
    for o in sorted(found, key=lambda o: (o.start, o.end)):
        name = o.fields["name"]
        lead = _lead(name)
        if lead is None or name.startswith(f"{lead} and "):
            continue  # "Brightway and Tollan University" may be a short name and another body: read below
        named.setdefault(lead, {}).setdefault(name, o.end)
        if lead in first and first[lead][1] != name and not _same_body(first[lead][1], name):
            clash.add(lead)
        if lead in first and _same_body(first[lead][1], name) and len(name) > len(first[lead][1]):
            first[lead] = (first[lead][0], name)  # "Huakang Capital" in a headline, then the full name
        first.setdefault(lead, (o.end, name))
    for lead in sorted(clash):  # of two names, the one the word completes with words of its kind (`completes`):
        fits = [n for n in named[lead] if completes(lead, n)]  # "Brightway" of "Brightway Medical Systems", not of
        if len(fits) == 1:  # a venture "Brightway Tollan Technology Co"
            first[lead] = (named[lead][fits[0]], fits[0])
            clash.discard(lead)
    lower = lower_case_words(text)
    bodies = _SpanIndex(found)
    companies = {o.fields["name"] for o in found if (type_of(o.fields["name"]) or ("",))[0] == "company"}
    opening = {" ".join(name.split()[:k]) for name in companies for k in (2, 3)}
    people = {  # spaCy's "person" over a body's name or a company's opening words ("Brightway Medical" of
        w  # "Brightway Medical plc") is no person
        for e in ctx.ents
        if e.label == "PERSON" and " " in e.text and not bodies.overlaps_span(e.start, e.end) and e.text not in opening
        for w in e.text.split()
    }
    leads = {w: v for w, v in first.items() if w not in clash and w.lower() not in lower and w not in people}
    if not leads:
        return found
    out = []
    for o in found:
        hit = leads.get(o.fields["name"])
        if hit is not None and o.start >= hit[0]:
            o = Mention(o.kind, o.start, o.end, o.extractor, {**o.fields, "name": hit[1]})
        pair = re.match(r"(\S+) and (.+)", o.fields["name"]) if not o.original else None
        known = pair is not None and pair.group(1) in leads and o.start >= leads[pair.group(1)][0]
        if known and is_head(pair.group(2).split()[-1]):
            cut = o.start + len(pair.group(1))  # "Brightway and Tollan University" after "Brightway Medical Group"
            rest = o.start + len(pair.group(0)) - len(pair.group(2))
            if text[o.start : cut] == pair.group(1) and text[rest : o.end] == pair.group(2):
                out.append(Mention(o.kind, o.start, cut, "organizations.short_name", {"name": leads[pair.group(1)][1]}))
                out.append(Mention(o.kind, rest, o.end, o.extractor, {**o.fields, "name": pair.group(2)}))
                continue
        out.append(o)
    taken = _SpanIndex([o for o in out if not o.original])
    alt = "|".join(re.escape(w) for w in sorted(leads))
    possessive = rf"(?<![\w-])({alt})(?:'s|’s) (?=[a-z])"
    governed = rf"\b(?:at|of|from|with|between|and) ({alt})(?![\w'’-]| [A-Z&(])"  # "a dean at Brightway,"
    role = rf"(?<![\w'’-])({alt}) ((?:[a-z][\w-]* ){{0,2}}([a-z][\w-]*)) (?=[A-Z])"  # "Brightway chairman A B"
    verb = rf"(?:{alternation('clause_verbs.txt')}|[a-z]+ed|said|says)\b"
    subject = rf"(?:^|(?<=[.!?] )|(?<=[.!?][\"”’] ))[ \t]*({alt})(?=, (?:which|who)\b| {verb})"  # "Brightway, which"
    rx = re.compile(rf"{possessive}|{governed}|{role}|{subject}", re.MULTILINE)
    for m in rx.finditer(text):
        g = next(i for i in (1, 2, 3, 6) if m.group(i))
        if g == 3 and m.group(5).casefold() not in lower_words("role_words.txt") - {"of", "the", "and"}:
            continue  # "Brightway said Ann Lee ...": no role between the short form and the name
        end, name = leads[m.group(g)]
        s, e = m.span(g)
        if s < end or taken.overlaps_span(s, e):
            continue
        out.append(Mention("organization", s, e, "organizations.short_name", {"name": name}))
    return out


_ITEM = r"(?:the )?(?:§+|[A-Z][\w'’&.-]*(?:(?: (?:of|for|the|&|\+))* [A-Z][\w'’&.-]*){0,5})(?: \([^()\n]{1,30}\))?"
_LIST = re.compile(rf"(?<![\w§'’-]){_ITEM}(?:(?:, | - ){_ITEM})*,? and {_ITEM}(?![\w§'’-])")
_ITEM_RE = re.compile(_ITEM)


def _candidate(ctx: Context, s: int, name: str, single: bool = False) -> bool:
    """A capitalised list item that may be read as an organisation (not a place, person, role, date or programme);
    a single capitalised word only in a list of three or more bodies (`single`) and not an ordinary word."""
    toks = name.split()
    if not toks or "§" in name or len(toks) > 6:
        return False
    if len(toks) == 1 and not (name.isupper() and len(name) >= 2):
        if not single or name.lower() in lower_case_words(ctx.text) or name in _MONTHS:
            return False  # a single capitalised word is too often a person, a place or a sentence opener
    bar = words("org_not_heads.txt") | non_org_letters()
    if bare(toks[-1]) in bar or not_a_body(toks[-1]) or toks[0] in words("person_titles.txt") or toks[0] in _MONTHS:
        return False
    if is_place_name(name) or all(t.casefold() in lower_words("role_words.txt") or is_head(t) for t in toks):
        return False
    if any(t.casefold() in _number_words() for t in toks) or re.search(r"\d", name):
        return False
    first = ctx.token_at(s)
    if first is not None and first[1].pos_ in _OPENER_POS:
        return False  # "In June, A and B ...": a sentence opener, not a listed body
    if any(
        e.start == s and e.end == s + len(name) and e.label in ("PERSON", "DATE", "NORP", "EVENT", "WORK_OF_ART", "LAW")
        for e in ctx.ents
    ):
        return False
    return not followed_by_non_org(ctx.text, s + len(name))


def list_members(ctx: Context, orgs: list[Mention]) -> list[Mention]:
    """Rule organizations.list_member: in a list "A, B, C and D" where most items are organisations already,
    the other capitalised items are organisations too; their later mentions count as well."""
    text = ctx.text
    masked = list(text)
    for o in orgs:
        for i in range(o.start, o.end):
            masked[i] = "§"
    masked_text = "".join(masked)
    names: dict[str, None] = {}
    for m in _LIST.finditer(masked_text):
        items = []
        pos = m.start()
        for it in re.split(r",? and |, | - ", m.group()):
            at = masked_text.index(it, pos)
            pos = at + len(it)
            core = _ITEM_RE.fullmatch(it)
            if not core:
                break
            body = re.sub(r"^the ", "", re.sub(r" \([^()]*\)$", "", it))
            items.append((at + it.index(body), body))
        n_org = sum("§" in b for _, b in items)
        if n_org < 2 or 2 * n_org < len(items) and n_org < 3:
            continue
        for s, b in items:
            if "§" not in b and _candidate(ctx, s, b, single=n_org >= 3):
                names.setdefault(_POSS.sub("", b))
    return _every_mention(masked_text, names, "organizations.list_member")
