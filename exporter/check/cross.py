"""Cross-statement checks: what one statement says must agree with what another says.

They run on the statements as read (``Extraction.statements``), where each fact still knows the
statement, line and column it came from, so a failure can name the likely reading error:

==========================  ================================================================
``EXP.cross.NetIncome``     the cash-flow statement's first line (net income) is the income
                            statement's net income (or another earnings line) for the period
``EXP.cross.Cash``          the cash-flow statement's closing and opening cash are the balance
                            sheet's cash (alone, or with restricted cash) at the same date;
                            a balance dated a few days off the balance sheet's date is misdated
``EXP.cross.Balance``       assets = liabilities + equity (+ temporary equity), where the
                            balance sheet prints no "total liabilities and equity" line
                            (``DQC_0004`` checks that line when it is printed)
``EXP.cross.EPS``           basic earnings per share x weighted-average shares = an earnings line
                            (the classes of stock together, where each prints its own pair)
``EXP.cross.Par``           par value x shares issued (or outstanding) = common stock (or less
                            than it, where the line holds paid-in capital too, unless by a
                            power of ten: a scale misread)
``EXP.cross.Year``          a column of about a year (income, cash flows) lasts twelve months or
                            52 or 53 weeks, unless the statement prints the day it starts (a
                            period from inception): else a date of the column is misread
==========================  ================================================================

Every failure is an error: two statements of one document cannot both be right when they
disagree, and an export that says "0 errors" must be one whose statements agree. The message
names the likely cause: a factor of 1,000 is a scale read wrong, a value found under another
period is a column dated wrong, an opposite sign is a sign rule. One exception: two printed
figures with the same digits, two of them swapped, are the document's own misprint (a warning).
"""

from __future__ import annotations

import enum
import itertools
import re
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache

from exporter.check import durations
from exporter.check.finding import Finding, Severity
from exporter.kinds import StatementKind
from exporter.understand.currency import is_money, is_per_share
from exporter.understand.periods import Period, find_dates, safe_date
from exporter.understand.records import SHARES_UNIT, Fact, Statement
from taxonomy_map import _rows
from taxonomy_map import generic_lines as _lines
from taxonomy_map import reader_words as _words

# the earnings and cash lines the checks compare, by their labels (taxonomy_map/reader_words.csv, cross_label)
_LABEL = {key: re.compile(rx, re.I) for key, rx in _words()["cross_label"].items()}
_EARNINGS_CONCEPT = re.compile(_words()["cross_concept"]["earnings"], re.I)
_EARNINGS_LABEL = _LABEL["earnings"]
_CASH_LABEL = _LABEL["cash"]
_INVESTMENTS = _LABEL["cash_also"]
_RECONCILING = _LABEL["cash_part"]  # a part of the balance, not the balance
_EPS = {"EarningsPerShareBasic": "basic", "EarningsPerShareDiluted": "diluted",
        "EarningsPerShareBasicAndDiluted": "both"}  # the per-share result and the basis its concept names
_SHARES = {"WeightedAverageNumberOfSharesOutstandingBasic": "basic",
           "WeightedAverageNumberOfDilutedSharesOutstanding": "diluted",
           "WeightedAverageNumberOfShareOutstandingBasicAndDiluted": "both"}  # the share counts, likewise
_PAIRS = {"basic": ("basic", "both"), "diluted": ("diluted", "both"), "both": ("both", "basic", "diluted")}
"""For a per-share line of each basis, the bases of the share counts it may be computed on, the likeliest first."""
# for the share counts' scale, the basic per-share lines and the share counts of their pairing, the
# likeliest first: diluted earnings add back what dilutive securities cost
_BASIC_EPS = {eps: tuple(count for want in _PAIRS[basis] if want != "diluted"
                         for count, of in _SHARES.items() if of == want)
              for eps, basis in _EPS.items() if basis != "diluted"}
_BASES = [(key, re.compile(rx, re.I)) for key, rx in _lines().get("per_share_basis", {}).items()]
_EQUITY = ("StockholdersEquity", "StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest")
_MEZZANINE = ("TemporaryEquityCarryingAmountIncludingPortionAttributableToNoncontrollingInterest",
              "TemporaryEquityCarryingAmountAttributableToParent",
              "RedeemableNoncontrollingInterestEquityCarryingAmount", "CommitmentsAndContingencies")
