"""Facts printed inside balance-sheet labels: par value, shares authorized, issued, outstanding.

``Common stock, $0.10 par - shares, Authorized 40,000; Issued and outstanding 18,232 (2003),
and 14,901 (2002)`` holds five facts besides the amount. The share counts are printed at the
table's share scale unless the numbers say otherwise: par value x shares issued must come to
the common-stock amount, which tells the scale whatever the caption claims.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import taxonomy_map
from exporter.kinds import StatementKind
from exporter.read.numbers import parse_number
from exporter.read.provenance import in_label, locate
from exporter.read.tables import Row
from exporter.understand.facts import SERIES
from exporter.understand.label_amounts import read_dated_amounts, read_label_amounts
from exporter.understand.label_counts import Parenthetical, read_stock_label
from exporter.understand.new_fact import new_fact
from exporter.understand.periods import Period
from exporter.understand.records import MONEY, PER_SHARE_UNIT, SHARES_UNIT, Fact, Line, Origin, Statement, UnitKind
from exporter.understand.scale import Scale, shares_scale_from_par
from taxonomy_map.reserved import deprecated

PARENTHETICAL = "stated in the line's label"
# a stock line, whose label may state its par value and share counts (reader_words.csv)
_STOCK_LINE = re.compile(taxonomy_map.reader_words()["line_word"]["stock_line"], re.I)
# a line of common stock: named so, or by its classes ("Class A, Class B, and Class C stock")
_COMMON = re.compile(taxonomy_map.reader_words()["line_word"]["common_stock"], re.I)  # reader_words.csv
_PAR = re.compile(r"\$\s?(\d*\.\d+|\d+)\s*(?:par|stated)\b|(?:par|stated)\s+value\s+(?:of\s+)?\$\s?(\d*\.\d+|\d+)"
                  r"(?!\d|\s*\d*/)", re.I)
# a par value in words: "one dollar par value", "par value ten cents per share"
_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10, "twenty": 20, "fifty": 50}
_WORDS = "|".join(_WORD_NUMBERS)
_PAR_WORDS = re.compile(rf"\b({_WORDS})\s+(dollars?|cents?)\s+(?:par|stated)\b"
                        rf"|\b(?:par|stated)\s+value\s+(?:of\s+)?({_WORDS})\s+(dollars?|cents?)\b", re.I)


def _par(label: str) -> tuple[Decimal, int] | None:
    """The par or stated value a stock line's label prints, and its decimal places."""
    m = _PAR.search(label)
    if m:
        text = next(g for g in m.groups() if g)
        return Decimal(text), len(text.split(".")[1]) if "." in text else 0
    w = _PAR_WORDS.search(label)
    if w is None:
        return None
    number, unit = (w.group(1), w.group(2)) if w.group(1) else (w.group(3), w.group(4))
    value = Decimal(_WORD_NUMBERS[number.lower()])
    return (value / 100, 2) if unit.lower().startswith("cent") else (value, 0)


def _num(text: str) -> Decimal:
    p = parse_number(text)
    return abs(p.value) if p else Decimal(0)


def read_label(label: str, ncols: int, years: list[int], equal: bool = False) -> list[Parenthetical]:
    """The parenthetical facts a stock line's label states, per balance-sheet column."""
    low = label.lower()
    kind = "Preferred" if "preferred" in low else "Common" if _COMMON.search(low) else ""
    if not kind and "treasury" not in low:
        return []
    out: list[Parenthetical] = []
    stated = _par(label)
    if stated and kind:
        par, places = stated
        out.append(Parenthetical(f"{kind}StockParOrStatedValuePerShare", PER_SHARE_UNIT, (par,) * ncols, places))
    return out + read_stock_label(label, ncols, years, equal)


