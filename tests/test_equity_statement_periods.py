"""A statement of equity read for its balances' dates, which start the periods of a 52/53-week
company's quarters and years to date (issue 10), from synthetic titles and calendars; none needs
../shared."""

from __future__ import annotations

from datetime import date

import pytest

from exporter.read.statement_titles import TITLE_RULES
from exporter.understand.periods import FiscalCalendar


def _first_code(title: str) -> str | None:
    return next((code for code, pattern in TITLE_RULES if pattern.search(title)), None)


@pytest.mark.parametrize("title", [
    "CONDENSED CONSOLIDATED STATEMENT OF REDEEMABLE NONCONTROLLING INTEREST AND EQUITY",
    "Consolidated Statements of Comprehensive Loss and Stockholders' Deficit",
    "STATEMENTS OF CHANGES IN PARTNERS' CAPITAL",
    "Consolidated Statements of Members' Equity",
    "CONSOLIDATED STATEMENTS OF SHAREHOLDERS' EQUITY",
])
def test_a_statement_of_equity_named_with_what_stands_beside_equity(title: str) -> None:
    """Equity (a deficit, partners' or members' capital) after other words joined by "and"
    ("Redeemable Noncontrolling Interest and Equity"): a statement of equity, whose balances
    date the periods (it was no statement, and a quarter's start was guessed)."""
    assert _first_code(title) in {"eq", "is_and_comprehensive"}, title
    assert _first_code(title) != "is_and_comprehensive" or "Comprehensive" in title


@pytest.mark.parametrize("title", [
    "CONSOLIDATED STATEMENTS OF OPERATIONS AND COMPREHENSIVE INCOME",
    "CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS",
    "CONSOLIDATED STATEMENTS OF FINANCIAL CONDITION",
])
def test_other_statements_are_not_statements_of_equity(title: str) -> None:
    assert _first_code(title) != "eq"


def test_a_52_53_week_companys_balance_on_a_months_first_day_closes_a_quarter() -> None:
    """Quarters of 13 weeks ending on Saturdays, years ending December 31: "Balance at April 1, 2023"
    (a Saturday) closes the first quarter, so the second starts April 2; "Balance at December 31,
    2021" starts the prior year to date on January 1, 2022 (not the Saturday nearest, January 1,
    plus a day)."""
    cal = FiscalCalendar(weekday=5, year_end=(12, 31), known_year_ends=(date(2022, 12, 31),),
                         balances=(date(2021, 12, 31), date(2022, 4, 2), date(2022, 12, 31), date(2023, 4, 1)))
    assert cal.start(date(2023, 7, 1), 3, None) == date(2023, 4, 2)
    assert cal.start(date(2022, 7, 2), 3, None) == date(2022, 4, 3)
    assert cal.start(date(2022, 7, 2), 6, None) == date(2022, 1, 1)
    assert cal.start(date(2023, 7, 1), 6, None) == date(2023, 1, 1)
    months = FiscalCalendar(year_end=(12, 31), known_year_ends=(date(2021, 12, 31),), balances=(date(2022, 1, 1),))
    assert months.start(date(2022, 12, 31), 12, None) == date(2022, 1, 1)  # a calendar company's "January 1"
