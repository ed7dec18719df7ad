"""The mapping report: where each fact came from and why it got its concept.

``facts_frame`` is the table of facts (also the library's DataFrame);
``render_markdown`` the report a reviewer reads: the lines that needed
extension concepts first, then each statement line by line.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from exporter.check import Finding
from exporter.kinds import DecidedBy
from exporter.model import Model, format_value
from exporter.read.provenance import locate
from exporter.understand.calculations import Calculation, Dropped
from exporter.understand.misprints import statement_near_sums
from exporter.understand.periods import FiscalCalendar
from exporter.understand.records import Line, Statement, UnitKind, qname
from exporter.write.cover_report import cover_section

if TYPE_CHECKING:
    import pandas as pd

COLUMNS = {
    "concept": "object",
    "label": "object",
    "statement": "object",
    "period_start": "datetime64[ns]",
    "period_end": "datetime64[ns]",
    "instant": "datetime64[ns]",
    "period": "object",
    "unit": "object",
    "value": "object",
    "value_float": "float64",
    "decimals": "Int64",
    "printed": "object",
    "scale": "int64",
    "confidence": "float64",
    "source": "object",
    "line": "Int64",
    "columns": "object",
    "html_table": "Int64",
    "html_row": "Int64",
    "html_column": "Int64",
    "element": "object",
    "decided_by": "object",
    "reason": "object",
    "alternatives": "object",
    "sign": "object",
}
"""The facts table's columns and their pandas dtypes (``value`` holds ``Decimal`` objects)."""


def fact_rows(model: Model) -> list[dict[str, Any]]:
    """One dict per statement fact, keyed by :data:`COLUMNS` (plain Python values; ``None`` where absent)."""
    lines: dict[tuple[str, int, int], Line] = {}
    ratios: dict[str, Line] = {}  # a share of sales printed beside a line's amounts, by concept
    for st in model.statements:
        for line in st.lines:
            lines.setdefault((st.code, st.table.index, line.row.index), line)
        ratios.update((line.concept, line) for line in st.ratio_lines)
    name = model.source_name
    rows = []
    for f in model.facts:
        ln = ratios.get(f.concept) if not f.prefix else None
        ln = ln or lines.get((f.statement, f.table, f.row))
        w = f.where
        instant = f.period.start is None
        rows.append({
            "concept": model.qname(f),
            "label": f.label,
            "statement": f.statement,
            "period_start": None if instant else f.period.start,
            "period_end": None if instant else f.period.end,
            "instant": f.period.end if instant else None,
            "period": f.period.key(),
            "unit": f.unit,
            "value": f.value,
            "value_float": float(f.value),
            "decimals": f.decimals,
            "printed": f.raw,
            "scale": f.scale,
            "confidence": ln.choice.confidence if ln else None,
            "source": str(w) if w else f"{name}: line {f.line}",
            "line": (w.line or None) if w else f.line,
            "columns": w.columns if w else "",
            "html_table": (w.table or None) if w else None,
            "html_row": (w.row or None) if w else None,
            "html_column": (w.column or None) if w else None,
            "element": w.element if w else "",
            "decided_by": ln.choice.source if ln else "",
            "reason": ln.choice.reason if ln else "",
            "alternatives": "; ".join(f"{a.concept} ({a.score:.2f})"
                                      for a in ln.choice.alternatives) if ln else "",
            "sign": f.sign_reason,
        })
    return rows


def facts_frame(model: Model) -> pd.DataFrame:
    """One row per statement fact, typed: dates as datetime64 (NaT where absent), values as Decimal."""
    import pandas as pd  # the library's table only: the CLI writes the CSV without pandas

    frame = pd.DataFrame(fact_rows(model), columns=list(COLUMNS))
    for col in ("period_start", "period_end", "instant"):
        frame[col] = pd.to_datetime(frame[col])
    return frame.astype(COLUMNS)


def _plain(value: Any) -> Any:
    return value


def _date_cell(value: Any) -> str:
    if type(value) is date and value.year >= 1000:  # (strftime's %Y pads no year below 1000)
        return value.isoformat()
    return f"{value:%Y-%m-%d}"


def _float_cell(value: Any) -> str:
    return repr(float(value))


