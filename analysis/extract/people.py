"""People: full names found by a title ("Professor X"), a role before the name ("Vice Premier X", "Secretary for
Health X", "lawmaker X"; see `roles.before`) or spaCy PERSON, with role and affiliation read from the words
around every mention (`roles`); the authors and editors a credit line names ("Reporter: A B", "By A B, Health
Correspondent") are people with the credit as their role, read from the line alone.

A title or a surname alone is never a separate person: a later "Mr Zhu", "Zhu said" or "Zhu's" is the person of
the same document whose full name has that surname (or given name), and carries that person's role; a one-word
name that matches no full name is dropped.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from analysis.extract import gazetteer, org_cues
from analysis.extract import roles as roles_of
from analysis.extract.names import is_head, is_place_name, lower_case_words
from analysis.extract.nlp import Context, Mention
from analysis.extract.overlap import MentionIndex
from analysis.ingest.dates import month_number
from analysis.ingest.metadata import newsroom_unit
from analysis.resources import alternation, lower_words, patterns, read_lines, table, words

_NAME_TOKEN = r"(?:[A-Z]\.(?:[A-Z]\.)*(?= [A-Z])|[A-ZÀ-ÖØ-Þ](?:[^\W\d_]|['’-])*)"
"""A word of a name: a capitalised word, or initials with full stops ("J.", "M.C."), which never end a sentence
(see `sentences`); a capitalised word followed by a full stop ends one ("... A B. Then ...")."""

_PREV_WORD = re.compile(r"([\w.'’&-]+|,)\s*$")
_CAPITAL_RUN = re.compile(rf"(?<![\w'’.-]){_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN})*(?![\w'’-])")
_MAX_NAME_WORDS = 4


@lru_cache(maxsize=1)
def _titled() -> re.Pattern:
    titles = alternation("person_titles.txt")
    # a stack of titles is read past to the name ("Professor Dame A B", "Prof. Sir A B"); the first is the title
    name = rf"(?P<name>{_NAME_TOKEN}(?: {_NAME_TOKEN}){{0,3}})"
    return re.compile(rf"(?<![\w-])(?P<title>{titles})(?<!\.)\.?(?: (?:{titles})(?<!\.)\.?)* {name}")


@lru_cache(maxsize=8192)
def _not_name_word(t: str) -> bool:
    """A word that is never part of a personal name: an organisation head, a role or field word, a title, a place
    word ("Health" in "Secretary for Health A B"), a unit's head ("Unit", "Division")."""
    bad = _not_name_words()
    return is_head(t) or t in bad or t.rstrip(".") in bad or roles_of.is_role_word(t)


@lru_cache(maxsize=1)
def _not_name_words() -> frozenset[str]:
    return (
        words("org_not_heads.txt")
        | words("org_disciplines.txt")
        | words("place_suffixes.txt")
        | words("person_titles.txt")
        | words("org_sub_unit_heads.txt")
        # the last word of a kind of body's name ("Capital", "Ventures", "Holdings", "Herald"): a firm or an outlet
        | {r[0].split()[-1] for r in table("org_types.tsv") if " " not in r[0]}
    )


_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
"""A word a personal name may hold: letters with apostrophes, dots and hyphens inside ("O'Neill", "Mei-ling", "St.")."""


def valid_name(name: str) -> bool:
    """A plausible personal name: capitalised words, none an organisation, role, field or place word, nor a word for
    the people of a place ("Londoners"), nor a term of one letter joined to a word ("AI X-ray")."""
    toks = name.split()
    if not 1 <= len(toks) <= 4 or is_place_name(name):
        return False
    for t in toks:
        if not t[0].isupper() or _not_name_word(t) or not _NAME_WORD.fullmatch(t):
            return False  # "District:", "Photo]": a label or a bracket is no word of a name
        if gazetteer.people_of_place(t):
            return False  # "Elderly Londoners": the people of a place
        if t.isupper() and len(t.replace(".", "")) > 3:
            return False
        if re.fullmatch(r"[A-Z]-[a-z]+", t):
            return False  # "X-ray", "T-cell": one capital letter joined to a word is a term, no word of a name
    return not re.search(r"\d", name)


def _trim_name(s: int, name: str, text: str) -> tuple[int, str]:
    """Drop trailing words that start a new phrase (a place, an organisation word) or letters after a name ("Li Wei
    Tarrow" -> "Li Wei", "Ann Roe MS" -> "Ann Roe") from a name; a two-word name written as a person's (an apposition, a
    role or a speech verb after it: "Huang Xiuying, a retired teacher, said", "Ann Preston, Dean of X") keeps a word
    that is also a place's."""
    toks = name.split()
    while len(toks) > 2 and roles_of.is_post_nominal(toks[-1]):
        toks = toks[:-1]  # "Ann Roe MS": the letters of her seat, no word of her name
    end = s + len(" ".join(toks))
    person = len(toks) == 2 and bool(
        _PERSON_AFTER.match(text, end) or _speech_after().match(text, end) or roles_of.described_after(text, end)
    )
    while len(toks) > (2 if person else 1) and (
        is_place_name(toks[-1]) or is_head(toks[-1]) or toks[-1].casefold() in lower_words("role_words.txt")
    ):
        toks = toks[:-1]
    return s, " ".join(toks)


_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_APPOSITION = r", (?:an?|the|who|whose|aged|one of) "
"""After a name, the apposition or relative clause that introduces a person ("A B, a retired teacher, ...", "Zhu, who
chairs ...")."""
_PERSON_AFTER = re.compile(_APPOSITION)


def titled(ctx: Context) -> list[Mention]:
    """Rule people.titled: an honorific or academic title followed by a name."""
    out = []
    for m in _titled().finditer(ctx.text):
        s, name = _trim_name(m.start("name"), _POSSESSIVE.sub("", m.group("name")), ctx.text)
        if valid_name(name):
            title = m.group("title").rstrip(".")
            seat = _PEERAGE_PLACE.match(ctx.text, s + len(name)) if title in words("peerage_titles.txt") else None
            if seat is not None and len(name.split()) == 1 and not _not_name_word(seat.group(1).split()[-1]):
                # "Lord Ames of Kelby": the place of the title is part of the peer's name
                end = seat.end()
                out.append(
                    Mention("person", s, end, "people.titled", {"name": f"{title} {ctx.text[s:end]}", "title": title})
                )
                continue
            out.append(Mention("person", s, s + len(name), "people.titled", {"name": name, "title": title}))
    return out


_PEERAGE_PLACE = re.compile(r" of ([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?![\w'’-])")


