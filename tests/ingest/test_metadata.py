"""Metadata the article states about itself: title, publication date, publisher, with spans."""

import pytest

from analysis.ingest.metadata import detect, site_place


def check_span(text, field, value):
    assert field is not None
    assert field.value == value
    return text[field.start : field.end]


def test_headline_labelled_date_and_copyright_holder():
    text = (
        "Menu\nCity opens three clinics for older residents\n\nTime:2021-07-09\n\n"
        "The city opened three clinics on Friday.\nCopyright © 2020 Harbour City Council. All Rights Reserved\n"
    )
    m = detect(text)
    assert check_span(text, m.title, "City opens three clinics for older residents") == m.title.value
    assert check_span(text, m.published, "2021-07-09") == "2021-07-09"
    assert check_span(text, m.publisher, "Harbour City Council") == "Harbour City Council"


def test_updated_label_in_words():
    text = "Hospital wins award for stroke care\nUpdated: Dec 19, 2019\nThe hospital won an award.\n"
    m = detect(text)
    assert m.published.value == "2019-12-19"
    assert text[m.published.start : m.published.end] == "Dec 19, 2019"


def test_a_press_release_dated_for_release_keeps_its_headline_and_date():
    text = (
        "Kelby Heart Trust\nHome | About us | News and media | Donate now\n\nPRESS RELEASE\n"
        "For immediate release: 14 November 2024\n\nSix trials to share £2m in second round of awards\n\n"
        "The Kelby Heart Trust today announced the winners of its awards.\n"
    )
    m = detect(text)
    assert check_span(text, m.published, "2024-11-14") == "14 November 2024"
    assert m.title.value == "Six trials to share £2m in second round of awards"


def test_a_site_name_before_a_bar_and_a_spaced_out_menu_is_no_headline():
    text = (
        "Harbour Tech Daily | Home  News  Startups  Biotech & Health  Markets  Opinion  Log in\n\nHEALTH TECH\n\n"
        "Start-up teams up with hospital to read chest scans\n\nBy Ann Lee, Technology Correspondent\n"
        "Published: 14 Nov 2025, 6:42pm\n\nA start-up has joined forces with a hospital.\n"
    )
    m = detect(text)
    assert m.title.value == "Start-up teams up with hospital to read chest scans"
    assert m.publisher.value == "Harbour Tech Daily"


def test_a_date_label_above_the_headline_is_no_headline():
    text = (
        "Tarrow Valley Hospitals\nHome > News\n\nPublished: Monday 3 March 2025\n\n"
        "Hospital renews its link with a clinic in Lanfield\n\nThe hospital renewed its agreement on Sunday.\n"
    )
    m = detect(text)
    assert m.title.value == "Hospital renews its link with a clinic in Lanfield"
    assert m.published.value == "2025-03-03"


def test_dateline():
    text = "Vaccine plant to open\nBEIJING, March 3 (Xinhua) -- A vaccine plant opens.\n"
    assert detect(text).published is None  # a dateline without a year is not a full date
    text = "Vaccine plant to open\nBEIJING, March 3, 2020 (Xinhua) -- A vaccine plant opens.\n"
    assert detect(text).published.value == "2020-03-03"


def test_no_title_when_body_starts_first():
    text = "The council met on Tuesday. It agreed a budget.\nAnother paragraph follows here.\n"
    assert detect(text).title is None


def test_byline_of_outlet_names_under_title():
    text = "Delegation visits two teaching hospitals in Leeds\n\nBBC / CGTN\nA delegation visited.\n"
    m = detect(text)
    assert m.publisher.value == "BBC / CGTN"
    assert text[m.publisher.start : m.publisher.end] == "BBC / CGTN"


def test_nothing_stated_gives_none():
    m = detect("a short note without any headline or date.")
    assert (m.title, m.published, m.publisher) == (None, None, None)


def test_news_site_banner_is_the_publisher_and_section_label_leaves_the_headline():
    text = (
        "Harbour Daily Times 港湾日报\n"
        "Home | World | Health | Opinion\n\n"
        "Health | Three clinics open for older residents\n\n"
        "Residents queue outside a clinic (left). Photo: Harbour Daily Times\n\n"
        "The city opened three clinics on Friday, its health bureau said in a statement.\n"
    )
    m = detect(text)
    assert check_span(text, m.title, "Three clinics open for older residents") == m.title.value
    assert check_span(text, m.publisher, "Harbour Daily Times") == "Harbour Daily Times"
    assert m.published is None
    assert m.lead.value.startswith("The city opened")  # the caption is not the lead


def test_a_site_banner_with_its_edition_after_a_dash_is_no_headline():
    text = (
        "Westport Today — English\n"
        "Home | City | Business | Health | Culture\n"
        "Health\n\n"
        "Westport adds 2,000 hospital beds in four years, report shows\n\n"
        "By Ann Lee\n15 July 2024\n\n"
        "Westport had 12,000 hospital beds at the end of 2023, up from 10,000 in 2019, the report said.\n"
    )
    m = detect(text)
    assert check_span(text, m.title, "Westport adds 2,000 hospital beds in four years, report shows")
    assert check_span(text, m.publisher, "Westport Today") == "Westport Today"


def test_vertical_menu_breadcrumb_and_date_line_with_outlet():
    text = (
        "-\nNews\n-\nWorld\n-\nTech and Science\n-\nSports\n-\nCampus\n"
        "nvdaily -> World ->\n"
        "City hall approves new children's hospital\n"
        "    2021-03-04  09:15    Northvale Daily\n\n"
        "NORTHVALE has approved a new children's hospital with 600 beds, the city said on Wednesday.\n"
    )
    m = detect(text)
    assert m.title.value == "City hall approves new children's hospital"
    assert check_span(text, m.published, "2021-03-04") == "2021-03-04"
    assert check_span(text, m.publisher, "Northvale Daily") == "Northvale Daily"


