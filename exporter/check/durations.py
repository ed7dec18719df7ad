"""Period lengths that fit a filing (the idea of DQC rule 0006) and forever periods.

A duration should last a quarter (80-100 days), a half year (170-190), nine months
(260-285) or a year (350-380); ``end - start`` in days. Other lengths give one
``EXP.duration`` warning per context, or information where the statements the instance was made
from print the period's start (a company's first period, from inception: ``Instance.printed_periods``,
known where an export is checked), for the period is then the document's own. In a quarterly
report (``DocumentFiscalPeriodFocus`` Q1-Q3), a duration longer than 100 days that ends on the
document's period end must be the year to date (Q2: half year, Q3: nine months) or a trailing
year: anything else is an error, usually a wrong start date. Instants are fine; a us-gaap fact
in a ``forever`` context is an error (``EXP.forever``): financial statement amounts belong to a
period.

Only contexts of financial statement amounts are judged: those used by a non-dimensional
us-gaap fact of a concept the FASB taxonomy presents in an income, comprehensive income,
cash-flow or equity statement. Notes legitimately use other periods (the month of a share
repurchase, the day of an acquisition, the years of a lawsuit).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from exporter.check.finding import Finding
from exporter.check.instance import Context, Instance, InstanceFact
from exporter.kinds import StatementKind
from taxonomy_map import concepts

BUCKETS: dict[str, tuple[int, int]] = {
    "quarter": (80, 100),
    "half year": (170, 190),
    "nine months": (260, 285),
    "year": (350, 380),
}
_YEAR_TO_DATE = {"Q1": "quarter", "Q2": "half year", "Q3": "nine months"}
_ORDER = list(BUCKETS)
_END_SLACK_DAYS = 7
_FLOW_STATEMENTS = frozenset({StatementKind.IS, StatementKind.CI, StatementKind.CF, StatementKind.EQ})


def bucket(days: int) -> str | None:
    """The name of the period length ``days`` fits, or None."""
    for name, (low, high) in BUCKETS.items():
        if low <= days <= high:
            return name
    return None


def document_period_end(instance: Instance) -> date | None:
    """dei:DocumentPeriodEndDate (ISO text or the end of its context)."""
    for name in ("DocumentPeriodEndDate", "DocumentType"):
        fact = instance.dei(name)
        if fact is None:
            continue
        if name == "DocumentPeriodEndDate":
            try:
                return date.fromisoformat(fact.text.strip())
            except ValueError:
                pass
        context = instance.context(fact.context_ref)
        if context is not None and context.end is not None:
            return context.end
    return None


def _statement_facts(instance: Instance) -> dict[str, InstanceFact]:
    """The first statement fact (see the module docstring) of each context that has one."""
    table = concepts()
    first: dict[str, InstanceFact] = {}
    for fact in instance.facts:
        if not fact.is_us_gaap or fact.context_ref in first:
            continue
        concept = table.get(fact.local)
        context = instance.context(fact.context_ref)
        if concept is None or context is None or context.dimensional:
            continue
        if concept.statements & _FLOW_STATEMENTS:
            first[fact.context_ref] = fact
    return first


def check_durations(instance: Instance) -> Iterator[Finding]:
    focus_fact = instance.dei("DocumentFiscalPeriodFocus")
    focus = focus_fact.text.strip().upper() if focus_fact is not None else ""
    period_end = document_period_end(instance)
    for context_ref, fact in _statement_facts(instance).items():
        context = instance.context(context_ref)
        if context is None or context.days is None:
            continue
        days = context.days
        fits = bucket(days)
        if _wrong_year_to_date(context, days, fits, focus, period_end):
            yield Finding(
                "EXP.duration",
                "error",
                f"context {context.label()} lasts {days} days and ends on the period end of "
                f"this {focus} report, which covers a quarter"
                f"{' or the ' + _YEAR_TO_DATE[focus] + ' to date' if focus != 'Q1' else ''}: "
                "check the start date of the period (and the column heading it came from).",
                concept=fact.name,
                context=context_ref,
                source=f"line {context.sourceline}",
            )
        elif fits is None and (context.start, context.end) in instance.printed_periods:
            yield Finding(
                "EXP.duration",
                "info",
                f"context {context_ref} ({context.start}/{context.end}) lasts {days} days, not a quarter, "
                f"half year, nine months or year: the statement prints its start, {context.start} (a first "
                "period, from inception), so it is the document's own period",
                concept=fact.name,
                context=context_ref,
                source=f"line {context.sourceline}",
            )
        elif fits is None:
            yield Finding(
                "EXP.duration",
                "warning",
                f"context {context.label()} lasts {days} days, which is not a quarter, half "
                "year, nine months or year: check its start and end dates.",
                concept=fact.name,
                context=context_ref,
                source=f"line {context.sourceline}",
            )


def _wrong_year_to_date(
    context: Context, days: int, fits: str | None, focus: str, period_end: date | None
) -> bool:
    if focus not in _YEAR_TO_DATE or period_end is None or context.end is None or days <= 100:
        return False
    if abs((context.end - period_end).days) > _END_SLACK_DAYS:
        return False
    if fits is None:
        return True
    allowed = _ORDER.index(_YEAR_TO_DATE[focus])
    return fits != "year" and _ORDER.index(fits) > allowed


def check_forever(instance: Instance) -> Iterator[Finding]:
    for fact in instance.facts:
        context = instance.context(fact.context_ref)
        if fact.is_us_gaap and context is not None and context.kind == "forever":
            yield Finding.about(
                fact,
                "EXP.forever",
                "error",
                f"{fact.name} uses context {context.id}, whose period is 'forever': give the "
                "fact the instant or duration it was reported for.",
            )
