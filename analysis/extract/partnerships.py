"""Partnerships: who cooperates with whom, on what and in which field, read from sentences that state cooperation.

Six trigger classes (lexicons in analysis/resources/partnership_*.txt):
  - "with" triggers ("A signed an MoU with B", "A renewed its agreement with B", "a joint venture with B", "A will
    take a 30% stake in B"): the acting side and the names listed right after the trigger, chained lists included
    ("but also with C"), past a possessive before the first name ("with Norvia's B", "with Kestrel Group's B");
  - possessive triggers ("our partners B and C", "its partner, B"): the owner of the possessive and the names after;
  - list triggers ("cooperation between A and B", "an MoU was signed between A and B", "signed by A and B",
    "co-funded by A and B"): the list after the trigger only ("joint rules issued by A and B"); people listed there
    stand for their bodies ("signed by A B, President of X, and ...");
  - join triggers ("an MoU linking A, B and C", "unites staff of A with B"): the organisations of the clause after
    the trigger;
  - subject triggers ("A and B signed", "A and B will jointly build", "A and B renewed their MoU"): the acting side;
  - exchange triggers ("A will host 8 B nurses", "A will host 8 nurses from B"): the acting side and the body whose
    people are counted, named in full, by a city that names its university or by the start of its name.
The acting side is the clause's subject (from the dependency parse), the agent of a passive clause ("run by A in
partnership with B"), the noun a relative clause is about ("A, which works with B"), the body that reports a deal
a clause describes ("A said the pilot it runs with B will grow"), the university a city subject
names ("Westbrook signed ..." for "Westbrook University"), the body of a person who is the subject, or the body an
anaphoric subject stands for ("the new project", "we" (in a quote: the speaker's body), "it", a named programme:
`anaphoric_owner`; "the district": the district's government body the article names, `_government_of`; "the two
universities", "both sides": the two bodies named last; "the trust and the hospital": the body each description
stands for; "the exchange will be run with C": the parties of the earlier deal that set up
the exchange; "the round was run with C": the body of the sentence that named the round; "the home": the one body
whose name ends with that word, `_own_head_body`). When the subject names a body
that none of these resolves, the sentence gives no partial deal. Places are parties only among places (a
state-level declaration, "the A-B joint declaration"); hosts, funders and witnesses ("funded by X") and hedged
cooperation ("could work with X") are left out. Plural deals of one body with several others are one partnership each
("deals signed by A with B and C"), and so is a second named deal of the acting side ("a contract with B, together with
a leasing arrangement with C", "raised money in a round led by B, and agreed a partnership with C"), as is a deal joined
after a relative clause ("an MoU with B under which ..., and a pairing scheme with C"). A sentence of one named body and
a description that stands for another named before ("nurses from A visit the home") states their deal when it states
cooperation (`_two_bodies`). Members listed after "members include", or as the items of a list under a line that ends
"brings together:" or "Its members are:" (`_listed_members`), are partners in the named body. Items of a list under a
line about deals that open with two bodies are deals between them ("A, of Leeds, and B: a supply deal"); under a line
naming one body's partners ("Its partners are:"), an item that opens with one body is a deal of that body with it
(`_listed_deal`). The
initiative is a named programme, centre, alliance or agreement that is not a party, never an event ("Annual Forum of
the X Alliance" -> "X Alliance"). A definite description after a trigger ("with the hospital", "with the joint
venture") stands for the body named before it with that head word, or for the one body the text called by that class
noun ("a new joint venture, C"); and the body between a deal's noun and its verb runs it ("the scheme the bureau runs
with B"). The field comes from `partnership_field`, read with every organisation name
blanked: from what the article calls its initiative in common words ("formed a research consortium"), else the deal's
own clause, its sentence (with the line that introduces a list item's deal; the words that describe a party blanked
too), its paragraph, the article (`_one_field_per_partnership`).
A body written after its full name by the first word of that name alone ("Harlow signed ..." after "Harlow
Pharmacy") is that body (`_short_forms`, `_full_name`). Every party is the name of a kept organisation or place
mention: the place-based groups this module names ("Leeds hospitals") are organisation candidates of the overlap
policy (`candidates`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from analysis.extract import gazetteer, partnership_field, sentences
from analysis.extract.amounts import number_words
from analysis.extract.names import is_head, is_place_name, last_head, lower_case_words, name_words, own_words
from analysis.extract.nlp import Context, Mention
from analysis.extract.org_cues import class_nouns, class_patterns, head_type, name_places, news_title, type_of
from analysis.extract.roles import qualified_body
from analysis.ingest.dates import MONTH_PATTERN, MONTHS
from analysis.resources import alternation, lower_words, patterns, read_lines, table, words

_CAP = r"(?:[A-Z][\w'’&-]*(?:–[A-Z][\w'’&-]*)*|\([^()\n]{1,40}\))"
_BASED = r"(?:[A-Z][\w'’-]* ){0,2}[A-Z][\w'’-]*-based "
"""Where a body is, before its name ("Leeds-based", "Hong Kong-based"): no word of the name."""


def triggers() -> re.Pattern:
    return patterns("partnership_triggers.txt")


def list_triggers() -> re.Pattern:
    return patterns("partnership_list_triggers.txt")


def join_triggers() -> re.Pattern:
    return patterns("partnership_join_triggers.txt", 0)


def subject_triggers() -> re.Pattern:
    return patterns("partnership_subject_triggers.txt")


def sentence_triggers() -> re.Pattern:
    return patterns("partnership_sentence_triggers.txt", 0)


def possessive_triggers() -> re.Pattern:
    return patterns("partnership_possessive_triggers.txt")


def exchange_triggers() -> re.Pattern:
    return patterns("partnership_exchange_triggers.txt")


@lru_cache(maxsize=1)
def _subject_gap() -> re.Pattern:
    alt = "|".join(re.escape(w) for w in sorted(read_lines("partnership_subject_gap.txt"), key=len, reverse=True))
    # "A, B and C - signed": a dash closes; "A (AB) and B (BC) signed": the last name's short form in brackets
    return re.compile(rf"(?: \([^()\n]{{1,40}}\))?(?:,| [–—-])?(?: (?:{alt}))* ?", re.IGNORECASE)


@lru_cache(maxsize=1)
def _anaphora() -> re.Pattern:
    return re.compile(
        r"(?:" + "|".join(f"(?:{p})" for p in read_lines("partnership_anaphora.txt")) + r")(?![\w-])", re.IGNORECASE
    )


@lru_cache(maxsize=1)
def _dual() -> re.Pattern:
    """ "the two universities", "both sides", "the pair": the two bodies named last."""
    return re.compile(
        r"(?:" + "|".join(f"(?:{p})" for p in read_lines("partnership_dual.txt")) + r")(?![\w-])", re.IGNORECASE
    )


@lru_cache(maxsize=1)
def _dual_just_before() -> re.Pattern:
    """A `_dual` phrase ending a text but for adverbs and auxiliaries ("... that the two colleges first "): the
    subject of the verb that follows, however the parser hangs its clause."""
    adverbs = r"(?:\s+(?:first|originally|jointly|also|then|later|already|formally|recently|finally|have|has|had))*"
    return re.compile(rf"\b(?:that|which) ({_dual().pattern}){adverbs}\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _pronoun() -> re.Pattern:
    """A pronoun subject: it stands for the organisation that is the subject of the sentence before."""
    return re.compile(r"(?:it|they|these|this)(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _plural_deal() -> re.Pattern:
    """Plural deal nouns: one body's deals with several others are one deal with each ("deals with B and C")."""
    return patterns("partnership_plural_deals.txt")


@lru_cache(maxsize=1)
def _declaration() -> re.Pattern:
    """What follows two joined place names in a state-level declaration ("A-B joint declaration")."""
    return re.compile(f"(?:{patterns('partnership_declarations.txt').pattern})", re.IGNORECASE)


def _membership() -> re.Pattern:
    return patterns("partnership_membership.txt")


@lru_cache(maxsize=1)
def _initiative() -> re.Pattern:
    heads = alternation("initiative_heads.txt")
    day = rf"(?:{MONTH_PATTERN}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    conn = rf"(?:of|and|for|on(?! {day})|the|in|&)"  # "X Laboratory for Genomics on Monday": a day ends the name
    return re.compile(
        rf"(?<![\w–-])(?:\d{{4}} )?{_CAP}(?: (?:{conn} )*{_CAP})*? (?:{heads})"
        rf"(?: (?:of|for|on(?! {day})) (?:the )?{_CAP}(?: (?:{conn} )*{_CAP})*)?(?![\w-])"
    )


NOT_PARTY_REACH = 80
"""Most characters read back from a name for the words that make it a host or witness ("in the presence of a
delegation from the X")."""


class _Spans:
    """Sorted name spans, to ask whether a span overlaps one of them (bisect, no scan)."""

    def __init__(self, mentions: list[Mention]):
        self.spans = sorted((m.start, m.end) for m in mentions)
        self.starts = [s for s, _ in self.spans]
        self.max_len = max((e - s for s, e in self.spans), default=0)

    def overlaps(self, s: int, e: int) -> bool:
        i = bisect_left(self.starts, s - self.max_len)
        while i < len(self.spans) and self.spans[i][0] < e:
            a, b = self.spans[i]
            if a < e and s < b:
                return True
            i += 1
        return False


def _first_named(orgs: list[Mention]) -> dict[str, int]:
    """Where each organisation name is first named: the tie policy of the bodies a reference may stand for (the
    first named wins)."""
    first: dict[str, int] = {}
    for o in sorted(orgs, key=lambda o: o.start):
        first.setdefault(o.fields["name"], o.start)
    return first


def _coreferent(ctx: Context, orgs: list[Mention], taken: _Spans) -> list[Mention]:
    """Mentions like "the University", "the bureau's service agreement", or "with the Wuhan group" (a word of the
    name and its head in lower case), resolved to the document's most frequent organisation with that head (and
    word), named before it where one is (ties: the first named); only where no kept name covers the words, so that
    every such party names an organisation that has a row."""
    counts = Counter(o.fields["name"] for o in orgs)
    first = _first_named(orgs)

    def named(head: str, at: int, back_only: bool) -> str | None:
        cands = [n for n in counts if head in n.split()]
        # a back reference: the bodies named before it ("the College" is not a college the next sentence names)
        cands = [n for n in cands if first[n] < at] or ([] if back_only else cands)
        return max(cands, key=lambda n: (counts[n], -first[n])) if cands else None

    out = []
    capitalised = re.finditer(r"\b[Tt]he ([A-Z][a-z]+)(?:’s|'s)?(?! [A-Z]| of [A-Z])", ctx.text)
    # "the bureau's service agreement with X": a head word in lower case owning a deal (`initiative_deal_nouns.txt`)
    # stands only for a body named before it
    for m, back_only in [*((m, False) for m in capitalised), *((m, True) for m in _owned_deal().finditer(ctx.text))]:
        head = m.group(1).capitalize()
        if not is_head(head) or taken.overlaps(m.start(1), m.end(1)):
            continue
        name = named(head, m.start(), back_only)
        if name is not None:
            out.append(Mention("organization", m.start(1), m.end(1), "partnerships.coreference", {"name": name}))
    # "with the Wuhan group": a word of a body's name (a place too) and its head word in lower case, as a deal's
    # counterpart (a subject of such descriptions is read by `_described_bodies`)
    bodies = _Spans(list(orgs))
    for m in re.finditer(r"\bwith [Tt]he ([A-Z][\w'’-]+) ([a-z]+)\b", ctx.text):
        if not is_head(m.group(2).capitalize()) or bodies.overlaps(m.start(1), m.end(2)):
            continue
        body = qualified_body(m.group(1), m.group(2), orgs)  # the one body these words can stand for, else None
        if body is not None:
            out.append(
                Mention("organization", m.start(1), m.end(2), "partnerships.coreference", {"name": body.fields["name"]})
            )
    return out


@lru_cache(maxsize=1)
def _owned_deal() -> re.Pattern:
    """ "the bureau's service agreement": a head word in lower case (group 1) owning a deal noun two words on."""
    deals = "|".join(sorted(map(re.escape, lower_words("initiative_deal_nouns.txt")), key=lambda w: (-len(w), w)))
    return re.compile(rf"\b[Tt]he ([a-z]+)(?:’s|'s)(?: [\w-]+){{0,2}} (?:{deals})s?\b")


_CAP_WORD = re.compile(r"(?<![\w'’&-])[A-Z][a-z][\w'’&-]*(?![\w&-])")


class _FirstWords:
    """The bodies a text may write by the first word of their name alone ("Harlow" after "Harlow Pharmacy", "Meiling"
    after "Shenzhen Meiling Biotech"): the first own word of each name of two words or more, past a place it opens
    with; a word that says what kind of body a name is ("Health", "Royal") or a place is no body's own word."""

    def __init__(self, orgs: list[Mention]):
        self.counts = Counter(o.fields["name"] for o in orgs)
        self.first = _first_named(orgs)
        self.by_word: dict[str, list[str]] = {}
        for name in self.counts:
            parts = name_words(name)
            if len(parts) >= 3 and is_place_name(parts[0]):
                parts = parts[1:]
            if len(parts) >= 2 and not is_place_name(parts[0]) and parts[0].casefold() in own_words(name):
                self.by_word.setdefault(parts[0], []).append(name)

    def body(self, word: str, pos: int) -> str | None:
        """The body `word` at `pos` stands for: of the names it opens that were named before `pos`, the most mentioned
        (ties: the first named)."""
        names = [n for n in self.by_word.get(word, []) if n != word and self.first[n] < pos]
        return max(names, key=lambda n: (self.counts[n], -self.first[n])) if names else None


def _short_forms(ctx: Context, orgs: list[Mention], taken: _Spans, first_words: _FirstWords) -> list[Mention]:
    """Bodies written by the first word of their name alone ("Harlow said it had signed ..." after "Harlow Pharmacy"):
    a capitalised word no kept mention covers, that stands alone (no capitalised word next to it: a word of a longer
    name the extractors did not keep), that is no modifier of a noun ("Harlow students") and that the article never
    writes in lower case (`_FirstWords.body`)."""
    text = ctx.text
    lower = lower_case_words(text)
    out = []
    for m in _CAP_WORD.finditer(text):
        word = re.sub(r"(?:'s|’s)$", "", m.group())
        if word not in first_words.by_word or word.lower() in lower or taken.overlaps(m.start(), m.end()):
            continue
        if re.match(r" (?:of |and |& )?[A-Z]", text[m.end() : m.end() + 6]) or re.search(
            r"[A-Z][\w'’-]* $", text[max(0, m.start() - 30) : m.start()]
        ):
            continue
        hit = ctx.token_at(m.start())
        if hit is None or hit[1].dep_ in ("compound", "amod"):
            continue  # "most Harlow students": a word that says whose people they are, no party
        name = first_words.body(word, m.start())
        if name:
            out.append(
                Mention("organization", m.start(), m.start() + len(word), "partnerships.short_form", {"name": name})
            )
    return out


def _full_name(o: Mention, first_words: _FirstWords) -> Mention:
    """A body kept under the first word of a longer name named before it ("Calderbrook" after "Calderbrook Healthcare
    Group") read as that longer name, so that its deals name the body once."""
    name = o.fields["name"]
    if " " in name:
        return o
    full = first_words.body(name, o.start)
    return replace(o, fields={**o.fields, "name": full}) if full else o


@lru_cache(maxsize=1)
def _event_lead() -> re.Pattern:
    """A named event before the initiative it is about ("2030 Spring Forum of the ", "Preparatory Meeting for ")."""
    return re.compile(rf"^.*?\b(?:{alternation('partnership_events.txt')}) (?:of|for|on) (?:the )?")


_INIT_LEAD = re.compile(
    r"^[\s,]*(?:\([^()\n]{1,40}\)[\s,]*)?(?:(?:and|&|as well as) )?"
    rf"(?:(?i:{alternation('prepositions.txt')}) )?(?:(?:The|the|A|An|a|an) )?(?:{_BASED})?"
)
"""Words before an initiative's name that are not part of it: a bracket, a joining word, a preposition opening the
sentence ("Under the X Scheme, ..."), an article, "Y-based"."""


def initiative_in(
    text: str, parties: set[str], spans: list[tuple[int, int]] = (), bodies: list[tuple[int, int]] = ()
) -> tuple[str | None, int, int]:
    """The first named joint programme, centre, alliance or agreement of `text` that is not a party, with its span.

    A named event before it is left out ("Annual Meeting of the Coast Alliance" -> "Coast Alliance"), and so are the
    parties' names it runs over (`spans`, offsets in `text`: "B and the X Campaign" -> "X Campaign"). A name that is
    a party is the initiative only when its head names a programme rather than a body ("Campaign", not "Centre"); a
    run of other bodies' names (`bodies`: "the A Department and the B Centre taking part") is none."""
    for m in _initiative().finditer(text):
        name, start = m.group(), m.start()
        lead = _event_lead().match(name)
        if lead:
            name, start = name[lead.end() :], start + lead.end()
        end = start + len(name)
        if any(start < a and b == end for a, b in spans):
            continue  # "Kestrel and the X Eye Center will ...": a party's name with the words before it
        over = [b for a, b in bodies if start <= a and b < end]
        if over and any(a >= max(over) and b == end for a, b in bodies):
            continue  # "the A Department and the B Centre": bodies listed, no initiative
        inner = [b for a, b in spans if start <= a and b < end]
        if inner:  # the name runs over a party's name: what follows that name
            name, start = name[max(inner) - start :], max(inner)
        article = _INIT_LEAD.match(name)
        name, start = name[article.end() :], start + article.end()
        is_party = name in parties or (start, end) in spans
        if is_party and any(is_head(w) for w in name.split()):
            continue  # a body's name, its head before a complement too ("Northfield Centre for Disease Control")
        if len(name.split()) >= 2 and _initiative().fullmatch(name):
            return name, start, end
    return None, -1, -1


_APPOSITIVE = re.compile(
    r", (?:the )?[A-Za-z-]+[^“”\"]*?"
    r"(?=, (?:said|says|commented|added|noted|stated|explained|expressed|spoke|addressed|gave|who)\b|:| said| spoke)"
)


