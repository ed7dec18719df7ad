"""Tables from HTML documents: ``<table>`` grids to the shared :class:`Table` model.

SEC HTML tables are layout grids. One printed number is often split over three
cells (``$`` | ``1,234`` | ``)``) with empty spacer cells between the columns, and
the column headers are stacked rows tied together by ``colspan``. The chain::

    parse_html(text)               -> the lxml tree (exporter.read.html_tree, shared with the
                                      cover reader and the Inline XBRL writer)
    _grid(table)                   -> rows of cells placed on grid columns (colspan/rowspan)
    _row_values(cells)             -> a row's numbers, split ``$``/``(``/``)``/``%`` cells merged
    _columns(rows)                 -> logical value columns, from the grid column where digits end
    _headers(rows, columns)        -> per column: every header cell over it, top to bottom
    _body(rows, columns)           -> :class:`Row` objects: label, indent, section, rule
    nearby_lines(table)            -> the short blocks above a table (its title) and below it
                                      (exporter.read.html_context)

An element's display text and inline style: exporter.read.html_text.

Provenance: ``Row.line`` / ``Cell.line`` are the source lines of the ``<tr>`` (lxml
``sourceline``, 1-based within ``Document.text``); ``Cell.start`` / ``Cell.end`` are
the first grid column and one past the last grid column of the merged value.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from typing import Any

from lxml.etree import _Element as Element

import taxonomy_map
from exporter.read.css_grid import grid_columns, grid_placement, grid_rows, table_elements
from exporter.read.documents import Document
from exporter.read.html_context import nearby_lines
from exporter.read.html_line_tables import line_tables
from exporter.read.html_text import (
    BREAK,
    own_cells,
    own_rows,
    prints,
    raw_text,
    span_of,
    squash,
    style_of,
    tag_name,
    texts_of,
)
from exporter.read.html_tree import parse_html
from exporter.read.numbers import Printed, parse_number
from exporter.read.stacked_headings import RowSketch, heading_rows
from exporter.read.tables import PARENTHETICAL, Cell, Row, Table
from exporter.read.text_tables import clean_label, full_short_years

TITLE_BLOCKS = int(taxonomy_map.reader_thresholds()["html_title_blocks"])  # block texts kept above a table
NOTE_BLOCKS = int(taxonomy_map.reader_thresholds()["html_note_blocks"])  # block texts kept below a table
MIN_VALUE_ROWS = int(taxonomy_map.reader_thresholds()["html_value_rows"])  # rows of figures a data table prints

_PREFIXES = frozenset({"$", "(", "$(", "($"})
_SUFFIXES = frozenset({")", "%", ")%", "%)"})
_YEARLIKE = re.compile(r"^(19|20)\d\d$")
_YEAR_IN = re.compile(r"\b((?:19|20)\d\d)\b")  # a year anywhere in a text
_MARK = re.compile(r"\s*(\*+|\([a-z]\)|[\u2020\u2021])$")
_RULE_TEXT = re.compile(r"^[-=_\u2014\u2013 ]{3,}$")
_CONNECTIVE = re.compile(r"(,|-|&|\band|\bor|\bof|\bfor|\bto|\bthe|\bin|\bfrom|\bnet|\bless)$", re.I)
_WORD3 = re.compile(r"[A-Za-z]{3}")
_PERIOD_WORDS = re.compile(r"\bended\b|\bending\b|\bas of\b", re.I)
# a row saying only how the table is stated: "(In thousands, except per share data)", "(Unaudited)",
# "Dollars in millions"
_STATED_AS = re.compile(r"^\((?:[^()]|\([^()]*\))*\)$|^(?:(?:amounts|dollars|figures)\s+)?in\s+(?:thousands|millions|"
                        r"billions)\b|^unaudited$", re.I)
# one indent step (a character of a text table's indent), in points
PT_PER_INDENT = float(taxonomy_map.reader_thresholds()["html_indent_points"])


# ---------------------------------------------------------------- raw layer


@dataclass(eq=False, slots=True)
class _GCell:
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
class _Value:
    """One printed number of a row, its split cells merged: ``(1,234)``."""

    text: str
    printed: Printed
    start: int  # first grid column, a "$" cell included
    end: int  # last grid column, a ")" or "%" cell included
    anchor: int  # last grid column of the digits
    el: Element | None = None  # the cell printing the digits


@dataclass(eq=False, slots=True)
class _GRow:
    tr: Element
    line: int
    cells: list[_GCell]  # cells that start in this row, left to right
    covering: list[_GCell]  # cells from rows above whose rowspan reaches this row
    number: int = 0  # 1-based row of the table
    values: list[_Value] = field(default_factory=list)
    texts: list[_GCell] = field(default_factory=list)  # non-empty cells that are not numbers


@dataclass
class _Column:
    anchor: int  # grid column where the digits end
    start: int  # usual first grid column of its values
    end: int  # last grid column any of its values reaches



# ---------------------------------------------------------------- parsing and text




def _cell_texts(el: Element) -> tuple[str, str, int, bool]:
    """(text, text without superscripts, leading non-breaking spaces, whether it may print lines one
    under another: :attr:`_GCell.tall`) of a cell."""
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


def _indent(cell: _GCell) -> int:
    """Indentation of a label cell: CSS offsets down to its text, plus leading nbsp."""
    pt = 0.0
    el: Element | None = cell.el
    depth = 0
    while el is not None and depth < 6:
        pt += style_of(el).left
        if (el.text or "").strip():
            break
        el = next((c for c in el if tag_name(c) and prints(c)), None)
        depth += 1
    return max(0, cell.lead + round(pt / PT_PER_INDENT))


# ---------------------------------------------------------------- grid




def _covered(
    pending: dict[int, tuple[_GCell, int]], col: int, covering: list[_GCell], seen: set[int]
) -> int:
    """Step over grid columns held by rowspans from rows above; return the next free one."""
    while col in pending and col not in seen:
        cell, left = pending[col]
        if not covering or covering[-1] is not cell:
            covering.append(cell)
        seen.add(col)
        col += 1
    return col


def _css_grid(el: Element) -> list[_GRow]:
    """Place the cells of a CSS grid ``el`` (or of the one-row grids it stacks) on grid columns."""
    rows: list[_GRow] = []
    for grid in grid_rows(el) or [el]:
        for placed in grid_placement(grid, grid_columns(grid)):
            cells = [_GCell(kid, col, span, *_cell_texts(kid)) for kid, col, span in placed]
            first = placed[0][0]
            line = first.sourceline if first.sourceline is not None else len(rows) + 1
            rows.append(_GRow(first, line, cells, [], number=len(rows) + 1))
    return rows


def _grid(table: Element) -> list[_GRow]:
    """Place every cell of ``table`` (not of tables nested in it) on grid columns."""
    if tag_name(table) != "table":
        return _css_grid(table)
    trs = own_rows(table)
    pending: dict[int, tuple[_GCell, int]] = {}  # grid column -> (cell, rows still covered)
    rows: list[_GRow] = []
    for n, tr in enumerate(trs):
        cells: list[_GCell] = []
        covering: list[_GCell] = []
        seen: set[int] = set()
        col = 0
        fresh: dict[int, tuple[_GCell, int]] = {}
        for td in own_cells(tr):
            if pending:
                col = _covered(pending, col, covering, seen)
            span = 1 if (given := td.get("colspan")) is None else span_of(given)
            rowspan = 1 if (given := td.get("rowspan")) is None else min(span_of(given), len(trs) - n)
            cell = _GCell(td, col, span, *_cell_texts(td))
            cells.append(cell)
            if rowspan > 1:
                fresh.update((k, (cell, rowspan - 1)) for k in range(col, col + span))
            col += span
        for k in sorted(pending):  # rowspans right of the last cell
            _covered(pending, k, covering, seen)
        pending = {k: (c, left - 1) for k, (c, left) in pending.items() if left > 1}
        pending.update(fresh)
        line = tr.sourceline if tr.sourceline is not None else n + 1
        rows.append(_GRow(tr, line, cells, covering, number=n + 1))
    return _unstacked(rows)


# a row whose label and figure cells each print this many lines or more, one per break
STACKED_LINES = int(taxonomy_map.reader_thresholds()["html_stacked_lines"])


def _stacked_lines(cell: _GCell) -> list[tuple[str, str, int]]:
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


def _unstacked(rows: list[_GRow]) -> list[_GRow]:
    """A table whose lines a converter stacked into one row's cells (the labels in one cell, a
    ``<br>`` after each, each column's figures likewise in another) as one row per line. A row is
    unstacked only when its first cell prints words and every cell printing more than one line
    prints as many lines as it (at least :data:`STACKED_LINES`), some of them figures."""
    out: list[_GRow] = []
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
                or any(len(lines[id(c)]) != n for c in tall) or not _WORD3.search(row.cells[0].text):
            out.append(row)
            continue
        for k in range(n):
            cells = [replace(c, text=lines[id(c)][k][0], bare=lines[id(c)][k][1], lead=lines[id(c)][k][2])
                     if len(lines[id(c)]) == n else c if k == 0 else replace(c, text="", bare="", lead=0)
                     for c in row.cells]
            out.append(_GRow(row.tr, row.line, cells, [], number=row.number))  # each line in its <tr>
    return out


def _heads(row: _GRow, split: int, left: bool) -> list[str]:
    """The headings a row prints over the value columns left (or right) of grid column ``split``."""
    return [c.text for c in row.cells if c.text and (0 < c.col < split if left else c.col > split)]


def _splits(rows: list[_GRow]) -> list[tuple[int, int]]:
    """The grid columns where a table may print a second block of lines beside its first (a label
    column in its middle: three or more of its cells words, and three rows or more printing figures
    on both sides of it), each with the row of the first figures (read once per table, for
    :func:`_two_statements` and :func:`_halves`)."""
    return list(_each_split(rows))


def _each_split(rows: list[_GRow]) -> Iterator[tuple[int, int]]:
    numeric: list[set[int]] = []  # per row, the grid columns of its figures (years left out)
    words: list[list[int]] = []  # per row, the grid columns past the first of its cells of words
    for r in rows:
        figures: set[int] = set()
        worded: list[int] = []
        for c in r.cells:
            if not c.text:
                continue
            if _number(c) is not None:
                if not _YEARLIKE.match(c.text):
                    figures.add(c.col)
            elif c.col > 0 and _WORD3.search(c.text):
                worded.append(c.col)
        numeric.append(figures)
        words.append(worded)
    first = next((n for n, cols in enumerate(numeric) if cols), None)
    if first is None:
        return
    worded_at = Counter(col for cols in words[first:] for col in cols)
    for split, count in worded_at.most_common(2):
        both = [n for n in range(first, len(rows)) if any(k < split for k in numeric[n])
                and any(k > split for k in numeric[n])]
        right = [n for n in range(first, len(rows)) if any(k > split for k in numeric[n])]
        if count >= 3 and len(both) >= 3 and count * 5 >= len(right) * 3:
            yield split, first


def _halves(rows: list[_GRow], splits: list[tuple[int, int]]) -> list[_GRow]:
    """A table printing two statements' halves side by side (the assets on the left, the
    liabilities and equity on the right, each half under the same column headings) as one column:
    the left half's rows, then the right half's, its headings reduced to its label cell
    (``splits``: :func:`_splits` of the rows)."""
    for split, first in splits:
        if not any(_heads(r, split, True) for r in rows[:first]) or any(
                _heads(r, split, True) != _heads(r, split, False) for r in rows[:first]):
            continue
        out = [_GRow(r.tr, r.line, [c for c in r.cells if c.end < split],
                     [c for c in r.covering if c.end < split], r.number) for r in rows]
        for n, r in enumerate(rows):
            keep = [c for c in r.cells if c.col >= split and (n >= first or c.col == split)]
            out.append(_GRow(r.tr, r.line, [replace(c, col=c.col - split) for c in keep], [], r.number))
        return out
    return rows


def _two_statements(rows: list[_GRow], splits: list[tuple[int, int]]) -> tuple[list[_GRow], list[_GRow]] | None:
    """A table printing two statements side by side (an earnings release's income statement on the
    left, its balance sheet on the right), each under column headings of its own that name its
    periods: the left block's rows and the right block's, each a table of its own (``splits``:
    :func:`_splits` of the rows)."""
    for split, first in splits:
        left = [" ".join(_heads(r, split, True)) for r in rows[:first]]
        right = [" ".join(_heads(r, split, False)) for r in rows[:first]]
        if left == right or not _YEAR_IN.search(" ".join(left)) or not _YEAR_IN.search(" ".join(right)):
            continue
        return ([_GRow(r.tr, r.line, [c for c in r.cells if c.end < split],
                       [c for c in r.covering if c.end < split], r.number) for r in rows],
                [_GRow(r.tr, r.line, [replace(c, col=c.col - split) for c in r.cells if c.col >= split],
                       [replace(c, col=c.col - split) for c in r.covering if c.col >= split], r.number)
                 for r in rows])
    return None


# ---------------------------------------------------------------- values


def _xpath(el: Element | None) -> str:
    """Where a cell is: ``//*[@id="..."]`` when it has an id, else its XPath in the document."""
    if el is None:
        return ""
    ident = el.get("id")
    if ident and '"' not in ident:
        return f'//*[@id="{ident}"]'
    return str(el.getroottree().getpath(el))


