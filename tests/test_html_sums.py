"""Printed sums a statement must be read by, whatever the wording of their lines: a total whose
label does not say "total", a money line whose label says "shares". One synthetic snippet per class;
the sum decides the stored sign of every part, so a missed sum flips the signs of a whole section."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path

import pytest

from exporter.map.mapping import concept_info
from exporter.understand.records import Statement, UnitKind
from tests.test_html_statements import _extract, grid

YEARS = ["Year Ended December 31, 2024", "Year Ended December 31, 2023"]


def _statement(tmp_path: Path, title: str, rows: list[tuple[str, ...]], code: str) -> Statement:
    body = f"<p>{title}</p><p>(in millions)</p>" + grid(YEARS, rows)
    return next(st for st in _extract(tmp_path, body).statements if st.code == code)


def _summed(st: Statement) -> set[str]:
    by_row = {ln.row.index: ln.display_label for ln in st.lines}
    return {by_row[i] for s in st.sums for i in (s.total, *(p for p, _ in s.parts)) if i in by_row}


def _stored(st: Statement, label: str) -> dict[str, Decimal]:
    return {f.period.key(): f.value for f in st.facts if f.label == label}


CASH_ROWS = [
    ("Net loss", "(500)", "(400)"),
    ("Depreciation and amortization", "100", "90"),
    ("Treasury shares issued for 401(k) contribution", "60", "50"),
    ("Loss on sale of equipment", "15", "5"),
    ("Accounts receivable", "(30)", "20"),
    ("Net cash used in operating activities", "(355)", "(235)"),
    ("Purchases of equipment", "(90)", "(70)"),
    ("Proceeds from sale of equipment", "20", "10"),
    ("Net cash used in investing activities", "(70)", "(60)"),
    ("Net decrease in cash", "(425)", "(295)"),
    ("Cash at beginning of year", "1,000", "1,295"),
    ("Cash at end of year", "575", "1,000"),
]


def test_a_line_saying_shares_that_a_money_total_adds_up_with_is_money(tmp_path: Path) -> None:
    """'Treasury shares issued for 401(k) contribution' among the operating adjustments: the
    operating total adds up only with it, so it is money (scaled as the table is), the section's sum
    is read, and each part's sign follows it: a loss added back under a gain-or-loss concept (a
    credit) is stored negative."""
    st = _statement(tmp_path, "CONSOLIDATED STATEMENTS OF CASH FLOWS", CASH_ROWS, "cf")
    line = next(ln for ln in st.lines if ln.display_label.startswith("Treasury shares"))
    assert line.unit_kind == UnitKind.MONETARY
    assert {"Treasury shares issued for 401(k) contribution", "Loss on sale of equipment",
            "Net cash used in operating activities"} <= _summed(st)
    loss = next(ln for ln in st.lines if ln.display_label == "Loss on sale of equipment")
    info = concept_info(loss.concept)
    expected = -1 if info is not None and info.balance == "credit" else 1
    assert _stored(st, "Loss on sale of equipment") == {
        "2024-01-01/2024-12-31": expected * Decimal(15_000_000), "2023-01-01/2023-12-31": expected * Decimal(5_000_000)}


def test_a_share_count_beside_money_lines_stays_a_count(tmp_path: Path) -> None:
    """Share counts that no money total adds up with keep their unit."""
    rows = [("Net sales", "5,000", "4,000"), ("Cost of sales", "3,000", "2,400"),
            ("Net income", "2,000", "1,600"), ("Basic earnings per share", "2.00", "1.60"),
            ("Shares used in computing basic earnings per share", "1,000", "1,000")]
    st = _statement(tmp_path, "CONSOLIDATED STATEMENTS OF OPERATIONS", rows, "is")
    line = next(ln for ln in st.lines if ln.display_label.startswith("Shares used"))
    assert line.unit_kind == UnitKind.SHARES


INCOME_ROWS = [
    ("Net sales", "86,377", "97,059"),
    ("Cost of sales", "57,533", "64,802"),
    ("Gross margin", "28,844", "32,257"),
    ("Selling, general and administrative", "15,570", "20,332"),
    ("Depreciation and amortization", "1,717", "1,766"),
    ("Operating income", "11,557", "10,159"),
    ("Interest - net", "1,382", "1,123"),
    ("Pre-tax earnings", "10,175", "9,036"),
    ("Income tax provision", "2,449", "2,599"),
    ("Net earnings", "7,726", "6,437"),
]


def test_a_pre_tax_total_is_a_total(tmp_path: Path) -> None:
    """'Pre-tax earnings' says it is a total without 'total', 'income before' or a rule: the
    interest line between it and operating income is subtracted, so it is stored as its concept's
    balance says (a net interest concept, a credit, negative; interest expense, a debit, positive)."""
    st = _statement(tmp_path, "CONSOLIDATED STATEMENTS OF EARNINGS", INCOME_ROWS, "is")
    assert {"Interest - net", "Pre-tax earnings", "Operating income"} <= _summed(st)
    line = next(ln for ln in st.lines if ln.display_label == "Interest - net")
    info = concept_info(line.concept)
    expected = -1 if info is not None and info.balance == "credit" else 1
    assert _stored(st, "Interest - net") == {
        "2024-01-01/2024-12-31": expected * Decimal(1_382_000_000),
        "2023-01-01/2023-12-31": expected * Decimal(1_123_000_000)}


def test_a_small_line_just_above_a_sum_it_closes_exactly_is_a_part(tmp_path: Path) -> None:
    """'Preferred stock 1' over the other equity lines of a statement in whole dollars: the total
    is within the rounding allowance without it, but exact with it, so it is a part (added, as
    printed) and not left over to be subtracted elsewhere."""
    rows = [("Cash", "95,787", "104,643"), ("Total assets", "95,787", "104,643"),
            ("Accounts payable", "145,550", "141,414"), ("Total liabilities", "145,550", "141,414"),
            ("Preferred stock, par value $.0001, 10,000,000 shares authorized, 1,000 issued", "1", "1"),
            ("Common stock, par value $.0001", "42", "42"),
            ("Additional paid-in capital", "120,942,085", "120,942,085"),
            ("Accumulated deficit", "(120,991,891)", "(120,978,899)"),
            ("Total stockholders' deficit", "(49,763)", "(36,771)"),
            ("Total liabilities and stockholders' deficit", "95,787", "104,643")]
    st = _statement(tmp_path, "CONSOLIDATED BALANCE SHEETS", rows, "bs")
    by_row = {ln.row.index: ln.display_label for ln in st.lines}
    equity = next(s for s in st.sums if by_row[s.total].startswith("Total stockholders"))
    assert [by_row[i] for i, _ in equity.parts][0].startswith("Preferred stock")
    assert all(w == 1 for _, w in equity.parts)


def test_a_noncurrent_receivable_states_its_own_allowance(tmp_path: Path) -> None:
    """Two receivable lines each stating an allowance, one current, one long-term: the long-term
    line's is the noncurrent concept's fact, not a second value of the current one (which would
    conflict and lose both)."""
    rows = [("Cash", "500", "400"),
            ("Accounts and notes receivable (less allowance: 2024 - $424; 2023 - $457)", "1,900", "2,000"),
            ("Total current assets", "2,400", "2,400"),
            ("Long-term receivables (less allowance: 2024 - $342; 2023 - $552)", "940", "1,069"),
            ("Total assets", "3,340", "3,469"),
            ("Accounts payable", "1,340", "1,469"), ("Total current liabilities", "1,340", "1,469"),
            ("Retained earnings", "2,000", "2,000"), ("Total stockholders' equity", "2,000", "2,000"),
            ("Total liabilities and stockholders' equity", "3,340", "3,469")]
    body = ("<p>CONSOLIDATED BALANCE SHEETS</p><p>(in millions)</p>"
            + grid(["December 31, 2024", "December 31, 2023"], rows))
    ex = _extract(tmp_path, body)
    got = {(f.concept, f.period.key()): f.value for f in ex.facts if "Allowance" in f.concept}
    assert got == {
        ("AllowanceForDoubtfulAccountsReceivableCurrent", "2024-12-31"): Decimal(424_000_000),
        ("AllowanceForDoubtfulAccountsReceivableCurrent", "2023-12-31"): Decimal(457_000_000),
        ("AllowanceForDoubtfulAccountsReceivableNoncurrent", "2024-12-31"): Decimal(342_000_000),
        ("AllowanceForDoubtfulAccountsReceivableNoncurrent", "2023-12-31"): Decimal(552_000_000)}


def test_two_plain_lines_that_cancel_are_both_parts(tmp_path: Path) -> None:
    """'Issuance of commercial paper 146' and 'Repayment of commercial paper (146)' in one year,
    dashes in the other: two lines that cancel are parts of the financing total like the rest (only
    a printed total and its own negation are never parts of one sum)."""
    rows = [("Net income", "500", "400"), ("Depreciation", "100", "90"),
            ("Net cash provided by operating activities", "600", "490"),
            ("Purchases of equipment", "(90)", "(70)"), ("Proceeds from sale of equipment", "20", "10"),
            ("Net cash used in investing activities", "(70)", "(60)"),
            ("Issuance of commercial paper", "\u2014", "146"), ("Repayment of commercial paper", "\u2014", "(146)"),
            ("Repayments of debt", "(100)", "(50)"), ("Dividends paid", "(30)", "(20)"),
            ("Net cash used in financing activities", "(130)", "(70)"),
            ("Net increase in cash", "400", "360"), ("Cash at beginning of year", "1,000", "640"),
            ("Cash at end of year", "1,400", "1,000")]
    st = _statement(tmp_path, "CONSOLIDATED STATEMENTS OF CASH FLOWS", rows, "cf")
    assert {"Issuance of commercial paper", "Repayment of commercial paper", "Dividends paid",
            "Net cash used in financing activities", "Net increase in cash"} <= _summed(st)


def test_lines_that_shared_a_concept_give_it_up_together(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two dash-only lines ('Series B —', 'Series C —') may share a concept (they print the same
    figures); when a line printing other figures wins that concept from the first of them, the
    second gives it up too, or the two lines hold one concept with different figures and one of
    them is dropped as a conflict, with every sum it takes part in."""
    from exporter.map import mapping, ranker
    from exporter.map.mapping import Choice

    real = ranker.choose

    def scripted(line: mapping.LineQuery, taken: Iterable[str] = (), confident: bool = True) -> Choice:
        wanted = {"Series": 0.5, "Frobnication reserve": 1.3}
        for words, score in wanted.items():
            if words in line.label:
                if "AdditionalPaidInCapital" in taken:
                    return Choice(None, 0.0, "scripted: nothing else fits")
                return Choice("AdditionalPaidInCapital", 0.9, "scripted", score=score)
        return real(line, taken, confident)

    monkeypatch.setattr(ranker, "choose", scripted)
    rows = [("Cash", "1,000", "900"), ("Total assets", "1,000", "900"),
            ("Accounts payable", "300", "300"), ("Total liabilities", "300", "300"),
            ("Series B preferred stock", "\u2014", "\u2014"), ("Series C preferred stock", "\u2014", "\u2014"),
            ("Frobnication reserve", "200", "150"), ("Retained earnings", "500", "450"),
            ("Total stockholders' equity", "700", "600"),
            ("Total liabilities and stockholders' equity", "1,000", "900")]
    st = _statement(tmp_path, "CONSOLIDATED BALANCE SHEETS", rows, "bs")
    holders = [ln.display_label for ln in st.lines if ln.choice.concept == "AdditionalPaidInCapital"]
    assert holders == ["Frobnication reserve"]
    assert {"Frobnication reserve", "Retained earnings", "Total stockholders' equity"} <= _summed(st)


