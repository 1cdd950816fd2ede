"""Measure sentences typed cross-border or domestic, each kind with its key number."""

import re
from contextlib import contextmanager

import duckdb
import pytest
from factstore import fact, store_of

from analysis.query import figures, initiatives, measures, scope, timeline


@contextmanager
def measured(tmp_path, rows, docs=None, focus="all"):
    """A store of these facts with the tables measures read registered (scope, rates, the dates of steps, the
    canonical entities, figures, measures), as a report registers them."""
    with store_of(tmp_path, rows, docs) as s:
        scope.register(s, scope.Scope(focus))
        initiatives.register_rates(s)
        timeline.register_dates(s)
        initiatives.register_entities(s)
        figures.register(s)
        measures.register(s)
        yield s


def amount(doc, sentence_start, sentence, value, unit, obj):
    number = str(int(value)) if value >= 1 else "0"
    s = sentence_start + sentence.index(number)
    return fact(doc, "amount", s, s + len(number), sentence_start=sentence_start, sentence=sentence, value=value,
                unit=unit, object=obj, text=number)  # fmt: skip


def place(doc, sentence_start, sentence, name, jur):
    s = sentence_start + sentence.index(name)
    return fact(doc, "place", s, s + len(name), sentence_start=sentence_start, sentence=sentence, name=name,
                jurisdiction=jur, text=name)  # fmt: skip


def gba_article(doc):
    """Theme facts that put an article in the Greater Bay Area strand."""
    return [fact(doc, "theme", 900 + 10 * i, sentence_start=900, theme="cross_border_care") for i in range(2)]


def org(doc, sentence_start, sentence, name, jur):
    s = sentence_start + sentence.index(name)
    return fact(doc, "organization", s, s + len(name), sentence_start=sentence_start, sentence=sentence, name=name,
                jurisdiction=jur, text=name)  # fmt: skip


S1 = "Residents of Harbourside can now use 40 clinics in Westport under the cross-boundary scheme."
S2 = "Doctors from Harbourside were allowed to practise in Westport, and 300 doctors registered."
S3 = "The city added 1200 hospital beds and opened two new wards."
S4 = "Family doctors now serve 5000 residents through community health centres."


def test_cross_border_and_domestic_kinds_with_their_key_number(tmp_path):
    rows = [
        amount("a", 0, S1, 40.0, "count", "clinics"),
        amount("a", 200, S2, 300.0, "count", "doctors"),
        place("a", 200, S2, "Harbourside", "Hong Kong"), place("a", 200, S2, "Westport", "mainland China"),
        amount("b", 0, S3, 1200.0, "count", "hospital beds"),
        amount("b", 100, S4, 5000.0, "count", "residents"),
        *gba_article("a"),
    ]  # fmt: skip
    with measured(tmp_path, rows) as s:
        cross = {r["label"]: r for r in measures.kinds(s, "cross-border")}
        dom = {r["label"]: r for r in measures.kinds(s, "domestic")}
        ids = {r["fact_id"]: r["after"] for r in s.rows("SELECT fact_id, after FROM figures")}
    assert sorted(cross) == ["access", "staff"]  # S2 is cross-border by its two jurisdictions
    assert ids[cross["staff"]["figure_fact_id"]] == 300.0
    assert sorted(dom) == ["facilities", "primary care and family doctors"]
    assert ids[dom["facilities"]["figure_fact_id"]] == 1200.0


UK_DEAL = "Northvale University will train doctors with Harbourside Clinic and Westport Hospital."
STANDARD = "Harbourside Clinic and Westport Hospital will join hands to raise the standard of nursing."
NAMED = "Westport Harbourside Hospital will hire 80 nurses this year."
PLAIN = "Doctors from Harbourside may practise in Westport from next year."


def measures_of(tmp_path, rows, focus="all"):
    with measured(tmp_path, rows, focus=focus) as s:
        words = "SELECT DISTINCT doc_id, sentence_start, sentence AS words FROM facts"
        rows = s.rows(f"SELECT * FROM measure_sentences JOIN ({words}) USING (doc_id, sentence_start)")
        return {(r["words"], r["scope"], r["kind"]) for r in rows}


def test_a_quotation_or_a_caption_states_a_measure_only_where_no_other_sentence_does(tmp_path):
    """ "'Family doctors will soon serve 6000 residents,' she said" is what someone said, and a photo's caption what
    a picture shows: the sentence of the body that states the measure speaks for the kind, though a quotation
    weighs more as a fact."""
    said = "'Family doctors will soon serve 6000 residents in every district,' she said."
    rows = [
        amount("b", 0, said, 6000.0, "count", "residents") | {"extractor": "quoted"},
        fact("b", "quote", 0, len(said) - 10, sentence=said, text=said[: len(said) - 10]),
        amount("b", 100, S4, 5000.0, "count", "residents"),
    ]
    docs = [{"doc_id": "b", "file": "b.txt", "n_chars": 1000}]
    caption = "[Photo: a family doctor at work. Caption: Family doctors now visit 7000 residents at home.]"
    rows += [amount("c", 0, caption, 7000.0, "count", "residents"), amount("c", 100, S4, 5000.0, "count", "residents")]
    docs += [{"doc_id": "c", "file": "c.txt", "n_chars": 1000}]
    with measured(tmp_path, rows, docs) as s:
        dom = {r["label"]: r for r in measures.kinds(s, "domestic")}
        stated = s.rows("SELECT doc_id, sentence, aside FROM measure_sentences ORDER BY doc_id, sentence_start")
        assert [(r["doc_id"], r["aside"]) for r in stated] == [("b", True), ("b", False), ("c", True), ("c", False)]
        said_by = s.value(
            "SELECT sentence FROM scoped WHERE fact_id = $f", {"f": dom["primary care and family doctors"]["fact_id"]}
        )
    assert said_by == S4


def test_a_quotation_without_a_figure_worth_showing_states_no_domestic_reform(tmp_path):
    """ "'The hard part is family doctors' pay in two systems,' she said": a remark, not a measure; a quotation
    with a figure worth showing still states one."""
    remark = "'The hard part is family doctors' pay in two systems,' she said."
    said = "'Family doctors will soon serve 6000 residents in every district,' she said."
    rows = [
        fact("r", "amount", remark.index("two"), remark.index("two") + 3, sentence_start=0, sentence=remark, value=2.0,
             unit="count", object="systems", text="two"),
        fact("r", "quote", 0, len(remark) - 10, sentence=remark, text=remark[: len(remark) - 10]),
        amount("q", 0, said, 6000.0, "count", "residents"),
        fact("q", "quote", 0, len(said) - 10, sentence=said, text=said[: len(said) - 10]),
    ]  # fmt: skip
    docs = [{"doc_id": d, "file": f"{d}.txt", "n_chars": 1000} for d in ("q", "r")]
    with measured(tmp_path, rows, docs) as s:
        stated = s.rows("SELECT doc_id, scope FROM measure_sentences ORDER BY doc_id")
    assert stated == [{"doc_id": "q", "scope": "domestic"}]


def test_a_cross_border_measure_is_between_the_chinese_jurisdictions_in_its_own_words(tmp_path):
    hk, mc = "Hong Kong", "mainland China"
    rows = [
        # a UK body in the sentence: China–UK cooperation, not a Greater Bay Area measure
        org("a", 0, UK_DEAL, "Northvale University", "UK"), org("a", 0, UK_DEAL, "Harbourside Clinic", hk),
        org("a", 0, UK_DEAL, "Westport Hospital", mc),
        fact("a", "date", 0, 4, sentence=UK_DEAL, date="2024", text="2024"),
        # working together is no kind of measure: "standard" alone is not recognition
        org("a", 200, STANDARD, "Harbourside Clinic", hk), org("a", 200, STANDARD, "Westport Hospital", mc),
        fact("a", "date", 200, 204, sentence_start=200, sentence=STANDARD, date="2024", text="2024"),
        # a place word inside a body's name is not a place
        org("a", 400, NAMED, "Westport Harbourside Hospital", mc), place("a", 400, NAMED, "Harbourside", hk),
        amount("a", 400, NAMED, 80.0, "count", "nurses"),
        place("a", 600, PLAIN, "Harbourside", hk), place("a", 600, PLAIN, "Westport", mc),
        fact("a", "date", 600, 604, sentence_start=600, sentence=PLAIN, date="2025", text="2025"),
        *gba_article("a"),
    ]  # fmt: skip
    got = measures_of(tmp_path, rows)
    assert {(sentence, kind) for sentence, scope_, kind in got if scope_ == "cross-border"} == {(PLAIN, "staff")}


def test_outside_the_greater_bay_area_strand_no_sentence_is_cross_border(tmp_path):
    rows = [place("a", 600, PLAIN, "Harbourside", "Hong Kong"), place("a", 600, PLAIN, "Westport", "mainland China"),
            fact("a", "date", 600, 604, sentence_start=600, sentence=PLAIN, date="2025", text="2025")]  # fmt: skip
    assert all(scope_ != "cross-border" for _, scope_, _ in measures_of(tmp_path, rows))


def test_a_report_on_the_greater_bay_area_leaves_out_sentences_naming_a_uk_body(tmp_path):
    rows = [
        org("a", 0, UK_DEAL, "Northvale University", "UK"), org("a", 0, UK_DEAL, "Westport Hospital", "mainland China"),
        fact("a", "date", 0, 4, sentence=UK_DEAL, date="2024", text="2024"),
        place("a", 600, PLAIN, "Harbourside", "Hong Kong"), place("a", 600, PLAIN, "Westport", "mainland China"),
        fact("a", "date", 600, 604, sentence_start=600, sentence=PLAIN, date="2025", text="2025"),
        *gba_article("a"),
    ]  # fmt: skip
    assert measures_of(tmp_path, rows, focus="gba") == {(PLAIN, "cross-border", "staff")}


def test_a_sentence_naming_a_body_the_articles_place_in_the_uk_is_no_cross_border_measure(tmp_path):
    """ "Doctors from Harbourside may practise in Westport with Orrin": Orrin, unplaced by this sentence, is British
    by another article; the sentence is China–UK work, not a Bay Area measure."""
    said = "Doctors from Harbourside may practise in Westport with Orrin from next year."
    rows = [
        org("a", 0, said, "Orrin", "unknown") | {"entity_id": "org:orrin"},
        place("a", 0, said, "Harbourside", "Hong Kong"), place("a", 0, said, "Westport", "mainland China"),
        *gba_article("a"),
        fact("b", "organization", 0, 5, name="Orrin", jurisdiction="UK", entity_id="org:orrin"),
    ]  # fmt: skip
    assert measures_of(tmp_path, rows, focus="gba") == set()
    (tmp_path / "b").mkdir()  # placed by no article, it leaves the sentence a Bay Area measure
    assert {k for _, _, k in measures_of(tmp_path / "b", rows[:-1], focus="gba")} == {"staff"}


