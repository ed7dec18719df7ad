"""An HTML table's column headings: per value column every heading cell over it, top to bottom, and
the heading text outside the value area (read into the table's title).
"""

from __future__ import annotations

import re

import taxonomy_map
from exporter.read.html_grid import GCell, GRow
from exporter.read.html_values import Column

# a heading naming a period: "Year Ended December 31,", "As of" (taxonomy_map/reader_words.csv heading_word
# period_phrase)
PERIOD_WORDS = re.compile(taxonomy_map.reader_words()["heading_word"]["period_phrase"], re.I)


def _header_cells(rows: list[GRow]) -> list[list[GCell]]:
    out = []
    for row in rows:
        seen = {id(c) for c in row.cells}
        cells = list(row.cells) + [c for c in row.covering if id(c) not in seen]
        out.append(sorted((c for c in cells if c.text), key=lambda c: c.col))
    return out


def column_headers(
    head: list[GRow], cols: list[Column], label_end: int
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
                    elif PERIOD_WORDS.search(cell.text):  # "Year Ended December 31," | 2024
                        for t in texts:
                            t.append(cell.text)
                continue
            for i, col in enumerate(cols):
                if cell.col <= col.anchor and cell.end >= col.start and (i, id(cell)) not in used:
                    texts[i].append(cell.text)
                    used.add((i, id(cell)))
    return [" ".join(t) for t in texts], extra


def _reach_short_row(row: GRow, cells: list[GCell], cols: list[Column], texts: list[list[str]]) -> None:
    """A header row whose cells stop short of the table's right edge, its last cell a period
    heading ("Three Months Ended July 31," over "2023 | 2022" in a row with fewer cells than the
    year row): the heading reaches the value columns past the row's end as well."""
    if not cells or not row.cells:
        return
    last = cells[-1]
    row_end = max(c.end for c in row.cells)
    if last.end != row_end or not PERIOD_WORDS.search(last.text) or any(
            c.col <= col.anchor <= c.end for c in cells[:-1] for col in cols if col.start > row_end):
        return
    for i, col in enumerate(cols):
        if col.start > row_end and last.col <= cols[i].start:
            texts[i].append(last.text)
