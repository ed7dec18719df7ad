"""Which printed totals become calculation arcs: decided once, for the ``_cal.xml`` and the report.

A statement's :class:`~exporter.understand.arithmetic.Sum` says which printed lines add up to
which printed total. Not every one can be a calculation relationship; :func:`decide_calculations`
keeps those that can, in the order they are written, and gives each one left out a typed
:class:`Dropped` reason::

    Total current assets = Cash + Receivables + Inventories      -> Calculation (weights +1)
    the same summation printed again (a second table, other periods) -> Calculation, ``repeat``
    Net income = Revenue - Cost + Revenue  (a concept twice)      -> SHARED_CONCEPT
    Total liabilities = ... a liability weighted -1               -> BALANCE_CONFLICT (XBRL 2.1 5.2.5.2)
    a part that already sums (directly or not) into this total    -> CYCLE
    a second summation of the same total in one statement role    -> REPEATED_TOTAL
      (printed by another table of the kind, other periods)       -> SUMMED_IN_OTHER_TABLE

Statements of one kind (two balance-sheet tables) share one extended link, so the last two
rules look across all of them.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Iterable
from dataclasses import dataclass

from exporter.map.mapping import concept_info
from exporter.understand.arithmetic import Sum
from exporter.understand.records import Line, Statement
from exporter.understand.signs import calc_weight


class Dropped(enum.Enum):
    """Why a printed total is not in the calculation linkbase."""

    SHARED_CONCEPT = "two of its lines share a concept"
    BALANCE_CONFLICT = ("the concepts' balance types disagree with the printed arithmetic: "
                        "check the mapping of these lines")
    CYCLE = "a part already sums into this total in another calculation of the statement"
    REPEATED_TOTAL = "the same concept is already summed from other parts in this statement's calculations"
    SUMMED_IN_OTHER_TABLE = ("another table of this statement kind (other periods) sums the same concept from "
                             "other parts, and one statement role holds one summation of it; this table's "
                             "arithmetic adds up")


@dataclass(frozen=True)
class Calculation:
    """A printed total in ``_cal.xml``: ``total`` = sum of ``weight`` x ``part``.

    ``repeat``: an earlier table of the same statement kind printed the same summation (same
    concepts, same weights), so its arcs are written once, for that one.
    """

    code: str  # the statement kind, which names the extended link role
    total: Line
    parts: tuple[tuple[Line, int], ...]
    repeat: bool = False

    @property
    def arcs(self) -> frozenset[tuple[str, str, int]]:
        return frozenset((key(self.total), key(p), w) for p, w in self.parts)


@dataclass(frozen=True)
class DroppedSum:
    """A printed total left out of the calculation linkbase, and why."""

    code: str
    total: Line
    sum: Sum
    reason: Dropped


def key(ln: Line) -> str:
    """The concept of a line as one string, unique across us-gaap and the extension."""
    return f"{ln.prefix or 'ext'}_{ln.concept}"


def decide_calculations(statements: Iterable[Statement]) -> tuple[list[Calculation], list[DroppedSum]]:
    """The printed totals in the calculation linkbase, in the order they are written (statement kind
    by statement kind, tables in document order), and the printed totals left out."""
    by_code: dict[str, list[Statement]] = {}
    for st in statements:
        by_code.setdefault(st.code, []).append(st)
    kept: list[Calculation] = []
    dropped: list[DroppedSum] = []
    for code, sts in by_code.items():
        summed: dict[str, Calculation] = {}
        summed_by: dict[str, int] = {}  # which statement (id) wrote each total's summation
        edges: dict[str, set[str]] = {}
        for st in sts:
            lines = {ln.row.index: ln for ln in st.lines}
            for s in st.sums:
                total = lines.get(s.total)
                if total is None or any(i not in lines for i, _ in s.parts):
                    continue  # a line the statement does not export
                calc = Calculation(code, total, tuple(
                    (lines[i], calc_weight(total.factor, w, lines[i].factor)) for i, w in s.parts))
                earlier = summed.get(key(total))
                if earlier is not None and earlier.arcs == calc.arcs:
                    kept.append(dataclasses.replace(calc, repeat=True))
                    continue
                reason = _why_not(calc, earlier, edges)
                if reason is Dropped.REPEATED_TOTAL and summed_by[key(total)] != id(st):
                    reason = Dropped.SUMMED_IN_OTHER_TABLE
                if reason is not None:
                    dropped.append(DroppedSum(code, total, s, reason))
                    continue
                summed[key(total)] = calc
                summed_by[key(total)] = id(st)
                edges.setdefault(key(total), set()).update(key(p) for p, _ in calc.parts)
                kept.append(calc)
    return kept, dropped


def _why_not(calc: Calculation, earlier: Calculation | None, edges: dict[str, set[str]]) -> Dropped | None:
    total, parts = calc.total, calc.parts
    names = [total.concept] + [p.concept for p, _ in parts]
    if len(set(names)) != len(names):
        return Dropped.SHARED_CONCEPT
    if any(_balance_conflict(total, p, w) for p, w in parts):
        return Dropped.BALANCE_CONFLICT
    if any(_reaches(edges, key(p), key(total)) for p, _ in parts):
        return Dropped.CYCLE
    if earlier is not None:
        return Dropped.REPEATED_TOTAL
    return None


def _balance_conflict(total: Line, part: Line, weight: int) -> bool:
    """XBRL 2.1 5.2.5.2: same balance types need weight +1, opposite ones -1."""
    a = _balance(total)
    b = _balance(part)
    if not a or not b:
        return False
    return (a == b) != (weight > 0)


def _balance(ln: Line) -> str:
    if ln.prefix:
        info = concept_info(ln.concept)
        return info.balance if info else ""
    return ln.balance


def _reaches(edges: dict[str, set[str]], start: str, goal: str) -> bool:
    stack, seen = [start], set()
    while stack:
        n = stack.pop()
        if n == goal:
            return True
        if n not in seen:
            seen.add(n)
            stack.extend(edges.get(n, ()))
    return False
