"""Measure sentences typed cross-border or domestic, each kind with its key number."""

from factstore import fact, store_of

from analysis.query import figures, initiatives, measures, scope


def amount(doc, sentence_start, sentence, value, unit, obj):
    number = str(int(value)) if value >= 1 else "0"
    s = sentence_start + sentence.index(number)
    return fact(doc, "amount", s, s + len(number), sentence_start=sentence_start, sentence=sentence, value=value,
                unit=unit, object=obj, text=number)  # fmt: skip


def place(doc, sentence_start, sentence, name, jur):
    s = sentence_start + sentence.index(name)
    return fact(doc, "place", s, s + len(name), sentence_start=sentence_start, sentence=sentence, name=name,
                jurisdiction=jur, text=name)  # fmt: skip


S1 = "Residents of Harbourside can now use 40 clinics in Westport under the cross-boundary scheme."
S2 = "Doctors from Harbourside were allowed to practise in Westport, and 300 doctors registered."
S3 = "The city added 1200 hospital beds and opened two new wards."
S4 = "Family doctors now serve 5000 residents through community health centres."


def test_cross_border_and_domestic_kinds_with_their_key_number(tmp_path):
    rows = [
        amount("a", 0, S1, 40.0, "count", "clinics"),
        amount("a", 200, S2, 300.0, "count", "doctors"),
        place("a", 200, S2, "Harbourside", "Hong Kong"), place("a", 200, S2, "Westport", "mainland China"),
        amount("b", 0, S3, 1200.0, "count", "hospital beds"),
        amount("b", 100, S4, 5000.0, "count", "residents"),
    ]  # fmt: skip
    with store_of(tmp_path, rows) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register_rates(s)
        figures.register(s)
        measures.register(s)
        cross = {r["label"]: r for r in measures.kinds(s, "cross-border")}
        dom = {r["label"]: r for r in measures.kinds(s, "domestic")}
        ids = {r["fact_id"]: r["after"] for r in s.rows("SELECT fact_id, after FROM figures")}
    assert sorted(cross) == ["access", "staff"]  # S2 is cross-border by its two jurisdictions
    assert ids[cross["staff"]["figure_fact_id"]] == 300.0
    assert sorted(dom) == ["facilities", "primary care and family doctors"]
    assert ids[dom["facilities"]["figure_fact_id"]] == 1200.0
