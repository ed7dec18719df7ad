"""How a statement's table sets its own parts, from small synthetic snippets (issue 10): the
column headings typed after the ``<S> <C>`` line, dates of two-digit years per column ("Dec. 31,
97"), the scale in the table's closing line or row, an income statement closed by its retained
earnings' balances, negatives in parentheses touching across columns, column dates in figures
between dots ("12.31.97") or as a month and year ("12/97"), the retained earnings closing an
income statement whose "Costs and expenses:" no total closes. Each read wrong before
(tests/layout_bed_print.py sets them in whole statements). None needs ../shared.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from exporter.kinds import StatementKind
from exporter.read.documents import parse_filing
from exporter.read.text_columns import is_year_line, line_pieces, trailing_values
from exporter.understand.extract import extract
from exporter.understand.extraction import Extraction
from exporter.understand.facts import heading_paths, instant_at
from exporter.understand.periods import find_dates, parse_column
from exporter.understand.records import Edge
from tests.text_snippet import extract_snippet, two_year_caption


def _facts(ex: Extraction) -> dict[str, set[tuple[str, Decimal]]]:
    out: dict[str, set[tuple[str, Decimal]]] = {}
    for f in ex.facts:
        out.setdefault(f.label, set()).add((f.period.key(), f.value))
    return out


BS_HEADINGS_AFTER_S = """\
                          CONSOLIDATED BALANCE SHEETS
                                 (In thousands)
<TABLE>
<S>                                                     <C>         <C>
                                                        December 31,
                                                        1997        1996
                                                        --------    --------
Cash                                                    $  2,000    $  1,500
Inventories                                                3,000       2,500
                                                        --------    --------
Total assets                                            $  5,000    $  4,000
Accounts payable                                        $  1,000    $    900
Stockholders' equity                                       4,000       3,100
                                                        --------    --------
Total liabilities and stockholders' equity              $  5,000    $  4,000
</TABLE>
"""


def test_column_headings_typed_after_the_s_c_line_head_the_columns() -> None:
    """No <CAPTION>: the dates and years typed under the <S> <C> line are the columns' headings,
    not lines of the statement (the statement was refused: "no dated columns")."""
    facts = _facts(extract_snippet(BS_HEADINGS_AFTER_S))
    assert facts["Total assets"] == {("1997-12-31", Decimal(5_000_000)), ("1996-12-31", Decimal(4_000_000))}


def test_a_year_of_two_digits_after_a_months_day_is_a_date() -> None:
    """ "Dec. 31, 97    Dec. 31, 96" is a line of column dates, not a line of figures."""
    line = " " * 50 + "Dec. 31, 97    Dec. 31, 96"
    pieces = line_pieces(line)
    assert is_year_line(trailing_values(pieces), pieces)
    figures = " " * 20 + "Cash    31    97"  # a label's words, then figures: not dates
    assert not is_year_line(trailing_values(line_pieces(figures)), line_pieces(figures))


def _lines(*rows: tuple[str, str, str]) -> str:
    """Lines of a two-year snippet under tests.text_snippet.two_year_caption's columns."""
    return "".join(f"{label:<58}{a:>8}     {b:>8}\n" for label, a, b in rows)


_SALES = (("Net sales", "$ 98,450", "$ 91,230"), ("Costs and expenses", "94,160", "88,212"))
_YEARS = ("1997", "1996")
IS_SCALE_CLOSING = (two_year_caption("CONSOLIDATED STATEMENTS OF INCOME", "Year Ended December 31,", _YEARS)
                    .replace("(In thousands)", "") + _lines(*_SALES, ("Net income", "$  4,290", "$  3,018"))
                    + "\n(In thousands)\n</TABLE>\n")


def test_the_scale_in_the_closing_line_of_a_text_table_scales_it() -> None:
    facts = _facts(extract_snippet(IS_SCALE_CLOSING))
    assert ("1997-01-01/1997-12-31", Decimal(4_290_000)) in facts["Net income"]


