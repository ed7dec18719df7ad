from __future__ import annotations

from decimal import Decimal

import pytest

from exporter.read.numbers import parse_number, render_number


@pytest.mark.parametrize(("text", "value", "places", "negative"), [
    ("(1,234)", Decimal("-1234"), 0, True),
    ("$ 2,410", Decimal("2410"), 0, False),
    ("$ (2,312)", Decimal("-2312"), 0, True),
    ("$  (0.14)", Decimal("-0.14"), 2, True),
    ("0.05", Decimal("0.05"), 2, False),
    ("-5", Decimal("-5"), 0, True),
    ("1,234)", Decimal("-1234"), 0, True),
    ("12.5%", Decimal("12.5"), 1, False),
    ("--", Decimal("0"), 0, False),
    ("—", Decimal("0"), 0, False),
    # negatives as older filings print them (issue 10): a trailing minus, angle brackets
    ("1,234-", Decimal("-1234"), 0, True),
    # a credit or debit mark after the figure (reader_words.csv side_mark): a credit prints as a negative
    ("1,234 CR", Decimal("-1234"), 0, True),
    ("1,234Cr.", Decimal("-1234"), 0, True),
    ("1,234 DR", Decimal("1234"), 0, False),
    ("$ 2,055-", Decimal("-2055"), 0, True),
    ("<3,000>", Decimal("-3000"), 0, True),
    ("$<0.14>", Decimal("-0.14"), 2, True),
])
def test_parse(text: str, value: Decimal, places: int, negative: bool) -> None:
    p = parse_number(text)
    assert p is not None
    assert (p.value, p.places, p.negative_shown) == (value, places, negative)


@pytest.mark.parametrize("text", ["abc", "", "Note 3", "1,2,3,4x", "<S>", "1-2", "-1,234-", "(1,234>", "<C>",
                                  "(1,234) CR", "CR", "1,234 CRT"])
def test_not_numbers(text: str) -> None:
    assert parse_number(text) is None


def test_dash_is_zero() -> None:
    p = parse_number("--")
    assert p is not None and p.dash and p.value == 0


@pytest.mark.parametrize("value", [Decimal("-1234"), Decimal("0.14"), Decimal("1234567")])
def test_round_trip(value: Decimal) -> None:
    places = max(0, -value.as_tuple().exponent)  # type: ignore[operator]
    p = parse_number(render_number(value, places))
    assert p is not None and p.value == value
