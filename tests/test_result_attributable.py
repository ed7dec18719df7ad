"""A result said to be someone's ("Income/(loss) attributable to Common and Class B Stock after
Preferred Stock dividends", printed below the net income, the preferred dividends it deducts unprinted)
reads as a total (structure.csv label_start looks_total), so the concept summing the lines above it
is no longer held against it as a part summing its siblings (feature ``sums_siblings``): it is the
net income available to common stockholders, no longer a company extension concept (issue 11). A
part of the result said so ("Loss from discontinued operations attributable to ...") is not read
as a total. None needs ../shared."""

from __future__ import annotations

import pytest

from exporter.map import features, mapping
from exporter.map.mapping import LineQuery
from tests.text_snippet import extract_snippet

AFTER_PREFERRED = """\
                     CONSOLIDATED STATEMENT OF INCOME
          For the Years Ended December 31, 2001 and 2000 (in millions)

                                                       2001        2000
                                                    -------     -------
    Sales                                           $ 9,781     $10,196
    Costs and expenses                                8,692       9,694
                                                    -------     -------
    Income before income taxes                        1,089         502
    Provision for income taxes                          332         186
                                                    -------     -------
    Net income/(loss)                               $   757     $   316
                                                    =======     =======
    Income/(loss) attributable to Common and Class B
     Stock after Preferred Stock dividends          $   742     $   301

    Average number of shares of Common and Class B
     Stock outstanding                                1,820       1,483
"""


@pytest.mark.parametrize(("label", "total"), [
    ("Income/(loss) attributable to Common and Class B Stock after Preferred Stock dividends", True),
    ("Earnings available to common shareholders", True),
    ("Net income attributable to common stockholders", True),
    ("Loss from discontinued operations attributable to common shareowners", False),
    ("Income taxes", False),
])
def test_a_result_said_to_be_someones_reads_as_a_total(label: str, total: bool) -> None:
    idx = mapping.index()
    line = LineQuery("is", label, siblings=frozenset({"NetIncomeLoss", "Revenues",
                                                      "IncomeTaxExpenseBenefit"}))
    feats, _ = features.arithmetic("NetIncomeLossAvailableToCommonStockholdersBasic", line, idx)
    assert ("sums_siblings" not in feats) is total


def test_income_after_preferred_dividends_is_available_to_common() -> None:
    st = next(s for s in extract_snippet(AFTER_PREFERRED).statements if s.code == "is")
    got = {f.concept for f in st.facts if f.label.startswith("Income/(loss) attributable")}
    assert got == {"NetIncomeLossAvailableToCommonStockholdersBasic"}
