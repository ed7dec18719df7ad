"""Dating a 10-Q's columns from every clue it prints (issue 10): one synthetic snippet per class."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from exporter.read.documents import parse_filing
from exporter.understand.extract import extract
from exporter.understand.extraction import Extraction


def _extract(tmp_path: Path, body: str) -> Extraction:
    return extract(parse_filing(f"<html><body>{body}</body></html>", tmp_path / "acme.htm"))


def _table(title: str, head: list[list[tuple[str, int]]], rows: Sequence[tuple[str, ...]]) -> str:
    heads = "".join("<tr><td></td>" + "".join(f"<td colspan='{n}'>{x}</td>" for x, n in r) + "</tr>" for r in head)
    body = "".join("<tr><td>" + "</td><td>".join(r) + "</td></tr>" for r in rows)
    return f"<p>{title}</p><p>(In millions)</p><table>{heads}{body}</table>"


def _quarterly_report(now: str, then: str, year_end: str, balances: tuple[str, ...]) -> str:
    """A 10-Q's income statement (the quarter and the year to date), balance sheet, statement of
    stockholders' equity (its balance lines dated ``balances``) and cash flows (the year to date)."""
    income = [("Net revenue", "5,835", "5,359", "11,308", "10,712"),
              ("Cost of sales", "3,000", "2,900", "6,000", "5,800"),
              ("Operating income", "2,835", "2,459", "5,308", "4,912"),
              ("Income tax provision", "500", "400", "980", "840"), ("Net income", "2,335", "2,059", "4,328", "4,072")]
    balance = [("Cash and cash equivalents", "4,000", "3,900"), ("Other assets", "26,000", "25,100"),
               ("Total assets", "30,000", "29,000"), ("Total liabilities", "5,000", "4,900"),
               ("Total stockholders' equity", "25,000", "24,100"),
               ("Total liabilities and stockholders' equity", "30,000", "29,000")]
    equity = [(f"Balance at {balances[0]}", "1,000", "20,000", "21,000"), ("Net income", "", "4,072", "4,072"),
              (f"Balance at {then}", "1,000", "24,072", "25,072"),
              (f"Balance at {balances[1]}", "1,000", "23,100", "24,100"),
              ("Net income", "", "4,328", "4,328"), ("Repurchases of common stock", "", "(3,428)", "(3,428)"),
              (f"Balance at {now}", "1,000", "24,000", "25,000")]
    flows = [("Net income", "4,328", "4,072"), ("Depreciation and amortization", "1,000", "900"),
             ("Net cash provided by operating activities", "5,328", "4,972"),
             ("Purchases of property and equipment", "(1,800)", "(1,650)"),
             ("Net cash used in investing activities", "(1,800)", "(1,650)"),
             ("Repurchases of common stock", "(3,428)", "(3,200)"),
             ("Net cash used in financing activities", "(3,428)", "(3,200)"),
             ("Net increase in cash and cash equivalents", "100", "122"),
             ("Cash and cash equivalents at beginning of period", "3,900", "3,700"),
             ("Cash and cash equivalents at end of period", "4,000", "3,822")]
    return (f"<p>FORM 10-Q</p><p>For the quarterly period ended {now}</p>"
            + _table("CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS",
                     [[("Three Months Ended", 2), ("Six Months Ended", 2)], [(now, 1), (then, 1), (now, 1), (then, 1)]],
                     income)
            + _table("CONDENSED CONSOLIDATED BALANCE SHEETS", [[(now, 1), (year_end, 1)]], balance)
            + _table("CONDENSED CONSOLIDATED STATEMENTS OF STOCKHOLDERS' EQUITY",
                     [[("Common Stock", 1), ("Retained Earnings", 1), ("Total Equity", 1)]], equity)
            + _table("CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS",
                     [[("Six Months Ended", 2)], [(now, 1), (then, 1)]], flows))


@pytest.mark.parametrize(("then", "opening", "start"), [
    ("July 2, 2022", "December 25, 2021", "2021-12-26"),  # a 53-week half: the prior year ended December 25
    ("June 25, 2022", "December 25, 2021", "2021-12-26"),  # the last Saturday of December, not the nearest
    ("July 2, 2022", "December 31, 2021", "2022-01-01"),  # a calendar year, its quarters ending on Saturdays
])
def test_the_prior_year_to_date_starts_after_the_year_end_the_equity_statement_prints(
        tmp_path: Path, then: str, opening: str, start: str) -> None:
    """Quarters ending on Saturdays ("July 1, 2023" beside a year before) of a year ending December
    31, 2022, itself a Saturday: whether the year before ended on a Saturday too, and which, no
    column says; the statement of equity's balance lines print it (class: a column's period from
    every clue)."""
    ex = _extract(tmp_path, _quarterly_report("July 1, 2023", then, "December 31, 2022",
                                              (opening, "December 31, 2022")))
    income = next(st for st in ex.statements if st.code == "is")
    net = {f.period.key(): f.value for f in income.facts if f.label == "Net income"}
    end = _iso(then)
    assert net[f"{start}/{end}"] == Decimal(4_072_000_000)
    assert net["2023-01-01/2023-07-01"] == Decimal(4_328_000_000)
    flows = next(st for st in ex.statements if st.code == "cf")
    cash = {f.period.key(): f.value for f in flows.facts if f.label.endswith("beginning of period")}
    assert cash == {"2022-12-31": Decimal(3_900_000_000), opening_instant(start): Decimal(3_700_000_000)}


def opening_instant(start: str) -> str:
    return (date.fromisoformat(start) - timedelta(days=1)).isoformat()