def role_before(ctx: Context) -> list[Mention]:
    """Rule people.role_before: a name right after a role ("Vice President A B", "Secretary for Health A B",
    "lawmaker A B", "Prime Minister, A B"): the last words of a run of capitalised words that are not role, field,
    title or organisation words, when `roles.before` reads a role before them."""
    out = []
    text = ctx.text
    for m in _CAPITAL_RUN.finditer(text):
        toks = [(t.start(), t.end()) for t in re.finditer(r"\S+", m.group())]
        cut = len(toks) - 1
        while cut >= 0 and not _not_name_word(m.group()[toks[cut][0] : toks[cut][1]]):
            cut -= 1
        name_toks = toks[cut + 1 :]
        while name_toks and m.group()[name_toks[-1][0] : name_toks[-1][1]] in roles_of.seat_letters():
            name_toks = name_toks[:-1]  # "Secretary for Health A B MS": the letters of an elected seat end the name
        if len(name_toks) > 2 and _PORTFOLIO_JOIN.search(text, max(0, m.start() - 5), m.start() + name_toks[0][0]):
            name_toks = name_toks[1:]  # "Minister for Health and Wellbeing A B": the word after "and" is a field
        if not name_toks or len(name_toks) > _MAX_NAME_WORDS:
            continue
        s = m.start() + name_toks[0][0]
        name = _POSSESSIVE.sub("", text[s : m.start() + name_toks[-1][1]])
        prev = _PREV_WORD.search(text, max(0, s - 40), s)
        if prev is None or prev.group(1)[0].islower() and not roles_of.is_role_word(prev.group(1)):
            continue  # "... said A B": no role word or capitalised word right before the name
        if not valid_name(name) or roles_of.before(ctx, s, []) is None:
            continue
        out.append(Mention("person", s, s + len(name), "people.role_before", {"name": name}))
    return out


_PORTFOLIO_JOIN = re.compile(r"\b(?:and|for|of) $")
"""A connector right before a run of three name-shaped words: the first of them closes the role's field ("Minister
for Health and Wellbeing A B", "Director of Prevention A B"), so the name is the last two."""


_THE_BEFORE = re.compile(r"\b[Tt]he $")


def ner_people(ctx: Context) -> list[Mention]:
    """Rule people.ner: spaCy PERSON entities that look like personal names (titles and role words in front are
    not part of the name: "Vice Premier A B" -> "A B"), and ORG entities followed by an age or a position held at a
    body (`roles.described_after`); a name after "the" is a thing ("the Tarn Biobank")."""
    out = []
    for e in ctx.ents:
        if e.label != "PERSON" and not (e.label == "ORG" and roles_of.described_after(ctx.text, e.end)):
            continue  # an age or a position after a name the model reads as a body: "A B, a 71-year-old teacher"
        s, name = e.start, _POSSESSIVE.sub("", e.text)
        toks = name.split()
        if len(toks) > 1 and is_head(toks[-1]):
            continue  # "Riverton People's Hospital" read as a person: a body's name
        while len(toks) > 1 and (_not_name_word(toks[0]) or _complement_place(ctx.text, s, toks[0])):
            s += len(toks[0]) + 1
            toks = toks[1:]
        s, name = _trim_name(s, " ".join(toks), ctx.text)
        s, name = _whole_apposed_name(ctx, s, name)
        if all(t.casefold() in lower_case_words(ctx.text) for t in name.split()):
            continue  # "Antimicrobial Resistance": words the article writes in lower case, no one's name
        if valid_name(name) and not _THE_BEFORE.search(ctx.text, max(0, s - 4), s):
            out.append(Mention("person", s, s + len(name), "people.ner", {"name": name}))
    return out


_APPOSED_START = re.compile(r", ((?:[A-Z][\w'’-]* ){1,2})$")


def _whole_apposed_name(ctx: Context, s: int, name: str) -> tuple[int, str]:
    """A name set between commas with the capitalised words the model left out before it ("The Director of Health,
    Alvis Lo Iek Long, said": "Alvis Lo Iek Long", not "Iek Long"), or with the given name opening its sentence
    ("Carmen Lei Hoi Ian, an associate professor, said"), when the whole is still a personal name."""
    text = ctx.text
    if not text.startswith(",", s + len(name)):
        return s, name
    before = _APPOSED_START.search(text, max(0, s - 40), s)
    if before is None:  # "Carmen Lei Hoi Ian, a lecturer, said": a given name opening the sentence
        before = _OPENING_GIVEN.search(text, max(0, s - 20), s)
        tok = ctx.token_at(before.start(1)) if before is not None else None
        if tok is None or tok[1].pos_ != "PROPN" or before.group(1).strip().casefold() in lower_case_words(text):
            return s, name
    whole = before.group(1) + name
    return (before.start(1), whole) if valid_name(whole) else (s, name)


_OPENING_GIVEN = re.compile(r"(?:^|\n|[.!?][\"”’]?\s+)([A-Z][a-z]+ )$")
"""One capitalised word opening a sentence or a line right before a name (an English given name the model left
out: "Carmen" of "Carmen Lei Hoi Ian"), read as a proper noun and never written in lower case ("Meanwhile")."""


_ROLE_OF_BEFORE = re.compile(r"([\w-]+) of\s+$")


def _complement_place(text: str, s: int, word: str) -> bool:
    """True for a place opening a name right after a role's "of": the end of the role ("Vice-mayor of Tarrow Li
    Wei" -> "Li Wei"), not a first name that is also a place ("the wife of Sydney Moss", "Sydney Moss of Tarrow")."""
    m = _ROLE_OF_BEFORE.search(text, max(0, s - 40), s)
    return m is not None and is_place_name(word) and roles_of.is_role_word(m.group(1).split("-")[-1])


@lru_cache(maxsize=1)
def _speech_after() -> re.Pattern:
    verbs = "|".join(sorted(read_lines("speech_verbs.txt"), key=len, reverse=True))
    return re.compile(rf"(?:'s|’s)|,? (?:also |then |further )?(?:{verbs})\b", re.IGNORECASE)


_SUBJECT_AFTER = re.compile(rf" [a-z]|{_APPOSITION}")
"""After a surname opening a sentence as its subject: a verb ("Zhu described ...") or an apposition or relative clause
("Zhu, a minister at ...", "Zhu, who chairs ...")."""


def later_mentions(ctx: Context, found: list[Mention]) -> list[Mention]:
    """Rule people.later: a surname (or Chinese family name, also before a hyphenated given name: "Chau" of "Tom
    Chau Kin-man") of a full name found in the document, alone, where the text shows it is that person: followed by
    a speech verb or a possessive ("Zhu said", "Zhu's"), or opening a sentence as its subject ("Zhu described the
    plan as ...", "Zhu, a minister at ..."). A word shared by two full names, or next to another capitalised word,
    is left alone."""
    owners: dict[str, set[str]] = {}
    for m in found:
        toks = m.fields["name"].split()
        if len(toks) >= 2:
            family = {toks[-2]} if len(toks) >= 3 and "-" in toks[-1] else set()  # "Tom Chau Kin-man": Chau
            for t in {toks[0], toks[-1]} | family:
                if len(t) > 1 and not t.endswith("."):
                    owners.setdefault(t, set()).add(m.fields["name"])
    keys = sorted((k for k, v in owners.items() if len(v) == 1), key=lambda k: (-len(k), k))
    if not keys:
        return []
    text = ctx.text
    taken = MentionIndex(found)
    pattern = re.compile(r"(?<![\w'’.-])(?:" + "|".join(re.escape(k) for k in keys) + r")(?![\w-])")
    out = []
    for m in pattern.finditer(text):
        s, e = m.start(), m.end()
        if taken.covers(s):
            continue
        if re.search(r"[A-Z][\w'’-]* $", text[max(0, s - 30) : s]) or re.match(r" [A-Z]", text[e : e + 2]):
            continue
        if not (_speech_after().match(text, e) or ctx.opens_sentence(s) and _SUBJECT_AFTER.match(text, e)):
            continue
        tok = ctx.token_at(s)
        if tok is not None and tok[1].pos_ == "PRON":
            continue  # "He said" after "He Jianguo": the pronoun, not the family name
        name = next(iter(owners[m.group()]))
        out.append(Mention("person", s, e, "people.later", {"name": name}))
    return out


