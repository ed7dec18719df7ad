"""A statement titled inside the table before it: an earnings release's income statement and cash
flows (or balance sheet) set in one table (text ``<TABLE>`` block or HTML ``<table>``), the second
under a row of its own title ("CONSOLIDATED STATEMENTS OF CASH FLOWS") and its column heading. The
reader splits the table under the title (exporter.read.stacked_headings); the title row is left
closing the part before, and the part after keeps the table's title: it would read as the income
statement's continuation (its opening and closing cash dated as periods). Here the title moves to
its part.
"""

from __future__ import annotations

from collections.abc import Sequence

from exporter.read.tables import Table
from exporter.understand.statements import named_statement


def _closing_title(table: Table) -> tuple[int, str] | None:
    """The row after ``table``'s last line of figures that names a statement, with its label."""
    for k in range(table.after_figures(), len(table.rows)):
        label = table.rows[k].label.strip()
        if label and named_statement(label) is not None:
            return k, label
    return None


def move_inner_titles(tables: Sequence[Table]) -> None:
    """Each table whose closing rows name a statement, followed right after by another part of the
    same table: the title row leaves the first and titles the second, in place of the table's own
    statement title (its other title lines, the company and the scale, stay)."""
    for first, then in zip(tables, tables[1:], strict=False):
        found = _closing_title(first)
        if found is None or then.first_line > first.last_line + 1:
            continue
        k, label = found
        first.rows = first.rows[:k]
        then.title = [line for line in then.title if named_statement(line) is None] + [label]