def test_government_portal_language_switcher_and_source_line():
    text = (
        "Skip navigation\nGOV.NV\nNews | Services | Government | About\nEnglish | Français | 中文\n"
        "Clinic statistics for 2022\n2023-04-18\n"
        "At the end of 2022 the region had 410 nurses, up 12 from a year earlier.\n"
        "Source: Regional Statistics Office\n"
    )
    m = detect(text)
    assert m.title.value == "Clinic statistics for 2022"
    assert m.published.value == "2023-04-18"
    assert check_span(text, m.publisher, "Regional Statistics Office") == "Regional Statistics Office"


def test_university_press_office_date_under_title_and_caption():
    text = (
        "University of Northvale\nHome  >  News  >  All news\n"
        "Vice-Chancellor opens joint medical centre in Harbour City\n"
        "3 March 2019\nShare: Facebook  Twitter  Email\n"
        "The Vice-Chancellor (centre) cuts the ribbon. Image: University of Northvale\n"
        "The University of Northvale opened a joint medical centre in Harbour City on Monday, it said.\n"
    )
    m = detect(text)
    assert m.title.value == "Vice-Chancellor opens joint medical centre in Harbour City"
    assert check_span(text, m.published, "2019-03-03") == "3 March 2019"
    assert m.publisher.value == "University of Northvale"
    assert m.lead.value.startswith("The University of Northvale opened")


def test_stock_exchange_announcement_filing_label_and_sender():
    text = (
        "Ref Number : 7788Q\nNorthvale Biotech plc\n04 March 2015\n\nNorthvale Biotech plc\n"
        '("Northvale" or "the Company")\n\n'
        "Northvale signs agreement with Harbour City Medical Group on imaging services\n\n"
        "Northvale Biotech plc, the imaging company, is pleased to announce an agreement with a hospital group.\n"
    )
    m = detect(text)
    assert m.title.value == "Northvale signs agreement with Harbour City Medical Group on imaging services"
    assert m.published.value == "2015-03-04"
    assert check_span(text, m.publisher, "Northvale Biotech plc") == "Northvale Biotech plc"


def test_business_council_banner_over_its_section_label():
    text = (
        "Northvale-Harbour Business Council\nNews & Insights\n\n"
        "NHBC delegation: Trade Dialogue in Harbour City\n\n"
        "Over two days the council took a delegation of member companies to Harbour City to meet officials.\n"
    )
    m = detect(text)
    assert m.title.value == "NHBC delegation: Trade Dialogue in Harbour City"
    assert m.publisher.value == "Northvale-Harbour Business Council"
    assert m.published is None


def test_page_type_label_is_not_part_of_the_headline():
    text = (
        "News story: Ministers agree £40 million of health deals\n\nimage_print\n\n"
        "Ministers agreed deals worth £40 million on Tuesday, the department said.\n"
    )
    m = detect(text)
    assert check_span(text, m.title, "Ministers agree £40 million of health deals") == m.title.value
    assert (m.published, m.publisher) == (None, None)


def test_promotion_box_and_caption_before_the_headline():
    text = (
        "Advertisement\nTry our app today\nAll your stories in one place\nFind out more\n"
        "Jane Roe (second left) and John Doe (right) at the signing ceremony in the city hall\n\n"
        "Trip brings $2 billion in investment for local biotech firms\n\n"
        "The deals were signed on Monday, officials said at the ceremony in the city hall.\n"
    )
    m = detect(text)
    assert m.title.value == "Trip brings $2 billion in investment for local biotech firms"
    assert m.publisher is None


def test_agency_before_the_date_and_outlet_in_a_byline():
    text = (
        "Clinics to open in three districts\nBy Jane Roe\n(Harbour News Agency) 10:15, March 3, 2020\n"
        "HARBOUR CITY, March 2 (Harbour News Agency) -- Three clinics will open next month, officials said.\n"
    )
    m = detect(text)
    assert m.published.value == "2020-03-03"
    assert check_span(text, m.publisher, "Harbour News Agency") == "Harbour News Agency"
    text = "Clinics to open in three districts\nSOCIAL\nBy NVTV's Jane Roe\nThree clinics will open next month.\n"
    m = detect(text)
    assert check_span(text, m.publisher, "NVTV") == "NVTV"  # not the menu word under the headline


def test_acronym_banner_expanded_and_this_site_source():
    text = (
        "NVTH | Home > About > News\nEnglish | 中文\n\nTwo hospitals pair up on staff training\n\n"
        "Source : 本网 Publish time :2022-06-01\n\n"
        "THE Northvale Teaching Hospital (NVTH) and Harbour Hospital agreed on Tuesday to train staff together.\n"
    )
    m = detect(text)
    assert m.title.value == "Two hospitals pair up on staff training"
    assert m.published.value == "2022-06-01"
    assert m.publisher.value == "The Northvale Teaching Hospital"
    assert text[m.publisher.start : m.publisher.end] == "THE Northvale Teaching Hospital"


