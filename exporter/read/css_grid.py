"""Tables laid out without ``<table>``: a ``<div>`` styled as a CSS grid, whose child elements
flow into rows of as many columns as its ``grid-template-columns`` names, each placed or spanning
by ``grid-column``; or a ``<div>`` stacking one-row grids. Only where each cell sits is read here
(:func:`grid_placement`); exporter.read.html_tables reads the cells' text as it reads a
``<table>``'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml.etree import _Element as Element

MAX_SPAN = 100  # a larger span is broken markup: clamp it


def _tag(el: Element) -> str:
    tag = el.tag
    return tag.lower() if isinstance(tag, str) else ""


# a <div> laid out as a CSS grid: its child <div>s flow into rows of as many columns as its template
_GRID_DISPLAY = re.compile(r"display\s*:\s*(?:inline-)?grid\b", re.I)
_GRID_CONTENTS = re.compile(r"display\s*:\s*contents\b", re.I)
_GRID_TEMPLATE = re.compile(r"grid-template-columns\s*:\s*([^;]+)", re.I)
_GRID_COLUMN = re.compile(r"grid-column\s*:\s*([^;]+)", re.I)
_GRID_START = re.compile(r"grid-column-start\s*:\s*([^;]+)", re.I)
_GRID_END = re.compile(r"grid-column-end\s*:\s*([^;]+)", re.I)
_GRID_LINE = re.compile(r"\s*(span\s+)?(-?\d+)\s*$", re.I)
_GRID_REPEAT = re.compile(r"repeat\(\s*(\d+)\s*,((?:[^()]|\([^()]*\))*)\)", re.I)


def _tracks(text: str) -> int:
    """How many track sizes a ``grid-template-columns`` list names ("60% minmax(0, 1fr) 20%": 3)."""
    count = depth = 0
    word = False
    for ch in text:
        depth += (ch == "(") - (ch == ")")
        if ch.isspace() and depth == 0:
            word = False
        elif not word:
            count, word = count + 1, True
    return count


def grid_columns(el: Element) -> int:
    """The number of columns of ``el`` when it is a ``<div>`` laid out as a CSS grid (``display:
    grid`` and ``grid-template-columns``, ``repeat(N, ...)`` counted out), else 0: such a grid of
    ``<div>``s prints a statement as a ``<table>`` does."""
    if _tag(el) != "div":
        return 0
    style = el.get("style") or ""
    if "grid" not in style or not _GRID_DISPLAY.search(style):
        return 0
    m = _GRID_TEMPLATE.search(style)
    if m is None:
        return 0
    tracks = m.group(1)
    n = sum(int(r.group(1)) * _tracks(r.group(2)) for r in _GRID_REPEAT.finditer(tracks))
    return min(n + _tracks(_GRID_REPEAT.sub(" ", tracks)), MAX_SPAN)


def grid_rows(el: Element) -> list[Element]:
    """The child grids of ``el`` when it stacks CSS grids of one row each, all of as many columns
    (a statement whose every row is a grid of its own), else []."""
    if _tag(el) != "div":
        return []
    kids = [k for k in el if _tag(k)]
    if len(kids) < 2:
        return []
    widths = {grid_columns(k) for k in kids}
    if len(widths) != 1 or min(widths) < 2:
        return []
    # each one row: grids of several rows side by side are tables of their own
    return kids if all(len(grid_placement(k, min(widths))) <= 1 for k in kids) else []


def _grid_line(text: str | None, ncols: int) -> tuple[bool, int] | None:
    """A grid line as a style names it: (whether it is a span, the number); a negative line counts
    from the end (-1: after the last column). None for "auto" or anything else."""
    m = _GRID_LINE.match(text or "")
    if m is None:
        return None
    n = int(m.group(2))
    return bool(m.group(1)), (n if n > 0 or m.group(1) else ncols + 2 + n)


def _placement(style: str, ncols: int) -> tuple[int | None, int]:
    """Where a grid child sits: (its first column, 0-based, or None to flow on; how many columns it
    spans), from ``grid-column: 2 / span 3``, ``grid-column: 2 / 5``, ``grid-column: span 3`` or
    ``grid-column-start`` / ``grid-column-end``."""
    if "grid-column" not in style:
        return None, 1
    m = _GRID_COLUMN.search(style)
    start_text, _, end_text = (m.group(1).partition("/") if m else ("", "", ""))
    if m is None:
        start_m, end_m = _GRID_START.search(style), _GRID_END.search(style)
        start_text, end_text = start_m.group(1) if start_m else "", end_m.group(1) if end_m else ""
    start, end = _grid_line(start_text, ncols), _grid_line(end_text, ncols)
    first = start[1] - 1 if start is not None and not start[0] else None
    if start is not None and start[0]:
        span = start[1]
    elif end is not None and end[0]:
        span = end[1]
    elif end is not None and first is not None:
        span = end[1] - 1 - first
    else:
        span = 1
    if first is not None and not 0 <= first < ncols:
        first = None
    return first, min(max(span, 1), ncols)


def _children(el: Element) -> Iterator[Element]:
    """The children that a CSS grid places: a child styled ``display: contents`` (a row's wrapper)
    gives its own children instead."""
    for kid in el:
        if not _tag(kid):
            continue
        if _GRID_CONTENTS.search(kid.get("style") or ""):
            yield from _children(kid)
        else:
            yield kid


def grid_placement(el: Element, ncols: int) -> list[list[tuple[Element, int, int]]]:
    """The rows of the CSS grid ``el`` of ``ncols`` columns: each cell as (element, first column,
    columns spanned). A child placed or spanning by ``grid-column`` takes its columns; one that would
    overflow its row, or start left of where the row has reached, starts the next."""
    rows: list[list[tuple[Element, int, int]]] = []
    cells: list[tuple[Element, int, int]] = []
    col = 0
    for kid in _children(el):
        first, span = _placement(kid.get("style") or "", ncols)
        if first is not None and first < col or (first if first is not None else col) + span > ncols:
            rows.append(cells)
            cells, col = [], 0
        col = first if first is not None else col
        cells.append((kid, col, span))
        col += span
        if col >= ncols:
            rows.append(cells)
            cells, col = [], 0
    rows.append(cells)
    return [r for r in rows if r]


def _may_grid(el: Element) -> bool:
    """Could ``el`` be a grid or stack grids? Only when its style or a child ``<div>``'s names a grid
    (the first test of :func:`grid_columns`): most ``<div>``s are passed over on this alone."""
    return "grid" in (el.get("style") or "") or any("grid" in (k.get("style") or "") for k in el.iterchildren("div"))


def table_elements(root: Element) -> Iterator[Element]:
    """The elements that lay out tables, in document order: every ``<table>``, every ``<div>`` laid
    out as a CSS grid (:func:`grid_columns`) and every ``<div>`` stacking
    one-row grids (:func:`grid_rows`) that holds no ``<table>``. The table
    reader and the Inline XBRL writer number tables alike by this order."""
    for el in root.iter("table", "div"):
        if _tag(el) == "table" or (_may_grid(el) and el.find(".//table") is None and (grid_rows(el) or (
                grid_columns(el) > 1 and not grid_rows(el.getparent() if el.getparent() is not None else el)))):
            yield el
