"""Tables from HTML documents: ``<table>`` grids to the shared :class:`Table` model.

SEC HTML tables are layout grids. One printed number is often split over three
cells (``$`` | ``1,234`` | ``)``) with empty spacer cells between the columns, and
the column headers are stacked rows tied together by ``colspan``. The chain::

    parse_html(text)               -> the lxml tree (exporter.read.html_tree, shared with the
                                      cover reader and the Inline XBRL writer)
    table_grid(table)              -> rows of cells placed on grid columns (colspan/rowspan; a row's
                                      lines stacked in its cells unstacked: exporter.read.html_grid)
    side_splits(rows)              -> two blocks of lines side by side: two statements, or two halves
                                      of one (exporter.read.html_side_by_side)
    heading_rows(sketches)         -> the parts under period headings stacked in the table
                                      (exporter.read.stacked_headings)
    row_values(row)                -> a row's numbers, split ``$``/``(``/``)``/``%`` cells merged
    value_columns(rows)            -> logical value columns, from the grid column where digits end
                                      (exporter.read.html_values)
    column_headers(rows, columns)  -> per column: every header cell over it, top to bottom
                                      (exporter.read.html_headings)
    body_rows(rows, columns)       -> :class:`Row` objects: label, indent, section, rule, value cells
                                      located when first asked (exporter.read.html_body, html_paths)
    nearby_lines(table)            -> the short blocks above a table (its title) and below it
                                      (exporter.read.html_context)

An element's display text and inline style: exporter.read.html_text.

Provenance: ``Row.line`` / ``Cell.line`` are the source lines of the ``<tr>`` (lxml
``sourceline``, 1-based within ``Document.text``); ``Cell.start`` / ``Cell.end`` are
the first grid column and one past the last grid column of the merged value.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import fields
from typing import Any

from lxml.etree import _Element as Element

import taxonomy_map
from exporter.read.css_grid import table_elements
from exporter.read.documents import Document
from exporter.read.html_body import body_rows
from exporter.read.html_context import nearby_lines
from exporter.read.html_grid import GRow, table_grid
from exporter.read.html_headings import PERIOD_WORDS, column_headers
from exporter.read.html_line_tables import line_tables
from exporter.read.html_paths import Paths
from exporter.read.html_side_by_side import halves, side_splits, two_statements
from exporter.read.html_text import raw_text, squash
from exporter.read.html_tree import parse_html
from exporter.read.html_values import YEAR_IN, row_values, stated_as, value_columns, year_header, year_only
from exporter.read.stacked_headings import RowSketch, heading_rows
from exporter.read.tables import PARENTHETICAL, Table
from exporter.read.text_headings import full_short_years

TITLE_BLOCKS = int(taxonomy_map.reader_thresholds()["html_title_blocks"])  # block texts kept above a table
NOTE_BLOCKS = int(taxonomy_map.reader_thresholds()["html_note_blocks"])  # block texts kept below a table
MIN_VALUE_ROWS = int(taxonomy_map.reader_thresholds()["html_value_rows"])  # rows of figures a data table prints


def _headings_only(el: Element, grid: Callable[[Element], list[GRow]] = table_grid) -> bool:
    """A table of column headings alone: text and years, no figures, a period or date among them."""
    rows = grid(el)
    for row in rows:
        row_values(row)
    return bool(rows) and all(not r.values or year_only(r) for r in rows) and any(
        PERIOD_WORDS.search(c.text) or YEAR_IN.search(c.text)
        for r in rows for c in r.cells)


def _parenthetical(el: Element) -> bool:
    """Is ``el`` titled as a statement's "(Parenthetical)" table?"""
    return any(PARENTHETICAL.search(line) for line in nearby_lines(el, True, TITLE_BLOCKS)[-4:])