TIE = "Residents of Harbourside will pay 300 yuan a year for insurance cover in Westport."


def test_access_words_are_the_most_general_and_take_no_tie(tmp_path):
    rows = [place("a", 0, TIE, "Harbourside", "Hong Kong"), place("a", 0, TIE, "Westport", "mainland China"),
            amount("a", 0, TIE, 300.0, "CNY", "insurance cover"), *gba_article("a")]  # fmt: skip
    assert measures_of(tmp_path, rows) == {(TIE, "cross-border", "insurance")}


LIST = (
    "Westport hospitals recognise test results and mutually recognised licences at home; doctors from Harbourside "
    "can now practise in Westport."
)


def test_the_kind_of_a_cross_border_measure_comes_from_its_cross_border_clause(tmp_path):
    at = LIST.index("Westport", 100)
    mc = "mainland China"
    rows = [place("a", 0, LIST, "Westport", mc), place("a", 0, LIST, "Harbourside", "Hong Kong"),
            fact("a", "place", at, at + 8, sentence=LIST, text="Westport", name="Westport", jurisdiction=mc),
            fact("a", "date", 0, 4, sentence=LIST, date="2025", text="2025"), *gba_article("a")]  # fmt: skip
    assert measures_of(tmp_path, rows) == {(LIST, "cross-border", "staff")}


RECORDS = "Doctors in Harbourside can now read the medical records of patients sent from Westport before they arrive."


def test_sharing_patients_records_across_the_boundary_is_access(tmp_path):
    rows = [place("a", 0, RECORDS, "Westport", "mainland China"), place("a", 0, RECORDS, "Harbourside", "Hong Kong"),
            *gba_article("a")]  # fmt: skip
    assert measures_of(tmp_path, rows) == {(RECORDS, "cross-border", "access")}


ALLOWED = "Westport hospitals may now use 40 drugs registered in Harbourside"
SPENT = "Harbourside's elderly spent HKD 62000000 of health care vouchers at the Westport hospital last year."
ALSO = "Residents of Harbourside may use the service too, the bureau said in 2025."


def test_an_instrument_of_access_is_access_in_an_article_about_another_measure(tmp_path):
    """In an article about imported drugs, a sentence on vouchers spent across the boundary is a measure of access
    of its own, with its own figure; a sentence of only the general words of access is the drugs measure's."""
    rows = [
        place("d", 0, ALLOWED, "Westport", "mainland China"), place("d", 0, ALLOWED, "Harbourside", "Hong Kong"),
        amount("d", 0, ALLOWED, 40.0, "count", "drugs"),
        amount("d", 100, SPENT, 62000000.0, "HKD", "health care vouchers"),
        fact("d", "date", 300 + ALSO.index("2025"), 304 + ALSO.index("2025"), sentence_start=300, sentence=ALSO,
             date="2025", text="2025"),
        *gba_article("d"),
    ]  # fmt: skip
    got = measures_with_docs(tmp_path, rows, [headlined("d", ALLOWED, lead_end=90)])
    assert {(words, kind) for _, words, _, kind in got} == {
        (ALLOWED, "devices and drugs"),
        (SPENT, "access"),
        (ALSO, "devices and drugs"),
    }


STATED = "Nurses from Harbourside will be allowed to practise in Westport."
TALK = "Nurses from Harbourside talked with colleagues in Westport."


def test_a_cross_border_sentence_that_states_a_measure_needs_no_figure(tmp_path):
    hk, mc = "Hong Kong", "mainland China"
    rows = [place("a", 0, STATED, "Harbourside", hk), place("a", 0, STATED, "Westport", mc),
            place("a", 200, TALK, "Harbourside", hk), place("a", 200, TALK, "Westport", mc),
            *gba_article("a")]  # fmt: skip
    assert measures_of(tmp_path, rows) == {(STATED, "cross-border", "staff")}


STYLE = "Westport clinics will use Harbourside-style triage for 900 patients."


def test_a_place_written_as_a_manner_is_no_side_of_a_measure(tmp_path):
    rows = [place("a", 0, STYLE, "Harbourside", "Hong Kong"), place("a", 0, STYLE, "Westport", "mainland China"),
            amount("a", 0, STYLE, 900.0, "count", "patients"), *gba_article("a")]  # fmt: skip
    assert all(scope_ != "cross-border" for _, scope_, _ in measures_of(tmp_path, rows))


LIVE = "Some 280 Harbourside residents live in Westport, where the cross-boundary scheme has run for a year."
FIVE = "Harbourside residents can now use five clinics in Westport under the cross-boundary scheme."
HEAD = "Cross-boundary visits by Harbourside residents to Westport clinics rose in 2024"


def test_a_measures_key_number_is_a_count_it_involves_whatever_its_size_and_never_a_places_people(tmp_path):
    rows = [
        amount("a", 100, LIVE, 280.0, "count", "Harbourside residents"),
        fact("a", "amount", 300 + FIVE.index("five"), 300 + FIVE.index("five") + 4, sentence_start=300,
             sentence=FIVE, value=5.0, unit="count", object="clinics", text="five"),
        fact("a", "date", HEAD.index("2024"), HEAD.index("2024") + 4, sentence=HEAD, date="2024", text="2024"),
        *gba_article("a"),
    ]  # fmt: skip
    with measured(tmp_path, rows) as s:
        kinds = {r["label"]: r for r in measures.kinds(s, "cross-border")}
        values = {r["fact_id"]: r["after"] for r in s.rows("SELECT fact_id, after FROM figures")}
        sentences = {r["fact_id"]: r["sentence"] for r in s.rows("SELECT fact_id, sentence FROM facts")}
    assert values[kinds["access"]["figure_fact_id"]] == 5.0
    assert sentences[kinds["access"]["fact_id"]] == FIVE  # the sentence that states the measure, not the count


DESCRIBED = (
    "Westport Care, which runs 900 clinics across Harbourside, can now use 12 cross-boundary clinics in Westport "
    "under the scheme."
)


def cross_border_numbers(tmp_path, sentence, counts):
    """{kind: key number} of the cross-border measures of one sentence of a GBA article that names Harbourside (Hong
    Kong) and Westport (the mainland) and states the counts `counts` ([(value, object)])."""
    rows = [amount("a", 0, sentence, value, "count", obj) for value, obj in counts]
    rows += [place("a", 0, sentence, "Harbourside", "Hong Kong"), place("a", 0, sentence, "Westport", "mainland China")]
    with measured(tmp_path, [*rows, *gba_article("a")]) as s:
        kinds = {r["label"]: r for r in measures.kinds(s, "cross-border")}
        values = {r["fact_id"]: r["after"] for r in s.rows("SELECT fact_id, after FROM figures")}
    return {k: values.get(v["figure_fact_id"]) for k, v in kinds.items()}


def test_a_figure_describing_a_body_is_not_its_measures_key_number(tmp_path):
    """ "B, which runs 900 clinics across Harbourside, can now use 12 clinics ...": 900 says what B is; the measure's
    number is 12."""
    counts = [(900.0, "clinics"), (12.0, "cross-boundary clinics")]
    assert list(cross_border_numbers(tmp_path, DESCRIBED, counts).values()) == [12.0]


DRUGS_AND_DOCTORS = (
    "Under the cross-boundary scheme, the 2316 doctors of 66 designated hospitals in Westport may now prescribe "
    "medicines and medical devices registered in Harbourside."
)


def test_a_count_another_kind_names_is_not_this_kinds_key_number(tmp_path):
    """ "the 2316 doctors of 66 designated hospitals may now prescribe medicines registered in Harbourside": the
    drugs measure's number counts hospitals; doctors are staff, whatever their number."""
    counts = [(66.0, "designated hospitals"), (2316.0, "doctors")]
    assert cross_border_numbers(tmp_path, DRUGS_AND_DOCTORS, counts) == {"devices and drugs": 66.0}


ETHICS = (
    "Under the cross-boundary scheme, Harbourside will give 40 hospitals in Westport a shared platform for ethics "
    "reviews and training for ethics committee members."
)


def test_recognising_each_others_ethics_reviews_is_recognition_not_staff(tmp_path):
    assert list(cross_border_numbers(tmp_path, ETHICS, [(40.0, "hospitals")])) == ["recognition"]


def headlined(doc, headline, lead_end=400):
    """A documents row whose headline is the text's first `len(headline)` characters and whose lead runs to
    `lead_end`."""
    return {"doc_id": doc, "file": f"{doc}.txt", "n_chars": 1000, "title": headline, "title_start": 0,
            "title_end": len(headline), "lead_start": len(headline) + 1, "lead_end": lead_end}  # fmt: skip


COVER = "Harbourside residents may now join insurance in Westport"
FEE = "From 2025, the local government will pay the whole insurance fee for children."
WARDS = "Westport opens new wards"


def measures_with_docs(tmp_path, rows, docs, focus="all"):
    with measured(tmp_path, rows, docs, focus=focus) as s:
        words = "SELECT DISTINCT doc_id, sentence_start, sentence AS words FROM facts"
        got = s.rows(f"SELECT * FROM measure_sentences JOIN ({words}) USING (doc_id, sentence_start)")
        return {(r["doc_id"], r["words"], r["scope"], r["kind"]) for r in got}


def test_a_sentence_of_an_article_about_a_cross_border_measure_is_part_of_it(tmp_path):
    """The fee sentence names one side or none; in an article whose headline states a cross-border measure it is
    that measure's, in an article about new wards it is domestic reform."""
    rows = []
    for doc, head in (("cover", COVER), ("wards", WARDS)):
        rows += [place(doc, 0, head, "Westport", "mainland China"), *gba_article(doc)]
        at = 100 + FEE.index("2025")
        rows.append(fact(doc, "date", at, at + 4, sentence_start=100, sentence=FEE, date="2025", text="2025"))
    rows.append(place("cover", 0, COVER, "Harbourside", "Hong Kong"))
    got = measures_with_docs(tmp_path, rows, [headlined("cover", COVER), headlined("wards", WARDS)])
    assert got == {
        ("cover", COVER, "cross-border", "insurance"),
        ("cover", FEE, "cross-border", "insurance"),
        ("wards", FEE, "domestic", "insurance and payment"),
    }


ACCREDIT = "Northvale College accredits Westport Hospital"
PANEL = "Its panel reviewed how 40 surgeons are trained at the hospital."