def _csv_writer(col: str) -> Callable[[Any], Any]:
    """How pandas' ``to_csv`` writes a cell of the typed column ``col`` (see :func:`facts_frame`),
    an empty cell (None, NaN) aside: chosen once per column."""
    if COLUMNS[col] == "datetime64[ns]":
        return _date_cell
    if col == "value":
        return format_value
    if COLUMNS[col] == "float64":
        return _float_cell
    return _plain


def facts_csv(model: Model) -> str:
    """The facts table as CSV (no ``value_float``): dates as YYYY-MM-DD (empty where absent), values in
    plain notation; the same bytes as the DataFrame's ``to_csv``, written without pandas."""
    cols = [c for c in COLUMNS if c != "value_float"]
    writers = [(c, _csv_writer(c)) for c in cols]
    out = [",".join(map(_csv_field, cols))]
    for row in fact_rows(model):
        out.append(",".join([_csv_field(w(v)) if (v := row[c]) is not None and not (isinstance(v, float) and v != v)
                             else "" for c, w in writers]))
    out.append("")
    return "\n".join(out)


def _csv_field(value: Any) -> str:
    """A field as ``csv.writer`` (the excel dialect, ``\\n`` line ends) writes it, without its cost of a
    look-up per character: a string as it is (a ``str`` subclass's own characters), quoted where it
    holds a comma, a quote or a line end; a float by ``repr``, anything else by ``str``."""
    if isinstance(value, str):
        text = value
    elif isinstance(value, float):
        text = repr(value)
    else:
        text = str(value)
    if "," in text or '"' in text or "\n" in text:
        return '"' + text.replace('"', '""') + '"'
    return text


