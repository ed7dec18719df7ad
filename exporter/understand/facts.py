"""Building facts: statement lines with their concept, unit, periods, scale and sign.

Input: a classified :class:`~exporter.read.tables.Table`. Output: a
:class:`Statement` whose :class:`Line` s carry the mapping decision and whose
:class:`Fact` s carry the stored value (``Decimal``), ``decimals`` and the
provenance of every number (document line, column, raw text).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cache, lru_cache

import taxonomy_map
from exporter.kinds import DecidedBy, StatementKind
from exporter.map import label_scan, mapping, ranker
from exporter.map.labels import strip_clutter, tokens
from exporter.map.mapping import Choice
from exporter.map.overrides import EXTENSION, Overrides
from exporter.read.months import MONTH_STEMS, month_number
from exporter.read.tables import Row, Table
from exporter.understand import line_zones
from exporter.understand.arithmetic import Sum, adds_into, find_sums
from exporter.understand.before_deductions import totals_before_deductions
from exporter.understand.label_amounts import net_of
from exporter.understand.outside import before_deduction, left_out
from exporter.understand.records import BalanceAt, Edge, Line, UnitKind

_WORDS = taxonomy_map.reader_words()  # taxonomy_map/reader_words.csv
# "per common and common equivalent share", "Basic EPS": an amount per share
PER_SHARE = re.compile(_WORDS["line_word"]["per_share"], re.I)
_SHARES = re.compile(_WORDS["line_word"]["shares"], re.I)  # a label that may print share counts
SERIES = re.compile(_WORDS["line_word"]["series"], re.I)  # one series of a class of stock ("Series A: ...")
# "Weighted average shares outstanding:", "Shares used in computing ...": share counts, not money
SHARE_COUNT_HEADING = re.compile(_WORDS["heading_word"]["share_count"], re.I)
# a cash-flow balance by its words: "..., beginning of period", "Cash - beginning", "Beginning cash",
# "Opening balance"; "..., end of year", "Closing balance"
_OPENING = re.compile(_WORDS["balance_word"]["opening"], re.I)
_CLOSING = re.compile(_WORDS["balance_word"]["closing"], re.I)
_GENERIC = taxonomy_map.generic_lines()  # taxonomy_map/generic_lines.csv
REVERSES = re.compile(_GENERIC["sign_wording"]["reverses"], re.I)  # labels whose sign reads reversed
# cash-flow labels that name an outflow whatever concept the line gets: a payment is a credit
OUTFLOW = re.compile(_GENERIC["sign_wording"]["outflow"], re.I)
LOSS_NAMED = re.compile(_GENERIC["sign_wording"]["loss_named"], re.I)  # "NET LOSS": a loss and nothing else
RECEIPT_NAMED = re.compile(_GENERIC["sign_wording"]["receipt_named"], re.I)  # "Cash received for income taxes"
_SHARE_COUNT = re.compile(_GENERIC["unit_wording"]["share_count"], re.I)  # "average number of shares of ... stock"
_SHARES_FOR_MONEY = re.compile(_GENERIC["unit_wording"]["shares_for_money"], re.I)  # "proceeds from sale of X shares"
_NOT_DILUTIVE = re.compile(_GENERIC["unit_wording"]["not_dilutive"], re.I)  # "options having no dilutive effect"
_RATE_IN_LABEL = re.compile(_GENERIC["unit_wording"]["rate_in_label"], re.I)  # "Cash dividends ($.60 per share)"
_ASIDE_PER_SHARE = re.compile(_GENERIC["unit_wording"]["aside_per_share"], re.I)  # "par value (in dollars per share)"
# (reader_words.csv) the words a line's unit is read by: a stock line's money ("Common stock, $1 par value"),
# a line under a share-count heading that is money, a heading that counts shares
_LINE, _HEADING = _WORDS["line_word"], _WORDS["heading_word"]
_STOCK_WORD = re.compile(_LINE["stock_word"], re.I)
_MONEY_WORD = re.compile(_LINE["money_word"], re.I)
_NOT_COUNT_WORD = re.compile(_LINE["not_count_word"], re.I)
_NUMBER_OF = re.compile(_HEADING["number_of"], re.I)
_STOCK_AMOUNT = re.compile(_LINE["stock_amount"], re.I)
_ASIDE_SHARES = re.compile(_GENERIC["unit_wording"]["aside_shares"], re.I)  # "Common stock, shares authorized"
# (reader_words.csv, ignoring case) the line that is "Total assets" alone; the words of a basis alone, a
# total, a deduction of accumulated depreciation, a gross amount's label, the claims' side and a total
# saying no more than no label
_ASSETS_TOTAL_ALONE = re.compile(_LINE["assets_total_alone"], re.I)
_BASIS_START = re.compile(_LINE["basis_start"], re.I)
_TOTAL_START = re.compile(_LINE["total_start"], re.I)
_LESS_DEPRECIATION = re.compile(_LINE["less_depreciation"], re.I)
_SAYS_GROSS_OR_NET = re.compile(_LINE["says_gross_or_net"], re.I)
_DEDUCTION_ABOVE = re.compile(_LINE["deduction_above"], re.I)
_GROSS_WORDING = re.compile(_LINE["gross_wording"], re.I)
_WORD = re.compile(r"[a-z]+")
_NET_LOOKAHEAD = 3  # rows after an unlabelled net amount read for its heading's own net amount
_CLAIMS_START = re.compile(_LINE["claims_start"], re.I)
_BARE_TOTAL = re.compile(_LINE["bare_total"], re.I)  # "TOTAL" alone says no more than no label


def aside_unit_kind(row: Row) -> UnitKind:
    """The unit of a line of a statement's "(Parenthetical)" table: every line there states a number
    its statement's labels leave out, in the unit its own words name (no line is a stock's amount)."""
    if any(c is not None and c.printed.percent for c in row.cells):
        return UnitKind.PERCENT
    if _ASIDE_PER_SHARE.search(row.label):
        return UnitKind.PER_SHARE
    return UnitKind.SHARES if _ASIDE_SHARES.search(row.label) else UnitKind.MONETARY


def unit_kind(row: Row, context: str) -> UnitKind:
    text = f"{context} {row.label}"
    if any(c is not None and c.printed.percent for c in row.cells):
        return UnitKind.PERCENT
    if _STOCK_AMOUNT.search(row.label):
        return UnitKind.MONETARY  # "Common stock, $1 par value per share; 5,000 shares ...": the stock's amount
    if SERIES.search(row.label) and _STOCK_AMOUNT.search(row.section):
        return UnitKind.MONETARY  # "Series A: 1,150,000 shares ..." under its class's "$.001 par value": its amount
    if _SHARE_COUNT.search(row.label) and not PER_SHARE.search(row.label):
        return UnitKind.SHARES  # the wording counts shares, whatever class of stock it names
    if _NOT_DILUTIVE.search(row.label) and all(c.printed.places == 0 for c in row.cells if c is not None):
        return UnitKind.SHARES  # options left out of the diluted shares: a count, whatever it names
    if _RATE_IN_LABEL.search(row.label) and all(c.printed.places == 0 for c in row.cells if c is not None):
        return UnitKind.MONETARY  # "Cash dividends ($.60 per share)": the rate is the label's, the figures money
    if PER_SHARE.search(text) or PER_SHARE.search(row.parent_label):
        heading = f"{row.parent_label} {context}".strip()
        if SHARE_COUNT_HEADING.match(heading) or SHARE_COUNT_HEADING.match(row.label):
            return UnitKind.SHARES
        vals = [c.printed for c in row.cells if c is not None and not c.printed.dash]
        if vals and all(v.places == 0 and abs(v.value) >= 1000 for v in vals):
            return UnitKind.SHARES  # whole numbers in the thousands are share counts, not amounts per share
        return UnitKind.PER_SHARE
    own = row.label
    if _SHARES_FOR_MONEY.search(own):
        return UnitKind.MONETARY  # shares bought or sold: the money paid or received
    if _SHARES.search(own) and not _STOCK_WORD.search(own):
        return UnitKind.SHARES
    near = f"{row.parent_label} {row.section}"  # only the heading right above: "shares" there counts
    counts = SHARE_COUNT_HEADING.match(near.strip())  # "Weighted average shares outstanding:" over its lines
    if _SHARES.search(near) and (counts and not _MONEY_WORD.search(own)
                                 or not _NOT_COUNT_WORD.search(own)):
        places = max((c.printed.places for c in row.cells if c is not None), default=0)
        if places == 0 or SHARE_COUNT_HEADING.search(near) or _NUMBER_OF.search(near):
            return UnitKind.SHARES
    return UnitKind.MONETARY


def _share_parts(rows: list[Row], kinds: dict[int, UnitKind]) -> None:
    """A line between two share counts that adds the first up to the second, in every column, is a
    share count too ("Basic shares | Dilutive common stock options | Diluted shares"), whatever its
    label says."""
    for prev, row, nxt in zip(rows, rows[1:], rows[2:], strict=False):
        if kinds[row.index] != UnitKind.MONETARY or kinds[prev.index] != UnitKind.SHARES \
                or kinds[nxt.index] != UnitKind.SHARES:
            continue
        cols = [(a, b, c) for a, b, c in zip(prev.cells, row.cells, nxt.cells, strict=False)
                if a is not None and c is not None]
        if cols and all(b is not None and a.printed.value + b.printed.value == c.printed.value
                        for a, b, c in cols):
            kinds[row.index] = UnitKind.SHARES


def _money_parts(all_rows: list[Row], rows: list[Row], kinds: dict[int, UnitKind],
                 instants: dict[int, BalanceAt | None],
                 barriers: frozenset[int]) -> tuple[list[int], list[Sum]]:
    """A line whose wording counts shares but whose figures a printed total of money adds up, in
    every column, with other money, is money: "Common shares  323" added into "Total shareholders'
    equity  5,701" is the shares' carrying amount, not 323 shares; "Treasury shares issued for
    401(k) contribution" among a cash-flow statement's adjustments is money too. A total read as a
    count that adds up two money lines or more is money with its parts (the equity lines and their
    total under a heading "Shares outstanding - June 30, 2023: 551,992,430").
    Returns the lines it read and their sums (:func:`find_sums`), for a caller reading the same lines."""
    counted = [r.index for r in rows if kinds[r.index] in (UnitKind.MONETARY, UnitKind.SHARES)
               and not instants[r.index]]
    sums = find_sums(all_rows, counted, barriers)
    changed = True
    while changed:  # a total turned money makes its own parts money ("Total liabilities and equity" first)
        changed = False
        for s in sums:
            lines = [s.total, *(i for i, _ in s.parts)]
            money = sum(1 for i in lines[1:] if kinds[i] == UnitKind.MONETARY)
            if (kinds[s.total] == UnitKind.MONETARY and money or money >= 2) \
                    and any(kinds[i] != UnitKind.MONETARY for i in lines):
                for i in lines:
                    kinds[i] = UnitKind.MONETARY
                changed = True
    return counted, sums


def _per_share_runs(rows: list[Row], kinds: dict[int, UnitKind]) -> None:
    """A line right after an amount per share whose figures all print cents ("Extraordinary item
    (1.49)" under "Loss before extraordinary item per share (0.89)") is an amount per share too:
    the heading that said so was read into the first line's label."""
    for prev, row in zip(rows, rows[1:], strict=False):
        if kinds[row.index] != UnitKind.MONETARY or kinds[prev.index] != UnitKind.PER_SHARE:
            continue
        vals = [c.printed for c in row.cells if c is not None and not c.printed.dash]
        if vals and all(v.places == 2 and abs(v.value) < 100 for v in vals):
            kinds[row.index] = UnitKind.PER_SHARE


def heading_paths(table: Table) -> dict[int, list[str]]:
    """The headings each row sits under, outermost first ("Earnings per share:", "Assuming dilution:").

    A heading nests under the one before it when it is indented further, or when it follows
    it directly with no value row in between; otherwise it replaces headings at its level.
    The retained earnings at the year's start, closing an income statement ("Retained earnings at
    beginning of year" after "Net income"), begin a part of their own: no heading still open above
    ("Costs and expenses:", never closed by a total) reaches them, only one printed right over them
    ("Retained earnings:").
    """
    stack: list[tuple[int, str]] = []
    fresh = False  # the last heading has no value rows under it yet
    out: dict[int, list[str]] = {}
    for r in table.rows:
        if not fresh and line_zones.opens_retained_earnings(r):
            stack.clear()
        if r.is_heading:
            while stack and not fresh and stack[-1][0] >= r.indent:
                stack.pop()
            stack.append((r.indent, r.label))
            fresh = True
            continue
        # a total closes the heading above it, printed with its label or without ("Costs and
        # expenses:" over its lines and an unlabelled sum of them)
        if (r.label.lower().startswith("total") or not r.label.strip()) and stack:
            out[r.index] = [h for _, h in stack]
            stack.pop()
            fresh = False
            continue
        while stack and stack[-1][0] > r.indent and len(stack) > 1:
            stack.pop()
        out[r.index] = [h for _, h in stack]
        fresh = False
    return out


_VAGUE = frozenset(_GENERIC["vague_word"])
_PART_HEADING = re.compile(_WORDS["heading_word"]["part"], re.I)  # "Current assets:", "Investing activities"
_CF_OTHER = _GENERIC["cf_other"]
# a heading naming the statement's expenses as a whole completes a one-word line under it with its key
# alone ("Supplies" under "Operating costs and administrative expenses:" is "Supplies expense")
_WHOLE_HEADING = [(word, re.compile(k, re.I)) for word, k in _GENERIC["whole_heading"].items()]
_OWN_MEANING = re.compile(_GENERIC["per_share_block"]["own_meaning"], re.I)  # taxonomy_map/generic_lines.csv
_HEADING_BASIS = re.compile(_GENERIC["per_share_block"]["heading_basis"], re.I)
_SAYS_BASIS = re.compile(_GENERIC["per_share_block"]["heading_says_basis"], re.I)
_NONCASH = [(re.compile(k, re.I), v) for k, v in _GENERIC["cf_noncash_heading"].items()]
# an operating cash-flow line worded as a pattern here is mapped as the label given ("Minority interest")
_CF_OPERATING_LINE = [(re.compile(k, re.I), v) for k, v in _GENERIC["cf_operating_line"].items()]
# an income-statement line naming one side net of the other ("Interest expense, net"), printed with the
# sign it adds into income, is mapped as the label given: the net amount, which goes either way
_IS_NET_SHOWN_SIGNED = [(re.compile(k, re.I), v) for k, v in _GENERIC["is_net_shown_signed"].items()]


@lru_cache(maxsize=8192)
def _label_tokens(label: str) -> tuple[str, ...]:
    """A label's words as the ranker reads them (kept: a statement's labels are read on every pass)."""
    return tokens(strip_clutter(label))


def _full_label(row: Row, path: list[str] | None = None, kind: UnitKind = UnitKind.MONETARY,
                zone: frozenset[str] = frozenset(), code: str = StatementKind.CF) -> str:
    """The label to map: a short sub-line ("Basic") is completed by its heading(s).

    A heading that only names a part of the statement ("Liabilities:", "Current assets:",
    "Operating activities:") says where the line stands, which the zone carries: it does not
    complete the line ("Deposits" under "Liabilities:" stays "Deposits")."""
    label = row.label
    words0 = _label_tokens(label)
    if words0 and set(words0) <= _VAGUE and code == StatementKind.CF and zone & set(_CF_OTHER):
        # a cash-flow "Other": an adjustment, or another operating/investing/financing item
        activity = next(a for a in _CF_OTHER if a in zone)
        for heading in reversed(path or []) if activity == "operating" else ():
            for under, noncash in _NONCASH:  # the nearest heading that says what the line is
                if under.search(heading):
                    return noncash
        return _CF_OTHER[activity]
    if code == StatementKind.CF and "operating" in zone:
        named = next((as_label for said, as_label in _CF_OPERATING_LINE if said.match(label)), None)
        if named is not None:
            return named
    if code == StatementKind.IS and kind == UnitKind.MONETARY and negative_shown(row):
        named = next((as_label for said, as_label in _IS_NET_SHOWN_SIGNED if said.match(label)), None)
        if named is not None:
            return named
    if path and kind in (UnitKind.PER_SHARE, UnitKind.SHARES):
        # a count of shares is not under the heading of an amount per share ("... per share - diluted")
        heads = [h for h in path[-2:] if not (kind == UnitKind.SHARES and PER_SHARE.search(h))]
        if kind == UnitKind.PER_SHARE and _OWN_MEANING.search(label) and any(_SAYS_BASIS.search(h) for h in heads):
            # a per-share block: the line says what the amount is ("Discontinued operations"), the
            # heading only its basis ("Earnings per share - basic:" -> "per share basic")
            heads = [" ".join(_HEADING_BASIS.findall(h)) for h in heads]
        return " ".join([*(h.rstrip(":") for h in heads), label])
    heading = row.parent_label or row.section
    words = words0
    short = len(words) <= 2 and bool(_BASIS_START.match(label))
    generic = bool(words) and set(words) <= _VAGUE | {"total"}
    # a one- or two-word line under a "Heading:" is that heading's item ("Cost:" / "Services")
    brief = (len(words) <= 1 and bool(row.parent_label) and not _TOTAL_START.match(label)
             and not _PART_HEADING.match(row.parent_label))
    if brief and not generic:
        whole = next((word for word, under in _WHOLE_HEADING if under.match(row.parent_label)), None)
        if whole is not None:
            return f"{label} {whole}"
    if heading and (short or generic or brief or label[:1].islower()):
        return f"{heading.rstrip(':')} {label}"
    return label


def _gross_totals(sums: list[Sum], totals: set[int], rows: list[Row]) -> frozenset[int]:
    """Printed totals that a later sum reduces by accumulated depreciation: the gross amount
    ("Total property, plant, and equipment" over its land, buildings and equipment, then "Accumulated
    depreciation" subtracted, then the net amount), unless their label already says gross or net."""
    out: set[int] = set()
    for s in sums:
        if not any(_LESS_DEPRECIATION.match(rows[i].label) for i, _ in s.parts):
            continue
        out.update(i for i, w in s.parts
                   if w > 0 and i in totals and not _LESS_DEPRECIATION.match(rows[i].label)
                   and not _SAYS_GROSS_OR_NET.search(rows[i].label))
    return frozenset(out)


def any_negative_shown(row: Row) -> bool:
    """Printed in parentheses (or with a minus) in at least one of its columns."""
    return any(c.printed.negative_shown for c in row.cells if c is not None and not c.printed.dash)


def negative_shown(row: Row) -> bool:
    """Printed in parentheses (or with a minus) in most of its columns."""
    vals = [c.printed for c in row.cells if c is not None and not c.printed.dash]
    neg = sum(1 for v in vals if v.negative_shown)
    return bool(vals) and neg * 2 >= len(vals) and neg > 0


_AT_DATE = re.compile(
    rf"\b(?:at|as\s+of)\s+({MONTH_STEMS})[a-z]*\.?\s+(\d{{1,2}})\b", re.I)


# an income statement's share count at a date, not over the period: "Shares outstanding at December 31,"
_SHARES_AT = re.compile(_WORDS["balance_word"]["shares_at"], re.I)  # taxonomy_map/reader_words.csv
_DATED_SUBJECT = re.compile(_WORDS["balance_word"]["dated_subject"], re.I)  # "Cash at June 30": a balance
# an income statement's retained earnings at the year's start or end ("... and Retained Earnings")
_RETAINED_BALANCE = re.compile(_WORDS["balance_word"]["retained_balance"], re.I)


def instant_at(code: str, label: str, heading: str = "") -> BalanceAt | None:
    """A cash-flow line that is a balance: "..., beginning of period", "... at June 30"; an
    income-statement count of the shares outstanding at a date ("Shares outstanding at December 31,"
    beside the weighted averages): at the period's end; an income statement's retained earnings
    "at beginning of year" or "end of year" (a statement of income and retained earnings), by its
    label or the ``heading`` it sits under ("Retained earnings:" over "Balance at beginning of year")."""
    if code == StatementKind.IS and _SHARES_AT.search(label):
        return BalanceAt(Edge.END)
    if code == StatementKind.IS and (_RETAINED_BALANCE.search(label) or _RETAINED_BALANCE.search(heading)):
        return BalanceAt(Edge.START) if _OPENING.search(label) else BalanceAt(Edge.END) if _CLOSING.search(label) \
            else None
    if code != StatementKind.CF:
        return None
    if _OPENING.search(label):
        return BalanceAt(Edge.START)
    if _CLOSING.search(label):
        return BalanceAt(Edge.END)
    m = _AT_DATE.search(label)
    if m and _DATED_SUBJECT.search(label):
        return BalanceAt(Edge.DATE, month_number(m.group(1).lower()[:3]), int(m.group(2)))
    return None


def _own_date(code: str, ln: Line) -> bool:
    """Is ``ln`` a balance by its own words ("Cash at end of year"), not only by its place?"""
    return instant_at(code, ln.row.label) is not None


def _reconciled_closing(rows: list[Row], instants: dict[int, BalanceAt | None],
                        reach: int = 4) -> dict[int, BalanceAt | None]:
    """Lines printed right after a cash-flow statement's closing balance that reconcile it to
    another closing line ("... at end of year | Less restricted cash included in investments |
    Cash and cash equivalents at end of year", or the parts of the closing cash and their total)
    are balances at the end too: up to a line that is a closing balance or prints the same figures."""
    def edge(row: Row) -> Edge | None:
        at = instants[row.index]
        return at.edge if at is not None else None

    out = dict(instants)
    for n, r in enumerate(rows):
        if edge(r) != Edge.END:
            continue
        block: list[Row] = []
        for nxt in rows[n + 1:n + 1 + reach]:
            if nxt.is_heading or edge(nxt) == Edge.START:
                break
            block.append(nxt)
            if edge(nxt) == Edge.END or (len(block) > 1 and _values_key(nxt) == _values_key(r)):
                for b in block:
                    out[b.index] = out[b.index] or BalanceAt(Edge.END)
                break
        for b in _reconciled_at_foot(rows[n + 1:], r, instants):
            out[b.index] = out[b.index] or BalanceAt(Edge.END)
    return out


def _reconciled_at_foot(below: list[Row], closing: Row, instants: dict[int, BalanceAt | None],
                        most: int = 4) -> list[Row]:
    """A block printed further down the statement (after its supplemental disclosures, often under
    "Reconciliation of cash, cash equivalents and restricted cash") whose last line prints the
    ``closing`` balance's figures again and whose lines right above it add up to them ("Cash and cash
    equivalents | Restricted cash | Total cash, cash equivalents and restricted cash"): its parts and
    total, balances at the end too. Only lines no other rule dates are taken."""
    key = _values_key(closing)
    if not any(v is not None for v in key):
        return []
    for n, total in enumerate(below):
        if total.is_heading or instants[total.index] is not None or _values_key(total) != key:
            continue
        parts: list[Row] = []
        for part in reversed(below[max(0, n - most):n]):
            if part.is_heading or instants[part.index] is not None:
                break
            parts.insert(0, part)
            sums = [sum((c.printed.value for p in parts if (c := p.cells[i]) is not None), Decimal(0))
                    for i in range(len(key))]
            if len(parts) > 1 and all(v is None or v == t for v, t in zip(key, sums, strict=True)):
                return [*parts, total]
    return []


def _unlabeled_total(r: Row, code: str, zone: frozenset[str], last: bool,
                     before: list[Row], after: list[Row], heading: str | None = None) -> str:
    """Name a total printed without a label, from what surrounds it: ``heading`` is the innermost
    heading over every part it sums ("Costs and expenses:" over cost of sales and the "Special
    charges:" nested in it), else the heading it sits under."""
    prev = next((b for b in reversed(before) if b.label.strip()), None)
    if prev is not None and _DEDUCTION_ABOVE.match(prev.label):
        # gross, less accumulated depreciation, then the net amount: "Property and equipment, net"
        # the gross amount is the line right above the deduction: a total printed without a label
        # too ("PROPERTY, PLANT AND EQUIPMENT (at cost)" over its parts and their unlabelled sum) is
        # named by the heading it sits under, not by its last part; unless the heading's own net
        # amount is printed further down with its label ("Construction in progress" added, then "Net
        # property, equipment and improvements"): then this one is the depreciable part's
        at = next((i for i in range(len(before) - 1, -1, -1) if before[i] is prev), 0)
        gross = before[at - 1] if at > 0 else None
        name = (gross.label.strip() or gross.section.strip()) if gross is not None else ""
        head = next(iter(_WORD.findall(_GROSS_WORDING.sub("", name).lower())), "")
        if gross is not None and not gross.label.strip() and any(
                head in _WORD.findall(a.label.lower()) for a in after[:_NET_LOOKAHEAD]):
            gross = next((b for b in reversed(before[:at]) if b.label.strip()), None)
            name = gross.label.strip() if gross is not None else ""
        if name:
            base = _GROSS_WORDING.sub("", name)
            return f"{base.rstrip(':')}, net"
    section = r.section if heading is None else heading
    if section:
        return f"Total {section.rstrip(':').lower()}"
    if code == StatementKind.BS and "assets" in zone and "liabilities" not in zone:
        nxt = next((a for a in after if a.label.strip()), None)
        if nxt is None or _CLAIMS_START.search(nxt.label):
            return "Total assets"
    if code == StatementKind.BS and last:
        return "Total liabilities and stockholders' equity"
    return "Total"


def _common_heading(paths: list[list[str]]) -> str | None:
    """The innermost heading every one of a total's parts sits under ("" for none; None: no parts)."""
    if not paths:
        return None
    common: list[str] = []
    for level in zip(*paths, strict=False):  # as deep as the shallowest part
        if any(h != level[0] for h in level):
            break
        common.append(level[0])
    return common[-1] if common else ""


# words of a company's name that say nothing about a line: taxonomy_map/generic_lines.csv
_NAME_STOP = frozenset(_GENERIC["name_legal_word"]) | frozenset(_GENERIC["name_vague_word"])


def name_words(company: str | None) -> frozenset[str]:
    """The words of the registrant's name that say nothing about a line ("Boeing", "Coca-Cola")."""
    if not company:
        return frozenset()
    return frozenset(w for w in re.findall(r"[a-z]+", company.lower()) if w not in _NAME_STOP and len(w) > 2)


def _without_name(label: str, names: frozenset[str]) -> str:
    if not names:
        return label
    kept = [w for w in re.split(r"(\W+)", label) if w.lower() not in names]
    return "".join(kept).strip() or label


def build_lines(table: Table, code: str, overrides: Overrides | None = None,
                company: frozenset[str] = frozenset(), industry_company: frozenset[str] = frozenset(),
                nci_company: bool = False, aside: bool = False) -> tuple[list[Line], list[Sum]]:
    """Decide unit, zone, concept and sign for every value row of a statement table.

    ``company`` are the words of the registrant's name: "Net loss attributable to Boeing
    shareholders" is mapped as "Net loss attributable to shareholders". ``industry_company`` and
    ``nci_company``: the industries whose lines the company's other statements show (a bank's, an
    insurer's), its income or cash-flow statement noncontrolling interests (a balance sheet reads only
    its own lines for these: its total equity includes them when it prints them). ``aside``: the
    table is a statement's "(Parenthetical)" table (:func:`aside_unit_kind`).
    """
    zones = line_zones.unclassified(line_zones.zones(table, code), table, code)
    industry = industry_company | mapping.industries(r.label for r in table.rows)
    nci = (nci_company and code != StatementKind.BS) or bool(
        mapping.NCI_LINES.search(" ".join(r.label for r in table.rows)))
    rows = table.value_rows()
    paths = heading_paths(table)
    if aside:
        kinds = {r.index: aside_unit_kind(r) for r in rows}
    else:
        kinds = {r.index: unit_kind(r, " ".join([*paths.get(r.index, []), r.parent_label, r.section]))
                 for r in rows}
        _per_share_runs(rows, kinds)
        _share_parts(rows, kinds)
    instants = _reconciled_closing(
        rows, {r.index: instant_at(code, r.label, f"{r.parent_label} {r.section}") for r in rows})
    if code == StatementKind.CF:
        zones = line_zones.below_closing(zones, rows, instants)
    barriers = frozenset(
        r.index for r in rows
        if code == StatementKind.BS and "assets" in zones.get(r.index, frozenset())
        and _ASSETS_TOTAL_ALONE.match(r.label)
    )
    counted, counted_sums = _money_parts(table.rows, rows, kinds, instants, barriers)
    eligible = [r.index for r in rows if kinds[r.index] == UnitKind.MONETARY and not instants[r.index]]
    # the same lines as the money check's (no share counts among them): the same sums, found once
    sums = counted_sums if eligible == counted else find_sums(table.rows, eligible, barriers)
    totals = {s.total for s in sums}
    gross = _gross_totals(sums, totals, table.rows)
    over = {s.total: _common_heading([paths.get(i, []) for i, _ in s.parts]) for s in sums}
    # the foot of retained earnings closing an income statement: no heading above it reaches its lines
    foot, above = line_zones.retained_part(table) if code == StatementKind.IS else (len(table.rows), frozenset())
    lines: list[Line] = []
    for n, r in enumerate(rows):
        zone = zones.get(r.index, frozenset())
        lab = r.label if r.label.strip() and not _BARE_TOTAL.match(r.label) else _unlabeled_total(
            r, code, zone, n == len(rows) - 1, table.rows[: r.index], table.rows[r.index + 1:], over.get(r.index))
        section, parent = (r.section, r.parent_label) if r.index < foot else (
            "" if r.section in above else r.section, "" if r.parent_label in above else r.parent_label)
        full = _without_name(_full_label(Row(lab, r.cells, r.line, r.indent, r.raw_label,
                                             r.rule_above, section, parent, r.index),
                                         paths.get(r.index), kinds[r.index], zone, code), company)
        if r.index in gross:
            full += ", gross"
        lines.append(Line(r, full, lab, kinds[r.index], zone, Choice(None, 0, ""),
                          is_total=r.index in totals, instant_at=instants[r.index]))
    # the balance sheet's amounts printed before a deduction (known from the printed sums alone)
    before = before_deduction(sums, lines) if code == StatementKind.BS else frozenset()
    _assign(lines, code, industry, overrides, _SumsSay(deducted=before), nci, confident=False)
    # a second pass: printed totals now know the concepts of their parts
    by_row = {ln.row.index: ln for ln in lines}
    parts = {s.total: frozenset(c for i, _ in s.parts if (c := by_row[i].choice.concept))
             for s in sums if s.total in by_row}
    siblings = frozenset(c for ln in lines if (c := ln.choice.concept))
    # and each part knows the concept of the printed total it adds up to
    within = {i: c for s in sums if s.total in by_row and (c := by_row[s.total].choice.concept)
              for i, _ in s.parts}
    adds = {i: adds_into(by_row[i].row, w) for s in sums if s.total in by_row for i, w in s.parts if i in by_row}
    # the one part of a printed total beside subtotals stands for its whole section ("Other income
    # (expense), net" alone between operating income and income before taxes)
    alone = frozenset(i for s in sums if len(s.parts) > 1 for i, _ in s.parts
                      if i not in totals and all(j in totals for j, _ in s.parts if j != i))
    said = _SumsSay(parts, siblings, within, adds, alone, left_out(sums, lines, code), before)
    _assign(lines, code, industry, overrides, said, nci)
    _parent_of_parts(lines, sums, by_row, code)
    totals_before_deductions(sums, by_row)
    return lines, sums


def _parent_of_parts(lines: list[Line], sums: list[Sum], by_row: dict[int, Line], code: str) -> None:
    """A printed total whose ranked concept us-gaap sums none of its parts into takes the one
    concept us-gaap sums every part into ("Total cash generated (used)" adding the operating,
    investing and financing net cash is the net change in cash, whatever its label's words say):
    the ranker's candidates come from a line's words, the parts' common parent from the tree."""
    idx = mapping.index()
    taken = {ln.choice.concept for ln in lines if ln.choice.concept}
    for s in sums:
        ln = by_row.get(s.total)
        if ln is None or ln.choice.source is not DecidedBy.RANKER or not ln.choice.concept:
            continue
        kids = [by_row[i].choice.concept for i, _ in s.parts if i in by_row]
        if len(kids) < 2 or not all(kids):
            continue
        old = ln.choice.concept
        if any(old in idx.ancestors.get(k or "", frozenset()) for k in kids):
            continue
        common = frozenset.intersection(*(idx.parents.get(k or "", frozenset()) for k in kids)) - taken
        if len(common) != 1:
            if code == StatementKind.IS:
                _total_from_part(ln, s, by_row, idx, taken)
            continue
        (parent,) = common
        reason = f"us-gaap sums every part of this printed total into {parent}, and none into {old}"
        whole = _whole_when_alone(parent, code, taken, idx)
        if whole is not None:
            reason += (f"; {whole} adds to it only parts this statement does not print, so they are one "
                       f"amount, and issuers give it {whole}")
            parent = whole
        ln.choice = replace(
            ln.choice, concept=parent, reason=reason, **ranker.rewritten(ln.choice),
            alternatives=(mapping.Candidate(old, ln.choice.score, ln.choice.reason), *ln.choice.alternatives))
        taken.add(parent)


def _total_from_part(total: Line, s: Sum, by_row: dict[int, Line], idx: mapping.Index, taken: set[str]) -> None:
    """A printed total whose concept sums none of its parts, where one part holds the concept
    us-gaap sums every other part into ("Earnings from discontinued operations, net of income taxes"
    and "Gain on transfer of discontinued operations" over their unlabelled-alike total "EARNINGS
    FROM DISCONTINUED OPERATIONS"): the total takes that concept, and the part its best runner-up
    us-gaap sums into it, else a company extension concept."""
    parts = [by_row[i] for i, _ in s.parts if i in by_row]
    holders = [p for p in parts if p.choice.concept and all(
        q is p or (q.choice.concept and p.choice.concept in idx.ancestors.get(q.choice.concept, frozenset()))
        for q in parts)]
    if len(holders) != 1 or total.choice.concept is None:
        return
    (part,) = holders
    whole = part.choice.concept or ""
    old = total.choice.concept
    runner = next((a.concept for a in part.choice.alternatives if a.concept not in taken and a.concept != old
                   and whole in idx.ancestors.get(a.concept, frozenset())), None)
    total.choice = ranker.retaken(total.choice, whole, f"us-gaap sums every other part of this printed total into "
                                  f"{whole}, which one part held: the total's, not the part's")
    said = f"{whole} is the printed total's, which sums this line with the others"
    if runner is not None:
        part.choice = ranker.retaken(part.choice, runner, f"{said}: {runner}, its runner-up us-gaap sums into it")
        taken.add(runner)
    else:
        part.choice = replace(part.choice, concept=None, reason=f"{said}, and no runner-up fits: a company "
                              f"extension concept", **ranker.rewritten(part.choice))
    taken.discard(old)


def _whole_when_alone(concept: str, code: str, taken: set[str], idx: mapping.Index) -> str | None:
    """The one total us-gaap sums ``concept`` into, when the statement prints none of that total's
    other parts (the amounts are then one: the net change in cash excluding the effect of exchange
    rates, with no exchange-rate line, is the change including it) and issuers give that total
    more often in this statement; else None."""
    wholes = idx.parents.get(concept, frozenset())
    if len(wholes) != 1:
        return None
    (whole,) = wholes
    if whole in taken or idx.usage_in.get((whole, code), 0) <= idx.usage_in.get((concept, code), 0):
        return None
    for c in taken:
        if c != concept and whole in idx.ancestors.get(c, frozenset()) and concept not in idx.ancestors.get(
                c, frozenset()):
            return None  # another part of the whole is printed
    return whole


def _names_of(label: str, concept: str) -> int:
    """How many distinct words of a concept's name the label prints."""
    words = {w.lower() for w in re.findall(r"[A-Z][a-z]+", concept)}
    return len(words & set(re.findall(r"[a-z]+", label.lower())))


def _values_key(row: Row) -> tuple[Decimal | None, ...]:
    return tuple(c.printed.value if c is not None else None for c in row.cells)


@dataclass(frozen=True)
class _SumsSay:
    """What a statement's printed sums say of its lines (by row index), for the ranker: a total's
    parts' concepts, the concepts the other lines got, the concept of the total a part adds up to
    and whether it adds or subtracts (+1, -1), the part alone beside subtotals, the concepts left out
    of a total's sum, the amounts printed before a deduction. The first pass knows only the last."""

    parts: Mapping[int, frozenset[str]] = field(default_factory=dict)
    siblings: frozenset[str] = frozenset()
    within: Mapping[int, str] = field(default_factory=dict)
    adds: Mapping[int, int] = field(default_factory=dict)
    alone: frozenset[int] = frozenset()
    left_out: Mapping[int, frozenset[str]] = field(default_factory=dict)
    deducted: frozenset[int] = frozenset()

    def query(self, ln: Line, code: str, industry: frozenset[str], nci: bool, opposite: bool) -> mapping.LineQuery:
        """The line ``ln`` as the ranker is asked of it: an income statement's balance of money (the
        retained earnings at the year's start or end) as a balance-sheet line is."""
        i = ln.row.index
        if code == StatementKind.IS and ln.instant_at is not None and ln.unit_kind == UnitKind.MONETARY:
            code = StatementKind.BS
        return mapping.LineQuery(
            code, ln.label, unit_kind=ln.unit_kind, zone=ln.zone, negative_shown=negative_shown(ln.row),
            is_total=ln.is_total, industry=industry, parts=self.parts.get(i, frozenset()),
            period_type="instant" if ln.instant_at is not None else "",
            siblings=self.siblings - {ln.choice.concept or ""}, opposite=opposite, within=self.within.get(i, ""),
            nci=nci, adds=self.adds.get(i, 0), alone=i in self.alone, left_out=self.left_out.get(i, frozenset()),
            deducted=i in self.deducted)


def _assign(lines: list[Line], code: str, industry: frozenset[str], overrides: Overrides | None,
            said: _SumsSay, nci: bool, confident: bool = True) -> None:
    """Choose concepts so no two lines with different values share one; overrides come first.
    ``confident=False``: the ranker's choices without their confidence (a first pass, which the
    second replaces)."""
    taken: dict[tuple[str, BalanceAt | None], Line] = {}  # an opening and a closing balance: one concept, two dates
    sharing: dict[tuple[str, BalanceAt | None], list[Line]] = {}  # the lines holding each taken concept
    pending = []
    for ln in lines:
        o = overrides.find(ln.display_label, code) or overrides.find(ln.label, code) if overrides else None
        if o is None:
            pending.append(ln)
            continue
        if o.concept == EXTENSION:
            ln.choice = Choice(None, 1.0, f"override ({o.where}): a company extension concept", (), DecidedBy.OVERRIDE)
        else:
            ln.choice = Choice(o.concept, 1.0, f"override ({o.where})", (), DecidedBy.OVERRIDE, score=99.0)
            taken[(o.concept, ln.instant_at)] = ln
            sharing[(o.concept, ln.instant_at)] = [ln]
    # a printed total is never the concept of one of its own parts
    # nor the amount its label says it is net of ("Premises and equipment, less accumulated depreciation")
    # nor, being net of it, an amount before it ("Furniture and equipment (net of accumulated
    # depreciation ...)" is no FurnitureAndFixturesGross)
    excluded: dict[int, set[str]] = {
        id(ln): set(said.parts.get(ln.row.index, ())) | less | (_gross() if less else set())
        for ln in lines for less in [net_of(ln.display_label)]}
    paired = label_scan.with_opposite(ln.label for ln in lines)
    rounds = 0
    while pending and rounds < 6:
        rounds += 1
        nxt: list[Line] = []
        for ln in pending:
            ch = ranker.choose(said.query(ln, code, industry, nci, ln.label in paired), excluded[id(ln)], confident)
            ln.choice = ch
            if ch.concept is None:
                continue
            key = (ch.concept, ln.instant_at)
            other = taken.get(key)
            if other is None or _values_key(other.row) == _values_key(ln.row):
                if other is None:
                    taken[key] = ln
                    sharing[key] = [ln]
                else:
                    sharing[key].append(ln)  # the same figures: one fact printed twice
                continue
            # two lines want one concept: the one whose label names more of the concept's words keeps
            # it ("Cash, cash equivalents and restricted cash at end of year" over "Cash and cash
            # equivalents at end of year" for CashCashEquivalentsRestrictedCash...), else the
            # better-scored; the other looks again
            mine, theirs = _names_of(ln.label, ch.concept), _names_of(other.label, ch.concept)
            if mine != theirs:
                loser = ln if theirs > mine else other
            elif ln.instant_at is not None and _own_date(code, ln) != _own_date(code, other):
                # a balance its own words date ("... at end of year") over one dated by where it is
                # printed (a part of the cash reconciled at the statement's foot)
                loser = other if _own_date(code, ln) else ln
            else:
                loser = ln if other.choice.score >= ch.score else other
            losers = [loser]
            if loser is other:  # and every line that shared it for printing the same figures
                losers = sharing.get(key, [other])
                taken[key] = ln
                sharing[key] = [ln]
            for x in losers:
                excluded[id(x)].add(ch.concept)
                nxt.append(x)
        pending = nxt
    for ln in pending:  # still contested when the rounds ran out: the line takes an extension concept
        other = taken.get((ln.choice.concept or "", ln.instant_at))
        if other is not None and other is not ln and _values_key(other.row) != _values_key(ln.row):
            ln.choice = replace(ln.choice, concept=None, reason=f"{ln.choice.reason}; {ln.choice.concept} is "
                                f"{other.display_label!r}'s, and no other concept fits: a company extension concept")


_GROSS_PART = taxonomy_map.structure()["name_part"]["gross"][0]


@cache
def _gross() -> frozenset[str]:
    """The concepts whose name says they are an amount before deductions (taxonomy_map/structure.csv)."""
    return frozenset(c for c in mapping.index().concepts if c.endswith(_GROSS_PART))
