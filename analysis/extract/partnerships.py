"""Partnerships: who cooperates with whom, on what and in which field, read from sentences that state cooperation.

Three trigger classes (lexicons in analysis/resources/partnership_*.txt):
  - "with" triggers ("A signed an MoU with B", "A partnered with B", "A joined B"): the clause's subject (from the
    dependency parse) and the names listed right after the trigger, chained lists included ("but also with C");
  - list triggers ("cooperation between A and B", "co-organised by A and B"): the list after the trigger only;
  - subject triggers ("A and B signed", "A and B will jointly build"): the subject only.
Places are parties only among places ("Northfield and Southport signed"); hosts and funders ("funded by X") and
hedged cooperation ("potential cooperation with X") are left out; an anaphoric subject ("the new project", "we")
stands for the organisation found by `anaphoric_owner`; members listed after "members include" are partners in
the named body. The initiative is a named programme, centre, alliance or agreement that is not a party, never an
event ("Annual Forum of the X Alliance" -> "X Alliance"). The field comes from `partnership_field`.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from analysis.extract import partnership_field
from analysis.extract.names import is_head
from analysis.extract.nlp import Context, Mention
from analysis.resources import alternation, patterns, read_lines, words

_CAP = r"(?:[A-Z][\w'’&-]*|\([^()\n]{1,40}\))"


def triggers() -> re.Pattern:
    return patterns("partnership_triggers.txt")


def list_triggers() -> re.Pattern:
    return patterns("partnership_list_triggers.txt")


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


@lru_cache(maxsize=1)
def _event_lead() -> re.Pattern:
    """A named event before the initiative it is about ("2030 Spring Forum of the ", "Preparatory Meeting for ")."""
    return re.compile(rf"^.*?\b(?:{alternation('partnership_events.txt')}) (?:of|for|on) (?:the )?")


def initiative_in(text: str, parties: set[str]) -> tuple[str | None, int, int]:
    """The first named joint programme, centre, alliance or agreement of `text` that is not a party, with its span;
    a named event before it is left out ("Annual Meeting of the Coast Alliance" -> "Coast Alliance")."""
    for m in _initiative().finditer(text):
        name, start = m.group(), m.start()
        lead = _event_lead().match(name)
        if lead:
            name, start = name[lead.end() :], start + lead.end()
        article = re.match(r"(?:The|A|An) ", name)
        if article:
            name, start = name[article.end() :], start + article.end()
        if name not in parties and len(name.split()) >= 2:
            return name, start, start + len(name)
    return None, -1, -1


_APPOSITIVE = re.compile(
    r", (?:the )?[A-Za-z-]+[^“”\"]*?"
    r"(?=, (?:said|says|commented|added|noted|stated|explained|expressed|spoke|addressed|gave|who)\b|:| said| spoke)"
)


@lru_cache(maxsize=1)
def _not_party() -> re.Pattern:
    """Words ending right before a host or funder ("funded by the "), anchored at the end of the text searched."""
    return re.compile(f"(?:{patterns('partnership_not_party.txt').pattern})$", re.IGNORECASE)


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


_LIST_GAP = re.compile(r"(?: \([^()\n]{1,40}\))?,? (?:and |as well as )?(?:the )?")
"""What may stand between two listed names: a comma or "and", after an optional bracketed aside ("X (Leeds), Y")."""


def _enumeration(ctx: Context, items: list[Mention], s: int, e: int) -> list[list[Mention]]:
    """Runs of mentions in [s, e) joined only by commas and "and"."""
    runs: list[list[Mention]] = []
    for m in sorted((m for m in items if s <= m.start and m.end <= e), key=lambda m: m.start):
        if runs and _LIST_GAP.fullmatch(ctx.text[runs[-1][-1].end : m.start]):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


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
        and not _not_party().search(text[max(0, o.start - 40) : o.start])
        and not _sub_unit(ctx, o, pool)
        and text[o.start - 1 : o.start] != "("
    ]  # an acronym defined in brackets repeats the name before it
    out: list[Mention] = []
    for ss, se in ctx.sents:
        found = _members_of_named_body(ctx, pool, ss, se) or _stated(ctx, pool, orgs, places, ss, se, out)
        if found:
            out.append(found)
    return _one_field_per_partnership(ctx, out)


def _one_field_per_partnership(ctx: Context, found: list[Mention]) -> list[Mention]:
    """The same parties stated in several sentences are one partnership: its field comes from all those sentences
    (their keyword hits added up), then from the article as a whole, so that every mention carries one field."""
    article = partnership_field.hits(ctx.text)
    by_parties: dict[frozenset, Counter] = {}
    for m in found:
        by_parties.setdefault(frozenset(m.fields["parties"]), Counter()).update(m.fields.pop("_hits"))
    for m in found:
        counts = by_parties[frozenset(m.fields["parties"])]
        m.fields["field"] = partnership_field.best(counts) or partnership_field.best(article) or partnership_field.OTHER
    return found


def _members_of_named_body(ctx: Context, pool: list[Mention], ss: int, se: int) -> Mention | None:
    """ "the X Alliance ... members include A and B": the members are the parties, the named body the initiative."""
    members, m_s, m_e = _membership_parties(ctx, pool, ss, se)
    init = initiative_in(ctx.text[ss:se], set(members))[0] if members else None
    if not init:
        return None
    fields = {"parties": members, "initiative": init, "_hits": _field(ctx, ss, se, members, init, m_s)}
    return Mention("partnership", m_s, m_e, "partnerships.members", fields)


def _stated(ctx, pool, orgs, places, ss, se, earlier) -> Mention | None:
    """The parties of the cooperation triggers of one sentence: the subject of the clause and the list after
    "with"/"between"/"by" ("A signed an MoU with B and C" -> A, B, C), or None when fewer than two are named."""
    text = ctx.text
    sent = text[ss:se]
    local = sorted(pool + _collective(ctx, places, pool, ss, se), key=lambda o: (o.start, o.end))
    local = [o for o in local if ss <= o.start and o.end <= se]
    named = [p for p in places if ss <= p.start and p.end <= se and text[p.start - 1 : p.start] != "("]
    named = sorted(local + named, key=lambda m: (m.start, m.end))
    parties: list[str] = []
    first = None
    for kind, t in _trigger_matches(sent):
        a, b = ss + t.start(), ss + t.end()
        if _hedge().search(text[max(ss, a - 40) : a]):
            continue
        found = _list_after(ctx, named, b)
        if kind == "list" and len(found) < 2:
            continue
        if kind != "list":
            subj = _subject_names(ctx, local, named, ss, a)
            if not subj:
                subj = _anaphoric_subject(ctx, orgs, local + places, ss, a, earlier)
            found = subj + (found if kind == "with" else [])
        found = _governments_or_bodies(list(dict.fromkeys(found)), named)
        if len(found) < 2:
            continue
        first = first or t
        parties += [p for p in found if p not in parties]
    if first is None:
        return None
    init, i_s, i_e = initiative_in(sent, set(parties))
    trimmed = _trim_initiative(init, parties)
    if trimmed != init:
        i_s, init = i_s + len(init) - len(trimmed), trimmed
    if init:
        parties = [p for p in parties if not _inside(ctx, pool, p, ss + i_s, ss + i_e)]
    if len(parties) < 2:
        return None
    fields = {
        "parties": parties,
        "initiative": init,
        "_hits": _field(ctx, ss, se, [o.fields["name"] for o in named], init, ss + first.start()),
    }
    return Mention("partnership", ss + first.start(), ss + first.end(), "partnerships.trigger_sentence", fields)


@lru_cache(maxsize=1)
def _hedge() -> re.Pattern:
    """Words right before a trigger that make it a possibility rather than a stated cooperation."""
    return re.compile(f"(?:{patterns('partnership_hedges.txt').pattern})$", re.IGNORECASE)


def _governments_or_bodies(names: list[str], named: list[Mention]) -> list[str]:
    """Places stand for their governments only among places ("Northfield and Southport signed"); next to an
    organisation a place is a setting, not a party ("between Northfield and Westmoor University")."""
    places = {m.fields["name"] for m in named if m.kind == "place"}
    if all(n in places for n in names):
        return names
    return [n for n in names if n not in places]


def _trigger_matches(sent: str) -> list[tuple[str, re.Match]]:
    """Every cooperation trigger of a sentence with its class ("with", "list", "subject"), in text order."""
    out = [("with", m) for m in triggers().finditer(sent)]
    out += [("list", m) for m in list_triggers().finditer(sent)]
    out += [("subject", m) for m in subject_triggers().finditer(sent)]
    return sorted(out, key=lambda km: (km[1].start(), km[1].end()))


_LIST_LEAD = re.compile(r"\s*(?:the |both |its |their |leading |local )?(?:(?:city|province|region|government) of )?")
_LIST_MORE = re.compile(r"[\s,;–—-]*(?:(?:not (?:just|only)|but|also|as well as|and|together) )+with ")
"""A further list of the same trigger ("with A - not just with B, but also with C")."""


def _list_after(ctx: Context, named: list[Mention], pos: int) -> list[str]:
    """Names listed right after `pos` ("with the A, B and C"), and in lists chained to it ("but also with D");
    places count only where they stand alone (for their government), not as modifiers ("with Northfield's")."""
    out: list[str] = []
    while True:
        lead = _LIST_LEAD.match(ctx.text, pos)
        run = next(iter(_enumeration(ctx, named, lead.end(), len(ctx.text))), [])
        if run and run[0].start == lead.end():
            out += [m.fields["name"] for m in run if m.kind != "place" or _stands_alone(ctx, m)]
            pos = run[-1].end
        nxt = _LIST_MORE.search(ctx.text, pos, min(len(ctx.text), pos + 60))
        if not nxt or nxt.start() > pos + 30 or "." in ctx.text[pos : nxt.start()]:
            return out
        pos = nxt.end()


def _stands_alone(ctx: Context, m: Mention) -> bool:
    """True for a place that is a noun phrase of its own, not a modifier of the next noun ("Northfield's")."""
    hit = ctx.token_at(m.end - 1)
    if hit is None:
        return True
    return hit[1].dep_ not in ("poss", "compound", "nmod", "amod")


def _subject_names(ctx: Context, local: list[Mention], named: list[Mention], ss: int, t_start: int) -> list[str]:
    """Parties in the subject of the clause governing the trigger at `t_start`: organisations in the subject's
    phrase before the trigger, and names (places included) listed right before it ("A and B will ...")."""
    run = _subject_run(ctx, named, ss, t_start)
    names = [m.fields["name"] for m in run if m.kind != "place" or _stands_alone(ctx, m)]
    span = _subject_span(ctx, t_start)
    if span:
        a, b, heads = span
        names += [o.fields["name"] for o in local if a <= o.start and o.end <= min(b, t_start)]
        names += [m.fields["name"] for m in named if m.kind == "place" and m.end <= t_start and m.end - 1 in heads]
    return list(dict.fromkeys(names))


def _subject_span(ctx: Context, pos: int) -> tuple[int, int, set[int]] | None:
    """Cleaned-text span of the subject of the clause that holds `pos`, climbing from the trigger to the first
    head with a subject ("Westmoor University, founded in 1900, has signed ..." -> "Westmoor University, ..."), with
    the last character of each of its head words (the subject and its conjuncts)."""
    hit = ctx.token_at(pos)
    if hit is None:
        return None
    off, tok = hit
    for _ in range(8):
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i]
        if subj:
            s = subj[0]
            heads, cur = [], [s]
            while cur:  # the subject's head and the heads coordinated with it ("A, B and C")
                heads += cur
                cur = [c for t in cur for c in t.children if c.dep_ == "conj"]
            ends = {off + t.idx + len(t) - 1 for t in heads}
            return off + s.left_edge.idx, off + s.right_edge.idx + len(s.right_edge), ends
        if tok.head is tok:
            return None
        tok = tok.head
    return None


def _anaphoric_subject(ctx: Context, orgs: list[Mention], named: list[Mention], ss: int, t_start: int, earlier):
    """The organisation an anaphoric subject ("the new project", "we") stands for, as a one-name list."""
    subject = ctx.text[ss:t_start]
    ana = _anaphora().match(subject.lstrip())
    if not ana or any(ss <= o.start < t_start for o in named):
        return []
    owner = anaphoric_owner(ctx, orgs, ana.group(), [m.fields["parties"] for m in earlier])
    return [owner] if owner else []


_CLAUSE_END = re.compile(r"[;:]|, (?:and|but|while|which|who|whereas)\b")


def _field(ctx: Context, ss: int, se: int, names: list[str], init: str | None, t_start: int) -> dict[str, int]:
    """Keyword hits of the sentence's cooperation (its organisation names blanked), else of its paragraph; the
    trigger's own clause counts twice ("worked with B on a trade fund, and hopes to train ..." -> trade)."""
    end = _CLAUSE_END.search(ctx.text, t_start, se)
    clause = partnership_field.blank(ctx.text[t_start : end.start() if end else se], names)
    ps, pe = ctx.paragraph_at(ss)
    sentence = partnership_field.blank(ctx.text[ss:se], names) + " " + clause
    paragraph = partnership_field.blank(ctx.text[ps:pe], names)
    return partnership_field.field_hits(sentence, init, paragraph)


def _inside(ctx: Context, pool: list[Mention], name: str, s: int, e: int) -> bool:
    """True when every mention of `name` in the sentence lies inside the initiative's name."""
    ms = [o for o in pool if o.fields["name"] == name and ctx.sentence_at(o.start) == ctx.sentence_at(s)]
    return bool(ms) and all(s <= o.start and o.end <= e for o in ms)
