"""HTML statements whose lines say more than their numbers: outflows named by their wording, share
counts printed in stock labels, classes of stock. One synthetic snippet per class."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from exporter.understand.records import BalanceAt, Edge, Statement
from tests.test_html_statements import INCOME_ROWS, _extract, grid

CASH_ROWS = [
    ("Net income", "500", "400"),
    ("Depreciation", "100", "90"),
    ("Net cash provided by operating activities", "600", "490"),
    ("Payments for frobnication licences", "(70)", "(60)"),
    ("Net cash used in investing activities", "(70)", "(60)"),
    ("Net increase in cash", "530", "430"),
    ("Cash at beginning of year", "1,000", "570"),
    ("Cash at end of year", "1,530", "1,000"),
]


def _statement(tmp_path: Path, title: str, rows: list[tuple[str, ...]], code: str,
               scale: str = "(in millions)") -> Statement:
    """The statement of kind ``code`` read from one titled two-year table."""
    years = ["Year Ended December 31, 2024", "Year Ended December 31, 2023"]
    body = f"<p>{title}</p><p>{scale}</p>" + grid(years, rows)
    return next(st for st in _extract(tmp_path, body).statements if st.code == code)


def test_an_outflow_named_by_its_wording_is_stored_positive(tmp_path: Path) -> None:
    """A cash-flow line no us-gaap concept fits ('Payments for ...' in parentheses) gets an
    extension concept: its wording says it is a payment, so it is a credit stored positive,
    subtracted by its calculation weight, like PaymentsToAcquire... would be."""
    body = ("<p>CONSOLIDATED STATEMENTS OF CASH FLOWS</p><p>(in millions)</p>"
            + grid(["Year Ended December 31, 2024", "Year Ended December 31, 2023"], CASH_ROWS))
    ex = _extract(tmp_path, body)
    st = next(st for st in ex.statements if st.code == "cf")
    line = next(ln for ln in st.lines if ln.display_label.startswith("Payments for"))
    assert line.balance == "credit"
    values = {f.period.key(): f.value for f in st.facts if f.label.startswith("Payments for")}
    assert values == {"2024-01-01/2024-12-31": Decimal(70_000_000), "2023-01-01/2023-12-31": Decimal(60_000_000)}


BALANCE_ROWS = [
    ("Cash", "1,530", "1,000"),
    ("Total assets", "1,530", "1,000"),
    ("Accounts payable", "230", "200"),
    ("Class A common stock, $0.01 par value; authorized 500 million shares; issued 120 million and "
     "110 million shares, respectively", "1", "1"),
    ("Class B common stock, $0.01 par value; authorized 100 million shares; issued 30 million shares", "1", "1"),
    ("Treasury stock, at cost; 12.5 and 10.0 million shares", "(200)", "(150)"),
    ("Retained earnings", "1,498", "948"),
    ("Total stockholders' equity", "1,300", "800"),
    ("Total liabilities and stockholders' equity", "1,530", "1,000"),
]


def test_share_counts_in_stock_labels_and_classes_of_stock(tmp_path: Path) -> None:
    """Counts with word multipliers become share facts at their own scale, whatever the table's;
    two classes stating different counts for one concept keep neither (they need a class axis);
    the par value both print alike is kept."""
    body = ("<p>CONSOLIDATED BALANCE SHEETS</p><p>(in millions)</p>"
            + grid(["December 31, 2024", "December 31, 2023"], BALANCE_ROWS))
    ex = _extract(tmp_path, body)
    st = next(st for st in ex.statements if st.code == "bs")
    got = {(f.concept, f.period.key()): f.value for f in st.facts if f.unit in ("shares", "USD/shares")}
    got |= {(f.concept, f.period.key()): f.value for f in ex.facts if f.unit in ("shares", "USD/shares")}
    assert got[("TreasuryStockCommonShares", "2024-12-31")] == Decimal(12_500_000)
    assert got[("TreasuryStockCommonShares", "2023-12-31")] == Decimal(10_000_000)
    assert got[("CommonStockParOrStatedValuePerShare", "2024-12-31")] == Decimal("0.01")
    assert ("CommonStockSharesAuthorized", "2024-12-31") not in got
    assert ("CommonStockSharesIssued", "2024-12-31") not in got


def test_label_counts_in_units_under_a_millions_caption(tmp_path: Path) -> None:
    """'(dollars in millions)' scales the amounts, not '2,400,000,000 shares' printed in a label;
    a preferred line printing its par value 'per share' is an amount line (its counts are read),
    and 'treasury shares, at cost' is money too, not a share count."""
    rows = [
        ("Cash", "1,530", "1,000"),
        ("Total assets", "1,530", "1,000"),
        ("Accounts payable", "230", "200"),
        ("Preferred shares, $1 par value per share, Authorized — 1,000,000 shares, none issued", "—", "—"),
        ("Common shares, without par value Authorized — 2,400,000,000 shares Issued — Shares: "
         "2024: 1,987,181,491; 2023: 1,986,519,278", "500", "400"),
        ("Less – treasury shares, at cost, 69,239,488 shares at December 31, 2024 and 68,635,498 shares "
         "at December 31, 2023", "(200)", "(150)"),
        ("Retained earnings", "1,000", "550"),
        ("Total shareholders' equity", "1,300", "800"),
        ("Total liabilities and shareholders' equity", "1,530", "1,000"),
    ]
    body = ("<p>CONSOLIDATED BALANCE SHEETS</p><p>(dollars in millions)</p>"
            + grid(["December 31, 2024", "December 31, 2023"], rows))
    ex = _extract(tmp_path, body)
    got = {(f.concept, f.period.key()): f.value for f in ex.facts if f.unit == "shares"}
    assert got[("CommonStockSharesAuthorized", "2024-12-31")] == Decimal(2_400_000_000)
    assert got[("CommonStockSharesIssued", "2023-12-31")] == Decimal(1_986_519_278)
    assert got[("PreferredStockSharesAuthorized", "2024-12-31")] == Decimal(1_000_000)
    assert got[("PreferredStockSharesIssued", "2024-12-31")] == 0
    assert got[("TreasuryStockCommonShares", "2024-12-31")] == Decimal(69_239_488)
    treasury = [f for f in ex.facts if f.label.startswith("Less – treasury") and f.unit == "USD"]
    assert {f.value for f in treasury} == {Decimal(200_000_000), Decimal(150_000_000)}


def test_terse_opening_and_closing_cash_labels_are_balances(tmp_path: Path) -> None:
    """'Beginning Cash' / 'Ending Cash' (and 'Cash - beginning'): the cash-flow statement's opening
    and closing balances, instants at the day before the period and at its end, as 'Cash at
    beginning of year' would be."""
    rows = [*CASH_ROWS[:-2], ("Beginning Cash", "1,000", "570"), ("Ending Cash", "1,530", "1,000")]
    st = _statement(tmp_path, "CONSOLIDATED STATEMENTS OF CASH FLOWS", rows, "cf")
    got = {(f.period.key(), f.value) for f in st.facts if f.label.endswith("Cash")}
    # the closing balance of 2023 is the opening balance of 2024: one fact
    assert got == {("2022-12-31", Decimal(570_000_000)), ("2023-12-31", Decimal(1_000_000_000)),
                   ("2024-12-31", Decimal(1_530_000_000))}


