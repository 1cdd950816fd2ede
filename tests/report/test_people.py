"""People with their roles as stated, and quotations only in the speaker's own words, each printed once."""

from reportcorpus import Articles, plain

from analysis.report import people

TEXT = """Eastbay clinic opens

"We will open ten clinics this year," said Mary Chen, Director of the Eastbay Health Bureau.
Mary Chen said that the bureau would hire more nurses.
Professor Tom Hale of Northvale University called it "The Eastbay Partnership for Community Health" at the launch.
"Nurses are the heart of every clinic," said Tom Hale.
"""


def test_roles_are_merged_and_only_own_words_are_quoted(tmp_path):
    a = Articles(tmp_path)
    a.article("clinic", TEXT)
    a.fact("clinic", "person", "Mary Chen", role="Director", affiliation="Eastbay Health Bureau")
    a.fact("clinic", "person", "Mary Chen", 1)
    a.fact("clinic", "person", "Tom Hale", role="Professor", affiliation="Northvale University")
    a.fact("clinic", "person", "Tom Hale", 1, role="Professor")
    own = "We will open ten clinics this year,"
    a.fact("clinic", "quote", f'"{own}"', speaker="Mary Chen", quote=own)
    # reported speech and a quoted name are not the speaker's words
    said = "the bureau would hire more nurses"
    a.fact("clinic", "quote", said, speaker="Mary Chen", quote=said, extractor="quotes.first_person")
    title = "The Eastbay Partnership for Community Health"
    a.fact("clinic", "quote", f'"{title}"', speaker="Tom Hale", quote=title)
    words = "Nurses are the heart of every clinic,"
    a.fact("clinic", "quote", f'"{words}"', speaker="Tom Hale", quote=words)
    r = a.report("02-china-uk-cooperation", focus="all")
    rows = [{k: plain(v) for k, v in row.items()} for row in people.people_table(r).rows]
    assert [(x["name"], x["role"], x["articles"]) for x in rows] == [
        ("Mary Chen", "Director; Eastbay Health Bureau", "1"),
        ("Tom Hale", "Professor; Northvale University", "1"),
    ]
    quotes = [{k: plain(v) for k, v in row.items()} for row in people.quotes_table(r).rows]
    assert [(q["speaker"], q["quote"]) for q in quotes] == [
        ("Mary Chen Director", "“We will open ten clinics this year,”"),
        ("Tom Hale Professor", "“Nurses are the heart of every clinic,”"),
    ]


def test_merge_parts_and_is_name():
    assert people.merge_parts(["Vice Dean", "Vice-Dean and Director; Professor", None]) == [
        "Vice-Dean and Director",
        "Professor",
    ]
    assert people.is_name("The Northvale Consortium on Medicine and Health")
    assert not people.is_name("Deals of this kind benefit both sides,")
