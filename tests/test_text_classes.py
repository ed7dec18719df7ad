"""Old plain-text filings, one layout class per test, each from a small synthetic snippet.

Each snippet reproduces a way real 1993-2008 EDGAR text filings print their statements (issue 10's
failure classes); none needs ../shared.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from exporter.read.documents import guess_kind, parse_filing
from exporter.understand.extract import extract
from exporter.understand.extraction import Extraction
from exporter.understand.periods import Period, parse_column


def _extract(text: str) -> Extraction:
    return extract(parse_filing(text, Path("snippet.txt")))


def _values(ex: Extraction, code: str) -> dict[tuple[str, str], int]:
    return {(f.label, f.period.key()): int(f.value) for s in ex.statements if s.code == code for f in s.facts}


BS_LABEL_DATES = """\
                          CONSOLIDATED BALANCE SHEETS
                             (DOLLARS IN MILLIONS)
<TABLE>
<CAPTION>
SEPTEMBER 26, 1997 AND SEPTEMBER 27, 1996                              1997       1996
- ---------------------------------------------------------------   ---------  ---------
<S>                                                                 <C>        <C>
Cash and cash equivalents.........................................  $   1,230  $   1,552
Accounts receivable...............................................      1,035      1,496
Inventories.......................................................        437        662
                                                                    ---------  ---------
    Total current assets..........................................      2,702      3,710
Accounts payable..................................................        685        791
Shareholders' equity..............................................      2,017      2,919
                                                                    ---------  ---------
    Total liabilities and shareholders' equity....................  $   2,702  $   3,710
</TABLE>
"""


def test_dates_in_the_label_column_of_the_year_row() -> None:
    """Class 2: `SEPTEMBER 26, 1997 AND SEPTEMBER 27, 1996   1997  1996` dates both columns, each
    with its own day (a 52/53-week year)."""
    ex = _extract(BS_LABEL_DATES)
    st = ex.statements[0]
    assert st.code == "bs"
    assert st.periods == [Period(date(1997, 9, 26)), Period(date(1996, 9, 27))]
    assert st.scale.money == 6
    assert _values(ex, "bs")[("Inventories", "1996-09-27")] == 662_000_000


IS_52_53 = """\
                     CONSOLIDATED STATEMENTS OF OPERATIONS
                (DOLLARS IN MILLIONS, EXCEPT PER SHARE AMOUNTS)
<TABLE>
<CAPTION>
THREE FISCAL YEARS ENDED SEPTEMBER 26, 1997                        1997       1996       1995
- --------------------------------------------------------------  ---------  ---------  ---------
<S>                                                               <C>        <C>        <C>
Net sales.......................................................  $   7,081  $   9,833  $  11,062
Cost of sales...................................................      5,713      8,865      8,204
                                                                  ---------  ---------  ---------
Gross margin....................................................      1,368        968      2,858
Operating expenses..............................................      2,413      1,784      2,390
                                                                  ---------  ---------  ---------
Net income (loss)...............................................  $  (1,045) $    (816) $     468
</TABLE>
"""


def test_52_53_week_years_from_the_title_and_other_dates() -> None:
    """Class 9: the title dates one year; the balance sheet's dates fix the others (1996-09-27); a
    year with no printed date ends on the same weekday nearest the same day (1995-09-29)."""
    ex = _extract(BS_LABEL_DATES + "\n" + IS_52_53)
    st = next(s for s in ex.statements if s.code == "is")
    assert [p.end for p in st.periods] == [date(1997, 9, 26), date(1996, 9, 27), date(1995, 9, 29)]
    assert st.periods[0].start == date(1996, 9, 28)
    assert st.periods[1].start == date(1995, 9, 30)


def test_month_only_headings_are_month_ends() -> None:
    """Class 8: "3 Months Ended December" over "2004" is the month's last day, not day 20."""
    col = parse_column("3 Months Ended December 2004")
    assert col.end == date(2004, 12, 31) and col.months == 3
    assert parse_column("Year Ended June 2001").end == date(2001, 6, 30)
    assert parse_column("December 31, 2004").end == date(2004, 12, 31)


