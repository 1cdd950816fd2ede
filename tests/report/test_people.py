"""People with their roles as stated, and quotations only in the speaker's own words, each printed once."""

from reportcorpus import Articles, plain

from analysis.report import people

TEXT = """Eastbay clinic opens

"We will open ten clinics this year," said Mary Chen, Director of the Eastbay Health Bureau.
Mary Chen said that the bureau would hire more nurses.
Professor Tom Hale of Northvale University called it "The Eastbay Partnership for Community Health" at the launch.
"Nurses are the heart of every clinic," said Tom Hale.
(Editor: Lin Wei)
"""


def test_roles_are_merged_and_only_own_words_are_quoted(tmp_path):
    a = Articles(tmp_path)
    a.article("clinic", TEXT)
    a.fact("clinic", "person", "Mary Chen", role="Director", affiliation="Eastbay Health Bureau")
    a.fact("clinic", "person", "Mary Chen", 1)
    a.fact("clinic", "person", "Tom Hale", role="Professor", affiliation="Northvale University")
    a.fact("clinic", "person", "Tom Hale", 1, role="Professor")
    own = "We will open ten clinics this year,"
    a.fact("clinic", "quote", f'"{own}"', speaker="Mary Chen", quote=own)
    # reported speech and a quoted name are not the speaker's words
    said = "the bureau would hire more nurses"
    a.fact("clinic", "quote", said, speaker="Mary Chen", quote=said, extractor="quotes.first_person")
    title = "The Eastbay Partnership for Community Health"
    a.fact("clinic", "quote", f'"{title}"', speaker="Tom Hale", quote=title)
    words = "Nurses are the heart of every clinic,"
    a.fact("clinic", "quote", f'"{words}"', speaker="Tom Hale", quote=words)
    a.fact("clinic", "person", "Lin Wei", role="editor", extractor="people.credit")  # the page's editor
    r = a.report("02-china-uk-cooperation", focus="all")
    rows = [{k: plain(v) for k, v in row.items()} for row in people.people_table(r).rows]
    assert [(x["name"], x["role"], x["articles"]) for x in rows] == [
        ("Mary Chen", "Director; Eastbay Health Bureau", "1"),
        ("Tom Hale", "Professor; Northvale University", "1"),
    ]
    quotes = [{k: plain(v) for k, v in row.items()} for row in people.quotes_table(r).rows]
    assert [(q["speaker"], q["quote"]) for q in quotes] == [
        ("Mary Chen Director; Eastbay Health Bureau", "“We will open ten clinics this year,”"),
        ("Tom Hale Professor; Northvale University", "“Nurses are the heart of every clinic,”"),
    ]


def test_merge_parts_and_is_name():
    assert people.merge_parts(["Vice Dean", "Vice-Dean and Director; Professor", None]) == [
        "Vice-Dean and Director",
        "Professor",
    ]
    assert people.is_name("The Northvale Consortium on Medicine and Health")
    assert not people.is_name("Deals of this kind benefit both sides,")


SIDES = """Harbour clinics agree on referrals

"Patients will be referred within a week," said Ann Lowe, Director of the Kestrel Health Trust.
Hong Kong Labour Secretary Wai Man Ho said the scheme would start in May.
"The clinics will share records," said Wai Man Ho.
Peter Stroud, UK minister for Europe, visited the clinics.
"Both sides gain," said Peter Stroud.
Sara Lin, Secretary for Transport, opened the first clinic.
"Every district will have a clinic," the City Works Office said.
"""


def sides_articles(tmp_path):
    a = Articles(tmp_path)
    a.article("sides", SIDES)
    a.fact("sides", "organization", "Kestrel Health Trust", jurisdiction="UK", org_type="other")
    a.fact("sides", "organization", "City Works Office", jurisdiction="Macao", org_type="government")
    a.fact("sides", "person", "Ann Lowe", role="Director", affiliation="Kestrel Health Trust")
    a.fact("sides", "person", "Wai Man Ho", role="Hong Kong Labour Secretary")
    a.fact("sides", "person", "Peter Stroud", role="UK minister for Europe")
    a.fact("sides", "person", "Sara Lin", role="Secretary for Transport")
    for words, who in [
        ("Patients will be referred within a week,", "Ann Lowe"),
        ("The clinics will share records,", "Wai Man Ho"),
        ("Both sides gain,", "Peter Stroud"),
        ("Every district will have a clinic,", "City Works Office"),
    ]:
        a.fact("sides", "quote", f'"{words}"', speaker=who, quote=words)
    return a


