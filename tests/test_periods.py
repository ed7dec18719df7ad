from __future__ import annotations

from datetime import date

import pytest

from exporter.understand.periods import infer_calendar, parse_column, resolve

SEED_CAL = infer_calendar([date(2003, 8, 30), date(2002, 8, 31), date(2002, 11, 30)], None,
                          [date(2003, 8, 30), date(2002, 11, 30)])


@pytest.mark.parametrize(("header", "title", "key"), [
    ("Three Months Ended 08/30/03", "", "2003-06-01/2003-08-30"),
    ("Three Months Ended 08/31/02", "", "2002-06-02/2002-08-31"),
    ("Nine Months Ended 08/30/03", "", "2002-12-01/2003-08-30"),
    ("Nine Months Ended 08/31/02", "", "2001-12-02/2002-08-31"),
    ("Thirteen Weeks Ended August 30, 2003", "", "2003-06-01/2003-08-30"),
    ("Thirty-Nine Weeks Ended August 30, 2003", "", "2002-12-01/2003-08-30"),
])
def test_52_53_week_periods(header: str, title: str, key: str) -> None:
    period = resolve(parse_column(header, title), False, SEED_CAL)
    assert period is not None and period.key() == key


def test_seed_calendar_is_weekly_on_saturday() -> None:
    assert SEED_CAL.weekday == 5 and SEED_CAL.year_end == (11, 30)


MONTHLY = infer_calendar([date(2024, 6, 30), date(2023, 6, 30), date(2023, 12, 31)], "1231")


@pytest.mark.parametrize(("header", "title", "instant", "key"), [
    ("Three Months Ended June 30, 2024", "", False, "2024-04-01/2024-06-30"),
    ("Six Months Ended June 30, 2024", "", False, "2024-01-01/2024-06-30"),
    ("Quarter Ended June 30, 2023", "", False, "2023-04-01/2023-06-30"),
    ("2023", "Year Ended December 31,", False, "2023-01-01/2023-12-31"),
    ("Twelve Months Ended Dec. 31, 2023", "", False, "2023-01-01/2023-12-31"),
    ("December 31, 2023", "", True, "2023-12-31"),
    ("6/30/24", "", True, "2024-06-30"),
    ("June 30, 1998", "", True, "1998-06-30"),
])
def test_calendar_month_periods(header: str, title: str, instant: bool, key: str) -> None:
    period = resolve(parse_column(header, title), instant, MONTHLY)
    assert period is not None and period.key() == key


def test_no_date_no_period() -> None:
    assert resolve(parse_column("Change"), False, MONTHLY) is None


@pytest.mark.parametrize(("name", "number"), [
    ("January", 1), ("jan", 1), ("Sept.", 9), ("SEP", 9), ("september", 9), ("June", 6), ("Dec", 12),
    ("Smarch", 0), ("", 0), ("ma", 0),
])
def test_month_number_reads_full_names_and_abbreviations(name: str, number: int) -> None:
    from exporter.read.months import month_number

    assert month_number(name) == number


def test_fiscal_year_named_for_its_start_year() -> None:
    """GameStop heads its columns "Fiscal 2023" for the 52 weeks ended February 3, 2024 (its cover's date):
    read as the years ending early in 2024 and 2023, on the dates the document prints (January 28, 2023)."""
    from exporter.understand.periods import fiscal_year_names

    cover = date(2024, 2, 3)
    headers = fiscal_year_names(["Fiscal 2023", "Fiscal 2022"], cover)
    known = (date(2023, 1, 28), cover)
    ends = [parse_column(h, "", known, (cover.month, cover.day)).end for h in headers]
    assert ends == [date(2024, 2, 3), date(2023, 1, 28)]
    assert fiscal_year_names(["Fiscal 2025", "Fiscal 2024"], date(2025, 2, 1)) == ["Fiscal 2025", "Fiscal 2024"]
    assert fiscal_year_names(["Fiscal 2023"], date(2023, 12, 31)) == ["Fiscal 2023"]  # a calendar year


@pytest.mark.parametrize("fye", [None, "1231", "0131", "0229", "0230", "0630"])
@pytest.mark.parametrize("dates", [
    [date(2000, 1, 1), date(4, 1, 1)], [date(1, 3, 1), date(2, 1, 1)], [date(9999, 12, 31), date(1, 1, 2)],
    [date(9999, 12, 25), date(9998, 12, 26)],
])
def test_a_calendar_of_dates_at_the_ends_of_the_calendar_is_inferred(dates: list[date], fye: str | None) -> None:
    """Weeks counted back from a date near the first or last day of the calendar stay within it."""
    cal = infer_calendar(dates, fye, dates[:2])
    assert all(date.min <= d <= date.max for d in cal.known_year_ends)


def test_a_heading_in_capitals_naming_two_lengths_gives_each_column_a_well_spelled_length() -> None:
    """"THREE AND NINE MONTHS ENDED ..." (or "13 AND 39 WEEKS ENDED ...") in capitals: each column's
    length is "Three Months" / "39 Weeks", never "Monthss" / "Weekss"."""
    from exporter.understand.periods import lengths_by_position

    both = "THREE AND NINE MONTHS ENDED JUNE 30, "
    out = lengths_by_position([both + "2024", both + "2023", both + "2024", both + "2023"], [])
    assert out[0] == "Three Months ENDED JUNE 30, 2024" and out[2] == "Nine Months ENDED JUNE 30, 2024"
    weeks = lengths_by_position(["2024", "2023", "2024", "2023"], ["FOR THE 13 AND 39 WEEKS ENDED JUNE 29,"])
    assert weeks[0] == "13 Weeks Ended 2024" and weeks[3] == "39 Weeks Ended 2023"


def test_a_figure_s_unit_run_on_from_it_is_still_the_length() -> None:
    """'39Weeks Ended December 30, 1999' (a typesetting slip beside '39 Weeks Ended') is 39 weeks,
    not a year: the 1999 column of a transition period was read as calendar 1999."""
    assert parse_column("39Weeks Ended December 30, 1999").weeks == 39
    assert parse_column("3MONTHS ENDED JUNE 30, 1997").months == 3
    assert parse_column("Fiscal 2024 weeks").weeks is None  # a year's digits are no count of weeks
