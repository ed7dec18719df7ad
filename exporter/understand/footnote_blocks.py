"""Footnote blocks printed inside a statement's table: the lines a footnote of the statement breaks
a printed figure into, set in the same table below the statement's last line (an earnings
release's income statement ending with "(1) Includes stock-based compensation expense as follows:"
over "Cost of sales 52 / Research and development 113", or "(1) Net sales by reportable
segment:" over the regions).

A footnote block is found by its structure: a heading row that opens with a footnote mark ("(1)",
"(a)", "*", "[2]", a dagger) after at least one of the statement's lines. From it to the end of
the table, the lines are a note's breakdown (an allocation, a segment, a category), not lines of
the statement: read as the statement, they give its concepts the note's figures ("Research and
development" 113 beside the statement's 575) or add lines that are no part of its arithmetic.
"""

from __future__ import annotations

import re

from exporter.read.tables import Row

# a footnote mark opening a heading: "(1) ", "(a) ", "[2] ", "* ", "† " (a letter mark is one letter,
# so "(In thousands)" or "(Increase) decrease in:" are no marks)
_MARK = re.compile(r"^\s*(\(\s*(\d{1,2}|[a-z])\s*\)|\[\s*(\d{1,2}|[a-z])\s*\]|\*+|[\u2020\u2021])\s*\S", re.I)


def footnote_block(rows: list[Row]) -> int | None:
    """The index of the heading row that opens the table's footnote block, or None."""
    seen_line = False
    for i, row in enumerate(rows):
        if not row.is_heading:
            seen_line = True
            continue
        if seen_line and _MARK.match(row.label) and i + 1 < len(rows):
            return i
    return None
