"""Amounts on hand-written sentences."""

import pytest


def one(facts, text):
    rows = facts(text, "amount")
    assert len(rows) == 1, rows
    return rows[0]


@pytest.mark.parametrize(
    "text,value,unit",
    [
        ("The fund reached 50 million visitors this spring.", 50_000_000, "count"),
        ("The plan commits US$1 trillion to clinics.", 1e12, "USD"),
        ("A £1 billion fund was set up.", 1e9, "GBP"),
        ("They spent 45 million yuan on wards.", 45_000_000, "CNY"),
        ("The budget was 12.4075 million yuan in total.", 12_407_500, "CNY"),
        ("Coverage rose to 6.8% among adults.", 6.8, "percent"),
        ("There are 5.51 per 1000 population beds.", 5.51, "per_1000"),
        ("The three-year project began.", 3, "years"),
        ("It lasted two consecutive years.", 2, "years"),
        ("HK$250 million was granted.", 250_000_000, "HKD"),
        ("The fund raised 5 billion yen from pension funds.", 5e9, "JPY"),
        ("A$30 million went to the new wards.", 30_000_000, "AUD"),
        ("The city pledged 12 million Canadian dollars to clinics.", 12_000_000, "CAD"),
        ("The park will lease 12,000 square metres of laboratory space.", 12_000, "square metres"),
        ("The new zone covers 106 square kilometres of farmland.", 106, "square kilometres"),
        ("The farm spans 30 hectares near the river.", 30, "hectares"),
        ("The broker set a target price of 150 pence for the shares.", 150, "pence"),
    ],
)
def test_value_and_unit(facts, text, value, unit):
    r = one(facts, text)
    assert r["value"] == pytest.approx(value)
    assert r["unit"] == unit


def test_object_is_what_is_counted(facts):
    r = one(facts, "The district has 1,250 family doctors working in small clinics.")
    assert r["value"] == 1250
    assert r["object"].startswith("family doctors")


def test_change_gives_both_values(facts):
    rows = facts("The price fell from 980 yuan to 120 yuan per test.", "amount")
    assert rows[0]["value"] == 980 and rows[0]["value_to"] == 120 and rows[0]["unit"] == "CNY"
    assert {r["value"] for r in rows} == {980, 120}


@pytest.mark.parametrize(
    "text",
    [
        "The 3rd round opened.",
        "Phase 2 of the study ended.",
        "It was founded in 1998.",
        "02 Building better wards",
        "The Eastfield No. 4 Hospital opened.",
        "Work on COVID-19 continued.",
        "The forum took place on day two of the visit.",
        "The college is ranked among the world's top 50 institutions.",
        "On December 28th last year the hospital opened.",
        "Ten Thousand Villages Project starts.",
        "Ormsby University is a registered charity, no. 1098765.",
        "Bus number 12 stops at the clinic.",
    ],
)
def test_not_amounts(facts, text):
    assert facts(text, "amount") == []


def _obj(facts, text, value):
    rows = [r for r in facts(text, "amount") if r["value"] == pytest.approx(value)]
    assert len(rows) == 1, rows
    return rows[0]["object"]


@pytest.mark.parametrize(
    "text,value,expected",
    [
        # coordinated and compound modifiers stay with the noun they modify
        ("The county runs over 4000 medical and health institutions today.", 4000, "medical and health institutions"),
        (
            "It linked 250 clinics, including 80 tertiary and secondary hospitals, and 40 private clinics.",
            80,
            "tertiary and secondary hospitals",
        ),
        (
            "It linked 250 clinics, including 80 tertiary and secondary hospitals, and 40 private clinics.",
            40,
            "private clinics",
        ),
        (
            "The plan will build 35 second level famous herbal medicine studios.",
            35,
            "second level famous herbal medicine studios",
        ),
        # a percent before a noun
        ("The scheme reached 95% village clinic coverage.", 95, "village clinic coverage"),
        # nouns coordinated after the counted one share its number, unless they have a number of their own
        ("The town hired 140 midwives, porters and cleaners last year.", 140, "midwives, porters and cleaners"),
        ("The fund equips 12 clinics and mobile units in the valley.", 12, "clinics and mobile units"),
        ("The town hired 52 midwives and 17 porters.", 52, "midwives"),
    ],
)
def test_object_is_the_counted_noun_phrase(facts, text, value, expected):
    assert _obj(facts, text, value) == expected


def test_money_object_from_the_verb_it_is_saved_in(facts):
    obj = _obj(facts, "The shared records reached 1.5 million, saving more than 300 million yuan in costs.", 300e6)
    assert obj == "saving in costs"


def test_money_object_is_what_it_is_spent_on_after_a_time_phrase(facts):
    """The phrase a sum is spent "in" or "on" starts with its own words, not with a date between them; an activity
    ("in rebuilding and equipping ...") is named whole; a part "including N in X" is X."""
    text = "Eastport has invested 640 million yuan since 2020 in rebuilding and re-equipping its village clinics."
    assert _obj(facts, text, 640e6) == "rebuilding and re-equipping its village clinics"
    text = "The trust raised £2m last year for the hospital's new scanner, including £500,000 in private donations."
    assert _obj(facts, text, 2e6) == "hospital's new scanner"
    assert _obj(facts, text, 500_000) == "private donations"


def test_change_percent_names_what_changed(facts):
    obj = _obj(facts, "The annual count of shared scans reached 1.5 million, an increase of over 30% year-on-year.", 30)
    assert obj.startswith("year-on-year increase in") and "shared scans" in obj
    obj = _obj(facts, "In 2023, the province's primary care volume will rise by more than 15% year-on-year.", 15)
    assert "rise" in obj and "primary care volume" in obj


def test_a_sums_own_noun_belongs_to_the_clauses_subject_unless_people_in_general(facts):
    """ "a fee of £2m" is the subject's fee ("of Kelby"), not a change "in" it; people in general add nothing."""
    text = "Kelby Devices will pay a signing fee of £2.5 million to the hospital."
    assert _obj(facts, text, 2.5e6) == "signing fee of Kelby Devices"
    assert _obj(facts, "Patients or their carers pay a flat fee of HK$250 for each visit.", 250) == "flat fee"
    assert _obj(facts, "Clinic visits recorded an increase of 12% last year.", 12) == "increase in Clinic visits"


def test_money_object_is_the_subject_it_measures(facts):
    text = "The cost of the blood test has been reduced from 1200 yuan to 200 yuan, a decrease of more than 80%."
    assert _obj(facts, text, 1200) == "cost of the blood test"
    assert _obj(facts, text, 200) == "cost of the blood test"
    assert _obj(facts, text, 80) == "decrease in cost of the blood test"


