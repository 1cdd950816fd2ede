"""Reform measures: sentences of the scope that state a figure, a partnership or a date and use the vocabulary
of a kind of measure, split into cross-border measures (between the mainland, Hong Kong and Macao: access,
recognition, insurance, staff, devices and drugs) and domestic reform (by measure type); each kind with its
key number.

A sentence is cross-border when it stands in an article of the Greater Bay Area strand, names no UK body, place or
partner (that is China–UK cooperation), and a clause of it (`figures.clause_breaks`: a semicolon, ", while") has a
cross-border word (`cross_border_words.txt`) or names places or bodies of two of the three jurisdictions (a place word
inside an organisation's name does not count; a sentence of one clause may name them as partners,
`scope.sentence_sides`). Its kind is the lexicon line with most keyword hits in its cross-border clauses (domestic: in
the sentence) (`cross_border_measures.tsv`, `measure_types.tsv`), ties to the earlier line; a sentence with no hit is
not a measure, and a cross-border one with a single hit needs a statement of the measure or a figure worth showing. A
sentence naming a side the report's focus leaves out (`scope.other_side_sql`) is no measure of it. An article's headline
and lead say what it is about: every sentence of an article about a cross-border measure is read as part of it, and an
article about cooperation with a side the report leaves out gives no domestic reform.
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.query.figures import caption_pattern, clause_breaks
from analysis.query.scope import CHINESE, other_side_sql, other_subject_sql
from analysis.query.store import MARK, Store, literal, marked
from analysis.resources import alternation, read_lines, table

SCOPES = ("cross-border", "domestic")
SOURCE = (
    r"(?:\b(?i:according to|(?:figures|data|statistics) (?:released |published |compiled )?(?:by|from)) (?:[Tt]he )?"
    + r"(?:[A-Z][\w-]*(?: [A-Z][\w-]*)*['’]s )?"
    + MARK
    + r"(?:$|[,.;:)]| [a-z(])|"
    + MARK
    + r" (?:estimates|estimated|forecasts|projects|reckons)\b)"
)
"""Words around a body that make it the source of a sentence's figures, not a party of its measure (RE2, against the
sentence with the body's words marked, `store.marked`; the mark must end the name, so that a place opening the
source's name is still a party): "according to figures from the Kelby Committee's Statistics Bureau", "the Kelby
Federation of Insurers estimates that ..."."""


def standard_pattern() -> str:
    """Words before a body that make it the standard a figure is set against (`figure_comparison_words.txt`, in the
    same clause: "under three days, compared with several weeks at clinics run by the Kelby Authority"), not a party
    of the measure (RE2, against the sentence with the body's words marked)."""
    words_ = "|".join(re.escape(w) for w in read_lines("figure_comparison_words.txt") if not w.startswith("figure:"))
    return rf"(?i:\b(?:{words_}))[^.;:]{{0,80}}" + MARK


DESCRIBING = r"(?i),\s+(?:which|who|whose)\s[^,;]*" + MARK + r"[^,;]*,"
"""A figure in a clause set off by commas that describes a body ("B, which sells to 1,100 hospitals, will seek
approval"): what the body is, not the number of the measure the sentence states (RE2, against the sentence with the
figure's words marked)."""
_CROSS_BORDER_TYPE = "cross-border access and recognition"
"""The domestic lexicon's own cross-border line: a cross-border sentence is typed by the cross-border lexicon."""


def _pattern(rx: str) -> str:
    return r"(?i)\b(?:" + rx + r")\b"


@lru_cache(maxsize=1)
def cross_border_kinds() -> tuple[tuple[str, str], ...]:
    """(kind, RE2 pattern) of cross-border measures, in lexicon order."""
    return tuple((k, _pattern(rx)) for k, rx in table("cross_border_measures.tsv"))


@lru_cache(maxsize=1)
def domestic_types() -> tuple[tuple[str, str], ...]:
    """(type, RE2 pattern) of domestic reform measures, in lexicon order."""
    return tuple((t, _pattern(rx)) for t, rx in table("measure_types.tsv") if t != _CROSS_BORDER_TYPE)


@lru_cache(maxsize=1)
def denied_pattern() -> str:
    """RE2 pattern of a body's words (marked) followed by words that say it is no party (`party_denials.txt`: "X,
    which is not a party to the pilot, ...")."""
    return MARK + "(?i:" + "|".join(f"(?:{p})" for p in read_lines("party_denials.txt")) + ")"


@lru_cache(maxsize=None)
def lexicon_pattern(name: str) -> str:
    """RE2 pattern of the alternatives a lexicon lists, one regular expression a line."""
    return _pattern("|".join(f"(?:{p})" for p in read_lines(name)))


def cross_border_words() -> str:
    return lexicon_pattern("cross_border_words.txt")


def statement_words() -> str:
    """The words that state a measure ("can now", "will be allowed", "recognised", "pilot")."""
    return lexicon_pattern("measure_statements.txt")


WISH_REACH = 100
"""Characters of one clause between a wish and the measure words it governs."""


@lru_cache(maxsize=1)
def wish_pattern() -> str:
    """A wish, request or hope followed in its clause by the words that state a measure (`wishes.txt`, then
    `measure_statements.txt`): "the home hoped the commission would soon allow more nurses to practise" states no
    measure taken."""
    wish = "|".join(f"(?:{p})" for p in read_lines("wishes.txt"))
    said = "|".join(f"(?:{p})" for p in read_lines("measure_statements.txt"))
    return rf"(?i)\b(?:{wish})\b[^;]{{0,{WISH_REACH}}}?\b(?:{said})\b"


@lru_cache(maxsize=1)
def separate_pattern() -> str:
    """RE2: a sentence opening with words that it reports another matter (`measure_separate_cues.txt`)."""
    return r"(?i)^\W*(?:" + "|".join(f"(?:{p})" for p in read_lines("measure_separate_cues.txt")) + r")\b"


def onlooker_roles() -> str:
    """RE2 pattern of the roles of people who scrutinise a scheme rather than run it (`measure_onlooker_roles.txt`)."""
    return lexicon_pattern("measure_onlooker_roles.txt")