def test_source_label_with_text_size_buttons_beats_the_copyright_holder():
    text = (
        "Language: English | Chinese\nHome  About  News  Services\n"
        "HOME > Services > Health > New clinic to open near the east gate\n"
        "New clinic to open near the east gate\n"
        "Updated: 2020-01-02    Source: Northvale Daily Large Medium Small Print\n"
        "The clinic will open next year, the district said on Thursday.\n"
        "Copyright © 2019 Northvale Daily Group. All rights reserved.\n"
    )
    m = detect(text)
    assert m.title.value == "New clinic to open near the east gate"
    assert m.title.start == text.index("New clinic to open near the east gate\nUpdated")
    assert m.published.value == "2020-01-02"
    assert check_span(text, m.publisher, "Northvale Daily") == "Northvale Daily"


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Published: 7-Jan-2014", "2014-01-07"),
        ("2017-May-12  08:53    Harbour Daily", "2017-05-12"),
        ("12 May 2017    Posted in: Health, Training", "2017-05-12"),
        ("Date: 13/05/2017", "2017-05-13"),
        ("Date: 05/06/2017", "2017-06-05"),  # day first, as the dates extractor reads the text's dates
        ("Date: 2017年5月12日", "2017-05-12"),
        ("Time: 2019-02-30", None),  # no such day
        ("Leeds, UK / Tarn, China -- 9 October 2024", "2024-10-09"),  # the places of two sides
        ("Leeds, UK, 3 March 2026", "2026-03-03"),
    ],
)
def test_date_forms_under_a_headline(line, expected):
    text = f"Hospital opens a new wing for children\n{line}\nThe hospital opened a new wing on Monday.\n"
    got = detect(text).published
    assert (got.value if got else None) == expected


def test_a_date_in_the_body_is_not_the_publication_date():
    text = (
        "Hospital receives accreditation visit for surgery training\n"
        "On March 24, 2021, a panel from a royal college visited the hospital for two days.\n"
        "The plan, published on May 2, 2019, set out the steps.\n"
    )
    assert detect(text).published is None


def test_caption_at_the_top_is_neither_title_nor_lead():
    text = (
        "Ceremony 12\n"
        "Jane Roe, third from left, opens the centre with partners from two universities on Monday.\n\n"
        "Health experts are working with doctors to improve care for millions of people in the region.\n"
    )
    m = detect(text)
    assert m.title is None
    assert m.lead.value.startswith("Health experts")


def test_title_case_headline_over_a_byline_is_not_a_site_banner():
    text = "Northvale University Opens Joint Centre\nJane Roe\nThe centre opened on Monday, the university said.\n"
    m = detect(text)
    assert m.title.value == "Northvale University Opens Joint Centre"
    assert m.publisher is None


def test_a_line_naming_only_the_publisher_is_not_the_headline():
    text = (
        "Northvale Daily\nUK diabetes team joins hands with city hospital\n"
        "2019-05-03  08:53    Northvale Daily\n"
        "A diabetes research team has teamed up with the city's main hospital, officials said.\n"
    )
    m = detect(text)
    assert m.title.value == "UK diabetes team joins hands with city hospital"
    assert m.publisher.value == "Northvale Daily"
    assert m.published.value == "2019-05-03"


def test_title_case_headline_over_sharing_buttons_is_not_a_site_banner():
    text = "Northvale Hospital Opens New Stroke Unit\nShare | Tweet | Email\nThe hospital opened a unit on Monday.\n"
    m = detect(text)
    assert m.title.value == "Northvale Hospital Opens New Stroke Unit"
    assert m.publisher is None


def test_wire_dateline_with_the_distributor_between_slashes():
    text = (
        "Northvale Biotech Announces Partnership with Harbour Hospital\n"
        "NEW YORK, March 3, 2020 /Wire Service/ -- Northvale Biotech today announced a partnership.\n"
    )
    m = detect(text)
    assert check_span(text, m.published, "2020-03-03") == "March 3, 2020"
    assert m.publisher is None


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Wednesday, 4 March 2020, 9:15 am", "4 March 2020"),
        ("Thursday 12 November 2020", "12 November 2020"),
        ("Published: 8:45pm, 3 Feb 2021", "3 Feb 2021"),
        ("By Ann Lee, Health Reporter | 9 June 2021", "9 June 2021"),
        ("Source: Harbour Daily | 2021-06-09 14:02:11 | Editor: Wu Lan", "2021-06-09"),
        ("Source: Harbour Daily  Editor: Wu Lan  2021-06-09", "2021-06-09"),
        ("Friday 6 March 2020, 6:00 am", "6 March 2020"),
        ("Thu Mar 5, 2020 5:42pm HKT", "Mar 5, 2020"),
    ],
)
def test_a_date_with_its_weekday_or_time_or_as_one_part_of_a_head_line(line, expected):
    text = f"Eastbay clinics extend opening hours\n\n{line}\n\nEastbay's clinics will open until 9pm from next month.\n"
    assert check_span(text, detect(text).published, detect(text).published.value) == expected
    text = f"Harbour Wire\nWorld | Health\n\n{line}\n\nEastbay clinics extend opening hours\n\nBy Ann Lee\n\n" + (
        "EASTBAY, March 4 (HW) - Eastbay's clinics will open until 9pm from next month.\n"
    )
    assert detect(text).title.value == "Eastbay clinics extend opening hours"


def test_a_release_closing_mark_dates_a_release_without_a_date_at_its_top():
    text = (
        "Press Releases\n\nClinic hours extended\n\n   The Health Bureau announced today (May 2) that the clinics will "
        "open later.\n\n   The change starts next month.\n\nEnds/Friday, May 2, 2025\nIssued at HKT 17:30\n\nNNNN\n"
    )
    assert check_span(text, detect(text).published, "2025-05-02") == "May 2, 2025"
    # a date in a sentence of the body is no part of a head line
    body = "Clinic hours extended\n\nThe clinics, which opened on Friday, 2 May 2025, will open later.\n"
    assert detect(body).published is None


def test_a_closing_date_line_above_a_long_footer_still_dates_the_release():
    """The footer after the last paragraph may run past eight lines (related releases, site links)."""
    footer = "".join(f"Related release number {n} on clinics\n" for n in range(9))
    text = (
        "Press Releases\n\nNight clinics open in Eastbay\n\n   The Health Bureau announced today (June 3) that two "
        "night clinics will open in Eastbay.\n\n   Each clinic will see 40 patients a night.\n\n"
        f"Ends/Tuesday, June 3, 2025\nIssued at HKT 11:00\n\nRelated:\n{footer}"
    )
    assert check_span(text, detect(text).published, "2025-06-03") == "June 3, 2025"
    # a date in the running text is no footer line, however many lines follow
    body = "Night clinics open\n\nThe clinics open on Tuesday, June 3, 2025.\n" + footer
    assert detect(body).published is None


