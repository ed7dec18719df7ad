"""Old plain-text filings: column headings stacked over many lines (issue 10), from small
synthetic snippets. None needs ../shared.
"""

from __future__ import annotations

from decimal import Decimal

from exporter.check.finding import Finding
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


TWO_STATEMENTS_ONE_FACT = """\
                        SNIPPET TOOLS INC
               CONSOLIDATED STATEMENTS OF INCOME
                        (In thousands)
<TABLE>
<CAPTION>
                                                   Year Ended December 31,
                                                   1998             1997
<S>                                               <C>              <C>
Net sales                                         $ 98,450         $ 91,230
Cost of sales                                        61,200           57,800
Selling, general and administrative expenses         28,550           26,430
                                                   -------          -------
Income before income taxes                            8,700            7,000
Income taxes                                          3,480            2,800
                                                   -------          -------
Net income                                        $   5,220        $   4,200
                                                   =======          =======
Depreciation and amortization                     $   1,960        $   1,750
</TABLE>

                 CONSOLIDATED STATEMENTS OF CASH FLOWS
                              (in thousands)
<TABLE>
<CAPTION>
                                                   Year Ended December 31,
                                                   1998             1997
<S>                                               <C>              <C>
Operating activities:
Net income                                        $   5,220        $   4,200
Depreciation and amortization                         1,900            1,750
                                                   -------          -------
Net cash provided by operating activities             7,120            5,950
                                                   =======          =======
</TABLE>
"""


def test_one_fact_printed_twice_keeps_the_value_the_printed_sums_support() -> None:
    # the memo line under the income statement and the cash-flow line made one fact: the
    # cash-flow figure is a part of a printed total, the memo line of none
    from dataclasses import replace

    from exporter.understand.conflicts import drop_conflicts

    ex = extract_snippet(TWO_STATEMENTS_ONE_FACT)
    inc, cash = ex.statements[0], ex.statements[1]
    memo = next(f.concept for f in inc.facts if f.label.startswith("Depreciation"))
    cash.facts = [replace(f, concept=memo) if f.label.startswith("Depreciation") else f for f in cash.facts]
    warnings: list[str] = []
    findings: list[Finding] = []
    drop_conflicts(ex.statements, warnings, findings)
    dep = {(st.code.value, f.period.key()): int(f.value) for st in ex.statements for f in st.facts
           if f.concept == memo}
    assert dep == {("cf", "1998-01-01/1998-12-31"): 1_900_000, ("is", "1997-01-01/1997-12-31"): 1_750_000}, dep
    assert [x.code for x in findings] == ["EXP.conflict"] and findings[0].severity == "error"
    assert "1960000" in findings[0].message and "sums add up with it" in findings[0].message
    assert len(warnings) == 1  # the equal 1997 figures are one fact, no conflict


def test_two_columns_given_one_period_are_an_error_naming_the_column() -> None:
    from dataclasses import replace

    from exporter.understand.conflicts import drop_conflicts

    ex = extract_snippet(TWO_STATEMENTS_ONE_FACT)
    inc = ex.statements[0]
    year = next(f.period for f in inc.facts if f.column == 0)
    inc.facts = [replace(f, period=year) for f in inc.facts]  # the prior year's column misdated
    findings: list[Finding] = []
    drop_conflicts([inc], [], findings)
    assert findings and all(x.code == "EXP.conflict" and "column misdated" in x.message for x in findings)
    assert {f.column for f in inc.facts} == {0}


FISCAL_OVER_YEAR = """\
                              SNIPPET CORP.
                       CONSOLIDATED BALANCE SHEETS
                             (In thousands)
<TABLE>
<CAPTION>
                                                          December 31,  December 31,
                                                              1998          1997
<S>                                                      <C>           <C>
Cash.....................................................  $  12,345     $  10,210
Accounts receivable......................................      8,120         7,455
Total assets.............................................     20,465        17,665
Accounts payable.........................................      5,310         4,880
Stockholders' equity.....................................     15,155        12,785
Total liabilities and stockholders' equity...............     20,465        17,665
</TABLE>

                    CONSOLIDATED STATEMENTS OF INCOME
                             (In thousands)
<TABLE>
<CAPTION>
                                                             Fiscal        Fiscal
                                                              1998          1997
<S>                                                      <C>           <C>
Net sales................................................  $  98,450     $  91,230
Cost of sales............................................     61,200        57,800
Selling, general and administrative expenses.............     30,100        28,400
Net income...............................................  $   7,150     $   5,030
</TABLE>
"""


