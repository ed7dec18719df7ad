"""Sector sections of one statement: a block of lines for each business, printed one after the
other before the consolidated lines (an automaker's "AUTOMOTIVE" and "FINANCIAL SERVICES"
sections, then "TOTAL COMPANY").

A sector section is found by its structure, not by its name: a heading row whose name a later
line of the same table repeats as the qualifier of a total (``Total Automotive assets``, ``Income
before income taxes - Financial Services``), and at least two such sections in the table (the
businesses are parallel). Their lines are one business's figures: segment data, not the
consolidated facts, so they are reported and left out of the plain facts.

A heading that a plain total closes (``Current assets`` ... ``Total current assets``,
``Revenues:`` ... ``Total revenues``) is an ordinary part of the statement: the total must name the
heading *and* what it totals, or end with the heading after a dash (a dash standing apart: the
hyphen of ``Other non-current assets`` does not make ``current assets`` a sector's name).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from exporter.read.tables import Row

# what a sector's own total sums: "Total Automotive assets", "Total Financial Services liabilities"
_TOTALLED = r"(assets|liabilities|revenues?|sales|costs?(\s+and\s+expenses)?|expenses|income|equity)"


@dataclass(frozen=True)
class Sector:
    """One sector's block of rows: ``first`` is its heading, ``last`` the total naming it."""

    name: str
    first: int
    last: int

    def __contains__(self, row_index: int) -> bool:
        return self.first <= row_index <= self.last


def _name(label: str) -> str:
    text = re.sub(r"\(.*?\)", " ", label)
    return " ".join(text.strip(" :.-").lower().split())


def _closes(label: str, name: str) -> bool:
    """Does a line's label name the sector ``name`` as the qualifier of a total?"""
    text = " ".join(label.lower().split())
    n = re.escape(name)
    return bool(re.match(rf"^total\s+{n}\s+{_TOTALLED}\b", text)
                or re.search(rf"(?:(?<!\w)-|[\u2013\u2014])\s*{n}\s*$", text))


def sector_sections(rows: list[Row]) -> list[Sector]:
    """The sector sections of a statement's rows (empty unless there are at least two)."""
    found: list[Sector] = []
    for i, row in enumerate(rows):
        if not row.is_heading:
            continue
        name = _name(row.label)
        if not name or len(name.split()) > 4 or not re.search(r"[a-z]", name):
            continue
        for j in range(i + 1, len(rows)):
            if rows[j].is_heading and _name(rows[j].label) == name:
                break  # the same heading again before any total names it
            if not rows[j].is_heading and _closes(rows[j].label, name):
                if not any(s.first <= i <= s.last for s in found):
                    found.append(Sector(row.label.strip(" :"), i, j))
                break
    return found if len({s.name.lower() for s in found}) >= 2 else []
