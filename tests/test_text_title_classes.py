"""Old plain-text filings: how a statement's title block is found and read (issue 10), each class
from a small synthetic snippet; none needs ../shared."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from exporter import export
from exporter.check.cross import printed_periods
from exporter.read.documents import parse_filing
from exporter.read.text_tables import text_tables
from exporter.understand.statements import classify
from exporter.write.report import arithmetic_findings
from tests.test_fiscal_year_ends import FROM_INCEPTION as ONE_COLUMN_FROM_INCEPTION
from tests.text_snippet import extract_snippet, submission

CASHFLOWS_ONE_WORD = """\
                              SNIPPET CORP.
                    CONDENSED STATEMENTS OF CASHFLOWS
              SIX MONTH PERIODS ENDED JUNE 30, 1998 AND 1997
- --------------------------------------------------------------------------------
<TABLE>
<CAPTION>
                                                            1998          1997
<S>                                                     <C>           <C>
Net loss                                                 $(410,000)    $(120,000)
Depreciation                                                 52,000        31,000
                                                         ----------    ----------
Net cash used in operating activities                      (358,000)      (89,000)
Purchases of property and equipment                         (75,000)      (20,000)
                                                         ----------    ----------
Net cash used in investing activities                       (75,000)      (20,000)
Net decrease in cash and cash equivalents                  (433,000)     (109,000)
</TABLE>
"""


def test_a_title_over_an_escaped_rule_and_cashflows_in_one_word() -> None:
    """The title block sits above EDGAR's escaped full-width rule ("- ----", longer than a heading):
    the rule is neither title nor prose, so the title above it still names and dates the table;
    "CASHFLOWS" written as one word names a cash-flow statement."""
    ex = extract_snippet(CASHFLOWS_ONE_WORD, form="8-K")
    cf = [s for s in ex.statements if s.code == "cf"]
    assert cf, ex.warnings
    values = {(f.label, f.period.key()): int(f.value) for f in cf[0].facts}
    assert values[("Net cash used in operating activities", "1998-01-01/1998-06-30")] == -358_000
    assert values[("Depreciation", "1997-01-01/1997-06-30")] == 31_000


def test_cashflows_in_one_word_is_a_title_naming_the_statement() -> None:
    """The table is a cash-flow statement by its title, not only by its rows (a titled statement
    may stand beside a first one of other periods)."""
    filing = parse_filing(submission(CASHFLOWS_ONE_WORD, form="8-K"), Path("snippet.txt"))
    (table,) = text_tables(filing.documents[0])
    assert "CASHFLOWS" in " ".join(table.title)
    verdict = classify(table)
    assert verdict.statement == "cf" and verdict.by_title


ANNUAL_THEN_INTERIM_BS = """\
                              SNIPPET CORP.
                             BALANCE SHEETS
                       DECEMBER 31, 1997 AND 1996
<TABLE>
<CAPTION>
                                                            1997          1996
<S>                                                     <C>           <C>
Cash and equivalents                                      $ 1,576       $ 2,415
Accounts receivable                                           386           128
                                                          -------       -------
Total current assets                                        1,962         2,543
Property and equipment, net                                   727           318
                                                          -------       -------
Total assets                                              $ 2,689       $ 2,861
                                                          =======       =======
Accounts payable                                          $   190       $    77
Stockholders' equity                                        2,499         2,784
                                                          -------       -------
Total liabilities and stockholders' equity                $ 2,689       $ 2,861
                                                          =======       =======
</TABLE>

<PAGE>
                              SNIPPET CORP.
                        CONDENSED BALANCE SHEETS
                      JUNE 30, 1998 AND DECEMBER 31, 1997
<TABLE>
<CAPTION>
                                                          June 30,   December 31,
                                                            1998          1997
<S>                                                     <C>           <C>
Cash and equivalents                                      $ 1,101       $ 1,576
Accounts receivable                                           412           386
                                                          -------       -------
Total current assets                                        1,513         1,962
Property and equipment, net                                   802           727
                                                          -------       -------
Total assets                                              $ 2,315       $ 2,689
                                                          =======       =======
Accounts payable                                          $   260       $   195
Stockholders' equity                                        2,055         2,494
                                                          -------       -------
Total liabilities and stockholders' equity                $ 2,315       $ 2,689
                                                          =======       =======