class _Paths:
    """:func:`_xpath` of the cells of one table: the table's own path (lxml's ``getpath``) and the
    steps below it, each parent's children numbered once. (``getpath`` counts an element's preceding
    siblings at every level up to the root, the body's thousands among them, for every cell.)

    A step is lxml's: the tag, with ``[n]`` (n-th of that tag among its parent's child elements)
    only when the parent has more than one child element of that tag."""

    def __init__(self, table: Element) -> None:
        self.table = table
        self.base: str | None = None
        self.steps: dict[Element, dict[Element, str]] = {}
        self.below: dict[Element, str] = {table: ""}  # element -> its steps below the table, as read

    def of(self, el: Element | None) -> str:
        if el is None:
            return ""
        ident = el.get("id")
        if ident and '"' not in ident:
            return f'//*[@id="{ident}"]'
        # up to the table or to an element whose steps are known (the cells of a row share its own)
        chain: list[tuple[Element, str]] = []
        node = el
        while (known := self.below.get(node)) is None:
            parent = node.getparent()
            if parent is None or "{" in str(node.tag):  # not below the table, or a namespaced tag
                return _xpath(el)
            steps = self.steps.get(parent)
            if steps is None:
                steps = self.steps[parent] = _child_steps(parent)
            chain.append((node, steps[node]))
            node = parent
        for below, step in reversed(chain):
            known += step
            self.below[below] = known
        if self.base is None:
            self.base = str(self.table.getroottree().getpath(self.table))
        return self.base + known


