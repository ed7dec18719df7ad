"""Negative values of concepts that are never negative (the idea of DQC rule 0015).

A us-gaap concept counts as never negative when it is on ``NEVER_NEGATIVE`` (a short
explicit list) or when the rule below says so:

* it is a ``monetaryItemType`` whose name ends like a stock of assets or liabilities or an
  expense item (``...Assets``, ``...AssetsCurrent``, ``...Liabilities``, ``...PayableCurrent``,
  ``...ReceivableNetCurrent``, ``...Expense``, ``...Expenses``), or a ``sharesItemType``
  count of shares authorized, issued or outstanding, and
* its name has none of the words of amounts that may go either way: ``IncomeLoss``,
  ``IncomeExpense``, ``ExpenseBenefit``, ``Benefit``, ``IncreaseDecrease``, ``NetOf``,
  ``GainLoss``, ``ProfitLoss``, ``Change``, ``Adjustment``, ``AssetsLiabilities``,
  ``LiabilitiesAssets``, ``ReturnOn``, ``Deficit``, ``Difference``, ``Reclassification``.

Only facts without dimensions, or whose axes and members do not speak of eliminations,
adjustments, hedges or reclassifications, are checked: those members legitimately carry
negative amounts (an intersegment elimination of revenue, a hedge lowering interest expense).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from exporter.checks.finding import Finding
from exporter.checks.instance import Instance
from taxonomy_map import concepts

NEVER_NEGATIVE: frozenset[str] = frozenset(
    {
        "InterestExpense",
        "TreasuryStockValue",
        "TreasuryStockCommonValue",
        "Assets",
        "AssetsCurrent",
        "Liabilities",
        "LiabilitiesCurrent",
        "LiabilitiesAndStockholdersEquity",
        "CashAndCashEquivalentsAtCarryingValue",
        "Cash",
        "InventoryNet",
        "Goodwill",
        "PropertyPlantAndEquipmentNet",
        "PropertyPlantAndEquipmentGross",
        "IntangibleAssetsNetExcludingGoodwill",
        "AccountsReceivableNetCurrent",
        "AccountsPayableCurrent",
        "CostOfGoodsAndServicesSold",
        "CostOfRevenue",
        "SellingGeneralAndAdministrativeExpense",
        "ResearchAndDevelopmentExpense",
        "DepreciationDepletionAndAmortization",
        "Depreciation",
        "AmortizationOfIntangibleAssets",
        "OperatingLeaseLiability",
        "OperatingLeaseRightOfUseAsset",
        "LongTermDebt",
        "LongTermDebtNoncurrent",
        "PaymentsToAcquirePropertyPlantAndEquipment",
        "PaymentsForRepurchaseOfCommonStock",
        "PaymentsOfDividends",
        "CommonStockSharesAuthorized",
        "CommonStockSharesIssued",
        "CommonStockSharesOutstanding",
        "PreferredStockSharesAuthorized",
        "PreferredStockSharesIssued",
        "PreferredStockSharesOutstanding",
        "TreasuryStockShares",
        "TreasuryStockCommonShares",
        "WeightedAverageNumberOfSharesOutstandingBasic",
        "WeightedAverageNumberOfDilutedSharesOutstanding",
        "WeightedAverageNumberOfShareOutstandingBasicAndDiluted",
    }
)

_MONETARY_ENDINGS = re.compile(
    r"(Assets|AssetsCurrent|AssetsNoncurrent|Liabilities|LiabilitiesCurrent|"
    r"LiabilitiesNoncurrent|PayableCurrent|PayableNoncurrent|ReceivableNetCurrent|"
    r"ReceivableNetNoncurrent|Expense|Expenses)$"
)
_SHARES_NAMES = re.compile(
    r"^(CommonStock|PreferredStock|TreasuryStock|TreasuryStockCommon)Shares"
    r"(Authorized|Issued|Outstanding)?$|^WeightedAverageNumberOf\w*Shares?Outstanding\w*$"
)
_EITHER_WAY = re.compile(
    r"IncomeLoss|IncomeExpense|ExpenseBenefit|Benefit|IncreaseDecrease|NetOf|GainLoss|"
    r"ProfitLoss|Change|Adjustment|AssetsLiabilities|LiabilitiesAssets|ReturnOn|Deficit|"
    r"Difference|Reclassification"
)
_SIGNED_MEMBERS = re.compile(
    r"Eliminat|Adjust|Reclass|Restat|Hedg|Derivative|Reconcil|Correction|Difference|Effect|"
    r"Change",
    re.IGNORECASE,
)


def never_negative(local: str) -> bool:
    """True when the us-gaap concept ``local`` should never have a negative value."""
    if local in NEVER_NEGATIVE:
        return True
    concept = concepts().get(local)
    if concept is None or _EITHER_WAY.search(local):
        return False
    if concept.type == "monetaryItemType":
        return bool(_MONETARY_ENDINGS.search(local))
    if concept.type == "sharesItemType":
        return bool(_SHARES_NAMES.match(local))
    return False


def check_negative_values(instance: Instance) -> Iterator[Finding]:
    for fact in instance.facts:
        if fact.value is None or fact.value >= 0 or not fact.is_us_gaap:
            continue
        context = instance.context(fact.context_ref)
        if context is None or not never_negative(fact.local):
            continue
        if any(_SIGNED_MEMBERS.search(m) for m in context.segment + context.scenario):
            continue
        yield Finding(
            "DQC_0015",
            "error",
            f"{fact.name} is {fact.value} in context {context.label()}, but this concept is "
            "never negative: enter the amount as a positive number (the label, not the value, "
            "shows a deduction; a flipped sign usually comes from a bracketed figure).",
            concept=fact.name,
            context=fact.context_ref,
            source=fact.where(),
        )