def onlooker_bodies() -> str:
    """RE2 pattern of the names of bodies that scrutinise a scheme rather than run it: legislatures, parties
    (`measure_onlooker_bodies.txt`)."""
    return lexicon_pattern("measure_onlooker_bodies.txt")


def object_words() -> str:
    """The nouns a cross-border measure's count may count besides its own words ("hospitals", "patients")."""
    return lexicon_pattern("measure_objects.txt")


def mainland_words() -> str:
    """How the genre names mainland China as a side rather than as a place ("doctors from the mainland")."""
    return lexicon_pattern("mainland_side_names.txt")


def population_words() -> str:
    """The words that make a count a count of a place's people ("300 residents live in Eastbank")."""
    return lexicon_pattern("measure_population_words.txt")


@lru_cache(maxsize=1)
def common_words() -> list[str]:
    """`common_words.txt`: words too common to tie two sentences to one subject."""
    return sorted(read_lines("common_words.txt"))


@lru_cache(maxsize=1)
def manner_pattern() -> str:
    """A place's own words (`store.MARK`) followed by a word that makes it a manner or a model
    (`place_not_location.txt`: "Northfield-style clinics"), as one RE2 pattern."""
    return MARK + r"[ -](?:" + "|".join(re.escape(w) for w in sorted(read_lines("place_not_location.txt"))) + r")\b"


def general_kind() -> str:
    """The cross-border kind of the most general words (the lexicon's last line: access, "residents", "use"), which
    every scheme moving people across the boundary uses; the line before it holds the instruments of access ("a
    voucher", "a referral"), specific words of the same kind."""
    return cross_border_kinds()[-1][0]


def _best_of(kinds: tuple[tuple[str, str], ...], words: str = "words") -> str:
    """SQL of the kind with most hits in column `words` (ties to the kind whose first line comes earlier) as a
    struct: `k` the kind, `c` its hits (0 without a hit), the hits of a kind's lines added up."""
    lines: dict[str, list[str]] = {}
    for k, p in kinds:
        lines.setdefault(k, []).append(f"len(regexp_extract_all({words}, {literal(p)}))")
    hits = ", ".join(
        f"{{'c': {' + '.join(counts)}, 'i': {-i}, 'k': {literal(k)}}}" for i, (k, counts) in enumerate(lines.items())
    )
    return f"(SELECT list_sort([{hits}], 'DESC')[1])"


MIN_KIND_WORDS = 2
"""Words of its kind a cross-border sentence needs to take that kind when it neither states the measure nor holds a
figure worth showing: one weak word ("a record in medicine, teaching and research") is no measure of drugs."""