_DILUTED = _LABEL["diluted"]  # one class's diluted EPS line
_NET_EARNINGS = _LABEL["net_earnings"]  # "Net income (loss)"
TOLERANCES_CSV = "check_tolerances.csv"


def _tolerances() -> dict[str, Decimal]:
    """How far the checks let two figures differ, from ``taxonomy_map/check_tolerances.csv``
    (each row says what it allows and where its value comes from)."""
    return {row["name"]: Decimal(row["value"]) for row in _rows(TOLERANCES_CSV)}


_TOLERANCE = _tolerances()
EPS_SLACK = _TOLERANCE["eps_slack"]
TWO_CLASS_SLACK = _TOLERANCE["two_class_slack"]
DILUTED_SLACK = _TOLERANCE["diluted_slack"]
ONE_DIGIT_UNITS = _TOLERANCE["eps_one_digit_units"]
PAR_SLACK = _TOLERANCE["par_slack"]
EPS_PLAUSIBLE = _TOLERANCE["eps_plausible"]
RESTRICTED_SHARE = _TOLERANCE["restricted_share"]
CASH_DATE_DAYS = int(_TOLERANCE["cash_date_days"])


def _tol(fact: Fact) -> Decimal:
    """Half a unit of the last printed digit."""
    return Decimal(5) * Decimal(10) ** (-fact.decimals - 1)


def _same(a: Fact, b: Fact | Decimal, tol: Decimal = Decimal(0)) -> bool:
    if isinstance(b, Fact):
        return abs(a.value - b.value) <= _tol(a) + _tol(b) + tol
    return abs(a.value - b) <= _tol(a) + tol


def _where(f: Fact, st: Statement | None = None) -> str:
    if f.where is not None:  # the file's own line and columns, or the HTML table, row and cell
        return str(f.where)
    table = f"table {f.table + 1}, " if st is None else f"{st.table.where}, "
    return f"{table}line {f.line}"


class CauseKind(enum.Enum):
    SCALE = "scale"
    SIGN = "sign"
    MISPRINT = "misprint"  # the document's own error: a warning, not an error
    MISREAD = "misread"
    PERIODS = "periods"


@dataclass(frozen=True)
class Cause:
    """The likely reason two figures disagree: a kind to decide on, a text to show."""

    kind: CauseKind
    text: str

    def __str__(self) -> str:
        return self.text


def cause(value: Decimal, other: Decimal, slack: Decimal = Decimal("0.02")) -> Cause:
    """The reading error that most often makes ``value`` differ from ``other`` (``slack``: the
    relative difference that still counts as equal)."""
    if other and value:
        ratio = abs(value / other)
        for power in (3, 6, 9):
            k = Decimal(10) ** power
            if abs(ratio / k - 1) <= slack or abs(ratio * k - 1) <= slack:
                return Cause(CauseKind.SCALE, f"one of them is read at the wrong scale (they differ by a "
                                              f"factor of 10^{power}): check the scale phrase of each statement")
        if value == -other:
            return Cause(CauseKind.SIGN, "one of them has the wrong sign: check the sign rules for these lines")
    if misprint(value, other):
        return Cause(CauseKind.MISPRINT, "the two printed figures have the same digits in another order: "
                                         "a misprint in the document")
    return Cause(CauseKind.MISREAD, "a line, column or table misread (a wrong table chosen, a line missed, "
                                    "or periods misdated)")


def misprint(value: Decimal, other: Decimal) -> bool:
    """Two figures whose digits are the same but two of them swapped (4,231,829 / 4,213,829)."""
    a, b = str(abs(value)), str(abs(other))
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y]
    return len(a) == len(b) and len(diff) == 2 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


@dataclass(frozen=True)
class Agreed:
    """One comparison of a check that found the statements agreeing (``code``: the check's)."""

    code: str


def _severity(why: Cause) -> Severity:
    return "warning" if why.kind is CauseKind.MISPRINT else "error"


