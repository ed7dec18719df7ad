"""Where each line of a statement stands: a balance sheet's side (assets, liabilities, equity) and
its current or noncurrent part, an income statement's operating, nonoperating, after-tax and other
comprehensive lines, a cash-flow statement's activities, its changes in working capital and the
supplemental lines below its closing balance. The zones are read from the statement's headings and
totals by the words of taxonomy_map/reader_words.csv and generic_lines.csv; the ranker's features
read them (exporter/map/features.py).
"""

from __future__ import annotations

import re

import taxonomy_map
from exporter.kinds import StatementKind
from exporter.read.tables import Row, Table
from exporter.understand.records import BalanceAt, Edge

_WORDS = taxonomy_map.reader_words()  # taxonomy_map/reader_words.csv
_LINE, _HEADING = _WORDS["line_word"], _WORDS["heading_word"]
_GENERIC = taxonomy_map.generic_lines()  # taxonomy_map/generic_lines.csv
# an income statement's operating result and result before income taxes (line_word operating_total, pretax_total)
_RESULT = _WORDS["line_word"]["result"]  # "(loss) income", "earnings/(loss)": a fragment of the two below
_OPERATING_TOTAL = re.compile(_WORDS["line_word"]["operating_total"].replace("{result}", _RESULT), re.I)
_PRETAX_TOTAL = re.compile(_WORDS["line_word"]["pretax_total"].replace("{result}", _RESULT), re.I)
_AFTER_TAX = _WORDS["zone"]["after_tax"]  # the zone of an income statement's lines below its result before income taxes
# the zone of a combined statement's other comprehensive income, and the words that start it
_COMPREHENSIVE = _WORDS["zone"]["comprehensive"]
SIDED = _WORDS["zone"]["sided"]  # a balance-sheet line's zone when the printed "Total assets" bears out its side
_COMPREHENSIVE_PART = re.compile(_WORDS["line_word"]["comprehensive_part"], re.I)
# an income statement's retained earnings at the year's start (balance_word retained_balance, opening)
_RETAINED = re.compile(_WORDS["balance_word"]["retained_balance"], re.I)
_OPENING = re.compile(_WORDS["balance_word"]["opening"], re.I)
# (reader_words.csv) the words a statement's sections are read by, over the lower-cased label: a balance
# sheet's sides and current parts and their totals, a cash-flow statement's activities and net cash
_LIABILITY = re.compile(_HEADING["liabilities"])
_EQUITY = re.compile(_HEADING["equity"])
_CURRENT = re.compile(_HEADING["current"])
_NONCURRENT = re.compile(_HEADING["noncurrent"])
_NONCURRENT_HEADING = re.compile(_HEADING["noncurrent_part"])
_TOTAL_CURRENT = re.compile(_LINE["total_current"])
_TOTAL_ASSETS = re.compile(_LINE["total_assets"])
_TOTAL_LIABILITIES = re.compile(_LINE["total_liabilities"])
# the line that closes a balance sheet: the total of liabilities and equity (reader_words.csv statement_closing)
# an unlabelled total followed by a line naming the claims side (or by none) may be the assets' total
_CLAIMS_START = re.compile(_LINE["claims_start"], re.I)
_CLAIMS_CLOSED = re.compile(_WORDS["statement_closing"][StatementKind.BS], re.I)
_INVESTING = re.compile(_HEADING["investing"])
_FINANCING = re.compile(_HEADING["financing"])
_NET_CASH = re.compile(_LINE["net_cash"])
_NAMED = _WORDS["activity_named"]  # a net cash line naming its activity closes it ("... operations")
_ACTIVITY_NAMED = {"operating": re.compile(_NAMED["operating"]), "investing": re.compile(_NAMED["investing"]),
                   "financing": re.compile(_NAMED["financing"])}
# (ignoring case) a balance sheet's labels that say it is classified ("Total current assets")
_CLASSIFIED = re.compile(_LINE["classified"], re.I)
# an operating heading saying its lines are the changes in working capital: zone -> pattern
_CF_ZONE_HEADINGS = [(zone, re.compile(k, re.I)) for zone, k in _GENERIC["cf_zone_heading"].items()]
# ... and the lines that stay outside that zone all the same ("Deferred income taxes": an expense's words)
_CF_NOT_A_CHANGE = [re.compile(k, re.I) for k in _GENERIC["cf_not_a_change"].values()]
# a reconciliation of net income to the operating cash printed below the closing balance: zone -> pattern
_CF_RECONCILIATION = [(zone, re.compile(k, re.I)) for zone, k in _GENERIC["cf_reconciliation"].items()]
# a cash-flow statement's activities in the order printed; the zone of the lines below its closing balance
_ACTIVITIES = ("operating", "investing", "financing")
SUPPLEMENTAL = "supplemental"


def opens_retained_earnings(row: Row) -> bool:
    """Is ``row`` the retained earnings at the year's start that open an income statement's foot, a
    statement of retained earnings ("Retained earnings at beginning of year", or "Balance at
    beginning of year" under "Retained earnings:")? Its lines are equity's movements: no income
    or expense of the statement, under no heading printed above them ("Costs and expenses:")."""
    return not row.is_heading and bool(_OPENING.search(row.label)) and any(
        _RETAINED.search(t) for t in (row.label, row.parent_label, row.section))


