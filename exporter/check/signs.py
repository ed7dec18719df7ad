"""Negative values of concepts that are never negative (the idea of DQC rule 0015).

A us-gaap concept counts as never negative when it is on ``NEVER_NEGATIVE`` (a short
explicit list: main expense lines, share counts, cash-flow payments, balance sheet totals)
or when this rule says so:

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

import re
from collections.abc import Iterator

from exporter.check.finding import Finding
from exporter.check.instance import Instance
from taxonomy_map import concepts
from taxonomy_map.edgar_rules import sign_warning_concepts

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
        "OperatingExpenses",
        "CostsAndExpenses",
        "GeneralAndAdministrativeExpense",
        "SellingAndMarketingExpense",
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
    r"ReceivableNetNoncurrent)$"
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
_CLASS_AXIS = "}StatementClassOfStockAxis="


def never_negative(local: str) -> bool:
    """True when the us-gaap concept ``local`` should never have a negative value."""
    if local in NEVER_NEGATIVE:
        return True
    concept = concepts().get(local)
    if concept is None or _EITHER_WAY.search(local):
        return False
    if concept.type == "monetaryItemType" and concept.period_type == "instant":
        return bool(_MONETARY_ENDINGS.search(local))
    if concept.type == "sharesItemType":
        return bool(_SHARES_NAMES.match(local))
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