def test_a_section_line_of_one_generic_word_names_no_publisher():
    text = "University news\n\nTwo universities renew their pact\n\nThe two universities renewed it on Monday.\n"
    m = detect(text)
    assert m.publisher is None
    assert check_span(text, m.title, "Two universities renew their pact") == "Two universities renew their pact"


def test_a_cookie_banner_is_no_headline_and_a_copyright_line_without_holder_names_no_publisher():
    text = (
        "Cookies on Harbour News\nWe use some essential cookies to make this website work.\n"
        "Accept additional cookies | Reject additional cookies | View cookies\n\n"
        "Eastbay opens two night clinics\n\nPublished 4 May 2024\n\n"
        "Eastbay opened two night clinics for shift workers on Friday, the health board said.\n\n"
        "Copyright (c) 2024. All rights reserved.\n"
    )
    m = detect(text)
    assert check_span(text, m.title, "Eastbay opens two night clinics") == "Eastbay opens two night clinics"
    assert m.publisher is None


def test_masthead_line_is_the_publisher_not_the_headline():
    text = (
        "Kestrel Bay Herald\n"
        "Harbour • Islands • Business • Opinion\n"
        "More island nurses cross to the mainland as joint care takes shape\n"
        "Staff Reporter\n"
        "Kestrel Bay, 4 March 2026\n"
        "The number of island nurses working on the mainland has doubled in a year, the bureau said.\n"
    )
    m = detect(text)
    assert m.title.value == "More island nurses cross to the mainland as joint care takes shape"
    assert check_span(text, m.publisher, "Kestrel Bay Herald") == "Kestrel Bay Herald"
    assert check_span(text, m.published, "2026-03-04") == "4 March 2026"


def test_body_name_with_a_section_word_is_a_masthead():
    text = (
        "Home | News | Research | Study\n"
        "Westmoor University Newsroom\n"
        "Westmoor and Linhai Medical University open a joint ageing institute\n"
        "Published: 2 May 2026\n"
        "Westmoor University has signed an agreement with Linhai Medical University on Monday.\n"
    )
    assert detect(text).title.value == "Westmoor and Linhai Medical University open a joint ageing institute"
    text = (
        "The Government of the Northvale Region Press Releases\n"
        "Home | Press Releases | Photos | Archive\n"
        "Care voucher scheme to cover three more clinics\n"
        "The Health Office announced today (May 2) that the scheme will cover three more clinics.\n"
    )
    m = detect(text)
    assert m.title.value == "Care voucher scheme to cover three more clinics"
    assert m.publisher.value == "The Government of the Northvale Region"
    text = "THE WESTMOOR COURIER | Health\nWestmoor trust twins with a Linhai hospital\nBy A Reed, Reporter\n"
    assert check_span(text, detect(text).publisher, "THE WESTMOOR COURIER") == "THE WESTMOOR COURIER"
    # a section word that ends the body's own name stays in it
    text = (
        "The Government of the Northvale Special Administrative Region\nPress Releases\n\n"
        "Care voucher scheme to cover three more clinics\n*****\n\n"
        "     The Health Office announced today (May 2) that the scheme will cover three more clinics.\n"
    )
    assert detect(text).publisher.value == "The Government of the Northvale Special Administrative Region"


def test_title_case_headline_ending_in_a_body_word_stays_when_no_other_follows():
    text = "Westmoor Opens New Cancer Institute\nPublished: 2 May 2026\nThe institute opened on Monday.\n"
    assert detect(text).title.value == "Westmoor Opens New Cancer Institute"


def test_outlet_in_a_byline_segment():
    text = (
        "Joint medical school welcomes first students\n"
        "By LI MING in Linhai | Harbour Daily | Updated: 2026-06-11 09:14\n"
        "A joint school welcomed its first students on Wednesday.\n"
    )
    m = detect(text)
    assert check_span(text, m.publisher, "Harbour Daily") == "Harbour Daily"
    assert m.published.value == "2026-06-11"


def test_issuer_under_a_provided_by_label():
    text = (
        "Kestrel Diagnostics and Linhai MedTech Sign Agreement to Bring Rapid Test to China\n"
        "NEWS PROVIDED BY\n"
        "Kestrel Diagnostics Ltd\n"
        "09 Sep, 2025, 07:00 BST\n"
        "WESTMOOR, England, Sept. 9, 2025 /PRNewswire/ -- Kestrel Diagnostics Ltd signed an agreement.\n"
    )
    assert check_span(text, detect(text).publisher, "Kestrel Diagnostics Ltd") == "Kestrel Diagnostics Ltd"


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("© Westmoor Business Chronicle 2026. Contact the newsroom.", "Westmoor Business Chronicle"),
        ("(c) University of Westmoor 2026 | Privacy | Accessibility", "University of Westmoor"),
        ("© University of Westmoor, Westmoor, WM2 9JT | Privacy", "University of Westmoor"),
        ("(c) 2025 Westmoor Courier Media Ltd. All rights reserved. | Contact us", "Westmoor Courier Media Ltd"),
        (
            "© 2025 Royal College of Westmoor Nursing. A registered charity in England.",
            "Royal College of Westmoor Nursing",
        ),
    ],
)
def test_copyright_holder_without_year_address_or_links(line, holder):
    text = f"Westmoor clinic opens a stroke unit\nThe clinic opened a stroke unit on Monday.\n{line}\n"
    assert check_span(text, detect(text).publisher, holder) == holder