def parenthetical_facts(st: Statement) -> list[Fact]:
    """Facts from the labels of a balance sheet's stock lines, and the amounts a balance-sheet,
    income-statement or cash-flow line's label says its figure is net of."""
    if st.code not in (StatementKind.BS, StatementKind.IS, StatementKind.CF):
        return []
    # the label's counts fill the dated columns in order (a "% Change" column between them is none); a
    # column whose date an earlier balance sheet exports takes its count, which is not exported twice
    dated = [col for col, p in enumerate(st.periods) if p is not None or col in st.read_before]
    periods = [st.periods[col] for col in dated]
    years = [(p or st.read_before[col]).end.year for col, p in zip(dated, periods, strict=True)]
    facts: list[Fact] = []
    stock_lines: list[tuple[Row, str, list[Parenthetical]]] = []  # (row, its label, the facts it states)
    for ln in st.lines:
        if ln.unit_kind != UnitKind.MONETARY:
            continue
        stated = [_of_section(q, ln.zone) for q in read_label_amounts(ln.display_label, len(periods), years)]
        found = [q for q in stated if q.concept != ln.choice.concept and _fits(q.concept, st.code, ln.zone)]
        if st.code == StatementKind.BS and _STOCK_LINE.search(ln.display_label):
            found += read_label(_with_count_rows(st, ln), len(periods), years, _equal_amounts(ln))
        if st.code == StatementKind.BS:  # what the class's heading states and the line does not
            own = {q.concept for q in found}
            found += [q for q in _class_heading(ln, len(periods), years, st.table.rows) if q.concept not in own]
        if found:
            stock_lines.append((ln.row, ln.display_label, found))
    if st.code == StatementKind.BS:
        stock_lines += _figureless_classes(st, len(periods), years)
    # one share scale for the table: the first line whose numbers prove one, else the caption's
    evidence = [p for row, _, found in stock_lines if (p := _share_power(row, found, st, dated)) is not None]
    power = evidence[0] if evidence else st.scale.shares
    if not evidence and _implausible([p for _, _, found in stock_lines for p in found], power):
        power = 0  # "Authorized - 2,400,000,000 shares" under "(dollars in millions)": counts in units
    for row, label, found in stock_lines:
        line_power = 0 if not evidence and _in_full(found, label, st.scale) else power
        for par in found:
            for k, value in enumerate(par.values):
                period = periods[k] if k < len(periods) else None
                if value is None or period is None:
                    continue
                col = dated[k]
                printed = in_label(st.table.document, row.line, value)
                where, raw = printed or (locate(st.table, None, row.line), str(value))
                p = (par.power if par.power is not None else line_power if par.unit == SHARES_UNIT
                     else st.scale.money if par.unit == MONEY else 0)
                facts.append(new_fact(
                    concept=par.concept, prefix="us-gaap", unit=par.unit,
                    period=Period(period.end) if st.code == StatementKind.BS else period,
                    displayed=value, places=par.places, power=p, statement=st.code,
                    table=st.table.index, row=row.index, column=col, line=row.line, raw=raw,
                    label=label, sign_reason=PARENTHETICAL, origin=Origin.LABEL, where=where,
                ))
        st.parentheticals[row.index] = sorted({p.concept for p in found})
    return _one_value_each(facts + _dated_facts(st, dated))


def _dated_facts(st: Statement, dated: list[int]) -> list[Fact]:
    """The amounts a line's label dates one by one ("$77 and $326 classified as held for sale at
    September 24, 2023 and September 25, 2022"): instants at those dates, each in the column whose
    balance stands at it (a column's end, or in the cash flows the day before it starts); a date no
    column has states nothing."""
    facts: list[Fact] = []
    for ln in st.lines:
        if ln.unit_kind != UnitKind.MONETARY:
            continue
        for amount in read_dated_amounts(ln.display_label):
            known = taxonomy_map.concepts().get(amount.concept)
            col = next((c for c in dated if (p := st.periods[c]) is not None and (
                p.end == amount.at or (st.code == StatementKind.CF and p.start is not None
                                       and p.start - timedelta(days=1) == amount.at))), None)
            if col is None or known is None or known.period_type != "instant" or amount.concept == ln.choice.concept:
                continue
            printed = in_label(st.table.document, ln.row.line, amount.value)
            where, raw = printed or (locate(st.table, None, ln.row.line), str(amount.value))
            facts.append(new_fact(
                concept=amount.concept, prefix="us-gaap", unit=MONEY, period=Period(amount.at),
                displayed=amount.value, places=amount.places, power=st.scale.money, statement=st.code,
                table=st.table.index, row=ln.row.index, column=col, line=ln.row.line, raw=raw,
                label=ln.display_label, sign_reason=PARENTHETICAL, origin=Origin.LABEL, where=where,
            ))
            st.parentheticals[ln.row.index] = sorted({*st.parentheticals.get(ln.row.index, []), amount.concept})
    return facts


_COUNT_ROW = re.compile(r"\bshares\b.*\d{1,3}(?:,\d{3})+|\d{1,3}(?:,\d{3})+.*\bshares\b", re.I)


_STOCK_NAMED = re.compile(taxonomy_map.reader_words()["line_word"]["stock_named"], re.I)  # reader_words.csv