@lru_cache(maxsize=1)
def _not_party() -> re.Pattern:
    """Words ending right before a host or funder ("funded by the "), anchored at the end of the text searched."""
    return re.compile(f"(?:{patterns('partnership_not_party.txt').pattern})$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _denied() -> re.Pattern:
    """Words right after a body that say it is no party (`party_denials.txt`: "X, which is not a party to ...")."""
    return patterns("party_denials.txt")


def _role_windows(ctx: Context, people: list[Mention]) -> list[tuple[int, int]]:
    """Spans of the appositives after people ("X, Director of Y at Z, said"): their bodies are affiliations. An
    appositive ends with its person's sentence ("..., according to X, Director of Y. Z said ...": Z is no
    affiliation)."""
    out = []
    for p in people:
        m = _APPOSITIVE.match(ctx.text, p.end, ctx.sentence_at(p.start)[1])
        if m and m.end() - m.start() < 300:
            out.append((m.start(), m.end()))
    return out


def _sub_unit(ctx: Context, o: Mention, starts: set[int]) -> bool:
    """True for the owner in "Y's X" when X is a named body ("Westbrook University's School of Nursing", a
    determiner of the unit named: the unit is the party), and for "X at Y" where X names a unit by its first or last
    word ("the School of Nursing at Y": a unit of Y, which is the party); "run by A at B" (a venue) leaves A a
    party."""
    poss = o.end if re.search(r"(?:'s|’s)$", ctx.text[o.start : o.end]) else o.end + 2
    owner = re.match(r"(?:'s|’s) (?:the )?", ctx.text[poss - 2 : poss + 6])
    if owner and poss - 2 + owner.end() in starts:
        return True
    at = re.match(r" at (?:the )?", ctx.text[o.end : o.end + 8])
    ends = ctx.text[o.start : o.end].split()[:1] + ctx.text[o.start : o.end].split()[-1:]
    return bool(at) and o.end + at.end() in starts and any(w in words("partnership_unit_heads.txt") for w in ends)


@lru_cache(maxsize=1)
def _list_gap() -> re.Pattern:
    """What may stand between two listed names: a comma or "and", after an optional bracketed aside ("X (Leeds), Y")
    or a description of the name before set off by commas ("A, a Leeds-based maker of blood tests, and B"), or the
    two sides of a deal ("A on the one hand and, on the other, B"); where the next is based ("A and the Leeds-based
    B"), what kind of body it is ("A and Shenzhen developer B") or who owns it ("A and the state-owned B") says nothing
    of the list."""
    nouns = "|".join(re.escape(n) for n in sorted(class_nouns(), key=len, reverse=True))
    return re.compile(
        r"(?: \([^()\n]{1,40}\))?(?:, (?:an?|which|who) [^,;:()\n“”\"]{1,60}(?=, (?:and|as well as) ))?"
        r"(?: on the one hand)?,? (?:(?:and|as well as)(?:,? on the other(?: hand)?,)? )?"
        rf"(?:the )?(?:{_BASED}|(?:[A-Z][\w'’-]* ){{0,2}}(?:[a-z][\w-]* ){{0,1}}(?:{nouns}) |[a-z]+-[a-z]+ )?"
    )


def _enumeration(ctx: Context, items: list[Mention], s: int, e: int) -> list[list[Mention]]:
    """Runs of mentions in [s, e) joined only by commas and "and"; a name joined to the one before by a slash is a
    second name of the same body ("A/B") and is left out, and so is a place whose possessive opens the next name
    ("A and Norvia's B": B is listed, Norvia says where it is), and so is a place after a body ("A in Leeds and B":
    Leeds says where A is), and so is the body a listed name is part of ("A, part of B, and C"). A list closed by
    "and" ends there: a name after a comma or another "and" opens a clause of its own ("between A and B, C can refer
    patients", "A formed one with B and C, and D formed one with E")."""
    runs: list[list[Mention]] = []
    last = -1
    closed = False
    for m in sorted((m for m in items if s <= m.start and m.end <= e), key=lambda m: (m.start, m.end)):
        gap = ctx.text[last : m.start] if runs else ""
        if runs and gap == "/":
            last = m.end
        elif runs and runs[-1][-1].kind == "place" and re.fullmatch(r"(?:'s|’s) ", gap):
            runs[-1][-1] = m
            last = m.end
        elif runs and m.kind == "place" and runs[-1][-1].kind != "place" and gap == " in ":
            last = m.end
        elif runs and runs[-1][-1].kind != "place" and _PART_OF.fullmatch(gap):
            last = m.end  # "A, part of B, and C": B says what A belongs to; the list goes on with C
        elif (
            runs
            and _OPEN_ASIDE.fullmatch(gap)
            and _list_gap().match(ctx.text, last)
            and _ASIDE_CLOSES.match(ctx.text, m.end)
        ):
            pass  # "A, which runs clinics in Tarn, and B": Tarn is in the description of A; the list goes on with B
        elif runs and not closed and _WHOLE_ASIDE.fullmatch(gap) and _LIST_ENDS.match(ctx.text, m.end):
            closed = True  # "A, which runs 14 clinics, most of them new, and B": A's description, then the last item
            runs[-1].append(m)
            last = m.end
        elif runs and _list_gap().fullmatch(gap) and not (closed and _REOPENS.match(gap)):
            closed = closed or bool(_AND.search(gap))
            runs[-1].append(m)
            last = m.end
        else:
            runs.append([m])
            last = m.end
            closed = False
    return runs


_AND = re.compile(r"\b(?:and|as well as)\b")
_REOPENS = re.compile(r"(?!.*\bon the other\b)(?:,|.*\b(?:and|as well as)\b)")
"""A gap after a list closed by "and" that opens a clause of its own: a comma or another "and", but not the other
side of a deal, written after "on the other"."""
_OPEN_ASIDE = re.compile(r", (?:an?|which|who) [^;:()\n“”\"]{0,100}")
"""The words of a description set off after a listed name, up to a name inside it ("A, which runs clinics in ")."""
_ASIDE_CLOSES = re.compile(r"[^;:()\n“”\"]{0,80}?, (?:and|as well as) ")
"""The rest of that description up to the list's "and" ("..., and B")."""
_LIST_ENDS = re.compile(r"\.?(?:[,.;:]|\s*$|\s+(?:in|of|at|on|to|for|from|with)\b)")
"""What may follow the last item of a list: punctuation or a preposition, not the verb of a clause it opens ("..., and
C will fund it": C is the subject of its own clause)."""
_WHOLE_ASIDE = re.compile(r", (?:an?|which|who) [^;:()\n“”\"]{1,120}?, (?:and|as well as) (?:the )?")
"""A description of a listed name that names no body, set off before the list's last item ("A, which runs 14
clinics, most of them new, and B")."""
_PART_OF = re.compile(
    r"(?: \([^()\n]{1,40}\))?, (?:(?:a |an )?part|an arm|a unit|a division|a subsidiary|a member) of (?:the )?"
)
"""The gap before the body a listed name belongs to ("A (MRC), part of B, and C")."""


def _comma_pair(ctx: Context, run: list[Mention]) -> bool:
    """True for two names joined by a comma alone with no "and" after them: no list, but the end of an opening phrase
    and the subject ("At a forum run by A, B signed ..."); "partners A, B and the C Campaign" is a list."""
    text = ctx.text
    return (
        len(run) == 2
        and bool(re.fullmatch(r",\s*", text[run[0].end : run[1].start]))
        and not re.match(r",? (?:and|&|as well as)\b", text[_run_end(ctx, run) :])
    )


def _run_end(ctx: Context, run: list[Mention]) -> int:
    """End of a run, past a second name joined by a slash ("A/B")."""
    end = run[-1].end
    while ctx.text[end : end + 1] == "/":
        nxt = re.match(r"/[^\s,;.]+(?: [A-Z][^\s,;.]*)*", ctx.text[end:])
        if not nxt:
            break
        end += nxt.end()
    return end


_RELATIVE_OPEN = re.compile(r", (?:which|who|whose|an? |the [a-z]|[a-z]+(?:ed|en|wn|un) by )")
"""The opening of a clause or apposition that describes the noun before it ("A, which runs B,", "A, a subsidiary of
B,", "A, managed by B,")."""


def _subject_run(ctx: Context, items: list[Mention], ss: int, t_start: int) -> list[Mention]:
    """The enumeration of `items` that ends right before `t_start`, up to auxiliary words ("A and B will ..."); none
    when it closes a relative clause or an apposition ("A, which runs B and C, signed ...": B and C are what A runs).
    """
    for run in reversed(_enumeration(ctx, items, ss, t_start)):
        gap = ctx.text[_run_end(ctx, run) : t_start]
        if _subject_gap().fullmatch(gap):
            if gap.startswith(",") and _RELATIVE_OPEN.search(ctx.text, ss, run[0].start):
                return []
            return run[1:] if _comma_pair(ctx, run) else run
    return []


def _names(run: list[Mention]) -> list[str]:
    return list(dict.fromkeys(m.fields["name"] for m in run))


def _salience(orgs: list[Mention]) -> Counter:
    """Mentions per organisation name; ties go to the name mentioned first."""
    return Counter(o.fields["name"] for o in orgs)


def anaphoric_owner(ctx: Context, orgs: list[Mention], anaphor: str, earlier: list[list[str]]) -> str | None:
    """The organisation an anaphoric subject stands for.

    "we"/"our ...": the publisher when it is one of the article's organisations, else the most mentioned one.
    "the university", "our hospital", "the company": only organisations with that head word, else of the type that
    class noun names ("the company" of "Kestrel Holdings"), count ("the authority" is a "... Authority" before any
    other government body).
    "the project", "the new initiative", a named programme ...: the most mentioned party of the partnerships stated
    earlier in the article (the body that launched it), else the article's most mentioned organisation.
    None when the article names no organisation.
    """
    counts = _salience(orgs)
    if not counts:
        return None
    first = _first_named(orgs)

    def best(names):
        return max(names, key=lambda n: (counts[n], -first.get(n, 0)))

    head = anaphor.split()[-1]
    if is_head(head.capitalize()) or head.casefold() in class_nouns():  # "the university", "the company"
        headed = Counter({n: c for n, c in counts.items() if head.capitalize() in n.split()})
        # the bodies whose name the noun ends first: "the hospital" is Kelby Hospital, not the Hospital Authority
        ending = Counter({n: c for n, c in headed.items() if head.casefold() in last_head(n)})
        counts = ending or headed or Counter({n: c for n, c in counts.items() if _of_class(n, head)})
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
    """Up to two lower-case words, then a plural noun for bodies: a plural of an organisation head word
    ("hospitals") or a generic one from `collective_parties.txt` ("providers")."""
    plurals = set(words("collective_parties.txt"))
    for head in words("org_heads.txt"):
        low = head.lower()
        if " " in low or not low.isalpha() or low.endswith("s"):
            continue
        plurals.add(low[:-1] + "ies" if low.endswith("y") and low[-2:-1] not in "aeiou" else low + "s")
    nouns = "|".join(sorted(plurals, key=lambda w: (-len(w), w)))
    return re.compile(rf"(?: [a-z]+){{0,2}}? (?:{nouns})\b")


_COORD_AFTER = re.compile(r",? and (?:the )?|, ")
_COORD_BEFORE = re.compile(r"(?:,? and |, )$")


_DEAL_SUBJECT = re.compile(
    rf"^\s*(?:[-•*▪◦]\s+)?(?P<where>{_CAP}(?: {_CAP}){{0,2}})(?:['’]s |-based )(?P<name>{_CAP}(?: {_CAP}){{0,3}}) $"
)
"""A sentence that opens with a place's possessive or "-based" and a capitalised name right before a deal's verb
("Leeds-based Kelvo Robotics agreed a joint venture with ...", "- Leeds's Kelvo Robotics signed ...")."""


_PLACED_OPENING = re.compile(rf"\s*(?:[-•*▪◦]\s+)?{_CAP}(?: {_CAP}){{0,2}}(?:['’]s |-based )")


def _deal_subjects(ctx: Context, orgs: list[Mention], places: list[Mention]) -> list[Mention]:
    """Bodies named only as the acting side of a deal: a name after a place's possessive or "-based" that opens a
    sentence whose verb signs or agrees a deal "with" another body ("Leeds-based Kelvo Robotics agreed a supply
    deal with Tarn Medical Group"); the deal's grammar says it is a body. Not a name the text already holds as an
    organisation or a place, nor one spaCy reads as a person's unless a word of it says what kind of body it is
    ("Kelvo Robotics")."""
    text, out = ctx.text, []
    taken = [(o.start, o.end) for o in [*orgs, *places]]
    people = {(e.start, e.end) for e in ctx.ents if e.label == "PERSON"}
    for ss, se in ctx.sents:
        if not _PLACED_OPENING.match(text, ss, se):
            continue  # most sentences: no place's possessive or "-based" opens them
        m = triggers().search(masked(text[ss:se]))
        if m is None:
            continue
        found = _DEAL_SUBJECT.match(text[ss : ss + m.start()])
        if found is None or not is_place_name(found.group("where")):
            continue
        s, e = ss + found.start("name"), ss + found.end("name")
        name = found.group("name")
        if (s, e) in people and type_of(name) is None:
            continue  # "Leeds-based Ann Lee": spaCy's person, and no word of the name says what kind of body
        if is_place_name(name) or any(a < e and s < b for a, b in taken):
            continue
        out.append(Mention("organization", s, e, "partnerships.deal_subject", {"name": name}))
    return out


def candidates(ctx: Context, orgs: list[Mention], places: list[Mention]) -> list[Mention]:
    """Organisation candidates this module names, for the one overlap policy: in a sentence that states cooperation,
    a place followed by a plural noun for bodies and coordinated with a named organisation ("Leeds hospitals and
    Northvale University have cooperated") is a group of bodies acting as one party ("Leeds hospitals"); and the
    bodies of `_deal_subjects`."""
    text = ctx.text
    starts = {o.start for o in orgs}
    ends = {o.end for o in orgs}
    stated: dict[int, bool] = {}
    out = []
    for p in places:
        m = _collective_noun().match(text, p.end)
        if not m:
            continue
        end = m.end()
        after = _COORD_AFTER.match(text, end)
        before = _COORD_BEFORE.search(text, max(0, p.start - 6), p.start)
        if not ((after and after.end() in starts) or (before and before.start() in ends)):
            continue
        ss, se = ctx.sentence_at(p.start)
        if ss not in stated:
            stated[ss] = bool(_trigger_matches(text[ss:se]))
        if stated[ss]:
            out.append(Mention("organization", p.start, end, "partnerships.collective", {"name": text[p.start : end]}))
    return out + _deal_subjects(ctx, orgs, places)


_MEMBERS_END = re.compile(r"[;.:](?:\s|$)|, (?:which|who|whose|while|and (?:will|has|have|is|are|the [a-z]))\b|\)")


def _clause_end(text: str, pos: int, se: int) -> int:
    """Where the clause or list that starts at `pos` ends (`_MEMBERS_END`), before `se`: the full stop of an
    abbreviation ends none ("Kelby Medical Co., Ltd. will sell ...", "Dr. Wu")."""
    stop = _MEMBERS_END.search(text, pos, se)
    while stop and sentences.is_abbreviation(text, stop.start()):
        stop = _MEMBERS_END.search(text, stop.end(), se)
    return stop.start() if stop else se


def _membership_parties(ctx: Context, pool: list[Mention], ss: int, se: int) -> tuple[list[str], int, int]:
    """Members of a named body listed after "including"/"such as" ("... 18 hospitals joined, including A and B")."""
    m = _membership().search(ctx.text, ss, se)
    if not m:
        return [], -1, -1
    end = _clause_end(ctx.text, m.end(), se)
    members = [o for o in pool if m.end() <= o.start and o.end <= end]
    if members and members[0].start - m.end() <= 4:
        names = _names(members)
        if len(names) >= 2:
            return names, m.start(), m.end()
    return [], -1, -1


def extract(
    ctx: Context, orgs: list[Mention], places: list[Mention], people: list[Mention] = (), quotes: list[Mention] = ()
) -> list[Mention]:
    """Partnerships of each sentence that states cooperation between at least two named parties. `orgs`, `places`
    and `people` are the mentions kept by the overlap policy: every party is one of their names; `quotes` say who
    "we" is in quoted speech (the speaker's organisation)."""
    text = ctx.text
    people = list(people)
    taken = _Spans(list(orgs) + list(places) + people)
    first_words = _FirstWords(orgs)
    pool = sorted(
        [_full_name(o, first_words) for o in orgs]
        + _coreferent(ctx, orgs, taken)
        + _short_forms(ctx, orgs, taken, first_words),
        key=lambda o: (o.start, o.end),
    )
    windows = _role_windows(ctx, people)
    starts = {o.start for o in pool}
    ends = {o.end for o in pool}
    pool = [
        o
        for o in pool
        if not any(a <= o.start and o.end <= b for a, b in windows)
        and not _not_party().search(text[max(0, o.start - NOT_PARTY_REACH) : o.start])
        and not _denied().match(text, o.end)
        and not _sub_unit(ctx, o, starts)
        and text[o.start - 1 : o.start] != "("
        and not _short_form_aside(text, o, ends)
    ]  # an acronym defined in brackets repeats the name before it
    doc = _Doc(ctx, orgs, pool, list(places), people, quotes)
    out: list[Mention] = []
    for ss, se in ctx.sents:
        member = _members_of_named_body(doc, ss, se) or _listed_deal(doc, ss, se, out)
        found = [member] if member else (_stated(doc, ss, se, out) or _two_bodies(doc, ss, se, out))
        out.extend(m for m in found if not (out and _funds_stated_work(text, ss, m)))
    return _one_field_per_partnership(
        doc, _name_given_next(doc, _added_partners(doc, _partners_join_earlier(doc, out)))
    )


_CO_FUNDED = re.compile(r"(?:co-?|jointly )(?:funded|financed) by$", re.IGNORECASE)
_PASSIVE_AUX = re.compile(r"\s*(?:,[^,]{0,60},\s*)?(?:is|was|are|were|will be|has been|have been|had been)\s+$")


def _funds_stated_work(text: str, ss: int, m: Mention) -> bool:
    """Whether a co-funding names the funders of a cooperation the article stated before, its subject standing for it
    ("The programme is co-funded by A and B" after "X and Y launched a programme"): A and B pay for X and Y's work;
    they are no partnership of their own ("The trial is co-funded by A and B" alone is their joint work)."""
    if not _CO_FUNDED.search(text, m.start, m.end):
        return False
    subject = _anaphora().match(text, ss, m.start)
    return subject is not None and _PASSIVE_AUX.fullmatch(text, subject.end(), m.start) is not None


_NAME_GIVEN = re.compile(
    r"\W*(?:The|This|That|Its|Their) (?:[\w-]+ ){0,2}?([a-z][\w-]*),? (?:which |that )?(?:is |will be |to be |was )?"
    r"(?:(?:provisionally|formally) )?(?:known as|called|named|dubbed) (?:the )?"
)
"""A sentence whose subject names the cooperation stated just before ("The network, to be known as the X
Programme, will ..."): the noun for it in group 1, the name right after."""


def _without_names(doc: _Doc, ss: int, se: int) -> str:
    """The text of a sentence with the names of its bodies left out ("the hospital" of "Harbin Lake Hospital" is no
    word of the sentence's own)."""
    parts, pos = [], ss
    for o in doc.within(ss, se, "pool"):
        if o.start >= pos:
            parts.append(doc.ctx.text[pos : o.start])
            pos = o.end
    parts.append(doc.ctx.text[pos:se])
    return " ".join(parts)


def _name_given_next(doc: _Doc, found: list[Mention]) -> list[Mention]:
    """An unnamed partnership takes the name the next sentence gives it by the noun its own sentence uses ("A launched
    a trials network with B. The network, to be known as the X Programme, will ..."), when that sentence states no
    partnership of its own and the name has an initiative's head word."""
    ctx = doc.ctx
    stating = {ctx.sentence_at(m.start)[0] for m in found}
    out = []
    for m in found:
        if m.fields.get("initiative") is None:
            ss, se = ctx.sentence_at(m.start)
            nxt = ctx.sentence_from(se)
            said = _NAME_GIVEN.match(ctx.text, nxt[0], nxt[1]) if nxt and nxt[0] not in stating else None
            if said and re.search(rf"\b{re.escape(said.group(1))}\b", _without_names(doc, ss, se).lower()):
                name = _initiative().match(ctx.text, said.end(), nxt[1])
                if name and len(name.group().split()) >= 2:
                    m = replace(m, fields={**m.fields, "initiative": name.group()})
        out.append(m)
    return out


@lru_cache(maxsize=1)
def _joined_body() -> re.Pattern:
    """ "the centre", "the new programme": a deal's joint body referred back to (`partnership_joined_bodies.txt`)."""
    nouns = "|".join(re.escape(w) for w in read_lines("partnership_joined_bodies.txt"))
    return re.compile(rf"\bthe (?:[\w-]+ ){{0,2}}?({nouns})s?\b", re.IGNORECASE)


def _partners_join_earlier(doc: _Doc, found: list[Mention]) -> list[Mention]:
    """A partner a party names for the body an earlier deal of the article sets up joins that deal: "A teamed up
    with B to set up a diabetes centre. ... A will train staff, while its partner, C, will manage the centre" -> one
    deal of A, B and C (the later sentence's own deal, A and C, is not counted apart)."""
    text = doc.ctx.text
    out: list[Mention] = []
    for m in found:
        ss, se = doc.ctx.sentence_at(m.start)
        body = _joined_body().search(text, ss, se)
        earlier = None
        if body and possessive_triggers().fullmatch(text[m.start : m.end]):
            noun = re.compile(rf"\b{re.escape(body.group(1))}s?\b", re.IGNORECASE)
            earlier = next(
                (
                    q
                    for q in reversed(out)
                    if set(q.fields["parties"]) & set(m.fields["parties"])
                    and noun.search(text, *doc.ctx.sentence_at(q.start))
                    and doc.ctx.sentence_at(q.start)[0] < ss
                ),
                None,
            )
        if earlier is None:
            out.append(m)
            continue
        added = [p for p in m.fields["parties"] if p not in earlier.fields["parties"]]
        i = out.index(earlier)
        out[i] = replace(earlier, fields=dict(earlier.fields, parties=earlier.fields["parties"] + added))
    return out


_ADDED_AS_PARTNER = re.compile(
    r",? (?:has |have |had )?(?:also )?(?:signed up|joined|come on board|came on board|been added|was added|were added|"
    r"is joining|will join|has since joined) as (?:a |an |the )?(?:[a-z]+ )?(?:partner|party|member)\b"
)
"""A body's own clause that adds it to a deal already stated ("C has signed up as a third partner")."""


def _added_partners(doc: _Doc, found: list[Mention]) -> list[Mention]:
    """A body that a sentence of its own adds to a deal ("A and B will run a leadership course. C has signed up as a
    third partner and will accredit it") is a party of the last deal stated before it in the article."""
    ctx, text = doc.ctx, doc.ctx.text
    out = list(found)
    for ss, se in ctx.sents:
        if not _ADDED_AS_PARTNER.search(text, ss, se):
            continue  # most sentences: no body added as a partner
        bodies = doc.within(ss, se, "pool")
        first = bodies[0] if bodies else None
        if first is None or not re.fullmatch(r"\W*(?:[Tt]he )?", text[ss : first.start]):
            continue
        if not _ADDED_AS_PARTNER.match(text, first.end):
            continue
        before = [i for i, q in enumerate(out) if ctx.sentence_at(q.start)[0] < ss]
        if not before:
            continue
        i = max(before, key=lambda k: (out[k].start, k))
        parties = out[i].fields["parties"]
        if first.fields["name"] not in parties:
            out[i] = replace(out[i], fields=dict(out[i].fields, parties=[*parties, first.fields["name"]]))
    return out


_ASIDE_OPEN = re.compile(r"\s?\((?:[A-Z][\w'’-]* ){1,2}$")


def _short_form_aside(text: str, o: Mention, ends: set[int]) -> bool:
    """True for a name in the bracket right after another body's name: the short form the text defines for it, as an
    acronym alone or after a place ("A Agency (AA)", "the Norvian Center for Disease Control (Norvia CDC)")."""
    m = _ASIDE_OPEN.search(text, max(0, o.start - 40), o.start)
    return m is not None and m.start() in ends


class _Doc:
    """The kept mentions of one document, as the rules of one sentence read them (sorted, looked up by bisection)."""

    def __init__(self, ctx: Context, orgs: list[Mention], pool: list[Mention], places, people, quotes=()):
        self.ctx = ctx
        self.quotes = sorted((q.start, q.end, q.fields.get("speaker")) for q in quotes if not q.original)
        self.bodies = {p.fields["name"]: p.fields.get("affiliation") for p in people}
        self.orgs = orgs
        self.pool = pool
        self.people = people
        self.org_names = {o.fields["name"] for o in orgs}
        self.orgs_sorted = sorted(orgs, key=lambda o: (o.start, o.end))
        self.org_starts = [o.start for o in self.orgs_sorted]
        # a place in brackets or before "-based" says where a body is, it names no party ("the Leeds-based B")
        places = [
            p for p in places if ctx.text[p.start - 1 : p.start] != "(" and ctx.text[p.end : p.end + 6] != "-based"
        ]
        self.named = sorted(pool + places, key=lambda m: (m.start, m.end))
        self.short_names = _short_names(orgs, places)
        self.starts = {"named": [m.start for m in self.named], "pool": [m.start for m in pool]}
        self._by_first: dict[str, list[str]] | None = None
        self._administrative: set[str] | None = None
        self.headings: dict[int, tuple[int, int] | None] = {}
        self._article: str | None = None
        self._sentences: dict[tuple[int, int], tuple[str, dict[str, int]]] = {}
        self._described: dict[str, dict[str, int]] = {}
        self.unresolved: set[tuple[int, int]] = set()
        """Sentences whose deal is acted by a body no name resolves: they give no partial deal."""

    def article(self) -> str:
        """The whole text blanked (`blanked`), made once."""
        if self._article is None:
            self._article = self.blanked(0, len(self.ctx.text))
        return self._article

    def described(self, head: str) -> dict[str, int]:
        """`partnership_field.described_hits` of the article for an initiative's head word, made once per head word.
        The hits are shared: read them, never change them."""
        if head not in self._described:
            self._described[head] = partnership_field.described_hits(self.article(), head)
        return self._described[head]

    def sentence(self, s: int, e: int) -> tuple[str, dict[str, int]]:
        """The sentence [s, e) blanked (`blanked`, with the words that describe a body: `describing`) and its field's
        keyword hits, made once per sentence (a sentence
        may state several partnerships). The hits are shared: read them, never change them."""
        if (s, e) not in self._sentences:
            text = partnership_field.describing(self.blanked(s, e))
            self._sentences[s, e] = (text, partnership_field.hits(text))
        return self._sentences[s, e]

    def blanked(self, s: int, e: int) -> str:
        """The text of [s, e) with every organisation mention and name replaced by spaces (same length)."""
        i = bisect_left(self.org_starts, s)
        parts, last = [], s
        names = set()
        while i < len(self.orgs_sorted) and self.orgs_sorted[i].start < e:
            o = self.orgs_sorted[i]
            if o.start >= last:
                end = min(o.end, e)
                parts += [self.ctx.text[last : o.start], " " * (end - o.start)]
                last = end
            names.add(o.fields["name"])
            i += 1
        parts.append(self.ctx.text[last:e])
        return partnership_field.blank("".join(parts), sorted(names))

    def named_by_start(self, words_: str) -> str | None:
        """The organisation whose name starts with the capitalised words `words_` ("Marrow Vale" for "Marrow Vale
        Hospital": a body named by the start of its name), or does so after the place it opens with ("Meiling" for
        "Shenzhen Meiling Biotech"), the most mentioned one when there are several."""
        words_ = re.sub(r"^(?:the|The)(?: |$)", "", words_.strip())  # "The" alone names no body
        if not re.fullmatch(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}", words_):
            return None
        if self._by_first is None:
            counts = Counter(o.fields["name"] for o in self.orgs)
            self._by_first = {}
            for name in sorted(counts, key=lambda n: (-counts[n], n)):
                self._by_first.setdefault(name.split()[0], []).append(name)
                place, _, rest = name.partition(" ")
                if rest and gazetteer.level(place) is not None:
                    self._by_first.setdefault(rest.split()[0], []).append(name)
        return next(
            (n for n in self._by_first.get(words_.split()[0], []) if re.search(rf"^(?:\S+ )?{re.escape(words_)} ", n)),
            None,
        )

    def speaker_body(self, pos: int) -> str | None:
        """The organisation of the speaker of the quote that holds `pos` ("we" in a quote), when it has a row."""
        for s, e, speaker in self.quotes:
            if s <= pos < e:
                body = self.bodies.get(speaker)
                return body if body in self.org_names else None
        return None

    def within(self, s: int, e: int, which: str = "named") -> list[Mention]:
        """Mentions of `which` ("named": bodies and places; "pool": bodies) that lie inside [s, e)."""
        items = self.named if which == "named" else self.pool
        starts = self.starts[which]
        out = []
        i = bisect_left(starts, s)
        while i < len(items) and items[i].start < e:
            if items[i].end <= e:
                out.append(items[i])
            i += 1
        return out


def _short_names(orgs: list[Mention], places: list[Mention]) -> dict[str, str]:
    """City name -> the university named by that city alone ("University of Westbrook", "Westbrook University"),
    the most mentioned one when there are several: news names such a university by its city ("Westbrook signed ...",
    "Westbrook researchers are working with ..."). Cities only: a country or region stands for its government."""
    cities = {p.fields["name"] for p in places if gazetteer.level(p.fields["name"]) == "city"}
    counts = Counter(o.fields["name"] for o in orgs)
    out: dict[str, str] = {}
    for name in sorted(counts, key=lambda n: (-counts[n], n)):
        rest = re.sub(r"^(?:The )?University(?: of)? |^(?:The )?(.+) University$", r"\1", name)
        if rest != name and rest in cities:
            out.setdefault(rest, name)
    return out


def _one_field_per_partnership(doc: _Doc, found: list[Mention]) -> list[Mention]:
    """The same parties stated in several sentences are one partnership with one field: that of the first level with
    a keyword hit, each level's hits added up over the partnership's mentions: what the article calls their initiative
    in common words, their own clauses (with the initiative), their sentences, their paragraphs (organisation names
    and the words that describe them blanked: `partnership_field.describing`), then the article as a whole (its sums
    public money for the items of a list its heading calls funded). An initiative its statements name is a
    partnership of its own, its field read from those statements only ("A and B will create a joint degree. [...] The
    two universities will also set up the A-B Centre for Stroke Research": the centre is research, the degree
    education)."""
    groups: dict[tuple[frozenset, str | None], list[dict]] = {}
    for m in found:
        hits = m.fields.pop("_hits")
        parties = frozenset(m.fields["parties"])
        groups.setdefault((parties, None), []).append(hits)
        if m.fields.get("initiative"):
            groups.setdefault((parties, m.fields["initiative"]), []).append(hits)
    paragraphs: dict[tuple[int, int, bool], dict[str, int]] = {}
    article: dict[bool, dict[str, int]] = {}

    def paragraph(span: tuple[int, int, bool]) -> dict[str, int]:
        if span not in paragraphs:
            text = partnership_field.describing(doc.blanked(span[0], span[1]))
            paragraphs[span] = partnership_field.hits(text, public_sums=span[2])
        return paragraphs[span]

    def whole(public: bool) -> dict[str, int]:
        if public not in article:
            article[public] = partnership_field.hits(doc.article(), public_sums=public)
        return article[public]

    def total(counts) -> dict[str, int]:
        out: Counter = Counter()
        for c in counts:
            out.update(c)
        return dict(out)

    fields = {}
    for key, hs in groups.items():
        levels = (
            lambda: total(h["described"] for h in hs),
            lambda: total([*(h["clause"] for h in hs), _party_hits(key[0])]),
            lambda: total(h["sentence"] for h in hs),
            lambda: total(paragraph(p) for p in dict.fromkeys(h["paragraph"] for h in hs)),
            # the items of a list its heading calls funded: the article's sums are public money too
            lambda: whole(all(h["paragraph"][2] for h in hs)),
        )
        fields[key] = partnership_field.first(level() for level in levels)
    for m in found:
        m.fields["field"] = fields[(frozenset(m.fields["parties"]), m.fields.get("initiative") or None)]
    return found


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def _host() -> re.Pattern:
    """The words that make a government body a host of investment (`partnership_host_words.txt`)."""
    return patterns("partnership_host_words.txt")


def _party_fields() -> dict[frozenset[str], str]:
    return {frozenset((a, b)): label for a, b, label in table("partnership_party_fields.tsv")}


def _party_hits(parties: frozenset[str]) -> dict[str, float]:
    """The field the kinds of a deal's parties give (`partnership_party_fields.tsv`: a company and a government body
    that hosts investment make an investment), half a hit per pair of kinds found among the parties: a hint that any
    word of the clause outweighs or ties. A government body counts only as a host (`partnership_host_words.txt`: a
    city's government, a development zone, an investment agency), not a bureau of a field, whose deal with a firm is
    a service ("a welfare bureau's agreement with a care-home operator")."""
    kinds = set()
    for p in parties:
        kind = (type_of(p) or ("",))[0]
        if kind != "government" or _host().search(p):
            kinds.add(kind)
    return {label: 0.5 for pair, label in _party_fields().items() if pair <= kinds}


def _members_of_named_body(doc: _Doc, ss: int, se: int) -> Mention | None:
    """ "the X Alliance ... members include A and B": the members are the parties, the named body the initiative; a
    run of the members' own names ("C Hospital and D Centre") names none."""
    ctx = doc.ctx
    pool = doc.within(ss, se, "pool")
    members, m_s, m_e = _membership_parties(ctx, pool, ss, se)
    spans = [(o.start - ss, o.end - ss) for o in pool if o.fields["name"] in members]
    init = initiative_in(ctx.text[ss:se], set(members), spans)[0] if members else None
    if not init:
        return None
    fields = {"parties": members, "initiative": init, "_hits": _field(doc, ss, se, init, m_s, parties=members)}
    return Mention("partnership", m_s, m_e, "partnerships.members", fields)


_MARKER = r"(?:[•▪●◦*·‣–-]|\d{1,2}[.)])"
"""A list item's marker: a bullet or a number."""
_BULLET = re.compile(rf"[ \t]*{_MARKER}?[ \t]*")
_ASIDE = r"\([^()\n]{1,40}\)"
_BULLET_MARK = re.compile(rf"[ \t]*{_MARKER}[ \t]+")
"""A line that opens with a list marker: an item of a bulleted or numbered list."""
_ITEM_HEAD_END = re.compile(rf":|\s[–—-]\s|\s\((?!{_ASIDE[2:]}\s*(?:,|and\b|&))")
"""The end of a list item's opening: a colon, a dash or a bracket that is not an aside between two names ("A (UK)
and B (China): ...")."""
_SEAT_ASIDE = r",? (?:of|from|in|based in) [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2},"
"""Where a body is, set off by commas after its name ("A, of Leeds, and B", "A, based in York, and B")."""
_ITEM_GLUE = re.compile(
    rf"(?:[\s,&]|\band\b|\b(?:together )?with\b|\b[Tt]he\b|\bits\b|\btheir\b|{_ASIDE}|{_SEAT_ASIDE})*"
)
_ITEM_SEAT = re.compile(r",\s*([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})\s*")


def _seat_after(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] after a list item's last body is only where that body is ("• A, Beijing – an MoU ...")."""
    m = _ITEM_SEAT.fullmatch(text, a, b)
    return m is not None and is_place_name(m.group(1))


HEADING_LINES = 40
"""Most lines of a list read back to find the line that introduces it."""
ITEM_HEAD = 160
"""Longest opening of a list item (in characters) before its colon or dash."""


@lru_cache(maxsize=1)
def _list_heading() -> re.Pattern:
    return patterns("partnership_list_headings.txt")


def _listed_deal(doc: _Doc, ss: int, se: int, earlier: list[Mention]) -> Mention | None:
    """A deal written as an item of a list under a line that introduces deals ("Agreements signed included:" /
    "• A and B: a joint nursing school"): the bodies the item opens with, before a colon, a dash or a bracket, are its
    parties, when the item opens with nothing else. Under a line that names one body's partners ("Its partners in
    China are:" / "• B (joint research since 2019)"), an item that opens with one body is a deal of that body and the
    owner of the line's possessive (`_possessor`, else the body of the article's earlier deals)."""
    ctx, text = doc.ctx, doc.ctx.text
    ls, le = ctx.paragraph_at(ss)
    start = _BULLET.match(text, ls).end()
    if ss > start:  # a later sentence of the item: the pair of people the item's title sentence leads to
        return None if doc.within(start, ss, "pool") else _paired_investigators(doc, ss, ss, se)
    end = _ITEM_HEAD_END.search(text, start, min(le, se, start + ITEM_HEAD))
    if end is None:
        return _listed_subjects(doc, ss, se, start)
    items = doc.within(start, end.start(), "pool")
    if not items and ":" in end.group():
        return _paired_investigators(doc, end.end(), ss, se)
    pos = start
    for m in items:
        if not _ITEM_GLUE.fullmatch(text, pos, m.start):
            return None
        pos = m.end
    names = list(dict.fromkeys(m.fields["name"] for m in items))
    if not names or not (_ITEM_GLUE.fullmatch(text, pos, end.start()) or _seat_after(text, pos, end.start())):
        return None
    heading = _list_heading_of(doc, ls)
    if heading is None:
        return None
    line = text[heading[0] : heading[1]]
    if len(names) == 1:
        names = _heading_owner(doc, heading, earlier) + names
        if len(set(names)) < 2:
            return None
    elif not _list_heading().search(line):
        return None
    local = doc.within(ss, se, "pool")
    return _partnership(
        doc, local, doc.within(ss, se), ss, se, names, items[0].start - ss, items[-1].end - ss, heading=heading
    )


_SUBJECT_TAIL = re.compile(rf"(?:{_SEAT_ASIDE}|,)?\s+")
"""What may follow the last body of a list item's subject before its verb: where that body is, a comma."""


def _listed_subjects(doc: _Doc, ss: int, se: int, start: int) -> Mention | None:
    """A list item under a line that introduces deals ("The funded projects are:"), whose sentence opens with two
    bodies or more as the subject of its verb ("- Kelby University and Tarn University will map ...", "- Kelby
    University, together with Tarn University in Wuhan, will test ..."): a deal between those bodies."""
    ctx, text = doc.ctx, doc.ctx.text
    items, pos = [], start
    for m in doc.within(start, se, "pool"):
        if not _ITEM_GLUE.fullmatch(text, pos, m.start):
            break
        items.append(m)
        pos = m.end
    names = list(dict.fromkeys(m.fields["name"] for m in items))
    tail = _SUBJECT_TAIL.match(text, pos)
    verb = ctx.token_at(tail.end()) if len(names) > 1 and tail else None
    if verb is None or verb[1].pos_ not in ("VERB", "AUX") or verb[0] + verb[1].idx != tail.end():
        return None
    heading = _list_heading_of(doc, ctx.paragraph_at(ss)[0])
    if heading is None or not _list_heading().search(text, heading[0], heading[1]):
        return None
    return _partnership(
        doc, doc.within(ss, se, "pool"), doc.within(ss, se), ss, se, names, items[0].start - ss, items[-1].end - ss,
        heading=heading,
    )  # fmt: skip


def _paired_investigators(doc: _Doc, pos: int, ss: int, se: int) -> Mention | None:
    """A list item under a line that introduces deals, whose title names no body and whose text after the colon (or
    a sentence after the title's) pairs people, each with the body they are named with ("The funded projects are:" /
    "- Kidney scarring: Professor A B, Kestrel University, with Dr C D, Harbin Medical University. UK award £300,000.",
    "- Kidney scarring. Professor A B, Kestrel University, and Dr C D, Harbin Medical University."): a deal between
    those bodies.
    Only people, their bodies, titles of address, commas and "with"/"and" may stand between the colon and the end of
    the clause."""
    ctx, text = doc.ctx, doc.ctx.text
    end = _people_clause_end(text, pos, se)
    people = [p for p in doc.people if pos <= p.start and p.end <= end]
    named = sorted(people + doc.within(pos, end, "pool"), key=lambda m: (m.start, m.end))
    if len(people) < 2:
        return None
    at = pos
    for m in named:
        if m.start < at:
            continue
        if not _investigator_glue().fullmatch(text, at, m.start):
            return None
        at = m.end
    if not _investigator_glue().fullmatch(text, at, end):
        return None
    bodies = list(dict.fromkeys(p.fields.get("affiliation") for p in people))
    if len(bodies) < 2 or any(b not in doc.org_names for b in bodies):
        return None
    heading = _list_heading_of(doc, ctx.paragraph_at(ss)[0])
    if heading is None or not _list_heading().search(text, heading[0], heading[1]):
        return None
    local = doc.within(ss, se, "pool")
    return _partnership(
        doc, local, doc.within(ss, se), ss, se, bodies, named[0].start - ss, named[-1].end - ss, heading=heading
    )


@lru_cache(maxsize=1)
def _investigator_glue() -> re.Pattern:
    """What may stand between paired investigators and their bodies: commas, "with"/"and", titles of address."""
    return re.compile(rf"(?:[\s,]|\band\b|\bwith\b|(?<![\w-])(?:{alternation('person_titles.txt')})(?![\w-])\.?)*")


def _bulleted(doc: _Doc, ls: int) -> bool:
    """Whether the cleaned line starting at `ls` opens with a list marker in the article as written (cleaning strips
    the markers)."""
    raw = doc.ctx.doc.raw
    o = doc.ctx.doc.cleaned.to_original(ls, ls + 1)[0]
    line = raw.rfind("\n", 0, o) + 1
    mark = _BULLET_MARK.match(raw, line)
    return mark is not None and mark.end() <= o


def _item_owner(doc: _Doc, ss: int, earlier: list[Mention]) -> list[str]:
    """The body that acts in the deals of a bulleted list, for an item that states a deal with no subject of its own
    ("Kestrel announced two further deals:" / "- a research collaboration with B;" / "- a supply agreement under
    which C will ..."): the acting side of the heading line's deal word; [] when the sentence at `ss` opens no
    bulleted item or its heading states no deal of one side."""
    ctx, text = doc.ctx, doc.ctx.text
    ls, _ = ctx.paragraph_at(ss)
    if ls != ss or not _bulleted(doc, ls):
        return []
    heading = _list_heading_of(doc, ls)
    if heading is None:
        return []
    hs = ctx.sentence_at(heading[1] - 1)[0]
    deal = _list_heading().search(text, hs, heading[1])
    if deal is None:
        # "Under the plan, the firm has:" / "- signed a study agreement with B;": an item that goes
        # on with the heading's sentence (it opens with a word in lower case) has the heading's subject
        item = _BULLET.match(text, ls).end()
        if not re.match(r"[a-z]", text[item : item + 1]):
            return []
        at = text.rfind(" ", hs, heading[1] - 1) + 1
    else:
        at = deal.start()
    acting = _acting_side(doc, doc.within(hs, heading[1], "pool"), doc.within(hs, heading[1]), hs, at, earlier)
    return acting or []


def _heading_owner(doc: _Doc, heading: tuple[int, int], earlier: list[Mention]) -> list[str]:
    """The body whose partners a list's heading names ("The trust's partners include:", "Its partners there are:"):
    the name the possessive ends; for "its"/"their", the last body named or described before it in the heading's line
    ("... the links the trust has built. Its partners are:": `_named_before`), else the subject of the sentence
    before, else the body of the article's earlier deals (`anaphoric_owner`); [] for another heading."""
    hs, he = heading
    text = doc.ctx.text
    t = possessive_triggers().search(text, doc.ctx.sentence_at(he - 1)[0], he)
    if t is None:
        return _unnamed_partners_owner(doc, hs, earlier) if _list_heading().search(text, hs, he) else []
    owner = [m.fields["name"] for m in doc.within(hs, t.start(), "pool") if m.end == t.start()]
    if owner or not re.match(r"(?:its|their)\b", t.group(), re.IGNORECASE):
        return owner[:1]
    last: tuple[int, str] | None = None
    for the in re.finditer(r"\bthe ", text[hs : t.start()]):
        name = _named_before(doc, hs + the.start())
        if name:
            last = (hs + the.start(), name)
    before = doc.within(hs, t.start(), "pool")
    if before and (last is None or before[-1].start > last[0]):
        return [before[-1].fields["name"]]
    if last:
        return [last[1]]
    found = _previous_subject(doc, hs)
    if found:
        return found
    owner_ = anaphoric_owner(doc.ctx, doc.orgs, "it", [m.fields["parties"] for m in earlier])
    return [owner_] if owner_ else []


UNNAMED_REACH = 6
"""Most sentences read back from a list of deals for the one that tells of them without naming the partners."""


def _unnamed_partners_owner(doc: _Doc, hs: int, earlier: list[Mention]) -> list[str]:
    """The body whose deals a list under a heading with no owner sets out ("The agreements cover a different subject
    with each partner:" / "• B – a memorandum on nursing"): the one acting side of the nearest sentence before the
    heading, at most `UNNAMED_REACH` back, that states deals with partners it does not name ("A has signed five
    agreements with universities and a hospital in China"); [] when there is none."""
    ctx, pos = doc.ctx, hs
    for _ in range(UNNAMED_REACH):
        if pos <= 0:
            break
        ss, se = ctx.sentence_at(pos - 1)
        pos = ss
        sent = ctx.text[ss:se]
        for m in triggers().finditer(masked(sent)):
            if doc.within(ss + m.end(), se, "pool"):
                continue
            local = doc.within(ss, se, "pool")
            acting = _acting_side(doc, local, doc.within(ss, se), ss, ss + m.start(), earlier)
            if acting and len(set(acting)) == 1:
                return acting[:1]
    return []


def _list_heading_of(doc: _Doc, ls: int) -> tuple[int, int] | None:
    """The line ending with a colon that opens the list whose item is the line at `ls`: the lines before it are read
    back over other items (lines with a colon, dash or bracket near their start) and blank lines, at most
    `HEADING_LINES`; None when there is none. The answer is kept per line, so a long list is read once."""
    text, seen = doc.ctx.text, doc.headings
    pos, lines, found = ls, [], None
    while pos > 0 and len(lines) < HEADING_LINES:
        if pos in seen:
            found = seen[pos]
            break
        lines.append(pos)
        prev = text.rfind("\n", 0, pos - 1) + 1
        line = text[prev : pos - 1].strip()
        if line.endswith(":"):
            found = (prev, pos - 1)
            break
        if line and not _ITEM_HEAD_END.search(line, 0, ITEM_HEAD) and not _bulleted(doc, prev):
            break
        pos = prev  # a blank line may part the items, or the first one from the heading
    for p in lines:
        seen[p] = found
    return found


def _stated(doc: _Doc, ss: int, se: int, earlier: list[Mention]) -> list[Mention]:
    """The partnerships stated by the cooperation triggers of one sentence: the acting side and the list after
    "with"/"between"/"by" ("A signed an MoU with B and C" -> A, B, C), one per counterpart for plural deals of one
    body ("A signed deals with B and C" -> A+B, A+C) unless a group word names them together ("deals with the four
    hospitals": one scheme); a deal stated in an apposition or relative clause is one of its own ("A, a joint venture
    of B and C, ..."); none when fewer than two parties are named."""
    listed = _listed_counterpart(doc, ss, se)
    if listed:
        return [listed]
    text = doc.ctx.text
    sent = text[ss:se]
    local = doc.within(ss, se, "pool")
    named = doc.within(ss, se)
    parties: list[str] = []
    pairs: list[list[str]] = []
    own: list[tuple[list[str], re.Match]] = []
    first = None
    asides = [(m.start(), m.end()) for m in _RELATIVE.finditer(text, ss, se)]
    breaks = [m.start() for m in _clause_breaks().finditer(text, ss, se)]
    parties_clause = 0
    matches = _trigger_matches(sent)
    listed = [(t.start(), t.end()) for kind, t in matches if kind == "list"]
    last_subj: list[str] = []
    for kind, t in matches:
        a, b = ss + t.start(), ss + t.end()
        if kind == "sentence" and any(t.start() < e0 and s0 < t.end() for s0, e0 in listed):
            continue  # "under an agreement between A and B": the list names the parties, not the whole sentence
        if kind == "sentence" and _OWNED_SCHEME.search(t.group()):
            continue  # "Under the subsidy arrangement of the A Government, B will pay ...": A's own scheme, no deal
        if _hedge().search(text[max(ss, a - 40) : a]):
            continue
        owner = [m.fields["name"] for m in named if m.start < a < m.end and text[a] in "'’"]
        if kind == "possessive" and owner:
            pass  # "A is B's partner": the possessive ends B's mention; B owns the partner
        elif kind != "sentence" and any(m.start <= a < m.end for m in named):
            continue  # a trigger word inside a name ("the X Partnership"); sentence triggers may open on a name
        subj: list[str] = []
        if kind == "join" and _event_subject(doc.ctx, ss, a, named=False):
            continue  # "The roundtable brought together A and B": who attended an event, not a deal between them (a
            # named dialogue that brings two bodies together is their cooperation: "The X Health Dialogue")
        if kind == "join":
            after = [n for n in _clause_names(doc, named, b, se) if n in doc.org_names]
        elif kind == "sentence":
            after = [
                m.fields["name"]
                for m in named
                if m.kind == "organization" and m.fields["name"] in doc.org_names and not _in_anothers_role(doc, m)
            ]
            dual = _dual().match(text, re.compile(r"\s*").match(text, b).end())
            if dual:  # "Under the agreement, the two universities will ... at C": C is where, not who
                after = _two_named_last(doc, dual.group(), ss, earlier)
            elif _BACK_DEAL.match(t.group()):
                after = _deal_restated(after, earlier) or after
        elif kind == "exchange":
            after = _exchange_side(doc, named, b)
            kind = "with"
        else:
            after, agent = _list_after(doc, named, b, se, earlier)
            if kind == "with" and not after:  # "A paired its hospitals with sister hospitals. Those include B and C"
                after = _named_next(doc, b, se)
            if kind == "list" and agent:  # "deals completed by A with B and C": A acts, B and C are the other side
                kind, subj = "with", agent
        if kind in ("list", "join", "sentence"):
            found = after
        elif kind == "possessive":
            subj = [n for n in _acting_side(doc, local, named, ss, a, earlier) or [] if n not in after + owner]
            found = subj + owner + after if owner else (subj or _possessor(doc, t.group(), ss, a, earlier)) + after
        else:
            if kind == "with" and t.group().endswith("awarded by"):  # "The contract was awarded by B": its winner acts
                subj = _winner_earlier(doc, text[ss:a], ss)
                if not subj:
                    continue
            if kind == "with" and not subj and last_subj and _COORDINATED_DEAL.search(text, max(ss, a - 60), a):
                subj = last_subj  # "signed an MoU with B under which ..., and a pairing scheme with C": A's too
            owners = _dual().search(t.group()) if kind == "subject" else None
            if owners and t.group()[owners.end() : owners.end() + 1] in ("'", "’"):
                subj = _two_named_last(doc, owners.group(), a, earlier)  # "renewed the two universities' agreement"
            subj = (
                subj or _runner(doc, local, named, ss, a, b, earlier) or _acting_side(doc, local, named, ss, a, earlier)
            )
            if not subj and kind == "with":
                subj = _item_owner(doc, ss, earlier) or subj  # "- a research collaboration with B": the heading's body
            if subj and kind == "with":
                last_subj = subj
            if subj is None:
                doc.unresolved.add((ss, se))
                continue
            if kind == "with" and not subj and _event_subject(doc.ctx, ss, a):
                continue  # "The mission was organised together with A and B": A and B joined an event, not each other
            # "signed deals with A and B": a later "with" trigger reads its own list
            later_with = any(k == "with" and w.start() >= t.start() for k, w in matches)
            joined = _with_counterparts(doc, named, b, se) if kind == "subject" and not later_with else []
            if (
                kind == "subject"
                and _RELATIVE_AFTER_DEAL.search(text, max(ss, a - 20), a)
                and any(k == "with" and w.end() <= t.start() for k, w in matches)
            ):
                continue  # "signed agreements with A and B that will create ...": what the deal does
            if kind == "subject" and not joined and _EACH.search(text, max(ss, a - 30), a):
                continue  # "A and B have each agreed to send staff": two commitments, no deal between them
            if kind == "subject" and not joined and _ANNOUNCED.match(t.group()) and _one_government(subj):
                continue  # "The Welfare Bureau and the Health Bureau announced measures": one government speaking
            found = subj + (after if kind == "with" else joined)
        kept = _governments_or_bodies(list(dict.fromkeys(found)), named)
        # a place that acts alone ("Harbour district signed ... with A") is its government, a party beside bodies too
        alone = bool(subj) and all(_administrative(doc, n) for n in subj) and kind not in ("list", "join")
        found = [n for n in dict.fromkeys(found) if n in kept or (alone and n in subj)]
        if len(found) < 2 or (_all_places(found, named) and (_quoted(doc, ss, a) or _RELATIONS.search(t.group()))):
            continue  # "cooperation between the two countries can deliver ..." in someone's words: a remark; "Britain
            # looks to rebuild trade ties with China": relations between states, no deal
        if kind == "list" and _all_places(found, named) and _place_scheme().match(t.group()):
            continue  # "an ambulance pilot between A and B": where the scheme runs, no state-level deal
        if any(s0 < a < e0 for s0, e0 in asides):  # "A, a joint venture between B and C, signed ... with D"
            own.append((found, t))
            continue
        clause = bisect_right(breaks, a)
        if parties and clause != parties_clause and not (set(found) <= set(parties) or set(parties) <= set(found)):
            own.append((found, t))  # "A was set up under a deal between B and C, while B signed with D": two deals
            continue
        if kind == "with" and first and _another_deal(parties, subj, found, first.group(), t.group()):
            own.append((found, t))  # "A announced a contract with B, together with a leasing deal with C": two deals
            continue
        first = first or t
        parties_clause = clause if not parties else parties_clause
        others = [n for n in after if n in found and n not in subj]
        grouped = _dual().match(text, re.compile(r"\s*").match(text, b).end())  # "deals with the four hospitals"
        if kind == "with" and len(subj) == 1 and len(others) >= 2 and _plural(text, ss, a, b) and not grouped:
            pairs += [[subj[0], n] for n in others]
            continue
        parties += [p for p in found if p not in parties]
    t_s, t_e = (first.start(), first.end()) if first else (-1, -1)
    if not parties and not pairs and not own:
        parties, t_s, t_e = _declared(doc, named, ss, se)
        if not parties:
            parties, t_s, t_e = _item_deal(doc, named, ss, se, earlier)
    groups = [(g, t_s, t_e) for g in ([parties] if len(parties) >= 2 else []) + pairs]
    for g, t in own:
        if all(set(g) != set(h) for h, _, _ in groups):
            groups.append((g, t.start(), t.end()))
    # "A, which has agreed to share records with B, together with C, ...": the list read after the first trigger holds
    # the bodies of the later one, a part of the same deal
    groups = [(g, s0, e0) for g, s0, e0 in groups if not any(set(g) < set(h) and s1 < s0 for h, s1, _ in groups)]
    out = []
    for group, g_s, g_e in groups:
        m = _partnership(doc, local, named, ss, se, group, g_s, g_e)
        if m:
            out.append(m)
    return out


_OWNED_SCHEME = re.compile(r"\b(?:arrangements?|schemes?|programmes?|framework|policy|policies) of (?:the )?[A-Z]")
"""A deal word that a body's name owns ("the subsidy arrangement of the A Government"): that body's own scheme."""


_BACK_DEAL = re.compile(
    r"(?:[Uu]nder|[Aa]ccording to|[Aa]s part of|[Tt]hrough) (?:the|this|that|these|those|its|their) "
)
"""A sentence trigger that refers back to a deal told of before ("Under the agreement, ...")."""


def _deal_restated(names: list[str], earlier: list[Mention]) -> list[str]:
    """The parties of the latest deal told of before that a sentence referring back to a deal names a party of:
    "Under the agreement, nurses from A will train at C, B's teaching hospital" after "A and B signed an MoU" restates
    the deal of A and B (C is where the training happens); [] when no earlier deal shares a party."""
    for m in reversed(earlier):
        if set(m.fields["parties"]) & set(names):
            return list(m.fields["parties"])
    return []


def _item_deal(doc: _Doc, named: list[Mention], ss: int, se: int, earlier) -> tuple[list[str], int, int]:
    """A bulleted item that names a deal and the bodies in it but no cooperation verb ("- a supply agreement under
    which C will store its medicines"): the heading's acting body (`_item_owner`) and the item's bodies; the span of
    the deal word, relative to `ss`."""
    deal = _list_heading().search(doc.ctx.text, ss, min(se, ss + ITEM_HEAD))
    if deal is None:
        return [], -1, -1
    owner = _item_owner(doc, ss, earlier)
    names = [m.fields["name"] for m in named if m.kind == "organization" and m.fields["name"] in doc.org_names]
    parties = list(dict.fromkeys(owner + names))
    if not owner or len(parties) < 2:
        return [], -1, -1
    return parties, deal.start() - ss, deal.end() - ss


_COORDINATED_DEAL = re.compile(r", and (?:also )?(?:an?|another|the|its|their) (?:[\w-]+ ){0,3}$")
"""A deal's noun phrase joined to the object of the verb before it ("signed an MoU with B ..., and a pairing scheme
with C"): the same body acts in both."""


def _another_deal(parties: list[str], subj: list[str], found: list[str], earlier: str, trigger: str) -> bool:
    """True when a "with" trigger names a deal of its own ("a leasing arrangement with C") for the acting side of the
    sentence's earlier deal, itself named ("a service contract with B"), with other bodies: one body's second deal,
    not a third party of the first ("together with B, A set up a joint register with C" is one deal of three)."""
    others = [n for n in found if n not in subj]
    cue = patterns("partnership_cues.txt")
    # "a supply deal with B", "a pairing scheme with B", "a funding round led by B": a deal of its own too
    nouns = r"\b(?:deals?|schemes?|programmes?|programs?|pilots?|projects?|rounds?)\b"
    deal = re.compile(rf"{cue.pattern}|{nouns}", re.IGNORECASE)
    return (
        len(subj) == 1
        and subj[0] in parties
        and bool(others)
        and not set(others) & set(parties)
        and deal.search(earlier) is not None
        and deal.search(trigger) is not None
    )


def _plural_cue(word: str) -> bool:
    """A cue word in its plural (or third-person) form: "agreements", "partners"; not "consortium", "across"."""
    return word.endswith("s") and not word.endswith("ss")


def _common_head(word: str) -> bool:
    """A head word written as a common noun with a capital ("College"), not an acronym ("NHS")."""
    return word[1:].islower() and is_head(word)


def _within_other(text: str, local: list[Mention], names: list[str]) -> bool:
    """True when one of two bodies, by its name or as written in the sentence, is a word of the other's name or
    mention ("the WHS" written for the Westland Health Service, and "Westmoor WHS Trust"). A name of several words
    that ends the other's is a body of the same kind elsewhere, not the other's system ("the Health Bureau signed with
    the Northport Municipal Health Bureau"); one word there is still its system ("Westmoor WHS")."""
    forms = {
        n: {n}
        | {text[o.start : o.end] for o in local if o.fields["name"] == n and not _common_head(text[o.start : o.end])}
        for n in names
    }  # "the College" written for one college is no word of another's name ("Northvale College of Surgery")
    a, b = names
    return any(
        re.search(rf"\b{re.escape(x)}\b" + ("(?!$)" if " " in x.strip() else ""), y)
        for p, q in ((a, b), (b, a))
        for x in forms[p]
        for y in forms[q]
        if x != y
    )


def _two_bodies(doc: _Doc, ss: int, se: int, earlier: list[Mention]) -> list[Mention]:
    """The deal of a sentence no trigger reads that names exactly two bodies and states cooperation in words of
    `partnership_cues.txt` anywhere, not hedged ("Under the twinning scheme, nurses from A spend a month at B" -> A,
    B; "A may partner B" -> none; three bodies: who acts with whom is not said, none); a cue in a definite phrase
    after the article stated a deal ("A's chief said the joint venture would seek approval from B", "A said the
    agreement would help B") speaks of that deal, not of one between the two bodies, unless they are its parties or
    are written as a pair ("the arrangement is run by A and B"). A body where a deal was signed ("A and B signed the
    agreement at C") is the venue, and one that houses the other ("A will be based at B, with a partner office in C")
    the host, not a party."""
    text = doc.ctx.text
    local = [
        o
        for o in doc.within(ss, se, "pool")
        if not _SIGNED_AT.search(text, max(ss, o.start - 80), o.start)
        and not _HOSTED_AT.search(text, max(ss, o.start - 40), o.start)
    ]
    names = list(dict.fromkeys(o.fields["name"] for o in local))
    local_names = set(names)
    if len(names) == 1:  # "nurses from A visit the home every week": the home named before is the other body
        names += [n for n in _described_in(doc, ss, se) if n not in names][:1]
    if len(names) != 2 or _within_other(text, local, names):
        return []  # "the Westmoor NHS trust ... the NHS": a body and its own system, not two partners
    # a plural speaks of cooperation in general ("building education partnerships"), a deal of two bodies is one;
    # a cue word inside a name ("the X Partnership", a capitalised word inside the sentence) is the name's
    cues = patterns("partnership_cues.txt").finditer(text, ss, se)
    cue = next(
        (
            m
            for m in cues
            if not _plural_cue(m.group())
            and not any(o.start <= m.start() < o.end for o in local)
            and not (m.group()[:1].isupper() and m.start() > ss)  # "the X In-depth Cooperation Zone": a name's word
            and text[m.end() : m.end() + 2] not in ("'s", "’s")  # "the consortium's capital": a body, no cooperation
            and not _OWNED_SCHEME.match(text, m.start(), min(se, m.end() + 12))  # "the arrangement of the A Government"
        ),
        None,
    )
    if cue is None:
        return []
    told = {n for e in earlier for n in e.fields["parties"]}
    if (
        told
        and _BACK_REFERENCE.search(text, max(ss, cue.start() - 12), cue.start())
        and not set(names) <= told
        and not any(set(names) <= set(_names(run)) for run in _enumeration(doc.ctx, local, ss, se))
    ):
        return []  # "A's chief said the joint venture would seek approval from B": a deal told before, not A with B
    asides = [(m.start(), m.end()) for m in _RELATIVE.finditer(text, ss, se) if not m.start() <= cue.start() < m.end()]
    if any(
        all(any(a < o.start and o.end <= b for a, b in asides) for o in local if o.fields["name"] == n)
        for n in names
        if n in local_names
    ):
        return []  # "A, where most B students train, has paired its wards with ...": B says what A is, no partner
    before = text[max(ss, cue.start() - 40) : cue.start()]
    if _hedge().search(before) or _wish().search(before) or _quoted(doc, ss, cue.start()):
        return []  # a wish, or a remark in someone's words ("there is a great partnership to build"), is no deal
    if (ss, se) in doc.unresolved:
        return []  # the deal's acting side is a body no name resolves ("The company agreed an MoU with A and B")
    firsts = sorted(min(o.start for o in local if o.fields["name"] == n) for n in names if n in local_names)
    if len(firsts) == 2 and _clause_breaks().search(text, firsts[0], firsts[1]):
        return []  # "A said ..., while B said it would set up joint cohorts": each body in a clause of its own
    m = _partnership(doc, local, doc.within(ss, se), ss, se, names, cue.start() - ss, cue.end() - ss, "two_bodies")
    return [m] if m else []


_SIGNED_AT = re.compile(
    r"\b(?:sign|ink|seal)(?:s|ed|ing)? (?:the |an? |their |its )?(?:[\w-]+ ){0,3}?(?:at|in) (?:the )?$", re.IGNORECASE
)
"""A deal signed at a body: what follows is where it was signed ("signed the agreement at the X Hospital")."""
_RELATIONS = re.compile(r"\b(?:links?|ties|relations|relationships?)\b", re.IGNORECASE)
"""Words of the relations between states in general, no deal of theirs."""
_HOSTED_AT = re.compile(
    r"\b(?:headquartered|based|housed|hosted|located|sited) (?:at|in|by|within) (?:the )?$", re.IGNORECASE
)
"""A body that houses another: what follows is the host ("the centre will be based at the X Faculty, with a
partner office in Y"), no party of a deal the sentence's other words state."""
_BACK_REFERENCE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir) (?:new |planned |proposed )?$")
"""Before a cue word, a determiner that refers back to a deal already told of ("the joint venture")."""
_THE_NOUN = re.compile(r"\b[Tt]he (?:[A-Z][\w'’-]* )?(?:[a-z][\w'’-]* ){0,2}?[a-z]{3,}\b(?! [A-Z])")


