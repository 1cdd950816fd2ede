"""Name helpers on invented names."""

import pytest

from analysis.extract.names import contracts


@pytest.mark.parametrize(
    "short,name,expected",
    [
        ("PolyU", "Tollan Polytechnic University", True),  # the place before is taken for granted
        ("KelPolyU", "Tollan Kelby Polytechnic University", True),
        ("KelMedU", "Kelby Medical University", True),
        ("PolyU", "Tollan Polytechnic Institute", False),  # the last word must be read
        ("MedPoly", "Kelby Polytechnic Medical School", False),  # out of order
        ("KMU", "Kelby Medical University", False),  # capitals alone are initials, read elsewhere
        ("Kelby", "Kelby Medical University", False),  # one part is a short name, not a contraction
    ],
)
def test_a_mixed_case_short_form_contracts_the_last_words_of_a_name(short, name, expected):
    assert contracts(short, name) is expected
