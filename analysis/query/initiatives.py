"""Initiatives, not mentions: the partnership facts that describe one cooperation, merged into one initiative.

Names are compared folded (`name_key`: case, punctuation, "&"/"and", a plural and its singular, a leading "the" and a
trailing acronym in brackets do not count), and the spelling variants of one body are one party (`entities.canon_id`).
Two partnership facts describe the same initiative when they name the same set of parties (in one article, or across
articles unless, unnamed, they state two fields: a training memorandum and a referral agreement), when, in one
article, they share at least two parties and their fields agree (the launch sentence and the partner list of one
project), or when they give it the same name and share a party; two deals of one body with different
partners stay apart. Each link also needs compatible names (`group_names`): a name and its short form ("the Institute",
an acronym) are one initiative, two names of the same parties neither of which is a short form of the other ("the
Northvale Biobank", "the Northvale–Eastbay Institute for Ageing") are two, and an unnamed statement joins one of them,
never bridging both. A unit of a party (a department, school, institute or centre: `register_units`) counts as that
party; in one article, an unnamed statement whose parties are all parties of another statement is that statement
restated (a quotation naming another body of the same city is another partnership: "our partnership with the city, not
just with its hospitals but with its government" adds no partner to the hospitals' programme), and an unnamed statement
between places only restates the article's cooperation between bodies of the same sides stated nearest it (a headline
"Eastport and Westbay deepen cooperation"; the places are then named by those bodies); a statement whose parties are
all parties of one earlier, larger cooperation of its article and whose sentence ties it to that one ("Alongside the
trial, the trust and the hospital will run a fellowship": `register_parts`) is part of it, whatever field or name it
states, and does not decide its field. The merge is the connected components of those
links, computed in the engine by label propagation: each link joins a fact to one representative (the smallest fact id
of its name or party set), so a cooperation restated by 10,000 articles costs 10,000 links.

A statement that only says its parties put out a routine publication together ("A and B jointly released the city's
health statistics bulletin": `initiative_routine_publications.txt`) is no initiative: the fact stays, unmerged and not
shown as one.

`register(store)` creates `initiative_of(fact_id, initiative_id)` over the report's `scoped` facts (see `scope`) and
`initiatives`, one row per initiative: its name (its own, or that of the joint centre, alliance or programme its
article launches or names next to it: `names_from_context`), parties with their sides (an entity no cue places
stands opposite its partner where its article says the deals are "between British and Chinese organisations":
`register_paired_sides`) and types, field, first and
latest year (`dated`: "stated" from the dates of its sentences (those naming it, when it has a name: the parties'
other work together lends it no year), or of a neighbouring sentence about the signing or
launch, or of the sentence launching the body it is named after, or, in an article stating no other
partnership, of
a sentence signing or launching the work of "the pair" (`partnership_pair_words.txt`), else "reported" from the
publication date of the first article that states it; a founding year, a target or a year in a name never dates it;
its latest year is at least that of an article reporting a renewal its sentence does not date, "X has renewed its
agreement with Y": `renewal_pattern`),
the sentences that stand for it without stating a partnership (`refers`: a later sentence whose subject is its
word, a pronoun carrying that on, or its cost; see below), whether every statement of it names its parties as the
organisers of an event of it (`organisers`: "the Spring
Meeting of the Coast Alliance, organised by A and B" says who organised the meeting, not who the members are), money
stated with it (in its sentence, or the sentence next to it when that names one of its parties and the sum is not
one of several deals, "A signed contracts worth £120m. They include a joint venture with B"; or a later sentence
whose subject stands for it by the word its article calls it ("The exchange is funded by ...": `refers_back_pattern`,
the noun written in a sentence stating it, in its name or in the headline or lead), when the latest sentence before
it stating a partnership states this one, and the sentence right after such a sentence whose subject is a pronoun
carrying it on ("It is funded with ..."), or a later sentence whose subject is its cost and that says who bears it
("The cost, estimated at £2 million, will be shared equally": `cost_subject_pattern`, `cost_bearer_pattern`; a cost
no one bears is nobody's deal), when the latest sentence before it stating a partnership states this one, or the
headline, when it states no partnership, names one of its parties and the lead states this one alone; in a
sentence that names it, when it has a name: parties who also work together on something else do not lend it that
money; a sum of someone's background, `background_sum`, is not its money unless that clause states the cooperation
and no other statement does, nor is a cost, a loss or a market's size: `sum_cooperation`; `money_fact` the largest,
`money_facts` it and the sums listed with it in its sentence, "worth £12 million and £9.5 million respectively",
"£4.6 million from A and RMB 25 million from B": `LISTED_SUMS`; who pays each, `money_funders`), how many distinct
articles state it (near-duplicates counted once), and its salience
(`score`): where it is stated, how many articles state it, its size, and whether it is between governments
(`state_level`, `STATE_POINTS`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import groupby

import pyarrow as pa

from analysis.extract import partnership_field, sentences
from analysis.extract.gazetteer import canonical, demonyms, level
from analysis.extract.gazetteer import jurisdiction as place_label
from analysis.extract.names import own_words
from analysis.extract.roles import is_role_head
from analysis.facts.schema import JURISDICTIONS
from analysis.query import timeline
from analysis.query.store import Store, literal, span_gap
from analysis.resources import alternation, read_lines, table, words

MIN_SHARED = 2
"""Parties two partnership facts of one article must share to be read as one initiative."""
_MAX_ROUNDS = 64
STATE_LEVEL = "len(list_filter(pa.types, lambda x: x IS NULL OR x NOT IN ('government', 'place'))) = 0"
"""SQL over an initiative's parties (`pa.types`): every party a government body or a state, a public commitment of
the states."""
STATE_POINTS = 1
"""Salience an initiative gains when every party is a government body or a state (`state_level`): a ministerial
statement or an agreement of two health authorities commits the states, a contract of two firms does not."""
SAME_SUM = 0.2
"""Two sums in one sentence whose values in pounds differ by at most this share are one sum in two currencies
("8 billion yuan (US$1.3 billion)")."""
NEXT_GAP = 2
"""Characters between two sentences (a space, a line break) for them to be neighbours."""
NEAR_CHARS = 600
"""Characters at most between the end of a sentence stating a cooperation and a later sentence that speaks for it by a
noun any deal bears ("The deal is ..."), a cost standing alone ("The total budget is ...") or a sum spent "for the
scheme" that the article does not otherwise call it: about four sentences, a short paragraph between them."""


def name_key(expr: str) -> str:
    """SQL folding a name for comparison: lower case, apostrophes dropped, a trailing acronym in brackets dropped,
    "&" read as "and", punctuation as spaces, a plural word as its singular, a leading "the" and a trailing legal
    form ("plc", "Ltd") dropped ("The Kestrel Scholarships Council (KSC)" and "Kestrel Scholarship Council" ->
    "kestrel scholarship council"), "University of X" read as "X University" for a one-word X; NULL when nothing
    is left."""
    x = f"lower(trim(coalesce({expr}, '')))"
    x = f"regexp_replace({x}, '[\\x27’`]', '', 'g')"
    x = f"regexp_replace({x}, '\\s*\\([^()]*\\)\\s*$', '')"
    x = f"regexp_replace({x}, '&', ' and ', 'g')"
    x = f"regexp_replace({x}, '[^a-z0-9]+', ' ', 'g')"
    x = f"regexp_replace({x}, '([a-z]{{2}}[a-rt-z])s\\b', '\\1', 'g')"
    x = f"regexp_replace(trim({x}), '^the ', '')"
    x = f"regexp_replace({x}, ' (?:plc|ltd|limited|inc|llc)$', '')"
    x = f"regexp_replace({x}, '^university of ([a-z]+)$', '\\1 university')"
    return f"nullif({x}, '')"


@lru_cache(maxsize=1)
def field_order() -> tuple[str, ...]:
    """Field labels in the lexicon's order (ties between fields go to the one listed first), then "other"."""
    return tuple(dict.fromkeys([r[0] for r in table("partnership_fields.tsv")] + ["other"]))


@lru_cache(maxsize=1)
def gbp_rates() -> dict[str, float]:
    """Pounds per unit of each currency, only to order sums written in different currencies."""
    return {code: float(rate) for code, rate in table("currency_rates.tsv")}


@lru_cache(maxsize=1)
def background_pattern() -> str:
    """A cue of someone's background (`background_cues.txt`) and the rest of its clause, as one RE2 pattern: a
    sum is background when the text of its sentence before it matches (`background_sum`)."""
    alts = "|".join(f"(?:{p})" for p in read_lines("background_cues.txt"))
    return r"(?i)\b(?:" + alts + r")\b[^.;:]*$"


WORD_LIST = re.compile(r"\{([\w-]+\.txt)\}")
"""A word list named in a pattern of `sum_kinds.tsv` ("{result_words.txt}"), standing for any one of its entries."""


@lru_cache(maxsize=1)
def sum_kinds() -> tuple[tuple[str, str, str, str], ...]:
    """(label, cooperation: "yes" or "no", before or after, pattern) of `sum_kinds.tsv`, in file order, each word
    list its patterns name (`WORD_LIST`) written out as one alternation of its entries (`alternation`): the one
    reader of that file."""
    return tuple((label, coop, side, WORD_LIST.sub(lambda m: alternation(m.group(1)), rx))
                 for label, coop, side, rx in table("sum_kinds.tsv"))  # fmt: skip


SUM_AFTER_CHARS = 60
"""Characters after a sum read for what it is ("… in funding pledges")."""
CLAUSE_END = re.compile(r"[.;:](?=\s)")
BRACKET_LABEL = r"\(([^():]{1,20}):"
"""RE2: a label opening a bracket ("(H1 2024: £18.2 million)"), whose colon ends no clause; read as a space."""
"""A mark ending a clause of a sentence: ".", ";" or ":" before a space (a full stop of an abbreviation aside)."""


SUM_WORDS = (
    r"(?:\b[A-Z]{1,3}\s?)?[$£€¥]?\d[\d,.]*(?:\s*(?:million|billion|trillion|thousand|bn|mn|m|k)\b)?(?:\s+(?:yuan|renminbi|pounds|dollars|euros"
    r"|patacas))?"
)
"""RE2: a sum as written ("£9 million", "HK$2.1bn", "300 million yuan")."""
CONVERSION = (
    SUM_WORDS + r"(?:\s+in\s+(?:19|20)\d\d)?(?:,\s*or\s+|\s\(\s*|,?\s+or\s+)"
    r"(?:(?:about|around|roughly|approximately|some|nearly|almost|just over|just under|close to)\s+)?$"
)
"""RE2 ending the words before a sum that restates the sum before it in another currency ("sales rose to 2 billion
yuan in 2025, or about ...", "£1 million (about ..."): the restating words, from the first sum's number (and its
year) on."""


def clause_before(text: str) -> str:
    """The words of the last clause of `text` (a sentence up to a sum), the full stops of abbreviations dropped
    (`sentences.is_abbreviation`: "Harbour Pharma Co., Ltd. will sell" is one clause, read as "Harbour Pharma Co,
    Ltd will sell"), and a sum that restates the one before it in another currency read as that one
    (`CONVERSION`: "sales rose to 2 billion yuan, or about US$280 million" is a company's sales in both
    currencies); the words `sum_kinds.tsv` reads before a sum."""
    text = _without_conversion(text)
    stops = {i for i, c in enumerate(text) if c == "." and sentences.is_abbreviation(text, i)}
    text = re.sub(BRACKET_LABEL, r"(\1 ", text)  # "(H1 2024: £18.2 million)": a label, no end of a clause
    cut = max((m.end() for m in CLAUSE_END.finditer(text) if m.start() not in stops), default=0)
    return "".join(c for i, c in enumerate(text) if i >= cut and i not in stops)


def _without_conversion(text: str) -> str:
    """`text` up to the number of the sum a restating sum converts (`CONVERSION`), else `text`."""
    m = re.search(CONVERSION, text)
    return text[: m.start()] if m else text


def sum_kind_of(sentence: str, start: int, end: int) -> tuple[str, bool] | None:
    """What the sum at [start, end) of `sentence` is, from the words of its own clause: the first row of
    `sum_kinds.tsv` whose pattern hits the words before it (`clause_before`) or the `SUM_AFTER_CHARS` after it
    decides, (label, money of cooperation); None when no row hits. "signed deals worth £2 billion" -> ("deals'
    total", True); "is estimated to cost £5 billion a year" -> ("cost estimate", False)."""
    before, after = clause_before(sentence[:start]), sentence[end : end + SUM_AFTER_CHARS]
    for label, coop, side, rx in sum_kinds_compiled():
        if rx.search(before if side == "before" else after):
            return label, coop
    referred = REFERS_BACK.search(before)
    if referred:  # "revenue rose to £52 million, and it is expected to exceed £80 million": the revenue's kind
        earlier = re.sub(TRAILING_SUM, "", before[: referred.start()])
        for label, coop, side, rx in sum_kinds_compiled():
            if side == "before" and rx.search(earlier):
                return label, coop
    return None


REFERS_BACK = re.compile(r",[^,]*\b(?:it|them)\b[^,]*$", re.IGNORECASE)
"""The last part of a clause before a sum, after a comma, referring back with a pronoun ("…, and the company
expects it to exceed"): a sum its own words say nothing of is what the words before that comma say it is."""
TRAILING_SUM = SUM_WORDS + r"(?:\s+[a-z]+){0,4}\s*$"
"""RE2: the sum ending the clause a pronoun refers back to, and a few words after it ("worth £9 million over three
years"): the clause is read as the words before that sum, as a sum's own clause is."""


@lru_cache(maxsize=1)
def sum_kinds_compiled() -> tuple[tuple[str, bool, str, re.Pattern], ...]:
    """`sum_kinds` with each pattern compiled (case-insensitive) and "yes" read as True."""
    return tuple((label, coop == "yes", side, re.compile(rx, re.IGNORECASE)) for label, coop, side, rx in sum_kinds())


@lru_cache(maxsize=1)
def _abbreviation_stop() -> str:
    """RE2: a full stop closing an abbreviation (`sentence_abbreviations.txt`) or an initial, its word kept in group 1:
    the SQL reading of `sentences.is_abbreviation` for `sum_cooperation`."""
    listed = "|".join(sorted((re.escape(w) for w in words("sentence_abbreviations.txt")), key=lambda w: (-len(w), w)))
    return rf"(?i)\b((?:{listed})|[a-z])\."


def sum_words(alias: str = "f") -> str:
    """SQL select items over amount fact `alias`: the words of its clause before it (`sum_before`), the words after
    it (`sum_after`) and, when the end of its clause refers back with a pronoun, the words before that
    (`sum_referred`, `REFERS_BACK`), which `sum_cooperation` reads; worked out once per fact, in a step before the
    lexicon's rows are tried on them."""
    a = alias
    at = f"greatest({a}.start - {a}.sentence_start, 0)"
    before = f"regexp_replace(substr({a}.sentence, 1, {at}), {literal(CONVERSION)}, '')"
    before = f"regexp_replace({before}, {literal(_abbreviation_stop())}, '\\1', 'g')"
    before = f"regexp_replace({before}, {literal(BRACKET_LABEL)}, '(\\1 ', 'g')"
    before = f"regexp_replace({before}, '(?s)^.*[.;:](\\s)', '\\1')"
    after = f'substr({a}.sentence, greatest({a}."end" - {a}.sentence_start, 0) + 1, {SUM_AFTER_CHARS})'
    referred = f"regexp_extract({before}, {literal('(?is)^(.*)' + REFERS_BACK.pattern)}, 1)"
    referred = f"regexp_replace({referred}, {literal(TRAILING_SUM)}, '')"
    return f"{before} AS sum_before, {after} AS sum_after, nullif({referred}, '') AS sum_referred"


def sum_cooperation(alias: str = "f") -> str:
    """SQL over a row `alias` holding `sum_words` of an amount fact: 'yes' when its own clause makes it money of
    cooperation, 'no' when nobody's (a cost, a loss, a market's size, a valuation), NULL when its words say neither:
    the first row of `sum_kinds.tsv` that hits decides, as `sum_kind_of` decides in Python ("a supply agreement
    valued at £8m" is a deal's value, though "valued at" alone is a valuation's words)."""
    hits = " ".join(
        f"WHEN regexp_matches({alias}.sum_{side}, {literal('(?i)' + rx)}) THEN '{coop}'"
        for _, coop, side, rx in sum_kinds()
    )
    # a sum whose own words say nothing, referring back with a pronoun, is what the words before say (`REFERS_BACK`)
    back = " ".join(
        f"WHEN regexp_matches({alias}.sum_referred, {literal('(?i)' + rx)}) THEN '{coop}'"
        for _, coop, side, rx in sum_kinds()
        if side == "before"
    )
    return f"coalesce((CASE {hits} END), (CASE {back} END))"


def background_sum(alias: str = "f", start: str | None = None) -> str:
    """SQL true when the amount fact `alias` (or the word of its sentence at `start`) stands in a clause of someone's
    background ("his experience of working with X in a £1 billion project"): not money of the cooperation its
    sentence reports."""
    at = start or f"{alias}.start"
    return (
        f"regexp_matches(substr({alias}.sentence, 1, greatest({at} - {alias}.sentence_start, 0)), "
        "'" + background_pattern().replace("'", "''") + "')"
    )


