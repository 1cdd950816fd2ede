"""The one place a figure is about: its own phrase, its clause, a place the text refers back to, or none."""

import pytest


def places_of(facts, text: str) -> dict[str, str | None]:
    return {r["text"]: r["place"] for r in facts(text, "amount")}


@pytest.mark.parametrize(
    "text,expected",
    [
        # where a story was filed is not where its figures are
        (
            "Tarn news\n\nGLASGOW, May 3 (Kestrel Wire) - Tarn Optics will spend $40 million on new lenses, it said.",
            {"$40 million": None},
        ),
        # people of one place living in another are counted where they live
        (
            "The number of Hong Kong pensioners housed in care homes in Shenzhen went from 40 in 2021 to 95 this year.",
            {"40": "Shenzhen", "95": "Shenzhen"},
        ),
        # ... but not where something else of the sentence is ("published in London")
        (
            "The number of Leeds pensioners on the list rose to 70, compared with a figure published in London.",
            {"70": "Leeds"},
        ),
        # an apposition with a word of the place's level describes that place, whatever it goes on to name
        (
            "Xiamen, a city of 5.3 million people on China's south-east coast, has grown. Hunan is a province of "
            "about 66 million people in central China.",
            {"5.3 million": "Xiamen", "about 66 million": "Hunan"},
        ),
        # the whole a share is of is not where the share is, when the clause's subject is a place
        (
            "Zhuhai grew.\n\nXiangzhou district had 41 percent of the city's beds. Doumen had 18 percent of "
            "Zhuhai's doctors.",
            {"41 percent": "Xiangzhou", "18 percent": "Doumen"},
        ),
        # a body seated by "-based" before its name gives its figures that place
        (
            "Shenzhen-based Kelby Hospital Group and Hong Kong insurer Tarn Life agreed a plan. Hong Kong insurers "
            "agree. Hong Kong grows.\n\nKelby chairman Li Ming said the group's hospitals treated 2.4 million "
            "patients in 2024.",
            {"2.4 million": "Shenzhen"},
        ),
        # where the text seats a body outranks a place its name opens with
        (
            "The contracts include a £9 million deal for Leeds-based Harrow Health to supply monitors to Tarn "
            "Hospital.",
            {"£9 million": "Leeds"},
        ),
        # the nation of a sum's currency is no place of any figure
        (
            "They will fit out a ward in Foshan with 12 million yuan and 1.5 million U.S. dollars.",
            {"12 million yuan": "Foshan", "1.5 million U.S. dollars": "Foshan"},
        ),
        # where people came from is not where they are counted, nor what "the city" refers to
        (
            "Wakefield is a city in Yorkshire.\n\nAround 900 people from Hong Kong have moved to the city.\n\n"
            "In Foshan, a nurse said half of the 420 patients her clinic saw came from Macao.",
            {"Around 900": "Wakefield", "420": "Foshan"},
        ),
        # a standard the figure is compared with ("below the city figure") is not its place
        (
            "Guangzhou grew.\n\nBaiyun District: the district has 2.9 nurses per 10,000 residents, below the city "
            "figure.",
            {"2.9": "Baiyun District"},
        ),
        # the landmark of a bearing is not where the figure is
        (
            "Jiaxing, a city of 5.5 million people south of Shanghai, is ageing fast.",
            {"5.5 million": "Jiaxing"},
        ),
        # where a figure was told is not what it is about
        (
            "Hunan widened drug access for Hunan patients.\n\nBy June, 57 devices had been cleared, said Ann Lee, "
            "director of the agency, at a news conference in Changsha.\n\nIn Hunan, 40 clinics opened last year, she "
            "told reporters in Changsha.",
            {"57": "Hunan", "40": "Hunan"},
        ),
        # the place inside the figure's own phrase wins over a place in another clause
        (
            "The health literacy level of Foshan residents has reached 31.5%, while Zhuhai added 40 clinics.",
            {"31.5%": "Foshan", "40": "Zhuhai"},
        ),
        # coordinated figures each take the place of their own phrase
        (
            "Eight Chinese universities and 12 universities from the UK joined the consortium in Leeds.",
            {"Eight": "China", "12": "United Kingdom"},
        ),
        # "the city" stands for the city named before
        (
            "There were 1,250 nurses working in Northfield. Last year, 300 nurses worked in the city's clinics.",
            {"1,250": "Northfield", "300": "Northfield"},
        ),
        # inside and outside a city is no single place; the aside names its own
        (
            "Shenzhen is growing. The programme now reaches 522 hospitals (152 in this city) both inside and "
            "outside the city.",
            {"522": None, "152": "Shenzhen"},
        ),
        # several places at once are no single place
        ("Staff from over 20 hospitals in Leeds and Foshan took part.", {"over 20": None}),
        # from many countries: no single place
        (
            "The university has more than 6,500 international students from over 150 countries.",
            {"more than 6,500": None, "over 150": None},
        ),
    ],
)
def test_place_of_a_figure(facts, text, expected):
    assert places_of(facts, text) == expected


def test_a_place_that_names_a_manner_or_a_pair_is_not_where_a_figure_is(facts):
    text = (
        "Zhuhai has promoted family doctor services to 11 districts. Currently, a total of 80 Hong Kong style "
        "clinics have been built."
    )
    assert places_of(facts, text) == {"11": "Zhuhai", "a total of 80": "Zhuhai"}
    assert places_of(facts, "Partners set up six China-UK training centres.")["six"] is None


def test_a_sentence_with_no_place_takes_the_paragraph_subject_or_none(facts):
    assert places_of(facts, "Foshan opened a new stroke unit. It treated 400 patients in March.") == {"400": "Foshan"}
    assert places_of(facts, "The clinic treated 400 patients in March.") == {"400": None}


def test_people_named_by_their_origin_leave_the_sentence_to_the_place_they_are_in(facts):
    text = "In 2021, 74 Macao nurses held licences in Zhuhai. The number rose to 121 in 2022."
    assert places_of(facts, text) == {"74": "Zhuhai", "121": "Zhuhai"}
    text = "In 2021, 74 Macao nurses held licences. The number rose to 121 in 2022."
    assert places_of(facts, text)["121"] == "Macao"


def test_a_place_a_sentence_sets_its_news_in_carries_to_the_sentences_that_go_on_about_it(facts):
    lead = "Shenzhen has 900 clinics. Shenzhen plans more. Shenzhen is big.\n\n"
    text = lead + "A new clinic opened in Foshan in March. It has 40 beds. Since then it has treated 3,000 patients."
    assert places_of(facts, text) == {"900": "Shenzhen", "40": "Foshan", "3,000": "Foshan"}
    # across a paragraph's end, while each sentence refers back to what the place sentence set up
    text = lead + (
        "Kelby Health will build a new clinic in Foshan, the company said.\n\n"
        "The clinic will be run by a new firm. It is expected to open in 2028 and to create 180 jobs."
    )
    assert places_of(facts, text)["180"] == "Foshan"


def test_a_place_a_sentence_sets_its_news_in_carries_no_further_than_the_sentences_about_it(facts):
    lead = "Shenzhen has 900 clinics. Shenzhen plans more. Shenzhen is big.\n\n"
    # a sentence about something else ends it
    text = lead + "Kelby Health will build a new clinic in Foshan. Patients made 3,000 visits last year."
    assert places_of(facts, text)["3,000"] == "Shenzhen"
    # two sentences at most
    text = (
        lead
        + "Kelby Health will build a clinic in Foshan. It will hire staff. It will add beds. It will have 40 wards."
    )
    assert places_of(facts, text)["40"] == "Shenzhen"


def test_a_place_a_line_opens_with_as_its_label_is_the_place_of_its_figures(facts):
    text = (
        "Shenzhen reforms care\n\n"
        "Shenzhen has 900 clinics, officials in Shenzhen said. Shenzhen plans more, and Shenzhen hospitals will grow. "
        "Shenzhen is big.\n\n"
        "County by county, the numbers vary:\n\n"
        "- Zhuhai: the city invested 75 million yuan in an imaging centre that reads 640 scans a day."
    )
    found = places_of(facts, text)
    assert (found["900"], found["75 million yuan"], found["640"]) == ("Shenzhen", "Zhuhai", "Zhuhai")


def test_the_article_subject_is_the_place_of_figures_that_name_none(facts):
    text = (
        "Kunming expands care\n\n"
        "Kunming opened a new hospital last week. Health officials in Kunming said more beds will follow.\n\n"
        "The hospital has 14 delivery suites.\n\n"
        "Doctors from Wuhan visited Kunming in May."
    )
    assert places_of(facts, text) == {"14": "Kunming"}


def test_a_place_that_says_where_people_come_from_is_no_mention_of_the_articles_place(facts):
    text = (
        "Kunming widens cover\n\n"
        "Dali residents living in Kunming can now join its insurance. Kunming said Dali and Lijiang residents "
        "would pay the local rate, and Dali patients welcomed it.\n\n"
        "- The fund paid 1,400 claims."
    )
    assert places_of(facts, text) == {"1,400": "Kunming"}


def test_the_province_counts_as_a_mention_of_the_one_province_named(facts):
    text = (
        "Yunnan expands care\n\n"
        "Yunnan opened clinics in Kunming and Dali. The province hired nurses, and the province's budget grew.\n\n"
        "Doctors from Kunming visited Dali.\n\n"
        "- The clinics treated 1,400 patients."
    )
    assert places_of(facts, text) == {"1,400": "Yunnan"}


