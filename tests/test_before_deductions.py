"""Equity closed twice: "Total stockholders' equity" over the stock, capital and retained earnings,
the treasury stock deducted, then "Total stockholders' equity" again. The first is the amount before
the deduction (StockholdersEquityBeforeTreasuryStock), the second the equity (StockholdersEquity);
the first took StockholdersEquity and the second equity including noncontrolling interests, which
the balance sheet does not print (issue 10, mapping a line from the printed sums; generic_lines.csv
before_deduction). A synthetic snippet; needs no ../shared.
"""

from __future__ import annotations

from tests.text_snippet import extract_snippet, two_year_caption

BALANCE_SHEET = two_year_caption("CONSOLIDATED BALANCE SHEETS", "December 31,", ("1992", "1991")) + """\
Cash                                                        80,000       70,000
                                                          --------     --------
Total assets                                                80,000       70,000
                                                          ========     ========
Accounts payable                                             7,710        4,362
Stockholders' equity:
  Common stock                                              10,000       10,000
  Additional paid-in capital                                40,000       40,000
  Retained earnings                                         22,505       15,853
                                                          --------     --------
Total stockholders' equity                                  72,505       65,853
Treasury stock, 64,677 shares at cost                         (215)        (215)
                                                          --------     --------
Total stockholders' equity                                  72,290       65,638
                                                          --------     --------
Total liabilities and stockholders' equity                  80,000       70,000
                                                          ========     ========
</TABLE>
"""


def test_the_equity_total_before_the_treasury_stock_is_the_amount_before_it() -> None:
    ex = extract_snippet(BALANCE_SHEET)
    st = next(s for s in ex.statements if s.code == "bs")
    got = {(f.concept, f.period.key()): int(f.value) for f in st.facts}
    assert got[("StockholdersEquityBeforeTreasuryStock", "1992-12-31")] == 72_505_000
    assert got[("StockholdersEquity", "1992-12-31")] == 72_290_000
    assert not any(c.startswith("StockholdersEquityIncluding") for c, _ in got)
    assert not [f for f in ex.findings if f.severity == "error"]


def test_one_equity_total_keeps_its_concept() -> None:
    one = BALANCE_SHEET.replace("Total stockholders' equity                                  72,505       65,853\n", "")
    one = one.replace("  Retained earnings                                         22,505       15,853\n"
                      "                                                          --------     --------\n",
                      "  Retained earnings                                         22,505       15,853\n")
    ex = extract_snippet(one)
    concepts = {f.concept for s in ex.statements for f in s.facts}
    assert "StockholdersEquity" in concepts and "StockholdersEquityBeforeTreasuryStock" not in concepts


TWO_DEDUCTIONS = two_year_caption("CONSOLIDATED BALANCE SHEETS", "December 31,", ("1993", "1992")) + """\
Cash                                                        80,000       70,000
                                                          --------     --------
Total assets                                                80,000       70,000
                                                          ========     ========
Accounts payable                                             7,710        4,362
STOCKHOLDERS' EQUITY
  Common stock                                              10,000       10,000
  Additional paid-in capital                                40,000       40,000
  Retained earnings                                         22,505       15,853
                                                          --------     --------
                                                            72,505       65,853
Less--Treasury stock, at cost                                  200          190
      1988 Employee Stock Ownership Plan                        15           25
                                                          --------     --------
      Total Stockholders' Equity                            72,290       65,638
                                                          --------     --------
Total liabilities and stockholders' equity                  80,000       70,000
                                                          ========     ========
</TABLE>
"""


def test_an_unlabelled_equity_total_before_two_deductions_is_the_amount_before_them() -> None:
    """The unlabelled equity total, then the treasury stock and the shares an employee stock
    ownership plan holds deducted under 'Less--' (printed positive), then 'Total Stockholders'
    Equity': the first is the amount before the treasury stock, the second the equity, where the
    second took equity including noncontrolling interests (WMX 1993's layout)."""
    ex = extract_snippet(TWO_DEDUCTIONS)
    st = next(s for s in ex.statements if s.code == "bs")
    got = {(f.concept, f.period.key()): int(f.value) for f in st.facts}
    assert got[("StockholdersEquityBeforeTreasuryStock", "1993-12-31")] == 72_505_000
    assert got[("StockholdersEquity", "1993-12-31")] == 72_290_000
    assert not any(c.startswith("StockholdersEquityIncluding") for c, _ in got)
