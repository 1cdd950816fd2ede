"""Partnerships: who cooperates with whom and on what, read from sentences that state cooperation
(jointly launched, signed an agreement with, in partnership with, organised by A and B, ...).

Parties are the organisations named in the sentence; a bare "the University" stands for the document's
most mentioned organisation with that head word. The initiative is a capitalised name ending in a
programme word (Initiative, Project, Agreement, Consortium, ...), or null.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from analysis.extract.lexicon import alternation, read_lines, words
from analysis.extract.nlp import Context, Mention
from analysis.extract.organizations import bare, is_head

_CAP = r"(?:[A-Z][\w'’&-]*|\([^()\n]{1,40}\))"


@lru_cache(maxsize=1)
def triggers() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in read_lines("partnership_triggers.txt")), re.IGNORECASE)


@lru_cache(maxsize=1)
def _initiative() -> re.Pattern:
    heads = alternation("initiative_heads.txt")
    conn = r"(?:of|and|for|on|the|in|&)"
    return re.compile(rf"(?<![\w-])(?:\d{{4}} )?{_CAP}(?: (?:{conn} )*{_CAP})*? (?:{heads})(?: (?:of|for|on) (?:the )?{_CAP}(?: (?:{conn} )*{_CAP})*)?(?![\w-])")


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
            out.append(Mention("organization", m.start(1), m.start(1) + len(head), "partnerships.coreference", {"name": name}))
    return out


def initiative_in(text: str, parties: set[str]) -> tuple[str | None, int, int]:
    for m in _initiative().finditer(text):
        name = re.sub(r"^(?:The|A|An) ", "", m.group())
        if name not in parties and len(name.split()) >= 2:
            return name, m.start(), m.end()
    return None, -1, -1


_APPOSITIVE = re.compile(r", (?:the )?[A-Za-z-]+[^“”\"]*?(?=, (?:said|says|commented|added|noted|stated|explained|expressed|spoke|addressed|gave|who)\b|:| said| spoke)")
_NOT_PARTY = re.compile(r"\b(?:hosted|supported|sponsored|funded|received|attended|chaired|moderated) by (?:the )?$", re.IGNORECASE)


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
    before = ctx.text[max(0, o.start - 3):o.start]
    if re.search(r"(?:'s|’s) $", before):
        return True
    return any(re.fullmatch(r" at (?:the )?", ctx.text[o.end:q.start]) for q in pool if q.start > o.end)


def _enumeration(ctx: Context, items: list[Mention], s: int, e: int) -> list[list[Mention]]:
    """Runs of mentions in [s, e) joined only by commas and "and"."""
    runs: list[list[Mention]] = []
    for m in sorted((m for m in items if s <= m.start and m.end <= e), key=lambda m: m.start):
        if runs and re.fullmatch(r",? (?:and )?|, ", ctx.text[runs[-1][-1].end:m.start]):
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
        if re.search(r"\bbetween $", ctx.text[max(ss, run[0].start - 8):run[0].start]):
            return names
        if 0 <= t_start - run[-1].end <= 12:
            return names
    return []


def extract(ctx: Context, orgs: list[Mention], places: list[Mention], people: list[Mention] = ()) -> list[Mention]:
    """One partnership per sentence that states cooperation between at least two named parties."""
    text = ctx.text
    pool = sorted(orgs + _coreferent(ctx, orgs), key=lambda o: (o.start, o.end))
    windows = _role_windows(ctx, list(people))
    pool = [o for o in pool if not any(a <= o.start and o.end <= b for a, b in windows)
            and not _NOT_PARTY.search(text[max(0, o.start - 30):o.start]) and not _sub_unit(ctx, o, pool)
            and text[o.start - 1:o.start] != "("]  # an acronym defined in brackets repeats the name before it
    out = []
    for ss, se in ctx.sents:
        sent = text[ss:se]
        t = triggers().search(sent)
        if not t:
            continue
        parties: list[str] = []
        for o in pool:
            if ss <= o.start and o.end <= se and o.fields["name"] not in parties:
                parties.append(o.fields["name"])
        init, i_s, i_e = initiative_in(sent, set(parties))
        if init:
            parties = [p for p in parties if p not in init or p == init]
            parties = [p for p in parties if not (i_s >= 0 and _inside(ctx, pool, p, ss + i_s, ss + i_e))]
        if len(parties) < 2:
            parties = _place_parties(ctx, places, ss, se, ss + t.start())
            if len(parties) < 2:
                continue
        out.append(Mention("partnership", ss + t.start(), ss + t.end(), "partnerships.trigger_sentence",
                           {"parties": parties, "initiative": init}))
    return out


def _inside(ctx: Context, pool: list[Mention], name: str, s: int, e: int) -> bool:
    """True when every mention of `name` in the sentence lies inside the initiative's name."""
    ms = [o for o in pool if o.fields["name"] == name and ctx.sentence_at(o.start) == ctx.sentence_at(s)]
    return bool(ms) and all(s <= o.start and o.end <= e for o in ms)