def _html_income(closing: str) -> Extraction:
    rows = "".join(f"<tr><td>{label}</td><td>{a}</td><td>{b}</td></tr>" for label, a, b in (
        ("Net sales", "98,450", "91,230"), ("Costs and expenses", "94,160", "88,212"),
        ("Net income", "4,290", "3,018")))
    html = ("<html><body><p>CONSOLIDATED STATEMENTS OF INCOME</p><table>"
            '<tr><td></td><td colspan="2">Years Ended December 31,</td></tr>'
            f"<tr><td></td><td>1997</td><td>1996</td></tr>{rows}{closing}</table></body></html>")
    return extract(parse_filing(html, Path("snippet.htm")))


def test_the_scale_in_an_html_tables_closing_row_scales_it() -> None:
    for closing in ('<tr><td colspan="3">(Dollars in thousands)</td></tr>',
                    "<tr><td>(Dollars in thousands)</td><td></td><td></td></tr>"):
        facts = _facts(_html_income(closing))
        assert ("1997-01-01/1997-12-31", Decimal(4_290_000)) in facts["Net income"], closing
    # a closing row saying no scale leaves the figures as printed
    facts = _facts(_html_income('<tr><td colspan="3">See accompanying notes.</td></tr>'))
    assert ("1997-01-01/1997-12-31", Decimal(4_290)) in facts["Net income"]


def test_retained_earnings_closing_an_income_statement_are_balances() -> None:
    """A statement of income and retained earnings: the retained earnings at the year's start and
    end are balances at the start and end, by their labels or the heading they sit under."""
    IS = StatementKind.IS
    opening, closing = instant_at(IS, "Retained earnings at beginning of year"), instant_at(IS, "Deficit, end of year")
    assert opening is not None and opening.edge is Edge.START
    assert closing is not None and closing.edge is Edge.END
    under = instant_at(IS, "Balance at beginning of year", "Retained earnings:")
    assert under is not None and under.edge is Edge.START
    assert instant_at(IS, "Net income", "Retained earnings:") is None
    assert instant_at(IS, "Balance at beginning of year") is None  # no retained earnings named


IS_AND_RETAINED = two_year_caption("CONSOLIDATED STATEMENTS OF INCOME AND RETAINED EARNINGS",
                                   "Year Ended December 31,", _YEARS) + _lines(
    *_SALES, ("Net income", "4,290", "3,018"), ("Retained earnings at beginning of year", "20,560", "19,100"),
    ("Cash dividends", "(2,055)", "(1,558)"), ("Retained earnings at end of year", "$ 22,795", "$ 20,560"),
) + "</TABLE>\n"


def test_an_income_statements_retained_earnings_are_dated_at_the_years_ends() -> None:
    """Balances at the year's start and end (the end of 1996 printed twice is one fact), the
    balance sheet's concept; where they were amounts over the years."""
    ex = extract_snippet(IS_AND_RETAINED)
    balances = {(f.period.key(), f.value, f.concept) for f in ex.facts if f.label.startswith("Retained earnings")}
    assert balances == {(day, Decimal(v), "RetainedEarningsAccumulatedDeficit") for day, v in (
        ("1995-12-31", 19_100_000), ("1996-12-31", 20_560_000), ("1997-12-31", 22_795_000))}


def test_negatives_in_parentheses_touching_across_columns_are_two_figures() -> None:
    pieces = line_pieces("  Capital expenditures.......... (3,000)(2,500)")
    assert [p.printed.value for p in trailing_values(pieces) if p.printed] == [Decimal(-3000), Decimal(-2500)]
    marked = line_pieces("  Other.......................... (2,565)(1)")  # a figure and its footnote mark
    assert [p.printed.value for p in trailing_values(marked) if p.printed] == [Decimal(-2565)]