class _PlacedCell(Cell):
    """A :class:`Cell` whose ``element`` (its XPath, :meth:`_Paths.of`) is made when first read: of
    the thousands of value cells in a document's tables, the few that become facts are ever located.
    Compared, hashed, printed and pickled as the plain :class:`Cell` with the path made (the tree
    is read, never changed, after reading: :mod:`exporter.write.ixbrl_html` works on a copy)."""

    def __init__(self, text: str, printed: Printed, line: int, start: int, end: int, tr: int,
                 paths: _Paths, el: Element | None) -> None:
        setattr_ = object.__setattr__
        setattr_(self, "text", text)
        setattr_(self, "printed", printed)
        setattr_(self, "line", line)
        setattr_(self, "start", start)
        setattr_(self, "end", end)
        setattr_(self, "tr", tr)
        setattr_(self, "_at", (paths, el))

    @property
    def element(self) -> str:
        made: str | None = self.__dict__.get("_element")
        if made is None:
            paths, el = self.__dict__["_at"]
            made = paths.of(el)
            object.__setattr__(self, "_element", made)
        return made

    def plain(self) -> Cell:
        """The :class:`Cell` this one stands for, its path made."""
        return Cell(self.text, self.printed, self.line, self.start, self.end, self.element, self.tr)

    def __eq__(self, other: object) -> bool:
        return self.plain() == (other.plain() if isinstance(other, _PlacedCell) else other)

    def __hash__(self) -> int:
        return hash(self.plain())

    def __repr__(self) -> str:
        return repr(self.plain())

    def __reduce__(self) -> tuple[type[Cell], tuple[object, ...]]:
        return Cell, (self.text, self.printed, self.line, self.start, self.end, self.element, self.tr)