def _esc(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ").replace("<", "&lt;").replace(">", "&gt;")


def _calculations_of(model: Model, st: Statement) -> list[Calculation]:
    """The calculations written for the printed totals of ``st`` (``model.calculations``, decided once)."""
    own = {id(ln) for ln in st.lines}
    return [c for c in model.calculations if id(c.total) in own]


def _calc_notes(calcs: list[Calculation]) -> dict[int, str]:
    notes: dict[int, str] = {}
    for calc in calcs:
        terms = " ".join(f"{'+' if w > 0 else '−'} {p.concept}" for p, w in calc.parts)
        notes[calc.total.row.index] = f"= {terms.lstrip('+ ')}"
        for p, w in calc.parts:
            notes.setdefault(p.row.index, f"{'+' if w > 0 else '−'} in {calc.total.concept}")
    return notes


def _concept(model: Model, ln: Line) -> str:
    """The line's concept as written: its own prefix, or the extension's."""
    return qname(ln.prefix or model.prefix, ln.concept)


_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _calendar(calendar: FiscalCalendar) -> str:
    if calendar.weekday is None:
        return "calendar months"
    return f"52/53-week years ending on a {_DAYS[calendar.weekday]}"


def row_places(model: Model) -> dict[tuple[str, int, int], str]:
    """Where each statement line is printed: ``line 162`` (of the file) or ``table 31, row 5``."""
    out: dict[tuple[str, int, int], str] = {}
    for f in model.facts:
        w = f.where
        if w is not None:
            out.setdefault((f.statement, f.table, f.row), f"table {w.table}, row {w.row}" if w.table else
                           f"line {w.line}")
    for st in model.statements:
        for ln in st.lines:
            out.setdefault((st.code, st.table.index, ln.row.index), locate(st.table, None, ln.row.line).short())
    return out


def arithmetic_findings(model: Model) -> list[Finding]:
    """Printed totals that could not be written as calculations, and why."""
    out: list[Finding] = []
    places = row_places(model)
    for st in model.statements:
        lines = {ln.row.index: ln for ln in st.lines}
        for dropped in (d for d in model.dropped_sums if any(ln is d.total for ln in st.lines)):
            total = dropped.total
            # another table's summation of the concept is the role's limit, not a misreading
            out.append(Finding(
                "EXP.arithmetic", "info" if dropped.reason is Dropped.SUMMED_IN_OTHER_TABLE else "warning",
                f"the printed total {total.display_label!r} = "
                + " ".join(f"{'+' if w > 0 else '-'} {lines[i].display_label!r}" for i, w in dropped.sum.parts
                           if i in lines)
                + f" is not in the calculation linkbase: {dropped.reason.value}",
                concept=_concept(model, total),
                source=places.get((st.code, st.table.index, total.row.index), "")))
        summed = {s.total for s in st.sums}
        for ln in st.lines:
            if ln.unit_kind == UnitKind.MONETARY and ln.display_label.lower().startswith("total") \
                    and ln.row.index in st.sector_summed and ln.row.index not in summed:
                out.append(Finding(
                    "EXP.arithmetic", "info",
                    f"{ln.display_label!r} adds up the sector sections left out of the plain facts (one "
                    f"business's lines each), so no exported lines sum to it", concept=_concept(model, ln),
                    source=places.get((st.code, st.table.index, ln.row.index), "")))
            elif ln.unit_kind == UnitKind.MONETARY and ln.display_label.lower().startswith("total") \
                    and ln.row.index not in summed:
                out.append(Finding(
                    "EXP.arithmetic", "warning",
                    f"{ln.display_label!r} is printed as a total but no run of the lines above it adds "
                    f"up to it in every column: a misprint, a line the reader missed, or a total of "
                    f"lines elsewhere", concept=_concept(model, ln),
                    source=places.get((st.code, st.table.index, ln.row.index), "")))
        out.extend(_near_sum_findings(st, model.prefix, places))
    return out


def _near_sum_findings(st: Statement, prefix: str, places: dict[tuple[str, int, int], str]) -> list[Finding]:
    """A line that the lines above add up to in every column but one: the one column's figures
    disagree with the document's own arithmetic (a misprint, or a figure misread). Where a part's
    sign alone was wrong (:mod:`exporter.understand.misprints`), the figure exported with the
    corrected sign is named instead, printed and exported."""
    lines = {ln.row.index: ln for ln in st.lines}
    fixed = {(f.near.total, f.near.column): f for f in st.sign_fixes.values()}
    exported = {(f.row, f.column): f for f in st.facts}
    out = []
    for near in statement_near_sums(st):
        ln = lines[near.total]
        period = st.periods[near.column] if near.column < len(st.periods) else None
        adds = (f"{ln.display_label!r} = "
                + " ".join(f"{'+' if w > 0 else '-'} {lines[i].display_label!r}" for i, w in near.parts)
                + f" in every column but {'the one of ' + period.label() if period else 'one'}")
        fix = fixed.get((near.total, near.column))
        if fix is None:
            out.append(Finding(
                "EXP.arithmetic", "warning",
                adds + ": there a figure is misprinted or misread (a sign, a digit, a shifted column)",
                concept=qname(ln.prefix or prefix, ln.concept), context=period.key() if period else "",
                source=places.get((st.code, st.table.index, ln.row.index), "")))
            continue
        part = lines[fix.row]
        fact = exported.get((fix.row, near.column))
        cell = part.row.cells[near.column]
        printed = cell.text.strip() if cell is not None else format_value(fix.printed)
        out.append(Finding(
            "EXP.arithmetic", "warning",
            adds + f": there {part.display_label!r} is printed {printed} and exported as "
            + (format_value(fact.value) if fact is not None else "read")
            + f", as if printed {'in' if fix.corrected < 0 else 'without'} parentheses: the sign its other "
              f"columns print, and with it the total adds up there too (a misprinted sign)",
            concept=qname(part.prefix or prefix, part.concept), context=period.key() if period else "",
            source=places.get((st.code, st.table.index, part.row.index), "")))
    return out


REVIEW_FIRST = 15  # how many of the least sure lines the report lists first


def render_markdown(model: Model, validation: str, warnings: list[str],
                    findings: list[Finding] | None = None) -> str:
    c = model.cover
    places = row_places(model)
    out = [f"# Mapping report: {_esc(c.registrant)} — {c.document_type} for the period ended {c.period_end}",
           "",
           f"- Source: `{model.source_name}`",
           f"- CIK: {c.cik} (from {c.cik_source}); prefix `{model.prefix}`; namespace `{model.namespace}`",
           f"- Fiscal calendar: {_calendar(model.calendar)}"
           f"{', fiscal year end ' + c.fiscal_year_end if c.fiscal_year_end else ''}",
           f"- Facts: {len(model.facts)} statement facts, {len(model.dei)} cover (dei) facts, "
           f"{len(model.contexts)} contexts, {len(model.units)} units",
           f"- Validation: {validation}",
           ""]
    ranked = sorted(((ln.choice.confidence, st.code, ln) for st in model.statements for ln in st.lines
                     if ln.prefix and ln.choice.source == DecidedBy.RANKER), key=lambda t: (t[0], t[2].row.line))
    out += ["## Review first: the lowest-confidence concepts", "",
            "Confidence is the measured share of such choices that are the issuer's own concept "
            "(cross-validated on other companies' filings); the least sure come first.", "",
            "| confidence | statement | line | label | concept | runner-up |", "|---:|---|---|---|---|---|"]
    for conf, code, ln in ranked[:REVIEW_FIRST]:
        alt = ln.choice.alternatives[0].concept if ln.choice.alternatives else "—"
        out.append(f"| {conf:.2f} | {code} | {ln.row.line} | {_esc(ln.display_label)} | `{_concept(model, ln)}` | "
                   f"{alt} |")
    out.append("")
    ext = [(st, ln) for st in model.statements for ln in st.lines if not ln.prefix]
    out += cover_section(model)
    out += ["## Lines that needed a company extension concept", ""]
    if ext:
        out += ["| statement | where | label | extension concept | best us-gaap candidate | why not |",
                "|---|---|---|---|---|---|"]
        for st, ln in ext:
            best = ln.choice.alternatives[0] if ln.choice.alternatives else None
            out.append(f"| {st.code} | {places.get((st.code, st.table.index, ln.row.index), '')} | "
                       f"{_esc(ln.display_label)} | "
                       f"`{_concept(model, ln)}` | {best.concept + f' ({best.score:.2f})' if best else '—'} | "
                       f"{_esc(ln.choice.reason)} |")
    else:
        out.append("None: every line has a us-gaap concept.")
    out.append("")
    out += ["## Statements found", ""]
    for st in model.statements:
        periods = ", ".join(p.key() if p else "(no period)" for p in st.periods)
        out.append(f"- **{st.code}** {_esc(st.table.where)}: {_esc(st.reason)}; scale: {_esc(st.scale.source)}; "
                   f"columns: {periods}")
        mapped = [ln for ln in st.lines if ln.prefix]
        conf = sum(ln.choice.confidence for ln in mapped) / len(mapped) if mapped else 0.0
        calcs = _calculations_of(model, st)
        written = sum(1 for c in calcs if not c.repeat)  # these add up to the summations of _cal.xml
        again = f" ({len(calcs) - written} more as written for an earlier table)" if len(calcs) > written else ""
        out.append(f"  - {len(st.lines)} lines, {len(st.facts)} facts, {len(st.lines) - len(mapped)} extension "
                   f"concepts, mean confidence {conf:.2f}, {written} printed totals in the "
                   f"calculation linkbase{again}, {sum(1 for ln in st.lines if ln.factor == -1)} lines stored negated")
    if model.skipped:
        out += ["", "Tables not exported:", ""]
        out += [f"- {_esc(where)}: {_esc(why)}" for where, why in model.skipped]
    for st in model.statements:
        notes = _calc_notes(_calculations_of(model, st))
        out += ["", f"## {st.code}: {_esc(st.table.where)}", "",
                "| where | label | concept | conf. | alternatives | sign | calculation | reason |",
                "|---|---|---|---|---|---|---|---|"]
        for ln in st.lines:
            alts = ", ".join(f"{a.concept} ({a.score:.2f})" for a in ln.choice.alternatives[:2])
            sign = "stored as printed" if ln.factor == 1 else "stored negated"
            out.append(
                f"| {places.get((st.code, st.table.index, ln.row.index), '')} | {_esc(ln.display_label)} | "
                f"`{_concept(model, ln)}` | "
                f"{ln.choice.confidence:.2f} | {_esc(alts)} | {sign}: {_esc(ln.sign_reason)} | "
                f"{_esc(notes.get(ln.row.index, ''))} | {_esc(ln.choice.reason)} |")
    if findings:
        errors = sum(f.severity == "error" for f in findings)
        warns = sum(f.severity == "warning" for f in findings)
        out += ["", f"## Findings ({errors} errors, {warns} warnings)", "",
                "| severity | code | concept | where | message |", "|---|---|---|---|---|"]
        order = {"error": 0, "warning": 1, "info": 2}
        for f in sorted(findings, key=lambda f: order.get(f.severity, 3)):
            out.append(f"| {f.severity} | {f.code} | {_esc(f.concept)} | {_esc(f.source or f.context)} | "
                       f"{_esc(f.message)} |")
    if warnings:
        out += ["", "## Warnings", ""] + [f"- {_esc(w)}" for w in warnings]
    return "\n".join(out) + "\n"