def test_dashed_opening_and_closing_cash_labels_are_balances() -> None:
    from exporter.kinds import StatementKind
    from exporter.understand.facts import instant_at
    start, end = BalanceAt(Edge.START), BalanceAt(Edge.END)
    assert instant_at(StatementKind.CF, "Cash - beginning of year") == start
    assert instant_at(StatementKind.CF, "Cash and equivalents – beginning") == start
    assert instant_at(StatementKind.CF, "Cash and equivalents – ending") == end
    assert instant_at(StatementKind.CF, "Opening balance") == start
    assert instant_at(StatementKind.CF, "Cash paid for opening new stores") is None
    assert instant_at(StatementKind.CF, "Net cash used in investing activities") is None


def test_lines_reconciling_the_closing_cash_are_balances_at_the_end(tmp_path: Path) -> None:
    """'Cash, including restricted, at end of year | Less restricted cash included in investments |
    Cash and cash equivalents at end of year': the two lines after the closing balance are balances
    at the period's end as well, and two closing lines with different figures never share a concept
    (the opening balance may share the first's)."""
    rows = [*CASH_ROWS[:-2],
            ("Cash and cash equivalents, including restricted, at beginning of year", "1,000", "570"),
            ("Cash and cash equivalents, including restricted, at end of year", "1,530", "1,000"),
            ("Less restricted cash and cash equivalents, included in investments", "30", "20"),
            ("Cash and cash equivalents at end of year", "1,500", "980")]
    st = _statement(tmp_path, "CONSOLIDATED STATEMENTS OF CASH FLOWS", rows, "cf")
    closing = [ln for ln in st.lines if ln.label in {r[0] for r in rows[-3:]}]
    assert [ln.instant_at for ln in closing] == [BalanceAt(Edge.END)] * 3
    assert len({ln.choice.concept for ln in closing}) == 3
    # the line that names restricted cash keeps the concept that includes it
    concept = {ln.label: ln.choice.concept for ln in closing}
    assert concept["Cash and cash equivalents, including restricted, at end of year"] \
        == "CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents"
    assert concept["Cash and cash equivalents at end of year"] == "CashAndCashEquivalentsAtCarryingValue"
    got = {(f.label, f.period.key()): f.value for f in st.facts}
    assert got[("Less restricted cash and cash equivalents, included in investments", "2024-12-31")] \
        == Decimal(30_000_000)
    assert got[("Cash and cash equivalents at end of year", "2023-12-31")] == Decimal(980_000_000)


def test_supplemental_lines_after_the_closing_cash_stay_durations(tmp_path: Path) -> None:
    rows = [*CASH_ROWS, ("Supplemental disclosures:", "", ""), ("Interest paid", "40", "35"),
            ("Income taxes paid", "90", "80")]
    st = _statement(tmp_path, "CONSOLIDATED STATEMENTS OF CASH FLOWS", rows, "cf")
    assert {f.period.key() for f in st.facts if f.label == "Interest paid"} == {
        "2024-01-01/2024-12-31", "2023-01-01/2023-12-31"}


def test_a_line_adding_basic_shares_up_to_diluted_shares_is_a_share_count(tmp_path: Path) -> None:
    """'Dilutive common stock options' between the basic and the diluted share counts, adding the
    one up to the other, counts shares (at the share scale), though its label names no shares."""
    rows = [*INCOME_ROWS, ("Basic earnings per common share", "1.15", "0.91"),
            ("Diluted earnings per common share", "1.14", "0.90"),
            ("Average number of common shares outstanding used for basic earnings per share", "1,740,359",
             "1,753,865"),
            ("Dilutive common stock options", "9,889", "11,598"),
            ("Average number of common shares outstanding plus dilutive common stock options", "1,750,248",
             "1,765,463")]
    st = _statement(tmp_path, "CONSOLIDATED STATEMENTS OF EARNINGS", rows, "is",
                    scale="(in millions except per share; shares in thousands)")
    line = next(ln for ln in st.lines if ln.label.startswith("Dilutive"))
    assert line.unit_kind == "shares"
    got = {f.period.key(): (f.unit, f.value) for f in st.facts if f.label.startswith("Dilutive")}
    assert got["2024-01-01/2024-12-31"] == ("shares", Decimal(9_889_000))



@pytest.mark.parametrize("label", ["Outstanding common stock options having no dilutive effect",
                                   "Anti-dilutive stock options excluded from diluted shares",
                                   "Securities excluded from diluted earnings per share as antidilutive"])
def test_options_left_out_of_diluted_shares_as_antidilutive_are_a_share_count(tmp_path: Path, label: str) -> None:
    """A line counting the options (warrants, awards, securities) left out of the diluted shares
    because they would not dilute counts shares, at the share scale: its label names stock but no
    shares, and it adds up with no other line."""
    rows = [*INCOME_ROWS, ("Basic earnings per common share", "1.15", "0.91"),
            ("Diluted earnings per common share", "1.14", "0.90"),
            ("Average number of common shares outstanding used for basic earnings per share", "1,740,359",
             "1,753,865"),
            ("Dilutive common stock options", "9,889", "11,598"),
            ("Average number of common shares outstanding plus dilutive common stock options", "1,750,248",
             "1,765,463"),
            (label, "5,474", "5,419")]
    st = _statement(tmp_path, "CONSOLIDATED STATEMENTS OF EARNINGS", rows, "is",
                    scale="(in millions except per share; shares in thousands)")
    got = {f.period.key(): (f.unit, f.value) for f in st.facts if f.label == label}
    assert got["2024-01-01/2024-12-31"] == ("shares", Decimal(5_474_000))