class _Facts:
    """The facts of one extraction by statement kind, with their statements."""

    def __init__(self, statements: Iterable[Statement]) -> None:
        self.statements = list(statements)
        self.of: dict[str, list[tuple[Fact, Statement]]] = {}
        for st in self.statements:
            for f in st.facts:
                self.of.setdefault(st.code, []).append((f, st))
        self._by_period: dict[str, dict[Period, list[Fact]]] = {}

    def in_period(self, code: str, period: Period) -> list[Fact]:
        """The facts of ``code``'s statements of ``period``, in their order (grouped once per kind)."""
        groups = self._by_period.get(code)
        if groups is None:
            groups = self._by_period[code] = {}
            for f, _ in self.of.get(code, []):
                groups.setdefault(f.period, []).append(f)
        return groups.get(period, [])

    def money(self, code: str) -> list[tuple[Fact, Statement]]:
        return [(f, st) for f, st in self.of.get(code, []) if is_money(f.unit)]

    def concept(self, code: str, name: str) -> list[Fact]:
        return [f for f, _ in self.of.get(code, []) if f.concept == name]


# a result that is its comprehensive result too ("Net loss and comprehensive loss"): still earnings
_AND_COMPREHENSIVE = _LABEL["earnings_and_comprehensive"]


def _earnings(f: Fact) -> bool:
    return _earnings_words(f.concept, f.label)


@lru_cache(maxsize=65536)
def _earnings_words(concept: str, label: str) -> bool:
    """Do a fact's concept or label say earnings (once per concept and label: the checks ask it of
    every fact of a statement several times)?"""
    return bool(_EARNINGS_CONCEPT.search(concept) or _EARNINGS_LABEL.search(label)) \
        and not _LABEL["earnings_not"].search(label) \
        and not (_LABEL["comprehensive"].search(label) and not _AND_COMPREHENSIVE.search(label))


def _starts(cf: list[tuple[Fact, Statement]]) -> list[tuple[Fact, Statement]]:
    """The net income each cash-flow statement starts from: its first line of a length of time, or,
    where that is no earnings line (the direct method: "Cash received from customers" first), the
    net income that opens the reconciliation printed below the activities."""
    out: list[tuple[Fact, Statement]] = []
    for st in {id(st): st for _, st in cf}.values():
        own = [f for f, s in cf if s is st and not f.period.is_instant]
        rows = sorted({f.row for f in own})
        first = [f for f in own if rows and f.row == rows[0] and _earnings(f)]
        if not first:
            opening = next((r for r in rows if any(f.row == r and _NET_EARNINGS.match(f.label) for f in own)), None)
            first = [f for f in own if f.row == opening and _earnings(f)]
        out += [(f, st) for f in first]
    return out


def check_net_income(facts: _Facts) -> Iterator[Finding | Agreed]:
    """The cash-flow statement starts from the income statement's net income."""
    cf = facts.money(StatementKind.CF)
    if not cf:
        return
    starts = _starts(cf)
    income = [f for f, _ in facts.money(StatementKind.IS) if _earnings(f)]
    for f, st in starts:
        same_period = [g for g in income if g.period == f.period]
        if not same_period:
            continue
        if any(_same(f, g) for g in same_period):
            yield Agreed("EXP.cross.NetIncome")
            continue
        # the line it most likely is: the same figure with the other sign, else the one worded as
        # net income ("Net income (loss)", not "Equity in net income of affiliates"), else the last
        net = next((g for g in same_period if g.value == -f.value),
                   next((g for g in same_period if _NET_EARNINGS.match(g.label)),
                        next((g for g in same_period if _LABEL["net_earnings_anywhere"].search(g.label)),
                             same_period[-1])))
        elsewhere = [g for g in income if g.period != f.period and _same(f, g)]
        why = (Cause(CauseKind.PERIODS, f"the columns are dated differently in the two statements "
                                        f"({f.label!r} is the income statement's figure for "
                                        f"{elsewhere[0].period.label()})") if elsewhere
               else cause(f.value, net.value))
        yield Finding("EXP.cross.NetIncome", _severity(why),
                      f"net income differs between the cash-flow statement ({f.label!r} {f.value}) and "
                      f"the income statement ({net.label!r} {net.value}) for {f.period.label()}: {why}",
                      concept=f.qname, context=f.period.key(), source=_where(f, st))


def _cash_lines(bs: list[Fact], balance: Fact) -> list[Fact]:
    """The balance-sheet lines the cash-flow statement's ``balance`` may add up (its label may
    name marketable securities or short-term investments too)."""
    also = _INVESTMENTS if _INVESTMENTS.search(balance.label) else None
    return [f for f in bs if is_money(f.unit)
            and (_CASH_LABEL.search(f.label) or "Cash" in f.concept or also and also.search(f.label))
            and not _LABEL["cash_not"].search(f.label)]


