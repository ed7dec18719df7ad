"""Old plain-text statements and earnings releases: the reading classes the plain-text round of the
layout bed (tests/layout_bed_text.py) exposed, each from a small synthetic snippet. None needs
../shared.
"""

from __future__ import annotations

from pathlib import Path

from exporter.read.documents import parse_filing
from exporter.read.provenance import locate
from exporter.understand.extract import extract
from exporter.understand.periods import parse_column
from tests.text_snippet import extract_snippet

# the lines of the income statement several snippets print under their own headings
_INCOME_LINES = """\
<S>                                                <C>           <C>
Net sales........................................  $     98,450  $     91,230
Cost of sales....................................        61,200        57,800
Selling, general and administrative..............        30,100        28,400
                                                   ------------  ------------
Income before income taxes.......................         7,150         5,030
Income taxes.....................................         2,860         2,012
                                                   ------------  ------------
Net income.......................................  $      4,290  $      3,018
                                                   ============  ============
</TABLE>
"""


def _periods(body: str, code: str = "is", form: str = "10-K", fye: str = "1231") -> list[str | None]:
    st = [s for s in extract_snippet(body, form, fye).statements if s.code == code]
    assert st, f"no {code} statement read"
    return [p.key() if p else None for p in st[0].periods]


def _values(body: str, code: str = "is", form: str = "10-K", fye: str = "1231") -> dict[str, set[int]]:
    """period -> the values of ``code``'s facts."""
    out: dict[str, set[int]] = {}
    for s in extract_snippet(body, form, fye).statements:
        if s.code == code:
            for f in s.facts:
                out.setdefault(f.period.key(), set()).add(int(f.value))
    return out


CHANGE_COLUMNS = """\
                    SNIPPET CORP. CONSOLIDATED STATEMENTS OF OPERATIONS
                                 (In thousands)
<TABLE>
<CAPTION>
                                           THREE MONTHS ENDED                      YEAR ENDED
                                                                Increase                                Increase
                                     March 31,     March 31,  (Decrease)     March 31,     March 31,  (Decrease)
                                          1999          1998                      1999          1998
                                    ----------    ----------  ----------    ----------    ----------  ----------
<S>                                 <C>           <C>         <C>           <C>           <C>         <C>
Revenues.........................   $   26,100    $   24,050  $    2,050    $   98,450    $   91,230  $    7,220
Cost of revenues.................       16,250        15,300         950        61,200        57,800       3,400
Operating expenses...............        7,700         7,250         450        30,100        28,400       1,700
                                    ----------    ----------  ----------    ----------    ----------  ----------
Net income.......................   $    2,150    $    1,500  $      650    $    7,150    $    5,030  $    2,120
                                    ==========    ==========  ==========    ==========    ==========  ==========
</TABLE>
"""


def test_a_change_column_beside_the_years_takes_no_year_from_its_neighbour() -> None:
    """An "Increase (Decrease)" column printed after each pair of years, its heading over it alone:
    the year row's "1998" stands over the prior-year column, not also over the change column
    (which then read as a second 1998 column: both dropped as entity columns with no consolidated
    one). The group headings stay over all three columns of their group."""
    assert _periods(CHANGE_COLUMNS, fye="0331") == [
        "1999-01-01/1999-03-31", "1998-01-01/1998-03-31", None,
        "1998-04-01/1999-03-31", "1997-04-01/1998-03-31", None]
    values = _values(CHANGE_COLUMNS, fye="0331")
    assert 1_500_000 in values["1998-01-01/1998-03-31"] and 5_030_000 in values["1997-04-01/1998-03-31"]
    assert 2_050_000 not in {v for vs in values.values() for v in vs}


PERCENT_OVER_ONE_COLUMN = """\
                    SNIPPET CORP. CONSOLIDATED STATEMENTS OF INCOME
                                 (In thousands)
<TABLE>
<CAPTION>
                                           THREE MONTHS ENDED                      YEARS ENDED
                                                                     %                                       %
                                   DECEMBER 31,  DECEMBER 31,   Change  DECEMBER 31,  DECEMBER 31,      Change
                                           1997          1996                   1997          1996
                                   ------------  ------------  -------  ------------  ------------  ----------
<S>                                <C>           <C>           <C>      <C>           <C>           <C>
Net sales........................  $     26,100  $     24,050     8.5%  $     98,450  $     91,230        7.9%
Cost of sales....................        16,250        15,300     6.2%        61,200        57,800        5.9%
Selling and administrative.......         7,700         7,250     6.2%        30,100        28,400        6.0%
                                   ------------  ------------           ------------  ------------
Net income.......................  $      2,150  $      1,500    43.3%  $      7,150  $      5,030       42.1%
</TABLE>
"""


def test_a_percent_sign_over_a_change_column_alone_heads_it_alone() -> None:
    """A line printing only "%" over each change column heads those columns: the amounts' columns
    are not percentages (they were, and the statement was dropped as naming no dates)."""
    assert _periods(PERCENT_OVER_ONE_COLUMN) == [
        "1997-10-01/1997-12-31", "1996-10-01/1996-12-31", None,
        "1997-01-01/1997-12-31", "1996-01-01/1996-12-31", None]


SCALE_UNDER_THE_TABLE = """\
                                SNIPPET CORP.
                         CONSOLIDATED BALANCE SHEETS
<TABLE>
<CAPTION>
                                                   December 31,  December 31,
                                                           1997          1996
                                                   ------------  ------------
<S>                                                <C>           <C>
Cash and cash equivalents........................  $     12,345  $     10,210
Accounts receivable..............................         8,120         7,455
                                                   ------------  ------------
Total assets.....................................  $     20,465  $     17,665
                                                   ============  ============
Accounts payable.................................  $      5,310  $      4,880
Stockholders' equity.............................        15,155        12,785
                                                   ------------  ------------
Total liabilities and stockholders' equity.......  $     20,465  $     17,665
                                                   ============  ============
</TABLE>
(Amounts in thousands)
"""


