"""The document's own arithmetic: which printed rows sum to which printed totals.

Working on the *displayed* values, every column at once: a row is a total when
a run of the rows just above it (each earlier total standing for the rows it
already sums) adds up to it with weights of +1 or -1 in every period column,
allowing for rounding in the last printed digit. Totals a statement only
implies are never invented.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

import taxonomy_map
from exporter.read.tables import Row

# (taxonomy_map/reader_thresholds.csv) every sign pattern is tried up to MAX_PARTS parts, beyond it only a plain
# sum, up to MAX_PLAIN_PARTS; a run matched only within rounding gives way to one up to EXACT_REACH lines longer
# that is exact
MAX_PARTS = int(taxonomy_map.reader_thresholds()["max_sign_parts"])
MAX_PLAIN_PARTS = int(taxonomy_map.reader_thresholds()["max_plain_parts"])
EXACT_REACH = int(taxonomy_map.reader_thresholds()["exact_reach"])


@dataclass(frozen=True)
class Sum:
    """``rows[total] = sum(weight * rows[part])`` in every column, on displayed values."""

    total: int
    parts: tuple[tuple[int, int], ...]  # (row index, weight)


def _vector(row: Row, ncols: int) -> list[Decimal | None]:
    return [c.printed.value if c is not None else None for c in row.cells[:ncols]]


def _unit(row: Row) -> Decimal:
    places = max((c.printed.places for c in row.cells if c is not None), default=0)
    return Decimal(1).scaleb(-places)


def _matches(
    total: list[Decimal | None], parts: list[list[Decimal | None]], weights: tuple[int, ...],
    tol: Decimal, summed: tuple[bool, ...] | None = None,
) -> bool:
    used = 0
    informative = False
    for col, t in enumerate(total):
        vals = [p[col] for p in parts]
        if t is None:
            if any(vals):  # (a part printed and not zero: None and zero are false)
                return False
            continue
        s = sum((w * v for w, v in zip(weights, vals, strict=True) if v is not None), Decimal(0))
        if abs(s - t) > tol:
            return False
        used += 1
        if sum(1 for v in vals if v) >= 2:
            informative = True
    return used > 0 and informative and not _cancelling_pair(parts, weights, summed or (True,) * len(parts))


def _cancelling_pair(parts: list[list[Decimal | None]], weights: tuple[int, ...], summed: tuple[bool, ...]) -> bool:
    """Two parts that cancel in every column ("Total operating expenses 950" and "Loss from
    operations (950)" of a company without revenues): a figure and its own negation are never
    parts of one sum, whatever else the numbers happen to add up to; unless neither is a printed
    total and some column prints neither ("Issuance of commercial paper 146", "Repayment of
    commercial paper (146)" in one year, dashes in the others): both are parts. ``summed``: which
    parts are printed totals."""
    signed = [[w * v if v is not None else None for v in p] for w, p in zip(weights, parts, strict=True)]
    for (a, ta), (b, tb) in itertools.combinations(zip(signed, summed, strict=True), 2):
        whole = ta or tb or all(a)  # (every column printing a figure not zero)
        if whole and any(a) and all(
                (x or 0) == -(y or 0) for x, y in zip(a, b, strict=True)):
            return True
    return False


_TOTALISH = re.compile(
    r"^\s*(total|sub-?total|net\b|gross|\(?(income|loss|earnings|profit)|operating\s+\(?(income|loss|profit|earnings)"
    r"|pre-?tax\b"
    r"|(cash|balance).*(end|beginning)|.*\b(before|after)\b|cash\s+(generated|provided|used)\b)",
    re.I,
)


_LOSS = re.compile(r"^\s*(net\s+)?(operating\s+)?loss\b|^\s*(income|profit|earnings)\s*\(loss\)", re.I)


@cache
def _sign_patterns(k: int) -> tuple[tuple[tuple[int, ...], int], ...]:
    """The sign patterns :func:`_run_sum` tries for ``k`` parts, in its order (fewer minus signs
    first, then as ``itertools.product`` gives them), each with its place in the product's order;
    beyond :data:`MAX_PARTS` parts the plain sum, and the first part less all the others (a
    single-step income statement: revenue, then every cost and the income netted among them, down
    to income before taxes)."""
    if k > MAX_PARTS:
        return (((1,) * k, 0), ((1,) + (-1,) * (k - 1), 1))
    every = list(itertools.product((1, -1), repeat=k))
    return tuple((every[n], n) for n in sorted(range(len(every)), key=lambda n: every[n].count(-1)))


def _adding_up(total: list[Decimal | None], parts: list[list[Decimal | None]], tol: Decimal) -> set[int]:
    """The places (in ``itertools.product((1, -1), repeat=len(parts))``'s order) of the sign patterns
    whose sum is within ``tol`` of ``total`` in every column that prints one: what :func:`_matches`
    asks of the columns, for every pattern at once. Each column's signed sums are built by doubling
    (a part added, then subtracted, after each sum of the parts before it: the product's order), so
    the patterns are not summed one by one; a partial sum further from the total than ``tol`` and
    the parts still to come could make up is dropped with every pattern starting with it. None
    when a column printing no total prints a part, or when no column prints a total."""
    ok: set[int] | None = None
    for col, t in enumerate(total):
        vals = [p[col] for p in parts]
        if t is None:
            if any(vals):
                return set()
            continue
        # reach[j]: how far the parts after the j-th can move a sum (the last one's: tol alone)
        reach = [tol] * len(vals)
        for j in range(len(vals) - 1, 0, -1):
            v = vals[j]
            reach[j - 1] = reach[j] + abs(v) if v is not None else reach[j]
        live = [(0, Decimal(0))]  # (the pattern's place so far, its partial sum)
        for v, far in zip(vals, reach, strict=True):
            grown = []
            for n, s in live:
                add, sub = (s, s) if v is None else (s + v, s - v)
                if abs(add - t) <= far:
                    grown.append((2 * n, add))
                if abs(sub - t) <= far:
                    grown.append((2 * n + 1, sub))
            live = grown
            if not live:
                break
        hits = {n for n, _ in live}
        ok = hits if ok is None else ok & hits
        if not ok:
            return ok
    return ok or set()


def _run_sum(i: int, vectors: dict[int, list[Decimal | None]], suffix: list[int], tol: Decimal,
             totals: set[int]) -> Sum | None:
    """Row ``i`` as the sum of the rows ``suffix`` within ``tol``: the plain sum first, then every
    sign pattern with fewer minus signs first. ``totals``: the rows already found to be totals.
    Only the patterns whose columns add up (:func:`_adding_up`) are checked in full."""
    parts = [vectors[j] for j in suffix]
    k = len(suffix)
    patterns = _sign_patterns(k)
    possible = _adding_up(vectors[i], parts, tol) if k <= MAX_PARTS else None
    if possible is not None and not possible:
        return None
    summed = tuple(j in totals for j in suffix)
    for weights, n in patterns:
        if (possible is None or n in possible) and _matches(vectors[i], parts, weights, tol, summed):
            return Sum(i, tuple(zip(suffix, weights, strict=True)))
    return None


def could_be_total(row: Row) -> bool:
    """A total is ruled off, unlabeled, or says so ("Total ...", "Net income", "Gross profit")."""
    return row.rule_above or not row.label.strip() or bool(_TOTALISH.match(row.label))


def find_sums(rows: list[Row], eligible: list[int], barriers: frozenset[int] = frozenset()) -> list[Sum]:
    """Find the printed totals among ``rows`` (indices in ``eligible``, in order).

    ``barriers`` are rows after which earlier lines no longer take part (the end of
    the assets side of a balance sheet).
    """
    if not rows:
        return []
    ncols = max(len(r.cells) for r in rows)
    vectors = {i: _vector(rows[i], ncols) for i in eligible}
    available: list[int] = []
    sums: list[Sum] = []
    totals: set[int] = set()
    for i in eligible:
        row = rows[i]
        found: Sum | None = None
        tol = _unit(row)
        limit = min(len(available), MAX_PLAIN_PARTS) if could_be_total(row) else 0
        if limit and _one_line_section(rows, available, i, vectors):
            limit, found = 0, Sum(i, ((available[-1], 1),))
        for k in range(2, limit + 1):
            found = _run_sum(i, vectors, available[-k:], tol * (1 if k <= 3 else 2), totals)
            if found:
                if not _run_sum(i, vectors, available[-k:], Decimal(0), totals):
                    # within rounding only: a slightly longer run that adds up exactly is the sum
                    # ("1 - 1" is within a unit of 1; "-1 + 1 + 1" is 1)
                    found = next((exact for n in range(k + 1, min(k + EXACT_REACH, limit) + 1)
                                  if (exact := _run_sum(i, vectors, available[-n:], Decimal(0), totals))), found)
                break
        if found is None and available and could_be_total(row):
            j = available[-1]
            if any(v for v in vectors[i] if v):
                if vectors[j] == vectors[i] and row.label.lower().startswith("total"):
                    found = Sum(i, ((j, 1),))
                elif _LOSS.match(row.label) and vectors[j] == [-v if v is not None else None for v in vectors[i]]:
                    found = Sum(i, ((j, -1),))  # "Loss from operations (950)" under expenses of 950
        if found is not None:
            sums.append(found)
            totals.add(i)
            del available[-len(found.parts):]
        available.append(i)
        if i in barriers:
            available.clear()
    return sums


def _one_line_section(rows: list[Row], available: list[int], i: int, vectors: dict[int, list[Decimal | None]]) -> bool:
    """Is row ``i`` the total of the one line its heading prints ("Interest expense:" over "Deposits"
    and "Total interest expense"), with the same figures? Then it sums that line alone, whatever a
    longer run reaching above the heading happens to come to (the total interest income less the
    deposits)."""
    section = rows[i].section
    if not section or not available:
        return False
    j = available[-1]
    return (rows[j].section == section and vectors[j] == vectors[i] and any(v for v in vectors[i] if v)
            and (len(available) < 2 or rows[available[-2]].section != section))


@dataclass(frozen=True)
class NearSum:
    """``rows[total]`` is ``sum(weight * rows[part])`` in every column that prints it but ``column``:
    a misprint there, or a figure the reader misread (a lost parenthesis, a shifted column)."""

    total: int
    parts: tuple[tuple[int, int], ...]
    column: int


# the other columns that must add up (each printing a total not zero) to name one off; the runs of lines tried
# for a total that adds up in all but one column (taxonomy_map/reader_thresholds.csv)
NEAR_AGREEING = int(taxonomy_map.reader_thresholds()["near_agreeing"])
NEAR_PARTS = int(taxonomy_map.reader_thresholds()["near_parts"])


def near_sums(rows: list[Row], eligible: list[int], sums: list[Sum],
              barriers: frozenset[int] = frozenset()) -> list[NearSum]:
    """The lines :func:`find_sums` found no sum for, although could be totals, that a run of the
    lines just above (as :func:`find_sums` left them) adds up to in every column printing the line
    but one: in at least :data:`NEAR_AGREEING` others, one of them adding two figures not zero."""
    if not rows:
        return []
    ncols = max(len(r.cells) for r in rows)
    vectors = {i: _vector(rows[i], ncols) for i in eligible}
    found = {s.total: s for s in sums}
    available: list[int] = []
    out: list[NearSum] = []
    for i in eligible:
        if i in found:
            del available[-len(found[i].parts):]
        elif could_be_total(rows[i]) and any(vectors[i]):
            near = _near(i, vectors, available, found.keys(), _unit(rows[i]))
            if near is not None:
                out.append(near)
        available.append(i)
        if i in barriers:
            available.clear()
    return out


def _near(i: int, vectors: dict[int, list[Decimal | None]], available: list[int],
          totals: Iterable[int], tol: Decimal) -> NearSum | None:
    """Row ``i`` as a run of the last ``available`` rows in every column but one, within ``tol``
    in those and further off in that one."""
    total = vectors[i]
    summed_rows = set(totals)
    for k in range(2, min(len(available), NEAR_PARTS) + 1):
        suffix = available[-k:]
        parts = [vectors[j] for j in suffix]
        summed = tuple(j in summed_rows for j in suffix)
        for weights, _ in _sign_patterns(k):  # the plain sum first: "+ Extraordinary item" off in one column
            for col, t in enumerate(total):
                if t is None or any(p[col] is None for p in parts):
                    continue
                rest = [None if c == col else v for c, v in enumerate(total)]
                if sum(1 for v in rest if v) < NEAR_AGREEING:
                    continue
                others = [[None if c == col else v for c, v in enumerate(p)] for p in parts]
                if _matches(rest, others, weights, tol, summed):
                    there = sum((w * (p[col] or Decimal(0)) for w, p in zip(weights, parts, strict=True)), Decimal(0))
                    if abs(there - t) > tol:
                        return NearSum(i, tuple(zip(suffix, weights, strict=True)), col)
    return None


@dataclass(frozen=True)
class _OffColumn:
    """A near sum's column that does not add up: the total's figure there, the parts' figures
    (none missing) and what they come to, and the table's column count."""

    ncols: int
    total: Decimal | None
    figures: list[Decimal]
    there: Decimal


def _off_column(near: NearSum, rows: list[Row]) -> _OffColumn | None:
    """The figures of ``near``'s off column; None when a part prints none there."""
    col = near.column
    ncols = max(len(r.cells) for r in rows)
    figures = [_vector(rows[j], ncols)[col] if col < len(rows[j].cells) else None for j, _ in near.parts]
    if any(x is None for x in figures):
        return None
    known = [x for x in figures if x is not None]
    there = sum((w * x for (_, w), x in zip(near.parts, known, strict=True)), Decimal(0))
    return _OffColumn(ncols, _vector(rows[near.total], ncols)[col], known, there)


def lost_total_sign(near: NearSum, rows: list[Row]) -> Decimal | None:
    """The total of ``near`` as corrected when it is its own figure in the off column that lost (or
    gained) its parentheses: the parts there add up to exactly the printed figure with the other
    sign, and the total's figures of the other columns that are not zero all carry that sign (at
    least one of them); else None."""
    off = _off_column(near, rows)
    if off is None or not off.total or off.there != -off.total:
        return None
    there = off.there
    others = [x for c, x in enumerate(_vector(rows[near.total], off.ncols)) if c != near.column and x]
    if not others or any((x > 0) != (there > 0) for x in others):
        return None
    return there


def lost_sign(near: NearSum, rows: list[Row]) -> tuple[int, Decimal] | None:
    """The one part of ``near`` whose figure in its off column, printed with the other sign, makes
    the total add up there as it does in every other column (a lost or extra parenthesis): its row
    and the figure as corrected. Only when the parts miss the total by exactly twice that figure,
    no other part would do, and the part's figures of the other columns that are not zero all
    carry the corrected sign (at least one of them); else None, and the misprint stays a warning."""
    off = _off_column(near, rows)
    if off is None or off.total is None:
        return None
    fits = [(j, -x) for (j, w), x in zip(near.parts, off.figures, strict=True)
            if x and off.there - off.total == 2 * w * x]
    if len(fits) != 1:
        return None
    j, corrected = fits[0]
    others = [x for c, x in enumerate(_vector(rows[j], off.ncols)) if c != near.column and x]
    if not others or any((x > 0) != (corrected > 0) for x in others):
        return None
    return j, corrected


def adds_into(row: Row, weight: int) -> int:
    """+1: the row's printed values add into its total, -1: they are subtracted, 0: they do both
    (signs differ between columns) or are all nil."""
    signs = {v.value > 0 for c in row.cells if c is not None and not (v := c.printed).dash and v.value}
    if len(signs) != 1:
        return 0
    return weight if signs.pop() else -weight