def test_a_body_the_figures_clause_happens_at_says_where_it_is(facts):
    text = "Trainees will spend 12 weeks at the Leeds Institute for Surgical Simulation before returning to Yunnan."
    assert places_of(facts, text) == {"12 weeks": "Leeds"}


def test_a_body_seated_in_a_place_by_the_text_gives_its_figures_that_place(facts):
    text = (
        "Students will train partly in Leeds and partly at Kelby Hospital in Kunming. Kelby Hospital performed "
        "9,000 operations in 2025. Leeds trains 300 surgeons a year."
    )
    assert places_of(facts, text) == {"9,000": "Kunming", "300": "Leeds"}


def test_no_article_subject_when_two_places_share_the_article(facts):
    text = (
        "Leeds and Wuhan work together\n\n"
        "Leeds signed a deal with Wuhan. Doctors in Wuhan and Leeds will train together.\n\n"
        "The course lasts 12 weeks."
    )
    assert places_of(facts, text) == {"12 weeks": None}


def test_a_country_is_not_an_article_subject(facts):
    text = "China and trade\n\nChina grew. China traded. China built.\n\nThe firm donated 2 million pounds."
    assert places_of(facts, text) == {"2 million pounds": None}


def test_a_district_named_before_is_the_district_of_the_figure(facts):
    text = "Doctors of the Hongshan district in Wuhan met. Nurses now staff 14 clinics across the district."
    assert places_of(facts, text)["14"] == "Hongshan"


def test_figures_listed_with_respectively_take_the_places_listed(facts):
    text = "Kunming and Harbin opened 12 and 30 clinics respectively."
    assert places_of(facts, text) == {"12": "Kunming", "30": "Harbin"}


def test_figures_listed_with_respectively_take_the_places_of_the_list_items(facts):
    text = "A care home in Leeds and a hospice in Cardiff will receive 60 and 40 beds respectively."
    assert places_of(facts, text) == {"60": "Leeds", "40": "Cardiff"}
    # more places than figures: no pairing by rank
    text = "A care home in Leeds, a hospice in Cardiff and a clinic in York will get 60 and 40 beds respectively."
    assert places_of(facts, text)["40"] != "Cardiff"


def test_a_body_with_a_place_in_its_name_places_its_own_figures(facts):
    text = "The 300 beds of the Dalian Central Hospital are full."
    assert places_of(facts, text)["300"] == "Dalian"


def test_a_kind_of_medicine_is_not_a_nationality(facts):
    assert places_of(facts, "The county has 70 Chinese medicine clinics.") == {"70": None}
    assert places_of(facts, "The ward has 70 Chinese surgeons.") == {"70": "China"}


def test_places_in_quoted_speech_count_but_not_in_quoted_names(facts):
    text = 'She said the plan "sends 40 nurses to Harbin each spring."'
    assert places_of(facts, text) == {"40": "Harbin"}
    text = 'The "Harbin Health Link" programme enrolled 40 doctors.'
    assert places_of(facts, text) == {"40": None}


def test_the_figures_of_one_change_share_a_place(facts):
    text = "In Exeter, visits rose 5% to 2,100 last year."
    assert places_of(facts, text) == {"5%": "Exeter", "2,100": "Exeter"}


def test_a_currency_adjective_is_not_a_place(facts):
    assert places_of(facts, "The deal was worth three billion British pounds.") == {
        "three billion British pounds": None
    }


def test_the_subject_a_sum_measures_gives_its_nationality(facts):
    text = "British drug exports will rise by $3 billion."
    assert places_of(facts, text) == {"$3 billion": "United Kingdom"}
    # "valued at": the subject the sum measures, not a district an earlier paragraph named
    valued = (
        "Tarrow Ltd will open a centre in Guangzhou's Tianhe district.\n\n"
        "The Chinese market for rapid tests was valued at about $2.3 billion in 2023."
    )
    assert places_of(facts, valued) == {"about $2.3 billion": "China"}


def test_brackets_are_found_from_an_index_built_once():
    from analysis.extract.amount_places import _brackets

    text = "a (b (c) d) e (f\ng) h"
    opens, closes, parents = _brackets(text)
    assert opens == [2, 5, 14]
    assert closes == [10, 7, 16]  # an aside left open ends with its line
    assert parents == [-1, 0, -1]


def test_where_people_come_from_gives_way_to_where_they_are(facts):
    text = "About 900 Chinese trainees now study at British colleges."
    assert places_of(facts, text) == {"About 900": "United Kingdom"}
    assert places_of(facts, "The scheme will invest £8m in British hospitals.") == {"£8m": "United Kingdom"}


def test_a_partner_is_not_where_a_figure_is(facts):
    assert places_of(facts, "Training will run in connection with Wuhan for the next three years.") == {
        "three years": None
    }


def test_people_hired_from_a_place_work_where_the_article_is(facts):
    text = (
        "Harbin hires doctors\n\n"
        "Harbin opened two clinics. Officials in Harbin said more will come.\n\n"
        "Two of the city's clinics have hired eight nurses from Dalian."
    )
    assert places_of(facts, text)["eight"] == "Harbin"


def test_the_field_of_a_ranking_is_not_where_a_figure_is(facts):
    text = (
        "Kunming leads\n\nKunming opened clinics. Kunming hired nurses.\n\n"
        "For three years running, the lab has come first in the province."
    )
    assert places_of(facts, text) == {"three years": "Kunming"}


def test_inside_and_outside_the_city_is_no_single_place(facts):
    text = "Leeds grew. Its network now spans 40 surgeries inside and outside the city."
    assert places_of(facts, text) == {"40": None}


def _places_of(facts, text):
    return [(r["text"], r["place"]) for r in facts(text, "amount")]


def test_figure_belongs_to_the_district_not_its_city(facts):
    assert _places_of(facts, "Xiangzhou District of Zhuhai opened 12 clinics last year.") == [
        ("12", "Xiangzhou District")
    ]
    assert _places_of(facts, "In Zhuhai, Xiangzhou District added 300 beds.") == [("300", "Xiangzhou District")]
    assert _places_of(facts, "Zhuhai's Xiangzhou District now has 5 hospitals.") == [("5", "Xiangzhou District")]


def test_anaphora_finds_a_district_named_with_its_level_word(facts):
    text = "In Xiangzhou District of Zhuhai, clinics served 3 million visits. The district also opened 4 clinics."
    assert [p for _, p in _places_of(facts, text)] == ["Xiangzhou District", "Xiangzhou District"]


def test_places_of_two_jurisdictions_after_a_comma_are_a_list(facts):
    assert _places_of(facts, "Clinics in Zhuhai, Macao and Shenzhen treated 900 patients.") == [("900", None)]


def test_place_in_a_relative_clause_about_the_giver_is_not_the_figures(facts):
    text = "Realm, which is based in Zhuhai, will give the Welsh college 2 million pounds over three years."
    assert ("2 million pounds", None) in _places_of(facts, text)


def test_place_in_a_relative_clause_about_the_counted_noun_stays(facts):
    text = "The group runs 40 clinics which are located in Zhuhai."
    assert _places_of(facts, text) == [("40", "Zhuhai")]


def test_the_city_is_the_one_the_narrative_is_about_not_one_named_in_quoted_speech(facts):
    text = (
        "Qingyuan plans 5,000 more hospital beds. Qingyuan also plans new clinics.\n\n"
        '"Wards in Qingyuan are full, and parents drive to Guangzhou," Wu said.\n\n'
        "The city had 11,400 licensed doctors at the end of 2023."
    )
    assert places_of(facts, text)["11,400"] == "Qingyuan"


def test_the_city_is_the_one_an_earlier_sentence_of_the_paragraph_is_about(facts):
    text = (
        "Zhuhai opened 12 clinics. Zhuhai hired 40 nurses. Zhuhai trained 30 doctors.\n\n"
        "Jiangmen opened a new hospital this year. The city's 800 beds will open in May."
    )
    assert places_of(facts, text)["800"] == "Jiangmen"


def test_a_larger_place_holding_the_subject_does_not_compete_with_it(facts):
    text = (
        "Qingyuan adds beds\n\n"
        "Qingyuan in northern Guangdong plans more beds. Guangdong officials approved the plan.\n\n"
        "The plan sets a target of 1.4 nurses per doctor.\n\n"
        "Doctors in Qingyuan welcomed it."
    )
    assert places_of(facts, text)["1.4"] == "Qingyuan"


def test_bodies_of_a_territory_make_it_the_article_subject(facts):
    text = (
        "More public beds\n\n"
        "The Hospital Authority will open new wards. The Hospital Authority said staff were ready.\n\n"
        "The wards will have 450 beds.\n\n"
        "The Hospital Authority also runs clinics in Hong Kong."
    )
    assert places_of(facts, text)["450"] == "Hong Kong"


