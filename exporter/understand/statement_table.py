"""One table, classified as a statement, read as a ``Statement``: its scale, its columns' periods,
its lines (without the sector sections and footnote blocks printed among them) and their signs.
"""

from __future__ import annotations

import re
from dataclasses import replace

import taxonomy_map
from exporter.kinds import StatementKind
from exporter.map.overrides import Overrides
from exporter.read.tables import Table
from exporter.understand.arithmetic import find_sums
from exporter.understand.column_periods import (
    column_is_percent,
    dates_read_before,
    entity_columns,
    own_range,
    repeated_dates,
    title_range,
)
from exporter.understand.currency import stated_currency
from exporter.understand.extraction import Extraction
from exporter.understand.facts import build_lines
from exporter.understand.footnote_blocks import footnote_block
from exporter.understand.line_signs import sign_lines
from exporter.understand.periods import ColumnDate, Period, resolve
from exporter.understand.ratios import EXPORTED as RATIOS_EXPORTED
from exporter.understand.ratios import ratio_cells, ratio_columns, ratio_lines, share_base
from exporter.understand.records import Statement
from exporter.understand.restatements import superseded_columns
from exporter.understand.scale import detect_scale, document_scale, footer_scale
from exporter.understand.sectors import sector_sections
from exporter.understand.statements import titled_as

# a column of figures as they would have been, not as reported (taxonomy_map/reader_words.csv)
_HYPOTHETICAL = re.compile(taxonomy_map.reader_words()["heading_word"]["hypothetical"], re.I)


def _closing_words(table: Table) -> list[str]:
    """The lines of words a table prints after its last line of figures, first to last: a
    footnote row inside the table ("(In thousands)" spanning it, or in the label cell)."""
    return [r.label for r in table.rows[table.after_figures():] if r.label.strip()]


def read_statement(
    table: Table, code: str, reason: str, cols: list[ColumnDate], out: Extraction,
    overrides: Overrides | None = None, company: frozenset[str] = frozenset(),
    company_marks: tuple[frozenset[str], bool] = (frozenset(), False), earlier: list[Statement] | None = None,
    aside: bool = False,
) -> Statement | None:
    """The table ``table``, classified as a ``code`` statement, read as one: its scale, each column's
    period (columns of percentages, of figures as they would have been, superseded or of one entity
    among others report none), its lines without sector sections and footnote blocks, their concepts
    and signs; None, said in ``out``, when no column names a date."""
    title = " ".join(table.title)
    scale = detect_scale(title)
    if not scale.stated:
        scale = detect_scale(" ".join(table.headers))
    if not scale.stated:  # a footnote under the figures, else one sentence for all the document's tables
        scale = footer_scale(_closing_words(table) + table.notes,
                             lambda line: any(titled_as([line], c) for c in StatementKind))
    if not scale.stated and table.position < 0:  # a text table: the prose above it
        scale = document_scale("\n".join(table.document.text.split("\n", table.first_line)[:-1]))
    periods: list[Period | None] = []
    percent = [column_is_percent(table, i) for i in range(len(cols))]
    for i, c in enumerate(cols):
        if percent[i]:
            periods.append(None)
            continue
        periods.append(own_range(table.headers[i], code) or title_range(table.headers, i, title, code)
                       or resolve(c, code == StatementKind.BS, out.calendar))
    hypothetical = {i for i, p in enumerate(periods) if p is not None and _HYPOTHETICAL.search(table.headers[i])}
    for i in sorted(hypothetical):
        periods[i] = None
        out.warnings.append(f"{table.where}: column {i + 1} ({table.headers[i]!r}) prints figures as they would "
                            f"have been, not as reported; its values are not exported")
    if not any(periods):
        out.skipped.append((table.where, f"a {code} table whose columns name no dates"))
        return None
    for i, kept in superseded_columns(table.headers, periods).items():
        periods[i] = None
        hypothetical.add(i)  # said here, not again as a column without a period
        out.warnings.append(f"{table.where}: column {i + 1} ({table.headers[i]!r}) prints the figures the "
                            f"restated column {kept + 1} supersedes; its values are not exported")
    dated = periods
    periods = entity_columns(table, periods, out)
    read_before: dict[int, Period] = {}  # a balance sheet's columns whose dates an earlier one exports
    if code == StatementKind.BS:
        periods = repeated_dates(table, periods, out)
        own = periods
        periods = dates_read_before(table, periods, earlier or [], out)
        read_before = {i: p for i, (p, now) in enumerate(zip(own, periods, strict=True)) if p and not now}
    # entity columns and dates an earlier balance sheet reads are said so: not again as columns with no period
    hypothetical |= {i for i, (was, now) in enumerate(zip(dated, periods, strict=True)) if was and not now}
    shares = ratio_columns(table, periods, percent) if code == StatementKind.IS else {}
    for i, p in enumerate(periods):
        if i in shares:
            out.warnings.append(f"{table.where}: column {i + 1} ({table.headers[i]!r}) prints each line's "
                                f"share of {share_base(table, shares)} for {shares[i].key()}: {RATIOS_EXPORTED}")
        elif p is None and i not in hypothetical:
            out.warnings.append(f"{table.where}: column {i + 1} ({table.headers[i]!r}) has no "
                                f"period; its values are not exported")
    table, sector_summed = _without_sectors(table, code, out)
    table = _without_footnote_block(table, out)
    cells = ratio_cells(table, shares)
    table = _without_columns(table, {i for i, p in enumerate(periods) if p is None})
    lines, sums = build_lines(table, code, overrides, company, *company_marks, aside=aside)
    st = Statement(StatementKind(code), table, reason, periods, scale, lines, sums, aside=aside,
                   currency=stated_currency([*table.title, *table.headers]))
    st.sector_summed = sector_summed
    st.read_before = read_before
    if cells:
        st.ratio_periods, st.ratio_cells = shares, cells
        st.ratio_lines = ratio_lines(lines, cells, share_base(table, shares))
    sign_lines(st)
    return st