def test_fiscal_over_the_year_ends_on_the_balance_sheet_day() -> None:
    """An income statement headed "Fiscal" over the year, no month or day in its title or on a
    cover, ends each year on the one month and day every balance-sheet date of the document
    shares (December 31): the columns are dated, not dropped as naming no dates."""
    ex = extract_snippet(FISCAL_OVER_YEAR, form="8-K")
    (st,) = [s for s in ex.statements if s.code == "is"]
    values = {(f.label, f.period.key()): int(f.value) for f in st.facts}
    assert values[("Net sales", "1998-01-01/1998-12-31")] == 98_450_000
    assert values[("Net income", "1997-01-01/1997-12-31")] == 5_030_000


QUARTER_AND_YEAR_GROUPS_OVER_A_BLANK_UNTAGGED = """\
                        SNIPPET TOOLS INC
               CONSOLIDATED STATEMENTS OF INCOME
                     (Dollars in thousands)

                                      THREE MONTHS ENDED         YEAR ENDED

                                     DEC. 31,    DEC. 31,    DEC. 31,    DEC. 31,
                                       1998        1997        1998        1997
                                     --------    --------    --------    --------
Net sales.........................   $26,100     $24,050     $98,450     $91,230
Cost of sales.....................    16,250      15,300      61,200      57,800
Selling and administrative........     7,700       7,250      30,100      28,400
Income taxes......................       860         600       2,860       2,012
Net income........................   $ 1,290     $   900     $ 4,290     $ 3,018

"""


def test_group_headings_one_blank_line_over_the_dates_untagged() -> None:
    """An untagged statement's group headings ("THREE MONTHS ENDED   YEAR ENDED") stand one blank
    line above the dates over the columns: they are the column heading's top line, words printed
    only over the figures, not a title; each group's columns take its length of time."""
    ex = extract_snippet(QUARTER_AND_YEAR_GROUPS_OVER_A_BLANK_UNTAGGED, form="8-K")
    (inc,) = [s for s in ex.statements if s.code == "is"]
    assert [p.key() if p else None for p in inc.periods] == [
        "1998-10-01/1998-12-31", "1997-10-01/1997-12-31", "1998-01-01/1998-12-31", "1997-01-01/1997-12-31"]
    sales = {f.period.key(): int(f.value) for f in inc.facts if f.label == "Net sales"}
    assert sales["1997-01-01/1997-12-31"] == 91_230_000


GROUPS_ONE_SPACE_APART = """\
                        SNIPPET STORES INC
                 CONSOLIDATED STATEMENTS OF INCOME
                          (In thousands)
<TABLE>
<CAPTION>
                              THIRTEEN WEEKS ENDED TWENTY-SIX WEEKS ENDED
                               JUNE 29,  JULY 1,  JUNE 29,  JULY 1,
                                   2024     2023      2024     2023
<S>                            <C>       <C>      <C>       <C>
Net sales....................  $26,100  $24,050   $50,450  $47,230
Cost of sales................   16,250   15,300    31,200   29,800
Net income...................  $ 1,290  $   900   $ 2,290  $ 1,818
</TABLE>
"""


def test_group_headings_set_one_space_apart() -> None:
    """Narrow columns one space apart: the quarter's heading and the half year's touch ("THIRTEEN
    WEEKS ENDED TWENTY-SIX WEEKS ENDED"); they are two headings, each over its own columns."""
    ex = extract_snippet(GROUPS_ONE_SPACE_APART, form="10-Q", fye="1230")
    (inc,) = [s for s in ex.statements if s.code == "is"]
    assert [p.key() if p else None for p in inc.periods] == [
        "2024-03-31/2024-06-29", "2023-04-02/2023-07-01", "2023-12-31/2024-06-29", "2023-01-01/2023-07-01"]


RULED_GROUP_HEADINGS = """
                     CONSOLIDATED STATEMENTS OF INCOME
              Periods Ended December 31, 1997 and December 31, 1996
                   (In thousands, except per share data)

<TABLE>
<CAPTION>
                                      {q}                   {y}
                               ----------------------   ----------------------
                                  1997        1996         1997        1996
                               ----------  ----------   ----------  ----------
<S>                            <C>         <C>          <C>         <C>
Net sales....................  $ 26,100    $ 24,050     $ 98,450    $ 91,230
Cost of sales................    16,250      15,300       61,200      57,800
Selling and administrative...     7,700       7,250       30,100      28,400
                               ---------   ---------    ---------   ---------
Income before income taxes...     2,150       1,500        7,150       5,030
Income taxes.................       860         600        2,860       2,012
                               ---------   ---------    ---------   ---------
Net income...................  $  1,290    $    900     $  4,290    $  3,018
                               =========   =========    =========   =========
</TABLE>
"""
QUARTERS = ["1997-10-01/1997-12-31", "1996-10-01/1996-12-31"]
YEARS = ["1997-01-01/1997-12-31", "1996-01-01/1996-12-31"]