def test_an_article_about_cooperation_with_a_uk_body_gives_the_gba_report_no_domestic_reform(tmp_path):
    """The panel's sentence names no UK body, but its article is about a UK college's work: China–UK cooperation.
    A cross-border sentence of the same article stays a measure."""
    rows = [
        org("a", 0, ACCREDIT, "Northvale College", "UK"), org("a", 0, ACCREDIT, "Westport Hospital", "mainland China"),
        amount("a", 100, PANEL, 40.0, "count", "surgeons"),
        place("a", 600, PLAIN, "Harbourside", "Hong Kong"), place("a", 600, PLAIN, "Westport", "mainland China"),
        fact("a", "date", 600, 604, sentence_start=600, sentence=PLAIN, date="2025", text="2025"),
        *gba_article("a"),
    ]  # fmt: skip
    docs = [headlined("a", ACCREDIT, lead_end=60)]
    assert measures_with_docs(tmp_path, rows, docs, focus="gba") == {("a", PLAIN, "cross-border", "staff")}
    assert ("a", PANEL, "domestic", "workforce and training") in measures_with_docs(tmp_path, rows, docs)
    # a sentence of the same article with cross-border words but one side of the focus is the UK body's work
    hired = "Since 2024 the college has recruited 30 Hong Kong-registered nurses to work across the boundary."
    rows += [place("a", 300, hired, "Hong Kong", "Hong Kong"), amount("a", 300, hired, 30.0, "count", "nurses")]
    at = 300 + hired.index("2024")
    rows.append(fact("a", "date", at, at + 4, sentence_start=300, sentence=hired, date="2024", text="2024"))
    assert measures_with_docs(tmp_path, rows, docs, focus="gba") == {("a", PLAIN, "cross-border", "staff")}


HISTORY = "Over its 87-year history, the Harbourside hospital built a record in medicine that Westport admires."
IMPORT = "Westport hospitals may import medicines sold in Harbourside."
BOTH = "Westport hospitals bought drugs and medical devices sold in Harbourside in 2024."


def test_a_cross_border_kind_needs_more_than_one_word_in_passing(tmp_path):
    """ "a record in medicine" is one word of devices and drugs, with no statement of a measure and no figure worth
    showing (a length of time): no measure. One word with a statement, or two words, are."""
    rows = [*gba_article("a")]
    for start, sentence in ((0, HISTORY), (200, IMPORT), (400, BOTH)):
        rows += [place("a", start, sentence, "Harbourside", "Hong Kong"),
                 place("a", start, sentence, "Westport", "mainland China")]  # fmt: skip
    rows.append(amount("a", 0, HISTORY, 87.0, "years", "history"))
    at = 400 + BOTH.index("2024")
    rows.append(fact("a", "date", at, at + 4, sentence_start=400, sentence=BOTH, date="2024", text="2024"))
    assert measures_of(tmp_path, rows) == {(IMPORT, "cross-border", "devices and drugs"),
                                           (BOTH, "cross-border", "devices and drugs")}  # fmt: skip


BUDGET = "The local government has budgeted 40000 yuan a year for the insurance subsidies."


def test_a_sentence_cross_border_by_its_article_gives_its_kind_a_key_number(tmp_path):
    rows = [
        place("cover", 0, COVER, "Harbourside", "Hong Kong"), place("cover", 0, COVER, "Westport", "mainland China"),
        amount("cover", 100, BUDGET, 40000.0, "CNY", "insurance subsidies"), *gba_article("cover"),
    ]  # fmt: skip
    with measured(tmp_path, rows, [headlined("cover", COVER, lead_end=60)]) as s:
        insurance = {r["label"]: r for r in measures.kinds(s, "cross-border")}["insurance"]
        values = {r["fact_id"]: r["after"] for r in s.rows("SELECT fact_id, after FROM figures")}
    assert insurance["n_sentences"] == 2 and values[insurance["figure_fact_id"]] == 40000.0


BRANCH = "Eastport clinic's Westport branch begins trial run"
OPEN = "From 2025, the clinic will open services to the public step by step, among them scans for patients."


def test_a_sentence_cross_border_only_by_its_article_takes_the_articles_kind(tmp_path):
    """Opening a Westport clinic's services to Westport's public moves nobody across the boundary: it is part of the
    article's measure (a branch across the boundary: partnerships), not access of its own."""
    rows = [
        place("b", 0, BRANCH, "Eastport", "Macao"), place("b", 0, BRANCH, "Westport", "mainland China"),
        fact("b", "date", 100 + OPEN.index("2025"), 104 + OPEN.index("2025"), sentence_start=100, sentence=OPEN,
             date="2025", text="2025"),
        *gba_article("b"),
    ]  # fmt: skip
    got = measures_with_docs(tmp_path, rows, [headlined("b", BRANCH, lead_end=60)])
    assert got == {("b", BRANCH, "cross-border", "partnerships"), ("b", OPEN, "cross-border", "partnerships")}


IMPORTED = "Westport hospitals may now use 12 more imported drugs from Harbourside"
FEE_AID = "From 2025, the city will subsidise the insurance fees of its pensioners."


def test_a_sentence_cross_border_by_its_article_with_words_of_another_kind_takes_that_kind(tmp_path):
    """In an article on imported drugs, a sentence that subsidises insurance fees is insurance, not drugs."""
    rows = [
        place("d", 0, IMPORTED, "Harbourside", "Hong Kong"), place("d", 0, IMPORTED, "Westport", "mainland China"),
        fact("d", "date", 105, 109, sentence_start=100, sentence=FEE_AID, date="2025", text="2025"),
        *gba_article("d"),
    ]  # fmt: skip
    got = measures_with_docs(tmp_path, rows, [headlined("d", IMPORTED, lead_end=60)])
    assert got == {("d", IMPORTED, "cross-border", "devices and drugs"), ("d", FEE_AID, "cross-border", "insurance")}


RESIDENTS_AID = (
    "In 2025 Harbourside began to subsidise the insurance of its residents in Westport, and residents may use it "
    "as other residents do."
)


def test_words_of_a_specific_kind_outweigh_more_general_words_in_a_cross_border_sentence(tmp_path):
    """Three words of access (residents) and two of insurance, in an article on imported drugs: insurance."""
    rows = [
        place("e", 0, IMPORTED, "Harbourside", "Hong Kong"), place("e", 0, IMPORTED, "Westport", "mainland China"),
        place("e", 100, RESIDENTS_AID, "Harbourside", "Hong Kong"),
        place("e", 100, RESIDENTS_AID, "Westport", "mainland China"),
        fact("e", "date", 103, 107, sentence_start=100, sentence=RESIDENTS_AID, date="2025", text="2025"),
        *gba_article("e"),
    ]  # fmt: skip
    got = measures_with_docs(tmp_path, rows, [headlined("e", IMPORTED, lead_end=60)])
    assert ("e", RESIDENTS_AID, "cross-border", "insurance") in got


PREMIUM = "From 2025, Harbourside residents in Westport will pay 180 yuan a year for insurance cover."
STAFFED = "There were 3600 doctors in Westport at the end of the year."
TREATED = "The family doctor pilot was approved in 2024, and 150 patients were treated."


def test_the_terms_of_a_measure_are_its_sums_and_counts_not_routine_statistics(tmp_path):
    """A premium in a cross-border measure's sentence and the patients a stated reform treated are terms; a count of
    doctors at the end of the year states no measure."""
    rows = [
        place("a", 0, PREMIUM, "Harbourside", "Hong Kong"), place("a", 0, PREMIUM, "Westport", "mainland China"),
        amount("a", 0, PREMIUM, 180.0, "CNY", "insurance cover"),
        amount("b", 0, STAFFED, 3600.0, "count", "doctors"),
        fact("b", "date", 200 + TREATED.index("2024"), 204 + TREATED.index("2024"), sentence_start=200,
             sentence=TREATED, date="2024", text="2024"),
        amount("b", 200, TREATED, 150.0, "count", "patients"),
        *gba_article("a"),
    ]  # fmt: skip
    with measured(tmp_path, rows) as s:
        values = {r["fact_id"]: r["after"] for r in s.rows("SELECT fact_id, after FROM figure_facts")}
        terms = [values[i] for i in measures.terms(s)]
        keys = [r["after"] for r in figures.key_numbers(s, 5, first=measures.terms(s))]
    assert terms == [180.0, 150.0]  # the cross-border sum first
    assert keys == [180.0, 150.0, 3600.0]


SIGN_UP = "Harbourside residents who rent a flat in Westport are also free to sign up."


def test_a_sentence_of_only_general_words_takes_the_kind_of_its_articles_measure(tmp_path):
    """ "residents ... free to sign up" uses only the words of access (the most general kind); in an article on an
    insurance scheme it is part of that scheme, so the article is not counted for access too."""
    rows = [
        place("c", 0, COVER, "Harbourside", "Hong Kong"), place("c", 0, COVER, "Westport", "mainland China"),
        place("c", 100, SIGN_UP, "Harbourside", "Hong Kong"), place("c", 100, SIGN_UP, "Westport", "mainland China"),
        *gba_article("c"),
    ]  # fmt: skip
    got = measures_with_docs(tmp_path, rows, [headlined("c", COVER, lead_end=60)])
    assert got == {("c", COVER, "cross-border", "insurance"), ("c", SIGN_UP, "cross-border", "insurance")}


VOUCHER = "Harbourside's elderly will be able to use health vouchers at 9 more clinics in Westport from May 2025."
CLINICS = "In March the bureau picked Westport Union Clinic and Westport Dental Centre for visits."


def test_a_scheme_has_its_parties_of_each_side_its_key_number_and_its_date(tmp_path):
    """One row per article's measure: the bodies its sentences name, with a side's place where no body of it is
    named (Harbourside; Westport the place is not a party, its clinics are), the count of what it
    involves, and the date of its stating sentence (not of one that only speaks about it: "In March ... picked")."""
    at = VOUCHER.index("May 2025")
    rows = [
        place("v", 0, VOUCHER, "Harbourside", "Hong Kong"), place("v", 0, VOUCHER, "Westport", "mainland China"),
        amount("v", 0, VOUCHER, 9.0, "count", "more clinics"),
        fact("v", "date", at, at + 8, sentence_start=0, sentence=VOUCHER, date="2025-05", text="May 2025"),
        fact("v", "date", 203, 208, sentence_start=200, sentence=CLINICS, date="2025-03", text="March"),
        org("v", 200, CLINICS, "Westport Union Clinic", "mainland China"),
        org("v", 200, CLINICS, "Westport Dental Centre", "mainland China"),
        *gba_article("v"),
    ]  # fmt: skip
    with measured(tmp_path, rows, [headlined("v", VOUCHER, lead_end=120)]) as s:
        (scheme,) = measures.schemes(s)
        values = {r["fact_id"]: r["after"] for r in s.rows("SELECT fact_id, after FROM figures")}
        date = s.value("SELECT date FROM facts WHERE fact_id = ?", [scheme["date_fact_id"]])
    assert scheme["kind"] == "access" and scheme["n_sides"] == 2
    # the first party of each side first
    assert [(p["name"], p["jurisdiction"]) for p in scheme["parties"]] == [
        ("Westport Union Clinic", "mainland China"),
        ("Harbourside", "Hong Kong"),
        ("Westport Dental Centre", "mainland China"),
    ]
    assert values[scheme["figure_fact_id"]] == 9.0 and date == "2025-05"