def register_rates(store: Store) -> None:
    """The `currency_rates(unit, gbp)` table on the store (once)."""
    store.con.execute("CREATE OR REPLACE TEMP TABLE currency_rates (unit VARCHAR, gbp DOUBLE)")
    store.con.executemany("INSERT INTO currency_rates VALUES (?, ?)", sorted(gbp_rates().items()))


def register_entities(store: Store) -> None:
    """`entities(entity_id, kind, name, org_type, jurisdiction, n_docs, mentions, canon_id)` over the whole facts
    table: the display name is the most frequent form, then one without a leading "the", then the longest, then
    the first alphabetically; `canon_id` is the entity that speaks for all spelling variants of its kind whose
    names fold to the same `name_key` (the most mentioned, then the smallest id) or are misspellings of one name
    (`merge_misspellings`); `jurisdiction` the base most of its rows state (a generic name is placed per article),
    ties in `JURISDICTIONS` order, "unknown" only when no row states one (a body placed in one article and named
    without a cue in two others stands where the one says); a canonical body no row places takes the one base its
    other spellings state; for a body still unplaced, the side opposite its partner in deals its article says are
    between two sides (`register_paired_sides`)."""
    store.create(
        "entities",
        f"""WITH forms AS (
          SELECT entity_id, name, count(*) AS n FROM facts WHERE entity_id IS NOT NULL AND name IS NOT NULL
          GROUP BY entity_id, name
        ), named AS (
          SELECT entity_id, name FROM (
            SELECT entity_id, name, row_number() OVER (PARTITION BY entity_id
              ORDER BY n DESC, starts_with(lower(name), 'the ') ASC, length(name) DESC, name ASC) AS r
            FROM forms) WHERE r = 1
        )
        , placed AS (  -- a generic name is placed per article: the entity takes the base most of its rows state
          SELECT entity_id, jurisdiction FROM (
            SELECT entity_id, jurisdiction, row_number() OVER (PARTITION BY entity_id
              ORDER BY (jurisdiction = 'unknown') ASC, count(*) DESC, list_position($jurisdictions, jurisdiction),
                jurisdiction) AS r
            FROM facts WHERE entity_id IS NOT NULL AND jurisdiction IS NOT NULL GROUP BY entity_id, jurisdiction)
          WHERE r = 1
        )
        , per_doc AS (  -- one row per entity and article first: no aggregate holds an entity's every row
          SELECT entity_id, doc_id, min(kind) AS kind, max(org_type) AS org_type, count(*) AS mentions
          FROM facts WHERE entity_id IS NOT NULL GROUP BY entity_id, doc_id
        ), e AS (
          SELECT f.entity_id, min(f.kind) AS kind, n.name,
            max(f.org_type) AS org_type, any_value(p.jurisdiction) AS jurisdiction,
            count(*) AS n_docs, sum(f.mentions)::BIGINT AS mentions
          FROM per_doc f JOIN named n USING (entity_id) LEFT JOIN placed p USING (entity_id)
          GROUP BY f.entity_id, n.name
        )
        -- a generic name placed by its article ("org:health-bureau@macao") stays apart from other places' bodies
        , keyed AS (SELECT *, coalesce({name_key("name")}, entity_id)
            || CASE WHEN contains(entity_id, '@') THEN '@' || split_part(entity_id, '@', 2) ELSE '' END AS k FROM e)
        , canon AS (  -- an aggregate, not a window over every entity: it spills to disk as the entities grow
          SELECT kind, k, arg_min(entity_id, (-mentions, entity_id)) AS canon_id FROM keyed GROUP BY kind, k
        )
        SELECT keyed.* EXCLUDE (k), canon.canon_id FROM keyed JOIN canon USING (kind, k)""",
        {"jurisdictions": list(JURISDICTIONS)},
    )
    merge_misspellings(store)
    store.con.execute(
        """UPDATE entities SET jurisdiction = g.jurisdiction FROM (
          SELECT canon_id, any_value(jurisdiction) AS jurisdiction FROM entities
          WHERE coalesce(jurisdiction, 'unknown') <> 'unknown' GROUP BY canon_id
          HAVING count(DISTINCT jurisdiction) = 1) g
        WHERE entities.entity_id = g.canon_id AND coalesce(entities.jurisdiction, 'unknown') = 'unknown'"""
    )
    register_paired_sides(store)
    store.con.execute(
        """UPDATE entities SET jurisdiction = p.jurisdiction FROM paired_sides p
        WHERE entities.entity_id = p.entity_id AND coalesce(entities.jurisdiction, 'unknown') = 'unknown'"""
    )


TYPO_WORD = 8
"""Letters a word needs for a one-letter difference inside it to be read as a misspelling ("Univrsity" for
"University"); a shorter word differing by one letter names another body ("Leeds", "Leels")."""
TYPO_GROUP = 8
"""Bodies one spelling key may join at most: more are different names that happen to fold alike, not typos."""


@lru_cache(maxsize=1)
def _place_spellings() -> tuple[list[str], list[str]]:
    """(one-word spelling, canonical spelling) of the place variants of reference data, case-folded and without
    spaces ("macau" -> "macao", "hksar" -> "hongkong"): the same body written with either is one body."""
    pairs = {
        v.casefold(): re.sub(r"[^a-z0-9]", "", c.casefold())
        for v, c, *_ in table("place_variants.tsv")
        if re.fullmatch(r"[A-Za-z0-9]+", v)
    }
    return sorted(pairs), [pairs[k] for k in sorted(pairs)]


def merge_misspellings(store: Store) -> None:
    """Give one `canon_id` to organisations whose names differ only by spacing ("Jiao Tong", "JiaoTong"), a place
    variant ("Macau", "Macao") or one letter inside a word of `TYPO_WORD` letters or more ("Westmoor Univrsity",
    "Westmoor University"), when their type and base agree. Candidates are found by blocking, linear in the
    entities: each name's folded key without spaces, and that key with one letter of a long word deleted; two
    names match when one's key is the other's with a letter deleted, or both with the same letter position
    deleted. A pair whose differing words are two known places ("Zhejiang", "Zhenjiang") stays apart. A name ending
    in an acronym joins the one name ending in the words it stands for (`_acronym_pairs`); a name opening with the
    initials of its other words joins the name those words make (`_leading_acronym_pairs`). The group's id is that of
    a name not ending in an acronym, then the most mentioned, then the smallest."""
    store.create(
        "misspelt",
        f"""WITH heads AS (
          SELECT entity_id, org_type, jurisdiction,
            list_transform(string_split({name_key("name")}, ' '),
              lambda t: coalesce(map($place_from, $place_to)[t], t)) AS toks
          FROM entities WHERE kind = 'organization' AND entity_id = canon_id AND {name_key("name")} IS NOT NULL
        ), words AS (
          SELECT entity_id, toks, generate_subscripts(toks, 1) AS i FROM heads
        ), letters AS (
          SELECT entity_id, toks, i, unnest(range(1, length(toks[i]) + 1)) AS j FROM words
          WHERE length(toks[i]) >= $typo_word
        ), keys AS (
          SELECT entity_id, array_to_string(toks, '') AS flat, NULL::INTEGER AS i, NULL::BIGINT AS j FROM heads
          UNION ALL
          SELECT entity_id,
            array_to_string(list_concat(toks[:i - 1], [substr(toks[i], 1, j - 1) || substr(toks[i], j + 1)],
              toks[i + 1:]), ''), i, j
          FROM letters
        ), grouped AS (  -- an exact key matches a deleted one; two deleted ones match at the same position
          SELECT flat, CASE WHEN i IS NULL THEN 'x' ELSE 'd' END AS how, i, j, list(DISTINCT entity_id) AS ids
          FROM keys GROUP BY ALL
        ), matched AS (
          SELECT x.flat, list_distinct(list_concat(x.ids, d.ids)) AS ids
          FROM grouped x JOIN grouped d ON d.flat = x.flat AND x.how = 'x' AND d.how = 'd'
          UNION ALL
          SELECT flat, ids FROM grouped WHERE len(ids) > 1
        ), pairs AS (
          SELECT DISTINCT a, b FROM (
            SELECT unnest(ids) AS a, ids FROM matched WHERE len(ids) BETWEEN 2 AND $typo_group)
            , LATERAL (SELECT unnest(ids) AS b) WHERE a < b
        )
        SELECT p.a, p.b, ea.name AS name_a, eb.name AS name_b FROM pairs p
        JOIN entities ea ON ea.entity_id = p.a JOIN entities eb ON eb.entity_id = p.b
        WHERE ea.org_type IS NOT DISTINCT FROM eb.org_type AND ea.jurisdiction IS NOT DISTINCT FROM eb.jurisdiction
        ORDER BY p.a, p.b""",
        {
            "place_from": _place_spellings()[0],
            "place_to": _place_spellings()[1],
            "typo_word": TYPO_WORD,
            "typo_group": TYPO_GROUP,
        },
    )
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    pairs = store.rows("SELECT * FROM misspelt") + _acronym_pairs(store) + _leading_acronym_pairs(store)
    for r in pairs:
        if _two_places(r["name_a"], r["name_b"]):
            continue
        a, b = root(r["a"]), root(r["b"])
        if a != b:
            parent[max(a, b)] = min(a, b)
    groups = [(x, root(x)) for x in parent]
    store.con.execute("CREATE OR REPLACE TEMP TABLE misspelt (entity_id VARCHAR, grp VARCHAR)")
    if not groups:
        return
    store.con.executemany("INSERT INTO misspelt VALUES (?, ?)", groups + [(g, g) for g in {g for _, g in groups}])
    store.con.execute(
        """CREATE OR REPLACE TEMP TABLE misspelt AS
        SELECT m.entity_id, arg_min(e2.entity_id, (regexp_matches(e2.name, ' [A-Z]{2,}$'), -e2.mentions,
          e2.entity_id)) OVER (PARTITION BY m.grp) AS canon
        FROM misspelt m JOIN entities e2 ON e2.entity_id = m.entity_id"""
    )
    store.con.execute(
        """UPDATE entities SET canon_id = m.canon FROM misspelt m WHERE entities.canon_id = m.entity_id"""
    )


ACRONYM_LETTERS = (3, 6)
"""Letters of an acronym ending a name ("First Hospital of TMU") that may stand for the name's last words."""


def _acronym_pairs(store: Store) -> list[dict]:
    """(a, b, name_a, name_b) for a name ending "of ACRONYM" and the one name of the same type and base that ends
    "of" the words it stands for, their initials in any order ("First Hospital of TMU", "Third Hospital of MTU" and
    "First Hospital of Tollan Medical University"): a misspelt acronym swaps its letters. Blocked by the words
    before "of" and the sorted initials; a block with two long forms ("Tollan Medical University", "Tarn Minor
    University") is ambiguous and joins nothing."""
    lo, hi = ACRONYM_LETTERS
    return store.rows(
        f"""WITH named AS (
          SELECT entity_id, name, org_type, jurisdiction,
            regexp_extract(name, '^(?:[Tt]he )?(.+? of (?:the )?)([^ ].*)$', 1) AS head,
            regexp_extract(name, '^(?:[Tt]he )?(.+? of (?:the )?)([^ ].*)$', 2) AS tail
          FROM entities WHERE kind = 'organization' AND entity_id = canon_id
        ), keyed AS (
          SELECT *, regexp_matches(tail, '^[A-Z]{{{lo},{hi}}}$') AS short,
            array_to_string(list_sort(CASE WHEN regexp_matches(tail, '^[A-Z]{{{lo},{hi}}}$')
              THEN string_split(tail, '')
              ELSE list_transform(list_filter(string_split(regexp_replace(tail, '[- ]+', ' ', 'g'), ' '),
                lambda w: w <> '' AND lower(w) NOT IN ('of', 'and', 'the', 'for', 'in')), lambda w: upper(w[1])) END),
              '') AS letters
          FROM named WHERE head <> '' AND tail <> ''
        ), blocks AS (
          SELECT lower(head) AS h, letters, org_type, jurisdiction FROM keyed
          WHERE length(letters) BETWEEN {lo} AND {hi}
          GROUP BY ALL HAVING count(*) FILTER (WHERE NOT short) = 1 AND count(*) FILTER (WHERE short) >= 1
        )
        SELECT l.entity_id AS a, s.entity_id AS b, l.name AS name_a, s.name AS name_b
        FROM blocks b
        JOIN keyed l ON lower(l.head) = b.h AND l.letters = b.letters AND NOT l.short
          AND l.org_type IS NOT DISTINCT FROM b.org_type AND l.jurisdiction IS NOT DISTINCT FROM b.jurisdiction
        JOIN keyed s ON lower(s.head) = b.h AND s.letters = b.letters AND s.short
          AND s.org_type IS NOT DISTINCT FROM b.org_type AND s.jurisdiction IS NOT DISTINCT FROM b.jurisdiction
        ORDER BY a, b"""
    )


def _leading_acronym_pairs(store: Store) -> list[dict]:
    """(a, b, name_a, name_b) for a name opening with the initials of its other words ("OCG Orrin Care Group") and
    the name those words make ("Orrin Care Group"): one body, written with and without its short form. Their types
    agree and their bases agree or one is stated by no cue; joined on the rest of the name, linear in the
    entities."""
    lo, hi = ACRONYM_LETTERS
    return store.rows(
        f"""WITH named AS (
          SELECT entity_id, name, org_type, coalesce(jurisdiction, 'unknown') AS jurisdiction
          FROM entities WHERE kind = 'organization' AND entity_id = canon_id
        ), led AS (
          SELECT *, regexp_extract(name, '^([A-Z]{{{lo},{hi}}}) (.+)$', 1) AS short,
            regexp_extract(name, '^([A-Z]{{{lo},{hi}}}) (.+)$', 2) AS rest
          FROM named WHERE regexp_matches(name, '^[A-Z]{{{lo},{hi}}} [A-Z]')
        )
        SELECT l.entity_id AS a, n.entity_id AS b, l.name AS name_a, n.name AS name_b
        FROM led l JOIN named n ON lower(n.name) = lower(l.rest) AND n.entity_id <> l.entity_id
          AND n.org_type IS NOT DISTINCT FROM l.org_type
          AND (n.jurisdiction = l.jurisdiction OR 'unknown' IN (n.jurisdiction, l.jurisdiction))
        WHERE l.short = array_to_string(list_transform(list_filter(string_split(l.rest, ' '),
          lambda w: w <> '' AND regexp_matches(w, '^[A-Z]')), lambda w: w[1]), '')
        ORDER BY a, b"""
    )


def _two_places(a: str, b: str) -> bool:
    """True when the words of two names that the other lacks name two different known places ("Zhejiang
    University", "Zhenjiang University"): two places a letter apart are two places, not a misspelling ("Macau",
    "Macao" are one)."""
    ta, tb = a.split(), b.split()
    only_a = {canonical(t) for t in ta if t not in tb} - {None}
    only_b = {canonical(t) for t in tb if t not in ta} - {None}
    return bool(only_a and only_b and only_a != only_b)


@lru_cache(maxsize=1)
def _side_words() -> list[tuple[str, str]]:
    """(word of nationality or place, jurisdiction) for the words a "between A and B" phrase may join ("British",
    "UK")."""
    from_demonyms = {d: place_label(d) for d in demonyms()}
    return sorted((w, j) for w, j in from_demonyms.items() if j)


def between_sides_pattern() -> str:
    """RE2: "between British and Chinese organisations" (`partnership_side_nouns.txt`), the two words captured."""
    words_ = "|".join(re.escape(w) for w, _ in sorted(_side_words(), key=lambda x: (-len(x[0]), x[0])))
    nouns = "|".join(f"(?:{n})" for n in read_lines("partnership_side_nouns.txt"))
    return rf"\bbetween ({words_}) and ({words_}) (?:[a-z][\w-]* ){{0,2}}(?i:{nouns})\b"


SIDE_JURISDICTIONS = tuple(j for j in JURISDICTIONS if j not in ("other", "unknown"))
"""The jurisdictions a deal's sentence may place an unplaced party in: the UK, mainland China, Hong Kong, Macao."""