WORKING_CAPITAL_ROWS = [
    ("Net income", "500", "400"),
    ("Adjustments to reconcile net income to net cash provided by operating activities:", "", ""),
    ("Depreciation", "100", "90"),
    ("Other", "20", "(10)"),
    ("Changes in operating assets and liabilities:", "", ""),
    ("Accounts receivable", "(30)", "15"),
    ("Other", "(40)", "25"),
    ("Net cash provided by operating activities", "550", "520"),
    ("Purchases of property and equipment", "(70)", "(60)"),
    ("Net cash used in investing activities", "(70)", "(60)"),
    ("Net increase in cash", "480", "460"),
    ("Cash at beginning of year", "1,000", "540"),
    ("Cash at end of year", "1,480", "1,000"),
]


def test_a_vague_line_among_the_changes_in_assets_and_liabilities_is_a_working_capital_change(
        tmp_path: Path) -> None:
    """'Other' under 'Changes in operating assets and liabilities:' is the change in the other
    operating assets and liabilities (stored as the increase, so a printed (40) is 40), while the
    'Other' under the adjustments stays a noncash item."""
    st = _statement(tmp_path, "CONSOLIDATED STATEMENTS OF CASH FLOWS", WORKING_CAPITAL_ROWS, "cf")
    others = [ln for ln in st.lines if ln.display_label == "Other"]
    assert [ln.choice.concept for ln in others] == ["OtherNoncashIncomeExpense",
                                                    "IncreaseDecreaseInOtherOperatingCapitalNet"]
    got = {f.period.key(): f.value for f in st.facts if f.row == others[1].row.index}
    assert got == {"2024-01-01/2024-12-31": Decimal(40_000_000), "2023-01-01/2023-12-31": Decimal(-25_000_000)}


BALANCE_NO_CURRENT_HEADING = [
    ("Assets", "", ""),
    ("Cash and cash equivalents", "1,000", "900"),
    ("Accounts receivable, less allowance of $91 and $95, respectively", "3,404", "3,333"),
    ("Total current assets", "4,404", "4,233"),
    ("Property and equipment, net", "2,000", "1,900"),
    ("Total assets", "6,404", "6,133"),
    ("Liabilities and stockholders' equity", "", ""),
    ("Accounts payable", "800", "700"),
    ("Accrued liabilities", "600", "533"),
    ("Total current liabilities", "1,400", "1,233"),
    ("Long-term debt", "2,000", "2,000"),
    ("Total liabilities", "3,400", "3,233"),
    ("Retained earnings", "3,004", "2,900"),
    ("Total stockholders' equity", "3,004", "2,900"),
    ("Total liabilities and stockholders' equity", "6,404", "6,133"),
]


def test_lines_above_a_total_current_line_are_current_without_a_current_heading(tmp_path: Path) -> None:
    """A balance sheet headed only 'Assets' whose current lines are closed by 'Total current
    assets' (class: no 'Current assets:' heading): the lines above that total stand in the current
    zone, so the allowance the receivables label prints is the current allowance."""
    st = _statement(tmp_path, "CONSOLIDATED BALANCE SHEETS", BALANCE_NO_CURRENT_HEADING, "bs")
    zone = {ln.display_label: ln.zone for ln in st.lines}
    assert "current" in zone["Cash and cash equivalents"]
    assert "current" in zone["Accounts payable"]
    assert "current" not in zone["Property and equipment, net"]
    assert "current" not in zone["Long-term debt"]
    got = {f.period.key(): f.value for f in st.facts if f.concept == "AllowanceForDoubtfulAccountsReceivableCurrent"}
    assert got == {"2024-12-31": Decimal(91_000_000), "2023-12-31": Decimal(95_000_000)}


def test_shares_withheld_or_taxes_paid_for_them_are_outflows(tmp_path: Path) -> None:
    """A financing line left to an extension concept that names shares repurchased or withheld, or
    the taxes paid or withheld for them ('Shares withheld for taxes on vested units', 'Taxes paid
    related to net share settlement'), is a payment: a credit stored positive, as 'Payments for' is."""
    from exporter.understand.facts import OUTFLOW

    for label in ("Shares repurchased for tax withholdings on vesting of equity awards",
                  "Taxes paid related to net share settlement of equity awards",
                  "Shares withheld for taxes on vested units", "Share repurchase",
                  "Taxes withheld on employees' restricted share award vesting"):
        assert OUTFLOW.search(label), label
    for label in ("Shares issued under employee plans", "Proceeds from issuance of shares",
                  "Net borrowings (payments) on funding facilities"):
        assert not OUTFLOW.search(label), label
    rows = [(lab, *vals) if lab != "Payments for frobnication licences" else
            ("Shares withheld for frobnication on vested units", *vals) for lab, *vals in CASH_ROWS]
    st = _statement(tmp_path, "CONSOLIDATED STATEMENTS OF CASH FLOWS", rows, "cf")
    line = next(ln for ln in st.lines if ln.display_label.startswith("Shares withheld"))
    assert line.balance == "credit"
    values = {f.period.key(): f.value for f in st.facts if f.label.startswith("Shares withheld")}
    assert values == {"2024-01-01/2024-12-31": Decimal(70_000_000), "2023-01-01/2023-12-31": Decimal(60_000_000)}


def _amortization_in_two_statements() -> str:
    """An income statement and cash flows both printing 'Amortization of intangibles', other figures."""
    income = [("Net sales", "5,000", "4,000"), ("Cost of sales", "3,000", "2,400"),
              ("Amortization of intangibles", "200", "150"), ("Operating income", "1,800", "1,450"),
              ("Net income", "1,800", "1,450")]
    cash = [("Net income", "1,800", "1,450"), ("Amortization of intangibles", "450", "350"),
            ("Net cash provided by operating activities", "2,250", "1,800"),
            ("Purchases of property and equipment", "(70)", "(60)"),
            ("Net cash used in investing activities", "(70)", "(60)"),
            ("Net increase in cash", "2,180", "1,740"), ("Cash at beginning of year", "1,000", "-740"),
            ("Cash at end of year", "3,180", "1,000")]
    years = ["Year Ended December 31, 2024", "Year Ended December 31, 2023"]
    return ("<p>CONSOLIDATED STATEMENTS OF OPERATIONS</p><p>(in millions)</p>" + grid(years, income)
            + "<p>CONSOLIDATED STATEMENTS OF CASH FLOWS</p><p>(in millions)</p>" + grid(years, cash))