def test_a_scale_printed_in_a_line_under_the_table_scales_it() -> None:
    """"(Amounts in thousands)" under the figures, nothing above them: the table is in thousands."""
    assert 20_465_000 in _values(SCALE_UNDER_THE_TABLE, "bs")["1997-12-31"]


SCALE_IN_THE_OPENING_PARAGRAPH = """\
SNIPPET CORP. REPORTS FOURTH QUARTER RESULTS

SPRINGFIELD, Ill., Feb. 2, 1998--Snippet Corp. today reported net income of $4.3 million
for 1997. All amounts in the tables of this release are in thousands of dollars, except per
share data.

                         CONSOLIDATED STATEMENTS OF INCOME
<TABLE>
<CAPTION>
                                                     Year Ended    Year Ended
                                                   December 31,  December 31,
                                                           1997          1996
                                                   ------------  ------------
""" + _INCOME_LINES


def test_a_scale_stated_once_in_the_release_prose_scales_its_tables() -> None:
    """A release saying once, in its opening paragraph, that its tables are in thousands: a
    table that states no scale of its own is in thousands."""
    assert 4_290_000 in _values(SCALE_IN_THE_OPENING_PARAGRAPH, form="8-K")["1997-01-01/1997-12-31"]


NIL_AS_DASH_ZERO_DASH = """\
                         CONSOLIDATED STATEMENTS OF INCOME
                                 (In thousands)
<TABLE>
<CAPTION>
                                                     Year Ended    Year Ended
                                                   December 31,  December 31,
                                                           1997          1996
                                                   ------------  ------------
<S>                                                <C>           <C>
Net sales........................................  $     98,450  $     91,230
Cost of sales....................................        61,200        57,800
Selling, general and administrative..............        30,100        28,400
                                                   ------------  ------------
Operating income.................................         7,150         5,030
Other income (expense), net......................           -0-           -0-
Income taxes.....................................         2,860         2,012
                                                   ------------  ------------
Net income.......................................  $      4,290  $      3,018
                                                   ============  ============
</TABLE>
"""


def test_dash_zero_dash_is_a_printed_zero() -> None:
    """"-0-" prints a nil amount as "--" does: the line's facts are zeros, not left out."""
    st = [s for s in extract_snippet(NIL_AS_DASH_ZERO_DASH).statements if s.code == "is"][0]
    other = [f for f in st.facts if f.label.startswith("Other income")]
    assert sorted(int(f.value) for f in other) == [0, 0]


RECONCILIATION_UNDER_THE_STATEMENT_UNTAGGED = """\
                         CONSOLIDATED STATEMENTS OF INCOME
                                 (In thousands)

                                                     Year Ended    Year Ended
                                                   December 31,  December 31,
                                                           1997          1996
                                                   ------------  ------------
Net sales........................................  $     98,450  $     91,230
Cost of sales....................................        61,200        57,800
Selling, general and administrative..............        30,100        28,400
Operating income.................................         7,150         5,030
Income taxes.....................................         2,860         2,012
Net income.......................................  $      4,290  $      3,018

                   RECONCILIATION OF GAAP TO NON-GAAP RESULTS
                                  (Unaudited)
                                                      Year Ended 1997
                                                                Special   As adjusted
                                                         GAAP     items

Operating income.................................  $      7,150  $  1,250  $   8,400
Income taxes.....................................         2,860       500      3,360
Net income.......................................         4,290       750      5,040
"""


def test_an_untagged_table_under_its_own_headings_does_not_continue_the_statement() -> None:
    """A non-GAAP reconciliation printed right under an untagged income statement, its column
    headings set over the figures: a table of its own, not more lines of the statement (whose
    third column, undated, was dropped and whose second took the special items as 1996's)."""
    values = _values(RECONCILIATION_UNDER_THE_STATEMENT_UNTAGGED, form="8-K")
    assert values["1996-01-01/1996-12-31"].isdisjoint({1_250_000, 500_000, 750_000})
    assert not {8_400_000, 5_040_000} & {v for vs in values.values() for v in vs}


FISCAL_YEARS_DATED_BY_THE_BALANCE_SHEET = """\
                         CONSOLIDATED BALANCE SHEETS
                                 (In thousands)
<TABLE>
<CAPTION>
                                                     January 1,    January 3,
                                                           2005          2004
                                                   ------------  ------------
<S>                                                <C>           <C>
Cash.............................................  $     12,345  $     10,210
Inventories......................................         8,120         7,455
                                                   ------------  ------------
Total assets.....................................  $     20,465  $     17,665
                                                   ============  ============
</TABLE>

                         CONSOLIDATED STATEMENTS OF INCOME
                                 (In thousands)
<TABLE>
<CAPTION>
                                                    Fiscal 2004   Fiscal 2003
                                                   ------------  ------------
""" + _INCOME_LINES


def test_fiscal_years_of_a_52_53_week_year_take_the_balance_sheet_dates() -> None:
    """"Fiscal 2004 | Fiscal 2003" with no date but the balance sheet's (January 1, 2005 and
    January 3, 2004: the Saturday nearest December 31): each fiscal year ends on the balance-sheet
    date within a week of its December 31."""
    assert _periods(FISCAL_YEARS_DATED_BY_THE_BALANCE_SHEET, fye="1231") == [
        "2004-01-04/2005-01-01", "2003-01-05/2004-01-03"]