def _without_columns(table: Table, drop: set[int]) -> Table:
    """The table with the cells of columns that have no period emptied ("% of Revenues"), so a
    row's unit and the printed sums are read from the exported columns only."""
    if not drop:
        return table
    rows = [replace(r, cells=[None if i in drop else c for i, c in enumerate(r.cells)]) for r in table.rows]
    return replace(table, rows=rows)


def _without_footnote_block(table: Table, out: Extraction) -> Table:
    """The table without the footnote block printed below the statement's lines (the note's
    breakdown of a figure: an allocation, segments, categories); the block left out is reported."""
    first = footnote_block(table.rows)
    if first is None:
        return table
    last = table.rows[-1]
    out.warnings.append(
        f"{table.where}: lines {table.file_line(table.rows[first].line)}-{table.file_line(last.line)} are a "
        f"footnote's breakdown printed "
        f"below the statement ({table.rows[first].label!r}), not lines of the statement; not exported")
    return replace(table, rows=table.rows[:first])


def _without_sectors(table: Table, code: str, out: Extraction) -> tuple[Table, frozenset[int]]:
    """The table without its sector sections (one business's lines, not consolidated figures),
    and the rows left (their new indices) whose printed totals add up lines of those sections
    ("Total assets" = the sectors' totals); each section left out is reported."""
    sectors = sector_sections(table.rows)
    if not sectors:
        return table, frozenset()
    left_out = {i for s in sectors for i in range(s.first, s.last + 1)}
    # the claims side never sums the assets (as build_lines reads the statement)
    barriers = frozenset(r.index for r in table.value_rows() if code == StatementKind.BS
                         and re.match(r"total\s+assets\s*$", r.label, re.I))
    summed_old = {s.total for s in find_sums(table.rows, [r.index for r in table.value_rows()], barriers)
                  if any(i in left_out for i, _ in s.parts) and s.total not in left_out}
    for s in sectors:
        out.warnings.append(
            f"{table.where}: lines {table.file_line(table.rows[s.first].line)}-"
            f"{table.file_line(table.rows[s.last].line)} are the {s.name!r} "
            f"section (closed by {table.rows[s.last].label!r}): one sector's figures, not consolidated "
            f"facts; not exported")
    rows = [r for r in table.rows if not any(r.index in s for s in sectors)]
    summed = frozenset(i for i, r in enumerate(rows) if r.index in summed_old)
    return replace(table, rows=[replace(r, index=i) for i, r in enumerate(rows)]), summed
