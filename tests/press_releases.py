"""Invented health-cooperation articles and their republished variants, for the near-duplicate tests.

Every name, place and figure is made up. `TRAINING` and `TELEHEALTH` are distinct stories that share one
background paragraph (`FRAMEWORK`) and one standard footer (`FOOTER`); the variants of `TRAINING` are what
another outlet does to a press release it republishes.
"""

TITLE = "Port Averly hospital and Haixin health commission launch joint nurse training scheme"

DATELINE = "PORT AVERLY, 14 March (Coastal Health Wire) -"

LEAD = (
    "Port Averly General Hospital and the Haixin Municipal Health Commission on Tuesday launched a three-year "
    "scheme that will bring forty senior nurses from Haixin to train on the hospital's intensive care wards, "
    "the first exchange of its kind between the two cities since they signed a health cooperation letter "
    "in the autumn."
)

BODY = [
    "Under the scheme, each group of ten nurses will spend six months in Port Averly, working alongside "
    "critical care teams and attending a weekly course on infection control, patient safety and the "
    "management of ventilated patients. On their return they are expected to lead similar courses for "
    "colleagues at four district hospitals in Haixin, which the commission says are short of staff trained "
    "in intensive care.",
    "The hospital's chief nurse, Marian Oakhurst, said the exchange would work in both directions. Nurses "
    "from Port Averly will visit Haixin each spring to study how the city's community clinics follow up "
    "patients after discharge, an approach that has cut readmissions there by almost a fifth over the past "
    "two years, according to figures published by the commission.",
    "Funding for the first year, about 1.2 million pounds, comes from the hospital's education budget and a "
    "grant from the Averly Valley Health Trust. The commission will pay for travel and housing of the "
    "visiting nurses and has set aside a further 6 million yuan for training equipment at the district "
    "hospitals taking part.",
    "Officials on both sides described the scheme as a test of whether short clinical placements can raise "
    "standards faster than longer degree programmes. An independent review by the Lowmoor School of Nursing "
    "will compare patient outcomes on the wards of returning nurses with those of wards elsewhere in the "
    "city, and its findings are due at the end of the second year.",
    "Deputy director Wen Suyin of the commission said the first ten nurses had been chosen from more than "
    "two hundred applicants. She said the commission hoped to extend the exchange to midwives and to "
    "emergency staff if the review found that patients benefited, and that talks on a second hospital "
    "partner were already under way.",
]

FRAMEWORK = (
    "The two cities agreed last year to cooperate on health workforce training, digital health and the "
    "care of older people, under a framework that sets out annual meetings between their health officials, "
    "joint research calls and an exchange of data on hospital performance, subject to the privacy rules "
    "of each side."
)

FOOTER = (
    "About the Averly Valley Health Trust: the trust is a charity that funds training, research and "
    "equipment for hospitals and clinics in the Averly Valley. It was founded by local doctors and has "
    "supported more than three hundred projects. Media enquiries should be sent to the trust's "
    "communications office."
)

TELEHEALTH_TITLE = "Averly Valley clinics pilot remote heart monitoring with partners in Haixin"

TELEHEALTH = [
    "Six rural clinics in the Averly Valley will begin sending the heart readings of patients with chronic "
    "heart failure to a monitoring centre in Haixin next month, in a pilot that tests whether remote "
    "monitoring across two health systems can keep patients out of hospital during the winter.",
    "Patients taking part will wear a small patch that records their heart rhythm, weight and blood "
    "pressure and sends the results each night to cardiology nurses, who call anyone whose readings "
    "change. About three hundred patients are expected to join, most of them over seventy and living more "
    "than an hour's drive from the nearest hospital.",
    "Dr Tobias Quarrendon, who leads the pilot for the clinics, said the valley lost its last cardiology "
    "outpatient service four years ago and that nurses in Haixin had run a similar programme for city "
    "patients since the pandemic. He said the clinics would learn from that experience rather than build "
    "a service of their own from nothing.",
    "The pilot will run for eighteen months and cost about 800,000 pounds, shared between the clinics and "
    "the monitoring centre. Its results, including the number of emergency admissions avoided and the "
    "views of patients and their families, will be published by the clinics at the end of next year.",
    "Critics in the valley have questioned whether sending patient data abroad is safe. The clinics said "
    "readings would be stored on servers in the Averly Valley, that nurses in Haixin would see them only "
    "through a secure viewer, and that every patient would be asked for written consent before joining.",
]

OTHER_FOOTER = (
    "This article was republished from the Haixin Evening Post under a content-sharing agreement. "
    "Copyright belongs to the original publisher. To report an error, write to the editors of the "
    "Coastal Health Wire."
)

CHANGED_PARAGRAPH = (
    "Critics of the scheme point out that the hospital itself reported unfilled nursing posts on three of "
    "its intensive care wards last winter. Union representatives asked how the hospital could train "
    "visiting staff while its own nurses were working extra shifts, and asked for the training hours to be "
    "counted separately from ward duties."
)


def article(*parts: str) -> str:
    """An article as a web page is copied: parts separated by blank lines."""
    return "\n\n".join(parts) + "\n"


def training(
    title: str = TITLE, dateline: str | None = None, body: list[str] | None = None, footer: str = FOOTER
) -> str:
    """The nurse-training press release, with its title, dateline, body paragraphs and footer replaceable."""
    lead = f"{dateline} {LEAD}" if dateline else LEAD
    return article(title, lead, *(BODY if body is None else body), FRAMEWORK, footer)


def telehealth() -> str:
    """A distinct story that shares the framework paragraph and the footer with `training()`."""
    return article(TELEHEALTH_TITLE, *TELEHEALTH, FRAMEWORK, FOOTER)
