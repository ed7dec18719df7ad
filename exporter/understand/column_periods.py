"""Which period each column of a statement table reports, beyond what its heading says alone.

A quarterly or annual report whose cover names no period has it in its SEC header (the period of
report); a column nothing else dates takes the fiscal year end the SEC header declares; a year to date whose
heading miscounts its months is read from the fiscal year's start; a column headed by both its dates,
or a year-only column the title dates as a range, is that range; a column of percentages reports no
period; a balance sheet's repeated date is the year end before it, and a date an earlier balance
sheet prints is read there; side-by-side entity columns leave only the consolidated one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

import taxonomy_map
from exporter.kinds import StatementKind
from exporter.read.documents import SecHeader
from exporter.read.tables import Cell, Table
from exporter.understand.extraction import Extraction
from exporter.understand.periods import (
    ColumnDate,
    Period,
    find_dates,
    ordinal_quarter,
    parse_column,
    release_period_end,
    year_to_date_months,
)
from exporter.understand.records import Statement
from exporter.understand.sectors import CONSOLIDATED

# the first month of a year end whose years are named for the year they end in (taxonomy_map/reader_thresholds.csv)
_NAMED_FOR_ITS_END_FROM = int(taxonomy_map.reader_thresholds()["named_for_its_end_from"])
# "% Sales", "% Change", "Variance": a column of percentages or changes (taxonomy_map/reader_words.csv)
_RATIO_HEADER = re.compile(taxonomy_map.reader_words()["heading_word"]["ratio"], re.I)


def column_is_percent(table: Table, col: int) -> bool:
    """A column of percentages or changes ("% Sales", "% Change"): not a period's amounts."""
    if col < len(table.headers) and _RATIO_HEADER.search(table.headers[col]):
        return True
    cells = [r.cells[col] for r in table.value_rows() if col < len(r.cells) and r.cells[col]]
    pct = sum(1 for c in cells if c is not None and c.printed.percent)
    return bool(cells) and pct * 2 >= len(cells)


def year_to_date_columns(kept: list[tuple[Table, str, str]], parsed: dict[int, list[ColumnDate]],
                         header_fye: str | None, out: Extraction) -> None:
    """Year-to-date columns whose heading miscounts the months ("nine months" ending six months
    after the declared fiscal year end) are read from the fiscal year's start, and say so."""
    if not header_fye:
        return
    fye = (int(header_fye[:2]), int(header_fye[2:]))
    for table, code, _ in kept:
        if code == StatementKind.BS:
            continue
        cols = parsed[id(table)]
        for i, c in enumerate(cols):
            months = year_to_date_months(c, fye)
            if months is None:
                continue
            cols[i] = replace(c, months=months)
            out.warnings.append(
                f"{table.where}: column {i + 1} is headed {c.months} months but ends {c.end}, {months} months "
                f"after the fiscal year end the filing declares ({fye[0]:02d}-{fye[1]:02d}): read as the "
                f"{months} months from the start of the fiscal year")


def by_year_end(header: str, col: ColumnDate, title: str, printed: tuple[date, ...],
                year_end: tuple[int, int] | None, quarterly: bool = False) -> ColumnDate:
    """A column nothing else dated, dated by the fiscal year end the SEC header declares
    (``year_end``): a whole year's, or one of no stated length, ends on it; a quarter named by its
    number ("Fourth Quarter" over "1997"), a half or nine months end a whole number of quarters
    after the year end before (:func:`ordinal_quarter`); any other column stays as it was, and so
    does a ``quarterly`` report's year to date (it ends with a quarter, never with the year)."""
    if col.end is not None or year_end is None or (quarterly and col.to_date):
        return col
    if col.months in (None, 12) and col.weeks is None:
        return parse_column(header, title, printed, year_end)
    if col.months:
        return ordinal_quarter(header, year_end, title, col.months) or col
    return col


