"""Wordings of old statements and spellings of us-gaap names the concept choice reads (issue 11's
text-key classes): none needs ../shared."""

from __future__ import annotations

import pytest

from exporter.map import mapping, ranker, scoring
from tests.text_snippet import extract_snippet, two_year_caption

RETAILER = two_year_caption("CONSOLIDATED STATEMENTS OF INCOME", "Years ended December 31,", ("2004", "2003")) + """\
REVENUES
  Merchandise sales and services                             8,700        8,851
  Credit revenues                                               81        1,345
                                                          --------     --------
    Total revenues                                           8,781       10,196
COSTS AND EXPENSES
  Cost of sales, buying and occupancy                        6,282        6,402
  Selling and administrative                                 2,064        2,395
                                                          --------     --------
    Total costs and expenses                                 8,346        8,797
                                                          --------     --------
Operating income                                               435        1,399
</TABLE>
"""


def test_a_retailer_s_merchandise_sales_are_its_revenue_from_customers() -> None:
    """'Merchandise sales and services' above 'Total revenues' (Revenues) is the retailer's revenue
    from its contracts with customers, not a company extension concept: merchandise sales are its
    net sales (synonyms.csv), a word the evidence's labels did not hold."""
    ex = extract_snippet(RETAILER)
    got = {f.label: f.concept for s in ex.statements if s.code == "is" for f in s.facts}
    assert got["Merchandise sales and services"].startswith("RevenueFromContractWithCustomer")
    assert got["Total revenues"] == "Revenues"


def test_us_gaap_s_longterm_spelling_names_the_noncurrent_side() -> None:
    """us-gaap spells long-term 'Longterm' in some names (PaymentsToAcquireLongtermInvestments): a
    label saying long-term ('Purchase of long-term investments') names that side there, where
    term_unnamed counts against the concepts not naming it (PaymentsToAcquireMarketableSecurities)."""
    line = mapping.LineQuery("cf", "Purchase of long-term investments", zone=frozenset({"investing"}))
    feats = {c.concept: c.feats for c in scoring.candidates(line, 6)}
    assert "term_unnamed" not in feats["PaymentsToAcquireLongtermInvestments"]
    assert "term_unnamed" in feats["PaymentsToAcquireMarketableSecurities"]


BROKER = two_year_caption("STATEMENTS OF OPERATIONS", "Years ended December 31,", ("1999", "1998")) + """\
Revenues:
  Commissions                                                4,225        4,347
  Principal transactions                                     5,848        5,520
  Interest                                                     542          418
  Other                                                        963          859
                                                          --------     --------
Total revenues                                              11,578       11,144
Expenses:
  Compensation and benefits                                  9,048        8,433
  Interest                                                     300          250
  Other                                                      1,000          900
                                                          --------     --------
Total expenses                                              10,348        9,583
                                                          --------     --------
Income before income taxes                                   1,230        1,561
</TABLE>
"""


def test_interest_among_a_broker_s_revenues_is_interest_income() -> None:
    """'Interest' under 'Revenues:' (a broker-dealer's revenues by kind) is its interest income, not
    revenue from contracts with customers, which the heading's word made it; 'Interest' under
    'Expenses:' stays the interest expense."""
    ex = extract_snippet(BROKER)
    by_value = {int(f.value): f.concept for s in ex.statements if s.code == "is" for f in s.facts}
    assert "Interest" in by_value[542_000] and "Contract" not in by_value[542_000]
    assert by_value[300_000].startswith("InterestExpense")



SHELL_CASH_FLOWS = two_year_caption("STATEMENTS OF CASH FLOWS", "Year Ended December 31,", ("2007", "2006")) + """\
CASH FLOWS FROM OPERATING ACTIVITIES
Net loss                                                   (44,562)     (75,593)
{label:<58}{a:>8}     {b:>8}
Increase (decrease) in accrued expenses                      3,530      (21,022)
                                                          --------     --------
Net cash used in operating activities                      (36,032)     (77,865)
</TABLE>
"""


@pytest.mark.parametrize("label", ["Preferred shares issues for services",
                                   "Common stock issued for consulting services",
                                   "Issuance of common stock for services rendered"])
def test_shares_issued_for_services_are_a_noncash_adjustment_not_revenues(label: str) -> None:
    """Shares issued for services among a shell company's operating adjustments are us-gaap's stock
    issued for services (synonyms.csv), where the word 'services' alone made them revenues, negated."""
    ex = extract_snippet(SHELL_CASH_FLOWS.format(label=label, a="5,000", b="18,750"), form="10-KSB")
    got = {f.period.key(): (f.concept, f.value) for s in ex.statements if s.code == "cf" for f in s.facts
           if f.label == label}
    assert got["2006-01-01/2006-12-31"] == ("IssuanceOfStockAndWarrantsForServicesOrClaims", 18_750_000)


