"""Decisions are typed values, never recognised by their message. Needs no ../shared."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import pytest

from exporter.kinds import StatementKind
from exporter.understand.balance_dates import balance_date as _balance_date
from exporter.understand.facts import instant_at
from exporter.understand.periods import Period
from exporter.understand.records import BalanceAt, Edge
from exporter.understand.scale import detect_scale

PACKAGE = Path(__file__).resolve().parents[1] / "exporter"
WORDY = ("reason", "message", "why")  # names of explanation strings


def _wordy(node: ast.AST) -> bool:
    name = node.attr if isinstance(node, ast.Attribute) else node.id if isinstance(node, ast.Name) else ""
    return any(w in name.lower() for w in WORDY)


def _string_tests_of_explanations(tree: ast.AST) -> list[int]:
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            if any(_wordy(s) for s in sides) and any(isinstance(s, ast.Constant) and isinstance(s.value, str)
                                                     for s in sides):
                lines.append(node.lineno)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr in ("startswith", "endswith") and _wordy(node.func.value):
            lines.append(node.lineno)
    return lines


def test_the_scan_finds_a_reason_read_by_its_words() -> None:
    tree = ast.parse("if cls.reason.startswith('title says'): pass\nok = f.sign_reason == 'x'\n")
    assert _string_tests_of_explanations(tree) == [1, 2]


def test_no_module_reads_a_reason_or_message_by_its_words() -> None:
    found = {str(p.relative_to(PACKAGE)): lines for p in sorted(PACKAGE.rglob("*.py"))
             if (lines := _string_tests_of_explanations(ast.parse(p.read_text(encoding="utf-8"))))}
    assert found == {}


@pytest.mark.parametrize(("text", "stated", "money"), [
    ("CONDENSED BALANCE SHEETS (in thousands)", True, 3),
    ("(Dollars in millions, except per share amounts)", True, 6),
    ("CONSOLIDATED BALANCE SHEETS", False, 0),
    ("", False, 0),
])
def test_a_scale_says_whether_the_text_states_it(text: str, stated: bool, money: int) -> None:
    scale = detect_scale(text)
    assert (scale.stated, scale.money) == (stated, money)


FISCAL_2025 = Period(date(2025, 6, 30), date(2024, 7, 1))  # a year ended June 30


@pytest.mark.parametrize(("label", "at", "instant"), [
    ("Cash and equivalents, beginning of year", BalanceAt(Edge.START), date(2024, 6, 30)),
    ("Cash and equivalents, end of year", BalanceAt(Edge.END), date(2025, 6, 30)),
    ("Cash at June 30", BalanceAt(Edge.DATE, 6, 30), date(2024, 6, 30)),  # the day before the year: opening
    ("Cash balance as of July 1", BalanceAt(Edge.DATE, 7, 1), date(2024, 6, 30)),  # the year's first day: opening
    ("Cash at December 31", BalanceAt(Edge.DATE, 12, 31), date(2025, 6, 30)),  # another date: the column's end
])
def test_a_cash_balance_line_is_at_an_instant_decided_once(label: str, at: BalanceAt, instant: date) -> None:
    assert instant_at(StatementKind.CF, label) == at
    assert _balance_date(at, FISCAL_2025) == Period(instant)
    assert instant_at(StatementKind.BS, label) is None  # only a cash-flow statement's balances


def test_a_year_end_date_under_an_opening_line_is_the_closing_balance() -> None:
    """"Cash at June 30" in a year ended June 30 is the opening balance, unless a line above
    already printed the opening ("at July 1", "beginning of year"): then it is the year's end."""
    at = BalanceAt(Edge.DATE, 6, 30)
    assert _balance_date(at, FISCAL_2025) == Period(date(2024, 6, 30))
    assert _balance_date(at, FISCAL_2025, opened=True) == Period(date(2025, 6, 30))
    assert _balance_date(BalanceAt(Edge.DATE, 7, 1), FISCAL_2025, opened=True) == Period(date(2024, 6, 30))