def _described_in(doc: _Doc, ss: int, se: int) -> list[str]:
    """The bodies named before the sentence [ss, se) that its definite descriptions outside any name stand for by the
    last word of their name (`_own_head_body`: "visit the home every week"), when that word is no organisation head
    or class noun ("the trust", "the university": one of many such bodies) and names no scheme ("the consortium")."""
    local = doc.within(ss, se, "pool")
    found = []
    for m in _THE_NOUN.finditer(doc.ctx.text, ss, se):
        if any(o.start <= m.start() < o.end or m.start() <= o.start < m.end() for o in local):
            continue
        if _anaphora().match(m.group()) or _definite_head(re.sub(r"^[Tt]he (?:[A-Z]\S* )?", "the ", m.group())):
            continue  # "said the consortium would run ...", "at the trust's offices": a scheme or a class of body
        if doc.ctx.text[m.end() : m.end() + 2] in ("'s", "’s"):
            continue  # "the home's staff": whose staff, not who acts
        body = _own_head_body(doc, m.group(), ss)
        if body:
            found.append(body)
    return list(dict.fromkeys(found))


_RUN_BY = re.compile(r"[\w-]+ (.+) [\w-]+ with")
"""A deal's noun, the words of a relative clause's subject, its verb and "with" ("scheme the bureau runs with")."""


