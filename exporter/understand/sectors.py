"""Sector sections of one statement: a block of lines for each business, printed one after the
other before the consolidated lines (an automaker's "AUTOMOTIVE" and "FINANCIAL SERVICES"
sections, then "TOTAL COMPANY").

A sector section is found by its structure, not by its name: a heading row whose name a later
line of the same table repeats as the qualifier of a total (``Total Automotive assets``, ``Income
before income taxes - Financial Services``), and at least two such sections in the table (the
businesses are parallel). Their lines are one business's figures: segment data, not the
consolidated facts, so they are reported and left out of the plain facts.

Sector columns (each year's "Automotive" and "Financial Services" side by side) give no plain
facts (``column_periods.entity_columns``) unless a consolidated column stands beside them; a consolidated
line printed in a table of its own under them, one figure per year, is read as that column.

A heading that a plain total closes (``Current assets`` ... ``Total current assets``,
``Revenues:`` ... ``Total revenues``) is an ordinary part of the statement: the total must name the
heading *and* what it totals, or end with the heading after a dash (a dash standing apart: the
hyphen of ``Other non-current assets`` does not make ``current assets`` a sector's name).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

import taxonomy_map
from exporter.read.tables import Row, Table
from exporter.understand.periods import parse_column

# what a sector's own total sums: "Total Automotive assets", "Total Financial Services liabilities"
_TOTALLED = r"(assets|liabilities|revenues?|sales|costs?(\s+and\s+expenses)?|expenses|income|equity)"


@dataclass(frozen=True)
class Sector:
    """One sector's block of rows: ``first`` is its heading, ``last`` the total naming it."""

    name: str
    first: int
    last: int

    def __contains__(self, row_index: int) -> bool:
        return self.first <= row_index <= self.last


_PARENTHESES = re.compile(r"\(.*?\)")
_LETTER = re.compile(r"[a-z]")


def _name(label: str) -> str:
    text = _PARENTHESES.sub(" ", label)
    return " ".join(text.strip(" :.-").lower().split())


def _closes(label: str, name: str) -> bool:
    """Does a line's label name the sector ``name`` as the qualifier of a total?"""
    text = " ".join(label.lower().split())
    if name not in text:  # both patterns print the name as it is
        return False
    total_of, dash_then = _closing(name)
    return bool(total_of.match(text) or dash_then.search(text))


