"""Amounts printed inside a line's label, placed in the statement's columns.

A line's label often states the contra amount its figure is net of::

    Trade receivables, less allowances of $485 in 2023 and $500 in 2022
    Property, plant and equipment, net of accumulated depreciation of $23,208 and $22,925
    Premises and equipment, less accumulated depreciation and amortization: 2023, $9,589; 2022, $9,850
    Interest expense-net of capitalized interest of $14.5, $9.5 and $6.8

Which wording states which concept is data (``label_amount`` rows of
taxonomy_map/generic_lines.csv: a regular expression the label must match; the amounts follow
its match). An amount's column is the year printed beside it (``$485 in 2023``, ``$425 (2003)``,
``2023, $9,589``, ``$1 at December 31, 2023``); amounts with no year fill the columns in order.
Only dollar amounts count, at the statement's money scale; more amounts than columns, or years
no column has, state nothing.

Some asides date each amount in full, whatever the columns are, and say what each is
(``label_amount_dated`` rows: a regular expression over the line's name and the words after the
amounts)::

    Total cash and cash equivalents at beginning of period (including $77 and $326 classified as held
    for sale at September 24, 2023 and September 25, 2022)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache

import taxonomy_map
from exporter.read.months import MONTH_STEMS
from exporter.read.numbers import parse_number
from exporter.understand.label_counts import Parenthetical
from exporter.understand.periods import find_dates
from exporter.understand.records import MONEY

_WORDINGS = [(concept, re.compile(rx, re.I))
             for concept, rx in taxonomy_map.generic_lines().get("label_amount", {}).items()]
_TOKEN = re.compile(r"(?P<money>\$\s?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+))"
                    r"|\(?(?P<year>(?:19|20)\d\d)\)?(?!\d)|(?P<close>\))")
# what may stand between an amount and the year after it, or a year and the amount after it
_YEAR_AFTER = re.compile(r"\s*(?:in|for|at|as\s+of|on)?\s*(?:[a-z]{3,9}\.?\s+\d{1,2},?)?\s*", re.I)
_YEAR_BEFORE = re.compile(r"\s*[,:\-–—]?\s*")
# one amount said to hold at every date the statement prints
_EVERY_DATE = re.compile(r"\$\s?[\d,.]+\s+(?:as\s+of|at)\s+(?:each\s+of|both)\b", re.I)


def _amounts(text: str) -> list[tuple[Decimal, int]] | None:
    """The dollar amounts at the start of ``text`` with the year each is printed beside (0: none)."""
    toks: list[tuple[str, str, int, int]] = []
    for m in _TOKEN.finditer(text):
        if m.group("close"):
            break  # the aside closes
        kind = "money" if m.group("money") else "year"
        toks.append((kind, m.group("money") or m.group("year"), m.start(), m.end()))
    out: list[tuple[Decimal, int]] = []
    for i, (kind, value, start, end) in enumerate(toks):
        if kind != "money":
            continue
        parsed = parse_number(value.replace("$", "").strip())
        if parsed is None:
            return None
        year = 0
        prev = toks[i - 1] if i else None
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None and nxt[0] == "year" and _YEAR_AFTER.fullmatch(text[end:nxt[2]].strip(" (")):
            year = int(nxt[1])
        elif prev is not None and prev[0] == "year" and _YEAR_BEFORE.fullmatch(text[prev[3]:start]):
            year = int(prev[1])
        out.append((abs(parsed.value), year))
    return out


@lru_cache(maxsize=8192)
def net_of(label: str) -> frozenset[str]:
    """The concepts a line's label says its figure is net of ("..., less accumulated depreciation"):
    the line is never one of them."""
    return frozenset(concept for concept, rx in _WORDINGS if rx.search(label))


def read_label_amounts(label: str, ncols: int, years: list[int]) -> list[Parenthetical]:
    """The amounts a line's label states after a wording of ``label_amount``, per column."""
    if "$" not in label:
        return []  # no dollar amount to state (most labels): the wordings need not be tried
    for concept, rx in _WORDINGS:
        m = rx.search(label)
        if m is None:
            continue
        found = _amounts(label[m.end():m.end() + 200])
        if not found or len(found) > ncols:
            return []
        if len(found) == 1 and _EVERY_DATE.search(label[m.end():m.end() + 200]):
            found = [(found[0][0], 0)] * ncols  # "$83 as of each of April 29, 2023 and July 30, 2022"
        values: list[Decimal | None] = [None] * ncols
        dated = all(y for _, y in found) and len(set(years)) == len(years)
        for k, (value, year) in enumerate(found):
            if dated:
                if year not in years:
                    return []  # a year no column has: not this table's
                values[years.index(year)] = value
            else:
                values[k] = value
        places = max((len(str(v).split(".")[1]) if "." in str(v) else 0 for v, _ in found), default=0)
        return [Parenthetical(concept, MONEY, tuple(values), places)]
    return []


_DATED_WORDINGS = [(concept, re.compile(rx, re.I))
                   for concept, rx in taxonomy_map.generic_lines().get("label_amount_dated", {}).items()]
_MONEY = r"\$\s?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_DATE = rf"(?:{MONTH_STEMS})[a-z]*\.?\s+\d{{1,2}},?\s+(?:19|20)\d\d"
_AND = r"\s*(?:,\s*(?:and\s+)?|and\s+)"
# amounts, what they are, then their dates in the same order: "$77 and $326 classified as held for
# sale at September 24, 2023 and September 25, 2022"
_DATED = re.compile(rf"(?P<amounts>{_MONEY}(?:{_AND}{_MONEY})*)\s+(?P<what>[^$()]*?)\s+(?:at|as\s+of|on)\s+"
                    rf"(?P<dates>{_DATE}(?:{_AND}{_DATE})*)", re.I)


@dataclass(frozen=True)
class DatedAmount:
    """An amount a label states at a date of its own, as printed (before the money scale)."""

    concept: str
    value: Decimal
    at: date
    places: int


def read_dated_amounts(label: str) -> list[DatedAmount]:
    """The amounts a label's aside dates one by one (``$77 and $326 ... at September 24, 2023 and
    September 25, 2022``) where a ``label_amount_dated`` wording says what they are; as many dates
    as amounts, or nothing."""
    out: list[DatedAmount] = []
    head = label.split("(", 1)[0]
    for m in _DATED.finditer(label):
        concept = next((c for c, rx in _DATED_WORDINGS if rx.search(f"{head} {m.group('what')}")), None)
        amounts = re.findall(_MONEY, m.group("amounts"))
        dates = find_dates(m.group("dates"))
        if concept is None or len(amounts) != len(dates):
            continue
        for amount, at in zip(amounts, dates, strict=True):
            parsed = parse_number(amount.replace("$", "").strip())
            if parsed is None:
                continue
            digits = amount.split(".")[1] if "." in amount else ""
            out.append(DatedAmount(concept, abs(parsed.value), at, len(digits)))
    return out
