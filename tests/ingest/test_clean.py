"""Cleaning: noise removal by generic rules and the offset map back to the original file."""

from analysis.ingest.clean import clean, noise_line

NOISY = (
    "Home\n"
    "Font Size:Large  Medium  Small   [Print]\n"
    "Harbour   Hospital opens a new ward\n"
    "\n"
    "\n"
    "The ward has 40 beds.\tIt opened in May.\n"
    "Share  Like  Tweet\n"
    "  • Staff: 12 nurses\n"
    "Contact us at news@example.org for details\n"
    "Copyright © 2021 Harbour Hospital. All Rights Reserved\n"
)


def test_noise_lines_are_removed_and_text_kept():
    c = clean(NOISY)
    assert c.text == (
        "Harbour Hospital opens a new ward\n\n"
        "The ward has 40 beds. It opened in May.\n\n"  # a removed line separates paragraphs
        "Staff: 12 nurses"
    )


def test_every_cleaned_character_maps_to_the_same_character_in_the_original():
    c = clean(NOISY)
    for i, ch in enumerate(c.text):
        orig = NOISY[c.offsets[i]]
        if ch.isspace():
            assert orig.isspace()
        else:
            assert orig == ch


def test_span_maps_back_to_original_slice():
    c = clean(NOISY)
    i = c.text.index("40 beds")
    s, e = c.to_original(i, i + len("40 beds"))
    assert NOISY[s:e] == "40 beds"
    i = c.text.index("Harbour Hospital")
    s, e = c.to_original(i, i + len("Harbour Hospital"))
    assert NOISY[s:e] == "Harbour   Hospital"  # collapsed spaces come back as they were


def test_trailing_related_links_block_is_dropped():
    text = "A clinic opened.\nRelated links\nOther story one\nOther story two\n"
    assert clean(text).text == "A clinic opened."


def test_bare_related_heading_and_related_posts_start_the_trailing_block():
    for heading in ("Related", "Related:", "Related posts", "Related press releases:", "More news releases"):
        text = f"A clinic opened.\n{heading}\nTown hall opens a new wing\n"
        assert clean(text).text == "A clinic opened.", heading
    assert clean("A clinic opened.\nRelated work continues in May.\n").text.endswith("May.")


def test_a_most_read_list_after_the_article_is_dropped_but_not_a_menu_item_above_it():
    text = "A clinic opened.\n\nComments (7)\n\nMost read\n1. Bakery opens second shop\n2. Bridge repairs delayed\n"
    assert clean(text).text == "A clinic opened."
    text = "Home\nMost Read\nNews\n\nTwo clinics opened in the town on Monday with 40 beds.\n"
    assert clean(text).text.endswith("with 40 beds.")


def test_a_read_more_heading_starts_the_trailing_block():
    for heading in ("READ MORE", "Read more:", "You may also like", "Read Next", "Up next", "MORE FROM WORLD",
                    "More in Greater Bay Area"):  # fmt: skip
        text = f"A clinic opened.\n\n{heading}\n- Town hall adds 90 beds\n"
        assert clean(text).text == "A clinic opened.", heading
    assert clean("A clinic opened.\nRead more about the clinic in May.\n").text.endswith("May.")
    assert clean("A clinic opened.\nMore from the minister later.\nIt has 40 beds.\n").text.endswith("40 beds.")
    for line in ("More in store for patients", "More in 2025"):  # a crosshead, not a section's links
        assert clean(f"A clinic opened.\n{line}\nIt has 40 beds.\n").text.endswith("40 beds."), line


def test_a_breadcrumb_with_a_year_is_furniture():
    assert noise_line("Home > News > 2025 > March")
    assert not noise_line("Beds rose from 3 > 2 in 2024 to 5 in 2025.")


def test_noise_rules_do_not_eat_sentences_that_mention_sharing():
    assert not noise_line("The two hospitals will share data on patient outcomes.")
    assert not noise_line("Print media covered the launch widely in 2019.")
    assert noise_line("Like! Tweet! Weibo Share on LinkedIn")
    assert noise_line("Copyright © 2015 Some Council. All Rights Reserved")


def test_a_footer_row_of_policy_links_is_noise_with_its_year():
    assert noise_line("2025 | Important notices | Privacy Policy | Accessibility")
    assert noise_line("Terms of use | Cookies | Sitemap")
    assert not noise_line("The privacy policy of the clinic changed in 2025.")
    assert not noise_line("Patients' privacy | the board said it came first")