def register(store: Store) -> None:
    """`measure_sentences(doc_id, group_id, canonical, sentence_start, sentence, scope, kind, weight, aside, stated,
    whole, fact_id)` over `scoped` (needs `figures.register` and `initiatives.register_entities`): one row per
    measure sentence, cited by its most
    salient fact; `aside` when it holds a quotation or is a photo's caption (`caption_pattern`), which another
    sentence of the measure states before it; `stated` when its (cross-border) words state the measure
    (`statement_words`); `whole` when it is
    cross-border by its article, every clause of it. A cross-border sentence that
    states a measure is one even without a figure, partnership or date ("nurses of Westport will be allowed to
    practise in Eastport").

    What an article is about decides for the sentences that name one side or none: in an article whose headline or
    lead states a cross-border measure ("Westport residents to get insurance cover in Eastport"), every sentence is
    read as part of it ("The city will pay the whole fee for children" is the cross-border measure's, not domestic
    reform, and of the kind of the headline's or lead's measure: a sentence that moves nobody across the boundary
    takes no kind of its own); in one whose headline or lead names a side the report leaves out (a UK college
    accrediting a Westport hospital, `scope.other_subject_sql`), no sentence is domestic reform of the report, nor a
    cross-border measure unless it names two of the focus's sides (it is the other report's cooperation: "the trust
    has recruited nurses from Westport"). A cross-border
    kind needs `MIN_KIND_WORDS` of its words, or one in a sentence that states the measure or holds a figure worth
    showing (`figures.SALIENT`: a sum, a change, a count of ten or more). A sentence whose measure words follow a
    wish ("hoped the commission would allow", `wish_pattern`) is no measure."""
    best_cb, best_dom = _best_of(cross_border_kinds()), _best_of(domestic_types())
    best_specific = _best_of(cross_border_kinds()[:-1])  # every line but the general words
    store.create(
        "measure_sentences",
        f"""WITH s AS (
          SELECT doc_id, group_id, canonical, sentence_start, arg_min(sentence, fact_id) AS sentence,
            max(weight) AS weight,
            arg_min(fact_id, (kind NOT IN ('amount', 'partnership', 'date'), -weight, kind <> 'amount', start,
              fact_id)) AS fact_id,
            bool_or(kind IN ('amount', 'partnership', 'date')) AS dated,
            bool_or(section IN ('headline', 'lead')) AS lead,
            -- a sentence holding a quotation says what someone said, and a photo's caption what a picture shows
            -- (`caption_cues.txt`): another sentence of the measure states it first
            bool_or(kind = 'quote' OR section = 'quote' OR regexp_matches(sentence, $caption)) AS aside
          FROM scoped WHERE kind <> 'theme'
          GROUP BY doc_id, group_id, canonical, sentence_start
        ), names AS (
          -- longest first; sorted after the aggregate, which then holds no sentence's rows in memory to order them
          SELECT doc_id, sentence_start,
            list_transform(list_sort(list(struct_pack(n := -length(text), t := text))), lambda x: x.t) AS names
          FROM scoped WHERE kind = 'organization' GROUP BY doc_id, sentence_start
        ), manner AS (
          -- a place written as a manner or a model ("Northfield-style clinics") is no side of the sentence
          SELECT doc_id, sentence_start, jurisdiction FROM scoped
          WHERE kind = 'place' AND regexp_matches({marked("sentence", "text")}, $manner)
          EXCEPT
          SELECT doc_id, sentence_start, jurisdiction FROM scoped
          WHERE kind IN ('organization', 'place')
            AND NOT regexp_matches({marked("sentence", "text")}, $manner)
        ), places AS (
          SELECT doc_id, sentence_start,
            count(DISTINCT jurisdiction) FILTER (WHERE jurisdiction IN {CHINESE!r}) AS n_jur,
            bool_or(jurisdiction = 'UK') AS uk
          FROM (SELECT * FROM sentence_sides ANTI JOIN manner USING (doc_id, sentence_start, jurisdiction)
            UNION ALL
            -- a body its own words leave unplaced, placed by the articles (`initiatives.register_entities`: the
            -- publisher of its own release on a deal with a Shenzhen hospital is British)
            SELECT o.doc_id, o.sentence_start, c.jurisdiction FROM scoped o
            JOIN entities x ON x.entity_id = o.entity_id JOIN entities c ON c.entity_id = x.canon_id
            WHERE o.kind = 'organization' AND coalesce(o.jurisdiction, 'unknown') = 'unknown'
              AND coalesce(c.jurisdiction, 'unknown') <> 'unknown')
          GROUP BY doc_id, sentence_start
        ), named AS (
          -- the words naming a body or a place of a Chinese jurisdiction (a place inside a body's name is the name)
          SELECT n.doc_id, n.sentence_start, n.text, n.jurisdiction FROM scoped n
          WHERE n.kind IN ('organization', 'place') AND n.jurisdiction IN {CHINESE!r}
            AND (n.kind = 'organization' OR NOT EXISTS (SELECT 1 FROM scoped o WHERE o.kind = 'organization'
              AND o.doc_id = n.doc_id AND o.start <= n.start AND o."end" >= n."end"))
            AND NOT (n.kind = 'place'
              AND regexp_matches({marked("n.sentence", "n.text")}, $manner))
        ), clauses AS (
          SELECT doc_id, sentence_start, unnest(parts) AS clause, generate_subscripts(parts, 1) AS i
          FROM (SELECT doc_id, sentence_start, regexp_split_to_array(sentence, $breaks) AS parts FROM s)
        ), crossing_clauses AS (
          -- the clauses of a sentence that are cross-border: a list of a year's measures is not cross-border
          -- throughout
          SELECT doc_id, sentence_start, i, clause FROM clauses WHERE regexp_matches(clause, $cb)
          UNION
          SELECT c.doc_id, c.sentence_start, c.i, c.clause FROM clauses c JOIN named n ON n.doc_id = c.doc_id
            AND n.sentence_start = c.sentence_start AND contains(c.clause, n.text)
          GROUP BY c.doc_id, c.sentence_start, c.i, c.clause HAVING count(DISTINCT n.jurisdiction) >= 2
        ), crossing AS (  -- in their order, sorted after the aggregate (which then orders no group in memory)
          SELECT doc_id, sentence_start,
            array_to_string(list_transform(list_sort(list(struct_pack(i := i, c := clause))), lambda x: x.c), ';')
              AS cross_text
          FROM crossing_clauses GROUP BY doc_id, sentence_start
        ), sided AS (  -- a step of its own: one join at a time holds memory
          SELECT s.*, coalesce(p.n_jur, 0) AS n_jur,
            CASE WHEN st.strand IN ('gba', 'both') AND NOT coalesce(p.uk, FALSE)
              THEN coalesce(x.cross_text, CASE WHEN coalesce(p.n_jur, 0) >= 2
                AND NOT regexp_matches(s.sentence, $breaks) THEN s.sentence END) END AS cross_text
          FROM s LEFT JOIN places p USING (doc_id, sentence_start) LEFT JOIN strands st USING (doc_id)
            LEFT JOIN crossing x USING (doc_id, sentence_start)
          WHERE NOT {other_side_sql("s")}
        ), scoped_s AS (
          SELECT s.*, coalesce(n.names, []) AS names FROM sided s LEFT JOIN names n USING (doc_id, sentence_start)
        ), worded AS (
          SELECT * EXCLUDE (cross_text, names),
            CASE WHEN cross_text IS NULL THEN 'domestic' ELSE 'cross-border' END AS scope,
            -- where a scheme's parties are named: its cross-border clauses, else the whole sentence
            coalesce(cross_text, sentence) AS clause_text,
            -- a kind's words inside a body's name ("Harbour Clinic") are the name, not the measure
            list_reduce(list_prepend(coalesce(cross_text, sentence), names), lambda acc, x: replace(acc, x, ' '))
              AS words,
            list_reduce(list_prepend(sentence, names), lambda acc, x: replace(acc, x, ' ')) AS sentence_words,
            EXISTS (SELECT 1 FROM figure_facts ff JOIN figures a ON a.figure_id = ff.figure_id
              WHERE ff.doc_id = scoped_s.doc_id AND ff.sentence_start = scoped_s.sentence_start
                AND a.salient) AS figured
          FROM scoped_s
        ), typed AS (
          SELECT *, {best_cb} AS cb, regexp_matches(words, $st) AS says FROM worded
        ), subject AS (
          -- articles whose headline or lead states a cross-border measure, with the kind of that measure: the most
          -- specific one stated there (the general kind, access, only when no other is: every scheme moving people
          -- across the boundary uses its words)
          SELECT doc_id, arg_max(cb.k, (cb.k <> $general, cb.c, weight, -sentence_start)) AS subject_kind FROM typed
          WHERE scope = 'cross-border' AND lead AND cb.c > 0 AND (dated OR says)
            AND (cb.c >= {MIN_KIND_WORDS} OR says OR figured)
          GROUP BY doc_id
        ), contexted AS (
          -- a sentence of an article about a cross-border measure is read as part of it, whole
          SELECT t.* EXCLUDE (cb, says, sentence_words) REPLACE (
              CASE WHEN u.doc_id IS NULL THEN t.scope ELSE 'cross-border' END AS scope,
              CASE WHEN u.doc_id IS NULL OR t.scope = 'cross-border' THEN t.words ELSE t.sentence_words END AS words),
            u.doc_id IS NOT NULL AND t.scope = 'domestic' AS whole, u.subject_kind
          FROM typed t LEFT JOIN subject u USING (doc_id)
          -- in an article about cooperation with a side the report leaves out, only a sentence between two of the
          -- focus's own sides is its measure ("the trust has recruited nurses from Westport" is the other report's)
          WHERE (t.scope = 'cross-border' AND t.n_jur >= 2) OR NOT {other_subject_sql("t")}
        ), kinded AS (
          SELECT *, CASE scope WHEN 'cross-border' THEN {best_cb} ELSE {best_dom} END AS best,
            CASE scope WHEN 'cross-border' THEN {best_specific} END AS specific,
            scope = 'cross-border' AND regexp_matches(words, $st) AS stated
          FROM contexted
        )
        SELECT * EXCLUDE (words, dated, figured, best, specific, subject_kind, n_jur),
          CASE WHEN best.c = 0 THEN NULL
            -- the words of a specific kind, however many general ones (residents, use) stand beside them: "the city
            -- set aside 9 million to subsidise the insurance of residents who live there" is insurance, in an
            -- article on imported drugs too
            WHEN specific.c >= {MIN_KIND_WORDS} AND (whole OR best.k = $general) THEN specific.k
            -- an instrument of access of its own (a voucher, a referral) is access, in an article on drugs too
            WHEN specific.k = $general AND specific.c > 0 THEN specific.k
            -- a sentence cross-border only by its article is part of the article's measure, of its kind: "the
            -- hospital will open services to the public" in an article on a Westport hospital's Eastport branch is
            -- no access of Eastport's public across the boundary
            WHEN whole THEN subject_kind
            -- the most general words (access) in an article about a measure of another kind are that measure's:
            -- "Eastport residents may join too" in an article on an insurance scheme is insurance
            WHEN best.k = $general AND subject_kind IS NOT NULL THEN subject_kind
            WHEN scope = 'domestic' OR best.c >= {MIN_KIND_WORDS} OR stated OR figured THEN best.k END AS kind
        FROM kinded WHERE (dated OR (scope = 'cross-border' AND stated)) AND NOT regexp_matches(sentence, $wish)
          -- a visit or a meeting of officials reports no step of the measure it names (`measure_visit_words.txt`)
          AND NOT regexp_matches(sentence, $visit)
          -- what someone says, or a photo's caption, states a domestic reform only with a figure worth showing
          -- ("'Family doctors will serve 6000 residents,' she said"; not "'The hard part is two systems,' she said")
          AND NOT (scope = 'domestic' AND aside AND NOT figured)""",
        {
            "cb": cross_border_words(),
            "st": statement_words(),
            "manner": manner_pattern(),
            "general": general_kind(),
            "breaks": clause_breaks(),
            "wish": wish_pattern(),
            "visit": lexicon_pattern("measure_visit_words.txt"),
            "caption": caption_pattern(),
        },  # fmt: skip
    )
    store.con.execute("DELETE FROM measure_sentences WHERE kind IS NULL")
    store.pack_made("measure_sentences")  # each sentence with its words: held compressed


