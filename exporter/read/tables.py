"""The table model every reader produces: rows of a label and one cell per column.

Text tables (``text_tables``) and HTML tables (``html_tables``) both come out as
:class:`Table`; everything downstream (statements, periods, mapping) reads only
this model. Each cell keeps its provenance: the document line (or HTML row) and
the raw text it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import taxonomy_map
from exporter.read.documents import Document
from exporter.read.numbers import Printed

_TITLE_WORDS = taxonomy_map.reader_words()["title_word"]  # taxonomy_map/reader_words.csv
# a statement's "(Parenthetical)" table: the numbers its labels leave out, often in one or two rows
PARENTHETICAL = re.compile(_TITLE_WORDS["parenthetical"], re.I)
# a title saying a statement continues from the page before: "(Continued)", "Cont'd"
CONTINUED = re.compile(rf"\b(?:{_TITLE_WORDS['continued']})\b", re.I)
# the same words with the parentheses around them, to read what else the title line names
CONTINUED_WORDS = re.compile(rf"\(?\s*(?:{_TITLE_WORDS['continued']})\s*\)?", re.I)
# a line that closes the heading it sits under: a total, or the heading's own amount named after it
# ("Net Property, Plant and Equipment" under "Property, Plant and Equipment:")
_CLOSING_WORD = re.compile(taxonomy_map.reader_words()["line_word"]["closes_heading"], re.I)
_NOT_WORDS = re.compile(r"[^a-z0-9]+")


def closes_heading(label: str, heading: str) -> bool:
    """Does a value line labelled ``label`` close the heading it sits under: a total ("Total ...",
    or no label), or the heading's own net, gross or total amount ("Net Property, Plant and
    Equipment" under "Property, Plant and Equipment:"), after which the lines at the margin are the
    next items' ("Investments"), not the heading's?"""
    low = label.strip().lower()
    if not low or low.startswith("total"):
        return True
    m = _CLOSING_WORD.match(low)
    head = _NOT_WORDS.sub(" ", heading.lower()).strip()
    return m is not None and bool(head) and _NOT_WORDS.sub(" ", low[m.end():]).strip() == head


@dataclass(frozen=True)
class Cell:
    """One printed value: the raw text, what it parses to, and where it stands."""

    text: str
    printed: Printed
    line: int  # 1-based line of the document (text) or table row (html)
    start: int = 0  # character column (text) or cell index (html)
    end: int = 0
    element: str = ""  # html: XPath of the cell element printing the digits
    tr: int = 0  # html: 1-based row (<tr>) of its table


@dataclass
class Row:
    """A line of a statement: its label and the value printed in each column."""

    label: str
    cells: list[Cell | None]
    line: int
    indent: int = 0
    raw_label: str = ""
    rule_above: bool = False
    section: str = ""  # the heading row this line sits under ("CURRENT ASSETS")
    parent_label: str = ""  # a heading ending in ":" that this line completes ("per share:")
    index: int = 0

    @property
    def is_heading(self) -> bool:
        return not any(self.cells)  # (a Cell is always true: no __bool__ or __len__)

    def values(self) -> list[Printed | None]:
        return [c.printed if c is not None else None for c in self.cells]


@dataclass
class Table:
    """A table of a document: the text above it, per-column headers and rows."""

    document: Document
    index: int
    title: list[str]  # lines above the table (company, statement name, scale)
    headers: list[str]  # per column: the header text over it, lines joined by spaces
    rows: list[Row] = field(default_factory=list)
    first_line: int = 0
    last_line: int = 0
    notes: list[str] = field(default_factory=list)  # lines just below the table
    position: int = -1  # HTML: the ordinal of its <table> element in the document (source lines may all be 1)
    block: int = -1  # HTML: the ordinal of the <pre> block printing it as text (exporter.read.pre_tables)
    through: int = -1  # HTML: the ordinal of the last <table> of a run of one-line tables read as this one

    @property
    def ncols(self) -> int:
        return len(self.headers)

    def value_rows(self) -> list[Row]:
        return [r for r in self.rows if not r.is_heading]

    def after_figures(self) -> int:
        """Where the rows after the table's last line of figures start (its closing words: a footnote,
        the next statement's title); 0 for a table of headings alone."""
        return next((k + 1 for k in range(len(self.rows) - 1, -1, -1) if not self.rows[k].is_heading), 0)

    @property
    def where(self) -> str:
        """Where the table is printed, by the line of the file (as facts' sources count it: a full
        submission's later documents start many lines in)."""
        return f"{self.document.source.name}: table {self.index + 1} (line {self.file_line(self.first_line)})"

    def file_line(self, line: int) -> int:
        """The line of the file that is ``line`` of the table's document."""
        return self.document.first_line + line - 1