@pytest.mark.parametrize(
    "text,expected",
    [
        # a company's figures are its own, even in an article about a city
        (
            "Zhongshan now has 2,300 family doctors. Brightwater Pharma Ltd, which has a plant in Zhongshan, "
            "reported revenue of 4.5 billion yuan last year.",
            {"2,300": "Zhongshan", "4.5 billion yuan": None},
        ),
        (
            "Dongguan has invested heavily in care. The company's annual sales rose to 2 billion yuan. "
            "Dongguan has 50 community clinics.",
            {"2 billion yuan": None, "50": "Dongguan"},
        ),
        # a pronoun defers to the subject of the clause above
        (
            "Nottingham is a growing city. Harlow Biotech plc said its profits rose 12% to £40 million. "
            "Nottingham has 300,000 residents.",
            {"12%": None, "£40 million": None, "300,000": "Nottingham"},
        ),
        # a university's or a programme's count, and a national total
        (
            "Kestrel University is in Nottingham. The university enrols 28,000 students. Nottingham welcomes them.",
            {"28,000": None},
        ),
        (
            "The scheme has been piloted in Huizhou. Across the programme, 1.2 million patients have been enrolled. "
            "Huizhou has 40 pilot clinics.",
            {"1.2 million": None, "40": "Huizhou"},
        ),
        (
            "Zhongshan is expanding. Total national health spending reached 9 trillion yuan in 2023. "
            "Zhongshan spent 30 billion yuan.",
            {"9 trillion yuan": None, "30 billion yuan": "Zhongshan"},
        ),
        (
            "Zhuhai is expanding. At the national level, spending on health rose 8%.",
            {"8%": None},
        ),
        ("Zhuhai launched a health app. The app now has 3 million users.", {"3 million": None}),
        # a hospital with a place in its name gives that place; a university's name does not say where its figures are
        (
            "Jiangmen opened a medical school. Jiangmen Kestrel Hospital has 3,200 beds.",
            {"3,200": "Jiangmen"},
        ),
        (
            "Jiangmen opened a medical school. Jiangmen Kestrel University has 32,000 students.",
            {"32,000": None},
        ),
    ],
)
def test_a_figure_owned_by_a_body_or_the_whole_country_takes_no_carried_place(facts, text, expected):
    assert places_of(facts, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Shenzhen is reforming care. In Futian district, 40 clinics opened. Across Shenzhen, 300 clinics opened.",
            {"40": "Futian", "300": "Shenzhen"},
        ),
        (
            "Guangzhou has 18 million residents. Its Tianhe District now counts 210 doctors.",
            {"18 million": "Guangzhou", "210": "Tianhe District"},
        ),
    ],
)
def test_a_district_figure_stays_with_the_district(facts, text, expected):
    assert places_of(facts, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a city written with a possessive is a place the figure can be about
        (
            "Nanhai District is in Foshan. Foshan's GDP grew 5% last year. Nanhai has 3 hospitals.",
            {"5%": "Foshan", "3": "Nanhai"},
        ),
        # a body with a district in its name gives the district, even one the reference data does not hold
        (
            "Shenzhen is growing fast. Futian District Health Bureau reported 1.3 million visits. Shenzhen had "
            "90 million visits.",
            {"1.3 million": "Futian District", "90 million": "Shenzhen"},
        ),
        # a body named with its city and then its district is the city's; after a hyphen, where the body is
        (
            "Dalian Ganjingzi District Hospital has 1,200 beds. The University of Leeds-Foshan Clinic has 90 beds.",
            {"1,200": "Dalian", "90": "Foshan"},
        ),
    ],
)
def test_city_and_district_figures_stay_apart(facts, text, expected):
    assert places_of(facts, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the place "in" which the clause happens says where the figure is, not the city that acts
        ("Shenzhen built 40 clinics in Futian District last year.", {"40": "Futian District"}),
        ("Foshan will add 2,000 beds in Nanhai District by 2025.", {"2,000": "Nanhai District"}),
        ("Guangzhou invested 2 billion yuan in Panyu District's hospitals.", {"2 billion yuan": "Panyu District"}),
        # "the city of X" names X; it does not refer back to the city named before
        (
            "Nanshan District, in the city of Shenzhen, opened 12 clinics this year.",
            {"12": "Nanshan District"},
        ),
        # two places joined by a dash are the sides of a pair
        ("Deals worth £5 million were signed at the yearly Britain–China forum.", {"£5 million": None}),
    ],
)
def test_a_district_where_the_clause_happens(facts, text, expected):
    assert places_of(facts, text) == expected


def test_a_place_named_where_an_apposition_says_another_lies_holds_it(facts):
    text = "Doctors from Zhaoqing, a city of about 4.1 million people in the west of Guangdong province, will train."
    assert places_of(facts, text)["about 4.1 million"] == "Zhaoqing"


def test_a_district_of_the_reference_table_counts_for_its_city_as_the_article_subject(facts):
    text = (
        "Macao families move to Luohu\n\n"
        "Families from Macao settled in Luohu. Clinics in Shenzhen welcomed them, Macao officials said.\n\n"
        "Macao will send nurses.\n\nThe clinics have 14 dentists."
    )
    assert places_of(facts, text) == {"14": None}


def test_where_money_comes_from_is_not_where_the_figure_is(facts):
    text = "The trade visit brings US$2 billion in Chinese money for British biotech firms."
    assert places_of(facts, text) == {"US$2 billion": "United Kingdom"}
    # a nationality the parser reads as part of a name ("Welsh software firms") is still where the money goes
    text = "The minister's Japan trip brings US$2.1b in Japanese money for Welsh software firms."
    assert places_of(facts, text) == {"US$2.1b": "Wales"}
    # where the money goes outranks a place qualifying the subject, however long the phrase of the firms
    text = "The Japan trip brings US$2.1b in Japanese money for Welsh biotech and life sciences firms."
    assert places_of(facts, text) == {"US$2.1b": "Wales"}
    text = "Northvale Capital raised £50 million from investors in Hong Kong for clinics in Leeds."
    assert places_of(facts, text) == {"£50 million": "Leeds"}
    text = "More than 300 medical professionals from Westport are now registered to work in Leeds."
    assert places_of(facts, text) == {"More than 300": "Leeds"}


def test_a_sum_in_a_currency_of_a_place_is_where_its_own_phrase_says(facts):
    """A fee in Harbour dollars at a clinic of a mainland city is about that city, not about the currency's place."""
    text = (
        "Lam expected fees to stay below those in Hong Kong, citing an average price of HK$420 per visit at the "
        "Dongguan Eye Hospital."
    )
    assert places_of(facts, text) == {"HK$420": "Dongguan"}


def test_a_sum_with_no_place_in_its_paragraph_takes_its_currencys_place_over_another_countrys_setting(facts):
    text = (
        "Kestrel opened a ward in Dongguan. Dongguan officials welcomed it.\n\n"
        "Stroke is estimated to cost £3.5 billion a year.\n\n"
        "More clinics will open in Dongguan."
    )
    assert places_of(facts, text) == {"£3.5 billion": "United Kingdom"}
    # a place its paragraph names comes first; a currency of the article's own jurisdiction changes nothing
    text2 = "Stroke is common in Dongguan. It is estimated to cost £3.5 billion a year.\n\nDongguan is growing."
    assert places_of(facts, text2) == {"£3.5 billion": "Dongguan"}


def test_a_subject_on_the_smaller_side_of_a_cross_border_link_is_no_article_subject(facts):
    # Hong Kong is named most, but most places and bodies named lie on the mainland: it is one end of the link
    text = (
        "Hong Kong patients may use vouchers across the border\n\n"
        "Hong Kong residents can now use vouchers at clinics in Shenzhen, Guangzhou and Zhuhai. Hong Kong officials "
        "said Foshan and Dongguan would follow, and Hong Kong would review the scheme.\n\n"
        "Claims rose to 68,000 last year.\n\n"
        "Clinics in Zhongshan and Huizhou hope to join."
    )
    assert places_of(facts, text)["68,000"] is None


def test_a_subject_on_a_side_that_barely_outweighs_the_other_is_no_article_subject(facts):
    # a twinning of two hospitals: Leeds is named most, but the other side's places are named nearly as often
    text = (
        "Leeds hospital twins with Hangzhou hospital\n\n"
        "Leeds General Infirmary has signed a twinning agreement with Hangzhou First People's Hospital. Doctors in "
        "Leeds said the link would help, and officials in Leeds and York welcomed it.\n\n"
        "Nurses from Hangzhou will visit Leeds next year, and staff from Ningbo and Wenzhou may join.\n\n"
        "The exchange will cost £650,000."
    )
    assert places_of(facts, text)["£650,000"] is None


def test_a_subject_on_the_main_side_stays_the_article_subject(facts):
    text = (
        "Kunming expands care\n\n"
        "Kunming opened a new hospital last week. Health officials in Kunming said doctors from Hong Kong will "
        "visit.\n\n"
        "The hospital has 14 delivery suites.\n\n"
        "Doctors from Wuhan visited Kunming in May."
    )
    assert places_of(facts, text)["14"] == "Kunming"


@pytest.mark.parametrize(
    "text",
    [
        "Leeds-based Corrow Biotics Ltd signed a £12 million supply deal with a distributor.",
        "Leeds's Corrow Biotics Ltd signed a £12 million supply deal with a distributor.",
        "Leeds wound dressing maker Corrow Biotics signed a £12 million supply deal with a distributor.",
    ],
)
def test_where_a_company_is_based_is_not_where_its_deal_is(facts, text):
    assert places_of(facts, text)["£12 million"] is None


