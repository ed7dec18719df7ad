"""What reading one filing gives: its statements, the tables passed over and why, the fiscal
calendar, the warnings and findings, and each document read with its tables.

Built by :func:`exporter.understand.extract.extract`; the readers of one statement table write
their warnings and passed-over tables into it as they go.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from exporter.check.finding import Finding
from exporter.read.documents import Document, ParsedDocument
from exporter.understand.periods import FiscalCalendar
from exporter.understand.records import Fact, Statement


@dataclass
class Extraction:
    """Everything read from one filing."""

    statements: list[Statement] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (table, why not a statement)
    calendar: FiscalCalendar = field(default_factory=FiscalCalendar)
    warnings: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)  # the statements disagree with each other
    parsed: list[ParsedDocument] = field(default_factory=list)  # each document read, with its tables

    @property
    def documents(self) -> list[Document]:
        return [p.document for p in self.parsed]

    @property
    def facts(self) -> list[Fact]:
        return [f for s in self.statements for f in s.facts]