@pytest.mark.parametrize(("label", "concept"), [
    ("Write-off of goodwill", "GoodwillImpairmentLoss"),
    ("Goodwill write-down", "GoodwillImpairmentLoss"),
    ("Accretion of discount on notes payable", "AmortizationOfDebtDiscountPremium"),
    ("Amortization of discount on convertible debentures", "AmortizationOfDebtDiscountPremium"),
    ("Accretion of discount on investments", "AccretionAmortizationOfDiscountsAndPremiumsInvestments"),
    ("Amortization of unearned compensation", "ShareBasedCompensation"),
    ("Amortization of deferred stock compensation", "ShareBasedCompensation"),
    ("Cost recognized for issuance of stock and stock options", "ShareBasedCompensation"),
    ("Increase in deferred compensation", "IncreaseDecreaseInDeferredCompensation"),
])
def test_old_words_of_operating_adjustments(label: str, concept: str) -> None:
    """Wordings of adjustments before the standards renamed them (synonyms.csv): a goodwill write-off
    (before SFAS 142) is its impairment, not a write-off of debt issuance costs; the accretion of a
    discount on the company's own notes is the debt discount's amortization, not an investment's;
    the amortization of unearned or deferred compensation (APB 25's, before 2006) and a cost
    recognized for issuing stock and options are share-based payments' noncash expense, where a
    change in deferred compensation stays one."""
    line = mapping.LineQuery("cf", label, zone=frozenset({"operating"}),
                             within="NetCashProvidedByUsedInOperatingActivities", adds=1)
    assert ranker.choose(line, ()).concept == concept


UTILITY = two_year_caption("CONSOLIDATED STATEMENTS OF INCOME", "Years ended December 31,", ("2004", "2003")) + """\
Operating Revenues:
  Retail revenues                                             9,732        8,875
  Non-regulated operating revenues                              437          438
                                                           --------     --------
    Total operating revenues                                 10,169        9,313
Operating Expenses:
  Other operations and maintenance                            3,329        3,174
  Depreciation and amortization                                 932          905
                                                           --------     --------
    Total operating expenses                                  4,261        4,079
                                                           --------     --------
Operating income                                              5,908        5,234
</TABLE>
"""


def test_non_regulated_revenues_are_the_unregulated_ones() -> None:
    """'Non-regulated operating revenues' is us-gaap's unregulated operating revenue: read as the
    words 'non' and 'regulated' apart it named the regulated and unregulated total
    (RegulatedAndUnregulatedOperatingRevenue); joined, non-regulated is unregulated (synonyms.csv)."""
    ex = extract_snippet(UTILITY)
    got = {f.label: f.concept for s in ex.statements if s.code == "is" for f in s.facts}
    assert got["Non-regulated operating revenues"] == "UnregulatedOperatingRevenue"


JOINED_PAYABLES = two_year_caption("CONSOLIDATED BALANCE SHEET", "December 31,", ("1995", "1994")) + """\
CURRENT LIABILITIES
Accounts payable and accrued liabilities ..................   3,105        2,715
Loans payable ..............................................     423          146
Income taxes payable .......................................   1,743        2,206
Dividends payable ..........................................     418          380
                                                           --------     --------
Total current liabilities ..................................   5,689        5,447
</TABLE>
"""


def test_a_label_naming_both_parts_of_a_sum_takes_the_sum_whatever_else_it_sums() -> None:
    """'Accounts payable and accrued liabilities' beside income taxes and dividends payable is
    AccountsPayableAndAccruedLiabilitiesCurrent: us-gaap sums those siblings into it too, but a label
    naming the two things the concept's name joins says it is that sum (the penalty for a line taking
    its siblings' sum is not applied), not AccountsPayableCurrent, one of the two."""
    ex = extract_snippet(JOINED_PAYABLES)
    got = {f.label: f.concept for s in ex.statements if s.code == "bs" for f in s.facts}
    assert got["Accounts payable and accrued liabilities"] == "AccountsPayableAndAccruedLiabilitiesCurrent"


def test_issued_and_issuance_are_one_word() -> None:
    """'Newly issued debt' in the financing activities is debt's issuance (synonyms.csv: issued,
    issuing and issuance are one word on both sides), not the issuance of common stock that an
    issuer's 'Common stock issued' gave it on the word 'issued'."""
    line = mapping.LineQuery("cf", "Newly issued debt (maturities more than 90 days)",
                             zone=frozenset({"financing"}))
    assert ranker.choose(line).concept in {"ProceedsFromIssuanceOfDebt", "ProceedsFromIssuanceOfLongTermDebt"}


