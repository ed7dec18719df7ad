"""What the Inline XBRL writers read of a parsed table: the interface, not the reader's classes.

The reader's :class:`~exporter.read.tables.Table` (with its ``Row`` s and ``Cell`` s) satisfies
these protocols (read-only properties where the reader's record is frozen or computes the
value, or where a sequence is only read); the writers depend only on them, so they never
import a reading module, and any other table model with these attributes (a time-series view, a table built in a test)
renders the same way. mypy checks that the reader's table fits where one is passed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from exporter.read.documents import Document


class ShownCell(Protocol):
    """A printed value: its text and where it stands (document line, first column)."""

    @property
    def text(self) -> str: ...
    @property
    def line(self) -> int: ...
    @property
    def start(self) -> int: ...


class ShownRow(Protocol):
    """A table line: its label as printed, indent and rule, and one cell (or None) per column."""

    label: str
    @property
    def cells(self) -> Sequence[ShownCell | None]: ...
    line: int
    indent: int
    rule_above: bool
    index: int
    @property
    def is_heading(self) -> bool: ...


class ShownTable(Protocol):
    """A table of a document: column headers, rows, and its place (lines; HTML: ``<table>`` ordinal)."""

    document: Document
    @property
    def headers(self) -> Sequence[str]: ...
    @property
    def rows(self) -> Sequence[ShownRow]: ...
    first_line: int
    last_line: int
    position: int
    @property
    def ncols(self) -> int: ...