@lru_cache(maxsize=1)
def _byline() -> re.Pattern:
    cues = "|".join(f"(?:{c})" for c in read_lines("byline_cues.txt"))
    return re.compile(rf"(?:^|[(\[])\s*(?:{cues})", re.IGNORECASE)


_BYLINE_WORDS = 14


def in_byline(ctx: Context, m: Mention) -> bool:
    """True when a name stands on a byline or credit: a short line starting with a cue ("Reporter: A B", "By A B",
    "Edited by A B") or a bracketed credit ("(Photo: A B)", "[Photo by A B]"); "By 2025, ..." is not a byline."""
    ls, le = ctx.paragraph_at(m.start)
    line = ctx.text[ls:le]
    if len(line.split()) <= _BYLINE_WORDS and _byline().match(line):
        return True
    open_ = max(ctx.text.rfind("(", ls, m.start), ctx.text.rfind("[", ls, m.start))
    closed = re.search(r"[)\]]", ctx.text[open_ : m.start])
    cue = _byline().match(ctx.text[open_:le]) if open_ >= 0 and not closed else None
    if cue is None:
        return False
    rest = ctx.text[open_ + cue.end() : le]
    shut = re.search(r"[)\]]|[.!?](?:\s|$)", rest)
    credited = rest[: shut.start()] if shut else rest
    return len(credited.split()) <= _CREDIT_WORDS  # "[Photo: A B signs the deal at X.]" is a caption, not a credit


_CREDIT_WORDS = 6
"""Words a bracketed credit names after its label at most ("(Photo: A B/Tarrow Gazette)"); more is a caption."""


def not_bylines(ctx: Context, mentions: list[Mention]) -> list[Mention]:
    """Rule people.not_byline: names of authors, editors and photographers are not people of the article."""
    return [m for m in mentions if not in_byline(ctx, m)]


@lru_cache(maxsize=1)
def _credit_labels() -> tuple[re.Pattern, tuple[tuple[str, str], ...]]:
    """One pattern for the labels of `credit_roles.tsv`: any label opening a line or a bracket (group `label`), a
    label ending in a colon after a space as well ("Source: X Author: A B"); and (label pattern, role) rows."""
    rows = tuple((r[0], r[1]) for r in table("credit_roles.tsv"))
    labels = "|".join(f"(?:{r[0]})" for r in rows)
    colon = "|".join(f"(?:{r[0]})" for r in rows if "[:：]" in r[0])
    return (
        re.compile(
            rf"(?:(?:^|(?<=[(|\[;]))\s*(?P<label>{labels})|(?<=\s)(?P<clabel>{colon}))\s*", re.IGNORECASE | re.MULTILINE
        ),
        rows,
    )


_CREDIT_OWNER = re.compile(rf"((?:{_NAME_TOKEN} )*?{_NAME_TOKEN})['’]s ")
_CREDIT_SEP = re.compile(r"\s*(?:,|、|;|\band\b|&)\s*")
_CREDIT_PLACE = re.compile(r" in (?:[A-Z][\w'’-]*)(?: [A-Z][\w'’-]*){0,2}(?=\s*(?:,|;|\band\b|&|\)|$))")
"""Where a credited reporter filed from, between two credits ("Reporting by A B in Tarrow and C D in Eastport")."""
_BY_SEP = re.compile(r"\s+(?:and|&)\s+")
"""Between two authors of a byline ("By A B and C D"); a comma there opens the role ("By A B, Health Reporter")."""


def _credit_name(text: str, pos: int, end: int) -> re.Match | None:
    """The longest personal name of two to four words at `pos`, not running into the next label ("Liu Ting" of "Liu
    Ting Reviewer: ...")."""
    for pattern in _CREDIT_NAMES:
        m = pattern.match(text, pos, end)
        if m and month_number(m.group().split()[-1]) and _DAY_AFTER.match(text, m.end()):
            continue  # "Translator: Ann Zhao Nov 20, 2025": the date after the name, no word of it
        if m and valid_name(_as_written(m.group())):
            return m
    return None


_DAY_AFTER = re.compile(r"\s*\d{1,2}\b")
"""A day's number after a month's name ("Nov 20")."""


def _as_written(name: str) -> str:
    """A name set in capitals, as bylines often set it ("By ANNA FORD"), in the case names are written in."""
    return name.title() if name.isupper() else name


_CREDIT_NAMES = tuple(
    re.compile(rf"{_NAME_TOKEN}(?: {_NAME_TOKEN}){{{n - 1}}}(?![\w'’-])(?!\s*[:：])") for n in (4, 3, 2)
)
"""Names of four, three and two words, longest first, for `_credit_name`."""


_BY_TAIL = re.compile(r", ((?:[A-Za-z][\w'’-]* ?){1,5}?)(?:, ((?:[A-Z][\w'’-]* ?){1,5}?))?\s*(?:$|\|)", re.MULTILINE)
"""What follows an author's name on a byline: a role, an outlet, or a role and an outlet ("By A B, Health
Reporter, Tarrow Gazette"; a role may be written in lower case: "By A B, Tarrow correspondent")."""


_ROLE_LINE = re.compile(r"\n[ \t]*((?:[A-Z][\w-]* ?){1,4}?)[ \t]*(?=\n|$)")
"""A line of one to four capitalised words under a byline: the author's role when its last word is a role word."""