DISCONTINUED_CASH = two_year_caption("STATEMENT OF CASH FLOWS", "Years ended December 31,", ("1993", "1992")) + """\
CASH FLOWS FROM OPERATING ACTIVITIES
Net earnings ...............................................   4,315        4,725
Depreciation and amortization ..............................   1,500        1,400
                                                           --------     --------
Net cash from continuing operations ........................   5,815        6,125
Net cash from discontinued operations ......................      76          741
                                                           --------     --------
Cash from operating activities .............................   5,891        6,866
</TABLE>
"""


def test_net_cash_of_continuing_and_discontinued_operations_is_cash() -> None:
    """'Net cash from continuing operations' and '... discontinued operations' above the operating
    activities' total are the cash of each (structure.csv label_start cash_amount, ranker.csv
    cash_unnamed): issuers' 'Net income from continuing operations' and 'Discontinued operations,
    net of tax' gave them the income concepts."""
    ex = extract_snippet(DISCONTINUED_CASH)
    got = {f.label: f.concept for s in ex.statements if s.code == "cf" for f in s.facts}
    assert got["Net cash from continuing operations"] == \
        "NetCashProvidedByUsedInOperatingActivitiesContinuingOperations"
    assert got["Net cash from discontinued operations"] == \
        "CashProvidedByUsedInOperatingActivitiesDiscontinuedOperations"


def test_indebtedness_is_debt() -> None:
    """'Proceeds from issuance of indebtedness' is debt's issuance (synonyms.csv), not preferred stock's."""
    line = mapping.LineQuery("cf", "Proceeds from issuance of indebtedness", zone=frozenset({"financing"}))
    assert ranker.choose(line).concept in {"ProceedsFromIssuanceOfDebt", "ProceedsFromIssuanceOfLongTermDebt"}


DISPOSAL = two_year_caption("STATEMENT OF EARNINGS", "Years ended December 31,", ("1993", "1992")) + """\
Earnings from continuing operations .......................   3,562        4,305
Earnings from discontinued operations, net of income taxes       1          420
Gain on transfer of discontinued operations, net of taxes ..     752           -
                                                           --------     --------
Earnings from discontinued operations ......................     753          420
                                                           --------     --------
Net earnings ...............................................   4,315        4,725
</TABLE>
"""


def test_a_gain_on_transferring_discontinued_operations_is_the_gain_on_disposal() -> None:
    """A gain on the sale, transfer or disposition of discontinued operations is us-gaap's gain on
    disposal (synonyms.csv), not the discontinued operations' whole result."""
    ex = extract_snippet(DISPOSAL)
    got = {f.label: f.concept for s in ex.statements if s.code == "is" for f in s.facts}
    assert got["Gain on transfer of discontinued operations, net of taxes"] == \
        "DiscontinuedOperationGainLossOnDisposalOfDiscontinuedOperationNetOfTax"


def test_the_total_of_discontinued_operations_takes_the_concept_one_part_held() -> None:
    """Of 'Earnings from discontinued operations, net of income taxes' and the gain on disposal, the
    first took IncomeLossFromDiscontinuedOperationsNetOfTax, which us-gaap sums the gain into: the
    printed total 'Earnings from discontinued operations' takes it (facts._total_from_part), where it
    was left with OperatingIncomeLoss, and the part its runner-up us-gaap sums into it."""
    ex = extract_snippet(DISPOSAL)
    is_ = next(s for s in ex.statements if s.code == "is")
    by_label = {ln.display_label: ln.choice.concept for ln in is_.lines}
    assert by_label["Earnings from discontinued operations"] == "IncomeLossFromDiscontinuedOperationsNetOfTax"
    part = by_label["Earnings from discontinued operations, net of income taxes"]
    assert part is None or "IncomeLossFromDiscontinuedOperationsNetOfTax" in mapping.index().ancestors.get(part, ())


SHAREHOLDER_LOAN = two_year_caption("BALANCE SHEETS", "December 31,", ("2016", "2015")) + """\
ASSETS
Cash .......................................................   1,166        5,733
                                                           --------     --------
TOTAL ASSETS ...............................................   1,166        5,733
                                                           ========     ========
LIABILITIES
Current liabilities:
  Accounts payable .........................................     800          500
  Loan payable .............................................       -       21,193
  Loan from Shareholder ....................................   6,598            -
                                                           --------     --------
  Total current liabilities ................................   7,398       21,693
STOCKHOLDERS' EQUITY (DEFICIT)
  Common stock .............................................   5,169        5,144
  Accumulated deficit ......................................  (11,401)     (21,104)
                                                           --------     --------
  Total stockholders' equity (deficit) .....................   (6,232)     (15,960)
                                                           --------     --------
TOTAL LIABILITIES AND STOCKHOLDERS' EQUITY .................   1,166        5,733
</TABLE>
"""