def test_a_line_whose_concept_another_statement_prints_otherwise_takes_its_runner_up(tmp_path: Path) -> None:
    """'Amortization of intangibles' among the operating expenses (the part charged there) and in
    the cash-flow adjustments (all of it) print other figures: two facts of one concept cannot
    differ, so the line that ranks lower for it (else the later) takes its runner-up instead of
    losing its figures."""
    ex = _extract(tmp_path, _amortization_in_two_statements())
    got = {(f.statement, f.value): f.concept for f in ex.facts if f.label == "Amortization of intangibles"
           and f.period.key() == "2024-01-01/2024-12-31"}
    assert set(got) == {("is", Decimal(200_000_000)), ("cf", Decimal(450_000_000))}
    assert len(set(got.values())) == 2


NCI_INCOME_ROWS = [*INCOME_ROWS, ("Less: Net income attributable to noncontrolling interests", "20", "10"),
                   ("Net income attributable to Acme", "480", "390")]
NCI_EQUITY_ROWS = [
    ("Cash", "1,530", "1,000"),
    ("Total assets", "1,530", "1,000"),
    ("Accounts payable", "230", "200"),
    ("Common stock", "1", "1"),
    ("Retained earnings", "1,199", "699"),
    ("Total Acme shareholders' equity", "1,200", "700"),
    ("Noncontrolling interests", "100", "100"),
    ("Total equity", "1,300", "800"),
    ("Total liabilities and equity", "1,530", "1,000"),
]


def _concepts_of(tmp_path: Path, income: list[tuple[str, ...]],
                 balance: list[tuple[str, ...]]) -> dict[tuple[str, str], str]:
    """(statement, label) -> concept for a filing of an income statement, balance sheet and cash flows."""
    years = ["Year Ended December 31, 2024", "Year Ended December 31, 2023"]
    body = ("<p>ACME CORP</p><p>CONSOLIDATED STATEMENTS OF INCOME</p><p>(in millions)</p>" + grid(years, income)
            + "<p>CONSOLIDATED BALANCE SHEETS</p><p>(in millions)</p>"
            + grid(["December 31, 2024", "December 31, 2023"], balance)
            + "<p>CONSOLIDATED STATEMENTS OF CASH FLOWS</p><p>(in millions)</p>" + grid(years, CASH_ROWS))
    ex = _extract(tmp_path, body)
    return {(st.code, ln.display_label): ln.choice.concept or "" for st in ex.statements for ln in st.lines}


def test_net_income_includes_noncontrolling_interests_only_where_the_results_show_them(tmp_path: Path) -> None:
    """Class: totals including noncontrolling interests (ProfitLoss, total equity including them).
    An income statement attributing part of its net income to noncontrolling interests prints the
    whole (ProfitLoss) and the parent's share (NetIncomeLoss); the cash flows start from the whole.
    A company whose results show none reports NetIncomeLoss in both statements, even when its
    balance sheet prints a noncontrolling interest in equity; and a balance sheet printing none
    has no equity including them."""
    shown = _concepts_of(tmp_path / "a", NCI_INCOME_ROWS, NCI_EQUITY_ROWS)
    assert shown[("is", "Net income")] == "ProfitLoss"
    assert shown[("is", "Net income attributable to Acme")] == "NetIncomeLoss"
    assert shown[("cf", "Net income")] == "ProfitLoss"
    assert shown[("bs", "Total equity")] == "StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest"
    assert shown[("bs", "Total Acme shareholders' equity")] == "StockholdersEquity"
    earnings = [("Net earnings" if r[0] == "Net income" else r[0], *r[1:]) for r in INCOME_ROWS]
    results_without = _concepts_of(tmp_path / "b", earnings, NCI_EQUITY_ROWS)
    assert results_without[("is", "Net earnings")] == "NetIncomeLoss"
    assert results_without[("cf", "Net income")] == "NetIncomeLoss"
    plain = [r for r in NCI_EQUITY_ROWS if r[0] not in ("Noncontrolling interests", "Total Acme shareholders' equity")]
    assert _concepts_of(tmp_path / "c", INCOME_ROWS, plain)[("bs", "Total equity")] == "StockholdersEquity"
    # before 2009 a minority interest was deducted before net income: net income is the parent's
    minority = [*INCOME_ROWS[:-1], ("Minority interests in net income of subsidiaries", "(20)", "(10)"),
                ("Net income", "480", "390")]
    older = _concepts_of(tmp_path / "d", minority, plain)
    assert older[("is", "Net income")] == "NetIncomeLoss"


PER_SHARE_BLOCK_ROWS = [
    ("Net sales", "5,000", "4,000"),
    ("Cost of sales", "3,000", "2,400"),
    ("Income from continuing operations before income taxes", "2,000", "1,600"),
    ("Provision for income taxes", "600", "480"),
    ("Income from continuing operations", "1,400", "1,120"),
    ("Discontinued operations, net of tax", "100", "(20)"),
    ("Net income", "1,500", "1,100"),
    ("Earnings per common share - basic:", "", ""),
    ("Income from continuing operations", "1.40", "1.12"),
    ("Discontinued operations, net of tax", "0.10", "(0.02)"),
    ("Net income", "1.50", "1.10"),
    ("Earnings per common share - diluted:", "", ""),
    ("Income from continuing operations", "1.37", "1.10"),
    ("Discontinued operations, net of tax", "0.10", "(0.02)"),
    ("Net income", "1.47", "1.08"),
    ("Weighted-average shares - basic", "1,000", "1,000"),
    ("Weighted-average shares - diluted", "1,020", "1,020"),
]


def test_lines_of_a_per_share_block_take_their_own_meaning_and_the_headings_basis(tmp_path: Path) -> None:
    """Under "Earnings per common share - basic:" the lines "Income from continuing operations",
    "Discontinued operations, net of tax" and "Net income" are the continuing, discontinued and
    total basic amounts per share (and the diluted ones under "- diluted:"): the heading says the
    basis, the line what the amount is, not every line the earnings per share total."""
    st = _statement(tmp_path, "CONSOLIDATED STATEMENTS OF INCOME", PER_SHARE_BLOCK_ROWS, "is",
                    scale="(in millions, except per share amounts)")
    got = {(f.concept, f.period.key()): f.value for f in st.facts if f.unit == "USD/shares"}
    y24 = "2024-01-01/2024-12-31"
    assert got.get(("IncomeLossFromContinuingOperationsPerBasicShare", y24)) == Decimal("1.40")
    # us-gaap has two concepts of this meaning, both in issuers' use (the newer DiscontinuedOperation...)
    disc = {c for (c, p), v in got.items() if p == y24 and v == Decimal("0.10")}
    assert disc and all("Discontinued" in c and "PerBasicShare" in c for c in disc if "Basic" in c)
    assert {c for c in disc if "Basic" in c} and {c for c in disc if "Diluted" in c}
    assert got.get(("EarningsPerShareBasic", y24)) == Decimal("1.50")
    assert got.get(("IncomeLossFromContinuingOperationsPerDilutedShare", y24)) == Decimal("1.37")
    assert all("Discontinued" in c and "PerDilutedShare" in c for c in disc if "Diluted" in c)
    assert got.get(("EarningsPerShareDiluted", y24)) == Decimal("1.47")