def _iso(printed: str) -> str:
    month, day, year = printed.replace(",", "").split()
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
    return date(int(year), months.index(month) + 1, int(day)).isoformat()


def test_an_opening_balance_dated_the_years_first_day_starts_it(tmp_path: Path) -> None:
    """Quarters ending on Sundays of calendar years, the statement of equity's opening balance dated
    the year's first day ("Balance at January 1, 2022"): the year to date starts that day."""
    ex = _extract(tmp_path, _quarterly_report("July 2, 2023", "July 3, 2022", "December 31, 2022",
                                              ("January 1, 2022", "January 1, 2023")))
    income = next(st for st in ex.statements if st.code == "is")
    net = {f.period.key(): f.value for f in income.facts if f.label == "Net income"}
    assert net["2022-01-01/2022-07-03"] == Decimal(4_072_000_000)
    assert net["2023-01-01/2023-07-02"] == Decimal(4_328_000_000)


def test_a_52_53_week_half_whose_year_end_is_printed_nowhere_spans_26_weeks_not_25(tmp_path: Path) -> None:
    """Quarters ending on Saturdays, the comparative half ended June 25, 2022, the year before it
    printed nowhere (the statement of equity dates only the quarters' balances): the half began 26
    weeks before (December 26, 2021), not after the Saturday nearest December 31, 2021 (25 weeks:
    no 52/53-week half is shorter than 26)."""
    ex = _extract(tmp_path, _quarterly_report("July 1, 2023", "June 25, 2022", "December 31, 2022",
                                              ("March 26, 2022", "April 1, 2023")))
    income = next(st for st in ex.statements if st.code == "is")
    net = {f.period.key(): f.value for f in income.facts if f.label == "Net income"}
    assert net["2021-12-26/2022-06-25"] == Decimal(4_072_000_000)
    assert net["2023-01-01/2023-07-01"] == Decimal(4_328_000_000)


def _income_periods(tmp_path: Path, groups: tuple[str, str]) -> set[str]:
    head = ("<tr><td></td>" + "".join(f"<td colspan='2'>{g}</td>" for g in groups) + "</tr><tr><td></td>"
            + "<td>June 30, 2024</td><td>June 30, 2023</td>" * 2 + "</tr>")
    rows = [("Net sales", "26,100", "24,050", "98,450", "91,230"), ("Cost of sales", "16,250", "15,300", "61,200",
                                                                     "57,800"),
            ("Net income", "9,850", "8,750", "37,250", "33,430")]
    body = "".join("<tr><td>" + "</td><td>".join(r) + "</td></tr>" for r in rows)
    ex = _extract(tmp_path, "<p>FORM 10-Q</p><p>CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS</p>"
                            f"<p>(In thousands)</p><table>{head}{body}</table>")
    income = next(st for st in ex.statements if st.code == "is")
    return {f.period.key() for f in income.facts}


QUARTER_AND_HALF = {"2024-04-01/2024-06-30", "2023-04-01/2023-06-30", "2024-01-01/2024-06-30",
                    "2023-01-01/2023-06-30"}


@pytest.mark.parametrize("groups", [
    ("Quarter Ended", "Two Quarters Ended"),  # a count of quarters, not a quarter
    ("Fiscal Quarter Ended", "Two Fiscal Quarters Ended"),
    ("3 Mos. Ended", "6 Mos. Ended"),  # months abbreviated
    ("Three Mos. Ended", "Six Mo. Ended"),
    ("Fiscal Quarter Ended", "Fiscal Year-to-Date Ended"),  # "Fiscal" of a year to date names no year
])
def test_a_quarter_and_half_worded_otherwise_are_a_quarter_and_a_half(tmp_path: Path, groups: tuple[str, str]) -> None:
    assert _income_periods(tmp_path, groups) == QUARTER_AND_HALF


@pytest.mark.parametrize("heads", [("Q3 FY96", "Q3 FY95", "YTD FY96", "YTD FY95"),
                                   ("3rd Qtr 96", "3rd Qtr 95", "9 Mos 96", "9 Mos 95"),
                                   ("3rd Qtr<br>96", "3rd Qtr<br>95", "YTD<br>96", "YTD<br>95"),
                                   ("Q3-96", "Q3-95", "YTD-96", "YTD-95")])
def test_columns_headed_by_a_quarters_number_and_a_two_digit_year_are_dated_by_the_year_end(
        tmp_path: Path, heads: tuple[str, ...]) -> None:
    """A release's columns "Q3 FY96 | YTD FY96" or "3rd Qtr 96 | 9 Mos 96", no date printed: the SEC
    header's fiscal year end dates the quarter and the year to date through it. "YTD FY96" was read
    as the whole fiscal year ("FY" a year's length), and a year of two digits after the quarter's
    words was no year in an HTML table (the statement refused: its columns named no dates)."""
    from tests.text_snippet import submission

    rows = [("Net sales", "5,000", "4,000", "15,000", "12,000"), ("Cost of sales", "3,000", "2,400", "9,000", "7,200"),
            ("Income before income taxes", "700", "600", "2,100", "1,800"),
            ("Provision for income taxes", "200", "200", "600", "600"), ("Net income", "500", "400", "1,500", "1,200")]
    table = _table("CONSOLIDATED STATEMENTS OF OPERATIONS", [[(h, 1) for h in heads]], rows)
    ex = extract(parse_filing(submission(f"<html><body>{table}</body></html>", "8-K"), tmp_path / "release.txt"))
    st = next(s for s in ex.statements if s.code == "is")
    assert [p.key() if p else None for p in st.periods] == [
        "1996-07-01/1996-09-30", "1995-07-01/1995-09-30", "1996-01-01/1996-09-30", "1995-01-01/1995-09-30"]
