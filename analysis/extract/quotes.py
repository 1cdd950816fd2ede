"""Quotes: direct speech with its speaker.

Quoted passages with double (“ ”, ") or single (‘ ’, ') quotation marks, over several paragraphs when each opens
with the mark; the speaker before the passage (X said: "..."; "He added: ..."), after it ("...," said X;
"...," X, Director of Y, told ...), on the name line under it, or the speaker of the passage before it (a quotation
split by "X said"), or the person whose one-sentence paragraph of speaking ("A B explained why ...") comes right
before a paragraph that is all quotation. Block quotes without marks ("X said:" then the paragraph, or a
first-person paragraph over X's name line). A speaker named by a pronoun ("he said") or by a role alone ("the
minister said") is the person the text last named (with that role); a role set before the name after the passage
('"...," said the firm's chair, A B') names that person. A short passage inside reported speech ("A said the change
came 'almost overnight'") quotes the speaker of its sentence, unless it is a term or a name in marks ("the 'Healthy
Valley' plan"). Reported speech ("X said that the plan ...") is not a quotation; a that-clause in the speaker's own
first person ("X said that we will ...") reproduces the words and is one.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from analysis.extract import roles as roles_of
from analysis.extract import sentences
from analysis.extract.nlp import Context, Mention
from analysis.extract.overlap import MentionIndex, _SpanIndex
from analysis.extract.people import in_byline
from analysis.extract.roles import apposition
from analysis.resources import lower_words, read_lines, words

_MIN_WORDS = 4
_MIN_FRAGMENT_WORDS = 2
"""Fewest words of a passage quoted inside reported speech (`_fragment_speaker`)."""
_FRAGMENT_REACH = 160
"""Most characters between the speech verb and a passage quoted inside the reported speech it opens."""
_MIN_BARE_WORDS = 8
_MIN_REPORTED_WORDS = 6
_ANTECEDENT_BREAKS = 2
"""A pronoun refers to a person named at most this many paragraph breaks before it."""

_CLOSE = {"“": "”", '"': '"', "‘": "’", "'": "'"}
_OPEN_AFTER = ' \t([{:—–-/“"'
_CLOSE_BEFORE_STRAIGHT = ".,!?;:…"
_CLOSE_AFTER = ".,;:!?)]}…—–-"
_OPEN_PAIR = {"'": "‘", "‘": "'"}
_LEAD_VERB_CHARS = 60
_SPEAKER_GAP = re.compile(r"(?:(?:[A-Z][\w.’'-]*,?|of|for|and|the)\s+){0,6}")


@lru_cache(maxsize=1)
def _verbs() -> str:
    return "|".join(sorted(read_lines("speech_verbs.txt"), key=len, reverse=True))


@lru_cache(maxsize=1)
def _verb_re() -> re.Pattern:
    return re.compile(rf"\b(?:{_verbs()})\b", re.IGNORECASE)


def _opens(text: str, i: int, line_start: int) -> bool:
    """True when the mark at `i` opens a quotation: at the start of the line or after a space or bracket, and
    before a word ("'90s" or a possessive "students'" is no opening)."""
    if i + 1 >= len(text) or text[i + 1].isspace():
        return False
    if i > line_start and text[i - 1] not in _OPEN_AFTER:
        return False
    return text[i] not in "'‘" or text[i + 1].isalnum()


def _closes(text: str, i: int, mark: str) -> bool:
    """True when the character at `i` closes a quotation opened with `mark`. A straight single quote closes only
    after punctuation or before punctuation or the end of the line ("'We agree,' she said"), so an apostrophe
    ("the students' union") does not; a curly one closes unless a letter follows ("the city’s plan")."""
    c = text[i]
    if c != _CLOSE[mark]:
        return False
    after = text[i + 1] if i + 1 < len(text) else "\n"
    if mark == "'":
        return i > 0 and text[i - 1] in _CLOSE_BEFORE_STRAIGHT or after in _CLOSE_AFTER or after == "\n"
    if mark in "‘":
        return not after.isalnum()
    if mark == '"':
        return i > 0 and not text[i - 1].isspace()
    return True


@lru_cache(maxsize=4)
def _spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(quote_spans(text))


def quote_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of quoted passages including their marks. A passage left open at the end of its paragraph
    continues when the next paragraph opens with the same mark (speech over several paragraphs), and otherwise
    ends with the paragraph if it opened the paragraph or followed a colon (a mark left open elsewhere is an
    apostrophe or a stray mark). Marks inside a passage are nested quotations."""
    out = []
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    li = 0
    while li < len(lines):
        ls, le = lines[li]
        i = ls
        while i < le:
            if text[i] not in _CLOSE or not _opens(text, i, ls):
                i += 1
                continue
            span = _passage(text, lines, li, i)
            if span is None:
                i += 1
                continue
            (start, end), li = span
            ls, le = lines[li]
            out.append((start, end))
            i = end
        li += 1
    return out