def test_each_person_and_speaking_body_shows_its_side(tmp_path):
    r = sides_articles(tmp_path).report("02-china-uk-cooperation", focus="all")
    rows = {plain(x["name"]): (plain(x["role"]), plain(x["side"])) for x in people.people_table(r).rows}
    assert rows == {
        "Ann Lowe": ("Director; Kestrel Health Trust", "UK"),  # the affiliation's jurisdiction
        "Wai Man Ho": ("Hong Kong Labour Secretary", "Hong Kong"),  # a place word of the role
        "Peter Stroud": ("UK minister for Europe", "UK"),
        "Sara Lin": ("Secretary for Transport", "—"),  # nothing places her
    }
    speakers = sorted(plain(q["speaker"]) for q in people.quotes_table(r).rows)
    assert speakers == [
        "Ann Lowe Director; Kestrel Health Trust · UK",
        "City Works Office Macao",
        "Peter Stroud UK minister for Europe · UK",
        "Wai Man Ho Hong Kong Labour Secretary · Hong Kong",
    ]


def test_a_report_on_the_greater_bay_area_leaves_uk_people_and_their_words_to_the_other_report(tmp_path):
    r = sides_articles(tmp_path).report("03-gba-health-reforms", focus="all")
    r.params["focus"] = "gba"
    assert sorted(plain(x["name"]) for x in people.people_table(r).rows) == ["Sara Lin", "Wai Man Ho"]
    assert sorted(plain(q["speaker"]).split(" ")[0] for q in people.quotes_table(r).rows) == ["City", "Wai"]


def test_one_quotation_per_speaker_their_first_statement(tmp_path):
    a = Articles(tmp_path)
    a.article("talk", "Clinic hours widen\n\nThe city health board met on Monday to discuss longer hours for clinics.\n"
              '"We want every district to have a clinic," said Ann Lowe.\n'
              '"Apart from the two clinics already open, we studied four more sites and picked the best two of '
              'them," said Ann Lowe.\n"Patients will wait less," said Tom Hale.\n')  # fmt: skip
    a.fact("talk", "person", "Ann Lowe", role="Director")
    a.fact("talk", "person", "Tom Hale", role="Chair")
    first = "We want every district to have a clinic,"
    more = "Apart from the two clinics already open, we studied four more sites and picked the best two of them,"
    for words, who in [(first, "Ann Lowe"), (more, "Ann Lowe"), ("Patients will wait less,", "Tom Hale")]:
        a.fact("talk", "quote", f'"{words}"', speaker=who, quote=words)
    r = a.report("02-china-uk-cooperation", focus="all")
    assert [plain(q["quote"]) for q in people.quotes_table(r).rows] == [f"“{first}”", "“Patients will wait less,”"]
    # a person's own profile lists all their words
    assert len(people.quotes(r, 3, "person:ann-lowe")) == 2


def test_a_sentence_split_by_she_said_is_one_quotation_in_the_speakers_order(tmp_path):
    a = Articles(tmp_path)
    a.article("talk", "Clinic hours widen\n\nThe city health board met on Monday to discuss longer hours for clinics.\n"
              'Ann Lowe spoke first. "We want every district to have a clinic," she said, "and patients should wait '
              'less than a week for a visit to any of them."\n')  # fmt: skip
    a.fact("talk", "person", "Ann Lowe", role="Director")
    first = "We want every district to have a clinic,"
    more = "and patients should wait less than a week for a visit to any of them."
    for words in (first, more):
        a.fact("talk", "quote", f'"{words}"', speaker="Ann Lowe", quote=words)
    r = a.report("02-china-uk-cooperation", focus="all")
    assert [q["quote"] for q in people.quotes(r, 3, "person:ann-lowe")] == [f"{first} {more}"]


def test_a_speaker_named_by_more_articles_comes_first(tmp_path):
    a = Articles(tmp_path)
    intro = "The city health board met on Monday to discuss longer hours for clinics.\n"
    a.article("one", "Clinics\n\n" + intro + '"Open late," said Ann Lowe. "Patients want clinics to open on '
              'Sundays as well as in the evenings," said Tom Hale.\n')  # fmt: skip
    a.article("two", "Hours\n\n" + intro + "Ann Lowe chaired the board.\n")
    for doc in ("one", "two"):
        a.fact(doc, "person", "Ann Lowe", role="Director")
    a.fact("one", "person", "Tom Hale", role="Chair")
    longer = "Patients want clinics to open on Sundays as well as in the evenings,"
    a.fact("one", "quote", '"Open late,"', speaker="Ann Lowe", quote="Open late,")
    a.fact("one", "quote", f'"{longer}"', speaker="Tom Hale", quote=longer)
    r = a.report("02-china-uk-cooperation", focus="all")
    assert [plain(q["speaker"]) for q in people.quotes_table(r).rows] == ["Ann Lowe Director", "Tom Hale Chair"]


