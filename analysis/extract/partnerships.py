"""Partnerships: who cooperates with whom and on what, read from sentences that state cooperation
(jointly launched, signed an agreement with, in partnership with, organised by A and B, ...).

Parties are the organisations named in the sentence; a bare "the University" stands for the document's
most mentioned organisation with that head word. The initiative is a capitalised name ending in a
programme word (Initiative, Project, Agreement, Consortium, ...), or null.

Further rules (lexicons in analysis/resources/partnership_*.txt):
  - an anaphoric subject ("the new project", "we", "the university") adds the organisation it stands for
    (see `anaphoric_owner`); nothing when the article names no such organisation;
  - members listed after "to join, including" / "members include" are partners in the named body;
  - phrases like "will continue to strengthen cooperation" count only their grammatical subject: the
    organisations or places listed right before them;
  - "<place> hospitals/providers/..." coordinated with a named organisation is a party of its own;
  - "B and the X Campaign" after "our partners": B is a party, "X Campaign" the initiative.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from analysis.extract.names import is_head
from analysis.extract.nlp import Context, Mention
from analysis.resources import alternation, patterns, read_lines, words

_CAP = r"(?:[A-Z][\w'’&-]*|\([^()\n]{1,40}\))"


def triggers() -> re.Pattern:
    return patterns("partnership_triggers.txt")


def subject_triggers() -> re.Pattern:
    return patterns("partnership_subject_triggers.txt")


@lru_cache(maxsize=1)
def _subject_gap() -> re.Pattern:
    alt = "|".join(re.escape(w) for w in sorted(read_lines("partnership_subject_gap.txt"), key=len, reverse=True))
    return re.compile(rf",?(?: (?:{alt}))* ?", re.IGNORECASE)


@lru_cache(maxsize=1)
def _anaphora() -> re.Pattern:
    return re.compile(
        r"(?:" + "|".join(f"(?:{p})" for p in read_lines("partnership_anaphora.txt")) + r")(?![\w-])", re.IGNORECASE
    )


def _membership() -> re.Pattern:
    return patterns("partnership_membership.txt")


@lru_cache(maxsize=1)
def _initiative() -> re.Pattern:
    heads = alternation("initiative_heads.txt")
    conn = r"(?:of|and|for|on|the|in|&)"
    return re.compile(
        rf"(?<![\w-])(?:\d{{4}} )?{_CAP}(?: (?:{conn} )*{_CAP})*? (?:{heads})"
        rf"(?: (?:of|for|on) (?:the )?{_CAP}(?: (?:{conn} )*{_CAP})*)?(?![\w-])"
    )


def _coreferent(ctx: Context, orgs: list[Mention]) -> list[Mention]:
    """Mentions like "the University" resolved to the document's most frequent organisation with that head."""
    counts = Counter(o.fields["name"] for o in orgs)
    out = []
    for m in re.finditer(r"\b[Tt]he ([A-Z][a-z]+)(?:’s|'s)?(?! [A-Z]| of [A-Z])", ctx.text):
        head = m.group(1)
        if not is_head(head):
            continue
        cands = [n for n in counts if head in n.split()]
        if cands:
            name = max(cands, key=lambda n: (counts[n], n))
            out.append(
                Mention("organization", m.start(1), m.start(1) + len(head), "partnerships.coreference", {"name": name})
            )
    return out


def initiative_in(text: str, parties: set[str]) -> tuple[str | None, int, int]:
    for m in _initiative().finditer(text):
        name = re.sub(r"^(?:The|A|An) ", "", m.group())
        if name not in parties and len(name.split()) >= 2:
            return name, m.start(), m.end()
    return None, -1, -1


_APPOSITIVE = re.compile(
    r", (?:the )?[A-Za-z-]+[^“”\"]*?"
    r"(?=, (?:said|says|commented|added|noted|stated|explained|expressed|spoke|addressed|gave|who)\b|:| said| spoke)"
)
_NOT_PARTY = re.compile(
    r"\b(?:hosted|supported|sponsored|funded|received|attended|chaired|moderated) by (?:the )?$", re.IGNORECASE
)


def _role_windows(ctx: Context, people: list[Mention]) -> list[tuple[int, int]]:
    """Spans of the appositives after people ("X, Director of Y at Z, said"): their bodies are affiliations."""
    out = []
    for p in people:
        m = _APPOSITIVE.match(ctx.text, p.end)
        if m and m.end() - m.start() < 300:
            out.append((m.start(), m.end()))
    return out