</TABLE>
"""


def test_the_audited_and_the_interim_balance_sheets_of_an_acquired_business() -> None:
    """An 8-K of an acquired business prints the audited year-end balance sheets, then the interim
    one beside the last year end: both are statements. The interim one adds its own date; the date
    both print is read once, from the first printed (here the interim one reclassified a line)."""
    ex = extract_snippet(ANNUAL_THEN_INTERIM_BS, form="8-K")
    bs = [s for s in ex.statements if s.code == "bs"]
    assert len(bs) == 2
    values = {(f.label, f.period.key()): int(f.value) for s in bs for f in s.facts}
    assert values[("Total assets", "1998-06-30")] == 2_315
    assert values[("Total assets", "1997-12-31")] == 2_689
    assert values[("Total assets", "1996-12-31")] == 2_861
    assert values[("Accounts payable", "1997-12-31")] == 190
    assert sum(1 for s in bs for f in s.facts if f.period.key() == "1997-12-31") == 8  # once, not twice
    assert not [f for f in ex.findings if f.severity == "error"]


def test_a_date_an_earlier_balance_sheet_reads_is_said_once_not_also_as_a_column_with_no_period() -> None:
    """The interim balance sheet's year-end column is set aside as read from the audited one: the
    report says so, and does not also say the column has no period (it has one)."""
    ex = extract_snippet(ANNUAL_THEN_INTERIM_BS, form="8-K")
    said = [w for w in ex.warnings if "column 2" in w and "table 2" in w]
    assert len(said) == 1 and "read from the earlier balance sheet" in said[0], ex.warnings


FROM_INCEPTION = """\
                              SNIPPET CORP.
                        STATEMENTS OF CASH FLOWS
          YEAR ENDED DECEMBER 31, 1997 AND PERIOD FROM JUNE 3, 1996 (INCEPTION)
                          TO DECEMBER 31, 1996
<TABLE>
<CAPTION>
                                                            1997          1996
<S>                                                     <C>           <C>
Net loss                                                $(4,200,103)  $  (742,411)
Depreciation                                                210,000        18,000
                                                        -----------   -----------
Net cash used in operating activities                    (3,990,103)     (724,411)
Purchases of property and equipment                        (618,319)     (336,915)
                                                        -----------   -----------
Net cash used in investing activities                      (618,319)     (336,915)
Net decrease in cash and cash equivalents                (4,608,422)   (1,061,326)
</TABLE>
"""


def test_a_year_and_a_period_from_inception_named_in_the_title() -> None:
    """A young company's title dates its year-only columns: the year ended December 31, 1997, and
    the period from June 3, 1996 (inception) to December 31, 1996; the inception date is where the
    second period starts, not where it ends."""
    ex = extract_snippet(FROM_INCEPTION, form="8-K")
    (cf,) = [s for s in ex.statements if s.code == "cf"]
    periods = {f.period.key() for f in cf.facts}
    assert periods == {"1997-01-01/1997-12-31", "1996-06-03/1996-12-31"}


def test_a_period_from_inception_the_title_prints_is_no_date_to_check(tmp_path: Path) -> None:
    """The period from June 3, 1996 (inception) lasts 211 days, no quarter, half or year: the
    duration check's warning to check its dates is, where the statement prints that start,
    information saying so (a date misread is still a warning: tests/test_checks.py)."""
    source = tmp_path / "snippet.txt"
    source.write_text(submission(FROM_INCEPTION, form="8-K"), encoding="utf-8")
    result = export(source, tmp_path / "out", validate=False)
    said = [f for f in result.findings if f.code == "EXP.duration"]
    assert said and all(f.severity == "info" and "1996-06-03" in f.message for f in said), said
    printed = printed_periods(result.model.statements)
    assert (date(1996, 6, 3), date(1996, 12, 31)) in printed
    assert (date(1996, 7, 1), date(1996, 12, 31)) not in printed  # a start printed nowhere: still a date to check


def test_one_column_of_a_period_from_inception_of_almost_a_year() -> None:
    """A company's first period, printed as its only column ("1995") under a title naming both its
    dates, starts at inception (January 5) although it lasts almost a year: the title's range is the
    column's, not the calendar year's."""
    ex = extract_snippet(ONE_COLUMN_FROM_INCEPTION, form="8-K")
    (st,) = [s for s in ex.statements if s.code == "is"]
    assert {f.period.key() for f in st.facts} == {"1995-01-05/1995-12-31"}


CUMULATIVE_FROM_INCEPTION = """\
                              SNIPPET CORP.
                        STATEMENTS OF OPERATIONS
          YEARS ENDED DECEMBER 31, 1995 AND 1994 AND PERIOD FROM JANUARY 5, 1993
                      (INCEPTION) TO DECEMBER 31, 1995
<TABLE>
<CAPTION>
                                                                          Cumulative
                                                            1995       1994  from inception
<S>                                                     <C>        <C>        <C>
Revenues                                                $  41,000  $  12,000  $   53,000
Operating expenses                                        552,000    301,000     853,000
                                                        ---------  ---------  ----------
Net loss                                               $(511,000) $(289,000)  $(800,000)
</TABLE>
"""


def test_a_cumulative_range_from_inception_dates_no_year_column() -> None:
    """A development-stage company's range from inception to the last year end spans years: it
    is not the year column's period (1995 stays the calendar year)."""
    ex = extract_snippet(CUMULATIVE_FROM_INCEPTION, form="8-K")
    (st,) = [s for s in ex.statements if s.code == "is"]
    periods = {f.period.key() for f in st.facts}
    assert "1995-01-01/1995-12-31" in periods and "1995-01-05/1995-12-31" not in periods


