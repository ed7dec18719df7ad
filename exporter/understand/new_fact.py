"""The one place a statement fact is made: from the number as printed to the value stored.

A statement cell (:attr:`Origin.CELL`) and a number stated in a line's label
(:attr:`Origin.LABEL`: par value, shares issued) both come through :func:`new_fact`, which
applies the sign and the power of ten once and decides the ``decimals`` once.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from exporter.kinds import StatementKind
from exporter.understand.periods import Period
from exporter.understand.records import PER_SHARE_UNIT, UNIT_OF_KIND, Fact, Origin, UnitKind

if TYPE_CHECKING:
    from exporter.read.provenance import Where


def stored_value(displayed: Decimal, places: int, power: int, factor: int, unit: str,
                 origin: Origin) -> tuple[Decimal, int]:
    """The value stored and its ``decimals``: ``displayed`` (unsigned as printed) times the sign
    ``factor`` at ``power``; a percentage is stored as a fraction (12.5% -> 0.125). A cell's value
    is a whole number without exponent when it is whole; a count or an amount in a label is a
    whole number and its par value stays as printed."""
    if unit == UNIT_OF_KIND[UnitKind.PERCENT]:
        return _normalize(factor * displayed / 100), places + 2
    value = factor * displayed * (Decimal(10) ** power)
    if origin is Origin.LABEL:
        return (value if unit == PER_SHARE_UNIT else value.quantize(Decimal(1))), places - power
    return _normalize(value), places - power


def _normalize(value: Decimal) -> Decimal:
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def new_fact(*, concept: str, prefix: str, period: Period, unit: str, displayed: Decimal, places: int,
             power: int, statement: StatementKind, table: int, row: int, column: int, line: int, raw: str,
             label: str, factor: int = 1, sign_reason: str = "", where: Where | None = None,
             origin: Origin = Origin.CELL) -> Fact:
    """A statement fact of the number ``displayed`` printed as ``raw`` (see :func:`stored_value`)."""
    value, decimals = stored_value(displayed, places, power, factor, unit, origin)
    return Fact(concept=concept, prefix=prefix, period=period, unit=unit, value=value, decimals=decimals,
                statement=statement, table=table, row=row, column=column, line=line, raw=raw, label=label,
                displayed=displayed, scale=power, sign_reason=sign_reason, where=where, origin=origin)