def _periods(body: str, form: str = "8-K") -> list[str | None]:
    st = next(s for s in extract_snippet(body, form).statements if s.code == "is")
    return [p.key() if p else None for p in st.periods]


def test_a_group_heading_over_a_rule_of_its_own_heads_every_column_under_the_rule() -> None:
    """"Fourth Quarter" and "Year", each over a rule of dashes spanning its two columns: the short
    "Year", typed off the centre of its span, heads both columns under its rule (not only the one it
    stands nearer, the other taking "Fourth Quarter" and one period twice)."""
    for q, y in [("Fourth Quarter", "Year"), ("Fourth Quarter", "Twelve Months"), ("Three Months", "  Year")]:
        assert _periods(RULED_GROUP_HEADINGS.format(q=q, y=y)) == QUARTERS + YEARS, (q, y)


YEARS_ONLY = """
                     CONSOLIDATED STATEMENTS OF INCOME
                   (In thousands, except per share data)

<TABLE>
<CAPTION>
                                                    {y:^22s}
                                                 ----------------------
                                                  1997        1996
                                               ----------  ----------
<S>                                            <C>         <C>
Net sales....................................  $ 98,450    $ 91,230
Cost of sales................................    61,200      57,800
Selling and administrative...................    30,100      28,400
                                               ---------   ---------
Income before income taxes...................     7,150       5,030
Income taxes.................................     2,860       2,012
                                               ---------   ---------
Net income...................................  $  4,290    $  3,018
                                               =========   =========
</TABLE>
"""


def test_year_only_columns_end_on_the_fiscal_year_end_the_sec_header_declares() -> None:
    """"1997   1996" under "Year" (or nothing), no date anywhere near the statement nor on a cover: the
    years end on the fiscal year end of the SEC header ("FISCAL YEAR END: 1231"), not "columns name no
    dates"; a fiscal year ending in June ends each year there, one ending in January is left undated, and
    so is "Three Months" alone (it ends at the year end only in the last quarter)."""
    for y in ("Year", "", "Fiscal Year"):
        assert _periods(YEARS_ONLY.format(y=y), "10-K") == YEARS, y
    st = next(s for s in extract_snippet(YEARS_ONLY.format(y="Year"), "10-K", fye="0630").statements)
    assert [p.key() if p else None for p in st.periods] == ["1996-07-01/1997-06-30", "1995-07-01/1996-06-30"]
    # a year ending in January: "1997" may be the year ending January 1998 (a retailer's), so not dated so
    assert not extract_snippet(YEARS_ONLY.format(y="Year"), "10-K", fye="0131").statements
    # a quarter ends at the year end only in the last quarter: "Three Months" alone is not dated by it
    assert not extract_snippet(YEARS_ONLY.format(y="Three Months"), "10-Q").statements


def test_a_quarter_named_by_its_number_ends_that_many_quarters_after_the_year_end_before() -> None:
    """"First Quarter" ... "Fourth Quarter", "Q3" over "1997  1996" (or "Fourth Quarter" beside
    "Year"), no date near them: the quarter ends three months a quarter after the fiscal year end
    before, the SEC header's (fiscal 1998 of a September year end starts in October 1997)."""
    ends = {"First Quarter": "03-31", "Second Quarter": "06-30", "3rd Quarter": "09-30", "Fourth Quarter": "12-31"}
    for y, end in ends.items():
        start = {"03-31": "01-01", "06-30": "04-01", "09-30": "07-01", "12-31": "10-01"}[end]
        assert _periods(YEARS_ONLY.format(y=y), "10-Q") == [f"1997-{start}/1997-{end}", f"1996-{start}/1996-{end}"]
    st = next(s for s in extract_snippet(YEARS_ONLY.format(y="Q1"), "10-Q", fye="0930").statements)
    assert [p.key() if p else None for p in st.periods] == ["1996-10-01/1996-12-31", "1995-10-01/1995-12-31"]
    body = RULED_GROUP_HEADINGS.replace("              Periods Ended December 31, 1997 and December 31, 1996\n", "")
    assert _periods(body.format(q="Fourth Quarter", y="Year")) == QUARTERS + YEARS