def _child_steps(parent: Element) -> dict[Element, str]:
    kids = [c for c in parent if isinstance(c.tag, str)]
    count: dict[str, int] = {}
    for c in kids:
        count[c.tag] = count.get(c.tag, 0) + 1
    seen: dict[str, int] = {}
    out = {}
    for c in kids:
        tag = str(c.tag)
        if count[tag] == 1:
            out[c] = f"/{tag}"
        else:
            seen[tag] = k = seen.get(tag, 0) + 1
            out[c] = f"/{tag}[{k}]"
    return out


def _number(cell: _GCell) -> tuple[str, Printed] | None:
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


def _row_values(row: _GRow) -> None:
    """Fill ``row.values`` (split cells merged) and ``row.texts``."""
    values: list[_Value] = []
    texts: list[_GCell] = []
    pend: list[_GCell] = []
    after_value = False
    for c in row.cells:
        if not c.text:
            continue
        key = c.text.replace(" ", "")
        if key in _PREFIXES:
            pend.append(c)
            continue
        if key in _SUFFIXES:
            if after_value and values:
                v = values[-1]
                merged = v.text + key
                p = parse_number(merged)
                if p is not None:
                    values[-1] = _Value(merged, p, v.start, c.end, v.anchor, v.el)
            pend = []
            continue
        found = _number(c)
        if found is None:
            texts.append(c)
            after_value = False
            pend = []
            continue
        text, printed = found
        start = c.col
        if pend:
            pre = "".join(x.text.replace(" ", "") for x in pend)
            p = parse_number(pre + text)
            if p is not None:
                text, printed, start = pre + text, p, pend[0].col
        values.append(_Value(text, printed, start, c.end, c.end, c.el))
        after_value = True
        pend = []
    row.values = values
    row.texts = texts