def test_an_other_line_alone_between_operating_income_and_pretax_income_is_the_nonoperating_total(
        tmp_path: Path) -> None:
    """Class: "Other income (expense), net" as the only line between operating income and income
    before taxes (a printed total whose other part is a subtotal) is the whole nonoperating
    section, NonoperatingIncomeExpense; printed beside interest expense it is the rest of the
    section, OtherNonoperatingIncomeExpense."""
    head = [("Net sales", "5,000", "4,000"), ("Cost of sales", "(3,000)", "(2,400)"),
            ("Gross profit", "2,000", "1,600"), ("Operating expenses", "(1,300)", "(1,000)"),
            ("Operating income", "700", "600")]
    alone = [*head, ("Other income (expense), net", "50", "(20)"),
             ("Income before income taxes", "750", "580"), ("Provision for income taxes", "(200)", "(180)"),
             ("Net income", "550", "400")]
    beside = [*head, ("Interest expense", "(30)", "(30)"), ("Other income (expense), net", "50", "(20)"),
              ("Income before income taxes", "720", "550"), ("Provision for income taxes", "(200)", "(150)"),
              ("Net income", "520", "400")]
    for rows, concept in ((alone, "NonoperatingIncomeExpense"), (beside, "OtherNonoperatingIncomeExpense")):
        st = _statement(tmp_path, "CONSOLIDATED STATEMENTS OF OPERATIONS", rows, "is")
        line = next(ln for ln in st.lines if ln.display_label.startswith("Other income"))
        assert line.concept == concept, (rows, line.choice.reason)


def test_a_total_of_expenses_printed_with_cost_of_sales_among_its_parts_is_costs_and_expenses(
        tmp_path: Path) -> None:
    """Class: "Total operating expenses" summing cost of sales with the operating expenses is
    CostsAndExpenses (us-gaap sums CostOfRevenue beside OperatingExpenses into it); below gross
    profit, without cost of sales, the same words are OperatingExpenses."""
    single = [("Net sales", "5,000", "4,000"), ("Cost of sales", "3,000", "2,400"),
              ("Selling, general and administrative", "800", "600"), ("Research and development", "500", "400"),
              ("Total operating expenses", "4,300", "3,400"), ("Operating income", "700", "600"),
              ("Income before income taxes", "700", "600"), ("Provision for income taxes", "(200)", "(200)"),
              ("Net income", "500", "400")]
    multi = [("Net sales", "5,000", "4,000"), ("Cost of sales", "3,000", "2,400"),
             ("Gross profit", "2,000", "1,600"),
             ("Selling, general and administrative", "800", "600"), ("Research and development", "500", "400"),
             ("Total operating expenses", "1,300", "1,000"), ("Operating income", "700", "600"),
             ("Income before income taxes", "700", "600"), ("Provision for income taxes", "(200)", "(200)"),
             ("Net income", "500", "400")]
    for rows, concept in ((single, "CostsAndExpenses"), (multi, "OperatingExpenses")):
        st = _statement(tmp_path, "CONSOLIDATED STATEMENTS OF OPERATIONS", rows, "is")
        line = next(ln for ln in st.lines if ln.display_label == "Total operating expenses")
        assert line.concept == concept, (rows, line.choice.reason)


def test_a_class_heading_states_its_par_value_and_shares_authorized_over_its_series(tmp_path: Path) -> None:
    """"Preferred stock ($1 par value, 10,000,000 authorized at December 31, 2024 and December 31,
    2023)" heads its series, each printed on its own line with dashes: the heading's par value and
    shares authorized are the class's facts; a series' issued count is not the class's."""
    rows = [("Cash", "1,530", "1,000"), ("Total assets", "1,530", "1,000"),
            ("Accounts payable", "230", "200"),
            ("Preferred stock ($1 par value, 10,000,000 authorized at December 31, 2024 and "
             "December 31, 2023)", "", ""),
            ("Series A (48,000 issued and outstanding at December 31, 2024 and December 31, 2023)",
             "\u2014", "\u2014"),
            ("Series B (20,000 issued and outstanding at December 31, 2024 and December 31, 2023)",
             "\u2014", "\u2014"),
            ("Common stock ($1 par value)", "100", "100"), ("Retained earnings", "1,200", "700"),
            ("Total stockholders' equity", "1,300", "800"),
            ("Total liabilities and stockholders' equity", "1,530", "1,000")]
    body = ("<p>CONSOLIDATED BALANCE SHEETS</p><p>(in millions)</p>"
            + grid(["December 31, 2024", "December 31, 2023"], rows))
    ex = _extract(tmp_path, body)
    got = {(f.concept, f.period.key()): f.value for f in ex.facts if f.concept.startswith("PreferredStock")
           and f.unit in ("shares", "USD/shares")}
    assert got[("PreferredStockSharesAuthorized", "2024-12-31")] == Decimal(10_000_000)
    assert got[("PreferredStockSharesAuthorized", "2023-12-31")] == Decimal(10_000_000)
    assert got[("PreferredStockParOrStatedValuePerShare", "2024-12-31")] == Decimal(1)
    assert ("PreferredStockSharesIssued", "2024-12-31") not in got


def test_shares_outstanding_at_a_date_in_an_income_statement_are_an_instant(tmp_path: Path) -> None:
    """"Shares outstanding at December 31," printed under the weighted averages of an income
    statement counts the shares at each period's end, not over the period: an instant at the end
    of each column's period (not the day before its start, which is also a December 31)."""
    rows = [*INCOME_ROWS, ("Average number of shares outstanding", "", ""), ("Basic", "480", "490"),
            ("Diluted", "485", "495"), ("Shares outstanding at December 31,", "476", "486")]
    st = _statement(tmp_path, "CONSOLIDATED STATEMENTS OF INCOME", rows, "is")
    got = {f.period.key(): f.value for f in st.facts if f.label.startswith("Shares outstanding at")}
    assert got == {"2024-12-31": Decimal(476_000_000), "2023-12-31": Decimal(486_000_000)}