TAB_BEFORE_EACH_FIGURE = (
    "                         CONSOLIDATED STATEMENTS OF INCOME\n"
    "                                 (In thousands)\n\n"
    "\tYear Ended\tYear Ended\n"
    "\tDecember 31,\tDecember 31,\n"
    "\t1997\t1996\n\n"
    "Net sales\t$ 98,450\t$ 91,230\n"
    "Cost of sales\t61,200\t57,800\n"
    "Selling, general and administrative\t30,100\t28,400\n"
    "Operating income\t7,150\t5,030\n"
    "Income taxes\t2,860\t2,012\n"
    "Net income\t$ 4,290\t$ 3,018\n"
)


def test_figures_one_tab_apart_are_read_as_columns() -> None:
    """A release typed in a word processor: one tab between a label and each figure, so the
    figures line up nowhere once the tabs are expanded to every eighth column. The fields are
    laid out as columns, and where each figure stands in the input is still told right."""
    ex = extract(parse_filing(TAB_BEFORE_EACH_FIGURE, Path("release.txt")))
    values = {(f.period.key(), int(f.value)) for f in ex.facts}
    assert ("1996-01-01/1996-12-31", 28_400_000) in values and ("1997-01-01/1997-12-31", 4_290_000) in values
    st = next(s for s in ex.statements if s.code == "is")
    fact = next(f for f in st.facts if f.value == 57_800_000)
    row = next(r for r in st.table.rows if r.label.startswith("Cost of sales"))
    where = locate(st.table, row.cells[fact.column], fact.line)
    raw = TAB_BEFORE_EACH_FIGURE.split("\n")[where.line - 1]
    assert raw[where.first - 1:where.last] == "57,800"


def _tabbed_quarter_and_year(group_line: str) -> str:
    return ("                         CONSOLIDATED STATEMENTS OF INCOME\n"
            "                                 (In thousands)\n\n"
            f"{group_line}\n"
            "\tDecember 31,\tDecember 31,\tDecember 31,\tDecember 31,\n"
            "\t1997\t1996\t1997\t1996\n\n"
            "Net sales\t$ 26,100\t$ 24,050\t$ 98,450\t$ 91,230\n"
            "Cost of sales\t16,250\t15,300\t61,200\t57,800\n"
            "Selling, general and administrative\t7,700\t7,250\t30,100\t28,400\n"
            "Operating income\t2,150\t1,500\t7,150\t5,030\n"
            "Income taxes\t860\t600\t2,860\t2,012\n"
            "Net income\t$ 1,290\t$ 900\t$ 4,290\t$ 3,018\n")


def test_group_headings_of_tab_separated_columns() -> None:
    """A word-processor release's group headings over four tab-separated columns: one tab before
    each ("<tab>Three Months Ended<tab>Year Ended"), or runs of tabs counting the columns
    ("<tab>Three Months Ended<tab><tab>Year Ended"). Each heads the two columns under it, so the
    year's columns are the years, not quarters."""
    for group in ("\tThree Months Ended\tYear Ended", "\tThree Months Ended\t\tYear Ended"):
        ex = extract(parse_filing(_tabbed_quarter_and_year(group), Path("release.txt")))
        (st,) = [s for s in ex.statements if s.code == "is"]
        assert [p.key() if p else None for p in st.periods] == [
            "1997-10-01/1997-12-31", "1996-10-01/1996-12-31", "1997-01-01/1997-12-31", "1996-01-01/1996-12-31"]


FISCAL_YEARS_ONE_SPACE_APART = """\
                    CONSOLIDATED STATEMENTS OF INCOME
        FOR THE FISCAL YEARS ENDED JANUARY 1, 2005 AND JANUARY 3, 2004
                             (In thousands)
<TABLE>
<CAPTION>
                                         Fiscal 2004 Fiscal 2003
                                         ----------- -----------
<S>                                      <C>         <C>
Net sales...............................    $98,450     $91,230
Cost of sales...........................     61,200      57,800
Net income..............................    $ 4,290     $ 3,018
</TABLE>
"""


def test_fiscal_year_headings_set_one_space_apart() -> None:
    """"Fiscal 2004 Fiscal 2003" over narrow columns one space apart: two headings, each closed by
    its year, not "Fiscal" / "2004 Fiscal" / "2003"; the years end on the title's dates."""
    assert _periods(FISCAL_YEARS_ONE_SPACE_APART, fye="1231") == ["2004-01-04/2005-01-01", "2003-01-05/2004-01-03"]


def _tabbed_with_change(head: tuple[str, str], change: tuple[str, ...]) -> str:
    """An income statement typed with one tab before each field, a change column beside the two
    years: its heading over the third column alone (a run of tabs counting the columns), the
    year lines ending in a tab and blanks."""
    return ("                         CONSOLIDATED STATEMENTS OF INCOME\n"
            "                                 (In thousands)\n\n"
            f"\t\t\t{head[0]}\n"
            f"\t\t\t{head[1]}\n"
            "\tYear Ended\tYear Ended\t   \n"
            "\tDecember 31,\tDecember 31,\t   \n"
            "\t1997\t1996\t   \n\n"
            f"Net sales\t$ 98,450\t$ 91,230\t{change[0]}\n"
            f"Cost of sales\t61,200\t57,800\t{change[1]}\n"
            f"Selling, general and administrative\t30,100\t28,400\t{change[2]}\n"
            f"Operating income\t7,150\t5,030\t{change[3]}\n"
            f"Income taxes\t2,860\t2,012\t{change[4]}\n"
            f"Net income\t$ 4,290\t$ 3,018\t{change[5]}\n")


