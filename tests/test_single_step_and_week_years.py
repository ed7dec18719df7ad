"""Two layouts of the fresh held-out keys' filings, as synthetic snippets (none needs ../shared):
a single-step income statement (revenue, then ten costs with income netted among them in
parentheses, down to income before taxes, no subtotal), and a 52/53-week company whose 53-week
earliest year is dated only by the balance its statement of equity opens with."""

from __future__ import annotations

from datetime import date

from exporter.read.numbers import parse_number
from exporter.read.tables import Cell, Row
from exporter.understand.arithmetic import find_sums
from tests.text_snippet import extract_snippet

SINGLE_STEP = """\
                         SNIPPET SERVICES, INC. AND SUBSIDIARIES
                          CONSOLIDATED STATEMENTS OF INCOME
                     FOR THE YEARS ENDED DECEMBER 31, 1992 AND 1993
                         (000'S OMITTED EXCEPT PER SHARE AMOUNTS)
<TABLE>
<CAPTION>
                                                                            1992         1993
<S>                                                                    <C>          <C>
REVENUE                                                                $8,661,027   $9,135,577
  Operating expenses                                                   $5,945,762   $6,346,914
  Special charges                                                         219,900      550,000
  Selling and administrative expenses                                   1,048,047    1,128,202
  Goodwill amortization                                                    77,144       94,391
  Gains from stock transactions of subsidiaries                          (263,489)     (15,109)
  Gains from exchange of debentures                                          (191)           -
  Interest expense                                                        223,052      300,878
  Interest income                                                         (57,693)     (41,432)
  Minority interest                                                       156,824       57,986
  Sundry income, net                                                      (86,741)     (95,424)
                                                                       ----------   ----------
  Income before income taxes                                           $1,398,412   $  809,171
  Provision for income taxes                                              477,237      356,395
                                                                       ----------   ----------
  Net income                                                           $  921,175   $  452,776
</TABLE>
"""


def test_a_single_step_income_statement_is_its_revenue_less_every_line_below() -> None:
    """Income before taxes is the revenue less the ten lines below it: more lines than every sign
    pattern is tried for, but the first less the others is; the income lines netted among the costs
    in parentheses are stored as income, positive."""
    ex = extract_snippet(SINGLE_STEP)
    facts = {(f.concept, f.period.end.year): f.value for s in ex.statements if s.code == "is" for f in s.facts}
    assert facts[("InvestmentIncomeInterest", 1993)] == 41432000
    assert facts[("InterestExpense", 1993)] == 300878000
    assert facts[("NetIncomeLoss", 1993)] == 452776000


def test_the_first_less_the_rest_is_tried_beyond_every_sign_pattern() -> None:
    def row(n: int, label: str, value: int, ruled: bool = False) -> Row:
        return Row(label, [Cell(str(value), parse_number(str(value)), n)], n, rule_above=ruled, index=n)

    rows = [row(0, "Revenue", 1000)] + [row(i + 1, f"Cost {i}", 7) for i in range(11)]
    rows.append(row(12, "Income before taxes", 923, ruled=True))
    sums = find_sums(rows, list(range(len(rows))))
    assert any(s.total == 12 and s.parts[0] == (0, 1) and all(w == -1 for _, w in s.parts[1:]) for s in sums)


WEEK_YEARS = """\
                          SNIPPET INSTRUMENTS, INC. AND SUBSIDIARIES
                               CONSOLIDATED INCOME STATEMENTS
                           FOR THREE YEARS ENDED DECEMBER 31, 2000
<TABLE>
<CAPTION>
(DOLLARS IN THOUSANDS)                                     2000          1999         1998
<S>                                                   <C>           <C>           <C>
Sales..............................................  $1,695,267    $1,363,129    $854,382
Cost of sales......................................   1,000,000       800,000     500,000
                                                      ----------    ----------    --------
Gross profit.......................................     695,267       563,129     354,382
Operating expenses.................................     500,000       450,000     250,000
                                                      ----------    ----------    --------
Net income.........................................  $  195,267    $  113,129    $104,382
</TABLE>

                          SNIPPET INSTRUMENTS, INC. AND SUBSIDIARIES
                               CONSOLIDATED BALANCE SHEETS
<TABLE>
<CAPTION>
(DOLLARS IN THOUSANDS)                                DECEMBER 31,    JANUARY 2,
                                                          2000          2000
<S>                                                   <C>           <C>
Cash...............................................  $  100,000    $   90,000
Other assets.......................................     900,000       810,000
                                                      ----------    ----------
Total assets.......................................  $1,000,000    $  900,000
                                                      ==========    ==========
Liabilities........................................  $  400,000    $  400,000
Stockholders' equity...............................     600,000       500,000
                                                      ----------    ----------
Total liabilities and stockholders' equity.........  $1,000,000    $  900,000
                                                      ==========    ==========
</TABLE>

                          SNIPPET INSTRUMENTS, INC. AND SUBSIDIARIES
             CONSOLIDATED STATEMENTS OF STOCKHOLDERS' EQUITY AND COMPREHENSIVE INCOME
<TABLE>
<CAPTION>
(DOLLARS IN THOUSANDS)                                               RETAINED       TOTAL
                                                                     EARNINGS      EQUITY
<S>                                                                 <C>           <C>
BALANCE, DECEMBER 28, 1997.......................................   $  87,222     $ 87,222
Net income.......................................................     104,382      104,382
Dividends........................................................      (5,000)      (5,000)
BALANCE, JANUARY 3, 1999.........................................     186,604      186,604
Net income.......................................................     113,129      113,129
Other comprehensive income.......................................     205,267      205,267
BALANCE, JANUARY 2, 2000.........................................     500,000      500,000
Net income.......................................................     195,267      195,267
Dividends........................................................     (95,267)     (95,267)
BALANCE, DECEMBER 31, 2000.......................................  $  600,000     $600,000
</TABLE>
"""


def test_a_53_week_year_starts_after_the_balance_the_equity_statement_opens_it_with() -> None:
    """The years end December 31, 2000, January 2, 2000 and January 3, 1999 (Sundays); the earliest,
    53 weeks long, is dated only by 'BALANCE, DECEMBER 28, 1997' in a statement of equity whose net
    income and comprehensive income lines read it as another statement: its year starts December 29,
    1997, not 52 weeks back (January 5, 1998)."""
    ex = extract_snippet(WEEK_YEARS)
    starts = {f.period.end: f.period.start for s in ex.statements if s.code == "is" for f in s.facts}
    assert starts[date(1999, 1, 3)] == date(1997, 12, 29)
    assert starts[date(2000, 1, 2)] == date(1999, 1, 4)
    assert starts[date(2000, 12, 31)] == date(2000, 1, 3)