def test_a_dateline_is_no_subject_of_a_sum(facts):
    text = "GLASGOW, May 3 (Kestrel Wire) - Lens maker Tarn Optics will spend $40 million expanding it."
    assert _obj(facts, text, 40_000_000) == "Lens maker Tarn Optics"


def test_share_of_a_total(facts):
    assert _obj(facts, "The county signed 9 deals with hospitals, accounting for 35% of the total.", 35) == "total"


def test_object_never_a_lone_modifier(facts):
    obj = _obj(facts, "There are 520 public and private nursing homes in the region.", 520)
    assert obj not in ("public", "private") and obj.endswith("nursing homes")


@pytest.mark.parametrize(
    "text",
    [
        "Clinics handled 3 million visits in the first 9 months of 2023 alone.",
        "Admissions fell in the last 6 months of the year 2022.",
    ],
)
def test_period_inside_a_date_is_not_an_amount(facts, text):
    assert not [r for r in facts(text, "amount") if r["unit"] in ("months", "years", "days")]


def test_duration_outside_a_date_is_kept(facts):
    r = one(facts, "The city has explored shared test results for about 15 years.")
    assert r["value"] == 15 and r["unit"] == "years"


def test_a_number_word_opening_a_sentence_counts(facts):
    rows = facts("Twelve British hospitals joined the network.", "amount")
    assert [(r["value"], r["object"]) for r in rows] == [(12, "British hospitals")]


def _rows(facts, text):
    return {r["text"]: r for r in facts(text, "amount")}


def _change(r):
    return r["amount_type"], r["value_from"], r["value_to"], r["change_pct"]


def test_plain_figure_has_no_range_or_change(facts):
    r = one(facts, "The district has 1,250 family doctors.")
    assert _change(r) == ("figure", None, None, None)


def test_a_sum_given_to_a_number_of_things_is_no_range(facts):
    rows = _rows(facts, "The trust announced the winners, committing a combined £3.6 million to eight trials.")
    assert _change(rows["£3.6 million"]) == ("figure", None, None, None)
    assert (rows["eight"]["unit"], rows["eight"]["amount_type"]) == ("count", "figure")
    rows = _rows(facts, "Each hospital will receive 6-10 million yuan.")
    assert rows["10 million yuan"]["amount_type"] == "range_high"


def test_from_to_is_a_change_with_both_levels(facts):
    rows = _rows(facts, "The number of wards increased from 40 in 2014 to 70 in 2019.")
    assert rows["40"]["value"] == 40 and rows["70"]["value"] == 70
    assert _change(rows["40"]) == ("change_before", 40, 70, 75)
    assert _change(rows["70"]) == ("change_after", 40, 70, 75)
    # the level measured as an average, after other words of "from ... to"
    rows = _rows(facts, "Vans cut the wait from booking to visit from an average of 21 days to 9 days.")
    assert _change(rows["21 days"])[:3] == ("change_before", 21, 9)
    rows = _rows(facts, "Stays range from an average of 5 days to 9 days.")
    assert _change(rows["5 days"])[0] == "range_low"


def test_a_change_between_two_units_of_time(facts):
    rows = _rows(facts, "The wait for a hip operation fell from 2 years to 9 months after the reform.")
    assert _change(rows["2 years"]) == ("change_before", 2, 0.75, pytest.approx(-62.5))
    assert _change(rows["9 months"]) == ("change_after", 24, 9, pytest.approx(-62.5))
    assert rows["2 years"]["object"] == rows["9 months"]["object"] == "wait"
    # only stretches of time are converted: two other units are no change
    assert _change(_rows(facts, "The site went from 2 km to 30 hectares.")["2 km"])[0] == "figure"


def test_both_levels_of_a_change_count_what_the_later_one_names(facts):
    rows = _rows(facts, "Hospital stays fell from 12 to 9 days last year.")
    assert rows["12"]["object"] == rows["9 days"]["object"] == "Hospital stays"


def test_reversed_change_to_then_from(facts):
    rows = _rows(facts, "Grants tripled, rising to 900 million yuan in 2020 from 300 million yuan in 2016.")
    assert _change(rows["900 million yuan"]) == ("change_after", 3e8, 9e8, 200)
    assert _change(rows["300 million yuan"]) == ("change_before", 3e8, 9e8, 200)
    # the level it changed from after a comma
    rows = _rows(facts, "The number of clinics in the scheme has risen to 57, from 31 in 2023.")
    assert _change(rows["57"]) == ("change_after", 31, 57, pytest.approx(83.871, abs=1e-3))
    assert _change(rows["31"]) == ("change_before", 31, 57, pytest.approx(83.871, abs=1e-3))
    # a change stated between the verb and "to": the level after "from" is still the level before
    rows = _rows(
        facts, "Dressing sales rose 25% year on year to 500 million yuan in 2024, from 400 million yuan in 2023."
    )
    assert _change(rows["500 million yuan"]) == ("change_after", 4e8, 5e8, pytest.approx(25.0))
    assert _change(rows["400 million yuan"]) == ("change_before", 4e8, 5e8, pytest.approx(25.0))


def test_a_bracketed_level_under_a_note_saying_so_is_the_level_before(facts):
    text = (
        "Main figures for Tarn, 2024 (2020 in brackets):\n- Registered nurses: 5,240 (2,620)\n"
        "- Visits: 52.4 million (31.7 million)\n\nThe ward has 40 beds (2 wards) and 12 cots (10 in use)."
    )
    rows = _rows(facts, text)
    assert _change(rows["5,240"]) == ("change_after", 2620, 5240, pytest.approx(100.0))
    assert _change(rows["2,620"])[0] == "change_before"
    assert (rows["5,240"]["object"], rows["52.4 million"]["amount_type"]) == ("Registered nurses", "change_after")
    assert rows["31.7 million"]["value"] == 31.7e6
    # brackets with no note above them in their block are no change
    assert [rows[t]["amount_type"] for t in ("40", "12", "10")] == ["figure"] * 3


def test_a_figure_that_refers_back_counts_what_the_last_figure_of_its_unit_counts(facts):
    text = "In 2021, 74 Tarn nurses held licences. The figure for midwives was 40. The number rose to 121 in 2022."
    rows = _rows(facts, text)
    assert [rows[t]["object"] for t in ("74", "121")] == ["Tarn nurses", "Tarn nurses"]
    assert rows["40"]["object"] != "Tarn nurses"  # a figure "for" something says what it counts


def test_a_day_before_a_month_is_no_amount_even_without_a_year(facts):
    text = "Kestrel news\n\nThe pact was signed on 17 September by Dr Ann Walsh, who leads 40 staff.\n"
    assert [r["text"] for r in facts(text, "amount")] == ["40"]