def test_a_change_column_over_tab_separated_figures_takes_no_year() -> None:
    """"Increase (Decrease)" or "% Change" typed over the third of three tab-separated columns:
    the heading's words in parentheses and the percent sign are headings, the year lines are
    headings, not figures, and the trailing tab separates nothing. Both years are read; the
    change column takes neither year."""
    for head, change in ((("Increase", "(Decrease)"), ("7,220", "3,400", "1,700", "2,120", "848", "1,272")),
                         (("%", "Change"), ("7.9%", "5.9%", "6.0%", "42.1%", "42.1%", "42.1%"))):
        values = _values(_tabbed_with_change(head, change))
        assert set(values) == {"1997-01-01/1997-12-31", "1996-01-01/1996-12-31"}, head
        assert {91_230_000, 28_400_000, 3_018_000} <= values["1996-01-01/1996-12-31"], head
        assert 7_220_000 not in values["1997-01-01/1997-12-31"], head


PRO_FORMA_ONE_SPACE_AFTER_THE_YEAR = """\
                    CONSOLIDATED STATEMENTS OF INCOME
                             (In thousands)
<TABLE>
<CAPTION>
                                         YEARS ENDED DECEMBER 31,
                                         -----------------------
                                              1997      1996 Pro forma
                                         --------- --------- ---------
<S>                                      <C>       <C>       <C>
Net sales...............................  $98,450   $91,230   $99,700
Cost of sales...........................   61,200    57,800    62,450
Net income..............................  $ 4,290   $ 3,018   $ 5,040
</TABLE>
"""


def test_a_pro_forma_heading_one_space_after_a_year_heads_its_own_column() -> None:
    """"1996 Pro forma" over narrow columns one space apart: the year heads its column and "Pro
    forma" the column beside it, so 1996 is read (not dropped as a pro forma column) and the pro
    forma figures are not."""
    values = _values(PRO_FORMA_ONE_SPACE_AFTER_THE_YEAR)
    assert values["1996-01-01/1996-12-31"] == {91_230_000, 57_800_000, 3_018_000}
    assert not {99_700_000, 62_450_000, 5_040_000} & {v for vs in values.values() for v in vs}


def _two_digit_years(head: str) -> list[str | None]:
    """The income statement's periods under ``head``, in a 10-K whose cover dates its year."""
    body = ("FORM 10-K\nFor the fiscal year ended December 31, 1997\n\n"
            "                    CONSOLIDATED STATEMENTS OF INCOME\n<TABLE>\n<CAPTION>\n"
            f"{head}\n" + _INCOME_LINES)
    return _periods(body)


def test_two_digit_years_of_the_1990s_are_read_in_their_century() -> None:
    """"FY97", "Fiscal '97", "Q4 '97": a year of two digits after a fiscal-year or quarter word or
    an apostrophe is the 1997 of a 1990s filing (1997, not 2097), as "08/30/03" is 2003."""
    years = ["1997-01-01/1997-12-31", "1996-01-01/1996-12-31"]
    assert _two_digit_years(" " * 55 + "FY97          FY96") == years
    assert _two_digit_years(" " * 53 + "Fiscal '97    Fiscal '96") == years
    assert _two_digit_years(" " * 55 + "Q4 '97        Q4 '96") == ["1997-10-01/1997-12-31", "1996-10-01/1996-12-31"]


def test_fiscal_and_a_two_digit_year_is_that_year() -> None:
    """"Fiscal 97  Fiscal 96": the word and the two digits make the year; the word is not split off
    as a heading over both columns, leaving two bare numbers. "Fiscal 52 Weeks" stays a length."""
    years = ["1997-01-01/1997-12-31", "1996-01-01/1996-12-31"]
    assert _two_digit_years(" " * 53 + "Fiscal 97     Fiscal 96") == years
    assert parse_column("Fiscal 52 Weeks Ended").weeks == 52


FOOTNOTE_MARKS_AFTER_FIGURES = """\
                    CONSOLIDATED STATEMENTS OF INCOME
                             (In thousands)
<TABLE>
<CAPTION>
                                                 Year Ended December 31,
                                                   1997          1996
<S>                                               <C>           <C>
Net sales........................................  $ 98,450      $ 91,230
Cost of sales....................................    61,200(a)     57,800(a)
Restructuring charge.............................    (2,500)(b)       --
Selling, general and administrative..............    27,600        28,400
                                                   --------      --------
Income before income taxes.......................     7,150         5,030
Income taxes.....................................     2,860*        2,012*
                                                   --------      --------
Net income.......................................  $  4,290      $  3,018
</TABLE>
(a) Includes depreciation.  (b) See Note 4.  * Restated.
"""


def test_a_footnote_mark_after_a_figure_leaves_the_figure_read() -> None:
    """"61,200(a)", "(2,500)(b)", "2,860*": a footnote mark printed right after a figure, hanging
    right of its column, is no part of the figure: the figure is read where its digits stand, and
    the line keeps its values in both years."""
    values = _values(FOOTNOTE_MARKS_AFTER_FIGURES)
    assert {61_200_000, 2_500_000, 2_860_000} <= {abs(v) for v in values["1997-01-01/1997-12-31"]}
    assert {57_800_000, 2_012_000} <= {abs(v) for v in values["1996-01-01/1996-12-31"]}


NOT_MEANINGFUL_CHANGE = """\
                    CONSOLIDATED STATEMENTS OF INCOME
                             (In thousands)
<TABLE>
<CAPTION>
                                          Year Ended December 31,
                                              1997        1996      % Change
<S>                                      <C>          <C>          <C>
Net sales...............................    $98,450     $91,230         7.9%
Cost of sales...........................     61,200      57,800         5.9%
Other income............................      1,500          --        {nm}
Selling and administrative..............     30,100      28,400         6.0%
                                          ---------   ---------
Income before income taxes..............      8,650       5,030        72.0%
Income taxes............................      2,860       2,012        42.1%
                                          ---------   ---------
Net income..............................    $ 5,790     $ 3,018        91.8%
</TABLE>
"""


