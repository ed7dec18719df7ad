"""The instant of a cash-flow statement's balance line in a column's period: the opening
("..., beginning of year", "at January 1") or the closing ("..., end of year", "at December 31")."""

from __future__ import annotations

import re
from datetime import date, timedelta

import taxonomy_map
from exporter.read.tables import Table
from exporter.understand.facts import instant_at
from exporter.understand.periods import Period, find_dates
from exporter.understand.records import BalanceAt, Edge, Line, Statement

# a statement of equity's balance line (taxonomy_map/reader_words.csv, balance_word equity_balance)
_EQUITY_BALANCE = re.compile(taxonomy_map.reader_words()["balance_word"]["equity_balance"], re.I)


def balance_date(at: BalanceAt, period: Period, opened: bool = False) -> Period:
    """The instant of a cash-flow statement's opening or closing balance in a column's period. A
    date that is both the day before a year's start and its end ("at December 31" in a calendar
    year) is the opening, unless a line above already printed the opening (``opened``: "at January
    1" over "at December 31"): then it is the end."""
    start = period.start or period.end
    opening = start - timedelta(days=1)
    if at.edge is Edge.START:
        return Period(opening)
    if at.edge is Edge.DATE and (at.month, at.day) == (start.month, start.day):
        return Period(opening)
    if at.edge is Edge.DATE and (at.month, at.day) == (opening.month, opening.day):
        closing = opened and (at.month, at.day) == (period.end.month, period.end.day)
        return Period(period.end if closing else opening)
    return Period(period.end)


def opened_above(st: Statement, ln: Line) -> bool:
    """Does a line above ``ln`` print an opening balance ("..., beginning of year", "at January 1"
    where ``ln`` says another date), in any column, exported or not (a sector's)?"""
    at = ln.instant_at
    if at is None:
        return False
    for row in st.table.rows[:ln.row.index]:
        o = instant_at(st.code, row.label, f"{row.parent_label} {row.section}")
        if o is not None and (o.edge is Edge.START or (o.edge is Edge.DATE and (o.month, o.day) != (at.month, at.day))):
            return True
    return False


def equity_balance_dates(table: Table) -> list[date]:
    """The dates a statement of stockholders' equity prints its balances at ("Balance at December
    25, 2021"): where periods start that no statement's column dates (the year before a 10-Q's
    comparative year to date, of a 52/53-week company, is printed nowhere else)."""
    return [d for row in table.rows if _EQUITY_BALANCE.search(row.label) for d in find_dates(row.label)]