TWO_HANDS = (
    "On the one hand, Westport built the Eastgate Branch of the City Clinic; on the other hand, 11 more Westport "
    "hospitals may now use drugs sold in Harbourside."
)


def test_a_schemes_parties_are_named_in_its_cross_border_clause(tmp_path):
    """A hospital another clause of the sentence builds is no party of the scheme."""
    rows = [
        org("c", 0, TWO_HANDS, "Eastgate Branch of the City Clinic", "mainland China"),
        place("c", 0, TWO_HANDS, "Harbourside", "Hong Kong"),
        place("c", 0, TWO_HANDS, "Westport", "mainland China"),
        *gba_article("c"),
    ]  # fmt: skip
    with measured(tmp_path, rows, [headlined("c", TWO_HANDS, lead_end=200)]) as s:
        (scheme,) = measures.schemes(s)
    assert [(p["name"], p["jurisdiction"]) for p in scheme["parties"]] == [
        ("Westport", "mainland China"),
        ("Harbourside", "Hong Kong"),
    ]


SOURCED = "Some 30 Westport hospitals may now use drugs sold in Harbourside, according to the Harbourside Drug Guild."


@pytest.mark.parametrize(
    "sourced",
    [
        SOURCED,
        # the source's owner written before it, and a body that estimates what the sentence reports
        "Some 30 Westport hospitals may now use drugs sold in Harbourside, according to figures from the Harbourside "
        "Council's Harbourside Drug Guild.",
        "Some 30 Westport hospitals may now use drugs sold in Harbourside, the Harbourside Drug Guild estimates.",
    ],
)
def test_the_source_of_a_schemes_figures_is_no_party(tmp_path, sourced):
    rows = [
        org("d", 0, sourced, "Harbourside Drug Guild", "Hong Kong"),
        place("d", 0, sourced, "Harbourside", "Hong Kong"),
        place("d", 0, sourced, "Westport", "mainland China"),
        *gba_article("d"),
    ]  # fmt: skip
    with measured(tmp_path, rows, [headlined("d", sourced, lead_end=200)]) as s:
        (scheme,) = measures.schemes(s)
    assert [(p["name"], p["jurisdiction"]) for p in scheme["parties"]] == [
        ("Westport", "mainland China"),
        ("Harbourside", "Hong Kong"),
    ]


TALLY = "At the end of the year Westport had 640 nurses and 310 doctors."
TRIAL = "In the trial at Westport Hospital, 90 patients from Harbourside were treated with imported drugs."
SUM = "Westport had 640 nurses and will spend 40000 yuan on training."


def test_a_tally_of_staff_is_a_routine_statistic_and_a_measures_count_is_not(tmp_path):
    rows = [
        amount("t", 0, TALLY, 640.0, "count", "nurses"), amount("t", 0, TALLY, 310.0, "count", "doctors"),
        amount("t", 200, TRIAL, 90.0, "count", "patients"),
        place("t", 200, TRIAL, "Harbourside", "Hong Kong"), place("t", 200, TRIAL, "Westport", "mainland China"),
        amount("t", 400, SUM, 40000.0, "CNY", "training"), *gba_article("t"),
    ]  # fmt: skip
    with measured(tmp_path, rows) as s:
        got = {s.value("SELECT after FROM figures WHERE fact_id = ?", [i]) for i in measures.routine(s)}
        nurses = s.value("SELECT fact_id FROM figures WHERE after = 640")
        patients = s.value("SELECT fact_id FROM figures WHERE after = 90")
        among = measures.routine(s, [nurses, patients])  # only the ids asked about
    # the trial's patients are a measure's term; a sum of money is never a tally; "will spend" states a measure
    assert got == {640.0, 310.0}
    assert among == [nurses]


PRACTISE = "Harbourside doctors may now practise in Westport"
TRANSFERS = "Patient visits out of Westport rose 27% to 412 last year."


def test_a_change_is_a_measures_key_number_only_when_it_counts_what_the_measure_involves(tmp_path):
    """A change in an article about doctors allowed to practise across the boundary is the staff measure's number
    when it counts doctors, not when it counts patients' visits."""
    rise = TRANSFERS.index("27")
    rows = [
        place("m", 0, PRACTISE, "Harbourside", "Hong Kong"), place("m", 0, PRACTISE, "Westport", "mainland China"),
        fact("m", "amount", 100 + rise, 102 + rise, sentence_start=100, sentence=TRANSFERS, value=27.0,
             unit="percent", object="patient visits", text="27", amount_type="change_percent", change_pct=27.0),
        fact("m", "amount", 100 + rise + 7, 100 + rise + 10, sentence_start=100, sentence=TRANSFERS, value=412.0,
             unit="count", object="patient visits", text="412", amount_type="change_after", value_from=324.4,
             value_to=412.0, change_pct=27.0),
        *gba_article("m"),
    ]  # fmt: skip
    with measured(tmp_path, rows, [headlined("m", PRACTISE, lead_end=60)]) as s:
        staff = {r["label"]: r for r in measures.kinds(s, "cross-border")}["staff"]
    assert staff["figure_fact_id"] is None
    doctors = [dict(r, object="licensed doctors") if r["kind"] == "amount" else r for r in rows]
    with measured(tmp_path, doctors, [headlined("m", PRACTISE, lead_end=60)]) as s:
        staff = {r["label"]: r for r in measures.kinds(s, "cross-border")}["staff"]
        values = {r["fact_id"]: r["after"] for r in s.rows("SELECT fact_id, after FROM figures")}
    assert values[staff["figure_fact_id"]] == 412.0


TRANSFER = "Westport hospital's patient transfer scheme with Harbourside is extended"
MOVED = "Since the scheme began, 156 patients from Harbourside were transferred to Westport."
CLAIMS = "Harbourside residents also made voucher claims of HKD 48000000 at the Westport hospital."


def test_a_schemes_key_number_shares_the_words_of_the_sentence_stating_it(tmp_path):
    """Of two figures of one article's measure, the one whose clause uses the words of the sentence stating the
    measure is its number: a transfer scheme's 156 patients, not a sum of voucher claims at the same hospital."""
    rows = [
        place("t", 0, TRANSFER, "Harbourside", "Hong Kong"), place("t", 0, TRANSFER, "Westport", "mainland China"),
        place("t", 100, MOVED, "Harbourside", "Hong Kong"), place("t", 100, MOVED, "Westport", "mainland China"),
        amount("t", 100, MOVED, 156.0, "count", "patients"),
        place("t", 200, CLAIMS, "Harbourside", "Hong Kong"), place("t", 200, CLAIMS, "Westport", "mainland China"),
        amount("t", 200, CLAIMS, 48_000_000.0, "HKD", "voucher claims"),
        *gba_article("t"),
    ]  # fmt: skip
    with measured(tmp_path, rows, [headlined("t", TRANSFER, lead_end=90)]) as s:
        (scheme,) = measures.schemes(s)
        values = {r["fact_id"]: r["after"] for r in s.rows("SELECT fact_id, after FROM figures")}
    assert values[scheme["figure_fact_id"]] == 156.0


OPENED = "Harbourside residents could use the Westport clinic from 20 December 2023 in a trial run."
LATER = "From September 2024, Harbourside patients will be allowed to book scans in Westport online."


def test_a_schemes_date_is_the_step_taken_not_a_plan_after_the_article(tmp_path):
    rows = [
        place("o", 0, OPENED, "Harbourside", "Hong Kong"), place("o", 0, OPENED, "Westport", "mainland China"),
        fact("o", "date", OPENED.index("20 Dec"), OPENED.index("20 Dec") + 16, sentence_start=0, sentence=OPENED,
             date="2023-12-20", text="20 December 2023"),
        place("o", 100, LATER, "Harbourside", "Hong Kong"), place("o", 100, LATER, "Westport", "mainland China"),
        fact("o", "date", 105, 119, sentence_start=100, sentence=LATER, date="2024-09", text="September 2024"),
        *gba_article("o"),
    ]  # fmt: skip
    doc = headlined("o", OPENED, lead_end=95) | {"published": "2023-12-21"}
    with measured(tmp_path, rows, [doc]) as s:
        (scheme,) = measures.schemes(s)
        date = s.value("SELECT date FROM facts WHERE fact_id = ?", [scheme["date_fact_id"]])
    assert date == "2023-12-20"


def lead_article(doc, head, lead_text, harbourside, published):
    """The place rows and the documents row of an article whose headline and lead name Westport (mainland China) and
    Harbourside (of `harbourside`'s jurisdiction), with the lead's offset."""
    lead = len(head) + 1
    rows = [
        place(doc, at, sentence, name, jur)
        for at, sentence in ((0, head), (lead, lead_text))
        for name, jur in (("Westport", "mainland China"), ("Harbourside", harbourside))
    ]
    return rows, headlined(doc, head, lead_end=lead + len(lead_text)) | {"published": published}, lead


def dated(doc, sentence_start, sentence, text, date):
    at = sentence_start + sentence.index(text)
    return fact(doc, "date", at, at + len(text), sentence_start=sentence_start, sentence=sentence, date=date, text=text)


def scheme_dates(tmp_path, rows, doc):
    with measured(tmp_path, rows, [doc]) as s:
        return [s.value("SELECT date FROM facts WHERE fact_id = ?", [r["date_fact_id"]]) for r in measures.schemes(s)]


HOMES_HEAD = "Westport opens care homes to Harbourside residents"
HOMES_LEAD = (
    "Westport will add 3500 beds and open its public care homes to Harbourside residents on local terms, the "
    "bureau announced on November 15."
)
HOMES_PILOT = "Harbourside will go on paying a subsidy under its cross-boundary care pilot, which started in 2022."


def test_a_schemes_date_is_the_day_its_lead_reports_not_the_start_of_an_older_pilot(tmp_path):
    rows, doc, lead = lead_article("h", HOMES_HEAD, HOMES_LEAD, "Hong Kong", "2024-11-18")
    rows += [
        amount("h", lead, HOMES_LEAD, 3500.0, "count", "beds"),
        dated("h", lead, HOMES_LEAD, "November 15", "2024-11-15"),
        place("h", 300, HOMES_PILOT, "Harbourside", "Hong Kong"),
        dated("h", 300, HOMES_PILOT, "2022", "2022"),
        *gba_article("h"),
    ]
    assert scheme_dates(tmp_path, rows, doc) == ["2024-11-15"]