def credits(ctx: Context) -> list[Mention]:
    """Rule people.credit: the people a byline or credit line names ("Editor: A B Reviewer: C D", "(Web editor: A B,
    C D)", "Reported by A B and C D", "By A B, Health Correspondent"), with the credit as their role."""
    pattern, rows = _credit_labels()
    out: list[Mention] = []
    text = ctx.text
    for ln in re.finditer(r"[^\n]+", text):
        ls, le, line = ln.start(), ln.end(), ln.group()
        opens = [ls + i for i, ch in enumerate(line) if ch in "(["]
        short = len(line.split()) <= _BYLINE_WORDS
        if not (short and (_byline().match(line) or pattern.search(text, ls, le))) and not any(
            _byline().match(text[o:le]) for o in opens
        ):
            continue
        line_outlet = None
        first = len(out)
        for m in pattern.finditer(text, ls, le):
            label = m.group("label") or m.group("clabel")
            role = next(r for rx, r in rows if re.fullmatch(rf"(?:{rx})", label.strip(), re.IGNORECASE))
            pos = m.end()
            while True:
                owner = _CREDIT_OWNER.match(text, pos, le)  # "By Tarrow Gazette's A B": the outlet the author is of
                if owner:
                    pos = owner.end()
                name = _credit_name(text, pos, le)
                if name is None or _is_outlet(ctx, name.group()):
                    break  # "(Photo by Tarrow Gazette)": the outlet is credited, not a person
                credit, team = role, False
                if role == "by":  # "By A B, Health Correspondent": the words after the comma are the role
                    after = _BY_TAIL.match(text, name.end(), le)
                    if after is None and not text[name.end() : le].strip():  # "By A B" / "Health Correspondent"
                        after = _ROLE_LINE.match(text, le)
                    last = after.group(1).split()[-1] if after else ""
                    if after and not roles_of.is_role_word(last) and not after.group(1)[:1].isupper():
                        after = None  # "By A B, who ...": no role, no outlet
                    credit = after.group(1).strip() if after and roles_of.is_role_word(last) else None
                    if after is not None and after.re is _BY_TAIL:
                        line_outlet = _tail_outlet(after, credit) or line_outlet
                        team = newsroom_unit((after.group(2) if credit else after.group(1)) or "")
                elif role == "-":
                    credit = re.sub(r"\s*[:：]\s*$", "", label).strip().casefold()
                fields = {"name": _as_written(name.group()), "credit": credit}
                fields["outlet"] = owner.group(1) if owner else None  # "By Tarrow Gazette's A B"
                # "By A B, Health Reporter", "By A B, Communications Office": of the body that publishes the page
                fields["by_role"] = role == "by" and (credit is not None or team)
                fields["byline"] = role == "by"  # "By A B"
                out.append(Mention("person", name.start(), name.end(), "people.credit", fields))
                where = _CREDIT_PLACE.match(text, name.end(), le)  # "Reporting by A B in Tarrow and C D"
                sep = (_BY_SEP if role == "by" else _CREDIT_SEP).match(text, where.end() if where else name.end(), le)
                if not sep:
                    break
                pos = sep.end()
        for k in range(first, len(out)):  # "By A B and C D, Tarrow Gazette": the outlet closing the line is both's
            if line_outlet and out[k].fields.get("byline") and not out[k].fields.get("outlet"):
                out[k] = replace(out[k], fields={**out[k].fields, "outlet": line_outlet})
    return out


def _tail_outlet(tail: re.Match, credit: str | None) -> str | None:
    """The outlet a byline names after its authors ("By A B, Tarrow Gazette", "By A B, Health Reporter, Tarrow
    Gazette"): the capitalised words after the role, or the only ones when they are no role; neither a place ("By A B,
    Northfield") nor a role."""
    outlet = tail.group(2) if credit else tail.group(1)
    if credit is None and tail.group(2):
        return None  # "By A B, Northfield, Tarrow Gazette": no role, two runs
    outlet = (outlet or "").strip()
    if not outlet or roles_of.is_role_word(outlet.split()[-1]) or org_cues.place_label(outlet) or is_place_name(outlet):
        return None
    if newsroom_unit(outlet):
        return None  # "By A B, Communications Office": the author's team at the body that publishes the page
    return outlet


def _is_outlet(ctx: Context, name: str) -> bool:
    """True when a credited name is the article's publisher ("Photo by Tarrow Gazette" on a Tarrow Gazette page)."""
    outlet = _outlet(ctx)
    return outlet is not None and name.casefold() == outlet.casefold()


def _fullest(name: str, full: list[str]) -> str | None:
    """The longest full name of the document that holds every word of `name` ("Lee" and "Lee Lik-kong" ->
    "Eddie Lee Lik-kong"), the earliest on a tie; None when there is none."""
    toks = name.split()
    n = len(toks)
    best = None
    for f in full:
        ft = f.split()
        if len(ft) > n and any(ft[i : i + n] == toks for i in range(len(ft) - n + 1)):
            if best is None or len(ft) > len(best.split()):
                best = f
    return best


def resolve_short(mentions: list[Mention]) -> list[Mention]:
    """Map a short name to the fullest name of the same document that holds it (a surname, a given name, a name
    without its English given name); drop one-word names that match none and have no title, and write those with
    a title with it ("Mrs Tam")."""
    full = list(
        dict.fromkeys(
            m.fields["name"] for m in sorted(mentions, key=lambda x: x.start) if len(m.fields["name"].split()) >= 2
        )
    )
    by_word: dict[str, list[int]] = {}  # word -> the full names holding it, in order of first mention
    for i, f in enumerate(full):
        for t in dict.fromkeys(f.split()):
            by_word.setdefault(t, []).append(i)
    fullest: dict[str, str | None] = {}
    out = []
    for m in mentions:
        name = m.fields["name"]
        if name not in fullest:
            toks = name.split()
            fullest[name] = _fullest(name, [full[i] for i in by_word.get(toks[0], [])] if toks else [])
        match = fullest[name]
        if match is None and len(name.split()) == 1:
            if not m.fields.get("title"):
                continue
            match = f"{m.fields['title']} {name}"  # "Mrs Tam": a surname alone is named with its title
        if match is not None and match != name:
            m = Mention(m.kind, m.start, m.end, m.extractor, dict(m.fields, name=match))
        out.append(m)
    return out


_EMAIL_LINE = re.compile(r"\n[ \t]*(?:\n[ \t]*)*[\w.+-]+@[\w-]+(?:\.[\w-]+)+[ \t]*(?=\n|$)")
"""The next non-empty line is an e-mail address and nothing else."""


def author_lines(ctx: Context) -> list[Mention]:
    """Rule people.credit (author line): a line that holds only a personal name, over a line that holds only an
    e-mail address, is the article's author ("Ann Fox" over "ann.fox@example.com"), with no role."""
    out: list[Mention] = []
    text = ctx.text
    for ln in re.finditer(r"[^\n]+", text):
        ls, le = ln.start(), ln.end()
        name = _credit_name(text, ls + len(ln.group()) - len(ln.group().lstrip()), le)
        if name is None or text[name.end() : le].strip():
            continue
        raw_end = ctx.doc.cleaned.to_original(le - 1, le)[1]  # cleaning drops the e-mail line: read the original
        if not _EMAIL_LINE.match(ctx.doc.raw, raw_end):
            continue
        fields = {"name": _as_written(name.group()), "credit": None, "outlet": None, "by_role": False}
        out.append(Mention("person", name.start(), name.end(), "people.credit", fields))
    return out


