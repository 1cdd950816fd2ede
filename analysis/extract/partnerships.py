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


def extract(ctx: Context, orgs: list[Mention], places: list[Mention]) -> list[Mention]:
    """One partnership per sentence that states cooperation between at least two named parties."""
    text = ctx.text
    pool = sorted(orgs + _coreferent(ctx, orgs), key=lambda o: (o.start, o.end))
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
            if re.search(r"\bbetween\b", sent) and not parties:
                parties = list(dict.fromkeys(p.fields["name"] for p in places if ss <= p.start and p.end <= se))
            if len(parties) < 2:
                continue
        out.append(Mention("partnership", ss + t.start(), ss + t.end(), "partnerships.trigger_sentence",
                           {"parties": parties, "initiative": init}))
    return out


def _inside(ctx: Context, pool: list[Mention], name: str, s: int, e: int) -> bool:
    """True when every mention of `name` in the sentence lies inside the initiative's name."""
    ms = [o for o in pool if o.fields["name"] == name and ctx.sentence_at(o.start) == ctx.sentence_at(s)]
    return bool(ms) and all(s <= o.start and o.end <= e for o in ms)