@pytest.mark.parametrize(
    "text,figure",
    [
        ("Leeds-based investor Tamar Health Partners raised its stake to 12.5%.", "12.5%"),
        (
            "A further 18 million yuan was pledged by the Kelby Foundation, a Guangzhou-based charity.",
            "18 million yuan",
        ),
        ("Based in Leeds, UK, Corrow Biotics employs 65 people.", "65"),
        (
            "Corrow signed a US$18 million contract with Fenwick Pharma Services, based in Leeds, to make kits.",
            "US$18 million",
        ),
    ],
)
def test_a_base_told_around_a_companys_name_is_not_where_its_figures_are(facts, text, figure):
    assert places_of(facts, text)[figure] is None


def test_a_hospital_based_in_a_city_keeps_the_citys_figures(facts):
    text = "Leeds-based Kirkgate Hospital treated 9,000 patients last year."
    assert places_of(facts, text)["9,000"] == "Leeds"


def test_where_people_are_sent_to_act_gives_way_over_where_they_come_from(facts):
    text = "At present 86 British doctors hold permits to practise in Shenzhen."
    assert places_of(facts, text) == {"86": "Shenzhen"}


def test_deals_of_a_journey_are_where_it_went(facts):
    text = "A Welsh trade delegation to Wuhan closes with £30m in deals."
    assert places_of(facts, text) == {"£30m": "Wuhan"}
    # however long the sentence; the travellers themselves are counted at home
    text = (
        "A trade mission of 19 Scottish dental firms to Chengdu finished on 2 June with orders and licences "
        "valued at £14 million, the organisers said."
    )
    assert places_of(facts, text) == {"19": "Scotland", "£14 million": "Chengdu"}
    text = "Welsh companies signed contracts worth £6 million during a visit to Xi'an."
    assert places_of(facts, text) == {"£6 million": "Xi'an"}


def test_people_from_each_side_of_an_exchange_are_about_no_single_place(facts):
    text = (
        "Leeds hospital expands nurse exchange\n\n"
        "Leeds Teaching Hospitals said nurses in Leeds will benefit. Officials in Leeds welcomed the plan.\n\n"
        "Up to 30 nurses a year from each side will spend four weeks on the wards. The course will enrol 50 nurses a "
        "year, 25 from each country."
    )
    assert places_of(facts, text) == {"Up to 30": None, "four weeks": None, "50": None, "25": None}


def test_a_figure_shared_by_several_parties_is_about_no_single_place(facts):
    text = (
        "Leeds expands care\n\n"
        "Leeds Teaching Hospitals said patients in Leeds will benefit. Officials in Leeds welcomed the plan.\n\n"
        "The two hospitals together performed more than 700 kidney transplants a year. Kelby Eye Hospital and the "
        "Leeds Eye Centre will exchange up to 10 trainee surgeons a year. The partners have committed £3.1 million. "
        "Both universities will admit 80 students. The hospital has 40 beds."
    )
    assert places_of(facts, text) == {
        "more than 700": None,
        "up to 10": None,
        "£3.1 million": None,
        "80": None,
        "40": "Leeds",
    }


def test_a_place_in_the_name_of_a_university_or_company_is_not_where_its_figures_are(facts):
    text = (
        "The University of Exeter enrols more than 2,300 overseas students. Hangzhou Kelby Biotech Co., Ltd employs "
        "300 people. Leeds General Infirmary has 900 beds."
    )
    assert places_of(facts, text) == {"more than 2,300": None, "300": None, "900": "Leeds"}
    # an association's members are its own too
    assert places_of(facts, "The Dental Society of Macao has 1,200 members.") == {"1,200": None}


def test_a_place_that_is_the_subject_above_or_what_a_where_clause_describes_is_the_figures(facts):
    text = (
        "Jiangmen health report\n\n"
        "Jiangmen opened 20 clinics. Jiangmen hired doctors. Jiangmen officials were pleased.\n\n"
        "Xinhui district, the city's largest, recorded the biggest rise, adding 1,200 beds.\n\n"
        "The picture is worse in Taishan, where the sign-up rate is 31%, and where 22 of the 64 village clinics have "
        "no doctor."
    )
    assert places_of(facts, text) == {
        "20": "Jiangmen",
        "1,200": "Xinhui",
        "31%": "Taishan",
        "22": "Taishan",
        "64": "Taishan",
    }


def test_a_schools_intake_is_its_own_and_a_cohort_in_a_city_is_no_ranking(facts):
    text = (
        "Leeds opens nursing school\n\n"
        "Leeds welcomed the plan. Leeds officials said the city needs nurses.\n\n"
        "The joint school will take its first intake of 60 students in 2027, rising to 150 a year by 2030. A joint "
        "school of nursing set up by Fudan University and the University of Exeter welcomed its first 90 students in "
        "Shanghai on Monday."
    )
    assert places_of(facts, text) == {"60": None, "150": None, "90": "Shanghai"}


def test_the_place_that_registered_a_thing_is_not_where_it_is_counted(facts):
    text = "So far 64 Macao-registered drugs have been approved for use across the border."
    assert places_of(facts, text) == {"64": None}


def test_the_city_is_the_city_in_the_name_of_the_body_speaking_in_its_sentence(facts):
    text = (
        "Leeds and Wuhan sign GP pact\n\n"
        "Doctors from Wuhan will train in Leeds. Leeds has 300 GPs.\n\n"
        "Zhang Wei, deputy director of the Wuhan Municipal Health Commission, said the city had 5,400 registered "
        "general practitioners."
    )
    assert places_of(facts, text) == {"300": "Leeds", "5,400": "Wuhan"}


def test_a_flow_of_goods_is_about_its_market(facts):
    text = (
        "UK exports of medical equipment to Japan were worth £2.3 billion last year, up 5 percent. "
        "Exports of Welsh surgical gloves to Brazil fell to £120 million in 2024 from £150 million in 2022. "
        "Chile's imports of insulin from Norway reached US$40 million. "
        "Separately, shipments from Wales rose to £9 million.\n\n"
        "UK exports of wool to Peru were worth £7 million in 2024, while imports from Peru reached £5 million."
    )
    assert places_of(facts, text) == {
        "£2.3 billion": "Japan",
        "5 percent": "Japan",
        "£120 million": "Brazil",
        "£150 million": "Brazil",
        "US$40 million": "Chile",
        "£9 million": "Wales",
        "£7 million": "Peru",
        "£5 million": "United Kingdom",
    }


def test_a_mission_is_about_where_it_went(facts):
    text = "A Westland trade mission to Peru closed with deals worth £20 million."
    assert places_of(facts, text) == {"£20 million": "Peru"}


def test_the_term_of_a_pact_is_about_no_place(facts):
    text = (
        "Leeds has 40 clinics. Leeds signed a five-year agreement with a hospital in Foshan. "
        "The council renewed its contract with the hospital for another three years. "
        "Nurses from Foshan will spend eight weeks on wards in Leeds."
    )
    assert places_of(facts, text) == {
        "40": "Leeds",
        "five-year": None,
        "three years": None,
        "eight weeks": "Leeds",
    }


def test_the_span_of_an_exchange_or_of_a_commitment_is_about_no_place(facts):
    text = (
        "Leeds has 40 clinics. Nurses in Leeds will join a two-year teaching exchange with a hospital in Foshan. "
        "The unit in Leeds builds on six years of cooperation with Foshan. "
        "Leeds will pay 3,500 pounds to midwives who pledge to stay in Leeds for at least two years."
    )
    assert places_of(facts, text) == {
        "40": "Leeds",
        "two-year": None,
        "six years": None,
        "3,500 pounds": "Leeds",
        "at least two years": None,
    }


def test_the_period_a_plan_runs_over_is_about_no_place_unless_its_subject_names_one(facts):
    text = (
        "Leeds has 40 clinics. The partners will train 120 nurses in Leeds over three years. "
        "Leeds doubled its clinics over five years."
    )
    assert places_of(facts, text) == {
        "40": "Leeds",
        "120": "Leeds",
        "over three years": None,
        "over five years": "Leeds",
    }


def test_public_bodies_named_after_a_city_make_it_the_article_subject(facts):
    text = (
        "Kunming widens rural care\n\n"
        "Kunming will merge its township clinics into care groups, officials of the Kunming Municipal Health "
        "Commission said.\n\n"
        "[Photo: a nurse at a clinic in Dali. Photo: Kunming Evening News]\n\n"
        "The Kunming Municipal Health Commission reported:\n"
        "- the city spent 4.2 billion yuan on care in 2025;\n"
        "- 57% of pensioners had a named nurse.\n\n"
        "Kunming First People's Hospital will lead one care group.\n\n"
        "Families in Dali said queues had grown."
    )
    found = places_of(facts, text)
    assert found["4.2 billion yuan"] == "Kunming"
    assert found["57%"] == "Kunming"


def test_the_place_after_a_companys_name_and_of_is_its_home_not_where_its_deal_is(facts):
    text = "Kelby Pharma of Leeds signed a supply deal worth 7 million pounds."
    assert places_of(facts, text) == {"7 million pounds": None}


def test_a_place_outside_which_a_figure_lies_is_not_its_place(facts):
    text = "Kelby Trust employs about 5,200 nurses, 16% of whom qualified outside Scotland."
    assert places_of(facts, text) == {"about 5,200": None, "16%": None}


def test_the_base_of_a_company_described_by_several_words_is_not_where_its_deal_is(facts):
    text = "Orrin Labs, a Leeds-based software developer, signed a £9 million services contract."
    assert places_of(facts, text) == {"£9 million": None}


