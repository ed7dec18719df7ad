"""The stored sign of a value, from its concept's balance and the printed arithmetic (DQC_0015).
Unit tests of exporter.understand.signs; need no ../shared."""

from __future__ import annotations

import pytest

from exporter.understand.arithmetic import Sum
from exporter.understand.signs import SignInput, calc_weight, default_factor, factors


@pytest.mark.parametrize(("balance", "negative", "statement", "zone", "factor"), [
    ("debit", True, "is", frozenset(), -1),  # "INTEREST EXPENSE (403)": InterestExpense 403
    ("credit", True, "cf", frozenset(), -1),  # "Purchase of equipment (120)": a payment, 120
    ("debit", True, "bs", frozenset({"equity"}), -1),  # "Treasury stock (2,565)": 2565
    ("credit", True, "bs", frozenset({"assets"}), -1),  # "Less allowance (50)" among assets: 50
    ("credit", True, "bs", frozenset({"equity"}), 1),  # "Accumulated deficit (36,031)": -36031
    ("debit", False, "is", frozenset(), 1),  # shown positive: stored as printed
    ("credit", True, "is", frozenset(), 1),  # a loss shown negative keeps its sign
])
def test_default_factor(balance: str, negative: bool, statement: str, zone: frozenset[str], factor: int) -> None:
    assert default_factor(SignInput(balance, negative, statement, zone))[0] == factor


def test_a_reversed_label_keeps_its_printed_sign() -> None:
    # "Income tax benefit (120)": a debit concept whose label says the sign flips
    assert default_factor(SignInput("debit", True, "is", frozenset(), reverses=True))[0] == 1


def test_a_part_follows_its_total_and_the_balance_types() -> None:
    # 3 = 1 - 2 as printed: pre-tax income (credit) = operating income (credit) - interest expense (debit)
    inputs = {1: SignInput("credit", False, "is", frozenset()), 2: SignInput("debit", False, "is", frozenset()),
              3: SignInput("credit", False, "is", frozenset())}
    factor, reason = factors(4, [Sum(3, ((1, 1), (2, -1)))], inputs)
    assert factor == {1: 1, 2: 1, 3: 1}
    assert "opposite balance type" in reason[2]
    assert calc_weight(factor[3], -1, factor[2]) == -1  # written with weight -1 in _cal.xml


def test_a_part_shown_negative_and_added_is_stored_positive() -> None:
    # "INTEREST EXPENSE (403)" printed negative and added into pre-tax income
    inputs = {1: SignInput("credit", False, "is", frozenset()), 2: SignInput("debit", True, "is", frozenset()),
              3: SignInput("credit", False, "is", frozenset())}
    factor, _ = factors(4, [Sum(3, ((1, 1), (2, 1)))], inputs)
    assert factor[2] == -1  # stored = -1 x (-403) = 403
    assert calc_weight(factor[3], 1, factor[2]) == -1
