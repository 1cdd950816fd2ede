"""The field of a partnership (education and training, research, ...), read from the nearest text that states one.

Each label of `partnership_fields.tsv` counts the hits of its keyword patterns; the most hits wins, ties go to the
label named first ("jointly train 40 nurses" -> education and training; "to fund trials and train staff" ->
research). The levels are read in order and the first with a hit decides: what the article calls the deal's initiative
in common words ("formed a research consortium" for "the X Stroke Care Consortium"), then the deal's own clause with
its initiative's name and the object it sets up (each counting twice, as they name what the cooperation is for), then
its sentence, then its paragraph, then the article; "other" when none has a hit. The event at which a deal is made
says nothing of its field ("signed on the minister's trade mission to ...").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from analysis.resources import alternation, alternatives, patterns, read_lines, table

OTHER = "other"
TRADE = "trade and investment"
"""The field a sum of money names when it is no public money ("a deal worth £5 million")."""


@lru_cache(maxsize=1)
def _fields() -> tuple[tuple[str, float, re.Pattern], ...]:
    """(label, weight of a hit, one pattern of all its keywords of that weight) in file order: a keyword counts 1
    unless its row gives a weight in a third cell (a word that names a field only where nothing else does)."""
    labels: dict[tuple[str, float], list[str]] = {}
    for label, pattern, *weight in table("partnership_fields.tsv"):
        labels.setdefault((label, float(weight[0]) if weight else 1.0), []).append(pattern)
    return tuple((label, w, re.compile(alternatives(ps), re.IGNORECASE)) for (label, w), ps in labels.items())


@lru_cache(maxsize=1)
def _occasion() -> re.Pattern:
    """A phrase naming the event at which a deal is made, up to the event's head word ("on the minister's trade
    mission", "during a three-day visit", "at the Spring Trade Fair"): a setting, not what the deal is about."""
    events = sorted(read_lines("partnership_events.txt"), key=lambda w: (-len(w), w))
    heads = "|".join(re.escape(w.lower()) for w in events)
    step = r"(?:(?!(?:to|for|with|and|on|in)\b)[\w'’-]+ )"
    return re.compile(
        rf"\b(?:on|during|at|on the sidelines of) (?:the|a|an|this|his|her|their|its) {step}{{0,5}}?(?:{heads})s?\b",
        re.IGNORECASE,
    )


def blank(text: str, names: list[str]) -> str:
    """`text` with each name replaced by spaces, so that "Westmoor Research Council" counts no keyword."""
    names = sorted({n for n in names if n}, key=lambda n: (-len(n), n))
    if not names:
        return text
    return re.sub("|".join(map(re.escape, names)), lambda m: " " * len(m.group()), text)


@lru_cache(maxsize=1)
def _descriptions() -> tuple[re.Pattern, tuple[re.Pattern, ...]]:
    """The words that name a deal (`partnership_list_headings.txt`), and the patterns of the words that describe a
    blanked name: before it ("the Leeds software firm", "a private insurer") or set off after it ("B, a teaching
    hospital in Hong Kong,")."""
    function = r"(?!(?:of|for|and|with|to|in|on|at|by|from|its|their|his|her|our|as|under|between)\b)"
    before = re.compile(
        rf"\b(?:[Tt]he|[Aa]n?) ((?:[A-Z][\w'’-]*(?:-based)? )?(?:{function}[a-z][\w'’-]* ){{1,3}})(?= {{4,}}\S)"
    )
    after = re.compile(r"(?<=    ), ((?:an?|the) (?:[^,;()]|(?<=\d),(?=\d)){1,160}?)(?=,(?!\d)|;|\)|\.(?:\s|$)|$)")
    return patterns("partnership_list_headings.txt"), (before, after)


@lru_cache(maxsize=1)
def _fronted() -> re.Pattern:
    """A sentence that opens with a phrase set off by a comma, led by a preposition (`prepositions.txt`)."""
    return re.compile(rf"\s*(?:{alternation('prepositions.txt')})\s", re.IGNORECASE)


def describing(text: str) -> str:
    """`text` (names blanked) with the words that describe a named body blanked too, unless they name a deal ("B, a
    deal that trains nurses"): they say what a party is, not what the deal is about ("alongside the Westland drugmaker
    B, opened a ward" names no trade; "with B, a private hospital in Hong Kong," names no care)."""
    deals, found = _descriptions()
    # "Under a deal between A and B, the city's clinics train 300 nurses.": after a phrase that opens the sentence,
    # the first comma begins the main clause, no description of B
    fronted = _fronted().match(text)
    first_comma = text.find(",")

    def out(m: re.Match) -> str:
        if deals.search(m.group(1)) or (fronted and m.start() == first_comma):
            return m.group()
        a, b = m.start(1) - m.start(), m.end(1) - m.start()
        return m.group()[:a] + " " * (b - a) + m.group()[b:]

    for pattern in found:
        text = pattern.sub(out, text)
    return text