ANNUAL_THEN_INTERIM_CF = """\
                              SNIPPET CORP.
                        STATEMENTS OF CASH FLOWS
                  YEARS ENDED DECEMBER 31, 1999 AND 1998
<TABLE>
<CAPTION>
                                                            1999          1998
<S>                                                     <C>           <C>
Net income                                              $   500       $   400
Depreciation                                                120           110
Increase in receivables                                     (80)          (60)
                                                        -------       -------
Net cash provided by operating activities                   540           450
Purchases of equipment                                     (200)         (150)
                                                        -------       -------
Net cash used in investing activities                      (200)         (150)
Net increase in cash                                        340           300
</TABLE>

<PAGE>
                              SNIPPET CORP.
                   CONDENSED STATEMENTS OF CASH FLOWS
                  SIX MONTHS ENDED JUNE 30, 2000 AND 1999
<TABLE>
<CAPTION>
                                                            2000          1999
<S>                                                     <C>           <C>
Net income                                              $   300       $   240
Depreciation and amortization                                70            60
                                                        -------       -------
Net cash provided by operating activities                   370           300
Purchases of equipment                                     (100)          (90)
                                                        -------       -------
Net cash used in investing activities                      (100)          (90)
Net increase in cash                                        270           210
</TABLE>
"""


def test_a_second_statement_summing_a_total_from_other_lines_is_no_warning(tmp_path: Path) -> None:
    """The interim cash-flow statement sums operating cash from other lines than the annual one:
    each adds up, and one statement role holds one summation of the concept, so it sums every part
    of either (the annual's receivables have no value in the interim periods: they count for
    nothing there); no warning about the reading, and no total left out of the linkbase."""
    source = tmp_path / "snippet.txt"
    source.write_text(submission(ANNUAL_THEN_INTERIM_CF, form="8-K"), encoding="utf-8")
    result = export(source, tmp_path / "out", validate=False)
    assert not [f for f in arithmetic_findings(result.model) if f.severity != "info"]
    (operating,) = [c for c in result.model.linkbase_calculations
                    if c.total.concept == "NetCashProvidedByUsedInOperatingActivities"]
    assert "Increase in receivables" in {p.label for p, _ in operating.parts}
    assert not [d for d in result.model.dropped_sums if d.total.concept == operating.total.concept]


SCALE_IN_RUNNING_HEAD = """\
SNIPPET MANUFACTURING CORPORATION AND SUBSIDIARIES        (Amounts in thousands of dollars)

                      CONSOLIDATED STATEMENTS OF INCOME

<TABLE>
<CAPTION>
                                                            Year Ended December 31,
                                                            1998          1997
<S>                                                     <C>           <C>
Net sales                                                $ 98,450      $ 91,230
Cost of sales                                              61,200        57,800
                                                         --------      --------
Net income                                               $ 37,250      $ 33,430
</TABLE>
"""


def test_the_scale_in_a_running_page_head_of_two_fields() -> None:
    """A page's running head prints the company at the left and the scale at the right, far apart:
    longer than a title line, but two short fields, not prose. The title block above the table
    reaches it, and the scale holds for the statement (every value was a thousand times too small)."""
    ex = extract_snippet(SCALE_IN_RUNNING_HEAD, form="8-K")
    (st,) = [s for s in ex.statements if s.code == "is"]
    values = {(f.label, f.period.key()): int(f.value) for f in st.facts}
    assert values[("Net sales", "1998-01-01/1998-12-31")] == 98_450_000


THREE_DATES_IN_A_LONG_TITLE = """\
                                  SNIPPET CORP.
                        CONSOLIDATED STATEMENTS OF INCOME
      FOR THE YEARS ENDED SEPTEMBER 26, 1997, SEPTEMBER 27, 1996 AND SEPTEMBER 29, 1995
                             (Dollars in millions)
<TABLE>
<CAPTION>
                                                      1997          1996          1995
<S>                                               <C>           <C>           <C>
Net sales.........................................   $ 7,081       $ 9,833       $11,062
Cost of sales.....................................     5,713         8,865         8,204
Operating expenses................................     1,771         2,172         2,197
Net loss..........................................   $  (403)      $(1,204)      $   661
</TABLE>
"""


def test_a_title_line_in_capitals_naming_three_dates_is_no_prose() -> None:
    """A capitalised title line naming three year ends runs past 75 characters: a heading in
    capitals without a full stop is no paragraph, so it dates the year-only columns."""
    ex = extract_snippet(THREE_DATES_IN_A_LONG_TITLE, form="10-K", fye="0926")
    (st,) = [s for s in ex.statements if s.code == "is"]
    values = {(f.label, f.period.key()): int(f.value) for f in st.facts}
    assert values[("Net sales", "1996-09-28/1997-09-26")] == 7_081_000_000
    assert values[("Net sales", "1994-10-01/1995-09-29")] == 11_062_000_000
