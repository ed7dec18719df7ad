"""Share counts a balance-sheet label prints once, and column dates of a month, day, slash and
two-digit year, from small synthetic snippets (issue 10: classes seen on the project's own answer
keys). Each read wrong before; none needs ../shared.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from exporter.understand.extraction import Extraction
from exporter.understand.parentheticals import read_label
from exporter.understand.periods import find_dates, parse_column
from tests.text_snippet import extract_snippet


def _shares(ex: Extraction, concept: str) -> set[tuple[str, Decimal]]:
    return {(f.period.key(), f.value) for f in ex.facts if f.concept == concept}


TREASURY_ONCE = """\
                          CONSOLIDATED BALANCE SHEETS
                                 (In thousands)
<TABLE>
<CAPTION>
                                                        December 31,
                                                        1997        1996
                                                        --------    --------
<S>                                                     <C>         <C>
Cash                                                    $  2,000    $  1,500
Inventories                                                3,000       2,500
                                                        --------    --------
Total assets                                            $  5,000    $  4,000
Accounts payable                                        $  1,500    $  1,300
Common stock, $1 par value; 1,000,000 shares issued        1,000       1,000
Retained earnings                                          3,000       2,200
Less treasury stock, at cost; 100,000 shares                (500)       (500)
                                                        --------    --------
Total liabilities and stockholders' equity              $  5,000    $  4,000
</TABLE>
"""


def test_a_treasury_count_printed_once_is_the_latest_balance_sheets_alone() -> None:
    """"Less treasury stock, at cost; 100,000 shares" beside the same cost at both dates: the count
    is printed once and names no date; the same cost does not prove the same count (it was
    exported at both dates). The issued count, which par x shares issued makes the line's same
    amount, holds at both."""
    ex = extract_snippet(TREASURY_ONCE)
    assert _shares(ex, "TreasuryStockCommonShares") == {("1997-12-31", Decimal(100_000))}
    assert _shares(ex, "CommonStockSharesIssued") == {("1997-12-31", Decimal(1_000_000)),
                                                       ("1996-12-31", Decimal(1_000_000))}


def test_a_count_printed_once_goes_to_the_latest_date_whatever_the_column_order() -> None:
    """The earlier year printed first: the lone undated count is the later year's, not the first
    column's; two columns of one year leave no latest date, and the count states nothing."""
    label = "Treasury stock, at cost, 1,234,000 shares"
    assert [q.values for q in read_label(label, 2, [1996, 1997])] == [(None, Decimal(1_234_000))]
    assert [q.values for q in read_label(label, 2, [1997, 1996])] == [(Decimal(1_234_000), None)]
    assert read_label(label, 2, [1997, 1997]) == []
    # one count the label dates at every column's date holds at each, though the years are one
    named = "Treasury stock, at cost; 1,358,208 shares at October 31, 2024 and January 31, 2024, respectively"
    assert [q.values for q in read_label(named, 2, [2024, 2024])] == [(Decimal(1_358_208),) * 2]
    # counts printed for each date still fill the columns in order
    both = "Treasury stock, at cost (1,234,000 and 1,000,000 shares)"
    assert [q.values for q in read_label(both, 2, [1997, 1996], True)] == [(Decimal(1_234_000), Decimal(1_000_000))]


# the balance sheet above, its columns headed "DEC 31/97   DEC 31/96" on one line
SLASHED_DATES = TREASURY_ONCE.replace(
    f"{'':56}December 31,\n{'':56}1997        1996\n", f"{'':56}DEC 31/97   DEC 31/96\n")


def test_column_headings_of_a_month_day_slash_and_two_digit_year_date_the_columns() -> None:
    """"DEC 31/97" over each column: the month's name, its day, a slash, two digits of year (the
    statement was refused: "no dated columns"); a title dating the statement so is read too."""
    assert "DEC 31/97" in SLASHED_DATES
    ex = extract_snippet(SLASHED_DATES)
    assert {(f.period.key(), f.value) for f in ex.facts if f.label == "Total assets"} == {
        ("1997-12-31", Decimal(5_000_000)), ("1996-12-31", Decimal(4_000_000))}
    cases = [("DEC 31/97", date(1997, 12, 31)), ("Sept. 30/03", date(2003, 9, 30)), ("June 30/1999", date(1999, 6, 30)),
             ("DEC 1/97", date(1997, 12, 1))]
    for printed, expected in cases:
        assert parse_column(printed).end == expected, printed
    assert find_dates("AS OF DEC 31/97 AND DEC 31/96") == [date(1997, 12, 31), date(1996, 12, 31)]
    assert parse_column("12/31").end is None  # a month and day in figures: no year
