"""Figures the document's own arithmetic says are misprinted (issue 10's self-checks).

A printed total that the lines above add up to in every column but one
(:func:`~exporter.understand.arithmetic.near_sums`) is a misprint or a misreading in that column.
One such misprint is decided: a part printed with the wrong sign (a lost or extra parenthesis),
when the parts miss the total by exactly twice its figure and its other columns carry the sign
that makes the total add up (:func:`~exporter.understand.arithmetic.lost_sign`), or the total's own
figure printed with the wrong sign, when the parts add up to it with the other sign and its other
columns print that sign (:func:`~exporter.understand.arithmetic.lost_total_sign`). That figure is
exported with the corrected sign, and the report says so; every other near sum stays a warning.
"""

from __future__ import annotations

import re
from decimal import Decimal

from exporter.kinds import StatementKind
from exporter.understand.arithmetic import NearSum, lost_sign, lost_total_sign, near_sums
from exporter.understand.records import SignFix, Statement, UnitKind

_TOTAL_ASSETS = re.compile(r"total\s+assets\s*$", re.I)  # where a balance sheet's claims side starts


def statement_near_sums(st: Statement) -> list[NearSum]:
    """The near sums among ``st``'s money lines (the opening and closing balances of a cash-flow
    statement left out), the assets side of a balance sheet apart from its claims."""
    eligible = [ln.row.index for ln in st.lines if ln.unit_kind == UnitKind.MONETARY and ln.instant_at is None]
    labels = {ln.row.index: ln.row.label for ln in st.lines}
    barriers = frozenset(i for i in eligible if st.code == StatementKind.BS and _TOTAL_ASSETS.match(labels[i]))
    return near_sums(st.table.rows, eligible, st.sums, barriers)


def sign_fixes(st: Statement) -> dict[tuple[int, int], SignFix]:
    """(row, column) -> the figure of ``st`` read with the other sign than printed: a part's
    (:func:`~exporter.understand.arithmetic.lost_sign`) or, when no part's would do, the total's own
    (:func:`~exporter.understand.arithmetic.lost_total_sign`), unless the total is a part of a sum
    that adds up with its sign as printed."""
    out: dict[tuple[int, int], SignFix] = {}
    summed = {j for s in st.sums for j, _ in s.parts}
    for near in statement_near_sums(st):
        part = lost_sign(near, st.table.rows)
        total = lost_total_sign(near, st.table.rows) if near.total not in summed else None
        if (part is None) == (total is None):
            continue  # neither, or either: which figure is wrong is not known
        row, corrected = part if part is not None else (near.total, total or Decimal(0))
        if (row, near.column) not in out:
            out[(row, near.column)] = SignFix(near, row, -corrected, corrected)
    return out
