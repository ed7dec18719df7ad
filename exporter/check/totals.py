"""Equalities and inequalities the financial statements imply (the idea of DQC rule 0004).

Per context (and unit), among non-nil us-gaap facts:

* ``DQC_0004``: Assets = LiabilitiesAndStockholdersEquity (error);
* ``EXP.bs.AssetsCurrent``: AssetsCurrent <= Assets; ``EXP.bs.LiabilitiesCurrent``:
  LiabilitiesCurrent <= Liabilities (errors);
* ``EXP.is.GrossProfit``: GrossProfit = revenue - cost of revenue, when all are present
  (error if no revenue concept and cost concept present give it);
* ``EXP.bs.Equity``: Liabilities + equity (with or without noncontrolling interest and
  temporary equity) = LiabilitiesAndStockholdersEquity (warning: other mezzanine items,
  perhaps extension concepts, can stand between).

The tolerance is half a unit of the last significant digit of each value, from ``decimals``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from decimal import Decimal

from exporter.check.finding import Finding
from exporter.check.instance import Instance, InstanceFact

_REVENUES = (
    "Revenues",
    "RevenueFromContractWithCustomerExcludingAssessedTax",
    "RevenueFromContractWithCustomerIncludingAssessedTax",
)
_COSTS = ("CostOfRevenue", "CostOfGoodsAndServicesSold")
_EQUITY = (
    "StockholdersEquity",
    "StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest",
)
_MEZZANINE = (
    "TemporaryEquityCarryingAmountIncludingPortionAttributableToNoncontrollingInterest",
    "TemporaryEquityCarryingAmountAttributableToParent",
    "RedeemableNoncontrollingInterestEquityCarryingAmount",
    "RedeemableNoncontrollingInterestEquityCommonCarryingAmount",
    "CommitmentsAndContingencies",
)

Group = dict[str, InstanceFact]


def _groups(instance: Instance) -> Iterator[tuple[str, Group]]:
    """us-gaap facts by (context, unit), first fact of each concept, in document order."""
    groups: dict[tuple[str, str], Group] = {}
    for fact in instance.facts:
        if fact.is_us_gaap and fact.value is not None:
            groups.setdefault((fact.context_ref, fact.unit_ref), {}).setdefault(fact.local, fact)
    for (context_ref, _unit), group in groups.items():
        yield context_ref, group


def _value(fact: InstanceFact) -> Decimal:
    assert fact.value is not None
    return fact.value


def _equal(total: InstanceFact, parts: list[tuple[InstanceFact, int]]) -> bool:
    """``total`` = sum of weight * part, within the rounding of every value."""
    computed = sum((_value(part) * weight for part, weight in parts), Decimal(0))
    tolerance = total.tolerance() + sum((part.tolerance() for part, _ in parts), Decimal(0))
    return abs(_value(total) - computed) <= tolerance


def check_totals(instance: Instance) -> Iterator[Finding]:
    for context_ref, group in _groups(instance):
        context = instance.context(context_ref)
        label = context.label() if context is not None else context_ref
        yield from _assets(group, label)
        yield from _subtotals(group, label)
        yield from _gross_profit(group, label)
        yield from _equity(group, label)


def _assets(group: Group, label: str) -> Iterator[Finding]:
    assets, total = group.get("Assets"), group.get("LiabilitiesAndStockholdersEquity")
    if assets is None or total is None or _equal(assets, [(total, 1)]):
        return
    yield Finding.about(
        assets,
        "DQC_0004",
        "error",
        f"Assets ({assets.value}) differ from LiabilitiesAndStockholdersEquity ({total.value}) "
        f"by {_value(assets) - _value(total)} in context {label}: the balance sheet does not "
        "balance; check the signs, scale and concepts of both totals.",
    )


def _subtotals(group: Group, label: str) -> Iterator[Finding]:
    for part_name, total_name in (
        ("AssetsCurrent", "Assets"),
        ("LiabilitiesCurrent", "Liabilities"),
    ):
        part, total = group.get(part_name), group.get(total_name)
        if part is None or total is None:
            continue
        if _value(part) <= _value(total) + part.tolerance() + total.tolerance():
            continue
        yield Finding.about(
            part,
            f"EXP.bs.{part_name}",
            "error",
            f"{part_name} ({part.value}) is larger than {total_name} ({total.value}) in context "
            f"{label}: a current subtotal cannot exceed its total; check the concepts and scale.",
        )


def _gross_profit(group: Group, label: str) -> Iterator[Finding]:
    gross = group.get("GrossProfit")
    revenues = [group[name] for name in _REVENUES if name in group]
    costs = [group[name] for name in _COSTS if name in group]
    if gross is None or not revenues or not costs:
        return
    if any(_equal(gross, [(r, 1), (c, -1)]) for r, c in itertools.product(revenues, costs)):
        return
    revenue, cost = revenues[0], costs[0]
    yield Finding.about(
        gross,
        "EXP.is.GrossProfit",
        "error",
        f"GrossProfit ({gross.value}) is not {revenue.local} ({revenue.value}) minus "
        f"{cost.local} ({cost.value}) in context {label}: check the signs and concepts of "
        "revenue, cost of revenue and gross profit.",
    )


def _equity(group: Group, label: str) -> Iterator[Finding]:
    liabilities, total = group.get("Liabilities"), group.get("LiabilitiesAndStockholdersEquity")
    equities = [group[name] for name in _EQUITY if name in group]
    if liabilities is None or total is None or not equities:
        return
    mezzanine = [(group[name], 1) for name in _MEZZANINE if name in group]
    for equity in equities:
        for extra in ([], mezzanine):
            if _equal(total, [(liabilities, 1), (equity, 1), *extra]):
                return
    equity = equities[0]
    yield Finding.about(
        total,
        "EXP.bs.Equity",
        "warning",
        f"Liabilities ({liabilities.value}) plus {equity.local} ({equity.value}) is not "
        f"LiabilitiesAndStockholdersEquity ({total.value}) in context {label}: unless temporary "
        "equity or another item stands between them, check the totals and their signs.",
    )
