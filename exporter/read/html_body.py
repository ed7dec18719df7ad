"""An HTML table's body: its :class:`Row` records with their label, indent, section, the rules drawn over them,
and their value cells on the table's value columns.
"""

from __future__ import annotations

import re

from lxml.etree import _Element as Element

import taxonomy_map
from exporter.read.html_grid import GCell, GRow
from exporter.read.html_paths import Paths, PlacedCell
from exporter.read.html_text import inline_style, prints, style_of, tag_name
from exporter.read.html_values import Column, year_header
from exporter.read.tables import Cell, Row, closes_heading
from exporter.read.text_tables import clean_label

_RULE_TEXT = re.compile(r"^[-=_\u2014\u2013 ]{3,}$")
# the end of a label row that runs on into the next row's label (taxonomy_map/reader_words.csv line_word runs_on)
_CONNECTIVE = re.compile(taxonomy_map.reader_words()["line_word"]["runs_on"], re.I)
# one indent step (a character of a text table's indent), in points
PT_PER_INDENT = float(taxonomy_map.reader_thresholds()["html_indent_points"])


def _indent(cell: GCell) -> int:
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


def _rule_text(row: GRow, first: int) -> bool:
    """A row that only draws a line: ``-----`` / ``=====`` cells or ``<hr>``."""
    cells = [c for c in row.cells if c.end >= first]
    marks = [c for c in cells if c.text]
    if marks:
        return all(_RULE_TEXT.match(c.text) for c in marks)
    return any(c.el.find(".//hr") is not None for c in cells)


def _borders(row: GRow, first: int) -> tuple[bool, bool]:
    """Rules drawn over or under the row's value cells: by a cell's own style, or by a block inside
    it (a spacer row's ``<td><p style="border-top:1px solid">&nbsp;</p></td>``)."""
    top = bottom = False
    for c in row.cells:
        if c.col + c.span <= first:  # (ends left of ``first``: GCell.end < first)
            continue
        cell = c.el
        st = inline_style(cell.get("style") or "")  # (style_of, without a call per element)
        top = top or st.border_top
        bottom = bottom or st.border_bottom
        if len(cell):
            for el in cell.iterdescendants("p", "div"):
                st = inline_style(el.get("style") or "")
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


def body_rows(
    rows: list[GRow], cols: list[Column], amap: dict[int, int], data_start: int, paths: Paths,
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
        if not (n >= data_start and year_header(row, head_years)):
            for v in row.values:
                i = amap.get(v.anchor)
                if i is not None and slots[i] is None:
                    slots[i] = PlacedCell(v.text, v.printed, row.line, v.start, v.end + 1, row.number, paths, v.el)
        if all(s is None for s in slots) and not label:
            rule = rule or top or bottom or (bool(row.cells) and _rule_text(row, first))
            continue
        indent = _indent(label_cells[0]) if label_cells else 0
        line = row.line
        prev = out[-1] if out else None
        joined = prev is not None and prev.is_heading and bool(label) and _joins(prev.raw_label, label)
        if joined and prev is not None:
            # a label-only row running on into this row's label, which may itself be one of a label
            # wrapped over three rows or more ("Common Stock $0.001 par value, 75,000,000 authorized
            # and" / "5,169,000 issued and outstanding as of December 31, 2016" / "and 5,144,000 as of
            # ..." beside the figures)
            out.pop()
            raw = f"{prev.raw_label} {raw}"
            label = clean_label(raw)
            indent, line = prev.indent, prev.line
        if all(s is None for s in slots):
            out.append(Row(label, slots, line, indent, raw))
            section = label
            parent = label if label.endswith(":") else ""
            rule = bottom
            continue
        if joined:
            section, parent = _section_before(out)
        # a line right under the column headers underlines them, not a subtotal
        ruled = (rule or top) and any(not r.is_heading for r in out)
        out.append(Row(label, slots, line, indent, raw, ruled, section, parent))
        rule = bottom
        if closes_heading(label, section):  # a total, labelled or not, or the heading's own amount
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