def test_dateline_without_year_takes_the_copyright_year():
    text = (
        "Regulators sign drug inspection pact\n"
        "WESTMOOR, June 18 (Harbour News) -- Two regulators signed a pact here on Tuesday.\n"
        "Copyright 2000-2025 Harbour News. All rights reserved.\n"
    )
    m = detect(text)
    assert m.published.value == "2025-06-18"
    assert text[m.published.start : m.published.end] == "June 18"


def test_minister_on_a_from_line_is_not_the_publisher():
    text = (
        "Press release\nTrade mission to Linhai secures deals\nTwenty firms signed deals during a mission.\n"
        "From: Department for Trade and Jane Roe MP\nPublished 17 November 2026\nThe minister led the mission.\n"
    )
    assert check_span(text, detect(text).publisher, "Department for Trade") == "Department for Trade"
    text = text.replace("Jane Roe MP", "Department of Health")
    assert detect(text).publisher.value == "Department for Trade and Department of Health"


def test_dateline_of_two_places_between_slashes():
    text = "Kestrel opens a plant with a Linhai partner\nBy A Reed\nWESTMOOR / LINHAI, 17 November 2026\nIt opened.\n"
    assert check_span(text, detect(text).published, "2026-11-17") == "17 November 2026"


def test_wire_dateline_with_two_places():
    text = (
        "Kestrel and Linhai sign deal\nSHARE THIS ARTICLE\n"
        "WESTMOOR, England and LINHAI, China, Sept. 9, 2025 /PRNewswire/ -- Kestrel Ltd signed a deal.\n"
    )
    assert check_span(text, detect(text).published, "2025-09-09") == "Sept. 9, 2025"


def test_outlet_masthead_before_the_copyright_company():
    text = (
        "THE WESTMOOR COURIER\nNews | Sport | Business | Jobs\n"
        "Westmoor hospital twins with a Linhai hospital\nBy A Reed\nThursday, 5 June 2025, 6:00 am\n"
        "The hospital signed a twinning deal.\n(c) 2025 Westmoor Courier Media Ltd. All rights reserved.\n"
    )
    assert check_span(text, detect(text).publisher, "THE WESTMOOR COURIER") == "THE WESTMOOR COURIER"


def test_a_dateline_place_in_capitals_on_a_page_head_line_is_no_publisher():
    text = (
        "Eastbay Business Times\nMarkets | Trade | Health\n\nKestrel signs a deal in Northvale\n\n"
        "Staff Reporter | NORTHVALE | 3 May 2026 | 4 min read\n\nKestrel Ltd signed a supply deal on Tuesday.\n"
    )
    assert check_span(text, detect(text).publisher, "Eastbay Business Times") == "Eastbay Business Times"


def test_a_byline_with_a_role_is_no_line_of_outlet_names():
    text = (
        "Northvale University News | Home > News\n\nNorthvale and Eastbay open a joint centre\n\n"
        "By Ann Lee, Senior Press Officer\nPublished 4 May 2026\n\nNorthvale University opened a centre.\n"
    )
    # the site's name on its banner, not the author
    assert check_span(text, detect(text).publisher, "Northvale University") == "Northvale University"


def test_the_outlet_a_footer_says_a_company_publishes():
    text = (
        "Eastbay widens cross-border care\n\nEastbay residents may now use clinics in Westport.\n\n"
        "Eastbay Pulse is published by Pulse Media Company Limited, Eastbay. © 2026 All rights reserved.\n"
    )
    assert check_span(text, detect(text).publisher, "Eastbay Pulse") == "Eastbay Pulse"


def test_a_source_line_naming_a_body_yields_to_the_copyright_holder():
    text = (
        "Harbour Evening Post English Channel\nHome | News | City\n"
        "City opens three new community clinics\n"
        "Source: Northvale Municipal Health Commission  Editor: Wu Lan  2026-05-04\n"
        "The city opened three community clinics on Monday, the commission said.\n"
        "Copyright © 2026 Harbour Evening Post. 粤ICP备01234567号\n"
    )
    m = detect(text)
    assert check_span(text, m.publisher, "Harbour Evening Post") == "Harbour Evening Post"
    assert m.publisher.start == text.rindex("Harbour Evening Post")


def test_a_source_line_naming_a_section_yields_to_the_body_holding_the_copyright():
    text = (
        "Clinic statistics for 2025\n2026-03-02\n"
        "Source: Statistics and Information Section\n"
        "At the end of 2025 the city had 410 nurses.\n"
        "Copyright © 2026 Northvale Municipal Health Commission\n"
    )
    m = detect(text)
    assert m.publisher.value == "Northvale Municipal Health Commission"


def test_a_source_line_naming_an_outlet_or_no_copyright_line_stays_the_publisher():
    outlet = "Page title here today\nSource: Harbour Daily\nText.\nCopyright © 2026 Harbour Media Group\n"
    assert detect(outlet).publisher.value == "Harbour Daily"
    body = "Page title here today\nSource: Northvale Municipal Health Commission\nText.\n"
    assert detect(body).publisher.value == "Northvale Municipal Health Commission"


def test_a_source_line_naming_a_division_by_its_field_gives_way_to_the_sites_banner():
    text = (
        "Tarnby Municipal Health Commission\n"
        "Home | About Us | News | Policies | Contact\n\n"
        "Tarnby opens four new community clinics this spring\n\n"
        "Release date: 2026-03-02   Source: Public Health Division\n\n"
        "Tarnby opened four new community clinics in March, the commission said on Monday.\n"
    )
    assert detect(text).publisher.value == "Tarnby Municipal Health Commission"