def _stated_as(row: _GRow) -> bool:
    """A row of text alone saying how the table is stated: "(In thousands)", "(Unaudited)"."""
    return not row.values and bool(row.texts) and bool(_STATED_AS.match(" ".join(c.text for c in row.texts)))


def _year_only(row: _GRow) -> bool:
    return bool(row.values) and all(
        _YEARLIKE.match(v.text) and not v.printed.currency for v in row.values
    )


def _year_header(row: _GRow, head_years: frozenset[int] = frozenset()) -> bool:
    """A row of column years inside the body ("COMPARISONS AS A % OF SALES | 2025 | 2024"): when
    the headings print years, those years (a line of figures without thousands separators that
    look like other years, "Other charges | 2012 | 2005", is a line)."""
    if not _year_only(row):
        return False
    if head_years and not {int(v.text) for v in row.values} <= head_years:
        return False
    if len(row.values) == 1:
        return not row.texts
    years = [int(v.text) for v in row.values]
    return len(set(years)) == len(years) and max(years) - min(years) <= 10


def _columns(data: list[_GRow]) -> tuple[list[_Column], dict[int, int]]:
    """Logical value columns and a map from digit-end grid column to column number."""
    support: dict[int, set[int]] = {}
    starts: dict[int, Counter[int]] = {}
    ends: dict[int, int] = {}
    for n, row in enumerate(data):
        for v in row.values:
            support.setdefault(v.anchor, set()).add(n)
            starts.setdefault(v.anchor, Counter())[v.start] += 1
            ends[v.anchor] = max(ends.get(v.anchor, v.end), v.end)
    value_rows = sum(1 for r in data if r.values)
    need = 1 if value_rows <= 4 else max(2, int(0.2 * value_rows))
    cols: list[_Column] = []
    owner: dict[int, _Column] = {}
    leftover: list[int] = []
    for a in sorted(support, key=lambda a: (-len(support[a]), a)):
        core = starts[a].most_common(1)[0][0]
        hits = [c for c in cols if core <= c.anchor and c.start <= a]
        if hits:
            best = min(hits, key=lambda c: abs(c.anchor - a))
            owner[a] = best
            best.end = max(best.end, ends[a])
        elif len(support[a]) >= need:
            col = _Column(a, core, ends[a])
            cols.append(col)
            owner[a] = col
        else:
            leftover.append(a)
    first = min((c.start for c in cols), default=0)
    for a in leftover:
        if cols and a >= first:  # (left of every column it is a number inside the label)
            best = min(cols, key=lambda c: abs(c.anchor - a))
            if abs(best.anchor - a) <= 3:
                owner[a] = best
    cols.sort(key=lambda c: c.anchor)
    index = {id(c): i for i, c in enumerate(cols)}
    return cols, {a: index[id(c)] for a, c in owner.items()}


# ---------------------------------------------------------------- headers


def _header_cells(rows: list[_GRow]) -> list[list[_GCell]]:
    out = []
    for row in rows:
        seen = {id(c) for c in row.cells}
        cells = list(row.cells) + [c for c in row.covering if id(c) not in seen]
        out.append(sorted((c for c in cells if c.text), key=lambda c: c.col))
    return out


def _headers(
    head: list[_GRow], cols: list[_Column], label_end: int
) -> tuple[list[str], list[str]]:
    """Per column the header text over it, and header text outside the value area (title)."""
    texts: list[list[str]] = [[] for _ in cols]
    extra: list[str] = []
    first = min(c.start for c in cols)
    used: set[object] = set()  # cells already taken (a rowspan cell is in several rows)
    for row, cells in zip(head, _header_cells(head), strict=True):
        _reach_short_row(row, cells, cols, texts)
        for cell in cells:
            if cell.col <= label_end or cell.col < first and cell.end < first:
                if id(cell) not in used:
                    extra.append(cell.text)
                    used.add(id(cell))
                    over = [i for i, col in enumerate(cols) if cell.col <= col.anchor <= cell.end]
                    if over:  # from the label column over the first value columns: "December 31, 2023" | 2022
                        for i in over:
                            texts[i].append(cell.text)
                    elif _PERIOD_WORDS.search(cell.text):  # "Year Ended December 31," | 2024
                        for t in texts:
                            t.append(cell.text)
                continue
            for i, col in enumerate(cols):
                if cell.col <= col.anchor and cell.end >= col.start and (i, id(cell)) not in used:
                    texts[i].append(cell.text)
                    used.add((i, id(cell)))
    return [" ".join(t) for t in texts], extra


