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
    ],
)
def test_object_is_the_counted_noun_phrase(facts, text, value, expected):
    assert _obj(facts, text, value) == expected


def test_money_object_from_the_verb_it_is_saved_in(facts):
    obj = _obj(facts, "The shared records reached 1.5 million, saving more than 300 million yuan in costs.", 300e6)
    assert obj == "saving in costs"


def test_change_percent_names_what_changed(facts):
    obj = _obj(facts, "The annual count of shared scans reached 1.5 million, an increase of over 30% year-on-year.", 30)
    assert obj.startswith("year-on-year increase in") and "shared scans" in obj
    obj = _obj(facts, "In 2023, the province's primary care volume will rise by more than 15% year-on-year.", 15)
    assert "rise" in obj and "primary care volume" in obj


def test_money_object_is_the_subject_it_measures(facts):
    text = "The cost of the blood test has been reduced from 1200 yuan to 200 yuan, a decrease of more than 80%."
    assert _obj(facts, text, 1200) == "cost of the blood test"
    assert _obj(facts, text, 200) == "cost of the blood test"
    assert _obj(facts, text, 80) == "decrease in cost of the blood test"


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


def test_from_to_is_a_change_with_both_levels(facts):
    rows = _rows(facts, "The number of wards increased from 48 in 2015 to 88 in 2020.")
    assert rows["48"]["value"] == 48 and rows["88"]["value"] == 88
    assert _change(rows["48"]) == ("change_before", 48, 88, pytest.approx(83.3333))
    assert _change(rows["88"]) == ("change_after", 48, 88, pytest.approx(83.3333))


def test_reversed_change_to_then_from(facts):
    rows = _rows(
        facts, "Spending more than doubled, climbing to 2.4 billion yuan in 2022 from 1.2 billion yuan in 2018."
    )
    assert _change(rows["2.4 billion yuan"]) == ("change_after", 1.2e9, 2.4e9, 100)
    assert _change(rows["1.2 billion yuan"]) == ("change_before", 1.2e9, 2.4e9, 100)


def test_percent_change_alone(facts):
    r = one(facts, "Clinic visits were up 12% year on year.")
    assert _change(r) == ("change_percent", None, None, 12)
    assert "visits" in r["object"]
    r = one(facts, "Waiting lists fell by 3.5 percent.")
    assert _change(r) == ("change_percent", None, None, -3.5)


def test_percent_change_to_a_level_implies_the_level_before(facts):
    rows = _rows(facts, "Revenue rose 5 percent to 2.1 billion yuan.")
    assert _change(rows["5 percent"]) == ("change_percent", None, None, 5)
    kind, before, after, pct = _change(rows["2.1 billion yuan"])
    assert (kind, after, pct) == ("change_after", 2.1e9, 5) and before == pytest.approx(2e9)


def test_change_stated_after_a_level(facts):
    rows = _rows(facts, "The clinics handled 2,100 visits, an increase of 5% on the previous year.")
    assert rows["2,100"]["amount_type"] == "change_after" and rows["2,100"]["value_from"] == pytest.approx(2000)
    assert rows["5%"]["amount_type"] == "change_percent" and "visits" in rows["5%"]["object"]
    rows = _rows(facts, "There were 610 pharmacies, ten more than a year earlier.")
    assert _change(rows["ten"]) == ("change_difference", 600, 610, pytest.approx(1.6667))
    rows = _rows(facts, "The ward saw 3,300 patients (+10%), or 40% of the total.")
    assert rows["+10%"]["change_pct"] == 10 and rows["3,300"]["value_from"] == pytest.approx(3000)
    assert rows["40%"]["amount_type"] == "figure"


def test_doubled_to_a_level(facts):
    r = one(facts, "The number of beds doubled to 500.")
    assert _change(r) == ("change_after", 250, 500, 100)


def test_level_reached_without_the_level_before(facts):
    r = one(facts, "The number of clinics rose to 14.")
    assert _change(r) == ("change_after", None, 14, None)


def test_respectively_pairs_each_change_with_its_figure(facts):
    rows = _rows(facts, "The county had 300 nurses and 120 midwives, up by 20 and 5 respectively.")
    assert _change(rows["300"]) == ("change_after", 280, 300, pytest.approx(7.1429))
    assert _change(rows["5"]) == ("change_difference", 115, 120, pytest.approx(4.3478))
    assert "midwives" in rows["5"]["object"]


@pytest.mark.parametrize(
    "text,low,high,unit",
    [
        ("The estate has between 1,200 and 1,500 residents.", 1200, 1500, "count"),
        ("An estimated 6-10 million people are affected.", 6e6, 10e6, "count"),
        ("About 20-25% of cases are mild.", 20, 25, "percent"),
        ("Patients ranging from 18 to 65 took part.", 18, 65, "count"),
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
    rows = _rows(facts, "Per 1,000 residents, the county had 4.4 nurses (+0.1) and 2.9 doctors.")
    assert set(rows) == {"4.4", "+0.1", "2.9"}
    assert all(r["unit"] == "per_1000" for r in rows.values())
    assert _change(rows["+0.1"]) == ("change_difference", 4.3, 4.4, pytest.approx(2.3256))
    r = one(facts, "The town now has 3.1 dentists per 10,000 residents.")
    assert (r["value"], r["unit"]) == (3.1, "per_10000")


@pytest.mark.parametrize(
    "text,value,unit",
    [
        ("Some 1,950 doctors signed the letter.", 1950, "count"),  # a count written with a comma is no year
        ("The deal is worth £45m.", 45e6, "GBP"),
        ("The fund raised US$2.5b last spring.", 2.5e9, "USD"),
        ("They paid two billion British pounds.", 2e9, "GBP"),
        ("The transfer took 48 minutes.", 48, "minutes"),
        ("Care is free for children aged 12 or under.", 12, "years"),
        ("The grade puts it in the top 1% of hospitals.", 1, "percent"),  # a share, not a rank
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
        "Wuhan, Dec. 14 (Agency) -- Doctors met.",
        "The board was formed five years ago.",
        "The 35-44 age group gave most.",
        "The file 7bd2c11e.png was shown.",
        'The region follows the "one country, two systems" principle.',
        'Towns ran a "100 day campaign" against mosquitoes.',
    ],
)
def test_more_numbers_that_are_not_amounts(facts, text):
    assert facts(text, "amount") == []


@pytest.mark.parametrize(
    "text,value,expected",
    [
        ("The 45-54 group made up the largest share of donors (31%).", 31, "share of donors"),
        ("All 30 clinics in the county were rated, and 19 have been named model clinics.", 19, "clinics"),
        ("Nearly 70% (120) of rural clinics met the standard.", 120, "rural clinics"),
        ("Clinics handled 2,900 visits (+22%), or 77%.", 77, "share of visits"),
    ],
)
def test_objects_read_around_the_figure(facts, text, value, expected):
    assert expected in _obj(facts, text, value)
