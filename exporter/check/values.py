"""Values whose size gives them away: percents written as whole numbers (the idea of DQC
rule 0091) and share counts a thousand times off (the idea of DQC rule 0095).

* ``DQC_0091``: a us-gaap ``percentItemType`` fact with 1 < |value| <= 100 is most likely a
  percent written as 27.5 rather than 0.275 (warning: a rate above 100 % is possible).
  An Inline XBRL fact displayed as "120.0" with ``scale="-2"`` was converted on purpose
  (Boeing's options priced at 120 % of market value) and is left alone.
* ``DQC_0095``: dei:EntityCommonStockSharesOutstanding (summed over share classes at its
  latest date) and the us-gaap count of shares (CommonStockSharesOutstanding, else the basic
  weighted average) of the latest period differ by a factor between 300 and 3,000: one of
  them was scaled wrongly (warning).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

from exporter.check.finding import Finding
from exporter.check.instance import Instance, InstanceFact
from taxonomy_map import concepts

_CLASS_AXIS = "StatementClassOfStockAxis"
_SHARE_COUNTS = ("CommonStockSharesOutstanding", "WeightedAverageNumberOfSharesOutstandingBasic")
_SCALE_LOW, _SCALE_HIGH = Decimal(300), Decimal(3000)


def check_percents(instance: Instance) -> Iterator[Finding]:
    table = concepts()
    for fact in instance.facts:
        if fact.value is None or not fact.is_us_gaap:
            continue
        concept = table.get(fact.local)
        if concept is None or concept.type != "percentItemType" or fact.scale <= -2:
            continue
        if 1 < abs(fact.value) <= 100:
            yield Finding.about(
                fact,
                "DQC_0091",
                "warning",
                f"{fact.name} is {fact.value}, which looks like a percent written as "
                f"{fact.value} rather than {fact.value / 100}: percent facts are decimal "
                "fractions (scale -2 in Inline XBRL).",
            )


def _latest_total(instance: Instance, facts: list[InstanceFact]) -> tuple[Decimal, InstanceFact] | None:
    """The sum of ``facts`` at their latest end date (non-dimensional, else per class)."""
    dated: list[tuple[date, bool, InstanceFact]] = []
    for fact in facts:
        context = instance.context(fact.context_ref)
        if context is None or context.end is None or fact.value is None:
            continue
        if context.scenario or any(_CLASS_AXIS not in m for m in context.segment):
            continue
        if len(context.segment) > 1:
            continue
        dated.append((context.end, bool(context.segment), fact))
    if not dated:
        return None
    latest = max(d for d, _, _ in dated)
    plain = [f for d, dims, f in dated if d == latest and not dims]
    chosen = plain[:1] or [f for d, dims, f in dated if d == latest and dims]
    total = sum((f.value for f in chosen if f.value is not None), Decimal(0))
    return total, chosen[0]


def check_share_scale(instance: Instance) -> Iterator[Finding]:
    dei = [
        f for f in instance.facts if f.is_dei and f.local == "EntityCommonStockSharesOutstanding"
    ]
    cover = _latest_total(instance, dei)
    if cover is None or cover[0] <= 0:
        return
    for name in _SHARE_COUNTS:
        facts = [f for f in instance.facts if f.is_us_gaap and f.local == name]
        counted = _latest_total(instance, facts)
        if counted is None:
            continue
        if counted[0] > 0:
            ratio = cover[0] / counted[0]
            if _SCALE_LOW <= ratio <= _SCALE_HIGH or _SCALE_LOW <= 1 / ratio <= _SCALE_HIGH:
                fact = cover[1]
                yield Finding.about(
                    fact,
                    "DQC_0095",
                    "warning",
                    f"dei:EntityCommonStockSharesOutstanding ({cover[0]}) is about "
                    f"{ratio:.4g} times us-gaap:{name} ({counted[0]}): one of the two share "
                    "counts was likely scaled wrongly (shares in thousands or millions); "
                    "check the scale of both.",
                )
        return