@pytest.mark.parametrize("opening", ["In Dali last year:", "Data published by the Dali Health Bureau:"])
def test_items_of_a_list_take_the_place_its_opening_line_sets(facts, opening):
    text = (
        "Kunming and Dali report\n\n"
        "Kunming and Dali both grew. Doctors in Dali met.\n\n"
        f"{opening}\n"
        "- hospital beds per 1,000 people rose from 4.4 to 4.9;\n"
        "- 61% of children were vaccinated.\n\n"
        "In Kunming, 40 clinics opened.\n\n"
        "The plan is simple:\n"
        "- 12% of nurses will retrain."
    )
    assert places_of(facts, text) == {"4.4": "Dali", "4.9": "Dali", "61%": "Dali", "40": "Kunming", "12%": None}


def test_a_place_that_qualifies_a_company_noun_is_its_home_not_where_its_figures_are(facts):
    text = "Kestrel will buy 30% of a Leeds robotics firm, and the two will set up a Wuhan-based firm."
    assert places_of(facts, text) == {"30%": None}
    assert places_of(facts, "Leeds hospitals treated 4,000 patients.") == {"4,000": "Leeds"}


def test_a_place_a_figure_is_compared_with_is_not_its_place(facts):
    text = "Fees for the new scans are 15% to 25% lower than in Leeds."
    assert places_of(facts, text) == {"15%": None, "25%": None}


def test_where_a_clause_sends_what_it_counts_outranks_the_senders_nationality(facts):
    text = "The minister said British firms had sold £2.5 billion of farm machinery to Brazil in 2023."
    assert places_of(facts, text) == {"£2.5 billion": "Brazil"}


def test_the_span_of_years_of_exchanges_is_about_no_place(facts):
    assert places_of(facts, "The lab in Leeds builds on eight years of exchanges with Foshan.") == {"eight years": None}


def test_a_short_name_takes_the_place_its_full_body_is_seated_in():
    from analysis.extract import amount_places
    from analysis.extract.nlp import Mention, analyse

    from .conftest import make

    text = "Dali Lakeside Hospital in Kunming signed a deal. Later Dali Lakeside cut its queues."
    ctx = analyse(make(text))

    def org(name, nth=0):
        start = [i for i in range(len(text)) if text.startswith(name, i)][nth]
        return Mention("organization", start, start + len(name), "t", {"name": name})

    start = text.index("Kunming")
    seat = Mention("place", start, start + len("Kunming"), "t", {"name": "Kunming"})
    ix = amount_places._Index(ctx, [seat], [org("Dali Lakeside Hospital"), org("Dali Lakeside", 1)])
    full, short = org("Dali Lakeside Hospital"), org("Dali Lakeside", 1)
    named = Mention("organization", short.start, short.end, "t", {"name": "Dali Lakeside Hospital"})
    assert ix.full_name("Dali Lakeside") == "Dali Lakeside Hospital"
    assert ix.body_place(short) == "Kunming"
    assert ix.body_place(named) == "Kunming"  # a short name the extraction named by the full name
    assert ix.body_place(full) == "Dali"


def test_a_participle_with_no_subject_of_its_own_shares_the_clause_above(facts):
    text = "Kelby Pharma, from Bristol, will open an office in Wuhan employing 45 people."
    assert places_of(facts, text) == {"45": "Wuhan"}


def test_a_city_named_only_in_its_public_bodies_names_is_what_the_city_stands_for(facts):
    # the city's bodies name it twice; a town the reference data lists as a city is named once
    text = (
        "The Zhongshan Municipal Health Commission published its yearly figures on Monday. The Zhongshan Municipal "
        "Health Commission said the figures were final.\n\nBy the end of last year the city had 2,300 clinics. "
        "Shiqi added 40 beds."
    )
    assert places_of(facts, text) == {"2,300": "Zhongshan", "40": "Shiqi"}


def test_where_people_are_registered_or_trained_is_their_origin_not_where_the_figure_is(facts):
    text = (
        "Guangdong has 300 hospitals. The province has so far granted practice licences to 1,070 doctors registered "
        "in Macao, up from 540 in 2023."
    )
    assert places_of(facts, text) == {"300": "Guangdong", "1,070": "Guangdong", "540": "Guangdong"}
    assert places_of(facts, "Kelby Hospital in Foshan employs 30 doctors trained in Macao.") == {"30": "Foshan"}


def test_a_figure_of_a_company_called_by_a_word_of_its_name_is_its_own(facts):
    text = (
        "Eastbank Kelby Biotech will build a £50 million plant in Cardiff. Kelby chairman Tom Reed said the Cardiff "
        "site would be its first in Europe. He said Kelby's overseas revenue had grown to 1.2 billion yuan in 2025."
    )
    assert places_of(facts, text) == {"£50 million": "Cardiff", "1.2 billion yuan": None}


def test_each_sum_of_a_list_belongs_to_the_body_it_comes_from(facts):
    text = (
        "Kelby Hospital in Foshan and Realm University in Leeds have formed a stroke consortium. It is funded with "
        "£4.6 million from the Medical Research Council and 25 million yuan from the Foshan Science and Technology "
        "Bureau."
    )
    assert places_of(facts, text) == {"£4.6 million": None, "25 million yuan": "Foshan"}
    # the second sum's body counts from the words even where the sum itself is not read as a figure
    text = (
        "Kelby Hospital in Foshan and Realm University in Leeds have formed a stroke consortium. It is funded with "
        "£4.6 million from the National Institute for Health Research and RMB 25 million from the Foshan Science and "
        "Technology Bureau."
    )
    assert places_of(facts, text)["£4.6 million"] is None
    # a single sum from a body stays the place it goes to
    text = "Leeds Teaching Hospitals said it had received £2 million from the Medical Research Council."
    assert places_of(facts, text) == {"£2 million": "Leeds"}


def test_a_place_word_in_a_company_name_after_its_place_stands_for_the_company(facts):
    # a town word the reference data does not list as a place stands for the company
    text = (
        "Kelby Therapeutics, based in Cambridge, signed a deal with Foshan Hongchun Pharmaceutical Co., Ltd. Kelby "
        "said the Hongchun agreement would take its sales in China to £40 million a year."
    )
    assert places_of(facts, text) == {"£40 million": "China"}
    # a district after its city in a company's name stays a place
    text = "The Nanhai plant of Foshan Nanhai Biotech employs 300 people."
    assert places_of(facts, text) == {"300": "Nanhai"}


def test_the_body_a_definite_noun_stands_for_says_where_its_figure_is(facts):
    text = (
        "Shenzhen has 900 clinics. Shenzhen plans more. Residents can use their vouchers at Kelby Medical Centre, a "
        "hospital in Futian run by a Macao group. She said the centre treated 23,400 Macao patients last year."
    )
    assert places_of(facts, text) == {"900": "Shenzhen", "23,400": "Futian"}


def test_a_word_that_stands_for_a_place_places_a_figure_as_a_modifier_or_as_a_place(facts):
    text = (
        "Hong Kong residents used their vouchers 12,400 times at mainland clinics last year. A Macao insurer launched "
        "a policy accepted at 120 mainland hospitals. Since 2019, 3,150 doctors from Hong Kong and Macao have "
        "obtained licences to practise on the mainland."
    )
    assert places_of(facts, text) == {"12,400": "China", "120": "China", "3,150": "China"}


def test_a_place_on_the_object_of_a_figures_verb_says_where_its_subject_acted(facts):
    text = "Figures released on Tuesday show that 12,400 elderly people used vouchers at the mainland sites."
    assert places_of(facts, text) == {"12,400": "China"}


def test_the_place_nearest_the_subjects_head_is_what_a_sentence_is_about(facts):
    text = (
        "Zhongshan began merging its clinics in 2022, the Zhongshan Health Commission said.\n\nThe city's 5 medical "
        "groups, led by the main hospital of Shiqi, now run 40 clinics. The share of patients treated in their own "
        "town rose to 80% in 2025, the commission said."
    )
    assert places_of(facts, text)["80%"] == "Zhongshan"
    # several places listed together are no one subject place
    text = (
        "Zhongshan began merging its clinics in 2022, the Zhongshan Health Commission said.\n\nGroups led by the "
        "hospitals of Shiqi and Daliang now run 40 clinics. The share of patients treated in their own town rose to "
        "80% in 2025, the commission said."
    )
    assert places_of(facts, text)["80%"] == "Zhongshan"


def test_the_public_body_a_count_is_according_to_says_where_it_is(facts):
    text = (
        "Zhuhai has opened a new ambulance route. Zhuhai is growing. Zhuhai has a new port.\n\n"
        "According to the Health Bureau of Macao, 312 patients were moved by ambulance across the border in 2026."
    )
    assert places_of(facts, text) == {"312": "Macao"}


def test_a_word_for_a_place_on_the_measured_subject_says_where_the_change_is(facts):
    text = "Consultation fees at the mainland sites had risen by 10% over the same period."
    assert places_of(facts, text) == {"10%": "China"}


def test_the_county_stands_for_the_district_named_before(facts):
    text = (
        "Clinics merge\n\n"
        "Boluo County has joined its clinics into one network. Officials in Huizhou approved the plan.\n\n"
        "Some 52,000 visits were recorded in the county in May.\n\n"
        "Doctors in Boluo welcomed it."
    )
    assert places_of(facts, text)["Some 52,000"] in ("Boluo", "Boluo County")


