"""Findings as text for people and as JSON for tools."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable

from exporter.check.finding import SEVERITIES, Finding


def render_text(findings: Iterable[Finding]) -> str:
    """One line per finding, then a count per severity::

    error    DQC_0015  us-gaap:InterestExpense [c-d] line 27: us-gaap:InterestExpense is -12 ...
    1 error, 0 warnings, 0 info
    """
    items = list(findings)
    lines = []
    for finding in items:
        where = " ".join(
            part
            for part in (
                finding.concept,
                f"[{finding.context}]" if finding.context else "",
                finding.source,
            )
            if part
        )
        lines.append(
            f"{finding.severity:<8} {finding.code:<12} {where + ': ' if where else ''}"
            f"{finding.message}"
        )
    counts = Counter(finding.severity for finding in items)
    summary = ", ".join(
        f"{counts[s]} {s}{'s' if s != 'info' and counts[s] != 1 else ''}" for s in SEVERITIES
    )
    lines.append(summary)
    return "\n".join(lines) + "\n"


def render_json(findings: Iterable[Finding]) -> str:
    """``{"findings": [...], "counts": {"error": n, "warning": n, "info": n}}``."""
    items = list(findings)
    counts = Counter(finding.severity for finding in items)
    document = {
        "findings": [finding.as_dict() for finding in items],
        "counts": {severity: counts[severity] for severity in SEVERITIES},
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
