"""Quotes: direct speech with its speaker, in the common forms: X said: "..."; "...", said X; a quote followed
by the speaker's name line; quotes running over several paragraphs (each opening with a quotation mark); block
quotes without quotation marks ("X said:" then the paragraph, or a first-person paragraph over X's name line);
reported speech of a named person ("X said that ...", "According to X, ...").
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.extract.nlp import Context, Mention
from analysis.extract.roles import apposition
from analysis.resources import read_lines, words

_MIN_WORDS = 4
_MIN_BARE_WORDS = 8
_MIN_REPORTED_WORDS = 6


@lru_cache(maxsize=1)
def _verbs() -> str:
    return "|".join(sorted(read_lines("speech_verbs.txt"), key=len, reverse=True))


def quote_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of quoted passages including their marks; a passage may continue over paragraphs."""
    out = []
    i = 0
    while True:
        p = text.find("“", i)
        if p < 0:
            break
        q = p + 1
        end = None
        while q < len(text):
            c = text[q]
            if c == "”":
                end = q + 1
                break
            if c == "\n":
                nxt = q
                while nxt < len(text) and text[nxt] == "\n":
                    nxt += 1
                if nxt < len(text) and text[nxt] == "“":
                    q = nxt + 1
                    continue
                end = q
                break
            q += 1
        end = end or len(text)
        out.append((p, end))
        i = end
    for m in re.finditer(r"\"([^\"\n]{3,})\"", text):
        if not any(a <= m.start() < b for a, b in out):
            out.append((m.start(), m.end()))
    return sorted(out)


def _person_in(people: list[Mention], s: int, e: int, last: bool = True) -> Mention | None:
    inside = [p for p in people if s <= p.start and p.end <= e]
    if not inside:
        return None
    return inside[-1] if last else inside[0]


def extract(ctx: Context, people: list[Mention], orgs: list[Mention]) -> list[Mention]:
    """Quotes with a named speaker: quoted passages, then block quotes and reported speech outside them."""
    out = quoted(ctx, people, orgs)
    out += block_quotes(ctx, people, out)
    out += reported(ctx, people, out)
    return sorted(out, key=lambda m: (m.start, m.end))


def _free(s: int, e: int, taken: list[Mention]) -> bool:
    return not any(q.start < e and s < q.end for q in taken)


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
    return any(w.strip(".,;:!?").casefold() in words("first_person.txt") for w in text.split())


def block_quotes(ctx: Context, people: list[Mention], taken: list[Mention]) -> list[Mention]:
    """Rule quotes.block: a paragraph without quotation marks presented as speech: after a line ending in
    "X said:" / "X stated:", or in the first person and followed by a line that starts with X's name."""
    text = ctx.text
    verbs = _verbs()
    out = []
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    for i, (s, e) in enumerate(lines):
        para = text[s:e]
        if para.lstrip()[:1] in "“\"‘'" or not _free(s, e, taken):
            continue
        if i > 0:
            ps, pe = lines[i - 1]
            if re.search(rf"\b(?:{verbs})\s*:\s*$", text[ps:pe], re.IGNORECASE):
                who = _person_in(people, ps, pe)
                q = _speech(ctx, s, e, "quotes.block", who.fields["name"]) if who else None
                if q is not None:
                    out.append(q)
                    continue
        if i + 1 < len(lines) and len(para.split()) >= _MIN_BARE_WORDS and _first_person(para):
            ns, ne = lines[i + 1]
            who = _person_in(people, ns, ne, last=False)
            lead = text[ns : who.start] if who else ""
            if who is not None and len(text[ns:ne].split()) <= 14 and len(lead.strip(" -–—")) <= 4:
                q = _speech(ctx, s, e, "quotes.block", who.fields["name"])
                if q is not None:
                    out.append(q)
    return out