def _with_count_rows(st: Statement, ln: Line) -> str:
    """A stock line's label with the rows printed right under it that state its share counts and
    no amounts ("Treasury stock, at cost:" over "Shares at June 30, 2023: 392,040,626" and "Shares
    at December 31, 2022: 394,787,951"): those rows continue the label."""
    rows = st.table.rows
    k = ln.row.index + 1 if ln.row.index < len(rows) and rows[ln.row.index] is ln.row else len(rows)
    parts = [ln.display_label]
    while k < len(rows) and rows[k].is_heading and _COUNT_ROW.search(rows[k].label) \
            and not _STOCK_NAMED.search(rows[k].label):  # "Common stock – shares issued ...": a line of its own
        parts.append(rows[k].label)
        k += 1
    return " ".join(parts)


_CLASS_FACTS = ("ParOrStatedValuePerShare", "SharesAuthorized")
_CLASS_AMOUNTS = ("PreferredStockLiquidationPreferenceValue",)  # a class's amount its heading prints once
# a class of stock's name opening a label ("Preferred stock, $.01 par value; ...", "Class B common shares")
_CLASS_NAMED = re.compile(taxonomy_map.reader_words()["line_word"]["stock_class"], re.I)  # reader_words.csv


def _figureless_classes(st: Statement, ncols: int, years: list[int]) -> list[tuple[Row, str, list[Parenthetical]]]:
    """A class of stock printed over no figures ("Preferred stock, $.01 par value; authorized
    5,000,000;" over "Issued - none": nothing issued, so no amount) is no heading over lines: its
    label, with the rows set deeper under it that carry no figures, states the class's par value
    and shares authorized, read as :func:`_class_heading` reads a class's heading over its series
    lines ("Preferred stock ($1 par value ...):" over "Series A ..."), which that function does for
    the lines under it. A "none" issued, printed where no figure is, is not read as a count."""
    rows = st.table.rows
    sections = {ln.row.section for ln in st.lines} | {ln.row.parent_label for ln in st.lines}
    out: list[tuple[Row, str, list[Parenthetical]]] = []
    for k, row in enumerate(rows):
        if not row.is_heading or not _CLASS_NAMED.match(row.label) or row.label in sections:
            continue
        parts = [row.label]
        j = k + 1
        while j < len(rows) and rows[j].is_heading and rows[j].indent > row.indent \
                and not _STOCK_NAMED.search(rows[j].label) and not rows[j].label.rstrip().endswith(":"):
            parts.append(rows[j].label)
            j += 1
        label = " ".join(parts)
        found = [p for p in read_label(label, ncols, years, True) if p.concept.endswith(_CLASS_FACTS)]
        if found:
            out.append((row, label, found))
    return out


def _class_heading(ln: Line, ncols: int, years: list[int], rows: list[Row]) -> list[Parenthetical]:
    """The par value, shares authorized and liquidation preference a class of stock's heading states over its series
    ("Preferred stock ($1 par value, 10,000,000 authorized ...):" over "Series A (48,000 issued and
    outstanding ...)  —", "Series A: 1,150,000 shares designated, issued and outstanding"): the
    class's facts, read from the heading each series line stands under, those the series line does
    not state itself (the caller's part), and the class's liquidation preference its heading prints
    once ("(liquidation preference of $ 11,508,113):"). A series' own counts are the series',
    not the class's: they are not read. A line back at the heading's margin after the series set
    deeper ("Common stock ...", "Accumulated deficit") no longer stands under it."""
    if not ln.row.section or not _stands_under(ln.row, rows) or (
            _STOCK_LINE.search(ln.display_label)
            and not SERIES.search(ln.display_label)):
        return []
    return [p for p in read_label(ln.row.section, ncols, years, True) if p.concept.endswith(_CLASS_FACTS)] + [
        p for p in read_label_amounts(ln.row.section, ncols, years) if p.concept in _CLASS_AMOUNTS]


def _stands_under(row: Row, rows: list[Row]) -> bool:
    """Does ``row`` stand in the group of the heading it is filed under (``row.section``)? Where the
    lines under that heading are set deeper than it, a line at the heading's margin or left of it
    ends the group; where they are not, every line until the next heading is in it."""
    k = row.index if row.index < len(rows) and rows[row.index] is row else next(
        (i for i, r in enumerate(rows) if r is row), None)
    if k is None:
        return True
    head = next((j for j in range(k - 1, -1, -1) if rows[j].is_heading and rows[j].label == row.section), None)
    if head is None or head + 1 >= len(rows) or rows[head + 1].indent <= rows[head].indent:
        return True
    return all(r.indent > rows[head].indent for r in rows[head + 1:k + 1])


