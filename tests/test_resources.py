"""The lexicon loader's regex helpers: a tree of literals matches as the plain alternation it stands for."""

import random
import re

from analysis.resources import alternatives, literals


def _plain(items: list[str]) -> str:
    return "|".join(re.escape(s) for s in sorted(dict.fromkeys(items), key=len, reverse=True))


def _same(items: list[str], text: str, *, case_sensitive: bool, tail: str = "") -> bool:
    flags = 0 if case_sensitive else re.IGNORECASE
    tree = re.compile(f"(?:{literals(items, case_sensitive=case_sensitive)}){tail}", flags)
    plain = re.compile(f"(?:{_plain(items)}){tail}", flags)

    def at(rx: re.Pattern, i: int):
        m = rx.match(text, i)
        return m and m.span()

    every = range(len(text) + 1)
    return [m.span() for m in tree.finditer(text)] == [m.span() for m in plain.finditer(text)] and all(
        at(tree, i) == at(plain, i) for i in every
    )


def test_the_longest_name_a_position_starts_with_wins():
    rx = re.compile(literals(["Hong", "Hong Kong", "Hull", "Kong"], case_sensitive=True))
    assert [m.group() for m in rx.finditer("Hong Kong, Hull and Hongkou")] == ["Hong Kong", "Hull", "Hong"]


def test_a_shorter_name_is_tried_when_the_longer_one_fails_what_follows():
    rx = re.compile(rf"(?:{literals(['Port', 'Port Ellen'], case_sensitive=True)})(?! Ellen)")
    assert [m.group() for m in rx.finditer("Port Ellen Port")] == ["Port Ellen", "Port"]


def test_case_insensitive_use_tries_strings_that_differ_in_case_in_their_order():
    items = ["NHS trust", "nhs Board", "Nhs", "health board"]
    for text in ("the NHS Board and the nhs trust", "NHS TRUST", "Health Board nhs"):
        assert _same(items, text, case_sensitive=False)


def test_strings_outside_ascii_in_a_case_insensitive_pattern_stay_one_plain_alternation():
    items = ["Straße", "strasse", "Ştip"]
    assert literals(items) == _plain(items)


def test_random_strings_match_as_their_plain_alternation():
    rng = random.Random(7)
    letters = "aAbBsSkKiI -.ıſé"
    tails = ["", "(?=b)", "(?!a)", "b", r"\b"]
    for _ in range(2000):
        alphabet = letters if rng.random() < 0.3 else letters[:13]
        items = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 4))) for _ in range(rng.randint(0, 10))]
        text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 12)))
        case_sensitive = rng.random() < 0.5
        assert _same(items, text, case_sensitive=case_sensitive, tail=rng.choice(tails)), (items, text)


def _random_expression(rng: random.Random, depth: int = 0) -> str:
    """A small regular expression of the forms the pattern files use, and of some they do not."""

    def atom() -> str:  # with a quantifier (bounded on groups, so that no match takes long to fail)
        roll = rng.random()
        repeat = rng.choice(["", "", "", "?", "{0,2}", "{1,2}", "??"])
        if roll < 0.4 or depth > 1:
            char = rng.choice(["a", "b", "A", "B", " ", "'", "-", r"\.", "s", "ſ", "é"])
            return char + rng.choice([repeat, "*", "+"])
        if roll < 0.55:
            return rng.choice(["[ab]", "[A-B]", "[^a]", r"[\w-]", r"\d", r"\w", ".", "[-a]", r"[a\]]"]) + repeat
        if roll < 0.65:
            return rng.choice([r"\b", "^", "$", "(?<=a)", "(?<!b)"])
        inner = "|".join(_random_expression(rng, depth + 1) for _ in range(rng.randint(1, 3)))
        group = rng.choice(["(?:{})", "({})", "(?-i:{})", "(?i:{})", "(?={})", "(?!{})"]).format(inner)
        return group + (repeat if group[1:3] not in ("?=", "?!") else "")

    return "".join(atom() for _ in range(rng.randint(1, 4)))


def test_random_expressions_match_as_their_plain_alternation():
    rng = random.Random(11)
    letters = "aAbBsſé -'."
    checked = 0
    for _ in range(3000):
        lines = [(r"\b" if rng.random() < 0.7 else "") + _random_expression(rng) for _ in range(rng.randint(1, 4))]
        for flags in (0, re.IGNORECASE):
            try:
                plain = re.compile("|".join(f"(?:{e})" for e in lines), flags)
            except re.error:
                continue
            fast = re.compile(alternatives(lines), flags)
            for _ in range(5):
                text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 10)))
                assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [
                    (m.span(), m.groups()) for m in plain.finditer(text)
                ], (lines, flags, text)
                checked += 1
    assert checked > 10_000


def test_a_trigger_is_found_where_its_words_start_and_only_there():
    lines = [
        r"\b(?:sign|ink)(?:ed|s)?\b(?:[^.;]{0,20}?)\bwith\b",
        r"\bin (?:close )?partnership with\b",
        r"(?<=, and )with\b",
    ]
    rx = re.compile(alternatives(lines), re.IGNORECASE)
    text = "Signed a deal with A, and with B; works in close partnership with C; co-signs nothing; resigned with D."
    assert [m.group() for m in rx.finditer(text)] == ["Signed a deal with", "with", "in close partnership with"]
    assert rx.pattern.startswith(r"\b(?:(?=[is])")