def _reach_short_row(row: _GRow, cells: list[_GCell], cols: list[_Column], texts: list[list[str]]) -> None:
    """A header row whose cells stop short of the table's right edge, its last cell a period
    heading ("Three Months Ended July 31," over "2023 | 2022" in a row with fewer cells than the
    year row): the heading reaches the value columns past the row's end as well."""
    if not cells or not row.cells:
        return
    last = cells[-1]
    row_end = max(c.end for c in row.cells)
    if last.end != row_end or not _PERIOD_WORDS.search(last.text) or any(
            c.col <= col.anchor <= c.end for c in cells[:-1] for col in cols if col.start > row_end):
        return
    for i, col in enumerate(cols):
        if col.start > row_end and last.col <= cols[i].start:
            texts[i].append(last.text)


# ---------------------------------------------------------------- body


def _rule_text(row: _GRow, first: int) -> bool:
    """A row that only draws a line: ``-----`` / ``=====`` cells or ``<hr>``."""
    cells = [c for c in row.cells if c.end >= first]
    marks = [c for c in cells if c.text]
    if marks:
        return all(_RULE_TEXT.match(c.text) for c in marks)
    return any(c.el.find(".//hr") is not None for c in cells)


def _borders(row: _GRow, first: int) -> tuple[bool, bool]:
    """Rules drawn over or under the row's value cells: by a cell's own style, or by a block inside
    it (a spacer row's ``<td><p style="border-top:1px solid">&nbsp;</p></td>``)."""
    top = bottom = False
    for c in row.cells:
        if c.end < first:
            continue
        st = style_of(c.el)
        top = top or st.border_top
        bottom = bottom or st.border_bottom
        if len(c.el):
            for el in c.el.iterdescendants("p", "div"):
                st = style_of(el)
                top = top or st.border_top
                bottom = bottom or st.border_bottom
        if top and bottom:
            break  # (nothing more to learn from the other cells)
    return top, bottom


def _joins(heading: str, label: str) -> bool:
    """Does a label-only row run on into the next row's label?"""
    h = heading.strip()
    return bool(h) and not h.endswith(":") and (
        bool(_CONNECTIVE.search(h)) or label[:1].islower()
    )


def _body(
    rows: list[_GRow], cols: list[_Column], amap: dict[int, int], data_start: int, paths: _Paths,
    head_years: frozenset[int] = frozenset(),
) -> list[Row]:
    first = min(c.start for c in cols)
    out: list[Row] = []
    section = ""
    parent = ""
    rule = False
    for n, row in enumerate(rows):
        top, bottom = _borders(row, first)
        label_cells = [c for c in row.texts if c.col < first]
        # numbers left of every value column are part of the label ("shares issued 4,009.2")
        inline = [v for v in row.values if v.anchor not in amap and v.end < first]
        parts = [(c.col, c.text) for c in label_cells] + [(v.start, v.text) for v in inline]
        raw = " ".join(t for _, t in sorted(parts))
        label = clean_label(raw)
        slots: list[Cell | None] = [None] * len(cols)
        if not (n >= data_start and _year_header(row, head_years)):
            for v in row.values:
                i = amap.get(v.anchor)
                if i is not None and slots[i] is None:
                    slots[i] = _PlacedCell(v.text, v.printed, row.line, v.start, v.end + 1, row.number, paths, v.el)
        if all(s is None for s in slots):
            if not label:
                rule = rule or top or bottom or (bool(row.cells) and _rule_text(row, first))
                continue
            indent = _indent(label_cells[0]) if label_cells else 0
            out.append(Row(label, slots, row.line, indent, raw))
            section = label
            parent = label if label.endswith(":") else ""
            rule = bottom
            continue
        indent = _indent(label_cells[0]) if label_cells else 0
        line = row.line
        prev = out[-1] if out else None
        if prev is not None and prev.is_heading and label and _joins(prev.raw_label, label):
            out.pop()
            raw = f"{prev.raw_label} {raw}"
            label = clean_label(raw)
            indent, line = prev.indent, prev.line
            section, parent = _section_before(out)
        # a line right under the column headers underlines them, not a subtotal
        ruled = (rule or top) and any(not r.is_heading for r in out)
        out.append(Row(label, slots, line, indent, raw, ruled, section, parent))
        rule = bottom
        if label.lower().startswith("total") or not label:  # a total, labelled or not, closes its heading
            section = parent = ""
    for i, r in enumerate(out):
        r.index = i
    return out


def _section_before(rows: list[Row]) -> tuple[str, str]:
    for r in reversed(rows):
        if r.is_heading:
            return r.label, r.label if r.label.endswith(":") else ""
        if r.label.lower().startswith("total"):
            return "", ""
    return "", ""


