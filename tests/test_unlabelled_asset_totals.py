"""A balance sheet whose property block prints its gross amount and its net amount unlabelled, each
under a rule ("Furniture ... / Leasehold improvements / ------ / 18,001 / Less accumulated
depreciation / ------ / 13,941"), then more assets, then the assets' total unlabelled too: only the
unlabelled total that the claims follow ("CURRENT LIABILITIES:") closes the assets (issue 10,
class 'two unlabelled totals in one statement'). The net amount closed them, and the assets' total
was exported as a company concept "Total" under the liabilities. A synthetic snippet; needs no
../shared.
"""

from __future__ import annotations

from tests.text_snippet import extract_snippet, two_year_caption

BALANCE_SHEET = two_year_caption("CONSOLIDATED BALANCE SHEETS", "", ("2000", "1999")).replace(
    "2000         1999", "Dec. 30,     Apr. 1,\n" + " " * 60 + "2000         2000") + """\
CURRENT ASSETS:
  Cash and cash equivalents                                  5,701       10,969
  Inventories                                                2,365        1,191
                                                          --------     --------
    Total current assets                                     8,066       12,160
PROPERTY, EQUIPMENT AND IMPROVEMENTS:
  Furniture, fixtures and equipment                          7,906        7,153
  Leasehold improvements                                    10,095        7,605
                                                          --------     --------
                                                            18,001       14,758
  Less accumulated depreciation and amortization            (4,060)      (1,700)
                                                          --------     --------
                                                            13,941       13,058
  Construction in progress                                     907        2,845
                                                          --------     --------
    Net property, equipment and improvements                14,848       15,903
OTHER ASSETS                                                 1,635        1,469
                                                          --------     --------
                                                            24,549       29,532
                                                          ========     ========
CURRENT LIABILITIES:
  Accounts payable                                           8,429        1,864
                                                          --------     --------
    Total current liabilities                                8,429        1,864
SHAREHOLDERS' EQUITY:
  Common stock                                              24,420       73,413
  Accumulated deficit                                       (8,300)     (45,745)
                                                          --------     --------
    Total shareholders' equity                              16,120       27,668
                                                          --------     --------
                                                            24,549       29,532
                                                          ========     ========
</TABLE>
"""


def test_only_the_total_the_claims_follow_closes_the_assets() -> None:
    ex = extract_snippet(BALANCE_SHEET)
    st = next(s for s in ex.statements if s.code == "bs")
    got = {(f.concept, f.period.key()): int(f.value) for f in st.facts}
    assert got[("Assets", "2000-12-30")] == 24_549_000
    assert got[("LiabilitiesAndStockholdersEquity", "2000-12-30")] == 24_549_000
    assert got[("PropertyPlantAndEquipmentNet", "2000-12-30")] == 14_848_000
    assert "Total" not in {f.concept for f in st.facts}
    by_row = {ln.row.label: ln for ln in st.lines}
    assert "liabilities" not in by_row["OTHER ASSETS"].zone  # still an asset
    assert not [f for f in ex.findings if f.severity == "error"]