HEAD_PHRASE = rf"""regexp_extract(lower(coalesce(ff.object, '')),
  '^(.*?)(?:\s+(?:{alternation("prepositions.txt")})\s.*)?$', 1)"""
"""SQL: a figure's object up to its first preposition ("visits to Westport hospitals" -> "visits")."""
HEAD_WORD = rf"regexp_extract({HEAD_PHRASE}, '(\S+)\s*$', 1)"
"""SQL: the last word of `HEAD_PHRASE`, the noun counted ("ambulance transfers" -> "transfers", not "ambulance")."""


STEMS = r"""list_distinct(list_transform(list_filter(regexp_split_to_array({x}, '[^A-Za-z]+'),
  lambda w: length(w) >= 5 AND {case} AND NOT list_contains($common, lower(w))),
  lambda w: left(regexp_replace(lower(w), '(?:ing|ed|es|s)$', ''), 5)))"""
"""SQL: the distinct words of five letters or more of `x` that are not `common_words.txt`, without an ending "-ing",
"-ed", "-es" or "-s" and cut to five ("transferred" and "transfers" are one, "nursing" and "nurses"); with `case`
"regexp_matches(w, '^[a-z]')" only those written in lower case (not the names of places and bodies), with "true"
every word (a headline capitalises each)."""
LOWER = "regexp_matches(w, '^[a-z]')"


