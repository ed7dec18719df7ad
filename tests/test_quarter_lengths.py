"""A quarterly report's income statement whose quarter and year-to-date columns print no length of
time (issue 10): "September 30," over "1996  1995  1996  1995", or "Sep 96 | Sep 95 | YTD Sep 96 |
YTD Sep 95". Two columns of one table ending the same day are two lengths; the first is the quarter,
the second the year to date when the other statements agree (the cash-flow statement's net income
of the nine months); else neither is exported as a year. "Quarter | Year-to-Date" over the years alone,
with no cover line: the SEC header's period of report of a 10-Q dates them. Synthetic snippets; needs no
../shared.
"""

from __future__ import annotations

from datetime import date

from exporter.understand.extraction import Extraction
from tests.text_snippet import extract_snippet


def _income(heading: str) -> str:
    return f"""\
                              SNIPPET TOOLS CORP
                CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
                    (In thousands, except per share amounts)
<TABLE>
<CAPTION>
{heading}
                                         -------     -------    -------     -------
<S>                                      <C>         <C>        <C>         <C>
Net sales..............................  $ 1,500     $ 1,200    $ 4,000     $ 3,400
Cost of sales..........................      900         700      2,400       2,000
Operating expenses.....................      400         300      1,100         900
                                         -------     -------    -------     -------
Income before income taxes.............      200         200        500         500
Provision for income taxes.............       50          50        120         130
                                         -------     -------    -------     -------
Net income.............................  $   150     $   150    $   380     $   370
                                         =======     =======    =======     =======
</TABLE>

"""


NO_LENGTHS = """\
                                                     September 30,
                                           1996        1995       1996        1995"""
MONTH_AND_SHORT_YEAR = """\
                                           Sep 96      Sep 95   YTD Sep 96  YTD Sep 95"""

BALANCE = """\
                              SNIPPET TOOLS CORP
                     CONDENSED CONSOLIDATED BALANCE SHEETS
                                (In thousands)
<TABLE>
<CAPTION>
                                                       September 30, December 31,
                                                            1996         1995
                                                          --------     --------
<S>                                                       <C>          <C>
Cash and cash equivalents...............................  $  1,280     $    900
Accounts receivable.....................................       720          600
                                                          --------     --------
    Total assets........................................  $  2,000     $  1,500
                                                          ========     ========
Accounts payable........................................  $    120     $    100
Retained earnings.......................................     1,880        1,400
                                                          --------     --------
    Total liabilities and stockholders' equity..........  $  2,000     $  1,500
                                                          ========     ========
</TABLE>

"""

CASH_FLOWS = """\
                              SNIPPET TOOLS CORP
                CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS
                                (In thousands)
<TABLE>
<CAPTION>
                                                          Nine Months Ended September 30,
                                                            1996         1995
                                                          --------     --------
<S>                                                       <C>          <C>
Net income..............................................  $    380     $    370
Depreciation............................................       100          100
                                                          --------     --------
    Net cash provided by operating activities...........       480          470
Purchases of property and equipment.....................      (100)        (200)
                                                          --------     --------
    Net cash used in investing activities...............      (100)        (200)
                                                          --------     --------
Net increase in cash and cash equivalents...............       380          270
Cash and cash equivalents at beginning of period........       900          600
                                                          --------     --------
Cash and cash equivalents at end of period..............  $  1,280     $    870
                                                          ========     ========
</TABLE>
"""

QUARTER_AND_NINE_MONTHS = ["1996-07-01/1996-09-30", "1995-07-01/1995-09-30",
                           "1996-01-01/1996-09-30", "1995-01-01/1995-09-30"]


def _income_periods(ex: Extraction) -> list[str | None]:
    [st] = [st for st in ex.statements if st.code == "is"]
    return [p.key() if p else None for p in st.periods]


def _errors(ex: Extraction) -> list[str]:
    return sorted({f.code for f in ex.findings if f.severity == "error"})


def test_columns_ending_one_day_printing_no_length_are_the_quarter_and_the_year_to_date() -> None:
    ex = extract_snippet(_income(NO_LENGTHS) + BALANCE + CASH_FLOWS, form="10-Q")
    assert _income_periods(ex) == QUARTER_AND_NINE_MONTHS
    assert _errors(ex) == []
    [decided] = [f for f in ex.findings if f.code == "EXP.reading"]
    assert "quarter" in decided.message and "EXP.cross.NetIncome" in decided.message


