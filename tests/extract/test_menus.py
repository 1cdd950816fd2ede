"""Navigation lines (menus, breadcrumbs, share bars) on invented page text."""

from analysis.extract.menus import in_menu, menu_spans


def lines_of(text):
    return [text[s:e] for s, e in menu_spans(text)]


def test_rows_split_by_menu_separators():
    text = "Home | Nation | World | Sport\nHome > Europe > Health\nThe clinic opened in May | a new wing followed."
    assert lines_of(text) == ["Home | Nation | World | Sport", "Home > Europe > Health"]


def test_a_row_split_by_spaced_slashes_is_a_menu_and_a_pair_joined_by_a_slash_is_not():
    text = "Home / Nation / Tarnby / Health / Video\nDoctors from Kelby/Tarnby met on 12 / 15 May at the clinic."
    assert lines_of(text) == ["Home / Nation / Tarnby / Health / Video"]


def test_two_items_need_a_menu_word():
    assert lines_of("Home>>Asia") == ["Home>>Asia"]
    assert lines_of("Leeds | Harbin") == []


def test_block_of_short_lines_with_menu_words():
    text = "-\nNews\n-\nWorld\n-\nNorthvale\n-\nOpinion\n-\nCampus\n\nThe mayor of Northvale spoke on Monday."
    assert lines_of(text) == ["News", "World", "Northvale", "Opinion", "Campus"]


def test_list_of_places_one_per_line_is_not_a_menu():
    text = "The tour visits:\nLeeds\nHarbin\nNorthvale\nEastmoor\nTollan\nIt ends in June."
    assert lines_of(text) == []


def test_in_menu():
    text = "Home | World | Sport\nBody text."
    spans = menu_spans(text)
    assert in_menu(spans, 7) and not in_menu(spans, len(text) - 2)


def test_links_after_a_footers_sentences_are_a_menu():
    text = "Wexbridge Post is published by Castor Media. © 2026. Terms | Privacy | Cookies\nThe ward opened. A | b."
    assert lines_of(text) == ["Terms | Privacy | Cookies"]
