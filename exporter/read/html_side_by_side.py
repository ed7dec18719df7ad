"""An HTML table printing two blocks of lines side by side, a label column in its middle: two
statements, each under headings of its own (:func:`two_statements`), or two halves of one statement
under the same headings (:func:`halves`: the assets left, the liabilities and equity right).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from fractions import Fraction

import taxonomy_map
from exporter.read.html_grid import WORD3, GRow, cell_number
from exporter.read.html_values import YEAR_IN, YEARLIKE

# (taxonomy_map/reader_thresholds.csv) the cells of words a label column in a table's middle prints, the rows
# printing figures on both its sides, and the share of the rows printing figures right of it it labels
SIDE_LABEL_CELLS = int(taxonomy_map.reader_thresholds()["html_side_label_cells"])
SIDE_ROWS = int(taxonomy_map.reader_thresholds()["html_side_rows"])
SIDE_LABEL_SHARE = Fraction(taxonomy_map.reader_thresholds()["html_side_label_share"])  # (exact: 3/5)


def _heads(row: GRow, split: int, left: bool) -> list[str]:
    """The headings a row prints over the value columns left (or right) of grid column ``split``."""
    return [c.text for c in row.cells if c.text and (0 < c.col < split if left else c.col > split)]


def side_splits(rows: list[GRow]) -> list[tuple[int, int]]:
    """The grid columns where a table may print a second block of lines beside its first (a label
    column in its middle: three or more of its cells words, and three rows or more printing figures
    on both sides of it), each with the row of the first figures (read once per table, for
    :func:`two_statements` and :func:`halves`)."""
    return list(_each_split(rows))


def _each_split(rows: list[GRow]) -> Iterator[tuple[int, int]]:
    numeric: list[set[int]] = []  # per row, the grid columns of its figures (years left out)
    words: list[list[int]] = []  # per row, the grid columns past the first of its cells of words
    for r in rows:
        figures: set[int] = set()
        worded: list[int] = []
        for c in r.cells:
            if not c.text:
                continue
            if cell_number(c) is not None:
                if not YEARLIKE.match(c.text):
                    figures.add(c.col)
            elif c.col > 0 and WORD3.search(c.text):
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
        if count >= SIDE_LABEL_CELLS and len(both) >= SIDE_ROWS and count >= SIDE_LABEL_SHARE * len(right):
            yield split, first


def halves(rows: list[GRow], splits: list[tuple[int, int]]) -> list[GRow]:
    """A table printing two statements' halves side by side (the assets on the left, the
    liabilities and equity on the right, each half under the same column headings) as one column:
    the left half's rows, then the right half's, its headings reduced to its label cell
    (``splits``: :func:`side_splits` of the rows)."""
    for split, first in splits:
        if not any(_heads(r, split, True) for r in rows[:first]) or any(
                _heads(r, split, True) != _heads(r, split, False) for r in rows[:first]):
            continue
        out = [GRow(r.tr, r.line, [c for c in r.cells if c.end < split],
                     [c for c in r.covering if c.end < split], r.number) for r in rows]
        for n, r in enumerate(rows):
            keep = [c for c in r.cells if c.col >= split and (n >= first or c.col == split)]
            out.append(GRow(r.tr, r.line, [replace(c, col=c.col - split) for c in keep], [], r.number))
        return out
    return rows


def two_statements(rows: list[GRow], splits: list[tuple[int, int]]) -> tuple[list[GRow], list[GRow]] | None:
    """A table printing two statements side by side (an earnings release's income statement on the
    left, its balance sheet on the right), each under column headings of its own that name its
    periods: the left block's rows and the right block's, each a table of its own (``splits``:
    :func:`side_splits` of the rows)."""
    for split, first in splits:
        left = [" ".join(_heads(r, split, True)) for r in rows[:first]]
        right = [" ".join(_heads(r, split, False)) for r in rows[:first]]
        if left == right or not YEAR_IN.search(" ".join(left)) or not YEAR_IN.search(" ".join(right)):
            continue
        return ([GRow(r.tr, r.line, [c for c in r.cells if c.end < split],
                       [c for c in r.covering if c.end < split], r.number) for r in rows],
                [GRow(r.tr, r.line, [replace(c, col=c.col - split) for c in r.cells if c.col >= split],
                       [replace(c, col=c.col - split) for c in r.covering if c.col >= split], r.number)
                 for r in rows])
    return None