_SITE = re.compile(
    r"\b(?:at|in|across|within|throughout) (?:the |its |their |[\w'’-]+['’]s )?(?:[\w'’-]+ ){0,3}?"
    r"(?:clinics|hospitals|wards|health cent(?:re|er)s|health stations)\b",
    re.IGNORECASE,
)
"""Where a deal's work is done, named by the plural of a place of care ("to study asthma care in township clinics",
"air-quality monitoring at hospitals in Westport"): a site, not the field."""

_SUM = re.compile(r"[£$€¥\d]")
"""A keyword hit that is a sum of money."""


def public_money(text: str) -> bool:
    """Whether `text` says its sums are public or pooled money (`partnership_public_money.txt`): "The funded projects
    are:" over a list whose items state their grants."""
    return patterns("partnership_public_money.txt").search(text) is not None


def _public_sentences(text: str) -> list[tuple[int, int]]:
    """The spans of the sentences of `text` that say their sums are public or pooled money
    (`partnership_public_money.txt`: "co-funded by A and B, which will contribute £4 million each")."""
    public = patterns("partnership_public_money.txt")
    spans, start = [], 0
    for m in re.finditer(r"[.;!?](?=\s|$)|\n|$", text):
        if public.search(text, start, m.end()):
            spans.append((start, m.end()))
        start = m.end()
        if start >= len(text):
            break
    return spans


_GAP = re.compile(r"[ -](?:[a-z][\w'’]*[ -]){0,2}")
"""What may stand between a modifier and the noun it modifies: a space or hyphen and up to two lower-case words."""


def _modifies(gap: str) -> bool:
    """Whether a keyword followed by `gap` and then another keyword modifies it ("nursing school", "emergency medicine
    training"): up to two words between, none of them a preposition or a conjunction ("care for trainees")."""
    m = _GAP.fullmatch(gap)
    return m is not None and not (set(gap.casefold().replace("-", " ").split()) & _linking_words())


@lru_cache(maxsize=1)
def _linking_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in read_lines("prepositions.txt")) | {"and", "or", "but", "nor", "the", "a"}


def hits(text: str, public_sums: bool = False) -> dict[str, float]:
    """Keyword hits per label (weighted, `_fields`) in `text` outside the events it names, in the order the labels are
    first named (labels without a hit left out). A keyword right before another label's keyword, or up to two
    words before it, modifies it ("a nursing school", "emergency medicine training"): it ranks after the word it
    modifies. A verb of purpose ("to sell", "to train") counts twice: it
    says what the deal is for, where the nouns around it say for whom ("to sell a plan that pays for patients'
    treatment" is trade). The places of care where the work is done name no field (`_SITE`). A sum of money in a
    sentence that says it funds the work names no trade
    (`_public_sentences`), nor does any sum when `public_sums` (a list item under a heading that says so)."""
    text = _occasion().sub(lambda m: " " * len(m.group()), text)
    text = _SITE.sub(lambda m: " " * len(m.group()), text)
    public = [(0, len(text))] if public_sums else _public_sentences(text)
    found = sorted(
        (m.start(), m.end(), i, label, w)
        for i, (label, w, pattern) in enumerate(_fields())
        for m in pattern.finditer(text)
        if not (label == TRADE and _SUM.match(m.group()) and any(a <= m.start() < b for a, b in public))
    )
    counts: dict[str, float] = {}
    rank: dict[str, tuple[int, int]] = {}
    for k, (start, end, i, label, w) in enumerate(found):
        nxt = found[k + 1] if k + 1 < len(found) else None
        at = nxt[0] + 1 if nxt and nxt[3] != label and _modifies(text[end : nxt[0]]) else start
        counts[label] = counts.get(label, 0) + w * (2 if text[max(0, start - 3) : start] == "to " else 1)
        rank[label] = min(rank.get(label, (at, i)), (at, i))
    return {label: counts[label] for label in sorted(counts, key=lambda label: rank[label])}