def reported(ctx: Context, people: list[Mention], taken: list[Mention]) -> list[Mention]:
    """Rule quotes.reported: speech reported with a that-clause ("X, Director of Y, said that ...") or opened by
    "According to X, ..."; the speaker must be a named person, and the clause holds no quotation."""
    text = ctx.text
    verbs = _verbs()
    out = []
    for p in people:
        ss, se = ctx.sentence_at(p.start)
        app = apposition(ctx, p, people)
        after = app[1] if app and app[1] < se else p.end
        m = re.match(rf",?\s+(?:also |further |then )?(?:{verbs})\s+that\s+", text[after:se], re.IGNORECASE)
        start = after + m.end() if m else None
        end = se
        lead = re.search(r"\baccording to\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){0,3}$", text[ss : p.start], re.IGNORECASE)
        if m is None and lead is not None:
            c = re.match(r",\s+", text[after:se])
            if text[ss : p.start].casefold().startswith("according to"):  # "According to X, <speech>."
                start = after + c.end() if c else None
            elif re.match(r"[\s.]*$", text[after:se]) and text[ss + lead.start() - 2 : ss + lead.start()] == ", ":
                start, end = ss, ss + lead.start() - 2  # "<speech>, according to X."
        if start is None or not _free(start, end, taken + out):
            continue
        q = _speech(ctx, start, end, "quotes.reported", p.fields["name"])
        if q is not None:
            out.append(q)
    return out


def quoted(ctx: Context, people: list[Mention], orgs: list[Mention]) -> list[Mention]:
    """Quoted passages whose speaker the text names."""
    text = ctx.text
    verbs = _verbs()
    out = []
    prev: tuple[int, str] | None = None  # (end, speaker) of the previous attributed quote
    for s, e in quote_spans(text):
        inner = text[s + 1 : e - 1 if text[e - 1] in '”"' else e].strip()
        n_words = len(inner.split())
        if n_words < _MIN_WORDS:
            continue
        ps, pe = ctx.paragraph_at(s)
        lead = text[ps:s]
        speaker = None
        rule = None
        if (
            re.search(rf"\b(?:{verbs})\b[^.“”\"]{{0,60}}$", lead, re.IGNORECASE)
            or re.search(r"[:,]\s*$", lead)
            and lead.strip()
        ):
            who = _person_in(people, ps, s)
            if who is not None and re.search(rf"\b(?:{verbs})\b|:\s*$", lead, re.IGNORECASE):
                speaker, rule = who.fields["name"], "quotes.speaker_before"
            elif re.search(rf"\b(?:{verbs})\b", lead, re.IGNORECASE):
                org = [o for o in orgs if ps <= o.start and o.end <= s]
                if org:
                    speaker, rule = org[0].fields["name"], "quotes.speaker_before"
        if speaker is None:
            _, para_end = ctx.paragraph_at(e - 1)
            tail = text[e:para_end][:120]
            who = _person_in(people, e, e + len(tail), last=False)
            if (
                who is not None
                and re.search(rf"\b(?:{verbs})\b", text[e : who.end + 40], re.IGNORECASE)
                and who.start - e < 60
            ):
                speaker, rule = who.fields["name"], "quotes.speaker_after"
        if speaker is None:
            _, para_end = ctx.paragraph_at(e - 1)
            nxt_s = para_end + 1
            while nxt_s < len(text) and text[nxt_s] == "\n":
                nxt_s += 1
            line_end = ctx.paragraph_at(nxt_s)[1] if nxt_s < len(text) else nxt_s
            line = text[nxt_s:line_end]
            who = _person_in(people, nxt_s, line_end, last=False)
            if who is not None and len(line.split()) <= 14 and who.start - nxt_s <= 3:
                speaker, rule = who.fields["name"], "quotes.name_line"
        if speaker is None and prev and text[s] == "“" and not text[prev[0] : s].strip("\n ”"):
            speaker, rule = prev[1], "quotes.continued"
        if speaker is None or (n_words < _MIN_BARE_WORDS and rule in ("quotes.name_line", "quotes.continued")):
            continue
        prev = (e, speaker)
        out.append(Mention("quote", s, e, rule, {"speaker": speaker, "quote": re.sub(r"\s*\n+\s*“?", " ", inner)}))
    return out