def test_count_lines_printed_under_a_stock_line_continue_its_label(tmp_path: Path) -> None:
    """'Treasury stock, at cost:' with its amounts, then 'Shares at June 30, 2024: 392,040,626' and
    'Shares at December 31, 2023: ...' on lines of their own with no amounts: the counts are the
    stock line's, dated by the dates printed beside them."""
    rows = [("Cash", "1,530", "1,000"), ("Total assets", "1,530", "1,000"),
            ("Accounts payable", "230", "200"),
            ("Common stock, $.01 par value; 944,033,056 shares issued", "9", "9"),
            ("Shares outstanding - June 30, 2024: 551,992,430", "", ""),
            ("Shares outstanding - December 31, 2023: 549,245,105", "", ""),
            ("Retained earnings", "1,491", "941"),
            ("Treasury stock, at cost:", "(200)", "(150)"),
            ("Shares at June 30, 2024: 392,040,626", "", ""),
            ("Shares at December 31, 2023: 394,787,951", "", ""),
            ("Total stockholders' equity", "1,300", "800"),
            ("Total liabilities and stockholders' equity", "1,530", "1,000")]
    body = ("<p>CONSOLIDATED BALANCE SHEETS</p><p>(in millions)</p>"
            + grid(["June 30, 2024", "December 31, 2023"], rows))
    ex = _extract(tmp_path, body)
    got = {(f.concept, f.period.key()): f.value for f in ex.facts if f.unit == "shares"}
    assert got[("CommonStockSharesIssued", "2024-06-30")] == Decimal(944_033_056)
    assert got[("CommonStockSharesOutstanding", "2024-06-30")] == Decimal(551_992_430)
    assert got[("CommonStockSharesOutstanding", "2023-12-31")] == Decimal(549_245_105)
    assert got[("TreasuryStockCommonShares", "2024-06-30")] == Decimal(392_040_626)
    assert got[("TreasuryStockCommonShares", "2023-12-31")] == Decimal(394_787_951)
    # a row naming another class of stock starts a line of its own: it continues no label before it
    rows = [("Cash", "1,530", "1,000"), ("Total assets", "1,530", "1,000"), ("Accounts payable", "230", "200"),
            ("Preferred stock", "—", "—"), ("Common stock – shares issued – June 2024 4,009.2", "", ""),
            ("December 2023 4,009.2", "4,009", "4,009"), ("Retained earnings", "-2,709", "-3,209"),
            ("Total stockholders' equity", "1,300", "800"),
            ("Total liabilities and stockholders' equity", "1,530", "1,000")]
    body = ("<p>CONSOLIDATED BALANCE SHEETS</p><p>(in millions)</p>"
            + grid(["June 30, 2024", "December 31, 2023"], rows))
    assert not [f for f in _extract(tmp_path, body).facts if f.concept.startswith("PreferredStockShares")]


