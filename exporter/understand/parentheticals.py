"""Facts printed inside balance-sheet labels: par value, shares authorized, issued, outstanding.

``Common stock, $0.10 par - shares, Authorized 40,000; Issued and outstanding 18,232 (2003),
and 14,901 (2002)`` holds five facts besides the amount. The share counts are printed at the
table's share scale unless the numbers say otherwise: par value x shares issued must come to
the common-stock amount, which tells the scale whatever the caption claims.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from exporter.read.numbers import parse_number
from exporter.read.provenance import in_label, locate
from exporter.understand.periods import Period
from exporter.understand.records import Fact, Line, Origin, Statement, StatementKind
from exporter.understand.scale import shares_scale_from_par

PARENTHETICAL = "stated in the line's label"
_NUM = r"(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_PAR = re.compile(r"\$\s?(\d*\.\d+|\d+)\s*(?:par|stated)\b|par\s+value\s+(?:of\s+)?\$\s?(\d*\.\d+|\d+)", re.I)
_AUTH = re.compile(
    rf"{_NUM}\s*(?:million\s+)?(?:shares?\s+)?authorized|authorized(?:\s+shares)?[\s:\-–—]+{_NUM}", re.I)
_PAIR = re.compile(
    r"(?P<n1>\d{1,3}(?:,\d{3})+|\d+)\s*(?:shares?\s*)?(?:\((?P<y1>(?:19|20)\d\d)\))?,?\s*and\s+"
    r"(?P<n2>\d{1,3}(?:,\d{3})+|\d+)\s*(?:shares?\s*)?(?:\((?P<y2>(?:19|20)\d\d)\))?", re.I)
_ISSUED = re.compile(r"issued|outstanding", re.I)


@dataclass(frozen=True)
class Parenthetical:
    concept: str
    unit: str
    values: tuple[Decimal | None, ...]  # one per column, printed (unscaled)
    places: int


def _num(text: str) -> Decimal:
    p = parse_number(text)
    return abs(p.value) if p else Decimal(0)


_ALLOWANCE = re.compile(
    r"allowances?\b[^$]{0,80}?\$\s?(?P<n1>\d{1,3}(?:,\d{3})+|\d+)\s*(?:\((?P<y1>(?:19|20)\d\d)\))?"
    r"(?:[,;]?\s*(?:and|\(|\s)\s*\$\s?(?P<n2>\d{1,3}(?:,\d{3})+|\d+)\s*(?:\((?P<y2>(?:19|20)\d\d)\)"
    r"|at\s+[A-Z][a-z]+\.?\s+\d{1,2},?\s+(?P<y3>(?:19|20)\d\d))?)?", re.I)


def read_allowance(label: str, ncols: int, years: list[int]) -> list[Parenthetical]:
    """``net of allowance for doubtful accounts of $425 (2003) and $383 (2002)``."""
    if not re.search(r"receivable", label, re.I):
        return []
    m = _ALLOWANCE.search(label)
    if not m:
        return []
    values: list[Decimal | None] = [None] * ncols
    first, second = _num(m.group("n1")), _num(m.group("n2")) if m.group("n2") else None
    y1, y2 = m.group("y1"), m.group("y2") or m.group("y3")
    if y1 and y2 and years and int(y1) in years and int(y2) in years:
        values[years.index(int(y1))] = first
        if second is not None:
            values[years.index(int(y2))] = second
    else:
        values[0] = first
        if second is not None and ncols > 1:
            values[1] = second
    return [Parenthetical("AllowanceForDoubtfulAccountsReceivableCurrent", "USD", tuple(values), 0)]


def read_label(label: str, ncols: int, years: list[int]) -> list[Parenthetical]:
    """The parenthetical facts a stock line's label states, per balance-sheet column."""
    low = label.lower()
    kind = "Preferred" if "preferred" in low else "Common" if re.search(r"common|capital\s+stock", low) else ""
    if not kind:
        return []
    out: list[Parenthetical] = []
    m = _PAR.search(label)
    if m:
        text = m.group(1) or m.group(2)
        par = Decimal(text)
        places = len(text.split(".")[1]) if "." in text else 0
        out.append(Parenthetical(f"{kind}StockParOrStatedValuePerShare", "USD/shares", (par,) * ncols, places))
    m = _AUTH.search(label)
    if m:
        value = _num(m.group(1) or m.group(2))
        if value:
            out.append(Parenthetical(f"{kind}StockSharesAuthorized", "shares", (value,) * ncols, 0))
    issued = _ISSUED.search(label)
    if issued:
        tail = label[issued.start() - 60 if issued.start() > 60 else 0:]
        m = _PAIR.search(tail)
        values: list[Decimal | None] = [None] * ncols
        if m:
            nums = [_num(m.group("n1")), _num(m.group("n2"))]
            y1, y2 = m.group("y1"), m.group("y2")
            if len(nums) >= 2:
                if y1 and y2 and years:
                    for y, v in ((int(y1), nums[0]), (int(y2), nums[-1])):
                        if y in years:
                            values[years.index(y)] = v
                else:
                    values[0] = nums[0]
                    if ncols > 1:
                        values[1] = nums[-1]
        if not any(v for v in values):
            values = _each_with_year(tail, ncols, years)
        if any(v for v in values):
            low_tail = tail.lower()
            if "issued" in low_tail:
                out.append(Parenthetical(f"{kind}StockSharesIssued", "shares", tuple(values), 0))
            if "outstanding" in low_tail:
                out.append(Parenthetical(f"{kind}StockSharesOutstanding", "shares", tuple(values), 0))
    return out