VISIT = (
    "The under secretary will lead a delegation on Friday to visit two of the newly designated clinics in Westport "
    "and meet officials of the Westport Health Bureau."
)


def test_a_visit_to_a_schemes_clinics_neither_dates_the_scheme_nor_names_its_parties(tmp_path):
    at = VOUCHER.index("May 2025")
    rows = [
        place("v", 0, VOUCHER, "Harbourside", "Hong Kong"), place("v", 0, VOUCHER, "Westport", "mainland China"),
        fact("v", "date", at, at + 8, sentence_start=0, sentence=VOUCHER, date="2025-05", text="May 2025"),
        place("v", 200, VISIT, "Westport", "mainland China"),
        org("v", 200, VISIT, "Westport Health Bureau", "mainland China"),
        dated("v", 200, VISIT, "Friday", "2025-09-26"),
        *gba_article("v"),
    ]  # fmt: skip
    with measured(tmp_path, rows, [headlined("v", VOUCHER, lead_end=120)]) as s:
        (scheme,) = measures.schemes(s)
        date = s.value("SELECT date FROM facts WHERE fact_id = ?", [scheme["date_fact_id"]])
    assert date == "2025-05"
    assert [p["name"] for p in scheme["parties"]] == ["Harbourside", "Westport"]


SIDES = "Doctors from the mainland and Harbourside who travel with patients will be allowed to practise in Westbay."


def test_the_mainland_named_as_a_side_is_a_party_of_a_scheme(tmp_path):
    rows = [
        place("m", 0, SIDES, "Harbourside", "Macao"), place("m", 0, SIDES, "Westbay", "Hong Kong"),
        *gba_article("m"),
    ]  # fmt: skip
    with measured(tmp_path, rows, [headlined("m", SIDES, lead_end=120)]) as s:
        (scheme,) = measures.schemes(s)
    assert {(p["name"], p["jurisdiction"]) for p in scheme["parties"]} == {
        ("mainland China", "mainland China"),
        ("Harbourside", "Macao"),
        ("Westbay", "Hong Kong"),
    }
    assert scheme["n_sides"] == 3


SURGERY_HEAD = "Harbourside patients offered surgery in Westport"
SURGERY_LEAD = "Harbourside patients will be able to have their operations in Westport from next month."
PILOTED = "The authority first piloted cross-boundary referrals to Westport in 2021, when 1150 patients took part."


def test_a_schemes_date_is_its_leads_even_a_plan_before_an_older_pilot(tmp_path):
    rows, doc, lead = lead_article("s", SURGERY_HEAD, SURGERY_LEAD, "Hong Kong", "2024-09-22")
    rows += [
        dated("s", lead, SURGERY_LEAD, "next month", "2024-10"),
        place("s", 300, PILOTED, "Westport", "mainland China"),
        amount("s", 300, PILOTED, 1150.0, "count", "patients"),
        dated("s", 300, PILOTED, "2021", "2021"),
        *gba_article("s"),
    ]
    assert scheme_dates(tmp_path, rows, doc) == ["2024-10"]


NEIGHBOUR = "Neighbouring Tarnby announced a similar plan in September, reserving 900 beds for Kelby residents."
OWN_SCHEME = "In Tarnby, which runs its own scheme, the Kelby bureau said 900 beds were used by Kelby residents."


@pytest.mark.parametrize("other", [NEIGHBOUR, OWN_SCHEME])
def test_another_places_similar_plan_names_no_party_of_the_measure(tmp_path, other):
    """The homes of Westport open to Harbourside residents; "Neighbouring Tarnby announced a similar plan ... for
    Kelby residents" or "In Tarnby, which runs its own scheme, ..." is another matter: Kelby is no side of
    Westport's measure."""
    rows, doc, lead = lead_article("h", HOMES_HEAD, HOMES_LEAD, "Macao", "2024-11-18")
    rows += [
        amount("h", lead, HOMES_LEAD, 3500.0, "count", "beds"),
        place("h", 400, other, "Tarnby", "mainland China"), place("h", 400, other, "Kelby", "Hong Kong"),
        amount("h", 400, other, 900.0, "count", "beds"),
        *gba_article("h"),
    ]  # fmt: skip
    with measured(tmp_path, rows, [doc]) as s:
        sides = {p["jurisdiction"] for r in measures.schemes(s) for p in r["parties"]}
    assert sides == {"mainland China", "Macao"}


def test_the_names_of_the_mainland_as_a_side():
    side = re.compile(measures.mainland_words())
    assert side.search("Nurses of the Chinese mainland may work in Westbay.")
    assert side.search("Doctors from the Mainland may practise there.")
    # a place's own name is read as a place, and a longer word is not the name
    assert not side.search("Clinics in mainland China will open.")
    assert not side.search("Many of the mainlanders travel to Westbay.")


REFERRAL = "Separately, the Harbourside Patient Board and Westport Union Clinic signed a referral agreement."


def test_a_sentence_stating_its_own_cooperation_gives_the_scheme_no_party(tmp_path):
    board, clinic = "Harbourside Patient Board", "Westport Union Clinic"
    rows = [
        place("v", 0, VOUCHER, "Harbourside", "Hong Kong"), place("v", 0, VOUCHER, "Westport", "mainland China"),
        amount("v", 0, VOUCHER, 9.0, "count", "more clinics"),
        org("v", 200, REFERRAL, board, "Hong Kong"), org("v", 200, REFERRAL, clinic, "mainland China"),
        fact("v", "partnership", 200 + REFERRAL.index("signed"), 200 + REFERRAL.index("signed") + 6,
             sentence_start=200, sentence=REFERRAL, parties=[board, clinic], text="signed"),
        *gba_article("v"),
    ]  # fmt: skip
    with measured(tmp_path, rows, [headlined("v", VOUCHER, lead_end=120)]) as s:
        schemes = measures.schemes(s)
    voucher = [x for x in schemes if x["kind"] == "access"]
    # the places of the two sides its own sentence names, in the order named; not the referral's bodies
    assert [(p["name"], p["jurisdiction"]) for p in voucher[0]["parties"]] == [
        ("Harbourside", "Hong Kong"),
        ("Westport", "mainland China"),
    ]


OPENING = (
    "Harbourside patients will be able to use the Westport clinic from September 2024; it began trial operations in "
    "December 2023."
)


def test_a_schemes_date_is_the_step_taken_not_the_plan_its_sentence_adds(tmp_path):
    """A date of what will be done is a plan, whatever the article's own date ("will be able to ... from September
    2024" in an article published later that year); the step taken dates the scheme."""
    rows = [
        place("t", 0, OPENING, "Harbourside", "Hong Kong"), place("t", 0, OPENING, "Westport", "mainland China"),
        fact("t", "date", OPENING.index("December"), OPENING.index("December") + 13, sentence_start=0, sentence=OPENING,
             date="2023-12", text="December 2023"),
        fact("t", "date", OPENING.index("September"), OPENING.index("September") + 14, sentence_start=0,
             sentence=OPENING, date="2024-09", text="September 2024"),
        *gba_article("t"),
    ]  # fmt: skip
    docs = [{**headlined("t", OPENING, lead_end=200), "published": "2024-11-02"}]
    with measured(tmp_path, rows, docs) as s:
        (scheme,) = measures.schemes(s)
        date = s.value("SELECT date FROM facts WHERE fact_id = ?", [scheme["date_fact_id"]])
    assert date == "2023-12"


def test_a_key_number_comes_from_the_clause_that_states_the_measure(tmp_path):
    """In a sentence of several clauses, a figure of a clause without the measure's words is not its number."""
    dom = "The city will build 40 new hospitals; a charity gave 5000000 pounds to the museum."
    cross = (
        "Since May, 300 institutions in Westport and Harbourside can now take part; residents of Harbourside can now "
        "claim insurance fees at 12 hospitals in Westport."
    )
    sides = [("Westport", "mainland China"), ("Harbourside", "Hong Kong")]
    rows = [
        amount("a", 0, dom, 40.0, "count", "new hospitals"),
        amount("a", 0, dom, 5_000_000.0, "GBP", "museum"),
        amount("b", 0, cross, 300.0, "count", "institutions"),
        amount("b", 0, cross, 12.0, "count", "hospitals"),
        *[place("b", 0, cross, name, jur) for name, jur in sides],
        *gba_article("b"),
    ]  # fmt: skip
    with measured(tmp_path, rows) as s:
        dom_kinds = {r["label"]: r for r in measures.kinds(s, "domestic")}
        cross_kinds = {r["label"]: r for r in measures.kinds(s, "cross-border")}
        values = {r["fact_id"]: r["after"] for r in s.rows("SELECT fact_id, after FROM figures")}
    assert values[dom_kinds["facilities"]["figure_fact_id"]] == 40.0
    assert values[cross_kinds["insurance"]["figure_fact_id"]] == 12.0


WISH = "The Westport home, which employs 64 Harbourside nurses, hoped the city would soon allow more of them to work."


def test_a_wish_for_a_measure_is_no_measure(tmp_path):
    hk, mc = "Hong Kong", "mainland China"
    rows = [place("a", 0, STATED, "Harbourside", hk), place("a", 0, STATED, "Westport", mc),
            place("a", 200, WISH, "Harbourside", hk), place("a", 200, WISH, "Westport", mc),
            amount("a", 200, WISH, 64.0, "count", "Harbourside nurses"), *gba_article("a")]  # fmt: skip
    assert measures_of(tmp_path, rows) == {(STATED, "cross-border", "staff")}


APPROVED = "Mr Lin said the province had approved 96 drugs registered in Harbourside for use at Westport hospitals."
LIN = "Lin Bo, deputy director of the Tollan Provincial Health Commission, spoke in Westport."


def test_the_body_a_speaker_of_a_schemes_clause_stands_for_is_a_party(tmp_path):
    """ "Mr Lin said the province had approved ...": the approving body Mr Lin is of stands on its side of the scheme,
    once, though no word of the clause names it."""
    lin = APPROVED.index("Lin")
    rows = [
        amount("d", 0, APPROVED, 96.0, "count", "drugs"),
        place("d", 0, APPROVED, "Harbourside", "Hong Kong"), place("d", 0, APPROVED, "Westport", "mainland China"),
        fact("d", "person", lin, lin + 3, sentence_start=0, sentence=APPROVED, name="Lin Bo", text="Lin",
             affiliation="Tollan Provincial Health Commission"),
        org("d", 200, LIN, "Tollan Provincial Health Commission", "mainland China"),
        *gba_article("d"),
    ]  # fmt: skip
    with measured(tmp_path, rows, [headlined("d", APPROVED, lead_end=120)]) as s:
        (scheme,) = measures.schemes(s)
    assert [(p["name"], p["jurisdiction"]) for p in scheme["parties"]] == [
        ("Tollan Provincial Health Commission", "mainland China"),
        ("Harbourside", "Hong Kong"),
    ]