def _sub_unit(ctx: Context, o: Mention, pool: list[Mention]) -> bool:
    """True for "Y's X" or "X at Y": a unit of another body rather than a party of its own."""
    before = ctx.text[max(0, o.start - 3) : o.start]
    if re.search(r"(?:'s|’s) $", before):
        return True
    return any(re.fullmatch(r" at (?:the )?", ctx.text[o.end : q.start]) for q in pool if q.start > o.end)


def _enumeration(ctx: Context, items: list[Mention], s: int, e: int) -> list[list[Mention]]:
    """Runs of mentions in [s, e) joined only by commas and "and"."""
    runs: list[list[Mention]] = []
    for m in sorted((m for m in items if s <= m.start and m.end <= e), key=lambda m: m.start):
        if runs and re.fullmatch(r",? (?:and )?(?:the )?", ctx.text[runs[-1][-1].end : m.start]):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def _place_parties(ctx: Context, places: list[Mention], ss: int, se: int, t_start: int) -> list[str]:
    """Places listed after "between" or as the subject right before the trigger ("A, B and C signed ...")."""
    for run in _enumeration(ctx, places, ss, se):
        names = list(dict.fromkeys(m.fields["name"] for m in run))
        if len(names) < 2:
            continue
        if re.search(r"\bbetween $", ctx.text[max(ss, run[0].start - 8) : run[0].start]):
            return names
        if 0 <= t_start - run[-1].end <= 12:
            return names
    return []


def _subject_run(ctx: Context, items: list[Mention], ss: int, t_start: int) -> list[Mention]:
    """The enumeration of `items` that ends right before `t_start`, up to auxiliary words ("A and B will ...")."""
    for run in reversed(_enumeration(ctx, items, ss, t_start)):
        if _subject_gap().fullmatch(ctx.text[run[-1].end : t_start]):
            return run
    return []


def _names(run: list[Mention]) -> list[str]:
    return list(dict.fromkeys(m.fields["name"] for m in run))


def _salience(orgs: list[Mention]) -> Counter:
    """Mentions per organisation name; ties go to the name mentioned first."""
    return Counter(o.fields["name"] for o in orgs)


def anaphoric_owner(ctx: Context, orgs: list[Mention], anaphor: str, earlier: list[list[str]]) -> str | None:
    """The organisation an anaphoric subject stands for.

    "we"/"our ...": the publisher when it is one of the article's organisations, else the most mentioned one.
    "the university", "our hospital": only organisations with that head word count.
    "the project", "the new initiative", ...: the most mentioned party of the partnerships stated earlier in the
    article (the body that launched it), else the article's most mentioned organisation.
    None when the article names no organisation.
    """
    counts = _salience(orgs)
    if not counts:
        return None
    first = {}
    for o in sorted(orgs, key=lambda o: o.start):
        first.setdefault(o.fields["name"], o.start)

    def best(names):
        return max(names, key=lambda n: (counts[n], -first.get(n, 0)))

    head = anaphor.split()[-1].capitalize()
    if is_head(head):  # "the university": the organisations with that head word only
        counts = Counter({n: c for n, c in counts.items() if head in n.split()})
        if not counts:
            return None
    if re.match(r"(?:we|our)\b", anaphor, re.IGNORECASE):
        pub = ctx.doc.publisher.value if ctx.doc.publisher else ""
        hits = [n for n in counts if pub and (n in pub or pub in n)]
        return best(hits) if hits else best(counts)
    prior = [n for parties in earlier for n in parties if n in counts]
    return best(prior) if prior else best(counts)


@lru_cache(maxsize=1)
def _collective_noun() -> re.Pattern:
    nouns = "|".join(sorted(words("collective_parties.txt")))
    return re.compile(rf"(?: [a-z]+){{0,2}}? (?:{nouns})\b")


def _collective(ctx: Context, places: list[Mention], pool: list[Mention], ss: int, se: int) -> list[Mention]:
    """ "Northfield hospitals" coordinated with a named organisation: a group of bodies acting as one party."""
    out = []
    for p in places:
        if not (ss <= p.start and p.end <= se):
            continue
        m = _collective_noun().match(ctx.text, p.end)
        if not m:
            continue
        end = m.end()
        coordinated = any(
            re.fullmatch(r",? and (?:the )?|, ", ctx.text[end : o.start])
            or re.fullmatch(r",? and |, ", ctx.text[o.end : p.start])
            for o in pool
            if ss <= o.start and o.end <= se
        )
        if coordinated:
            name = ctx.text[p.start : end]
            out.append(Mention("organization", p.start, end, "partnerships.collective", {"name": name}))
    return out