def test_a_place_that_is_the_standard_of_a_comparison_is_not_where_a_figure_is(facts):
    text = "Kunming has only 1.8 nurses per 1,000 residents, against a Yunnan average of 2.4."
    assert places_of(facts, text) == {"1.8": "Kunming", "2.4": "Yunnan"}


def test_a_figure_set_against_another_in_another_place_keeps_its_subjects_place(facts):
    """ "Patients in Foshan waited an average of 11.5 days, against 7.2 days in Zhuhai": the average is what the
    patients in Foshan waited; Zhuhai is the place of the standard, 7.2 days, only."""
    text = (
        "The report compared the cities. Patients at public hospitals in Foshan waited an average of 11.5 days for a "
        "scan, against 7.2 days in Zhuhai, where two new hospitals opened in 2022."
    )
    got = places_of(facts, text)
    assert (got["11.5 days"], got["7.2 days"]) == ("Foshan", "Zhuhai")


def test_a_place_its_money_or_owners_come_from_is_not_where_a_body_is(facts):
    """ "Macao-invested clinics" in Hengqin are in Hengqin; with no other place, Macao is all the sentence says."""
    text = "Hengqin now has 14 Macao-invested clinics, up from five in 2021."
    assert places_of(facts, text) == {"14": "Hengqin", "five": "Hengqin"}
    assert places_of(facts, "There are 14 Macao-invested clinics.") == {"14": "Macao"}


def test_a_new_quantity_after_a_scene_is_not_set_in_that_scene(facts):
    """ "In the New Territories West cluster, the longest wait ...": the next paragraph's "The number of patients
    waiting ..." names a new quantity, not the cluster's; "The clinic" after "a clinic in Tuen Mun" goes on about the
    clinic."""
    text = (
        "Waits grew. In the New Territories West cluster, the longest wait for knee surgery reached 30 months.\n\n"
        "The number of patients waiting for elective operations stood at 380,000 at the end of June."
    )
    assert places_of(facts, text)["380,000"] is None
    text = "The group will open a clinic in Tuen Mun next year.\n\nThe clinic will employ 85 staff."
    assert places_of(facts, text)["85"] == "Tuen Mun"


def test_the_city_is_not_a_place_named_only_as_where_people_come_from(facts):
    """ "care homes ... open to Macao residents": Macao is where the residents come from; "the city" of the next
    paragraph is Zhuhai."""
    text = (
        "Zhuhai will add 3,500 care beds and open its care homes in the city to Macao residents, the bureau announced "
        "on November 15.\n\nThe city had 16,820 care beds at the end of October, up from 11,240 at the end of 2020."
    )
    assert places_of(facts, text) == {"3,500": "Zhuhai", "16,820": "Zhuhai", "11,240": "Zhuhai"}


def test_a_verb_of_speech_in_the_passive_tells_no_venue(facts):
    """ "were added" is no statement made somewhere: the fronted place is where the beds are."""
    text = "Shenzhen added beds last year. In Bao'an, the city's most populous district, 1,020 beds were added."
    assert places_of(facts, text)["1,020"] == "Bao'an"


def test_the_ends_of_a_range_over_places_keep_a_place_each(facts):
    """ "ranged from 5.2 in Xiangzhou, ..., to 1.9 in Doumen": each end is stated in its own place, not in the
    place of the range's first end."""
    text = (
        "Zhuhai had 3.1 doctors per 1,000 residents, but the ratio ranged from 5.2 in Xiangzhou, the district with "
        "most of the city's hospitals, to 1.9 in Doumen."
    )
    assert places_of(facts, text) == {"3.1": "Zhuhai", "5.2": "Xiangzhou", "1.9": "Doumen"}
    assert places_of(facts, "The ratio ranged from 5.2 in Xiangzhou to 1.9 in Doumen.") == {
        "5.2": "Xiangzhou",
        "1.9": "Doumen",
    }
    assert places_of(facts, "Beds in Foshan rose from 900 in 2019 to 1,200 in 2024.") == {
        "900": "Foshan",
        "1,200": "Foshan",
    }


def test_the_district_is_the_district_last_named_before_it(facts):
    """A district of the Bay Area's table is of the district level: "the district" after "Huadu's budget" is Huadu,
    not a district an earlier paragraph called "the district"."""
    text = (
        "Guangzhou's report was published on Monday. It named Tianhe, the district with the most hospitals.\n\n"
        "Huadu's budget rose 20% to 300 million yuan, but the district still had only 3.9 beds per 1,000 residents."
    )
    assert places_of(facts, text)["3.9"] == "Huadu"


def test_a_place_after_the_average_a_figure_falls_below_is_the_standard_not_where_it_is(facts):
    text = (
        "Hospital beds in Jiangmen rose to 9,100 last year, the bureau said. That comes to 3.1 beds per 1,000 "
        "residents, which is below the average for Guangdong."
    )
    assert places_of(facts, text)["3.1"] == "Jiangmen"
    text = "Jiangmen has 1.8 nurses per 1,000 residents, against an average for Guangdong of 2.4."
    assert places_of(facts, text) == {"1.8": "Jiangmen", "2.4": "Guangdong"}


def test_a_sum_a_government_named_by_its_people_gives_is_about_its_place_not_a_later_clauses(facts):
    text = "The Scottish Government will give £90,000 to the exchange, while the Shenzhen side pays for its flights."
    assert places_of(facts, text)["£90,000"] == "Scotland"


def test_a_part_of_the_figure_before_it_is_in_that_figures_place(facts):
    text = (
        "Jiangmen had 310 Macao nurses at work last year. Of these, 95 are midwives. Jiangmen has about 4.8 "
        "million residents, of whom roughly 20,000 hold Macao identity cards."
    )
    got = places_of(facts, text)
    assert (got["95"], got["20,000"]) == ("Jiangmen", "Jiangmen")


def test_a_place_a_sentence_opens_with_as_its_setting_carries_to_the_next_sentence(facts):
    text = (
        "In Scotland, the care board serves some 52,000 people and runs two hospitals. About 700 patients are now "
        "on its home wards, up from 90 in 2021."
    )
    assert places_of(facts, text)["About 700"] == "Scotland"


def test_a_body_a_relative_clause_holding_the_figure_is_about_gives_its_place(facts):
    text = "Clinic news\n\nFamilies use Nanshan Kelby Hospital, which sees some 240 Zhuhai patients a week.\n"
    assert places_of(facts, text) == {"some 240": "Nanshan"}


def test_how_long_something_runs_takes_no_place_its_clause_does_not_name(facts):
    text = (
        "Zhuhai opened 12 clinics last year. The pilot will run for three years, and each placement will last "
        "eight weeks. The design took almost three years, and the contract was extended for a further two years."
    )
    assert places_of(facts, text) == {
        "12": "Zhuhai",
        "three years": None,
        "eight weeks": None,
        "almost three years": None,
        "two years": None,
    }


def test_how_long_something_runs_keeps_the_place_its_clause_names(facts):
    text = "Zhuhai opened 12 clinics last year. Nurses from Leeds will work in Zhuhai for two years."
    assert places_of(facts, text)["two years"] == "Zhuhai"


def test_a_span_that_measures_or_frames_a_place_keeps_the_place_carried(facts):
    text = (
        "Zhuhai opened 12 clinics last year. Within two months, sales at its pharmacies reached 3 million yuan. "
        "Patients now wait 14 months for a care-home place."
    )
    found = places_of(facts, text)
    assert found["two months"] == "Zhuhai"
    assert found["14 months"] == "Zhuhai"


def test_the_value_of_a_deal_takes_no_place_carried_from_elsewhere(facts):
    text = (
        "Zhuhai opened 12 clinics last year. The contract, worth about 172 million yuan, was awarded by a developer. "
        "The firm also holds a 21 million yuan service contract with the bureau, and its older deal was extended "
        "at a value of 4.2 million yuan."
    )
    assert places_of(facts, text) == {
        "12": "Zhuhai",
        "about 172 million yuan": None,
        "21 million yuan": None,
        "4.2 million yuan": None,
    }


def test_a_deal_signed_in_a_place_and_a_price_per_head_keep_their_place(facts):
    text = (
        "Zhuhai opened 12 clinics last year. The basic contract costs 120 yuan per person a year. "
        "A clinic in Foshan signed a contract worth 3 million yuan."
    )
    found = places_of(facts, text)
    assert found["120 yuan"] == "Zhuhai"
    assert found["3 million yuan"] == "Foshan"


def test_the_city_after_a_body_named_for_a_city_and_an_area_of_it_is_that_city(facts):
    text = (
        "Families go to Zhuhai often. Shenzhen Nanshan Kelby Hospital said the city's clinics saw 3,100 patients "
        "last year."
    )
    assert places_of(facts, text) == {"3,100": "Shenzhen"}


def test_three_places_listed_with_respectively_are_not_a_place_and_its_container(facts):
    text = "Coverage in Nanshan, Futian and Luohu reached 52.1%, 44.6% and 39.8% respectively."
    assert places_of(facts, text) == {"52.1%": "Nanshan", "44.6%": "Futian", "39.8%": "Luohu"}