def register_paired_sides(store: Store) -> None:
    """`paired_sides(entity_id, jurisdiction)`: where a party no cue places stands because its article says its deals
    are "between British and Chinese organisations" (`between_sides_pattern`) and its partner in a two-party deal of
    that article stands on one of the two sides: on the other ("Orrin Care and the Tarn Hospital signed", the
    hospital Chinese -> Orrin Care British), or because the deal's own sentence names places of two jurisdictions,
    Britain and one of China's, one its placed partners' and the other none of theirs ("Orrin Care, the Kestrel
    maker, signed with the Tarn Hospital in Eastport": the hospital Chinese -> Orrin Care British; a Hong Kong
    partner and "students from China" say nothing), or because it publishes the article, its own release, whose
    places lie on two sides, its partners' and one other ("our pathologists in Scotland", a Shenzhen hospital the
    partner -> the publisher British); only when every such deal agrees. The facts keep "unknown"
    (their text does not place the body itself); `register_entities` gives the entity this side."""
    store.con.execute("CREATE OR REPLACE TEMP TABLE side_words (word VARCHAR, jurisdiction VARCHAR)")
    store.con.executemany("INSERT INTO side_words VALUES (?, ?)", _side_words())
    store.create(
        "paired_sides",
        """WITH stated AS (
          SELECT DISTINCT doc_id, regexp_extract(sentence, $pattern, 1) AS w1,
            regexp_extract(sentence, $pattern, 2) AS w2
          FROM facts WHERE sentence IS NOT NULL AND regexp_matches(sentence, $pattern)
        ), sided AS (
          SELECT DISTINCT s.doc_id, [a.jurisdiction, b.jurisdiction] AS sides FROM stated s
          JOIN side_words a ON a.word = s.w1 JOIN side_words b ON b.word = s.w2 WHERE a.jurisdiction <> b.jurisdiction
        ), one AS (  -- an article stating one pair of sides
          SELECT doc_id, any_value(sides) AS sides FROM sided GROUP BY doc_id HAVING count(*) = 1
        ), deals AS (
          SELECT f.doc_id, list_distinct(f.party_ids) AS pids, o.sides FROM facts f JOIN one o USING (doc_id)
          WHERE f.kind = 'partnership' AND len(list_distinct(f.party_ids)) = 2
        ), ends AS (
          SELECT d.sides, ea.canon_id AS pid, coalesce(ea.jurisdiction, 'unknown') AS own,
            coalesce(eb.jurisdiction, 'unknown') AS partner
          FROM deals d JOIN entities ea ON ea.entity_id = d.pids[1] JOIN entities eb ON eb.entity_id = d.pids[2]
          UNION ALL
          SELECT d.sides, eb.canon_id, coalesce(eb.jurisdiction, 'unknown'), coalesce(ea.jurisdiction, 'unknown')
          FROM deals d JOIN entities ea ON ea.entity_id = d.pids[1] JOIN entities eb ON eb.entity_id = d.pids[2]
        ), opposite AS (
          SELECT pid, list_filter(sides, lambda j: j <> partner)[1] AS jurisdiction FROM ends
          WHERE own = 'unknown' AND list_contains(sides, partner)
        ), deal_places AS (  -- a deal whose own sentence names places of exactly two jurisdictions
          SELECT f.fact_id, any_value(list_distinct(f.party_ids)) AS pids, list(DISTINCT p.jurisdiction) AS named
          FROM facts f JOIN facts p ON p.doc_id = f.doc_id AND p.sentence_start = f.sentence_start
          WHERE f.kind = 'partnership' AND len(list_distinct(f.party_ids)) >= 2 AND p.kind = 'place'
            AND list_contains($sides, p.jurisdiction)
          GROUP BY f.fact_id HAVING count(DISTINCT p.jurisdiction) = 2
        ), members AS (
          SELECT d.fact_id, d.named, e.canon_id AS pid, coalesce(e.jurisdiction, 'unknown') AS own
          FROM (SELECT fact_id, named, unnest(pids) AS party_id FROM deal_places) d
          JOIN entities e ON e.entity_id = d.party_id
        ), partners AS (  -- the one jurisdiction of a deal's placed parties
          SELECT fact_id, any_value(named) AS named, any_value(own) AS partner FROM members WHERE own <> 'unknown'
          GROUP BY fact_id HAVING count(DISTINCT own) = 1
        ), named_opposite AS (  -- a British place and a Chinese one: two places of China say nothing of either side
          SELECT m.pid, list_filter(p.named, lambda j: j <> p.partner)[1] AS jurisdiction
          FROM members m JOIN partners p USING (fact_id)
          WHERE m.own = 'unknown' AND list_contains(p.named, p.partner) AND list_contains(p.named, 'UK')
        ), publishing AS (  -- the party an article is published by: its own release, written from its side
          SELECT DISTINCT d.doc_id, e.canon_id AS pid FROM documents d
          JOIN facts o ON o.doc_id = d.doc_id AND o.kind = 'organization' AND o.start < d.publisher_end
            AND d.publisher_start < o."end"
          JOIN entities e ON e.entity_id = o.entity_id
          WHERE d.publisher IS NOT NULL AND coalesce(e.jurisdiction, 'unknown') = 'unknown'
        ), release_sides AS (
          SELECT u.doc_id, u.pid,
            (SELECT list(DISTINCT p.jurisdiction) FROM facts p WHERE p.doc_id = u.doc_id AND p.kind = 'place'
              AND list_contains($sides, p.jurisdiction)) AS named,
            (SELECT list(DISTINCT q.jurisdiction) FROM facts f, unnest(f.party_ids) AS x(party_id)
              JOIN entities q ON q.entity_id = x.party_id
              WHERE f.doc_id = u.doc_id AND f.kind = 'partnership' AND list_contains(f.party_ids, u.pid)
                AND q.canon_id <> u.pid AND list_contains($sides, q.jurisdiction)) AS partners
          FROM publishing u
        ), release_opposite AS (
          -- a British publisher's partners are all Chinese, or a Chinese one's all British, and the article names
          -- places of the two sides only ("our pathologists in Scotland" in a university's release on its Shenzhen
          -- centre with a Shenzhen hospital)
          SELECT pid, list_filter(named, lambda j: NOT list_contains(partners, j))[1] AS jurisdiction
          FROM release_sides
          WHERE len(partners) > 0 AND list_has_all(named, partners)
            AND len(list_filter(named, lambda j: NOT list_contains(partners, j))) = 1
            AND (list_contains(named, 'UK') <> list_contains(partners, 'UK'))
        )
        SELECT pid AS entity_id, any_value(jurisdiction) AS jurisdiction
        FROM (SELECT * FROM opposite UNION ALL SELECT * FROM named_opposite UNION ALL SELECT * FROM release_opposite)
        GROUP BY pid HAVING count(DISTINCT jurisdiction) = 1""",
        {"pattern": between_sides_pattern(), "sides": list(SIDE_JURISDICTIONS)},
    )


OWNER_BEFORE = (
    r"^\s*['’]s\s+$|^\s*,?\s*acting\s+(?:on behalf of|for)\s+(?:its|their)\s+(?:[^.;]*\b(?:its|their|and)\s+)?$"
)
"""Text between an owner's name and its unit's: "Y's X", "Y, acting on behalf of its A and its X"."""
OWNER_AFTER = r"^\s*,?\s+(?:of|at)\s+(?:the\s+)?$"
"""Text between a unit's name and its owner's: "X of Y", "X at the Y"."""


@lru_cache(maxsize=1)
def unit_pattern() -> str:
    """Whole head words of a unit of a larger body (`partnership_unit_heads.txt`) as one RE2 pattern (case-folded)."""
    alts = sorted({re.escape(w.lower()) for w in words("partnership_unit_heads.txt")}, key=lambda w: (-len(w), w))
    return r"\b(?:" + "|".join(alts) + r")\b"


LISTED_BEFORE = re.compile(r"(?:,|\band\b|&)\s*(?:the\s+)?$", re.I)
LISTED_AFTER = re.compile(r"^\s*(?:\([^()]*\)\s*)?(?:,|\band\b|&)\s*(?:the\s+)?", re.I)


def listed_with_parties(sentence: str, name: str, parties: list[str]) -> bool:
    """True when `name` is written in `sentence` in a list with the parties ("X, Y and the Z Campaign remain
    committed"): then it is one more body named next to them, not the name the sentence gives their cooperation
    ("X and Y launched the Z Initiative")."""
    at = sentence.lower().find(name.lower())
    if at < 0:
        return False
    before, after = sentence[:at], sentence[at + len(name) :]
    lead, tail = LISTED_BEFORE.search(before), LISTED_AFTER.match(after)
    head = before[: lead.start()].rstrip().lower() if lead else None
    rest = after[tail.end() :].lower() if tail else None
    return any(
        (head is not None and head.endswith(party.lower())) or (rest is not None and rest.startswith(party.lower()))
        for party in parties
    )


def _set_names(store: Store, names: dict[str, str | None]) -> None:
    """Give partnerships of `p` their name (fact id -> name, None to drop it) in one statement."""
    if not names:
        return
    ids = sorted(names)
    store.con.register(
        "_names_arrow",
        pa.table({"fact_id": pa.array(ids, pa.string()), "name": pa.array([names[i] for i in ids], pa.string())}),
    )
    try:
        store.con.execute(
            f"""UPDATE p SET initiative = n.name, ikey = {name_key("n.name")} FROM _names_arrow n
            WHERE p.fact_id = n.fact_id"""
        )
    finally:
        store.con.unregister("_names_arrow")


def drop_listed_names(store: Store) -> None:
    """A partnership's name is the name its own sentence gives the cooperation: a name listed with the parties
    (`listed_with_parties`) is dropped, and the statement is unnamed."""
    rows = store.stream(
        """SELECT p.fact_id, s.sentence, p.initiative, s.parties FROM p JOIN scoped s USING (fact_id)
        WHERE p.initiative IS NOT NULL ORDER BY p.fact_id""",
    )
    _set_names(store, {fid: None for fid, sentence, name, parties in rows
                       if listed_with_parties(sentence or "", name, [x for x in parties or [] if x])})  # fmt: skip


@lru_cache(maxsize=1)
def pair_pattern() -> str:
    """Words standing for the parties of a partnership together (`partnership_pair_words.txt`), one RE2 pattern."""
    return r"\b(?:" + "|".join(f"(?:{p})" for p in read_lines("partnership_pair_words.txt")) + r")\b"


@lru_cache(maxsize=1)
def organiser_pattern() -> str:
    """Words saying a statement's parties organise an event (`initiative_organiser_words.txt`), one RE2 pattern."""
    return "|".join(f"(?:{p})" for p in read_lines("initiative_organiser_words.txt"))