def test_an_income_statements_closing_retained_earnings_unlike_the_balance_sheets_is_an_error() -> None:
    """The retained earnings an income statement closes on are the balance sheet's at that date:
    figures that differ are an error finding (EXP.conflict), not a second fact under another name."""
    bs = two_year_caption("CONSOLIDATED BALANCE SHEETS", "December 31,", ("1997", "1996")) + "\n".join(
        f"{label:<58}{a:>8}     {b:>8}" for label, a, b in (
            ("Cash", "$ 22,795", "$ 20,560"), ("Total assets", "$ 22,795", "$ 20,560"),
            ("Retained earnings", "22,795", "20,560"),
            ("Total liabilities and stockholders' equity", "$ 22,795", "$ 20,560"))) + "\n</TABLE>\n\n"
    agreeing = extract_snippet(bs + IS_AND_RETAINED)
    assert not [f for f in agreeing.findings if f.severity == "error"]
    ex = extract_snippet(bs.replace("22,795", "22,895") + IS_AND_RETAINED)
    errors = [f for f in ex.findings if f.code == "EXP.conflict"]
    assert errors and "RetainedEarningsAccumulatedDeficit" in errors[0].message


IS_AND_CF_IN_ONE_TABLE = IS_SCALE_CLOSING.replace("(In thousands)\n</TABLE>\n", (
    f"{'CONSOLIDATED STATEMENTS OF CASH FLOWS':^80}\n\n{'':58}Year Ended December 31,\n{'':60}1997         1996\n"
    + _lines(("Net income", "$  4,290", "$  3,018"), ("Depreciation", "1,900", "1,750"),
             ("Net cash provided by operating activities", "6,190", "4,768"),
             ("Dividends paid", "(4,055)", "(3,558)"), ("Net increase in cash", "2,135", "1,210"),
             ("Cash at beginning of year", "10,210", "9,000"), ("Cash at end of year", "$ 12,345", "$ 10,210"))
    + "</TABLE>\n"))


def test_cash_flows_titled_inside_the_income_statements_table_are_a_statement_of_their_own() -> None:
    """The cash flows under a title row of their own in the income statement's table: their title
    moves to their part (split off at the period heading), so they are the cash-flow statement and
    their opening and closing cash are balances, not the income statement's amounts over years."""
    ex = extract_snippet(IS_AND_CF_IN_ONE_TABLE)
    assert [st.code for st in ex.statements] == [StatementKind.IS, StatementKind.CF]
    facts = _facts(ex)
    assert facts["Cash at beginning of year"] == {("1996-12-31", Decimal(10_210)), ("1995-12-31", Decimal(9_000))}


def test_a_balance_sheet_titled_inside_the_income_statements_table_is_a_statement_of_its_own() -> None:
    """A balance sheet run on in the income statement's table under its own title line: the table
    is split at the title (its heading of dates names no length of time), the title titles it."""
    text = IS_SCALE_CLOSING.replace("(In thousands)\n</TABLE>\n", (
        f"{'CONSOLIDATED BALANCE SHEETS':^80}\n\n{'':58}December 31,\n{'':60}1997         1996\n"
        + _lines(("Cash", "$ 22,795", "$ 20,560"), ("Total assets", "$ 22,795", "$ 20,560"),
                 ("Retained earnings", "22,795", "20,560"),
                 ("Total liabilities and stockholders' equity", "$ 22,795", "$ 20,560"))
        + "</TABLE>\n"))
    ex = extract_snippet(text)
    assert {st.code for st in ex.statements} == {StatementKind.BS, StatementKind.IS}
    assert _facts(ex)["Total assets"] == {("1997-12-31", Decimal(22_795)), ("1996-12-31", Decimal(20_560))}