def test_money_lines_under_a_heading_that_counts_shares_are_money(tmp_path: Path) -> None:
    """Equity lines printed under a row that states share counts in its label ("Shares outstanding -
    June 30, 2024: 551,992,430") are read as counts by that heading; the equity total adds them up
    with the common-stock and retained-earnings amounts, so they and the total are money."""
    rows = [("Cash", "9,000", "9,000"), ("Total assets", "9,000", "9,000"),
            ("Accounts payable", "2,000", "2,000"), ("Total liabilities", "2,000", "2,000"),
            ("Common stock, $.01 par value", "9", "9"), ("Retained earnings", "14,000", "13,900"),
            ("Shares outstanding - June 30, 2024: 551,992,430", "", ""),
            ("Additional paid-in capital", "6,858", "6,691"),
            ("Treasury stock, at cost", "(13,867)", "(13,600)"),
            ("Total shareholders' equity", "7,000", "7,000"),
            ("Total liabilities and shareholders' equity", "9,000", "9,000")]
    st = _statement(tmp_path, "CONSOLIDATED BALANCE SHEETS", rows, "bs")
    kinds = {ln.display_label: ln.unit_kind for ln in st.lines}
    assert kinds["Additional paid-in capital"] == UnitKind.MONETARY
    assert kinds["Total shareholders' equity"] == UnitKind.MONETARY
    assert {"Additional paid-in capital", "Total shareholders' equity"} <= _summed(st)
