"""Which tables are the statements: one scored decision over every table of the filing.

Each table that reads as a balance sheet, income statement or cash-flow statement is scored
for that kind from its title and its structure: a formal title naming the statement, the rows
typical of it, the printed totals that add up, the dated period columns and its size. Of each
kind the best scoring table is the statement; a titled table of other periods (an earnings
release's quarter, then its year to date) is a second one. Every other table loses, and the
report says by how much: a title alone (a table of contents, an MD&A excerpt) never outweighs
the table that holds the statement, and a title over a few rows counts for little.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import taxonomy_map
from exporter.kinds import StatementKind
from exporter.read.tables import Table
from exporter.understand.arithmetic import find_sums
from exporter.understand.periods import lengths_by_position, parse_column
from exporter.understand.statements import label_votes

FORMAL_TITLE = re.compile(
    r"consolidated|condensed|statements?\s+of|balance\s+sheets?|statement\s+of\s+financial", re.I)
# the score's points and bounds, each row saying what it counts (taxonomy_map/reader_thresholds.csv)
TITLE_POINTS = (float(taxonomy_map.reader_thresholds()["title_points_formal"]),  # a formal title naming the statement
                float(taxonomy_map.reader_thresholds()["title_points_passing"]))  # a title naming it in passing
TITLE_ROWS = int(taxonomy_map.reader_thresholds()["title_rows"])  # a title counts in full over this many value rows
MAX_VOTES = int(taxonomy_map.reader_thresholds()["max_votes"])  # rows typical of the statement, counted up to this
MAX_SUMS = int(taxonomy_map.reader_thresholds()["max_sums"])  # printed totals that add up, counted up to this
MAX_ROWS = int(taxonomy_map.reader_thresholds()["max_rows"])  # value rows, half a point each up to this
DATED_POINTS = float(taxonomy_map.reader_thresholds()["dated_points"])  # each distinct period the headers date
MAX_DATED = int(taxonomy_map.reader_thresholds()["max_dated"])  # periods counted up to this many
# a wording printed this many times in one table is an overview's line for each entity, counted once
ENTITY_REPEATS = int(taxonomy_map.reader_thresholds()["entity_repeats"])
SECOND_SHARE = float(taxonomy_map.reader_thresholds()["second_share"])  # a second statement: its least share

Found = tuple[Table, str, str, bool]  # table, kind, why it reads as that kind, whether its title says so


@dataclass(frozen=True)
class Score:
    """A table's score as one kind of statement, and what it is made of."""

    total: float
    parts: tuple[tuple[str, float], ...]

    def explain(self) -> str:
        return f"score {self.total:.1f} (" + ", ".join(f"{what} {pts:.1f}" for what, pts in self.parts if pts) + ")"


def score(table: Table, code: str, by_title: bool) -> Score:
    """How much ``table`` has the title and the structure of a ``code`` statement."""
    title = " ".join(table.title[-4:])
    formal = bool(FORMAL_TITLE.search(title))
    rows = table.value_rows()
    # each wording once: a table printing the same lines for each of several entities or businesses
    # ("Alabama Power - / Operating Revenues / Net Income", then "Georgia Power - / ...") is an
    # overview of them, not a statement with that many lines
    labels = _once_each_entity([" ".join(r.label.lower().split()) for r in rows])
    votes = min(label_votes(labels).get(code, 0), MAX_VOTES)
    sums = min(len(find_sums(table.rows, [r.index for r in rows])), MAX_SUMS)
    full_title = " ".join(table.title)
    # distinct periods, not columns: "As reported | Adjustment | As restated" of one date is one period
    columns = [parse_column(h, full_title) for h in lengths_by_position(table.headers, table.title)]
    dated = min(len({(c.end, c.months, c.weeks) for c in columns if c.end}), MAX_DATED)
    title_pts = (TITLE_POINTS[0] if formal else TITLE_POINTS[1]) * min(1.0, len(rows) / TITLE_ROWS) if by_title else 0.0
    parts = (
        ("formal title" if formal else "title", title_pts),
        (f"{votes} typical rows", float(votes)),
        (f"{sums} totals that add up", float(sums)),
        (f"{len(labels)} value rows", min(len(labels), MAX_ROWS) / 2),
        (f"{dated} periods", DATED_POINTS * dated),
    )
    return Score(sum(p for _, p in parts), parts)