def _key_figure(scope: str, by: str, statement: str | None = None) -> str:
    """SQL of a CTE body: the key figure (`figure_fact_id`) of each group of `m` (measure sentences of `scope`) by
    the columns `by` ("kind", or "kind, group_id" for one article's measure), under the rule `kinds` states; with
    `statement` (a CTE of `by` and the `sentence` stating each measure), a figure whose clause shares more words
    with that sentence first, a sum only in a clause sharing one, and a figure of any sentence of the article in a
    clause sharing two (where it states no measure; a sum there only in a clause holding the words of the measure's
    kind): "156 patients were transferred" is the number of a patient transfer scheme, not "HK$5 million of voucher
    claims" a sentence of the same article gives, nor "a scan at the clinic costs 90 yuan" for a memorandum on
    training the clinic's staff; nor one describing a
    body (`DESCRIBING`: "B, which sells to 1,100 hospitals, will seek approval"). In the measure's own
    sentence, a figure's clause (`figures.clause_of`, from its span) must state the measure: hold the words of its
    kind, or be the whole sentence ("The fund supports 12 hospitals; 300 institutions applied": 300 is no number of
    the fund), however many words it shares with the sentence stating the measure."""
    salient = "a.salient"
    shared, said, sum_ok, count_ok, words_of = "0", "", "true", "false", ""
    if statement:
        mine, theirs = STEMS.format(x="ff.clause", case=LOWER), STEMS.format(x="st.sentence", case="true")
        # the words a figure's clause shares with the statement, counted once for the filter and the ranking
        words_of = f", LATERAL (SELECT len(list_intersect({mine}, {theirs})) AS shared) sh"
        shared = "sh.shared"
        said = f"JOIN {statement} st ON " + " AND ".join(f"st.{k.strip()} = m.{k.strip()}" for k in by.split(","))
        sum_ok, count_ok = f"{shared} >= 1", f"{shared} >= 2"
    states = "(ff.clause = ff.sentence OR regexp_matches(ff.clause, w.pattern))"
    if scope == "cross-border":
        salient = "a.salient_any_count"
        about = f"""{states}
          AND ((a.gbp_value IS NOT NULL AND {sum_ok})
            OR ((a.relation = 'change' OR regexp_matches(ff.clause, $st) OR {count_ok})
            AND NOT regexp_matches(ff.clause, $pop)
            AND (regexp_matches({HEAD_PHRASE}, w.pattern) OR (regexp_matches({HEAD_WORD}, $ob)
              -- a count of what another kind's words name is that kind's ("2,316 doctors" is no drugs' number)
              AND NOT EXISTS (SELECT 1 FROM _kind_words o WHERE o.kind NOT IN (w.kind, $general)
                AND regexp_matches({HEAD_WORD}, o.pattern))))))
          AND (m.whole OR regexp_matches(ff.clause, $cb) OR (
            SELECT count(DISTINCT p.jurisdiction) FROM scoped p WHERE p.kind = 'place' AND p.doc_id = ff.doc_id
              AND p.sentence_start = ff.sentence_start AND p.jurisdiction IN ('mainland China', 'Hong Kong', 'Macao')
              AND contains(ff.clause, p.text)) >= 2)"""
    else:
        about = f"{states} AND (regexp_matches(coalesce(ff.object, ''), w.pattern) OR a.gbp_value IS NOT NULL)"
    cols = [k.strip() for k in by.split(",")]
    free = f"""NOT EXISTS (SELECT 1 FROM _skip_sentences q WHERE q.doc_id = ff.doc_id
              AND q.sentence_start = ff.sentence_start)
              AND NOT regexp_matches({marked("ff.sentence", "ff.text")}, {literal(DESCRIBING)})"""
    # a sentence stating a cooperation of its own speaks for that one ("A and B will jointly run a course for 120
    # nurses"): its figures are the measure's only where it states the measure
    own_deal = """EXISTS (SELECT 1 FROM scoped q WHERE q.kind = 'partnership' AND q.doc_id = ff.doc_id
              AND q.sentence_start = ff.sentence_start)"""
    # over every article of a kind, a figure of the article that states the kind up front (in its headline, else its
    # lead) before one of an article that states it in passing: the latest article says where one scheme stands, not
    # which scheme leads
    prominence = "0" if statement else "(SELECT max(x.weight) FROM m x WHERE x.doc_id = m.doc_id AND x.kind = m.kind)"
    ranks = (
        f"a.fact_id, {shared} AS shared, {prominence} AS prominence, a.score, a.gbp_value IS NOT NULL AS money, "
        "a.n_articles, ff.start, a.figure_id, "
        "coalesce((SELECT d.published FROM documents d WHERE d.doc_id = ff.doc_id), '') AS recent"
    )
    own = f"""SELECT {", ".join(f"m.{k} AS {k}" for k in cols)}, {ranks}
          FROM m {said} JOIN figure_facts ff ON ff.doc_id = m.doc_id AND ff.sentence_start = m.sentence_start
          JOIN figures a ON a.figure_id = ff.figure_id AND {salient}
          JOIN _kind_words w ON w.kind = m.kind{words_of}
          WHERE {about} AND {free} AND (m.stated OR NOT {own_deal})"""
    if statement and scope == "cross-border":
        # a figure of another sentence of the article, sharing two words with the one stating the measure
        own += f"""
          UNION ALL
          SELECT {", ".join(f"st.{k} AS {k}" for k in cols)}, {ranks}
          FROM {statement} st JOIN figure_facts ff ON ff.doc_id = st.doc_id
          JOIN figures a ON a.figure_id = ff.figure_id AND {salient}
          JOIN _kind_words w ON w.kind = st.kind{words_of}
          WHERE {count_ok} AND {free} AND (ff.sentence_start = st.sentence_start OR NOT {own_deal})
            -- in the sentence stating the measure, a figure's clause must state it, as above
            AND (ff.sentence_start <> st.sentence_start OR {states})
            AND CASE WHEN a.gbp_value IS NOT NULL THEN regexp_matches(ff.clause, w.pattern)
              ELSE NOT regexp_matches(ff.clause, $pop)
                AND (regexp_matches({HEAD_PHRASE}, w.pattern) OR regexp_matches({HEAD_WORD}, $ob)) END"""
    keys = ", ".join(cols)
    return f"""SELECT {keys}, arg_max(fact_id, (shared, prominence, recent, score, money, n_articles, -start,
              figure_id))
            AS figure_fact_id
          FROM ({own}) GROUP BY {keys}"""


def _params(store: Store, scope: str, skip: list[str]) -> dict:
    """The kind words of `scope` as the temporary table `_kind_words`, the sentences of the figures `skip` as
    `_skip_sentences`, and the parameters of `_key_figure`."""
    lexicon = cross_border_kinds() if scope == "cross-border" else domestic_types()
    store.con.execute("CREATE OR REPLACE TEMP TABLE _kind_words (kind VARCHAR, pattern VARCHAR)")
    store.con.executemany("INSERT INTO _kind_words VALUES (?, ?)", [list(k) for k in lexicon])
    store.sentences_of("_skip_sentences", skip)
    words = {"cb": cross_border_words(), "st": statement_words(), "ob": object_words(), "pop": population_words()}
    return {"scope": scope, **({**words, "general": general_kind()} if scope == "cross-border" else {})}