def _passage(text: str, lines: list[tuple[int, int]], li: int, start: int) -> tuple[tuple[int, int], int] | None:
    """The passage opened at `start` in line `li` and the line it ends in, or None for a mark that opens none."""
    mark = text[start]
    ls, le = lines[li]
    j = start + 1
    while True:
        while j < le and not _closes(text, j, mark):
            j += 1
        if j < le:
            return (start, j + 1), li
        nxt = li + 1
        if nxt < len(lines) and text[lines[nxt][0]] in (mark, _OPEN_PAIR.get(mark, mark)):
            li = nxt
            ls, le = lines[li]
            j = ls + 1
            continue
        first = lines[_line_of(lines, start)][0]
        if start == first or re.search(r":\s*$", text[first:start]):
            return (start, le), li
        short = _SHORT_SINGLE.match(text, start, le) if mark == "'" else None
        return ((start, short.end()), li) if short else None


_SHORT_SINGLE = re.compile(r"'(?:[\w,-]+ ){0,7}[\w-]*[\w-](?<![sS])'(?=\s)")
"""A short phrase in straight single marks that close before a space ("rounds 'from day one' and ..."), read when the
line has no other close for its opening mark; a plural possessive ("the nurses' union") is no close."""


def _line_of(lines: list[tuple[int, int]], pos: int) -> int:
    """Index of the line that holds `pos` (lines are sorted and disjoint)."""
    k = bisect_right(lines, (pos, float("inf"))) - 1
    if k >= 0 and lines[k][0] <= pos < lines[k][1]:
        return k
    raise StopIteration


@dataclass(frozen=True)
class _Expr:
    """A phrase that can name a speaker: a person mention, a pronoun, or a role alone ("the minister")."""

    start: int
    end: int
    person: Mention | None = None
    head: str | None = None  # the role word of a bare role; None for a pronoun or a person


_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
_BARE_ROLE = re.compile(r"\b[Tt]he ((?:[\w’'-]+ ){0,3}?)([A-Za-z-]+)\b")
_OWNED_ROLE = re.compile(r"\b(?:[Tt]he [a-z][\w-]*(?:'s|’s)|[Ii]ts|[Tt]heir) ((?:[a-z][\w-]* ){0,2}?)([A-Za-z-]+)\b")
"""A role named by its body's possessive ("the bureau's director", "the trust's chief medical officer", "its
chair")."""


class _People(MentionIndex):
    """The people of a document, looked up by position; those named outside quotations and the paragraph breaks of
    the text are indexed once, so that finding the antecedent of "he" or "the minister" costs a bisection."""

    def __init__(self, ctx: Context, people=()) -> None:
        super().__init__(people)
        quoted = _spans(ctx.text)
        qstarts = [a for a, _ in quoted]

        def unquoted(p: Mention) -> bool:
            k = bisect_left(qstarts, p.start) - 1  # the last quotation opening before the name
            return k < 0 or not p.start < quoted[k][1]

        self.named = [p for p in self.items if unquoted(p)]
        self.named_starts = [p.start for p in self.named]
        breaks = list(re.finditer(r"\n+", ctx.text))
        self.break_starts = [m.start() for m in breaks]
        self.break_ends = [m.end() for m in breaks]
        self._with_role: dict[str, tuple[list[int], list[Mention]]] = {}

    def breaks_between(self, a: int, b: int) -> int:
        """Runs of line breaks that text[a:b] holds a part of."""
        return max(0, bisect_left(self.break_starts, b) - bisect_right(self.break_ends, a))

    def with_role(self, head: str) -> tuple[list[int], list[Mention]]:
        """The people named outside quotations whose role has the word `head`, not made another office by a prefix
        (`role_prefixes.txt`: "the minister" is no "Vice Minister"), with their starts."""
        if head not in self._with_role:
            unprefixed = "".join(
                rf"(?<!{re.escape(p)} )(?<!{re.escape(p)}-)" for p in sorted(lower_words("role_prefixes.txt"))
            )
            word = re.compile(rf"\b{unprefixed}{re.escape(head)}\b")
            found = [p for p in self.named if word.search((p.fields.get("role") or "").casefold())]
            self._with_role[head] = ([p.start for p in found], found)
        return self._with_role[head]


