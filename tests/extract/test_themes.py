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


def test_a_menus_section_names_are_no_themes_of_the_article(facts):
    text = "Home / Nation / Insurance / Business / Video\n\nKelby opens a clinic\n\nKelby opened a new clinic."
    assert [r["theme"] for r in facts(text, "theme") if r["theme"] == "insurance_payment"] == []


def test_hong_kong_and_macao_as_a_territory_list_is_no_cross_border_care(facts):
    """ "rights in mainland China, Hong Kong and Macao" lists where a licence runs; "Hong Kong and Macao residents"
    crossing for care is the theme."""
    text = "Kelvo Bio will license its drug in mainland China, Hong Kong and Macao."
    assert "cross_border_care" not in {r["theme"] for r in facts(text, "theme")}
    text = "Hong Kong and Macao residents can now see doctors in Tarnby."
    assert "cross_border_care" in {r["theme"] for r in facts(text, "theme")}