def kinds(store: Store, scope: str, skip: list[str] = (), said: int = 10) -> list[dict]:
    """Kinds of measure of one scope: distinct articles and sentences stating them, the sentence that says what the
    measure is (`fact_id`: one that states it first, `stated`, then the most prominent: a headline, a lead), that
    sentence of each article (`said_ids`, in the same order, the first `said`: the measures of the kind, once per
    article), and the key number (`figure_fact_id`, needs `figures.register`): the most salient figure stated with the
    measure that is about it, among the figures worth showing (`figures.SALIENT`), that of the latest article
    first (where articles state a kind again, the last says where it stands), or None. Domestic: a figure of the
    measure's sentences whose object uses the type's words ("1,200 hospital beds" for facilities, "11 districts" for
    none), or a sum of money stated with it (a tie goes to the sum, then to the figure written first: a sum before its
    conversion); in both, a figure of a sentence of several clauses only in a clause holding the kind's words.
    Cross-border: a figure in a cross-border clause of the measure's sentence (the part between clause breaks that holds
    it, read from its span: a list of a year's measures is not cross-border throughout; any clause of a sentence
    cross-border by its article, `whole`) that is a sum of money, or a change or a count of what the measure involves
    (its object before any preposition uses the kind's words, or its noun is one of `object_words` and no other
    kind's but access: "seven more clinics", "five hospitals", not "40 doctors" for drugs; a count whatever its size,
    in a clause that states the measure), in a clause that does not count a place's people (`population_words`: "300
    residents live in Eastbank" is no measure's number; "ambulance transfers rose 27%" is no number of a measure on
    staff). Never a figure of `skip` (fact ids of figures shown elsewhere in the report) nor one of a sentence holding
    one of them, nor one of a sentence stating a cooperation of its own but no measure ("A and B will jointly run a
    course for 120 nurses": that cooperation's number). Most
    widespread first."""
    params = _params(store, scope, skip)
    return store.rows(
        f"""WITH m AS (SELECT * FROM measure_sentences WHERE scope = $scope),
        fig AS ({_key_figure(scope, "kind")}
        ), per_article AS (
          SELECT kind, group_id, bool_or(stated) AS stated, bool_and(aside) AS aside, max(weight) AS weight,
            min(doc_id) AS doc_id,
            arg_min(fact_id, (NOT stated, aside, -weight, NOT canonical, doc_id, sentence_start)) AS fact_id
          FROM m GROUP BY kind, group_id
        ), said AS (  -- the first `said` of each kind only: a kind many articles state lists no article each
          SELECT kind, list_transform(list_sort(list(struct_pack(r := r, f := fact_id))), lambda x: x.f) AS said_ids
          FROM (SELECT kind, fact_id, row_number() OVER (PARTITION BY kind
              ORDER BY NOT stated, aside, -weight, doc_id, fact_id) AS r FROM per_article)
          WHERE r <= $said GROUP BY kind
        ), agg AS (
          SELECT m.kind AS id, m.kind AS label, count(DISTINCT m.group_id) AS n, count(*) AS n_sentences,
            arg_min(m.fact_id, (NOT m.stated, m.aside, -m.weight, NOT m.canonical, m.doc_id, m.sentence_start))
              AS fact_id,
            bool_or(m.stated) AS stated
          FROM m GROUP BY m.kind
        )
        SELECT agg.*, fig.figure_fact_id, said.said_ids
        FROM agg LEFT JOIN fig ON fig.kind = agg.id LEFT JOIN said ON said.kind = agg.id
        ORDER BY n DESC, n_sentences DESC, lower(label), label""",
        {**params, "said": said},
    )