_CONTACT = re.compile(r"[ \t]*(?P<body>[^\n]{2,80}?)[ \t]+[-–—][ \t]+")
"""A contact line's body and dash ("Kestrel Bio plc - A B, Head of Communications")."""


def contact_lines(ctx: Context) -> list[Mention]:
    """Rule people.credit (contact block): each line under a contact heading (`contact_headings.txt`: "Media
    enquiries:") written "body - name[, role]" names a person to contact, who speaks for that body ("Kestrel Bio plc
    - Ann Fox, Head of Communications"; "Harbour PR (Financial PR) - Bo Tan" has no role); one written "name, role"
    under a line that names a body ("Kestrel Bio plc" then "Ann Fox, Chief Financial Officer", as a listed company's
    announcement groups its contacts) speaks for that body, and one with no body above it names the publisher's
    person ("Ann Fox, Press and Communications Manager")."""
    heading = patterns("contact_headings.txt")
    out: list[Mention] = []
    text = ctx.text
    rows = [(m.start(), m.end()) for m in re.finditer(r"(?m)^.*$", text)]
    k = 0
    while k < len(rows):
        ls, le = rows[k]
        k += 1
        if not heading.fullmatch(text[ls:le].strip()):
            continue
        group_body = ""  # the body a group of contacts is listed under
        seen = gap = False
        for ls, le in rows[k : k + _CONTACT_ROWS]:
            line = text[ls:le].strip()
            if not line:
                group_body, gap = "", seen
                continue
            if len(line.split()) > _CONTACT_WORDS:
                break  # running text: the block is over
            own = re.sub(r"\s*\([^()]*\)$", "", line)
            labelled = _GROUP_LABEL.fullmatch(own)  # "Media: Fenwick Grey Communications"
            own = labelled.group(1) if labelled else own
            bare_name = org_cues.without_legal_form(own)  # "Kelby Bio Co., Ltd.": its commas are the legal form's
            if "," not in bare_name and " - " not in own and (labelled or org_cues.type_of(own) is not None):
                group_body, seen, gap = own, True, False  # "Fenwick Hale Securities Limited (Corporate Broker)"
                continue
            if gap:
                break  # after a blank line only the next group's body line goes on with the block
            seen = True
            dash = _CONTACT.match(text, ls, le)
            at = dash.end() if dash else ls + len(text[ls:le]) - len(text[ls:le].lstrip())
            titled = _titled().match(text, at, le)  # "Dr A B, Chief Executive Officer"
            name = _credit_name(text, titled.start("name") if titled else at, le)
            body = re.sub(r"\s*\([^()]*\)$", "", dash.group("body")) if dash else ""
            if name is None:
                continue
            if dash and org_cues.type_of(body) is None:
                continue
            tail = re.match(r",\s*((?:[A-Za-z][\w'’&-]* ?){1,6}?)\s*(?:,|$)", text[name.end() : le])
            credit = tail.group(1).strip() if tail and any(map(roles_of.is_role_head, tail.group(1).split())) else None
            if not dash and credit is None:
                continue  # a line under the heading that is no "name, role" ("press@..." or a phone number)
            outlet = body or group_body or None
            fields = {"name": _as_written(name.group()), "credit": credit, "outlet": outlet, "by_role": not outlet}
            out.append(Mention("person", name.start(), name.end(), "people.credit", fields))
    return out


_GROUP_LABEL = re.compile(r"[A-Z][a-z]+(?: [a-z]+)?\s*:\s*((?:[A-Z][\w&'’.-]*)(?: (?:[A-Z][\w&'’.-]*|of|and|&))*)")
"""A labelled body line of a contact block: who the group below speaks for ("Media: Fenwick Grey Communications",
"Investor relations: Kelby Capital")."""
_CONTACT_ROWS = 16
"""Most lines a contact block runs to after its heading, blank lines included."""
_CONTACT_WORDS = 12
"""Most words of a line of a contact block; a longer line is running text."""


_POSTNOMINAL = re.compile(r"(?:,(?= [A-Z]{2,4}(?![\w'’-])(?! [a-z])))? ([A-Z]{2,4})(?![\w'’-])")
"""Capital letters right after a name, not a word of the sentence that goes on ("A B MP", "A B MS"; not "A B, MS
sufferer")."""


_FUNCTION_POS = ("ADP", "DET", "CCONJ", "SCONJ", "PRON", "ADV", "AUX", "PART")
"""Parts of speech of a word that is no part of a name."""
_HYPHENATED_NAME = re.compile(r"(?<![\w'’-])(?:[A-Z][a-z]+ )?[A-Z][a-z]{1,5} [A-Z][a-z]{1,6}-[a-z]{1,6}(?![\w'’-])")
"""A name romanised with a hyphenated given name, as Hong Kong and Macao write them ("Ng Kwok-keung", "Helen Tsang
Mei-ling")."""


def hyphenated_given_names(ctx: Context) -> list[Mention]:
    """Rule people.hyphenated_name: a surname and a hyphenated given name ("Ng Kwok-keung"), whatever the model reads;
    not a place before a word the article also writes alone in lower case ("Hong Kong-based")."""
    text, out = ctx.text, []
    lower = lower_case_words(text)
    for m in _HYPHENATED_NAME.finditer(text):
        toks = m.group().split()
        start = m.start()
        tok = ctx.token_at(start) if len(toks) == 3 else None
        if tok is not None and tok[1].pos_ in _FUNCTION_POS:
            start += len(toks[0]) + 1  # "For Wong Ka-ming, ...": a word opening the sentence, no given name
            toks = toks[1:]
        surname, given = toks[-2], toks[-1]
        if given.split("-")[1] in lower or is_place_name(f"{surname} {given.split('-')[0]}"):
            continue
        if given.split("-")[1] in lower_words("org_place_participles.txt"):
            continue  # "The Leeds-based company": where a body is, no one's name
        name = " ".join(toks)
        if not valid_name(name):
            continue
        out.append(Mention("person", start, m.end(), "people.hyphenated_name", {"name": name}))
    return out


_TWO_WORDS = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+) ([A-Z][a-z]+(?:-[A-Za-z][a-z]+)?)(?=,| [A-Z]{2,5}\b)")
_NOT_SURNAME_POS = frozenset({"CCONJ", "SCONJ", "ADV", "ADP", "DET", "AUX", "VERB", "ADJ", "NUM", "PART", "INTJ"})