def test_a_loan_among_the_liabilities_takes_no_asset_concept() -> None:
    """'Loan from Shareholder' among the current liabilities, its better concept taken by 'Loan
    payable': a claim is no asset (ranker.csv claim_debit), where NotesReceivableNet, stored
    negative, came next."""
    ex = extract_snippet(SHAREHOLDER_LOAN)
    bs = next(s for s in ex.statements if s.code == "bs")
    loan = next(ln for ln in bs.lines if ln.display_label == "Loan from Shareholder")
    concept = loan.choice.concept
    assert concept is None or mapping.index().concepts[concept].balance == "credit"



def test_what_a_heading_of_changes_leaves_out_says_nothing_of_its_lines() -> None:
    """'Receivables' under 'Changes in assets and liabilities, net of effects of acquired companies:'
    (the heading prefixed to the line's label) is the change in receivables: the heading's aside
    (synonyms.csv clutter) no longer drowns the line's one word, where an issuer's label holding the
    same heading gave it the inventories'."""
    line = mapping.LineQuery("cf", "Changes in assets and liabilities, net of effects of acquired companies: "
                             "Receivables", zone=frozenset({"operating"}))
    assert ranker.choose(line).concept in {"IncreaseDecreaseInAccountsReceivable", "IncreaseDecreaseInReceivables"}


def test_operating_income_from_continuing_operations_is_the_operating_income() -> None:
    """'Operating Income From Continuing Operations' is OperatingIncomeLoss (synonyms.csv): its
    words 'from continuing operations' gave it the income of continuing operations after taxes."""
    line = mapping.LineQuery("is", "Operating Income From Continuing Operations")
    assert ranker.choose(line).concept == "OperatingIncomeLoss"


def test_what_an_item_mostly_is_narrows_nothing() -> None:
    """'Land, primarily disposal sites' is land (synonyms.csv clutter): the qualifier's words made
    it a company extension concept."""
    line = mapping.LineQuery("bs", "Land, primarily disposal sites", zone=frozenset({"noncurrent"}))
    assert ranker.choose(line).concept in {"Land", "LandAndLandImprovements"}



def test_a_line_not_saying_amortization_takes_no_amortization_concept() -> None:
    """Amortization and depreciation narrow a concept's kind (structure.csv word unsaid): 'Fuel and
    Purchased Power' counts it against AmortizationOfIntangibleAssets, which it took on the one word
    'purchased' (an issuer's 'Amortization of purchased intangible assets'), and 'Cost of services
    sold' against CostOfGoodsAndServicesSoldDepreciation; a label saying the word does not."""
    from exporter.map import features
    from exporter.map.labels import tokens

    idx = mapping.index()

    def unsaid(label: str, concept: str) -> bool:
        line = mapping.LineQuery("is", label)
        return "other_unsaid" in features.direction(concept, frozenset(tokens(label)), line, idx)

    assert unsaid("Fuel and Purchased Power", "AmortizationOfIntangibleAssets")
    assert unsaid("Cost of services sold", "CostOfGoodsAndServicesSoldDepreciation")
    assert not unsaid("Amortization of purchased intangible assets", "AmortizationOfIntangibleAssets")
    assert not unsaid("Depreciation and amortization", "DepreciationDepletionAndAmortization")


def test_sundry_and_miscellaneous_are_other() -> None:
    """'Sundry Income, Net' is other nonoperating income and 'Miscellaneous receivables' other
    receivables (synonyms.csv): the first took net investment income."""
    sundry = mapping.LineQuery("is", "Sundry income, net", zone=frozenset({"nonoperating"}))
    assert ranker.choose(sundry).concept in {"OtherNonoperatingIncomeExpense", "OtherNonoperatingIncome"}
    misc = mapping.LineQuery("bs", "Miscellaneous receivables", zone=frozenset({"current assets"}))
    assert ranker.choose(misc).concept in {"OtherReceivablesNetCurrent", "OtherReceivables"}


@pytest.mark.parametrize("label", ["Income taxes (paid) refunded", "Income taxes paid (refunded)",
                                   "Income taxes refunded (paid)"])
def test_taxes_paid_or_refunded_either_way_are_the_net(label: str) -> None:
    """Taxes paid and refunded either way, the sign in parentheses, are the net of both
    (synonyms.csv): 'Income taxes (paid) refunded' took the refunds alone."""
    line = mapping.LineQuery("cf", label, zone=frozenset({"operating"}))
    assert ranker.choose(line).concept == "IncomeTaxesPaidNet"
