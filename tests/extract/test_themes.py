"""Themes from the package lexicon."""

from analysis.extract.themes import themes_of


def test_themes_of_sentence():
    assert "primary_care" in themes_of("More family doctors will staff community health centres.")
    assert "traditional_chinese_medicine" in themes_of("A new TCM clinic opened.")
    assert themes_of("The weather was pleasant.") == []


def test_one_theme_fact_per_theme(facts):
    rows = facts("General practitioners met. More general practitioners joined. Insurance payments rose.", "theme")
    labels = [r["theme"] for r in rows]
    assert labels.count("primary_care") == 1 and "insurance_payment" in labels
    assert all(r["text"] for r in rows)
