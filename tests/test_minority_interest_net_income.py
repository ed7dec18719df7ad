"""Before 2009 a "Minority interest in net income of subsidiaries" line was deducted before net
income: the "Net income" it leads to is the parent's share (NetIncomeLoss) itself, its printed parts
being the income including the minority's and the minority's share. With no noncontrolling interest
worded as such, the parent's share stood for the whole total in the ranker's arithmetic, and "Net
income" became the income available to common stockholders (taxonomy_map/industry.csv, nci share).
A synthetic snippet; needs no ../shared.
"""

from __future__ import annotations

from tests.text_snippet import extract_snippet, two_year_caption

INCOME = two_year_caption("CONSOLIDATED STATEMENTS OF OPERATIONS", "Year Ended December 31,", ("2001", "2000")) + """\
Revenues                                                     9,000        8,000
Costs and expenses                                           7,000        6,500
                                                          --------     --------
Income before income taxes and minority interest             2,000        1,500
Provision for income taxes                                     800          600
                                                          --------     --------
Income before minority interest                              1,200          900
Minority interest in net income of subsidiaries               (200)        (100)
                                                          --------     --------
Net income                                                   1,000          800
                                                          ========     ========
</TABLE>
"""


def test_net_income_after_the_minority_interest_is_the_parents() -> None:
    ex = extract_snippet(INCOME)
    got = {f.label: f.concept for s in ex.statements if s.code == "is" for f in s.facts}
    assert got["Net income"] == "NetIncomeLoss"
    assert got["Minority interest in net income of subsidiaries"] == "NetIncomeLossAttributableToNoncontrollingInterest"
