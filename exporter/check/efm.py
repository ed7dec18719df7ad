"""Checks from the SEC's EDGAR Filer Manual (EFM) section 6.5, on the instance alone.

* ``EFM.6.5.17``: a fact has ``precision`` (use ``decimals``);
* ``EFM.6.5.37``: a value has non-zero digits beyond its ``decimals`` (1234567, decimals -3);
* ``EFM.6.5.7``: two contexts with the same entity, period, segment and scenario;
* ``EFM.6.5.8``: a context no fact uses;
* ``EFM.6.5.11``: two units with the same measures, or a unit no fact uses;
* ``EFM.6.5.12``: duplicate numeric facts (same concept, context, unit) whose values are
  inconsistent: their rounding intervals (value +/- half a unit of ``decimals``) do not meet;
* ``EFM.5.02.05.12``: an Inline XBRL format from a transformation registry EDGAR does not
  accept; ``EFM.5.02.05.standardNamespacePrefix``: an accepted registry under another prefix
  than the one EDGAR requires (the SEC's EDGAR plugin's own list, packaged as
  ``taxonomy_map/transform_registries.csv`` by ``python -m taxonomy_map.edgar_rules``);
* ``EFM.6.5.20``: required dei facts: DocumentType, EntityRegistrantName,
  EntityCentralIndexKey, DocumentPeriodEndDate and AmendmentFlag, and for annual and
  quarterly reports also DocumentFiscalYearFocus, DocumentFiscalPeriodFocus and
  CurrentFiscalYearEndDate.

All are errors: EDGAR rejects or flags such filings.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from exporter.check.finding import Finding
from exporter.check.instance import Instance, InstanceFact, decimals_int
from taxonomy_map.edgar_rules import transform_registries

REQUIRED_DEI: tuple[str, ...] = (
    "DocumentType",
    "EntityRegistrantName",
    "EntityCentralIndexKey",
    "DocumentPeriodEndDate",
    "AmendmentFlag",
)
PERIODIC_DEI: tuple[str, ...] = (
    "DocumentFiscalYearFocus",
    "DocumentFiscalPeriodFocus",
    "CurrentFiscalYearEndDate",
)
PERIODIC_FORMS: tuple[str, ...] = ("10-K", "10-Q", "20-F", "40-F")


def check_precision(instance: Instance) -> Iterator[Finding]:
    for fact in instance.facts:
        if fact.precision is not None:
            yield Finding.about(
                fact,
                "EFM.6.5.17",
                "error",
                f'{fact.name} has precision="{fact.precision}": EDGAR accepts only the '
                "decimals attribute; write decimals (e.g. -3 for thousands) instead.",
            )


def check_insignificant_digits(instance: Instance) -> Iterator[Finding]:
    for fact in instance.facts:
        places = decimals_int(fact.decimals)
        if fact.value is None or places is None:
            continue
        if fact.value.scaleb(places) % 1 != 0:
            yield Finding.about(
                fact,
                "EFM.6.5.37",
                "error",
                f'{fact.name} is {fact.value} with decimals="{fact.decimals}": it has '
                "non-zero digits beyond its accuracy; round the value or raise decimals.",
            )


def check_contexts(instance: Instance) -> Iterator[Finding]:
    first_by_key: dict[tuple[object, ...], str] = {}
    for context in instance.contexts:
        other = first_by_key.setdefault(context.key(), context.id)
        if other != context.id:
            yield Finding(
                "EFM.6.5.7",
                "error",
                f"context {context.label()} repeats context {other} (same entity, period and "
                f"dimensions): use {other} for its facts and remove {context.id}.",
                context=context.id,
                source=f"line {context.sourceline}",
            )
    used = {fact.context_ref for fact in instance.facts}
    for context in instance.contexts:
        if context.id not in used:
            yield Finding(
                "EFM.6.5.8",
                "error",
                f"context {context.label()} is used by no fact: remove it.",
                context=context.id,
                source=f"line {context.sourceline}",
            )


def check_units(instance: Instance) -> Iterator[Finding]:
    first_by_measures: dict[tuple[tuple[str, ...], tuple[str, ...]], str] = {}
    for unit in instance.units:
        other = first_by_measures.setdefault((unit.numerators, unit.denominators), unit.id)
        if other != unit.id:
            yield Finding(
                "EFM.6.5.11",
                "error",
                f"unit {unit.id} ({unit.text()}) repeats unit {other}: use {other} and "
                f"remove {unit.id}.",
                context=unit.id,
                source=f"line {unit.sourceline}",
            )
    used = {fact.unit_ref for fact in instance.facts if fact.unit_ref}
    for unit in instance.units:
        if unit.id not in used:
            yield Finding(
                "EFM.6.5.11",
                "error",
                f"unit {unit.id} ({unit.text()}) is used by no fact: remove it.",
                context=unit.id,
                source=f"line {unit.sourceline}",
            )


def _interval(fact: InstanceFact) -> tuple[Decimal, Decimal]:
    assert fact.value is not None
    half = fact.tolerance()
    return fact.value - half, fact.value + half


def check_duplicate_facts(instance: Instance) -> Iterator[Finding]:
    seen: dict[tuple[str, str, str], list[InstanceFact]] = {}
    for fact in instance.facts:
        if fact.numeric and fact.value is not None:
            seen.setdefault((fact.name, fact.context_ref, fact.unit_ref), []).append(fact)
    for (name, context_ref, _unit), facts in seen.items():
        first = facts[0]
        for fact in facts[1:]:
            low_a, high_a = _interval(first)
            low_b, high_b = _interval(fact)
            if high_a < low_b or high_b < low_a:
                yield Finding(
                    "EFM.6.5.12",
                    "error",
                    f"{name} in context {context_ref} is reported as {first.value} "
                    f"({first.where()}) and as {fact.value} ({fact.where()}): duplicate facts "
                    "must agree; correct the wrong one.",
                    concept=name,
                    context=context_ref,
                    source=fact.where(),
                )


def check_required_dei(instance: Instance) -> Iterator[Finding]:
    document_type = instance.dei("DocumentType")
    required = list(REQUIRED_DEI)
    form = document_type.text.strip().upper() if document_type is not None else ""
    if form.startswith(PERIODIC_FORMS):
        required += PERIODIC_DEI
    present = {fact.local for fact in instance.facts if fact.is_dei and not fact.nil}
    for name in required:
        if name not in present:
            needed_by = f"a {form}" if name in PERIODIC_DEI else "every filing"
            yield Finding(
                "EFM.6.5.20",
                "error",
                f"dei:{name} is missing; {needed_by} must report it in the document's "
                "context (the cover page).",
                concept=f"dei:{name}",
            )


def check_transform_registries(instance: Instance) -> Iterator[Finding]:
    """Inline XBRL formats EDGAR refuses: an unaccepted registry, or its prefix not EDGAR's."""
    accepted = transform_registries()
    for fact in instance.facts:
        if not fact.fmt:
            continue
        prefix = fact.fmt.partition(":")[0] if ":" in fact.fmt else ""
        required = accepted.get(fact.fmt_namespace)
        if required is None:
            yield Finding.about(
                fact, "EFM.5.02.05.12", "error",
                f"format {fact.fmt} is from the transformation registry "
                f"{fact.fmt_namespace or '(no namespace)'}, which EDGAR does not accept: use one of "
                f"{', '.join(sorted(accepted))}.")
        elif prefix != required:
            yield Finding.about(
                fact, "EFM.5.02.05.standardNamespacePrefix", "error",
                f"format {fact.fmt}: EDGAR requires the prefix {required}: for {fact.fmt_namespace}.")