CRITIC = (
    "Lawmaker Ko Wai, of the Harbourside Civic Alliance and a member of the Harbourside Legislative Council's health "
    "panel, said the vouchers, now used at 40 Westport clinics, should also cover medicines."
)
ASKED = "Ms Ko said 12 more clinics in Westport should take the vouchers."
RAN = "The Harbourside Health Department said 5200 residents used the vouchers at Westport clinics last year."


def test_a_lawmaker_her_party_and_her_legislature_are_no_party_of_a_scheme(tmp_path):
    """A lawmaker who says what a scheme should do scrutinises it: neither her party nor the legislature she sits
    in, named beside her or spoken for ("Ms Ko said ..."), stands on a side of it; the department that runs it
    does."""
    ko = 200 + CRITIC.index("Ko Wai")
    rows = [
        org("v", 0, RAN, "Harbourside Health Department", "Hong Kong"),
        place("v", 0, RAN, "Westport", "mainland China"),
        amount("v", 0, RAN, 5200.0, "count", "residents"),
        place("v", 200, CRITIC, "Harbourside", "Hong Kong"), place("v", 200, CRITIC, "Westport", "mainland China"),
        fact("v", "person", ko, ko + 6, sentence_start=200, sentence=CRITIC, name="Ko Wai", text="Ko Wai",
             role="Lawmaker", affiliation="Harbourside Civic Alliance"),
        org("v", 200, CRITIC, "Harbourside Civic Alliance", "Hong Kong"),
        org("v", 200, CRITIC, "Harbourside Legislative Council", "Hong Kong"),
        amount("v", 200, CRITIC, 40.0, "count", "Westport clinics"),
        fact("v", "person", 402, 404, sentence_start=400, sentence=ASKED, name="Ko Wai", text="Ko", role="Lawmaker",
             affiliation="Harbourside Legislative Council"),
        place("v", 400, ASKED, "Westport", "mainland China"), amount("v", 400, ASKED, 12.0, "count", "more clinics"),
        *gba_article("v"),
    ]  # fmt: skip
    with measured(tmp_path, rows, [headlined("v", RAN, lead_end=120)]) as s:
        (scheme,) = measures.schemes(s)
    assert [(p["name"], p["jurisdiction"]) for p in scheme["parties"]] == [
        ("Harbourside Health Department", "Hong Kong"),
        ("Westport", "mainland China"),
    ]


ANALYST = "Ann Ho, an analyst at Tide Securities, said Harbourside residents may now use vouchers at Westport clinics."


def test_a_market_analyst_and_her_firm_are_no_party_of_a_scheme(tmp_path):
    ho = 200 + ANALYST.index("Ann Ho")
    rows = [
        org("v", 0, RAN, "Harbourside Health Department", "Hong Kong"),
        place("v", 0, RAN, "Westport", "mainland China"),
        amount("v", 0, RAN, 5200.0, "count", "residents"),
        fact("v", "person", ho, ho + 6, sentence_start=200, sentence=ANALYST, name="Ann Ho", text="Ann Ho",
             role="analyst at Tide Securities", affiliation="Tide Securities"),
        org("v", 200, ANALYST, "Tide Securities", "Hong Kong"),
        place("v", 200, ANALYST, "Harbourside", "Hong Kong"), place("v", 200, ANALYST, "Westport", "mainland China"),
        *gba_article("v"),
    ]  # fmt: skip
    with measured(tmp_path, rows, [headlined("v", RAN, lead_end=120)]) as s:
        (scheme,) = measures.schemes(s)
    assert [(p["name"], p["jurisdiction"]) for p in scheme["parties"]] == [
        ("Harbourside Health Department", "Hong Kong"),
        ("Westport", "mainland China"),
    ]


def test_a_body_named_and_spoken_for_in_a_schemes_clause_is_one_party(tmp_path):
    said = APPROVED.replace("the province", "the Tollan Provincial Health Commission")
    lin = said.index("Lin")
    rows = [
        amount("d", 0, said, 96.0, "count", "drugs"),
        place("d", 0, said, "Harbourside", "Hong Kong"), place("d", 0, said, "Westport", "mainland China"),
        fact("d", "person", lin, lin + 3, sentence_start=0, sentence=said, name="Lin Bo", text="Lin",
             affiliation="Tollan Provincial Health Commission"),
        org("d", 0, said, "Tollan Provincial Health Commission", "mainland China"),
        *gba_article("d"),
    ]  # fmt: skip
    with measured(tmp_path, rows, [headlined("d", said, lead_end=140)]) as s:
        (scheme,) = measures.schemes(s)
    assert [(p["name"], p["jurisdiction"]) for p in scheme["parties"]] == [
        ("Tollan Provincial Health Commission", "mainland China"),
        ("Harbourside", "Hong Kong"),
    ]


PILOT = "Separately, the Westport authority said Harbourside patients would be allowed to book scans from October."


def test_a_sentence_reporting_another_matter_does_not_date_the_articles_measure(tmp_path):
    """ "Separately, ..." opens another matter: its planned date is not the date of the measure the article states."""
    rows = [
        place("p", 0, VOUCHER, "Harbourside", "Hong Kong"), place("p", 0, VOUCHER, "Westport", "mainland China"),
        place("p", 200, PILOT, "Harbourside", "Hong Kong"), place("p", 200, PILOT, "Westport", "mainland China"),
        fact("p", "date", 200 + PILOT.index("October"), 207 + PILOT.index("October"), sentence_start=200,
             sentence=PILOT, date="2025-10", text="October"),
        *gba_article("p"),
    ]  # fmt: skip
    doc = headlined("p", VOUCHER, lead_end=120) | {"published": "2025-08-01"}
    with measured(tmp_path, rows, [doc]) as s:
        (scheme,) = measures.schemes(s)
    assert scheme["date_fact_id"] is None
    # the same sentence without the opening words dates it
    plain = PILOT.replace("Separately, the", "The")
    at = 200 + plain.index("October")
    rows = [r for r in rows if r["sentence_start"] != 200] + [
        place("p", 200, plain, "Harbourside", "Hong Kong"), place("p", 200, plain, "Westport", "mainland China"),
        fact("p", "date", at, at + 7, sentence_start=200, sentence=plain, date="2025-10", text="October"),
    ]  # fmt: skip
    with measured(tmp_path, rows, [doc]) as s:
        (scheme,) = measures.schemes(s)
        assert s.value("SELECT date FROM facts WHERE fact_id = ?", [scheme["date_fact_id"]]) == "2025-10"


NURSES = "Harbourside nurses will be able to practise in Westport after training"
COURSE = "Westport College and the Harbourside Institute will jointly run a training course for 90 nurses a year."


def test_a_figure_of_a_sentence_stating_a_cooperation_of_its_own_is_not_a_measures_number(tmp_path):
    rows = [
        place("c", 0, NURSES, "Harbourside", "Hong Kong"), place("c", 0, NURSES, "Westport", "mainland China"),
        org("c", 100, COURSE, "Westport College", "mainland China"),
        org("c", 100, COURSE, "Harbourside Institute", "Hong Kong"),
        amount("c", 100, COURSE, 90.0, "count", "nurses"),
        *gba_article("c"),
    ]  # fmt: skip
    at = 100 + COURSE.index("jointly")
    parties = ["Westport College", "Harbourside Institute"]
    ids = ["org:westport-college", "org:harbourside-institute"]
    deal = fact("c", "partnership", at, at + 7, sentence_start=100, sentence=COURSE, parties=parties, party_ids=ids)
    with measured(tmp_path, rows, [headlined("c", NURSES, lead_end=60)]) as s:
        (scheme,) = measures.schemes(s)
    assert scheme["figure_fact_id"] is not None
    with measured(tmp_path, rows + [deal], [headlined("c", NURSES, lead_end=60)]) as s:
        (scheme,) = measures.schemes(s)
    assert scheme["figure_fact_id"] is None


def test_the_noun_counted_is_cut_at_the_first_preposition():
    objects = ["doctors per 1,000 residents", "ambulance transfers across the boundary", "beds", "visits to clinics"]
    sql = f"SELECT {measures.HEAD_WORD} FROM (SELECT unnest($o) AS object) ff"
    got = [r[0] for r in duckdb.connect().execute(sql, {"o": objects}).fetchall()]
    assert got == ["doctors", "transfers", "beds", "visits"]


DRUGS = "Westport drugs reach 40 more Harbourside patients"
USE = "More patients in Harbourside can now use clinics and medicines of Westport as residents gain access."


def test_an_articles_measure_takes_the_most_specific_kind_its_headline_or_lead_states(tmp_path):
    """The lead uses more words of access (the most general kind) than the headline uses of drugs; the article
    states one measure, of drugs, so both sentences are of that kind and the article is not counted for access
    too."""
    rows = [
        place("d", 0, DRUGS, "Harbourside", "Hong Kong"), place("d", 0, DRUGS, "Westport", "mainland China"),
        amount("d", 0, DRUGS, 40, "count", "patients"),
        place("d", 60, USE, "Harbourside", "Hong Kong"), place("d", 60, USE, "Westport", "mainland China"),
        *gba_article("d"),
    ]  # fmt: skip
    got = measures_with_docs(tmp_path, rows, [headlined("d", DRUGS, lead_end=170)])
    assert got == {("d", DRUGS, "cross-border", "devices and drugs"), ("d", USE, "cross-border", "devices and drugs")}


SECONDED = "Harbourside will second 20 family medicine specialists to work in Westport clinics over two years."


def test_specialists_of_a_field_of_medicine_are_staff_not_drugs(tmp_path):
    rows = [place("a", 0, SECONDED, "Harbourside", "Hong Kong"), place("a", 0, SECONDED, "Westport", "mainland China"),
            amount("a", 0, SECONDED, 20.0, "count", "family medicine specialists"), *gba_article("a")]  # fmt: skip
    assert measures_of(tmp_path, rows) == {(SECONDED, "cross-border", "staff")}


REFERRED = (
    "Harbourside has set aside HK$18 million for diagnostic tests and specialist consultations at Westport hospitals "
    "for patients it refers."
)


