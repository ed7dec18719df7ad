"""What a printed total leaves out, and what a deduction follows: read from the printed sums.

A total's concept that us-gaap sums from a line of its section printed outside it is not the
total's (the ranker's feature ``sums_left_out``, exporter.map.features): "Total expenses" printed
below the gross margin leaves the cost of revenues out, so it is no CostsAndExpenses; read after the
ranker's first pass, from the concepts it gave the lines. A balance-sheet amount before deductions
is printed above the deduction it states ("Less accumulated depreciation"): a line no printed
deduction follows is the net amount (feature ``gross_undeducted``).
"""

from __future__ import annotations

from exporter.kinds import StatementKind
from exporter.map import mapping
from exporter.read.tables import Row
from exporter.understand.arithmetic import Sum, adds_into
from exporter.understand.records import Line, UnitKind
from taxonomy_map import reader_words

_AFTER_TAX = reader_words()["zone"]["after_tax"]  # an income statement's lines below its result before taxes


def left_out(sums: list[Sum], lines: list[Line], code: str) -> dict[int, frozenset[str]]:
    """Each printed total's row -> the concepts (first pass) of the money lines of its section (zone)
    printed outside it: neither one of its parts nor a part of those, nor printed between its first
    part and it, and not nil (a line of dashes is no part of any printed sum). "Total operating
    expenses" printed below the gross profit leaves the cost of sales out; the interest expense
    below operating income is of another section, outside any operating total by its place. An
    income-statement line whose first concept its own printed total contradicts (a cost adding into
    the total revenue) says nothing. On an income statement the lines printed below a total after its
    result before income taxes (the tax and what follows it) are outside it too, whatever its zone:
    "Income before income taxes" above the tax and an "Equity income in investee" printed after the
    tax leaves the equity-method income out."""
    below = {s.total: [i for i, _ in s.parts] for s in sums}
    by_row = {ln.row.index: ln for ln in lines}
    doubtful = _contradicted(sums, by_row) if code == StatementKind.IS else frozenset()
    out: dict[int, frozenset[str]] = {}
    for total in below:
        if total not in by_row:
            continue
        inside = _summed(below, below[total], {total})
        first, zone = min(inside), by_row[total].zone
        out[total] = frozenset(c for ln in lines if (c := ln.choice.concept) and _placed_outside(ln, zone, total, code)
                               and ln.unit_kind == UnitKind.MONETARY and ln.instant_at is None
                               and not first <= ln.row.index <= total and _printed(ln.row)
                               and ln.row.index not in doubtful)
    return out


def _placed_outside(ln: Line, zone: frozenset[str], total: int, code: str) -> bool:
    """Does ``ln``'s place alone say it could stand outside the total: of the total's own zone (the
    caller keeps it only when printed outside the total's parts), or an income-statement line below
    the total after the result before income taxes (a line printed after the tax is outside any
    total above it)?"""
    return ln.zone == zone or (code == StatementKind.IS and ln.row.index > total and _AFTER_TAX in ln.zone
                               and _AFTER_TAX not in zone)


def _contradicted(sums: list[Sum], by_row: dict[int, Line]) -> frozenset[int]:
    """The parts of printed totals whose concept's balance the total's says is wrong: one adding into
    the total of another balance, or subtracted from one of its own (:func:`features.against_total`)."""
    concepts = mapping.index().concepts
    out = set()
    for s in sums:
        t = by_row.get(s.total)
        whole = concepts.get(t.choice.concept or "") if t is not None else None
        if whole is None or not whole.balance:
            continue
        for i, w in s.parts:
            part = concepts.get(by_row[i].choice.concept or "") if i in by_row else None
            adds = adds_into(by_row[i].row, w) if i in by_row else 0
            if part is not None and part.balance and adds and (part.balance == whole.balance) != (adds > 0):
                out.add(i)
    return frozenset(out)


def before_deduction(sums: list[Sum], lines: list[Line]) -> frozenset[int]:
    """The rows inside a printed total from which another of its parts is deducted (printed values
    subtracted: "Less accumulated depreciation (1,200)"), not the deducted parts themselves nor what
    they sum: the amounts a balance sheet prints before a deduction ("Property, plant and
    equipment, at cost" above its accumulated depreciation; the buildings and machinery summed into
    it)."""
    by_row = {ln.row.index: ln for ln in lines}
    below = {s.total: [i for i, _ in s.parts] for s in sums}
    out: set[int] = set()
    for s in sums:
        less = [i for i, w in s.parts if i in by_row and adds_into(by_row[i].row, w) < 0]
        if not less:
            continue
        _summed(below, [i for i, _ in s.parts if i not in less], out)
    return frozenset(out)


def _summed(below: dict[int, list[int]], rows: list[int], seen: set[int]) -> set[int]:
    """``seen`` with ``rows`` and every row summed into them, at any depth (``below``: each printed
    total's row -> its parts' rows), added to it; a row in ``seen`` already is not read again."""
    stack = list(rows)
    while stack:
        i = stack.pop()
        if i not in seen:
            seen.add(i)
            stack.extend(below.get(i, ()))
    return seen


def _printed(row: Row) -> bool:
    """Does the row print a figure other than nil in some column?"""
    return any(c is not None and c.printed.value for c in row.cells)