def declared_year_end(header_fye: str | None) -> tuple[int, int] | None:
    """The fiscal year end the SEC header declares ("1231" -> (12, 31)) as the end of a whole year's
    column: not a year end in January or February, a year many retailers name for the calendar year
    it starts in ("2004" ending January 29, 2005)."""
    return (int(header_fye[:2]), int(header_fye[2:])) if header_fye \
        and int(header_fye[:2]) >= _NAMED_FOR_ITS_END_FROM else None


# a quarterly or annual report's form type (taxonomy_map/reader_words.csv, form_word periodic_report)
_PERIODIC_REPORT = re.compile(taxonomy_map.reader_words()["form_word"]["periodic_report"], re.I)


# a quarterly report's form type (taxonomy_map/reader_words.csv, form_word quarterly_report)
_QUARTERLY_REPORT = re.compile(taxonomy_map.reader_words()["form_word"]["quarterly_report"], re.I)


def quarterly_report(header: SecHeader) -> bool:
    """Is the submission a quarterly report (a 10-Q), as its SEC header's form type says?"""
    return bool(_QUARTERLY_REPORT.match((header.form_type or "").strip()))


def periodic_form(form: str | None) -> bool:
    """Is ``form`` (an EDGAR form type, a cover's document type) a quarterly or annual report's,
    amendments included ("10-K", "10-Q/A", "20-F")?"""
    return bool(_PERIODIC_REPORT.match((form or "").strip()))


def reported_period_end(header: SecHeader) -> date | None:
    """The end of the period a quarterly or annual report covers, as its SEC header's CONFORMED PERIOD
    OF REPORT says: the date a cover line "For the quarterly period ended ..." would give, for a
    report whose cover prints none the reader knows ("FOR THE QUARTER ENDED"). Not an 8-K's, whose
    period of report is the day of the event it reports."""
    return header.period_of_report if periodic_form(header.form_type) else None


def release_period(header: SecHeader, texts: Iterable[str]) -> date | None:
    """The period a submission that is no quarterly or annual report (an 8-K's earnings release)
    says it reports in its text ("for the second quarter ended August 12, 2000"), the first document
    that says one: its SEC header's period of report is the day of the event, not a period's end."""
    if periodic_form(header.form_type):
        return None
    return next((d for text in texts if (d := release_period_end(text))), None)


def _printed_value(cell: Cell | None) -> object:
    return cell.printed.value if cell is not None else None


def repeated_dates(table: Table, periods: list[Period | None], out: Extraction) -> list[Period | None]:
    """A balance sheet cannot print two different columns for one date: a repeated date heading
    (a misprint: "JULY 31, 2000" twice) on a later column is the fiscal year end before it, as a
    quarterly balance sheet compares with the last year end."""
    fixed = list(periods)
    for i, p in enumerate(periods):
        if p is None or p not in periods[:i]:
            continue
        first = periods.index(p)
        if _named_apart(table, [first, i]):
            continue  # entity columns, not a repeated date
        same = all(_printed_value(r.cells[i]) == _printed_value(r.cells[first]) for r in table.value_rows())
        prior = out.calendar.fiscal_year_end_near(p.end)
        if same or prior is None or Period(prior) in periods:
            continue
        fixed[i] = Period(prior)
        out.warnings.append(f"{table.where}: column {i + 1} repeats the date of column {first + 1} "
                            f"({p.end}) with other values; read as the fiscal year end before it, {prior}")
    return fixed


def dates_read_before(table: Table, periods: list[Period | None], earlier: list[Statement],
                      out: Extraction) -> list[Period | None]:
    """A second balance sheet of other dates (the interim one after the audited year ends) keeps
    only its own dates: a date an earlier balance sheet prints is read there, the first printed."""
    taken = {p for st in earlier for p in st.periods if p is not None}
    if not taken or not any(p is not None and p not in taken for p in periods):
        return periods
    for i, p in enumerate(periods):
        if p is not None and p in taken:
            out.warnings.append(f"{table.where}: column {i + 1} ({p.end}) is read from the earlier balance "
                                f"sheet that prints the same date; not exported twice")
    return [None if p in taken else p for p in periods]