def test_not_meaningful_in_a_change_column_is_no_figure() -> None:
    """"NM", "N/M", "N.M.", "NMF" (not meaningful) printed in a change column: the line keeps its
    figures in both years, and its label does not run on into the next line's."""
    for nm in ("NM", "N/M", "N.M.", "NMF"):
        ex = extract_snippet(NOT_MEANINGFUL_CHANGE.replace("{nm}", nm.rjust(5)))
        other = {(f.period.key(), int(f.value)) for f in ex.facts if f.label == "Other income"}
        assert other == {("1997-01-01/1997-12-31", 1_500_000), ("1996-01-01/1996-12-31", 0)}, nm
        selling = {int(f.value) for f in ex.facts if f.label == "Selling and administrative"}
        assert selling == {30_100_000, 28_400_000}, nm


DOLLAR_SIGN_TAB_FIELDS = (
    "                         CONSOLIDATED STATEMENTS OF INCOME\n"
    "                                 (In thousands)\n\n"
    "\tYear Ended December 31,\n"
    "\t1997\t1996\n\n"
    "Net sales\t$\t98,450\t$\t91,230\n"
    "Cost of sales\t\t61,200\t\t57,800\n"
    "Selling, general and administrative\t\t30,100\t\t28,400\n"
    "Operating income\t\t7,150\t\t5,030\n"
    "Income taxes\t\t2,860\t\t2,012\n"
    "Net income\t$\t4,290\t$\t3,018\n"
)


def test_a_dollar_sign_typed_as_a_tab_field_of_its_own() -> None:
    """A word-processor release with a tab stop for the dollar sign: "Net sales<tab>$<tab>98,450",
    the stop left empty on the other lines ("Cost of sales<tab><tab>61,200"). The dollar sign goes
    with its figure, the empty stop separates nothing, and every line keeps both years; where a
    figure stands in the input is still told right."""
    ex = extract(parse_filing(DOLLAR_SIGN_TAB_FIELDS, Path("release.txt")))
    values = {(f.period.key(), abs(int(f.value))) for f in ex.facts}
    assert {("1996-01-01/1996-12-31", 28_400_000), ("1997-01-01/1997-12-31", 30_100_000),
            ("1997-01-01/1997-12-31", 98_450_000), ("1996-01-01/1996-12-31", 3_018_000)} <= values
    st = next(s for s in ex.statements if s.code == "is")
    assert len(st.facts) == 12
    fact = next(f for f in st.facts if f.value == 28_400_000)
    row = next(r for r in st.table.rows if r.label.startswith("Selling"))
    where = locate(st.table, row.cells[fact.column], fact.line)
    raw = DOLLAR_SIGN_TAB_FIELDS.split("\n")[where.line - 1]
    assert raw[where.first - 1:where.last] == "28,400"


FOOTNOTE_MARKS_ONE_SPACE_AFTER = """\
                    CONSOLIDATED STATEMENTS OF INCOME
                             (In thousands)
<TABLE>
<CAPTION>
                                                 Year Ended December 31,
                                                   1997          1996
<S>                                               <C>           <C>
Net sales........................................  $ 98,450      $ 91,230
Cost of sales....................................    61,200 (a)    57,800 (a)
Selling, general and administrative..............    30,100 (2)    28,400 (2)
                                                   --------      --------
Income before income taxes.......................     7,150         5,030
Income taxes.....................................     2,860 *       2,012 *
                                                   --------      --------
Net income.......................................  $  4,290      $  3,018
</TABLE>
(a) Includes depreciation.  (2) See Note 4.  * Restated.
"""


def test_a_footnote_mark_one_space_after_a_figure_leaves_the_figure_read() -> None:
    """"30,100 (2)", "61,200 (a)": a mark of one digit or letter in parentheses one space after a
    figure, where no column stands, is a footnote reference, not a negative 2 in a column of its own:
    the line keeps its figures in both years."""
    values = _values(FOOTNOTE_MARKS_ONE_SPACE_AFTER)
    assert {61_200_000, 30_100_000, 2_860_000} <= {abs(v) for v in values["1997-01-01/1997-12-31"]}
    assert {57_800_000, 28_400_000, 2_012_000} <= {abs(v) for v in values["1996-01-01/1996-12-31"]}
    assert not {2_000, 2} & {abs(v) for vs in values.values() for v in vs}


FOOTNOTE_MARKS_OF_TWO_DIGITS = """\
                    CONSOLIDATED STATEMENTS OF INCOME
                             (In thousands)
<TABLE>
<CAPTION>
                                                 Year Ended December 31,
                                                   1997          1996
<S>                                               <C>           <C>
Net sales........................................  $ 98,450      $ 91,230
Cost of sales....................................    61,200(12)    57,800(12)
Selling, general and administrative..............    30,100  (10)  28,400  (10)
                                                   --------      --------
Income before income taxes.......................     7,150         5,030
Income taxes.....................................     2,860  (a)    2,012  (a)
                                                   --------      --------
Net income.......................................  $  4,290      $  3,018
</TABLE>
(10) See Note 10.  (12) Includes depreciation.  (a) Restated.
"""


