"""An HTML table's figures: a row's numbers with their split ``$``/``(``/``)``/``%`` cells merged,
rows of years alone, rows saying how the table is stated, and the table's value columns (from the
grid column where each column's digits end).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

import taxonomy_map
from exporter.read.html_grid import GCell, GRow, Value, cell_number
from exporter.read.numbers import parse_number

_PREFIXES = frozenset({"$", "(", "$(", "($"})
_SUFFIXES = frozenset({")", "%", ")%", "%)"})
YEARLIKE = re.compile(r"^(19|20)\d\d$")
YEAR_IN = re.compile(r"\b((?:19|20)\d\d)\b")  # a year anywhere in a text
# a row saying only how the table is stated: "(In thousands, except per share data)", "(Unaudited)",
# "Dollars in millions" (taxonomy_map/reader_words.csv title_word stated_as)
_STATED_AS = re.compile(taxonomy_map.reader_words()["title_word"]["stated_as"], re.I)
# (taxonomy_map/reader_thresholds.csv) the rows of figures of a table short enough for one row to make a value
# column; in a longer one the share of them and the rows a column needs; how far a rare figure may end from a
# column; the years a row of column years inside the body spans
FEW_ROWS = int(taxonomy_map.reader_thresholds()["html_column_few_rows"])
COLUMN_SHARE: Decimal = taxonomy_map.reader_thresholds()["html_column_share"]
COLUMN_ROWS = int(taxonomy_map.reader_thresholds()["html_column_least_rows"])
COLUMN_REACH = int(taxonomy_map.reader_thresholds()["html_column_reach"])
YEAR_ROW_SPAN = int(taxonomy_map.reader_thresholds()["html_year_row_span"])


@dataclass
class Column:
    """A value column of the table, as grid columns."""

    anchor: int  # grid column where the digits end
    start: int  # usual first grid column of its values
    end: int  # last grid column any of its values reaches


def row_values(row: GRow) -> None:
    """Fill ``row.values`` (split cells merged) and ``row.texts``, once per row (a table's rows are read
    as headings alone, as a block under a stacked heading and as the table: a third of the calls)."""
    if row.read:
        return
    values: list[Value] = []
    texts: list[GCell] = []
    pend: list[GCell] = []
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
                    values[-1] = Value(merged, p, v.start, c.end, v.anchor, v.el)
            pend = []
            continue
        found = cell_number(c)
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
        values.append(Value(text, printed, start, c.end, c.end, c.el))
        after_value = True
        pend = []
    row.values = values
    row.texts = texts
    row.read = True


def stated_as(row: GRow) -> bool:
    """A row of text alone saying how the table is stated: "(In thousands)", "(Unaudited)"."""
    return not row.values and bool(row.texts) and bool(_STATED_AS.match(" ".join(c.text for c in row.texts)))


def year_only(row: GRow) -> bool:
    return bool(row.values) and all(
        YEARLIKE.match(v.text) and not v.printed.currency for v in row.values
    )


def year_header(row: GRow, head_years: frozenset[int] = frozenset()) -> bool:
    """A row of column years inside the body ("COMPARISONS AS A % OF SALES | 2025 | 2024"): when
    the headings print years, those years (a line of figures without thousands separators that
    look like other years, "Other charges | 2012 | 2005", is a line)."""
    if not year_only(row):
        return False
    if head_years and not {int(v.text) for v in row.values} <= head_years:
        return False
    if len(row.values) == 1:
        return not row.texts
    years = [int(v.text) for v in row.values]
    return len(set(years)) == len(years) and max(years) - min(years) <= YEAR_ROW_SPAN


def value_columns(data: list[GRow]) -> tuple[list[Column], dict[int, int]]:
    """Logical value columns and a map from digit-end grid column to column number."""
    support: dict[int, set[int]] = {}
    starts: dict[int, Counter[int]] = {}
    ends: dict[int, int] = {}
    for n, row in enumerate(data):
        for v in row.values:
            a = v.anchor
            if a in support:  # (a column's first value makes its records; the others only count)
                support[a].add(n)
                starts[a][v.start] += 1
                if v.end > ends[a]:
                    ends[a] = v.end
            else:
                support[a], starts[a], ends[a] = {n}, Counter((v.start,)), v.end
    value_rows = sum(1 for r in data if r.values)
    need = 1 if value_rows <= FEW_ROWS else max(COLUMN_ROWS, int(float(COLUMN_SHARE) * value_rows))
    cols: list[Column] = []
    owner: dict[int, Column] = {}
    leftover: list[int] = []
    for a in sorted(support, key=lambda a: (-len(support[a]), a)):
        core = starts[a].most_common(1)[0][0]
        hits = [c for c in cols if core <= c.anchor and c.start <= a]
        if hits:
            best = min(hits, key=lambda c: abs(c.anchor - a))
            owner[a] = best
            best.end = max(best.end, ends[a])
        elif len(support[a]) >= need:
            col = Column(a, core, ends[a])
            cols.append(col)
            owner[a] = col
        else:
            leftover.append(a)
    first = min((c.start for c in cols), default=0)
    for a in leftover:
        if cols and a >= first:  # (left of every column it is a number inside the label)
            best = min(cols, key=lambda c: abs(c.anchor - a))
            if abs(best.anchor - a) <= COLUMN_REACH:
                owner[a] = best
    cols.sort(key=lambda c: c.anchor)
    index = {id(c): i for i, c in enumerate(cols)}
    return cols, {a: index[id(c)] for a, c in owner.items()}