def _runner(doc: _Doc, local, named, ss: int, a: int, b: int, earlier) -> list[str]:
    """The body that runs a deal a "with" trigger opens with the deal's noun and a relative clause ("the scheme the
    bureau runs with C", "a programme Kestrel University operates with C"): the name between the noun and the verb,
    or the body a definite noun there stands for (`_anaphoric_subject`: "the bureau"); none for a pronoun ("the plan
    it runs with C": the parse finds who "it" is) or a trigger of another form."""
    text = doc.ctx.text
    m = _RUN_BY.fullmatch(text, a, b)
    hit = doc.ctx.token_at(a) if m else None
    if hit is None or hit[1].pos_ != "NOUN":
        return []
    s, e = m.start(1), m.end(1)
    inner = [o for o in local if s <= o.start and o.end <= e]
    if inner:
        return _names(inner) if re.fullmatch(r"(?:the )?", text[s : inner[0].start]) and inner[-1].end == e else []
    if _pronoun().fullmatch(m.group(1)):
        return []
    return _anaphoric_subject(doc, named, m.group(1), s, ss, a, earlier) if _definite_head(m.group(1)) else []


_CAP_WORDS = re.compile(r"(?:the )?([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,5})(?:'s|’s)? [a-z]")


def _exchange_side(doc: _Doc, named: list[Mention], pos: int) -> list[str]:
    """The body whose people an exchange counts ("host 8 B nurses"): a body named right at `pos`, else the university
    a city named there stands for ("Westbrook students" of "University of Westbrook"), else the body named by the
    start of its name (`_Doc.named_by_start`: "Kestrel" for "Kestrel Medical University"); a place or a word of
    origin stands for no body of its own ("Chinese nurses", "Guangdong doctors")."""
    text = doc.ctx.text
    pos += re.match(r"\s*(?:of )?", text[pos : pos + 4]).end()
    lead = re.match(r"(?:the )?", text[pos : pos + 4]).end()
    at = [m for m in named if m.start == pos + lead]
    if at:
        m = at[0]
        if m.kind == "organization":
            return [m.fields["name"]]
        short = doc.short_names.get(m.fields["name"])
        return [short] if short else []
    words_ = _CAP_WORDS.match(text, pos)
    if (
        not words_
        or words_.group(1) in gazetteer.demonyms()
        or any(pos < m.end and m.start < words_.end(1) for m in named)
    ):
        return []
    owner = doc.named_by_start(words_.group(1))
    return [owner] if owner else []