def test_a_line_giving_way_with_no_free_runner_up_becomes_an_extension(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As above, but every runner-up of the weaker line is some other line's concept (a revenue
    line 'Sales by Company-operated restaurants' given the cash flows' 'Net (gain) loss on sale of
    restaurant and other businesses' concept, its revenue runners-up taken by the other revenue
    lines): it takes a company extension concept, and the line the concept fits keeps its figures
    instead of losing them to the conflict."""
    from exporter.understand import conflicts

    monkeypatch.setattr(conflicts, "_take_runner_up", lambda ln, statements: False)
    ex = _extract(tmp_path, _amortization_in_two_statements())
    got = {(f.statement, f.value): (f.prefix, f.concept) for f in ex.facts
           if f.label == "Amortization of intangibles" and f.period.key() == "2024-01-01/2024-12-31"}
    assert set(got) == {("is", Decimal(200_000_000)), ("cf", Decimal(450_000_000))}
    assert len(set(got.values())) == 2
    assert sorted(prefix == "us-gaap" for prefix, _ in got.values()) == [False, True]
    assert not [x for x in ex.findings if x.code == "EXP.conflict"]


def test_a_repeated_extension_label_after_an_inner_total_is_named_from_its_heading(tmp_path: Path) -> None:
    """'Revenues' over 'Frobnicator sales', 'Frobnicator leasing', 'Total frobnicator revenues',
    then 'Quux kits'; 'Cost of revenues' over the same: the inner total closes no heading for
    'Quux kits', which still stands under 'Revenues' (or 'Cost of revenues'), so the two 'Quux
    kits' lines are two extension concepts named from their headings, not one concept in conflict
    with itself (issue 10, class 11)."""
    income = [("Revenues", "", ""), ("Frobnicator sales", "3,000", "2,500"), ("Frobnicator leasing", "500", "400"),
              ("Total frobnicator revenues", "3,500", "2,900"), ("Quux kits", "1,500", "1,100"),
              ("Total revenues", "5,000", "4,000"),
              ("Cost of revenues", "", ""), ("Frobnicator sales", "2,000", "1,700"),
              ("Frobnicator leasing", "300", "250"), ("Total frobnicator cost of revenues", "2,300", "1,950"),
              ("Quux kits", "700", "450"), ("Total cost of revenues", "3,000", "2,400"),
              ("Gross profit", "2,000", "1,600"), ("Net income", "2,000", "1,600")]
    years = ["Year Ended December 31, 2024", "Year Ended December 31, 2023"]
    ex = _extract(tmp_path, "<p>CONSOLIDATED STATEMENTS OF OPERATIONS</p><p>(in millions)</p>" + grid(years, income))
    kits = {f.value: f.concept for f in ex.facts
            if f.label == "Quux kits" and f.period.key() == "2024-01-01/2024-12-31"}
    assert set(kits) == {Decimal(1_500_000_000), Decimal(700_000_000)}
    assert len(set(kits.values())) == 2
    assert not [x for x in ex.findings if x.code == "EXP.conflict"]


def test_counts_in_millions_up_to_hundreds_of_billions_of_shares_are_plausible(tmp_path: Path) -> None:
    """'(in millions)' over '300,000 shares authorized' is 300 billion shares (Alphabet authorizes
    that many): the caption's share scale holds; the preferred line's '100 shares authorized' is
    100 million."""
    rows = [("Cash", "1,530", "1,000"), ("Total assets", "1,530", "1,000"),
            ("Accounts payable", "230", "200"),
            ("Preferred stock, $0.001 par value per share, 100 shares authorized; no shares issued", "—", "—"),
            ("Class A and Class B stock and additional paid-in capital, $0.001 par value per share: 300,000 "
             "shares authorized (Class A 180,000, Class B 120,000); 12,460 (Class A 5,899, Class B 6,561) and "
             "12,211 (Class A 5,835, Class B 6,376) shares issued and outstanding", "100", "90"),
            ("Retained earnings", "1,200", "710"), ("Total stockholders' equity", "1,300", "800"),
            ("Total liabilities and stockholders' equity", "1,530", "1,000")]
    body = ("<p>CONSOLIDATED BALANCE SHEETS</p><p>(in millions, except par value per share amounts)</p>"
            + grid(["December 31, 2024", "December 31, 2023"], rows))
    got = {(f.concept, f.period.key()): f.value for f in _extract(tmp_path, body).facts if f.unit == "shares"}
    assert got[("CommonStockSharesAuthorized", "2024-12-31")] == Decimal(300_000_000_000)
    assert got[("CommonStockSharesIssued", "2023-12-31")] == Decimal(12_211_000_000)
    assert got[("PreferredStockSharesAuthorized", "2024-12-31")] == Decimal(100_000_000)


@pytest.mark.parametrize("operating", ["Operating (loss) income", "Earnings/(loss) from operations",
                                       "(Loss) income from operations", "Operating income (loss)"])
def test_an_operating_total_worded_with_its_sign_closes_the_operating_lines(tmp_path: Path, operating: str) -> None:
    """'Operating (loss) income' and 'Earnings/(loss) from operations' are the operating total as
    much as 'Operating income': the lines after them ('Other income, net') are nonoperating."""
    rows = [("Net sales", "5,000", "4,000"), ("Cost of sales", "3,000", "2,400"),
            ("Selling, general and administrative expenses", "2,300", "1,400"),
            (operating, "(300)", "200"), ("Other income, net", "340", "204"),
            ("Income before income taxes", "40", "404"), ("Provision for income taxes", "10", "100"),
            ("Net income", "30", "304")]
    st = _statement(tmp_path, "CONSOLIDATED STATEMENTS OF OPERATIONS", rows, "is")
    other = next(ln for ln in st.lines if ln.display_label == "Other income, net")
    assert "nonoperating" in other.zone
    sga = next(ln for ln in st.lines if ln.display_label.startswith("Selling"))
    assert "nonoperating" not in sga.zone


@pytest.mark.parametrize("operating", ["Operating (loss) income", "(Loss) income from operations",
                                       "Earnings/(loss) from operations"])
def test_an_operating_total_worded_with_its_sign_may_be_a_printed_total(tmp_path: Path, operating: str) -> None:
    """With no rule above it, a line is a candidate total by its words: 'Operating (loss) income'
    says so as much as 'Operating income', so the sales less the two expenses above it is found."""
    rows = [("Net sales", "5,000", "4,000"), ("Cost of sales", "(3,000)", "(2,400)"),
            ("Selling, general and administrative expenses", "(2,300)", "(1,400)"),
            (operating, "(300)", "200"), ("Other income, net", "340", "204"),
            ("Income before income taxes", "40", "404"), ("Provision for income taxes", "(10)", "(100)"),
            ("Net income", "30", "304")]
    st = _statement(tmp_path, "CONSOLIDATED STATEMENTS OF OPERATIONS", rows, "is")
    labels = {ln.row.index: ln.display_label for ln in st.lines}
    totals = {labels[s.total]: len(s.parts) for s in st.sums}
    assert totals.get(operating) == 3


def test_a_payments_line_printed_beside_its_proceeds_takes_no_net_concept(tmp_path: Path) -> None:
    """'Proceeds from commercial paper notes' and 'Payments of commercial paper notes' both printed:
    each is one side, so neither takes the net 'Proceeds from (repayments of)' concept; the
    payments are a repayment stored positive, not net proceeds stored negative."""
    cash = [("Net income", "500", "400"), ("Net cash provided by operating activities", "500", "400"),
            ("Purchases of property and equipment", "(70)", "(60)"),
            ("Net cash used in investing activities", "(70)", "(60)"),
            ("Proceeds from commercial paper notes", "9,600", "10,200"),
            ("Payments of commercial paper notes", "(9,564)", "(10,184)"),
            ("Net cash provided by financing activities", "36", "16"),
            ("Net increase in cash", "466", "356"), ("Cash at beginning of year", "1,000", "644"),
            ("Cash at end of year", "1,466", "1,000")]
    st = _statement(tmp_path, "CONSOLIDATED STATEMENTS OF CASH FLOWS", cash, "cf")
    pay = next(ln for ln in st.lines if ln.display_label.startswith("Payments of commercial"))
    assert pay.concept != "ProceedsFromRepaymentsOfCommercialPaper"
    got = {f.period.key(): f.value for f in st.facts if f.label.startswith("Payments of commercial")}
    assert got["2024-01-01/2024-12-31"] == Decimal(9_564_000_000)


def test_interest_expense_net_printed_as_it_adds_to_income_is_the_net_interest(tmp_path: Path) -> None:
    """Class: "Interest expense, net" (net of interest income) printed in parentheses, the sign it
    adds into income before taxes with, states the net interest income (expense): the concept that
    goes either way (InterestIncomeExpense...Net), stored negative for a net expense. Printed as a
    positive amount subtracted, the same words state the expense (InterestExpense, positive)."""
    head = [("Revenues", "5,000", "4,000"), ("Costs and expenses", "(4,300)", "(3,400)"),
            ("Operating income", "700", "600")]
    tail = [("Other income, net", "10", "5"), ("Income before income taxes", "680", "580"),
            ("Income taxes", "(180)", "(180)"), ("Net income", "500", "400")]
    for label in ("Interest expense, net", "Interest expense \u2013 net"):
        shown = _statement(tmp_path, "CONSOLIDATED STATEMENTS OF INCOME",
                           [*head, (label, "(30)", "(25)"), *tail], "is")
        line = next(ln for ln in shown.lines if ln.display_label == label)
        assert line.concept.startswith("InterestIncomeExpense") and line.concept.endswith("Net"), line.choice.reason
        values = {f.period.key(): f.value for f in shown.facts if f.label == label}
        assert values == {"2024-01-01/2024-12-31": Decimal(-30_000_000),
                          "2023-01-01/2023-12-31": Decimal(-25_000_000)}
    subtracted = _statement(tmp_path, "CONSOLIDATED STATEMENTS OF INCOME",
                            [*head, ("Interest expense, net", "30", "25"), *tail], "is")
    line = next(ln for ln in subtracted.lines if ln.display_label == "Interest expense, net")
    assert line.concept == "InterestExpense", line.choice.reason
    values = {f.period.key(): f.value for f in subtracted.facts if f.label == "Interest expense, net"}
    assert values == {"2024-01-01/2024-12-31": Decimal(30_000_000), "2023-01-01/2023-12-31": Decimal(25_000_000)}


def test_an_item_less_its_reserves_for_credit_losses_is_the_item_net(tmp_path: Path) -> None:
    """Class: a balance-sheet line naming an item and then the allowance deducted from it ("Other
    assets, less reserves for credit losses: 2024, $27; 2023, $22", "Accounts receivable, less
    allowances of $52") is the item, net of the allowance: the words after "less" say what was
    deducted, not what the line is, as "net of allowances" and "less accumulated depreciation"
    already do. It is not the allowance (a contra asset, the figures stored negated)."""
    rows = [("Cash and cash equivalents", "1,000", "900"),
            ("Other assets, less reserves for credit losses: 2024, $27; 2023, $22", "2,000", "1,800"),
            ("Total assets", "3,000", "2,700"),
            ("Accounts payable", "1,200", "1,100"), ("Total liabilities", "1,200", "1,100"),
            ("Retained earnings", "1,800", "1,600"), ("Total shareholders' equity", "1,800", "1,600"),
            ("Total liabilities and shareholders' equity", "3,000", "2,700")]
    body = ("<p>CONSOLIDATED BALANCE SHEETS</p><p>(in millions)</p>"
            + grid(["December 31, 2024", "December 31, 2023"], rows))
    st = next(st for st in _extract(tmp_path, body).statements if st.code == "bs")
    line = next(ln for ln in st.lines if ln.display_label.startswith("Other assets"))
    assert line.concept in ("OtherAssets", "OtherAssetsNoncurrent"), line.choice.reason
    values = {f.period.key(): f.value for f in st.facts if f.label.startswith("Other assets")}
    assert values == {"2024-12-31": Decimal(2_000_000_000), "2023-12-31": Decimal(1_800_000_000)}


def test_other_comprehensive_income_below_net_income_takes_comprehensive_income_concepts(tmp_path: Path) -> None:
    """Class: a combined statement of operations and comprehensive income. The lines under 'Other
    comprehensive income (loss), net of tax:' after net income are items of other comprehensive
    income (zone comprehensive: us-gaap sums their concepts into OtherComprehensiveIncomeLossNetOfTax),
    not the income statement's gains and losses their words also fit; the same words above the
    result before income taxes keep the income statement's concept."""
    head = [("Revenues", "5,000", "4,000"), ("Cost of revenues", "3,000", "2,400"),
            ("Gross profit", "2,000", "1,600"), ("Operating expenses", "1,300", "1,000"),
            ("Operating income", "700", "600")]
    tail = [("Income before income taxes", "750", "640"), ("Provision for income taxes", "(200)", "(180)"),
            ("Net income", "550", "460"), ("Other comprehensive income (loss), net of tax:", "", "")]
    end = [("Total other comprehensive income (loss)", "(50)", "5"), ("Comprehensive income", "500", "465")]
    for item, concept in (
            ("Gain (loss) on investments", "OtherComprehensiveIncomeLossAvailableForSaleSecuritiesAdjustmentNetOfTax"),
            ("Foreign currency gain (loss)",
             "OtherComprehensiveIncomeLossForeignCurrencyTransactionAndTranslationAdjustmentNetOfTax")):
        rows = [*head, ("Interest income", "50", "40"), *tail, (item, "(30)", "20"),
                ("Pension adjustments", "(20)", "(15)"), *end]
        title = "CONSOLIDATED STATEMENTS OF OPERATIONS AND COMPREHENSIVE INCOME"
        st = _statement(tmp_path / item[:4], title, rows, "is")
        line = next(ln for ln in st.lines if ln.display_label == item)
        assert "comprehensive" in line.zone
        assert line.concept == concept, line.choice.reason
    above = [*head, ("Gain (loss) on investments", "50", "40"), *tail[:3]]
    st = _statement(tmp_path / "above", "CONSOLIDATED STATEMENTS OF OPERATIONS", above, "is")
    line = next(ln for ln in st.lines if ln.display_label == "Gain (loss) on investments")
    assert "comprehensive" not in line.zone and "Comprehensive" not in str(line.concept)


WRAPPED_STOCK_ROWS = [
    ("Cash", "1,166", "5,733"),
    ("Total assets", "1,166", "5,733"),
    ("Accounts payable", "2,000", "1,000"),
    ("Total liabilities", "2,000", "1,000"),
    ("STOCKHOLDERS' EQUITY (DEFICIT)", "", ""),
    ("Common Stock $0.001 par value, 75,000,000 authorized and", "", ""),
    ("5,169,000 issued and outstanding as of December 31, 2024", "", ""),
    ("and 5,144,000 as of December 31, 2023 respectively", "5,169", "5,144"),
    ("Additional paid-in capital", "100,000", "90,000"),
    ("Accumulated deficit", "(106,003)", "(90,411)"),
    ("Total stockholders' equity (deficit)", "(834)", "4,733"),
    ("Total liabilities and stockholders' equity (deficit)", "1,166", "5,733"),
]


def test_a_stock_label_wrapped_over_three_rows_is_read_whole(tmp_path: Path) -> None:
    """A stock label wrapped over three rows, the figures beside the last ("Common Stock $0.001 par
    value, 75,000,000 authorized and" / "5,169,000 issued and outstanding as of ..." / "and 5,144,000
    as of ... respectively"): its label-only rows run on into one, so the shares issued of both dates
    are read, not the par value and shares authorized alone."""
    body = ("<p>BALANCE SHEETS</p>"
            + grid(["December 31, 2024", "December 31, 2023"], WRAPPED_STOCK_ROWS))
    st = next(st for st in _extract(tmp_path, body).statements if st.code == "bs")
    got = {(f.concept, f.period.key()): f.value for f in st.facts}
    assert got[("CommonStockSharesIssued", "2024-12-31")] == 5_169_000
    assert got[("CommonStockSharesIssued", "2023-12-31")] == 5_144_000
    assert got[("CommonStockSharesAuthorized", "2024-12-31")] == 75_000_000
    assert got[("CommonStockValue", "2024-12-31")] == 5_169