def test_a_telephone_number_is_no_amount(facts):
    text = (
        "Media contact: Ann Lowe, Head of Communications, +44 1223 555 0100. The ward has 40 beds and 45 - 50 nurses.\n"
    )
    assert [r["text"] for r in facts(text, "amount")] == ["40", "45", "50"]
    # an eight-digit number written in two groups of four, at the end of a sentence
    text = "Call the helpline on 2761 5390 for details. The clinic saw 5390 patients."
    assert [r["text"] for r in facts(text, "amount")] == ["5390"]


def test_the_number_of_a_list_item_is_no_amount(facts):
    text = "The sites are:\n(1) Kestrel Hospital in Westport;\n(2) Eastbay Clinic, with 40 beds.\n"
    assert [r["text"] for r in facts(text, "amount")] == ["40"]


def test_a_level_then_the_level_it_changed_from(facts):
    rows = _rows(facts, "The county had 6.5 nurses per 1,000 residents, up from 5.2 in 2019.")
    assert _change(rows["6.5"]) == ("change_after", 5.2, 6.5, 25)
    assert rows["5.2"]["unit"] == "per_1000"  # the level before is of the same rate
    rows = _rows(facts, "The ward now has 120 beds, rising sharply from 80 when it opened.")
    assert _change(rows["80"]) == ("change_before", 80, 120, 50)
    # an auxiliary or modal verb between them starts another clause: "nine" is no level that changed
    rows = _rows(facts, "Staff in 40 wards across nine towns can now work remotely, up from 25 in 2022.")
    assert rows["nine"]["amount_type"] == "figure"
    # a clause between them is not one phrase of change
    rows = _rows(facts, "Clinics saw 4,000 visits, while the new wing, which has 20 beds, grew from 12.")
    assert _change(rows["4,000"]) == ("figure", None, None, None)


def test_percent_change_alone(facts):
    r = one(facts, "Clinic visits were up 12% year on year.")
    assert _change(r) == ("change_percent", None, None, 12)
    assert "visits" in r["object"]
    r = one(facts, "Waiting lists fell by 3.5 percent.")
    assert _change(r) == ("change_percent", None, None, -3.5)


def test_up_of_a_verb_is_no_change(facts):
    r = one(facts, "Nursing beds now make up 64 percent of all beds in care homes.")
    assert r["amount_type"] == "figure" and r["value"] == 64
    r = one(facts, "The clinics set up 35 stations across the district.")
    assert r["amount_type"] == "figure" and r["value"] == 35
    r = one(facts, "Clinic visits were up 12% on last year.")
    assert r["amount_type"] == "change_percent"


def test_percent_change_to_a_level_implies_the_level_before(facts):
    rows = _rows(facts, "Revenue rose 5 percent to 2.1 billion yuan.")
    assert _change(rows["5 percent"]) == ("change_percent", None, None, 5)
    kind, before, after, pct = _change(rows["2.1 billion yuan"])
    assert (kind, after, pct) == ("change_after", 2.1e9, 5) and before == pytest.approx(2e9)


def test_change_stated_after_a_level(facts):
    rows = _rows(facts, "The pharmacy filled 4,200 prescriptions, a rise of 5% on the year before.")
    assert rows["4,200"]["amount_type"] == "change_after" and rows["4,200"]["value_from"] == pytest.approx(4000)
    assert rows["5%"]["amount_type"] == "change_percent" and "prescriptions" in rows["5%"]["object"]
    rows = _rows(facts, "The county now counts 415 pharmacies, 15 fewer than in 2019.")
    assert _change(rows["15"]) == ("change_difference", 430, 415, pytest.approx(-3.4884))
    rows = _rows(facts, "Night clinics saw 3,300 patients (+10%) and 200 (+25%) at weekends.")
    assert rows["+10%"]["change_pct"] == 10 and rows["3,300"]["value_from"] == pytest.approx(3000)
    assert rows["200"]["value_from"] == pytest.approx(160)


def test_a_change_after_a_part_belongs_to_the_whole(facts):
    """ "M of them" counts a part of the figure before it: the change stated after the part is the whole's."""
    rows = {
        r["value"]: r
        for r in facts(
            "About 820 pharmacies, 300 of them in villages, now take part, a rise of 60% on the 2016 figure.", "amount"
        )
    }
    assert rows[820]["amount_type"] == "change_after" and rows[820]["change_pct"] == 60
    assert rows[300]["amount_type"] == "figure"
    rows = _rows(facts, "The clinics employ 310 nurses, a rise of 24% on last year.")
    assert rows["310"]["amount_type"] == "change_after"


def test_doubled_to_a_level(facts):
    r = one(facts, "The number of beds doubled to 500.")
    assert _change(r) == ("change_after", 250, 500, 100)


def test_level_reached_without_the_level_before(facts):
    r = one(facts, "The number of clinics rose to 14.")
    assert _change(r) == ("change_after", None, 14, None)


def test_respectively_pairs_each_change_with_its_figure(facts):
    rows = _rows(facts, "Enrolment stood at 520 pupils and 180 trainees, an increase of 40 and 20 respectively.")
    assert _change(rows["520"]) == ("change_after", 480, 520, pytest.approx(8.3333))
    assert _change(rows["20"]) == ("change_difference", 160, 180, 12.5)
    assert "trainees" in rows["20"]["object"]


@pytest.mark.parametrize(
    "text,low,high,unit",
    [
        ("The estate has between 1,200 and 1,500 residents.", 1200, 1500, "count"),
        ("Some 3-5 million adults are affected.", 3e6, 5e6, "count"),
        ("About 30-35% of cases are mild.", 30, 35, "percent"),
        ("Patients ranging from 18 to 65 took part.", 18, 65, "count"),
        ("The new cover is priced from MOP500 to MOP900 a year depending on age.", 500, 900, "MOP"),
    ],
)
def test_a_range_is_not_a_change(facts, text, low, high, unit):
    rows = facts(text, "amount")
    assert [(r["amount_type"], r["value"], r["unit"]) for r in rows] == [
        ("range_low", low, unit),
        ("range_high", high, unit),
    ]
    assert all((r["value_from"], r["value_to"], r["change_pct"]) == (low, high, None) for r in rows)


def test_a_converted_sum_shares_the_change(facts):
    rows = _rows(facts, "Funding fell from 90 million yuan (US$12 million) to 60 million yuan.")
    assert rows["US$12 million"]["amount_type"] == "change_before"
    assert rows["US$12 million"]["change_pct"] == pytest.approx(-33.3333)


