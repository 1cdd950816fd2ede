"""The China–UK cooperation report's tables and sentences, on hand-written facts."""

import handmade
from handmade import SHH, WU, ZMHB, plain

from analysis.facts.schema import facts_frame
from analysis.report import china_uk_cooperation as cooperation
from analysis.report import strands


def test_field_by_pairing_counts_each_partnership_once():
    df = cooperation.field_by_pairing(handmade.facts())
    assert df.to_dict(orient="records") == [
        {"field": "clinical services", "UK–China": 1, "China only": 1, "UK only": 0, "other": 0, "total": 2}
    ]


def test_actors_by_type_and_jurisdiction():
    df = cooperation.actors_by_type(handmade.facts())
    got = {r["type"]: (r["UK"], r["mainland China"], r["Macao"], r["total"]) for r in df.to_dict(orient="records")}
    assert got == {"university": (1, 0, 0, 1), "hospital": (0, 1, 0, 1), "government": (0, 1, 1, 2)}


def test_partner_pairs_join_the_uk_side_with_the_chinese_side():
    pairs = cooperation.partner_pairs(handmade.facts())
    assert pairs.to_dict(orient="records") == [{"uk": WU, "china": SHH, "partnerships": 1}]
    fig, data = cooperation.partner_chart(handmade.facts(), 10)
    assert fig is not None and data.to_dict(orient="records") == [{"uk": WU, "china": SHH, "partnerships": 1}]
    assert cooperation.partner_chart(facts_frame([]), 10)[0] is None


def test_partnership_table_puts_cross_side_partnerships_first_and_names_where_partners_are():
    r = handmade.report("02-china-uk-cooperation", focus="all")
    rows, full = cooperation.partnership_table(r, strands.scope(r).facts, 10)
    assert [plain(x["parties"]) for x in rows] == [
        f"{WU} (UK); {SHH} (mainland China)",
        f"{ZMHB} (mainland China); Health Bureau of Macao (Macao)",
    ]
    assert list(full["sides"]) == ["UK–China", "China only"]
    assert [x["field"] for x in rows] == ["clinical services", "clinical services"]


def test_summary_counts_the_partnerships_in_scope():
    r = handmade.report("02-china-uk-cooperation")
    s = cooperation.summary_html(r, strands.scope(r))
    assert plain(s).endswith("They report one partnership between two parties.")


def test_no_article_in_focus_says_so():
    r = handmade.report("02-china-uk-cooperation", facts_df=handmade.facts().iloc[0:0])
    s = cooperation.summary_html(r, strands.scope(r))
    assert "None of the articles names both a UK and a Chinese place or organisation" in s
