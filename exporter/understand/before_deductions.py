"""A printed total, then a deduction, then the total again: the first is the amount before it.

Old balance sheets close equity twice: "Total stockholders' equity" over the stock, capital and
retained earnings, then "Less treasury stock, at cost", then "Total stockholders' equity" again::

    Total stockholders' equity ............   72,505,580   <- StockholdersEquityBeforeTreasuryStock
    Treasury stock, 64,677 shares at cost .     (215,284)
    Total stockholders' equity ............   72,290,296   <- StockholdersEquity

The ranker reads each label alone and gives the first the concept both name; the second then takes
another (equity including noncontrolling interests, where none is printed). us-gaap names the
amount before a deduction ``<Whole>Before<Deducted>``; the concepts are data
(``taxonomy_map/generic_lines.csv``, kind ``before_deduction``), the printed sum decides.
"""

from __future__ import annotations

import taxonomy_map
from exporter.kinds import DecidedBy
from exporter.map import ranker
from exporter.understand.arithmetic import Sum, adds_into
from exporter.understand.records import Line

_BEFORE = tuple(taxonomy_map.generic_lines().get("before_deduction", {}))  # "StockholdersEquityBeforeTreasuryStock"


def totals_before_deductions(sums: list[Sum], by_row: dict[int, Line]) -> None:
    """Give each printed total summing a printed total less deductions, one named by a
    ``before_deduction`` concept, the whole, and the total inside it the amount before the deduction
    (the treasury stock alone, or with the shares an employee stock ownership plan holds deducted
    beside it)."""
    taken = {ln.choice.concept for ln in by_row.values() if ln.choice.concept}
    for s in sums:
        outer = by_row.get(s.total)
        parts = [by_row[i] for i, _ in s.parts if i in by_row]
        inner = next((p for p in parts if p.is_total and p.choice.source is DecidedBy.RANKER), None)
        if outer is None or inner is None or len(parts) < 2 or outer.choice.source is not DecidedBy.RANKER:
            continue
        weights = {id(by_row[i]): w for i, w in s.parts if i in by_row}
        if any(adds_into(p.row, weights[id(p)]) != -1 for p in parts if p is not inner):
            continue  # every other part deducted from the inner total
        for before in _BEFORE:
            whole, deducted = before.split("Before", 1)
            less = next((p for p in parts if p is not inner and (p.choice.concept or "").startswith(deducted)), None)
            if less is None or before in taken or whole not in (
                    inner.choice.concept, outer.choice.concept):
                continue
            said = f"printed again after {less.display_label!r} is deducted from it"
            if outer.choice.concept != whole:
                outer.choice = ranker.retaken(outer.choice, whole, f"the total {said}: {whole}")
            inner.choice = ranker.retaken(inner.choice, before, f"the total {said}: the amount before it, {before}")
            taken.add(before)
            break