def _event_subject(ctx: Context, ss: int, t_start: int, named: bool = True) -> bool:
    """True when the clause of the trigger at `t_start` is about an event named by its subject ("The mission, led by
    a minister, was organised with A", "The forum was held with B"), from `partnership_events.txt`; with `named`
    False only an event written in lower case ("the roundtable", not "the X Health Dialogue")."""
    span = _subject_span(ctx, t_start)
    if span is None:
        return False
    heads = [re.search(r"[\w-]*$", ctx.text[span[0] : h + 1]).group() for h in span[2]]
    return any(w.casefold() in _event_words() and (named or w.islower()) for w in heads)


@lru_cache(maxsize=1)
def _event_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in read_lines("partnership_events.txt") if " " not in w)


def _plural(text: str, ss: int, a: int, b: int) -> bool:
    """True when the trigger at [a, b) names plural deals, in itself or right before ("deals were signed by")."""
    before = re.search(rf"(?:{_plural_deal().pattern})(?: [\w-]+){{0,2}}\s*$", text[max(ss, a - 60) : a], re.I)
    return bool(_plural_deal().search(text, a, b) or before)


def _possessor(doc: _Doc, trigger: str, ss: int, a: int, earlier) -> list[str]:
    """The owner of "our partners" (the body of the speaker of the quote it is in, else the publisher or the article's
    main body, as for "we") or of "its partner" (the organisation named last before it in the sentence, else the
    subject of the sentence before)."""
    if trigger.lower().startswith("our"):
        owner = doc.speaker_body(a) or anaphoric_owner(doc.ctx, doc.orgs, "we", [m.fields["parties"] for m in earlier])
        return [owner] if owner else []
    before = doc.within(ss, a, "pool")
    return [before[-1].fields["name"]] if before else _previous_subject(doc, ss)


def _partnership(
    doc: _Doc,
    local,
    named,
    ss: int,
    se: int,
    parties: list[str],
    t_s: int,
    t_e: int,
    rule: str = "trigger_sentence",
    heading: tuple[int, int] | None = None,
) -> Mention | None:
    """One partnership of a sentence: its initiative (not a party), its parties and its field's keyword hits (with
    those of the `heading` line that states the deal of a list item)."""
    ctx = doc.ctx
    sent = ctx.text[ss:se]
    spans = [(o.start - ss, o.end - ss) for o in local if o.fields["name"] in parties]
    bodies = [(o.start - ss, o.end - ss) for o in local if o.fields["name"] not in parties and ss <= o.start < se]
    init, i_s, i_e = initiative_in(sent, set(parties), spans, bodies)
    if init and any(a <= i_s and i_e <= b for a, b in bodies):
        # a body listed right after another deal's trigger is that deal's party, no initiative of this one
        others = _trigger_objects(sent, bodies)
        if others:
            init, i_s, i_e = initiative_in(sent, set(parties), spans + others, bodies)
    if init:
        parties = [p for p in parties if not _inside(ctx, local, p, ss + i_s, ss + i_e)]
    if len(parties) < 2 or (len(parties) == 2 and _within_other(ctx.text, local, parties)):
        return None  # "Westmoor NHS Trust ... the NHS": a body and its own system, not two partners
    fields = {
        "parties": parties,
        "initiative": init,
        "_hits": _field(doc, ss, se, init, ss + t_s, heading, parties),
    }
    return Mention("partnership", ss + t_s, ss + t_e, f"partnerships.{rule}", fields)


@lru_cache(maxsize=1)
def _clause_breaks() -> re.Pattern:
    return patterns("partnership_clause_breaks.txt")


@lru_cache(maxsize=1)
def _place_scheme() -> re.Pattern:
    """Nouns of a scheme run between places (`partnership_place_schemes.txt`), at the start of a list trigger."""
    return patterns("partnership_place_schemes.txt")