def test_the_closing_marks_of_a_government_press_release_are_furniture():
    for line in ("Ends/Thursday, June 5, 2025", "Issued at HKT 11:20", "NNNN", "Today's Press Releases | Back to top"):
        assert noise_line(line), line
    assert not noise_line("The consultation ends on Thursday.")


def test_byte_order_mark_and_crlf_are_not_in_the_cleaned_text():
    text = "\ufeffTitle line here\r\nBody text.\r\n"
    c = clean(text)
    assert c.text == "Title line here\nBody text."
    s, e = c.to_original(0, 5)
    assert text[s:e] == "Title"


def test_empty_span_and_out_of_range():
    c = clean("Some text.")
    assert c.to_original(0, 0) == (0, 0)
    try:
        c.to_original(3, 99)
    except ValueError:
        pass
    else:
        raise AssertionError("a span outside the cleaned text must be refused")


def test_a_sentence_naming_a_social_network_is_article_text():
    assert not noise_line("Patients can book through WeChat and follow the clinic on Twitter.")
    assert not noise_line("Twitter")
    assert noise_line("Facebook Twitter LinkedIn WeChat")
    assert noise_line("[Print] [Share]")


def test_a_row_of_sharing_buttons_is_noise_however_it_is_parted():
    assert noise_line("Share this page:  Facebook  WeChat  Email    Print")
    assert noise_line("Share  Weibo  X  LinkedIn  |  Print this page")
    assert noise_line("[Print] [Close] [Share to: Weibo | X]")
    assert not noise_line("Close to 40 clinics shared the page on X.")
    assert noise_line("  Share  |  Print  |  Email  |  Comments (7)")
    assert not noise_line("Comments from 7 hospitals were invited.")


def test_menus_and_breadcrumbs_are_noise():
    assert noise_line("Home > News > Local News")
    assert noise_line("HOME | ABOUT US | DEPARTMENTS | NEWS | CONTACT")
    assert noise_line("Home  About Us  News  Business  Services")
    assert not noise_line("Policy Address | Health: the new ward will open in May")
    assert not noise_line("| 2019 | 1,234 | 567 |")
    assert not noise_line("The ward opened.  It has beds.  Staff came.  More later.")


def test_a_credit_line_of_labelled_names_is_not_a_menu():
    assert noise_line("Current page: Home > Health > Hospitals")  # a label opening a breadcrumb
    assert noise_line("Follow: Weibo | WeChat | Email")
    assert not noise_line("Origin: Tarrow Evening Post | Writer: Mo Qing | Editor: Fan Lu")


def test_a_menu_written_one_item_per_line_is_dropped():
    text = (
        "Home\n-\nHealth\n-\nWorld\n-\nOpinion\n-\nThe ward opened.\nKestrel Hospital\nTollan College\nNorth Clinic\n"
    )
    assert clean(text).text == "The ward opened.\nKestrel Hospital\nTollan College\nNorth Clinic"


def test_a_line_repeating_a_navigation_item_is_the_section_label_not_text():
    text = (
        "Top stories | Money | Drugs & Devices | Weather\n\nDrugs & Devices\n\nTarnby Pharma opened a plant.\n"
        "Money\nDrugs and devices rose by 5%."
    )
    assert clean(text).text == "Tarnby Pharma opened a plant.\n\nDrugs and devices rose by 5%."
    spaced = "Top stories   Money   Drugs & Devices   Weather   Sign In\n\nDrugs & Devices\n\nTarnby opened a lab.\n"
    assert clean(spaced).text == "Tarnby opened a lab."


def test_an_image_file_name_is_noise():
    assert noise_line("Nurses at the new ward (2).jpg")
    assert not noise_line("The new ward opened in May.")


def test_a_related_story_link_is_noise():
    assert noise_line("Related: Tollan hospital opens a new ward")
    assert noise_line("Read more: Nurses to get a pay rise")
    assert not noise_line("Related costs rose by 5% in 2023.")


def test_a_line_of_tags_is_page_furniture():
    assert noise_line("Tags: Harbour Hospital, Eastmoor, clinics")
    assert noise_line("Keywords: vouchers, Westport")
    assert not noise_line("Tags on the bags were checked by nurses.")