@lru_cache(maxsize=256)
def _closing(name: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The patterns of :func:`_closes` for the sector ``name`` ("Total <name> assets", "... - <name>"),
    compiled once per name."""
    n = re.escape(name)
    return re.compile(rf"^total\s+{n}\s+{_TOTALLED}\b"), re.compile(rf"(?:(?<!\w)-|[\u2013\u2014])\s*{n}\s*$")


def sector_sections(rows: list[Row]) -> list[Sector]:
    """The sector sections of a statement's rows (empty unless there are at least two)."""
    found: list[Sector] = []
    for i, row in enumerate(rows):
        if not row.is_heading:
            continue
        name = _name(row.label)
        if not name or len(name.split()) > 4 or not _LETTER.search(name):
            continue
        for j in range(i + 1, len(rows)):
            if rows[j].is_heading and _name(rows[j].label) == name:
                break  # the same heading again before any total names it
            if not rows[j].is_heading and _closes(rows[j].label, name):
                if not any(s.first <= i <= s.last for s in found):
                    found.append(Sector(row.label.strip(" :"), i, j))
                break
    return found if len({s.name.lower() for s in found}) >= 2 else []


# a column or a line that gives the whole company's figures, not one entity's
CONSOLIDATED = re.compile(r"\bconsoli-?\s*dated\b|\btotal\b|\bcombined\b", re.I)


def _groups(table: Table, n: int) -> list[list[int]]:
    """``table``'s columns as ``n`` runs of two or more columns, each run under one period's
    heading and its columns told apart by name ("1993" over "Automotive" and "Financial
    Services"); empty when they are not."""
    if n < 2 or table.ncols % n or table.ncols // n < 2:
        return []
    k = table.ncols // n
    title = " ".join(table.title)
    ends = [parse_column(h, title).end for h in table.headers]
    runs = [list(range(g * k, (g + 1) * k)) for g in range(n)]
    firsts = [ends[run[0]] for run in runs]
    if any(e is None for e in firsts) or len(set(firsts)) != n:
        return []
    if any(ends[i] != ends[run[0]] for run in runs for i in run):
        return []
    names = [" ".join(re.sub(r"[\d,.$()/-]+", " ", h).lower().split()) for h in table.headers]
    if any(len({names[i] for i in run}) != k or any(CONSOLIDATED.search(names[i]) for i in run) for run in runs):
        return []
    return runs


def consolidated_below(above: Table, table: Table, above_last: int | None = None) -> bool:
    """Is ``table`` the consolidated line printed in a table of its own right under a statement
    printed in sector columns only: the next table of the same document, under no dated headings,
    one figure for each period's run of sector columns, every line a total ("Total cash and cash
    equivalents" under "Automotive" / "Financial Services" for each year)? ``above_last``: the index
    of ``above``'s last table when it is several joined."""
    rows = table.value_rows()
    last = above.index if above_last is None else above_last
    if above.document is not table.document or table.index != last + 1 or not rows:
        return False
    title = " ".join(table.title)
    if any(parse_column(h, title).end is not None for h in table.headers):
        return False
    return all(CONSOLIDATED.match(r.label.strip()) for r in rows) and bool(_groups(above, table.ncols))


# how far up a statement printed in sector columns the line a consolidated line sums is looked for
_REACH = int(taxonomy_map.reader_thresholds()["consolidated_reach"])  # taxonomy_map/reader_thresholds.csv


def _summed_line(above: Table, runs: list[list[int]], row: Row) -> int | None:
    """The index of ``above``'s line among its last ones whose figures each period's sector
    columns add up to ``row``'s figure for that period (the sectors' cash at December 31 summed),
    or None."""
    def total(r: Row, run: list[int]) -> Decimal | None:
        cells = [c for i in run if (c := r.cells[i]) is not None]
        return sum((c.printed.value for c in cells), Decimal(0)) if cells else None

    mine = [c.printed.value if c is not None else None for c in row.cells]
    for r in reversed(above.value_rows()[-_REACH:]):
        if [total(r, run) for run in runs] == mine:
            return r.index
    return None


def with_consolidated_columns(above: Table, table: Table) -> Table:
    """``above`` with a consolidated column after its sector columns for each period, holding the
    figures of ``table``'s lines (:func:`consolidated_below`): the plain facts are then read from
    those columns alone. A line whose figures add up, period by period, the sector figures of one of
    the statement's last lines gives that line's consolidated figures ("Total cash and cash
    equivalents" under each sector's "Cash and cash equivalents at December 31": the cash at the
    year's end); any other is a line of its own at the statement's end."""
    runs = _groups(above, table.ncols)
    words = [[w for w in above.headers[run[0]].split() if all(w in above.headers[i].split() for i in run)]
             for run in runs]
    headers = [*above.headers, *(" ".join([*w, "Consolidated"]) for w in words)]
    into = {at: row for row in table.value_rows() if (at := _summed_line(above, runs, row)) is not None}
    rows = [replace(r, cells=[*r.cells, *(into[r.index].cells if r.index in into else [None] * table.ncols)])
            for r in above.rows]
    rows += [replace(r, cells=[*([None] * above.ncols), *r.cells]) for r in table.rows
             if not any(r is x for x in into.values())]
    return replace(above, headers=headers, rows=[replace(r, index=i) for i, r in enumerate(rows)],
                   last_line=table.last_line, notes=table.notes)