def test_column_dates_in_figures_between_dots_date_the_columns() -> None:
    """ "12.31.97    12.31.96" (or "12/31/97", or the month and year alone, "12/97": the month's
    end) typed under the ``<S> <C>`` line of a balance sheet: the dates of its columns (the
    statement was refused: "no financial statements found")."""
    for dates in ("12.31.97    12.31.96", "12/31/97    12/31/96", "   12/97       12/96"):
        text = BS_HEADINGS_AFTER_S.replace(f"{'':56}December 31,\n{'':56}1997        1996", f"{'':56}{dates}")
        assert dates in text
        facts = _facts(extract_snippet(text))
        assert facts["Total assets"] == {("1997-12-31", Decimal(5_000_000)), ("1996-12-31", Decimal(4_000_000))}


def test_dotted_dates_are_dates_only_as_month_day_year_in_figures() -> None:
    cases = [("12.31.97", [date(1997, 12, 31)]), ("9.30.1996", [date(1996, 9, 30)]),
             ("12/31-97", [date(1997, 12, 31)]),  # slashes and hyphens as before
             ("1.5.2", []), ("12.31.975", []), ("12.31.97.5", []), ("3.12.31.97", []),  # no figure runs on
             ("31.12.97", []), ("12.31", [])]  # no 31st month; no year
    for text, dates in cases:
        assert find_dates(text) == dates, text


SINGLE_STEP_AND_RETAINED = (
    two_year_caption("CONSOLIDATED STATEMENTS OF INCOME AND RETAINED EARNINGS", "Year Ended December 31,", _YEARS)
    + _lines(("Net sales", "$ 98,450", "$ 91,230"), ("Costs and expenses:", "", ""),
             ("  Cost of sales", "61,200", "57,800"), ("  Selling, general and administrative", "30,100", "28,400"),
             ("  Income taxes", "2,860", "2,012"), ("Net income", "4,290", "3,018"),
             ("Retained earnings at beginning of year", "20,560", "19,100"), ("  Dividends", "(2,055)", "(1,558)"),
             ("Retained earnings at end of year", "$ 22,795", "$ 20,560"))
    + "</TABLE>\n")


def test_retained_earnings_closing_an_income_statement_are_under_no_costs_heading() -> None:
    """A single-step income statement whose "Costs and expenses:" no total closes, closed by its
    retained earnings: the dividends are equity's ("Dividends"), not an expense of the statement
    ("Dividends expense" under the costs, taken for operating dividend income), and stand below
    its result (zone after tax), as the balances around them do."""
    ex = extract_snippet(SINGLE_STEP_AND_RETAINED)
    is_ = next(st for st in ex.statements if st.code == StatementKind.IS)
    by_label = {ln.row.label: ln for ln in is_.lines}
    dividends = by_label["Dividends"]
    assert dividends.label == "Dividends"
    assert dividends.concept in {"Dividends", "DividendsCommonStock", "DividendsCash", "DividendsCommonStockCash"}
    assert "after tax" in dividends.zone
    assert by_label["Cost of sales"].concept in {"CostOfGoodsAndServicesSold", "CostOfRevenue"}  # the costs stay costs
    assert heading_paths(is_.table)[dividends.row.index] == []
    facts = _facts(ex)
    assert ("1997-12-31", Decimal(22_795_000)) in facts["Retained earnings at end of year"]
    assert ("1995-12-31", Decimal(19_100_000)) in facts["Retained earnings at beginning of year"]


def test_a_month_and_year_in_figures_is_the_months_end_and_no_fraction_is() -> None:
    """Also a month's abbreviation touching its day ("Dec.31,1997"): that day, as "Dec. 31, 1997" is."""
    cases = [("12/97", date(1997, 12, 31)), ("6/2004", date(2004, 6, 30)),
             ("Three Months Ended 3/98", date(1998, 3, 31)),
             ("08/30/03", date(2003, 8, 30)), ("5 3/4%", None), ("6 11/16%", None), ("1/2", None),
             ("12/31", None), ("6/03", None),  # a month's day, not a year
             ("Dec.31,1997", date(1997, 12, 31)), ("Sept.30, 1996", date(1996, 9, 30))]  # no blank after the dot
    for header, end in cases:
        assert parse_column(header, "Year Ended").end == end, header
