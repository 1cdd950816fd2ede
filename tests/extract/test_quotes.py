"""Quotes on hand-written passages."""


def test_said_colon_before(facts):
    text = (
        "Professor Nora Vance, Head of Surgery at Millbrook University, said: "
        "“We will train many more young surgeons here.”"
    )
    rows = facts(text, "quote")
    assert [(r["speaker"], r["quote"][:7]) for r in rows] == [("Nora Vance", "We will")]


def test_said_after(facts):
    text = "“Our nurses have done remarkable work this winter,” said Dr Peter Hale."
    assert [r["speaker"] for r in facts(text, "quote")] == ["Peter Hale"]


def test_multi_paragraph_quote(facts):
    text = (
        "Dr Ruth Kemp commented: “The first part of the plan is already helping families.\n\n"
        "“The second part will reach the rural counties next spring.”"
    )
    rows = facts(text, "quote")
    assert len(rows) == 1 and rows[0]["speaker"] == "Ruth Kemp"
    assert "rural counties" in rows[0]["quote"]


def test_name_line_under_quote(facts):
    text = (
        "“Working together across borders brings better care to every patient we serve.”\nSamuel Okoro, Chief Executive"
    )
    assert [r["speaker"] for r in facts(text, "quote")] == ["Samuel Okoro"]


def test_scare_quotes_are_not_speech(facts):
    assert facts("The city calls it a ‘strong base’ and a “model”.", "quote") == []