def retained_part(table: Table) -> tuple[int, frozenset[str]]:
    """Where an income statement's foot of retained earnings starts (the row index of
    :func:`opens_retained_earnings`, or past the last row) and the headings printed above it that
    still reach its lines: only one naming the retained earnings ("Retained earnings:")."""
    start = next((r.index for r in table.rows if opens_retained_earnings(r)), len(table.rows))
    above = frozenset(r.label for r in table.rows[:start] if r.is_heading and not _RETAINED.search(r.label))
    return start, above


def _single_step(table: Table) -> bool:
    """Does the income statement print its result before income taxes with no operating result
    above it (a single-step statement: 'Costs and expenses:' then 'Earnings before income taxes')?"""
    for r in table.rows:
        if r.is_heading:
            continue
        if _OPERATING_TOTAL.match(r.label):
            return False
        if _PRETAX_TOTAL.match(r.label):
            return True
    return False


def zones(table: Table, code: str) -> dict[int, frozenset[str]]:
    """Where each row stands: assets/liabilities/equity, current/noncurrent, (non)operating."""
    out: dict[int, frozenset[str]] = {}
    side = "assets"
    current: str | None = None
    equity = False
    operating = "operating"
    activity = "operating"
    open_rows: list[int] = []  # rows of this side not yet known current or noncurrent
    # the last row printing "Total assets": an unlabelled total above it is some item's net
    # ("Property and equipment" less its depreciation), not the assets' total
    assets_total = max((r.index for r in table.rows if not r.is_heading and _TOTAL_ASSETS.match(r.label.lower())),
                       default=-1)
    closed = False  # below the total of liabilities and equity: a block of neither side
    equity_headed = any(r.is_heading and _EQUITY.search(r.label.lower()) and not _LIABILITY.search(r.label.lower())
                        for r in table.rows)  # a heading opening the equity alone ("LIABILITIES AND EQUITY" does not)
    # the label of the next labelled row after each row ("" when none): an unlabelled total the claims
    # do not follow is a subtotal of the assets ("Property ... less accumulated depreciation"), not them all
    following: dict[int, str] = {}
    nxt = ""
    for r in reversed(table.rows):
        following[r.index] = nxt
        nxt = r.label if r.label.strip() else nxt
    if code in (StatementKind.IS, StatementKind.CI) and _single_step(table):
        operating = ""  # its costs and expenses are not told operating or not: no zone says they are
    for r in table.rows:
        lab = r.label.lower()
        sec = r.section.lower()
        z: set[str] = set()
        if code == StatementKind.BS and closed:
            pass  # a memo block under the balance sheet ("Intangible assets:" and its goodwill)
        elif code == StatementKind.BS:
            if r.is_heading:
                if _LIABILITY.search(lab):
                    side = "liabilities"
                    current = None
                    open_rows = []
                elif _EQUITY.search(lab):
                    equity = True
                    side = "liabilities"
                    open_rows = []
                if _CURRENT.search(lab) and not _NONCURRENT.search(lab):
                    current = "current"
                elif _NONCURRENT_HEADING.search(lab):
                    current = "noncurrent"
            if _CURRENT.search(sec) and not _NONCURRENT.search(sec) and current is None:
                current = "current"
            z.add(side)
            if equity:
                z.add("equity")
            elif current:
                z.add(current)
            if not r.is_heading:
                if current is None and not equity:
                    open_rows.append(r.index)
                # an unlabelled total under "Current assets:" closes the current lines as "Total
                # current assets" does
                unlabelled_current = not lab.strip() and current == "current" and bool(
                    _CURRENT.search(sec) and not _NONCURRENT.search(sec))
                if _TOTAL_CURRENT.match(lab) or unlabelled_current:
                    if current is None:  # no "Current assets:" heading: the lines this total closes are current
                        for i in open_rows:
                            out[i] = out.get(i, frozenset()) | {"current"}
                        z.add("current")
                    current = "noncurrent"
                    open_rows = []
                # an unlabelled total under no heading of its own closes the assets (one under
                # "Property, plant, and equipment:" is that heading's total)
                if _TOTAL_ASSETS.match(lab) or (side == "assets" and not lab and r.rule_above
                                                         and current == "noncurrent" and not r.section
                                                         and r.index > assets_total
                                                         and _claims_follow(following[r.index])):
                    side = "liabilities"
                    current = None
                    open_rows = []
                if _TOTAL_LIABILITIES.match(lab):
                    current = None
                    open_rows = []
                    # no heading opens the equity: the lines after the liabilities' total are it
                    # (GE's "Common stock", "Other capital", ... over "Total share owners' equity")
                    equity = equity or not equity_headed
                closed = bool(_CLAIMS_CLOSED.search(lab))
        elif code in (StatementKind.IS, StatementKind.CI):
            if opens_retained_earnings(r):
                operating = _AFTER_TAX  # the foot of retained earnings: below the statement's result
            if operating == _AFTER_TAX and any(_COMPREHENSIVE_PART.search(t) for t in (r.label, r.section)):
                operating = _COMPREHENSIVE  # net income's other comprehensive income follows it to the end
            if operating:
                z.add(operating)
            if not r.is_heading and _OPERATING_TOTAL.match(r.label):
                operating = "nonoperating"
            if not r.is_heading and _PRETAX_TOTAL.match(r.label):
                operating = _AFTER_TAX  # the tax, and what follows it, are no nonoperating income or expense
        elif code == StatementKind.CF:
            lab_h = r.label.lower()
            if r.is_heading and _INVESTING.search(lab_h):
                activity = "investing"
            elif r.is_heading and _FINANCING.search(lab_h):
                activity = "financing"
            closing = _NET_CASH.search(lab_h)
            # a net cash line naming an activity closed above is that activity's (its discontinued
            # part, its total printed after the continuing operations' subtotal)
            z.add(_named_before(lab_h, activity) if closing and not r.is_heading else activity)
            if activity == "operating" and not r.is_heading and not closing \
                    and not any(p.search(r.label) for p in _CF_NOT_A_CHANGE):
                # under "Changes in operating assets and liabilities:" a line is the change in its item
                z.update(zone for zone, heading in _CF_ZONE_HEADINGS if heading.search(r.section))
            if not r.is_heading and closing:
                named = _ACTIVITY_NAMED.get(activity)
                activity = {"operating": "investing", "investing": "financing"}.get(activity, activity) \
                    if named is not None and named.search(lab_h) else activity
        out[r.index] = frozenset(z)
    if code == StatementKind.BS:
        out = {i: z | {SIDED} if _sided(z, i, assets_total) else z for i, z in out.items()}
    return out


