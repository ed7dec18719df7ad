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
from decimal import Decimal

from exporter.map.mapping import concept_info
from exporter.understand.arithmetic import Sum
from exporter.understand.periods import Period
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


def decide_calculations(statements: list[Statement]) -> tuple[list[Calculation], list[DroppedSum]]:
    """The printed totals in the calculation linkbase, in the order they are written (statement kind
    by statement kind, tables in document order), and the printed totals left out."""
    by_code: dict[str, list[Statement]] = {}
    for st in statements:
        by_code.setdefault(st.code, []).append(st)
    kept: list[Calculation] = []
    dropped: list[DroppedSum] = []
    values = _values(statements)
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
                    if earlier is not None and (joined := _joined(earlier, calc, edges, values)) is not None:
                        # one summation of every part either table prints
                        kept[kept.index(earlier)] = summed[key(total)] = joined
                        edges[key(total)].update(key(p) for p, _ in joined.parts)
                        kept.append(dataclasses.replace(calc, repeat=True))
                        continue
                if reason is not None:
                    dropped.append(DroppedSum(code, total, s, reason))
                    continue
                summed[key(total)] = calc
                summed_by[key(total)] = id(st)
                edges.setdefault(key(total), set()).update(key(p) for p, _ in calc.parts)
                kept.append(calc)
    return kept, dropped


Values = dict[tuple[str, Period], tuple[Decimal, int]]  # (concept, period) -> (value, decimals)


def _values(statements: Iterable[Statement]) -> Values:
    """Every exported fact's value and decimals by concept (local names are unique across us-gaap
    and the extension) and period: what a calculation's arithmetic is checked against."""
    return {(f.concept, f.period): (f.value, f.decimals) for st in statements for f in st.facts}


def _joined(earlier: Calculation, calc: Calculation, edges: dict[str, set[str]], values: Values) -> Calculation | None:
    """One summation of the total ``earlier`` and ``calc`` both sum (two tables of one statement
    kind, other periods, each printing lines the other does not: a transition period's 39 weeks
    and the 52-week years before it), every part of either once, when it adds up in every period
    the total has a value, as XBRL Calculations 1.1 reads it (a part with no value in a period
    counts for nothing there); else None."""
    parts = {key(p): (p, w) for p, w in earlier.parts}
    for p, w in calc.parts:
        if parts.setdefault(key(p), (p, w))[1] != w:
            return None  # one part added in one table, subtracted in the other
    joined = dataclasses.replace(earlier, parts=tuple(parts.values()))
    new = [p for k, (p, _) in parts.items() if all(k != key(q) for q, _ in earlier.parts)]
    if any(_balance_conflict(joined.total, p, w) for p, w in joined.parts) or any(
            _reaches(edges, key(p), key(joined.total)) for p in new):
        return None
    names = [joined.total.concept] + [p.concept for p, _ in joined.parts]
    if len(set(names)) != len(names):
        return None
    periods = {p for c, p in values if c == joined.total.concept}
    return joined if periods and all(_adds_up(joined, period, values) for period in periods) else None


def _adds_up(calc: Calculation, period: Period, values: Values) -> bool:
    """Does ``calc`` add up in ``period`` within the rounding of its values' decimals?"""
    total, places = values[(calc.total.concept, period)]
    found = [(w, values[(p.concept, period)]) for p, w in calc.parts if (p.concept, period) in values]
    if not found:
        return True
    computed = sum((w * v for w, (v, _) in found), Decimal(0))
    half = Decimal(5) * Decimal(10) ** (-places - 1)  # half the last place of each value: its rounding
    slack = sum((Decimal(5) * Decimal(10) ** (-d - 1) for _, (_, d) in found), half)
    return abs(computed - total) <= slack


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