def test_a_menu_row_spaced_out_is_no_masthead_and_a_holder_before_the_sign_is_the_publisher():
    text = (
        "Skip to main content\n"
        "Home   News   Press Releases   Photos   Contact\n\n"
        "Clinic hours to grow in 2026 as the budget rises\n\n"
        "2025-11-19\n\n"
        "The budget for public clinics will rise by 4 per cent in 2026, officials said on Tuesday.\n\n"
        "Glenby Information Office © 2025 | Terms of Use | Privacy\n"
    )
    assert detect(text).publisher.value == "Glenby Information Office"


def test_a_menu_of_items_joined_by_spaced_middle_dots_is_no_headline():
    text = (
        "THE WESTMOOR COURIER\n"
        "Home · Hospitals · Research · Letters\n\n"
        "Linhai pump maker buys Westmoor workshop and wins a trust contract\n\n"
        "Published 3 May 2026\n\n"
        "A pump maker from Linhai has bought a workshop in Westmoor, the company said on Monday.\n"
    )
    m = detect(text)
    assert m.title.value == "Linhai pump maker buys Westmoor workshop and wins a trust contract"
    assert m.publisher.value == "THE WESTMOOR COURIER"


def test_a_middle_dot_inside_a_name_splits_no_menu():
    text = "Dr Amin·Rahim opens a heart clinic in Eastbay\nPublished 3 May 2026\nThe clinic opened on Monday.\n"
    assert detect(text).title.value == "Dr Amin·Rahim opens a heart clinic in Eastbay"


def test_a_section_label_over_the_headline_is_no_headline():
    text = (
        "HARBOUR CHRONICLE\n"
        "News | Islands | Business | Opinion\n\n"
        "Eastern Islands Region\n\n"
        "Care voucher scheme reaches two more island towns as ferry clinics fill up\n\n"
        "Date: 6 May 2026\n\n"
        "Older residents will be able to spend their care vouchers in two more towns, the bureau said.\n"
    )
    assert detect(text).title.value == "Care voucher scheme reaches two more island towns as ferry clinics fill up"


def test_a_site_name_over_a_slash_menu_and_a_byline_naming_the_outlet():
    text = (
        "Northvale Care Policy Watch\n"
        "Front page / Policy / Primary care / About\n\n"
        "Northvale sets aside 3 billion for village clinics, targets full cover by 2030\n\n"
        "By Ann Lee and Tom Reed, Northvale Care Policy Watch\n"
        "20 October 2026\n\n"
        "Northvale will spend 3 billion on village clinics over the next three years, the commission said.\n"
    )
    m = detect(text)
    assert m.title.value == "Northvale sets aside 3 billion for village clinics, targets full cover by 2030"
    assert m.publisher.value == "Northvale Care Policy Watch"
    assert check_span(text, m.published, "2026-10-20") == "20 October 2026"


def test_the_outlet_after_the_authors_of_a_byline():
    text = (
        "Eastbay opens two night clinics for shift workers\n\n"
        "By Ann Lee and Tom Reed, Eastbay Care Watch\n\n"
        "Eastbay opened two night clinics on Monday, the health office said.\n\n"
        "Photo: Eastbay Care Watch\n"
    )
    m = detect(text)
    assert check_span(text, m.publisher, "Eastbay Care Watch") == "Eastbay Care Watch"
    assert m.publisher.start == text.index("Eastbay Care Watch")
    role = "Eastbay opens two night clinics for shift workers\n\nBy Ann Lee, Health Correspondent\n\nText here.\n"
    assert detect(role).publisher is None


def test_the_outlet_a_footer_says_is_published_weekly():
    text = (
        "Eastbay widens cross-border care\n\nEastbay residents may now use clinics in Westport.\n\n"
        "Eastbay Care Watch is published weekly. © 2026. Contact | Subscribe\n"
    )
    assert check_span(text, detect(text).publisher, "Eastbay Care Watch") == "Eastbay Care Watch"


def test_a_dateline_line_of_places_and_a_date_and_a_registered_company_as_copyright_holder():
    text = (
        "Ostley Devices plc\nInvestors | Products | News\n\nPress release\n\n"
        "Ostley Devices wins its first hospital order in Norvia\n\nLeeds, UK, 4 March 2025\n\n"
        "Ostley Devices plc today announces an order from a hospital group.\n\n"
        "© 2025 Ostley Devices plc. Registered in Scotland. Terms | Cookies\n"
    )
    m = detect(text)
    assert check_span(text, m.published, "2025-03-04") == "4 March 2025"
    assert check_span(text, m.publisher, "Ostley Devices plc") == "Ostley Devices plc"


def test_the_published_date_after_its_weekday_comes_before_the_updated_one():
    text = (
        "Clinic to open in the old port\n\nBy Jo Tan\nPublished: Monday, 6 May 2024, 5:10pm\n"
        "Updated: 7 May 2024\n\nThe clinic will open next year.\n"
    )
    assert check_span(text, detect(text).published, "2024-05-06") == "6 May 2024"


def test_crown_copyright_names_no_holder_so_the_from_line_is_the_publisher():
    text = (
        "GOV.UK\nHome > Health > Trade\n\nPress release\nMinister opens clinic partnership in Tarrow\n\n"
        "From: Department of Kelby Trade\nPublished 4 May 2026\n\nThe minister opened the clinic on Monday.\n\n"
        "© Crown copyright\n"
    )
    m = detect(text)
    assert check_span(text, m.publisher, "Department of Kelby Trade") == "Department of Kelby Trade"


@pytest.mark.parametrize(
    "switch",
    ["Bwrdd Iechyd Prifysgol Gogledd Tollan | Cymraeg", "Kelby Health Bureau site in English | 中文 | Português"],
)
def test_a_language_switch_line_is_not_the_headline(switch):
    text = (
        "Skip to main content\nNorth Tollan Health Board\nHome | Clinics | Studies & trials | News\n"
        f"{switch}\n\nLatest > Studies\n\nBoard and Kelby university start joint study of back pain care\n\n"
        "Published: 3 May 2022\n\nShare | Print | Email\n\n"
        "The board and Kelby University agreed a two-year study, it said on Monday.\n"
    )
    assert detect(text).title.value == "Board and Kelby university start joint study of back pain care"