def test_a_specialist_service_for_patients_is_access_not_staff(tmp_path):
    rows = [place("a", 0, REFERRED, "Harbourside", "Hong Kong"), place("a", 0, REFERRED, "Westport", "mainland China"),
            amount("a", 0, REFERRED, 18.0, "HKD", "diagnostic tests"), *gba_article("a")]  # fmt: skip
    assert measures_of(tmp_path, rows) == {(REFERRED, "cross-border", "access")}


TRAINING = "Westport's Kelby Medical Centre signed a cross-boundary deal with Harbourside's Tarn Hospital on training"
COST = "A scan at the centre cost 2400 yuan on average last year, the hospital said."


def test_a_sum_of_another_sentence_is_a_schemes_key_number_only_in_a_clause_about_its_kind(tmp_path):
    """A sum that shares only the words of the parties' names with the sentence stating a training scheme (the
    cost of a prescription at one of the hospitals) is no number of the scheme."""
    rows = [
        place("c", 0, TRAINING, "Westport", "mainland China"), place("c", 0, TRAINING, "Harbourside", "Hong Kong"),
        org("c", 0, TRAINING, "Kelby Medical Centre", "mainland China"),
        org("c", 0, TRAINING, "Tarn Hospital", "Hong Kong"),
        amount("c", 200, COST, 2400.0, "CNY", "drugs"),
        *gba_article("c"),
    ]  # fmt: skip
    with measured(tmp_path, rows, [headlined("c", TRAINING, lead_end=150)]) as s:
        found = measures.schemes(s)
    assert len(found) == 1 and found[0]["figure_fact_id"] is None


NEWS = "Westport reports on its health reforms"
PACT = (
    "In May, the Westport health commission and Harbourside's hospital board signed a pact to share the records "
    "of patients referred across the boundary."
)
SIGNED_UP = "The Tarnby clinic group, whose district hospitals and health centres merged, said 64 percent signed up."


def test_a_figure_sharing_only_the_fields_words_with_a_schemes_sentence_is_not_its_number(tmp_path):
    """ "health" and "signed" are in most sentences of the genre: the share of residents who signed
    up with a clinic group is no number of a records pact that was signed."""
    rows = [
        place("h", 100, PACT, "Westport", "mainland China"), place("h", 100, PACT, "Harbourside", "Hong Kong"),
        fact("h", "date", 103, 106, sentence_start=100, sentence=PACT, date="2025-05", text="May"),
        amount("h", 300, SIGNED_UP, 64.0, "percent", "residents"),
        *gba_article("h"),
    ]  # fmt: skip
    with measured(tmp_path, rows, [headlined("h", NEWS, lead_end=60)]) as s:
        found = [r for r in measures.schemes(s) if r["kind"] == "access"]
    assert len(found) == 1 and found[0]["figure_fact_id"] is None


WAITS = "Harbourside patients can now see doctors in Westport in three days, compared with weeks at the Kelby Authority"


def test_the_standard_a_schemes_figure_is_set_against_is_no_party(tmp_path):
    rows = [
        org("w", 0, WAITS, "Kelby Authority", "Hong Kong"),
        place("w", 0, WAITS, "Harbourside", "Hong Kong"),
        place("w", 0, WAITS, "Westport", "mainland China"),
        *gba_article("w"),
    ]  # fmt: skip
    with measured(tmp_path, rows, [headlined("w", WAITS, lead_end=200)]) as s:
        (scheme,) = measures.schemes(s)
    assert [(p["name"], p["jurisdiction"]) for p in scheme["parties"]] == [
        ("Harbourside", "Hong Kong"),
        ("Westport", "mainland China"),
    ]


SCANS = "Harbourside patients can now be referred to Westport's Kelby Hospital for scans"
EARLIER = (
    "The referral scheme builds on a cross-boundary deal the Harbourside Bureau and Tarn Commission signed in 2021."
)


def test_a_sentence_stating_a_cooperation_of_its_own_does_not_date_the_scheme(tmp_path):
    rows = [
        place("r", 0, SCANS, "Harbourside", "Hong Kong"), place("r", 0, SCANS, "Westport", "mainland China"),
        org("r", 0, SCANS, "Kelby Hospital", "mainland China"),
        org("r", 100, EARLIER, "Harbourside Bureau", "Hong Kong"),
        org("r", 100, EARLIER, "Tarn Commission", "mainland China"),
        fact("r", "partnership", 150, 160, sentence_start=100, sentence=EARLIER,
             parties=["Harbourside Bureau", "Tarn Commission"], party_ids=["org:harbourside-bureau",
             "org:tarn-commission"], field="policy and governance"),
        fact("r", "date", 100 + EARLIER.index("2021"), 104 + EARLIER.index("2021"), sentence_start=100,
             sentence=EARLIER, date="2021", text="2021"),
        *gba_article("r"),
    ]  # fmt: skip
    with measured(tmp_path, rows, [headlined("r", SCANS, lead_end=95)]) as s:
        found = measures.schemes(s)
    assert found and all(f["date_fact_id"] is None for f in found)


RECRUIT = "Westport's nurse numbers rose 20% in 2025, helped by a recruitment drive offering housing subsidies."


def test_a_recruitment_drive_is_workforce_whatever_subsidy_it_offers(tmp_path):
    rows = [
        place("n", 0, RECRUIT, "Westport", "mainland China"),
        amount("n", 0, RECRUIT, 20.0, "percent", "nurse numbers"),
        *gba_article("n"),
    ]  # fmt: skip
    got = measures_with_docs(tmp_path, rows, [headlined("n", RECRUIT)])
    assert got == {("n", RECRUIT, "domestic", "workforce and training")}


VOUCHERS = "Harbourside pensioners made 9000 voucher claims in Westport last year, up 30%."


def test_claims_of_vouchers_are_access_not_insurance(tmp_path):
    rows = [
        place("v", 0, VOUCHERS, "Harbourside", "Hong Kong"), place("v", 0, VOUCHERS, "Westport", "mainland China"),
        amount("v", 0, VOUCHERS, 9000.0, "count", "voucher claims"),
        *gba_article("v"),
    ]  # fmt: skip
    got = measures_with_docs(tmp_path, rows, [headlined("v", VOUCHERS)])
    assert got == {("v", VOUCHERS, "cross-border", "access")}


REGISTERED_NURSES = "Harbourside will allow 120 mainland-registered nurses to work in its hospitals"


def test_professionals_registered_on_the_mainland_make_a_measure_cross_border(tmp_path):
    rows = [
        place("m", 0, REGISTERED_NURSES, "Harbourside", "Hong Kong"),
        amount("m", 0, REGISTERED_NURSES, 120.0, "count", "mainland-registered nurses"),
        *gba_article("m"),
    ]
    got = measures_with_docs(tmp_path, rows, [headlined("m", REGISTERED_NURSES)])
    assert {(r[2], r[3]) for r in got} == {("cross-border", "recognition")}


STAFF_1 = "Harbourside doctors may now practise in Westport hospitals"
STAFF_2 = "Westport will allow Harbourside nurses to practise in its clinics."
STAFF_3 = "Harbourside pharmacists will be allowed to practise in Westport too."


def test_the_scheme_more_sentences_state_ranks_before_one_resting_on_a_sentence(tmp_path):
    rows = [
        place("a", 0, S1, "Harbourside", "Hong Kong"), place("a", 0, S1, "Westport", "mainland China"),
        amount("a", 0, S1, 40.0, "count", "clinics"), *gba_article("a"),
    ]  # fmt: skip
    for at, sentence in ((0, STAFF_1), (100, STAFF_2), (200, STAFF_3)):
        rows += [
            place("b", at, sentence, "Harbourside", "Hong Kong"),
            place("b", at, sentence, "Westport", "mainland China"),
        ]
    rows += gba_article("b")
    docs = [headlined("a", S1, lead_end=95), headlined("b", STAFF_1, lead_end=95)]
    with measured(tmp_path, rows, docs) as s:
        got = [(r["doc_id"], r["kind"]) for r in measures.schemes(s)]
    assert got[0] == ("b", "staff") and ("a", "access") in got


TITLE = "Westport's year in health"
ROUNDUP = (
    "The city made progress in 2024: 42% of residents are health literate; 11 Westport clinics joined the "
    "Harbourside drugs scheme; 300 medical institutions and health centres across the city now share the results "
    "of their laboratory tests with each other."
)


def roundup_number(tmp_path, figures) -> float:
    """The key number of the one scheme of an article whose lead is `ROUNDUP`, with these amount facts."""
    at = len(TITLE) + 1
    rows = [
        place("r", at, ROUNDUP, "Westport", "mainland China"), place("r", at, ROUNDUP, "Harbourside", "Hong Kong"),
        *figures, *gba_article("r"),
    ]  # fmt: skip
    with measured(tmp_path, rows, [headlined("r", TITLE, lead_end=at + len(ROUNDUP))]) as s:
        (scheme,) = measures.schemes(s)
        return s.value("SELECT after FROM figures WHERE fact_id = ?", [scheme["figure_fact_id"]])


def test_a_figure_of_another_clause_of_the_sentence_stating_a_scheme_is_not_its_number(tmp_path):
    """A lead listing a year's results clause by clause: the drugs scheme's number is the 11 clinics of its own
    clause, not the 300 institutions of the next, although both clauses share words with the sentence."""
    at = len(TITLE) + 1
    figures_ = [
        amount("r", at, ROUNDUP, 42.0, "percent", "residents"),
        amount("r", at, ROUNDUP, 11.0, "count", "clinics"),
        amount("r", at, ROUNDUP, 300.0, "count", "institutions"),
    ]
    assert roundup_number(tmp_path, figures_) == 11.0


AGAIN = "In all, 300 medical institutions and health centres across the city now share laboratory test results."


def test_a_figure_of_another_sentence_sharing_words_with_another_clause_of_the_statement_is_not_its_number(
    tmp_path,
):
    """The lead's other clause is about test results; a later sentence restating it shares its words, not those of
    the clause stating the drugs scheme."""
    at = len(TITLE) + 1
    later = at + len(ROUNDUP) + 2
    figures_ = [
        amount("r", at, ROUNDUP, 11.0, "count", "clinics"),
        amount("r", later, AGAIN, 300.0, "count", "medical institutions and health centres"),
    ]
    assert roundup_number(tmp_path, figures_) == 11.0


def test_subsidising_residents_bills_in_any_form_of_the_verb_is_insurance_and_a_bodys_subsidy_is_not():
    kinds = dict(measures.cross_border_kinds())
    for s in ("Harbourside will subsidise its residents' hospital bills in Westport.",
              "Bills are subsidized for Harbourside residents treated in Westport."):  # fmt: skip
        assert re.search(kinds["insurance"], s, re.IGNORECASE), s
    assert not re.search(kinds["insurance"], "The operating subsidy for Harbourside Hospital will rise.", re.I)


