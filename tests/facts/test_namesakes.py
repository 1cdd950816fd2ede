"""Two people of one name are two people when their articles tie them to different bodies."""

import pandas as pd

from analysis.facts import namesakes


def person(doc, name, affiliation=None, role=None):
    return {"kind": "person", "doc_id": doc, "name": name, "affiliation": affiliation, "role": role}


def ids(rows):
    facts = pd.DataFrame(rows)
    facts["entity_id"] = ["person:" + n.lower().replace(" ", "-") for n in facts["name"]]
    return list(namesakes.apply(facts, namesakes.decide(namesakes.collect(rows)))["entity_id"])


def test_one_name_at_two_bodies_is_two_people():
    rows = [
        person("a", "Ann Lee", "Westbrook University"),
        person("a", "Ann Lee"),  # "Lee said": the same article's person
        person("b", "Ann Lee", "Kestrel Biotech Ltd"),
        person("c", "Ann Lee"),  # no body stated: could be either
    ]
    assert ids(rows) == [
        "person:ann-lee@westbrook-university",
        "person:ann-lee@westbrook-university",
        "person:ann-lee@kestrel-biotech-ltd",
        "person:ann-lee",
    ]


def test_a_body_and_its_unit_or_a_generic_name_keep_one_person():
    rows = [
        person("a", "Ann Lee", "Westbrook University"),
        person("b", "Ann Lee", "School of Nursing of Westbrook University"),
        person("c", "Bo Chan", "the Health Bureau"),
        person("d", "Bo Chan", "Health Bureau"),
        person("e", "Cy Ng", "Tollan Hospital"),
    ]
    assert ids(rows) == ["person:ann-lee", "person:ann-lee", "person:bo-chan", "person:bo-chan", "person:cy-ng"]


def test_without_any_body_roles_that_share_no_word_are_two_people():
    rows = [
        person("a", "Bo Tan", role="head of the Kelby district government"),
        person("b", "Bo Tan", role="Dr; family physician at a clinic in Tarn"),
        person("c", "Cy Ng", role="Health Secretary"),
        person("d", "Cy Ng", role="Secretary for Health"),
        person("e", "Di Wu", role="director"),
        person("f", "Di Wu", "Tollan Hospital", "surgeon"),  # a body stated: roles are not compared
    ]
    got = ids(rows)
    assert got[0] != got[1] and got[0].startswith("person:bo-tan@") and got[1].startswith("person:bo-tan@")
    assert got[2:] == ["person:cy-ng", "person:cy-ng", "person:di-wu", "person:di-wu"]


def test_a_reporter_of_the_byline_is_not_the_storys_namesake():
    rows = [
        person("a", "Ann Lee", role="reporter"),  # "By Ann Lee"
        person("b", "Ann Lee", "Westbrook University", "dean"),
        person("c", "Ann Lee", role="Chief Correspondent"),
        person("d", "Bo Chan", role="reporter"),
        person("e", "Bo Chan", role="reporter"),
    ]
    assert ids(rows) == [
        "person:ann-lee@newsroom",
        "person:ann-lee",
        "person:ann-lee@newsroom",
        "person:bo-chan",
        "person:bo-chan",
    ]
