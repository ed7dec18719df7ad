"""Concept choice on old plain-text filings: wordings the Inline XBRL evidence rarely holds as such,
one class per test (issue 11's text-key classes, continued from tests/test_text_concept_classes.py).
None needs ../shared."""

from __future__ import annotations

from exporter.map import mapping, ranker


def _pick(statement: str, label: str, *zone: str) -> str | None:
    return ranker.choose(mapping.LineQuery(statement, label, zone=frozenset(zone))).concept


def test_stock_issued_for_an_acquisition_is_stock_issued_in_acquisitions() -> None:
    """'Issuance of common stock for acquisition of <a company>' among a cash-flow statement's
    noncash items, or a statement of equity's 'Common stock issued in business combinations', is
    us-gaap's StockIssuedDuringPeriodValueAcquisitions, not the new issues its other words fit
    (synonyms.csv); plain issuance stays new issues, stock issued for a purchase of assets keeps its
    own concept."""
    assert _pick("cf", "Issuance of common stock for acquisition of Widget Corp.", "supplemental") == (
        "StockIssuedDuringPeriodValueAcquisitions")
    assert _pick("eq", "Common stock issued in business combinations") == "StockIssuedDuringPeriodValueAcquisitions"
    assert _pick("eq", "Shares issued in connection with the merger") == "StockIssuedDuringPeriodValueAcquisitions"
    assert _pick("eq", "Issuance of common stock") == "StockIssuedDuringPeriodValueNewIssues"
    assert _pick("eq", "Shares issued for purchase of assets") == "StockIssuedDuringPeriodValuePurchaseOfAssets"


def test_a_classified_sections_line_is_its_side_of_a_whole_us_gaap_splits() -> None:
    """'Restricted cash' printed after total current assets is RestrictedCashNoncurrent, not the
    unclassified RestrictedCash (or RestrictedCashAndCashEquivalents) that us-gaap's calculation tree
    splits into a current and a noncurrent part and issuers' labels vote for (ranker.csv
    current_mismatch); among the current assets it is the current part, and a balance sheet with no
    current section keeps the whole. A concept naming the short-term side (ShortTermBankLoansAndNotesPayable)
    is no line of a noncurrent section, as one naming the current side is not."""
    from exporter.map.features import context

    assert _pick("bs", "Restricted cash", "assets", "noncurrent") == "RestrictedCashNoncurrent"
    assert _pick("bs", "Restricted cash", "assets", "current") == "RestrictedCashCurrent"
    assert _pick("bs", "Restricted cash", "assets", "unclassified") == "RestrictedCash"
    idx = mapping.index()
    line = mapping.LineQuery("bs", "Restricted cash", zone=frozenset({"assets", "noncurrent"}))
    for whole in ("RestrictedCash", "RestrictedCashAndCashEquivalents"):
        assert context(whole, idx.concepts[whole], line)[0].get("current_mismatch") == 1.0
    assert "current_mismatch" not in context("RestrictedCashNoncurrent", idx.concepts["RestrictedCashNoncurrent"],
                                             line)[0]
    # a concept naming the short-term side is no line of a noncurrent section either
    payable = mapping.LineQuery("bs", "Notes payable", zone=frozenset({"liabilities", "noncurrent"}))
    short = "ShortTermBankLoansAndNotesPayable"
    assert context(short, idx.concepts[short], payable)[0].get("current_mismatch") == 1.0
    assert "current_mismatch" not in context("LongTermNotesPayable", idx.concepts["LongTermNotesPayable"], payable)[0]


def test_an_affiliated_companys_lines_are_equity_method_investments() -> None:
    """Older filings' words for an equity-method investee, "affiliated company" (APB 18): its equity
    in income, the undistributed earnings adjusting the cash flows, the investment, and a gain on its
    issuance of stock (SAB 51) take the equity-method concepts (synonyms.csv), not investment income,
    an extension or a gain of any kind."""
    assert _pick("is", "Equity in income of affiliated company (Note 2)", "nonoperating") == (
        "IncomeLossFromEquityMethodInvestments")
    assert _pick("cf", "Undistributed earnings from affiliated company", "operating") == (
        "IncomeLossFromEquityMethodInvestmentsNetOfDividendsOrDistributions")
    assert _pick("bs", "Investment in affiliated company (Note 2)", "assets", "noncurrent") in {
        "EquityMethodInvestments", "InvestmentsInAffiliatesSubsidiariesAssociatesAndJointVentures"}
    assert _pick("is", "Gain on issuance of stock by affiliated company", "nonoperating") == (
        "GainLossOnSaleOfStockInSubsidiaryOrEquityMethodInvestee")


def test_the_costs_named_by_a_companys_employees_are_labor_and_related_expense() -> None:
    """'Employee-related expenses', 'Employee costs', 'Payroll and related costs' among the operating
    expenses are LaborAndRelatedExpense (synonyms.csv), not acquisition-related costs or a cost of
    revenue their other words resemble; accrued, on the balance sheet, they stay the liability."""
    for label in ("Employee-related expenses", "Employee costs", "Payroll and related costs", "Personnel expenses"):
        assert _pick("is", label, "operating") == "LaborAndRelatedExpense", label
    assert _pick("bs", "Accrued payroll and related costs", "liabilities") == "EmployeeRelatedLiabilitiesCurrent"


def test_the_minoritys_income_in_a_subsidiary_is_the_noncontrolling_interests() -> None:
    """ "Minority income in consolidated subsidiary" (no word "interest") is the net income
    attributable to the noncontrolling interest, as "Minority interest in income of ..." is
    (synonyms.csv), not a company extension."""
    for label in ("Minority income in consolidated subsidiary",
                  "Minority interest in income of consolidated subsidiary"):
        assert _pick("is", label, "after tax") == "NetIncomeLossAttributableToNoncontrollingInterest", label


def test_a_recovery_or_write_down_of_an_investment_in_one_line_is_a_gain_or_loss_on_it() -> None:
    """'Recovery (write down) of nonmarketable investment', either way round, is the gain or loss on
    investments (synonyms.csv), not investment income nor an inventory write-down."""
    for label in ("Recovery (write down) of nonmarketable investment", "Write-down (recovery) of investments"):
        assert _pick("is", label, "nonoperating") == "GainLossOnInvestments", label
