"""Charts only where a comparison is worth seeing, with a title that states it; article text in labels is literal."""

from reportcorpus import Articles, deal

from analysis.report import actors

NAMES = {
    "$a_{1}^2$ Clinic": ("hospital", "UK"),
    "Southport University": ("university", "UK"),
    "Westgate College": ("university", "UK"),
    "Eastbay Hospital": ("hospital", "mainland China"),
    "Kestrel College": ("university", "mainland China"),
    "Harbour Clinic": ("hospital", "mainland China"),
    "Lotus Hospital": ("hospital", "mainland China"),
}


def test_a_chart_of_bodies_keeps_dollar_signs_literal_and_states_the_leader(tmp_path):
    a = Articles(tmp_path)
    text = "Nine agreements\n\n" + " ".join(f"Deal{i}." for i in range(7)) + "\n" + " ".join(NAMES) + ".\n"
    a.article("deals", text)
    for name, (kind, jur) in NAMES.items():
        a.fact("deals", "organization", name, org_type=kind, jurisdiction=jur)
    uk = ["$a_{1}^2$ Clinic"] * 4 + ["Southport University"] * 2 + ["Westgate College"]
    cn = [
        "Eastbay Hospital",
        "Kestrel College",
        "Harbour Clinic",
        "Lotus Hospital",
        "Eastbay Hospital",
        "Kestrel College",
        "Eastbay Hospital",
    ]
    # the leader's deals come from two articles: a count from one article leads nothing
    a.article("more", "One more agreement\n\nDeal9. $a_{1}^2$ Clinic and Harbour Clinic.\n")
    for name in ("$a_{1}^2$ Clinic", "Harbour Clinic"):
        a.fact("more", "organization", name, org_type=NAMES[name][0], jurisdiction=NAMES[name][1])
    for i, (x, y) in enumerate(zip(uk, cn)):
        deal(a, "more" if i == 2 else "deals", "Deal9" if i == 2 else f"Deal{i}", [x, y])
    r = a.report("02-china-uk-cooperation")
    chart = actors.side_chart(r, "UK")
    assert chart is not None and chart.caption == "$a_{1}^2$ Clinic leads the UK side: 4 initiatives."
    assert list(chart.data["body"]) == ["$a_{1}^2$ Clinic", "Southport University", "Westgate College"]
    assert [t.get_text() for t in chart.fig.axes[0].get_yticklabels()][-1] == r"\$a_{1}^2\$ Clinic"
    chart.fig.canvas.draw()  # mathtext would fail or render the label as maths


def test_a_chart_of_bodies_never_cuts_a_tie_in_two(tmp_path):
    """Three UK bodies with two initiatives each and three with one: the table lists the three tied and counts the
    rest; bars of the three and two of the others would rank two bodies of a tie over a third."""
    uk = ["Ayr College", "Bute College", "Carr College", "Dee College", "Esk College", "Fal College"]
    cn = ["Eastbay Hospital", "Kestrel College", "Harbour Clinic"]
    a = Articles(tmp_path)
    text = "Nine agreements\n\n" + " ".join(f"Deal{i}." for i in range(9)) + "\n" + " ".join(uk + cn) + ".\n"
    a.article("deals", text)
    for name in uk:
        a.fact("deals", "organization", name, org_type="university", jurisdiction="UK")
    for name in cn:
        a.fact("deals", "organization", name, org_type="hospital", jurisdiction="mainland China")
    pairs = [(uk[0], cn[0]), (uk[0], cn[1]), (uk[1], cn[0]), (uk[1], cn[2]), (uk[2], cn[1]), (uk[2], cn[2]),
             (uk[3], cn[0]), (uk[4], cn[1]), (uk[5], cn[2])]  # fmt: skip
    for i, (x, y) in enumerate(pairs):
        deal(a, "deals", f"Deal{i}", [x, y])
    r = a.report("02-china-uk-cooperation", top_n=5)
    assert [row["n"] for row in actors.side_table(r, "UK").rows] == ["2", "2", "2"]
    assert actors.side_chart(r, "UK") is None