def test_a_footnote_mark_of_two_digits_or_two_spaces_after_a_figure_leaves_the_figure_read() -> None:
    """"61,200(12)", "30,100  (10)", "2,860  (a)": a mark of two digits attached to a figure, or a
    mark set two spaces after it where no column stands, is a footnote reference, not a negative 10
    in a column of its own: the line keeps its figures in both years, and no line's label swallows
    them."""
    values = _values(FOOTNOTE_MARKS_OF_TWO_DIGITS)
    assert {61_200_000, 30_100_000, 2_860_000} <= {abs(v) for v in values["1997-01-01/1997-12-31"]}
    assert {57_800_000, 28_400_000, 2_012_000} <= {abs(v) for v in values["1996-01-01/1996-12-31"]}
    assert not {10_000, 12_000, 10, 12} & {abs(v) for vs in values.values() for v in vs}
    labels = {f.label for f in extract_snippet(FOOTNOTE_MARKS_OF_TWO_DIGITS).facts}
    assert {"Cost of sales", "Selling, general and administrative", "Income taxes"} <= labels


CREDIT_MARKS = """\
                    CONSOLIDATED STATEMENTS OF CASH FLOWS
                             (In thousands)
<TABLE>
<CAPTION>
                                                 Year Ended December 31,
                                                   1997          1996
<S>                                               <C>           <C>
Net income.......................................  $  4,290      $  3,018
Depreciation.....................................     1,900         1,750
                                                   --------      --------
Net cash provided by operating activities........     6,190         4,768
Capital expenditures.............................     3,000 CR      2,500 CR
Proceeds from borrowings.........................     1,000           500
Dividends paid...................................     2,055 CR      1,558 CR
                                                   --------      --------
Net increase in cash.............................     2,135         1,210
Cash at beginning of year........................    10,210         9,000
                                                   --------      --------
Cash at end of year..............................  $ 12,345      $ 10,210
</TABLE>
"""


def test_a_credit_mark_after_a_figure_prints_it_as_a_negative() -> None:
    """"3,000 CR": a figure marked as a credit among debits, the mark hanging right of the digits as a
    closing parenthesis would, is the figure printed negative: the line keeps its figures in both
    years, in their columns, with the signs "(3,000)" would give."""
    ex = extract_snippet(CREDIT_MARKS)
    paren = extract_snippet(CREDIT_MARKS.replace("3,000 CR", "(3,000)").replace("2,500 CR", "(2,500)")
                            .replace("2,055 CR", "(2,055)").replace("1,558 CR", "(1,558)"))
    signed = {(f.concept, f.period.key(), f.value) for f in ex.facts}
    assert signed == {(f.concept, f.period.key(), f.value) for f in paren.facts}
    assert {f.label for f in ex.facts} >= {"Capital expenditures", "Dividends paid"}
    assert len(ex.facts) == len(paren.facts) == 17  # the 1996 closing cash is the 1997 opening


BOXED = """\
                    CONSOLIDATED STATEMENTS OF INCOME
                             (In thousands)

+-------------------------------------------------+-------------+-------------+
|                                                 |   Year Ended December 31, |
|                                                 |        1997 |        1996 |
+-------------------------------------------------+-------------+-------------+
|Net sales........................................| $    98,450 | $    91,230 |
|Cost of sales....................................|      61,200 |      57,800 |
|Selling, general and administrative..............|      30,100 |      28,400 |
+-------------------------------------------------+-------------+-------------+
|Income before income taxes.......................|       7,150 |       5,030 |
|Income taxes.....................................|       2,860 |       2,012 |
+-------------------------------------------------+-------------+-------------+
|Net income.......................................| $     4,290 | $     3,018 |
+-------------------------------------------------+-------------+-------------+
"""


def test_a_table_drawn_in_a_box_is_read_as_its_columns() -> None:
    """A statement drawn in a box of characters ("|" down the edges of the label column and of each
    figure column, "+" where the rules meet them): the bars are no words of the labels nor figures'
    marks, the rules are rules; every line keeps its figures in both years. A "|" in prose, or at
    one place only, stays."""
    from exporter.read.documents import without_column_bars

    values = _values(BOXED)
    assert {98_450_000, 61_200_000, 30_100_000, 7_150_000, 2_860_000, 4_290_000} == values["1997-01-01/1997-12-31"]
    assert {91_230_000, 57_800_000, 28_400_000, 5_030_000, 2_012_000, 3_018_000} == values["1996-01-01/1996-12-31"]
    labels = {f.label for f in extract_snippet(BOXED).facts}
    assert {"Net sales", "Cost of sales", "Net income"} <= labels
    prose = "Revenue | cost\nA pipe | here\nand | there\n"
    assert without_column_bars(prose) == prose


def test_two_digit_years_alone_under_a_dated_heading_are_years_of_the_documents_century() -> None:
    """"97     96" under "Year Ended December 31,": two digits alone over each column, in a 1997 filing,
    are 1997 and 1996 (the century the document's own date puts them in), not two bare numbers."""
    years = ["1997-01-01/1997-12-31", "1996-01-01/1996-12-31"]
    head = " " * 49 + "Year Ended December 31,\n" + " " * 61 + "97            96"
    assert _two_digit_years(head) == years


# an earnings release's income statement: the quarter's lines, then the nine months' under a period
# heading of their own typed over the same columns, all in one <TABLE> block
_STACKED_QUARTER = """\
                                                    Three Months Ended
                                                       September 30,
                                                  ----------------------
                                                     1996         1995
                                                  ---------    ---------
"""
_STACKED_NINE = _STACKED_QUARTER.replace(" Three Months", "  Nine Months")


def _stacked_lines(figures: tuple[str, ...]) -> str:
    labels = ("Net sales", "Cost of sales", "Selling, general and administrative", "", "Income before income taxes",
              "Income taxes", "", "Net income", "", "Net income per share")
    out = []
    for label, pair in zip(labels, figures, strict=True):
        if not label:
            out.append(" " * 50 + "---------    ---------")
            continue
        a, b = pair.split()
        out.append(f"{(label + '.' * 47)[:47]}   {a:>9}    {b:>9}")
    return "\n".join(out) + "\n"