def test_the_heading_of_the_pages_notes_after_the_story():
    story = "Clinic opens in Tarn\n\nKelby Health opened a clinic in Tarn on Monday. It has 40 beds.\n\n"
    for heading in ("Background", "Notes to editors:", "About Kelby Health plc"):
        text = story + f"{heading}\n\nKelby Health was founded in 1990.\n"
        got = detect(text).notes
        assert (got.value, text[got.start : got.end]) == (heading, heading)
    # a heading-like line before any running text, or "about" in running text, opens no notes
    assert detect("Background\n\nKelby Health opened a clinic in Tarn on Monday.\n").notes is None
    assert detect(story + "About 40 staff work there.\n").notes is None


@pytest.mark.parametrize("team", ["Communications Office", "Media Relations Office"])
def test_a_press_office_after_the_author_is_the_authors_team_not_the_publisher(team):
    text = (
        f"Home | News | Study\n\nKelby and Tarn open a joint school\n\nBy Ann Lee, {team}\n"
        "Published 4 May 2026\n\nKelby University opened a school.\n\n© Kelby University 2026 | Privacy\n"
    )
    assert check_span(text, detect(text).publisher, "Kelby University") == "Kelby University"


def test_a_release_issued_on_behalf_of_a_body_on_a_portal_is_that_bodys():
    text = (
        "Portal | Residents | Business | Government\nHome > Press Releases > Health\n\n"
        "Authority expands patient transfers with Tarnby hospitals\n**********\n\n"
        "The following is issued on behalf of the Kelby Authority:\n\n"
        "The Kelby Authority (KA) today (June 17) announced that its transfers will be expanded from July 1.\n\n"
        "Ends/Tuesday, June 17, 2025\n"
    )
    assert check_span(text, detect(text).publisher, "Kelby Authority") == "Kelby Authority"


def test_a_page_type_label_and_a_search_box_are_no_headline():
    text = (
        "Search this site\n\nHome > News\n\nWorld news story\n\nTarnby and Kelby agree to share stroke data\n\n"
        "From: Office of the Kelby Envoy\nPublished 3 March 2026\n\n"
        "Tarnby and Kelby agreed on Monday to share stroke registry data for three years.\n"
    )
    assert detect(text).title.value == "Tarnby and Kelby agree to share stroke data"


def test_a_month_and_day_before_the_year_is_no_datelines_place():
    text = (
        "Clinics open across the valley\n\nMarch 3, 2025  9:05 AM GMT+8  Updated 2 hours ago\n\n"
        "Ten clinics opened on Tuesday in the Tarn valley, the district said.\n"
    )
    assert detect(text).published.value == "2025-03-03"


def test_a_breadcrumb_from_home_is_no_masthead_and_a_press_office_names_the_publisher():
    text = (
        "Home / News / Research news\n\nNorthvale University opens a stroke centre\n\n14 March 2024\n\n"
        "Northvale University opened a stroke research centre on Monday with £2 million from donors.\n\n"
        "Media enquiries: Northvale University Press Office\n"
    )
    m = detect(text)
    assert m.publisher.value == "Northvale University"
    assert text[m.publisher.start : m.publisher.end] == "Northvale University"


def test_the_agency_of_a_dateline_of_two_places_joined_by_a_slash():
    text = (
        "HEALTH NEWS\n2025-06-03 16:41 GMT\n\nUPDATE 2-Tarrow and Kelby regulators agree to share data\n\n"
        "By Ann Vale\n\nTARROW/KELBY, June 3 (Northline) - Tarrow's medicines regulator agreed on Tuesday to share "
        "data.\n"
    )
    m = detect(text)
    assert check_span(text, m.publisher, "Northline") == "Northline"


def test_the_site_opening_a_trail_of_links_publishes_the_page():
    text = "KelbyGov > Press Releases > Health\n\nClinic opens in Tarn\n\nThe clinic opened on Monday.\n"
    m = detect(text)
    assert check_span(text, m.publisher, "KelbyGov") == "KelbyGov"
    assert m.title.value == "Clinic opens in Tarn"
    assert detect("Home > News > Health\n\nClinic opens in Tarn\n\nThe clinic opened on Monday.\n").publisher is None


def test_a_body_operated_by_another_publishes_nothing():
    text = (
        "Clinic opens in Tarn\n\nThe Kelby Clinic opened on Monday.\n\n"
        "The KCH is operated by Tarn University under a deed signed with the Kelby Health Bureau.\n"
    )
    assert detect(text).publisher is None


def test_the_site_before_a_bar_and_a_section_publishes_the_page():
    text = "KelbyBrief | Grants news\n\nFour teams share £2m\n\nMonday 2 June 2025 | By Ann Vale\n\nFour teams won.\n"
    assert check_span(text, detect(text).publisher, "KelbyBrief") == "KelbyBrief"


def test_an_issuing_office_under_the_headline_publishes_the_page():
    text = (
        "2025-04-18 17:42\n\nBureau: more drugs approved for use in Tarn\n\n"
        "Information Office of the Kelby Government\n\nThe Health Bureau announced today that more drugs were "
        "approved.\n"
    )
    m = detect(text)
    assert check_span(text, m.publisher, "Information Office of the Kelby Government") == m.publisher.value


def test_the_issuer_on_the_line_of_its_label():
    text = "Tarrow Devices signs deal\n\nNews provided by Kelby Wire\nNov 6, 2024, 08:00 GMT\n\nTarrow signed a deal.\n"
    assert check_span(text, detect(text).publisher, "Kelby Wire") == "Kelby Wire"


