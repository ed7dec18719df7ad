"""Statements an HTML document prints as preformatted text: ``<pre>`` blocks, as the HTML filings
of about 1997-2005 converted from plain text print them (the whole document in one ``<pre>``, or
each statement in one under an HTML title).

The text of each ``<pre>`` that prints figures is read by the text reader
(:func:`exporter.read.text_tables.text_tables`), the short blocks above it (the statement's HTML
title) put over it. Each table keeps where it is: ``Table.block`` the ordinal of its ``<pre>``
(:func:`pre_elements`, the order the Inline XBRL writer finds them in), ``Row.line`` and
``Cell.line`` the document's source lines, ``Cell.tr`` the line within the ``<pre>``,
``Cell.start`` / ``Cell.end`` the character columns, ``Cell.element`` the ``<pre>``'s XPath.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from lxml import etree
from lxml.etree import _Element as Element

from exporter.read.css_grid import table_elements
from exporter.read.documents import Document, expand_tabs
from exporter.read.html_context import nearby_lines
from exporter.read.html_paths import xpath
from exporter.read.html_tables import TITLE_BLOCKS
from exporter.read.tables import Table
from exporter.read.text_tables import text_tables

_STRING = etree.XPath("string()")  # an element's text content, line breaks kept
_FIGURES = re.compile(r"\d,\d{3}\b.*\n(?:.*\n)*?.*\d,\d{3}\b")  # two lines printing a figure of thousands


def pre_elements(root: Element) -> list[Element]:
    """The ``<pre>`` elements of ``root`` outside any table, in document order."""
    return [el for el in root.iter("pre", "PRE")
            if not any(isinstance(a.tag, str) and a.tag.lower() == "table" for a in el.iterancestors())]


def pre_tables(doc: Document, root: Element) -> list[Table]:
    """The tables the ``<pre>`` blocks of the HTML document ``doc`` (parsed as ``root``) print."""
    out: list[Table] = []
    for block, el in enumerate(pre_elements(root)):
        text = str(_STRING(el))
        if not _FIGURES.search(text):
            continue
        lead = [*nearby_lines(el, True, TITLE_BLOCKS), ""]
        shift = len(lead)  # the lines put over the block's own
        base = (el.sourceline or 1) - 1  # the source line before the block's first
        sub = Document(source=doc.source, text="\n".join([*lead, expand_tabs(text)]), kind="text")
        path = xpath(el)
        for table in text_tables(sub):
            table.document, table.block = doc, block
            table.first_line = base + max(1, table.first_line - shift)
            table.last_line = base + max(1, table.last_line - shift)
            for row in table.rows:
                within = max(1, row.line - shift)
                row.line = base + within
                row.cells = [None if c is None else replace(c, line=base + within, tr=within, element=path)
                             for c in row.cells]
            out.append(table)
    return out


def in_document_order(root: Element, tables: list[Table], pres: list[Table],
                      layout: Sequence[Element] | None = None) -> list[Table]:
    """``tables`` (of ``<table>`` elements and CSS grids, by ``Table.position``) and ``pres`` (of
    ``<pre>`` blocks) in the order the document prints them, numbered again; ``layout``: the
    :func:`table_elements` of ``root``, if found already."""
    if not pres:
        return tables
    order = {el: n for n, el in enumerate(root.iter())}
    grids, blocks = list(table_elements(root)) if layout is None else layout, pre_elements(root)

    def at(t: Table) -> tuple[int, int]:
        el = blocks[t.block] if t.block >= 0 else grids[t.position]
        return order.get(el, 0), t.first_line

    merged = sorted([*tables, *pres], key=at)
    for n, t in enumerate(merged):
        t.index = n
    return merged