def _last_ending_by(starts: list[int], items: list[Mention], pos: int) -> Mention | None:
    """The last of `items` (sorted by start and end) that ends at or before `pos`."""
    i = bisect_left(starts, pos) - 1
    while i >= 0 and items[i].end > pos:
        i -= 1
    return items[i] if i >= 0 else None


def _expressions(ctx: Context, people: _People, a: int, b: int) -> list[_Expr]:
    """The speaker phrases of text[a:b], in order."""
    text = ctx.text
    out = [_Expr(p.start, p.end, person=p) for p in people.within(a, b)]
    for m in _PRONOUN.finditer(text, a, b):
        out.append(_Expr(m.start(), m.end()))
    for pattern in (_BARE_ROLE, _OWNED_ROLE):
        for m in pattern.finditer(text, a, b):
            head = m.group(2)
            if roles_of.is_role_head(head) and not people.covers(m.start()):
                out.append(_Expr(m.start(), m.end(), head=head.casefold()))
    return sorted(out, key=lambda x: (x.start, x.end))


def _antecedent(ctx: Context, people: _People, pos: int, head: str | None) -> Mention | None:
    """The person a pronoun or bare role at `pos` refers to: for a pronoun, the last person named before it outside
    quotations, at most two paragraph breaks back; for a role, the last person named before it whose role has
    that word ("the minister" after "Health Minister A B"), however far back."""
    if head is None:
        p = _last_ending_by(people.named_starts, people.named, pos)
        if p is None:
            return None
        p = _sentence_speaker(ctx, people, p) or p
        return p if people.breaks_between(p.end, pos) <= _ANTECEDENT_BREAKS else None
    return _last_ending_by(*people.with_role(head), pos)


def _sentence_speaker(ctx: Context, people: _People, p: Mention) -> Mention | None:
    """The person who speaks in the sentence of `p` when `p` is named inside the speaker's description before the
    speech verb ("A B, who attended alongside Mayor C D, said the deal ...": A B, whom a later "She said:" means)."""
    ss, se = ctx.sentence_at(p.start)
    verb = _verb_re().search(ctx.text, p.end, se)
    if verb is None or _STOPS.search(ctx.text, p.end, verb.start()):
        return None
    first = next((x for x in _expressions(ctx, people, ss, verb.start()) if x.person is not None), None)
    if first is None or first.person is p or not re.fullmatch(r"\W*", ctx.text[ss : first.start]):
        return None
    return first.person


def _resolve(ctx: Context, people: _People, x: _Expr) -> str | None:
    if x.person is not None:
        return x.person.fields["name"]
    p = _antecedent(ctx, people, x.start, x.head)
    return p.fields["name"] if p is not None else None


@lru_cache(maxsize=4)
def _verb_matches(text: str) -> tuple[list[int], list[re.Match]]:
    """Every speech verb of the text with the starts, to find the last one of a span by bisection."""
    found = list(_verb_re().finditer(text))
    return [m.start() for m in found], found


def _last_verb(text: str, a: int, b: int) -> re.Match | None:
    """The last speech verb that lies inside text[a:b]."""
    starts, found = _verb_matches(text)
    i = bisect_left(starts, b) - 1
    while i >= 0 and starts[i] >= a:
        if found[i].end() <= b:
            return found[i]
        i -= 1
    return None