def _trim_initiative(init: str | None, parties: list[str]) -> str | None:
    """ "B and the X Campaign" read as one name when B is a party: the initiative is "X Campaign"."""
    if not init:
        return init
    for p in parties:
        m = re.match(rf"{re.escape(p)},? (?:and|&) (?:the )?", init)
        if m and len(init[m.end() :].split()) >= 2:
            return init[m.end() :]
    return init


_MEMBERS_END = re.compile(r"[;.:](?:\s|$)|, (?:which|who|whose|while|and (?:will|has|have|is|are|the [a-z]))\b|\)")


def _membership_parties(ctx: Context, pool: list[Mention], ss: int, se: int) -> tuple[list[str], int, int]:
    """Members of a named body listed after "including"/"such as" ("... 18 hospitals joined, including A and B")."""
    m = _membership().search(ctx.text, ss, se)
    if not m:
        return [], -1, -1
    stop = _MEMBERS_END.search(ctx.text, m.end(), se)
    end = stop.start() if stop else se
    members = [o for o in pool if m.end() <= o.start and o.end <= end]
    if members and members[0].start - m.end() <= 4:
        names = _names(members)
        if len(names) >= 2:
            return names, m.start(), m.end()
    return [], -1, -1


def extract(ctx: Context, orgs: list[Mention], places: list[Mention], people: list[Mention] = ()) -> list[Mention]:
    """One partnership per sentence that states cooperation between at least two named parties."""
    text = ctx.text
    pool = sorted(orgs + _coreferent(ctx, orgs), key=lambda o: (o.start, o.end))
    windows = _role_windows(ctx, list(people))
    pool = [
        o
        for o in pool
        if not any(a <= o.start and o.end <= b for a, b in windows)
        and not _NOT_PARTY.search(text[max(0, o.start - 30) : o.start])
        and not _sub_unit(ctx, o, pool)
        and text[o.start - 1 : o.start] != "("
    ]  # an acronym defined in brackets repeats the name before it
    out: list[Mention] = []
    for ss, se in ctx.sents:
        sent = text[ss:se]
        members, m_s, m_e = _membership_parties(ctx, pool, ss, se)
        init = initiative_in(sent, set(members))[0] if members else None
        if init:  # only members of a named body ("the X Alliance", "the Y Network")
            out.append(
                Mention("partnership", m_s, m_e, "partnerships.members", {"parties": members, "initiative": init})
            )
            continue
        t = triggers().search(sent)
        st = subject_triggers().search(sent)
        if not t and not st:
            continue
        local = sorted(pool + _collective(ctx, places, pool, ss, se), key=lambda o: (o.start, o.end))
        parties: list[str] = []
        if t:
            for o in local:
                if ss <= o.start and o.end <= se and o.fields["name"] not in parties:
                    parties.append(o.fields["name"])
        else:
            parties = _names(_subject_run(ctx, local, ss, ss + st.start()))
        t = t or st
        init, i_s, i_e = initiative_in(sent, set(parties))
        trimmed = _trim_initiative(init, parties)
        if trimmed != init:
            i_s, init = i_s + len(init) - len(trimmed), trimmed
        if init:
            parties = [p for p in parties if p not in init or p == init]
            parties = [p for p in parties if not (i_s >= 0 and _inside(ctx, pool, p, ss + i_s, ss + i_e))]
        subject = text[ss : ss + t.start()]
        ana = _anaphora().match(subject.lstrip())
        if ana and not any(ss <= o.start < ss + t.start() for o in local + places):
            owner = anaphoric_owner(ctx, orgs, ana.group(), [m.fields["parties"] for m in out])
            if owner and owner not in parties:
                parties.insert(0, owner)
        if len(parties) < 2:
            parties = _place_parties(ctx, places, ss, se, ss + t.start())
            if len(parties) < 2 and st:
                parties = _names(_subject_run(ctx, places, ss, ss + st.start()))
            if len(parties) < 2:
                continue
        out.append(
            Mention(
                "partnership",
                ss + t.start(),
                ss + t.end(),
                "partnerships.trigger_sentence",
                {"parties": parties, "initiative": init},
            )
        )
    return out


def _inside(ctx: Context, pool: list[Mention], name: str, s: int, e: int) -> bool:
    """True when every mention of `name` in the sentence lies inside the initiative's name."""
    ms = [o for o in pool if o.fields["name"] == name and ctx.sentence_at(o.start) == ctx.sentence_at(s)]
    return bool(ms) and all(s <= o.start and o.end <= e for o in ms)