# ---------------------------------------------------------------- text around a table




def xpath(el: Element) -> str:
    """Where ``el`` is: ``//*[@id="..."]`` when it has an id, else its XPath in the document."""
    return _xpath(el)


# ---------------------------------------------------------------- tables


def _headings_only(el: Element, grid: Callable[[Element], list[_GRow]] = _grid) -> bool:
    """A table of column headings alone: text and years, no figures, a period or date among them."""
    rows = grid(el)
    for row in rows:
        _row_values(row)
    return bool(rows) and all(not r.values or _year_only(r) for r in rows) and any(
        _PERIOD_WORDS.search(c.text) or _YEAR_IN.search(c.text)
        for r in rows for c in r.cells)


def _parenthetical(el: Element) -> bool:
    """Is ``el`` titled as a statement's "(Parenthetical)" table?"""
    return any(PARENTHETICAL.search(line) for line in nearby_lines(el, True, TITLE_BLOCKS)[-4:])


def _tables(doc: Document, index: int, el: Element, head_el: Element | None = None,
            grid: Callable[[Element], list[_GRow]] = _grid) -> list[Table]:
    """The table ``el`` prints (numbered ``index``), or the two it prints side by side
    (:func:`_two_statements`); ``head_el``: a table of column headings alone right above it;
    ``grid``: :func:`_grid`, or the grids read already."""
    rows = grid(el) if head_el is None else grid(head_el) + grid(el)
    splits = _splits(rows)
    pair = _two_statements(rows, splits)
    parts = [_table(doc, index, el, head_el, part) for part in _stacked(_halves(rows, splits))] if pair is None \
        else [_table(doc, index, el, head_el, pair[0]), _table(doc, index + 1, el, head_el, pair[1])]
    out = [t for t in parts if t is not None]
    for n, t in enumerate(out):
        t.index = index + n
    return out


def _stacked(rows: list[_GRow]) -> list[list[_GRow]]:
    """A table's rows, or the rows of each part under a period heading stacked in it (an earnings
    release's quarter, then its year to date under "Nine Months Ended" / "2024 | 2023" over the same
    columns: exporter.read.stacked_headings)."""
    for row in rows:
        _row_values(row)
    first = next((n for n, r in enumerate(rows) if r.values and not _year_only(r)), len(rows))
    head_years = frozenset(int(y) for r in rows[:first] for c in r.cells for y in _YEAR_IN.findall(c.text))
    sketches = [RowSketch(bool(r.values) and not _year_only(r),
                          _year_header(r, head_years) if r.values else any(
                              c.col > 0 and _YEAR_IN.search(c.text) for c in r.texts),
                          " ".join(c.text for c in r.texts)) for r in rows[first:]]
    ends = [first + k for k in heading_rows(sketches)]
    return [rows[a:b] for a, b in zip([0, *ends], [*ends, len(rows)], strict=True)]


def _table(doc: Document, index: int, el: Element, head_el: Element | None, rows: list[_GRow]) -> Table | None:
    """``head_el``: a table of column headings alone printed right above ``el``'s figures; ``rows``:
    the grid of the two (or of the block of it to read)."""
    for row in rows:
        _row_values(row)
    # the body starts at the first row with a number that is not a year
    data_start = next(
        (n for n, r in enumerate(rows) if r.values and not _year_only(r)), None
    )
    if data_start is None:
        return None
    head_years = frozenset(int(y) for r in rows[:data_start] for c in r.cells for y in _YEAR_IN.findall(c.text))
    data = [r for r in rows[data_start:] if r.values and not _year_header(r, head_years)]
    # one line may be a table when it is a statement's "(Parenthetical)" table ("Common stock, par value")
    least = MIN_VALUE_ROWS if len(data) != 1 or not _parenthetical(el if head_el is None else head_el) else 1
    if sum(1 for r in data if r.values) < least:
        return None
    cols, amap = _columns(data)
    if not cols:
        return None
    first = min(c.start for c in cols)
    label_ends = Counter(
        max(c.end for c in r.texts if c.col < first)
        for r in data
        if any(c.col < first for c in r.texts)
    )
    label_end = min(label_ends.most_common(1)[0][0], first - 1) if label_ends else -1
    # header rows: the rows above the data that print something over the value columns
    last_head = -1
    for n, row in enumerate(rows[:data_start]):
        if any(c.text and c.col > label_end and c.end >= first for c in row.cells + row.covering):
            last_head = n
    head, body = rows[: last_head + 1], rows[last_head + 1 :]
    headers, extra = _headers(head, cols, label_end)
    headers = full_short_years(headers, doc.text)  # "3rd Qtr 96", "96": the years the document's own dates name
    # a row between the column headings and the first figures that only says how the table is
    # stated (its scale, "(Unaudited)") belongs to the title, not to the lines as their heading
    stated = [r for r in body[: data_start - (last_head + 1)] if _stated_as(r)]
    extra += [" ".join(c.text for c in r.texts) for r in stated]
    body = [r for r in body if r not in stated]
    data_start -= len(stated)
    table_rows = _body(body, cols, amap, data_start - (last_head + 1), _Paths(el), head_years)
    if sum(1 for r in table_rows if not r.is_heading) < least:
        return None
    title = nearby_lines(el if head_el is None else head_el, True, TITLE_BLOCKS)
    caption = el.find("caption")
    if caption is not None and squash(raw_text(caption)):
        title.append(squash(raw_text(caption)))
    title.extend(t for t in extra if t not in title)
    first_line = el.sourceline or (rows[0].line if rows else 0)
    return _ReadTable(
        document=doc,
        index=index,
        title=title,
        headers=headers,
        rows=table_rows,
        first_line=first_line,
        last_line=rows[-1].line if rows else first_line,
        below=el,
    )


