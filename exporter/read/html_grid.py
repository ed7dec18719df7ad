"""An HTML table's grid: each ``<td>``/``<th>`` placed on grid columns (``colspan``/``rowspan``, or a
CSS grid's placement), its display text and its number; a row whose lines a converter stacked into
one row's cells (a ``<br>`` after each line) read as one row per line.

The raw layer of :mod:`exporter.read.html_tables`: rows (:class:`GRow`) of cells (:class:`GCell`), the
numbers of a row (:class:`Value`) filled in by :func:`exporter.read.html_values.row_values`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from lxml.etree import _Element as Element

import taxonomy_map
from exporter.read.css_grid import grid_columns, grid_placement, grid_rows
from exporter.read.html_text import BREAK, own_cells, own_rows, raw_text, span_of, tag_name, texts_of
from exporter.read.numbers import Printed, parse_number

_MARK = re.compile(r"\s*(\*+|\([a-z]\)|[\u2020\u2021])$")
WORD3 = re.compile(r"[A-Za-z]{3}")
# a row whose label and figure cells each print this many lines or more, one per break
STACKED_LINES = int(taxonomy_map.reader_thresholds()["html_stacked_lines"])


@dataclass(eq=False, slots=True)
class GCell:
    """A ``<td>``/``<th>`` placed on the grid: first column, width, and its text."""

    el: Element
    col: int
    span: int
    text: str  # whitespace-normalised display text, footnote marks included
    bare: str  # the same without ``<sup>`` text
    lead: int  # leading non-breaking spaces
    tall: bool = True  # may print lines one under another (two breaks or more in it: _stacked_lines)

    @property
    def end(self) -> int:
        return self.col + self.span - 1


@dataclass(frozen=True, slots=True)
class Value:
    """One printed number of a row, its split cells merged: ``(1,234)``."""

    text: str
    printed: Printed
    start: int  # first grid column, a "$" cell included
    end: int  # last grid column, a ")" or "%" cell included
    anchor: int  # last grid column of the digits
    el: Element | None = None  # the cell printing the digits


@dataclass(eq=False, slots=True)
class GRow:
    tr: Element
    line: int
    cells: list[GCell]  # cells that start in this row, left to right
    covering: list[GCell]  # cells from rows above whose rowspan reaches this row
    number: int = 0  # 1-based row of the table
    values: list[Value] = field(default_factory=list)
    texts: list[GCell] = field(default_factory=list)  # non-empty cells that are not numbers
    read: bool = False  # values and texts filled in (a row's cells never change once placed)


def _cell_texts(el: Element) -> tuple[str, str, int, bool]:
    """(text, text without superscripts, leading non-breaking spaces, whether it may print lines one
    under another: :attr:`GCell.tall`) of a cell."""
    if len(el) == 0:
        text = el.text
        if not text:
            return "", "", 0, False
        return _leaf_texts(text)
    raw = raw_text(el)
    return (*texts_of(raw.replace(BREAK, " ")), raw.count(BREAK) >= STACKED_LINES - 1)


@lru_cache(maxsize=16384)
def _leaf_texts(text: str) -> tuple[str, str, int, bool]:
    """:func:`_cell_texts` of a cell with no child element, by its text (worked out once per text: a
    10-K's cells print a few thousand texts, "$" and blanks among them); a leaf prints one line."""
    return (*texts_of(text.replace("\u200b", "").replace("\ufeff", "").replace(BREAK, " ")), False)


def cell_number(cell: GCell) -> tuple[str, Printed] | None:
    """The cell's number: its text, else its text without superscripts, else that without a
    trailing footnote mark (the mark is looked for only when the others are no number)."""
    return _number_of(cell.text, cell.bare)


@lru_cache(maxsize=65536)
def _number_of(text: str, bare: str) -> tuple[str, Printed] | None:
    for shown in (text, bare):
        if shown and (p := parse_number(shown)) is not None:
            return shown, p
    unmarked = _MARK.sub("", bare)
    if unmarked and (p := parse_number(unmarked)) is not None:
        return unmarked, p
    return None


def _covered(
    pending: dict[int, tuple[GCell, int]], col: int, covering: list[GCell], seen: set[int]
) -> int:
    """Step over grid columns held by rowspans from rows above; return the next free one."""
    while col in pending and col not in seen:
        cell, left = pending[col]
        if not covering or covering[-1] is not cell:
            covering.append(cell)
        seen.add(col)
        col += 1
    return col


def _css_grid(el: Element) -> list[GRow]:
    """Place the cells of a CSS grid ``el`` (or of the one-row grids it stacks) on grid columns."""
    rows: list[GRow] = []
    for grid in grid_rows(el) or [el]:
        for placed in grid_placement(grid, grid_columns(grid)):
            cells = [GCell(kid, col, span, *_cell_texts(kid)) for kid, col, span in placed]
            first = placed[0][0]
            line = first.sourceline if first.sourceline is not None else len(rows) + 1
            rows.append(GRow(first, line, cells, [], number=len(rows) + 1))
    return rows


def table_grid(table: Element) -> list[GRow]:
    """Place every cell of ``table`` (not of tables nested in it) on grid columns."""
    if tag_name(table) != "table":
        return _css_grid(table)
    trs = own_rows(table)
    pending: dict[int, tuple[GCell, int]] = {}  # grid column -> (cell, rows still covered)
    rows: list[GRow] = []
    for n, tr in enumerate(trs):
        cells: list[GCell] = []
        covering: list[GCell] = []
        seen: set[int] = set()
        col = 0
        fresh: dict[int, tuple[GCell, int]] = {}
        for td in own_cells(tr):
            if pending:
                col = _covered(pending, col, covering, seen)
            span = 1 if (given := td.get("colspan")) is None else span_of(given)
            rowspan = 1 if (given := td.get("rowspan")) is None else min(span_of(given), len(trs) - n)
            cell = GCell(td, col, span, *_cell_texts(td))
            cells.append(cell)
            if rowspan > 1:
                fresh.update((k, (cell, rowspan - 1)) for k in range(col, col + span))
            col += span
        for k in sorted(pending):  # rowspans right of the last cell
            _covered(pending, k, covering, seen)
        pending = {k: (c, left - 1) for k, (c, left) in pending.items() if left > 1}
        pending.update(fresh)
        line = tr.sourceline if tr.sourceline is not None else n + 1
        rows.append(GRow(tr, line, cells, covering, number=n + 1))
    return _unstacked(rows)


def _stacked_lines(cell: GCell) -> list[tuple[str, str, int]]:
    """The lines a cell prints one under another, a ``<br>`` (or a block) between each: blank
    lines inside kept (a heading's blank beside its label), and a non-breaking space's line at
    either end; none of markup alone at either end."""
    if len(cell.el) == 0:
        return [(cell.text, cell.bare, cell.lead)] if cell.text else []
    parts = raw_text(cell.el).split(BREAK)
    while parts and not parts[-1].strip(" \n\t\r"):
        parts.pop()
    while parts and not parts[0].strip(" \n\t\r"):
        parts.pop(0)
    return [texts_of(p) for p in parts]


def _unstacked(rows: list[GRow]) -> list[GRow]:
    """A table whose lines a converter stacked into one row's cells (the labels in one cell, a
    ``<br>`` after each, each column's figures likewise in another) as one row per line. A row is
    unstacked only when its first cell prints words and every cell printing more than one line
    prints as many lines as it (at least :data:`STACKED_LINES`), some of them figures."""
    out: list[GRow] = []
    for row in rows:
        if not any(len(c.el) for c in row.cells[1:]) or row.covering:
            out.append(row)
            continue
        if not row.cells[0].tall:  # (most rows: fewer lines than STACKED_LINES, not read again)
            out.append(row)
            continue
        label = _stacked_lines(row.cells[0])
        if len(label) < STACKED_LINES:  # (most rows: the other cells need not be read again)
            out.append(row)
            continue
        lines = {id(c): label if c is row.cells[0] else _stacked_lines(c) for c in row.cells}
        tall = [c for c in row.cells if len(lines[id(c)]) > 1]
        n = len(lines[id(row.cells[0])])
        figures = [c for c in tall[1:] if sum(_number_of(t, b) is not None for t, b, _ in lines[id(c)]) >= 2]
        if n < STACKED_LINES or not figures or tall[0] is not row.cells[0] \
                or any(len(lines[id(c)]) != n for c in tall) or not WORD3.search(row.cells[0].text):
            out.append(row)
            continue
        for k in range(n):
            cells = [replace(c, text=lines[id(c)][k][0], bare=lines[id(c)][k][1], lead=lines[id(c)][k][2])
                     if len(lines[id(c)]) == n else c if k == 0 else replace(c, text="", bare="", lead=0)
                     for c in row.cells]
            out.append(GRow(row.tr, row.line, cells, [], number=row.number))  # each line in its <tr>
    return out
