"""What a report covers: each article's strand, the articles of the report's focus (each group of near-duplicate
articles counted once), the date limits, and where each fact stands in its article.

Strands come from the facts' decided jurisdictions (organisations and places): an article is `china_uk` when it
names a UK body (or UK places `UK_PLACES_MIN` times) and a mainland Chinese, Hong Kong or Macao body or place (a news
outlet, such as the page's own masthead, is neither: `query.corpus.outlet_patterns`); `gba` when it names at least
`GBA_MIN` places, bodies or themes of the Greater Bay Area and is set there (its places in the Area, `area_places`,
at least as many as its mentions of mainland cities that reference data places beyond it, `outside_area`: a county
near Shantou that names Shenzhen's help once is no story of the Area); `both`; or `neither`. A China–UK article is
`both` only when it also states the Area's theme (`GBA_THEME`): a UK trust's exchange with a Foshan hospital or a
Shenzhen firm's stake in an Oxford company names the Area's cities without being about its reforms.

`register` creates, on the store's connection (`register_articles` the first three, `place_facts` the others):
  - `strands(doc_id, strand, uk_fact, china_fact, gba_fact)`: every article, with the first fact of each signal;
  - `scope_docs(doc_id, group_id, canonical)`: the articles in scope and their near-duplicate group;
  - `scope_places(jurisdiction)`: the jurisdictions a figure of the focus may be about (`FOCUS_PLACES`);
  - `scoped`: the facts of those articles (date facts within the limits) with `group_id`, `canonical`,
    `weight` (where the fact stands: `WEIGHTS`) and `section` (headline, lead, quote, body or the page's notes); a
    table, placed once and held compressed (`Store.pack`: every fact's sentence is in it): as a view joining the
    facts to the placement, every query naming it several times ran those joins that many times at once, more than
    the engine's memory limit holds at 20 million facts (and, with the placement made small, still more than it
    holds at 5 million for the names of initiatives read from context);
  - `sentence_sides(doc_id, sentence_start, jurisdiction)`: the jurisdictions each sentence of the scope names: of
    its organisations, of its places (a place word inside an organisation's name is the name, not a place) and of
    the parties of its partnerships.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from analysis.extract.gazetteer import broad_names, cities_outside, demonyms, districts, jurisdiction, level_words
from analysis.query.corpus import outlet_patterns
from analysis.query.store import Store
from analysis.resources import literals, table

STRANDS = ("china_uk", "gba", "both", "neither")
FOCUS_STRANDS = {"china_uk": ("china_uk", "both"), "gba": ("gba", "both"), "all": STRANDS}
CHINESE = ("mainland China", "Hong Kong", "Macao")
CHINA_UK = ("UK", *CHINESE)
"""The jurisdictions that are a side of the cooperation, in the order reports name them."""
FOCUS_PLACES = {"china_uk": CHINA_UK, "gba": CHINESE}
"""Where the figures of a focused report may lie: a figure about a place of another jurisdiction (a Scottish
statistic in an article on the Greater Bay Area) stays out of that report; focus "all" keeps every place."""
GBA_MIN = 2
UK_PLACES_MIN = 3
"""UK places an article must name to have a UK side when it names no UK body: passing mentions ("staff came from
Peru, Britain and Chile") make no China–UK story."""
WEIGHTS = {"headline": 3, "lead": 2, "quote": 2, "body": 1, "notes": 0}
"""Where a fact stands, as points: a headline says what the article is about, a lead paragraph and a quotation
what it stresses; the body gives detail; the page's notes after the story ("Background", "Notes to editors", "About
X") give context, no news."""


def _words(words: set[str]) -> str:
    """Words as one RE2 pattern at word boundaries (`resources.literals`, in a fixed order)."""
    return rf"\b(?:{literals(sorted(words))})\b"


@lru_cache(maxsize=1)
def gba_pattern() -> str:
    """Words of the Greater Bay Area (its cities, the Area, the Pearl River Delta) as one RE2 pattern."""
    return _words({w for s, w in table("strand_words.tsv") if s == "gba"})


GBA_THEME = r"gba|bay_area|bay area|cross.border"


GBA_EXTENT = (21.4, 24.5, 111.3, 115.6)
"""South, north, west and east bounds (degrees) round the nine mainland cities of the Greater Bay Area, from Zhaoqing's
western counties to Huizhou's eastern coast: a city of reference data outside them is elsewhere in mainland China
("Shantou"); one inside them but not of the Area ("Qingyuan") counts as neither, so a story of the Area is never
taken for one elsewhere."""


@lru_cache(maxsize=1)
def outside_area() -> list[str]:
    """Case-folded names of the mainland cities of reference data outside `GBA_EXTENT` (not of the Area's words)."""
    return sorted(n for n in cities_outside("CN", *GBA_EXTENT) if not re.search(gba_pattern(), n))


@lru_cache(maxsize=1)
def area_places() -> dict[str, str]:
    """RE2 patterns over a place's case-folded name: `area`, a place of the Greater Bay Area (the words of
    `gba_pattern` and the districts and zones of its cities: "Futian District"); `broad`, a country or a province
    with or without its level word ("Guangdong Province", "the mainland"), which says nothing of where in it a story
    is set."""
    area = {w for s, w in table("strand_words.tsv") if s == "gba"} | {d.casefold() for d in districts()}
    levels = literals(sorted(w for w, lvl in level_words().items() if lvl in ("province", "region")))
    return {
        "area": _words(area),
        "broad": rf"^(?:the\s+)?(?:{literals(sorted(broad_names()))})(?:\s+(?:{levels}))?$|\bmainland\b",
    }


def date_bounds(d: str) -> tuple[str, str]:
    """First and last day of a partial date as comparable strings ("2021" -> "2021-01-01", "2021-12-31")."""
    parts = d.split("-")
    lo = "-".join(parts + ["01"] * (3 - len(parts)))
    hi = "-".join(parts + ["12", "31"][len(parts) - 1 :]) if len(parts) < 3 else d
    return lo, hi


@dataclass(frozen=True)
class Scope:
    """A report's focus and date limits, registered on a store."""

    focus: str
    date_from: str = ""
    date_to: str = ""


def _strands_sql() -> str:
    return rf"""
    CREATE OR REPLACE TEMP TABLE strands AS
    WITH named AS (
      -- a news outlet (a publisher's masthead, a paper it quotes) is on neither side of what it reports
      SELECT doc_id, fact_id, start, kind,
        kind IN ('organization', 'place') AND jurisdiction = 'UK' AND NOT outlet AS uk,
        kind IN ('organization', 'place') AND jurisdiction IN {CHINESE!r} AND NOT outlet AS china,
        (kind IN ('organization', 'place') AND regexp_matches(lower(name), $gba) AND NOT outlet)
          OR (kind = 'theme' AND regexp_matches(lower(theme), $gba_theme)) AS gba,
        -- where in the Chinese jurisdictions the story is set: a city or district of the Area, or one elsewhere
        kind = 'place' AND (jurisdiction IN ('Hong Kong', 'Macao') OR (jurisdiction = 'mainland China'
          AND regexp_matches(lower(name), $area) AND NOT regexp_matches(lower(name), $broad))) AS in_area,
        kind = 'place' AND jurisdiction = 'mainland China' AND NOT regexp_matches(lower(name), $area)
          AND NOT regexp_matches(lower(name), $broad)
          AND regexp_replace(lower(name), '\s+city$', '') IN (SELECT name FROM outside_area) AS elsewhere
      FROM (SELECT *, coalesce(kind = 'organization' AND regexp_matches(name, $outlet)
          AND NOT regexp_matches(name, $body), FALSE) AS outlet
        FROM facts WHERE kind IN ('organization', 'place', 'theme'))
    ), sig AS (
      SELECT doc_id,
        -- a UK body, or UK places named `UK_PLACES_MIN` times: passing mentions ("21 trained in Britain") are no side
        CASE WHEN bool_or(uk AND kind = 'organization') OR count(*) FILTER (WHERE uk) >= {UK_PLACES_MIN}
          THEN arg_min(fact_id, (start, fact_id)) FILTER (WHERE uk) END AS uk_fact,
        arg_min(fact_id, (start, fact_id)) FILTER (WHERE china) AS china_fact,
        arg_min(fact_id, (start, fact_id)) FILTER (WHERE gba) AS gba_fact,
        count(*) FILTER (WHERE gba) AS n_gba,
        count(*) FILTER (WHERE gba AND kind = 'theme') AS n_theme,
        count(*) FILTER (WHERE in_area) AS n_area, count(*) FILTER (WHERE elsewhere) AS n_elsewhere
      FROM named GROUP BY doc_id
    ), docs AS (SELECT DISTINCT doc_id FROM facts)
    SELECT doc_id, CASE WHEN both_sides AND area THEN 'both' WHEN both_sides THEN 'china_uk' WHEN area THEN 'gba'
        ELSE 'neither' END AS strand,
      uk_fact, china_fact, CASE WHEN area THEN gba_fact END AS gba_fact
    FROM (
      SELECT d.doc_id, s.uk_fact, s.china_fact, s.gba_fact,
        s.uk_fact IS NOT NULL AND s.china_fact IS NOT NULL AS both_sides,
        coalesce(s.n_gba, 0) >= {GBA_MIN} AND s.n_area >= s.n_elsewhere
          AND (s.uk_fact IS NULL OR s.china_fact IS NULL OR s.n_theme > 0) AS area
      FROM docs d LEFT JOIN sig s USING (doc_id)
    )
    """


def _groups_sql(store: Store) -> str:
    """Near-duplicate groups when the store has them (`doc_groups`), else every article its own group."""
    if "doc_groups" in store.tables(temporary=True):
        return "SELECT doc_id, group_id, canonical_doc_id = doc_id AS canonical FROM doc_groups"
    return "SELECT DISTINCT doc_id, doc_id AS group_id, TRUE AS canonical FROM facts"


def register(store: Store, scope: Scope) -> Scope:
    """Create `strands`, `scope_docs`, `scope_places`, `scoped` and `sentence_sides` for `scope` on the store (see
    the module's docstring)."""
    register_articles(store, scope)
    place_facts(store, scope)
    return scope


def register_articles(store: Store, scope: Scope) -> Scope:
    """Create only what concerns whole articles: `strands`, `scope_docs` and `scope_places` (what a build's index
    and data files need, without placing every fact)."""
    con = store.con
    con.execute(
        "CREATE OR REPLACE TEMP TABLE outside_area AS SELECT unnest($n::VARCHAR[]) AS name", {"n": outside_area()}
    )
    patterns = {"gba": gba_pattern(), "gba_theme": GBA_THEME, **area_places()}
    con.execute(_strands_sql(), {**patterns, **outlet_patterns()})
    strands = list(FOCUS_STRANDS[scope.focus])
    con.execute(
        f"""CREATE OR REPLACE TEMP TABLE scope_docs AS
        SELECT g.doc_id, g.group_id, g.canonical FROM ({_groups_sql(store)}) g
        JOIN strands s USING (doc_id) WHERE list_contains($strands, s.strand)""",
        {"strands": strands},
    )
    places = FOCUS_PLACES.get(scope.focus)
    con.execute(
        "CREATE OR REPLACE TEMP TABLE scope_places AS SELECT unnest($j::VARCHAR[]) AS jurisdiction",
        {"j": list(places) if places else [*CHINA_UK, "other", "unknown"]},
    )
    return scope


def place_facts(store: Store, scope: Scope) -> Scope:
    """Create `scoped` and `sentence_sides` for `scope` (needs `register_articles`)."""
    lo = date_bounds(scope.date_from)[0] if scope.date_from else "0000-00-00"
    hi = date_bounds(scope.date_to)[1] if scope.date_to else "9999-99-99"
    cases = " ".join(f"WHEN '{k}' THEN {v}" for k, v in WEIGHTS.items())
    store.pack(
        "scoped",
        f"""WITH q AS (SELECT doc_id, start AS q_start, "end" AS q_end FROM facts WHERE kind = 'quote'),
        base AS (
          SELECT f.*, s.group_id, s.canonical, d.title_start, d.title_end, d.lead_start, d.lead_end, d.notes_start
          FROM facts f JOIN scope_docs s ON s.doc_id = f.doc_id LEFT JOIN documents d ON d.doc_id = f.doc_id
          WHERE f.kind <> 'date'
             OR (rpad(f.date, 10, '-99-99') >= '{lo}' AND rpad(f.date, 10, '-00-00') <= '{hi}')
        ), placed AS (
          SELECT b.* EXCLUDE (title_start, title_end, lead_start, lead_end, notes_start),
            CASE
              WHEN b.start < b.title_end AND b."end" > b.title_start THEN 'headline'
              WHEN b.start >= b.lead_start AND b.start < b.lead_end THEN 'lead'
              WHEN b.start >= b.notes_start THEN 'notes'
              WHEN b.kind <> 'quote' AND EXISTS (
                SELECT 1 FROM q WHERE q.doc_id = b.doc_id AND b.start >= q.q_start AND b."end" <= q.q_end
              ) THEN 'quote'
              ELSE 'body' END AS section
          FROM base b
        )
        SELECT *, CASE section {cases} END AS weight FROM placed""",
    )
    store.create(
        "sentence_sides",
        """WITH named AS (
          SELECT doc_id, sentence_start, kind, start, "end", jurisdiction FROM scoped
          WHERE kind IN ('organization', 'place') AND jurisdiction IS NOT NULL
        ), sides AS (
          SELECT entity_id, arg_min(jurisdiction, (doc_id, start)) AS jurisdiction FROM facts
          WHERE kind IN ('organization', 'place') AND entity_id IS NOT NULL GROUP BY entity_id
        )
        SELECT DISTINCT doc_id, sentence_start, jurisdiction FROM (
          SELECT n.doc_id, n.sentence_start, n.jurisdiction FROM named n
          WHERE n.kind = 'organization' OR NOT EXISTS (SELECT 1 FROM named o WHERE o.kind = 'organization'
            AND o.doc_id = n.doc_id AND o.start <= n.start AND o."end" >= n."end")
          UNION ALL
          -- each party looked up by its id (an equality join: a join on `list_contains` compares every
          -- partnership with every entity)
          SELECT p.doc_id, p.sentence_start, e.jurisdiction
          FROM (SELECT doc_id, sentence_start, unnest(party_ids) AS pid FROM scoped WHERE kind = 'partnership') p
          JOIN sides e ON e.entity_id = p.pid
          UNION ALL
          -- a word of nationality names its side as a place does ("British firms signed deals worth ...")
          SELECT DISTINCT doc_id, sentence_start, 'UK' FROM scoped WHERE regexp_matches(sentence, $uk_words))
        WHERE jurisdiction NOT IN ('unknown')""",
        {"uk_words": uk_words_pattern()},
    )
    return scope


@lru_cache(maxsize=1)
def uk_words_pattern() -> str:
    """RE2: a word of nationality of the UK side (`gazetteer.demonyms`: "British", "Welsh"), whole and capitalised.
    The Chinese sides' words name kinds of medicine and food as often as where someone is from ("Chinese medicine"
    in Hong Kong), so they name no side."""
    uk = sorted(re.escape(w) for w, place in demonyms().items() if jurisdiction(place) == "UK")
    return r"\b(?:" + "|".join(uk) + r")\b"


def other_side_sql(t: str) -> str:
    """SQL: the sentence of row `t` (its `doc_id`, `sentence_start`) names a body, place or partner of a side the
    report's focus leaves out (a UK body in the Greater Bay Area report: `scope_places`); such a sentence is the
    other report's."""
    return f"""EXISTS (SELECT 1 FROM sentence_sides ss WHERE ss.doc_id = {t}.doc_id
      AND ss.sentence_start = {t}.sentence_start AND ss.jurisdiction IN {CHINA_UK!r}
      AND ss.jurisdiction NOT IN (SELECT jurisdiction FROM scope_places))"""


CROSS_FOCUS = f"""(SELECT count(*) FROM scope_places WHERE jurisdiction IN {CHINA_UK!r}) = {len(CHINA_UK)}
  AND NOT EXISTS (SELECT 1 FROM scope_places WHERE jurisdiction NOT IN {CHINA_UK!r})"""
"""SQL: the report is about cooperation between the UK and the Chinese sides (every side in focus, nothing else)."""


def other_subject_sql(t: str) -> str:
    """SQL: the article of row `t` (its `doc_id`) is about cooperation with a side the report's focus leaves out:
    its headline or lead names one (a UK college accrediting a Westport hospital, in the Greater Bay Area report).
    Its sentences that are not between two of the focus's own sides are the other report's, even those naming
    no UK body ("Its panel met the hospital's trainees")."""
    return f"""{t}.doc_id IN (SELECT DISTINCT h.doc_id FROM scoped h
      WHERE h.section IN ('headline', 'lead') AND {other_side_sql("h")})"""


_WORD = re.compile(r"[A-Z][\w’'.]*(?:-[A-Z][\w’'.]*)*")
"""A capitalised word; a hyphen joins capitalised words ("Sino-British") and ends the word before a lower-case part
("Macao-side director", "Leeds-based")."""
_LONGEST = 3
_POSSESSIVE = re.compile(r"(?:'s|’s)$")
"""Words in the longest place name looked up ("Hong Kong", "Northern Ireland")."""


def place_words(text: str) -> list[str]:
    """The jurisdictions of the place names and nationality words of a text, in text order, each once: the one
    place rule (`gazetteer.jurisdiction`) over runs of capitalised words, the longest run first ("Chinese President
    ... visit to the UK" -> ["mainland China", "UK"], "Hong Kong Labour Secretary" and "Hong Kong's Secretary for
    Labour" -> ["Hong Kong"]; a possessive ends a name)."""
    words = [(m.start(), _POSSESSIVE.sub("", m.group()).rstrip(".’'")) for m in _WORD.finditer(text or "")]
    found: list[str] = []
    i = 0
    while i < len(words):
        step = 1
        for n in range(min(_LONGEST, len(words) - i), 0, -1):
            run = words[i : i + n]
            if any(text[a + len(w) : b].strip() for (a, w), (b, _) in zip(run, run[1:])):
                continue  # the words of a name stand next to each other
            place = jurisdiction(" ".join(w for _, w in run))
            if place is not None:
                if place not in found:
                    found.append(place)
                step = n
                break
        i += step
    return found
