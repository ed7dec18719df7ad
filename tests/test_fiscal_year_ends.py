"""A 52/53-week company's year end printed for some years only: the year a column prints nowhere ends
on the company's weekday, as many whole weeks from a printed year end as put it where the printed
ones fall (issue 10). Synthetic snippets; none needs ../shared."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from exporter.check.cross import cross_findings
from exporter.understand.extraction import Extraction
from exporter.understand.periods import ColumnDate, FiscalCalendar, Period, snap
from tests.text_snippet import extract_snippet

LAST_FRIDAY = """\
                                   FORM 10-K
                For the fiscal year ended September 30, 1994

                          CONSOLIDATED BALANCE SHEETS
                             (Dollars in thousands)
<TABLE>
<CAPTION>
September 30, 1994, and September 24, 1993             1994             1993
<S>                                              <C>             <C>
Cash and cash equivalents                        $ 1,200          $   600
Inventories                                        1,000              900
    Total current assets                           2,200            1,500
Other assets                                         300              500
    Total assets                                 $ 2,500          $ 2,000

Accounts payable                                 $   800          $   700
    Total current liabilities                        800              700
Common stock                                       1,000            1,000
Retained earnings                                    700              300
    Total shareholders' equity                     1,700            1,300
    Total liabilities and shareholders' equity   $ 2,500          $ 2,000
</TABLE>

                      CONSOLIDATED STATEMENTS OF INCOME
                  (In thousands, except per share amounts)
<TABLE>
<CAPTION>
Three fiscal years ended                  1994          1993          1992
September 30, 1994
<S>                                <C>           <C>           <C>
Net sales                          $ 9,000       $ 8,000       $ 7,000
Cost of sales                        6,000         5,500         4,500
Selling, general and
 administrative                      2,400         2,200         2,000
Income before income taxes             600           300           500
Provision for income taxes             200           100           150
Net income                         $   400       $   200       $   350
</TABLE>
"""


def _periods(ex: Extraction, code: str) -> list[str]:
    st = next(s for s in ex.statements if s.code == code)
    return [p.key() if p else "" for p in st.periods]


def test_a_year_end_printed_nowhere_is_not_the_covers_month_end_in_a_52_53_week_year() -> None:
    """Apple's fiscal year ends on the last Friday of September: its 10-K for 1994 prints September
    30, 1994 (a month end, on the cover and in the titles) and September 24, 1993, but the end of its
    1992 year nowhere. The 1992 column borrows "September 30" from the heading; the printed ends
    show the year end moving by weeks, so the borrowed day is not exact: 1992's year ended Friday,
    September 25, 52 weeks before September 24, 1993 (not the nearest Friday, October 2), and 1993's
    year began the day after it."""
    ex = extract_snippet(LAST_FRIDAY, fye="0930")
    assert _periods(ex, "bs") == ["1994-09-30", "1993-09-24"]
    assert _periods(ex, "is") == ["1993-09-25/1994-09-30", "1992-09-26/1993-09-24", "1991-09-28/1992-09-25"]


NEAREST_SATURDAY = LAST_FRIDAY.replace("September 30, 1994, and September 24, 1993",
                                       "October 1, 1994, and October 2, 1993    ").replace(
    "September 30, 1994", "October 1, 1994")


def test_a_year_end_the_printed_ones_do_not_settle_takes_the_weekday_nearest_the_borrowed_day() -> None:
    """October 1, 1994 and October 2, 1993 (a Saturday) settle no Saturday of 1992 between their
    days: the year end printed nowhere is the Saturday nearest the day borrowed from the heading,
    October 3, 1992, as before."""
    ex = extract_snippet(NEAREST_SATURDAY, fye="0930")
    assert _periods(ex, "bs") == ["1994-10-01", "1993-10-02"]
    assert _periods(ex, "is")[2].endswith("/1992-10-03")


def test_a_borrowed_year_end_is_snapped_among_the_printed_year_ends() -> None:
    """A borrowed day (not exact) of a weekly calendar moves to the company's weekday: between the
    printed year ends' days when it is a year end's (a retailer's year ending the Saturday nearest
    January 31: February 3, 2024 and January 28, 2023 printed, 2022's end borrowed as February 3: not
    February 5), else to the nearest such weekday."""
    retailer = FiscalCalendar(5, (1, 31), (date(2023, 1, 28), date(2024, 2, 3)))
    assert snap(ColumnDate(date(2022, 2, 3), 12, None, False), retailer).end == date(2022, 1, 29)
    assert snap(ColumnDate(date(2023, 7, 31), 3, None, False), retailer).end == date(2023, 7, 29)


def test_a_year_of_neither_twelve_months_nor_52_or_53_weeks_is_an_error() -> None:
    """The reading this file's first test corrects, 1993's column from October 1, 1992 to September
    24, 1993 (359 days), said "checks: 0 errors": a column of about a year that lasts neither twelve
    months nor 52 or 53 weeks, and whose start the statement does not print, is an error finding."""
    ex = extract_snippet(LAST_FRIDAY, fye="0930")
    assert not [f for f in cross_findings(ex.statements) if f.code == "EXP.cross.Year"]
    st = next(s for s in ex.statements if s.code == "is")
    misread = Period(date(1993, 9, 24), date(1992, 10, 1))
    st.facts = [replace(f, period=misread) if f.period.end == misread.end else f for f in st.facts]
    (year,) = [f for f in cross_findings(ex.statements) if f.code == "EXP.cross.Year"]
    assert year.severity == "error" and "359 days" in year.message


FROM_INCEPTION = """\
                           STATEMENTS OF OPERATIONS
         PERIOD FROM JANUARY 5, 1995 (INCEPTION) TO DECEMBER 31, 1995
<TABLE>
<CAPTION>
                                                     1995
<S>                                               <C>
Revenues                                          $ 1,000
Operating expenses                                  1,500
Net loss                                          $  (500)
</TABLE>
"""


def test_a_period_from_a_printed_start_is_no_misread_year() -> None:
    """A period from inception whose start the title prints (January 5 to December 31, 1995: 361
    days) is as long as the statement says: no finding."""
    ex = extract_snippet(FROM_INCEPTION)
    (st,) = [s for s in ex.statements if s.code == "is"]
    inception = Period(date(1995, 12, 31), date(1995, 1, 5))
    st.facts = [replace(f, period=inception) for f in st.facts]
    assert not [f for f in cross_findings(ex.statements) if f.code == "EXP.cross.Year"]
    st.facts = [replace(f, period=Period(date(1995, 12, 31), date(1995, 1, 9))) for f in st.facts]
    assert [f.code for f in cross_findings(ex.statements)].count("EXP.cross.Year") == 1
