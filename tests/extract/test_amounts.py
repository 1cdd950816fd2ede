"""Amounts on hand-written sentences."""
import pytest


def one(facts, text):
    rows = facts(text, "amount")
    assert len(rows) == 1, rows
    return rows[0]


@pytest.mark.parametrize("text,value,unit", [
    ("The fund reached 50 million visitors this spring.", 50_000_000, "count"),
    ("The plan commits US$1 trillion to clinics.", 1e12, "USD"),
    ("A £1 billion fund was set up.", 1e9, "GBP"),
    ("They spent 122 million yuan on wards.", 122_000_000, "CNY"),
    ("The budget was 43.8299 million yuan in total.", 43_829_900, "CNY"),
    ("Coverage rose to 7.3% among adults.", 7.3, "percent"),
    ("There are 5.51 per 1000 population beds.", 5.51, "per_1000"),
    ("The three-year project began.", 3, "years"),
    ("It lasted two consecutive years.", 2, "years"),
    ("HK$250 million was granted.", 250_000_000, "HKD"),
])
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


@pytest.mark.parametrize("text", [
    "The 3rd round opened.",
    "Phase 2 of the study ended.",
    "It was founded in 1998.",
    "02 Building better wards",
    "The Eastfield No. 4 Hospital opened.",
    "Work on COVID-19 continued.",
])
def test_not_amounts(facts, text):
    assert facts(text, "amount") == []