def speaker_before(
    ctx: Context, people: _People, orgs: MentionIndex, ps: int, s: int, reach: int = _LEAD_VERB_CHARS
) -> str | None:
    """The speaker of speech starting at `s`, named in text[ps:s] before it: the subject of the last speech verb
    ("Turning to X, A B said:", "She argued against X, pointing to C D's plan:"), else the person right after the
    verb ("said A B:"), else the person of a lead ending with a colon, else an organisation that speaks."""
    text = ctx.text
    lead = text[ps:s]
    colon = bool(re.search(r":\s*[“\"'‘]?$", lead))
    verb = _last_verb(text, ps, s)
    if verb is not None and (
        (s - verb.end() > reach and not colon)
        or re.search(r"[“”\"]", text[verb.end() : s])
        or any(sentences.ends_at(text, m.start()) for m in _STOPS.finditer(text, verb.end(), s))
    ):
        verb = None
    if verb is None and not re.search(r"[:,]\s*[“\"'‘]?$", lead):
        return None
    if verb is not None:
        ss = max(ps, ctx.sentence_at(verb.start())[0])
        before = [x for x in _expressions(ctx, people, ss, verb.start()) if not _inside_apposition(ctx, x, people)]
        for x in reversed(before):
            name = _resolve(ctx, people, x)
            if name is not None:
                return name
        after = _expressions(ctx, people, verb.end(), s)
        if after and after[0].person is not None and after[0].start - verb.end() <= 3:
            return after[0].person.fields["name"]
    if colon:
        inside = people.within(ps, s)
        if inside:
            return inside[-1].fields["name"]
    if verb is not None:  # a body the verb's sentence names ("The X Association said the deal showed ..."), else
        # one named earlier in the paragraph ("Officials of the X Bureau said ... The officials added that ...")
        org = orgs.within(max(ps, ctx.sentence_at(verb.start())[0]), s) or orgs.within(ps, s)
        if org:
            return org[0].fields["name"]
    return None


_STOPS = re.compile(r"[.!?]")


def _inside_apposition(ctx: Context, x: _Expr, people: _People) -> bool:
    """True for a bare role that describes the person just before it ("A B, the minister for X, said")."""
    if x.head is None:
        return False
    return bool(re.search(r",\s*$", ctx.text[max(0, x.start - 3) : x.start])) and bool(
        people.ending(x.start - 3, x.start)
    )


def speaker_after(ctx: Context, people: _People, e: int, para_end: int) -> str | None:
    """The speaker named right after speech ending at `e`: '"...," said A B', '"...," A B, Director of Y, told X',
    '"...," he said', '"...," the minister added'."""
    text = ctx.text
    pos = e
    while pos < para_end and text[pos] in " ,":
        pos += 1
    verb = _verb_re().match(text, pos)
    if verb is not None:
        pos = verb.end()
        while pos < para_end and text[pos] in " ,":
            pos += 1
    exprs = _expressions(ctx, people, pos, min(para_end, pos + 120))
    lead = exprs[0].start if exprs else pos
    if (
        len(exprs) > 1
        and exprs[0].head
        and exprs[1].person
        and _ROLE_NAME.fullmatch(text, exprs[0].end, exprs[1].start)
    ):
        exprs = exprs[1:]  # "said the firm's chair, Professor A B": the person the role describes
    if not exprs or _SPEAKER_GAP.fullmatch(text, pos, lead) is None:
        return None  # "said A B", "said Professor A B", "said Health Secretary A B", "said the firm's chair, A B"
    x = exprs[0]
    if verb is None:
        end = x.end
        if x.person is not None:
            app = apposition(ctx, x.person, people)
            end = app[1] if app else end
        if not re.match(rf"[\s,)]*(?:also |then |further )?(?:{_verbs()})\b", text[end:para_end], re.IGNORECASE):
            return None
    return _resolve(ctx, people, x)


_ROLE_NAME = re.compile(r",\s+(?:[A-Z][\w.’'-]*\s+){0,3}")
"""Between a role and the name it describes: a comma and titles ("the chair, Professor A B")."""


def _person_in(people: _People, s: int, e: int, last: bool = True) -> Mention | None:
    inside = people.within(s, e)
    if not inside:
        return None
    return inside[-1] if last else inside[0]


def extract(ctx: Context, people: list[Mention], orgs: list[Mention]) -> list[Mention]:
    """Quotes with a named speaker: quoted passages, then block quotes and first-person that-clauses outside them."""
    index = _People(ctx, people)
    out = quoted(ctx, index, MentionIndex(orgs))
    out += block_quotes(ctx, index, out)
    out += reported(ctx, index, out)
    return sorted(out, key=lambda m: (m.start, m.end))


def _speech(ctx: Context, s: int, e: int, rule: str, speaker: str) -> Mention | None:
    """A quote over text[s:e] without its closing full stop, or None when it is too short to be speech."""
    while e > s and ctx.text[e - 1] in " .;,":
        e -= 1
    while s < e and ctx.text[s] == " ":
        s += 1
    words_ = ctx.text[s:e].split()
    if len(words_) < _MIN_REPORTED_WORDS:
        return None
    return Mention("quote", s, e, rule, {"speaker": speaker, "quote": " ".join(words_)})


def _first_person(text: str) -> bool:
    return any(w.strip(".,;:!?\"“”'‘’").casefold() in words("first_person.txt") for w in text.split())