def test_columns_ending_one_day_no_statement_decides_are_not_exported_as_years() -> None:
    """No cash-flow statement to tell the nine months: which column is the quarter the document
    does not say, and a year it is not: the columns are left out, with a warning, not exported
    as the twelve months with conflicting figures."""
    ex = extract_snippet(_income(NO_LENGTHS) + BALANCE, form="10-Q")
    assert not [st for st in ex.statements if st.code == "is"]
    assert [st.code for st in ex.statements] == ["bs"]
    assert _errors(ex) == []
    assert any("no length of time" in w and "not exported" in w for w in ex.warnings)


def test_a_month_and_two_digit_year_beside_its_year_to_date_dates_the_year_to_date() -> None:
    """"Sep 96 | Sep 95 | YTD Sep 96 | YTD Sep 95": the year to date is the nine months, which the
    cash flows agree with; the columns printing no length beside them are a quarter or a year,
    which nothing tells apart: left out, where the statement was refused for naming no dates."""
    ex = extract_snippet(_income(MONTH_AND_SHORT_YEAR) + BALANCE + CASH_FLOWS, form="10-Q")
    assert _income_periods(ex) == [None, None, *QUARTER_AND_NINE_MONTHS[2:]]
    assert _errors(ex) == []
    assert any("no length of time" in w and "not exported" in w for w in ex.warnings)


def test_a_month_and_two_digit_year_under_quarter_and_year_to_date_is_dated() -> None:
    heading = " " * 42 + "Quarter     Quarter      YTD         YTD\n" + MONTH_AND_SHORT_YEAR
    ex = extract_snippet(_income(heading.replace("YTD Sep", "    Sep")) + BALANCE, form="10-Q")
    assert _income_periods(ex) == QUARTER_AND_NINE_MONTHS
    assert _errors(ex) == []


def test_a_day_after_a_month_is_no_year() -> None:
    from exporter.understand.periods import parse_column

    assert parse_column("Sep 96").end == date(1996, 9, 30) and parse_column("Dec.-97").end == date(1997, 12, 31)
    assert parse_column("Dec 31").end is None and parse_column("Sep 03").end is None


QUARTER_AND_YEAR_TO_DATE = """\
                                              Quarter             Year-to-Date
                                           1996        1995       1996        1995"""


def test_a_quarterly_reports_period_in_its_header_dates_columns_of_years_alone() -> None:
    """"Quarter | Year-to-Date" over "1996  1995  1996  1995", no cover line naming the period: the
    SEC header's CONFORMED PERIOD OF REPORT of a 10-Q is the quarter's end, and the year to date
    runs from the fiscal year's start to it (where the years were dated by the fiscal year end:
    the year to date exported as the year)."""
    for statements in (BALANCE + CASH_FLOWS, BALANCE):
        ex = extract_snippet(_income(QUARTER_AND_YEAR_TO_DATE) + statements, form="10-Q", period="19960930")
        assert _income_periods(ex) == QUARTER_AND_NINE_MONTHS
        assert _errors(ex) == []


def test_an_8k_event_date_in_its_header_dates_no_column() -> None:
    """An 8-K's period of report is the day of the event it reports, not a statement's period."""
    ex = extract_snippet(_income(QUARTER_AND_YEAR_TO_DATE) + BALANCE + CASH_FLOWS, form="8-K", period="19961015")
    assert not any(p and p.end.isoformat() == "1996-10-15" for st in ex.statements for p in st.periods)


def test_a_quarterly_reports_year_to_date_nothing_dates_is_not_exported_as_a_year() -> None:
    """The same 10-Q with no period of report and no cover line: nothing says which quarter the
    year to date runs through, and a 10-Q reports no whole year: its columns are not exported as
    the fiscal year's (nor as its fourth quarter), where they were, silently."""
    ex = extract_snippet(_income(QUARTER_AND_YEAR_TO_DATE) + BALANCE + CASH_FLOWS, form="10-Q")
    periods = [p for st in ex.statements if st.code == "is" for p in st.periods if p is not None]
    assert not [p for p in periods if p.end.month == 12], periods
    assert [st.code for st in ex.statements if st.code != "is"] == ["bs", "cf"]