def test_a_half_or_nine_months_over_the_years_alone_is_the_year_to_date() -> None:
    """"Six Months" or "Nine Months" over "1997  1996" (beside "Second Quarter"), no date near them:
    the year to date, from the start of the fiscal year the SEC header's year end gives."""
    assert _periods(YEARS_ONLY.format(y="Nine Months"), "10-Q") == ["1997-01-01/1997-09-30",
                                                                     "1996-01-01/1996-09-30"]
    body = RULED_GROUP_HEADINGS.replace("              Periods Ended December 31, 1997 and December 31, 1996\n", "")
    assert _periods(body.format(q="Second Quarter", y="Six Months"), "10-Q") == [
        "1997-04-01/1997-06-30", "1996-04-01/1996-06-30", "1997-01-01/1997-06-30", "1996-01-01/1996-06-30"]


def _periods_of(body: str, code: str, form: str, fye: str) -> list[str | None]:
    st = [s for s in extract_snippet(body, form, fye).statements if s.code == code]
    assert st, f"no {code} statement read"
    return [p.key() if p else None for p in st[0].periods]


_QUARTERLY_TITLE = """\
                         SNIPPET CORP.
          CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (Unaudited)
                        (In thousands)
<TABLE>
<CAPTION>
"""

_FIRST_QUARTER = _QUARTERLY_TITLE + """\
                                       {now:>17}          {then:>17}
<S>                                              <C>                        <C>
Net sales                                         $26,100                $24,050
Cost of sales                                      16,250                 15,300
Operating expenses                                  7,700                  7,250
                                                  -------                -------
Income before income taxes                          2,150                  1,500
Income taxes                                          860                    600
                                                  -------                -------
Net income                                        $ 1,290                $   900
                                                  =======                =======
</TABLE>

          CONDENSED CONSOLIDATED BALANCE SHEETS
                        (In thousands)
<TABLE>
<CAPTION>
                                       {now:>17}          {year_end:>17}
<S>                                              <C>                        <C>
Cash and cash equivalents                         $12,345                $10,210
Accounts receivable                                 8,120                  7,455
                                                  -------                -------
Total assets                                      $20,465                $17,665
                                                  =======                =======
Accounts payable                                  $ 5,310                $ 4,880
Shareholders' equity                               15,155                 12,785
                                                  -------                -------
Total liabilities and shareholders' equity        $20,465                $17,665
                                                  =======                =======
</TABLE>
"""


def test_a_quarterly_reports_columns_dated_by_their_end_alone_one_quarter_into_the_year_are_that_quarter() -> None:
    """A 10-Q's income statement headed by its end dates alone ("December 26, 1998 | December 26,
    1997"), no length printed: ending one quarter after a fiscal year end, each column is that first
    quarter (it was read as the year to that date)."""
    for now, then, year_end, fye, want in (
            ("December 26, 1998", "December 26, 1997", "September 25, 1998", "0930",
             ["1998-09-26/1998-12-26", "1997-09-27/1997-12-26"]),
            ("March 31, 1999", "March 31, 1998", "December 31, 1998", "1231",
             ["1999-01-01/1999-03-31", "1998-01-01/1998-03-31"])):
        body = _FIRST_QUARTER.format(now=now, then=then, year_end=year_end)
        assert _periods_of(body, "is", "10-Q", fye) == want, now


def test_a_count_typed_two_spaces_from_its_unit_heads_its_columns_together() -> None:
    """"THREE MONTHS" and "NINE  MONTHS" (two spaces inside) over their pairs of columns: "NINE" and
    "MONTHS" are one heading over both year-to-date columns, not "NINE" over the first and "MONTHS"
    over the second (the year to date was read as a year)."""
    body = _QUARTERLY_TITLE + """\
                                    THREE MONTHS                 NINE  MONTHS
                                       ENDED                         ENDED
                                June 26,    June 27,       June 26,    June 27,
                                    1998        1997           1998        1997
<S>                                 <C>          <C>            <C>         <C>
Net sales                      $ 26,100     $ 24,050       $ 98,450    $ 91,230
Cost of sales                    16,250       15,300         61,200      57,800
Operating expenses                7,700        7,250         30,100      28,400
                                -------      -------        -------     -------
Net income                     $  2,150     $  1,500       $  7,150    $  5,030
                                =======      =======        =======     =======
</TABLE>
"""
    assert _periods_of(body, "is", "10-Q", "0930") == [
        "1998-03-28/1998-06-26", "1997-03-29/1997-06-27", "1997-09-27/1998-06-26", "1996-09-28/1997-06-27"]