class _ReadTable(Table):
    """A :class:`Table` whose ``notes`` (the blocks right below its element) are read when first asked
    for: only a statement's ever are (a footnote's scale, a continued statement). Compared and
    printed as the plain :class:`Table` with its notes read (the tree is never changed after reading)."""

    def __init__(self, *, below: Element | None = None, **fields: Any) -> None:
        self._below: Element | None = None
        self._notes: list[str] | None = None
        super().__init__(**fields)  # (notes given, as dataclasses.replace gives them, are kept)
        if below is not None:
            self._below, self._notes = below, None

    @property
    def notes(self) -> list[str]:
        if self._notes is None:
            self._notes = nearby_lines(self._below, False, NOTE_BLOCKS) if self._below is not None else []
        return self._notes

    @notes.setter
    def notes(self, value: list[str]) -> None:
        self._notes = value
        self._below = None

    def __getstate__(self) -> dict[str, Any]:  # (pickled and copied with its notes read)
        return {**self.__dict__, "_notes": self.notes, "_below": None}

    def plain(self) -> Table:
        """The :class:`Table` this one stands for, its notes read."""
        return Table(**{f.name: getattr(self, f.name) for f in fields(Table)})

    def __eq__(self, other: object) -> bool:
        return self.plain() == (other.plain() if isinstance(other, _ReadTable) else other)

    def __repr__(self) -> str:
        return repr(self.plain())


def html_tables(doc: Document, root: Element | None = None, layout: Sequence[Element] | None = None) -> list[Table]:
    """Every data table of an HTML document (two or more rows of numbers), as :class:`Table`.

    ``root``: the document's tree if it is parsed already (:func:`parse_html` of its text);
    ``layout``: its :func:`table_elements`, if found already."""
    if root is None:
        root, layout = parse_html(doc.text), None
    if root is None:
        return []
    tables: list[Table] = []
    heads: Element | None = None  # the table before, if it prints column headings alone
    grids: dict[Element, list[_GRow]] = {}

    def grid(el: Element) -> list[_GRow]:
        """:func:`_grid` of ``el``, read once (a table is read again with the one above it, as
        headings alone, or as a line of a statement; reading a grid's rows changes nothing in it).
        The last few are kept: the tables a table is read with stand right before or after it."""
        rows = grids.get(el)
        if rows is None:
            rows = grids[el] = _grid(el)
            if len(grids) > 3:
                del grids[next(iter(grids))]
        return rows

    elements = list(table_elements(root)) if layout is None else list(layout)
    after = -1  # the last position read as part of a table of one-line tables
    for position, el in enumerate(elements):
        if position <= after:
            continue
        found = _tables(doc, len(tables), el, None, grid)
        if len(found) == 1 and heads is not None and not any(h.strip() for h in found[0].headers) \
                and not found[0].title:
            # the figures under no headings right below a table of headings alone: one table
            found = _tables(doc, len(tables), el, heads, grid)[:1] or found
        run = line_tables(elements, position) if not found else []
        if run:  # each line of a statement a <table> of its own: one table
            table = _table(doc, len(tables), el, None, [r for e in run for r in grid(e)])
            lines = table.value_rows() if table is not None else []
            if table is not None and sum(1 for r in lines if r.label) * 2 > len(lines):  # not numbered notes
                found, after = [table], position + len(run) - 1
                table.through = after
        for table in found:
            table.position = position
            tables.append(table)
        heads = el if not found and _headings_only(el, grid) else None
    return tables