def described_names(ctx: Context) -> list[Mention]:
    """Rule people.described: two capitalised words set off by a comma before a position or an age ("He Jianguo,
    director of the Tarn Health Bureau, said"; "Huw Price-Jones MS, Cabinet Secretary for Health", past the letters
    after the name), or followed by the letters of an elected seat ("Ann Marsh MP said"), a person's name whatever the
    model reads, also when the family name spells an English word; not a word that only opens the sentence
    ("Meanwhile Zhang, ...")."""
    text, out = ctx.text, []
    lower = lower_case_words(text)
    for m in _TWO_WORDS.finditer(text):
        after = roles_of.past_post_nominals(text, m.end())  # "A B MS, Cabinet Secretary for Health"
        if not roles_of.seated(text, m.end()) and (
            text[after : after + 1] != "," or not roles_of.described_after(text, after)
        ):
            continue
        if m.group(2).casefold() in lower:
            continue
        if re.search(r"[A-Z][\w'’-]* $", text[max(0, m.start() - 30) : m.start()]):
            continue  # the end of a longer run of capitalised words
        tok = ctx.token_at(m.start())
        if tok is not None and tok[1].pos_ in _NOT_SURNAME_POS:
            continue
        if valid_name(m.group()) and not _THE_BEFORE.search(text, max(0, m.start() - 4), m.start()):
            out.append(Mention("person", m.start(), m.end(), "people.described", {"name": m.group()}))
    return out


def extract(ctx: Context) -> list[Mention]:
    """Every person mention (name, plus the title read before it); see `finalize` for role and affiliation."""
    credited = credits(ctx) + author_lines(ctx) + contact_lines(ctx)
    spans = [(c.start, c.end) for c in credited]
    others = [
        m
        for m in titled(ctx) + role_before(ctx) + ner_people(ctx) + hyphenated_given_names(ctx) + described_names(ctx)
        if not any(a < m.end and m.start < b for a, b in spans)
    ]
    found = resolve_short(not_bylines(ctx, others) + credited)
    return found + later_mentions(ctx, found)


def _tokens(role: str) -> frozenset[str]:
    """Content words of a role, for telling one role from another ("Vice President" vs "vice-president")."""
    stop = {"of", "the", "and", "for", "at", "in", "a", "an", "to", "s"}
    return frozenset(t.rstrip("s") for t in re.findall(r"[a-z0-9]+", role.casefold()) if t not in stop)


@lru_cache(maxsize=1)
def _role_abbreviations() -> dict[str, str]:
    """Short form of a role word -> the word (`role_abbreviations.tsv`: "Cllr" -> "Councillor")."""
    return dict(r[:2] for r in table("role_abbreviations.tsv"))


def _spelled_out(role: str) -> str:
    """A role with its short forms written out ("Cllr" -> "Councillor")."""
    full = _role_abbreviations()
    return re.sub(r"[A-Z][a-z]+", lambda w: full.get(w.group(), w.group()), role)


def _add_role(roles: list[str], role: str) -> None:
    """Add a role unless one already listed says as much; a fuller form replaces a shorter one."""
    new = _tokens(role)
    if not new:
        return
    for i, r in enumerate(roles):
        old = _tokens(r)
        if new <= old:
            return
        if old < new:
            roles[i] = role
            return
    roles.append(role)


def _link(ctx: Context, prev: Mention | None, m: Mention) -> str | None:
    """How `m` is joined to the name right before it in a list: "," or "and" ("Vice Presidents A B, C D and E F"),
    else None (", and" after "and" starts a new item)."""
    if prev is None:
        return None
    between = ctx.text[prev.end : m.start]
    return "," if between == ", " else "and" if between == " and " else None


def _bare_titles(ctx: Context, mentions: list[Mention], roles: dict[str, list[str]]) -> None:
    """An office named without a name ("It was the second day that the Secretary for Health had ...") is held by
    the person the text named last, at most two paragraph breaks before, when the text gives that person no
    other role."""
    ordered = sorted(mentions, key=lambda x: (x.start, x.end))
    for pos, role in roles_of.bare_titles(ctx, mentions):
        before = [p for p in ordered if p.end <= pos]
        if not before or len(re.findall(r"\n+", ctx.text[before[-1].end : pos])) > 2:
            continue
        name = before[-1].fields["name"]
        if not roles.get(name):
            roles[name] = [role]


def _short_names(orgs: list[Mention]) -> frozenset[str]:
    """The words before the head word of each organisation's name ("Marrow Vale" of "Marrow Vale Children's
    Hospital"): the short name a text uses for the body, which spaCy may read as a person's."""
    out = set()
    for o in orgs:
        toks = o.fields.get("name", "").split()
        k = next((i for i, t in enumerate(toks) if is_head(t)), 0)
        if k >= 2:
            out.add(" ".join(toks[:k]).removesuffix("'s").removesuffix("’s"))
    return frozenset(out)


def _names_a_body(name: str, short: frozenset[str], orgs: list[Mention]) -> bool:
    """True for a name that is a body's short name (`_short_names`, `roles.short_form`: "Kestrel MedTech" of
    "Lanzhou Kestrel MedTech Co"), which spaCy may read as a person's."""
    return name in short or roles_of.short_form(name, orgs) is not None


def _bodies_by_place(orgs: list[Mention]) -> dict[str, str | None]:
    """Place -> the one university or college named after it ("University of Tollan", "Tollan College"); None
    when several bodies are named after the same place."""
    out: dict[str, str | None] = {}
    for name in sorted({o.fields["name"] for o in orgs}):
        place = roles_of.place_of_university(name)
        if place:
            out[place] = name if place not in out else None
    return out


_AT_PLACE = re.compile(r"\b(?:at|from) ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)$")


def _place_named_body(roles: list[str], by_place: dict[str, str | None]) -> str | None:
    """The university a role names by its place ("Lecturer at Tollan" after "University of Tollan"), or None; not
    "of" a place, which names an office of the place itself ("Provost of Tollan", "Mayor of Tollan")."""
    for role in roles:
        m = _AT_PLACE.search(role)
        if m and by_place.get(m.group(1)):
            return by_place[m.group(1)]
    return None


_ITS = re.compile(r"\b(?:[Ii]ts|[Tt]heir)\s+(?:[a-z][\w-]*,?\s+(?:and\s+)?){0,3}$")
"""A role a body's possessive pronoun owns ("Its chairman, A B"), after other roles it lists ("Its founder, chairman
and chief executive, A B")."""


def _subject_body(ctx: Context, pos: int, orgs: list[Mention]) -> str | None:
    """The body a possessive pronoun before a role at `pos` stands for: the last organisation before it in its
    paragraph that is the subject of its clause ("Kelby runs 14 hospitals in Northfield. Its chairman, A B, said"),
    or, when the pronoun opens its paragraph, the one body the paragraph before names (`_sole_body`)."""
    ps = ctx.paragraph_at(pos)[0]
    names = sorted({o.fields["name"] for o in orgs})
    found: list[tuple[int, str]] = []
    for o in orgs:
        if ps <= o.start and o.end <= pos and _is_subject(ctx, o.end - 1):
            found.append((o.start, o.fields["name"]))
    for at, end, whole in _first_words(ctx, ps, pos, names):  # "Kelby" of "Kelby Healthcare Group"
        if _is_subject(ctx, end - 1):
            found.append((at, whole))
    if not found and _ITS.fullmatch(ctx.text, ps, pos):  # "Its chairman, A B" opening a paragraph
        return _sole_body(ctx, ctx.paragraph_before(ps), ps, names, orgs)
    return max(found)[1] if found else None