@lru_cache(maxsize=1)
def _hedge() -> re.Pattern:
    """Words right before a trigger that make it a possibility rather than a stated cooperation."""
    return re.compile(f"(?:{patterns('partnership_hedges.txt').pattern})$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _wish() -> re.Pattern:
    """Words of a wish, request or hope (`wishes.txt`, the list the reports' measures read), as whole words."""
    return re.compile(rf"\b(?:{patterns('wishes.txt').pattern})\b", re.IGNORECASE)


def _governments_or_bodies(names: list[str], named: list[Mention]) -> list[str]:
    """Places stand for their governments only among places ("Northfield and Southport signed"); next to an
    organisation a place is a setting, not a party ("between Northfield and Westmoor University")."""
    if _all_places(names, named):
        return names
    places = {m.fields["name"] for m in named if m.kind == "place"}
    return [n for n in names if n not in places]


def _quoted(doc: _Doc, ss: int, pos: int) -> bool:
    """True when `pos` stands in quoted speech: a quotation found in the text, or an open quotation mark before it
    in its sentence."""
    if any(qs <= pos < qe for qs, qe, _ in doc.quotes):
        return True
    before = doc.ctx.text[ss:pos]
    return before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”")


def _all_places(names: list[str], named: list[Mention]) -> bool:
    """True when every party is a place (its government), not a body."""
    places = {m.fields["name"] for m in named if m.kind == "place"}
    return all(n in places for n in names)


def _declared(doc: _Doc, named: list[Mention], ss: int, se: int) -> tuple[list[str], int, int]:
    """Two places joined by a hyphen before a declaration or agreement ("the A-B joint declaration"): a state-level
    declaration, the two places its parties, with the span of the joined names."""
    text = doc.ctx.text
    places = [m for m in named if m.kind == "place"]
    for p, q in zip(places, places[1:]):
        if text[p.end : q.start] in ("-", "–", "—", "/") and _declaration().match(text, q.end):
            if p.fields["name"] != q.fields["name"]:
                return [p.fields["name"], q.fields["name"]], p.start - ss, q.end - ss
    return [], -1, -1


_OBJECT_LEAD = re.compile(r"\s*(?:the |The )?")
_LISTED_NEXT = re.compile(r"(?:,\s*|,?\s+and\s+)(?:the\s+)?")


def _trigger_objects(sent: str, bodies: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of `bodies` (offsets in `sent`) listed after a trigger that a deal's other side follows (`triggers`:
    "A formed a consortium with B and C, and D formed one with the E Centre" -> B's, C's and E Centre's): the parties
    of some deal of the sentence ("the partners of the X Network" names no party)."""
    starts = {_OBJECT_LEAD.match(sent, m.end()).end() for m in triggers().finditer(masked(sent))}
    out: list[tuple[int, int]] = []
    for a, b in sorted(bodies):
        if a in starts or (out and _LISTED_NEXT.fullmatch(sent, out[-1][1], a)):
            out.append((a, b))
    return out


_DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")


def masked(sent: str) -> str:
    """A sentence with each decimal point written as a middle dot, offsets unchanged: the triggers' reach stops at a
    full stop, not inside a figure ("agreed a 60 million yuan (£6.5 million) joint venture with")."""
    return _DECIMAL_POINT.sub("·", sent)


def _trigger_matches(sent: str) -> list[tuple[str, re.Match]]:
    """Every cooperation trigger of a sentence with its class ("with", "list", "join", "subject"), in text order
    (read on the `masked` sentence)."""
    sent = masked(sent)
    out = [("with", m) for m in triggers().finditer(sent)]
    out += [("list", m) for m in list_triggers().finditer(sent)]
    out += [("join", m) for m in join_triggers().finditer(sent)]
    out += [("possessive", m) for m in possessive_triggers().finditer(sent)]
    out += [("sentence", m) for m in sentence_triggers().finditer(sent)]
    out += [("subject", m) for m in subject_triggers().finditer(sent)]
    out += [("exchange", m) for m in exchange_triggers().finditer(sent)]
    return sorted(out, key=lambda km: (km[1].start(), km[1].end()))


@lru_cache(maxsize=1)
def _list_lead() -> re.Pattern:
    """What may stand between a trigger and its list: an article or possessive (a name's own "The" too: "with The
    First Hospital of X"), a description of the bodies before the named ones ("with 12 universities, including A and
    B", "with industry partners such as A and B", "with three hospitals: A, B and C"), bodies not named listed before
    the named ones ("with nine village clinics and the A"), or up to three lower-case words that describe the one body
    named right after them ("with the investment group A", "with online pharmacy A", "with the London practice A",
    "with Northfield-based startup A", "with Northfield-based A"), function words left out ("with funding from A"
    names no list)."""
    unnamed = _collective_noun().pattern  # "with nine village clinics and the B": bodies not named, then B
    return re.compile(
        r"\s*(?:[a-z\d][\w -]{0,40}?(?:,? (?:including|such as|among them|notably) |: )"
        r"|(?:[\d,]+|two|three|four|five|six|seven|eight|nine|ten|several|many|other|local)"
        rf"{unnamed},? (?:and|as well as) )?"
        r"(?:[Tt]he |both |its |their |leading |local |an? )?(?:(?:city|province|region|government) of )?"
        rf"(?:(?:[A-Z][\w'’-]*(?:-based)? ){{0,2}}(?:{_DESC_WORD} ){{1,3}}(?=[A-Z])"
        rf"|{_BASED}(?=[A-Z]))?"
    )


_DESC_WORD = (
    r"(?!(?:of|for|and|or|with|to|in|on|at|by|from|its|their|his|her|our|as|under|between|including|such|via|through"
    r"|into|over|the|an?|both|than|who|which|that|whose|while|after|before|during|since|until|also|only|is|are|was|were"
    r"|be|been|has|have|had|will|would|can|could|may|might|shall|should)\b)[a-z][\w-]*"
)
"""A lower-case word that may describe the body named after it ("online pharmacy", "software firm"): no function
word or auxiliary."""

_LIST_MORE = re.compile(r"[\s,;–—-]*(?:(?:not (?:just|only)|but|also|as well as|and|together) )+with ")
"""A further list of the same trigger ("with A - not just with B, but also with C")."""
_DUAL_MORE = re.compile(r",? (?:and|as well as) ")
"""Further bodies listed after the bodies named without their names ("between the two universities and C")."""
_AGENT_WITH = re.compile(r"[\s,]*(?:\([^()\n]{1,40}\) ?)?(?:with|in) ")
"""A list after an agent ("deals signed by A with B and C", "an investment by A in B")."""


_AND_THE_NOUN = re.compile(r",? and the ([a-z]+)\b(?! of\b)")
_EACH = re.compile(r"\b(?:each|separately|individually)\b(?:\s+\w+)?\s*$")
"""A word right before a cooperation verb that makes its plural subject act one by one ("have each agreed to")."""
_DESCRIBED_AND = re.compile(r"\s*the (?:[a-z][\w-]* ){0,2}?[a-z][\w-]*,? and (?:the )?(?=[A-Z])")
"""A description that opens a list and the "and" after it ("between the commission and B")."""
"""A list's last item written as "the" and a body's head noun ("between A and the hospital")."""


def _modifies_noun(ctx: Context, m: Mention) -> bool:
    """Whether a name is followed by a common noun it modifies ("Chinese organizations")."""
    if ctx.text[m.end : m.end + 1] != " ":
        return False
    hit = ctx.token_at(m.end + 1)
    return hit is not None and hit[1].pos_ == "NOUN" and ctx.text[m.end + 1 : m.end + 2].islower()


_OWN_AGENT = re.compile(r",?\s+(?:run|operated|owned|managed|led|founded|built|funded|set up)\s+by\b")
"""A passive agent after a name ("D run by E"): the name is a thing of its own list, not another agent."""


def _list_after(doc: _Doc, named: list[Mention], pos: int, se: int, earlier) -> tuple[list[str], list[str]]:
    """Names listed right after `pos` ("with the A, B and C"), and in lists chained to it ("but also with D"), or the
    two bodies "the two universities" stands for; places count only where they stand alone (for their government),
    not as modifiers ("with Northfield's"). A single name followed by "with" and a list is an agent: returned apart
    ("by A with B and C" -> [B, C], [A])."""
    ctx = doc.ctx
    parties = [m.fields["parties"] for m in earlier]
    ss = ctx.sentence_at(pos)[0]  # "A signed deals with the four institutions": bodies named before A's sentence
    dual = _dual().match(ctx.text, re.compile(r"\s*").match(ctx.text, pos).end())
    if dual:  # "between the two universities and C": the two, then the bodies listed after them
        out = _two_named_last(doc, dual.group(), min(dual.start(), ss), earlier)
        more = _DUAL_MORE.match(ctx.text, dual.end())
        lead = _list_lead().match(ctx.text, more.end()) if more and out else None
        run = next(iter(_enumeration(ctx, named, lead.end(), se)), []) if lead else []
        if run and run[0].start == lead.end():
            out += [m.fields["name"] for m in run if m.kind != "place" or _stands_alone(ctx, m)]
        return list(dict.fromkeys(out)), []
    out: list[str] = []
    agent: list[str] = []
    first = True
    by = ctx.text[pos - 2 : pos] == "by"
    while True:
        dual = None if first else _dual().match(ctx.text, re.compile(r"\s*").match(ctx.text, pos).end())
        if dual:  # "run by A together with the two provincial bodies"
            out += _two_named_last(doc, dual.group(), ss, earlier)
            pos = dual.end()
        lead = _list_lead().match(ctx.text, pos)
        run = next(iter(_enumeration(ctx, named, lead.end(), se)), [])
        unit = _OWNED_UNIT.match(ctx.text, run[0].end) if run and run[0].start == lead.end() else None
        if unit:  # "to B's manufacturing arm, C": the unit named after its owner's description is the party
            later = next(iter(_enumeration(ctx, named, unit.end(), se)), [])
            run = later if later and later[0].start == unit.end() else run
            lead = unit if run is later else lead
        opens = _past_owner(doc, lead.end())
        if first and not (run and run[0].start in (lead.end(), opens)):
            people = _people_bodies(doc, lead.end(), se)
            if people:
                return list(dict.fromkeys(people + _bodies_beside_people(doc, named, lead.end(), se))), []
            named_before = _named_before(doc, pos)
            if named_before:  # "between the commission and B": the body named before, then the bodies listed
                more = _DESCRIBED_AND.match(ctx.text, pos)
                run = next(iter(_enumeration(ctx, named, more.end(), se)), []) if more else []
                rest = [m.fields["name"] for m in run if m.kind != "place" or _stands_alone(ctx, m)]
                # a name that modifies a noun ("the university and Chinese organizations") names no party
                if not run or run[0].start != more.end() or any(_modifies_noun(ctx, m) for m in run):
                    rest = []
                return list(dict.fromkeys([named_before, *rest])), []
        if run and _comma_pair(ctx, run):
            run = run[:1]
        if by and len(run) > 1 and _OWN_AGENT.match(ctx.text, run[-1].end):
            run = run[:-1]  # "homes A, B operated by C, and D run by E": D is the next home, with its own operator
        if run and run[0].start in (lead.end(), opens):
            names = [m.fields["name"] for m in run if m.kind != "place" or _stands_alone(ctx, m)]
            pos = _run_end(ctx, run)
            with_list = _AGENT_WITH.match(ctx.text, pos)
            if first and by and len(names) == 1 and with_list:
                agent, pos = names, with_list.end()
                first = False
                continue
            out += names
            back = _AND_THE_NOUN.match(ctx.text, pos)
            if back and (is_head(back.group(1).capitalize()) or back.group(1) in class_nouns()):
                # "between A and the hospital": the body that noun stands for, named before this sentence
                owner = anaphoric_owner(
                    ctx,
                    [o for o in doc.orgs if o.end <= ss],
                    f"the {back.group(1)}",
                    parties,
                )
                if owner is not None and owner not in out:
                    out.append(owner)
                    pos = back.end()
        first = False
        nxt = _LIST_MORE.search(ctx.text, pos, min(se, pos + 60))
        if not nxt or nxt.start() > pos + 30 or "." in ctx.text[pos : nxt.start()]:
            return list(dict.fromkeys(out)), agent
        pos = nxt.end()


_NAMED_NEXT = re.compile(
    r"\s*(?:Those|These|They|The (?:[a-z]+ )?(?:partners|hospitals|universities|institutions|bodies|members))"
    r" (?:include|included|are|were)(?: (?:the )?(?:first|latest|new))?:? "
)
"""The opening of a sentence that names the bodies a deal's plural noun described ("... with sister hospitals across
the border. Those include A and B")."""


def _named_next(doc: _Doc, pos: int, se: int) -> list[str]:
    """The bodies named by the sentence after the one at [.., se) when it opens by naming the bodies of a plural noun
    right after `pos` ("paired six of its hospitals with sister hospitals across the border. Those include A and B");
    [] when the noun names no bodies or the next sentence opens otherwise."""
    text = doc.ctx.text
    if not _collective_noun().match(text, pos):
        return []
    nxt = re.compile(r"\s*").match(text, se).end()
    ns, ne = doc.ctx.sentence_at(nxt)
    if ns < se or nxt >= len(text):
        return []
    lead = _NAMED_NEXT.match(text, ns)
    if lead is None:
        return []
    first = doc.within(lead.end(), ne, "pool")[:1]
    if not first or re.sub(r"^the ", "", text[lead.end() : first[0].start]) != "":
        return []
    return [n for n in _clause_names(doc, doc.within(ns, ne), lead.end(), ne) if n in doc.org_names]


_OWNED_UNIT = re.compile(
    r"(?:'s|’s) (?:[a-z][\w-]* ){0,3}"
    r"(?:arm|unit|subsidiary|division|school|faculty|hospital|branch|affiliate|spin-out|spin-off), (?:the )?"
)
"""A body's unit named after its description ("B's manufacturing arm, C", "B's nursing school, the C")."""


_OWNER = re.compile(r"[A-Z][\w&-]*(?: (?:of |and |& )?[A-Z][\w&-]*){0,5}(?:'s|’s) ")
"""A possessive of a place or a body before a name ("Norvia's", "Kestrel Group's")."""


def _past_owner(doc: _Doc, pos: int) -> int:
    """Where the list at `pos` opens: past the possessive of a place or body that opens the first name ("with
    Norvia's B", "with Kestrel Group's B": B is listed, the owner says where it is or whose unit it is)."""
    owner = _OWNER.match(doc.ctx.text, pos)
    if owner is None:
        return pos
    i = bisect_left(doc.starts["named"], owner.end())
    return owner.end() if i < len(doc.named) and doc.named[i].start == owner.end() else pos


_THE_WORDS = re.compile(r"\s*the ((?:[a-z][\w-]*)(?: [a-z][\w-]*){0,3})")


def _named_before(doc: _Doc, pos: int) -> str | None:
    """The body a definite description right after `pos` stands for ("with the hospital", "with the joint venture"):
    for a head word, the last body named before it whose name has that word ("A opened a home with a clinic run
    jointly with the hospital" after "B Hospital signed ..."); for a class noun that is no head word ("the joint
    venture", "the distributor"), the body the text named before it with that noun next to its name ("a new joint
    venture, C,", "C, a Leeds-based distributor"), when it named exactly one such body. The noun is the first of up
    to three words after "the" that is one of these, not followed by "of" ("the hospital of X" is a name)."""
    m = _THE_WORDS.match(doc.ctx.text, pos)
    found = m.group(1).split() if m else []
    for k, noun in enumerate(found[:3]):
        if found[k + 1 : k + 2] == ["of"]:
            return None
        if is_head(noun.capitalize()):
            head = noun.capitalize()
            i = bisect_left(doc.org_starts, pos)
            named = [o.fields["name"] for o in reversed(doc.orgs_sorted[:i]) if o.end <= pos]
            named = [n for n in named if head in n.split()]
            # the body whose name ends with the head word (before any "of") and holds its modifiers ("the county
            # hospital": "Tarrow County People's Hospital", not the "Kelby Hospital Group" named after it), else
            # the latest with it
            ends = [n for n in named if n.split(" of ", 1)[0].split()[-1] == head]  # "University of X" too
            fits = [n for n in ends if all(w.capitalize() in n.split() for w in found[:k])]
            return next(iter(fits or ends or named), None)
        if noun in class_nouns():
            described = {o.fields["name"] for o in doc.orgs_sorted if o.end <= pos and noun in _class_nouns_of(doc, o)}
            return next(iter(described)) if len(described) == 1 else None
    return None


@lru_cache(maxsize=1)
def _described_before() -> re.Pattern:
    """A class noun after an article, right before a name, with or without a comma ("the distributor C", "a new
    joint venture, C"); the nouns of `org_class_nouns.tsv`, in lower case."""
    nouns = "|".join(re.escape(n) for n in sorted(class_nouns(), key=len, reverse=True))
    lead = r"(?:[Aa]|[Aa]n|[Tt]he|[Aa]nother|[Ii]ts|[Tt]heir)"
    return re.compile(rf"(?<![\w-]){lead} (?:[a-z][\w'’-]* ){{0,3}}?({nouns}),? $")


def _class_nouns_of(doc: _Doc, o: Mention) -> set[str]:
    """The class nouns the text puts right before a body's name ("the distributor C", "a new joint venture, C") or
    in apposition after it ("C, a Leeds-based distributor," by `org_cues.class_patterns`): what kind of body the
    article calls it."""
    text = doc.ctx.text
    se = doc.ctx.sentence_at(o.start)[1]
    found = set()
    hit = class_patterns()[0].match(text[o.end : max(o.end, min(se, o.end + 80))])
    if hit:
        found.add(hit.group(1).casefold())
    hit = _described_before().search(text[max(0, o.start - 60) : o.start])
    if hit:
        found.add(hit.group(1))
    return found


def _in_anothers_role(doc: _Doc, m: Mention) -> bool:
    """Whether a body is named in the description of a person whose own body is another ("A B, vice president of X
    and academician of the Y Academy;": Y), within the person's item of the sentence (up to a semicolon)."""
    ss, se = doc.ctx.sentence_at(m.start)
    text = doc.ctx.text
    for p in doc.people:
        if ss <= p.start and p.end <= m.start:
            stop = text.find(";", p.end, se)
            if (stop < 0 or m.start < stop) and p.fields.get("affiliation") not in (None, m.fields["name"]):
                if re.match(r",\s", text[p.end : p.end + 2]):
                    return True
    return False


def _people_clause_end(text: str, pos: int, se: int) -> int:
    """Where a clause listing people that starts at `pos` ends (`_clause_end`): the dot of a title of address ends
    none ("Dr. A B of X"), nor a semicolon before the next person of the list (`_NEXT_PERSON`)."""
    titles = words("person_titles.txt")
    end = _clause_end(text, pos, se)
    while end < se and (
        (text[end] == "." and text[max(pos, end - 40) : end + 1].rsplit(None, 1)[-1] in titles)
        or _NEXT_PERSON.match(text, end)
    ):
        end = _clause_end(text, end + 1, se)
    return end


_NEXT_PERSON = re.compile(r";\s+(?:and\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}?[A-Z][\w'’-]*,")
"""A semicolon before the next person of a list whose items hold commas ("A B, dean of X; C D, head of Y")."""


def _people_bodies(doc: _Doc, pos: int, se: int) -> list[str]:
    """The organisations of the people listed from `pos` to the end of the clause ("signed by A B, President of X,
    and C D, Director of Y" -> X, Y), when the list starts with a person: each person stands for the body of the
    person, which must have a row; an attendee or witness stands for none."""
    people = [p for p in doc.people if pos <= p.start < se]
    titles = words("person_titles.txt")
    if not people or any(w not in titles for w in doc.ctx.text[pos : people[0].start].split()):
        return []  # the list starts with the person, after titles of address ("Professor A B")
    text = doc.ctx.text
    end = _people_clause_end(text, pos, se)
    bodies = [
        p.fields.get("affiliation")
        for p in people
        if p.end <= end and not _not_party().search(text[max(0, p.start - NOT_PARTY_REACH) : p.start])
    ]  # "signed by A B of X and C D of Y at a ceremony attended by E F of Z": Z is a witness
    return list(dict.fromkeys(b for b in bodies if b in doc.org_names))


_BESIDE = re.compile(r"\b(?:together|jointly|along) with ")
"""What joins bodies to listed people in the same list ("led by Dr A of B together with C")."""


def _bodies_beside_people(doc: _Doc, named: list[Mention], pos: int, se: int) -> list[str]:
    """The organisations listed after "together with" in the clause of a list of people that starts at `pos` ("led by
    Professor A B of C together with D" -> D): partners of the people's bodies."""
    text = doc.ctx.text
    for m in _BESIDE.finditer(text, pos, _clause_end(text, pos, se)):
        lead = _list_lead().match(text, m.end())
        run = next(iter(_enumeration(doc.ctx, named, lead.end(), se)), [])
        if run and run[0].start == lead.end():
            return [o.fields["name"] for o in run if o.kind == "organization" and o.fields["name"] in doc.org_names]
    return []


def _with_counterparts(doc: _Doc, named: list[Mention], pos: int, se: int) -> list[str]:
    """The bodies a clause joins to its subject with "with" after a verb of cooperation ("A agreed to fund a programme
    in Northland with B" -> B), in the clause that starts at `pos`, with the rest of a list such a body opens ("with B
    and the C" -> B, C); a description stands for the body named before it ("agreed to co-design the course with the
    fund's teaching staff" -> the Fund named before, `_named_before`)."""
    text = doc.ctx.text
    end = _clause_end(text, pos, se)
    found = [
        (m.start, m.fields["name"])
        for m in named
        if m.kind == "organization"
        and pos <= m.start
        and m.end <= end
        and m.fields["name"] in doc.org_names
        and re.search(r"\bwith (?:the )?$", text[max(pos, m.start - 10) : m.start])
    ]
    firsts = {at for at, _ in found}
    bodies = [m for m in named if m.kind == "organization" and m.fields["name"] in doc.org_names]
    for run in _enumeration(doc.ctx, bodies, pos, end):  # "with B and the C": the list goes on after its first name
        if run[0].start not in firsts:
            continue
        if _LOOKING_ON.match(text, run[-1].end):  # "with B and C taking part": who was there, no counterpart
            found = [(at, n) for at, n in found if at != run[0].start]
        else:
            found += [(m.start, m.fields["name"]) for m in run[1:]]
    for w in re.finditer(r"\bwith (?=the [a-z])", text[pos:end]):
        at = pos + w.end()
        if not any(m.start <= at < m.end for m in named):
            body = _named_before(doc, at)
            if body:
                found.append((at, body))
    return list(dict.fromkeys(name for _, name in sorted(found)))


_LOOKING_ON = re.compile(r" (?!(?:including|according|concerning|regarding|during)\b)[a-z]+ing\b")
"""A participle right after the bodies of "with" ("with B and C taking part", "with B looking on"): the bodies were
there while something happened; they are not the counterparts of a deal."""


def _clause_names(doc: _Doc, named: list[Mention], pos: int, se: int) -> list[str]:
    """Organisations of the clause that starts at `pos` ("linking A's B, C and D, which ..." -> B, C, D), up to a
    break before a clause of its own (`_clause_breaks`: ", and an agreement under which E ...")."""
    text = doc.ctx.text
    end = _clause_end(text, pos, se)
    brk = _clause_breaks().search(text, pos, end)
    end = brk.start() if brk else end
    inside = [m for m in named if pos <= m.start and m.end <= end and m.kind == "organization"]
    ends = {m.end for m in inside}
    return _names([m for m in inside if not (text[m.start - 1 : m.start] == "/" and m.start - 1 in ends)])


def _stands_alone(ctx: Context, m: Mention) -> bool:
    """True for a place that is a noun phrase of its own, not a modifier of the next noun ("Northfield's"), nor the
    dateline its line opens with ("Northfield, UK - Kelby plc today announces ..."), nor where people come from."""
    if gazetteer.opens_dateline(ctx.text, m.start):
        return False
    hit = ctx.token_at(m.end - 1)
    if hit is None:
        return True
    tok = hit[1]
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.text.casefold() == "from" and tok.head.head.pos_ == "NOUN":
        return False  # "teams from Northland and Southland will share ...": where the teams come from
    return hit[1].dep_ not in ("poss", "compound", "nmod", "amod")


def _acting_side(doc: _Doc, local, named, ss: int, t_start: int, earlier) -> list[str] | None:
    """The parties acting in the clause of the trigger at `t_start`: the names of its subject or passive agent, else
    the affiliation of a person who is the subject, else the body an anaphoric subject stands for; None when the
    subject is a proper name that none of these resolves (a body the extractors missed)."""
    ctx = doc.ctx
    run = _subject_run(ctx, named, ss, t_start)
    names = [
        m.fields["name"]
        for m in run
        if m.kind != "place" or (_stands_alone(ctx, m) and not _inside_a_longer_name(ctx, m))
    ]
    dual = None if names else _dual_just_before().search(ctx.text, max(ss, t_start - 80), t_start)
    if dual:  # "a memorandum that the two colleges signed": the relative clause's own subject
        return _two_named_last(doc, dual.group(1), dual.start(1), earlier) or None
    span = _subject_span(ctx, t_start)
    described = _described_bodies(doc, ctx.text[span[0] : min(span[1], t_start)], earlier) if span else None
    if described is not None:
        return described or None
    if span:
        a, b, heads = span
        b = b if a > t_start else min(b, t_start)  # "Working with B, A researchers ...": a subject after the trigger
        names += [
            o.fields["name"]
            for o in local
            if a <= o.start and o.end <= b and not _in_relative(ctx.text, a, o) and not _in_anothers_role(doc, o)
        ]
        places = [
            m
            for m in named
            if m.kind == "place" and a <= m.start and m.end <= b and not gazetteer.opens_dateline(ctx.text, m.start)
        ]
        names += [
            doc.short_names.get(m.fields["name"], m.fields["name"])
            for m in places
            if m.end - 1 in heads and not _inside_a_longer_name(ctx, m)
        ]
        names += [
            doc.short_names[m.fields["name"]]
            for m in places
            if m.fields["name"] in doc.short_names and not _hyphened(ctx.text, m)
        ]  # "Westbrook researchers are working with ...", not "the Kelby-Westbrook hospital"
        if names:  # "Kestrel Vale and Wuhan Linden Hospital will ...": a short name beside a named body
            names += _short_forms_in(doc, named, a, b)
    if span and any(n in doc.org_names for n in names):  # "Marrowby and the X Center will ...": a body beside
        subjects = {m.fields["name"] for m in named if m.kind == "place" and a <= m.start and m.end - 1 in heads}
        names = [_body_named_by(doc, n) if n in subjects else n for n in names]
    names = list(dict.fromkeys(doc.short_names.get(n, n) for n in names))
    if names:
        return names
    if span:
        aff = _person_affiliation(doc, a, b, heads)
        if aff:
            return [aff]
    subject = ctx.text[a:b] if span else ctx.text[ss:t_start].lstrip()
    start = a if span else t_start - len(subject)
    found = _anaphoric_subject(doc, named, subject, start, ss, t_start, earlier)
    if not found and span and _names_a_body(ctx, heads):
        if re.match(r"(?:an?|one) ", subject, re.IGNORECASE):  # "A Chinese firm has ... . Northvale Ltd, which ..."
            return _next_subject(doc, ss) or None
        # "Marrow Vale has joined ..." for "Marrow Vale Hospital", "Marrow Vale, which runs 3 clinics, will ...": the
        # name before a relative clause or an apposition
        owner = doc.named_by_start(subject.split(",")[0])
        return [owner] if owner else None  # a body the extractors did not name acts: its partners alone are no deal
    return found


def _hyphened(text: str, m: Mention) -> bool:
    """Whether a mention is joined by a hyphen or dash to the word before or after it ("HKU-Westbrook"): a part of a
    compound name."""
    return text[m.start - 1 : m.start] in ("-", "–") or text[m.end : m.end + 1] in ("-", "–")


def _body_named_by(doc: _Doc, name: str) -> str:
    """The body a place the reference data does not know stands for as a subject beside a body, where it opens that
    body's name ("Marrowby and the Kestrel Center will exchange surgeons" for "Marrowby Eye Hospital"), else the
    name itself; a unit of government acts through its government."""
    if gazetteer.level(name) is not None or _administrative(doc, name) or name in doc.short_names:
        return name
    return doc.named_by_start(name) or name


_SHORT_RUN = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}(?![\w'’-])")


def _short_forms_in(doc: _Doc, named: list[Mention], a: int, b: int) -> list[str]:
    """The bodies that capitalised words of text[a:b] outside every mention and bracket name by the start of their
    name (`_Doc.named_by_start`: "Kestrel Vale" for "Kestrel Vale Teaching Hospitals NHS Trust")."""
    covered = [(m.start, m.end) for m in named if m.start < b and a < m.end]
    text = doc.ctx.text
    covered += [(m.start(), m.end()) for m in _RELATIVE.finditer(text, a, b)]  # what the subject is, not who acts
    out = []
    for m in _SHORT_RUN.finditer(text, a, b):
        if any(s < m.end() and m.start() < e for s, e in covered) or text[m.start() - 1 : m.start()] == "(":
            continue  # "A (ABC)": an alias in brackets names the body before it
        if any(is_head(w) for w in m.group().split()):
            continue  # a unit's own name ("The School of Nursing at X"), not the distinctive words of one
        if m.group() in gazetteer.demonyms():
            continue  # "British testing company A": a word of origin describes A, it names no other body
        owner = doc.named_by_start(m.group())
        if owner:
            out.append(owner)
    return out


_RELATIVE = re.compile(
    r", (?:which |who |whose |that |where )[^,]*|, (?:an? |the [a-z]|[a-z]+(?:ed|en|wn|un) by )[^,]*(?=,)"
)


def _in_relative(text: str, a: int, o: Mention) -> bool:
    """Whether a body lies in a relative clause or an apposition about the subject that starts at `a` ("A, which runs
    B and the C, has signed ...", "A, where most B students train, has paired ...", "A, a subsidiary of B, signed
    ...", "A, managed by B, signed ..."): what the subject is, not who acts."""
    return any(m.start() < o.start and o.end <= m.end() for m in _RELATIVE.finditer(text, a, o.end + 300))


def _next_subject(doc: _Doc, ss: int) -> list[str]:
    """The organisation that is the subject of the sentence after the one starting at `ss`: a lead that describes a
    body ("A leading Chinese firm has joined forces with B.") names it in the next sentence ("Northvale Ltd, which
    is based in ..., will ..."), also across a blank line."""
    ctx = doc.ctx
    _, se = ctx.sentence_at(ss)
    nxt = ctx.sentence_from(se)
    span = _sentence_subject(ctx, *nxt) if nxt else None
    if span is None:
        return []
    a, b = span
    names = _names(doc.within(a, b, "pool"))
    return names[:1] if names and doc.within(a, b, "pool")[0].start == a else []


def _sentence_subject(ctx: Context, ss: int, se: int) -> tuple[int, int] | None:
    """Span of the subject of the main clause of the sentence [ss, se): the clause's head is the token of the sentence
    whose own head lies outside it, so that a sentence the parser joined to the next ("... worth £5m. They ...") is
    read on its own."""
    hit = ctx.token_at(ss)
    while hit is None and ss < se:
        ss += 1
        hit = ctx.token_at(ss)
    if hit is None:
        return None
    off, tok = hit
    sd = tok.doc
    heads = []
    for t in sd[tok.i :]:
        if off + t.idx >= se:
            break
        h = t.head
        if h.i == t.i or not (ss <= off + h.idx < se):
            heads.append(t)
    for h in heads:
        subj = [c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return off + subj[0].left_edge.idx, off + subj[0].right_edge.idx + len(subj[0].right_edge)
    return None


def _names_a_body(ctx: Context, heads: set[int]) -> bool:
    """True when the subject's head word is a proper noun ("Northvale Care agreed ...") or a noun for a body or a
    government ("the company", "the district")."""
    hit = ctx.token_at(min(heads)) if heads else None
    if hit is None:
        return False
    tok = hit[1]
    word = tok.text.lower()
    singular = word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word
    return (
        tok.pos_ == "PROPN"
        or is_head(word.capitalize())
        or is_head(singular.capitalize())
        or word in words("partnership_body_nouns.txt")
    )


def _inside_a_longer_name(ctx: Context, m: Mention) -> bool:
    """True for a place that ends a longer proper name ("Healthcare Northland"): the name is a body's, not a place."""
    hit = ctx.token_at(m.end - 1)
    if hit is None:
        return False
    off, tok = hit
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" and off + c.idx < m.start for c in tok.children)


def _person_affiliation(doc: _Doc, a: int, b: int, heads: set[int]) -> str | None:
    """The organisation of a person who is the subject ("Professor A B, who ..., signed an agreement with C"), when
    that organisation has a row."""
    for p in doc.people:
        if a <= p.start and p.end <= b and any(p.start <= h < p.end for h in heads):
            aff = p.fields.get("affiliation")
            return aff if aff in doc.org_names else None
    return None


def _subject_span(ctx: Context, pos: int) -> tuple[int, int, set[int]] | None:
    """Cleaned-text span of the acting side of the clause that holds `pos`, climbing from the trigger to the first
    head with a subject ("Westmoor University, founded in 1900, has signed ..." -> "Westmoor University, ..."), with
    the last character of each of its head words (the subject and its conjuncts); in a passive clause with an agent
    ("the centre will be run by A in partnership with B"), the agent; in a relative clause ("A, which works with B"),
    the noun the clause is about; a deal whose own clause names the partner does not act ("A said the plan it runs
    with B has grown": A)."""
    hit = ctx.token_at(pos)
    if hit is None:
        return None
    off, tok = hit
    deal = tok.i if _described_deal(tok) else None
    for _ in range(8):
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i]
        if subj and tok.dep_ in ("pcomp", "acl") and subj[0].pos_ == "NOUN" and not _relative_marked(tok, subj[0]):
            subj = []  # "A opened a home with a clinic run jointly with B": what is run, not who runs it
        if subj and subj[0].i == deal:
            subj = []
        if subj:
            s = subj[0]
            # "A, based in X, and B in Y signed ...", parsed as two subjects of one verb: one subject of two heads
            more = [c for c in subj[1:] if any(x.dep_ == "cc" and s.i < x.i < c.i for x in s.children)]
            if tok.dep_ == "relcl" and s.lower_ in ("which", "who", "that"):
                s = tok.head  # "A, which works with B, ...": the relative pronoun stands for A
            elif s.dep_ == "nsubjpass":
                agent = _agent(tok)
                if agent is not None:
                    s = agent
            heads, cur = [], [s, *more] if s is subj[0] else [s]
            last = cur[-1].right_edge
            while cur:  # the subject's head and the heads coordinated with it ("A, B and C")
                heads += cur
                cur = [c for t in cur for c in t.children if c.dep_ == "conj"]
            ends = {off + t.idx + len(t) - 1 for t in heads}
            return off + s.left_edge.idx, off + last.idx + len(last), ends
        if tok.head is tok:
            return None
        tok = tok.head
    return None


def _relative_marked(verb, subj) -> bool:
    """Whether a clause the parser hangs on a noun opens with a relative word before its subject ("a memorandum
    that the two colleges signed"): a relative clause, whose subject acts."""
    return any(c.lower_ in ("that", "which", "whom") and c.i < subj.i for c in verb.children)


def _described_deal(tok) -> bool:
    """True for a noun a clause after it describes ("a pilot it runs with B", "the plan run with B", read by the
    parser as a noun modified by a clause or as the subject of its own participle), and for the subject of a clause
    that names its partner ("a pilot with B would ...")."""
    if tok.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("acl", "relcl") and c.i > tok.i for c in tok.children):
        return True
    verb = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
        return True  # "A said a pilot with B would train 300 doctors": the pilot with B is what A reports
    return tok.dep_ == "nsubj" and verb.i == tok.i + 1 and any(c.lower_ == "with" for c in verb.children)


def _agent(verb):
    """The object of the "by" agent of a passive verb or of a verb coordinated with it, or None."""
    for v in [verb, *(c for c in verb.children if c.dep_ == "conj")]:
        for c in v.children:
            if c.dep_ == "agent":
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if objs:
                    return objs[0]
    return None


def _previous_subject(doc: _Doc, ss: int) -> list[str]:
    """The organisation that is the subject of the sentence before the one starting at `ss`, as a one-name list."""
    ctx = doc.ctx
    if ss <= 0:
        return []
    span = _sentence_subject(ctx, *ctx.sentence_at(ss - 1))
    if span is None:
        return []
    names = _names(doc.within(*span, "pool"))
    return names if len(names) == 1 else []


def _previous_deal_subject(doc: _Doc, ss: int, earlier: list[Mention]) -> list[str]:
    """The acting party of the deal the sentence before states, when its subject names no body ("The authority
    signed a memorandum with B. It has also renewed ..." -> the authority's body, the deal's first party)."""
    if ss <= 0:
        return []
    ps = doc.ctx.sentence_at(ss - 1)[0]
    deals = [e for e in earlier if e.fields.get("parties") and doc.ctx.sentence_at(e.start)[0] == ps]
    return [deals[-1].fields["parties"][0]] if deals else []


def _previous_sole_body(doc: _Doc, ss: int) -> list[str]:
    """The one organisation the sentence before the one starting at `ss` names, when its subject names none ("The
    few expected A's growth. In 2019 it licensed ..." -> A), as a one-name list; none when it names the body as an
    agent ("The move was welcomed by A")."""
    if ss <= 0:
        return []
    ps, pe = doc.ctx.sentence_at(ss - 1)
    span = _sentence_subject(doc.ctx, ps, pe)
    if span is not None and doc.within(*span, "pool"):
        return []
    bodies = doc.within(ps, pe, "pool")
    if any(re.search(r"\bby (?:the )?$", doc.ctx.text[max(ps, o.start - 8) : o.start]) for o in bodies):
        return []  # "The move was welcomed by A": a witness, not the body the story follows
    names = _names(bodies)
    return names if len(names) == 1 else []


_WHEN_AFTER = re.compile(
    rf",?\s+(?:(?:in|on|during|since)\s+(?:(?:early|mid|late)[- ])?(?:{'|'.join(MONTHS)}|(?:19|20)\d\d|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?:\s+(?:19|20)\d\d)?"
    r"|(?:last|this|earlier this|late last|early last)\s+(?:week|month|year|spring|summer|autumn|winter)"
    r"|(?:yesterday|today|recently|also|now|then|later|earlier)),?$"
)
"""A time written between a subject and its verb ("The authority in May signed", "The board last month agreed"):
no word of the subject."""


_ITS_PART = re.compile(r"[Ii]ts (?:[a-z][\w'’-]* ){0,2}[a-z][\w'’-]*")
"""A subject that is a part or the people of one body named before ("A said its board approved the pilot with B",
"its researchers will work with B"): the body acts, as for the pronoun."""


def _anaphoric_subject(doc: _Doc, named, subject: str, start: int, ss: int, t_start: int, earlier) -> list[str]:
    """The bodies an anaphoric subject stands for: "the two universities", "both sides" -> the two named last; "it",
    "they", "its board" -> the organisation that was the subject of the sentence before; "her bureau", "his
    university", and "the hospital" after a person of a hospital -> the body of the person named before it in the
    sentence (`_named_person_body`); "the new project",
    "we", a named programme ("The Coast Nursing Programme was run in partnership with ...") -> `anaphoric_owner`."""
    ctx = doc.ctx
    end = start + len(subject)
    if doc.within(start, end, "pool"):
        return []
    words_ = _WHEN_AFTER.sub("", subject.strip())  # "The authority in May signed ...": the authority
    deal = _deal_set_up_earlier(doc, words_, end, ss, earlier)
    if deal:
        return deal
    run = _run_activity(doc, words_, end, ss)
    if run:
        return run
    level = _place_anaphor().fullmatch(words_)
    if level:  # "by the district in partnership with A and B": the district's government acts
        place = _place_antecedent(doc, gazetteer.level_words()[level.group(1).casefold()], start)
        body = _government_of(doc, level.group(1), place, ss, start)
        return [body or place] if body or place else []
    dual = _dual().match(ctx.text, start)
    if dual and dual.end() <= max(end, t_start):
        return _two_named_last(doc, dual.group(), start, earlier)
    if _pronoun().fullmatch(words_) or _ITS_PART.fullmatch(words_):
        before = doc.within(ss, start, "pool")
        subjects = [o for o in before if _is_subject(ctx, o)]
        if subjects:  # "A said that B had grown, and that it had signed ...": the subject of the clause before
            return [subjects[-1].fields["name"]]
        if before and re.fullmatch(r"[\s•*–—-]*(?:the )?", ctx.text[ss : before[0].start], re.IGNORECASE):
            return [before[0].fields["name"]]  # "A opened a lab and it signed ...": the subject of the first clause
        return _previous_subject(doc, ss) or _previous_deal_subject(doc, ss, earlier) or _previous_sole_body(doc, ss)
    own = _PERSON_POSSESSIVE.fullmatch(words_)
    if own:  # "A B, director of the X Bureau, said her bureau had signed ...": A B's bureau
        body = _named_person_body(doc, ss, start, own.group(1))
        if body:
            return [body]
    marked = _marked_head(doc, words_) or _part_owner(doc, words_, start)
    if marked:
        return [marked]
    plain = _MODIFIERS.sub("the ", words_)
    words_ = plain if _definite_head(plain) else words_
    ana = _anaphora().match(words_) or _definite_head(words_)
    if not ana and not _named_programme(words_):  # "the home" for "Eastvale Riverside Care Home"
        own = _own_head_body(doc, words_, start)
        return [own] if own else []
    anaphor = ana.group() if ana else "the programme"
    if re.match(r"the\b", anaphor, re.IGNORECASE):  # "the company": the subject before it when it is one
        before = [o for o in doc.within(ss, start, "pool") if _is_subject(ctx, o)]
        prev = [before[-1].fields["name"]] if before else _previous_subject(doc, ss)
        if prev and _of_class(prev[0], anaphor.split()[-1]):
            return prev
        # "The chief executive of A, B C, said the hospital would ...": the speaker's body, when of that class
        body = _named_person_body(doc, ss, start, anaphor.split()[-1])
        if body:
            return [body]
    first_person = re.match(r"(?:we|our)\b", anaphor, re.IGNORECASE) is not None
    speaker = doc.speaker_body(start) if first_person else None
    if first_person and speaker is None and any(s <= start < e for s, e, _ in doc.quotes):
        return []  # "we" in the words of a speaker whose body the text does not name: no one to guess
    owner = speaker or anaphoric_owner(ctx, doc.orgs, anaphor, [m.fields["parties"] for m in earlier])
    return [owner] if owner else []


_ANNOUNCED = re.compile(r"(?:jointly |together )?(?:announc|unveil)", re.IGNORECASE)
"""A subject trigger that is an announcement made together."""


def _one_government(names: list[str]) -> bool:
    """Whether bodies are departments of one government: each a government body by its head word, their names
    stating no place or the same one, and no two of them words of their own that differ ("the Tarn Housing Bureau
    and the Tarn Health Bureau", "the Social Welfare Bureau and the Health Bureau"; not "the Bayside Health Bureau and
    the Northvale Health Commission")."""
    if len(names) < 2 or any((type_of(n) or ("",))[0] != "government" for n in names):
        return False
    places = {tuple(sorted({h.label for h in name_places(n)})) for n in names}
    owned = {own_words(n) for n in names} - {frozenset()}
    return len(places) == 1 and len(owned) <= 1


_PERSON_POSSESSIVE = re.compile(r"(?:his|her|their) (?:own )?([a-z]+)", re.IGNORECASE)
"""A person's possessive and a class noun for a body ("her bureau", "his university")."""


def _named_person_body(doc: _Doc, ss: int, start: int, noun: str) -> str | None:
    """The body of the last person named in the sentence before `start` whose body has `noun` for its head or class
    ("Director Ann Lee of the Tarn Health Bureau said her bureau ..." -> "Tarn Health Bureau"), when it has a row."""
    for p in sorted((p for p in doc.people if ss <= p.start and p.end <= start), key=lambda p: -p.start):
        aff = p.fields.get("affiliation")
        if aff in doc.org_names and (noun.capitalize() in aff.split() or _of_class(aff, noun)):
            return aff
    return None


_RELATIVE_AFTER_DEAL = re.compile(r"\b(?:that|which)\s+(?:[a-z]+ly\s+)?$")
"""A relative pronoun right before a subject trigger's verb ("... with A and B that will create")."""


_PASSIVE = re.compile(
    r"\s*(?:will|would|is to|are to|shall|can)? ?(?:be|is|are|was|were|has been|have been|had been) (?:[a-z]+ly )?"
    r"(?:run|led|delivered|operated|managed|organi[sz]ed|staffed|hosted|co-?ordinated|carried out|implemented)\b"
)
"""A passive verb of running a scheme right after its subject ("the exchange will be run ...")."""


def _deal_set_up_earlier(doc: _Doc, words_: str, end: int, ss: int, earlier) -> list[str]:
    """The parties of the earlier deal that set up what a passive subject names ("A signed an MoU with B on a
    clinician exchange. ... The exchange will be run together with C" -> A, B (and C from the trigger)): the last
    deal before the sentence at `ss` whose sentence names the subject's noun (`partnership_joined_bodies.txt`)."""
    body = _joined_body().fullmatch(words_)
    if not body or not _PASSIVE.match(doc.ctx.text, end):
        return []
    noun = re.compile(rf"\b{re.escape(body.group(1))}s?\b", re.IGNORECASE)
    for m in reversed(earlier):
        s, e = doc.ctx.sentence_at(m.start)
        if s < ss and len(m.fields["parties"]) >= 2 and noun.search(doc.ctx.text, s, e):
            return list(m.fields["parties"])
    return []


_ACTIVITY = re.compile(r"[Tt]he (?:[a-z][\w-]* ){0,3}([a-z]{3,})")


def _run_activity(doc: _Doc, words_: str, end: int, ss: int) -> list[str]:
    """The body that runs a piece of work a passive subject names ("The audit will be run together with C"), no body and
    no event: the one body of the last sentence before that names the work ("the latest round of purchasing
    organised by A"), or the body after "by" the work there; none when no sentence before names it, for a body's head
    or class noun ("the hospital") or an event ("the forum was organised with C": C took part in an event)."""
    m = _ACTIVITY.fullmatch(words_)
    if not m or not _PASSIVE.match(doc.ctx.text, end):
        return []
    noun = m.group(1)
    if noun in _event_words() or is_head(noun.capitalize()) or noun in class_nouns():
        return []
    ctx = doc.ctx
    named = re.compile(rf"\b{re.escape(noun)}s?\b", re.IGNORECASE)
    pos = ss
    while pos > 0:
        ps, pe = ctx.sentence_at(pos - 1)
        hit = named.search(ctx.text, ps, pe)
        if hit:
            bodies = _names(doc.within(ps, pe, "pool"))
            if len(bodies) == 1:
                return bodies
            by = re.compile(r"[^.;]{0,80}?\bby (?:the )?").match(ctx.text, hit.end(), pe)
            after = [o.fields["name"] for o in doc.within(ps, pe, "pool") if by and o.start == by.end()]
            return after[:1]
        pos = ps
    return []


_WON = r"\b(?:won|wins|secured|secures|landed|lands|clinched|clinches|was awarded|has been awarded|received)\b"


def _winner_earlier(doc: _Doc, words_: str, ss: int) -> list[str]:
    """The body that won the contract a definite subject names, in the paragraph before ("A has secured a contract to
    design two clinics. ... The contract was awarded by B" -> A): the one body the subject of the last
    sentence that tells of winning such a contract names."""
    m = re.fullmatch(r"[Tt]he (?:[\w-]+ ){0,2}?(contract|tender|order)s?", words_.split(",")[0].strip())
    if not m:
        return []
    ctx = doc.ctx
    won = re.compile(rf"{_WON} (?:an? |the |its |their )?(?:[\w£$€¥.,-]+ ){{0,6}}?{m.group(1)}s?\b")
    pos = ss
    for _ in range(3):
        if pos <= 0:
            break
        ps, pe = ctx.sentence_at(pos - 1)
        hit = won.search(ctx.text, ps, pe)
        if hit:
            span = _sentence_subject(ctx, ps, pe)
            names = _names(doc.within(*span, "pool")) if span else []
            return names if len(names) == 1 else []
        pos = ps
    return []


_DESCRIPTION = re.compile(r"[Tt]he (?:[A-Z][\w'’-]* |[a-z]+ )?[a-z]+")
"""A definite description of a body: its head word, after a capitalised word or a word in lower case ("the
hospital", "the Eastport hospital", "the provincial commission")."""


def _described_bodies(doc: _Doc, words_: str, earlier) -> list[str] | None:
    """The bodies a subject of coordinated definite descriptions stands for ("the NHS trust and the Eastport
    hospital", "the trust and the hospital", "the trust and Kestrel Hospital" beside a name), each by `_marked_head`
    or by its head word or class noun (`anaphoric_owner`); [] when one of them stands for no body or two for the same
    one; None for another subject."""
    parts = re.split(r",? and |, ", words_.strip())
    named = [re.sub(r"^(?:[Tt]he) ", "", p) in doc.org_names for p in parts]
    if len(parts) < 2 or all(named) or not all(n or _DESCRIPTION.fullmatch(p) for n, p in zip(named, parts)):
        return None
    found = []
    for p, n in zip(parts, named):
        if n:  # "the trust and Kestrel Hospital": a description beside a body named
            found.append(re.sub(r"^(?:[Tt]he) ", "", p))
            continue
        plain = re.sub(r"^[Tt]he (?:[A-Z][\w'’-]*|[a-z]+) (?=[a-z]+$)", "the ", p)
        owner = _marked_head(doc, p) or (
            anaphoric_owner(doc.ctx, doc.orgs, plain, [m.fields["parties"] for m in earlier])
            if _definite_head(plain)
            else None
        )
        found.append(owner)
    return found if all(found) and len(set(found)) == len(found) else []


@lru_cache(maxsize=1)
def _part_nouns() -> re.Pattern:
    return re.compile(rf"(?:{'|'.join(map(re.escape, read_lines('partnership_part_nouns.txt')))})s?")


def _part_owner(doc: _Doc, words_: str, start: int) -> str | None:
    """The body a definite part stands for ("the east campus" after "a new east campus for A" or "A's east campus"):
    the organisation named right after "of", "for" or "at" the same words, or right before "'s" and them, the last
    time the text gave them before `start`; or the body a capitalised word before the part starts the name of ("the
    Kestrel campus" for "Kestrel General Hospital": `_Doc.named_by_start`); words of `partnership_part_nouns.txt`
    only."""
    named = re.fullmatch(r"[Tt]he ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?) (?:[a-z][\w'’-]* )?([a-z]+)", words_)
    if named and _part_nouns().fullmatch(named.group(2)):
        return doc.named_by_start(named.group(1))
    m = re.fullmatch(r"[Tt]he ((?:[a-z][\w'’-]* ){0,3}([a-z]+))", words_)
    if not m or not _part_nouns().fullmatch(m.group(2)):
        return None
    text = doc.ctx.text
    phrase = re.escape(m.group(1))
    found = None
    for o in doc.orgs_sorted:
        if o.start >= start:
            break
        if re.search(rf"\b{phrase} (?:of|for|at) (?:the )?$", text[max(0, o.start - 80) : o.start]) or re.match(
            rf"(?:'s|’s)? (?:[\w-]+ ){{0,2}}{phrase}\b", text[o.end : o.end + 80]
        ):
            found = o.fields["name"]
    return found


def _is_subject(ctx: Context, m: Mention) -> bool:
    """True when the mention is the subject of a clause: its head word (the token whose own head lies outside it) is
    a subject."""
    hit = ctx.token_at(m.start)
    if hit is None:
        return False
    off, tok = hit
    for t in tok.doc[tok.i :]:
        if off + t.idx >= m.end:
            break
        if not (m.start <= off + t.head.idx < m.end) or t.head.i == t.i:
            return t.dep_ in ("nsubj", "nsubjpass")
    return False


_MODIFIERS = re.compile(r"^[Tt]he (?:(?:[A-Z][a-z]+|[A-Z][\w'’-]*-based|[a-z]+-based) )(?:[a-z]+(?:-[a-z]+)? )?")
"""The words between "the" and a class noun that describe the body further ("the Leeds-based company", "the British
firm", "the Northvale-based private insurer"): they do not change which body it is."""


def _definite_head(words_: str) -> re.Match | None:
    """ "the authority", "our agency", "the insurer": a definite organisation head word or class noun
    (`org_class_nouns.tsv`) stands for a body with that head or of that type, like the nouns of
    `partnership_anaphora.txt`."""
    m = re.fullmatch(r"(?:the|our) ([a-z]+)", words_, re.IGNORECASE)
    return m if m and (is_head(m.group(1).capitalize()) or m.group(1).casefold() in class_nouns()) else None


def _marked_head(doc: _Doc, words_: str) -> str | None:
    """The body "the Lianzhou hospital" stands for: a name holding both the capitalised word and the head word (the
    most mentioned one), else None."""
    m = re.fullmatch(r"[Tt]he ([A-Z][\w'’-]+) ([a-z]+)", words_)
    if not m or not is_head(m.group(2).capitalize()):
        return None
    counts = _salience(doc.orgs)
    hits = [n for n in counts if m.group(1) in n.split() and m.group(2).capitalize() in n.split()]
    return max(hits, key=lambda n: (counts[n], n)) if hits else None


_OWN_HEAD = re.compile(r"[Tt]he (?:([A-Z][\w'’-]*) )?(?:[a-z][\w'’-]* ){0,2}([a-z]{3,})")


def _own_head_body(doc: _Doc, words_: str, before: int) -> str | None:
    """The body a definite description stands for by the last word of its name ("the home" or "the Eastvale home" for
    "Eastvale Riverside Care Home"): the one organisation named before `before` whose name ends with that word
    capitalised (and holds the capitalised word the description opens with); None when none or several do."""
    m = _OWN_HEAD.fullmatch(words_.strip())
    if not m:
        return None
    head, mark = m.group(2).capitalize(), m.group(1)
    hits = {
        o.fields["name"]
        for o in doc.orgs_sorted
        if o.start < before
        and o.fields["name"].rsplit(" ", 1)[-1] == head
        and (mark is None or mark in o.fields["name"].split())
    }
    return next(iter(hits)) if len(hits) == 1 else None


def _of_class(name: str, noun: str) -> bool:
    """True when the body `name` is one a class noun can stand for: the noun ending its head phrase ("the hospital"
    for "Kestrel Hospital", not for the "Hospital Authority": `last_head`) or its type ("the company" for "Kestrel
    Holdings", or for "Kestrel Life", whose name gives none)."""
    kind = class_nouns().get(noun.casefold())
    own = (type_of(name) or (None,))[0]
    # a company's name often says nothing of its type ("Kestrel Life"): "the company" may stand for it
    return (
        noun.casefold() in last_head(name) or (kind is not None and own == kind) or (kind == "company" and own is None)
    )


_ADMIN_LEVELS = ("district", "province")
"""Levels of place that act through a government of their own when the text names the level ("Futian district")."""


def _written_level(doc: _Doc, m: Mention) -> str | None:
    """The level the text gives a place mention by the word after its name ("Futian district"), else None."""
    words_ = re.findall(r"[a-z]+", doc.ctx.text[m.start : m.end + 16].casefold())
    after = words_[len(m.fields["name"].split()) : len(m.fields["name"].split()) + 1]
    return gazetteer.level_words().get(after[0]) if after else None


def _known_level(name: str) -> str | None:
    """The level reference data gives a place: a district of a city, else the gazetteer's level."""
    return "district" if gazetteer.district_city(name) else gazetteer.level(name)


def _administrative(doc: _Doc, name: str) -> bool:
    """True for a place the text names as a unit of government ("Futian district", "the district", "Eastland
    Province"), which acts through its government; a bare city's name may stand for a body of the city ("Dundee
    counts 30 partners")."""
    if gazetteer.district_city(name):
        return True
    if doc._administrative is None:  # the places named so, read once per document
        doc._administrative = {
            m.fields["name"] for m in doc.named if m.kind == "place" and _written_level(doc, m) in _ADMIN_LEVELS
        }
    return name in doc._administrative


@lru_cache(maxsize=1)
def _place_anaphor() -> re.Pattern:
    """ "the district", "this province": a unit of government named before (`_ADMIN_LEVELS`)."""
    admin = sorted(w for w, lvl in gazetteer.level_words().items() if lvl in _ADMIN_LEVELS)
    return re.compile(rf"(?:the|this) ({'|'.join(map(re.escape, admin))})", re.IGNORECASE)


def _place_antecedent(doc: _Doc, level: str, before: int) -> str | None:
    """The place "the district" (or province, county ...) stands for: the last place of that level named before
    `before` ("Westport's Harbour district signed ... by the district" -> Harbour)."""
    for m in reversed([m for m in doc.named if m.kind == "place" and m.end <= before]):
        if (_written_level(doc, m) or _known_level(m.fields["name"])) == level:
            return m.fields["name"]
    return None


def _government_of(doc: _Doc, level_word: str, place: str | None, ss: int, pos: int) -> str | None:
    """The government body "the district" (or city, province ...) acts through where the article names one: the body
    of the person whose words report the clause, when its name holds the level word ("Mr A, director of the Eastport
    District Health Bureau, said the district had formed ..."), else the most mentioned government body whose name
    opens with the place's name and holds the level word ("Eastport District Health Bureau" for Eastport); None when
    there is none (the place itself then stands for its government)."""
    word = level_word.capitalize()
    for person in reversed([p for p in doc.people if ss <= p.start and p.end <= pos]):
        body = doc.bodies.get(person.fields["name"])
        if body in doc.org_names and word in body.split() and (type_of(body) or ("",))[0] == "government":
            return body
    if not place:
        return None
    counts = _salience(doc.orgs)
    bodies = [
        n
        for n in counts
        if n.startswith(place + " ") and word in n.split() and (type_of(n) or ("",))[0] == "government"
    ]
    return max(bodies, key=lambda n: (counts[n], n)) if bodies else None


def _named_programme(subject: str) -> bool:
    """True for a subject that is the capitalised name of a programme or event, not of a body ("The Coast Nursing
    Programme", "the Harbour Health Dialogue")."""
    s = re.sub(r"^(?:the|a|an) ", "", subject.strip(), flags=re.IGNORECASE)
    if not s or len(s.split()) < 2 or not all(w[:1].isupper() or w in ("of", "on", "for", "and") for w in s.split()):
        return False
    last = s.split()[-1]
    return last in words("initiative_heads.txt") or last in words("partnership_events.txt")


def _two_named_last(doc: _Doc, anaphor: str, pos: int, earlier: list[Mention]) -> list[str]:
    """The bodies "the two universities", "both sides" or "the four institutions" stands for (two unless a number
    word says how many): the parties of a partnership of the sentence before, when there are that many, whatever
    their names' heads ("A Medical Centre signed a deal with B Hospital. In it the two hospitals agree to ..."),
    or, for a plural without a number ("the universities"), the parties of the latest partnership when two of them
    carry its head word, else every body named before that does, at least two,
    else the parties of the latest partnership stated before when there are that many, else the
    last list of exactly that many bodies before `pos` ("A and B said ... the two bodies"), else the bodies named
    last before `pos`. Only bodies with the head word of the noun count when enough names carry it ("the two
    hospitals", but "the four institutions" of four hospitals), and so for the stem of its adjective ("the two
    provincial bodies": "... Province"); a body the noun heads ("the two universities": not "Second Hospital of
    Westbrook University") is preferred where enough are named, unless the latest partnership names them."""
    found = re.findall(r"[a-z]+", anaphor.casefold())
    count = int(number_words().get(found[1], 2)) if len(found) > 1 else 2
    unnumbered = len(found) == 2 and found[0] == "the" and found[1] not in ("pair", "duo", "two")
    ss = doc.ctx.sentence_at(pos)[0]
    previous = doc.ctx.sentence_at(ss - 1)[0] if ss > 0 else ss
    if (
        not unnumbered
        and earlier
        and previous <= earlier[-1].start < ss
        and len(earlier[-1].fields["parties"]) == count
    ):
        return list(earlier[-1].fields["parties"])
    earlier = [e.fields["parties"] for e in earlier if e.fields["parties"]]
    noun = found[-1].capitalize()
    singular = noun[:-3] + "y" if noun.endswith("ies") else noun[:-1] if noun.endswith("s") else noun
    adjective = found[2] if len(found) == 4 and found[1] in number_words() else ""
    pub = doc.ctx.doc.publisher.value if doc.ctx.doc.publisher else None
    outlet = pub if pub and type_of(pub) is None else None  # "(Tarrow Observer) --": the outlet reports the story
    before = [  # a programme's name is no body ("the X Vaccine Partnership will ... between the three organisations";
        # a "Medical Centre" is one)
        o
        for o in doc.pool[: bisect_left(doc.starts["pool"], pos)]
        if o.end <= pos
        and not (
            _named_programme(o.fields["name"]) and (type_of(o.fields["name"]) or ("association",))[0] == "association"
        )
        and o.fields["name"] != outlet
        and not news_title(o.fields["name"])
    ]
    names_before = {o.fields["name"] for o in before}
    head = singular if is_head(singular) and sum(singular in n.split() for n in names_before) >= count else None
    own = bool(head) and sum(_head_word(n) == head for n in names_before) >= count
    stem = adjective[:6] if len(adjective) >= 5 else ""

    def fits(n: str, with_stem: bool, strict: bool = True) -> bool:
        """The name carries the noun's head word (as its own head word when enough names do and `strict`)."""
        return (head is None or (_head_word(n) == head if own and strict else head in n.split())) and (
            not with_stem or any(w.casefold().startswith(stem) for w in n.split())
        )

    with_stem = bool(stem) and sum(fits(n, True) for n in names_before) >= count
    if unnumbered:  # "the universities": the latest deal of such bodies, else all such bodies named before
        if earlier and sum(fits(n, False, strict=False) for n in earlier[-1]) >= 2:
            return list(earlier[-1])
        every = list(dict.fromkeys(o.fields["name"] for o in before if fits(o.fields["name"], False)))
        return every if head and len(every) >= 2 else []
    if earlier and len(earlier[-1]) == count and all(fits(n, with_stem, strict=False) for n in earlier[-1]):
        return list(earlier[-1])
    for run in reversed(_enumeration(doc.ctx, [o for o in before if fits(o.fields["name"], with_stem)], 0, pos)):
        names = _names(run)
        if len(names) == count:
            return names
    out: list[str] = []
    for o in sorted(before, key=lambda o: (o.start, o.end), reverse=True):
        n = o.fields["name"]
        if n not in out and fits(n, with_stem):
            out.append(n)
        if len(out) == count:
            return out[::-1]
    return []


def _head_word(name: str) -> str:
    """The word a body's name is headed by, read by `org_cues.head_type` ("Second Hospital of Westbrook University" ->
    "Hospital", "Westbrook University" -> "University"), "" when it names none."""
    found = head_type(name)
    return found[1].split()[-1] if found else ""


_CLAUSE_END = re.compile(r"[;:]|, (?:and|but|while|which|who|whereas)\b")


def _public_parties(parties: list[str]) -> bool:
    """Whether every party is a body of a known kind other than a company (governments, hospitals, universities): the
    sums their deal states are public money, no trade ("A and the Eastbank district government agreed to build a
    500-bed branch, with an investment of 2 billion yuan" is care)."""
    kinds = [(type_of(p) or ("",))[0] for p in parties]
    return bool(kinds) and all(kind and kind != "company" for kind in kinds)


def _field(
    doc: _Doc,
    ss: int,
    se: int,
    init: str | None,
    t_start: int,
    heading: tuple[int, int] | None = None,
    parties: list[str] = (),
) -> dict:
    """Keyword hits of what the article calls the partnership's initiative in common words, of its own clause (from its
    trigger to the end of the clause) with its initiative, and of its sentence, with every organisation name blanked
    ("Westmoor Research Council" says nothing about the cooperation). A list item's deal is stated by its item and the
    line that introduces the list ("Specialists will come from these hospitals:" / "B, for rehabilitation;"): the
    line's hits count with the item's sentence, and a line that calls the items funded makes their sums public
    money, no trade ("The funded projects are:" / "A and B: a cohort study (£2m)"). And its paragraph's span, read
    only when these say nothing
    (`_one_field_per_partnership`)."""
    ctx = doc.ctx
    text, sentence = doc.sentence(ss, se)
    listed = bool(heading) and heading[1] <= ss
    # "The funded projects are:" over a list item, or a deal of public bodies only: its sums are public money
    public = _public_parties(parties) or (listed and partnership_field.public_money(ctx.text[heading[0] : heading[1]]))
    if public:
        sentence = partnership_field.hits(text, public_sums=True)
    if listed:
        sentence = dict(Counter(doc.sentence(*heading)[1]) + Counter(sentence))
    end = _CLAUSE_END.search(ctx.text, t_start, se)
    start = _deal_phrase_start(ctx, t_start)
    clause = text[max(start, ss) - ss : (end.start() if end else se) - ss]
    ps, pe = ctx.paragraph_at(ss)
    head = _head_word(init) if init else ""
    return {
        "described": doc.described(head) if head else {},
        "clause": _with_body_set_up(doc, start, ss, partnership_field.clause_hits(clause, init, public)),
        "sentence": sentence,
        "paragraph": (min(ps, ss), max(pe, se), public),
    }


_APPOSED = re.compile(
    r", (?:(?:an?|the|one) (?:(?!(?:under|of|for|with|in|on|by|at|from|to|after|before)\b)"
    r"(?:[A-Z][\w'’-]*-based|[a-z][\w'’-]*) ){0,3})?$"
)
"""What stands between a body and the deal's noun phrase in apposition to it: a comma, an article and up to three
words that describe the deal ("X, a Leeds-based joint venture of A and B"); a preposition ends the apposition ("X, the
second cohort under a fresh exchange deal": the cohort, not X, is under it)."""


_DEAL_NOUNS = re.compile(r"[^,;.()\n]{0,60}?(?= (?:of|between|by|with|for|that|which)\b|[,;.()\n]|$)")
"""A deal's noun phrase up to the words that name its parties or describe it ("a Leeds-based joint venture")."""


def _with_body_set_up(doc: _Doc, start: int, ss: int, counts: dict[str, int]) -> dict[str, int]:
    """`counts` with the field of the body a deal's noun phrase at `start` stands in apposition to ("X Hospital, a
    joint venture between A and B": the venture is a hospital, care), by the body's type
    (`partnership_body_fields.tsv`), else by the kind of body the apposition calls it ("X, a Leeds-based joint venture
    of A and B": a commercial undertaking), counting twice as the deal's initiative does."""
    lead = _APPOSED.search(doc.ctx.text, max(ss, start - 60), start)
    if lead is None:
        return counts
    i = bisect_right(doc.org_starts, lead.start()) - 1
    o = doc.orgs_sorted[i] if i >= 0 else None
    if o is None or o.end != lead.start():
        return counts
    typed = type_of(o.fields["name"])
    label = _body_fields().get(typed[0]) if typed else None
    if label is None:  # a name that says no type: the kind of body the apposition calls it ("X, a joint venture of")
        phrase = _DEAL_NOUNS.match(doc.ctx.text, start)
        kinds = partnership_field.kind_hits(phrase.group() if phrase else "")
        label = next(iter(kinds), None)
    return {**counts, label: counts.get(label, 0) + 2} if label else counts


@lru_cache(maxsize=1)
def _body_fields() -> dict[str, str]:
    return dict(table("partnership_body_fields.tsv"))


def _deal_phrase_start(ctx: Context, t_start: int) -> int:
    """Where the noun phrase of a trigger that opens with the deal's noun starts: the words before the noun say what
    the deal is for ("an exclusive licensing agreement with B", "a research collaboration with B"); a trigger that
    opens with a verb starts the clause itself."""
    hit = ctx.token_at(t_start)
    if hit is None:
        return t_start
    off, tok = hit
    if tok.pos_ not in ("NOUN", "PROPN") or off + tok.idx != t_start:
        return t_start
    return min(t_start, off + tok.left_edge.idx)


def _inside(ctx: Context, pool: list[Mention], name: str, s: int, e: int) -> bool:
    """True when every mention of `name` in the sentence lies inside the initiative's name."""
    ms = [o for o in pool if o.fields["name"] == name and ctx.sentence_at(o.start) == ctx.sentence_at(s)]
    return bool(ms) and all(s <= o.start and o.end <= e for o in ms)


_ITEM_END = re.compile(r"(?:;|,)(?: (?:and|or))?$")
"""The end of a list item that another item follows ("A, which takes 30 students;", "B, for rehabilitation; and")."""
_ITEM_OPEN_END = re.compile(
    r"(?: (?:in|of|from|based in) [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})?\s*(?:,|;|:|\.$|[–—-]\s|\(|$)"
)
"""Where the bodies a list item opens with end: a comma, a semicolon, a colon, a dash, a bracket or the line's end."""


def _heading_of_items(text: str, ls: int) -> int | None:
    """The end of the line that introduces the list whose item starts at `ls`: the nearest line before it ending with a
    colon, read back over items that end with a semicolon or comma (at most `HEADING_LINES`) and over blank lines
    right below the heading; None when the item is no item of such a list."""
    pos, seen = ls, 0
    while pos > 0 and seen < HEADING_LINES:
        prev = text.rfind("\n", 0, pos - 1) + 1
        line = text[prev : pos - 1].strip()
        if line.endswith(":"):
            return pos - 1
        if line and not _ITEM_END.search(line):
            return None
        seen += 1 if line else 0
        pos = prev
    return None


def _spelled_out(doc: _Doc, text: str) -> str | None:
    """The body a lower-case description spells out without the place its name opens with ("the district health
    bureau" for "Eastvale District Health Bureau"): the one organisation whose name ends with the description's words,
    capitalised, from a head word (at least two words)."""
    m = re.search(r"\bthe ((?:[a-z]+ ){1,4}([a-z]+))\b", text)
    if not m or not is_head(m.group(2).capitalize()):
        return None
    tail = " " + " ".join(w.capitalize() for w in m.group(1).split())
    hits = {n for n in doc.org_names if n.endswith(tail) and len(n) > len(tail)}
    return next(iter(hits)) if len(hits) == 1 else None


def _listed_counterpart(doc: _Doc, ss: int, se: int) -> Mention | None:
    """An item of a list under a line that states cooperation and ends with a colon ("A will partner with:" / "B, which
    will take 30 students a year;", "each hospital has been paired with a partner:" / "C, with D;", "Under agreements
    signed by the bureau, teams are backed by specialists from:" / "E, for rehabilitation;"): the bodies the item opens
    with (before a comma, semicolon, colon, dash or bracket, joined by "and" or "with") and the bodies the heading names
    (or spells out: `_spelled_out`) are the parties of one deal per item; none when the heading hedges the
    cooperation."""
    ctx, text = doc.ctx, doc.ctx.text
    ls, le = ctx.paragraph_at(ss)
    start = _BULLET.match(text, ls).end()
    if ss > start:
        return None
    head_end = _heading_of_items(text, ls)
    if head_end is None:
        return None
    hs = ctx.sentence_at(head_end - 1)[0]
    heading = text[hs:head_end]
    found = [
        (k, t)
        for k, t in _trigger_matches(heading)
        if k != "subject" and not _hedge().search(heading[max(0, t.start() - 40) : t.start()])
    ]  # a subject trigger is joint action by the bodies it follows ("A and B will open"), no counterparts listed
    hits = [t for _, t in found]
    if not hits and not _list_heading().search(heading):
        return None
    items = _item_bodies(doc, start, min(le, se))
    if not items:
        return None
    if any(k == "join" and not heading[t.end() :].strip(" :") for k, t in found):
        return _listed_members(doc, ss, se, (hs, head_end), items)
    asides = [(m.start(), m.end()) for m in _RELATIVE.finditer(text, hs, head_end)]
    acting = [  # "A, where most B students train, has paired its wards with:": B says what A is
        m.fields["name"] for m in doc.within(hs, head_end, "pool") if not any(a < m.start < b for a, b in asides)
    ]
    if not acting:
        spelled = _spelled_out(doc, heading)
        acting = [spelled] if spelled else []
    names = list(dict.fromkeys(acting + [m.fields["name"] for m in items]))
    if len(names) < 2:
        return None
    local = doc.within(ss, se, "pool")
    return _partnership(
        doc, local, doc.within(ss, se), ss, se, names, items[0].start - ss, items[-1].end - ss, heading=(hs, head_end)
    )


def _item_bodies(doc: _Doc, start: int, end: int) -> list[Mention]:
    """The bodies a list item opens with, from `start` (past its bullet) before a comma, semicolon, colon, dash or
    bracket, joined by "and" or "with", with where they are ("A in York;", "B, of Leeds, and C:"); [] when the item
    opens with anything else."""
    text = doc.ctx.text
    items, pos = [], start
    for m in doc.within(start, min(end, start + ITEM_HEAD), "pool"):
        if m.start < pos or not _ITEM_GLUE.fullmatch(text, pos, m.start):
            break
        items.append(m)
        pos = m.end
    return items if items and _ITEM_OPEN_END.match(text, pos, end) else []


def _listed_members(doc: _Doc, ss: int, se: int, heading: tuple[int, int], items: list[Mention]) -> Mention | None:
    """The members of a body listed under a line that ends with a verb of joining ("Applicants include the X Consortium,
    which brings together:" / "A in York;" / "B;" / "C."): one deal of all the members, the body the line names being
    its initiative, stated at the list's first item (the others give none); none when fewer than two members."""
    ctx, text = doc.ctx, doc.ctx.text
    ls = ctx.paragraph_at(ss)[0]
    pos = heading[1]
    while pos < ls:  # an item between the line and this one: the deal was stated at the first item
        nxt = text.find("\n", pos + 1)
        line = text[pos : ls if nxt < 0 else min(nxt, ls)].strip()
        if line:
            return None
        pos = ls if nxt < 0 else nxt
    members = [m.fields["name"] for m in items]
    le = ctx.paragraph_at(ss)[1]
    while True:
        nxt = re.compile(r"\n[ \t]*(?=\S)").search(text, le)
        if nxt is None or text[le : nxt.start()].count("\n") > 1:
            break
        ns, ne = ctx.paragraph_at(nxt.end())
        more = _item_bodies(doc, _BULLET.match(text, ns).end(), ne)
        if not more or _heading_of_items(text, ns) != heading[1]:
            break
        members += [m.fields["name"] for m in more]
        le = ne
    members = list(dict.fromkeys(members))
    bodies = [m.fields["name"] for m in doc.within(*heading, "pool")]
    init = bodies[-1] if len(bodies) == 1 else None
    members = [n for n in members if n != init]
    if len(members) < 2:
        return None
    fields = {
        "parties": members,
        "initiative": init,
        "_hits": _field(doc, ss, se, init, items[0].start, heading, members),
    }
    return Mention("partnership", items[0].start, items[-1].end, "partnerships.members", fields)