def _named_apart(table: Table, cols: list[int]) -> bool:
    """Do the headers of ``cols`` differ in words, not only in numbers ("Parent" / "Consolidated")?"""
    names = {" ".join(re.sub(r"[\d,.$()/-]+", " ", table.headers[i]).lower().split()) for i in cols}
    return len(names) == len(cols)


def entity_columns(table: Table, periods: list[Period | None], out: Extraction) -> list[Period | None]:
    """Side-by-side entity columns (parent / subsidiary / eliminations / consolidated; Automotive /
    Financial Services) print several columns for one period: only a consolidated (or total)
    column gives the plain facts; without one, none of them does."""
    fixed = list(periods)
    for p in dict.fromkeys(p for p in periods if p is not None):  # column order: warnings in a stable order
        cols = [i for i, q in enumerate(periods) if q == p]
        if len(cols) < 2 or not _named_apart(table, cols):
            continue  # not told apart by name: a period misread, not entities
        whole = [i for i in cols if CONSOLIDATED.search(table.headers[i])]
        keep = whole[-1:] if whole else []
        for i in cols:
            if i not in keep:
                fixed[i] = None
        shown = ", ".join(repr(table.headers[i]) for i in cols)
        out.warnings.append(
            f"{table.where}: columns {shown} share the period {p.key()}: entity columns; "
            + (f"only the consolidated column {keep[0] + 1} is exported" if keep
               else "none is consolidated, so none is exported"))
    return fixed


_RANGE = re.compile(r"\bfrom\b(?P<start>.+?)\b(to|through)\b(?P<end>.+)", re.I)


# a column's heading naming the two dates of its range, with or without "from" before the first
_HEADER_RANGE = re.compile(r"(?P<start>.*?)\b(?:to|through|thru)\b(?P<end>.+)", re.I)


def own_range(header: str, code: str) -> Period | None:
    """A column headed by both its dates: "From June 6, 2023 (Inception) to August 31, 2023",
    "Successor March 1, 2024 through December 31, 2024", "January 1 through February 29, 2024" (the
    first date's year left to the second's: the latest year before it)."""
    m = _HEADER_RANGE.search(header) if code != StatementKind.BS else None
    if m is None:
        return None
    start, end = find_dates(m["start"]), find_dates(m["end"])
    if len(end) != 1:
        return None
    if not start:  # "January 1 through February 29, 2024": the start's year is the end's, or the one before
        start = find_dates(f"{m['start'].rstrip(' ,')}, {end[0].year}")
        if len(start) == 1 and start[0] >= end[0]:
            start = find_dates(f"{m['start'].rstrip(' ,')}, {end[0].year - 1}")
    if len(start) == 1 and start[0] < end[0]:
        return Period(end[0], start[0])
    return None


# the days from a 53-week year's first day to its last
_LONGEST_YEAR_DAYS = 53 * 7 - 1


def title_range(headers: list[str], i: int, title: str, code: str) -> Period | None:
    """A year-only column that the title dates as a range of a year or less: "YEAR ENDED DECEMBER 31,
    1997 AND PERIOD FROM JUNE 3, 1996 (INCEPTION) TO DECEMBER 31, 1996" over ``1997  1996``: the
    1996 column is June 3 to December 31, 1996 (the year of no other column); "PERIOD FROM JANUARY
    5, 1995 (INCEPTION) TO DECEMBER 31, 1995" over ``1995`` alone starts on January 5. A range of
    more than a 53-week year (a development-stage company's cumulative column) dates no year."""
    year = re.fullmatch(r"\D*?((?:19|20)\d\d)\D*", headers[i])
    if code == StatementKind.BS or year is None or find_dates(headers[i]):
        return None
    if sum(1 for h in headers if re.fullmatch(rf"\D*?{year[1]}\D*", h)) != 1:
        return None
    for m in _RANGE.finditer(title):
        start, end = find_dates(m["start"]), find_dates(m["end"])
        if start and end and end[0].year == int(year[1]) and start[-1] < end[0] \
                and (end[0] - start[-1]).days <= _LONGEST_YEAR_DAYS:
            return Period(end[0], start[-1])
    return None
