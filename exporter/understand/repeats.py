"""A statement printed again for other periods: the same lines, so the same concepts.

A 10-Q may print its income statement twice, once for the quarter and once for the year to date
(two tables, one after the other). The second often shortens a label the first spells out
("G&A" under "General and administrative (G&A)"), and the ranker, reading each label alone,
may then choose another concept for it: the year-to-date figure lands outside the total it
adds up to. Two statements of one kind and document whose lines pair up one for one, with
(nearly) the same labels, are read as one: each pair of lines takes the better-founded choice
(a reviewer's override first, then the higher ranker score), and the mapping report says so.
"""

from __future__ import annotations

import dataclasses
import re

from exporter.kinds import DecidedBy
from exporter.understand.records import Statement

SAME_LABELS = 0.8
"""The share of paired lines that must carry the same label for two statements to be one."""


def _words(label: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", label.lower()))


def _repeats(a: Statement, b: Statement) -> bool:
    if a.code != b.code or a.table.document is not b.table.document or len(a.lines) != len(b.lines) or not a.lines:
        return False
    pairs = list(zip(a.lines, b.lines, strict=True))
    if any(x.unit_kind != y.unit_kind for x, y in pairs):
        return False
    return sum(_words(x.label) == _words(y.label) for x, y in pairs) >= SAME_LABELS * len(pairs)


def same_lines(statements: list[Statement]) -> list[Statement]:
    """Give the paired lines of repeated statements one choice; returns the statements changed."""
    changed: dict[int, Statement] = {}
    for i, a in enumerate(statements):
        for b in statements[i + 1:]:
            if not _repeats(a, b):
                continue
            for x, y in zip(a.lines, b.lines, strict=True):
                if x.choice.concept == y.choice.concept:
                    continue
                best, other = sorted((x, y), key=lambda ln: (ln.choice.source is DecidedBy.OVERRIDE,
                                                             ln.choice.score), reverse=True)
                where = a.table.where if best is x else b.table.where
                other.choice = dataclasses.replace(
                    best.choice, reason=f"{best.choice.reason}; the same line as '{best.display_label}' "
                                        f"of the statement repeated for other periods ({where})")
                changed[id(a)], changed[id(b)] = a, b
    return list(changed.values())
