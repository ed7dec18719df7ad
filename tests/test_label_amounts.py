"""Amounts printed inside a line's label (what its figure is net of), each wording class as a
small snippet; none needs ../shared."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from exporter.understand.label_amounts import read_dated_amounts, read_label_amounts
from tests.test_html_statements import _extract, grid

D = Decimal
CASES = [
    # 'in YEAR' after each amount
    ("Trade receivables, less allowances of $485 in 2023 and $500 in 2022", 2, [2023, 2022],
     ("AllowanceForDoubtfulAccountsReceivableCurrent", (D(485), D(500)))),
    # '(YEAR)' after each amount, older year first
    ("Accounts receivable, net of allowance for doubtful accounts of $383 (2002) and $425 (2003)", 2,
     [2003, 2002], ("AllowanceForDoubtfulAccountsReceivableCurrent", (D(425), D(383)))),
    # 'at Month d, YEAR' after each amount
    ("Accounts receivable (net of allowance of $1 at December 31, 2023 and $2 at December 31, 2022)", 2,
     [2023, 2022], ("AllowanceForDoubtfulAccountsReceivableCurrent", (D(1), D(2)))),
    # undated amounts fill the columns in order
    ("Property, plant and equipment, net of accumulated depreciation of $23,208 and $22,925", 2,
     [2024, 2023], ("AccumulatedDepreciationDepletionAndAmortizationPropertyPlantAndEquipment",
                    (D(23208), D(22925)))),
    # 'YEAR, $amount' pairs
    ("Premises and equipment, less accumulated depreciation and amortization: 2023, $9,589; 2022, $9,850", 2,
     [2023, 2022], ("AccumulatedDepreciationDepletionAndAmortizationPropertyPlantAndEquipment",
                    (D(9589), D(9850)))),
    ("Intangible assets, net of accumulated amortization of $310 and $250", 2, [2024, 2023],
     ("FiniteLivedIntangibleAssetsAccumulatedAmortization", (D(310), D(250)))),
    # an income-statement line: one amount per period, decimals kept
    ("Interest expense-net of capitalized interest of $14.5, $9.5 and $6.8", 3, [2023, 2022, 2021],
     ("InterestCostsCapitalized", (D("14.5"), D("9.5"), D("6.8")))),
    # one amount said to hold at every date
    ("Accounts receivable, net of allowance of $83 as of each of April 29, 2023 and July 30, 2022", 2,
     [2023, 2022], ("AllowanceForDoubtfulAccountsReceivableCurrent", (D(83), D(83)))),
    ("Trade receivables, net of allowances of $5 at both dates", 2, [2024, 2023],
     ("AllowanceForDoubtfulAccountsReceivableCurrent", (D(5), D(5)))),
    # what a line says it includes: 'YEAR—$amount' pairs, undated amounts, 'YEAR, $amount' pairs
    ("Short-term borrowings, including current portion of long-term debt: 2023\u2014$3,565; 2022\u2014$2,560", 2,
     [2023, 2022], ("LongTermDebtCurrent", (D(3565), D(2560)))),
    ("Noncontrolling interests (includes redeemable noncontrolling interest of $147 and $142 at June 30, 2023, "
     "and December 31, 2022, respectively)", 2, [2023, 2022],
     ("RedeemableNoncontrollingInterestEquityCarryingAmount", (D(147), D(142)))),
    ("Interest-bearing deposits in other banks (includes securities purchased under resale agreements: "
     "2023, $9; 2022, $318)", 2, [2023, 2022], ("SecuritiesPurchasedUnderAgreementsToResell", (D(9), D(318)))),
    # how much of an investments line is carried at fair value: 'YEAR: $amount' pairs, undated amounts
    ("Other investments (investments carried at fair value - 2023: $1,802; 2022: $1,757)", 2, [2023, 2022],
     ("InvestmentsFairValueDisclosure", (D(1802), D(1757)))),
    ("Long-term investments, including $310 and $295 of securities measured at fair value", 2, [2024, 2023],
     ("InvestmentsFairValueDisclosure", (D(310), D(295)))),
    # the amortized cost of available-for-sale securities, at one date of two
    ("Short-term investments (Available-for-sale debt securities: Amortized cost of $580 at December 31, 2023)",
     2, [2024, 2023], ("DebtSecuritiesAvailableForSaleAmortizedCostCurrent", (None, D(580)))),
    ("Marketable securities, available-for-sale, at fair value (amortized cost of $1,204 and $1,190)", 2,
     [2024, 2023], ("DebtSecuritiesAvailableForSaleAmortizedCostCurrent", (D(1204), D(1190)))),
    # a cash-flow line of purchases net of the sales it nets: the proceeds of each period
    ("Purchase of premises and equipment, net of sales: 2023, $1; 2022, $1", 2, [2023, 2022],
     ("ProceedsFromSaleOfPropertyPlantAndEquipment", (D(1), D(1)))),
    ("Capital expenditures, net of proceeds from sales of equipment of $12, $9 and $4", 3, [2024, 2023, 2022],
     ("ProceedsFromSaleOfPropertyPlantAndEquipment", (D(12), D(9), D(4)))),
    # a reserve is the allowance
    ("Accounts receivable, less reserve of $57,493 in 1992 and $63,146 in 1993", 2, [1993, 1992],
     ("AllowanceForDoubtfulAccountsReceivableCurrent", (D(63146), D(57493)))),
    # the income taxes discontinued operations' results, or the gain on disposing of them, are net of
    ("Earnings from discontinued operations, net of income taxes of $44, $248 and $259, respectively", 3,
     [1993, 1992, 1991], ("DiscontinuedOperationTaxEffectOfDiscontinuedOperation", (D(44), D(248), D(259)))),
    ("Gain on sale of discontinued operations, net of applicable income taxes of $752", 1, [1993],
     ("DiscontinuedOperationTaxEffectOfIncomeLossFromDisposalOfDiscontinuedOperation", (D(752),))),
]


@pytest.mark.parametrize(("label", "ncols", "years", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_label_amounts(label: str, ncols: int, years: list[int], want: tuple) -> None:
    got = [(p.concept, p.values) for p in read_label_amounts(label, ncols, years)]
    assert got == [want]


@pytest.mark.parametrize("label", [
    "Intangible assets, net of accumulated amortization of $500, $400 and $300",  # more amounts than columns
    "Accounts receivable, net of allowance of $5 in 2019 and $6 in 2018",  # years no column has
    "Other assets, net of accumulated amortization of $1,085 and $1,046",  # no wording says what it is
    "Accounts receivable, net of allowances",  # no amount
    "Accumulated depreciation",
    "Investments, at fair value",  # no amount
    "Purchases of investments, net of sales",  # no amount; not property
    "Loss from discontinued operations, net of income tax benefit of $12 and $9",  # a benefit: not read
])
def test_labels_that_state_no_amount(label: str) -> None:
    assert read_label_amounts(label, 2, [2024, 2023]) == []


def test_label_amounts_become_facts_of_their_statement(tmp_path: Path) -> None:
    """The balance sheet's amounts are instants at its dates, the income statement's durations of
    its periods, both at the statement's money scale; a line that says it is net of an amount is
    never that amount's concept itself."""
    bs_rows = [("Current assets:", "", ""), ("Cash", "100", "90"),
               ("Accounts receivable, net of allowance of $12 and $10, respectively", "400", "380"),
               ("Total current assets", "500", "470"),
               ("Premises and equipment, less accumulated depreciation and amortization: 2024, $1,200; "
                "2023, $1,100", "900", "850"),
               ("Total assets", "1,400", "1,320"),
               ("Accounts payable", "300", "280"),
               ("Stockholders' equity", "1,100", "1,040"),
               ("Total liabilities and stockholders' equity", "1,400", "1,320")]
    is_rows = [("Net sales", "5,000", "4,000"), ("Cost of sales", "3,000", "2,400"),
               ("Interest expense, net of capitalized interest of $7.5 and $6", "100", "90"),
               ("Income before income taxes", "1,900", "1,510"), ("Provision for income taxes", "400", "310"),
               ("Net income", "1,500", "1,200")]
    body = ("<p>CONSOLIDATED BALANCE SHEETS</p><p>(in millions)</p>"
            + grid(["December 31, 2024", "December 31, 2023"], bs_rows)
            + "<p>CONSOLIDATED STATEMENTS OF INCOME</p><p>(in millions)</p>"
            + grid(["Year Ended December 31, 2024", "Year Ended December 31, 2023"], is_rows))
    ex = _extract(tmp_path, body)
    bs = next(st for st in ex.statements if st.code == "bs")
    premises = next(ln for ln in bs.lines if ln.label.startswith("Premises"))
    assert premises.choice.concept != "AccumulatedDepreciationDepletionAndAmortizationPropertyPlantAndEquipment"
    got = {(f.concept, f.period.key()): f.value for st in ex.statements for f in st.facts}
    million = D(1_000_000)
    assert got[("AllowanceForDoubtfulAccountsReceivableCurrent", "2024-12-31")] == 12 * million
    assert got[("AllowanceForDoubtfulAccountsReceivableCurrent", "2023-12-31")] == 10 * million
    assert got[("AccumulatedDepreciationDepletionAndAmortizationPropertyPlantAndEquipment", "2023-12-31")] \
        == 1_100 * million
    assert got[("InterestCostsCapitalized", "2024-01-01/2024-12-31")] == D("7.5") * million
    assert got[("InterestCostsCapitalized", "2023-01-01/2023-12-31")] == 6 * million