def test_a_place_that_registered_a_thing_used_elsewhere_is_not_the_city_referred_to(facts):
    text = (
        "Zhuhai clinics are busy. Patients in Dongguan can get 12 more Macao-registered drugs at hospitals in the city."
    )
    assert places_of(facts, text) == {"12": "Dongguan"}


def test_a_place_whose_own_with_clause_holds_another_figure_is_not_the_main_clauses(facts):
    text = (
        "Kelby Holdings Ltd is a drug maker. Kelby's overseas revenue rose 8% to £61 million last year, with Japan "
        "accounting for 23% of that figure."
    )
    assert places_of(facts, text) == {"8%": None, "£61 million": None, "23%": "Japan"}


def test_the_public_fund_of_a_place_spends_for_that_place(facts):
    text = (
        "Boluo County merged its clinics in 2023. Last year the insurance fund spent 1.3 billion yuan and ended the "
        "year with a surplus of 40 million yuan."
    )
    assert places_of(facts, text) == {"1.3 billion yuan": "Boluo County", "40 million yuan": "Boluo County"}


def test_the_figures_of_a_places_scheme_are_the_places(facts):
    text = "Zhuhai launched a care voucher scheme in 2024. Prescriptions under the scheme have risen 35% this year."
    assert places_of(facts, text) == {"35%": "Zhuhai"}


def test_one_side_named_by_its_place_gives_its_place_and_both_sides_none(facts):
    one = "Macao and Zhuhai run the ambulance link together. The Zhuhai side is contributing 12 million yuan."
    assert places_of(facts, one) == {"12 million yuan": "Zhuhai"}
    both = "Macao and Zhuhai run the ambulance link together. The two sides are contributing 12 million yuan."
    assert places_of(facts, both) == {"12 million yuan": None}


def test_figures_listed_with_places_unknown_to_reference_data_take_them_in_order(facts):
    text = "Coverage in Oskvale, Tarnbury and Leeds reached 52%, 44% and 39% respectively."
    assert places_of(facts, text) == {"52%": "Oskvale", "44%": "Tarnbury", "39%": "Leeds"}


def test_the_zone_stands_for_the_place_named_with_a_zone_word(facts):
    text = (
        "Residents of Zhuhai may now use clinics in Oskvale's cooperation zone, officials in Zhuhai said.\n\n"
        "The zone's population reached 90,000 last year. About 40 doctors now work in the zone."
    )
    found = places_of(facts, text)
    assert found["90,000"] == "Oskvale" and found["About 40"] == "Oskvale"


def test_a_place_in_a_photo_caption_is_not_what_the_district_refers_back_to(facts):
    text = (
        "Oskvale district unveiled a plan on Monday.\n\n"
        "[Photo caption: Nurses at a clinic in Tarnbury district. Photo: Northfield Daily]\n\n"
        "The district has 312,000 residents aged 60 and over."
    )
    assert places_of(facts, text)["312,000"] == "Oskvale"


def test_a_joint_course_of_two_countries_is_about_no_one_place(facts):
    # the host city is named most, but places of another state make up more than a quarter of those named
    text = (
        "Wuxi university agrees joint nursing degree\n\n"
        "The University of Dunmere in Leeds and Taihu Medical University in Wuxi have agreed a joint nursing "
        "degree. Students will spend two years in Wuxi and a final year in Leeds. Officials in Wuxi said Wuxi "
        "hospitals would host placements, and staff from Suzhou, Changzhou, York and Bath will teach.\n\n"
        "The first intake of 30 students is planned for next autumn."
    )
    assert places_of(facts, text)["30"] is None


def test_a_city_article_naming_a_neighbouring_territorys_doctors_keeps_its_subject(facts):
    # across the boundary of a territory of the same state, the city stays the article's subject
    text = (
        "Foshan widens family doctor scheme\n\n"
        "Foshan has signed up more residents with family doctors. Doctors from Hong Kong now work in Foshan "
        "clinics, and a Hong Kong society trains Foshan teams. Officials in Foshan welcomed them.\n\n"
        "Coverage reached 64% in June."
    )
    assert places_of(facts, text)["64%"] == "Foshan"


@pytest.mark.parametrize(
    "text,figure,place",
    [
        # a thing brought in with "a" and seated in a place, then named with "the"
        (
            "Kelby Pharma has opened a plant in Taizhou.\n\nLast year output at the plant reached 3 million packs.",
            "3 million",
            "Taizhou",
        ),
        # seated by the verb that brings it in, the place hanging on another phrase
        (
            "Two universities opened a joint centre on healthy ageing in Ningbo.\n\n"
            "Professor Lin said the centre would train 25 fellows.",
            "25",
            "Ningbo",
        ),
        # a relative clause about the thing
        (
            "Realm Care has built a clinic in Qianhai. Realm Care said demand was strong.\n\n"
            "The clinic, which has 40 consulting rooms, opens in May.",
            "40",
            "Qianhai",
        ),
        # a body named with its place, called by the head of its name later
        (
            "The Eye Centre of Dalian People's Hospital opened on Monday.\n\n"
            "Officials said the centre has 12 operating rooms.",
            "12",
            "Dalian",
        ),
        # what the counted noun is "of" or "at"
        (
            "Kelby Pharma has opened a plant in Taizhou.\n\nThe firm said 300 staff work at the plant.",
            "300",
            "Taizhou",
        ),
        # things people move to, in a place; the people's clause is in them, whatever place the people come from
        (
            "Westbay subsidises pensioners who move to private homes in Jiangmen.\n\n"
            "By June, 240 Westbay pensioners were staying in the homes.",
            "240",
            "Jiangmen",
        ),
    ],
)
def test_a_thing_seated_in_a_place_and_named_again_gives_its_figures_that_place(facts, text, figure, place):
    assert places_of(facts, text)[figure] == place


@pytest.mark.parametrize(
    "text,figure",
    [
        # a company's figures are its own, wherever it was seated
        ("Kelby Ltd set up a company in Taizhou.\n\nThe company employs 90 people.", "90"),
        # several things named with a number are not the one seated before
        (
            "Realm Care has built a clinic in Qianhai and one in Nansha.\n\nThe two clinics have 70 rooms.",
            "70",
        ),
        # a thing of another name
        ("Kelby Pharma has opened a plant in Taizhou.\n\nThe charity raised 400,000 yuan.", "400,000 yuan"),
    ],
)
def test_no_seat_is_carried_to_a_thing_of_its_own_or_to_another_thing(facts, text, figure):
    assert places_of(facts, text)[figure] is None


@pytest.mark.parametrize(
    "text,figure",
    [
        (
            "Kelby Health Ltd, a Leeds start-up whose app tracks sleep, has raised US$5 million in a funding round.",
            "US$5 million",
        ),
        (
            "Realm Devices, a scanner manufacturer based in Leeds, completed its purchase of Corrow Ltd for "
            "£20 million.",
            "£20 million",
        ),
        (
            "Calder Clinics Ltd, a day-surgery chain from the UK, has won a contract worth 96 million yuan.",
            "96 million yuan",
        ),
    ],
)
def test_a_companys_home_told_in_an_apposition_is_not_where_its_figures_are(facts, text, figure):
    assert places_of(facts, text)[figure] is None


def test_a_hospitals_home_told_in_an_apposition_stays_its_figures_place(facts):
    assert places_of(facts, "Kelby Hospital, a public hospital in Leeds, has 900 beds.")["900"] == "Leeds"


def test_a_named_place_outranks_a_word_for_a_place_in_the_same_phrase(facts):
    text = "Some 45 pharmacies in the mainland Pearl River Delta towns accept the cards."
    assert places_of(facts, text)["Some 45"] == "Pearl River Delta"


def test_a_part_of_a_place_where_the_clause_happens_is_the_figures_place(facts):
    text = "Guangdong will build 30 care homes across the western part of Shaoguan."
    assert places_of(facts, text)["30"] == "Shaoguan"


def test_a_sentence_opening_with_its_setting_places_every_clause(facts):
    text = "Tollby had 9,400 beds last year. In Lisk District, wards grew to 1,250, while nurses reached 2,080."
    assert places_of(facts, text)["2,080"] == "Lisk District"


def test_a_zone_named_after_the_place_it_lies_in_is_that_place(facts):
    text = "The Hengqin Kelby-Lisk Cooperation Zone counted 415 clinic beds by December."
    assert places_of(facts, text)["415"] == "Hengqin"


def test_a_figure_of_the_same_thing_as_an_earlier_one_of_its_paragraph_is_in_its_place(facts):
    text = (
        "Some 2,700 patients got the new drugs at listed hospitals in Tollby this spring, officials said. Across "
        "the full year before, 5,100 patients were seen."
    )
    assert places_of(facts, text)["5,100"] == "Tollby"


def test_where_a_clause_happens_includes_the_place_of_the_body_it_happens_at(facts):
    text = (
        "Pensioners from Leeds used their passes at a clinic in York 4,100 times last year. "
        "Students of Hull made 260 visits to a Sheffield museum."
    )
    assert places_of(facts, text) == {"4,100": "York", "260": "Sheffield"}


def test_the_body_a_noun_refers_back_to_may_be_named_in_an_earlier_paragraph(facts):
    text = (
        "Claims at York Riverside Hospital rose sharply this year.\n\n"
        "Residents of Leeds were among the patients. Vouchers worth £4.3 million were spent at the hospital in 2024."
    )
    assert places_of(facts, text) == {"£4.3 million": "York"}