@lru_cache(maxsize=1)
def _founded() -> re.Pattern:
    """What a deal sets up: a verb of `initiative_launch_words.txt`, then the noun phrase of its object up to the words
    that describe it ("to set up a joint academy for nursing" -> "joint academy")."""
    verbs = "|".join(f"(?:{p})" for p in read_lines("initiative_launch_words.txt"))
    return re.compile(
        rf"\b(?:{verbs}) (?:an?|the|their|its) ((?:[\w'’-]+ ){{0,4}}?[\w'’-]+)"
        r"(?=,|;|\.|\(|$| (?:for|in|on|at|to|with|of|that|which|who|focused|covering|worth|by|and|under)\b)",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _founded_kinds() -> tuple[tuple[str, re.Pattern], ...]:
    """(label, pattern of the nouns that name a body set up) from `partnership_founded_fields.tsv`."""
    rows = table("partnership_founded_fields.tsv")
    return tuple((label, re.compile(pattern, re.IGNORECASE)) for label, pattern in rows)


@lru_cache(maxsize=1)
def _deal_modifiers() -> re.Pattern:
    """Up to three words in lower case right before a deal's noun (`initiative_deal_nouns.txt`), none of them a
    preposition or a conjunction: what the text calls the deal ("a research partnership", "a five-year distribution
    agreement")."""
    nouns = alternation("initiative_deal_nouns.txt")
    word = r"(?!(?:of|for|and|or|with|to|in|on|at|by|from|under|between|as|that|which)\b)[a-z][\w-]*"
    return re.compile(rf"\b((?:{word} ){{1,3}}?)(?:{nouns})s?\b")


def clause_hits(clause: str, initiative: str | None, public_sums: bool = False) -> dict[str, int]:
    """Hits of a deal's own clause, its initiative's name counting twice, and so do the words that call the deal what
    it is ("a research partnership ... will develop tests for patients" is research) and the object it sets up, named
    before what describes it ("to build a joint research centre for heart disease, with an investment of 12 million
    yuan" is research; "to set up a joint academy for nursing and elderly care" is education), with the kind of body
    it is ("to set up a joint venture to run trials and make the drug" is trade; "to create a joint institute
    studying frailty" is research)."""
    counts = hits(clause, public_sums)
    for label, n in hits(initiative or "").items():
        counts[label] = counts.get(label, 0) + 2 * n
    called = _deal_modifiers().search(clause)
    for label, n in hits(called.group(1) if called else "").items():
        if n >= 1:  # a hint of half weight stays a hint ("a twinning arrangement that covers staff training")
            counts[label] = counts.get(label, 0) + 2 * n
    for m in _founded().finditer(clause):
        for label, n in _object_hits(m.group(1)).items():
            if n >= 1:  # a hint of half weight stays a hint ("a twinning arrangement for simulation training")
                counts[label] = counts.get(label, 0) + n
    return counts


def described_hits(article: str, head: str) -> dict[str, int]:
    """Hits of what an article calls an initiative in common words: the object of a verb of setting up headed by the
    initiative's head word in lower case ("have formed a research consortium to ..." for "the Kestrel Stroke Care
    Consortium"), else a new or joint one the text brings in ("A new joint imaging institute that will ... opened"),
    with the kind of body it is. The kind a text calls a body outweighs the topic its name gives. An
    article that sets up two different things of that kind ("a diabetes centre", "a research centre") says nothing
    of which one is the initiative."""
    objects = {
        m.group(1).casefold(): m.group(1)
        for m in _founded().finditer(article)
        if m.group(1).rsplit(" ", 1)[-1] == head.lower()
    }
    if not objects:  # "A new joint research centre that will ... was launched": the text brings it in by its kind
        brought = rf"\b(?:[Aa]n?|[Tt]he) ((?:new (?:joint )?|joint )(?:[\w'’-]+ ){{0,3}}?{re.escape(head.lower())})\b"
        objects = {m.group(1).casefold(): m.group(1) for m in re.finditer(brought, article)}
    return _object_hits(next(iter(objects.values()))) if len(objects) == 1 else {}


def kind_hits(words: str) -> dict[str, int]:
    """The field the kind of body `words` call a body gives (`partnership_founded_fields.tsv`: "a joint venture" is a
    commercial undertaking), one hit per kind."""
    return {label: 1 for label, head in _founded_kinds() if head.search(words)}


def _object_hits(obj: str) -> dict[str, int]:
    """Hits of the object a deal sets up, with the kind of body it is (`partnership_founded_fields.tsv`)."""
    counts = hits(obj)
    for label, head in _founded_kinds():
        if head.search(obj):
            counts[label] = counts.get(label, 0) + 1
    return counts


def best(counts: dict[str, int]) -> str | None:
    """The label with most hits, ties to the label named first (the order of `counts`): the purpose a text states
    first is the main one ("to open up trade for firms in primary care"); None when nothing was counted."""
    ranked = sorted(enumerate(counts), key=lambda il: (-counts[il[1]], il[0]))
    return ranked[0][1] if ranked else None


def first(levels: Iterable[dict[str, int]]) -> str:
    """The field of the first level with a hit (levels from the nearest text outwards), else "other"."""
    for counts in levels:
        label = best(counts)
        if label:
            return label
    return OTHER


def field_of(clause: str, initiative: str | None = None, *wider: str) -> str:
    """The field stated by a deal's clause and initiative, else by the first of the `wider` texts (its sentence,
    paragraph, article) with a hit, else "other"."""
    return first([clause_hits(clause, initiative), *(hits(t) for t in wider)])