def test_quotations_are_taken_in_turn_from_each_side():
    rows = [{"fact_id": str(i), "side": side} for i, side in enumerate(["UK", "UK", "UK", "Hong Kong", None, "UK"])]
    assert [r["fact_id"] for r in people.both_sides(rows)] == ["0", "3", "4", "1", "2", "5"]


REPORTED = """Eastbay opens ten clinics
Published: 2024-05-02 | Eastbay Evening News

Lin Wei

linwei@example.org

By Kim Lo, Health Reporter

Sam Ho, Eastbay Evening News, reports that Mary Chen, Director of the Eastbay Health Bureau, opened ten clinics.
Jo Pike, Chief Executive of Eastbay Evening News, sponsored the launch.
"""


def test_an_articles_reporters_are_not_people_of_the_story(tmp_path):
    """A name on a line of its own with no role or a newsroom role alone (a byline) and a person of the article's own
    publisher with no role or a newsroom one are its reporters; the publisher's chief executive is a person of the
    story."""
    a = Articles(tmp_path)
    a.article("news", REPORTED, published="2024-05-02", publisher="Eastbay Evening News")
    a.fact("news", "person", "Lin Wei")
    a.fact("news", "person", "Kim Lo", role="Health Reporter")  # a byline with a newsroom role and no outlet
    a.fact("news", "person", "Sam Ho", affiliation="Eastbay Evening News")
    a.fact("news", "person", "Mary Chen", role="Director", affiliation="Eastbay Health Bureau")
    a.fact("news", "person", "Jo Pike", role="Chief Executive", affiliation="Eastbay Evening News")
    r = a.report("03-gba-health-reforms", focus="all")
    assert [plain(row["name"]) for row in people.people_table(r).rows] == ["Jo Pike", "Mary Chen"]


CREDITED = """Eastbay opens a care home

Photo: A nurse with a resident of the new home. (Harbour Daily/Lin Wei)

"I feel at home here," said Wu Lan, a retired bus driver who moved in last month.
"My neighbours visit every day," Wu Lan added.
Tom Hale, Director of the Eastbay Care Bureau, opened the home.
Deputy Mayor Ann Lowe said more homes would follow.
"""


def test_officials_come_before_people_speaking_for_themselves_and_a_photo_credit_is_no_one(tmp_path):
    """A resident quoted twice ranks after a director named once and a deputy mayor with no body stated; the
    photographer credited after a slash is not a person of the story."""
    a = Articles(tmp_path)
    a.article("home", CREDITED)
    a.fact("home", "person", "Lin Wei")
    a.fact("home", "person", "Wu Lan", role="retired bus driver")
    a.fact("home", "person", "Wu Lan", 1)
    for words in ("I feel at home here,", "My neighbours visit every day,"):
        a.fact("home", "quote", f'"{words}"', speaker="Wu Lan", quote=words)
    a.fact("home", "person", "Tom Hale", role="Director", affiliation="Eastbay Care Bureau")
    a.fact("home", "person", "Ann Lowe", role="Deputy Mayor")
    r = a.report("03-gba-health-reforms", focus="all")
    assert [plain(row["name"]) for row in people.people_table(r).rows] == ["Ann Lowe", "Tom Hale", "Wu Lan"]


def test_the_people_table_takes_the_most_prominent_of_each_side_in_turn(tmp_path):
    a = Articles(tmp_path)
    a.article("visit", "Delegation visits Northvale\n\nAnn Lowe, Tom Hale and Sue Marsh of Northvale University "
              "met Zhang Wen of Eastbay Hospital.\n")  # fmt: skip
    for name in ("Ann Lowe", "Tom Hale", "Sue Marsh"):
        a.fact("visit", "person", name, role="Professor", affiliation="Northvale University")
    a.fact("visit", "person", "Zhang Wen", role="Director", affiliation="Eastbay Hospital")
    a.fact("visit", "organization", "Northvale University", name="Northvale University", jurisdiction="UK")
    a.fact("visit", "organization", "Eastbay Hospital", name="Eastbay Hospital", jurisdiction="mainland China")
    r = a.report("02-china-uk-cooperation", focus="all", top_n=2)
    assert [plain(row["side"]) for row in people.people_table(r).rows] == ["UK", "mainland China"]