def test_cash_flow_label_amounts_are_durations(tmp_path: Path) -> None:
    """A cash-flow line's label amounts are facts of its periods, at the statement's money scale; the
    line itself keeps its own figures."""
    cf_rows = [("Net income", "1,500", "1,200"), ("Depreciation", "200", "180"),
               ("Net cash provided by operating activities", "1,700", "1,380"),
               ("Purchase of premises and equipment, net of sales: 2024, $3; 2023, $2", "(400)", "(350)"),
               ("Net cash used in investing activities", "(400)", "(350)"),
               ("Dividends paid", "(300)", "(250)"),
               ("Net cash used in financing activities", "(300)", "(250)"),
               ("Net increase in cash", "1,000", "780"),
               ("Cash at beginning of year", "2,000", "1,220"),
               ("Cash at end of year", "3,000", "2,000")]
    body = ("<p>CONSOLIDATED STATEMENTS OF CASH FLOWS</p><p>(in millions)</p>"
            + grid(["Year Ended December 31, 2024", "Year Ended December 31, 2023"], cf_rows))
    ex = _extract(tmp_path, body)
    got = {(f.concept, f.period.key()): f.value for st in ex.statements for f in st.facts}
    million = D(1_000_000)
    assert got[("ProceedsFromSaleOfPropertyPlantAndEquipment", "2024-01-01/2024-12-31")] == 3 * million
    assert got[("ProceedsFromSaleOfPropertyPlantAndEquipment", "2023-01-01/2023-12-31")] == 2 * million
    cf = next(st for st in ex.statements if st.code == "cf")
    purchase = next(ln for ln in cf.lines if ln.label.startswith("Purchase"))
    assert purchase.choice.concept != "ProceedsFromSaleOfPropertyPlantAndEquipment"


