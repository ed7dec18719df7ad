"""Period headings stacked inside one table: an earnings release's quarter, then its year to date.

A release often types both parts of its income statement in one ``<TABLE>`` block (or one HTML
``<table>``): the lines under "Three Months Ended / September 30, / 1996  1995", then, under a second
heading block set over the same figure columns ("Nine Months Ended / September 30, / 1996  1995"),
the same lines again. The second heading is no line of the statement (its years are no figures) and
its part is a statement of other periods: the block is read as two tables, each under its own
column heading. So is another statement run on in the table under a title line of its own
("CONSOLIDATED BALANCE SHEETS") and its column heading: the block is split under the title, which
closes the part before (exporter.understand.inner_titles moves it to its part).

    heading_blocks(body)   -> where each period heading block stacked in a text table's body starts and ends
    heading_rows(rows)     -> the same for an HTML table's rows, each summed up as a :class:`RowSketch`
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import taxonomy_map
from exporter.read.statement_titles import ANY_TITLE  # a title line: another statement run on in the table
from exporter.read.text_columns import LETTER, is_rule, is_year_line, line_pieces, trailing_values

# words naming a length of time over a column ("Nine Months Ended", "Year to date"): reader_words.csv
PERIOD_HEADING = re.compile(taxonomy_map.reader_words()["heading_word"]["period"], re.I)
# a heading block's lines (its rules and blank lines too) before its years or dates (taxonomy_map/reader_thresholds.csv)
HEADING_LINES = int(taxonomy_map.reader_thresholds()["heading_block_lines"])


def words_over_figures(line: str, figures: int) -> bool:
    """Does ``line`` print words only where a table's figures stand (a column heading, not a
    label or a section heading, which start at the left)?"""
    words = [p for p in line_pieces(line) if p.printed is None and LETTER.search(p.text)]
    return bool(words) and words[0].start >= figures - 2


def _value_line(line: str) -> tuple[bool, bool, int]:
    """(prints figures, prints the columns' years or dates, where its figures start: -1 when no
    label's words stand left of them)."""
    pieces = line_pieces(line)
    values = trailing_values(pieces)
    if not values:
        return False, False, 0
    start = min(p.start for p in values)
    labelled = any(p.start < start and LETTER.search(p.text) for p in pieces)
    return True, is_year_line(values, pieces), start if labelled else -1


def heading_blocks(body: list[str]) -> list[tuple[int, int]]:
    """Where in ``body`` (a table's lines under its column heading) a second period heading block
    starts, and where the lines under it start: after two lines of figures or more, words set only over the figures that
    name a length of time ("Nine Months Ended"), followed within a few lines (rules, blank lines and
    more such words) by the columns' years or dates and then by figures again.

    >>> heading_blocks(["Sales      $ 10     $  9", "Net income     1        1", "",
    ...                 "           Nine Months", "           1996     1995",
    ...                 "Sales        30       27", "Net income     3        2"])
    [(3, 5)]
    """
    blocks: list[tuple[int, int]] = []
    figures = 1 << 30  # where the figures start: words set over them head columns
    lines_read = 0  # lines of figures since the table's (or the last part's) heading
    k = 0
    while k < len(body):
        values, dated, start = _value_line(body[k])
        if values and not dated and start >= 0:  # a line's figures right of its label
            figures, lines_read = min(figures, start), lines_read + 1
        elif lines_read >= 2 and not values and ANY_TITLE.search(body[k]) \
                and (end := _heading_end(body, k, figures)) is not None:
            blocks.append((k + 1, end))  # another statement under its own title: the title closes the part before
            lines_read, k = 0, end
            continue
        elif lines_read >= 2 and words_over_figures(body[k], figures) and PERIOD_HEADING.search(body[k]):
            end = _heading_end(body, k, figures)
            if end is not None:
                blocks.append((k, end))
                lines_read, k = 0, end
                continue
        k += 1
    return blocks


def _heading_end(body: list[str], k: int, figures: int) -> int | None:
    """Where the heading block starting at ``body[k]`` ends (the line after its years or dates),
    if it is one: only words over the figures, rules and blank lines down to the lines of years or
    dates, and a line of figures or a label after them."""
    dates_end = None
    for j in range(k + 1, min(len(body), k + HEADING_LINES + 1)):
        line = body[j]
        values, dated, _ = _value_line(line)
        if dated:
            dates_end = j + 1
        elif not line.strip() or is_rule(line) or (not values and words_over_figures(line, figures)):
            continue  # "September 30,", a rule, "(Unaudited)" over the figures
        else:
            return dates_end  # figures or a label: the part's lines start (after dates only)
    return None


@dataclass(frozen=True, slots=True)
class RowSketch:
    """What :func:`heading_rows` needs of an HTML table's row: whether it prints figures right of a
    label (a line), whether it prints the columns' years or dates alone (a heading's last row), and
    its words."""

    figures: bool
    dated: bool
    words: str


def heading_rows(rows: Sequence[RowSketch]) -> list[int]:
    """Where in an HTML table's ``rows`` a second period heading starts: after two lines of figures
    or more, a row printing no figures whose words name a length of time ("Nine Months Ended
    September 30,", in a cell over the figures or in the label's), then within a few rows (blank
    rows and more headings) a row of the columns' years or dates (it may be the same row:
    "Nine months ended | 2024 | 2023"), then lines of figures again.

    >>> line, blank = RowSketch(True, False, "Sales"), RowSketch(False, False, "")
    >>> heading_rows([line, line, blank, RowSketch(False, False, "Nine Months Ended June 30,"),
    ...               RowSketch(False, True, "2024 2023"), line, line])
    [3]
    """
    starts: list[int] = []
    lines_read = 0
    k = 0
    while k < len(rows):
        row = rows[k]
        if row.figures:
            lines_read += 1
        elif lines_read >= 2 and ANY_TITLE.search(row.words) and (end := _rows_end(rows, k + 1)) is not None:
            starts.append(k + 1)  # another statement under its own title: the title closes the part before
            lines_read, k = 0, end
            continue
        elif lines_read >= 2 and PERIOD_HEADING.search(row.words):
            end = _rows_end(rows, k)
            if end is not None:
                starts.append(k)
                lines_read, k = 0, end
                continue
        k += 1
    return starts


def _rows_end(rows: Sequence[RowSketch], k: int) -> int | None:
    """Where the heading starting at ``rows[k]`` ends (the row after its years or dates), if it is
    one: rows of no figures down to the row of years or dates, and a line of figures after them."""
    dates_end = None
    for j in range(k, min(len(rows), k + HEADING_LINES)):
        if rows[j].dated:
            dates_end = j + 1
        elif rows[j].figures:
            return dates_end
    return None