def test_licensed_or_registered_before_a_noun_or_a_place_is_no_recognition():
    kinds = dict(measures.cross_border_kinds())

    def hit(s):
        return re.search(kinds["recognition"], s) is not None

    assert not hit("The fleet, run by licensed operators, will grow to 30 vans.")
    assert hit("Doctors licensed in Westport may now practise in Harbourside.")
    # registered professionals are recognised; residents registered in a scheme or a place are not
    assert hit("Westport-registered nurses may now work in Harbourside.")
    assert not hit("More than half of the insured residents are registered in Harbourside.")


def test_a_scheme_of_a_kind_more_articles_state_comes_before_one_article_stated_at_length(tmp_path):
    """Insurance stated in two sentences of one article; access stated once in each of two articles: the scheme the
    articles document more comes first."""
    cover = "Harbourside residents living in Westport may now join the city's medical insurance scheme."
    again = "Harbourside students living in Westport may now join the city's student insurance scheme too."
    voucher = "Harbourside's elderly may now use health vouchers at clinics in Westport."
    visits = "Harbourside's elderly can now visit clinics in Westport with their vouchers."
    rows = [
        place("a", 0, cover, "Harbourside", "Hong Kong"), place("a", 0, cover, "Westport", "mainland China"),
        place("a", 100, again, "Harbourside", "Hong Kong"), place("a", 100, again, "Westport", "mainland China"),
        place("b", 0, voucher, "Harbourside", "Hong Kong"), place("b", 0, voucher, "Westport", "mainland China"),
        place("c", 0, visits, "Harbourside", "Hong Kong"), place("c", 0, visits, "Westport", "mainland China"),
        *gba_article("a"), *gba_article("b"), *gba_article("c"),
    ]  # fmt: skip
    with measured(tmp_path, rows) as s:
        got = [(r["kind"], r["doc_id"]) for r in measures.schemes(s)]
    assert got == [("access", "b"), ("access", "c"), ("insurance", "a")]


def test_a_kinds_key_number_is_the_latest_articles_where_articles_state_it_again(tmp_path):
    early = "Residents of Harbourside can now use 40 clinics in Westport under the cross-boundary scheme."
    later = "Residents of Harbourside can now use 75 clinics in Westport under the cross-boundary scheme."
    rows = []
    for doc, sentence, value in (("a", early, 40.0), ("b", later, 75.0)):
        rows += [amount(doc, 0, sentence, value, "count", "clinics"), *gba_article(doc)]
        rows += [
            place(doc, 0, sentence, "Harbourside", "Hong Kong"),
            place(doc, 0, sentence, "Westport", "mainland China"),
        ]
    docs = [
        {"doc_id": "a", "file": "a.txt", "n_chars": 1000, "published": "2024-03-01"},
        {"doc_id": "b", "file": "b.txt", "n_chars": 1000, "published": "2025-09-01"},
    ]
    with measured(tmp_path, rows, docs) as s:
        kinds = {r["label"]: r for r in measures.kinds(s, "cross-border")}
        values = {r["fact_id"]: r["after"] for r in s.rows("SELECT fact_id, after FROM figures")}
    assert values[kinds["access"]["figure_fact_id"]] == 75.0
    # the same two articles dated the other way round give the other number
    docs[0]["published"], docs[1]["published"] = docs[1]["published"], docs[0]["published"]
    (tmp_path / "again").mkdir()
    with measured(tmp_path / "again", rows, docs) as s:
        kinds = {r["label"]: r for r in measures.kinds(s, "cross-border")}
        values = {r["fact_id"]: r["after"] for r in s.rows("SELECT fact_id, after FROM figures")}
    assert values[kinds["access"]["figure_fact_id"]] == 40.0


QUEUES = "The Harbourside Hospital Board's median wait at its clinics stood at 102 weeks last year."


def test_a_body_whose_own_statistic_sets_the_scene_is_no_party_of_a_scheme(tmp_path):
    """ "The Board's median wait at its clinics stood at 102 weeks" says why patients cross, not who runs the
    scheme."""
    rows = [
        place("q", 0, S1, "Harbourside", "Hong Kong"), place("q", 0, S1, "Westport", "mainland China"),
        amount("q", 0, S1, 40.0, "count", "clinics"),
        org("q", 200, QUEUES, "Harbourside Hospital Board", "Hong Kong"),
        amount("q", 200, QUEUES, 102.0, "weeks", "median wait"), *gba_article("q"),
    ]  # fmt: skip
    # the extractor's mention may hold the possessive ("Harbourside Hospital Board's")
    possessive = fact("q", "organization", 204, 232, sentence_start=200, sentence=QUEUES, jurisdiction="Hong Kong",
                      name="Harbourside Hospital Board", text="Harbourside Hospital Board's")  # fmt: skip
    for n, board in enumerate((rows[3], possessive)):
        (tmp_path / str(n)).mkdir()
        with measured(tmp_path / str(n), [*rows[:3], board, *rows[4:]], [headlined("q", S1, 190)]) as s:
            (scheme,) = measures.schemes(s)
        assert [(p["name"], p["jurisdiction"]) for p in scheme["parties"]] == [
            ("Harbourside", "Hong Kong"),
            ("Westport", "mainland China"),
        ]


VIDEO = "Under the pilot, Harbourside patients in Westport may attend consultations by video with their own doctors."


def test_care_by_video_across_the_boundary_is_access_though_it_names_doctors_and_nurses(tmp_path):
    rows = [place("v", 0, VIDEO, "Westport", "mainland China"), place("v", 0, VIDEO, "Harbourside", "Hong Kong"),
            *gba_article("v")]  # fmt: skip
    assert measures_of(tmp_path, rows) == {(VIDEO, "cross-border", "access")}


PRICED = (
    "A consultation at the new Westport clinics costs between 120 yuan and 200 yuan, against HK$450 at a private "
    "general practitioner in Harbourside."
)


def test_a_practitioner_in_the_singular_is_a_service_no_staff(tmp_path):
    """ "at a private general practitioner": where a service is bought, as "specialist consultations" is; the
    sentence's clinics make it access."""
    rows = [
        place("e", 0, PRICED, "Harbourside", "Hong Kong"), place("e", 0, PRICED, "Westport", "mainland China"),
        amount("e", 0, PRICED, 120.0, "CNY", "consultation"),
        *gba_article("e"),
    ]  # fmt: skip
    got = measures_with_docs(tmp_path, rows, [headlined("e", PRICED, lead_end=60)])
    assert [k for d, s, _, k in got if s == PRICED] == ["access"]


def test_a_kinds_key_number_comes_from_the_article_stating_it_up_front_before_a_later_one_in_passing(tmp_path):
    """An article whose headline states the kind speaks for it before a later article that states it in its body
    only: the latest article says where one scheme stands, not which scheme leads the kind."""
    head = "Westport widens list of Harbourside medicines for its hospitals"
    s_a = "Westport now allows 12 hospitals to use medicines registered in Harbourside."
    s_b = "Harbourside patients in Westport can now join 30 drug trials at the new centre."
    rows = [
        place("a", 0, head, "Westport", "mainland China"), place("a", 0, head, "Harbourside", "Hong Kong"),
        amount("a", 100, s_a, 12.0, "count", "hospitals"),
        place("a", 100, s_a, "Westport", "mainland China"), place("a", 100, s_a, "Harbourside", "Hong Kong"),
        amount("b", 100, s_b, 30.0, "count", "drug trials"),
        place("b", 100, s_b, "Westport", "mainland China"), place("b", 100, s_b, "Harbourside", "Hong Kong"),
        *gba_article("a"), *gba_article("b"),
    ]  # fmt: skip
    docs = [
        {**headlined("a", head, lead_end=len(head) + 1), "published": "2024-11-07"},
        {"doc_id": "b", "file": "b.txt", "n_chars": 1000, "published": "2025-09-22"},
    ]
    with measured(tmp_path, rows, docs) as s:
        cross = {r["label"]: r for r in measures.kinds(s, "cross-border")}
        ids = {r["fact_id"]: r["after"] for r in s.rows("SELECT fact_id, after FROM figures")}
    assert cross["devices and drugs"]["n"] == 2
    assert ids[cross["devices and drugs"]["figure_fact_id"]] == 12.0


FUNDED = (
    "Harbourside residents can now use their care subsidy in Westport, and the Marsh Foundation, which is not a party "
    "to the pilot, has paid for carers' training."
)


def test_a_body_the_sentence_says_is_no_party_is_none(tmp_path):
    rows = [
        place("f", 0, FUNDED, "Harbourside", "Hong Kong"),
        place("f", 0, FUNDED, "Westport", "mainland China"),
        org("f", 0, FUNDED, "Marsh Foundation", "Macao"),
        *gba_article("f"),
    ]  # fmt: skip
    with measured(tmp_path, rows, [headlined("f", FUNDED, lead_end=200)]) as s:
        (scheme,) = measures.schemes(s)
    assert [(p["name"], p["jurisdiction"]) for p in scheme["parties"]] == [
        ("Harbourside", "Hong Kong"),
        ("Westport", "mainland China"),
    ]


TRANSFER_FEE = "Each patient transfer from Westport to Harbourside costs 600 yuan under the cross-boundary scheme."
TIME_CUT = "The cross-boundary scheme cut transfer times between Westport and Harbourside from 90 minutes to 35."


def test_what_a_cross_border_measure_changed_comes_before_its_unit_price(tmp_path):
    """The transfer time the scheme cut says what it did; the price of one transfer is one of its terms, after it."""
    rows = [
        place("a", 0, TRANSFER_FEE, "Harbourside", "Hong Kong"),
        place("a", 0, TRANSFER_FEE, "Westport", "mainland China"),
        amount("a", 0, TRANSFER_FEE, 600.0, "CNY", "patient transfer"),
        place("a", 200, TIME_CUT, "Harbourside", "Hong Kong"),
        place("a", 200, TIME_CUT, "Westport", "mainland China"),
        *gba_article("a"),
    ]  # fmt: skip
    for text, value, kind in (("90 minutes", 90.0, "change_before"), ("35", 35.0, "change_after")):
        s0 = 200 + TIME_CUT.index(text)
        rows.append(fact("a", "amount", s0, s0 + len(text), sentence_start=200, sentence=TIME_CUT, value=value,
                         unit="minutes", object="transfer times", text=text, amount_type=kind, value_from=90.0,
                         value_to=35.0, change_pct=-61.1111))  # fmt: skip
    with measured(tmp_path, rows) as s:
        values = {r["fact_id"]: r["after"] for r in s.rows("SELECT fact_id, after FROM figure_facts")}
        terms = [values[i] for i in measures.terms(s)]
    assert terms[0] == 35.0 and terms[-1] == 600.0