def test_rates_per_thousand_written_apart_from_the_number(facts):
    rows = _rows(facts, "Per 1,000 residents, the county had 2.6 midwives (+0.2) and 1.7 dentists.")
    assert set(rows) == {"2.6", "+0.2", "1.7"}
    assert all(r["unit"] == "per_1000" for r in rows.values())
    assert _change(rows["+0.2"]) == ("change_difference", 2.4, 2.6, pytest.approx(8.3333))
    r = one(facts, "The town now has 3.1 dentists per 10,000 residents.")
    assert (r["value"], r["unit"]) == (3.1, "per_10000")
    # "for every" and "for each" say "per"; the level, its unit and its date, then the level it changed from
    rows = _rows(facts, "Lakeside had 5.2 midwives for every 10,000 women at the close of 2023, up from 3.9 in 2018.")
    assert set(rows) == {"5.2", "3.9"}
    assert _change(rows["5.2"]) == ("change_after", 3.9, 5.2, pytest.approx(33.3333))
    assert rows["3.9"]["unit"] == "per_10000"
    assert one(facts, "The valley has 2.8 pharmacists for each 1,000 people.")["unit"] == "per_1000"


@pytest.mark.parametrize(
    "text,value,unit",
    [
        ("Some 1,875 doctors signed the letter.", 1875, "count"),  # a count written with a comma is no year
        ("The deal is worth £45m.", 45e6, "GBP"),
        ("The fund raised US$2.5b last spring.", 2.5e9, "USD"),
        ("They pledged three billion British pounds.", 3e9, "GBP"),
        ("Kelby Pharma will invest 75 mln stg in the site.", 75e6, "GBP"),  # a wire's short form of sterling
        ("The ferry crossing lasted 48 minutes.", 48, "minutes"),
        ("Dental checks are free for pupils aged 14 or under.", 14, "years"),
        ("The score places the lab in the top 5% of labs.", 5, "percent"),  # a share, not a rank
        ('"We treated 500 patients," she said.', 500, "count"),  # speech is not a slogan
    ],
)
def test_more_values_and_units(facts, text, value, unit):
    r = one(facts, text)
    assert (r["value"], r["unit"]) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    "text",
    [
        "It opened in 1950.",
        "Reference number: 8812K",
        "Leeds, Oct. 9 (Wire) -- Doctors met.",
        "The board was formed five years ago.",
        "The 50-59 age group gave most.",
        "Leeds | 3 May 2025 | 6 min read",
        "The file 7bd2c11e.png was shown.",
        'The board adopted the "three clinics, one record" slogan.',
        'Towns ran a "30-day drive" against litter.',
        '"The two colleges have long worked together," she said.',
    ],
)
def test_more_numbers_that_are_not_amounts(facts, text):
    assert facts(text, "amount") == []


@pytest.mark.parametrize(
    "text,value,expected",
    [
        ("Weekend visitors made up the biggest share of callers (42%).", 42, "share of callers"),
        ("The trust inspected 25 wards, and 9 were rated outstanding.", 9, "wards"),
        ("About 60% (45) of village pharmacies passed the audit.", 45, "village pharmacies"),
        ("Night clinics handled 8,400 visits (+6%), or 35%.", 35, "share of visits"),
    ],
)
def test_objects_read_around_the_figure(facts, text, value, expected):
    assert expected in _obj(facts, text, value)


def test_a_rate_named_after_another_figure_is_the_unit_of_the_change_after_it(facts):
    rows = facts("Eastmoor will add 700 beds, raising beds per 1,000 residents from 4.1 to 5.5 by 2030.", "amount")
    assert {r["text"]: r["unit"] for r in rows} == {"700": "count", "4.1": "per_1000", "5.5": "per_1000"}


def test_up_from_compares_the_level_of_its_own_unit(facts):
    text = "Some 0.9 million people, or 58% of the town's 1.6 million residents, had a doctor, up from 41% in 2021."
    rows = {r["text"]: r for r in facts(text, "amount")}
    assert (rows["58%"]["value_from"], rows["58%"]["amount_type"]) == (41.0, "change_after")
    assert (rows["1.6 million"]["unit"], rows["1.6 million"]["amount_type"]) == ("count", "figure")


def test_working_days_are_days(facts):
    assert one(facts, "Insurers will settle bills within 15 working days.")["unit"] == "days"


def test_levels_and_comparisons_of_a_rate_take_its_unit(facts):
    rows = facts(
        "Beds per 1,000 residents are expected to rise to 6.2 from 4.8 at present. Northvale had 2.1 doctors per "
        "1,000 people, compared with 2.5 in Westmoor and more than 3 in most rich economies. It has 40 clinics.",
        "amount",
    )
    units = {r["text"]: r["unit"] for r in rows}
    assert units == {
        "6.2": "per_1000",
        "4.8": "per_1000",
        "2.1": "per_1000",
        "2.5": "per_1000",
        "more than 3": "per_1000",
        "40": "count",
    }


def test_a_rate_reaches_a_second_count_and_the_level_it_rose_from(facts):
    rows = facts(
        "Tarrow had 2.8 doctors and 4.3 nurses per 1,000 residents. Kelby had 5.1 beds per 1,000 residents, up from "
        "4.2 in 2019. Staff from 20 hospitals joined.",
        "amount",
    )
    units = {r["text"]: r["unit"] for r in rows}
    assert units == {"2.8": "per_1000", "4.3": "per_1000", "5.1": "per_1000", "4.2": "per_1000", "20": "count"}


def test_a_second_change_after_a_year_on_year_change_is_a_change_of_the_same_level(facts):
    """ "an increase of 2.1% year on year and of 14.5% over 2018": both are changes of the dental visits."""
    text = "Westport recorded 9,120 dental visits, an increase of 2.1% year on year and of 14.5% over 2018."
    rows = facts(text, "amount")
    assert [(r["text"], r["amount_type"], r["change_pct"]) for r in rows] == [
        ("9,120", "change_after", 2.1),
        ("2.1%", "change_percent", 2.1),
        ("14.5%", "change_percent", 14.5),
    ]


def test_a_change_written_y_on_y_is_a_change(facts):
    rows = facts("Outpatient visits reached 48,000 in 2024, +1.5% y/y.", "amount")
    assert [(r["text"], r["amount_type"]) for r in rows] == [("48,000", "change_after"), ("+1.5%", "change_percent")]


@pytest.mark.parametrize(
    "text",
    [
        'Westland began the "Hundred Counties, Thousand Towns and Ten Thousand Villages Project" this year.',
        "Researchers recruited under the Thousand Talents Plan joined the institute.",
    ],
)
def test_a_number_word_inside_a_capitalised_name_is_no_amount(facts, text):
    assert facts(text, "amount") == []


def test_a_capitalised_number_word_before_a_plain_noun_counts(facts):
    assert [r["value"] for r in facts("Twenty hospitals joined the Four Rivers Alliance.", "amount")] == [20.0]


