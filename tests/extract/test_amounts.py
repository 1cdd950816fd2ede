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