@lru_cache(maxsize=1)
def initiative_heads() -> tuple[str, ...]:
    """Last words that make a name an initiative's (`initiative_heads.txt`), lower case, longest first."""
    return tuple(sorted({w.lower() for w in words("initiative_heads.txt")}, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def refers_back_pattern() -> str:
    """RE2: a sentence whose subject stands for a cooperation stated before it, by a determiner and the head word of
    an initiative or of a joint body or a noun for a cooperation ("The institute will receive £4.2 million", "This
    programme is funded with...", "The exchange is funded by...", "The deal is supported by...": `cooperation_nouns`),
    or whose opening phrase puts what it says under that cooperation ("Under the agreement, B will cover ..."), the
    noun in group 1."""
    heads = "|".join(re.escape(h) for h in cooperation_nouns())
    under = r"(?:(?:under|as part of)\s+(?:the terms of\s+)?)?"
    return rf"(?i)^\W*{under}(?:the|this|that|its|their)\s+(?:[\w-]+\s+){{0,3}}({heads})s?\b"


def spent_on_pattern() -> str:
    """RE2: a sentence that puts a sum into a cooperation stated before it, by a determiner and the noun for it after
    the sum ("Last year £120,000 went into the programme", "A will contribute £4m towards the project", "a fund of
    £3m will support the centre's work"), the noun in group 1."""
    heads = "|".join(re.escape(h) for h in cooperation_nouns())
    return (
        rf"(?i)\d[^.;:]{{0,30}}?\s+(?:in|into|to|towards|for|(?:will\s+|would\s+|to\s+)?"
        rf"(?:support|supports|fund|funds|finance|finances|cover|covers))\s+(?:the|this|that|its|their)\s+"
        rf"(?:[\w-]+\s+){{0,2}}({heads})(?:s|'s|’s)?\b"
    )


@lru_cache(maxsize=1)
def cooperation_nouns() -> tuple[str, ...]:
    """The nouns a sentence uses for a cooperation stated before it, longest first: the head words of initiatives and
    joint bodies and the common nouns for a cooperation (`initiative_heads`, `body_heads`, `reference_nouns`,
    `generic_nouns`)."""
    return tuple(sorted({*initiative_heads(), *body_heads(), *reference_nouns(), *generic_nouns()},
                        key=lambda w: (-len(w), w)))  # fmt: skip


@lru_cache(maxsize=1)
def generic_nouns() -> tuple[str, ...]:
    """Nouns a later sentence uses for whatever cooperation its article stated last (`initiative_generic_nouns.txt`:
    "The deal is supported by ..."), lower case."""
    return tuple(sorted({w.lower() for w in words("initiative_generic_nouns.txt")}))


@lru_cache(maxsize=1)
def deal_noun_pattern() -> str:
    """RE2 over lower-case words: a noun naming one deal or scheme (`initiative_deal_nouns.txt`), the noun in group
    1 ("a framework worth ...", "its acquisition of B")."""
    nouns = "|".join(
        re.escape(w.lower()) for w in sorted(words("initiative_deal_nouns.txt"), key=lambda w: (-len(w), w))
    )
    return rf"\b({nouns})s?\b"


@lru_cache(maxsize=1)
def for_it_pattern() -> str:
    """RE2 over the words right after a sum: it is spent on a cooperation the article stated before, named by a
    determiner and its noun, in group 1 ("budgeted MOP 20 million for the scheme", "£2 million a year to the
    programme", "£1 million for its side of the exchange", "£1.5 million over four years for the Eastport centre";
    `initiative_heads.txt`, `initiative_body_heads.txt`, `initiative_reference_nouns.txt`,
    `initiative_generic_nouns.txt`)."""
    heads = "|".join(re.escape(h) for h in cooperation_nouns())
    return (
        r"(?i)^\W{0,3}(?:(?:a|per|each|every) year\s+"
        r"|over\s+(?:the\s+)?(?:next\s+|first\s+)?[\w-]+\s+(?:years?|months?)\s+)?"
        r"(?:for|to|on|towards|into)\s+(?:the|this|that|its|their)\s+"
        rf"(?:[\w-]+\s+){{0,3}}({heads})s?\b"
    )


@lru_cache(maxsize=1)
def cost_alone_pattern() -> str:
    """RE2: a sentence whose subject is a cost or budget standing alone, with no "of ..." naming what it is the cost of
    ("The total budget is £2.5 million", "Its cost, estimated at ..."): the cost of the cooperation stated just
    before it (`initiative_cost_subjects.txt`)."""
    nouns = "|".join(re.escape(w) for w in sorted(words("initiative_cost_subjects.txt"), key=lambda w: (-len(w), w)))
    return (
        rf"(?i)^\W*(?:the|its|their)\s+(?:[\w-]+\s+)?(?:{nouns})s?\s*(?:,|\b(?:is|was|will|would|stands|comes|amounts"
        r"|totals|reaches|runs)\b)"
    )


@lru_cache(maxsize=1)
def cost_subject_pattern() -> str:
    """RE2: a sentence whose subject is what a cooperation costs (`initiative_cost_subjects.txt` after a determiner:
    "The cost, estimated at £2 million, ...", "Its total budget of ...")."""
    nouns = "|".join(re.escape(w) for w in sorted(words("initiative_cost_subjects.txt"), key=lambda w: (-len(w), w)))
    return rf"(?i)^\W*(?:the|its|their)\s+(?:[\w-]+\s+)?(?:{nouns})s?\b"


@lru_cache(maxsize=1)
def cost_bearer_pattern() -> str:
    """RE2: words saying who bears a cost (`initiative_cost_bearers.txt`: "shared equally", "met by the trust")."""
    return rf"(?i)\b(?:{'|'.join(re.escape(w) for w in sorted(words('initiative_cost_bearers.txt')))})\b"


RENEWED_DEAL = (
    r"(?i)^\s+(?:[\w-]+\s+)?"
    r"(?:partnerships?|agreements?|memorand(?:um|a)|mous?|deals?|pacts?|accords?|collaborations?)\b"
)
"""RE2 over the words right after a date: a deal noun, which makes the date the year of the deal a renewal renews
("renews and extends a 2019 partnership"), not the renewal's."""


@lru_cache(maxsize=1)
def renewal_pattern() -> str:
    """RE2: words saying a cooperation is renewed (`initiative_renewal_words.txt`)."""
    return r"(?i)\b(?:" + "|".join(f"(?:{p})" for p in read_lines("initiative_renewal_words.txt")) + r")\b"


@lru_cache(maxsize=1)
def reference_nouns() -> tuple[str, ...]:
    """Common nouns a later sentence uses for a cooperation its article has stated (`initiative_reference_nouns.txt`:
    "the exchange", "this deal"), lower case."""
    return tuple(sorted({w.lower() for w in words("initiative_reference_nouns.txt")}))


AUXILIARIES = r"(?:is|was|are|were|will|would|has|have|had|also|can|could|shall|should|must|may)"
"""Words after a pronoun that make it the subject of its sentence ("It is funded", "They will")."""


@lru_cache(maxsize=1)
def pronoun_subject_pattern() -> str:
    """RE2: a sentence whose subject is a pronoun carrying on the subject of the sentence before it
    (`initiative_pronoun_subjects.txt` before an auxiliary: "It is funded with £4.6 million")."""
    alts = "|".join(re.escape(w.lower()) for w in words("initiative_pronoun_subjects.txt"))
    return rf"(?i)^\W*(?:{alts})\s+{AUXILIARIES}\b"


def names_from_sentences(store: Store) -> None:
    """An unnamed partnership whose own sentence describes what it sets up in the words the article names it with
    elsewhere ("X teamed up with Y to set up an international stroke centre" and "The International Stroke Centre
    will open...") takes that name: an organisation of the article, not one of its parties, whose name ends with an
    initiative head (`initiative_heads.txt`) and is written in the sentence (case aside) but not named there as a
    body (a venue: "X and Y met at the Z Conference Centre")."""
    rows = store.stream(
        r"""SELECT DISTINCT p.fact_id, lower(s.sentence) AS sentence, o.name, o.entity_id
        FROM p JOIN scoped s USING (fact_id)
        JOIN scoped o ON o.doc_id = p.doc_id AND o.kind = 'organization' AND o.name IS NOT NULL
        JOIN entities e ON e.entity_id = o.entity_id
        WHERE p.initiative IS NULL AND NOT list_contains(p.pids, e.canon_id) AND strpos(trim(o.name), ' ') > 0
          AND strpos(lower(s.sentence), lower(regexp_replace(o.name, '^(?i:the)\s+', ''))) > 0
          -- written there as a description, not named there (a venue named in the sentence is not its name)
          AND NOT EXISTS (SELECT 1 FROM scoped n WHERE n.doc_id = p.doc_id AND n.sentence_start = p.sentence_start
            AND n.kind = 'organization' AND n.entity_id = o.entity_id)
        ORDER BY p.fact_id, o.name""",
    )
    heads = initiative_heads()
    named: dict[str, str] = {}
    for fid, _, name, _ in rows:
        last = name.lower()
        if any(last == h or last.endswith(" " + h) for h in heads) and len(name) > len(named.get(fid, "")):
            named[fid] = name
    _set_names(store, named)


@lru_cache(maxsize=1)
def launch_words() -> str:
    """Verbs bringing a joint body or programme into being (`initiative_launch_words.txt`), one Python alternation."""
    return "|".join(f"(?:{p})" for p in read_lines("initiative_launch_words.txt"))


_GOVERNS = re.compile(r"\s(?:of|for|on|in)\s", re.I)
_AUX = (
    r"(?:(?:was|were|is|are|has been|have been|had been|will be|to be|being)\s+)?"
    r"(?:(?:officially|formally|jointly|recently|newly|also)\s+)?"
)
"""An auxiliary and an adverb between a name and the participle that launches it ("was officially launched")."""


def initiative_head(name: str) -> str | None:
    """The head word that makes `name` an initiative's, lower case: the last word of its part before of/for/on/in
    (`initiative_heads.txt`, `initiative_body_heads.txt`: "Northvale-Eastbay Centre for Stroke Care" -> "centre");
    None for a name of one word or another head."""
    gov = _GOVERNS.split(name.strip(), maxsplit=1)[0].strip()
    if len(name.split()) < 2 or not gov:
        return None
    gov = gov.lower()
    heads = initiative_heads() + body_heads()
    return next((h for h in heads if gov == h or gov.endswith(" " + h)), None)


@lru_cache(maxsize=1)
def body_heads() -> tuple[str, ...]:
    """Head words of a joint body partners set up together (`initiative_body_heads.txt`), lower case."""
    return tuple(sorted({w.lower() for w in words("initiative_body_heads.txt")}, key=lambda w: (-len(w), w)))


def launched_in(sentence: str, name: str) -> bool:
    """True when `sentence` brings `name` into being: it is the object of a launch verb ("unveiled the X Centre",
    "took the lead in establishing the X Alliance") or its subject in the passive ("the X Alliance was launched")."""
    at = sentence.find(name)
    if at < 0:
        return False
    verbs = launch_words()
    before = re.search(rf"\b(?:{verbs})\s+(?:(?:the|a|an|its|their|a new|the new|a joint|the joint)\s+)?$",
                       sentence[:at], re.I)  # fmt: skip
    after = re.match(rf"^\s*(?:\([^()]*\)\s*)?,?\s*{_AUX}(?:{verbs})\b", sentence[at + len(name) :], re.I)
    return bool(before or after)


def describes(sentence: str, head: str) -> bool:
    """True when `sentence` says its parties set up something of that head word in lower case ("A and B will set up
    a centre of excellence for stroke care": "centre")."""
    return bool(re.search(rf"\b(?:{launch_words()})\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,5}}?{re.escape(head)}\b",
                          sentence))  # fmt: skip


_DEAL_NOUN = r"(?:agreements?|deals?|memorand(?:um|a)|contracts?|accords?|pacts?)"


def deal_of_kind(sentence: str, head: str) -> bool:
    """True when `sentence` names its deal by that head word in lower case ("the alliance agreement was signed by
    ...": "alliance")."""
    return head in deal_kinds(sentence)


@lru_cache(maxsize=1)
def _deal_kind_pattern() -> re.Pattern:
    heads = sorted(set(initiative_heads() + body_heads()), key=lambda h: (-len(h), h))
    return re.compile(rf"\b({'|'.join(re.escape(h) for h in heads)})\s+{_DEAL_NOUN}\b")


def deal_kinds(sentence: str) -> set[str]:
    """The initiative head words `sentence` names its deals by ("the joint laboratory agreement" -> "joint
    laboratory" and "laboratory"), read with one pattern of every head."""
    found = {m.group(1) for m in _deal_kind_pattern().finditer(sentence)}
    return {h for h in initiative_heads() + body_heads() for f in found if f == h or f.endswith(" " + h)}


SAME, NEXT, TOP, ELSEWHERE = 0, 1, 2, 3
"""Where the sentence naming a partnership stands from its own: the same sentence, a neighbour, the headline or
lead, elsewhere in the article (the order in which names are preferred)."""


@lru_cache(maxsize=1)
def naming_pattern() -> re.Pattern:
    """Words giving a cooperation its name (`initiative_naming_words.txt`) ending a text, a "the" after them read
    too."""
    alts = "|".join(re.escape(w) for w in sorted(words("initiative_naming_words.txt"), key=lambda w: (-len(w), w)))
    return re.compile(rf"\b(?:{alts})\s+(?:the\s+)?[\"“‘']?$", re.I)


def given_name(sentence: str, name: str) -> bool:
    """True when `sentence` gives `name` to the cooperation it states by naming words right before it ("a joint
    venture between A and B, to be called Eastbay-Westmoor Imaging": `naming_pattern`)."""
    at = sentence.find(name)
    return at >= 0 and bool(naming_pattern().search(sentence[:at]))


UNIT_OWNER = re.compile(r"(?:\b(?:its|their|his|her|our|my)|['’]s)\s+(?:own\s+)?$", re.I)
"""A possessive right before a name: "director of its Institute of X", "Y's X Centre" name a body's own unit."""


_POST_OF = re.compile(r"([A-Za-z-]+)\s+of\s+(?:the\s+)?$")
"""A post written right before a name ("Dean of the X College"): the name is the unit the post is held at."""


def owned_unit(sentence: str, name: str) -> bool:
    """True when `sentence` writes `name` as some body's own (`UNIT_OWNER`: "its X Institute", "Y's X Centre") or as
    the unit a person's post is held at ("Dean of the College of X at Y": `roles.is_role_head`): a unit of one body, not
    the name of what several set up together."""
    at = sentence.find(name)
    if at < 0:
        return False
    post = _POST_OF.search(sentence[:at])
    return bool(UNIT_OWNER.search(sentence[:at])) or (post is not None and is_role_head(post.group(1)))


def made_of_parties(name: str, parties: list[str]) -> bool:
    """True when `name` holds the own words (`names.own_words`: not head, field or level words) of two of `parties`
    ("the Northvale-Eastbay Centre for Ageing" of Northvale University and Eastbay Hospital): the name of what they
    set up together, naming them as a sentence that names a party does."""
    mine = own_words(name)
    return sum(1 for party in parties if own_words(party) and own_words(party) <= mine) >= 2


def name_from_context(cands: list[dict]) -> tuple[str, int] | None:
    """The name an unnamed partnership takes from the sentences of its article, and the start of the sentence it is
    named in; `cands` are the initiative-headed organisations of the article that no partnership has as a party, each
    with `name`, `sentence`, `sentence_start`, `where` (`SAME`, `NEXT`, `TOP`, `ELSEWHERE`), `names_party` (the
    sentence names one of its parties) and `own` (the partnership's sentence, lower case). A candidate counts when
    it is launched there (`launched_in`), or, in a neighbouring sentence or the headline or lead, when that sentence
    names one of its parties; elsewhere, when it is launched and the partnership's sentence describes what it sets
    up by the same head word (`describes`) or names its deal by it (`deal_of_kind`: "the alliance agreement") and no
    other name launched in the article has that head. When the partnership's sentence names its deal by a head word,
    a name of another head is none of its names. A name the
    partnership's own sentence gives it ("to be called X": `given_name`) counts whatever its head word. Nearest
    first, then the longest name, then alphabetical."""
    ok = []
    launched_heads: dict[str, set[str]] = {}
    # "The alliance agreement was signed by ...": the statement says what kind of cooperation it is
    kinds = deal_kinds(cands[0]["own"]) if cands else set()
    for c in cands:
        if owned_unit(c["sentence"], c["name"]):
            continue
        if c["where"] == SAME and given_name(c["sentence"], c["name"]):
            ok.append((SAME, -len(c["name"]), c["name"], c["sentence_start"], ""))
            continue
        head = initiative_head(c["name"])
        if head is None or (kinds and head not in kinds):
            continue  # a laboratory is no name of "the alliance agreement"
        launched = launched_in(c["sentence"], c["name"])
        if launched:
            launched_heads.setdefault(head, set()).add(c["name"])
        if c["where"] == SAME:
            good = launched
        elif c["where"] in (NEXT, TOP):
            good = launched or c["names_party"]
        else:
            good = launched and (describes(c["own"], head) or head in kinds)
        if good:
            ok.append((c["where"], -len(c["name"]), c["name"], c["sentence_start"], head))
    ok = [o for o in sorted(ok) if o[0] != ELSEWHERE or len(launched_heads.get(o[4], ())) == 1]
    return (ok[0][2], ok[0][3]) if ok else None


def names_from_context(store: Store) -> None:
    """An unnamed partnership takes the name of a joint centre, alliance or programme its article launches or names
    next to it (`name_from_context`); `named_from(fact_id, doc_id, sentence_start)` keeps the sentence it is named
    in, which dates it as its own sentences do. A body that is a party of a partnership of any article never names
    one ("the Eastbay Academy of Sciences" is a body, even in an article where it only owns a party). A name in a
    sentence that states two partnerships goes to the one stated nearer it."""
    rows = store.stream(
        """WITH parties AS (  -- every party of a partnership of any article
          SELECT DISTINCT coalesce(e.canon_id, x.pid) AS pid
          FROM (SELECT unnest(party_ids) AS pid FROM facts WHERE kind = 'partnership') x
          LEFT JOIN entities e ON e.entity_id = x.pid
        ), party_names AS (  -- the names of two words or more of each unnamed partnership's bodies
          SELECT DISTINCT x.fact_id, pe.name
          FROM (SELECT fact_id, unnest(pids) AS pid FROM p WHERE initiative IS NULL) x
          JOIN entities pe ON pe.canon_id = x.pid
          WHERE pe.kind = 'organization' AND strpos(trim(pe.name), ' ') > 0)
        SELECT p.fact_id, lower(ps.sentence) AS own, o.name, o.sentence, o.sentence_start,
          CASE WHEN o.sentence_start = p.sentence_start THEN 0
            WHEN o.sentence_start - p.sentence_end BETWEEN 0 AND $gap
              OR p.sentence_start - o.sentence_end BETWEEN 0 AND $gap THEN 1
            WHEN o.section IN ('headline', 'lead') THEN 2 ELSE 3 END AS "where",
          -- the sentence names one of its parties, on its own or inside another name (a body's name of two words
          -- or more: a country's name inside a name says nothing)
          EXISTS (SELECT 1 FROM scoped n JOIN entities ne ON ne.entity_id = n.entity_id
            WHERE n.doc_id = o.doc_id AND n.sentence_start = o.sentence_start AND n.kind = 'organization'
              AND list_contains(p.pids, ne.canon_id))
          -- (each party looked up by its id: a join on `list_contains` compares every row with every entity)
          OR EXISTS (SELECT 1 FROM party_names pn WHERE pn.fact_id = p.fact_id AND strpos(o.sentence, pn.name) > 0)
            AS names_party,
          (SELECT list(pn.name ORDER BY pn.name) FROM party_names pn WHERE pn.fact_id = p.fact_id) AS party_names
        FROM p JOIN scoped ps ON ps.fact_id = p.fact_id
        JOIN scoped o ON o.doc_id = p.doc_id AND o.kind = 'organization' AND o.name IS NOT NULL
        JOIN entities e ON e.entity_id = o.entity_id
        WHERE p.initiative IS NULL
          AND e.canon_id NOT IN (SELECT pid FROM parties WHERE pid IS NOT NULL)
          -- a name in a sentence stating two partnerships is the nearer one's ("X was set up under an agreement
          -- between A and B, while A signed a partnership with C": X is not the second one's)
          AND NOT (o.sentence_start = p.sentence_start AND EXISTS (SELECT 1 FROM scoped q WHERE q.kind = 'partnership'
            AND q.doc_id = p.doc_id AND q.sentence_start = p.sentence_start AND q.fact_id <> p.fact_id
            AND abs(q.start - o.start) < abs(ps.start - o.start)))
        ORDER BY p.fact_id, o.sentence_start, o.start""",
        {"gap": NEXT_GAP},
    )
    found: dict[str, tuple[str, int]] = {}
    # the rows come in fact id order: one partnership's candidates at a time
    for fid, group in groupby(rows, key=lambda r: r[0]):
        cands = [
            {"own": own or "", "name": name, "sentence": sentence or "", "sentence_start": start, "where": where,
             "names_party": names_party or made_of_parties(name, list(party_names or ()))}
            for _, own, name, sentence, start, where, names_party, party_names in group
        ]  # fmt: skip
        got = name_from_context(cands)
        if got is not None:
            found[fid] = got
    _set_names(store, {fid: name for fid, (name, _) in found.items()})
    ids = sorted(found)
    store.con.register(
        "_named_from_arrow",
        pa.table(
            {"fact_id": pa.array(ids, pa.string()), "sentence_start": pa.array([found[i][1] for i in ids], pa.int64())}
        ),
    )
    try:
        store.con.execute("CREATE OR REPLACE TEMP TABLE named_from AS SELECT * FROM _named_from_arrow")
    finally:
        store.con.unregister("_named_from_arrow")


def register_units(store: Store) -> None:
    """`unit_of(pid, parent)` over the parties of `p`: a party that is a unit of another party (a department,
    school, institute or centre) counts as that party when statements are merged. A unit is read from the text
    ("Y's X Department", "Department of X of Y", "Y, acting on behalf of its X Institute", in one sentence) or from
    the name ("Y University Health Sciences Centre" is a unit of "Y University": the rest of the name holds a unit
    word). A party read as a unit of two different parties is left alone."""
    store.create(
        "unit_of",
        f"""WITH pe AS (
          SELECT DISTINCT x.pid, e.name, {name_key("e.name")} AS k
          FROM (SELECT DISTINCT unnest(pids) AS pid FROM p) x JOIN entities e ON e.entity_id = x.pid
        ), o AS (
          SELECT f.doc_id, f.start, f."end", f.sentence_start, f.sentence, e.canon_id AS pid, pe.name
          FROM facts f JOIN entities e ON e.entity_id = f.entity_id JOIN pe ON pe.pid = e.canon_id
          WHERE f.kind = 'organization'
        ), said AS (
          SELECT a.pid, b.pid AS parent FROM o a JOIN o b ON a.doc_id = b.doc_id
            AND a.sentence_start = b.sentence_start AND a.pid <> b.pid
          WHERE regexp_matches(lower(a.name), $unit) AND (
            (b."end" <= a.start AND regexp_matches(
              substr(a.sentence, b."end" - a.sentence_start + 1, a.start - b."end"), $before))
            OR (a."end" <= b.start AND regexp_matches(
              substr(a.sentence, a."end" - a.sentence_start + 1, b.start - a."end"), $after)))
        ), starts AS (  -- every run of two or more words of a party's name, looked up as another party's name
          SELECT pid, w, unnest(range(1, len(w))) AS i FROM (SELECT pid, string_split(k, ' ') AS w FROM pe)
        ), runs AS (
          SELECT pid, w, i, unnest(range(i + 1, len(w) + 1)) AS j FROM starts
        ), named AS (
          SELECT r.pid, b.pid AS parent FROM runs r JOIN pe b ON b.k = array_to_string(r.w[r.i:r.j], ' ')
            AND b.pid <> r.pid
          WHERE regexp_matches(' ' || array_to_string(r.w[1:r.i - 1], ' ') || ' '
            || array_to_string(r.w[r.j + 1:len(r.w)], ' ') || ' ', $unit)
        ), both_ AS (SELECT * FROM said UNION SELECT * FROM named)
        SELECT pid, min(parent) AS parent FROM both_
        WHERE pid NOT IN (SELECT parent FROM both_)  -- one level: a parent is never itself a unit here
        GROUP BY pid HAVING count(DISTINCT parent) = 1""",
        {"unit": unit_pattern(), "before": OWNER_BEFORE, "after": OWNER_AFTER},
    )
    store.create(
        "p",
        """WITH f AS (
          SELECT x.fact_id, list_sort(list_distinct(list(coalesce(u.parent, x.pid)))) AS mpids
          FROM (SELECT fact_id, unnest(pids) AS pid FROM p) x LEFT JOIN unit_of u ON u.pid = x.pid
          GROUP BY x.fact_id
        )
        SELECT p.*, f.mpids FROM p JOIN f USING (fact_id)""",
    )


RELATIVE_GAP = r",\s+(?:which|where|whose|who)\b"
"""RE2: a relative clause opening between a sum and a statement of cooperation after it ("..., which A and B run
jointly"): the statement describes a body the sum's clause names."""


def _gap(statement: str, fact: str) -> str:
    """SQL: characters between a partnership statement's words (`trigger`) and a fact of its sentence (an amount, a
    date; `store.span_gap`)."""
    s, a = statement, fact
    return span_gap(f"{a}.start", f'{a}."end"', f"{s}.start", f"({s}.start + coalesce(length({s}.trigger), 0))")


_fields_agree = "(x.field IS NULL OR y.field IS NULL OR x.field = 'other' OR y.field = 'other' OR x.field = y.field)"
"""Two statements of one article are one cooperation only when the fields they state agree (or one states none):
"A, B and C will work together on infectious diseases" is not "B, C and D signed an emergency care agreement"."""


@lru_cache(maxsize=1)
def connectors() -> list[str]:
    """Words that join the words of a name and say nothing of what it names (`org_connectors.txt`)."""
    return sorted(words("org_connectors.txt"))


def _name_words(key: str) -> str:
    """SQL: the words of a folded name (`name_key`) in order, connectors left out (`$connectors`)."""
    return f"list_filter(string_split({key}, ' '), lambda t: t <> '' AND NOT list_contains($connectors, t))"


def _initials(words_: str) -> str:
    """SQL: the first letters of a list of words, as one word."""
    return f"array_to_string(list_transform({words_}, lambda t: t[1]), '')"


def short_form(a: str, b: str) -> str:
    """SQL true when the folded name `a` (`name_key`) is the folded name `b` or a short form of it: each of its
    words (connectors aside) is one of `b`'s ("institute" of "northvale eastbay institute for ageing"), or it is one
    word made of the initials of `b`'s words, with or without the connectors ("neia"). Needs `$connectors`."""
    wa, wb = _name_words(a), _name_words(b)
    every = f"string_split({b}, ' ')"
    return (
        f"(len({wa}) >= 1 AND (list_has_all({wb}, {wa}) OR (len({wa}) = 1 AND len({wb}) >= 2"
        f" AND {wa}[1] IN ({_initials(wb)}, {_initials(every)}))))"
    )


def _one_head(targets: str, sources: str) -> str:
    """SQL: the WITH clauses `article` and `linked`, for each statement of `targets` the one head (`gkey`) the
    statements of `sources` give it: those of its article with the same parties, and those it is linked to in its
    article (`near_links`); a statement they give several heads gets none."""
    return f"""article AS (
            SELECT u.fact_id, min(q.gkey) AS gkey FROM {targets} u JOIN {sources} q ON q.doc_id = u.doc_id
              AND q.mpids = u.mpids
            GROUP BY u.fact_id HAVING count(DISTINCT q.gkey) = 1
          ), linked AS (
            SELECT u.fact_id, min(q.gkey) AS gkey
            FROM {targets} u JOIN (SELECT a, b FROM near_links UNION SELECT b, a FROM near_links) n ON n.a = u.fact_id
            JOIN {sources} q ON q.fact_id = n.b GROUP BY u.fact_id HAVING count(DISTINCT q.gkey) = 1
          )"""


def group_names(store: Store) -> None:
    """Add `gkey` to `p`: the folded name of the initiative each statement speaks of (NULL when none). Statements of
    one party set are one initiative only when their names are compatible (`short_form`: "the Institute", "NEIA"
    and "the Northvale–Eastbay Institute for Ageing"); two names of the same parties neither of which is a short
    form of the other ("the Northvale Biobank") are two initiatives. Among the names of a party set, those that are
    no other's short form head its initiatives (one words set, one head: its first folded name); a name takes the
    one head it is a short form of, or, a short form of several, the one head named in its own article, else
    stands alone. An unnamed statement takes the one head its party set names in its article, else the one head of
    the statements it is linked to in its article (`near_links`), else the head of its party set stated most
    often: one more deal of the same parties is one of their named initiatives, not a third one; unless it states a
    field the statements naming that head do not ("the two universities will also run a joint PhD" beside their
    named research centre is a cooperation of its own). A name taken from
    the sentences around a statement (`names_from_context`) is a guess: it yields, as an unnamed statement does, to
    the one head its article names for the same parties or that its linked statements name ("the new project" set
    up with the partners of the named initiative its article launches is that initiative, whatever institute the
    next sentence names)."""
    params = {"connectors": connectors()}
    store.create(
        "name_heads",
        f"""WITH named AS (SELECT DISTINCT mpids, ikey FROM p WHERE ikey IS NOT NULL
        ), keyed AS (
          SELECT mpids, ikey, list_sort(list_distinct({_name_words("ikey")})) AS wset FROM named
        ), under AS (  -- each name and the names of its party set it is a short form of (itself included)
          SELECT a.mpids, a.ikey AS short, b.ikey AS long, b.wset, a.wset = b.wset AS same
          FROM keyed a JOIN keyed b ON a.mpids = b.mpids
          WHERE a.wset = b.wset OR {short_form("a.ikey", "b.ikey")}
        ), heads AS (  -- no other name's short form: one head per words set
          SELECT k.mpids, k.wset, min(k.ikey) AS gkey FROM keyed k
          WHERE NOT EXISTS (SELECT 1 FROM under u WHERE u.mpids = k.mpids AND u.short = k.ikey AND NOT u.same)
          GROUP BY k.mpids, k.wset
        )
        SELECT DISTINCT u.mpids, u.short AS ikey, h.gkey FROM under u
        JOIN heads h ON h.mpids = u.mpids AND h.wset = u.wset""",
        params,
    )
    con = store.con
    con.execute("ALTER TABLE p ADD COLUMN IF NOT EXISTS gkey VARCHAR")
    con.execute(
        """UPDATE p SET gkey = g.gkey FROM (
          SELECT f.fact_id, CASE WHEN count(DISTINCT h.gkey) = 1 THEN min(h.gkey)
            WHEN count(DISTINCT d.gkey) = 1 THEN min(d.gkey) ELSE min(f.ikey) END AS gkey
          FROM p f JOIN name_heads h USING (mpids, ikey)
          -- the heads the statement's own article names
          LEFT JOIN (SELECT DISTINCT q.doc_id, q.mpids, q.ikey AS gkey FROM p q
            JOIN name_heads n ON n.mpids = q.mpids AND n.gkey = q.ikey) d
            ON d.doc_id = f.doc_id AND d.mpids = f.mpids AND d.gkey = h.gkey
          GROUP BY f.fact_id) g
        WHERE p.fact_id = g.fact_id"""
    )
    con.execute(
        f"""UPDATE p SET gkey = g.gkey FROM (
          WITH own AS (  -- statements named by their own sentences
            SELECT * FROM p WHERE ikey IS NOT NULL AND fact_id NOT IN (SELECT fact_id FROM named_from)
          ), guessed AS (SELECT * FROM p WHERE fact_id IN (SELECT fact_id FROM named_from)
          ), {_one_head("guessed", "own")}
          SELECT u.fact_id, coalesce(a.gkey, l.gkey) AS gkey FROM guessed u
          LEFT JOIN article a USING (fact_id) LEFT JOIN linked l USING (fact_id)
          WHERE coalesce(a.gkey, l.gkey) IS NOT NULL) g
        WHERE p.fact_id = g.fact_id"""
    )
    con.execute(
        f"""UPDATE p SET gkey = g.gkey FROM (
          WITH {_one_head("(SELECT * FROM p WHERE ikey IS NULL)", "(SELECT * FROM p WHERE gkey IS NOT NULL)")},
          usual AS (
            SELECT mpids, arg_max(gkey, (n, -rank)) AS gkey FROM (
              SELECT mpids, gkey, count(*) AS n, dense_rank() OVER (PARTITION BY mpids ORDER BY gkey) AS rank
              FROM p WHERE gkey IS NOT NULL GROUP BY mpids, gkey)
            GROUP BY mpids
          ),
          head_fields AS (  -- the fields the statements naming each head of a party set state in their own words
            SELECT mpids, gkey, list(DISTINCT field) AS fields FROM p
            WHERE ikey IS NOT NULL AND gkey IS NOT NULL AND field IS NOT NULL AND field <> 'other' GROUP BY mpids, gkey
          )
          SELECT u.fact_id, coalesce(a.gkey, l.gkey, s.gkey) AS gkey FROM p u
          LEFT JOIN article a USING (fact_id) LEFT JOIN linked l USING (fact_id) LEFT JOIN usual s USING (mpids)
          LEFT JOIN head_fields h ON h.gkey = coalesce(a.gkey, l.gkey, s.gkey) AND h.mpids = u.mpids
          LEFT JOIN p_sides ps ON ps.fact_id = u.fact_id
          WHERE u.ikey IS NULL
            -- a statement of another field is another cooperation of the same parties (the joint degree of the two
            -- universities setting up a named research centre); one between places only restates its bodies'
            -- whatever field its words suggest (`near_links`)
            AND (u.field IS NULL OR u.field = 'other' OR h.fields IS NULL OR list_contains(h.fields, u.field)
              OR coalesce(ps.places_only, FALSE))) g
        WHERE p.fact_id = g.fact_id"""
    )


@lru_cache(maxsize=1)
def routine_publication_pattern() -> re.Pattern:
    """A partnership's sentence from its own words on that only says its parties put out a routine publication
    together (`initiative_routine_publications.txt`: "jointly released the city's health statistics bulletin")."""
    return re.compile("|".join(f"(?:{p})" for p in read_lines("initiative_routine_publications.txt")), re.I)


def drop_routine_publications(store: Store) -> None:
    """A joint publication of routine statistics or reports (`routine_publication_pattern`) is no cooperation
    initiative: its statement leaves `p`, listed in `routine_statements(fact_id)` (no step of the timeline either)."""
    rows = store.stream(
        """SELECT p.fact_id, substr(s.sentence, greatest(s.start - s.sentence_start, 0) + 1) FROM p
        JOIN scoped s USING (fact_id) ORDER BY p.fact_id""",
    )
    routine = [fid for fid, rest in rows if routine_publication_pattern().match(rest or "")]
    store.con.register("_routine_arrow", pa.table({"fact_id": pa.array(routine, pa.string())}))
    try:
        store.con.execute("CREATE OR REPLACE TEMP TABLE routine_statements AS SELECT fact_id FROM _routine_arrow")
    finally:
        store.con.unregister("_routine_arrow")
    store.con.execute("DELETE FROM p WHERE fact_id IN (SELECT fact_id FROM routine_statements)")


@lru_cache(maxsize=1)
def part_cue_pattern() -> str:
    """Words tying a partnership's sentence to a cooperation stated before it (`initiative_part_cues.txt`), one RE2
    pattern."""
    return "(?i)(?:" + "|".join(f"(?:{p})" for p in read_lines("initiative_part_cues.txt")) + ")"


def register_parts(store: Store) -> None:
    """`part_links(a, b)`: within one article, a statement whose parties (or their units' owners) are all parties of
    one earlier statement with more parties, and whose sentence ties it to what was stated before
    (`initiative_part_cues.txt`: "Alongside the trial, the trust and the hospital will run a fellowship" after "A, B,
    C and D formed a research consortium"), is part of that cooperation, whatever field or name it states. Two
    earlier cooperations of other party sets holding its parties leave it alone, and deals of different partners
    (a trade mission's list) never hold each other's parties."""
    store.create(
        "part_links",
        """WITH cued AS (
          SELECT x.* FROM p x JOIN scoped s USING (fact_id) WHERE regexp_matches(s.sentence, $cue)
        ), wider AS (
          SELECT x.fact_id AS a, y.fact_id AS b, y.mpids FROM cued x JOIN p y ON y.doc_id = x.doc_id
            AND y.sentence_start < x.sentence_start AND len(y.mpids) > len(x.mpids) AND list_has_all(y.mpids, x.mpids)
        )
        SELECT a, min(b) AS b FROM wider GROUP BY a HAVING count(DISTINCT mpids) = 1""",
        {"cue": part_cue_pattern()},
    )


def _propagate(store: Store) -> None:
    """Connected components of `initiative_links(a, b)` as `initiative_of(fact_id, initiative_id)`: every fact
    takes the smallest fact id it is linked to, round after round, until nothing changes."""
    con = store.con
    con.execute(
        """CREATE OR REPLACE TEMP TABLE links AS
        SELECT a, b FROM initiative_links WHERE a <> b UNION SELECT b, a FROM initiative_links WHERE a <> b"""
    )
    con.execute("CREATE OR REPLACE TEMP TABLE initiative_of AS SELECT fact_id, fact_id AS initiative_id FROM p")
    for _ in range(_MAX_ROUNDS):
        con.execute(
            """CREATE OR REPLACE TEMP TABLE next_of AS
            SELECT o.fact_id, least(o.initiative_id, coalesce(min(n.initiative_id), o.initiative_id)) AS initiative_id
            FROM initiative_of o LEFT JOIN links l ON l.a = o.fact_id
            LEFT JOIN initiative_of n ON n.fact_id = l.b
            GROUP BY o.fact_id, o.initiative_id"""
        )
        changed = con.execute(
            """SELECT count(*) FROM next_of x JOIN initiative_of o USING (fact_id)
            WHERE x.initiative_id <> o.initiative_id"""
        ).fetchone()[0]
        con.execute("CREATE OR REPLACE TEMP TABLE initiative_of AS SELECT * FROM next_of")
        if not changed:
            return
    raise RuntimeError("initiative links did not settle")  # pragma: no cover - a bound on label propagation


GAPPED_PAYER = r"(?:the\s+)?(?-i:[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|for|and|the|on|in|&)){0,9})\s+"
"""A name standing for its clause's verb, left out after the list's joiner ("A will provide £3m and the B Council 20m
yuan"): capitalised words, with the small words of a name between them."""
LISTED_SUMS = (
    r"(?i)^[^;:]{0,160}?(?:,|\band|\bplus|\bas well as)\s+"
    rf"(?:(?:a further|another|an additional|up to|about|around|some|nearly|almost|more than|over)\s+|{GAPPED_PAYER})?$"
)
"""RE2 over the words between two sums of one sentence that are parts of one list ("£12 million and £9.5 million",
"£4.6 million from A and RMB 25 million from B", "£2m, £1m and £0.5m", "A is investing £2m and B 14m yuan"): a
clause's words ending with a list's joiner, or with it and the name of the next sum's payer (`GAPPED_PAYER`), not
"£1 million ($1.3 million)", a conversion, nor "a £5m deal, which follows a £20m round")."""


def register(store: Store) -> None:
    """Create `initiative_of` and `initiatives` from the `scoped` facts (see the module's docstring)."""
    con = store.con
    register_rates(store)
    register_entities(store)
    timeline.register_dates(store)
    store.create(
        "p",
        f"""WITH raw AS (
          SELECT fact_id, doc_id, group_id, canonical, sentence_start, sentence_end, start, weight, section, field,
            initiative, party_ids, text AS trigger FROM scoped WHERE kind = 'partnership'
        ), folded AS (
          SELECT x.fact_id, list_sort(list_distinct(list(coalesce(e.canon_id, x.pid)))) AS pids
          FROM (SELECT fact_id, unnest(party_ids) AS pid FROM raw) x LEFT JOIN entities e ON e.entity_id = x.pid
          WHERE x.pid IS NOT NULL AND x.pid <> '' GROUP BY x.fact_id
        )
        SELECT r.* EXCLUDE (party_ids), coalesce(f.pids, []) AS pids, {name_key("r.initiative")} AS ikey
        FROM raw r LEFT JOIN folded f USING (fact_id)""",
    )
    con.execute("DELETE FROM p WHERE len(pids) < 2")
    drop_routine_publications(store)
    drop_listed_names(store)
    names_from_sentences(store)
    names_from_context(store)
    register_units(store)
    con.execute(
        """CREATE OR REPLACE TEMP TABLE p_sides AS
        SELECT x.fact_id, list_sort(list_distinct(list(coalesce(e.jurisdiction, 'unknown')))) AS sides,
          bool_and(starts_with(x.pid, 'place:')) AS places_only
        FROM (SELECT fact_id, unnest(mpids) AS pid FROM p) x LEFT JOIN entities e ON e.entity_id = x.pid
        GROUP BY x.fact_id"""
    )
    con.execute(
        f"""CREATE OR REPLACE TEMP TABLE near_links AS
        WITH between_places AS (
          -- within one article, an unnamed statement between places only ("Eastport and Westbay deepen medical
          -- cooperation", a headline) restates a cooperation of that article between bodies of the same sides: the
          -- one stated nearest it (the first after a headline), never standing as a cooperation of its own
          SELECT x.fact_id AS a, y.fact_id AS b
          FROM p x JOIN p_sides xs ON xs.fact_id = x.fact_id AND xs.places_only
            AND NOT list_contains(xs.sides, 'unknown')
          JOIN p y ON y.doc_id = x.doc_id AND y.fact_id <> x.fact_id
          JOIN p_sides ys ON ys.fact_id = y.fact_id AND NOT ys.places_only AND list_has_all(ys.sides, xs.sides)
          -- whatever field its own words suggest ("Norvia and Tarrow to work together on eye care": their
          -- ministries' talks)
          WHERE x.ikey IS NULL
          QUALIFY row_number() OVER (PARTITION BY x.fact_id
            ORDER BY abs(y.sentence_start - x.sentence_start), y.sentence_start, y.fact_id) = 1
        )
        SELECT a, b FROM between_places
        UNION ALL
        SELECT x.fact_id, y.fact_id FROM p x JOIN p y ON x.doc_id = y.doc_id AND x.fact_id < y.fact_id
          AND len(list_intersect(x.mpids, y.mpids)) >= {MIN_SHARED} AND {_fields_agree}
        UNION ALL
        -- within one article, an unnamed statement whose parties (or their units' owners) are all parties of
        -- another statement is that statement restated
        SELECT x.fact_id, y.fact_id FROM p x JOIN p y ON x.doc_id = y.doc_id AND x.fact_id <> y.fact_id
          AND x.ikey IS NULL AND list_has_all(y.mpids, x.mpids) AND {_fields_agree}"""
    )
    group_names(store)
    register_parts(store)
    order = ", ".join(f"'{f}'" for f in field_order())
    con.execute(
        f"""CREATE OR REPLACE TEMP TABLE initiative_links AS
        WITH stated AS (  -- the field each statement states in its own words ("other" states none)
          SELECT fact_id, doc_id, mpids, gkey, nullif(field, 'other') AS fc FROM p
        ), per_field AS (
          SELECT mpids, gkey, fc, min(fact_id) AS field_first, count(*) AS n FROM stated GROUP BY ALL
        ), main_field AS (  -- the field most of these parties' statements state, ties in the lexicon's order
          SELECT mpids, gkey, field_first AS first_stated FROM per_field WHERE fc IS NOT NULL
          QUALIFY row_number() OVER (PARTITION BY mpids, gkey ORDER BY n DESC, list_position([{order}], fc)) = 1
        ), sets AS (
          SELECT s.*, count(DISTINCT s.fc) OVER (PARTITION BY s.mpids, s.gkey) AS n_fields,
            count(s.fc) OVER (PARTITION BY s.mpids, s.gkey, s.doc_id) AS doc_fields,
            min(s.fact_id) OVER (PARTITION BY s.mpids, s.gkey) AS first_id,
            min(s.fact_id) OVER (PARTITION BY s.mpids, s.gkey, s.doc_id) AS doc_first,
            f.field_first, m.first_stated
          FROM stated s
          LEFT JOIN per_field f ON f.mpids = s.mpids AND f.gkey IS NOT DISTINCT FROM s.gkey
            AND f.fc IS NOT DISTINCT FROM s.fc
          LEFT JOIN main_field m ON m.mpids = s.mpids AND m.gkey IS NOT DISTINCT FROM s.gkey
        )
        -- the same parties are one cooperation, in one article or across articles; across articles, unnamed
        -- statements of the same parties in two fields are two ("a training memorandum" in one article, "a
        -- referral agreement" in another), an article stating no field joining the field most of them state
        SELECT fact_id AS a, CASE WHEN gkey IS NOT NULL OR n_fields <= 1 THEN first_id ELSE first_stated END AS b
        FROM sets WHERE gkey IS NOT NULL OR n_fields <= 1 OR doc_fields = 0
        UNION ALL
        SELECT fact_id, doc_first FROM sets WHERE gkey IS NULL AND n_fields > 1
        UNION ALL
        SELECT fact_id, field_first FROM sets WHERE gkey IS NULL AND n_fields > 1 AND fc IS NOT NULL
        UNION ALL
        SELECT a, b FROM part_links
        UNION ALL
        -- the links within one article join statements of one name group, or unnamed ones, or compatible names
        SELECT n.a, n.b FROM near_links n JOIN p x ON x.fact_id = n.a JOIN p y ON y.fact_id = n.b
        WHERE x.gkey IS NOT DISTINCT FROM y.gkey
          OR (x.gkey IS NOT NULL AND y.gkey IS NOT NULL
            AND ({short_form("x.gkey", "y.gkey")} OR {short_form("y.gkey", "x.gkey")}))
        UNION ALL
        SELECT x.fact_id, y.fact_id FROM p x JOIN p y ON x.gkey = y.gkey AND x.fact_id < y.fact_id
          AND x.ikey IS NOT NULL AND y.ikey IS NOT NULL AND len(list_intersect(x.mpids, y.mpids)) >= 1""",
        {"connectors": connectors()},
    )
    _propagate(store)
    register_broad_places(store)
    store.create(
        "initiatives",
        f"""WITH m AS (SELECT p.*, o.initiative_id FROM p JOIN initiative_of o USING (fact_id)),
        names AS (
          SELECT initiative_id, initiative AS name FROM (
            SELECT initiative_id, initiative, row_number() OVER (PARTITION BY initiative_id
              ORDER BY count(*) DESC, length(initiative) DESC, initiative) AS r
            FROM m WHERE initiative IS NOT NULL GROUP BY initiative_id, initiative) WHERE r = 1
        ),
        fields AS (
          SELECT initiative_id, field FROM (
            -- a part of a larger cooperation (`part_links`: "Alongside the trial, ... a fellowship") does not
            -- decide the field of the whole, nor does a statement between places restating its bodies' ("Norvia
            -- and Tarrow to work together on eye care": their ministries' talks)
            SELECT initiative_id, field, row_number() OVER (PARTITION BY initiative_id
              ORDER BY (field = 'other') ASC, count(*) FILTER (WHERE fact_id NOT IN (SELECT a FROM part_links)
                AND len(list_filter(pids, lambda x: NOT starts_with(x, 'place:'))) > 0) DESC,
                count(*) DESC, list_position([{order}], field)) AS r
            FROM m WHERE field IS NOT NULL GROUP BY initiative_id, field) WHERE r = 1
        ),
        member_ids AS (SELECT DISTINCT initiative_id, unnest(pids) AS pid FROM m),
        parties AS (
          SELECT initiative_id, list(pid ORDER BY lower(e.name), pid) AS party_ids,
            list(e.name ORDER BY lower(e.name), pid) AS parties,
            list(coalesce(e.jurisdiction, 'unknown') ORDER BY lower(e.name), pid) AS sides,
            list(coalesce(e.org_type, e.kind) ORDER BY lower(e.name), pid) AS types
          FROM member_ids x
          LEFT JOIN entities e ON e.entity_id = x.pid
          -- a unit is named by its owner when the owner is a party too
          WHERE NOT EXISTS (SELECT 1 FROM unit_of u JOIN member_ids q ON q.pid = u.parent
            WHERE u.pid = x.pid AND q.initiative_id = x.initiative_id)
            -- a place is named by a body of its side when one is a party too ("Eastport and Westbay deepen
            -- cooperation" restating the agreement of their bodies): a body named for it, any body of its side
            -- when it is a country or province, or when the place signs beside no body in any statement; a town
            -- or district signing with hospitals ("Eastport district signed agreements with A and B") is a party
            AND NOT (starts_with(x.pid, 'place:') AND EXISTS (SELECT 1 FROM member_ids q
              JOIN entities f ON f.entity_id = q.pid WHERE q.initiative_id = x.initiative_id
                AND NOT starts_with(q.pid, 'place:') AND f.jurisdiction = e.jurisdiction
                AND (contains(lower(f.name), lower(e.name))
                  OR x.pid IN (SELECT entity_id FROM broad_places)
                  OR NOT EXISTS (SELECT 1 FROM m WHERE m.initiative_id = x.initiative_id
                    AND list_contains(m.pids, x.pid)
                    AND len(list_filter(m.pids, lambda y: NOT starts_with(y, 'place:'))) > 0))))
          GROUP BY initiative_id
        ),
        -- the statements that speak for a named initiative's date and money: those naming it (the parties' other
        -- work together, merged with it, lends it neither a year nor a sum)
        named_m AS (SELECT m.* FROM m LEFT JOIN names n USING (initiative_id)
          WHERE n.name IS NULL OR m.initiative = n.name),
        sentences AS (SELECT DISTINCT initiative_id, doc_id, sentence_start FROM named_m),
        next_to AS (
          SELECT DISTINCT s.initiative_id, s.doc_id, s.sentence_start, n.sentence_start AS near_start
          FROM (SELECT DISTINCT initiative_id, doc_id, sentence_start, sentence_end FROM named_m) s
          JOIN (SELECT DISTINCT doc_id, sentence_start, sentence_end FROM scoped) n ON n.doc_id = s.doc_id
            AND (n.sentence_start - s.sentence_end BETWEEN 0 AND {NEXT_GAP}
              OR s.sentence_start - n.sentence_end BETWEEN 0 AND {NEXT_GAP})
          -- a neighbour that states another cooperation speaks for that one
          WHERE NOT EXISTS (SELECT 1 FROM m q WHERE q.doc_id = n.doc_id AND q.sentence_start = n.sentence_start
            AND q.initiative_id <> s.initiative_id)
        ),
        article_sentences AS (SELECT DISTINCT doc_id, sentence_start, sentence_end, sentence, section FROM scoped),
        gaps AS (  -- characters between a date and each initiative its sentence states
          SELECT d.fact_id AS date_id, d.date, o.initiative_id,
            min({_gap("o", "d")}) AS gap
          FROM named_m o JOIN step_dates d ON d.doc_id = o.doc_id AND d.sentence_start = o.sentence_start
          WHERE NOT d.plan GROUP BY d.fact_id, d.date, o.initiative_id
        ),
        stated AS (
          -- a date of a sentence stating several initiatives dates the one stated nearest it ("In March, A signed
          -- with B, and a venture of A and C was set up in 2022": March is B's, 2022 C's)
          SELECT initiative_id, date FROM gaps QUALIFY gap = min(gap) OVER (PARTITION BY date_id)
          UNION ALL
          -- a neighbour dating a signing or launch speaks for it when it names one of its parties or stands for it
          -- ("The agreement was signed in May 2023"); not one about something else ("It was approved in 2023")
          SELECT n.initiative_id, d.date FROM next_to n JOIN step_dates d ON d.doc_id = n.doc_id
            AND d.sentence_start = n.near_start
          WHERE NOT d.plan AND regexp_matches(lower(d.sentence), $launch)
            AND (regexp_matches(d.sentence, $refers) OR EXISTS (SELECT 1 FROM member_ids pp
              JOIN entities e ON e.canon_id = pp.pid
              JOIN scoped o ON o.doc_id = n.doc_id AND o.sentence_start = n.near_start AND o.entity_id = e.entity_id
                AND o.kind IN ('organization', 'place')
              WHERE pp.initiative_id = n.initiative_id))
          UNION ALL
          -- the sentence launching the body it is named after (`names_from_context`)
          SELECT m.initiative_id, d.date FROM m JOIN named_from nf USING (fact_id)
          JOIN step_dates d ON d.doc_id = m.doc_id AND d.sentence_start = nf.sentence_start
          WHERE NOT d.plan
          UNION ALL
          -- the one partnership of an article, dated where the article signs or launches it as "the pair"
          SELECT o.initiative_id, d.date FROM (
            SELECT doc_id, min(initiative_id) AS initiative_id FROM m GROUP BY doc_id
            HAVING count(DISTINCT initiative_id) = 1) o
          JOIN step_dates d ON d.doc_id = o.doc_id
          WHERE NOT d.plan AND regexp_matches(lower(d.sentence), $launch) AND regexp_matches(lower(d.sentence), $pair)
        ),
        years AS (
          SELECT initiative_id, min(left(date, 4)) AS first_year, max(left(date, 4)) AS latest_year,
            'stated' AS dated
          FROM stated GROUP BY initiative_id
        ),
        renewed AS (
          -- a renewal its sentence does not date is a step of the year its article reports it
          SELECT s.initiative_id, left(max(doc.published), 4) AS year FROM sentences s
          JOIN article_sentences x ON x.doc_id = s.doc_id AND x.sentence_start = s.sentence_start
          JOIN documents doc ON doc.doc_id = s.doc_id
          WHERE doc.published IS NOT NULL AND regexp_matches(x.sentence, $renewal)
            -- the year of what it renews ("renews a 2019 partnership") does not date the renewal
            AND NOT EXISTS (SELECT 1 FROM step_dates d WHERE d.doc_id = s.doc_id
              AND d.sentence_start = s.sentence_start AND NOT d.plan
              AND NOT regexp_matches(substr(d.sentence, d."end" - d.sentence_start + 1, 40), $renewed_deal))
          GROUP BY s.initiative_id
        ),
        news AS (
          -- an initiative its article's headline or lead states is news of the day the article is published: the
          -- latest year of its cooperation, whatever history its other sentences date ("The deal builds on links
          -- that began in 2018": 2018-2025)
          SELECT m.initiative_id, left(max(doc.published), 4) AS year
          FROM m JOIN article_sentences x ON x.doc_id = m.doc_id AND x.sentence_start = m.sentence_start
          JOIN documents doc ON doc.doc_id = m.doc_id
          WHERE doc.published IS NOT NULL AND x.section IN ('headline', 'lead')
          GROUP BY m.initiative_id
        ),
        reported AS (
          SELECT m.initiative_id, left(min(doc.published), 4) AS first_year
          FROM m JOIN documents doc ON doc.doc_id = m.doc_id WHERE doc.published IS NOT NULL
          GROUP BY m.initiative_id
        ),
        said AS (  -- the sentences stating a partnership, with the initiatives they state
          SELECT doc_id, sentence_start, max(sentence_end) AS sentence_end, list(DISTINCT initiative_id) AS ids
          FROM m GROUP BY doc_id, sentence_start
        ),
        refer AS (
          -- a sentence stating no partnership whose subject stands for a cooperation by a determiner and a noun
          -- for it ("The exchange is funded by ..."), and the latest sentence before it stating a partnership
          -- or that puts a sum into it ("Last year £120,000 went into the programme": `spent_on_pattern`)
          SELECT s.doc_id, s.sentence_start, s.sentence_end,
            lower(coalesce(nullif(regexp_extract(s.sentence, $refers, 1), ''), regexp_extract(s.sentence, $spent, 1)))
              AS noun,
            (SELECT max(d.sentence_start) FROM said d WHERE d.doc_id = s.doc_id
              AND d.sentence_start < s.sentence_start) AS said_at
          FROM article_sentences s
          WHERE (regexp_matches(s.sentence, $refers) OR regexp_matches(s.sentence, $spent))
            AND NOT EXISTS (SELECT 1 FROM said d WHERE d.doc_id = s.doc_id AND d.sentence_start = s.sentence_start)
        ),
        called AS (
          -- the sentences stating one initiative (one naming it, when it has a name) that the article calls by a
          -- referring sentence's noun: in a sentence stating it, in its name, or in its headline or lead ("... agree
          -- stroke care exchange")
          SELECT r.doc_id, r.sentence_start, r.sentence_end, r.said_at, d.sentence_start AS stated_at,
            d.sentence_end AS stated_end, d.ids[1] AS initiative_id
          FROM refer r JOIN said d ON d.doc_id = r.doc_id AND d.sentence_start < r.sentence_start AND len(d.ids) = 1
          WHERE EXISTS (SELECT 1 FROM named_m q WHERE q.initiative_id = d.ids[1] AND q.doc_id = d.doc_id
              AND q.sentence_start = d.sentence_start)
        ),
        by_noun AS (
          -- it stands for the initiative of the latest sentence before it stating one the article calls by the noun
          -- ("A signed an agreement with B. ... C set up a joint venture with D in 2021. The agreement was signed on
          -- Monday": A and B's), else, for a noun any deal bears ("The deal is supported by ..."), the one the
          -- latest sentence stating a partnership states when it follows that closely
          SELECT arg_max(initiative_id, (is_called, stated_at)) AS initiative_id, doc_id, sentence_start,
            any_value(sentence_end) AS sentence_end
          FROM (
            SELECT c.*, EXISTS (SELECT 1 FROM named_m q JOIN article_sentences x ON x.doc_id = q.doc_id
                  AND x.sentence_start = q.sentence_start
                  WHERE q.initiative_id = c.initiative_id AND q.doc_id = c.doc_id
                    AND strpos(lower(x.sentence), r.noun) > 0)
                OR EXISTS (SELECT 1 FROM names n WHERE n.initiative_id = c.initiative_id
                  AND strpos(lower(n.name), r.noun) > 0)
                OR (c.stated_at = c.said_at AND EXISTS (SELECT 1 FROM article_sentences x WHERE x.doc_id = c.doc_id
                  AND x.section IN ('headline', 'lead') AND strpos(lower(x.sentence), r.noun) > 0)) AS is_called,
              c.stated_at = c.said_at AND list_contains($generic, r.noun)
                AND c.sentence_start - c.stated_end <= {NEAR_CHARS} AS generic
            FROM called c JOIN refer r ON r.doc_id = c.doc_id AND r.sentence_start = c.sentence_start
          ) WHERE is_called OR generic
          GROUP BY doc_id, sentence_start
        ),
        referring AS (
          SELECT * FROM by_noun
          UNION
          -- the sentence right after a sentence stating an initiative, unless its noun is another's
          SELECT n.initiative_id, n.doc_id, n.near_start, o.sentence_end FROM next_to n
          JOIN refer o ON o.doc_id = n.doc_id AND o.sentence_start = n.near_start
          WHERE n.near_start > n.sentence_start AND NOT EXISTS (SELECT 1 FROM by_noun b WHERE b.doc_id = n.doc_id
            AND b.sentence_start = n.near_start AND b.initiative_id <> n.initiative_id)
        ),
        chained AS (
          -- the sentence right after one of those, whose subject is a pronoun carrying it on ("The consortium's
          -- first trial will recruit 1,200 patients. It is funded with £4.6 million ...")
          -- or right after the one sentence stating it ("The X Centre brings together A and B. It is funded with
          -- £4 million from C")
          SELECT DISTINCT r.initiative_id, n.doc_id, n.sentence_start FROM (
            SELECT initiative_id, doc_id, sentence_end FROM referring
            UNION ALL
            SELECT d.ids[1], d.doc_id, d.sentence_end FROM said d WHERE len(d.ids) = 1
              AND EXISTS (SELECT 1 FROM named_m q WHERE q.initiative_id = d.ids[1] AND q.doc_id = d.doc_id
                AND q.sentence_start = d.sentence_start)
          ) r
          JOIN article_sentences n ON n.doc_id = r.doc_id AND n.sentence_start - r.sentence_end BETWEEN 0 AND {NEXT_GAP}
          WHERE regexp_matches(n.sentence, $pronoun)
            AND NOT EXISTS (SELECT 1 FROM said d WHERE d.doc_id = n.doc_id AND d.sentence_start = n.sentence_start)
        ),
        costed AS (
          -- a sentence stating no partnership whose subject is a cost and which says who bears it ("The cost,
          -- estimated at £2 million, will be shared equally"): the cost of the one initiative the latest sentence
          -- before it stating a partnership states (one naming it, when it has a name)
          -- a cost standing alone as the subject ("The total budget is £2.5 million") is that cooperation's when it
          -- follows it closely, no bearer said
          SELECT d.ids[1] AS initiative_id, c.doc_id, c.sentence_start FROM (
            SELECT s.doc_id, s.sentence_start, regexp_matches(s.sentence, $cost_bearer) AS borne,
              (SELECT max(d.sentence_start) FROM said d WHERE d.doc_id = s.doc_id
                AND d.sentence_start < s.sentence_start) AS said_at
            FROM article_sentences s
            WHERE regexp_matches(s.sentence, $cost_subject)
              AND (regexp_matches(s.sentence, $cost_bearer) OR regexp_matches(s.sentence, $cost_alone))
              AND NOT EXISTS (SELECT 1 FROM said d WHERE d.doc_id = s.doc_id AND d.sentence_start = s.sentence_start)
          ) c
          JOIN said d ON d.doc_id = c.doc_id AND d.sentence_start = c.said_at AND len(d.ids) = 1
            AND (c.borne OR c.sentence_start - d.sentence_end <= {NEAR_CHARS})
          WHERE EXISTS (SELECT 1 FROM named_m q WHERE q.initiative_id = d.ids[1] AND q.doc_id = d.doc_id
            AND q.sentence_start = d.sentence_start)
        ),
        terms AS (
          -- a sentence stating no partnership, closely after the one sentence stating a cooperation, that names one
          -- of its parties: its terms ("A signed a licence with B. B will pay an upfront fee of £2m"); only a sum its
          -- own words make money of cooperation counts there (`strict` below)
          SELECT d.ids[1] AS initiative_id, c.doc_id, c.sentence_start FROM (
            SELECT s.doc_id, s.sentence_start,
              (SELECT max(d.sentence_start) FROM said d WHERE d.doc_id = s.doc_id
                AND d.sentence_start < s.sentence_start) AS said_at
            FROM article_sentences s
            WHERE NOT EXISTS (SELECT 1 FROM said d WHERE d.doc_id = s.doc_id AND d.sentence_start = s.sentence_start)
              AND EXISTS (SELECT 1 FROM scoped f WHERE f.kind = 'amount' AND f.doc_id = s.doc_id
                AND f.sentence_start = s.sentence_start)
          ) c
          JOIN said d ON d.doc_id = c.doc_id AND d.sentence_start = c.said_at AND len(d.ids) = 1
            AND c.sentence_start - d.sentence_end <= {NEAR_CHARS}
          WHERE EXISTS (SELECT 1 FROM named_m q WHERE q.initiative_id = d.ids[1] AND q.doc_id = d.doc_id
              AND q.sentence_start = d.sentence_start)
            AND EXISTS (SELECT 1 FROM member_ids pp JOIN entities e ON e.canon_id = pp.pid
              JOIN scoped o ON o.doc_id = c.doc_id AND o.sentence_start = c.sentence_start
                AND o.entity_id = e.entity_id AND o.kind = 'organization'
              WHERE pp.initiative_id = d.ids[1])
        ),
        spending AS (
          -- a sentence stating no partnership that spends a sum on a cooperation by its noun ("The bureau has
          -- budgeted MOP 20 million for the scheme"), with the latest sentence before it stating one: a step of
          -- its own, so the test of each against the initiatives below runs over these few sentences only
          SELECT * FROM (
            SELECT s.doc_id, s.sentence_start,
              (SELECT max(d.sentence_start) FROM said d WHERE d.doc_id = s.doc_id
                AND d.sentence_start < s.sentence_start) AS said_at,
              (SELECT min(lower(regexp_extract(substr(f.sentence, greatest(f."end" - f.sentence_start, 0) + 1,
                  {SUM_AFTER_CHARS}), $for_it, 1)))
                FROM scoped f JOIN currency_rates r ON r.unit = f.unit WHERE f.kind = 'amount'
                AND f.doc_id = s.doc_id AND f.sentence_start = s.sentence_start
                AND regexp_matches(substr(f.sentence, greatest(f."end" - f.sentence_start, 0) + 1, {SUM_AFTER_CHARS}),
                  $for_it)) AS noun
            FROM article_sentences s
            WHERE NOT EXISTS (SELECT 1 FROM said d WHERE d.doc_id = s.doc_id AND d.sentence_start = s.sentence_start)
          ) WHERE noun IS NOT NULL
        ),
        dedicated AS (
          -- such a sentence closely after the one sentence stating the cooperation (`for_it_pattern`)
          SELECT d.ids[1] AS initiative_id, c.doc_id, c.sentence_start FROM spending c
          JOIN said d ON d.doc_id = c.doc_id AND d.sentence_start = c.said_at AND len(d.ids) = 1
          WHERE (EXISTS (SELECT 1 FROM named_m q WHERE q.initiative_id = d.ids[1]
              AND q.doc_id = d.doc_id AND q.sentence_start = d.sentence_start)
            -- closely after it, or by the noun its name or a sentence stating it calls it ("for its side of the
            -- exchange" of "the Harbour Nursing Exchange")
            AND (c.sentence_start - d.sentence_end <= {NEAR_CHARS}
              OR EXISTS (SELECT 1 FROM names n WHERE n.initiative_id = d.ids[1] AND strpos(lower(n.name), c.noun) > 0)
              OR EXISTS (SELECT 1 FROM named_m q JOIN article_sentences x ON x.doc_id = q.doc_id
                AND x.sentence_start = q.sentence_start
                WHERE q.initiative_id = d.ids[1] AND q.doc_id = c.doc_id AND strpos(lower(x.sentence), c.noun) > 0)))
            -- after another statement of it, by the noun its name ends with ("for the Eastport centre" of "the
            -- Orrin-Renhe Imaging Centre", after "Both bodies had agreed a memorandum in 2022")
            OR EXISTS (SELECT 1 FROM names n WHERE n.initiative_id = d.ids[1]
              AND ends_with(lower(n.name), c.noun))
        ),
        headlined AS (
          -- a headline stating no cooperation of its own but naming a party of the one initiative its article's
          -- lead states: its sum is that initiative's ("A grants B rights to sell its monitor, for up to US$20m",
          -- the lead naming B)
          SELECT l.initiative_id, h.doc_id, h.sentence_start FROM (
            SELECT doc_id, min(initiative_id) AS initiative_id FROM m WHERE section = 'lead' GROUP BY doc_id
            HAVING count(DISTINCT initiative_id) = 1) l
          JOIN (SELECT DISTINCT doc_id, sentence_start FROM scoped WHERE section = 'headline') h USING (doc_id)
          WHERE NOT EXISTS (SELECT 1 FROM m q WHERE q.doc_id = h.doc_id AND q.sentence_start = h.sentence_start)
            AND EXISTS (SELECT 1 FROM member_ids pp JOIN entities e ON e.canon_id = pp.pid
              JOIN scoped o ON o.doc_id = h.doc_id AND o.sentence_start = h.sentence_start
                AND o.entity_id = e.entity_id AND o.kind = 'organization'
              WHERE pp.initiative_id = l.initiative_id)
        ),
        money_sentences AS (
          SELECT initiative_id, doc_id, sentence_start, false AS near, false AS cost, false AS strict FROM sentences
          UNION
          SELECT initiative_id, doc_id, sentence_start, true AS near, false AS cost, false AS strict FROM headlined
          UNION
          -- the sentence next to it, when that names one of its parties and states no partnership
          SELECT n.initiative_id, n.doc_id, n.near_start, true AS near, false AS cost, false AS strict FROM next_to n
          JOIN member_ids pp USING (initiative_id)
          JOIN entities e ON e.canon_id = pp.pid
          JOIN scoped o ON o.doc_id = n.doc_id AND o.sentence_start = n.near_start AND o.entity_id = e.entity_id
            AND o.kind IN ('organization', 'place')  -- a district that is a party names itself as a place
          WHERE NOT EXISTS (SELECT 1 FROM p q WHERE q.doc_id = n.doc_id AND q.sentence_start = n.near_start)
          UNION
          SELECT initiative_id, doc_id, sentence_start, true AS near, false AS cost, false AS strict FROM referring
          UNION
          SELECT initiative_id, doc_id, sentence_start, true AS near, false AS cost, false AS strict FROM chained
          UNION
          SELECT initiative_id, doc_id, sentence_start, true AS near, true AS cost, false AS strict FROM costed
          UNION
          SELECT initiative_id, doc_id, sentence_start, true AS near, false AS cost, false AS strict FROM dedicated
          UNION
          SELECT initiative_id, doc_id, sentence_start, true AS near, false AS cost, true AS strict FROM terms
        ),
        stated_nouns AS (  -- the deal nouns of the statements of an initiative in one sentence ("acquisition of")
          SELECT initiative_id, doc_id, sentence_start,
            list_distinct(flatten(list(regexp_extract_all(lower(coalesce(trigger, '')), $deal_nouns, 1)))) AS nouns
          FROM m GROUP BY initiative_id, doc_id, sentence_start
        ),
        money_words AS (  -- the amounts of those sentences, with the words around them (`sum_words`)
          SELECT DISTINCT f.fact_id, {sum_words("f")} FROM money_sentences s JOIN scoped f ON f.kind = 'amount'
            AND f.doc_id = s.doc_id AND f.sentence_start = s.sentence_start
          WHERE f.value IS NOT NULL AND coalesce(f.amount_type, 'figure') NOT IN ('change_percent', 'range_low')
        ),
        money_cand AS (
          SELECT s.initiative_id, f.fact_id, f.doc_id || '@' || f.sentence_start::VARCHAR AS sent, f.start,
            f.value * r.gbp AS gbp
          FROM money_sentences s JOIN scoped f ON f.kind = 'amount' AND f.doc_id = s.doc_id
            AND f.sentence_start = s.sentence_start
          JOIN currency_rates r ON r.unit = f.unit JOIN money_words w ON w.fact_id = f.fact_id
          WHERE f.section <> 'notes'  -- the page's notes are context
            -- a sum in a clause of someone's background is not the money of the cooperation its sentence reports,
            -- unless that clause alone states the cooperation ("his experience of working with A and B in a £1
            -- billion project", and no other word of A and B's work: the project's)
            AND (NOT {background_sum("f")} OR EXISTS (SELECT 1 FROM m o WHERE o.initiative_id = s.initiative_id
              AND o.doc_id = f.doc_id AND o.sentence_start = f.sentence_start AND {background_sum("f", "o.start")})
              AND NOT EXISTS (SELECT 1 FROM m o JOIN scoped os ON os.fact_id = o.fact_id
                WHERE o.initiative_id = s.initiative_id AND NOT {background_sum("os")}))
            -- a cooperation stated only in a clause describing a body after the sum ("vouchers worth HK$2,000 at
            -- the X Hospital, which A and B run jointly") says who runs the body, not whose the sum is
            AND (s.near OR EXISTS (SELECT 1 FROM m o WHERE o.initiative_id = s.initiative_id AND o.doc_id = f.doc_id
              AND o.sentence_start = f.sentence_start AND NOT (o.start > f."end" AND regexp_matches(
                substr(f.sentence, f."end" - f.sentence_start + 1, o.start - f."end"), $relative_gap))))
            -- a cost, a loss or a market's size is nobody's money ("estimated to cost the city £9 billion a year"),
            -- but the cost of the cooperation its parties bear is its money (`costed`)
            AND (s.cost OR {sum_cooperation("w")} IS DISTINCT FROM 'no')
            AND (NOT s.strict OR {sum_cooperation("w")} = 'yes')
            -- a sum of several deals stated next to one of them is their total, not this one's money
            AND NOT (s.near AND regexp_matches(coalesce(f.object, ''), $plural_deals))
            -- a sentence stating two cooperations: a sum is the money of the one whose words stand nearer it ("A
            -- closed a £5m round led by B, and separately licensed a drug to C": the £5m is not C's)
            AND (s.near OR NOT EXISTS (SELECT 1 FROM m q WHERE q.doc_id = f.doc_id
              AND q.sentence_start = f.sentence_start AND q.initiative_id <> s.initiative_id
              AND {_gap("q", "f")} < (SELECT min({_gap("o", "f")}) FROM m o WHERE o.initiative_id = s.initiative_id
                AND o.doc_id = f.doc_id AND o.sentence_start = f.sentence_start)))
            -- a sum whose object names another deal ("after joining a supply framework worth £90m") is
            -- not the money of the deal its sentence states by another noun ("its acquisition of B for £40m") when
            -- a sum of that deal's own noun stands beside it
            AND NOT EXISTS (SELECT 1 FROM stated_nouns sn WHERE NOT s.near AND sn.initiative_id = s.initiative_id
              AND sn.doc_id = f.doc_id AND sn.sentence_start = f.sentence_start
              AND len(regexp_extract_all(lower(coalesce(f.object, '')), $deal_nouns, 1)) > 0
              AND NOT list_has_any(regexp_extract_all(lower(coalesce(f.object, '')), $deal_nouns, 1), sn.nouns)
              AND EXISTS (SELECT 1 FROM scoped g JOIN currency_rates gr ON gr.unit = g.unit WHERE g.kind = 'amount'
                AND g.doc_id = f.doc_id AND g.sentence_start = f.sentence_start AND g.fact_id <> f.fact_id
                AND list_has_any(regexp_extract_all(lower(coalesce(g.object, '')), $deal_nouns, 1), sn.nouns)))
        ),
        money_top AS (
          SELECT initiative_id, arg_max(sent, (gbp, fact_id)) AS sent, max(gbp) AS gbp FROM money_cand
          GROUP BY initiative_id
        ),
        -- the largest sum, written as its sentence first writes it ("£1 million ($1.3 million)" is £1 million)
        money AS (
          SELECT c.initiative_id, arg_min(c.fact_id, (c.start, c.fact_id)) AS money_fact
          FROM money_cand c JOIN money_top t ON t.initiative_id = c.initiative_id AND t.sent = c.sent
            AND c.gbp >= {1 - SAME_SUM} * t.gbp
          GROUP BY c.initiative_id
        ),
        -- the sums listed with it in its sentence ("worth £12 million and £9.5 million respectively", "£4.6 million
        -- from A and RMB 25 million from B"): the words between two of them end as a list's do (`LISTED_SUMS`)
        money_parts AS (
          SELECT mo.initiative_id, list(c.fact_id ORDER BY c.start, c.fact_id) AS money_facts
          FROM money mo JOIN scoped t ON t.fact_id = mo.money_fact
          JOIN (SELECT DISTINCT initiative_id, fact_id, sent, start FROM money_cand) c
            ON c.initiative_id = mo.initiative_id AND c.sent = t.doc_id || '@' || t.sentence_start::VARCHAR
          JOIN scoped cf ON cf.fact_id = c.fact_id
          WHERE c.fact_id = mo.money_fact OR (regexp_matches(substr(t.sentence,
            least(t."end", cf."end") - t.sentence_start + 1, greatest(t.start, cf.start) - least(t."end", cf."end")),
            $listed)
            -- a list runs from the sum without a break: a sum between them that is not listed with it ends it ("worth
            -- £6 million, ... which will contribute £4 million and 20 million yuan respectively": the parts of
            -- the whole are not listed with it)
            AND NOT EXISTS (SELECT 1 FROM scoped x JOIN currency_rates xr ON xr.unit = x.unit
              WHERE x.kind = 'amount' AND x.doc_id = t.doc_id AND x.sentence_start = t.sentence_start
                AND x.start > least(t.start, cf.start) AND x.start < greatest(t.start, cf.start)
                AND NOT regexp_matches(substr(t.sentence, least(t."end", x."end") - t.sentence_start + 1,
                  greatest(t.start, x.start) - least(t."end", x."end")), $listed)))
          GROUP BY mo.initiative_id
        ),
        refs AS (  -- the sentences that stand for it without stating a partnership (`referring`, `chained`, `costed`)
          SELECT initiative_id,
            list_sort(list(DISTINCT {{'doc_id': doc_id, 'sentence_start': sentence_start}})) AS refers
          FROM (SELECT initiative_id, doc_id, sentence_start FROM referring
            UNION SELECT initiative_id, doc_id, sentence_start FROM chained
            UNION SELECT initiative_id, doc_id, sentence_start FROM costed)
          GROUP BY initiative_id
        ),
        support AS (
          SELECT initiative_id, count(*) AS n_articles, sum(best) AS where_points FROM (
            SELECT initiative_id, group_id, max(weight) AS best FROM m GROUP BY initiative_id, group_id)
          GROUP BY initiative_id
        ),
        cited AS (
          SELECT initiative_id, list(fact_id ORDER BY weight DESC, canonical DESC, doc_id, start, fact_id)
            AS fact_ids,
            -- every statement says its parties organise an event of it: they are its organisers
            bool_and(regexp_matches(lower(coalesce(trigger, '')), $organise)) AS organisers
          FROM m GROUP BY initiative_id
        )
        SELECT i.initiative_id, n.name, pa.parties, pa.party_ids, pa.sides, pa.types,
          coalesce(fi.field, 'other') AS field, coalesce(y.first_year, rp.first_year) AS first_year,
          greatest(coalesce(y.latest_year, rp.first_year), rn.year, nw.year) AS latest_year,
          CASE WHEN y.first_year IS NOT NULL THEN 'stated' WHEN rp.first_year IS NOT NULL THEN 'reported' END
            AS dated, mo.money_fact, coalesce(mp.money_facts, []) AS money_facts,
          su.n_articles, c.fact_ids, c.organisers, rf.refers,
          {STATE_LEVEL} AS state_level,
          su.where_points + len(pa.party_ids) - 2 + CASE WHEN mo.money_fact IS NULL THEN 0 ELSE 1 END
            + CASE WHEN {STATE_LEVEL} THEN {STATE_POINTS} ELSE 0 END AS score
        FROM (SELECT DISTINCT initiative_id FROM m) i
        JOIN parties pa USING (initiative_id) JOIN support su USING (initiative_id) JOIN cited c USING (initiative_id)
        LEFT JOIN names n USING (initiative_id) LEFT JOIN fields fi USING (initiative_id)
        LEFT JOIN years y USING (initiative_id) LEFT JOIN reported rp USING (initiative_id)
        LEFT JOIN money mo USING (initiative_id) LEFT JOIN money_parts mp USING (initiative_id)
        LEFT JOIN refs rf USING (initiative_id) LEFT JOIN renewed rn USING (initiative_id)
        LEFT JOIN news nw USING (initiative_id)""",
        {
            # a neighbouring sentence about its signing or launch: the vocabulary of cooperation or a verb bringing a
            # joint body into being ("The centre, set up in 2019, has ...")
            "launch": rf"(?:{timeline.event_pattern()})|\b(?:{launch_words()})\b",
            "renewal": renewal_pattern(),
            "renewed_deal": RENEWED_DEAL,
            "pair": pair_pattern(),
            "organise": organiser_pattern(),
            "plural_deals": "(?i)" + "|".join(read_lines("partnership_plural_deals.txt")),
            "relative_gap": RELATIVE_GAP,
            "refers": refers_back_pattern(),
            "spent": spent_on_pattern(),
            "pronoun": pronoun_subject_pattern(),
            "cost_subject": cost_subject_pattern(),
            "cost_bearer": cost_bearer_pattern(),
            "listed": LISTED_SUMS,
            "generic": list(generic_nouns()),
            "cost_alone": cost_alone_pattern(),
            "for_it": for_it_pattern(),
            "deal_nouns": deal_noun_pattern(),
        },
    )
    mark_weak(store)
    refine_money_fields(store)


CHINESE_SIDES = ("mainland China", "Hong Kong", "Macao")
CROSS_SIDE = f"(list_contains(sides, 'UK') AND list_has_any(sides, {list(CHINESE_SIDES)!r}))"
"""SQL over an `initiatives` row: it joins a UK party with a party of mainland China, Hong Kong or Macao."""
COUNTED = f"({CROSS_SIDE} AND NOT weak)"
"""SQL over an `initiatives` row: it counts in China–UK cooperation (who leads, the fields, the findings): it joins
the two sides and rests on more than one weak statement (`mark_weak`)."""
COUNTED_IDS = f"SELECT initiative_id FROM initiatives WHERE {COUNTED}"
"""SQL selecting the ids of the initiatives that count (`COUNTED`)."""


def own_field(sentence: str, field: str | None, names: list[str]) -> bool:
    """True when `sentence`, its bodies' names blanked, states `field` in its own words: "X and Y will train 40
    nurses" states education and training; "X has a special partnership with the city of Y" states none."""
    if not field or field == partnership_field.OTHER:
        return False
    return field in partnership_field.hits(partnership_field.blank(sentence, names))


def mark_weak(store: Store) -> None:
    """Add `weak` to `initiatives`: true for one that rests on one passing statement: one statement in one article,
    unnamed, with no money, no date stated for it and no field stated by its own sentence ("X has a special
    partnership with the city of Y"). Such a statement says two bodies are linked, not what they do together."""
    con = store.con
    con.execute("ALTER TABLE initiatives ADD COLUMN IF NOT EXISTS weak BOOLEAN DEFAULT FALSE")
    rows = store.stream(
        """SELECT i.initiative_id, s.sentence, i.field, list_concat(coalesce(s.parties, []), i.parties) AS names
        FROM initiatives i JOIN scoped s ON s.fact_id = i.fact_ids[1]
        WHERE i.n_articles = 1 AND len(i.fact_ids) = 1 AND i.name IS NULL AND i.money_fact IS NULL
          AND coalesce(i.dated, '') <> 'stated'
        ORDER BY i.initiative_id""",
    )
    weak = [iid for iid, sentence, field, names in rows
            if not own_field(sentence or "", field, [n for n in names or [] if n])]  # fmt: skip
    if weak:
        con.register("_weak_arrow", pa.table({"initiative_id": pa.array(weak, pa.string())}))
        try:
            con.execute(
                "UPDATE initiatives SET weak = TRUE WHERE initiative_id IN (SELECT initiative_id FROM _weak_arrow)"
            )
        finally:
            con.unregister("_weak_arrow")


TRADE = "trade and investment"
"""The field whose words include any sum of money (`partnership_fields.tsv`)."""
FUNDED = ("research", "education and training")
"""The fields that grants, fellowships and co-funded studies pay for: a cooperation in trade only by its sums is one of
these when its words say so."""


def money_free_field(statements: list[str], wider: list[str], sums: list[str], names: list[str]) -> str | None:
    """The field of a cooperation in trade by its sums alone, read again without them: None when its own statements
    (`names` and `sums` blanked) still name trade or investment; else research or education and training when they
    state it, or, when they state no field, when the article's headline and lead (`wider`, sums blanked) state it
    and name no trade ("a trade envoy's visit yields genomics deals" is business). A sum says how much is paid, not
    what for: "The renewal, worth £6 million, is co-funded by A and B" under "Stroke trials network wins renewal" is
    research."""

    def counts(texts: list[str]) -> dict[str, int]:
        out: dict[str, int] = {}
        for t in texts:
            for label, n in partnership_field.hits(partnership_field.blank(t, [*names, *sums])).items():
                out[label] = out.get(label, 0) + n
        return out

    own = counts(statements)
    if TRADE in own:
        return None
    found = partnership_field.best(own)
    if found is None:
        around = counts(wider)
        found = None if TRADE in around else partnership_field.best(around)
    return found if found in FUNDED else None


def refine_money_fields(store: Store) -> None:
    """Set the field of each initiative in trade and investment with money stated whose own words name no trade but
    its sums (`money_free_field`): research grants, fellowships and co-funded trials are not trade because money is
    stated."""
    rows = store.stream(
        """WITH t AS (SELECT initiative_id, parties, unnest(fact_ids) AS fact_id FROM initiatives
          WHERE field = $trade AND money_fact IS NOT NULL),
        st AS (SELECT t.initiative_id, any_value(t.parties) AS parties, list(DISTINCT s.sentence) AS statements,
            list(DISTINCT s.doc_id) AS docs,
            flatten(list(coalesce(s.parties, []))) AS named,
            list(DISTINCT {'doc_id': s.doc_id, 'sentence_start': s.sentence_start}) AS at
          FROM t JOIN scoped s ON s.fact_id = t.fact_id GROUP BY t.initiative_id)
        SELECT st.initiative_id, st.statements,
          (SELECT list(DISTINCT h.sentence) FROM scoped h WHERE list_contains(st.docs, h.doc_id)
            AND h.section IN ('headline', 'lead')) AS wider,
          (SELECT list(DISTINCT a.text) FROM scoped a JOIN currency_rates r ON r.unit = a.unit
            WHERE a.kind = 'amount' AND list_contains(st.docs, a.doc_id)) AS sums,
          (SELECT list(DISTINCT o.text) FROM scoped o WHERE o.kind = 'organization'
            AND list_contains(st.at, {'doc_id': o.doc_id, 'sentence_start': o.sentence_start})) AS orgs,
          list_concat(st.parties, st.named) AS names
        FROM st ORDER BY st.initiative_id""",
        {"trade": TRADE},
    )
    changed = {}
    for iid, statements, wider, sums, orgs, names in rows:
        found = money_free_field(list(statements or []), list(wider or []), [x for x in sums or [] if x],
                                 [n for n in [*(names or []), *(orgs or [])] if n])  # fmt: skip
        if found:
            changed[iid] = found
    if changed:
        store.con.register(
            "_fields_arrow",
            pa.table(
                {"initiative_id": pa.array(list(changed), pa.string()), "field": pa.array(list(changed.values()))}
            ),
        )
        try:
            store.con.execute(
                """UPDATE initiatives SET field = f.field FROM _fields_arrow f
                WHERE initiatives.initiative_id = f.initiative_id"""
            )
        finally:
            store.con.unregister("_fields_arrow")


def fields_by_year(store: Store, within: str | None = None) -> list[dict]:
    """Initiatives with a year (dated, or the year first reported) and a stated field (not "other"), counted per
    year and field, with the first statement of the most salient of each (to cite); with `within` (SQL selecting
    initiative ids), only those. Bounded by years times fields."""
    where = f"AND initiative_id IN ({within})" if within else ""
    return store.rows(
        f"""SELECT first_year AS year, field, count(*) AS n,
          arg_max(fact_ids[1], (score, initiative_id)) AS fact_id
        FROM initiatives WHERE first_year IS NOT NULL AND field <> 'other' {where}
        GROUP BY first_year, field ORDER BY first_year, field"""
    )


def top(store: Store, limit: int) -> list[dict]:
    """The most salient initiatives (the one ranking: score, then name, then id)."""
    return store.rows(
        """SELECT *, coalesce(name, array_to_string(parties, ' – ')) AS label FROM initiatives
        ORDER BY score DESC, n_articles DESC, lower(label), label, initiative_id LIMIT ?""",
        [limit],
    )


@lru_cache(maxsize=1)
def funder_patterns() -> tuple[tuple[str, str], ...]:
    """(after or before, RE2 pattern) of `sum_funders.tsv`, case-insensitive."""
    return tuple((side, "(?i)" + rx) for side, rx in table("sum_funders.tsv"))


def money_funders(store: Store, fact_ids: list[str]) -> dict[str, str]:
    """For each sum of `fact_ids`, the body its sentence says pays, grants or commits it (`sum_funders.tsv`: "£4.6
    million from the Kestrel Trust", "the Kestrel Charity, which has committed £180,000"), by its display name; the
    body named nearest the sum when several are; sums with none are left out."""
    between_after = 'substr(f.sentence, f."end" - f.sentence_start + 1, o.start - f."end")'
    between_before = 'substr(f.sentence, o."end" - f.sentence_start + 1, f.start - o."end")'
    hits = " OR ".join(
        f'(o.start >= f."end" AND regexp_matches({between_after}, {literal(rx)}))'
        if side == "after"
        else f'(o."end" <= f.start AND regexp_matches({between_before}, {literal(rx)}))'
        for side, rx in funder_patterns()
    )
    rows = store.rows(
        f"""SELECT f.fact_id, arg_min(coalesce(c.name, e.name, o.name),
            (least(abs(o.start - f."end"), abs(f.start - o."end")), o.start)) AS funder
        FROM {Store.of_ids("scoped")} f JOIN scoped o ON o.doc_id = f.doc_id AND o.sentence_start = f.sentence_start
          AND o.kind = 'organization'
        LEFT JOIN entities e ON e.entity_id = o.entity_id LEFT JOIN entities c ON c.entity_id = e.canon_id
        WHERE {hits}
        GROUP BY f.fact_id ORDER BY f.fact_id""",
        {"ids": list(fact_ids)},
    )
    return {r["fact_id"]: r["funder"] for r in rows if r["funder"]}


def money_parties(store: Store, fact_ids: list[str]) -> dict[str, list[str]]:
    """For each sum attached to an initiative (one of its `money_facts`, or the same figure stated by another article: a
    republished copy's), the initiative's parties (display names, in the initiative's order): who signs or pays,
    even when the sum's own sentence names only one of them. Needs `figures.register`."""
    rows = store.rows(
        """WITH k AS (SELECT DISTINCT unnest($ids::VARCHAR[]) AS fact_id),
        mf AS (SELECT initiative_id, parties, unnest(money_facts) AS fact_id FROM initiatives)
        SELECT fact_id, parties FROM (  -- joined by id: a list tested against every initiative costs ids × rows
          SELECT k.fact_id, i.parties, 0 AS copy, i.initiative_id FROM k JOIN mf i ON i.fact_id = k.fact_id
          UNION ALL
          SELECT k.fact_id, i.parties, 1 AS copy, i.initiative_id FROM k JOIN figure_facts a ON a.fact_id = k.fact_id
          JOIN figure_facts b ON b.figure_id = a.figure_id JOIN mf i ON i.fact_id = b.fact_id)
        ORDER BY fact_id, copy, initiative_id""",
        {"ids": list(fact_ids)},
    )
    out: dict[str, list[str]] = {}
    for r in rows:
        out.setdefault(r["fact_id"], list(r["parties"]))
    return out


BROAD_LEVELS = ("country", "province")
"""Gazetteer levels of a place that stands for a whole side when it is named beside the bodies of that side (a
country or territory, a province): a city, town or district may act itself, as its government does."""


def register_broad_places(store: Store) -> None:
    """`broad_places(entity_id)`: the places among partnership parties whose gazetteer level is in `BROAD_LEVELS`
    (a bounded list: the places that are parties, read once)."""
    rows = store.rows(
        """SELECT DISTINCT e.entity_id, e.name FROM (SELECT unnest(pids) AS pid FROM p) x
        JOIN entities e ON e.entity_id = x.pid WHERE e.kind = 'place' ORDER BY e.entity_id"""
    )
    broad = [r["entity_id"] for r in rows if level(r["name"]) in BROAD_LEVELS]
    store.con.execute("CREATE OR REPLACE TEMP TABLE broad_places (entity_id VARCHAR)")
    if broad:
        store.con.executemany("INSERT INTO broad_places VALUES (?)", [[b] for b in broad])


def cross_border_statements(store: Store, fact_ids: list[str]) -> set[str]:
    """Those of the facts `fact_ids` whose sentence states an initiative joining two or three of mainland China, Hong
    Kong and Macao and no UK party (needs `register`): such a sentence tells that initiative ("the bureau signed a
    training agreement with the Harbour Institute, under which 300 doctors will train")."""
    if not fact_ids:
        return set()
    rows = store.rows(
        """SELECT DISTINCT f.fact_id FROM scoped f JOIN scoped p ON p.doc_id = f.doc_id
          AND p.sentence_start = f.sentence_start AND p.kind = 'partnership'
        JOIN initiative_of o ON o.fact_id = p.fact_id JOIN initiatives i USING (initiative_id)
        WHERE list_contains($ids, f.fact_id) AND NOT list_contains(i.sides, 'UK')
          AND len(list_distinct(list_filter(i.sides, lambda x: list_contains($cn, x)))) >= 2""",
        {"ids": list(fact_ids), "cn": list(CHINESE_SIDES)},
    )
    return {r["fact_id"] for r in rows}


def cross_border_groups(store: Store, groups: list[str]) -> set[str]:
    """Those of the articles `groups` (near-duplicate group ids) that state an initiative joining two or three of
    mainland China, Hong Kong and Macao and no UK party (needs `register`): the initiative is what such an article's
    cooperation is, with its named parties and dates."""
    if not groups:
        return set()
    rows = store.rows(
        """SELECT DISTINCT p.group_id FROM scoped p JOIN initiative_of o ON o.fact_id = p.fact_id
        JOIN initiatives i USING (initiative_id)
        WHERE p.kind = 'partnership' AND list_contains($groups, p.group_id) AND NOT list_contains(i.sides, 'UK')
          AND len(list_distinct(list_filter(i.sides, lambda x: list_contains($cn, x)))) >= 2""",
        {"groups": list(groups), "cn": list(CHINESE_SIDES)},
    )
    return {r["group_id"] for r in rows}
