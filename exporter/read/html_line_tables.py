"""A statement a converter set as one ``<table>`` per line: four or more one-row tables, each the
next element after the one before and as many grid columns wide, read as one table's lines
(:func:`exporter.read.html_tables.html_tables`).

    line_tables(elements, position) -> the run of one-line tables starting at ``elements[position]``
"""

from __future__ import annotations

from lxml.etree import _Element as Element

import taxonomy_map
from exporter.read.html_text import own_cells, own_rows, prints, span_of, tag_name

# this many one-line tables or more, one right after another, may be one table's lines
LINE_TABLES = int(taxonomy_map.reader_thresholds()["html_line_tables"])


def _one_line(el: Element) -> int:
    """The grid columns of ``el`` when it is a ``<table>`` of one row of two or more cells and no
    table inside it, else 0."""
    if tag_name(el) != "table" or el.find(".//table") is not None:
        return 0
    rows = own_rows(el)
    if len(rows) != 1:
        return 0
    cells = own_cells(rows[0])
    width = sum(1 if (given := c.get("colspan")) is None else span_of(given) for c in cells)
    return width if width > 1 else 0


def line_tables(elements: list[Element], position: int) -> list[Element]:
    """The one-line tables from ``elements[position]`` on, each the next element after the one before
    (nothing but empty blocks between) and as many grid columns wide: a statement a converter set as
    one ``<table>`` per line; fewer than :data:`LINE_TABLES` of them, none."""
    width = _one_line(elements[position])
    if not width:
        return []
    run = [elements[position]]
    for el in elements[position + 1:]:
        if _one_line(el) != width or not _next_to(run[-1], el):
            break
        run.append(el)
    return run if len(run) >= LINE_TABLES else []


def _next_to(a: Element, b: Element) -> bool:
    """Is ``b`` the next element after ``a``, with only empty elements and blanks between?"""
    if (a.tail or "").strip():
        return False
    node = a.getnext()
    while node is not None and node is not b:
        if prints(node) or (node.tail or "").strip() or tag_name(node) == "table":
            return False
        node = node.getnext()
    return node is b