_QUARTER_FIGURES = ("26,100 24,050", "16,250 15,300", "7,700 7,250", "", "2,150 1,500", "860 600", "",
                    "1,290 900", "", "0.26 0.18")
_NINE_FIGURES = ("78,300 72,150", "48,750 45,900", "23,100 21,750", "", "6,450 4,500", "2,580 1,800", "",
                 "3,870 2,700", "", "0.77 0.54")
_STACKED_TITLE = """\
                         SNIPPET CORP. AND SUBSIDIARIES
                      CONSOLIDATED STATEMENTS OF OPERATIONS
                  (In thousands, except per share amounts)
"""


def _stacked(layout: str) -> str:
    quarter, nine = _stacked_lines(_QUARTER_FIGURES), _stacked_lines(_NINE_FIGURES)
    tags = "<S>                                               <C>          <C>\n"
    if layout == "one_block":
        return (_STACKED_TITLE + "<TABLE>\n<CAPTION>\n" + _STACKED_QUARTER + tags + quarter + "\n"
                + _STACKED_NINE + nine + "</TABLE>\n")
    if layout == "two_blocks":
        return (_STACKED_TITLE + "<TABLE>\n<CAPTION>\n" + _STACKED_QUARTER + tags + quarter + "</TABLE>\n\n"
                + "<TABLE>\n<CAPTION>\n" + _STACKED_NINE + tags + nine + "</TABLE>\n")
    return _STACKED_TITLE + "\n" + _STACKED_QUARTER + quarter + "\n" + _STACKED_NINE + nine  # untagged


def test_a_year_to_date_heading_stacked_under_the_quarter_starts_a_statement_of_other_periods() -> None:
    """An earnings release types its income statement's quarter, then under a second period heading
    over the same columns ("Nine Months Ended / September 30, / 1996 1995") the nine months' lines:
    in one <TABLE> block, in a second block right under the first, or untagged. The nine months'
    figures are the nine months' (they were read as the quarter's, a second figure for each line, or
    lost as a table that lost to the quarter's), and the years under the second heading are no line
    ("Total september 30," of 1,996 and 1,995)."""
    quarter = ("1996-07-01/1996-09-30", "1995-07-01/1995-09-30")
    nine = ("1996-01-01/1996-09-30", "1995-01-01/1995-09-30")
    for layout in ("one_block", "two_blocks", "untagged"):
        body = _stacked(layout)
        values = _values(body, form="8-K")
        assert set(values) == {*quarter, *nine}, layout
        assert {26_100_000, 16_250_000, 1_290_000} <= values[quarter[0]], layout
        assert {78_300_000, 48_750_000, 3_870_000} <= values[nine[0]], layout
        assert {72_150_000, 2_700_000} <= values[nine[1]] and 72_150_000 not in values[quarter[1]], layout
        assert not {1_996_000, 1996} & {v for vs in values.values() for v in vs}, layout
        eps = {f.period.key(): f.value for f in extract_snippet(body, "8-K").facts if f.unit == "USD/shares"}
        assert str(eps[nine[0]]) == "0.77" and str(eps[quarter[0]]) == "0.26", layout


_SUMMARY_RELEASE = """\
                         SNIPPET CORP. AND SUBSIDIARIES
                     {title}
                  (In thousands, except per share amounts)
<TABLE>
<CAPTION>
                                                    Three Months Ended
                                                       September 30,
                                                     1996         1995
<S>                                               <C>          <C>
Net sales......................................   $  26,100    $  24,050
Cost of sales..................................      16,250       15,300
Selling, general and administrative............       7,700        7,250
                                                  ---------    ---------
Income before income taxes.....................       2,150        1,500
Income taxes...................................         860          600
                                                  ---------    ---------
Net income.....................................   $   1,290    $     900
                                                  =========    =========
Net income per share...........................   $    0.26    $    0.18
</TABLE>

                     CONDENSED CONSOLIDATED BALANCE SHEETS
                                 (In thousands)
<TABLE>
<CAPTION>
                                                  September 30,  December 31,
                                                     1996          1995
<S>                                               <C>           <C>
Cash and cash equivalents......................   $  12,000     $  10,000
Accounts receivable............................      15,000        13,000
                                                  ---------     ---------
Total current assets...........................      27,000        23,000
Property and equipment, net....................      20,000        19,000
                                                  ---------     ---------
Total assets...................................   $  47,000     $  42,000
                                                  =========     =========
Current liabilities............................   $  11,000     $  11,000
Stockholders' equity...........................      36,000        31,000
                                                  ---------     ---------
Total liabilities and stockholders' equity.....   $  47,000     $  42,000
                                                  =========     =========
</TABLE>
"""


_FIVE_YEARS = """\
                              SUMMARY OF OPERATIONS
                  (In thousands, except per share amounts)
<TABLE>
<CAPTION>
                                  1996       1995       1994       1993       1992
<S>                             <C>        <C>        <C>        <C>        <C>
Net sales....................   $98,450    $91,230    $85,100    $80,020    $75,400
Cost of sales................    61,200     57,800     54,000     51,000     48,100
Income taxes.................     2,860      2,012      1,900      1,700      1,500
Net income...................     4,290      3,018      2,800      2,500      2,200
Net income per share.........      0.86       0.60       0.56       0.50       0.44
</TABLE>
"""