def block_quotes(ctx: Context, people: _People, taken: list[Mention]) -> list[Mention]:
    """Rule quotes.block: a paragraph without quotation marks presented as speech: after a line ending in
    "X said:" / "He added:", or in the first person and followed by a line that starts with X's name."""
    text = ctx.text
    verbs = _verbs()
    out = []
    taken_ = _SpanIndex(taken)
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    for i, (s, e) in enumerate(lines):
        para = text[s:e]
        if para.lstrip()[:1] in "“\"‘'" or taken_.overlaps_span(s, e):
            continue
        if i > 0:
            ps, pe = lines[i - 1]
            if re.search(rf"\b(?:{verbs})\s*:\s*$", text[ps:pe], re.IGNORECASE):
                who = speaker_before(ctx, people, MentionIndex(), ps, pe)
                q = _speech(ctx, s, e, "quotes.block", who) if who else None
                if q is not None:
                    out.append(q)
                    continue
        if i + 1 < len(lines) and len(para.split()) >= _MIN_BARE_WORDS and _first_person(para):
            ns, ne = lines[i + 1]
            who_m = _person_in(people, ns, ne, last=False)
            lead = text[ns : who_m.start] if who_m else ""
            if who_m is not None and len(text[ns:ne].split()) <= 14 and len(lead.strip(" -–—")) <= 4:
                q = _speech(ctx, s, e, "quotes.block", who_m.fields["name"])
                if q is not None:
                    out.append(q)
    return out


def reported(ctx: Context, people: _People, taken: list[Mention]) -> list[Mention]:
    """Rule quotes.first_person: a that-clause after a named speaker that keeps the speaker's own first person
    ("X, Director of Y, said that we will open ..."): the words are the speaker's, without quotation marks.
    Reported speech in the third person ("X said that the ward will open") is not a quotation."""
    text = ctx.text
    verbs = _verbs()
    out = []
    taken_ = _SpanIndex(taken)
    for p in people:
        ss, se = ctx.sentence_at(p.start)
        app = apposition(ctx, p, people)
        after = app[1] if app and app[1] < se else p.end
        m = re.match(rf",?\s+(?:also |further |then )?(?:{verbs})\s+that\s+", text[after:se], re.IGNORECASE)
        if m is None:
            continue
        start = after + m.end()
        if taken_.overlaps_span(start, se) or not _first_person(text[start:se]):
            continue
        q = _speech(ctx, start, se, "quotes.first_person", p.fields["name"])
        if q is not None:
            out.append(q)
            taken_.add(q)
    return out


def _continues(ctx: Context, prev_end: int, s: int) -> bool:
    """True when a quotation goes on the previous one: nothing but paragraph breaks between them, or, in the same
    paragraph, only the previous one's attribution ('"...," said A B. "..."')."""
    between = ctx.text[prev_end:s]
    if not between.strip("\n ”\"’'"):
        return True
    return "\n" not in between and len(between) <= 80 and _verb_re().search(between) is not None


def _lead_paragraph(ctx: Context, s: int) -> int | None:
    """Start of the paragraph right before a quotation that opens its own paragraph, when that paragraph ends with a
    colon ("Jane Roe said:" on a line of its own, the speech in the paragraphs after it), else None."""
    text = ctx.text
    k = s
    while k > 0 and text[k - 1] in "\n \t":
        k -= 1
    if k == 0 or k == s or text[k - 1] != ":":
        return None
    return ctx.paragraph_at(k - 1)[0]


_TITLES = re.compile(r"(?:[A-Z][\w.’'-]*\s+){0,3}")
"""Capitalised words before a name that opens a sentence ("Professor", "Dr", "Health Minister")."""


def _introduced_by(ctx: Context, people: _People, s: int) -> str | None:
    """The speaker of a quotation that fills its paragraph, introduced by the paragraph right before it: one sentence
    without quotation marks whose subject speaks ("Professor Jane Roe, the network's lead, explained why the partners
    stayed." / "Lin Wei told reporters that money had followed patients." then the quoted paragraph)."""
    text = ctx.text
    k = s
    while k > 0 and text[k - 1] in "\n \t":
        k -= 1
    if k == 0 or k == s or text[s - 1] != "\n" or text.count("\n", k, s) < 1:
        return None
    ls, le = ctx.paragraph_at(k - 1)
    if len(sentences.spans(text, ls, le)) != 1 or re.search(r"[“”\"‘’]|(?<!\w)'|'(?!\w)", text[ls:le]):
        return None
    verb = _verb_re().search(text, ls, le)
    if verb is None or text[le - 1] not in ".:":
        return None
    before = [x for x in _expressions(ctx, people, ls, verb.start()) if not _inside_apposition(ctx, x, people)]
    if not before or before[0].person is None or not _TITLES.fullmatch(text, ls, before[0].start):
        return None
    return _resolve(ctx, people, before[0])