def test_indented_lower_case_column_markers_are_text() -> None:
    """An EDGAR text table with ` <s>  <c>` markers (indented, lower case) is not HTML."""
    assert guess_kind("<TABLE>\n Title\n <s>      <c>\n Cash      1\n</TABLE>\n") == "text"
    assert guess_kind("<table><tr><td>Cash</td><td>1</td></tr></table>") == "html"


BS_SPLIT = """\
                              APPLE-LIKE CORP.
                   CONDENSED CONSOLIDATED BALANCE SHEETS (Unaudited)
                     (in millions, except share amounts)
<TABLE>
<CAPTION>
                                                     March 27,    September 25,
                                                       1999           1998
                                                    ----------    ------------
<S>                                                 <C>           <C>
ASSETS
Cash and cash equivalents                             $ 1,358        $ 1,481
Short-term investments                                  1,087            819
Accounts receivable                                       818            955
                                                    ----------    ------------
     Total current assets                               3,263          3,255
Other assets                                              623            634
                                                    ----------    ------------
     Total assets                                     $ 3,886        $ 3,889
                                                    ==========    ============
</TABLE>

<PAGE>
<TABLE>
<CAPTION>
LIABILITIES AND SHAREHOLDERS' EQUITY
<S>                                                 <C>           <C>
Accounts payable                                      $   807        $   719
Accrued expenses                                          759            801
                                                    ----------    ------------
     Total current liabilities                          1,566          1,520
Long-term debt                                            953            954
Shareholders' equity                                    1,367          1,415
                                                    ----------    ------------
     Total liabilities and shareholders' equity       $ 3,886        $ 3,889
                                                    ==========    ============
</TABLE>
"""


def test_balance_sheet_continued_in_the_next_table() -> None:
    """Class 4: assets in one <TABLE>, liabilities and equity in the next with no date heading:
    one statement, both parts exported."""
    ex = _extract(BS_SPLIT)
    bs = [s for s in ex.statements if s.code == "bs"]
    assert len(bs) == 1
    vals = _values(ex, "bs")
    assert vals[("Total current assets", "1999-03-27")] == 3_263_000_000
    assert vals[("Accounts payable", "1998-09-25")] == 719_000_000
    assert "continued in table 2" in bs[0].reason


IS_Q = """\
                                 APPLE-LIKE CORP.
             CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (Unaudited)
<TABLE>
<CAPTION>
                                     Three Months Ended        Six Months Ended
                                   March 27,    March 27,    March 27,   March 27,
                                     1999         1998         1999        1998
<S>                                 <C>          <C>          <C>         <C>
Net sales                           $ 1,530      $ 1,405      $ 3,240     $ 2,983
Cost of sales                         1,115        1,062        2,355       2,281
                                    -------      -------      -------     -------
Gross margin                            415          343          885         702
Net income                              135           55          287         102
</TABLE>
"""


def test_prior_fiscal_year_end_follows_a_printed_one_by_whole_weeks() -> None:
    """Class 9/10: the header says the fiscal year ends 0930, but the balance sheet prints a
    Friday (1998-09-25): the year before ended 52 weeks earlier (1997-09-26), not on 09-30."""
    header = "<SEC-HEADER>\nCONFORMED SUBMISSION TYPE:\t10-Q\nFISCAL YEAR END:\t\t0930\n</SEC-HEADER>\n"
    ex = _extract(header + IS_Q + "\n" + BS_SPLIT)
    is_ = next(s for s in ex.statements if s.code == "is")
    assert [p.key() for p in is_.periods] == [
        "1998-12-27/1999-03-27", "1997-12-27/1998-03-27", "1998-09-26/1999-03-27", "1997-09-27/1998-03-27"]