@pytest.mark.parametrize(
    "text",
    [
        "Three quarters of residents in the valley now see a family doctor.",
        "Two thirds of the clinics reported shortages last winter.",
        "A two-thirds majority of members backed the plan.",
        "Half of the nurses in Westvale work night shifts.",
        "A third of the wards were closed for repairs.",
        "One in five adults in the county smokes.",
        "Nine out of ten patients said they were satisfied.",
        "About 1 in 4 children missed a check-up.",
    ],
)
def test_a_fraction_in_words_is_no_count(facts, text):
    assert [(r["value"], r["unit"]) for r in facts(text, "amount") if r["unit"] == "count"] == []


@pytest.mark.parametrize(
    "text,value",
    [
        ("Three hospitals in the valley signed up in two rounds.", [3.0, 2.0]),
        ("The clinic grew for three quarters in a row.", [3.0]),
        ("Five in every ten beds were taken.", []),
    ],
)
def test_counts_next_to_fraction_like_words(facts, text, value):
    assert [r["value"] for r in facts(text, "amount") if r["unit"] == "count"] == value


@pytest.mark.parametrize(
    "text,values",
    [
        ("The group opened 20 in five cities this year.", [20.0, 5.0]),
        ("Visits rose to 5 in 12 months.", [5.0, 12.0]),
        ("The board approved 3 in 2023.", [3.0]),
    ],
)
def test_two_numbers_joined_by_in_are_no_ratio_unless_the_first_is_a_part_of_the_second(facts, text, values):
    assert [r["value"] for r in facts(text, "amount")] == values


def test_a_stretch_of_time_a_figure_is_counted_over_is_no_level_of_its_change(facts):
    rows = _rows(facts, "About 8,200 residents used the vouchers in the first nine months, up 21% year on year.")
    assert rows["About 8,200"]["amount_type"] == "change_after" and rows["About 8,200"]["change_pct"] == 21
    assert rows["nine months"]["amount_type"] == "figure"
    rows = _rows(facts, "The fund paid 3,400 claims over the past three years, up from 2,100.")
    assert _change(rows["3,400"]) == ("change_after", 2100, 3400, pytest.approx(61.9048))
    assert _change(rows["2,100"]) == ("change_before", 2100, 3400, pytest.approx(61.9048))
    assert rows["three years"]["amount_type"] == "figure"
    # a duration that is itself the level changes
    rows = _rows(facts, "The average wait fell to six weeks, down 25% on last year.")
    assert rows["six weeks"]["amount_type"] == "change_after"


def test_a_distant_up_from_with_its_own_date_compares_the_level_that_opens_the_clause(facts):
    text = (
        "Ann Lee said 11 clinics in the county were now allowed to use drugs that are sold in Eastbay but not yet "
        "licensed in Northvale, up from 5 a year ago."
    )
    rows = _rows(facts, text)
    assert _change(rows["11"]) == ("change_after", 5, 11, 120)
    # without a date of its own the earlier level is too far to be read as one
    rows = _rows(facts, text.replace(" a year ago", ""))
    assert rows["11"]["amount_type"] == "figure"
    # a date of its own written as a stretch of time ago
    rows = _rows(facts, text.replace(" a year ago", " three years ago"))
    assert _change(rows["11"]) == ("change_after", 5, 11, 120)


def test_a_negated_bound_is_part_of_the_figure(facts):
    r = one(facts, "Under the plan, residents pay no more than 30% of the bill.")
    assert (r["text"], r["value"], r["unit"]) == ("no more than 30%", 30, "percent")
    rows = _rows(facts, "Each clinic gets not less than 40 beds and at most 2,000 yuan a month.")
    assert set(rows) == {"not less than 40", "at most 2,000 yuan"}


def test_money_object_is_what_a_word_of_value_puts_it_on(facts):
    assert _obj(facts, "The supply agreement is now valued at 210 million yuan.", 210e6) == "supply agreement"
    assert _obj(facts, "The east campus is budgeted at 4.2 billion yuan.", 4.2e9) == "east campus"
    assert _obj(facts, "The deal is worth 3 million pounds.", 3e6) == "deal"
    assert _obj(facts, "The contract, worth about 172 million yuan, was awarded by a developer.", 172e6) == "contract"
    text = "Fees will be set at between 68,000 and 75,000 yuan a year."
    assert _obj(facts, text, 68000) == _obj(facts, text, 75000) == "Fees"


def test_a_value_set_off_after_a_place_of_the_clause_is_not_the_places(facts):
    obj = _obj(facts, "Kelby will sell the drugs in 9 provinces, valued at 640 million yuan.", 640e6)
    assert obj != "provinces"


def test_a_change_a_verb_makes_to_its_object_counts_that_object(facts):
    text = "Foshan will add 900 beds, raising the number of hospital beds per 1,000 residents from 5.9 to 7.0 by 2030."
    assert _obj(facts, text, 5.9) == _obj(facts, text, 7.0) == "number of hospital beds"
    text = "The county has cut the cost of the test from 1200 yuan to 200 yuan."
    assert _obj(facts, text, 1200) == _obj(facts, text, 200) == "cost of the test"
    assert "spending" in _obj(facts, "The province will raise spending by 20%.", 20)


def test_a_span_for_a_verb_with_no_object_is_the_span_of_its_subject(facts):
    text = "The deal follows the renewal of its agreement with Kelby Hospital, which has been extended for three years."
    assert "agreement" in _obj(facts, text, 3)
    assert _obj(facts, "The Kelby licence was extended for two years.", 2) == "Kelby licence"


def test_a_figure_compared_with_an_earlier_one_counts_the_same_thing(facts):
    text = (
        "The bureau said 312 patients were moved across the border this year, compared with 187 in the whole of 2025."
    )
    assert _obj(facts, text, 187) == _obj(facts, text, 312) == "patients"
    text = "Reviews now take ten working days, against twenty days two years ago."
    assert _obj(facts, text, 20) == _obj(facts, text, 10)


@pytest.mark.parametrize(
    ("text", "values", "expected"),
    [
        ("The two foundations will give £3 million and 25 million yuan respectively.", (3e6, 2.5e7), "foundations"),
        (
            "Enrolment in Northton, Westby and Eastfield reached 61.5%, 47.2% and 33.9% respectively.",
            (47.2, 33.9),
            "Enrolment",
        ),
        ("Clinic visits in rural towns rose 8.4% and 6.1% in 2022 and 2023 respectively.", (6.1,), "Clinic visits"),
        (
            "The two trusts sent 42 and 37 junior nurses respectively to work in village clinics.",
            (42, 37),
            "junior nurses",
        ),
        ("Instalments of US$3 million, US$6 million and US$9 million are due later.", (6e6, 9e6), "Instalments"),
    ],
)
def test_figures_listed_together_share_what_they_measure(facts, text, values, expected):
    for value in values:
        assert _obj(facts, text, value) == expected


