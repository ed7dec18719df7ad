"""Ratio columns: "Amount | % Sales" per period, as a retailer prints its income statement.

A column headed as a share of sales or revenues, standing right of an amount column, reports
each line as a fraction of that period's sales. Its numbers are facts of their own (a pure
ratio, 66.34 % is 0.6634) for the amount column's period, under a concept of their own: the
line's concept with ``Percent`` appended. Change and variance columns are no such shares and
stay out.

Only a periodic report's statements export them (10-K, 10-Q, 20-F, 40-F: EDGAR has every number
of their face statements tagged, and filers tag these). An earnings release's shares of revenues
are ratios derived from the amounts beside them, which no one tags: they are said in the warnings
and left out (:func:`drop_release_ratios`).
"""

from __future__ import annotations

import re

from exporter.kinds import DecidedBy
from exporter.map.mapping import Choice
from exporter.read.tables import Cell, Table
from exporter.understand.column_periods import periodic_form
from exporter.understand.extraction import Extraction
from exporter.understand.naming import Taken, unique_name
from exporter.understand.periods import Period
from exporter.understand.records import Line, UnitKind

EXPORTED = "exported as ratios"  # the end of the warning a ratio column draws when it is read
_NOT_EXPORTED = "not exported (ratios derived from the amounts; a periodic report's statement exports them)"

_SHARE_OF = re.compile(
    r"%\s*(of\s+)?(total\s+|net\s+)?(?P<base>sales|revenues?)\b"
    r"|percent(age)?\s+of\s+(total\s+|net\s+)?(?P<base2>sales|revenues?)\b", re.I)


def ratio_columns(table: Table, periods: list[Period | None], percent: list[bool]) -> dict[int, Period]:
    """Columns of shares of sales (``percent`` marks the columns of percentages) and the period of
    the amount column each stands beside (the nearest dated column to its left, one ratio each)."""
    out: dict[int, Period] = {}
    taken: set[int] = set()
    for i, is_percent in enumerate(percent):
        if not is_percent or i >= len(table.headers) or not _SHARE_OF.search(table.headers[i]):
            continue
        amount = next((j for j in range(i - 1, -1, -1) if periods[j] is not None), None)
        if amount is None or amount in taken:
            continue
        period = periods[amount]
        if period is not None:
            taken.add(amount)
            out[i] = period
    return out


def share_base(table: Table, columns: dict[int, Period]) -> str:
    """What the ratios are a share of, as the header says it ("sales")."""
    for i in columns:
        m = _SHARE_OF.search(table.headers[i])
        if m:
            return (m["base"] or m["base2"]).lower()
    return "sales"


def ratio_cells(table: Table, columns: dict[int, Period]) -> dict[int, dict[int, Cell]]:
    """Row index -> the row's printed ratios by column."""
    out: dict[int, dict[int, Cell]] = {}
    for r in table.rows:
        cells = {c: cell for c in columns if c < len(r.cells) and (cell := r.cells[c]) is not None
                 and not cell.printed.dash}
        if cells:
            out[r.index] = cells
    return out


def ratio_lines(lines: list[Line], cells: dict[int, dict[int, Cell]], base: str) -> list[Line]:
    """A ratio line beside each amount line that prints a share."""
    out = []
    for ln in lines:
        if ln.unit_kind != UnitKind.MONETARY or ln.row.index not in cells:
            continue
        out.append(Line(
            row=ln.row, label=ln.label, display_label=f"{ln.display_label}, % of {base}",
            unit_kind=UnitKind.PERCENT, zone=ln.zone,
            choice=Choice(None, 1.0, f"the line's share of {base}, printed beside its amounts",
                          source=DecidedBy.EXTENSION),
        ))
    return out


def ratio_name(amount_concept: str, used: set[str] | Taken) -> str:
    """The ratio's concept: the amount line's concept with ``Percent`` appended."""
    return unique_name(f"{amount_concept}Percent", used)


def drop_release_ratios(ex: Extraction, document_type: str) -> None:
    """Outside a periodic report (``document_type`` as the cover reads it), every statement's ratio
    columns left out: their lines and facts removed, their warnings saying so."""
    if periodic_form(document_type):  # its face statements filers tag in full
        return
    for st in ex.statements:
        if st.ratio_periods:
            st.facts = [f for f in st.facts if f.column not in st.ratio_periods]
            st.ratio_lines, st.ratio_periods, st.ratio_cells = [], {}, {}
    ex.warnings[:] = [w.removesuffix(EXPORTED) + _NOT_EXPORTED if w.endswith(EXPORTED) else w for w in ex.warnings]