def _sole_body(ctx: Context, a: int, b: int, names: list[str], orgs: list[Mention]) -> str | None:
    """The one body text[a:b] names, by its name or the first word of it ("For Kelby, founded in 2016, ...": Kelby
    Healthcare Group), else None: what "Its chairman" opening the next paragraph is of."""
    named = {o.fields["name"] for o in orgs if a <= o.start and o.end <= b}
    named.update(whole for _, _, whole in _first_words(ctx, a, b, names))
    return next(iter(named)) if len(named) == 1 else None


def _first_words(ctx: Context, a: int, b: int, names: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, name) of the capitalised words in text[a:b] that open exactly one of `names` ("Kelby" of "Kelby
    Healthcare Group"): a body written by the first word of its name."""
    out = []
    for m in re.finditer(r"(?<![\w'’-])[A-Z][\w'’-]+(?![\w'’-])", ctx.text[a:b]):
        whole = [n for n in names if n.startswith(m.group() + " ")]
        if len(whole) == 1:
            out.append((a + m.start(), a + m.end(), whole[0]))
    return out


def _is_subject(ctx: Context, pos: int) -> bool:
    """Whether the word ending at `pos` heads (or is part of the name that heads) the subject of its clause."""
    hit = ctx.token_at(pos)
    tok = hit[1] if hit else None
    while tok is not None and tok.dep_ in ("compound", "flat") and tok.head is not tok:
        tok = tok.head
    return tok is not None and tok.dep_ in ("nsubj", "nsubjpass")


_OUR = re.compile(r"\b[Oo]ur\s+$")
"""A role the publisher calls its own ("our Chief Executive")."""


def _company_role(role: str) -> bool:
    """A post of a company's board or management written alone ("Chief Executive", "chairman";
    `role_company_heads.txt`)."""
    return role.casefold().strip() in lower_words("role_company_heads.txt")


def _headline_company(ctx: Context, orgs: list[Mention]) -> str | None:
    """The one company the article's headline names ("Kelby Medical to build plant in Wuxi"), or of several the one it
    opens with ("Kelby Medical signs deal with Tollan Pharma"): the body a company post named without its company
    belongs to in a story about that company ("Chief Executive A B said"); None when the headline names no company, or
    several and opens with none of them."""
    title = ctx.doc.title.value if ctx.doc.title else ""
    bare = org_cues.without_legal_form

    def in_title(words_: str) -> bool:
        return re.search(rf"(?<![\w'’-]){re.escape(words_)}(?![\w'’-])", title, re.IGNORECASE) is not None

    named = {
        o.fields["name"]
        for o in orgs
        if title
        # a headline drops the legal form ("Kelby Medical" of "Kelby Medical plc")
        and any(in_title(n) for n in (o.fields["name"], bare(o.fields["name"]), ctx.text[o.start : o.end]))
        # the name as the headline writes it may say more of its kind ("Kelby Medical" of "Kelby Medical Group")
        and "company" in {(org_cues.type_of(n) or ("",))[0] for n in (o.fields["name"], ctx.text[o.start : o.end])}
    }
    if len(named) > 1:  # "Kelby Medical signs deal with Tollan Pharma": the company the headline opens with
        named = {n for n in named if re.match(rf"{re.escape(bare(n))}(?![\w'’-])", title, re.IGNORECASE)}
    return named.pop() if len(named) == 1 else None


def _outlet(ctx: Context) -> str | None:
    """The publisher the article states, when it is written as a name ("Tarrow Gazette"; not "All rights
    reserved", whose lower-case words say it is no name); a year after it is not part of it."""
    pub = ctx.doc.publisher.value if ctx.doc.publisher else None
    pub = re.sub(r"\s+(?:19|20)\d\d$", "", pub or "").strip()
    toks = pub.split()
    if not toks or not all(t[0].isupper() or t[0].isdigit() or t in words("org_connectors.txt") for t in toks):
        return None
    return pub


def newsroom_roles(listed: list[str] | None) -> bool:
    """True when there are roles and every one is a newsroom job ("Health Correspondent", "Asia Editor";
    `newsroom_roles.txt`): such a role names no body of the story, so "Health" in it implies no health bureau."""
    staff = lower_words("newsroom_roles.txt")
    named = [r for r in listed or [] if r.split()]
    return bool(named) and all(r.split()[-1].casefold() in staff for r in named)


def _news(outlet: str) -> bool:
    """True for a publisher that may be a news outlet: a name typed as a company or not typed ("Tarrow Gazette",
    "Bay Today"), not a university, hospital or government publishing its own news."""
    kind = org_cues.type_of(outlet)
    return kind is None or kind[0] == "company"


def _newsroom(ctx: Context, listed: list[str], m: Mention, outlet: str) -> bool:
    """True for staff of the news outlet (`_news`) that publishes the article as the credit says it: a person
    credited on a line that names the outlet, or right under a line that does ("Source: Tarrow Gazette Editor: A B",
    "By A B | Tarrow Gazette"), or, outside credits, one whose every role is a newsroom job written with the name ("A
    B, Asia Editor"; `newsroom_roles.txt`) on such a line. A byline that names no outlet ("By A B", "By A B, Health
    Reporter") is the publishing outlet's author unless another byline of the page names its own outlet
    (`finalize`)."""
    ls, le = ctx.paragraph_at(m.start)
    ps = ctx.paragraph_before(ls)
    on_line = outlet.casefold() in ctx.text[ps:le].casefold()
    if m.extractor == "people.credit":  # a photo credit often names an agency, or "For X", no staff of X
        return on_line and _news(outlet) and m.fields.get("credit") != "photographer"
    return newsroom_roles(listed) and on_line


def _publishing_body(outlet: str, orgs: list[Mention]) -> str | None:
    """The body of the article whose own pages publish it: the longest organisation whose every word the publisher's
    name holds ("University of Tollan" of "Tollan University News"), the first on a tie; None when none does."""
    held = {w.casefold() for w in re.findall(r"[\w'’&-]+", outlet)}
    best = None
    for o in orgs:
        own = [w.casefold() for w in re.findall(r"[\w'’&-]+", o.fields["name"]) if w not in words("org_connectors.txt")]
        if len(own) > 1 and set(own) <= held and (best is None or len(own) > len(best[1])):
            best = (o.fields["name"], own)
    return best[0] if best else None


def finalize(ctx: Context, mentions: list[Mention], orgs: list[Mention], page_orgs: list[Mention]) -> list[Mention]:
    """Person mentions with `name`, `role` and `affiliation`, read against the organisations that were kept.

    Every mention of a person carries the same description: all the roles the text gives that person, in order
    of appearance, after an academic title ("Professor; Dean of X"; a role that starts with the title stands
    for it: "Professor of Surgery") or a degree title that leads other roles ("Dr; chief executive"); titles of
    address (Mr, Ms, a lone Dr) are not roles.
    The affiliation is the first organisation a role or apposition names (one read only from where the person is,
    "A B at X" in a caption, gives way to the body a later role names: "A B, Chief Nurse of Y"), else the one its
    role implies (`roles.implied_owner`: "lawmaker" and the one assembly the text names), the bodies of `page_orgs`
    (named only in lines the cleaning set aside) counting there too: an "Ambassador" on a page "From: the X Embassy".
    A name with no role, title or affiliation that is the short form of an organisation's name ("Marrow Vale" of
    "Marrow Vale Hospital") is the organisation, not a person."""
    roles: dict[str, list[str]] = {}
    affs: dict[str, str] = {}
    where_only: set[str] = set()  # affiliations read only from where a person is ("A B at X")
    titles: dict[str, str] = {}
    prev: Mention | None = None
    prev_before: roles_of.Before | None = None
    group_open = False  # "Vice Presidents A B, C D and E F": the plural role reaches every name of the list
    short = _short_names(orgs)
    # a body's short name read as a person's ends no apposition ("A B, Chairman of Marrow Vale, said")
    named = [m for m in mentions if m.fields.get("title") or not _names_a_body(m.fields["name"], short, orgs)]
    for m in sorted(mentions, key=lambda x: (x.start, x.end)):
        name = m.fields["name"]
        b = roles_of.before(ctx, m.start, orgs, prev.end if prev is not None and prev.end <= m.start else 0)
        link = _link(ctx, prev, m)
        if b is None and prev_before is not None and prev_before.plural and group_open and link:
            b = prev_before
            group_open = link == ","
        else:
            group_open = b is not None and b.plural
        if b is not None:
            b = roles_of.shared_owner(ctx, prev, prev_before, m, b)
        located = False
        if m.extractor == "people.credit":  # the credit line says all: its label is the role, its body or outlet the
            found, aff = ([m.fields["credit"]] if m.fields.get("credit") else []), m.fields.get("outlet")  # affiliation
        else:
            found, aff, located = roles_of.describe(ctx, m, orgs, named, b)
        # "director of the municipal health bureau": the office, and the body those words end (the role's own)
        described = [(r, roles_of.described_body(r, orgs)) for r in found]
        body = next((d[1] for _, d in described if d is not None and aff in (None, d[1])), None)
        if body is not None:
            aff = body
            found = [d[0] if d is not None and d[1] == body else r for r, d in described]
        post = _POSTNOMINAL.match(ctx.text, m.end)
        if post and post.group(1) in roles_of.seat_letters():
            found = [*found, post.group(1)]  # "A B MP": the seat the letters after the name stand for
        if aff is None and b is not None:
            aff = roles_of.setting_owner(ctx, b, orgs).org  # "On the hospital side, President A B"
            aff = aff.fields["name"] if aff is not None else None
        if aff is None and b is not None and _ITS.search(ctx.text, max(0, b.start - 48), b.start):
            aff = _subject_body(ctx, b.start, orgs)  # "Kelby runs 14 hospitals. Its chairman, A B, said ...": Kelby
        if aff is None and b is not None and _OUR.search(ctx.text, max(0, b.start - 5), b.start):
            outlet = _outlet(ctx)  # "signed by our Chief Executive, A B" on a body's own pages: that body
            aff = _publishing_body(outlet, orgs) if outlet and not _news(outlet) else None
        listed = roles.setdefault(name, [])
        for r in found:
            _add_role(listed, r)
        if aff is not None and (name not in affs or (name in where_only and not located)):
            affs[name] = aff  # "A B at X" first, "A B, Chief Nurse of Y" later: Y
            where_only.discard(name)
            if located:
                where_only.add(name)
        title = m.fields.get("title")
        if title and name not in titles and (roles_of.is_degree_title(title) or not roles_of.is_address_title(title)):
            titles[name] = title
        prev, prev_before = m, b
    _bare_titles(ctx, mentions, roles)
    by_place = _bodies_by_place(orgs)
    headline = _headline_company(ctx, orgs)

    def implied(listed: list[str], others: list[tuple[str, str]]) -> tuple[str | None, bool]:
        """The body a role implies, and whether a portfolio gave it (others' posts may take it back)."""
        owner = roles_of.implied_owner(listed, [*orgs, *page_orgs], _outlet(ctx))
        if owner is None and (owner := roles_of.portfolio_owner(listed, [*orgs, *page_orgs], others)) is not None:
            return owner, True
        return (
            owner
            or _place_named_body(listed, by_place)
            or (headline if headline and all(_company_role(r) for r in listed) else None)
        ), False

    by_portfolio = []
    for name, listed in roles.items():
        if listed and name not in affs and not newsroom_roles(listed):
            found, portfolio = implied(listed, [])
            if found is not None:
                affs[name] = found
            if portfolio:
                by_portfolio.append(name)
    for name in by_portfolio:  # "Secretary for Health" beside the "Director of Health" of the Department of Health
        others = [(r, affs[n]) for n, rs in roles.items() if n != name and n in affs for r in rs]
        found, _ = implied(roles[name], others)
        if found is None:
            del affs[name]
        else:
            affs[name] = found
    outlet = _outlet(ctx)
    # "By A B" beside "By Tarrow Gazette's C D": a byline naming its outlet says the bare ones are not that outlet's
    owned_byline = any(m.fields.get("byline") and m.fields.get("outlet") for m in mentions)
    for m in mentions:
        name = m.fields["name"]
        if name not in affs and m.fields.get("outlet"):
            affs[name] = m.fields["outlet"]
        elif name not in affs and outlet is not None and _newsroom(ctx, roles.get(name, []), m, outlet):
            affs[name] = outlet
        elif name not in affs and outlet and _news(outlet) and m.fields.get("byline") and not owned_byline:
            affs[name] = outlet  # "By A B" or "By A B, Health Reporter" on a news outlet's page: its author
        elif name not in affs and outlet and m.fields.get("by_role") and not newsroom_roles(roles.get(name)):
            body = _publishing_body(outlet, orgs)  # "By A B, Senior Press Officer" on a university's own pages
            if body is not None:
                affs[name] = body
    out = []
    for m in mentions:
        name = m.fields["name"]
        if _names_a_body(name, short, orgs) and not roles.get(name) and name not in titles and name not in affs:
            continue  # "Marrow Vale has joined ..." where the document names "Marrow Vale Hospital"
        listed = list(roles.get(name, []))
        title = titles.get(name)
        if title and roles_of.is_degree_title(title) and not listed:
            title = None  # "Dr A B" alone: how A B is addressed, no role
        if title and not any(r.casefold().startswith(title.casefold()) for r in listed):
            listed.insert(0, title)  # "Professor; Dean of X", "Dr; chief executive", but "Professor of Surgery" alone
        role = "; ".join(_spelled_out(r) for r in listed) if listed else None
        fields = {"name": name, "role": role, "affiliation": affs.get(name)}
        out.append(Mention(m.kind, m.start, m.end, m.extractor, fields))
    return out