def _once_each_entity(labels: list[str]) -> list[str]:
    """``labels``, a wording printed :data:`ENTITY_REPEATS` times or more kept once: the lines an
    overview repeats for each entity; a statement's "Basic" and "Diluted" under two headings stay."""
    repeated = {lab for lab, n in Counter(labels).items() if n >= ENTITY_REPEATS}
    seen: set[str] = set()
    out = []
    for lab in labels:
        if lab not in repeated or lab not in seen:
            out.append(lab)
        seen.add(lab)
    return out


def choose(found: list[Found]) -> tuple[list[tuple[Table, str, str]], list[tuple[str, str]]]:
    """The statements among ``found`` (with why each was chosen) and the tables that lost (where,
    why): of each kind the best scoring table, and titled tables of other periods beside it."""
    scores, best = _best(found)
    rivals = {code: sum(1 for _, c, _, _ in found if c == code) - 1 for code in best}
    kept: list[tuple[Table, str, str]] = []
    lost: list[tuple[str, str]] = []
    for table, code, reason, by_title in found:
        mine, first = scores[id(table)], scores[id(best[code])]
        if table is best[code]:
            why = f"; {mine.explain()}" + (f", the best of {rivals[code] + 1} {code} tables" if rivals[code] else "")
            kept.append((table, code, reason + why))
        elif _other_periods(table, best[code], by_title) and mine.total >= SECOND_SHARE * first.total:
            kept.append((table, code, reason + f"; a second statement of other periods (quarter and year), "
                                              f"{mine.explain()}"))
        elif (code == StatementKind.BS and _other_dates(table, best[code], by_title)
              and mine.total >= SECOND_SHARE * first.total):
            kept.append((table, code, reason + f"; a second balance sheet of other dates (the year-end and an "
                                              f"interim one), {mine.explain()}"))
        else:
            lost.append((table.where, f"a {code} table ({reason}) that lost to {best[code].where}: "
                                      f"{mine.explain()} against {first.total:.1f}"))
    return kept, lost


def _best(found: list[Found]) -> tuple[dict[int, Score], dict[str, Table]]:
    """Each table's score (by ``id``), and the best scoring table of each kind."""
    scores = {id(t): score(t, code, by_title) for t, code, _, by_title in found}
    best: dict[str, Table] = {}
    for table, code, _, _ in found:  # ties go to the first printed
        if code not in best or scores[id(table)].total > scores[id(best[code])].total:
            best[code] = table
    return scores, best


def runners_up(found: list[Found], kept: list[tuple[Table, str, str]]) -> list[tuple[Table, str, str, Table]]:
    """The tables of ``found`` not ``kept``, best scoring first: (table, kind, why it reads as that
    kind, the table it lost to). The other readings of a statement when the cross-checks fail."""
    scores, best = _best(found)
    chosen = {id(t) for t, _, _ in kept}
    lost = [(t, code, reason, best[code]) for t, code, reason, _ in found if id(t) not in chosen]
    return sorted(lost, key=lambda x: -scores[id(x[0])].total)


def _other_periods(table: Table, first: Table, by_title: bool) -> bool:
    """A later titled income or cash-flow statement whose columns are all other periods than the
    first's (an earnings release prints the quarter, then the year to date)."""
    if not by_title:
        return False
    mine = {parse_column(h, " ".join(table.title)) for h in lengths_by_position(table.headers, table.title)}
    theirs = {parse_column(h, " ".join(first.title)) for h in lengths_by_position(first.headers, first.title)}
    mine = {c for c in mine if c.end is not None and (c.months or c.weeks)}
    theirs = {c for c in theirs if c.end is not None}
    return bool(mine) and not mine & theirs


def _other_dates(table: Table, first: Table, by_title: bool) -> bool:
    """A titled balance sheet dated at least once where the first is not (an 8-K of an acquired
    business prints the audited year-end balance sheets, then the unaudited interim one)."""
    if not by_title:
        return False
    mine = {c.end for c in (parse_column(h, " ".join(table.title)) for h in table.headers) if c.end}
    theirs = {c.end for c in (parse_column(h, " ".join(first.title)) for h in first.headers) if c.end}
    return bool(theirs) and bool(mine - theirs)