def _of_section(par: Parenthetical, zone: frozenset[str]) -> Parenthetical:
    """A label amount named for a current line ("Long-term receivables (less allowance: 2023 -
    $342; 2022 - $552)") among the noncurrent lines is the noncurrent concept's, where us-gaap has
    one, and the undivided concept's on a balance sheet with no current section: two receivable
    lines each stating an allowance are two facts, not one fact printed twice."""
    if not par.concept.endswith("Current") or "current" in zone:
        return par
    stem = par.concept.removesuffix("Current")
    other = f"{stem}Noncurrent" if "noncurrent" in zone else stem if "unclassified" in zone else ""
    if other not in taxonomy_map.concepts() or other in deprecated():
        return par
    return replace(par, concept=other)


def _fits(concept: str, code: str, zone: frozenset[str]) -> bool:
    """A label's amount belongs to the statement its concept's period type does (an instant to the
    balance sheet, a duration to the income statement); a current concept to a current line."""
    known = taxonomy_map.concepts().get(concept)
    if known is None or (known.period_type == "instant") != (code == StatementKind.BS):
        return False
    return not concept.endswith("Current") or "current" in zone


def _one_value_each(facts: list[Fact]) -> list[Fact]:
    """Several stock lines stating one concept (classes of common stock): a ``none`` line yields to
    the line that states a number; numbers that differ belong to the classes, not to the
    company, so none of them is kept."""
    by_key: dict[tuple[str, str], list[Fact]] = {}
    for f in facts:
        by_key.setdefault((f.concept, f.period.key()), []).append(f)
    keep: list[Fact] = []
    for same in by_key.values():
        values = {f.value for f in same}
        if len(values) > 1:
            same = [f for f in same if f.value != 0]
            values = {f.value for f in same}
        if len(values) == 1:
            keep.append(same[0])
    return sorted(keep, key=lambda f: (f.row, f.column, f.concept))


def _share_power(row: Row, found: list[Parenthetical], st: Statement, dated: list[int]) -> int | None:
    """Scale of the label's share counts when par x shares = amount proves it (``dated``: the
    table column of each value)."""
    par = next((p.values[0] for p in found if p.unit == PER_SHARE_UNIT), None)
    issued = next((p for p in found if p.concept.endswith("Issued") or p.concept.endswith("Outstanding")), None)
    if par and issued and issued.power is None:
        for k, shares in enumerate(issued.values):
            col = dated[k] if k < len(dated) else len(row.cells)
            cell = row.cells[col] if col < len(row.cells) else None
            if shares and cell is not None and cell.printed.value:
                power = shares_scale_from_par(par, shares, abs(cell.printed.value), st.scale.money)
                if power is not None:
                    return power
    return None


def _equal_amounts(ln: Line) -> bool:
    """The line prints one amount (or none) in every column."""
    printed = {c.printed.value for c in ln.row.cells if c is not None and c.printed is not None}
    return len(printed) <= 1


# a count of a million or more is printed in full: in thousands it would be a billion shares or more, which
# a table states as its share counts' own scale ("shares in thousands") or the label does
_IN_FULL = Decimal(10) ** 6
_LABEL_SCALED = re.compile(taxonomy_map.reader_words()["line_word"]["counts_scaled"], re.I)  # reader_words.csv


def _in_full(found: list[Parenthetical], label: str, scale: Scale) -> bool:
    """Are a stock label's share counts printed in full though the table's figures are scaled
    ("Preferred stock, $.01 par value; authorized 5,000,000 shares" in a table "in thousands")? The
    table's scale is its figure columns'; a label's count of a million shares or more is as written
    unless the scale phrase names the share counts' own scale or the label says it is scaled."""
    if not scale.shares or scale.shares_stated or _LABEL_SCALED.search(label):
        return False
    return any(v is not None and v >= _IN_FULL
               for p in found if p.unit == SHARES_UNIT and p.power is None for v in p.values)


_MOST_SHARES = Decimal(10) ** 12  # more shares than any company has authorized (Alphabet: 300 billion)


def _implausible(found: list[Parenthetical], power: int) -> bool:
    """Would the table's share scale make a printed count absurd (the label prints units)?"""
    return any(v is not None and v * Decimal(10) ** power > _MOST_SHARES
               for p in found if p.unit == SHARES_UNIT and p.power is None for v in p.values)