DATED = [
    # two amounts, then what they are, then their dates in the same order
    ("Total cash and cash equivalents at beginning of period (including $77 and $326 classified as held for "
     "sale at September 24, 2023 and September 25, 2022)",
     [("DisposalGroupIncludingDiscontinuedOperationCashAndCashEquivalents", D(77), date(2023, 9, 24)),
      ("DisposalGroupIncludingDiscontinuedOperationCashAndCashEquivalents", D(326), date(2022, 9, 25))]),
    # one aside, two things each with its own date: only the one a wording names is read
    ("Cash and cash equivalents at end of period (including $2,323 classified as restricted cash at "
     "September 28, 2025 and $77 classified as held for sale at September 24, 2023)",
     [("DisposalGroupIncludingDiscontinuedOperationCashAndCashEquivalents", D(77), date(2023, 9, 24))]),
    ("Cash, end of year (includes $12.5 of cash held for sale as of Dec. 31, 2024)",
     [("DisposalGroupIncludingDiscontinuedOperationCashAndCashEquivalents", D("12.5"), date(2024, 12, 31))]),
    # not a cash line; amounts and dates that do not pair; no date
    ("Total assets (including $500 classified as held for sale at December 31, 2024)", []),
    ("Cash at end of year (including $5 and $6 classified as held for sale at December 31, 2024)", []),
    ("Cash at end of year (including $5 classified as held for sale)", []),
]


