"""Choosing between whole readings of the statements by what they say of each other.

Where the document leaves a statement's reading open, the reading the cross-statement checks
(:mod:`exporter.check.cross`) agree with is taken:

==========================  ================================================================
the scale                   a statement printing no scale phrase, read in units, while another
                            statement states one: read at that scale too
the share counts' scale     a scale phrase that leaves share counts unscaled ("except share
                            amounts") over counts printed at the amounts' scale: read at it
the length of a column      an income or cash-flow column printing no length of time (read as
                            a year) where another statement's column ending the same day
                            prints one ("Six Months Ended"): read as that long
the quarter and the year   two columns of one income or cash-flow statement ending the same
to date                     day, printing no length ("September 30," over "1996 1995 1996
                            1995", "Sep 96 | YTD Sep 96"): the first read as the quarter, the
                            second as the year to date; where no reading agrees more, the
                            columns printing no length are left undated (not exported as years)
which table                 a table of one kind that lost on its score to the table read as the
                            statement: read in its place
==========================  ================================================================

Every reading is the whole set of statements, each checked against the others. An alternative is
taken only when the checks that compare the statements agree more under it and fail less (a
reading under which a check merely has nothing to compare decides nothing). A reading the
document decided (a table that won on its score) is only read again when a check fails; one the
reader had to guess (a length of time not printed) gives way to one the checks agree with more
and fail no more. The report says which reading was taken, which it replaced, and which checks
decided (``EXP.reading``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace

import taxonomy_map
from exporter.check.cross import COMPARES, Agreed, cross_results
from exporter.check.finding import Finding
from exporter.kinds import StatementKind
from exporter.read.tables import Table
from exporter.understand.currency import is_money
from exporter.understand.periods import ColumnDate
from exporter.understand.records import SHARES_UNIT, Statement
from exporter.understand.scale import Scale

Kept = tuple[Table, str, str]  # a table read as a statement: table, kind, why
Rival = tuple[Table, str, str, Table]  # a table that lost: table, kind, why it reads as that kind, lost to

# readings changed one after the other, each better than the last (taxonomy_map/reader_thresholds.csv)
MAX_ROUNDS = int(taxonomy_map.reader_thresholds()["max_reading_rounds"])
# a quarter's months: the first of two columns ending one day, printing no length (reader_thresholds.csv)
QUARTER_MONTHS = int(taxonomy_map.reader_thresholds()["quarter_months"])


@dataclass
class Reading:
    """One reading of the filing's statements, with what reading them said (warnings, tables
    left out) and what it is (``what``, for the report)."""

    what: str
    statements: list[Statement]
    kept: list[Kept] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    columns: dict[int, list[ColumnDate]] = field(default_factory=dict)  # table id -> its columns, where read otherwise
    guessed: bool = False  # another reading of what the reader guessed, not of what the document decided


@dataclass(frozen=True)
class Verdict:
    """What the cross-checks say of one reading: comparisons that agree and errors, by check."""

    agreed: Counter[str]
    failed: Counter[str]

    @property
    def score(self) -> tuple[int, int]:
        return (-sum(self.failed.values()), sum(self.agreed.values()))

    def better_than(self, other: Verdict, guessed: bool = False) -> bool:
        """More agreements and fewer failures (no more, against a ``guessed`` reading): not
        merely fewer comparisons."""
        failed, before = sum(self.failed.values()), sum(other.failed.values())
        return sum(self.agreed.values()) > sum(other.agreed.values()) \
            and (failed < before or guessed and failed <= before)

    def said(self) -> str:
        agreed = sum(self.agreed.values())
        failed = sum(self.failed.values())
        return f"{agreed} comparison{'s' if agreed != 1 else ''} agree, {failed} fail"


# a check every reading agrees with by its own making (a column read as twelve months lasts twelve
# months): its agreements tell no reading from another, its failures do
_OWN_MAKING = frozenset({"EXP.cross.Year"})


def verdict(statements: Iterable[Statement]) -> Verdict:
    agreed: Counter[str] = Counter()
    failed: Counter[str] = Counter()
    for r in cross_results(statements):
        if isinstance(r, Agreed):
            if r.code not in _OWN_MAKING:
                agreed[r.code] += 1
        elif r.severity == "error":
            failed[r.code] += 1
    return Verdict(agreed, failed)


Rescale = Callable[[Statement, Scale], Statement]  # the statement read again at another scale
Reread = Callable[[list[Kept], dict[int, list[ColumnDate]]], Reading]  # read again: other tables or columns
Columns = Callable[[Table], list[ColumnDate]]  # a table's columns as first read


def scale_readings(current: Reading, rescale: Rescale) -> Iterator[Reading]:
    """``current`` with one statement that prints no scale (read in units) read at the scale
    another statement states."""
    stated = [s for s in current.statements if s.scale.stated and s.scale.money]
    for i, st in enumerate(current.statements):
        if st.scale.stated or st.scale.money or not any(is_money(f.unit) for f in st.facts):
            continue
        seen: set[int] = set()
        for other in stated:
            if other.scale.money in seen:
                continue
            seen.add(other.scale.money)
            scale = replace(other.scale, stated=False,
                            source=f"no scale printed; read at the scale of {other.table.where} "
                                   f"({other.scale.source}), which the other statements agree with")
            statements = [*current.statements[:i], rescale(st, scale), *current.statements[i + 1:]]
            yield Reading(f"{st.table.where} at the scale of {other.table.where} ({other.scale.source})",
                          statements, current.kept, current.warnings, current.skipped, current.columns)


def share_scale_readings(current: Reading, rescale: Rescale) -> Iterator[Reading]:
    """``current`` with one statement whose scale phrase leaves its share counts unscaled ("in
    thousands, except share amounts") read with them at its money scale."""
    for i, st in enumerate(current.statements):
        if not st.scale.stated or not st.scale.money or st.scale.shares == st.scale.money \
                or not any(f.unit == SHARES_UNIT for f in st.facts):
            continue
        scale = replace(st.scale, shares=st.scale.money,
                        source=f"{st.scale.source}; share counts at 10^{st.scale.money} all the same, which the "
                               f"other figures agree with")
        statements = [*current.statements[:i], rescale(st, scale), *current.statements[i + 1:]]
        yield Reading(f"{st.table.where} with its share counts at the scale of its amounts (10^{st.scale.money}), "
                      f"whatever its scale phrase ({st.scale.source}) says", statements, current.kept,
                      current.warnings, current.skipped, current.columns)


def length_readings(current: Reading, columns: Columns, reread: Reread) -> Iterator[Reading]:
    """``current`` with the columns of an income or cash-flow statement that print no length of
    time read as long as a column of another statement ending the same day says it is."""
    durations = [st for st in current.statements if st.code in (StatementKind.IS, StatementKind.CF)]
    of = {id(st.table): current.columns.get(id(st.table)) or columns(st.table) for st in durations}
    for st in durations:
        cols = of[id(st.table)]
        ends = [c.end for c in cols if c.end is not None and c.months is None and c.weeks is None]
        if len(set(ends)) < len(ends):
            continue  # two columns ending one day are two lengths of time: not one to guess
        open_ends = set(ends)
        lengths = sorted({c.months for other in durations if other is not st for c in of[id(other.table)]
                          if c.end in open_ends and c.months and c.months != 12})
        for months in lengths:
            read = [replace(c, months=months) if c.end in open_ends and c.months is None and c.weeks is None
                    else c for c in cols]
            alt = reread(current.kept, {**current.columns, id(st.table): read})
            alt.what = (f"{st.table.where} with its columns that print no length of time read as {months} months "
                        f"(as another statement's columns ending the same day are)")
            alt.guessed = True
            yield alt


def _shared_ends(cols: list[ColumnDate]) -> dict[object, list[int]]:
    """The days two columns of one table end, neither printing a length of time (one may say it is
    the year to date, "YTD Sep 96"): each day's columns, in the order printed."""
    by_end: dict[object, list[int]] = {}
    for i, c in enumerate(cols):
        if c.end is not None and c.months is None and c.weeks is None:
            by_end.setdefault(c.end, []).append(i)
    return {end: ix for end, ix in by_end.items() if len(ix) == 2 and not cols[ix[0]].to_date}


def _sharing_ends(
        current: Reading, columns: Columns) -> Iterator[tuple[Statement, list[ColumnDate], dict[object, list[int]]]]:
    """The income and cash-flow statements of ``current`` with columns that end the same day and
    print no length of time: each with its columns as read and those columns by the day they end."""
    for st in current.statements:
        if st.code not in (StatementKind.IS, StatementKind.CF):
            continue
        cols = current.columns.get(id(st.table)) or columns(st.table)
        shared = _shared_ends(cols)
        if shared:
            yield st, cols, shared


def quarter_readings(current: Reading, columns: Columns, reread: Reread) -> Iterator[Reading]:
    """``current`` with an income or cash-flow statement's two columns that end the same day and
    print no length of time (a quarterly report's "September 30," over "1996 1995 1996 1995") read
    as the quarter, the first, and the year to date, the second, as such a report prints them."""
    for st, cols, shared in _sharing_ends(current, columns):
        read = list(cols)
        for first, second in shared.values():
            read[first] = replace(cols[first], months=QUARTER_MONTHS)
            read[second] = replace(cols[second], to_date=True)
        alt = reread(current.kept, {**current.columns, id(st.table): read})
        alt.what = (f"{st.table.where} with its columns ending one day and printing no length of time read as "
                    f"the quarter, the first, and the year to date, the second")
        alt.guessed = True
        yield alt


def undated_lengths(current: Reading, columns: Columns, reread: Reread) -> tuple[Reading, list[Finding]]:
    """``current`` with the columns of an income or cash-flow statement that end the same day as
    another of its columns and print no length of time left undated: two lengths of time, neither
    a year for certain, that no other statement told apart; not exported rather than misdated."""
    found: list[Finding] = []
    other = dict(current.columns)
    for st, cols, shared in _sharing_ends(current, columns):
        left = sorted(i for ix in shared.values() for i in ix if not cols[i].to_date)
        other[id(st.table)] = [ColumnDate(None) if i in left else c for i, c in enumerate(cols)]
        found.append(Finding(
            "EXP.reading", "warning",
            f"{st.table.where}: columns {', '.join(str(i + 1) for i in left)} print no length of time and end "
            f"the same day as another column of the table: two lengths of time (a quarter, a year to date), "
            f"which no other statement tells apart; not exported"))
    if not found:
        return current, found
    alt = reread(current.kept, other)
    alt.what = current.what
    return alt, found


def table_readings(current: Reading, rivals: Iterable[Rival], failing: Iterable[str],
                   reread: Reread) -> Iterator[Reading]:
    """``current`` with a table that lost on its score read as the statement of its kind, in place
    of the one it lost to, for the kinds a failing check compares."""
    kinds = {k for code in failing for k in COMPARES.get(code, ())}
    kept_ids = {id(t) for t, _, _ in current.kept}
    for table, code, reason, lost_to in rivals:
        if code not in kinds or id(lost_to) not in kept_ids or id(table) in kept_ids:
            continue
        kept = [(table, code, f"{reason}; read in place of {lost_to.where}, which lost on the cross-checks")
                if t is lost_to else (t, c, r) for t, c, r in current.kept]
        alt = reread(kept, current.columns)
        alt.what = f"{table.where} as the {code} statement, in place of {lost_to.where}"
        alt.skipped = [*alt.skipped, (lost_to.where, f"a {code} table that lost to {table.where} on the "
                                                     f"cross-checks (see EXP.reading)")]
        yield alt


def decide(current: Reading, rivals: Callable[[], list[Rival]], columns: Columns, rescale: Rescale,
           reread: Reread) -> tuple[Reading, list[Finding]]:
    """The reading the cross-checks agree with best, and a finding for each change of reading
    (``rivals``: the tables that lost on their scores, asked for only when a check fails)."""
    found: list[Finding] = []
    now = verdict(current.statements)
    for _ in range(MAX_ROUNDS):
        alternatives = [*length_readings(current, columns, reread), *quarter_readings(current, columns, reread)]
        if now.failed:
            alternatives += [*scale_readings(current, rescale), *share_scale_readings(current, rescale),
                             *table_readings(current, rivals(), now.failed, reread)]
        judged = [(alt, verdict(alt.statements)) for alt in alternatives]
        better = [(alt, v) for alt, v in judged if v.better_than(now, alt.guessed)]
        if not better:
            break
        alt, v = max(better, key=lambda x: x[1].score)  # ties: the first made
        decided = sorted(c for c in {*now.failed, *v.agreed} if v.failed[c] < now.failed[c]
                         or v.agreed[c] > now.agreed[c])
        found.append(Finding(
            "EXP.reading", "info",
            f"read {alt.what}, instead of {current.what}: the cross-checks "
            f"{', '.join(decided)} decided ({v.said()}; before: {now.said()})"))
        current, now = alt, v
    current, undated = undated_lengths(current, columns, reread)
    return current, found + undated
