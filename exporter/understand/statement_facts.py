"""A statement's facts from its lines as they stand: each printed figure at its column's period,
its line's unit and scale (a line's or its heading's own scale first), its sign factor and its
provenance; the shares of sales printed beside the amounts as ratios; the parentheticals' facts."""

from __future__ import annotations

import re

import taxonomy_map
from exporter.read.provenance import locate
from exporter.understand.balance_dates import balance_date, opened_above
from exporter.understand.currency import money_unit, per_share_unit
from exporter.understand.misprints import sign_fixes
from exporter.understand.new_fact import new_fact
from exporter.understand.parentheticals import parenthetical_facts
from exporter.understand.records import UNIT_OF_KIND, Statement, UnitKind
from exporter.understand.scale import detect_scale


def facts_afresh(st: Statement) -> None:
    """``st``'s facts (its lines' and its parentheticals') read again from its lines as they now stand."""
    st.facts = []
    _facts(st)
    st.facts.extend(parenthetical_facts(st))


_SHARES_HEADING = re.compile(taxonomy_map.reader_words()["heading_word"]["shares"], re.I)  # over share counts


def _facts(st: Statement) -> None:
    scale = st.scale
    st.sign_fixes = sign_fixes(st)  # a figure the document's arithmetic says lost its parentheses
    for ln in st.lines:
        power = {UnitKind.MONETARY: scale.money, UnitKind.SHARES: scale.shares, UnitKind.PER_SHARE: scale.per_share,
                 UnitKind.PERCENT: -2}[ln.unit_kind]  # a percentage is printed at 10**-2 of its fraction
        own = detect_scale(f"{ln.row.parent_label} {ln.row.label}")
        heading = detect_scale(ln.row.section) if _SHARES_HEADING.search(ln.row.section) else None
        if ln.unit_kind in (UnitKind.MONETARY, UnitKind.SHARES) and own.stated:
            power = own.money  # the line says its own scale: "(in thousands)"
        elif ln.unit_kind == UnitKind.SHARES and heading is not None and heading.stated:
            power = heading.money  # the heading over share counts says theirs: "Weighted Average Shares (000s)"
        places_row = max((c.printed.places for c in ln.row.cells if c is not None), default=0)
        opened = opened_above(st, ln)
        for col, cell in enumerate(ln.row.cells):
            if cell is None or col >= len(st.periods):
                continue
            period = st.periods[col]
            if period is None:
                continue
            if ln.instant_at is not None:
                period = balance_date(ln.instant_at, period, opened)
            p = cell.printed
            fix = st.sign_fixes.get((ln.row.index, col))
            st.facts.append(new_fact(
                concept=ln.concept, prefix=ln.prefix, period=period, unit=_unit(st, ln.unit_kind),
                displayed=p.value if fix is None else fix.corrected, places=p.places if not p.dash else places_row,
                power=power,
                factor=ln.factor, statement=st.code, table=st.table.index, row=ln.row.index, column=col,
                line=cell.line, raw=cell.text, label=ln.display_label, sign_reason=ln.sign_reason,
                where=locate(st.table, cell, cell.line),
            ))
    _ratio_facts(st)


def _unit(st: Statement, kind: UnitKind) -> str:
    """The unit key of a ``kind`` fact of ``st``: money and amounts per share in its currency."""
    if kind == UnitKind.MONETARY:
        return money_unit(st.currency)
    if kind == UnitKind.PER_SHARE:
        return per_share_unit(st.currency)
    return UNIT_OF_KIND[kind]


def _ratio_facts(st: Statement) -> None:
    """The shares of sales printed beside the amounts, as pure facts of the amounts' periods."""
    for ln in st.ratio_lines:
        for col, cell in st.ratio_cells.get(ln.row.index, {}).items():
            st.facts.append(new_fact(  # a percentage: stored as a fraction (66.34 -> 0.6634)
                concept=ln.concept, prefix=ln.prefix, period=st.ratio_periods[col], unit=UNIT_OF_KIND[ln.unit_kind],
                displayed=cell.printed.value, places=cell.printed.places, power=-2, statement=st.code,
                table=st.table.index, row=ln.row.index, column=col, line=cell.line, raw=cell.text,
                label=ln.display_label, sign_reason="a ratio as printed", where=locate(st.table, cell, cell.line),
            ))