def test_listed_figures_with_objects_of_their_own_keep_them(facts):
    text = "The clinic hired 45 doctors and 30 nurses last year."
    assert _obj(facts, text, 45) == "doctors"
    assert _obj(facts, text, 30) == "nurses"


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("Residents aged 70 or above can claim the allowance.", 70, "age of Residents"),
        ("The survey followed 3,000 adults aged over 50 in two towns.", 50, "age of adults"),
        ("The town has 12,000 residents aged 60 and over.", 60, "age of residents"),
    ],
)
def test_a_figure_after_aged_is_the_age_of_the_people_before_it(facts, text, value, expected):
    assert _obj(facts, text, value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A basic plan with eye checks costs between 300 and 500 yuan a year.", "basic plan"),
        ("Wheelchairs used to cost families between 3,000 and 8,000 yuan each.", "Wheelchairs"),
    ],
)
def test_a_range_naming_nothing_measures_the_phrase_before_it(facts, text, expected):
    rows = [r for r in facts(text, "amount") if r["amount_type"] in ("range_low", "range_high")]
    assert len(rows) == 2
    assert all(expected in r["object"] and not any(c.isdigit() for c in r["object"]) for r in rows)


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("The centre will receive £7 million over four years.", 4, "period"),
        ("The city will spend 2 billion yuan over the next five years to build clinics.", 5, "period"),
        (
            "The board will hire 40 nurses for village clinics over the next three years.",
            3,
            "period of village clinics",
        ),
        ("The licence was extended for three years.", 3, "licence"),
    ],
)
def test_a_stretch_of_time_cut_off_at_its_preposition_is_a_period(facts, text, value, expected):
    assert _obj(facts, text, value) == expected


def test_a_place_of_so_many_people_counts_its_population(facts):
    assert _obj(facts, "Westby, a city of 4.2 million people, has three hospitals.", 4.2e6) == "population"
    assert _obj(facts, "The clinic treated 900 people last year.", 900) == "people"


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("The county had 9,100 nurses, of whom 2,310 were midwives.", 2310, "midwives"),
        ("Westby General sent 14 of its surgeons to Northton.", 14, "surgeons"),
        ("The board said 35 of its surgeons held posts in Westby.", 35, "surgeons"),
    ],
)
def test_a_part_counts_what_it_is_a_part_of(facts, text, value, expected):
    obj = _obj(facts, text, value)
    assert expected in obj.split() and "of" not in obj.split()


def test_a_part_of_them_is_no_count_of_the_subject(facts):
    """ "the clinic has taken on 36 of them": 36 of the nurses named before, not 36 clinics."""
    text = "Since Tarn let Westby nurses work there, the clinic has taken on 36 of them, against 11 in 2021."
    assert _obj(facts, text, 36) == "them"
    assert _obj(facts, "The clinic saw 40 of these patients in May.", 40) == "patients"
    assert _obj(facts, "The clinic has taken on 36 of them in 2023.", 36) == "them"
    assert "2" not in _obj(facts, "The board admitted 36 of these 2,000 students.", 36).split()


def test_a_rate_named_before_its_figures_gives_them_its_unit(facts):
    text = (
        "The number of midwives per 10,000 residents in Ostley rose to 3.2 last year, against a goal of 3.6. "
        "The number of wards per 1,000 beds is rising, and 25 wards opened."
    )
    got = [(r["value"], r["unit"]) for r in facts(text, "amount")]
    assert got == [(3.2, "per_10000"), (3.6, "per_10000"), (25.0, "count")]


def test_a_bound_after_a_word_for_people_is_their_age(facts):
    text = "Women over 50 will be screened first. Over 300 people came. Spending was over 60 million yuan."
    got = [(r["text"], r["unit"], r["object"]) for r in facts(text, "amount")]
    assert got[0] == ("over 50", "years", "age of women")
    assert got[1][1] == "count" and got[2][1] == "CNY"
    assert [(r["value"], r["unit"]) for r in facts("Adults over 1,500 strong marched.", "amount")] == [
        (1500.0, "count")
    ]


def test_a_from_to_change_after_the_verb_is_not_paired_with_a_figure_before_it(facts):
    text = "In Ostley the number of residents over 70 went up from 2.2 million in 2019 to 2.6 million in 2024."
    rows = {r["text"]: r for r in facts(text, "amount")}
    assert rows["over 70"]["amount_type"] == "figure"
    assert (rows["2.2 million"]["value_from"], rows["2.2 million"]["value_to"]) == (2.2e6, 2.6e6)
    assert rows["2.2 million"]["unit"] == rows["2.6 million"]["unit"] == "count"


def test_a_unit_written_once_after_a_list_of_numbers_is_each_number_s(facts):
    text = (
        "Tarn and Kelby had 1.7 and 2.9 nurses per 1,000 residents. Fees rose 4 and 9 per cent. "
        "Grants of 2, 5 and 8 million yuan were paid. Last year 14 and 23 midwives joined the wards."
    )
    got = [(r["text"], r["value"], r["unit"], r["object"]) for r in facts(text, "amount")]
    assert got == [
        ("1.7", 1.7, "per_1000", "nurses"),
        ("2.9", 2.9, "per_1000", "nurses"),
        ("4", 4.0, "percent", "Fees"),
        ("9 per cent", 9.0, "percent", "Fees"),
        ("2", 2e6, "CNY", "Grants"),
        ("5", 5e6, "CNY", "Grants"),
        ("8 million yuan", 8e6, "CNY", "Grants"),
        ("14", 14.0, "count", "midwives"),
        ("23", 23.0, "count", "midwives"),
    ]


def test_a_level_compared_with_an_earlier_one_before_a_stated_change_is_the_level_after(facts):
    text = "Grants worth £7.2 million were paid in 2025, compared with £6.0 million in 2024, a rise of 20%."
    rows = _rows(facts, text)
    assert _change(rows["£7.2 million"]) == ("change_after", 6.0e6, 7.2e6, 20.0)
    assert _change(rows["£6.0 million"])[:3] == ("change_before", 6.0e6, 7.2e6)
    assert rows["£7.2 million"]["object"] == "Grants"


