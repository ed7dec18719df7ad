"""Old plain-text statements and earnings releases: the reading classes the plain-text round of the
layout bed (tests/layout_bed_text.py) exposed, each from a small synthetic snippet. None needs
../shared.
"""

from __future__ import annotations

from tests.text_snippet import extract_snippet


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