def _tables(doc: Document, index: int, el: Element, head_el: Element | None = None,
            grid: Callable[[Element], list[GRow]] = table_grid) -> list[Table]:
    """The table ``el`` prints (numbered ``index``), or the two it prints side by side
    (:func:`two_statements`); ``head_el``: a table of column headings alone right above it;
    ``grid``: :func:`table_grid`, or the grids read already."""
    rows = grid(el) if head_el is None else grid(head_el) + grid(el)
    splits = side_splits(rows)
    pair = two_statements(rows, splits)
    parts = [_table(doc, index, el, head_el, part) for part in _stacked(halves(rows, splits))] if pair is None \
        else [_table(doc, index, el, head_el, pair[0]), _table(doc, index + 1, el, head_el, pair[1])]
    out = [t for t in parts if t is not None]
    for n, t in enumerate(out):
        t.index = index + n
    return out


def _stacked(rows: list[GRow]) -> list[list[GRow]]:
    """A table's rows, or the rows of each part under a period heading stacked in it (an earnings
    release's quarter, then its year to date under "Nine Months Ended" / "2024 | 2023" over the same
    columns: exporter.read.stacked_headings)."""
    for row in rows:
        row_values(row)
    first = next((n for n, r in enumerate(rows) if r.values and not year_only(r)), len(rows))
    head_years = frozenset(int(y) for r in rows[:first] for c in r.cells for y in YEAR_IN.findall(c.text))
    sketches = [RowSketch(bool(r.values) and not year_only(r),
                          year_header(r, head_years) if r.values else any(
                              c.col > 0 and YEAR_IN.search(c.text) for c in r.texts),
                          " ".join(c.text for c in r.texts)) for r in rows[first:]]
    ends = [first + k for k in heading_rows(sketches)]
    return [rows[a:b] for a, b in zip([0, *ends], [*ends, len(rows)], strict=True)]


def _table(doc: Document, index: int, el: Element, head_el: Element | None, rows: list[GRow]) -> Table | None:
    """``head_el``: a table of column headings alone printed right above ``el``'s figures; ``rows``:
    the grid of the two (or of the block of it to read)."""
    for row in rows:
        row_values(row)
    # the body starts at the first row with a number that is not a year
    data_start = next(
        (n for n, r in enumerate(rows) if r.values and not year_only(r)), None
    )
    if data_start is None:
        return None
    head_years = frozenset(int(y) for r in rows[:data_start] for c in r.cells for y in YEAR_IN.findall(c.text))
    data = [r for r in rows[data_start:] if r.values and not year_header(r, head_years)]
    # one line may be a table when it is a statement's "(Parenthetical)" table ("Common stock, par value")
    least = MIN_VALUE_ROWS if len(data) != 1 or not _parenthetical(el if head_el is None else head_el) else 1
    if sum(1 for r in data if r.values) < least:
        return None
    cols, amap = value_columns(data)
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
    headers, extra = column_headers(head, cols, label_end)
    headers = full_short_years(headers, doc.text)  # "3rd Qtr 96", "96": the years the document's own dates name
    # a row between the column headings and the first figures that only says how the table is
    # stated (its scale, "(Unaudited)") belongs to the title, not to the lines as their heading
    stated = [r for r in body[: data_start - (last_head + 1)] if stated_as(r)]
    extra += [" ".join(c.text for c in r.texts) for r in stated]
    body = [r for r in body if r not in stated]
    data_start -= len(stated)
    table_rows = body_rows(body, cols, amap, data_start - (last_head + 1), Paths(el), head_years)
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
    grids: dict[Element, list[GRow]] = {}

    def grid(el: Element) -> list[GRow]:
        """:func:`table_grid` of ``el``, read once (a table is read again with the one above it, as
        headings alone, or as a line of a statement; reading a grid's rows changes nothing in it).
        The last few are kept: the tables a table is read with stand right before or after it."""
        rows = grids.get(el)
        if rows is None:
            rows = grids[el] = table_grid(el)
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
