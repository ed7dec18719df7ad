"""Old plain-text filings: what a line's numbers count, from small synthetic snippets (issue 10).

A share count is named by its wording ("average number of shares ... outstanding"), or by the
heading it sits under ("Weighted average shares outstanding:"), even when the label names a class
of stock; shares bought or sold for money ("Proceeds from sale of XYZ shares") are money. None
needs ../shared.
"""

from __future__ import annotations

from exporter.understand.extraction import Extraction
from tests.text_snippet import extract_snippet


def _extract(body: str) -> Extraction:
    return extract_snippet(body + "</TABLE>\n")


def _units(ex: Extraction) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for st in ex.statements:
        for f in st.facts:
            out.setdefault(f.label, set()).add(f.unit)
    return out


IS_AVERAGE_SHARES_OF_CLASSES = """\
                        SNIPPET MOTORS INC
                 CONSOLIDATED STATEMENT OF INCOME
          For the Years Ended December 31, 1993 and 1992
             (in millions, except amounts per share)
<TABLE>
<CAPTION>
                                                          1993        1992
                                                          ----        ----
<S>                                                     <C>         <C>
Sales                                                   $ 9,400     $ 8,300
Costs and expenses                                        8,100       7,600
                                                        -------     -------
Net income                                              $ 1,300     $   700
                                                        =======     =======
Average number of shares of Common and Class B
  Stock outstanding                                         493         486
Income per share of Common and Class B Stock            $  2.64     $  1.44
"""


def test_average_number_of_shares_of_a_class_of_stock_is_a_share_count() -> None:
    units = _units(_extract(IS_AVERAGE_SHARES_OF_CLASSES))
    counts = [u for label, u in units.items() if label.lower().startswith("average number of shares")]
    assert counts == [{"shares"}], units
    assert units["Net income"] == {"USD"}


IS_EQUIVALENTS_UNDER_A_SHARES_HEADING = """\
                        SNIPPET BANCORP
                 CONSOLIDATED STATEMENT OF INCOME
            (in thousands, except per share data)
<TABLE>
<CAPTION>
                                                     Quarter Ended
                                               March 31,     March 31,
                                                 2008          2007
                                               --------      --------
<S>                                           <C>           <C>
Interest income                               $  23,543     $  24,125
Interest expense                                 11,000        12,000
                                               --------      --------
Net Income                                    $  12,543     $  12,125
                                               ========      ========
Earnings per share:
  Basic earnings per share                    $    1.05     $    0.99
  Diluted earnings per share                  $    1.04     $    0.98

Weighted average shares
 outstanding:
  Basic                                       11,943,021    12,258,580
  Common stock equivalents                        81,437       121,981
                                               ---------     ---------
  Diluted                                     12,024,458    12,380,561
                                               =========     =========
"""


def test_a_stock_line_under_a_share_count_heading_is_a_share_count() -> None:
    units = _units(_extract(IS_EQUIVALENTS_UNDER_A_SHARES_HEADING))
    equivalents = [u for label, u in units.items() if "equivalents" in label.lower()]
    assert equivalents == [{"shares"}], units
    assert all(u == {"shares"} for label, u in units.items() if label.lower().startswith(("basic", "diluted"))
               and "per share" not in label.lower()), units


CF_SALE_OF_SHARES = """\
                        SNIPPET COMPUTER INC
              CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS
                          (In millions)
<TABLE>
<CAPTION>
                                                         Six Months Ended
                                                    March 27,       March 27,
                                                      1999            1998
                                                    ---------       ---------
<S>                                                 <C>             <C>
Cash and cash equivalents, beginning of the period    $1,481          $1,230
Operating:
  Net income (loss)                                      213             (46)
  Gain on sale of XYZ shares                             (87)              -
                                                    ---------       ---------
  Cash generated by operating activities                 126             (46)
Investing:
  Proceeds from sale of XYZ shares                        96               -
  Purchases of property, plant and equipment             (20)            (24)
                                                    ---------       ---------
  Cash generated (used) by investing activities           76             (24)
                                                    ---------       ---------
Cash and cash equivalents, end of the period          $1,683          $1,160
                                                    =========       =========
"""


def test_shares_sold_for_money_in_a_cash_flow_statement_are_money() -> None:
    units = _units(_extract(CF_SALE_OF_SHARES))
    assert units["Gain on sale of XYZ shares"] == {"USD"}, units
    assert units["Proceeds from sale of XYZ shares"] == {"USD"}, units