@pytest.mark.parametrize(("label", "want"), DATED, ids=[c[0][:40] for c in DATED])
def test_dated_label_amounts(label: str, want: list[tuple[str, Decimal, date]]) -> None:
    assert [(a.concept, a.value, a.at) for a in read_dated_amounts(label)] == want


def test_dated_label_amounts_of_cash_flow_balances(tmp_path: Path) -> None:
    """A cash-flow statement's opening and closing balances stating an amount at a date: an instant
    fact at that date, when it is one of the dates the statement's balances stand at."""
    cf_rows = [("Net income", "1,500", "1,200"),
               ("Net cash provided by operating activities", "1,500", "1,200"),
               ("Net increase in cash", "1,500", "1,200"),
               ("Cash at beginning of year (including $40 and $30 classified as held for sale at "
                "December 31, 2023 and December 31, 2022)", "2,000", "800"),
               ("Cash at end of year (including $40 classified as held for sale at December 31, 2023)",
                "3,500", "2,000")]
    body = ("<p>CONSOLIDATED STATEMENTS OF CASH FLOWS</p><p>(in millions)</p>"
            + grid(["Year Ended December 31, 2024", "Year Ended December 31, 2023"], cf_rows))
    ex = _extract(tmp_path, body)
    got = {(f.concept, f.period.key()): f.value for st in ex.statements for f in st.facts
           if f.concept.startswith("DisposalGroup")}
    million = D(1_000_000)
    assert got == {("DisposalGroupIncludingDiscontinuedOperationCashAndCashEquivalents", "2023-12-31"): 40 * million,
                   ("DisposalGroupIncludingDiscontinuedOperationCashAndCashEquivalents", "2022-12-31"): 30 * million}


BS_PREFERRED_CLASS_OVER_SERIES = """\
                         CONSOLIDATED BALANCE SHEETS
<TABLE>
<CAPTION>
                                                          June 30,     December 31,
                                                            1998           1997
<S>                                                      <C>            <C>
Cash                                                     $ 1,100,000    $   900,000
Total assets                                             $ 1,100,000    $   900,000
STOCKHOLDERS' EQUITY:
Convertible preferred stock, $.001 par value
    (liquidation preference of $ 11,508,113):
    Series A: 1,150,000 shares designated, issued and outstanding      566,495      566,495
    Series B: 2,000,000 shares designated, issued and outstanding      533,505      333,505
Total stockholders' equity                               $ 1,100,000    $   900,000
</TABLE>
"""


def test_a_preferred_class_heading_prints_its_liquidation_preference_once() -> None:
    """ "Convertible preferred stock ... (liquidation preference of $ 11,508,113):" over its series
    lines: the class's liquidation preference, once, at the column its one amount stands for
    (the first), not a figure of each series nor one per column."""
    from tests.text_snippet import extract_snippet

    ex = extract_snippet(BS_PREFERRED_CLASS_OVER_SERIES, form="10-Q")
    concept = "PreferredStockLiquidationPreferenceValue"
    preference = {(f.period.key(), f.value) for f in ex.facts if f.concept == concept}
    assert preference == {("1998-06-30", Decimal(11_508_113))}