RELEASE_MIXED = """\
HRZB-LIKE BANCORP Reports Fourth Quarter Profits
April 24, 2008
Page 4

<TABLE>

 CONSOLIDATED STATEMENTS OF INCOME       Quarter         Quarter
 (unaudited)(in 000s, except              Ended           Ended
 share data)                          Mar 31, 2008    Mar 31, 2007
 ------------------------------------------------------------------
 <s>                                   <c>             <c>
   Interest on loans                   $    22,637     $   23,160
   Interest on securities                      906            965
                                       -----------     ----------
     Total interest income                  23,543         24,125
   Interest on deposits                      9,215          9,012
                                       -----------     ----------
     Net interest income                    14,328         15,113
     Net income                              3,120          4,208
</TABLE>
                                                     (more)

<PAGE>

HRZB-LIKE BANCORP Reports Fourth Quarter Profits
April 24, 2008
Page 5


CONSOLIDATED STATEMENTS OF INCOME     Twelve Months             Twelve Months
                                         Ended                     Ended
 (unaudited)                            March 31,                 March 31,
 (in 000s, except per share data)         2008        Change        2007
 ----------------------------------------------------------------------------
 Interest income:
   Interest on loans                 $    96,320        9%     $    88,589
   Interest on securities                  3,923       -2%           4,011
                                     -----------               -----------
     Total interest income               100,243        8%          92,600
   Interest on deposits                   38,073       18%          32,251
                                     -----------               -----------
     Net interest income                  62,170        4%          60,349
     Net income                           17,015       -6%          18,101
"""


def test_a_statement_printed_as_bare_text_after_a_tagged_one() -> None:
    """Untagged and <TABLE> text in one document; the title and scale sit in the label column of
    the heading; a dateline ("April 24, 2008") and "Page 5" are not rows; "2008 Change 2007" is
    the year row, and the percent column is no period."""
    ex = _extract(RELEASE_MIXED)
    is_ = [s for s in ex.statements if s.code == "is"]
    assert len(is_) == 2
    year = is_[1]
    assert [p.key() if p else None for p in year.periods] == ["2007-04-01/2008-03-31", None, "2006-04-01/2007-03-31"]
    assert year.scale.money == 3
    vals = _values(ex, "is")
    assert vals[("Interest on loans", "2007-04-01/2008-03-31")] == 96_320_000
    assert vals[("Interest on loans", "2008-01-01/2008-03-31")] == 22_637_000
    assert not any(f.value in (24, 5) for s in ex.statements for f in s.facts)


BS_BARE_TWO_PARTS = """\
<TABLE>
Net loss                                 (1,000)      (2,000)
</TABLE>

         EXAMPLE HOLDINGS, LTD. CONSOLIDATED BALANCE SHEETS
                                 (IN THOUSANDS)

UNAUDITED                                            JULY 31,     JULY 31
                                                       2000        2000
                                                     -------      -------
         Cash and cash equivalents                      8,973      25,558
         Accounts receivable, net                      13,895      16,193
         Other receivables                              2,049       4,710
Total current assets                                   24,917      46,461
Other assets                                            2,160       2,454
Total assets                                          $27,077    $ 48,915



                      LIABILITIES AND STOCKHOLDERS' EQUITY

                                                 JULY 31,   JULY 31,

(IN THOUSANDS)-UNAUDITED                           2000        2000
                                                   ----        ----
Accounts payable                                     8,268      11,859
Accrued and other current liabilities               19,054      23,575
Total liabilities                                   27,322      35,434
         Common stock par value $.01, 40,000
         shares authorized 38,575 and 33,387
         shares issued at July 31, 2000
         and January 31, 2000, respectively,
         37,199 and 32,011 shares outstanding
         at July 31, 2000 and January 31
         2000, respectively                            372         320
         Accumulated deficit                         (617)     13,161
         Total stockholders' equity                  (245)     13,481
         Total liabilities and stockholders'
         equity                                   $27,077    $ 48,915
"""