def _fragment_speaker(ctx: Context, people: _People, s: int, e: int) -> str | None:
    """The person whose words a short passage inside reported speech quotes, named before a speech verb of its
    sentence ("A said the change came 'almost overnight'", "A told reporters visitors would start "from day one""):
    `speaker_before` over the sentence; None when the sentence has no speech verb before the passage or a body
    speaks."""
    ss = ctx.sentence_at(s)[0]
    if ss == s or _last_verb(ctx.text, ss, s) is None or _TERM_BEFORE.search(ctx.text, ss, s):
        return None
    inner = ctx.text[s + 1 : e - 1].split()
    if all(w[:1].isupper() for w in inner):  # "the 'Healthy Valley' plan": a name in marks
        return None
    return speaker_before(ctx, people, MentionIndex(), ss, s, _FRAGMENT_REACH)


_TERM_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|our|his|her|this|that|so-called|called|named|dubbed)\s+(?:new\s+|first\s+|so-called\s+)?$",
    re.I,
)
"""Words before a short passage that make it a term or a name in marks ("the 'smart ward'", "a new 'day clinic'",
"so-called"), not speech."""


def quoted(ctx: Context, people: _People, orgs: MentionIndex) -> list[Mention]:
    """Quoted passages whose speaker the text names."""
    text = ctx.text
    out = []
    prev: tuple[int, str] | None = None  # (end, speaker) of the previous attributed quote
    for s, e in _spans(text):
        inner = text[s + 1 : e - 1 if text[e - 1] in "”\"’'" and e - 1 > s else e].strip()
        n_words = len(inner.split())
        if n_words < _MIN_WORDS:
            who = _fragment_speaker(ctx, people, s, e) if n_words >= _MIN_FRAGMENT_WORDS else None
            if who is not None:
                out.append(Mention("quote", s, e, "quotes.fragment", {"speaker": who, "quote": inner}))
            continue
        ps, _ = ctx.paragraph_at(s)
        _, para_end = ctx.paragraph_at(e - 1)
        speaker, rule = speaker_before(ctx, people, orgs, ps, s), "quotes.speaker_before"
        if speaker is None and ps == s:
            lead_s = _lead_paragraph(ctx, s)
            if lead_s is not None:
                speaker = speaker_before(ctx, people, orgs, lead_s, s)
            elif not text[e:para_end].strip():
                speaker = _introduced_by(ctx, people, s)
                rule = "quotes.introduced" if speaker else rule
        if speaker is None:
            speaker, rule = speaker_after(ctx, people, e, para_end), "quotes.speaker_after"
        if speaker is None:
            nxt_s = para_end + 1
            while nxt_s < len(text) and text[nxt_s] == "\n":
                nxt_s += 1
            line_end = ctx.paragraph_at(nxt_s)[1] if nxt_s < len(text) else nxt_s
            who = _person_in(people, nxt_s, line_end, last=False)
            introduces = text[nxt_s:line_end].rstrip().endswith((":", "："))  # "Dr A B, CEO of X, commented:"
            if (
                who is not None
                and len(text[nxt_s:line_end].split()) <= 14
                and who.start - nxt_s <= 3
                and not introduces
                and not in_byline(ctx, who)  # a standfirst in marks over "By A B": the reporter says nothing
            ):
                speaker, rule = who.fields["name"], "quotes.name_line"
        if speaker is None:  # "A said the plan would let residents "see a doctor near home"": in reported speech
            speaker, rule = _fragment_speaker(ctx, people, s, e), "quotes.fragment"
        if speaker is None and prev and _continues(ctx, prev[0], s):
            speaker, rule = prev[1], "quotes.continued"
        if speaker is None or (n_words < _MIN_BARE_WORDS and rule in ("quotes.name_line", "quotes.continued")):
            continue
        prev = (e, speaker)
        quote = re.sub(r"\s*\n+\s*[“\"‘']?", " ", inner)
        out.append(Mention("quote", s, e, rule, {"speaker": speaker, "quote": quote}))
    return out
