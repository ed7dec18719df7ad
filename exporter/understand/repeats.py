"""A statement printed again for other periods: the same lines, so the same concepts.

A 10-Q may print its income statement twice, once for the quarter and once for the year to date
(two tables, one after the other). The second often shortens a label the first spells out
("G&A" under "General and administrative (G&A)"), and the ranker, reading each label alone,
may then choose another concept for it: the year-to-date figure lands outside the total it
adds up to. Two statements of one kind and document whose lines pair up one for one, with
(nearly) the same labels, are read as one: each pair of lines takes the better-founded choice
(a reviewer's override first, then the higher ranker score), and the mapping report says so.

The cash-flow statement's first line is another statement's line printed again: the result it
starts from ("Net income", "Income (loss) from continuing operations"). Where the ranker, reading
its label alone, gave it a concept no cash-flow statement starts from (a tax, a result before
taxes: its figures then stored with the sign reversed), and it prints, in every period both
statements date, the figures of the income statement's result line holding a concept the cash
flows do start from (``cash_flow_start`` rows of taxonomy_map/structure.csv), it is that line and
takes its concept. A line already holding such a concept keeps it: the two statements may hold
two facts (the result with or without noncontrolling interests, before or after preferred
dividends) that print the same figures.
"""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

import taxonomy_map
from exporter.kinds import DecidedBy, StatementKind
from exporter.map.labels import tokens
from exporter.understand.records import Line, Statement, UnitKind

SAME_LABELS = float(taxonomy_map.reader_thresholds()["same_labels_share"])
"""The share of paired lines that must carry the same label for two statements to be one."""


def _words(label: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", label.lower()))


def _repeats(a: Statement, b: Statement) -> bool:
    if a.code != b.code or a.table.document is not b.table.document or len(a.lines) != len(b.lines) or not a.lines:
        return False
    pairs = list(zip(a.lines, b.lines, strict=True))
    if any(x.unit_kind != y.unit_kind for x, y in pairs):
        return False
    return sum(_words(x.label) == _words(y.label) for x, y in pairs) >= SAME_LABELS * len(pairs)


def _may_be_one(a: str, b: str) -> bool:
    """May two paired lines' labels name one line: the same words, or some word in common ("G&A" and
    "General and administrative (G&A)")? Two labels sharing no word are two lines, each printed in
    one table alone (the 39 weeks' "Amortization of discount on debt" where the years print "Gain
    on sale of assets")."""
    x, y = set(tokens(a)), set(tokens(b))  # the ranker's words: stop words out, abbreviations spelt out
    return x == y or bool(x & y)


def same_lines(statements: list[Statement]) -> list[Statement]:
    """Give the paired lines of repeated statements one choice; returns the statements changed."""
    changed: dict[int, Statement] = {}
    for i, a in enumerate(statements):
        for b in statements[i + 1:]:
            if not _repeats(a, b):
                continue
            for x, y in zip(a.lines, b.lines, strict=True):
                if x.choice.concept == y.choice.concept or not _may_be_one(x.label, y.label):
                    continue
                best, other = sorted((x, y), key=lambda ln: (ln.choice.source is DecidedBy.OVERRIDE,
                                                             ln.choice.score), reverse=True)
                where = a.table.where if best is x else b.table.where
                other.choice = dataclasses.replace(
                    best.choice, reason=f"{best.choice.reason}; the same line as '{best.display_label}' "
                                        f"of the statement repeated for other periods ({where})")
                changed[id(a)], changed[id(b)] = a, b
    return list(changed.values())


_RESULT = re.compile(taxonomy_map.reader_words()["line_word"]["cash_flow_start"], re.I)  # worded as a result
_STARTS = frozenset(taxonomy_map.structure()["cash_flow_start"])  # the concepts a cash-flow statement starts from


def _figures(st: Statement, ln: Line) -> dict[str, Decimal]:
    """What ``ln`` prints in each dated column of ``st``, at the statement's scale, without its sign."""
    out: dict[str, Decimal] = {}
    for i, cell in enumerate(ln.row.cells):
        period = st.periods[i] if i < len(st.periods) else None
        if cell is not None and period is not None and not period.is_instant:
            out[period.key()] = abs(cell.printed.value).scaleb(st.scale.money)
    return out


def cash_flow_start(statements: list[Statement]) -> list[Statement]:
    """The first line of each cash-flow statement, worded as a result but holding a concept no
    cash-flow statement starts from, that prints the figures of an income-statement line holding one
    in every period both date (two at least, or all of one) takes that line's concept (of several
    such lines, the one of the same words, else none); returns the statements changed."""
    results = [(st, ln) for st in statements if st.code == StatementKind.IS for ln in st.lines
               if ln.unit_kind == UnitKind.MONETARY and ln.choice.concept in _STARTS]
    changed: dict[int, Statement] = {}
    for st in statements:
        if st.code != StatementKind.CF:
            continue
        first = next((ln for ln in st.lines if ln.unit_kind == UnitKind.MONETARY and ln.instant_at is None
                      and _figures(st, ln)), None)
        if first is None or not _RESULT.search(first.label) or first.choice.source is not DecidedBy.RANKER \
                or first.choice.concept in _STARTS:
            continue
        own = _figures(st, first)
        same = []
        for other, ln in results:
            theirs = _figures(other, ln)
            shared = own.keys() & theirs.keys()
            if shared and (len(shared) >= 2 or len(own) == 1) and all(own[k] == theirs[k] for k in shared):
                same.append((other, ln))
        worded = [pair for pair in same if _words(pair[1].label) == _words(first.label)]
        if len(worded) != 1 and len(same) != 1:
            continue
        other, ln = (worded or same)[0]
        first.choice = dataclasses.replace(
            ln.choice, reason=f"{ln.choice.reason}; the income statement's '{ln.display_label}' "
                              f"({other.table.where}), whose figures the cash flows start from")
        first.concept, first.prefix = ln.concept, ln.prefix
        changed[id(st)] = st
    return list(changed.values())