def test_bare_balance_sheet_re_headed_for_liabilities_with_a_repeated_date() -> None:
    """Class 4 in untagged text: the liabilities part has its own date heading (a new table part,
    joined to the assets); a label wrapped over six lines stays in the statement; a date printed
    twice over different values is the fiscal year end before it (header FYE 0131)."""
    header = "<SEC-HEADER>\nCONFORMED SUBMISSION TYPE:\t8-K\nFISCAL YEAR END:\t\t0131\n</SEC-HEADER>\n"
    ex = _extract(header + BS_BARE_TWO_PARTS)
    bs = [s for s in ex.statements if s.code == "bs"]
    assert len(bs) == 1
    assert bs[0].periods == [Period(date(2000, 7, 31)), Period(date(2000, 1, 31))]
    vals = _values(ex, "bs")
    assert vals[("Accounts receivable, net", "2000-01-31")] == 16_193_000
    assert vals[("Accounts payable", "2000-07-31")] == 8_268_000
    assert vals[("Total stockholders' equity", "2000-01-31")] == 13_481_000
    assert any("repeats the date" in w for w in ex.warnings)


CF_SECTORS = """\
                    Example Motor Company and Subsidiaries
                  CONSOLIDATED STATEMENT OF CASH FLOWS
             For the Years Ended December 31, 1993 and 1992
                             (in millions)
                                     1993                      1992
                              ------------------------  ------------------------
                                            Financial                 Financial
                              Automotive    Services    Automotive    Services
                              ----------    ---------   ----------    ---------
Cash and cash equivalents at
 January 1                     $  3,504     $  3,182     $  2,555     $  4,958
Cash flows from operating
 activities                       7,145        5,753        5,762        3,341
Capital expenditures             (5,697)        (100)      (5,723)         (93)
Net cash used in investing
 activities                      (4,470)     (19,048)      (5,973)      (6,838)
Cash and cash equivalents at
 December 31                   $  5,667     $  2,555     $  3,504     $  3,182
"""

IS_SPANNING = """\
                  Example Motor Company and Subsidiaries
                    CONSOLIDATED STATEMENT OF INCOME
           For the Years Ended December 31, 1993, 1992 and 1991
                             (in millions)
                                         1993       1992       1991
                                       --------   --------   --------
Sales                                  $ 91,568   $ 84,407   $ 72,051
Costs of sales                           83,384     79,523     69,347
Operating income                          3,391        123     (2,186)
Provision for income taxes                1,350        295       (395)
Net income/(loss)                      $  2,529   $   (502)  $ (2,258)
"""


def test_title_printed_across_the_columns_and_entity_columns() -> None:
    """A title centred over the columns of an untagged table is the table's title, not part of
    each column header ("December 31, 1993" must not date the 1992 column); class 5: columns per
    business for one year (Automotive / Financial Services) are not consolidated facts."""
    ex = _extract(IS_SPANNING + "\n\n" + CF_SECTORS)
    is_ = next(s for s in ex.statements if s.code == "is")
    assert [p.key() for p in is_.periods] == ["1993-01-01/1993-12-31", "1992-01-01/1992-12-31",
                                              "1991-01-01/1991-12-31"]
    assert _values(ex, "is")[("Net income/(loss)", "1992-01-01/1992-12-31")] == -502_000_000
    assert not any(f.statement == "cf" for f in ex.facts)
    assert any("entity columns" in w for w in ex.warnings)
    # class 12: the day in a wrapped label ("at\n January 1") is not a value column
    cf = next(s for s in ex.statements if s.code == "cf")
    assert cf.table.ncols == 4


def test_52_53_week_title_dates_by_position() -> None:
    """Class 9: "AS OF JANUARY 1, 2005 AND JANUARY 3, 2004" over ``2004  2003``: each column takes
    the title's date in its position (fiscal 2004 ends January 1, 2005)."""
    from exporter.understand.periods import dates_by_position

    heads = dates_by_position(["2004", "2003"], ["BALANCE SHEETS", "AS OF JANUARY 1, 2005 AND JANUARY 3, 2004"])
    assert [parse_column(h).end for h in heads] == [date(2005, 1, 1), date(2004, 1, 3)]
    assert dates_by_position(["2004", "2003"], ["BALANCE SHEETS"]) == ["2004", "2003"]