def schemes(store: Store, skip: list[str] = ()) -> list[dict]:
    """Cross-border schemes: each article's cross-border measure of one kind (a voucher usable in Westport's clinics, a
    direct ambulance, an insurance scheme) with what makes it a scheme (needs `register`, `figures.register`,
    `timeline.register_dates` and `initiatives.register_entities`): the sentence that states it (`fact_id`, as
    `kinds` picks it), its parties (`parties`: the bodies named in the cross-border clauses of its sentences and
    the bodies their speakers stand for, never a legislature, a party or a lawmaker's body, which scrutinise it, but
    for a sentence stating a cooperation of its own, with where each is based, and for a side no body of which is
    named, the place of that side named most, the first of each side first: "Westport government (mainland China);
    Harbourside (Hong Kong)"), its key number (`figure_fact_id`, the rule of `kinds` within the article, a figure
    sharing more words with the sentence that states it first) and its date (`date_fact_id`: a date of its headline
    or lead first, a plan too, then the latest date of a sentence that states the measure, the step the article
    reports, not its history: "first rolled out in 2009" gives way to "began in May 2024"; a plan,
    `timeline.register_dates`, only where no other is stated; a sentence
    opening as another matter, "Separately, ...", `separate_pattern`, or stating a cooperation of its own only for the
    measure it states itself). Schemes
    joining two sides first, then those of the kind most articles state, then those more sentences of one copy of
    their article state (best documented: several articles, not one sentence), then those with a key number, then
    those stated, then the most prominent."""
    params = {
        **_params(store, "cross-border", skip),
        "common": common_words(),
        "mainland": mainland_words(),
        "separate": separate_pattern(),
        "source": SOURCE,
        "standard": standard_pattern(),
        "denied": denied_pattern(),
        "onlooker_roles": onlooker_roles(),
        "onlooker_bodies": onlooker_bodies(),
    }
    return store.rows(
        f"""WITH m AS (SELECT * FROM measure_sentences WHERE scope = $scope),
        base AS (
          SELECT kind, group_id, bool_or(stated) AS stated, max(weight) AS weight, min(doc_id) AS doc_id,
            arg_min(fact_id, (NOT stated, aside, -weight, NOT canonical, doc_id, sentence_start)) AS fact_id,
            -- how many sentences state it, in one copy of its article
            count(DISTINCT sentence_start) FILTER (WHERE stated AND canonical) AS n_stated
          FROM m GROUP BY kind, group_id
        ), statement AS (
          -- the words stating the measure: its cross-border clauses, not the other clauses of a lead listing a
          -- year's results
          SELECT b.kind, b.group_id, b.doc_id, coalesce(any_value(ms.clause_text), f.sentence) AS sentence,
            f.sentence_start
          FROM base b JOIN scoped f ON f.fact_id = b.fact_id
          LEFT JOIN m ms ON ms.fact_id = b.fact_id AND ms.kind = b.kind AND ms.group_id = b.group_id
          GROUP BY b.kind, b.group_id, b.doc_id, f.sentence, f.sentence_start
        ), fig AS ({_key_figure("cross-border", "kind, group_id", "statement")}
        ), named AS (
          SELECT m.kind, m.group_id, coalesce(e.name, f.name, f.text) AS name, f.kind AS fk, f.jurisdiction,
            count(*) AS n, min(f.start) AS first
          FROM m JOIN scoped f ON f.doc_id = m.doc_id AND f.sentence_start = m.sentence_start
          -- a sentence reporting another matter ("Neighbouring Eastport announced a similar plan for Harbourside
          -- residents") names no party of this measure, unless it is the one that states it
          JOIN statement said ON said.kind = m.kind AND said.group_id = m.group_id
            AND (NOT regexp_matches(m.sentence, $separate)
              OR (m.doc_id = said.doc_id AND m.sentence_start = said.sentence_start))
            AND f.kind IN ('organization', 'place') AND f.jurisdiction IN {CHINESE!r}
            -- named in the clause that states the measure: not a hospital another clause of the sentence builds
            AND contains(m.clause_text, f.text)
            -- nor the source of its figures ("according to the Federation of Insurers")
            AND NOT regexp_matches({marked("f.sentence", "f.text")}, $source)
            -- nor the standard a figure is set against ("compared with clinics run by the Kelby Authority")
            AND NOT regexp_matches({marked("f.sentence", "f.text")}, $standard)
            -- nor a body the sentence says is no party ("the Kelby Fund, which is not a party to the pilot")
            AND NOT regexp_matches({marked("f.sentence", "f.text")}, $denied)
            -- nor a legislature or party, nor the body of a lawmaker of the sentence: they scrutinise the scheme
            AND NOT regexp_matches(coalesce(f.name, f.text), $onlooker_bodies)
            -- nor a body whose own statistic the sentence gives ("The Authority's median waiting time stood at 102
            -- weeks"): the scheme's setting, not a party to it
            AND NOT (f.kind = 'organization' AND (regexp_matches(f.text, '[''’]s$')
                OR regexp_matches(substr(f.sentence, f."end" - f.sentence_start + 1, 2), '^[''’]s'))
              AND EXISTS (SELECT 1 FROM scoped a WHERE a.kind = 'amount' AND a.doc_id = f.doc_id
                AND a.sentence_start = f.sentence_start AND a.start > f."end")
              AND NOT EXISTS (SELECT 1 FROM scoped q WHERE q.kind = 'partnership' AND q.doc_id = f.doc_id
                AND q.sentence_start = f.sentence_start))
            AND NOT EXISTS (SELECT 1 FROM scoped w WHERE w.doc_id = f.doc_id AND w.sentence_start = f.sentence_start
              AND w.kind = 'person' AND w.affiliation = coalesce(f.name, f.text)
              AND regexp_matches(coalesce(w.role, ''), $onlooker_roles))
          JOIN statement st ON st.kind = m.kind AND st.group_id = m.group_id
          LEFT JOIN entities x ON x.entity_id = f.entity_id LEFT JOIN entities e ON e.entity_id = x.canon_id
          -- a sentence stating a cooperation of its own speaks for that one, not for the measure ("Separately, A
          -- and B signed a referral agreement"), unless it is the sentence stating the measure
          WHERE (m.doc_id = st.doc_id AND m.sentence_start = st.sentence_start)
            OR NOT EXISTS (SELECT 1 FROM scoped q WHERE q.kind = 'partnership' AND q.doc_id = m.doc_id
              AND q.sentence_start = m.sentence_start)
          GROUP BY ALL
          UNION ALL
          -- the body a speaker of the clause stands for states the measure as a party: "Mr Lin said the province
          -- had approved ..." with Mr Lin of the Westport Health Commission
          SELECT m.kind, m.group_id, coalesce(e.name, o.name) AS name, 'organization' AS fk, o.jurisdiction,
            count(*) AS n, min(f.start) AS first
          FROM m JOIN scoped f ON f.doc_id = m.doc_id AND f.sentence_start = m.sentence_start
            AND f.kind = 'person' AND f.affiliation IS NOT NULL AND contains(m.clause_text, f.text)
            AND NOT regexp_matches(coalesce(f.role, ''), $onlooker_roles)
            AND NOT regexp_matches(f.affiliation, $onlooker_bodies)
          JOIN (SELECT doc_id, name, arg_min(entity_id, start) AS entity_id,
              arg_min(jurisdiction, start) AS jurisdiction
            FROM scoped WHERE kind = 'organization' GROUP BY doc_id, name) o
            ON o.doc_id = f.doc_id AND o.name = f.affiliation AND o.jurisdiction IN {CHINESE!r}
          JOIN statement st ON st.kind = m.kind AND st.group_id = m.group_id
          LEFT JOIN entities x ON x.entity_id = o.entity_id LEFT JOIN entities e ON e.entity_id = x.canon_id
          WHERE (m.doc_id = st.doc_id AND m.sentence_start = st.sentence_start)
            OR NOT EXISTS (SELECT 1 FROM scoped q WHERE q.kind = 'partnership' AND q.doc_id = m.doc_id
              AND q.sentence_start = m.sentence_start)
          GROUP BY ALL
          UNION ALL
          -- "the mainland" names a side, not a place: "doctors from the mainland and Harbourside may practise"
          SELECT m.kind, m.group_id, 'mainland China' AS name, 'place' AS fk, 'mainland China' AS jurisdiction,
            count(*) AS n, min(m.sentence_start + strpos(lower(m.clause_text), 'mainland')) AS first
          FROM m WHERE regexp_matches(m.clause_text, $mainland) GROUP BY ALL
        ), bodies AS (
          -- a body named in one sentence and spoken for in another is one party
          SELECT kind, group_id, name, fk, jurisdiction, sum(n) AS n, min(first) AS first
          FROM named WHERE fk = 'organization' GROUP BY kind, group_id, name, fk, jurisdiction
          UNION ALL
          -- a side no body of which is named: its place named most (then first)
          SELECT p.* EXCLUDE (r) FROM (SELECT *, row_number() OVER (PARTITION BY kind, group_id, jurisdiction
              ORDER BY n DESC, first, name) AS r FROM named WHERE fk = 'place') p
          WHERE p.r = 1 AND NOT EXISTS (SELECT 1 FROM named o WHERE o.fk = 'organization' AND o.kind = p.kind
            AND o.group_id = p.group_id AND o.jurisdiction = p.jurisdiction)
        ), parties AS (
          -- the first party of each side before the second of any: a long list of one side hides no side
          SELECT kind, group_id, count(DISTINCT jurisdiction) AS n_sides,
            list(struct_pack(name := name, jurisdiction := jurisdiction) ORDER BY r, fk, first, name) AS parties
          FROM (SELECT *, row_number() OVER (PARTITION BY kind, group_id, jurisdiction ORDER BY fk, first, name) AS r
            FROM bodies)
          GROUP BY kind, group_id
        ), spread AS (  -- how many articles state a measure of each kind
          SELECT kind, count(DISTINCT doc_id) AS n_articles FROM m WHERE kind IS NOT NULL GROUP BY kind
        ), dated AS (
          -- the date of its headline or lead first: the news the article reports, a plan too ("will be able to have
          -- their operations in Westport from next month"), before the history another sentence dates ("first
          -- piloted in 2021"); else a plan ("from September the hospital will open", `timeline.register_dates`) only
          -- where no step taken is stated; a founding year, a target or a year in a name dates no scheme
          SELECT m.kind, m.group_id, arg_max(f.fact_id, (m.lead, NOT f.plan, f.date, -f.start)) AS date_fact_id
          FROM m JOIN step_dates f ON f.doc_id = m.doc_id AND f.sentence_start = m.sentence_start
          JOIN statement st ON st.kind = m.kind AND st.group_id = m.group_id
          -- a sentence that states it, or its headline or lead: the article's news ("Zhuhai will add 3,500 beds and
          -- open its care homes to Westport residents, the bureau announced on November 15")
          WHERE (m.stated OR m.lead)
            -- a sentence reporting another matter ("Separately, the authority said a pilot would be extended from
            -- October") or stating a cooperation of its own ("The scheme builds on an agreement A and B signed in
            -- 2021") dates only the measure it states itself
            AND ((m.doc_id = st.doc_id AND m.sentence_start = st.sentence_start)
              OR NOT (regexp_matches(m.sentence, $separate)
                OR EXISTS (SELECT 1 FROM scoped q WHERE q.kind = 'partnership' AND q.doc_id = m.doc_id
                  AND q.sentence_start = m.sentence_start)))
          GROUP BY m.kind, m.group_id
        )
        SELECT b.kind, b.group_id, b.doc_id, b.fact_id, b.stated, coalesce(p.parties, []) AS parties,
          coalesce(p.n_sides, 0) AS n_sides, fig.figure_fact_id, d.date_fact_id
        FROM base b LEFT JOIN parties p USING (kind, group_id) LEFT JOIN fig USING (kind, group_id)
          LEFT JOIN dated d USING (kind, group_id) LEFT JOIN spread k USING (kind)
        ORDER BY coalesce(p.n_sides, 0) >= 2 DESC, coalesce(k.n_articles, 0) DESC, b.n_stated DESC,
          fig.figure_fact_id IS NOT NULL DESC, b.stated DESC, b.weight DESC, b.doc_id, b.kind""",
        params,
    )