def test_a_level_compared_with_one_of_an_earlier_date_is_a_change(facts):
    """ "compared with 2,900 a year earlier" is the level before; "compared with 2.5 in Tarn" is another place."""
    rows = _rows(facts, "The clinics saw more than 7,400 patients, compared with about 2,900 patients a year earlier.")
    assert _change(rows["more than 7,400"])[:3] == ("change_after", 2900, 7400)
    assert _change(rows["about 2,900"])[:3] == ("change_before", 2900, 7400)
    rows = _rows(facts, "Westby has 2.1 doctors per 1,000 people, compared with 2.5 in Tarn.")
    assert rows["2.1"]["amount_type"] == rows["2.5"]["amount_type"] == "figure"
    # the sentence's first level set "against" one of its own date, however long the clause between
    text = "By May, 430 Tarn pensioners were living in nursing homes across Westby, against 120 at the end of 2021."
    rows = _rows(facts, text)
    assert _change(rows["430"])[:3] == ("change_after", 120, 430)
    rows = _rows(facts, text.replace("at the end of 2021", "in Eastby"))
    assert rows["430"]["amount_type"] == rows["120"]["amount_type"] == "figure"
    # not across another clause, nor between a sum and a count
    rows = _rows(facts, "Tarn now has 30 clinics serving 2 million people, compared with 21 in 2019.")
    assert rows["2 million"]["amount_type"] == rows["21"]["amount_type"] == "figure"
    rows = _rows(facts, "The wing cost £9 million, compared with 7,100 patients in 2023.")
    assert rows["£9 million"]["amount_type"] == rows["7,100"]["amount_type"] == "figure"


def test_the_level_a_stated_change_is_measured_from_is_the_level_before(facts):
    text = "Visits to the Tarn clinic reached 9,100 in 2024, up 12% from 8,100 a year earlier."
    rows = _rows(facts, text)
    assert _change(rows["9,100"])[:3] == ("change_after", 8100, 9100)
    assert _change(rows["8,100"])[:3] == ("change_before", 8100, 9100)
    assert rows["8,100"]["object"] == rows["9,100"]["object"]


def test_the_earlier_level_written_after_the_later_counts_what_the_later_counts(facts):
    rows = _rows(facts, "Spending on clinics rose to 540 million yuan in 2020 from 310 million yuan in 2016.")
    assert rows["310 million yuan"]["object"] == rows["540 million yuan"]["object"]


def test_a_change_after_the_levels_before_and_after_is_the_change_of_the_level_reached(facts):
    """The parser reads "enrolled" as the verb of a clause that is the subject: the noun of that clause is what the
    levels count, and the percent is the change of the level reached, not of the officials who state it."""
    text = (
        "The number of Macao students enrolled in public schools in Zhuhai has risen to 2,400 for 2025, up from 1,900 "
        "last year, an increase of 26.3 percent, officials said on Friday as a new school opened."
    )
    rows = _rows(facts, text)
    assert rows["2,400"]["object"] == rows["1,900"]["object"] == "number of Macao students"
    assert rows["26.3 percent"]["object"] == "increase in number of Macao students"


def test_a_stretch_of_time_written_in_two_units_is_one_amount(facts):
    text = (
        "The average transfer took 1 hour 47 minutes. The course lasts 2 years and 6 months. Over 3 days, 20 hours "
        "of training ran."
    )
    got = [(r["text"], r["value"], r["unit"]) for r in facts(text, "amount")]
    assert ("1 hour 47 minutes", 107, "minutes") in got and ("2 years and 6 months", 30, "months") in got
    assert ("20 hours", 20, "hours") in got  # a comma parts two amounts


def test_percentage_points_are_their_own_unit(facts):
    rows = facts("Uptake climbed from 31.5% to 35.2%, a rise of 3.7 percentage points.", "amount")
    assert [(r["text"], r["unit"]) for r in rows if r["value"] == 3.7] == [
        ("3.7 percentage points", "percentage_points")
    ]


def test_a_change_written_in_number_words_ending_a_clause(facts):
    rows = _rows(facts, "The scheme now covers more clinics, bringing the number of clinics from three to eight.")
    assert _change(rows["three"])[:3] == ("change_before", 3, 8)
    assert _change(rows["eight"])[:3] == ("change_after", 3, 8)
    # a number word at the end of a clause that ends no change is no figure
    assert "eight" not in _rows(facts, "Of the clinics, there were eight.")


def test_a_distant_earlier_level_dated_by_month_and_year_is_the_base(facts):
    text = (
        "Since the pilot began, 30,400 patients in Tarn have agreed to share records, up from 9,100 at the end of "
        "June 2024."
    )
    rows = _rows(facts, text)
    assert _change(rows["30,400"])[:3] == ("change_after", 9100, 30400)


def test_a_total_reached_after_a_count_of_new_things_starts_from_their_difference(facts):
    rows = _rows(facts, "The district opened six new clinics in 2024, lifting the total number to 15.")
    assert _change(rows["15"]) == ("change_after", 9, 15, pytest.approx(66.67, abs=0.01))
    assert rows["six"]["amount_type"] == "figure"
    # the total counts what the new things are, not "the total number"
    assert rows["15"]["object"] == "clinics"
    rows = _rows(facts, "There are 11 newly designated hospitals in the scheme, bringing the total number to 20.")
    assert rows["20"]["object"] == "designated hospitals"
    # a total with no count of new things before it has no level before
    assert _change(_rows(facts, "The network grew, lifting the total to 15.")["15"])[:2] == ("change_after", None)


def test_a_bare_base_compares_the_figure_of_its_size_before_it(facts):
    """ "rose to 31,400, equivalent to 2.48 per 1,000 residents, up from 2.31": 2.31 is the rate's base."""
    rows = _rows(
        facts, "Nurses rose 4.2 percent to 31,400, equivalent to 2.48 nurses per 1,000 residents, up from 2.31."
    )
    assert (rows["2.48"]["value_from"], rows["2.48"]["value_to"]) == (2.31, 2.48)
    assert rows["31,400"]["value_from"] != 2.31


def test_a_bare_dollar_on_a_site_of_a_dollar_territory_is_its_dollar(facts):
    """A page whose address line ends in ".hk" writes Hong Kong dollars as "$"; "US$" stays US dollars, and a
    page with no such line reads "$" as US dollars."""
    page = "www.harbour-news.gov.hk\n\nEach resident gets $1,500 a year; the scheme also drew US$2 million.\n"
    assert [(r["text"], r["unit"]) for r in facts(page, "amount")] == [("$1,500", "HKD"), ("US$2 million", "USD")]
    other = "Each resident gets $1,500 a year.\n"
    assert [(r["text"], r["unit"]) for r in facts(other, "amount")] == [("$1,500", "USD")]
    heading = "The Government of the Hong Kong Special Administrative Region Press Releases\n\nGrants rise\n\n"
    assert [(r["text"], r["unit"]) for r in facts(heading + other, "amount")] == [("$1,500", "HKD")]