def _claims_follow(label: str) -> bool:
    """Is ``label``, the next labelled row's after an unlabelled total, one opening the claims side
    ("LIABILITIES AND SHAREHOLDERS' EQUITY", "Current liabilities:"), or none at all?"""
    return not label.strip() or bool(_CLAIMS_START.search(label))


def _named_before(label: str, activity: str) -> str:
    """The activity a cash-flow net cash ``label`` names when it is one closed before ``activity``
    (else ``activity``): the last-printed activity it names, since "operations" also names what is
    discontinued ("Net cash used in investing activities of discontinued operations")."""
    named = next((a for a in reversed(_ACTIVITIES) if _ACTIVITY_NAMED[a].search(label)), activity)
    return named if _ACTIVITIES.index(named) < _ACTIVITIES.index(activity) else activity


def _sided(zone: frozenset[str], index: int, assets_total: int) -> bool:
    """Does the statement's printed "Total assets" (row ``assets_total``, -1: none) bear out the
    side ``zone`` says the row ``index`` is on: an asset line above it, a claim line below it?"""
    if assets_total < 0 or index == assets_total:
        return False
    if index < assets_total:
        return "assets" in zone
    return bool(zone & {"liabilities", "equity"})


def below_closing(zones: dict[int, frozenset[str]], rows: list[Row],
                   instants: dict[int, BalanceAt | None]) -> dict[int, frozenset[str]]:
    """A cash-flow statement's lines printed below its closing balance belong to no activity: they
    are its supplemental disclosures (cash paid for interest and taxes, noncash investing and
    financing: "Issuance of common stock for an acquisition"), so they stand in a zone of their own."""
    closing = [n for n, r in enumerate(rows)
               if (at := instants[r.index]) is not None and at.edge is not Edge.START
               and any(instants[p.index] is None for p in rows[:n])]
    if not closing:
        return zones
    below = rows[closing[-1] + 1:]
    out = zones | {r.index: frozenset({SUPPLEMENTAL}) for r in below if instants[r.index] is None}
    # a direct-method statement's reconciliation of net income printed below: its lines are the
    # operating activities' (each under "(Increase) decrease in:" the change in its item)
    start = next(((n, zone) for n, r in enumerate(below) for zone, heading in _CF_RECONCILIATION
                  if heading.search(r.label) or heading.search(r.section)), None)
    if start is not None:
        n, zone = start
        for r in below[n:]:
            if instants[r.index] is None:
                out[r.index] = frozenset({zone} | {z for z, heading in _CF_ZONE_HEADINGS if heading.search(r.section)
                                                   and not any(p.search(r.label) for p in _CF_NOT_A_CHANGE)})
    return out


def unclassified(zones: dict[int, frozenset[str]], table: Table, code: str) -> dict[int, frozenset[str]]:
    """A balance sheet with no current section anywhere (a bank's, a finance company's) is
    unclassified: its lines are neither current nor noncurrent, and each zone says so."""
    if code != StatementKind.BS or any(z & {"current", "noncurrent"} for z in zones.values()) or any(
            _CLASSIFIED.search(r.label) for r in table.rows):
        return zones
    return {i: z | {"unclassified"} for i, z in zones.items()}