def check_cash(facts: _Facts) -> Iterator[Finding | Agreed]:
    """The cash-flow statement's opening and closing cash are the balance sheet's cash."""
    bs = [f for f, _ in facts.of.get(StatementKind.BS, [])]
    dates = sorted({f.period.end for f in bs})
    for f, st in facts.money(StatementKind.CF):
        if not f.period.is_instant:
            continue
        if _RECONCILING.match(f.label):
            continue
        d = f.period.end
        cash = [g for g in _cash_lines(bs, f) if g.period.end == d]
        if d not in dates:
            near = [b for b in dates if 0 < abs((b - d).days) <= CASH_DATE_DAYS]
            if near:
                yield Finding("EXP.cross.Cash", "error",
                              f"the cash-flow statement's balance {f.label!r} is dated {d} but the balance "
                              f"sheet is dated {near[0]}: the balance is misdated (an opening balance is "
                              f"the previous balance-sheet date, not a calendar month end)",
                              concept=f.qname, context=f.period.key(), source=_where(f, st))
            continue
        if not cash:
            continue
        sums = [sum((g.value for g in combo), Decimal(0))
                for n in (1, 2, 3) for combo in itertools.combinations(cash, n)]
        # equal, or larger by restricted cash the balance sheet keeps within other lines
        room = RESTRICTED_SHARE * abs(f.value) if _LABEL["restricted_cash"].search(f.label) else _tol(f) * 4
        if any(-_tol(f) * 4 <= f.value - s <= room for s in sums):
            yield Agreed("EXP.cross.Cash")
            continue
        first = cash[0]
        yield Finding("EXP.cross.Cash", "error",
                      f"cash in the cash-flow statement ({f.label!r} {f.value} at {d}) is not the balance "
                      f"sheet's cash ({first.label!r} {first.value}), nor with restricted cash: "
                      f"{cause(f.value, first.value)}",
                      concept=f.qname, context=f.period.key(), source=_where(f, st))


def check_balance(facts: _Facts) -> Iterator[Finding | Agreed]:
    """Assets = liabilities + equity where no "total liabilities and equity" line is printed."""
    bs = [f for f, _ in facts.of.get(StatementKind.BS, []) if is_money(f.unit)]
    for d in sorted({f.period.end for f in bs}):
        at = {f.concept: f for f in reversed(bs) if f.period.end == d}
        assets, liabilities = at.get("Assets"), at.get("Liabilities")
        if assets is None or liabilities is None or "LiabilitiesAndStockholdersEquity" in at:
            continue
        equities = [at[c] for c in _EQUITY if c in at]
        if not equities:
            continue
        mezz = [at[c] for c in _MEZZANINE if c in at]
        if any(_same(assets, liabilities.value + e.value + sum((m.value for m in extra), Decimal(0)),
                     _tol(liabilities) + _tol(e))
               for e in equities for extra in ([], mezz)):
            yield Agreed("EXP.cross.Balance")
            continue
        total = liabilities.value + equities[-1].value
        yield Finding("EXP.cross.Balance", "error",
                      f"total assets ({assets.value}) are not liabilities ({liabilities.value}) plus equity "
                      f"({equities[-1].value}) at {d}: {cause(assets.value, total)}",
                      concept=assets.qname, context=assets.period.key(), source=_where(assets))


def _basis(f: Fact, by_concept: dict[str, str]) -> str:
    """The basis of a per-share line or share count: what its label says ("basic and diluted",
    "diluted", "basic"; taxonomy_map/generic_lines.csv), else what its concept says (a line under a
    "Basic:" or "Diluted:" heading took the heading's concept)."""
    return next((key for key, rx in _BASES if rx.search(f.label)), by_concept.get(f.concept, ""))


