"""Quotes: direct speech with its speaker, in the common forms: X said: "..."; "...", said X; a quote followed
by the speaker's name line; quotes running over several paragraphs (each opening with a quotation mark).
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.extract.nlp import Context, Mention
from analysis.resources import read_lines

_MIN_WORDS = 4
_MIN_BARE_WORDS = 8


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
