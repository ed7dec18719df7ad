"""Old plain-text filings: column headings stacked over many lines (issue 10), from small
synthetic snippets. None needs ../shared.
"""

from __future__ import annotations

from tests.text_snippet import extract_snippet

IS_WEEKS_STACKED_UNTAGGED = """\
    SNIPPET STORES CO.
    CONSOLIDATED INCOME

                                          For the 13         For the 26
                                          Weeks Ended        Weeks Ended
                                        July 3, 2004 and   July 3, 2004 and
                                         June 28, 2003      June 28, 2003
    (millions, except earnings per
     common share)                       2004     2003      2004      2003

    REVENUES
     Merchandise sales and services     $8,700  $ 8,851   $16,403   $16,325
     Credit revenues                        81    1,345       172     2,751
              Total revenues             8,781   10,196    16,575    19,076

    COSTS AND EXPENSES
     Cost of sales                       6,282    6,402    11,903    11,876
     Selling and administrative          2,446    3,305     4,660     6,402
              Total costs and expenses   8,728    9,707    16,563    18,278

    Net income                              53      489        12       798

"""


def test_a_column_heading_stacked_over_many_lines_keeps_its_top_lines() -> None:
    ex = extract_snippet(IS_WEEKS_STACKED_UNTAGGED, form="10-Q", fye="0101")
    inc = [s for s in ex.statements if s.code == "is"]
    assert inc, [s.code for s in ex.statements]
    assert [p.key() if p else None for p in inc[0].periods] == [
        "2004-04-04/2004-07-03", "2003-03-30/2003-06-28", "2004-01-04/2004-07-03", "2002-12-29/2003-06-28"]
    revenue = {f.period.key(): int(f.value) for f in inc[0].facts if f.label == "Total revenues"}
    assert revenue["2004-04-04/2004-07-03"] == 8_781_000_000
    assert revenue["2004-01-04/2004-07-03"] == 16_575_000_000
    assert not any("gives" in w and "dropped" in w for w in ex.warnings), ex.warnings