def check_eps(facts: _Facts) -> Iterator[Finding | Agreed]:
    """Earnings per share x weighted-average shares is an earnings line of the same period: basic,
    diluted, or the one line of both, each with the share count of its own basis."""
    income = [f for f, _ in facts.money(StatementKind.IS) if _earnings(f)]
    lines = [f for f, _ in facts.of.get(StatementKind.IS, [])]
    counts = [(s, _basis(s, _SHARES)) for s in lines if s.concept in _SHARES and s.unit == SHARES_UNIT and s.value]
    for eps in (f for f in lines if f.concept in _EPS):
        basis = _basis(eps, _EPS)
        shares = next((s for want in _PAIRS.get(basis, ()) for s, b in counts
                       if b == want and s.period == eps.period), None)
        earned = [g for g in income if g.period == eps.period]
        if shares is None or not earned:
            continue
        classes = [(eps, shares), *_other_classes(facts, eps, shares)]
        if basis == "diluted" and len(classes) > 1:
            continue  # the classes' diluted amounts do not add up: the if-converted method counts
            # one class's shares in another's diluted count too
        product = sum((e.value * n.value for e, n in classes), Decimal(0))
        slack = sum((Decimal("0.005") * abs(n.value) + abs(e.value) * _tol(n) * 2 for e, n in classes),
                    Decimal(0))
        if abs(eps.value) < 10 * _tol(eps) * 2:  # one significant digit ("(0.01)"): the document's own
            slack += ONE_DIGIT_UNITS * _tol(eps) * 2 * abs(shares.value)  # rounding may be a unit off
        share = EPS_SLACK if len(classes) == 1 else TWO_CLASS_SLACK
        diluted = basis == "diluted" and _basis(shares, _SHARES) == "diluted"
        if diluted:
            share = max(share, DILUTED_SLACK)  # diluted earnings add back what dilutive securities cost
        if any(abs(abs(product) - abs(g.value)) <= slack + _tol(g) + share * abs(g.value) for g in earned):
            yield Agreed("EXP.cross.EPS")
            continue
        net = next((g for g in earned if _LABEL["net_earnings_anywhere"].search(g.label)),
                   earned[-1])
        said = " + ".join(f"{e.label!r} ({e.value}) x {n.label!r} ({n.value})" for e, n in classes)
        why = cause(product, net.value, (slack + _tol(net)) / abs(net.value) + share)
        if diluted and why.kind is not CauseKind.SCALE:  # diluted earnings are net income plus what is
            # added back (interest on convertible notes, 10% of it and more): only a count read at another
            # scale is sure to be a misreading; the rest is said, for a reviewer to look at
            yield Finding("EXP.cross.EPS", "warning",
                          f"{said} = {product:.0f} is {_percent(product, net.value)} net income for "
                          f"{eps.period.label()} ({net.value}): diluted earnings differ from it by what "
                          f"dilutive securities change (interest on convertible notes added back, "
                          f"noncontrolling holders' units exchanged); if the statement has none, {why}",
                          concept=eps.qname, context=eps.period.key(), source=_where(eps))
            continue
        yield Finding("EXP.cross.EPS", "error",
                      f"{said} = {product:.0f} matches no earnings line for {eps.period.label()} "
                      f"(net: {net.value}): {why}",
                      concept=eps.qname, context=eps.period.key(), source=_where(eps))


def _percent(value: Decimal, of: Decimal) -> str:
    """How far ``value`` is from ``of``, in words ("12.3% above")."""
    if not of:
        return "beside"
    diff = (abs(value) - abs(of)) / abs(of) * 100
    return f"{abs(diff):.1f}% {'above' if diff >= 0 else 'below'}"


