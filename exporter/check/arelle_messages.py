"""Arelle's messages as Findings, each with a plain-language explanation of its code.

Levels map as: Arelle errors -> ``error``; calculation inconsistencies -> ``error`` with code
``XBRL.calc``; warnings -> ``warning``; the two SEC schemas missing from the offline taxonomy
copy (``validate.KNOWN_MISSING``) and other informational messages -> ``info``. Arelle's
timing notes ("loaded in 2.5 secs") are left out.

One Arelle error becomes a warning: an "unrecognized transformation namespace" for the SEC's
own transformation registry (``ixt-sec:``, the namespaces ``taxonomy_map/transform_registries.csv``
gives that prefix, from the EDGAR plugin).
EDGAR accepts these formats (every filing in ../shared/corpus/ixbrl uses them); Arelle knows
them only with its EDGAR plugin, which the adapter does not load.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from exporter.check.finding import Finding, Severity
from taxonomy_map.edgar_rules import transform_registries

if TYPE_CHECKING:
    from exporter.check import validate  # Arelle's adapter: imported where it validates

EXPLANATIONS: dict[str, str] = {
    "xbrl.4.6.1": "a fact refers to a context that is missing: add the context or fix contextRef",
    "xbrl.4.6.2": "a numeric fact needs a unit (unitRef) and a non-numeric one must not have one",
    "xbrl.4.6.3": "a numeric fact needs decimals (or precision), a non-numeric one neither",
    "xbrl.4.6.5": "decimals or precision is not valid for this fact",
    "xbrl.4.6.7": "context ids must be unique",
    "xbrl.4.7": "a context is malformed: check its entity, period and dimensions",
    "xbrl.4.7.2": "the period's end is before its start, or a date is invalid",
    "xbrl.4.8": "a unit is malformed or does not fit the concept's type (monetary needs a "
    "currency, per-share needs currency/shares)",
    "xbrl.4.9": "a fact's concept is not declared in the taxonomy the instance refers to "
    "(schemaRef): check the concept's name and prefix",
    "xbrl.4.10": "inconsistent duplicate facts: the same concept, context and unit with "
    "different values",
    "xbrl.5.1": "the taxonomy schema is invalid",
    "xbrl.5.2.2": "a label linkbase is invalid",
    "xbrl.5.2.4": "a presentation linkbase is invalid",
    "xbrl.5.2.5": "a calculation linkbase is invalid, or the numbers do not add up as its arcs say",
    "xbrl.5.2.6": "a definition linkbase is invalid",
    "xbrl.5.2": "a linkbase is invalid: check its arcs, locators and roles",
    "xbrl.3.5": "an XLink in a linkbase is malformed (locator, arc or href)",
    "xmlSchema": "the XML does not match the XBRL schema: a value has the wrong type (text "
    "where a number or date is expected) or an element is misplaced",
    "calc11e": "the numbers do not add up: a total differs from the sum of its parts beyond "
    "rounding (XBRL Calculations 1.1); check the signs, scale and concepts of the parts",
    "ix11": "the Inline XBRL markup breaks a rule of Inline XBRL 1.1: check the ix: elements "
    "(format, scale, sign, continuations, hidden facts, header)",
    "ixTransformValueError": "a displayed value cannot be read with its format "
    "(ixt:num-dot-decimal and the like)",
    "EFM": "an EDGAR Filer Manual rule: EDGAR would reject or flag the filing",
    "xbrldie": "a dimension (axis or member) is used against the taxonomy's definitions",
    "xbrldte": "a dimension is defined incorrectly in the taxonomy",
    "IOerror": "a file could not be loaded: check the schemaRef and the taxonomy location",
    "FileNotLoadable": "a file could not be loaded: check the schemaRef and the taxonomy location",
    "arelle": "Arelle reported a problem loading or validating the file",
    "exporter": "Arelle could not run on the file",
}
_OFFLINE = (
    "this schema is missing from the offline taxonomy copy (known, harmless for validation "
    "of us-gaap facts)"
)
_OFFLINE_LABELS = (
    "the offline taxonomy copy has no us-gaap/dei label linkbase (known; online EDGAR reads "
    "the standard labels)"
)
_TIMING_CODES = frozenset({"info", ""})
_SEC_TRANSFORMS_EXPLANATION = (
    "the format is from the SEC's transformation registry (ixt-sec), which EDGAR accepts; "
    "Arelle reads it only with its EDGAR plugin, so the value was not checked"
)


def _is_sec_transform(message: validate.Message) -> bool:
    """Arelle (without the EDGAR plugin) cannot read a format of a registry EDGAR accepts."""
    return "invalidTransformation" in message.code and any(
        ns in message.text for ns, prefix in transform_registries().items() if prefix == "ixt-sec")


def explain(code: str) -> str:
    """The explanation for the longest known prefix of ``code``, or ""."""
    best = ""
    for prefix in EXPLANATIONS:
        if code.startswith(prefix) and len(prefix) > len(best):
            best = prefix
    return EXPLANATIONS.get(best, "")


def _severity(message: validate.Message) -> Severity:
    if message.is_known_missing() or message.is_offline_gap():
        return "info"
    if _is_sec_transform(message):
        return "warning"
    if message.level in ("error", "inconsistency"):
        return "error"
    return "warning" if message.level == "warning" else "info"


def arelle_findings(report: validate.Report) -> Iterator[Finding]:
    for message in report.messages:
        if message.level == "info" and message.code in _TIMING_CODES:
            continue
        if message.is_known_missing():
            explanation = _OFFLINE
        elif message.is_offline_gap():
            explanation = _OFFLINE_LABELS
        elif _is_sec_transform(message):
            explanation = _SEC_TRANSFORMS_EXPLANATION
        else:
            explanation = explain(message.code)
        code = "XBRL.calc" if message.level == "inconsistency" else message.code
        text = message.text if not explanation else f"{message.text} — {explanation}"
        if code != message.code:
            text = f"[{message.code}] {text}"
        yield Finding(
            code=code or "arelle",
            severity=_severity(message),
            message=text,
            source=message.where,
        )