def test_the_items_of_a_gapped_list_count_what_the_first_item_counts(facts):
    rows = facts("Tarnby had 45 clinics, Glasgow 30 and Dundee 12, the report said.", "amount")
    assert [(r["text"], r["object"]) for r in rows] == [("45", "clinics"), ("30", "clinics"), ("12", "clinics")]
    rows = facts("Tarnby had 45 clinics, 30 of them new.", "amount")
    assert rows[1]["object"] != "clinics" or rows[1]["text"] != "30"


def test_a_time_of_day_is_no_amount(facts):
    text = "The clinic opens at 10 p.m. and closes at 6am, at 9.30 am on Sundays and at six o'clock. It has 10 beds."
    assert [(r["text"], r["object"]) for r in facts(text, "amount")] == [("10", "beds")]


def test_a_level_a_rate_is_set_against_is_a_rate_of_the_same_unit(facts):
    """ "below the provincial average of 2.8" after "2.6 doctors per 1,000 residents": 2.8 per 1,000 too."""
    rows = facts(
        "Tarnby has 2.6 doctors per 1,000 residents, below the provincial average of 2.8, and 900 beds.", "amount"
    )
    assert [(r["text"], r["unit"]) for r in rows] == [("2.6", "per_1000"), ("2.8", "per_1000"), ("900", "count")]


def test_a_day_before_a_month_written_in_capitals_is_no_count(facts):
    text = "14:32, 11 MAR 2025 | UPDATED 09:05, 12 MAR 2025\nThe Tarn Health Board runs 11 MRI units."
    assert [(r["text"], r["object"]) for r in facts(text, "amount")] == [("11", "MRI units")]


def test_a_gap_between_places_is_no_change(facts):
    """ "30% lower than in Guangzhou" compares two places; "8% lower than a year earlier" is a fall."""
    rows = {r["text"]: r for r in facts("Salaries in Kaiping are roughly 30% lower than in Guangzhou.", "amount")}
    assert rows["30%"]["amount_type"] == "figure" and rows["30%"]["change_pct"] is None
    rows = {r["text"]: r for r in facts("Costs in Kaiping were 8% lower than a year earlier.", "amount")}
    assert rows["8%"]["change_pct"] == -8


def test_a_change_after_a_sum_describing_a_noun_is_the_count_before_it(facts):
    """ "6,200 residents used their MOP600 vouchers, up 35%": the residents rose, not the vouchers' value."""
    text = (
        "Tarn said 6,200 residents had used their MOP600 health vouchers since January, up 35 per cent on a year "
        "earlier."
    )
    rows = {r["text"]: r for r in facts(text, "amount")}
    assert _change(rows["6,200"])[0] == "change_after" and rows["6,200"]["change_pct"] == 35.0
    assert rows["MOP600"]["amount_type"] == "figure"


def test_a_number_closing_a_name_of_capitals_is_no_amount(facts):
    """ "the FTSE 350 index", "the CSI 300": names; a headline in capitals still counts ("ADDS 300 BEDS")."""
    text = (
        "Shares in Kelby Pharma, a member of the FTSE 350 index, rose 3%. The CSI 300 fell.\n\n"
        "TARN HOSPITAL ADDS 300 BEDS\n\nVouchers worth MOP 600 were used."
    )
    assert [r["text"] for r in facts(text, "amount")] == ["3%", "300", "MOP 600"]


def test_digits_grouped_by_spaces_are_one_number(facts):
    """ "21 000" (thousands set apart by a space, as some governments write them) is twenty-one thousand; a row of
    numbers set apart by spaces is no such number."""
    rows = facts("The clinics recorded over 21 000 patient attendances, against 9 500 a year earlier.", "amount")
    assert [(r["text"], r["value"]) for r in rows] == [("over 21 000", 21000), ("9 500", 9500)]
    assert 120150 not in [r["value"] for r in facts("Scores by ward: 120 150 180.", "amount")]


def test_a_bare_base_after_a_rate_is_the_rates_earlier_level(facts):
    """ "2,985 GPs, or 3.1 for every 10,000 residents, up from 2.7 a year earlier": 2.7 is the rate's earlier level
    (per 10,000, of GPs), never the head count's."""
    text = "The city had 2,985 general practitioners, or 3.1 for every 10,000 residents, up from 2.7 a year earlier."
    rows = {r["text"]: r for r in facts(text, "amount")}
    assert (rows["2.7"]["unit"], rows["2.7"]["amount_type"]) == ("per_10000", "change_before")
    assert rows["2,985"]["amount_type"] == "figure"
    assert rows["3.1 for every 10,000 residents"]["object"] == "general practitioners"


def test_a_bare_dollar_is_the_one_local_dollar_the_page_writes(facts):
    text = "The scheme paid out HK$61.2 million last year. Each elder receives an annual voucher of $2,000."
    units = {r["text"]: r["unit"] for r in facts(text, "amount")}
    assert units == {"HK$61.2 million": "HKD", "$2,000": "HKD"}


def test_a_dollar_conversion_in_brackets_stays_us_dollars(facts):
    text = "Patients in Shenzhen paid 56.8 million yuan ($7.9 million), against HK$38,000 for one course in Hong Kong."
    units = {r["text"]: r["unit"] for r in facts(text, "amount")}
    assert units["$7.9 million"] == "USD"


def test_a_bare_dollar_beside_two_dollars_stays_us_dollars(facts):
    text = "The deal is worth HK$61.2 million and US$3 million. The firm paid $2,000 a share."
    units = {r["text"]: r["unit"] for r in facts(text, "amount")}
    assert units["$2,000"] == "USD"


def test_a_decimal_closing_a_name_is_no_amount(facts):
    text = "KX-114 targets Claudin 18.2, a protein. Coverage in Nanshan reached 61.3 percent and Shenzhen 58.2 percent."
    assert [r["text"] for r in facts(text, "amount")] == ["61.3 percent", "58.2 percent"]


def test_a_level_compared_with_an_earlier_one_a_clause_later_is_its_base(facts):
    """ "4,320 people were enrolled by the end of September, compared with 1,860 when the scheme opened, an increase
    of 132 per cent": 1,860 before, 4,320 after, however long the clause between them."""
    text = (
        "Tarn news\n\nPublished: 3 November 2025\n\nAccording to figures released at Friday's press conference, 4,320 "
        "people were enrolled by the end of September, compared with 1,860 when the scheme opened – an increase of "
        "132 per cent."
    )
    got = {r["text"]: (r["amount_type"], r.get("value_from"), r.get("value_to")) for r in facts(text, "amount")}
    assert got["4,320"] == ("change_after", 1860, 4320)
    assert got["1,860"] == ("change_before", 1860, 4320)