def _label_key(label: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", label.lower()))


def _other_classes(facts: _Facts, eps: Fact, shares: Fact) -> list[tuple[Fact, Fact]]:
    """The other classes of stock's basic earnings per share and weighted-average shares, where the
    income statement prints one pair of lines per class under one label each ("Basic Common" /
    "Basic Class B" under both "Earnings Per Share" and "Average Shares Outstanding"): the
    classes' products add up to the earnings together, not each alone."""
    if _label_key(eps.label) != _label_key(shares.label):
        return []
    lines = facts.in_period(StatementKind.IS, eps.period)
    counts = {_label_key(f.label): f for f in lines if f.unit == SHARES_UNIT and f.row != shares.row and f.value}
    return [(f, counts[_label_key(f.label)]) for f in lines
            if is_per_share(f.unit) and f.row != eps.row and _label_key(f.label) in counts
            and bool(_DILUTED.search(f.label)) == bool(_DILUTED.search(eps.label))]


def check_par(facts: _Facts) -> Iterator[Finding | Agreed]:
    """Par value x shares issued (or outstanding) is the common-stock amount."""
    for par in facts.concept(StatementKind.BS, "CommonStockParOrStatedValuePerShare"):
        if par.value <= 0:
            continue
        amount = next((f for f in facts.concept(StatementKind.BS, "CommonStockValue") if f.period == par.period), None)
        counts = [f for name in ("CommonStockSharesIssued", "CommonStockSharesOutstanding")
                  for f in facts.concept(StatementKind.BS, name) if f.period == par.period]
        if amount is None or not counts or not amount.value:
            continue
        implied = par.value * counts[0].value
        if any(abs(par.value * c.value - amount.value) <= _tol(amount) + par.value * _tol(c)
               + PAR_SLACK * abs(amount.value) for c in counts):
            yield Agreed("EXP.cross.Par")
            continue
        why = cause(implied, amount.value)
        if why.kind is not CauseKind.SCALE and implied < amount.value:
            continue  # stated capital above par: the line holds paid-in capital too (a company with
            # no separate paid-in capital line carries thousands of times par in it)
        yield Finding("EXP.cross.Par", _severity(why),
                      f"par value {par.value} x {counts[0].value} shares = {implied:.0f}, but common stock is "
                      f"{amount.value} at {par.period.end}: {why}",
                      concept=amount.qname, context=amount.period.key(), source=_where(amount))


_YEAR_DAYS = durations.BUCKETS["year"]  # end - start: about a year
_WEEKS_YEARS = (52 * 7 - 1, 53 * 7 - 1)  # end - start of 52 and 53 weeks


def _twelve_months(start: date, end: date) -> bool:
    """Does ``start`` .. ``end`` run twelve months (the day after ``end``, a year before)?"""
    after = end + timedelta(days=1)
    return any(start == d for day in (after.day, after.day - 1) if (d := safe_date(after.year - 1, after.month, day)))


def check_years(facts: _Facts) -> Iterator[Finding | Agreed]:
    """A column of about a year in the income or cash-flow statement lasts twelve months or 52 or 53
    weeks (a 52/53-week year end printed nowhere read as another year's month end gave 359 days)."""
    seen: set[tuple[date, date]] = set()
    for code in (StatementKind.IS, StatementKind.CF):
        for f, st in facts.money(code):
            p = f.period
            if p.start is None or (p.start, p.end) in seen:
                continue
            seen.add((p.start, p.end))
            days = (p.end - p.start).days
            if not _YEAR_DAYS[0] <= days <= _YEAR_DAYS[1]:
                continue
            if days in _WEEKS_YEARS or _twelve_months(p.start, p.end) or _prints_start(p.start, st):
                yield Agreed("EXP.cross.Year")
                continue
            yield Finding("EXP.cross.Year", "error",
                          f"the column of {p.start} to {p.end} lasts {days + 1} days, neither twelve months nor 52 "
                          "or 53 weeks, and the statement prints no such start: a date of the column misread (a year "
                          "end printed nowhere taken from another year's month and day, or the start from the wrong "
                          "year end)", concept=f.qname, context=p.key(), source=_where(f, st))


def _prints_start(start: date, st: Statement, printed: Container[date] | None = None) -> bool:
    """Does the statement's title or a column heading print the day ``start`` is, or the day before
    it ("PERIOD FROM JUNE 3, 1996 (INCEPTION) TO DECEMBER 31, 1996")? ``printed``: the
    :func:`_printed_days` of ``st``, when the caller asks of many starts."""
    if printed is None:
        printed = _printed_days(st)
    return start in printed or start - timedelta(days=1) in printed


def _printed_days(st: Statement) -> set[date]:
    """The days the statement's title and column headings print."""
    return set(find_dates(" ".join(st.table.title + st.table.headers)))


def printed_periods(statements: Iterable[Statement]) -> frozenset[tuple[date, date]]:
    """The periods (start, end) of the statements' facts whose start a statement of them prints in
    its title or a column heading (a company's first period, from inception): the document's own
    periods, whatever their length (``durations.check_durations`` says so of one of no usual length)."""
    out: set[tuple[date, date]] = set()
    for st in statements:
        days = _printed_days(st)  # (read once per statement, asked of each fact's start)
        out.update((f.period.start, f.period.end) for f in st.facts
                   if f.period.start is not None and _prints_start(f.period.start, st, days))
    return frozenset(out)


CROSS_CHECKS = (check_net_income, check_cash, check_balance, check_eps, check_par, check_years)
COMPARES: dict[str, frozenset[StatementKind]] = {
    "EXP.cross.NetIncome": frozenset({StatementKind.IS, StatementKind.CF}),
    "EXP.cross.Cash": frozenset({StatementKind.BS, StatementKind.CF}),
    "EXP.cross.Balance": frozenset({StatementKind.BS}),
    "EXP.cross.EPS": frozenset({StatementKind.IS}),
    "EXP.cross.Par": frozenset({StatementKind.BS}),
    "EXP.cross.Year": frozenset({StatementKind.IS, StatementKind.CF}),
}
"""The statements each check compares: a failure makes their readings worth another look."""


def cross_results(statements: Iterable[Statement]) -> list[Finding | Agreed]:
    """Every comparison the cross-statement checks make on ``statements``: a finding where two
    statements disagree, an :class:`Agreed` where they agree."""
    facts = _Facts(statements)
    return [result for check in CROSS_CHECKS for result in check(facts)]


def cross_findings(statements: Iterable[Statement]) -> list[Finding]:
    """Every cross-statement check's findings on the statements of one export."""
    return [r for r in cross_results(statements) if isinstance(r, Finding)]


_SHARED_LINE = (_LABEL["shared_cash"], _LABEL["shared_earnings"])  # the same cash, the same net income


def unstated_scales(statements: Iterable[Statement]) -> dict[int, tuple[Statement, str]]:
    """Statements that state no scale, by ``id``, with the statement whose scale they share and
    why: their cash or net income equals that statement's at its scale (and not at theirs).

    The agreement of two statements decides between two readings of one (units or thousands).
    """
    sts = list(statements)
    stated = [s for s in sts if s.scale.stated]
    out: dict[int, tuple[Statement, str]] = {}
    for st in sts:
        if st in stated or not any(is_money(f.unit) for f in st.facts):
            continue
        for other in stated:
            power = other.scale.money
            k = Decimal(10) ** power
            agree = same = 0
            said = ""
            for f in (f for f in st.facts if is_money(f.unit) and f.value):
                pattern = next((p for p in _SHARED_LINE if p.search(f.label)), None)
                if pattern is None:
                    continue
                for g in other.facts:
                    if not is_money(g.unit) or g.period != f.period or not pattern.search(g.label):
                        continue
                    if g.value == f.value:
                        same += 1
                    elif power and g.value == f.value * k:
                        agree += 1
                        said = f"{f.label!r} {f.displayed} is {other.table.where}'s {g.label!r} {g.value}"
            if agree and not same:
                out[id(st)] = (other, f"{said} at its scale ({other.scale.source})")
                break
    return out


def printed_share_counts(st: Statement) -> str | None:
    """Why the share counts of a statement whose scale phrase covers shares ("in 000s, except per
    share data") are printed in full, or None: basic earnings per share x the count as printed is
    the statement's earnings, and x the count at the stated scale never is.

    The document's arithmetic decides between the two readings of one scale phrase.
    """
    if not st.scale.shares:
        return None
    k = Decimal(10) ** st.scale.shares
    income = [f for f in st.facts if is_money(f.unit) and _earnings(f)]
    printed = scaled = 0
    said = ""
    for eps_name, share_names in _BASIC_EPS.items():
        for eps in (f for f in st.facts if f.concept == eps_name):
            shares = next((s for name in share_names for s in st.facts
                           if s.concept == name and s.period == eps.period and s.value), None)
            earned = [g.value for g in income if g.period == eps.period and g.value]
            if shares is None or not earned or abs(eps.value) >= EPS_PLAUSIBLE:
                continue  # an amount per share in the hundreds is more likely the misread figure
            for value, tally in ((shares.value, "scaled"), (shares.value / k, "printed")):
                product = abs(eps.value * value)
                if any(abs(product - abs(g)) <= (EPS_SLACK + Decimal("0.01")) * abs(g) for g in earned):
                    if tally == "scaled":
                        scaled += 1
                    else:
                        printed += 1
                        said = (f"{eps.label!r} {eps.value} x {shares.label!r} {shares.displayed} as printed "
                                f"is the earnings of {eps.period.label()}")
    return said if printed and not scaled else None