BS_DATES_OVER_NOTES_UNTAGGED = """\
                          CONDENSED BALANCE SHEETS
                            (Dollars in Millions)

                                            June 30, 1999 Dec. 31, 1998
                                           -------------- -------------
                                             (Unaudited)  (Derived from
                                                             Audited
                                                            Financial
                                                           Statements)
ASSETS

Current assets
 Cash and temporary cash investments.........  $     2.4     $     0.8
 Receivables, net............................      210.2         213.8
                                               ---------     ---------
                                                   212.6         214.6
                                               ---------     ---------
Property, plant and equipment, net...........    1,460.7       1,414.2
                                               ---------     ---------
Total assets.................................  $ 1,673.3     $ 1,628.8
                                               =========     =========

LIABILITIES AND SHAREOWNER'S EQUITY

Current liabilities..........................      297.4         281.3
Long-term debt...............................      233.9         233.9
Shareowner's equity..........................    1,142.0       1,113.6
                                               ---------     ---------
Total liabilities and shareowner's equity....  $ 1,673.3     $ 1,628.8
                                               =========     =========
"""


def test_column_dates_over_a_stack_of_notes_date_the_columns() -> None:
    """Untagged: the column dates stand over notes stacked under them ("(Unaudited)", "(Derived from
    / Audited / Financial / Statements)") and the section headings above the first line of figures,
    more lines than a table's header takes; the dates are still the columns' (the balance sheet was
    refused: "columns name no dates")."""
    ex = extract_snippet(BS_DATES_OVER_NOTES_UNTAGGED, form="10-Q")
    facts = {(f.label, f.period.key()): f.value for f in ex.facts}
    assert facts[("Total assets", "1999-06-30")] == Decimal("1673300000")
    assert facts[("Total assets", "1998-12-31")] == Decimal("1628800000")
    assert facts[("Long-term debt", "1998-12-31")] == Decimal("233900000")


def test_an_equity_heading_named_for_its_owners_heads_a_wrapped_first_line() -> None:
    """"Shareowner's equity" (or "Partners' capital", "Members' deficit") over a wrapped label set
    deeper ("Common shares - ($40 par value; / 15,000,000 shares authorized; / ... outstanding)") is
    the section's heading, not the label's first words; the unlabelled total under it is its total."""
    for owners in ("Shareowner's equity", "Partners' capital", "Members' deficit"):
        text = BS_DATES_OVER_NOTES_UNTAGGED.replace(
            "Shareowner's equity..........................    1,142.0       1,113.6\n",
            f"{owners}\n"
            " Common shares - ($40 par value;\n"
            "   15,000,000 shares authorized;\n"
            "   13,490,876 issued and outstanding).......       539.6         539.6\n"
            " Reinvested earnings........................       602.4         574.0\n"
            "                                               ---------     ---------\n"
            "                                                 1,142.0       1,113.6\n")
        ex = extract_snippet(text, form="10-Q")
        bs = ex.statements[0]
        labels = [ln.row.label for ln in bs.lines]
        assert labels[-4].startswith("Common shares - ($40 par value;"), (owners, labels)
        heading = next(r for r in bs.table.rows if r.label == owners)
        assert heading.is_heading
        total = [ln.concept for ln in bs.lines if not ln.row.label][-1]
        assert total in {"StockholdersEquity", "PartnersCapital", "MembersEquity"}, (owners, total)


def test_a_statement_the_document_titles_but_the_export_lacks_is_a_warning() -> None:
    """A balance sheet titled so but not read (here its dates are typed where no heading is looked
    for: far above, under a paragraph) leaves the export without one: a warning says which table and
    why, so the export does not say "0 warnings" with the statement missing; none where it is read."""
    read = extract_snippet(BS_DATES_OVER_NOTES_UNTAGGED, form="10-Q")
    assert not [f for f in read.findings if f.code == "EXP.statement.Unread"]
    undated = BS_DATES_OVER_NOTES_UNTAGGED.replace("June 30, 1999 Dec. 31, 1998", "                           ")
    lacking = extract_snippet(undated, form="10-Q")
    said = [f for f in lacking.findings if f.code == "EXP.statement.Unread"]
    assert not lacking.statements
    assert len(said) == 1 and said[0].severity == "warning"
    assert "balance sheet" in said[0].message and "columns name no dates" in said[0].message