_EACH = re.compile(
    r"(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s+(?:shares\s+)?(?:issued|outstanding)(?P<rest>[^;]{0,80})", re.I)


def _each_with_year(text: str, ncols: int, years: list[int]) -> list[Decimal | None]:
    """"24,477 shares issued and outstanding as of January 26, 2025; and 24,643 ... as of ..., 2024"."""
    values: list[Decimal | None] = [None] * ncols
    found = list(_EACH.finditer(text))
    for k, m in enumerate(found):
        y = re.search(r"\b((?:19|20)\d\d)\b", m.group("rest"))
        if y and years and int(y.group(1)) in years:
            values[years.index(int(y.group(1)))] = _num(m.group("n"))
        elif not y and k < ncols:
            values[k] = _num(m.group("n"))
    return values


def parenthetical_facts(st: Statement) -> list[Fact]:
    """Facts from the labels of a balance sheet's stock lines."""
    if st.code != "bs":
        return []
    periods = st.periods
    years = [p.end.year if p else 0 for p in periods]
    facts: list[Fact] = []
    stock_lines = []
    for ln in st.lines:
        if ln.unit_kind != "monetary":
            continue
        found = read_allowance(ln.display_label, len(periods), years) if "current" in ln.zone else []
        if re.search(r"stock|capital", ln.display_label, re.I):
            found += read_label(ln.display_label, len(periods), years)
        if found:
            stock_lines.append((ln, found))
    # one share scale for the table: the first line whose numbers prove one, else the caption's
    evidence = [p for ln, found in stock_lines if (p := _share_power(ln, found, st)) is not None]
    power = evidence[0] if evidence else st.scale.shares
    for ln, found in stock_lines:
        for par in found:
            for col, value in enumerate(par.values):
                period = periods[col] if col < len(periods) else None
                if value is None or period is None:
                    continue
                printed = in_label(st.table.document, ln.row.line, value)
                where, raw = printed or (locate(st.table, None, ln.row.line), str(value))
                p = power if par.unit == "shares" else st.scale.money if par.unit == "USD" else 0
                stored = value * (Decimal(10) ** p)
                facts.append(Fact(
                    concept=par.concept, prefix="us-gaap", period=Period(period.end), unit=par.unit,
                    value=stored.quantize(Decimal(1)) if par.unit != "USD/shares" else value,
                    decimals=par.places - p, statement=StatementKind.BS, table=st.table.index, row=ln.row.index,
                    column=col, line=ln.row.line, raw=raw, label=ln.display_label,
                    displayed=value, scale=p, sign_reason=PARENTHETICAL, origin=Origin.LABEL,
                    where=where,
                ))
        st.parentheticals[ln.row.index] = sorted({p.concept for p in found})
    return facts


def _share_power(ln: Line, found: list[Parenthetical], st: Statement) -> int | None:
    """Scale of the label's share counts when par x shares = amount proves it."""
    par = next((p.values[0] for p in found if p.unit == "USD/shares"), None)
    issued = next((p for p in found if p.concept.endswith("Issued") or p.concept.endswith("Outstanding")), None)
    if par and issued:
        for col, shares in enumerate(issued.values):
            cell = ln.row.cells[col] if col < len(ln.row.cells) else None
            if shares and cell is not None and cell.printed.value:
                power = shares_scale_from_par(par, shares, abs(cell.printed.value), st.scale.money)
                if power is not None:
                    return power
    return None