def test_words_that_stop_inside_a_sentence_are_marked_as_cut():
    assert people.quote_text("This matters. For nurses in rural", 200) == "This matters. For nurses in rural…"
    assert people.quote_text("It works,", 200) == "It works,"
    assert people.quote_text("We are ready!", 200) == "We are ready!"
    assert people.quote_text("one two three four five six seven", 14) == "one two…"  # shortened: one mark


def test_a_focused_report_leaves_out_the_quotations_of_an_article_about_the_other_sides_cooperation(tmp_path):
    a = Articles(tmp_path)
    a.article("pact", "Northvale University signs pact with Westport Medical University\n\n"
              "Westport Medical University and Harbourside Clinic serve patients across the boundary.\n"
              '"Our partner in Northvale will help us train more nurses," said Li Wen.\n')  # fmt: skip
    a.article("care", "Westport clinics open to Harbourside residents\n\n"
              "Westport Clinic and Harbourside Clinic now share records.\n"
              '"Residents can now see doctors across the boundary," said Ann Lowe.\n')  # fmt: skip
    a.fact("pact", "organization", "Northvale University", jurisdiction="UK")
    for nth in (0, 1):
        a.fact("pact", "organization", "Westport Medical University", nth, jurisdiction="mainland China")
    for doc in ("pact", "care"):
        a.fact(doc, "organization", "Harbourside Clinic", jurisdiction="Hong Kong")
        for nth in (0, 1):
            a.fact(doc, "theme", "Westport", nth, theme="cross_border_care")
    a.fact("care", "organization", "Westport Clinic", jurisdiction="mainland China")
    a.fact("pact", "person", "Li Wen", role="President", affiliation="Westport Medical University")
    a.fact("care", "person", "Ann Lowe", role="Director", affiliation="Harbourside Clinic")
    nurses, doctors = (
        "Our partner in Northvale will help us train more nurses,",
        "Residents can now see doctors across the boundary,",
    )
    a.fact("pact", "quote", f'"{nurses}"', speaker="Li Wen", quote=nurses)
    a.fact("care", "quote", f'"{doctors}"', speaker="Ann Lowe", quote=doctors)
    # the Greater Bay Area report: the university's president speaks of its UK partner, the China–UK report's story
    r = a.report("03-gba-health-reforms", focus="gba")
    assert [plain(q["quote"]) for q in people.quotes_table(r).rows] == [f"“{doctors}”"]
    r = a.report("03-gba-health-reforms", focus="all")
    assert sorted(plain(q["quote"]) for q in people.quotes_table(r).rows) == sorted([f"“{doctors}”", f"“{nurses}”"])


def test_words_given_through_an_interpreter_or_in_a_translated_article_are_marked(tmp_path):
    a = Articles(tmp_path)
    a.article("talk", "Nurses exchange\n\nThe two boards signed a nursing exchange on Monday.\n"
              'Lin Wei told the ceremony through an interpreter that nurses had "a great deal to learn".\n'
              '"Patients will wait less," said Tom Hale.\n')  # fmt: skip
    a.fact("talk", "person", "Lin Wei", role="Director of Nursing")
    a.fact("talk", "person", "Tom Hale", role="Chair")
    a.fact("talk", "quote", '"a great deal to learn"', speaker="Lin Wei", quote="a great deal to learn")
    a.fact("talk", "quote", '"Patients will wait less,"', speaker="Tom Hale", quote="Patients will wait less,")
    a.article("news", "Clinics widen\n\nReporter: Ann Lowe Translator: Bo Chen\n\nThe city opened clinics.\n"
              '"Residents trust the clinics now," said Wu Lan.\n')  # fmt: skip
    a.fact("news", "person", "Bo Chen", role="translator")
    a.fact("news", "person", "Wu Lan", role="director")
    a.fact(
        "news",
        "quote",
        '"Residents trust the clinics now,"',
        speaker="Wu Lan",
        quote="Residents trust the clinics now,",
    )
    r = a.report("02-china-uk-cooperation", focus="all")
    got = {plain(q["speaker"]).split()[0]: plain(q["quote"]) for q in people.quotes_table(r).rows}
    assert got == {
        "Lin": "“a great deal to learn…” (through an interpreter)",
        "Tom": "“Patients will wait less,”",
        "Wu": "“Residents trust the clinics now,” (in translation)",
    }