def test_a_line_that_is_an_address_gives_the_sites_place_and_whether_a_government_runs_it():
    assert site_place("news.gov.hk\nHome | News\nText.") == ("Hong Kong", True)
    assert site_place("Text.\nhttps://www.kelbytimes.co.uk/\n") == ("United Kingdom", False)
    assert site_place("Write to desk@kelbytimes.co.uk for news.\nwww.kelby.example\n") is None


def test_a_government_news_heading_in_the_page_head_gives_the_sites_place():
    """A heading "<a government's name> Press Releases" under the site's menu rows says whose page it is; the same
    words in the story, or a heading naming no government, do not."""
    head = "GovPortal\nHome | Residents | Business\n\n"
    page = head + "The Government of the Hong Kong Special Administrative Region Press Releases\n\nClinics open\n"
    assert site_place(page) == ("Hong Kong", True)
    assert site_place(head + "Harbour Daily News\n\nClinics open\n") is None
    story = "Clinics opened in Leeds today, the council said in a statement to the press.\n"
    assert site_place(head + story + "The Government of Macao Press Releases\n") is None


def test_a_tagline_over_the_sites_menu_and_a_from_line_are_no_headline():
    tagline = (
        "THE TARNBY TRIBUNE\n"
        "Tarnby's independent voice since 1901\n"
        "News | Sport | Health | Opinion\n\n"
        "Night clinics open in three Tarnby towns this winter\n\n"
        "By Jo Reed\n\n"
        "Three night clinics opened in Tarnby on Monday, the health board said.\n"
    )
    assert detect(tagline).title.value == "Night clinics open in three Tarnby towns this winter"
    issued = (
        "News\nPublished: 2 March 2026\nFrom: Kelby Research Council (KRC)\n\n"
        "Four teams share a grant to study resistant infections\n\n"
        "Four teams will share £2 million to study resistant infections, the council said on Monday.\n"
    )
    assert detect(issued).title.value == "Four teams share a grant to study resistant infections"


def test_an_account_link_naming_the_members_area_is_no_headline():
    text = (
        "Skip to main content\nRoyal College of Westmoor Nursing\nHome | About us | News | Contact us\n"
        "Search the site\nLog in to MyRCWN\n\nNews > International\n\n"
        "College and Fujian association agree nurse training scheme\n\n14 March 2025\n\n"
        "The College has signed an agreement with the Fujian Nursing Association.\n"
    )
    assert detect(text).title.value == "College and Fujian association agree nurse training scheme"


def test_a_row_of_account_links_is_no_headline():
    text = (
        "KELBY DAILY POST\nNews   Kelby   World   Business   Opinion\nSubscribe from K$48/month | Log in\n\n"
        "HEALTH\n\nElderly vouchers to be accepted at 12 more clinics in Tarnby\n\n"
        "Published: 8:15pm, 19 Aug 2025\n\n"
        "KELBY, Aug 19 (KDP) - The voucher scheme will be extended to 12 more clinics, the bureau said.\n"
    )
    assert detect(text).title.value == "Elderly vouchers to be accepted at 12 more clinics in Tarnby"


def test_a_line_of_an_author_and_an_outlet_under_the_headline_gives_the_outlet():
    text = (
        "HARBOUR LEDGER\n\nClinics open in three towns this winter\n\nAnn Lee | Harbour Daily Ledger\n"
        "January 20, 2026\n\nThree clinics opened in Tarnby on Monday, the board said.\n"
    )
    assert check_span(text, detect(text).publisher, "Harbour Daily Ledger") == "Harbour Daily Ledger"


def test_a_regulatory_announcements_number_labels_the_company_that_issues_it():
    """On an exchange's news page, the line after "RNS Number : 1234A" is the issuing company, not the exchange."""
    text = (
        "Tarn Exchange | Market News\nHome > News\n\nRNS Number : 7302P\nKelvo Diagnostics plc\n08 July 2025\n\n"
        "Venture with Ames Medical Group to build labs\n\nKelvo Diagnostics plc has agreed a venture with Ames.\n\n"
        "(c) 2025 Tarn Exchange plc. All rights reserved.\n"
    )
    assert check_span(text, detect(text).publisher, "Kelvo Diagnostics plc") == "Kelvo Diagnostics plc"


def test_the_byline_and_date_under_a_standfirst_belong_to_the_page_head():
    text = (
        "Northvale Care Journal\nNews | Clinics | Opinion | Events\n\nClinics add evening hours\n\n"
        "Three clinics in the north of the city will stay open until nine in the evening from April, but the nurses "
        "who staff them say they are already stretched thin\n\n"
        "By Jo Tan, health reporter\nThursday 6 March 2025\n\n"
        "The clinics saw 900 patients in 2024. They will open late from 14 April 2025.\n\n"
        + "".join(f"Clinic {n} will add two nurses to its evening shift, the board said.\n\n" for n in range(1, 13))
        + "Related: Clinic car parks to be resurfaced\n"
    )  # the date line far from the page's footer: read as the head's, not as a date alone at the end
    assert check_span(text, detect(text).published, "2025-03-06") == "6 March 2025"
    # a date in a paragraph of the story is no date of the page
    body = "Trusts hire more nurses\n\nThe trusts recruited 41 nurses.\n\nThey met on 3 February 2025.\n"
    assert detect(body).published is None


def test_a_portals_name_joined_to_an_acronym_over_its_menu_publishes_the_page():
    """ "GovNV | Press Releases | Health": a government portal's name, not a section word such as "University"."""
    text = (
        "Skip to content | Text size | Search\n"
        "GovNV | Press Releases | Health | Photos\n\n"
        "Clinics open on Sundays\n\n     The Government today announced that clinics will open on Sundays.\n"
    )
    assert check_span(text, detect(text).publisher, "GovNV") == "GovNV"