def terms(store: Store) -> list[str]:
    """Fact ids of the figures that are the terms of a measure, ahead of routine statistics among the key numbers
    (needs `register` and `figures.register`): in a cross-border measure's sentence, or in a clause of a reform's
    sentence that states it (`statement_words`), a sum of money ("a voucher worth HK$2,000 a year", "pay RMB180
    each year"), a change of a cross-border measure, or a count of what it involves (`object_words`: "150 patients
    were treated") that is no count of a place's people (`population_words`). "There were 3,604 GPs at the end of
    the year" states no measure: a statistic, not a term. In order: cross-border first, then what a measure changed
    ("cut transfer times from 95 minutes to 38", not a target), then sums, then the most salient."""
    return [
        r["fact_id"]
        for r in store.rows(
            """SELECT ff.fact_id FROM measure_sentences m
            JOIN figure_facts ff ON ff.doc_id = m.doc_id AND ff.sentence_start = m.sentence_start
            JOIN figures a ON a.figure_id = ff.figure_id AND a.salient_any_count
            WHERE (m.scope = 'cross-border' OR regexp_matches(ff.clause, $st))
              AND (a.gbp_value IS NOT NULL OR (m.scope = 'cross-border' AND a.relation = 'change')
                OR (regexp_matches(coalesce(ff.object, ''), $ob) AND NOT regexp_matches(ff.clause, $pop)))
            GROUP BY ff.fact_id
            ORDER BY bool_or(m.scope = 'cross-border') DESC, bool_or(a.relation = 'change' AND NOT a.ahead) DESC,
              bool_or(a.gbp_value IS NOT NULL) DESC, max(a.score) DESC, min(ff.doc_id), min(ff.start), ff.fact_id""",
            {"st": statement_words(), "ob": object_words(), "pop": population_words()},
        )
    ]


def routine(store: Store, among: list[str] | None = None) -> list[str]:
    """Fact ids of routine statistics (needs `register` and `figures.register`): figures (no sum of money: a count,
    a rate per head) in a sentence that uses the words of a routine tally (`routine_statistics.txt`: "640 nurses",
    "51,000 consultations"), states no measure (`statement_words`) and is no cross-border measure's. "Westport had 640
    nurses at the end of the year" is a statistic; "90 patients were treated in the trial" is a measure's term. With
    `among`, only those of these fact ids (a bounded question about the rows a table ranked)."""
    return [
        r["fact_id"]
        for r in store.rows(
            f"""SELECT DISTINCT ff.fact_id FROM figure_facts ff JOIN figures a ON a.figure_id = ff.figure_id
            WHERE a.gbp_value IS NULL {"AND list_contains($among, ff.fact_id)" if among is not None else ""}
              AND regexp_matches(ff.sentence, $routine) AND NOT regexp_matches(ff.sentence, $st)
              AND NOT EXISTS (SELECT 1 FROM measure_sentences m WHERE m.scope = 'cross-border'
                AND m.doc_id = ff.doc_id AND m.sentence_start = ff.sentence_start)
            ORDER BY ff.fact_id""",
            {"routine": lexicon_pattern("routine_statistics.txt"), "st": statement_words()}
            | ({"among": list(among)} if among is not None else {}),
        )
    ]
