"""The concept names of a filing's statement lines: the us-gaap concept chosen, else a company
extension named from the label (:mod:`exporter.understand.naming`), a repeated sub-label named with
the heading it stands under."""

from __future__ import annotations

from exporter.read.tables import Table
from exporter.understand.facts import heading_paths
from exporter.understand.naming import Taken, extension_name
from exporter.understand.ratios import ratio_name
from exporter.understand.records import Line, Statement, UnitKind
from taxonomy_map.reserved import standard_names


def name_extensions(statements: list[Statement]) -> None:
    """The concept of each line of ``statements``: its us-gaap choice, else an extension named from its
    label (one name for one label, kind and unit across the statements), and its ratio lines' names."""
    used = Taken(standard_names())  # an extension named like a us-gaap element is rejected (EFM 6.7.16)
    by_label: dict[tuple[str, str, str], str] = {}
    ratio_names: dict[str, str] = {}
    for st in statements:
        named = _heading_named(st)
        for ln in st.lines:
            if ln.choice.concept:
                ln.concept = ln.choice.concept
                ln.prefix = "us-gaap"
                continue
            label = named.get(ln.row.index, ln.label)
            key = (st.code, label.lower(), ln.unit_kind)
            if key not in by_label:
                by_label[key] = extension_name(label, used)
            ln.concept = by_label[key]
            ln.prefix = ""  # the company prefix, filled in by the writer
        by_row = {ln.row.index: ln for ln in st.lines}
        for ratio in st.ratio_lines:
            amount = by_row[ratio.row.index].concept
            if amount not in ratio_names:  # the quarter's and the year's shares of one line: one concept
                ratio_names[amount] = ratio_name(amount, used)
            ratio.concept = ratio_names[amount]
            ratio.prefix = ""


def _heading_named(st: Statement) -> dict[int, str]:
    """The labels an extension is named from where one statement prints the same words on several
    of its extension lines ("Revenues: / Cloud services" and "Operating expenses: / Cloud services"):
    each such line is named from the heading it stands under and its label (issue class 11), so the
    second is neither a duplicate of the first nor in conflict with it."""
    seen: dict[tuple[str, UnitKind], list[Line]] = {}
    for ln in st.lines:
        if not ln.choice.concept:
            seen.setdefault((ln.label.lower(), ln.unit_kind), []).append(ln)
    repeated = [ln for same in seen.values() if len(same) > 1 for ln in same]
    if not repeated:
        return {}
    paths = heading_paths(st.table)
    named = {}
    for ln in repeated:
        # an inner total ("Total automotive revenues") closes no heading for the lines after it
        heading = next(iter((paths.get(ln.row.index) or [])[-1:]), "") or _heading_above(st.table, ln.row.index)
        if heading:
            named[ln.row.index] = f"{heading.rstrip(' :')} {ln.label}"
    return named


def _heading_above(table: Table, index: int) -> str:
    """The nearest heading row printed above row ``index``."""
    return next((r.label for r in reversed(table.rows[:index]) if r.is_heading), "")
