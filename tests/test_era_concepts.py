"""Concepts of the era a statement reports (issue 11): a cash-flow statement of 1997 closes on the
cash and cash equivalents of its balance sheet, not on the restricted cash us-gaap joined to them
in 2018. Synthetic snippets; none needs ../shared."""

from __future__ import annotations

from decimal import Decimal

from exporter.kinds import StatementKind
from tests.text_snippet import extract_snippet, two_year_caption


def _lines(*rows: tuple[str, str, str]) -> str:
    return "".join(f"{label:<58}{a:>8}     {b:>8}\n" for label, a, b in rows)


def _document(years: tuple[str, str], closing: str) -> str:
    bs = (two_year_caption("CONSOLIDATED BALANCE SHEETS", "December 31,", years)
          + _lines(("Cash and cash equivalents", "$ 2,000", "$ 1,500"), ("Inventories", "3,000", "2,500"),
                   ("Total assets", "$ 5,000", "$ 4,000"), ("Accounts payable", "$ 1,000", "$   900"),
                   ("Stockholders' equity", "4,000", "3,100"),
                   ("Total liabilities and stockholders' equity", "$ 5,000", "$ 4,000"))
          + "</TABLE>\n\n")
    cf = (two_year_caption("CONSOLIDATED STATEMENTS OF CASH FLOWS", "Year Ended December 31,", years)
          + _lines(("Net income", "$   900", "$   700"), ("Depreciation", "200", "150"),
                   ("Net cash provided by operating activities", "1,100", "850"),
                   ("Purchases of property and equipment", "(600)", "(400)"),
                   ("Net cash used in investing activities", "(600)", "(400)"),
                   ("Net increase in cash and cash equivalents", "500", "450"),
                   ("Cash and cash equivalents at beginning of year", "1,500", "1,050"),
                   (f"{closing} at end of year", "$ 2,000", "$ 1,500"))
          + "</TABLE>\n")
    return bs + cf


def _cash_concepts(years: tuple[str, str], closing: str = "Cash and cash equivalents") -> set[str]:
    ex = extract_snippet(_document(years, closing))
    cf = next(st for st in ex.statements if st.code == StatementKind.CF)
    return {ln.concept for ln in cf.lines if ln.label.endswith(("beginning of year", "end of year"))}


def test_cash_flows_before_2018_close_on_the_balance_sheets_cash() -> None:
    assert _cash_concepts(("1997", "1996")) == {"CashAndCashEquivalentsAtCarryingValue"}


def test_cash_flows_since_2018_close_on_cash_and_restricted_cash() -> None:
    assert _cash_concepts(("2020", "2019")) == {"CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents"}


def test_a_line_naming_restricted_cash_keeps_the_newer_concept() -> None:
    assert _cash_concepts(("1997", "1996"), "Cash, cash equivalents and restricted cash") == {
        "CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents"}


def test_cash_flows_holding_more_than_the_balance_sheets_cash_keep_the_newer_concept_throughout() -> None:
    """The closing cash differs from the balance sheet's cash (it holds a fund the balance sheet
    prints apart): the older concept would give one date two values, so the opening and closing
    lines both keep the newer concept, with their own figures."""
    closing = f"{'Cash and cash equivalents at end of year':<58}"
    text = _document(("1997", "1996"), "Cash and cash equivalents").replace(
        f"{closing}{'$ 2,000':>8}", f"{closing}{'$ 2,100':>8}")
    ex = extract_snippet(text)
    cf = next(st for st in ex.statements if st.code == StatementKind.CF)
    balances = [ln for ln in cf.lines if ln.label.endswith(("beginning of year", "end of year"))]
    assert {ln.concept for ln in balances} == {"CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents"}
    assert Decimal(2_100_000) in {f.value for f in ex.facts if f.label.endswith("end of year")}