def test_the_city_is_the_nearest_city_named_before_it_in_its_sentence_not_a_place_of_origin(facts):
    text = (
        "The Leeds Health Bureau said 312 Hull nurses worked in the city. "
        "Patients in York can get 14 more drugs at hospitals in the city."
    )
    assert places_of(facts, text) == {"312": "Leeds", "14": "York"}


def test_a_place_listed_with_a_word_for_another_place_says_no_single_place(facts):
    text = (
        "Claims made in Macao and on the mainland came to MOP 3.2 billion. "
        "Clinics on the mainland and in Macao saw 4,100 patients. Clinics in Macao saw 2,900 patients."
    )
    assert places_of(facts, text) == {"MOP 3.2 billion": None, "4,100": None, "2,900": "Macao"}


def test_a_place_listed_with_its_own_districts_is_the_whole_they_are_parts_of(facts):
    text = (
        "The bureau's health centres in Macao, Taipa and Coloane handled 1.31 million consultations. "
        "Clinics in Shenzhen and Zhuhai saw 4,100 patients."
    )
    assert places_of(facts, text) == {"1.31 million": "Macao", "4,100": None}


def test_a_count_reaches_a_place_as_far_as_the_noun_it_counts_does(facts):
    """ "a total of 420 Macao-registered nurses were approved to work in the city's hospitals ... under the scheme":
    the path to "the city" is read from "nurses", the noun the number counts."""
    text = (
        "Foshan widens recognition of Macao nurses\n\n"
        "The Foshan Municipal Health Commission said on Monday that a total of 420 Macao-registered nurses were "
        "approved to work in the city's hospitals in 2024 under the recognition scheme, an increase of 21.0% over the "
        "347 approved in 2023."
    )
    assert places_of(facts, text)["a total of 420"] == "Foshan"


def test_a_place_deep_in_the_phrase_of_the_subject_a_change_measures_is_its_place(facts):
    """The figures of "from ... to ..." measure the subject of their verb; the district its phrase names is theirs
    however many words stand between them, not the city the article names most."""
    text = (
        "Tarnby District lies in Daqing. Daqing opened two clinics in May, and Daqing plans more.\n\n"
        "The count of beds in the district's rural care homes rose from 1,140 in 2020 to 1,980 last year."
    )
    got = places_of(facts, text)
    assert (got["1,140"], got["1,980"]) == ("Tarnby District", "Tarnby District")


def test_a_place_after_a_standard_with_a_figure_of_its_own_is_the_standards(facts):
    """ "90 yuan at the clinic, against HK$150 at a clinic in Hong Kong": Hong Kong is where the standard is; the
    clinic named before says where the 90 yuan is."""
    text = (
        "Kelby Clinic opened in Foshan in May.\n\n"
        "A scan costs 90 yuan at Kelby Clinic in Foshan on weekdays, against HK$150 at a private clinic in Hong Kong."
    )
    got = places_of(facts, text)
    assert (got["90 yuan"], got["HK$150"]) == ("Foshan", "Hong Kong")


def test_the_items_of_a_gapped_list_take_the_place_they_stand_with(facts):
    assert places_of(facts, "Stirling had 45 clinics, Glasgow 30 and Dundee 12.") == {
        "45": "Stirling",
        "30": "Glasgow",
        "12": "Dundee",
    }
    text = "Stirling recorded 14,700 claims, followed by Glasgow with 8,300 and Dundee with 6,900."
    assert places_of(facts, text) == {"14,700": "Stirling", "8,300": "Glasgow", "6,900": "Dundee"}


def test_a_place_that_reports_a_figure_in_its_complement_clause_is_its_place(facts):
    text = (
        "Foshan spent 1.9 billion yuan on public health in 2024. Nanhai district reported that the share of first "
        "visits made at community clinics rose from 39% in 2020 to 51% last year."
    )
    assert places_of(facts, text) == {"1.9 billion yuan": "Foshan", "39%": "Nanhai", "51%": "Nanhai"}


def test_a_public_body_with_a_place_in_its_name_is_the_subject_a_later_sentence_goes_on_about(facts):
    text = (
        "Nanhai District Central Hospital opened a new wing in May. Its outpatient department recorded 812,000 visits."
    )
    assert places_of(facts, text) == {"812,000": "Nanhai District"}


def test_a_district_a_body_s_name_holds_is_finer_than_the_city_it_is_seated_in(facts):
    text = (
        "Kestrel Trust signed an agreement with Nanhai District Central Hospital in Foshan.\n\n"
        "Nanhai District Central Hospital is a 1,200-bed teaching hospital."
    )
    assert places_of(facts, text) == {"1,200": "Nanhai District"}


def test_a_part_set_off_after_a_figure_keeps_its_place_to_itself(facts):
    text = "Kestrel Medical is based in Cambridge. Kestrel has about 2,400 staff, 310 of them in China."
    assert places_of(facts, text) == {"about 2,400": None, "310": "China"}


def test_people_of_one_place_licensed_in_another_set_no_scene_of_their_place(facts):
    """ "512 Hong Kong doctors held licences to practise in Shenzhen": Hong Kong is where the doctors come from, so
    "the city" of the next sentence is Shenzhen."""
    text = (
        "According to the commission, 512 Hong Kong doctors held valid licences to practise in Shenzhen at the end of "
        "2024. The number of Hong Kong-registered nurses working in the city more than doubled in a single year, from "
        "88 in 2023 to 197 in 2024."
    )
    assert {r["text"]: r["place"] for r in facts(text, "amount")} == {
        "512": "Shenzhen",
        "88": "Shenzhen",
        "197": "Shenzhen",
    }


def test_a_figure_of_a_body_named_after_a_town_the_text_names_is_that_towns(facts):
    text = (
        "The first batch covers hospitals in Tangping, Shuikou and Lubu towns.\n"
        "- Shuikou Hospital completed a new building, raising its beds from 800 to 1,300.\n"
        "- Lubu Hospital received 150 million yuan in municipal funds."
    )
    assert places_of(facts, text) == {"800": "Shuikou", "1,300": "Shuikou", "150 million yuan": "Lubu"}


def test_a_figure_of_his_body_is_where_the_body_of_the_person_named_before_is(facts):
    text = (
        "The University of Leeds signed a deal in Leeds with the First Hospital of Chongqing Medical University. "
        "Leeds has 800,000 residents.\n\nProfessor Zhou "
        "Min, president of the First Hospital of Chongqing Medical University, said his hospital had treated more "
        "than 68,000 cancer inpatients last year."
    )
    assert places_of(facts, text)["more than 68,000"] == "Chongqing"


def test_a_place_standing_at_the_next_figure_of_a_ranking_is_that_figures(facts):
    text = (
        "Coverage differs by district. Nanshan district leads with 61.3 percent, followed by Futian district at "
        "58.9 percent."
    )
    assert places_of(facts, text) == {"61.3 percent": "Nanshan", "58.9 percent": "Futian"}


def test_a_clause_set_off_by_while_has_its_own_place_whatever_its_verb_is_tagged(facts):
    text = (
        "A month's supply costs MOP 300 at a Macao pharmacy, while the locally registered equivalent sells for RMB 500 "
        "in Shenzhen."
    )
    assert places_of(facts, text) == {"MOP 300": "Macao", "RMB 500": "Shenzhen"}


def test_people_said_to_be_registered_in_a_place_are_from_it_not_there(facts):
    text = (
        "Shenzhen opened the Tarnside hospital zone this week. Shenzhen wants more private hospitals. Shenzhen also "
        "plans new clinics.\n\nOf the hospital's 182 doctors, 46 are registered in Hong Kong."
    )
    places = places_of(facts, text)
    assert places["46"] == "Shenzhen" and places["182"] == "Shenzhen"


def test_things_a_clause_says_are_registered_in_a_place_are_approved_there_not_used_there(facts):
    text = "Clinics in Hengqin may now prescribe 42 drugs that are registered in Macao."
    assert places_of(facts, text) == {"42": "Hengqin"}


def test_a_sentence_set_at_a_bodys_short_name_takes_the_place_in_its_name(facts):
    """ "At Kestrel, ..." after "Wuhan Kestrel Mental Health Hospital": Wuhan, not the place of the sentence before."""
    text = (
        "Tarn Valley Health Board signed a deal with Wuhan Kestrel Mental Health Hospital. In Leeds alone, "
        "referrals increased from 9,300 in 2021 to 12,800 last year. At Kestrel, outpatient visits climbed 21% year "
        "on year to 640,000 in 2024."
    )
    assert [(r["text"], r["place"]) for r in facts(text, "amount")] == [
        ("9,300", "Leeds"),
        ("12,800", "Leeds"),
        ("21%", "Wuhan"),
        ("640,000", "Wuhan"),
    ]


def test_where_people_come_from_is_never_their_figures_place(facts):
    text = (
        "The number of Chinese students at the University of Kelby rose to 1,140 this year, compared with 960 in 2023."
    )
    assert _places_of(facts, text) == [("1,140", None), ("960", None)]


def test_a_zone_named_after_its_city_in_a_bodys_name_stands_for_the_city(facts):
    text = "Shenzhen Bay Kelby Hospital said it had doubled its team of pharmacists, from 14 to 28."
    assert _places_of(facts, text) == [("14", "Shenzhen"), ("28", "Shenzhen")]
