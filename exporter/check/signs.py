"""Negative values of concepts that are never negative (the idea of DQC rule 0015).

A us-gaap concept counts as never negative when ``taxonomy_map/never_negative.csv`` names it
(a short list: main expense lines, share counts, cash-flow payments, balance sheet totals)
or when this rule, whose name parts are rows of the same table, says so:

* it is an instant ``monetaryItemType`` whose name ends like a stock of assets or
  liabilities (``...Assets``, ``...AssetsCurrent``, ``...Liabilities``,
  ``...LiabilitiesNoncurrent``, ``...PayableCurrent``, ``...ReceivableNetCurrent``), or a
  ``sharesItemType`` count of shares authorized, issued or outstanding, and
* its name has none of the words of amounts that may go either way: ``IncomeLoss``,
  ``IncomeExpense``, ``ExpenseBenefit``, ``Benefit``, ``IncreaseDecrease``, ``NetOf``,
  ``GainLoss``, ``ProfitLoss``, ``Change``, ``Adjustment``, ``AssetsLiabilities``,
  ``LiabilitiesAssets``, ``ReturnOn``, ``Deficit``, ``Difference``, ``Reclassification``.

The SEC's EDGAR plugin names a few more concepts it warns about when negative (its
``signwarnings.json``, packaged as ``taxonomy_map/signwarnings.csv`` by
``python -m taxonomy_map.edgar_rules``): a negative fact of one of those is a warning, as
EDGAR gives it, unless the rule above makes it an error.

Expense items in general are not covered by the rule: issuers' own filings show legitimate
negative credit-loss, litigation-settlement and deferred-compensation expense (reversals).

Only facts without dimensions, or whose only axis is StatementClassOfStockAxis, are checked:
segment, corporate, elimination and hedge members legitimately carry negative amounts (the
Coca-Cola Company's corporate cost of goods sold holds hedging gains).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from exporter.check.finding import Finding
from exporter.check.instance import Instance
from taxonomy_map import _rows, concepts
from taxonomy_map.edgar_rules import sign_warning_concepts

NEVER_NEGATIVE_CSV = "never_negative.csv"


@functools.cache
def _rules() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(concepts named never negative, instant money endings, shares names, either-way words)
    from ``taxonomy_map/never_negative.csv``."""
    by_kind: dict[str, list[str]] = {}
    for row in _rows(NEVER_NEGATIVE_CSV):
        by_kind.setdefault(row["kind"], []).append(row["value"])
    endings = "|".join(map(re.escape, by_kind["instant_money_ending"]))
    stems = "|".join(map(re.escape, by_kind["shares_stem"]))
    prefixes = "|".join(map(re.escape, by_kind["shares_prefix"]))
    return (
        frozenset(by_kind["concept"]),
        re.compile(rf"(?:{endings})$"),
        re.compile(rf"^(?:{stems})Shares(?:Authorized|Issued|Outstanding)?$|^(?:{prefixes})\w*Shares?Outstanding\w*$"),
        re.compile("|".join(map(re.escape, by_kind["either_way_word"]))),
    )


def either_way(local: str) -> bool:
    """True when the concept's name says its amount may go either way (``IncreaseDecrease``,
    ``GainLoss``, ``ProceedsFromRepayments``: never_negative.csv's either-way words)."""
    return bool(_rules()[3].search(local))


_CLASS_AXIS = "}StatementClassOfStockAxis="


def never_negative(local: str) -> bool:
    """True when the us-gaap concept ``local`` should never have a negative value."""
    named, money_endings, shares_names, either_way = _rules()
    if local in named:
        return True
    concept = concepts().get(local)
    if concept is None or either_way.search(local):
        return False
    if concept.type == "monetaryItemType" and concept.period_type == "instant":
        return bool(money_endings.search(local))
    if concept.type == "sharesItemType":
        return bool(shares_names.match(local))
    return False


def check_negative_values(instance: Instance) -> Iterator[Finding]:
    for fact in instance.facts:
        if fact.value is None or fact.value >= 0 or not fact.is_us_gaap:
            continue
        context = instance.context(fact.context_ref)
        error = never_negative(fact.local)
        if context is None or not (error or fact.local in sign_warning_concepts()):
            continue
        if context.scenario or any(_CLASS_AXIS not in m for m in context.segment):
            continue
        yield Finding.about(
            fact,
            "DQC_0015",
            "error" if error else "warning",
            f"{fact.name} is {fact.value} in context {context.label()}, but this concept is "
            "never negative: enter the amount as a positive number (the label, not the value, "
            "shows a deduction; a flipped sign usually comes from a bracketed figure).",
        )
