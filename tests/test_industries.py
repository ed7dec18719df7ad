"""Industries told apart by their statements' own wording (issue 11): a bank's lines take a bank's
concepts, an insurer's an insurer's (taxonomy_map/industry.csv; ranker features industry_concept and
industry_own). Synthetic snippets; none needs ../shared."""

from __future__ import annotations

from exporter.map import mapping
from exporter.understand.extraction import Extraction
from tests.text_snippet import extract_snippet

BANK_BS = """\
                           CONSOLIDATED BALANCE SHEETS
                                 (In thousands)
<TABLE>
<CAPTION>
                                                    December 31,  December 31,
                                                       2004          2003
<S>                                                 <C>           <C>
Assets:
Cash and due from banks                              30,000        28,000
Securities available for sale                        80,000        75,000
Loans, net of allowance for loan losses             700,000       650,000
Premises and equipment, net                          15,000        14,000
Other assets                                          5,000         4,000
                                                   --------      --------
     Total assets                                   830,000       771,000
                                                   ========      ========
Liabilities and stockholders' equity:
Deposits                                            600,000       560,000
Other borrowed funds                                 90,000        80,000
Other liabilities                                    10,000         9,000
                                                   --------      --------
     Total liabilities                              700,000       649,000
Common stock                                         10,000        10,000
Retained earnings                                   120,000       112,000
                                                   --------      --------
     Total stockholders' equity                     130,000       122,000
                                                   --------      --------
     Total liabilities and stockholders' equity     830,000       771,000
                                                   ========      ========
</TABLE>
"""
INSURER_BS = """\
                           CONSOLIDATED BALANCE SHEETS
                                 (In thousands)
<TABLE>
<CAPTION>
                                                    December 31,  December 31,
                                                       2004          2003
<S>                                                 <C>           <C>
Assets:
Fixed maturities available for sale                 500,000       450,000
Cash                                                 20,000        18,000
Premiums receivable                                  40,000        35,000
Deferred policy acquisition costs                    30,000        28,000
Other assets                                         10,000        10,000
                                                   --------      --------
     Total assets                                   600,000       541,000
                                                   ========      ========
Liabilities and stockholders' equity:
Future policy benefits                              250,000       230,000
Losses and loss adjustment expenses                 120,000       110,000
Unearned premiums                                    60,000        55,000
Other policyholder funds                             20,000        18,000
Other liabilities                                    10,000         9,000
                                                   --------      --------
     Total liabilities                              460,000       422,000
Common stock                                         10,000        10,000
Retained earnings                                   130,000       109,000
                                                   --------      --------
     Total stockholders' equity                     140,000       119,000
                                                   --------      --------
     Total liabilities and stockholders' equity     600,000       541,000
                                                   ========      ========
</TABLE>
"""
INSURER_IS = """\
                      CONSOLIDATED STATEMENTS OF INCOME
                                 (In thousands)
<TABLE>
<CAPTION>
                                                     Year Ended December 31,
                                                       2004          2003
<S>                                                 <C>           <C>
Revenues:
   Premiums earned                                  300,000       280,000
   Net investment income                             40,000        38,000
   Realized investment gains                          5,000         2,000
   Other income                                       3,000         2,500
                                                   --------      --------
     Total revenues                                 348,000       322,500
Losses and expenses:
   Losses and loss adjustment expenses              200,000       190,000
   Policy acquisition costs                          60,000        55,000
   Other operating expenses                          20,000        19,000
   Interest expense                                   4,000         4,000
                                                   --------      --------
     Total losses and expenses                      284,000       268,000
                                                   --------      --------
Income before income taxes                           64,000        54,500
Income taxes                                         20,000        17,000
                                                   --------      --------
Net income                                           44,000        37,500
                                                   ========      ========
</TABLE>
"""


def _concepts(ex: Extraction, code: str) -> dict[str, str]:
    """label -> concept for the statement of ``code``."""
    out: dict[str, str] = {}
    for s in ex.statements:
        if s.code == code:
            for f in s.facts:
                out.setdefault(f.label, f.concept or "")
    return out


def test_a_statement_reads_as_the_industry_its_wording_shows() -> None:
    """A bank's balance sheet (loans net of the allowance for loan losses, due from banks) reads as a
    bank's, an insurer's (unearned premiums, future policy benefits) as an insurer's; a plain
    company's security "Deposits" make no bank."""
    labels = {name: [line.strip().split("  ")[0] for line in text.splitlines()]
              for name, text in (("bank", BANK_BS), ("insurance", INSURER_BS), ("is", INSURER_IS))}
    assert mapping.industries(labels["bank"]) == {"bank"}
    assert mapping.industries(labels["insurance"]) == {"insurance"}
    assert mapping.industries(labels["is"]) == {"insurance"}
    assert not mapping.industries(["Cash", "Deposits", "Accounts payable", "Accrued liabilities", "Total assets"])
    # each line on its own: a line ending ", net" over "Interest income" is no "net interest income"
    assert not mapping.industries(["Service revenue, net", "Interest income", "Other income"])
    # a mortgage lender's wording reads as a bank's (it presents with bank concepts)
    assert mapping.industries(["Gain on sale of loans, net", "Loan servicing income, net"]) == {"bank"}


def test_a_banks_borrowed_funds_are_no_insurers_policyholder_funds() -> None:
    """'Other borrowed funds' on a bank's balance sheet is the bank's borrowings, not an insurer's
    OtherPolicyholderFunds (the word 'funds' alone); 'Deposits' stays the bank's Deposits."""
    got = _concepts(extract_snippet(BANK_BS), "bs")
    assert mapping.concept_industry(got["Other borrowed funds"]) != "insurance"
    assert "Borrow" in got["Other borrowed funds"]
    assert got["Deposits"] == "Deposits"


def test_an_insurers_lines_keep_an_insurers_concepts() -> None:
    """An insurer's balance sheet reads as an insurer's: its insurer lines keep the insurer's
    concepts (now marked as an industry's, they lose them only in another industry's statement)."""
    bs = _concepts(extract_snippet(INSURER_BS), "bs")
    assert bs["Unearned premiums"] == "UnearnedPremiums"
    assert bs["Losses and loss adjustment expenses"] == "LiabilityForClaimsAndClaimsAdjustmentExpense"
    assert bs["Other policyholder funds"] == "OtherPolicyholderFunds"


def test_an_insurers_fixed_maturities_are_debt_securities() -> None:
    """An insurer's 'Fixed maturities available for sale' are its available-for-sale debt securities,
    not fixed assets (the word 'fixed' of property, plant and equipment)."""
    from exporter.map.labels import tokens

    assert tokens("Fixed maturity securities, at fair value") == tokens("Debt securities, at fair value")
    bs = _concepts(extract_snippet(INSURER_BS), "bs")
    assert bs["Fixed maturities available for sale"].startswith("AvailableForSale")
