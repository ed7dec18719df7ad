"""Where a number is printed, in terms a reviewer can follow back to the input file.

Text sources: the line of the *file* (counted from its first line, not from a document's
``<TEXT>``) and the first and last character column of the number on it (1-based, tabs
counted as one character, as an editor shows them). HTML sources: the ordinal of the
``<table>`` element in the document (``(//table)[n]``), the row (``<tr>``) of that table,
the column of the table's grid (colspans counted), and the XPath of the cell element
(``//*[@id="..."]`` when it has an id; else the path from the root as lxml.html parses the
document).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any

from exporter.read.documents import Document
from exporter.read.tables import Cell, Table


@dataclass(frozen=True)
class Where:
    """The place of one printed number."""

    file: str
    line: int = 0  # text: line of the file
    first: int = 0  # text: first character column of the number (1-based)
    last: int = 0  # text: last character column
    table: int = 0  # html: ordinal of the <table> element in the document (1-based)
    row: int = 0  # html: <tr> of that table (1-based)
    column: int = 0  # html: grid column of the table (1-based)
    element: str = ""  # html: XPath of the cell

    @property
    def columns(self) -> str:
        return f"{self.first}-{self.last}" if self.first else ""

    def short(self) -> str:
        """``line 162, columns 45-52`` or ``table 31, row 5, column 7``."""
        if self.table:
            cell = f", row {self.row}, column {self.column}" if self.row else ""
            return f"table {self.table}{cell}"
        return f"line {self.line}" + (f", columns {self.columns}" if self.first else "")

    def __str__(self) -> str:
        text = f"{self.file}: {self.short()}"
        return f"{text} ({self.element})" if self.element else text

    def as_json(self) -> dict[str, Any]:
        """The xBRL-JSON ``xe:source`` object (only the members that apply)."""
        out: dict[str, Any] = {"file": self.file}
        if self.table:
            out.update(table=self.table, row=self.row, column=self.column, element=self.element)
        else:
            out["line"] = self.line
            if self.first:
                out["columns"] = [self.first, self.last]
        return out


@lru_cache(maxsize=4)
def _lines(text: str) -> list[str]:
    return text.split("\n")


def raw_column(raw: str, expanded: int, shown: str | None = None) -> int:
    """The index in ``raw`` of the character at ``expanded`` in ``shown``, the line as read:
    ``raw.expandtabs(8)``, or its tab-separated fields laid out as columns
    (:func:`exporter.read.documents.expand_tabs`), each field found in turn."""
    if shown is not None and shown != raw.expandtabs(8):
        at, where = 0, 0
        for m in re.finditer(r"[^\t]+", raw):
            text = m.group().strip()
            if not text:
                continue
            found = shown.find(text, where)
            if found < 0:
                break
            if found <= expanded < found + len(text):
                return m.start() + len(m.group()) - len(m.group().lstrip()) + expanded - found
            at, where = m.end(), found + len(text)
        return at
    pos = 0
    for i, ch in enumerate(raw):
        pos = (pos // 8 + 1) * 8 if ch == "\t" else pos + 1
        if pos > expanded:
            return i
    return len(raw) + (expanded - pos)


def in_label(doc: Document, line: int, number: Decimal) -> tuple[Where, str] | None:
    """Where a text source prints ``number`` in a row's label ("net of allowance of $425")
    starting at the text's ``line`` (that line and the two after it), and the number as printed."""
    if doc.kind != "text":
        return None
    lines = doc.text.split("\n")
    digits = format(abs(number), "f")
    whole, _, frac = digits.partition(".")
    grouped = f"{int(whole):,}" + (f".{frac}" if frac else "")
    shapes = {grouped, digits} | ({f".{frac}"} if whole == "0" and frac else set())
    alternatives = "|".join(re.escape(x) for x in sorted(shapes, key=len, reverse=True))
    pattern: re.Pattern[str] | None = None  # compiled for a line printing one of the shapes
    for ln in range(line, min(line + 3, len(lines) + 1)):
        if not any(x in lines[ln - 1] for x in shapes):
            continue
        pattern = pattern or re.compile(rf"(?<![\d.,])(?:{alternatives})(?![\d]|[.,]\d)")
        m = pattern.search(lines[ln - 1])
        if m is None:
            continue
        start, end = m.start(), m.end()
        raw = doc.tab_lines.get(ln)
        if raw is not None:
            shown = lines[ln - 1]
            start, end = raw_column(raw, start, shown), raw_column(raw, end - 1, shown) + 1
        return Where(doc.source.name, line=doc.first_line + ln - 1, first=start + 1, last=end), m.group()
    return None


def locate(table: Table, cell: Cell | None, line: int) -> Where:
    """Where ``cell`` of ``table`` is printed (``line``: the document line, when there is no cell)."""
    doc: Document = table.document
    name = doc.source.name
    if doc.kind == "html":
        if table.block >= 0 and cell is not None:  # a <pre> block's text: its line, columns and the block
            end = cell.end if cell.end > cell.start else cell.start + len(cell.text.strip())
            return Where(name, line=doc.first_line + cell.line - 1, first=cell.start + 1, last=end,
                         element=cell.element)
        if cell is None or not cell.element:
            return Where(name, table=table.position + 1)
        return Where(name, table=table.position + 1, row=cell.tr, column=cell.start + 1, element=cell.element)
    if cell is None:
        return Where(name, line=doc.first_line + line - 1)
    at = doc.first_line + cell.line - 1
    start, end = cell.start, cell.end
    raw = doc.tab_lines.get(cell.line)
    if raw is not None:
        lines = _lines(doc.text)
        shown = lines[cell.line - 1] if 0 < cell.line <= len(lines) else None
        start, end = raw_column(raw, start, shown), raw_column(raw, end - 1, shown) + 1
    text = cell.text.strip()
    return Where(name, line=at, first=start + 1, last=start + len(text) if end <= start else end)