def test_a_release_titling_its_income_statement_a_summary_of_operations_exports_it() -> None:
    """An earnings release printing its income statement under "CONSOLIDATED SUMMARY OF OPERATIONS"
    ("Summary of Consolidated Operations", "Summary Consolidated Statements of Income") and its
    balance sheet: both are exported (the income statement was refused as a summary table). A
    selected-data or highlights table stays refused, and a summary of operations beside an income
    statement titled as one (a 10-K's ten-year summary) is not the income statement."""
    quarter = "1996-07-01/1996-09-30"
    for title in ("CONSOLIDATED SUMMARY OF OPERATIONS", "Summary of Consolidated Operations",
                  "SUMMARY CONSOLIDATED STATEMENTS OF INCOME"):
        ex = extract_snippet(_SUMMARY_RELEASE.format(title=title), "8-K")
        assert sorted(s.code for s in ex.statements) == ["bs", "is"], title
        values = _values(_SUMMARY_RELEASE.format(title=title), form="8-K")
        assert {26_100_000, 1_290_000} <= values[quarter], title
    for title in ("SELECTED FINANCIAL DATA", "FINANCIAL HIGHLIGHTS", "SUMMARY OF SEGMENT OPERATIONS"):
        ex = extract_snippet(_SUMMARY_RELEASE.format(title=title), "8-K")
        assert [s.code for s in ex.statements] == ["bs"], title
    ex = extract_snippet(_FIVE_YEARS + _SUMMARY_RELEASE.split("</TABLE>", 1)[1], "10-K")
    assert [s.code for s in ex.statements] == ["bs"]  # a five-year summary of operations is no statement
    beside = (_SUMMARY_RELEASE.format(title="CONSOLIDATED STATEMENTS OF INCOME").split("<TABLE>")[0]
              + "<TABLE>" + _SUMMARY_RELEASE.split("<TABLE>")[1]
              + "\n                     SUMMARY OF OPERATIONS\n<TABLE>"
              + _SUMMARY_RELEASE.split("<TABLE>")[1].replace("26,100", "99,999"))
    values = _values(beside, form="8-K")
    assert 26_100_000 in values[quarter] and 99_999_000 not in values[quarter]


def test_a_year_to_date_column_headed_by_its_year_alone_ends_with_the_quarter_of_that_year() -> None:
    """A release's columns "Q3 1996 | Q3 1995 | YTD 1996 | YTD 1995" (or "Third Quarter" and "Year to
    Date" over the years): no date printed, the quarters end three quarters after the fiscal year end
    the SEC header declares, and each year to date ends with the quarter of its year (it was read as
    the whole year, 1996-01-01 to 1996-12-31)."""
    lines = "\n".join(ln for ln in _stacked_lines(_QUARTER_FIGURES).splitlines())
    nine = "\n".join(ln for ln in _stacked_lines(_NINE_FIGURES).splitlines())
    rows = "\n".join(f"{q}{n[47:]}" for q, n in zip(lines.splitlines(), nine.splitlines(), strict=True))
    tags = "<S>                                               <C>          <C>          <C>          <C>\n"
    heads = (" " * 53 + "Q3 1996      Q3 1995     YTD 1996     YTD 1995\n",
             " " * 52 + "Third Quarter               Year to Date\n" + " " * 53 + "1996         1995         1996"
             "         1995\n")
    for head in heads:
        body = _STACKED_TITLE + "<TABLE>\n<CAPTION>\n" + head + tags + rows + "\n</TABLE>\n"
        assert _periods(body, form="8-K") == ["1996-07-01/1996-09-30", "1995-07-01/1995-09-30",
                                              "1996-01-01/1996-09-30", "1995-01-01/1995-09-30"], head


def test_a_quarter_named_by_its_number_in_short_is_that_quarter() -> None:
    """"3rd Qtr 1996" and "4th Qtr." over the years: the quarter's number with "Qtr" for quarter names
    the quarter as "Third Quarter" does (the columns were left undated, beside "9 Mos 1996")."""
    lines = _stacked_lines(_QUARTER_FIGURES).splitlines()
    nine = _stacked_lines(_NINE_FIGURES).splitlines()
    rows = "\n".join(f"{q}{n[47:]}" for q, n in zip(lines, nine, strict=True))
    tags = "<S>                                               <C>          <C>          <C>          <C>\n"
    head = (" " * 52 + "3rd Qtr     3rd Qtr.       9 Mos        9 Mos\n"
            + " " * 53 + "1996         1995         1996         1995\n")
    body = _STACKED_TITLE + "<TABLE>\n<CAPTION>\n" + head + tags + rows + "\n</TABLE>\n"
    assert _periods(body, form="8-K") == ["1996-07-01/1996-09-30", "1995-07-01/1995-09-30",
                                          "1996-01-01/1996-09-30", "1995-01-01/1995-09-30"]


def test_a_year_to_date_of_a_fiscal_year_named_in_short_ends_with_the_quarter() -> None:
    """"Q3 FY96 | Q3 FY95 | YTD FY96 | YTD FY95": "FY96" says which fiscal year the year to date is
    of, not that it lasts a year (it was read as the whole year, 1996-01-01 to 1996-12-31)."""
    lines = _stacked_lines(_QUARTER_FIGURES).splitlines()
    nine = _stacked_lines(_NINE_FIGURES).splitlines()
    rows = "\n".join(f"{q}{n[47:]}" for q, n in zip(lines, nine, strict=True))
    tags = "<S>                                               <C>          <C>          <C>          <C>\n"
    for head in (" " * 53 + "Q3 FY96      Q3 FY95     YTD FY96     YTD FY95\n",
                 " " * 50 + "Q3 Fiscal 96 Q3 Fiscal 95  Fiscal 96 YTD Fiscal 95 YTD\n"):
        body = _STACKED_TITLE + "<TABLE>\n<CAPTION>\n" + head + tags + rows + "\n</TABLE>\n"
        assert _periods(body, form="8-K") == ["1996-07-01/1996-09-30", "1995-07-01/1995-09-30",
                                              "1996-01-01/1996-09-30", "1995-01-01/1995-09-30"], head
