"""Checking: a written instance becomes findings (Arelle's own via the adapter ``validate``, then ours).

Enters: the path of an XBRL 2.1 instance or Inline XBRL document. Leaves: ``Finding``s.

The quality gate: checks that run on any XBRL 2.1 instance or Inline XBRL document.

Each check is a small function of an ``Instance`` (``instance.read_instance``) that yields
``Finding`` objects; ``run_checks`` runs them all in a fixed order, after Arelle's own
messages when a ``validate.Report`` is given, knowing what the statements the instance was made
from print when they are given (an export checking itself)::

    report = validate.validate(path, taxonomy_dir)
    findings = run_checks(path, arelle_report=report)
    print(render_text(findings))

Checks and their codes (see each module's docstring for the exact rule):

==========================  ================================================================
``arelle_messages``         Arelle's messages (XBRL 2.1, schema, Inline XBRL, ``XBRL.calc``)
``signs``                   ``DQC_0015`` negative value of a never-negative concept
``totals``                  ``DQC_0004`` Assets = LiabilitiesAndStockholdersEquity;
                            ``EXP.bs.AssetsCurrent``, ``EXP.bs.LiabilitiesCurrent``,
                            ``EXP.is.GrossProfit``, ``EXP.bs.Equity``
``durations``               ``EXP.duration`` period lengths (information where the statements
                            print the period's start); ``EXP.forever``
``values``                  ``DQC_0091`` percent as 27.5; ``DQC_0095`` share-count scale
``efm``                     ``EFM.6.5.17`` precision; ``EFM.6.5.37`` insignificant digits;
                            ``EFM.6.5.7``/``.8`` duplicate/unused contexts; ``EFM.6.5.11``
                            duplicate/unused units; ``EFM.6.5.12`` inconsistent duplicate
                            facts; ``EFM.6.5.20`` required dei facts; ``EFM.5.02.05.12``
                            formats from registries EDGAR does not accept
``cross``                   ``EXP.cross.*`` the statements agree with each other (net income,
                            cash, A = L + E, EPS x shares, par x shares); these run on the
                            statements as read (``extract``), not on an instance
``understand.unread``       ``EXP.statement.Unread`` a primary statement the document titles
                            but the export lacks (a warning naming the table and why)
==========================  ================================================================
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from exporter.check import durations, efm, signs, totals, values
from exporter.check.arelle_messages import arelle_findings, explain
from exporter.check.cross import printed_periods
from exporter.check.finding import Finding, Severity
from exporter.check.instance import Instance, read_instance
from exporter.check.render import render_json, render_text
from exporter.errors import InputError

if TYPE_CHECKING:
    from exporter.check import validate  # Arelle's adapter: imported where it validates
    from exporter.understand.records import Statement

__all__ = [
    "CHECKS",
    "Finding",
    "Severity",
    "arelle_findings",
    "check_instance",
    "explain",
    "render_json",
    "render_text",
    "run_checks",
    "validate_command",
]

Check = Callable[[Instance], Iterable[Finding]]

CHECKS: tuple[Check, ...] = (
    efm.check_required_dei,
    efm.check_precision,
    efm.check_insignificant_digits,
    efm.check_contexts,
    efm.check_units,
    efm.check_duplicate_facts,
    efm.check_transform_registries,
    signs.check_negative_values,
    totals.check_totals,
    durations.check_durations,
    durations.check_forever,
    values.check_percents,
    values.check_share_scale,
)
"""Every instance check, in the order ``run_checks`` runs them."""


def check_instance(instance: Instance) -> Iterator[Finding]:
    """The findings of every check in ``CHECKS`` on an instance already read."""
    for check in CHECKS:
        yield from check(instance)


def run_checks(path: Path, *, arelle_report: validate.Report | None = None,
               statements: Iterable[Statement] = ()) -> list[Finding]:
    """All findings for ``path``: Arelle's (if a report is given), then every check's; ``statements``:
    those the instance was made from (an export checking itself), whose printed periods the checks know.

    A file that cannot be read as XML gives one ``EXP.read`` error instead of raising.
    """
    findings: list[Finding] = []
    if arelle_report is not None:
        findings.extend(arelle_findings(arelle_report))
    try:
        instance = read_instance(path)
    except InputError as exc:
        findings.append(
            Finding(
                "EXP.read", "error", f"{exc.message}; the checks could not run.", source=str(path)
            )
        )
        return findings
    printed = printed_periods(statements)
    if printed:
        instance = dataclasses.replace(instance, printed_periods=printed)
    findings.extend(check_instance(instance))
    return findings


def validate_command(path: Path, taxonomy_dir: Path | None, as_json: bool,
                     efm: Path | None = None) -> tuple[int, str]:
    """``xbrl-export validate PATH [--json] [--efm]``: (exit code, output). Exit 1 on any error.

    ``efm``: the SEC's EDGAR plugin folder; its findings (``EFM.*``) join the others. Without
    taxonomies (:func:`exporter.check.taxonomies.find_taxonomies`) only the exporter's own checks
    run, and a warning says so."""
    from exporter.check import validate
    from exporter.check.taxonomies import find_taxonomies, skipped_warning

    folder = find_taxonomies(taxonomy_dir)
    report = validate.validate(path, folder, efm=efm) if folder is not None else None
    findings = run_checks(path, arelle_report=report)
    if report is None:  # the exporter's own checks only: say so, with the command that fixes it
        findings.insert(0, Finding("EXP.noTaxonomies", "warning", skipped_warning(), source=str(path)))
    output = render_json(findings) if as_json else render_text(findings)
    return (1 if any(f.severity == "error" for f in findings) else 0), output
